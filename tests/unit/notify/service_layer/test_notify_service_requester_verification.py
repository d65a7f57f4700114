"""A demand from a sender nobody verified (issue 15, finding 2: "anyone can make the platform e-mail
its users"), on fakes: its notices to the user and their counsel wait WITHHELD and never go (our
counsel's alert does) and quote nothing the sender wrote; legal ops confirming the requester out of
band releases them once, worded from the confirmed facts only; dismissing the demand cancels them
and none is owed again. The gag still holds a confirmed demand's notices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest

from services.notify.adapters.mime import WireMessage
from services.notify.service_layer import gag, planning, review_actions
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import (
    Envelope,
    Finding,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    Nondisclosure,
    RequesterConfirmation,
    RequesterSummary,
)
from shared.vocabulary import (
    ConfirmationMethod,
    CounselAction,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeStatus,
    RequesterKind,
    Severity,
)
from tests.unit.notify.service_layer.fakes import ALT, ALT_COUNSEL, LITIGATION, ROGUE, FakeSender, FakeUnitOfWork

LEGAL_OPS_MEMBER = "Lee Ops <lee.ops@dueprocess.test>"
# What the unverified sender wrote: none of it may reach a user unconfirmed.
SENDER_NAME = "Department of Homeland Security - Urgent Account Review"
SENDER_CASE_NUMBER = "Call 1-900-555-0199 to keep your account"
SENDER_COURT = "Superior Court of phishing.example"
SENDER_STATUTE = "Account Verification Act, see http://phishing.example/verify"
UNVERIFIED = Finding(
    code="REQUESTER_UNVERIFIED",
    severity=Severity.WARN,
    citation="Platform policy: authenticity",
    explanation="The requester is not authenticated. Confirm the request out of band.",
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def body(message: EmailMessage | WireMessage) -> str:
    if isinstance(message, EmailMessage):
        return "".join(str(part.get_content()) for part in message.walk() if not part.is_multipart())
    return message.data.decode("utf-8", "replace") if hasattr(message, "data") else str(message)


@pytest.fixture
def unverified_review(make_reviewed: Callable[..., LegalProcessReviewed], now: datetime) -> LegalProcessReviewed:
    reviewed = make_reviewed(
        requester_name=SENDER_NAME,
        statute=SENDER_STATUTE,
        case_number=SENDER_CASE_NUMBER,
        issuing_court=SENDER_COURT,
        return_by=now + timedelta(days=2),
    )
    review = reviewed.review.model_copy(
        update={
            "requester": RequesterSummary(name=SENDER_NAME, kind=RequesterKind.FEDERAL, verified=False),
            "findings": [*reviewed.review.findings, UNVERIFIED],
        }
    )
    return reviewed.model_copy(update={"review": review})


@pytest.fixture
async def planned(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    unverified_review: LegalProcessReviewed,
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> FakeUnitOfWork:
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(unverified_review), now=now
    )
    escalated = LegalProcessEscalated(
        tier=EscalationTier.LITIGATION,
        reason="findings",
        disposition=Disposition.CHALLENGE,
        sequence=1,
        finding_codes=[f.code for f in unverified_review.review.findings],
        escalated_at=now,
    )
    await planning.plan_from_escalation(
        uow, policy=policy, consumer="notify.escalated", event=event(escalated), now=now
    )
    return uow


def user_side(uow: FakeUnitOfWork) -> dict[str, NoticeStatus]:
    return {n.recipient: n.status for n in uow.store.notices.values() if n.user_side}


def confirm(event: Callable[..., Envelope[Any]], at: datetime, **facts: Any) -> Envelope[Any]:
    confirmation = RequesterConfirmation(
        requester_name="U.S. Customs and Border Protection",
        method=ConfirmationMethod.PHONE_CALLBACK,
        confirmed_at=at - timedelta(minutes=5),
        **facts,
    )
    return event(
        LegalProcessDecided(
            action=CounselAction.CONFIRM_REQUESTER,
            decided_by=LEGAL_OPS_MEMBER,
            reason="Called CBP's Office of Chief Counsel on the number listed on cbp.gov",
            decided_at=at,
            confirmation=confirmation,
        )
    )


async def test_an_unverified_demand_emails_nobody_but_our_counsel_and_quotes_nothing_the_sender_wrote(
    planned: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    assert user_side(planned) == {
        ALT: NoticeStatus.WITHHELD,
        ALT_COUNSEL: NoticeStatus.WITHHELD,
        ROGUE: NoticeStatus.WITHHELD,
    }
    for notice in planned.store.notices.values():
        if notice.user_side:
            for text in (SENDER_NAME, SENDER_CASE_NUMBER, SENDER_COURT, SENDER_STATUTE, "2017"):
                assert text not in notice.body_text and text not in notice.body_html and text not in notice.subject
    sender = FakeSender()
    clock = Clock(now)
    dispatcher = Dispatcher(uow=planned, sender=sender, policy=policy, clock=clock)
    for _ in range(3):
        await dispatcher.dispatch_due()
        clock.now += timedelta(days=30)
    assert [str(m["To"]) for m in sender.accepted] == [LITIGATION], "only our own counsel's alert goes"
    state = await gag.gag_state(planned, case_id=next(iter(planned.store.reviews)), now=clock.now)
    assert state is not None and state["user_notice"] == {"status": "WITHHELD", "not_before": None}
    assert state["user_notice_waits_for"] == "REQUESTER_VERIFICATION" and state["requester_confirmed_by"] is None


async def test_the_dispatcher_holds_an_unverified_demands_notice_made_due_by_anything_else(
    planned: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    for notice in list(planned.store.notices.values()):
        if notice.user_side:
            planned.store.change(notice.notice_id, status=NoticeStatus.PENDING)
    sender = FakeSender()
    await Dispatcher(uow=planned, sender=sender, policy=policy, clock=Clock(now)).dispatch_due()
    assert all(str(m["To"]) == LITIGATION for m in sender.accepted)
    assert set(user_side(planned).values()) == {NoticeStatus.WITHHELD}


async def test_confirming_the_requester_sends_the_notices_once_with_only_the_confirmed_facts(
    planned: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    confirmed_date = now + timedelta(days=14)
    decided = confirm(event, now, case_number="CBP-2026-0117", return_by=confirmed_date)
    moved = await review_actions.apply_decision(
        planned, consumer="notify.decided", event=decided, policy=policy, now=now
    )
    assert moved == 3 and set(user_side(planned).values()) == {NoticeStatus.PENDING}
    state = await gag.gag_state(planned, case_id=decided.case_id, now=now)
    assert state is not None and state["user_notice_waits_for"] is None
    assert state["requester_confirmed_by"] == LEGAL_OPS_MEMBER
    again = await review_actions.apply_decision(
        planned, consumer="notify.decided", event=decided, policy=policy, now=now
    )
    assert again == 0
    sender = FakeSender()
    clock = Clock(now)
    dispatcher = Dispatcher(uow=planned, sender=sender, policy=policy, clock=clock)
    await dispatcher.dispatch_due()
    clock.now += timedelta(hours=1)
    await dispatcher.dispatch_due()
    assert len(sender.to(ALT)) == 1 and len(sender.to(ALT_COUNSEL)) == 1 and len(sender.to(ROGUE)) == 1
    for recipient in (ALT, ALT_COUNSEL):
        text = body(sender.to(recipient)[0])
        assert "U.S. Customs and Border Protection" in text and "CBP-2026-0117" in text
        assert "confirmed directly with the requester" in text
        for sent_by_sender in (SENDER_NAME, SENDER_CASE_NUMBER, SENDER_COURT, SENDER_STATUTE):
            assert sent_by_sender not in text


async def test_a_confirmation_without_a_case_number_or_date_quotes_neither(
    planned: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    await review_actions.apply_decision(
        planned, consumer="notify.decided", event=confirm(event, now), policy=policy, now=now
    )
    notice = next(n for n in planned.store.notices.values() if n.recipient == ALT)
    assert notice.status is NoticeStatus.PENDING
    assert "Requester's case number: not confirmed with the requester" in notice.body_text
    assert "We have not confirmed a response date with the requester" in notice.body_text
    assert SENDER_CASE_NUMBER not in notice.body_text


async def test_dismissing_the_demand_cancels_the_notices_and_none_is_owed_again(
    planned: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    dismissed = event(
        LegalProcessDecided(
            action=CounselAction.DISMISS_DEMAND,
            decided_by=LEGAL_OPS_MEMBER,
            reason="CBP says it never sent this",
            decided_at=now,
        )
    )
    cancelled = await review_actions.apply_decision(
        planned, consumer="notify.decided", event=dismissed, policy=policy, now=now
    )
    assert cancelled == 3 and set(user_side(planned).values()) == {NoticeStatus.CANCELLED}
    # A confirmation arriving after the dismissal changes nothing; nor does a decision that owes updates.
    await review_actions.apply_decision(
        planned, consumer="notify.decided", event=confirm(event, now + timedelta(minutes=1)), policy=policy, now=now
    )
    decide = event(
        LegalProcessDecided(
            action=CounselAction.DECIDE,
            decided_by="Counsel <counsel@dueprocess.test>",
            reason="forged",
            decided_at=now + timedelta(minutes=2),
            disposition=Disposition.OBJECT,
        )
    )
    await review_actions.apply_decision(planned, consumer="notify.decided", event=decide, policy=policy, now=now)
    assert set(user_side(planned).values()) == {NoticeStatus.CANCELLED}
    sender = FakeSender()
    await Dispatcher(uow=planned, sender=sender, policy=policy, clock=Clock(now + timedelta(days=1))).dispatch_due()
    assert all(str(m["To"]) == LITIGATION for m in sender.accepted)


async def test_a_confirmation_that_came_before_the_review_is_applied_with_it(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    unverified_review: LegalProcessReviewed,
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=confirm(event, now), policy=policy, now=now
    )
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(unverified_review), now=now
    )
    assert set(user_side(uow).values()) == {NoticeStatus.PENDING}


async def test_a_confirmed_demand_under_a_gag_still_waits_for_the_gag(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    unverified_review: LegalProcessReviewed,
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    gagged = unverified_review.review.model_copy(
        update={"nondisclosure": Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B)}
    )
    await planning.plan_from_review(
        uow,
        policy=policy,
        consumer="notify.reviewed",
        event=event(unverified_review.model_copy(update={"review": gagged})),
        now=now,
    )
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=confirm(event, now), policy=policy, now=now
    )
    assert set(user_side(uow).values()) == {NoticeStatus.WITHHELD}, "an indefinite gag keeps them withheld"
    sender = FakeSender()
    await Dispatcher(uow=uow, sender=sender, policy=policy, clock=Clock(now + timedelta(days=400))).dispatch_due()
    assert not sender.to(ALT) and not sender.to(ALT_COUNSEL)


async def test_a_verified_requesters_notices_go_at_once_as_before(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(make_reviewed()), now=now
    )
    assert set(user_side(uow).values()) == {NoticeStatus.PENDING}
    notice = next(n for n in uow.store.notices.values() if n.recipient == ALT)
    assert "CBP-2017-0042" in notice.body_text and "19 U.S.C. § 1509" in notice.body_text

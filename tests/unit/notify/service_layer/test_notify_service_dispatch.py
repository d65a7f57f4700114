"""The dispatcher on fakes: each due notice goes once, the gag is checked again at the moment of
sending, failures retry with backoff then dead-letter and alert legal ops; a batch that dies
after the server accepted messages sends none of them again, and a hand-over whose outcome is
unknown waits for its delivery report instead of going twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.adapters.smtp import PermanentDeliveryError, TransientDeliveryError, UnconfirmedDeliveryError
from services.notify.domain.delivery_reports import DeliveryReport, RecipientOutcome, ReportOutcome
from services.notify.domain.lifecycle import GagRecord
from services.notify.service_layer import delivery_reports, planning
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessReviewed, Nondisclosure, NoticeDispatched, Topics
from shared.vocabulary import NondisclosureKind, NoticeStatus
from tests.unit.notify.service_layer.fakes import (
    ALT,
    ALT_COUNSEL,
    LEGAL_OPS,
    ROGUE,
    FakeSender,
    FakeUnitOfWork,
    ProcessDied,
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def reviewed(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> FakeUnitOfWork:
    """Three notices owed: to ALT_USCIS, their counsel, and ROGUE_NASA."""
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(make_reviewed()), now=now
    )
    return uow


def dispatcher(uow: FakeUnitOfWork, sender: FakeSender, policy: NoticePolicy, clock: Clock) -> Dispatcher:
    return Dispatcher(uow=uow, sender=sender, policy=policy, clock=clock)


def statuses(uow: FakeUnitOfWork) -> dict[str, NoticeStatus]:
    return {n.recipient: n.status for n in uow.store.notices.values()}


def outcomes(uow: FakeUnitOfWork, recipient: str) -> list[str]:
    [notice] = [n for n in uow.store.notices.values() if n.recipient == recipient]
    return [a.outcome for a in uow.store.attempts_of(notice.notice_id)]


def report(uow: FakeUnitOfWork, recipient: str, outcome: ReportOutcome) -> DeliveryReport:
    [notice] = [n for n in uow.store.notices.values() if n.recipient == recipient]
    status = "2.0.0" if outcome is ReportOutcome.DELIVERED else "5.1.1"
    return DeliveryReport(
        envelope_id=str(notice.notice_id),
        notice_key=notice.notice_id,
        recipients=(RecipientOutcome(action=outcome.value.lower(), status=status),),
    )


async def test_each_due_notice_goes_once(reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime) -> None:
    sender = FakeSender()
    dispatch = dispatcher(reviewed, sender, policy, Clock(now))
    assert await dispatch.dispatch_due() == 3
    assert sorted(str(m["To"]) for m in sender.accepted) == sorted([ALT, ALT_COUNSEL, ROGUE])
    assert set(statuses(reviewed).values()) == {NoticeStatus.SENT}
    sent = reviewed.events(Topics.NOTICE_DISPATCHED)
    assert all(isinstance(e, NoticeDispatched) and e.status is NoticeStatus.SENT for e in sent) and len(sent) == 3
    assert {n.message_id for n in reviewed.store.notices.values()} == {
        f"<{n.notice_id}@dueprocess.notice>" for n in reviewed.store.notices.values()
    }
    assert await dispatch.dispatch_due() == 0 and len(sender.accepted) == 3


async def test_a_gag_in_force_at_the_moment_of_sending_holds_the_user_side(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    [case_id] = {n.case_id for n in reviewed.store.notices.values()}
    # The order arrived after the notices were planned (recorded by another transaction).
    reviewed.store.gags[case_id] = GagRecord(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
        version=2,
        ruled_by_counsel=True,
    )
    sender = FakeSender()
    assert await dispatcher(reviewed, sender, policy, Clock(now)).dispatch_due() == 3
    assert sender.accepted == []
    assert set(statuses(reviewed).values()) == {NoticeStatus.WITHHELD}
    assert outcomes(reviewed, ALT) == ["GAGGED"]
    assert {p.status for p in reviewed.events(Topics.NOTICE_PLANNED)[3:]} == {NoticeStatus.WITHHELD}


async def test_transient_failures_retry_then_dead_letter_and_alert_legal_ops(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    clock = Clock(now)
    sender = FakeSender(outcomes={ROGUE: [TransientDeliveryError("try later", code=451)] * 3})
    dispatch = dispatcher(reviewed, sender, policy, clock)
    await dispatch.dispatch_due()
    [rogue] = [n for n in reviewed.store.notices.values() if n.recipient == ROGUE]
    assert rogue.status is NoticeStatus.PENDING and rogue.attempts == 1 and rogue.last_error == "try later"
    assert rogue.next_attempt_at is not None and now + timedelta(seconds=30) <= rogue.next_attempt_at
    assert await dispatch.dispatch_due() == 0, "not before its retry time"
    for _ in range(2):
        clock.now += timedelta(hours=1)
        await dispatch.dispatch_due()
    assert statuses(reviewed)[ROGUE] is NoticeStatus.DEAD_LETTER
    assert outcomes(reviewed, ROGUE) == ["TRANSIENT"] * 3
    assert [a.smtp_code for a in reviewed.store.attempts_of(rogue.notice_id)] == [451] * 3
    dead = [e for e in reviewed.events(Topics.NOTICE_DISPATCHED) if e.status is NoticeStatus.DEAD_LETTER]
    assert [(e.recipient, e.attempts) for e in dead] == [(ROGUE, 3)]
    # Legal ops are owed an alert, which says neither the recipient nor the notice.
    [alert] = [n for n in reviewed.store.notices.values() if n.kind == "delivery-alert"]
    assert alert.recipient == LEGAL_OPS and ROGUE not in alert.body_text and ROGUE not in alert.subject
    await dispatch.dispatch_due()
    assert [str(m["To"]) for m in sender.accepted][-1] == LEGAL_OPS


async def test_a_permanent_refusal_fails_at_once(reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime) -> None:
    sender = FakeSender(outcomes={ALT: [PermanentDeliveryError("no such user", code=550)]})
    await dispatcher(reviewed, sender, policy, Clock(now)).dispatch_due()
    assert statuses(reviewed)[ALT] is NoticeStatus.FAILED and outcomes(reviewed, ALT) == ["PERMANENT"]
    assert [n.recipient for n in reviewed.store.notices.values() if n.kind == "delivery-alert"] == [LEGAL_OPS]


async def test_a_batch_that_dies_after_acceptances_does_not_send_them_again(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    sender = FakeSender(die_after=2)  # two accepted and recorded, the third accepted as the process dies
    with pytest.raises(ProcessDied):
        await dispatcher(reviewed, sender, policy, Clock(now)).dispatch_due()
    assert reviewed.rollbacks == 1 and len(sender.accepted) == 3
    assert set(statuses(reviewed).values()) == {NoticeStatus.PENDING}, "the batch never committed"
    recorded = [a for _, a in reviewed.store.attempts if a.outcome == "SENT"]
    assert len(recorded) == 2, "the acceptances were recorded outside the batch"
    successor = FakeSender()
    assert await dispatcher(reviewed, successor, policy, Clock(now)).dispatch_due() == 3
    assert set(statuses(reviewed).values()) == {NoticeStatus.SENT}
    # Only the one whose acceptance was never recorded goes again (at least once, same Message-ID).
    [again] = successor.accepted
    assert again["Message-ID"] == sender.accepted[2]["Message-ID"]
    assert sum(len(outcomes(reviewed, r)) for r in (ALT, ALT_COUNSEL, ROGUE)) == 3, "one SENT attempt each"


async def test_an_unknown_hand_over_waits_for_its_delivery_report(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    clock = Clock(now)
    sender = FakeSender(dsn_expected=True, die_after=0, die_before_accepting=True)
    with pytest.raises(ProcessDied):
        await dispatcher(reviewed, sender, policy, clock).dispatch_due()
    assert all(outcomes(reviewed, r) == ["HANDING_OVER"] for r in (ALT, ALT_COUNSEL, ROGUE))
    successor = FakeSender(dsn_expected=True)
    dispatch = dispatcher(reviewed, successor, policy, clock)
    assert await dispatch.dispatch_due() == 3
    assert successor.accepted == [], "not sent again blindly"
    assert all(outcomes(reviewed, r) == ["HANDING_OVER", "UNCONFIRMED"] for r in (ALT, ALT_COUNSEL, ROGUE))
    # ALT's report says delivered: settled as sent, no second message.
    effect = await delivery_reports.record_delivery_report(
        reviewed, policy=policy, report=report(reviewed, ALT, ReportOutcome.DELIVERED), report_sha256="a", now=now
    )
    assert effect == "awaited"
    assert await dispatch.dispatch_due() == 1
    assert statuses(reviewed)[ALT] is NoticeStatus.SENT and successor.accepted == []
    # The others hear nothing: once the wait is over they go again.
    clock.now += policy.confirmation_wait
    assert await dispatch.dispatch_due() == 2
    assert sorted(str(m["To"]) for m in successor.accepted) == sorted([ALT_COUNSEL, ROGUE])


async def test_a_session_that_breaks_awaiting_the_answer_waits_for_the_report(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    sender = FakeSender(
        dsn_expected=True, outcomes={ROGUE: [UnconfirmedDeliveryError("connection lost", dsn_requested=True)]}
    )
    dispatch = dispatcher(reviewed, sender, policy, Clock(now))
    await dispatch.dispatch_due()
    [rogue] = [n for n in reviewed.store.notices.values() if n.recipient == ROGUE]
    assert rogue.status is NoticeStatus.PENDING and rogue.unconfirmed_until == now + policy.confirmation_wait
    failed = report(reviewed, ROGUE, ReportOutcome.FAILED)
    assert (
        await delivery_reports.record_delivery_report(
            reviewed, policy=policy, report=failed, report_sha256="r", now=now
        )
        == "awaited"
    )
    await dispatch.dispatch_due()
    assert statuses(reviewed)[ROGUE] is NoticeStatus.FAILED
    assert outcomes(reviewed, ROGUE) == ["HANDING_OVER", "UNCONFIRMED", "PERMANENT"]

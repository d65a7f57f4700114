"""Planning on fakes: a review owes the user and their counsel of record a notice per affected
account, once; an escalation owes our counsel an alert; a staff action that arrived first is
applied when the review does."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import planning, review_actions
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    Nondisclosure,
    NoticePlanned,
    Topics,
)
from shared.vocabulary import CounselAction, NondisclosureKind, NoticeRole, NoticeStatus, UserNoticeAction
from tests.unit.notify.service_layer.fakes import ALT, ALT_COUNSEL, LITIGATION, ROGUE, FakeUnitOfWork


def owed(uow: FakeUnitOfWork) -> list[tuple[str, str, str, str]]:
    return sorted((n.kind, n.role, n.recipient, n.status) for n in uow.store.notices.values())


async def test_a_review_owes_each_account_and_its_counsel_one_notice_once(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    reviewed = event(make_reviewed())
    added = await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=reviewed, now=now)
    assert added == 3
    assert owed(uow) == [
        ("initial", "COUNSEL", ALT_COUNSEL, "PENDING"),
        ("initial", "USER", ALT, "PENDING"),
        ("initial", "USER", ROGUE, "PENDING"),
    ]
    planned = uow.events(Topics.NOTICE_PLANNED)
    assert sorted(p.recipient for p in planned) == sorted([ALT, ALT_COUNSEL, ROGUE])
    assert all(isinstance(p, NoticePlanned) and p.notice_id in uow.store.notices for p in planned)
    assert uow.commits == 1
    # The same event again (a redelivery): its inbox row says it was applied; nothing new.
    again = await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=reviewed, now=now)
    assert again == 0 and len(uow.events(Topics.NOTICE_PLANNED)) == 3
    # The same review under a new event id (republished): the notice keys say they are owed already.
    copy = reviewed.model_copy(update={"event_id": uuid.uuid4()})
    assert await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=copy, now=now) == 0
    assert len(uow.store.notices) == 3


async def test_several_reviews_apply_in_one_unit_of_work(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    first = event(make_reviewed(targets=["ALT_USCIS"]), case=uuid.uuid4())
    second = event(make_reviewed(targets=["ROGUE_NASA"]), case=uuid.uuid4())
    added = await planning.plan_from_reviews(
        uow, policy=policy, consumer="notify.reviewed", events=[first, second, first], now=now
    )
    assert added == 3 and uow.commits == 1
    assert {n.case_id for n in uow.store.notices.values()} == {first.case_id, second.case_id}


async def test_a_gag_withholds_the_user_side_and_flags_it_to_counsel(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    gagged = make_reviewed(
        action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL,
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(gagged), now=now)
    user_side = [n for n in uow.store.notices.values() if n.user_side]
    assert len(user_side) == 3 and {n.status for n in user_side} == {NoticeStatus.WITHHELD}
    flags = [n for n in uow.store.notices.values() if n.kind == "ndo-flag"]
    assert [(f.role, f.recipient) for f in flags] == [(NoticeRole.INTERNAL_COUNSEL, LITIGATION)]
    assert flags[0].context is not None and flags[0].context["user_notice"][0] == "WITHHELD"


async def test_an_escalation_alerts_the_tiers_counsel(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    escalated: LegalProcessEscalated,
    event: Callable[..., Envelope[Any]],
) -> None:
    escalation = event(escalated)
    assert await planning.plan_from_escalation(uow, policy=policy, consumer="notify.escalated", event=escalation) == 1
    [alert] = uow.store.notices.values()
    assert (alert.kind, alert.role, alert.recipient, alert.status) == (
        "escalation",
        "INTERNAL_COUNSEL",
        LITIGATION,
        "PENDING",
    )
    assert await planning.plan_from_escalation(uow, policy=policy, consumer="notify.escalated", event=escalation) == 0


async def test_a_release_that_arrived_before_the_review_is_applied_with_it(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    release = event(
        LegalProcessDecided(
            action=CounselAction.RELEASE_NOTICE,
            decided_by="Counsel <counsel@dueprocess.test>",
            reason="the order does not bind us",
            decided_at=now - timedelta(minutes=5),
        )
    )
    kept = await review_actions.apply_decision(uow, consumer="notify.decided", event=release, policy=policy, now=now)
    assert kept == 0 and uow.store.notices == {} and len(uow.store.decisions) == 1, "kept until the review"
    gagged = make_reviewed(
        action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL,
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(gagged), now=now)
    user_side = [n for n in uow.store.notices.values() if n.user_side]
    assert {n.status for n in user_side} == {NoticeStatus.PENDING}, "released: owed now"
    assert uow.store.gags[release.case_id].released
    assert [change.change for change in uow.store.gag_history[release.case_id]] == ["REVIEWED", "RELEASED"]
    assert uow.store.decisions[0].applied_at == now

"""The requester of an emergency disclosure is told what formal process it owes and by when
(the decided PRODUCTION_MADE carrying ``formal_process``), and reminded with review's follow-up
reminder before that date; once each, whatever is redelivered (on fakes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import planning, review_actions
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import (
    Envelope,
    FormalProcessOwed,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
)
from shared.vocabulary import (
    CounselAction,
    DataCategory,
    Disposition,
    EscalationTier,
    NoticeRole,
    NoticeStatus,
    ProcessType,
    UserNoticeAction,
)
from tests.unit.notify.service_layer.fakes import FakeUnitOfWork

AGENT = "duty.agent@fbi.gov"


def disclosure(at: datetime, owed: FormalProcessOwed | None) -> LegalProcessDecided:
    return LegalProcessDecided(
        action=CounselAction.PRODUCTION_MADE,
        decided_by="Legal Ops <ops@dueprocess.test>",
        reason="Disclosed to the duty agent",
        decided_at=at,
        produced=[DataCategory.BASIC_SUBSCRIBER],
        formal_process=owed,
    )


def reminder(at: datetime, owed: FormalProcessOwed, sequence: int) -> LegalProcessEscalated:
    return LegalProcessEscalated(
        tier=EscalationTier.LEGAL_OPS,
        reason="Emergency disclosure follow-up",
        disposition=Disposition.COMPLY,
        sequence=sequence,
        finding_codes=[],
        escalated_at=at,
        formal_process=owed,
    )


def to_requester(uow: FakeUnitOfWork) -> list[Any]:
    return [n for n in uow.store.notices.values() if n.role is NoticeRole.REQUESTER]


async def review_emergency(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    reviewed = make_reviewed(
        targets=["ALT_USCIS"],
        action=UserNoticeAction.NOTIFY_AFTER,
        not_before=now + timedelta(days=90),
        process_type=ProcessType.EMERGENCY_REQUEST,
        statute="18 U.S.C. § 2702(b)(8)",
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(reviewed), now=now)


async def test_the_disclosure_tells_the_requester_once_and_keeps_no_address_with_the_decision(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await review_emergency(uow, policy, make_reviewed, event, now)
    at = now + timedelta(hours=1)
    owed = FormalProcessOwed(expected_by=at + timedelta(days=30), requester_email=AGENT)
    first = event(disclosure(at, owed))
    await review_actions.apply_decision(uow, consumer="notify.decided", event=first, policy=policy, now=at)
    await review_actions.apply_decision(uow, consumer="notify.decided", event=first, policy=policy, now=at)
    # The same disclosure published again (a new event id) owes nothing new either.
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(disclosure(at, owed)), policy=policy, now=at
    )
    notices = to_requester(uow)
    assert [(n.recipient, n.kind, n.status) for n in notices] == [(AGENT, "formal-process-owed", NoticeStatus.PENDING)]
    assert f"by {owed.expected_by:%A %d %B %Y}" in notices[0].body_text
    assert all(
        d.decided.formal_process is None or d.decided.formal_process.requester_email is None
        for d in uow.store.decisions
    )
    assert any(d.decided.formal_process is not None for d in uow.store.decisions), "the date is kept"


async def test_a_disclosure_without_formal_process_owes_the_requester_nothing(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await review_emergency(uow, policy, make_reviewed, event, now)
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(disclosure(now, None)), policy=policy, now=now
    )
    assert to_requester(uow) == []


async def test_the_disclosure_before_the_review_still_tells_the_requester(
    uow: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    owed = FormalProcessOwed(expected_by=now + timedelta(days=30), requester_email=AGENT)
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(disclosure(now, owed)), policy=policy, now=now
    )
    assert [n.kind for n in to_requester(uow)] == ["formal-process-owed"]


async def test_the_follow_up_reminder_reminds_the_requester_before_the_date_only(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await review_emergency(uow, policy, make_reviewed, event, now)
    owed = FormalProcessOwed(expected_by=now + timedelta(days=30), requester_email=AGENT)
    week_before = owed.expected_by - timedelta(days=7)
    early = event(reminder(week_before, owed, sequence=2))
    for _ in range(2):
        await planning.plan_from_escalation(
            uow, policy=policy, consumer="notify.escalated", event=early, now=week_before
        )
    on_the_day = event(reminder(owed.expected_by, owed, sequence=3))
    await planning.plan_from_escalation(
        uow, policy=policy, consumer="notify.escalated", event=on_the_day, now=owed.expected_by
    )
    notices = to_requester(uow)
    assert [(n.kind, n.recipient) for n in notices] == [("formal-process-reminder", AGENT)]
    assert notices[0].subject.startswith("Reminder: ")
    alerts = [n for n in uow.store.notices.values() if n.role is NoticeRole.INTERNAL_COUNSEL and n.kind == "escalation"]
    assert len(alerts) >= 2, "legal ops are alerted both times"

"""Triage alerts on fakes: a held demand owes legal ops an alert and reminders, once; its review
or its dismissal cancels the reminders still owed; a held event after a dismissal owes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import planning, triage_alerts
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDismissed, LegalProcessHeld, LegalProcessReviewed, Topics
from shared.vocabulary import NoticeStatus, ProcessType
from tests.unit.notify.service_layer.fakes import COUNSEL, LEGAL_OPS, FakeUnitOfWork


def held(now: datetime, *, emergency: bool) -> LegalProcessHeld:
    return LegalProcessHeld(
        channel="email",
        source="smtp",
        received_at=now - timedelta(minutes=1),
        process_type=ProcessType.UNKNOWN,
        emergency=emergency,
        reasons=["LOW_CONFIDENCE:targets"],
    )


def triage(uow: FakeUnitOfWork) -> list[tuple[str, str, NoticeStatus]]:
    return sorted((n.kind, n.recipient, n.status) for n in uow.store.notices.values())


async def test_a_held_emergency_owes_one_alert_and_its_reminders_once(
    uow: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    alert = event(held(now, emergency=True))
    assert await triage_alerts.alert_triage(uow, policy=policy, consumer="notify.held", event=alert, now=now) == 3
    assert triage(uow) == [
        ("triage-alert", LEGAL_OPS, NoticeStatus.PENDING),
        ("triage-reminder", COUNSEL, NoticeStatus.SCHEDULED),
        ("triage-reminder", LEGAL_OPS, NoticeStatus.SCHEDULED),
    ]
    reminders = [n for n in uow.store.notices.values() if n.kind == "triage-reminder"]
    # Due when it should have been confirmed: counted from its arrival, not from the alert.
    assert {n.not_before for n in reminders} == {alert.payload.received_at + policy.sla_emergency}
    assert all("EMERGENCY" in n.subject for n in uow.store.notices.values())
    republished = alert.model_copy(update={"event_id": uuid.uuid4()})
    for again in (alert, republished):
        assert await triage_alerts.alert_triage(uow, policy=policy, consumer="notify.held", event=again, now=now) == 0
    assert len(uow.store.notices) == 3


async def test_the_review_cancels_the_reminders_still_owed(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await triage_alerts.alert_triage(
        uow, policy=policy, consumer="notify.held", event=event(held(now, emergency=False)), now=now
    )
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(make_reviewed()), now=now
    )
    reminders = [n for n in uow.store.notices.values() if n.kind == "triage-reminder"]
    assert [n.status for n in reminders] == [NoticeStatus.CANCELLED]
    assert [n.status for n in uow.store.notices.values() if n.kind == "triage-alert"] == [NoticeStatus.PENDING]
    cancelled = [p for p in uow.events(Topics.NOTICE_PLANNED) if p.status is NoticeStatus.CANCELLED]
    assert [p.notice_id for p in cancelled] == [reminders[0].notice_id]


async def test_a_dismissal_cancels_the_reminders_and_a_late_held_event_owes_nothing(
    uow: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    await triage_alerts.alert_triage(
        uow, policy=policy, consumer="notify.held", event=event(held(now, emergency=True)), now=now
    )
    dismissed = event(LegalProcessDismissed(dismissed_by="Legal Ops <ops@dueprocess.test>", dismissed_at=now))
    cancelled = await triage_alerts.cancel_triage_on_dismissal(
        uow, consumer="notify.dismissed", event=dismissed, now=now
    )
    assert cancelled == 2
    assert {n.status for n in uow.store.notices.values() if n.kind == "triage-reminder"} == {NoticeStatus.CANCELLED}
    other_case = uuid.uuid4()
    await triage_alerts.cancel_triage_on_dismissal(
        uow, consumer="notify.dismissed", event=event(dismissed.payload, case=other_case), now=now
    )
    late = event(held(now, emergency=False), case=other_case)
    assert await triage_alerts.alert_triage(uow, policy=policy, consumer="notify.held", event=late, now=now) == 0
    assert all(n.case_id != other_case for n in uow.store.notices.values())

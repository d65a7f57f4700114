"""Triage: a demand held in intake's triage (``legal-process.held``) owes legal ops an alert and,
until it is confirmed (its review) or dismissed as not legal process (``legal-process.dismissed``),
reminders when it should have been confirmed."""

from __future__ import annotations

import uuid
from datetime import datetime

from services.notify.domain.lifecycle import plan_triage_alert, plan_triage_reminders
from services.notify.domain.model import NoticeKind
from services.notify.service_layer.owing import cancel, owe, owe_all
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.contracts import Envelope, LegalProcessDismissed, LegalProcessHeld
from shared.logging import get_logger

log = get_logger(__name__)


async def alert_triage(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessHeld], now: datetime
) -> int:
    """A demand waits in intake's triage: owe legal ops one alert, due now (EMERGENCY in its
    subject for an emergency), and with it the triage reminders, SCHEDULED for when the case
    should have been confirmed (``policy.sla_emergency`` or ``policy.sla_legal_ops`` after the
    alert; for an emergency to counsel too). Notify knows nothing else of the case (no review
    yet): both are worded from the event alone, which carries no personal data. Once per event
    (inbox) and once per case (the notice keys). Under the case's lock: a case whose review
    (its confirmation) is already here is owed no reminder, and a review that comes later
    cancels them. Returns how many notices are new."""
    async with uow:
        if not await uow.inbox.claim(consumer=consumer, event_id=event.event_id):
            return 0
        await uow.matters.lock_case(event.case_id)
        if await uow.triage.dismissed(event.case_id):  # dismissed before this (late) held event: nothing is owed
            log.info(
                "triage alert not owed: the case was dismissed", case_id=str(event.case_id), trace_id=event.trace_id
            )
            return 0
        held = event.payload.model_dump(mode="json")
        alert = plan_triage_alert(case_id=event.case_id, counsel_by_tier=policy.counsel_by_tier)
        added = int(
            await owe(uow, alert, policy=policy, matter=None, trace_id=event.trace_id, now=now, context={"held": held})
        )
        reminders = 0
        if added and await uow.matters.review_of(event.case_id) is None:
            planned = plan_triage_reminders(
                case_id=event.case_id,
                emergency=event.payload.emergency,
                received_at=event.payload.received_at,
                alerted_at=now,
                counsel_by_tier=policy.counsel_by_tier,
                sla_emergency=policy.sla_emergency,
                sla_legal_ops=policy.sla_legal_ops,
                sla_clock=policy.sla_clock,
            )
            reminders = await owe_all(
                uow,
                planned,
                policy=policy,
                matter=None,
                trace_id=event.trace_id,
                now=now,
                context={"held": held, "alerted_at": now.isoformat()},
            )
    log.info(
        "triage alert planned" if added else "triage alert already owed",
        case_id=str(event.case_id),
        emergency=event.payload.emergency,
        process_type=event.payload.process_type.value,
        reminders=reminders,
        trace_id=event.trace_id,
    )
    return added + reminders


async def cancel_triage_reminders(
    uow: AbstractUnitOfWork,
    *,
    case_id: uuid.UUID,
    trace_id: str,
    now: datetime,
    because: str = "the case was confirmed",
) -> int:
    """The case was confirmed (its review is here) or dismissed: the triage reminders still owed
    are not (CANCELLED, published as such). One already sent stays sent. Call under the case's lock."""
    cancelled = 0
    for stored in await uow.notices.waiting_of_kind(case_id, NoticeKind.TRIAGE_REMINDER):
        await cancel(uow, stored, trace_id=trace_id, now=now)
        cancelled += 1
    if cancelled:
        log.info(
            "triage reminders cancelled", because=because, case_id=str(case_id), cancelled=cancelled, trace_id=trace_id
        )
    return cancelled


async def cancel_triage_on_dismissal(
    uow: AbstractUnitOfWork, *, consumer: str, event: Envelope[LegalProcessDismissed], now: datetime
) -> int:
    """Intake dismissed a held case as not legal process: cancel the triage reminders still owed
    (as a review does, under the case's lock, so a reminder the dispatcher is sending stays
    SENT), and remember the dismissal so that a held event arriving later owes nothing. Once per
    event (inbox). Returns how many reminders were cancelled."""
    async with uow:
        if not await uow.inbox.claim(consumer=consumer, event_id=event.event_id):
            return 0
        await uow.matters.lock_case(event.case_id)
        await uow.triage.record_dismissal(
            case_id=event.case_id, dismissed_at=event.payload.dismissed_at, event_id=event.event_id, now=now
        )
        cancelled = await cancel_triage_reminders(
            uow,
            case_id=event.case_id,
            trace_id=event.trace_id,
            now=now,
            because="the case was dismissed as not legal process",
        )
    log.info("triage dismissal applied", case_id=str(event.case_id), cancelled=cancelled, trace_id=event.trace_id)
    return cancelled

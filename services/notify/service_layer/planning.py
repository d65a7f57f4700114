"""Planning notices: a review owes the user and their counsel of record a notice per affected
account (and counsel reminders and flags about the gag); an escalation owes our counsel an alert.
Each event applies once (its inbox row, in the same transaction)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from services.notify.domain.lifecycle import GagRecord, plan_matter_notices
from services.notify.domain.model import NoticeKind
from services.notify.domain.planning import plan_internal_counsel_alert
from services.notify.service_layer.gag import gag_alerts
from services.notify.service_layer.matters import load_matter, matter_of
from services.notify.service_layer.owing import contacts_of, owe, owe_all
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.requester import owe_formal_process_notice
from services.notify.service_layer.review_actions import apply
from services.notify.service_layer.triage_alerts import cancel_triage_reminders
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.contracts import Envelope, LegalProcessEscalated, LegalProcessReviewed
from shared.logging import get_logger

log = get_logger(__name__)


async def plan_from_review(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    consumer: str,
    event: Envelope[LegalProcessReviewed],
    now: datetime,
) -> int:
    """Owe the user and their counsel of record a notice per affected account, remind and
    flag counsel about the gag, then apply staff actions that arrived before the review.
    Returns how many notices are new."""
    return await plan_from_reviews(uow, policy=policy, consumer=consumer, events=[event], now=now)


async def plan_from_reviews(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessReviewed]],
    now: datetime,
) -> int:
    """``plan_from_review`` for several reviews (a poll's worth of one partition, in order) in
    one transaction; each applies once (its inbox row)."""
    planned: list[tuple[Envelope[LegalProcessReviewed], int]] = []
    async with uow:
        for event in await uow.inbox.fresh(consumer=consumer, events=events):
            planned.append((event, await _plan_from_review(uow, policy=policy, event=event, now=now)))
    for event, added in planned:
        log.info("user notices planned", planned=added, case_id=str(event.case_id), trace_id=event.trace_id)
    return sum(added for _, added in planned)


async def _plan_from_review(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, event: Envelope[LegalProcessReviewed], now: datetime
) -> int:
    reviewed = event.payload
    case_id = event.case_id
    matters = uow.matters
    await matters.lock_case(case_id)
    await cancel_triage_reminders(uow, case_id=case_id, trace_id=event.trace_id, now=now)
    current = await matters.save_review(case_id=case_id, reviewed=reviewed)
    gag = await matters.gag_of(case_id, lock=True)
    if gag is None:
        gag = GagRecord.from_review(reviewed.review)
        await matters.save_gag(case_id=case_id, gag=gag, change="REVIEWED", at=now, event_id=event.event_id)
    contacts = await contacts_of(uow, reviewed, case_id)
    await matters.add_case_accounts(case_id=case_id, handles=[c.handle for c in contacts.values()])
    matter = await matter_of(matters, case_id, reviewed=current, gag=gag)
    notices = plan_matter_notices(
        case_id=case_id, reviewed=matter.reviewed, contacts=contacts, gag=gag, now=now, requester=matter.requester
    )
    added = await owe_all(uow, notices, policy=policy, matter=matter, trace_id=event.trace_id, now=now)
    added += await gag_alerts(
        uow,
        matter,
        policy=policy,
        trace_id=event.trace_id,
        now=now,
        starts_at=reviewed.served_at or reviewed.received_at,
    )
    for event_id, decided in await matters.unapplied_decisions(case_id):
        added += await apply(
            uow, policy=policy, case_id=case_id, event_id=event_id, decided=decided, trace_id=event.trace_id, now=now
        )
    return added


async def plan_from_escalation(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    consumer: str,
    event: Envelope[LegalProcessEscalated],
    now: datetime | None = None,
) -> int:
    """Alert the platform's counsel for the escalation's tier."""
    return await plan_from_escalations(uow, policy=policy, consumer=consumer, events=[event], now=now)


async def plan_from_escalations(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessEscalated]],
    now: datetime | None = None,
) -> int:
    """``plan_from_escalation`` for several escalations in one transaction, each once."""
    added = 0
    async with uow:
        for event in await uow.inbox.fresh(consumer=consumer, events=events):
            matter = await load_matter(uow.matters, event.case_id)
            alert = plan_internal_counsel_alert(
                case_id=event.case_id, escalated=event.payload, counsel_by_tier=policy.counsel_by_tier
            )
            added += int(
                await owe(
                    uow,
                    alert,
                    policy=policy,
                    matter=matter,
                    trace_id=event.trace_id,
                    now=now or event.payload.escalated_at,
                    escalated=event.payload,
                )
            )
            if event.payload.formal_process is not None:
                # Review's emergency follow-up reminder: the requester is reminded too, before the date.
                added += await owe_formal_process_notice(
                    uow,
                    policy=policy,
                    case_id=event.case_id,
                    owed=event.payload.formal_process,
                    kind=NoticeKind.FORMAL_PROCESS_REMINDER,
                    occasion=f"escalation-{event.payload.sequence}",
                    disclosed_at=None,
                    trace_id=event.trace_id,
                    now=now or event.payload.escalated_at,
                )
    return added


async def load_contacts(uow: AbstractUnitOfWork, *, entries: Sequence[Mapping[str, Any]]) -> int:
    """Seed notify's copy of the account directory (an entry per account, replaced whole)."""
    async with uow:
        return await uow.contacts.upsert(entries)

"""Preservation holds' use cases: a reviewed demand places, extends or takes over a hold; the
hold's timers remind legal ops and release it at expiry; closing the case a hold follows
releases it. Each change is one event on ``legal-hold.v1`` (outbox, keyed by the hold id),
an audit entry, and the hold's timers planned again, in the caller's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from services.review.adapters.followups import FollowUpRepository
from services.review.adapters.holds import HoldRepository, HoldTimerRepository
from services.review.adapters.repository import SCHEMA, ReviewRepository
from services.review.domain import followups, holds
from services.review.domain.assessment import RuleBook, load_rule_book
from services.review.domain.followups import FollowUpPolicy
from services.review.domain.holds import Hold, HoldChange, HoldPolicy, HoldRefused, HoldStatus
from shared import audit
from shared.contracts import (
    Envelope,
    FormalProcessOwed,
    LegalHoldChanged,
    LegalProcessCase,
    LegalProcessEscalated,
    Review,
    envelope,
)
from shared.db import UnitOfWork
from shared.handles import directory_keys, handle_candidates, normalize_handle
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import CounselAction, EscalationTier

PRODUCER = "review"
log = get_logger(__name__)


def hold_policy(rule_book: RuleBook) -> HoldPolicy:
    """The rule book's (``preservation_days``, ``preservation_renewal_days``, ``preservation_reminder_days``)."""
    policy = rule_book.policy
    return HoldPolicy(
        term=timedelta(days=policy.preservation_days),
        extension=timedelta(days=policy.preservation_renewal_days),
        reminders=tuple(timedelta(days=days) for days in policy.preservation_reminder_days),
    )


def follow_up_policy(rule_book: RuleBook) -> FollowUpPolicy:
    """The rule book's ``emergency_formal_process_days`` (30)."""
    return FollowUpPolicy(formal_process_within=timedelta(days=rule_book.policy.emergency_formal_process_days))


def held_accounts(targets: Iterable[str], entries: Iterable[Mapping[str, Any]]) -> set[str]:
    """The accounts a demand names, as the directory keys them: a directory entry's handle, or
    the target itself (normalised) when no entry is found by it."""
    entries = list(entries)
    accounts: set[str] = set()
    for target in targets:
        candidates = set(handle_candidates(target))
        found = [e for e in entries if candidates & set(directory_keys(e))]
        accounts |= {normalize_handle(str(e["handle"])) for e in found} or {normalize_handle(target)}
    return {a for a in accounts if a}


def change_event(hold: Hold, change: HoldChange, *, at: datetime) -> LegalHoldChanged:
    return LegalHoldChanged(
        hold_id=hold.hold_id,
        change=change.value,
        sequence=hold.sequence,
        accounts=sorted(hold.accounts),
        data_categories=sorted(hold.categories),
        records_as_of=hold.received_at,
        expires_at=hold.expires_at if hold.status is HoldStatus.ACTIVE else None,
        extended=hold.extended,
        follows_case_id=hold.follows_case,
        release_reason=hold.release_reason.value if hold.release_reason else None,
        changed_at=at,
    )


async def _record(
    uow: UnitOfWork,
    hold: Hold,
    change: HoldChange,
    *,
    case_id: uuid.UUID,
    policy: HoldPolicy,
    now: datetime,
    trace_id: str,
    actor: str = PRODUCER,
) -> None:
    await HoldRepository(uow.conn).save(hold)
    await HoldTimerRepository(uow.conn).replace(hold.hold_id, holds.timers(hold, policy=policy, now=now), now=now)
    event = envelope(change_event(hold, change, at=now), case_id=case_id, trace_id=trace_id, producer=PRODUCER)
    await add_to_outbox(uow.conn, schema=SCHEMA, topic=LegalHoldChanged.TOPIC, event=event, key=str(hold.hold_id))
    await audit.append(
        uow.conn,
        schema=SCHEMA,
        case_id=case_id,
        actor=actor,
        action=f"HOLD_{change.value}",
        at=now,
        detail={
            "hold_id": str(hold.hold_id),
            "sequence": hold.sequence,
            "expires_at": hold.expires_at.isoformat() if hold.expires_at else None,
            "status": hold.status.value,
        },
    )
    log.info("preservation hold changed", hold_id=str(hold.hold_id), change=change.value, case_id=str(case_id))


async def on_reviewed(
    uow: UnitOfWork,
    *,
    case_id: uuid.UUID,
    case: LegalProcessCase,
    review: Review,
    entries: Iterable[Mapping[str, Any]],
    received_at: datetime,
    rule_book: RuleBook,
    policy: HoldPolicy,
    now: datetime,
    trace_id: str,
) -> list[HoldChange]:
    """What a freshly reviewed demand does to holds, in the review's transaction.

    A preservation request that passes review extends the active hold of the same requester on
    the same accounts (its one renewal) or places a new one; compulsory legal process from the
    same requester for the same accounts takes over the active holds (they follow its case).
    """
    accounts = held_accounts(case.targets, entries)
    requester = holds.requester_identity(name=case.requester.name, email=case.requester.email)
    repository = HoldRepository(uow.conn)
    changes: list[HoldChange] = []
    if followups.owes_follow_up(review.process_type):
        await FollowUpRepository(uow.conn).open(
            case_id=case_id, requester=requester, accounts=accounts, requester_email=case.requester.email
        )
    elif holds.converts_hold(review.process_type):
        done = await FollowUpRepository(uow.conn).satisfy(requester=requester, accounts=accounts, by=case_id, at=now)
        if done:
            log.info("emergency follow-up satisfied by formal process", case_id=str(case_id), followups=done)
    if holds.opens_hold(review.process_type, review.disposition):
        active = [
            h
            for h in await repository.open_for(requester=requester, accounts=accounts)
            if h.status is HoldStatus.ACTIVE
        ]
        for hold in active:
            try:
                extended = holds.extend(hold, case_id=case_id, received_at=received_at, policy=policy)
            except HoldRefused as refused:
                log.info("preservation hold not extended", hold_id=str(hold.hold_id), why=str(refused))
                expires = f" It still expires on {hold.expires_at:%d %b %Y}." if hold.expires_at else ""
                await _remind_legal_ops(
                    uow,
                    case_id=case_id,
                    reason=f"This preservation request renews hold {hold.hold_id}, which is not extended: {refused}."
                    f"{expires} Tell the requester; only legal process keeps the records longer.",
                    now=now,
                )
                continue
            await _record(
                uow, extended, HoldChange.EXTENDED, case_id=case_id, policy=policy, now=now, trace_id=trace_id
            )
            changes.append(HoldChange.EXTENDED)
        if not changes and not active:
            placed = holds.place(
                hold_id=uuid.uuid4(),
                case_id=case_id,
                requester=requester,
                accounts=accounts,
                categories=holds.preserved_categories(
                    case.data_categories, prospective=rule_book.policy.prospective_categories
                ),
                received_at=received_at,
                policy=policy,
            )
            await _record(uow, placed, HoldChange.PLACED, case_id=case_id, policy=policy, now=now, trace_id=trace_id)
            changes.append(HoldChange.PLACED)
    elif holds.converts_hold(review.process_type):
        for hold in await repository.open_for(requester=requester, accounts=accounts):
            if hold.status is not HoldStatus.ACTIVE:
                continue
            followed = holds.follow(hold, case_id=case_id)
            await _record(
                uow, followed, HoldChange.CONVERTED, case_id=case_id, policy=policy, now=now, trace_id=trace_id
            )
            changes.append(HoldChange.CONVERTED)
    return changes


async def start_follow_up(
    uow: UnitOfWork, *, case_id: uuid.UUID, action: CounselAction, now: datetime
) -> FormalProcessOwed | None:
    """A disclosure on an emergency case starts the wait for the requester's formal process: what
    it owes and by when (the decided event carries it to notify, which tells the requester);
    None for any other action, case, or a disclosure after the first."""
    if not followups.is_disclosure(action):
        return None
    follow_up = follow_up_policy(load_rule_book())
    expected = followups.expected_by(now, follow_up)
    repository = FollowUpRepository(uow.conn)
    started = await repository.disclosed(
        case_id,
        at=now,
        expected_by=expected,
        next_reminder_at=followups.next_reminder(expected=expected, after=None, policy=follow_up),
    )
    if not started:
        return None
    address = await repository.requester_email(case_id)
    if not address:
        await _remind_legal_ops(uow, case_id=case_id, reason=followups.no_address_text(expected=expected), now=now)
    return FormalProcessOwed(expected_by=expected, requester_email=address)


async def on_action(
    uow: UnitOfWork, *, case_id: uuid.UUID, action: CounselAction, policy: HoldPolicy, now: datetime, trace_id: str
) -> int:
    """Closing a case (production made, demand dismissed) releases the holds that follow it."""
    if not holds.closes_case(action):
        return 0
    released = 0
    for hold in await HoldRepository(uow.conn).following(case_id):
        done = holds.release(hold, at=now, reason=holds.ReleaseReason.CASE_CLOSED)
        await _record(uow, done, HoldChange.RELEASED, case_id=case_id, policy=policy, now=now, trace_id=trace_id)
        released += 1
    return released


async def fire_due_hold_timers(
    *, pool: asyncpg.Pool, policy: HoldPolicy, clock: Callable[[], datetime], limit: int = 50
) -> int:
    """Fire the hold timers that came due, each once: a reminder to legal ops (an escalation
    alert at LEGAL_OPS on the case that placed the hold), or the release at expiry."""
    async with UnitOfWork(pool) as uow:
        now = clock()
        timers = HoldTimerRepository(uow.conn)
        repository = HoldRepository(uow.conn)
        due = await timers.lock_due(now=now, limit=limit)
        for timer_id, hold_id, kind in due:
            await timers.mark_fired(timer_id, now=now)
            hold = await repository.lock(hold_id)
            assert hold is not None, "timers reference their hold"
            after, reminder = holds.on_timer(hold, kind=kind, now=now)
            case_id = hold.extended_by or hold.placed_by
            if after.status is HoldStatus.RELEASED and hold.status is not HoldStatus.RELEASED:
                await _record(
                    uow, after, HoldChange.RELEASED, case_id=case_id, policy=policy, now=now, trace_id=uuid.uuid4().hex
                )
            elif reminder is not None:
                await _remind_legal_ops(uow, case_id=case_id, reason=reminder, now=now)
        follow_ups = FollowUpRepository(uow.conn)
        follow_up = follow_up_policy(load_rule_book())
        owed = await follow_ups.lock_due(now=now, limit=limit)
        for row in owed:
            text = followups.reminder_text(expected=row["expected_by"], now=now)
            still_owed = FormalProcessOwed(
                expected_by=row["expected_by"], requester_email=await follow_ups.requester_email(row["case_id"])
            )
            await _remind_legal_ops(uow, case_id=row["case_id"], reason=text, now=now, formal_process=still_owed)
            later = followups.next_reminder(
                expected=row["expected_by"], after=row["next_reminder_at"], policy=follow_up
            )
            await follow_ups.reminded(row["case_id"], next_reminder_at=later)
    return len(due) + len(owed)


async def _remind_legal_ops(
    uow: UnitOfWork,
    *,
    case_id: uuid.UUID,
    reason: str,
    now: datetime,
    formal_process: FormalProcessOwed | None = None,
) -> None:
    """The reminder travels as an alert at LEGAL_OPS on the hold's case (notify mails that tier);
    the case's ladder stays where it is, only its escalation count moves. An emergency follow-up
    reminder carries the formal process still owed (notify reminds the requester too)."""
    reviews = ReviewRepository(uow.conn)
    case = await reviews.lock(case_id)
    assert case is not None, "a hold's case is reviewed"
    sequence = case.escalation_count + 1
    await reviews.save_state(replace(case, escalation_count=sequence))
    payload = LegalProcessEscalated(
        tier=EscalationTier.LEGAL_OPS,
        reason=reason,
        disposition=case.review.disposition,
        sequence=sequence,
        finding_codes=[f.code for f in case.review.findings],
        findings=case.review.findings,
        return_by=case.return_by,
        escalated_at=now,
        acknowledge_by=None,
        formal_process=formal_process,
    )
    event: Envelope[LegalProcessEscalated] = envelope(
        payload, case_id=case_id, trace_id=uuid.uuid4().hex, producer=PRODUCER
    )
    await add_to_outbox(uow.conn, schema=SCHEMA, topic=payload.TOPIC, event=event)
    log.info("preservation hold reminder", case_id=str(case_id))


def hold_view(hold: Hold, pending: Iterable[holds.HoldTimer] = ()) -> dict[str, Any]:
    """A hold as the internal API shows it (no accounts: the case shows its own targets)."""
    return {
        "hold_id": str(hold.hold_id),
        "status": hold.status.value,
        "data_categories": sorted(c.value for c in hold.categories),
        "records_as_of": hold.received_at.isoformat(),
        "expires_at": hold.expires_at.isoformat() if hold.expires_at else None,
        "extended": hold.extended,
        "placed_by": str(hold.placed_by),
        "extended_by": str(hold.extended_by) if hold.extended_by else None,
        "follows_case": str(hold.follows_case) if hold.follows_case else None,
        "released_at": hold.released_at.isoformat() if hold.released_at else None,
        "release_reason": hold.release_reason.value if hold.release_reason else None,
        "pending_timers": [{"kind": t.kind.value, "due_at": t.due_at.isoformat()} for t in pending],
    }


async def follow_up_of_case(conn: asyncpg.Connection, case_id: uuid.UUID) -> dict[str, object] | None:
    """An emergency case's follow-up: when formal process is expected, reminders, what satisfied it."""
    return await FollowUpRepository(conn).of_case(case_id)


async def holds_of_case(conn: asyncpg.Connection, case_id: uuid.UUID) -> list[dict[str, Any]]:
    timers = HoldTimerRepository(conn)
    return [hold_view(h, await timers.pending(h.hold_id)) for h in await HoldRepository(conn).of_case(case_id)]

"""The review service's use cases: review a demand once, run its escalation ladder, record counsel's actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

import asyncpg

from services.review.adapters.repository import (
    SCHEMA,
    AccountRepository,
    CaseIndex,
    ReviewedCase,
    ReviewRepository,
    TimerRepository,
)
from services.review.domain.assessment import AccountDirectory, RuleBook, assess, load_rule_book
from services.review.domain.decisions import REQUESTER_ACTIONS, ActionRefused, apply_action
from services.review.domain.escalation import (
    RETURN_DATE_WARNINGS,
    CaseClock,
    Escalation,
    EscalationPolicy,
    TimerKind,
    TimerPlan,
    alert_at_once,
    initial_timers,
    on_timer,
)
from services.review.domain.history import EarlierCase
from services.review.service_layer import holds as preservation
from shared import audit, inbox, metrics
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReceived,
    LegalProcessReviewed,
    Nondisclosure,
    RequesterConfirmation,
    Review,
    StaffActionOutcome,
    StaffActionRequested,
    envelope,
)
from shared.db import UnitOfWork
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import CounselAction, DataCategory, Disposition, ProcessType

PRODUCER = "review"
log = get_logger(__name__)


class CaseNotFound(LookupError):
    """No review exists for that case (not received, or not reviewed yet)."""


def escalation_event(
    review: Review,
    escalation: Escalation,
    *,
    sequence: int,
    at: datetime,
    return_by: datetime | None,
    acknowledge_by: datetime | None = None,
) -> LegalProcessEscalated:
    return LegalProcessEscalated(
        tier=escalation.tier,
        reason=escalation.reason,
        disposition=review.disposition,
        sequence=sequence,
        finding_codes=[f.code for f in review.findings],
        findings=review.findings,
        return_by=return_by,
        escalated_at=at,
        acknowledge_by=acknowledge_by,
    )


async def _stage(uow: UnitOfWork, payload: Any, *, case_id: uuid.UUID, trace_id: str) -> None:
    event = envelope(payload, case_id=case_id, trace_id=trace_id, producer=PRODUCER)
    await add_to_outbox(uow.conn, schema=SCHEMA, topic=payload.TOPIC, event=event)


async def review_received(
    *,
    pool: asyncpg.Pool,
    rule_book: RuleBook,
    policy: EscalationPolicy,
    consumer: str,
    event: Envelope[LegalProcessReceived],
    clock: Callable[[], datetime],
) -> Review | None:
    """Assess the demand, store the review, start its timers and stage `reviewed` (and, for
    emergencies and anything above LEGAL_OPS, `escalated`), all in one transaction.

    Returns None when this event, or another event for the same case, was already reviewed.
    """
    (review,) = await review_all_received(
        pool=pool, rule_book=rule_book, policy=policy, consumer=consumer, events=[event], clock=clock
    )
    return review


async def review_all_received(
    *,
    pool: asyncpg.Pool,
    rule_book: RuleBook,
    policy: EscalationPolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessReceived]],
    clock: Callable[[], datetime],
) -> list[Review | None]:
    """``review_received`` for several events (a poll's worth of one partition, in order) in
    one transaction; each applies once (its inbox row). One review (or None) per event."""
    done: dict[uuid.UUID, tuple[Review, Escalation | None, float]] = {}
    async with UnitOfWork(pool) as uow:
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            outcome = await _review(uow, rule_book=rule_book, policy=policy, event=event, now=clock())
            if outcome is not None:
                done[event.event_id] = outcome
    out: list[Review | None] = []
    for event in events:
        if (outcome := done.pop(event.event_id, None)) is None:
            out.append(None)
            continue
        review, escalation, latency = outcome
        _count_review(review, latency=latency)
        _count_escalations([escalation] if escalation else [])
        log.info(
            "case reviewed",
            disposition=review.disposition.value,
            tier=review.escalation_tier.value,
            findings=[f.code for f in review.findings],
            case_id=str(event.case_id),
            trace_id=event.trace_id,
        )
        out.append(review)
    return out


async def _review(
    uow: UnitOfWork,
    *,
    rule_book: RuleBook,
    policy: EscalationPolicy,
    event: Envelope[LegalProcessReceived],
    now: datetime,
) -> tuple[Review, Escalation | None, float] | None:
    """One demand's review in the caller's transaction; None when its case was reviewed already."""
    received = event.payload
    case = received.case
    entries = await AccountRepository(uow.conn).matching(case.targets)
    index = CaseIndex(uow.conn)
    summary = EarlierCase.from_case(event.case_id, case, received_at=received.received_at)
    review = assess(
        case,
        accounts=AccountDirectory.from_entries(entries),
        rule_book=rule_book,
        now=now,
        received_at=received.received_at,
        earlier_cases=await index.candidates(summary),
    )
    emergency = case.process_type is ProcessType.EMERGENCY_REQUEST or case.emergency is not None
    acknowledge_by = policy.due(review.escalation_tier, emergency=emergency, now=now)
    reviews = ReviewRepository(uow.conn)
    stored = await reviews.add(
        case_id=event.case_id,
        received_event=event.event_id,
        review=review,
        received_at=received.received_at,
        reviewed_at=now,
        emergency=emergency,
        return_by=case.return_by,
    )
    if not stored:
        log.info("case already reviewed; duplicate received event ignored", case_id=str(event.case_id))
        return None
    await index.add(summary)
    reviewed = LegalProcessReviewed(
        received_at=received.received_at,
        reviewed_at=now,
        review=review,
        case_number=case.case_number,
        issuing_court=case.issuing_court,
        served_at=case.served_at,
        return_by=case.return_by,
        acknowledge_by=acknowledge_by,
        gag_reexamine_every_days=rule_book.policy.gag_reexamination_days,
    )
    await _stage(uow, reviewed, case_id=event.case_id, trace_id=event.trace_id)
    state = CaseClock(
        tier=review.escalation_tier, emergency=emergency, return_by=case.return_by, acknowledged=False, decided=False
    )
    await TimerRepository(uow.conn).add(
        case_id=event.case_id, timers=initial_timers(clock=state, policy=policy, now=now)
    )
    await preservation.on_reviewed(
        uow,
        case_id=event.case_id,
        case=case,
        review=review,
        entries=entries,
        received_at=received.received_at,
        rule_book=rule_book,
        policy=preservation.hold_policy(rule_book),
        now=now,
        trace_id=event.trace_id,
    )
    escalation = alert_at_once(state)
    if escalation is not None:
        stored_case = await reviews.lock(event.case_id)
        assert stored_case is not None
        await _escalate(
            uow, stored_case, escalation, review=review, now=now, trace_id=event.trace_id, acknowledge_by=acknowledge_by
        )
    return review, escalation, (now - received.received_at).total_seconds()


def _count_review(review: Review, *, latency: float) -> None:
    """Metrics, counted once the review is committed."""
    metrics.REVIEWS.labels(disposition=review.disposition.value, tier=review.escalation_tier.value).inc()
    for finding in review.findings:
        metrics.FINDINGS.labels(code=finding.code, severity=finding.severity.value).inc()
    metrics.REVIEW_LATENCY.observe(max(latency, 0.0))


def _count_escalations(escalations: list[Escalation], *, sla_missed_at: Sequence[str] = ()) -> None:
    for escalation in escalations:
        metrics.ESCALATIONS.labels(tier=escalation.tier.value, re_alert=str(escalation.re_alert).lower()).inc()
    for tier in sla_missed_at:
        metrics.SLA_BREACHES.labels(tier=tier).inc()


async def _escalate(
    uow: UnitOfWork,
    case: ReviewedCase,
    escalation: Escalation,
    *,
    review: Review,
    now: datetime,
    trace_id: str,
    acknowledge_by: datetime | None,
) -> ReviewedCase:
    sequence = case.escalation_count + 1
    updated = replace(case, tier=escalation.tier, escalation_count=sequence)
    await ReviewRepository(uow.conn).save_state(updated)
    payload = escalation_event(
        review, escalation, sequence=sequence, at=now, return_by=case.return_by, acknowledge_by=acknowledge_by
    )
    await _stage(uow, payload, case_id=case.case_id, trace_id=trace_id)
    log.info(
        "case escalated",
        case_id=str(case.case_id),
        tier=escalation.tier.value,
        re_alert=escalation.re_alert,
        sequence=sequence,
    )
    return updated


async def fire_due_timers(
    *, pool: asyncpg.Pool, policy: EscalationPolicy, clock: Callable[[], datetime], limit: int = 50
) -> int:
    """Fire the timers that came due, each exactly once (other instances skip locked rows)."""
    async with UnitOfWork(pool) as uow:
        now = clock()
        timers = TimerRepository(uow.conn)
        reviews = ReviewRepository(uow.conn)
        due = await timers.lock_due(now=now, limit=limit)
        escalated: list[Escalation] = []
        sla_missed_at: list[str] = []
        for timer in due:
            case = await reviews.lock(timer["case_id"])
            assert case is not None, "timers reference their review"
            kind = TimerKind(timer["kind"])
            escalation, follow_ups = on_timer(kind=kind, clock=case.clock, policy=policy, now=now)
            await timers.mark_fired(timer["timer_id"], now=now)
            if escalation is not None:
                next_sla = [t.due_at for t in follow_ups if t.kind is TimerKind.ACK_SLA]
                await _escalate(
                    uow,
                    case,
                    escalation,
                    review=case.review,
                    now=now,
                    trace_id=uuid.uuid4().hex,
                    acknowledge_by=next_sla[0] if next_sla else None,
                )
                escalated.append(escalation)
                if kind is TimerKind.ACK_SLA:
                    sla_missed_at.append(case.tier.value)
            await timers.add(case_id=case.case_id, timers=follow_ups)
    _count_escalations(escalated, sla_missed_at=sla_missed_at)
    return len(due)


async def record_action(
    *,
    pool: asyncpg.Pool,
    case_id: uuid.UUID,
    action: CounselAction,
    actor: str,
    reason: str | None,
    disposition: Disposition | None,
    clock: Callable[[], datetime],
    trace_id: str,
    nondisclosure: Nondisclosure | None = None,
    return_by: datetime | None = None,
    produced: Iterable[DataCategory] = (),
    confirmation: RequesterConfirmation | None = None,
) -> LegalProcessDecided:
    """Store a staff action, adjust the timers and stage `legal-process.decided.v1`.

    A moved return date moves the return-date warnings. Raises CaseNotFound, or the
    domain's ActionRefused when the action does not fit the case.
    """
    async with UnitOfWork(pool) as uow:
        decided = await _record_action(
            uow,
            case_id=case_id,
            action=action,
            actor=actor,
            reason=reason,
            disposition=disposition,
            clock=clock,
            trace_id=trace_id,
            nondisclosure=nondisclosure,
            return_by=return_by,
            produced=produced,
            confirmation=confirmation,
        )
    log.info("staff action recorded", case_id=str(case_id), action=action.value)
    return decided


async def carry_out_request(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[StaffActionRequested], clock: Callable[[], datetime]
) -> None:
    """A staff request from intake: record the action, or refuse it, and answer on the outcome topic.

    Claim, action and answer commit together, so a redelivered request is answered once.
    Naming counsel of record is notify's, not ours: ignored here.
    """
    request = event.payload
    action = request.action.counsel_action
    if action is None:
        return
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return
        try:
            decided = await _record_action(
                uow,
                case_id=event.case_id,
                action=action,
                actor=request.requested_by,
                reason=request.reason,
                disposition=request.disposition,
                clock=clock,
                trace_id=event.trace_id,
                nondisclosure=request.nondisclosure,
                return_by=request.return_by,
                produced=request.produced,
                confirmation=request.confirmation,
                request_id=request.request_id,
            )
            outcome: Literal["DONE", "REFUSED"] = "DONE"
            detail = _done_detail(decided)
        except (CaseNotFound, ActionRefused) as exc:
            outcome, detail = "REFUSED", str(exc)
        answer = StaffActionOutcome(
            request_id=request.request_id,
            action=request.action,
            outcome=outcome,
            detail=detail,
            answered_by=PRODUCER,
            answered_at=clock(),
        )
        await _stage(uow, answer, case_id=event.case_id, trace_id=event.trace_id)
    log.info("staff request answered", case_id=str(event.case_id), action=action.value, outcome=outcome)


def _done_detail(decided: LegalProcessDecided) -> str:
    if decided.action is CounselAction.DECIDE:
        verb = "overrode the recommendation with" if decided.overrides_recommendation else "accepted"
        return f"{verb} {decided.disposition}" + ("; production held" if decided.production_hold else "")
    return decided.action.value.replace("_", " ").lower() + " recorded"


async def _record_action(
    uow: UnitOfWork,
    *,
    case_id: uuid.UUID,
    action: CounselAction,
    actor: str,
    reason: str | None,
    disposition: Disposition | None,
    clock: Callable[[], datetime],
    trace_id: str,
    nondisclosure: Nondisclosure | None,
    return_by: datetime | None,
    produced: Iterable[DataCategory],
    request_id: uuid.UUID | None = None,
    confirmation: RequesterConfirmation | None = None,
) -> LegalProcessDecided:
    """The action inside the caller's unit of work (see ``record_action``)."""
    reviews = ReviewRepository(uow.conn)
    case = await reviews.lock(case_id)
    if case is None:
        raise CaseNotFound(f"no reviewed case {case_id}")
    now = clock()
    settled_by = None
    if action in REQUESTER_ACTIONS:
        earlier = [a["action"] for a in await reviews.actions(case_id) if a["action"] in REQUESTER_ACTIONS]
        settled_by = CounselAction(earlier[0]) if earlier else None
    status, decided = apply_action(
        action=action,
        status=case.status,
        review=case.review,
        actor=actor,
        reason=reason,
        disposition=disposition,
        now=now,
        nondisclosure=nondisclosure,
        return_by=return_by,
        current_return_by=case.return_by,
        produced=tuple(produced),
        confirmation=confirmation,
        requester_settled_by=settled_by,
    )
    moved_to = decided.return_by if action is CounselAction.RETURN_DATE_MOVED else None
    await reviews.save_state(replace(case, status=status, return_by=moved_to or case.return_by))
    await reviews.add_action(case_id=case_id, event=decided, action_id=uuid.uuid4())
    await audit.append(
        uow.conn,
        schema=SCHEMA,
        case_id=case_id,
        actor=decided.decided_by,
        action=decided.action.value,
        at=now,
        detail={
            "reason": decided.reason,
            "disposition": decided.disposition,
            "overrides_recommendation": decided.overrides_recommendation,
            **(
                {"confirmation": decided.confirmation.model_dump(mode="json")}
                if decided.confirmation is not None
                else {}
            ),
        },
    )
    timers = TimerRepository(uow.conn)
    if action is CounselAction.ACKNOWLEDGE:
        await timers.cancel(case_id=case_id, kinds=[TimerKind.ACK_SLA], now=now)
    elif action in (CounselAction.DECIDE, CounselAction.DISMISS_DEMAND):
        # Decided, or not genuine: the ladder stops climbing and no return-date warning is owed.
        await timers.cancel(case_id=case_id, kinds=None, now=now)
    elif action is CounselAction.RETURN_DATE_MOVED and decided.return_by is not None:
        await timers.cancel(case_id=case_id, kinds=list(RETURN_DATE_WARNINGS), now=now)
        if not status.decided:
            await timers.add(
                case_id=case_id,
                timers=[
                    TimerPlan(kind, decided.return_by - before, case.tier)
                    for kind, before in RETURN_DATE_WARNINGS.items()
                    if decided.return_by - before > now
                ],
            )
    await preservation.on_action(
        uow,
        case_id=case_id,
        action=action,
        policy=preservation.hold_policy(load_rule_book()),
        now=now,
        trace_id=trace_id,
    )
    owed = await preservation.start_follow_up(uow, case_id=case_id, action=action, now=now)
    if owed is not None:
        decided = decided.model_copy(update={"formal_process": owed})
    if request_id is not None:
        decided = decided.model_copy(update={"request_id": request_id})
    await _stage(uow, decided, case_id=case_id, trace_id=trace_id)
    return decided


async def case_state(*, pool: asyncpg.Pool, case_id: uuid.UUID) -> dict[str, Any]:
    """The review, the ladder's state, pending timers and the actions so far."""
    async with pool.acquire() as conn:
        case = await ReviewRepository(conn).get(case_id)
        if case is None:
            raise CaseNotFound(f"no reviewed case {case_id}")
        pending = await TimerRepository(conn).pending(case_id)
        actions = await ReviewRepository(conn).actions(case_id)
        holds = await preservation.holds_of_case(conn, case_id)
        follow_up = await preservation.follow_up_of_case(conn, case_id)
    return {
        "case_id": str(case_id),
        "review": case.review.model_dump(mode="json"),
        "current_tier": case.tier.value,
        "emergency": case.emergency,
        "escalations": case.escalation_count,
        "acknowledged_by": case.status.acknowledged_by,
        "decided_disposition": case.status.decided_disposition.value if case.status.decided_disposition else None,
        "production_hold": case.status.production_hold,
        "notice_released": case.status.notice_released,
        "pending_timers": [{"kind": t["kind"], "tier": t["tier"], "due_at": t["due_at"].isoformat()} for t in pending],
        "actions": actions,
        "holds": holds,
        "emergency_follow_up": follow_up,
    }


async def load_accounts(*, pool: asyncpg.Pool, entries: Iterable[Mapping[str, Any]]) -> int:
    async with UnitOfWork(pool) as uow:
        return await AccountRepository(uow.conn).upsert(entries)

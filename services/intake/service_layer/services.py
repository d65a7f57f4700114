"""Intake's use cases. Each runs in one unit of work: state and outbox commit together."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import asyncpg

from services.intake.adapters.repository import SCHEMA, CaseRepository
from services.intake.domain.model import Channel, ReceivedCase
from shared import inbox, metrics
from shared.contracts import (
    Envelope,
    LegalProcessCase,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    NoticeDispatched,
    NoticePlanned,
    envelope,
)
from shared.db import UnitOfWork
from shared.outbox import add_to_outbox

PRODUCER = "intake"


@dataclass(frozen=True)
class Submitted:
    case_id: uuid.UUID
    replayed: bool  # True when an Idempotency-Key retry returned the earlier case


async def submit_case(
    *,
    pool: asyncpg.Pool,
    case: LegalProcessCase,
    channel: Channel,
    trace_id: str,
    idempotency_key: str | None = None,
    received_at: datetime | None = None,
    submitted_by: str | None = None,
) -> Submitted:
    """Persist a demand and stage `legal-process.received.v1` for it, atomically.

    ``submitted_by`` (the staff member's actor) is stored on the case row in the same insert:
    that is the submission's audit record (see ``casework.submission_entry``).
    A retry with the same Idempotency-Key and the same case returns the first case id;
    with a different case it raises IdempotencyKeyReused. Nothing is written in either case.
    """
    received = ReceivedCase(
        case=case,
        channel=channel,
        received_at=received_at or datetime.now(UTC),
        trace_id=trace_id,
        idempotency_key=idempotency_key,
        submitted_by=submitted_by,
    )
    earlier = None
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        added = await cases.add(received)
        if added:
            event = envelope(received.received_event(), case_id=received.case_id, trace_id=trace_id, producer=PRODUCER)
            await add_to_outbox(uow.conn, schema=SCHEMA, topic=event.payload.TOPIC, event=event)
        else:
            earlier = await cases.by_idempotency_key(idempotency_key or "")
    if added:
        metrics.CASES_RECEIVED.labels(process_type=case.process_type.value, channel=channel).inc()
        return Submitted(case_id=received.case_id, replayed=False)
    assert earlier is not None, "insert conflicted only on the idempotency key"
    received.replay_of(earlier_fingerprint=earlier["fingerprint"])
    return Submitted(case_id=earlier["case_id"], replayed=True)


# The read model's consumers. Each takes one event or several (in partition order, one
# transaction: one commit for a poll's worth of events); each event applies once (its inbox row).


async def record_review(*, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessReviewed]) -> None:
    await record_reviews(pool=pool, consumer=consumer, events=[event])


async def record_reviews(
    *, pool: asyncpg.Pool, consumer: str, events: Sequence[Envelope[LegalProcessReviewed]]
) -> None:
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            await cases.record_review(
                case_id=event.case_id,
                review=event.payload.review,
                reviewed_at=event.payload.reviewed_at,
                acknowledge_by=event.payload.acknowledge_by,
            )


async def record_notice(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[NoticePlanned] | Envelope[NoticeDispatched]
) -> None:
    await record_notices(pool=pool, consumer=consumer, events=[event])


async def record_notices(
    *, pool: asyncpg.Pool, consumer: str, events: Sequence[Envelope[NoticePlanned] | Envelope[NoticeDispatched]]
) -> None:
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            await cases.record_notice(case_id=event.case_id, notice=event.payload, event_at=event.occurred_at)


async def record_timeline(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessEscalated] | Envelope[LegalProcessDecided]
) -> None:
    await record_timelines(pool=pool, consumer=consumer, events=[event])


async def record_timelines(
    *,
    pool: asyncpg.Pool,
    consumer: str,
    events: Sequence[Envelope[LegalProcessEscalated] | Envelope[LegalProcessDecided]],
) -> None:
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            await cases.record_timeline(event)


async def case_view(*, pool: asyncpg.Pool, case_id: uuid.UUID) -> dict[str, Any] | None:
    async with pool.acquire() as conn:
        return await CaseRepository(conn).view(case_id)


async def recent_cases(*, pool: asyncpg.Pool, limit: int = 50) -> list[dict[str, Any]]:
    async with pool.acquire() as conn:
        return [dict(row) for row in await CaseRepository(conn).recent(limit=limit)]

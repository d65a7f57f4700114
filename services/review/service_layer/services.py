"""The review service's use cases: review a received demand, exactly once per case."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

import asyncpg

from services.review.adapters.repository import SCHEMA, AccountRepository, ReviewRepository
from services.review.domain.assessment import AccountDirectory, RuleBook, assess
from shared import inbox
from shared.contracts import (
    Envelope,
    LegalProcessEscalated,
    LegalProcessReceived,
    LegalProcessReviewed,
    Review,
    envelope,
)
from shared.db import UnitOfWork
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import EscalationTier

PRODUCER = "review"
log = get_logger(__name__)


def escalation_for(review: Review, *, escalated_at: datetime, return_by: datetime | None) -> LegalProcessEscalated | None:
    """Above LEGAL_OPS a review is escalated to the tier's counsel; otherwise None."""
    if review.escalation_tier is EscalationTier.LEGAL_OPS:
        return None
    decisive = [f for f in review.findings if f.severity.value != "info"]
    return LegalProcessEscalated(
        tier=review.escalation_tier,
        reason="; ".join(f"{f.code}: {f.explanation}" for f in decisive)[:4000] or "review requires counsel",
        disposition=review.disposition,
        finding_codes=[f.code for f in review.findings],
        findings=review.findings,
        return_by=return_by,
        escalated_at=escalated_at,
    )


async def review_received(
    *,
    pool: asyncpg.Pool,
    rule_book: RuleBook,
    consumer: str,
    event: Envelope[LegalProcessReceived],
    clock: Callable[[], datetime],
) -> Review | None:
    """Assess the demand, store the review and stage `reviewed` (and `escalated`) in one transaction.

    Returns None when this event, or another event for the same case, was already reviewed.
    """
    received = event.payload
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return None
        entries = await AccountRepository(uow.conn).matching(received.case.targets)
        now = clock()
        review = assess(
            received.case,
            accounts=AccountDirectory.from_entries(entries),
            rule_book=rule_book,
            now=now,
            received_at=received.received_at,
        )
        stored = await ReviewRepository(uow.conn).add(
            case_id=event.case_id,
            received_event=event.event_id,
            review=review,
            received_at=received.received_at,
            reviewed_at=now,
        )
        if not stored:
            log.info("case already reviewed; duplicate received event ignored")
            return None
        reviewed = LegalProcessReviewed(
            received_at=received.received_at,
            reviewed_at=now,
            review=review,
            case_number=received.case.case_number,
            issuing_court=received.case.issuing_court,
            served_at=received.case.served_at,
            return_by=received.case.return_by,
        )
        for payload in (reviewed, escalation_for(review, escalated_at=now, return_by=received.case.return_by)):
            if payload is not None:
                out = envelope(payload, case_id=event.case_id, trace_id=event.trace_id, producer=PRODUCER)
                await add_to_outbox(uow.conn, schema=SCHEMA, topic=payload.TOPIC, event=out)
    log.info("case reviewed", disposition=review.disposition.value, tier=review.escalation_tier.value,
             findings=[f.code for f in review.findings])
    return review


async def load_accounts(*, pool: asyncpg.Pool, entries: Iterable[Mapping[str, Any]]) -> int:
    async with UnitOfWork(pool) as uow:
        return await AccountRepository(uow.conn).upsert(entries)

"""What the review integration tests share: the test clock, the escalation policy, a routine
court order, receiving a case through review's use case, and the demo account directory."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg

from services.review.domain.assessment import load_rule_book
from services.review.domain.escalation import EscalationPolicy
from services.review.service_layer import services
from shared.contracts import LegalProcessCase, LegalProcessReceived, envelope
from tests.conftest import DEMO_ACCOUNTS

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = EscalationPolicy()


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def routine_order(return_in_days: int = 10) -> LegalProcessCase:
    """A 2703(d) order for a public, known account: nothing for counsel, so LEGAL_OPS."""
    return LegalProcessCase.model_validate(
        {
            "process_type": "COURT_ORDER_2703D",
            "requester": {
                "name": "Federal Bureau of Investigation",
                "kind": "FEDERAL",
                "country": "US",
                "email": "agent@fbi.gov",
                "verified": True,
            },
            "targets": ["harbor_freight_fan"],
            "data_categories": ["NON_CONTENT_RECORDS"],
            "date_range": {"start": "2026-01-01", "end": "2026-02-01"},
            "served_at": T0.isoformat(),
            "return_by": (T0 + timedelta(days=return_in_days)).isoformat(),
            "case_number": "1:26-mj-00042",
            "issuing_court": "E.D. Va.",
        }
    )


async def receive(pool: asyncpg.Pool, clock: Clock, case: LegalProcessCase) -> uuid.UUID:
    case_id = uuid.uuid4()
    event = envelope(
        LegalProcessReceived(channel="api", received_at=clock(), case=case),
        case_id=case_id,
        trace_id="t",
        producer="test",
    )
    review = await services.review_received(
        pool=pool, rule_book=load_rule_book(), policy=POLICY, consumer="review.received", event=event, clock=clock
    )
    assert review is not None
    return case_id


async def load_demo_accounts(pool: asyncpg.Pool) -> None:
    """Review's account directory: the demo accounts."""
    await services.load_accounts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))

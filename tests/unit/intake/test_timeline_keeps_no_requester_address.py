"""Intake's case timeline stores an escalation's or a staff action's payload as it came, without
the findings and without the emergency requester's address that a disclosure or a follow-up
reminder carries for notify (``formal_process.requester_email``: personal, sealed on Kafka and in
review; intake's timeline is not sealed)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, cast

import asyncpg

from services.intake.adapters.repository import CaseRepository
from shared.contracts import (
    FormalProcessOwed,
    LegalProcessDecided,
    LegalProcessEscalated,
    envelope,
)
from shared.vocabulary import CounselAction, Disposition, EscalationTier

AT = datetime(2026, 12, 7, 15, tzinfo=UTC)
OWED = FormalProcessOwed(expected_by=datetime(2027, 1, 6, 15, tzinfo=UTC), requester_email="duty.agent@fbi.gov")


class Conn:
    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []

    async def execute(self, sql: str, *args: Any) -> str:
        assert "intake.case_timeline" in sql
        self.rows.append(args)
        return "INSERT 0 1"


async def _stored(payload: LegalProcessDecided | LegalProcessEscalated) -> dict[str, Any]:
    conn = Conn()
    event = envelope(payload, case_id=uuid.uuid4(), trace_id="t", producer="review")
    await CaseRepository(cast(asyncpg.Connection, conn)).record_timeline(event)
    ((_, _, _, detail, _),) = conn.rows
    return cast(dict[str, Any], detail)


async def test_a_disclosure_on_the_timeline_keeps_the_date_owed_but_not_the_requesters_address() -> None:
    decided = LegalProcessDecided(
        action=CounselAction.PRODUCTION_MADE,
        decided_by="Legal Ops <ops@dueprocess.test>",
        reason="Disclosed to the duty agent",
        decided_at=AT,
        formal_process=OWED,
    )
    detail = await _stored(decided)
    assert detail["formal_process"] == {"expected_by": "2027-01-06T15:00:00Z"}
    assert "duty.agent@fbi.gov" not in repr(detail)
    assert detail["action"] == "PRODUCTION_MADE" and detail["reason"] == "Disclosed to the duty agent"


async def test_a_follow_up_reminder_on_the_timeline_keeps_no_address_either() -> None:
    escalated = LegalProcessEscalated(
        tier=EscalationTier.LEGAL_OPS,
        reason="Formal legal process is expected by 6 Jan 2027",
        disposition=Disposition.COMPLY,
        finding_codes=["EDR_POST_NOTICE"],
        escalated_at=AT,
        formal_process=OWED,
    )
    detail = await _stored(escalated)
    assert "duty.agent@fbi.gov" not in repr(detail) and detail["formal_process"]["expected_by"]
    assert "findings" not in detail

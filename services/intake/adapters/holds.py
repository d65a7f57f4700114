"""Intake's read model of preservation holds (``legal-hold.v1``), through asyncpg."""

from __future__ import annotations

import uuid
from typing import Any

import asyncpg

from shared.contracts import Envelope, LegalHoldChanged


class HoldViewRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def apply(self, event: Envelope[LegalHoldChanged]) -> None:
        """Keep the hold's latest change (a later sequence wins; an older one arriving late only
        adds its case)."""
        hold = event.payload
        await self._conn.execute(
            """
            INSERT INTO intake.holds (hold_id, cases, change, sequence, data_categories, records_as_of, expires_at,
                                      extended, follows_case_id, release_reason, changed_at)
            VALUES ($1, ARRAY[$2::uuid], $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (hold_id) DO UPDATE SET
                cases = (SELECT array_agg(DISTINCT c) FROM unnest(intake.holds.cases || EXCLUDED.cases) AS c),
                change = CASE WHEN EXCLUDED.sequence > intake.holds.sequence THEN EXCLUDED.change ELSE intake.holds.change END,
                expires_at = CASE WHEN EXCLUDED.sequence > intake.holds.sequence THEN EXCLUDED.expires_at ELSE intake.holds.expires_at END,
                extended = intake.holds.extended OR EXCLUDED.extended,
                follows_case_id = coalesce(EXCLUDED.follows_case_id, intake.holds.follows_case_id),
                release_reason = coalesce(EXCLUDED.release_reason, intake.holds.release_reason),
                changed_at = greatest(EXCLUDED.changed_at, intake.holds.changed_at),
                sequence = greatest(EXCLUDED.sequence, intake.holds.sequence)
            """,
            hold.hold_id,
            event.case_id,
            hold.change,
            hold.sequence,
            [c.value for c in hold.data_categories],
            hold.records_as_of,
            hold.expires_at,
            hold.extended,
            hold.follows_case_id,
            hold.release_reason,
            hold.changed_at,
        )

    async def of_case(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            "SELECT * FROM intake.holds WHERE $1 = ANY(cases) ORDER BY records_as_of, hold_id", case_id
        )
        return [dict(row) for row in rows]

    async def listing(self, *, limit: int = 200) -> list[dict[str, Any]]:
        """Holds in force first, expiring soonest first (those following a case, with no expiry,
        after them); released ones last, latest first."""
        rows = await self._conn.fetch(
            """
            SELECT * FROM intake.holds
             ORDER BY (change = 'RELEASED'), expires_at ASC NULLS LAST, changed_at DESC
             LIMIT $1
            """,
            limit,
        )
        return [dict(row) for row in rows]

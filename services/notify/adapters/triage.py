"""Cases intake dismissed in triage as not legal process (``notify.triage_dismissals``)."""

from __future__ import annotations

import uuid
from datetime import datetime

import asyncpg


class PostgresTriageRepository:
    """What notify remembers of triage: a dismissal, so that a late held event owes nothing."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def record_dismissal(
        self, *, case_id: uuid.UUID, dismissed_at: datetime, event_id: uuid.UUID, now: datetime
    ) -> bool:
        """Remember that intake dismissed the case in triage; False when already known."""
        return bool(
            await self._conn.fetchval(
                """
            INSERT INTO notify.triage_dismissals (case_id, dismissed_at, event_id, recorded_at)
            VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING RETURNING true
            """,
                case_id,
                dismissed_at,
                event_id,
                now,
            )
        )

    async def dismissed(self, case_id: uuid.UUID) -> bool:
        """Whether intake dismissed the case in triage as not legal process."""
        return bool(await self._conn.fetchval("SELECT true FROM notify.triage_dismissals WHERE case_id = $1", case_id))

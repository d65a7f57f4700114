"""Delivery reports (RFC 3464) that came back to the return path, through asyncpg."""

from __future__ import annotations

import uuid
from datetime import datetime

import asyncpg

from services.notify.adapters.notices import wake_dispatchers


class PostgresDeliveryReportRepository:
    """``notify.delivery_reports``, and waking a notice that waits for one."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def add(
        self, *, notice_id: uuid.UUID | None, outcome: str, status: str, report_sha256: str, received_at: datetime
    ) -> tuple[bool, uuid.UUID | None]:
        """Store a delivery report once (by its hash). Returns (new, the notice it is about:
        None when the report names no notice of ours)."""
        row = await self._conn.fetchrow(
            """
            INSERT INTO notify.delivery_reports (notice_id, outcome, status, report_sha256, received_at)
            VALUES ((SELECT notice_id FROM notify.notices WHERE notice_id = $1), $2, $3, $4, $5)
            ON CONFLICT (report_sha256) DO NOTHING
            RETURNING notice_id
            """,
            notice_id,
            outcome,
            status[:200],
            report_sha256,
            received_at,
        )
        return (row is not None, row["notice_id"] if row else None)

    async def settling_report(self, notice_id: uuid.UUID) -> str | None:
        """The outcome (DELIVERED or FAILED) of the latest delivery report about the notice
        since it was last retried by hand, if any."""
        outcome: str | None = await self._conn.fetchval(
            """
            SELECT r.outcome FROM notify.delivery_reports r
             WHERE r.notice_id = $1 AND r.outcome IN ('DELIVERED', 'FAILED')
               AND r.received_at >= COALESCE((SELECT max(a.at) FROM notify.delivery_attempts a
                                               WHERE a.notice_id = $1 AND a.outcome = 'RETRY_REQUESTED'),
                                             '-infinity')
             ORDER BY r.id DESC LIMIT 1
            """,
            notice_id,
        )
        return outcome

    async def wake_unconfirmed(self, *, notice_id: uuid.UUID, now: datetime) -> bool:
        """A report came for a notice waiting for one: due now (the dispatcher settles it).
        Looks first without a lock, so a report about a notice a batch is still sending does
        not wait for that batch."""
        waiting = await self._conn.fetchval(
            "SELECT unconfirmed_until IS NOT NULL FROM notify.notices WHERE notice_id = $1", notice_id
        )
        if not waiting:
            return False
        woken = await self._conn.fetchval(
            """
            UPDATE notify.notices SET next_attempt_at = $2
             WHERE notice_id = $1 AND unconfirmed_until IS NOT NULL AND status IN ('PENDING', 'SCHEDULED')
            RETURNING true
            """,
            notice_id,
            now,
        )
        if woken:
            await wake_dispatchers(self._conn)
        return bool(woken)

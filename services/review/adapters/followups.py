"""Emergency disclosures' follow-ups, through asyncpg, on the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

import asyncpg

from services.review.adapters.holds import account_key, requester_key
from shared.crypto import aad
from shared.db import vault_of


def requester_email_aad(case_id: object) -> str:
    return aad("review.emergency_followups", "sealed_requester_email", case_id)


class FollowUpRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def open(
        self, *, case_id: uuid.UUID, requester: str, accounts: Iterable[str], requester_email: str | None = None
    ) -> None:
        """An emergency case was reviewed: remember whom and what its follow-up concerns, and the
        requester's address (sealed) to tell it what formal process it owes."""
        vault = vault_of(self._conn)
        await self._conn.execute(
            "INSERT INTO review.emergency_followups (case_id, requester_key, account_keys, sealed_requester_email)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING",
            case_id,
            requester_key(vault, requester),
            sorted({account_key(vault, a) for a in accounts}),
            vault.seal(requester_email, aad=requester_email_aad(case_id)) if requester_email else None,
        )

    async def disclosed(
        self, case_id: uuid.UUID, *, at: datetime, expected_by: datetime, next_reminder_at: datetime | None
    ) -> bool:
        """The first disclosure on the case starts the wait; False if none is owed or it started already."""
        done = await self._conn.fetchval(
            """
            UPDATE review.emergency_followups
               SET disclosed_at = $2, expected_by = $3, next_reminder_at = $4
             WHERE case_id = $1 AND disclosed_at IS NULL AND satisfied_by IS NULL
            RETURNING true
            """,
            case_id,
            at,
            expected_by,
            next_reminder_at,
        )
        return bool(done)

    async def requester_email(self, case_id: uuid.UUID) -> str | None:
        """The requester's address kept for the case's follow-up (None: the demand gave none)."""
        sealed = await self._conn.fetchval(
            "SELECT sealed_requester_email FROM review.emergency_followups WHERE case_id = $1", case_id
        )
        return vault_of(self._conn).open(sealed, aad=requester_email_aad(case_id)) if sealed else None

    async def satisfy(self, *, requester: str, accounts: Iterable[str], by: uuid.UUID, at: datetime) -> int:
        """Formal legal process arrived: the follow-ups of the same requester and accounts end."""
        vault = vault_of(self._conn)
        result = await self._conn.execute(
            """
            UPDATE review.emergency_followups SET satisfied_by = $3, satisfied_at = $4, next_reminder_at = NULL
             WHERE requester_key = $1 AND account_keys && $2::text[] AND satisfied_by IS NULL AND case_id <> $3
            """,
            requester_key(vault, requester),
            sorted({account_key(vault, a) for a in accounts}),
            by,
            at,
        )
        return int(result.split()[-1])

    async def lock_due(self, *, now: datetime, limit: int) -> list[asyncpg.Record]:
        rows: list[asyncpg.Record] = await self._conn.fetch(
            """
            SELECT case_id, expected_by, next_reminder_at, reminders_sent FROM review.emergency_followups
             WHERE satisfied_by IS NULL AND next_reminder_at <= $1
             ORDER BY next_reminder_at LIMIT $2
               FOR UPDATE SKIP LOCKED
            """,
            now,
            limit,
        )
        return rows

    async def reminded(self, case_id: uuid.UUID, *, next_reminder_at: datetime | None) -> None:
        await self._conn.execute(
            "UPDATE review.emergency_followups SET reminders_sent = reminders_sent + 1, next_reminder_at = $2"
            " WHERE case_id = $1",
            case_id,
            next_reminder_at,
        )

    async def of_case(self, case_id: uuid.UUID) -> dict[str, object] | None:
        row = await self._conn.fetchrow(
            "SELECT disclosed_at, expected_by, next_reminder_at, reminders_sent, satisfied_by, satisfied_at"
            " FROM review.emergency_followups WHERE case_id = $1",
            case_id,
        )
        if row is None:
            return None
        return {
            k: (v.isoformat() if isinstance(v, datetime) else str(v) if isinstance(v, uuid.UUID) else v)
            for k, v in dict(row).items()
        }

"""Preservation holds and their timers, through asyncpg, on the caller's transaction.

A hold's accounts are sealed (bound to the hold id); it is found by blind indexes of the
requesting agency and of each account's handle (``shared.handles.normalize_handle``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import asyncpg

from services.review.adapters.repository import TIMER_CHANNEL
from services.review.domain.holds import Hold, HoldStatus, HoldTimer, HoldTimerKind, ReleaseReason
from shared.crypto import Vault, aad
from shared.db import vault_of
from shared.handles import normalize_handle
from shared.vocabulary import DataCategory


def requester_key(vault: Vault, requester: str) -> str:
    return vault.blind(requester, purpose="review.holds.requester")


def account_key(vault: Vault, handle: str) -> str:
    return vault.blind(normalize_handle(handle), purpose="review.holds.account")


def accounts_aad(hold_id: object) -> str:
    return aad("review.holds", "sealed_accounts", hold_id)


class HoldRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def save(self, hold: Hold) -> None:
        """Insert or update the hold (the requester's key is written on insert only)."""
        vault = self._vault
        await self._conn.execute(
            """
            INSERT INTO review.holds (hold_id, requester_key, account_keys, sealed_accounts, categories, placed_by,
                                      received_at, expires_at, status, extended_by, follows_case, released_at,
                                      release_reason, sequence, cases)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            ON CONFLICT (hold_id) DO UPDATE SET
                expires_at = EXCLUDED.expires_at, status = EXCLUDED.status, extended_by = EXCLUDED.extended_by,
                follows_case = EXCLUDED.follows_case, released_at = EXCLUDED.released_at,
                release_reason = EXCLUDED.release_reason, sequence = EXCLUDED.sequence, cases = EXCLUDED.cases,
                updated_at = now()
            """,
            hold.hold_id,
            requester_key(vault, hold.requester),
            sorted(account_key(vault, a) for a in hold.accounts),
            vault.seal_json({"accounts": sorted(hold.accounts)}, aad=accounts_aad(hold.hold_id)),
            sorted(c.value for c in hold.categories),
            hold.placed_by,
            hold.received_at,
            hold.expires_at,
            hold.status.value,
            hold.extended_by,
            hold.follows_case,
            hold.released_at,
            hold.release_reason.value if hold.release_reason else None,
            hold.sequence,
            list(hold.cases),
        )

    def _hold(self, row: asyncpg.Record, requester: str) -> Hold:
        opened: dict[str, Any] = self._vault.open_json(row["sealed_accounts"], aad=accounts_aad(row["hold_id"]))
        return Hold(
            hold_id=row["hold_id"],
            requester=requester,
            accounts=frozenset(opened["accounts"]),
            categories=frozenset(DataCategory(c) for c in row["categories"]),
            placed_by=row["placed_by"],
            received_at=row["received_at"],
            expires_at=row["expires_at"],
            status=HoldStatus(row["status"]),
            extended_by=row["extended_by"],
            follows_case=row["follows_case"],
            released_at=row["released_at"],
            release_reason=ReleaseReason(row["release_reason"]) if row["release_reason"] else None,
            sequence=row["sequence"],
            cases=tuple(row["cases"]),
        )

    async def open_for(self, *, requester: str, accounts: Iterable[str]) -> list[Hold]:
        """The holds not released of this requester naming any of ``accounts``, locked, oldest first."""
        vault = self._vault
        keys = sorted({account_key(vault, a) for a in accounts})
        if not keys:
            return []
        rows = await self._conn.fetch(
            """
            SELECT * FROM review.holds
             WHERE requester_key = $1 AND account_keys && $2::text[] AND status <> 'RELEASED'
             ORDER BY received_at, hold_id
               FOR UPDATE
            """,
            requester_key(vault, requester),
            keys,
        )
        return [self._hold(row, requester) for row in rows]

    async def following(self, case_id: uuid.UUID) -> list[Hold]:
        """The holds that follow ``case_id``, locked (their requester is not needed: kept opaque)."""
        rows = await self._conn.fetch(
            "SELECT * FROM review.holds WHERE follows_case = $1 AND status = 'FOLLOWS_CASE' FOR UPDATE", case_id
        )
        return [self._hold(row, row["requester_key"]) for row in rows]

    async def lock(self, hold_id: uuid.UUID) -> Hold | None:
        row = await self._conn.fetchrow("SELECT * FROM review.holds WHERE hold_id = $1 FOR UPDATE", hold_id)
        return None if row is None else self._hold(row, row["requester_key"])

    async def of_case(self, case_id: uuid.UUID) -> list[Hold]:
        """Every hold a case placed, extended or took over."""
        rows = await self._conn.fetch(
            "SELECT * FROM review.holds WHERE $1 = ANY(cases) ORDER BY received_at, hold_id", case_id
        )
        return [self._hold(row, row["requester_key"]) for row in rows]


class HoldTimerRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def replace(self, hold_id: uuid.UUID, timers: Iterable[HoldTimer], *, now: datetime) -> None:
        """Cancel the hold's pending timers and plan ``timers`` instead."""
        await self._conn.execute(
            "UPDATE review.hold_timers SET cancelled_at = $2 WHERE hold_id = $1 AND fired_at IS NULL"
            " AND cancelled_at IS NULL",
            hold_id,
            now,
        )
        rows = [(hold_id, t.kind.value, t.due_at) for t in timers]
        if rows:
            await self._conn.executemany(
                "INSERT INTO review.hold_timers (hold_id, kind, due_at) VALUES ($1, $2, $3)", rows
            )
            await self._conn.execute("SELECT pg_notify($1, '')", TIMER_CHANNEL)

    async def lock_due(self, *, now: datetime, limit: int) -> list[tuple[int, uuid.UUID, HoldTimerKind]]:
        rows = await self._conn.fetch(
            """
            SELECT timer_id, hold_id, kind FROM review.hold_timers
             WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1
             ORDER BY due_at LIMIT $2
               FOR UPDATE SKIP LOCKED
            """,
            now,
            limit,
        )
        return [(row["timer_id"], row["hold_id"], HoldTimerKind(row["kind"])) for row in rows]

    async def mark_fired(self, timer_id: int, *, now: datetime) -> None:
        await self._conn.execute("UPDATE review.hold_timers SET fired_at = $2 WHERE timer_id = $1", timer_id, now)

    async def pending(self, hold_id: uuid.UUID) -> list[HoldTimer]:
        rows = await self._conn.fetch(
            "SELECT kind, due_at FROM review.hold_timers WHERE hold_id = $1 AND fired_at IS NULL"
            " AND cancelled_at IS NULL ORDER BY due_at",
            hold_id,
        )
        return [HoldTimer(HoldTimerKind(row["kind"]), row["due_at"]) for row in rows]

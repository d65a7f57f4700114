"""The review service's tables, through asyncpg, on the caller's connection/transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import asyncpg

from services.review.domain.accounts import target_candidates
from shared.contracts import Review

SCHEMA = "review"


def lookup_keys(entry: Mapping[str, Any]) -> list[str]:
    """The case-folded identifiers a demand may name an account by."""
    keys = [str(entry["handle"])]
    keys += [str(entry[field]) for field in ("id", "account_id", "contact_email") if entry.get(field)]
    return sorted({key for raw in keys for key in target_candidates(raw)})


class AccountRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        rows = [(str(e["handle"]).removeprefix("@"), lookup_keys(e), dict(e)) for e in entries]
        await self._conn.executemany(
            """
            INSERT INTO review.accounts (handle, lookup_keys, entry) VALUES ($1, $2, $3)
            ON CONFLICT (handle) DO UPDATE SET lookup_keys = EXCLUDED.lookup_keys, entry = EXCLUDED.entry,
                                              updated_at = now()
            """,
            rows,
        )
        return len(rows)

    async def matching(self, targets: Iterable[str]) -> list[dict[str, Any]]:
        keys = sorted({key for target in targets for key in target_candidates(target)})
        if not keys:
            return []
        rows = await self._conn.fetch("SELECT entry FROM review.accounts WHERE lookup_keys && $1::text[]", keys)
        return [row["entry"] for row in rows]


class ReviewRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def add(
        self, *, case_id: uuid.UUID, received_event: uuid.UUID, review: Review, received_at: datetime, reviewed_at: datetime
    ) -> bool:
        """Store the case's review; False if the case was already reviewed (never twice)."""
        inserted = await self._conn.fetchval(
            """
            INSERT INTO review.reviews (case_id, received_event, review, disposition, escalation_tier,
                                        rule_set_version, received_at, reviewed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (case_id) DO NOTHING RETURNING true
            """,
            case_id,
            received_event,
            review.model_dump(mode="json"),
            review.disposition.value,
            review.escalation_tier.value,
            review.rule_set_version,
            received_at,
            reviewed_at,
        )
        return bool(inserted)

    async def get(self, case_id: uuid.UUID) -> dict[str, Any] | None:
        return await self._conn.fetchval("SELECT review FROM review.reviews WHERE case_id = $1", case_id)

"""The review service's tables, through asyncpg, on the caller's connection/transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

from services.review.adapters.sealing import (
    account_key,
    case_index_key,
    entry_aad,
    legacy_account_key,
    lookup_index,
    review_aad,
    summary_aad,
    target_lookup_keys,
)
from services.review.domain.decisions import CaseStatus
from services.review.domain.escalation import CaseClock, TimerKind, TimerPlan
from services.review.domain.history import EarlierCase, normalized_case_number
from shared.contracts import LegalProcessDecided, Review
from shared.crypto import Vault
from shared.db import vault_of
from shared.handles import directory_keys
from shared.sealing import review_projection
from shared.vocabulary import Disposition, EscalationTier

SCHEMA = "review"
TIMER_CHANNEL = "review_timers"


@dataclass(frozen=True)
class ReviewedCase:
    """A stored review with the escalation ladder's and counsel's state."""

    case_id: uuid.UUID
    review: Review
    tier: EscalationTier
    emergency: bool
    return_by: datetime | None
    escalation_count: int
    status: CaseStatus

    @classmethod
    def from_row(cls, row: asyncpg.Record, review: dict[str, Any]) -> ReviewedCase:
        """The row's ladder state with its review (opened from ``sealed_review``)."""
        return cls(
            case_id=row["case_id"],
            review=Review.model_validate(review),
            tier=EscalationTier(row["current_tier"]),
            emergency=row["emergency"],
            return_by=row["return_by"],
            escalation_count=row["escalation_count"],
            status=CaseStatus(
                acknowledged_by=row["acknowledged_by"],
                decided_disposition=Disposition(row["decided_disposition"]) if row["decided_disposition"] else None,
                production_hold=row["production_hold"],
                notice_released=row["notice_released"],
            ),
        )

    @property
    def clock(self) -> CaseClock:
        return CaseClock(
            tier=self.tier,
            emergency=self.emergency,
            return_by=self.return_by,
            acknowledged=self.status.acknowledged,
            decided=self.status.decided,
        )


class AccountRepository:
    """The directory: entries sealed, keyed and found by blind indexes (``adapters.sealing``)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        vault = self._vault
        rows, moved = [], []
        for e in entries:
            key = account_key(vault, str(e["handle"]))
            rows.append(
                (key, [lookup_index(vault, k) for k in directory_keys(e)], vault.seal_json(dict(e), aad=entry_aad(key)))
            )
            # An entry stored before the NFKC normalisation of handles moves to its new key.
            if (legacy := legacy_account_key(vault, str(e["handle"]))) != key:
                moved.append((legacy,))
        if moved:
            await self._conn.executemany("DELETE FROM review.accounts WHERE handle_key = $1", moved)
        await self._conn.executemany(
            """
            INSERT INTO review.accounts (handle_key, lookup_keys, sealed_entry) VALUES ($1, $2, $3)
            ON CONFLICT (handle_key) DO UPDATE SET lookup_keys = EXCLUDED.lookup_keys, entry = NULL,
                                                  sealed_entry = EXCLUDED.sealed_entry, updated_at = now()
            """,
            rows,
        )
        return len(rows)

    async def matching(self, targets: Iterable[str]) -> list[dict[str, Any]]:
        vault = self._vault
        keys = sorted({lookup_index(vault, key) for target in targets for key in target_lookup_keys(target)})
        if not keys:
            return []
        rows = await self._conn.fetch(
            "SELECT handle_key, sealed_entry FROM review.accounts WHERE lookup_keys && $1::text[]", keys
        )
        return [vault.open_json(row["sealed_entry"], aad=entry_aad(row["handle_key"])) for row in rows]


class ReviewRepository:
    """Reviews with the ladder's state; the review itself sealed, ``review`` a non-personal projection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def add(
        self,
        *,
        case_id: uuid.UUID,
        received_event: uuid.UUID,
        review: Review,
        received_at: datetime,
        reviewed_at: datetime,
        emergency: bool,
        return_by: datetime | None,
    ) -> bool:
        """Store the case's review; False if the case was already reviewed (never twice)."""
        inserted = await self._conn.fetchval(
            """
            INSERT INTO review.reviews (case_id, received_event, review, disposition, escalation_tier,
                                        rule_set_version, received_at, reviewed_at, current_tier, emergency, return_by,
                                        sealed_review)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5, $9, $10, $11)
            ON CONFLICT (case_id) DO NOTHING RETURNING true
            """,
            case_id,
            received_event,
            review_projection(review.model_dump(mode="json")),
            review.disposition.value,
            review.escalation_tier.value,
            review.rule_set_version,
            received_at,
            reviewed_at,
            emergency,
            return_by,
            self._vault.seal_json(review.model_dump(mode="json"), aad=review_aad(case_id)),
        )
        return bool(inserted)

    async def lock(self, case_id: uuid.UUID) -> ReviewedCase | None:
        """The case's review and ladder state, locked until the transaction ends."""
        return await self.get(case_id, lock=True)

    async def get(self, case_id: uuid.UUID, *, lock: bool = False) -> ReviewedCase | None:
        row = await self._conn.fetchrow(
            "SELECT * FROM review.reviews WHERE case_id = $1" + (" FOR UPDATE" if lock else ""), case_id
        )
        if row is None:
            return None
        return ReviewedCase.from_row(row, self._vault.open_json(row["sealed_review"], aad=review_aad(case_id)))

    async def save_state(self, case: ReviewedCase) -> None:
        await self._conn.execute(
            """
            UPDATE review.reviews
               SET current_tier = $2, escalation_count = $3, acknowledged_by = $4, decided_disposition = $5,
                   production_hold = $6, notice_released = $7, return_by = $8
             WHERE case_id = $1
            """,
            case.case_id,
            case.tier.value,
            case.escalation_count,
            case.status.acknowledged_by,
            case.status.decided_disposition.value if case.status.decided_disposition else None,
            case.status.production_hold,
            case.status.notice_released,
            case.return_by,
        )

    async def add_action(self, *, case_id: uuid.UUID, event: LegalProcessDecided, action_id: uuid.UUID) -> None:
        await self._conn.execute(
            """
            INSERT INTO review.case_actions (action_id, case_id, action, actor, reason, disposition, overrides, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            action_id,
            case_id,
            event.action.value,
            event.decided_by,
            event.reason,
            event.disposition.value if event.disposition else None,
            event.overrides_recommendation,
            event.decided_at,
        )

    async def actions(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            "SELECT action, actor, reason, disposition, overrides, at FROM review.case_actions"
            " WHERE case_id = $1 ORDER BY seq",
            case_id,
        )
        return [{**dict(row), "at": row["at"].isoformat()} for row in rows]


class CaseIndex:
    """Summaries of reviewed cases, to find the ones a new demand may duplicate. The summary is
    sealed; the fingerprint and Message-ID are blind indexes, the case number is not personal."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def add(self, summary: EarlierCase) -> None:
        vault = self._vault
        case_id = uuid.UUID(summary.case_id)
        await self._conn.execute(
            """
            INSERT INTO review.case_index (case_id, received_at, fingerprint, message_id, case_number, sealed_summary)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (case_id) DO NOTHING
            """,
            case_id,
            summary.received_at,
            case_index_key(vault, summary.fingerprint, what="fingerprint"),
            case_index_key(vault, summary.message_id, what="message_id"),
            normalized_case_number(summary.case_number),
            vault.seal_json(summary.model_dump(mode="json"), aad=summary_aad(case_id)),
        )

    async def candidates(self, summary: EarlierCase, *, limit: int = 20) -> list[EarlierCase]:
        """Earlier cases sharing the document, the Message-ID or the case number (the rule decides)."""
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT case_id, sealed_summary FROM review.case_index
             WHERE received_at < $1 AND case_id <> $2
               AND (fingerprint = $3 OR message_id = $4 OR case_number = $5)
             ORDER BY received_at LIMIT $6
            """,
            summary.received_at,
            uuid.UUID(summary.case_id),
            case_index_key(vault, summary.fingerprint, what="fingerprint"),
            case_index_key(vault, summary.message_id, what="message_id"),
            normalized_case_number(summary.case_number),
            limit,
        )
        return [
            EarlierCase.model_validate(vault.open_json(row["sealed_summary"], aad=summary_aad(row["case_id"])))
            for row in rows
        ]


class TimerRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def add(self, *, case_id: uuid.UUID, timers: Iterable[TimerPlan]) -> None:
        rows = [(case_id, t.kind.value, t.tier.value, t.due_at) for t in timers]
        if rows:
            await self._conn.executemany(
                "INSERT INTO review.timers (case_id, kind, tier, due_at) VALUES ($1, $2, $3, $4)", rows
            )
            await self._conn.execute("SELECT pg_notify($1, '')", TIMER_CHANNEL)

    async def lock_due(self, *, now: datetime, limit: int) -> list[asyncpg.Record]:
        """Pending timers that came due, locked for this instance; other instances skip them."""
        rows: list[asyncpg.Record] = await self._conn.fetch(
            """
            SELECT timer_id, case_id, kind FROM review.timers
             WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1
             ORDER BY due_at
             LIMIT $2
               FOR UPDATE SKIP LOCKED
            """,
            now,
            limit,
        )
        return rows

    async def mark_fired(self, timer_id: int, *, now: datetime) -> None:
        await self._conn.execute("UPDATE review.timers SET fired_at = $2 WHERE timer_id = $1", timer_id, now)

    async def cancel(self, *, case_id: uuid.UUID, kinds: Iterable[TimerKind] | None, now: datetime) -> int:
        """Cancel the case's pending timers (of ``kinds``, or all); returns how many."""
        result = await self._conn.execute(
            """
            UPDATE review.timers SET cancelled_at = $2
             WHERE case_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL
               AND ($3::text[] IS NULL OR kind = ANY($3::text[]))
            """,
            case_id,
            now,
            [k.value for k in kinds] if kinds is not None else None,
        )
        return int(result.split()[-1])

    async def pending(self, case_id: uuid.UUID) -> list[asyncpg.Record]:
        rows: list[asyncpg.Record] = await self._conn.fetch(
            "SELECT kind, tier, due_at FROM review.timers WHERE case_id = $1 AND fired_at IS NULL"
            " AND cancelled_at IS NULL ORDER BY due_at",
            case_id,
        )
        return rows

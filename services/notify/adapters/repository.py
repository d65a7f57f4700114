"""The notify service's tables, through asyncpg, on the caller's connection/transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import asyncpg

from services.notify.domain.model import PlannedNotice, RenderedNotice
from shared.contracts import LegalProcessReviewed
from shared.vocabulary import NoticeStatus

SCHEMA = "notify"
DISPATCH_CHANNEL = "notify_dispatch"


def lookup_keys(entry: Mapping[str, Any]) -> list[str]:
    keys = [str(entry["handle"]).removeprefix("@")]
    keys += [str(entry[field]) for field in ("id", "account_id", "contact_email") if entry.get(field)]
    return sorted({key.lower() for key in keys})


class ContactRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        rows = [
            (
                str(e["handle"]).removeprefix("@"),
                lookup_keys(e),
                {"handle": str(e["handle"]).removeprefix("@"), "contact_email": e.get("contact_email"),
                 "counsel": e.get("counsel")},
            )
            for e in entries
        ]
        await self._conn.executemany(
            """
            INSERT INTO notify.contacts (handle, lookup_keys, entry) VALUES ($1, $2, $3)
            ON CONFLICT (handle) DO UPDATE SET lookup_keys = EXCLUDED.lookup_keys, entry = EXCLUDED.entry,
                                              updated_at = now()
            """,
            rows,
        )
        return len(rows)

    async def matching(self, targets: Iterable[str]) -> list[dict[str, Any]]:
        keys = sorted({target.removeprefix("@").lower() for target in targets})
        if not keys:
            return []
        rows = await self._conn.fetch("SELECT entry FROM notify.contacts WHERE lookup_keys && $1::text[]", keys)
        return [row["entry"] for row in rows]


class NoticeRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def save_review(self, *, case_id: uuid.UUID, reviewed: LegalProcessReviewed) -> None:
        await self._conn.execute(
            """
            INSERT INTO notify.case_reviews (case_id, reviewed) VALUES ($1, $2)
            ON CONFLICT (case_id) DO UPDATE SET reviewed = EXCLUDED.reviewed, updated_at = now()
            """,
            case_id,
            reviewed.model_dump(mode="json"),
        )

    async def review_of(self, case_id: uuid.UUID) -> LegalProcessReviewed | None:
        stored = await self._conn.fetchval("SELECT reviewed FROM notify.case_reviews WHERE case_id = $1", case_id)
        return LegalProcessReviewed.model_validate(stored) if stored is not None else None

    async def add(
        self, *, notice: PlannedNotice, rendered: RenderedNotice, trace_id: str
    ) -> bool:
        """Record an owed notice; False when the same notice (by key) already exists."""
        inserted = await self._conn.fetchval(
            """
            INSERT INTO notify.notices (notice_id, notice_key, case_id, trace_id, kind, role, handle, recipient,
                                        status, not_before, subject, body_text, body_html, next_attempt_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, COALESCE($10, now()))
            ON CONFLICT (notice_key) DO NOTHING RETURNING true
            """,
            notice.notice_id,
            notice.notice_key,
            notice.case_id,
            trace_id,
            notice.kind.value,
            notice.role.value,
            notice.handle,
            notice.recipient,
            notice.status.value,
            notice.not_before,
            rendered.subject,
            rendered.text,
            rendered.html,
        )
        if inserted:
            await self._conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)
        return bool(inserted)

    async def lock_due(self, *, now: datetime, limit: int) -> list[asyncpg.Record]:
        """Notices due to be sent, locked for this dispatcher; others skip them."""
        return await self._conn.fetch(
            """
            SELECT * FROM notify.notices
             WHERE status IN ('PENDING', 'SCHEDULED')
               AND next_attempt_at <= $1
               AND (not_before IS NULL OR not_before <= $1)
             ORDER BY next_attempt_at
             LIMIT $2
               FOR UPDATE SKIP LOCKED
            """,
            now,
            limit,
        )

    async def mark_sent(self, *, notice_id: uuid.UUID, message_id: str, sent_at: datetime) -> None:
        await self._conn.execute(
            """
            UPDATE notify.notices SET status = $2, message_id = $3, sent_at = $4, attempts = attempts + 1,
                                      last_error = NULL
             WHERE notice_id = $1
            """,
            notice_id,
            NoticeStatus.SENT.value,
            message_id,
            sent_at,
        )

    async def mark_attempt_failed(
        self, *, notice_id: uuid.UUID, error: str, retry_at: datetime | None
    ) -> None:
        """Count a failed attempt; ``retry_at`` None means permanent: the notice is FAILED, still owed."""
        await self._conn.execute(
            """
            UPDATE notify.notices
               SET attempts = attempts + 1, last_error = $2,
                   status = CASE WHEN $3::timestamptz IS NULL THEN 'FAILED' ELSE status END,
                   next_attempt_at = COALESCE($3, next_attempt_at)
             WHERE notice_id = $1
            """,
            notice_id,
            error[:2000],
            retry_at,
        )

    async def withheld(self, case_id: uuid.UUID) -> list[asyncpg.Record]:
        return await self._conn.fetch(
            "SELECT * FROM notify.notices WHERE case_id = $1 AND status = 'WITHHELD' FOR UPDATE", case_id
        )

    async def set_status(self, *, notice_id: uuid.UUID, status: NoticeStatus) -> None:
        await self._conn.execute(
            "UPDATE notify.notices SET status = $2, next_attempt_at = now() WHERE notice_id = $1",
            notice_id,
            status.value,
        )
        await self._conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)

    async def for_case(self, case_id: uuid.UUID) -> list[asyncpg.Record]:
        return await self._conn.fetch(
            "SELECT notice_id, role, recipient, status, not_before, attempts, sent_at FROM notify.notices"
            " WHERE case_id = $1 ORDER BY created_at",
            case_id,
        )

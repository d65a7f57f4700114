"""Notices: what is owed to whom, worded, through asyncpg on the unit of work's connection.

Recipients, handles and everything a notice says are sealed at rest (``adapters.sealing``);
notices come back opened, as ``StoredNotice`` (``NoticeSummary`` in listings).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from services.notify.adapters.sealing import handle_key, handle_keys, notice_aad, open_notice, recipient_key
from services.notify.adapters.tables import DISPATCH_CHANNEL, USER_SIDE, WAITING
from services.notify.domain.model import NoticeKind, PlannedNotice, RenderedNotice
from services.notify.domain.records import NoticeSummary, StoredNotice
from shared.crypto import Vault
from shared.db import vault_of
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus


def stored_notice(opened: Mapping[str, Any]) -> StoredNotice:
    """A ``notify.notices`` row, its sealed columns opened, as the domain keeps it."""
    return StoredNotice(
        notice_id=opened["notice_id"],
        notice_key=opened["notice_key"],
        case_id=opened["case_id"],
        trace_id=opened["trace_id"],
        kind=NoticeKind(opened["kind"]),
        role=NoticeRole(opened["role"]),
        recipient=opened["recipient"],
        status=NoticeStatus(opened["status"]),
        subject=opened["subject"],
        body_text=opened["body_text"],
        body_html=opened["body_html"],
        handle=opened["handle"],
        recipient_name=opened["recipient_name"],
        recipient_organization=opened["recipient_organization"],
        tier=EscalationTier(opened["tier"]) if opened["tier"] else None,
        not_before=opened["not_before"],
        occasion=opened["occasion"],
        context=opened["context"],
        attempts=opened["attempts"],
        total_attempts=opened["total_attempts"],
        last_error=opened["last_error"],
        message_id=opened["message_id"],
        created_at=opened["created_at"],
        updated_at=opened["updated_at"],
        sent_at=opened["sent_at"],
        next_attempt_at=opened["next_attempt_at"],
        unconfirmed_until=opened["unconfirmed_until"],
        handed_over=bool(opened.get("handed_over")),
        handing_over_lost=bool(opened.get("handing_over_lost")),
    )


def _summary(opened: Mapping[str, Any]) -> NoticeSummary:
    return NoticeSummary(
        notice_id=opened["notice_id"],
        case_id=opened["case_id"],
        kind=NoticeKind(opened["kind"]),
        role=NoticeRole(opened["role"]),
        handle=opened["handle"],
        recipient=opened["recipient"],
        status=NoticeStatus(opened["status"]),
        not_before=opened["not_before"],
        attempts=opened["attempts"],
        total_attempts=opened["total_attempts"],
        last_error=opened["last_error"],
        created_at=opened["created_at"],
        updated_at=opened["updated_at"],
        sent_at=opened["sent_at"],
    )


async def wake_dispatchers(conn: asyncpg.Connection) -> None:
    """A notice became due: the dispatchers LISTENing wake at commit."""
    await conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)


class PostgresNoticeRepository:
    """``notify.notices``: record, word again, move, find and list owed notices."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    def _notices(self, rows: Sequence[asyncpg.Record]) -> list[StoredNotice]:
        vault = self._vault
        return [stored_notice(open_notice(vault, row)) for row in rows]

    async def add(
        self,
        *,
        notice: PlannedNotice,
        rendered: RenderedNotice,
        trace_id: str,
        now: datetime,
        context: Mapping[str, Any] | None = None,
    ) -> bool:
        """Record an owed notice; False when the same notice (by key, hence by id) already exists."""
        vault = self._vault
        notice_id = notice.notice_id

        def sealed(column: str, value: str | None) -> str | None:
            return vault.seal_opt(value, aad=notice_aad(column, notice_id))

        inserted = await self._conn.fetchval(
            """
            INSERT INTO notify.notices (notice_id, notice_key, case_id, trace_id, kind, role, handle, recipient,
                                        status, not_before, subject, body_text, body_html, next_attempt_at,
                                        recipient_name, recipient_organization, tier, occasion, sealed_context,
                                        created_at, updated_at, handle_key, recipient_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, COALESCE($10::timestamptz, $14::timestamptz),
                    $15, $16, $17, $18, $19, $14, $14, $20, $21)
            ON CONFLICT (notice_id) DO NOTHING RETURNING true
            """,
            notice_id,
            sealed("notice_key", notice.notice_key),
            notice.case_id,
            trace_id,
            notice.kind.value,
            notice.role.value,
            sealed("handle", notice.handle),
            sealed("recipient", notice.recipient),
            notice.status.value,
            notice.not_before,
            sealed("subject", rendered.subject),
            sealed("body_text", rendered.text),
            sealed("body_html", rendered.html),
            now,
            sealed("recipient_name", notice.recipient_name),
            sealed("recipient_organization", notice.recipient_organization),
            notice.tier.value if notice.tier else None,
            notice.occasion,
            vault.seal_json(dict(context), aad=notice_aad("sealed_context", notice_id))
            if context is not None
            else None,
            handle_key(vault, notice.handle) if notice.handle else None,
            recipient_key(vault, notice.recipient),
        )
        if inserted:
            await wake_dispatchers(self._conn)
        return bool(inserted)

    async def get(self, notice_id: uuid.UUID, *, lock: bool = False) -> StoredNotice | None:
        row = await self._conn.fetchrow(
            "SELECT * FROM notify.notices WHERE notice_id = $1" + (" FOR UPDATE" if lock else ""), notice_id
        )
        return stored_notice(open_notice(self._vault, row)) if row is not None else None

    async def lock_against_dispatch(self, notice_id: uuid.UUID) -> StoredNotice | None:
        """The notice, locked against the dispatcher (waits for a batch holding it)."""
        rows = self._notices(
            await self._conn.fetch("SELECT * FROM notify.notices WHERE notice_id = $1 FOR NO KEY UPDATE", notice_id)
        )
        return rows[0] if rows else None

    async def move(
        self,
        *,
        notice_id: uuid.UUID,
        status: NoticeStatus,
        not_before: datetime | None,
        now: datetime,
        rendered: RenderedNotice | None = None,
        reset_attempts: bool = False,
    ) -> None:
        """Give an owed notice a new status and ``not_before`` (and, if given, new words)."""
        vault = self._vault
        await self._conn.execute(
            """
            UPDATE notify.notices
               SET status = $2, not_before = $3::timestamptz, next_attempt_at = COALESCE($3::timestamptz, $4::timestamptz), updated_at = $4,
                   subject = COALESCE($5, subject), body_text = COALESCE($6, body_text),
                   body_html = COALESCE($7, body_html),
                   attempts = CASE WHEN $8 THEN 0 ELSE attempts END
             WHERE notice_id = $1
            """,
            notice_id,
            status.value,
            not_before,
            now,
            vault.seal(rendered.subject, aad=notice_aad("subject", notice_id)) if rendered else None,
            vault.seal(rendered.text, aad=notice_aad("body_text", notice_id)) if rendered else None,
            vault.seal(rendered.html, aad=notice_aad("body_html", notice_id)) if rendered else None,
            reset_attempts,
        )
        await wake_dispatchers(self._conn)

    async def reword(self, *, notice_id: uuid.UUID, rendered: RenderedNotice, now: datetime) -> None:
        vault = self._vault
        await self._conn.execute(
            "UPDATE notify.notices SET subject = $2, body_text = $3, body_html = $4, updated_at = $5"
            " WHERE notice_id = $1",
            notice_id,
            vault.seal(rendered.subject, aad=notice_aad("subject", notice_id)),
            vault.seal(rendered.text, aad=notice_aad("body_text", notice_id)),
            vault.seal(rendered.html, aad=notice_aad("body_html", notice_id)),
            now,
        )

    async def waiting_user_side(self, case_id: uuid.UUID) -> list[StoredNotice]:
        """The case's owed, unsent notices to users and their counsel, locked (waits for a
        dispatcher that is sending one of them, then sees it SENT)."""
        return self._notices(
            await self._conn.fetch(
                """
            SELECT * FROM notify.notices
             WHERE case_id = $1 AND role = ANY($2::text[]) AND status = ANY($3::text[])
             ORDER BY created_at, notice_id
               FOR UPDATE
            """,
                case_id,
                USER_SIDE,
                WAITING,
            )
        )

    async def waiting_of_kind(self, case_id: uuid.UUID, *kinds: NoticeKind) -> list[StoredNotice]:
        return self._notices(
            await self._conn.fetch(
                "SELECT * FROM notify.notices WHERE case_id = $1 AND kind = ANY($2::text[])"
                " AND status = ANY($3::text[]) ORDER BY created_at FOR UPDATE",
                case_id,
                [kind.value for kind in kinds],
                WAITING,
            )
        )

    async def counsel_notices(self, case_id: uuid.UUID, handle: str) -> list[StoredNotice]:
        """The case's notices to the account's counsel of record (whoever they were), locked."""
        return self._notices(
            await self._conn.fetch(
                "SELECT * FROM notify.notices WHERE case_id = $1 AND role = 'COUNSEL' AND handle_key = ANY($2::text[])"
                " ORDER BY created_at FOR UPDATE",
                case_id,
                handle_keys(self._vault, handle),
            )
        )

    async def listing(
        self, *, status: NoticeStatus | None, case_id: uuid.UUID | None, limit: int
    ) -> list[NoticeSummary]:
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT notice_id, case_id, kind, role, handle, recipient, status, not_before, attempts, total_attempts,
                   last_error, created_at, updated_at, sent_at
              FROM notify.notices
             WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR case_id = $2)
             ORDER BY created_at, notice_id
             LIMIT $3
            """,
            status.value if status else None,
            case_id,
            limit,
        )
        return [_summary(open_notice(vault, row)) for row in rows]

    async def count_by_status(self, statuses: Sequence[str]) -> list[tuple[str, int]]:
        rows = await self._conn.fetch(
            "SELECT status, count(*) AS n FROM notify.notices WHERE status = ANY($1::text[]) GROUP BY status",
            list(statuses),
        )
        return [(row["status"], row["n"]) for row in rows]

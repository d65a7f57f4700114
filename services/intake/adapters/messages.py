"""Intake's e-mail tables: raw messages, attachments, dedup keys, held cases. On the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg


@dataclass(frozen=True)
class StoredAttachment:
    ordinal: int
    sha256: str
    filename: str | None
    content_type: str
    size_bytes: int
    text_status: str | None
    content: bytes


def _key_order(key: str) -> tuple[int, str]:
    """The most telling key first (the same bytes, the same Message-ID, the same document), and
    one global order, so two transactions claiming shared keys cannot deadlock."""
    return ({"raw": 0, "message-id": 1}.get(key.split(":", 1)[0], 2), key)


class MessageRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def owner_of(self, keys: Sequence[str]) -> tuple[uuid.UUID, str] | None:
        """The first case that claimed any of ``keys``, and which key."""
        row = await self._conn.fetchrow(
            """
            SELECT case_id, key FROM intake.document_keys WHERE key = ANY($1::text[])
             ORDER BY created_at, CASE split_part(key, ':', 1) WHEN 'raw' THEN 0 WHEN 'message-id' THEN 1 ELSE 2 END, key
             LIMIT 1
            """,
            list(keys),
        )
        return (row["case_id"], row["key"]) if row else None

    async def claim(self, keys: Sequence[str], case_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
        """Claim every key for ``case_id``; on a key another case holds, return that (case, key).

        A concurrent transaction inserting the same key makes this wait for it, so two copies
        of one message arriving together still end up as one case and one duplicate.
        """
        for key in sorted(set(keys), key=_key_order):
            inserted = await self._conn.fetchval(
                "INSERT INTO intake.document_keys (key, case_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING true",
                key, case_id,
            )
            if not inserted:
                owner = await self._conn.fetchval("SELECT case_id FROM intake.document_keys WHERE key = $1", key)
                if owner != case_id:
                    return owner, key
        return None

    async def add_message(
        self,
        *,
        message_pk: uuid.UUID,
        sha256: str,
        message_id: str | None,
        source: str,
        received_at: datetime,
        raw: bytes,
        envelope_from: str | None,
        envelope_to: Sequence[str],
        case_id: uuid.UUID | None,
        duplicate_of: uuid.UUID | None,
        duplicate_reason: str | None,
        extraction: dict[str, Any],
    ) -> None:
        await self._conn.execute(
            """
            INSERT INTO intake.raw_messages (message_pk, sha256, message_id, source, received_at, size_bytes, raw,
                                             envelope_from, envelope_to, case_id, duplicate_of, duplicate_reason, extraction)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """,
            message_pk, sha256, message_id, source, received_at, len(raw), raw, envelope_from, list(envelope_to),
            case_id, duplicate_of, duplicate_reason, extraction,
        )

    async def add_attachments(self, message_pk: uuid.UUID, attachments: Sequence[StoredAttachment]) -> None:
        if not attachments:
            return
        await self._conn.executemany(
            """
            INSERT INTO intake.attachments (message_pk, ordinal, sha256, filename, content_type, size_bytes, text_status, content)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            [(message_pk, a.ordinal, a.sha256, a.filename, a.content_type, a.size_bytes, a.text_status, a.content)
             for a in attachments],
        )

    async def add_duplicate_note(self, *, case_id: uuid.UUID, detail: dict[str, Any], at: datetime) -> None:
        """A DUPLICATE_REQUEST line on the first case's timeline."""
        await self._conn.execute(
            "INSERT INTO intake.case_timeline (event_id, case_id, event_type, detail, at) VALUES ($1, $2, $3, $4, $5)",
            uuid.uuid4(), case_id, "intake.duplicate-received", detail, at,
        )

    async def first_message(self, case_id: uuid.UUID) -> asyncpg.Record | None:
        return await self._conn.fetchrow(
            """
            SELECT message_pk, sha256, message_id, source, received_at, size_bytes, extraction
              FROM intake.raw_messages WHERE case_id = $1 ORDER BY received_at LIMIT 1
            """,
            case_id,
        )

    async def duplicates(self, case_id: uuid.UUID) -> list[asyncpg.Record]:
        return await self._conn.fetch(
            """
            SELECT message_pk, sha256, message_id, source, received_at, duplicate_reason
              FROM intake.raw_messages WHERE duplicate_of = $1 ORDER BY received_at
            """,
            case_id,
        )

    async def attachments(self, message_pk: uuid.UUID) -> list[asyncpg.Record]:
        return await self._conn.fetch(
            """
            SELECT ordinal, sha256, filename, content_type, size_bytes, text_status
              FROM intake.attachments WHERE message_pk = $1 ORDER BY ordinal
            """,
            message_pk,
        )

    async def raw(self, message_pk: uuid.UUID) -> bytes | None:
        return await self._conn.fetchval("SELECT raw FROM intake.raw_messages WHERE message_pk = $1", message_pk)

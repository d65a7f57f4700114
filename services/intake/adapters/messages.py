"""Intake's e-mail tables: raw messages, attachments, dedup keys, held cases. On the caller's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

from services.intake.adapters.sealing import attachment_aad, blind_document_key, message_aad
from shared.crypto import Vault
from shared.db import vault_of


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
    """Raw messages and attachments, sealed (``adapters.sealing``): the bytes, the Message-ID,
    the envelope, the extraction, file names. Dedup keys are stored as blind indexes."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def owners_of(self, keys: Sequence[str]) -> tuple[tuple[uuid.UUID, str] | None, list[uuid.UUID]]:
        """Who holds ``keys``, in one query: the first live case that claimed any of them and which
        key (as stored: its kind, then its blind index), and the dismissed cases holding any
        (oldest first). A case dismissed as not legal process owns nothing: a copy received again
        becomes a case of its own (a demand is never lost to a mistaken dismissal)."""
        keys = [blind_document_key(self._vault, key) for key in keys]
        rows = await self._conn.fetch(
            """
            SELECT k.case_id, k.key, c.dismissed_at IS NOT NULL AS dismissed
              FROM intake.document_keys k JOIN intake.cases c USING (case_id)
             WHERE k.key = ANY($1::text[])
             ORDER BY k.created_at,
                      CASE split_part(k.key, ':', 1) WHEN 'raw' THEN 0 WHEN 'message-id' THEN 1 ELSE 2 END, k.key
            """,
            list(keys),
        )
        live = next(((row["case_id"], row["key"]) for row in rows if not row["dismissed"]), None)
        return live, list(dict.fromkeys(row["case_id"] for row in rows if row["dismissed"]))

    async def claim(self, keys: Sequence[str], case_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
        """Claim every key for ``case_id``; on a key another case holds, return that (case, key).
        A key a dismissed case holds is taken over: later copies are duplicates of this case.

        A concurrent transaction inserting the same key makes this wait for it, so two copies
        of one message arriving together still end up as one case and one duplicate.
        """
        vault = self._vault
        for key in sorted({blind_document_key(vault, key) for key in keys}, key=_key_order):
            inserted = await self._conn.fetchval(
                """
                INSERT INTO intake.document_keys (key, case_id) VALUES ($1, $2)
                ON CONFLICT (key) DO UPDATE SET case_id = EXCLUDED.case_id, created_at = now()
                 WHERE EXISTS (SELECT 1 FROM intake.cases c
                                WHERE c.case_id = intake.document_keys.case_id AND c.dismissed_at IS NOT NULL)
                RETURNING true
                """,
                key,
                case_id,
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
        vault = self._vault
        await self._conn.execute(
            """
            INSERT INTO intake.raw_messages (message_pk, sha256, message_id, source, received_at, size_bytes, raw,
                                             envelope_from, sealed_envelope_to, case_id, duplicate_of, duplicate_reason,
                                             sealed_extraction)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """,
            message_pk,
            sha256,
            vault.seal_opt(message_id, aad=message_aad("message_id", message_pk)),
            source,
            received_at,
            len(raw),
            await vault.seal_bytes_async(raw, aad=message_aad("raw", message_pk)),
            vault.seal_opt(envelope_from, aad=message_aad("envelope_from", message_pk)),
            vault.seal_json(list(envelope_to), aad=message_aad("sealed_envelope_to", message_pk)),
            case_id,
            duplicate_of,
            duplicate_reason,
            await vault.seal_json_async(extraction, aad=message_aad("sealed_extraction", message_pk)),
        )

    async def add_attachments(self, message_pk: uuid.UUID, attachments: Sequence[StoredAttachment]) -> None:
        if not attachments:
            return
        vault = self._vault
        await self._conn.executemany(
            """
            INSERT INTO intake.attachments (message_pk, ordinal, sha256, filename, content_type, size_bytes, text_status, content)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            [
                (
                    message_pk,
                    a.ordinal,
                    a.sha256,
                    vault.seal_opt(a.filename, aad=attachment_aad("filename", message_pk, a.ordinal)),
                    a.content_type,
                    a.size_bytes,
                    a.text_status,
                    await vault.seal_bytes_async(a.content, aad=attachment_aad("content", message_pk, a.ordinal)),
                )
                for a in attachments
            ],
        )

    async def add_duplicate_note(self, *, case_id: uuid.UUID, detail: dict[str, Any], at: datetime) -> None:
        """A line (``code``, ``explanation``) on a case's timeline about a copy received again."""
        await self._conn.execute(
            "INSERT INTO intake.case_timeline (event_id, case_id, event_type, detail, at) VALUES ($1, $2, $3, $4, $5)",
            uuid.uuid4(),
            case_id,
            "intake.duplicate-received",
            detail,
            at,
        )

    async def first_message(self, case_id: uuid.UUID) -> dict[str, Any] | None:
        row = await self._conn.fetchrow(
            """
            SELECT message_pk, sha256, message_id, source, received_at, size_bytes, sealed_extraction
              FROM intake.raw_messages WHERE case_id = $1 ORDER BY received_at LIMIT 1
            """,
            case_id,
        )
        if row is None:
            return None
        pk, vault = row["message_pk"], self._vault
        return {
            **{k: row[k] for k in ("message_pk", "sha256", "source", "received_at", "size_bytes")},
            "message_id": vault.open_opt(row["message_id"], aad=message_aad("message_id", pk)),
            "extraction": await vault.open_json_async(
                row["sealed_extraction"], aad=message_aad("sealed_extraction", pk)
            ),
        }

    async def duplicates(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            """
            SELECT message_pk, sha256, message_id, source, received_at, duplicate_reason
              FROM intake.raw_messages WHERE duplicate_of = $1 ORDER BY received_at
            """,
            case_id,
        )
        vault = self._vault
        return [
            {
                **dict(row),
                "message_id": vault.open_opt(row["message_id"], aad=message_aad("message_id", row["message_pk"])),
            }
            for row in rows
        ]

    async def attachments(self, message_pk: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            """
            SELECT ordinal, sha256, filename, content_type, size_bytes, text_status
              FROM intake.attachments WHERE message_pk = $1 ORDER BY ordinal
            """,
            message_pk,
        )
        vault = self._vault
        return [
            {
                **dict(row),
                "filename": vault.open_opt(row["filename"], aad=attachment_aad("filename", message_pk, row["ordinal"])),
            }
            for row in rows
        ]

    async def raw(self, message_pk: uuid.UUID) -> bytes | None:
        """The message exactly as received (opened off the event loop when large)."""
        sealed = await self._conn.fetchval("SELECT raw FROM intake.raw_messages WHERE message_pk = $1", message_pk)
        return (
            None
            if sealed is None
            else await self._vault.open_bytes_async(bytes(sealed), aad=message_aad("raw", message_pk))
        )

    async def attachment_content(self, message_pk: uuid.UUID, ordinal: int) -> dict[str, Any] | None:
        row = await self._conn.fetchrow(
            "SELECT filename, content_type, content FROM intake.attachments WHERE message_pk = $1 AND ordinal = $2",
            message_pk,
            ordinal,
        )
        if row is None:
            return None
        vault = self._vault  # sealed at rest: the file name and the bytes (opened off the loop when large)
        return {
            "filename": vault.open_opt(row["filename"], aad=attachment_aad("filename", message_pk, ordinal)),
            "content_type": row["content_type"],
            "content": await vault.open_bytes_async(
                bytes(row["content"]), aad=attachment_aad("content", message_pk, ordinal)
            ),
        }

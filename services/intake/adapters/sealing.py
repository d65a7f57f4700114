"""What intake keeps sealed at rest, and the plaintext projections queries may use.

Personal data (target identifiers, e-mail addresses, document contents: the raw message, its
attachments, the raw text, the extraction, an emergency's narrative, the reason a held case was
dismissed as not legal process, which may describe the message) is sealed with the data
keys (``shared.crypto.Vault``), each value bound to its table, column and row. What the case
queue, the reports and the listings filter and sort on is kept in plaintext only where it is
not personal: ``case_projection`` and ``review_projection`` say exactly what.
"""

from __future__ import annotations

from typing import Any

import asyncpg

from shared.crypto import Vault, aad
from shared.sealing import SealedColumn, seal_legacy_outbox, seal_legacy_reviews

SCHEMA = "intake"

# The case's fields kept readable in intake.cases.document (none of them personal data).
CASE_PUBLIC_FIELDS = (
    "process_type",
    "statute",
    "data_categories",
    "date_range",
    "served_at",
    "return_by",
    "nondisclosure",
    "mechanism",
    "case_number",
    "issuing_court",
)
REQUESTER_PUBLIC_FIELDS = ("name", "kind", "country", "verified")


def case_projection(document: dict[str, Any]) -> dict[str, Any]:
    """The case without targets, the requester's e-mail and signer, the stated purpose, the raw
    text and the emergency's narrative."""
    projection = {field: document[field] for field in CASE_PUBLIC_FIELDS if field in document}
    requester = document.get("requester") or {}
    projection["requester"] = {field: requester[field] for field in REQUESTER_PUBLIC_FIELDS if field in requester}
    emergency = document.get("emergency")
    projection["emergency"] = (
        {"verified_out_of_band": bool(emergency.get("verified_out_of_band"))} if isinstance(emergency, dict) else None
    )
    return projection


def case_aad(case_id: object) -> str:
    return aad("intake.cases", "sealed_document", case_id)


def dismissal_reason_aad(case_id: object) -> str:
    return aad("intake.cases", "dismissed_reason", case_id)


def review_aad(case_id: object) -> str:
    return aad("intake.case_reviews", "sealed_review", case_id)


def notice_recipient_aad(notice_id: object) -> str:
    return aad("intake.case_notices", "recipient", notice_id)


def action_detail_aad(request_id: object) -> str:
    return aad("intake.action_requests", "sealed_detail", request_id)


# A staff request's detail kept readable in intake.action_requests.detail (none of it personal:
# not the counsel named, the account, a confirmed requester or the member's reason).
REQUEST_PUBLIC_FIELDS = ("disposition", "produced", "return_by", "nondisclosure")


def request_projection(detail: dict[str, Any]) -> dict[str, Any]:
    return {field: detail[field] for field in REQUEST_PUBLIC_FIELDS if field in detail}


def message_aad(column: str, message_pk: object) -> str:
    return aad("intake.raw_messages", column, message_pk)


def attachment_aad(column: str, message_pk: object, ordinal: int) -> str:
    return aad("intake.attachments", column, message_pk, ordinal)


def blind_document_key(vault: Vault, key: str) -> str:
    """A dedup key (``raw:<sha256>``, ``message-id:<id>``, ``document:<sha256>``) as stored:
    its kind, then the blind index of the whole key."""
    kind = key.split(":", 1)[0]
    return f"{kind}:hmac:{vault.blind(key, purpose='intake.document_keys')}"


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn("intake.cases", "sealed_document", ("case_id",)),
    SealedColumn("intake.cases", "dismissed_reason", ("case_id",)),
    SealedColumn("intake.case_reviews", "sealed_review", ("case_id",)),
    SealedColumn("intake.case_notices", "recipient", ("notice_id",)),
    SealedColumn("intake.raw_messages", "raw", ("message_pk",), binary=True),
    SealedColumn("intake.raw_messages", "message_id", ("message_pk",)),
    SealedColumn("intake.raw_messages", "envelope_from", ("message_pk",)),
    SealedColumn("intake.raw_messages", "sealed_envelope_to", ("message_pk",)),
    SealedColumn("intake.raw_messages", "sealed_extraction", ("message_pk",)),
    SealedColumn("intake.attachments", "content", ("message_pk", "ordinal"), binary=True),
    SealedColumn("intake.attachments", "filename", ("message_pk", "ordinal")),
    SealedColumn("intake.action_requests", "sealed_detail", ("request_id",)),
    SealedColumn("intake.outbox", "value", ("event_id",), binary=True),
)


async def seal_legacy_rows(conn: asyncpg.Connection, vault: Vault, batch: int) -> int:
    """One batch of the one-off migration: rows written before 0006 sealed in their place.
    Returns how many rows it sealed (0: nothing left)."""
    done = 0
    async with conn.transaction():
        for row in await conn.fetch(
            "SELECT case_id, document FROM intake.cases WHERE sealed_document IS NULL"
            " ORDER BY case_id LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE intake.cases SET sealed_document = $2, document = $3 WHERE case_id = $1",
                row["case_id"],
                await vault.seal_json_async(row["document"], aad=case_aad(row["case_id"])),
                case_projection(row["document"]),
            )
            done += 1
        done += await seal_legacy_reviews(conn, vault, table="intake.case_reviews", aad_of=review_aad, batch=batch)
        for row in await conn.fetch(
            "SELECT notice_id, recipient FROM intake.case_notices"
            " WHERE NOT starts_with(recipient, 'dp1:') ORDER BY notice_id LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE intake.case_notices SET recipient = $2 WHERE notice_id = $1",
                row["notice_id"],
                vault.seal(row["recipient"], aad=notice_recipient_aad(row["notice_id"])),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT message_pk, raw, message_id, envelope_from, envelope_to, extraction FROM intake.raw_messages"
            " WHERE sealed_extraction IS NULL ORDER BY message_pk LIMIT $1 FOR UPDATE",
            max(1, batch // 10),
        ):
            pk = row["message_pk"]
            await conn.execute(
                "UPDATE intake.raw_messages SET raw = $2, message_id = $3, envelope_from = $4, envelope_to = '{}',"
                " sealed_envelope_to = $5, extraction = NULL, sealed_extraction = $6 WHERE message_pk = $1",
                pk,
                await vault.seal_bytes_async(bytes(row["raw"]), aad=message_aad("raw", pk)),
                vault.seal_opt(row["message_id"], aad=message_aad("message_id", pk)),
                vault.seal_opt(row["envelope_from"], aad=message_aad("envelope_from", pk)),
                vault.seal_json(list(row["envelope_to"] or []), aad=message_aad("sealed_envelope_to", pk)),
                await vault.seal_json_async(row["extraction"] or {}, aad=message_aad("sealed_extraction", pk)),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT message_pk, ordinal, filename, content FROM intake.attachments"
            " WHERE substring(content FROM 1 FOR 5) <> 'dp1b:'::bytea"
            " ORDER BY message_pk, ordinal LIMIT $1 FOR UPDATE",
            max(1, batch // 10),
        ):
            pk, ordinal = row["message_pk"], row["ordinal"]
            await conn.execute(
                "UPDATE intake.attachments SET content = $3, filename = $4 WHERE message_pk = $1 AND ordinal = $2",
                pk,
                ordinal,
                await vault.seal_bytes_async(bytes(row["content"]), aad=attachment_aad("content", pk, ordinal)),
                vault.seal_opt(row["filename"], aad=attachment_aad("filename", pk, ordinal)),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT key FROM intake.document_keys WHERE split_part(key, ':', 2) <> 'hmac'"
            " ORDER BY key LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE intake.document_keys SET key = $2 WHERE key = $1",
                row["key"],
                blind_document_key(vault, row["key"]),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT request_id, detail FROM intake.action_requests WHERE sealed_detail IS NULL"
            " ORDER BY request_id LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE intake.action_requests SET sealed_detail = $2, detail = $3 WHERE request_id = $1",
                row["request_id"],
                vault.seal_json(row["detail"], aad=action_detail_aad(row["request_id"])),
                request_projection(row["detail"]),
            )
            done += 1
        done += await seal_legacy_outbox(conn, vault, SCHEMA, batch)
    return done

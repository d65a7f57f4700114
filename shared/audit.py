"""A tamper-evident audit trail, one hash chain per schema, and signed exports for a court.

Invariants:
- every entry's ``hash`` is SHA-256 over the previous entry's hash and the entry's canonical
  content, so editing, removing or reordering any row breaks the chain from there on;
- appends are serialised per schema (a transaction-scoped advisory lock), so the chain never
  forks, and an append rolled back with its transaction leaves no link behind;
- a chain alone cannot show that its newest entries were deleted: signed checkpoints of its
  head (``shared.audit_checkpoint``) can, and ``verify`` checks the chain against one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import asyncpg
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

GENESIS = "0" * 64


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def entry_hash(
    *, prev_hash: str, case_id: uuid.UUID | None, actor: str, action: str, detail: dict[str, Any], at: datetime
) -> str:
    content = {
        "case_id": str(case_id) if case_id else None,
        "actor": actor,
        "action": action,
        "detail": detail,
        "at": at.isoformat(),
    }
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical(content)).hexdigest()


class Anchor(Protocol):
    """What ``verify`` checks the tail against: a signed checkpoint of the chain's head."""

    @property
    def seq(self) -> int: ...
    @property
    def entry_hash(self) -> str: ...
    @property
    def signed_at(self) -> datetime: ...


async def lock_chain(conn: asyncpg.Connection, *, schema: str) -> None:
    """Serialise with every other append to (or checkpoint of) ``schema``'s chain, until the
    caller's transaction ends."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", f"audit:{schema}")


async def chain_head(conn: asyncpg.Connection, *, schema: str) -> tuple[int, str] | None:
    """The newest entry's sequence number and hash; None for an empty chain."""
    row = await conn.fetchrow(f'SELECT seq, hash FROM "{schema}".audit_log ORDER BY seq DESC LIMIT 1')
    return (row["seq"], row["hash"]) if row else None


async def append(
    conn: asyncpg.Connection,
    *,
    schema: str,
    case_id: uuid.UUID | None,
    actor: str,
    action: str,
    detail: dict[str, Any],
    at: datetime,
) -> str:
    """Add an entry inside the caller's transaction; returns its hash."""
    await lock_chain(conn, schema=schema)
    prev = await conn.fetchval(f'SELECT hash FROM "{schema}".audit_log ORDER BY seq DESC LIMIT 1') or GENESIS
    digest = entry_hash(prev_hash=prev, case_id=case_id, actor=actor, action=action, detail=detail, at=at)
    await conn.execute(
        f'INSERT INTO "{schema}".audit_log (case_id, actor, action, detail, at, prev_hash, hash)'
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        case_id,
        actor,
        action,
        detail,
        at,
        prev,
        digest,
    )
    return digest


def _detail(value: Any) -> Any:
    """jsonb as a Python object, whether or not the connection has the json codec."""
    return json.loads(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    problem: str


async def verify(conn: asyncpg.Connection, *, schema: str, checkpoint: Anchor | None = None) -> list[ChainBreak]:
    """Every place the chain does not hold; empty when the trail is intact.

    With ``checkpoint`` (a signed head, already authenticated by the caller), also its tail: the
    entry the checkpoint names must still be there, with its hash. The chain may have grown
    since. Entries missing at the tail are reported at the first missing sequence number."""
    breaks: list[ChainBreak] = []
    expected_prev = GENESIS
    before_anchor = 0  # the newest entry older than the checkpoint's
    at_anchor: str | None = None  # the hash of the entry with the checkpoint's sequence number
    async with conn.transaction(isolation="repeatable_read", readonly=True):
        async for row in conn.cursor(f'SELECT * FROM "{schema}".audit_log ORDER BY seq'):
            if checkpoint is not None:
                if row["seq"] < checkpoint.seq:
                    before_anchor = row["seq"]
                elif row["seq"] == checkpoint.seq:
                    at_anchor = row["hash"]
            if row["prev_hash"] != expected_prev:
                breaks.append(ChainBreak(row["seq"], "does not follow the previous entry (removed or reordered rows)"))
            recomputed = entry_hash(
                prev_hash=row["prev_hash"],
                case_id=row["case_id"],
                actor=row["actor"],
                action=row["action"],
                detail=_detail(row["detail"]),
                at=row["at"],
            )
            if recomputed != row["hash"]:
                breaks.append(ChainBreak(row["seq"], "content does not match its hash (edited)"))
            expected_prev = row["hash"]
    if checkpoint is not None:
        breaks.extend(_tail_breaks(checkpoint, before_anchor=before_anchor, at_anchor=at_anchor))
    return breaks


def _tail_breaks(checkpoint: Anchor, *, before_anchor: int, at_anchor: str | None) -> list[ChainBreak]:
    signed = f"the checkpoint signed at {checkpoint.signed_at.isoformat(timespec='seconds')}"
    if at_anchor is None:
        first_missing = before_anchor + 1
        span = (
            f"entry {first_missing} is"
            if first_missing == checkpoint.seq
            else f"entries {first_missing} to {checkpoint.seq} are"
        )
        return [
            ChainBreak(
                first_missing,
                f"truncated after entry {before_anchor}: {span} missing ({signed} names entry {checkpoint.seq})",
            )
        ]
    if at_anchor != checkpoint.entry_hash:
        return [
            ChainBreak(
                checkpoint.seq,
                f"is not the entry {signed} names (truncated and rewritten at or before entry {checkpoint.seq})",
            )
        ]
    return []


def new_signing_key_text() -> str:
    """A new export (and checkpoint) signing key as DUEPROCESS_AUDIT_SIGNING_KEY holds it."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


def load_signing_key(pem_or_raw: bytes | None) -> Ed25519PrivateKey:
    """The export signing key: a raw 32-byte seed (base64) from configuration; generated if absent."""
    if not pem_or_raw:
        return Ed25519PrivateKey.generate()
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(pem_or_raw))


async def export_case(
    conn: asyncpg.Connection,
    *,
    schema: str,
    case_id: uuid.UUID,
    key: Ed25519PrivateKey,
    exported_at: datetime,
    checkpoint: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The case's entries with their chain links, signed (Ed25519) over the canonical document;
    with the schema's signed head (``checkpoint``, as JSON) when given."""
    rows = await conn.fetch(f'SELECT * FROM "{schema}".audit_log WHERE case_id = $1 ORDER BY seq', case_id)
    document = {
        "case_id": str(case_id),
        "schema": schema,
        "exported_at": exported_at.isoformat(),
        "entries": [
            {
                "seq": r["seq"],
                "actor": r["actor"],
                "action": r["action"],
                "detail": _detail(r["detail"]),
                "at": r["at"].isoformat(),
                "prev_hash": r["prev_hash"],
                "hash": r["hash"],
            }
            for r in rows
        ],
        "public_key": base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode(),
        **({"checkpoint": checkpoint} if checkpoint is not None else {}),
    }
    return {**document, "signature": base64.b64encode(key.sign(canonical(document))).decode()}


def verify_export(export: dict[str, Any]) -> bool:
    """True when the export's signature matches its content and its entries chain."""
    document = {k: v for k, v in export.items() if k != "signature"}
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(document["public_key"]))
    try:
        public.verify(base64.b64decode(export["signature"]), canonical(document))
    except InvalidSignature:
        return False
    return all(
        entry_hash(
            prev_hash=e["prev_hash"],
            case_id=uuid.UUID(document["case_id"]),
            actor=e["actor"],
            action=e["action"],
            detail=e["detail"],
            at=datetime.fromisoformat(e["at"]),
        )
        == e["hash"]
        for e in document["entries"]
    )


async def case_entries(
    conn: asyncpg.Connection, *, schema: str, case_id: uuid.UUID, limit: int = 200
) -> list[dict[str, Any]]:
    """The newest ``limit`` entries about a case, oldest first: who, what, when."""
    rows = await conn.fetch(
        f'SELECT seq, actor, action, detail, at FROM "{schema}".audit_log WHERE case_id = $1'
        " ORDER BY seq DESC LIMIT $2",
        case_id,
        limit,
    )
    return [
        {"seq": r["seq"], "actor": r["actor"], "action": r["action"], "detail": _detail(r["detail"]), "at": r["at"]}
        for r in reversed(rows)
    ]

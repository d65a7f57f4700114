"""What the notify service keeps sealed at rest, and its blind indexes.

Contact e-mails, counsel of record, account handles, recipients and everything a notice says
(subject, bodies, what it is about) are sealed with the data keys, each value bound to its
table, column and row. Records are found by a personal value through blind indexes of the
lower-cased handle or address: a counsel's notices, an account's cases, the notices to one
recipient (an update never overtakes the notice).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import asyncpg

from shared.crypto import Vault, aad
from shared.handles import handle_candidates, normalize_handle
from shared.sealing import SealedColumn, seal_legacy_outbox

SCHEMA = "notify"

# notify.notices columns sealed in place (text), bound to the notice id.
NOTICE_SEALED = (
    "notice_key",
    "handle",
    "recipient",
    "recipient_name",
    "recipient_organization",
    "subject",
    "body_text",
    "body_html",
    "last_error",
)
APPOINTMENT_SEALED = ("handle", "name", "email", "organization")


def legacy_handle_form(text: str) -> str:
    """How notify wrote a handle into its blind indexes before ``shared.handles``: no leading
    "@", lower-cased, no NFKC. The same as ``normalize_handle`` for an ASCII handle."""
    return text.strip().removeprefix("@").lower()


def lookup_keys(entry: Mapping[str, Any]) -> list[str]:
    """The normalised identifiers a demand may name a directory entry by (handle, ids, e-mail),
    as review's directory normalises them (``shared.handles.handle_candidates``)."""
    keys = [str(entry["handle"])]
    keys += [str(entry[field]) for field in ("id", "account_id", "contact_email") if entry.get(field)]
    return sorted({key for raw in keys for key in handle_candidates(raw)})


def target_lookup_keys(target: str) -> tuple[str, ...]:
    """The lookup keys to search for a target: normalised, and as entries loaded before the
    normalisation were indexed (they are found until the directory is loaded again)."""
    return tuple(dict.fromkeys([*handle_candidates(target), legacy_handle_form(target.removeprefix("@"))]))


def handle_key(vault: Vault, handle: str) -> str:
    """The blind index of an account's handle, as written from now on."""
    return vault.blind(normalize_handle(handle), purpose="notify.handle")


def handle_keys(vault: Vault, handle: str) -> list[str]:
    """The blind indexes an account's handle may be stored under: as written now, and as
    written before ``shared.handles`` (one key for an ASCII handle)."""
    legacy = vault.blind(legacy_handle_form(handle), purpose="notify.handle")
    return list(dict.fromkeys([handle_key(vault, handle), legacy]))


def recipient_key(vault: Vault, recipient: str) -> str:
    return vault.blind(recipient.strip().lower(), purpose="notify.recipient")


def lookup_index(vault: Vault, key: str) -> str:
    return vault.blind(key.lower(), purpose="notify.contacts.lookup")


def entry_aad(key: str) -> str:
    return aad("notify.contacts", "sealed_entry", key)


def reviewed_aad(case_id: object) -> str:
    return aad("notify.case_reviews", "sealed_reviewed", case_id)


def notice_aad(column: str, notice_id: object) -> str:
    return aad("notify.notices", column, notice_id)


def case_account_aad(case_id: object, key: str) -> str:
    return aad("notify.case_accounts", "handle", case_id, key)


def appointment_aad(column: str, appointment_id: object) -> str:
    return aad("notify.counsel_appointments", column, appointment_id)


def open_notice(vault: Vault, row: asyncpg.Record) -> dict[str, Any]:
    """A notice row with its sealed columns opened (``context`` from ``sealed_context``)."""
    notice = dict(row)
    notice_id = notice["notice_id"]
    for column in NOTICE_SEALED:
        if column in notice:
            notice[column] = vault.open_opt(notice[column], aad=notice_aad(column, notice_id))
    if "sealed_context" in notice:
        sealed = notice.pop("sealed_context")
        notice["context"] = vault.open_json(sealed, aad=notice_aad("sealed_context", notice_id)) if sealed else None
    return notice


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn("notify.contacts", "sealed_entry", ("handle_key",)),
    SealedColumn("notify.case_reviews", "sealed_reviewed", ("case_id",)),
    *(SealedColumn("notify.notices", column, ("notice_id",)) for column in (*NOTICE_SEALED, "sealed_context")),
    SealedColumn("notify.case_accounts", "handle", ("case_id", "handle_key")),
    *(SealedColumn("notify.counsel_appointments", column, ("appointment_id",)) for column in APPOINTMENT_SEALED),
    SealedColumn("notify.outbox", "value", ("event_id",), binary=True),
)


async def seal_legacy_rows(conn: asyncpg.Connection, vault: Vault, batch: int) -> int:
    """One batch of the one-off migration: rows written before 0003 sealed in their place."""
    done = 0
    async with conn.transaction():
        for row in await conn.fetch(
            "SELECT handle_key, entry FROM notify.contacts WHERE sealed_entry IS NULL"
            " ORDER BY handle_key LIMIT $1 FOR UPDATE",
            batch,
        ):
            entry = row["entry"]
            key = handle_key(vault, str(entry["handle"]))
            await conn.execute("DELETE FROM notify.contacts WHERE handle_key = $1", row["handle_key"])
            await conn.execute(
                "INSERT INTO notify.contacts (handle_key, lookup_keys, sealed_entry) VALUES ($1, $2, $3)"
                " ON CONFLICT (handle_key) DO NOTHING",
                key,
                [lookup_index(vault, k) for k in lookup_keys(entry)],
                vault.seal_json(entry, aad=entry_aad(key)),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT case_id, reviewed FROM notify.case_reviews WHERE sealed_reviewed IS NULL"
            " ORDER BY case_id LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE notify.case_reviews SET sealed_reviewed = $2, reviewed = NULL WHERE case_id = $1",
                row["case_id"],
                vault.seal_json(row["reviewed"], aad=reviewed_aad(row["case_id"])),
            )
            done += 1
        for row in await conn.fetch(
            "SELECT * FROM notify.notices WHERE recipient_key IS NULL ORDER BY notice_id LIMIT $1 FOR UPDATE", batch
        ):
            notice_id = row["notice_id"]
            sealed = [vault.seal_opt(row[column], aad=notice_aad(column, notice_id)) for column in NOTICE_SEALED]
            assignments = ", ".join(f"{column} = ${i + 2}" for i, column in enumerate(NOTICE_SEALED))
            n = len(NOTICE_SEALED) + 2
            await conn.execute(
                f"UPDATE notify.notices SET {assignments}, handle_key = ${n}, recipient_key = ${n + 1},"
                f" sealed_context = ${n + 2}, context = NULL WHERE notice_id = $1",
                notice_id,
                *sealed,
                handle_key(vault, row["handle"]) if row["handle"] else None,
                recipient_key(vault, row["recipient"]),
                vault.seal_json(row["context"], aad=notice_aad("sealed_context", notice_id))
                if row["context"] is not None
                else None,
            )
            done += 1
        for row in await conn.fetch(
            "SELECT case_id, handle FROM notify.case_accounts WHERE handle_key IS NULL"
            " ORDER BY case_id, handle LIMIT $1 FOR UPDATE",
            batch,
        ):
            key = handle_key(vault, row["handle"])
            await conn.execute(
                "DELETE FROM notify.case_accounts WHERE case_id = $1 AND handle = $2 AND handle_key IS NULL",
                row["case_id"],
                row["handle"],
            )
            await conn.execute(
                "INSERT INTO notify.case_accounts (case_id, handle, handle_key) VALUES ($1, $2, $3)"
                " ON CONFLICT DO NOTHING",
                row["case_id"],
                vault.seal(row["handle"], aad=case_account_aad(row["case_id"], key)),
                key,
            )
            done += 1
        for row in await conn.fetch(
            "SELECT * FROM notify.counsel_appointments WHERE handle_key IS NULL ORDER BY id LIMIT $1 FOR UPDATE", batch
        ):
            appointment = row["appointment_id"]
            await conn.execute(
                "UPDATE notify.counsel_appointments SET handle = $2, name = $3, email = $4, organization = $5,"
                " handle_key = $6 WHERE id = $1",
                row["id"],
                *(vault.seal_opt(row[c], aad=appointment_aad(c, appointment)) for c in APPOINTMENT_SEALED),
                handle_key(vault, row["handle"]),
            )
            done += 1
        done += await seal_legacy_outbox(conn, vault, SCHEMA, batch)
    return done

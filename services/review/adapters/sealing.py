"""What the review service keeps sealed at rest, and its blind indexes.

The account directory's entries, the reviews (targets, findings that name them) and the
DUPLICATE_REQUEST summaries are sealed with the data keys, each value bound to its table, column
and row. Accounts are found by blind indexes of their lookup keys (handle, account id, e-mail),
earlier cases by blind indexes of their document fingerprint and Message-ID.
"""

from __future__ import annotations

import asyncpg

from shared.crypto import Vault, aad
from shared.handles import directory_keys, handle_candidates, legacy_handle_key, normalize_handle
from shared.sealing import SealedColumn, seal_legacy_outbox, seal_legacy_reviews

SCHEMA = "review"


def account_key(vault: Vault, handle: str) -> str:
    """The directory entry's key: the blind index of its handle (``shared.handles.normalize_handle``)."""
    return vault.blind(normalize_handle(handle), purpose="review.accounts.handle")


def legacy_account_key(vault: Vault, handle: str) -> str:
    """The key an entry stored before the NFKC normalisation has (the same for most handles)."""
    return vault.blind(legacy_handle_key(handle), purpose="review.accounts.handle")


def lookup_index(vault: Vault, key: str) -> str:
    """A lookup key (already normalised by ``handle_candidates``) as stored."""
    return vault.blind(key, purpose="review.accounts.lookup")


def target_lookup_keys(target: str) -> tuple[str, ...]:
    """The lookup keys to search for a target: normalised, and as entries stored before the NFKC
    normalisation were indexed (they are found until the directory is loaded again)."""
    return tuple(dict.fromkeys(handle_candidates(target) + handle_candidates(target, legacy=True)))


def case_index_key(vault: Vault, value: str | None, *, what: str) -> str | None:
    return None if value is None else vault.blind(value, purpose=f"review.case_index.{what}")


def entry_aad(handle_key: str) -> str:
    return aad("review.accounts", "sealed_entry", handle_key)


def review_aad(case_id: object) -> str:
    return aad("review.reviews", "sealed_review", case_id)


def summary_aad(case_id: object) -> str:
    return aad("review.case_index", "sealed_summary", case_id)


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn("review.accounts", "sealed_entry", ("handle_key",)),
    SealedColumn("review.reviews", "sealed_review", ("case_id",)),
    SealedColumn("review.case_index", "sealed_summary", ("case_id",)),
    SealedColumn("review.outbox", "value", ("event_id",), binary=True),
    SealedColumn("review.holds", "sealed_accounts", ("hold_id",)),
    SealedColumn("review.emergency_followups", "sealed_requester_email", ("case_id",)),
)


async def seal_legacy_rows(conn: asyncpg.Connection, vault: Vault, batch: int) -> int:
    """One batch of the one-off migration: rows written before 0004 sealed in their place."""
    done = 0
    async with conn.transaction():
        for row in await conn.fetch(
            "SELECT handle_key, entry FROM review.accounts WHERE sealed_entry IS NULL"
            " ORDER BY handle_key LIMIT $1 FOR UPDATE",
            batch,
        ):
            entry = row["entry"]
            key = account_key(vault, str(entry["handle"]))
            await conn.execute("DELETE FROM review.accounts WHERE handle_key = $1", row["handle_key"])
            await conn.execute(
                "INSERT INTO review.accounts (handle_key, lookup_keys, sealed_entry) VALUES ($1, $2, $3)"
                " ON CONFLICT (handle_key) DO NOTHING",
                key,
                [lookup_index(vault, k) for k in directory_keys(entry)],
                vault.seal_json(entry, aad=entry_aad(key)),
            )
            done += 1
        done += await seal_legacy_reviews(conn, vault, table="review.reviews", aad_of=review_aad, batch=batch)
        for row in await conn.fetch(
            "SELECT case_id, fingerprint, message_id, summary FROM review.case_index"
            " WHERE sealed_summary IS NULL ORDER BY case_id LIMIT $1 FOR UPDATE",
            batch,
        ):
            await conn.execute(
                "UPDATE review.case_index SET sealed_summary = $2, summary = NULL, fingerprint = $3, message_id = $4"
                " WHERE case_id = $1",
                row["case_id"],
                vault.seal_json(row["summary"], aad=summary_aad(row["case_id"])),
                case_index_key(vault, row["fingerprint"], what="fingerprint"),
                case_index_key(vault, row["message_id"], what="message_id"),
            )
            done += 1
        done += await seal_legacy_outbox(conn, vault, SCHEMA, batch)
    return done

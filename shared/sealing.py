"""Sealed columns and their rotation: every sealed value moves to the current data key.

Each service names its sealed columns (``SealedColumn``: the table, the column, the row key its
associated data is bound to). ``reseal_column`` re-seals one column in batches, each batch one
transaction whose rows are locked (``FOR UPDATE``) and re-checked, so it is safe while the
services run, and resumable: a value already under the current key is never selected again.

Invariant: a value is re-sealed with the same associated data it was sealed with, so it stays
bound to its row; a value that does not open (tampered, unknown key) stops the rotation and is
named, never skipped silently.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg

from shared.crypto import BINARY_PREFIX, PREFIX, UndecryptableValue, Vault, aad


def review_projection(review: dict[str, Any]) -> dict[str, Any]:
    """A ``Review`` (as JSON) without its targets and without the findings' explanations (they
    may name them): what a service keeps readable beside the sealed review."""
    projection = {field: value for field, value in review.items() if field not in ("targets", "findings")}
    projection["findings"] = [
        {field: finding.get(field) for field in ("code", "severity", "citation")}
        for finding in review.get("findings", [])
    ]
    return projection


@dataclass(frozen=True)
class SealedColumn:
    table: str  # schema-qualified, e.g. "intake.cases"
    column: str
    key: tuple[str, ...]  # the row key the associated data names
    binary: bool = False  # bytea (dp1b) rather than text (dp1)

    def aad(self, row: asyncpg.Record) -> str:
        return aad(self.table, self.column, *(row[k] for k in self.key))

    def _current_prefix(self, vault: Vault) -> str:
        return f"{BINARY_PREFIX if self.binary else PREFIX}:{vault.cipher.current}:"

    def _stale(self) -> str:
        """SQL: the value is set and not under the current key ($1 is the current prefix)."""
        if self.binary:
            return f"{self.column} IS NOT NULL AND substring({self.column} FROM 1 FOR length($1::bytea)) <> $1::bytea"
        return f"{self.column} IS NOT NULL AND NOT starts_with({self.column}, $1)"

    def _prefix_param(self, vault: Vault) -> str | bytes:
        prefix = self._current_prefix(vault)
        return prefix.encode() if self.binary else prefix


class ResealFailed(RuntimeError):
    """A stored value did not open: tampered, sealed for another row, or under a key no longer configured."""


Progress = Callable[[str, int], None]


async def stale_count(conn: asyncpg.Connection, column: SealedColumn, vault: Vault) -> int:
    """How many values of ``column`` are not under the current key."""
    count = await conn.fetchval(
        f"SELECT count(*) FROM {column.table} WHERE {column._stale()}", column._prefix_param(vault)
    )
    return int(count)


async def reseal_column(
    conn: asyncpg.Connection,
    column: SealedColumn,
    vault: Vault,
    *,
    batch: int = 500,
    progress: Progress | None = None,
) -> int:
    """Re-seal every value of ``column`` under the current key; returns how many moved."""
    keys = ", ".join(column.key)
    after = ", ".join(f"${i + 2}" for i in range(len(column.key)))
    moved = 0
    last: tuple[object, ...] | None = None  # keyset pagination: each batch starts after the last
    while True:
        async with conn.transaction():
            rows = await conn.fetch(
                f"SELECT {keys}, {column.column} AS value FROM {column.table} WHERE {column._stale()}"
                + (f" AND ({keys}) > ({after})" if last is not None else "")
                + f" ORDER BY {keys} LIMIT {int(batch)} FOR UPDATE",
                column._prefix_param(vault),
                *(last or ()),
            )
            if not rows:
                return moved
            last = tuple(rows[-1][k] for k in column.key)
            updates = []
            for row in rows:
                try:
                    if column.binary:
                        value: str | bytes = vault.cipher.reseal_bytes(bytes(row["value"]), aad=column.aad(row))
                    else:
                        value = vault.cipher.reseal(row["value"], aad=column.aad(row))
                except UndecryptableValue as exc:
                    where = ", ".join(f"{k}={row[k]}" for k in column.key)
                    raise ResealFailed(f"{column.table}.{column.column} ({where}): {exc}") from exc
                updates.append((value, *(row[k] for k in column.key)))
            condition = " AND ".join(f"{k} = ${i + 2}" for i, k in enumerate(column.key))
            await conn.executemany(f"UPDATE {column.table} SET {column.column} = $1 WHERE {condition}", updates)
        moved += len(rows)
        if progress is not None:
            progress(f"{column.table}.{column.column}", moved)


LegacyStep = Callable[[asyncpg.Connection, Vault, int], Awaitable[int]]


async def seal_legacy_reviews(
    conn: asyncpg.Connection, vault: Vault, *, table: str, aad_of: Callable[[Any], str], batch: int
) -> int:
    """Rows of ``table`` (``case_id``, ``review``, ``sealed_review``) stored before reviews were sealed:
    the review sealed in its row, its ``review_projection`` kept readable. Returns how many rows."""
    rows = await conn.fetch(
        f"SELECT case_id, review FROM {table} WHERE sealed_review IS NULL ORDER BY case_id LIMIT $1 FOR UPDATE",
        batch,
    )
    for row in rows:
        await conn.execute(
            f"UPDATE {table} SET sealed_review = $2, review = $3 WHERE case_id = $1",
            row["case_id"],
            vault.seal_json(row["review"], aad=aad_of(row["case_id"])),
            review_projection(row["review"]),
        )
    return len(rows)


async def seal_legacy_outbox(conn: asyncpg.Connection, vault: Vault, schema: str, batch: int) -> int:
    """Outbox rows staged before values were sealed (their value is the JSON envelope itself)."""
    from shared.outbox import value_aad

    rows = await conn.fetch(
        f'SELECT id, event_id, value FROM "{schema}".outbox WHERE substring(value FROM 1 FOR 5) <> $2::bytea'
        " ORDER BY id LIMIT $1 FOR UPDATE",
        batch,
        f"{BINARY_PREFIX}:".encode(),
    )
    for row in rows:
        sealed = await vault.seal_bytes_async(bytes(row["value"]), aad=value_aad(schema, row["event_id"]))
        await conn.execute(f'UPDATE "{schema}".outbox SET value = $2 WHERE id = $1', row["id"], sealed)
    return len(rows)

"""The inbox: a consumer's effect and its processed-message row commit together."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import asyncpg


async def claim(conn: asyncpg.Connection, *, schema: str, consumer: str, event_id: uuid.UUID) -> bool:
    """Record ``event_id`` as processed by ``consumer``; False if it already was.

    Call inside the transaction that applies the effect: a rollback un-claims it.
    """
    inserted = await conn.fetchval(
        f'INSERT INTO "{schema}".processed_messages (consumer, event_id) VALUES ($1, $2)'
        " ON CONFLICT DO NOTHING RETURNING true",
        consumer,
        event_id,
    )
    return bool(inserted)


async def claim_many(
    conn: asyncpg.Connection, *, schema: str, consumer: str, event_ids: Sequence[uuid.UUID]
) -> set[uuid.UUID]:
    """``claim`` for several events in one statement; returns the ids not processed before.

    An id given twice is returned once: apply each returned event once (see ``fresh``).
    """
    rows = await conn.fetch(
        f'INSERT INTO "{schema}".processed_messages (consumer, event_id) SELECT $1, unnest($2::uuid[])'
        " ON CONFLICT DO NOTHING RETURNING event_id",
        consumer,
        list(event_ids),
    )
    return {row["event_id"] for row in rows}


async def fresh(conn: asyncpg.Connection, *, schema: str, consumer: str, events: Sequence[Any]) -> list[Any]:
    """The events (envelopes) not processed before, in their order, each once, now claimed.
    Call inside the transaction that applies them."""
    claimed = await claim_many(conn, schema=schema, consumer=consumer, event_ids=[e.event_id for e in events])
    out = []
    for event in events:
        if event.event_id in claimed:
            claimed.discard(event.event_id)
            out.append(event)
    return out

"""The inbox: a consumer's effect and its processed-message row commit together."""

from __future__ import annotations

import uuid

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

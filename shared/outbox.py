"""The transactional outbox: write events with the state change, publish them afterwards.

Invariants:
- an event is in the outbox if and only if the transaction that produced it committed;
- the relay publishes every row at least once, and a key's rows strictly in insertion order,
  even with several relays running (a row is only taken when no earlier unpublished row of
  the same key exists, and rows are locked with ``FOR UPDATE SKIP LOCKED``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg

from aiokafka.errors import KafkaError

from shared.contracts import Envelope
from shared.db import run_when_notified
from shared.metrics import OUTBOX_BACKLOG


# Publishes (topic, key, value, headers) and returns an awaitable that resolves once the
# broker acknowledged the record (acks=all).
Publish = Callable[[str, bytes, bytes, dict[str, str]], Awaitable[Awaitable[Any]]]


def notify_channel(schema: str) -> str:
    return f"{schema}_outbox"


async def add_to_outbox(conn: asyncpg.Connection, *, schema: str, topic: str, event: Envelope[Any]) -> None:
    """Stage ``event`` for ``topic``, keyed by its case id. Call inside the caller's transaction."""
    await conn.execute(
        f'INSERT INTO "{schema}".outbox (event_id, topic, key, value, headers) VALUES ($1, $2, $3, $4, $5)',
        event.event_id,
        topic,
        str(event.case_id),
        event.model_dump_json().encode(),
        {"event_type": event.event_type, "trace_id": event.trace_id, "case_id": str(event.case_id)},
    )
    await conn.execute("SELECT pg_notify($1, '')", notify_channel(schema))


class OutboxRelay:
    """Moves committed outbox rows to Kafka. Safe to run in several processes at once."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        schema: str,
        publish: Publish,
        poll_seconds: float = 2.0,
        batch_size: int = 200,
    ) -> None:
        self._pool = pool
        self._schema = schema
        self._publish = publish
        self._poll_seconds = poll_seconds
        self._batch_size = batch_size

    async def publish_pending(self) -> int:
        """Publish one batch; returns how many rows it published (0 when nothing is ready)."""
        async with self._pool.acquire() as conn, conn.transaction():
            rows: Sequence[asyncpg.Record] = await conn.fetch(
                f"""
                SELECT o.id, o.topic, o.key, o.value, o.headers
                  FROM "{self._schema}".outbox o
                 WHERE o.published_at IS NULL
                   AND NOT EXISTS (
                       SELECT 1 FROM "{self._schema}".outbox earlier
                        WHERE earlier.key = o.key AND earlier.published_at IS NULL AND earlier.id < o.id)
                 ORDER BY o.id
                 LIMIT $1
                   FOR UPDATE SKIP LOCKED
                """,
                self._batch_size,
            )
            if not rows:
                return 0
            acks = [
                await self._publish(row["topic"], row["key"].encode(), bytes(row["value"]), dict(row["headers"]))
                for row in rows
            ]
            await asyncio.gather(*acks)
            await conn.execute(
                f'UPDATE "{self._schema}".outbox SET published_at = now() WHERE id = ANY($1::bigint[])',
                [row["id"] for row in rows],
            )
        return len(rows)

    async def backlog(self) -> int:
        """Rows waiting to be published (also exported as dueprocess_outbox_backlog)."""
        count = await self._pool.fetchval(
            f'SELECT count(*) FROM "{self._schema}".outbox WHERE published_at IS NULL'
        )
        OUTBOX_BACKLOG.labels(schema=self._schema).set(count)
        return count

    async def _publish_and_measure(self) -> int:
        published = await self.publish_pending()
        if not published:
            await self.backlog()
        return published

    async def run(self) -> None:
        """Publish until cancelled; wakes on NOTIFY, polls as a fallback, backs off on errors."""
        await run_when_notified(
            pool=self._pool,
            channel=notify_channel(self._schema),
            step=self._publish_and_measure,
            poll_seconds=self._poll_seconds,
            what=f"{self._schema} outbox relay",
            transient=(KafkaError,),
        )

"""The transactional outbox: write events with the state change, publish them afterwards.

Invariants:
- an event is in the outbox if and only if the transaction that produced it committed;
- the relay publishes every row at least once, and a key's rows strictly in insertion order,
  even with several relays running (a row is only taken when no earlier unpublished row of
  the same key exists, and rows are locked with ``FOR UPDATE SKIP LOCKED``);
- a row's value is its event sealed at rest (``shared.crypto``, bound to the schema's outbox
  and the event id); the relay publishes it opened, as the JSON envelope, whose personal fields
  stay sealed under the event key ring (``shared.contracts.seal_event``): Kafka never sees them.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg
from aiokafka.errors import KafkaError

from shared.contracts import Envelope, seal_event
from shared.crypto import aad
from shared.db import events_of, run_when_notified, vault_of
from shared.metrics import OUTBOX_BACKLOG

# Publishes (topic, key, value, headers) and returns an awaitable that resolves once the
# broker acknowledged the record (acks=all).
Publish = Callable[[str, bytes, bytes, dict[str, str]], Awaitable[Awaitable[Any]]]


def notify_channel(schema: str) -> str:
    return f"{schema}_outbox"


def value_aad(schema: str, event_id: uuid.UUID) -> str:
    """Where an outbox value belongs (its associated data): the schema's outbox, the event."""
    return aad(f"{schema}.outbox", "value", event_id)


async def open_value(db: Any, *, schema: str, event_id: uuid.UUID, value: bytes) -> bytes:
    """An outbox row's event as published (the JSON envelope), from its sealed value."""
    return await vault_of(db).open_bytes_async(bytes(value), aad=value_aad(schema, event_id))


async def add_to_outbox(
    conn: asyncpg.Connection, *, schema: str, topic: str, event: Envelope[Any], key: str | None = None
) -> None:
    """Stage ``event`` for ``topic``, keyed by its case id (or ``key``: an event about no case).
    Call inside the caller's transaction."""
    # One round trip: the row and the relay's wake-up (NOTIFY is delivered at commit, and
    # PostgreSQL folds a transaction's identical notifications into one).
    # Its personal fields are sealed for Kafka with the event key ring (what the relay publishes),
    # and the whole event sealed at rest like the rest of the schema.
    value = await vault_of(conn).seal_bytes_async(
        seal_event(event, events_of(conn)), aad=value_aad(schema, event.event_id)
    )
    await conn.execute(
        f'WITH staged AS (INSERT INTO "{schema}".outbox (event_id, topic, key, value, headers)'
        " VALUES ($1, $2, $3, $4, $5) RETURNING 1) SELECT pg_notify($6, '') FROM staged",
        event.event_id,
        topic,
        key if key is not None else str(event.case_id),
        value,
        {"event_type": event.event_type, "trace_id": event.trace_id, "case_id": str(event.case_id)},
        notify_channel(schema),
    )


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
        self._measured_at = float("-inf")

    async def publish_pending(self) -> int:
        """Publish one batch; returns how many rows it published (0 when nothing is ready)."""
        async with self._pool.acquire() as conn, conn.transaction():
            rows: Sequence[asyncpg.Record] = await conn.fetch(
                f"""
                SELECT o.id, o.event_id, o.topic, o.key, o.value, o.headers
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
                await self._publish(
                    row["topic"],
                    row["key"].encode(),
                    await open_value(conn, schema=self._schema, event_id=row["event_id"], value=row["value"]),
                    dict(row["headers"]),
                )
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
        count: int = await self._pool.fetchval(
            f'SELECT count(*) FROM "{self._schema}".outbox WHERE published_at IS NULL'
        )
        OUTBOX_BACKLOG.labels(schema=self._schema).set(count)
        return count

    async def _publish_and_measure(self) -> int:
        """One relay pass for ``run_when_notified``: non-zero only when a full batch went out
        (more may be waiting). After a partial batch the relay waits for the next NOTIFY
        instead of running an empty pass (a transaction) to find that out; a row committed in
        the meantime has already sent its NOTIFY, so no wake-up is lost."""
        published = await self.publish_pending()
        # The gauge is sampled at most once a second: at a few hundred events a second a
        # count(*) after every drained pass costs a round trip per event for a number a
        # scraper reads every 15 s.
        if published < self._batch_size and (now := time.monotonic()) - self._measured_at >= 1.0:
            self._measured_at = now
            await self.backlog()
        return published if published >= self._batch_size else 0

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

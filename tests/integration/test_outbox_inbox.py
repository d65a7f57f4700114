"""The outbox, the inbox and the migrations on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import asyncpg
import pytest

from shared import inbox
from shared.contracts import Envelope, LegalProcessDecided, envelope
from shared.db import Migration, MigrationDrift, UnitOfWork, migrate, schema_migrations
from shared.outbox import OutboxRelay, add_to_outbox
from shared.vocabulary import CounselAction, Disposition
from tests.conftest import parse_event

pytestmark = pytest.mark.integration
SCHEMA = "intake"


def decided(case_id: uuid.UUID, n: int) -> Envelope[Any]:
    payload = LegalProcessDecided(
        action=CounselAction.DECIDE,
        disposition=Disposition.OBJECT,
        decided_by="counsel",
        reason=f"step {n}",
        decided_at="2026-01-01T00:00:00Z",
    )
    return envelope(payload, case_id=case_id, trace_id=f"trace-{n}", producer="test")


class RecordingPublisher:
    """Stands in for Kafka only to observe the relay's order; the database is real."""

    def __init__(self, delay: float = 0.0) -> None:
        self.published: list[tuple[str, bytes, bytes]] = []
        self.delay = delay

    async def __call__(self, topic: str, key: bytes, value: bytes, headers: dict[str, str]) -> Any:
        await asyncio.sleep(self.delay)
        self.published.append((topic, key, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


async def test_outbox_rows_exist_only_when_the_transaction_commits(pool: asyncpg.Pool) -> None:
    case_id = uuid.uuid4()
    with pytest.raises(RuntimeError):
        async with UnitOfWork(pool) as uow:
            await add_to_outbox(uow.conn, schema=SCHEMA, topic="t", event=decided(case_id, 1))
            raise RuntimeError("the business write failed")
    assert await pool.fetchval("SELECT count(*) FROM intake.outbox") == 0
    async with UnitOfWork(pool) as uow:
        await add_to_outbox(uow.conn, schema=SCHEMA, topic="t", event=decided(case_id, 2))
    assert await pool.fetchval("SELECT count(*) FROM intake.outbox") == 1


async def test_two_relays_publish_each_row_once_and_each_key_in_order(pool: asyncpg.Pool) -> None:
    cases = [uuid.uuid4() for _ in range(5)]
    async with UnitOfWork(pool) as uow:
        for step in range(8):
            for case_id in cases:
                await add_to_outbox(uow.conn, schema=SCHEMA, topic="t", event=decided(case_id, step))
    publisher = RecordingPublisher(delay=0.001)
    relays = [OutboxRelay(pool=pool, schema=SCHEMA, publish=publisher, batch_size=7) for _ in range(2)]

    async def drain(relay: OutboxRelay) -> None:
        while await relay.publish_pending():
            pass

    for _ in range(10):  # a relay may stop early while the other still holds rows
        await asyncio.gather(*(drain(relay) for relay in relays))
        if await relays[0].backlog() == 0:
            break
    assert await relays[0].backlog() == 0
    assert len(publisher.published) == 40, "every row published exactly once"
    for case_id in cases:
        steps = [
            parse_event(value, LegalProcessDecided).payload.reason
            for _, key, value in publisher.published
            if key == str(case_id).encode()
        ]
        assert steps == [f"step {n}" for n in range(8)]


async def test_relay_wakes_on_notify_without_waiting_for_the_poll(pool: asyncpg.Pool) -> None:
    publisher = RecordingPublisher()
    relay = OutboxRelay(pool=pool, schema=SCHEMA, publish=publisher, poll_seconds=60)
    task = asyncio.create_task(relay.run())
    try:
        await asyncio.sleep(0.3)
        async with UnitOfWork(pool) as uow:
            await add_to_outbox(uow.conn, schema=SCHEMA, topic="t", event=decided(uuid.uuid4(), 1))
        for _ in range(50):
            if publisher.published:
                break
            await asyncio.sleep(0.1)
        assert len(publisher.published) == 1
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_inbox_claims_an_event_once_and_a_rollback_releases_it(pool: asyncpg.Pool) -> None:
    event_id = uuid.uuid4()
    with pytest.raises(RuntimeError):
        async with UnitOfWork(pool) as uow:
            assert await inbox.claim(uow.conn, schema=SCHEMA, consumer="c", event_id=event_id)
            raise RuntimeError("effect failed")
    async with UnitOfWork(pool) as uow:
        assert await inbox.claim(uow.conn, schema=SCHEMA, consumer="c", event_id=event_id)
    async with UnitOfWork(pool) as uow:
        assert not await inbox.claim(uow.conn, schema=SCHEMA, consumer="c", event_id=event_id)
        assert await inbox.claim(uow.conn, schema=SCHEMA, consumer="another consumer", event_id=event_id)


async def test_inbox_fresh_claims_a_batch_each_event_once_in_order(pool: asyncpg.Pool) -> None:
    case_id = uuid.uuid4()
    first, second, third = (decided(case_id, n) for n in range(3))
    async with UnitOfWork(pool) as uow:
        assert await inbox.claim(uow.conn, schema=SCHEMA, consumer="c", event_id=second.event_id)
    with pytest.raises(RuntimeError):
        async with UnitOfWork(pool) as uow:
            assert await inbox.fresh(uow.conn, schema=SCHEMA, consumer="c", events=[third]) == [third]
            raise RuntimeError("effect failed")  # the claim goes with it
    async with UnitOfWork(pool) as uow:
        # a redelivery inside the same batch, and one processed before: each applies once
        fresh = await inbox.fresh(uow.conn, schema=SCHEMA, consumer="c", events=[first, second, first, third])
    assert fresh == [first, third]
    async with UnitOfWork(pool) as uow:
        assert await inbox.fresh(uow.conn, schema=SCHEMA, consumer="c", events=[first, second, third]) == []
        assert await inbox.fresh(uow.conn, schema=SCHEMA, consumer="other", events=[third]) == [third]


def intake_migrations() -> list[Migration]:
    return schema_migrations(schema=SCHEMA, package="services.intake.adapters.migrations")


async def test_migrations_are_idempotent_and_refuse_edited_history(database_url: str) -> None:
    conn = await asyncpg.connect(database_url)
    try:
        assert await migrate(conn, schema=SCHEMA, migrations=intake_migrations()) == []
        edited = [Migration(version=m.version, sql=m.sql + "\n-- edited") for m in intake_migrations()]
        with pytest.raises(MigrationDrift):
            await migrate(conn, schema=SCHEMA, migrations=edited)
    finally:
        await conn.close()

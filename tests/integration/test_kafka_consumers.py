"""At-least-once consumption, dead letters and per-case order on a real Kafka broker."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from shared.contracts import Envelope, LegalProcessDecided, Topics, envelope
from shared.db import UnitOfWork
from shared.kafka import ConsumerOptions, ensure_topics, make_broker, register_consumer, relay_publisher
from shared.outbox import OutboxRelay, add_to_outbox
from shared.settings import Settings
from shared.vocabulary import CounselAction, Disposition
from tests.conftest import KafkaUnderTest, event_keys, parse_event, read_topic
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration


def decided(case_id: uuid.UUID, n: int) -> Envelope[LegalProcessDecided]:
    payload = LegalProcessDecided(
        action=CounselAction.DECIDE,
        disposition=Disposition.OBJECT,
        decided_by="counsel",
        reason=f"step {n}",
        decided_at="2026-01-01T00:00:00Z",
    )
    return envelope(payload, case_id=case_id, trace_id=f"trace-{n}", producer="test")


def settings_for(kafka: KafkaUnderTest) -> Settings:
    return Settings(kafka_bootstrap=kafka.bootstrap, kafka_idempotence=kafka.idempotence)


async def run_consumer(
    kafka: KafkaUnderTest,
    *,
    topic: str,
    group: str,
    prefix: str,
    handle: Callable[[Envelope[Any]], Awaitable[None]],
    until: Callable[[], bool],
    max_attempts: int = 3,
) -> None:
    broker = make_broker(settings_for(kafka), client_id="test")
    register_consumer(
        broker,
        topic=topic,
        group_id=group,
        payload_type=LegalProcessDecided,
        handle=handle,
        options=ConsumerOptions(
            event_keys=event_keys(), prefix=prefix, max_attempts=max_attempts, retry_backoff_seconds=0.05
        ),
    )
    await broker.start()
    try:
        await eventually(until, what=f"consumer {group}")
    finally:
        await broker.stop()


async def test_relay_publishes_every_event_keyed_by_case_and_in_order(
    kafka: KafkaUnderTest, pool: asyncpg.Pool, topic_prefix: str
) -> None:
    await ensure_topics(kafka.bootstrap, partitions=6, prefix=topic_prefix)
    cases = [uuid.uuid4() for _ in range(4)]
    async with UnitOfWork(pool) as uow:
        for step in range(5):
            for case_id in cases:
                await add_to_outbox(uow.conn, schema="review", topic=Topics.DECIDED, event=decided(case_id, step))
    broker = make_broker(settings_for(kafka), client_id="relay-test")
    await broker.start()
    try:
        relay = OutboxRelay(pool=pool, schema="review", publish=relay_publisher(broker, prefix=topic_prefix))
        while await relay.publish_pending():
            pass
    finally:
        await broker.stop()
    records = await read_topic(kafka, topic_prefix + Topics.DECIDED)
    assert len(records) == 20
    for case_id in cases:
        mine = sorted((r for r in records if r.key == str(case_id).encode()), key=lambda r: r.offset)
        assert len({r.partition for r in mine}) == 1, "one case's events share a partition"
        assert [parse_event(r.value, LegalProcessDecided).payload.reason for r in mine] == [
            f"step {n}" for n in range(5)
        ]


async def test_a_failing_message_is_redelivered_and_its_offset_committed_only_after_success(
    kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix, topics=[Topics.DECIDED])
    broker = make_broker(settings_for(kafka), client_id="producer")
    await broker.start()
    event = decided(uuid.uuid4(), 1)
    await broker.publish(
        event.model_dump_json().encode(), topic_prefix + Topics.DECIDED, key=str(event.case_id).encode()
    )
    await broker.stop()

    seen: list[uuid.UUID] = []

    async def flaky(received: Envelope[Any]) -> None:
        seen.append(received.event_id)
        if len(seen) == 1:
            raise ValueError("first attempt fails")

    await run_consumer(
        kafka, topic=Topics.DECIDED, group="flaky", prefix=topic_prefix, handle=flaky, until=lambda: len(seen) >= 2
    )
    assert seen == [event.event_id, event.event_id]

    # The group's committed position is past the message: a restart would not see it again.
    reader = AIOKafkaConsumer(
        bootstrap_servers=kafka.bootstrap, group_id=topic_prefix + "flaky", enable_auto_commit=False
    )
    await reader.start()
    try:
        assert await reader.committed(TopicPartition(topic_prefix + Topics.DECIDED, 0)) == 1
    finally:
        await reader.stop()


async def test_poison_and_repeatedly_failing_messages_go_to_the_dead_letter_topic(
    kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix, topics=[Topics.DECIDED])
    broker = make_broker(settings_for(kafka), client_id="producer")
    await broker.start()
    doomed, fine = decided(uuid.uuid4(), 1), decided(uuid.uuid4(), 2)
    topic = topic_prefix + Topics.DECIDED
    await broker.publish(b"\x00not json at all", topic, key=b"k", headers={"trace_id": "poison"})
    await broker.publish(doomed.model_dump_json().encode(), topic, key=b"k")
    await broker.publish(fine.model_dump_json().encode(), topic, key=b"k")
    await broker.stop()

    handled: list[str] = []

    async def handle(received: Envelope[Any]) -> None:
        if received.event_id == doomed.event_id:
            raise ValueError("this one never works")
        handled.append(received.payload.reason)

    await run_consumer(
        kafka,
        topic=Topics.DECIDED,
        group="dlq-test",
        prefix=topic_prefix,
        handle=handle,
        until=lambda: handled == ["step 2"],
        max_attempts=3,
    )
    dead = await read_topic(kafka, topic_prefix + Topics.dead_letter("dlq-test"))
    assert len(dead) == 2
    headers = [{k: v.decode() for k, v in record.headers} for record in dead]
    assert dead[0].value == b"\x00not json at all"
    assert headers[0]["dlq-error"].startswith("undecodable") and headers[0]["trace_id"] == "poison"
    assert headers[0]["dlq-attempts"] == "1"
    assert Envelope[LegalProcessDecided].model_validate_json(dead[1].value).event_id == doomed.event_id
    assert "this one never works" in headers[1]["dlq-error"] and headers[1]["dlq-attempts"] == "3"
    assert headers[1]["dlq-source"].startswith(topic + "/0/")


async def test_a_partitions_records_go_to_handle_many_together_in_order_and_a_bad_one_alone(
    kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    """Records a poll brings for one partition are applied together (one transaction, in order);
    when that fails the records go one by one: the good ones are applied once, the bad one is
    retried and dead-lettered on its own."""
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix, topics=[Topics.DECIDED])
    events = [decided(uuid.uuid4(), n) for n in range(6)]
    doomed = events[3]
    topic = topic_prefix + Topics.DECIDED
    broker = make_broker(settings_for(kafka), client_id="producer")
    await broker.start()
    for event in events:
        await broker.publish(event.model_dump_json().encode(), topic, key=str(event.case_id).encode())
    await broker.stop()

    applied: list[str] = []  # committed effects, as a transaction would leave them
    batches: list[list[str]] = []
    singles: list[str] = []

    async def handle(received: Envelope[Any]) -> None:
        singles.append(received.payload.reason)
        if received.event_id == doomed.event_id:
            raise ValueError("this one never works")
        applied.append(received.payload.reason)

    async def handle_many(received: list[Envelope[Any]]) -> None:
        reasons = [event.payload.reason for event in received]
        batches.append(reasons)
        if any(event.event_id == doomed.event_id for event in received):
            raise ValueError("this one never works")  # all or nothing: nothing applied
        applied.extend(reasons)

    broker = make_broker(settings_for(kafka), client_id="test")
    register_consumer(
        broker,
        topic=Topics.DECIDED,
        group_id="batched",
        payload_type=LegalProcessDecided,
        handle=handle,
        handle_many=handle_many,
        options=ConsumerOptions(
            event_keys=event_keys(), prefix=topic_prefix, max_attempts=2, retry_backoff_seconds=0.05
        ),
    )
    await broker.start()
    try:
        await eventually(lambda: len(applied) == 5, what="the five good records applied")
        await asyncio.sleep(0.5)  # nothing more arrives
    finally:
        await broker.stop()
    assert applied == [f"step {n}" for n in range(6) if n != 3], "each good record once, in order"
    assert batches and batches[0][0] == "step 0" and len(batches[0]) > 1, "the first poll's records came together"
    assert all(batch == sorted(batch) for batch in batches), "in partition order"
    assert singles.count("step 3") == 2, "the bad record was retried on its own, up to max_attempts"
    (letter,) = await read_topic(kafka, topic_prefix + Topics.dead_letter("batched"))
    assert Envelope[LegalProcessDecided].model_validate_json(letter.value).event_id == doomed.event_id


async def test_one_group_consumes_several_topics_each_record_to_its_route(
    kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    """``register_consumers``: one consumer group (one fetch loop, one commit per poll) over two
    topics; each record reaches its topic's handler, in partition order, and is committed."""
    from shared.contracts import LegalProcessEscalated
    from shared.kafka import Route, register_consumers

    await ensure_topics(kafka.bootstrap, partitions=2, prefix=topic_prefix, topics=[Topics.DECIDED, Topics.ESCALATED])
    case_id = uuid.uuid4()
    decisions = [decided(case_id, n) for n in range(4)]
    broker = make_broker(settings_for(kafka), client_id="producer")
    await broker.start()
    for event in decisions:
        await broker.publish(event.model_dump_json().encode(), topic_prefix + Topics.DECIDED, key=str(case_id).encode())
        # a record the decided route cannot read, on the other topic: it must go to its own route
        await broker.publish(
            event.model_dump_json().encode(), topic_prefix + Topics.ESCALATED, key=str(case_id).encode()
        )
    await broker.stop()

    on_decided: list[str] = []
    on_escalated: list[uuid.UUID] = []

    async def handle_decided(received: Envelope[Any]) -> None:
        on_decided.append(received.payload.reason)

    async def handle_escalated(received: Envelope[Any]) -> None:
        on_escalated.append(received.event_id)

    broker = make_broker(settings_for(kafka), client_id="test")
    register_consumers(
        broker,
        group_id="both",
        options=ConsumerOptions(
            event_keys=event_keys(), prefix=topic_prefix, max_attempts=1, retry_backoff_seconds=0.05
        ),
        routes=[
            Route(Topics.DECIDED, LegalProcessDecided, handle_decided),
            Route(Topics.ESCALATED, LegalProcessEscalated, handle_escalated),
        ],
    )
    await broker.start()
    try:
        await eventually(lambda: len(on_decided) == 4, what="the decided records")
        await asyncio.sleep(0.5)
    finally:
        await broker.stop()
    assert on_decided == [f"step {n}" for n in range(4)]
    assert on_escalated == [], "a decided payload is not an escalation: it goes to the DLQ, not to another route"
    assert len(await read_topic(kafka, topic_prefix + Topics.dead_letter("both"))) == 4
    reader = AIOKafkaConsumer(
        bootstrap_servers=kafka.bootstrap, group_id=topic_prefix + "both", enable_auto_commit=False
    )
    await reader.start()
    try:
        for topic in (Topics.DECIDED, Topics.ESCALATED):
            committed = [await reader.committed(TopicPartition(topic_prefix + topic, p)) for p in range(2)]
            assert sum(c or 0 for c in committed) == 4, (topic, committed)
    finally:
        await reader.stop()

"""Dead letters on a real broker: listed with their reason, replayed once to their source topic."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from shared.contracts import Envelope, LegalProcessDecided, Topics, envelope
from shared.dlq import list_dead_letters, replay_dead_letters
from shared.kafka import ConsumerOptions, ensure_topics, make_broker, register_consumer
from shared.settings import Settings
from shared.vocabulary import CounselAction
from tests.conftest import KafkaUnderTest, event_keys, read_topic

pytestmark = pytest.mark.integration


async def test_a_dead_letter_is_listed_and_replayed_once(kafka: KafkaUnderTest, topic_prefix: str) -> None:
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix, topics=[Topics.DECIDED])
    broker = make_broker(
        Settings(kafka_bootstrap=kafka.bootstrap, kafka_idempotence=kafka.idempotence), client_id="dlq-test"
    )
    event = envelope(
        LegalProcessDecided(
            action=CounselAction.ACKNOWLEDGE, decided_by="a", reason="", decided_at="2026-01-01T00:00:00Z"
        ),
        case_id=uuid.uuid4(),
        trace_id="trace-dlq",
        producer="test",
    )
    broken = True
    handled: list[uuid.UUID] = []

    async def handle(received: Envelope[Any]) -> None:
        if broken:
            raise ValueError("database schema mismatch")
        handled.append(received.event_id)

    register_consumer(
        broker,
        topic=Topics.DECIDED,
        group_id="flaky",
        payload_type=LegalProcessDecided,
        handle=handle,
        options=ConsumerOptions(
            event_keys=event_keys(), prefix=topic_prefix, max_attempts=2, retry_backoff_seconds=0.01
        ),
    )
    await broker.start()
    try:
        await broker.publish(
            event.model_dump_json().encode(),
            topic_prefix + Topics.DECIDED,
            key=str(event.case_id).encode(),
            headers={"case_id": str(event.case_id)},
        )
        for _ in range(100):
            if await read_topic(kafka, topic_prefix + Topics.dead_letter("flaky")):
                break
            await asyncio.sleep(0.1)
        (letter,) = await list_dead_letters(kafka.bootstrap, prefix=topic_prefix)
        summary = letter.summary()
        assert summary["consumer"] == "flaky" and summary["attempts"] == "2"
        assert "database schema mismatch" in summary["error"] and summary["case_id"] == str(event.case_id)
        assert summary["source"].startswith(topic_prefix + Topics.DECIDED + "/0/")

        broken = False  # the bug is fixed; replay
        replayed = await replay_dead_letters(kafka.bootstrap, prefix=topic_prefix, consumer="flaky")
        assert len(replayed) == 1
        for _ in range(100):
            if handled:
                break
            await asyncio.sleep(0.1)
        assert handled == [event.event_id]
        assert await replay_dead_letters(kafka.bootstrap, prefix=topic_prefix) == [], "each letter replays once"
        assert len(await list_dead_letters(kafka.bootstrap, prefix=topic_prefix)) == 1, "listing keeps history"
    finally:
        await broker.stop()

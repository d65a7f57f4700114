"""Dead letters: list what a consumer gave up on, and replay it to the topic it came from.

A dead letter keeps the original key, value and headers, plus `dlq-error`, `dlq-attempts`,
`dlq-consumer` and `dlq-source` (topic/partition/offset). Replaying publishes the original
record again to its source topic; consumers are idempotent, so a replay of an event that was
in fact processed does nothing. Each dead letter is replayed once: the replayer's consumer
group remembers how far it got.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

Security = Mapping[str, Any] | None  # aiokafka client settings (shared.kafka.client_security)
DLQ_HEADERS = ("dlq-error", "dlq-attempts", "dlq-consumer", "dlq-source")
REPLAYER_GROUP = "dueprocess.dlq-replayer"


@dataclass(frozen=True)
class DeadLetter:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def source_topic(self) -> str:
        return self.headers.get("dlq-source", "").rsplit("/", 2)[0]

    @property
    def original_headers(self) -> list[tuple[str, bytes]]:
        return [(k, v.encode()) for k, v in self.headers.items() if k not in DLQ_HEADERS]

    def summary(self) -> dict[str, str | int]:
        """What an operator needs to decide: where it came from, why it failed. No payload."""
        return {
            "dead_letter": f"{self.topic}/{self.partition}/{self.offset}",
            "source": self.headers.get("dlq-source", ""),
            "consumer": self.headers.get("dlq-consumer", ""),
            "attempts": self.headers.get("dlq-attempts", ""),
            "case_id": self.headers.get("case_id", ""),
            "error": self.headers.get("dlq-error", "")[:500],
        }


async def dead_letter_topics(bootstrap: str, *, prefix: str = "", security: Security = None) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **(security or {}))
    await admin.start()
    try:
        return sorted(t for t in await admin.list_topics() if t.startswith(f"{prefix}dlq."))
    finally:
        await admin.close()


async def _partitions(bootstrap: str, topic: str, security: Security) -> list[TopicPartition]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **(security or {}))
    await admin.start()
    try:
        (description,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return [TopicPartition(topic, p["partition"]) for p in description.get("partitions", [])]


async def _read(
    bootstrap: str,
    topic: str,
    *,
    group_id: str | None,
    security: Security,
    on_record: Callable[[DeadLetter], Awaitable[object]] | None = None,
) -> list[DeadLetter]:
    """Every record of ``topic`` from the group's position (or the beginning) to its current end."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        **(security or {}),
    )
    await consumer.start()
    letters: list[DeadLetter] = []
    try:
        partitions = await _partitions(bootstrap, topic, security)
        consumer.assign(partitions)
        if group_id is None:
            await consumer.seek_to_beginning(*partitions)
        else:
            for tp in partitions:
                committed = await consumer.committed(tp)
                if committed is None:
                    await consumer.seek_to_beginning(tp)
                else:
                    consumer.seek(tp, committed)
        ends = await consumer.end_offsets(partitions)
        while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    letter = DeadLetter(
                        topic=record.topic,
                        partition=record.partition,
                        offset=record.offset,
                        key=record.key,
                        value=record.value,
                        headers={k: v.decode(errors="replace") for k, v in record.headers or ()},
                    )
                    letters.append(letter)
                    if on_record is not None:
                        await on_record(letter)
                        await consumer.commit({TopicPartition(record.topic, record.partition): record.offset + 1})
    finally:
        await consumer.stop()
    return letters


async def list_dead_letters(bootstrap: str, *, prefix: str = "", security: Security = None) -> list[DeadLetter]:
    """Every dead letter of every consumer, replayed or not."""
    letters: list[DeadLetter] = []
    for topic in await dead_letter_topics(bootstrap, prefix=prefix, security=security):
        letters += await _read(bootstrap, topic, group_id=None, security=security)
    return letters


async def replay_dead_letters(
    bootstrap: str, *, prefix: str = "", consumer: str | None = None, security: Security = None
) -> list[DeadLetter]:
    """Publish each not-yet-replayed dead letter (of one consumer, or all) back to its source topic."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", **(security or {}))
    await producer.start()

    async def republish(letter: DeadLetter) -> None:
        if not letter.source_topic:
            raise ValueError(f"{letter.topic}/{letter.partition}/{letter.offset} has no dlq-source header")
        await producer.send_and_wait(letter.source_topic, letter.value, key=letter.key, headers=letter.original_headers)

    replayed: list[DeadLetter] = []
    try:
        for topic in await dead_letter_topics(bootstrap, prefix=prefix, security=security):
            if consumer is not None and topic != f"{prefix}dlq.{consumer}.v1":
                continue
            replayed += await _read(
                bootstrap, topic, group_id=f"{prefix}{REPLAYER_GROUP}", security=security, on_record=republish
            )
    finally:
        await producer.stop()
    return replayed

"""Kafka plumbing: the producer settings, topic creation, and at-least-once consumers with a DLQ.

Consumers never use FastStream's default (at-most-once) acknowledgement: the offset is
committed only after the handler's transaction committed; a failing message is redelivered,
and one that cannot be decoded, or keeps failing, goes to the consumer's dead-letter topic
with the error, the original headers and the attempt count, so the partition moves on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncpg
import structlog
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from faststream.security import BaseSecurity, SASLScram256, SASLScram512
from pydantic import BaseModel, ValidationError

from shared.contracts import Envelope, EventKeyRing, Topics, parse_envelope
from shared.crypto import EventKeys, NoEventKeys
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger
from shared.metrics import CONSUMER_LAG, REGISTRY
from shared.settings import Settings

log = get_logger(__name__)
P = TypeVar("P", bound=BaseModel)

# Failures of the infrastructure rather than of the message: retried without limit.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    *DATABASE_UNAVAILABLE,
    asyncpg.SerializationError,
    asyncpg.DeadlockDetectedError,
    KafkaError,
)


def _ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if settings.kafka_security_protocol not in ("SSL", "SASL_SSL"):
        return None
    return ssl.create_default_context(cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None)


def broker_security(settings: Settings) -> BaseSecurity | None:
    """FastStream's security object for the configured protocol (None for PLAINTEXT)."""
    context = _ssl_context(settings)
    if settings.kafka_security_protocol.startswith("SASL"):
        if not settings.kafka_sasl_username or settings.kafka_sasl_password is None:
            raise ValueError("SASL needs DUEPROCESS_KAFKA_SASL_USERNAME and DUEPROCESS_KAFKA_SASL_PASSWORD")
        scram = SASLScram512 if settings.kafka_sasl_mechanism == "SCRAM-SHA-512" else SASLScram256
        return scram(
            settings.kafka_sasl_username,
            settings.kafka_sasl_password.get_secret_value(),
            ssl_context=context,
            use_ssl=context is not None,
        )
    return BaseSecurity(ssl_context=context) if context is not None else None


def client_security(settings: Settings) -> dict[str, Any]:
    """The same security as keyword arguments for bare aiokafka clients (admin, tools)."""
    kwargs: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    if (context := _ssl_context(settings)) is not None:
        kwargs["ssl_context"] = context
    if settings.kafka_security_protocol.startswith("SASL"):
        kwargs |= {
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": settings.kafka_sasl_username,
            "sasl_plain_password": settings.kafka_sasl_password.get_secret_value()
            if settings.kafka_sasl_password
            else None,
        }
    return kwargs


def make_broker(settings: Settings, *, client_id: str) -> KafkaBroker:
    """A broker whose producer waits for all in-sync replicas (acks=all), idempotent where supported."""
    return KafkaBroker(
        settings.kafka_bootstrap,
        security=broker_security(settings),
        client_id=client_id,
        acks="all",
        enable_idempotence=settings.kafka_idempotence,
        request_timeout_ms=30_000,
        graceful_timeout=15.0,
        logger=logging.getLogger(f"dueprocess.{client_id}.faststream"),
        # FastStream's "Received"/"Processed" line for every delivery is DEBUG: at INFO our own
        # lines say what a message did; its warnings and errors still show.
        log_level=logging.DEBUG,
        middlewares=[KafkaPrometheusMiddleware(registry=REGISTRY, app_name=client_id)],
    )


async def ensure_topics(
    bootstrap: str,
    *,
    partitions: int,
    prefix: str = "",
    topics: Iterable[str] = Topics.ALL,
    security: Mapping[str, Any] | None = None,
) -> None:
    """Create the topics that do not exist yet (idempotent), with their settings (``Topics.CONFIGS``);
    a configured topic that exists already gets its settings again (e.g. made before they were set)."""
    configs = {prefix + name: Topics.CONFIGS.get(name, {}) for name in topics}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **(security or {}))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=partitions, replication_factor=1, topic_configs=config)
            for name, config in configs.items()
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                response = await admin.create_topics(missing)
                # Made meanwhile (or not yet listed): it exists, maybe without its settings.
                existing |= {e[0] for e in response.topic_errors if e[1] == TopicAlreadyExistsError.errno}
        if configured := [
            ConfigResource(ConfigResourceType.TOPIC, name, configs=config)
            for name, config in configs.items()
            if config and name in existing
        ]:
            try:
                await admin.alter_configs(configured)
            except KafkaError as exc:  # e.g. the embedded Tansu broker: no AlterConfigs
                log.warning(
                    "the broker did not take the topics' settings; they keep the broker's defaults",
                    topics=[resource.name for resource in configured],
                    error=repr(exc),
                )
    finally:
        await admin.close()


def require_event_keys(settings: Settings) -> EventKeys:
    """The event key ring; a service refuses to start without it (NoEventKeys)."""
    keys = settings.event_ring()
    if keys is None:
        raise NoEventKeys(
            "events carry sealed personal fields: set DUEPROCESS_EVENT_KEYS (or DUEPROCESS_EVENT_KEYS_FILE), "
            "the event key ring the three services share"
        )
    return keys


@dataclass(frozen=True)
class ConsumerOptions:
    """How every consumer of a service behaves; one value per process, from the settings."""

    prefix: str = ""
    max_attempts: int = 5
    retry_backoff_seconds: float = 0.5
    session_timeout_ms: int = 10_000
    heartbeat_interval_ms: int = 3_000
    # Records fetched per poll. The handler still runs once per record, in its own transaction;
    # the batch only shares one offset commit and the framework's per-delivery overhead.
    max_batch: int = 100
    # How long a poll waits for records when none are buffered (also FastStream's idle pause).
    batch_timeout_ms: int = 20
    # The event key ring that opens events' sealed personal fields (None: a sealed event does not parse).
    event_keys: EventKeyRing | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> ConsumerOptions:
        return cls(
            prefix=settings.kafka_topic_prefix,
            max_attempts=settings.consumer_max_attempts,
            session_timeout_ms=settings.kafka_session_timeout_ms,
            heartbeat_interval_ms=settings.kafka_heartbeat_interval_ms,
            event_keys=require_event_keys(settings),
        )


@dataclass(frozen=True)
class Route:
    """One topic of a consumer group: its contract and its handlers (see ``register_consumers``)."""

    topic: str
    payload_type: type[Any]
    handle: Callable[[Envelope[Any]], Awaitable[None]]
    handle_many: Callable[[Sequence[Envelope[Any]]], Awaitable[None]] | None = None


def register_consumer(
    broker: KafkaBroker,
    *,
    topic: str,
    group_id: str,
    payload_type: type[P],
    handle: Callable[[Envelope[P]], Awaitable[None]],
    options: ConsumerOptions,
    handle_many: Callable[[Sequence[Envelope[P]]], Awaitable[None]] | None = None,
) -> None:
    """Subscribe ``handle`` to ``topic`` in consumer group ``group_id``, at least once
    (``register_consumers`` with one route)."""
    register_consumers(
        broker, group_id=group_id, routes=[Route(topic, payload_type, handle, handle_many)], options=options
    )


def register_consumers(
    broker: KafkaBroker, *, group_id: str, routes: Sequence[Route], options: ConsumerOptions
) -> None:
    """Subscribe consumer group ``group_id`` to each route's topic, at least once: one Kafka
    consumer (one fetch loop, one offset commit per poll) for all of them.

    A route's ``handle`` must be idempotent (use the inbox): it may see an event more than once.

    A route's ``handle_many`` (optional) applies several events of one partition, in order, in
    ONE transaction (each with its inbox row): what ``handle`` does for each, all or nothing.
    When a poll brings a partition more than one record, they go to it together (one commit
    instead of one per event); if it fails with anything but an infrastructure error, the
    records are handled one by one with ``handle`` instead, so a bad record is retried and
    dead-lettered alone, as without it.

    Records are polled in batches. Within a batch each partition's records are handled in
    order, one after the other, and different partitions (of one topic or of several)
    concurrently (a case's events share a partition of each topic, so per-case order holds).
    A record that fails stops its partition: the partition is sought back to it, so neither it
    nor anything after it is committed, and it is redelivered after a backoff. The batch's
    offsets are committed once, after every handler in it returned (FastStream's
    acknowledgement, AckPolicy.NACK_ON_ERROR).
    """
    prefix = options.prefix
    by_topic = {prefix + route.topic: route for route in routes}
    assert len(by_topic) == len(routes), "one route per topic"
    dead_letter_topic = prefix + Topics.dead_letter(group_id)
    failures: dict[tuple[str, int, int], int] = {}

    async def dead_letter(record: Any, *, error: str, attempts: int) -> None:
        headers = {key: value.decode(errors="replace") for key, value in (record.headers or ())}
        headers.update(
            {
                "dlq-error": error[:2000],
                "dlq-attempts": str(attempts),
                "dlq-consumer": group_id,
                "dlq-source": f"{record.topic}/{record.partition}/{record.offset}",
            }
        )
        await broker.publish(record.value, dead_letter_topic, key=record.key, headers=headers)
        log.error(
            "message dead-lettered",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            dead_letter_topic=dead_letter_topic,
            attempts=attempts,
            error=error[:300],
        )

    async def consume_record(record: Any) -> bool:
        """Handle one record; False when it must be redelivered (its partition stops here)."""
        position = (record.topic, record.partition, record.offset)
        route = by_topic[record.topic]
        try:
            event = parse_envelope(record.value or b"", route.payload_type, options.event_keys)
        except ValidationError as exc:
            await dead_letter(record, error=f"undecodable: {exc}", attempts=1)
            return True
        with structlog.contextvars.bound_contextvars(
            case_id=str(event.case_id), trace_id=event.trace_id, event_type=event.event_type
        ):
            try:
                await route.handle(event)
            except TRANSIENT_ERRORS as exc:
                log.warning("transient failure, message will be redelivered", error=repr(exc))
                await asyncio.sleep(options.retry_backoff_seconds)
                return False
            except Exception as exc:  # a failure of this message: bounded retries, then the DLQ
                attempts = failures.get(position, 0) + 1
                if attempts >= options.max_attempts:
                    failures.pop(position, None)
                    await dead_letter(record, error=repr(exc), attempts=attempts)
                    return True
                failures[position] = attempts
                log.warning("handler failed, message will be redelivered", error=repr(exc), attempts=attempts)
                await asyncio.sleep(options.retry_backoff_seconds * 2 ** (attempts - 1))
                return False
            failures.pop(position, None)
            return True

    async def consume_together(records: list[Any]) -> Any | None:
        """The records in one ``handle_many`` call. Returns the first record to redeliver (all of
        them, on an infrastructure error), None when done, or ``records`` itself when they must
        go one by one (a record that does not decode, or a failure of the batch)."""
        route = by_topic[records[0].topic]
        assert route.handle_many is not None
        try:
            events = [parse_envelope(record.value or b"", route.payload_type, options.event_keys) for record in records]
        except ValidationError:
            return records
        try:
            await route.handle_many(events)
        except TRANSIENT_ERRORS as exc:
            log.warning("transient failure, messages will be redelivered", error=repr(exc), records=len(records))
            await asyncio.sleep(options.retry_backoff_seconds)
            return records[0]
        except Exception as exc:
            log.warning("batch failed, handling its messages one by one", error=repr(exc), records=len(records))
            return records
        for record in records:
            failures.pop((record.topic, record.partition, record.offset), None)
        return None

    async def consume_partition(records: list[Any]) -> Any | None:
        """The partition's records in order; returns the first one to redeliver, if any."""
        if by_topic[records[0].topic].handle_many is not None and len(records) > 1:
            outcome = await consume_together(records)
            if outcome is not records:
                return outcome
        for record in records:
            if not await consume_record(record):
                return record
        return None

    async def raw(_: Any) -> None:
        """No decoding by the framework: each record is parsed once, into its contract, below."""
        return None

    @broker.subscriber(
        *by_topic,
        group_id=prefix + group_id,
        ack_policy=AckPolicy.NACK_ON_ERROR,
        auto_offset_reset="earliest",
        max_poll_interval_ms=300_000,
        session_timeout_ms=options.session_timeout_ms,
        heartbeat_interval_ms=options.heartbeat_interval_ms,
        batch=True,
        max_records=options.max_batch,
        batch_timeout_ms=options.batch_timeout_ms,
        decoder=raw,
    )
    async def consume(_: Any = None) -> None:
        # The delivery from FastStream's context, not from an injected ``KafkaMessage``
        # parameter: fast_depends resolves such context parameters in a worker thread, a
        # thread hand-off for every poll.
        msg = broker.context.get_local("message")
        records = msg.raw_message
        if not isinstance(records, tuple):
            records = (records,)
        by_partition: dict[tuple[str, int], list[Any]] = {}
        for record in records:
            by_partition.setdefault((record.topic, record.partition), []).append(record)
        for partition_records in by_partition.values():
            _measure_lag(msg.consumer, partition_records[-1], group_id=prefix + group_id)
        if len(by_partition) == 1:
            redeliver = [await consume_partition(next(iter(by_partition.values())))]
        else:
            redeliver = await asyncio.gather(*(consume_partition(rs) for rs in by_partition.values()))
        for record in redeliver:
            if record is not None:
                # Rewind only this partition, to the record that failed: the commit that follows
                # the batch then stops there, and the next poll fetches it again.
                msg.consumer.seek(TopicPartition(record.topic, record.partition), record.offset)


def _measure_lag(consumer: Any, record: Any, *, group_id: str) -> None:
    """Records behind the partition's end as of this record (the consumer's last fetch)."""
    highwater = getattr(consumer, "highwater", None)
    end = highwater(TopicPartition(record.topic, record.partition)) if highwater else None
    if end is not None:
        CONSUMER_LAG.labels(group=group_id, topic=record.topic).set(max(end - record.offset - 1, 0))


def relay_publisher(
    broker: KafkaBroker, *, prefix: str = ""
) -> Callable[[str, bytes, bytes, dict[str, str]], Awaitable[Any]]:
    """The outbox relay's publish function: returns a future that resolves on the broker's ack."""

    async def publish(topic: str, key: bytes, value: bytes, headers: dict[str, str]) -> Any:
        return await broker.publish(value, prefix + topic, key=key, headers=headers, no_confirm=True)

    return publish

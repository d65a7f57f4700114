"""Kafka SASL/SCRAM on a real Apache Kafka broker configured for it."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from deploy.localinfra._process import kafka_metadata_ok
from deploy.localinfra.kafka import ApacheKafka, KafkaUnavailable, ensure_kafka_jars
from shared.contracts import Envelope, LegalProcessDecided, Topics, envelope
from shared.kafka import ConsumerOptions, client_security, ensure_topics, make_broker, register_consumer
from shared.settings import Settings
from shared.vocabulary import CounselAction
from tests.conftest import event_keys

pytestmark = pytest.mark.integration
USER, PASSWORD = "dueprocess-review", "s3cr3t-scram"


@pytest.fixture(scope="module")
def sasl_kafka(server_dir_factory: Callable[[str], Path]) -> Iterator[ApacheKafka]:
    try:
        jars = ensure_kafka_jars()
    except KafkaUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Apache Kafka unavailable: {exc}")
    broker = ApacheKafka(server_dir_factory("kafka-sasl"), jars=jars, scram_users={USER: PASSWORD})
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def sasl_settings(broker: ApacheKafka, password: str = PASSWORD) -> Settings:
    return Settings(
        kafka_bootstrap=broker.bootstrap,
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username=USER,
        kafka_sasl_password=password,
    )


async def test_services_connect_with_scram_and_round_trip(sasl_kafka: ApacheKafka) -> None:
    settings = sasl_settings(sasl_kafka)
    prefix = f"t{uuid.uuid4().hex[:8]}."
    await ensure_topics(
        settings.kafka_bootstrap,
        partitions=1,
        prefix=prefix,
        topics=[Topics.DECIDED],
        security=client_security(settings),
    )
    broker = make_broker(settings, client_id="sasl-test")
    got: list[uuid.UUID] = []

    async def handle(event: Envelope[Any]) -> None:
        got.append(event.event_id)

    register_consumer(
        broker,
        topic=Topics.DECIDED,
        group_id="sasl",
        payload_type=LegalProcessDecided,
        handle=handle,
        options=ConsumerOptions(event_keys=event_keys(), prefix=prefix),
    )
    event = envelope(
        LegalProcessDecided(
            action=CounselAction.ACKNOWLEDGE, decided_by="a", reason="", decided_at="2026-01-01T00:00:00Z"
        ),
        case_id=uuid.uuid4(),
        trace_id="t",
        producer="test",
    )
    await broker.start()
    try:
        await broker.publish(event.model_dump_json().encode(), prefix + Topics.DECIDED, key=b"k")
        for _ in range(150):
            if got:
                break
            await asyncio.sleep(0.1)
    finally:
        await broker.stop()
    assert got == [event.event_id]


def test_wrong_credentials_and_plaintext_clients_are_refused(sasl_kafka: ApacheKafka) -> None:
    assert kafka_metadata_ok(sasl_kafka.bootstrap, security=client_security(sasl_settings(sasl_kafka)))
    assert not kafka_metadata_ok(sasl_kafka.bootstrap, security=client_security(sasl_settings(sasl_kafka, "wrong")))
    assert not kafka_metadata_ok(sasl_kafka.bootstrap)


def test_sasl_without_credentials_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="SASL needs"):
        make_broker(Settings(kafka_security_protocol="SASL_PLAINTEXT"), client_id="x")

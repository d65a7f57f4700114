"""Apache Kafka 4.1.1 from Maven Central jars: fetch, round trip, restart, stop."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from deploy.localinfra.kafka import ApacheKafka, KafkaUnavailable, ensure_kafka_jars

from .helpers import assert_gone, consume, create_topic, family, produce

pytestmark = pytest.mark.integration


def test_jars_are_fetched_once_then_reused() -> None:
    libs = ensure_kafka_jars()
    assert (libs / "kafka_2.13-4.1.1.jar").is_file()
    assert (libs / "log4j-slf4j-impl-2.24.3.jar").is_file()
    assert not list(libs.glob("*reload4j*"))
    started = time.monotonic()
    assert ensure_kafka_jars() == libs
    assert time.monotonic() - started < 0.1


def test_missing_tools_are_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(KafkaUnavailable, match="Java 17\\+ and Maven"):
        ensure_kafka_jars(tmp_path / "cache")


async def test_round_trip_restart_and_clean_stop(tmp_path: Path) -> None:
    broker = ApacheKafka(tmp_path / "kafka")
    with broker:
        assert broker.version == "4.1.1"
        procs = family(broker.pid)
        await create_topic(broker.bootstrap, "roundtrip", partitions=3)
        values = [f"m{i}".encode() for i in range(10)]
        await produce(broker.bootstrap, "roundtrip", values, enable_idempotence=True)
        assert sorted(await consume(broker.bootstrap, "roundtrip", "g1", len(values))) == sorted(values)

        bootstrap = broker.bootstrap
        await asyncio.to_thread(broker.restart)
        assert broker.bootstrap == bootstrap
        assert_gone(procs)
        procs = family(broker.pid)
        assert sorted(await consume(broker.bootstrap, "roundtrip", "g2", len(values))) == sorted(values)
        assert await consume(broker.bootstrap, "roundtrip", "g1", 1, within=2) == []
    assert broker.pid is None
    assert not broker.pidfile.exists()
    assert_gone(procs)

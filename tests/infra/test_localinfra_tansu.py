"""Tansu broker: round trip, consumer-group commits, start failure reporting."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from deploy.localinfra._process import ServerStartError
from deploy.localinfra.tansu import TansuBroker

from .helpers import assert_gone, consume, create_topic, family, produce

pytestmark = pytest.mark.integration

# Tansu answers a JoinGroup only after about session_timeout_ms / 2, so keep the session short.
FAST_GROUP = {"session_timeout_ms": 2000, "heartbeat_interval_ms": 500}


async def test_round_trip(tmp_path: Path) -> None:
    broker = TansuBroker(tmp_path / "tansu")
    with broker:
        assert broker.version.startswith("tansu v")
        procs = family(broker.pid)
        await create_topic(broker.bootstrap, "roundtrip")
        values = [f"m{i}".encode() for i in range(10)]
        await produce(broker.bootstrap, "roundtrip", values)  # Tansu has no idempotent producer
        assert sorted(await consume(broker.bootstrap, "roundtrip", "g", len(values), **FAST_GROUP)) == sorted(values)
    assert_gone(procs)


async def test_group_manual_commit_is_not_redelivered(tmp_path: Path) -> None:
    with TansuBroker(tmp_path / "tansu") as broker:
        await create_topic(broker.bootstrap, "commits")
        values = [f"m{i}".encode() for i in range(5)]
        await produce(broker.bootstrap, "commits", values)
        first = await consume(broker.bootstrap, "commits", "group", 5, **FAST_GROUP)
        assert sorted(first) == sorted(values)
        again = await consume(broker.bootstrap, "commits", "group", 1, within=3, **FAST_GROUP)
        assert again == []
        await produce(broker.bootstrap, "commits", [b"m5"])
        assert await consume(broker.bootstrap, "commits", "group", 1, **FAST_GROUP) == [b"m5"]


def test_start_failure_shows_log(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        broker = TansuBroker(tmp_path / "tansu", port=taken.getsockname()[1])
        with pytest.raises(ServerStartError, match="Address in use"):
            broker.start(timeout=10)
    assert broker.pid is None

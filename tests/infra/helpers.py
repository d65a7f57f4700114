"""Helpers shared by the local-infrastructure tests."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic


def family(pid: int | None) -> list[psutil.Process]:
    """The process ``pid`` and all its descendants."""
    assert pid is not None, "server is not running"
    leader = psutil.Process(pid)
    return [leader, *leader.children(recursive=True)]


def assert_gone(procs: list[psutil.Process]) -> None:
    """Every process has exited (an orphan may linger as a zombie until init reaps it)."""
    alive = []
    for proc in procs:
        try:
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(proc)
        except psutil.NoSuchProcess:
            pass
    assert not alive, f"processes left behind: {alive}"


def run_cli(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m deploy.localinfra.<module> ...``."""
    cmd = [sys.executable, "-m", f"deploy.localinfra.{module}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=Path(__file__).parents[2])


async def create_topic(bootstrap: str, topic: str, partitions: int = 3) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, values: list[bytes], **config: Any) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", **config)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=value)
    finally:
        await producer.stop()


async def consume(
    bootstrap: str, topic: str, group: str, count: int, within: float = 30.0, **config: Any
) -> list[bytes]:
    """Read up to ``count`` messages within ``within`` seconds as group ``group`` and commit them."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
        auto_offset_reset="earliest", **config,
    )  # fmt: skip
    await consumer.start()
    received: list[bytes] = []
    try:
        loop = asyncio.get_running_loop()
        end = loop.time() + within
        while len(received) < count and loop.time() < end:
            batches = await consumer.getmany(timeout_ms=200)
            received += [msg.value for msgs in batches.values() for msg in msgs if msg.value is not None]
        await consumer.commit()
    finally:
        await consumer.stop()
    return received

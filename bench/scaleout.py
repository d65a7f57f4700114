"""``python -m bench scaleout``: review instances against a topic's partitions.

Only the review service runs (PostgreSQL and Kafka as usual); the bench writes
``legal-process.received.v1`` events straight to the topic, as intake's relay would.

1. Throughput: for each instance count (``--instances 1,2,3``) a fresh database and topics,
   ``--cases`` events preloaded, then that many review instances started together; throughput
   is cases over the span of ``review.reviews.reviewed_at``. The group's initial rebalances
   (the instances join one after the other) are inside that span, as in a real scale-up.
2. Join and leave under load: two instances consume a stream offered at a steady rate; a
   third joins, later one is stopped with SIGTERM (a rolling update or scale-in), later another
   is SIGKILLed (a crash). For each event: the longest pause in reviews after it (the
   rebalance, as the pipeline sees it) and, for the join, the time to the newcomer's first
   review. Afterwards: cases lost (received, never reviewed) and cases reviewed twice (two
   ``reviewed`` events with different ids for one case), and each instance's share.

No home-made sharding: the consumer group assigns the partitions; every instance runs the
same code and the same settings.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import json
import os
import shutil
import signal
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from bench.infra import (
    ResourceMonitor,
    Servers,
    ServiceProcess,
    drop_database,
    fresh_database,
    machine,
    say,
    service_argv,
    start_process,
    stop_processes,
    wait_http_ready,
)
from bench.loadgen import SEED_CASE, Progress, new_run_id
from deploy.localinfra._process import free_port
from shared.contracts import LegalProcessCase, LegalProcessReceived, Topics, envelope
from shared.kafka import ensure_topics


def received_events(count: int, run: str) -> list[tuple[bytes, bytes, list[tuple[str, bytes]]]]:
    seed = json.loads(SEED_CASE.read_text())
    out = []
    for n in range(count):
        document = dict(seed, case_number=f"SCALE-{run}-{n:06d}", raw_text=f"{seed['raw_text']} Ref {run}-{n}.")
        payload = LegalProcessReceived(
            channel="api", received_at=datetime.now(UTC), case=LegalProcessCase.model_validate(document)
        )
        event = envelope(payload, case_id=uuid.uuid4(), trace_id=uuid.uuid4().hex, producer="bench")
        headers = [
            ("event_type", event.event_type.encode()),
            ("trace_id", event.trace_id.encode()),
            ("case_id", str(event.case_id).encode()),
        ]
        out.append((str(event.case_id).encode(), event.model_dump_json().encode(), headers))
    return out


class Group:
    """Review instances of one consumer group, on one database and one topic prefix."""

    def __init__(self, servers: Servers, database_url: str, prefix: str, logs: Path, log_level: str | None) -> None:
        self.servers, self.database_url, self.prefix, self.logs = servers, database_url, prefix, logs
        self.log_level = log_level
        self.instances: dict[str, ServiceProcess] = {}
        self.started_at: dict[str, float] = {}
        self.ports: dict[str, int] = {}  # each instance's HTTP port (its /readyz)

    def start(self, name: str) -> ServiceProcess:
        env = {
            **os.environ,
            "DUEPROCESS_DATABASE_URL": self.database_url,
            "DUEPROCESS_KAFKA_BOOTSTRAP": self.servers.kafka_bootstrap,
            "DUEPROCESS_KAFKA_TOPIC_PREFIX": self.prefix,
            "DUEPROCESS_HTTP_HOST": "127.0.0.1",
            "DUEPROCESS_REVIEW_HTTP_PORT": str(free_port()),
        }
        if self.log_level:
            env["DUEPROCESS_LOG_LEVEL"] = self.log_level
        process = start_process(name, service_argv("review"), env, self.logs)
        self.ports[name] = int(env["DUEPROCESS_REVIEW_HTTP_PORT"])
        self.instances[name] = process
        self.started_at[name] = time.monotonic()
        return process

    async def ready(self, name: str) -> None:
        process = self.instances[name]
        await wait_http_ready(f"http://127.0.0.1:{self.ports[name]}/readyz", [process])

    def signal(self, name: str, sig: signal.Signals) -> None:
        process = self.instances[name]
        process.proc.send_signal(sig)
        process.proc.wait(60)

    def stop_all(self) -> dict[str, int | None]:
        return stop_processes([p for p in self.instances.values() if p.proc.poll() is None])

    def reviewed_by(self) -> dict[str, int]:
        counts = {}
        for name, process in self.instances.items():
            text = process.log.read_text(errors="replace") if process.log.exists() else ""
            counts[name] = sum(1 for line in text.splitlines() if '"case reviewed"' in line)
        return counts


async def produce(
    servers: Servers, prefix: str, events: list[Any], *, rate: float | None = None, bar: Progress | None = None
) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=servers.kafka_bootstrap, acks="all", enable_idempotence=True, linger_ms=5
    )
    await producer.start()
    try:
        t0 = time.monotonic()
        pending = []
        for i, (key, value, headers) in enumerate(events):
            if rate:
                delay = t0 + i / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            pending.append(await producer.send(prefix + Topics.RECEIVED, value, key=key, headers=headers))
            if bar:
                bar.update(i + 1)
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def reviewed_times(database_url: str) -> list[float]:
    conn = await asyncpg.connect(database_url)
    try:
        rows = await conn.fetch("SELECT extract(epoch FROM reviewed_at) AS t FROM review.reviews ORDER BY reviewed_at")
    finally:
        await conn.close()
    return [float(r["t"]) for r in rows]


async def wait_reviewed(
    database_url: str, count: int, *, stall_seconds: float, group: Group, bar: Progress | None = None
) -> int:
    conn = await asyncpg.connect(database_url)
    last, since = -1, time.monotonic()
    try:
        while True:
            done: int = await conn.fetchval("SELECT count(*) FROM review.reviews")
            if bar:
                bar.update(done)
            if done >= count:
                return done
            if done != last:
                last, since = done, time.monotonic()
            elif time.monotonic() - since > stall_seconds:
                return done
            await asyncio.sleep(0.25)
    finally:
        await conn.close()


async def reviewed_events(servers: Servers, prefix: str) -> tuple[int, int, int]:
    """(records on the reviewed topic, cases with one event id, cases with several ids)."""
    topic = prefix + Topics.REVIEWED
    consumer = AIOKafkaConsumer(bootstrap_servers=servers.kafka_bootstrap, enable_auto_commit=False)
    await consumer.start()
    ids: dict[bytes, set[str]] = collections.defaultdict(set)
    records = 0
    try:
        partitions = [
            TopicPartition(topic, p)
            for p in (consumer.partitions_for_topic(topic) or await _partitions(consumer, topic))
        ]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        while any([await consumer.position(tp) < end for tp, end in ends.items()]):
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                for record in batch:
                    records += 1
                    ids[record.key].add(json.loads(record.value)["event_id"])
    finally:
        await consumer.stop()
    once = sum(1 for v in ids.values() if len(v) == 1)
    twice = sum(1 for v in ids.values() if len(v) > 1)
    return records, once, twice


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()
    return consumer.partitions_for_topic(topic) or set()


async def fresh(servers: Servers, partitions: int) -> tuple[str, str]:
    database_url = await fresh_database(servers.admin_dsn, prefix="bench_scale")
    prefix = f"scale{new_run_id()}."
    await ensure_topics(servers.kafka_bootstrap, partitions=partitions, prefix=prefix)
    return database_url, prefix


async def measure_throughput(
    servers: Servers, args: argparse.Namespace, instances: int, logs: Path, progress: bool | None
) -> dict[str, Any]:
    database_url, prefix = await fresh(servers, args.partitions)
    group = Group(servers, database_url, prefix, logs / f"x{instances}", args.log_level)
    group.logs.mkdir(parents=True, exist_ok=True)
    try:
        await produce(servers, prefix, received_events(args.cases, new_run_id()))
        names = [f"review-{n + 1}" for n in range(instances)]
        pids: dict[str, int | None] = {}
        for name in names:
            pids[name] = group.start(name).pid
        monitor = ResourceMonitor({**pids, "kafka": servers.kafka_pid, "postgres": servers.postgres_pid})
        monitor.start()
        bar = Progress(f"{instances} review instance(s)", args.cases, enabled=progress)
        done = await wait_reviewed(database_url, args.cases, stall_seconds=120, group=group, bar=bar)
        bar.close()
        services = await monitor.stop()
        times = await reviewed_times(database_url)
        span = times[-1] - times[0] if len(times) > 1 else 0.0
        # steady-state: the middle 80 % of the reviews, after every instance joined
        lo, hi = int(len(times) * 0.1), int(len(times) * 0.9)
        steady = (hi - lo) / (times[hi] - times[lo]) if hi > lo and times[hi] > times[lo] else None
        records, _, twice = await reviewed_events(servers, prefix)
        return {
            "instances": instances,
            "partitions": args.partitions,
            "cases": args.cases,
            "reviewed": done,
            "throughput_per_s": round(done / span, 1) if span else None,
            "steady_throughput_per_s": round(steady, 1) if steady else None,
            "lost": args.cases - done,
            "reviewed_twice": twice,
            "reviewed_events": records,
            "per_instance": group.reviewed_by(),
            "services": services,
        }
    finally:
        await asyncio.to_thread(group.stop_all)
        await drop_database(servers.admin_dsn, database_url)


def longest_pause(times: list[float], start: float, window: float) -> float:
    """The longest gap between consecutive reviews in [start - 1 s, start + window]."""
    inside = [t for t in times if start - 1.0 <= t <= start + window]
    if len(inside) < 2:
        return window
    return max(b - a for a, b in itertools.pairwise(inside))


async def join_and_leave(
    servers: Servers, args: argparse.Namespace, logs: Path, progress: bool | None
) -> dict[str, Any]:
    """Two instances, a third joins, one leaves (SIGTERM), one crashes (SIGKILL), at a steady rate."""
    database_url, prefix = await fresh(servers, args.partitions)
    group = Group(servers, database_url, prefix, logs / "join-leave", args.log_level)
    group.logs.mkdir(parents=True, exist_ok=True)
    rate, seconds = args.join_leave_rate, args.join_leave_seconds
    count = int(rate * seconds)
    events = received_events(count, new_run_id())
    marks: dict[str, float] = {}
    try:
        for name in ("review-1", "review-2"):
            group.start(name)
        for name in ("review-1", "review-2"):
            await group.ready(name)
        await asyncio.sleep(3)  # the two settle into one group
        bar = Progress("join/leave stream", count, enabled=progress)
        feeder = asyncio.create_task(produce(servers, prefix, events, rate=rate, bar=bar))
        await asyncio.sleep(seconds * 0.25)
        marks["join"] = time.time()
        group.start("review-3")
        await asyncio.sleep(seconds * 0.30)
        marks["leave_sigterm"] = time.time()
        await asyncio.to_thread(group.signal, "review-1", signal.SIGTERM)
        marks["leave_sigterm_exited"] = time.time()
        await asyncio.sleep(seconds * 0.25)
        marks["crash_sigkill"] = time.time()
        await asyncio.to_thread(group.signal, "review-2", signal.SIGKILL)
        await feeder
        bar.close()
        await wait_reviewed(database_url, count, stall_seconds=90, group=group)  # counted below from the reviews
        await asyncio.sleep(2)  # let any duplicate come
        times = await reviewed_times(database_url)
        records, once, twice = await reviewed_events(servers, prefix)
        joined_first = _first_review_at(group.instances["review-3"])
        return {
            "offered_per_s": rate,
            "seconds": seconds,
            "cases": count,
            "reviewed": len(times),
            "lost": count - len(times),
            "reviewed_twice": twice,
            "reviewed_events": records,
            "republished_same_event": records - once - twice * 2 if records >= once + twice * 2 else 0,
            "rebalance_pause_s": {
                "join": round(longest_pause(times, marks["join"] + 2.0, 15.0), 2),
                "leave_sigterm": round(longest_pause(times, marks["leave_sigterm"], 15.0), 2),
                "crash_sigkill": round(longest_pause(times, marks["crash_sigkill"], 20.0), 2),
            },
            "join_to_first_review_s": round(joined_first - marks["join"], 2) if joined_first else None,
            "sigterm_exit_s": round(marks["leave_sigterm_exited"] - marks["leave_sigterm"], 2),
            "exit_codes": {name: p.proc.returncode for name, p in group.instances.items()},
            "per_instance": group.reviewed_by(),
            "normal_gap_s": round(1 / rate, 3),
        }
    finally:
        await asyncio.to_thread(group.stop_all)
        await drop_database(servers.admin_dsn, database_url)


def _first_review_at(process: ServiceProcess) -> float | None:
    if not process.log.exists():
        return None
    for line in process.log.read_text(errors="replace").splitlines():
        if '"case reviewed"' in line:
            stamp = json.loads(line).get("timestamp")
            if stamp:
                return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    return None


async def run_scaleout(args: argparse.Namespace, *, progress: bool | None) -> dict[str, Any]:
    t0 = time.monotonic()
    servers = await asyncio.to_thread(
        Servers.start, kafka_bootstrap=args.kafka_bootstrap, database_url=args.database_url, pg_durable=not args.pg_fast
    )
    logs = args.keep_logs or Path(tempfile.mkdtemp(prefix="dueprocess-bench-scale-"))
    try:
        rows = []
        for instances in [int(x) for x in args.instances.split(",") if x.strip()]:
            say(f"{instances} review instance(s), {args.cases} cases on {args.partitions} partitions…")
            rows.append(await measure_throughput(servers, args, instances, logs, progress))
        say("join and leave under load…")
        churn = await join_and_leave(servers, args, logs, progress) if args.join_leave_seconds > 0 else None
    finally:
        await asyncio.to_thread(servers.close)
        if not args.keep_logs:
            shutil.rmtree(logs, ignore_errors=True)
    ok = all(r["lost"] == 0 and r["reviewed_twice"] == 0 for r in rows) and (
        churn is None or (churn["lost"] == 0 and churn["reviewed_twice"] == 0)
    )
    return {
        "bench": "scaleout",
        "machine": machine(),
        "servers": servers.description,
        "throughput": rows,
        "join_and_leave": churn,
        "ok": ok,
        "elapsed_s": round(time.monotonic() - t0, 1),
    }


def print_human(report: dict[str, Any]) -> None:
    print("instances  throughput/s  steady/s  lost  reviewed twice  per instance")
    for row in report["throughput"]:
        print(
            f"{row['instances']:>9}  {row['throughput_per_s']!s:>12}  {row['steady_throughput_per_s']!s:>8}  "
            f"{row['lost']:>4}  {row['reviewed_twice']:>14}  {row['per_instance']}"
        )
    churn = report["join_and_leave"]
    if churn:
        print(
            f"join/leave at {churn['offered_per_s']}/s: lost {churn['lost']}, reviewed twice "
            f"{churn['reviewed_twice']}, pauses {churn['rebalance_pause_s']} s, newcomer's first review after "
            f"{churn['join_to_first_review_s']} s, per instance {churn['per_instance']}"
        )

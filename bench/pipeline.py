"""``python -m bench pipeline``: HTTP intake → review → notify → SMTP, end to end, against the raw baseline.

One run: start (or use) Apache Kafka and PostgreSQL, then for each system (the pipeline,
then the raw baseline of bench/baseline.py) a fresh database, topics of its own, the bench
SMTP sink and the three services as processes with the production settings; a warm-up;
for the pipeline a phase at a fixed offered rate (open loop, ``--rate`` for
``--fixed-seconds``), then ``--cases`` at the maximum rate (closed loop). Latency of a case is
from reading intake's 201 to the SMTP sink accepting the last of the case's notices.
"""

from __future__ import annotations

import asyncio
import collections
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.infra import (
    ResourceMonitor,
    Servers,
    ServiceProcess,
    SinkProcess,
    drop_database,
    fresh_database,
    log_tail,
    machine,
    say,
    service_argv,
    start_process,
    stop_processes,
    wait_http_ready,
)
from bench.loadgen import DriveResult, Progress, case_bodies, drive_fixed_rate, drive_max_rate, new_run_id
from deploy.localinfra._process import free_port
from shared.kafka import ensure_topics

SERVICES = ("intake", "review", "notify")
TARGETS = {"throughput_per_s": 300.0, "p99_ms_at_100_per_s": 250.0, "ratio": 0.6}


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _ms(ns: float | None) -> float | None:
    return None if ns is None else round(ns / 1e6, 1)


@dataclass
class Options:
    cases: int = 2000
    rate: float = 100.0
    fixed_seconds: float = 5.0
    baseline_cases: int | None = None
    concurrency: int = 32
    warmup: int = 20
    kafka_bootstrap: str | None = None
    database_url: str | None = None
    log_level: str | None = None  # None: the production default (INFO)
    baseline: bool = True
    pg_durable: bool = True
    partitions: int = 6
    keep_logs: Path | None = None
    review_instances: int = 1
    progress: bool | None = None
    drain_timeout: float = 120.0
    profile: Path | None = None  # py-spy: record each service into this directory
    service_env: dict[str, str] = field(default_factory=dict)  # extra DUEPROCESS_* settings for every service
    # The sink offers delivery reports (RFC 3461) and sends them to notify's return-path listener.
    delivery_reports: bool = False


@dataclass
class System:
    """One running system (the pipeline or the baseline) with its sink, processes and database."""

    kind: str  # "pipeline" | "baseline"
    database_url: str
    prefix: str
    base_url: str
    sink: SinkProcess
    processes: list[ServiceProcess]
    logs: Path
    by_case: dict[str, list[int]] = field(default_factory=lambda: collections.defaultdict(list))
    _seen: int = 0
    env: dict[str, str] = field(default_factory=dict)  # what the services were started with

    def absorb(self) -> None:
        """Index new sink deliveries by case."""
        deliveries = self.sink.deliveries
        for at, case, _ in deliveries[self._seen :]:
            self.by_case[case].append(at)
        self._seen = len(deliveries)

    def check_alive(self) -> None:
        for p in self.processes:
            if p.proc.poll() is not None:
                raise RuntimeError(f"{p.name} exited with {p.proc.returncode}:\n{log_tail(p)}")

    def pids(self) -> dict[str, int | None]:
        return {p.name: p.pid for p in self.processes}


async def start_system(kind: str, servers: Servers, opts: Options, logs: Path) -> System:
    database_url = await fresh_database(servers.admin_dsn, prefix=f"bench_{kind}")
    prefix = f"bench{new_run_id()}."
    await ensure_topics(servers.kafka_bootstrap, partitions=opts.partitions, prefix=prefix)
    return_path_port = free_port() if opts.delivery_reports and kind == "pipeline" else 0
    sink = (
        SinkProcess(dsn_relay=("127.0.0.1", return_path_port), spool=logs / "sink-spool")
        if return_path_port
        else SinkProcess()
    )
    await sink.start()
    port = free_port()
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "DUEPROCESS_DATABASE_URL": database_url,
        "DUEPROCESS_KAFKA_BOOTSTRAP": servers.kafka_bootstrap,
        "DUEPROCESS_KAFKA_IDEMPOTENCE": "true",
        "DUEPROCESS_KAFKA_TOPIC_PREFIX": prefix,
        "DUEPROCESS_KAFKA_PARTITIONS": str(opts.partitions),
        "DUEPROCESS_SMTP_URL": sink.url,
        "DUEPROCESS_HTTP_HOST": "127.0.0.1",
        "DUEPROCESS_HTTP_PORT": str(port),
        "DUEPROCESS_REVIEW_HTTP_PORT": str(free_port()),
        "DUEPROCESS_NOTIFY_HTTP_PORT": str(free_port()),
        "DUEPROCESS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "DUEPROCESS_NOTICE_LINK_SECRET": "bench-secret-bench-secret-bench-secret",
        # intake's e-mail listener (where this checkout has one): never the shared default port
        "DUEPROCESS_SMTP_INBOUND_HOST": "127.0.0.1",
        "DUEPROCESS_SMTP_INBOUND_PORT": str(free_port()),
        "DUEPROCESS_RETURN_PATH_PORT": str(return_path_port),
        "DUEPROCESS_NOTICE_RETURN_PATH": "notice-reports@bench.dueprocess.local",
    }
    if opts.log_level:
        env["DUEPROCESS_LOG_LEVEL"] = opts.log_level
    env.update(opts.service_env)
    processes = []
    for service in SERVICES:
        count = opts.review_instances if service == "review" and kind == "pipeline" else 1
        for n in range(count):
            name = service if count == 1 else f"{service}-{n + 1}"
            instance_env = dict(env)
            if n:  # each extra review instance gets its own API port
                instance_env["DUEPROCESS_REVIEW_HTTP_PORT"] = str(free_port())
            argv = service_argv(service) if kind == "pipeline" else [sys.executable, "-m", "bench.baseline", service]
            processes.append(start_process(name, argv, instance_env, logs / kind))
    system = System(kind, database_url, prefix, f"http://127.0.0.1:{port}", sink, processes, logs / kind, env=env)
    try:
        await wait_http_ready(f"{system.base_url}/readyz", processes)
        if kind == "pipeline":
            ports = [env["DUEPROCESS_REVIEW_HTTP_PORT"], env["DUEPROCESS_NOTIFY_HTTP_PORT"]]
            for p in ports:
                await wait_http_ready(f"http://127.0.0.1:{p}/readyz", processes)
    except BaseException:
        await stop_system(system, servers)
        raise
    return system


async def stop_system(system: System, servers: Servers, *, drop: bool = True) -> dict[str, int | None]:
    codes = await asyncio.to_thread(stop_processes, system.processes)
    await system.sink.stop()
    if drop:
        try:
            await drop_database(servers.admin_dsn, system.database_url)
        except Exception as exc:
            say(f"could not drop {system.database_url}: {exc!r}")
    return codes


async def wait_complete(
    system: System, submissions: DriveResult, expected: int, *, label: str, stall_seconds: float, progress: bool | None
) -> None:
    """Until every submitted case has ``expected`` deliveries, or nothing arrived for ``stall_seconds``."""
    ids = [s.case_id for s in submissions.submissions]
    bar = Progress(label, len(ids), enabled=progress)
    last_count, last_change = -1, time.monotonic()
    pending = set(ids)
    try:
        while True:
            system.absorb()
            pending = {case for case in pending if len(system.by_case.get(case, ())) < expected}
            done = len(ids) - len(pending)
            bar.update(done)
            if not pending:
                return
            if done != last_count:
                last_count, last_change = done, time.monotonic()
            elif time.monotonic() - last_change > stall_seconds:
                say(
                    f"{label}: {len(pending)} of {len(ids)} cases incomplete after {stall_seconds:.0f}s without progress"
                )
                return
            system.check_alive()
            await asyncio.sleep(0.2)  # polling keeps the driver's own CPU out of the way
    finally:
        bar.close()


def phase_figures(system: System, result: DriveResult, expected: int) -> dict[str, Any]:
    system.absorb()
    last_latency, first_latency, intake_ms = [], [], []
    complete = 0
    last_delivery = result.started_ns
    duplicates = 0
    for s in result.submissions:
        times = sorted(system.by_case.get(s.case_id, ()))
        intake_ms.append(s.answered_ns - s.sent_ns)
        if len(times) > expected:
            duplicates += len(times) - expected
        if len(times) >= expected:
            complete += 1
            last_latency.append(times[expected - 1] - s.answered_ns)
            first_latency.append(times[0] - s.answered_ns)
            last_delivery = max(last_delivery, times[expected - 1])
    wall = (last_delivery - result.started_ns) / 1e9
    submit_wall = (result.finished_ns - result.started_ns) / 1e9
    return {
        "cases": len(result.submissions),
        "complete": complete,
        "errors": len(result.errors),
        "error_samples": result.errors[:3],
        "duplicate_deliveries": duplicates,
        "notices_per_case": expected,
        "wall_s": round(wall, 2),
        "throughput_per_s": round(complete / wall, 1) if wall > 0 else None,
        "intake_accept_per_s": round(len(result.submissions) / submit_wall, 1) if submit_wall > 0 else None,
        "p50_ms": _ms(percentile(last_latency, 50)),
        "p95_ms": _ms(percentile(last_latency, 95)),
        "p99_ms": _ms(percentile(last_latency, 99)),
        "max_ms": _ms(max(last_latency) if last_latency else None),
        "mean_ms": _ms(statistics.fmean(last_latency) if last_latency else None),
        "first_notice_p50_ms": _ms(percentile(first_latency, 50)),
        "first_notice_p99_ms": _ms(percentile(first_latency, 99)),
        "intake_201_p50_ms": _ms(percentile(intake_ms, 50)),
        "intake_201_p99_ms": _ms(percentile(intake_ms, 99)),
    }


async def warm_up(system: System, count: int, run: str, progress: bool | None, drain_seconds: float) -> int:
    """Submit a few cases, wait for their notices, and learn how many notices a case owes."""
    result = await drive_max_rate(system.base_url, case_bodies(count, run=f"{run}w"), concurrency=4)
    if not result.submissions:
        raise RuntimeError(f"{system.kind}: intake accepted no warm-up case: {result.errors[:3]}")
    ids = [s.case_id for s in result.submissions]
    deadline = time.monotonic() + max(drain_seconds, 60)
    stable_since, last_total = time.monotonic(), -1
    while time.monotonic() < deadline:
        system.absorb()
        system.check_alive()
        counts = [len(system.by_case.get(case, ())) for case in ids]
        total = sum(counts)
        if total != last_total:
            last_total, stable_since = total, time.monotonic()
        if min(counts) > 0 and time.monotonic() - stable_since > 2.0:
            break
        await asyncio.sleep(0.2)
    counts = [len(system.by_case.get(case, ())) for case in ids]
    if not counts or min(counts) == 0:
        raise RuntimeError(
            f"{system.kind}: warm-up cases did not reach SMTP in time ({sum(1 for c in counts if c)}/{len(ids)})"
        )
    return collections.Counter(counts).most_common(1)[0][0]


async def measure(system: System, servers: Servers, opts: Options, *, run: str, fixed: bool) -> dict[str, Any]:
    expected = await warm_up(system, opts.warmup, run, opts.progress, opts.drain_timeout)
    pids = {**system.pids(), "smtp-sink": system.sink.pid, "bench-driver": os.getpid()}
    if servers.kafka_pid:
        pids["kafka"] = servers.kafka_pid
    if servers.postgres_pid:
        pids["postgres"] = servers.postgres_pid
    out: dict[str, Any] = {"notices_per_case": expected}
    profilers: list[Any] = []
    if opts.profile and system.kind == "pipeline":
        profilers = start_profilers(system, opts.profile)
    if fixed and opts.fixed_seconds > 0:
        count = max(1, int(opts.rate * opts.fixed_seconds))
        bodies = case_bodies(count, run=f"{run}f")
        monitor = ResourceMonitor(pids, flat=frozenset({"bench-driver"}))
        monitor.start()
        bar = Progress(f"{system.kind} {opts.rate:g}/s", count, enabled=opts.progress)
        result = await drive_fixed_rate(system.base_url, bodies, opts.rate, progress=bar.update)
        bar.close()
        await wait_complete(
            system,
            result,
            expected,
            label=f"{system.kind} {opts.rate:g}/s → SMTP",
            stall_seconds=opts.drain_timeout,
            progress=opts.progress,
        )
        out["fixed_rate"] = {
            "offered_per_s": opts.rate,
            **phase_figures(system, result, expected),
            **per_case(await monitor.stop(), len(result.submissions)),
        }
    cases = opts.cases if system.kind == "pipeline" else (opts.baseline_cases or opts.cases)
    bodies = case_bodies(cases, run=f"{run}m")
    monitor = ResourceMonitor(pids, flat=frozenset({"bench-driver"}))
    monitor.start()
    bar = Progress(f"{system.kind} max rate", cases, enabled=opts.progress)
    result = await drive_max_rate(system.base_url, bodies, concurrency=opts.concurrency, progress=bar.update)
    bar.close()
    await wait_complete(
        system,
        result,
        expected,
        label=f"{system.kind} max → SMTP",
        stall_seconds=opts.drain_timeout,
        progress=opts.progress,
    )
    out["max_rate"] = {
        "concurrency": opts.concurrency,
        **phase_figures(system, result, expected),
        **per_case(await monitor.stop(), len(result.submissions)),
    }
    out["max_rate"]["stages_ms"] = await stage_figures(system, [s.case_id for s in result.submissions])
    if profilers:
        out["profiles"] = stop_profilers(profilers)
    return out


def per_case(services: dict[str, dict[str, float]], cases: int) -> dict[str, Any]:
    """Adds each process's CPU milliseconds per case: the figure that says what a case costs."""
    for figures in services.values():
        figures["cpu_ms_per_case"] = round(figures["cpu_seconds"] * 1000 / max(1, cases), 2)
    system_ms = sum(f["cpu_ms_per_case"] for name, f in services.items() if name != "bench-driver")
    return {"services": services, "cpu_ms_per_case_total": round(system_ms, 1)}


async def stage_figures(system: System, case_ids: list[str]) -> dict[str, Any]:
    """Where a case's time goes, from the tables' own timestamps (p50/p99 per hop, ms)."""
    import asyncpg

    conn = await asyncpg.connect(system.database_url)
    try:
        rows = await conn.fetch(
            """
            SELECT extract(epoch FROM r.reviewed_at - c.received_at) * 1000 AS to_review,
                   extract(epoch FROM min(n.created_at) - r.reviewed_at) * 1000 AS to_planned,
                   extract(epoch FROM max(n.sent_at) - min(n.created_at)) * 1000 AS to_sent
              FROM intake.cases c JOIN review.reviews r USING (case_id) JOIN notify.notices n USING (case_id)
             WHERE c.case_id = ANY($1::uuid[])
             GROUP BY c.case_id, c.received_at, r.reviewed_at
            """,
            case_ids,
        )
    finally:
        await conn.close()
    out: dict[str, Any] = {}
    for column, label in (
        ("to_review", "intake_commit_to_review"),
        ("to_planned", "review_to_notice_planned"),
        ("to_sent", "notice_planned_to_sent"),
    ):
        values = [float(row[column]) for row in rows if row[column] is not None]
        out[label] = {"p50": round(percentile(values, 50) or 0, 1), "p99": round(percentile(values, 99) or 0, 1)}
    return out


def start_profilers(system: System, directory: Path) -> list[Any]:
    """py-spy on every service process (collapsed stacks, ``<service>.txt``); see bench/profile.py."""
    import subprocess

    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    directory.mkdir(parents=True, exist_ok=True)
    started = []
    for p in system.processes:
        out = directory / f"{p.name}.txt"
        proc = subprocess.Popen(
            [
                py_spy,
                "record",
                "--pid",
                str(p.pid),
                "--rate",
                "100",
                "--format",
                "raw",
                "--output",
                str(out),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append((proc, out))
    return started


def stop_profilers(profilers: list[Any]) -> list[str]:
    import signal as _signal

    for proc, _ in profilers:
        proc.send_signal(_signal.SIGINT)
    for proc, _ in profilers:
        try:
            proc.wait(30)
        except Exception:
            proc.kill()
    return [str(path) for _, path in profilers]


async def run_pipeline(opts: Options) -> dict[str, Any]:
    t0 = time.monotonic()
    servers = await asyncio.to_thread(
        Servers.start, kafka_bootstrap=opts.kafka_bootstrap, database_url=opts.database_url, pg_durable=opts.pg_durable
    )
    logs = opts.keep_logs or Path(tempfile.mkdtemp(prefix="dueprocess-bench-logs-"))
    for kind in ("pipeline", "baseline"):
        (logs / kind).mkdir(parents=True, exist_ok=True)
    run = new_run_id()
    report: dict[str, Any] = {
        "bench": "pipeline",
        "machine": machine(),
        "servers": servers.description,
        "settings": {
            "log_level": opts.log_level or "INFO (production default)",
            "partitions": opts.partitions,
            "review_instances": opts.review_instances,
            "cases": opts.cases,
            "rate": opts.rate,
            "fixed_seconds": opts.fixed_seconds,
            "concurrency": opts.concurrency,
            "baseline_cases": opts.baseline_cases or opts.cases,
        },
    }
    try:
        say("starting the pipeline's services…")
        system = await start_system("pipeline", servers, opts, logs)
        try:
            pipeline = await measure(system, servers, opts, run=run, fixed=True)
        finally:
            codes = await stop_system(system, servers)
        pipeline["exit_codes"] = codes
        report["pipeline"] = pipeline
        if opts.baseline:
            say("starting the raw baseline…")
            system = await start_system("baseline", servers, opts, logs)
            try:
                baseline = await measure(system, servers, opts, run=run, fixed=False)
            finally:
                await stop_system(system, servers)
            report["baseline"] = baseline
    finally:
        await asyncio.to_thread(servers.close)
        if opts.keep_logs is None:
            shutil.rmtree(logs, ignore_errors=True)
    fixed = report["pipeline"].get("fixed_rate", {})
    top = report["pipeline"]["max_rate"]
    baseline_tp = report.get("baseline", {}).get("max_rate", {}).get("throughput_per_s")
    summary = {
        "throughput_per_s": top["throughput_per_s"],
        "p50_ms": fixed.get("p50_ms"),
        "p95_ms": fixed.get("p95_ms"),
        "p99_ms": fixed.get("p99_ms"),
        "latency_at_offered_per_s": fixed.get("offered_per_s"),
        "max_rate_p50_ms": top["p50_ms"],
        "max_rate_p99_ms": top["p99_ms"],
        "baseline_throughput_per_s": baseline_tp,
        "ratio": round(top["throughput_per_s"] / baseline_tp, 3) if baseline_tp and top["throughput_per_s"] else None,
        "all_reached_smtp": top["complete"] == opts.cases and fixed.get("complete", 0) == fixed.get("cases", 0),
        "cpu_ms_per_case_total": top["cpu_ms_per_case_total"],
        "baseline_cpu_ms_per_case_total": report.get("baseline", {}).get("max_rate", {}).get("cpu_ms_per_case_total"),
        "services": top["services"],
    }
    targets = {
        "throughput_per_s>=300": (summary["throughput_per_s"] or 0) >= TARGETS["throughput_per_s"],
        "p99_ms<=250_at_100_per_s": (
            summary["p99_ms"] is not None and summary["p99_ms"] <= TARGETS["p99_ms_at_100_per_s"] and opts.rate == 100
        ),
        "ratio>=0.6": (summary["ratio"] or 0) >= TARGETS["ratio"],
    }
    return {**summary, "targets_met": targets, **report, "elapsed_s": round(time.monotonic() - t0, 1)}


def print_human(report: dict[str, Any]) -> None:
    print(
        f"pipeline: {report['throughput_per_s']} cases/s end to end at max rate "
        f"(baseline {report['baseline_throughput_per_s']}/s, ratio {report['ratio']})"
    )
    print(
        f"latency at {report['latency_at_offered_per_s']}/s offered, 201 → last notice accepted by SMTP: "
        f"p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms, p99 {report['p99_ms']} ms"
    )
    print(
        f"all cases reached SMTP: {report['all_reached_smtp']}; CPU per case (all processes but the driver): "
        f"{report['cpu_ms_per_case_total']} ms, baseline {report['baseline_cpu_ms_per_case_total']} ms"
    )
    print("per service at max rate (cpu 100% = one core):")
    for name, figures in report["services"].items():
        print(
            f"  {name:<12} cpu {figures['cpu_percent']:6.1f}%  ({figures['cpu_ms_per_case']} ms/case)  "
            f"peak rss {figures['peak_rss_mb']} MB"
        )
    print("targets: " + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in report["targets_met"].items()))
    print(f"elapsed {report['elapsed_s']} s")

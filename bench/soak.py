"""``python -m bench soak``: the pipeline at a fixed offered rate for a long time; is memory flat?

Samples each process's resident memory every few seconds and the end-to-end latency per
minute. "Flat" is judged on the second half of the run (after warm-up and the first
rebalances): the least-squares slope of RSS in MB per minute, and the growth from the
second-half start to the end. Run it at a rate the machine sustains (see the pipeline
bench's throughput): above that the backlog grows and the latency with it.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import time
from pathlib import Path
from typing import Any

from bench.infra import ResourceMonitor, Servers, machine
from bench.loadgen import Progress, case_bodies, drive_fixed_rate, new_run_id
from bench.pipeline import Options, percentile, start_system, stop_system, wait_complete, warm_up


def slope_mb_per_min(samples: list[tuple[float, int]]) -> float | None:
    if len(samples) < 3:
        return None
    xs = [t / 60 for t, _ in samples]
    ys = [rss / 2**20 for _, rss in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var, 3) if var else None


async def run_soak(args: argparse.Namespace, *, progress: bool | None) -> dict[str, Any]:
    t0 = time.monotonic()
    opts = Options(
        rate=args.rate,
        kafka_bootstrap=args.kafka_bootstrap,
        database_url=args.database_url,
        log_level=args.log_level,
        pg_durable=not args.pg_fast,
        keep_logs=args.keep_logs,
        progress=progress,
    )
    servers = await asyncio.to_thread(
        Servers.start, kafka_bootstrap=opts.kafka_bootstrap, database_url=opts.database_url, pg_durable=opts.pg_durable
    )
    import tempfile

    logs = opts.keep_logs or Path(tempfile.mkdtemp(prefix="dueprocess-bench-soak-"))
    (logs / "pipeline").mkdir(parents=True, exist_ok=True)
    try:
        system = await start_system("pipeline", servers, opts, logs)
        try:
            expected = await warm_up(system, 20, new_run_id(), progress, 120)
            count = int(args.rate * args.seconds)
            monitor = ResourceMonitor(
                {**system.pids(), "kafka": servers.kafka_pid, "postgres": servers.postgres_pid}, interval=5.0
            )
            monitor.start()
            bar = Progress(f"soak {args.rate:g}/s", count, enabled=progress)
            result = await drive_fixed_rate(
                system.base_url, case_bodies(count, run=new_run_id()), args.rate, progress=bar.update
            )
            bar.close()
            await wait_complete(system, result, expected, label="soak → SMTP", stall_seconds=120, progress=progress)
            samples = {name: list(values) for name, values in monitor.samples.items()}
            services = await monitor.stop()
        finally:
            await stop_system(system, servers)
    finally:
        await asyncio.to_thread(servers.close)
        if not opts.keep_logs:
            shutil.rmtree(logs, ignore_errors=True)
    system.absorb()
    per_minute: list[dict[str, Any]] = []
    for s in result.submissions:
        times = sorted(system.by_case.get(s.case_id, ()))
        if len(times) >= expected:
            minute = int((s.sent_ns - result.started_ns) / 60e9)
            while len(per_minute) <= minute:
                per_minute.append({"minute": len(per_minute), "latencies": []})
            per_minute[minute]["latencies"].append((times[expected - 1] - s.answered_ns) / 1e6)
    latency = [
        {
            "minute": m["minute"],
            "cases": len(m["latencies"]),
            "p50_ms": round(percentile(m["latencies"], 50) or 0, 1),
            "p99_ms": round(percentile(m["latencies"], 99) or 0, 1),
        }
        for m in per_minute
    ]
    memory = {}
    half = args.seconds / 2
    for name, values in samples.items():
        second = [(t, rss) for t, rss in values if t >= half]
        memory[name] = {
            "start_mb": round(values[0][1] / 2**20, 1) if values else None,
            "half_mb": round(second[0][1] / 2**20, 1) if second else None,
            "end_mb": round(values[-1][1] / 2**20, 1) if values else None,
            "peak_mb": services.get(name, {}).get("peak_rss_mb"),
            "second_half_slope_mb_per_min": slope_mb_per_min(second),
        }
    flat = all(
        (m["second_half_slope_mb_per_min"] or 0) < 1.0
        for name, m in memory.items()
        if name in ("intake", "review", "notify")
    )
    complete = sum(m["cases"] for m in latency)
    return {
        "bench": "soak",
        "machine": machine(),
        "servers": servers.description,
        "offered_per_s": args.rate,
        "seconds": args.seconds,
        "cases": len(result.submissions),
        "complete": complete,
        "memory": memory,
        "latency_per_minute": latency,
        "services": services,
        "memory_flat": flat,
        "elapsed_s": round(time.monotonic() - t0, 1),
    }


def print_human(report: dict[str, Any]) -> None:
    print(
        f"soak {report['offered_per_s']}/s for {report['seconds']} s: {report['complete']}/{report['cases']} "
        f"cases reached SMTP; memory flat: {report['memory_flat']}"
    )
    for name, m in report["memory"].items():
        print(
            f"  {name:<10} start {m['start_mb']} MB, half {m['half_mb']} MB, end {m['end_mb']} MB, "
            f"second-half slope {m['second_half_slope_mb_per_min']} MB/min"
        )
    for row in report["latency_per_minute"]:
        print(f"  minute {row['minute']}: {row['cases']} cases, p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms")

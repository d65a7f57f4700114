"""``python -m bench pipeline|email|extraction|scaleout|soak|chaos``: benchmarks on real Kafka, PostgreSQL and SMTP."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _infra_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kafka-bootstrap", help="use this Kafka (default: start Apache Kafka 4.1.1 here)")
    parser.add_argument(
        "--database-url",
        help="use this PostgreSQL; a fresh database is created on it per run (default: start embedded PostgreSQL here)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    parser.add_argument("--log-level", help="the services' DUEPROCESS_LOG_LEVEL (default: production's INFO)")
    parser.add_argument("--keep-logs", type=Path, help="keep the service logs in this directory")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    parser.add_argument(
        "--pg-fast", action="store_true", help="start PostgreSQL with fsync off (default: durable, as in production)"
    )


def _throwaway_data_keys() -> None:
    """The services seal personal data at rest and in events, and refuse to start without keys: a
    run without DUEPROCESS_DATA_KEYS / DUEPROCESS_BLIND_INDEX_KEY / DUEPROCESS_EVENT_KEYS (or their
    _FILE) gets throwaway ones."""
    import os

    from shared.crypto import Vault

    if not (os.environ.get("DUEPROCESS_DATA_KEYS") or os.environ.get("DUEPROCESS_DATA_KEYS_FILE")):
        os.environ["DUEPROCESS_DATA_KEYS"] = f"bench:{Vault.generate_key()}"
    if not (os.environ.get("DUEPROCESS_BLIND_INDEX_KEY") or os.environ.get("DUEPROCESS_BLIND_INDEX_KEY_FILE")):
        os.environ["DUEPROCESS_BLIND_INDEX_KEY"] = Vault.generate_key()
    if not (os.environ.get("DUEPROCESS_EVENT_KEYS") or os.environ.get("DUEPROCESS_EVENT_KEYS_FILE")):
        os.environ["DUEPROCESS_EVENT_KEYS"] = f"bench-events:{Vault.generate_key()}"


def _emit(report: dict[str, Any], as_json: bool, human: Callable[[dict[str, Any]], None]) -> None:
    if as_json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        human(report)


def main(argv: list[str] | None = None) -> int:
    _throwaway_data_keys()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    pipeline = sub.add_parser("pipeline", help="end-to-end throughput and latency, and the raw baseline")
    pipeline.add_argument("--cases", type=int, default=2000, help="cases submitted at the maximum rate")
    pipeline.add_argument("--rate", type=float, default=100.0, help="offered rate of the fixed-rate phase (cases/s)")
    pipeline.add_argument("--fixed-seconds", type=float, default=5.0, help="length of the fixed-rate phase (0: skip)")
    pipeline.add_argument(
        "--baseline-cases",
        type=int,
        help="cases the raw baseline runs at maximum rate (default: --cases, at most 1000)",
    )
    pipeline.add_argument("--concurrency", type=int, default=32, help="clients of the maximum-rate phase")
    pipeline.add_argument("--warmup", type=int, default=20, help="cases sent (and delivered) before measuring")
    pipeline.add_argument("--review-instances", type=int, default=1)
    pipeline.add_argument("--partitions", type=int, default=6)
    pipeline.add_argument("--no-baseline", action="store_true")
    pipeline.add_argument("--profile", type=Path, help="py-spy every service into this directory")
    _infra_arguments(pipeline)

    email = sub.add_parser("email", help="e-mail ingestion throughput (one-page PDF attached)")
    email.add_argument("--messages", type=int, default=1000)
    email.add_argument("--channel", choices=("smtp", "http", "both"), default="both")
    email.add_argument("--concurrency", type=int, default=16)
    email.add_argument(
        "--intake-instances",
        type=int,
        default=1,
        help="intake processes, each with its own ports; clients spread over them",
    )
    email.add_argument("--profile", type=Path, help="py-spy the intake process into this directory")
    email.add_argument(
        "--document-messages",
        type=int,
        default=20,
        help="then, measured apart: this many e-mails with a scan to OCR and as many with a .docx/.odt (0: none)",
    )
    email.add_argument("--document-concurrency", type=int, default=4, help="clients of the scan and office runs")
    _infra_arguments(email)

    extraction = sub.add_parser(
        "extraction", help="how well intake reads e-mailed demands: accuracy, automation, silent errors, per corpus"
    )
    extraction.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    extraction.add_argument(
        "--corpus", action="append", help="own, blind, blind_holdout .. blind_holdout13 (default: all present)"
    )
    extraction.add_argument("--misses", action="store_true", help="list every field read wrong")
    extraction.add_argument("--no-progress", action="store_true", help="no progress line")
    scale = sub.add_parser("scaleout", help="1, 2, 3 review instances on a 6-partition topic; joins and leaves")
    scale.add_argument("--cases", type=int, default=3000, help="received events preloaded per measurement")
    scale.add_argument("--instances", default="1,2,3")
    scale.add_argument("--partitions", type=int, default=6)
    scale.add_argument("--join-leave-rate", type=float, default=20.0, help="offered rate of the join/leave run")
    scale.add_argument("--join-leave-seconds", type=float, default=40.0, help="its length (0: skip it)")
    _infra_arguments(scale)

    soak = sub.add_parser("soak", help="memory over time at a fixed rate")
    soak.add_argument("--rate", type=float, default=100.0)
    soak.add_argument("--seconds", type=float, default=600.0)
    _infra_arguments(soak)

    chaos = sub.add_parser(
        "chaos",
        help="SIGKILLs, broker/database restarts and an SMTP outage while cases flow: nothing lost, no notice twice",
    )
    chaos.add_argument("--cases", type=int, default=1000, help="cases submitted at a steady rate")
    chaos.add_argument("--rate", type=float, default=6.0, help="cases a second")
    chaos.add_argument("--seed", type=int, help="the fault schedule's random seed (default: random, reported)")
    chaos.add_argument("--kills", type=int, default=3, help="SIGKILLs of each service")
    chaos.add_argument("--kafka-restarts", type=int, default=1)
    chaos.add_argument("--pg-restarts", type=int, default=1)
    chaos.add_argument("--smtp-outages", type=int, default=1)
    chaos.add_argument("--pg-down-seconds", type=float, default=5.0)
    chaos.add_argument("--smtp-down-seconds", type=float, default=10.0)
    chaos.add_argument(
        "--deadline",
        type=float,
        default=300.0,
        help="seconds to wait for every case to reach its end (and for a client to get its 201)",
    )
    chaos.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    chaos.add_argument("--log-level", help="the services' DUEPROCESS_LOG_LEVEL (default: production's INFO)")
    chaos.add_argument("--keep-logs", type=Path, help="keep the service logs in this directory")
    chaos.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    chaos.add_argument("--pg-fast", action="store_true", help="start PostgreSQL with fsync off")

    args = parser.parse_args(argv)
    from shared.logging import configure_logging

    configure_logging(service="bench", level="WARNING")  # stdout carries the figures only
    progress = False if args.no_progress else None
    if args.command == "pipeline":
        from bench.pipeline import Options, print_human, run_pipeline

        opts = Options(
            cases=args.cases,
            rate=args.rate,
            fixed_seconds=args.fixed_seconds,
            concurrency=args.concurrency,
            kafka_bootstrap=args.kafka_bootstrap,
            database_url=args.database_url,
            log_level=args.log_level,
            baseline=not args.no_baseline,
            pg_durable=not args.pg_fast,
            partitions=args.partitions,
            keep_logs=args.keep_logs,
            review_instances=args.review_instances,
            progress=progress,
            profile=args.profile,
            warmup=args.warmup,
            baseline_cases=args.baseline_cases or min(args.cases, 1000),
        )
        report = asyncio.run(run_pipeline(opts))
        _emit(report, args.json, print_human)
        return 0 if report["all_reached_smtp"] else 1
    if args.command == "extraction":
        from bench.extraction import human, run

        report = run(args.corpus, with_misses=args.misses, progress=not args.no_progress)
        _emit(report, args.json, human)
        return 0
    if args.command == "email":
        from bench.email import EmailUnavailable, print_human, run_email

        try:
            report = asyncio.run(run_email(args, progress=progress))
        except EmailUnavailable as exc:
            print(f"bench email: {exc}", file=sys.stderr)
            if args.json:
                json.dump({"bench": "email", "available": False, "reason": str(exc)}, sys.stdout)
                sys.stdout.write("\n")
            return 2
        _emit(report, args.json, print_human)
        return 0
    if args.command == "scaleout":
        from bench.scaleout import print_human, run_scaleout

        report = asyncio.run(run_scaleout(args, progress=progress))
        _emit(report, args.json, print_human)
        return 0 if report["ok"] else 1
    if args.command == "chaos":
        from bench.chaos import options_from_args, print_human, run_chaos

        report = asyncio.run(run_chaos(options_from_args(args, progress=progress)))
        _emit(report, args.json, print_human)
        return 0 if report["ok"] else 1
    from bench.soak import print_human, run_soak

    report = asyncio.run(run_soak(args, progress=progress))
    _emit(report, args.json, print_human)
    return 0


if __name__ == "__main__":
    sys.exit(main())

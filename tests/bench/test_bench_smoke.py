"""The benchmarks at a tiny size on the session's real Kafka and PostgreSQL: the commands run,
print the documented JSON, and every case reaches SMTP. No speed is asserted here: the
targets live in the bench's own report (``targets_met``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import KafkaUnderTest

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parent.parent.parent


def run_bench(*args: str, timeout: float = 420) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def apache_kafka(kafka: KafkaUnderTest) -> KafkaUnderTest:
    if not kafka.idempotence:
        pytest.skip("the bench runs the services with idempotent producers: it needs Apache Kafka")
    return kafka


def test_pipeline_bench_reports_every_figure_and_every_case_reaches_smtp(
    apache_kafka: KafkaUnderTest, postgres_admin_dsn: str
) -> None:
    result = run_bench(
        "pipeline",
        "--cases",
        "12",
        "--rate",
        "10",
        "--fixed-seconds",
        "1",
        "--concurrency",
        "4",
        "--warmup",
        "2",
        "--kafka-bootstrap",
        apache_kafka.bootstrap,
        "--database-url",
        postgres_admin_dsn,
        "--json",
        "--no-progress",
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    for key in ("throughput_per_s", "p50_ms", "p95_ms", "p99_ms", "baseline_throughput_per_s", "ratio", "services"):
        assert report[key] is not None, key
    assert report["all_reached_smtp"] is True
    assert {"intake", "review", "notify", "smtp-sink"} <= set(report["services"])
    for figures in report["services"].values():
        assert {"cpu_seconds", "cpu_percent", "peak_rss_mb", "cpu_ms_per_case"} <= set(figures)
    pipeline = report["pipeline"]
    assert pipeline["notices_per_case"] == 3
    for phase in ("fixed_rate", "max_rate"):
        figures = pipeline[phase]
        assert figures["complete"] == figures["cases"] > 0, (phase, figures)
        assert figures["duplicate_deliveries"] == 0
    assert pipeline["max_rate"]["cases"] == 12
    assert report["baseline"]["max_rate"]["complete"] == 12
    assert pipeline["exit_codes"] == {"intake": 0, "review": 0, "notify": 0}


def test_email_bench_measures_ingestion_or_says_it_is_not_there_yet(
    apache_kafka: KafkaUnderTest, postgres_admin_dsn: str
) -> None:
    result = run_bench(
        "email",
        "--messages",
        "6",
        "--concurrency",
        "2",
        "--kafka-bootstrap",
        apache_kafka.bootstrap,
        "--database-url",
        postgres_admin_dsn,
        "--json",
        "--no-progress",
    )
    report = json.loads(result.stdout)
    if result.returncode == 2:
        assert report["available"] is False and "not in this checkout" in report["reason"]
        return
    assert result.returncode == 0, result.stderr[-4000:]
    measured = [c for c in report["channels"].values() if c["available"]]
    assert measured and all(c["accepted"] == 6 and c["errors"] == 0 for c in measured)
    assert report["cases_stored"] >= 6 * len(measured)


def test_scaleout_bench_loses_and_doubles_nothing_when_instances_join_and_leave(
    apache_kafka: KafkaUnderTest, postgres_admin_dsn: str
) -> None:
    result = run_bench(
        "scaleout",
        "--instances",
        "2",
        "--cases",
        "30",
        "--join-leave-rate",
        "10",
        "--join-leave-seconds",
        "16",
        "--kafka-bootstrap",
        apache_kafka.bootstrap,
        "--database-url",
        postgres_admin_dsn,
        "--json",
        "--no-progress",
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    assert report["ok"] is True
    (row,) = report["throughput"]
    assert row["reviewed"] == 30 and row["lost"] == 0 and row["reviewed_twice"] == 0
    churn = report["join_and_leave"]
    assert churn["lost"] == 0 and churn["reviewed_twice"] == 0 and churn["reviewed"] == churn["cases"]
    assert churn["exit_codes"]["review-1"] == 0, "SIGTERM drains and exits cleanly"

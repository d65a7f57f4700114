"""Exact counts stay off the staff-facing and internal ports (issue 15, finding 5).

Before: GET /metrics on intake's web app port, with no login, answered e.g.
``dueprocess_cases_received_total{process_type="NATIONAL_SECURITY_LETTER",...} 1.0``, a figure
the transparency report publishes only in bands. Now each service's web app or API answers
/metrics with a 404 that carries no count, and only the metrics listener (a port of its own, for
Prometheus) serves them. Real apps served by uvicorn over real HTTP, as the bootstraps do.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from deploy.localinfra._process import free_port
from services.intake.entrypoints.http import IntakeServices
from services.intake.entrypoints.http import create_app as intake_app
from services.notify.bootstrap import notice_policy
from services.notify.entrypoints.http import create_app as notify_app
from services.review.entrypoints.http import ReviewServices
from services.review.entrypoints.http import create_app as review_app
from shared.runtime import http_server, metrics_servers
from shared.settings import Settings
from tests.conftest import INTERNAL_API_TOKEN, INTERNAL_HEADERS, SEED_CASE, staff_api_headers

pytestmark = pytest.mark.integration

NSL_SAMPLE = re.compile(r'dueprocess_cases_received_total\{[^}]*process_type="NATIONAL_SECURITY_LETTER"[^}]*\} (\d+)')


def now() -> datetime:
    return datetime.now(UTC)


@asynccontextmanager
async def serving(app: FastAPI | None = None, *, server: Any = None) -> AsyncIterator[str]:
    """``app`` served by uvicorn (shared.runtime.http_server) on a free local port, or a ready
    ``server``; its base URL."""
    if server is None:
        server = http_server(app, host="127.0.0.1", port=free_port())  # type: ignore[arg-type]
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(200):
            if server.started or task.done():
                break
            await asyncio.sleep(0.025)
        assert server.started, "uvicorn did not start"
        yield f"http://{server.config.host}:{server.config.port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


def no_counts(body: str) -> bool:
    return "dueprocess_" not in body and "_total" not in body and "# TYPE" not in body


async def test_metrics_only_on_the_metrics_listener_never_on_the_staff_or_internal_ports(pool: asyncpg.Pool) -> None:
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    apps: dict[str, Callable[[], FastAPI]] = {
        "intake": lambda: intake_app(IntakeServices(pool=pool), max_request_bytes=64 * 1024),
        "review": lambda: review_app(ReviewServices(pool=pool, clock=now), internal_api_token=INTERNAL_API_TOKEN),
        "notify": lambda: notify_app(
            pool=pool, policy=notice_policy(Settings()), clock=now, internal_api_token=INTERNAL_API_TOKEN
        ),
    }
    # The listeners as each service's bootstrap starts them (shared.runtime.metrics_servers).
    settings = Settings(
        metrics_host="127.0.0.1",
        intake_metrics_port=free_port(),
        review_metrics_port=free_port(),
        notify_metrics_port=free_port(),
    )
    (intake_listener,) = metrics_servers(settings, service="intake")
    (review_listener,) = metrics_servers(settings, service="review")
    (notify_listener,) = metrics_servers(settings, service="notify")
    async with (
        serving(apps["intake"]()) as intake,
        serving(apps["review"]()) as review,
        serving(apps["notify"]()) as notify,
        serving(server=intake_listener) as listener,
        serving(server=review_listener) as review_metrics,
        serving(server=notify_listener) as notify_metrics,
        httpx.AsyncClient(timeout=10) as http,
    ):
        # A national security letter arrives through intake's API: the exact count now moves.
        case = json.loads(SEED_CASE.read_text()) | {"process_type": "NATIONAL_SECURITY_LETTER"}
        created = await http.post(f"{intake}/api/v1/cases", json=case, headers=headers)
        assert created.status_code == 201, created.text

        scraped = await http.get(f"{listener}/metrics")
        assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
        counted = NSL_SAMPLE.search(scraped.text)
        assert counted is not None and float(counted.group(1)) >= 1, scraped.text[:2000]
        for name in ("dueprocess_cases_received", "dueprocess_outbox_backlog", "dueprocess_notices_owed"):
            assert f"# TYPE {name}" in scraped.text
        for base in (review_metrics, notify_metrics):
            other = await http.get(f"{base}/metrics")
            assert other.status_code == 200
            for name in (
                "dueprocess_reviews",
                "dueprocess_escalations",
                "dueprocess_notices",
                "dueprocess_consumer_lag",
            ):
                assert f"# TYPE {name}" in other.text, (base, name)

        # The staff-facing web app and the internal APIs: 404, no count, with or without credentials.
        for service, base in (("intake", intake), ("review", review), ("notify", notify)):
            for credentials in ({}, headers if service == "intake" else INTERNAL_HEADERS):
                for path in ("/metrics", "/metrics/"):
                    answer = await http.get(f"{base}{path}", headers=credentials)
                    assert answer.status_code == 404, (service, path, answer.status_code)
                    assert no_counts(answer.text), (service, path, answer.text[:500])
            assert "/metrics" not in (await http.get(f"{base}/openapi.json")).text
            assert (await http.get(f"{base}/healthz")).status_code == 200  # the probes stay on the app port

        # The metrics listener serves /metrics and nothing else.
        for path in ("/", "/docs", "/openapi.json", "/api/v1/cases", "/healthz"):
            assert (await http.get(f"{listener}{path}")).status_code == 404, path


def test_each_service_gets_its_own_listener_on_the_configured_address() -> None:
    settings = Settings(
        metrics_host="10.1.2.3", intake_metrics_port=9300, review_metrics_port=9301, notify_metrics_port=0
    )
    (intake,) = metrics_servers(settings, service="intake")
    (review,) = metrics_servers(settings, service="review")
    assert (intake.config.host, intake.config.port) == ("10.1.2.3", 9300)
    assert (review.config.host, review.config.port) == ("10.1.2.3", 9301)
    assert metrics_servers(settings, service="notify") == []  # port 0: no listener
    defaults = Settings()
    ports = {s: metrics_servers(defaults, service=s)[0].config.port for s in ("intake", "review", "notify")}
    assert len(set(ports.values())) == 3  # one machine (`dueprocess up`) runs all three
    assert ports["intake"] != defaults.http_port and defaults.metrics_host == "127.0.0.1"

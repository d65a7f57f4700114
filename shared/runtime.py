"""Running a service process: its long-lived tasks, until SIGINT/SIGTERM, then a clean drain."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable, Coroutine, Generator, Sequence
from typing import Any

import asyncpg
import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from faststream.kafka import KafkaBroker

from shared.kafka import client_security, ensure_topics, make_broker, relay_publisher
from shared.logging import get_logger
from shared.metrics import metrics_app
from shared.outbox import OutboxRelay
from shared.settings import Settings

log = get_logger(__name__)


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signal handling to :func:`run_until_stopped`."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def health_app(*, service: str, pool: asyncpg.Pool) -> FastAPI:
    """An app with only the health routes, for a service without an API of its own."""
    app = FastAPI(title=f"dueprocess {service}", docs_url=None, redoc_url=None)
    add_health_routes(app, service=service, pool=pool)
    return app


def add_health_routes(app: FastAPI, *, service: str, pool: asyncpg.Pool) -> None:
    """Liveness (/healthz) and readiness (/readyz: the database answers). Not /metrics: the
    counts are served on the metrics listener only (:func:`metrics_servers`)."""

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": service}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        try:
            await pool.fetchval("SELECT 1")
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            return JSONResponse({"status": "unavailable", "database": type(exc).__name__}, 503)
        return JSONResponse({"status": "ready", "service": service})


def http_server(app: FastAPI, *, host: str, port: int, proxy_headers: bool = True) -> _Server:
    """uvicorn in the running loop; HTTP parsed by httptools (C) where it is installed, else h11.

    ``proxy_headers`` False: uvicorn believes no X-Forwarded-* header (its default trusts them
    from 127.0.0.1), for an app that decides whom to believe itself (intake)."""
    return _Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            log_config=None,
            access_log=False,
            lifespan="off",
            http="auto",
            proxy_headers=proxy_headers,
        )
    )


def metrics_servers(settings: Settings, *, service: str) -> list[_Server]:
    """The service's metrics listener (GET /metrics on DUEPROCESS_METRICS_HOST and its own
    DUEPROCESS_<SERVICE>_METRICS_PORT), apart from its web app or API; none when that port is 0."""
    port = {
        "intake": settings.intake_metrics_port,
        "review": settings.review_metrics_port,
        "notify": settings.notify_metrics_port,
    }[service]
    if not port:
        return []
    return [http_server(metrics_app(service), host=settings.metrics_host, port=port)]


async def run_until_stopped(
    *,
    name: str,
    tasks: list[Callable[[], Coroutine[Any, Any, Any]]],
    servers: Sequence[_Server] = (),
    on_stop: Sequence[Callable[[], Awaitable[Any]]] = (),
) -> None:
    """Run ``tasks`` and ``servers`` until a signal arrives or one of them fails.

    On stop: HTTP servers stop accepting and finish in-flight requests, the other tasks are
    cancelled, then ``on_stop`` callbacks run in order (e.g. stop the broker, close the pool).
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    running = [asyncio.create_task(factory(), name=f"{name}:{factory.__qualname__}") for factory in tasks]
    running += [asyncio.create_task(server.serve(), name=f"{name}:http") for server in servers]
    stopper = asyncio.create_task(stop.wait())
    log.info("service started", service_name=name)
    failed: list[asyncio.Task[Any]] = []
    try:
        done, _ = await asyncio.wait([*running, stopper], return_when=asyncio.FIRST_COMPLETED)
        failed = [task for task in done if task is not stopper and task.exception() is not None]
        for task in failed:
            log.error("service task failed", task=task.get_name(), error=repr(task.exception()))
    finally:
        for server in servers:
            server.should_exit = True
        for task in running:
            if not task.get_name().endswith(":http"):
                task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        stopper.cancel()
        for callback in on_stop:
            with contextlib.suppress(Exception):
                await callback()
        log.info("service stopped", service_name=name)
    if failed:
        raise SystemExit(1)


async def messaging(
    settings: Settings, *, service: str, schema: str, pool: asyncpg.Pool
) -> tuple[KafkaBroker, OutboxRelay]:
    """The service's broker (topics ensured) and the relay that drains its outbox into it."""
    await ensure_topics(
        settings.kafka_bootstrap,
        partitions=settings.kafka_partitions,
        prefix=settings.kafka_topic_prefix,
        security=client_security(settings),
    )
    broker = make_broker(settings, client_id=f"dueprocess-{service}")
    relay = OutboxRelay(
        pool=pool,
        schema=schema,
        publish=relay_publisher(broker, prefix=settings.kafka_topic_prefix),
        poll_seconds=settings.outbox_poll_seconds,
    )
    return broker, relay

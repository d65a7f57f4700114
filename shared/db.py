"""asyncpg pools and the one-command migration runner (one schema per service)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import asyncpg

from shared.logging import get_logger

log = get_logger(__name__)


async def _init_connection(conn: asyncpg.Connection) -> None:
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(type_name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Released connections skip asyncpg's reset query (``pg_advisory_unlock_all(); CLOSE ALL;
    UNLISTEN *; RESET ALL``), one round trip per checkout. Nothing here leaves session state
    behind: work runs in transactions (transaction-scoped locks and settings, cursors inside
    them), and ``run_when_notified`` removes its listener (UNLISTEN) before releasing. asyncpg
    still rolls back an open transaction and drops Python-side listeners on release."""


async def create_pool(dsn: str, *, min_size: int = 1, max_size: int = 10) -> asyncpg.Pool:
    """A pool whose connections encode and decode json/jsonb as Python objects."""
    pool = await asyncpg.create_pool(dsn, min_size=min_size, max_size=max_size, init=_init_connection,
                                     reset=_keep_session)
    assert pool is not None
    return pool


@dataclass(frozen=True)
class Migration:
    version: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def _package_migrations(package: str, *, schema: str, prefix: str) -> list[Migration]:
    files = sorted(
        (entry for entry in resources.files(package).iterdir() if entry.name.endswith(".sql")),
        key=lambda entry: entry.name,
    )
    return [
        Migration(version=f"{prefix}{entry.name.removesuffix('.sql')}", sql=entry.read_text().replace("{schema}", schema))
        for entry in files
    ]


def schema_migrations(*, schema: str, package: str) -> list[Migration]:
    """The shared plumbing (outbox, inbox) for ``schema``, then the service's own files, in order."""
    return _package_migrations("shared.sql", schema=schema, prefix="shared-") + _package_migrations(
        package, schema=schema, prefix=""
    )


class MigrationDrift(RuntimeError):
    """An applied migration's file was edited afterwards; versioned SQL is append-only."""


async def migrate(conn: asyncpg.Connection, *, schema: str, migrations: list[Migration]) -> list[str]:
    """Apply what is missing, each file in its own transaction; returns the versions applied.

    Serialised with an advisory lock so that two instances starting together cannot race.
    """
    applied_now: list[str] = []
    lock_key = int.from_bytes(hashlib.sha256(f"migrate:{schema}".encode()).digest()[:7], "big")
    await conn.execute("SELECT pg_advisory_lock($1)", lock_key)
    try:
        await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        await conn.execute(
            f'CREATE TABLE IF NOT EXISTS "{schema}".schema_migrations ('
            " version text PRIMARY KEY, checksum text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done: dict[str, Any] = {
            row["version"]: row["checksum"]
            for row in await conn.fetch(f'SELECT version, checksum FROM "{schema}".schema_migrations')
        }
        for migration in migrations:
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise MigrationDrift(f"{schema}: migration {migration.version} changed after it was applied")
                continue
            async with conn.transaction():
                await conn.execute(migration.sql)
                await conn.execute(
                    f'INSERT INTO "{schema}".schema_migrations (version, checksum) VALUES ($1, $2)',
                    migration.version,
                    migration.checksum,
                )
            applied_now.append(migration.version)
            log.info("migration applied", schema=schema, version=migration.version)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", lock_key)
    return applied_now


class UnitOfWork:
    """One connection and one transaction: commits on a clean exit, rolls back on an exception."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self.conn: asyncpg.Connection

    async def __aenter__(self) -> UnitOfWork:
        self.conn = await self._pool.acquire()
        self._transaction = self.conn.transaction()
        try:
            await self._transaction.start()
        except BaseException:
            await self._pool.release(self.conn)
            raise
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        try:
            if exc_type is None:
                await self._transaction.commit()
            else:
                await self._transaction.rollback()
        finally:
            await self._pool.release(self.conn)


async def run_when_notified(
    *,
    pool: asyncpg.Pool,
    channel: str,
    step: Callable[[], Awaitable[int]],
    poll_seconds: float,
    what: str,
    transient: tuple[type[BaseException], ...] = (),
    workers: int = 1,
) -> None:
    """Call ``step`` until it does nothing (returns 0), then sleep until a NOTIFY on ``channel``
    or ``poll_seconds``; forever. Database (and ``transient``) errors back off and retry, and a
    lost LISTEN connection is re-established, so an outage only delays the work.

    ``workers`` > 1 runs that many ``step`` calls at once, for steps whose rows are claimed
    with ``FOR UPDATE SKIP LOCKED`` (each call takes its own batch) and whose time is spent
    waiting on the network (an SMTP server, a broker) rather than on the CPU.
    """
    wake = asyncio.Event()
    listener: asyncpg.Connection | None = None
    backoff = 0.2

    def on_notify(*_: object) -> None:
        wake.set()

    try:
        while True:
            try:
                if listener is None or listener.is_closed():
                    if listener is not None:
                        await pool.release(listener)
                        listener = None
                    listener = await pool.acquire()
                    await listener.add_listener(channel, on_notify)
                wake.clear()
                if workers == 1:
                    done = await step()
                else:
                    results = await asyncio.gather(*(step() for _ in range(workers)), return_exceptions=True)
                    for result in results:
                        if isinstance(result, BaseException):
                            raise result
                    done = sum(results)  # type: ignore[arg-type]
                backoff = 0.2
            except (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError, *transient) as exc:
                log.warning(f"{what} failed, retrying", error=type(exc).__name__, backoff_s=backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            if done:
                continue
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=poll_seconds)
    finally:
        if listener is not None:
            with contextlib.suppress(Exception):
                await listener.remove_listener(channel, on_notify)
            await pool.release(listener)

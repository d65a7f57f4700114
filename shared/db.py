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

from shared.crypto import EventKeys, NoDataKeys, NoEventKeys, Vault
from shared.logging import get_logger

log = get_logger(__name__)

# The database cannot be reached, is starting up or shutting down, or dropped the connection
# under a statement (asyncpg then reports a closed interface, or an internal state error).
# Nothing was committed, or the caller cannot tell: retry the same work once it is back.
DATABASE_UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    asyncpg.CannotConnectNowError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
)


async def _init_connection(conn: asyncpg.Connection) -> None:
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(type_name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Released connections skip asyncpg's reset query (``pg_advisory_unlock_all(); CLOSE ALL;
    UNLISTEN *; RESET ALL``), one round trip per checkout. Nothing here leaves session state
    behind: work runs in transactions (transaction-scoped locks and settings, cursors inside
    them), and ``run_when_notified`` removes its listener (UNLISTEN) before releasing. asyncpg
    still rolls back an open transaction and drops Python-side listeners on release."""


def _connection_class(vault: Vault | None, events: EventKeys | None = None) -> type[asyncpg.Connection]:
    """A connection class that carries the data keys its repositories seal and open personal data
    with (its ``dueprocess_vault``, read by ``vault_of``) and the event key ring the outbox seals
    events' personal fields with (``dueprocess_events``, read by ``events_of``)."""
    return type("VaultConnection", (asyncpg.Connection,), {"dueprocess_vault": vault, "dueprocess_events": events})


_FROM_SETTINGS = object()


CONNECT_TIMEOUT_SECONDS = 10.0


async def create_pool(
    dsn: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    vault: Vault | object | None = _FROM_SETTINGS,
    events: EventKeys | object | None = _FROM_SETTINGS,
) -> asyncpg.Pool:
    """A pool whose connections encode and decode json/jsonb as Python objects and carry
    ``vault`` (default: the data keys configured in the environment, see ``vault_of``)."""
    if vault is _FROM_SETTINGS:
        from shared.settings import load_settings

        vault = load_settings().data_vault()
    if events is _FROM_SETTINGS:
        from shared.settings import load_settings

        events = load_settings().event_ring()
    # A connection attempt that reaches a server still starting up can hang unanswered: give up
    # after CONNECT_TIMEOUT_SECONDS (and retry) rather than asyncpg's default minute.
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        connection_class=_connection_class(vault, events),  # type: ignore[arg-type]
        timeout=CONNECT_TIMEOUT_SECONDS,
    )
    assert pool is not None
    return pool


def vault_of(db: asyncpg.Connection | asyncpg.Pool | Any) -> Vault:
    """The data keys of a connection (or pool) made by ``create_pool``; raises NoDataKeys without them."""
    if isinstance(db, asyncpg.Pool):
        cls = db._connection_class
    else:
        cls = type(getattr(db, "_con", None) or db)  # a pool's connection proxy, or the connection
    vault: Vault | None = getattr(cls, "dueprocess_vault", None)
    if vault is None:
        raise NoDataKeys(
            "personal data is sealed at rest: set DUEPROCESS_DATA_KEYS (or DUEPROCESS_DATA_KEYS_FILE) and "
            "DUEPROCESS_BLIND_INDEX_KEY (or _FILE)"
        )
    return vault


def events_of(db: asyncpg.Connection | asyncpg.Pool | Any) -> EventKeys:
    """The event key ring of a connection (or pool) made by ``create_pool``; raises NoEventKeys without it."""
    if isinstance(db, asyncpg.Pool):
        cls = db._connection_class
    else:
        cls = type(getattr(db, "_con", None) or db)
    events: EventKeys | None = getattr(cls, "dueprocess_events", None)
    if events is None:
        raise NoEventKeys(
            "the personal fields of events are sealed: set DUEPROCESS_EVENT_KEYS (or DUEPROCESS_EVENT_KEYS_FILE), "
            "the key ring the three services share"
        )
    return events


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
        Migration(
            version=f"{prefix}{entry.name.removesuffix('.sql')}", sql=entry.read_text().replace("{schema}", schema)
        )
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
                if listener is None or not _usable(listener):
                    stale, listener = listener, None
                    if stale is not None:
                        await _release_quietly(pool, stale)
                    fresh = await pool.acquire()
                    try:
                        await fresh.add_listener(channel, on_notify)
                        # Losing the connection loses the LISTEN: wake up to listen again at once.
                        fresh.add_termination_listener(on_notify)
                    except BaseException:
                        await _release_quietly(pool, fresh)
                        raise
                    listener = fresh
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
            except (*DATABASE_UNAVAILABLE, asyncpg.PostgresError, *transient) as exc:
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
                listener.remove_termination_listener(on_notify)
                await listener.remove_listener(channel, on_notify)
            await _release_quietly(pool, listener)


def _usable(conn: asyncpg.Connection) -> bool:
    """Still connected. A pooled connection whose server went away is taken back by the pool
    at once, and every call on it (``is_closed()`` included) then raises InterfaceError."""
    try:
        return not conn.is_closed()
    except asyncpg.InterfaceError:
        return False


async def _release_quietly(pool: asyncpg.Pool, conn: asyncpg.Connection) -> None:
    """Give ``conn`` back; the pool closes a broken one, and that error is of no use here."""
    with contextlib.suppress(OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
        await pool.release(conn)


# --- least privilege: one role per service, limited to its schema --------------------------------


class UnsafeServiceRole(RuntimeError):
    """A service role that would not be least privilege (the migrating user itself, or a superuser)."""


async def grant_service_role(
    conn: asyncpg.Connection, *, schema: str, role: str, password: str | None, other_schemas: list[str]
) -> None:
    """Create or update ``role`` (LOGIN, no superuser, no CREATEDB/CREATEROLE/REPLICATION/
    BYPASSRLS) and give it USAGE on ``schema`` and read/write on its tables and sequences;
    nothing on ``other_schemas`` and no CREATE anywhere. Run by the owner, after the migrations
    (it grants on the tables that exist then, and by default on the tables the owner adds later).
    """
    me = await conn.fetchval("SELECT current_user")
    if role == me:
        raise UnsafeServiceRole(f"the {schema} service must not connect as the migrating user {me!r}")
    ident = await conn.fetchval("SELECT quote_ident($1)", role)
    attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT"
    if password is not None:
        attributes += " PASSWORD " + await conn.fetchval("SELECT quote_literal($1)", password)
    lock_key = int.from_bytes(hashlib.sha256(f"role:{role}".encode()).digest()[:7], "big")
    async with conn.transaction():
        # Roles belong to the cluster: two databases migrating at once must not both create it.
        await conn.execute("SELECT pg_advisory_xact_lock($1)", lock_key)
        if await conn.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = $1", role):
            raise UnsafeServiceRole(f"the role {role!r} is a superuser; a service role must not be")
        exists = await conn.fetchval("SELECT true FROM pg_roles WHERE rolname = $1", role)
        await conn.execute(f"{'ALTER' if exists else 'CREATE'} ROLE {ident} {attributes}")
        owns = await conn.fetchval(
            """
            SELECT coalesce((SELECT string_agg(datname, ', ') FROM pg_database
                              WHERE datname = current_database() AND datdba = r.oid), '')
                || coalesce((SELECT ' ' || string_agg(nspname, ', ') FROM pg_namespace WHERE nspowner = r.oid), '')
              FROM pg_roles r WHERE r.rolname = $1
            """,
            role,
        )
        if owns:
            raise UnsafeServiceRole(f"the role {role!r} owns {owns.strip()}; a service role must own nothing")
        database = await conn.fetchval("SELECT quote_ident(current_database())")
        await conn.execute(f"GRANT CONNECT ON DATABASE {database} TO {ident}")
        for other in other_schemas:
            if await conn.fetchval("SELECT true FROM pg_namespace WHERE nspname = $1", other):
                await conn.execute(f'REVOKE ALL ON SCHEMA "{other}" FROM {ident}')
                await conn.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{other}" FROM {ident}')
                await conn.execute(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA "{other}" FROM {ident}')
        await conn.execute(f'REVOKE ALL ON SCHEMA "{schema}" FROM PUBLIC')
        await conn.execute(f'REVOKE CREATE ON SCHEMA "{schema}" FROM {ident}')
        await conn.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO {ident}')
        await conn.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" TO {ident}')
        await conn.execute(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {ident}')
        await conn.execute(
            f'ALTER DEFAULT PRIVILEGES IN SCHEMA "{schema}" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ident}'
        )
        await conn.execute(
            f'ALTER DEFAULT PRIVILEGES IN SCHEMA "{schema}" GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {ident}'
        )
    log.info("service role granted", schema=schema, role=role)


async def service_pool(settings: Any, service: str, *, max_size: int) -> asyncpg.Pool:
    """A service's pool: as its own role (``settings.service_database_url``), with the data keys,
    which a service cannot run without (it refuses to start rather than store personal data in the clear)."""
    vault = settings.data_vault()
    if vault is None:
        raise NoDataKeys(
            f"the {service} service seals personal data at rest: set DUEPROCESS_DATA_KEYS (or _FILE) "
            "and DUEPROCESS_BLIND_INDEX_KEY (or _FILE)"
        )
    events = settings.event_ring()
    if events is None:
        raise NoEventKeys(
            f"the {service} service seals the personal fields of its events: set DUEPROCESS_EVENT_KEYS (or _FILE), "
            "the event key ring the three services share"
        )
    if settings.service_role(service) is None:
        log.warning(
            "service connects with the shared database URL; give it a role of its own "
            f"(DUEPROCESS_{service.upper()}_DATABASE_URL) for least privilege",
            service_name=service,
        )
    return await create_pool(settings.service_database_url(service), max_size=max_size, vault=vault, events=events)

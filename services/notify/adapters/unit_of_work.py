"""The PostgreSQL unit of work: one pooled connection, one transaction, the repositories on it,
the inbox (``processed_messages``) and the outbox (``shared.outbox``) in the same transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import asyncpg

from services.notify.adapters.contacts import PostgresContactRepository
from services.notify.adapters.deliveries import PostgresAcceptanceRepository, PostgresDeliveryRepository
from services.notify.adapters.delivery_reports import PostgresDeliveryReportRepository
from services.notify.adapters.matters import PostgresMatterRepository
from services.notify.adapters.notices import PostgresNoticeRepository
from services.notify.adapters.tables import SCHEMA
from services.notify.adapters.triage import PostgresTriageRepository
from shared import inbox
from shared.contracts import Envelope
from shared.outbox import add_to_outbox


class PostgresInbox:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def claim(self, *, consumer: str, event_id: uuid.UUID) -> bool:
        return await inbox.claim(self._conn, schema=SCHEMA, consumer=consumer, event_id=event_id)

    async def fresh(self, *, consumer: str, events: Sequence[Envelope[Any]]) -> list[Envelope[Any]]:
        return await inbox.fresh(self._conn, schema=SCHEMA, consumer=consumer, events=events)


class PostgresUnitOfWork:
    """The service layer's ``AbstractUnitOfWork`` on a pool. ``for_dispatch``: also take a second connection first, before any row is locked, for the
    acceptance records (each its own transaction): recording one never waits for the pool
    while the batch holds rows that others may be waiting for."""

    def __init__(self, pool: asyncpg.Pool, *, for_dispatch: bool = False) -> None:
        self._pool = pool
        self._for_dispatch = for_dispatch
        self._records: asyncpg.Connection | None = None
        self._conn: asyncpg.Connection | None = None
        self._transaction: Any = None

    @property
    def connection(self) -> asyncpg.Connection:
        assert self._conn is not None, "the unit of work is not open"
        return self._conn

    notices: PostgresNoticeRepository
    deliveries: PostgresDeliveryRepository
    reports: PostgresDeliveryReportRepository
    matters: PostgresMatterRepository
    triage: PostgresTriageRepository
    contacts: PostgresContactRepository
    inbox: PostgresInbox

    @property
    def acceptances(self) -> PostgresAcceptanceRepository:
        if self._records is None:
            raise RuntimeError("this unit of work was not opened for dispatch")
        return PostgresAcceptanceRepository(self._records)

    async def __aenter__(self) -> Self:
        await self._begin()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._end(commit=exc_type is None)

    async def _begin(self) -> None:
        if self._for_dispatch:
            self._records = await self._pool.acquire()
        try:
            self._conn = await self._pool.acquire()
            try:
                self._transaction = self._conn.transaction()
                await self._transaction.start()
            except BaseException:
                await self._pool.release(self._conn)
                self._conn = None
                raise
        except BaseException:
            await self._release_records()
            raise
        conn = self._conn
        self.notices = PostgresNoticeRepository(conn)
        self.deliveries = PostgresDeliveryRepository(conn)
        self.reports = PostgresDeliveryReportRepository(conn)
        self.matters = PostgresMatterRepository(conn)
        self.triage = PostgresTriageRepository(conn)
        self.contacts = PostgresContactRepository(conn)
        self.inbox = PostgresInbox(conn)

    async def _end(self, *, commit: bool) -> None:
        if self._conn is None:
            return
        try:
            if commit:
                await self._transaction.commit()
            else:
                await self._transaction.rollback()
        finally:
            conn, self._conn = self._conn, None
            try:
                await self._pool.release(conn)
            finally:
                await self._release_records()

    async def _release_records(self) -> None:
        if self._records is not None:
            records, self._records = self._records, None
            await self._pool.release(records)

    async def commit(self) -> None:
        await self._end(commit=True)

    async def rollback(self) -> None:
        await self._end(commit=False)

    async def publish(self, topic: str, event: Envelope[Any]) -> None:
        await add_to_outbox(self.connection, schema=SCHEMA, topic=topic, event=event)

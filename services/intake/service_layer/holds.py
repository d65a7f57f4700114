"""Preservation holds as intake shows them: the read model of ``legal-hold.v1``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import asyncpg

from services.intake.adapters.holds import HoldViewRepository
from services.intake.adapters.repository import SCHEMA
from shared import inbox
from shared.contracts import Envelope, LegalHoldChanged
from shared.db import UnitOfWork


async def record_holds(*, pool: asyncpg.Pool, consumer: str, events: Sequence[Envelope[LegalHoldChanged]]) -> None:
    async with UnitOfWork(pool) as uow:
        holds = HoldViewRepository(uow.conn)
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            await holds.apply(event)


async def holds_of_case(*, pool: asyncpg.Pool, case_id: uuid.UUID) -> list[dict[str, Any]]:
    async with pool.acquire() as conn:
        return await HoldViewRepository(conn).of_case(case_id)


async def holds_listing(*, pool: asyncpg.Pool, limit: int = 200) -> list[dict[str, Any]]:
    async with pool.acquire() as conn:
        return await HoldViewRepository(conn).listing(limit=limit)

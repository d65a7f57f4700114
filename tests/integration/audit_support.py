"""What the audit trail integration tests share: a trail of staff views for a case, appended
through the unit of work into review's audit log."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg

from shared.audit import append
from shared.db import UnitOfWork

SCHEMA = "review"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


async def trail(pool: asyncpg.Pool, case_id: uuid.UUID, n: int = 5) -> None:
    for i in range(n):
        async with UnitOfWork(pool) as uow:
            await append(
                uow.conn,
                schema=SCHEMA,
                case_id=case_id,
                actor=f"staff-{i % 2}",
                action="VIEW",
                detail={"page": "case", "i": i},
                at=T0 + timedelta(minutes=i),
            )

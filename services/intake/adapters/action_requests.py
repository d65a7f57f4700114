"""Staff requests on cases and their answers (intake.action_requests)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import asyncpg


class ActionRequestRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        *,
        request_id: uuid.UUID,
        case_id: uuid.UUID,
        action: str,
        requested_by: str,
        requested_at: datetime,
        detail: dict[str, Any],
    ) -> None:
        await self._conn.execute(
            "INSERT INTO intake.action_requests (request_id, case_id, action, requested_by, requested_at, detail)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            request_id,
            case_id,
            action,
            requested_by,
            requested_at,
            detail,
        )

    async def answer(self, *, request_id: uuid.UUID, status: str, outcome: str, at: datetime) -> None:
        """The first answer wins; a redelivered one changes nothing."""
        await self._conn.execute(
            "UPDATE intake.action_requests SET status = $2, outcome = $3, answered_at = $4"
            " WHERE request_id = $1 AND status = 'PENDING'",
            request_id,
            status,
            outcome,
            at,
        )

    async def of_case(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            "SELECT request_id, action, requested_by, requested_at, detail, status, outcome, answered_at"
            " FROM intake.action_requests WHERE case_id = $1 ORDER BY requested_at",
            case_id,
        )
        return [dict(row) for row in rows]

    async def get(self, request_id: uuid.UUID) -> dict[str, Any] | None:
        row = await self._conn.fetchrow(
            "SELECT request_id, case_id, action, requested_by, requested_at, detail, status, outcome, answered_at"
            " FROM intake.action_requests WHERE request_id = $1",
            request_id,
        )
        return dict(row) if row else None

"""Staff requests on cases and their answers (intake.action_requests).

The request's detail is sealed (``sealed_detail``, bound to its request_id): it names counsel,
the user's handle, a confirmed requester, the staff member's reason. ``detail`` keeps its
non-personal projection (``request_projection``) for SQL; reads open the sealed one.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import asyncpg

from services.intake.adapters.sealing import action_detail_aad, request_projection
from shared.crypto import Vault
from shared.db import vault_of


class ActionRequestRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    def _opened(self, row: asyncpg.Record) -> dict[str, Any]:
        """The row with its detail opened (``NotSealedYet`` for a row `keys rotate` has not sealed)."""
        entry = {key: value for key, value in row.items() if key != "sealed_detail"}
        entry["detail"] = self._vault.open_json(row["sealed_detail"], aad=action_detail_aad(row["request_id"]))
        return entry

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
            "INSERT INTO intake.action_requests"
            " (request_id, case_id, action, requested_by, requested_at, detail, sealed_detail)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7)",
            request_id,
            case_id,
            action,
            requested_by,
            requested_at,
            request_projection(detail),
            self._vault.seal_json(detail, aad=action_detail_aad(request_id)),
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
            "SELECT request_id, action, requested_by, requested_at, sealed_detail, status, outcome, answered_at"
            " FROM intake.action_requests WHERE case_id = $1 ORDER BY requested_at",
            case_id,
        )
        return [self._opened(row) for row in rows]

    async def get(self, request_id: uuid.UUID) -> dict[str, Any] | None:
        row = await self._conn.fetchrow(
            "SELECT request_id, case_id, action, requested_by, requested_at, sealed_detail, status, outcome,"
            " answered_at FROM intake.action_requests WHERE request_id = $1",
            request_id,
        )
        return self._opened(row) if row else None

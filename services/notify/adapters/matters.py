"""The case as notify knows it (its review, accounts, gag order and staff actions), through
asyncpg on the unit of work's connection; the review and the accounts' handles sealed at rest."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

import asyncpg

from services.notify.adapters.sealing import case_account_aad, handle_key, handle_keys, reviewed_aad
from services.notify.domain.lifecycle import GagRecord, MatterUpdate
from services.notify.domain.records import GagChange
from shared.contracts import LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.crypto import Vault
from shared.db import vault_of
from shared.vocabulary import NondisclosureKind


class PostgresMatterRepository:
    """``case_reviews``, ``case_accounts``, ``gag_orders`` (+ history) and ``case_decisions``."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def lock_case(self, case_id: uuid.UUID) -> None:
        """Serialise this transaction with every other one changing the case (until it ends):
        a staff action racing the case's review is either seen by it or sees it."""
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('notify.case:' || $1::uuid::text, 0))", case_id
        )

    async def save_review(self, *, case_id: uuid.UUID, reviewed: LegalProcessReviewed) -> LegalProcessReviewed:
        return_by = await self._conn.fetchval(
            """
            INSERT INTO notify.case_reviews (case_id, sealed_reviewed) VALUES ($1, $2)
            ON CONFLICT (case_id) DO UPDATE SET sealed_reviewed = EXCLUDED.sealed_reviewed, reviewed = NULL,
                                                updated_at = now()
            RETURNING return_by
            """,
            case_id,
            self._vault.seal_json(reviewed.model_dump(mode="json"), aad=reviewed_aad(case_id)),
        )
        return reviewed if return_by is None else reviewed.model_copy(update={"return_by": return_by})

    async def review_of(self, case_id: uuid.UUID) -> LegalProcessReviewed | None:
        """The review, with the return date as it stands now (it may have moved)."""
        row = await self._conn.fetchrow(
            "SELECT sealed_reviewed, return_by FROM notify.case_reviews WHERE case_id = $1", case_id
        )
        if row is None:
            return None
        reviewed = LegalProcessReviewed.model_validate(
            self._vault.open_json(row["sealed_reviewed"], aad=reviewed_aad(case_id))
        )
        if row["return_by"] is not None:
            reviewed = reviewed.model_copy(update={"return_by": row["return_by"]})
        return reviewed

    async def set_return_by(self, *, case_id: uuid.UUID, return_by: datetime) -> None:
        await self._conn.execute(
            "UPDATE notify.case_reviews SET return_by = $2, updated_at = now() WHERE case_id = $1", case_id, return_by
        )

    async def add_case_accounts(self, *, case_id: uuid.UUID, handles: Iterable[str]) -> None:
        vault = self._vault
        rows = []
        for handle in sorted(set(handles)):
            key = handle_key(vault, handle)
            rows.append((case_id, key, vault.seal(handle, aad=case_account_aad(case_id, key))))
        await self._conn.executemany(
            "INSERT INTO notify.case_accounts (case_id, handle_key, handle) VALUES ($1, $2, $3)"
            " ON CONFLICT (case_id, handle_key) DO NOTHING",
            rows,
        )

    async def cases_of(self, handle: str) -> list[tuple[uuid.UUID, str]]:
        """(case, canonical handle) for every case that concerns the account."""
        vault = self._vault
        rows = await self._conn.fetch(
            "SELECT DISTINCT ON (case_id) case_id, handle_key, handle FROM notify.case_accounts"
            " WHERE handle_key = ANY($1::text[]) ORDER BY case_id, array_position($1::text[], handle_key)",
            handle_keys(vault, handle),
        )
        return [
            (row["case_id"], vault.open(row["handle"], aad=case_account_aad(row["case_id"], row["handle_key"])))
            for row in rows
        ]

    async def gag_of(self, case_id: uuid.UUID, *, lock: bool = False) -> GagRecord | None:
        row = await self._conn.fetchrow(
            "SELECT * FROM notify.gag_orders WHERE case_id = $1" + (" FOR UPDATE" if lock else ""), case_id
        )
        if row is None:
            return None
        return GagRecord(
            nondisclosure=Nondisclosure(
                present=row["present"],
                kind=NondisclosureKind(row["kind"]) if row["kind"] else None,
                expires_at=row["expires_at"],
            ),
            version=row["version"],
            ruled_by_counsel=row["ruled_by_counsel"],
            released=row["released"],
        )

    async def save_gag(
        self,
        *,
        case_id: uuid.UUID,
        gag: GagRecord,
        change: str,
        at: datetime,
        actor: str | None = None,
        reason: str | None = None,
        event_id: uuid.UUID | None = None,
    ) -> None:
        """Record the gag's current terms and append them to its history."""
        nd = gag.nondisclosure
        await self._conn.execute(
            """
            INSERT INTO notify.gag_orders (case_id, present, kind, expires_at, version, ruled_by_counsel, released,
                                           updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (case_id) DO UPDATE
               SET present = EXCLUDED.present, kind = EXCLUDED.kind, expires_at = EXCLUDED.expires_at,
                   version = EXCLUDED.version, ruled_by_counsel = EXCLUDED.ruled_by_counsel,
                   released = EXCLUDED.released, updated_at = EXCLUDED.updated_at
            """,
            case_id,
            nd.present,
            nd.kind.value if nd.kind else None,
            nd.expires_at,
            gag.version,
            gag.ruled_by_counsel,
            gag.released,
            at,
        )
        await self._conn.execute(
            """
            INSERT INTO notify.gag_order_history (case_id, version, present, kind, expires_at, change, actor, reason,
                                                  event_id, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """,
            case_id,
            gag.version,
            nd.present,
            nd.kind.value if nd.kind else None,
            nd.expires_at,
            change,
            actor,
            reason,
            event_id,
            at,
        )

    async def gag_history(self, case_id: uuid.UUID) -> list[GagChange]:
        rows = await self._conn.fetch(
            "SELECT version, present, kind, expires_at, change, actor, at FROM notify.gag_order_history"
            " WHERE case_id = $1 ORDER BY id",
            case_id,
        )
        return [GagChange(**dict(row)) for row in rows]

    async def record_decision(self, *, event_id: uuid.UUID, case_id: uuid.UUID, decided: LegalProcessDecided) -> None:
        await self._conn.execute(
            """
            INSERT INTO notify.case_decisions (event_id, case_id, action, decided, decided_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING
            """,
            event_id,
            case_id,
            decided.action.value,
            decided.model_dump(mode="json"),
            decided.decided_at,
        )

    async def unapplied_decisions(self, case_id: uuid.UUID) -> list[tuple[uuid.UUID, LegalProcessDecided]]:
        rows = await self._conn.fetch(
            "SELECT event_id, decided FROM notify.case_decisions WHERE case_id = $1 AND applied_at IS NULL"
            " ORDER BY decided_at, received_at",
            case_id,
        )
        return [(row["event_id"], LegalProcessDecided.model_validate(row["decided"])) for row in rows]

    async def mark_applied(self, *, event_id: uuid.UUID, update: MatterUpdate | None, at: datetime) -> None:
        await self._conn.execute(
            "UPDATE notify.case_decisions SET applied_at = $2, update = $3 WHERE event_id = $1",
            event_id,
            at,
            update.model_dump(mode="json") if update else None,
        )

    async def applied_decisions(self, case_id: uuid.UUID) -> list[tuple[LegalProcessDecided, MatterUpdate | None]]:
        rows = await self._conn.fetch(
            "SELECT decided, update FROM notify.case_decisions WHERE case_id = $1 AND applied_at IS NOT NULL"
            " ORDER BY decided_at, received_at",
            case_id,
        )
        return [
            (
                LegalProcessDecided.model_validate(row["decided"]),
                None if row["update"] is None else MatterUpdate.model_validate(row["update"]),
            )
            for row in rows
        ]

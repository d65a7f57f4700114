"""Intake's tables, through asyncpg. Every method runs on the caller's connection/transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import asyncpg

from services.intake.adapters.sealing import (
    case_aad,
    case_projection,
    dismissal_reason_aad,
    notice_recipient_aad,
    review_aad,
)
from services.intake.domain.model import ReceivedCase
from shared.contracts import Envelope, LegalProcessCase, NoticeDispatched, NoticePlanned, Review
from shared.crypto import Vault
from shared.db import vault_of
from shared.sealing import review_projection

SCHEMA = "intake"


class CaseRepository:
    """Cases and their read model. Personal data is sealed (``adapters.sealing``): the case and
    the review in full, notice recipients; ``document`` and ``review`` hold non-personal projections."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def add(self, received: ReceivedCase, *, held_reasons: list[str] | None = None) -> bool:
        """Insert the case; False when its idempotency key is already taken.

        With ``held_reasons`` (possibly empty) the case waits for legal ops to confirm it.
        """
        document = received.case.model_dump(mode="json")
        inserted = await self._conn.fetchval(
            """
            INSERT INTO intake.cases (case_id, channel, received_at, trace_id, document, fingerprint, idempotency_key,
                                      held_reasons, sealed_document, submitted_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING true
            """,
            received.case_id,
            received.channel,
            received.received_at,
            received.trace_id,
            case_projection(document),
            received.fingerprint,
            received.idempotency_key,
            held_reasons,
            await self._vault.seal_json_async(document, aad=case_aad(received.case_id)),
            received.submitted_by,
        )
        return bool(inserted)

    async def lock_held(self, case_id: uuid.UUID) -> asyncpg.Record | None:
        """The case row, locked, with whether it still waits for confirmation (or was dismissed)."""
        return await self._conn.fetchrow(
            """
            SELECT case_id, channel, received_at, trace_id, held_reasons, confirmed_at, dismissed_at, dismissed_by,
                   dismissed_reason
              FROM intake.cases WHERE case_id = $1 FOR UPDATE
            """,
            case_id,
        )

    async def dismiss(self, *, case_id: uuid.UUID, by: str, at: datetime, reason: str) -> None:
        """Mark a held case dismissed as not legal process; the reason is sealed to this row.
        Call with the row locked (``lock_held``). The table refuses a confirmed case."""
        await self._conn.execute(
            "UPDATE intake.cases SET dismissed_at = $2, dismissed_by = $3, dismissed_reason = $4 WHERE case_id = $1",
            case_id,
            at,
            by,
            self._vault.seal(reason, aad=dismissal_reason_aad(case_id)),
        )

    def dismissal_reason(self, row: asyncpg.Record) -> str | None:
        """The stored dismissal reason of a case row (``case_id``, ``dismissed_reason``), opened."""
        sealed = row["dismissed_reason"]
        return self._vault.open(sealed, aad=dismissal_reason_aad(row["case_id"])) if sealed is not None else None

    async def confirm(
        self, *, case_id: uuid.UUID, case: LegalProcessCase, fingerprint: str, by: str | None, at: datetime
    ) -> None:
        document = case.model_dump(mode="json")
        await self._conn.execute(
            """
            UPDATE intake.cases SET document = $2, fingerprint = $3, held_reasons = NULL, confirmed_at = $4,
                                    confirmed_by = $5, sealed_document = $6
             WHERE case_id = $1
            """,
            case_id,
            case_projection(document),
            fingerprint,
            at,
            by,
            await self._vault.seal_json_async(document, aad=case_aad(case_id)),
        )

    async def by_idempotency_key(self, key: str) -> asyncpg.Record | None:
        return await self._conn.fetchrow(
            "SELECT case_id, fingerprint FROM intake.cases WHERE idempotency_key = $1", key
        )

    async def record_review(
        self, *, case_id: uuid.UUID, review: Review, reviewed_at: datetime, acknowledge_by: datetime | None = None
    ) -> None:
        await self._conn.execute(
            """
            INSERT INTO intake.case_reviews (case_id, review, reviewed_at, acknowledge_by, sealed_review)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (case_id) DO UPDATE SET review = EXCLUDED.review, reviewed_at = EXCLUDED.reviewed_at,
                                                acknowledge_by = EXCLUDED.acknowledge_by,
                                                sealed_review = EXCLUDED.sealed_review
             WHERE intake.case_reviews.reviewed_at <= EXCLUDED.reviewed_at
            """,
            case_id,
            review_projection(review.model_dump(mode="json")),
            reviewed_at,
            acknowledge_by,
            self._vault.seal_json(review.model_dump(mode="json"), aad=review_aad(case_id)),
        )

    async def record_notice(
        self, *, case_id: uuid.UUID, notice: NoticePlanned | NoticeDispatched, event_at: datetime
    ) -> None:
        """Keep each notice's latest state; an older event never overwrites a newer one."""
        await self._conn.execute(
            """
            INSERT INTO intake.case_notices (notice_id, case_id, role, recipient, status, not_before, event_at, kind)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (notice_id) DO UPDATE
               SET status = EXCLUDED.status, not_before = COALESCE(EXCLUDED.not_before, intake.case_notices.not_before),
                   event_at = EXCLUDED.event_at, kind = COALESCE(EXCLUDED.kind, intake.case_notices.kind)
             WHERE intake.case_notices.event_at <= EXCLUDED.event_at
            """,
            notice.notice_id,
            case_id,
            notice.role.value,
            self._vault.seal(notice.recipient, aad=notice_recipient_aad(notice.notice_id)),
            notice.status.value,
            getattr(notice, "not_before", None),
            event_at,
            notice.kind,
        )

    async def record_timeline(self, event: Envelope[Any]) -> None:
        """An escalation or staff action on the case's timeline: its payload without the findings,
        and without the address of an emergency requester's formal-process follow-up (sealed in
        review and notify; intake has it sealed in the case already, never in the clear here)."""
        await self._conn.execute(
            """
            INSERT INTO intake.case_timeline (event_id, case_id, event_type, detail, at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING
            """,
            event.event_id,
            event.case_id,
            event.event_type,
            event.payload.model_dump(
                mode="json", exclude={"findings": True, "formal_process": {"requester_email": True}}
            ),
            event.occurred_at,
        )

    async def view(self, case_id: uuid.UUID) -> dict[str, Any] | None:
        """The case with its review and notices, or None when there is no such case."""
        row = await self._conn.fetchrow(
            """
            SELECT c.case_id, c.channel, c.received_at, c.sealed_document, c.held_reasons, c.confirmed_at,
                   c.confirmed_by, c.submitted_by, c.dismissed_at, c.dismissed_by, c.dismissed_reason,
                   r.sealed_review, r.reviewed_at, r.acknowledge_by
              FROM intake.cases c LEFT JOIN intake.case_reviews r USING (case_id)
             WHERE c.case_id = $1
            """,
            case_id,
        )
        if row is None:
            return None
        notices = await self._conn.fetch(
            """
            SELECT notice_id, role, recipient, status, not_before, event_at, kind FROM intake.case_notices
             WHERE case_id = $1
            """,
            case_id,
        )
        vault = self._vault
        recipients = {
            n["notice_id"]: vault.open(n["recipient"], aad=notice_recipient_aad(n["notice_id"])) for n in notices
        }
        # The user first, then their counsel, then ours; in the order they were owed.
        rank = {"USER": 0, "COUNSEL": 1, "INTERNAL_COUNSEL": 2}
        notices = sorted(notices, key=lambda n: (rank.get(n["role"], 3), recipients[n["notice_id"]], n["event_at"]))
        document = await vault.open_json_async(row["sealed_document"], aad=case_aad(case_id))
        review = vault.open_json(row["sealed_review"], aad=review_aad(case_id)) if row["sealed_review"] else None
        timeline = await self._conn.fetch(
            "SELECT event_type, detail, at FROM intake.case_timeline WHERE case_id = $1 ORDER BY at, event_id",
            case_id,
        )
        held = row["held_reasons"]
        if row["dismissed_at"] is not None:
            status = "DISMISSED"
        elif held is not None:
            status = "NEEDS_TRIAGE" if held else "AWAITING_CONFIRMATION"
        else:
            status = "REVIEWED" if review is not None else "RECEIVED"
        return {
            "case_id": str(row["case_id"]),
            "status": status,
            "held_reasons": held,
            "confirmed_at": row["confirmed_at"].isoformat() if row["confirmed_at"] else None,
            "confirmed_by": row["confirmed_by"],
            "dismissed_at": row["dismissed_at"].isoformat() if row["dismissed_at"] else None,
            "dismissed_by": row["dismissed_by"],
            "dismissed_reason": self.dismissal_reason(row),
            "channel": row["channel"],
            "submitted_by": row["submitted_by"],
            "received_at": row["received_at"].isoformat(),
            "reviewed_at": row["reviewed_at"].isoformat() if row["reviewed_at"] else None,
            "acknowledge_by": row["acknowledge_by"].isoformat() if row["acknowledge_by"] else None,
            "case": document,
            # Re-validated so the review reads in the contract's field order.
            "review": Review.model_validate(review).model_dump(mode="json") if review else None,
            "notices": [
                {
                    "notice_id": str(n["notice_id"]),
                    "role": n["role"],
                    "kind": n["kind"],
                    "recipient": recipients[n["notice_id"]],
                    "status": n["status"],
                    "not_before": n["not_before"].isoformat() if n["not_before"] else None,
                    "time": n["event_at"].isoformat(),
                }
                for n in notices
            ],
            "timeline": [{"event_type": t["event_type"], "at": t["at"].isoformat(), **t["detail"]} for t in timeline],
        }

    async def recent(self, *, limit: int = 50) -> list[asyncpg.Record]:
        rows: list[asyncpg.Record] = await self._conn.fetch(
            """
            SELECT c.case_id, c.received_at, c.channel, c.document->>'process_type' AS process_type,
                   c.document->'requester'->>'name' AS requester, r.review->>'disposition' AS disposition,
                   r.review->>'escalation_tier' AS escalation_tier,
                   c.held_reasons IS NOT NULL AS held, c.document->>'process_type' = 'EMERGENCY_REQUEST' AS emergency,
                   c.dismissed_at IS NOT NULL AS dismissed
              FROM intake.cases c LEFT JOIN intake.case_reviews r USING (case_id)
             ORDER BY c.received_at DESC LIMIT $1
            """,
            limit,
        )
        return rows

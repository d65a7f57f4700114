"""Delivery: the dispatcher's due notices and their outcomes, and each delivery attempt
(``notify.delivery_attempts``), through asyncpg."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import asyncpg

from services.notify.adapters.notices import stored_notice
from services.notify.adapters.sealing import notice_aad, open_notice
from services.notify.adapters.tables import USER_SIDE, WAITING
from services.notify.domain.records import DeliveryAttempt, StoredNotice
from shared.crypto import Vault
from shared.db import vault_of
from shared.vocabulary import NoticeStatus


class PostgresDeliveryRepository:
    """The dispatcher's side of ``notify.notices`` and the attempts, in the unit of work's transaction."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def lock_due(self, *, now: datetime, limit: int) -> list[StoredNotice]:
        """Notices due to be sent, locked for this dispatcher; others skip them.

        A notice to the user or their counsel waits while an earlier one to the same
        recipient about the same case is still owed: an update never overtakes the notice.
        ``handed_over``: the SMTP server accepted it (a SENT attempt beyond the notice's own
        count, recorded outside a batch that then never committed); it must not go again.
        ``handing_over_lost``: a batch gave it to the server and died before the answer was
        recorded (a HANDING_OVER attempt beyond the count): the outcome is unknown.
        The lock is FOR NO KEY UPDATE, so that recording an attempt (its foreign key takes a
        key-share lock on the notice) never waits for the batch holding the notice.
        """
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT n.*, EXISTS (SELECT 1 FROM notify.delivery_attempts a
                                 WHERE a.notice_id = n.notice_id AND a.outcome = 'SENT'
                                   AND a.attempt > n.total_attempts) AS handed_over,
                        EXISTS (SELECT 1 FROM notify.delivery_attempts a
                                 WHERE a.notice_id = n.notice_id AND a.outcome = 'HANDING_OVER'
                                   AND a.attempt > n.total_attempts) AS handing_over_lost
              FROM notify.notices n
             WHERE n.status IN ('PENDING', 'SCHEDULED')
               AND n.next_attempt_at <= $1
               AND (n.not_before IS NULL OR n.not_before <= $1)
               AND NOT (n.role = ANY($3::text[]) AND EXISTS (
                   SELECT 1 FROM notify.notices e
                    WHERE e.case_id = n.case_id AND e.recipient_key = n.recipient_key AND e.role = n.role
                      AND e.created_at < n.created_at AND e.status = ANY($4::text[])))
             ORDER BY n.next_attempt_at, n.created_at
             LIMIT $2
               FOR NO KEY UPDATE OF n SKIP LOCKED
            """,
            now,
            limit,
            USER_SIDE,
            WAITING,
        )
        return [stored_notice(open_notice(vault, row)) for row in rows]

    async def mark_sent(self, *, notice_id: uuid.UUID, message_id: str, sent_at: datetime) -> None:
        await self._conn.execute(
            """
            UPDATE notify.notices SET status = $2, message_id = $3, sent_at = $4, attempts = attempts + 1,
                                      total_attempts = total_attempts + 1, last_error = NULL, updated_at = $4,
                                      unconfirmed_until = NULL
             WHERE notice_id = $1
            """,
            notice_id,
            NoticeStatus.SENT.value,
            message_id,
            sent_at,
        )

    async def mark_attempt_failed(
        self,
        *,
        notice_id: uuid.UUID,
        error: str,
        retry_at: datetime | None,
        status: NoticeStatus | None = None,
        now: datetime | None = None,
    ) -> None:
        """Count a failed attempt. With ``status`` (FAILED, DEAD_LETTER) the notice stops being
        retried, still owed; otherwise it is tried again at ``retry_at``."""
        if status is None and retry_at is None:
            status = NoticeStatus.FAILED
        await self._conn.execute(
            """
            UPDATE notify.notices
               SET attempts = attempts + 1, total_attempts = total_attempts + 1, last_error = $2,
                   status = COALESCE($4::text, status), next_attempt_at = COALESCE($3::timestamptz, next_attempt_at),
                   updated_at = COALESCE($5::timestamptz, now()), unconfirmed_until = NULL
             WHERE notice_id = $1
            """,
            notice_id,
            self._vault.seal(
                error[:2000], aad=notice_aad("last_error", notice_id)
            ),  # an SMTP reply may quote the address
            retry_at,
            status.value if status else None,
            now,
        )

    async def record_attempt(
        self,
        *,
        notice_id: uuid.UUID,
        attempt: int,
        at: datetime,
        outcome: str,
        smtp_code: int | None = None,
        detail: str | None = None,
    ) -> None:
        await self._conn.execute(
            """
            INSERT INTO notify.delivery_attempts (notice_id, idempotency_key, attempt, at, outcome, smtp_code, detail)
            VALUES ($1::uuid, $1::uuid::text, $2, $3, $4, $5, $6)
            """,
            notice_id,
            attempt,
            at,
            outcome,
            smtp_code,
            detail[:500] if detail else None,
        )

    async def await_confirmation(self, *, notice_id: uuid.UUID, until: datetime, now: datetime) -> None:
        """Its hand-over's outcome is unknown: the attempt counts, and the notice waits until
        ``until`` for a delivery report before it may go again."""
        await self._conn.execute(
            """
            UPDATE notify.notices
               SET attempts = attempts + 1, total_attempts = total_attempts + 1, unconfirmed_until = $2,
                   next_attempt_at = $2, updated_at = $3
             WHERE notice_id = $1
            """,
            notice_id,
            until,
            now,
        )

    async def mark_bounced(self, *, notice_id: uuid.UUID, status: str, now: datetime) -> None:
        """A sent notice's delivery failed after the SMTP server had accepted it: FAILED, still owed."""
        await self._conn.execute(
            "UPDATE notify.notices SET status = $2, last_error = $3, updated_at = $4 WHERE notice_id = $1",
            notice_id,
            NoticeStatus.FAILED.value,
            self._vault.seal(
                f"delivery failed after acceptance (DSN {status})"[:2000], aad=notice_aad("last_error", notice_id)
            ),
            now,
        )

    async def attempts_of(self, notice_id: uuid.UUID) -> list[DeliveryAttempt]:
        rows = await self._conn.fetch(
            "SELECT attempt, at, outcome, smtp_code, detail, idempotency_key FROM notify.delivery_attempts"
            " WHERE notice_id = $1 ORDER BY id",
            notice_id,
        )
        return [DeliveryAttempt(**dict(row)) for row in rows]


class PostgresAcceptanceRepository:
    """What the SMTP server was given, recorded at once on a connection of its own, outside the
    dispatcher's batch (each statement its own transaction): should the batch never commit,
    the next dispatcher still knows (see ``service_layer.dispatch``)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def record_handed_over(self, *, notice_id: uuid.UUID, attempt: int, at: datetime) -> None:
        """The SENT attempt of a message the SMTP server just accepted, in a transaction of its
        own (call outside any): one statement, whose commit does not wait for the WAL flush
        (``synchronous_commit`` off for it alone)."""
        await self._conn.execute(
            """
            INSERT INTO notify.delivery_attempts (notice_id, idempotency_key, attempt, at, outcome)
            SELECT $1::uuid, $1::uuid::text, $2, $3, 'SENT'
              FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed
            """,
            notice_id,
            attempt,
            at,
        )

    async def record_handing_over(self, *, notices: Sequence[tuple[uuid.UUID, int]], at: datetime) -> None:
        """HANDING_OVER attempts of messages about to be given to the SMTP server, committed
        (call outside any transaction) before the first of them goes: should the batch die, the
        next dispatcher knows their outcome is unknown rather than that they never went."""
        await self._conn.execute(
            """
            INSERT INTO notify.delivery_attempts (notice_id, idempotency_key, attempt, at, outcome)
            SELECT n.notice_id, n.notice_id::text, n.attempt, $3, 'HANDING_OVER'
              FROM unnest($1::uuid[], $2::int[]) AS n (notice_id, attempt)
            """,
            [notice_id for notice_id, _ in notices],
            [attempt for _, attempt in notices],
            at,
        )

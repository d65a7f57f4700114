"""The notify service's tables, through asyncpg, on the caller's connection/transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from services.notify.adapters.sealing import (
    APPOINTMENT_SEALED,
    appointment_aad,
    case_account_aad,
    entry_aad,
    handle_key,
    lookup_index,
    notice_aad,
    open_notice,
    recipient_key,
    reviewed_aad,
)
from services.notify.domain.lifecycle import GagRecord, MatterUpdate
from services.notify.domain.model import NoticeKind, PlannedNotice, RenderedNotice
from shared.contracts import LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.crypto import Vault
from shared.db import vault_of
from shared.vocabulary import EscalationTier, NondisclosureKind, NoticeRole, NoticeStatus

SCHEMA = "notify"
DISPATCH_CHANNEL = "notify_dispatch"
WAITING = [NoticeStatus.PENDING.value, NoticeStatus.SCHEDULED.value, NoticeStatus.WITHHELD.value]
USER_SIDE = [NoticeRole.USER.value, NoticeRole.COUNSEL.value]


def lookup_keys(entry: Mapping[str, Any]) -> list[str]:
    keys = [str(entry["handle"]).removeprefix("@")]
    keys += [str(entry[field]) for field in ("id", "account_id", "contact_email") if entry.get(field)]
    return sorted({key.lower() for key in keys})


def planned_from_row(row: Mapping[str, Any]) -> PlannedNotice:
    """The planned notice a stored row records (to word it again, or to move it)."""
    return PlannedNotice(
        notice_key=row["notice_key"],
        case_id=row["case_id"],
        kind=NoticeKind(row["kind"]),
        role=NoticeRole(row["role"]),
        recipient=row["recipient"],
        recipient_name=row["recipient_name"],
        recipient_organization=row["recipient_organization"],
        handle=row["handle"],
        tier=EscalationTier(row["tier"]) if row["tier"] else None,
        status=NoticeStatus(row["status"]) if row["status"] in WAITING else NoticeStatus.PENDING,
        not_before=row["not_before"],
        occasion=row["occasion"],
    )


class ContactRepository:
    """The directory and counsel of record: sealed, found by blind indexes (``adapters.sealing``)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        vault = self._vault
        rows = []
        for e in entries:
            handle = str(e["handle"]).removeprefix("@")
            key = handle_key(vault, handle)
            entry = {"handle": handle, "contact_email": e.get("contact_email"), "counsel": e.get("counsel")}
            rows.append(
                (key, [lookup_index(vault, k) for k in lookup_keys(e)], vault.seal_json(entry, aad=entry_aad(key)))
            )
        await self._conn.executemany(
            """
            INSERT INTO notify.contacts (handle_key, lookup_keys, sealed_entry) VALUES ($1, $2, $3)
            ON CONFLICT (handle_key) DO UPDATE SET lookup_keys = EXCLUDED.lookup_keys, entry = NULL,
                                                  sealed_entry = EXCLUDED.sealed_entry, updated_at = now()
            """,
            rows,
        )
        return len(rows)

    async def matching(self, targets: Iterable[str], *, case_id: uuid.UUID | None = None) -> list[dict[str, Any]]:
        """Directory entries the targets name, each with the newest counsel of record named
        through the API or a user's link (for the account, or for this case) in place of the
        directory's."""
        keys = sorted({target.removeprefix("@").lower() for target in targets})
        if not keys:
            return []
        vault = self._vault
        rows = await self._conn.fetch(
            "SELECT handle_key, sealed_entry FROM notify.contacts WHERE lookup_keys && $1::text[]",
            [lookup_index(vault, key) for key in keys],
        )
        opened = [vault.open_json(row["sealed_entry"], aad=entry_aad(row["handle_key"])) for row in rows]
        entries = {entry["handle"].lower(): dict(entry) for entry in opened}
        appointed = await self.appointed(sorted(set(keys) | set(entries)), case_id=case_id)
        for key, appointment in appointed.items():
            entry = entries.setdefault(key, {"handle": appointment["handle"], "contact_email": None})
            entry["counsel"] = {field: appointment[field] for field in ("name", "email", "organization")}
        return list(entries.values())

    async def entry(self, handle: str) -> dict[str, Any] | None:
        key = handle_key(self._vault, handle)
        stored = await self._conn.fetchval("SELECT sealed_entry FROM notify.contacts WHERE handle_key = $1", key)
        return dict(self._vault.open_json(stored, aad=entry_aad(key))) if stored is not None else None

    async def appointed(self, handles: Sequence[str], *, case_id: uuid.UUID | None = None) -> dict[str, dict[str, Any]]:
        """The newest counsel appointed per (lower-cased) handle: for the account, or for ``case_id``."""
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT DISTINCT ON (handle_key) appointment_id, handle, name, email, organization
              FROM notify.counsel_appointments
             WHERE handle_key = ANY($1::text[]) AND (case_id IS NULL OR case_id = $2)
             ORDER BY handle_key, id DESC
            """,
            [handle_key(vault, h) for h in handles],
            case_id,
        )
        appointed = {}
        for row in rows:
            found = {
                c: vault.open_opt(row[c], aad=appointment_aad(c, row["appointment_id"])) for c in APPOINTMENT_SEALED
            }
            appointed[found["handle"].lower()] = found
        return appointed

    async def appoint(
        self,
        *,
        handle: str,
        name: str,
        email: str,
        organization: str | None,
        source: str,
        named_by: str,
        case_id: uuid.UUID | None,
        at: datetime,
    ) -> None:
        vault = self._vault
        appointment = uuid.uuid4()
        sealed = {
            c: vault.seal_opt(v, aad=appointment_aad(c, appointment))
            for c, v in (("handle", handle), ("name", name), ("email", email), ("organization", organization))
        }
        await self._conn.execute(
            """
            INSERT INTO notify.counsel_appointments (appointment_id, handle_key, handle, name, email, organization,
                                                     source, named_by, case_id, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """,
            appointment,
            handle_key(vault, handle),
            sealed["handle"],
            sealed["name"],
            sealed["email"],
            sealed["organization"],
            source,
            named_by,
            case_id,
            at,
        )


class NoticeRepository:
    """Notices and the case as notify knows it. Recipients, handles and everything a notice says
    are sealed; rows come back as dicts with those columns opened (``sealing.open_notice``)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def count_by_status(self, statuses: list[str]) -> list[tuple[str, int]]:
        rows = await self._conn.fetch(
            "SELECT status, count(*) AS n FROM notify.notices WHERE status = ANY($1::text[]) GROUP BY status", statuses
        )
        return [(row["status"], row["n"]) for row in rows]

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    def _open(self, rows: Sequence[asyncpg.Record]) -> list[dict[str, Any]]:
        vault = self._vault
        return [open_notice(vault, row) for row in rows]

    # --- the case as notify knows it ------------------------------------------------------

    async def lock_case(self, case_id: uuid.UUID) -> None:
        """Serialise this transaction with every other one changing the case (until it ends):
        a staff action racing the case's review is either seen by it or sees it."""
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('notify.case:' || $1::uuid::text, 0))", case_id
        )

    async def save_review(self, *, case_id: uuid.UUID, reviewed: LegalProcessReviewed) -> None:
        await self._conn.execute(
            """
            INSERT INTO notify.case_reviews (case_id, sealed_reviewed) VALUES ($1, $2)
            ON CONFLICT (case_id) DO UPDATE SET sealed_reviewed = EXCLUDED.sealed_reviewed, reviewed = NULL,
                                                updated_at = now()
            """,
            case_id,
            self._vault.seal_json(reviewed.model_dump(mode="json"), aad=reviewed_aad(case_id)),
        )

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
        key = handle_key(vault, handle)
        rows = await self._conn.fetch(
            "SELECT case_id, handle FROM notify.case_accounts WHERE handle_key = $1 ORDER BY case_id", key
        )
        return [(row["case_id"], vault.open(row["handle"], aad=case_account_aad(row["case_id"], key))) for row in rows]

    # --- the gag order ----------------------------------------------------------------------

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

    async def gags_of(self, case_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, GagRecord]:
        result = {}
        for case_id in dict.fromkeys(case_ids):
            gag = await self.gag_of(case_id)
            if gag is not None:
                result[case_id] = gag
        return result

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

    async def gag_history(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            "SELECT version, present, kind, expires_at, change, actor, at FROM notify.gag_order_history"
            " WHERE case_id = $1 ORDER BY id",
            case_id,
        )
        return [dict(row) for row in rows]

    # --- staff actions ----------------------------------------------------------------------

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

    async def updates_of(self, case_id: uuid.UUID) -> list[MatterUpdate]:
        rows = await self._conn.fetch(
            "SELECT update FROM notify.case_decisions WHERE case_id = $1 AND update IS NOT NULL"
            " ORDER BY decided_at, received_at",
            case_id,
        )
        return [MatterUpdate.model_validate(row["update"]) for row in rows]

    # --- triage dismissals ------------------------------------------------------------------

    async def record_dismissal(
        self, *, case_id: uuid.UUID, dismissed_at: datetime, event_id: uuid.UUID, now: datetime
    ) -> bool:
        """Remember that intake dismissed the case in triage; False when already known."""
        return bool(
            await self._conn.fetchval(
                """
            INSERT INTO notify.triage_dismissals (case_id, dismissed_at, event_id, recorded_at)
            VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING RETURNING true
            """,
                case_id,
                dismissed_at,
                event_id,
                now,
            )
        )

    async def dismissed(self, case_id: uuid.UUID) -> bool:
        """Whether intake dismissed the case in triage as not legal process."""
        return bool(await self._conn.fetchval("SELECT true FROM notify.triage_dismissals WHERE case_id = $1", case_id))

    # --- notices ----------------------------------------------------------------------------

    async def add(
        self,
        *,
        notice: PlannedNotice,
        rendered: RenderedNotice,
        trace_id: str,
        now: datetime,
        context: Mapping[str, Any] | None = None,
    ) -> bool:
        """Record an owed notice; False when the same notice (by key, hence by id) already exists."""
        vault = self._vault
        notice_id = notice.notice_id

        def sealed(column: str, value: str | None) -> str | None:
            return vault.seal_opt(value, aad=notice_aad(column, notice_id))

        inserted = await self._conn.fetchval(
            """
            INSERT INTO notify.notices (notice_id, notice_key, case_id, trace_id, kind, role, handle, recipient,
                                        status, not_before, subject, body_text, body_html, next_attempt_at,
                                        recipient_name, recipient_organization, tier, occasion, sealed_context,
                                        created_at, updated_at, handle_key, recipient_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, COALESCE($10::timestamptz, $14::timestamptz),
                    $15, $16, $17, $18, $19, $14, $14, $20, $21)
            ON CONFLICT (notice_id) DO NOTHING RETURNING true
            """,
            notice_id,
            sealed("notice_key", notice.notice_key),
            notice.case_id,
            trace_id,
            notice.kind.value,
            notice.role.value,
            sealed("handle", notice.handle),
            sealed("recipient", notice.recipient),
            notice.status.value,
            notice.not_before,
            sealed("subject", rendered.subject),
            sealed("body_text", rendered.text),
            sealed("body_html", rendered.html),
            now,
            sealed("recipient_name", notice.recipient_name),
            sealed("recipient_organization", notice.recipient_organization),
            notice.tier.value if notice.tier else None,
            notice.occasion,
            vault.seal_json(dict(context), aad=notice_aad("sealed_context", notice_id))
            if context is not None
            else None,
            handle_key(vault, notice.handle) if notice.handle else None,
            recipient_key(vault, notice.recipient),
        )
        if inserted:
            await self._conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)
        return bool(inserted)

    async def lock_due(self, *, now: datetime, limit: int) -> list[dict[str, Any]]:
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
        return self._open(
            await self._conn.fetch(
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
        )

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

    async def add_delivery_report(
        self, *, notice_id: uuid.UUID | None, outcome: str, status: str, report_sha256: str, received_at: datetime
    ) -> tuple[bool, uuid.UUID | None]:
        """Store a delivery report once (by its hash). Returns (new, the notice it is about:
        None when the report names no notice of ours)."""
        row = await self._conn.fetchrow(
            """
            INSERT INTO notify.delivery_reports (notice_id, outcome, status, report_sha256, received_at)
            VALUES ((SELECT notice_id FROM notify.notices WHERE notice_id = $1), $2, $3, $4, $5)
            ON CONFLICT (report_sha256) DO NOTHING
            RETURNING notice_id
            """,
            notice_id,
            outcome,
            status[:200],
            report_sha256,
            received_at,
        )
        return (row is not None, row["notice_id"] if row else None)

    async def lock_notice(self, notice_id: uuid.UUID) -> dict[str, Any] | None:
        """The notice, locked against the dispatcher (waits for a batch holding it)."""
        rows = self._open(
            await self._conn.fetch("SELECT * FROM notify.notices WHERE notice_id = $1 FOR NO KEY UPDATE", notice_id)
        )
        return rows[0] if rows else None

    async def settling_report(self, notice_id: uuid.UUID) -> str | None:
        """The outcome (DELIVERED or FAILED) of the latest delivery report about the notice
        since it was last retried by hand, if any."""
        return await self._conn.fetchval(
            """
            SELECT r.outcome FROM notify.delivery_reports r
             WHERE r.notice_id = $1 AND r.outcome IN ('DELIVERED', 'FAILED')
               AND r.received_at >= COALESCE((SELECT max(a.at) FROM notify.delivery_attempts a
                                               WHERE a.notice_id = $1 AND a.outcome = 'RETRY_REQUESTED'),
                                             '-infinity')
             ORDER BY r.id DESC LIMIT 1
            """,
            notice_id,
        )

    async def wake_unconfirmed(self, *, notice_id: uuid.UUID, now: datetime) -> bool:
        """A report came for a notice waiting for one: due now (the dispatcher settles it).
        Looks first without a lock, so a report about a notice a batch is still sending does
        not wait for that batch."""
        waiting = await self._conn.fetchval(
            "SELECT unconfirmed_until IS NOT NULL FROM notify.notices WHERE notice_id = $1", notice_id
        )
        if not waiting:
            return False
        woken = await self._conn.fetchval(
            """
            UPDATE notify.notices SET next_attempt_at = $2
             WHERE notice_id = $1 AND unconfirmed_until IS NOT NULL AND status IN ('PENDING', 'SCHEDULED')
            RETURNING true
            """,
            notice_id,
            now,
        )
        if woken:
            await self._conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)
        return bool(woken)

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

    async def delivery_reports(self, notice_id: uuid.UUID) -> list[dict[str, Any]]:
        rows = await self._conn.fetch(
            "SELECT outcome, status, received_at FROM notify.delivery_reports WHERE notice_id = $1 ORDER BY id",
            notice_id,
        )
        return [dict(row) for row in rows]

    async def waiting_user_side(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        """The case's owed, unsent notices to users and their counsel, locked (waits for a
        dispatcher that is sending one of them, then sees it SENT)."""
        return self._open(
            await self._conn.fetch(
                """
            SELECT * FROM notify.notices
             WHERE case_id = $1 AND role = ANY($2::text[]) AND status = ANY($3::text[])
             ORDER BY created_at, notice_id
               FOR UPDATE
            """,
                case_id,
                USER_SIDE,
                WAITING,
            )
        )

    async def waiting_of_kind(self, case_id: uuid.UUID, kind: NoticeKind) -> list[dict[str, Any]]:
        return self._open(
            await self._conn.fetch(
                "SELECT * FROM notify.notices WHERE case_id = $1 AND kind = $2 AND status = ANY($3::text[])"
                " ORDER BY created_at FOR UPDATE",
                case_id,
                kind.value,
                WAITING,
            )
        )

    async def counsel_notices(self, case_id: uuid.UUID, handle: str) -> list[dict[str, Any]]:
        return self._open(
            await self._conn.fetch(
                "SELECT * FROM notify.notices WHERE case_id = $1 AND role = 'COUNSEL' AND handle_key = $2"
                " ORDER BY created_at FOR UPDATE",
                case_id,
                handle_key(self._vault, handle),
            )
        )

    async def move(
        self,
        *,
        notice_id: uuid.UUID,
        status: NoticeStatus,
        not_before: datetime | None,
        now: datetime,
        rendered: RenderedNotice | None = None,
        reset_attempts: bool = False,
    ) -> None:
        """Give an owed notice a new status and ``not_before`` (and, if given, new words)."""
        await self._conn.execute(
            """
            UPDATE notify.notices
               SET status = $2, not_before = $3::timestamptz, next_attempt_at = COALESCE($3::timestamptz, $4::timestamptz), updated_at = $4,
                   subject = COALESCE($5, subject), body_text = COALESCE($6, body_text),
                   body_html = COALESCE($7, body_html),
                   attempts = CASE WHEN $8 THEN 0 ELSE attempts END
             WHERE notice_id = $1
            """,
            notice_id,
            status.value,
            not_before,
            now,
            self._vault.seal(rendered.subject, aad=notice_aad("subject", notice_id)) if rendered else None,
            self._vault.seal(rendered.text, aad=notice_aad("body_text", notice_id)) if rendered else None,
            self._vault.seal(rendered.html, aad=notice_aad("body_html", notice_id)) if rendered else None,
            reset_attempts,
        )
        await self._conn.execute("SELECT pg_notify($1, '')", DISPATCH_CHANNEL)

    async def reword(self, *, notice_id: uuid.UUID, rendered: RenderedNotice, now: datetime) -> None:
        vault = self._vault
        await self._conn.execute(
            "UPDATE notify.notices SET subject = $2, body_text = $3, body_html = $4, updated_at = $5"
            " WHERE notice_id = $1",
            notice_id,
            vault.seal(rendered.subject, aad=notice_aad("subject", notice_id)),
            vault.seal(rendered.text, aad=notice_aad("body_text", notice_id)),
            vault.seal(rendered.html, aad=notice_aad("body_html", notice_id)),
            now,
        )

    async def get(self, notice_id: uuid.UUID, *, lock: bool = False) -> dict[str, Any] | None:
        row = await self._conn.fetchrow(
            "SELECT * FROM notify.notices WHERE notice_id = $1" + (" FOR UPDATE" if lock else ""), notice_id
        )
        return open_notice(self._vault, row) if row is not None else None

    async def listing(
        self, *, status: NoticeStatus | None, case_id: uuid.UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        return self._open(
            await self._conn.fetch(
                """
            SELECT notice_id, case_id, kind, role, handle, recipient, status, not_before, attempts, total_attempts,
                   last_error, created_at, updated_at, sent_at
              FROM notify.notices
             WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR case_id = $2)
             ORDER BY created_at, notice_id
             LIMIT $3
            """,
                status.value if status else None,
                case_id,
                limit,
            )
        )

    async def for_case(self, case_id: uuid.UUID) -> list[dict[str, Any]]:
        return self._open(
            await self._conn.fetch(
                "SELECT notice_id, kind, role, recipient, status, not_before, attempts, sent_at FROM notify.notices"
                " WHERE case_id = $1 ORDER BY created_at",
                case_id,
            )
        )

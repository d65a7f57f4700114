"""E-mail ingestion: one use case for every channel (SMTP, .eml upload on the API and the web
form, ``dueprocess submit FILE.eml``) and the offline reading ``dueprocess assess FILE.eml`` uses.

``ingest_message`` keeps the raw message verbatim with its SHA-256 and its attachments with
theirs, reads the case out of it (``reading.analyse``, CPU work off the event loop: MIME and DKIM
in threads, PDFs, OCR of scans, office files and the extraction in worker processes), decides whether it
repeats an earlier case, and writes it all in one transaction with the case row and, unless the
case waits for legal ops, its ``legal-process.received.v1`` event (a case held for triage stages
``legal-process.held.v1`` instead: legal ops are alerted). It returns only after the commit.

A held case leaves triage once: ``confirm_case`` (legal process: published as received) or
``dismiss_case`` (not legal process: ``legal-process.dismissed.v1``, nothing deleted).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import asyncpg

from services.intake.adapters.messages import MessageRepository, StoredAttachment
from services.intake.adapters.repository import SCHEMA, CaseRepository
from services.intake.domain.dismissal import Dismissal, dismissable, dismissal_reason
from services.intake.domain.message import (
    LimitExceeded,
)
from services.intake.domain.model import Channel, ReceivedCase, fingerprint
from services.intake.domain.staff import StaffMember
from services.intake.domain.triage import held_event
from services.intake.service_layer.reading import Analysis, EmailIngestion, analyse, analyse_sync
from shared import audit, metrics
from shared.contracts import LegalProcessCase, LegalProcessDismissed, LegalProcessReceived, envelope
from shared.db import UnitOfWork
from shared.logging import get_logger
from shared.outbox import add_to_outbox

PRODUCER = "intake"
Source = Literal["smtp", "api", "web", "cli"]
log = get_logger(__name__)

__all__ = [
    "Analysis",
    "EmailIngestion",
    "Ingested",
    "LimitExceeded",
    "analyse",
    "analyse_sync",
    "confirm_case",
    "dismiss_case",
    "email_details",
    "ingest_message",
]


@dataclass(frozen=True)
class Ingested:
    case_id: uuid.UUID  # the case this message became, or the first case it repeats
    duplicate: bool
    duplicate_reason: str | None
    held: bool
    triage_reasons: tuple[str, ...]
    sha256: str

    @property
    def status(self) -> str:
        if self.duplicate:
            return "DUPLICATE_REQUEST"
        if self.held:
            return "NEEDS_TRIAGE" if self.triage_reasons else "AWAITING_CONFIRMATION"
        return "RECEIVED"


# --- storing ----------------------------------------------------------------------------------------


class _Clash(Exception):
    def __init__(self, owner: tuple[uuid.UUID, str]) -> None:
        self.owner = owner


_KEY_WORDS = {
    "raw": "the same message (byte for byte)",
    "message-id": "the same Message-ID",
    "document": "the same attached document",
}


def _why(key: str) -> str:
    return _KEY_WORDS.get(key.split(":", 1)[0], key)


async def ingest_message(
    *,
    pool: asyncpg.Pool,
    raw: bytes,
    source: Source,
    channel: Channel,
    trace_id: str,
    config: EmailIngestion,
    received_at: datetime | None = None,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
    hold: bool = False,
    submitted_by: str | None = None,
    from_trusted_relay: bool = False,
) -> Ingested:
    """Store, read, dedup and record one message; durable when this returns.

    Raises LimitExceeded (nothing stored). A message whose deciding fields are not confident
    (or that cannot be read) becomes a case held in triage; ``hold`` holds it anyway (the web
    upload, where legal ops confirm the fields straight away). A message that repeats an
    earlier case (same Message-ID, same bytes, same attached document) is stored, linked to
    the first case as DUPLICATE_REQUEST, and stages no event. ``submitted_by``: the staff
    member who uploaded it (None for the SMTP mailbox), stored on the case row.
    ``from_trusted_relay``: set only by the SMTP listener, for a configured relay's message.
    """
    received_at = received_at or datetime.now(UTC)
    analysis = await analyse(raw, config=config, received_at=received_at, from_trusted_relay=from_trusted_relay)
    extraction = analysis.extraction
    triage = extraction.triage
    # Stored on the case row as the sentences legal ops read on the triage page.
    held_reasons = list(extraction.triage_reasons) if (triage or hold) else None
    stored_attachments = [
        StoredAttachment(
            a.ordinal, a.sha256, a.filename, a.content_type, a.size, analysis.attachment_status.get(a.ordinal), a.data
        )
        for a in analysis.parsed.attachments
    ]
    keys = analysis.dedup_keys()
    case_id = uuid.uuid4()
    message_pk = uuid.uuid4()
    duplicate: tuple[uuid.UUID, str] | None = None
    async with UnitOfWork(pool) as uow:
        messages = MessageRepository(uow.conn)
        cases = CaseRepository(uow.conn)
        duplicate, dismissed = await messages.owners_of(keys)
        if duplicate is None:
            try:
                async with uow.conn.transaction():  # a savepoint: a clash undoes only the new case
                    received = ReceivedCase(
                        case=extraction.case,
                        channel=channel,
                        received_at=received_at,
                        trace_id=trace_id,
                        case_id=case_id,
                        submitted_by=submitted_by,
                    )
                    await cases.add(received, held_reasons=held_reasons)
                    clash = await messages.claim(keys, case_id)
                    if clash is not None:
                        raise _Clash(clash)
            except _Clash as exc:
                duplicate = exc.owner
        record = extraction.to_json()
        if duplicate is None:
            await messages.add_message(
                message_pk=message_pk,
                sha256=analysis.sha256,
                message_id=analysis.parsed.message_id,
                source=source,
                received_at=received_at,
                raw=raw,
                envelope_from=envelope_from,
                envelope_to=envelope_to,
                case_id=case_id,
                duplicate_of=None,
                duplicate_reason=None,
                extraction=record,
            )
            await messages.add_attachments(message_pk, stored_attachments)
            for earlier in dismissed:  # received again after a dismissal: a case of its own, both say so
                await messages.add_duplicate_note(
                    case_id=earlier,
                    at=received_at,
                    detail={
                        "code": "RECEIVED_AFTER_DISMISSAL",
                        "source": source,
                        "sha256": analysis.sha256,
                        "explanation": f"Received again by {source} after this case was dismissed; it is case {case_id}.",
                    },
                )
                await messages.add_duplicate_note(
                    case_id=case_id,
                    at=received_at,
                    detail={
                        "code": "RECEIVED_AFTER_DISMISSAL",
                        "source": source,
                        "sha256": analysis.sha256,
                        "explanation": f"A copy of this message was dismissed as not legal process as case {earlier}; "
                        "received again, it is this case: check it afresh.",
                    },
                )
            if held_reasons is None:
                event = envelope(received.received_event(), case_id=case_id, trace_id=trace_id, producer=PRODUCER)
                await add_to_outbox(uow.conn, schema=SCHEMA, topic=event.payload.TOPIC, event=event)
            elif triage:
                # Held for triage: announced (no personal data) so that legal ops are alerted at once.
                held = held_event(extraction.case, triage, channel=channel, source=source, received_at=received_at)
                announced = envelope(held, case_id=case_id, trace_id=trace_id, producer=PRODUCER)
                await add_to_outbox(uow.conn, schema=SCHEMA, topic=announced.payload.TOPIC, event=announced)
        else:
            first, key = duplicate
            reason = _why(key)
            await messages.add_message(
                message_pk=message_pk,
                sha256=analysis.sha256,
                message_id=analysis.parsed.message_id,
                source=source,
                received_at=received_at,
                raw=raw,
                envelope_from=envelope_from,
                envelope_to=envelope_to,
                case_id=None,
                duplicate_of=first,
                duplicate_reason=reason,
                extraction=record,
            )
            await messages.add_attachments(message_pk, stored_attachments)
            await messages.add_duplicate_note(
                case_id=first,
                at=received_at,
                detail={
                    "code": "DUPLICATE_REQUEST",
                    "reason": reason,
                    "source": source,
                    "sha256": analysis.sha256,
                    "explanation": f"Received again by {source} ({reason}); linked to this case and not processed twice.",
                },
            )
    if duplicate is not None:
        log.info(
            "duplicate message linked to its first case",
            case_id=str(duplicate[0]),
            source=source,
            sha256=analysis.sha256,
            reason=_why(duplicate[1]),
        )
        return Ingested(duplicate[0], True, _why(duplicate[1]), False, (), analysis.sha256)
    log.info(
        "message ingested",
        case_id=str(case_id),
        source=source,
        sha256=analysis.sha256,
        held=held_reasons is not None,
        triage_reasons=len(triage),
        process_type=extraction.case.process_type.value,
        verified=extraction.case.requester.verified,
    )
    if held_reasons is not None and extraction.case.process_type.value == "EMERGENCY_REQUEST":
        log.warning("emergency request waits in triage", case_id=str(case_id))
    metrics.CASES_RECEIVED.labels(process_type=extraction.case.process_type.value, channel=channel).inc()
    return Ingested(case_id, False, None, held_reasons is not None, extraction.triage_reasons, analysis.sha256)


# --- confirming a held case -------------------------------------------------------------------------


ConfirmOutcome = Literal["confirmed", "already_confirmed", "dismissed", "not_found"]


async def confirm_case(
    *, pool: asyncpg.Pool, case_id: uuid.UUID, case: LegalProcessCase, confirmed_by: str | None, trace_id: str
) -> ConfirmOutcome:
    """Legal ops confirmed (and corrected) a held case: store it and stage its received event,
    once. A second confirmation changes nothing (the case is already with the review); a case
    dismissed as not legal process is not confirmed ("dismissed")."""
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        row = await cases.lock_held(case_id)
        if row is None:
            return "not_found"
        if row["dismissed_at"] is not None:
            return "dismissed"
        if row["held_reasons"] is None:
            return "already_confirmed"
        now = datetime.now(UTC)
        await cases.confirm(case_id=case_id, case=case, fingerprint=fingerprint(case), by=confirmed_by, at=now)
        payload = LegalProcessReceived(channel=row["channel"], received_at=row["received_at"], case=case)
        event = envelope(payload, case_id=case_id, trace_id=row["trace_id"] or trace_id, producer=PRODUCER)
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=event.payload.TOPIC, event=event)
    log.info("held case confirmed", case_id=str(case_id))
    return "confirmed"


async def dismiss_case(
    *,
    pool: asyncpg.Pool,
    case_id: uuid.UUID,
    member: StaffMember,
    reason: str | None,
    trace_id: str,
    now: datetime | None = None,
) -> Dismissal:
    """Legal ops found a held case not to be legal process: mark it dismissed (who, when, the
    reason sealed), append TRIAGE_DISMISSED to the audit chain and stage
    ``legal-process.dismissed.v1`` (no personal data; notify cancels the triage reminders), all
    in one transaction under the case row's lock. The message and attachments stay.

    Raises InvalidDismissal (no reason, or too long) before anything is read or written. A case
    already dismissed or already confirmed is refused with its outcome and changes nothing (a
    second dismissal: the first one's who, when and why); so is an unknown case ("not_found").
    """
    why = dismissal_reason(reason)
    at = now or datetime.now(UTC)
    async with UnitOfWork(pool) as uow:
        cases = CaseRepository(uow.conn)
        row = await cases.lock_held(case_id)
        if row is None:
            return Dismissal("not_found")
        refused = dismissable(held=row["held_reasons"] is not None, dismissed=row["dismissed_at"] is not None)
        if refused == "already_dismissed":
            return Dismissal(refused, row["dismissed_by"], row["dismissed_at"], cases.dismissal_reason(row))
        if refused is not None:
            return Dismissal(refused)
        await cases.dismiss(case_id=case_id, by=member.actor, at=at, reason=why)
        # The reason stays sealed on the case row: the chain records who and when, not what the mail was.
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=case_id,
            actor=member.actor,
            action="TRIAGE_DISMISSED",
            detail={"staff_id": str(member.staff_id), "role": member.role.value, "outcome": "dismissed"},
            at=at,
        )
        event = envelope(
            LegalProcessDismissed(dismissed_by=member.actor, dismissed_at=at),
            case_id=case_id,
            trace_id=row["trace_id"] or trace_id,
            producer=PRODUCER,
        )
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=event.payload.TOPIC, event=event)
    log.info("held case dismissed as not legal process", case_id=str(case_id))
    return Dismissal("dismissed", member.actor, at, why)


async def email_details(*, pool: asyncpg.Pool, case_id: uuid.UUID) -> dict[str, Any] | None:
    """The message a case came from: hashes, attachments, the extraction, and later duplicates."""
    async with pool.acquire() as conn:
        messages = MessageRepository(conn)
        first = await messages.first_message(case_id)
        if first is None:
            return None
        attachments = await messages.attachments(first["message_pk"])
        duplicates = await messages.duplicates(case_id)
    return {
        "message_pk": str(first["message_pk"]),
        "sha256": first["sha256"],
        "message_id": first["message_id"],
        "source": first["source"],
        "received_at": first["received_at"].isoformat(),
        "size_bytes": first["size_bytes"],
        "attachments": [
            {
                "ordinal": a["ordinal"],
                "sha256": a["sha256"],
                "filename": a["filename"],
                "content_type": a["content_type"],
                "size_bytes": a["size_bytes"],
                "text_status": a["text_status"],
            }
            for a in attachments
        ],
        "extraction": first["extraction"],
        "duplicates": [
            {
                "sha256": d["sha256"],
                "source": d["source"],
                "received_at": d["received_at"].isoformat(),
                "reason": d["duplicate_reason"],
            }
            for d in duplicates
        ],
    }


async def original_file(
    *, pool: asyncpg.Pool, case_id: uuid.UUID, ordinal: int | None
) -> tuple[str, str, bytes] | None:
    """The case's first message as received (``ordinal`` None) or one of its attachments:
    (file name, content type, bytes); None when there is no such file."""
    async with pool.acquire() as conn:
        messages = MessageRepository(conn)
        first = await messages.first_message(case_id)
        if first is None:
            return None
        if ordinal is None:
            raw = await messages.raw(first["message_pk"])
            return (f"case-{case_id}.eml", "message/rfc822", bytes(raw)) if raw is not None else None
        row = await messages.attachment_content(first["message_pk"], ordinal)
    if row is None:
        return None
    return row["filename"] or f"attachment-{ordinal}", row["content_type"], bytes(row["content"])

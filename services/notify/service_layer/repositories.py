"""What the use cases need of storage, one protocol per aggregate; the PostgreSQL repositories
(``adapters``) and the in-memory fakes of the service-layer tests both satisfy them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from services.notify.domain.lifecycle import GagRecord, MatterUpdate
from services.notify.domain.model import NoticeKind, PlannedNotice, RenderedNotice
from services.notify.domain.records import (
    Appointment,
    DeliveryAttempt,
    DirectoryEntry,
    GagChange,
    NoticeSummary,
    StoredNotice,
)
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed
from shared.vocabulary import NoticeStatus


class NoticeRepository(Protocol):
    """Owed notices: recorded once (by key), worded again, moved, found, listed."""

    async def add(
        self,
        *,
        notice: PlannedNotice,
        rendered: RenderedNotice,
        trace_id: str,
        now: datetime,
        context: Mapping[str, Any] | None = None,
    ) -> bool: ...

    async def get(self, notice_id: uuid.UUID, *, lock: bool = False) -> StoredNotice | None: ...

    async def lock_against_dispatch(self, notice_id: uuid.UUID) -> StoredNotice | None: ...

    async def move(
        self,
        *,
        notice_id: uuid.UUID,
        status: NoticeStatus,
        not_before: datetime | None,
        now: datetime,
        rendered: RenderedNotice | None = None,
        reset_attempts: bool = False,
    ) -> None: ...

    async def reword(self, *, notice_id: uuid.UUID, rendered: RenderedNotice, now: datetime) -> None: ...

    async def waiting_user_side(self, case_id: uuid.UUID) -> list[StoredNotice]: ...

    async def waiting_of_kind(self, case_id: uuid.UUID, *kinds: NoticeKind) -> list[StoredNotice]:
        """The case's notices of any of ``kinds`` still waiting, locked, oldest first."""
        ...

    async def counsel_notices(self, case_id: uuid.UUID, handle: str) -> list[StoredNotice]: ...

    async def listing(
        self, *, status: NoticeStatus | None, case_id: uuid.UUID | None, limit: int
    ) -> list[NoticeSummary]: ...

    async def count_by_status(self, statuses: Sequence[str]) -> list[tuple[str, int]]: ...


class DeliveryRepository(Protocol):
    """The dispatcher's batch: due notices, their outcomes and every attempt."""

    async def lock_due(self, *, now: datetime, limit: int) -> list[StoredNotice]: ...

    async def mark_sent(self, *, notice_id: uuid.UUID, message_id: str, sent_at: datetime) -> None: ...

    async def mark_attempt_failed(
        self,
        *,
        notice_id: uuid.UUID,
        error: str,
        retry_at: datetime | None,
        status: NoticeStatus | None = None,
        now: datetime | None = None,
    ) -> None: ...

    async def record_attempt(
        self,
        *,
        notice_id: uuid.UUID,
        attempt: int,
        at: datetime,
        outcome: str,
        smtp_code: int | None = None,
        detail: str | None = None,
    ) -> None: ...

    async def await_confirmation(self, *, notice_id: uuid.UUID, until: datetime, now: datetime) -> None: ...

    async def mark_bounced(self, *, notice_id: uuid.UUID, status: str, now: datetime) -> None: ...

    async def attempts_of(self, notice_id: uuid.UUID) -> list[DeliveryAttempt]: ...


class AcceptanceRepository(Protocol):
    """What the SMTP server was given, recorded at once, outside the dispatcher's batch."""

    async def record_handed_over(self, *, notice_id: uuid.UUID, attempt: int, at: datetime) -> None: ...

    async def record_handing_over(self, *, notices: Sequence[tuple[uuid.UUID, int]], at: datetime) -> None: ...


class DeliveryReportRepository(Protocol):
    """Delivery reports kept once (by hash), and the notices waiting for one."""

    async def add(
        self, *, notice_id: uuid.UUID | None, outcome: str, status: str, report_sha256: str, received_at: datetime
    ) -> tuple[bool, uuid.UUID | None]: ...

    async def settling_report(self, notice_id: uuid.UUID) -> str | None: ...

    async def wake_unconfirmed(self, *, notice_id: uuid.UUID, now: datetime) -> bool: ...


class MatterRepository(Protocol):
    """The case as notify knows it: its review, accounts, gag order and staff actions."""

    async def lock_case(self, case_id: uuid.UUID) -> None: ...

    async def save_review(self, *, case_id: uuid.UUID, reviewed: LegalProcessReviewed) -> LegalProcessReviewed:
        """Store the case's review; returns it as it now stands (a return date an earlier staff
        decision moved stays moved)."""
        ...

    async def review_of(self, case_id: uuid.UUID) -> LegalProcessReviewed | None: ...

    async def set_return_by(self, *, case_id: uuid.UUID, return_by: datetime) -> None: ...

    async def add_case_accounts(self, *, case_id: uuid.UUID, handles: Iterable[str]) -> None: ...

    async def cases_of(self, handle: str) -> list[tuple[uuid.UUID, str]]: ...

    async def gag_of(self, case_id: uuid.UUID, *, lock: bool = False) -> GagRecord | None: ...

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
    ) -> None: ...

    async def gag_history(self, case_id: uuid.UUID) -> list[GagChange]: ...

    async def record_decision(
        self, *, event_id: uuid.UUID, case_id: uuid.UUID, decided: LegalProcessDecided
    ) -> None: ...

    async def unapplied_decisions(self, case_id: uuid.UUID) -> list[tuple[uuid.UUID, LegalProcessDecided]]: ...

    async def mark_applied(self, *, event_id: uuid.UUID, update: MatterUpdate | None, at: datetime) -> None: ...

    async def applied_decisions(self, case_id: uuid.UUID) -> list[tuple[LegalProcessDecided, MatterUpdate | None]]:
        """The case's applied staff decisions, oldest first, each with the update it made (if any)."""
        ...


class TriageRepository(Protocol):
    """Cases intake dismissed in triage."""

    async def record_dismissal(
        self, *, case_id: uuid.UUID, dismissed_at: datetime, event_id: uuid.UUID, now: datetime
    ) -> bool: ...

    async def dismissed(self, case_id: uuid.UUID) -> bool: ...


class ContactRepository(Protocol):
    """The account directory and the counsel of record named through notify."""

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int: ...

    async def matching(self, targets: Iterable[str], *, case_id: uuid.UUID | None = None) -> list[DirectoryEntry]: ...

    async def entry(self, handle: str) -> DirectoryEntry | None: ...

    async def appointed(
        self, handles: Sequence[str], *, case_id: uuid.UUID | None = None
    ) -> dict[str, Appointment]: ...

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
    ) -> uuid.UUID:
        """Record counsel named for ``handle`` (or for one case); the appointment's id."""
        ...

    async def consume_link(self, *, notice_id: uuid.UUID, appointment_id: uuid.UUID | None, at: datetime) -> bool:
        """Use the single-use link of ``notice_id`` (to name counsel, or to acknowledge a hold), once:
        False if it was used already (atomically: of two concurrent uses, exactly one gets True)."""
        ...

    async def link_used(self, notice_id: uuid.UUID) -> bool: ...


class Inbox(Protocol):
    """Which events a consumer has applied: claimed in the transaction that applies them."""

    async def claim(self, *, consumer: str, event_id: uuid.UUID) -> bool: ...

    async def fresh(self, *, consumer: str, events: Sequence[Envelope[Any]]) -> list[Envelope[Any]]: ...

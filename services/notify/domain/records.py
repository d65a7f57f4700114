"""What notify keeps, as the repositories give it back: a stored notice, its delivery attempts,
the gag's history, the account directory's entries and the counsel appointed through notify.

Plain frozen dataclasses, opened (personal data decrypted) by the adapters; no I/O here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from services.notify.domain.lifecycle import WAITING_STATUSES
from services.notify.domain.model import NoticeKind, PlannedNotice
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus


def json_ready(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with datetimes as ISO 8601 and UUIDs as strings (what the HTTP API answers)."""
    out = dict(values)
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif isinstance(value, uuid.UUID):
            out[key] = str(value)
    return out


@dataclass(frozen=True)
class NoticeContent:
    """What one e-mail notice says and to whom: all the SMTP adapter needs to compose it."""

    notice_id: uuid.UUID
    case_id: uuid.UUID
    role: str
    recipient: str
    subject: str
    body_text: str
    body_html: str


@dataclass(frozen=True)
class StoredNotice:
    """An owed (or settled) notice as recorded, its sealed columns opened.

    ``handed_over`` and ``handing_over_lost`` are only known to a dispatcher's batch
    (``DeliveryRepository.lock_due``): the SMTP server accepted it (a SENT attempt beyond the
    notice's own count), or a batch gave it to the server and died before the answer (a
    HANDING_OVER attempt beyond the count)."""

    notice_id: uuid.UUID
    notice_key: str
    case_id: uuid.UUID
    trace_id: str
    kind: NoticeKind
    role: NoticeRole
    recipient: str
    status: NoticeStatus
    subject: str
    body_text: str
    body_html: str
    handle: str | None = None
    recipient_name: str | None = None
    recipient_organization: str | None = None
    tier: EscalationTier | None = None
    not_before: datetime | None = None
    occasion: str | None = None
    context: dict[str, Any] | None = None
    attempts: int = 0
    total_attempts: int = 0
    last_error: str | None = None
    message_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    sent_at: datetime | None = None
    next_attempt_at: datetime | None = None
    unconfirmed_until: datetime | None = None
    handed_over: bool = False
    handing_over_lost: bool = False

    @property
    def user_side(self) -> bool:
        """To the affected user or their counsel of record: it waits while a gag is in force."""
        return self.role in (NoticeRole.USER, NoticeRole.COUNSEL)

    @property
    def waiting(self) -> bool:
        return self.status in WAITING_STATUSES

    def planned(self) -> PlannedNotice:
        """The planned notice this record keeps (to word it again, or to move it)."""
        return PlannedNotice(
            notice_key=self.notice_key,
            case_id=self.case_id,
            kind=self.kind,
            role=self.role,
            recipient=self.recipient,
            recipient_name=self.recipient_name,
            recipient_organization=self.recipient_organization,
            handle=self.handle,
            tier=self.tier,
            status=self.status if self.waiting else NoticeStatus.PENDING,
            not_before=self.not_before,
            occasion=self.occasion,
        )

    def content(self) -> NoticeContent:
        return NoticeContent(
            notice_id=self.notice_id,
            case_id=self.case_id,
            role=self.role.value,
            recipient=self.recipient,
            subject=self.subject,
            body_text=self.body_text,
            body_html=self.body_html,
        )


#: A notice's delivery record as the HTTP API shows it (never its content).
DETAIL_FIELDS = (
    "notice_id",
    "case_id",
    "kind",
    "role",
    "handle",
    "recipient",
    "status",
    "not_before",
    "attempts",
    "total_attempts",
    "last_error",
    "message_id",
    "created_at",
    "updated_at",
    "sent_at",
)


@dataclass(frozen=True)
class NoticeSummary:
    """A line of a notices listing (dead letters, a case's notices): no content."""

    notice_id: uuid.UUID
    case_id: uuid.UUID
    kind: NoticeKind
    role: NoticeRole
    handle: str | None
    recipient: str
    status: NoticeStatus
    not_before: datetime | None
    attempts: int
    total_attempts: int
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return json_ready({f.name: getattr(self, f.name) for f in fields(self)})


@dataclass(frozen=True)
class DeliveryAttempt:
    """One attempt to deliver a notice, or something that happened to it (GAGGED, RETRY_REQUESTED...)."""

    attempt: int
    at: datetime
    outcome: str
    smtp_code: int | None
    detail: str | None
    idempotency_key: str

    def as_json(self) -> dict[str, Any]:
        return json_ready(asdict(self))


@dataclass(frozen=True)
class GagChange:
    """One entry of a gag's history: its terms from then on, and who changed them."""

    version: int
    present: bool
    kind: str | None
    expires_at: datetime | None
    change: str
    actor: str | None
    at: datetime

    def as_json(self) -> dict[str, Any]:
        return json_ready(asdict(self))


@dataclass(frozen=True)
class DirectoryEntry:
    """An account in notify's copy of the account directory (``counsel``: as the directory gives it)."""

    handle: str
    contact_email: str | None = None
    counsel: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"handle": self.handle, "contact_email": self.contact_email, "counsel": self.counsel}


@dataclass(frozen=True)
class Appointment:
    """Counsel of record named through notify (legal ops, staff, or the user's link)."""

    handle: str
    name: str
    email: str
    organization: str | None

    def counsel(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "organization": self.organization}

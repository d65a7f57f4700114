"""Value objects of the notify domain. Frozen, validated, no I/O."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, StringConstraints, field_validator, model_validator

from shared.contracts import NoticePlanned
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus

# A deliberately plain check: one '@', no whitespace or control characters (which also
# rules out header injection through a recipient address).
_EMAIL_RE = re.compile(r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]+$")

#: Namespace of the deterministic notice ids derived from notice keys (uuid5).
NOTICE_ID_NAMESPACE = uuid.UUID("6f0c1a52-5b7e-5d2c-9a43-2f4d0e6b9c11")

#: Statuses a freshly planned notice may have.
PLANNED_STATUSES = frozenset({NoticeStatus.PENDING, NoticeStatus.SCHEDULED, NoticeStatus.WITHHELD})

_NAME = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


def _check_email(value: str) -> str:
    value = value.strip()
    if not _EMAIL_RE.match(value):
        raise ValueError(f"not a usable e-mail address: {value!r}")
    return value


class NoticeKind(StrEnum):
    """What occasioned a notice; part of its idempotency key."""

    INITIAL = "initial"  # the first notice about a matter (from the review)
    ESCALATION = "escalation"  # internal counsel alert (from the escalation)
    UPDATE = "update"  # the matter changed: a decision, a challenge, a new return date, a production
    NDO_REMINDER = "ndo-reminder"  # internal: a nondisclosure order expires soon
    NDO_FLAG = "ndo-flag"  # internal: an indefinite or over-long nondisclosure order
    NDO_REEXAMINE = "ndo-reexamine"  # internal: a gag still in force reached an anniversary: re-examine it
    DELIVERY_ALERT = "delivery-alert"  # internal: a notice failed for good or was dead-lettered
    TRIAGE_ALERT = "triage-alert"  # internal: a demand intake could not read waits for legal ops to confirm it
    TRIAGE_REMINDER = "triage-reminder"  # internal: a held demand is still not confirmed when it should have been
    COUNSEL_CHANGED = "counsel-changed"  # to the user: their counsel of record changed (who, and if it was not them)
    COUNSEL_LINK = "counsel-link"  # to the user, on request: a fresh link to name their lawyer (a link names once)
    HOLD_STEWARD = "hold-steward"  # internal: a data steward must act on a preservation hold and acknowledge it
    HOLD_STEWARD_REMINDER = "hold-steward-reminder"  # internal: the steward has not acknowledged the hold yet
    HOLD_ESCALATION = "hold-escalation"  # internal: legal ops, a steward never acknowledged a hold
    FORMAL_PROCESS_OWED = "formal-process-owed"  # to the requester: an emergency disclosure owes formal process by
    FORMAL_PROCESS_REMINDER = "formal-process-reminder"  # to the requester: that formal process has not arrived yet


#: Notices about the matter to the affected account holder and their counsel of record:
#: every one of them waits while a gag is in force.
USER_SIDE_ROLES = frozenset({NoticeRole.USER, NoticeRole.COUNSEL})


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CounselOfRecord(_Value):
    """An attorney who represents the account holder in matters of legal process."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    name: _NAME
    email: str
    organization: _NAME | None = None

    @field_validator("email")
    @classmethod
    def _valid_email(cls, value: str) -> str:
        return _check_email(value)


class AccountContact(_Value):
    """How to reach an account holder. Built from the account directory (extra keys ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    handle: _NAME
    contact_email: str | None = None
    counsel: CounselOfRecord | None = None

    @field_validator("handle")
    @classmethod
    def _strip_at(cls, value: str) -> str:
        value = value.removeprefix("@")
        if not value:
            raise ValueError("handle is empty")
        return value

    @field_validator("contact_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return _check_email(value)


#: The brief's other name for an account's contact details.
Recipient = AccountContact


def notice_key(
    *,
    case_id: uuid.UUID,
    role: NoticeRole,
    subject: str,
    recipient: str,
    kind: NoticeKind | str,
    occasion: str | None = None,
) -> str:
    """The idempotency key of a notice: the same inputs always give the same key.

    ``subject`` is the account handle (user and counsel notices) or the escalation tier
    (internal counsel alerts). The recipient is compared case-insensitively. ``occasion``
    tells apart notices of one kind that are each owed (each update, each NDO version).
    """
    key = f"{case_id}:{NoticeRole(role).value}:{subject}:{recipient.strip().lower()}:{NoticeKind(kind).value}"
    return f"{key}:{occasion}" if occasion else key


class PlannedNotice(_Value):
    """A notice that is owed. ``notice_key`` makes re-planning the same review harmless."""

    notice_key: str
    case_id: uuid.UUID
    kind: NoticeKind
    role: NoticeRole
    recipient: str
    recipient_name: str | None = None
    recipient_organization: str | None = None
    handle: str | None = None
    tier: EscalationTier | None = None
    status: NoticeStatus
    not_before: AwareDatetime | None = None
    occasion: str | None = None

    @classmethod
    def keyed(
        cls,
        *,
        subject: str,
        case_id: uuid.UUID,
        kind: NoticeKind,
        role: NoticeRole,
        recipient: str,
        occasion: str | None = None,
        **rest: Any,
    ) -> PlannedNotice:
        """The notice with its ``notice_key`` derived from its own case, role, recipient, kind and
        occasion, and ``subject`` (the account handle, or the tier for our counsel: see ``notice_key``)."""
        key = notice_key(case_id=case_id, role=role, subject=subject, recipient=recipient, kind=kind, occasion=occasion)
        return cls(
            notice_key=key, case_id=case_id, kind=kind, role=role, recipient=recipient, occasion=occasion, **rest
        )

    @field_validator("recipient")
    @classmethod
    def _valid_recipient(cls, value: str) -> str:
        return _check_email(value)

    @model_validator(mode="after")
    def _consistent(self) -> PlannedNotice:
        if self.status not in PLANNED_STATUSES:
            raise ValueError(f"a planned notice cannot be {self.status}")
        if self.status is NoticeStatus.SCHEDULED and self.not_before is None:
            raise ValueError("a SCHEDULED notice needs not_before")
        if self.role is NoticeRole.INTERNAL_COUNSEL:
            if self.tier is None:
                raise ValueError("an internal counsel alert needs its tier")
        elif self.role in USER_SIDE_ROLES and not self.handle:
            raise ValueError("a user or counsel notice needs the account handle")
        return self

    @property
    def notice_id(self) -> uuid.UUID:
        """A stable UUID derived from ``notice_key`` (for ``NoticePlanned.notice_id``)."""
        return uuid.uuid5(NOTICE_ID_NAMESPACE, self.notice_key)

    def is_due(self, now: datetime) -> bool:
        """Whether a dispatcher may send it at ``now`` (WITHHELD never is)."""
        if self.status is NoticeStatus.PENDING:
            return True
        if self.status is NoticeStatus.SCHEDULED:
            assert self.not_before is not None
            return now >= self.not_before
        return False

    def to_event(self) -> NoticePlanned:
        """The ``notice.planned`` event payload for this notice."""
        return NoticePlanned(
            notice_id=self.notice_id,
            role=self.role,
            recipient=self.recipient,
            status=self.status,
            not_before=self.not_before,
            kind=self.kind.value,
        )


class RenderedNotice(_Value):
    """A notice ready to send: a one-line subject, a plain-text and an HTML body."""

    subject: str
    text: str
    html: str

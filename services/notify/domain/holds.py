"""Preservation holds, for the platform's data stewards (``legal-hold.v1``), pure.

Each change of a hold (placed, extended, converted, released) is mailed to every data steward
named in configuration, with a signed link by which they acknowledge it (once). A steward who
has not acknowledged it ``remind_after`` later is reminded (the same link); one who still has
not ``escalate_after`` later is reported to legal ops. Acknowledging cancels both.

The notices are internal (role INTERNAL_COUNSEL, tier LEGAL_OPS): they are never gagged, and
say only what the event carries (accounts, categories, dates), which is what a steward acts on.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from shared.contracts import LegalHoldChanged
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus

from .links import CounselLinks
from .model import NoticeKind, PlannedNotice, RenderedNotice
from .planning import _counsel_for

HOLD_ACK_SALT = "dueprocess.hold-ack.v1"


class HoldLinks(CounselLinks):
    """Signed links by which a steward acknowledges a hold (their HOLD_STEWARD notice's id)."""

    salt = HOLD_ACK_SALT

    def url(self, notice_id: uuid.UUID, *, now: datetime) -> str:
        return f"{self._base_url}/holds/{self.token(notice_id, now=now)}"


@dataclass(frozen=True)
class StewardPolicy:
    stewards: Sequence[str] = ()
    remind_after: timedelta = timedelta(days=2)
    escalate_after: timedelta = timedelta(days=4)


def occasion_of(event: LegalHoldChanged, steward: str) -> str:
    """One acknowledgement per steward per change of a hold."""
    return f"{event.hold_id}:{event.sequence}:{steward.strip().lower()}"


def _notice(
    *,
    case_id: uuid.UUID,
    kind: NoticeKind,
    recipient: str,
    occasion: str,
    status: NoticeStatus,
    not_before: datetime | None,
) -> PlannedNotice:
    return PlannedNotice.keyed(
        subject="hold",
        case_id=case_id,
        kind=kind,
        role=NoticeRole.INTERNAL_COUNSEL,
        recipient=recipient,
        tier=EscalationTier.LEGAL_OPS,
        status=status,
        not_before=not_before,
        occasion=occasion,
    )


def plan_steward_notices(
    *,
    case_id: uuid.UUID,
    event: LegalHoldChanged,
    policy: StewardPolicy,
    counsel_by_tier: Mapping[EscalationTier, str],
    now: datetime,
) -> list[tuple[PlannedNotice, uuid.UUID, str]]:
    """Per steward: the notice (due now), its reminder and legal ops' escalation (SCHEDULED);
    each with the id of the steward's notice, whose link acknowledges the change, and the steward."""
    planned: list[tuple[PlannedNotice, uuid.UUID, str]] = []
    legal_ops = _counsel_for(EscalationTier.LEGAL_OPS, counsel_by_tier)
    for steward in dict.fromkeys(s.strip() for s in policy.stewards if s.strip()):
        occasion = occasion_of(event, steward)
        first = _notice(
            case_id=case_id,
            kind=NoticeKind.HOLD_STEWARD,
            recipient=steward,
            occasion=occasion,
            status=NoticeStatus.PENDING,
            not_before=None,
        )
        planned.append((first, first.notice_id, steward))
        for kind, recipient, after in (
            (NoticeKind.HOLD_STEWARD_REMINDER, steward, policy.remind_after),
            (NoticeKind.HOLD_ESCALATION, legal_ops, policy.escalate_after),
        ):
            follow = _notice(
                case_id=case_id,
                kind=kind,
                recipient=recipient,
                occasion=occasion,
                status=NoticeStatus.SCHEDULED,
                not_before=now + after,
            )
            planned.append((follow, first.notice_id, steward))
    return planned


_WHAT = {
    "PLACED": "A preservation hold was placed",
    "EXTENDED": "A preservation hold was extended (its one renewal)",
    "CONVERTED": "A preservation hold now follows legal process for the same accounts and has no expiry",
    "RELEASED": "A preservation hold was released",
}


def render_hold_notice(
    notice: PlannedNotice, *, event: LegalHoldChanged, steward: str, ack_url: str | None, case_url: str
) -> RenderedNotice:
    """The words of a steward's notice, their reminder, or legal ops' escalation."""
    what = _WHAT[event.change]
    if event.change == "RELEASED":
        act = "You may let the held records go under the usual retention rules."
    else:
        act = (
            "Keep every record of these accounts in these categories that existed on "
            f"{event.records_as_of:%d %b %Y %H:%M %Z} (not records created later)"
            + (f", until {event.expires_at:%d %b %Y}" if event.expires_at else ", until released")
            + "."
        )
    lines = [
        f"{what} (18 U.S.C. § 2703(f)).",
        "",
        f"Hold: {event.hold_id} (change {event.sequence})",
        "Accounts: " + ", ".join(event.accounts),
        "Data: " + ", ".join(c.value for c in event.data_categories),
        act,
    ]
    if notice.kind is NoticeKind.HOLD_ESCALATION:
        subject = f"Preservation hold {event.change.lower()}: not acknowledged by {steward}"
        lines = [
            f"The data steward {steward} has not acknowledged this change of a preservation hold.",
            "",
            *lines,
            "",
            f"Case: {case_url}",
        ]
    else:
        reminder = notice.kind is NoticeKind.HOLD_STEWARD_REMINDER
        subject = ("Reminder: " if reminder else "") + f"Preservation hold {event.change.lower()}: please acknowledge"
        lines += ["", f"Acknowledge it here (once): {ack_url}" if ack_url else "Acknowledge it to legal ops."]
    text = "\n".join(lines) + "\n"
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return RenderedNotice(subject=subject, text=text, html=f"<!doctype html><html><body>{body}</body></html>")


def hold_context(event: LegalHoldChanged, *, steward: str, ack_notice: uuid.UUID) -> dict[str, Any]:
    return {"hold": event.model_dump(mode="json"), "steward": steward, "ack_notice": str(ack_notice)}

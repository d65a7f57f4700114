"""Dismissing a case held for triage as not legal process at all (spam, a vendor's newsletter, a
user's complaint, a misdirected message). Pure.

Invariants:
- only a case still held (NEEDS_TRIAGE or awaiting its uploader's confirmation) is dismissed; a
  confirmed case went to review and stays there, a dismissed one stays dismissed;
- a dismissal always says why: the reason is required, at most ``REASON_MAX_CHARS`` characters
  once trimmed, and kept with the case (sealed: it may describe the message);
- nothing is deleted: the raw message and its attachments stay with the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

REASON_MAX_CHARS = 2000


class InvalidDismissal(ValueError):
    """The dismissal's reason is missing or too long (nothing was recorded)."""


def dismissal_reason(text: str | None) -> str:
    """The reason as stored: trimmed; raises InvalidDismissal when empty or over the limit."""
    reason = (text or "").strip()
    if not reason:
        raise InvalidDismissal("say why this is not legal process: a reason is required")
    if len(reason) > REASON_MAX_CHARS:
        raise InvalidDismissal(f"the reason is {len(reason)} characters; at most {REASON_MAX_CHARS}")
    return reason


#: What a dismissal found: done now, done earlier (nothing changed), the case was confirmed
#: (it is legal process, with the review), or there is no such case.
DismissOutcome = Literal["dismissed", "already_dismissed", "already_confirmed", "not_found"]


@dataclass(frozen=True)
class Dismissal:
    """The case's dismissal: who, when, why (``outcome`` says whether this call made it)."""

    outcome: DismissOutcome
    dismissed_by: str | None = None
    dismissed_at: datetime | None = None
    reason: str | None = None

    @property
    def done(self) -> bool:
        """The case is dismissed now (by this call or an earlier one)."""
        return self.outcome in ("dismissed", "already_dismissed")


def dismissable(*, held: bool, dismissed: bool) -> DismissOutcome | None:
    """None when a case in this state may be dismissed, else the outcome that refuses it."""
    if dismissed:
        return "already_dismissed"
    if not held:
        return "already_confirmed"
    return None

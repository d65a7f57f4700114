"""Notices to the requester, pure: the formal legal process an emergency disclosure owes.

A disclosure on an emergency request (18 U.S.C. § 2702(b)(8), (c)(4)) is voluntary: the
requester owes the formal legal process that would have compelled it, by the date review's
policy sets (``emergency_formal_process_days``; the date travels on the events, review owns
it). The requester is told at the disclosure what is owed and by when
(``FORMAL_PROCESS_OWED``), and reminded before that date when it has not arrived
(``FORMAL_PROCESS_REMINDER``: review sends the reminder only while formal process for the same
accounts from the same requester is still missing). Once each: the notice key names the case
and the occasion (the disclosure, or the review's escalation that carries the reminder).

These notices go to the requester at the address of its demand, never gagged (the requester
is the party that asked), and quote nothing the demand says: our case reference, the dates and
the law, no account, name or text of the sender's.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime

from shared.contracts import FormalProcessOwed
from shared.vocabulary import NoticeRole, NoticeStatus

from .model import NoticeKind, PlannedNotice, RenderedNotice

#: The notices to a requester.
REQUESTER_NOTICE_KINDS = frozenset({NoticeKind.FORMAL_PROCESS_OWED, NoticeKind.FORMAL_PROCESS_REMINDER})


def plan_formal_process_notice(
    *, case_id: uuid.UUID, owed: FormalProcessOwed, kind: NoticeKind, occasion: str, now: datetime
) -> PlannedNotice | None:
    """The requester's notice (due now), or None: no address to write to, or a reminder that
    would come on or after the date it reminds of (legal ops are told then, not the requester)."""
    if kind not in REQUESTER_NOTICE_KINDS:
        raise ValueError(f"{kind} is not a notice to the requester")
    address = (owed.requester_email or "").strip()
    if not address or "@" not in address:
        return None
    if kind is NoticeKind.FORMAL_PROCESS_REMINDER and now >= owed.expected_by:
        return None
    return PlannedNotice.keyed(
        subject="requester",
        case_id=case_id,
        kind=kind,
        role=NoticeRole.REQUESTER,
        recipient=address,
        status=NoticeStatus.PENDING,
        occasion=occasion,
    )


def render_formal_process_notice(
    notice: PlannedNotice, *, owed: FormalProcessOwed, disclosed_at: datetime | None, reply_to: str
) -> RenderedNotice:
    """The words of the requester's notice or reminder."""
    reference = str(notice.case_id)
    due = f"{owed.expected_by:%A %d %B %Y}"
    reminder = notice.kind is NoticeKind.FORMAL_PROCESS_REMINDER
    when = f" on {disclosed_at:%d %B %Y}" if disclosed_at is not None else ""
    lines = [
        "Reminder: formal legal process still owed." if reminder else "Formal legal process owed.",
        "",
        f"In answer to your emergency request (our reference {reference}) we disclosed records{when} "
        "under 18 U.S.C. § 2702(b)(8) and (c)(4). That disclosure was voluntary and made because of "
        "the emergency you described.",
        f"Our policy requires the formal legal process for the records disclosed (a subpoena, court order "
        f"or warrant under 18 U.S.C. § 2703, as the records require) to be served on us by {due}.",
    ]
    if reminder:
        lines.append(f"We have not received it. Please serve it by {due}, quoting our reference.")
    else:
        lines.append("Please serve it by that date, quoting our reference.")
    lines += [
        "If it does not arrive, we record that no legal process followed the emergency disclosure; "
        "the account holder is told of the disclosure after the emergency unless a court order forbids it.",
        "",
        f"Questions: {reply_to}",
    ]
    subject = (
        "Reminder: " if reminder else ""
    ) + f"Formal legal process owed by {owed.expected_by:%d %b %Y} - ref {reference}"
    text = "\n".join(lines) + "\n"
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return RenderedNotice(subject=subject, text=text, html=f"<!doctype html><html><body>{body}</body></html>")


def formal_process_context(owed: FormalProcessOwed, *, disclosed_at: datetime | None) -> dict[str, str | None]:
    """What the notice keeps to be worded again: the date, not the address (the recipient is sealed apart)."""
    return {
        "expected_by": owed.expected_by.isoformat(),
        "disclosed_at": disclosed_at.isoformat() if disclosed_at else None,
    }


def owed_from_context(context: dict[str, object]) -> tuple[FormalProcessOwed, datetime | None]:
    disclosed = context.get("disclosed_at")
    return (
        FormalProcessOwed(expected_by=datetime.fromisoformat(str(context["expected_by"]))),
        datetime.fromisoformat(str(disclosed)) if disclosed else None,
    )

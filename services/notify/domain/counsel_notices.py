"""Notices about counsel of record, to the account holder at the account's own address. Pure.

- COUNSEL_CHANGED: whenever the counsel of record of an account changes (the first naming too),
  whoever named them: who is now counsel, how they were named, and what to do if it was not
  the user. One per change (its occasion is the appointment).
- COUNSEL_LINK: a fresh link to name a lawyer, asked for from a link's page (a link names
  counsel once). At most one per asking link and hour, so that a link cannot flood the inbox.

Both are user-side notices: they wait, as every other, while a gag is in force.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from shared.vocabulary import NoticeRole, NoticeStatus

from .model import CounselOfRecord, NoticeKind, PlannedNotice, RenderedNotice
from .rendering import _render, _web_url, format_datetime, one_line

#: The kinds worded here.
COUNSEL_NOTICE_KINDS = frozenset({NoticeKind.COUNSEL_CHANGED, NoticeKind.COUNSEL_LINK})

#: The user notices whose words carry a link to name counsel (a link names counsel once).
LINK_KINDS = frozenset({NoticeKind.INITIAL, NoticeKind.UPDATE, NoticeKind.COUNSEL_LINK})

#: How counsel came to be named, in the user's words (by the appointment's source).
HOW_NAMED = {
    "USER_LINK": "through the link in a notice we sent to this address",
    "LEGAL_OPS": "by our legal team",
    "staff": "by our legal team",
}


def _planned(
    *,
    case_id: uuid.UUID,
    kind: NoticeKind,
    handle: str,
    address: str,
    occasion: str,
    status: tuple[NoticeStatus, datetime | None],
) -> PlannedNotice:
    return PlannedNotice.keyed(
        subject=handle,
        case_id=case_id,
        kind=kind,
        role=NoticeRole.USER,
        recipient=address,
        handle=handle,
        status=status[0],
        not_before=status[1],
        occasion=occasion,
    )


def plan_counsel_changed(
    *,
    case_id: uuid.UUID,
    handle: str,
    address: str,
    appointment_id: uuid.UUID,
    status: tuple[NoticeStatus, datetime | None],
) -> PlannedNotice:
    """The notice telling the account holder that their counsel of record changed (once per appointment)."""
    return _planned(
        case_id=case_id,
        kind=NoticeKind.COUNSEL_CHANGED,
        handle=handle,
        address=address,
        occasion=str(appointment_id),
        status=status,
    )


def counsel_changed_context(counsel: CounselOfRecord, *, source: str, first: bool, at: datetime) -> dict[str, Any]:
    """What a COUNSEL_CHANGED notice is worded from (again, if it waits): kept sealed with the notice."""
    return {
        "counsel": counsel.model_dump(mode="json"),
        "source": source,
        "first": first,
        "at": at.isoformat(),
    }


def plan_counsel_link(
    *,
    case_id: uuid.UUID,
    handle: str,
    address: str,
    asked_with: uuid.UUID,
    now: datetime,
    status: tuple[NoticeStatus, datetime | None],
) -> PlannedNotice:
    """A fresh link to name a lawyer, asked for with the link of notice ``asked_with``: one an hour."""
    return _planned(
        case_id=case_id,
        kind=NoticeKind.COUNSEL_LINK,
        handle=handle,
        address=address,
        occasion=f"{asked_with}:{now.astimezone(UTC).strftime('%Y-%m-%dT%H')}",
        status=status,
    )


def render_counsel_notice(
    notice: PlannedNotice,
    *,
    context: Mapping[str, Any],
    counsel_link: str | None,
    counsel_link_days: int | None,
    reply_to: str,
) -> RenderedNotice:
    """The words of a COUNSEL_CHANGED or COUNSEL_LINK notice (to the account holder only)."""
    if notice.kind not in COUNSEL_NOTICE_KINDS or notice.role is not NoticeRole.USER or not notice.handle:
        raise ValueError(f"not a notice about counsel of record to a user: {notice.kind} to {notice.role}")
    view: dict[str, Any] = {
        "handle": notice.handle,
        "case_id": str(notice.case_id),
        "reply_to": one_line(reply_to, 320),
    }
    if notice.kind is NoticeKind.COUNSEL_CHANGED:
        counsel = CounselOfRecord.model_validate(context["counsel"])
        view |= {
            "name": one_line(counsel.name, 500),
            "email": counsel.email,
            "organization": one_line(counsel.organization, 500) if counsel.organization else None,
            "how": HOW_NAMED.get(str(context.get("source")), "by our legal team"),
            "first": bool(context.get("first")),
            "at": format_datetime(datetime.fromisoformat(context["at"])),
        }
        subject = one_line(f"Your lawyer of record for your account @{notice.handle} is now {counsel.name}")
        name = "counsel_changed"
    else:
        link = _web_url(counsel_link)
        if link is None or counsel_link_days is None:
            raise ValueError("a new link to name counsel needs the link")
        view |= {"link": link, "link_days": counsel_link_days}
        subject = one_line(f"Your new link to name your lawyer (account @{notice.handle})")
        name = "counsel_link"
    return RenderedNotice(
        subject=subject,
        text=_render(f"{name}.txt.j2", c=view),
        html=_render(f"{name}.html.j2", c=view, title=subject),
    )

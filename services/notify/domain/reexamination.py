"""The yearly re-examination of a gag still in force, pure (docs/decisions/0023).

Counsel is reminded to re-examine each nondisclosure order that still binds us on each of its
own anniversaries (every ``every_days`` days: the rule book's ``gag_reexamination_days``, 365,
carried on the reviewed event; counted from the order's start: service or receipt for the
review's order, the time counsel recorded new terms for a changed one). One notice per gag version and anniversary (the notice key's occasion), owed
SCHEDULED for that anniversary; an anniversary already past when the gag is recorded is owed
at once. When one comes due the dispatcher asks :func:`still_binds`: a gag no longer in force
(released, expired, replaced by new terms) is not re-examined; one that is owes the next
anniversary at the same time, so the chain runs for as long as the gag does and no longer.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from shared.contracts import Nondisclosure
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus

from .lifecycle import GagRecord
from .model import NoticeKind, PlannedNotice, RenderedNotice
from .plain_words import NONDISCLOSURE_KIND_PLAIN
from .planning import _counsel_for


def anniversary(starts_at: datetime, n: int, *, every_days: int) -> datetime:
    """The ``n``th anniversary (n >= 1) of a gag that started at ``starts_at``."""
    return starts_at + timedelta(days=n * every_days)


def occasion(gag: GagRecord, at: datetime) -> str:
    return f"v{gag.version}:{at.date().isoformat()}"


def plan_reexamination(
    *,
    case_id: uuid.UUID,
    gag: GagRecord,
    starts_at: datetime,
    tier: EscalationTier,
    counsel_by_tier: Mapping[EscalationTier, str],
    every_days: int | None,
    now: datetime,
    after: datetime | None = None,
) -> tuple[PlannedNotice, int] | None:
    """The next re-examination owed for ``gag`` and its anniversary's number: the latest
    anniversary already reached by ``now`` if later than ``after`` (owed at once), else the
    first one to come (SCHEDULED). None when no period is known (``every_days`` None), the
    gag does not bind now, or it no longer binds on that anniversary (it expires before)."""
    if every_days is None or every_days < 1 or gag.in_force(now) is None:
        return None
    n = max(1, (now - starts_at) // timedelta(days=every_days))
    at = anniversary(starts_at, n, every_days=every_days)
    if at <= now and after is not None and at <= after:
        n += 1  # that one was owed already: the next
        at = anniversary(starts_at, n, every_days=every_days)
    if gag.in_force(at) is None:
        return None
    due = at <= now
    recipient = _counsel_for(tier, counsel_by_tier)
    when = occasion(gag, at)
    notice = PlannedNotice.keyed(
        subject=tier.value,
        case_id=case_id,
        kind=NoticeKind.NDO_REEXAMINE,
        role=NoticeRole.INTERNAL_COUNSEL,
        recipient=recipient,
        tier=tier,
        status=NoticeStatus.PENDING if due else NoticeStatus.SCHEDULED,
        not_before=None if due else at,
        occasion=when,
    )
    return notice, n


def still_binds(gag: GagRecord | None, *, occasion_of_notice: str | None, now: datetime) -> bool:
    """Whether a re-examination coming due is still owed: the gag it is about (its version) binds now."""
    if gag is None or gag.in_force(now) is None:
        return False
    return (occasion_of_notice or "").startswith(f"v{gag.version}:")


def reexamination_context(
    nondisclosure: Nondisclosure, *, starts_at: datetime, year: int, every_days: int
) -> dict[str, Any]:
    return {
        "nondisclosure": nondisclosure.model_dump(mode="json"),
        "starts_at": starts_at.isoformat(),
        "year": year,
        "every_days": every_days,
    }


def render_reexamination(
    notice: PlannedNotice, *, context: Mapping[str, Any], case_reference_url: str
) -> RenderedNotice:
    """Counsel's reminder: which order, since when, until when, and what to weigh."""
    nd = Nondisclosure.model_validate(context["nondisclosure"])
    starts_at = datetime.fromisoformat(str(context["starts_at"]))
    kind = NONDISCLOSURE_KIND_PLAIN.get(nd.kind, str(nd.kind)) if nd.kind else "nondisclosure order"
    ordinal = int(context["year"])
    days = int(context.get("every_days", 365))
    period = "year" if days in (365, 366) else f"{days}-day period"
    until = f"until {nd.expires_at:%d %b %Y}" if nd.expires_at else "with no end date (indefinite)"
    lines = [
        f"Re-examine this nondisclosure order: it has bound us for {ordinal} {period}"
        f"{'s' if ordinal > 1 else ''} (since {starts_at:%d %b %Y}) and is still in force {until}.",
        "",
        f"Order: {kind}",
        "Weigh whether the order is still justified: DOJ policy (2017) limits § 2705(b) orders to one year "
        "absent exceptional circumstances; a motion to modify or vacate it may lie; for a National Security "
        "Letter, ask the government to seek judicial review of the nondisclosure requirement "
        "(18 U.S.C. § 3511(b)(1)). The user is told when the order ends.",
        "",
        f"Case: {case_reference_url}",
    ]
    subject = f"Yearly re-examination of a nondisclosure order ({starts_at:%d %b %Y}) - case {notice.case_id}"
    text = "\n".join(lines) + "\n"
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return RenderedNotice(subject=subject, text=text, html=f"<!doctype html><html><body>{body}</body></html>")

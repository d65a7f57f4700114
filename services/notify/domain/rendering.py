"""Turning a planned notice into words. Deterministic; reads only the packaged templates.

Templates see only a view built here, never the review itself: a user's notice cannot
mention another target or the document's raw text because the template is never given
them. HTML templates are autoescaped.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from shared.contracts import Finding, LegalProcessEscalated, LegalProcessHeld, LegalProcessReviewed, Nondisclosure
from shared.vocabulary import CounselAction, EscalationTier, NoticeRole, NoticeStatus, ProcessType

from .lifecycle import MatterUpdate, NdoConcern
from .model import NoticeKind, PlannedNotice, RenderedNotice
from .plain_words import (
    DEFAULT_AUTHORITY,
    DISPOSITION_FOR_USER,
    DISPOSITION_PLAIN,
    ESCALATION_TIER_PLAIN,
    NONDISCLOSURE_KIND_PLAIN,
    NOTICE_ROLE_PLAIN,
    data_category_plain,
    process_type_plain,
    requester_kind_plain,
    triage_reason_plain,
)
from .verification import QuotedFacts, quoted_facts

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_SUBJECT_MAX = 200


def format_datetime(value: datetime | None) -> str | None:
    """'13 March 2017, 11:45 (UTC-04:00)', in the instant's own offset; locale-free."""
    if value is None:
        return None
    offset = value.utcoffset()
    if offset is None:
        zone = ""
    else:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        zone = " (UTC)" if minutes == 0 else f" (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}, {value.hour:02d}:{value.minute:02d}{zone}"


def one_line(value: str, limit: int = _SUBJECT_MAX) -> str:
    """Collapse control characters (CR/LF: header injection) and cap the length."""
    value = " ".join(_CONTROL.sub(" ", value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _capitalize_first(value: str) -> str:
    return value[:1].upper() + value[1:]


def _web_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is dropped."""
    if url is None:
        return None
    url = url.strip()
    if re.match(r"^https?://[^\s<>\"']+$", url, flags=re.IGNORECASE):
        return url
    return None


def _autoescape(template_name: str | None) -> bool:
    return template_name is not None and template_name.endswith((".html.j2", ".html"))


@lru_cache(maxsize=1)
def template_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("services.notify.domain", "templates"),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["capitalize_first"] = _capitalize_first
    return env


def _render(name: str, **context: Any) -> str:
    text = template_environment().get_template(name).render(**context)
    # Tidy blank runs left by optional sections (str.replace: the regex was a quarter of rendering).
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def _same_handle(a: str, b: str) -> bool:
    return a.strip().removeprefix("@").casefold() == b.strip().removeprefix("@").casefold()


def _update_view(update: MatterUpdate) -> dict[str, Any]:
    """An update in the words the user may see: never counsel's internal reasons."""
    return {
        "action": update.action.value,
        "at": format_datetime(update.at),
        "disposition_plain": DISPOSITION_FOR_USER.get(update.disposition) if update.disposition else None,
        "return_by": format_datetime(update.return_by),
        "previous_return_by": format_datetime(update.previous_return_by),
        "produced": [data_category_plain(c) for c in dict.fromkeys(update.produced)],
    }


def _matter_view(
    notice: PlannedNotice,
    reviewed: LegalProcessReviewed,
    *,
    case_id: uuid.UUID,
    legal_aid_contacts: Sequence[str],
    case_reference_url: str | None,
    reply_to: str | None,
    history: Sequence[MatterUpdate] = (),
    counsel_link: str | None = None,
    counsel_link_days: int | None = None,
    facts: QuotedFacts,
) -> dict[str, Any]:
    """Everything a user or counsel notice may say, about this one account only; of the demand's
    own text only ``facts`` (what an authenticated sender wrote, or legal ops confirmed)."""
    review = reviewed.review
    assert notice.handle is not None
    produced = any(u.action is CounselAction.PRODUCTION_MADE for u in history)
    return {
        "handle": notice.handle,
        "is_user": notice.role is NoticeRole.USER,
        "counsel_name": notice.recipient_name or "Counsel",
        "counsel_organization": notice.recipient_organization,
        "emergency": review.process_type is ProcessType.EMERGENCY_REQUEST,
        "delayed_until": format_datetime(notice.not_before),
        # Promise to hold our response only when nothing may have been produced yet.
        "can_hold": notice.not_before is None
        and review.process_type is not ProcessType.EMERGENCY_REQUEST
        and not produced,
        "history": [_update_view(u) for u in history],
        "counsel_link": _web_url(counsel_link) if notice.role is NoticeRole.USER else None,
        "counsel_link_days": counsel_link_days,
        "requester_name": facts.requester_name,
        "requester_kind": requester_kind_plain(review.requester.kind),
        "requester_verified": facts.requester_confirmed,
        "confirmed_out_of_band": facts.confirmed_out_of_band,
        "sender_unverified": facts.sender_unverified,
        "process_plain": process_type_plain(review.process_type),
        "authority": facts.statute or DEFAULT_AUTHORITY.get(review.process_type),
        "issuing_court": facts.issuing_court,
        "data_categories": [data_category_plain(c) for c in dict.fromkeys(review.data_categories)],
        "return_by": format_datetime(facts.return_by),
        "served_at": format_datetime(facts.served_at),
        "case_number": facts.case_number,
        "case_id": str(case_id),
        "case_reference_url": _web_url(case_reference_url),
        "legal_aid_contacts": [c for c in (one_line(x, 500) for x in legal_aid_contacts) if c],
        "reply_to": one_line(reply_to, 320) if reply_to else None,
        "who_challenges": "you intend" if notice.role is NoticeRole.USER else "your client intends",
    }


def _findings_view(escalated: LegalProcessEscalated, reviewed: LegalProcessReviewed | None) -> list[dict[str, Any]]:
    """The escalation's own findings; an older escalation without them borrows the review's."""
    codes = escalated.finding_codes
    known: dict[str, list[Finding]] = {}
    carried = escalated.findings or (reviewed.review.findings if reviewed is not None else [])
    for finding in carried:
        known.setdefault(finding.code, []).append(finding)
    view: list[dict[str, Any]] = []
    for code in dict.fromkeys(codes):
        matches = known.get(code)
        if not matches:
            view.append({"code": code, "severity": None, "citation": None, "explanation": None})
            continue
        for finding in matches:
            view.append(
                {
                    "code": finding.code,
                    "severity": finding.severity.value,
                    "citation": finding.citation,
                    "explanation": finding.explanation,
                }
            )
    return view


def _alert_view(
    escalated: LegalProcessEscalated,
    reviewed: LegalProcessReviewed | None,
    *,
    case_id: uuid.UUID,
    case_reference_url: str | None,
) -> dict[str, Any]:
    review = reviewed.review if reviewed is not None else None
    return_by = escalated.return_by or (reviewed.return_by if reviewed is not None else None)
    return {
        "tier": escalated.tier.value,
        "tier_plain": ESCALATION_TIER_PLAIN.get(escalated.tier, escalated.tier.value),
        "disposition": escalated.disposition.value,
        "disposition_plain": DISPOSITION_PLAIN.get(escalated.disposition, escalated.disposition.value),
        "reason": escalated.reason,
        "return_by": format_datetime(return_by),
        "escalated_at": format_datetime(escalated.escalated_at),
        "case_id": str(case_id),
        "case_reference_url": _web_url(case_reference_url),
        "case_number": reviewed.case_number if reviewed is not None else None,
        "requester_name": review.requester.name if review else None,
        "requester_kind": requester_kind_plain(review.requester.kind) if review else None,
        "requester_verified": review.requester.verified if review else True,
        "process_type": review.process_type.value if review else None,
        "process_plain": process_type_plain(review.process_type) if review else None,
        "authority": (review.statute or DEFAULT_AUTHORITY.get(review.process_type)) if review else None,
        "target_count": len(review.targets) if review else None,
        "findings": _findings_view(escalated, reviewed),
    }


def render_notice(
    notice: PlannedNotice,
    *,
    case_id: uuid.UUID,
    reviewed: LegalProcessReviewed | None = None,
    escalated: LegalProcessEscalated | None = None,
    legal_aid_contacts: Sequence[str] = (),
    case_reference_url: str | None = None,
    reply_to: str | None = None,
    update: MatterUpdate | None = None,
    history: Sequence[MatterUpdate] = (),
    counsel_link: str | None = None,
    counsel_link_days: int | None = None,
    facts: QuotedFacts | None = None,
) -> RenderedNotice:
    """The subject, text and HTML of ``notice``.

    USER and COUNSEL notices need ``reviewed`` (and refuse one whose targets do not
    include the notice's account); an UPDATE needs ``update``; ``history`` lists what
    happened before (for counsel named late); ``counsel_link`` goes to the user only.
    They quote of the demand's own text only ``facts`` (by default: all of it from an
    authenticated requester, none of it from an unverified one).
    INTERNAL_COUNSEL alerts need ``escalated``; given ``reviewed`` too, they list each
    finding's citation and explanation.
    """
    if notice.case_id != case_id:
        raise ValueError(f"notice {notice.notice_key} belongs to case {notice.case_id}, not {case_id}")

    if notice.role is NoticeRole.INTERNAL_COUNSEL:
        if escalated is None:
            raise ValueError("an internal counsel alert is rendered from the escalation")
        if notice.tier is not None and escalated.tier is not notice.tier:
            raise ValueError(f"alert planned for tier {notice.tier}, escalation is {escalated.tier}")
        a = _alert_view(escalated, reviewed, case_id=case_id, case_reference_url=case_reference_url)
        subject = one_line(f"[{a['tier']}] Escalation: {a['disposition']} - case {a['case_id']}")
        return RenderedNotice(
            subject=subject,
            text=_render("internal_counsel.txt.j2", a=a),
            html=_render("internal_counsel.html.j2", a=a, title=subject),
        )

    if reviewed is None:
        raise ValueError("a user or counsel notice is rendered from the review")
    assert notice.handle is not None
    if not any(_same_handle(notice.handle, t) for t in reviewed.review.targets):
        raise ValueError(f"@{notice.handle} is not a target of this review")
    m = _matter_view(
        notice,
        reviewed,
        case_id=case_id,
        legal_aid_contacts=legal_aid_contacts,
        case_reference_url=case_reference_url,
        reply_to=reply_to,
        history=history,
        counsel_link=counsel_link,
        counsel_link_days=counsel_link_days,
        facts=facts if facts is not None else quoted_facts(reviewed, None),
    )
    if notice.kind is NoticeKind.UPDATE:
        if update is None:
            raise ValueError("an update notice is rendered from the update")
        u = _update_view(update)
        if notice.role is NoticeRole.USER:
            subject = one_line(f"Update on the legal demand about your account @{notice.handle}")
        else:
            subject = one_line(f"Update: legal demand concerning your client @{notice.handle} - case {case_id}")
        return RenderedNotice(
            subject=subject,
            text=_render("update.txt.j2", m=m, u=u),
            html=_render("update.html.j2", m=m, u=u, title=subject),
        )
    if notice.role is NoticeRole.USER:
        subject = one_line(f"Legal demand for information about your account @{notice.handle}")
        name = "user"
    else:
        subject = one_line(f"Legal demand concerning your client @{notice.handle} - case {case_id}")
        name = "counsel"
    return RenderedNotice(
        subject=subject,
        text=_render(f"{name}.txt.j2", m=m),
        html=_render(f"{name}.html.j2", m=m, title=subject),
    )


def _case_facts(
    reviewed: LegalProcessReviewed | None, *, case_id: uuid.UUID, case_reference_url: str | None
) -> dict[str, Any]:
    """What an internal notice says about the case (to our own counsel: every account counts)."""
    review = reviewed.review if reviewed is not None else None
    return {
        "case_id": str(case_id),
        "case_reference_url": _web_url(case_reference_url),
        "case_number": reviewed.case_number if reviewed is not None else None,
        "requester_name": review.requester.name if review else None,
        "requester_kind": requester_kind_plain(review.requester.kind) if review else None,
        "requester_verified": review.requester.verified if review else True,
        "process_type": review.process_type.value if review else None,
        "authority": (review.statute or DEFAULT_AUTHORITY.get(review.process_type)) if review else None,
        "target_count": len(review.targets) if review else None,
    }


def _user_notice_plain(status: tuple[NoticeStatus, datetime | None]) -> str:
    state, not_before = status
    if state is NoticeStatus.WITHHELD:
        return "withheld until counsel acts"
    if state is NoticeStatus.SCHEDULED and not_before is not None:
        return f"scheduled for {format_datetime(not_before)}"
    return "due now"


def render_ndo_notice(
    notice: PlannedNotice,
    *,
    case_id: uuid.UUID,
    nondisclosure: Nondisclosure,
    reviewed: LegalProcessReviewed | None,
    concern: NdoConcern | None = None,
    user_notice: tuple[NoticeStatus, datetime | None] | None = None,
    case_reference_url: str | None = None,
) -> RenderedNotice:
    """An NDO reminder (expiry coming) or flag (a gag counsel must weigh), to our own counsel."""
    if notice.case_id != case_id:
        raise ValueError(f"notice {notice.notice_key} belongs to case {notice.case_id}, not {case_id}")
    kind = nondisclosure.kind
    g: dict[str, Any] = {
        "kind_plain": NONDISCLOSURE_KIND_PLAIN.get(kind, "nondisclosure order") if kind else "nondisclosure order",
        "expires_at": format_datetime(nondisclosure.expires_at),
        "remind_at": format_datetime(notice.not_before) or "now",
    }
    c = _case_facts(reviewed, case_id=case_id, case_reference_url=case_reference_url)
    if notice.kind is NoticeKind.NDO_REMINDER:
        if nondisclosure.expires_at is None:
            raise ValueError("a reminder is for an order with an expiry")
        subject = one_line(f"Nondisclosure order expires {format_datetime(nondisclosure.expires_at)} - case {case_id}")
        name = "ndo_reminder"
    elif notice.kind is NoticeKind.NDO_FLAG:
        if concern is None:
            raise ValueError("a flag says what the concern is")
        g.update(
            code=concern.code,
            explanation=concern.explanation,
            user_notice=_user_notice_plain(user_notice or (NoticeStatus.WITHHELD, None)),
        )
        subject = one_line(f"[{concern.code}] Nondisclosure order needs counsel - case {case_id}")
        name = "ndo_flag"
    else:
        raise ValueError(f"not an NDO notice: {notice.kind}")
    return RenderedNotice(
        subject=subject,
        text=_render(f"{name}.txt.j2", g=g, c=c),
        html=_render(f"{name}.html.j2", g=g, c=c, title=subject),
    )


def render_delivery_alert(
    notice: PlannedNotice,
    *,
    case_id: uuid.UUID,
    failed_notice_id: uuid.UUID,
    failed_role: NoticeRole,
    failed_kind: str,
    outcome: NoticeStatus,
    attempts: int,
    smtp_code: int | None,
    reviewed: LegalProcessReviewed | None = None,
    case_reference_url: str | None = None,
) -> RenderedNotice:
    """Tell legal ops a notice failed for good or was dead-lettered: never its recipient or content."""
    if notice.kind is not NoticeKind.DELIVERY_ALERT:
        raise ValueError(f"not a delivery alert: {notice.kind}")
    d = {
        "outcome": outcome.value,
        "notice_id": str(failed_notice_id),
        "role_plain": NOTICE_ROLE_PLAIN.get(failed_role, failed_role.value),
        "kind": failed_kind,
        "attempts": attempts,
        "smtp_code": smtp_code,
    }
    c = _case_facts(reviewed, case_id=case_id, case_reference_url=case_reference_url)
    subject = one_line(f"[{outcome.value}] A notice was not delivered - case {case_id}")
    return RenderedNotice(
        subject=subject,
        text=_render("delivery_alert.txt.j2", d=d, c=c),
        html=_render("delivery_alert.html.j2", d=d, c=c, title=subject),
    )


_SOURCE_PLAIN = {
    "smtp": "by e-mail to the legal-process mailbox",
    "api": "uploaded through the API",
    "web": "uploaded in the web app",
    "cli": "submitted with dueprocess submit",
}


def _triage_view(held: LegalProcessHeld, *, case_id: uuid.UUID, case_reference_url: str | None) -> dict[str, Any]:
    """What a triage notice may say: the held event's facts only (it carries no personal data)."""
    return {
        "emergency": held.emergency,
        "case_id": str(case_id),
        "case_reference_url": _web_url(case_reference_url),
        "process_type": held.process_type.value,
        "process_plain": process_type_plain(held.process_type),
        "authority": DEFAULT_AUTHORITY.get(ProcessType.EMERGENCY_REQUEST) if held.emergency else None,
        "received_at": format_datetime(held.received_at),
        "source_plain": _SOURCE_PLAIN.get(held.source, held.source),
        "reasons": [triage_reason_plain(code) for code in dict.fromkeys(held.reasons)],
    }


def _check_triage_notice(notice: PlannedNotice, case_id: uuid.UUID, kind: NoticeKind) -> None:
    if notice.case_id != case_id:
        raise ValueError(f"notice {notice.notice_key} belongs to case {notice.case_id}, not {case_id}")
    if notice.kind is not kind:
        raise ValueError(f"not a {kind.value.replace('-', ' ')}: {notice.kind}")


def render_triage_alert(
    notice: PlannedNotice,
    *,
    case_id: uuid.UUID,
    held: LegalProcessHeld,
    case_reference_url: str | None = None,
) -> RenderedNotice:
    """Tell legal ops a demand waits for triage: the case link, the process type as read, why
    it is held, when it arrived. Worded from the event alone, which carries no personal data
    (no targets, requester, addresses or text), so neither can the alert. An emergency says so
    first, in the subject too: it must be confirmed now."""
    _check_triage_notice(notice, case_id, NoticeKind.TRIAGE_ALERT)
    t = _triage_view(held, case_id=case_id, case_reference_url=case_reference_url)
    if held.emergency:
        subject = one_line(f"EMERGENCY: a legal-process e-mail waits for triage - confirm it now - case {case_id}")
    else:
        subject = one_line(f"A legal-process e-mail waits for triage - case {case_id}")
    return RenderedNotice(
        subject=subject,
        text=_render("triage_alert.txt.j2", t=t),
        html=_render("triage_alert.html.j2", t=t, title=subject),
    )


def duration_plain(value: timedelta) -> str:
    """'15 minutes', '1 hour 5 minutes', '24 hours', '3 days 2 hours': whole minutes, the two
    largest units; hours up to two days."""
    minutes = max(0, int(value.total_seconds() // 60))

    def unit(n: int, name: str) -> str:
        return f"{n} {name}" if n == 1 else f"{n} {name}s"

    if minutes < 60:
        return unit(minutes, "minute")
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return unit(hours, "hour") + (f" {unit(minutes, 'minute')}" if minutes else "")
    days, hours = divmod(hours, 24)
    return unit(days, "day") + (f" {unit(hours, 'hour')}" if hours else "")


def render_triage_reminder(
    notice: PlannedNotice,
    *,
    case_id: uuid.UUID,
    held: LegalProcessHeld,
    alerted_at: datetime,
    case_reference_url: str | None = None,
) -> RenderedNotice:
    """Remind legal ops (and, for an emergency, counsel) that a held demand is still not
    confirmed when it should have been: how long it had waited when the reminder fell due
    (its ``not_before``), since when legal ops were alerted, the case link and the triage
    alert's facts. Worded from the held event alone: no personal data."""
    _check_triage_notice(notice, case_id, NoticeKind.TRIAGE_REMINDER)
    if notice.not_before is None:
        raise ValueError("a triage reminder is scheduled for when the case should have been confirmed")
    t = _triage_view(held, case_id=case_id, case_reference_url=case_reference_url)
    waited = duration_plain(notice.not_before - held.received_at)
    r = {
        "waited": waited,
        "alerted_at": format_datetime(alerted_at),
        "due_at": format_datetime(notice.not_before),
        "to_counsel": notice.tier is not None and notice.tier is not EscalationTier.LEGAL_OPS,
    }
    if held.emergency:
        subject = one_line(
            f"EMERGENCY: still not confirmed after {waited} - a legal-process e-mail waits for triage - case {case_id}"
        )
    else:
        subject = one_line(f"Reminder: a legal-process e-mail has waited {waited} for triage - case {case_id}")
    return RenderedNotice(
        subject=subject,
        text=_render("triage_reminder.txt.j2", t=t, r=r),
        html=_render("triage_reminder.html.j2", t=t, r=r, title=subject),
    )

"""The one Jinja2 environment of intake's pages (autoescaped), with its filters and globals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates

from services.intake.domain.staff import Permission, StaffMember

UTC = ZoneInfo("UTC")
# The templates and static files sit beside the entrypoints (services/intake/entrypoints/).
ENTRYPOINTS = Path(__file__).parent.parent
TEMPLATES = Jinja2Templates(directory=str(ENTRYPOINTS / "templates"))
STATIC = ENTRYPOINTS / "static"

ACTION_LABELS = {
    "ACKNOWLEDGE": "Acknowledge",
    "DECIDE": "Decide",
    "USER_OBJECTED": "Record the user's objection",
    "CHALLENGE_FILED": "Record a challenge filed",
    "RELEASE_NOTICE": "Release the withheld user notice",
    "NDO_CHANGED": "Record a nondisclosure order change",
    "RETURN_DATE_MOVED": "Record a moved return date",
    "PRODUCTION_MADE": "Record a production",
    "NAME_COUNSEL": "Name counsel of record",
    "CONFIRM_REQUESTER": "Confirm the requester out of band",
    "DISMISS_DEMAND": "Dismiss the demand as not genuine",
}

NOTICE_KINDS = {
    "initial": "First notice",
    "update": "Update",
    "escalation": "Escalation alert",
    "ndo-reminder": "Gag expiry reminder",
    "ndo-flag": "Gag flagged to counsel",
    "delivery-alert": "Delivery failure alert",
    "triage-alert": "Triage alert",
    "triage-reminder": "Triage reminder (not yet confirmed)",
}
PROCESS_LABELS = {
    "SEARCH_WARRANT": "Search warrant",
    "COURT_ORDER_2703D": "Court order (§ 2703(d))",
    "SUBPOENA_GRAND_JURY": "Grand jury subpoena",
    "SUBPOENA_TRIAL": "Trial subpoena",
    "SUBPOENA_ADMINISTRATIVE": "Administrative subpoena",
    "SUBPOENA_CIVIL": "Civil subpoena",
    "SUBPOENA_DMCA_512H": "DMCA § 512(h) subpoena",
    "NATIONAL_SECURITY_LETTER": "National Security Letter",
    "PEN_REGISTER_ORDER": "Pen register order",
    "WIRETAP_ORDER": "Wiretap order",
    "PRESERVATION_REQUEST": "Preservation request",
    "EMERGENCY_REQUEST": "Emergency request",
    "FOREIGN_REQUEST": "Foreign request",
    "UNKNOWN": "Unknown process",
}


def when(value: Any) -> str:
    """A moment as staff read it: '2017-03-14 11:00 UTC'."""
    if value is None or value == "":
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def words(value: Any) -> str:
    return str(value or "").replace("_", " ").capitalize()


def shown(value: Any) -> str:
    """An extracted value for people: mappings as 'key: value; …', lists joined, nothing as '—'."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{words(key)}: {shown(item)}" for key, item in value.items() if item not in (None, ""))
    if isinstance(value, (list, tuple)):
        return ", ".join(shown(item) for item in value)
    if value is True or value is False:
        return "yes" if value else "no"
    return str(value)


TEMPLATES.env.filters["when"] = when
TEMPLATES.env.filters["shown"] = shown
TEMPLATES.env.filters["words"] = words
TEMPLATES.env.globals["ACTION_LABELS"] = ACTION_LABELS
TEMPLATES.env.globals["Permission"] = Permission
TEMPLATES.env.globals["NOTICE_KINDS"] = NOTICE_KINDS
TEMPLATES.env.filters["process"] = lambda value: PROCESS_LABELS.get(str(value), words(value))


def page_context(request: Request, member: StaffMember, **extra: Any) -> dict[str, Any]:
    """What every signed-in page is drawn with: who is looking, and their session's CSRF token."""
    return {"staff": member, "csrf_token": request.state.csrf_token, **extra}


def form_moment(value: str | None, zone: ZoneInfo | None) -> str | None:
    """A form's datetime-local value as ISO 8601 in ``zone`` (when it names none itself); a
    value that is not a date is passed through for validation to name the field."""
    if not value or zone is None:
        return value or None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)).isoformat()

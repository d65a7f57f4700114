"""The one Jinja2 environment of intake's pages (autoescaped), with its filters and globals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates

from services.intake.domain.staff import Permission

UTC = ZoneInfo("UTC")
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

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
}


def when(value: Any) -> str:
    """A moment as staff read it: '2017-03-14 11:00 UTC'."""
    if value is None or value == "":
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def words(value: Any) -> str:
    return str(value or "").replace("_", " ").capitalize()


TEMPLATES.env.filters["when"] = when
TEMPLATES.env.filters["words"] = words
TEMPLATES.env.globals["ACTION_LABELS"] = ACTION_LABELS
TEMPLATES.env.globals["Permission"] = Permission


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

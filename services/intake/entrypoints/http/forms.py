"""The demand form: its flat fields to and from the case JSON, and the context its page is drawn
with (a new demand, or a held case's triage). Shared by the pages and the triage routes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import Request
from pydantic import ValidationError

from services.intake.entrypoints.http.templating import form_moment
from shared.vocabulary import DataCategory, ForeignMechanism, NondisclosureKind, ProcessType, RequesterKind


def field_errors(exc: ValidationError) -> list[dict[str, str]]:
    """Each bad field by its dotted path, with a message a person can act on."""
    errors = []
    for error in exc.errors(include_url=False):
        path = ".".join(str(part) for part in error["loc"] if part not in ("body",)) or "(body)"
        errors.append({"field": path, "message": error["msg"]})
    return errors


def case_from_form(form: dict[str, Any], categories: list[str], targets_text: str) -> dict[str, Any]:
    """Translate the form's flat fields into docs/domain.md's case JSON (validation happens after)."""

    def text(name: str) -> str | None:
        value = str(form.get(name) or "").strip()
        return value or None

    zone_name = text("timezone") or "UTC"
    try:
        zone: ZoneInfo | None = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = None

    def moment(name: str) -> str | None:
        return form_moment(text(name), zone)

    nondisclosure_present = form.get("nondisclosure_present") == "on"
    emergency_narrative = text("emergency_narrative")
    date_start, date_end = text("date_start"), text("date_end")
    return {
        "process_type": text("process_type"),
        "statute": text("statute"),
        "requester": {
            "name": text("requester_name"),
            "kind": text("requester_kind"),
            "country": text("requester_country"),
            "email": text("requester_email"),
            "verified": form.get("requester_verified") == "on",
            "signer": text("signer"),
            "signer_title": text("signer_title"),
        },
        "targets": [line.strip() for line in targets_text.replace(",", "\n").splitlines() if line.strip()],
        "data_categories": categories,
        "stated_purpose": text("stated_purpose"),
        "date_range": {"start": date_start, "end": date_end} if (date_start or date_end) else None,
        "served_at": moment("served_at"),
        "return_by": moment("return_by"),
        "nondisclosure": {
            "present": nondisclosure_present,
            "kind": text("nondisclosure_kind") if nondisclosure_present else None,
            "expires_at": moment("nondisclosure_expires_at") if nondisclosure_present else None,
        },
        "emergency": {"narrative": emergency_narrative, "verified_out_of_band": form.get("emergency_verified") == "on"}
        if emergency_narrative
        else None,
        "mechanism": text("mechanism"),
        "case_number": text("case_number"),
        "issuing_court": text("issuing_court"),
        "raw_text": text("raw_text"),
    }


async def posted_case(request: Request) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """The posted demand form: its raw values (to redisplay), the ticked categories, and the
    case JSON they make (validated by the caller)."""
    form_data = await request.form()
    values = {key: form_data.get(key) for key in form_data}
    categories = [str(value) for value in form_data.getlist("data_categories")]
    return values, categories, case_from_form(values, categories, str(values.get("targets") or ""))


def _zone_for(document: dict[str, Any]) -> str:
    """An IANA zone name for the form: the offset the extracted dates carry (Etc/GMT+4 is UTC-4)."""
    for name in ("return_by", "served_at"):
        value = document.get(name)
        if not value:
            continue
        try:
            offset = datetime.fromisoformat(value).utcoffset()
        except ValueError:
            continue
        if offset is None or offset.total_seconds() % 3600:
            continue
        hours = int(offset.total_seconds() // 3600)
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return "UTC"


def form_values_from_case(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The form's fields pre-filled from a case JSON (the inverse of ``case_from_form``)."""
    zone_name = _zone_for(document)
    zone = ZoneInfo(zone_name)

    def local(value: str | None) -> str:
        if not value:
            return ""
        try:
            return datetime.fromisoformat(value).astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        except ValueError:
            return ""

    requester = document.get("requester") or {}
    ndo = document.get("nondisclosure") or {}
    emergency = document.get("emergency") or {}
    date_range = document.get("date_range") or {}
    values = {
        "process_type": document.get("process_type"),
        "statute": document.get("statute"),
        "case_number": document.get("case_number"),
        "issuing_court": document.get("issuing_court"),
        "mechanism": document.get("mechanism"),
        "requester_name": requester.get("name"),
        "requester_kind": requester.get("kind"),
        "requester_country": requester.get("country"),
        "requester_email": requester.get("email"),
        "requester_verified": requester.get("verified"),
        "signer": requester.get("signer"),
        "signer_title": requester.get("signer_title"),
        "targets": "\n".join(document.get("targets") or []),
        "stated_purpose": document.get("stated_purpose"),
        "date_start": date_range.get("start") or "",
        "date_end": date_range.get("end") or "",
        "timezone": zone_name,
        "served_at": local(document.get("served_at")),
        "return_by": local(document.get("return_by")),
        "nondisclosure_present": ndo.get("present"),
        "nondisclosure_kind": ndo.get("kind"),
        "nondisclosure_expires_at": local(ndo.get("expires_at")),
        "emergency_narrative": emergency.get("narrative"),
        "emergency_verified": emergency.get("verified_out_of_band"),
        "raw_text": document.get("raw_text"),
    }
    return values, list(document.get("data_categories") or [])


def form_context(request: Request, **extra: Any) -> dict[str, Any]:
    """The demand form's page context: a new demand unless ``extra`` says otherwise."""
    return {
        "request": request,
        "process_types": list(ProcessType),
        "requester_kinds": list(RequesterKind),
        "data_categories": list(DataCategory),
        "nondisclosure_kinds": list(NondisclosureKind),
        "mechanisms": list(ForeignMechanism),
        "idempotency_key": uuid.uuid4().hex,
        "errors": [],
        "values": {},
        "form_action": "/cases/new",
        "triage": None,
        "email": None,
        "duplicate": False,
        "submit_label": "Record the demand",
        "staff": getattr(request.state, "staff", None),
        "csrf_token": getattr(request.state, "csrf_token", None),
        **extra,
    }


def triage_context(
    request: Request, view: dict[str, Any], details: dict[str, Any] | None, **extra: Any
) -> dict[str, Any]:
    """The form pre-filled from a held case, to confirm its fields (or dismiss it)."""
    values, selected = form_values_from_case(view["case"])
    context = form_context(
        request,
        values=values,
        selected=selected,
        form_action=f"/cases/{view['case_id']}/confirm",
        triage=view,
        email=details,
        submit_label="Confirm the fields and send the case to review",
    )
    context.update(extra)
    return context

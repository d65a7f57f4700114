"""Triage of a held case (an e-mail whose fields legal ops must confirm): confirm its fields and
send it to review, or dismiss it as not legal process. Each as the triage page's form and as an
API route.

All need the permission that confirms triage (``Permission.TRIAGE``); the forms are CSRF-checked
like every session POST (``auth.require``). Routes only translate: ``email.confirm_case`` and
``email.dismiss_case`` do the work, each in one transaction.
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.intake.domain.dismissal import REASON_MAX_CHARS, Dismissal, InvalidDismissal
from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints.http.auth import require
from services.intake.entrypoints.http.cases import CASE_SCHEMA
from services.intake.entrypoints.http.dependencies import Services, TraceId
from services.intake.entrypoints.http.forms import field_errors, posted_case, triage_context
from services.intake.entrypoints.http.templating import TEMPLATES
from services.intake.service_layer import email as email_service
from services.intake.service_layer import services
from services.intake.service_layer import staff as staff_service
from shared.contracts import LegalProcessCase

router = APIRouter()
Triager = Depends(require(Permission.TRIAGE))

DISMISSED = "this case was dismissed in triage as not legal process: it cannot be confirmed"
CONFIRMED = "this case was confirmed and sent to review: it is legal process and cannot be dismissed"


class DismissBody(BaseModel):
    """Why the held case is not legal process (required; kept sealed with the case)."""

    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=REASON_MAX_CHARS * 2)  # trimmed, then at most REASON_MAX_CHARS


def _dismissal_document(case_id: uuid.UUID, dismissal: Dismissal) -> dict[str, Any]:
    return {
        "case_id": str(case_id),
        "status": "DISMISSED",
        "dismissed_by": dismissal.dismissed_by,
        "dismissed_at": dismissal.dismissed_at.isoformat() if dismissal.dismissed_at else None,
    }


# --- confirm -----------------------------------------------------------------------------------


@router.post("/cases/{case_id}/confirm", response_class=HTMLResponse, include_in_schema=False)
async def confirm_form(
    request: Request, case_id: uuid.UUID, svc: Services, trace: TraceId, member: StaffMember = Triager
) -> Response:
    values, categories, document = await posted_case(request)
    try:
        case = LegalProcessCase.model_validate(document)
    except ValidationError as exc:
        view = await services.case_view(pool=svc.pool, case_id=case_id)
        if view is None:
            return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
        details = await email_service.email_details(pool=svc.pool, case_id=case_id)
        context = triage_context(request, view, details, errors=field_errors(exc), values=values, selected=categories)
        return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
    outcome = await email_service.confirm_case(
        pool=svc.pool, case_id=case_id, case=case, confirmed_by=member.actor, trace_id=trace
    )
    if outcome == "not_found":
        return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
    if outcome == "dismissed":
        return RedirectResponse(f"/cases/{case_id}?error={quote(DISMISSED)}", status_code=303)
    await staff_service.record_case_access(
        pool=svc.pool,
        case_id=case_id,
        member=member,
        action="TRIAGE_CONFIRMED",
        clock=svc.clock,
        detail={"outcome": outcome},
    )
    return RedirectResponse(f"/cases/{case_id}?done=confirmed", status_code=303)


@router.post(
    "/api/v1/cases/{case_id}/confirm",
    summary="Confirm a held (triage) case's fields",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": CASE_SCHEMA}}}},
)
async def confirm_case_api(
    request: Request, case_id: uuid.UUID, svc: Services, trace: TraceId, member: StaffMember = Triager
) -> JSONResponse:
    try:
        case = LegalProcessCase.model_validate_json(await request.body())
    except ValidationError as exc:
        return JSONResponse({"error": "invalid case", "fields": field_errors(exc)}, 422)
    outcome = await email_service.confirm_case(
        pool=svc.pool, case_id=case_id, case=case, confirmed_by=member.actor, trace_id=trace
    )
    if outcome == "not_found":
        return JSONResponse({"error": f"no case {case_id}"}, 404)
    if outcome == "dismissed":
        return JSONResponse({"error": DISMISSED, "case_id": str(case_id), "status": "DISMISSED"}, 409)
    await staff_service.record_case_access(
        pool=svc.pool,
        case_id=case_id,
        member=member,
        action="TRIAGE_CONFIRMED",
        clock=svc.clock,
        detail={"outcome": outcome},
    )
    return JSONResponse(
        {"case_id": str(case_id), "status": "RECEIVED", "already_confirmed": outcome == "already_confirmed"}, 200
    )


# --- dismiss -----------------------------------------------------------------------------------


@router.post("/cases/{case_id}/dismiss", response_class=HTMLResponse, include_in_schema=False)
async def dismiss_form(
    request: Request, case_id: uuid.UUID, svc: Services, trace: TraceId, member: StaffMember = Triager
) -> Response:
    form = await request.form()
    reason = str(form.get("reason") or "")
    try:
        dismissal = await email_service.dismiss_case(
            pool=svc.pool, case_id=case_id, member=member, reason=reason, trace_id=trace, now=svc.clock()
        )
    except InvalidDismissal as exc:
        view = await services.case_view(pool=svc.pool, case_id=case_id)
        if view is None:
            return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
        if view["held_reasons"] is None or view["dismissed_at"] is not None:
            return RedirectResponse(f"/cases/{case_id}", status_code=303)  # nothing left to dismiss here
        details = await email_service.email_details(pool=svc.pool, case_id=case_id)
        context = triage_context(
            request, view, details, dismiss_error=str(exc), dismiss_reason=reason[: REASON_MAX_CHARS * 2]
        )
        return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
    if dismissal.outcome == "not_found":
        return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
    if dismissal.outcome == "already_confirmed":
        return RedirectResponse(f"/cases/{case_id}?error={quote(CONFIRMED)}", status_code=303)
    done = "dismissed" if dismissal.outcome == "dismissed" else "already-dismissed"
    return RedirectResponse(f"/cases/{case_id}?done={done}", status_code=303)


@router.post(
    "/api/v1/cases/{case_id}/dismiss",
    summary="Dismiss a held (triage) case as not legal process",
    openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": DismissBody.model_json_schema()}}}
    },
    responses={
        200: {"description": "Dismissed: never sent to review; the message and attachments are kept"},
        401: {"description": "No valid session or API token"},
        403: {"description": "Your role may not triage"},
        404: {"description": "No such case"},
        409: {"description": "Already dismissed (nothing changed), or confirmed (legal process)"},
        422: {"description": "No reason, or a reason over the limit"},
    },
)
async def dismiss_api(
    request: Request, case_id: uuid.UUID, svc: Services, trace: TraceId, member: StaffMember = Triager
) -> JSONResponse:
    try:
        body = DismissBody.model_validate_json(await request.body() or b"{}")
        dismissal = await email_service.dismiss_case(
            pool=svc.pool, case_id=case_id, member=member, reason=body.reason, trace_id=trace, now=svc.clock()
        )
    except ValidationError as exc:
        fields = [
            {"field": ".".join(str(p) for p in e["loc"]) or "(body)", "message": e["msg"]}
            for e in exc.errors(include_url=False)
        ]
        return JSONResponse({"error": "invalid body", "fields": fields}, 422)
    except InvalidDismissal as exc:
        return JSONResponse({"error": str(exc), "fields": [{"field": "reason", "message": str(exc)}]}, 422)
    if dismissal.outcome == "not_found":
        return JSONResponse({"error": f"no case {case_id}"}, 404)
    if dismissal.outcome == "already_confirmed":
        return JSONResponse({"error": CONFIRMED, "case_id": str(case_id), "status": "RECEIVED"}, 409)
    if dismissal.outcome == "already_dismissed":
        return JSONResponse(
            {
                "error": f"this case was already dismissed by {dismissal.dismissed_by}; nothing changed",
                **_dismissal_document(case_id, dismissal),
            },
            409,
        )
    return JSONResponse(_dismissal_document(case_id, dismissal), 200)

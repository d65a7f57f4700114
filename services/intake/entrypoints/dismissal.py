"""Dismissing a held case as not legal process: the triage page's form and the API route.

Both need the permission that confirms triage (``Permission.TRIAGE``); the form is CSRF-checked
like every session POST (``Auth.require``). Routes only translate: ``email.dismiss_case`` does
the work in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote

import asyncpg
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.intake.domain.dismissal import REASON_MAX_CHARS, Dismissal, InvalidDismissal
from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints.auth import Auth
from services.intake.entrypoints.templating import TEMPLATES
from services.intake.service_layer import email as email_service
from services.intake.service_layer import services

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


def register(
    app: FastAPI,
    *,
    pool: asyncpg.Pool,
    auth: Auth,
    clock: Callable[[], datetime],
    trace_id: Callable[[Request], str],
    triage_context: Callable[..., dict[str, Any]],
) -> None:
    triage = auth.require(Permission.TRIAGE)

    @app.post("/cases/{case_id}/dismiss", response_class=HTMLResponse, include_in_schema=False)
    async def dismiss_form(request: Request, case_id: uuid.UUID, member: StaffMember = Depends(triage)) -> Response:
        form = await request.form()
        reason = str(form.get("reason") or "")
        try:
            dismissal = await email_service.dismiss_case(
                pool=pool, case_id=case_id, member=member, reason=reason, trace_id=trace_id(request), now=clock()
            )
        except InvalidDismissal as exc:
            view = await services.case_view(pool=pool, case_id=case_id)
            if view is None:
                return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
            if view["held_reasons"] is None or view["dismissed_at"] is not None:
                return RedirectResponse(f"/cases/{case_id}", status_code=303)  # nothing left to dismiss here
            details = await email_service.email_details(pool=pool, case_id=case_id)
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

    @app.post(
        "/api/v1/cases/{case_id}/dismiss",
        summary="Dismiss a held (triage) case as not legal process",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": DismissBody.model_json_schema()}},
            }
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
    async def dismiss_api(request: Request, case_id: uuid.UUID, member: StaffMember = Depends(triage)) -> JSONResponse:
        try:
            body = DismissBody.model_validate_json(await request.body() or b"{}")
            dismissal = await email_service.dismiss_case(
                pool=pool, case_id=case_id, member=member, reason=body.reason, trace_id=trace_id(request), now=clock()
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

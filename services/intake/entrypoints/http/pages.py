"""The legal-ops web app's case pages: the demand form (typed in, or an uploaded .eml), the case
queue, a case's page and its progress, counsel's action form, and the original document.

Routes only translate forms into service calls; every one names the permission it needs, and
every case view is audited (``casework.case_page``).
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError

from services.intake.domain import case_state
from services.intake.domain.message import LimitExceeded
from services.intake.domain.model import IdempotencyKeyReused
from services.intake.domain.staff import Permission, StaffMember, permission_for
from services.intake.entrypoints.http.actions import ActionBody, stage_request
from services.intake.entrypoints.http.auth import require
from services.intake.entrypoints.http.dependencies import Services, TraceId
from services.intake.entrypoints.http.forms import field_errors, form_context, posted_case, triage_context
from services.intake.entrypoints.http.templating import ACTION_LABELS, TEMPLATES, UTC, form_moment, page_context
from services.intake.service_layer import casework, holds, services
from services.intake.service_layer import email as email_service
from services.intake.service_layer import staff as staff_service
from shared.contracts import LegalProcessCase
from shared.vocabulary import (
    ConfirmationMethod,
    DataCategory,
    Disposition,
    NondisclosureKind,
    ProcessType,
    StaffRequest,
)

router = APIRouter()
Submitter = Depends(require(Permission.SUBMIT))
Viewer = Depends(require(Permission.VIEW_CASES))


# --- a new demand ----------------------------------------------------------------------------


@router.get("/cases/new", response_class=HTMLResponse, include_in_schema=False)
async def form(request: Request, member: StaffMember = Submitter) -> Response:
    return TEMPLATES.TemplateResponse(request, "form.html", form_context(request))


@router.post("/upload", response_class=HTMLResponse, include_in_schema=False)
async def upload_message(request: Request, svc: Services, trace: TraceId, member: StaffMember = Submitter) -> Response:
    form_data = await request.form()
    upload = form_data.get("message")
    data = await upload.read() if upload is not None and not isinstance(upload, str) else b""
    if not data:
        context = form_context(request, errors=[{"field": "message", "message": "choose an .eml file to upload"}])
        return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
    try:
        result = await email_service.ingest_message(
            pool=svc.pool,
            raw=data,
            source="web",
            channel="web",
            trace_id=trace,
            config=svc.email,
            hold=True,
            submitted_by=member.actor,
        )
    except LimitExceeded as exc:
        context = form_context(request, errors=[{"field": "message", "message": f"refused: {exc}"}])
        return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=413)
    suffix = "?duplicate=1" if result.duplicate else ""
    return RedirectResponse(f"/cases/{result.case_id}{suffix}", status_code=303)


@router.post("/cases/new", response_class=HTMLResponse, include_in_schema=False)
async def submit_form(request: Request, svc: Services, trace: TraceId, member: StaffMember = Submitter) -> Response:
    values, categories, document = await posted_case(request)
    try:
        case = LegalProcessCase.model_validate(document)
        submitted = await services.submit_case(
            pool=svc.pool,
            case=case,
            channel="web",
            trace_id=trace,
            idempotency_key=str(values.get("idempotency_key") or "") or None,
            submitted_by=member.actor,
            received_at=svc.clock(),
        )
    except (ValidationError, IdempotencyKeyReused) as exc:
        errors = field_errors(exc) if isinstance(exc, ValidationError) else [{"field": "(form)", "message": str(exc)}]
        context = form_context(request, errors=errors, values=values, selected=categories)
        context["idempotency_key"] = values.get("idempotency_key") or context["idempotency_key"]
        return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
    return RedirectResponse(f"/cases/{submitted.case_id}?done=submitted", status_code=303)


# --- the queue and a case's page ---------------------------------------------------------------


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def queue(
    request: Request,
    svc: Services,
    q: str = "",
    process_type: str = "",
    stage: str = "",
    tier: str = "",
    sla: str = "",
    sort: str = "urgency",
    member: StaffMember = Viewer,
) -> Response:
    now = svc.clock()
    entries = await casework.case_queue(
        pool=svc.pool,
        now=now,
        text=q[:200],
        process_type=process_type or None,
        stage=stage or None,
        tier=tier or None,
        sla=sla or None,
        sort=sort if sort in ("urgency", "received", "return_by") else "urgency",
    )
    rows = [
        {
            "case_id": str(entry["row"]["case_id"]),
            "received_at": entry["row"]["received_at"],
            "channel": entry["row"]["channel"],
            "process_type": entry["row"]["document"].get("process_type"),
            "requester": (entry["row"]["document"].get("requester") or {}).get("name"),
            "requester_kind": (entry["row"]["document"].get("requester") or {}).get("kind"),
            "emergency": entry["row"]["document"].get("process_type") == "EMERGENCY_REQUEST",
            "state": entry["state"],
            "sla_words": case_state.countdown(entry["state"].acknowledge_by, now)
            if entry["state"].sla.value in ("RUNNING", "DUE_SOON", "BREACHED")
            else "",
            "return_words": case_state.countdown(entry["state"].return_by, now)
            if entry["state"].return_by and entry["state"].stage.value not in ("DECIDED", "DISMISSED")
            else "",
            "gagged": bool(entry["state"].nondisclosure.get("present")),
        }
        for entry in entries
    ]
    filters = {"q": q, "process_type": process_type, "stage": stage, "tier": tier, "sla": sla, "sort": sort}
    return TEMPLATES.TemplateResponse(
        request,
        "queue.html",
        page_context(
            request,
            member,
            rows=rows,
            filters=filters,
            process_types=list(ProcessType),
            stages=list(case_state.Stage),
            tiers=case_state.TIERS,
            slas=list(case_state.Sla),
            now=now,
        ),
    )


@router.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
async def case_page(request: Request, case_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> Response:
    now = svc.clock()
    # Read before the view: the page's script reloads when /progress differs from this version,
    # so a change landing while the page is drawn is never missed.
    progress_version = (await casework.case_progress(pool=svc.pool, case_id=case_id))["version"]
    view = await casework.case_page(pool=svc.pool, case_id=case_id, member=member, now=now)
    if view is None:
        return TEMPLATES.TemplateResponse(
            request, "not_found.html", page_context(request, member, case_id=case_id), 404
        )
    details = await email_service.email_details(pool=svc.pool, case_id=case_id)
    duplicate = request.query_params.get("duplicate") == "1"
    if view.get("dismissed_at") is not None:  # dismissed in triage: not legal process
        return TEMPLATES.TemplateResponse(
            request,
            "dismissed.html",
            page_context(
                request,
                member,
                view=view,
                email=details,
                state=view["state"],
                duplicate=duplicate,
                flash=request.query_params.get("done"),
                error=request.query_params.get("error"),
            ),
        )
    if view["held_reasons"] is not None:
        context = triage_context(request, view, details, duplicate=duplicate)
        context.update(staff=member, csrf_token=request.state.csrf_token, can_triage=member.can(Permission.TRIAGE))
        return TEMPLATES.TemplateResponse(request, "form.html", context)
    state: case_state.CaseState = view["state"]
    withheld = any(n["role"] == "USER" and n["status"] == "WITHHELD" for n in view["notices"])
    context = page_context(
        request,
        member,
        view=view,
        email=details,
        duplicate=duplicate,
        state=state,
        now=now,
        gag_words=case_state.gag_in_words(state.nondisclosure, now=now),
        requester_words=case_state.requester_in_words(state),
        confirmation_methods=list(ConfirmationMethod),
        sla_words=case_state.countdown(state.acknowledge_by, now),
        return_words=case_state.countdown(state.return_by, now),
        dispositions=list(Disposition),
        categories=list(DataCategory),
        ndo_kinds=list(NondisclosureKind),
        targets=view["case"].get("targets") or [],
        withheld=withheld,
        pending=[r for r in view["requests"] if r["status"] == "PENDING"],
        flash=request.query_params.get("done"),
        error=request.query_params.get("error"),
        allowed={action: member.can(permission_for(action)) for action in ACTION_LABELS},
        progress_version=progress_version,
        holds=await holds.holds_of_case(pool=svc.pool, case_id=case_id),
    )
    return TEMPLATES.TemplateResponse(request, "case.html", context)


@router.get("/holds", response_class=HTMLResponse, include_in_schema=False)
async def holds_page(request: Request, svc: Services, member: StaffMember = Viewer) -> Response:
    """The "Holds" view of the queue: preservation holds in force, expiring soonest first."""
    now = svc.clock()
    rows = await holds.holds_listing(pool=svc.pool)
    for row in rows:
        row["expires_words"] = case_state.countdown(row["expires_at"], now) if row["expires_at"] else None
    return TEMPLATES.TemplateResponse(request, "holds.html", page_context(request, member, rows=rows, now=now))


@router.get("/cases/{case_id}/progress", include_in_schema=False)
async def progress(case_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> JSONResponse:
    """What changed since the page was drawn (the page's script polls this while work is pending).
    Carries no case content, so it is not a view of the case."""
    return JSONResponse(await casework.case_progress(pool=svc.pool, case_id=case_id))


@router.post("/cases/{case_id}/actions", include_in_schema=False)
async def act(request: Request, case_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> Response:
    form = await request.form()
    fields = {key: str(form.get(key) or "").strip() for key in form}
    try:
        body = ActionBody.model_validate(action_fields(fields, [str(v) for v in form.getlist("produced")]))
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return RedirectResponse(f"/cases/{case_id}?error={quote(problem[:300])}#actions", status_code=303)
    try:
        await stage_request(
            pool=svc.pool, case_id=case_id, member=member, body=body, clock=svc.clock, trace_id=uuid.uuid4().hex
        )
    except casework.CaseNotFound:
        return RedirectResponse("/", status_code=303)
    except casework.NotReady as exc:
        return RedirectResponse(f"/cases/{case_id}?error={quote(str(exc))}#actions", status_code=303)
    return RedirectResponse(f"/cases/{case_id}?done={body.action.value}#actions", status_code=303)


@router.get("/cases/{case_id}/original", include_in_schema=False)
async def original(
    case_id: uuid.UUID, svc: Services, attachment: int | None = None, member: StaffMember = Viewer
) -> Response:
    found = await email_service.original_file(pool=svc.pool, case_id=case_id, ordinal=attachment)
    if found is None:
        return JSONResponse({"error": "no such document on this case"}, 404)
    name, content_type, content = found
    await staff_service.record_case_access(
        pool=svc.pool,
        case_id=case_id,
        member=member,
        action="DOWNLOADED",
        clock=svc.clock,
        detail={"attachment": attachment},
    )
    safe_name = "".join(ch for ch in name if ch.isalnum() or ch in "._- ")[:120] or "document"
    return Response(
        content,
        media_type="application/octet-stream" if content_type.startswith("text/html") else content_type,
        headers={"Content-Disposition": f'attachment; filename="{safe_name}"', "Content-Security-Policy": "sandbox"},
    )


def action_fields(fields: dict[str, str], produced: list[str]) -> dict[str, Any]:
    """The action form's flat fields as an ActionBody document (validation names bad ones)."""
    action = fields.get("action", "")
    body: dict[str, Any] = {"action": action, "reason": fields.get("reason") or None}
    if action == StaffRequest.DECIDE:
        body["disposition"] = fields.get("disposition") or None
    elif action == StaffRequest.NDO_CHANGED:
        kind = fields.get("ndo_kind") or None
        body["nondisclosure"] = {
            "present": kind is not None,
            "kind": kind,
            "expires_at": _utc(fields.get("ndo_expires_at")) if kind else None,
        }
    elif action == StaffRequest.RETURN_DATE_MOVED:
        body["return_by"] = _utc(fields.get("return_by"))
    elif action == StaffRequest.PRODUCTION_MADE:
        body["produced"] = produced
    elif action == StaffRequest.NAME_COUNSEL:
        body["counsel"] = {
            "account": fields.get("account", ""),
            "name": fields.get("counsel_name", ""),
            "email": fields.get("counsel_email", ""),
            "organization": fields.get("counsel_organization") or None,
        }
    elif action == StaffRequest.CONFIRM_REQUESTER:
        body["confirmation"] = {
            "requester_name": fields.get("confirm_name", ""),
            "method": fields.get("confirm_method", ""),
            "confirmed_at": _utc(fields.get("confirmed_at")),
            "case_number": fields.get("confirm_case_number") or None,
            "return_by": _utc(fields.get("confirm_return_by")),
        }
    return body


def _utc(value: str | None) -> str | None:
    """A datetime-local value (no zone) is UTC, as the form says."""
    return form_moment(value, UTC)

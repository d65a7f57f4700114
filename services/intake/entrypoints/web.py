"""The legal-ops web app: the case queue, the case page, counsel's actions, the original
document, staff accounts. Routes only translate forms into service calls; every one names
the permission it needs, and every case view is audited (casework.case_page)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import asyncpg
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from services.intake.domain import case_state
from services.intake.domain.staff import Permission, Role, StaffMember, WeakPassword, permission_for
from services.intake.entrypoints.api_actions import ActionBody, stage_request
from services.intake.entrypoints.auth import Auth, Forbidden
from services.intake.entrypoints.templating import ACTION_LABELS, TEMPLATES, UTC, form_moment
from services.intake.service_layer import casework
from services.intake.service_layer import email as email_service
from services.intake.service_layer import staff as staff_service
from shared.vocabulary import DataCategory, Disposition, NondisclosureKind, ProcessType, StaffRequest

HERE = Path(__file__).parent


def _page_context(request: Request, member: StaffMember, **extra: Any) -> dict[str, Any]:
    return {"staff": member, "csrf_token": request.state.csrf_token, **extra}


def register(
    app: FastAPI,
    *,
    pool: asyncpg.Pool,
    auth: Auth,
    clock: Callable[[], datetime],
    triage_context: Callable[..., dict[str, Any]],
) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    viewer = auth.require(Permission.VIEW_CASES)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def queue(
        request: Request,
        q: str = "",
        process_type: str = "",
        stage: str = "",
        tier: str = "",
        sla: str = "",
        sort: str = "urgency",
        member: StaffMember = Depends(viewer),
    ) -> Response:
        now = clock()
        entries = await casework.case_queue(
            pool=pool,
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
            _page_context(
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

    @app.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    async def case_page(request: Request, case_id: uuid.UUID, member: StaffMember = Depends(viewer)) -> Response:
        now = clock()
        # Read before the view: the page's script reloads when /progress differs from this version,
        # so a change landing while the page is drawn is never missed.
        progress_version = (await progress_of(case_id))["version"]
        view = await casework.case_page(pool=pool, case_id=case_id, member=member, now=now)
        if view is None:
            return TEMPLATES.TemplateResponse(
                request, "not_found.html", _page_context(request, member, case_id=case_id), 404
            )
        details = await email_service.email_details(pool=pool, case_id=case_id)
        duplicate = request.query_params.get("duplicate") == "1"
        if view.get("dismissed_at") is not None:  # dismissed in triage: not legal process
            return TEMPLATES.TemplateResponse(
                request,
                "dismissed.html",
                _page_context(
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
        context = _page_context(
            request,
            member,
            view=view,
            email=details,
            duplicate=duplicate,
            state=state,
            now=now,
            gag_words=case_state.gag_in_words(state.nondisclosure, now=now),
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
        )
        return TEMPLATES.TemplateResponse(request, "case.html", context)

    @app.get("/cases/{case_id}/progress", include_in_schema=False)
    async def progress(case_id: uuid.UUID, member: StaffMember = Depends(viewer)) -> JSONResponse:
        """What changed since the page was drawn (the page's script polls this while work is pending).
        Carries no case content, so it is not a view of the case."""
        return JSONResponse(await progress_of(case_id))

    async def progress_of(case_id: uuid.UUID) -> dict[str, Any]:
        async with pool.acquire() as conn:
            row = await conn.fetchrow(
                """
                SELECT (SELECT count(*) FROM intake.action_requests WHERE case_id = $1 AND status = 'PENDING') AS pending,
                       (SELECT count(*) FROM intake.action_requests WHERE case_id = $1) AS requests,
                       (SELECT count(*) FROM intake.case_timeline WHERE case_id = $1) AS timeline,
                       (SELECT count(*) FROM intake.case_notices WHERE case_id = $1) AS notices,
                       (SELECT string_agg(status, ',' ORDER BY notice_id) FROM intake.case_notices WHERE case_id = $1)
                           AS notice_states,
                       EXISTS (SELECT 1 FROM intake.case_reviews WHERE case_id = $1) AS reviewed
                """,
                case_id,
            )
        return {
            "pending": row["pending"],
            "version": f"{row['requests']}.{row['timeline']}."
            f"{row['notices']}.{row['notice_states']}.{row['reviewed']}.{row['pending']}",
        }

    @app.post("/cases/{case_id}/actions", include_in_schema=False)
    async def act(request: Request, case_id: uuid.UUID, member: StaffMember = Depends(viewer)) -> Response:
        form = await request.form()
        fields = {key: str(form.get(key) or "").strip() for key in form.keys()}
        try:
            body = ActionBody.model_validate(_action_fields(fields, [str(v) for v in form.getlist("produced")]))
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            return RedirectResponse(f"/cases/{case_id}?error={quote(problem[:300])}#actions", status_code=303)
        try:
            await stage_request(
                pool=pool, case_id=case_id, member=member, body=body, clock=clock, trace_id=uuid.uuid4().hex
            )
        except casework.CaseNotFound:
            return RedirectResponse("/", status_code=303)
        except casework.NotReady as exc:
            return RedirectResponse(f"/cases/{case_id}?error={quote(str(exc))}#actions", status_code=303)
        return RedirectResponse(f"/cases/{case_id}?done={body.action.value}#actions", status_code=303)

    @app.get("/cases/{case_id}/original", include_in_schema=False)
    async def original(
        case_id: uuid.UUID, attachment: int | None = None, member: StaffMember = Depends(viewer)
    ) -> Response:
        found = await email_service.original_file(pool=pool, case_id=case_id, ordinal=attachment)
        if found is None:
            return JSONResponse({"error": "no such document on this case"}, 404)
        name, content_type, content = found
        await staff_service.record_case_access(
            pool=pool,
            case_id=case_id,
            member=member,
            action="DOWNLOADED",
            clock=clock,
            detail={"attachment": attachment},
        )
        safe_name = "".join(ch for ch in name if ch.isalnum() or ch in "._- ")[:120] or "document"
        return Response(
            content,
            media_type="application/octet-stream" if content_type.startswith("text/html") else content_type,
            headers={
                "Content-Disposition": f'attachment; filename="{safe_name}"',
                "Content-Security-Policy": "sandbox",
            },
        )

    # --- staff accounts --------------------------------------------------------------------

    admin = auth.require(Permission.MANAGE_STAFF)

    @app.get("/staff", response_class=HTMLResponse, include_in_schema=False)
    async def staff_page(request: Request, member: StaffMember = Depends(admin)) -> Response:
        return await _staff_page(request, member)

    async def _staff_page(request: Request, member: StaffMember, *, status: int = 200, **extra: Any) -> Response:
        people = await staff_service.all_staff(pool=pool)
        return TEMPLATES.TemplateResponse(
            request,
            "staff.html",
            _page_context(request, member, people=people, roles=list(Role), new_token=None, error=None, **extra),
            status,
        )

    @app.post("/staff", response_class=HTMLResponse, include_in_schema=False)
    async def add_staff(request: Request, member: StaffMember = Depends(admin)) -> Response:
        form = await request.form()
        try:
            role = Role(str(form.get("role") or ""))
            added = await staff_service.create_staff(
                pool=pool,
                email=str(form.get("email") or "")[:320],
                display_name=str(form.get("name") or "")[:200],
                role=role,
                password=str(form.get("password") or "") or None,
                created_by=member.actor,
                clock=clock,
            )
        except (ValueError, staff_service.StaffExists) as exc:
            return await _staff_page(request, member, status=422, error=str(exc) or "choose a role")
        return await _staff_page(request, member, added=added.email)

    @app.post("/staff/{staff_id}", response_class=HTMLResponse, include_in_schema=False)
    async def change_staff(request: Request, staff_id: uuid.UUID, member: StaffMember = Depends(admin)) -> Response:
        form = await request.form()
        try:
            role = Role(str(form["role"])) if form.get("role") else None
            active = {"on": True, "off": False}.get(str(form.get("active") or ""))
            if staff_id == member.staff_id and (active is False or (role and role is not Role.ADMIN)):
                raise ValueError("you cannot demote or deactivate yourself; ask another administrator")
            await staff_service.update_staff(
                pool=pool,
                staff_id=staff_id,
                changed_by=member.actor,
                clock=clock,
                role=role,
                active=active,
                password=str(form.get("password") or "") or None,
            )
            auth.forget_tokens()  # this process honours the change at once (others within the cache's TTL)
        except (ValueError, staff_service.StaffNotFound, WeakPassword) as exc:
            return await _staff_page(request, member, status=422, error=str(exc))
        return await _staff_page(request, member, changed=True)

    @app.post("/staff/{staff_id}/tokens", response_class=HTMLResponse, include_in_schema=False)
    async def issue_token(request: Request, staff_id: uuid.UUID, member: StaffMember = Depends(viewer)) -> Response:
        if staff_id != member.staff_id and not member.can(Permission.MANAGE_STAFF):
            raise Forbidden(member, Permission.MANAGE_STAFF)
        form = await request.form()
        token = await staff_service.issue_api_token(
            pool=pool, staff_id=staff_id, name=str(form.get("name") or "")[:100], issued_by=member.actor, clock=clock
        )
        return TEMPLATES.TemplateResponse(request, "token.html", _page_context(request, member, token=token))


def _action_fields(fields: dict[str, str], produced: list[str]) -> dict[str, Any]:
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
    return body


def _utc(value: str | None) -> str | None:
    """A datetime-local value (no zone) is UTC, as the form says."""
    return form_moment(value, UTC)

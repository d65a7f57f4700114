"""Staff accounts and API tokens in the web app.

An administrator sees every account and every API token: adds members, changes a role,
activity or password, issues and revokes anyone's tokens. Any other member sees only their own
account there, and issues and revokes their own tokens. Every refusal of a form (a bad role, a
weak password, an existing address, a token lifetime out of range …) draws the page again with
the message and status 422.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from services.intake.domain.staff import API_TOKEN_DAYS, API_TOKEN_MAX_DAYS, Permission, Role, StaffMember
from services.intake.entrypoints.http.auth import Forbidden, require
from services.intake.entrypoints.http.dependencies import IntakeServices, Services
from services.intake.entrypoints.http.templating import TEMPLATES, page_context
from services.intake.service_layer import staff as staff_service

router = APIRouter()
Admin = Depends(require(Permission.MANAGE_STAFF))
Viewer = Depends(require(Permission.VIEW_CASES))
# What a form may be refused for: each is drawn as the page with its message (422).
FORM_ERRORS = (ValueError, staff_service.StaffNotFound, staff_service.TokenNotFound)


async def _staff_page(
    request: Request, svc: IntakeServices, member: StaffMember, *, status: int = 200, **extra: Any
) -> Response:
    admin = member.can(Permission.MANAGE_STAFF)
    people = await staff_service.all_staff(pool=svc.pool) if admin else [member]
    tokens = await staff_service.api_tokens(pool=svc.pool, staff_id=None if admin else member.staff_id)
    context: dict[str, Any] = {
        "people": people,
        "roles": list(Role),
        "admin": admin,
        "tokens": {
            person.staff_id: [token for token in tokens if token.staff_id == person.staff_id] for person in people
        },
        "now": svc.clock(),
        "token_days": API_TOKEN_DAYS,
        "token_max_days": API_TOKEN_MAX_DAYS,
        "error": None,
        "added": None,
        "changed": False,
        "revoked": None,
    }
    context.update(extra)
    return TEMPLATES.TemplateResponse(request, "staff.html", page_context(request, member, **context), status)


async def _refused(request: Request, svc: IntakeServices, member: StaffMember, exc: Exception) -> Response:
    return await _staff_page(request, svc, member, status=422, error=str(exc) or type(exc).__name__)


@router.get("/staff", response_class=HTMLResponse, include_in_schema=False)
async def staff_page(request: Request, svc: Services, member: StaffMember = Viewer) -> Response:
    return await _staff_page(request, svc, member)


@router.post("/staff", response_class=HTMLResponse, include_in_schema=False)
async def add_staff(request: Request, svc: Services, member: StaffMember = Admin) -> Response:
    form = await request.form()
    try:
        try:
            role = Role(str(form.get("role") or ""))
        except ValueError:
            raise ValueError("choose a role") from None
        added = await staff_service.create_staff(
            pool=svc.pool,
            email=str(form.get("email") or "")[:320],
            display_name=str(form.get("name") or "")[:200],
            role=role,
            password=str(form.get("password") or "") or None,
            created_by=member.actor,
            clock=svc.clock,
        )
    except FORM_ERRORS as exc:
        return await _refused(request, svc, member, exc)
    return await _staff_page(request, svc, member, added=added.email)


@router.post("/staff/{staff_id}", response_class=HTMLResponse, include_in_schema=False)
async def change_staff(request: Request, staff_id: uuid.UUID, svc: Services, member: StaffMember = Admin) -> Response:
    form = await request.form()
    try:
        try:
            role = Role(str(form["role"])) if form.get("role") else None
        except ValueError:
            raise ValueError("choose a role") from None
        active = {"on": True, "off": False}.get(str(form.get("active") or ""))
        if staff_id == member.staff_id and (active is False or (role and role is not Role.ADMIN)):
            raise ValueError("you cannot demote or deactivate yourself; ask another administrator")
        await staff_service.update_staff(
            pool=svc.pool,
            staff_id=staff_id,
            changed_by=member.actor,
            clock=svc.clock,
            role=role,
            active=active,
            password=str(form.get("password") or "") or None,
        )
        svc.tokens.clear()  # this process honours the change at once (others within the cache's TTL)
    except FORM_ERRORS as exc:
        return await _refused(request, svc, member, exc)
    return await _staff_page(request, svc, member, changed=True)


@router.post("/staff/{staff_id}/tokens", response_class=HTMLResponse, include_in_schema=False)
async def issue_token(request: Request, staff_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> Response:
    if not member.may_manage_tokens_of(staff_id):
        raise Forbidden(member, Permission.MANAGE_STAFF)
    form = await request.form()
    try:
        days_text = str(form.get("days") or "").strip()
        if days_text and not days_text.isdigit():
            raise ValueError(f"an API token works for 1 to {API_TOKEN_MAX_DAYS} days (default {API_TOKEN_DAYS})")
        token = await staff_service.issue_api_token(
            pool=svc.pool,
            staff_id=staff_id,
            name=str(form.get("name") or "")[:100],
            issued_by=member.actor,
            clock=svc.clock,
            days=int(days_text) if days_text else None,
        )
    except FORM_ERRORS as exc:
        return await _refused(request, svc, member, exc)
    return TEMPLATES.TemplateResponse(request, "token.html", page_context(request, member, token=token))


@router.post("/staff/tokens/{token_id}/revoke", response_class=HTMLResponse, include_in_schema=False)
async def revoke_token(request: Request, token_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> Response:
    try:
        revoked = await staff_service.revoke_api_token(
            pool=svc.pool, token_id=token_id, revoked_by=member.actor, clock=svc.clock, member=member
        )
    except staff_service.NotYourToken as exc:
        raise Forbidden(member, Permission.MANAGE_STAFF, str(exc)) from exc
    except FORM_ERRORS as exc:
        return await _refused(request, svc, member, exc)
    svc.tokens.clear()  # this process refuses the token at once (others within the cache's TTL)
    if not revoked:
        return await _refused(request, svc, member, ValueError("that API token was revoked already"))
    return await _staff_page(request, svc, member, revoked=token_id)

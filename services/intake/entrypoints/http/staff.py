"""Staff accounts in the web app: the list, adding a member, changing one's role, activity or
password, and issuing API tokens (to oneself, or by an administrator to anyone)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from services.intake.domain.staff import Permission, Role, StaffMember, WeakPassword
from services.intake.entrypoints.http.auth import Forbidden, require
from services.intake.entrypoints.http.dependencies import IntakeServices, Services
from services.intake.entrypoints.http.templating import TEMPLATES, page_context
from services.intake.service_layer import staff as staff_service

router = APIRouter()
Admin = Depends(require(Permission.MANAGE_STAFF))
Viewer = Depends(require(Permission.VIEW_CASES))


async def _staff_page(
    request: Request, svc: IntakeServices, member: StaffMember, *, status: int = 200, **extra: Any
) -> Response:
    people = await staff_service.all_staff(pool=svc.pool)
    return TEMPLATES.TemplateResponse(
        request,
        "staff.html",
        page_context(request, member, people=people, roles=list(Role), new_token=None, error=None, **extra),
        status,
    )


@router.get("/staff", response_class=HTMLResponse, include_in_schema=False)
async def staff_page(request: Request, svc: Services, member: StaffMember = Admin) -> Response:
    return await _staff_page(request, svc, member)


@router.post("/staff", response_class=HTMLResponse, include_in_schema=False)
async def add_staff(request: Request, svc: Services, member: StaffMember = Admin) -> Response:
    form = await request.form()
    try:
        role = Role(str(form.get("role") or ""))
        added = await staff_service.create_staff(
            pool=svc.pool,
            email=str(form.get("email") or "")[:320],
            display_name=str(form.get("name") or "")[:200],
            role=role,
            password=str(form.get("password") or "") or None,
            created_by=member.actor,
            clock=svc.clock,
        )
    except (ValueError, staff_service.StaffExists) as exc:
        return await _staff_page(request, svc, member, status=422, error=str(exc) or "choose a role")
    return await _staff_page(request, svc, member, added=added.email)


@router.post("/staff/{staff_id}", response_class=HTMLResponse, include_in_schema=False)
async def change_staff(request: Request, staff_id: uuid.UUID, svc: Services, member: StaffMember = Admin) -> Response:
    form = await request.form()
    try:
        role = Role(str(form["role"])) if form.get("role") else None
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
    except (ValueError, staff_service.StaffNotFound, WeakPassword) as exc:
        return await _staff_page(request, svc, member, status=422, error=str(exc))
    return await _staff_page(request, svc, member, changed=True)


@router.post("/staff/{staff_id}/tokens", response_class=HTMLResponse, include_in_schema=False)
async def issue_token(request: Request, staff_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> Response:
    if staff_id != member.staff_id and not member.can(Permission.MANAGE_STAFF):
        raise Forbidden(member, Permission.MANAGE_STAFF)
    form = await request.form()
    token = await staff_service.issue_api_token(
        pool=svc.pool,
        staff_id=staff_id,
        name=str(form.get("name") or "")[:100],
        issued_by=member.actor,
        clock=svc.clock,
    )
    return TEMPLATES.TemplateResponse(request, "token.html", page_context(request, member, token=token))

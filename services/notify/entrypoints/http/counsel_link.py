"""For users: `/counsel/{token}`, the signed, expiring link in their notice by which they name
their lawyer. Open to the world: the signed token is its credential, and the only secret in any
URL here; pages tell browsers not to send it on as a referrer nor to cache it."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError

from services.notify.domain.links import LinkExpired, LinkInvalid
from services.notify.entrypoints.http.dependencies import page, services
from services.notify.entrypoints.http.internal_api import counsel_from
from services.notify.service_layer import counsel
from services.notify.service_layer.counsel import LinkTarget
from services.notify.service_layer.services import NotifyServices

router = APIRouter()


async def link_target(token: str, notify: NotifyServices) -> LinkTarget | HTMLResponse:
    """The user notice the link belongs to, or the page that says why it does not work."""
    links = notify.policy.links
    if links is None:
        return page("link_error.html.j2", 404, title="Link unavailable", message="Links are not enabled.")
    try:
        return await counsel.counsel_link_target(notify.uow(), links=links, token=token, now=notify.clock())
    except LinkExpired as exc:
        return page("link_error.html.j2", 410, title="Link expired", message=str(exc))
    except LinkInvalid as exc:
        return page("link_error.html.j2", 404, title="Link not valid", message=str(exc))


@router.get("/counsel/{token}", response_class=HTMLResponse, include_in_schema=False)
async def counsel_form(token: str, notify: NotifyServices = Depends(services)) -> HTMLResponse:
    target = await link_target(token, notify)
    if isinstance(target, HTMLResponse):
        return target
    return page(
        "counsel_form.html.j2",
        title="Name your lawyer",
        handle=target.handle,
        case_id=str(target.case_id),
        error=None,
        form={},
    )


@router.post("/counsel/{token}", include_in_schema=False, response_model=None)
async def counsel_submit(
    token: str, request: Request, notify: NotifyServices = Depends(services)
) -> HTMLResponse | JSONResponse:
    target = await link_target(token, notify)
    if isinstance(target, HTMLResponse):
        return target
    wants_json = request.headers.get("content-type", "").startswith("application/json")
    try:
        body = await request.json() if wants_json else dict(await request.form())
        fields: dict[str, Any] = body if isinstance(body, dict) else {}
    except ValueError:
        fields = {}
    try:
        named_counsel = counsel_from(fields)
    except ValidationError:
        if wants_json:
            return JSONResponse({"error": "give the lawyer's name and a valid e-mail address"}, 422)
        return page(
            "counsel_form.html.j2",
            422,
            title="Name your lawyer",
            handle=target.handle,
            case_id=str(target.case_id),
            error="Please give the lawyer's name and a valid e-mail address.",
            form=fields,
        )
    named = await counsel.name_counsel(
        notify.uow(),
        policy=notify.policy,
        handle=target.handle,
        counsel=named_counsel,
        source="USER_LINK",
        named_by=f"notice {target.notice_id}",
        now=notify.clock(),
        trace_id=uuid.uuid4().hex,
        case_id=target.case_id,
    )
    if wants_json:
        return JSONResponse(
            {"handle": named.handle, "case_id": str(target.case_id), "notices_owed": named.notices_owed}, 201
        )
    return page("counsel_done.html.j2", 201, title="Thank you", name=named_counsel.name, case_id=str(target.case_id))

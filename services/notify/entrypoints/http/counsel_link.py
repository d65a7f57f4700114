"""For users: `/counsel/{token}`, the signed, expiring link in their notice by which they name
their lawyer, once; and `/counsel/{token}/renew`, where whoever holds a link asks for a new one,
which goes to the account's own address only. Open to the world: the signed token is its
credential, and the only secret in any URL here; pages tell browsers not to send it on as a
referrer nor to cache it.

A link that cannot be used (not ours, tampered with, expired, or used already) always gets
the same answer: 404 and one page, after the same look-ups. Asking for a new link always gets
the same answer too (202), and the work is done after the answer has gone.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError

from services.notify.domain.links import LINK_NOT_VALID, LinkInvalid
from services.notify.entrypoints.http.dependencies import page, services
from services.notify.entrypoints.http.internal_api import counsel_from
from services.notify.service_layer import counsel
from services.notify.service_layer.counsel import LinkTarget
from services.notify.service_layer.services import NotifyServices
from shared.logging import get_logger

log = get_logger(__name__)

router = APIRouter()


def not_valid(token: str) -> HTMLResponse:
    """The one answer to every link that cannot be used, with the form to ask for a new one."""
    return page("link_error.html.j2", 404, title="Link not valid", message=LINK_NOT_VALID, token=token)


async def link_target(token: str, notify: NotifyServices) -> LinkTarget | HTMLResponse:
    """The user notice the link belongs to, or the page that says it cannot be used."""
    links = notify.policy.links
    if links is None:
        return not_valid(token)
    try:
        return await counsel.counsel_link_target(notify.uow(), links=links, token=token, now=notify.clock())
    except LinkInvalid:
        return not_valid(token)


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
    try:  # checked again, and used up, in the transaction that names counsel
        target, named = await counsel.name_counsel_by_link(
            notify.uow(),
            policy=notify.policy,
            token=token,
            counsel=named_counsel,
            now=notify.clock(),
            trace_id=uuid.uuid4().hex,
        )
    except LinkInvalid:
        return not_valid(token)
    if wants_json:
        return JSONResponse(
            {"handle": named.handle, "case_id": str(target.case_id), "notices_owed": named.notices_owed}, 201
        )
    return page("counsel_done.html.j2", 201, title="Thank you", name=named_counsel.name, case_id=str(target.case_id))


async def _send_new_link(notify: NotifyServices, token: str) -> None:
    try:
        await counsel.send_new_link(
            notify.uow(), policy=notify.policy, token=token, now=notify.clock(), trace_id=uuid.uuid4().hex
        )
    except Exception as exc:  # after the answer: nobody to tell but the log (the user may ask again)
        log.error("a new counsel link could not be owed", error=type(exc).__name__)


@router.post("/counsel/{token}/renew", response_class=HTMLResponse, include_in_schema=False)
async def counsel_renew(token: str, tasks: BackgroundTasks, notify: NotifyServices = Depends(services)) -> HTMLResponse:
    """Ask for a new link. The same answer whatever the link (its account is never named, nor
    whether anything was sent), before any look-up: the work runs once the answer has gone."""
    tasks.add_task(_send_new_link, notify, token)
    return page("link_renewed.html.j2", 202, title="New link")

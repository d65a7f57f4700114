"""For the platform's data stewards: `/holds/{token}`, the signed link in a preservation hold's
mail. GET shows the form (a link scanner fetching it acknowledges nothing); POST acknowledges the
hold's change, once. A link that cannot be used gets a 404 and one page."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from services.notify.domain.links import LINK_NOT_VALID, LinkInvalid
from services.notify.entrypoints.http.dependencies import page, services
from services.notify.service_layer import holds
from services.notify.service_layer.services import NotifyServices

router = APIRouter()


def _not_valid() -> HTMLResponse:
    return page("_hold_error.html.j2", 404, title="Link not valid", message=LINK_NOT_VALID)


@router.get("/holds/{token}", response_class=HTMLResponse, include_in_schema=False)
async def hold_form(token: str, notify: NotifyServices = Depends(services)) -> HTMLResponse:
    links = notify.policy.hold_links
    if links is None or links.genuine(token, now=notify.clock()) is None:
        return _not_valid()
    return page("hold_ack.html.j2", title="Preservation hold", done=False, token=token)


@router.post("/holds/{token}", response_class=HTMLResponse, include_in_schema=False)
async def hold_acknowledge(token: str, notify: NotifyServices = Depends(services)) -> HTMLResponse:
    links = notify.policy.hold_links
    if links is None:
        return _not_valid()
    try:
        done = await holds.acknowledge_hold(notify.uow(), links=links, token=token, now=notify.clock())
    except LinkInvalid:
        return _not_valid()
    return page(
        "hold_ack.html.j2",
        title="Preservation hold acknowledged",
        done=True,
        first=done.first,
        hold_id=str(done.hold_id),
        change=done.change,
    )

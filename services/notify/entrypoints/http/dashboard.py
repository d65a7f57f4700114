"""A small dashboard for legal ops: the notices that need them (behind the service credential)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from services.notify.entrypoints.http.dependencies import page, services
from services.notify.service_layer import dead_letters
from services.notify.service_layer.services import NotifyServices
from shared.vocabulary import NoticeStatus

router = APIRouter()


@router.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
async def dashboard(notify: NotifyServices = Depends(services)) -> HTMLResponse:
    sections = [
        (status.value, await dead_letters.list_notices(notify.uow(), status=status))
        for status in (NoticeStatus.DEAD_LETTER, NoticeStatus.FAILED)
    ]
    return page("dashboard.html.j2", title="Notices that need legal ops", sections=sections)

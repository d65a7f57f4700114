"""The internal API, for operators and other services (staff work in intake's web app): notices
by status (dead letters), a notice's delivery record, retry by hand, counsel of record for an
account, and a case's nondisclosure order. Behind the service credential (``create_app``); the
acting staff member is the `X-Dueprocess-Staff` header, which the credential's holder vouches for."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Header, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.notify.domain.model import CounselOfRecord
from services.notify.entrypoints.http.dependencies import services
from services.notify.service_layer import counsel, dead_letters, gag
from services.notify.service_layer.policy import NoticeNotFound, RetryRefused
from services.notify.service_layer.services import NotifyServices
from shared.internal_api import STAFF_HEADER, staff_missing
from shared.vocabulary import NoticeStatus

router = APIRouter()


class CounselRequest(BaseModel):
    """Counsel of record for an account, as legal ops name them."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=500)
    email: str = Field(min_length=3, max_length=320)
    organization: str | None = Field(default=None, max_length=500)


def counsel_from(fields: dict[str, Any]) -> CounselOfRecord:
    """Counsel of record from submitted fields (raises pydantic's ValidationError)."""
    organization = (fields.get("organization") or "").strip() or None
    return CounselOfRecord(
        name=str(fields.get("name") or ""), email=str(fields.get("email") or ""), organization=organization
    )


@router.get("/api/v1/notices", summary="Notices, by status (e.g. DEAD_LETTER) and case")
async def notices(
    status: NoticeStatus | None = None,
    case_id: uuid.UUID | None = None,
    limit: int = Query(default=200, ge=1, le=1000),
    notify: NotifyServices = Depends(services),
) -> JSONResponse:
    found = await dead_letters.list_notices(notify.uow(), status=status, case_id=case_id, limit=limit)
    return JSONResponse({"notices": found, "count": len(found)})


@router.get("/api/v1/notices/{notice_id}", summary="A notice's delivery record and every attempt")
async def notice(notice_id: uuid.UUID, notify: NotifyServices = Depends(services)) -> JSONResponse:
    try:
        return JSONResponse(await dead_letters.notice_detail(notify.uow(), notice_id=notice_id))
    except NoticeNotFound as exc:
        return JSONResponse({"error": str(exc)}, 404)


@router.post(
    "/api/v1/notices/{notice_id}/retry",
    status_code=202,
    summary="Retry a FAILED or DEAD_LETTER notice by hand (it waits if a gag now forbids it)",
)
async def retry(
    notice_id: uuid.UUID,
    staff: str | None = Header(default=None, alias=STAFF_HEADER),
    notify: NotifyServices = Depends(services),
) -> JSONResponse:
    if (refused := staff_missing(staff)) is not None:
        return refused
    assert staff is not None
    try:
        result = await dead_letters.retry_notice(
            notify.uow(),
            policy=notify.policy,
            notice_id=notice_id,
            actor=staff.strip(),
            now=notify.clock(),
            trace_id=uuid.uuid4().hex,
        )
    except NoticeNotFound as exc:
        return JSONResponse({"error": str(exc)}, 404)
    except RetryRefused as exc:
        return JSONResponse({"error": str(exc)}, 409)
    return JSONResponse(result, 202)


@router.put("/api/v1/accounts/{handle}/counsel", summary="Name the account's counsel of record (legal ops)")
async def put_counsel(
    handle: str,
    body: CounselRequest,
    staff: str | None = Header(default=None, alias=STAFF_HEADER),
    notify: NotifyServices = Depends(services),
) -> JSONResponse:
    if (refused := staff_missing(staff)) is not None:
        return refused
    assert staff is not None
    try:
        named_counsel = counsel_from(body.model_dump())
    except ValidationError as exc:
        return JSONResponse(
            {"error": "invalid counsel", "detail": exc.errors(include_url=False, include_input=False)}, 422
        )
    named = await counsel.name_counsel(
        notify.uow(),
        policy=notify.policy,
        handle=handle,
        counsel=named_counsel,
        source="LEGAL_OPS",
        named_by=staff.strip(),
        now=notify.clock(),
        trace_id=uuid.uuid4().hex,
    )
    return JSONResponse(
        {
            "handle": named.handle,
            "counsel": named_counsel.model_dump(),
            "cases": named.cases,
            "notices_owed": named.notices_owed,
        }
    )


@router.get("/api/v1/accounts/{handle}/counsel", summary="The account's counsel of record")
async def get_counsel(handle: str, notify: NotifyServices = Depends(services)) -> JSONResponse:
    found = await counsel.current_counsel(notify.uow(), handle=handle)
    if found is None:
        return JSONResponse({"error": f"no counsel of record for @{handle.removeprefix('@')}"}, 404)
    return JSONResponse(found)


@router.get("/api/v1/cases/{case_id}/nondisclosure", summary="The case's nondisclosure order and its history")
async def nondisclosure(case_id: uuid.UUID, notify: NotifyServices = Depends(services)) -> JSONResponse:
    found = await gag.gag_state(notify.uow(), case_id=case_id, now=notify.clock())
    if found is None:
        return JSONResponse({"error": f"notify has no review of case {case_id}"}, 404)
    return JSONResponse(found)

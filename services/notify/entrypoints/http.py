"""The notify service's HTTP API and pages.

Internal, for operators and other services: notices by status (dead letters), a notice's
delivery record, retry by hand, counsel of record for an account, a case's nondisclosure
order, and a small dashboard. Staff work in intake's web app; these routes need the service
credential (``Authorization: Bearer <DUEPROCESS_INTERNAL_API_TOKEN>``; none configured: 401).
As in the review service, the acting staff member is the `X-Dueprocess-Staff` header, which
the credential's holder vouches for. /healthz, /readyz, /metrics and the OpenAPI document are
open.

For users: `/counsel/{token}`, the signed, expiring link in their notice by which they name
their lawyer: open to the world, the signed token is its credential. The token is the only
secret in any URL here; pages tell browsers not to send it on as a referrer nor to cache it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

import asyncpg
from fastapi import FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.notify.domain.links import LinkExpired, LinkInvalid
from services.notify.domain.model import CounselOfRecord
from services.notify.service_layer import services
from shared.internal_api import STAFF_HEADER, internal_router, staff_missing
from shared.runtime import add_health_routes
from shared.vocabulary import NoticeStatus

_PAGE_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Frame-Options": "DENY"}


class CounselRequest(BaseModel):
    """Counsel of record for an account, as legal ops name them."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=500)
    email: str = Field(min_length=3, max_length=320)
    organization: str | None = Field(default=None, max_length=500)


@lru_cache(maxsize=1)
def _pages() -> Environment:
    return Environment(
        loader=PackageLoader("services.notify.entrypoints", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        auto_reload=False,
    )


def _page(template: str, status: int = 200, /, **context: Any) -> HTMLResponse:
    return HTMLResponse(_pages().get_template(template).render(**context), status_code=status, headers=_PAGE_HEADERS)


def _counsel(fields: dict[str, Any]) -> CounselOfRecord:
    organization = (fields.get("organization") or "").strip() or None
    return CounselOfRecord(
        name=str(fields.get("name") or ""), email=str(fields.get("email") or ""), organization=organization
    )


def create_app(
    *, pool: asyncpg.Pool, policy: services.NoticePolicy, clock: Callable[[], datetime], internal_api_token: str | None
) -> FastAPI:
    """``internal_api_token`` None closes every staff route (401); the user's link pages stay open."""
    app = FastAPI(
        title="dueprocess notify",
        version="1",
        description="Notices, dead letters and counsel of record (internal: staff use intake). "
        "Authenticate with `Authorization: Bearer <DUEPROCESS_INTERNAL_API_TOKEN>`; name the "
        f"acting staff member in the `{STAFF_HEADER}` header.",
    )
    add_health_routes(app, service="notify", pool=pool)
    api = internal_router(app, token=internal_api_token)

    @api.get("/api/v1/notices", summary="Notices, by status (e.g. DEAD_LETTER) and case")
    async def notices(
        status: NoticeStatus | None = None,
        case_id: uuid.UUID | None = None,
        limit: int = Query(default=200, ge=1, le=1000),
    ) -> JSONResponse:
        found = await services.list_notices(pool=pool, status=status, case_id=case_id, limit=limit)
        return JSONResponse({"notices": found, "count": len(found)})

    @api.get("/api/v1/notices/{notice_id}", summary="A notice's delivery record and every attempt")
    async def notice(notice_id: uuid.UUID) -> JSONResponse:
        try:
            return JSONResponse(await services.notice_detail(pool=pool, notice_id=notice_id))
        except services.NoticeNotFound as exc:
            return JSONResponse({"error": str(exc)}, 404)

    @api.post(
        "/api/v1/notices/{notice_id}/retry",
        status_code=202,
        summary="Retry a FAILED or DEAD_LETTER notice by hand (it waits if a gag now forbids it)",
    )
    async def retry(notice_id: uuid.UUID, staff: str | None = Header(default=None, alias=STAFF_HEADER)) -> JSONResponse:
        if (refused := staff_missing(staff)) is not None:
            return refused
        assert staff is not None
        try:
            result = await services.retry_notice(
                pool=pool,
                policy=policy,
                notice_id=notice_id,
                actor=staff.strip(),
                now=clock(),
                trace_id=uuid.uuid4().hex,
            )
        except services.NoticeNotFound as exc:
            return JSONResponse({"error": str(exc)}, 404)
        except services.RetryRefused as exc:
            return JSONResponse({"error": str(exc)}, 409)
        return JSONResponse(result, 202)

    @api.put("/api/v1/accounts/{handle}/counsel", summary="Name the account's counsel of record (legal ops)")
    async def put_counsel(
        handle: str, body: CounselRequest, staff: str | None = Header(default=None, alias=STAFF_HEADER)
    ) -> JSONResponse:
        if (refused := staff_missing(staff)) is not None:
            return refused
        assert staff is not None
        try:
            counsel = _counsel(body.model_dump())
        except ValidationError as exc:
            return JSONResponse(
                {"error": "invalid counsel", "detail": exc.errors(include_url=False, include_input=False)}, 422
            )
        named = await services.name_counsel(
            pool=pool,
            policy=policy,
            handle=handle,
            counsel=counsel,
            source="LEGAL_OPS",
            named_by=staff.strip(),
            now=clock(),
            trace_id=uuid.uuid4().hex,
        )
        return JSONResponse(
            {
                "handle": named.handle,
                "counsel": counsel.model_dump(),
                "cases": named.cases,
                "notices_owed": named.notices_owed,
            }
        )

    @api.get("/api/v1/accounts/{handle}/counsel", summary="The account's counsel of record")
    async def get_counsel(handle: str) -> JSONResponse:
        found = await services.current_counsel(pool=pool, handle=handle)
        if found is None:
            return JSONResponse({"error": f"no counsel of record for @{handle.removeprefix('@')}"}, 404)
        return JSONResponse(found)

    @api.get("/api/v1/cases/{case_id}/nondisclosure", summary="The case's nondisclosure order and its history")
    async def nondisclosure(case_id: uuid.UUID) -> JSONResponse:
        found = await services.gag_state(pool=pool, case_id=case_id, now=clock())
        if found is None:
            return JSONResponse({"error": f"notify has no review of case {case_id}"}, 404)
        return JSONResponse(found)

    @api.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    async def dashboard() -> HTMLResponse:
        sections = [
            (status.value, await services.list_notices(pool=pool, status=status))
            for status in (NoticeStatus.DEAD_LETTER, NoticeStatus.FAILED)
        ]
        return _page("dashboard.html.j2", title="Notices that need legal ops", sections=sections)

    # --- the user's link --------------------------------------------------------------------

    async def link_target(token: str) -> services.LinkTarget | HTMLResponse:
        if policy.links is None:
            return _page("link_error.html.j2", 404, title="Link unavailable", message="Links are not enabled.")
        try:
            return await services.counsel_link_target(pool=pool, links=policy.links, token=token, now=clock())
        except LinkExpired as exc:
            return _page("link_error.html.j2", 410, title="Link expired", message=str(exc))
        except LinkInvalid as exc:
            return _page("link_error.html.j2", 404, title="Link not valid", message=str(exc))

    @app.get("/counsel/{token}", response_class=HTMLResponse, include_in_schema=False)
    async def counsel_form(token: str) -> HTMLResponse:
        target = await link_target(token)
        if isinstance(target, HTMLResponse):
            return target
        return _page(
            "counsel_form.html.j2",
            title="Name your lawyer",
            handle=target.handle,
            case_id=str(target.case_id),
            error=None,
            form={},
        )

    @app.post("/counsel/{token}", include_in_schema=False, response_model=None)
    async def counsel_submit(token: str, request: Request) -> HTMLResponse | JSONResponse:
        target = await link_target(token)
        if isinstance(target, HTMLResponse):
            return target
        wants_json = request.headers.get("content-type", "").startswith("application/json")
        try:
            body = await request.json() if wants_json else dict(await request.form())
            fields: dict[str, Any] = body if isinstance(body, dict) else {}
        except ValueError:
            fields = {}
        try:
            counsel = _counsel(fields)
        except ValidationError:
            if wants_json:
                return JSONResponse({"error": "give the lawyer's name and a valid e-mail address"}, 422)
            return _page(
                "counsel_form.html.j2",
                422,
                title="Name your lawyer",
                handle=target.handle,
                case_id=str(target.case_id),
                error="Please give the lawyer's name and a valid e-mail address.",
                form=fields,
            )
        named = await services.name_counsel(
            pool=pool,
            policy=policy,
            handle=target.handle,
            counsel=counsel,
            source="USER_LINK",
            named_by=f"notice {target.notice_id}",
            now=clock(),
            trace_id=uuid.uuid4().hex,
            case_id=target.case_id,
        )
        if wants_json:
            return JSONResponse(
                {"handle": named.handle, "case_id": str(target.case_id), "notices_owed": named.notices_owed}, 201
            )
        return _page("counsel_done.html.j2", 201, title="Thank you", name=counsel.name, case_id=str(target.case_id))

    app.include_router(api)
    return app

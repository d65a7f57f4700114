"""Intake's HTTP front: the REST API and the server-rendered form.

Routes only translate HTTP into service-layer calls; they never talk to Kafka (the outbox does).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import asyncpg
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.intake.domain.message import LimitExceeded
from services.intake.domain.model import IdempotencyKeyReused
from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints import api_actions, dismissal, web
from services.intake.entrypoints.auth import Auth
from services.intake.entrypoints.report import report_router
from services.intake.entrypoints.templating import TEMPLATES, form_moment
from services.intake.service_layer import casework, services
from services.intake.service_layer import email as email_service
from services.intake.service_layer import staff as staff_service
from services.intake.service_layer.email import EmailIngestion
from shared.contracts import LegalProcessCase
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger
from shared.runtime import add_health_routes
from shared.vocabulary import DataCategory, ForeignMechanism, NondisclosureKind, ProcessType, RequesterKind

log = get_logger(__name__)
DISMISSED = "this case was dismissed in triage as not legal process: it cannot be confirmed"
CASE_SCHEMA = LegalProcessCase.model_json_schema(ref_template="#/components/schemas/{model}")


class BodyTooLarge(Exception):
    pass


MESSAGE_TYPES = ("message/rfc822", "multipart/form-data")


class BodyLimitMiddleware:
    """Answers 413 for any request body over ``max_bytes``, declared or streamed.

    E-mail uploads (``message/rfc822``, and the form's multipart upload) may be up to
    ``max_message_bytes`` instead: an e-mail with its attachments is bigger than a case JSON.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_message_bytes: int | None = None) -> None:
        self.app = app
        self.default_max_bytes = max_bytes
        self.max_message_bytes = max_message_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower().decode("latin-1")
        limit = self.max_message_bytes if content_type in MESSAGE_TYPES else self.default_max_bytes
        await self._limited(scope, receive, send, limit, headers.get(b"content-length"))

    async def _limited(
        self, scope: Scope, receive: Receive, send: Send, max_bytes: int, declared: bytes | None
    ) -> None:
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await self._too_large(scope, receive, send, max_bytes)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await self._too_large(scope, receive, send, max_bytes)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
        response = JSONResponse({"error": "request body too large", "max_bytes": max_bytes}, status_code=413)
        await response(scope, receive, send)


def field_errors(exc: ValidationError) -> list[dict[str, str]]:
    """Each bad field by its dotted path, with a message a person can act on."""
    errors = []
    for error in exc.errors(include_url=False):
        path = ".".join(str(part) for part in error["loc"] if part not in ("body",)) or "(body)"
        errors.append({"field": path, "message": error["msg"]})
    return errors


def _trace_id(request: Request) -> str:
    traceparent = request.headers.get("traceparent", "")
    parts = traceparent.split("-")
    if len(parts) == 4 and len(parts[1]) == 32:
        return parts[1]
    return uuid.uuid4().hex


def _case_from_form(form: dict[str, Any], categories: list[str], targets_text: str) -> dict[str, Any]:
    """Translate the form's flat fields into DOMAIN.md's case JSON (validation happens after)."""

    def text(name: str) -> str | None:
        value = str(form.get(name) or "").strip()
        return value or None

    zone_name = text("timezone") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = None

    def moment(name: str) -> str | None:
        return form_moment(text(name), zone)

    nondisclosure_present = form.get("nondisclosure_present") == "on"
    emergency_narrative = text("emergency_narrative")
    date_start, date_end = text("date_start"), text("date_end")
    return {
        "process_type": text("process_type"),
        "statute": text("statute"),
        "requester": {
            "name": text("requester_name"),
            "kind": text("requester_kind"),
            "country": text("requester_country"),
            "email": text("requester_email"),
            "verified": form.get("requester_verified") == "on",
            "signer": text("signer"),
            "signer_title": text("signer_title"),
        },
        "targets": [line.strip() for line in targets_text.replace(",", "\n").splitlines() if line.strip()],
        "data_categories": categories,
        "stated_purpose": text("stated_purpose"),
        "date_range": {"start": date_start, "end": date_end} if (date_start or date_end) else None,
        "served_at": moment("served_at"),
        "return_by": moment("return_by"),
        "nondisclosure": {
            "present": nondisclosure_present,
            "kind": text("nondisclosure_kind") if nondisclosure_present else None,
            "expires_at": moment("nondisclosure_expires_at") if nondisclosure_present else None,
        },
        "emergency": {"narrative": emergency_narrative, "verified_out_of_band": form.get("emergency_verified") == "on"}
        if emergency_narrative
        else None,
        "mechanism": text("mechanism"),
        "case_number": text("case_number"),
        "issuing_court": text("issuing_court"),
        "raw_text": text("raw_text"),
    }


async def _posted_case(request: Request) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """The posted demand form: its raw values (to redisplay), the ticked categories, and the
    case JSON they make (validated by the caller)."""
    form_data = await request.form()
    values = {key: form_data.get(key) for key in form_data.keys()}
    categories = [str(value) for value in form_data.getlist("data_categories")]
    return values, categories, _case_from_form(values, categories, str(values.get("targets") or ""))


def _zone_for(document: dict[str, Any]) -> str:
    """An IANA zone name for the form: the offset the extracted dates carry (Etc/GMT+4 is UTC-4)."""
    for name in ("return_by", "served_at"):
        value = document.get(name)
        if not value:
            continue
        try:
            offset = datetime.fromisoformat(value).utcoffset()
        except ValueError:
            continue
        if offset is None or offset.total_seconds() % 3600:
            continue
        hours = int(offset.total_seconds() // 3600)
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return "UTC"


def form_values_from_case(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The form's fields pre-filled from a case JSON (the inverse of ``_case_from_form``)."""
    zone_name = _zone_for(document)
    zone = ZoneInfo(zone_name)

    def local(value: str | None) -> str:
        if not value:
            return ""
        try:
            return datetime.fromisoformat(value).astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        except ValueError:
            return ""

    requester = document.get("requester") or {}
    ndo = document.get("nondisclosure") or {}
    emergency = document.get("emergency") or {}
    date_range = document.get("date_range") or {}
    values = {
        "process_type": document.get("process_type"),
        "statute": document.get("statute"),
        "case_number": document.get("case_number"),
        "issuing_court": document.get("issuing_court"),
        "mechanism": document.get("mechanism"),
        "requester_name": requester.get("name"),
        "requester_kind": requester.get("kind"),
        "requester_country": requester.get("country"),
        "requester_email": requester.get("email"),
        "requester_verified": requester.get("verified"),
        "signer": requester.get("signer"),
        "signer_title": requester.get("signer_title"),
        "targets": "\n".join(document.get("targets") or []),
        "stated_purpose": document.get("stated_purpose"),
        "date_start": date_range.get("start") or "",
        "date_end": date_range.get("end") or "",
        "timezone": zone_name,
        "served_at": local(document.get("served_at")),
        "return_by": local(document.get("return_by")),
        "nondisclosure_present": ndo.get("present"),
        "nondisclosure_kind": ndo.get("kind"),
        "nondisclosure_expires_at": local(ndo.get("expires_at")),
        "emergency_narrative": emergency.get("narrative"),
        "emergency_verified": emergency.get("verified_out_of_band"),
        "raw_text": document.get("raw_text"),
    }
    return values, list(document.get("data_categories") or [])


def create_app(
    *,
    pool: asyncpg.Pool,
    max_request_bytes: int,
    email: EmailIngestion | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    secure_cookies: bool = False,
    token_cache_seconds: float = 5.0,
) -> FastAPI:
    """The web app and the REST API. Every route but login, health and metrics needs a staff
    member with the route's permission: a session (browser) or an API token (Bearer).
    ``token_cache_seconds``: how long a token's member is trusted without asking the database
    (``staff.TokenCache``: the bound on a revocation made elsewhere)."""
    app = FastAPI(
        title="dueprocess intake",
        version="1",
        description="Take in legal process demanding user data: case JSON, or the e-mail it came in (.eml). "
        "Authenticate with `Authorization: Bearer <API token>` (`dueprocess staff token`).",
    )
    email = email or EmailIngestion()
    auth = Auth(pool=pool, clock=clock, secure_cookies=secure_cookies, token_cache_seconds=token_cache_seconds)
    auth.install(app)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=max_request_bytes,
        max_message_bytes=max(max_request_bytes, email.limits.max_message_bytes),
    )
    add_health_routes(app, service="intake", pool=pool)

    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        # Nothing was committed: the caller must retry (with the same Idempotency-Key).
        log.warning("database unavailable", error=type(exc).__name__)
        return JSONResponse(
            {"error": "temporarily unavailable; nothing was recorded, please retry"}, 503, headers={"Retry-After": "5"}
        )

    for unavailable in DATABASE_UNAVAILABLE:  # also while it starts up or shuts down, never a 500
        app.add_exception_handler(unavailable, database_unavailable)

    def form_context(request: Request, **extra: Any) -> dict[str, Any]:
        return {
            "request": request,
            "process_types": list(ProcessType),
            "requester_kinds": list(RequesterKind),
            "data_categories": list(DataCategory),
            "nondisclosure_kinds": list(NondisclosureKind),
            "mechanisms": list(ForeignMechanism),
            "idempotency_key": uuid.uuid4().hex,
            "errors": [],
            "values": {},
            "form_action": "/cases/new",
            "triage": None,
            "email": None,
            "duplicate": False,
            "submit_label": "Record the demand",
            "staff": getattr(request.state, "staff", None),
            "csrf_token": getattr(request.state, "csrf_token", None),
            **extra,
        }

    @app.get("/cases/new", response_class=HTMLResponse, include_in_schema=False)
    async def form(request: Request, member: StaffMember = Depends(auth.require(Permission.SUBMIT))) -> Response:
        return TEMPLATES.TemplateResponse(request, "form.html", form_context(request))

    def triage_context(
        request: Request, view: dict[str, Any], details: dict[str, Any] | None, **extra: Any
    ) -> dict[str, Any]:
        values, selected = form_values_from_case(view["case"])
        context = form_context(
            request,
            values=values,
            selected=selected,
            form_action=f"/cases/{view['case_id']}/confirm",
            triage=view,
            email=details,
            submit_label="Confirm the fields and send the case to review",
        )
        context.update(extra)
        return context

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    async def upload_message(
        request: Request, member: StaffMember = Depends(auth.require(Permission.SUBMIT))
    ) -> Response:
        form_data = await request.form()
        upload = form_data.get("message")
        data = await upload.read() if hasattr(upload, "read") else b""
        if not data:
            context = form_context(request, errors=[{"field": "message", "message": "choose an .eml file to upload"}])
            return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
        try:
            result = await email_service.ingest_message(
                pool=pool,
                raw=data,
                source="web",
                channel="web",
                trace_id=_trace_id(request),
                config=email,
                hold=True,
                submitted_by=member.actor,
            )
        except LimitExceeded as exc:
            context = form_context(request, errors=[{"field": "message", "message": f"refused: {exc}"}])
            return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=413)
        suffix = "?duplicate=1" if result.duplicate else ""
        return RedirectResponse(f"/cases/{result.case_id}{suffix}", status_code=303)

    @app.post("/cases/{case_id}/confirm", response_class=HTMLResponse, include_in_schema=False)
    async def confirm_form(
        request: Request, case_id: uuid.UUID, member: StaffMember = Depends(auth.require(Permission.TRIAGE))
    ) -> Response:
        values, categories, document = await _posted_case(request)
        try:
            case = LegalProcessCase.model_validate(document)
        except ValidationError as exc:
            view = await services.case_view(pool=pool, case_id=case_id)
            if view is None:
                return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
            details = await email_service.email_details(pool=pool, case_id=case_id)
            context = triage_context(
                request, view, details, errors=field_errors(exc), values=values, selected=categories
            )
            return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
        outcome = await email_service.confirm_case(
            pool=pool, case_id=case_id, case=case, confirmed_by=member.actor, trace_id=_trace_id(request)
        )
        if outcome == "not_found":
            return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
        if outcome == "dismissed":
            return RedirectResponse(f"/cases/{case_id}?error={quote(DISMISSED)}", status_code=303)
        await staff_service.record_case_access(
            pool=pool,
            case_id=case_id,
            member=member,
            action="TRIAGE_CONFIRMED",
            clock=clock,
            detail={"outcome": outcome},
        )
        return RedirectResponse(f"/cases/{case_id}?done=confirmed", status_code=303)

    @app.post("/cases/new", response_class=HTMLResponse, include_in_schema=False)
    async def submit_form(request: Request, member: StaffMember = Depends(auth.require(Permission.SUBMIT))) -> Response:
        values, categories, document = await _posted_case(request)
        try:
            case = LegalProcessCase.model_validate(document)
            submitted = await services.submit_case(
                pool=pool,
                case=case,
                channel="web",
                trace_id=_trace_id(request),
                idempotency_key=str(values.get("idempotency_key") or "") or None,
                submitted_by=member.actor,
            )
        except (ValidationError, IdempotencyKeyReused) as exc:
            errors = (
                field_errors(exc) if isinstance(exc, ValidationError) else [{"field": "(form)", "message": str(exc)}]
            )
            context = form_context(request, errors=errors, values=values, selected=categories)
            context["idempotency_key"] = values.get("idempotency_key") or context["idempotency_key"]
            return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
        return RedirectResponse(f"/cases/{submitted.case_id}?done=submitted", status_code=303)

    web.register(app, pool=pool, auth=auth, clock=clock, triage_context=triage_context)
    dismissal.register(app, pool=pool, auth=auth, clock=clock, trace_id=_trace_id, triage_context=triage_context)
    app.include_router(report_router(pool=pool, authorize=auth.require(Permission.VIEW_REPORTS)))

    @app.post(
        "/api/v1/cases",
        status_code=201,
        summary="Submit a demand (DOMAIN.md case JSON)",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": CASE_SCHEMA},
                    "message/rfc822": {
                        "schema": {"type": "string", "format": "binary"},
                        "description": "the e-mail as received (.eml): fields are extracted from it",
                    },
                },
            },
            "parameters": [
                {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string", "maxLength": 200},
                }
            ],
        },
        responses={
            200: {"description": "An e-mail repeating an earlier case (DUPLICATE_REQUEST): the first case's id"},
            201: {"description": "Accepted and durably stored (an e-mail may be held for triage: see status)"},
            400: {"description": "The body is not JSON"},
            413: {"description": "The body, a message or an attachment is too large, or too complex"},
            415: {"description": "The body is neither application/json nor message/rfc822"},
            422: {"description": "Invalid fields, each named"},
        },
    )
    async def create_case(
        request: Request, member: StaffMember = Depends(auth.require(Permission.SUBMIT))
    ) -> JSONResponse:
        content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if content_type == "message/rfc822":
            return await create_case_from_message(request, member)
        if content_type not in ("application/json", "application/problem+json", ""):
            return JSONResponse(
                {
                    "error": f"unsupported content type {content_type!r}; "
                    "send application/json (a case) or message/rfc822 (an e-mail)"
                },
                415,
            )
        key = request.headers.get("idempotency-key")
        if key is not None and not (0 < len(key) <= 200):
            return JSONResponse({"error": "Idempotency-Key must be 1 to 200 characters"}, 400)
        body = await request.body()
        try:
            case = LegalProcessCase.model_validate_json(body)
        except ValidationError as exc:
            errors = field_errors(exc)
            if any(error["type"] == "json_invalid" for error in exc.errors()):
                return JSONResponse({"error": "the body is not valid JSON", "details": errors}, 400)
            return JSONResponse({"error": "invalid case", "fields": errors}, 422)
        try:
            submitted = await services.submit_case(
                pool=pool,
                case=case,
                channel="api",
                trace_id=_trace_id(request),
                idempotency_key=key,
                submitted_by=member.actor,
            )
        except IdempotencyKeyReused as exc:
            return JSONResponse({"error": str(exc)}, 422)
        headers = {"Location": f"/api/v1/cases/{submitted.case_id}"}
        if submitted.replayed:
            headers["Idempotent-Replayed"] = "true"
        return JSONResponse({"case_id": str(submitted.case_id)}, 201, headers=headers)

    async def create_case_from_message(request: Request, member: StaffMember) -> JSONResponse:
        body = await request.body()
        if not body:
            return JSONResponse({"error": "the body is empty; send the e-mail as received (.eml)"}, 400)
        cli = request.headers.get("user-agent", "").startswith("dueprocess-cli")
        try:
            result = await email_service.ingest_message(
                pool=pool,
                raw=body,
                source="cli" if cli else "api",
                channel="api",
                trace_id=_trace_id(request),
                config=email,
                submitted_by=member.actor,
            )
        except LimitExceeded as exc:
            return JSONResponse({"error": str(exc), "limit": exc.limit}, 413)
        document: dict[str, Any] = {"case_id": str(result.case_id), "status": result.status, "sha256": result.sha256}
        headers = {"Location": f"/api/v1/cases/{result.case_id}"}
        if result.duplicate:
            document.update(
                duplicate_of=str(result.case_id),
                findings=[
                    {
                        "code": "DUPLICATE_REQUEST",
                        "explanation": f"This message repeats case {result.case_id} ({result.duplicate_reason}); "
                        "it is linked to it and not processed twice.",
                    }
                ],
            )
            return JSONResponse(document, 200, headers=headers)
        document["triage_reasons"] = list(result.triage_reasons)
        return JSONResponse(document, 201, headers=headers)

    @app.post(
        "/api/v1/cases/{case_id}/confirm",
        summary="Confirm a held (triage) case's fields",
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": CASE_SCHEMA}}}},
    )
    async def confirm_case_api(
        request: Request, case_id: uuid.UUID, member: StaffMember = Depends(auth.require(Permission.TRIAGE))
    ) -> JSONResponse:
        try:
            case = LegalProcessCase.model_validate_json(await request.body())
        except ValidationError as exc:
            return JSONResponse({"error": "invalid case", "fields": field_errors(exc)}, 422)
        outcome = await email_service.confirm_case(
            pool=pool, case_id=case_id, case=case, confirmed_by=member.actor, trace_id=_trace_id(request)
        )
        if outcome == "not_found":
            return JSONResponse({"error": f"no case {case_id}"}, 404)
        if outcome == "dismissed":
            return JSONResponse({"error": DISMISSED, "case_id": str(case_id), "status": "DISMISSED"}, 409)
        await staff_service.record_case_access(
            pool=pool,
            case_id=case_id,
            member=member,
            action="TRIAGE_CONFIRMED",
            clock=clock,
            detail={"outcome": outcome},
        )
        return JSONResponse(
            {"case_id": str(case_id), "status": "RECEIVED", "already_confirmed": outcome == "already_confirmed"}, 200
        )

    @app.get("/api/v1/cases/{case_id}", summary="A case with its review and notices")
    async def get_case(
        case_id: uuid.UUID, member: StaffMember = Depends(auth.require(Permission.VIEW_CASES))
    ) -> JSONResponse:
        view = await casework.case_page(pool=pool, case_id=case_id, member=member, now=clock())
        if view is None:
            return JSONResponse({"error": f"no case {case_id}"}, 404)
        view["email"] = await email_service.email_details(pool=pool, case_id=case_id)
        view["state"] = api_actions.state_document(view.pop("state"))
        view["requests"] = [api_actions.request_document(entry) for entry in view["requests"]]
        view["audit"] = [api_actions.request_document(entry) for entry in view["audit"]]
        return JSONResponse(view)

    @app.get("/api/v1/cases", summary="The most recent cases")
    async def list_cases(
        limit: int = 50, member: StaffMember = Depends(auth.require(Permission.VIEW_CASES))
    ) -> JSONResponse:
        rows = await services.recent_cases(pool=pool, limit=max(1, min(limit, 500)))
        return JSONResponse(
            [{**row, "case_id": str(row["case_id"]), "received_at": row["received_at"].isoformat()} for row in rows]
        )

    api_actions.register(app, pool=pool, auth=auth, clock=clock, trace_id=_trace_id)
    return app


class SecurityHeadersMiddleware:
    """Headers every page carries: no framing, no sniffing, scripts and styles only from us."""

    HEADERS = [
        (
            b"content-security-policy",
            b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            b"img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
            b"base-uri 'none'; object-src 'none'",
        ),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"cache-control", b"no-store"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (name, value) for name, value in self.HEADERS if name not in present
                ]
            await send(message)

        await self.app(scope, receive, with_headers)

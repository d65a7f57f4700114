"""Intake's HTTP front: the REST API and the server-rendered form.

Routes only translate HTTP into service-layer calls; they never talk to Kafka (the outbox does).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.intake.domain.model import IdempotencyKeyReused
from services.intake.service_layer import services
from shared.contracts import LegalProcessCase
from shared.logging import get_logger
from shared.runtime import add_health_routes
from shared.vocabulary import DataCategory, ForeignMechanism, NondisclosureKind, ProcessType, RequesterKind

log = get_logger(__name__)
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
CASE_SCHEMA = LegalProcessCase.model_json_schema(ref_template="#/components/schemas/{model}")


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Answers 413 for any request body over ``max_bytes``, declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse(
            {"error": "request body too large", "max_bytes": self.max_bytes}, status_code=413
        )
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
        value = text(name)
        if value is None or zone is None:
            return value
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value  # validation names the field
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)).isoformat()

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


def create_app(*, pool: asyncpg.Pool, max_request_bytes: int) -> FastAPI:
    app = FastAPI(
        title="dueprocess intake",
        version="1",
        description="Take in legal process demanding user data.",
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_request_bytes)
    add_health_routes(app, service="intake", pool=pool)

    @app.exception_handler(asyncpg.PostgresConnectionError)
    @app.exception_handler(asyncpg.InterfaceError)
    @app.exception_handler(OSError)
    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        # Nothing was committed: the caller must retry (with the same Idempotency-Key).
        log.warning("database unavailable", error=type(exc).__name__)
        return JSONResponse({"error": "temporarily unavailable; nothing was recorded, please retry"}, 503,
                            headers={"Retry-After": "5"})

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
            **extra,
        }

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form(request: Request) -> Response:
        recent = await services.recent_cases(pool=pool, limit=20)
        return TEMPLATES.TemplateResponse(request, "form.html", form_context(request, recent=recent))

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def submit_form(request: Request) -> Response:
        form_data = await request.form()
        values = {key: form_data.get(key) for key in form_data.keys()}
        categories = [str(value) for value in form_data.getlist("data_categories")]
        document = _case_from_form(values, categories, str(values.get("targets") or ""))
        try:
            case = LegalProcessCase.model_validate(document)
            submitted = await services.submit_case(
                pool=pool,
                case=case,
                channel="web",
                trace_id=_trace_id(request),
                idempotency_key=str(values.get("idempotency_key") or "") or None,
            )
        except (ValidationError, IdempotencyKeyReused) as exc:
            errors = (
                field_errors(exc)
                if isinstance(exc, ValidationError)
                else [{"field": "(form)", "message": str(exc)}]
            )
            context = form_context(request, errors=errors, values=values, selected=categories, recent=[])
            context["idempotency_key"] = values.get("idempotency_key") or context["idempotency_key"]
            return TEMPLATES.TemplateResponse(request, "form.html", context, status_code=422)
        return RedirectResponse(f"/cases/{submitted.case_id}", status_code=303)

    @app.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
    async def case_page(request: Request, case_id: uuid.UUID) -> Response:
        view = await services.case_view(pool=pool, case_id=case_id)
        if view is None:
            return TEMPLATES.TemplateResponse(request, "not_found.html", {"case_id": case_id}, status_code=404)
        return TEMPLATES.TemplateResponse(request, "case.html", {"view": view})

    @app.post(
        "/api/v1/cases",
        status_code=201,
        summary="Submit a demand (DOMAIN.md case JSON)",
        openapi_extra={
            "requestBody": {"required": True, "content": {"application/json": {"schema": CASE_SCHEMA}}},
            "parameters": [
                {"name": "Idempotency-Key", "in": "header", "required": False, "schema": {"type": "string", "maxLength": 200}}
            ],
        },
        responses={
            201: {"description": "Accepted and durably stored"},
            400: {"description": "The body is not JSON"},
            413: {"description": "The body is too large"},
            415: {"description": "The body is not application/json"},
            422: {"description": "Invalid fields, each named"},
        },
    )
    async def create_case(request: Request) -> JSONResponse:
        content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if content_type not in ("application/json", "application/problem+json", ""):
            return JSONResponse({"error": f"unsupported content type {content_type!r}; send application/json"}, 415)
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
                pool=pool, case=case, channel="api", trace_id=_trace_id(request), idempotency_key=key
            )
        except IdempotencyKeyReused as exc:
            return JSONResponse({"error": str(exc)}, 422)
        headers = {"Location": f"/api/v1/cases/{submitted.case_id}"}
        if submitted.replayed:
            headers["Idempotent-Replayed"] = "true"
        return JSONResponse({"case_id": str(submitted.case_id)}, 201, headers=headers)

    @app.get("/api/v1/cases/{case_id}", summary="A case with its review and notices")
    async def get_case(case_id: uuid.UUID) -> JSONResponse:
        view = await services.case_view(pool=pool, case_id=case_id)
        if view is None:
            return JSONResponse({"error": f"no case {case_id}"}, 404)
        return JSONResponse(view)

    @app.get("/api/v1/cases", summary="The most recent cases")
    async def list_cases(limit: int = 50) -> JSONResponse:
        rows = await services.recent_cases(pool=pool, limit=max(1, min(limit, 500)))
        return JSONResponse(
            [{**row, "case_id": str(row["case_id"]), "received_at": row["received_at"].isoformat()} for row in rows]
        )

    return app

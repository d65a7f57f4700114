"""The REST API's cases: submit a demand (case JSON, or the e-mail it came in), read one, list
the most recent. Routes only translate HTTP into service-layer calls; they never talk to Kafka
(the outbox does)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from services.intake.domain.message import LimitExceeded
from services.intake.domain.model import IdempotencyKeyReused
from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints.http.actions import request_document, state_document
from services.intake.entrypoints.http.auth import require
from services.intake.entrypoints.http.dependencies import IntakeServices, Services, TraceId
from services.intake.entrypoints.http.forms import field_errors
from services.intake.service_layer import casework, services
from services.intake.service_layer import email as email_service
from shared.contracts import LegalProcessCase

CASE_SCHEMA = LegalProcessCase.model_json_schema(ref_template="#/components/schemas/{model}")

router = APIRouter()
Submitter = Depends(require(Permission.SUBMIT))
Viewer = Depends(require(Permission.VIEW_CASES))


@router.post(
    "/api/v1/cases",
    status_code=201,
    summary="Submit a demand (docs/domain.md case JSON)",
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
async def create_case(request: Request, svc: Services, trace: TraceId, member: StaffMember = Submitter) -> JSONResponse:
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type == "message/rfc822":
        return await _create_case_from_message(request, svc, trace, member)
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
            pool=svc.pool,
            case=case,
            channel="api",
            trace_id=trace,
            idempotency_key=key,
            submitted_by=member.actor,
            received_at=svc.clock(),
        )
    except IdempotencyKeyReused as exc:
        return JSONResponse({"error": str(exc)}, 422)
    headers = {"Location": f"/api/v1/cases/{submitted.case_id}"}
    if submitted.replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse({"case_id": str(submitted.case_id)}, 201, headers=headers)


async def _create_case_from_message(
    request: Request, svc: IntakeServices, trace: str, member: StaffMember
) -> JSONResponse:
    body = await request.body()
    if not body:
        return JSONResponse({"error": "the body is empty; send the e-mail as received (.eml)"}, 400)
    cli = request.headers.get("user-agent", "").startswith("dueprocess-cli")
    try:
        result = await email_service.ingest_message(
            pool=svc.pool,
            raw=body,
            source="cli" if cli else "api",
            channel="api",
            trace_id=trace,
            config=svc.email,
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


@router.get("/api/v1/cases/{case_id}", summary="A case with its review and notices")
async def get_case(case_id: uuid.UUID, svc: Services, member: StaffMember = Viewer) -> JSONResponse:
    view = await casework.case_page(pool=svc.pool, case_id=case_id, member=member, now=svc.clock())
    if view is None:
        return JSONResponse({"error": f"no case {case_id}"}, 404)
    view["email"] = await email_service.email_details(pool=svc.pool, case_id=case_id)
    view["state"] = state_document(view.pop("state"))
    view["requests"] = [request_document(entry) for entry in view["requests"]]
    view["audit"] = [request_document(entry) for entry in view["audit"]]
    return JSONResponse(view)


@router.get("/api/v1/cases", summary="The most recent cases")
async def list_cases(svc: Services, limit: int = 50, member: StaffMember = Viewer) -> JSONResponse:
    rows = await services.recent_cases(pool=svc.pool, limit=max(1, min(limit, 500)))
    return JSONResponse(
        [{**row, "case_id": str(row["case_id"]), "received_at": row["received_at"].isoformat()} for row in rows]
    )

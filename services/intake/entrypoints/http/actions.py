"""The API's staff actions on a case: ask, then poll the request for review's or notify's answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from services.intake.domain.case_state import CaseState, RequesterCheck
from services.intake.domain.staff import Permission, StaffMember, permission_for
from services.intake.entrypoints.http.auth import Forbidden, require
from services.intake.entrypoints.http.dependencies import Services, TraceId
from services.intake.service_layer import casework
from shared.contracts import CounselNaming, Nondisclosure, RequesterConfirmation
from shared.vocabulary import DataCategory, Disposition, StaffRequest

router = APIRouter()
Viewer = Depends(require(Permission.VIEW_CASES))


class ActionBody(BaseModel):
    """One staff request. ``reason`` is required to override a recommendation (review refuses
    otherwise); the other fields belong to the actions named beside them."""

    model_config = ConfigDict(extra="forbid")

    action: StaffRequest
    reason: str | None = Field(default=None, max_length=10_000)
    disposition: Disposition | None = None  # DECIDE
    nondisclosure: Nondisclosure | None = None  # NDO_CHANGED
    return_by: AwareDatetime | None = None  # RETURN_DATE_MOVED
    produced: list[DataCategory] = Field(default_factory=list, max_length=20)  # PRODUCTION_MADE
    counsel: CounselNaming | None = None  # NAME_COUNSEL
    confirmation: RequesterConfirmation | None = None  # CONFIRM_REQUESTER


def state_document(state: CaseState) -> dict[str, Any]:
    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "stage": state.stage.value,
        "tier": state.tier,
        "recommendation": state.recommendation,
        "decision": state.decision,
        "sla": state.sla.value,
        "acknowledge_by": iso(state.acknowledge_by),
        "acknowledged_at": iso(state.acknowledged_at),
        "decided_at": iso(state.decided_at),
        "return_by": iso(state.return_by),
        "nondisclosure": state.nondisclosure,
        "production_hold": state.production_hold,
        # An unverified requester: WAITING (the user notice waits for verification), CONFIRMED, DISMISSED.
        "requester_check": state.requester_check.value if state.requester_check else None,
        "user_notice_waits_for": "REQUESTER_VERIFICATION" if state.requester_check is RequesterCheck.WAITING else None,
    }


def request_document(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        key: (
            value.isoformat() if isinstance(value, datetime) else str(value) if isinstance(value, uuid.UUID) else value
        )
        for key, value in entry.items()
    }


async def stage_request(
    *,
    pool: asyncpg.Pool,
    case_id: uuid.UUID,
    member: StaffMember,
    body: ActionBody,
    clock: Callable[[], datetime],
    trace_id: str,
) -> uuid.UUID:
    """Authorise the action for the member's role, then stage it. Raises Forbidden, CaseNotFound, NotReady."""
    if not member.can(permission_for(body.action.value)):
        raise Forbidden(member, permission_for(body.action.value))
    return await casework.request_action(
        pool=pool,
        case_id=case_id,
        member=member,
        action=body.action,
        clock=clock,
        trace_id=trace_id,
        reason=body.reason,
        disposition=body.disposition,
        nondisclosure=body.nondisclosure,
        return_by=body.return_by,
        produced=body.produced,
        counsel=body.counsel,
        confirmation=body.confirmation,
    )


@router.post(
    "/api/v1/cases/{case_id}/actions",
    status_code=202,
    summary=(
        "Ask for a staff action (acknowledge, decide, record an event, release a notice, name counsel,"
        " confirm an unverified requester out of band or dismiss its demand)"
    ),
    responses={
        202: {"description": "Staged; poll the Location for the outcome"},
        401: {"description": "No valid session or API token"},
        403: {"description": "Your role may not take this action"},
        404: {"description": "No such case"},
        409: {"description": "The case cannot take actions yet (triage, or not reviewed)"},
    },
)
async def ask(
    case_id: uuid.UUID, body: ActionBody, svc: Services, trace: TraceId, member: StaffMember = Viewer
) -> JSONResponse:
    try:
        request_id = await stage_request(
            pool=svc.pool, case_id=case_id, member=member, body=body, clock=svc.clock, trace_id=trace
        )
    except casework.CaseNotFound as exc:
        return JSONResponse({"error": str(exc)}, 404)
    except casework.NotReady as exc:
        return JSONResponse({"error": str(exc)}, 409)
    location = f"/api/v1/cases/{case_id}/actions/{request_id}"
    return JSONResponse({"request_id": str(request_id), "status": "PENDING"}, 202, headers={"Location": location})


@router.get("/api/v1/cases/{case_id}/actions/{request_id}", summary="A staff request and its outcome")
async def outcome(
    case_id: uuid.UUID, request_id: uuid.UUID, svc: Services, member: StaffMember = Viewer
) -> JSONResponse:
    found = await casework.action_request(pool=svc.pool, request_id=request_id)
    if found is None or found["case_id"] != case_id:
        return JSONResponse({"error": f"no request {request_id} on case {case_id}"}, 404)
    return JSONResponse(request_document(found))

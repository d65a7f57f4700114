"""The review service's internal HTTP API: counsel's actions on a case, and its ladder state.

Staff work in intake's web app and API (logins, roles, API tokens); intake sends their
actions here over Kafka. This API is for operators and other services: every route but
/healthz, /readyz and the OpenAPI document needs the service credential
(``Authorization: Bearer <DUEPROCESS_INTERNAL_API_TOKEN>``; none configured: 401). The acting
staff member is still named by the `X-Dueprocess-Staff` header, which the credential's holder
vouches for.

Every route is declared on the module-level ``router`` and reads the wired
:class:`ReviewServices` from the app's state; ``create_app`` puts it there and includes the
router behind the service credential.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from services.review.domain.decisions import ActionRefused
from services.review.entrypoints.dependencies import ReviewServices, Services
from services.review.service_layer import services
from shared.contracts import Nondisclosure
from shared.internal_api import STAFF_HEADER, internal_router, staff_missing
from shared.runtime import add_health_routes
from shared.vocabulary import CounselAction, DataCategory, Disposition, NondisclosureKind

__all__ = ["STAFF_HEADER", "ReviewServices", "create_app", "router"]


class ActionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=10_000)


class DecisionRequest(ActionRequest):
    """Accept the recommendation (no disposition, or the same one) or override it with a reason."""

    disposition: Disposition | None = None


class NondisclosureRequest(ActionRequest):
    """The nondisclosure order as it now stands: issued, extended, modified, or lifted (no kind).

    ``expires_at`` null with a court order or NSL certification means indefinite.
    """

    kind: NondisclosureKind | None = None
    expires_at: AwareDatetime | None = None

    def terms(self) -> Nondisclosure:
        return Nondisclosure(
            present=self.kind is not None, kind=self.kind, expires_at=self.expires_at if self.kind is not None else None
        )


class ReturnDateRequest(ActionRequest):
    """The new return date, and who moved it."""

    return_by: AwareDatetime


class ProductionRequest(ActionRequest):
    """A production made: what (the categories produced; empty: as reviewed), to whom, how."""

    produced: list[DataCategory] = Field(default_factory=list, max_length=20)


router = APIRouter()
# The acting staff member, vouched for by the holder of the service credential.
Staff = Annotated[str | None, Header(alias=STAFF_HEADER)]


async def act(
    svc: ReviewServices,
    case_id: uuid.UUID,
    action: CounselAction,
    staff: str | None,
    reason: str | None,
    disposition: Disposition | None = None,
    **details: Any,
) -> JSONResponse:
    """Record ``action`` on the case for ``staff``: 201 with the decision event, 400 without a
    staff member, 404 for no such case, 409 when the ladder refuses it."""
    if (refused := staff_missing(staff)) is not None:
        return refused
    assert staff is not None
    try:
        decided = await services.record_action(
            pool=svc.pool,
            case_id=case_id,
            action=action,
            actor=staff[:200],
            reason=reason,
            disposition=disposition,
            clock=svc.clock,
            trace_id=uuid.uuid4().hex,
            **details,
        )
    except services.CaseNotFound as exc:
        return JSONResponse({"error": str(exc)}, 404)
    except ActionRefused as exc:
        return JSONResponse({"error": str(exc)}, 409)
    return JSONResponse(decided.model_dump(mode="json"), 201)


@router.get("/api/v1/cases/{case_id}", summary="The review, the escalation state, pending timers and actions")
async def get_case(case_id: uuid.UUID, svc: Services) -> JSONResponse:
    try:
        return JSONResponse(await services.case_state(pool=svc.pool, case_id=case_id))
    except services.CaseNotFound as exc:
        return JSONResponse({"error": str(exc)}, 404)


@router.post("/api/v1/cases/{case_id}/acknowledge", status_code=201, summary="Acknowledge: stops the SLA timer")
async def acknowledge(
    case_id: uuid.UUID, svc: Services, body: ActionRequest | None = None, staff: Staff = None
) -> JSONResponse:
    return await act(svc, case_id, CounselAction.ACKNOWLEDGE, staff, body.reason if body else None)


@router.post(
    "/api/v1/cases/{case_id}/decision",
    status_code=201,
    summary="Decide: accept the recommendation, or override it with a written reason",
)
async def decide(case_id: uuid.UUID, body: DecisionRequest, svc: Services, staff: Staff = None) -> JSONResponse:
    return await act(svc, case_id, CounselAction.DECIDE, staff, body.reason, body.disposition)


@router.post("/api/v1/cases/{case_id}/user-objected", status_code=201, summary="Record the user's objection")
async def user_objected(case_id: uuid.UUID, body: ActionRequest, svc: Services, staff: Staff = None) -> JSONResponse:
    return await act(svc, case_id, CounselAction.USER_OBJECTED, staff, body.reason)


@router.post("/api/v1/cases/{case_id}/challenge-filed", status_code=201, summary="Record a challenge filed")
async def challenge_filed(case_id: uuid.UUID, body: ActionRequest, svc: Services, staff: Staff = None) -> JSONResponse:
    return await act(svc, case_id, CounselAction.CHALLENGE_FILED, staff, body.reason)


@router.post("/api/v1/cases/{case_id}/release-notice", status_code=201, summary="Release a withheld user notice")
async def release_notice(case_id: uuid.UUID, body: ActionRequest, svc: Services, staff: Staff = None) -> JSONResponse:
    return await act(svc, case_id, CounselAction.RELEASE_NOTICE, staff, body.reason)


@router.post(
    "/api/v1/cases/{case_id}/nondisclosure",
    status_code=201,
    summary="Record the nondisclosure order's terms now: issued, extended, modified or lifted (no kind)",
)
async def nondisclosure(
    case_id: uuid.UUID, body: NondisclosureRequest, svc: Services, staff: Staff = None
) -> JSONResponse:
    return await act(svc, case_id, CounselAction.NDO_CHANGED, staff, body.reason, nondisclosure=body.terms())


@router.post("/api/v1/cases/{case_id}/return-date", status_code=201, summary="Record a moved return date")
async def return_date(case_id: uuid.UUID, body: ReturnDateRequest, svc: Services, staff: Staff = None) -> JSONResponse:
    return await act(svc, case_id, CounselAction.RETURN_DATE_MOVED, staff, body.reason, return_by=body.return_by)


@router.post("/api/v1/cases/{case_id}/production-made", status_code=201, summary="Record a production made")
async def production_made(
    case_id: uuid.UUID, body: ProductionRequest, svc: Services, staff: Staff = None
) -> JSONResponse:
    return await act(svc, case_id, CounselAction.PRODUCTION_MADE, staff, body.reason, produced=body.produced)


def create_app(services: ReviewServices, *, internal_api_token: str | None) -> FastAPI:
    """The counsel API over ``services``. ``internal_api_token`` None closes every route but
    health (401). No /metrics here: the service's metrics listener serves them (shared.metrics)."""
    app = FastAPI(
        title="dueprocess review",
        version="1",
        description="Counsel's actions (internal: staff use intake). Authenticate with "
        "`Authorization: Bearer <DUEPROCESS_INTERNAL_API_TOKEN>`; name the acting staff "
        f"member in the `{STAFF_HEADER}` header.",
    )
    app.state.services = services
    add_health_routes(app, service="review", pool=services.pool)
    guarded = internal_router(app, token=internal_api_token)
    guarded.include_router(router)
    app.include_router(guarded)
    return app

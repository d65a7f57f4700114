"""Casework: the queue, the case page, and staff's requests for actions on a case.

Invariants:
- a request is stored, audited and staged on legal-process.action-requested.v1 in one
  transaction; intake never carries an action out itself (review and notify do, and answer);
- every case page view appends to the audit chain before the page is returned; the page's
  trail starts with who submitted the case (``intake.cases.submitted_by``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg

from services.intake.adapters.action_requests import ActionRequestRepository
from services.intake.adapters.case_queue import CaseQueue
from services.intake.adapters.repository import SCHEMA, CaseRepository
from services.intake.domain.case_state import CaseState, Stage, derive_state
from services.intake.domain.staff import StaffMember
from shared import audit, inbox
from shared.contracts import (
    CounselNaming,
    Envelope,
    Nondisclosure,
    RequesterConfirmation,
    StaffActionOutcome,
    StaffActionRequested,
    envelope,
)
from shared.db import UnitOfWork
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import DataCategory, Disposition, StaffRequest

PRODUCER = "intake"
log = get_logger(__name__)


class CaseNotFound(LookupError):
    pass


class NotReady(ValueError):
    """The case cannot take this request yet (still in triage, or not reviewed)."""


def state_of(row: dict[str, Any], *, now: datetime) -> CaseState:
    return derive_state(
        document=row["document"],
        held=row.get("held_reasons") is not None,
        review=row.get("review"),
        acknowledge_by=row.get("acknowledge_by"),
        timeline=list(row.get("timeline") or []),
        now=now,
        dismissed=row.get("dismissed_at") is not None,
    )


async def case_queue(
    *,
    pool: asyncpg.Pool,
    now: datetime,
    text: str | None = None,
    process_type: str | None = None,
    stage: str | None = None,
    tier: str | None = None,
    sla: str | None = None,
    sort: str = "urgency",
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Cases with their derived state, filtered, most urgent first (or newest, or by return date).
    Cases dismissed in triage (not legal process) are left out unless ``stage`` is DISMISSED."""
    async with pool.acquire() as conn:
        rows = await CaseQueue(conn).cases(
            text=(text or "").strip() or None,
            process_type=process_type or None,
            limit=limit,
            dismissed=stage == Stage.DISMISSED.value,
        )
    entries: list[tuple[dict[str, Any], CaseState]] = []
    for row in rows:
        state = state_of(row, now=now)
        if (stage and state.stage.value != stage) or (tier and state.tier != tier) or (sla and state.sla.value != sla):
            continue
        if not stage and not state.stage.in_default_queue:
            continue
        entries.append((row, state))
    if sort == "urgency":
        entries.sort(key=lambda entry: entry[1].urgency)
    elif sort == "return_by":
        entries.sort(
            key=lambda entry: (
                entry[1].return_by is None,
                entry[1].return_by.timestamp() if entry[1].return_by else 0,
            )
        )
    return [{"row": row, "state": state} for row, state in entries]


def submission_entry(view: dict[str, Any]) -> list[dict[str, Any]]:
    """Who submitted the case, as the first entry of its audit trail. A submission is recorded on
    the case row itself (``submitted_by``, in the insert that stores the case), not in the audit
    chain: there one lock serialises every append, and every submission waited on it."""
    if not view.get("submitted_by"):
        return []
    return [
        {
            "seq": None,
            "actor": view["submitted_by"],
            "action": "SUBMITTED",
            "detail": {"channel": view["channel"]},
            "at": datetime.fromisoformat(view["received_at"]),
        }
    ]


async def case_page(
    *, pool: asyncpg.Pool, case_id: uuid.UUID, member: StaffMember, now: datetime, purpose: str = "VIEWED"
) -> dict[str, Any] | None:
    """The case view, its derived state and staff requests; the view is audited."""
    async with UnitOfWork(pool) as uow:
        view = await CaseRepository(uow.conn).view(case_id)
        if view is None:
            return None
        requests = await ActionRequestRepository(uow.conn).of_case(case_id)
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=case_id,
            actor=member.actor,
            action=purpose,
            detail={"staff_id": str(member.staff_id), "role": member.role.value},
            at=now,
        )
        trail = await audit.case_entries(uow.conn, schema=SCHEMA, case_id=case_id)
    view["audit"] = submission_entry(view) + trail
    view["state"] = derive_state(
        document=view["case"],
        held=view["held_reasons"] is not None,
        review=view["review"],
        acknowledge_by=view.get("acknowledge_by"),
        timeline=view["timeline"],
        now=now,
        dismissed=view.get("dismissed_at") is not None,
    )
    view["requests"] = requests
    return view


async def request_action(
    *,
    pool: asyncpg.Pool,
    case_id: uuid.UUID,
    member: StaffMember,
    action: StaffRequest,
    clock: Callable[[], datetime],
    trace_id: str,
    reason: str | None = None,
    disposition: Disposition | None = None,
    nondisclosure: Nondisclosure | None = None,
    return_by: datetime | None = None,
    produced: list[DataCategory] | None = None,
    counsel: CounselNaming | None = None,
    confirmation: RequesterConfirmation | None = None,
) -> uuid.UUID:
    """Stage the request for review (or notify, for NAME_COUNSEL); returns its id.

    Raises CaseNotFound, or NotReady while the case waits for triage or its review.
    """
    now = clock()
    request = StaffActionRequested(
        request_id=uuid.uuid4(),
        action=action,
        requested_by=member.actor,
        requested_at=now,
        reason=(reason or "").strip() or None,
        disposition=disposition,
        nondisclosure=nondisclosure,
        return_by=return_by,
        produced=produced or [],
        counsel=counsel,
        confirmation=confirmation,
    )
    async with UnitOfWork(pool) as uow:
        view = await CaseRepository(uow.conn).view(case_id)
        if view is None:
            raise CaseNotFound(f"no case {case_id}")
        if view.get("dismissed_at") is not None:
            raise NotReady("this case was dismissed in triage as not legal process: it takes no actions")
        if view["held_reasons"] is not None:
            raise NotReady("this case is waiting for triage: confirm its fields first")
        if view["review"] is None:
            raise NotReady("this case has not been reviewed yet; try again in a moment")
        detail = request.model_dump(
            mode="json", exclude={"request_id", "requested_by", "requested_at", "action"}, exclude_none=True
        )
        await ActionRequestRepository(uow.conn).add(
            request_id=request.request_id,
            case_id=case_id,
            action=action.value,
            requested_by=member.actor,
            requested_at=now,
            detail=detail,
        )
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=case_id,
            actor=member.actor,
            action=f"REQUESTED_{action.value}",
            detail={
                "staff_id": str(member.staff_id),
                "request_id": str(request.request_id),
                "reason": request.reason,
                **({"confirmation": confirmation.model_dump(mode="json")} if confirmation is not None else {}),
            },
            at=now,
        )
        event = envelope(request, case_id=case_id, trace_id=trace_id, producer=PRODUCER)
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=request.TOPIC, event=event)
    log.info("staff request staged", case_id=str(case_id), action=action.value)
    return request.request_id


async def record_outcome(*, pool: asyncpg.Pool, consumer: str, event: Envelope[StaffActionOutcome]) -> None:
    answer = event.payload
    async with UnitOfWork(pool) as uow:
        if await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            await ActionRequestRepository(uow.conn).answer(
                request_id=answer.request_id, status=answer.outcome, outcome=answer.detail, at=answer.answered_at
            )


async def action_request(*, pool: asyncpg.Pool, request_id: uuid.UUID) -> dict[str, Any] | None:
    async with pool.acquire() as conn:
        return await ActionRequestRepository(conn).get(request_id)


async def case_progress(*, pool: asyncpg.Pool, case_id: uuid.UUID) -> dict[str, Any]:
    """What changed on a case since its page was drawn (``CaseQueue.progress``): not a view of it."""
    async with pool.acquire() as conn:
        return await CaseQueue(conn).progress(case_id)

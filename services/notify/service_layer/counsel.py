"""Counsel of record: named by legal ops (HTTP), by staff in intake (``staff-action.requested``:
NAME_COUNSEL) or by the user through the signed link in their notice; and who it is now.

From then on counsel receives every notice on the matter; counsel named after notices went
out is owed one now, worded from the matter's current state and what has happened so far,
with the status the gag implies. Waiting notices to the counsel it replaces are no longer owed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from services.notify.domain.lifecycle import plan_matter_notices
from services.notify.domain.links import CounselLinks, LinkInvalid
from services.notify.domain.model import AccountContact, CounselOfRecord
from services.notify.service_layer.matters import load_matter
from services.notify.service_layer.owing import cancel, owe_all
from services.notify.service_layer.policy import PRODUCER, NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.contracts import Envelope, StaffActionOutcome, StaffActionRequested, envelope
from shared.handles import normalize_handle
from shared.logging import get_logger
from shared.vocabulary import NoticeRole, NoticeStatus, StaffRequest

log = get_logger(__name__)

#: A counsel notice still waiting: the one a newly named counsel replaces is cancelled.
_REPLACEABLE = (NoticeStatus.PENDING, NoticeStatus.SCHEDULED, NoticeStatus.WITHHELD)


@dataclass(frozen=True)
class CounselNamed:
    handle: str
    cases: int
    notices_owed: int


@dataclass(frozen=True)
class LinkTarget:
    notice_id: uuid.UUID
    case_id: uuid.UUID
    handle: str


async def name_counsel(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    handle: str,
    counsel: CounselOfRecord,
    source: str,
    named_by: str,
    now: datetime,
    trace_id: str,
    case_id: uuid.UUID | None = None,
) -> CounselNamed:
    """Name counsel of record for an account (or, with ``case_id``, for one matter).

    From then on counsel receives every notice on the matter; counsel named after notices
    went out is owed one now, worded from the matter's current state and what has happened
    so far, with the status the gag implies. Waiting notices to the counsel it replaces are
    no longer owed (CANCELLED); nothing already sent is touched.
    """
    async with uow:
        named = await appoint_counsel(
            uow,
            policy=policy,
            handle=handle,
            counsel=counsel,
            source=source,
            named_by=named_by,
            now=now,
            trace_id=trace_id,
            case_id=case_id,
        )
    log.info("counsel of record named", source=source, cases=named.cases, notices_owed=named.notices_owed)
    return named


async def carry_out_request(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    consumer: str,
    event: Envelope[StaffActionRequested],
    now: datetime,
) -> None:
    """NAME_COUNSEL asked for by staff in intake: name counsel for the case's account, and answer.

    Claim, naming and answer commit together. Every other request is review's: ignored here.
    """
    request = event.payload
    if request.action is not StaffRequest.NAME_COUNSEL:
        return
    async with uow:
        if not await uow.inbox.claim(consumer=consumer, event_id=event.event_id):
            return
        outcome: Literal["DONE", "REFUSED"]
        try:
            if request.counsel is None:
                raise ValueError("NAME_COUNSEL needs the counsel's name and e-mail address")
            counsel = CounselOfRecord(
                name=request.counsel.name, email=request.counsel.email, organization=request.counsel.organization
            )
            named = await appoint_counsel(
                uow,
                policy=policy,
                handle=request.counsel.account,
                counsel=counsel,
                source="staff",
                named_by=request.requested_by,
                now=now,
                trace_id=event.trace_id,
                case_id=event.case_id,
            )
            outcome = "DONE"
            detail = (
                f"counsel of record named for @{named.handle}; "
                f"{named.notices_owed} notice{'s' if named.notices_owed != 1 else ''} owed to counsel"
            )
        except ValueError as exc:  # pydantic's ValidationError is a ValueError: a bad address
            outcome, detail = "REFUSED", str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        answer = StaffActionOutcome(
            request_id=request.request_id,
            action=request.action,
            outcome=outcome,
            detail=detail,
            answered_by=PRODUCER,
            answered_at=now,
        )
        await uow.publish(
            answer.TOPIC, envelope(answer, case_id=event.case_id, trace_id=event.trace_id, producer=PRODUCER)
        )
    log.info("staff request answered", case_id=str(event.case_id), action=request.action.value, outcome=outcome)


async def appoint_counsel(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    handle: str,
    counsel: CounselOfRecord,
    source: str,
    named_by: str,
    now: datetime,
    trace_id: str,
    case_id: uuid.UUID | None,
) -> CounselNamed:
    """``name_counsel`` inside the caller's unit of work."""
    handle = handle.strip().removeprefix("@")
    entry = await uow.contacts.entry(handle)
    canonical = entry.handle if entry else handle
    await uow.contacts.appoint(
        handle=canonical,
        name=counsel.name,
        email=counsel.email,
        organization=counsel.organization,
        source=source,
        named_by=named_by[:200],
        case_id=case_id,
        at=now,
    )
    cases = [(c, h) for c, h in await uow.matters.cases_of(canonical) if case_id is None or c == case_id]
    owed = 0
    for matter_id, case_handle in cases:
        await uow.matters.lock_case(matter_id)
        matter = await load_matter(uow.matters, matter_id, lock=True)
        if matter is None:
            continue
        for stored in await uow.notices.counsel_notices(matter_id, case_handle):
            if stored.recipient.lower() != counsel.email.lower() and stored.status in _REPLACEABLE:
                await cancel(uow, stored, trace_id=trace_id, now=now)
        contact = AccountContact(handle=case_handle, contact_email=None, counsel=counsel)
        notices = plan_matter_notices(
            case_id=matter_id,
            reviewed=matter.reviewed,
            contacts={case_handle: contact},
            gag=matter.gag,
            now=now,
            roles=frozenset({NoticeRole.COUNSEL}),
            requester=matter.requester,
        )
        owed += await owe_all(
            uow, notices, policy=policy, matter=matter, trace_id=trace_id, now=now, context={"with_history": True}
        )
    return CounselNamed(handle=canonical, cases=len(cases), notices_owed=owed)


async def current_counsel(uow: AbstractUnitOfWork, *, handle: str) -> dict[str, Any] | None:
    """The account's counsel of record: the newest named for the account, else the directory's."""
    handle = handle.strip().removeprefix("@")
    async with uow:
        appointed = await uow.contacts.appointed([handle])
        found = appointed.get(normalize_handle(handle))
        if found is not None:
            return {"handle": found.handle, "counsel": found.counsel(), "source": "appointed"}
        entry = await uow.contacts.entry(handle)
    if entry and entry.counsel:
        return {"handle": entry.handle, "counsel": entry.counsel, "source": "directory"}
    return None


async def counsel_link_target(uow: AbstractUnitOfWork, *, links: CounselLinks, token: str, now: datetime) -> LinkTarget:
    """The user notice a genuine, unexpired link belongs to; raises LinkInvalid (or LinkExpired)."""
    notice_id, signed_at = links.notice_of(token, now=now)
    async with uow:
        notice = await uow.notices.get(notice_id)
    if notice is None or notice.role is not NoticeRole.USER or not notice.handle:
        raise LinkInvalid("this link is not valid")
    links.check_fresh(signed_at=signed_at, sent_at=notice.sent_at, now=now)
    return LinkTarget(notice_id=notice_id, case_id=notice.case_id, handle=notice.handle)

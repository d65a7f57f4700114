"""Counsel of record: named by legal ops (HTTP), by staff in intake (``staff-action.requested``:
NAME_COUNSEL) or by the user through the signed link in their notice; and who it is now.

From then on counsel receives every notice on the matter; counsel named after notices went
out is owed one now, worded from the matter's current state and what has happened so far,
with the status the gag implies. Waiting notices to the counsel it replaces are no longer owed.

Whenever the counsel of record changes (the first naming too, whoever named them), the account
holder is told at the account's own address (COUNSEL_CHANGED, in the same transaction: at
least once, once per change). A user's link names counsel once: the naming consumes it
atomically; a later change needs a fresh link (COUNSEL_LINK), which is only ever sent to the
account's own address, on request from a link's page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from services.notify.domain.counsel_notices import (
    LINK_KINDS,
    counsel_changed_context,
    plan_counsel_changed,
    plan_counsel_link,
)
from services.notify.domain.lifecycle import plan_matter_notices, user_side_status
from services.notify.domain.links import LINK_NOT_VALID, NO_NOTICE, CounselLinks, LinkInvalid, LinkUsed
from services.notify.domain.model import AccountContact, CounselOfRecord
from services.notify.domain.records import DirectoryEntry
from services.notify.service_layer.matters import Matter, load_matter
from services.notify.service_layer.owing import cancel, owe, owe_all
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
    appointment_id: uuid.UUID | None = None
    users_told: int = 0


@dataclass(frozen=True)
class LinkTarget:
    """The user notice a usable link belongs to (``recipient``: the address it went to)."""

    notice_id: uuid.UUID
    case_id: uuid.UUID
    handle: str
    recipient: str


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


async def name_counsel_by_link(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    token: str,
    counsel: CounselOfRecord,
    now: datetime,
    trace_id: str,
) -> tuple[LinkTarget, CounselNamed]:
    """The user names counsel for the matter of their notice through its link, which this uses up.

    Raises ``LinkInvalid`` (the same for a link not ours, expired, or used) and changes nothing.
    Of two namings through one link at the same time, exactly one succeeds: the other waits for
    it (``consume_link``) and finds the link used, and its whole transaction is undone.
    """
    links = policy.links
    if links is None:
        raise LinkInvalid(LINK_NOT_VALID)
    async with uow:
        target = await _link_target(uow, links=links, token=token, now=now)
        named = await appoint_counsel(
            uow,
            policy=policy,
            handle=target.handle,
            counsel=counsel,
            source="USER_LINK",
            named_by=f"notice {target.notice_id}",
            now=now,
            trace_id=trace_id,
            case_id=target.case_id,
            user_address=target.recipient,
        )
        if not await uow.contacts.consume_link(notice_id=target.notice_id, appointment_id=named.appointment_id, at=now):
            raise LinkUsed(LINK_NOT_VALID)
    log.info("counsel of record named through a link", notices_owed=named.notices_owed)
    return target, named


async def send_new_link(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, token: str, now: datetime, trace_id: str
) -> bool:
    """Someone holding a link (used, expired or not) asks for a fresh one: it is owed to the
    address of the link's account as the directory has it now (else the one the link went to),
    never to the asker. At most one an hour per asking link. True if one is owed now.

    The asker is never told what happened (the caller answers the same whatever this returns).
    """
    links = policy.links
    if links is None:
        return False
    genuine = links.genuine(token, now=now)
    async with uow:
        notice = await uow.notices.get(genuine[0] if genuine else NO_NOTICE)
        if genuine is None or notice is None or not _links_to_counsel(notice.role, notice.kind, notice.handle):
            return False
        if notice.sent_at is None or notice.handle is None:
            return False
        entry = await uow.contacts.entry(notice.handle)
        address = (entry.contact_email if entry else None) or notice.recipient
        matter = await load_matter(uow.matters, notice.case_id)
        if matter is None or matter.requester.dismissed:
            return False
        fresh = plan_counsel_link(
            case_id=notice.case_id,
            handle=notice.handle,
            address=address,
            asked_with=notice.notice_id,
            now=now,
            status=_user_side(matter, now),
        )
        owed = await owe(uow, fresh, policy=policy, matter=matter, trace_id=trace_id, now=now, context={})
    log.info("a new counsel link asked for", owed=owed)
    return owed


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
    user_address: str | None = None,
) -> CounselNamed:
    """``name_counsel`` inside the caller's unit of work. The account holder is told of the change
    at the account's own address (the directory's; else ``user_address``, where their link went)."""
    handle = handle.strip().removeprefix("@")
    entry = await uow.contacts.entry(handle)
    canonical = entry.handle if entry else handle
    cases = [(c, h) for c, h in await uow.matters.cases_of(canonical) if case_id is None or c == case_id]
    before = {matter_id: await _counsel_now(uow, canonical, entry, matter_id) for matter_id, _ in cases}
    appointment_id = await uow.contacts.appoint(
        handle=canonical,
        name=counsel.name,
        email=counsel.email,
        organization=counsel.organization,
        source=source,
        named_by=named_by[:200],
        case_id=case_id,
        at=now,
    )
    owed = told = 0
    address = (entry.contact_email if entry else None) or user_address
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
        previous = before.get(matter_id)
        if _same_counsel(previous, counsel) or matter.requester.dismissed:
            continue
        if address is None:
            log.warning("counsel of record changed; no address to tell the account holder", case_id=str(matter_id))
            continue
        change = plan_counsel_changed(
            case_id=matter_id,
            handle=case_handle,
            address=address,
            appointment_id=appointment_id,
            status=_user_side(matter, now),
        )
        context = counsel_changed_context(counsel, source=source, first=previous is None, at=now)
        told += await owe(uow, change, policy=policy, matter=matter, trace_id=trace_id, now=now, context=context)
    return CounselNamed(
        handle=canonical, cases=len(cases), notices_owed=owed, appointment_id=appointment_id, users_told=told
    )


def _user_side(matter: Matter, now: datetime) -> tuple[NoticeStatus, datetime | None]:
    """The status of a notice to the account holder about ``matter`` (the gag, the requester)."""
    return user_side_status(review=matter.reviewed.review, gag=matter.gag, now=now, requester=matter.requester)


async def _counsel_now(
    uow: AbstractUnitOfWork, handle: str, entry: DirectoryEntry | None, case_id: uuid.UUID
) -> CounselOfRecord | None:
    """Who is counsel of record for ``handle`` in the case now: the newest named, else the directory's."""
    appointed = (await uow.contacts.appointed([handle], case_id=case_id)).get(normalize_handle(handle))
    found = appointed.counsel() if appointed is not None else (entry.counsel if entry else None)
    if not found:
        return None
    try:
        return CounselOfRecord.model_validate(found)
    except ValueError:  # a directory entry without a usable address names nobody we could tell
        return None


def _same_counsel(previous: CounselOfRecord | None, counsel: CounselOfRecord) -> bool:
    return (
        previous is not None
        and previous.email.casefold() == counsel.email.casefold()
        and previous.name.casefold() == counsel.name.casefold()
    )


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


def _links_to_counsel(role: NoticeRole, kind: object, handle: str | None) -> bool:
    """Whether a notice's words carry a link to name counsel (a user's notice about a matter)."""
    return role is NoticeRole.USER and kind in LINK_KINDS and bool(handle)


async def counsel_link_target(uow: AbstractUnitOfWork, *, links: CounselLinks, token: str, now: datetime) -> LinkTarget:
    """The user notice a usable link belongs to; raises ``LinkInvalid`` (the same for every reason)."""
    async with uow:
        return await _link_target(uow, links=links, token=token, now=now)


async def _link_target(uow: AbstractUnitOfWork, *, links: CounselLinks, token: str, now: datetime) -> LinkTarget:
    """``counsel_link_target`` in the caller's unit. Every token costs the same look-ups (a token
    not ours looks up a notice that does not exist) and fails with the same ``LinkInvalid``, so
    neither the answer nor its time tells a link not ours from an expired or a used one."""
    genuine = links.genuine(token, now=now)
    notice_id, signed_at = genuine if genuine is not None else (NO_NOTICE, now)
    notice = await uow.notices.get(notice_id)
    used = await uow.contacts.link_used(notice_id)
    if genuine is None or notice is None or not _links_to_counsel(notice.role, notice.kind, notice.handle):
        raise LinkInvalid(LINK_NOT_VALID)
    links.check_fresh(signed_at=signed_at, sent_at=notice.sent_at, now=now)
    if used:
        raise LinkUsed(LINK_NOT_VALID)
    assert notice.handle is not None
    return LinkTarget(notice_id=notice_id, case_id=notice.case_id, handle=notice.handle, recipient=notice.recipient)

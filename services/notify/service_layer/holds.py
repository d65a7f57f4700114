"""Preservation holds (``legal-hold.v1``): every change is mailed to each data steward named in
configuration with a signed link to acknowledge it; a steward who does not is reminded, then
reported to legal ops; acknowledging (once) cancels both (``domain.holds``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from services.notify.domain.holds import HoldLinks, plan_steward_notices
from services.notify.domain.links import LinkInvalid
from services.notify.domain.model import NoticeKind
from services.notify.service_layer.owing import cancel, owe
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.contracts import Envelope, LegalHoldChanged
from shared.logging import get_logger

log = get_logger(__name__)


async def mail_stewards(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, consumer: str, event: Envelope[LegalHoldChanged], now: datetime
) -> int:
    """Owe each steward the hold's change (due now), its reminder and legal ops' escalation
    (SCHEDULED). Once per event (inbox) and per steward and change (the notice keys)."""
    async with uow:
        if not await uow.inbox.claim(consumer=consumer, event_id=event.event_id):
            return 0
        added = 0
        for notice, ack, steward in plan_steward_notices(
            case_id=event.case_id,
            event=event.payload,
            policy=policy.stewards,
            counsel_by_tier=policy.counsel_by_tier,
            now=now,
        ):
            added += await owe(
                uow,
                notice,
                policy=policy,
                matter=None,
                trace_id=event.trace_id,
                now=now,
                context={"hold": event.payload.model_dump(mode="json"), "steward": steward, "ack_notice": str(ack)},
            )
    log.info(
        "hold mailed to the data stewards",
        hold_id=str(event.payload.hold_id),
        change=event.payload.change,
        notices=added,
        case_id=str(event.case_id),
    )
    return added


@dataclass(frozen=True)
class Acknowledged:
    hold_id: uuid.UUID
    change: str
    steward: str
    first: bool  # False: acknowledged before (the link acknowledges once)


async def acknowledge_hold(uow: AbstractUnitOfWork, *, links: HoldLinks, token: str, now: datetime) -> Acknowledged:
    """A steward followed their link: record the acknowledgement (once) and cancel the reminder
    and the escalation still owed for it. Raises LinkInvalid for a token not ours, tampered
    with, of a notice not sent, or expired."""
    async with uow:
        notice_id, signed_at = links.notice_of(token, now=now)
        stored = await uow.notices.get(notice_id, lock=True)
        if stored is None or stored.kind is not NoticeKind.HOLD_STEWARD:
            raise LinkInvalid("not a hold acknowledgement")
        links.check_fresh(signed_at=signed_at, sent_at=stored.sent_at, now=now)
        first = await uow.contacts.consume_link(notice_id=notice_id, appointment_id=None, at=now)
        if first:
            for kind in (NoticeKind.HOLD_STEWARD_REMINDER, NoticeKind.HOLD_ESCALATION):
                for waiting in await uow.notices.waiting_of_kind(stored.case_id, kind):
                    if waiting.occasion == stored.occasion:
                        await cancel(uow, waiting, trace_id=uuid.uuid4().hex, now=now)
        context = stored.context or {}
        hold = LegalHoldChanged.model_validate(context["hold"])
    log.info("hold acknowledged", hold_id=str(hold.hold_id), change=hold.change, first=first)
    return Acknowledged(hold_id=hold.hold_id, change=hold.change, steward=stored.recipient, first=first)

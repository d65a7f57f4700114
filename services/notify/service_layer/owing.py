"""Recording what is owed and telling the rest of the platform, inside the caller's unit of work:
a notice owed (worded now, ``notice.planned`` staged), a notice moved, a notice dispatched, and
legal ops alerted to a notice that was not delivered."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from services.notify.domain.lifecycle import plan_delivery_alert
from services.notify.domain.model import AccountContact, NoticeKind, PlannedNotice
from services.notify.domain.records import StoredNotice
from services.notify.service_layer.matters import Matter, load_matter
from services.notify.service_layer.policy import PRODUCER, NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from services.notify.service_layer.wording import word
from shared.contracts import LegalProcessEscalated, LegalProcessReviewed, NoticeDispatched, NoticePlanned, envelope
from shared.vocabulary import NoticeRole, NoticeStatus


async def owe(
    uow: AbstractUnitOfWork,
    notice: PlannedNotice,
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    trace_id: str,
    now: datetime,
    context: Mapping[str, Any] | None = None,
    escalated: LegalProcessEscalated | None = None,
) -> bool:
    """Record one owed notice (worded now) and stage ``notice.planned``; False if it already was."""
    rendered = word(notice, policy=policy, matter=matter, context=context, now=now, escalated=escalated)
    added = await uow.notices.add(notice=notice, rendered=rendered, trace_id=trace_id, now=now, context=context)
    if added:
        planned = notice.to_event()
        await uow.publish(
            planned.TOPIC, envelope(planned, case_id=notice.case_id, trace_id=trace_id, producer=PRODUCER)
        )
    return added


async def owe_all(
    uow: AbstractUnitOfWork,
    notices: Sequence[PlannedNotice],
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    trace_id: str,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> int:
    added = 0
    for notice in notices:
        added += await owe(uow, notice, policy=policy, matter=matter, trace_id=trace_id, now=now, context=context)
    return added


async def publish_moved(
    uow: AbstractUnitOfWork,
    notice: StoredNotice,
    *,
    status: NoticeStatus,
    not_before: datetime | None,
    trace_id: str,
    case_id: uuid.UUID | None = None,
) -> None:
    """Stage ``notice.planned`` for a notice that now has ``status`` (moved, cancelled, retried)."""
    planned = NoticePlanned(
        notice_id=notice.notice_id,
        role=NoticeRole(notice.role),
        recipient=notice.recipient,
        status=status,
        not_before=not_before,
        kind=notice.kind.value,
    )
    out = envelope(planned, case_id=case_id or notice.case_id, trace_id=trace_id, producer=PRODUCER)
    await uow.publish(planned.TOPIC, out)


async def cancel(uow: AbstractUnitOfWork, notice: StoredNotice, *, trace_id: str, now: datetime) -> None:
    """A waiting notice is no longer owed: CANCELLED (its ``not_before`` kept), and published so."""
    await uow.notices.move(
        notice_id=notice.notice_id, status=NoticeStatus.CANCELLED, not_before=notice.not_before, now=now
    )
    await publish_moved(uow, notice, status=NoticeStatus.CANCELLED, not_before=notice.not_before, trace_id=trace_id)


async def publish_dispatched(
    uow: AbstractUnitOfWork,
    notice: StoredNotice,
    *,
    status: NoticeStatus,
    message_id: str | None,
    now: datetime,
    attempts: int,
) -> None:
    dispatched = NoticeDispatched(
        notice_id=notice.notice_id,
        role=notice.role,
        recipient=notice.recipient,
        status=status,
        message_id=message_id,
        dispatched_at=now,
        attempts=attempts,
        kind=notice.kind.value,
    )
    out = envelope(dispatched, case_id=notice.case_id, trace_id=notice.trace_id, producer=PRODUCER)
    await uow.publish(dispatched.TOPIC, out)


async def alert_legal_ops(
    uow: AbstractUnitOfWork,
    notice: StoredNotice,
    *,
    policy: NoticePolicy,
    outcome: NoticeStatus,
    attempts: int,
    smtp_code: int | None,
    now: datetime,
) -> None:
    """Tell legal ops a notice was not delivered, without the recipient or the content. Not for
    a failed alert itself."""
    if notice.kind is NoticeKind.DELIVERY_ALERT:
        return
    alert = plan_delivery_alert(
        case_id=notice.case_id,
        notice_id=notice.notice_id,
        outcome=outcome,
        attempts=attempts,
        counsel_by_tier=policy.counsel_by_tier,
    )
    matter = await load_matter(uow.matters, notice.case_id)
    await owe(
        uow,
        alert,
        policy=policy,
        matter=matter,
        trace_id=notice.trace_id,
        now=now,
        context={
            "notice_id": str(notice.notice_id),
            "role": notice.role.value,
            "kind": notice.kind.value,
            "outcome": outcome.value,
            "attempts": attempts,
            "smtp_code": smtp_code,
        },
    )


async def contacts_of(
    uow: AbstractUnitOfWork, reviewed: LegalProcessReviewed, case_id: uuid.UUID
) -> dict[str, AccountContact]:
    """The review's targets as the directory knows them, with their counsel of record."""
    entries = await uow.contacts.matching(reviewed.review.targets, case_id=case_id)
    return {entry.handle: AccountContact.model_validate(entry.as_dict()) for entry in entries}

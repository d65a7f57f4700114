"""The gag (nondisclosure order) and the notices it holds: moving the user's and their counsel's
notices when it changes, reminding and flagging counsel, and what it means now.

Invariant: no notice to a user or their counsel of record is sent while a valid
nondisclosure order is in force (``domain.lifecycle``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from services.notify.domain.lifecycle import (
    internal_tier,
    moved_to,
    ndo_concern,
    plan_ndo_flag,
    plan_ndo_reminder,
    user_side_status,
)
from services.notify.domain.model import NoticeKind
from services.notify.domain.records import StoredNotice
from services.notify.domain.reexamination import plan_reexamination, reexamination_context, still_binds
from services.notify.domain.verification import AWAITING_REQUESTER, awaiting_requester
from services.notify.service_layer.matters import Matter, load_matter
from services.notify.service_layer.owing import cancel, owe, publish_moved
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from services.notify.service_layer.wording import word


async def move_user_side(
    uow: AbstractUnitOfWork,
    matter: Matter,
    *,
    policy: NoticePolicy,
    trace_id: str,
    now: datetime,
    reword_all: bool = False,
) -> int:
    """Give every owed, unsent notice to the case's users and their counsel the status the
    gag implies now (worded again: "we could not tell you before …" follows the gag)."""
    target = user_side_status(review=matter.reviewed.review, gag=matter.gag, now=now, requester=matter.requester)
    moved = 0
    for stored in await uow.notices.waiting_user_side(matter.case_id):
        destination = moved_to(status=stored.status, not_before=stored.not_before, target=target)
        if destination is None:
            if reword_all:
                rendered = word(stored.planned(), policy=policy, matter=matter, context=stored.context, now=now)
                await uow.notices.reword(notice_id=stored.notice_id, now=now, rendered=rendered)
            continue
        status, not_before = destination
        notice = stored.planned().model_copy(update={"status": status, "not_before": not_before})
        rendered = word(notice, policy=policy, matter=matter, context=stored.context, now=now)
        await uow.notices.move(
            notice_id=stored.notice_id, status=status, not_before=not_before, now=now, rendered=rendered
        )
        await publish_moved(
            uow, stored, status=status, not_before=not_before, trace_id=trace_id, case_id=matter.case_id
        )
        moved += 1
    return moved


async def gag_alerts(
    uow: AbstractUnitOfWork,
    matter: Matter,
    *,
    policy: NoticePolicy,
    trace_id: str,
    now: datetime,
    starts_at: datetime | None,
) -> int:
    """Remind counsel before the gag expires; flag a gag counsel must weigh. Reminders for
    earlier versions of the gag that are still waiting are no longer owed (CANCELLED)."""
    review = matter.reviewed.review
    current = f"v{matter.gag.version}"
    # One query for both kinds: this runs for every review, gag or none.
    for stored in await uow.notices.waiting_of_kind(matter.case_id, NoticeKind.NDO_REMINDER, NoticeKind.NDO_REEXAMINE):
        of_this_gag = (
            stored.occasion == current
            if stored.kind is NoticeKind.NDO_REMINDER
            else (stored.occasion or "").startswith(f"{current}:")
        )
        if not of_this_gag:
            await cancel(uow, stored, trace_id=trace_id, now=now)
    tier = internal_tier(review.escalation_tier)
    nd = matter.gag.nondisclosure.model_dump(mode="json")
    added = 0
    reminder = plan_ndo_reminder(
        case_id=matter.case_id,
        gag=matter.gag,
        tier=tier,
        counsel_by_tier=policy.counsel_by_tier,
        remind_before=policy.ndo_reminder_before,
        now=now,
    )
    if reminder is not None:
        added += await owe(
            uow, reminder, policy=policy, matter=matter, trace_id=trace_id, now=now, context={"nondisclosure": nd}
        )
    concern = ndo_concern(
        nondisclosure=matter.gag.nondisclosure,
        requester_kind=review.requester.kind,
        starts_at=starts_at,
        now=now,
        max_term_days=policy.ndo_federal_max_days,
        finding_codes=[f.code for f in review.findings] if matter.gag.version == 1 else (),
    )
    if starts_at is not None:
        added += await owe_reexamination(uow, matter, policy=policy, starts_at=starts_at, trace_id=trace_id, now=now)
    if concern is not None and not matter.gag.released:
        status, not_before = user_side_status(review=review, gag=matter.gag, now=now, requester=matter.requester)
        flag = plan_ndo_flag(case_id=matter.case_id, gag=matter.gag, tier=tier, counsel_by_tier=policy.counsel_by_tier)
        added += await owe(
            uow,
            flag,
            policy=policy,
            matter=matter,
            trace_id=trace_id,
            now=now,
            context={
                "nondisclosure": nd,
                "concern": {"code": concern.code, "explanation": concern.explanation},
                "user_notice": [status.value, not_before.isoformat() if not_before else None],
            },
        )
    return added


async def owe_reexamination(
    uow: AbstractUnitOfWork,
    matter: Matter,
    *,
    policy: NoticePolicy,
    starts_at: datetime,
    trace_id: str,
    now: datetime,
    after: datetime | None = None,
) -> int:
    """Owe counsel the gag's next yearly re-examination (``domain.reexamination``), once per gag
    version and anniversary; 0 when none is owed (off, the gag does not bind then) or it was already."""
    every = matter.reviewed.gag_reexamine_every_days
    planned = plan_reexamination(
        case_id=matter.case_id,
        gag=matter.gag,
        starts_at=starts_at,
        tier=internal_tier(matter.reviewed.review.escalation_tier),
        counsel_by_tier=policy.counsel_by_tier,
        every_days=every,
        now=now,
        after=after,
    )
    if planned is None or every is None:
        return 0
    notice, year = planned
    context = reexamination_context(matter.gag.nondisclosure, starts_at=starts_at, year=year, every_days=every)
    return int(await owe(uow, notice, policy=policy, matter=matter, trace_id=trace_id, now=now, context=context))


async def reexamination_at_dispatch(
    uow: AbstractUnitOfWork, notice: StoredNotice, *, policy: NoticePolicy, now: datetime
) -> bool:
    """A re-examination came due: True to send it, having owed the next anniversary's in the same
    transaction; False (CANCELLED, not sent) when the gag it is about no longer binds."""
    matter = await load_matter(uow.matters, notice.case_id)
    if matter is None or not still_binds(matter.gag, occasion_of_notice=notice.occasion, now=now):
        await cancel(uow, notice, trace_id=notice.trace_id, now=now)
        return False
    context = notice.context or {}
    starts_at = datetime.fromisoformat(str(context["starts_at"]))
    await owe_reexamination(
        uow, matter, policy=policy, starts_at=starts_at, trace_id=notice.trace_id, now=now, after=now
    )
    return True


async def gag_state(uow: AbstractUnitOfWork, *, case_id: uuid.UUID, now: datetime) -> dict[str, Any] | None:
    """The case's nondisclosure order as notify applies it, its history, and what it means
    for the user's notice now."""
    async with uow:
        matter = await load_matter(uow.matters, case_id)
        if matter is None:
            return None
        history = await uow.matters.gag_history(case_id)
    gag = matter.gag
    in_force = gag.in_force(now)
    status, not_before = user_side_status(review=matter.reviewed.review, gag=gag, now=now, requester=matter.requester)
    return {
        "case_id": str(case_id),
        "nondisclosure": gag.nondisclosure.model_dump(mode="json"),
        "version": gag.version,
        "ruled_by_counsel": gag.ruled_by_counsel,
        "released": gag.released,
        "in_force": in_force is not None,
        "indefinite": bool(in_force and in_force.indefinite),
        "user_notice": {"status": status.value, "not_before": not_before.isoformat() if not_before else None},
        # Beside the gag: the user notice waits until legal ops confirm an unverified requester (or dismiss it).
        "user_notice_waits_for": AWAITING_REQUESTER
        if awaiting_requester(matter.reviewed.review, matter.requester) and not matter.requester.dismissed
        else None,
        "requester_confirmed_by": matter.requester.confirmed_by,
        "demand_dismissed_by": matter.requester.dismissed_by,
        "history": [entry.as_json() for entry in history],
    }

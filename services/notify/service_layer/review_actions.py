"""Staff actions on a case (``legal-process.decided``): release, a changed nondisclosure order (the
notices move with the gag), a new return date, and the updates they owe the user and their counsel;
an unverified requester confirmed out of band (the held notices go, worded from the confirmed facts)
or the demand dismissed (the user-side notices still owed are cancelled, none is ever owed again).

Every action is kept; one that arrives before the case's review is applied when the review arrives.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from services.notify.domain.lifecycle import matter_update, ndo_change, plan_matter_notices, told_once_after
from services.notify.domain.model import NoticeKind
from services.notify.service_layer.gag import gag_alerts, move_user_side
from services.notify.service_layer.matters import load_matter
from services.notify.service_layer.owing import cancel, contacts_of, owe_all
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.requester import owe_formal_process_notice
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from services.notify.service_layer.wording import word
from shared.contracts import Envelope, LegalProcessDecided
from shared.logging import get_logger
from shared.vocabulary import CounselAction

log = get_logger(__name__)


async def apply_decision(
    uow: AbstractUnitOfWork,
    *,
    consumer: str,
    event: Envelope[LegalProcessDecided],
    policy: NoticePolicy,
    now: datetime,
) -> int:
    """Apply a staff action to the case's notices; returns how many notices moved or are new.

    Every action is kept (``case_decisions``); one that arrives before the case's review is
    applied when the review arrives.
    """
    async with uow:
        if not await uow.inbox.claim(consumer=consumer, event_id=event.event_id):
            return 0
        await uow.matters.lock_case(event.case_id)
        decided = event.payload
        owed = decided.formal_process if decided.action is CounselAction.PRODUCTION_MADE else None
        told = 0
        if owed is not None:
            # An emergency disclosure: the requester is told what formal process it owes, and by when
            # (needs no review). The address is not kept with the decision: the notice keeps it, sealed.
            told = await owe_formal_process_notice(
                uow,
                policy=policy,
                case_id=event.case_id,
                owed=owed,
                kind=NoticeKind.FORMAL_PROCESS_OWED,
                occasion="disclosed",
                disclosed_at=decided.decided_at,
                trace_id=event.trace_id,
                now=now,
            )
            decided = decided.model_copy(update={"formal_process": owed.model_copy(update={"requester_email": None})})
        await uow.matters.record_decision(event_id=event.event_id, case_id=event.case_id, decided=decided)
        if await uow.matters.review_of(event.case_id) is None:
            log.info("staff action kept until the case's review arrives", action=event.payload.action.value)
            return told
        changed = told + await apply(
            uow,
            policy=policy,
            case_id=event.case_id,
            event_id=event.event_id,
            decided=decided,
            trace_id=event.trace_id,
            now=now,
        )
    log.info("staff action applied", action=event.payload.action.value, notices=changed)
    return changed


async def apply(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    case_id: uuid.UUID,
    event_id: uuid.UUID,
    decided: LegalProcessDecided,
    trace_id: str,
    now: datetime,
) -> int:
    """Apply one kept staff action, inside the caller's unit of work (under the case's lock)."""
    matters = uow.matters
    matter = await load_matter(matters, case_id, lock=True)
    assert matter is not None, "applied only once the review is here"
    action = decided.action
    changed = 0
    previous_return_by = matter.reviewed.return_by
    if action is CounselAction.RELEASE_NOTICE:
        matter = replace(matter, gag=matter.gag.release())
        await matters.save_gag(
            case_id=case_id,
            gag=matter.gag,
            change="RELEASED",
            at=now,
            actor=decided.decided_by,
            reason=decided.reason,
            event_id=event_id,
        )
        changed += await move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now)
        # A released gag binds no more: its yearly re-examinations are not owed.
        for stored in await uow.notices.waiting_of_kind(case_id, NoticeKind.NDO_REEXAMINE):
            await cancel(uow, stored, trace_id=trace_id, now=now)
    elif action is CounselAction.NDO_CHANGED and decided.nondisclosure is not None:
        change = ndo_change(matter.gag.nondisclosure, decided.nondisclosure, now)
        matter = replace(matter, gag=matter.gag.changed(decided.nondisclosure))
        await matters.save_gag(
            case_id=case_id,
            gag=matter.gag,
            change=change,
            at=now,
            actor=decided.decided_by,
            reason=decided.reason,
            event_id=event_id,
        )
        changed += await move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now)
        changed += await gag_alerts(
            uow, matter, policy=policy, trace_id=trace_id, now=now, starts_at=decided.decided_at
        )
    elif action in (CounselAction.CONFIRM_REQUESTER, CounselAction.DISMISS_DEMAND):
        requester = matter.requester.with_decision(decided)
        if requester != matter.requester:
            matter = replace(matter, requester=requester)
            if requester.dismissed:
                for stored in await uow.notices.waiting_user_side(case_id):
                    await cancel(uow, stored, trace_id=trace_id, now=now)
                    changed += 1
            else:
                # Released from the wait (unless a gag holds them), and worded from the confirmed facts.
                changed += await move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now, reword_all=True)
        log.info(
            "requester settled",
            action=action.value,
            confirmed=requester.confirmed,
            dismissed=requester.dismissed,
            notices=changed,
            case_id=str(case_id),
        )
    elif action is CounselAction.RETURN_DATE_MOVED and decided.return_by is not None:
        await matters.set_return_by(case_id=case_id, return_by=decided.return_by)
        matter = replace(matter, reviewed=matter.reviewed.model_copy(update={"return_by": decided.return_by}))
        # Owed notices not yet sent say the date as it is now.
        changed += await move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now, reword_all=True)
    update = matter_update(decided, previous_return_by=previous_return_by)
    first_waiting = (
        [n for n in await uow.notices.waiting_user_side(case_id) if n.kind is NoticeKind.INITIAL]
        if update is not None and told_once_after(matter.reviewed.review)
        else []
    )
    if update is not None and not first_waiting:
        contacts = await contacts_of(uow, matter.reviewed, case_id)
        notices = plan_matter_notices(
            case_id=case_id,
            reviewed=matter.reviewed,
            contacts=contacts,
            gag=matter.gag,
            now=now,
            kind=NoticeKind.UPDATE,
            occasion=str(event_id),
            requester=matter.requester,
        )
        changed += await owe_all(
            uow,
            notices,
            policy=policy,
            matter=matter,
            trace_id=trace_id,
            now=now,
            context={"update": update.model_dump(mode="json")},
        )
    await matters.mark_applied(event_id=event_id, update=update, at=now)
    if first_waiting:
        # Said in the first notice, still waiting for the emergency's end: worded again with it.
        told = await load_matter(matters, case_id)
        assert told is not None
        for stored in first_waiting:
            rendered = word(stored.planned(), policy=policy, matter=told, context=stored.context, now=now)
            await uow.notices.reword(notice_id=stored.notice_id, now=now, rendered=rendered)
            changed += 1
    return changed

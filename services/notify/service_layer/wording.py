"""The words of any notice, from the matter as it stands (worded again when it moves)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from services.notify.domain.counsel_notices import COUNSEL_NOTICE_KINDS, render_counsel_notice
from services.notify.domain.holds import render_hold_notice
from services.notify.domain.lifecycle import MatterUpdate, NdoConcern, told_once_after
from services.notify.domain.model import USER_SIDE_ROLES, NoticeKind, PlannedNotice, RenderedNotice
from services.notify.domain.reexamination import render_reexamination
from services.notify.domain.rendering import (
    render_delivery_alert,
    render_ndo_notice,
    render_notice,
    render_triage_alert,
    render_triage_reminder,
)
from services.notify.domain.requester_notices import (
    REQUESTER_NOTICE_KINDS,
    owed_from_context,
    render_formal_process_notice,
)
from services.notify.domain.verification import QuotedFacts, quoted_facts
from services.notify.service_layer.matters import Matter
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import LegalHoldChanged, LegalProcessEscalated, LegalProcessHeld, Nondisclosure
from shared.vocabulary import CounselAction, NoticeRole, NoticeStatus


def _nd(context: Mapping[str, Any]) -> Nondisclosure:
    return Nondisclosure.model_validate(context["nondisclosure"])


def facts_of(matter: Matter) -> QuotedFacts:
    """What a notice about ``matter`` may quote of the demand's own text (``domain.verification``):
    return dates staff recorded since the review count as confirmed."""
    moved = [
        update.return_by
        for update in matter.updates
        if update.action is CounselAction.RETURN_DATE_MOVED and update.return_by is not None
    ]
    return quoted_facts(matter.reviewed, matter.requester, moved_return_by=moved)


def word(
    notice: PlannedNotice,
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    context: Mapping[str, Any] | None,
    now: datetime,
    escalated: LegalProcessEscalated | None = None,
) -> RenderedNotice:
    """The words of any notice, from the matter as it stands (used to word it again when it moves)."""
    case_id = notice.case_id
    context = context or {}
    reviewed = matter.reviewed if matter is not None else None
    case_url = policy.case_url(case_id)
    if notice.role in USER_SIDE_ROLES:
        if matter is None:
            raise ValueError("a notice to a user or their counsel is worded from the review")
        links = policy.links
        link = links.url(notice.notice_id, now=now) if links is not None and notice.role is NoticeRole.USER else None
        if notice.kind in COUNSEL_NOTICE_KINDS:  # about counsel of record, to the user: no demand quoted
            return render_counsel_notice(
                notice,
                context=context,
                counsel_link=link if notice.kind is NoticeKind.COUNSEL_LINK else None,
                counsel_link_days=links.ttl.days if links is not None else None,
                reply_to=policy.sender,
            )
        return render_notice(
            notice,
            case_id=case_id,
            reviewed=matter.reviewed,
            legal_aid_contacts=policy.legal_aid_contacts,
            reply_to=policy.sender,
            update=MatterUpdate.model_validate(context["update"]) if notice.kind is NoticeKind.UPDATE else None,
            history=matter.updates
            if context.get("with_history")
            or (notice.kind is NoticeKind.INITIAL and told_once_after(matter.reviewed.review))
            else (),
            counsel_link=link,
            counsel_link_days=links.ttl.days if links is not None else None,
            facts=facts_of(matter),
        )
    if notice.kind is NoticeKind.ESCALATION:
        return render_notice(
            notice, case_id=case_id, escalated=escalated, reviewed=reviewed, case_reference_url=case_url
        )
    if notice.kind in (NoticeKind.NDO_REMINDER, NoticeKind.NDO_FLAG):
        concern = context.get("concern")
        status = context.get("user_notice")
        return render_ndo_notice(
            notice,
            case_id=case_id,
            nondisclosure=_nd(context),
            reviewed=reviewed,
            concern=NdoConcern(**concern) if concern else None,
            user_notice=(NoticeStatus(status[0]), datetime.fromisoformat(status[1]) if status[1] else None)
            if status
            else None,
            case_reference_url=case_url,
        )
    if notice.kind is NoticeKind.DELIVERY_ALERT:
        return render_delivery_alert(
            notice,
            case_id=case_id,
            failed_notice_id=uuid.UUID(context["notice_id"]),
            failed_role=NoticeRole(context["role"]),
            failed_kind=context["kind"],
            outcome=NoticeStatus(context["outcome"]),
            attempts=context["attempts"],
            smtp_code=context.get("smtp_code"),
            reviewed=reviewed,
            case_reference_url=case_url,
        )
    if notice.kind is NoticeKind.TRIAGE_ALERT:
        return render_triage_alert(
            notice, case_id=case_id, held=LegalProcessHeld.model_validate(context["held"]), case_reference_url=case_url
        )
    if notice.kind is NoticeKind.TRIAGE_REMINDER:
        return render_triage_reminder(
            notice,
            case_id=case_id,
            held=LegalProcessHeld.model_validate(context["held"]),
            alerted_at=datetime.fromisoformat(context["alerted_at"]),
            case_reference_url=case_url,
        )
    if notice.kind is NoticeKind.NDO_REEXAMINE:
        return render_reexamination(notice, context=context, case_reference_url=case_url)
    if notice.kind in REQUESTER_NOTICE_KINDS:
        owed, disclosed_at = owed_from_context(dict(context))
        return render_formal_process_notice(notice, owed=owed, disclosed_at=disclosed_at, reply_to=policy.sender)
    if notice.kind in HOLD_NOTICE_KINDS:
        hold_links = policy.hold_links
        ack = uuid.UUID(context["ack_notice"])
        return render_hold_notice(
            notice,
            event=LegalHoldChanged.model_validate(context["hold"]),
            steward=context["steward"],
            ack_url=hold_links.url(ack, now=now) if hold_links is not None else None,
            case_url=case_url,
        )
    raise ValueError(f"cannot word a {notice.kind} notice to {notice.role}")


#: The notices about a preservation hold (``domain.holds``).
HOLD_NOTICE_KINDS = frozenset({NoticeKind.HOLD_STEWARD, NoticeKind.HOLD_STEWARD_REMINDER, NoticeKind.HOLD_ESCALATION})

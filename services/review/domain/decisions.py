"""Counsel's actions on a reviewed case, and the rules they follow. Pure.

Invariants:
- overriding the recommendation needs a written reason; so does releasing a withheld notice
  and recording an objection or a challenge;
- "user objected" and "challenge filed" hold production until a later decision says otherwise;
- only a notice the review withheld (WITHHOLD_PENDING_COUNSEL) can be released, and only once;
- a decision implies acknowledgement;
- a change of the nondisclosure order (issued, extended, modified, lifted) needs a reason and
  the order's terms; a court order or NSL gag's expiry must be in the future when it is
  recorded as in force (record a lapsed one as lifted);
- a new return date needs a reason and must differ from the current one;
- a production needs a note (what was produced, to whom) and is refused while production
  is held (objection or challenge) until a decision to produce lifts the hold;
- only a demand whose requester nobody verified (``requester_unverified``) can have its
  requester confirmed out of band (CONFIRM_REQUESTER: the confirmed facts, how and when, and a
  note of whom legal ops reached where) or be dismissed as not genuine (DISMISS_DEMAND, with a
  reason), once: the first of the two settles it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from shared.contracts import LegalProcessDecided, Nondisclosure, RequesterConfirmation, Review
from shared.vocabulary import (
    GAGGING_KINDS,
    CounselAction,
    DataCategory,
    Disposition,
    UserNoticeAction,
    requester_unverified,
)

#: The actions that settle an unverified requester; the first one recorded wins.
REQUESTER_ACTIONS = frozenset({CounselAction.CONFIRM_REQUESTER, CounselAction.DISMISS_DEMAND})


class ActionRefused(ValueError):
    """The action does not fit the case's state; the message says why."""


@dataclass(frozen=True)
class CaseStatus:
    """What counsel have done so far on one case."""

    acknowledged_by: str | None = None
    decided_disposition: Disposition | None = None
    production_hold: bool = False
    notice_released: bool = False

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_by is not None

    @property
    def decided(self) -> bool:
        return self.decided_disposition is not None


def apply_action(
    *,
    action: CounselAction,
    status: CaseStatus,
    review: Review,
    actor: str,
    reason: str | None,
    disposition: Disposition | None,
    now: datetime,
    nondisclosure: Nondisclosure | None = None,
    return_by: datetime | None = None,
    current_return_by: datetime | None = None,
    produced: Sequence[DataCategory] = (),
    confirmation: RequesterConfirmation | None = None,
    requester_settled_by: CounselAction | None = None,
) -> tuple[CaseStatus, LegalProcessDecided]:
    """The case's new status and the event that records the action; raises ActionRefused.

    ``nondisclosure`` (NDO_CHANGED), ``return_by`` (RETURN_DATE_MOVED, against
    ``current_return_by``), ``produced`` (PRODUCTION_MADE) and ``confirmation``
    (CONFIRM_REQUESTER) belong to one action each. ``requester_settled_by``: the earlier
    CONFIRM_REQUESTER or DISMISS_DEMAND of the case, if any.
    """
    actor = actor.strip()
    reason = (reason or "").strip()
    if not actor:
        raise ActionRefused("say who is acting (the staff identity)")
    overrides = False
    if action is CounselAction.ACKNOWLEDGE:
        if status.acknowledged:
            raise ActionRefused(f"already acknowledged by {status.acknowledged_by}")
        status = replace(status, acknowledged_by=actor)
    elif action is CounselAction.DECIDE:
        chosen = disposition or review.disposition
        overrides = chosen is not review.disposition
        if overrides and not reason:
            raise ActionRefused(
                f"overriding the recommendation ({review.disposition.value}) with {chosen.value} needs a written reason"
            )
        if status.production_hold and chosen in (Disposition.COMPLY, Disposition.COMPLY_NARROWED) and not reason:
            raise ActionRefused("production is on hold (objection or challenge): a decision to produce needs a reason")
        status = replace(
            status,
            decided_disposition=chosen,
            acknowledged_by=status.acknowledged_by or actor,
            production_hold=status.production_hold and chosen not in (Disposition.COMPLY, Disposition.COMPLY_NARROWED),
        )
        disposition = chosen
    elif action in (CounselAction.USER_OBJECTED, CounselAction.CHALLENGE_FILED):
        if not reason:
            raise ActionRefused(f"{action.value} needs a note: who objected or what was filed, and where")
        status = replace(status, production_hold=True)
    elif action is CounselAction.RELEASE_NOTICE:
        if review.user_notice.action is not UserNoticeAction.WITHHOLD_PENDING_COUNSEL:
            raise ActionRefused(
                f"the user notice is {review.user_notice.action.value}, not withheld: nothing to release"
            )
        if status.notice_released:
            raise ActionRefused("the withheld notice was already released")
        if not reason:
            raise ActionRefused("releasing a withheld notice needs a reason (why the gag does not bind)")
        status = replace(status, notice_released=True)
    elif action is CounselAction.NDO_CHANGED:
        if nondisclosure is None:
            raise ActionRefused("say what the nondisclosure order now is (kind and expiry; no kind: lifted)")
        if not reason:
            raise ActionRefused("a change of the nondisclosure order needs a reason (the order, the court, the date)")
        gags = nondisclosure.kind in GAGGING_KINDS
        if gags and nondisclosure.expires_at is not None and nondisclosure.expires_at <= now:
            raise ActionRefused("that expiry has passed: record a lapsed order as lifted (no kind)")
    elif action is CounselAction.RETURN_DATE_MOVED:
        if return_by is None:
            raise ActionRefused("give the new return date")
        if not reason:
            raise ActionRefused("a new return date needs a reason (who moved it, and where it is recorded)")
        if current_return_by is not None and return_by == current_return_by:
            raise ActionRefused("that is already the return date")
    elif action is CounselAction.PRODUCTION_MADE:
        if not reason:
            raise ActionRefused("a production needs a note: what was produced, to whom, and how")
        if status.production_hold:
            raise ActionRefused("production is on hold (objection or challenge): decide to produce first")
    elif action in REQUESTER_ACTIONS:
        _check_requester_action(action, review, reason, confirmation, requester_settled_by, now)
    if action is not CounselAction.DECIDE:
        disposition = None
    event = LegalProcessDecided(
        action=action,
        decided_by=actor,
        reason=reason,
        decided_at=now,
        disposition=disposition,
        overrides_recommendation=overrides,
        production_hold=status.production_hold,
        nondisclosure=nondisclosure if action is CounselAction.NDO_CHANGED else None,
        return_by=return_by if action is CounselAction.RETURN_DATE_MOVED else None,
        produced=list(dict.fromkeys(produced)) if action is CounselAction.PRODUCTION_MADE else [],
        confirmation=confirmation if action is CounselAction.CONFIRM_REQUESTER else None,
    )
    return status, event


def _check_requester_action(
    action: CounselAction,
    review: Review,
    reason: str,
    confirmation: RequesterConfirmation | None,
    settled_by: CounselAction | None,
    now: datetime,
) -> None:
    """CONFIRM_REQUESTER and DISMISS_DEMAND: for an unverified requester, once, with their facts."""
    if not requester_unverified(verified=review.requester.verified, finding_codes=(f.code for f in review.findings)):
        raise ActionRefused(
            "the requester was verified when the demand came in: there is nothing to confirm or dismiss"
        )
    if settled_by is CounselAction.CONFIRM_REQUESTER:
        raise ActionRefused("the requester was already confirmed")
    if settled_by is CounselAction.DISMISS_DEMAND:
        raise ActionRefused("the demand was already dismissed")
    if action is CounselAction.DISMISS_DEMAND:
        if not reason:
            raise ActionRefused("dismissing a demand needs a reason (whom you asked, and what they said)")
        return
    if confirmation is None:
        raise ActionRefused("say what the requester confirmed: their name, how and when (and the case number and date)")
    if not reason:
        raise ActionRefused(
            "confirming a requester needs a note: whom you reached, and at what number or address found where"
        )
    if confirmation.confirmed_at > now:
        raise ActionRefused("the confirmation cannot be in the future")

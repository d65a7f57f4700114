"""The gag-order lifecycle and the matter's later life: pure functions of their arguments.

Notify keeps, for each case, a :class:`GagRecord`: the nondisclosure order as the review
saw it, or as counsel later recorded it (issued, extended, modified, lifted), and whether
counsel released the withheld notice. Every notice to the affected user or to their counsel
of record takes its status from :func:`user_side_status`, and the dispatcher asks
:func:`dispatch_verdict` again at the moment of sending.

Invariant (docs/domain.md): **no notice to the user, or to the user's counsel of record, is due
or sent while a valid nondisclosure order is in force.** An order is valid until counsel
releases the withheld notice (RELEASE_NOTICE: counsel's written ruling that the gag does not
bind) or records new terms (NDO_CHANGED).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from shared.calendars import SlaClock
from shared.contracts import LegalProcessDecided, LegalProcessReviewed, Nondisclosure, Review
from shared.vocabulary import (
    CounselAction,
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    ProcessType,
    RequesterKind,
    UserNoticeAction,
)

from .model import USER_SIDE_ROLES, AccountContact, NoticeKind, PlannedNotice
from .planning import Gag, _counsel_for, _require_aware, gag_in_force, plan_user_notices, user_notice_status
from .verification import RequesterCheck, awaiting_requester

#: Statuses of a user-side notice that is owed and not yet sent: the ones a gag change moves.
WAITING_STATUSES = frozenset({NoticeStatus.PENDING, NoticeStatus.SCHEDULED, NoticeStatus.WITHHELD})

#: Counsel actions the user and their counsel are told about.
USER_VISIBLE_ACTIONS = frozenset(
    {
        CounselAction.DECIDE,
        CounselAction.CHALLENGE_FILED,
        CounselAction.RETURN_DATE_MOVED,
        CounselAction.PRODUCTION_MADE,
    }
)


@dataclass(frozen=True, slots=True)
class GagRecord:
    """What notify knows of one case's nondisclosure order.

    ``version`` counts the terms recorded (1: the review's). ``ruled_by_counsel``: the terms
    were recorded by counsel, so they, not the review's user-notice action, decide when the
    user may be told. ``released``: counsel released the withheld notice.
    """

    nondisclosure: Nondisclosure
    version: int = 1
    ruled_by_counsel: bool = False
    released: bool = False

    @classmethod
    def from_review(cls, review: Review) -> GagRecord:
        return cls(nondisclosure=review.nondisclosure)

    def in_force(self, now: datetime) -> Gag | None:
        """The gag binding us at ``now``; none once counsel released the notice."""
        return None if self.released else gag_in_force(self.nondisclosure, now)

    def changed(self, nondisclosure: Nondisclosure) -> GagRecord:
        """Counsel recorded new terms (issued, extended, modified or lifted)."""
        return GagRecord(nondisclosure=nondisclosure, version=self.version + 1, ruled_by_counsel=True, released=False)

    def release(self) -> GagRecord:
        """Counsel released the withheld notice: the gag as it stands does not bind."""
        return replace(self, released=True)


def _non_gag_floor(review: Review) -> datetime | None:
    """A delay the review set for another reason than the gag (e.g. the end of an emergency).

    The review's NOTIFY_AFTER date is the gag's expiry unless it says otherwise; a date that
    differs from the expiry is kept as a floor when counsel later changes the gag.
    """
    notice = review.user_notice
    if (
        notice.action is UserNoticeAction.NOTIFY_AFTER
        and notice.not_before is not None
        and notice.not_before != review.nondisclosure.expires_at
    ):
        return notice.not_before
    return None


def user_side_status(
    *, review: Review, gag: GagRecord, now: datetime, requester: RequesterCheck | None = None
) -> tuple[NoticeStatus, datetime | None]:
    """The status and ``not_before`` of every notice to an affected user or their counsel.

    A demand whose requester nobody verified: WITHHELD until legal ops confirm the requester
    (``requester``; none given: not confirmed). Then, until counsel acts, the review's action
    decides and a gag in force only delays it (:func:`user_notice_status`). Once counsel
    recorded terms or released the notice, the gag alone decides: indefinite → WITHHELD;
    running → SCHEDULED at its expiry; none → due (not before a non-gag delay of the
    review's). Never due while :meth:`GagRecord.in_force`.
    """
    _require_aware(now)
    if awaiting_requester(review, requester):
        return NoticeStatus.WITHHELD, None
    if not gag.ruled_by_counsel and not gag.released:
        return user_notice_status(review.user_notice, gag.nondisclosure, now)
    in_force = gag.in_force(now)
    if in_force is not None and in_force.indefinite:
        return NoticeStatus.WITHHELD, None
    candidates = [when for when in (in_force.expires_at if in_force else None, _non_gag_floor(review)) if when]
    if not candidates:
        return NoticeStatus.PENDING, None
    return NoticeStatus.SCHEDULED, max(candidates)


def may_tell_user(gag: GagRecord, now: datetime) -> bool:
    """Whether the user (or their counsel) may be told anything about the matter at ``now``."""
    return gag.in_force(now) is None


def dispatch_verdict(
    *,
    role: NoticeRole,
    review: Review | None,
    gag: GagRecord | None,
    now: datetime,
    requester: RequesterCheck | None = None,
) -> tuple[NoticeStatus, datetime | None] | None:
    """Checked by the dispatcher for each notice it is about to send.

    None: send it. Otherwise the status (SCHEDULED or WITHHELD) the notice must wait in,
    because a gag is in force now or the requester is not verified yet (WITHHELD). Fails
    safe: a user-side notice without a known review waits, WITHHELD.
    """
    if role not in USER_SIDE_ROLES:
        return None
    if review is None or gag is None:
        return NoticeStatus.WITHHELD, None
    if awaiting_requester(review, requester):
        return NoticeStatus.WITHHELD, None
    if may_tell_user(gag, now):
        return None
    status, not_before = user_side_status(review=review, gag=gag, now=now, requester=requester)
    assert status is not NoticeStatus.PENDING and (not_before is None or not_before > now), "gag in force"
    return status, not_before


def moved_to(
    *, status: NoticeStatus, not_before: datetime | None, target: tuple[NoticeStatus, datetime | None]
) -> tuple[NoticeStatus, datetime | None] | None:
    """Where an owed, unsent user-side notice must move, or None when it stays as it is."""
    if status not in WAITING_STATUSES:
        return None
    if (status, not_before) == target:
        return None
    return target


# --- the review's concerns about a gag: flagged to counsel ------------------------------------


@dataclass(frozen=True, slots=True)
class NdoConcern:
    """Why counsel must weigh a gag: it is indefinite, over-long, or an NSL's."""

    code: str  # INDEFINITE, OVER_LONG, NSL, REVIEW_FINDING
    explanation: str


def ndo_concern(
    *,
    nondisclosure: Nondisclosure,
    requester_kind: RequesterKind,
    starts_at: datetime | None,
    now: datetime,
    max_term_days: int,
    finding_codes: Iterable[str] = (),
) -> NdoConcern | None:
    """The concern to flag about a gag in force at ``now``, if any.

    A federal order's term counts from ``starts_at`` (service or receipt for the review's
    order, the time counsel recorded new terms for a changed one).
    """
    gag = gag_in_force(nondisclosure, now)
    if gag is None:
        return None
    if gag.kind is NondisclosureKind.NSL_CERTIFICATION:
        until = f"until {gag.expires_at.isoformat()}" if gag.expires_at else "with no end date"
        return NdoConcern(
            "NSL",
            f"An NSL nondisclosure certification is in force {until}. Counsel weighs asking "
            "for judicial review (18 U.S.C. § 3511(b)) and diaries the 3-year re-review.",
        )
    if gag.indefinite:
        return NdoConcern(
            "INDEFINITE",
            "The § 2705(b) nondisclosure order has no expiry (indefinite). Counsel weighs "
            "a motion to modify it; the user's notice is withheld meanwhile.",
        )
    assert gag.expires_at is not None
    if requester_kind is RequesterKind.FEDERAL and starts_at is not None:
        days = (gag.expires_at - starts_at).days
        if days > max_term_days:
            return NdoConcern(
                "OVER_LONG",
                f"The federal § 2705(b) order runs {days} days, beyond the {max_term_days}-day "
                "limit of DOJ policy (2017). Counsel weighs a motion to modify it.",
            )
    if "SCA_NDO_INVALID_TERM" in set(finding_codes):
        return NdoConcern("REVIEW_FINDING", "The review found the order's term invalid (SCA_NDO_INVALID_TERM).")
    return None


def internal_tier(review_tier: EscalationTier | None) -> EscalationTier:
    """Gag matters go to counsel: the case's tier, but never below COUNSEL."""
    return EscalationTier.LITIGATION if review_tier is EscalationTier.LITIGATION else EscalationTier.COUNSEL


def _internal(
    *,
    case_id: uuid.UUID,
    kind: NoticeKind,
    tier: EscalationTier,
    counsel_by_tier: Mapping[EscalationTier, str],
    occasion: str,
    status: NoticeStatus,
    not_before: datetime | None,
) -> PlannedNotice:
    recipient = _counsel_for(tier, counsel_by_tier)
    return PlannedNotice.keyed(
        subject=tier.value,
        case_id=case_id,
        kind=kind,
        role=NoticeRole.INTERNAL_COUNSEL,
        recipient=recipient,
        tier=tier,
        status=status,
        not_before=not_before,
        occasion=occasion,
    )


def plan_ndo_reminder(
    *,
    case_id: uuid.UUID,
    gag: GagRecord,
    tier: EscalationTier,
    counsel_by_tier: Mapping[EscalationTier, str],
    remind_before: timedelta,
    now: datetime,
) -> PlannedNotice | None:
    """Remind counsel ``remind_before`` the expiry of a running gag (at once if that is past).

    One reminder per recorded version of the gag: an extension owes a new one.
    """
    _require_aware(now)
    in_force = gag.in_force(now)
    if in_force is None or in_force.expires_at is None:
        return None
    at = in_force.expires_at - remind_before
    status, not_before = (NoticeStatus.SCHEDULED, at) if at > now else (NoticeStatus.PENDING, None)
    return _internal(
        case_id=case_id,
        kind=NoticeKind.NDO_REMINDER,
        tier=tier,
        counsel_by_tier=counsel_by_tier,
        occasion=f"v{gag.version}",
        status=status,
        not_before=not_before,
    )


def plan_ndo_flag(
    *, case_id: uuid.UUID, gag: GagRecord, tier: EscalationTier, counsel_by_tier: Mapping[EscalationTier, str]
) -> PlannedNotice:
    """Flag a gag counsel must weigh (indefinite, over-long, NSL); due now."""
    return _internal(
        case_id=case_id,
        kind=NoticeKind.NDO_FLAG,
        tier=tier,
        counsel_by_tier=counsel_by_tier,
        occasion=f"v{gag.version}",
        status=NoticeStatus.PENDING,
        not_before=None,
    )


def plan_delivery_alert(
    *,
    case_id: uuid.UUID,
    notice_id: uuid.UUID,
    outcome: NoticeStatus,
    attempts: int,
    counsel_by_tier: Mapping[EscalationTier, str],
) -> PlannedNotice:
    """Tell legal ops that a notice failed for good (FAILED) or was dead-lettered; due now."""
    if outcome not in (NoticeStatus.FAILED, NoticeStatus.DEAD_LETTER):
        raise ValueError(f"no alert for {outcome}")
    return _internal(
        case_id=case_id,
        kind=NoticeKind.DELIVERY_ALERT,
        tier=EscalationTier.LEGAL_OPS,
        counsel_by_tier=counsel_by_tier,
        occasion=f"{notice_id}:{outcome.value}:{attempts}",
        status=NoticeStatus.PENDING,
        not_before=None,
    )


def plan_triage_alert(*, case_id: uuid.UUID, counsel_by_tier: Mapping[EscalationTier, str]) -> PlannedNotice:
    """Tell legal ops that a demand intake could not read with confidence waits for them to
    confirm its fields (``legal-process.held``); due now. One per case: a case is held once
    (confirmed, it is published and never held again), so a redelivery plans the same key."""
    return _internal(
        case_id=case_id,
        kind=NoticeKind.TRIAGE_ALERT,
        tier=EscalationTier.LEGAL_OPS,
        counsel_by_tier=counsel_by_tier,
        occasion="held",
        status=NoticeStatus.PENDING,
        not_before=None,
    )


def triage_reminder_tiers(*, emergency: bool) -> tuple[EscalationTier, ...]:
    """Who is reminded of a held case nobody confirmed: legal ops again, and for an emergency
    counsel too (one tier up: somebody with the authority to act must know it waits)."""
    return (EscalationTier.LEGAL_OPS, EscalationTier.COUNSEL) if emergency else (EscalationTier.LEGAL_OPS,)


def plan_triage_reminders(
    *,
    case_id: uuid.UUID,
    emergency: bool,
    received_at: datetime,
    alerted_at: datetime,
    counsel_by_tier: Mapping[EscalationTier, str],
    sla_emergency: timedelta,
    sla_legal_ops: timedelta,
    sla_clock: SlaClock | None = None,
) -> list[PlannedNotice]:
    """The reminders owed with a case's triage alert, SCHEDULED for when the case should have
    been confirmed: ``sla_emergency`` after the demand arrived for an emergency, else
    ``sla_legal_ops`` (counted from its arrival, not from the alert: a notify that lagged does not
    push the reminder back; never before the alert).

    One notice per recipient (a notice has one): legal ops, and for an emergency the COUNSEL
    tier's address as well. Where both tiers resolve to the same address (one not configured)
    that address gets one. One per case and recipient (the key: the case is held once).
    Confirming the case (its review) cancels those still owed.

    With ``sla_clock`` (the deployment's business hours) ``sla_legal_ops`` counts only business
    hours on open days, as review's acknowledgement SLAs do; an emergency's runs around the clock.
    """
    _require_aware(alerted_at)
    _require_aware(received_at)
    sla = max(sla_emergency if emergency else sla_legal_ops, timedelta(0))
    ends = received_at + sla if emergency or sla_clock is None else sla_clock.due(received_at, sla)
    due = max(ends, alerted_at).astimezone(UTC)
    planned: dict[str, PlannedNotice] = {}
    for tier in triage_reminder_tiers(emergency=emergency):
        notice = _internal(
            case_id=case_id,
            kind=NoticeKind.TRIAGE_REMINDER,
            tier=tier,
            counsel_by_tier=counsel_by_tier,
            occasion="held",
            status=NoticeStatus.SCHEDULED,
            not_before=due,
        )
        planned.setdefault(notice.recipient.lower(), notice)
    return list(planned.values())


# --- updates: the matter changed ---------------------------------------------------------------


class MatterUpdate(BaseModel):
    """What changed, in terms the user may see (never counsel's internal reasons)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: CounselAction
    at: AwareDatetime
    disposition: Disposition | None = None
    return_by: AwareDatetime | None = None
    previous_return_by: AwareDatetime | None = None
    produced: list[DataCategory] = Field(default_factory=list)


def told_once_after(review: Review) -> bool:
    """An emergency request's user is told once, after the emergency (EDR_POST_NOTICE): what staff
    did meanwhile (the decision, the disclosure) is said in that first notice, not in updates of
    its own, as long as it has not gone (a court order recorded meanwhile still withholds it)."""
    return review.process_type is ProcessType.EMERGENCY_REQUEST


def matter_update(decided: LegalProcessDecided, *, previous_return_by: datetime | None) -> MatterUpdate | None:
    """The update a staff action owes the user and their counsel, or None (internal actions)."""
    if decided.action not in USER_VISIBLE_ACTIONS:
        return None
    if decided.action is CounselAction.RETURN_DATE_MOVED and decided.return_by is None:
        return None
    return MatterUpdate(
        action=decided.action,
        at=decided.decided_at,
        disposition=decided.disposition if decided.action is CounselAction.DECIDE else None,
        return_by=decided.return_by if decided.action is CounselAction.RETURN_DATE_MOVED else None,
        previous_return_by=previous_return_by if decided.action is CounselAction.RETURN_DATE_MOVED else None,
        produced=list(decided.produced) if decided.action is CounselAction.PRODUCTION_MADE else [],
    )


def plan_matter_notices(
    *,
    case_id: uuid.UUID,
    reviewed: LegalProcessReviewed,
    contacts: Mapping[str, AccountContact],
    gag: GagRecord,
    now: datetime,
    kind: NoticeKind = NoticeKind.INITIAL,
    occasion: str | None = None,
    roles: frozenset[NoticeRole] = USER_SIDE_ROLES,
    requester: RequesterCheck | None = None,
) -> list[PlannedNotice]:
    """Per known target, a notice to the account holder and one to their counsel of record
    (``roles`` narrows that), each naming only that account, all with the status the gag and
    the requester's verification imply (WITHHELD until legal ops confirm an unverified one).

    A demand the review found to repeat an earlier case (DUPLICATE_REQUEST) owes no first
    notice: its users were told with the first case, and it is never processed twice. A
    demand legal ops dismissed (DISMISS_DEMAND) owes the user nothing, ever.
    """
    if kind is NoticeKind.INITIAL and any(f.code == "DUPLICATE_REQUEST" for f in reviewed.review.findings):
        return []
    if requester is not None and requester.dismissed:
        return []
    status = user_side_status(review=reviewed.review, gag=gag, now=now, requester=requester)
    notices = plan_user_notices(
        case_id=case_id, reviewed=reviewed, contacts=contacts, now=now, kind=kind, status=status, occasion=occasion
    )
    return [notice for notice in notices if notice.role in roles]


def history_for_recipient(updates: Sequence[MatterUpdate]) -> list[MatterUpdate]:
    """The updates a newly named counsel is told about in their first notice, oldest first."""
    return sorted((u for u in updates if u.action in USER_VISIBLE_ACTIONS), key=lambda u: u.at)


def ndo_change(old: Nondisclosure, new: Nondisclosure, now: datetime) -> str:
    """How counsel's new terms relate to the old ones (for the order's history)."""
    before, after = gag_in_force(old, now), gag_in_force(new, now)
    if after is None:
        return "LIFTED"
    if before is None:
        return "ISSUED"
    if after.indefinite:
        return "MODIFIED" if before.indefinite else "EXTENDED"
    if before.indefinite:
        return "SHORTENED"
    assert before.expires_at is not None and after.expires_at is not None
    if after.expires_at > before.expires_at:
        return "EXTENDED"
    if after.expires_at < before.expires_at:
        return "SHORTENED"
    return "MODIFIED"

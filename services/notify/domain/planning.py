"""Who is owed a notice about a case, and when. Pure functions of their arguments.

The invariant that must never break (docs/domain.md, "User notice and counsel"): **no notice to
the user, or to the user's counsel of record, is due while a valid nondisclosure order is
in force.** The review service already decides ``user_notice``; this module enforces the
invariant again, from the review's own ``nondisclosure``, whatever the action says.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from shared.contracts import LegalProcessEscalated, LegalProcessReviewed, Nondisclosure, UserNotice
from shared.vocabulary import (
    ESCALATION_LADDER,
    GAGGING_KINDS,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    UserNoticeAction,
)

from .model import AccountContact, NoticeKind, PlannedNotice


@dataclass(frozen=True, slots=True)
class Gag:
    """A nondisclosure order in force at some instant: until ``expires_at``, or indefinitely."""

    kind: NondisclosureKind
    expires_at: datetime | None  # None: indefinite

    @property
    def indefinite(self) -> bool:
        return self.expires_at is None


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def gag_in_force(nondisclosure: Nondisclosure, now: datetime) -> Gag | None:
    """The gag in force at ``now``, if any.

    A court order (§ 2705(b)) or an NSL certification gags until its expiry, or
    indefinitely when it has none. A letter request does not gag. Fails safe: a gagging
    ``kind`` is honoured even if ``present`` is (inconsistently) false.
    """
    _require_aware(now)
    kind = nondisclosure.kind
    if kind is None or kind not in GAGGING_KINDS:
        return None
    if nondisclosure.expires_at is None:
        return Gag(kind=kind, expires_at=None)
    if nondisclosure.expires_at > now:
        return Gag(kind=kind, expires_at=nondisclosure.expires_at)
    return None  # expired


def user_notice_status(
    user_notice: UserNotice, nondisclosure: Nondisclosure, now: datetime
) -> tuple[NoticeStatus, datetime | None]:
    """The status and ``not_before`` of every notice to an affected user or their counsel.

    The review's action decides (NOTIFY_NOW → PENDING, NOTIFY_AFTER → SCHEDULED,
    WITHHOLD_PENDING_COUNSEL → WITHHELD), then a gag in force can only delay it further:
    to the gag's expiry, or to WITHHELD when the gag is indefinite.
    """
    _require_aware(now)
    action = user_notice.action
    status: NoticeStatus
    not_before: datetime | None = None
    if action is UserNoticeAction.NOTIFY_NOW:
        status = NoticeStatus.PENDING
    elif action is UserNoticeAction.NOTIFY_AFTER:
        if user_notice.not_before is None:
            # "After" what? Without a date nobody may release it but counsel.
            status = NoticeStatus.WITHHELD
        else:
            status, not_before = NoticeStatus.SCHEDULED, user_notice.not_before
    else:
        # WITHHOLD_PENDING_COUNSEL, and anything unforeseen: fail safe.
        status = NoticeStatus.WITHHELD

    gag = gag_in_force(nondisclosure, now)
    if gag is None or status is NoticeStatus.WITHHELD:
        return status, not_before
    if gag.indefinite:
        return NoticeStatus.WITHHELD, None
    assert gag.expires_at is not None
    if not_before is None or not_before < gag.expires_at:
        not_before = gag.expires_at
    return NoticeStatus.SCHEDULED, not_before


def _contact_index(
    contacts: Mapping[str, AccountContact],
) -> tuple[dict[str, AccountContact], dict[str, AccountContact | None]]:
    exact: dict[str, AccountContact] = {}
    folded: dict[str, AccountContact | None] = {}
    for key, contact in contacts.items():
        for name in {key.removeprefix("@"), contact.handle}:
            exact.setdefault(name, contact)
            previous = folded.get(name.casefold(), contact)
            # Two different accounts folding to the same name: ambiguous, match neither.
            folded[name.casefold()] = contact if previous is contact else None
    return exact, folded


def _lookup(
    target: str, exact: Mapping[str, AccountContact], folded: Mapping[str, AccountContact | None]
) -> AccountContact | None:
    handle = target.strip().removeprefix("@")
    return exact.get(handle) or folded.get(handle.casefold())


def plan_user_notices(
    *,
    case_id: uuid.UUID,
    reviewed: LegalProcessReviewed,
    contacts: Mapping[str, AccountContact],
    now: datetime,
    kind: NoticeKind = NoticeKind.INITIAL,
    status: tuple[NoticeStatus, datetime | None] | None = None,
    occasion: str | None = None,
) -> list[PlannedNotice]:
    """The notices a review owes: per known target, one to the account holder's contact
    e-mail and one to their counsel of record, if any.

    Targets that are not known accounts get nothing. Every notice concerns exactly one
    account. Planning the same review twice gives the same notice keys. ``status``, when
    given, was computed by the caller from the case's gag record (``lifecycle``); by default
    it follows the review's own user-notice action and nondisclosure.
    """
    review = reviewed.review
    _require_aware(now)
    if status is None:
        status = user_notice_status(review.user_notice, review.nondisclosure, now)
    status_now, not_before = status
    exact, folded = _contact_index(contacts)

    planned: dict[str, PlannedNotice] = {}

    def add(role: NoticeRole, contact: AccountContact, recipient: str, name: str | None, org: str | None) -> None:
        notice = PlannedNotice.keyed(
            subject=contact.handle,
            case_id=case_id,
            kind=kind,
            role=role,
            recipient=recipient,
            recipient_name=name,
            recipient_organization=org,
            handle=contact.handle,
            status=status_now,
            not_before=not_before,
            occasion=occasion,
        )
        planned.setdefault(notice.notice_key, notice)

    for target in review.targets:
        contact = _lookup(target, exact, folded)
        if contact is None:
            continue
        if contact.contact_email:
            add(NoticeRole.USER, contact, contact.contact_email, None, None)
        if contact.counsel is not None:
            counsel = contact.counsel
            add(NoticeRole.COUNSEL, contact, counsel.email, counsel.name, counsel.organization)
    return list(planned.values())


def _counsel_for(tier: EscalationTier, counsel_by_tier: Mapping[EscalationTier, str]) -> str:
    """The address for ``tier``; if none is configured, the nearest more senior tier's,
    then the nearest junior one's: an escalation must reach somebody."""
    index = ESCALATION_LADDER.index(tier)
    order: Iterable[EscalationTier] = ESCALATION_LADDER[index:] + tuple(reversed(ESCALATION_LADDER[:index]))
    for candidate in order:
        address = counsel_by_tier.get(candidate)
        if address and address.strip():
            return address.strip()
    raise ValueError(f"no counsel address configured for tier {tier} or any other tier")


def plan_internal_counsel_alert(
    *,
    case_id: uuid.UUID,
    escalated: LegalProcessEscalated,
    counsel_by_tier: Mapping[EscalationTier, str],
) -> PlannedNotice:
    """The alert to the platform's own counsel for the escalation's tier; due now."""
    tier = escalated.tier
    recipient = _counsel_for(tier, counsel_by_tier)
    return PlannedNotice.keyed(
        # Each escalation of a case is its own alert: a re-alert at the same tier is sent again.
        subject=f"{tier.value}#{escalated.sequence}" if escalated.sequence else tier.value,
        case_id=case_id,
        kind=NoticeKind.ESCALATION,
        role=NoticeRole.INTERNAL_COUNSEL,
        recipient=recipient,
        tier=tier,
        status=NoticeStatus.PENDING,
        not_before=None,
    )

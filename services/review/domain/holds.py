"""Preservation holds (18 U.S.C. § 2703(f)): what a hold is and how it lives, pure.

A preservation request that passes review opens a hold on the accounts and data it names, for
records already in existence when it was received (prospective preservation stays refused:
§ 2703(f) reaches records "in its possession"). The hold runs ``term`` (90 days) from the
request's receipt; one renewed request from the same requester for the same accounts extends
it once by ``extension`` (90 days more, § 2703(f)(2)); legal ops are reminded ``reminders``
before it expires (14 and 3 days by default); it is released at expiry unless legal process for
the same accounts from the same requester arrives first: then it follows that case, with no
expiry of its own, until the case is closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from shared.vocabulary import CounselAction, DataCategory, Disposition, ProcessType


class HoldStatus(StrEnum):
    ACTIVE = "ACTIVE"  # running to its expiry
    FOLLOWS_CASE = "FOLLOWS_CASE"  # converted: kept until the case that named the same accounts is closed
    RELEASED = "RELEASED"


class HoldChange(StrEnum):
    """What is published on ``legal-hold.v1`` (one event per change, in order per hold)."""

    PLACED = "PLACED"
    EXTENDED = "EXTENDED"
    CONVERTED = "CONVERTED"  # now follows a case: no expiry until that case is closed
    RELEASED = "RELEASED"


class ReleaseReason(StrEnum):
    EXPIRED = "EXPIRED"
    CASE_CLOSED = "CASE_CLOSED"


class HoldTimerKind(StrEnum):
    REMIND = "REMIND"  # legal ops: the hold expires soon
    EXPIRE = "EXPIRE"


class HoldRefused(ValueError):
    """The change does not fit the hold (a second extension, a released hold...)."""


@dataclass(frozen=True)
class HoldPolicy:
    term: timedelta = timedelta(days=90)
    extension: timedelta = timedelta(days=90)
    reminders: tuple[timedelta, ...] = (timedelta(days=14), timedelta(days=3))


@dataclass(frozen=True)
class HoldTimer:
    kind: HoldTimerKind
    due_at: datetime


@dataclass(frozen=True)
class Hold:
    """One hold. ``accounts`` are handles as the directory keys them; ``requester`` is an opaque
    key of the requesting agency (``requester_identity``, stored as a blind index)."""

    hold_id: uuid.UUID
    requester: str
    accounts: frozenset[str]
    categories: frozenset[DataCategory]
    placed_by: uuid.UUID  # the preservation request's case
    received_at: datetime  # the request's receipt: the term and the records' cut-off run from it
    expires_at: datetime | None  # None while it follows a case
    status: HoldStatus = HoldStatus.ACTIVE
    extended_by: uuid.UUID | None = None  # the renewed request's case
    follows_case: uuid.UUID | None = None
    released_at: datetime | None = None
    release_reason: ReleaseReason | None = None
    sequence: int = 1  # the number of the hold's latest change (events are ordered by it)
    cases: tuple[uuid.UUID, ...] = field(default=())

    @property
    def extended(self) -> bool:
        return self.extended_by is not None


def requester_identity(*, name: str, email: str | None) -> str:
    """Who "the same requester" is: the agency, by its mail domain when there is one (an agent's
    colleague renews or serves the warrant), else by its name, case and spacing folded."""
    if email and "@" in email:
        return "domain:" + email.rsplit("@", 1)[1].strip().casefold()
    return "name:" + " ".join(name.casefold().split())


def opens_hold(process: ProcessType, disposition: Disposition) -> bool:
    """A preservation request passes review when its disposition is to preserve: not one whose
    term has run (SCA_PRESERVE_EXPIRED implies REQUEST_INFO: it came too late, no new hold), not a
    requester to verify, not held for counsel."""
    return process is ProcessType.PRESERVATION_REQUEST and disposition is Disposition.PRESERVE_ONLY


def converts_hold(process: ProcessType) -> bool:
    """Legal process that takes a hold over: compulsory process, not another letter or a plea."""
    return process not in (ProcessType.PRESERVATION_REQUEST, ProcessType.EMERGENCY_REQUEST, ProcessType.UNKNOWN)


def closes_case(action: CounselAction) -> bool:
    """A staff action after which the case a hold follows is closed: produced, or not genuine."""
    return action in (CounselAction.PRODUCTION_MADE, CounselAction.DISMISS_DEMAND)


def preserved_categories(
    requested: Iterable[DataCategory], *, prospective: Iterable[DataCategory]
) -> frozenset[DataCategory]:
    """What a hold keeps: the requested categories of records that exist; the forward-looking
    ones (real-time collection, the rule book's ``prospective_categories``) stay refused."""
    return frozenset(requested) - frozenset(prospective)


def matches(hold: Hold, *, requester: str, accounts: Iterable[str]) -> bool:
    return (
        hold.status is not HoldStatus.RELEASED and hold.requester == requester and bool(hold.accounts & set(accounts))
    )


def place(
    *,
    hold_id: uuid.UUID,
    case_id: uuid.UUID,
    requester: str,
    accounts: Iterable[str],
    categories: Iterable[DataCategory],
    received_at: datetime,
    policy: HoldPolicy,
) -> Hold:
    named = frozenset(accounts)
    if not named:
        raise HoldRefused("a hold names at least one account")
    return Hold(
        hold_id=hold_id,
        requester=requester,
        accounts=named,
        categories=frozenset(categories),
        placed_by=case_id,
        received_at=received_at,
        expires_at=received_at + policy.term,
        cases=(case_id,),
    )


def extend(hold: Hold, *, case_id: uuid.UUID, received_at: datetime, policy: HoldPolicy) -> Hold:
    """The one extension: ``extension`` more from the current expiry (§ 2703(f)(2))."""
    if hold.status is not HoldStatus.ACTIVE or hold.expires_at is None:
        raise HoldRefused(f"the hold is {hold.status.value.lower()}: nothing to extend")
    if hold.extended:
        raise HoldRefused("the hold was extended once already; § 2703(f)(2) allows one renewal")
    if received_at > hold.expires_at:
        raise HoldRefused("the renewal came after the hold expired")
    return replace(
        hold,
        expires_at=hold.expires_at + policy.extension,
        extended_by=case_id,
        sequence=hold.sequence + 1,
        cases=(*hold.cases, case_id),
    )


def follow(hold: Hold, *, case_id: uuid.UUID) -> Hold:
    """Legal process for the same accounts from the same requester: the hold follows that case."""
    if hold.status is not HoldStatus.ACTIVE:
        raise HoldRefused(f"the hold is {hold.status.value.lower()}")
    return replace(
        hold,
        status=HoldStatus.FOLLOWS_CASE,
        follows_case=case_id,
        expires_at=None,
        sequence=hold.sequence + 1,
        cases=(*hold.cases, case_id),
    )


def release(hold: Hold, *, at: datetime, reason: ReleaseReason) -> Hold:
    if hold.status is HoldStatus.RELEASED:
        raise HoldRefused("the hold was released already")
    return replace(
        hold,
        status=HoldStatus.RELEASED,
        released_at=at,
        release_reason=reason,
        sequence=hold.sequence + 1,
    )


def timers(hold: Hold, *, policy: HoldPolicy, now: datetime) -> list[HoldTimer]:
    """The reminders still ahead and the expiry, for an active hold; none otherwise."""
    if hold.status is not HoldStatus.ACTIVE or hold.expires_at is None:
        return []
    expires = hold.expires_at
    plan = [HoldTimer(HoldTimerKind.REMIND, expires - before) for before in sorted(policy.reminders, reverse=True)]
    return [t for t in plan if t.due_at > now] + [HoldTimer(HoldTimerKind.EXPIRE, expires)]


def on_timer(hold: Hold, *, kind: HoldTimerKind, now: datetime) -> tuple[Hold, str | None]:
    """A hold timer came due: the hold as it now stands, and the reminder for legal ops (if any).

    A timer of a hold that changed since (extended, converted, released) is stale: nothing.
    """
    if hold.status is not HoldStatus.ACTIVE or hold.expires_at is None:
        return hold, None
    if kind is HoldTimerKind.EXPIRE:
        if now < hold.expires_at:
            return hold, None  # extended since: the new expiry has its own timer
        return release(hold, at=now, reason=ReleaseReason.EXPIRED), None
    left = hold.expires_at - now
    if left <= timedelta(0):
        return hold, None
    days = max(1, round(left / timedelta(days=1)))
    renewal = (
        "it was extended once already and cannot be renewed again"
        if hold.extended
        else ("one 90-day renewal from the same requester is possible")
    )
    return hold, (
        f"Preservation hold {hold.hold_id} (18 U.S.C. § 2703(f)) expires in {days} days, on "
        f"{hold.expires_at:%d %b %Y}; {renewal}. It is released then unless legal process for the same "
        "accounts arrives from the same requester."
    )

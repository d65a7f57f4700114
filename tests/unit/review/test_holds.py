"""The preservation hold's lifecycle, pure: term, one extension, reminders, expiry, conversion."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from services.review.domain import holds
from services.review.domain.holds import HoldPolicy, HoldRefused, HoldStatus, HoldTimerKind, ReleaseReason
from shared.vocabulary import CounselAction, DataCategory, Disposition, ProcessType

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = HoldPolicy()
CASE, RENEWAL, WARRANT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def placed(**overrides: object) -> holds.Hold:
    return holds.place(
        hold_id=uuid.uuid4(),
        case_id=CASE,
        requester=holds.requester_identity(name="FBI", email="agent@fbi.gov"),
        accounts=["harbor_freight_fan"],
        categories=[DataCategory.STORED_CONTENT],
        received_at=T0,
        policy=POLICY,
    )


def test_a_hold_runs_ninety_days_from_receipt_with_reminders_14_and_3_days_before() -> None:
    hold = placed()
    assert hold.expires_at == T0 + timedelta(days=90) and hold.status is HoldStatus.ACTIVE
    plan = holds.timers(hold, policy=POLICY, now=T0)
    assert [(t.kind, t.due_at) for t in plan] == [
        (HoldTimerKind.REMIND, T0 + timedelta(days=76)),
        (HoldTimerKind.REMIND, T0 + timedelta(days=87)),
        (HoldTimerKind.EXPIRE, T0 + timedelta(days=90)),
    ]
    assert [t.kind for t in holds.timers(hold, policy=POLICY, now=T0 + timedelta(days=80))] == [
        HoldTimerKind.REMIND,
        HoldTimerKind.EXPIRE,
    ], "a reminder already past is not planned"


def test_one_extension_adds_ninety_days_and_a_second_is_refused() -> None:
    hold = holds.extend(placed(), case_id=RENEWAL, received_at=T0 + timedelta(days=80), policy=POLICY)
    assert hold.expires_at == T0 + timedelta(days=180) and hold.extended_by == RENEWAL and hold.sequence == 2
    with pytest.raises(HoldRefused, match="one renewal"):
        holds.extend(hold, case_id=uuid.uuid4(), received_at=T0 + timedelta(days=100), policy=POLICY)


def test_a_renewal_after_expiry_extends_nothing() -> None:
    with pytest.raises(HoldRefused, match="after the hold expired"):
        holds.extend(placed(), case_id=RENEWAL, received_at=T0 + timedelta(days=91), policy=POLICY)


def test_the_reminder_names_the_days_left_and_whether_a_renewal_is_possible() -> None:
    hold = placed()
    same, reminder = holds.on_timer(hold, kind=HoldTimerKind.REMIND, now=T0 + timedelta(days=76))
    assert same == hold and reminder is not None
    assert "expires in 14 days" in reminder and "one 90-day renewal" in reminder
    extended = holds.extend(hold, case_id=RENEWAL, received_at=T0 + timedelta(days=80), policy=POLICY)
    _, again = holds.on_timer(extended, kind=HoldTimerKind.REMIND, now=T0 + timedelta(days=177))
    assert again is not None and "expires in 3 days" in again and "cannot be renewed again" in again


def test_expiry_releases_unless_extended_since() -> None:
    hold = placed()
    released, _ = holds.on_timer(hold, kind=HoldTimerKind.EXPIRE, now=T0 + timedelta(days=90))
    assert released.status is HoldStatus.RELEASED and released.release_reason is ReleaseReason.EXPIRED
    extended = holds.extend(hold, case_id=RENEWAL, received_at=T0 + timedelta(days=10), policy=POLICY)
    stale, _ = holds.on_timer(extended, kind=HoldTimerKind.EXPIRE, now=T0 + timedelta(days=90))
    assert stale == extended, "the old expiry timer of an extended hold does nothing"


def test_legal_process_from_the_same_requester_converts_the_hold_which_then_never_expires() -> None:
    hold = holds.follow(placed(), case_id=WARRANT)
    assert hold.status is HoldStatus.FOLLOWS_CASE and hold.expires_at is None and hold.follows_case == WARRANT
    assert holds.timers(hold, policy=POLICY, now=T0) == []
    after, reminder = holds.on_timer(hold, kind=HoldTimerKind.EXPIRE, now=T0 + timedelta(days=365))
    assert after == hold and reminder is None
    released = holds.release(hold, at=T0 + timedelta(days=200), reason=ReleaseReason.CASE_CLOSED)
    assert released.status is HoldStatus.RELEASED
    with pytest.raises(HoldRefused):
        holds.release(released, at=T0 + timedelta(days=201), reason=ReleaseReason.CASE_CLOSED)


def test_matching_is_the_same_agency_and_an_account_in_common() -> None:
    hold = placed()
    fbi = holds.requester_identity(name="Federal Bureau of Investigation", email="other.agent@FBI.gov")
    assert holds.matches(hold, requester=fbi, accounts=["harbor_freight_fan", "someone_else"])
    assert not holds.matches(hold, requester=fbi, accounts=["someone_else"])
    dea = holds.requester_identity(name="DEA", email="agent@dea.gov")
    assert not holds.matches(hold, requester=dea, accounts=["harbor_freight_fan"])
    assert holds.requester_identity(name="  Ohio   State Police ", email=None) == "name:ohio state police"


def test_what_opens_converts_and_closes() -> None:
    assert holds.opens_hold(ProcessType.PRESERVATION_REQUEST, Disposition.PRESERVE_ONLY)
    assert not holds.opens_hold(ProcessType.PRESERVATION_REQUEST, Disposition.REQUEST_INFO)  # expired: too late
    assert not holds.opens_hold(ProcessType.PRESERVATION_REQUEST, Disposition.VERIFY_REQUESTER)
    assert not holds.opens_hold(ProcessType.SEARCH_WARRANT, Disposition.PRESERVE_ONLY)
    assert holds.converts_hold(ProcessType.SEARCH_WARRANT)
    assert not holds.converts_hold(ProcessType.PRESERVATION_REQUEST)
    assert not holds.converts_hold(ProcessType.EMERGENCY_REQUEST)
    assert holds.closes_case(CounselAction.PRODUCTION_MADE) and not holds.closes_case(CounselAction.ACKNOWLEDGE)


def test_a_hold_names_an_account() -> None:
    with pytest.raises(HoldRefused):
        holds.place(
            hold_id=uuid.uuid4(),
            case_id=CASE,
            requester="domain:fbi.gov",
            accounts=[],
            categories=[],
            received_at=T0,
            policy=POLICY,
        )


def test_prospective_categories_are_never_held() -> None:
    kept = holds.preserved_categories(
        [DataCategory.STORED_CONTENT, DataCategory.REALTIME_CONTENT],
        prospective=[DataCategory.REALTIME_CONTENT, DataCategory.REALTIME_METADATA],
    )
    assert kept == {DataCategory.STORED_CONTENT}

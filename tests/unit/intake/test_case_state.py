"""Where a case stands, from its read model: stage, tier, SLA, deadlines and the gag in words."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.intake.domain.case_state import Sla, Stage, countdown, derive_state, gag_in_words, span
from services.intake.domain.staff import (
    ROLE_PERMISSIONS,
    Permission,
    Role,
    WeakPassword,
    check_password_strength,
    permission_for,
)

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
DOCUMENT = {
    "process_type": "SUBPOENA_ADMINISTRATIVE",
    "return_by": "2027-01-20T12:00:00+00:00",
    "nondisclosure": {"present": False},
}
REVIEW = {"escalation_tier": "COUNSEL", "disposition": "OBJECT"}


def escalated(at: datetime, tier: str, sequence: int, acknowledge_by: datetime | None = None) -> dict[str, Any]:
    return {
        "event_type": "legal-process.escalated",
        "at": at.isoformat(),
        "tier": tier,
        "sequence": sequence,
        "acknowledge_by": acknowledge_by.isoformat() if acknowledge_by else None,
    }


def decided(at: datetime, action: str, **fields: Any) -> dict[str, Any]:
    return {
        "event_type": "legal-process.decided",
        "at": at.isoformat(),
        "decided_at": at.isoformat(),
        "action": action,
        **fields,
    }


def state(
    *,
    held: bool = False,
    review: dict[str, Any] | None = REVIEW,
    acknowledge_by: datetime | None = None,
    timeline: list[dict[str, Any]] | None = None,
    document: dict[str, Any] = DOCUMENT,
) -> Any:
    return derive_state(
        document=document, held=held, review=review, acknowledge_by=acknowledge_by, timeline=timeline or [], now=NOW
    )


@pytest.mark.parametrize(
    ("kwargs", "stage"),
    [
        ({"held": True}, Stage.NEEDS_TRIAGE),
        ({"review": None}, Stage.AWAITING_REVIEW),
        ({}, Stage.AWAITING_ACK),
        ({"timeline": [decided(NOW, "ACKNOWLEDGE")]}, Stage.IN_PROGRESS),
        ({"timeline": [decided(NOW, "DECIDE", disposition="OBJECT")]}, Stage.DECIDED),
    ],
)
def test_the_stage_follows_triage_review_acknowledgement_and_decision(kwargs: dict[str, Any], stage: Stage) -> None:
    assert state(**kwargs).stage is stage


@pytest.mark.parametrize(
    ("deadline", "sla"),
    [
        (NOW + timedelta(hours=5), Sla.RUNNING),
        (NOW + timedelta(hours=1), Sla.DUE_SOON),
        (NOW - timedelta(minutes=1), Sla.BREACHED),
        (NOW, Sla.BREACHED),
        (None, Sla.NONE),
    ],
)
def test_the_sla_runs_comes_due_and_breaches(deadline: datetime | None, sla: Sla) -> None:
    assert state(acknowledge_by=deadline).sla is sla


def test_acknowledging_meets_the_sla_even_after_its_deadline() -> None:
    late = state(acknowledge_by=NOW - timedelta(hours=3), timeline=[decided(NOW - timedelta(hours=1), "ACKNOWLEDGE")])
    assert late.sla is Sla.MET and late.acknowledged_at == NOW - timedelta(hours=1)


def test_the_latest_escalation_sets_the_tier_and_the_new_deadline_in_any_arrival_order() -> None:
    events = [
        escalated(NOW - timedelta(hours=1), "LITIGATION", 2, NOW + timedelta(hours=1)),
        escalated(NOW - timedelta(hours=9), "COUNSEL", 1, NOW - timedelta(hours=1)),
    ]
    for timeline in (events, list(reversed(events))):
        current = state(acknowledge_by=NOW - timedelta(hours=9), timeline=timeline)
        assert current.tier == "LITIGATION"
        assert current.acknowledge_by == NOW + timedelta(hours=1) and current.sla is Sla.DUE_SOON


def test_the_review_tier_holds_until_an_escalation() -> None:
    assert state().tier == "COUNSEL" and state(review=None).tier is None


def test_moved_return_dates_and_changed_gags_replace_the_demand_s() -> None:
    moved = NOW + timedelta(days=30)
    order = {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": "2027-06-01T00:00:00+00:00"}
    current = state(
        timeline=[
            decided(NOW, "RETURN_DATE_MOVED", return_by=moved.isoformat()),
            decided(NOW, "NDO_CHANGED", nondisclosure=order),
            decided(NOW, "USER_OBJECTED", production_hold=True),
        ]
    )
    assert current.return_by == moved and current.nondisclosure == order and current.production_hold


def test_the_most_urgent_case_sorts_first() -> None:
    breached = state(acknowledge_by=NOW - timedelta(minutes=5))
    soon = state(acknowledge_by=NOW + timedelta(minutes=30))
    later = state(acknowledge_by=NOW + timedelta(hours=20))
    done = state(timeline=[decided(NOW, "DECIDE", disposition="COMPLY")])
    assert sorted([done, later, soon, breached], key=lambda s: s.urgency) == [breached, soon, later, done]


@pytest.mark.parametrize(
    ("order", "words"),
    [
        ({"present": False}, "No nondisclosure order: the user may be told."),
        (
            {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": "2027-05-23T00:00:00+00:00"},
            "User notice withheld until 23 May 2027 (in 132 days 12 h), by a court order under 18 U.S.C. § 2705(b).",
        ),
        (
            {"present": True, "kind": "NSL_CERTIFICATION", "expires_at": None},
            "User notice withheld indefinitely: a National Security Letter nondisclosure certification with no end "
            "date. Counsel should seek a limit.",
        ),
        (
            {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": "2027-01-01T00:00:00+00:00"},
            "The nondisclosure order (a court order under 18 U.S.C. § 2705(b)) expired on 1 January 2027: "
            "the user may be told.",
        ),
        (
            {"present": True, "kind": "LETTER_REQUEST", "expires_at": None},
            "Nondisclosure asked for by the requester's letter (not binding without a court order); counsel decides "
            "whether the user notice waits.",
        ),
    ],
)
def test_the_gag_in_plain_words(order: dict[str, Any], words: str) -> None:
    assert gag_in_words(order, now=NOW) == words


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(days=2, hours=4, minutes=10), "in 2 days 4 h"),
        (timedelta(days=1), "in 1 day"),
        (timedelta(hours=3, minutes=5), "in 3 h 05 min"),
        (timedelta(minutes=12), "in 12 min"),
        (-timedelta(hours=3), "overdue by 3 h 00 min"),
    ],
)
def test_countdowns_never_hide_an_overdue_deadline(delta: timedelta, words: str) -> None:
    assert countdown(NOW + delta, NOW) == words
    assert span(delta) in words


def test_roles_nest_and_only_counsel_decides() -> None:
    ladder = [Role.INTAKE_CLERK, Role.LEGAL_OPS, Role.COUNSEL, Role.ADMIN]
    for lower, higher in itertools.pairwise(ladder):
        assert ROLE_PERMISSIONS[lower] < ROLE_PERMISSIONS[higher]
    deciders = {role for role in Role if Permission.DECIDE in ROLE_PERMISSIONS[role]}
    assert deciders == {Role.COUNSEL, Role.ADMIN}
    assert permission_for("DECIDE") is Permission.DECIDE
    assert permission_for("CHALLENGE_FILED") is Permission.RECORD_EVENTS
    assert permission_for("NAME_COUNSEL") is Permission.NAME_COUNSEL


@pytest.mark.parametrize("password", ["short", "counsel@example.org", "  COUNSEL@example.org "])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(WeakPassword):
        check_password_strength(password, email="counsel@example.org")
    check_password_strength("correct horse battery staple", email="counsel@example.org")


@pytest.mark.parametrize(
    ("acknowledge_by", "timeline"),
    [
        (None, []),  # dismissed straight from triage
        (NOW - timedelta(hours=1), []),  # a clock that would be breached
        (None, [decided(NOW, "DECIDE", disposition="OBJECT")]),  # whatever else is known
    ],
)
def test_a_case_dismissed_in_triage_is_dismissed_with_no_sla_and_sorts_last(
    acknowledge_by: datetime | None, timeline: list[dict[str, Any]]
) -> None:
    dismissed = derive_state(
        document=DOCUMENT,
        held=True,
        review=None,
        acknowledge_by=acknowledge_by,
        timeline=timeline,
        now=NOW,
        dismissed=True,
    )
    assert dismissed.stage is Stage.DISMISSED and dismissed.sla is Sla.NONE
    assert dismissed.stage.label == "Dismissed (not legal process)"
    others = [state(held=True), state(review=None), state(), state(acknowledge_by=NOW + timedelta(days=30))]
    assert all(other.urgency < dismissed.urgency for other in others)


def test_only_dismissed_cases_leave_the_default_queue() -> None:
    assert [stage for stage in Stage if not stage.in_default_queue] == [Stage.DISMISSED]
    assert state(held=True).stage.in_default_queue  # a held case waits in the queue until someone acts

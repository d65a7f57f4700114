"""The case page says when a user notice waits for requester verification (issue 15, finding 2),
and what legal ops did about it: confirmed the requester out of band, or dismissed the demand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.intake.domain.case_state import RequesterCheck, Sla, Stage, derive_state, requester_in_words
from services.intake.domain.staff import ROLE_PERMISSIONS, Permission, Role, permission_for

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
DOCUMENT = {"process_type": "SUBPOENA_ADMINISTRATIVE", "nondisclosure": {"present": False}}
OPS = "Lee Ops <lee.ops@dueprocess.test>"


def review(*, verified: bool, codes: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "escalation_tier": "COUNSEL",
        "disposition": "VERIFY_REQUESTER",
        "requester": {"name": "CBP", "kind": "FEDERAL", "verified": verified},
        "findings": [{"code": code, "severity": "warn", "citation": "x"} for code in codes],
    }


def decided(action: str, at: datetime, **fields: Any) -> dict[str, Any]:
    return {
        "event_type": "legal-process.decided",
        "at": at.isoformat(),
        "decided_at": at.isoformat(),
        "action": action,
        "decided_by": OPS,
        **fields,
    }


def test_an_unverified_requesters_case_shows_the_wait() -> None:
    state = derive_state(
        document=DOCUMENT,
        held=False,
        review=review(verified=False, codes=("REQUESTER_UNVERIFIED",)),
        acknowledge_by=NOW + timedelta(hours=4),
        timeline=[],
        now=NOW,
    )
    assert state.requester_check is RequesterCheck.WAITING
    words = requester_in_words(state)
    assert words is not None and words.startswith("User notice waits for requester verification")


def test_an_emergency_a_dkim_pass_verified_still_waits_for_confirmation() -> None:
    state = derive_state(
        document=DOCUMENT,
        held=False,
        review=review(verified=True, codes=("EDR_UNVERIFIED",)),
        acknowledge_by=None,
        timeline=[],
        now=NOW,
    )
    assert state.requester_check is RequesterCheck.WAITING


def test_a_verified_requester_shows_nothing() -> None:
    state = derive_state(
        document=DOCUMENT, held=False, review=review(verified=True), acknowledge_by=None, timeline=[], now=NOW
    )
    assert state.requester_check is None and requester_in_words(state) is None


def test_confirming_releases_and_dismissing_settles_the_case_like_a_decision() -> None:
    unverified = review(verified=False, codes=("REQUESTER_UNVERIFIED",))
    confirmed = derive_state(
        document=DOCUMENT,
        held=False,
        review=unverified,
        acknowledge_by=NOW + timedelta(hours=4),
        timeline=[decided("CONFIRM_REQUESTER", NOW - timedelta(minutes=5))],
        now=NOW,
    )
    assert confirmed.requester_check is RequesterCheck.CONFIRMED and confirmed.stage is Stage.AWAITING_ACK
    assert OPS in (requester_in_words(confirmed) or "")
    dismissed = derive_state(
        document=DOCUMENT,
        held=False,
        review=unverified,
        acknowledge_by=NOW + timedelta(hours=4),
        timeline=[decided("DISMISS_DEMAND", NOW - timedelta(minutes=5))],
        now=NOW,
    )
    assert dismissed.requester_check is RequesterCheck.DISMISSED
    assert dismissed.stage is Stage.DECIDED and dismissed.decision == "DISMISSED" and dismissed.sla is Sla.MET
    assert "never notified" in (requester_in_words(dismissed) or "")


def test_legal_ops_may_confirm_or_dismiss_and_a_clerk_may_not() -> None:
    for action in ("CONFIRM_REQUESTER", "DISMISS_DEMAND"):
        permission = permission_for(action)
        assert permission is Permission.VERIFY_REQUESTER
        assert permission in ROLE_PERMISSIONS[Role.LEGAL_OPS] and permission in ROLE_PERMISSIONS[Role.ADMIN]
        assert permission not in ROLE_PERMISSIONS[Role.INTAKE_CLERK]

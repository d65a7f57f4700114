"""The producer side of notify's contract: the review's rules for the staff actions notify
acts on (NDO_CHANGED, RETURN_DATE_MOVED, PRODUCTION_MADE), pure."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.decisions import ActionRefused, CaseStatus, apply_action
from shared.contracts import LegalProcessCase, LegalProcessDecided, Nondisclosure, Review
from shared.vocabulary import CounselAction as A
from shared.vocabulary import DataCategory, NondisclosureKind

NOW = datetime(2017, 3, 14, 16, 0, tzinfo=UTC)
DEMO = Path(__file__).resolve().parents[3] / "deploy" / "demo"


def seed_review() -> Review:
    document = json.loads((DEMO / "alt_uscis_summons.json").read_text())
    directory = AccountDirectory.from_entries(json.loads((DEMO / "accounts.json").read_text()))
    return assess(LegalProcessCase.model_validate(document), accounts=directory, now=NOW, received_at=NOW)


def act(action: A, *, status: CaseStatus = CaseStatus(), reason: str | None = "noted", **details: object):
    return apply_action(
        action=action,
        status=status,
        review=seed_review(),
        actor="Counsel A",
        reason=reason,
        disposition=None,
        now=NOW,
        **details,
    )  # type: ignore[arg-type]


def test_an_ndo_change_needs_a_reason_and_terms_and_travels_on_the_event() -> None:
    extended = Nondisclosure(
        present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=NOW + timedelta(days=90)
    )
    with pytest.raises(ActionRefused, match="reason"):
        act(A.NDO_CHANGED, reason=None, nondisclosure=extended)
    with pytest.raises(ActionRefused, match="what the nondisclosure order now is"):
        act(A.NDO_CHANGED)
    with pytest.raises(ActionRefused, match="lifted"):
        act(A.NDO_CHANGED, nondisclosure=extended.model_copy(update={"expires_at": NOW - timedelta(days=1)}))
    status, event = act(A.NDO_CHANGED, nondisclosure=extended)
    assert status == CaseStatus() and event.nondisclosure == extended and event.return_by is None
    _, lifted = act(A.NDO_CHANGED, nondisclosure=Nondisclosure())
    assert lifted.nondisclosure == Nondisclosure()
    again = LegalProcessDecided.model_validate_json(event.model_dump_json())
    assert again == event, "the new fields survive the wire"


def test_a_return_date_move_needs_a_new_date_and_a_reason() -> None:
    with pytest.raises(ActionRefused, match="new return date"):
        act(A.RETURN_DATE_MOVED)
    with pytest.raises(ActionRefused, match="reason"):
        act(A.RETURN_DATE_MOVED, reason="", return_by=NOW + timedelta(days=10))
    with pytest.raises(ActionRefused, match="already"):
        act(A.RETURN_DATE_MOVED, return_by=NOW, current_return_by=NOW)
    _, event = act(A.RETURN_DATE_MOVED, return_by=NOW + timedelta(days=10), current_return_by=NOW)
    assert event.return_by == NOW + timedelta(days=10) and event.nondisclosure is None


def test_a_production_needs_a_note_and_no_hold() -> None:
    with pytest.raises(ActionRefused, match="note"):
        act(A.PRODUCTION_MADE, reason=None)
    with pytest.raises(ActionRefused, match="on hold"):
        act(A.PRODUCTION_MADE, status=CaseStatus(production_hold=True))
    _, event = act(A.PRODUCTION_MADE, produced=[DataCategory.BASIC_SUBSCRIBER, DataCategory.BASIC_SUBSCRIBER])
    assert event.produced == [DataCategory.BASIC_SUBSCRIBER]


def test_details_of_one_action_never_ride_on_another() -> None:
    _, event = act(
        A.ACKNOWLEDGE, return_by=NOW, produced=[DataCategory.BASIC_SUBSCRIBER], nondisclosure=Nondisclosure()
    )
    assert event.return_by is None and event.produced == [] and event.nondisclosure is None

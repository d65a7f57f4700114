"""Counsel's actions, pure: what each requires and what it changes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.decisions import ActionRefused, CaseStatus, apply_action
from shared.contracts import LegalProcessCase, Nondisclosure, Review
from shared.vocabulary import CounselAction as A
from shared.vocabulary import Disposition, NondisclosureKind, UserNoticeAction

NOW = datetime(2017, 3, 14, 16, 0, tzinfo=UTC)
DEMO = Path(__file__).resolve().parents[3] / "deploy" / "demo"


def seed_review(**changes: object) -> Review:
    document = json.loads((DEMO / "alt_uscis_summons.json").read_text())
    document.update(changes)
    directory = AccountDirectory.from_entries(json.loads((DEMO / "accounts.json").read_text()))
    return assess(LegalProcessCase.model_validate(document), accounts=directory, now=NOW, received_at=NOW)


def act(
    action: A,
    *,
    status: CaseStatus = CaseStatus(),
    review: Review | None = None,
    reason: str | None = None,
    disposition: Disposition | None = None,
    actor: str = "Counsel A",
) -> tuple[CaseStatus, object]:
    return apply_action(
        action=action,
        status=status,
        review=review or seed_review(),
        actor=actor,
        reason=reason,
        disposition=disposition,
        now=NOW,
    )


def test_accepting_the_recommendation_needs_no_reason_and_acknowledges() -> None:
    status, event = act(A.DECIDE)
    assert status.decided_disposition is Disposition.CHALLENGE and status.acknowledged_by == "Counsel A"
    assert event.disposition is Disposition.CHALLENGE and not event.overrides_recommendation


def test_overriding_needs_a_written_reason() -> None:
    with pytest.raises(ActionRefused, match="needs a written reason"):
        act(A.DECIDE, disposition=Disposition.COMPLY)
    status, event = act(A.DECIDE, disposition=Disposition.OBJECT, reason="CBP withdrew the summons")
    assert event.overrides_recommendation and event.reason == "CBP withdrew the summons"
    assert status.decided_disposition is Disposition.OBJECT


def test_objection_and_challenge_hold_production_until_a_reasoned_decision_to_produce() -> None:
    with pytest.raises(ActionRefused):
        act(A.USER_OBJECTED)
    status, event = act(A.USER_OBJECTED, reason="the user's counsel wrote on 15 March")
    assert status.production_hold and event.production_hold
    with pytest.raises(ActionRefused):
        act(A.DECIDE, status=status, disposition=Disposition.COMPLY, reason="")
    status, event = act(A.DECIDE, status=status, disposition=Disposition.COMPLY, reason="court denied the motion")
    assert not status.production_hold and not event.production_hold
    status, _ = act(A.CHALLENGE_FILED, reason="N.D. Cal. 3:17-cv-01916")
    assert status.production_hold


def test_acknowledging_twice_is_refused() -> None:
    status, _ = act(A.ACKNOWLEDGE)
    with pytest.raises(ActionRefused, match="already acknowledged by Counsel A"):
        act(A.ACKNOWLEDGE, status=status, actor="Counsel B")


def test_only_a_withheld_notice_can_be_released_once_with_a_reason() -> None:
    with pytest.raises(ActionRefused, match="not withheld"):
        act(A.RELEASE_NOTICE, reason="no gag")
    gagged = seed_review(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B).model_dump()
    )
    assert gagged.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL
    with pytest.raises(ActionRefused, match="needs a reason"):
        act(A.RELEASE_NOTICE, review=gagged)
    status, event = act(A.RELEASE_NOTICE, review=gagged, reason="indefinite order vacated on motion")
    assert status.notice_released and event.action is A.RELEASE_NOTICE
    with pytest.raises(ActionRefused, match="already released"):
        act(A.RELEASE_NOTICE, review=gagged, status=status, reason="again")


def test_someone_must_act() -> None:
    with pytest.raises(ActionRefused, match="who is acting"):
        act(A.ACKNOWLEDGE, actor="  ")

"""CONFIRM_REQUESTER and DISMISS_DEMAND, pure: only for a demand whose requester nobody verified,
once (the first settles it), with the confirmed facts and a note of how legal ops reached them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.decisions import ActionRefused, CaseStatus, apply_action
from shared.contracts import LegalProcessCase, RequesterConfirmation, Review
from shared.vocabulary import ConfirmationMethod
from shared.vocabulary import CounselAction as A

NOW = datetime(2017, 3, 14, 16, 0, tzinfo=UTC)
DEMO = Path(__file__).resolve().parents[3] / "deploy" / "demo"
OPS = "Lee Ops <lee.ops@dueprocess.test>"
HOW = "Called CBP's Office of Chief Counsel on the number listed on cbp.gov"


def review(*, verified: bool) -> Review:
    document = json.loads((DEMO / "alt_uscis_summons.json").read_text())
    document["requester"]["verified"] = verified
    directory = AccountDirectory.from_entries(json.loads((DEMO / "accounts.json").read_text()))
    return assess(LegalProcessCase.model_validate(document), accounts=directory, now=NOW, received_at=NOW)


def confirmation(**changes: object) -> RequesterConfirmation:
    fields: dict[str, object] = {
        "requester_name": "U.S. Customs and Border Protection",
        "method": ConfirmationMethod.PHONE_CALLBACK,
        "confirmed_at": NOW - timedelta(minutes=10),
        "case_number": "CBP-2017-0042",
    }
    fields.update(changes)
    return RequesterConfirmation.model_validate(fields)


def act(action: A, *, of: Review, reason: str | None = HOW, settled_by: A | None = None, **kw: object) -> object:
    _, event = apply_action(
        action=action,
        status=CaseStatus(),
        review=of,
        actor=OPS,
        reason=reason,
        disposition=None,
        now=NOW,
        requester_settled_by=settled_by,
        **kw,  # type: ignore[arg-type]
    )
    return event


def test_confirming_an_unverified_requester_records_the_confirmed_facts() -> None:
    unverified = review(verified=False)
    assert "REQUESTER_UNVERIFIED" in [f.code for f in unverified.findings]
    event = act(A.CONFIRM_REQUESTER, of=unverified, confirmation=confirmation())
    assert event.confirmation == confirmation() and event.decided_by == OPS and event.reason == HOW  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reason": None}, "needs a note"),
        ({"confirmation": None}, "say what the requester confirmed"),
        ({"confirmation": confirmation(confirmed_at=NOW + timedelta(hours=1))}, "future"),
        ({"settled_by": A.CONFIRM_REQUESTER}, "already confirmed"),
        ({"settled_by": A.DISMISS_DEMAND}, "already dismissed"),
    ],
)
def test_a_confirmation_is_refused_without_its_facts_or_twice(changes: dict[str, object], message: str) -> None:
    kw: dict[str, object] = {"confirmation": confirmation(), **changes}
    with pytest.raises(ActionRefused, match=message):
        act(A.CONFIRM_REQUESTER, of=review(verified=False), **kw)  # type: ignore[arg-type]


def test_a_verified_requester_has_nothing_to_confirm_or_dismiss() -> None:
    verified = review(verified=True)
    for action in (A.CONFIRM_REQUESTER, A.DISMISS_DEMAND):
        with pytest.raises(ActionRefused, match="nothing to confirm"):
            act(action, of=verified, confirmation=confirmation())


def test_dismissing_needs_a_reason_and_settles_the_requester_once() -> None:
    unverified = review(verified=False)
    with pytest.raises(ActionRefused, match="needs a reason"):
        act(A.DISMISS_DEMAND, of=unverified, reason=None)
    event = act(A.DISMISS_DEMAND, of=unverified, reason="CBP never sent it")
    assert event.confirmation is None  # type: ignore[attr-defined]
    with pytest.raises(ActionRefused, match="already confirmed"):
        act(A.DISMISS_DEMAND, of=unverified, settled_by=A.CONFIRM_REQUESTER)

"""An emergency disclosure's formal-process date (issue 16, item 4) is one of the case's dates on
the case page and in the queue, with its rule: review sets it on the disclosure
(``LegalProcessDecided.formal_process.expected_by``) and intake's read model lists it beside the
review's computed dates, soonest first; no date without a disclosure that owes one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.intake.domain.case_state import derive_state

DISCLOSED = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
EXPECTED = DISCLOSED + timedelta(days=30)
ENDS = {
    "what": "emergency ends: user notice not before",
    "due": "2027-03-07",
    "at": "2027-03-07T03:15:00Z",
    "rule": "EDR_POST_NOTICE; policy emergency_notice_delay_days (18 U.S.C. § 2702(b)(8))",
    "explanation": "90 days after the request's receipt",
    "draft": None,
}


def _state(timeline: list[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    return derive_state(
        document={"process_type": "EMERGENCY_REQUEST"},
        held=False,
        review={"disposition": "COMPLY", "escalation_tier": "LEGAL_OPS", "computed_dates": [ENDS]},
        acknowledge_by=None,
        timeline=timeline,
        now=DISCLOSED + timedelta(hours=1),
    ).dates


def _decided(action: str, **fields: Any) -> dict[str, Any]:
    # as intake stores a decided event on the timeline: its payload fields (the address left out)
    return {
        "event_type": "legal-process.decided",
        "at": DISCLOSED.isoformat(),
        "action": action,
        "decided_by": "Legal Ops",
        "decided_at": DISCLOSED.isoformat(),
        **fields,
    }


def test_the_disclosures_formal_process_date_is_listed_with_its_rule_soonest_first() -> None:
    dates = _state(
        [
            _decided("DECIDE", disposition="COMPLY"),
            _decided("PRODUCTION_MADE", formal_process={"expected_by": EXPECTED.isoformat().replace("+00:00", "Z")}),
        ]
    )
    assert [d["due"] for d in dates] == ["2027-01-06", "2027-03-07"]
    owed = dates[0]
    assert owed["what"] == "formal legal process expected from the requester (emergency disclosure)"
    assert owed["rule"].startswith("policy emergency_formal_process_days")
    assert owed["explanation"].startswith("30 days after the disclosure recorded Monday 07 Dec 2026: 2027-01-06 16:00")


def test_no_formal_process_date_without_a_disclosure_that_owes_one() -> None:
    assert _state([]) == (ENDS,)
    assert _state([_decided("PRODUCTION_MADE", formal_process=None)]) == (ENDS,)
    assert _state([_decided("DECIDE", disposition="COMPLY")]) == (ENDS,)

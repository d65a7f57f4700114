"""`dueprocess assess` and computed dates (issue 16 part A): an emergency's end counted from receipt,
the same whatever ``--now``; every computed date printed with the rule that produced it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deploy.cli import main

EMERGENCY: dict[str, Any] = {
    "process_type": "EMERGENCY_REQUEST",
    "requester": {
        "name": "Federal Bureau of Investigation",
        "kind": "FEDERAL",
        "email": "duty@fbi.gov",
        "verified": True,
    },
    "targets": ["plainuser"],
    "data_categories": ["BASIC_SUBSCRIBER"],
    "emergency": {"narrative": "A caller threatened to kill a named person tonight.", "verified_out_of_band": True},
}

NSL: dict[str, Any] = {
    "process_type": "NATIONAL_SECURITY_LETTER",
    "requester": {
        "name": "Federal Bureau of Investigation",
        "kind": "FEDERAL",
        "email": "nsl@fbi.gov",
        "verified": True,
        "signer": "R. Smith",
        "signer_title": "Special Agent in Charge",
    },
    "targets": ["plainuser"],
    "data_categories": ["BASIC_SUBSCRIBER"],
    "served_at": "2026-11-26T09:00:00-05:00",
    "nondisclosure": {"present": True, "kind": "NSL_CERTIFICATION", "expires_at": None},
}

CIVIL: dict[str, Any] = {
    "process_type": "SUBPOENA_CIVIL",
    "requester": {"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
    "targets": ["plainuser"],
    "data_categories": ["BASIC_SUBSCRIBER"],
    "served_at": "2026-12-18T10:00:00-05:00",
    "return_by": "2026-12-28T10:00:00-05:00",
}


def _write(tmp_path: Path, case: dict[str, Any]) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _assess_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["assess", *args, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_one_emergency_request_assessed_at_two_times_has_one_not_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_write(tmp_path, EMERGENCY))
    received = "2026-12-07T03:15:00+00:00"
    first = _assess_json(capsys, path, "--received", received, "--now", "2026-12-07T03:20:00+00:00")
    late = _assess_json(capsys, path, "--received", received, "--now", "2027-01-15T12:00:00+00:00")
    assert first["user_notice"] == late["user_notice"]
    assert first["user_notice"] == {"action": "NOTIFY_AFTER", "not_before": "2027-03-07T03:15:00Z"}
    # without --received the service date stands in, and --now still changes nothing
    served = _write(tmp_path, {**EMERGENCY, "served_at": "2026-12-07T03:15:00+00:00"})
    a = _assess_json(capsys, str(served), "--now", "2026-12-08T00:00:00+00:00")
    b = _assess_json(capsys, str(served), "--now", "2027-02-01T00:00:00+00:00")
    assert a["user_notice"]["not_before"] == b["user_notice"]["not_before"] == "2027-03-07T03:15:00Z"


def test_an_emergency_with_no_date_of_receipt_is_not_dated_from_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = _assess_json(capsys, str(_write(tmp_path, EMERGENCY)), "--now", "2026-12-07T03:20:00+00:00")
    assert result["user_notice"] == {"action": "WITHHOLD_PENDING_COUNSEL", "not_before": None}
    assert any("received" in fact for fact in result["missing_facts"])


def test_assess_prints_every_computed_date_with_its_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for case in (CIVIL, NSL, {**EMERGENCY, "served_at": "2026-12-07T03:15:00+00:00"}):
        path = str(_write(tmp_path, case))
        as_json = _assess_json(capsys, path, "--now", "2026-12-21T15:00:00+00:00")
        assert as_json["computed_dates"], case["process_type"]
        assert main(["assess", path, "--now", "2026-12-21T15:00:00+00:00"]) == 0
        text = capsys.readouterr().out
        assert "Computed dates:" in text
        for computed in as_json["computed_dates"]:
            block = f"  {computed['due']}  {computed['what']}\n      {computed['explanation']}\n      rule: {computed['rule']}"
            assert block in text


def test_the_civil_subpoenas_dates_in_the_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(_write(tmp_path, CIVIL)), "--now", "2026-12-21T15:00:00+00:00"]) == 0
    text = capsys.readouterr().out
    # 14 days after Friday 18 Dec 2026 is New Year's Day: the objections window runs to Monday 4 Jan,
    # but the return date (28 Dec) is earlier, so objections are due 28 Dec
    assert "written objections due (Rule 45(d)(2)(B))" in text
    assert "2026-12-28  written objections due" in text
    assert "the return date the subpoena set, Monday 28 Dec 2026" in text
    assert "a date the subpoena set, not counted or moved under Fed. R. Civ. P. 6(a)" in text
    assert "moved to Monday 4 Jan 2027: 1 Jan is New Year's Day, a federal holiday" in text
    # the 10-day minimum runs from Friday 18 Dec to Monday 28 Dec: open, not moved
    assert "RULE45_DEFECT" in text


def test_the_nsl_draft_is_printed_for_counsel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(_write(tmp_path, NSL)), "--now", "2026-12-01T15:00:00+00:00"]) == 0
    text = capsys.readouterr().out
    assert "2026-12-28  reciprocal notice to the government" in text
    assert "26 Dec is a Saturday; 27 Dec is a Sunday" in text
    assert "draft for counsel:" in text and "§ 3511(b)(1)(A)" in text


def test_a_bad_received_option_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(_write(tmp_path, EMERGENCY)), "--received", "yesterday"]) == 2
    assert "--received" in capsys.readouterr().err

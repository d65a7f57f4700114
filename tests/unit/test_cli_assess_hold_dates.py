"""`dueprocess assess` of a preservation request prints the hold's computed dates with their rules
(issue 16: every computed date printed with its rule), counted from receipt, not from ``--now``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deploy.cli import main

PRESERVATION: dict[str, Any] = {
    "process_type": "PRESERVATION_REQUEST",
    "requester": {
        "name": "Federal Bureau of Investigation",
        "kind": "FEDERAL",
        "email": "duty@fbi.gov",
        "verified": True,
        "signer": "A. Agent",
        "signer_title": "Special Agent",
    },
    "targets": ["plainuser"],
    "data_categories": ["STORED_CONTENT"],
    "statute": "18 U.S.C. § 2703(f)",
}


def test_a_preservation_requests_hold_dates_are_printed_with_their_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(PRESERVATION), encoding="utf-8")
    received = ["--received", "2026-12-07T15:15:00+00:00"]
    outputs = []
    for now in ("2026-12-07T16:00:00+00:00", "2027-01-20T09:00:00+00:00"):
        assert main(["assess", str(path), *received, "--now", now, "--json"]) == 0
        outputs.append(json.loads(capsys.readouterr().out)["computed_dates"])
    assert outputs[0] == outputs[1], "the hold's dates do not move with --now"
    assert [(d["due"], d["rule"]) for d in outputs[0]] == [
        ("2027-03-07", "SCA_PRESERVE_OK; policy preservation_days (18 U.S.C. § 2703(f)(2))"),
        ("2027-02-21", "policy preservation_reminder_days"),
        ("2027-03-04", "policy preservation_reminder_days"),
    ]
    assert main(["assess", str(path), *received, "--now", "2026-12-07T16:00:00+00:00"]) == 0
    text = capsys.readouterr().out
    for computed in outputs[0]:
        assert (
            f"  {computed['due']}  {computed['what']}\n      {computed['explanation']}\n      rule: {computed['rule']}"
            in text
        )

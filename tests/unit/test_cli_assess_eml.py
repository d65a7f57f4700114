"""`dueprocess assess FILE.eml`: intake's extraction, then the same review as the case JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deploy.cli import main
from tests.corpus.email.build_corpus import seed_message

DEMO = Path(__file__).resolve().parents[2] / "deploy" / "demo"
SEED = DEMO / "alt_uscis_summons.json"
ACCOUNTS = DEMO / "accounts.json"
NOW = "2017-03-14T15:00:00-04:00"


def assess(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "deploy.cli", "assess", str(path), "--accounts", str(ACCOUNTS), "--now", NOW, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_seed_summons_as_an_email_gets_the_seed_cases_review_with_its_requester_unverified(
    tmp_path: Path,
) -> None:
    """Offline, as in an upload, the file's Authentication-Results (our MX's authserv-id) is not
    believed: no relay delivered it. DKIM is checked instead (no signature here): unverified."""
    eml = tmp_path / "alt_uscis_summons.eml"
    eml.write_bytes(seed_message())
    seed = json.loads(SEED.read_text())
    seed["requester"]["verified"] = False
    unverified = tmp_path / "alt_uscis_summons_unverified.json"
    unverified.write_text(json.dumps(seed))
    from_email, from_json = assess(eml), assess(unverified)
    assert from_email == from_json
    assert "REQUESTER_UNVERIFIED" in {f["code"] for f in from_email["findings"]}
    assert "REQUESTER_UNVERIFIED" not in {f["code"] for f in assess(SEED)["findings"]}


def test_an_unreadable_email_is_assessed_as_a_triage_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = tmp_path / "nothing.eml"
    eml.write_bytes(b"From: a@b.example\r\n\r\nhello")
    assert main(["assess", str(eml), "--json", "--now", NOW]) == 0
    captured = capsys.readouterr()
    assert "NEEDS_TRIAGE" in captured.err
    assert "NEEDS_TRIAGE" in {f["code"] for f in json.loads(captured.out)["findings"]}


def test_a_missing_email_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(tmp_path / "gone.eml")]) == 2
    assert "no such file" in capsys.readouterr().err

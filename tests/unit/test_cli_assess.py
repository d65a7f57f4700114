"""`dueprocess assess`: offline, the same code path as the service, and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deploy.cli import main

DEMO = Path(__file__).resolve().parents[2] / "deploy" / "demo"
SEED = DEMO / "alt_uscis_summons.json"
ACCOUNTS = DEMO / "accounts.json"
EXPECTED = {
    "SCA_BSI_SUBPOENA_OK",
    "ADMIN_PURPOSE_OUT_OF_SCOPE",
    "ANON_POLITICAL_GOV",
    "ANON_RETALIATION_SIGNAL",
    "RETURN_DATE_DEFECT",
    "NOTICE_REQUIRED",
}


def test_the_seed_case_prints_what_domain_md_expects() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "deploy.cli",
            "assess",
            str(SEED),
            "--accounts",
            str(ACCOUNTS),
            "--now",
            "2017-03-14T15:00:00-04:00",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert {f["code"] for f in output["findings"]} == EXPECTED
    assert output["disposition"] == "CHALLENGE" and output["escalation_tier"] == "LITIGATION"
    assert output["user_notice"] == {"action": "NOTIFY_NOW", "not_before": None}
    assert output["rule_set_version"]
    assert list(output)[:4] == ["process_type", "statute", "requester", "targets"], "docs/domain.md's shape"


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("{not json", ".json", "not valid JSON"),
        ('{"process_type": "SUBPOENA_MAGIC", "requester": {"name": "x", "kind": "FEDERAL"}}', ".json", "process_type"),
        (b"\xff\xfe\x00garbage".decode("latin-1"), ".json", "cannot read"),
    ],
)
def test_unreadable_input_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"case{suffix}"
    path.write_bytes(content.encode("latin-1"))
    assert main(["assess", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_files_and_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["assess", str(SEED), "--now", "last tuesday"]) == 2
    assert "ISO-8601" in capsys.readouterr().err
    bad_accounts = tmp_path / "accounts.json"
    bad_accounts.write_text('{"handle": "not a list"}')
    assert main(["assess", str(SEED), "--accounts", str(bad_accounts)]) == 2
    assert "JSON list" in capsys.readouterr().err


def test_without_a_directory_no_target_is_called_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SEED), "--json", "--now", "2017-03-14T15:00:00-04:00"]) == 0
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "TARGET_NOT_FOUND" not in codes

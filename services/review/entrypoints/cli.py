"""`dueprocess assess`: the review service's rules, offline, on one document."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from services.review.domain.assessment import AccountDirectory, assess, load_rule_book
from shared.contracts import LegalProcessCase


class AssessError(Exception):
    """Input the assessment cannot read; the CLI prints it and exits 2."""


def _read_json(path: Path, what: str) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AssessError(f"{what} {path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise AssessError(f"{what} {path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise AssessError(f"{what} {path}: not valid JSON: {exc}") from exc


def run_assess(*, path: Path, accounts_file: Path | None, now: str | None) -> dict[str, Any]:
    """The offline assessment; same code path as the service's consumer."""
    if path.suffix.lower() == ".eml":
        raise AssessError(f"{path}: e-mail (.eml) assessment is not available yet; submit the case JSON instead")
    document = _read_json(path, "case")
    try:
        case = LegalProcessCase.model_validate(document)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(case)'}: {e['msg']}" for e in exc.errors())
        raise AssessError(f"case {path}: {problems}") from exc
    entries = _read_json(accounts_file, "accounts") if accounts_file else None
    if entries is not None and not isinstance(entries, list):
        raise AssessError(f"accounts {accounts_file}: expected a JSON list of accounts")
    try:
        moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    except ValueError as exc:
        raise AssessError(f"--now {now!r}: not an ISO-8601 date-time") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        # Without a directory no target can be said not to exist.
        directory = AccountDirectory.unknown() if entries is None else AccountDirectory.from_entries(entries)
    except (ValidationError, KeyError, TypeError) as exc:
        raise AssessError(f"accounts {accounts_file}: {exc}") from exc
    review = assess(case, accounts=directory, rule_book=load_rule_book(), now=moment, received_at=moment)
    return review.model_dump(mode="json")


def main(*, path: Path, accounts_file: Path | None, now: str | None, as_json: bool) -> int:
    try:
        result = run_assess(path=path, accounts_file=accounts_file, now=now)
    except AssessError as exc:
        print(f"dueprocess assess: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"{result['disposition']} ({result['escalation_tier']}); user notice {result['user_notice']['action']}")
        for finding in result["findings"]:
            print(
                f"  [{finding['severity']}] {finding['code']} — {finding['citation']}\n      {finding['explanation']}"
            )
    return 0

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


def _moment(value: str, option: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise AssessError(f"{option} {value!r}: not an ISO-8601 date-time") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def run_assess(
    *, path: Path, accounts_file: Path | None, now: str | None, received: str | None = None
) -> dict[str, Any]:
    """The offline assessment; same code path as the service's consumer.

    ``received`` is when the demand was received (``--received``); without it, its service date
    stands in. Neither is ever taken from ``now``: an emergency's end and every period counted from
    receipt must not move with the time of the assessment.
    """
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
    moment = _moment(now, "--now") if now else datetime.now(UTC)
    received_at = _moment(received, "--received") if received else case.served_at
    try:
        # Without a directory no target can be said not to exist.
        directory = AccountDirectory.unknown() if entries is None else AccountDirectory.from_entries(entries)
    except (ValidationError, KeyError, TypeError) as exc:
        raise AssessError(f"accounts {accounts_file}: {exc}") from exc
    review = assess(case, accounts=directory, rule_book=load_rule_book(), now=moment, received_at=received_at)
    return review.model_dump(mode="json")


def main(*, path: Path, accounts_file: Path | None, now: str | None, as_json: bool, received: str | None = None) -> int:
    try:
        result = run_assess(path=path, accounts_file=accounts_file, now=now, received=received)
    except AssessError as exc:
        print(f"dueprocess assess: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        notice = result["user_notice"]
        after = f" not before {notice['not_before']}" if notice.get("not_before") else ""
        print(f"{result['disposition']} ({result['escalation_tier']}); user notice {notice['action']}{after}")
        for finding in result["findings"]:
            print(
                f"  [{finding['severity']}] {finding['code']} — {finding['citation']}\n      {finding['explanation']}"
            )
        dates = result.get("computed_dates") or []
        if dates:
            print("Computed dates:")
        for computed in dates:
            print(
                f"  {computed['due']}  {computed['what']}\n      {computed['explanation']}\n      rule: {computed['rule']}"
            )
            if computed.get("draft"):
                print(
                    "      draft for counsel:\n"
                    + "\n".join(f"        {line}" for line in computed["draft"].splitlines())
                )
    return 0

"""Checks the blind corpus: every expected file complete and in the vocabulary, every message parses, DKIM.

.venv/bin/python -m tests.corpus.blind.validate
"""

from __future__ import annotations

import email
import json
import sys
from collections.abc import Callable
from email import policy
from pathlib import Path
from typing import Any

import dkim

from tests.corpus.blind.kit import FIELDS
from tests.corpus.email.build_corpus import public_key_record

HERE = Path(__file__).resolve().parent
PROCESS = {
    "SEARCH_WARRANT",
    "COURT_ORDER_2703D",
    "SUBPOENA_GRAND_JURY",
    "SUBPOENA_TRIAL",
    "SUBPOENA_ADMINISTRATIVE",
    "SUBPOENA_CIVIL",
    "SUBPOENA_DMCA_512H",
    "NATIONAL_SECURITY_LETTER",
    "PEN_REGISTER_ORDER",
    "WIRETAP_ORDER",
    "PRESERVATION_REQUEST",
    "EMERGENCY_REQUEST",
    "FOREIGN_REQUEST",
    "UNKNOWN",
}
CATEGORIES = {
    "BASIC_SUBSCRIBER",
    "NON_CONTENT_RECORDS",
    "LOCATION_HISTORY",
    "STORED_CONTENT",
    "PUBLIC_CONTENT",
    "REALTIME_METADATA",
    "REALTIME_CONTENT",
}
KINDS = {"FEDERAL", "STATE_LOCAL", "FOREIGN_GOVERNMENT", "PRIVATE_PARTY", "COURT"}
NDO = {None, "COURT_ORDER_2705B", "NSL_CERTIFICATION", "LETTER_REQUEST"}
MECH = {None, "NONE", "MLAT", "CLOUD_ACT_AGREEMENT"}


def dns(name: bytes, timeout: int = 5) -> bytes | None:
    return public_key_record() if name.lower().startswith(b"corpus._domainkey.") else None


def options(value: Any) -> list[Any]:
    return list(value["any_of"]) if isinstance(value, dict) and "any_of" in value else [value]


def check(stem: str) -> list[str]:
    errors: list[str] = []
    data = json.loads((HERE / f"{stem}.expected.json").read_text(encoding="utf-8"))
    f = data["fields"]
    errors += [f"missing {k}" for k in FIELDS if k not in f]
    if data["outcome"] not in ("REVIEW", "TRIAGE", "NOT_LEGAL_PROCESS"):
        errors.append("outcome")
    if f["triage"] != (data["outcome"] != "REVIEW"):
        errors.append("triage vs outcome")
    checks: list[tuple[str, Callable[[Any], bool]]] = [
        ("process_type", lambda v: v in PROCESS),
        ("requester.kind", lambda v: v in KINDS),
        ("nondisclosure.kind", lambda v: v in NDO),
        ("mechanism", lambda v: v in MECH),
        ("data_categories", lambda v: set(v) <= CATEGORIES),
    ]
    for key, ok in checks:
        if not all(ok(v) for v in options(f[key])):
            errors.append(f"vocabulary {key}")
    if data["outcome"] == "NOT_LEGAL_PROCESS" and (
        f["process_type"] != "UNKNOWN" or f["targets"] or f["data_categories"]
    ):
        errors.append("not-legal-process fields")
    if "FOREIGN_REQUEST" in options(f["process_type"]) and f["mechanism"] is None:
        errors.append("foreign without mechanism")
    raw = (HERE / f"{stem}.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=policy.default)
    if not message["From"] or not message["Date"]:
        errors.append("headers")
    signed = message["DKIM-Signature"] is not None
    verify: Callable[..., bool] = dkim.verify
    verified = verify(raw, dnsfunc=dns) if signed else False
    data["_dkim"] = "pass" if verified else ("fail" if signed else "none")
    if f["requester.verified"] is True and not verified and "Authentication-Results" not in message:
        errors.append("verified without DKIM")
    return errors


def main() -> int:
    stems = sorted(p.name[: -len(".eml")] for p in HERE.glob("*.eml"))
    bad = 0
    for stem in stems:
        errors = check(stem)
        if errors:
            bad += 1
            print(stem, errors)
    print(f"{len(stems)} messages, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

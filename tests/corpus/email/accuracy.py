"""Field-level accuracy of the e-mail extraction on the corpus in this folder.

    PYTHONPATH=. .venv/bin/python -m tests.corpus.email.accuracy     # prints the table and the misses

Every message is read exactly as intake reads it (``analyse_sync``: MIME, PDFs in the worker
process, DKIM against the corpus's test key, Authentication-Results from mx.dueprocess.local
believed as a configured relay's: ``corpus_config``),
and each field of the case is compared with the message's ``.expected.json``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.service_layer.email import EmailIngestion, analyse_sync
from shared.reference import normalize_name
from tests.corpus.email.build_corpus import public_key_record

HERE = Path(__file__).resolve().parent
FIELDS = (
    "process_type",
    "statute",
    "requester.name",
    "requester.kind",
    "requester.country",
    "requester.email",
    "requester.verified",
    "requester.signer",
    "requester.signer_title",
    "targets",
    "data_categories",
    "stated_purpose",
    "date_range",
    "served_at",
    "return_by",
    "nondisclosure.present",
    "nondisclosure.kind",
    "nondisclosure.expires_at",
    "emergency",
    "mechanism",
    "case_number",
    "issuing_court",
    "triage",
)


def corpus_dns(name: bytes, timeout: int = 5) -> bytes | None:
    """The corpus's DNS: every ``corpus._domainkey.<domain>`` answers with the test public key."""
    return public_key_record() if name.lower().startswith(b"corpus._domainkey.") else None


def corpus_config(pdf: PdfTextExtractor | None = None) -> EmailIngestion:
    """Intake's reading with the corpus's DNS, and every message read as our configured relay
    (mx.dueprocess.local) delivered it: the corpus's Authentication-Results headers stand for the
    one our own MX adds, so they count here. The service believes such a header only from a
    configured relay address; an upload or ``dueprocess assess`` verifies DKIM instead."""
    return EmailIngestion(
        pdf=pdf or PdfTextExtractor(), dkim=DkimVerifier(dnsfunc=corpus_dns), offline_relay_trusted=True
    )


def _text(value: Any) -> str:
    text = str(value).replace("’", "'").replace("“", '"').replace("”", '"').casefold()
    return " ".join(text.split()).strip(" .,;:")


def _words(value: str) -> str:
    return " ".join(re.sub(r"[^\w§]+", " ", value.casefold()).split())


_HONORIFICS = re.compile(
    r"^(?:hon|honorable|dr|det|detective|sgt|sergeant|dc|sa|agent|hhj|judge|mr|ms|mrs)\.?\s+", re.I
)


def _person(value: str) -> str:
    value = value.strip()
    while _HONORIFICS.match(value):
        value = _HONORIFICS.sub("", value, count=1)
    return normalize_name(re.sub(r",?\s*(?:esq\.?|jr\.?|sr\.?)$", "", value, flags=re.I))


def _moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    return datetime.fromisoformat(str(value))


def _alternatives(expected: Any) -> list[Any]:
    if isinstance(expected, dict) and "any_of" in expected:
        return list(expected["any_of"])
    return [expected]


def matches(name: str, expected: Any, actual: Any, *, reasons: list[str] | None = None) -> bool:
    if name == "triage":
        return bool(actual) == bool(expected)
    return any(_match_one(name, option, actual) for option in _alternatives(expected))


def _match_one(name: str, expected: Any, actual: Any) -> bool:
    if expected is None or actual is None:
        return expected is None and actual in (None, [], "")
    if name in ("targets", "data_categories"):
        return {_text(v) for v in expected} == {_text(v) for v in actual}
    if name in ("served_at", "return_by", "nondisclosure.expires_at"):
        return _moment(expected) == _moment(actual)
    if name == "date_range":
        return bool(expected == actual)
    if name == "requester.name":
        return normalize_name(str(expected)) == normalize_name(str(actual))
    if name == "requester.signer":
        return _person(str(expected)) == _person(str(actual))
    if name == "stated_purpose":
        return _words(str(expected)) in _words(str(actual))
    if name == "emergency":
        return _words(expected["narrative_contains"]) in _words(actual.get("narrative") or "")
    if isinstance(expected, bool):
        return expected is actual
    return _text(expected) == _text(actual)


def actual_fields(case: dict[str, Any], triage_reasons: list[str]) -> dict[str, Any]:
    requester = case["requester"]
    ndo = case["nondisclosure"]
    return {
        "process_type": case["process_type"],
        "statute": case["statute"],
        "requester.name": requester["name"],
        "requester.kind": requester["kind"],
        "requester.country": requester["country"],
        "requester.email": requester["email"],
        "requester.verified": requester["verified"],
        "requester.signer": requester["signer"],
        "requester.signer_title": requester["signer_title"],
        "targets": case["targets"],
        "data_categories": case["data_categories"],
        "stated_purpose": case["stated_purpose"],
        "date_range": case["date_range"],
        "served_at": case["served_at"],
        "return_by": case["return_by"],
        "nondisclosure.present": ndo["present"],
        "nondisclosure.kind": ndo["kind"],
        "nondisclosure.expires_at": ndo["expires_at"],
        "emergency": case["emergency"],
        "mechanism": case["mechanism"],
        "case_number": case["case_number"],
        "issuing_court": case["issuing_court"],
        "triage": bool(triage_reasons),
    }


@dataclass
class Report:
    messages: int = 0
    correct: dict[str, int] = field(default_factory=dict)
    scored: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    @property
    def overall(self) -> float:
        return sum(self.correct.values()) / max(1, sum(self.scored.values()))

    def accuracy(self, name: str) -> float:
        return self.correct.get(name, 0) / max(1, self.scored.get(name, 0))

    def table(self) -> str:
        lines = [
            f"e-mail corpus: {self.messages} messages, {sum(self.scored.values())} fields scored",
            f"{'field':28} {'correct':>8} {'of':>4} {'accuracy':>9}",
        ]
        for name in FIELDS:
            if self.scored.get(name):
                lines.append(
                    f"{name:28} {self.correct.get(name, 0):>8} {self.scored[name]:>4} {self.accuracy(name):>9.3f}"
                )
        lines.append(
            f"{'overall':28} {sum(self.correct.values()):>8} {sum(self.scored.values()):>4} {self.overall:>9.3f}"
        )
        return "\n".join(lines)


def evaluate(folder: Path = HERE, *, config: EmailIngestion | None = None) -> Report:
    config = config or corpus_config()
    report = Report()
    received_at = datetime(2024, 6, 30, tzinfo=UTC)
    for path in sorted(folder.glob("*.eml")):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))["fields"]
        analysis = analyse_sync(path.read_bytes(), config=config, received_at=received_at)
        reasons = list(analysis.extraction.triage_reasons)
        actual = actual_fields(analysis.extraction.case.model_dump(mode="json"), reasons)
        report.messages += 1
        for name in FIELDS:
            if name not in expected:
                continue
            ok = matches(name, expected[name], actual[name])
            if name == "triage" and ok and expected.get("triage_contains"):
                ok = any(expected["triage_contains"].casefold() in r.casefold() for r in reasons)
            report.scored[name] = report.scored.get(name, 0) + 1
            report.correct[name] = report.correct.get(name, 0) + int(ok)
            if not ok:
                shown = reasons if name == "triage" else actual[name]
                report.misses.append((path.stem, name, expected[name], shown))
    return report


if __name__ == "__main__":
    pdf = PdfTextExtractor()
    try:
        result = evaluate(config=corpus_config(pdf))
    finally:
        pdf.close()
    print(result.table())
    for message, name, expected, actual in result.misses:
        print(f"  {message}: {name}: expected {expected!r}, got {actual!r}", file=sys.stderr)

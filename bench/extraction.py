"""``python -m bench extraction``: how well intake reads e-mailed demands, per corpus.

Every ``.eml`` of each corpus folder is read exactly as intake reads it (``analyse_sync``: MIME,
attachments in the worker process, DKIM against the corpus's test key) and compared with its
``.expected.json``. Per corpus, per field and per language it reports:

* **field accuracy**: fields read right / fields scored (every field the expected file names);
* **case accuracy**: cases entirely right - a demand that should reach review reached it with
  every decisive field right; one that should be held (unclear, or not legal process) was held;
* **automation rate**: the share of legal-process messages that reached review without triage;
* **silent errors**: messages that reached review although a decisive field was wrong or the
  message should have been held - the worst outcome (a confident wrong answer);
* **time per message** (p50/p99), with OCR'd and office-file messages measured apart.

The corpora: ``tests/corpus/email`` (the project's own), ``tests/corpus/blind`` (written blind by
someone who had not read the extractor) and the hold-outs ``tests/corpus/blind_holdout`` ..
``blind_holdout13`` (likewise; each scored before anyone fixing the extractor opened it, its first
score kept in its ``first-score.json``; once opened it is a development set, its README says
since when), each where present.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "own": ROOT / "tests" / "corpus" / "email",
    "blind": ROOT / "tests" / "corpus" / "blind",
    "blind_holdout": ROOT / "tests" / "corpus" / "blind_holdout",
    "blind_holdout2": ROOT / "tests" / "corpus" / "blind_holdout2",
    "blind_holdout3": ROOT / "tests" / "corpus" / "blind_holdout3",
    "blind_holdout4": ROOT / "tests" / "corpus" / "blind_holdout4",
    "blind_holdout5": ROOT / "tests" / "corpus" / "blind_holdout5",
    "blind_holdout6": ROOT / "tests" / "corpus" / "blind_holdout6",
    "blind_holdout7": ROOT / "tests" / "corpus" / "blind_holdout7",
    "blind_holdout8": ROOT / "tests" / "corpus" / "blind_holdout8",
    "blind_holdout9": ROOT / "tests" / "corpus" / "blind_holdout9",
    "blind_holdout10": ROOT / "tests" / "corpus" / "blind_holdout10",
    "blind_holdout11": ROOT / "tests" / "corpus" / "blind_holdout11",
    "blind_holdout12": ROOT / "tests" / "corpus" / "blind_holdout12",
    "blind_holdout13": ROOT / "tests" / "corpus" / "blind_holdout13",
}
#: The fields whose value decides the review (a wrong one unflagged is a silent error).
DECISIVE = (
    "process_type",
    "requester.kind",
    "requester.verified",
    "requester.country",
    "targets",
    "data_categories",
    "nondisclosure.present",
    "nondisclosure.kind",
    "nondisclosure.expires_at",
    "return_by",
)
#: The own corpus was written against one fixed arrival time; the blind ones arrive when sent.
OWN_RECEIVED_AT = datetime(2024, 6, 30, tzinfo=UTC)


@dataclass
class Tally:
    correct: int = 0
    scored: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.scored += 1

    @property
    def rate(self) -> float | None:
        return round(self.correct / self.scored, 4) if self.scored else None


@dataclass
class CorpusReport:
    name: str
    messages: int = 0
    fields: Tally = field(default_factory=Tally)
    cases: Tally = field(default_factory=Tally)
    automated: Tally = field(default_factory=Tally)
    silent_errors: list[str] = field(default_factory=list)
    per_field: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    per_language: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: {"fields": Tally(), "cases": Tally(), "automated": Tally()})
    )
    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self, *, with_misses: bool) -> dict[str, Any]:
        timing = {
            kind: {
                "messages": len(values),
                "p50_ms": _ms_at(values, 50),
                "p99_ms": _ms_at(values, 99),
            }
            for kind, values in sorted(self.seconds.items())
            if values
        }
        report: dict[str, Any] = {
            "messages": self.messages,
            "field_accuracy": self.fields.rate,
            "case_accuracy": self.cases.rate,
            "automation_rate": self.automated.rate,
            "silent_errors": len(self.silent_errors),
            "silent_error_messages": self.silent_errors,
            "per_field": {name: tally.rate for name, tally in sorted(self.per_field.items())},
            "per_language": {
                language: {key: tally.rate for key, tally in tallies.items()} | {"messages": tallies["cases"].scored}
                for language, tallies in sorted(self.per_language.items())
            },
            "time_per_message": timing,
        }
        if with_misses:
            report["misses"] = self.misses
        return report


def _ms_at(seconds: list[float], q: float) -> float | None:
    """The ``q``th percentile of ``seconds`` in milliseconds (None for no values)."""
    from bench.pipeline import percentile

    value = percentile(seconds, q)
    return None if value is None else round(value * 1000, 1)


def _received_at(raw: bytes, corpus: str) -> datetime:
    if corpus == "own":
        return OWN_RECEIVED_AT
    date = message_from_bytes(raw).get("Date")
    try:
        moment = parsedate_to_datetime(str(date)) if date else None
    except (TypeError, ValueError):
        moment = None
    return moment if moment is not None and moment.tzinfo is not None else OWN_RECEIVED_AT


def _outcome(expected: dict[str, Any]) -> str:
    if "outcome" in expected:
        return str(expected["outcome"])
    if expected["fields"].get("process_type") == "UNKNOWN" and expected["fields"].get("triage"):
        return "NOT_LEGAL_PROCESS"
    return "TRIAGE" if expected["fields"].get("triage") else "REVIEW"


def _timing_kind(expected: dict[str, Any], documents: tuple[Any, ...]) -> str:
    formats = set(expected.get("formats") or ())
    if "scan" in formats or any(getattr(d, "ocr_confidence", None) is not None for d in documents):
        return "ocr"
    if formats & {"docx", "odt"}:
        return "office"
    return "plain"


def evaluate(name: str, folder: Path, *, config: Any, progress: bool = False) -> CorpusReport:
    from services.intake.service_layer.email import analyse_sync
    from tests.corpus.email.accuracy import FIELDS, actual_fields, matches

    report = CorpusReport(name)
    paths = sorted(folder.glob("*.eml"))
    for index, path in enumerate(paths, 1):
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
        wanted = expected["fields"]
        outcome = _outcome(expected)
        language = str(expected.get("language") or "en")
        raw = path.read_bytes()
        started = time.perf_counter()
        analysis = analyse_sync(raw, config=config, received_at=_received_at(raw, name))
        elapsed = time.perf_counter() - started
        report.seconds[_timing_kind(expected, analysis.documents)].append(elapsed)
        reasons = list(analysis.extraction.triage_reasons)
        actual = actual_fields(analysis.extraction.case.model_dump(mode="json"), reasons)
        held = bool(reasons)
        report.messages += 1
        wrong_decisive = []
        for field_name in FIELDS:
            if field_name not in wanted or field_name == "triage":
                continue
            ok = matches(field_name, wanted[field_name], actual[field_name])
            report.fields.add(ok)
            report.per_field[field_name].add(ok)
            report.per_language[language]["fields"].add(ok)
            if not ok:
                report.misses.append(
                    {
                        "message": path.stem,
                        "field": field_name,
                        "expected": wanted[field_name],
                        "got": actual[field_name],
                    }
                )
                if field_name in DECISIVE:
                    wrong_decisive.append(field_name)
        should_hold = outcome != "REVIEW"
        case_ok = held if should_hold else (not held and not wrong_decisive)
        report.cases.add(case_ok)
        report.per_language[language]["cases"].add(case_ok)
        if outcome != "NOT_LEGAL_PROCESS":
            report.automated.add(not held)
            report.per_language[language]["automated"].add(not held)
        if not held and (should_hold or wrong_decisive):
            report.silent_errors.append(path.stem)
            why = f"should be held ({outcome})" if should_hold else "wrong: " + ", ".join(wrong_decisive)
            report.misses.append({"message": path.stem, "field": "SILENT ERROR", "expected": outcome, "got": why})
        if held and not should_hold:
            report.misses.append(
                {"message": path.stem, "field": "held for triage", "expected": outcome, "got": reasons}
            )
        if progress:
            print(f"\r[extraction] {name}: {index}/{len(paths)}", end="", file=sys.stderr, flush=True)
    if progress and paths:
        print(file=sys.stderr)
    return report


def run(corpora: list[str] | None = None, *, with_misses: bool = False, progress: bool = True) -> dict[str, Any]:
    from services.intake.adapters.pdf_text import PdfTextExtractor
    from tests.corpus.email.accuracy import corpus_config

    pdf = PdfTextExtractor()
    try:
        config = corpus_config(pdf)
        results: dict[str, Any] = {}
        for name, folder in CORPORA.items():
            if corpora and name not in corpora:
                continue
            if not folder.is_dir() or not any(folder.glob("*.eml")):
                continue
            results[name] = evaluate(name, folder, config=config, progress=progress).to_json(with_misses=with_misses)
        return {"decisive_fields": list(DECISIVE), "corpora": results}
    finally:
        pdf.close()


def human(report: dict[str, Any]) -> None:
    for name, figures in report["corpora"].items():
        print(f"\n== {name}: {figures['messages']} messages")
        for key in ("field_accuracy", "case_accuracy", "automation_rate", "silent_errors"):
            print(f"  {key:18} {figures[key]}")
        if figures["silent_error_messages"]:
            print("  silent errors in: " + ", ".join(figures["silent_error_messages"]))
        print(
            "  per language: "
            + "; ".join(
                f"{lang} ({v['messages']}): fields {v['fields']}, cases {v['cases']}, automated {v['automated']}"
                for lang, v in figures["per_language"].items()
            )
        )
        weak = {k: v for k, v in figures["per_field"].items() if v is not None and v < 1}
        print("  fields below 1.0: " + ", ".join(f"{k} {v}" for k, v in sorted(weak.items(), key=lambda kv: kv[1])))
        for kind, timing in figures["time_per_message"].items():
            print(
                f"  time {kind:6} {timing['messages']:4} messages  p50 {timing['p50_ms']} ms  p99 {timing['p99_ms']} ms"
            )
        for miss in figures.get("misses", []):
            print(f"    miss {miss['message']}: {miss['field']}: expected {miss['expected']!r}, got {miss['got']!r}")

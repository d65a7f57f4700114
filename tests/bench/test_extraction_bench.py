"""``python -m bench extraction`` scores what intake read: silent errors, holds and field misses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.extraction import evaluate, run
from services.intake.adapters.pdf_text import PdfTextExtractor
from tests.corpus.email.accuracy import corpus_config

OWN = Path(__file__).resolve().parents[1] / "corpus" / "email"


def _copy(folder: Path, stem: str, **changes: object) -> None:
    shutil.copy(OWN / f"{stem}.eml", folder / f"{stem}.eml")
    expected = json.loads((OWN / f"{stem}.expected.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key in ("outcome", "language", "formats"):
            expected[key] = value
        else:
            expected["fields"][key.replace("__", ".")] = value
    (folder / f"{stem}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_a_wrong_decisive_field_that_reached_review_is_a_silent_error(tmp_path: Path) -> None:
    _copy(tmp_path, "04-fbi-nsl")  # read right, reaches review
    _copy(tmp_path, "02-irs-summons-text", data_categories=["STORED_CONTENT"], language="xx")  # expectation off
    _copy(tmp_path, "30-not-legal-process")  # held, as it should be
    pdf = PdfTextExtractor()
    try:
        report = evaluate("blind", tmp_path, config=corpus_config(pdf)).to_json(with_misses=True)
    finally:
        pdf.close()
    assert report["messages"] == 3
    assert report["silent_error_messages"] == ["02-irs-summons-text"]
    assert report["case_accuracy"] == round(2 / 3, 4)
    assert report["automation_rate"] == 1.0  # both demands reached review; the non-demand is not counted
    assert report["per_language"]["xx"]["cases"] == 0.0
    assert report["per_field"]["data_categories"] == round(2 / 3, 4)
    assert any(m["field"] == "SILENT ERROR" and m["message"] == "02-irs-summons-text" for m in report["misses"])


def test_a_demand_that_should_have_been_held_but_was_not_is_a_silent_error(tmp_path: Path) -> None:
    _copy(tmp_path, "04-fbi-nsl", outcome="TRIAGE", triage=True)
    pdf = PdfTextExtractor()
    try:
        report = evaluate("blind", tmp_path, config=corpus_config(pdf)).to_json(with_misses=False)
    finally:
        pdf.close()
    assert report["silent_errors"] == 1 and report["case_accuracy"] == 0.0


def test_the_own_corpus_is_scored_with_no_silent_error() -> None:
    report = run(["own"], progress=False)["corpora"]["own"]
    assert report["messages"] >= 30
    assert report["silent_errors"] == 0
    assert report["field_accuracy"] >= 0.97

"""The e-mail corpus (tests/corpus/email): field-level accuracy of the extraction, with a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.intake.adapters.pdf_text import PdfTextExtractor
from tests.corpus.email.accuracy import FIELDS, corpus_config, evaluate

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "email"
FLOOR = 0.9


def test_the_corpus_has_at_least_30_messages_each_with_its_expected_fields() -> None:
    messages = sorted(CORPUS.glob("*.eml"))
    assert len(messages) >= 30
    for message in messages:
        expected = json.loads(message.with_name(message.stem + ".expected.json").read_text(encoding="utf-8"))
        assert expected["description"] and set(FIELDS) - {"triage"} <= set(expected["fields"]), message.name


def test_field_level_accuracy_is_above_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    pdf = PdfTextExtractor()
    try:
        report = evaluate(CORPUS, config=corpus_config(pdf))
    finally:
        pdf.close()
    with capsys.disabled():
        print("\n" + report.table())
        for message, name, expected, actual in report.misses:
            print(f"  miss {message}: {name}: expected {expected!r}, got {actual!r}")
    assert report.messages >= 30
    assert report.overall >= FLOOR
    for name in ("process_type", "requester.verified", "targets", "data_categories", "nondisclosure.present"):
        assert report.accuracy(name) >= FLOOR, name

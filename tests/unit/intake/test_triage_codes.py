"""Why a case waits in triage, as the codes ``legal-process.held`` carries: every sentence
extraction writes has its code, and no code can carry what was read (names, handles, addresses,
file names)."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.domain.extraction import DECIDING_FIELDS, FIELD_LABELS
from services.intake.domain.triage import held_event, is_emergency, reason_code, reason_codes
from services.intake.service_layer.email import analyse_sync
from shared.contracts import LegalProcessCase, LegalProcessHeld
from shared.vocabulary import ProcessType
from tests.corpus.email.accuracy import corpus_config
from tests.corpus.email.build_corpus import EMERGENCY_POLICE, ar, mail, scan_pdf

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "email"
RECEIVED = datetime(2024, 6, 30, tzinfo=timezone.utc)
CODE = re.compile(r"^[A-Z][A-Z_]{0,39}(:[a-z][a-z_.]{0,39})?$")
# A document name that says who the demand is about: it must never reach a code.
NAME = "lily_sk8s dmorales@elkgrove.gov records.pdf"


@pytest.mark.parametrize(("reason", "code"), [
    ("the message could not be parsed as MIME (HeaderParseError)", "MIME_UNPARSEABLE"),
    ("the message has no readable text", "NO_READABLE_TEXT"),
    (f"{NAME} is an image-only scan with no text layer; OCR is not available, so a person must read it",
     "SCAN_IMAGE_ONLY"),
    (f"{NAME} could not be read (the PDF worker died (memory limit?))", "DOCUMENT_UNREADABLE"),
    (f"{NAME} could not be read (unreadable)", "DOCUMENT_UNREADABLE"),
    (f"{NAME} was only partly read (first 50 of 80 pages)", "DOCUMENT_TRUNCATED"),
    (f"{NAME} is not read automatically (application/msword); a person checks it", "DOCUMENT_UNSUPPORTED"),
    ("extracted targets.3 was invalid (String should have at most 320 characters) and was left empty",
     "FIELD_INVALID:targets"),
    ("extracted requester.email was invalid (value is not valid) and was left empty", "FIELD_INVALID:requester.email"),
    ("extracted dmorales@elkgrove.gov was invalid (x) and was left empty", "FIELD_INVALID"),
    ("the extracted fields could not form a case; only the text was kept", "NO_CASE_FORMED"),
    ("not confident of which accounts it targets (0.20: no account handle, id or e-mail address found)",
     "LOW_CONFIDENCE:targets"),
    ("not confident of who sent it (0.50: no issuer named in the text; the sender's name)",
     "LOW_CONFIDENCE:requester.name"),
    ("lily_sk8s asked nicely", "OTHER"),
])
def test_each_sentence_has_its_code_and_no_code_quotes_what_was_read(reason: str, code: str) -> None:
    assert reason_code(reason) == code
    assert CODE.match(code)
    for word in ("lily_sk8s", "dmorales", "elkgrove", "records.pdf"):
        assert word not in code


def test_every_deciding_field_read_without_confidence_names_its_field() -> None:
    for name in DECIDING_FIELDS:
        sentence = f"not confident of {FIELD_LABELS[name]} (0.40)"
        assert reason_code(sentence) == f"LOW_CONFIDENCE:{name}"


def test_codes_are_each_once_in_the_reasons_order() -> None:
    reasons = ["a.pdf could not be read (x)", "not confident of the return date (0.3)", "b.pdf could not be read (y)"]
    assert reason_codes(reasons) == ["DOCUMENT_UNREADABLE", "LOW_CONFIDENCE:return_by"]


def test_the_held_contract_refuses_free_text_for_a_reason() -> None:
    with pytest.raises(ValidationError):
        LegalProcessHeld(channel="email", source="smtp", received_at=RECEIVED, process_type=ProcessType.UNKNOWN,
                         emergency=False, reasons=["lily_sk8s-edr.pdf could not be read"])
    with pytest.raises(ValidationError):
        LegalProcessHeld(channel="email", source="smtp", received_at=RECEIVED, process_type=ProcessType.UNKNOWN,
                         emergency=False, reasons=[])


def test_an_emergency_is_known_by_its_type_or_its_narrative() -> None:
    requester = {"name": "Elk Grove Police Department", "kind": "STATE_LOCAL"}
    assert is_emergency(LegalProcessCase(process_type=ProcessType.EMERGENCY_REQUEST, requester=requester))
    assert is_emergency(LegalProcessCase(process_type=ProcessType.UNKNOWN, requester=requester,
                                         emergency={"narrative": "imminent danger"}))
    assert not is_emergency(LegalProcessCase(process_type=ProcessType.SEARCH_WARRANT, requester=requester))


@pytest.fixture(scope="module")
def pdf() -> PdfTextExtractor:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


def test_every_held_corpus_message_has_known_codes_and_its_event_carries_no_personal_data(
        pdf: PdfTextExtractor) -> None:
    config = corpus_config(pdf)
    held = 0
    for path in sorted(CORPUS.glob("*.eml")):
        analysis = analyse_sync(path.read_bytes(), config=config, received_at=RECEIVED)
        reasons = analysis.extraction.triage_reasons
        if not reasons:
            continue
        held += 1
        event = held_event(analysis.extraction.case, reasons, channel="email", source="smtp", received_at=RECEIVED)
        assert "OTHER" not in event.reasons, (path.name, reasons)
        wire = event.model_dump_json()
        case = analysis.extraction.case
        personal = [*case.targets, case.requester.email, case.requester.signer, analysis.parsed.from_address,
                    *(a.filename for a in analysis.parsed.attachments)]
        for value in filter(None, personal):
            assert value not in wire, (path.name, value)
    assert held >= 5


def test_an_emergency_held_for_triage_is_announced_as_an_emergency_without_what_it_names(
        pdf: PdfTextExtractor) -> None:
    raw = mail(sender="Dana Morales <dmorales@elkgrove.gov>", subject="EMERGENCY - missing juvenile",
               date="Fri, 21 Jul 2023 06:15:00 -0700", message_id="<edr-held-1@elkgrove.gov>",
               auth=ar("elkgrove.gov"), body=EMERGENCY_POLICE,
               attachments=((scan_pdf(pages=1), "application", "pdf", "lily_sk8s-signed-request.pdf"),))
    analysis = analyse_sync(raw, config=corpus_config(pdf), received_at=RECEIVED)
    reasons = analysis.extraction.triage_reasons
    assert any("lily_sk8s-signed-request.pdf" in r for r in reasons)  # the sentence quotes the file name
    event = held_event(analysis.extraction.case, reasons, channel="email", source="smtp", received_at=RECEIVED)
    assert event.emergency and event.process_type is ProcessType.EMERGENCY_REQUEST
    assert event.reasons == ["SCAN_IMAGE_ONLY"]
    wire = event.model_dump_json()
    for value in ("lily_sk8s", "dmorales", "elkgrove", "Morales", "threatened"):
        assert value not in wire

"""Why a case waits in triage, as the codes ``legal-process.held`` carries: extraction gives each
reason its code where it writes the sentence, and no code can carry what was read (names,
handles, addresses, file names)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.errors import HeaderParseError
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.domain.extraction import (
    CONFIDENT,
    DECIDING_FIELDS,
    FIELD_LABELS,
    DocumentText,
    Evidence,
    extract_case,
)
from services.intake.domain.extraction import build as build_module
from services.intake.domain.extraction.corpus import Fields
from services.intake.domain.message import parse_message
from services.intake.domain.triage import (
    REASON_CODES,
    TriageReason,
    field_path,
    held_event,
    is_emergency,
    reason_codes,
    unique_reasons,
)
from services.intake.service_layer import reading
from services.intake.service_layer.email import analyse_sync
from shared.contracts import LegalProcessCase, LegalProcessHeld
from shared.reference import agency_registry
from shared.vocabulary import ProcessType, RequesterKind
from tests.corpus.email.accuracy import corpus_config
from tests.corpus.email.build_corpus import EMERGENCY_POLICE, ar, mail, scan_pdf

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "email"
RECEIVED = datetime(2024, 6, 30, tzinfo=UTC)
REGISTRY = agency_registry()
CODE = re.compile(r"^[A-Z][A-Z_]{0,39}(:[a-z][a-z_.]{0,39})?$")
# A document name that says who the demand is about: it must never reach a code.
NAME = "lily_sk8s dmorales@elkgrove.gov records.pdf"
PERSONAL_WORDS = ("lily_sk8s", "dmorales", "elkgrove", "records.pdf")
# The held messages of tests/corpus/email and the codes each is announced with (every other message
# of the corpus is not held).
HELD_CORPUS = {
    "24-scan-image-only-pdf.eml": ["SCAN_IMAGE_ONLY", "LOW_CONFIDENCE:targets", "LOW_CONFIDENCE:data_categories"],
    "25-fax-tiff.eml": [
        "SCAN_IMAGE_ONLY",
        "LOW_CONFIDENCE:process_type",
        "LOW_CONFIDENCE:requester.name",
        "LOW_CONFIDENCE:requester.kind",
        "LOW_CONFIDENCE:targets",
        "LOW_CONFIDENCE:data_categories",
    ],
    "27-corrupt-pdf.eml": ["DOCUMENT_UNREADABLE", "LOW_CONFIDENCE:data_categories"],
    "28-hostile-attachments.eml": ["DOCUMENT_UNSUPPORTED"],
    "29-empty-message.eml": [
        "NO_READABLE_TEXT",
        "LOW_CONFIDENCE:process_type",
        "LOW_CONFIDENCE:requester.name",
        "LOW_CONFIDENCE:requester.kind",
        "LOW_CONFIDENCE:targets",
        "LOW_CONFIDENCE:data_categories",
    ],
    "30-not-legal-process.eml": ["NOT_LEGAL_PROCESS", "LOW_CONFIDENCE:requester.name", "LOW_CONFIDENCE:requester.kind"],
}
# What a document's reading status makes of it in triage.
STATUS_CODES = {
    "image_only": "SCAN_IMAGE_ONLY",
    "unreadable": "DOCUMENT_UNREADABLE",
    "truncated": "DOCUMENT_TRUNCATED",
    "unsupported": "DOCUMENT_UNSUPPORTED",
}


def read(body: str = "Please see the attached.", *, documents: tuple[DocumentText, ...] = ()):
    raw = mail(
        sender="Dana Morales <dmorales@elkgrove.gov>",
        subject="Records request",
        date="Fri, 21 Jul 2023 06:15:00 -0700",
        message_id="<r-1@elkgrove.gov>",
        body=body,
    )
    return extract_case(parse_message(raw), documents=documents, registry=REGISTRY, received_at=RECEIVED)


def read_fields(**evidence: Evidence) -> Fields:
    """What extraction read, the type and requester valid, with ``evidence`` (keys are field paths)."""
    return Fields(
        evidence={
            "process_type": Evidence(ProcessType.SEARCH_WARRANT, 0.9),
            "requester.name": Evidence("Elk Grove Police Department", 0.9),
            "requester.kind": Evidence(RequesterKind.STATE_LOCAL, 0.9),
            **evidence,
        }
    )


def assert_no_personal_data(code: str) -> None:
    assert CODE.match(code), code
    for word in PERSONAL_WORDS:
        assert word not in code


@pytest.mark.parametrize(
    ("document", "code", "sentence"),
    [
        (
            DocumentText(NAME, "", "image_only", "image/tiff image"),
            "SCAN_IMAGE_ONLY",
            f"{NAME} is an image-only scan with no text layer; OCR is not available, so a person must read it",
        ),
        (
            DocumentText(NAME, "", "unreadable", "the PDF worker died (memory limit?)"),
            "DOCUMENT_UNREADABLE",
            f"{NAME} could not be read (the PDF worker died (memory limit?))",
        ),
        (DocumentText(NAME, "", "unreadable"), "DOCUMENT_UNREADABLE", f"{NAME} could not be read (unreadable)"),
        (
            DocumentText(NAME, "SEARCH WARRANT", "truncated", "first 50 of 80 pages"),
            "DOCUMENT_TRUNCATED",
            f"{NAME} was only partly read (first 50 of 80 pages)",
        ),
        (
            DocumentText(NAME, "", "unsupported", "application/msword"),
            "DOCUMENT_UNSUPPORTED",
            f"{NAME} is not read automatically (application/msword); a person checks it",
        ),
    ],
)
def test_a_document_that_is_not_read_is_coded_where_its_sentence_is_written(
    document: DocumentText, code: str, sentence: str
) -> None:
    extraction = read(documents=(document,))
    [reason] = [r for r in extraction.triage if NAME in r.text]
    assert (reason.code, reason.text, reason.field) == (code, sentence, None)
    assert_no_personal_data(reason.held_code)
    event = held_event(extraction.case, extraction.triage, channel="email", source="smtp", received_at=RECEIVED)
    assert event.reasons[0] == code and NAME not in event.model_dump_json()


def test_a_message_with_no_text_is_coded_no_readable_text() -> None:
    extraction = read("")
    assert extraction.triage[0] == TriageReason("NO_READABLE_TEXT", "the message has no readable text")


def test_every_deciding_field_read_without_confidence_names_its_field() -> None:
    extraction = read("Hi, we would like some information about a user please.")
    low = {r.field: r for r in extraction.triage if r.code == "LOW_CONFIDENCE"}
    assert {"process_type", "targets", "data_categories"} <= set(low)
    for name, reason in low.items():
        assert reason.text.startswith(f"not confident of {FIELD_LABELS[name]} (")
        assert extraction.evidence[name].confidence < CONFIDENT
        assert reason.held_code == f"LOW_CONFIDENCE:{name}"
    # Each deciding field, however it is read, is named by its own field path.
    for name in DECIDING_FIELDS:
        fields = Fields(evidence={name: Evidence(None, 0.3, note="lily_sk8s unclear")})
        [reason] = build_module.low_confidence(fields, ProcessType.SUBPOENA_ADMINISTRATIVE)
        assert (reason.code, reason.field) == ("LOW_CONFIDENCE", name)
        assert reason.text == f"not confident of {FIELD_LABELS[name]} (0.30: lily_sk8s unclear)"
        assert_no_personal_data(reason.held_code)


def test_an_invalid_field_is_coded_with_its_field_path_and_left_empty() -> None:
    fields = read_fields(
        **{
            "targets": Evidence(["lily_sk8s", "x" * 400], 0.9),
            "requester.email": Evidence("d" * 400 + "@elkgrove.gov", 0.9),
            "requester.country": Evidence("USA", 0.9),
            "date_range": Evidence({"start": "2023-07-21", "end": "2023-01-01"}, 0.9),
        }
    )
    case, problems = build_module.build_case(fields, "text")
    assert {p.held_code for p in problems} == {
        "FIELD_INVALID:targets",
        "FIELD_INVALID:requester.email",
        "FIELD_INVALID:requester.country",
        "FIELD_INVALID:date_range",
    }
    for problem in problems:
        assert problem.code == "FIELD_INVALID" and problem.text.startswith("extracted ")
        assert problem.text.endswith(" and was left empty")
        assert_no_personal_data(problem.held_code)
    assert case.targets == [] and case.requester.email is None and case.date_range is None
    assert case.process_type is ProcessType.SEARCH_WARRANT and case.requester.kind is RequesterKind.STATE_LOCAL


def test_fields_that_cannot_form_a_case_are_coded_no_case_formed(monkeypatch: pytest.MonkeyPatch) -> None:
    # An invalid value that blanking cannot clear: after its rounds, only the text is kept.
    monkeypatch.setattr(build_module, "_blank", lambda document, location: None)
    fields = read_fields(targets=Evidence(["x" * 400], 0.9))
    case, problems = build_module.build_case(fields, "the text")
    assert problems[-1] == TriageReason(
        "NO_CASE_FORMED", "the extracted fields could not form a case; only the text was kept"
    )
    assert {p.held_code for p in unique_reasons(problems)} == {"FIELD_INVALID:targets", "NO_CASE_FORMED"}
    assert case.raw_text == "the text" and case.process_type is ProcessType.UNKNOWN


def test_a_message_mime_cannot_parse_is_coded_first(monkeypatch: pytest.MonkeyPatch, pdf: PdfTextExtractor) -> None:
    def choke(raw: bytes, limits: object = None) -> None:
        raise HeaderParseError("lily_sk8s")

    monkeypatch.setattr(reading, "parse_message", choke)
    analysis = analyse_sync(
        b"From: dmorales@elkgrove.gov\r\n\r\nTarget: @lily_sk8s", config=corpus_config(pdf), received_at=RECEIVED
    )
    first = analysis.extraction.triage[0]
    assert first == TriageReason("MIME_UNPARSEABLE", "the message could not be parsed as MIME (HeaderParseError)")
    assert analysis.extraction.triage_reasons[0] == first.text
    assert "lily_sk8s" in analysis.extraction.case.raw_text  # the bytes were read as text all the same


def test_a_reason_refuses_a_code_or_field_outside_the_vocabulary() -> None:
    with pytest.raises(ValueError):
        TriageReason("OTHER", "lily_sk8s asked nicely")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        TriageReason("LOW_CONFIDENCE", "not confident of lily_sk8s", "lily_sk8s")
    with pytest.raises(ValueError):
        TriageReason("SCAN_IMAGE_ONLY", f"{NAME} is an image-only scan", "targets")
    assert TriageReason("FIELD_INVALID", "extracted x was invalid").held_code == "FIELD_INVALID"
    for code in REASON_CODES:
        assert CODE.match(code)


@pytest.mark.parametrize(
    ("location", "path"),
    [
        (("targets", "3"), "targets"),
        (("requester", "email"), "requester.email"),
        (("date_range",), "date_range"),
        (("nondisclosure", "kind"), "nondisclosure.kind"),
        (("dmorales@elkgrove.gov",), None),
        ((), None),
    ],
)
def test_a_validation_location_becomes_a_case_field_or_nothing(location: tuple[str, ...], path: str | None) -> None:
    assert field_path(location) == path


def test_codes_are_each_once_in_the_reasons_order_and_sentences_once() -> None:
    reasons = [
        TriageReason("DOCUMENT_UNREADABLE", "a.pdf could not be read (x)"),
        TriageReason("LOW_CONFIDENCE", "not confident of the return date (0.30)", "return_by"),
        TriageReason("DOCUMENT_UNREADABLE", "b.pdf could not be read (y)"),
        TriageReason("DOCUMENT_UNREADABLE", "a.pdf could not be read (x)"),
    ]
    assert reason_codes(reasons) == ["DOCUMENT_UNREADABLE", "LOW_CONFIDENCE:return_by"]
    assert [r.text for r in unique_reasons(reasons)] == [r.text for r in reasons[:3]]


def test_the_held_contract_refuses_free_text_for_a_reason() -> None:
    with pytest.raises(ValidationError):
        LegalProcessHeld(
            channel="email",
            source="smtp",
            received_at=RECEIVED,
            process_type=ProcessType.UNKNOWN,
            emergency=False,
            reasons=["lily_sk8s-edr.pdf could not be read"],
        )
    with pytest.raises(ValidationError):
        LegalProcessHeld(
            channel="email",
            source="smtp",
            received_at=RECEIVED,
            process_type=ProcessType.UNKNOWN,
            emergency=False,
            reasons=[],
        )


def test_an_emergency_is_known_by_its_type_or_its_narrative() -> None:
    requester = {"name": "Elk Grove Police Department", "kind": "STATE_LOCAL"}
    assert is_emergency(LegalProcessCase(process_type=ProcessType.EMERGENCY_REQUEST, requester=requester))
    assert is_emergency(
        LegalProcessCase(
            process_type=ProcessType.UNKNOWN, requester=requester, emergency={"narrative": "imminent danger"}
        )
    )
    assert not is_emergency(LegalProcessCase(process_type=ProcessType.SEARCH_WARRANT, requester=requester))


@pytest.fixture(scope="module")
def pdf() -> PdfTextExtractor:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


def test_every_held_corpus_message_gets_its_codes_and_its_event_carries_no_personal_data(pdf: PdfTextExtractor) -> None:
    config = corpus_config(pdf)
    held: dict[str, list[str]] = {}
    for path in sorted(CORPUS.glob("*.eml")):
        analysis = analyse_sync(path.read_bytes(), config=config, received_at=RECEIVED)
        extraction = analysis.extraction
        if not extraction.triage:
            continue
        event = held_event(extraction.case, extraction.triage, channel="email", source="smtp", received_at=RECEIVED)
        held[path.name] = event.reasons
        # Each document that could not be read is the reason naming it, with its status's code.
        for document in analysis.documents:
            if document.status in STATUS_CODES:
                assert any(
                    r.code == STATUS_CODES[document.status] and r.text.startswith(document.name)
                    for r in extraction.triage
                ), (path.name, document.name)
        # What is stored with the message: the sentences as ever, and their codes beside them.
        record = json.loads(json.dumps(extraction.to_json()))
        assert record["triage_reasons"] == list(extraction.triage_reasons)
        assert len(record["triage_codes"]) == len(record["triage_reasons"])
        assert list(dict.fromkeys(record["triage_codes"])) == event.reasons
        wire = event.model_dump_json()
        case = extraction.case
        personal = [
            *case.targets,
            case.requester.email,
            case.requester.signer,
            analysis.parsed.from_address,
            *(a.filename for a in analysis.parsed.attachments),
        ]
        for value in filter(None, personal):
            assert value not in wire, (path.name, value)
    assert held == HELD_CORPUS


def test_an_emergency_held_for_triage_is_announced_as_an_emergency_without_what_it_names(pdf: PdfTextExtractor) -> None:
    raw = mail(
        sender="Dana Morales <dmorales@elkgrove.gov>",
        subject="EMERGENCY - missing juvenile",
        date="Fri, 21 Jul 2023 06:15:00 -0700",
        message_id="<edr-held-1@elkgrove.gov>",
        auth=ar("elkgrove.gov"),
        body=EMERGENCY_POLICE,
        attachments=((scan_pdf(pages=1), "application", "pdf", "lily_sk8s-signed-request.pdf"),),
    )
    analysis = analyse_sync(raw, config=corpus_config(pdf), received_at=RECEIVED)
    triage = analysis.extraction.triage
    assert [r.code for r in triage] == ["SCAN_IMAGE_ONLY"]
    assert "lily_sk8s-signed-request.pdf" in triage[0].text  # the sentence quotes the file name
    event = held_event(analysis.extraction.case, triage, channel="email", source="smtp", received_at=RECEIVED)
    assert event.emergency and event.process_type is ProcessType.EMERGENCY_REQUEST
    assert event.reasons == ["SCAN_IMAGE_ONLY"]
    wire = event.model_dump_json()
    for value in ("lily_sk8s", "dmorales", "elkgrove", "Morales", "threatened"):
        assert value not in wire

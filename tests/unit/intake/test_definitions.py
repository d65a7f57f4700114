"""A demand's definitions of its own words demand nothing (definitions.py)."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText
from services.intake.domain.extraction.definitions import definition_spans, without_definitions
from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

DEFINITIONS = (
    "DEFINITIONS\n"
    '1. "Document" has the full meaning of Rule 34(a), including e-mails, messages and photographs.\n'
    '2. "Communication" means any transmittal of information, including direct messages and posts.\n\n'
)
REQUESTS = "DOCUMENTS REQUESTED\n1. Documents sufficient to identify the owner of the account @willamette_fakes.\n"


def test_a_definitions_section_ends_at_the_next_heading() -> None:
    text = DEFINITIONS + REQUESTS
    (start, end), *_ = definition_spans(text)
    assert text[start:end] == DEFINITIONS
    assert without_definitions(text, [(0, len(text))]) == [(len(DEFINITIONS), len(text))]


def test_a_sentence_defining_a_quoted_term_is_a_definition_anywhere() -> None:
    text = 'Produce the records listed below. "Records" includes stored messages and photographs. Produce them now.'
    assert [text[s:e] for s, e in definition_spans(text)] == ['"Records" includes stored messages and photographs.']


def test_the_categories_of_a_civil_subpoena_come_from_its_requests_not_its_definitions() -> None:
    subpoena = (
        "UNITED STATES DISTRICT COURT for the District of Oregon\nAcme v. Doe, Civil Action No. 3:26-cv-01234\n"
        "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CIVIL ACTION\n"
        "YOU ARE COMMANDED to produce the following documents by 12/18/2026 at 10:00 am:\n\n" + DEFINITIONS + REQUESTS
    )
    extraction = read_mail(
        "Please see the attached subpoena.\n\nAnn Smith\nSmith & Lee LLP\n",
        sender="Ann Smith <asmith@smithlee.example>",
        subject="Subpoena",
        date="Mon, 07 Dec 2026 09:00:00 -0800",
        documents=(DocumentText(name="subpoena.pdf", text=subpoena),),
    )
    assert extraction.case.data_categories == [DataCategory.BASIC_SUBSCRIBER]

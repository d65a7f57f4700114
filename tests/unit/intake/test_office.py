"""Word (.docx) and OpenDocument text (.odt) attachments are read in the worker process,
paragraphs and tables in order; zip bombs and corrupt files end in a clear status."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from services.intake.adapters.office_worker import read_docx, read_odt
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.domain.message import attachment_role, parse_message
from services.intake.service_layer.email import analyse_sync
from tests.corpus.email.accuracy import corpus_config
from tests.corpus.email.build_corpus import mail
from tests.corpus.scans import docx_file, odt_file, zip_bomb

PARAGRAPHS = [
    "SUBPOENA DUCES TECUM",
    "You are commanded to produce the records described below.",
]
TABLE = [["Account:", "@motorcity_mike"], ["Return date", "January 15, 2027"], ["Case No.", "2026-CV-0113"]]
COLUMNS = [["Handle", "Platform", "Period"], ["@a_one", "Photos", "2025"], ["@b_two", "Video", "2026"]]


@pytest.fixture(scope="module")
def reader() -> Iterator[PdfTextExtractor]:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


async def test_a_docx_is_read_with_its_header_paragraphs_and_tables_in_order(reader: PdfTextExtractor) -> None:
    data = docx_file(PARAGRAPHS, [TABLE, COLUMNS], header="WAYNE COUNTY CIRCUIT COURT")
    document = await reader.read("subpoena.docx", "docx", data)
    assert document.status == "ok" and document.method == "docx" and document.ocr_confidence is None
    assert lines(document.text) == [
        "WAYNE COUNTY CIRCUIT COURT",
        *PARAGRAPHS,
        "Account: @motorcity_mike",
        "Return date: January 15, 2027",
        "Case No.: 2026-CV-0113",
        "Handle: @a_one",
        "Platform: Photos",
        "Period: 2025",
        "Handle: @b_two",
        "Platform: Video",
        "Period: 2026",
    ]


async def test_an_odt_is_read_with_its_heading_paragraphs_and_tables(reader: PdfTextExtractor) -> None:
    document = await reader.read("requisition.odt", "odt", odt_file(PARAGRAPHS, [TABLE], heading="RÉQUISITION"))
    assert document.status == "ok" and document.method == "odt"
    assert lines(document.text) == [
        "RÉQUISITION",
        *PARAGRAPHS,
        "Account: @motorcity_mike",
        "Return date: January 15, 2027",
        "Case No.: 2026-CV-0113",
    ]


async def test_zip_bombs_and_corrupt_office_files_end_in_a_clear_status(reader: PdfTextExtractor) -> None:
    bomb = await reader.read("bomb.docx", "docx", zip_bomb())
    assert bomb.status == "unreadable" and "zip bomb" in (bomb.detail or "")
    odt_bomb = await reader.read("bomb.odt", "odt", zip_bomb("content.xml"))
    assert odt_bomb.status == "unreadable" and "zip bomb" in (odt_bomb.detail or "")
    for role, data in (("docx", b"PK\x03\x04 not really"), ("odt", b"\x00" * 400), ("docx", odt_file(["x"]))):
        broken = await reader.read("broken", role, data)  # type: ignore[arg-type]
        assert broken.status == "unreadable" and broken.detail and broken.text == "", (role, broken)
    assert (await reader.read("after.docx", "docx", docx_file(["still here"]))).text == "still here"


def test_an_archive_of_too_many_entries_is_refused_without_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for n in range(2_100):
            archive.writestr(f"word/part{n}.xml", "")
    result = read_docx(out.getvalue())
    assert result["status"] == "unreadable" and "2100 entries" in result["detail"]
    assert read_odt(out.getvalue())["status"] == "unreadable"


def test_office_attachments_are_recognised_by_type_name_or_content() -> None:
    raw = mail(
        sender="Clerk <clerk@courts.example.gov>",
        subject="Subpoena",
        date="Tue, 14 Mar 2026 14:02:00 -0400",
        message_id="<office-1@courts.example.gov>",
        body="Attached.",
        attachments=(
            (docx_file(["x"]), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "a.docx"),
            (odt_file(["x"]), "application", "octet-stream", "scan0001"),  # no name, no type: the content says
            (docx_file(["x"]), "application", "octet-stream", "letter.docx"),
        ),
    )
    parsed = parse_message(raw)
    assert [a.kind for a in parsed.attachments] == ["docx", "odt", "docx"]
    assert [attachment_role(a) for a in parsed.attachments] == ["docx", "odt", "docx"]


def test_a_demand_sent_as_a_word_file_is_read_into_the_case(reader: PdfTextExtractor) -> None:
    data = docx_file(
        [
            "SUBPOENA TO PRODUCE DOCUMENTS",
            "Under 18 U.S.C. 2703(c)(2), produce the subscriber information for the account below.",
        ],
        [[["Account", "@motorcity_mike"], ["Return date", "January 15, 2027"]]],
    )
    raw = mail(
        sender="Clerk <clerk@courts.example.gov>",
        subject="Subpoena",
        date="Tue, 14 Mar 2026 14:02:00 -0400",
        message_id="<office-2@courts.example.gov>",
        body="Please see the attached subpoena.",
        attachments=((data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "s.docx"),),
    )
    analysis = analyse_sync(raw, config=corpus_config(reader), received_at=datetime(2026, 3, 14, 19, tzinfo=UTC))
    [document] = analysis.documents
    assert document.method == "docx" and analysis.attachment_status == {0: "ok"}
    read = analysis.extraction.case.raw_text or ""  # what extraction read: the Word file's text, its table as lines
    assert "Account: @motorcity_mike" in read.split("\n") and "Return date: January 15, 2027" in read.split("\n")
    assert not any("not read automatically" in reason for reason in analysis.extraction.triage_reasons)


NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
)


def test_a_text_box_letterhead_is_read_once_on_lines_of_its_own() -> None:
    import docx
    from docx.oxml import parse_xml

    box = "<w:txbxContent><w:p><w:r><w:t>CITY POLICE DEPARTMENT</w:t></w:r></w:p><w:p><w:r><w:t>Records Unit</w:t></w:r></w:p></w:txbxContent>"
    run = parse_xml(
        f"<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic>"
        f"<a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    document = docx.Document()
    document.add_paragraph("Dear Custodian,")._p.append(run)
    document.add_paragraph("Please produce the records.")
    out = io.BytesIO()
    document.save(out)
    result = read_docx(out.getvalue())
    assert lines(result["text"]) == [
        "Dear Custodian,",
        "CITY POLICE DEPARTMENT",
        "Records Unit",
        "Please produce the records.",
    ]

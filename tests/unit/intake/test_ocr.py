"""OCR of scans with the real Tesseract, in the worker process: scanned PDFs and image attachments
are read with a mean word confidence; a poor scan, a missing Tesseract, a bomb or a corrupt file
end in a status a person reads (triage), never in a crash or a blocked event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from services.intake.adapters.pdf_text import OcrLimits, PdfLimits, PdfTextExtractor
from services.intake.domain.documents import OCR_MIN_CONFIDENCE
from services.intake.service_layer.email import analyse_sync
from tests.corpus.email.accuracy import corpus_config
from tests.corpus.email.build_corpus import mail
from tests.corpus.pdf import text_pdf
from tests.corpus.scans import image_bomb, pdf_image_bomb, scanned_image, scanned_pdf

pytestmark = pytest.mark.skipif(
    not __import__("shutil").which("tesseract"),
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng ...)",
)

SUMMONS = """DEPARTMENT OF HOMELAND SECURITY
U.S. CUSTOMS AND BORDER PROTECTION
SUMMONS No. CBP-2026-0042
To: Dueprocess Platform, Inc., Custodian of Records
Under 19 U.S.C. 1509 you are hereby summoned to produce all records
regarding the account @ALT_USCIS, to include subscriber names,
login records, phone numbers and IP addresses.
Return date: January 15, 2027
Signed: Adam Hoffman, Special Agent in Charge"""


@pytest.fixture(scope="module")
def reader() -> Iterator[PdfTextExtractor]:
    extractor = PdfTextExtractor(PdfLimits(timeout_seconds=30))
    yield extractor
    extractor.close()


def words(text: str) -> set[str]:
    return set(text.replace(",", " ").split())


async def test_an_image_only_scanned_summons_is_read_by_ocr_off_the_event_loop(reader: PdfTextExtractor) -> None:
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        document = await reader.extract("summons-scan.pdf", scanned_pdf(SUMMONS))
    finally:
        ticker.cancel()
    assert document.status == "ok" and document.method == "ocr" and document.ocr_pages == 1
    assert document.ocr_confidence is not None and document.ocr_confidence >= OCR_MIN_CONFIDENCE
    assert not document.ocr_doubtful
    for expected in ("SUMMONS", "CBP-2026-0042", "1509", "@ALT_USCIS", "January", "2027", "Hoffman"):
        assert expected in words(document.text), expected
    assert "mean confidence" in (document.detail or "")
    assert ticks >= 5  # the loop kept running while the worker rendered and read the page


async def test_a_poor_scan_is_read_with_low_confidence_and_left_to_a_person(reader: PdfTextExtractor) -> None:
    document = await reader.extract("fax.pdf", scanned_pdf(SUMMONS, quality="poor"))
    assert document.method == "ocr" and document.ocr_confidence is not None
    assert document.ocr_confidence < OCR_MIN_CONFIDENCE and document.ocr_doubtful
    assert document.status == "image_only"  # extraction holds an image-only document for triage
    assert "below the threshold" in (document.detail or "")


async def test_image_attachments_are_read_by_ocr_png_jpeg_and_tiff(reader: PdfTextExtractor) -> None:
    for fmt in ("PNG", "JPEG", "TIFF"):
        document = await reader.read(f"scan.{fmt.lower()}", "scan", scanned_image(SUMMONS, fmt=fmt))
        assert document.status == "ok" and document.method == "ocr", (fmt, document)
        assert "@ALT_USCIS" in words(document.text) and "CBP-2026-0042" in words(document.text), fmt


FOREIGN = {
    "spa": (
        "POLICÍA NACIONAL — REQUERIMIENTO DE INFORMACIÓN\nSe solicita la información de la cuenta @carlos_mx "
        "en un plazo de diez días.\nSe ruega que no se informe al usuario de la presente solicitud.",
        ("INFORMACIÓN", "información", "@carlos_mx", "usuario"),
    ),
    "deu": (
        "Beschluss des Amtsgerichts Köln\nIn dem Ermittlungsverfahren wird die Herausgabe der Bestandsdaten "
        "angeordnet.\nBitte teilen Sie dem Nutzer die Anfrage nicht mit, gemäß § 101 StPO.",
        ("Köln", "Bestandsdaten", "gemäß", "StPO."),
    ),
    "fra": (
        "RÉQUISITION JUDICIAIRE\nNous vous prions de bien vouloir communiquer les données du compte @lucie_b.\n"
        "La présente réquisition est confidentielle et ne doit pas être divulguée.",
        ("RÉQUISITION", "données", "@lucie_b.", "divulguée."),
    ),
    "por": (
        "OFÍCIO Nº 3318/2026\nRequisito que sejam fornecidos os dados cadastrais da conta @joao_sp no prazo "
        "de dez dias.\nSolicito que o usuário não seja informado da presente requisição.",
        ("OFÍCIO", "3318/2026", "usuário", "requisição."),
    ),
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
async def test_a_foreign_scan_is_read_in_its_language_after_an_english_first_look(
    reader: PdfTextExtractor, language: str
) -> None:
    text, expected = FOREIGN[language]
    document = await reader.extract(f"{language}.pdf", scanned_pdf(text))
    assert document.status == "ok" and not document.ocr_doubtful
    for word in expected:  # accents come out right only when read with the language's own data
        assert word in words(document.text), (language, word, document.text)


async def test_pages_over_the_ocr_limit_are_reported_not_read() -> None:
    limited = PdfTextExtractor(ocr=OcrLimits(max_pages=1))
    try:
        document = await limited.extract("two.pdf", scanned_pdf([SUMMONS, "PAGE TWO OF THE SUMMONS"]))
    finally:
        limited.close()
    assert document.status == "truncated" and "OCR read 1 of 2 pages" in (document.detail or "")
    assert "@ALT_USCIS" in document.text and "TWO" not in document.text


async def test_the_time_limit_stops_ocr_with_a_clear_detail() -> None:
    hurried = PdfTextExtractor(ocr=OcrLimits(timeout_seconds=2.0))  # no time left to start a page
    try:
        document = await hurried.extract("slow.pdf", scanned_pdf([SUMMONS, SUMMONS]))
    finally:
        hurried.close()
    assert document.status == "image_only" and "time limit" in (document.detail or "")


async def test_blank_pages_bombs_and_corrupt_images_end_in_a_status(reader: PdfTextExtractor) -> None:
    blank = await reader.extract("blank.pdf", scanned_pdf("", quality="blank"))
    assert blank.status == "image_only" and "no legible text" in (blank.detail or "") and blank.text == ""
    bomb = await reader.read("bomb.png", "scan", image_bomb(side=30_000))
    assert bomb.status == "unreadable" and "pixels" in (bomb.detail or "")
    corrupt = await reader.read("fax.tif", "scan", b"II*\x00" + bytes(range(256)) * 160)
    assert corrupt.status == "image_only" and "could not be decoded" in (corrupt.detail or "")
    truncated = await reader.read("cut.png", "scan", scanned_image(SUMMONS)[:4000])
    assert truncated.status == "image_only" and truncated.detail
    pdf_bomb = await reader.extract("bomb.pdf", pdf_image_bomb(side=20_000))  # 400 MB of pixels, 350 kB of PDF
    assert pdf_bomb.status == "image_only" and pdf_bomb.detail
    after = await reader.read("after.png", "scan", scanned_image(SUMMONS))
    assert after.status == "ok"  # the worker survived


async def test_without_tesseract_a_scan_waits_for_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")  # the spawned worker inherits it: no tesseract to run
    missing = PdfTextExtractor()
    try:
        document = await missing.extract("scan.pdf", scanned_pdf(SUMMONS))
        image = await missing.read("scan.png", "scan", scanned_image(SUMMONS))
    finally:
        missing.close()
    for result in (document, image):
        assert result.status == "image_only" and result.text == ""
        assert "Tesseract is not installed" in (result.detail or "") and "apt-get install" in (result.detail or "")


async def test_ocr_can_be_turned_off() -> None:
    off = PdfTextExtractor(ocr=OcrLimits(enabled=False))
    try:
        document = await off.extract("scan.pdf", scanned_pdf(SUMMONS))
        image = await off.read("scan.png", "scan", scanned_image(SUMMONS))
    finally:
        off.close()
    assert document.status == image.status == "image_only" and document.ocr_confidence is None


def test_a_scanned_demand_by_email_is_read_and_a_poor_one_held(reader: PdfTextExtractor) -> None:
    def message(scan: bytes) -> bytes:
        return mail(
            sender="Special Agent in Charge <agent@cbp.dhs.gov>",
            subject="Summons",
            date="Tue, 14 Mar 2026 14:02:00 -0400",
            message_id="<scan-1@cbp.dhs.gov>",
            body="Please see the attached.",
            attachments=((scan, "application", "pdf", "summons-scan.pdf"),),
        )

    received = datetime(2026, 3, 14, 18, 5, tzinfo=UTC)
    config = corpus_config(reader)
    clean = analyse_sync(message(scanned_pdf(SUMMONS)), config=config, received_at=received)
    [document] = clean.documents
    assert document.method == "ocr" and document.status == "ok" and clean.attachment_status == {0: "ok"}
    assert "ALT_USCIS" in " ".join(t.lstrip("@") for t in clean.extraction.case.targets)
    assert not any("image-only" in reason for reason in clean.extraction.triage_reasons)
    poor = analyse_sync(message(scanned_pdf(SUMMONS, quality="poor")), config=config, received_at=received)
    assert poor.documents[0].ocr_doubtful
    [scan] = [reason for reason in poor.extraction.triage if reason.code == "SCAN_IMAGE_ONLY"]
    assert "summons-scan.pdf is an image-only scan OCR read with low confidence" in scan.text
    assert "below the threshold" in scan.text and scan.text.endswith("a person must read it")


async def test_a_pdf_of_typed_pages_and_a_scanned_page_reads_both_in_page_order(reader: PdfTextExtractor) -> None:
    import io

    import pypdf

    writer = pypdf.PdfWriter()
    for part in (
        text_pdf("COVER LETTER typed page one"),
        scanned_pdf(SUMMONS),
        text_pdf("ATTACHMENT A typed page three"),
    ):
        for page in pypdf.PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    document = await reader.extract("mixed.pdf", out.getvalue())
    assert document.status == "ok" and document.method == "ocr" and document.ocr_pages == 1
    text = document.text
    assert text.index("COVER LETTER") < text.index("@ALT_USCIS") < text.index("ATTACHMENT A")


async def test_every_page_of_a_faxed_multi_page_tiff_is_read(reader: PdfTextExtractor) -> None:
    import io

    from tests.corpus.scans import render_page

    pages = [render_page(t).convert("1") for t in (SUMMONS, "PAGE TWO\nSchedule of records: subscriber names")]
    out = io.BytesIO()  # bilevel, CCITT Group 4, as fax machines send them
    pages[0].save(out, format="TIFF", save_all=True, append_images=pages[1:], compression="group4")
    document = await reader.read("fax.tif", "scan", out.getvalue())
    assert document.status == "ok" and document.ocr_pages == 2
    assert "@ALT_USCIS" in document.text and "Schedule of records" in document.text


@pytest.mark.parametrize("angle", [90, 180])
async def test_a_page_scanned_sideways_or_upside_down_is_turned_upright(reader: PdfTextExtractor, angle: int) -> None:
    import io

    from tests.corpus.scans import render_page

    out = io.BytesIO()
    render_page(SUMMONS).rotate(angle, expand=True).save(out, format="PNG")
    document = await reader.read("turned.png", "scan", out.getvalue())
    assert document.status == "ok" and not document.ocr_doubtful
    assert "@ALT_USCIS" in words(document.text) and "CBP-2026-0042" in words(document.text)


def test_without_tesseract_a_scanned_demand_is_held_saying_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    missing = PdfTextExtractor()
    raw = mail(
        sender="Special Agent in Charge <agent@cbp.dhs.gov>",
        subject="Summons",
        date="Tue, 14 Mar 2026 14:02:00 -0400",
        message_id="<scan-2@cbp.dhs.gov>",
        body="Please see the attached.",
        attachments=((scanned_pdf(SUMMONS), "application", "pdf", "summons-scan.pdf"),),
    )
    try:
        analysis = analyse_sync(raw, config=corpus_config(missing), received_at=datetime(2026, 3, 14, 19, tzinfo=UTC))
    finally:
        missing.close()
    [scan] = [reason for reason in analysis.extraction.triage if reason.code == "SCAN_IMAGE_ONLY"]
    assert "OCR could not read" in scan.text and "Tesseract is not installed" in scan.text
    assert analysis.attachment_status == {0: "image_only"}  # stored with the message, for a person to read

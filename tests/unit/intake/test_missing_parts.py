"""A demand that says what to produce only in a part the message does not carry (``missing_parts``).
Each message is written for these tests."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText
from services.intake.domain.extraction.missing_parts import missing_pages
from tests.unit.intake.extraction_helpers import read_mail

AUSA = "AUSA Keoni Mahoe <keoni.mahoe@usdoj.gov>"
DATE = "Tue, 12 Jan 2027 10:00:00 -1000"
ORDER = """UNITED STATES DISTRICT COURT, DISTRICT OF HAWAII
ORDER PURSUANT TO 18 U.S.C. 2703(d) - Case No. 1:27-mj-00042
IT IS ORDERED that the provider shall disclose, for the account @waimea_bay_boards, the records
described in Attachment B within fourteen days.
"""


def _doubted(reasons: tuple[str, ...], what: str) -> bool:
    return any(what in reason and "Attachment B" in reason for reason in reasons)


def test_records_described_in_an_attachment_the_message_lacks_are_held() -> None:
    reasons = read_mail(ORDER, sender=AUSA, date=DATE).triage_reasons
    assert _doubted(reasons, "which accounts it targets")
    assert any("which data it demands" in reason for reason in reasons)


def test_the_attachment_in_the_text_is_read_and_nothing_is_held_for_it() -> None:
    body = ORDER + "\nATTACHMENT B\nSubscriber information and login IP addresses for 2026.\n"
    reasons = read_mail(body, sender=AUSA, date=DATE).triage_reasons
    assert not any("Attachment B" in reason for reason in reasons)


def test_the_attachment_as_a_document_of_its_own_counts() -> None:
    document = DocumentText("Attachment_B.pdf", "Subscriber information and login IP addresses for 2026.")
    reasons = read_mail(ORDER, sender=AUSA, date=DATE, documents=(document,)).triage_reasons
    assert not any("Attachment B" in reason for reason in reasons)


def test_a_spanish_annex_the_message_lacks_is_held() -> None:
    body = """OFICIO N.º 2027-0042 - Fiscalía Provincial de Lima
Se solicita la información de las cuentas indicadas en el Anexo I (datos de registro y direcciones IP),
en un plazo de diez (10) días.
"""
    reasons = read_mail(body, sender="Fiscal Ana Quispe <aquispe@mpfn.gob.pe>", date=DATE).triage_reasons
    assert any("Anexo I" in reason for reason in reasons)


WARRANT_PAGE_1 = """SEARCH WARRANT - Circuit Court of the First Circuit, State of Hawaii
The provider shall produce for the account @kailua_kayak_rentals the subscriber information and
                                                                        Page 1 of 2
"""


def test_a_document_whose_page_marks_count_a_page_it_lacks_is_held() -> None:
    scan = DocumentText(name="warrant.pdf", text=WARRANT_PAGE_1)
    reasons = read_mail("Warrant attached.\n", sender=AUSA, date=DATE, documents=(scan,)).triage_reasons
    assert any("which data it demands" in reason and "page 2 of 2" in reason for reason in reasons)


def test_a_document_with_all_its_pages_is_not_held_for_pages() -> None:
    whole = WARRANT_PAGE_1 + "login IP addresses for November 2026 within ten days.\n    Page 2 of 2\n"
    scan = DocumentText(name="warrant.pdf", text=whole)
    reasons = read_mail("Warrant attached.\n", sender=AUSA, date=DATE, documents=(scan,)).triage_reasons
    assert not any("page 2 of 2" in reason for reason in reasons)
    assert missing_pages("Seite 1 von 3\nSeite 2 von 3\n") == (3, 3)
    assert missing_pages("Página 1 de 1") is None
    assert missing_pages("as described on page 4 of the manual") is None

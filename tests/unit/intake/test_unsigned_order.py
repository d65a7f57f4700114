"""An order no judge has signed yet (a proposed order, its signature line and date blank) orders nothing:
its kind of process is doubted and the case waits in triage. Each text is written here."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText
from services.intake.domain.extraction.unsigned_order import unsigned
from tests.unit.intake.extraction_helpers import read_mail

PROPOSED = """UNITED STATES DISTRICT COURT
DISTRICT OF NEW MEXICO
IN THE MATTER OF AN APPLICATION FOR AN ORDER UNDER 18 U.S.C. 2703(d)      Case No. 26-MR-3310
[PROPOSED] ORDER
Upon the application of the United States, it is ORDERED that Social Example, Inc. disclose the
subscriber information and login IP addresses of the account @mesa_trading_post for 10/01/2026 to
11/20/2026 within fourteen days of service of this Order.
ENTERED this ______ day of ____________, 2026.
_________________________________
UNITED STATES MAGISTRATE JUDGE
"""

COVER = "Please find attached the 2703(d) order for the account @mesa_trading_post.\n\nAUSA Lena Ortiz\n"


def _held_on_process_type(body: str, documents: tuple[DocumentText, ...] = ()) -> bool:
    extraction = read_mail(body, sender="Lena Ortiz <lena.ortiz@usdoj.gov>", documents=documents)
    return any(reason.field == "process_type" for reason in extraction.triage)


def test_a_proposed_order_with_a_blank_signature_goes_to_triage() -> None:
    assert unsigned(PROPOSED)
    assert _held_on_process_type(PROPOSED)
    attached = (DocumentText(name="order.pdf", text=PROPOSED),)
    assert _held_on_process_type(COVER, attached)


def test_the_same_order_signed_by_the_judge_is_not_doubted() -> None:
    signed = PROPOSED.replace("[PROPOSED] ORDER", "ORDER").replace(
        "ENTERED this ______ day of ____________, 2026.\n_________________________________",
        "ENTERED this 24th day of November, 2026.\n/s/ Maria E. Quintana",
    )
    assert not unsigned(signed)
    assert not _held_on_process_type(signed)
    # A judge who signs the proposed order as submitted leaves the heading; the /s/ signature settles it.
    assert not unsigned(PROPOSED.replace("_________________________________\n", "/s/ Maria E. Quintana\n"))


def test_blanks_left_for_the_recipient_do_not_make_an_order_unsigned() -> None:
    # A subpoena's proof of service and a records certificate have blanks; nobody's signature is missing.
    subpoena = """SUBPOENA TO PRODUCE DOCUMENTS
You are commanded to produce the subscriber records of @mesa_trading_post by December 18, 2026.
Date: 11/24/2026                      /s/ Clerk of Court
PROOF OF SERVICE
I received this subpoena on (date) ____________ and served it on ____________.
Server's signature ______________________
"""
    assert not unsigned(subpoena)
    # A heading that speaks of a proposed order is not one, unless its own signature is blank.
    assert not unsigned("MOTION FOR ENTRY OF PROPOSED ORDER\nThe United States moves the Court to sign it.\n")

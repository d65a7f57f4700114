"""A decisive term left blank ("within ____ days", "for a period of ____ days", "the account ______") is no
term: its field goes to a person. Blanks left for others (proof of service, signature lines) are not terms.
Texts written here."""

from __future__ import annotations

from services.intake.domain.extraction.blank_terms import blank_terms
from tests.unit.intake.extraction_helpers import read_mail

ORDER = """ORDER PURSUANT TO 18 U.S.C. 2705(b), United States District Court for the District of Utah.
The provider shall disclose the subscriber information of @wasatch_trades within ten days of service.
It is further ORDERED that the provider shall not disclose the existence of this order to any person
for a period of ______ days.
Dated November 30, 2026. /s/ Helen Marsh, United States Magistrate Judge
"""


def test_a_gag_whose_term_is_left_blank_goes_to_a_person() -> None:
    extraction = read_mail(ORDER, sender="Cole Ruiz <cole.ruiz@usdoj.gov>", subject="2703(d) order")
    assert any(reason.field == "nondisclosure" for reason in extraction.triage)
    filled = read_mail(ORDER.replace("______", "180"), sender="Cole Ruiz <cole.ruiz@usdoj.gov>", subject="Order")
    assert not any(reason.field == "nondisclosure" for reason in filled.triage)


def test_blank_deadlines_and_accounts_are_found_and_other_blanks_are_not() -> None:
    assert blank_terms("Produce the records within ____ days of service.") == ["return_by"]
    assert blank_terms("Return date: ____________") == ["return_by"]
    assert blank_terms("Produce the subscriber information for the account ____________.") == ["targets"]
    assert blank_terms("Approved by ______________ Date: ________") == []
    assert blank_terms("Produce by December 1.\nPROOF OF SERVICE\nI served this on ________ within ____ days.") == []

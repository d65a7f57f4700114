"""How the kind of process is written. 18 U.S.C. § 2702 is the provider's bar on disclosure: cited as a
whole (often to refuse) it is a weak sign of an emergency request; its emergency clauses (b)(8) and (c)(4)
are a strong one. Texts written here."""

from __future__ import annotations

from shared.vocabulary import ProcessType
from tests.unit.intake.extraction_helpers import read_mail

LAWYER = "Ana Ruiz <aruiz@ruizlaw.example.com>"


def test_a_civil_subpoena_that_cites_section_2702_as_the_providers_bar_is_no_emergency_request() -> None:
    body = (
        "Counsel - following our call, my client narrows the subpoena duces tecum served on November 2 in\n"
        "Ruiz v. Alvarado to the subscriber information of @gulf_coast_gripes. We understand that federal law\n"
        "(18 U.S.C. 2702) does not allow you to produce message content to us.\n\nAna Ruiz, Ruiz Law PLLC\n"
    )
    extraction = read_mail(body, sender=LAWYER, subject="Re: subpoena - Ruiz v. Alvarado")
    assert extraction.case.process_type is not ProcessType.EMERGENCY_REQUEST


def test_the_emergency_clause_of_section_2702_still_makes_an_emergency_request() -> None:
    body = (
        "Pursuant to 18 U.S.C. 2702(b)(8) and (c)(4) we ask for the subscriber information and the last\n"
        "login IP address of @gulf_coast_gripes, who threatened tonight to shoot his former partner.\n\n"
        "Sgt. Dale Porter\nMobile Police Department\n"
    )
    extraction = read_mail(body, sender="Dale Porter <dporter@cityofmobile.org>", subject="Request")
    assert extraction.case.process_type is ProcessType.EMERGENCY_REQUEST


def test_an_inspector_generals_subpoena_is_administrative_without_the_word() -> None:
    body = (
        "SUBPOENA DUCES TECUM issued by the Office of Inspector General, U.S. Department of Labor, under the\n"
        "Inspector General Act of 1978, for the subscriber records of @gulf_coast_gripes.\n\nSA Rita Vance, DOL-OIG\n"
    )
    extraction = read_mail(body, sender="Rita Vance <vance.rita@oig.dol.gov>", subject="Subpoena")
    assert extraction.case.process_type is ProcessType.SUBPOENA_ADMINISTRATIVE


def test_a_warrant_under_section_2703a_is_a_search_warrant() -> None:
    body = (
        "Attached please find a warrant issued under 18 U.S.C. 2703(a) and (c)(1)(A) by the Magistrate Judge\n"
        "for the contents of @gulf_coast_gripes.\n\nAUSA Ben Okafor\n"
    )
    extraction = read_mail(body, sender="Ben Okafor <ben.okafor@usdoj.gov>", subject="Warrant")
    assert extraction.case.process_type is ProcessType.SEARCH_WARRANT

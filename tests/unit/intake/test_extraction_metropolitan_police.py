"""'Metropolitan Police' alone names London's force (the Metropolitan Police Service); a U.S. city's
or district's "Metropolitan Police Department" is a local U.S. agency, never a foreign one."""

from __future__ import annotations

from shared.vocabulary import ProcessType, RequesterKind
from tests.unit.intake.extraction_helpers import read_mail

US_WARRANT = (
    "SEARCH WARRANT\n\nTo: Custodian of Records\n\nThe Henderson County Metropolitan Police Department is "
    "authorized by this warrant, issued by the Circuit Court, to obtain the subscriber information and "
    "login IP addresses of the account @river_birch_77 from January 1, 2026 to March 1, 2026.\n\n"
    "Produce the records by December 21, 2026.\n\nDet. Alma R. Quinterro\nMetropolitan Police Department\n"
)


def test_a_us_metropolitan_police_department_is_a_local_us_agency() -> None:
    extraction = read_mail(
        US_WARRANT, sender="Alma Quinterro <aquinterro@hendersoncountyky.gov>", date="Mon, 07 Dec 2026 09:00:00 -0600"
    )
    case = extraction.case
    assert case.process_type is not ProcessType.FOREIGN_REQUEST
    assert case.requester.kind is not RequesterKind.FOREIGN_GOVERNMENT
    assert case.requester.country in (None, "US")


def test_londons_metropolitan_police_is_still_foreign() -> None:
    body = (
        "Dear Sir or Madam,\n\nThe Metropolitan Police is investigating a fraud and asks you to disclose the "
        "subscriber details of the account @thames_lantern under the Investigatory Powers Act 2016.\n\n"
        "DC Priya Lamb\nMetropolitan Police Service\n"
    )
    extraction = read_mail(body, sender="Priya Lamb <priya.lamb@met.police.uk>", date="Mon, 07 Dec 2026 09:00:00 +0000")
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "GB"

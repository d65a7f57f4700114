"""Confidence that tells the truth: a decisive field read from weak or contradicting evidence sends the
case to triage, and general misreadings behind past confident errors stay fixed. Each message is
written for these tests."""

from __future__ import annotations

from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction import Extraction
from shared.vocabulary import DataCategory, ProcessType
from tests.unit.intake.extraction_helpers import read_mail

AUSA = "AUSA Rivera <t.rivera@usdoj.gov>"


def _low(extraction: Extraction, field: str) -> bool:
    return any(reason.field == field and reason.code == "LOW_CONFIDENCE" for reason in extraction.triage)


def test_a_negation_just_before_the_demand_verb_keeps_content_out() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0044
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber information (name, e-mail address, telephone number)
for the account @cascade_kiln_works.

Kindly refrain, and do not furnish the content of any message or any other record.

Return by February 3, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.data_categories == [DataCategory.BASIC_SUBSCRIBER]


def test_an_ip_address_and_date_of_registration_are_subscriber_information() -> None:
    body = """SUBPOENA TO PRODUCE DOCUMENTS (Fed. R. Civ. P. 45)
Civil Action No. 2:27-cv-00118, United States District Court for the District of Utah

Attachment A: for the user name "saltflat_reviews", produce the account holder's name and the
IP address and date of account registration.

Date and Time: 02/10/2027 9:00 am
"""
    extraction = read_mail(body, sender="Mara Ode <mode@odelaw-firm.com>", date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert extraction.case.process_type is ProcessType.SUBPOENA_CIVIL
    assert extraction.case.data_categories == [DataCategory.BASIC_SUBSCRIBER]


def test_a_pen_register_order_names_only_real_time_routing_data_even_when_its_text_names_other_records() -> None:
    body = """UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO
ORDER FOR INSTALLATION OF A PEN REGISTER AND TRAP AND TRACE DEVICE (18 U.S.C. § 3123)

The provider shall furnish, for sixty days, the source and destination IP addresses and the
user names of each party connecting to the account @boise_pawn_direct.

Hon. Priya Castellanos, United States Magistrate Judge
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0700")
    assert extraction.case.process_type is ProcessType.PEN_REGISTER_ORDER
    assert extraction.case.data_categories == [DataCategory.REALTIME_METADATA]


def test_a_demanded_item_no_category_reads_makes_the_categories_uncertain() -> None:
    body = """ADMINISTRATIVE SUBPOENA (21 U.S.C. § 876)
Drug Enforcement Administration, Case No. RQ-27-0031

You are required to produce, for the account "gulfcoast_parts_resale": the subscriber name and
telephone number, and all records of storefront inventory, shipping labels and refunds issued.

Return by February 1, 2027.
"""
    extraction = read_mail(body, sender="SA Holt <j.holt@dea.gov>", date="Mon, 11 Jan 2027 10:00:00 -0600")
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories
    assert _low(extraction, "data_categories")


def test_all_records_about_the_target_account_is_no_unread_item() -> None:
    body = """ADMINISTRATIVE SUBPOENA (21 U.S.C. § 876)
Drug Enforcement Administration, Case No. RQ-27-0032

You are required to produce all records regarding the account "gulfcoast_parts_resale", to include
the subscriber name and telephone number.

Return by February 1, 2027.
"""
    extraction = read_mail(body, sender="SA Holt <j.holt@dea.gov>", date="Mon, 11 Jan 2027 10:00:00 -0600")
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories
    assert not _low(extraction, "data_categories")


def test_a_deadline_whose_date_cannot_be_read_sends_the_return_date_to_triage() -> None:
    body = """Hello,

Following up on the 2703(d) order we served last week for the account @riverbend_lofts: could you
send the subscriber records over by March 9? The order itself is unchanged.

Det. Lena Farris
Columbus Division of Police
"""
    extraction = read_mail(
        body, sender="Lena Farris <lfarris@columbuspolice.org>", date="Mon, 01 Mar 2027 10:00:00 -0500"
    )
    assert extraction.case.return_by is None
    assert _low(extraction, "return_by")


def test_a_message_without_any_deadline_is_not_held_for_its_return_date() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0101
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber information for the account @cascade_kiln_works.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.return_by is None
    assert not _low(extraction, "return_by")


def test_a_german_table_reads_a_requested_answer_date_and_a_plea_not_to_tell_the_holder() -> None:
    body = """Sehr geehrte Damen und Herren,

im Ermittlungsverfahren der Staatsanwaltschaft Kiel (Az. 593 Js 1182/27) bitten wir um Auskunft zu dem Konto @foerde_tickets.

Angefragte Daten: Bestandsdaten (Name, Anschrift, Telefonnummer)
Rechtsgrundlage: § 100j StPO
Rückmeldung erbeten bis: 22.02.2027

Wir bitten, die Nutzerin von diesem Ersuchen nicht zu benachrichtigen.

Mit freundlichen Grüßen
Im Auftrag
Kriminaloberkommissarin Sabine Holm
Landeskriminalamt Schleswig-Holstein
"""
    extraction = read_mail(
        body, sender="Sabine Holm <sabine.holm@polizei.landsh.de>", date="Mon, 01 Feb 2027 10:00:00 +0100"
    )
    case = extraction.case
    assert case.return_by is not None and case.return_by.date().isoformat() == "2027-02-22"
    assert case.nondisclosure.present


def test_a_requester_named_in_the_text_that_is_not_the_authenticated_senders_body_goes_to_triage() -> None:
    body = """Custodian of Records,

Below is a federal grand jury subpoena (No. 27-GJ2-0388, District of Nebraska) for the account
@plattevalley_coins: subscriber information only (name, postal address, telephone numbers).
Return date: February 16, 2027.

Investigating agency: Internal Revenue Service, Criminal Investigation, SA Orla Brandt

Tomas Reyes
Assistant United States Attorney
"""
    extraction = read_mail(body, sender="Tomas Reyes <tomas.reyes@usdoj.gov>", date="Mon, 01 Feb 2027 10:00:00 -0600")
    assert not extraction.case.requester.verified
    assert _low(extraction, "requester.name")


def test_a_requester_of_the_authenticated_senders_own_department_is_not_doubted() -> None:
    body = """Custodian of Records,

Below is a federal grand jury subpoena (No. 27-GJ2-0389, District of Nebraska) for the account
@plattevalley_coins: subscriber information only (name, postal address, telephone numbers).
Return date: February 16, 2027.

Investigating agency: Federal Bureau of Investigation, SA Orla Brandt

Tomas Reyes
Assistant United States Attorney
"""
    extraction = read_mail(body, sender="Tomas Reyes <tomas.reyes@usdoj.gov>", date="Mon, 01 Feb 2027 10:00:00 -0600")
    assert extraction.case.requester.verified
    assert not _low(extraction, "requester.name")


_SCANNED_WARRANT = """STATE OF WISCONSIN, CIRCUIT COURT, DANE COUNTY
SEARCH WARRANT No. 27-SW-0042

The provider shall produce the stored content and subscriber information of the account
Account: @badger_til1_dawn
within ten (10) days of service.

Hon. Rhea Lindqvist, Circuit Court Judge
"""


def _scanned(confidence: float, body: str = "Please see the attached warrant.") -> Extraction:
    scan = DocumentText("warrant.pdf", _SCANNED_WARRANT, method="ocr", ocr_confidence=confidence, ocr_pages=1)
    return read_mail(
        body,
        sender="Det. Amos Kiel <akiel@cityofmadison.com>",
        documents=(scan,),
        date="Mon, 01 Feb 2027 10:00:00 -0600",
    )


def test_a_target_read_only_from_a_less_than_clean_scan_goes_to_triage() -> None:
    extraction = _scanned(84.0)
    assert extraction.case.targets == ["badger_til1_dawn"]
    assert _low(extraction, "targets")


def test_a_target_from_a_clean_scan_or_repeated_in_typed_text_is_not_doubted() -> None:
    assert not _low(_scanned(95.0), "targets")
    assert not _low(_scanned(84.0, "Please see the attached warrant for @badger_til1_dawn."), "targets")


def test_a_later_date_with_no_deadline_label_makes_the_return_date_uncertain() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0207
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber information for the account @cascade_kiln_works.
Our grand jury next sits on March 9, 2027 and we hope to present these records then.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.return_by is None
    assert _low(extraction, "return_by")


def test_a_later_date_that_ends_a_period_or_a_gag_is_no_return_date() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0208
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber information for the account @cascade_kiln_works for
the period from December 1, 2026 to February 28, 2027. Do not disclose this subpoena until June 30, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.return_by is None
    assert not _low(extraction, "return_by")


def test_a_plea_not_to_contact_the_subscriber_is_a_nondisclosure_request() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0311
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber information for the account @cascade_kiln_works.
Return date: February 3, 2027.

We ask that you do not contact the user about this subpoena; there is no court order, but it would
harm the investigation.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert extraction.case.nondisclosure.present


def test_content_read_from_a_bare_noun_under_a_subpoena_is_doubted() -> None:
    body = """GRAND JURY SUBPOENA No. 27-GJ-0412
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

You are commanded to furnish the subscriber name and telephone number, and the photos, for the
account @cascade_kiln_works.
Return date: February 3, 2027.
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert DataCategory.STORED_CONTENT in extraction.case.data_categories
    assert _low(extraction, "data_categories")


def test_content_under_a_warrant_is_not_doubted_for_its_bare_noun() -> None:
    body = """SEARCH WARRANT No. 27-SW-0413
UNITED STATES DISTRICT COURT, DISTRICT OF OREGON

The provider shall disclose the subscriber name and telephone number, and the photos, of the
account @cascade_kiln_works, within ten (10) days of service.

Hon. Rhea Lindqvist, United States Magistrate Judge
"""
    extraction = read_mail(body, sender=AUSA, date="Mon, 11 Jan 2027 10:00:00 -0800")
    assert DataCategory.STORED_CONTENT in extraction.case.data_categories
    assert not _low(extraction, "data_categories")

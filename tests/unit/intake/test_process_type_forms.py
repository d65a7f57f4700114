"""Kinds of process told by the federal forms' titles, Rule 45 named bare, docket numbers, a state criminal
case's caption, and directives written as "the Court orders ..." or a bare imperative."""

from __future__ import annotations

from shared.vocabulary import ProcessType
from tests.unit.intake.extraction_helpers import read_mail

DATE = "Mon, 07 Dec 2026 09:00:00 -0700"


def _type(body: str, sender: str) -> ProcessType:
    extraction = read_mail(body + "\n\nJ. Roe\n", sender=sender, subject="Legal process", date=DATE)
    return extraction.case.process_type


def test_a_rule_45_subpoena_with_a_civil_docket_number_is_civil() -> None:
    body = (
        "SUBPOENA TO PRODUCE DOCUMENTS, Rule 45, United States District Court for the District of Idaho, "
        "Acme v. Doe, No. 1:26-cv-00991. Produce documents identifying the user of @boise_knockoffs by "
        "December 18, 2026."
    )
    assert _type(body, "J Roe <jroe@roelaw.example>") is ProcessType.SUBPOENA_CIVIL


def test_a_subpoena_for_records_in_a_state_criminal_case_is_a_trial_subpoena() -> None:
    body = (
        "SUBPOENA FOR PRODUCTION OF RECORDS, State of Idaho v. Doe, Case CR01-26-4410. You are commanded to "
        "appear at trial on December 18, 2026 and bring the subscriber records of @boise_knockoffs."
    )
    assert _type(body, "J Roe <jroe@adacounty.id.gov>") is ProcessType.SUBPOENA_TRIAL


def test_a_federal_criminal_form_is_a_trial_subpoena() -> None:
    body = (
        "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CRIMINAL CASE, United States v. Doe, "
        "No. 1:26-cr-00412. Bring the subscriber records of @boise_knockoffs on December 18, 2026."
    )
    assert _type(body, "J Roe <jroe@usdoj.gov>") is ProcessType.SUBPOENA_TRIAL


def test_a_court_order_of_no_kind_the_vocabulary_has_goes_to_triage_not_to_dismissal() -> None:
    body = (
        "ORDER TO PRODUCE, District Court of Ada County, Idaho. The Court orders Social Example to produce "
        "the subscriber information of @boise_knockoffs within 10 days.\n\n/s/ Judge Mark Lee"
    )
    extraction = read_mail(body, sender="J Roe <jroe@cityofboise.org>", subject="Order", date=DATE)
    assert extraction.case.process_type is ProcessType.UNKNOWN
    assert any(reason.field == "process_type" for reason in extraction.triage)
    assert not any(reason.code == "NOT_LEGAL_PROCESS" for reason in extraction.triage)


def test_an_earlier_preservation_request_a_subpoena_mentions_does_not_make_it_one() -> None:
    body = (
        "GRAND JURY SUBPOENA, Ada County Grand Jury. Produce subscriber information of @boise_knockoffs by "
        "December 18, 2026. Note that a preservation request for the account's messages was sent on 11/02/2026 "
        "under 18 U.S.C. 2703(f)."
    )
    assert _type(body, "J Roe <jroe@adacounty.id.gov>") is ProcessType.SUBPOENA_GRAND_JURY


def test_a_request_to_extend_a_preservation_is_one_even_when_it_names_the_first() -> None:
    body = (
        "Please extend the preservation of @boise_knockoffs for another 90 days under 18 U.S.C. 2703(f)(2); our "
        "original preservation request was sent on September 1, 2026."
    )
    assert _type(body, "J Roe <jroe@cityofboise.org>") is ProcessType.PRESERVATION_REQUEST

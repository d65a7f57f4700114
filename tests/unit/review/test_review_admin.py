"""Administrative subpoenas and summonses: purpose, signer rank, data beyond BSI, return date."""

from __future__ import annotations

import pytest
from review_support import codes

from services.review.domain.rules import signer_meets
from shared.vocabulary import Disposition, EscalationTier, Severity


def _admin(neutral_case, **changes):
    """An IRS summons for an ordinary account's BSI with an in-scope purpose: nothing to object to."""
    base = {
        "process_type": "SUBPOENA_ADMINISTRATIVE",
        "statute": "26 USC 7602",
        "requester__name": "Internal Revenue Service",
        "requester__email": "agent@irs.gov",
        "requester__signer_title": "Revenue Agent",
        "stated_purpose": "Determine the tax liability of the account holder for 2015-2016.",
    }
    base.update(changes)
    return neutral_case(**base)


def test_in_scope_administrative_summons_passes(neutral_case, run):
    review = run(_admin(neutral_case))

    assert codes(review) == {"SCA_BSI_SUBPOENA_OK", "NOTICE_REQUIRED"}
    assert review.disposition is Disposition.COMPLY
    assert review.statute == "26 U.S.C. § 7602"


# --- ADMIN_PURPOSE_OUT_OF_SCOPE / ADMIN_PURPOSE_UNSTATED -------------------------------------


@pytest.mark.parametrize(
    ("statute", "purpose"),
    [
        ("19 U.S.C. § 1509", "Identify the person operating an account critical of agency leadership"),
        ("19 U.S.C. § 1509", "Investigate possible misconduct by an employee while on duty"),
        ("26 U.S.C. § 7602", "Locate a witness in a civil rights lawsuit"),
        ("21 U.S.C. § 876", "Identify the author of defamatory posts"),
    ],
)
def test_stated_purpose_outside_the_statute(neutral_case, run, statute, purpose):
    review = run(_admin(neutral_case, statute=statute, stated_purpose=purpose, requester__signer_title=None))

    finding = next(f for f in review.findings if f.code == "ADMIN_PURPOSE_OUT_OF_SCOPE")
    assert finding.severity is Severity.BLOCK
    assert purpose[:30] in finding.explanation
    assert review.disposition is Disposition.CHALLENGE
    assert review.escalation_tier is EscalationTier.LITIGATION


@pytest.mark.parametrize(
    ("statute", "purpose"),
    [
        ("19 USC 1509", "Verify the correctness of entries of merchandise imported by the account holder"),
        ("19 U.S.C. 1509", "Determine liability for unpaid customs duties"),
        ("Section 1509 of Title 19", "Ensure compliance with the customs laws regarding counterfeit goods"),
        ("21 U.S.C. § 876(a)", "Investigation of fentanyl distribution"),
        ("26 U.S.C. § 7602", "Inquiry into tax evasion"),
    ],
)
def test_stated_purpose_within_the_statute(neutral_case, run, statute, purpose):
    review = run(_admin(neutral_case, statute=statute, stated_purpose=purpose, requester__signer_title=None))

    assert not codes(review) & {"ADMIN_PURPOSE_OUT_OF_SCOPE", "ADMIN_PURPOSE_UNSTATED"}


def test_no_purpose_stated(neutral_case, run):
    review = run(_admin(neutral_case, stated_purpose=None))

    finding = next(f for f in review.findings if f.code == "ADMIN_PURPOSE_UNSTATED")
    assert finding.severity is Severity.WARN
    assert "26 U.S.C. § 7602" in finding.explanation
    assert "ADMIN_PURPOSE_OUT_OF_SCOPE" not in codes(review)
    assert review.disposition is Disposition.REQUEST_INFO
    assert review.escalation_tier is EscalationTier.COUNSEL
    assert "stated purpose" in review.missing_facts


def test_blank_purpose_counts_as_unstated(neutral_case, run):
    assert "ADMIN_PURPOSE_UNSTATED" in codes(run(_admin(neutral_case, stated_purpose="   ")))


def test_evident_purpose_out_of_scope_replaces_unstated(neutral_case, run):
    # No purpose written; the target is an anonymous political account; nothing about taxes.
    review = run(
        _admin(
            neutral_case, stated_purpose=None, targets=["ALT_USCIS"], raw_text="Produce all records for the account."
        )
    )

    assert "ADMIN_PURPOSE_OUT_OF_SCOPE" in codes(review)
    assert "ADMIN_PURPOSE_UNSTATED" not in codes(review)
    assert "stated purpose" in review.missing_facts


@pytest.mark.parametrize(
    "changes",
    [
        {"targets": ["anon_gardener"]},  # anonymous, not political
        {"targets": ["IRS_Critic"]},  # political, not anonymous
        {"targets": ["ALT_USCIS"], "raw_text": "Summons in the examination of the 2016 income tax return."},
    ],
)
def test_evident_purpose_needs_anonymity_politics_and_no_statutory_purpose_in_text(neutral_case, run, changes):
    review = run(_admin(neutral_case, stated_purpose=None, **changes))

    assert "ADMIN_PURPOSE_UNSTATED" in codes(review)
    assert "ADMIN_PURPOSE_OUT_OF_SCOPE" not in codes(review)


def test_unknown_statute_can_only_be_unstated(neutral_case, run):
    stated = run(_admin(neutral_case, statute="42 U.S.C. § 405", stated_purpose="anything at all"))
    unstated = run(_admin(neutral_case, statute="42 U.S.C. § 405", stated_purpose=None))

    assert not codes(stated) & {"ADMIN_PURPOSE_OUT_OF_SCOPE", "ADMIN_PURPOSE_UNSTATED"}
    assert any("not in the statute table" in fact for fact in stated.missing_facts)
    assert "ADMIN_PURPOSE_UNSTATED" in codes(unstated)


def test_purpose_rules_apply_only_to_administrative_process(neutral_case, run):
    review = run(neutral_case(stated_purpose=None, targets=["ALT_USCIS"]))  # grand jury

    assert not codes(review) & {"ADMIN_PURPOSE_OUT_OF_SCOPE", "ADMIN_PURPOSE_UNSTATED"}


# --- ADMIN_ISSUER_RANK ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Assistant Special Agent in Charge", "Special Agent", "Supervisory CBP Officer", "Deputy Port Director"],
)
def test_signer_below_the_customs_rank(neutral_case, run, title):
    review = run(
        _admin(
            neutral_case,
            statute="19 U.S.C. § 1509",
            requester__signer_title=title,
            requester__name="CBP",
            requester__email="x@cbp.dhs.gov",
            stated_purpose="Verify the correctness of entries of imported merchandise",
        )
    )

    finding = next(f for f in review.findings if f.code == "ADMIN_ISSUER_RANK")
    assert title in finding.explanation
    assert "19 C.F.R. § 163.7(a)" in finding.citation
    assert review.disposition is Disposition.OBJECT


@pytest.mark.parametrize(
    "title",
    [
        "Special Agent in Charge",
        "Special Agent in Charge, Boston",
        "Acting Port Director",
        "Port Director, Port of Seattle",
        "Director, Field Operations",
        "Commissioner",
    ],
)
def test_signer_at_or_above_the_customs_rank(neutral_case, run, title):
    review = run(
        _admin(
            neutral_case,
            statute="19 U.S.C. § 1509",
            requester__signer_title=title,
            stated_purpose="Verify the correctness of entries of imported merchandise",
        )
    )

    assert "ADMIN_ISSUER_RANK" not in codes(review)


def test_signer_rank_unknown_is_a_missing_fact_not_a_finding(neutral_case, run):
    review = run(_admin(neutral_case, requester__signer_title=None))

    assert "ADMIN_ISSUER_RANK" not in codes(review)
    assert "signer's title" in review.missing_facts


def test_signer_matching():
    titles = ["port director", "special agent in charge"]
    prefixes = ["assistant", "deputy", "associate"]
    assert signer_meets("SAC / Special Agent in Charge", titles, prefixes)
    assert not signer_meets("Acting Assistant Port Director", titles, prefixes)
    assert not signer_meets("Special Agent", titles, prefixes)


# --- ADMIN_DATA_BEYOND_BSI --------------------------------------------------------------------


def test_administrative_process_beyond_bsi_is_narrowed(neutral_case, run):
    review = run(_admin(neutral_case, data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]))

    finding = next(f for f in review.findings if f.code == "ADMIN_DATA_BEYOND_BSI")
    assert "NON_CONTENT_RECORDS" in finding.explanation
    assert "SCA_NONCONTENT_NEEDS_2703D" in codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED


def test_administrative_process_for_content_only_is_objected_to(neutral_case, run):
    review = run(_admin(neutral_case, data_categories=["STORED_CONTENT"]))

    assert {"ADMIN_DATA_BEYOND_BSI", "SCA_CONTENT_NEEDS_WARRANT"} <= codes(review)
    assert review.disposition is Disposition.OBJECT


def test_administrative_process_for_bsi_is_not_beyond_bsi(neutral_case, run):
    assert "ADMIN_DATA_BEYOND_BSI" not in codes(run(_admin(neutral_case)))


def test_grand_jury_subpoena_is_not_administrative(neutral_case, run):
    review = run(neutral_case(data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]))

    assert "ADMIN_DATA_BEYOND_BSI" not in codes(review)


# --- RETURN_DATE_DEFECT -------------------------------------------------------------------------


def test_return_date_before_service(neutral_case, run):
    review = run(neutral_case(return_by="2017-03-13T11:45:00-04:00"))

    finding = next(f for f in review.findings if f.code == "RETURN_DATE_DEFECT")
    assert "before" in finding.explanation
    assert review.disposition is Disposition.REQUEST_INFO


@pytest.mark.parametrize(
    ("return_by", "fires"),
    [
        ("2017-03-23T17:00:00-04:00", True),  # 9 calendar days after service
        ("2017-03-24T09:00:00-04:00", False),  # 10 calendar days, even if under 240 hours
        ("2017-03-24T02:00:00+00:00", True),  # 2017-03-23 22:00 in the service's zone
    ],
)
def test_return_date_under_ten_days(neutral_case, run, return_by, fires):
    review = run(neutral_case(return_by=return_by))
    assert ("RETURN_DATE_DEFECT" in codes(review)) is fires


def test_short_return_date_is_fine_in_an_emergency(neutral_case, run):
    review = run(
        neutral_case(
            return_by="2017-03-15T10:00:00-04:00",
            emergency={"narrative": "threat to kill", "verified_out_of_band": True},
        )
    )
    assert "RETURN_DATE_DEFECT" not in codes(review)


def test_return_date_before_service_is_a_defect_even_in_an_emergency(neutral_case, run):
    review = run(
        neutral_case(
            return_by="2017-03-13T10:00:00-04:00",
            emergency={"narrative": "threat to kill", "verified_out_of_band": True},
        )
    )
    assert "RETURN_DATE_DEFECT" in codes(review)


def test_unknown_service_date_uses_receipt_and_says_so(neutral_case, run):
    review = run(neutral_case(served_at=None, return_by="2017-03-16T10:00:00-04:00"))

    finding = next(f for f in review.findings if f.code == "RETURN_DATE_DEFECT")
    assert "receipt used" in finding.explanation
    assert "service date" in review.missing_facts


def test_no_return_date_is_a_missing_fact(neutral_case, run):
    review = run(neutral_case(return_by=None))

    assert "RETURN_DATE_DEFECT" not in codes(review)
    assert "return date" in review.missing_facts

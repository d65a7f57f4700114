"""Authenticity and facial validity; NSL scope; foreign requests; emergencies; triage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from review_support import codes

from services.review.domain import AccountDirectory
from shared.vocabulary import Disposition, EscalationTier, Severity

# --- REQUESTER_UNVERIFIED -------------------------------------------------------------------


def test_unverified_requester(seed_case, run):
    review = run(seed_case(requester__verified=False, requester__email="cbp.agent@gmail.com"))

    finding = next(f for f in review.findings if f.code == "REQUESTER_UNVERIFIED")
    assert finding.severity is Severity.WARN
    assert "gmail.com" in finding.explanation and "cbp.dhs.gov" in finding.explanation
    assert "requester verification" in review.missing_facts


def test_unverified_requester_from_a_known_domain_says_so(neutral_case, run):
    review = run(neutral_case(requester__verified=False))

    finding = next(f for f in review.findings if f.code == "REQUESTER_UNVERIFIED")
    assert "known FBI domain" in finding.explanation
    assert review.disposition is Disposition.VERIFY_REQUESTER
    assert review.escalation_tier is EscalationTier.COUNSEL


def test_verified_requester(neutral_case, run):
    review = run(neutral_case())
    assert "REQUESTER_UNVERIFIED" not in codes(review)
    assert "requester verification" not in review.missing_facts


# --- TARGET_NOT_PARTICULAR / TARGET_NOT_FOUND ----------------------------------------------


@pytest.mark.parametrize("targets", [[], ["all users who posted #resist"], ["everyone"], ["*"]])
def test_target_not_particular(neutral_case, run, targets):
    review = run(neutral_case(targets=targets))

    assert "TARGET_NOT_PARTICULAR" in codes(review)
    assert review.disposition is Disposition.OBJECT
    assert "specific account identifier" in review.missing_facts


@pytest.mark.parametrize(
    "targets",
    [
        ["plainuser"],
        ["@plainuser"],
        ["1001"],
        ["plain@example.org"],
        ["https://twitter.com/plainuser"],
        ["plainuser", "users who liked it"],
    ],
)
def test_target_particular(neutral_case, run, targets):
    review = run(neutral_case(targets=targets))

    assert "TARGET_NOT_PARTICULAR" not in codes(review)
    assert "TARGET_NOT_FOUND" not in codes(review)


def test_mixed_targets_ask_for_the_vague_one(neutral_case, run):
    review = run(neutral_case(targets=["plainuser", "users who liked it"]))
    assert 'specific account identifier for "users who liked it"' in review.missing_facts


def test_target_not_found(neutral_case, run):
    review = run(neutral_case(targets=["plainuser", "nobody_here"]))

    finding = next(f for f in review.findings if f.code == "TARGET_NOT_FOUND")
    assert "nobody_here" in finding.explanation and "plainuser" not in finding.explanation
    assert finding.severity is Severity.INFO


def test_unknown_directory_never_says_not_found(neutral_case, run):
    review = run(neutral_case(targets=["ALT_USCIS"]), accounts=AccountDirectory.unknown())

    assert "TARGET_NOT_FOUND" not in codes(review)
    assert any("account directory record for @ALT_USCIS" in fact for fact in review.missing_facts)


def test_target_lookup_is_case_insensitive(neutral_case, run):
    review = run(neutral_case(targets=["alt_uscis"]))
    assert "ANON_POLITICAL_GOV" in codes(review)


# --- OVERBROAD_TIME_RANGE --------------------------------------------------------------------


def test_no_date_range_for_records_over_time(neutral_case, run):
    review = run(neutral_case(process_type="SEARCH_WARRANT", data_categories=["STORED_CONTENT"], date_range=None))

    assert "OVERBROAD_TIME_RANGE" in codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED
    assert "date range" in review.missing_facts


def test_date_range_wider_than_policy(neutral_case, run):
    review = run(
        neutral_case(
            process_type="COURT_ORDER_2703D",
            data_categories=["NON_CONTENT_RECORDS"],
            date_range={"start": "2015-01-01", "end": "2017-03-01"},
        )
    )

    finding = next(f for f in review.findings if f.code == "OVERBROAD_TIME_RANGE")
    assert "790 days" in finding.explanation


def test_open_ended_range_runs_to_service(neutral_case, run):
    review = run(
        neutral_case(
            process_type="COURT_ORDER_2703D",
            data_categories=["NON_CONTENT_RECORDS"],
            date_range={"start": "2016-01-01", "end": None},
        )
    )
    assert "OVERBROAD_TIME_RANGE" in codes(review)


@pytest.mark.parametrize(
    "changes",
    [
        {"process_type": "COURT_ORDER_2703D", "data_categories": ["NON_CONTENT_RECORDS"]},  # 59-day range
        {"data_categories": ["BASIC_SUBSCRIBER"], "date_range": None},  # BSI is not records over time
    ],
)
def test_no_overbroad_finding(neutral_case, run, changes):
    assert "OVERBROAD_TIME_RANGE" not in codes(run(neutral_case(**changes)))


# --- NSL_CONTENT_OR_BEYOND_4 --------------------------------------------------------------------


def test_nsl_beyond_the_four_categories(neutral_case, run):
    review = run(
        neutral_case(
            process_type="NATIONAL_SECURITY_LETTER",
            requester__signer_title="Special Agent in Charge",
            data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        )
    )

    assert "NSL_CONTENT_OR_BEYOND_4" in codes(review)
    assert "SCA_NONCONTENT_NEEDS_2703D" not in codes(review)  # § 2709 governs NSLs
    assert review.disposition is Disposition.COMPLY_NARROWED


def test_nsl_for_bsi(neutral_case, run):
    review = run(
        neutral_case(process_type="NATIONAL_SECURITY_LETTER", requester__signer_title="Special Agent in Charge")
    )
    assert "NSL_CONTENT_OR_BEYOND_4" not in codes(review)
    assert review.disposition is Disposition.COMPLY


# --- foreign requests -------------------------------------------------------------------------


def _foreign(neutral_case, **changes):
    base = {
        "process_type": "FOREIGN_REQUEST",
        "requester__kind": "FOREIGN_GOVERNMENT",
        "requester__name": "Metropolitan Police Service",
        "requester__country": "GB",
        "requester__email": "officer@met.police.uk",
    }
    base.update(changes)
    return neutral_case(**base)


def test_foreign_content_without_agreement_is_referred_to_mlat(neutral_case, run):
    review = run(_foreign(neutral_case, data_categories=["STORED_CONTENT", "BASIC_SUBSCRIBER"]))

    assert {"FOREIGN_CONTENT_NO_AGREEMENT", "FOREIGN_NONCONTENT"} <= codes(review)
    assert "SCA_CONTENT_NEEDS_WARRANT" not in codes(review)
    assert review.disposition is Disposition.REFER_MLAT


def test_foreign_content_under_a_cloud_act_agreement(neutral_case, run):
    # The US-UK agreement is in force from 2022-10-03 (agreements.yaml): an order served in 2023.
    served = datetime(2023, 5, 2, 9, 0, tzinfo=UTC)
    review = run(
        _foreign(
            neutral_case,
            data_categories=["STORED_CONTENT"],
            mechanism="CLOUD_ACT_AGREEMENT",
            served_at=served.isoformat(),
            return_by=(served + timedelta(days=30)).isoformat(),
            date_range={"start": "2023-01-01", "end": "2023-04-30"},
        ),
        now=served,
        received_at=served,
    )

    assert "FOREIGN_CLOUD_ORDER" in codes(review)
    assert "FOREIGN_CONTENT_NO_AGREEMENT" not in codes(review)
    assert review.escalation_tier is EscalationTier.COUNSEL


def test_foreign_noncontent_only(neutral_case, run):
    review = run(_foreign(neutral_case))
    assert "FOREIGN_NONCONTENT" in codes(review)
    assert "FOREIGN_CONTENT_NO_AGREEMENT" not in codes(review)
    assert any("mechanism" in fact for fact in review.missing_facts)


# --- emergencies and triage -----------------------------------------------------------------------


def test_unverified_emergency_request(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            data_categories=["STORED_CONTENT"],
            emergency={"narrative": "threat to life", "verified_out_of_band": False},
        )
    )

    assert "EDR_UNVERIFIED" in codes(review)
    assert review.disposition is Disposition.VERIFY_REQUESTER
    assert "out-of-band confirmation of the emergency request" in review.missing_facts


def test_verified_emergency_request(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            data_categories=["STORED_CONTENT"],
            emergency={"narrative": "threat to life", "verified_out_of_band": True},
        )
    )

    assert "EDR_UNVERIFIED" not in codes(review)
    assert review.disposition is Disposition.COMPLY


def test_unknown_process_type_goes_to_triage(neutral_case, run):
    review = run(neutral_case(process_type="UNKNOWN"))

    assert "NEEDS_TRIAGE" in codes(review)
    assert review.escalation_tier is EscalationTier.COUNSEL


def test_known_process_type_needs_no_triage(neutral_case, run):
    assert "NEEDS_TRIAGE" not in codes(run(neutral_case()))

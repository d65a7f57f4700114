"""Stored Communications Act rows: data category against process; preservation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from review_support import NOW, codes

from services.review.domain import holds
from shared.vocabulary import Disposition, EscalationTier, Severity, UserNoticeAction


def test_neutral_case_is_plain_compliance(neutral_case, run):
    review = run(neutral_case())

    assert codes(review) == {"SCA_BSI_SUBPOENA_OK", "NOTICE_REQUIRED"}
    assert review.disposition is Disposition.COMPLY
    assert review.escalation_tier is EscalationTier.LEGAL_OPS
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW
    assert review.missing_facts == []


# --- SCA_BSI_SUBPOENA_OK -----------------------------------------------------------------


@pytest.mark.parametrize("process", ["SUBPOENA_GRAND_JURY", "SUBPOENA_TRIAL", "SUBPOENA_CIVIL", "SUBPOENA_DMCA_512H"])
def test_bsi_subpoena_ok_for_any_subpoena(neutral_case, run, process):
    review = run(neutral_case(process_type=process))
    assert "SCA_BSI_SUBPOENA_OK" in codes(review)


@pytest.mark.parametrize(
    "changes",
    [
        {"data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]},  # not a subset of BSI
        {"data_categories": []},  # nothing asked
        {"process_type": "COURT_ORDER_2703D"},  # not a subpoena
        {"process_type": "SEARCH_WARRANT"},
    ],
)
def test_bsi_subpoena_ok_only_for_subpoenas_seeking_only_bsi(neutral_case, run, changes):
    assert "SCA_BSI_SUBPOENA_OK" not in codes(run(neutral_case(**changes)))


# --- the category-against-process rows ------------------------------------------------------

ROWS = [
    ("NON_CONTENT_RECORDS", "SCA_NONCONTENT_NEEDS_2703D", ["COURT_ORDER_2703D", "SEARCH_WARRANT"]),
    ("LOCATION_HISTORY", "SCA_LOCATION_NEEDS_WARRANT", ["SEARCH_WARRANT"]),
    ("STORED_CONTENT", "SCA_CONTENT_NEEDS_WARRANT", ["SEARCH_WARRANT"]),
    ("REALTIME_METADATA", "PENTRAP_ORDER_REQUIRED", ["PEN_REGISTER_ORDER"]),
    ("REALTIME_CONTENT", "WIRETAP_ORDER_REQUIRED", ["WIRETAP_ORDER"]),
]


@pytest.mark.parametrize(("category", "code", "_sufficient"), ROWS)
def test_row_fires_under_a_subpoena_and_objects_when_nothing_is_left(neutral_case, run, category, code, _sufficient):
    review = run(neutral_case(data_categories=[category]))

    finding = next(f for f in review.findings if f.code == code)
    assert finding.severity is Severity.BLOCK
    assert category in finding.explanation and "SUBPOENA_GRAND_JURY" in finding.explanation
    assert review.disposition is Disposition.OBJECT
    assert review.escalation_tier is EscalationTier.COUNSEL


@pytest.mark.parametrize(("category", "code", "_sufficient"), ROWS)
def test_row_narrows_when_bsi_is_still_supported(neutral_case, run, category, code, _sufficient):
    review = run(neutral_case(data_categories=["BASIC_SUBSCRIBER", category]))

    assert code in codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED


@pytest.mark.parametrize(("category", "code", "sufficient"), ROWS)
def test_row_passes_with_sufficient_process(neutral_case, run, category, code, sufficient):
    for process in sufficient:
        review = run(neutral_case(process_type=process, data_categories=[category]))
        assert code not in codes(review), process
        assert review.disposition is Disposition.COMPLY, process


def test_2703d_order_for_non_content_records_passes(neutral_case, run):
    review = run(neutral_case(process_type="COURT_ORDER_2703D", data_categories=["NON_CONTENT_RECORDS"]))

    assert codes(review) == {"NOTICE_REQUIRED"}
    assert review.disposition is Disposition.COMPLY


def test_2703d_order_does_not_reach_content_or_location(neutral_case, run):
    review = run(
        neutral_case(
            process_type="COURT_ORDER_2703D",
            data_categories=["NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
        )
    )

    assert {"SCA_CONTENT_NEEDS_WARRANT", "SCA_LOCATION_NEEDS_WARRANT"} <= codes(review)
    assert "SCA_NONCONTENT_NEEDS_2703D" not in codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED


def test_warrant_for_stored_content_passes(neutral_case, run):
    review = run(neutral_case(process_type="SEARCH_WARRANT", data_categories=["STORED_CONTENT"]))

    assert codes(review) == {"NOTICE_REQUIRED"}
    assert review.disposition is Disposition.COMPLY


def test_subpoena_for_content_and_bsi_is_narrowed(neutral_case, run):
    review = run(neutral_case(data_categories=["STORED_CONTENT", "BASIC_SUBSCRIBER"]))

    assert "SCA_CONTENT_NEEDS_WARRANT" in codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED


def test_subpoena_for_only_content_is_objected_to(neutral_case, run):
    review = run(neutral_case(data_categories=["STORED_CONTENT"]))

    assert "SCA_CONTENT_NEEDS_WARRANT" in codes(review)
    assert review.disposition is Disposition.OBJECT


def test_blocks_add_up_across_findings(neutral_case, run):
    review = run(neutral_case(data_categories=["STORED_CONTENT", "NON_CONTENT_RECORDS"]))

    assert {"SCA_CONTENT_NEEDS_WARRANT", "SCA_NONCONTENT_NEEDS_2703D"} <= codes(review)
    assert review.disposition is Disposition.OBJECT


def test_public_content_needs_no_particular_process(neutral_case, run):
    review = run(neutral_case(data_categories=["PUBLIC_CONTENT", "STORED_CONTENT"]))

    assert review.disposition is Disposition.COMPLY_NARROWED


@pytest.mark.parametrize("process", ["PRESERVATION_REQUEST", "EMERGENCY_REQUEST"])
def test_disclosure_rows_skip_preservation_and_emergency_requests(neutral_case, run, process):
    review = run(
        neutral_case(
            process_type=process,
            data_categories=["STORED_CONTENT", "LOCATION_HISTORY"],
            emergency={"narrative": "hostage", "verified_out_of_band": True},
        )
    )

    assert not codes(review) & {"SCA_CONTENT_NEEDS_WARRANT", "SCA_LOCATION_NEEDS_WARRANT", "SCA_BSI_SUBPOENA_OK"}


def test_unknown_process_supports_nothing_but_goes_to_triage(neutral_case, run):
    review = run(neutral_case(process_type="UNKNOWN", data_categories=["STORED_CONTENT"]))

    assert {"NEEDS_TRIAGE", "SCA_CONTENT_NEEDS_WARRANT"} <= codes(review)
    assert review.disposition is Disposition.OBJECT


# --- preservation -------------------------------------------------------------------------


def _preservation(neutral_case, **changes):
    base = {
        "process_type": "PRESERVATION_REQUEST",
        "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        "return_by": None,
        "date_range": None,
        "raw_text": "Please preserve all records of the account pursuant to 18 U.S.C. § 2703(f).",
    }
    base.update(changes)
    return neutral_case(**base)


def test_preserve_ok_within_90_days(neutral_case, run):
    review = run(_preservation(neutral_case), now=NOW + timedelta(days=30))

    assert "SCA_PRESERVE_OK" in codes(review)
    assert not codes(review) & {"SCA_PRESERVE_EXPIRED", "SCA_PRESERVE_PROSPECTIVE"}
    assert review.disposition is Disposition.PRESERVE_ONLY
    ok = next(f for f in review.findings if f.code == "SCA_PRESERVE_OK")
    assert "2017-06-12" in ok.explanation  # served 2017-03-14 + 90 days


def test_preserve_expired_after_90_days_without_renewal(neutral_case, run):
    review = run(_preservation(neutral_case), now=NOW + timedelta(days=91))

    assert "SCA_PRESERVE_EXPIRED" in codes(review)
    assert "SCA_PRESERVE_OK" not in codes(review)
    # too late: no hold is placed (18 U.S.C. § 2703(f)(2)'s 90 days have run); the requester is told
    assert review.disposition is Disposition.REQUEST_INFO
    assert not holds.opens_hold(review.process_type, review.disposition)
    assert review.escalation_tier is EscalationTier.COUNSEL
    expired = next(f for f in review.findings if f.code == "SCA_PRESERVE_EXPIRED")
    assert "came too late: no hold is placed" in expired.explanation
    # asking for future data too changes nothing: still no hold
    prospective = run(_preservation(neutral_case, data_categories=["REALTIME_METADATA"]), now=NOW + timedelta(days=91))
    assert {"SCA_PRESERVE_EXPIRED", "SCA_PRESERVE_PROSPECTIVE"} <= codes(prospective)
    assert not holds.opens_hold(prospective.process_type, prospective.disposition)


def test_renewal_letter_preserves_for_its_own_90_days(neutral_case, run):
    text = "We request renewal of the preservation for an additional 90-day period under 18 U.S.C. § 2703(f)(2)."
    fresh = run(_preservation(neutral_case, raw_text=text), now=NOW + timedelta(days=60))
    stale = run(_preservation(neutral_case, raw_text=text), now=NOW + timedelta(days=91))

    assert "SCA_PRESERVE_OK" in codes(fresh)
    assert any("date of the original preservation request" in fact for fact in fresh.missing_facts)
    assert "SCA_PRESERVE_EXPIRED" in codes(stale)
    assert holds.opens_hold(fresh.process_type, fresh.disposition)
    assert not holds.opens_hold(stale.process_type, stale.disposition)


@pytest.mark.parametrize(
    "changes",
    [
        {"data_categories": ["REALTIME_METADATA"]},
        {"date_range": {"start": "2017-01-01", "end": "2017-12-31"}},
        {"raw_text": "Please preserve the account's records and continue to preserve any new records going forward."},
    ],
)
def test_preserve_prospective(neutral_case, run, changes):
    review = run(_preservation(neutral_case, **changes))

    assert {"SCA_PRESERVE_OK", "SCA_PRESERVE_PROSPECTIVE"} <= codes(review)
    assert review.disposition is Disposition.PRESERVE_ONLY
    assert review.escalation_tier is EscalationTier.COUNSEL


def test_preservation_of_past_records_is_not_prospective(neutral_case, run):
    review = run(_preservation(neutral_case, date_range={"start": "2016-01-01", "end": "2017-03-01"}))

    assert "SCA_PRESERVE_PROSPECTIVE" not in codes(review)


def test_preservation_gets_no_overbroad_or_return_date_findings(neutral_case, run):
    review = run(_preservation(neutral_case, return_by="2017-03-15T10:00:00-04:00"))

    assert not codes(review) & {"OVERBROAD_TIME_RANGE", "RETURN_DATE_DEFECT"}

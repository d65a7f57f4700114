"""Nondisclosure orders and the user notice; the invariant: no NOTIFY_NOW under a gag in force."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from review_support import NOW, RECEIVED, codes

from shared.vocabulary import Disposition, EscalationTier, Severity, UserNoticeAction

IN_SIX_MONTHS = "2017-09-14T00:00:00+00:00"


def _ndo(kind, expires_at=None, present=True):
    return {"present": present, "kind": kind, "expires_at": expires_at}


# --- a valid § 2705(b) order --------------------------------------------------------------


def test_2705b_order_in_force_delays_notice_to_its_expiry(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", IN_SIX_MONTHS)))

    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert review.user_notice.not_before == datetime(2017, 9, 14, tzinfo=UTC)
    assert not codes(review) & {"NOTICE_REQUIRED", "SCA_NDO_INVALID_TERM", "SCA_NDO_EXPIRED", "SCA_NDO_LETTER_ONLY"}
    assert review.disposition is Disposition.COMPLY


def test_state_order_longer_than_a_year_is_not_limited_by_federal_policy(neutral_case, run):
    review = run(
        neutral_case(
            requester__kind="STATE_LOCAL",
            requester__name="Springfield PD",
            nondisclosure=_ndo("COURT_ORDER_2705B", "2019-03-14T00:00:00+00:00"),
        )
    )

    assert "SCA_NDO_INVALID_TERM" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER


# --- SCA_NDO_INVALID_TERM ------------------------------------------------------------------


def test_indefinite_court_order_withholds_pending_counsel(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", None)))

    finding = next(f for f in review.findings if f.code == "SCA_NDO_INVALID_TERM")
    assert finding.severity is Severity.WARN and "indefinite" in finding.explanation
    assert review.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL
    assert review.user_notice.not_before is None
    assert "NOTICE_REQUIRED" not in codes(review)
    assert review.escalation_tier is EscalationTier.COUNSEL
    assert "NDO expiry" in review.missing_facts


def test_federal_order_over_one_year_withholds_pending_counsel(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", "2018-06-01T00:00:00+00:00")))

    finding = next(f for f in review.findings if f.code == "SCA_NDO_INVALID_TERM")
    assert "2018-06-01" in finding.explanation and "365" in finding.explanation
    assert review.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL


def test_federal_order_of_exactly_a_year_is_valid(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", "2018-03-14T14:00:00+00:00")))

    assert "SCA_NDO_INVALID_TERM" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER


# --- SCA_NDO_EXPIRED -----------------------------------------------------------------------


def test_expired_order_means_notify_now(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", "2017-03-01T00:00:00+00:00")))

    assert {"SCA_NDO_EXPIRED", "NOTICE_REQUIRED"} <= codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW
    assert review.escalation_tier is EscalationTier.LEGAL_OPS


def test_order_expiring_later_is_not_expired_yet(neutral_case, run):
    case = neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", "2017-04-01T00:00:00+00:00"))
    before = run(case)
    after = run(case, now=datetime(2017, 4, 2, tzinfo=UTC))

    assert "SCA_NDO_EXPIRED" not in codes(before)
    assert before.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert "SCA_NDO_EXPIRED" in codes(after)
    assert after.user_notice.action is UserNoticeAction.NOTIFY_NOW


# --- SCA_NDO_LETTER_ONLY -------------------------------------------------------------------


def test_letter_only_confidentiality_means_notify_now(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("LETTER_REQUEST", IN_SIX_MONTHS)))

    assert {"SCA_NDO_LETTER_ONLY", "NOTICE_REQUIRED"} <= codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW
    assert review.escalation_tier is EscalationTier.COUNSEL


def test_no_confidentiality_request_no_letter_finding(neutral_case, run):
    assert "SCA_NDO_LETTER_ONLY" not in codes(run(neutral_case()))


# --- NSL gag ----------------------------------------------------------------------------------


def test_nsl_gag_withholds_pending_counsel(neutral_case, run):
    review = run(neutral_case(process_type="NATIONAL_SECURITY_LETTER", nondisclosure=_ndo("NSL_CERTIFICATION")))

    assert "NSL_NDO_REVIEW" in codes(review)
    assert "NOTICE_REQUIRED" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL


def test_nsl_without_gag_is_noticed(neutral_case, run):
    review = run(neutral_case(process_type="NATIONAL_SECURITY_LETTER"))

    assert "NSL_NDO_REVIEW" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW


def test_gagging_kind_counts_even_if_present_is_false(neutral_case, run):
    review = run(neutral_case(nondisclosure=_ndo("COURT_ORDER_2705B", IN_SIX_MONTHS, present=False)))

    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER


# --- NOTICE_REQUIRED and emergencies -------------------------------------------------------------


def test_notice_required_names_the_wait(neutral_case, run):
    review = run(neutral_case())

    finding = next(f for f in review.findings if f.code == "NOTICE_REQUIRED")
    assert "@plainuser" in finding.explanation
    assert "2017-04-14" in finding.explanation  # the return date is later than notice + 7 days


def test_notice_required_waits_seven_days_when_the_return_date_is_sooner(neutral_case, run):
    review = run(neutral_case(return_by="2017-03-14T18:00:00-04:00"))

    finding = next(f for f in review.findings if f.code == "NOTICE_REQUIRED")
    assert "2017-03-21" in finding.explanation


def test_emergency_request_notifies_after_ninety_days(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            emergency={"narrative": "Caller threatened to shoot students today", "verified_out_of_band": True},
        )
    )

    assert "NOTICE_REQUIRED" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert review.user_notice.not_before == RECEIVED + timedelta(days=90)


def test_emergency_under_a_longer_gag_waits_for_the_gag(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            emergency={"narrative": "kidnapping", "verified_out_of_band": True},
            nondisclosure=_ndo("COURT_ORDER_2705B", "2017-12-01T00:00:00+00:00"),
        )
    )

    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert review.user_notice.not_before == datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "kind,expires",
    [
        ("COURT_ORDER_2705B", IN_SIX_MONTHS),
        ("COURT_ORDER_2705B", None),
        ("COURT_ORDER_2705B", "2019-01-01T00:00:00+00:00"),
        ("NSL_CERTIFICATION", None),
        ("NSL_CERTIFICATION", IN_SIX_MONTHS),
    ],
)
@pytest.mark.parametrize(
    "process",
    ["SUBPOENA_GRAND_JURY", "SEARCH_WARRANT", "EMERGENCY_REQUEST", "NATIONAL_SECURITY_LETTER", "PRESERVATION_REQUEST"],
)
def test_never_notify_now_while_a_gag_is_in_force(neutral_case, run, kind, expires, process):
    review = run(
        neutral_case(
            process_type=process,
            nondisclosure=_ndo(kind, expires),
            emergency={"narrative": "bomb threat", "verified_out_of_band": True},
        )
    )

    assert review.user_notice.action is not UserNoticeAction.NOTIFY_NOW
    if review.user_notice.action is UserNoticeAction.NOTIFY_AFTER:
        assert review.user_notice.not_before is not None
        assert review.user_notice.not_before > NOW

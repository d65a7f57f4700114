"""Issue 16 part A: every date the review computes is counted in the jurisdiction's calendar under
Fed. R. Civ. P. 6(a) and carries its rule; gag terms (DOJ's 2017 one-year policy, an NSL's
reciprocal notice under 18 U.S.C. § 3511(b)(1), the yearly re-examination); an emergency's end
counted from receipt, never from the review."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import CaseBuilder, Runner
from review_support import codes

from services.review.domain import RuleBook
from shared.contracts import ComputedDate, Review
from shared.vocabulary import UserNoticeAction

# Friday 18 Dec 2026, 10:00 New York: 14 days later is Friday 1 Jan 2027, New Year's Day.
SERVED_1218 = "2026-12-18T10:00:00-05:00"


def dated(review: Review, what: str) -> ComputedDate:
    found = [d for d in review.computed_dates if d.what.startswith(what)]
    assert len(found) == 1, [d.what for d in review.computed_dates]
    return found[0]


# --- Rule 45 and return dates in the court calendar ------------------------------------------------


def test_rule45_objections_run_past_new_years_day_and_the_weekend(neutral_case: CaseBuilder, run: Runner) -> None:
    case = neutral_case(
        process_type="SUBPOENA_CIVIL",
        requester={"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
        served_at=SERVED_1218,
        return_by="2027-01-08T10:00:00-05:00",  # 21 days: not the earlier one
        case_number=None,
        issuing_court=None,
    )
    review = run(case, now=datetime(2026, 12, 18, 16, tzinfo=UTC), received_at=None)
    assert "RULE45_DEFECT" in codes(review)  # it names no pending case
    objections = dated(review, "written objections due")
    assert objections.due == date(2027, 1, 4)
    assert objections.explanation == (
        "14 days under Rule 45(d)(2)(B) after Friday 18 Dec 2026, moved to Monday 4 Jan 2027: "
        "1 Jan is New Year's Day, a federal holiday; 2 Jan is a Saturday; 3 Jan is a Sunday"
    )
    assert "Fed. R. Civ. P. 6(a)(1)" in objections.rule and "45(d)(2)(B)" in objections.rule
    finding = next(f for f in review.findings if f.code == "RULE45_DEFECT")
    assert "by 2027-01-04" in finding.explanation and "New Year's Day" in finding.explanation


def test_objections_due_on_the_subpoenas_own_return_date_say_so_and_are_not_moved_off_a_sunday(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # Served Friday 18 Dec 2026, return date Sunday 27 Dec: earlier than the end of the 14 days (Monday
    # 4 Jan, moved past New Year's Day), so Rule 45(d)(2)(B) makes objections due before the return date,
    # a date the subpoena set: Rule 6(a)(1)(C) moves a period stated in days, not a fixed date.
    def civil(return_by: str) -> Review:
        case = neutral_case(
            process_type="SUBPOENA_CIVIL",
            requester={"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
            served_at=SERVED_1218,
            return_by=return_by,
            case_number=None,
            issuing_court=None,
        )
        return run(case, now=datetime(2026, 12, 18, 16, tzinfo=UTC), received_at=None)

    on_sunday = civil("2026-12-27T10:00:00-05:00")
    sunday = dated(on_sunday, "written objections due")
    finding = next(f for f in on_sunday.findings if f.code == "RULE45_DEFECT")
    assert "(before 2026-12-27T10:00-05:00: the return date the subpoena set" in finding.explanation
    assert sunday.due == date(2026, 12, 27) and sunday.at == datetime.fromisoformat("2026-12-27T10:00:00-05:00")
    assert "counted under" not in sunday.rule and "6(a)(1)" not in sunday.rule
    assert "Fed. R. Civ. P. 45(d)(2)(B): the time specified for compliance (the subpoena's return date)" in sunday.rule
    assert sunday.explanation.startswith(
        "the return date the subpoena set, Sunday 27 Dec 2026 (2026-12-27T10:00-05:00)"
    )
    assert "; 27 Dec is a Sunday, but Rule 6(a)(1)(C)" in sunday.explanation
    assert "serve them by Thursday 24 Dec 2026, the last open day before it" in sunday.explanation  # 25 Dec: Christmas
    # on an open day: no word of moving
    monday = dated(civil("2026-12-28T10:00:00-05:00"), "written objections due")
    assert monday.due == date(2026, 12, 28) and "6(a)(1)(C)" not in monday.explanation
    assert monday.explanation.startswith("the return date the subpoena set, Monday 28 Dec 2026")
    # a later return date: the 14 days counted under Rule 6(a), moved past the holiday and weekend
    later = dated(civil("2027-01-08T10:00:00-05:00"), "written objections due")
    assert later.due == date(2027, 1, 4) and "counted under Fed. R. Civ. P. 6(a)(1)" in later.rule


def test_a_return_date_on_the_holiday_ending_the_minimum_period_is_now_too_soon(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # Served Tue 22 Dec 2026; 10 days later is Fri 1 Jan 2027 (New Year's Day): the period runs to
    # Mon 4 Jan, so a return date of 1 Jan (10 calendar days, enough before) is a defect now.
    served = "2026-12-22T10:00:00-05:00"
    on_holiday = run(neutral_case(served_at=served, return_by="2027-01-01T10:00:00-05:00"), received_at=None)
    assert "RETURN_DATE_DEFECT" in codes(on_holiday)
    earliest = dated(on_holiday, "earliest return date")
    assert earliest.due == date(2027, 1, 4) and "New Year's Day" in earliest.explanation
    on_monday = run(neutral_case(served_at=served, return_by="2027-01-04T10:00:00-05:00"), received_at=None)
    assert "RETURN_DATE_DEFECT" not in codes(on_monday)


def test_the_notice_wait_before_producing_runs_to_an_open_day(neutral_case: CaseBuilder, run: Runner) -> None:
    # Notice Thursday 24 Dec 2026 + 7 days = Thursday 31 Dec: open, so 31 Dec; from Friday 25 Dec
    # (Christmas) + 7 = Friday 1 Jan: New Year's Day, so Monday 4 Jan.
    case = neutral_case(served_at="2026-12-20T10:00:00-05:00", return_by="2026-12-30T10:00:00-05:00")
    review = run(case, now=datetime(2026, 12, 25, 15, tzinfo=UTC), received_at=None)
    wait = dated(review, "production not before")
    assert wait.due == date(2027, 1, 4)
    assert (
        "Produce nothing before 2027-01-04"
        in next(f for f in review.findings if f.code == "NOTICE_REQUIRED").explanation
    )
    later_return = run(
        neutral_case(served_at="2026-12-20T10:00:00-05:00", return_by="2027-01-20T10:00:00-05:00"),
        now=datetime(2026, 12, 25, 15, tzinfo=UTC),
        received_at=None,
    )
    assert dated(later_return, "production not before").due == date(2027, 1, 20)


def test_a_foreign_request_keeps_the_sending_countrys_holidays(neutral_case: CaseBuilder, run: Runner) -> None:
    # German Unity Day, Tuesday 3 Oct 2028: a 7-day notice wait from Tuesday 26 Sep ends on it.
    german = neutral_case(
        process_type="FOREIGN_REQUEST",
        requester={"name": "Bundeskriminalamt", "kind": "FOREIGN_GOVERNMENT", "country": "DE", "verified": True},
        mechanism="MLAT",
        served_at="2028-09-20T10:00:00+02:00",
        return_by=None,
    )
    review = run(german, now=datetime(2028, 9, 26, 9, tzinfo=UTC), received_at=None)
    wait = dated(review, "production not before")
    assert wait.due == date(2028, 10, 4)
    assert "German Unity Day" in wait.explanation and "DE calendar" in wait.rule
    domestic = run(
        neutral_case(served_at="2028-09-20T10:00:00-04:00", return_by=None), now=datetime(2028, 9, 26, 9, tzinfo=UTC)
    )
    assert dated(domestic, "production not before").due == date(2028, 10, 3)


# --- gag terms ------------------------------------------------------------------------------


def test_an_eighteen_month_federal_2705b_order_is_flagged_citing_the_2017_policy(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    served = datetime(2017, 3, 14, 14, tzinfo=UTC)
    case = neutral_case(
        served_at=served.isoformat(),
        nondisclosure={
            "present": True,
            "kind": "COURT_ORDER_2705B",
            "expires_at": (served + timedelta(days=548)).isoformat(),  # 18 months
        },
    )
    review = run(case)
    finding = next(f for f in review.findings if f.code == "SCA_NDO_INVALID_TERM")
    assert "548 days (about 18 months)" in finding.explanation
    assert "over one year" in finding.explanation and "19 October 2017" in finding.explanation
    assert "2705(b)" in finding.citation and "2017" in finding.citation
    assert review.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL
    # counsel re-examines it a year after it began (Wed 14 Mar 2018), and the order's own end is listed
    assert dated(review, "counsel re-examines the gag").due == date(2018, 3, 14)
    assert dated(review, "nondisclosure ends").at == served + timedelta(days=548)
    # a one-year order is within the policy, and is still re-examined
    within = run(
        neutral_case(
            served_at=served.isoformat(),
            nondisclosure={
                "present": True,
                "kind": "COURT_ORDER_2705B",
                "expires_at": (served + timedelta(days=365)).isoformat(),
            },
        )
    )
    assert "SCA_NDO_INVALID_TERM" not in codes(within)
    assert dated(within, "counsel re-examines the gag").due == date(2018, 3, 14)


def test_an_indefinite_federal_order_is_flagged_as_the_gag_the_2017_policy_ended(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    review = run(neutral_case(nondisclosure={"present": True, "kind": "COURT_ORDER_2705B", "expires_at": None}))
    finding = next(f for f in review.findings if f.code == "SCA_NDO_INVALID_TERM")
    assert "no expiry date (indefinite)" in finding.explanation and "19 October 2017" in finding.explanation


def test_an_nsl_with_a_gag_yields_counsels_reciprocal_notice_draft_and_its_date(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # Served Mon 16 Nov 2026: 30 days later is Wed 16 Dec 2026, an open day.
    case = neutral_case(
        process_type="NATIONAL_SECURITY_LETTER",
        requester={
            "name": "Federal Bureau of Investigation",
            "kind": "FEDERAL",
            "email": "nsl@fbi.gov",
            "verified": True,
            "signer": "R. Smith",
            "signer_title": "Special Agent in Charge",
        },
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2026-11-16T09:00:00-05:00",
        return_by=None,
        case_number="NSL-26-0042",
        nondisclosure={"present": True, "kind": "NSL_CERTIFICATION", "expires_at": None},
    )
    review = run(case, now=datetime(2026, 11, 20, 15, tzinfo=UTC), received_at=None)
    assert "NSL_NDO_REVIEW" in codes(review)
    notice = dated(review, "reciprocal notice to the government")
    assert notice.due == date(2026, 12, 16)
    assert "30 days under policy nsl_reciprocal_notice_days from service after Monday 16 Nov 2026" in notice.explanation
    assert "3511(b)(1)" in notice.rule
    assert notice.draft is not None
    assert "To: Federal Bureau of Investigation, signed by R. Smith." in notice.draft
    assert "NSL-26-0042" in notice.draft and "§ 3511(b)(1)(A)" in notice.draft and "within 30 days" in notice.draft
    finding = next(f for f in review.findings if f.code == "NSL_NDO_REVIEW")
    assert "send it by 2026-12-16" in finding.explanation
    # the date is counted from service, not from the review
    later = run(case, now=datetime(2026, 12, 1, 15, tzinfo=UTC), received_at=None)
    assert dated(later, "reciprocal notice to the government").due == date(2026, 12, 16)
    # 30 days after Thu 26 Nov 2026 (Thanksgiving) is Sat 26 Dec: the draft is due Monday 28 Dec
    moved = run(case.model_copy(update={"served_at": datetime(2026, 11, 26, 14, tzinfo=UTC)}), received_at=None)
    assert dated(moved, "reciprocal notice to the government").due == date(2026, 12, 28)
    # no gag, no draft
    ungagged = run(
        case.model_copy(
            update={"nondisclosure": case.nondisclosure.model_copy(update={"present": False, "kind": None})}
        )
    )
    assert not [d for d in ungagged.computed_dates if d.draft]


# --- the emergency's end ---------------------------------------------------------------------


@pytest.mark.parametrize("late", [timedelta(0), timedelta(hours=5), timedelta(days=20)])
def test_the_emergencys_end_is_counted_from_receipt_never_from_the_review(
    neutral_case: CaseBuilder, run: Runner, book: RuleBook, late: timedelta
) -> None:
    received = datetime(2026, 12, 7, 3, 15, tzinfo=UTC)
    case = neutral_case(
        process_type="EMERGENCY_REQUEST",
        served_at=None,
        return_by=None,
        emergency={"narrative": "A caller threatened to kill a named person tonight.", "verified_out_of_band": True},
    )
    review = run(case, now=received + late, received_at=received)
    ends = received + timedelta(days=book.policy.emergency_notice_delay_days)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert review.user_notice.not_before == ends
    end = dated(review, "emergency ends")
    assert end.at == ends and "after the request's receipt on Monday 7 Dec 2026" in end.explanation


def test_an_emergency_with_no_known_receipt_or_service_is_not_dated_from_the_review(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    case = neutral_case(
        process_type="EMERGENCY_REQUEST",
        served_at=None,
        return_by=None,
        emergency={"narrative": "A caller threatened to kill a named person tonight.", "verified_out_of_band": True},
    )
    review = run(case, received_at=None)
    assert review.user_notice.action is UserNoticeAction.WITHHOLD_PENDING_COUNSEL
    assert review.user_notice.not_before is None
    assert any("date the emergency request was received" in fact for fact in review.missing_facts)
    served = run(case.model_copy(update={"served_at": datetime(2026, 12, 1, tzinfo=UTC)}), received_at=None)
    assert served.user_notice.not_before == datetime(2026, 12, 1, tzinfo=UTC) + timedelta(days=90)


def test_process_from_a_state_court_keeps_that_states_court_holidays(neutral_case: CaseBuilder, run: Runner) -> None:
    # Served Saturday 21 Mar 2026; 10 days later is Tuesday 31 Mar: Cesar Chavez Day, a California
    # holiday (not a federal one). From a California court the earliest return date is 1 Apr.
    def civil(court: str) -> Review:
        case = neutral_case(
            process_type="SUBPOENA_CIVIL",
            requester={"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
            served_at="2026-03-21T10:00:00-07:00",
            return_by="2026-03-31T10:00:00-07:00",
            case_number="RG26-000123",
            issuing_court=court,
        )
        return run(case, now=datetime(2026, 3, 23, 16, tzinfo=UTC), received_at=None)

    state = civil("Superior Court of California, County of Alameda")
    assert "RETURN_DATE_DEFECT" in codes(state)
    earliest = dated(state, "earliest return date")
    assert earliest.due == date(2026, 4, 1)
    assert "31 Mar is Cesar Chavez Day, a CA state holiday" in earliest.explanation
    assert "U.S. federal and CA calendar" in earliest.rule
    # A federal district court in California counts California's holidays too for a period measured
    # after an event (Fed. R. Civ. P. 6(a)(6)(C)): the same return date is too soon there.
    federal = civil("U.S. District Court for the Northern District of California")
    assert "RETURN_DATE_DEFECT" in codes(federal)
    in_district = dated(federal, "earliest return date")
    assert in_district.due == date(2026, 4, 1)
    assert "31 Mar is Cesar Chavez Day, a CA state holiday" in in_district.explanation
    assert "U.S. federal calendar with CA holidays" in in_district.rule and "6(a)(6)(C)" in in_district.rule
    # a federal court of appeals is no district court, and a court whose state is unknown keeps the federal days
    for court in ("United States Court of Appeals for the Ninth Circuit", "U.S. District Court, N.D. Cal."):
        assert "RETURN_DATE_DEFECT" not in codes(civil(court)), court


def test_a_state_holiday_moves_a_forward_deadline_in_a_federal_district_court_there_not_a_backward_one(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # Patriots' Day, Monday 20 Apr 2026, is a Massachusetts holiday (not a federal one). Rule 6(a)(6)(C)
    # makes it a legal holiday in the District of Massachusetts for periods measured after an event only.
    massachusetts = "United States District Court for the District of Massachusetts"

    def civil(court: str) -> Review:  # served Fri 10 Apr: the 10-day minimum ends Mon 20 Apr
        case = neutral_case(
            process_type="SUBPOENA_CIVIL",
            requester={"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
            served_at="2026-04-10T10:00:00-04:00",
            return_by="2026-04-20T10:00:00-04:00",
            case_number="1:26-cv-10001",
            issuing_court=court,
        )
        return run(case, now=datetime(2026, 4, 13, 16, tzinfo=UTC), received_at=None)

    forward = civil(massachusetts)
    earliest = dated(forward, "earliest return date")
    assert earliest.due == date(2026, 4, 21)
    assert "20 Apr is Patriots' Day, a MA state holiday" in earliest.explanation
    assert "RETURN_DATE_DEFECT" in codes(forward)
    assert "RETURN_DATE_DEFECT" not in codes(civil("United States District Court for the District of Connecticut"))

    def irs(court: str) -> Review:  # return date Wed 13 May: 23 days before is Mon 20 Apr
        return run(
            neutral_case(
                process_type="SUBPOENA_ADMINISTRATIVE",
                statute="26 U.S.C. § 7602",
                requester__name="Internal Revenue Service",
                requester__email="a@irs.gov",
                requester__signer_title="Revenue Agent",
                stated_purpose="Determine tax liability",
                served_at="2026-05-01T10:00:00-04:00",
                return_by="2026-05-13T10:00:00-04:00",
                issuing_court=court,
            )
        )

    backward = dated(irs(massachusetts), "latest day the person named could be given notice")
    assert backward.due == date(2026, 4, 20)  # not moved back to Friday 17 Apr: a period before an event
    assert "MA holidays not counted" in backward.rule and "6(a)(6)(C)" in backward.rule
    # a Massachusetts state court keeps its own holiday both ways
    state = dated(
        irs("Massachusetts Superior Court, Suffolk County"), "latest day the person named could be given notice"
    )
    assert state.due == date(2026, 4, 17) and "Patriots' Day" in state.explanation


def test_the_irs_notice_deadline_is_counted_back_from_the_return_date(neutral_case: CaseBuilder, run: Runner) -> None:
    # Return date Tuesday 28 Mar 2017: 23 days before is Sunday 5 Mar, so notice was due Friday 3 Mar.
    review = run(
        neutral_case(
            process_type="SUBPOENA_ADMINISTRATIVE",
            statute="26 U.S.C. § 7602",
            requester__name="Internal Revenue Service",
            requester__email="a@irs.gov",
            requester__signer_title="Revenue Agent",
            stated_purpose="Determine tax liability",
            return_by="2017-03-28T10:00:00-04:00",
        )
    )
    latest = dated(review, "latest day the person named could be given notice")
    assert latest.due == date(2017, 3, 3)
    assert latest.explanation == (
        "23 days under the notice period of a 26 U.S.C. § 7602 summons before Tuesday 28 Mar 2017, moved to Friday 3 Mar 2017: "
        "5 Mar is a Sunday; 4 Mar is a Saturday"
    )
    assert "26 U.S.C. § 7609(a)(1)" in latest.rule
    finding = next(f for f in review.findings if f.code == "IRS_7609_NOTICE_GAP")
    assert "by 2017-03-03" in finding.explanation


def test_the_notice_wait_counts_from_the_platforms_day_not_utcs(neutral_case: CaseBuilder, run: Runner) -> None:
    # 03:00 UTC on Friday 25 Dec 2026 is still Thursday 24 Dec, 22:00 in New York (policy time_zone):
    # 7 days from 24 Dec is Thursday 31 Dec, an open day (from 25 Dec it would be New Year's Day).
    case = neutral_case(served_at="2026-12-20T10:00:00-05:00", return_by="2026-12-30T10:00:00-05:00")
    review = run(case, now=datetime(2026, 12, 25, 3, tzinfo=UTC), received_at=None)
    wait = dated(review, "production not before")
    assert wait.due == date(2026, 12, 31)
    assert wait.explanation == "7 days under policy notice_wait_days after Thursday 24 Dec 2026: Thursday 31 Dec 2026"


def test_a_deployment_sets_its_own_platform_holidays_and_calendar(
    neutral_case: CaseBuilder, run: Runner, book: RuleBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shared.settings import Settings

    monkeypatch.setenv("DUEPROCESS_PLATFORM_HOLIDAYS", '{"2026-12-31": "Year-end shutdown"}')
    monkeypatch.setenv("DUEPROCESS_COURT_CALENDAR", "US-NY")
    settings = Settings()
    deployed = book.with_calendar(
        court_calendar=settings.court_calendar,
        time_zone=settings.calendar_time_zone,
        business_hours=settings.business_hours,
        platform_holidays=settings.platform_holidays,
    )
    assert deployed.policy.court_calendar == "US-NY" and deployed.policy.time_zone == book.policy.time_zone
    case = neutral_case(served_at="2026-12-20T10:00:00-05:00", return_by="2026-12-30T10:00:00-05:00")
    now = datetime(2026, 12, 24, 15, tzinfo=UTC)
    assert dated(run(case, now=now, received_at=None), "production not before").due == date(2026, 12, 31)
    wait = dated(run(case, now=now, received_at=None, rule_book=deployed), "production not before")
    assert wait.due == date(2027, 1, 4)
    assert "31 Dec is Year-end shutdown (a platform holiday)" in wait.explanation
    assert "U.S. federal and NY calendar" in wait.rule
    assert book.with_calendar() is book
    with pytest.raises(ValueError):
        book.with_calendar(time_zone="Nowhere/Special")

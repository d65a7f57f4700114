"""shared.calendars: Fed. R. Civ. P. 6(a) counting in a jurisdiction's calendar, and business-hour clocks.

Property tests (hypothesis): a computed date never falls on a weekend or a holiday of the
calendar it was counted in; counting forward then back is consistent; the examples of Rule 6(a)'s
text and its 2009 Committee Note hold.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.calendars import (
    BusinessHours,
    Calendar,
    add_business_hours,
    calendar_for,
    count_days,
    subtract_business_hours,
    us_state_named,
)

FEDERAL = calendar_for("US")
CALENDARS = [
    FEDERAL,
    calendar_for("US", "CA"),
    calendar_for("US", "NY"),
    calendar_for("DE"),
    calendar_for("US", extra={date(2026, 12, 24): "Christmas Eve", date(2026, 12, 31): "Year end"}),
]

days_ = st.dates(min_value=date(2000, 1, 1), max_value=date(2045, 12, 31))
periods = st.integers(min_value=0, max_value=400)
calendars = st.sampled_from(CALENDARS)


@settings(max_examples=300, deadline=None)
@given(trigger=days_, days=periods, calendar=calendars, backward=st.booleans())
def test_a_computed_date_is_never_a_weekend_or_a_holiday(
    trigger: date, days: int, calendar: Calendar, backward: bool
) -> None:
    due = count_days(trigger, days, calendar, rule="Rule 6(a)", backward=backward).due
    assert due.weekday() < 5
    assert calendar.holiday(due) is None
    if calendar.country == "US":  # checked against the library directly, not through the module
        assert due not in holidays.country_holidays("US", subdiv=calendar.subdivision)
    assert due not in calendar.extra


@settings(max_examples=300, deadline=None)
@given(trigger=days_, days=periods, calendar=calendars, backward=st.booleans())
def test_the_period_runs_to_the_first_open_day_and_no_further(
    trigger: date, days: int, calendar: Calendar, backward: bool
) -> None:
    computed = count_days(trigger, days, calendar, rule="Rule 6(a)", backward=backward)
    step = -1 if backward else 1
    last = trigger + timedelta(days=step * days)  # the trigger day excluded, the last day included
    assert computed.last_counted_day == last
    span = abs((computed.due - last).days)
    assert (computed.due - last).days * step >= 0
    # every day between the last counted day and the due date is closed, and says why
    passed = [last + timedelta(days=step * i) for i in range(span)]
    assert [d for d, _ in computed.skipped] == passed
    assert all(not calendar.is_open(d) for d in passed)
    assert computed.moved == (span > 0)


@settings(max_examples=300, deadline=None)
@given(trigger=days_, days=periods, calendar=calendars)
def test_counting_forward_then_back_is_consistent(trigger: date, days: int, calendar: Calendar) -> None:
    forward = count_days(trigger, days, calendar, rule="Rule 6(a)")
    back = count_days(forward.due, days, calendar, rule="Rule 6(a)", backward=True)
    # Back from the due date lands on an open day no later than the due date less the period ...
    assert back.due <= forward.due - timedelta(days=days) and calendar.is_open(back.due)
    # ... never before an open trigger day ...
    if calendar.is_open(trigger):
        assert trigger <= back.due
    # ... and exactly on the trigger when the trigger was an open day and nothing moved.
    if calendar.is_open(trigger) and not forward.moved:
        assert back.due == trigger
    # counting the same period again from the same trigger gives the same date (pure)
    assert count_days(trigger, days, calendar, rule="Rule 6(a)") == forward


@settings(max_examples=100, deadline=None)
@given(trigger=days_, calendar=calendars)
def test_a_zero_day_period_ends_on_the_trigger_day_or_the_next_open_day(trigger: date, calendar: Calendar) -> None:
    due = count_days(trigger, 0, calendar, rule="Rule 6(a)").due
    assert due == calendar.next_open(trigger)[0]


# --- the examples of Rule 6(a)'s own text and its 2009 Committee Note ---------------------------


def test_rule_6a5_committee_note_forward_example_runs_past_a_weekend_and_labor_day() -> None:
    # "if a filing is due within 10 days after an event, and the tenth day falls on Saturday,
    # September 1, 2007, then the filing is due on Tuesday, September 4, 2007 (Monday, September 3,
    # is Labor Day)."
    computed = count_days(date(2007, 8, 22), 10, FEDERAL, rule="Rule 6(a)")
    assert computed.last_counted_day == date(2007, 9, 1)
    assert computed.due == date(2007, 9, 4)
    assert "3 Sep is Labor Day, a federal holiday" in computed.explain()


def test_rule_6a5_committee_note_backward_example_runs_to_the_friday_before() -> None:
    # "if a filing is due 21 days before an event, and the twenty-first day falls on Saturday,
    # September 1, then the filing is due on Friday, August 31."
    computed = count_days(date(2007, 9, 22), 21, FEDERAL, rule="Rule 6(a)", backward=True)
    assert computed.due == date(2007, 8, 31)


def test_rule_6a1_excludes_the_trigger_day_and_counts_every_day_including_weekends() -> None:
    # 6(a)(1)(A)-(B): a 14-day period after Monday 2 March 2009 ends Monday 16 March (weekends counted).
    assert count_days(date(2009, 3, 2), 14, FEDERAL, rule="Rule 6(a)").due == date(2009, 3, 16)
    # 6(a)(1)(C): "if the last day is a Saturday, Sunday, or legal holiday, the period continues to run
    # until the end of the next day that is not a Saturday, Sunday, or legal holiday": the 14th day
    # is Saturday 14 March 2009, so the period runs to Monday 16 March.
    assert count_days(date(2009, 2, 28), 14, FEDERAL, rule="Rule 6(a)").due == date(2009, 3, 16)


def test_the_issue_example_new_years_day_moves_to_monday_4_january_2027() -> None:
    computed = count_days(date(2026, 12, 18), 14, FEDERAL, rule="Rule 45")
    assert computed.due == date(2027, 1, 4)
    text = computed.explain()
    assert text.startswith("14 days under Rule 45 after Friday 18 Dec 2026, moved to Monday 4 Jan 2027: ")
    assert "1 Jan is New Year's Day, a federal holiday" in text


def test_an_observed_holiday_is_a_legal_holiday() -> None:
    # 4 July 2026 is a Saturday: the federal holiday is observed on Friday 3 July (5 U.S.C. § 6103(b)).
    assert FEDERAL.holiday(date(2026, 7, 3)) is not None
    assert count_days(date(2026, 6, 19), 14, FEDERAL, rule="Rule 6(a)").due == date(2026, 7, 6)


def test_a_state_court_holiday_and_a_foreign_public_holiday_and_a_platform_holiday() -> None:
    # Cesar Chavez Day (31 March) is a California holiday, not a federal one.
    assert count_days(date(2026, 3, 17), 14, FEDERAL, rule="x").due == date(2026, 3, 31)
    assert count_days(date(2026, 3, 17), 14, calendar_for("US", "CA"), rule="x").due == date(2026, 4, 1)
    # German Unity Day, Saturday 3 Oct 2026 ... and a Tuesday-holiday example: 3 Oct 2028 is a Tuesday.
    assert count_days(date(2028, 9, 19), 14, calendar_for("DE"), rule="x").due == date(2028, 10, 4)
    platform = calendar_for("US", extra={date(2026, 12, 24): "Christmas Eve"})
    assert count_days(date(2026, 12, 10), 14, platform, rule="x").due == date(2026, 12, 28)
    assert "Christmas Eve (a platform holiday)" in count_days(date(2026, 12, 10), 14, platform, rule="x").explain()


def test_an_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError):
        calendar_for("XX")


# --- business hours (SLA clocks) --------------------------------------------------------------

NINE_TO_FIVE = BusinessHours(opens=time(9), closes=time(17), zone="America/New_York")


def test_business_hours_skip_nights_weekends_and_holidays() -> None:
    # Thursday 31 Dec 2026, 16:00 New York + 8 business hours: 1 h that day, New Year's Day and
    # the weekend closed, then 7 h on Monday 4 Jan: 16:00 New York.
    start = datetime(2026, 12, 31, 21, 0, tzinfo=UTC)
    due = add_business_hours(start, timedelta(hours=8), FEDERAL, NINE_TO_FIVE)
    assert due.isoformat() == "2027-01-04T16:00:00-05:00"


def test_business_hours_clock_started_at_night_starts_at_opening() -> None:
    start = datetime(2026, 12, 8, 3, 0, tzinfo=UTC)  # Monday 22:00 New York
    due = add_business_hours(start, timedelta(hours=2), FEDERAL, NINE_TO_FIVE)
    assert due.isoformat() == "2026-12-08T11:00:00-05:00"


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)),
    minutes=st.integers(min_value=1, max_value=60 * 40),
)
def test_a_business_hours_deadline_falls_within_hours_on_an_open_day(start: datetime, minutes: int) -> None:
    due = add_business_hours(start, timedelta(minutes=minutes), FEDERAL, NINE_TO_FIVE)
    assert FEDERAL.is_open(due.date())
    assert time(9) < due.timetz().replace(tzinfo=None) <= time(17)
    assert due >= start + timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("court", "state"),
    [
        ("Superior Court of California, County of Alameda", "CA"),
        ("Circuit Court for the State of West Virginia", "WV"),
        ("Superior Court of the District of Columbia", "DC"),
        ("Supreme Court of the State of New York, County of Kings", "NY"),
        ("Kansas City Municipal Court, Missouri", None),  # two states named: not guessed
        ("Court of Common Pleas", None),
    ],
)
def test_the_state_a_courts_name_names(court: str, state: str | None) -> None:
    assert us_state_named(court) == state


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)),
    minutes=st.integers(min_value=1, max_value=60 * 40),
)
def test_business_hours_back_from_a_deadline_mirror_the_hours_forward(start: datetime, minutes: int) -> None:
    duration = timedelta(minutes=minutes)
    due = add_business_hours(start, duration, FEDERAL, NINE_TO_FIVE)
    back = subtract_business_hours(due, duration, FEDERAL, NINE_TO_FIVE)
    assert FEDERAL.is_open(back.date()) and time(9) <= back.timetz().replace(tzinfo=None) < time(17)
    # back lands on the start when the start was inside hours, else on the opening the clock started at
    assert back == add_business_hours(start, timedelta(0), FEDERAL, NINE_TO_FIVE) or back.astimezone(UTC) == start


def test_a_warning_24_business_hours_before_a_tuesday_return_date() -> None:
    # Tuesday 5 Jan 2027 10:00 New York, 24 business hours (three 8-hour days) back: 1 h on Tuesday,
    # 8 h on Monday 4 Jan, the weekend and Friday 1 Jan (New Year's Day) closed, 8 h on Thursday
    # 31 Dec, then 7 h on Wednesday 30 Dec: 10:00.
    end = datetime(2027, 1, 5, 15, 0, tzinfo=UTC)
    back = subtract_business_hours(end, timedelta(hours=24), FEDERAL, NINE_TO_FIVE)
    assert back.isoformat() == "2026-12-30T10:00:00-05:00"


def test_a_states_holidays_kept_for_periods_after_an_event_only() -> None:
    # Rule 6(a)(6)(C): in a federal district court, a day the state declares a holiday is a legal
    # holiday for a period measured after an event, not for one measured before.
    district = calendar_for("US", after_only=(("US", "CA"),))
    cesar_chavez = date(2026, 3, 31)
    assert not district.is_open(cesar_chavez) and district.is_open(cesar_chavez, backward=True)
    forward = count_days(date(2026, 3, 17), 14, district, rule="x")
    assert forward.due == date(2026, 4, 1) and "31 Mar is Cesar Chavez Day, a CA state holiday" in forward.explain()
    assert count_days(date(2026, 4, 14), 14, district, rule="x", backward=True).due == cesar_chavez
    assert count_days(date(2026, 4, 14), 14, calendar_for("US", "CA"), rule="x", backward=True).due == date(2026, 3, 30)
    with pytest.raises(ValueError):
        calendar_for("US", after_only=(("US", "XX"),))

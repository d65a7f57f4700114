"""Fed. R. Civ. P. 6(a) in its own words, against shared.calendars.

Rule 6(a)(6)(A): a "legal holiday" is "the day set aside by statute for observing New Year's Day,
Martin Luther King Jr.'s Birthday, Washington's Birthday, Memorial Day, Juneteenth National
Independence Day, Independence Day, Labor Day, Columbus Day, Veterans' Day, Thanksgiving Day, or
Christmas Day". The days are computed here from the statute (5 U.S.C. § 6103(a), and § 6103(b)
with Executive Order 11582: a holiday on a Saturday is observed the Friday before, on a Sunday the
Monday after), independently of the ``holidays`` package the module reads, so a gap in that
package's data fails here. Rule 6(a)(1)(C) and 6(a)(5): a period whose last day is one of them
runs to the next day that is not a weekend or legal holiday, counting forward for a period after
an event and backward for one before it.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.calendars import calendar_for, count_days

FEDERAL = calendar_for("US")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth ``weekday`` (Monday 0) of the month; n = -1 for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    return day - timedelta(days=1) if day.weekday() == 5 else day + timedelta(days=1) if day.weekday() == 6 else day


def rule_6a6a_holidays(year: int) -> dict[str, date]:
    """The day each holiday named by Rule 6(a)(6)(A) is observed in ``year`` (Juneteenth since 2021)."""
    return {
        "New Year's Day": _observed(date(year, 1, 1)),
        "Martin Luther King Jr.'s Birthday": _nth_weekday(year, 1, 0, 3),
        "Washington's Birthday": _nth_weekday(year, 2, 0, 3),
        "Memorial Day": _nth_weekday(year, 5, 0, -1),
        "Juneteenth National Independence Day": _observed(date(year, 6, 19)),
        "Independence Day": _observed(date(year, 7, 4)),
        "Labor Day": _nth_weekday(year, 9, 0, 1),
        "Columbus Day": _nth_weekday(year, 10, 0, 2),
        "Veterans' Day": _observed(date(year, 11, 11)),
        "Thanksgiving Day": _nth_weekday(year, 11, 3, 4),
        "Christmas Day": _observed(date(year, 12, 25)),
    }


def test_the_statutory_days_as_computed_here() -> None:
    # a few known dates, so the helper above is itself checked
    days = rule_6a6a_holidays(2027)
    assert days["New Year's Day"] == date(2027, 1, 1)
    assert days["Juneteenth National Independence Day"] == date(2027, 6, 18)  # Sat 19 Jun -> Fri
    assert days["Independence Day"] == date(2027, 7, 5)  # Sun 4 Jul -> Mon
    assert days["Memorial Day"] == date(2027, 5, 31) and days["Thanksgiving Day"] == date(2027, 11, 25)
    assert rule_6a6a_holidays(2022)["New Year's Day"] == date(2021, 12, 31)  # Sat 1 Jan 2022 -> Fri


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=2022, max_value=2045), days=st.integers(min_value=1, max_value=60))
def test_every_holiday_rule_6a6a_names_is_a_legal_holiday_a_period_cannot_end_on(year: int, days: int) -> None:
    for name, holiday in rule_6a6a_holidays(year).items():
        assert FEDERAL.holiday(holiday) is not None, f"{name} {holiday} is a legal holiday (Rule 6(a)(6)(A))"
        after = count_days(holiday - timedelta(days=days), days, FEDERAL, rule="Rule 6(a)")
        assert after.last_counted_day == holiday and after.moved and after.due > holiday, name
        # forward: the next day that is not a Saturday, Sunday or legal holiday (Rule 6(a)(1)(C))
        assert FEDERAL.is_open(after.due)
        assert all(not FEDERAL.is_open(holiday + timedelta(days=i)) for i in range((after.due - holiday).days))
        before = count_days(holiday + timedelta(days=days), days, FEDERAL, rule="Rule 6(a)", backward=True)
        # backward: the "next day" is found counting backward (Rule 6(a)(5))
        assert before.last_counted_day == holiday and before.due < holiday and FEDERAL.is_open(before.due), name
        assert all(not FEDERAL.is_open(holiday - timedelta(days=i)) for i in range((holiday - before.due).days))


def test_a_filing_due_21_days_before_an_event_landing_on_labor_day_is_due_the_friday_before() -> None:
    # Rule 6(a)(5) backward, on a legal holiday rather than a weekend: 21 days before Monday
    # 27 Sep 2027 is Monday 6 Sep, Labor Day; the filing is due Friday 3 Sep.
    computed = count_days(date(2027, 9, 27), 21, FEDERAL, rule="Rule 6(a)", backward=True)
    assert computed.last_counted_day == date(2027, 9, 6)
    assert computed.due == date(2027, 9, 3)
    assert "6 Sep is Labor Day, a federal holiday" in computed.explain()

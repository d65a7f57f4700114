"""Court and business calendars: Fed. R. Civ. P. 6(a) day counting and business-hour clocks. Pure.

Plumbing, not policy: which period applies, under which rule and in which jurisdiction is the
caller's business (review's rule book); this module only counts. Holidays come from the
maintained ``holidays`` package (U.S. federal holidays, a state's holidays, any country's public
holidays), plus a deployment's own closed days.

    cal = calendar_for("US", extra={date(2026, 12, 24): "platform holiday"})
    due = count_days(date(2026, 12, 18), 14, cal, rule="Rule 45")
    due.explain()  # "14 days under Rule 45 from Fri 18 Dec 2026, moved to Mon 4 Jan 2027: ..."

Rule 6(a)(1): exclude the day of the event that triggers the period; count every day,
including weekends and legal holidays; include the last day, but if it is a Saturday, Sunday or
legal holiday the period runs to the next day that is none of those. Rule 6(a)(5): the "next day"
is found counting forward for a period measured after an event and backward for one measured
before an event. Rule 6(a)(6)(C): for a period measured after an event, a "legal holiday" also
includes a day the state where the district court sits declares a holiday; a calendar keeps such
holidays apart (``after_only``) and counts them only going forward.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_lib

__all__ = [
    "BusinessHours",
    "Calendar",
    "ComputedDate",
    "SlaClock",
    "add_business_hours",
    "business_hours_of",
    "calendar_for",
    "count_days",
    "court_calendar_of",
    "long_day",
    "subtract_business_hours",
    "us_state_named",
]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The search for an open day gives up after this many closed days in a row (a misconfiguration).
_MAX_CLOSED_RUN = 366


def long_day(on: date) -> str:
    """'Monday 4 Jan 2027'."""
    return f"{_WEEKDAYS[on.weekday()]} {on.day} {on.strftime('%b %Y')}"


def _short(on: date) -> str:
    return f"{on.day} {on.strftime('%b')}"


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str | None) -> holidays_lib.HolidayBase:
    return holidays_lib.country_holidays(country, subdiv=subdivision)


@dataclass(frozen=True)
class Calendar:
    """The days a jurisdiction (and the platform) is closed: weekends, legal holidays, extra days.

    ``label`` says whose holidays they are ("U.S. federal", "California", "Germany").
    """

    country: str
    subdivision: str | None = None
    label: str = ""
    extra: Mapping[date, str] = field(default_factory=dict)
    weekend: frozenset[int] = frozenset({5, 6})
    also: tuple[tuple[str, str | None], ...] = ()  # other jurisdictions whose holidays also close
    #: jurisdictions whose holidays close a day only for a period measured after an event (Rule 6(a)(6)(C))
    after_only: tuple[tuple[str, str | None], ...] = ()

    def holiday(self, on: date, *, backward: bool = False) -> str | None:
        """The holiday's description if ``on`` is a legal (or the platform's) holiday, else None.

        ``backward``: for a period measured before an event, the ``after_only`` holidays do not count."""
        found = self._holiday(on)
        if found is not None or backward:
            return found
        for country, subdivision in self.after_only:
            other = Calendar(country, subdivision, label=subdivision or country)
            if (name := other.holiday(on)) is not None:
                return name
        return None

    def _holiday(self, on: date) -> str | None:
        if on in self.extra:
            return f"{self.extra[on]} (a platform holiday)"
        name = _holidays(self.country, self.subdivision).get(on)
        if name is None:
            for country, subdivision in self.also:
                other = Calendar(country, subdivision, label="U.S. federal" if country == "US" else country)
                if (found := other.holiday(on)) is not None:
                    return found
            return None
        if self.country != "US":
            return f"{name}, a {self.label or self.country} public holiday"
        if self.subdivision is None or _holidays("US", None).get(on) is not None:
            return f"{name}, a federal holiday"
        return f"{name}, a {self.subdivision} state holiday"

    def closed_because(self, on: date, *, backward: bool = False) -> str | None:
        """Why ``on`` is not a day to act (weekend or holiday), or None when it is open; ``backward``:
        for a period measured before an event (Rule 6(a)(6)(C)'s holidays then do not close it)."""
        holiday = self.holiday(on, backward=backward)
        if holiday is not None:
            return holiday
        if on.weekday() in self.weekend:
            return f"a {_WEEKDAYS[on.weekday()]}"
        return None

    def is_open(self, on: date, *, backward: bool = False) -> bool:
        return self.closed_because(on, backward=backward) is None

    def next_open(self, on: date, *, step: int = 1) -> tuple[date, tuple[tuple[date, str], ...]]:
        """The first open day from ``on`` (inclusive) going in ``step``'s direction, and the closed
        days passed over with why each was closed. Going back (``step`` < 0) is a period measured
        before an event (Rule 6(a)(5)): the ``after_only`` holidays do not close a day."""
        skipped: list[tuple[date, str]] = []
        day = on
        while (why := self.closed_because(day, backward=step < 0)) is not None:
            skipped.append((day, why))
            if len(skipped) > _MAX_CLOSED_RUN:
                raise ValueError(f"calendar {self.label or self.country}: no open day within a year of {on}")
            day += timedelta(days=step)
        return day, tuple(skipped)


def calendar_for(
    country: str = "US",
    subdivision: str | None = None,
    *,
    label: str | None = None,
    extra: Mapping[date, str] | None = None,
    also: tuple[tuple[str, str | None], ...] = (),
    after_only: tuple[tuple[str, str | None], ...] = (),
) -> Calendar:
    """The calendar of ``country`` (ISO 3166 alpha-2) and optionally one subdivision (a U.S. state:
    its holidays on top of the federal ones), plus ``extra`` closed days (the platform's);
    ``after_only``: jurisdictions whose holidays close a day only for a period measured after an
    event (a state's, for a federal district court there: Rule 6(a)(6)(C)).

    Raises ValueError for a country or subdivision the holidays library does not know.
    """
    code = country.upper()
    also = tuple((other.upper(), sub) for other, sub in also if (other.upper(), sub) != (code, subdivision))
    after_only = tuple(
        (other.upper(), sub)
        for other, sub in after_only
        if (other.upper(), sub) != (code, subdivision) and (other.upper(), sub) not in also
    )
    for each, sub in ((code, subdivision), *also, *after_only):
        try:
            _holidays(each, sub)
        except NotImplementedError as exc:
            raise ValueError(f"no holiday calendar for country {each!r}") from exc
        except (KeyError, ValueError) as exc:
            raise ValueError(f"no holiday calendar for {each!r} subdivision {sub!r}: {exc}") from exc
    if label is None:
        label = ("U.S. federal" if subdivision is None else f"U.S. federal and {subdivision}") if code == "US" else code
    return Calendar(
        country=code, subdivision=subdivision, label=label, extra=dict(extra or {}), also=also, after_only=after_only
    )


def _state_names() -> list[tuple[re.Pattern[str], str]]:
    aliases = holidays_lib.country_holidays("US").subdivisions_aliases
    names = sorted(((name, code) for name, code in aliases.items() if len(name) > 2), key=lambda item: -len(item[0]))
    return [(re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE), code) for name, code in names]


_STATES = _state_names()
_DC = re.compile(r"\bD\.\s?C\.?(?=\W|$)|\bDistrict of Columbia\b", re.IGNORECASE)


def us_state_named(text: str) -> str | None:
    """The one U.S. state (or territory, or D.C.) a court's name names ("Superior Court of California,
    County of Alameda" -> "CA"), None when it names none or several. A longer name wins over one it
    contains (West Virginia, not Virginia; Washington, D.C., not Washington)."""
    found: set[str] = set()
    if _DC.search(text):
        found.add("DC")
        text = _DC.sub(" ", text).replace("Washington", " ")
    for pattern, code in _STATES:
        if pattern.search(text):
            found.add(code)
            text = pattern.sub(" ", text)
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class ComputedDate:
    """A date counted under a rule, with everything needed to explain it."""

    due: date
    trigger: date
    days: int
    rule: str
    backward: bool = False
    skipped: tuple[tuple[date, str], ...] = ()  # closed days the period ran past, in order

    @property
    def moved(self) -> bool:
        return bool(self.skipped)

    @property
    def last_counted_day(self) -> date:
        return self.trigger + timedelta(days=-self.days if self.backward else self.days)

    def explain(self) -> str:
        """E.g. '14 days under Rule 45 after Fri 18 Dec 2026, moved to Monday 4 Jan 2027: 1 Jan is
        New Year's Day, a U.S. federal holiday; 2 Jan is a Saturday; 3 Jan is a Sunday'."""
        direction = "before" if self.backward else "after"
        head = f"{self.days} days under {self.rule} {direction} {long_day(self.trigger)}"
        if not self.moved:
            return f"{head}: {long_day(self.due)}"
        reasons = "; ".join(f"{_short(day)} is {why}" for day, why in self.skipped)
        return f"{head}, moved to {long_day(self.due)}: {reasons}"


def count_days(trigger: date, days: int, calendar: Calendar, *, rule: str, backward: bool = False) -> ComputedDate:
    """Fed. R. Civ. P. 6(a)(1) and (5): the last day of a ``days``-day period after (or, with
    ``backward``, before) ``trigger``, moved off weekends and legal holidays."""
    if days < 0:
        raise ValueError("days must not be negative")
    step = -1 if backward else 1
    last = trigger + timedelta(days=step * days)
    due, skipped = calendar.next_open(last, step=step)
    return ComputedDate(due=due, trigger=trigger, days=days, rule=rule, backward=backward, skipped=skipped)


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """Opening hours on open days of a calendar, in one time zone (SLA clocks)."""

    opens: time
    closes: time
    zone: str = "UTC"

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError("business hours must open before they close")
        ZoneInfo(self.zone)  # raises for an unknown zone


def business_hours_of(text: str, *, zone: str) -> BusinessHours | None:
    """``"09:00-17:00"`` in ``zone`` (``"24:00"`` closes at midnight); ``""``: None, around the clock.
    Raises ValueError for an unknown time zone or hours that never open."""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"time_zone {zone!r}: unknown") from exc
    if not text:
        return None
    opens, _, closes = text.partition("-")
    return BusinessHours(
        opens=time.fromisoformat(opens), closes=time.max if closes == "24:00" else time.fromisoformat(closes), zone=zone
    )


def court_calendar_of(code: str, *, extra: Mapping[date, str] | None = None) -> Calendar:
    """The calendar a setting names: ``"US"``, or ``"US-CA"`` (a state's court holidays on top)."""
    country, _, subdivision = code.partition("-")
    return calendar_for(country, subdivision or None, extra=extra)


@dataclass(frozen=True, slots=True)
class SlaClock:
    """An SLA counted only within business hours on a calendar's open days."""

    calendar: Calendar
    hours: BusinessHours

    def due(self, start: datetime, duration: timedelta) -> datetime:
        return add_business_hours(start, duration, self.calendar, self.hours)


def subtract_business_hours(end: datetime, duration: timedelta, calendar: Calendar, hours: BusinessHours) -> datetime:
    """The moment ``duration`` of business hours before ``end`` (a warning before a deadline): the
    mirror of :func:`add_business_hours`. A deadline outside hours counts back from the last closing."""
    if end.tzinfo is None or end.utcoffset() is None:
        raise ValueError("end must be timezone-aware")
    if duration < timedelta(0):
        raise ValueError("duration must not be negative")
    zone = ZoneInfo(hours.zone)
    moment = end.astimezone(zone)
    remaining = duration
    for _ in range(10_000):
        day = moment.date()
        opens = datetime.combine(day, hours.opens, zone)
        closes = datetime.combine(day, hours.closes, zone)
        if not calendar.is_open(day) or moment <= opens:
            moment = datetime.combine(day - timedelta(days=1), hours.closes, zone)
            continue
        moment = min(moment, closes)
        done_today = moment - opens
        if remaining <= done_today:
            return moment - remaining
        remaining -= done_today
        moment = datetime.combine(day - timedelta(days=1), hours.closes, zone)
    raise ValueError("business-hours clock ran past its bound (a calendar with no open days?)")


def add_business_hours(start: datetime, duration: timedelta, calendar: Calendar, hours: BusinessHours) -> datetime:
    """``start`` plus ``duration`` counted only within ``hours`` on the calendar's open days.

    A clock started outside hours starts at the next opening. Returns an aware datetime in
    ``hours.zone``. ``start`` must be timezone-aware.
    """
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("start must be timezone-aware")
    if duration < timedelta(0):
        raise ValueError("duration must not be negative")
    zone = ZoneInfo(hours.zone)
    moment = start.astimezone(zone)
    remaining = duration
    for _ in range(10_000):
        day = moment.date()
        opens = datetime.combine(day, hours.opens, zone)
        closes = datetime.combine(day, hours.closes, zone)
        if not calendar.is_open(day) or moment >= closes:
            moment = datetime.combine(day + timedelta(days=1), hours.opens, zone)
            continue
        moment = max(moment, opens)
        left_today = closes - moment
        if remaining <= left_today:
            return moment + remaining
        remaining -= left_today
        moment = datetime.combine(day + timedelta(days=1), hours.opens, zone)
    raise ValueError("business-hours clock ran past its bound (a calendar with no open days?)")

"""Dates and times as legal process writes them, found in text with their spans. Pure.

"March 13, 2017, 11:45 a.m.", "13 March 2017", "the 14th day of March, 2017", "2017-03-13",
"03/13/2017" (day first for non-U.S. requesters), "1145 hours", "noon", with an optional time
zone ("EDT", "Pacific Time"). A date without a zone takes the caller's default zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>(?:19|20)\d{{2}})\b",
        rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?{_MONTH}\s*,?\s+(?P<year>(?:19|20)\d{{2}})\b",
        r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b",
        r"(?<![\d/])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)?\d{2})(?![\d/])",
    )
)
_TIME = re.compile(
    r"^\s*,?\s*(?:at\s+|@\s*)?(?:"
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*hours|\s*hrs\.?)?"
    r"|(?P<mil>[0-2]\d[0-5]\d)\s*(?:hours|hrs\.?)"
    r"|(?P<noon>noon)"
    r")",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"(?:at\s+)?(?:(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)|(?P<mil>[0-2]\d[0-5]\d)\s*hours|(?P<noon>noon))"
    r"\s*(?P<tz>(?:E|C|M|P)[SD]?T|UTC|GMT)?\s*,?\s*(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"^\s*,?\s*\(?(?P<tz>(?:E|C|M|P)[SD]T|ET|CT|MT|PT|UTC|GMT|BST|CEST|CET|Eastern|Central|Mountain|Pacific)\b(?:\s+(?:Standard\s+|Daylight\s+)?Time)?\)?",
)
ZONES = {
    "e": "America/New_York",
    "eastern": "America/New_York",
    "c": "America/Chicago",
    "central": "America/Chicago",
    "m": "America/Denver",
    "mountain": "America/Denver",
    "p": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "utc": "UTC",
    "gmt": "UTC",
    "bst": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
}


def zone_named(name: str | None) -> tzinfo | None:
    if not name:
        return None
    key = name.lower()
    if key in ZONES:
        return ZoneInfo(ZONES[key])
    if len(key) in (2, 3) and key[0] in "ecmp" and key.endswith("t"):
        return ZoneInfo(ZONES[key[0]])
    return None


@dataclass(frozen=True)
class DateHit:
    day: date
    at: time | None
    zone: tzinfo | None
    start: int
    end: int

    def moment(self, default_zone: tzinfo, default_time: time = time(17, 0)) -> datetime:
        zone = self.zone or default_zone
        return datetime.combine(self.day, self.at or default_time).replace(tzinfo=zone)


def _time_of(match: re.Match[str]) -> time | None:
    groups = match.groupdict()
    try:
        if groups.get("noon"):
            return time(12, 0)
        if groups.get("hour"):
            hour = int(groups["hour"]) % 12
            if groups["ampm"].lower().startswith("p"):
                hour += 12
            return time(hour, int(groups.get("minute") or 0))
        if groups.get("h24"):
            return time(int(groups["h24"]), int(groups["m24"]))
        if groups.get("mil"):
            return time(int(groups["mil"][:2]) % 24, int(groups["mil"][2:]))
    except ValueError:
        return None
    return None


def find_dates(text: str, *, day_first: bool = False, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date in ``text[start:end]`` with a time and zone written next to it, in order."""
    end = len(text) if end is None else end
    window = text[start:end]
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(window):
            s, e = match.start(), match.end()
            if any(s < te and e > ts for ts, te in taken):
                continue
            groups = match.groupdict()
            try:
                year = int(groups["year"])
                if year < 100:
                    year += 2000
                if groups.get("month"):
                    month = MONTHS[groups["month"][:3].lower()]
                    day_number = int(groups["day"])
                elif groups.get("mnum"):
                    month, day_number = int(groups["mnum"]), int(groups["day"])
                else:
                    a, b = int(groups["a"]), int(groups["b"])
                    month, day_number = (b, a) if (day_first or a > 12) and b <= 12 else (a, b)
                day = date(year, month, day_number)
            except (ValueError, KeyError):
                continue
            at: time | None = None
            zone: tzinfo | None = None
            after = window[e : e + 40]
            time_match = _TIME.match(after)
            if time_match:
                at = _time_of(time_match)
                e += time_match.end()
                after = window[e : e + 40]
            else:
                before = window[max(0, s - 40) : s]
                before_match = _TIME_BEFORE.search(before)
                if before_match:
                    at = _time_of(before_match)
                    zone = zone_named(before_match.group("tz"))
            zone_match = _ZONE.match(after)
            if zone_match:
                zone = zone_named(zone_match.group("tz")) or zone
                e += zone_match.end()
            taken.append((s, e))
            hits.append(DateHit(day, at, zone, start + s, start + e))
    hits.sort(key=lambda h: h.start)
    return hits


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "twenty-one": 21,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "one hundred eighty": 180,
    "one hundred and eighty": 180,
    "a": 1,
    "an": 1,
}


def number_value(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def add_period(moment: datetime, amount: int, unit: str) -> datetime:
    unit = unit.lower()
    if unit.startswith("day"):
        return moment + timedelta(days=amount)
    if unit.startswith("week"):
        return moment + timedelta(weeks=amount)
    if unit.startswith("month"):
        month = moment.month - 1 + amount
        year = moment.year + month // 12
        month = month % 12 + 1
        day = min(
            moment.day,
            [
                31,
                29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ][month - 1],
        )
        return moment.replace(year=year, month=month, day=day)
    if unit.startswith("year"):
        try:
            return moment.replace(year=moment.year + amount)
        except ValueError:
            return moment.replace(year=moment.year + amount, day=28)
    return moment + timedelta(days=amount)

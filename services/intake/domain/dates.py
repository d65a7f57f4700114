"""Dates and times as legal process writes them, found in text with their spans. Pure.

Candidate spans are found with cheap patterns whose month names come from ``dateparser``'s own
language data (English, Spanish, French, German, Portuguese, Italian): "March 13, 2017", "13 March
2017", "the 21st day of December, 2026", "21. Dezember 2026", "21 de diciembre de 2026",
"1er décembre 2026", "2017-03-13", "03/13/2017" (day first for requesters outside the U.S., or
when the first number cannot be a month). Each span is then parsed by ``dateparser`` (cached: a
text repeats its dates). A time ("11:45 a.m.", "1145 hours", "noon", "17:00 Uhr", "17h00") and a
zone ("EDT", "Pacific Time") written next to the date are kept; a date without a zone takes the
caller's default zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

from services.intake.domain.local_zones import CENTRAL, EASTERN, MOUNTAIN, PACIFIC

#: The languages dates are read in.
DATE_LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


@cache
def month_words() -> dict[str, str]:
    """Every month name and abbreviation of :data:`DATE_LANGUAGES` (lower case) and its language."""
    words: dict[str, str] = {}
    for language in DATE_LANGUAGES:
        info = default_loader.get_locale(language).info
        for key in _MONTH_KEYS:
            for word in info.get(key, ()):
                word = str(word).lower().strip(".")
                if len(word) >= 3 and not word.isdigit():
                    words.setdefault(word, language)
    words.setdefault("sept", "en")
    return words


_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
#: The days of a month as ordinal words ("third", "twenty-first", "thirty first"), and their numbers.
ORDINAL_DAYS: dict[str, int] = {
    **{word: number for number, word in enumerate(_ORDINAL_UNITS, 1)},
    **{word: number for number, word in enumerate(_ORDINAL_TEENS, 10)},
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    **{f"twenty{joint}{word}": 20 + number for number, word in enumerate(_ORDINAL_UNITS, 1) for joint in ("-", " ")},
    "thirtieth": 30,
    "thirty-first": 31,
    "thirty first": 31,
}
_ORDINAL_WORDS = "|".join(
    sorted((re.escape(word).replace("\\ ", "\\s+") for word in ORDINAL_DAYS), key=len, reverse=True)
)


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(re.escape(w) for w in sorted(month_words(), key=len, reverse=True))
    month = rf"(?P<month>(?:{months}))\.?"
    return tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            # March 13, 2017 / Dezember 21, 2026
            rf"(?<![\w])(?:{month})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>(?:19|20)\d{{2}})\b",
            # the 13th day of March, 2017 / 21. Dezember 2026 / 21 de diciembre de 2026 / 1er décembre 2026
            rf"(?<![\w])(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e|º|°|ª|o|\.)?\s*(?:day\s+of\s+|(?<=st|nd|rd|th)\s*of\s+)?(?:de\s+)?"
            rf"(?:{month})\s*(?:,|de|del)?\s*(?P<year>(?:19|20)\d{{2}})\b",
            # 2026-12-11, and as written in East Asia: 2026/12/11, 2026.12.11
            r"\b(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/.-]\d|\d)",
            r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)?\d{2})(?![\d/]|\.\d)",
            # the twenty-sixth (26th) day of October, 2026: the day in words, then in figures
            rf"(?<![\w])(?:the\s+)?[a-z]+(?:-[a-z]+)?\s+\((?P<day>\d{{1,2}})(?:st|nd|rd|th)?\)\s+day\s+of\s+"
            rf"(?:{month})\s*,?\s*(?P<year>(?:19|20)\d{{2}})\b",
            # the third day of December, 2026: the day as an ordinal word only
            rf"(?<![\w-])(?:the\s+)?(?P<dayword>{_ORDINAL_WORDS})\s+day\s+of\s+(?:{month})\s*,?\s*(?P<year>(?:19|20)\d{{2}})\b",
            # 24-11-2026: hyphens only with a four-digit year (a case number "26-11-873" is no date)
            r"(?<![\w/.-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>(?:19|20)\d{2})(?![\w-]|\.\d)",
        )
    )


@cache
def _parser(language: str, order: str | None) -> DateDataParser:
    settings: dict[str, object] = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    return DateDataParser(languages=[language], settings=settings)


@lru_cache(maxsize=4096)
def parse_date(text: str, language: str = "en", order: str | None = None) -> date | None:
    """One written date (a span found by the patterns above) as a day, by ``dateparser``."""
    cleaned = re.sub(r"(?<=\d)\s*[º°ª](?=\s)", "", text)
    try:
        parsed = _parser(language, order).get_date_data(cleaned)
    except (ValueError, OverflowError):
        return None
    return parsed.date_obj.date() if parsed and parsed.date_obj else None


_TIME = re.compile(
    r"^\s*(?:,|[-–—]|&[nm]dash;)?\s*(?:at\s*\(time\)\s*:\s*|at\s+|@\s*|um\s+|a\s+las\s+|à\s+|às\s+|alle(?:\s+ore)?\s+|ore\s+)?(?:"
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?:o['’]clock\s*)?(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?P<h24>[01]?\d|2[0-3])(?::|\s?h\s?)(?P<m24>[0-5]\d)(?:\s*hours|\s*hrs\.?|\s*Uhr|\s*horas|\s*heures)?"
    r"|(?P<mil>[0-2]\d[0-5]\d)\s*(?:hours|hrs\.?)"
    r"|(?P<noon>noon)"
    r")",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"(?:at\s+)?(?:(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)|(?P<mil>[0-2]\d[0-5]\d)\s*hours|(?P<noon>noon))"
    r"\s*(?:(?P<tz>(?:E|C|M|P)[SD]?T|UTC|GMT|Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard\s+|Daylight\s+)?Time)?)?"
    r"\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"^\s*,?\s*\(?(?P<tz>(?:E|C|M|P)[SD]T|ET|CT|MT|PT|UTC|GMT|BST|CEST|CET|Eastern|Central|Mountain|Pacific)\b(?:\s+(?:Standard\s+|Daylight\s+)?Time)?\)?",
)
ZONES = {
    "e": EASTERN,
    "eastern": EASTERN,
    "c": CENTRAL,
    "central": CENTRAL,
    "m": MOUNTAIN,
    "mountain": MOUNTAIN,
    "p": PACIFIC,
    "pacific": PACIFIC,
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


def _day_of(match: re.Match[str], day_first: bool) -> date | None:
    groups = match.groupdict()
    written = match.group(0)
    if groups.get("dayword"):
        number = ORDINAL_DAYS.get(re.sub(r"\s+", " ", groups["dayword"].lower()))
        return parse_date(f"{number} {groups['month']} {groups['year']}", "en") if number else None
    if groups.get("month") and "(" in written:
        return parse_date(f"{groups['day']} {groups['month']} {groups['year']}", "en")
    if groups.get("month"):
        language = month_words().get(groups["month"].lower().strip("."), "en")
        return parse_date(re.sub(r"^the\s+", "", written, flags=re.IGNORECASE), language)
    if groups.get("mnum"):
        return parse_date(written, "en", "YMD")
    a, b = int(groups["a"]), int(groups["b"])
    order = "DMY" if (day_first or a > 12) and b <= 12 else "MDY"
    return parse_date(written, "en", order)


def find_dates(text: str, *, day_first: bool = False, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date in ``text[start:end]`` with a time and zone written next to it, in order."""
    end = len(text) if end is None else end
    window = text[start:end]
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    # Cheap literal tests first: every pattern but the slashed one needs a year "19xx"/"20xx", the
    # slashed one a "/" or ".", the last one a "-" (digits and these marks have no other case).
    year = "19" in window or "20" in window
    wanted = (year, year, year, "/" in window or "." in window, year, year, year and "-" in window)
    for pattern, possible in zip(_date_patterns(), wanted, strict=True):
        if not possible:
            continue
        for match in pattern.finditer(window):
            s, e = match.start(), match.end()
            if any(s < te and e > ts for ts, te in taken):
                continue
            day = _day_of(match, day_first)
            if day is None:
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
                # The time may stand before the window ("by 10:30 a.m. CST on" a label ended): read the text itself.
                before = text[max(0, start + s - 40) : start + s]
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


# Small numbers as the other languages read write them (deadlines: "diez días", "zehn Tage").
_FOREIGN_NUMBERS = {
    **dict.fromkeys(("uno", "un", "una", "um", "uma", "ein", "eine", "einem", "einen", "une", "uno"), 1),
    **dict.fromkeys(("dos", "deux", "zwei", "dois", "duas", "due"), 2),
    **dict.fromkeys(("tres", "trois", "drei", "três", "tre"), 3),
    **dict.fromkeys(("cinco", "cinq", "fünf", "cinque"), 5),
    **dict.fromkeys(("siete", "sept", "sieben", "sete", "sette"), 7),
    **dict.fromkeys(("diez", "dix", "zehn", "dez", "dieci"), 10),
    **dict.fromkeys(("quince", "quinze", "fünfzehn", "quindici"), 15),
    **dict.fromkeys(("veinte", "vingt", "zwanzig", "vinte", "venti"), 20),
    **dict.fromkeys(("treinta", "trente", "dreißig", "trinta", "trenta"), 30),
}


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS.update({word: n for n, word in enumerate(_ONES, 1)})
_NUMBER_WORDS.update({word: n for n, word in enumerate(_TEENS, 10)})
_NUMBER_WORDS.update(_TENS)
_NUMBER_WORDS.update({f"{ten}-{one}": value + n for ten, value in _TENS.items() for n, one in enumerate(_ONES, 1)})


def number_value(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text) or _FOREIGN_NUMBERS.get(text)


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

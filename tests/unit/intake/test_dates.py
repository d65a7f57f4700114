"""Dates as legal process writes them, in the six languages intake reads: found with their
spans, parsed by dateparser, with the time and zone written beside them."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from services.intake.domain.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Respond on or before the 3rd day of February, 2027.", date(2027, 2, 3)),
        ("due Feb. 3, 2027", date(2027, 2, 3)),
        ("Frist: 3. Februar 2027", date(2027, 2, 3)),
        ("a más tardar el 3 de febrero de 2027", date(2027, 2, 3)),
        ("au plus tard le 3 février 2027", date(2027, 2, 3)),
        ("entro il 3 febbraio 2027", date(2027, 2, 3)),
        ("até o dia 3 de fevereiro de 2027", date(2027, 2, 3)),
        ("até 1º de fevereiro de 2027", date(2027, 2, 1)),
        ("avant le 1er février 2027", date(2027, 2, 1)),
        ("by 2027-02-03", date(2027, 2, 3)),
    ],
)
def test_a_date_is_read_in_each_language(text: str, day: date) -> None:
    [hit] = find_dates(text)
    assert hit.day == day
    assert text[hit.start : hit.end].rstrip(".").endswith("2027") or "2027-02-03" in text


def test_numeric_dates_are_day_first_for_a_day_first_sender_or_when_only_that_can_be_right() -> None:
    assert [h.day for h in find_dates("on 04/05/2027")] == [date(2027, 4, 5)]
    assert [h.day for h in find_dates("on 04/05/2027", day_first=True)] == [date(2027, 5, 4)]
    assert [h.day for h in find_dates("on 25/05/2027")] == [date(2027, 5, 25)]
    assert [h.day for h in find_dates("am 25.05.2027", day_first=True)] == [date(2027, 5, 25)]


def test_an_address_or_an_impossible_date_is_not_a_date() -> None:
    assert find_dates("from 172.16.4.27 and 10.20.30.40") == []
    assert find_dates("February 30, 2027") == []
    assert find_dates("13/14/2027") == []


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("January 8, 2027 at 4:30 p.m.", time(16, 30)),
        ("8. Januar 2027 um 16:30 Uhr", time(16, 30)),
        ("8 janvier 2027 à 16h30", time(16, 30)),
        ("8 de enero de 2027 a las 16:30 horas", time(16, 30)),
        ("at 1630 hours on January 8, 2027", time(16, 30)),
    ],
)
def test_the_time_written_beside_a_date_is_kept(text: str, at: time) -> None:
    [hit] = find_dates(text)
    assert (hit.day, hit.at) == (date(2027, 1, 8), at)


def test_a_zone_written_beside_a_date_is_kept() -> None:
    [hit] = find_dates("January 8, 2027, 9:00 a.m. Central Time")
    assert hit.zone == ZoneInfo("America/Chicago")
    assert hit.moment(ZoneInfo("UTC")).isoformat() == "2027-01-08T09:00:00-06:00"


def test_parsing_is_cached_and_never_raises() -> None:
    assert parse_date("8 de enero de 2027", "es") == date(2027, 1, 8)
    assert parse_date("8 de enero de 2027", "es") is parse_date("8 de enero de 2027", "es")
    assert parse_date("not a date", "de") is None

"""The sender's local time zone, for dates the message writes without one. Pure.

A deadline written "by 5:00 p.m. on November 10" is the issuer's local time on that day. The
message's ``Date`` header gives only the offset on the day it was sent; across a daylight-saving
change that offset is an hour off (a letter sent in October from New York, -04:00, sets a
November deadline at -05:00). So the offset is turned into a place's zone: the zone, among those
of the sender's U.S. state or country (the government registry knows both for government mail),
whose offset at the message's date is the header's, else (a header stamped in UTC or another zone)
the place's first zone. In a state that spans two zones the sender's city (the registry's, or the
"City, ST 12345" of a signature) settles which: its ZIP codes' zone, from the ``zipcodes`` package
(the U.S. Postal Service's ZIP list with each code's zone; kept up to date on PyPI, no network).
Without a known place, a U.S. mainland zone is taken only when exactly one
of them has that offset at that date; otherwise (and for an unknown place abroad) the fixed offset
stays, as before.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

import zipcodes

#: The four zones of the U.S. mainland, by their IANA names.
EASTERN, CENTRAL, MOUNTAIN, PACIFIC = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
_ARIZONA, _ALASKA, _HAWAII = "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"

#: The zones of each U.S. state, district and territory (USPS code), the most populous first.
STATE_ZONES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("CT", "DC", "DE", "GA", "MA", "MD", "ME", "NC", "NH", "NJ", "NY", "OH", "PA", "RI", "SC", "VA", "VT", "WV"),
        (EASTERN,),
    ),
    **dict.fromkeys(("AL", "AR", "IA", "IL", "LA", "MN", "MO", "MS", "OK", "WI"), (CENTRAL,)),
    **dict.fromkeys(("CO", "MT", "NM", "UT", "WY"), (MOUNTAIN,)),
    **dict.fromkeys(("CA", "NV", "WA"), (PACIFIC,)),
    "FL": (EASTERN, CENTRAL),
    "IN": (EASTERN, CENTRAL),
    "KY": (EASTERN, CENTRAL),
    "MI": (EASTERN, CENTRAL),
    "TN": (CENTRAL, EASTERN),
    "TX": (CENTRAL, MOUNTAIN),
    "KS": (CENTRAL, MOUNTAIN),
    "NE": (CENTRAL, MOUNTAIN),
    "ND": (CENTRAL, MOUNTAIN),
    "SD": (CENTRAL, MOUNTAIN),
    "ID": (MOUNTAIN, PACIFIC),
    "OR": (PACIFIC, MOUNTAIN),
    "AZ": (_ARIZONA,),
    "AK": (_ALASKA,),
    "HI": (_HAWAII,),
    "PR": ("America/Puerto_Rico",),
    "VI": ("America/St_Thomas",),
    "GU": ("Pacific/Guam",),
    "AS": ("Pacific/Pago_Pago",),
    "MP": ("Pacific/Saipan",),
}

#: The zones of countries that send requests (ISO 3166-1 alpha-2), the capital's first. Countries
#: without daylight saving gain nothing from a zone (their offset never changes) but do no harm.
COUNTRY_ZONES: dict[str, tuple[str, ...]] = {
    "GB": ("Europe/London",),
    "IE": ("Europe/Dublin",),
    "PT": ("Europe/Lisbon", "Atlantic/Azores"),
    "ES": ("Europe/Madrid", "Atlantic/Canary"),
    **{
        code: (f"Europe/{city}",)
        for code, city in {
            "FR": "Paris",
            "DE": "Berlin",
            "IT": "Rome",
            "NL": "Amsterdam",
            "BE": "Brussels",
            "LU": "Luxembourg",
            "CH": "Zurich",
            "AT": "Vienna",
            "LI": "Vaduz",
            "DK": "Copenhagen",
            "SE": "Stockholm",
            "NO": "Oslo",
            "FI": "Helsinki",
            "PL": "Warsaw",
            "CZ": "Prague",
            "HU": "Budapest",
            "GR": "Athens",
            "RO": "Bucharest",
            "EE": "Tallinn",
            "LV": "Riga",
            "LT": "Vilnius",
            "MT": "Malta",
            "SI": "Ljubljana",
            "SK": "Bratislava",
            "HR": "Zagreb",
            "BG": "Sofia",
            "CY": "Nicosia",
            "UA": "Kyiv",
        }.items()
    },
    "IS": ("Atlantic/Reykjavik",),
    "CA": ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax"),
    "MX": ("America/Mexico_City", "America/Tijuana", "America/Cancun"),
    "AU": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth", "Australia/Darwin"),
    "NZ": ("Pacific/Auckland",),
    "CL": ("America/Santiago",),
    "PY": ("America/Asuncion",),
    "BR": ("America/Sao_Paulo", "America/Manaus"),
    "AR": ("America/Argentina/Buenos_Aires",),
    "UY": ("America/Montevideo",),
    "IL": ("Asia/Jerusalem",),
    "TR": ("Europe/Istanbul",),
}

_US_MAINLAND = (EASTERN, CENTRAL, MOUNTAIN, PACIFIC)

#: Written short in addresses, spelled out in the ZIP list ("St. Louis" is "Saint Louis" there).
_CITY_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


def _city_key(city: str) -> str:
    words = city.replace(".", " ").replace("-", " ").lower().split()
    return " ".join(_CITY_WORDS.get(word, word) for word in words)


@cache
def _state_cities(state: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each city of a state (by ``_city_key``): the zones of its ZIP codes, with how many codes each."""
    zones: dict[str, Counter[str]] = {}
    for row in zipcodes.filter_by(state=state):  # type: ignore[no-untyped-call]
        if row.get("timezone"):
            zones.setdefault(_city_key(row["city"]), Counter())[row["timezone"]] += 1
    return {city: tuple(counted.most_common()) for city, counted in zones.items()}


def _split(state: str) -> bool:
    return len(STATE_ZONES.get(state, ())) > 1


def place_zone(state: str | None, *, city: str | None = None, postcode: str | None = None) -> str | None:
    """The zone of a place in a U.S. state that spans two zones: its ZIP code's, else its city's (the zone
    of four in five of the city's ZIP codes); None for a one-zone state (the state says it), an unknown
    place, or a code or city of another state."""
    if state is None or not _split(state):
        return None
    if postcode:
        for row in _zip_rows(postcode[:5]):
            if row.get("state") == state and row.get("timezone"):
                return str(row["timezone"])
    counted = _state_cities(state).get(_city_key(city)) if city else None
    if counted:
        (top, most), total = counted[0], sum(count for _, count in counted)
        if most * 5 >= total * 4:
            return top
    return None


@cache
def _zip_rows(code: str) -> tuple[dict[str, object], ...]:
    if not (len(code) == 5 and code.isdigit()):
        return ()
    return tuple(zipcodes.matching(code))  # type: ignore[no-untyped-call]


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_zone(
    moment: datetime,
    *,
    state: str | None = None,
    country: str | None = None,
    place_known: bool = True,
    city: str | None = None,
    postcode: str | None = None,
) -> tzinfo:
    """The zone local times of a message sent at ``moment`` (its Date header, with its offset) are
    in: a zone of the sender's ``state`` (U.S.) or ``country`` with that offset at that moment; when
    none has it (a server stamping +0000, a client set elsewhere), the place's first (or only) zone,
    the place being known - its law's time is the issuer's, whatever the header says. With
    ``place_known`` false (the place is only guessed, from a country domain), or without a place,
    ``moment``'s own fixed offset then. In a state of two zones, the ``city`` or ZIP ``postcode`` of the
    sender, when given and known, decides (``place_zone``). ``moment`` must be aware."""
    offset = moment.utcoffset()
    if offset is None or moment.tzinfo is None:
        raise ValueError("an aware moment is needed")
    if country in (None, "US") and (named := place_zone(state, city=city, postcode=postcode)):
        return _zone(named)
    if state and country in (None, "US") and state in STATE_ZONES:
        candidates, unique = STATE_ZONES[state], False
    elif country and country != "US":
        candidates, unique = COUNTRY_ZONES.get(country, ()), False
    else:
        candidates, unique = _US_MAINLAND, True
    matching = [name for name in candidates if moment.astimezone(_zone(name)).utcoffset() == offset]
    if matching and (not unique or len(matching) == 1):
        return _zone(matching[0])
    if candidates and not unique and place_known:
        return _zone(candidates[0])
    return moment.tzinfo

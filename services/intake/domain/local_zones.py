"""The sender's local time zone, for dates the message writes without one. Pure.

A deadline written "by 5:00 p.m. on November 10" is the issuer's local time on that day. The
message's ``Date`` header gives only the offset on the day it was sent; across a daylight-saving
change that offset is an hour off (a letter sent in October from New York, -04:00, sets a
November deadline at -05:00). So the offset is turned into a place's zone: the zone, among those
of the sender's U.S. state or country (the government registry knows both for government mail),
whose offset at the message's date is the header's, else (a header stamped in UTC or another zone)
the place's first zone. Without a known place, a U.S. mainland zone is taken only when exactly one
of them has that offset at that date; otherwise (and for an unknown place abroad) the fixed offset
stays, as before.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

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


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_zone(
    moment: datetime, *, state: str | None = None, country: str | None = None, place_known: bool = True
) -> tzinfo:
    """The zone local times of a message sent at ``moment`` (its Date header, with its offset) are
    in: a zone of the sender's ``state`` (U.S.) or ``country`` with that offset at that moment; when
    none has it (a server stamping +0000, a client set elsewhere), the place's first (or only) zone,
    the place being known - its law's time is the issuer's, whatever the header says. With
    ``place_known`` false (the place is only guessed, from a country domain), or without a place,
    ``moment``'s own fixed offset then. ``moment`` must be aware."""
    offset = moment.utcoffset()
    if offset is None or moment.tzinfo is None:
        raise ValueError("an aware moment is needed")
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

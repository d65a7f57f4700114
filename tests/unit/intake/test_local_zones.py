"""The sender's local zone for dates written without one (``local_zones.local_zone``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from services.intake.domain.local_zones import COUNTRY_ZONES, STATE_ZONES, local_zone, place_zone


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _offset_on(zone: object, day: str) -> timedelta | None:
    assert not isinstance(zone, str)
    return datetime.fromisoformat(f"{day}T17:00:00").replace(tzinfo=zone).utcoffset()  # type: ignore[arg-type]


def test_a_state_zone_gives_the_offset_of_the_deadlines_own_day() -> None:
    # Sent from Virginia in October (EDT); a January deadline is in EST.
    zone = local_zone(_at("2026-10-13T16:20:00-04:00"), state="VA", country="US")
    assert zone == ZoneInfo("America/New_York")
    assert _offset_on(zone, "2027-01-11") == timedelta(hours=-5)


def test_a_split_state_takes_the_zone_that_matches_the_header() -> None:
    # Indiana's north-west counties are on Central time: -05:00 in October is CDT there, not EST.
    assert local_zone(_at("2026-10-05T09:00:00-05:00"), state="IN", country="US") == ZoneInfo("America/Chicago")
    assert local_zone(_at("2026-10-05T09:00:00-04:00"), state="IN", country="US") == ZoneInfo("America/New_York")


def test_a_header_offset_that_fits_no_zone_of_a_known_place_gives_way_to_the_places_zone() -> None:
    # Many mail servers stamp UTC: that says nothing of the sender's place, whose local time the
    # deadline is in (ADR 0025, amended): Virginia's, not the server's.
    moment = _at("2026-10-13T20:20:00+00:00")
    assert local_zone(moment, state="VA", country="US") == ZoneInfo("America/New_York")
    # A state with two zones and neither at the header's offset: its first (most populous) zone.
    assert local_zone(_at("2026-10-05T14:00:00+00:00"), state="TX", country="US") == ZoneInfo("America/Chicago")
    assert local_zone(_at("2026-10-21T07:12:00+00:00"), country="ES") == ZoneInfo("Europe/Madrid")


def test_a_place_only_guessed_or_unknown_keeps_a_header_offset_that_fits_none_of_its_zones() -> None:
    moment = _at("2026-10-13T20:20:00+00:00")
    assert local_zone(moment, country="NO", place_known=False) == UTC
    assert local_zone(moment) == UTC


def test_without_a_place_a_unique_us_mainland_zone_is_taken() -> None:
    assert local_zone(_at("2026-09-25T16:40:00-07:00")) == ZoneInfo("America/Los_Angeles")
    assert local_zone(_at("2026-12-01T10:00:00-07:00")) == ZoneInfo("America/Denver")


def test_a_country_zone_follows_that_countrys_own_change_dates() -> None:
    # The EU leaves summer time on the last Sunday of October (25 Oct 2026), a week before the U.S.
    zone = local_zone(_at("2026-10-21T09:12:00+02:00"), country="ES")
    assert _offset_on(zone, "2026-10-31") == timedelta(hours=1)
    # An unknown country keeps the header's fixed offset.
    assert local_zone(_at("2026-10-21T09:12:00+03:00"), country="ZZ") == timezone(timedelta(hours=3))


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        local_zone(datetime(2026, 10, 1, 9, 0))


@pytest.mark.parametrize("zones", [*STATE_ZONES.values(), *COUNTRY_ZONES.values()])
def test_every_zone_named_exists(zones: tuple[str, ...]) -> None:
    for name in zones:
        ZoneInfo(name)


def test_in_a_state_of_two_zones_the_senders_city_settles_which() -> None:
    # Chattanooga is on Eastern time although most of Tennessee is on Central: a city police mail
    # stamped -06:00 in November (a client set to Central) still sets deadlines in Chattanooga's time.
    moment = _at("2026-11-16T09:10:00-06:00")
    assert local_zone(moment, state="TN", country="US") == ZoneInfo("America/Chicago")
    assert local_zone(moment, state="TN", country="US", city="Chattanooga") == ZoneInfo("America/New_York")
    assert local_zone(moment, state="TN", country="US", city="MEMPHIS") == ZoneInfo("America/Chicago")
    # Written short in an address, spelled out in the ZIP list.
    assert place_zone("FL", city="Ft. Walton Beach") == "America/Chicago"


def test_a_zip_code_settles_the_zone_of_a_split_state_and_is_ignored_elsewhere() -> None:
    # El Paso (79901) keeps Mountain time in Texas; Gary, Indiana (46402) keeps Central.
    assert place_zone("TX", postcode="79901") == "America/Denver"
    assert place_zone("IN", postcode="46402") == "America/Chicago"
    # A one-zone state needs no lookup; a code of another state, or no code at all, says nothing.
    assert place_zone("VA", postcode="22314") is None
    assert place_zone("TX", postcode="22314") is None
    assert place_zone("TX", postcode="7990") is None
    assert place_zone("TX", city="Nowhere Such Town") is None
    zone = local_zone(_at("2026-10-05T09:00:00-05:00"), state="TX", country="US", postcode="79901")
    assert zone == ZoneInfo("America/Denver")

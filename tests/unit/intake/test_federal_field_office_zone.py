"""A federal agent writes from a field office the registry does not know: the state of the address in
the agent's signature is the place whose local time a deadline is in. Each message is written here."""

from __future__ import annotations

from datetime import timedelta

from tests.unit.intake.extraction_helpers import read_mail

SUBPOENA = """ADMINISTRATIVE SUBPOENA No. 27-PHX-0042 (21 U.S.C. 876)
You are required to produce the subscriber information and login IP addresses of the account
@saguaro_sales for 2026 on or before December 15, 2026 at 5:00 p.m.

Special Agent Marisol Vega
Drug Enforcement Administration, Phoenix Field Division
3010 N. 2nd Street, Phoenix, AZ 85012
"""


def test_a_field_office_in_arizona_keeps_arizona_time_in_winter() -> None:
    # Sent in October at -07:00 (both Arizona's and Pacific daylight time); Arizona stays at -07:00.
    case = read_mail(
        SUBPOENA, sender="Marisol Vega <marisol.vega@dea.gov>", date="Wed, 14 Oct 2026 09:00:00 -0700"
    ).case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(hours=-7)


def test_a_field_office_signature_wins_over_a_server_stamping_utc() -> None:
    body = SUBPOENA.replace("Phoenix Field Division", "Anchorage District Office").replace(
        "3010 N. 2nd Street, Phoenix, AZ 85012", "222 W. 7th Avenue, Anchorage, AK 99513"
    )
    case = read_mail(body, sender="Marisol Vega <marisol.vega@dea.gov>", date="Wed, 14 Oct 2026 17:00:00 +0000").case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(hours=-9)  # Alaska standard time on December 15


def test_without_an_address_the_header_reading_stays() -> None:
    body = SUBPOENA.replace("3010 N. 2nd Street, Phoenix, AZ 85012\n", "")
    case = read_mail(body, sender="Marisol Vega <marisol.vega@dea.gov>", date="Wed, 14 Oct 2026 17:00:00 +0000").case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(0)


def test_a_field_office_zip_code_settles_the_zone_of_a_state_of_two_zones() -> None:
    # El Paso keeps Mountain time although most of Texas is on Central; the header says Central.
    body = SUBPOENA.replace("Phoenix Field Division", "El Paso Division").replace(
        "3010 N. 2nd Street, Phoenix, AZ 85012", "660 S. Mesa Hills Drive, El Paso, TX 79912"
    )
    case = read_mail(body, sender="Marisol Vega <marisol.vega@dea.gov>", date="Wed, 14 Oct 2026 09:00:00 -0500").case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(hours=-7)  # Mountain standard time on December 15


WARRANT = """SEARCH WARRANT No. 26-SW-1187, Criminal Court for Hamilton County, Tennessee.
Social Example, Inc. shall produce the subscriber information and IP logs of the account
@lookout_mtn_deals for October 2026 on or before November 30, 2026 at 5:00 p.m.

Det. Renee Calloway, Chattanooga Police Department
"""


def test_a_city_police_in_a_state_of_two_zones_writes_in_its_citys_time() -> None:
    # The registry places chattanooga.gov in Chattanooga (Eastern time); the client stamps Central.
    case = read_mail(
        WARRANT, sender="Renee Calloway <rcalloway@chattanooga.gov>", date="Mon, 16 Nov 2026 09:10:00 -0600"
    ).case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(hours=-5)
    # A city on Central time in the same state keeps Central.
    memphis = WARRANT.replace("Hamilton", "Shelby").replace("Chattanooga", "Memphis")
    case = read_mail(
        memphis, sender="Renee Calloway <rcalloway@memphistn.gov>", date="Mon, 16 Nov 2026 09:10:00 -0500"
    ).case
    assert case.return_by is not None
    assert case.return_by.utcoffset() == timedelta(hours=-6)

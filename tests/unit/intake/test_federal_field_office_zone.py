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

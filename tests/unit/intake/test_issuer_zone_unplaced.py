"""The issuer's local time when nothing places a U.S. issuer and the mail's clock is UTC (zone_doubt), and
a federal district named in a U.S. Attorney's Office signature."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from services.intake.domain.extraction.zone_doubt import us_offset
from tests.unit.intake.extraction_helpers import read_mail

UTC_CLOCK = "Mon, 07 Dec 2026 16:12:09 +0000"
BODY = "GRAND JURY SUBPOENA. Produce subscriber information for @gem_state_cars by December 18, 2026.\n\n{signature}\n"


def _read(sender: str, signature: str, date: str = UTC_CLOCK):  # type: ignore[no-untyped-def]
    return read_mail(BODY.format(signature=signature), sender=sender, subject="Subpoena", date=date)


def test_a_deadline_of_an_unplaced_us_issuer_read_in_a_utc_clock_goes_to_a_person() -> None:
    extraction = _read("Det. Rosa Vega <rvega@gemcity-pd.example>", "Det. Rosa Vega\nGem City Police Department")
    assert any(reason.field == "return_by" for reason in extraction.triage)


def test_the_address_in_an_unplaced_senders_signature_places_the_deadline() -> None:
    extraction = _read(
        "Det. Rosa Vega <rvega@gemcity-pd.example>",
        "Det. Rosa Vega\nBoise Police Department\n150 N Capitol Blvd, Boise, ID 83702",
    )
    assert extraction.case.return_by == datetime(2026, 12, 18, 17, 0, tzinfo=ZoneInfo("America/Boise"))
    assert not any(reason.field == "return_by" for reason in extraction.triage)


def test_a_clock_set_to_a_us_zone_is_the_issuers_time() -> None:
    extraction = _read(
        "Det. Rosa Vega <rvega@gemcity-pd.example>",
        "Det. Rosa Vega\nGem City Police Department",
        date="Mon, 07 Dec 2026 09:12:09 -0700",
    )
    assert extraction.case.return_by is not None and extraction.case.return_by.utcoffset() is not None
    assert extraction.case.return_by.isoformat() == "2026-12-18T17:00:00-07:00"
    assert not any(reason.field == "return_by" for reason in extraction.triage)


def test_a_deadline_in_hours_is_the_same_moment_in_every_zone() -> None:
    body = "ADMINISTRATIVE SUBPOENA, 21 U.S.C. 876. Provide the subscriber of @gem_state_cars within 48 hours.\n\nAgent R. Mills\n"
    extraction = read_mail(body, sender="R Mills <rmills@gemcity-pd.example>", subject="Subpoena", date=UTC_CLOCK)
    assert not any(reason.field == "return_by" for reason in extraction.triage)


def test_a_us_attorneys_office_district_places_a_federal_senders_deadline() -> None:
    extraction = _read(
        "AUSA Jane Roe <jane.roe@usdoj.gov>", "AUSA Jane Roe\nU.S. Attorney's Office, District of Nebraska"
    )
    assert extraction.case.return_by == datetime(2026, 12, 18, 17, 0, tzinfo=ZoneInfo("America/Chicago"))


def test_us_offsets() -> None:
    assert us_offset(datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/Denver")))
    assert not us_offset(datetime(2026, 12, 7, 16, 0, tzinfo=ZoneInfo("UTC")))
    assert not us_offset(datetime(2026, 12, 7, 17, 0, tzinfo=ZoneInfo("Europe/Paris")))

"""General misreadings behind confident errors on the third development set: location asked for as
"location info", the IP addresses of the latest logins, and non-content data under another law's
name ("telecommunications data"). Each message is written for these tests."""

from __future__ import annotations

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

DETECTIVE = "Det. Imani Whitfield <iwhitfield@boisecity.gov>"


def test_location_info_is_a_demand_for_location_history() -> None:
    body = """URGENT EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8)
Boise Police Department, Case 27-004410

A man posted from @ridgeline_rover that he is going to jump from the bridge tonight.
We need the phone number on the account and whatever location info you hold for it since noon.

Det. Imani Whitfield
"""
    extraction = read_mail(body, sender=DETECTIVE, date="Sun, 10 Jan 2027 22:15:00 -0700")
    assert DataCategory.LOCATION_HISTORY in extraction.case.data_categories
    assert DataCategory.BASIC_SUBSCRIBER in extraction.case.data_categories


def test_ip_addresses_of_the_latest_logins_are_non_content_records() -> None:
    body = """EMERGENCY DISCLOSURE REQUEST
Garda National Cyber Crime Bureau, Dublin, Ireland

A teenager using @liffey_lantern has said she will end her life today.
We request the e-mail address on the account and the IPs from the last three sessions.

Sergeant Ciarán Doyle
"""
    extraction = read_mail(body, sender="Sgt Ciarán Doyle <cdoyle@garda.ie>", date="Tue, 12 Jan 2027 07:40:00 +0000")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_ip_addresses_for_all_sign_ins_are_non_content_records() -> None:
    body = """SUBPOENA TO TESTIFY BEFORE A GRAND JURY - GJ 27-0115
UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO

Produce for the account @snake_river_swaps: the subscriber's name and telephone number, and
IP addresses for every sign-in between 1 December 2026 and the date of this subpoena.
"""
    extraction = read_mail(body, sender="AUSA Pell <r.pell@usdoj.gov>", date="Tue, 12 Jan 2027 10:00:00 -0700")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories


def test_telecommunications_data_is_a_non_content_demand() -> None:
    body = """PRODUCTION ORDER
The provider is required to produce, for the account @tasman_tide_77, subscriber details and the
telecommunications data associated with it, for March 2026 to June 2026.
"""
    extraction = read_mail(body, sender="Det. Ava Lin <ava.lin@afp.gov.au>", date="Wed, 13 Jan 2027 09:00:00 +1100")
    assert DataCategory.NON_CONTENT_RECORDS in extraction.case.data_categories

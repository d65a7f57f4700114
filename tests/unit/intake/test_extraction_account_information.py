"""'Account information' demanded for an account is its subscriber information (name, e-mail,
phone, registration), the least any demand for an account's details asks for."""

from __future__ import annotations

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

SENDER = "Det. Rowan Pike <rpike@tompkinscountyny.gov>"


def categories(demand: str) -> list[DataCategory]:
    body = (
        "SEARCH WARRANT issued by the County Court, Tompkins County.\n\n"
        f"The provider shall produce {demand} of the account @ithaca_gorge_22 within 10 days.\n\n"
        "Det. Rowan Pike\nTompkins County Sheriff's Office\n"
    )
    return list(read_mail(body, sender=SENDER, date="Mon, 07 Dec 2026 09:00:00 -0500").case.data_categories)


def test_account_information_is_subscriber_information() -> None:
    assert DataCategory.BASIC_SUBSCRIBER in categories("the full account information")
    assert DataCategory.BASIC_SUBSCRIBER in categories("all account details")


def test_account_information_beside_content_adds_subscriber_information() -> None:
    found = categories("the account information and all private messages")
    assert DataCategory.BASIC_SUBSCRIBER in found
    assert DataCategory.STORED_CONTENT in found

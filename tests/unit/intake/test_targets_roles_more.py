"""Accounts a demand names but does not demand (left out, or an earlier case's), and a profile URL whose
query string names the account."""

from __future__ import annotations

from tests.unit.intake.extraction_helpers import read_mail

SENDER = "Det. Rosa Vega <rvega@cityofboise.org>"
DATE = "Mon, 07 Dec 2026 09:00:00 -0700"
SIGNATURE = "\n\nDet. Rosa Vega\nBoise Police Department\n"


def _read(body: str):  # type: ignore[no-untyped-def]
    return read_mail(body + SIGNATURE, sender=SENDER, subject="Subpoena", date=DATE)


def test_an_account_the_demand_leaves_out_is_no_target() -> None:
    for body in (
        "GRAND JURY SUBPOENA. Produce subscriber information for @river_fence_co by December 18, 2026. "
        "Do not produce any records of @river_fence_helper.",
        "GRAND JURY SUBPOENA. Produce subscriber information for @river_fence_co and for every account it "
        "followed, other than @river_fence_helper, by December 18, 2026.",
        "GRAND JURY SUBPOENA. Produce subscriber information for @river_fence_co by December 18, 2026. "
        "It messaged @river_fence_helper, who is not a suspect.",
    ):
        assert _read(body).case.targets == ["river_fence_co"], body


def test_an_account_of_an_earlier_case_goes_to_a_person() -> None:
    extraction = _read(
        "GRAND JURY SUBPOENA. In an unrelated matter last year you produced records for @old_river_case. "
        "Produce subscriber information for @new_river_case by December 18, 2026."
    )
    assert any(reason.field == "targets" for reason in extraction.triage)


def test_a_profile_url_keeps_the_query_that_names_the_account_and_drops_one_that_does_not() -> None:
    named = _read(
        "SEARCH WARRANT. Produce stored messages for the profile https://social.example/profile.php?id=4411 for October 2026."
    )
    assert named.case.targets == ["https://social.example/profile.php?id=4411"]
    shared = _read(
        "SEARCH WARRANT. Produce stored messages for the profile https://social.example/kona.sunsets?ref=share for October 2026."
    )
    assert shared.case.targets == ["https://social.example/kona.sunsets"]

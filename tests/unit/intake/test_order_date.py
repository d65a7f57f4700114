"""The order's own date (a gag's or a deadline's start): written after the judge who signed it, or not
at all. Texts written here."""

from __future__ import annotations

from datetime import date

import pytest

from services.intake.domain.extraction.corpus import Corpus
from services.intake.domain.extraction.issuer_place import court_state
from services.intake.domain.extraction.timing import order_date


def _day(text: str) -> date | None:
    hit = order_date(Corpus([("body", text)]), day_first=False)
    return hit.day if hit else None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Attached is the warrant signed by Judge Priya N. Okafor of the Lane County Circuit Court\n"
            "on 11/02/2026 for the account below.",
            date(2026, 11, 2),
        ),
        ("The order was signed by the Honorable Mark Hale, Magistrate Judge, on November 3, 2026.", date(2026, 11, 3)),
        ("This warrant was issued by Judge Amy Roe this 4th day of November, 2026.", date(2026, 11, 4)),
        ("SO ORDERED. Eugene, Oregon, November 5, 2026", date(2026, 11, 5)),
    ],
)
def test_the_orders_date_is_read_after_its_signer(text: str, day: date) -> None:
    assert _day(text) == day


def test_a_periods_start_after_the_signer_is_not_the_orders_date() -> None:
    assert _day("Signed by Judge Amy Roe. Produce the records from 10/01/2026 to 10/31/2026.") is None


def test_a_court_named_in_one_sentence_does_not_take_a_place_from_the_next() -> None:
    # "Washington" in "Washington, D.C." after a sentence about a federal court is no state court's state.
    text = "Failure to comply may be enforced in the United States District Court. Signed at Washington, D.C."
    assert court_state(text) is None
    assert court_state("Circuit Court of Cook County, Illinois") == "IL"

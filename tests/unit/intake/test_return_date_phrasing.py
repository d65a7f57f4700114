"""How return dates are written, read or sent to a person: each text is written here."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.unit.intake.extraction_helpers import read_mail

HEAD = (
    "SUBPOENA DUCES TECUM No. 26-4471\nCircuit Court for Baltimore City, Maryland\n"
    "You are commanded to produce the subscriber information for the account @harbor_bay_deals.\n"
)
SIGNED = "\n\nDet. Tom Reyes\nBaltimore Police Department\n"


def _read(sentence: str) -> tuple[datetime | None, bool]:
    extraction = read_mail(
        HEAD + sentence + SIGNED,
        sender="Tom Reyes <tom.reyes@baltimorepolice.org>",
        date="Fri, 04 Dec 2026 09:00:00 -0500",
    )
    held = any(reason.field == "return_by" for reason in extraction.triage)
    return extraction.case.return_by, held


@pytest.mark.parametrize(
    "sentence",
    [
        "The return date of this subpoena is December 18, 2026.",
        "This subpoena is returnable on December 18, 2026.",
        "Returnable: 12/18/2026 at 9:00 AM",
        "Please disregard the earlier date of November 16, 2026; the records are now due December 18, 2026.",
        "Records requested for 01/01/2026 through 11/30/2026, to be produced on 12/18/2026.",
    ],
)
def test_a_return_date_in_other_words_is_read(sentence: str) -> None:
    when, held = _read(sentence)
    assert not held
    assert when is not None and when.date() == date(2026, 12, 18)


@pytest.mark.parametrize(
    "sentence",
    [
        "The records must be received ten days before the hearing on January 12, 2027.",
        "Production shall occur at least 14 days prior to trial, which is set for January 19, 2027.",
    ],
)
def test_a_deadline_counted_back_from_an_event_is_for_a_person(sentence: str) -> None:
    # Whether "ten days before" counts court days, and from which event, is for a person: never a silent None.
    when, held = _read(sentence)
    assert held and when is None

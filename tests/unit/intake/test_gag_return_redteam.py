"""Gags named only to say none is asked or that one has ended, and return dates that cannot be right: each
text is written here, in the words of the people who write legal process."""

from __future__ import annotations

from datetime import date

import pytest

from services.intake.domain.extraction import Extraction
from tests.unit.intake.extraction_helpers import read_mail

WARRANT = (
    "SEARCH WARRANT\nIN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCase No. 26-SW-1182\n"
    "Platform Inc.: you are commanded to produce the subscriber information for the account @harbor_bay_deals.\n"
)
DETECTIVE = "\n\nDet. Tom Reyes\nChicago Police Department\n"


def _warrant(sentence: str) -> Extraction:
    return read_mail(
        WARRANT + sentence + DETECTIVE,
        sender="Tom Reyes <tom.reyes@chicagopolice.org>",
        date="Fri, 04 Dec 2026 09:00:00 -0600",
    )


def _held(extraction: Extraction, field: str) -> bool:
    return any(reason.field == field for reason in extraction.triage)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please produce by December 18, 2026. We understand your policy and we do not ask you to delay notice.",
        "Please produce by December 18, 2026. We are not requesting that you delay notification to the user.",
        "Please produce by December 18, 2026. The nondisclosure order issued on March 1, 2026 has expired.",
        "Please produce by December 18, 2026. The 2705(b) order in case 25-MJ-11 expired on 11/01/2026.",
        "Please produce by December 18, 2026. The nondisclosure order in this matter is no longer in effect.",
        "Please produce by December 18, 2026. The Court has vacated its prior order precluding notice.",
    ],
)
def test_a_gag_named_only_as_not_asked_or_ended_is_no_confident_gag(sentence: str) -> None:
    extraction = _warrant(sentence)
    assert extraction.case.nondisclosure.present is False
    assert _held(extraction, "nondisclosure")


@pytest.mark.parametrize(
    "sentence",
    [
        "Produce by December 18, 2026. IT IS FURTHER ORDERED that Platform shall not disclose the existence of "
        "this warrant until further order of the Court.",
        "Produce by December 18, 2026. The earlier order has expired; IT IS FURTHER ORDERED that Platform shall "
        "not disclose the existence of this warrant until further order of the Court.",
    ],
)
def test_an_order_in_force_is_still_read(sentence: str) -> None:
    extraction = _warrant(sentence)
    assert extraction.case.nondisclosure.present is True
    assert extraction.case.nondisclosure.kind is not None
    assert extraction.case.nondisclosure.kind.value == "COURT_ORDER_2705B"
    assert not _held(extraction, "nondisclosure")


FOREIGN = {
    "es": (
        "Policía Nacional - Unidad Central de Ciberdelincuencia\nMadrid, 1 de diciembre de 2026\n"
        "Solicitamos los datos del titular de la cuenta @harbor_bay_deals.\n",
        "\n\nInspector Jefe Luis Pardo\nPolicía Nacional\n",
        "Luis Pardo <lpardo@policia.es>",
    ),
    "de": (
        "Landeskriminalamt Berlin\nBerlin, den 01.12.2026\nAuskunftsersuchen zum Konto @harbor_bay_deals.\n",
        "\n\nKOK Jan Weber\nLKA Berlin\n",
        "Jan Weber <jan.weber@polizei.berlin.de>",
    ),
}


def _foreign(language: str, sentence: str) -> Extraction:
    head, signature, sender = FOREIGN[language]
    return read_mail(head + sentence + signature, sender=sender, date="Fri, 04 Dec 2026 09:00:00 +0100")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "No es necesario mantener la confidencialidad: puede informar al usuario. Respuesta antes del 18/12/2026.",
        ),
        ("de", "Eine Benachrichtigung ist zulässig; wir bitten nicht um Geheimhaltung. Antwort bis 15.12.2026."),
    ],
)
def test_a_foreign_letter_saying_no_secrecy_is_asked_is_no_confident_gag(language: str, sentence: str) -> None:
    extraction = _foreign(language, sentence)
    assert extraction.case.nondisclosure.present is False
    assert _held(extraction, "nondisclosure")


def test_a_foreign_plea_for_secrecy_is_still_read() -> None:
    extraction = _foreign(
        "de", "Wir bitten Sie, den Nutzer nicht über dieses Ersuchen zu informieren. Antwort bis 15.12.2026."
    )
    assert extraction.case.nondisclosure.present is True
    assert not _held(extraction, "nondisclosure")


@pytest.mark.parametrize("written", ["Fecha límite: 03/01/2027.", "Fecha límite: 3 de enero de 2027."])
def test_a_deadline_labelled_fecha_limite_is_read_not_taken_for_the_letters_date(written: str) -> None:
    extraction = _foreign("es", written)
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2027, 1, 3)


def test_a_return_date_before_service_goes_to_a_person() -> None:
    # A day-first "08/12/2026" (8 December) read month-first is August, before service on 4 December.
    extraction = _warrant("Please return the records by 08/12/2026.")
    assert _held(extraction, "return_by")


def test_a_return_date_after_service_is_read() -> None:
    extraction = _warrant("Please return the records by 12/18/2026.")
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2026, 12, 18)
    assert not _held(extraction, "return_by")


def test_an_old_return_date_that_no_reading_puts_after_service_is_not_held_for_its_order() -> None:
    # 13 March cannot be read as a month 13: the order of day and month is not in doubt.
    extraction = _warrant("Please return the records by 03/13/2026.")
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2026, 3, 13)
    assert not any("before service" in reason for reason in extraction.triage_reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        # A delayed-notice warrant (18 U.S.C. 3103a) that says no § 2705(b) order was sought.
        "Notice of this warrant is delayed under 18 U.S.C. 3103a for 30 days. No order under 18 U.S.C. 2705(b) "
        "has been sought.",
        # A plea taken back in the next sentence.
        "We previously asked you not to notify the subscriber. That request is withdrawn and you may now notify them.",
    ],
)
def test_a_gag_never_sought_or_taken_back_is_no_confident_gag(sentence: str) -> None:
    extraction = _warrant(sentence + "\nDated: 11/30/2026")
    assert extraction.case.nondisclosure.present is False
    assert _held(extraction, "nondisclosure")


def test_a_gag_ending_at_the_earlier_of_an_event_and_a_period_goes_to_a_person() -> None:
    extraction = _warrant(
        "Pursuant to 18 U.S.C. 2705(b), the provider shall not disclose this warrant until the target is arrested "
        "or one year, whichever is earlier.\nDated: 11/30/2026"
    )
    assert extraction.case.nondisclosure.present is True
    assert _held(extraction, "nondisclosure")


@pytest.mark.parametrize(
    "sentence",
    [
        "The officer shall make return of this warrant to the Court within ten days after execution.",
        "This warrant must be executed within 14 days.",
    ],
)
def test_an_officers_time_to_execute_or_return_a_warrant_is_no_return_date(sentence: str) -> None:
    extraction = _warrant(sentence)
    assert extraction.case.return_by is None
    assert _held(extraction, "return_by")


def test_a_period_to_produce_after_an_officers_time_is_read() -> None:
    extraction = _warrant(
        "This warrant must be executed within 14 days. The provider shall produce the records within 10 days "
        "after receipt of the warrant."
    )
    assert extraction.case.return_by is not None
    assert extraction.case.return_by.date() == date(2026, 12, 14)


def test_a_deadline_after_a_weekday_with_no_year_goes_to_a_person() -> None:
    extraction = _warrant("Please respond by Friday, December 11.")
    assert _held(extraction, "return_by")


def test_a_period_counted_from_issuance_is_not_counted_from_service() -> None:
    extraction = _warrant("The provider shall produce the records within 10 days of issuance of this warrant.")
    assert _held(extraction, "return_by")


def test_an_order_precluding_notice_extended_for_an_additional_period_is_read() -> None:
    extraction = _warrant(
        "The Court's order of June 1, 2026 precluding notice is extended for an additional 180 days from the date "
        "of this order.\nDated: December 2, 2026"
    )
    gag = extraction.case.nondisclosure
    assert gag.present is True
    assert gag.expires_at is not None
    assert gag.expires_at.date() == date(2027, 5, 31)
    assert not _held(extraction, "nondisclosure")


def test_a_time_by_the_gag_not_read_as_its_period_goes_to_a_person() -> None:
    extraction = _warrant(
        "Pursuant to 18 U.S.C. 2705(b), the provider shall not disclose this warrant during the next 90 days.\n"
        "Dated: December 2, 2026"
    )
    assert extraction.case.nondisclosure.present is True
    assert _held(extraction, "nondisclosure")


QUOTED_ORDER = (
    "\n\nOn Tue, Nov 3, 2026 at 10:41 AM Tom Reyes <tom.reyes@chicagopolice.org> wrote:\n"
    "> SEARCH WARRANT - Circuit Court of Cook County, Illinois, Case No. 26-SW-1182\n"
    "> Produce the subscriber information for the account @harbor_bay_deals by November 20, 2026.\n"
    "> IT IS FURTHER ORDERED that the provider shall not disclose the existence of this warrant for 90 days.\n"
    "> Dated: November 2, 2026\n"
)


def test_a_reply_saying_the_quoted_gag_was_lifted_is_no_confident_gag() -> None:
    extraction = read_mail(
        "Hello,\nThe Court has lifted the nondisclosure order in this matter; you may now notify the account holder."
        + DETECTIVE
        + QUOTED_ORDER,
        sender="Tom Reyes <tom.reyes@chicagopolice.org>",
        subject="RE: Search warrant 26-SW-1182",
        date="Fri, 04 Dec 2026 09:00:00 -0600",
    )
    assert extraction.case.nondisclosure.present is False
    assert _held(extraction, "nondisclosure")


def test_a_reply_about_something_else_keeps_the_quoted_gag() -> None:
    extraction = read_mail(
        "Hello,\nYou may take until December 18, 2026 to produce the records." + DETECTIVE + QUOTED_ORDER,
        sender="Tom Reyes <tom.reyes@chicagopolice.org>",
        subject="RE: Search warrant 26-SW-1182",
        date="Fri, 04 Dec 2026 09:00:00 -0600",
    )
    assert extraction.case.nondisclosure.present is True


@pytest.mark.parametrize(
    "field",
    [
        "Nondisclosure order: No",
        "Non-disclosure: None",
        "Nondisclosure order: N/A",
        "[ ] Nondisclosure order attached\n[X] No nondisclosure order",
    ],
)
def test_a_forms_field_with_no_gag_is_read_as_none(field: str) -> None:
    extraction = read_mail(
        "SEARCH WARRANT Circuit Court of Cook County, Illinois. Produce subscriber info for @harbor_bay_deals.\n"
        f"{field}\nReturn date: 12/18/2026" + DETECTIVE,
        sender="Tom Reyes <tom.reyes@chicagopolice.org>",
        date="Fri, 04 Dec 2026 09:00:00 -0600",
    )
    assert extraction.case.nondisclosure.present is False


def test_a_ticked_gag_box_is_still_a_gag() -> None:
    extraction = read_mail(
        "SEARCH WARRANT Circuit Court of Cook County, Illinois. Produce subscriber info for @harbor_bay_deals.\n"
        "[X] Nondisclosure order attached\n[ ] No nondisclosure order\nReturn date: 12/18/2026" + DETECTIVE,
        sender="Tom Reyes <tom.reyes@chicagopolice.org>",
        date="Fri, 04 Dec 2026 09:00:00 -0600",
    )
    assert extraction.case.nondisclosure.present is True


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El secreto de las actuaciones fue levantado el 20 de noviembre de 2026. Plazo de respuesta: 10 días."),
        ("de", "Die Geheimhaltung ist aufgehoben; Sie dürfen den Nutzer informieren. Antwort bis 15.12.2026."),
    ],
)
def test_a_foreign_secrecy_said_to_be_lifted_is_no_confident_gag(language: str, sentence: str) -> None:
    extraction = _foreign(language, sentence)
    assert extraction.case.nondisclosure.present is False
    assert _held(extraction, "nondisclosure")

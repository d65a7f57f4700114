"""Faults blind_holdout10 (a development set from 2026-12-08 00:56) showed, each tested here in other words."""

from __future__ import annotations

from datetime import date

from shared.vocabulary import DataCategory, NondisclosureKind
from tests.unit.intake.extraction_helpers import read_mail


def test_a_crown_dependencys_police_is_its_own_country() -> None:
    body = (
        "The States of Jersey Police ask you to preserve the data of @st_helier_fx for 90 days pending a request\n"
        "for mutual legal assistance.\n\nDC Ana Le Brun, Joint Financial Crimes Unit, Bailiwick of Jersey\n"
    )
    extraction = read_mail(body, sender="Ana Le Brun <a.lebrun@police.example.je>", subject="Preservation")
    assert extraction.case.requester is not None
    assert extraction.case.requester.country == "JE"


def test_a_user_name_that_identifies_the_account_is_no_record_demanded() -> None:
    body = (
        "SEARCH WARRANT, Circuit Court of Greene County, Missouri. Seize, for the account with user ID 7714402\n"
        "(user name ozark_night_owl_77), the stored location history and location data attached to posts for\n"
        "October 2026.\n\nDet. Lyle Brandt, Springfield Police Department\n"
    )
    extraction = read_mail(body, sender="Lyle Brandt <lbrandt@springfieldmo.gov>", subject="Warrant")
    assert set(extraction.case.data_categories) == {DataCategory.LOCATION_HISTORY}


def test_weeks_count_as_seven_days_in_every_language_and_a_german_plea_with_bitte_ich_is_a_gag() -> None:
    body = (
        "Im Ermittlungsverfahren 210 Js 1187/26 bitte ich um Bestandsdaten zum Konto @dresden_deals.\n"
        "Um Übermittlung binnen zwei Wochen wird gebeten. Von einer Benachrichtigung des Kontoinhabers bitte ich\n"
        "abzusehen.\n\nStaatsanwältin Dr. Eva Roth\n"
    )
    extraction = read_mail(body, sender="Eva Roth <eva.roth@polizei.bayern.de>", date="Fri, 04 Dec 2026 09:00:00 +0100")
    assert extraction.case.return_by is not None and extraction.case.return_by.date() == date(2026, 12, 18)
    assert extraction.case.nondisclosure is not None
    assert extraction.case.nondisclosure.kind is NondisclosureKind.LETTER_REQUEST
    italian = read_mail(
        "Si richiedono i dati anagrafici dell'account @torino_offerte entro due settimane.\n",
        sender="Marco Riva <marco.riva@poliziadistato.it>",
        date="Fri, 04 Dec 2026 09:00:00 +0100",
    )
    assert italian.case.return_by is not None and italian.case.return_by.date() == date(2026, 12, 18)


def test_two_accounts_one_letter_apart_go_to_a_person_and_numbered_ones_do_not() -> None:
    body = (
        "GRAND JURY SUBPOENA, Dallas County. Produce subscriber information for @lonestar_flips_214 and for\n"
        "@lonestar_flip214 by December 20, 2026.\n\nDet. Cy Moore, Dallas Police Department\n"
    )
    held = read_mail(body, sender="Cy Moore <cy.moore@dallascityhall.com>", subject="Subpoena")
    assert any(reason.field == "targets" for reason in held.triage)
    numbered = read_mail(
        body.replace("@lonestar_flip214", "@lonestar_flips_215"),
        sender="Cy Moore <cy.moore@dallascityhall.com>",
        subject="Subpoena",
    )
    assert not any(reason.field == "targets" for reason in numbered.triage)


def test_a_date_on_a_replys_attribution_line_is_no_deadline() -> None:
    body = (
        "Please preserve @brew_city_bikes for 90 days under 18 U.S.C. 2703(f). Send any questions before that\n"
        "date.\n\n"
        "On Tue, Aug 25, 2026 at 10:41 AM Ann Wolf <awolf@cityofmadison.com> wrote:\n"
        "> Please preserve all records of @brew_city_bikes pending a search warrant.\n"
    )
    extraction = read_mail(body, sender="Ann Wolf <awolf@cityofmadison.com>", subject="RE: preservation")
    assert extraction.case.return_by is None

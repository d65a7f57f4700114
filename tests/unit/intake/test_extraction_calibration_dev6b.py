"""General misreadings behind confident errors on data categories and gags (sixth development round, second
part): what an account bought or paid for read as no category, the story of a crime (a ransom "demand" with
a photo) read as the demand, a listed item no category names passed over, and a court's order not to
notify read as a letter's plea with no end. Each message is written for these tests."""

from __future__ import annotations

import pytest

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

SUBPOENA = """ADMINISTRATIVE SUBPOENA No. 26-0917

Issued under 21 U.S.C. 876. You are required to produce, for the account @{handle}, the following:
{items}

Return by January 20, 2027.

Special Agent Mara Ellison
"""


def _categories(body: str, sender: str = "Mara Ellison <mara.ellison@dea.gov>") -> tuple[list[str], float, str]:
    extraction = read_mail(body, sender=sender)
    evidence = extraction.evidence["data_categories"]
    return [c.value for c in extraction.case.data_categories], evidence.confidence, evidence.note or ""


@pytest.mark.parametrize(
    "item",
    [
        "records of all ad campaigns and boosts bought by the account since March 2026",
        "the account's purchase history and order history for 2026",
        "all transactions made through the account's wallet",
        "products ordered through the marketplace listing",
        "its billing history and the invoices sent to it",
    ],
)
def test_what_an_account_bought_or_paid_for_is_a_non_content_record(item: str) -> None:
    body = SUBPOENA.format(handle="harbor_lane_goods", items=f"the subscriber's name and address; and {item}.")
    values, _, _ = _categories(body)
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Auskunftsersuchen. Wir ersuchen um Mitteilung der Bestandsdaten des Kontos @kiosk_am_ring sowie aller "
            "Werbeanzeigen, die das Konto seit Januar 2026 gebucht hat, und der Zahlungsvorgänge.\n\nKriminalhauptkommissar "
            "Udo Brenner\nPolizeipräsidium Nordhafen",
            "Udo Brenner <udo.brenner@polizei.example.de>",
        ),
        (
            "Solicitamos los datos del titular de la cuenta @tienda_del_rio y el historial de compras y los anuncios "
            "contratados por esa cuenta desde enero de 2026.\n\nInspectora Lucía Arce\nPolicía Nacional",
            "Lucía Arce <lucia.arce@policia.example.es>",
        ),
        (
            "Nous vous prions de nous communiquer l'identité du titulaire du compte @atelier_sud ainsi que "
            "l'historique des achats et les publicités achetées par ce compte depuis janvier 2026.\n\nCapitaine "
            "Odile Fabre\nGendarmerie nationale",
            "Odile Fabre <odile.fabre@gendarmerie.example.fr>",
        ),
        (
            "Solicitamos os dados cadastrais do titular da conta @loja_da_praia e o histórico de pagamentos e os "
            "anúncios impulsionados pela conta desde janeiro de 2026.\n\nDelegada Ana Paiva\nPolícia Civil",
            "Ana Paiva <ana.paiva@policia.example.br>",
        ),
        (
            "Si richiede di fornire i dati anagrafici dell'intestatario dell'account @bottega_nord e la cronologia degli "
            "acquisti e le inserzioni acquistate dall'account da gennaio 2026.\n\nIspettore Marco Fedi\nPolizia Postale",
            "Marco Fedi <marco.fedi@poliziadistato.example.it>",
        ),
    ],
)
def test_purchases_and_advertisements_bought_are_non_content_records_in_the_other_languages(
    body: str, sender: str
) -> None:
    values, _, _ = _categories(body, sender)
    assert DataCategory.NON_CONTENT_RECORDS.value in values
    assert DataCategory.STORED_CONTENT.value not in values


def test_the_means_of_payment_for_what_was_bought_stays_subscriber_information() -> None:
    body = SUBPOENA.format(
        handle="harbor_lane_goods",
        items="the name, e-mail address and means of payment for any promotions purchased by the account.",
    )
    values, _, _ = _categories(body)
    assert values == [DataCategory.BASIC_SUBSCRIBER.value]


EMERGENCY = """EMERGENCY DISCLOSURE REQUEST - RISK OF DEATH

This is Inspector Rowan Gale, Major Crimes. At 06:10 today a man was taken from his car in Easton. The
account @{handle} then sent his brother an extortion demand with a video of the man tied to a chair and
a voice message saying he would be killed at noon.

We ask that you disclose the subscriber information and the login IP addresses of @{handle} for the last
24 hours.

Insp. Rowan Gale
"""


def test_a_ransom_demand_in_the_story_is_not_the_demand_for_records() -> None:
    extraction = read_mail(
        EMERGENCY.format(handle="noon_deadline_77"), sender="Rowan Gale <rowan.gale@police.example.gov>"
    )
    values = [c.value for c in extraction.case.data_categories]
    assert DataCategory.STORED_CONTENT.value not in values
    assert DataCategory.BASIC_SUBSCRIBER.value in values


def test_a_request_for_named_records_is_still_a_demand() -> None:
    body = (
        "Dear custodian,\n\nThis is a request for the direct messages and the subscriber information of the account "
        "@quay_side_44 from May 2026, under the attached warrant.\n\nDet. Ines Paredes\n"
    )
    extraction = read_mail(body, sender="Ines Paredes <ines.paredes@police.example.gov>", subject="Search warrant")
    values = [c.value for c in extraction.case.data_categories]
    assert DataCategory.STORED_CONTENT.value in values
    assert DataCategory.BASIC_SUBSCRIBER.value in values

"""General misreadings behind confident errors on data categories and gags (sixth development round, second
part): what an account bought or paid for read as no category, the story of a crime (a ransom "demand" with
a photo) read as the demand, a listed item no category names passed over, and a court's order not to
notify read as a letter's plea with no end. Each message is written for these tests."""

from __future__ import annotations

import pytest

from services.intake.domain.extraction.build import CONFIDENT
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


WARRANT = """SUPERIOR COURT OF EXAMPLE COUNTY - SEARCH WARRANT No. 26-SW-2231

You are commanded to produce, for the account @copper_kettle_91, the subscriber information and all direct
messages from June 1, 2026 to August 31, 2026, within ten days of service.

{gag}

Dated: September 14, 2026
Hon. Teodora Vance, Judge of the Superior Court
"""


@pytest.mark.parametrize(
    "gag",
    [
        "The Court further ORDERS that Example Social not notify the account holder of this warrant for sixty (60)\n"
        "days from the date of this order.",
        "It is further ordered that the subscriber not be informed of this warrant for sixty (60) days from the\n"
        "date of this order.",
        "THE COURT ORDERS that the provider not tell any user about this warrant for sixty (60) days from the date\n"
        "of the order.",
    ],
)
def test_a_courts_order_not_to_notify_is_a_court_gag_counted_from_the_orders_date(gag: str) -> None:
    extraction = read_mail(
        WARRANT.format(gag=gag),
        sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>",
        subject="Search warrant 26-SW-2231",
        date="Wed, 16 Sep 2026 10:00:00 -0700",
    )
    gag_read = extraction.case.nondisclosure
    assert gag_read.present
    assert gag_read.kind is not None and gag_read.kind.value == "COURT_ORDER_2705B"
    assert gag_read.expires_at is not None
    assert gag_read.expires_at.date().isoformat() == "2026-11-13"  # September 14 + 60 days
    assert extraction.evidence["nondisclosure"].confidence >= CONFIDENT


def test_a_courts_gag_whose_orders_date_cannot_be_read_is_held_not_left_without_end() -> None:
    body = WARRANT.format(
        gag="The Court further orders that the provider not notify the user of this warrant for ninety (90) days\n"
        "from the date of this order."
    ).replace("Dated: September 14, 2026\n", "")
    extraction = read_mail(
        body, sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>", date="Wed, 16 Sep 2026 10:00:00 -0700"
    )
    evidence = extraction.evidence["nondisclosure"]
    assert extraction.case.nondisclosure.kind is not None
    assert extraction.case.nondisclosure.kind.value == "COURT_ORDER_2705B"
    assert evidence.confidence < CONFIDENT
    assert any(reason.field == "nondisclosure" for reason in extraction.triage)


def test_a_plea_whose_time_counts_from_an_orders_date_is_held() -> None:
    body = (
        "Good afternoon,\n\nPlease find our request for the subscriber information of @copper_kettle_91 below. "
        "We ask that you not inform the account holder for 120 days from the entry of the order.\n\n"
        "Det. Alma Reyes\nExample County Sheriff's Office\n"
    )
    extraction = read_mail(body, sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>")
    assert extraction.case.nondisclosure.present
    assert extraction.evidence["nondisclosure"].confidence < CONFIDENT


def test_a_letters_plea_for_a_time_stays_a_letter_request_without_end() -> None:
    body = (
        "Good afternoon,\n\nPlease provide the subscriber information of @copper_kettle_91. We ask that you not "
        "inform the account holder for 120 days, as notice could lead to the loss of evidence. Please preserve "
        "the account for 90 days as well.\n\nDet. Alma Reyes\nExample County Sheriff's Office\n"
    )
    extraction = read_mail(body, sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>")
    gag_read = extraction.case.nondisclosure
    assert gag_read.present and gag_read.kind is not None and gag_read.kind.value == "LETTER_REQUEST"
    assert gag_read.expires_at is None
    assert extraction.evidence["nondisclosure"].confidence >= CONFIDENT


@pytest.mark.parametrize(
    "items",
    [
        "\n\n1. Subscriber information for the account;\n2. Login IP history;\n3. The account's wishlists and saved "
        "collections.",
        "\n\nRecords: subscriber information; login IP history; the wishlists and saved collections of the account.",
        # An HTML list that lost its marks: short paragraphs after the colon.
        "\n\nSubscriber information for the account;\n\ncopies of the wishlists and saved collections kept by the "
        "account.",
    ],
)
def test_a_listed_item_no_category_reads_holds_the_categories(items: str) -> None:
    body = SUBPOENA.format(handle="harbor_lane_goods", items=items).replace("the following:\n", "the following:")
    values, confidence, note = _categories(body)
    assert DataCategory.BASIC_SUBSCRIBER.value in values
    assert confidence < CONFIDENT
    assert "wishlists" in note


def test_an_orders_numbered_clauses_and_the_accounts_line_are_not_unread_items() -> None:
    body = (
        "ORDER UNDER 18 U.S.C. 2703(d)\n\nIT IS ORDERED:\n\n1. The Provider shall disclose, for the account "
        "@harbor_lane_goods, the subscriber information and the login IP history from May 1, 2026 to June 30, 2026.\n"
        "2. The records shall be limited to that period.\n3. This Order is sealed until further order of the Court.\n"
        "4. Production within fourteen days of service.\n\nSO ORDERED this 2nd day of July, 2026.\nHon. Rhea Castell\n"
    )
    values, confidence, note = _categories(body, sender="AUSA Lena Ortiz <lena.ortiz@usdoj.gov>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]
    assert confidence >= CONFIDENT, note


@pytest.mark.parametrize(
    "sentence",
    [
        "Notice to the subscriber of this warrant is postponed for 120 days under 18 U.S.C. 2705(a).",
        "Delayed notification is authorized for ninety days from the date of this warrant under state law.",
        "Die Benachrichtigung des Kontoinhabers wird bis auf Weiteres zurückgestellt.",
        "Se acuerda el aplazamiento de la notificación al titular de la cuenta.",
        "Le juge ordonne le report de la notification au titulaire du compte.",
    ],
)
def test_delayed_notice_without_an_order_to_the_provider_is_held_for_a_person(sentence: str) -> None:
    body = WARRANT.format(gag=sentence)
    extraction = read_mail(body, sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>")
    assert not extraction.case.nondisclosure.present
    assert extraction.evidence["nondisclosure"].confidence < CONFIDENT
    assert any(reason.field == "nondisclosure" for reason in extraction.triage)


def test_delayed_notice_beside_an_order_not_to_disclose_is_the_courts_gag() -> None:
    gag = (
        "Notice to the subscriber is delayed under 18 U.S.C. 2705(a). The provider shall not disclose the existence "
        "of this warrant to any person for sixty (60) days from the date of this order."
    )
    extraction = read_mail(WARRANT.format(gag=gag), sender="Det. Alma Reyes <alma.reyes@sheriff.example.gov>")
    gag_read = extraction.case.nondisclosure
    assert gag_read.present and gag_read.kind is not None and gag_read.kind.value == "COURT_ORDER_2705B"
    assert gag_read.expires_at is not None and gag_read.expires_at.date().isoformat() == "2026-11-13"


def test_the_list_after_a_colon_ends_at_the_signing_line() -> None:
    body = (
        "SUBPOENA DUCES TECUM\n\nYOU ARE COMMANDED to appear at trial on March 3, 2027 and to bring with you:\n\n"
        'Certified copies of the public posts made by the account "north_ferry_j" in 2026, with the subscriber '
        "name on file.\n\nDated 12/01/2026. By: Owen Tally, Assistant Prosecutor\n\n"
        "Photo of the signed subpoena attached, the copier is broken.\n\nOwen Tally\n"
    )
    values, _, _ = _categories(body, sender="Owen Tally <owen.tally@prosecutor.example.gov>")
    assert DataCategory.STORED_CONTENT.value not in values
    assert DataCategory.PUBLIC_CONTENT.value in values


def test_a_reply_narrowing_the_demand_wins_over_a_quoted_reply_it_answers() -> None:
    body = (
        "Thanks for your call. Our client limits the subpoena to the subscriber information of @lake_view_critic "
        "(name and e-mail). We withdraw the request for messages.\n\nCarla Dunne\nDunne & Weiss LLP\n\n"
        "> On Mon, Nov 30, 2026 at 9:12 AM Legal Process <legal@example.com> wrote:\n"
        "> Counsel, the subpoena seeks the subscriber information and all messages of @lake_view_critic; we\n"
        "> object to the request for message content under 18 U.S.C. 2702.\n"
    )
    values, _, _ = _categories(body, sender="Carla Dunne <carla.dunne@dunneweiss.example.com>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value]


def test_the_records_a_schedule_lists_are_read_from_the_schedule() -> None:
    body = (
        "ADMINISTRATIVE SUBPOENA\n\nBy the authority of 7 U.S.C. 9(5), you are required to produce the documents "
        "described in Schedule B to the Division, 1155 Example Street, on February 2, 2027.\n\n"
        "Schedule B: for the account @delta_signal_room, (1) the holder's name, postal address and telephone "
        "numbers; (2) login IP records for 2026.\n\nIssued January 4, 2027.\nRuth Okafor, Trial Attorney\n"
    )
    values, _, _ = _categories(body, sender="Ruth Okafor <rokafor@cftc.gov>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]


def test_what_records_are_is_read_before_records_of() -> None:
    body = (
        "Counsel,\n\nThe grand jury subpoena 26-GJ-4410 (District of Example) calls for the subscriber and login IP "
        "records of @quarry_lane_9, returnable January 5, 2027.\n\nAUSA Tomas Reyes\n"
    )
    values, _, _ = _categories(body, sender="Tomas Reyes <tomas.reyes@usdoj.gov>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]


def test_where_an_account_logged_in_from_is_location_history() -> None:
    body = SUBPOENA.format(
        handle="pine_hollow_4", items="subscriber information and the login locations since May 2026."
    )
    values, _, _ = _categories(body)
    assert DataCategory.LOCATION_HISTORY.value in values


def test_a_demand_cue_broken_across_lines_still_opens_the_demand() -> None:
    body = (
        "MINISTERIO PÚBLICO - FISCALÍA\n\nMe dirijo a ustedes en la causa de referencia para pedir la siguiente\n"
        "información del perfil @rio_verde_inversiones:\n1. Datos de registro del usuario.\n"
        "2. Direcciones IP de conexión desde el 01/08/2026.\n\nAbog. Marta Benítez\nAgente Fiscal\n"
    )
    values, _, _ = _categories(body, sender="Marta Benítez <mbenitez@ministeriopublico.gov.py>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]


@pytest.mark.parametrize(
    "last",
    [
        "Any other records kept about the account.",
        "Anything else the provider holds on it.",
        "Any and all documents relating to the foregoing.",
        "A certificate of authenticity for the records produced.",
    ],
)
def test_a_catch_all_or_the_certification_is_no_unread_item(last: str) -> None:
    items = f"\n\n1. Subscriber information;\n2. Login IP history;\n3. {last}"
    body = SUBPOENA.format(handle="harbor_lane_goods", items=items).replace("the following:\n", "the following:")
    values, confidence, note = _categories(body)
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]
    assert confidence >= CONFIDENT, note


@pytest.mark.parametrize(
    ("item", "category"),
    [
        ("the types of service the user subscribed to", DataCategory.BASIC_SUBSCRIBER),
        ("the account's privacy settings", DataCategory.NON_CONTENT_RECORDS),
        ("records of account activity", DataCategory.NON_CONTENT_RECORDS),
        ("the files uploaded by the user", DataCategory.STORED_CONTENT),
    ],
)
def test_common_warrant_items_are_read(item: str, category: DataCategory) -> None:
    items = f"\n\n1. Subscriber information;\n2. {item}."
    body = SUBPOENA.format(handle="harbor_lane_goods", items=items).replace("the following:\n", "the following:")
    values, confidence, note = _categories(body)
    assert category.value in values
    assert confidence >= CONFIDENT, note


def test_a_german_list_item_naming_the_accounts_creation_date_is_read() -> None:
    body = (
        "Wir ersuchen um folgende Daten zum Konto @hafen_kiosk:\n1. Bestandsdaten (Name, Anschrift, E-Mail).\n"
        "2. IP-Adressen der Anmeldungen.\n3. Tag der Kontoeröffnung.\n\nKHK Lena Vogt\nPolizeipräsidium Nordhafen\n"
    )
    values, confidence, note = _categories(body, sender="Lena Vogt <lena.vogt@polizei.example.de>")
    assert values == [DataCategory.BASIC_SUBSCRIBER.value, DataCategory.NON_CONTENT_RECORDS.value]
    assert confidence >= CONFIDENT, note

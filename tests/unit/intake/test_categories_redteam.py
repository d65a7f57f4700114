"""Data categories in sentences written to trip the reader (each written here): a negation followed by the
demand's own list, content left to a later process, what the requester already holds, a service described by
what it carries, "not limited to" and "no later than", the subscriber named as "information" in other languages."""

from __future__ import annotations

import pytest

from shared.vocabulary import DataCategory
from tests.unit.intake.extraction_helpers import read_mail

B, N, L, S = (
    DataCategory.BASIC_SUBSCRIBER,
    DataCategory.NON_CONTENT_RECORDS,
    DataCategory.LOCATION_HISTORY,
    DataCategory.STORED_CONTENT,
)
AUSA = "Dana Pike <dana.pike@usdoj.gov>"
SIGNATURE = "\n\nSincerely,\nDana Pike\nAssistant United States Attorney\nDistrict of Colorado\n"
COURT = "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLORADO\n"
SUBPOENA = COURT + "GRAND JURY SUBPOENA No. 26-GJ-7781\n\nYou are commanded to produce "
WARRANT = COURT + "SEARCH AND SEIZURE WARRANT\nCase No. 1:26-mj-00412\n\nATTACHMENT B - Property to be seized\n\n"
ORDER = COURT + "ORDER PURSUANT TO 18 U.S.C. 2703(d)\n\n"
SENDERS = {
    "es": "Insp. Ana Ruiz <ana.ruiz@policia.es>",
    "pt": "Delegado Rui Costa <rui.costa@pf.gov.br>",
    "fr": "Cne Paul Roy <paul.roy@interieur.gouv.fr>",
    "it": "Isp. Marco Riva <marco.riva@poliziadistato.it>",
    "de": "KHK Jan Vogel <jan.vogel@polizei.bayern.de>",
}


def _read(body: str, sender: str = AUSA) -> tuple[set[DataCategory], float]:
    extraction = read_mail(body, sender=sender)
    evidence = extraction.evidence["data_categories"]
    return set(extraction.case.data_categories), evidence.confidence


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A negation, then ", including" and the demand's own items: only the negated kind is left out.
        (
            WARRANT + "All records and information associated with @front_range_flips, other than the contents "
            "of communications, including subscriber information, IP logs and location data." + SIGNATURE,
            {B, N, L},
        ),
        (
            WARRANT + "All information associated with @front_range_flips except the contents of communications, "
            "including subscriber information and IP logs." + SIGNATURE,
            {B, N},
        ),
        # The negation still reaches what it names, after a comma too.
        (
            SUBPOENA + "basic subscriber information and IP login history for @front_range_flips. Please do not "
            "provide the content of any communications." + SIGNATURE,
            {B, N},
        ),
        # Content named, then excluded, deferred to another process, or no longer needed.
        (
            SUBPOENA + "for @front_range_flips: subscriber name and means of payment. Message content is excluded "
            "from this request." + SIGNATURE,
            {B},
        ),
        (
            ORDER + "It is hereby ordered that the provider disclose the following records for @front_range_flips: "
            "IP logs and correspondents. The contents of communications will be sought by a separate search "
            "warrant." + SIGNATURE,
            {N},
        ),
        (
            SUBPOENA + "subscriber information for @front_range_flips. Location data previously requested in our "
            "letter of 11/1 is no longer needed." + SIGNATURE,
            {B},
        ),
        # What the requester already holds.
        (
            SUBPOENA + "subscriber information for @front_range_flips. We have already captured the public profile "
            "and public posts." + SIGNATURE,
            {B},
        ),
        # The service described by what it carries.
        (
            ORDER + "It is ordered that the provider disclose, for the photo-sharing account @front_range_flips, "
            "the subscriber information and login IP history." + SIGNATURE,
            {B, N},
        ),
        # "Not limited to" and "no later than" negate nothing.
        (
            ORDER + "The provider shall disclose records for @front_range_flips including, but not limited to, "
            "subscriber information, IP logs and device identifiers." + SIGNATURE,
            {B, N},
        ),
        (
            SUBPOENA + "no later than December 20, 2026, subscriber information and IP logs for "
            "@front_range_flips." + SIGNATURE,
            {B, N},
        ),
    ],
)
def test_english_traps_read_right(body: str, expected: set[DataCategory]) -> None:
    categories, confidence = _read(body)
    assert categories == expected
    assert confidence >= 0.8


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Se solicita la información de suscriptor y los registros de conexión de la cuenta @madrid_gangas, "
            "excepto el contenido de las comunicaciones.",
            {B, N},
        ),
        ("es", "Se solicita la información del abonado de la cuenta @madrid_gangas.", {B}),
        ("fr", "Veuillez nous communiquer les informations relatives à l'abonné du compte @lyon_deals.", {B}),
        ("pt", "Solicitamos as informações do assinante da conta @rio_promo.", {B}),
        ("it", "Si richiedono le informazioni sull'abbonato dell'account @torino_offerte.", {B}),
        ("de", "Wir bitten um Auskunft über den Inhaber des Kontos @muc_deals.", {B}),
        # Content left to a later request, in four languages.
        (
            "it",
            "Si richiedono i dati anagrafici dell'intestatario dell'account @torino_offerte. I contenuti saranno "
            "richiesti con separata rogatoria.",
            {B},
        ),
        (
            "pt",
            "Solicitamos os dados cadastrais da conta @rio_promo. O conteúdo será requisitado por meio de ordem "
            "judicial posterior.",
            {B},
        ),
        (
            "fr",
            "Veuillez communiquer l'identité du titulaire du compte @lyon_deals. Le contenu des messages fera "
            "l'objet d'une demande ultérieure.",
            {B},
        ),
        (
            "es",
            "Se solicitan todos los datos de la cuenta @madrid_gangas salvo el contenido de los mensajes, "
            "incluyendo los datos del titular y las direcciones IP de conexión.",
            {B, N},
        ),
    ],
)
def test_foreign_phrasing_read_right(language: str, text: str, expected: set[DataCategory]) -> None:
    categories, confidence = _read(text + "\n\nAtentamente", sender=SENDERS[language])
    assert categories == expected
    assert confidence >= 0.8


def test_negated_content_listed_after_including_stays_negated() -> None:
    # "Do not produce any content, including messages": the messages are content, still left out (or doubted).
    categories, confidence = _read(
        SUBPOENA + "the subscriber information for @front_range_flips. Do not produce any content, including "
        "messages." + SIGNATURE
    )
    assert categories == {B} or confidence < 0.8


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            SUBPOENA + "for @front_range_flips: subscriber information. (The request for IP logs in our draft has "
            "been removed.)" + SIGNATURE,
            {B},
        ),
        (
            ORDER + "The provider shall disclose for @front_range_flips: subscriber information and IP logs. Nothing "
            "in this order requires the disclosure of the contents of communications." + SIGNATURE,
            {B, N},
        ),
    ],
)
def test_removed_or_not_required_records_are_left_out(body: str, expected: set[DataCategory]) -> None:
    categories, confidence = _read(body)
    assert categories == expected
    assert confidence >= 0.8


@pytest.mark.parametrize(
    "body",
    [
        # A story told in the demand's paragraph: the suspect's messages are what happened, not what is asked.
        "Dallas Police Department\n\nAttached is a grand jury subpoena for records relating to @dfw_deals, namely "
        "the subscriber's name, address and telephone number. The suspect sent the victim several direct messages "
        "asking for money.\n\nDet. Sam Ortiz",
        # Two items joined by "and" before a negation: is the first one negated too?
        SUBPOENA + "subscriber information for @front_range_flips; IP logs and message content are outside the "
        "scope of this subpoena." + SIGNATURE,
    ],
)
def test_unclear_readings_are_doubted(body: str) -> None:
    categories, confidence = _read(
        body, sender="Det. Sam Ortiz <sortiz@dallaspolice.gov>" if "Dallas" in body else AUSA
    )
    assert categories == {B} or confidence < 0.8


def test_a_demand_naming_the_exchanged_messages_is_no_story() -> None:
    categories, confidence = _read(
        SUBPOENA + "on or before 10:00 a.m. on December 20, 2026, all direct messages exchanged between "
        "@front_range_flips and @mesa_deals, and the subscriber information of @front_range_flips." + SIGNATURE
    )
    assert categories == {B, S}
    assert confidence >= 0.8


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Content left out in the words of each language ("with the exception of", "apart from", "outside").
        (
            "it",
            "Si richiedono i dati anagrafici e i log di accesso dell'account @torino_offerte, con esclusione dei "
            "contenuti.",
            {B, N},
        ),
        (
            "es",
            "Se solicitan los datos del titular y las direcciones IP de acceso de la cuenta @madrid_gangas, con "
            "excepción del contenido.",
            {B, N},
        ),
        ("pt", "Requisitamos os dados cadastrais da conta @rio_promo, à exceção do conteúdo das mensagens.", {B}),
        (
            "it",
            "Si richiedono i dati anagrafici dell'account @torino_offerte, fatta eccezione per i contenuti delle chat.",
            {B},
        ),
        # "identité du titulaire" is the subscriber; "hors contenu" leaves the content out.
        (
            "fr",
            "Veuillez communiquer l'identité du titulaire et les journaux de connexion du compte @lyon_deals, hors "
            "contenu des échanges.",
            {B, N},
        ),
        # What the police already hold.
        (
            "fr",
            "Veuillez communiquer l'identité du titulaire du compte @lyon_deals. Les publications publiques ont déjà "
            "été captées par nos services.",
            {B},
        ),
    ],
)
def test_foreign_exclusions_read_right(language: str, text: str, expected: set[DataCategory]) -> None:
    categories, confidence = _read(text + "\n\nAtentamente", sender=SENDERS[language])
    assert categories == expected
    assert confidence >= 0.8


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Wir bitten um Herausgabe der Bestandsdaten zum Konto @muc_deals. Der Beschuldigte hat der Geschädigten "
            "Fotos und Nachrichten geschickt.",
        ),
        ("pt", "Requisitamos os dados cadastrais da conta @rio_promo, que publicou fotos da vítima."),
        (
            "it",
            "Si richiedono i dati anagrafici dell'intestatario dell'account @torino_offerte, che ha pubblicato foto.",
        ),
    ],
)
def test_a_foreign_story_is_doubted(language: str, text: str) -> None:
    categories, confidence = _read(text + "\n\nAtentamente", sender=SENDERS[language])
    assert categories == {B} or confidence < 0.8


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The heading is the cue; what is asked is the paragraph under it.
        (
            WARRANT + "For @front_range_flips: subscriber information and all stored content." + SIGNATURE,
            {B, S},
        ),
        (
            COURT + "SEARCH AND SEIZURE WARRANT\nCase No. 1:26-mj-00412\n\nATTACHMENT B\n\nFor @front_range_flips: all "
            "IP addresses used to access the account and the physical location associated with each login." + SIGNATURE,
            {N, L},
        ),
        # Media "whether public or private": the public ones and the stored ones.
        (
            WARRANT + "For @front_range_flips: all photos and videos uploaded to the account, whether public or "
            "private, and all direct messages." + SIGNATURE,
            {S, DataCategory.PUBLIC_CONTENT},
        ),
    ],
)
def test_a_heading_cue_reads_the_paragraph_under_it(body: str, expected: set[DataCategory]) -> None:
    categories, confidence = _read(body)
    assert categories == expected
    assert confidence >= 0.8

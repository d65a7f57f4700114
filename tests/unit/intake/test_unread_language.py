"""A demand written in a language intake does not read is held for a person (``unread_language``).
Each message is written for these tests."""

from __future__ import annotations

from services.intake.domain.extraction import DocumentText
from services.intake.domain.extraction.language import unread_language
from tests.unit.intake.extraction_helpers import read_mail

DUTCH = """Geachte heer, mevrouw,

In het kader van een strafrechtelijk onderzoek naar oplichting verzoekt de politie u om de
registratiegegevens en de IP-adressen van de inlogsessies van het account @grachten_deals te
verstrekken over de periode van 1 september 2026 tot en met 30 november 2026. Wij verzoeken u de
gebruiker niet te informeren over dit verzoek. Graag ontvangen wij uw antwoord binnen tien dagen.

Met vriendelijke groet,
Inspecteur J. de Vries
"""


def _held_for_language(reasons: tuple[str, ...]) -> bool:
    return any("a language intake does not read" in reason for reason in reasons)


def test_a_dutch_request_is_held_for_a_person() -> None:
    extraction = read_mail(DUTCH, sender="J. de Vries <j.devries@politie.nl>", date="Tue, 01 Dec 2026 10:00:00 +0100")
    assert _held_for_language(extraction.triage_reasons)
    assert any("Dutch" in reason for reason in extraction.triage_reasons)


def test_a_dutch_document_under_an_english_cover_mail_is_held() -> None:
    cover = "Dear Sir or Madam, please find attached our request regarding the account @grachten_deals. Regards."
    document = DocumentText("verzoek.pdf", DUTCH)
    extraction = read_mail(
        cover,
        sender="J. de Vries <j.devries@politie.nl>",
        date="Tue, 01 Dec 2026 10:00:00 +0100",
        documents=(document,),
    )
    assert _held_for_language(extraction.triage_reasons)


def test_the_six_languages_read_are_never_held_for_their_language() -> None:
    texts = [
        "Please produce the subscriber information and the login IP addresses for the account @x within 14 days.",
        "Wir bitten Sie, uns die Bestandsdaten und die IP-Adressen der Anmeldungen des Kontos innerhalb von zehn Tagen "
        "mitzuteilen. Bitte informieren Sie den Nutzer nicht über dieses Ersuchen.",
        "Se solicita la información de registro y las direcciones IP de conexión de la cuenta en un plazo de diez días. "
        "Le rogamos no informar al usuario de la presente solicitud.",
        "Nous vous prions de bien vouloir nous communiquer les données d'identification et les adresses IP de connexion "
        "du compte dans un délai de dix jours, sans en informer l'utilisateur.",
        "Solicitamos o fornecimento dos dados cadastrais e dos endereços IP de acesso da conta no prazo de dez dias, "
        "sem informar o usuário sobre este pedido.",
        "Si richiede di fornire i dati anagrafici e gli indirizzi IP di accesso dell'account entro dieci giorni, senza "
        "informare l'utente della presente richiesta.",
    ]
    assert [unread_language(text) for text in texts] == [None] * len(texts)


def test_a_short_text_is_not_judged() -> None:
    assert unread_language("Met vriendelijke groet, Jan") is None

"""Requests from foreign police, prosecutors and courts, in their own language: the kind of
process, the requester and its country, the data asked for, the gag request, the account and the
deadline, each read from the language's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shared.vocabulary import DataCategory, ProcessType, RequesterKind
from tests.unit.intake.extraction_helpers import read_mail

BSI, NON_CONTENT, CONTENT = (
    DataCategory.BASIC_SUBSCRIBER,
    DataCategory.NON_CONTENT_RECORDS,
    DataCategory.STORED_CONTENT,
)


@dataclass(frozen=True)
class Foreign:
    language: str
    sender: str
    body: str
    country: str
    categories: set[DataCategory]
    target: str
    return_by: str
    signer: str
    title: str


REQUESTS = [
    Foreign(
        "de",
        "Thomas Berger <t.berger@polizei.nrw.de>",
        """Landeskriminalamt Nordrhein-Westfalen
Dezernat 41 - Cybercrime

Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren wegen des Verdachts der Volksverhetzung (§ 130 StGB) bitten wir um Auskunft über
die Bestandsdaten (Name, Anschrift, E-Mail-Adresse, Telefonnummer) sowie die IP-Protokolle der letzten 30 Tage
zu dem Nutzerkonto https://x.com/rheinland_wut/ .

Wir bitten Sie, den Kontoinhaber nicht zu informieren, da dies den Ermittlungserfolg gefährden würde.

Bitte übermitteln Sie die Daten bis zum 18. Dezember 2026.

Mit freundlichen Grüßen

Thomas Berger
Kriminalhauptkommissar
""",
        "DE",
        {BSI, NON_CONTENT},
        "rheinland_wut",
        "2026-12-18",
        "Thomas Berger",
        "Kriminalhauptkommissar",
    ),
    Foreign(
        "es",
        "Carlos Ruiz <cruiz@policia.es>",
        """Policía Nacional
Unidad Central de Ciberdelincuencia

REQUERIMIENTO DE INFORMACIÓN

En el marco de las Diligencias Previas 1234/2026 del Juzgado de Instrucción n.º 5 de Madrid, se solicita a esa
compañía que facilite los datos del titular de la cuenta @barrio_sur_88 (nombre, dirección de correo electrónico,
número de teléfono), así como los registros de conexión (direcciones IP con fecha y hora).

Se ruega no informar al usuario de la presente solicitud.

La información deberá remitirse antes del 21 de diciembre de 2026.

Atentamente,

Inspector Jefe Carlos Ruiz Gómez
""",
        "ES",
        {BSI, NON_CONTENT},
        "barrio_sur_88",
        "2026-12-21",
        "Carlos Ruiz Gómez",
        "Inspector Jefe",
    ),
    Foreign(
        "fr",
        "Marie Laurent <marie.laurent@gendarmerie.interieur.gouv.fr>",
        """Gendarmerie nationale
Brigade de recherches de Lyon

RÉQUISITION JUDICIAIRE
(articles 60-1 et 77-1-1 du code de procédure pénale)

Nous, officier de police judiciaire, agissant en enquête préliminaire, requérons la société de nous communiquer
les données d'identification du titulaire du compte « lyon_nord_69 », les adresses IP de connexion ainsi que le
contenu des messages privés échangés depuis le 1er novembre 2026.

Nous vous prions de ne pas informer l'utilisateur de la présente réquisition.

Réponse attendue au plus tard le 15 décembre 2026.

Cordialement,
Marie Laurent
Adjudant-chef
""",
        "FR",
        {BSI, NON_CONTENT, CONTENT},
        "lyon_nord_69",
        "2026-12-15",
        "Marie Laurent",
        "Adjudant-chef",
    ),
    Foreign(
        "pt",
        "Paulo Souza <paulo.souza@policiacivil.sp.gov.br>",
        """POLÍCIA CIVIL DO ESTADO DE SÃO PAULO
Delegacia de Repressão a Crimes Cibernéticos

Ofício nº 452/2026 - DRCC

Nos autos do Inquérito Policial nº 1023/2026, requisito a Vossa Senhoria que forneça, no prazo de 10 (dez) dias,
os dados cadastrais (nome, e-mail, telefone) e os registros de acesso (IP, data, hora e porta lógica) do perfil
https://x.com/sampa_noticias_fake.

Solicito que o usuário não seja notificado sobre este ofício, em razão do sigilo das investigações.

Atenciosamente,

Dr. Paulo Henrique Souza
Delegado de Polícia
""",
        "BR",
        {BSI, NON_CONTENT},
        "sampa_noticias_fake",
        "2026-12-17",
        "Paulo Henrique Souza",  # the courtesy "Dr." is no part of the name
        "Delegado de Polícia",
    ),
    Foreign(
        "it",
        "Luca Bianchi <luca.bianchi@poliziadistato.it>",
        """Polizia Postale e delle Comunicazioni
Compartimento per la Lombardia

Oggetto: richiesta di dati – procedimento penale n. 5678/26 R.G.N.R.

Nell'ambito delle indagini preliminari delegate dalla Procura della Repubblica presso il Tribunale di Milano,
si richiede di fornire i dati anagrafici dell'intestatario dell'account @milano_truffe, gli indirizzi IP di
accesso e i log di connessione, entro il 20 dicembre 2026.

Si prega di non informare l'utente della presente richiesta.

Distinti saluti
Ispettore Superiore Luca Bianchi
""",
        "IT",
        {BSI, NON_CONTENT},
        "milano_truffe",
        "2026-12-20",
        "Luca Bianchi",
        "Ispettore Superiore",
    ),
]


@pytest.mark.parametrize("request_", REQUESTS, ids=[r.language for r in REQUESTS])
def test_a_foreign_request_is_read_in_its_own_language(request_: Foreign) -> None:
    extraction = read_mail(request_.body, sender=request_.sender)
    case = extraction.case
    assert case.process_type is ProcessType.FOREIGN_REQUEST
    assert case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert case.requester.country == request_.country
    assert set(case.data_categories) == request_.categories
    assert case.targets == [request_.target]
    assert case.nondisclosure.present and case.nondisclosure.kind is not None
    assert case.nondisclosure.kind.value == "LETTER_REQUEST"
    assert case.return_by is not None and case.return_by.date().isoformat() == request_.return_by
    assert (case.requester.signer, case.requester.signer_title) == (request_.signer, request_.title)
    assert case.mechanism is not None and case.mechanism.value == "NONE"
    assert extraction.evidence["language"].value == request_.language
    assert not extraction.triage, [r.text for r in extraction.triage]


def test_a_foreign_gag_is_not_read_where_the_text_says_the_user_may_be_told() -> None:
    body = REQUESTS[0].body.replace(
        "Wir bitten Sie, den Kontoinhaber nicht zu informieren, da dies den Ermittlungserfolg gefährden würde.",
        "Eine Benachrichtigung des Kontoinhabers ist zulässig.",
    )
    assert not read_mail(body, sender=REQUESTS[0].sender).case.nondisclosure.present


def test_a_date_range_in_german_is_not_a_deadline() -> None:
    body = REQUESTS[0].body.replace(
        "Bitte übermitteln Sie die Daten bis zum 18. Dezember 2026.",
        "Benötigt werden die Daten vom 1. Oktober 2026 bis zum 30. November 2026.",
    )
    assert read_mail(body, sender=REQUESTS[0].sender).case.return_by is None

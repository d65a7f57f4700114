"""Conventions of the e-mail extraction: a case number is the identifier without its label, and a foreign
request's statute is the procedural law it cites as written (an offence it investigates is not)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from services.intake.domain.authenticity import AuthResult
from services.intake.domain.extraction import Extraction, extract_case
from services.intake.domain.extraction.foreign_statute import as_written, foreign_authority
from services.intake.domain.message import parse_message
from shared.vocabulary import DataCategory, NondisclosureKind, ProcessType
from tests.unit.intake.extraction_helpers import RECEIVED, REGISTRY, read_mail


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Re: Administrative Subpoena No. KX-2027-118", "KX-2027-118"),
        ("Search Warrant No. 27-SW-5521 (attached)", "27-SW-5521"),
        ("DEA Subpoena Number: RD-27-0093", "RD-27-0093"),
    ],
)
def test_a_case_number_is_recorded_without_its_label(line: str, number: str) -> None:
    body = f"""{line}

Please produce the subscriber name and e-mail address for the account "quarry_fox_12" within 14 days.

Det. Lena Marsh
Harbor City Police Department
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>").case
    assert case.case_number == number


@pytest.mark.parametrize(
    ("text", "statute"),
    [
        (
            "réquisition prise en application de l'article 60-2 du code de procédure pénale",
            "article 60-2 du code de procédure pénale",
        ),
        ("ARTICLES 60-1 ET 99-3 DU CODE DE PROCÉDURE PÉNALE", "ARTICLES 60-1 ET 99-3 DU CODE DE PROCÉDURE PÉNALE"),
        ("gemäß §§ 100j, 101a StPO bitten wir um Auskunft", "§§ 100j, 101a StPO"),
        ("ai sensi dell'art. 132 del codice di procedura penale", "art. 132 del codice di procedura penale"),
        ("nos termos do art. 15 da Lei nº 12.965/2014 (Marco Civil)", "art. 15 da Lei nº 12.965/2014"),
        ("this notice u/s 179 BNSS requires", "Section 179 BNSS"),
        ("an order under section 487.0192 of the Criminal Code", "section 487.0192 of the Criminal Code"),
        (
            "con fundamento en los artículos 251 y 252 del Código Nacional de Procedimientos Penales",
            "Código Nacional de Procedimientos Penales, arts. 251 y 252",
        ),
    ],
)
def test_a_foreign_request_s_procedural_law_is_read_as_written(text: str, statute: str) -> None:
    found = foreign_authority(text)
    assert found is not None and as_written(found) == statute


@pytest.mark.parametrize(
    "text",
    [
        "wegen Nachstellung (§ 238 StGB) ermitteln wir",
        "per il reato di truffa (art. 640 c.p.) si chiede",
        "an offence under the Criminal Code Act 1995 (Cth), s 474.17",
        "uttering threats contrary to section 264.1 of the Criminal Code",
    ],
)
def test_an_offence_under_investigation_is_not_a_foreign_request_s_statute(text: str) -> None:
    assert foreign_authority(text) is None


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("Our unit is investigating a ring of counterfeit pharmacy sellers.", "a ring of counterfeit pharmacy sellers"),
        (
            "We are currently investigating threats made against a school board member.",
            "threats made against a school board member",
        ),
        (
            "The Bureau believes a person engaged in practices prohibited by the Act in connection with\n"
            "the resale of concert passes that were never delivered.",
            "the resale of concert passes that were never delivered",
        ),
        (
            "in connection\nwith an\ninquiry relating to the theft of catalytic converters (Case 27-118).",
            "the theft of catalytic converters",
        ),
    ],
)
def test_a_stated_purpose_is_read_however_the_letter_phrases_it(sentence: str, purpose: str) -> None:
    body = f"""{sentence}

Please provide the subscriber name and e-mail address for the account "quarry_fox_12".

Det. Lena Marsh
Harbor City Police Department
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>").case
    assert case.stated_purpose is not None and purpose in " ".join(case.stated_purpose.split())


@pytest.mark.parametrize(
    ("signature", "name", "title"),
    [
        ("Marcus Oyelaran-Pike, Attorney for Plaintiff", "Marcus Oyelaran-Pike", "Attorney for Plaintiff"),
        ("Det. Rosalind Achterberg #4410\nHarbor City Police Department", "Rosalind Achterberg", "Detective"),
        (
            "Regards,\nDC 4471NW Tobias Ferreira-Lund\nDetective Constable\nNorth West Fraud Unit",
            "Tobias Ferreira-Lund",
            "Detective Constable",
        ),
        (
            "Issued this 3rd day of May, 2027.\nSenior Assistant Attorney General Wilhelmina Osei",
            "Wilhelmina Osei",
            "Senior Assistant Attorney General",
        ),
        (
            "Sincerely,\nSTATE OF VERMONT - OFFICE OF THE ATTORNEY GENERAL\nJ. Harcastle-Mbeki\nAssistant Attorney General",
            "J. Harcastle-Mbeki",
            "Assistant Attorney General",
        ),
    ],
)
def test_a_signature_block_names_its_signer(signature: str, name: str, title: str) -> None:
    body = f"""Please provide the subscriber name and e-mail address for the account "quarry_fox_12" by May 20, 2027.

{signature}
"""
    case = read_mail(body, sender="Records Desk <records@harborcity.gov>").case
    assert (case.requester.signer, case.requester.signer_title) == (name, title)


@pytest.mark.parametrize(
    ("caption", "court"),
    [
        (
            "UNITED STATES DISTRICT COURT\nfor the\nWestern District of Oklahoma",
            "United States District Court for the Western District of Oklahoma",
        ),
        (
            "issued by the United States District Court for\nthe District of Vermont, to produce",
            "United States District Court for the District of Vermont",
        ),
        ("IN THE LAKE COUNTY MUNICIPAL COURT, PAINESVILLE, OHIO", "Lake County Municipal Court"),
        ("SUPERIOR COURT OF ARIZONA, CRIMINAL DIVISION", "Superior Court of Arizona"),
        ("STATE OF OHIO, SUMMIT COUNTY\nCOURT OF COMMON PLEAS", "Court of Common Pleas, Summit County"),
        ("DISTRICT COURT, WASHOE COUNTY, NEVADA", "District Court, Washoe County, Nevada"),
    ],
)
def test_a_court_s_name_keeps_its_district_or_county_and_drops_its_address(caption: str, court: str) -> None:
    body = f"""{caption}

SEARCH WARRANT

You are commanded to produce the subscriber name and e-mail address for the account "quarry_fox_12".

Det. Lena Marsh
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>").case
    assert case.issuing_court == court


@pytest.mark.parametrize(
    ("signature", "name", "title"),
    [
        (
            "Saludos cordiales,\nLic. Rodrigo Ibarra Solís\nAgente del Ministerio Público",
            "Rodrigo Ibarra Solís",
            "Agente del Ministerio Público",
        ),
        (
            "Distinti saluti.\n\nIl Vice Questore\nDott. Matteo Sangiorgi-Valli",
            "Matteo Sangiorgi-Valli",
            "Vice Questore",
        ),
        (
            "Belo Horizonte, 3 de maio de 2027.\nDra. Luíza Paranhos Teles - Juiz de Direito",
            "Luíza Paranhos Teles",
            "Juiz de Direito",
        ),
        ("Il Pubblico Ministero - Ottavio Carrer-Bassi", "Ottavio Carrer-Bassi", "Pubblico Ministero"),
        (
            "Yours faithfully,\n(Rajendra P. Kulkarni)\nPolice Inspector, Cyber Crime PS, Pune",
            "Rajendra P. Kulkarni",
            "Police Inspector",
        ),
        ("DS Callum Rennie-Boyd\nMajor Investigation Team", "Callum Rennie-Boyd", "Detective Sergeant"),
        ("Cne Élodie Marchetti-Roux\nSection opérationnelle", "Élodie Marchetti-Roux", "Capitaine de police"),
    ],
)
def test_a_foreign_signature_block_names_its_signer(signature: str, name: str, title: str) -> None:
    body = f"""Please provide the subscriber name and e-mail address for the account "quarry_fox_12" by May 20, 2027.

{signature}
"""
    case = read_mail(body, sender="Desk <desk@policia.example.org>").case
    assert (case.requester.signer, case.requester.signer_title) == (name, title)


@pytest.mark.parametrize(
    ("subject", "line", "number"),
    [
        ("Preservation request - HCPD Case 27-004512", "", "27-004512"),
        ("Consumer inquiry - Ref. 2027-CPD-0193", "", "2027-CPD-0193"),
        ("Data request - GMP-20270311-0097", "", "GMP-20270311-0097"),
        ("Request", "SEARCH WARRANT (Penal Code § 1524) Warrant No.\n27-HC-SW-0412", "27-HC-SW-0412"),
        ("Request", "SUBPOENA DUCES TECUM FOR THE GRAND JURY, GJ 2027-0311", "GJ 2027-0311"),
        ("Beschluss", "AMTSGERICHT BONN - BESCHLUSS\n61 Gs 1187/27 - In dem Ermittlungsverfahren", "61 Gs 1187/27"),
    ],
)
def test_a_case_number_is_found_in_the_subject_or_unlabelled_formats(subject: str, line: str, number: str) -> None:
    body = f"""{line}

Please produce the subscriber name and e-mail address for the account "quarry_fox_12".

Det. Lena Marsh
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>", subject=subject).case
    assert case.case_number == number


@pytest.mark.parametrize(
    ("signature", "name", "title"),
    [
        (
            "Requesting officer: SA Priscilla Vantongeren, (602) 555-0144 (cell, 24/7)",
            "Priscilla Vantongeren",
            "Special Agent",
        ),
        ("Officer: Inspector Torvald Maguire, Control Room, 0161 555 0101 (24hr)", "Torvald Maguire", "Inspector"),
        (
            "Respectfully,\nLt. Odessa Vanterpool\nMarion County Sheriff's Office - Vice Unit",
            "Odessa Vanterpool",
            "Lieutenant",
        ),
        ("thanks\nOfc Marco Quintanilla-Reyes", "Marco Quintanilla-Reyes", "Officer"),
    ],
)
def test_a_signer_s_rank_is_read_from_the_name_not_from_the_office_or_phone(
    signature: str, name: str, title: str
) -> None:
    body = f"""Please provide the subscriber name and e-mail address for the account "quarry_fox_12" by May 20, 2027.

{signature}
"""
    case = read_mail(body, sender="Desk <desk@harborcity.gov>").case
    assert (case.requester.signer, case.requester.signer_title) == (name, title)


def test_a_letter_ending_in_a_bare_name_is_signed_by_it() -> None:
    body = """Please produce documents sufficient to show the subscriber name of the account "quarry_fox_12".

Place: Hale & Ostrander LLP, 40 Main Street, Burlington, VT 05401

Imogen Ostrander-Kealy
Hale & Ostrander LLP, counsel for Plaintiff
"""
    case = read_mail(body, sender="Imogen <io@haleostrander-law.com>").case
    assert case.requester.signer == "Imogen Ostrander-Kealy"


def _html_mail(sender: str, html: str) -> Extraction:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "legal@platform.example"
    message["Subject"] = "Request"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0100"
    message["Message-ID"] = "<table@test>"
    message.set_content("See the HTML part.")
    message.add_alternative(html, subtype="html")
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    return extract_case(
        parse_message(bytes(message)),
        documents=(),
        auth_results=[AuthResult("dkim", "pass", domain, "test")],
        registry=REGISTRY,
        received_at=RECEIVED,
    )


_ROWS = {
    "es": (
        "Datos solicitados",
        "Datos del titular (nombre, correo electrónico, teléfono) y direcciones IP de acceso",
        "Plazo de respuesta",
        "15/03/2027",
    ),
    "de": (
        "Angeforderte Daten",
        "Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer) und IP-Adressen der Anmeldungen",
        "Antwort bis",
        "15.03.2027",
    ),
    "fr": (
        "Données demandées",
        "identité du titulaire (nom, adresse e-mail, numéro de téléphone) et adresses IP de connexion",
        "Date limite",
        "15/03/2027",
    ),
    "it": (
        "Dati richiesti",
        "dati anagrafici dell'intestatario (nome, indirizzo e-mail, numero di telefono) e indirizzi IP di accesso",
        "Termine di risposta",
        "15/03/2027",
    ),
    "pt": (
        "Dados solicitados",
        "dados cadastrais do titular (nome, e-mail, telefone) e endereços IP de acesso",
        "Prazo de resposta",
        "15/03/2027",
    ),
}


_INTRO = {
    "es": "Solicitud de datos en el marco de una investigación penal por estafa informática.",
    "de": "Auskunftsersuchen im Rahmen eines Ermittlungsverfahrens wegen Betrugs im Internet.",
    "fr": "Réquisition dans le cadre d'une enquête pénale pour escroquerie en ligne.",
    "it": "Richiesta di dati nell'ambito di un procedimento penale per truffa online.",
    "pt": "Requisição de dados no âmbito de inquérito policial por estelionato virtual.",
}


@pytest.mark.parametrize("language", sorted(_ROWS))
def test_a_foreign_html_table_s_labels_are_read(language: str) -> None:
    data_label, data, due_label, due = _ROWS[language]
    html = f"""<html><body><p>{_INTRO[language]}</p><table>
<tr><td>Account</td><td>@alpen_sol_09</td></tr>
<tr><td>{data_label}</td><td>{data}</td></tr>
<tr><td>{due_label}</td><td>{due}</td></tr>
</table></body></html>"""
    case = _html_mail("Desk <desk@polizia.example.org>", html).case
    assert DataCategory.BASIC_SUBSCRIBER in case.data_categories
    assert DataCategory.STORED_CONTENT not in case.data_categories
    assert case.return_by is not None and case.return_by.date().isoformat() == "2027-03-15"


def test_documents_sufficient_to_identify_a_user_are_basic_subscriber_information_only() -> None:
    body = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF MARIN
SUBPOENA FOR PRODUCTION OF BUSINESS RECORDS
You are ordered to produce documents sufficient to identify the user of the account "dune_walker_88".

Dana Whitcombe, Attorney for Plaintiff
"""
    case = read_mail(body, sender="Dana Whitcombe <dw@harlow-law.com>").case
    assert case.data_categories == [DataCategory.BASIC_SUBSCRIBER]


@pytest.mark.parametrize(
    ("plea", "present"),
    [
        ("We would ask that the account holder not be notified while our inquiries continue.", True),
        ("We respectfully ask that you postpone any notification to the user for 60 days.", True),
        ("Kindly hold off on notifying the customer until we contact you again.", True),
        ("You are free to tell the user about this letter.", False),
    ],
)
def test_a_letter_s_plea_not_to_tell_the_user_is_a_letter_request(plea: str, present: bool) -> None:
    body = f"""Harbor City Police Department
We request the subscriber name and e-mail address for the account "quarry_fox_12" by May 20, 2027.
{plea}

Det. Lena Marsh
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>").case
    assert case.nondisclosure.present is present
    assert case.nondisclosure.kind == (NondisclosureKind.LETTER_REQUEST if present else None)


def test_a_reply_s_own_narrowed_demand_wins_over_the_quoted_earlier_one() -> None:
    body = """Following our call we have narrowed the subpoena. Please treat this e-mail as service of the amended
subpoena duces tecum (Fed. R. Civ. P. 45) in Marlow v. Doe, No. 1:26-cv-04410, returnable January 18, 2027:
Records requested: documents sufficient to show the subscriber name and e-mail address of the account
"quarry_fox_12". We withdraw the request for private messages.

Regards,
Imogen Ostrander-Kealy | Associate

On Mon, Dec 7, 2026 at 10:00 AM Legal <legal@platform.example> wrote:
> We object to Request No. 3 (all private messages and photos of the account) under the Stored
> Communications Act.
"""
    case = read_mail(body, sender="Imogen <io@haleostrander-law.com>", subject="Re: Subpoena").case
    assert case.data_categories == [DataCategory.BASIC_SUBSCRIBER]
    assert case.return_by is not None and case.return_by.date().isoformat() == "2027-01-18"


def test_a_reply_that_names_no_data_itself_keeps_the_quoted_demand() -> None:
    body = """Please extend the preservation below for another 90 days.

Thanks,
SA Priscilla Vantongeren

On Mon, Sep 7, 2026 at 10:00 AM Priscilla <pv@hsi.dhs.gov> wrote:
> Pursuant to 18 U.S.C. 2703(f), please preserve all records and content, including private messages,
> of the account "quarry_fox_12".
"""
    case = read_mail(body, sender="Priscilla <pv@hsi.dhs.gov>", subject="Re: Preservation").case
    assert DataCategory.STORED_CONTENT in case.data_categories


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        (
            "Commonwealth of Massachusetts\nOffice of the Norfolk District Attorney",
            "Office of the Norfolk District Attorney",
        ),
        ("STATE OF VERMONT - DEPARTMENT OF PUBLIC SAFETY", "Vermont Department of Public Safety"),
        ("STATE OF NORTH DAKOTA - OFFICE OF ATTORNEY GENERAL", "North Dakota Office of Attorney General"),
    ],
)
def test_a_state_letterhead_names_the_body_not_the_sovereign(letterhead: str, name: str) -> None:
    body = f"""{letterhead}

ADMINISTRATIVE SUBPOENA
Please produce the subscriber name and e-mail address for the account "quarry_fox_12" by May 20, 2027.

Det. Lena Marsh
"""
    case = read_mail(body, sender="Lena <lm@example.org>").case
    assert case.requester.name == name


def test_an_all_caps_judge_s_first_name_is_not_read_as_a_rank() -> None:
    body = """UNITED STATES DISTRICT COURT for the District of Oregon
ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE
It is ORDERED that Dueprocess Platform, Inc. install a pen register on the account "quarry_fox_12".

Dated: May 3, 2027.
CLARA J. WESTBROOK-ODUYA, United States Magistrate Judge
"""
    case = read_mail(body, sender="Clerk <clerk@ord.uscourts.gov>").case
    assert case.requester.signer == "CLARA J. WESTBROOK-ODUYA"
    assert case.requester.signer_title == "United States Magistrate Judge"


def test_a_reporter_s_questions_about_gag_orders_are_not_legal_process() -> None:
    body = """Hello,

I'm a freelance journalist covering privacy. I'm working on a feature about how platforms answer
emergency disclosure requests and whether gag orders under 18 U.S.C. 2705(b) are ever lifted.

1. How many emergency requests did you receive last year?
2. How many national security letters came with a nondisclosure requirement?

Glad to talk on background before Thursday.

Best,
Ottilie Marsh-Varga
"""
    extraction = read_mail(body, sender="Ottilie <ottilie@newsdesk.example>")
    assert "NOT_LEGAL_PROCESS" in [reason.held_code for reason in extraction.triage]
    assert extraction.case.nondisclosure.present is False
    assert extraction.case.emergency is None


def test_a_user_s_counsel_asking_the_platform_to_wait_is_not_legal_process() -> None:
    body = """Dear Legal Team,

Our office represents the account holder of "quarry_fox_12", who was notified of a grand jury subpoena
(No. 27-0311). Our client will contest the subpoena; please pause any production pending the ruling.

Marisol Edeh-Lindqvist
Staff Attorney, Digital Rights Project
"""
    extraction = read_mail(body, sender="Marisol <me@digitalrights.example>")
    assert "NOT_LEGAL_PROCESS" in [reason.held_code for reason in extraction.triage]
    assert extraction.case.targets == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ('records for the account "quarry_fox_12", 03/01/2027 to date.', "2027-03-01", None),
        ('IP logs of the account "quarry_fox_12" from 15.02.2027 till date.', "2027-02-15", None),
        (
            'datos de la cuenta "quarry_fox_12" desde el 3 de enero de 2027 hasta el 9 de marzo de 2027.',
            "2027-01-03",
            "2027-03-09",
        ),
    ],
)
def test_a_date_range_is_read_however_it_is_bounded(line: str, start: str, end: str | None) -> None:
    body = f"""Please provide the subscriber name, e-mail address and login IP addresses:
{line}

Det. Lena Marsh
"""
    case = read_mail(body, sender="Lena Marsh <lmarsh@harborcity.gov>").case
    assert case.date_range is not None
    assert case.date_range.start.isoformat() == start
    assert (case.date_range.end.isoformat() if case.date_range.end else None) == end


@pytest.mark.parametrize(
    ("text", "narrative"),
    [
        (
            "Polizeipräsidium München\nLEBENSGEFAHR - EILT\nDer Nutzer des Kontos quarry_fox_12 hat angekündigt, sich heute Nacht umzubringen.\n"
            "Wir bitten um Übermittlung der Bestandsdaten und der letzten IP-Adressen.",
            "sich heute Nacht umzubringen",
        ),
        (
            "Gendarmerie nationale - Brigade de recherches de Lyon\nURGENCE VITALE\nCirconstances : l'utilisateur du compte quarry_fox_12 menace de tuer son ancienne compagne ce soir.\n\n"
            "Merci de nous communiquer les données d'identification.",
            "menace de tuer son ancienne compagne",
        ),
    ],
)
def test_a_foreign_request_that_says_a_life_is_at_risk_carries_its_emergency(text: str, narrative: str) -> None:
    case = read_mail(text, sender="Lage <lage@polizei.example.de>").case
    assert case.process_type is ProcessType.FOREIGN_REQUEST
    assert case.emergency is not None and narrative in case.emergency.narrative


def test_an_ordinary_foreign_request_has_no_emergency() -> None:
    body = """Auskunftsersuchen im Ermittlungsverfahren wegen Betrugs.
Wir bitten um Übermittlung der Bestandsdaten des Kontos quarry_fox_12 bis zum 15.03.2027.

Mit freundlichen Grüßen
KHK Jonas Weber
"""
    case = read_mail(body, sender="Jonas Weber <j.weber@polizei.bayern.de>").case
    assert case.emergency is None


def test_an_informal_ask_who_runs_an_account_is_for_basic_subscriber_information() -> None:
    body = """Hello,

Residents keep reporting the account quarry_fox_12 for harassment. Is there any way you could tell us who
operates it? We have no court order yet.

Ofc. Dana Pruitt
Harbor City Police Department
"""
    case = read_mail(body, sender="Dana Pruitt <dpruitt@harborcity.gov>").case
    assert case.data_categories == [DataCategory.BASIC_SUBSCRIBER]


def test_a_spanish_officer_s_first_person_request_demands_the_registration_data() -> None:
    body = """SECRETARÍA DE SEGURIDAD PÚBLICA DEL ESTADO DE JALISCO
Unidad de Policía Cibernética

Por medio del presente solicito que se proporcionen los datos de registro (nombre de usuario, teléfono)
de la cuenta quarry_fox_12, a más tardar el 15 de marzo de 2027.

Atentamente
Suboficial Rosa Iturbide Campos
"""
    case = read_mail(body, sender="Rosa <rosa.iturbide@ssp.example.mx>").case
    assert DataCategory.BASIC_SUBSCRIBER in case.data_categories
    assert DataCategory.STORED_CONTENT not in case.data_categories


def test_an_emergency_narrative_includes_a_person_gone_missing() -> None:
    body = """EMERGENCY DISCLOSURE REQUEST (18 U.S.C. 2702(b)(8))
A 15-year-old boy has been missing since last night after meeting the user of the account quarry_fox_12.
Please provide the subscriber information and the most recent login IP addresses.

Dep. Ruth Calloway
Harbor County Sheriff's Office
"""
    case = read_mail(body, sender="Ruth Calloway <rcalloway@harborcounty.gov>").case
    assert case.emergency is not None and "15-year-old boy has been missing" in case.emergency.narrative


@pytest.mark.parametrize(
    ("header", "number"),
    [
        ("Ofício nº 118/2027 - Autos nº 0012345-67.2027.8.13.0024", "0012345-67.2027.8.13.0024"),
        ("Ofício nº 52/2027 - 2ª DP\nInquérito Policial nº 2027.000311", "2027.000311"),
    ],
)
def test_a_proceeding_s_number_wins_over_the_letter_s_own_number(header: str, number: str) -> None:
    body = f"""POLÍCIA CIVIL DO ESTADO DE MINAS GERAIS
{header}

Solicito o fornecimento dos dados cadastrais do perfil @quarry_fox_12 no prazo de 5 dias.

Dra. Luíza Paranhos Teles
Delegada de Polícia
"""
    case = read_mail(body, sender="Luíza <luiza@policiacivil.example.br>").case
    assert case.case_number == number

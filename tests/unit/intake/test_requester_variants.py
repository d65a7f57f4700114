"""The requester (its kind, its country, whether it is verified) in the ways people really send legal process:
a U.S. agency relaying a foreign authority's request, a government agent forwarding another country's
request, a sender naming both, and forwards written by mail clients in the other five languages."""

from __future__ import annotations

from services.intake.domain.extraction import Extraction
from services.intake.domain.extraction.build import CONFIDENT
from services.intake.domain.extraction.corpus import Evidence
from shared.vocabulary import RequesterKind
from tests.unit.intake.extraction_helpers import read_mail


def _kind(extraction: Extraction) -> Evidence:
    return extraction.evidence["requester.kind"]


def test_a_us_agency_relaying_a_foreign_request_from_its_own_domain_is_the_requester() -> None:
    extraction = read_mail(
        "Federal Bureau of Investigation\nLegal Attaché Office, London\n\n"
        "On behalf of the National Crime Agency (United Kingdom), the FBI asks for the emergency disclosure of "
        "the subscriber information and recent IP addresses of @uk_threat, who has threatened a school in "
        "Manchester, United Kingdom, under 18 U.S.C. 2702(b)(8).\n\nSA Dana Holt, Assistant Legal Attaché\n",
        sender="SA Dana Holt <dholt@fbi.gov>",
    )
    assert extraction.case.requester.kind is RequesterKind.FEDERAL
    assert extraction.case.requester.country == "US"
    assert extraction.case.requester.verified is True


def test_an_agency_attache_relaying_a_foreign_prosecutor_stays_the_us_requester() -> None:
    extraction = read_mail(
        "U.S. Immigration and Customs Enforcement\nHomeland Security Investigations, Attaché Mexico City\n\n"
        "At the request of the Fiscalía General de la República (Mexico), HSI asks you to preserve the account "
        "@cdmx_trafico for 90 days under 18 U.S.C. 2703(f).\n\nSA Rosa Vega\n",
        sender="SA Rosa Vega <rosa.vega@ice.dhs.gov>",
    )
    assert extraction.case.requester.kind is RequesterKind.FEDERAL
    assert extraction.case.requester.country == "US"


def test_another_countrys_request_forwarded_by_a_us_agent_is_neither_verified_nor_confident() -> None:
    extraction = read_mail(
        "Forwarding our Met colleagues' request; they asked us to pass it to you.\n\n"
        "---------- Forwarded message ---------\nFrom: DS Mark Evans <mark.evans@met.police.uk>\n"
        "Date: Fri, Dec 4, 2026\nSubject: urgent\nTo: Lin Chu <lchu@fbi.gov>\n\n"
        "Metropolitan Police Service\nPlease disclose the subscriber details of @uk_threat urgently; threat to life.\n"
        "DS Mark Evans\n",
        sender="SA Lin Chu <lchu@fbi.gov>",
    )
    # Verified as the FBI, but the requester read is the Met: whichever asks, the FBI's DKIM does not verify it.
    assert extraction.case.requester.verified is False
    assert _kind(extraction).confidence < CONFIDENT
    assert extraction.needs_triage


def test_a_free_mail_sender_naming_a_us_agency_and_a_foreign_police_force_is_for_a_person() -> None:
    extraction = read_mail(
        "To: Federal Bureau of Investigation, Legal Attaché Madrid\n"
        "From: Policía Nacional, Unidad Central de Ciberdelincuencia, Madrid, España\n\n"
        "We request the subscriber information and IP logs of the account @madrid_estafa from 1 September 2026 "
        "to 30 November 2026 for a fraud investigation.\n\nInspector Raúl Soto\n",
        sender="Insp. Raúl Soto <raulsoto.policia@gmail.com>",
    )
    assert _kind(extraction).confidence < CONFIDENT
    assert extraction.case.requester.verified is False


def _forward(mark: str, headers: str, demand: str, note: str = "Bitte übernehmen.") -> str:
    return f"{note}\n\n{mark}\n{headers}\n\n{demand}"


def test_a_german_forward_reads_its_original_sender_and_country() -> None:
    extraction = read_mail(
        _forward(
            "-------- Weitergeleitete Nachricht --------",
            "Von: BezInsp Karl Gruber <karl.gruber@polizei.gv.at>\nDatum: 07.12.2026 08:10\n"
            "Betreff: Auskunftsersuchen\nAn: kontakt@platform.de",
            "Landespolizeidirektion Wien\nLandeskriminalamt Wien, Ermittlungsbereich Cybercrime\n\n"
            "Im Ermittlungsverfahren wegen Betrugs ersuchen wir um Auskunft über die Bestandsdaten und "
            "IP-Adressen des Kontos @wien_betrug im Zeitraum 01.09.2026 bis 30.11.2026.\n\nBezInsp Karl Gruber\n",
        ),
        sender="Lena Maier <lena.maier@platform.de>",
    )
    assert extraction.forwarded
    assert extraction.evidence["requester.email"].value == "karl.gruber@polizei.gv.at"
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "AT"  # not the forwarding subsidiary's DE
    assert extraction.case.requester.verified is False


def test_a_lawyers_request_forwarded_by_the_platforms_own_staff_is_not_verified() -> None:
    extraction = read_mail(
        _forward(
            "-------- Weitergeleitete Nachricht --------",
            "Von: RA Max Weber <weber@weber-legal.de>\nDatum: 07.12.2026 08:10\nBetreff: Auskunftsersuchen\n"
            "An: presse@platform.example",
            "Sehr geehrte Damen und Herren,\n\nnamens unserer Mandantin ersuchen wir um Auskunft über Name und "
            "Anschrift des Nutzers des Kontos @koeln_troll.\n\nMax Weber, Rechtsanwalt\nWeber Legal Rechtsanwälte\n",
            "Zur Bearbeitung.",
        ),
        sender="Lena Maier <lena.maier@platform.example>",
    )
    # Before, the forward's "Von:" was not read: the staff member's own DKIM verified the lawyer.
    assert extraction.evidence["requester.email"].value == "weber@weber-legal.de"
    assert extraction.case.requester.verified is False


def test_forwards_in_french_spanish_italian_and_portuguese_name_the_original_sender() -> None:
    cases = [
        (
            "-------- Message transféré --------",
            "De : Capitaine Julie Morel <julie.morel@gendarmerie.interieur.gouv.fr>\nDate : 7 décembre 2026 08:10\n"
            "Objet : Réquisition\nÀ : contact@platform.fr",
            "Gendarmerie nationale\nBrigade de recherches de Lyon\n\nRéquisition judiciaire (article 77-1-1 du Code "
            "de procédure pénale) : communiquer les données d'identification du compte @lyon_arnaque.\n",
            "claire.petit@platform.fr",
            "julie.morel@gendarmerie.interieur.gouv.fr",
            "FR",
        ),
        (
            "---------- Mensaje reenviado ---------",
            "De: Agente Luis Ramos <luis.ramos@fgr.org.mx>\nFecha: lun, 7 dic 2026 a las 8:10\n"
            "Asunto: Solicitud de información\nPara: <soporte@platform.es>",
            "Fiscalía General de la República\nAgencia de Investigación Criminal\n\nSe solicitan los datos de "
            "registro y las direcciones IP de la cuenta @cdmx_fraude.\n\nAgente Luis Ramos\n",
            "ana.gil@platform.es",
            "luis.ramos@fgr.org.mx",
            "MX",
        ),
        (
            "---------- Messaggio inoltrato ---------",
            "Da: Mar. Luca Bianchi <luca.bianchi@carabinieri.it>\nData: lun 7 dic 2026 alle ore 08:10\n"
            "Oggetto: Richiesta dati\nA: <info@platform.example>",
            "Comando Provinciale Carabinieri di Bologna\nNucleo Investigativo\n\nSi richiedono i dati anagrafici e i "
            "log di accesso dell'account @bologna_truffa dal 01/07/2026 al 31/10/2026.\n\nMar. Luca Bianchi\n",
            "giulia.neri@platform.example",
            "luca.bianchi@carabinieri.it",
            "IT",
        ),
        (
            "Início da mensagem reencaminhada:",
            "De: Inspetor Carlos Mendes <carlos.mendes@pj.pt>\nData: 7 de dezembro de 2026 08:10\n"
            "Assunto: Pedido\nPara: <contacto@platform.pt>",
            "Polícia Judiciária\nUnidade Nacional de Combate ao Cibercrime\n\nSolicita-se o envio dos dados de "
            "registo e endereços IP da conta @lisboa_burla.\n\nInspetor Carlos Mendes\n",
            "rui.costa@platform.pt",
            "carlos.mendes@pj.pt",
            "PT",
        ),
    ]
    for mark, headers, demand, forwarder, original, country in cases:
        extraction = read_mail(_forward(mark, headers, demand, "Pour traitement."), sender=forwarder)
        assert extraction.forwarded, mark
        assert extraction.evidence["requester.email"].value == original, mark
        assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT, mark
        assert extraction.case.requester.country == country, mark
        assert extraction.case.requester.verified is False, mark


def test_a_forward_within_one_police_force_in_italian_is_verified_by_the_forwarder() -> None:
    extraction = read_mail(
        _forward(
            "---------- Messaggio inoltrato ---------",
            "Da: Mar. Luca Bianchi <luca.bianchi@carabinieri.it>\nData: lun 7 dic 2026 alle ore 08:10\n"
            "Oggetto: Richiesta dati\nA: Anna Rossi <anna.rossi@carabinieri.it>",
            "Comando Provinciale Carabinieri di Bologna\nNucleo Investigativo\n\nSi richiedono i dati anagrafici e i "
            "log di accesso dell'account @bologna_truffa dal 01/07/2026 al 31/10/2026.\n\nMar. Luca Bianchi\n",
            "Inoltro la richiesta del collega.",
        ),
        sender="Mar. Anna Rossi <anna.rossi@carabinieri.it>",
    )
    assert extraction.evidence["requester.email"].value == "luca.bianchi@carabinieri.it"
    assert extraction.case.requester.country == "IT"
    assert extraction.case.requester.verified is True


def test_a_foreign_police_writing_for_another_countrys_police_is_for_a_person() -> None:
    extraction = read_mail(
        "Bundesamt für Polizei fedpol\n\nIm Auftrag der Landespolizei des Fürstentums Liechtenstein ersuchen wir "
        "um Auskunft über die Bestandsdaten des Kontos @vaduz_betrug.\n\nfedpol, Einsatzzentrale\n",
        sender="Fedpol <cyber@fedpol.admin.ch>",
    )
    # Switzerland's mail, Liechtenstein's police named as the one asking: not confidently either country.
    assert _kind(extraction).confidence < CONFIDENT


def test_an_agency_relaying_for_another_countrys_force_is_for_a_person() -> None:
    extraction = read_mail(
        "European Cybercrime Centre (EC3), Europol\n\nOn behalf of the Guardia Civil (Spain), Grupo de Delitos "
        "Telemáticos, we forward the request below for the preservation and disclosure of the subscriber data of "
        "@madrid_scam.\n\nEC3 Operations\n",
        sender="EC3 Operations <o3@europol.europa.eu>",
    )
    assert _kind(extraction).confidence < CONFIDENT


def test_an_embassy_writing_for_its_own_countrys_prosecutor_stays_confident() -> None:
    extraction = read_mail(
        "Embajada de Colombia en Washington\nAgregaduría de Policía\n\nEn nombre de la Fiscalía General de la Nación "
        "se solicita la preservación de los datos de la cuenta @bogota_extorsion por 90 días.\n\n"
        "Mayor Andrés Rojas\nAgregado de Policía\n",
        sender="Agregaduría de Policía <agregaduria.eeuu@policia.gov.co>",
    )
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "CO"
    assert _kind(extraction).confidence >= CONFIDENT


def _local_subpoena(office: str, signer: str) -> str:
    return (
        f"{office}\n\nIN THE CIRCUIT COURT OF JACKSON COUNTY, MISSOURI\nSTATE OF MISSOURI v. DANA PRICE, No. 26CR-1188\n\n"
        "SUBPOENA DUCES TECUM\nTo: Custodian of Records, Platform Inc.\nYou are commanded to produce the subscriber "
        "information and IP logs of @price_kc from May 1, 2026 to July 1, 2026 by January 8, 2027.\n\n"
        f"{signer}\n{office}\n"
    )


def test_local_prosecutors_and_city_attorneys_on_ordinary_domains_are_state_or_local_and_not_verified() -> None:
    offices = [
        ("Office of the City Attorney, Kansas City, Missouri", "Ann Cole, Assistant City Attorney", "kcmo.org"),
        ("Office of the Jackson County Prosecuting Attorney", "Ben Ruiz, Assistant Prosecuting Attorney", "jc.org"),
        ("Office of the Commonwealth's Attorney for Fairfax County", "Cal Dunn, Assistant", "fxca.com"),
        ("Cook County State's Attorney's Office", "Dee Lam, Assistant State's Attorney", "ccsao.org"),
    ]
    for office, signer, domain in offices:
        extraction = read_mail(_local_subpoena(office, signer), sender=f"Staff <staff@{domain}>")
        # Before, no issuer was read: the sender's own name, a private party verified by its own DKIM.
        assert extraction.case.requester.kind is RequesterKind.STATE_LOCAL, office
        assert extraction.case.requester.verified is False, office


def test_a_federal_public_defender_is_not_read_as_a_local_office() -> None:
    extraction = read_mail(
        _local_subpoena("Federal Public Defender, District of Arizona", "Hal Ito, Assistant Federal Public Defender"),
        sender="Hal Ito <hal_ito@fd.org>",
    )
    assert extraction.case.requester.kind is not RequesterKind.STATE_LOCAL or _kind(extraction).confidence < CONFIDENT


def test_a_city_police_division_is_read_by_its_name() -> None:
    extraction = read_mail(
        "Columbus Division of Police\nPlease preserve all records of the account @target_acct under 18 U.S.C. "
        "2703(f) for 90 days.\n\nDet. Cy Roe\nColumbus Division of Police, Columbus, Ohio\n",
        sender="Det. Cy Roe <croe@columbuspolice.org>",
    )
    assert extraction.case.requester.name == "Columbus Division of Police"
    assert extraction.case.requester.kind is RequesterKind.STATE_LOCAL
    assert extraction.case.requester.verified is False


_PRESERVE = "Please preserve all records of the account @target_acct under 18 U.S.C. 2703(f) for 90 days.\n\n"


def test_a_city_police_writing_from_its_states_domain_is_not_verified_by_it() -> None:
    extraction = read_mail(
        f"Columbus Division of Police\n{_PRESERVE}Det. Cy Roe\nColumbus Division of Police, Columbus, Ohio\n",
        sender="Det. Cy Roe <croe@ohio.gov>",
    )
    # ohio.gov proves the State of Ohio, not a city's police.
    assert extraction.case.requester.verified is False
    assert _kind(extraction).confidence < CONFIDENT


def test_a_territorys_own_police_from_its_governments_domain_stays_verified() -> None:
    extraction = read_mail(
        f"Guam Police Department\n{_PRESERVE}Det. Cpl. Ana Cruz\nGuam Police Department, Hagåtña, Guam\n",
        sender="Ana Cruz <ana.cruz@guam.gov>",
    )
    assert extraction.case.requester.kind is RequesterKind.STATE_LOCAL
    assert extraction.case.requester.verified is True
    assert _kind(extraction).confidence >= CONFIDENT


def test_a_state_agency_from_its_states_domain_stays_verified() -> None:
    extraction = read_mail(
        f"Ohio Bureau of Criminal Investigation\n{_PRESERVE}SA Lee Hunt\nOhio Bureau of Criminal Investigation\n",
        sender="SA Lee Hunt <lhunt@ohio.gov>",
    )
    assert extraction.case.requester.verified is True
    assert _kind(extraction).confidence >= CONFIDENT


def test_puerto_ricos_prosecutor_writing_in_spanish_is_a_us_territorys_body() -> None:
    body = (
        "Departamento de Justicia de Puerto Rico\nFiscalía de Bayamón\n\nMediante la presente se solicita la "
        "preservación de la cuenta @boricua_scam por 90 días conforme a 18 U.S.C. 2703(f).\n\nFiscal Ana Ríos\n"
        "Bayamón, Puerto Rico 00961\n"
    )
    for sender, verified in (("Fiscal Ana Ríos <arios@justicia.pr.gov>", True), ("Ana <anarios.f@gmail.com>", False)):
        extraction = read_mail(body, sender=sender)
        # Before: a foreign authority (from the government's domain, of no country and verified).
        assert extraction.case.requester.kind is RequesterKind.STATE_LOCAL, sender
        assert extraction.case.requester.country == "US", sender
        assert extraction.case.requester.verified is verified, sender


def test_a_spanish_police_naming_puerto_rico_among_other_countries_stays_foreign() -> None:
    extraction = read_mail(
        "Policía Nacional de Colombia\nDirección de Investigación Criminal\n\nSe solicitan los datos de registro de "
        "la cuenta @bogota_estafa, cuyo titular viajó a Puerto Rico en octubre.\n\nCapitán Luis Mora\nBogotá, Colombia\n",
        sender="Capitán Luis Mora <luis.mora.dijin@gmail.com>",
    )
    assert extraction.case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    assert extraction.case.requester.country == "CO"

"""Foreign requests: United Kingdom, Singapore, Uruguay, Costa Rica, Luxembourg, Geneva, Liechtenstein, Brazil
(Rio Grande do Sul), Italy, Denmark. Sender domains are the bodies' public domains; people, accounts and
case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout4._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when


def uk_city_of_london_opo_pdf() -> Message:
    date = when(2026, 11, 23, 10, 4, 37, 0)
    order = """\
IN THE CROWN COURT AT SOUTHWARK

OVERSEAS PRODUCTION ORDER
Crime (Overseas Production Orders) Act 2019, section 1
Made under the Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland
and the Government of the United States of America on Access to Electronic Data for the Purpose of Countering
Serious Crime (the "US-UK Data Access Agreement")

Order reference: T20267781-OPO
Respondent: Social Example, Inc.
Applicant: Commissioner of Police for the City of London (Detective Constable Harriet Pemberton-Oyelowo)

UPON the application of the appropriate officer, and the Court being satisfied that the requirements of
section 4 of the Act are fulfilled in respect of an investigation of fraud by false representation (Fraud Act
2006, s. 2) and money laundering, IT IS ORDERED that the Respondent produce the following electronic data:

Account: the account with the user name "square_mile_fx" (registered e-mail sqmile.fx@example.co.uk)
Period: 1 March 2026 to 31 October 2026
Data: (a) subscriber and registration data; (b) IP log-in history; (c) the content of all direct messages
sent or received by the account.

Production within 7 days of service of this order.

NON-DISCLOSURE REQUIREMENT (s. 8): the Respondent shall not disclose the making of this order or its
contents to any person, including the account holder, until 23 May 2027, unless the Court directs otherwise.

HHJ Alastair Cromwell-Reade
20 November 2026
"""
    body = """\
Dear Sir/Madam,

Please find attached an Overseas Production Order made at Southwark Crown Court under the Crime (Overseas
Production Orders) Act 2019 and served under the UK-US Data Access Agreement. The order has been certified by
the UK Designated Authority (Home Office) as compliant with the Agreement. It includes a non-disclosure
requirement.

Kind regards,
DC Harriet Pemberton-Oyelowo
Economic Crime Directorate | City of London Police
Guildhall Yard East, London EC2V 5AE
"""
    return make(
        "025-uk-city-of-london-opo-pdf",
        "City of London Police serves an Overseas Production Order (Southwark Crown Court, COPO Act 2019) under the "
        "US-UK Data Access Agreement (PDF): subscriber data, IP history and DMs of a user name, 1 March-31 October "
        "2026, 7 days from service, court non-disclosure until 23 May 2027.",
        "en",
        "GB",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                "Crime (Overseas Production Orders) Act 2019",
                "Crime (Overseas Production Orders) Act 2019, section 1",
            ),
            "requester.name": any_of("City of London Police", "Commissioner of Police for the City of London"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GB",
            "requester.email": "harriet.pemberton-oyelowo@cityoflondon.police.uk",
            "requester.verified": True,
            "requester.signer": any_of("Harriet Pemberton-Oyelowo", "Alastair Cromwell-Reade"),
            "requester.signer_title": any_of("Detective Constable", "DC", "HHJ", "His Honour Judge"),
            "targets": any_of(["square_mile_fx"], ["square_mile_fx", "sqmile.fx@example.co.uk"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("fraud", "fraud by false representation", "money laundering"),
            "date_range": {"start": "2026-03-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-30T17:00:00+00:00", "2026-11-30T23:59:59+00:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
            "nondisclosure.expires_at": any_of(
                "2027-05-23T23:59:59+01:00", "2027-05-23T00:00:00+01:00", "2027-05-22T23:59:59+01:00"
            ),
            "mechanism": "CLOUD_ACT_AGREEMENT",
            "case_number": any_of("T20267781-OPO", "Order reference: T20267781-OPO"),
            "issuing_court": any_of("Crown Court at Southwark", "Southwark Crown Court"),
        },
        sender="Pemberton-Oyelowo Harriet <harriet.pemberton-oyelowo@cityoflondon.police.uk>",
        subject="Overseas Production Order T20267781-OPO - Social Example, Inc.",
        date=date,
        message_id="<LO2P265MB4471A@cityoflondon.police.uk>",
        text=body,
        attachments=[(pdf(order), "application", "pdf", "OPO_T20267781.pdf")],
        dkim="cityoflondon.police.uk",
    )


def singapore_spf_request() -> Message:
    date = when(2026, 11, 12, 16, 40, 5, 8)
    text = """\
Dear Sir / Madam,

REQUEST FOR SUBSCRIBER INFORMATION - SPF REF: CID/ACC/2026/08815

The Singapore Police Force, Criminal Investigation Department (Anti-Scam Command), is investigating an
offence of cheating under Section 420 of the Penal Code 1871, in which victims were induced to transfer funds
for fictitious investment products advertised by the following account:

    Profile: https://social.example.com/merlion.wealth.sg
    Contact number displayed: +65 8555 0193

We would be grateful if you could provide, on a voluntary basis, the following information:
  1. Registered name, e-mail address and mobile number;
  2. Date of account creation and IP address used at registration;
  3. IP addresses of log-ins from 1 Aug 2026 to 31 Oct 2026.

We do not seek the content of any communications. Kindly do not notify the account holder, as this may
prejudice our investigations. We would appreciate a reply by 26 Nov 2026.

Yours faithfully,
Insp Tan Wei Ling
Investigation Officer, Anti-Scam Command
Criminal Investigation Department, Singapore Police Force
"""
    return make(
        "026-singapore-spf-request",
        "Singapore Police Force (Anti-Scam Command), from its own spf.gov.sg domain, voluntary request for "
        "subscriber data and Aug-Oct 2026 login IPs of a profile URL with a +65 phone number; no content; asks "
        "not to notify; reply by 26 Nov 2026.",
        "en",
        "SG",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Section 420 of the Penal Code 1871"),
            "requester.name": any_of(
                "Singapore Police Force",
                "Singapore Police Force, Criminal Investigation Department",
                "Anti-Scam Command",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SG",
            "requester.email": "tan_wei_ling@spf.gov.sg",
            "requester.verified": True,
            "requester.signer": "Tan Wei Ling",
            "requester.signer_title": any_of("Inspector", "Insp", "Investigation Officer"),
            "targets": any_of(
                ["https://social.example.com/merlion.wealth.sg"],
                ["merlion.wealth.sg"],
                ["merlion.wealth.sg", "+6585550193"],
                ["https://social.example.com/merlion.wealth.sg", "+65 8555 0193"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("cheating", "scam"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-26T17:00:00+08:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("CID/ACC/2026/08815", "SPF REF: CID/ACC/2026/08815"),
        },
        sender="TAN Wei Ling (SPF) <tan_wei_ling@spf.gov.sg>",
        subject="SPF REF: CID/ACC/2026/08815 - Request for Subscriber Information",
        date=date,
        message_id="<SG2PR04MB7781D@spf.gov.sg>",
        text=text,
        dkim="spf.gov.sg",
    )


def uruguay_minterior_html() -> Message:
    date = when(2026, 11, 3, 12, 25, 50, -3)
    html = """\
<html><body>
<p>MINISTERIO DEL INTERIOR &ndash; POLIC&Iacute;A NACIONAL<br>Direcci&oacute;n de Investigaciones &ndash;
Departamento de Delitos Inform&aacute;ticos</p>
<p>Montevideo, 3 de noviembre de 2026</p>
<p>Sres. Social Example, Inc. &ndash; &Aacute;rea de Requerimientos Legales</p>
<p>De nuestra mayor consideraci&oacute;n: por disposici&oacute;n de la Fiscal&iacute;a Penal de Montevideo de
Delitos Econ&oacute;micos y Complejos de 2&ordm; Turno, en el marco de la investigaci&oacute;n por estafa
(art. 347 del C&oacute;digo Penal), se solicita la siguiente informaci&oacute;n:</p>
<table border="1" cellpadding="4">
<tr><th>Cuenta</th><th>Datos solicitados</th><th>Per&iacute;odo</th></tr>
<tr><td>@rambla_ofertas_uy</td><td>Datos de registro (nombre, correo, tel&eacute;fono) y direcciones IP de
conexi&oacute;n</td><td>01/09/2026 al 31/10/2026</td></tr>
<tr><td>ventas.pocitos@example.com.uy</td><td>Datos de registro</td><td>&mdash;</td></tr>
</table>
<p>Se solicita remitir la informaci&oacute;n en un plazo de diez (10) d&iacute;as h&aacute;biles. Carpeta
fiscal N&ordm; 2026/0418-DEC.</p>
<p>Sin otro particular, saluda atentamente,<br>Comisario Mayor Sebasti&aacute;n R. Olivera Pereyra<br>Jefe del
Departamento de Delitos Inform&aacute;ticos</p>
</body></html>
"""
    return make(
        "027-uruguay-minterior-html",
        "Uruguay's Ministerio del Interior (Policía Nacional, Delitos Informáticos), Spanish HTML table, on a "
        "prosecutor's order: registration data and IPs of an @handle and registration data of an e-mail, "
        "01/09-31/10/2026, 'diez (10) días hábiles'; no agreement.",
        "es",
        "UY",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 347 del Código Penal"),
            "requester.name": any_of(
                "Ministerio del Interior",
                "Policía Nacional",
                "Ministerio del Interior - Policía Nacional",
                "Departamento de Delitos Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "UY",
            "requester.email": "delitosinformaticos@minterior.gub.uy",
            "requester.verified": True,
            "requester.signer": "Sebastián R. Olivera Pereyra",
            "requester.signer_title": any_of("Comisario Mayor", "Jefe del Departamento de Delitos Informáticos"),
            "targets": ["rambla_ofertas_uy", "ventas.pocitos@example.com.uy"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "estafa",
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            # ten business days from 2026-11-03 (no Uruguayan holiday in between)
            "return_by": any_of(None, "2026-11-17T17:00:00-03:00", "2026-11-17T23:59:59-03:00"),
            "mechanism": "NONE",
            "case_number": any_of("2026/0418-DEC", "Carpeta fiscal Nº 2026/0418-DEC"),
        },
        sender="Delitos Informaticos - DIPN <delitosinformaticos@minterior.gub.uy>",
        subject="Solicitud de información - Carpeta fiscal 2026/0418-DEC",
        date=date,
        message_id="<5f0c1a.20261103@minterior.gub.uy>",
        html=html,
        dkim="minterior.gub.uy",
    )


OIJ_SCAN = """\
# PODER JUDICIAL - ORGANISMO DE INVESTIGACION JUDICIAL
# Seccion de Delitos Informaticos
San Jose, 16 de noviembre de 2026
Oficio N. 2026-4471-SDI
Expediente: 26-003318-0042-PE

Senores
Social Example, Inc.
Presente

Estimados senores:

Dentro de la investigacion por el delito de extorsion (articulo 214 del Codigo
Penal) que se tramita ante la Fiscalia Adjunta de Fraudes, se solicita su
colaboracion para que suministren, respecto del perfil
https://social.example.com/tico.verdades506 :

  a) datos de suscriptor (nombre, correo electronico, numero telefonico);
  b) el contenido de los mensajes privados enviados entre el 1 de agosto y el
     31 de octubre de 2026.

Mucho agradeceremos su respuesta a la mayor brevedad.

Atentamente,

Lic. Mariela Solano Quiros
Jefa, Seccion de Delitos Informaticos, OIJ
"""


def costa_rica_oij_scan() -> Message:
    date = when(2026, 11, 17, 9, 58, 3, -6)
    body = "Buenos días, adjunto oficio 2026-4471-SDI. Saludos cordiales,\nSección de Delitos Informáticos, OIJ\n"
    return make(
        "028-costa-rica-oij-scan",
        "Costa Rica's Organismo de Investigación Judicial (Delitos Informáticos), Spanish oficio as an image-only "
        "scan: subscriber data and the content of private messages of a profile URL, 1 Aug-31 Oct 2026, extortion; "
        "no deadline, no agreement (content needs an MLAT).",
        "es",
        "CR",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "articulo 214 del Codigo Penal"),
            "requester.name": any_of(
                "Organismo de Investigación Judicial",
                "Organismo de Investigacion Judicial",
                "OIJ",
                "Poder Judicial - Organismo de Investigacion Judicial",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CR",
            "requester.email": "sdi@poder-judicial.go.cr",
            "requester.verified": True,
            "requester.signer": any_of("Mariela Solano Quiros", "Mariela Solano Quirós"),
            "requester.signer_title": any_of(
                "Jefa, Seccion de Delitos Informaticos", "Jefa", "Jefa, Sección de Delitos Informáticos"
            ),
            "targets": any_of(["https://social.example.com/tico.verdades506"], ["tico.verdades506"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("extorsion", "extorsión"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": any_of("26-003318-0042-PE", "2026-4471-SDI"),
        },
        sender="Seccion Delitos Informaticos OIJ <sdi@poder-judicial.go.cr>",
        subject="Oficio 2026-4471-SDI",
        date=date,
        message_id="<CR1PR08MB0042@poder-judicial.go.cr>",
        text=body,
        attachments=[(scan([OIJ_SCAN], skew=0.8, noise=0.0006, seed=28), "application", "pdf", "oficio_4471.pdf")],
        dkim="poder-judicial.go.cr",
    )


def luxembourg_police_docx() -> Message:
    date = when(2026, 11, 18, 14, 2, 19, 1)
    document = docx_file(
        [
            ("h", "POLICE GRAND-DUCALE - Service de police judiciaire - Section Nouvelles Technologies"),
            ("p", "Luxembourg, le 18 novembre 2026"),
            ("p", "Objet : demande d'informations - notre référence SPJ/NT/2026/1187"),
            (
                "t",
                "Autorité mandante|Juge d'instruction près le tribunal d'arrondissement de Luxembourg, "
                "ordonnance du 16 novembre 2026",
            ),
            ("t", "Infraction|Harcèlement obsessionnel (art. 442-2 du Code pénal)"),
            ("t", "Compte visé|@grund_ghost_lu"),
            (
                "t",
                "Données demandées|Données d'identification de l'abonné (nom, adresse électronique, numéro de "
                "téléphone, date de création du compte) et adresses IP de connexion du 1er septembre 2026 au "
                "15 novembre 2026",
            ),
            ("t", "Délai|Dans un délai de quinze (15) jours"),
            (
                "p",
                "Nous vous saurions gré de ne pas informer le titulaire du compte de la présente demande, "
                "l'instruction étant couverte par le secret.",
            ),
            ("p", "Commissaire en chef Luc Wagner-Hoffmann, chef de section"),
        ],
        author="Police Grand-Ducale",
    )
    body = """\
Madame, Monsieur,

Veuillez trouver ci-joint notre demande d'informations (réf. SPJ/NT/2026/1187) faisant suite à une ordonnance
du juge d'instruction. Une réponse sur cette adresse serait appréciée.

Cordialement,
Luc Wagner-Hoffmann
Police Grand-Ducale - SPJ / Nouvelles Technologies
"""
    return make(
        "029-luxembourg-police-docx",
        "Luxembourg's Police grand-ducale (SPJ, nouvelles technologies), French .docx table on an investigating "
        "judge's order: subscriber data and login IPs of an @handle, 1er septembre-15 novembre 2026, 'dans un "
        "délai de quinze (15) jours'; asks not to inform (secret de l'instruction).",
        "fr",
        "LU",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 442-2 du Code pénal"),
            "requester.name": any_of(
                "Police Grand-Ducale", "Police grand-ducale", "Police Grand-Ducale - Service de police judiciaire"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "LU",
            "requester.email": "luc.wagner-hoffmann@police.etat.lu",
            "requester.verified": True,
            "requester.signer": "Luc Wagner-Hoffmann",
            "requester.signer_title": any_of("Commissaire en chef", "chef de section"),
            "targets": ["grund_ghost_lu"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("harcèlement", "Harcèlement obsessionnel"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-03T17:00:00+01:00", "2026-12-03T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": "SPJ/NT/2026/1187",
            "issuing_court": any_of(None, "tribunal d'arrondissement de Luxembourg"),
        },
        sender="Wagner-Hoffmann Luc <luc.wagner-hoffmann@police.etat.lu>",
        subject="Demande d'informations - SPJ/NT/2026/1187",
        date=date,
        message_id="<AM9PR01MB3318@police.etat.lu>",
        text=body,
        attachments=[
            (
                document,
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "SPJ_NT_2026_1187.docx",
            )
        ],
        dkim="police.etat.lu",
    )


def geneva_police_reply_narrowed() -> Message:
    date = when(2026, 11, 27, 8, 44, 0, 1)
    text = """\
Madame, Monsieur,

Suite à votre réponse du 25 novembre, nous prenons note que le contenu des messages ne peut être transmis que
par la voie de l'entraide judiciaire. Nous limitons donc notre demande aux seules données d'identification du
compte « lac_leman_leaks » (nom, adresse courriel, numéro de téléphone, date de création), sans contenu et sans
historique de connexion. Une commission rogatoire sera adressée aux autorités américaines pour le reste.

Merci de nous répondre d'ici au 11 décembre 2026.

Sergent-chef Nadia Perrenoud-Keller
Police judiciaire - Brigade de criminalité informatique (BCI)
Police cantonale de Genève

Le 25.11.2026 à 17:02, Social Example Legal Process a écrit :
> Bonjour,
> Nous avons bien reçu votre demande (réf. BCI-26-3390) concernant le compte lac_leman_leaks (menaces,
> art. 180 CP). Le contenu des communications ne peut être communiqué qu'en vertu d'une procédure
> d'entraide (MLAT). Nous restons à disposition pour les données d'abonné.
>
>> Le 19.11.2026, Perrenoud-Keller Nadia a écrit :
>> Demande : données d'abonné, adresses IP et contenu des messages privés du compte lac_leman_leaks,
>> du 1.10.2026 au 15.11.2026. Réf. BCI-26-3390.
"""
    return make(
        "030-geneva-police-reply-narrowed",
        "Geneva cantonal police (French) reply on the platform's answer (quoted, with the original request quoted "
        "inside): after being told content needs an MLAT, the police narrow the request to identification data "
        "only, reply by 11 décembre 2026; the quoted original asked for IPs and DMs.",
        "fr",
        "CH",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 180 CP"),
            "requester.name": any_of(
                "Police cantonale de Genève", "Police judiciaire - Brigade de criminalité informatique (BCI)"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CH",
            "requester.email": "nadia.perrenoud-keller@police.ge.ch",
            "requester.verified": True,
            "requester.signer": "Nadia Perrenoud-Keller",
            "requester.signer_title": "Sergent-chef",
            "targets": ["lac_leman_leaks"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "menaces"),
            "date_range": any_of(None, {"start": "2026-10-01", "end": "2026-11-15"}),
            "served_at": served(date),
            "return_by": "2026-12-11T17:00:00+01:00",
            "mechanism": any_of("NONE", "MLAT"),
            "case_number": any_of("BCI-26-3390", None),
        },
        sender="Perrenoud-Keller Nadia <nadia.perrenoud-keller@police.ge.ch>",
        subject="RE: Demande BCI-26-3390 - lac_leman_leaks",
        date=date,
        message_id="<GVA-BCI-3390-3@police.ge.ch>",
        text=text,
        headers=[("In-Reply-To", "<reply-bci-26-3390@dueprocess.local>")],
        dkim="police.ge.ch",
    )


def liechtenstein_landespolizei() -> Message:
    date = when(2026, 11, 9, 15, 30, 12, 1)
    text = """\
Sehr geehrte Damen und Herren

Die Landespolizei des Fürstentums Liechtenstein, Kriminalpolizei, Kommissariat Wirtschaftskriminalität, führt
im Auftrag der Staatsanwaltschaft ein Ermittlungsverfahren wegen Betrugs (§ 146 StGB) gegen unbekannte
Täterschaft (Aktenzeichen LP 2026/07731).

Wir ersuchen Sie höflich um freiwillige Auskunft über folgendes Benutzerkonto:

    Benutzername: vaduz_invest_club
    Profil: https://social.example.com/vaduz_invest_club

Gewünscht werden die Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Erstellungsdatum des Kontos) sowie
die IP-Adressen der Anmeldungen im Zeitraum vom 01.09.2026 bis 31.10.2026. Inhalte werden nicht verlangt.

Wir bitten Sie, den Kontoinhaber nicht zu informieren, und um Antwort bis 30.11.2026.

Freundliche Grüsse

Vaduz, 9. November 2026

Kriminalpolizei
i.A. Reto Marxer-Büchel, Kommissar
Landespolizei des Fürstentums Liechtenstein
"""
    return make(
        "031-liechtenstein-landespolizei",
        "Liechtenstein's Landespolizei (Kriminalpolizei), German plain text: voluntary request on a prosecutor's "
        "instruction for Bestandsdaten and login IPs (01.09.-31.10.2026) of a user name and profile URL, fraud "
        "(§ 146 StGB); asks not to inform; reply by 30.11.2026.",
        "de",
        "LI",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§ 146 StGB"),
            "requester.name": any_of(
                "Landespolizei des Fürstentums Liechtenstein", "Landespolizei", "Landespolizei Liechtenstein"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "LI",
            "requester.email": "reto.marxer-buechel@landespolizei.li",
            "requester.verified": True,
            "requester.signer": "Reto Marxer-Büchel",
            "requester.signer_title": "Kommissar",
            "targets": any_of(["vaduz_invest_club"], ["https://social.example.com/vaduz_invest_club"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Betrug", "Betrugs"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-11-30T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("LP 2026/07731", "2026/07731"),
        },
        sender="Marxer-Büchel Reto <reto.marxer-buechel@landespolizei.li>",
        subject="Auskunftsersuchen LP 2026/07731 - vaduz_invest_club",
        date=date,
        message_id="<LP-2026-07731-1@landespolizei.li>",
        text=text,
        dkim="landespolizei.li",
    )


def brazil_pcrs_odt() -> Message:
    date = when(2026, 10, 27, 16, 12, 40, -3)
    document = odt(
        [
            "ESTADO DO RIO GRANDE DO SUL - POLÍCIA CIVIL",
            "Delegacia de Repressão aos Crimes Informáticos (DRCI) - Porto Alegre",
            "Ofício nº 1893/2026/DRCI                      Porto Alegre, 27 de outubro de 2026.",
            "Inquérito Policial nº 2026/150447",
            "Senhor(a) Responsável,",
            "Com fundamento no art. 10, § 3º, da Lei nº 12.965/2014 (Marco Civil da Internet) e no art. 17-B da "
            "Lei nº 9.613/1998, REQUISITO a Vossa Senhoria, no prazo de 5 (cinco) dias úteis, os dados "
            "cadastrais (qualificação pessoal, filiação, endereço, e-mail e telefone) do usuário do perfil "
            "@gaucho_pix_premiado, investigado por estelionato (art. 171 do Código Penal).",
            "Não são requisitados registros de acesso nem conteúdo de comunicações.",
            "Atenciosamente,",
            "Delegada de Polícia Fernanda Bittencourt Schneider",
            "Titular da DRCI",
        ],
        heading="OFÍCIO",
    )
    body = (
        "Prezados, segue em anexo o Ofício nº 1893/2026/DRCI. Favor acusar o recebimento.\n\nDRCI - Polícia Civil/RS\n"
    )
    return make(
        "032-brazil-pcrs-odt",
        "Polícia Civil do Rio Grande do Sul (DRCI), Portuguese ofício as .odt: requisição of dados cadastrais "
        "(Marco Civil art. 10 § 3) of an @handle, fraud; '27 de outubro de 2026'; '5 (cinco) dias úteis'; no "
        "access logs or content.",
        "pt",
        "BR",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "art. 10, § 3º, da Lei nº 12.965/2014",
                "Lei nº 12.965/2014",
                "Marco Civil da Internet",
            ),
            "requester.name": any_of(
                "Polícia Civil do Rio Grande do Sul",
                "Polícia Civil",
                "Delegacia de Repressão aos Crimes Informáticos (DRCI)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BR",
            "requester.email": "drci@pc.rs.gov.br",
            "requester.verified": True,
            "requester.signer": "Fernanda Bittencourt Schneider",
            "requester.signer_title": any_of("Delegada de Polícia", "Titular da DRCI"),
            "targets": ["gaucho_pix_premiado"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "estelionato",
            "date_range": None,
            "served_at": served(date),
            # 5 business days from 2026-10-27; 2 November (Finados) is a holiday in Brazil
            "return_by": any_of(
                None, "2026-11-03T17:00:00-03:00", "2026-11-04T17:00:00-03:00", "2026-11-03T23:59:59-03:00"
            ),
            "mechanism": "NONE",
            "case_number": any_of("2026/150447", "1893/2026/DRCI", "Ofício nº 1893/2026/DRCI"),
        },
        sender="DRCI - Polícia Civil RS <drci@pc.rs.gov.br>",
        subject="Ofício nº 1893/2026/DRCI - requisição de dados cadastrais",
        date=date,
        message_id="<of1893.2026@pc.rs.gov.br>",
        text=body,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Oficio_1893_2026.odt")],
        dkim="pc.rs.gov.br",
    )


def italy_carabinieri_forwarded() -> Message:
    date = when(2026, 11, 10, 9, 3, 55, 1)
    text = """\
Ciao team legale,

mi è arrivata questa richiesta dei Carabinieri sulla casella del team Italia. La giro a voi, non so se è
autentica.

Giulia Ferraresi
Country Manager Italia | Social Example

---------- Messaggio inoltrato ---------
Da: Comando Provinciale Carabinieri Bologna - Nucleo Investigativo <nucleo.bologna@carabinieri.it>
Data: lun 9 nov 2026 alle ore 18:20
Oggetto: Richiesta dati - Proc. pen. n. 8814/2026 R.G.N.R.
A: italia@social.example.com

Oggetto: Procedimento penale n. 8814/2026 R.G.N.R. - Procura della Repubblica presso il Tribunale di Bologna.
Decreto del Pubblico Ministero del 5 novembre 2026 ai sensi dell'art. 132, comma 3, D.Lgs. 196/2003.

In esecuzione del decreto in oggetto, si chiede di voler fornire, relativamente all'account "felsina_crew_bo"
(https://social.example.com/felsina_crew_bo):
  - dati anagrafici e di registrazione (nome, e-mail, numero di telefono);
  - log di accesso con indirizzi IP, data e ora, dal 01/07/2026 al 31/10/2026.

Il procedimento riguarda i reati di rapina e lesioni personali aggravate. Si prega di non informare
l'utente, trattandosi di indagini coperte da segreto (art. 329 c.p.p.). Riscontro entro il 30 novembre 2026.

Il Comandante del Nucleo Investigativo
Ten. Col. Marco Aurelio Zanetti
"""
    return make(
        "033-italy-carabinieri-forwarded",
        "The platform's Italian country manager forwards (unsigned, own domain) a Carabinieri (Bologna) request "
        "under a PM's decree per art. 132 D.Lgs. 196/2003: registration data and access logs 01/07-31/10/2026 of a "
        "user name; segreto; reply by 30 novembre 2026. Not signed by carabinieri.it: unverified.",
        "it",
        "IT",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 132, comma 3, D.Lgs. 196/2003", "art. 132 D.Lgs. 196/2003"),
            "requester.name": any_of(
                "Arma dei Carabinieri",
                "Carabinieri",
                "Comando Provinciale Carabinieri Bologna",
                "Comando Provinciale Carabinieri Bologna - Nucleo Investigativo",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": any_of("nucleo.bologna@carabinieri.it", "giulia.ferraresi@social.example.com"),
            "requester.verified": False,
            "requester.signer": "Marco Aurelio Zanetti",
            "requester.signer_title": any_of(
                "Ten. Col.", "Tenente Colonnello", "Il Comandante del Nucleo Investigativo"
            ),
            "targets": any_of(["felsina_crew_bo"], ["https://social.example.com/felsina_crew_bo"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("rapina", "rapina e lesioni personali aggravate"),
            "date_range": {"start": "2026-07-01", "end": "2026-10-31"},
            "served_at": any_of(served(date), "2026-11-09T18:20:00+01:00"),
            "return_by": "2026-11-30T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "mechanism": "NONE",
            "case_number": any_of("8814/2026 R.G.N.R.", "8814/2026"),
            "issuing_court": any_of(None, "Procura della Repubblica presso il Tribunale di Bologna"),
        },
        sender="Giulia Ferraresi <giulia.ferraresi@social.example.com>",
        subject="I: Richiesta dati - Proc. pen. n. 8814/2026 R.G.N.R.",
        date=date,
        message_id="<it-fwd-8814@social.example.com>",
        text=text,
    )


def denmark_politi_preservation_mlat() -> Message:
    date = when(2026, 9, 29, 13, 7, 27, 2)
    text = """\
Dear Social Example Law Enforcement Response Team,

Copenhagen Police (Københavns Politi), Special Crimes Unit, requests the expedited preservation of all data,
including content, held for the following account, pending a formal request for mutual legal assistance
under the Treaty between the United States and Denmark, which the Danish Ministry of Justice will transmit to
the U.S. Department of Justice, Office of International Affairs:

    Account: @nyhavn_nightowl
    Associated e-mail: nightowl.cph@example.dk

The account is believed to have been used to coordinate the sale of weapons. Please preserve the data for 90
days, and do not notify the account holder. Our journal number is 0100-72931-00412-26.

Please confirm the preservation by return e-mail.

Kind regards
Mette Kjærgaard Holm
Police Commissioner (Politikommissær)
Københavns Politi - Special Crimes Unit
"""
    return make(
        "034-denmark-politi-preservation-mlat",
        "Copenhagen Police (English) ask to preserve an @handle and its e-mail for 90 days pending a formal MLAT "
        "request via the Danish Ministry of Justice; weapons sales; asks not to notify; no deadline.",
        "en",
        "DK",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("FOREIGN_REQUEST", "PRESERVATION_REQUEST"),
            "requester.name": any_of(
                "Københavns Politi", "Copenhagen Police", "Copenhagen Police - Special Crimes Unit"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DK",
            "requester.email": "mkh012@politi.dk",
            "requester.verified": True,
            "requester.signer": "Mette Kjærgaard Holm",
            "requester.signer_title": any_of("Police Commissioner", "Politikommissær"),
            "targets": any_of(["nyhavn_nightowl", "nightowl.cph@example.dk"], ["nyhavn_nightowl"]),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "sale of weapons", "weapons"),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": any_of("MLAT", "NONE"),
            "case_number": "0100-72931-00412-26",
        },
        sender="Mette Kjærgaard Holm <mkh012@politi.dk>",
        subject="Preservation request - @nyhavn_nightowl - j.nr. 0100-72931-00412-26",
        date=date,
        message_id="<DB9P189MB1100A@politi.dk>",
        text=text,
        dkim="politi.dk",
    )


MESSAGES = [
    uk_city_of_london_opo_pdf,
    singapore_spf_request,
    uruguay_minterior_html,
    costa_rica_oij_scan,
    luxembourg_police_docx,
    geneva_police_reply_narrowed,
    liechtenstein_landespolizei,
    brazil_pcrs_odt,
    italy_carabinieri_forwarded,
    denmark_politi_preservation_mlat,
]

"""Foreign requests (Spanish, French, German, Portuguese, Italian and English from non-US bodies). Sender domains
are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout8._kit import Message, any_of, make, odt, pdf, scan_jpeg, served, when

ODT = "vnd.oasis.opendocument.text"


def paraguay_ministerio_publico_odt() -> Message:
    date = when(2026, 10, 28, 11, 5, 0, -3)
    document = odt(
        [
            "MINISTERIO PÚBLICO - REPÚBLICA DEL PARAGUAY",
            "Unidad Especializada en Delitos Informáticos - Asunción",
            "Asunción, 27 de octubre de 2026. Nota F.U.E.D.I. N.º 0892/2026",
            'Causa N.º 1-1-2-1-2026-18804 "Investigación fiscal s/ estafa mediante sistemas informáticos".',
            "Señores SOCIAL EXAMPLE, INC. - Área de Cumplimiento Legal:",
            "Me dirijo a ustedes, en el marco de la causa de referencia, a fin de solicitar su cooperación para que "
            "remitan a esta Unidad Fiscal la información que se detalla en el cuadro siguiente, en el plazo de diez "
            "(10) días hábiles contados desde la recepción de la presente.",
            "La información será utilizada exclusivamente en la investigación penal.",
            "Abg. Liz Carolina Benítez Ruffinelli, Agente Fiscal - Unidad Especializada en Delitos Informáticos",
        ],
        [
            [
                ["Cuenta", "Información requerida", "Período"],
                [
                    "@asuncion_crypto_vip",
                    "Datos de registro (nombre, correo electrónico, teléfono, fecha de "
                    "creación) y direcciones IP de acceso con fecha y hora",
                    "01/08/2026 al 20/10/2026",
                ],
            ]
        ],
        heading="Solicitud de información",
    )
    return make(
        "023-paraguay-ministerio-publico-odt",
        "Paraguay's Ministerio Público (Delitos Informáticos, Asunción) note as .odt (es, table): registration data "
        "and access IPs 01/08-20/10/2026 of an @handle; computer fraud; ten business days.",
        "es",
        "PY",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Ministerio Público - República del Paraguay",
                "Ministerio Público",
                "Unidad Especializada en Delitos Informáticos",
                "Ministerio Público del Paraguay",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PY",
            "requester.email": "lbenitez@ministeriopublico.gov.py",
            "requester.verified": True,
            "requester.signer": "Liz Carolina Benítez Ruffinelli",
            "requester.signer_title": any_of("Agente Fiscal", "Abg."),
            "targets": ["asuncion_crypto_vip"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "estafa mediante sistemas informáticos", "Investigación fiscal s/ estafa mediante sistemas informáticos"
            ),
            "date_range": {"start": "2026-08-01", "end": "2026-10-20"},
            "served_at": served(date),
            # ten business days from Wednesday 2026-10-28
            "return_by": any_of(None, "2026-11-11T17:00:00-03:00", "2026-11-11T23:59:59-03:00"),
            "mechanism": "NONE",
            "case_number": any_of("1-1-2-1-2026-18804", "0892/2026"),
        },
        sender="Liz Benitez Ruffinelli <lbenitez@ministeriopublico.gov.py>",
        subject="Nota F.U.E.D.I. N.º 0892/2026 - Solicitud de información",
        date=date,
        message_id="<fuedi-0892-2026@ministeriopublico.gov.py>",
        text="Buen día. Adjunto nota fiscal para su diligenciamiento. Atentamente, Abg. Liz Benítez Ruffinelli\n",
        attachments=[(document, "application", ODT, "Nota_0892_2026.odt")],
        dkim="ministeriopublico.gov.py",
    )


def guatemala_mp_trata_request() -> Message:
    date = when(2026, 11, 12, 16, 40, 0, -6)
    text = """\
MINISTERIO PÚBLICO DE LA REPÚBLICA DE GUATEMALA
Fiscalía de Sección contra la Trata de Personas
Oficio MP001-2026-77310 / Ref. FTP-Agencia 3

Guatemala, 12 de noviembre de 2026

Señores
Social Example, Inc.
Departamento de Requerimientos Legales

Respetuosamente me dirijo a ustedes dentro de la investigación por el delito de trata de personas en su
modalidad de explotación sexual, en la que se ha identificado el perfil @chapina_modelos_gt, asociado al número
telefónico +502 5550 0123, utilizado para captar a adolescentes con ofertas falsas de trabajo como modelos.

Solicito su colaboración para proporcionar:
1. Datos del suscriptor: nombre, correo electrónico, número telefónico y fecha de creación del perfil.
2. Direcciones IP de inicio de sesión, con fecha y hora, del 1 de septiembre al 10 de noviembre de 2026.

Se requiere la información a más tardar el 27 de noviembre de 2026. Se solicita guardar reserva de la presente
solicitud, conforme al artículo 314 del Código Procesal Penal.

Atentamente,

Licda. Ana Lucía Xicará Monterroso
Agente Fiscal
Fiscalía de Sección contra la Trata de Personas
"""
    return make(
        "024-guatemala-mp-trata-request",
        "Guatemala's Ministerio Público (anti-trafficking prosecutor) oficio in the body (es): subscriber data and "
        "log-in IPs Sept 1-Nov 10, 2026 of an @handle with a +502 phone; trafficking of minors; by 27 de noviembre "
        "de 2026; asks for secrecy.",
        "es",
        "GT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "artículo 314 del Código Procesal Penal"),
            "requester.name": any_of(
                "Ministerio Público de la República de Guatemala",
                "Ministerio Público",
                "Fiscalía de Sección contra la Trata de Personas",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GT",
            "requester.email": "axicara@mp.gob.gt",
            "requester.verified": True,
            "requester.signer": "Ana Lucía Xicará Monterroso",
            "requester.signer_title": any_of("Agente Fiscal", "Licda."),
            "targets": any_of(
                ["chapina_modelos_gt", "+502 5550 0123"],
                ["chapina_modelos_gt", "+50255500123"],
                ["chapina_modelos_gt"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("trata de personas", "trata de personas en su modalidad de explotación sexual"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-27T17:00:00-06:00", "2026-11-27T23:59:59-06:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": any_of("MP001-2026-77310", "FTP-Agencia 3"),
        },
        sender="Ana Lucia Xicara Monterroso <axicara@mp.gob.gt>",
        subject="Oficio MP001-2026-77310 - solicitud de información",
        date=date,
        message_id="<MP001-2026-77310@mp.gob.gt>",
        text=text,
        dkim="mp.gob.gt",
    )


def panama_ministerio_publico_html_table() -> Message:
    date = when(2026, 9, 22, 9, 50, 0, -5)
    html = """\
<html><body>
<p><b>MINISTERIO PÚBLICO - PROCURADURÍA GENERAL DE LA NACIÓN<br>REPÚBLICA DE PANAMÁ</b><br>
Fiscalía Superior Especializada contra la Delincuencia Organizada</p>
<p>Panamá, 21 de septiembre de 2026 &nbsp; Oficio N.º FSEDO-2026-3318 &nbsp; Carpetilla 202600041177</p>
<p>Señores Social Example, Inc.:</p>
<p>En el curso de la investigación por el delito de estafa agravada y blanqueo de capitales, solicitamos su
valiosa colaboración para que suministren la siguiente información:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Perfil</b></td><td>@panama_remesas_express</td></tr>
<tr><td><b>Datos solicitados</b></td><td>Datos de registro del titular (nombre, correo, teléfono), direcciones IP de
conexión y el contenido de los mensajes privados intercambiados con las víctimas</td></tr>
<tr><td><b>Período</b></td><td>01/07/2026 al 15/09/2026</td></tr>
<tr><td><b>Plazo</b></td><td>Cinco (5) días hábiles</td></tr>
</table>
<p>Atentamente,</p>
<p>Lcdo. Rubén Darío Sanjur Pinzón<br>Fiscal Adjunto<br>Fiscalía Superior Especializada contra la Delincuencia
Organizada</p>
</body></html>
"""
    return make(
        "025-panama-ministerio-publico-html-table",
        "Panama's Ministerio Público (organised-crime prosecutor) oficio as an HTML table (es): registration data, "
        "connection IPs and the private messages with victims of an @handle, 01/07-15/09/2026; aggravated fraud and "
        "money laundering; five business days; content asked without any agreement.",
        "es",
        "PA",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Ministerio Público - Procuraduría General de la Nación",
                "Ministerio Público",
                "Fiscalía Superior Especializada contra la Delincuencia Organizada",
                "Procuraduría General de la Nación",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PA",
            "requester.email": "rsanjur@ministeriopublico.gob.pa",
            "requester.verified": True,
            "requester.signer": "Rubén Darío Sanjur Pinzón",
            "requester.signer_title": any_of("Fiscal Adjunto", "Lcdo."),
            "targets": ["panama_remesas_express"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("estafa agravada y blanqueo de capitales", "estafa agravada"),
            "date_range": {"start": "2026-07-01", "end": "2026-09-15"},
            "served_at": served(date),
            # five business days from Tuesday 2026-09-22
            "return_by": any_of(None, "2026-09-29T17:00:00-05:00", "2026-09-29T23:59:59-05:00"),
            "mechanism": "NONE",
            "case_number": any_of("FSEDO-2026-3318", "202600041177"),
        },
        sender="Ruben Sanjur Pinzon <rsanjur@ministeriopublico.gob.pa>",
        subject="Oficio N.º FSEDO-2026-3318",
        date=date,
        message_id="<FSEDO-2026-3318@ministeriopublico.gob.pa>",
        html=html,
        dkim="ministeriopublico.gob.pa",
    )


def senegal_police_requisition() -> Message:
    date = when(2026, 11, 25, 10, 20, 0, 0)
    text = """\
RÉPUBLIQUE DU SÉNÉGAL - MINISTÈRE DE L'INTÉRIEUR
DIRECTION DE LA POLICE JUDICIAIRE - DIVISION SPÉCIALE DE CYBERSÉCURITÉ (DSC)

Dakar, le 25 novembre 2026
Réquisition N° 00731/DSC/BEJ/2026

Nous, Commissaire Mamadou Lamine Diouf-Sarr, Officier de Police Judiciaire, Chef de la Division Spéciale de
Cybersécurité, agissant en enquête préliminaire sur instructions de M. le Procureur de la République près le
Tribunal de Grande Instance Hors Classe de Dakar, pour des faits d'escroquerie et d'usurpation d'identité commis
au moyen d'un système informatique,

Requérons la société SOCIAL EXAMPLE, INC. de bien vouloir nous communiquer, concernant le compte
@dakar_bons_plans, associé au numéro +221 77 555 01 42 :
  - les données d'identification du titulaire (nom, adresse e-mail, numéro de téléphone, date de création) ;
  - les adresses IP de connexion, avec date et heure, du 1er au 20 novembre 2026.

Les réponses sont attendues dans un délai de huit (8) jours à compter de la réception de la présente.

Le Commissaire de Police
Mamadou Lamine Diouf-Sarr
"""
    return make(
        "026-senegal-police-requisition",
        "Senegal's police cybersecurity division (DSC, Dakar) réquisition in the body (fr): identification data and "
        "connection IPs 1-20 November 2026 of an @handle with a +221 phone; fraud and identity theft; eight days.",
        "fr",
        "SN",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Division Spéciale de Cybersécurité",
                "Division Spéciale de Cybersécurité (DSC)",
                "Police nationale du Sénégal",
                "Direction de la Police Judiciaire",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SN",
            "requester.email": "dsc.requisitions@police.gouv.sn",
            "requester.verified": True,
            "requester.signer": "Mamadou Lamine Diouf-Sarr",
            "requester.signer_title": any_of(
                "Commissaire de Police", "Commissaire", "Chef de la Division Spéciale de Cybersécurité"
            ),
            "targets": any_of(
                ["dakar_bons_plans", "+221 77 555 01 42"],
                ["dakar_bons_plans", "+221775550142"],
                ["dakar_bons_plans"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "escroquerie et usurpation d'identité", "escroquerie", "escroquerie et d'usurpation d'identité"
            ),
            "date_range": {"start": "2026-11-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-03T17:00:00+00:00", "2026-12-03T23:59:59+00:00"),
            "mechanism": "NONE",
            "case_number": any_of("00731/DSC/BEJ/2026", "N° 00731/DSC/BEJ/2026"),
        },
        sender="DSC - Requisitions <dsc.requisitions@police.gouv.sn>",
        subject="Réquisition N° 00731/DSC/BEJ/2026",
        date=date,
        message_id="<dsc-00731-2026@police.gouv.sn>",
        text=text,
        dkim="police.gouv.sn",
    )


def cote_divoire_plcc_jpeg() -> Message:
    date = when(2026, 10, 9, 14, 0, 0, 0)
    page = """\
# RÉPUBLIQUE DE CÔTE D'IVOIRE
# Plateforme de Lutte Contre la Cybercriminalité (PLCC)
Direction de l'Informatique et des Traces Technologiques

Abidjan, le 08 octobre 2026
RÉQUISITION N° 0457/PLCC/DITT/2026

Nous, Lieutenant de Police Aya Christelle Kouassi-Yao, Officier de Police Judiciaire
en service à la PLCC, agissant en enquête préliminaire pour des faits de chantage
à caractère sexuel (sextorsion) et de diffusion d'images à caractère privé,

Requérons SOCIAL EXAMPLE, INC. de nous communiquer, pour le compte @belle_abidjan_225
(numéro associé +225 07 55 50 01 88) :
 1. l'identité déclarée du titulaire, l'adresse e-mail et le numéro de téléphone ;
 2. les adresses IP de création et de connexion, du 01/09/2026 au 07/10/2026 ;
 3. l'ensemble des messages échangés avec la victime (compte @kadi_ci_officiel).

Prière de répondre dans les meilleurs délais.

L'Officier de Police Judiciaire
Lieutenant Aya Christelle Kouassi-Yao
"""
    body = "Bonjour,\n\nVeuillez trouver ci-joint notre réquisition (photo).\n\nCordialement,\nLt Kouassi-Yao, PLCC\n"
    return make(
        "027-cote-divoire-plcc-jpeg",
        "Côte d'Ivoire's cybercrime platform (PLCC, Abidjan) sends a phone photo (JPEG) of a réquisition (fr): "
        "identity, IPs 01/09-07/10/2026 and the messages with the victim of an @handle with a +225 phone; "
        "sextortion; 'dans les meilleurs délais'; content asked without any agreement.",
        "fr",
        "CI",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Plateforme de Lutte Contre la Cybercriminalité",
                "Plateforme de Lutte Contre la Cybercriminalité (PLCC)",
                "PLCC",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CI",
            "requester.email": "a.kouassi-yao@cybercrime.interieur.gouv.ci",
            "requester.verified": True,
            "requester.signer": "Aya Christelle Kouassi-Yao",
            "requester.signer_title": any_of("Lieutenant de Police", "Lieutenant", "Officier de Police Judiciaire"),
            "targets": any_of(
                ["belle_abidjan_225", "+225 07 55 50 01 88"],
                ["belle_abidjan_225", "+2250755500188"],
                ["belle_abidjan_225"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(
                "sextorsion",
                "chantage à caractère sexuel (sextorsion) et de diffusion d'images à caractère privé",
                "chantage à caractère sexuel",
            ),
            "date_range": {"start": "2026-09-01", "end": "2026-10-07"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": any_of("0457/PLCC/DITT/2026", "N° 0457/PLCC/DITT/2026"),
        },
        sender="Lt Kouassi-Yao <a.kouassi-yao@cybercrime.interieur.gouv.ci>",
        subject="Réquisition 0457/PLCC/DITT/2026",
        date=date,
        message_id="<plcc-0457-2026@cybercrime.interieur.gouv.ci>",
        text=body,
        attachments=[(scan_jpeg(page, skew=1.2, seed=27), "image", "jpeg", "requisition_0457.jpg")],
        dkim="interieur.gouv.ci",
    )


def hamburg_staatsanwaltschaft_pdf() -> Message:
    date = when(2026, 11, 26, 9, 12, 0, 1)
    letter = """\
Staatsanwaltschaft Hamburg
- Zentralstelle Cybercrime -
Kaiser-Wilhelm-Straße 100, 20355 Hamburg

Aktenzeichen: 7101 Js 4482/26                                    Hamburg, 25.11.2026

Social Example, Inc.
Law Enforcement Response Team

Ermittlungsverfahren gegen Unbekannt wegen gewerbsmäßigen Betruges (§ 263 Abs. 3 StGB) - "Fake-Shop"

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft Hamburg führt ein Ermittlungsverfahren wegen des Betriebs eines betrügerischen
Online-Shops, der über das Nutzerkonto @hanse_elektro_outlet beworben wurde. Mehr als 140 Geschädigte haben
Vorkasse geleistet, ohne Ware zu erhalten.

Ich bitte Sie um freiwillige Auskunft über
  1. die Bestandsdaten des Kontos (Name, E-Mail-Adresse, Telefonnummer, Datum der Registrierung) sowie
  2. die IP-Adressen der Logins mit Datum und Uhrzeit im Zeitraum vom 01.10.2026 bis 15.11.2026.

Um Übersendung der Auskunft bis zum 10.12.2026 wird gebeten. Ich bitte Sie, den Kontoinhaber über dieses
Ersuchen nicht zu informieren, da sonst der Ermittlungserfolg gefährdet wäre.

Mit freundlichen Grüßen
Dr. Henrike Albers-Oyelaran
Staatsanwältin
"""
    body = """\
Sehr geehrte Damen und Herren,

wie erbeten übersende ich anbei das Auskunftsersuchen in dem Verfahren 7101 Js 4482/26 als unterschriebenes
Schreiben auf dem Briefkopf der Behörde, mit der Bitte um Erledigung.

Mit freundlichen Grüßen
Dr. Henrike Albers-Oyelaran
Staatsanwältin - Staatsanwaltschaft Hamburg, Zentralstelle Cybercrime

-----Ursprüngliche Nachricht-----
Von: Legal Process <legal-process@dueprocess.local>
Gesendet: Dienstag, 24. November 2026 19:03
An: Albers-Oyelaran, Henrike
Betreff: RE: Anfrage Nutzerkonto hanse_elektro_outlet

Dear Dr. Albers-Oyelaran,

Thank you for your e-mail. To process your request, please send it as a signed letter on your authority's
letterhead, stating the legal basis, the data requested and the time period.

Kind regards,
Legal Process Team
"""
    return make(
        "028-hamburg-staatsanwaltschaft-pdf",
        "A Hamburg public prosecutor (cybercrime unit) replies to the platform's request for a signed letter (quoted) and asks by PDF letter (de) for voluntary disclosure of subscriber "
        "data and log-in IPs 01.10-15.11.2026 of an @handle behind a fake shop (§ 263 StGB); by 10.12.2026; asks "
        "that the user not be informed.",
        "de",
        "DE",
        ("plain_text", "pdf_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§ 263 Abs. 3 StGB", "§ 263 StGB"),
            "requester.name": any_of(
                "Staatsanwaltschaft Hamburg", "Staatsanwaltschaft Hamburg - Zentralstelle Cybercrime"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "henrike.albers-oyelaran@sta.justiz.hamburg.de",
            "requester.verified": True,
            "requester.signer": any_of("Henrike Albers-Oyelaran", "Dr. Henrike Albers-Oyelaran"),
            "requester.signer_title": "Staatsanwältin",
            "targets": ["hanse_elektro_outlet"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("gewerbsmäßiger Betrug", "Betrug", "gewerbsmäßigen Betruges", "Fake-Shop"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-10T17:00:00+01:00", "2026-12-10T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": "7101 Js 4482/26",
        },
        sender="Albers-Oyelaran, Henrike <henrike.albers-oyelaran@sta.justiz.hamburg.de>",
        subject="AW: Anfrage Nutzerkonto hanse_elektro_outlet - 7101 Js 4482/26",
        date=date,
        message_id="<7101Js448226-1126@sta.justiz.hamburg.de>",
        text=body,
        attachments=[(pdf(letter), "application", "pdf", "7101_Js_4482-26_Ersuchen.pdf")],
        dkim="justiz.hamburg.de",
    )


def angola_sic_oficio() -> Message:
    date = when(2026, 11, 4, 12, 0, 0, 1)
    text = """\
REPÚBLICA DE ANGOLA
MINISTÉRIO DO INTERIOR
SERVIÇO DE INVESTIGAÇÃO CRIMINAL - DIRECÇÃO DE COMBATE AOS CRIMES INFORMÁTICOS

Ofício n.º 1187/DCCI/SIC-G/2026                                   Luanda, aos 03 de Novembro de 2026

À
Social Example, Inc.
Departamento Jurídico

Assunto: Pedido de informação - Processo-crime n.º 4471/26-DCCI

Exmos. Senhores,

No âmbito do processo-crime acima referenciado, em que se investiga a prática do crime de burla por meios
informáticos, praticado através da conta @kwanza_invest_ao, que promete lucros garantidos em investimentos em
criptomoedas, solicitamos a V. Exas. se dignem fornecer:

  a) os dados de registo da conta (nome, endereço de correio electrónico, número de telefone e data de criação);
  b) os endereços IP de acesso, com data e hora, no período de 01/09/2026 a 31/10/2026.

Solicita-se a resposta no prazo de 15 (quinze) dias. O processo encontra-se em segredo de justiça.

Com os melhores cumprimentos,

O Director
Superintendente-Chefe de Investigação Criminal
Domingos Manuel Kiala Neto
"""
    return make(
        "029-angola-sic-oficio",
        "Angola's Criminal Investigation Service (SIC, Luanda) ofício in the body (pt): registration data and access "
        "IPs 01/09-31/10/2026 of an @handle promising crypto profits; computer fraud; 15 days; segredo de justiça.",
        "pt",
        "AO",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Serviço de Investigação Criminal",
                "Serviço de Investigação Criminal - Direcção de Combate aos Crimes Informáticos",
                "SIC",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "AO",
            "requester.email": "dcci.cooperacao@sic.gov.ao",
            "requester.verified": True,
            "requester.signer": "Domingos Manuel Kiala Neto",
            "requester.signer_title": any_of(
                "Superintendente-Chefe de Investigação Criminal", "O Director", "Director"
            ),
            "targets": ["kwanza_invest_ao"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("burla por meios informáticos", "burla"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-19T17:00:00+01:00", "2026-11-19T23:59:59+01:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": any_of("4471/26-DCCI", "1187/DCCI/SIC-G/2026"),
        },
        sender="DCCI - Cooperacao <dcci.cooperacao@sic.gov.ao>",
        subject="Ofício n.º 1187/DCCI/SIC-G/2026 - Pedido de informação",
        date=date,
        message_id="<of1187-dcci-2026@sic.gov.ao>",
        text=text,
        dkim="sic.gov.ao",
    )


def policia_judiciaria_freemail_country_unclear() -> Message:
    date = when(2026, 11, 30, 15, 33, 0, 0)
    text = """\
Boa tarde,

Sou inspetor da Polícia Judiciária, Brigada de Investigação de Crimes Informáticos, e estou a investigar uma
burla com falsos investimentos anunciados através da vossa plataforma. O nosso e-mail institucional está com
problemas, pelo que escrevo deste endereço.

Solicito, com a maior brevidade, os dados de registo (nome, e-mail, telefone) e os IPs de acesso dos últimos
60 dias da conta @lucros_rapidos_22.

Processo n.º 2291/26.

Obrigado,
Inspetor Nélson Furtado Semedo
Polícia Judiciária - BICI
"""
    return make(
        "030-policia-judiciaria-freemail-country-unclear",
        "A self-described 'Polícia Judiciária' inspector writes (pt) from a free-mail address asking for the "
        "registration data and 60 days of IPs of an @handle: several countries have a Polícia Judiciária and "
        "nothing names the country; a person must establish who is asking.",
        "pt",
        "PT",
        ("plain_text",),
        "TRIAGE",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of("Polícia Judiciária", "Polícia Judiciária - BICI", None),
            "requester.kind": any_of("FOREIGN_GOVERNMENT", None),
            "requester.country": any_of(None, "PT", "CV"),
            "requester.email": "inspetor.nfsemedo@gmail.com",
            "requester.verified": False,
            "requester.signer": "Nélson Furtado Semedo",
            "requester.signer_title": any_of("Inspetor", "Inspector"),
            "targets": ["lucros_rapidos_22"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("burla com falsos investimentos", "burla"),
            "date_range": any_of(
                None, {"start": "2026-10-01", "end": "2026-11-30"}, {"start": "2026-10-02", "end": "2026-11-30"}
            ),
            "served_at": served(date),
            "mechanism": any_of("NONE", None),
            "case_number": any_of("2291/26", None),
        },
        sender="Nelson Semedo <inspetor.nfsemedo@gmail.com>",
        subject="Pedido urgente de dados - processo 2291/26",
        date=date,
        message_id="<CAK9nfs-1130-1533@mail.gmail.com>",
        text=text,
    )


def torino_procura_decreto_pdf() -> Message:
    date = when(2026, 11, 9, 10, 30, 0, 1)
    decree = """\
PROCURA DELLA REPUBBLICA
presso il Tribunale Ordinario di Torino
Gruppo specializzato "Fasce deboli"

Proc. pen. n. 31884/26 R.G.N.R. mod. 44                          Torino, 6 novembre 2026

RICHIESTA DI INFORMAZIONI

Il Pubblico Ministero, dott.ssa Giulia Ferraris-Mbeki,
visti gli atti del procedimento penale in epigrafe per il reato di atti persecutori (art. 612-bis c.p.),
commesso in danno di una studentessa mediante l'invio reiterato di messaggi minatori dal profilo
@mole_ombra_to,
ritenuto necessario identificare l'utilizzatore del profilo,

CHIEDE

a Social Example, Inc. di voler comunicare, in via di collaborazione volontaria:
 - i dati anagrafici forniti all'atto della registrazione (nome, e-mail, numero di telefono, data di creazione);
 - i log di accesso (indirizzi IP, data e ora) dal 1° settembre 2026 al 31 ottobre 2026.

Si prega di trasmettere quanto richiesto entro 15 giorni dalla ricezione all'indirizzo
pm.ferraris-mbeki@giustizia.it. Trattandosi di indagini coperte dal segreto (art. 329 c.p.p.), si invita a non
informare l'utente.

Il Pubblico Ministero
dott.ssa Giulia Ferraris-Mbeki
"""
    body = "Buongiorno, si trasmette in allegato richiesta di informazioni. Cordiali saluti.\n\ndott.ssa G. Ferraris-Mbeki\n"
    return make(
        "031-torino-procura-richiesta-pdf",
        "A public prosecutor at the Turin court (it) asks by PDF for the registration data and access logs "
        "1 Sept-31 Oct 2026 of an @handle sending threats (stalking, art. 612-bis c.p.); 15 days; asks not to inform "
        "the user (investigative secrecy).",
        "it",
        "IT",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 612-bis c.p.", "art. 329 c.p.p."),
            "requester.name": any_of(
                "Procura della Repubblica presso il Tribunale Ordinario di Torino",
                "Procura della Repubblica presso il Tribunale di Torino",
                "Procura della Repubblica di Torino",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "pm.ferraris-mbeki@giustizia.it",
            "requester.verified": True,
            "requester.signer": any_of("Giulia Ferraris-Mbeki", "dott.ssa Giulia Ferraris-Mbeki", "G. Ferraris-Mbeki"),
            "requester.signer_title": any_of("Pubblico Ministero", "Il Pubblico Ministero"),
            "targets": ["mole_ombra_to"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("atti persecutori", "atti persecutori (art. 612-bis c.p.)"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-24T17:00:00+01:00", "2026-11-24T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": any_of("31884/26 R.G.N.R.", "31884/26 R.G.N.R. mod. 44", "31884/26"),
        },
        sender="Giulia Ferraris-Mbeki <pm.ferraris-mbeki@giustizia.it>",
        subject="Proc. pen. n. 31884/26 RGNR - richiesta di informazioni",
        date=date,
        message_id="<31884-26-rgnr-1109@giustizia.it>",
        text=body,
        attachments=[(pdf(decree), "application", "pdf", "RichiestaInfo_31884-26.pdf")],
        dkim="giustizia.it",
    )


def jamaica_jcf_emergency_kidnapping() -> Message:
    date = when(2026, 10, 17, 3, 5, 0, -5)
    text = """\
EMERGENCY DISCLOSURE REQUEST - IMMINENT THREAT TO LIFE

Jamaica Constabulary Force
Counter-Terrorism and Organised Crime Investigation Branch (C-TOC)
Kingston, Jamaica

A 16-year-old girl was abducted in Montego Bay, St. James, at about 7:40 p.m. yesterday (16 October 2026).
Since 11:00 p.m. her mother has been receiving ransom demands and a photograph of the child bound, sent by direct
message from the account @mobay_collect_876. The abductors have threatened to kill the child at daybreak if the
money is not paid.

We urgently request: the subscriber information for @mobay_collect_876 (name, e-mail, phone numbers), the IP
addresses used in the last 72 hours, and any location information associated with the account.

Please call the C-TOC duty officer on +1 876 555 0140 at any hour.

Detective Inspector Marlon A. Whyte-Campbell
C-TOC, Jamaica Constabulary Force
"""
    return make(
        "032-jamaica-jcf-emergency-kidnapping",
        "Jamaica Constabulary Force (C-TOC) emergency request at 03:05: a kidnapped 16-year-old, ransom demands by DM "
        "and a threat to kill at daybreak; subscriber data, 72 h of IPs and location of an @handle.",
        "en",
        "JM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Jamaica Constabulary Force",
                "Counter-Terrorism and Organised Crime Investigation Branch (C-TOC)",
                "Jamaica Constabulary Force, C-TOC",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "JM",
            "requester.email": "m.whyte-campbell@jcf.gov.jm",
            "requester.verified": True,
            "requester.signer": "Marlon A. Whyte-Campbell",
            "requester.signer_title": any_of("Detective Inspector", "DI"),
            "targets": ["mobay_collect_876"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "kidnapping", "abduction"),
            "date_range": any_of(None, {"start": "2026-10-14", "end": "2026-10-17"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "ransom"},
            "mechanism": any_of(None, "NONE"),
        },
        sender="Whyte-Campbell, Marlon <m.whyte-campbell@jcf.gov.jm>",
        subject="EMERGENCY - child abduction - threat to life - @mobay_collect_876",
        date=date,
        message_id="<ctoc-edr-1017-0305@jcf.gov.jm>",
        text=text,
        dkim="jcf.gov.jm",
    )


def malta_police_cybercrime_html() -> Message:
    date = when(2026, 9, 15, 11, 40, 0, 2)
    html = """\
<html><body style="font-family:Arial">
<p><b>MALTA POLICE FORCE</b><br>Cyber Crime Unit - Police General Headquarters, Floriana FRN 1530</p>
<p>Our ref: CCU/2026/1184 &nbsp;&nbsp; 15 September 2026</p>
<p>Dear Sir/Madam,</p>
<p>The Cyber Crime Unit is investigating a phishing campaign in which the account <b>@bov_support_desk_mt</b>
impersonated a local bank's customer support and obtained online-banking credentials from at least 37 victims
(Criminal Code, Cap. 9, arts. 308 and 337C).</p>
<p>We kindly request, on a voluntary basis:</p>
<ul>
<li>subscriber details of the account, including the e-mail address and mobile number used at registration;</li>
<li>IP address logs (log-ins) with timestamps for the period 1st August 2026 to 10th September 2026.</li>
</ul>
<p>We would be grateful to receive the information within 14 days.</p>
<p>Yours faithfully,<br>Inspector Keith Borg Azzopardi<br>Cyber Crime Unit, Malta Police Force<br>Tel. +356 2122 4001</p>
</body></html>
"""
    return make(
        "033-malta-police-cybercrime-html",
        "Malta Police Force Cyber Crime Unit request in an HTML body with a list (en): subscriber details and log-in "
        "IPs 1 Aug-10 Sept 2026 of an @handle impersonating a bank; phishing; 14 days.",
        "en",
        "MT",
        ("html",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Criminal Code, Cap. 9, arts. 308 and 337C"),
            "requester.name": any_of("Malta Police Force", "Malta Police Force - Cyber Crime Unit", "Cyber Crime Unit"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MT",
            "requester.email": "keith.borg-azzopardi@pulizija.gov.mt",
            "requester.verified": True,
            "requester.signer": "Keith Borg Azzopardi",
            "requester.signer_title": "Inspector",
            "targets": ["bov_support_desk_mt"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("phishing", "phishing campaign"),
            "date_range": {"start": "2026-08-01", "end": "2026-09-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-09-29T17:00:00+02:00", "2026-09-29T23:59:59+02:00"),
            "mechanism": "NONE",
            "case_number": any_of("CCU/2026/1184", None),
        },
        sender="Borg Azzopardi Keith at Police <keith.borg-azzopardi@pulizija.gov.mt>",
        subject="Request for information - CCU/2026/1184",
        date=date,
        message_id="<CCU-2026-1184@pulizija.gov.mt>",
        html=html,
        dkim="pulizija.gov.mt",
    )


def estonia_police_preservation_mlat() -> Message:
    date = when(2026, 12, 1, 14, 25, 0, 2)
    text = """\
Dear Social Example Law Enforcement Response Team,

Police and Border Guard Board of Estonia (Politsei- ja Piirivalveamet), Central Criminal Police, Cybercrime
Bureau, criminal case no. 26230400117 (investment fraud, Penal Code § 209).

We kindly ask you to preserve, for 90 days, all data relating to the account @tallinn_crypto_desk, including
subscriber information, log-in IP addresses and the contents of the account's messages, pending a formal
request for mutual legal assistance, which the Estonian Prosecutor's Office will send to the U.S. Department
of Justice under the Estonia-United States MLA Treaty.

Please do not notify the account holder.

Please confirm the preservation and your reference number.

Best regards,
Kristjan Tamm-Okafor
Chief Specialist, Cybercrime Bureau
Central Criminal Police | Police and Border Guard Board
Tallinn, Estonia
"""
    return make(
        "034-estonia-police-preservation-mlat",
        "Estonia's Police and Border Guard Board (cybercrime bureau) asks (en) to preserve an @handle's data for 90 "
        "days pending an MLAT request, and not to notify the user; investment fraud.",
        "en",
        "EE",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "statute": any_of(None, "Penal Code § 209"),
            "requester.name": any_of(
                "Police and Border Guard Board",
                "Police and Border Guard Board of Estonia",
                "Politsei- ja Piirivalveamet",
                "Central Criminal Police",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "EE",
            "requester.email": "kristjan.tamm-okafor@politsei.ee",
            "requester.verified": True,
            "requester.signer": "Kristjan Tamm-Okafor",
            "requester.signer_title": any_of("Chief Specialist", "Chief Specialist, Cybercrime Bureau"),
            "targets": ["tallinn_crypto_desk"],
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            ),
            "stated_purpose": any_of("investment fraud", None),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": any_of("NONE", "MLAT"),
            "case_number": "26230400117",
        },
        sender="Kristjan Tamm-Okafor <kristjan.tamm-okafor@politsei.ee>",
        subject="Preservation request - case 26230400117 - @tallinn_crypto_desk",
        date=date,
        message_id="<ppa-kkp-26230400117@politsei.ee>",
        text=text,
        dkim="politsei.ee",
    )


MESSAGES = [
    paraguay_ministerio_publico_odt,
    guatemala_mp_trata_request,
    panama_ministerio_publico_html_table,
    senegal_police_requisition,
    cote_divoire_plcc_jpeg,
    hamburg_staatsanwaltschaft_pdf,
    angola_sic_oficio,
    policia_judiciaria_freemail_country_unclear,
    torino_procura_decreto_pdf,
    jamaica_jcf_emergency_kidnapping,
    malta_police_cybercrime_html,
    estonia_police_preservation_mlat,
]

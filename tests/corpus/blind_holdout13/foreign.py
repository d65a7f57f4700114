"""Requests from foreign authorities (Spanish, French, German, Portuguese, Italian and English). Sender
domains are the bodies' public domains from general knowledge; people, accounts and references fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout13._kit import (
    Message,
    any_of,
    day_end,
    docx_file,
    make,
    odt,
    pdf,
    scan_jpeg,
    served,
    when,
)

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def mossos_esquadra_solicitud_pdf() -> Message:
    date = when(2026, 10, 8, 11, 25, 0, 2)
    letter = """\
GENERALITAT DE CATALUNYA - DEPARTAMENT D'INTERIOR
POLICIA DE LA GENERALITAT - MOSSOS D'ESQUADRA
Divisió d'Investigació Criminal - Unitat Central de Delictes Informàtics

Atestado: 2026-441873-UCDI                     Sabadell, 7 de octubre de 2026
Diligencias Previas 1187/2026 - Juzgado de Instrucción n.º 3 de Girona

Asunto: SOLICITUD DE INFORMACIÓN
Destinatario: Social Example, Inc. - Law Enforcement Response Team

En el marco de la investigación de un delito de estafa informática (art. 248.2 del Código Penal), cometido
mediante anuncios falsos de alquiler vacacional en la Costa Brava, se solicita la colaboración de esa
compañía para que facilite, respecto de la cuenta "costabrava_lloguers_top":

  - datos del titular: nombre, correo electrónico y teléfono asociados, fecha de alta;
  - direcciones IP de conexión con fecha, hora y huso horario, entre el 1 de julio y el 30 de septiembre
    de 2026.

Se ruega remitan la información en el plazo de diez (10) días a esta dirección de correo.

El Sotsinspector, Jordi Puigvert Castells (TIP 14872)
"""
    text = "Adjuntamos solicitud de información. Atentamente,\nUCDI - Mossos d'Esquadra\n"
    return make(
        "025-mossos-esquadra-solicitud-pdf",
        "Mossos d'Esquadra (Catalonia) cybercrime unit asks, in Spanish (PDF), for subscriber data and three months of "
        "connection IPs of an account in a holiday-rental fraud case; ten days.",
        "es",
        "ES",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Mossos d'Esquadra",
                "Policia de la Generalitat - Mossos d'Esquadra",
                "Unitat Central de Delictes Informàtics",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "ES",
            "requester.email": "ucdi.requeriments@gencat.cat",
            "requester.verified": True,
            "requester.signer": "Jordi Puigvert Castells",
            "requester.signer_title": any_of("Sotsinspector", "El Sotsinspector"),
            "targets": ["costabrava_lloguers_top"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                None, "estafa informática", "delito de estafa informática (art. 248.2 del Código Penal)"
            ),
            "date_range": {"start": "2026-07-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-10-18", "+02:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": any_of("2026-441873-UCDI", "Diligencias Previas 1187/2026"),
            "issuing_court": any_of(None, "Juzgado de Instrucción n.º 3 de Girona"),
        },
        sender="UCDI Mossos d'Esquadra <ucdi.requeriments@gencat.cat>",
        subject="Solicitud de información - Atestado 2026-441873-UCDI",
        date=date,
        message_id="<ucdi-441873@gencat.cat>",
        text=text,
        attachments=[(pdf(letter), "application", "pdf", "Sol_licitud_441873.pdf")],
        dkim="gencat.cat",
    )


def burkina_bclcc_requisition_docx() -> Message:
    date = when(2026, 11, 4, 9, 40, 0, 0)
    document = docx_file(
        [
            ("h", "BURKINA FASO - Unité - Progrès - Justice"),
            ("p", "Ministère de la Sécurité - Direction Générale de la Police Nationale"),
            ("p", "Brigade Centrale de Lutte Contre la Cybercriminalité (BCLCC), Ouagadougou"),
            ("h", "RÉQUISITION À PERSONNE QUALIFIÉE"),
            (
                "p",
                "Nous, Commissaire de Police Abdoulaye Sawadogo-Kaboré, Officier de Police Judiciaire, agissant en "
                "enquête préliminaire pour escroquerie en ligne et chantage à la vidéo intime, requérons la société "
                "Social Example, Inc. de bien vouloir nous communiquer, pour le compte « ouaga_lovely_awa » : l'identité "
                "déclarée du titulaire, l'adresse électronique et le numéro de téléphone associés, ainsi que les "
                "adresses IP de connexion du 1er septembre au 31 octobre 2026.",
            ),
            ("p", "Procès-verbal n° 0917/2026/BCLCC. Fait à Ouagadougou, le 3 novembre 2026."),
        ],
        author="BCLCC",
    )
    text = """\
Bonjour,

Veuillez trouver ci-joint une réquisition de la BCLCC. Merci de répondre dans les meilleurs délais.
(Notre messagerie officielle est en maintenance ; merci de répondre à cette adresse.)

Commissaire A. Sawadogo-Kaboré
BCLCC - Police Nationale du Burkina Faso
"""
    return make(
        "026-burkina-bclcc-requisition-docx",
        "Burkina Faso police cybercrime brigade sends a French réquisition (.docx) from a free-mail address: identity, "
        "e-mail, phone and two months of IPs of an account in a sextortion case; no deadline.",
        "fr",
        "BF",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Brigade Centrale de Lutte Contre la Cybercriminalité",
                "BCLCC",
                "Police Nationale du Burkina Faso",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BF",
            "requester.email": "bclcc.ouaga@yahoo.fr",
            "requester.verified": False,
            "requester.signer": "Abdoulaye Sawadogo-Kaboré",
            "requester.signer_title": any_of("Commissaire de Police", "Officier de Police Judiciaire", "Commissaire"),
            "targets": ["ouaga_lovely_awa"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "escroquerie en ligne et chantage à la vidéo intime"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "mechanism": "NONE",
            "case_number": any_of("0917/2026/BCLCC", "Procès-verbal n° 0917/2026/BCLCC"),
        },
        sender="BCLCC Ouagadougou <bclcc.ouaga@yahoo.fr>",
        subject="Réquisition - PV 0917/2026/BCLCC",
        date=date,
        message_id="<1730712000.bclcc0917@mail.yahoo.fr>",
        text=text,
        attachments=[(document, "application", DOCX, "Requisition_0917.docx")],
    )


def ofmin_urgence_mineur() -> Message:
    date = when(2026, 9, 26, 2, 10, 0, 2)
    text = """\
DEMANDE URGENTE DE COMMUNICATION DE DONNÉES - RISQUE VITAL

Office mineurs (OFMIN), Direction nationale de la police judiciaire, Nanterre.

Une adolescente de 14 ans, victime de sextorsion par le compte « lucas_bg_77 », a écrit cette nuit à une amie
qu'elle allait « en finir avant le matin ». Elle a quitté le domicile familial à Tours vers 00 h 30 et ne
répond plus. Nous pensons qu'elle est en danger de mort imminent.

Nous vous demandons en urgence : les adresses IP et toute donnée de localisation des dernières 24 heures du
compte de la victime « lea.tours.37 », ainsi que les données d'identification (courriel, téléphone) et les
IP de connexion du compte « lucas_bg_77 ».

Capitaine de police Hélène Marchetti-Diallo
OFMIN - Permanence 24/7 : +33 1 55 55 01 40
"""
    return make(
        "027-ofmin-urgence-mineur",
        "French police child-protection office (OFMIN) sends an emergency request at 02:10: a 14-year-old sextortion "
        "victim has left home threatening suicide; location of her account and identity/IPs of the extorter.",
        "fr",
        "FR",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of("Office mineurs", "OFMIN", "Office mineurs (OFMIN)"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "FR",
            "requester.email": "ofmin-permanence@interieur.gouv.fr",
            "requester.verified": True,
            "requester.signer": "Hélène Marchetti-Diallo",
            "requester.signer_title": any_of("Capitaine de police", "Capitaine"),
            "targets": any_of(["lea.tours.37", "lucas_bg_77"], ["lucas_bg_77", "lea.tours.37"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "date_range": any_of(None, {"start": "2026-09-25", "end": "2026-09-26"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "14 ans"},
            "mechanism": any_of("NONE", None),
        },
        sender="OFMIN Permanence <ofmin-permanence@interieur.gouv.fr>",
        subject="URGENT - risque vital - mineure 14 ans",
        date=date,
        message_id="<ofmin-urg-20260926-0210@interieur.gouv.fr>",
        text=text,
        dkim="interieur.gouv.fr",
    )


def staatsanwaltschaft_kiel_odt() -> Message:
    date = when(2026, 11, 17, 14, 3, 0, 1)
    document = odt(
        [
            "Staatsanwaltschaft bei dem Landgericht Kiel - Schützenwall 31-35, 24114 Kiel",
            "Aktenzeichen: 593 Js 41872/26",
            "Ermittlungsverfahren gegen Unbekannt wegen Volksverhetzung (§ 130 StGB) und Bedrohung (§ 241 StGB)",
            "Auskunftsersuchen an Social Example, Inc.",
            "Sehr geehrte Damen und Herren, im oben genannten Verfahren bitte ich um Mitteilung der Bestandsdaten "
            "(Name, E-Mail-Adresse, Telefonnummer, Registrierungsdatum) sowie der bei den Anmeldungen vom "
            "01.10.2026 bis 15.11.2026 verwendeten IP-Adressen mit Zeitstempel (UTC) zum Nutzerkonto "
            '"foerde_klartext_88".',
            "Um Beantwortung binnen zwei Wochen wird gebeten.",
            "Mit freundlichen Grüßen, Dr. Friederike Holmsen-Adeyemi, Staatsanwältin",
        ],
        heading="Auskunftsersuchen",
    )
    text = "Sehr geehrte Damen und Herren,\n\nanbei unser Auskunftsersuchen (593 Js 41872/26).\n\nGeschäftsstelle der Staatsanwaltschaft Kiel\n"
    return make(
        "028-staatsanwaltschaft-kiel-odt",
        "Kiel public prosecutor's office asks (German, .odt) for subscriber data and six weeks of log-in IPs of an "
        "account in a threats / incitement investigation; two weeks.",
        "de",
        "DE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of("Staatsanwaltschaft Kiel", "Staatsanwaltschaft bei dem Landgericht Kiel"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "poststelle@sta-kiel.landsh.de",
            "requester.verified": True,
            "requester.signer": any_of("Dr. Friederike Holmsen-Adeyemi", "Friederike Holmsen-Adeyemi"),
            "requester.signer_title": "Staatsanwältin",
            "targets": ["foerde_klartext_88"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "Volksverhetzung (§ 130 StGB) und Bedrohung (§ 241 StGB)"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-12-01", "+01:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": "593 Js 41872/26",
        },
        sender="Staatsanwaltschaft Kiel <poststelle@sta-kiel.landsh.de>",
        subject="Auskunftsersuchen 593 Js 41872/26",
        date=date,
        message_id="<593Js41872-26@sta-kiel.landsh.de>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Auskunftsersuchen.odt")],
        dkim="sta-kiel.landsh.de",
    )


def polizei_bremen_gefahr() -> Message:
    date = when(2026, 10, 31, 21, 15, 0, 1)
    text = """\
EILT - GEFAHR FÜR LEIB UND LEBEN

Sehr geehrte Damen und Herren,

der Nutzer "weserjunge_2009" hat vor ca. 30 Minuten in einem öffentlichen Beitrag angekündigt, morgen früh an
seiner Schule in Bremen-Vegesack "alle mitzunehmen" und ein Foto einer Schusswaffe gepostet. Der Nutzer ist
uns nicht bekannt. Zur Abwehr einer gegenwärtigen Gefahr für Leib und Leben bitten wir sofort um die
hinterlegten Bestandsdaten (E-Mail, Telefonnummer) sowie die letzten IP-Adressen mit Zeitstempel.

Polizeioberkommissar Jannik Brüggemann-Osei
Polizei Bremen, Lagezentrum, 24/7: +49 421 555 0100
"""
    return make(
        "029-polizei-bremen-gefahr",
        "Bremen police control room emergency request (German) at 21:15: a user announced a school shooting for the "
        "next morning with a gun photo; subscriber data and latest IPs.",
        "de",
        "DE",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of("Polizei Bremen", "Polizei Bremen, Lagezentrum"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "lagezentrum@polizei.bremen.de",
            "requester.verified": True,
            "requester.signer": "Jannik Brüggemann-Osei",
            "requester.signer_title": any_of("Polizeioberkommissar", "POK"),
            "targets": ["weserjunge_2009"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "served_at": served(date),
            "emergency": {"narrative_contains": "alle mitzunehmen"},
            "mechanism": any_of("NONE", None),
        },
        sender="Polizei Bremen Lagezentrum <lagezentrum@polizei.bremen.de>",
        subject="EILT: Gefahr für Leib und Leben - Amokandrohung",
        date=date,
        message_id="<lz-20261031-2115@polizei.bremen.de>",
        text=text,
        dkim="polizei.bremen.de",
    )


def macau_pj_oficio_pdf() -> Message:
    date = when(2026, 11, 25, 16, 30, 0, 8)
    letter = """\
POLÍCIA JUDICIÁRIA - REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU
Departamento de Investigação de Crimes Informáticos

Ofício n.º 1843/DICI/2026                                   Macau, 25 de Novembro de 2026
Processo de inquérito n.º 7721/2026

Assunto: Pedido de informações

Exmos. Senhores,
No âmbito de um inquérito por burla (artigo 211.º do Código Penal de Macau) relacionado com falsos
investimentos em criptoactivos, solicita-se a V. Exas. que forneçam, relativamente à conta "macau_gold_ventures":
  a) dados de registo do titular (nome, correio electrónico, número de telefone);
  b) endereços IP de acesso entre 01/09/2026 e 20/11/2026, com data e hora.
Agradece-se resposta no prazo de 15 dias.

O Chefe do Departamento, Leong Wai Man
"""
    return make(
        "030-macau-pj-oficio-pdf",
        "Macau Judiciary Police ofício (Portuguese, PDF only): registration data and IPs for an account in a crypto "
        "investment fraud, 15 days.",
        "pt",
        "MO",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polícia Judiciária",
                "Polícia Judiciária de Macau",
                "Polícia Judiciária - Região Administrativa Especial de Macau",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MO",
            "requester.email": "dici@pj.gov.mo",
            "requester.verified": True,
            "requester.signer": "Leong Wai Man",
            "requester.signer_title": any_of("Chefe do Departamento", "O Chefe do Departamento"),
            "targets": ["macau_gold_ventures"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "burla", "falsos investimentos em criptoactivos"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-12-10", "+08:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": any_of("1843/DICI/2026", "7721/2026", "Ofício n.º 1843/DICI/2026"),
        },
        sender="DICI - Polícia Judiciária <dici@pj.gov.mo>",
        subject="Ofício n.º 1843/DICI/2026",
        date=date,
        message_id="<dici-1843-2026@pj.gov.mo>",
        attachments=[(pdf(letter), "application", "pdf", "Oficio_1843_DICI_2026.pdf")],
        dkim="pj.gov.mo",
    )


def perugia_procura_html() -> Message:
    date = when(2026, 10, 21, 10, 5, 0, 2)
    html = """\
<html><body>
<p><b>PROCURA DELLA REPUBBLICA presso il TRIBUNALE DI PERUGIA</b><br>
Proc. pen. n. 6612/2026 R.G.N.R. mod. 44</p>
<p>Alla Social Example, Inc. - Ufficio Law Enforcement</p>
<p>Il Pubblico Ministero, dott.ssa Chiara Benedetti-Okoro,</p>
<p>visto il procedimento penale in epigrafe per il reato di atti persecutori (art. 612-bis c.p.) commessi ai
danni di una studentessa dell'Universit&agrave; di Perugia mediante il profilo &laquo;grifone_anonimo&raquo;;
visto l'art. 132, comma 3, d.lgs. 196/2003,</p>
<p><b>RICHIEDE</b> i dati anagrafici forniti all'atto della registrazione, l'indirizzo e-mail e il numero di telefono
associati, nonch&eacute; i file di log (indirizzi IP, data e ora) degli accessi dal 1&deg; agosto 2026 al 15 ottobre
2026, da trasmettere entro 30 giorni dalla ricezione all'indirizzo PEC della Procura.</p>
<p>Perugia, 20 ottobre 2026<br>Il Pubblico Ministero<br>dott.ssa Chiara Benedetti-Okoro</p>
</body></html>
"""
    return make(
        "031-perugia-procura-html",
        "Perugia public prosecutor (Italian, HTML) asks for registration data and 2.5 months of access logs of a profile "
        "in a stalking case, within 30 days of receipt.",
        "it",
        "IT",
        ("html",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 132, comma 3, d.lgs. 196/2003", "art. 132 d.lgs. 196/2003"),
            "requester.name": any_of(
                "Procura della Repubblica presso il Tribunale di Perugia", "Procura della Repubblica di Perugia"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "segreteria.pm.procura.perugia@giustizia.it",
            "requester.verified": True,
            "requester.signer": any_of("Chiara Benedetti-Okoro", "dott.ssa Chiara Benedetti-Okoro"),
            "requester.signer_title": "Pubblico Ministero",
            "targets": ["grifone_anonimo"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "atti persecutori (art. 612-bis c.p.)", "atti persecutori"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-11-20", "+01:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": any_of("6612/2026 R.G.N.R.", "6612/2026"),
        },
        sender="Segreteria PM - Procura di Perugia <segreteria.pm.procura.perugia@giustizia.it>",
        subject="Proc. pen. n. 6612/2026 R.G.N.R. - richiesta dati",
        date=date,
        message_id="<pg-6612-2026@giustizia.it>",
        html=html,
        dkim="giustizia.it",
    )


def psni_overseas_production_order_pdf() -> Message:
    date = when(2026, 10, 12, 12, 40, 0, 1)
    order = """\
IN THE CROWN COURT IN NORTHERN IRELAND, SITTING AT BELFAST

CRIME (OVERSEAS PRODUCTION ORDERS) ACT 2019

OVERSEAS PRODUCTION ORDER                                   Reference: OPO/NI/2026/0031

Respondent: Social Example, Inc.
Applicant: Detective Inspector Roisin McAuley-Nwosu, Police Service of Northern Ireland, Terrorism
Investigation Unit

This Order is made pursuant to the Agreement between the Government of the United Kingdom of Great Britain and
Northern Ireland and the Government of the United States of America on Access to Electronic Data for the
Purpose of Countering Serious Crime (the "Data Access Agreement").

The Respondent shall produce the following electronic data relating to the account "lagan_volunteer_1690":
(a) subscriber information; (b) the content of all direct messages sent and received; (c) IP log-in records,
for the period 1 August 2026 to 30 September 2026, within seven (7) days of service of this Order.

Made on 9 October 2026.                  His Honour Judge Ciaran Devlin-Okafor
"""
    text = """\
Please find attached an Overseas Production Order for service under the UK-US Data Access Agreement.
Service is effected by this e-mail. Please acknowledge receipt.

DI Roisin McAuley-Nwosu
PSNI Terrorism Investigation Unit, Belfast
"""
    return make(
        "032-psni-overseas-production-order-pdf",
        "PSNI serves a Belfast Crown Court overseas production order (PDF) under the UK-US Data Access Agreement: "
        "subscriber data, DM content and IP logs for two months, seven days from service.",
        "en",
        "GB",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Crime (Overseas Production Orders) Act 2019"),
            "requester.name": any_of("Police Service of Northern Ireland", "PSNI", "PSNI Terrorism Investigation Unit"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GB",
            "requester.email": "roisin.mcauley-nwosu@psni.police.uk",
            "requester.verified": True,
            "requester.signer": any_of("Roisin McAuley-Nwosu", "Ciaran Devlin-Okafor"),
            "requester.signer_title": any_of("Detective Inspector", "DI", "His Honour Judge"),
            "targets": ["lagan_volunteer_1690"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": day_end("2026-10-19", "+01:00"),
            "mechanism": "CLOUD_ACT_AGREEMENT",
            "case_number": "OPO/NI/2026/0031",
            "issuing_court": any_of(
                "Crown Court in Northern Ireland", "Crown Court in Northern Ireland, sitting at Belfast"
            ),
        },
        sender="McAuley-Nwosu, Roisin <roisin.mcauley-nwosu@psni.police.uk>",
        subject="OPO/NI/2026/0031 - Overseas Production Order - service",
        date=date,
        message_id="<opo-ni-2026-0031@psni.police.uk>",
        text=text,
        attachments=[(pdf(order), "application", "pdf", "OPO_NI_2026_0031.pdf")],
        dkim="psni.police.uk",
    )


def hong_kong_police_preservation_mla() -> Message:
    date = when(2026, 9, 8, 17, 50, 0, 8)
    text = """\
Dear Sir/Madam,

Request for Preservation of Data - Our Ref: CSTCB/26/3318

The Cyber Security and Technology Crime Bureau of the Hong Kong Police Force is investigating a case of
"Obtaining Property by Deception" (section 17, Theft Ordinance, Cap. 210) involving fake concert ticket
sales. We respectfully request that you preserve all data, including subscriber information, log-in records
and message content, associated with the account "tsimshatsui_tix_hk" for 90 days, pending a formal request
under the Mutual Legal Assistance in Criminal Matters arrangement with the United States.

Please do not notify the account holder, as this may prejudice the investigation.

Yours faithfully,
Chan Ka-yan, Senior Inspector of Police
Cyber Security and Technology Crime Bureau, Hong Kong Police Force
"""
    return make(
        "033-hong-kong-police-preservation-mla",
        "Hong Kong Police cyber bureau asks to preserve an account's data for 90 days pending a mutual legal "
        "assistance request, and asks (by letter) that the user not be told.",
        "en",
        "HK",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Hong Kong Police Force",
                "Cyber Security and Technology Crime Bureau",
                "Cyber Security and Technology Crime Bureau, Hong Kong Police Force",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "HK",
            "requester.email": "cstcb-preservation@police.gov.hk",
            "requester.verified": True,
            "requester.signer": "Chan Ka-yan",
            "requester.signer_title": "Senior Inspector of Police",
            "targets": ["tsimshatsui_tix_hk"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "Obtaining Property by Deception", "fake concert ticket sales"),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": any_of("MLAT", "NONE"),
            "case_number": "CSTCB/26/3318",
        },
        sender="CSTCB Preservation <cstcb-preservation@police.gov.hk>",
        subject="Request for Preservation of Data - CSTCB/26/3318",
        date=date,
        message_id="<cstcb-26-3318@police.gov.hk>",
        text=text,
        dkim="police.gov.hk",
    )


def rwanda_rib_request_jpeg() -> Message:
    date = when(2026, 11, 11, 10, 15, 0, 2)
    photo = """\
# REPUBLIC OF RWANDA
# RWANDA INVESTIGATION BUREAU (RIB)
Kigali, 10 November 2026                          Ref: RIB/CYB/2026/0784

To: Social Example, Inc. - Law Enforcement Response

RE: REQUEST FOR SUBSCRIBER INFORMATION

RIB is investigating a fraud in which the account "kigali_mobile_money_help" poses as mobile-money customer
support and obtains victims' PINs. Pursuant to Law No 60/2018 on prevention and punishment of cyber crimes,
we kindly request the registration details (name, e-mail address, phone number) and the IP addresses used
from 1 October 2026 to 9 November 2026. Kindly respond within 14 days.

Jean-Bosco Nkurunziza-Habimana
Head, Cyber Crimes Investigation Division
"""
    text = (
        "Dear Team,\nPlease find the attached request (photo of signed letter).\nRegards,\nRIB Cyber Crimes Division\n"
    )
    return make(
        "034-rwanda-rib-request-jpeg",
        "Rwanda Investigation Bureau sends a photo (JPEG) of a signed letter: registration data and five weeks of IPs "
        "of a fake mobile-money support account, 14 days.",
        "en",
        "RW",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Law No 60/2018 on prevention and punishment of cyber crimes", "Law No 60/2018"),
            "requester.name": any_of("Rwanda Investigation Bureau", "RIB", "Rwanda Investigation Bureau (RIB)"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "RW",
            "requester.email": "cybercrimes@rib.gov.rw",
            "requester.verified": True,
            "requester.signer": "Jean-Bosco Nkurunziza-Habimana",
            "requester.signer_title": any_of("Head, Cyber Crimes Investigation Division", "Head"),
            "targets": ["kigali_mobile_money_help"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "fraud"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-09"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-11-25", "+02:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": "RIB/CYB/2026/0784",
        },
        sender="RIB Cyber Crimes <cybercrimes@rib.gov.rw>",
        subject="Request for subscriber information - RIB/CYB/2026/0784",
        date=date,
        message_id="<rib-cyb-2026-0784@rib.gov.rw>",
        text=text,
        attachments=[(scan_jpeg(photo, skew=-0.8, seed=34), "image", "jpeg", "RIB_0784.jpg")],
        dkim="rib.gov.rw",
    )


MESSAGES = [
    mossos_esquadra_solicitud_pdf,
    burkina_bclcc_requisition_docx,
    ofmin_urgence_mineur,
    staatsanwaltschaft_kiel_odt,
    polizei_bremen_gefahr,
    macau_pj_oficio_pdf,
    perugia_procura_html,
    psni_overseas_production_order_pdf,
    hong_kong_police_preservation_mla,
    rwanda_rib_request_jpeg,
]

"""Foreign requests (Spanish, French, Portuguese, German, Italian and English from non-US bodies). Sender domains
are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout11._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
SUBSCRIBER_IP = ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]


def guatemala_mp_oficio_pdf() -> Message:
    date = when(2026, 11, 3, 9, 50, 0, -6)
    oficio = """\
MINISTERIO PÚBLICO DE LA REPÚBLICA DE GUATEMALA
Fiscalía de Sección contra la Ciberdelincuencia
Agencia Fiscal No. 2

Oficio No. FSC-A2-2026-1187/mlc                         Guatemala, 2 de noviembre de 2026
Carpeta Fiscal: MP001-2026-088412

Señores
SOCIAL EXAMPLE, INC.
Área de Atención a Autoridades

De manera atenta me dirijo a ustedes, dentro de la investigación que se sigue por el delito de extorsión
(artículo 261 del Código Penal), con el objeto de solicitar su colaboración para que se sirvan proporcionar la
siguiente información de la cuenta @chapin_ofertas_gt:

  1. Datos de registro del titular: nombre, correo electrónico, número de teléfono y fecha de creación.
  2. Direcciones IP de inicio de sesión, con fecha y hora, del 1 de agosto al 30 de octubre de 2026.

Se solicita remitir la información en el plazo de diez (10) días hábiles a la dirección electrónica de
esta Agencia Fiscal.

Sin otro particular, me suscribo atentamente.

Licda. Marisol Cojtí Barrientos
Agente Fiscal
Fiscalía de Sección contra la Ciberdelincuencia
"""
    return make(
        "024-guatemala-mp-oficio-pdf",
        "Guatemala's Ministerio Público (cybercrime prosecutors) oficio in a PDF: registration data and log-in IPs "
        "1 Aug-30 Oct 2026 of an @handle; extortion; ten business days.",
        "es",
        "GT",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "artículo 261 del Código Penal"),
            "requester.name": any_of(
                "Ministerio Público de la República de Guatemala",
                "Ministerio Público",
                "Fiscalía de Sección contra la Ciberdelincuencia",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GT",
            "requester.email": "mcojti@mp.gob.gt",
            "requester.verified": True,
            "requester.signer": "Marisol Cojtí Barrientos",
            "requester.signer_title": "Agente Fiscal",
            "targets": ["chapin_ofertas_gt"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of("extorsión", "extorsion"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-30"},
            "served_at": served(date),
            # ten business days from Tue 2026-11-03
            "return_by": any_of(None, "2026-11-17T17:00:00-06:00", "2026-11-17T23:59:59-06:00"),
            "mechanism": "NONE",
            "case_number": any_of("MP001-2026-088412", "FSC-A2-2026-1187/mlc", "FSC-A2-2026-1187"),
        },
        sender="Marisol Cojti Barrientos <mcojti@mp.gob.gt>",
        subject="Oficio FSC-A2-2026-1187 - solicitud de información",
        date=date,
        message_id="<FSC-A2-1187.20261103@mp.gob.gt>",
        text="Buenos días:\n\nAdjunto oficio de esta Agencia Fiscal para su diligenciamiento.\n\nAtentamente,\nLicda. Marisol Cojtí\n",
        attachments=[(pdf(oficio), "application", "pdf", "Oficio FSC-A2-2026-1187.pdf")],
        dkim="mp.gob.gt",
    )


def el_salvador_pnc_emergency() -> Message:
    date = when(2026, 10, 4, 2, 37, 15, -6)
    text = """\
SOLICITUD DE EMERGENCIA - RIESGO INMINENTE PARA LA VIDA

Policía Nacional Civil de El Salvador
División Antisecuestros - Unidad de Análisis Tecnológico

A las 20:15 horas del día 3 de octubre de 2026 fue privado de libertad un niño de 9 años en Santa Tecla. Los
captores exigen rescate a la familia mediante mensajes enviados desde la cuenta @reparto_rapido_sv, vinculada al
número +503 7555 0148, y amenazan con matar al menor si no se paga antes del mediodía de hoy.

Por existir un riesgo inminente de muerte, solicitamos con carácter de URGENCIA la divulgación voluntaria de:
  - datos del suscriptor (nombre, correo, teléfono);
  - direcciones IP de las últimas 48 horas;
  - cualquier dato de ubicación de la cuenta.

Contacto 24 horas: +503 2555 0131 (sala de situación).

Inspector Jefe Rigoberto Alas Menjívar
Jefe de la Unidad de Análisis Tecnológico, División Antisecuestros, PNC
"""
    return make(
        "025-el-salvador-pnc-emergency",
        "El Salvador's National Civil Police (anti-kidnapping division) emergency request at 02:37: a 9-year-old "
        "kidnapped, ransom demanded from an @handle with a +503 phone; subscriber data, 48 h of IPs, location.",
        "es",
        "SV",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Policía Nacional Civil de El Salvador",
                "Policía Nacional Civil",
                "PNC",
                "División Antisecuestros - Unidad de Análisis Tecnológico",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SV",
            "requester.email": "uat.antisecuestros@pnc.gob.sv",
            "requester.verified": True,
            "requester.signer": "Rigoberto Alas Menjívar",
            "requester.signer_title": any_of(
                "Inspector Jefe",
                "Jefe de la Unidad de Análisis Tecnológico, División Antisecuestros, PNC",
                "Jefe de la Unidad de Análisis Tecnológico",
            ),
            "targets": any_of(
                ["reparto_rapido_sv", "+503 7555 0148"],
                ["reparto_rapido_sv", "+50375550148"],
                ["reparto_rapido_sv"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "secuestro", "privación de libertad de un niño de 9 años"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "9 años"},
            "mechanism": any_of(None, "NONE"),
        },
        sender="UAT Antisecuestros PNC <uat.antisecuestros@pnc.gob.sv>",
        subject="URGENTE - Solicitud de emergencia - secuestro de menor",
        date=date,
        message_id="<UAT-2026-1004-0237@pnc.gob.sv>",
        text=text,
        headers=[("Importance", "High")],
        dkim="pnc.gob.sv",
    )


def senegal_dsc_requisition_docx() -> Message:
    date = when(2026, 11, 12, 11, 0, 40, 0)
    document = docx_file(
        [
            ("h", "RÉPUBLIQUE DU SÉNÉGAL - MINISTÈRE DE L'INTÉRIEUR"),
            ("p", "Direction de la Police Judiciaire - Division Spéciale de Cybersécurité (DSC), Dakar"),
            ("h", "RÉQUISITION JUDICIAIRE N° 2026/1409/DSC"),
            (
                "p",
                "Nous, Commissaire de police Aïssatou Ndiaye-Faye, Officier de police judiciaire, agissant en "
                "enquête préliminaire sur instructions du Procureur de la République près le Tribunal de Grande "
                "Instance Hors Classe de Dakar, pour des faits d'escroquerie et d'appel public à l'épargne non "
                "autorisé (système de Ponzi en ligne),",
            ),
            ("p", "Requérons la société Social Example, Inc. de bien vouloir nous communiquer :"),
            ("t", "Compte|@teranga_bourse_invest"),
            (
                "t",
                "Données demandées|Données d'identification du titulaire (nom, adresse e-mail, numéro de "
                "téléphone, date de création) et journaux de connexion (adresses IP, dates et heures)",
            ),
            ("t", "Période|du 1er juin 2026 au 31 octobre 2026"),
            ("t", "Délai|dans les meilleurs délais"),
            ("p", "Fait à Dakar, le 11 novembre 2026.  Le Commissaire de police, Aïssatou Ndiaye-Faye"),
        ],
        author="DSC Dakar",
    )
    text = """\
Bonjour,

Veuillez trouver ci-joint une réquisition judiciaire de la Division Spéciale de Cybersécurité concernant le compte
@teranga_bourse_invest. Nous vous remercions de votre collaboration.

Cordialement,
Commissaire Aïssatou Ndiaye-Faye
Division Spéciale de Cybersécurité - Police nationale du Sénégal
"""
    return make(
        "026-senegal-dsc-requisition-docx",
        "Senegal's Division Spéciale de Cybersécurité réquisition judiciaire (.docx, table, fr) on the prosecutor's "
        "instructions: identification data and connection logs 1 June-31 Oct 2026 of an @handle; online Ponzi "
        "scheme; 'as soon as possible'.",
        "fr",
        "SN",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Division Spéciale de Cybersécurité",
                "Division Spéciale de Cybersécurité (DSC)",
                "Police nationale du Sénégal",
                "Direction de la Police Judiciaire - Division Spéciale de Cybersécurité (DSC), Dakar",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SN",
            "requester.email": "dsc.requisitions@policenationale.gouv.sn",
            "requester.verified": True,
            "requester.signer": "Aïssatou Ndiaye-Faye",
            "requester.signer_title": any_of("Commissaire de police", "Commissaire", "Officier de police judiciaire"),
            "targets": ["teranga_bourse_invest"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(
                None, "escroquerie", "escroquerie et appel public à l'épargne non autorisé (système de Ponzi en ligne)"
            ),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": any_of("2026/1409/DSC", "N° 2026/1409/DSC"),
        },
        sender="DSC - Réquisitions <dsc.requisitions@policenationale.gouv.sn>",
        subject="Réquisition judiciaire N° 2026/1409/DSC",
        date=date,
        message_id="<req-2026-1409-dsc@policenationale.gouv.sn>",
        text=text,
        attachments=[(document, "application", DOCX, "Requisition_2026-1409-DSC.docx")],
        dkim="policenationale.gouv.sn",
    )


TUNISIA_SCAN = """\
# RÉPUBLIQUE TUNISIENNE
# MINISTÈRE DE L'INTÉRIEUR
Direction Générale de la Sûreté Nationale
Sous-Direction des Enquêtes sur les Crimes Informatiques - Tunis

N° 3307/SDECI/2026                                   Tunis, le 19/10/2026

À l'attention du service juridique de Social Example, Inc.

Objet : demande d'informations - harcèlement et menaces en ligne

Dans le cadre d'une enquête ouverte sur instructions du Procureur de la
République près le Tribunal de première instance de Tunis (affaire n° 41882/2026),
nous avons l'honneur de vous demander de nous communiquer, concernant le
compte @bardo_anonyme_216 :
  - les données d'identification (nom, e-mail, numéro de téléphone) ;
  - les adresses IP de connexion du 01/08/2026 au 15/10/2026 ;
  - le contenu des messages privés adressés à la victime.

Nous vous prions de bien vouloir répondre dans un délai de huit (8) jours.

Le Commissaire principal
Slim Ben Gharbia-Trabelsi
"""


def tunisia_interior_scan() -> Message:
    date = when(2026, 10, 20, 9, 30, 0, 1)
    return make(
        "027-tunisia-interior-scan",
        "Tunisia's Interior Ministry cybercrime investigators' letter as an image-only scan (fr): identification "
        "data, connection IPs 01/08-15/10/2026 and the private messages sent to the victim by an @handle; "
        "harassment; eight days; asks for content without an agreement.",
        "fr",
        "TN",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Ministère de l'Intérieur",
                "Direction Générale de la Sûreté Nationale",
                "Sous-Direction des Enquêtes sur les Crimes Informatiques",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "TN",
            "requester.email": "sdeci@interieur.gov.tn",
            "requester.verified": True,
            "requester.signer": "Slim Ben Gharbia-Trabelsi",
            "requester.signer_title": any_of("Le Commissaire principal", "Commissaire principal"),
            "targets": ["bardo_anonyme_216"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "harcèlement et menaces en ligne"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-28T17:00:00+01:00", "2026-10-28T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("3307/SDECI/2026", "41882/2026", "N° 3307/SDECI/2026"),
        },
        sender="SDECI Tunis <sdeci@interieur.gov.tn>",
        subject="Demande d'informations N° 3307/SDECI/2026",
        date=date,
        message_id="<3307-sdeci-2026@interieur.gov.tn>",
        text="Bonjour,\nCi-joint notre correspondance scannée.\nCordialement\n",
        attachments=[(scan([TUNISIA_SCAN], skew=-0.5, noise=0.0004, seed=127), "application", "pdf", "3307.pdf")],
        dkim="interieur.gov.tn",
    )


def angola_sic_html() -> Message:
    date = when(2026, 11, 19, 14, 45, 0, 1)
    html = """\
<html><body>
<p><b>REPÚBLICA DE ANGOLA<br>MINISTÉRIO DO INTERIOR<br>SERVIÇO DE INVESTIGAÇÃO CRIMINAL (SIC)</b><br>
Direcção de Combate aos Crimes Informáticos - Luanda</p>
<p>Ofício n.º 0912/DCCI/SIC/2026 &nbsp;&nbsp; Luanda, aos 18 de Novembro de 2026</p>
<p>Exmos. Senhores da Social Example, Inc.,</p>
<p>No âmbito do processo-crime n.º 5521/26-DCCI, instaurado por burla por meios informáticos, solicitamos
a V. Exas. se dignem fornecer-nos, relativamente à conta <b>@kwanza_invest_ao</b>, os seguintes elementos:</p>
<ul>
<li>dados cadastrais do titular (nome, endereço de e-mail, número de telefone, data de criação);</li>
<li>registos de endereços IP de acesso entre 01/09/2026 e 15/11/2026.</li>
</ul>
<p>Agradecemos a resposta no prazo de 15 (quinze) dias.</p>
<p>Com os melhores cumprimentos,<br>O Director, <b>Superintendente-Chefe Domingos Kiala Neto</b></p>
</body></html>
"""
    return make(
        "028-angola-sic-html",
        "Angola's Serviço de Investigação Criminal ofício in an HTML body (pt): registration data and access IPs "
        "01/09-15/11/2026 of an @handle; computer fraud; 15 days.",
        "pt",
        "AO",
        ("html",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Serviço de Investigação Criminal (SIC)",
                "Serviço de Investigação Criminal",
                "SIC",
                "Ministério do Interior",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "AO",
            "requester.email": "dcci.sic@minint.gov.ao",
            "requester.verified": True,
            "requester.signer": "Domingos Kiala Neto",
            "requester.signer_title": any_of("Director", "O Director", "Superintendente-Chefe"),
            "targets": ["kwanza_invest_ao"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "burla por meios informáticos"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-04T17:00:00+01:00", "2026-12-04T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("5521/26-DCCI", "0912/DCCI/SIC/2026"),
        },
        sender="DCCI - SIC Angola <dcci.sic@minint.gov.ao>",
        subject="Ofício n.º 0912/DCCI/SIC/2026",
        date=date,
        message_id="<oficio-0912-dcci-2026@minint.gov.ao>",
        html=html,
        dkim="minint.gov.ao",
    )


def cabo_verde_pj_odt() -> Message:
    date = when(2026, 9, 15, 10, 10, 0, -1)
    document = odt(
        [
            "REPÚBLICA DE CABO VERDE - POLÍCIA JUDICIÁRIA",
            "Departamento de Investigação Criminal da Praia - Secção de Criminalidade Informática",
            "Ofício n.º 377/SCI/2026        Inquérito n.º 1290/2026-PR",
            "Assunto: Pedido de informação",
            "No âmbito do inquérito acima referenciado, em que se investiga um crime de devassa da vida privada e "
            "ameaça, através da divulgação de fotografias íntimas, solicita-se a V. Exas. a remessa dos dados de "
            "registo (nome, e-mail, telefone, data de criação) e dos endereços IP de acesso, desde 1 de julho de "
            "2026, das contas @morabeza_vendas e mindelo.segredos@example.com.",
            "O processo encontra-se em segredo de justiça, pelo que se solicita que o titular da conta não seja "
            "informado do presente pedido.",
            "Solicita-se resposta até 30 de setembro de 2026.",
            "O Inspetor-Chefe, Armindo Tavares Lopes",
        ],
        heading="POLÍCIA JUDICIÁRIA",
    )
    return make(
        "029-cabo-verde-pj-odt",
        "Cabo Verde's Polícia Judiciária ofício as .odt (pt): registration data and access IPs since 1 July 2026 of an "
        "@handle and an e-mail address; intimate images and threats; segredo de justiça, do not inform the user; "
        "by 30 September 2026.",
        "pt",
        "CV",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polícia Judiciária", "Polícia Judiciária de Cabo Verde", "República de Cabo Verde - Polícia Judiciária"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CV",
            "requester.email": "sci.praia@pj.gov.cv",
            "requester.verified": True,
            "requester.signer": "Armindo Tavares Lopes",
            "requester.signer_title": any_of("Inspetor-Chefe", "O Inspetor-Chefe"),
            "targets": ["morabeza_vendas", "mindelo.segredos@example.com"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "devassa da vida privada e ameaça"),
            "date_range": any_of(
                None, {"start": "2026-07-01", "end": "2026-09-15"}, {"start": "2026-07-01", "end": "2026-09-14"}
            ),
            "served_at": served(date),
            "return_by": any_of(None, "2026-09-30T17:00:00-01:00", "2026-09-30T23:59:59-01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": any_of("1290/2026-PR", "377/SCI/2026", "Inquérito n.º 1290/2026-PR"),
        },
        sender="PJ Praia - SCI <sci.praia@pj.gov.cv>",
        subject="Pedido de informação - Inquérito 1290/2026-PR",
        date=date,
        message_id="<sci-377-2026@pj.gov.cv>",
        text="Exmos. Senhores,\n\nSegue em anexo o ofício n.º 377/SCI/2026.\n\nCumprimentos,\nArmindo Tavares Lopes\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Oficio_377_SCI_2026.odt")],
        dkim="pj.gov.cv",
    )


def rostock_staatsanwaltschaft_german() -> Message:
    date = when(2026, 11, 20, 8, 55, 0, 1)
    text = """\
Staatsanwaltschaft Rostock
Doktor-Lorenz-Weg 1, 18059 Rostock

Aktenzeichen: 431 Js 21877/26

Auskunftsersuchen - Social Example, Inc.

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft Rostock führt ein Ermittlungsverfahren gegen Unbekannt wegen gewerbsmäßigen Betruges
(§ 263 Abs. 1, Abs. 3 StGB) im Zusammenhang mit betrügerischen Wohnmobil-Verkaufsanzeigen.

Ich bitte Sie um freiwillige Auskunft zu dem Nutzerkonto "ostsee_trader88" sowie zu dem Konto mit der
E-Mail-Adresse k.wendt.camper@example.de:

  1. Bestandsdaten (Name, Anschrift, E-Mail-Adresse, Telefonnummer, Registrierungsdatum),
  2. die für Anmeldungen genutzten IP-Adressen samt Zeitstempel im Zeitraum 01.10.2026 bis 15.11.2026.

Inhalte der Kommunikation werden nicht erbeten. Da eine Benachrichtigung den Ermittlungserfolg gefährden würde,
bitte ich, die Kontoinhaber nicht über dieses Ersuchen zu informieren.

Für eine Antwort bis zum 04.12.2026 wäre ich dankbar.

Mit freundlichen Grüßen

Dr. Annegret Voßkuhle-Baran
Staatsanwältin
"""
    return make(
        "030-rostock-staatsanwaltschaft-german",
        "A public prosecutor in Rostock (de) asks for voluntary disclosure of subscriber data and log-in IPs "
        "01.10-15.11.2026 of a user name and an e-mail address; fraud; no content; asks not to inform the users; by "
        "04.12.2026.",
        "de",
        "DE",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§ 263 StGB", "§ 263 Abs. 1, Abs. 3 StGB"),
            "requester.name": "Staatsanwaltschaft Rostock",
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "annegret.vosskuhle-baran@sta-rostock.mv-justiz.de",
            "requester.verified": True,
            "requester.signer": "Annegret Voßkuhle-Baran",
            "requester.signer_title": "Staatsanwältin",
            "targets": ["ostsee_trader88", "k.wendt.camper@example.de"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "gewerbsmäßiger Betrug", "Betrug"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-04T17:00:00+01:00", "2026-12-04T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": "431 Js 21877/26",
        },
        sender="Voßkuhle-Baran, Annegret <annegret.vosskuhle-baran@sta-rostock.mv-justiz.de>",
        subject="Auskunftsersuchen 431 Js 21877/26",
        date=date,
        message_id="<431Js21877-26.1120@sta-rostock.mv-justiz.de>",
        text=text,
        dkim="sta-rostock.mv-justiz.de",
    )


def vatican_gendarmeria_pdf() -> Message:
    date = when(2026, 10, 22, 12, 20, 0, 2)
    letter = """\
STATO DELLA CITTÀ DEL VATICANO
CORPO DELLA GENDARMERIA
Ufficio Operazioni - Sezione Reati Informatici

Prot. n. 2026/4471/SRI                                Città del Vaticano, 21 ottobre 2026

Spett.le Social Example, Inc. - Ufficio Legale

Oggetto: richiesta di dati - procedimento penale n. 118/26 RGP (Ufficio del Promotore di Giustizia)

Su delega del Promotore di Giustizia presso il Tribunale dello Stato della Città del Vaticano, nell'ambito del
procedimento in oggetto per truffa aggravata in danno dei visitatori dei Musei Vaticani (vendita di biglietti
falsi), si chiede cortesemente di voler fornire, relativamente all'account @musei_vaticani_biglietti_ufficiale:

  a) i dati anagrafici e di registrazione del titolare (nome, e-mail, numero di telefono, data di creazione);
  b) i log delle connessioni (indirizzi IP, data e ora) dal 1° settembre 2026 al 20 ottobre 2026.

Si prega di trasmettere quanto richiesto entro 15 giorni dalla ricezione della presente.

Il Comandante
Dott. Giancarlo Vitale Morosini
"""
    return make(
        "031-vatican-gendarmeria-pdf",
        "The Vatican City State Gendarmerie (it), delegated by the Promoter of Justice, asks in a PDF letter for "
        "identity data and connection logs 1 Sep-20 Oct 2026 of an @handle impersonating the Vatican Museums; fake "
        "tickets; 15 days from receipt.",
        "it",
        "VA",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Corpo della Gendarmeria",
                "Corpo della Gendarmeria dello Stato della Città del Vaticano",
                "Gendarmeria Vaticana",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "VA",
            "requester.email": "sezione.reatiinformatici@vaticanstate.va",
            "requester.verified": True,
            "requester.signer": any_of("Giancarlo Vitale Morosini", "Dott. Giancarlo Vitale Morosini"),
            "requester.signer_title": any_of("Il Comandante", "Comandante"),
            "targets": ["musei_vaticani_biglietti_ufficiale"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "truffa aggravata", "vendita di biglietti falsi"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-20"},
            "served_at": served(date),
            # 15 days from 2026-10-22; Rome time changes to CET on 2026-10-25
            "return_by": any_of(None, "2026-11-06T17:00:00+01:00", "2026-11-06T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("118/26 RGP", "2026/4471/SRI", "Prot. n. 2026/4471/SRI"),
        },
        sender="Gendarmeria - Sezione Reati Informatici <sezione.reatiinformatici@vaticanstate.va>",
        subject="Prot. 2026/4471/SRI - richiesta dati",
        date=date,
        message_id="<2026-4471-SRI@vaticanstate.va>",
        text="Si trasmette in allegato la nota in oggetto.\nDistinti saluti\nSezione Reati Informatici\n",
        attachments=[(pdf(letter), "application", "pdf", "Prot_2026_4471_SRI.pdf")],
        dkim="vaticanstate.va",
    )


def jamaica_jcf_request() -> Message:
    date = when(2026, 9, 30, 15, 5, 0, -5)
    text = """\
JAMAICA CONSTABULARY FORCE
Communication Forensics and Cybercrimes Division (CFCD)
1 Ardenne Road, Kingston 10

Our Ref: CFCD/REQ/2026/0583                                        30th September 2026

The Law Enforcement Response Team
Social Example, Inc.

Re: Request for Subscriber Information - Lottery Scam Investigation (Law Reform (Fraudulent Transactions)
(Special Provisions) Act, 2013)

The CFCD is investigating an advance-fee lottery scam targeting elderly persons in the United States and Canada.
Victims report being contacted through the account @montego_lotto_winner.

We respectfully request, on a voluntary basis, the following for that account:
  (i)  registration details (name, e-mail address, telephone number, date of creation);
  (ii) IP addresses used to log in between 1st July 2026 and 25th September 2026.

We would be grateful for a response by 14 October 2026. We understand that any request for the content of
communications must be made through the Mutual Legal Assistance channel.

Yours faithfully,

Det. Sgt. Andrea Whyte-Campbell
for: Senior Superintendent, CFCD
(876) 555-0197
"""
    return make(
        "032-jamaica-jcf-request",
        "Jamaica Constabulary Force cybercrimes division asks voluntarily for registration data and log-in IPs of an "
        "@handle, 1st July-25th September 2026; lottery scam; response by 14 October 2026.",
        "en",
        "JM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Law Reform (Fraudulent Transactions) (Special Provisions) Act, 2013"),
            "requester.name": any_of(
                "Jamaica Constabulary Force",
                "Jamaica Constabulary Force, Communication Forensics and Cybercrimes Division",
                "Communication Forensics and Cybercrimes Division (CFCD)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "JM",
            "requester.email": "cfcd.requests@jcf.gov.jm",
            "requester.verified": True,
            "requester.signer": "Andrea Whyte-Campbell",
            "requester.signer_title": any_of("Det. Sgt.", "Detective Sergeant"),
            "targets": ["montego_lotto_winner"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "lottery scam", "advance-fee lottery scam"),
            "date_range": {"start": "2026-07-01", "end": "2026-09-25"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-14T17:00:00-05:00", "2026-10-14T23:59:59-05:00"),
            "mechanism": "NONE",
            "case_number": "CFCD/REQ/2026/0583",
        },
        sender="CFCD Requests <cfcd.requests@jcf.gov.jm>",
        subject="CFCD/REQ/2026/0583 - Request for Subscriber Information",
        date=date,
        message_id="<CFCD-0583-20260930@jcf.gov.jm>",
        text=text,
        dkim="jcf.gov.jm",
    )


def malta_police_preservation() -> Message:
    date = when(2026, 11, 26, 10, 40, 0, 1)
    text = """\
Dear Sir/Madam,

PRESERVATION REQUEST - Malta Police Force, Cyber Crime Unit - Ref. CCU/2026/1742

The Cyber Crime Unit is investigating a cryptocurrency investment fraud in which victims in Malta transferred
approximately EUR 380,000 after being contacted through the account @valletta_crypto_desk (registered, we
believe, with the e-mail address vcd.support@example.com).

Pending a formal request through the Office of the Attorney General under the Mutual Legal Assistance Treaty
between Malta and the United States, we kindly request that you preserve all data relating to the above account,
including subscriber details, connection logs and the content of messages, for a period of 90 days.

Please confirm the preservation and quote your reference. Kindly do not notify the account holder.

Regards,

Inspector Keith Azzopardi-Vella
Cyber Crime Unit, Malta Police Force
Police General Headquarters, Floriana
"""
    return make(
        "033-malta-police-preservation",
        "Malta Police Force Cyber Crime Unit asks to preserve an @handle and an e-mail address (subscriber data, logs, "
        "content) for 90 days pending an MLAT request; crypto investment fraud; asks not to notify.",
        "en",
        "MT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Malta Police Force", "Malta Police Force, Cyber Crime Unit", "Cyber Crime Unit, Malta Police Force"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MT",
            "requester.email": "keith.azzopardi-vella@gov.mt",
            "requester.verified": True,
            "requester.signer": "Keith Azzopardi-Vella",
            "requester.signer_title": "Inspector",
            "targets": any_of(["valletta_crypto_desk", "vcd.support@example.com"], ["valletta_crypto_desk"]),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "cryptocurrency investment fraud"),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": any_of(None, "NONE", "MLAT"),
            "case_number": any_of("CCU/2026/1742", "Ref. CCU/2026/1742"),
        },
        sender="Azzopardi-Vella Keith at Malta Police <keith.azzopardi-vella@gov.mt>",
        subject="Preservation Request - Ref. CCU/2026/1742",
        date=date,
        message_id="<CCU-2026-1742@gov.mt>",
        text=text,
        dkim="gov.mt",
    )


def paraguay_fiscalia_no_target() -> Message:
    date = when(2026, 10, 9, 10, 0, 0, -3)
    text = """\
Asunción, 9 de octubre de 2026

Señores
Social Example, Inc.

REF.: Causa N.º 1-1-2-26-0041877 "Investigación fiscal s/ amenaza y coacción"

Me dirijo a ustedes en mi carácter de Agente Fiscal de la Unidad Especializada de Delitos Informáticos del
Ministerio Público, a fin de solicitar los datos del titular (nombre, correo electrónico, teléfono) y las
direcciones IP de conexión de la cuenta desde la cual se enviaron mensajes amenazantes a la víctima, la señora
Liz Carolina Benítez Ortiz, entre el 15 y el 30 de septiembre de 2026. La víctima manifiesta que el autor
utiliza un perfil con fotografía de un automóvil rojo y que la contactó por mensaje directo.

Se solicita remitir lo requerido en el plazo de cinco (5) días hábiles.

Atentamente,

Abg. Hugo Ramón Villalba Sanabria
Agente Fiscal - Unidad Especializada de Delitos Informáticos
Ministerio Público de la República del Paraguay
"""
    return make(
        "034-paraguay-fiscalia-no-target",
        "Paraguay's Ministerio Público (cybercrime unit) asks for the subscriber data and IPs of 'the account that "
        "threatened the victim' without naming any account (only the victim's name and a profile photo): a person "
        "must ask which account is meant.",
        "es",
        "PY",
        ("plain_text",),
        "TRIAGE",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Ministerio Público de la República del Paraguay",
                "Ministerio Público",
                "Unidad Especializada de Delitos Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PY",
            "requester.email": "hvillalba@ministeriopublico.gov.py",
            "requester.verified": True,
            "requester.signer": "Hugo Ramón Villalba Sanabria",
            "requester.signer_title": any_of(
                "Agente Fiscal", "Agente Fiscal - Unidad Especializada de Delitos Informáticos"
            ),
            "targets": [],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "amenaza y coacción"),
            "date_range": any_of(None, {"start": "2026-09-15", "end": "2026-09-30"}),
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-16T17:00:00-03:00", "2026-10-16T23:59:59-03:00"),
            "mechanism": "NONE",
            "case_number": "1-1-2-26-0041877",
        },
        sender="Hugo Villalba <hvillalba@ministeriopublico.gov.py>",
        subject="Solicitud de informe - Causa 1-1-2-26-0041877",
        date=date,
        message_id="<causa-0041877-1009@ministeriopublico.gov.py>",
        text=text,
        dkim="ministeriopublico.gov.py",
    )


MESSAGES = [
    guatemala_mp_oficio_pdf,
    el_salvador_pnc_emergency,
    senegal_dsc_requisition_docx,
    tunisia_interior_scan,
    angola_sic_html,
    cabo_verde_pj_odt,
    rostock_staatsanwaltschaft_german,
    vatican_gendarmeria_pdf,
    jamaica_jcf_request,
    malta_police_preservation,
    paraguay_fiscalia_no_target,
]

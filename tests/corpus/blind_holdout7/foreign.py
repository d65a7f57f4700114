"""Foreign requests (Spanish, French, Portuguese, Italian, German and English from non-US bodies). Sender
domains are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout7._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def guatemala_mp_oficio_pdf() -> Message:
    date = when(2026, 11, 10, 9, 40, 0, -6)
    oficio = """\
MINISTERIO PÚBLICO - REPÚBLICA DE GUATEMALA
Fiscalía contra la Extorsión, Agencia Fiscal 4

Oficio No. FCE-A4-2026-3381                        Guatemala, 9 de noviembre de 2026

Señores
SOCIAL EXAMPLE, INC.
Departamento de Asuntos Legales

Respetuosamente me dirijo a ustedes dentro de la carpeta fiscal MP001-2026-88214, que se investiga por el
delito de extorsión (artículo 261 del Código Penal), con fundamento en los artículos 309 y 319 del Código
Procesal Penal, para solicitar su colaboración en el sentido de proporcionar, del perfil
https://social.example.com/cobros.zona18 :

  1. Datos de registro del usuario (nombre, correo electrónico, número de teléfono);
  2. Direcciones IP de inicio de sesión, con fecha y hora, del 1 de agosto al 31 de octubre de 2026.

Se solicita remitir la información dentro del plazo de cinco (5) días hábiles. Las actuaciones son de
carácter reservado (artículo 314 del Código Procesal Penal).

Atentamente,

Licda. Heidy Marisol Ajú Contreras
Agente Fiscal
"""
    return make(
        "025-guatemala-mp-oficio-pdf",
        "Guatemala's Ministerio Público (extortion prosecutors) oficio in a PDF: registration data and log-in IPs "
        "1 Aug-31 Oct 2026 of a profile URL; five business days; actuaciones reservadas.",
        "es",
        "GT",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "artículos 309 y 319 del Código Procesal Penal",
                "Código Procesal Penal",
                "artículo 261 del Código Penal",
            ),
            "requester.name": any_of(
                "Ministerio Público", "Ministerio Público - República de Guatemala", "Fiscalía contra la Extorsión"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GT",
            "requester.email": "hajuc@mp.gob.gt",
            "requester.verified": True,
            "requester.signer": "Heidy Marisol Ajú Contreras",
            "requester.signer_title": "Agente Fiscal",
            "targets": any_of(["https://social.example.com/cobros.zona18"], ["cobros.zona18"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("extorsión", "extorsion", "delito de extorsión"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            # five business days from Tuesday 2026-11-10: Tuesday 2026-11-17
            "return_by": any_of(None, "2026-11-17T17:00:00-06:00", "2026-11-17T23:59:59-06:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": any_of("MP001-2026-88214", "FCE-A4-2026-3381"),
        },
        sender="Heidy Aju Contreras <hajuc@mp.gob.gt>",
        subject="Oficio FCE-A4-2026-3381 - solicitud de información",
        date=date,
        message_id="<MP-FCE-3381-1110@mp.gob.gt>",
        text="Buen día, se adjunta oficio para su diligenciamiento.\n\nLicda. Heidy Ajú\nAgente Fiscal\n",
        attachments=[(pdf(oficio), "application", "pdf", "OFICIO_FCE-A4-2026-3381.pdf")],
        dkim="mp.gob.gt",
    )


def paraguay_policia_html_conflicting_accounts() -> Message:
    date = when(2026, 11, 16, 11, 5, 0, -3)
    html = """\
<html><body>
<p>Señores Social Example, Inc.:</p>
<p>La División Especializada contra Delitos Informáticos de la Policía Nacional, en el marco de la causa
penal N.º 4471/2026 caratulada &laquo;Personas innominadas s/ Estafa&raquo;, a cargo de la Unidad Penal
N.º 3 de Delitos Informáticos del Ministerio Público, solicita la siguiente información sobre la cuenta
<b>asuncion.celulares.py</b>, utilizada para ofrecer teléfonos que nunca fueron entregados:</p>
<table border="1" cellpadding="4">
<tr><td>Cuenta</td><td>@asu_celulares_baratos</td></tr>
<tr><td>Datos solicitados</td><td>Datos de registro (nombre, correo, teléfono) y direcciones IP de conexión</td></tr>
<tr><td>Período</td><td>01/09/2026 al 10/11/2026</td></tr>
<tr><td>Plazo</td><td>10 días</td></tr>
</table>
<p>Atentamente,<br>Comisario Rodrigo Benítez Irala<br>Jefe de División, Delitos Informáticos<br>
Policía Nacional del Paraguay</p>
</body></html>
"""
    return make(
        "026-paraguay-policia-html-conflicting-accounts",
        "Paraguay's National Police (cybercrime division) request in HTML: registration data and connection IPs "
        "01/09-10/11/2026 for a fraud case. TRIAGE: the text names the account asuncion.celulares.py, the table "
        "@asu_celulares_baratos; which account is meant must be asked.",
        "es",
        "PY",
        ("html_table",),
        "TRIAGE",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Policía Nacional del Paraguay",
                "División Especializada contra Delitos Informáticos",
                "Policía Nacional",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PY",
            "requester.email": "delitosinformaticos@policianacional.gov.py",
            "requester.verified": True,
            "requester.signer": "Rodrigo Benítez Irala",
            "requester.signer_title": any_of("Comisario", "Jefe de División", "Jefe de División, Delitos Informáticos"),
            "targets": any_of(
                ["asuncion.celulares.py", "asu_celulares_baratos"],
                ["asu_celulares_baratos"],
                ["asuncion.celulares.py"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Estafa", "estafa"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-26T17:00:00-03:00", "2026-11-26T23:59:59-03:00"),
            "mechanism": "NONE",
            "case_number": "4471/2026",
        },
        sender="Delitos Informaticos PN <delitosinformaticos@policianacional.gov.py>",
        subject="Solicitud de informe - causa 4471/2026",
        date=date,
        message_id="<DEDI-4471-1116@policianacional.gov.py>",
        html=html,
        dkim="policianacional.gov.py",
    )


def senegal_police_requisition() -> Message:
    date = when(2026, 10, 22, 12, 30, 0, 0)
    text = """\
RÉPUBLIQUE DU SÉNÉGAL - MINISTÈRE DE L'INTÉRIEUR
Direction de la Police judiciaire - Division spéciale de cybersécurité (DSC)

RÉQUISITION JUDICIAIRE N° 0918/DSC/2026

Nous, Commissaire de police Aminata Diouf Sarr, Officier de police judiciaire, agissant en enquête
préliminaire sur instructions du Procureur de la République près le Tribunal de Grande Instance Hors
Classe de Dakar, pour des faits d'escroquerie et d'usurpation d'identité, vu les articles 67 et suivants
du Code de procédure pénale,

Requérons la société Social Example, Inc. de bien vouloir nous communiquer, concernant le compte
dakar_bons_plans_221 et le numéro de téléphone +221 77 555 01 23 qui lui serait rattaché :
  - les données d'identification de l'abonné (nom, adresse électronique, numéros de téléphone) ;
  - la date de création du compte et les adresses IP de connexion du 1er août 2026 au 20 octobre 2026.

Réponse souhaitée dans les meilleurs délais.

Fait à Dakar, le 22 octobre 2026
Le Commissaire Aminata Diouf Sarr, Chef de la DSC
"""
    return make(
        "027-senegal-police-requisition",
        "Senegal's Police judiciaire cybersecurity division (fr) réquisition typed into the body: subscriber data and "
        "connection IPs 1er août-20 octobre 2026 of a user name and a +221 phone; fraud; 'dans les meilleurs délais'.",
        "fr",
        "SN",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "articles 67 et suivants du Code de procédure pénale", "Code de procédure pénale"),
            "requester.name": any_of(
                "Division spéciale de cybersécurité",
                "Direction de la Police judiciaire - Division spéciale de cybersécurité (DSC)",
                "Police nationale du Sénégal",
                "Ministère de l'Intérieur",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SN",
            "requester.email": "dsc.cybersecurite@interieur.gouv.sn",
            "requester.verified": True,
            "requester.signer": "Aminata Diouf Sarr",
            "requester.signer_title": any_of("Commissaire de police", "Chef de la DSC", "Commissaire"),
            "targets": any_of(
                ["dakar_bons_plans_221", "+221775550123"],
                ["dakar_bons_plans_221", "+221 77 555 01 23"],
                ["dakar_bons_plans_221"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "escroquerie et usurpation d'identité", "escroquerie", "escroquerie et d'usurpation d'identité"
            ),
            "date_range": {"start": "2026-08-01", "end": "2026-10-20"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": any_of("0918/DSC/2026", "N° 0918/DSC/2026"),
        },
        sender="DSC Police Judiciaire <dsc.cybersecurite@interieur.gouv.sn>",
        subject="Réquisition judiciaire N° 0918/DSC/2026",
        date=date,
        message_id="<DSC-0918-2026@interieur.gouv.sn>",
        text=text,
        dkim="interieur.gouv.sn",
    )


def cote_divoire_plcc_pdf() -> Message:
    date = when(2026, 11, 26, 15, 10, 0, 0)
    requisition = """\
RÉPUBLIQUE DE CÔTE D'IVOIRE
Union - Discipline - Travail
MINISTÈRE DE L'INTÉRIEUR ET DE LA SÉCURITÉ
Direction de l'Informatique et des Traces Technologiques
Plateforme de Lutte Contre la Cybercriminalité (PLCC)

Abidjan, le 25/11/2026
N° 2026/1147/PLCC

RÉQUISITION

Vu les articles 63 et suivants du Code de procédure pénale ; agissant sur soit-transmis de Monsieur le
Procureur de la République près le Tribunal de Première Instance d'Abidjan-Plateau, dans une affaire
d'escroquerie sentimentale (« broutage ») au préjudice d'une ressortissante française,

Nous, Lieutenant de police Kouassi Yao Brou-Delafosse, Officier de police judiciaire,

Requérons Social Example, Inc. de nous communiquer, pour le compte « @belle_vie_abidjan » :
  1) les informations d'inscription (nom, courriel, téléphone, date de création) ;
  2) l'historique des adresses IP de connexion du 01/09/2026 au 24/11/2026 ;
  3) le contenu des messages échangés avec le compte « @marie.lyon.69 ».

Délai de réponse : sous huitaine.
"""
    return make(
        "028-cote-divoire-plcc-pdf",
        "Côte d'Ivoire's cybercrime platform (PLCC) réquisition in a PDF (fr): subscriber data, IP history "
        "01/09-24/11/2026 and the messages exchanged with the victim of an @handle; romance scam; 'sous huitaine'; "
        "asks for content without any agreement.",
        "fr",
        "CI",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "articles 63 et suivants du Code de procédure pénale", "Code de procédure pénale"),
            "requester.name": any_of(
                "Plateforme de Lutte Contre la Cybercriminalité",
                "Plateforme de Lutte Contre la Cybercriminalité (PLCC)",
                "PLCC",
                "Ministère de l'Intérieur et de la Sécurité",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CI",
            "requester.email": "plcc.requisitions@interieur.gouv.ci",
            "requester.verified": True,
            "requester.signer": "Kouassi Yao Brou-Delafosse",
            "requester.signer_title": any_of("Lieutenant de police", "Officier de police judiciaire"),
            "targets": ["belle_vie_abidjan"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("escroquerie sentimentale", "escroquerie sentimentale (« broutage »)", "broutage"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-24"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-04T17:00:00+00:00", "2026-12-04T23:59:59+00:00"),
            "mechanism": "NONE",
            "case_number": any_of("2026/1147/PLCC", "N° 2026/1147/PLCC"),
        },
        sender="PLCC Requisitions <plcc.requisitions@interieur.gouv.ci>",
        subject="Réquisition N° 2026/1147/PLCC",
        date=date,
        message_id="<PLCC-1147-20261126@interieur.gouv.ci>",
        text="Bonjour,\n\nVeuillez trouver ci-joint notre réquisition.\n\nCordialement,\nLa PLCC\n",
        attachments=[(pdf(requisition), "application", "pdf", "Requisition_1147.pdf")],
        dkim="interieur.gouv.ci",
    )


def angola_sic_oficio_docx() -> Message:
    date = when(2026, 11, 18, 10, 0, 0, 1)
    document = docx_file(
        [
            ("h", "REPÚBLICA DE ANGOLA - MINISTÉRIO DO INTERIOR"),
            ("h", "SERVIÇO DE INVESTIGAÇÃO CRIMINAL - Direcção de Combate aos Crimes Informáticos"),
            ("p", "Ofício n.º 2291/DCCI/SIC/2026                                    Luanda, 17 de Novembro de 2026"),
            ("p", "Exmos. Senhores, Social Example, Inc."),
            (
                "p",
                "No âmbito do Processo-Crime n.º 5530/26-SIC, que investiga a prática do crime de burla "
                "informática, solicita-se a V. Exas. que se dignem fornecer, relativamente à conta abaixo "
                "identificada, os seguintes elementos:",
            ),
            ("t", "Conta|@luanda_kumbu_facil"),
            ("t", "Telefone associado|+244 923 555 014"),
            ("t", "Elementos|Dados de registo (nome, e-mail, telefone, data de criação) e endereços IP de acesso"),
            ("t", "Período|01/09/2026 a 15/11/2026"),
            ("p", "Agradece-se resposta no prazo de 15 (quinze) dias."),
            ("p", "O Superintendente-Chefe de Investigação Criminal, Manuel Kiala Domingos Neto"),
        ],
        author="SIC-DCCI",
    )
    return make(
        "029-angola-sic-oficio-docx",
        "Angola's Criminal Investigation Service ofício as .docx (pt): registration data and access IPs "
        "01/09-15/11/2026 of an @handle with a +244 phone; computer fraud; 15 days.",
        "pt",
        "AO",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Serviço de Investigação Criminal",
                "SIC",
                "Serviço de Investigação Criminal - Direcção de Combate aos Crimes Informáticos",
                "Ministério do Interior",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "AO",
            "requester.email": "dcci.sic@minint.gov.ao",
            "requester.verified": True,
            "requester.signer": "Manuel Kiala Domingos Neto",
            "requester.signer_title": any_of("Superintendente-Chefe de Investigação Criminal", "Superintendente-Chefe"),
            "targets": any_of(
                ["luanda_kumbu_facil", "+244923555014"],
                ["luanda_kumbu_facil", "+244 923 555 014"],
                ["luanda_kumbu_facil"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("burla informática", "crime de burla informática"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-03T17:00:00+01:00", "2026-12-03T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("5530/26-SIC", "2291/DCCI/SIC/2026"),
        },
        sender="DCCI - SIC <dcci.sic@minint.gov.ao>",
        subject="Ofício n.º 2291/DCCI/SIC/2026",
        date=date,
        message_id="<SIC-DCCI-2291@minint.gov.ao>",
        text="Boa tarde,\nSegue em anexo o ofício referente ao processo 5530/26-SIC.\nCumprimentos,\nDCCI/SIC\n",
        attachments=[(document, "application", DOCX, "Oficio_2291_DCCI.docx")],
        dkim="minint.gov.ao",
    )


BARI_SCAN = """\
# PROCURA DELLA REPUBBLICA
# presso il Tribunale di Bari
Proc. pen. n. 8842/2026 R.G.N.R. Mod. 44                                  Bari, 29 ottobre 2026

Spett.le Social Example, Inc. - Law Enforcement Response Team

OGGETTO: richiesta di dati relativi a profilo utente.

Il Pubblico Ministero, dott.ssa Giuliana Loiacono-Bertè, nell'ambito del procedimento penale in
epigrafe per il reato di truffa aggravata (art. 640 c.p.), commessa mediante false inserzioni di
affitti turistici,

CHIEDE

che codesta Società voglia fornire, relativamente al profilo "puglia_affari_casa":
  - dati anagrafici e di registrazione (nome, e-mail, numero di telefono, data di creazione);
  - indirizzi IP di accesso, con data e ora, dal 1 luglio 2026 al 28 ottobre 2026.

Si prega di trasmettere quanto richiesto entro 30 giorni dalla ricezione all'indirizzo PEC
dell'Ufficio. Si raccomanda il massimo riserbo.

Il Pubblico Ministero
dott.ssa Giuliana Loiacono-Bertè
"""


def italy_procura_bari_scan() -> Message:
    date = when(2026, 10, 30, 12, 45, 0, 1)
    return make(
        "030-italy-procura-bari-scan",
        "A public prosecutor at the Bari court (it) asks, as an image-only scan, for registration data and access "
        "IPs 1 luglio-28 ottobre 2026 of a user name; aggravated fraud; within 30 days; asks for discretion.",
        "it",
        "IT",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 640 c.p."),
            "requester.name": any_of(
                "Procura della Repubblica presso il Tribunale di Bari", "Procura della Repubblica di Bari"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "segreteria.loiacono.procura.bari@giustizia.it",
            "requester.verified": True,
            "requester.signer": "Giuliana Loiacono-Bertè",
            "requester.signer_title": any_of("Pubblico Ministero", "Il Pubblico Ministero"),
            "targets": ["puglia_affari_casa"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("truffa aggravata", "truffa aggravata (art. 640 c.p.)"),
            "date_range": {"start": "2026-07-01", "end": "2026-10-28"},
            "served_at": served(date),
            # 30 days from Friday 2026-10-30 is Sunday 2026-11-29
            "return_by": any_of(
                None,
                "2026-11-29T17:00:00+01:00",
                "2026-11-29T23:59:59+01:00",
                "2026-11-30T17:00:00+01:00",
                "2026-11-30T23:59:59+01:00",
            ),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": any_of("8842/2026 R.G.N.R.", "8842/2026", "8842/2026 R.G.N.R. Mod. 44"),
        },
        sender="Segreteria PM Loiacono-Bertè <segreteria.loiacono.procura.bari@giustizia.it>",
        subject="Proc. pen. n. 8842/2026 RGNR - richiesta dati",
        date=date,
        message_id="<PROCBA-8842-2026-1030@giustizia.it>",
        text="Si trasmette in allegato la richiesta del Pubblico Ministero.\nCordiali saluti\nLa Segreteria\n",
        attachments=[(scan([BARI_SCAN], skew=0.6, noise=0.0003, seed=30), "application", "pdf", "richiesta_8842.pdf")],
        dkim="giustizia.it",
    )


def hamburg_staatsanwaltschaft_odt() -> Message:
    date = when(2026, 11, 27, 14, 20, 0, 1)
    document = odt(
        [
            "Staatsanwaltschaft Hamburg, Abteilung 72 (Cybercrime), Kaiser-Wilhelm-Straße 100, 20355 Hamburg",
            "Aktenzeichen: 7204 Js 1183/26                                 Hamburg, den 26.11.2026",
            "An: Social Example, Inc., Law Enforcement Response",
            "Auskunftsersuchen",
            "Sehr geehrte Damen und Herren,",
            "in dem Ermittlungsverfahren gegen Unbekannt wegen des Verdachts des Computerbetrugs (§ 263a StGB) "
            "bitte ich gemäß §§ 161, 163 StPO um Auskunft über das Nutzerkonto, das mit der E-Mail-Adresse "
            "elbe.konzertkarten@example.de registriert ist:",
            "- Bestandsdaten (Name, Anschrift, E-Mail-Adressen, Telefonnummern, Erstellungsdatum des Kontos);",
            "- die bei der Registrierung sowie bei den Anmeldungen vom 01.10.2026 bis 25.11.2026 verwendeten "
            "IP-Adressen mit Zeitstempel.",
            "Inhalte von Nachrichten werden nicht erbeten.",
            "Ich bitte um Antwort bis zum 14.12.2026 und darum, den Kontoinhaber über dieses Ersuchen nicht zu "
            "informieren, um den Ermittlungserfolg nicht zu gefährden.",
            "Mit freundlichen Grüßen",
            "Dr. Henrike Albers-Oduya, Staatsanwältin",
        ],
        heading="STAATSANWALTSCHAFT HAMBURG",
    )
    return make(
        "031-hamburg-staatsanwaltschaft-odt",
        "A Hamburg public prosecutor's information request (.odt, de): subscriber data and registration/log-in IPs "
        "01.10-25.11.2026 of an e-mail-address account; computer fraud; content expressly not sought; reply by "
        "14.12.2026; asks not to inform the user.",
        "de",
        "DE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§§ 161, 163 StPO", "§ 263a StGB"),
            "requester.name": any_of(
                "Staatsanwaltschaft Hamburg", "Staatsanwaltschaft Hamburg, Abteilung 72 (Cybercrime)"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "henrike.albers-oduya@sta.justiz.hamburg.de",
            "requester.verified": True,
            "requester.signer": "Henrike Albers-Oduya",
            "requester.signer_title": any_of("Staatsanwältin", "Dr."),
            "targets": ["elbe.konzertkarten@example.de"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Computerbetrug", "Verdacht des Computerbetrugs", "Computerbetrug (§ 263a StGB)"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-25"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-14T17:00:00+01:00", "2026-12-14T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": "7204 Js 1183/26",
        },
        sender="Albers-Oduya, Henrike <henrike.albers-oduya@sta.justiz.hamburg.de>",
        subject="Auskunftsersuchen 7204 Js 1183/26",
        date=date,
        message_id="<StA-HH-7204Js1183-26@sta.justiz.hamburg.de>",
        text="Sehr geehrte Damen und Herren,\n\nanbei unser Auskunftsersuchen.\n\nMit freundlichen Grüßen\nAlbers-Oduya\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Auskunftsersuchen_1183-26.odt")],
        dkim="sta.justiz.hamburg.de",
    )


def ghana_police_cybercrime() -> Message:
    date = when(2026, 11, 3, 13, 15, 0, 0)
    text = """\
GHANA POLICE SERVICE
CRIMINAL INVESTIGATIONS DEPARTMENT - CYBERCRIME UNIT
Police Headquarters, Accra

Our Ref: CID/CCU/2026/0733                                   3rd November, 2026

REQUEST FOR SUBSCRIBER INFORMATION

The Unit is investigating a case of defrauding by false pretences (Section 131 of the Criminal Offences
Act, 1960 (Act 29)) in which victims paid for foreign currency that was never delivered. The suspect
operates the Social Example account "accra_forex_king" and uses phone number +233 24 555 0112.

We kindly request: (1) registration details (name, e-mail address, phone numbers, date of creation);
(2) IP addresses used to log in between 1st August 2026 and 31st October 2026.

Kindly treat this request as confidential and respond within fourteen (14) days.

Chief Superintendent Abena Owusu-Mensah
Head, Cybercrime Unit, CID
"""
    return make(
        "032-ghana-police-cybercrime",
        "Ghana Police Service CID Cybercrime Unit letter typed into the body: registration details and log-in IPs "
        "1st Aug-31st Oct 2026 of a user name and a +233 phone; fraud by false pretences; confidential; 14 days.",
        "en",
        "GH",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Section 131 of the Criminal Offences Act, 1960 (Act 29)"),
            "requester.name": any_of(
                "Ghana Police Service",
                "Ghana Police Service, Criminal Investigations Department - Cybercrime Unit",
                "Cybercrime Unit, CID",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GH",
            "requester.email": "cybercrime.cid@police.gov.gh",
            "requester.verified": True,
            "requester.signer": "Abena Owusu-Mensah",
            "requester.signer_title": any_of("Chief Superintendent", "Head, Cybercrime Unit, CID"),
            "targets": any_of(
                ["accra_forex_king", "+233245550112"],
                ["accra_forex_king", "+233 24 555 0112"],
                ["accra_forex_king"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("defrauding by false pretences", "fraud"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-17T17:00:00+00:00", "2026-11-17T23:59:59+00:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": "CID/CCU/2026/0733",
        },
        sender="CID Cybercrime Unit <cybercrime.cid@police.gov.gh>",
        subject="Request for subscriber information - Ref CID/CCU/2026/0733",
        date=date,
        message_id="<CCU-0733-2026@police.gov.gh>",
        text=text,
        dkim="police.gov.gh",
    )


def jamaica_jcf_emergency_kidnapping() -> Message:
    date = when(2026, 11, 21, 3, 5, 0, -5)
    text = """\
URGENT - EMERGENCY DISCLOSURE REQUEST - THREAT TO LIFE

Good morning. The Jamaica Constabulary Force is investigating the kidnapping of a 19-year-old man in
Montego Bay, St. James. His family has received ransom demands from the Social Example account
@mobay_mandem with a video of the victim bound and a message that he will be killed at 12 noon today if
payment is not made.

We respectfully request on an emergency basis: subscriber information, the IP addresses of log-ins in
the last 48 hours, and any location information for @mobay_mandem.

Please call 876-555-0149 (24 hours).

Deputy Superintendent of Police Marcia Grant-Lindo
Communication Forensics and Cybercrime Division (CFCD), Jamaica Constabulary Force
"""
    return make(
        "033-jamaica-jcf-emergency-kidnapping",
        "Jamaica Constabulary Force (CFCD) emergency request at 3 a.m.: a kidnapped man to be killed at noon "
        "unless ransom is paid; subscriber data, 48 h of log-in IPs and location of an @handle.",
        "en",
        "JM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Jamaica Constabulary Force",
                "Communication Forensics and Cybercrime Division (CFCD), Jamaica Constabulary Force",
                "Communication Forensics and Cybercrime Division",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "JM",
            "requester.email": "cfcd.emergency@jcf.gov.jm",
            "requester.verified": True,
            "requester.signer": "Marcia Grant-Lindo",
            "requester.signer_title": "Deputy Superintendent of Police",
            "targets": ["mobay_mandem"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "kidnapping"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "kidnapping"},
            "mechanism": any_of("NONE", None),
        },
        sender="CFCD Emergency <cfcd.emergency@jcf.gov.jm>",
        subject="URGENT: Threat to life - kidnapping - @mobay_mandem",
        date=date,
        message_id="<JCF-CFCD-20261121-0305@jcf.gov.jm>",
        text=text,
        dkim="jcf.gov.jm",
    )


def malta_police_preservation_reply() -> Message:
    date = when(2026, 11, 12, 16, 40, 0, 1)
    text = """\
Dear Sir/Madam,

Thank you. To clarify, at this stage we only ask you to PRESERVE the data for 90 days; we are not asking
for disclosure. A Mutual Legal Assistance request is being prepared by the Office of the Attorney General
and will be transmitted to the U.S. Department of Justice.

Account: https://social.example.com/valletta.yachts.charter
Data: subscriber details, log-in IP addresses, and messages, from 1 June 2026 to date.
Offence: money laundering (Prevention of Money Laundering Act, Cap. 373).

Regards,
Inspector Daniel Camilleri-Zahra
Cyber Crime Unit, Malta Police Force

-----Original Message-----
From: Legal Process <legal-process@dueprocess.local>
Sent: 12 November 2026 10:02
Subject: RE: Request - valletta.yachts.charter

Inspector, could you tell us whether you are asking us to preserve or to disclose data, and under what
legal process?

-----Original Message-----
From: Camilleri-Zahra Daniel at Police
Sent: 11 November 2026 17:55
Please assist in securing the data of the account valletta.yachts.charter, money laundering investigation.
"""
    return make(
        "034-malta-police-preservation-reply",
        "Malta Police Cyber Crime Unit inspector answers the platform's question (quoted Outlook chain): preserve "
        "(not disclose) a profile URL's data for 90 days while an MLAT request is prepared; money laundering.",
        "en",
        "MT",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": any_of("FOREIGN_REQUEST", "PRESERVATION_REQUEST"),
            "statute": any_of(None, "Prevention of Money Laundering Act, Cap. 373"),
            "requester.name": any_of("Malta Police Force", "Cyber Crime Unit, Malta Police Force", "Cyber Crime Unit"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MT",
            "requester.email": "daniel.camilleri-zahra@gov.mt",
            "requester.verified": True,
            "requester.signer": "Daniel Camilleri-Zahra",
            "requester.signer_title": "Inspector",
            "targets": any_of(["https://social.example.com/valletta.yachts.charter"], ["valletta.yachts.charter"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            ),
            "stated_purpose": any_of("money laundering", None),
            "date_range": any_of(None, {"start": "2026-06-01", "end": "2026-11-12"}),
            "served_at": any_of(served(date), "2026-11-11T17:55:00+01:00"),
            "return_by": None,
            "mechanism": any_of("NONE", "MLAT"),
        },
        sender="Camilleri-Zahra Daniel at Police <daniel.camilleri-zahra@gov.mt>",
        subject="RE: Request - valletta.yachts.charter",
        date=date,
        message_id="<DB9PR-MPF-CCU-1112@gov.mt>",
        text=text,
        dkim="gov.mt",
    )


MESSAGES = [
    guatemala_mp_oficio_pdf,
    paraguay_policia_html_conflicting_accounts,
    senegal_police_requisition,
    cote_divoire_plcc_pdf,
    angola_sic_oficio_docx,
    italy_procura_bari_scan,
    hamburg_staatsanwaltschaft_odt,
    ghana_police_cybercrime,
    jamaica_jcf_emergency_kidnapping,
    malta_police_preservation_reply,
]

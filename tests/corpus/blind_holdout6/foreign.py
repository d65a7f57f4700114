"""Requests from foreign bodies (es, fr, de, pt, it, nl and English). Sender domains are those bodies' public
domains from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout6._kit import Message, any_of, docx_file, make, odt, pdf, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def paraguay_fiscalia_pdf() -> Message:
    date = when(2026, 11, 9, 10, 0, 0, -3)
    oficio = """\
MINISTERIO PÚBLICO - FISCALÍA GENERAL DEL ESTADO
REPÚBLICA DEL PARAGUAY
Unidad Especializada en Delitos Informáticos

Asunción, 6 de noviembre de 2026
Nota F.D.I. N° 2214/2026
Causa N° 1-1-2-35-2026-8812 "Investigación fiscal s/ estafa mediante sistemas informáticos"

Señores
Social Example, Inc.
Presente

Tengo el agrado de dirigirme a ustedes, en el marco de la causa de referencia, a fin de solicitar la siguiente
información respecto del perfil https://social.example.com/u/guarani_inversiones?lang=es, vinculado al número
de teléfono +595 981 555 017:

  1. Datos de registro del usuario (nombre, correo electrónico, teléfono, fecha de creación).
  2. Direcciones IP de conexión desde el 01/09/2026 hasta el 31/10/2026.

Se solicita remitir la información en el plazo de cinco (5) días hábiles.

Abog. Rocío B. Villalba Giménez
Agente Fiscal, Unidad Especializada en Delitos Informáticos
"""
    return make(
        "025-paraguay-fiscalia-pdf",
        "Paraguay's Ministerio Público (cybercrime unit) note in a PDF (es): registration data and connection IPs "
        "01/09-31/10/2026 of a /u/ profile URL with a +595 phone; computer fraud; five business days.",
        "es",
        "PY",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Ministerio Público",
                "Ministerio Público del Paraguay",
                "Fiscalía General del Estado",
                "Unidad Especializada en Delitos Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PY",
            "requester.email": "delitosinformaticos@ministeriopublico.gov.py",
            "requester.verified": True,
            "requester.signer": "Rocío B. Villalba Giménez",
            "requester.signer_title": any_of("Agente Fiscal", "Abog."),
            "targets": any_of(
                ["https://social.example.com/u/guarani_inversiones?lang=es", "+595981555017"],
                ["https://social.example.com/u/guarani_inversiones", "+595981555017"],
                ["guarani_inversiones", "+595981555017"],
                ["guarani_inversiones", "+595 981 555 017"],
                ["guarani_inversiones"],
                ["https://social.example.com/u/guarani_inversiones?lang=es"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("estafa mediante sistemas informáticos", "estafa"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            # five business days from Monday 2026-11-09 is Monday 2026-11-16
            "return_by": any_of(None, "2026-11-16T17:00:00-03:00", "2026-11-16T23:59:59-03:00"),
            "mechanism": "NONE",
            "case_number": any_of("1-1-2-35-2026-8812", "2214/2026", "F.D.I. N° 2214/2026"),
        },
        sender="Delitos Informaticos - Ministerio Publico <delitosinformaticos@ministeriopublico.gov.py>",
        subject="Nota F.D.I. N° 2214/2026 - solicitud de información",
        date=date,
        message_id="<fdi-2214@ministeriopublico.gov.py>",
        text="Buenos días,\nAdjuntamos la nota de referencia.\nAtentamente,\nUnidad Especializada en Delitos Informáticos\n",
        attachments=[(pdf(oficio), "application", "pdf", "Nota_FDI_2214_2026.pdf")],
        dkim="ministeriopublico.gov.py",
    )


def panama_dij_html_table() -> Message:
    date = when(2026, 10, 19, 15, 30, 0, -5)
    html = """\
<html><body>
<p>Estimados señores:</p>
<p>La Dirección de Investigación Judicial (DIJ) de la Policía Nacional de Panamá, Sección de Delitos contra la
Seguridad Informática, en atención a la investigación por el delito de estafa y blanqueo de capitales
(Carpetilla N° 202600047731), solicita su colaboración voluntaria:</p>
<table border="1" cellpadding="3">
<tr><th>Cuenta</th><th>Información solicitada</th><th>Periodo</th></tr>
<tr><td>@canal_crypto_pty</td><td>Datos del suscriptor; direcciones IP de acceso; contenido de los mensajes
directos enviados a las víctimas</td><td>15/07/2026 - 15/10/2026</td></tr>
</table>
<p>Agradecemos su respuesta a más tardar el 30 de octubre de 2026.</p>
<p>Oficio N° DIJ-SDSI-2026-1184<br>
Subcomisionado Abdiel R. Quintero Batista<br>Jefe de Sección, DIJ</p>
</body></html>
"""
    return make(
        "026-panama-dij-html-table",
        "Panama National Police (DIJ cybercrime section) voluntary request in an HTML table (es): subscriber data, "
        "IPs and DMs sent to victims of an @handle, 15/07-15/10/2026; fraud and money laundering; by 30 de octubre "
        "de 2026; asks for content without any agreement.",
        "es",
        "PA",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Dirección de Investigación Judicial",
                "Policía Nacional de Panamá",
                "DIJ",
                "Dirección de Investigación Judicial (DIJ) de la Policía Nacional de Panamá",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PA",
            "requester.email": "dij.delitosinformaticos@policia.gob.pa",
            "requester.verified": True,
            "requester.signer": "Abdiel R. Quintero Batista",
            "requester.signer_title": any_of("Subcomisionado", "Jefe de Sección", "Jefe de Sección, DIJ"),
            "targets": ["canal_crypto_pty"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("estafa y blanqueo de capitales", "estafa", "blanqueo de capitales"),
            "date_range": {"start": "2026-07-15", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-30T17:00:00-05:00", "2026-10-30T23:59:59-05:00"),
            "mechanism": "NONE",
            "case_number": any_of("202600047731", "DIJ-SDSI-2026-1184"),
        },
        sender="DIJ Delitos Informaticos <dij.delitosinformaticos@policia.gob.pa>",
        subject="Solicitud de información - Oficio DIJ-SDSI-2026-1184",
        date=date,
        message_id="<dij-sdsi-1184@policia.gob.pa>",
        html=html,
        dkim="policia.gob.pa",
    )


def senegal_dsc_request() -> Message:
    date = when(2026, 11, 25, 11, 15, 0, 0)
    text = """\
Madame, Monsieur,

La Division Spéciale de Cybersécurité (DSC) de la Police nationale du Sénégal conduit une enquête, sur
instructions du Procureur de la République près le Tribunal de Grande Instance Hors Classe de Dakar, pour
escroquerie portant sur de faux placements en bourse (procédure n° 1187/DSC/2026).

Nous sollicitons votre concours pour obtenir, concernant le compte « teranga_bourse », lié au numéro
+221 77 555 01 32 :
 - les données d'identification du titulaire (nom, adresse électronique, téléphone, date de création) ;
 - les adresses IP de connexion du 1er septembre au 20 novembre 2026.

Nous vous saurions gré de bien vouloir répondre dans un délai de dix (10) jours.

Le Commissaire divisionnaire Mamadou Lamine Ndiaye-Sarr
Chef de la Division Spéciale de Cybersécurité
"""
    return make(
        "027-senegal-dsc-request",
        "Senegal's police cybersecurity division (fr), under the Dakar prosecutor's instructions: identity and "
        "connection IPs 1er septembre-20 novembre 2026 of a user name with a +221 phone; fraud; ten days.",
        "fr",
        "SN",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Division Spéciale de Cybersécurité",
                "Police nationale du Sénégal",
                "DSC",
                "Division Spéciale de Cybersécurité (DSC) de la Police nationale du Sénégal",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SN",
            "requester.email": "dsc@police.gouv.sn",
            "requester.verified": True,
            "requester.signer": "Mamadou Lamine Ndiaye-Sarr",
            "requester.signer_title": any_of(
                "Commissaire divisionnaire",
                "Le Commissaire divisionnaire",
                "Chef de la Division Spéciale de Cybersécurité",
            ),
            "targets": any_of(
                ["teranga_bourse", "+221775550132"], ["teranga_bourse", "+221 77 555 01 32"], ["teranga_bourse"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("escroquerie", "escroquerie portant sur de faux placements en bourse"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-20"},
            "served_at": served(date),
            # ten days from 2026-11-25 is Saturday 2026-12-05
            "return_by": any_of(
                None,
                "2026-12-05T17:00:00+00:00",
                "2026-12-05T23:59:59+00:00",
                "2026-12-07T17:00:00+00:00",
                "2026-12-07T23:59:59+00:00",
            ),
            "mechanism": "NONE",
            "case_number": "1187/DSC/2026",
        },
        sender="Division Speciale de Cybersecurite <dsc@police.gouv.sn>",
        subject="Réquisition d'informations - procédure 1187/DSC/2026",
        date=date,
        message_id="<dsc-1187@police.gouv.sn>",
        text=text,
        dkim="police.gouv.sn",
    )


CI_PHOTO = """\
# RÉPUBLIQUE DE CÔTE D'IVOIRE
# Plateforme de Lutte Contre la Cybercriminalité (PLCC)
Abidjan, le 12 octobre 2026                         N° 0693/PLCC/DITT/2026
Objet : demande de renseignements
A l'attention du service juridique de Social Example, Inc.
Dans le cadre d'une enquête préliminaire pour escroquerie en ligne (faux investissements
dans l'or), nous vous prions de nous communiquer, pour le compte « abidjan_gold_invest »
(https://social.example.com/abidjan_gold_invest) :
  - l'identité déclarée, l'adresse e-mail et le numéro de téléphone ;
  - les adresses IP de connexion du 1er août au 30 septembre 2026.
Réponse souhaitée avant le 31 octobre 2026.
Le Directeur de la PLCC, Commissaire Principal Koffi Sylvain Yao-Brou
"""


def cote_divoire_plcc_photo() -> Message:
    date = when(2026, 10, 13, 9, 0, 0, 0)
    return make(
        "028-cote-divoire-plcc-photo",
        "Côte d'Ivoire's cybercrime platform (PLCC) letter as a phone photo (JPEG, fr): identity and connection IPs "
        "1er août-30 septembre 2026 of a user name / profile URL; online gold-investment fraud; before 31 October.",
        "fr",
        "CI",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Plateforme de Lutte Contre la Cybercriminalité",
                "PLCC",
                "Plateforme de Lutte Contre la Cybercriminalité (PLCC)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CI",
            "requester.email": "plcc@interieur.gouv.ci",
            "requester.verified": True,
            "requester.signer": "Koffi Sylvain Yao-Brou",
            "requester.signer_title": any_of(
                "Commissaire Principal", "Le Directeur de la PLCC", "Directeur de la PLCC"
            ),
            "targets": any_of(
                ["abidjan_gold_invest"],
                ["https://social.example.com/abidjan_gold_invest"],
                ["abidjan_gold_invest", "https://social.example.com/abidjan_gold_invest"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("escroquerie en ligne", "escroquerie"),
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": any_of(
                None,
                "2026-10-30T17:00:00+00:00",
                "2026-10-30T23:59:59+00:00",
                "2026-10-31T17:00:00+00:00",
                "2026-10-31T23:59:59+00:00",
            ),
            "mechanism": "NONE",
            "case_number": "0693/PLCC/DITT/2026",
        },
        sender="PLCC Abidjan <plcc@interieur.gouv.ci>",
        subject="Demande de renseignements N° 0693/PLCC/DITT/2026",
        date=date,
        message_id="<plcc-0693@interieur.gouv.ci>",
        text="Bonjour,\nCi-joint la photo de notre courrier. L'original suit par voie postale.\nPLCC\n",
        attachments=[(scan_jpeg(CI_PHOTO, skew=-1.1, seed=64), "image", "jpeg", "IMG_0693.jpg")],
        dkim="interieur.gouv.ci",
    )


def hamburg_lka_odt() -> Message:
    date = when(2026, 10, 21, 14, 20, 0, 2)
    document = odt(
        [
            "Freie und Hansestadt Hamburg - Polizei - Landeskriminalamt, LKA 54 (Cybercrime)",
            "Aktenzeichen: LKA 54/26/118834                                 Hamburg, 20.10.2026",
            "Betreff: Auskunftsersuchen - Computerbetrug (§ 263a StGB) zum Nachteil mehrerer Käufer",
            "Sehr geehrte Damen und Herren,",
            "im Rahmen des oben genannten Ermittlungsverfahrens der Staatsanwaltschaft Hamburg bitten wir um "
            "freiwillige Auskunft zu dem Benutzerkonto „elbphilharmonie_tix“:",
            "1. Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Registrierungsdatum);",
            "2. IP-Adressen der Anmeldungen im Zeitraum 01.09.2026 bis 15.10.2026.",
            "Wir bitten um Antwort bis zum 6. November 2026. Bitte informieren Sie den Kontoinhaber nicht, um den "
            "Ermittlungserfolg nicht zu gefährden.",
            "Mit freundlichen Grüßen, Kriminaloberkommissarin Svenja Brodersen-Haak",
        ],
        heading="Auskunftsersuchen",
    )
    return make(
        "029-hamburg-lka-odt",
        "Hamburg police (LKA 54 cybercrime) voluntary request as .odt (de): subscriber data and log-in IPs "
        "01.09-15.10.2026 of a user name; computer fraud; do not notify; answer by 6 November 2026 (sent in "
        "summer time, due in winter time).",
        "de",
        "DE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polizei Hamburg",
                "Landeskriminalamt Hamburg",
                "LKA 54",
                "Polizei Hamburg, Landeskriminalamt",
                "Freie und Hansestadt Hamburg - Polizei - Landeskriminalamt",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "lka54@polizei.hamburg.de",
            "requester.verified": True,
            "requester.signer": "Svenja Brodersen-Haak",
            "requester.signer_title": "Kriminaloberkommissarin",
            "targets": ["elbphilharmonie_tix"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Computerbetrug", "Computerbetrug (§ 263a StGB)"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-06T17:00:00+01:00", "2026-11-06T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("LKA 54/26/118834", "54/26/118834"),
        },
        sender="LKA 54 Cybercrime <lka54@polizei.hamburg.de>",
        subject="Auskunftsersuchen LKA 54/26/118834",
        date=date,
        message_id="<lka54-118834@polizei.hamburg.de>",
        text="Sehr geehrte Damen und Herren,\nanbei unser Auskunftsersuchen.\nMit freundlichen Grüßen\nLKA 54\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Ersuchen_118834.odt")],
        dkim="polizei.hamburg.de",
    )


def angola_sic_docx() -> Message:
    date = when(2026, 11, 4, 10, 30, 0, 1)
    document = docx_file(
        [
            ("h", "REPÚBLICA DE ANGOLA - MINISTÉRIO DO INTERIOR"),
            ("p", "Serviço de Investigação Criminal (SIC) - Direcção de Combate aos Crimes Informáticos"),
            ("p", "Ofício n.º 377/DCCI/SIC/2026                         Luanda, 3 de Novembro de 2026"),
            ("p", "Assunto: Solicitação de informações - Processo n.º 5521/26-DCCI (burla por meios informáticos)"),
            (
                "p",
                "Solicitamos a V. Excias. que nos sejam fornecidos, relativamente às contas abaixo, os dados de "
                "registo, os endereços IP de acesso e as mensagens trocadas com as vítimas, no período de 1 de Julho a "
                "31 de Outubro de 2026:",
            ),
            ("t", "Conta|@luanda_kwanza_fx"),
            ("t", "Telefone|+244 923 555 014"),
            ("p", "Agradecemos resposta no prazo de 15 (quinze) dias."),
            ("p", "O Director, Superintendente-Chefe Manuel Domingos Kiala"),
        ],
        author="SIC DCCI",
    )
    return make(
        "030-angola-sic-docx",
        "Angola's criminal investigation service (SIC) ofício as .docx (pt): registration data, access IPs and "
        "messages with victims of an @handle and a +244 phone, 1 Jul-31 Oct 2026; fraud; 15 days; asks for "
        "content without an agreement.",
        "pt",
        "AO",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Serviço de Investigação Criminal",
                "SIC",
                "Serviço de Investigação Criminal (SIC)",
                "Direcção de Combate aos Crimes Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "AO",
            "requester.email": "dcci@sic.gov.ao",
            "requester.verified": True,
            "requester.signer": "Manuel Domingos Kiala",
            "requester.signer_title": any_of("Superintendente-Chefe", "O Director", "Director"),
            "targets": any_of(
                ["luanda_kwanza_fx", "+244923555014"], ["luanda_kwanza_fx", "+244 923 555 014"], ["luanda_kwanza_fx"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("burla por meios informáticos", "burla"),
            "date_range": {"start": "2026-07-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-19T17:00:00+01:00", "2026-11-19T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("5521/26-DCCI", "377/DCCI/SIC/2026"),
        },
        sender="SIC - DCCI <dcci@sic.gov.ao>",
        subject="Ofício n.º 377/DCCI/SIC/2026",
        date=date,
        message_id="<dcci-377@sic.gov.ao>",
        text="Exmos. Senhores,\nRemetemos em anexo o ofício acima referido.\nCom os melhores cumprimentos,\nSIC\n",
        attachments=[(document, "application", DOCX, "Oficio_377_DCCI.docx")],
        dkim="sic.gov.ao",
    )


def ticino_polizia_cantonale() -> Message:
    date = when(2026, 10, 20, 16, 0, 0, 2)
    text = """\
Gentili Signore e Signori,

la Polizia cantonale ticinese, Sezione reati informatici, su delega del Ministero pubblico del Cantone Ticino
(incarto MP 2026.4471, appropriazione indebita e truffa per mestiere), chiede cortesemente la trasmissione dei
seguenti dati relativi all'utente "lugano_luxury_rent":

 - dati anagrafici, indirizzo e-mail e numero di telefono;
 - indirizzi IP di accesso dal 1° agosto 2026 al 15 ottobre 2026.

Vi preghiamo di non informare il titolare dell'account. Riscontro gradito entro il 5 novembre 2026.

Sergente maggiore Nicola Bernasconi-Ferrari
Polizia cantonale, Sezione reati informatici, Bellinzona
"""
    return make(
        "031-ticino-polizia-cantonale",
        "Ticino cantonal police (Switzerland, it), delegated by the cantonal prosecutor: identity and access IPs "
        "1 Aug-15 Oct 2026 of a user name; fraud; do not notify; by 5 novembre 2026 (sent in summer time).",
        "it",
        "CH",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polizia cantonale ticinese",
                "Polizia cantonale",
                "Polizia cantonale, Sezione reati informatici",
                "Polizia cantonale del Ticino",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CH",
            "requester.email": "reati.informatici@polca.ti.ch",
            "requester.verified": True,
            "requester.signer": "Nicola Bernasconi-Ferrari",
            "requester.signer_title": any_of("Sergente maggiore", "Sergente Maggiore"),
            "targets": ["lugano_luxury_rent"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "appropriazione indebita e truffa per mestiere", "truffa", "appropriazione indebita"
            ),
            "date_range": {"start": "2026-08-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-05T17:00:00+01:00", "2026-11-05T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "mechanism": "NONE",
            "case_number": any_of("MP 2026.4471", "2026.4471"),
        },
        sender="Sezione reati informatici <reati.informatici@polca.ti.ch>",
        subject="Richiesta dati - incarto MP 2026.4471",
        date=date,
        message_id="<sri-4471@polca.ti.ch>",
        text=text,
        dkim="polca.ti.ch",
    )


def jamaica_jcf_emergency() -> Message:
    date = when(2026, 9, 18, 2, 14, 0, -5)
    text = """\
EMERGENCY REQUEST - CHILD ABDUCTION - IMMEDIATE RISK TO LIFE

I am Detective Sergeant Andrea M. Clarke-Whyte of the Jamaica Constabulary Force, Counter-Terrorism and
Organised Crime Investigation Branch (C-TOC), Kingston. Phone +1 876 555 0191 (24 hours).

A 15-year-old girl was abducted in Montego Bay at about 8 p.m. yesterday. Within the last hour the account
@mobay_ransom_876 sent her mother a ransom demand with a photo of the child bound, threatening to kill her by
morning. We believe the child's life is in immediate danger.

We urgently request: the subscriber details, the IP addresses used in the last 48 hours and any location
information for @mobay_ransom_876.

Det. Sgt. Andrea M. Clarke-Whyte
JCF C-TOC, Kingston, Jamaica
"""
    return make(
        "032-jamaica-jcf-emergency",
        "Jamaica Constabulary Force emergency request at 02:14: a 15-year-old abducted, ransom demand from an "
        "@handle threatening to kill her by morning; subscriber data, 48 h of IPs and location.",
        "en",
        "JM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Jamaica Constabulary Force", "JCF", "Counter-Terrorism and Organised Crime Investigation Branch"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "JM",
            "requester.email": "ctoc.cyber@jcf.gov.jm",
            "requester.verified": True,
            "requester.signer": "Andrea M. Clarke-Whyte",
            "requester.signer_title": any_of("Detective Sergeant", "Det. Sgt."),
            "targets": ["mobay_ransom_876"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "child abduction", "abduction"),
            "date_range": any_of(None, {"start": "2026-09-16", "end": "2026-09-18"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "abducted"},
            "mechanism": any_of("NONE", None),
        },
        sender="JCF C-TOC Cyber <ctoc.cyber@jcf.gov.jm>",
        subject="EMERGENCY - child abduction - @mobay_ransom_876",
        date=date,
        message_id="<ctoc-0918-0214@jcf.gov.jm>",
        text=text,
        dkim="jcf.gov.jm",
    )


def nigeria_efcc_pdf() -> Message:
    date = when(2026, 11, 11, 12, 0, 0, 1)
    letter = """\
ECONOMIC AND FINANCIAL CRIMES COMMISSION
Lagos Zonal Command, Cybercrime Section
15A Awolowo Road, Ikoyi, Lagos

Ref: EFCC/LZC/CYB/2026/0845                                          10th November, 2026

The Legal Department
Social Example, Inc.

REQUEST FOR INFORMATION: INVESTIGATION OF ADVANCE FEE FRAUD AND MONEY LAUNDERING

The Commission is investigating a case of advance fee fraud and money laundering in which the account
@lekki_forex_king (registered e-mail lekki.forex@example.com) was used to defraud victims.

Pursuant to Section 38(1) of the Economic and Financial Crimes Commission (Establishment) Act, 2004, you are
kindly requested to provide:
 a. the subscriber information (name, e-mail, phone numbers, date of registration);
 b. the log-in IP addresses from 1st June, 2026 to 31st October, 2026.

Kindly respond within fourteen (14) days of receipt of this letter.

Yours faithfully,
ACE I Oluwaseun B. Adeyemi-Okafor
For: Zonal Commander
"""
    return make(
        "033-nigeria-efcc-pdf",
        "Nigeria's EFCC (Lagos cybercrime section) letter in a PDF (en): subscriber data and log-in IPs 1st June-"
        "31st October 2026 of an @handle with an e-mail; advance fee fraud; 14 days of receipt.",
        "en",
        "NG",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "Section 38(1) of the Economic and Financial Crimes Commission (Establishment) Act, 2004",
                "Economic and Financial Crimes Commission (Establishment) Act, 2004",
                "EFCC (Establishment) Act 2004, s. 38(1)",
            ),
            "requester.name": any_of("Economic and Financial Crimes Commission", "EFCC", "EFCC Lagos Zonal Command"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "NG",
            "requester.email": "cybercrime.lagos@efcc.gov.ng",
            "requester.verified": True,
            "requester.signer": "Oluwaseun B. Adeyemi-Okafor",
            "requester.signer_title": any_of(
                "ACE I", "For: Zonal Commander", "Assistant Chief Detective Superintendent"
            ),
            "targets": any_of(["lekki_forex_king"], ["lekki_forex_king", "lekki.forex@example.com"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("advance fee fraud and money laundering", "advance fee fraud"),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-25T17:00:00+01:00", "2026-11-25T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": "EFCC/LZC/CYB/2026/0845",
        },
        sender="EFCC Lagos Cybercrime <cybercrime.lagos@efcc.gov.ng>",
        subject="REQUEST FOR INFORMATION - EFCC/LZC/CYB/2026/0845",
        date=date,
        message_id="<lzc-cyb-0845@efcc.gov.ng>",
        text="Good afternoon,\n\nPlease find attached our letter of request.\n\nCybercrime Section, EFCC Lagos\n",
        attachments=[(pdf(letter), "application", "pdf", "EFCC_LZC_CYB_0845.pdf")],
        dkim="efcc.gov.ng",
    )


def suriname_kps_dutch() -> Message:
    date = when(2026, 11, 27, 10, 45, 0, -3)
    text = """\
Geachte heer/mevrouw,

Het Korps Politie Suriname, Afdeling Cybercrime, voert in opdracht van het Openbaar Ministerie een strafrechtelijk
onderzoek naar oplichting via sociale media (dossiernummer KPS/CC/2026-0392).

Wij verzoeken u vriendelijk ons de volgende gegevens te verstrekken over de gebruikersnaam "sranan_moni_deals",
gekoppeld aan telefoonnummer +597 855 5012:
 1. abonneegegevens (naam, e-mailadres, telefoonnummer, datum van aanmaak);
 2. IP-adressen van inloggen in de periode van 1 september 2026 tot en met 20 november 2026.

Wij verzoeken u de gebruiker niet te informeren. Graag ontvangen wij uw antwoord binnen 14 dagen.

Met vriendelijke groet,
Inspecteur van Politie Rajesh A. Ramdin-Kartosen
Hoofd Afdeling Cybercrime, Korps Politie Suriname, Paramaribo
"""
    return make(
        "034-suriname-kps-dutch",
        "Suriname's police cybercrime department writes in Dutch (a language the intake may not read): subscriber "
        "data and log-in IPs 1 Sep-20 Nov 2026 of a user name with a +597 phone; fraud; do not notify; 14 days.",
        "nl",
        "SR",
        ("plain_text",),
        "TRIAGE",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of("Korps Politie Suriname", "Afdeling Cybercrime", "KPS"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SR",
            "requester.email": "cybercrime@kps.gov.sr",
            "requester.verified": True,
            "requester.signer": "Rajesh A. Ramdin-Kartosen",
            "requester.signer_title": any_of("Inspecteur van Politie", "Hoofd Afdeling Cybercrime"),
            "targets": any_of(
                ["sranan_moni_deals", "+5978555012"], ["sranan_moni_deals", "+597 855 5012"], ["sranan_moni_deals"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("oplichting via sociale media", "oplichting"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-11T17:00:00-03:00", "2026-12-11T23:59:59-03:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": "KPS/CC/2026-0392",
        },
        sender="KPS Afdeling Cybercrime <cybercrime@kps.gov.sr>",
        subject="Verzoek om gegevens - KPS/CC/2026-0392",
        date=date,
        message_id="<kps-cc-0392@kps.gov.sr>",
        text=text,
        dkim="kps.gov.sr",
    )


MESSAGES = [
    paraguay_fiscalia_pdf,
    panama_dij_html_table,
    senegal_dsc_request,
    cote_divoire_plcc_photo,
    hamburg_lka_odt,
    angola_sic_docx,
    ticino_polizia_cantonale,
    jamaica_jcf_emergency,
    nigeria_efcc_pdf,
    suriname_kps_dutch,
]

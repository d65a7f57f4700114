"""Foreign requests (Spanish, French, Portuguese, Italian, German and English from non-US bodies). Sender
domains are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout9._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def el_salvador_fgr_oficio_pdf() -> Message:
    date = when(2026, 11, 12, 8, 50, 0, -6)
    oficio = """\
FISCALÍA GENERAL DE LA REPÚBLICA - EL SALVADOR
Unidad Especializada de Delitos Informáticos - Oficina Fiscal de San Salvador

REF. 1187-UDI-2026-SS                                  San Salvador, once de noviembre de dos mil veintiséis

Señores
SOCIAL EXAMPLE, INC.
Departamento de Atención a Requerimientos de Autoridades

En el marco de la investigación penal por el delito de Hurto por Medios Informáticos (art. 11 de la Ley
Especial contra los Delitos Informáticos y Conexos), y con base en el art. 75 del Código Procesal Penal,
atentamente solicito que, de manera voluntaria, se sirvan proporcionar respecto del perfil
https://social.example.com/cuscatlan.ofertas.sv :

  1. Datos del suscriptor: nombre, correo electrónico y número telefónico registrados, fecha de creación.
  2. Direcciones IP de inicio de sesión, con fecha y hora, del 01/08/2026 al 31/10/2026.

Mucho agradeceré remitir la información dentro del plazo de diez días hábiles contados a partir de la
recepción del presente. Se solicita mantener la confidencialidad de esta solicitud.

Atentamente,

Lic. Rodrigo Ernesto Alvarenga Menjívar
Agente Auxiliar del Fiscal General de la República
"""
    return make(
        "025-el-salvador-fgr-oficio-pdf",
        "El Salvador's Fiscalía General de la República (cybercrime unit) oficio in a PDF (es): subscriber data and "
        "log-in IPs 01/08-31/10/2026 of a profile URL; computer theft; ten business days; confidentiality asked.",
        "es",
        "SV",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "art. 75 del Código Procesal Penal",
                "art. 11 de la Ley Especial contra los Delitos Informáticos y Conexos",
            ),
            "requester.name": any_of(
                "Fiscalía General de la República",
                "Fiscalía General de la República - El Salvador",
                "Unidad Especializada de Delitos Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SV",
            "requester.email": "ralvarenga@fiscalia.gob.sv",
            "requester.verified": True,
            "requester.signer": "Rodrigo Ernesto Alvarenga Menjívar",
            "requester.signer_title": any_of("Agente Auxiliar del Fiscal General de la República", "Agente Auxiliar"),
            "targets": any_of(["https://social.example.com/cuscatlan.ofertas.sv"], ["cuscatlan.ofertas.sv"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Hurto por Medios Informáticos", "hurto por medios informáticos"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            # ten business days from Thursday 2026-11-12
            "return_by": any_of(None, "2026-11-26T17:00:00-06:00", "2026-11-26T23:59:59-06:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of("LETTER_REQUEST", None),
            "mechanism": "NONE",
            "case_number": any_of("1187-UDI-2026-SS", "REF. 1187-UDI-2026-SS"),
        },
        sender="Rodrigo Alvarenga <ralvarenga@fiscalia.gob.sv>",
        subject="Solicitud REF. 1187-UDI-2026-SS",
        date=date,
        message_id="<1187-UDI-2026@fiscalia.gob.sv>",
        text="Buen día, remito oficio adjunto para su consideración.\n\nLic. Rodrigo Alvarenga\nFGR - UDI\n",
        attachments=[(pdf(oficio), "application", "pdf", "1187-UDI-2026-SS.pdf")],
        dkim="fiscalia.gob.sv",
    )


def bolivia_fiscalia_missing_screenshot_html() -> Message:
    date = when(2026, 10, 19, 10, 5, 0, -4)
    html = """\
<html><body>
<p><b>MINISTERIO PÚBLICO - FISCALÍA DEPARTAMENTAL DE SANTA CRUZ</b><br>Fiscalía Especializada en Delitos
Informáticos</p>
<p>Santa Cruz de la Sierra, 19 de octubre de 2026<br>CITE: FDSC-FEDI-0931/2026 &nbsp; Caso: SCZ-2609-04482</p>
<p>Señores Social Example:</p>
<p>Dentro de la investigación por el delito de estafa (art. 335 del Código Penal) en perjuicio de varias víctimas,
se REQUIERE la siguiente información respecto de la cuenta que aparece en la captura de pantalla adjunta
(publicación de venta de vehículos):</p>
<ul>
<li>Datos de registro del usuario (nombre, correo, teléfono).</li>
<li>Registros de conexión (direcciones IP, fecha y hora) del 01 de agosto al 15 de octubre de 2026.</li>
</ul>
<p>Plazo de respuesta: cinco (5) días hábiles.</p>
<p>Atentamente,<br>Abg. Verónica Cuéllar Saucedo<br>FISCAL DE MATERIA</p>
</body></html>
"""
    return make(
        "026-bolivia-fiscalia-missing-screenshot-html",
        "Bolivia's Santa Cruz prosecutor (HTML, es) requires subscriber data and connection logs for 'the account "
        "shown in the attached screenshot', but nothing is attached and no account is named: a person must ask "
        "which account is meant.",
        "es",
        "BO",
        ("html", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 335 del Código Penal"),
            "requester.name": any_of(
                "Ministerio Público - Fiscalía Departamental de Santa Cruz",
                "Fiscalía Departamental de Santa Cruz",
                "Ministerio Público",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BO",
            "requester.email": "vcuellar@fiscalia.gob.bo",
            "requester.verified": True,
            "requester.signer": "Verónica Cuéllar Saucedo",
            "requester.signer_title": any_of("Fiscal de Materia", "FISCAL DE MATERIA"),
            "targets": [],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("estafa", None),
            "date_range": {"start": "2026-08-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-26T17:00:00-04:00", "2026-10-26T23:59:59-04:00"),
            "mechanism": "NONE",
            "case_number": any_of("SCZ-2609-04482", "FDSC-FEDI-0931/2026"),
        },
        sender="Fiscal Verónica Cuéllar <vcuellar@fiscalia.gob.bo>",
        subject="REQUERIMIENTO FISCAL CITE FDSC-FEDI-0931/2026",
        date=date,
        message_id="<FDSC-FEDI-0931-2026@fiscalia.gob.bo>",
        html=html,
        dkim="fiscalia.gob.bo",
    )


def haiti_pnh_requisition() -> Message:
    date = when(2026, 10, 27, 11, 20, 0, -4)
    text = """\
POLICE NATIONALE D'HAÏTI
Direction Centrale de la Police Judiciaire (DCPJ) - Bureau de Lutte contre le Cybercrime
Port-au-Prince, le 26 octobre 2026
Réf. : DCPJ/BLC/2026-0457

Objet : Demande d'informations - enquête pour enlèvement contre rançon et extorsion

Madame, Monsieur,

Dans le cadre d'une enquête ouverte sur instructions du Commissaire du Gouvernement près le Tribunal de
Première Instance de Port-au-Prince, pour enlèvement contre rançon et extorsion, le compte @bazlamort_509
(numéro de téléphone associé +509 3455 0172) aurait été utilisé pour contacter les familles des victimes et
exiger le paiement de rançons.

Nous sollicitons votre collaboration afin d'obtenir :
 - les informations d'identification de l'abonné (nom, courriel, téléphone, date de création du compte) ;
 - les adresses IP de connexion du 1er septembre 2026 au 25 octobre 2026 ;
 - le contenu des messages privés échangés avec les comptes des familles des victimes.

Nous vous remercions de bien vouloir nous transmettre ces informations dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Commissaire Jean-Robert Désinor
Chef du Bureau de Lutte contre le Cybercrime, DCPJ
"""
    return make(
        "027-haiti-pnh-requisition",
        "Haitian National Police (DCPJ cybercrime bureau) request in French in the body: identification data, "
        "connection IPs 1 Sept-25 Oct 2026 and the private messages of an @handle with a +509 phone; kidnapping "
        "for ransom; 'dans les meilleurs délais'; asks for content without any agreement.",
        "fr",
        "HT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Police Nationale d'Haïti",
                "Direction Centrale de la Police Judiciaire (DCPJ)",
                "Police Nationale d'Haïti - DCPJ",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "HT",
            "requester.email": "blc.dcpj@pnh.ht",
            "requester.verified": True,
            "requester.signer": "Jean-Robert Désinor",
            "requester.signer_title": any_of(
                "Commissaire",
                "Chef du Bureau de Lutte contre le Cybercrime",
                "Commissaire, Chef du Bureau de Lutte contre le Cybercrime, DCPJ",
            ),
            "targets": any_of(
                ["bazlamort_509"], ["bazlamort_509", "+50934550172"], ["bazlamort_509", "+509 3455 0172"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("enlèvement contre rançon et extorsion", "enlèvement contre rançon"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-25"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": any_of("DCPJ/BLC/2026-0457", "Réf. : DCPJ/BLC/2026-0457"),
        },
        sender="Bureau de Lutte contre le Cybercrime <blc.dcpj@pnh.ht>",
        subject="Demande d'informations - Réf. DCPJ/BLC/2026-0457",
        date=date,
        message_id="<dcpj-blc-2026-0457@pnh.ht>",
        text=text,
        dkim="pnh.ht",
    )


def cameroon_dgsn_requisition_docx() -> Message:
    date = when(2026, 11, 16, 9, 12, 0, 1)
    document = docx_file(
        [
            ("h", "RÉPUBLIQUE DU CAMEROUN - Paix - Travail - Patrie"),
            ("p", "DÉLÉGATION GÉNÉRALE À LA SÛRETÉ NATIONALE - Division Spéciale de Contrôle des Services"),
            ("p", "Direction de la Police Judiciaire - Sous-Direction de la Lutte contre la Cybercriminalité, Yaoundé"),
            ("h", "RÉQUISITION N° 2026/0388/DGSN/DPJ/SDLC"),
            (
                "p",
                "Nous, Commissaire divisionnaire Hortense Mbarga Ndzana, Officier de Police Judiciaire, agissant en "
                "enquête préliminaire sur instructions du Procureur de la République près le Tribunal de Première "
                "Instance de Yaoundé-Centre administratif, vu les articles 60 et 92 du Code de procédure pénale, "
                "pour des faits d'escroquerie en ligne et d'usurpation d'identité (Loi n° 2010/012 relative à la "
                "cybersécurité et à la cybercriminalité),",
            ),
            ("p", "Requérons la société SOCIAL EXAMPLE, INC. de bien vouloir nous communiquer :"),
            ("t", "Compte visé|@mvog_mbi_deals et l'adresse électronique mvogmbi.deals@example.com"),
            (
                "t",
                "Données demandées|Données d'identification de l'abonné (nom, téléphone, courriel, date de création) ; "
                "adresses IP de connexion horodatées",
            ),
            ("t", "Période|du 1er septembre 2026 au 31 octobre 2026"),
            ("t", "Délai|sous huitaine à compter de la réception"),
            ("p", "Fait à Yaoundé, le 13 novembre 2026."),
            ("p", "Le Commissaire divisionnaire, Hortense Mbarga Ndzana"),
        ],
        author="DGSN SDLC",
    )
    return make(
        "028-cameroon-dgsn-requisition-docx",
        "Cameroon's DGSN (police judiciaire cybercrime sub-directorate) réquisition as .docx (fr): identification "
        "data and connection IPs 1 Sept-31 Oct 2026 of an @handle and an e-mail; online fraud; 'sous huitaine'.",
        "fr",
        "CM",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "articles 60 et 92 du Code de procédure pénale", "Loi n° 2010/012"),
            "requester.name": any_of(
                "Délégation Générale à la Sûreté Nationale",
                "DGSN",
                "Direction de la Police Judiciaire - Sous-Direction de la Lutte contre la Cybercriminalité",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CM",
            "requester.email": "sdlc.dpj@dgsn.cm",
            "requester.verified": True,
            "requester.signer": "Hortense Mbarga Ndzana",
            "requester.signer_title": any_of("Commissaire divisionnaire", "Officier de Police Judiciaire"),
            "targets": ["mvog_mbi_deals", "mvogmbi.deals@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("escroquerie en ligne et usurpation d'identité", "escroquerie en ligne"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-24T17:00:00+01:00", "2026-11-24T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": "2026/0388/DGSN/DPJ/SDLC",
        },
        sender="SDLC - DPJ <sdlc.dpj@dgsn.cm>",
        subject="Réquisition N° 2026/0388/DGSN/DPJ/SDLC",
        date=date,
        message_id="<req-2026-0388@dgsn.cm>",
        text="Bonjour,\n\nVeuillez trouver ci-joint une réquisition judiciaire.\n\nCordialement,\nSDLC / DPJ\n",
        attachments=[(document, "application", DOCX, "Requisition_0388_SDLC.docx")],
        dkim="dgsn.cm",
    )


CAPE_VERDE_SCAN = """\
# REPÚBLICA DE CABO VERDE
# POLÍCIA JUDICIÁRIA - Departamento de Investigação Criminal da Praia
Brigada de Investigação de Crimes Informáticos

Ofício n.º 612/BICI/2026                                   Praia, 1 de outubro de 2026

Exmos. Senhores
Social Example, Inc. - Law Enforcement Response

Assunto: Pedido de informação - Inquérito n.º 1449/26.3JAPRA (burla informática)

No âmbito do inquérito acima referido, que corre termos sob a direção do Ministério Público da
Comarca da Praia, solicita-se a V. Exas. que informem, relativamente à conta
@praia_cambio_rapido e ao número de telefone +238 955 0166 a ela associado:

  a) os dados de registo do titular (nome, endereço de correio eletrónico, telefone);
  b) os endereços IP de acesso, com data e hora, entre 1 de julho e 30 de setembro de 2026.

Agradece-se resposta no prazo de 15 (quinze) dias.

Com os melhores cumprimentos,
O Inspetor-Chefe,
Adilson Tavares Semedo
"""


def cape_verde_pj_oficio_scan() -> Message:
    date = when(2026, 10, 2, 10, 40, 0, -1)
    return make(
        "029-cape-verde-pj-oficio-scan",
        "Cape Verde's Polícia Judiciária (Praia) ofício as an image-only scan (pt): registration data and access "
        "IPs 1 July-30 Sept 2026 of an @handle with a +238 phone; computer fraud; fifteen days.",
        "pt",
        "CV",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polícia Judiciária",
                "Polícia Judiciária - Departamento de Investigação Criminal da Praia",
                "Polícia Judiciária de Cabo Verde",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CV",
            "requester.email": "bici@pj.gov.cv",
            "requester.verified": True,
            "requester.signer": "Adilson Tavares Semedo",
            "requester.signer_title": any_of("Inspetor-Chefe", "O Inspetor-Chefe"),
            "targets": any_of(
                ["praia_cambio_rapido"],
                ["praia_cambio_rapido", "+2389550166"],
                ["praia_cambio_rapido", "+238 955 0166"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("burla informática", None),
            "date_range": {"start": "2026-07-01", "end": "2026-09-30"},
            "served_at": served(date),
            # 15 days from 2026-10-02 is Saturday 2026-10-17
            "return_by": any_of(
                None,
                "2026-10-17T17:00:00-01:00",
                "2026-10-17T23:59:59-01:00",
                "2026-10-19T17:00:00-01:00",
                "2026-10-19T23:59:59-01:00",
            ),
            "mechanism": "NONE",
            "case_number": any_of("1449/26.3JAPRA", "612/BICI/2026"),
        },
        sender="PJ - BICI Praia <bici@pj.gov.cv>",
        subject="Ofício n.º 612/BICI/2026",
        date=date,
        message_id="<oficio-612-bici-2026@pj.gov.cv>",
        text="Exmos. Senhores,\n\nJunto se envia ofício digitalizado.\n\nCumprimentos,\nBICI - Polícia Judiciária\n",
        attachments=[
            (scan([CAPE_VERDE_SCAN], skew=0.6, noise=0.0004, seed=94), "application", "pdf", "oficio_612.pdf")
        ],
        dkim="pj.gov.cv",
    )


def vatican_gendarmeria_richiesta() -> Message:
    date = when(2026, 11, 6, 12, 35, 0, 1)
    text = """\
STATO DELLA CITTÀ DEL VATICANO
CORPO DELLA GENDARMERIA - Nucleo Reati Informatici

Prot. n. 2026/GEND/NRI/0219                               Città del Vaticano, 5 novembre 2026

Spett.le Social Example, Inc.
Ufficio Legale

Oggetto: richiesta di informazioni - procedimento penale n. 144/26 RGP del Promotore di Giustizia

Su delega del Promotore di Giustizia presso il Tribunale dello Stato della Città del Vaticano, nell'ambito del
procedimento penale indicato in oggetto per truffa aggravata (falsa raccolta fondi a nome di opere caritative
della Santa Sede), si chiede cortesemente di voler comunicare, in relazione alla pagina
https://social.example.com/carita.papale.donazioni :

  - i dati anagrafici e di contatto forniti all'atto della registrazione (nome, e-mail, telefono);
  - gli indirizzi IP utilizzati per gli accessi dal 1° settembre 2026 al 31 ottobre 2026;
  - i dati relativi ai pagamenti effettuati per la sponsorizzazione dei contenuti.

Si prega di non informare il titolare dell'account, stante il segreto istruttorio.
Si resta in attesa di riscontro entro il 30 novembre 2026.

Distinti saluti.

Il Vice Commissario
Dott. Matteo Lanciani-Orsolini
"""
    return make(
        "030-vatican-gendarmeria-richiesta",
        "Vatican City's Gendarmeria (it), delegated by the Promoter of Justice: registration data, access IPs "
        "1 Sept-31 Oct 2026 and ad payments of a page URL; fake papal-charity fundraising; do not notify; by "
        "30 novembre 2026.",
        "it",
        "VA",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Corpo della Gendarmeria dello Stato della Città del Vaticano",
                "Corpo della Gendarmeria",
                "Gendarmeria Vaticana",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "VA",
            "requester.email": "nri.gendarmeria@vaticanstate.va",
            "requester.verified": True,
            "requester.signer": any_of("Matteo Lanciani-Orsolini", "Dott. Matteo Lanciani-Orsolini"),
            "requester.signer_title": any_of("Il Vice Commissario", "Vice Commissario"),
            "targets": any_of(["https://social.example.com/carita.papale.donazioni"], ["carita.papale.donazioni"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("truffa aggravata", "truffa aggravata (falsa raccolta fondi)"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-30T17:00:00+01:00", "2026-11-30T23:59:59+01:00", None),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": any_of("144/26 RGP", "2026/GEND/NRI/0219"),
        },
        sender="Gendarmeria - Nucleo Reati Informatici <nri.gendarmeria@vaticanstate.va>",
        subject="Richiesta di informazioni - Prot. n. 2026/GEND/NRI/0219",
        date=date,
        message_id="<gend-nri-0219-2026@vaticanstate.va>",
        text=text,
        dkim="vaticanstate.va",
    )


def eupen_staatsanwaltschaft_odt() -> Message:
    date = when(2026, 11, 24, 14, 3, 0, 1)
    document = odt(
        [
            "KÖNIGREICH BELGIEN - STAATSANWALTSCHAFT EUPEN",
            "Gerichtsbezirk Eupen - Abteilung Cyberkriminalität",
            "Unser Zeichen: EU.37.L2.004418/26                     Eupen, den 23. November 2026",
            "An: Social Example, Inc., Law Enforcement Response Team",
            "Betrifft: Anordnung zur Identifizierung gemäß Artikel 46bis der Strafprozessordnung (Code "
            "d'instruction criminelle)",
            "Im Rahmen eines Ermittlungsverfahrens wegen Belästigung und Verleumdung (Art. 442bis und 443 "
            "Strafgesetzbuch) ordne ich hiermit an, mir folgende Identifizierungsdaten zu übermitteln:",
            "Konto: @hohes_venn_wahrheit (Benutzer-ID 8830155720)",
            "- Name, E-Mail-Adresse und Telefonnummer, die bei der Registrierung angegeben wurden;",
            "- Datum der Kontoerstellung und die dabei verwendete IP-Adresse.",
            "Inhalte von Kommunikation werden nicht verlangt.",
            "Ich bitte um Antwort binnen 14 Tagen ab Erhalt dieser Anordnung.",
            "Der Prokurator des Königs",
            "Dr. Lukas Heinen-Mertes",
        ],
        heading="STAATSANWALTSCHAFT EUPEN",
    )
    text = """\
Sehr geehrte Damen und Herren,

anbei übersende ich Ihnen eine Anordnung gemäß Art. 46bis StPO (Belgien) mit der Bitte um Erledigung.

Mit freundlichen Grüßen
Dr. Lukas Heinen-Mertes
Prokurator des Königs - Staatsanwaltschaft Eupen
"""
    return make(
        "031-eupen-staatsanwaltschaft-odt",
        "The public prosecutor at Eupen (Belgium, German-speaking Community) sends an art. 46bis identification "
        "order as .odt (de): registration name/e-mail/phone, creation date and IP of an @handle with ID; "
        "harassment and defamation; content expressly not requested; within 14 days.",
        "de",
        "BE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Artikel 46bis der Strafprozessordnung", "Art. 46bis StPO"),
            "requester.name": any_of("Staatsanwaltschaft Eupen", "Königreich Belgien - Staatsanwaltschaft Eupen"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BE",
            "requester.email": "lukas.heinen-mertes@just.fgov.be",
            "requester.verified": True,
            "requester.signer": any_of("Lukas Heinen-Mertes", "Dr. Lukas Heinen-Mertes"),
            "requester.signer_title": any_of("Prokurator des Königs", "Der Prokurator des Königs"),
            "targets": any_of(["hohes_venn_wahrheit"], ["hohes_venn_wahrheit", "8830155720"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("Belästigung und Verleumdung", "Belästigung", None),
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-08T17:00:00+01:00", "2026-12-08T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": "EU.37.L2.004418/26",
        },
        sender="Heinen-Mertes Lukas <lukas.heinen-mertes@just.fgov.be>",
        subject="Anordnung Art. 46bis StPO - EU.37.L2.004418/26",
        date=date,
        message_id="<EU37L2-004418-26@just.fgov.be>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Anordnung_46bis_004418-26.odt")],
        dkim="just.fgov.be",
    )


def trinidad_ttps_emergency() -> Message:
    date = when(2026, 10, 29, 21, 5, 0, -4)
    text = """\
URGENT - EMERGENCY DISCLOSURE REQUEST - THREAT TO LIFE

Trinidad and Tobago Police Service - Cyber Crime Unit
Our ref: CCU-EDR-2026-071

At about 7:30 pm this evening the account @sando_revenge_868 published a video in which a masked male displays
a firearm and states he will "light up" a named secondary school in San Fernando "when the bell ring tomorrow".
Classes begin at 8:00 am tomorrow (30 October 2026). We assess this as a credible and imminent threat of death
or serious bodily harm to students and staff.

We urgently request, on an emergency basis:
1. Subscriber details (name, e-mail address, phone number) of the account;
2. IP addresses and timestamps of log-ins for the last 7 days;
3. Any location information associated with the account in the last 7 days.

Please contact me directly 24/7 at +1 868 555 0119. The CCU duty desk can confirm my identity at
+1 868 555 0100.

ASP Keisha Ramdeen-Charles
Assistant Superintendent of Police, Head - Cyber Crime Unit
Trinidad and Tobago Police Service
"""
    return make(
        "032-trinidad-ttps-emergency",
        "Trinidad and Tobago Police Service Cyber Crime Unit emergency request in the evening: a video threatening a "
        "school shooting the next morning; subscriber data, 7 days of log-in IPs and location for an @handle.",
        "en",
        "TT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "Trinidad and Tobago Police Service",
                "Trinidad and Tobago Police Service - Cyber Crime Unit",
                "TTPS Cyber Crime Unit",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "TT",
            "requester.email": "k.ramdeen-charles@ttps.gov.tt",
            "requester.verified": True,
            "requester.signer": "Keisha Ramdeen-Charles",
            "requester.signer_title": any_of(
                "ASP",
                "Assistant Superintendent of Police",
                "Assistant Superintendent of Police, Head - Cyber Crime Unit",
            ),
            "targets": ["sando_revenge_868"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "threat to life", "school shooting threat"),
            "date_range": any_of(None, {"start": "2026-10-22", "end": "2026-10-29"}),
            "served_at": served(date),
            "return_by": any_of(None, served(date)),
            "emergency": {"narrative_contains": "school"},
            "mechanism": any_of("NONE", None),
            "case_number": any_of("CCU-EDR-2026-071", None),
        },
        sender="Keisha Ramdeen-Charles <k.ramdeen-charles@ttps.gov.tt>",
        subject="URGENT: Emergency Disclosure Request - threat to school - @sando_revenge_868",
        date=date,
        message_id="<CCU-EDR-2026-071@ttps.gov.tt>",
        text=text,
        headers=[("Importance", "high")],
        dkim="ttps.gov.tt",
    )


def estonia_ppa_preservation_mlat() -> Message:
    date = when(2026, 11, 10, 15, 30, 0, 2)
    text = """\
Dear Social Example Law Enforcement Response Team,

The Estonian Police and Border Guard Board (Politsei- ja Piirivalveamet), Central Criminal Police, Cybercrime
Bureau, is investigating a ransomware extortion against a hospital in Tartu (criminal case no. 26730000481,
§ 217(2) and § 214 of the Penal Code).

Under Article 29 of the Budapest Convention on Cybercrime, we request the expedited preservation, for 90 days,
of all data (subscriber information, IP logs, messages and any other stored content) relating to the account
@emajogi_unlocker. A request for mutual legal assistance to obtain the data will be sent through the Ministry
of Justice to the U.S. Department of Justice, Office of International Affairs.

Please do not notify the account holder.

Kind regards,
Kristjan Tamm-Vahtra
Chief Specialist, Cybercrime Bureau
Central Criminal Police | Police and Border Guard Board | Tallinn, Estonia
+372 555 0143
"""
    return make(
        "033-estonia-ppa-preservation-mlat",
        "Estonian Police and Border Guard Board (cybercrime bureau) asks in English for expedited 90-day preservation "
        "of an @handle under Budapest Convention art. 29, an MLAT request to follow; ransomware against a hospital; "
        "do not notify.",
        "en",
        "EE",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "statute": any_of(None, "Article 29 of the Budapest Convention on Cybercrime"),
            "requester.name": any_of(
                "Police and Border Guard Board", "Politsei- ja Piirivalveamet", "Estonian Police and Border Guard Board"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "EE",
            "requester.email": "kristjan.tamm-vahtra@politsei.ee",
            "requester.verified": True,
            "requester.signer": "Kristjan Tamm-Vahtra",
            "requester.signer_title": any_of("Chief Specialist", "Chief Specialist, Cybercrime Bureau"),
            "targets": ["emajogi_unlocker"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "ransomware extortion", "ransomware extortion against a hospital"),
            "served_at": served(date),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of("LETTER_REQUEST", None),
            "mechanism": any_of("MLAT", "NONE", None),
            "case_number": "26730000481",
        },
        sender="Kristjan Tamm-Vahtra <kristjan.tamm-vahtra@politsei.ee>",
        subject="Preservation request - Art. 29 Budapest Convention - case 26730000481",
        date=date,
        message_id="<ppa-kkp-26730000481@politsei.ee>",
        text=text,
        dkim="politsei.ee",
    )


def cyprus_police_request_html() -> Message:
    date = when(2026, 9, 14, 10, 18, 0, 3)
    text = """\
CYPRUS POLICE - Office for Combating Cybercrime (OCC), Police Headquarters, Nicosia

Our ref.: OCC/4.2.11/2026/318                                      Date: 14/09/2026

Subject: Request for subscriber and log-in information - investment fraud

The Cyprus Police investigate a case of obtaining money by false pretences (s. 298 Criminal Code, Cap. 154)
in which victims were directed to a fake forex platform by the account @limassol_fx_signals.

We kindly request, voluntarily: the subscriber information (name, e-mail, phone number, date of creation) and
the IP addresses with timestamps of the log-ins between 01/06/2026 and 31/08/2026.

We would appreciate your reply within twenty (20) days.

Sgt Andreas Christodoulides-Hart
Office for Combating Cybercrime
"""
    html = """\
<html><body style="font-family:Arial">
<p><b>CYPRUS POLICE</b> - Office for Combating Cybercrime (OCC), Police Headquarters, Nicosia</p>
<p>Our ref.: OCC/4.2.11/2026/318 &nbsp;&nbsp; Date: 14/09/2026</p>
<p><u>Subject: Request for subscriber and log-in information - investment fraud</u></p>
<p>The Cyprus Police investigate a case of obtaining money by false pretences (s. 298 Criminal Code, Cap. 154)
in which victims were directed to a fake forex platform by the account <b>@limassol_fx_signals</b>.</p>
<p>We kindly request, voluntarily: the subscriber information (name, e-mail, phone number, date of creation) and
the IP addresses with timestamps of the log-ins between 01/06/2026 and 31/08/2026.</p>
<p>We would appreciate your reply within twenty (20) days.</p>
<p>Sgt Andreas Christodoulides-Hart<br>Office for Combating Cybercrime</p>
</body></html>
"""
    return make(
        "034-cyprus-police-request-html",
        "Cyprus Police Office for Combating Cybercrime voluntary request (text + HTML alternative): subscriber data "
        "and log-in IPs 01/06-31/08/2026 of an @handle; investment fraud; twenty days.",
        "en",
        "CY",
        ("plain_text", "html"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "s. 298 Criminal Code, Cap. 154"),
            "requester.name": any_of(
                "Cyprus Police", "Cyprus Police - Office for Combating Cybercrime", "Office for Combating Cybercrime"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CY",
            "requester.email": "occ@police.gov.cy",
            "requester.verified": True,
            "requester.signer": "Andreas Christodoulides-Hart",
            "requester.signer_title": any_of("Sgt", "Sergeant"),
            "targets": ["limassol_fx_signals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("investment fraud", "obtaining money by false pretences"),
            "date_range": {"start": "2026-06-01", "end": "2026-08-31"},
            "served_at": served(date),
            # 20 days from 2026-09-14 is Sunday 2026-10-04
            "return_by": any_of(
                None,
                "2026-10-04T17:00:00+03:00",
                "2026-10-04T23:59:59+03:00",
                "2026-10-05T17:00:00+03:00",
                "2026-10-05T23:59:59+03:00",
            ),
            "mechanism": "NONE",
            "case_number": "OCC/4.2.11/2026/318",
        },
        sender="OCC Cyprus Police <occ@police.gov.cy>",
        subject="Request for information - ref. OCC/4.2.11/2026/318",
        date=date,
        message_id="<occ-2026-318@police.gov.cy>",
        text=text,
        html=html,
        dkim="police.gov.cy",
    )


MESSAGES = [
    el_salvador_fgr_oficio_pdf,
    bolivia_fiscalia_missing_screenshot_html,
    haiti_pnh_requisition,
    cameroon_dgsn_requisition_docx,
    cape_verde_pj_oficio_scan,
    vatican_gendarmeria_richiesta,
    eupen_staatsanwaltschaft_odt,
    trinidad_ttps_emergency,
    estonia_ppa_preservation_mlat,
    cyprus_police_request_html,
]

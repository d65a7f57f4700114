"""Foreign requests 025-034 of the third blind hold-out (written blind; see README.md)."""

from __future__ import annotations

from tests.corpus.blind_holdout3._kit import Message, any_of, build, docx_file, msg, odt, pdf, served, when

P = "https://dueprocess.local/u/"
F = {"requester__kind": "FOREIGN_GOVERNMENT"}


def m025() -> Message:
    date = when(2026, 11, 11, 9, 15, 0, -5)
    text = """Lima, 10 de noviembre de 2026

OFICIO N.° 1874-2026-DIRINCRI-PNP/DIVINDAT-DEPINTE

Señores
DUEPROCESS SOCIAL, INC.
Departamento Legal
Presente.-

Asunto: Solicita información de usuario

Referencia: Carpeta Fiscal N.° 506014504-2026-1183-0, Segunda Fiscalía Provincial Penal Corporativa de San Juan de Lurigancho

Tengo el agrado de dirigirme a ustedes, para saludarlos cordialmente y a la vez solicitarles, en el marco de la investigación por el presunto delito de extorsión (art. 200 del Código Penal) en agravio de comerciantes del distrito de San Juan de Lurigancho, tengan a bien proporcionar la siguiente información del perfil https://dueprocess.local/u/el.cobrador.sjl (nombre visible "El Cobrador"):

1. Datos del suscriptor: nombres, correo electrónico y número telefónico registrados, fecha de creación de la cuenta.
2. Registro de direcciones IP de conexión (con fecha, hora y zona horaria) del 01/09/2026 al 09/11/2026.

Se solicita que la información sea remitida en el plazo de diez (10) días hábiles al correo electrónico divindat.depinte@policia.gob.pe. La presente solicitud se formula al amparo del artículo 230 del Código Procesal Penal.

Asimismo, se solicita mantener la reserva del caso y no informar al usuario.

Es propicia la ocasión para expresarles los sentimientos de mi especial consideración.

Atentamente,

CRNL. PNP Julio César Huamán Quispe
Jefe de la División de Investigación de Delitos de Alta Tecnología
Policía Nacional del Perú
"""
    raw = build(
        "025",
        sender='"DIVINDAT DEPINTE" <divindat.depinte@policia.gob.pe>',
        subject="OFICIO N° 1874-2026-DIRINCRI-PNP/DIVINDAT-DEPINTE - Solicita información",
        date=date,
        message_id="<oficio1874.2026@policia.gob.pe>",
        text=text,
        dkim_domain="policia.gob.pe",
    )
    return msg(
        "025-peru-pnp-divindat-oficio",
        "Peru, PNP DIVINDAT oficio (es, dd/mm dates, 'diez (10) días hábiles'): a profile URL; subscriber data and "
        "connection IPs 01/09-09/11/2026 for an extortion case; asks for 'reserva' (letter request).",
        "es",
        "PE",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of("artículo 230 del Código Procesal Penal", "art. 230 Código Procesal Penal", None),
        requester__name=any_of("Policía Nacional del Perú", "División de Investigación de Delitos de Alta Tecnología"),
        requester__country="PE",
        requester__email="divindat.depinte@policia.gob.pe",
        requester__verified=True,
        requester__signer="Julio César Huamán Quispe",
        requester__signer_title=any_of(
            "Jefe de la División de Investigación de Delitos de Alta Tecnología", "CRNL. PNP"
        ),
        targets=any_of(["el.cobrador.sjl"], [P + "el.cobrador.sjl"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("extorsión (art. 200 del Código Penal)", "extorsión", None),
        date_range={"start": "2026-09-01", "end": "2026-11-09"},
        served_at=served(date),
        return_by=any_of(None, "2026-11-25T17:00:00-05:00"),
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism="NONE",
        case_number=any_of("1874-2026-DIRINCRI-PNP/DIVINDAT-DEPINTE", "506014504-2026-1183-0"),
        **F,
    )


def m026() -> Message:
    date = when(2026, 11, 17, 10, 3, 0, 1)
    req = """GENDARMERIE NATIONALE
Section de recherches de Lyon - Cellule d'investigations numériques

RÉQUISITION JUDICIAIRE
(Articles 77-1-1 et 77-1-2 du Code de procédure pénale - enquête préliminaire)

Nous, Adjudant-chef Sébastien MOREL, Officier de police judiciaire en résidence à Lyon,
Agissant en enquête préliminaire, sur instructions de Madame le Procureur de la République près le tribunal judiciaire de Lyon,
Vu les articles 77-1-1 et 77-1-2 du Code de procédure pénale,

Requérons : la société DUEPROCESS SOCIAL, INC.

À l'effet de nous communiquer, concernant le compte utilisateur @gone_du_69 (identifiant 71200458833) :
 - les données d'identification du titulaire (nom, prénom, adresse électronique, numéro de téléphone, date de création du compte) ;
 - l'historique des adresses IP de connexion, avec date, heure et fuseau horaire, du 1er septembre 2026 au 15 novembre 2026.

Faits : harcèlement moral en ligne et menaces de mort réitérées (articles 222-33-2-2 et 222-17 du Code pénal).

Réponse souhaitée avant le 1er décembre 2026, par courriel à l'adresse ci-dessous.

Nous vous demandons de ne pas informer l'utilisateur de la présente réquisition.

Fait à Lyon, le 16 novembre 2026.
L'Officier de police judiciaire, Adjudant-chef Sébastien MOREL
PV n° 02211/2026/SR-LYON"""
    raw = build(
        "026",
        sender='"MOREL Sebastien" <sebastien.morel@gendarmerie.interieur.gouv.fr>',
        subject="Réquisition judiciaire - PV 02211/2026 - compte @gone_du_69",
        date=date,
        message_id="<req-02211-2026@gendarmerie.interieur.gouv.fr>",
        text="Madame, Monsieur,\n\nVeuillez trouver ci-joint une réquisition judiciaire. Je vous remercie de bien vouloir y donner suite.\n\nCordialement,\n\nAdjudant-chef Sébastien MOREL\nSection de recherches de Lyon\n04 78 95 00 00\n",
        attachments=[(pdf(req), "application", "pdf", "Requisition_PV02211-2026.pdf")],
        dkim_domain="gendarmerie.interieur.gouv.fr",
    )
    return msg(
        "026-france-gendarmerie-requisition-pdf",
        "France, Gendarmerie (SR Lyon) réquisition judiciaire (fr, PDF, art. 77-1-1 CPP): an @handle and its ID; "
        "identification data and connection IPs 1 Sept-15 Nov 2026; 'avant le 1er décembre 2026'; asks not to inform the user.",
        "fr",
        "FR",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of("Articles 77-1-1 et 77-1-2 du Code de procédure pénale", "art. 77-1-1 CPP", None),
        requester__name=any_of("Gendarmerie nationale", "Section de recherches de Lyon"),
        requester__country="FR",
        requester__email="sebastien.morel@gendarmerie.interieur.gouv.fr",
        requester__verified=True,
        requester__signer="Sébastien MOREL",
        requester__signer_title=any_of("Adjudant-chef", "Officier de police judiciaire"),
        targets=any_of(["gone_du_69"], ["gone_du_69", "71200458833"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("harcèlement moral en ligne et menaces de mort réitérées", None),
        date_range={"start": "2026-09-01", "end": "2026-11-15"},
        served_at=served(date),
        return_by=any_of("2026-12-01T17:00:00+01:00", "2026-11-30T23:59:59+01:00", "2026-12-01T00:00:00+01:00"),
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism="NONE",
        case_number="02211/2026/SR-LYON",
        **F,
    )


def m027() -> Message:
    date = when(2026, 11, 26, 14, 40, 0, -5)
    html = """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>La Sûreté du Québec sollicite votre collaboration dans le cadre d'une enquête criminelle. Nous vous demandons de bien vouloir nous communiquer, sur une base volontaire, les renseignements suivants. Une ordonnance de communication pourra être obtenue au besoin par la voie de l'entraide judiciaire (TEJ Canada-États-Unis).</p>
<table border="1" cellpadding="4">
<tr><td><b>N° de dossier</b></td><td>SQ-026-118-447</td></tr>
<tr><td><b>Infraction</b></td><td>Leurre d'enfant au moyen d'un ordinateur (art. 172.1 C.cr.)</td></tr>
<tr><td><b>Compte visé</b></td><td>@mtl_coach_ben &mdash; courriel associé : ben.coach.mtl@videotron.ca</td></tr>
<tr><td><b>Renseignements demandés</b></td><td>Renseignements de base de l'abonné (nom, courriel, téléphone, date de création), adresses IP de connexion</td></tr>
<tr><td><b>Période visée</b></td><td>2026-08-01 au 2026-11-25</td></tr>
<tr><td><b>Délai souhaité</b></td><td>2026-12-10</td></tr>
<tr><td><b>Confidentialité</b></td><td>Prière de ne pas aviser l'usager</td></tr>
</table>
<p>Veuillez agréer nos salutations distinguées.</p>
<p>Sergente-détective Geneviève Tremblay<br>Division des crimes contre la personne &ndash; Exploitation sexuelle des enfants sur Internet<br>Sûreté du Québec, 1701, rue Parthenais, Montréal (Québec) H2K 3S7<br>514 598-4141</p>
</body></html>"""
    raw = build(
        "027",
        sender='"Tremblay Genevieve (SQ)" <genevieve.tremblay@surete.qc.ca>',
        subject="Demande de renseignements - dossier SQ-026-118-447",
        date=date,
        message_id="<SQ-026-118-447.20261126@surete.qc.ca>",
        html=html,
        dkim_domain="surete.qc.ca",
    )
    return msg(
        "027-quebec-surete-html-french",
        "Canada (Québec), Sûreté du Québec voluntary request in an HTML table with French labels and ISO dates: @handle "
        "and e-mail; basic subscriber data and login IPs 2026-08-01 to 2026-11-25; desired by 2026-12-10; mentions a possible MLAT later.",
        "fr",
        "CA",
        ["html_table"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of(None, "art. 172.1 C.cr."),
        requester__name="Sûreté du Québec",
        requester__country="CA",
        requester__email="genevieve.tremblay@surete.qc.ca",
        requester__verified=True,
        requester__signer="Geneviève Tremblay",
        requester__signer_title="Sergente-détective",
        targets=any_of(["mtl_coach_ben"], ["mtl_coach_ben", "ben.coach.mtl@videotron.ca"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("Leurre d'enfant au moyen d'un ordinateur (art. 172.1 C.cr.)", None),
        date_range={"start": "2026-08-01", "end": "2026-11-25"},
        served_at=served(date),
        return_by=any_of("2026-12-10T17:00:00-05:00", None),
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism=any_of("NONE", "MLAT"),
        case_number="SQ-026-118-447",
        **F,
    )


def m028() -> Message:
    date = when(2026, 11, 19, 8, 12, 0, 1)
    text = """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre unten zitierte Antwort übersende ich nunmehr den Beschluss des Amtsgerichts Stuttgart vom 17.11.2026 (Az. 22 Gs 1402/26). Wir bitten erneut um Auskunft zu dem Nutzerkonto "schwabenpfeil_88":

- Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Registrierungsdatum, Registrierungs-IP)
- IP-Adressen der Logins mit Zeitstempel (UTC) im Zeitraum 01.10.2026 bis 16.11.2026

Gegenstand des Ermittlungsverfahrens ist der Verdacht der Volksverhetzung (§ 130 StGB) und der Bedrohung (§ 241 StGB) gegenüber einer Gemeinderätin. Rechtsgrundlage: §§ 100g, 100j StPO i.V.m. § 24 TDDDG.

Um Erledigung bis zum 04.12.2026 wird gebeten. Wir bitten, den Kontoinhaber nicht zu benachrichtigen; die Benachrichtigung erfolgt gemäß § 101 StPO durch die Staatsanwaltschaft.

Mit freundlichen Grüßen
i.A.
KHK Tobias Wendler
Landeskriminalamt Baden-Württemberg
Abteilung 5 - Cybercrime / Digitale Spuren
Taubenheimstraße 85, 70372 Stuttgart
Tel. 0711 5401-0

-----Ursprüngliche Nachricht-----
Von: DueProcess Legal Operations <legal-process@dueprocess.local>
Gesendet: Montag, 2. November 2026 17:20
Betreff: AW: Auskunftsersuchen schwabenpfeil_88

Dear Officer Wendler, thank you for your request. For IP log data we require a court order or a prosecutor's order under German law. Subscriber data can be requested voluntarily. Kind regards, DueProcess Legal Operations
"""
    raw = build(
        "028",
        sender='"Wendler, Tobias (LKA)" <tobias.wendler@polizei.bwl.de>',
        subject="AW: AW: Auskunftsersuchen schwabenpfeil_88 - Beschluss AG Stuttgart 22 Gs 1402/26",
        date=date,
        message_id="<LKA5.1402-26.20261119@polizei.bwl.de>",
        text=text,
        dkim_domain="polizei.bwl.de",
    )
    return msg(
        "028-germany-lka-bw-reply-with-court-order",
        "Germany, LKA Baden-Württemberg reply (de, quoting the platform's English answer) citing an Amtsgericht Stuttgart "
        "order: a user name; Bestandsdaten and login IPs 01.10.-16.11.2026; 'bis zum 04.12.2026'; asks not to notify.",
        "de",
        "DE",
        ["plain_text", "quoted_reply"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of("§§ 100g, 100j StPO", "§ 100j StPO", "§ 100g StPO", None),
        requester__name="Landeskriminalamt Baden-Württemberg",
        requester__country="DE",
        requester__email="tobias.wendler@polizei.bwl.de",
        requester__verified=True,
        requester__signer="Tobias Wendler",
        requester__signer_title=any_of("KHK", "Kriminalhauptkommissar"),
        targets=["schwabenpfeil_88"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("Volksverhetzung (§ 130 StGB) und Bedrohung (§ 241 StGB)", None),
        date_range={"start": "2026-10-01", "end": "2026-11-16"},
        served_at=served(date),
        return_by="2026-12-04T17:00:00+01:00",
        nondisclosure__present=True,
        nondisclosure__kind=any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
        mechanism="NONE",
        case_number="22 Gs 1402/26",
        issuing_court=any_of("Amtsgericht Stuttgart", None),
        **F,
    )


def m029() -> Message:
    date = when(2026, 11, 9, 12, 30, 0, 1)
    blocks = [
        ("h", "CENTRAL CYBERCRIME BUREAU (CBZC), POLISH POLICE"),
        ("p", "Warsaw, 06.11.2026"),
        (
            "p",
            "Ref.: CBZC-WR-II-0172/26, preparatory proceedings PO II Ds 311.2026 supervised by the Regional Prosecutor's Office in Wrocław",
        ),
        ("p", "REQUEST FOR VOLUNTARY DISCLOSURE OF DATA"),
        (
            "t",
            "Legal basis|Art. 218 of the Code of Criminal Procedure (Kodeks postępowania karnego) and Art. 20c of the Police Act",
        ),
        ("t", "Offence|Fraud (Art. 286 § 1 of the Penal Code) - fake marketplace listings"),
        ("t", "Account|https://dueprocess.local/u/wroclaw.deals.pl and e-mail deals.wro@wp.pl"),
        (
            "t",
            "Data requested|Subscriber data (name, e-mail, phone, creation date), IP addresses of logins and payment method",
        ),
        ("t", "Period|15.06.2026 - 31.10.2026"),
        ("t", "Reply by|27.11.2026"),
        ("p", "We kindly ask you not to inform the user about this request, as this could jeopardise the proceedings."),
        ("p", "Komisarz Agnieszka Wójcik, Head of Section, Wrocław Branch, Central Cybercrime Bureau"),
    ]
    raw = build(
        "029",
        sender='"Agnieszka Wójcik" <agnieszka.wojcik@cbzc.policja.gov.pl>',
        subject="CBZC-WR-II-0172/26 - request for data",
        date=date,
        message_id="<CBZC-WR-II-0172-26@cbzc.policja.gov.pl>",
        text="Dear Sir or Madam,\n\nPlease find attached our request in English. We would be grateful for your reply.\n\nBest regards,\nKom. Agnieszka Wójcik\nCentralne Biuro Zwalczania Cyberprzestępczości\n",
        attachments=[
            (
                docx_file(blocks, author="CBZC"),
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "CBZC-WR-II-0172-26_EN.docx",
            )
        ],
        dkim_domain="cbzc.policja.gov.pl",
    )
    return msg(
        "029-poland-cbzc-request-docx-english",
        "Poland, Central Cybercrime Bureau request in English (.docx table, dd.mm.yyyy dates): a profile URL and an e-mail; "
        "subscriber data, login IPs, payment method 15.06-31.10.2026; reply by 27.11.2026; asks not to inform the user.",
        "en",
        "PL",
        ["docx", "plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of("Art. 218 of the Code of Criminal Procedure", "Art. 20c of the Police Act", None),
        requester__name=any_of(
            "Central Cybercrime Bureau", "Centralne Biuro Zwalczania Cyberprzestępczości", "Polish Police"
        ),
        requester__country="PL",
        requester__email="agnieszka.wojcik@cbzc.policja.gov.pl",
        requester__verified=True,
        requester__signer="Agnieszka Wójcik",
        requester__signer_title=any_of("Head of Section", "Komisarz"),
        targets=any_of(["wroclaw.deals.pl", "deals.wro@wp.pl"], [P + "wroclaw.deals.pl", "deals.wro@wp.pl"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("Fraud (Art. 286 § 1 of the Penal Code) - fake marketplace listings", None),
        date_range={"start": "2026-06-15", "end": "2026-10-31"},
        served_at=served(date),
        return_by="2026-11-27T17:00:00+01:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism="NONE",
        case_number=any_of("CBZC-WR-II-0172/26", "PO II Ds 311.2026"),
        **F,
    )


def m030() -> Message:
    date = when(2026, 11, 27, 18, 5, 0, 9)
    text = """To: DueProcess Social, Inc. Law Enforcement Response Team

Date: 2026/11/27
Ref. No.: MPD-CYB-2026-1893

REQUEST FOR DISCLOSURE OF INFORMATION

The Cybercrime Control Division, Tokyo Metropolitan Police Department, is investigating a case of threats of arson against a primary school in Setagaya Ward, Tokyo (Penal Code of Japan, Article 222; Act on Punishment of Physical Violence). The threat was posted from the following account:

    Account: @tokyo_kaen_2026   (User ID: 880214477120)

We kindly request that you disclose:
  (1) subscriber information (name, e-mail address, telephone number, date of registration);
  (2) IP addresses and time stamps (JST or UTC) of access to the account from 2026/11/01 to 2026/11/26.

This request is made under Article 197, Paragraph 2 of the Code of Criminal Procedure of Japan (inquiry to public offices or public or private organizations). We would appreciate your reply by 2026/12/11.

Please do not notify the user.

Inspector Kenji Watanabe
Cybercrime Control Division
Tokyo Metropolitan Police Department
2-1-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8929, Japan
TEL +81-3-3581-4321
"""
    raw = build(
        "030",
        sender='"Kenji Watanabe" <k-watanabe@keishicho.metro.tokyo.lg.jp>',
        subject="[MPD-CYB-2026-1893] Request for disclosure of information",
        date=date,
        message_id="<MPD-CYB-2026-1893@keishicho.metro.tokyo.lg.jp>",
        text=text,
        dkim_domain="keishicho.metro.tokyo.lg.jp",
    )
    return msg(
        "030-japan-tokyo-mpd-request-english",
        "Japan, Tokyo Metropolitan Police request in English (yyyy/mm/dd dates) under art. 197(2) CCP: @handle and user ID; "
        "subscriber data and access IPs 2026/11/01-2026/11/26; reply by 2026/12/11; asks not to notify.",
        "en",
        "JP",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of(
            "Article 197, Paragraph 2 of the Code of Criminal Procedure of Japan", "Article 197(2) CCP", None
        ),
        requester__name="Tokyo Metropolitan Police Department",
        requester__country="JP",
        requester__email="k-watanabe@keishicho.metro.tokyo.lg.jp",
        requester__verified=True,
        requester__signer="Kenji Watanabe",
        requester__signer_title="Inspector",
        targets=any_of(["tokyo_kaen_2026"], ["tokyo_kaen_2026", "880214477120"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("threats of arson against a primary school", None),
        date_range={"start": "2026-11-01", "end": "2026-11-26"},
        served_at=served(date),
        return_by="2026-12-11T17:00:00+09:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism="NONE",
        case_number="MPD-CYB-2026-1893",
        **F,
    )


def m031() -> Message:
    date = when(2026, 10, 20, 13, 45, 0, 2)
    paragraphs = [
        "GUARDIA CIVIL - Unidad Central Operativa (UCO), Departamento de Delitos Telemáticos",
        "Diligencias n.º 2026-004417-UCO. Juzgado de Instrucción n.º 4 de Málaga, Diligencias Previas 1290/2026.",
        "Madrid, a 19 de octubre de 2026",
        "ASUNTO: Solicitud de colaboración - información de usuario",
        "En el curso de las diligencias arriba referenciadas, instruidas por un presunto delito de estafa informática "
        "(art. 249 del Código Penal) mediante falsos anuncios de alquiler vacacional en la Costa del Sol, se solicita su "
        "colaboración para que, de forma voluntaria, faciliten los siguientes datos:",
        "Cuenta: «Apartamentos Marbella Sol» (perfil https://dueprocess.local/u/marbella.sol.rentals), teléfono asociado +34 611 555 273.",
        "a) Datos de registro del titular (nombre, correo electrónico, teléfono, fecha de alta).",
        "b) Direcciones IP de acceso, con fecha y hora (UTC), desde el 1 de julio de 2026 hasta el 15 de octubre de 2026.",
        "c) Medios de pago asociados a la cuenta.",
        "Se ruega remitan la información antes del 13 de noviembre de 2026 y que no se comunique la presente solicitud al titular de la cuenta.",
        "El Teniente Jefe del Grupo, Álvaro Sanz Peñalver",
    ]
    raw = build(
        "031",
        sender='"UCO Delitos Telematicos" <uco-telematicos@guardiacivil.es>',
        subject="Solicitud de colaboración - Diligencias 2026-004417-UCO",
        date=date,
        message_id="<2026-004417-UCO@guardiacivil.es>",
        text="Buenos días,\n\nAdjuntamos solicitud de colaboración (formato ODT).\n\nUn saludo,\nGrupo de Delitos Telemáticos - UCO\nGuardia Civil\n",
        attachments=[(odt(paragraphs), "application", "vnd.oasis.opendocument.text", "Solicitud_2026-004417.odt")],
        dkim_domain="guardiacivil.es",
    )
    return msg(
        "031-spain-guardia-civil-odt",
        "Spain, Guardia Civil UCO voluntary request (es, .odt, dates in words): a display name, profile URL and phone; "
        "registration data, access IPs 1 jul-15 oct 2026 and payment means; 'antes del 13 de noviembre de 2026'; asks not to tell the user.",
        "es",
        "ES",
        ["odt", "plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        requester__name=any_of("Guardia Civil", "Unidad Central Operativa (UCO)"),
        requester__country="ES",
        requester__email="uco-telematicos@guardiacivil.es",
        requester__verified=True,
        requester__signer="Álvaro Sanz Peñalver",
        requester__signer_title=any_of("Teniente Jefe del Grupo", "Teniente"),
        targets=any_of(
            ["marbella.sol.rentals", "+34 611 555 273"],
            ["marbella.sol.rentals", "+34611555273"],
            ["marbella.sol.rentals"],
            [P + "marbella.sol.rentals", "+34 611 555 273"],
        ),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("estafa informática (art. 249 del Código Penal)", None),
        date_range={"start": "2026-07-01", "end": "2026-10-15"},
        served_at=served(date),
        return_by="2026-11-13T17:00:00+01:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        mechanism="NONE",
        case_number=any_of("2026-004417-UCO", "1290/2026"),
        **F,
    )


def m032() -> Message:
    date = when(2026, 11, 3, 19, 22, 0, -6)
    html = """<html><body>
<p>A QUIEN CORRESPONDA:</p>
<p>Por medio del presente, la Fiscalía General de la República, Unidad de Investigación de Delitos Cibernéticos, solicita de la manera más atenta su colaboración urgente conforme a lo siguiente:</p>
<table border="1">
<tr><td>Carpeta de investigación</td><td>FED/FECOR/UIDC-CDMX/0000871/2026</td></tr>
<tr><td>Delito</td><td>Secuestro virtual / extorsión</td></tr>
<tr><td>Cuenta</td><td>@cdmx_ofertas_jobs y el número +52 55 5555 0198</td></tr>
<tr><td>Información requerida</td><td>Datos del suscriptor, direcciones IP, mensajes directos y ubicación</td></tr>
<tr><td>Periodo</td><td>01/08/2026 al 02/11/2026</td></tr>
<tr><td>Plazo</td><td>72 horas</td></tr>
</table>
<p>Con fundamento en los artículos 21 constitucional y 303 del Código Nacional de Procedimientos Penales.</p>
<p>Favor de responder a este correo, ya que el correo institucional presenta fallas.</p>
<p>Atentamente<br>Lic. Raúl Esteban Cárdenas Ortiz<br>Agente del Ministerio Público de la Federación<br>Fiscalía General de la República</p>
</body></html>"""
    raw = build(
        "032",
        sender='"Lic. Raul Cardenas FGR" <raul.cardenas.fgr@hotmail.com>',
        subject="SOLICITUD URGENTE FGR - carpeta 0000871/2026",
        date=date,
        message_id="<BY5PR17MB0871@hotmail.com>",
        html=html,
        dkim_domain="hotmail.com",
    )
    return msg(
        "032-mexico-fgr-from-hotmail-html",
        "Mexico, a 'Fiscalía General de la República' request sent from a Hotmail address (es, HTML table): @handle and "
        "phone; subscriber data, IPs, DMs and location 01/08-02/11/2026 in 72 hours; free-mail never verifies.",
        "es",
        "MX",
        ["html_table"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of("artículo 303 del Código Nacional de Procedimientos Penales", "art. 303 CNPP", None),
        requester__name="Fiscalía General de la República",
        requester__country="MX",
        requester__email="raul.cardenas.fgr@hotmail.com",
        requester__verified=False,
        requester__signer="Raúl Esteban Cárdenas Ortiz",
        requester__signer_title="Agente del Ministerio Público de la Federación",
        targets=any_of(["cdmx_ofertas_jobs", "+52 55 5555 0198"], ["cdmx_ofertas_jobs", "+525555550198"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
        stated_purpose=any_of("Secuestro virtual / extorsión", None),
        date_range={"start": "2026-08-01", "end": "2026-11-02"},
        served_at=served(date),
        return_by="2026-11-06T19:22:00-06:00",
        mechanism="NONE",
        case_number="FED/FECOR/UIDC-CDMX/0000871/2026",
        **F,
    )


def m033() -> Message:
    date = when(2026, 11, 24, 16, 30, 0, 11)
    order = """COMMONWEALTH OF AUSTRALIA
Telecommunications (Interception and Access) Act 1979 - Schedule 1
INTERNATIONAL PRODUCTION ORDER - STORED COMMUNICATIONS (Part 3)

Designated international agreement: Agreement between the Government of Australia and the Government of the United States of America on Access to Electronic Data for the Purpose of Countering Serious Crime (CLOUD Act Agreement)

Order No.: IPO-SC-2026-00214
Issuing authority: Nominated AAT/ART Member, the Hon. Margaret Ellison
Applicant: Australian Federal Police
Prescribed communications provider: DueProcess Social, Inc.

The Member is satisfied that the order is in relation to the investigation of a serious category 2 offence, namely the production and distribution of child abuse material (Criminal Code (Cth) ss 474.22, 474.23), and that the order is reasonably necessary.

The provider is required to make available the following, in relation to the account @syd_harbour_mate (account ID 66400218871):
(a) stored communications, including direct messages and their attachments, held by the provider;
(b) subscriber information and telecommunications data associated with the account;
for the period 1 July 2026 to 20 November 2026.

The provider must comply with this order within 30 days of the day on which it is given.

This order, and its existence, must not be disclosed by the provider to the user of the account (Schedule 1, clause 153).

Dated 23 November 2026."""
    raw = build(
        "033",
        sender='"AFP Central Authority - IPO" <ipo.centralauthority@afp.gov.au>',
        subject="OFFICIAL: Sensitive - International Production Order IPO-SC-2026-00214",
        date=date,
        message_id="<IPO-SC-2026-00214@afp.gov.au>",
        text="OFFICIAL: Sensitive\n\nGood afternoon,\n\nPlease find attached an International Production Order (stored communications) given to DueProcess Social, Inc. under the Australia-United States CLOUD Act Agreement, transmitted by the Australian Designated Authority.\n\nRegards,\nDetective Sergeant Priya Raman\nAustralian Federal Police, ACCCE\n\nOFFICIAL: Sensitive\n",
        attachments=[(pdf(order), "application", "pdf", "IPO-SC-2026-00214.pdf")],
        dkim_domain="afp.gov.au",
    )
    return msg(
        "033-australia-afp-international-production-order",
        "Australia, AFP transmits an International Production Order under the AU-US CLOUD Act agreement (PDF): @handle "
        "and ID; DMs with attachments, subscriber and telecommunications data 1 Jul-20 Nov 2026; 30 days; statutory non-disclosure.",
        "en",
        "AU",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="FOREIGN_REQUEST",
        statute=any_of(
            "Telecommunications (Interception and Access) Act 1979 - Schedule 1",
            "Telecommunications (Interception and Access) Act 1979",
        ),
        requester__name="Australian Federal Police",
        requester__country="AU",
        requester__email="ipo.centralauthority@afp.gov.au",
        requester__verified=True,
        requester__signer=any_of("Margaret Ellison", "Priya Raman"),
        requester__signer_title=any_of("Nominated AAT/ART Member", "Detective Sergeant"),
        targets=any_of(["syd_harbour_mate"], ["syd_harbour_mate", "66400218871"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
        stated_purpose=any_of("production and distribution of child abuse material", None),
        date_range={"start": "2026-07-01", "end": "2026-11-20"},
        served_at=served(date),
        return_by=any_of("2026-12-24T16:30:00+11:00", "2026-12-24T17:00:00+11:00", "2026-12-24T23:59:59+11:00"),
        nondisclosure__present=True,
        nondisclosure__kind=any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
        nondisclosure__expires_at=None,
        mechanism="CLOUD_ACT_AGREEMENT",
        case_number="IPO-SC-2026-00214",
        **F,
    )


def m034() -> Message:
    date = when(2026, 12, 2, 4, 12, 0, 13)
    text = """URGENT - EMERGENCY DISCLOSURE REQUEST - THREAT TO LIFE

Kia ora,

New Zealand Police requests emergency disclosure under your emergency procedures (and 18 U.S.C. 2702(b)(8)).

At 02:50 NZDT today a user of your service, @kiwi_lastnight (display name "Mere"), posted "tonight is the night, sorry mum" with an image of a rope. The user is believed to be a 17-year-old in the Waikato region; her family cannot find her. We believe there is an imminent risk of death.

We request: the e-mail address and phone number on the account, the IP addresses of the most recent logins (last 12 hours), and any location information.

Please call the Police Northern Communications Centre on +64 9 302 6400 (quote event P061882733) to confirm this request.

Sergeant Aroha Ngata
Police National Command Centre
New Zealand Police | Ngā Pirihimana o Aotearoa
"""
    raw = build(
        "034",
        sender='"Ngata, Aroha" <aroha.ngata@police.govt.nz>',
        subject="URGENT Emergency disclosure request - threat to life - P061882733",
        date=date,
        message_id="<P061882733.20261202@police.govt.nz>",
        text=text,
        headers=[("Importance", "High")],
        dkim_domain="police.govt.nz",
    )
    return msg(
        "034-new-zealand-police-emergency",
        "New Zealand Police emergency disclosure request (en, at 04:12 NZDT): suicidal 17-year-old, @handle; e-mail, "
        "phone, last login IPs and location; a foreign emergency request (process type open: emergency or foreign).",
        "en",
        "NZ",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type=any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
        statute=any_of(None, "18 U.S.C. § 2702(b)(8)"),
        requester__name="New Zealand Police",
        requester__country="NZ",
        requester__email="aroha.ngata@police.govt.nz",
        requester__verified=True,
        requester__signer="Aroha Ngata",
        requester__signer_title="Sergeant",
        targets=["kiwi_lastnight"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
        stated_purpose=any_of("imminent risk of death", None),
        date_range=any_of(None, {"start": "2026-12-01", "end": "2026-12-02"}),
        served_at=served(date),
        emergency={"narrative_contains": "tonight is the night"},
        mechanism=any_of("NONE", None),
        case_number="P061882733",
        **F,
    )


MESSAGES = [m025, m026, m027, m028, m029, m030, m031, m032, m033, m034]

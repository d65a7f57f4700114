"""Foreign requests: Venezuela (es), Tunisia and Togo (fr), Lower Saxony (de), Timor-Leste (pt), Sardinia (it),
the Bahamas, Lithuania and Botswana (en). Sender domains are those bodies' public domains from general
knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout12._kit import Message, any_of, docx_file, make, odt, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def venezuela_cicpc_oficio() -> Message:
    date = when(2026, 10, 6, 9, 30, 0, -4)
    text = """\
República Bolivariana de Venezuela
Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz
Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (CICPC)
División Contra Delitos Informáticos - Caracas

Oficio N.º 9700-060-DCDI-2026-1472                         Caracas, 5 de octubre de 2026

Señores
Social Example, Inc.
Departamento Legal

Tengo el agrado de dirigirme a ustedes, en atención a la investigación penal K-26-0060-04418 que se
sigue por la presunta comisión del delito de estafa agravada, previsto en el Código Penal, y de los
delitos previstos en la Ley Especial contra los Delitos Informáticos, bajo la dirección de la Fiscalía
Septuagésima Séptima del Ministerio Público del Área Metropolitana de Caracas, a fin de solicitarles
muy respetuosamente la siguiente información de la cuenta @caracas_divisas_ya:

  1. Datos de registro del usuario: nombres, correo electrónico, número telefónico asociado y fecha
     de creación de la cuenta.
  2. Direcciones IP de conexión, con fecha y hora, del 01/08/2026 al 30/09/2026.

La cuenta ofrece la venta de divisas a tasas preferenciales y, según las denuncias recibidas, habría
captado depósitos de más de cuarenta víctimas sin entregar las divisas.

Se agradece remitir la información en un lapso de quince (15) días continuos a la dirección de correo
electrónico de esta División.

Atentamente,

Comisario Jefe Rubén Darío Castillo Urdaneta
Jefe de la División Contra Delitos Informáticos
"""
    return make(
        "026-venezuela-cicpc-oficio",
        "Venezuela's CICPC (División Contra Delitos Informáticos) oficio in the body: registration data and "
        "connection IPs 01/08-30/09/2026 of an @handle for a currency-exchange fraud; fifteen calendar days.",
        "es",
        "VE",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Ley Especial contra los Delitos Informáticos"),
            "requester.name": any_of(
                "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (CICPC)",
                "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas",
                "CICPC",
                "División Contra Delitos Informáticos",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "VE",
            "requester.email": "dcdi.caracas@cicpc.gob.ve",
            "requester.verified": True,
            "requester.signer": "Rubén Darío Castillo Urdaneta",
            "requester.signer_title": any_of("Jefe de la División Contra Delitos Informáticos", "Comisario Jefe"),
            "targets": ["caracas_divisas_ya"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("estafa agravada", None),
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": any_of(
                None,
                "2026-10-21T17:00:00-04:00",
                "2026-10-21T23:59:59-04:00",
                "2026-10-20T17:00:00-04:00",
                "2026-10-20T23:59:59-04:00",
            ),
            "mechanism": "NONE",
            "case_number": any_of("K-26-0060-04418", "9700-060-DCDI-2026-1472"),
        },
        sender="División Contra Delitos Informáticos CICPC <dcdi.caracas@cicpc.gob.ve>",
        subject="Oficio N.º 9700-060-DCDI-2026-1472 - Solicitud de información",
        date=date,
        message_id="<oficio-1472.20261006093000@cicpc.gob.ve>",
        text=text,
        dkim="cicpc.gob.ve",
    )


def tunisia_police_judiciaire_scan() -> Message:
    date = when(2026, 11, 3, 10, 15, 0, 1)
    page = """\
# REPUBLIQUE TUNISIENNE
# MINISTERE DE L'INTERIEUR
# Direction Generale de la Police Judiciaire
# Sous-Direction de la Lutte contre la Criminalite Technologique

Tunis, le 2 novembre 2026
Ref. : PJ/SDCT/2026/3318

A l'attention de : Social Example, Inc. - Service juridique

Objet : Requisition aux fins de communication de donnees

Dans le cadre de l'enquete ouverte sur instructions du Procureur de la
Republique pres le Tribunal de premiere instance de Tunis, du chef de
diffusion de fausses nouvelles (decret-loi n° 2022-54 du 13 septembre 2022,
article 24), nous avons l'honneur de vous requerir de bien vouloir nous
communiquer, pour le compte @tunis_sans_filtre :

  - l'identite declaree du titulaire, ses adresses electroniques et
    numeros de telephone ;
  - les adresses IP de creation et de connexion, du 1er juin 2026 au
    31 octobre 2026 ;
  - le contenu des messages prives echanges par ce compte sur la meme periode.

Nous vous prions de nous faire parvenir ces informations dans les
meilleurs delais.

Le Sous-Directeur
Commissaire de police principal Mohamed Ali Ben Slimane
"""
    text = """\
Madame, Monsieur,

Veuillez trouver ci-joint une réquisition de la Sous-Direction de la Lutte contre la Criminalité
Technologique. Nous restons à votre disposition.

Cordialement,
Secrétariat SDCT - Police Judiciaire
"""
    return make(
        "027-tunisia-police-judiciaire-scan",
        "Tunisia's judicial police (cybercrime sub-directorate) sends a scanned réquisition: identity, IPs and "
        "private messages of an @handle June-October 2026 in a 'false news' (decree-law 2022-54) case; no deadline.",
        "fr",
        "TN",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "décret-loi n° 2022-54", "decret-loi n° 2022-54 du 13 septembre 2022, article 24"),
            "requester.name": any_of(
                "Direction Générale de la Police Judiciaire",
                "Direction Generale de la Police Judiciaire",
                "Sous-Direction de la Lutte contre la Criminalité Technologique",
                "Ministère de l'Intérieur",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "TN",
            "requester.email": "sdct.pj@interieur.gov.tn",
            "requester.verified": True,
            "requester.signer": "Mohamed Ali Ben Slimane",
            "requester.signer_title": any_of("Le Sous-Directeur", "Commissaire de police principal", "Sous-Directeur"),
            "targets": ["tunis_sans_filtre"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("diffusion de fausses nouvelles", None),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": None,
            "mechanism": "NONE",
            "case_number": "PJ/SDCT/2026/3318",
        },
        sender="Secretariat SDCT <sdct.pj@interieur.gov.tn>",
        subject="Réquisition PJ/SDCT/2026/3318",
        date=date,
        message_id="<3318.sdct.20261103@interieur.gov.tn>",
        text=text,
        attachments=[(scan([page], skew=0.8, noise=0.0005, seed=27), "application", "pdf", "requisition_3318.pdf")],
        dkim="interieur.gov.tn",
    )


def togo_scric_requisition_docx_freemail() -> Message:
    date = when(2026, 9, 15, 11, 40, 0, 0)
    document = docx_file(
        [
            ("h", "REPUBLIQUE TOGOLAISE - Travail-Liberté-Patrie"),
            ("p", "MINISTERE DE LA SECURITE ET DE LA PROTECTION CIVILE - DIRECTION GENERALE DE LA POLICE NATIONALE"),
            ("p", "Service Central de Recherches et d'Investigations Criminelles (SCRIC) - Lomé"),
            ("h", "REQUISITION A PERSONNE QUALIFIEE"),
            ("p", "N° 0412/MSPC/DGPN/SCRIC/2026 du 14 septembre 2026"),
            (
                "p",
                "Nous, Commissaire de police Kossi Mensah-Adjovi, Officier de police judiciaire, agissant en "
                "enquête préliminaire sur instructions de Monsieur le Procureur de la République près le Tribunal "
                "de première instance de Lomé, pour escroquerie en ligne (arnaque aux sentiments) ;",
            ),
            (
                "p",
                "Requérons Social Example, Inc. de nous communiquer, pour le compte @lome_business_mada et tout "
                "compte associé au numéro +228 90 55 01 23 : l'identité déclarée, l'adresse électronique, les "
                "numéros de téléphone, ainsi que les adresses IP de connexion du 1er juillet 2026 au 10 septembre "
                "2026.",
            ),
            ("p", "Délai de réponse : sous huitaine."),
            (
                "p",
                "Fait à Lomé, le 14 septembre 2026. Le Commissaire de police, Chef de la Division des Enquêtes "
                "Economiques et Financières.",
            ),
        ],
        author="SCRIC",
    )
    text = """\
Bonjour,

Je vous transmets ci-joint une réquisition judiciaire de la police nationale togolaise. Notre serveur de
messagerie officiel étant en panne, merci de répondre à cette adresse.

Commissaire Kossi Mensah-Adjovi
SCRIC - Lomé
Tél. +228 22 21 00 00
"""
    return make(
        "028-togo-scric-requisition-docx-freemail",
        "A Togolese police commissioner sends a SCRIC réquisition (.docx) from a free-mail address (office mail "
        "'down'): identity and IPs of an @handle and a +228 phone, July-September 2026, romance scam, 'sous huitaine'.",
        "fr",
        "TG",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": None,
            "requester.name": any_of(
                "Service Central de Recherches et d'Investigations Criminelles (SCRIC)",
                "Service Central de Recherches et d'Investigations Criminelles",
                "SCRIC",
                "Direction Générale de la Police Nationale",
                "Police nationale togolaise",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "TG",
            "requester.email": "k.mensahadjovi.scric@yahoo.fr",
            "requester.verified": False,
            "requester.signer": "Kossi Mensah-Adjovi",
            "requester.signer_title": any_of(
                "Commissaire de police",
                "Officier de police judiciaire",
                "Chef de la Division des Enquêtes Economiques et Financières",
            ),
            "targets": any_of(
                ["lome_business_mada", "+228 90 55 01 23"],
                ["lome_business_mada", "+22890550123"],
                ["lome_business_mada"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("escroquerie en ligne (arnaque aux sentiments)", "escroquerie en ligne", None),
            "date_range": {"start": "2026-07-01", "end": "2026-09-10"},
            "served_at": served(date),
            "return_by": any_of(
                None,
                "2026-09-23T17:00:00+00:00",
                "2026-09-23T23:59:59+00:00",
                "2026-09-22T17:00:00+00:00",
                "2026-09-22T23:59:59+00:00",
            ),
            "mechanism": "NONE",
            "case_number": "0412/MSPC/DGPN/SCRIC/2026",
        },
        sender="Kossi Mensah-Adjovi <k.mensahadjovi.scric@yahoo.fr>",
        subject="Réquisition judiciaire N° 0412/SCRIC/2026",
        date=date,
        message_id="<1757936400.48213.scric@mail.yahoo.fr>",
        text=text,
        attachments=[(document, "application", DOCX, "Requisition_0412_SCRIC.docx")],
    )


def lka_niedersachsen_odt() -> Message:
    date = when(2026, 11, 12, 14, 20, 0, 1)
    document = odt(
        [
            "Landeskriminalamt Niedersachsen - Zentralstelle Cybercrime (Dezernat 38) - Am Waterlooplatz 11, "
            "30169 Hannover",
            "Aktenzeichen: 38.2-0611/26  -  Ermittlungsverfahren der Staatsanwaltschaft Verden, Az. 61 Js 18843/26",
            "Auskunftsersuchen",
            "Sehr geehrte Damen und Herren, im oben genannten Ermittlungsverfahren wegen gewerbsmäßigen Betruges "
            "(§ 263 Abs. 3 StGB) bitten wir um freiwillige Auskunft zu dem Nutzerkonto @weserbergland_deals:",
            "1. Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Registrierungsdatum, Registrierungs-IP);",
            "2. die IP-Adressen der Logins mit Zeitstempel (UTC) im Zeitraum 01.10.2026 bis 10.11.2026.",
            "Über das Konto wurden Spielkonsolen angeboten, die nach Vorkasse nie geliefert wurden "
            "(bislang 63 Geschädigte).",
            "Wir bitten um Beantwortung bis zum 30.11.2026. Eine Benachrichtigung des Nutzers bitten wir aus "
            "ermittlungstaktischen Gründen zu unterlassen.",
            "Mit freundlichen Grüßen, im Auftrag, Kriminalhauptkommissarin Annegret Wöhler-Baptiste",
        ],
        heading="Auskunftsersuchen",
    )
    text = """\
Sehr geehrte Damen und Herren,

anbei übersende ich Ihnen unser Auskunftsersuchen (Az. 38.2-0611/26) mit der Bitte um Bearbeitung.

Mit freundlichen Grüßen
Annegret Wöhler-Baptiste, KHK'in
Landeskriminalamt Niedersachsen, Dezernat 38 - Zentralstelle Cybercrime
Tel. +49 511 26262-3811
"""
    return make(
        "029-lka-niedersachsen-odt",
        "Lower Saxony's LKA (cybercrime unit, Hannover) sends a voluntary Auskunftsersuchen (.odt): subscriber data "
        "and log-in IPs of an @handle 01.10-10.11.2026 for a console fraud, reply by 30.11.2026; asks not to tell "
        "the user.",
        "de",
        "DE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§ 263 Abs. 3 StGB"),
            "requester.name": any_of(
                "Landeskriminalamt Niedersachsen",
                "LKA Niedersachsen",
                "Landeskriminalamt Niedersachsen - Zentralstelle Cybercrime",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "annegret.woehler-baptiste@polizei.niedersachsen.de",
            "requester.verified": True,
            "requester.signer": "Annegret Wöhler-Baptiste",
            "requester.signer_title": any_of("Kriminalhauptkommissarin", "KHK'in"),
            "targets": ["weserbergland_deals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("gewerbsmäßigen Betruges (§ 263 Abs. 3 StGB)", "gewerbsmäßiger Betrug", None),
            "date_range": {"start": "2026-10-01", "end": "2026-11-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-30T17:00:00+01:00", "2026-11-30T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": any_of("38.2-0611/26", "61 Js 18843/26"),
        },
        sender="Wöhler-Baptiste, Annegret <annegret.woehler-baptiste@polizei.niedersachsen.de>",
        subject="Auskunftsersuchen Az. 38.2-0611/26 - @weserbergland_deals",
        date=date,
        message_id="<LKA38-0611-26-20261112@polizei.niedersachsen.de>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Auskunftsersuchen_0611-26.odt")],
        dkim="polizei.niedersachsen.de",
    )


def timor_leste_pcic_oficio() -> Message:
    date = when(2026, 9, 24, 16, 0, 0, 9)
    text = """\
REPÚBLICA DEMOCRÁTICA DE TIMOR-LESTE
POLÍCIA CIENTÍFICA DE INVESTIGAÇÃO CRIMINAL (PCIC)
Departamento de Investigação de Crimes Informáticos - Díli

Ofício n.º 211/PCIC/DICI/IX/2026                                   Díli, 24 de setembro de 2026

Exmos. Senhores
Social Example, Inc. - Departamento Jurídico

Assunto: Pedido de informação - Inquérito n.º 1187/26.PCIC

No âmbito do inquérito acima referido, dirigido pelo Ministério Público (Procuradoria da República do
Distrito de Díli), por crime de tráfico de pessoas (artigo 163.º do Código Penal), a conta
@dili_jobs_abroad publica ofertas de emprego falsas no estrangeiro dirigidas a jovens mulheres.

Solicita-se a V. Exas. a disponibilização dos seguintes elementos relativos à referida conta:
  a) dados de registo (nome, endereço de correio eletrónico, número de telefone, data de criação);
  b) endereços IP utilizados nos acessos entre 1 de julho de 2026 e 20 de setembro de 2026, com data e hora.

Agradece-se resposta no prazo de 10 (dez) dias.

Com os melhores cumprimentos,

Inspetor-Chefe Agostinho da Costa Belo
Chefe do Departamento de Investigação de Crimes Informáticos
"""
    return make(
        "030-timor-leste-pcic-oficio",
        "Timor-Leste's PCIC (cybercrime department, Díli) ofício in the body: registration data and access IPs "
        "of an @handle, Jul 1-Sep 20 2026, human trafficking via fake job offers; 10 days.",
        "pt",
        "TL",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "artigo 163.º do Código Penal"),
            "requester.name": any_of(
                "Polícia Científica de Investigação Criminal (PCIC)",
                "Polícia Científica de Investigação Criminal",
                "PCIC",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "TL",
            "requester.email": "dici@pcic.gov.tl",
            "requester.verified": True,
            "requester.signer": "Agostinho da Costa Belo",
            "requester.signer_title": any_of(
                "Inspetor-Chefe", "Chefe do Departamento de Investigação de Crimes Informáticos"
            ),
            "targets": ["dili_jobs_abroad"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "tráfico de pessoas", "crime de tráfico de pessoas (artigo 163.º do Código Penal)", None
            ),
            "date_range": {"start": "2026-07-01", "end": "2026-09-20"},
            "served_at": served(date),
            "return_by": any_of(
                None,
                "2026-10-04T17:00:00+09:00",
                "2026-10-04T23:59:59+09:00",
                "2026-10-05T17:00:00+09:00",
                "2026-10-05T23:59:59+09:00",
            ),
            "mechanism": "NONE",
            "case_number": any_of("1187/26.PCIC", "211/PCIC/DICI/IX/2026"),
        },
        sender="PCIC - DICI <dici@pcic.gov.tl>",
        subject="Ofício n.º 211/PCIC/DICI/IX/2026 - Pedido de informação",
        date=date,
        message_id="<of211-dici-20260924@pcic.gov.tl>",
        text=text,
        dkim="pcic.gov.tl",
    )


def cagliari_procura_html() -> Message:
    date = when(2026, 10, 14, 12, 0, 0, 2)
    html = """\
<html><body style="font-family:Times New Roman">
<p align="center"><b>PROCURA DELLA REPUBBLICA<br>presso il Tribunale Ordinario di Cagliari</b></p>
<p>Proc. pen. n. 4471/2026 R.G.N.R. Mod. 44</p>
<p>Spett.le Social Example, Inc.<br>Ufficio Legale</p>
<p><b>Oggetto:</b> richiesta di acquisizione dati - truffa aggravata (art. 640, comma 2, c.p.)</p>
<p>Il Pubblico Ministero, dott.ssa Ilaria Murgia Sannai,</p>
<p>premesso che l'account <b>@sardegna_affitti_vacanze</b> ha pubblicato annunci di affitto di case
vacanza inesistenti in Costa Smeralda, incassando caparre da oltre trenta persone offese;</p>
<p>ritenuto necessario identificare gli autori del reato;</p>
<p><b>CHIEDE</b> a codesta Società di voler fornire:</p>
<ul>
<li>i dati anagrafici e di contatto forniti in fase di registrazione (nome, e-mail, numero di telefono);</li>
<li>gli indirizzi IP di registrazione e di accesso, con data e ora, dal 1&deg; giugno 2026 al 30 settembre 2026.</li>
</ul>
<p>Si prega di trasmettere quanto richiesto entro 30 giorni dalla ricezione, all'indirizzo di posta
elettronica della Sezione di Polizia Giudiziaria. Si rappresenta che gli atti sono coperti dal segreto
investigativo (art. 329 c.p.p.): si chiede pertanto di non informare l'utente.</p>
<p>Cagliari, 13 ottobre 2026</p>
<p>Il Sostituto Procuratore della Repubblica<br>dott.ssa Ilaria Murgia Sannai</p>
</body></html>
"""
    return make(
        "031-cagliari-procura-html",
        "The Cagliari prosecutor's office asks in an HTML letter for registration data and access IPs of an "
        "@handle June-September 2026 (holiday-rental fraud), within 30 days; investigative secrecy, do not tell "
        "the user.",
        "it",
        "IT",
        ("html",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 640, comma 2, c.p."),
            "requester.name": any_of(
                "Procura della Repubblica presso il Tribunale Ordinario di Cagliari",
                "Procura della Repubblica presso il Tribunale di Cagliari",
                "Procura della Repubblica di Cagliari",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "pg.procura.cagliari@giustizia.it",
            "requester.verified": True,
            "requester.signer": any_of("Ilaria Murgia Sannai", "dott.ssa Ilaria Murgia Sannai"),
            "requester.signer_title": any_of("Sostituto Procuratore della Repubblica", "Pubblico Ministero"),
            "targets": ["sardegna_affitti_vacanze"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("truffa aggravata (art. 640, comma 2, c.p.)", "truffa aggravata", None),
            "date_range": {"start": "2026-06-01", "end": "2026-09-30"},
            "served_at": served(date),
            # thirty days from 14 October (daylight-saving time ends on 25 October)
            "return_by": any_of(None, "2026-11-13T17:00:00+01:00", "2026-11-13T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "nondisclosure.expires_at": None,
            "mechanism": "NONE",
            "case_number": any_of("4471/2026 R.G.N.R.", "4471/2026 R.G.N.R. Mod. 44", "4471/2026"),
        },
        sender="Sezione PG Procura Cagliari <pg.procura.cagliari@giustizia.it>",
        subject="Proc. pen. n. 4471/2026 RGNR - richiesta dati account",
        date=date,
        message_id="<4471-2026-rgnr-20261014@giustizia.it>",
        html=html,
        dkim="giustizia.it",
    )


def bahamas_rbpf_emergency() -> Message:
    date = when(2026, 11, 5, 23, 50, 0, -5)
    text = """\
ROYAL BAHAMAS POLICE FORCE
Central Detective Unit - Cyber Crime Section, Nassau

EMERGENCY DISCLOSURE REQUEST - IMMEDIATE THREAT TO LIFE

We are investigating the disappearance of a 16-year-old girl from Freeport, Grand Bahama, missing since
14:00 today. The account @islandboi_242 sent her messages today arranging to collect her by boat and,
at 21:05, posted a photo of her tied up with the caption "no one coming for you." We believe she is at
immediate risk of death or serious physical injury.

We respectfully request, as a matter of urgency:
 1. Subscriber details of @islandboi_242 (name, e-mail, phone number);
 2. IP addresses of log-ins in the past 24 hours;
 3. Any location data for the account in the past 24 hours.

Please telephone the CDU duty desk at +1 242 555 0140 to confirm this request.

Assistant Superintendent Dwayne Rolle-Ferguson
Officer in Charge, Cyber Crime Section
Royal Bahamas Police Force
"""
    return make(
        "032-bahamas-rbpf-emergency",
        "Royal Bahamas Police Force emergency request near midnight: a missing 16-year-old shown tied up by an "
        "@handle; subscriber data, 24 h of IPs and location.",
        "en",
        "BS",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "statute": None,
            "requester.name": any_of("Royal Bahamas Police Force", "RBPF"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BS",
            "requester.email": "cdu.cybercrime@royalbahamaspolice.org",
            "requester.verified": True,
            "requester.signer": "Dwayne Rolle-Ferguson",
            "requester.signer_title": any_of("Assistant Superintendent", "Officer in Charge, Cyber Crime Section"),
            "targets": ["islandboi_242"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of("disappearance of a 16-year-old girl", None),
            "date_range": any_of(
                None, {"start": "2026-11-04", "end": "2026-11-05"}, {"start": "2026-11-05", "end": "2026-11-05"}
            ),
            "served_at": served(date),
            "emergency": {"narrative_contains": "missing"},
            "mechanism": any_of(None, "NONE"),
        },
        sender="RBPF Cyber Crime Section <cdu.cybercrime@royalbahamaspolice.org>",
        subject="URGENT - THREAT TO LIFE - missing juvenile - @islandboi_242",
        date=date,
        message_id="<rbpf-cdu-20261105-2350@royalbahamaspolice.org>",
        text=text,
        headers=[("Importance", "high")],
        dkim="royalbahamaspolice.org",
    )


def lithuania_police_preservation_mlat() -> Message:
    date = when(2026, 9, 30, 11, 0, 0, 3)
    text = """\
Dear Sir or Madam,

The Lithuanian Criminal Police Bureau, Cybercrime Investigation Board, is investigating large-scale
investment fraud (Article 182(2) of the Criminal Code of the Republic of Lithuania) in pre-trial
investigation No. 01-1-04417-26, conducted under the supervision of the Vilnius Regional Prosecutor's
Office. Victims were recruited through the account @vilnius_crypto_signals.

We kindly ask you to preserve, for a period of 90 days, all data relating to this account, including
subscriber information, IP log-in records and message content, pending a formal request for mutual
legal assistance that the Ministry of Justice of the Republic of Lithuania will send to the United
States Department of Justice under the Treaty between the United States of America and the Republic of
Lithuania on Mutual Legal Assistance in Criminal Matters.

Please do not disclose this request to the account holder. Please confirm the preservation and your
reference number.

Yours faithfully,

Chief Investigator Rūta Kazlauskienė-Pereira
Cybercrime Investigation Board
Lithuanian Criminal Police Bureau
Liepyno g. 7, LT-08105 Vilnius
"""
    return make(
        "033-lithuania-police-preservation-mlat",
        "Lithuanian Criminal Police Bureau asks (English) to preserve an @handle's data for 90 days pending an MLAT "
        "request through the Ministry of Justice; investment fraud; asks not to tell the user.",
        "en",
        "LT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "statute": None,
            "requester.name": any_of(
                "Lithuanian Criminal Police Bureau", "Lithuanian Criminal Police Bureau, Cybercrime Investigation Board"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "LT",
            "requester.email": "ruta.kazlauskiene-pereira@policija.lt",
            "requester.verified": True,
            "requester.signer": "Rūta Kazlauskienė-Pereira",
            "requester.signer_title": "Chief Investigator",
            "targets": ["vilnius_crypto_signals"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of("large-scale investment fraud", "investment fraud", None),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "mechanism": any_of("MLAT", "NONE", None),
            "case_number": "01-1-04417-26",
        },
        sender="Kazlauskienė-Pereira, Rūta <ruta.kazlauskiene-pereira@policija.lt>",
        subject="Preservation request - pre-trial investigation No. 01-1-04417-26",
        date=date,
        message_id="<01-1-04417-26.preserve@policija.lt>",
        text=text,
        dkim="policija.lt",
    )


def botswana_police_html_table() -> Message:
    date = when(2026, 11, 25, 9, 10, 0, 2)
    html = """\
<html><body>
<p><b>BOTSWANA POLICE SERVICE</b><br>Criminal Investigation Department - Cyber Crime Unit<br>Private Bag 0012, Gaborone</p>
<p>Our Ref: CID/CCU/26/0987</p>
<p>Dear Sir/Madam,</p>
<p><b>RE: REQUEST FOR SUBSCRIBER INFORMATION AND LOG RECORDS</b></p>
<p>The Botswana Police Service is investigating a case of obtaining money by false pretences and offences
under the Cybercrime and Computer Related Crimes Act. Members of the public were induced to pay
&quot;processing fees&quot; for loans that were never granted. Kindly assist with the following:</p>
<table border="1" cellpadding="4">
<tr><th>Account</th><th>Information requested</th><th>Period</th></tr>
<tr><td>@gabs_quick_loans</td><td>Registered name, e-mail address, phone number; IP addresses used to log in</td><td>01 August 2026 - 20 November 2026</td></tr>
<tr><td>@gabs_quick_loans_2</td><td>Registered name, e-mail address, phone number; IP addresses used to log in</td><td>01 August 2026 - 20 November 2026</td></tr>
</table>
<p>We would appreciate your response within fourteen (14) days of this letter.</p>
<p>Yours faithfully,<br>Detective Inspector Kagiso Molefhe-Dlamini<br>For/ Director, Criminal Investigation Department</p>
</body></html>
"""
    return make(
        "034-botswana-police-html-table",
        "Botswana Police Service (CID Cyber Crime Unit) asks in an HTML table for subscriber data and log-in IPs "
        "of two @handles, Aug 1-Nov 20 2026; loan-fee fraud; fourteen days.",
        "en",
        "BW",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Cybercrime and Computer Related Crimes Act"),
            "requester.name": any_of(
                "Botswana Police Service",
                "Botswana Police Service, Criminal Investigation Department - Cyber Crime Unit",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BW",
            "requester.email": "kmolefhe-dlamini@gov.bw",
            "requester.verified": True,
            "requester.signer": "Kagiso Molefhe-Dlamini",
            "requester.signer_title": any_of("Detective Inspector", "For/ Director, Criminal Investigation Department"),
            "targets": ["gabs_quick_loans", "gabs_quick_loans_2"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("obtaining money by false pretences", None),
            "date_range": {"start": "2026-08-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-09T17:00:00+02:00", "2026-12-09T23:59:59+02:00"),
            "mechanism": "NONE",
            "case_number": "CID/CCU/26/0987",
        },
        sender="Molefhe-Dlamini, Kagiso <kmolefhe-dlamini@gov.bw>",
        subject="Request for subscriber information - CID/CCU/26/0987",
        date=date,
        message_id="<CID-CCU-26-0987@gov.bw>",
        html=html,
        dkim="gov.bw",
    )


MESSAGES = (
    venezuela_cicpc_oficio,
    tunisia_police_judiciaire_scan,
    togo_scric_requisition_docx_freemail,
    lka_niedersachsen_odt,
    timor_leste_pcic_oficio,
    cagliari_procura_html,
    bahamas_rbpf_emergency,
    lithuania_police_preservation_mlat,
    botswana_police_html_table,
)

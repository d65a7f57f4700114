"""Foreign requests (Spanish, French, German, Portuguese, Italian and English from non-US bodies). Sender
domains are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout10._kit import Message, any_of, day_end, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def honduras_ministerio_publico_oficio_pdf() -> Message:
    date = when(2026, 10, 13, 9, 50, 0, -6)
    oficio = """\
MINISTERIO PÚBLICO DE LA REPÚBLICA DE HONDURAS
Fiscalía Especial Contra el Crimen Organizado (FESCCO) - Sección de Extorsión, San Pedro Sula

OFICIO No. MP-FESCCO-SPS-2026-1874                      San Pedro Sula, Cortés, 12 de octubre de 2026

Señores
SOCIAL EXAMPLE, INC.
Área de Atención a Requerimientos Legales

Por medio del presente, y dentro de la investigación No. 0501-2026-03311 por el delito de EXTORSIÓN
(artículo 269 del Código Penal), de la manera más atenta SOLICITO se sirvan proporcionar la siguiente
información respecto del perfil https://social.example.com/cobros.sps504 :

  1. Datos de suscriptor: nombre, correo electrónico y número de teléfono registrados.
  2. Fecha y hora de creación de la cuenta y dirección IP de creación.
  3. Registro de direcciones IP de inicio de sesión del 1 de agosto al 10 de octubre de 2026.

Mucho agradeceré remitir la información en un plazo no mayor de quince (15) días hábiles a la cuenta
de correo institucional del suscrito. Se solicita mantener la confidencialidad de este requerimiento.

Atentamente,
Abg. Edgardo Funes Matamoros
Fiscal Especial, FESCCO San Pedro Sula
"""
    return make(
        "025-honduras-ministerio-publico-oficio-pdf",
        "Honduras' Ministerio Público (FESCCO San Pedro Sula) oficio in a PDF: subscriber data, creation IP and "
        "log-in IPs 01/08-10/10/2026 of a profile URL, extortion; 15 working days; asks for confidentiality.",
        "es",
        "HN",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "artículo 269 del Código Penal"),
            "requester.name": any_of(
                "Ministerio Público de la República de Honduras",
                "Ministerio Público",
                "Fiscalía Especial Contra el Crimen Organizado (FESCCO)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "HN",
            "requester.email": "efunes@mp.hn",
            "requester.verified": True,
            "requester.signer": "Edgardo Funes Matamoros",
            "requester.signer_title": any_of("Fiscal Especial", "Fiscal Especial, FESCCO San Pedro Sula", "Fiscal"),
            "targets": any_of(["https://social.example.com/cobros.sps504"], ["cobros.sps504"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("extorsión", "EXTORSIÓN", "extorsion"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-10"},
            "served_at": served(date),
            # 15 días hábiles from 10/13 (Mon-Fri, no holiday in the period) = 11/03
            "return_by": any_of(None, "2026-11-03T17:00:00-06:00", "2026-11-03T23:59:59-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("0501-2026-03311", "MP-FESCCO-SPS-2026-1874"),
        },
        sender="Edgardo Funes Matamoros <efunes@mp.hn>",
        subject="Oficio MP-FESCCO-SPS-2026-1874 - Solicitud de información",
        date=date,
        message_id="<mp-fescco-1874-1013@mp.hn>",
        text="Buenos días. Adjunto oficio para su trámite. Quedo atento.\n\nAbg. Edgardo Funes Matamoros\nMinisterio Público - FESCCO\n",
        attachments=[(pdf(oficio), "application", "pdf", "Oficio_1874.pdf")],
        dkim="mp.hn",
    )


def nicaragua_policia_solicitud() -> Message:
    date = when(2026, 11, 9, 10, 15, 0, -6)
    text = """\
POLICÍA NACIONAL DE NICARAGUA
Dirección de Auxilio Judicial (DAJ) - Unidad de Delitos Informáticos
Managua, 9 de noviembre de 2026

A: Social Example, Inc. - Departamento Jurídico

Asunto: Solicitud de información - Expediente DAJ-DI-2026-0598

En el marco de la investigación por el delito de "propagación de noticias falsas a través de las
tecnologías de la información y la comunicación" (Ley No. 1042, Ley Especial de Ciberdelitos, art. 30),
solicitamos nos remitan:

 - nombre completo, correo electrónico, número telefónico y direcciones IP asociadas a la cuenta
   @nica.libre.voz, desde su creación hasta la fecha;
 - el contenido de las publicaciones y mensajes privados de dicha cuenta entre el 1 de julio y el
   31 de octubre de 2026.

La información deberá enviarse dentro de cinco (5) días a este correo.

Comisionado Mayor Rolando Ubeda Castellón
Jefe, Unidad de Delitos Informáticos, DAJ
"""
    return make(
        "026-nicaragua-policia-solicitud",
        "Nicaragua's Policía Nacional (DAJ cybercrime unit) asks in the body for identity, IPs, posts and private "
        "messages of an @handle under the 'false news' cybercrime law; five days; no treaty channel named.",
        "es",
        "NI",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Ley No. 1042, Ley Especial de Ciberdelitos, art. 30", "Ley No. 1042"),
            "requester.name": any_of(
                "Policía Nacional de Nicaragua",
                "Dirección de Auxilio Judicial (DAJ)",
                "Policía Nacional de Nicaragua - Dirección de Auxilio Judicial",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "NI",
            "requester.email": "delitosinformaticos.daj@policia.gob.ni",
            "requester.verified": True,
            "requester.signer": "Rolando Ubeda Castellón",
            "requester.signer_title": any_of(
                "Comisionado Mayor", "Jefe, Unidad de Delitos Informáticos, DAJ", "Jefe, Unidad de Delitos Informáticos"
            ),
            "targets": ["nica.libre.voz"],
            "data_categories": any_of(
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "stated_purpose": any_of(
                "propagación de noticias falsas a través de las tecnologías de la información y la comunicación",
                "propagación de noticias falsas",
            ),
            "date_range": any_of({"start": "2026-07-01", "end": "2026-10-31"}, None),
            "served_at": served(date),
            "return_by": any_of(
                None, *day_end("2026-11-14", "-06:00")["any_of"], *day_end("2026-11-16", "-06:00")["any_of"]
            ),
            "mechanism": "NONE",
            "case_number": any_of("DAJ-DI-2026-0598", "Expediente DAJ-DI-2026-0598"),
        },
        sender="Unidad Delitos Informaticos DAJ <delitosinformaticos.daj@policia.gob.ni>",
        subject="Solicitud de información - Expediente DAJ-DI-2026-0598",
        date=date,
        message_id="<daj-di-0598-1109@policia.gob.ni>",
        text=text,
        dkim="policia.gob.ni",
    )


def benin_ocrc_requisition_docx() -> Message:
    date = when(2026, 9, 17, 12, 5, 0, 1)
    document = docx_file(
        [
            ("h", "RÉPUBLIQUE DU BÉNIN - MINISTÈRE DE L'INTÉRIEUR ET DE LA SÉCURITÉ PUBLIQUE"),
            ("p", "Police Républicaine - Office Central de Répression de la Cybercriminalité (OCRC), Cotonou"),
            ("h", "RÉQUISITION JUDICIAIRE"),
            ("p", "N° 2026/0731/OCRC/DIR                                    Cotonou, le 16 septembre 2026"),
            (
                "p",
                "Nous, Commissaire de Police Principal Rodrigue Adjovi-Houngbo, Officier de Police Judiciaire, agissant "
                "en enquête préliminaire sur instructions du Procureur spécial près la CRIET pour des faits "
                "d'escroquerie par voie électronique et d'usurpation d'identité (articles 550 et 551 du Code du "
                "numérique), requérons la société Social Example, Inc. de bien vouloir nous communiquer :",
            ),
            ("t", "Compte visé|https://social.example.com/lucie.amour.officiel (profil « Lucie Amour »)"),
            (
                "t",
                "Informations demandées|Identité déclarée du titulaire, adresses électroniques et numéros de "
                "téléphone associés, date de création ; adresses IP de connexion du 1er juin au 15 septembre 2026",
            ),
            ("t", "Délai|Dix (10) jours à compter de la réception"),
            ("p", "En foi de quoi, nous avons dressé la présente réquisition pour servir et valoir ce que de droit."),
            ("p", "Le Commissaire de Police Principal, Chef de l'OCRC - Rodrigue ADJOVI-HOUNGBO"),
        ],
        author="OCRC",
    )
    text = """\
Madame, Monsieur,

Veuillez trouver ci-joint une réquisition judiciaire relative à un compte utilisé pour des escroqueries
sentimentales (« broutage ») visant des victimes en Europe. Nous vous remercions de votre collaboration.

Cordialement,
Commissaire Rodrigue Adjovi-Houngbo
OCRC - Police Républicaine du Bénin
"""
    return make(
        "027-benin-ocrc-requisition-docx",
        "Benin's cybercrime office (OCRC, Police Républicaine) sends a réquisition judiciaire (.docx with a table): "
        "identity, contacts and connection IPs 01/06-15/09/2026 of a profile URL, romance scams; 10 days.",
        "fr",
        "BJ",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "articles 550 et 551 du Code du numérique"),
            "requester.name": any_of(
                "Office Central de Répression de la Cybercriminalité (OCRC)",
                "Office Central de Répression de la Cybercriminalité",
                "Police Républicaine",
                "Police Républicaine du Bénin",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BJ",
            "requester.email": "r.adjovi@police.gouv.bj",
            "requester.verified": True,
            "requester.signer": any_of("Rodrigue Adjovi-Houngbo", "Rodrigue ADJOVI-HOUNGBO"),
            "requester.signer_title": any_of(
                "Commissaire de Police Principal", "Commissaire de Police Principal, Chef de l'OCRC", "Chef de l'OCRC"
            ),
            "targets": any_of(["https://social.example.com/lucie.amour.officiel"], ["lucie.amour.officiel"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "escroquerie par voie électronique et usurpation d'identité",
                "escroquerie par voie électronique",
                "escroqueries sentimentales",
            ),
            "date_range": {"start": "2026-06-01", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": any_of(None, *day_end("2026-09-27", "+01:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": any_of("2026/0731/OCRC/DIR", "N° 2026/0731/OCRC/DIR"),
        },
        sender="Rodrigue Adjovi-Houngbo <r.adjovi@police.gouv.bj>",
        subject="Réquisition judiciaire N° 2026/0731/OCRC/DIR",
        date=date,
        message_id="<ocrc-2026-0731@police.gouv.bj>",
        text=text,
        attachments=[(document, "application", DOCX, "Requisition_0731_OCRC.docx")],
        dkim="police.gouv.bj",
    )


def leipzig_staatsanwaltschaft_odt() -> Message:
    date = when(2026, 10, 22, 14, 40, 0, 2)
    document = odt(
        [
            "Staatsanwaltschaft Leipzig, Villersstraße 2, 04107 Leipzig",
            "Aktenzeichen: 612 Js 38817/26                                   Leipzig, 21.10.2026",
            "An: Social Example, Inc., Law Enforcement Response",
            "Ermittlungsverfahren gegen Unbekannt wegen Volksverhetzung (§ 130 StGB) und Bedrohung (§ 241 StGB)",
            "Auskunftsersuchen",
            "Sehr geehrte Damen und Herren, im oben genannten Ermittlungsverfahren bitte ich um freiwillige Auskunft "
            "zu dem Nutzerkonto „elbflorenz_wahrheit88“ (https://social.example.com/elbflorenz_wahrheit88):",
            "1. Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Datum der Registrierung);",
            "2. die zur Registrierung sowie zu den Anmeldungen vom 01.09.2026 bis 20.10.2026 verwendeten IP-Adressen "
            "mit Zeitstempel (UTC).",
            "Inhalte von Kommunikation werden nicht erbeten. Um Übermittlung binnen zwei Wochen wird gebeten. Von einer "
            "Benachrichtigung des Kontoinhabers bitte ich abzusehen, da der Untersuchungszweck gefährdet würde.",
            "Mit freundlichen Grüßen",
            "Dr. Henrike Vogelsang-Amadi, Staatsanwältin",
        ],
        heading="STAATSANWALTSCHAFT LEIPZIG",
    )
    text = """\
Sehr geehrte Damen und Herren,

anbei übersende ich ein Auskunftsersuchen der Staatsanwaltschaft Leipzig (Az. 612 Js 38817/26) mit der Bitte
um Erledigung.

Mit freundlichen Grüßen
Dr. Henrike Vogelsang-Amadi
Staatsanwältin
"""
    return make(
        "028-leipzig-staatsanwaltschaft-odt",
        "Leipzig public prosecutor (Saxony) sends an Auskunftsersuchen as .odt: subscriber data and registration/"
        "log-in IPs 01.09-20.10.2026 of one account for incitement and threats; two weeks; asks not to notify.",
        "de",
        "DE",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§ 130 StGB", "§ 130 StGB, § 241 StGB"),
            "requester.name": any_of("Staatsanwaltschaft Leipzig", "STAATSANWALTSCHAFT LEIPZIG"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "henrike.vogelsang-amadi@stal.justiz.sachsen.de",
            "requester.verified": True,
            "requester.signer": "Henrike Vogelsang-Amadi",
            "requester.signer_title": any_of("Staatsanwältin", "Dr."),
            "targets": ["elbflorenz_wahrheit88"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "Volksverhetzung (§ 130 StGB) und Bedrohung (§ 241 StGB)",
                "Volksverhetzung und Bedrohung",
                "Volksverhetzung",
            ),
            "date_range": {"start": "2026-09-01", "end": "2026-10-20"},
            "served_at": served(date),
            "return_by": any_of(
                None, *day_end("2026-11-05", "+01:00")["any_of"], *day_end("2026-11-04", "+01:00")["any_of"]
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": "612 Js 38817/26",
        },
        sender="Vogelsang-Amadi, Henrike (StA Leipzig) <henrike.vogelsang-amadi@stal.justiz.sachsen.de>",
        subject="Auskunftsersuchen 612 Js 38817/26",
        date=date,
        message_id="<612Js38817-26-1022@stal.justiz.sachsen.de>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Auskunftsersuchen_612Js38817-26.odt")],
        dkim="justiz.sachsen.de",
    )


def minas_gerais_policia_civil_html_table() -> Message:
    date = when(2026, 11, 26, 16, 10, 0, -3)
    html = """\
<html><body>
<p>Prezados,</p>
<p>Em cumprimento à decisão judicial proferida pela 2ª Vara Criminal da Comarca de Belo Horizonte, encaminho a
requisição abaixo, com fundamento nos arts. 10, &sect; 1º, e 22 da Lei nº 12.965/2014 (Marco Civil da Internet).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Inquérito Policial</b></td><td>IP nº 2026-0077431 - Delegacia Especializada de Investigação de Crimes Cibernéticos (DEICC)</td></tr>
<tr><td><b>Processo</b></td><td>5123987-41.2026.8.13.0024</td></tr>
<tr><td><b>Crime</b></td><td>Estelionato (art. 171, &sect; 2º-A, do Código Penal) - fraude eletrônica</td></tr>
<tr><td><b>Perfil</b></td><td>@bh_iphones_baratos</td></tr>
<tr><td><b>Dados requisitados</b></td><td>Dados cadastrais (nome, e-mail, telefone); registros de acesso a aplicação (IP, porta
lógica, data e hora GMT) no período de 01/09/2026 a 20/11/2026</td></tr>
<tr><td><b>Prazo</b></td><td>10 (dez) dias</td></tr>
</table>
<p>A decisão judicial segue anexa ao sistema; solicito sigilo quanto ao presente pedido.</p>
<p>Atenciosamente,<br>Dra. Luíza Carvalhaes Menezes<br>Delegada de Polícia - DEICC<br>Polícia Civil de Minas Gerais</p>
</body></html>
"""
    return make(
        "029-minas-gerais-policia-civil-html-table",
        "Polícia Civil de Minas Gerais (cybercrime unit) forwards a court-ordered Marco Civil request as an HTML "
        "table: subscriber data and access logs 01/09-20/11/2026 of one @handle, e-commerce fraud; 10 days; sigilo.",
        "pt",
        "BR",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None, "Lei nº 12.965/2014", "arts. 10, § 1º, e 22 da Lei nº 12.965/2014 (Marco Civil da Internet)"
            ),
            "requester.name": any_of(
                "Polícia Civil de Minas Gerais",
                "Delegacia Especializada de Investigação de Crimes Cibernéticos (DEICC)",
                "Polícia Civil de Minas Gerais - DEICC",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BR",
            "requester.email": "luiza.menezes@policiacivil.mg.gov.br",
            "requester.verified": True,
            "requester.signer": "Luíza Carvalhaes Menezes",
            "requester.signer_title": any_of("Delegada de Polícia", "Delegada de Polícia - DEICC", "Dra."),
            "targets": ["bh_iphones_baratos"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Estelionato", "fraude eletrônica", "Estelionato - fraude eletrônica"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(
                None, *day_end("2026-12-06", "-03:00")["any_of"], *day_end("2026-12-07", "-03:00")["any_of"]
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "mechanism": "NONE",
            "case_number": any_of("5123987-41.2026.8.13.0024", "2026-0077431", "IP nº 2026-0077431"),
            "issuing_court": any_of(None, "2ª Vara Criminal da Comarca de Belo Horizonte"),
        },
        sender="Luiza Carvalhaes Menezes <luiza.menezes@policiacivil.mg.gov.br>",
        subject="Requisição - IP 2026-0077431 - DEICC/PCMG",
        date=date,
        message_id="<deicc-2026-0077431@policiacivil.mg.gov.br>",
        html=html,
        dkim="policiacivil.mg.gov.br",
    )


PALERMO_SCAN = """\
# PROCURA DELLA REPUBBLICA
# presso il Tribunale di Palermo
Direzione Distrettuale Antimafia

Proc. pen. n. 11873/2026 R.G.N.R. Mod. 21                         Palermo, 3 dicembre 2026

Spett.le Social Example, Inc. - Law Enforcement Response Team

OGGETTO: richiesta di conservazione e di acquisizione dati - account "ballaro_movimenti"

Il Pubblico Ministero, dott.ssa Carmela Lo Bianco Ferrante,
visti gli atti del procedimento indicato in oggetto per i reati di cui agli artt. 416-bis e 629 c.p.,
CHIEDE
a) la conservazione immediata di tutti i dati relativi all'account "ballaro_movimenti" in vista di
   una successiva richiesta tramite rogatoria internazionale (MLAT Italia-USA);
b) nel frattempo, in via volontaria, i dati anagrafici del titolare (nome, e-mail, telefono) e i
   file di log con indirizzi IP di accesso dal 01/10/2026 al 02/12/2026.
Si prega di non informare l'utente della presente richiesta.

Il Pubblico Ministero
dott.ssa Carmela Lo Bianco Ferrante
"""


def palermo_procura_dda_scan() -> Message:
    date = when(2026, 12, 3, 17, 25, 0, 1)
    text = """\
Buonasera,

si trasmette in allegato la richiesta della Procura della Repubblica di Palermo - DDA (proc. pen. n. 11873/2026
R.G.N.R.). Per ogni comunicazione rivolgersi alla scrivente segreteria.

Cordiali saluti
Segreteria dott.ssa Lo Bianco Ferrante
Procura della Repubblica presso il Tribunale di Palermo
"""
    return make(
        "030-palermo-procura-dda-scan",
        "Palermo anti-mafia prosecutor's office sends a scanned request (image PDF): preservation of one account "
        "pending an MLAT request plus voluntary subscriber data and access logs 01/10-02/12/2026; asks not to notify.",
        "it",
        "IT",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "artt. 416-bis e 629 c.p."),
            "requester.name": any_of(
                "Procura della Repubblica presso il Tribunale di Palermo",
                "Procura della Repubblica di Palermo",
                "Procura della Repubblica di Palermo - DDA",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "segreteria.lobianco.procura.palermo@giustizia.it",
            "requester.verified": True,
            "requester.signer": "Carmela Lo Bianco Ferrante",
            "requester.signer_title": any_of("Pubblico Ministero", "Il Pubblico Ministero", "dott.ssa"),
            "targets": ["ballaro_movimenti"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "artt. 416-bis e 629 c.p.", "associazione mafiosa ed estorsione"),
            "date_range": {"start": "2026-10-01", "end": "2026-12-02"},
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            # the MLAT is only announced for later; this request itself comes directly
            "mechanism": any_of("NONE", "MLAT"),
            "case_number": any_of("11873/2026 R.G.N.R.", "11873/2026"),
        },
        sender="Segreteria PM Lo Bianco Ferrante <segreteria.lobianco.procura.palermo@giustizia.it>",
        subject="Proc. pen. n. 11873/2026 RGNR - richiesta dati",
        date=date,
        message_id="<11873-2026-rgnr-1203@giustizia.it>",
        text=text,
        attachments=[(scan([PALERMO_SCAN], skew=-0.5, noise=0.0003, seed=130), "application", "pdf", "nota_11873.pdf")],
        dkim="giustizia.it",
    )


def isle_of_man_constabulary_preservation() -> Message:
    date = when(2026, 9, 3, 9, 20, 0, 1)
    text = """\
Dear Sir/Madam,

PRESERVATION REQUEST - ISLE OF MAN CONSTABULARY - Ref. IOMC/ECU/2026/0442

The Isle of Man Constabulary Economic Crime Unit is investigating a suspected investment fraud (offences under
the Theft Act 1981 (Isle of Man)). We respectfully request that Social Example preserve all data held for the
account @manx_crypto_yields (https://social.example.com/manx_crypto_yields), including subscriber details, IP
logs, messages and posted content, for a period of 90 days, pending a formal request through the Attorney
General's Chambers under the mutual legal assistance process.

Please do not inform the account holder.

Kind regards,

DC Fenella Quayle-Osborne
Economic Crime Unit, Isle of Man Constabulary
Police Headquarters, Dukes Road, Douglas, Isle of Man IM2 4RG
"""
    return make(
        "031-isle-of-man-constabulary-preservation",
        "Isle of Man Constabulary (Economic Crime Unit) asks to preserve one @handle's data for 90 days pending "
        "mutual legal assistance; asks not to inform the user.",
        "en",
        "IM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("PRESERVATION_REQUEST", "FOREIGN_REQUEST"),
            "statute": any_of(None, "Theft Act 1981 (Isle of Man)"),
            "requester.name": "Isle of Man Constabulary",
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IM",
            "requester.email": "fenella.quayle-osborne@iomconstabulary.gov.im",
            "requester.verified": True,
            "requester.signer": "Fenella Quayle-Osborne",
            "requester.signer_title": any_of("DC", "Detective Constable"),
            "targets": ["manx_crypto_yields"],
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            ),
            "stated_purpose": any_of(None, "investment fraud", "suspected investment fraud"),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": any_of("MLAT", "NONE"),
            "case_number": "IOMC/ECU/2026/0442",
        },
        sender="Quayle-Osborne, Fenella <fenella.quayle-osborne@iomconstabulary.gov.im>",
        subject="Preservation Request - IOMC/ECU/2026/0442",
        date=date,
        message_id="<IOMC-ECU-0442-0903@gov.im>",
        text=text,
        dkim="gov.im",
    )


def bermuda_police_emergency() -> Message:
    date = when(2026, 11, 28, 1, 52, 0, -4)
    text = """\
URGENT - EMERGENCY DISCLOSURE REQUEST - RISK TO LIFE

Bermuda Police Service, Criminal Investigation Department

A 15-year-old girl, Kiara (surname withheld), has been missing from her home in Warwick Parish since 18:00
yesterday. At 23:30 she messaged a friend via your platform saying a man she met online, using the account
@island.vibes.441, was "taking her on a boat tonight" and that she was scared. We believe she is at immediate
risk of serious harm, including sexual exploitation, and that she may be taken off-island.

We request, under your emergency disclosure policy, the subscriber information, registered phone number and
e-mail, and the IP addresses/locations of the most recent log-ins for @island.vibes.441, and the last known
location data for the same account.

Please contact the BPS Duty Officer on +1 441 555 0199 (24 hours) to verify this request.

Detective Sergeant Marcus Outerbridge-Simmons
Criminal Investigation Department, Bermuda Police Service, Hamilton
"""
    return make(
        "032-bermuda-police-emergency",
        "Bermuda Police Service emergency request in the night: a missing 15-year-old may be taken off-island by a "
        "man using an @handle; subscriber data, recent log-in IPs and location; duty officer to verify.",
        "en",
        "BM",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": "Bermuda Police Service",
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BM",
            "requester.email": "moutersimmons@gov.bm",
            "requester.verified": True,
            "requester.signer": "Marcus Outerbridge-Simmons",
            "requester.signer_title": any_of("Detective Sergeant", "DS"),
            "targets": ["island.vibes.441"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "missing child", "risk to life"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "15-year-old"},
            "mechanism": any_of("NONE", None),
        },
        sender="Outerbridge-Simmons, Marcus <moutersimmons@gov.bm>",
        subject="URGENT - EDR - Risk to life - missing 15yo - @island.vibes.441",
        date=date,
        message_id="<BPS-CID-EDR-1128-0152@gov.bm>",
        text=text,
        headers=[("Importance", "High")],
        dkim="gov.bm",
    )


def israel_police_lahav433_html() -> Message:
    date = when(2026, 10, 29, 11, 5, 0, 2)
    html = """\
<html><body dir="ltr">
<p>To: Social Example, Inc. - Law Enforcement Response</p>
<p><b>ISRAEL POLICE - LAHAV 433 - NATIONAL CYBER UNIT</b><br>
Request for information - Our ref. 7781/2026 (investigation file 412093/2026, Tel Aviv)</p>
<p>The National Cyber Unit is investigating the distribution of intimate images without consent and extortion
(Sections 5 and 428 of the Penal Law, 5737-1977) committed against several women in Israel through the account
<b>@tlv.exposed.girls</b>.</p>
<p>We kindly request the following, for the period <b>15.08.2026 - 25.10.2026</b>:</p>
<ul>
<li>Registration details: name, e-mail address, phone number, registration date and IP;</li>
<li>Login IP addresses with date/time (UTC) and port numbers.</li>
</ul>
<p>We do not request content. A court order of the Tel Aviv Magistrate's Court (no. 55102-10-26) authorising the
request is available on request. We would appreciate a response within 14 days.</p>
<p>Regards,<br>Chief Inspector Noa Ben-Haim Kaplan<br>International Cooperation Desk, Lahav 433<br>Israel Police</p>
</body></html>
"""
    return make(
        "033-israel-police-lahav433-html",
        "Israel Police (Lahav 433 National Cyber Unit) requests in HTML (no table) the registration data and "
        "log-in IPs 15.08-25.10.2026 of one @handle, image-based extortion; no content; 14 days.",
        "en",
        "IL",
        ("html",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Sections 5 and 428 of the Penal Law, 5737-1977"),
            "requester.name": any_of("Israel Police", "Israel Police - Lahav 433", "Lahav 433 - National Cyber Unit"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IL",
            "requester.email": "noa.benhaim@police.gov.il",
            "requester.verified": True,
            "requester.signer": "Noa Ben-Haim Kaplan",
            "requester.signer_title": "Chief Inspector",
            "targets": ["tlv.exposed.girls"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "distribution of intimate images without consent and extortion", "extortion", None
            ),
            "date_range": {"start": "2026-08-15", "end": "2026-10-25"},
            "served_at": served(date),
            # Israel left summer time on 25 October 2026: +02:00 on 12 November
            "return_by": any_of(None, *day_end("2026-11-12", "+02:00")["any_of"]),
            "mechanism": "NONE",
            "case_number": any_of("7781/2026", "412093/2026", "55102-10-26"),
        },
        sender="Noa Ben-Haim Kaplan <noa.benhaim@police.gov.il>",
        subject="Lahav 433 - request for information - ref. 7781/2026",
        date=date,
        message_id="<l433-7781-2026@police.gov.il>",
        html=html,
        dkim="police.gov.il",
    )


def iceland_police_mlat_notice() -> Message:
    date = when(2026, 11, 12, 13, 30, 0, 0)
    text = """\
Dear colleagues,

The Reykjavik Metropolitan Police (Lögreglan á höfuðborgarsvæðinu) is investigating a serious sexual offence
against a child (Article 202 of the General Penal Code no. 19/1940), case no. 007-2026-61524.

Our Ministry of Justice has today transmitted a request for mutual legal assistance to the U.S. Department of
Justice, Office of International Affairs, under the Treaty between Iceland and the United States, seeking the
stored content (messages, images) of the account @reykjavik_hugi_02 for 1 May 2026 - 31 October 2026.

In the meantime we kindly ask that you preserve all data relating to that account (subscriber data, IP logs and
content) until the U.S. authorities serve the warrant, and please do not inform the account holder.

Best regards,
Inspector Sigrún Halldórsdóttir-Weiss
Sexual Offences Division, Reykjavik Metropolitan Police
"""
    return make(
        "034-iceland-police-mlat-notice",
        "Reykjavik Metropolitan Police announce an MLAT request for an account's stored content and ask the platform "
        "to preserve its data meanwhile and not to inform the user.",
        "en",
        "IS",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("FOREIGN_REQUEST", "PRESERVATION_REQUEST"),
            "statute": any_of(None, "Article 202 of the General Penal Code no. 19/1940"),
            "requester.name": any_of(
                "Reykjavik Metropolitan Police", "Lögreglan á höfuðborgarsvæðinu", "Icelandic Police"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IS",
            "requester.email": "sigrun.halldorsdottir@logreglan.is",
            "requester.verified": True,
            "requester.signer": "Sigrún Halldórsdóttir-Weiss",
            "requester.signer_title": "Inspector",
            "targets": ["reykjavik_hugi_02"],
            "data_categories": any_of(
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], ["STORED_CONTENT"], []
            ),
            "stated_purpose": any_of(None, "serious sexual offence against a child"),
            "date_range": any_of(None, {"start": "2026-05-01", "end": "2026-10-31"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "MLAT",
            "case_number": "007-2026-61524",
        },
        sender="Sigrún Halldórsdóttir-Weiss <sigrun.halldorsdottir@logreglan.is>",
        subject="Preservation / MLA notice - case 007-2026-61524",
        date=date,
        message_id="<lrh-007-2026-61524@logreglan.is>",
        text=text,
        dkim="logreglan.is",
    )


MESSAGES = [
    honduras_ministerio_publico_oficio_pdf,
    nicaragua_policia_solicitud,
    benin_ocrc_requisition_docx,
    leipzig_staatsanwaltschaft_odt,
    minas_gerais_policia_civil_html_table,
    palermo_procura_dda_scan,
    isle_of_man_constabulary_preservation,
    bermuda_police_emergency,
    israel_police_lahav433_html,
    iceland_police_mlat_notice,
]

"""Foreign requests (IE, NL, AR, CL, PT, BR, BE, CH, AT, IT) from those bodies' real domains; people fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout2._kit import Message, any_of, build, docx_file, scan, served, when
from tests.corpus.pdf import text_pdf

FOREIGN = {"process_type": "FOREIGN_REQUEST", "requester.kind": "FOREIGN_GOVERNMENT", "mechanism": "NONE"}


def ireland_garda() -> Message:
    date = when(2026, 11, 16, 10, 31, 9, 0)
    text = """\
Garda National Cyber Crime Bureau
Harcourt Square, Dublin 2, D02 DH42

Our Ref: GNCCB/2026/1147                                                        14/11/2026

Re: Request for subscriber and access data -- account "liffeyside_lad"

Dear Sir/Madam,

An Garda Síochána is investigating an offence of harassment contrary to section 10 of the
Non-Fatal Offences Against the Person Act 1997 and the distribution of intimate images without
consent contrary to section 2 of the Harassment, Harmful Communications and Related Offences Act
2020. The victim resides in Co. Kildare.

Under section 41(b) of the Data Protection Act 2018 I request that you provide, for the account
https://social.example.com/liffeyside_lad, the following data for the period 01/09/2026 to
10/11/2026:

  1. Registration details: name, e-mail address, mobile number and date of creation;
  2. IP addresses (with date, time and time zone) of the account's logins.

We do not seek the content of any communication. We would ask that the account holder is not
informed of this request, as that may prejudice the investigation. A reply by 30/11/2026 would
be appreciated.

Is mise le meas,

Detective Garda Siobhán Ní Bhriain
Garda National Cyber Crime Bureau
+353 1 555 0144
"""
    return Message(
        "025-ireland-garda-request",
        "An Garda Síochána (GNCCB) request under s. 41(b) Data Protection Act 2018, Irish DD/MM/YYYY dates: "
        "registration data and login IPs of a profile URL; asks not to inform the user; reply by 30/11/2026.",
        "en",
        "IE",
        ("plain_text",),
        "REVIEW",
        build(
            "025",
            sender="Siobhan Ni Bhriain <siobhan.nibhriain@garda.ie>",
            subject="GNCCB/2026/1147 - Request for data - liffeyside_lad",
            date=date,
            message_id="<GNCCB-2026-1147.1@garda.ie>",
            text=text,
            dkim_domain="garda.ie",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "section 41(b) of the Data Protection Act 2018", "Data Protection Act 2018"),
            "requester.name": any_of("An Garda Síochána", "Garda National Cyber Crime Bureau", "Garda Síochána"),
            "requester.country": "IE",
            "requester.email": "siobhan.nibhriain@garda.ie",
            "requester.verified": True,
            "requester.signer": any_of("Siobhán Ní Bhriain", "Siobhan Ni Bhriain"),
            "requester.signer_title": "Detective Garda",
            "targets": any_of(["liffeyside_lad"], ["https://social.example.com/liffeyside_lad"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "harassment",
            "date_range": {"start": "2026-09-01", "end": "2026-11-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-30T17:00:00+00:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("GNCCB/2026/1147", "Our Ref: GNCCB/2026/1147"),
        },
        "garda.ie",
    )


def netherlands_politie_english() -> Message:
    date = when(2026, 11, 4, 14, 5, 52, 1)
    html = """\
<html><body style="font-family:Arial">
<p><b>POLITIE &ndash; Eenheid Rotterdam, Team Digitale Opsporing</b></p>
<p>Rotterdam, 3 November 2026<br>Our reference: PL1700-2026-412988</p>
<p><b>Subject: Order to provide identifying data (Article 126na, Dutch Code of Criminal Procedure)</b></p>
<p>Dear Sir, Madam,</p>
<p>In the investigation into fraud via online marketplace listings (Article 326 of the Dutch Criminal Code),
the public prosecutor (officier van justitie) mr. E.J. van der Sloot of the Public Prosecution Service Rotterdam
has ordered, under Article 126na of the Dutch Code of Criminal Procedure (Wetboek van Strafvordering), that
the following identifying data be provided for the user <b>maasvlakte.deals</b>:</p>
<ul>
<li>name, address, e-mail address and telephone number;</li>
<li>the date on which the account was created and the IP address used at registration.</li>
</ul>
<p>Since Social Example is established outside the Netherlands, we ask you to provide these data voluntarily.
Please send the data to the address below before 18 November 2026.</p>
<p>Kind regards,<br>
J. (Jeroen) Bakker, Digital Investigator (digitaal rechercheur)<br>
Politie Eenheid Rotterdam<br>+31 10 555 0147</p>
</body></html>
"""
    return Message(
        "026-netherlands-politie-english",
        "Dutch police (Rotterdam unit) in English, HTML: prosecutor's order under Art. 126na Sv for identifying "
        "data of a user, asked voluntarily; '3 November 2026', reply before 18 November 2026.",
        "en",
        "NL",
        ("html",),
        "REVIEW",
        build(
            "026",
            sender="Jeroen Bakker <jeroen.bakker@politie.nl>",
            subject="PL1700-2026-412988 - request for identifying data",
            date=date,
            message_id="<PL1700-2026-412988.0411@politie.nl>",
            html=html,
            dkim_domain="politie.nl",
        ),
        FOREIGN
        | {
            "statute": any_of(
                None, "Article 126na of the Dutch Code of Criminal Procedure", "Article 126na", "art. 126na Sv"
            ),
            "requester.name": any_of(
                "Politie", "Politie Eenheid Rotterdam", "Dutch National Police", "Politie - Eenheid Rotterdam"
            ),
            "requester.country": "NL",
            "requester.email": "jeroen.bakker@politie.nl",
            "requester.verified": True,
            "requester.signer": any_of("J. (Jeroen) Bakker", "Jeroen Bakker", "J. Bakker"),
            "requester.signer_title": any_of("Digital Investigator", "digitaal rechercheur"),
            "targets": ["maasvlakte.deals"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "fraud",
            "served_at": served(date),
            "return_by": "2026-11-18T17:00:00+01:00",
            "case_number": "PL1700-2026-412988",
        },
        "politie.nl",
    )


def argentina_mpf_html() -> Message:
    date = when(2026, 11, 6, 12, 40, 17, -3)
    html = """\
<html><body>
<p><b>MINISTERIO PÚBLICO FISCAL DE LA NACIÓN</b><br>
Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)</p>
<p>Buenos Aires, 5 de noviembre de 2026</p>
<p>Sres. Social Example, Inc.<br>Departamento Legal<br>S/D</p>
<p>Tengo el agrado de dirigirme a Uds. en el marco de la causa que se detalla, a fin de solicitarles
tengan a bien informar los datos que a continuación se indican, en un plazo de diez (10) días hábiles:</p>
<table border="1" cellpadding="4">
<tr><td>Causa</td><td>N° CFP 8812/2026, caratulada &laquo;N.N. s/ estafa y extorsión&raquo;</td></tr>
<tr><td>Juzgado</td><td>Juzgado Nacional en lo Criminal y Correccional Federal N° 7, Secretaría N° 14</td></tr>
<tr><td>Cuenta</td><td>usuario <b>@porteno_inversiones</b> y correo asociado inversiones.porteno@example.com.ar</td></tr>
<tr><td>Datos requeridos</td><td>1) datos de registro del titular (nombre, correo, teléfono, fecha de alta);
2) direcciones IP de creación y de los accesos entre el 01/08/2026 y el 31/10/2026, con fecha, hora y huso horario;
3) contenido de los mensajes privados enviados por la cuenta en igual período.</td></tr>
</table>
<p>Se solicita mantener la confidencialidad de la presente y no notificar al usuario.</p>
<p>Saludo a Uds. atentamente.</p>
<p>Dr. Horacio E. Lanusse<br>Fiscal<br>UFECI &ndash; Ministerio Público Fiscal<br>Tel. +54 11 5555-0175</p>
</body></html>
"""
    return Message(
        "027-argentina-mpf-ufeci-html",
        "Argentina's Ministerio Público Fiscal (UFECI), Spanish HTML table: registration data, access IPs and "
        "private messages of an @handle and its e-mail, 01/08-31/10/2026; 'diez días hábiles'; confidentiality "
        "requested; no MLAT.",
        "es",
        "AR",
        ("html_table",),
        "REVIEW",
        build(
            "027",
            sender="Horacio Lanusse <hlanusse@mpf.gob.ar>",
            subject="Causa CFP 8812/2026 - Solicitud de información",
            date=date,
            message_id="<UFECI.8812.2026.1106@mpf.gob.ar>",
            html=html,
            dkim_domain="mpf.gob.ar",
        ),
        FOREIGN
        | {
            "statute": None,
            "requester.name": any_of(
                "Ministerio Público Fiscal de la Nación",
                "Ministerio Público Fiscal",
                "Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)",
                "UFECI",
            ),
            "requester.country": "AR",
            "requester.email": "hlanusse@mpf.gob.ar",
            "requester.verified": True,
            "requester.signer": "Horacio E. Lanusse",
            "requester.signer_title": "Fiscal",
            "targets": any_of(["porteno_inversiones", "inversiones.porteno@example.com.ar"], ["porteno_inversiones"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("estafa", "extorsión"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            # ten business days from receipt on 2026-11-06 (Argentine holidays aside): 2026-11-20
            "return_by": any_of(None, "2026-11-20T17:00:00-03:00", "2026-11-19T17:00:00-03:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("CFP 8812/2026", "N° CFP 8812/2026"),
            "issuing_court": any_of(None, "Juzgado Nacional en lo Criminal y Correccional Federal N° 7"),
        },
        "mpf.gob.ar",
    )


def chile_pdi_plain() -> Message:
    date = when(2026, 10, 26, 9, 14, 3, -3)
    text = """\
POLICÍA DE INVESTIGACIONES DE CHILE
Brigada Investigadora del Cibercrimen Metropolitana (BRICIB)

ORD. N° 1.284
ANT.: Orden de investigar del Fiscal Adjunto Sr. Cristóbal Ibáñez Rojas, Fiscalía Local de
      Ñuñoa, RUC N° 2600981234-5.
MAT.: Solicita información que indica.

SANTIAGO, 24 de octubre de 2026

A: SOCIAL EXAMPLE, INC. - DEPARTAMENTO LEGAL

1.- En el marco de la investigación por el delito de grooming (art. 366 quáter del Código Penal)
que instruye la Fiscalía Local de Ñuñoa, y conforme al artículo 180 del Código Procesal Penal,
solicito a Ud. remitir a esta Brigada la siguiente información del perfil
https://social.example.com/profe.matias.cl :

   a) Datos de registro: nombre, correo electrónico, número telefónico y fecha de creación.
   b) Registro de direcciones IP de conexión desde el 1 de julio al 20 de octubre de 2026.
   c) Copia de las conversaciones privadas mantenidas con menores de edad en dicho período.

2.- Atendida la naturaleza de los hechos, se solicita no informar al usuario de este
requerimiento.

Saluda atentamente a Ud.,

NICOLÁS A. FUENZALIDA VERGARA
Subcomisario
Jefe (S) BRICIB Metropolitana
"""
    return Message(
        "028-chile-pdi-oficio",
        "Chile's PDI cybercrime brigade (Spanish oficio, 'SANTIAGO, 24 de octubre de 2026') on a prosecutor's "
        "order: registration data, IP log and private conversations of a profile URL; asks not to inform the "
        "user; no agreement.",
        "es",
        "CL",
        ("plain_text",),
        "REVIEW",
        build(
            "028",
            sender="Nicolas Fuenzalida <nfuenzalidav@investigaciones.cl>",
            subject="ORD. N° 1.284 - Solicita información - RUC 2600981234-5",
            date=date,
            message_id="<ORD1284.BRICIB@investigaciones.cl>",
            text=text,
            dkim_domain="investigaciones.cl",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "artículo 180 del Código Procesal Penal"),
            "requester.name": any_of(
                "Policía de Investigaciones de Chile",
                "PDI",
                "Brigada Investigadora del Cibercrimen Metropolitana (BRICIB)",
                "Brigada Investigadora del Cibercrimen Metropolitana",
            ),
            "requester.country": "CL",
            "requester.email": "nfuenzalidav@investigaciones.cl",
            "requester.verified": True,
            "requester.signer": any_of("Nicolás A. Fuenzalida Vergara", "NICOLÁS A. FUENZALIDA VERGARA"),
            "requester.signer_title": any_of("Subcomisario", "Jefe (S) BRICIB Metropolitana"),
            "targets": any_of(["profe.matias.cl"], ["https://social.example.com/profe.matias.cl"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": "grooming",
            "date_range": {"start": "2026-07-01", "end": "2026-10-20"},
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("RUC N° 2600981234-5", "2600981234-5", "ORD. N° 1.284"),
        },
        "investigaciones.cl",
    )


def portugal_pj_pdf() -> Message:
    date = when(2026, 11, 12, 16, 20, 44, 0)
    letter = """\
POLÍCIA JUDICIÁRIA
Unidade Nacional de Combate ao Cibercrime e à Criminalidade Tecnológica (UNC3T)
Rua Gomes Freire, 174, 1169-007 Lisboa

Exmos. Senhores
Social Example, Inc. - Departamento Jurídico

Lisboa, 12 de novembro de 2026
N/Ref.ª: NUIPC 1432/26.8JFLSB

Assunto: Pedido de dados de base e de tráfego - injunção (artigo 14.º da Lei n.º 109/2009, de 15 de setembro)

No âmbito do inquérito em epígrafe, que investiga a prática de crimes de burla informática (artigo
221.º do Código Penal), e por despacho da Exma. Senhora Procuradora da República do DIAP de Lisboa,
solicita-se a V. Exas. que, no prazo de 15 (quinze) dias, forneçam os seguintes elementos relativos
à conta "tuga_promos_2026" (https://social.example.com/tuga_promos_2026):

  a) identificação do titular: nome, endereço de correio eletrónico, número de telefone e data de
     criação da conta;
  b) endereços IP de criação e de acesso, com data, hora e fuso horário, entre 1 de agosto e 31 de
     outubro de 2026.

O processo encontra-se em segredo de justiça, pelo que se solicita que o titular da conta não seja
informado do presente pedido.

Com os melhores cumprimentos,

O Inspetor-Chefe
Rui M. Cardoso Teixeira
"""
    text = "Exmos. Senhores,\n\nSegue em anexo o pedido da PJ/UNC3T (NUIPC 1432/26.8JFLSB).\n\nCumprimentos,\nRui Teixeira\n"
    return Message(
        "029-portugal-pj-pdf",
        "Portugal's Polícia Judiciária (UNC3T), Portuguese PDF: injunção under art. 14 of Lei 109/2009 on a "
        "prosecutor's order, subscriber data and access IPs for an account, 15 days; segredo de justiça.",
        "pt",
        "PT",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "029",
            sender="Rui Teixeira <rui.teixeira@pj.pt>",
            subject="NUIPC 1432/26.8JFLSB - pedido de dados",
            date=date,
            message_id="<1432-26-8JFLSB.20261112@pj.pt>",
            text=text,
            attachments=[(text_pdf(letter), "application", "pdf", "Oficio_UNC3T_1432-26.pdf")],
            dkim_domain="pj.pt",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "artigo 14.º da Lei n.º 109/2009", "Lei n.º 109/2009"),
            "requester.name": any_of(
                "Polícia Judiciária",
                "Polícia Judiciária - UNC3T",
                "Unidade Nacional de Combate ao Cibercrime e à Criminalidade Tecnológica (UNC3T)",
            ),
            "requester.country": "PT",
            "requester.email": "rui.teixeira@pj.pt",
            "requester.verified": True,
            "requester.signer": any_of("Rui M. Cardoso Teixeira", "Rui Teixeira"),
            "requester.signer_title": any_of("Inspetor-Chefe", "O Inspetor-Chefe"),
            "targets": any_of(["tuga_promos_2026"], ["https://social.example.com/tuga_promos_2026"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "burla informática",
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-27T17:00:00+00:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "case_number": any_of("NUIPC 1432/26.8JFLSB", "1432/26.8JFLSB"),
        },
        "pj.pt",
    )


def brazil_mpf_oficio() -> Message:
    date = when(2026, 11, 25, 15, 2, 10, -3)
    text = """\
MINISTÉRIO PÚBLICO FEDERAL
Procuradoria da República no Distrito Federal
Ofício nº 4127/2026/PRDF/GABPR11

Brasília, 25/11/2026.

À Social Example, Inc.
A/C: Departamento Jurídico

Assunto: Requisição de dados cadastrais. Procedimento Investigatório Criminal nº 1.16.000.002211/2026-41.

Senhor(a) Responsável,

Com fundamento no art. 129, incisos VI e VIII, da Constituição Federal, no art. 8º, inciso II, da
Lei Complementar nº 75/1993, no art. 15 da Lei nº 12.850/2013 e no art. 10, § 3º, da Lei nº
12.965/2014 (Marco Civil da Internet), REQUISITO a Vossa Senhoria que, no prazo de 10 (dez) dias
úteis, informe os DADOS CADASTRAIS (qualificação pessoal, filiação e endereço, bem como e-mail e
telefone vinculados) dos usuários abaixo, investigados por organização criminosa e fraude em
licitações:

   - @licita_brasil_oficial
   - perfil https://social.example.com/joao.pregoeiro.df

Esclareço que a presente requisição não abrange conteúdo de comunicações nem registros de acesso,
que dependem de ordem judicial (art. 22 do Marco Civil). O procedimento tramita sob sigilo; solicito
que os usuários não sejam cientificados.

Atenciosamente,

(assinado eletronicamente)
MARIANA F. CAVALCANTI DE ALBUQUERQUE
Procuradora da República
"""
    return Message(
        "030-brazil-mpf-oficio",
        "Brazil's Ministério Público Federal (PR/DF) ofício requisitioning dados cadastrais (art. 10 § 3 Marco "
        "Civil, art. 15 Lei 12.850) for an @handle and a profile URL, expressly excluding content and access "
        "logs; '25/11/2026'; sigilo.",
        "pt",
        "BR",
        ("plain_text",),
        "REVIEW",
        build(
            "030",
            sender="Mariana Albuquerque <marianaalbuquerque@mpf.mp.br>",
            subject="Ofício nº 4127/2026/PRDF/GABPR11 - Requisição de dados cadastrais",
            date=date,
            message_id="<of4127-2026-prdf@mpf.mp.br>",
            text=text,
            dkim_domain="mpf.mp.br",
        ),
        FOREIGN
        | {
            "statute": any_of(
                None,
                "art. 15 da Lei nº 12.850/2013",
                "art. 10, § 3º, da Lei nº 12.965/2014",
                "Lei nº 12.965/2014 (Marco Civil da Internet)",
            ),
            "requester.name": any_of(
                "Ministério Público Federal",
                "Procuradoria da República no Distrito Federal",
                "Ministério Público Federal - Procuradoria da República no Distrito Federal",
            ),
            "requester.country": "BR",
            "requester.email": "marianaalbuquerque@mpf.mp.br",
            "requester.verified": True,
            "requester.signer": any_of("Mariana F. Cavalcanti de Albuquerque", "MARIANA F. CAVALCANTI DE ALBUQUERQUE"),
            "requester.signer_title": "Procuradora da República",
            "targets": any_of(
                ["licita_brasil_oficial", "joao.pregoeiro.df"],
                ["licita_brasil_oficial", "https://social.example.com/joao.pregoeiro.df"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("organização criminosa", "fraude em licitações"),
            "served_at": served(date),
            # 10 dias úteis from 2026-11-25: 2026-12-09
            "return_by": any_of(None, "2026-12-09T17:00:00-03:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("1.16.000.002211/2026-41", "Ofício nº 4127/2026/PRDF/GABPR11", "4127/2026"),
        },
        "mpf.mp.br",
    )


def belgium_police_requisition_docx() -> Message:
    date = when(2026, 11, 20, 11, 3, 38, 1)
    blocks = [
        ("p", "POLICE FÉDÉRALE - Direction générale de la Police judiciaire"),
        ("p", "Federal Computer Crime Unit (FCCU)"),
        ("h", "RÉQUISITION - Article 46bis du Code d'instruction criminelle"),
        ("t", "Notice parquet|BR.52.L1.014417/26"),
        ("t", "Magistrat requérant|Mme A. Vanderheyden, Substitut du procureur du Roi de Bruxelles"),
        ("t", "Date|Bruxelles, le 19 novembre 2026"),
        ("t", "Destinataire|Social Example, Inc."),
        ("t", "Faits|Harcèlement (art. 442bis du Code pénal) et menaces"),
        ("t", "Identifiant|compte « @brusselsnoirblanc » ; adresse e-mail liée noir.blanc.bxl@example.be"),
        (
            "t",
            "Données requises|Données d'identification de l'abonné : nom, adresse, e-mail, numéro de "
            "téléphone, date de création du compte et adresse IP de création",
        ),
        ("t", "Délai|Dans les 10 jours"),
        (
            "p",
            "Conformément à l'article 46bis, § 2, du Code d'instruction criminelle, toute personne qui, du "
            "chef de sa fonction, a connaissance de la mesure ou y prête son concours, est tenue de garder le "
            "secret. Nous vous prions dès lors de ne pas informer le titulaire du compte.",
        ),
        ("p", "Commissaire Laurent Dewaele, FCCU"),
    ]
    text = """\
Madame, Monsieur,

Veuillez trouver ci-joint une réquisition 46bis CIC émanant du parquet de Bruxelles.
Merci d'en accuser réception.

Cordialement,

Commissaire Laurent Dewaele
Police fédérale - FCCU
"""
    return Message(
        "031-belgium-fccu-46bis-docx",
        "Belgian federal police (FCCU), French .docx table: a prosecutor's réquisition under art. 46bis CIC for "
        "subscriber identification data of an @handle and an e-mail; statutory secrecy; 'dans les 10 jours'.",
        "fr",
        "BE",
        ("docx", "plain_text"),
        "REVIEW",
        build(
            "031",
            sender="Laurent Dewaele <laurent.dewaele@police.belgium.eu>",
            subject="Réquisition 46bis CIC - BR.52.L1.014417/26",
            date=date,
            message_id="<FCCU-014417-26@police.belgium.eu>",
            text=text,
            attachments=[
                (
                    docx_file(blocks, author="FCCU"),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Requisition_46bis_014417-26.docx",
                )
            ],
            dkim_domain="police.belgium.eu",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "Article 46bis du Code d'instruction criminelle", "art. 46bis CIC"),
            "requester.name": any_of(
                "Police fédérale",
                "Police fédérale - FCCU",
                "Federal Computer Crime Unit (FCCU)",
                "Parquet de Bruxelles",
            ),
            "requester.country": "BE",
            "requester.email": "laurent.dewaele@police.belgium.eu",
            "requester.verified": True,
            "requester.signer": any_of("Laurent Dewaele", "A. Vanderheyden"),
            "requester.signer_title": any_of("Commissaire", "Substitut du procureur du Roi de Bruxelles"),
            "targets": any_of(["brusselsnoirblanc", "noir.blanc.bxl@example.be"], ["brusselsnoirblanc"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "harcèlement",
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-30T17:00:00+01:00", "2026-11-29T17:00:00+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "case_number": "BR.52.L1.014417/26",
        },
        "police.belgium.eu",
    )


def switzerland_fedpol_german() -> Message:
    date = when(2026, 10, 28, 8, 57, 21, 1)
    text = """\
Bundesamt für Polizei fedpol
Bundeskriminalpolizei BKP, Kommissariat Cyber
Guisanplatz 1A, 3003 Bern

Bern, 28.10.2026
Unser Zeichen: BKP-CY-2026-3381

Ersuchen um freiwillige Herausgabe von Bestandes- und Randdaten

Sehr geehrte Damen und Herren

Im Rahmen eines von der Bundesanwaltschaft geführten Strafverfahrens wegen Verdachts auf
Geldwäscherei (Art. 305bis StGB) und betrügerischen Missbrauch einer Datenverarbeitungsanlage
(Art. 147 StGB) ersuchen wir Sie, uns zu folgendem Konto folgende Angaben zu übermitteln:

Konto: @alpen.krypto.tresor  (Profil-ID 55019372)

  - Bestandesdaten: Name, E-Mail-Adresse, Telefonnummer, Datum der Kontoeröffnung;
  - Randdaten: IP-Adressen der Anmeldungen im Zeitraum vom 01.07.2026 bis 27.10.2026 mit Zeitstempel
    und Zeitzone.

Inhalte von Kommunikation werden nicht verlangt. Wir bitten Sie, die Kontoinhaberin bzw. den
Kontoinhaber über dieses Ersuchen nicht zu informieren. Für eine Antwort bis zum 20.11.2026 wären
wir dankbar.

Freundliche Grüsse

Reto Gämperle
Kommissar, fedpol BKP
Tel. +41 58 555 01 52
"""
    return Message(
        "032-switzerland-fedpol-german",
        "Swiss fedpol (Bundeskriminalpolizei), German with Swiss dates (28.10.2026, Grüsse without ß): voluntary "
        "request for subscriber data and login IPs of an @handle with profile ID; asks not to inform; reply by "
        "20.11.2026.",
        "de",
        "CH",
        ("plain_text",),
        "REVIEW",
        build(
            "032",
            sender="Reto Gaemperle <reto.gaemperle@fedpol.admin.ch>",
            subject="BKP-CY-2026-3381 Ersuchen um Herausgabe von Daten",
            date=date,
            message_id="<BKP-CY-2026-3381@fedpol.admin.ch>",
            text=text,
            dkim_domain="fedpol.admin.ch",
        ),
        FOREIGN
        | {
            "statute": None,
            "requester.name": any_of(
                "Bundesamt für Polizei fedpol", "fedpol", "Bundesamt für Polizei", "Bundeskriminalpolizei BKP"
            ),
            "requester.country": "CH",
            "requester.email": "reto.gaemperle@fedpol.admin.ch",
            "requester.verified": True,
            "requester.signer": "Reto Gämperle",
            "requester.signer_title": any_of("Kommissar", "Kommissar, fedpol BKP"),
            "targets": any_of(["alpen.krypto.tresor", "55019372"], ["alpen.krypto.tresor"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "Geldwäscherei",
            "date_range": {"start": "2026-07-01", "end": "2026-10-27"},
            "served_at": served(date),
            "return_by": "2026-11-20T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": "BKP-CY-2026-3381",
        },
        "fedpol.admin.ch",
    )


AT_SCAN = """\
# BUNDESKRIMINALAMT
# Büro 5.2 - Cybercrime-Competence-Center (C4)
Josef-Holaubek-Platz 1, 1090 Wien

GZ: 2026-0.881.417                                          Wien, am 1. Dezember 2026

An: Social Example, Inc., Legal Department

Betreff: Ersuchen um Auskunft über Stammdaten eines Nutzerkontos

Sehr geehrte Damen und Herren!

Die Staatsanwaltschaft Wien führt zu AZ 352 UT 219/26k ein Ermittlungsverfahren wegen des
Verdachts der gefährlichen Drohung (§ 107 StGB) und der fortdauernden Belästigung im Wege
einer Telekommunikation oder eines Computersystems (§ 107c StGB).

Aufgrund der Anordnung der Staatsanwaltschaft Wien gemäß § 76a Abs. 1 StPO wird um
Bekanntgabe folgender Stammdaten zum Nutzerkonto "donauwelle_1090" ersucht:

   - Name, Anschrift, E-Mail-Adresse und Telefonnummer des Kontoinhabers,
   - Datum der Registrierung.

Um Übermittlung bis 15. Dezember 2026 an die oben angeführte Dienststelle wird ersucht.
Es wird ersucht, den Betroffenen von diesem Ersuchen nicht in Kenntnis zu setzen.

Mit freundlichen Grüßen
Für den Direktor:

Bezirksinspektorin Katharina Pfeifenberger
"""


def austria_bk_scan() -> Message:
    date = when(2026, 12, 2, 10, 15, 0, 1)
    text = "Sehr geehrte Damen und Herren,\n\nanbei unser Ersuchen (Scan).\n\nMfG\nK. Pfeifenberger\nBK/C4\n"
    return Message(
        "033-austria-bk-scan",
        "Austria's Bundeskriminalamt (C4), image-only scan in German: Stammdaten of a user under a prosecutor's "
        "order per § 76a StPO; 'Wien, am 1. Dezember 2026'; due 15. Dezember 2026; asks not to inform.",
        "de",
        "AT",
        ("scan", "plain_text"),
        "REVIEW",
        build(
            "033",
            sender="Katharina Pfeifenberger <katharina.pfeifenberger@bmi.gv.at>",
            subject="GZ 2026-0.881.417 - Stammdatenauskunft",
            date=date,
            message_id="<2026-0.881.417@bmi.gv.at>",
            text=text,
            attachments=[
                (scan([AT_SCAN], dpi=300, skew=-0.3, noise=0.0005, seed=33), "application", "pdf", "Scan_BK_C4.pdf")
            ],
            dkim_domain="bmi.gv.at",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "§ 76a Abs. 1 StPO", "§ 76a StPO"),
            "requester.name": any_of(
                "Bundeskriminalamt",
                "Bundeskriminalamt - Cybercrime-Competence-Center (C4)",
                "Bundeskriminalamt Österreich",
            ),
            "requester.country": "AT",
            "requester.email": "katharina.pfeifenberger@bmi.gv.at",
            "requester.verified": True,
            "requester.signer": "Katharina Pfeifenberger",
            "requester.signer_title": "Bezirksinspektorin",
            "targets": ["donauwelle_1090"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("gefährlichen Drohung", "Drohung"),
            "served_at": served(date),
            "return_by": "2026-12-15T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("352 UT 219/26k", "2026-0.881.417", "GZ: 2026-0.881.417"),
        },
        "bmi.gv.at",
    )


def italy_gdf_traffic_data() -> Message:
    date = when(2026, 11, 10, 17, 42, 5, 1)
    text = """\
GUARDIA DI FINANZA
Nucleo Speciale Tutela Privacy e Frodi Tecnologiche
Via Sforza, 68 - 00184 Roma

Roma, 10/11/2026
Prot. n. 0318842/2026

OGGETTO: Proc. pen. n. 21877/2026 R.G.N.R. - Procura della Repubblica presso il Tribunale di Roma.
Richiesta di dati identificativi e di traffico telematico.

Spett.le Social Example, Inc.,

in esecuzione del decreto motivato del Pubblico Ministero dott.ssa Giulia Bernasconi in data
06/11/2026, emesso ai sensi dell'art. 132, comma 3, del D.Lgs. 30 giugno 2003, n. 196, nell'ambito
del procedimento penale indicato in oggetto per il reato di frode informatica (art. 640-ter c.p.),
si chiede di voler fornire, relativamente agli account:

   1) "bonus_inps_ufficiale"
   2) "agevolazioni.fiscali.2026"

i seguenti dati:
   a) dati anagrafici dell'intestatario (nome, indirizzo e-mail, numero di telefono);
   b) log delle connessioni (indirizzi IP, data, ora e fuso orario) dal 01/05/2026 al 31/10/2026.

Si prega di non informare gli utenti interessati, trattandosi di indagini coperte da segreto
istruttorio (art. 329 c.p.p.).

Distinti saluti.

IL COMANDANTE DEL NUCLEO
Col. t.ST Fabrizio Marchionni
"""
    return Message(
        "034-italy-gdf-traffic-data",
        "Italy's Guardia di Finanza (privacy/tech-fraud unit), Italian plain text: identifying data and "
        "connection logs of two accounts under a PM's decree per art. 132 D.Lgs. 196/2003; '10/11/2026'; "
        "secrecy of the investigation.",
        "it",
        "IT",
        ("plain_text",),
        "REVIEW",
        build(
            "034",
            sender="Nucleo Privacy GdF <rm1640000p@gdf.it>",
            subject="Proc. pen. n. 21877/2026 R.G.N.R. - richiesta dati",
            date=date,
            message_id="<0318842-2026.nspft@gdf.it>",
            text=text,
            dkim_domain="gdf.it",
        ),
        FOREIGN
        | {
            "statute": any_of(None, "art. 132, comma 3, del D.Lgs. 30 giugno 2003, n. 196", "art. 132 D.Lgs. 196/2003"),
            "requester.name": any_of(
                "Guardia di Finanza",
                "Guardia di Finanza - Nucleo Speciale Tutela Privacy e Frodi Tecnologiche",
                "Nucleo Speciale Tutela Privacy e Frodi Tecnologiche",
            ),
            "requester.country": "IT",
            "requester.email": "rm1640000p@gdf.it",
            "requester.verified": True,
            "requester.signer": any_of("Fabrizio Marchionni", "Giulia Bernasconi"),
            "requester.signer_title": any_of(
                "Il Comandante del Nucleo", "Col. t.ST", "Colonnello", "Pubblico Ministero"
            ),
            "targets": ["bonus_inps_ufficiale", "agevolazioni.fiscali.2026"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "frode informatica",
            "date_range": {"start": "2026-05-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("21877/2026 R.G.N.R.", "n. 21877/2026 R.G.N.R.", "0318842/2026"),
        },
        "gdf.it",
    )


MESSAGES = (
    ireland_garda,
    netherlands_politie_english,
    argentina_mpf_html,
    chile_pdi_plain,
    portugal_pj_pdf,
    brazil_mpf_oficio,
    belgium_police_requisition_docx,
    switzerland_fedpol_german,
    austria_bk_scan,
    italy_gdf_traffic_data,
)

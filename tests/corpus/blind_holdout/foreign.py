"""Foreign requests in Spanish, Portuguese, French and German (real police domains; fictional people)."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, served, when
from tests.corpus.pdf import text_pdf


def spain_policia_nacional() -> Message:
    date = when(2026, 9, 30, 12, 14, 9, 2)
    text = """\
DIRECCIÓN GENERAL DE LA POLICÍA
Comisaría General de Policía Judicial
Unidad Central de Ciberdelincuencia - Brigada Provincial de Zaragoza

Ref.: Diligencias Previas n.º 1123/2026 - Juzgado de Instrucción n.º 4 de Zaragoza
Asunto: Solicitud de datos de usuario

Muy Sres. nuestros:

En el marco de la investigación que se sigue en las Diligencias Previas arriba indicadas, por un
presunto delito de estafa (art. 248 del Código Penal) cometido mediante anuncios fraudulentos de
venta de vehículos, se solicita de esa compañía la siguiente información relativa a la cuenta
@ofertas_zgz:

  - Datos de registro: nombre, correo electrónico y número de teléfono asociados.
  - Dirección IP de creación de la cuenta.
  - Direcciones IP, fecha y hora (UTC) de las conexiones realizadas entre el 1 de julio de 2026
    y el 15 de septiembre de 2026.

Se ruega remitan la información antes del 20 de octubre de 2026 a esta dirección de correo.
Asimismo, se ruega no informar al usuario de la presente solicitud, dado que ello podría
perjudicar la investigación en curso.

Atentamente,

Álvaro Meléndez Ruiz
Inspector Jefe
Unidad Central de Ciberdelincuencia
Policía Nacional
Tel. +34 976 555 014

--
Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.
"""
    return Message(
        "019-spain-policia-nacional",
        "Spanish National Police request (in Spanish, Latin-1 quoted-printable) for registration data and IP "
        "connection logs of an @handle under court proceedings; no MLAT; DKIM-signed by policia.es.",
        "es",
        "ES",
        ("plain_text",),
        "REVIEW",
        build(
            "019",
            sender='"UCC - Requerimientos" <ucc.requerimientos@policia.es>',
            subject="Solicitud de datos - DP 1123/2026 - cuenta @ofertas_zgz",
            date=date,
            message_id="<DP1123-2026.ucc.zgz@policia.es>",
            text=text,
            charset="iso-8859-1",
            dkim_domain="policia.es",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Policía Nacional",
                "Unidad Central de Ciberdelincuencia",
                "Dirección General de la Policía",
                "Policía Nacional - Unidad Central de Ciberdelincuencia",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "ES",
            "requester.email": "ucc.requerimientos@policia.es",
            "requester.verified": True,
            "requester.signer": "Álvaro Meléndez Ruiz",
            "requester.signer_title": "Inspector Jefe",
            "targets": ["ofertas_zgz"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "estafa",
            "date_range": {"start": "2026-07-01", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": "2026-10-20T17:00:00+02:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("Diligencias Previas n.º 1123/2026", "1123/2026", "DP 1123/2026"),
            "issuing_court": any_of(None, "Juzgado de Instrucción n.º 4 de Zaragoza"),
        },
        "policia.es",
    )


def brazil_policia_federal_pdf() -> Message:
    date = when(2026, 10, 22, 16, 40, 12, -3)
    oficio = """\
SERVIÇO PÚBLICO FEDERAL
MJSP - POLÍCIA FEDERAL
SUPERINTENDÊNCIA REGIONAL EM SÃO PAULO
DELEGACIA DE REPRESSÃO A CRIMES CIBERNÉTICOS - DRCC/SR/PF/SP

Ofício nº 2187/2026 - DRCC/SR/PF/SP
São Paulo, 22 de outubro de 2026.

Ao Senhor Responsável pelo Atendimento a Autoridades

Assunto: Requisição de dados cadastrais e registros de acesso
Referência: Inquérito Policial nº 2026.0041877-DRCC/SR/PF/SP
Processo nº 5012345-67.2026.4.03.6181 - 2ª Vara Criminal Federal de São Paulo

Senhor Responsável,

1. Em cumprimento à decisão judicial proferida nos autos em referência, que apuram a prática do
crime de estelionato (art. 171 do Código Penal) por meio de anúncios falsos, solicito a Vossa
Senhoria o fornecimento, com fundamento no art. 22 da Lei nº 12.965/2014 (Marco Civil da
Internet), dos seguintes dados relativos ao perfil https://social.example.com/vendas.sp.oficial:

a) dados cadastrais: nome, e-mail e telefone vinculados ao perfil;
b) registros de acesso à aplicação (endereço IP, data, hora, fuso horário e porta lógica de
origem) no período de 01/08/2026 a 30/09/2026.

2. As informações deverão ser encaminhadas até 06/11/2026 ao endereço eletrônico
drcc.srsp@pf.gov.br.

3. Solicita-se que o titular do perfil não seja comunicado desta requisição, uma vez que os
autos tramitam sob segredo de justiça.

Atenciosamente,

LUÍZA CARVALHO ANTUNES
Delegada de Polícia Federal
"""
    text = """\
Prezados,

Encaminho em anexo o Ofício nº 2187/2026 - DRCC/SR/PF/SP, com requisição de dados cadastrais e registros
de acesso. Solicito confirmar o recebimento.

Atenciosamente,

Delegacia de Repressão a Crimes Cibernéticos
Superintendência Regional da Polícia Federal em São Paulo
"""
    return Message(
        "020-brazil-policia-federal-pdf",
        "Brazilian Federal Police ofício (Portuguese, text PDF) under the Marco Civil (Lei 12.965/2014, art. 22) "
        "for a profile URL: subscriber data and access logs for a period; asks that the user not be told.",
        "pt",
        "BR",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "020",
            sender='"DRCC/SR/PF/SP" <drcc.srsp@pf.gov.br>',
            subject="Ofício nº 2187/2026 - DRCC/SR/PF/SP - requisição de dados",
            date=date,
            message_id="<oficio-2187-2026.drcc.srsp@pf.gov.br>",
            text=text,
            attachments=[(text_pdf(oficio), "application", "pdf", "Oficio_2187_2026_DRCC.pdf")],
            dkim_domain="pf.gov.br",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Lei nº 12.965/2014", "art. 22 da Lei nº 12.965/2014", "Lei 12.965/2014"),
            "requester.name": any_of(
                "Polícia Federal",
                "Polícia Federal do Brasil",
                "Departamento de Polícia Federal",
                "Superintendência Regional da Polícia Federal em São Paulo",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "BR",
            "requester.email": "drcc.srsp@pf.gov.br",
            "requester.verified": True,
            "requester.signer": "Luíza Carvalho Antunes",
            "requester.signer_title": "Delegada de Polícia Federal",
            "targets": any_of(["vendas.sp.oficial"], ["https://social.example.com/vendas.sp.oficial"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "estelionato",
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-11-06T17:00:00-03:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of(
                "5012345-67.2026.4.03.6181",
                "Processo nº 5012345-67.2026.4.03.6181",
                "Ofício nº 2187/2026",
                "2026.0041877-DRCC/SR/PF/SP",
            ),
            "issuing_court": any_of(None, "2ª Vara Criminal Federal de São Paulo"),
        },
        "pf.gov.br",
    )


def france_gendarmerie() -> Message:
    date = when(2026, 10, 9, 10, 58, 31, 2)
    text = """\
GENDARMERIE NATIONALE
Région de gendarmerie Auvergne-Rhône-Alpes
Groupement de gendarmerie départementale du Rhône
Brigade de recherches de Lyon

PV n° 02187/2026 - Procédure n° 02187/2026/BR-LYON

RÉQUISITION JUDICIAIRE
(articles 60-1 et 77-1-1 du Code de procédure pénale)

Nous, Adjudant-chef Sébastien MARCHETTI, officier de police judiciaire en résidence à Lyon,
agissant en enquête préliminaire sur instructions de M. le Procureur de la République près le
tribunal judiciaire de Lyon, pour des faits de harcèlement moral par un moyen de communication
électronique (article 222-33-2-2 du Code pénal),

Prions et, au besoin, requérons la société destinataire de bien vouloir nous communiquer, pour le
compte utilisateur associé à l'adresse électronique m.durand.lyon@example.com :

  - l'identité déclarée (nom, prénom), le numéro de téléphone et les adresses électroniques
    renseignés lors de l'inscription ;
  - l'adresse IP de création du compte ;
  - les adresses IP de connexion, avec date et heure, pour la période du 1er septembre 2026 au
    8 octobre 2026.

Réponse souhaitée avant le 23 octobre 2026, par retour de courriel.

Nous vous remercions de ne pas informer le titulaire du compte de la présente réquisition.

Fait à Lyon, le 9 octobre 2026.

L'officier de police judiciaire,
Adjudant-chef Sébastien Marchetti
Brigade de recherches de Lyon
Tél. : +33 4 55 55 01 27
"""
    return Message(
        "021-france-gendarmerie-requisition",
        "French Gendarmerie 'réquisition judiciaire' (CPP art. 60-1 / 77-1-1), in French, for an account named "
        "by e-mail address: identity, creation IP and connection logs; asks not to inform the holder.",
        "fr",
        "FR",
        ("plain_text",),
        "REVIEW",
        build(
            "021",
            sender="BR Lyon <br.lyon@gendarmerie.interieur.gouv.fr>",
            subject="Réquisition judiciaire - PV 02187/2026",
            date=date,
            message_id="<req-02187-2026.br-lyon@gendarmerie.interieur.gouv.fr>",
            text=text,
            dkim_domain="gendarmerie.interieur.gouv.fr",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "articles 60-1 et 77-1-1 du Code de procédure pénale",
                "article 60-1 du Code de procédure pénale",
                "art. 60-1 CPP",
            ),
            "requester.name": any_of(
                "Gendarmerie nationale",
                "Brigade de recherches de Lyon",
                "Gendarmerie nationale - Brigade de recherches de Lyon",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "FR",
            "requester.email": "br.lyon@gendarmerie.interieur.gouv.fr",
            "requester.verified": True,
            "requester.signer": "Sébastien Marchetti",
            "requester.signer_title": any_of("Adjudant-chef", "officier de police judiciaire"),
            "targets": ["m.durand.lyon@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "harcèlement moral",
            "date_range": {"start": "2026-09-01", "end": "2026-10-08"},
            "served_at": served(date),
            "return_by": "2026-10-23T17:00:00+02:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("PV n° 02187/2026", "02187/2026", "02187/2026/BR-LYON"),
        },
        "gendarmerie.interieur.gouv.fr",
    )


def germany_lka_html() -> Message:
    date = when(2026, 10, 27, 14, 5, 0, 1)
    html = """\
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>im Rahmen eines Ermittlungsverfahrens der Staatsanwaltschaft Hannover bitten wir um Auskunft zu dem unten
genannten Nutzerkonto. Die Angaben im Einzelnen:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Aktenzeichen</td><td>LKA NI 3.4-0417/26 (StA Hannover 1251 Js 40877/26)</td></tr>
<tr><td>Tatvorwurf</td><td>Computerbetrug (&sect; 263a StGB)</td></tr>
<tr><td>Betroffenes Konto</td><td>@heide_handel</td></tr>
<tr><td>Angefragte Daten</td><td>Bestandsdaten (Name, Anschrift, E-Mail-Adresse, Telefonnummer);
IP-Adressen der Registrierung sowie s&auml;mtlicher Anmeldungen mit Zeitstempel</td></tr>
<tr><td>Zeitraum</td><td>01.09.2026 &ndash; 25.10.2026</td></tr>
<tr><td>Rechtsgrundlage</td><td>&sect;&sect; 100j, 163 StPO</td></tr>
<tr><td>Antwort erbeten bis</td><td>13.11.2026</td></tr>
</table>
<p>Wir bitten darum, den Kontoinhaber &uuml;ber diese Anfrage nicht zu informieren, da sonst der
Ermittlungserfolg gef&auml;hrdet w&auml;re.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>
Im Auftrag<br>
Jonas Riedm&uuml;ller<br>
Kriminalhauptkommissar<br>
Landeskriminalamt Niedersachsen<br>
Dezernat 34 &ndash; Cybercrime<br>
Am Waterlooplatz 11, 30169 Hannover<br>
Tel.: +49 511 555 0134</p>
</body></html>
"""
    return Message(
        "022-germany-lka-html-table",
        "Lower Saxony criminal police (LKA) request in German, HTML only with a table: subscriber data and "
        "login IPs for an @handle for a period (dates as DD.MM.YYYY); asks not to inform the user.",
        "de",
        "DE",
        ("html_only", "html_table"),
        "REVIEW",
        build(
            "022",
            sender='"Riedmüller, Jonas (LKA NI)" <jonas.riedmueller@lka.polizei.niedersachsen.de>',
            subject="Auskunftsersuchen LKA NI 3.4-0417/26 - Konto @heide_handel",
            date=date,
            message_id="<lkani-34-0417-26.3f1@lka.polizei.niedersachsen.de>",
            html=html,
            dkim_domain="lka.polizei.niedersachsen.de",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "§§ 100j, 163 StPO", "§ 100j StPO"),
            "requester.name": any_of("Landeskriminalamt Niedersachsen", "LKA Niedersachsen", "Polizei Niedersachsen"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DE",
            "requester.email": "jonas.riedmueller@lka.polizei.niedersachsen.de",
            "requester.verified": True,
            "requester.signer": "Jonas Riedmüller",
            "requester.signer_title": "Kriminalhauptkommissar",
            "targets": ["heide_handel"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "Computerbetrug",
            "date_range": {"start": "2026-09-01", "end": "2026-10-25"},
            "served_at": served(date),
            "return_by": "2026-11-13T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of(
                "LKA NI 3.4-0417/26", "1251 Js 40877/26", "LKA NI 3.4-0417/26 (StA Hannover 1251 Js 40877/26)"
            ),
        },
        "lka.polizei.niedersachsen.de",
    )


MESSAGES = (spain_policia_nacional, brazil_policia_federal_pdf, france_gendarmerie, germany_lka_html)

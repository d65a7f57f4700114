"""Foreign requests (Spanish, French, Portuguese, Italian, German and English from non-US bodies). Sender
domains are those bodies' public domains, from general knowledge; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout5._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def ecuador_fiscalia_oficio_pdf() -> Message:
    date = when(2026, 11, 11, 10, 22, 0, -5)
    oficio = """\
FISCALÍA GENERAL DEL ESTADO - ECUADOR
Fiscalía Especializada en Delincuencia Organizada, Transnacional e Internacional (FEDOTI) N.º 3, Guayaquil

Oficio N.º FGE-FEDOTI3-2026-004417-O                     Guayaquil, 10 de noviembre de 2026

Señores
SOCIAL EXAMPLE, INC. - Departamento Legal

Dentro de la investigación previa N.º 090101826110233 por el presunto delito de extorsión (art. 185 del
Código Orgánico Integral Penal), solicito de manera comedida se sirvan remitir, respecto de la cuenta
https://social.example.com/vacunadores.gye :

  a) datos de registro: nombres, correo electrónico y número telefónico asociados;
  b) fecha de creación y direcciones IP de conexión entre el 01/09/2026 y el 31/10/2026.

La información será tratada con reserva (art. 584 COIP). Se solicita respuesta en el término de ocho (8)
días.

Atentamente,
Ab. Gabriela Mendoza Villacrés
FISCAL DE LO PENAL DEL GUAYAS
"""
    return make(
        "025-ecuador-fiscalia-oficio-pdf",
        "Ecuador's Fiscalía (FEDOTI Guayaquil) oficio in a PDF: registration data and connection IPs 01/09-31/10/2026 "
        "of a profile URL for an extortion investigation; reserva; reply within eight days.",
        "es",
        "EC",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "art. 185 del Código Orgánico Integral Penal", "art. 584 COIP"),
            "requester.name": any_of(
                "Fiscalía General del Estado",
                "Fiscalía General del Estado - Ecuador",
                "Fiscalía Especializada en Delincuencia Organizada, Transnacional e Internacional (FEDOTI) N.º 3",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "EC",
            "requester.email": "mendozag@fiscalia.gob.ec",
            "requester.verified": True,
            "requester.signer": "Gabriela Mendoza Villacrés",
            "requester.signer_title": any_of(
                "Fiscal de lo Penal del Guayas", "FISCAL DE LO PENAL DEL GUAYAS", "Fiscal"
            ),
            "targets": any_of(["https://social.example.com/vacunadores.gye"], ["vacunadores.gye"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("extorsión", "extorsion"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-19T17:00:00-05:00", "2026-11-23T17:00:00-05:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "mechanism": "NONE",
            "case_number": any_of("090101826110233", "FGE-FEDOTI3-2026-004417-O"),
        },
        sender="Mendoza Villacres Gabriela <mendozag@fiscalia.gob.ec>",
        subject="Oficio N.º FGE-FEDOTI3-2026-004417-O",
        date=date,
        message_id="<FGE-4417-1111@fiscalia.gob.ec>",
        text="Buenos días, adjunto oficio para su atención. Saludos cordiales.\n\nAb. Gabriela Mendoza Villacrés\n",
        attachments=[(pdf(oficio), "application", "pdf", "Oficio_004417.pdf")],
        dkim="fiscalia.gob.ec",
    )


def dominican_republic_policia_html() -> Message:
    date = when(2026, 11, 19, 15, 10, 0, -4)
    html = """\
<html><body>
<p><b>POLICÍA NACIONAL - REPÚBLICA DOMINICANA</b><br>Departamento de Investigación de Crímenes y Delitos de Alta
Tecnología (DICAT)</p>
<p>Santo Domingo, D.N., 19 de noviembre del 2026 &nbsp; Ref.: DICAT-2026-2291</p>
<p>Muy respetuosamente, solicitamos su colaboración voluntaria en relación con una denuncia por difamación e
injuria cometidas a través de medios electrónicos (Ley 53-07):</p>
<table border="1" cellpadding="3">
<tr><td>Cuenta</td><td>@chismes_rd_oficial</td></tr>
<tr><td>Teléfono vinculado</td><td>+1 809 555 0144</td></tr>
<tr><td>Información solicitada</td><td>Datos del suscriptor, correo, teléfono, IP de creación y los mensajes directos
enviados a la víctima</td></tr>
<tr><td>Plazo</td><td>Quince (15) días calendario</td></tr>
</table>
<p>Atentamente,<br>Coronel Ramón E. Feliz Almonte, P.N.<br>Director DICAT</p>
</body></html>
"""
    return make(
        "026-dominican-republic-policia-html",
        "Dominican Republic National Police (DICAT) voluntary request in an HTML table: subscriber data and the DMs "
        "sent to the victim by an @handle with a +1 809 phone; defamation (Ley 53-07); 15 calendar days; asks for "
        "content without any agreement.",
        "es",
        "DO",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Ley 53-07"),
            "requester.name": any_of(
                "Policía Nacional - República Dominicana",
                "Policía Nacional",
                "DICAT",
                "Departamento de Investigación de Crímenes y Delitos de Alta Tecnología (DICAT)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "DO",
            "requester.email": "dicat@policianacional.gob.do",
            "requester.verified": True,
            "requester.signer": "Ramón E. Feliz Almonte",
            "requester.signer_title": any_of("Coronel", "Director DICAT", "Coronel, Director DICAT"),
            "targets": any_of(
                ["chismes_rd_oficial"],
                ["chismes_rd_oficial", "+18095550144"],
                ["chismes_rd_oficial", "+1 809 555 0144"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("difamación e injuria", "difamación", "difamacion"),
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-04T17:00:00-04:00", "2026-12-04T23:59:59-04:00"),
            "mechanism": "NONE",
            "case_number": any_of("DICAT-2026-2291", "Ref.: DICAT-2026-2291"),
        },
        sender="DICAT Policía Nacional <dicat@policianacional.gob.do>",
        subject="Solicitud de colaboración Ref. DICAT-2026-2291",
        date=date,
        message_id="<dicat-2291@policianacional.gob.do>",
        html=html,
        dkim="policianacional.gob.do",
    )


def monaco_surete_publique() -> Message:
    date = when(2026, 11, 9, 11, 5, 0, 1)
    text = """\
Madame, Monsieur,

Dans le cadre d'une enquête préliminaire diligentée sous l'autorité de M. le Procureur Général de la Principauté
de Monaco pour des faits d'escroquerie (article 330 du Code pénal monégasque), la Direction de la Sûreté
Publique vous serait reconnaissante de bien vouloir lui communiquer, à titre volontaire, les données
d'identification du compte « riviera.yachting.vip » (adresse électronique, numéro de téléphone, date de
création, adresse IP de création) ainsi que l'historique des connexions (adresses IP, dates et heures) du
1er octobre 2026 au 8 novembre 2026.

Nous vous remercions de ne pas informer le titulaire du compte. Une réponse avant le 30 novembre 2026 serait
appréciée.

Référence : DSP/DPJ/2026/1563

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Capitaine de Police Élodie Marchetti-Gastaud
Division de Police Judiciaire - Section des Nouvelles Technologies
Direction de la Sûreté Publique, Monaco
"""
    return make(
        "027-monaco-surete-publique",
        "Monaco's Direction de la Sûreté Publique (fr) voluntary request under a prosecutor-led preliminary inquiry "
        "(fraud): identification data and connection logs 1er octobre-8 novembre 2026 of a user name; do not "
        "notify; reply before 30 novembre 2026.",
        "fr",
        "MC",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "article 330 du Code pénal monégasque"),
            "requester.name": any_of(
                "Direction de la Sûreté Publique",
                "Direction de la Sûreté Publique, Monaco",
                "Division de Police Judiciaire - Section des Nouvelles Technologies",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MC",
            "requester.email": "emarchetti-gastaud@gouv.mc",
            "requester.verified": True,
            "requester.signer": "Élodie Marchetti-Gastaud",
            "requester.signer_title": any_of("Capitaine de Police", "Capitaine"),
            "targets": ["riviera.yachting.vip"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("escroquerie", "faits d'escroquerie"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-08"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-30T17:00:00+01:00", "2026-11-29T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("DSP/DPJ/2026/1563", "Référence : DSP/DPJ/2026/1563"),
        },
        sender="Marchetti-Gastaud Elodie <emarchetti-gastaud@gouv.mc>",
        subject="Réquisition - demande d'informations - DSP/DPJ/2026/1563",
        date=date,
        message_id="<DSP-1563-0911@gouv.mc>",
        text=text,
        dkim="gouv.mc",
    )


MOROCCO_SCAN = """\
# ROYAUME DU MAROC
# DIRECTION GÉNÉRALE DE LA SÛRETÉ NATIONALE
# Préfecture de Police de Casablanca - Brigade de lutte contre la criminalité informatique

Casablanca, le 24/11/2026                          N° 4718/BLCI/2026

Objet : Demande de données relatives à un compte

Dans le cadre de l'enquête ouverte sur instructions de Monsieur le Procureur du Roi près le Tribunal de
première instance de Casablanca, pour chantage à caractère sexuel (sextorsion), nous avons l'honneur de
vous prier de nous communiquer les informations suivantes concernant le compte rattaché au numéro
+212 6 55 50 01 62 (nom d'utilisateur : simo_casa_212) :

- identité déclarée, adresse électronique et date de création du compte ;
- adresses IP de connexion entre le 01/10/2026 et le 20/11/2026 ;
- contenu des messages échangés avec la victime.

Délai de réponse : sept (7) jours.

Le Commissaire Principal Youssef El Amrani-Bennani
"""


def morocco_dgsn_scan() -> Message:
    date = when(2026, 11, 24, 16, 30, 0, 1)
    return make(
        "028-morocco-dgsn-scan",
        "Morocco's DGSN (Casablanca cybercrime brigade) letter as an image-only scan (fr): identity, connection IPs "
        "01/10-20/11/2026 and messages with the victim for a user name and +212 phone; sextortion; seven days; "
        "asks for content without an agreement.",
        "fr",
        "MA",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Direction Générale de la Sûreté Nationale",
                "DGSN",
                "Préfecture de Police de Casablanca",
                "Brigade de lutte contre la criminalité informatique",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MA",
            "requester.email": "blci.casablanca@dgsn.gov.ma",
            "requester.verified": True,
            "requester.signer": "Youssef El Amrani-Bennani",
            "requester.signer_title": any_of("Commissaire Principal", "Le Commissaire Principal"),
            "targets": any_of(
                ["simo_casa_212", "+212655500162"], ["simo_casa_212", "+212 6 55 50 01 62"], ["simo_casa_212"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("chantage à caractère sexuel", "sextorsion"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-01T17:00:00+01:00", "2026-12-01T23:59:59+01:00"),
            "mechanism": "NONE",
            "case_number": any_of("4718/BLCI/2026", "N° 4718/BLCI/2026"),
        },
        sender="BLCI Casablanca <blci.casablanca@dgsn.gov.ma>",
        subject="Demande N° 4718/BLCI/2026",
        date=date,
        message_id="<blci-4718@dgsn.gov.ma>",
        text="Bonjour,\nVeuillez trouver ci-joint notre demande.\nCordialement,\nBLCI Casablanca\n",
        attachments=[(scan([MOROCCO_SCAN], skew=-0.6, noise=0.0005, seed=53), "application", "pdf", "4718-BLCI.pdf")],
        dkim="dgsn.gov.ma",
    )


def mozambique_sernic_docx() -> Message:
    date = when(2026, 11, 13, 9, 40, 0, 2)
    document = docx_file(
        [
            ("h", "REPÚBLICA DE MOÇAMBIQUE - SERVIÇO NACIONAL DE INVESTIGAÇÃO CRIMINAL (SERNIC)"),
            ("p", "Direcção Provincial da Cidade de Maputo - Brigada de Crimes Informáticos"),
            ("p", "Ofício n.º 0912/SERNIC-CM/2026                    Maputo, aos 12 de Novembro de 2026"),
            ("p", "Assunto: Pedido de informações - burla informática"),
            (
                "p",
                "No âmbito do processo-crime n.º 1187/SERNIC/2026, solicitamos a V. Exas. a colaboração no sentido "
                "de nos fornecerem os dados de registo (nome, e-mail, telefone, data de criação) e os registos de "
                "acesso (endereços IP) da conta abaixo, no período de 1 de Agosto a 31 de Outubro de 2026:",
            ),
            ("t", "Conta|https://social.example.com/maputo.invest.mz"),
            ("t", "Telefone associado|+258 84 555 0191"),
            ("p", "Agradecemos resposta no prazo de 10 (dez) dias."),
            ("p", "O Director Provincial, Inspector-Chefe Américo Nhantumbo Sitoe"),
        ],
        author="SERNIC",
    )
    return make(
        "029-mozambique-sernic-docx",
        "Mozambique's SERNIC (Maputo) ofício as .docx (pt): registration data and access IPs 1 Aug-31 Oct 2026 of a "
        "profile URL with a +258 phone; computer fraud; 10 days.",
        "pt",
        "MZ",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Serviço Nacional de Investigação Criminal",
                "SERNIC",
                "Serviço Nacional de Investigação Criminal (SERNIC)",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "MZ",
            "requester.email": "crimes.informaticos.cm@sernic.gov.mz",
            "requester.verified": True,
            "requester.signer": "Américo Nhantumbo Sitoe",
            "requester.signer_title": any_of("Inspector-Chefe", "Director Provincial", "O Director Provincial"),
            "targets": any_of(
                ["https://social.example.com/maputo.invest.mz"],
                ["maputo.invest.mz"],
                ["https://social.example.com/maputo.invest.mz", "+258845550191"],
                ["maputo.invest.mz", "+258845550191"],
                ["https://social.example.com/maputo.invest.mz", "+258 84 555 0191"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("burla informática", "burla informatica"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-23T17:00:00+02:00", "2026-11-23T23:59:59+02:00"),
            "mechanism": "NONE",
            "case_number": any_of("1187/SERNIC/2026", "0912/SERNIC-CM/2026"),
        },
        sender="Brigada de Crimes Informaticos <crimes.informaticos.cm@sernic.gov.mz>",
        subject="Ofício n.º 0912/SERNIC-CM/2026",
        date=date,
        message_id="<sernic-0912@sernic.gov.mz>",
        text="Exmos. Senhores,\nSegue em anexo o nosso ofício.\nMelhores cumprimentos\n",
        attachments=[(document, "application", DOCX, "Oficio_0912.docx")],
        dkim="sernic.gov.mz",
    )


def san_marino_gendarmeria_odt() -> Message:
    date = when(2026, 10, 28, 12, 15, 0, 1)
    document = odt(
        [
            "REPUBBLICA DI SAN MARINO - CORPO DELLA GENDARMERIA",
            "Nucleo Antifrode e Reati Informatici",
            "Prot. n. 2026/GEN/3340                               San Marino, 27 ottobre 2026",
            "Oggetto: richiesta di dati relativi all'utente «titano_trader»",
            "Su delega del Commissario della Legge Inquirente, nell'ambito del procedimento penale n. 811/2026 "
            "RNR per truffa aggravata, si chiede di voler fornire: dati anagrafici, indirizzo e-mail e numero di "
            "telefono associati all'utenza; indirizzi IP di registrazione e di accesso dal 1° settembre 2026 al "
            "25 ottobre 2026.",
            "Si prega di non dare notizia della presente all'intestatario. Riscontro gradito entro il 20 novembre 2026.",
            "Il Comandante del Nucleo, Tenente Lorenzo Giardi-Belluzzi",
        ],
        heading="Richiesta dati",
    )
    return make(
        "030-san-marino-gendarmeria-odt",
        "San Marino's Gendarmeria (it) request as .odt, delegated by the investigating magistrate: identity and "
        "access IPs 1 Sep-25 Oct 2026 of a user name; aggravated fraud; do not notify; by 20 novembre 2026.",
        "it",
        "SM",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Corpo della Gendarmeria",
                "Gendarmeria della Repubblica di San Marino",
                "Nucleo Antifrode e Reati Informatici",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "SM",
            "requester.email": "nucleo.antifrode@gendarmeria.sm",
            "requester.verified": True,
            "requester.signer": "Lorenzo Giardi-Belluzzi",
            "requester.signer_title": any_of("Tenente", "Il Comandante del Nucleo", "Comandante del Nucleo"),
            "targets": ["titano_trader"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("truffa aggravata", "truffa"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-25"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-20T17:00:00+01:00", "2026-11-20T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "mechanism": "NONE",
            "case_number": any_of("811/2026 RNR", "2026/GEN/3340", "Prot. n. 2026/GEN/3340"),
        },
        sender="Nucleo Antifrode Gendarmeria <nucleo.antifrode@gendarmeria.sm>",
        subject="Prot. n. 2026/GEN/3340 - richiesta dati",
        date=date,
        message_id="<gen-3340@gendarmeria.sm>",
        text="Buongiorno,\nsi trasmette in allegato la richiesta in oggetto.\nCordiali saluti\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "Prot_3340.odt")],
        dkim="gendarmeria.sm",
    )


def bozen_staatsanwaltschaft_german() -> Message:
    date = when(2026, 11, 17, 14, 2, 0, 1)
    text = """\
Sehr geehrte Damen und Herren,

die Staatsanwaltschaft beim Landesgericht Bozen führt ein Ermittlungsverfahren (Str.V. Nr. 4412/26 R.G.N.R.)
wegen Stalking (Art. 612-bis Strafgesetzbuch) gegen Unbekannt.

Mit Dekret vom 16.11.2026 ordnet die Staatsanwältin gemäß Art. 132 GvD 196/2003 die Erhebung folgender Daten
zum Benutzerkonto "dolomiten_schatten" an:

  1. Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Erstellungsdatum);
  2. IP-Adressen der Anmeldungen vom 1. September 2026 bis 15. November 2026.

Wir bitten um Übermittlung binnen 20 Tagen und um Geheimhaltung gegenüber dem Kontoinhaber.

Mit freundlichen Grüßen
Dr. Verena Oberhofer-Campi
Staatsanwältin, Staatsanwaltschaft beim Landesgericht Bozen
"""
    return make(
        "031-bozen-staatsanwaltschaft-german",
        "A public prosecutor at the Bozen/Bolzano court (Italy, German-language South Tyrol) asks, under her decree "
        "per Art. 132 GvD 196/2003, for subscriber data and log-in IPs 1 Sep-15 Nov 2026 of a user name; stalking; "
        "20 days; secrecy.",
        "de",
        "IT",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Art. 132 GvD 196/2003", "Art. 612-bis Strafgesetzbuch"),
            "requester.name": any_of(
                "Staatsanwaltschaft beim Landesgericht Bozen", "Procura della Repubblica presso il Tribunale di Bolzano"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "verena.oberhofercampi@giustizia.it",
            "requester.verified": True,
            "requester.signer": any_of("Verena Oberhofer-Campi", "Dr. Verena Oberhofer-Campi"),
            "requester.signer_title": "Staatsanwältin",
            "targets": ["dolomiten_schatten"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "Stalking",
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-07T17:00:00+01:00", "2026-12-07T23:59:59+01:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
            "mechanism": "NONE",
            "case_number": any_of("4412/26 R.G.N.R.", "Str.V. Nr. 4412/26 R.G.N.R."),
        },
        sender="Oberhofer-Campi Verena <verena.oberhofercampi@giustizia.it>",
        subject="Ermittlungsverfahren 4412/26 R.G.N.R. - Datenanforderung",
        date=date,
        message_id="<procura-bz-4412@giustizia.it>",
        text=text,
        dkim="giustizia.it",
    )


def kenya_dci_internal_forward() -> Message:
    date = when(2026, 11, 26, 8, 50, 0, 3)
    text = """\
Hi Legal, a DCI officer handed this to me at a stakeholder meeting in Nairobi and asked me to pass it on.
I've typed it out below - the original is on paper with a stamp.

Wanjiru Kamau-Otieno | Public Policy Manager, East Africa | Social Example

----- typed copy -----
DIRECTORATE OF CRIMINAL INVESTIGATIONS, KENYA - Cyber Crime Unit
Ref: DCI/CCU/2026/7710                     25th November 2026

Request for information - Computer Misuse and Cybercrimes Act, 2018, s. 27 (cyber harassment)

Kindly provide the registration details (name, e-mail, telephone), account creation date and log-in IP
addresses from 1st October 2026 to date for the account @nairobi_exposed_ke and the account registered to
+254 712 555 019. Response within fourteen (14) days.

CPL. Daniel Kiprono Mutua
For: Director of Criminal Investigations
"""
    return make(
        "032-kenya-dci-internal-forward",
        "The platform's own East Africa policy manager types out and forwards (unsigned internal mail) a Kenyan DCI "
        "request handed over on paper: identity and log-in IPs of an @handle and a +254 phone from 1st October "
        "2026; 14 days; unverified.",
        "en",
        "KE",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Computer Misuse and Cybercrimes Act, 2018, s. 27"),
            "requester.name": any_of(
                "Directorate of Criminal Investigations", "Directorate of Criminal Investigations, Kenya", "DCI"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "KE",
            "requester.email": None,
            "requester.verified": False,
            "requester.signer": "Daniel Kiprono Mutua",
            "requester.signer_title": any_of("CPL.", "Corporal"),
            "targets": any_of(
                ["nairobi_exposed_ke", "+254712555019"],
                ["nairobi_exposed_ke", "+254 712 555 019"],
                ["nairobi_exposed_ke"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("cyber harassment", None),
            "date_range": any_of(
                None, {"start": "2026-10-01", "end": "2026-11-25"}, {"start": "2026-10-01", "end": "2026-11-26"}
            ),
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-10T17:00:00+03:00", "2026-12-09T17:00:00+03:00"),
            "mechanism": "NONE",
            "case_number": "DCI/CCU/2026/7710",
        },
        sender="Wanjiru Kamau-Otieno <wkamau@social.example.com>",
        subject="Fwd: DCI request (paper copy typed)",
        date=date,
        message_id="<CAW-ke-1126@social.example.com>",
        text=text,
    )


def south_africa_saps_s205_pdf() -> Message:
    date = when(2026, 11, 20, 13, 25, 0, 2)
    subpoena = """\
IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF JOHANNESBURG, HELD AT JOHANNESBURG

SUBPOENA IN TERMS OF SECTION 205 OF THE CRIMINAL PROCEDURE ACT, 51 OF 1977

To: The Custodian of Records, Social Example, Inc.

WHEREAS the Director of Public Prosecutions has requested that you furnish information in connection with
Johannesburg Central CAS 1214/10/2026 (fraud), YOU ARE HEREBY SUMMONED to furnish to Warrant Officer Thandeka
Mokoena-Dlamini, SAPS Cybercrime Investigations, on or before 11 December 2026, the following:

  (a) subscriber details of the account with the user name jozi_forex_master and the mobile number
      +27 82 555 0173 linked to it;
  (b) the IP addresses used to access the account for the period 2026-07-01 to 2026-10-31.

Signed at JOHANNESBURG on this 18th day of November 2026.
N. P. Sithole-Venter, MAGISTRATE
"""
    return make(
        "033-south-africa-saps-s205-pdf",
        "South African Police Service serves a magistrate's s. 205 Criminal Procedure Act subpoena (PDF) for "
        "subscriber data and IPs 2026-07-01..2026-10-31 of a user name and +27 phone; fraud; by 11 December 2026. "
        "Not enforceable in the US without MLAT.",
        "en",
        "ZA",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of("Section 205 of the Criminal Procedure Act, 51 of 1977", "s. 205 Criminal Procedure Act"),
            "requester.name": any_of("South African Police Service", "SAPS", "SAPS Cybercrime Investigations"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "ZA",
            "requester.email": "mokoenadlaminit@saps.gov.za",
            "requester.verified": True,
            "requester.signer": any_of("Thandeka Mokoena-Dlamini", "N. P. Sithole-Venter"),
            "requester.signer_title": any_of("Warrant Officer", "Magistrate", "MAGISTRATE"),
            "targets": any_of(
                ["jozi_forex_master", "+27825550173"], ["jozi_forex_master", "+27 82 555 0173"], ["jozi_forex_master"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "fraud",
            "date_range": {"start": "2026-07-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-12-11T17:00:00+02:00", "2026-12-11T23:59:59+02:00"),
            "mechanism": any_of("NONE", "MLAT"),
            "case_number": any_of("CAS 1214/10/2026", "Johannesburg Central CAS 1214/10/2026"),
            "issuing_court": any_of(
                "Magistrate's Court for the District of Johannesburg", "Johannesburg Magistrate's Court"
            ),
        },
        sender="Mokoena-Dlamini Thandeka <mokoenadlaminit@saps.gov.za>",
        subject="Section 205 subpoena - CAS 1214/10/2026",
        date=date,
        message_id="<saps-cyber-1214@saps.gov.za>",
        text="Good day,\n\nPlease find attached a Section 205 subpoena for your attention.\n\n"
        "W/O T. Mokoena-Dlamini\nSAPS Cybercrime Investigations, Johannesburg\n",
        attachments=[(pdf(subpoena), "application", "pdf", "S205 CAS1214-10-2026.pdf")],
        dkim="saps.gov.za",
    )


def philippines_nbi_emergency() -> Message:
    date = when(2026, 12, 2, 1, 48, 0, 8)
    text = """\
URGENT - EMERGENCY DISCLOSURE REQUEST

National Bureau of Investigation, Cybercrime Division, Manila, Philippines
Ref: NBI-CCD-EDR-2026-0388

A 12-year-old child is being sexually abused on a paid live stream offered by the account "pinoy_vip_live"
(https://social.example.com/pinoy_vip_live). The stream is scheduled again tonight at 22:00 Manila time and
we believe the child is in immediate danger. We respectfully request, on an emergency basis, the subscriber
information, the IP addresses used in the last 7 days and any location information for the account, so that
our team can locate and rescue the child.

Atty. Maricel D. Santos-Villaruel
Agent, Cybercrime Division, NBI
Mobile +63 917 555 0120 (24/7)
"""
    return make(
        "034-philippines-nbi-emergency",
        "Philippine NBI Cybercrime Division emergency request at 01:48: a 12-year-old abused on a paid live stream "
        "tonight; subscriber data, 7 days of IPs and location for a user name / profile URL.",
        "en",
        "PH",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": any_of("EMERGENCY_REQUEST", "FOREIGN_REQUEST"),
            "requester.name": any_of(
                "National Bureau of Investigation", "National Bureau of Investigation, Cybercrime Division", "NBI"
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "PH",
            "requester.email": "ccd.edr@nbi.gov.ph",
            "requester.verified": True,
            "requester.signer": "Maricel D. Santos-Villaruel",
            "requester.signer_title": any_of("Agent", "Atty.", "Agent, Cybercrime Division"),
            "targets": any_of(["pinoy_vip_live"], ["pinoy_vip_live", "https://social.example.com/pinoy_vip_live"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "child sexual abuse", "sexually abused on a paid live stream"),
            "date_range": any_of(None, {"start": "2026-11-25", "end": "2026-12-02"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "12-year-old"},
            "mechanism": any_of("NONE", None),
            "case_number": any_of("NBI-CCD-EDR-2026-0388", None),
        },
        sender="NBI Cybercrime Division <ccd.edr@nbi.gov.ph>",
        subject="URGENT EDR - child in danger - NBI-CCD-EDR-2026-0388",
        date=date,
        message_id="<nbi-ccd-0388@nbi.gov.ph>",
        text=text,
        dkim="nbi.gov.ph",
    )


MESSAGES = [
    ecuador_fiscalia_oficio_pdf,
    dominican_republic_policia_html,
    monaco_surete_publique,
    morocco_dgsn_scan,
    mozambique_sernic_docx,
    san_marino_gendarmeria_odt,
    bozen_staatsanwaltschaft_german,
    kenya_dci_internal_forward,
    south_africa_saps_s205_pdf,
    philippines_nbi_emergency,
]

"""Foreign requests: Italian (scanned), United Kingdom (forwarded), Canada, Australia (CLOUD Act agreement)."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, scan, served, when
from tests.corpus.pdf import text_pdf

IT_SCAN = [
    """\
# POLIZIA DI STATO
# Polizia Postale e delle Comunicazioni
# Centro Operativo per la Sicurezza Cibernetica "Toscana" - Firenze

Prot. n. 0031457/COSC-FI/2026                         Firenze, 4 novembre 2026

Proc. pen. n. 4412/2026 R.G.N.R.
Procura della Repubblica presso il Tribunale di Firenze

OGGETTO: Richiesta di dati relativi a un account utente.

Nell'ambito del procedimento penale sopra indicato, relativo al reato di
sostituzione di persona (art. 494 c.p.), su delega del Pubblico Ministero,
si chiede a codesta Società di voler fornire, in relazione all'account
denominato "firenze_affari", i seguenti dati:

  1) dati anagrafici e di registrazione (nome, indirizzo e-mail, numero di
     telefono, data di creazione dell'account);
  2) indirizzo IP utilizzato per la registrazione;
  3) indirizzi IP di accesso, con data e ora, dal 1° ottobre 2026 al
     31 ottobre 2026.

Si prega di trasmettere quanto richiesto entro il 20 novembre 2026 all'indirizzo
di posta elettronica cosc.fi@poliziadistato.it.

Si chiede di non informare l'utente della presente richiesta.

                                            IL DIRIGENTE
                                     Primo Dirigente della Polizia di Stato
                                            Dott. Paolo Venturini
""",
]


def italy_polizia_postale_scan() -> Message:
    date = when(2026, 11, 5, 11, 22, 40, 1)
    text = """\
Buongiorno,

si trasmette in allegato la richiesta di dati relativa al procedimento penale n. 4412/2026 R.G.N.R.
Si resta in attesa di cortese riscontro.

Cordiali saluti

Vice Ispettore Chiara Bellandi
Centro Operativo per la Sicurezza Cibernetica "Toscana"
Polizia Postale e delle Comunicazioni - Firenze
"""
    return Message(
        "023-italy-polizia-postale-scan",
        "Italian Postal Police request as an image-only scan (200 dpi, fax-like) in Italian: registration data "
        "and access IPs for a bare username for October 2026; asks not to inform the user.",
        "it",
        "IT",
        ("pdf_scan", "plain_text"),
        "REVIEW",
        build(
            "023",
            sender='"COSC Firenze" <cosc.fi@poliziadistato.it>',
            subject="Proc. pen. n. 4412/2026 R.G.N.R. - richiesta dati",
            date=date,
            message_id="<cosc-fi-0031457-2026@poliziadistato.it>",
            text=text,
            attachments=[
                (
                    scan(IT_SCAN, dpi=200, skew=-0.5, noise=0.0008, seed=23, font="DejaVuSerif.ttf", size_pt=11),
                    "application",
                    "pdf",
                    "richiesta_0031457.pdf",
                )
            ],
            dkim_domain="poliziadistato.it",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of(
                "Polizia Postale e delle Comunicazioni",
                "Polizia di Stato",
                "Centro Operativo per la Sicurezza Cibernetica Toscana",
            ),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "IT",
            "requester.email": "cosc.fi@poliziadistato.it",
            "requester.verified": True,
            "requester.signer": any_of("Paolo Venturini", "Chiara Bellandi"),
            "requester.signer_title": any_of(
                "Primo Dirigente della Polizia di Stato", "Il Dirigente", "Vice Ispettore"
            ),
            "targets": ["firenze_affari"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "sostituzione di persona",
            "date_range": {"start": "2026-10-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-11-20T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of(
                "4412/2026 R.G.N.R.", "4412/2026", "Proc. pen. n. 4412/2026 R.G.N.R.", "0031457/COSC-FI/2026"
            ),
            "issuing_court": any_of(None, "Procura della Repubblica presso il Tribunale di Firenze"),
        },
        "poliziadistato.it",
    )


def uk_gmp_forwarded() -> Message:
    original = when(2026, 9, 14, 17, 41, 8, 1)
    date = when(2026, 9, 15, 9, 3, 55, 1)
    text = f"""\
Morning,

Hannah sent this yesterday to the old law enforcement address we had on file for you. Forwarding
it to the right mailbox. Any queries to me please, Hannah is on rest days until Friday.

Kind regards

DS 4471 Imran Qureshi
Cyber & Digital Investigations Unit
Greater Manchester Police
Tel: 0161 555 0142

-----Original Message-----
From: Ashworth, Hannah <hannah.ashworth@gmp.police.uk>
Sent: {original}
To: lawenforcement@dueprocess.example
Subject: Communications data request - mcr_lad_1999 - OCDA/26/118872

OFFICIAL-SENSITIVE

Dear Sir/Madam,

Request for disclosure of communications data - Investigatory Powers Act 2016, Part 3

Greater Manchester Police is investigating a series of malicious communications sent to a
local councillor (Malicious Communications Act 1988, s.1). The acquisition of communications
data below has been authorised by the Office for Communications Data Authorisations, reference
OCDA/26/118872. Our crime reference is 06MM/118302/26.

We would be grateful if you would voluntarily disclose, for the account @mcr_lad_1999:

  1. Subscriber details: name, date of birth, e-mail address(es) and telephone number(s)
     provided at registration;
  2. Registration IP address and date;
  3. Login IP addresses with timestamps (UTC) from 1st August 2026 to 10th September 2026.

We would appreciate a response by Friday 25th September 2026. Please do not notify the
account holder of this request as it may prejudice the investigation.

Yours faithfully

DC 2190 Hannah Ashworth
Cyber & Digital Investigations Unit
Greater Manchester Police
"""
    return Message(
        "024-uk-gmp-forwarded",
        "Greater Manchester Police communications-data request (IPA 2016 Part 3, voluntary disclosure) "
        "forwarded Outlook-style by a detective sergeant with his own signature; UK date styles.",
        "en",
        "GB",
        ("plain_text", "forwarded"),
        "REVIEW",
        build(
            "024",
            sender='"Qureshi, Imran" <imran.qureshi@gmp.police.uk>',
            subject="FW: Communications data request - mcr_lad_1999 - OCDA/26/118872",
            date=date,
            message_id="<LO2P265MB3912.0915.gmp@gmp.police.uk>",
            text=text,
            dkim_domain="gmp.police.uk",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(None, "Investigatory Powers Act 2016", "Investigatory Powers Act 2016, Part 3"),
            "requester.name": any_of("Greater Manchester Police", "GMP"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "GB",
            "requester.email": any_of("imran.qureshi@gmp.police.uk", "hannah.ashworth@gmp.police.uk"),
            "requester.verified": True,
            "requester.signer": any_of("Hannah Ashworth", "Imran Qureshi"),
            "requester.signer_title": any_of("DC", "Detective Constable", "DS", "Detective Sergeant"),
            "targets": ["mcr_lad_1999"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "malicious communications",
            "date_range": {"start": "2026-08-01", "end": "2026-09-10"},
            "served_at": served(original),
            "return_by": "2026-09-25T17:00:00+01:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "NONE",
            "case_number": any_of("OCDA/26/118872", "06MM/118302/26"),
        },
        "gmp.police.uk",
    )


def canada_rcmp() -> Message:
    date = when(2026, 10, 21, 15, 30, 12, -7)
    text = """\
Hello,

I am an investigator with the RCMP Surrey Detachment (British Columbia, Canada) investigating
the sextortion of a 15-year-old youth. The suspect contacted the victim using an account on your
service that is registered to the e-mail address north.shore.skater@example.org.

We are requesting, on a voluntary basis, the basic subscriber information for that account:
name, e-mail addresses and phone numbers on file, the account creation date and IP address, and
login IP addresses with timestamps for the period 2026-09-20 to 2026-10-20.

We understand that content would require a request through the Canada-US MLAT; we are not
requesting any content at this time.

RCMP file number: 2026-1488213

Thank you for your assistance,

Cst. Jean-Philippe Arsenault
Serious Crime Unit | Surrey Detachment
Royal Canadian Mounted Police / Gendarmerie royale du Canada
14355 57 Ave, Surrey BC  V3X 1A9
Tel: 604-555-0178
"""
    return Message(
        "025-canada-rcmp-voluntary",
        "RCMP (Canada) voluntary request for subscriber data and login IPs of an account named by e-mail "
        "address, ISO dates; mentions the MLAT only to say it is not used (mechanism NONE); DKIM-signed.",
        "en",
        "CA",
        ("plain_text",),
        "REVIEW",
        build(
            "025",
            sender="Jean-Philippe Arsenault <jean-philippe.arsenault@rcmp-grc.gc.ca>",
            subject="Request for BSI - RCMP file 2026-1488213",
            date=date,
            message_id="<YT3PR01MB8870.1488213@rcmp-grc.gc.ca>",
            text=text,
            dkim_domain="rcmp-grc.gc.ca",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "requester.name": any_of("Royal Canadian Mounted Police", "RCMP", "RCMP Surrey Detachment"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "CA",
            "requester.email": "jean-philippe.arsenault@rcmp-grc.gc.ca",
            "requester.verified": True,
            "requester.signer": "Jean-Philippe Arsenault",
            "requester.signer_title": any_of("Cst.", "Constable"),
            "targets": ["north.shore.skater@example.org"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "sextortion",
            "date_range": {"start": "2026-09-20", "end": "2026-10-20"},
            "served_at": served(date),
            "mechanism": "NONE",
            "case_number": any_of("2026-1488213", "RCMP file number: 2026-1488213"),
        },
        "rcmp-grc.gc.ca",
    )


def australia_afp_cloud_act() -> Message:
    date = when(2026, 11, 17, 10, 12, 44, 11)
    order = """\
COMMONWEALTH OF AUSTRALIA
Telecommunications (Interception and Access) Act 1979 - Schedule 1
(International Production Orders)

INTERNATIONAL PRODUCTION ORDER - STORED COMMUNICATIONS
Order No. IPO-SC-2026-0419

Issued under the Agreement between the Government of Australia and the Government of the United
States of America on Access to Electronic Data for the Purpose of Countering Serious Crime
(the AUS-US CLOUD Act Agreement).

Designated communications provider: the provider of the service to which this order is addressed.
Relevant investigation: Australian Federal Police operation BRIGALOW - money laundering and
dealing in proceeds of crime (Criminal Code (Cth) Division 400).

The provider is required to produce the following protected information held in relation to
the account @coral_coast_crypto for the period 1 June 2026 to 31 October 2026:

 (a) subscriber and account information (name, e-mail, telephone numbers, registration details);
 (b) stored communications: the content of private messages sent and received by the account,
     including attachments.

Produce to: Federal Agent Tamsin Whitcroft, AFP Cybercrime Operations, by 4 December 2026.

Issued by: Deputy President Malcolm R. Featherstonhaugh, Administrative Review Tribunal,
as a nominated member under Schedule 1.
Date of issue: 16 November 2026
"""
    text = """\
Good morning,

Please find attached an International Production Order (IPO-SC-2026-0419) issued under the
AUS-US CLOUD Act Agreement, together with the Australian Designated Authority's certificate
reference. We would appreciate confirmation of receipt.

We also ask that you do not notify the account holder, as notification would prejudice an
ongoing operation.

Kind regards,

Tamsin Whitcroft
Federal Agent | Cybercrime Operations
Australian Federal Police
Canberra ACT 2601
P: +61 2 5555 0193

For official use only. This e-mail and any attachments may contain information subject to legal
professional privilege or public interest immunity.
"""
    return Message(
        "026-australia-afp-ipo-cloud-act",
        "Australian Federal Police international production order for stored messages under the AUS-US "
        "CLOUD Act Agreement (text PDF), with a request not to notify the user; mechanism CLOUD_ACT_AGREEMENT.",
        "en",
        "AU",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "026",
            sender="Tamsin Whitcroft <tamsin.whitcroft@afp.gov.au>",
            subject="International Production Order IPO-SC-2026-0419 [SEC=OFFICIAL:Sensitive]",
            date=date,
            message_id="<SY4P282MB3301.IPO0419@afp.gov.au>",
            text=text,
            attachments=[(text_pdf(order), "application", "pdf", "IPO-SC-2026-0419.pdf")],
            dkim_domain="afp.gov.au",
        ),
        {
            "process_type": "FOREIGN_REQUEST",
            "statute": any_of(
                None,
                "Telecommunications (Interception and Access) Act 1979",
                "Telecommunications (Interception and Access) Act 1979 - Schedule 1",
            ),
            "requester.name": any_of("Australian Federal Police", "AFP"),
            "requester.kind": "FOREIGN_GOVERNMENT",
            "requester.country": "AU",
            "requester.email": "tamsin.whitcroft@afp.gov.au",
            "requester.verified": True,
            "requester.signer": any_of("Tamsin Whitcroft", "Malcolm R. Featherstonhaugh"),
            "requester.signer_title": any_of("Federal Agent", "Deputy President"),
            "targets": ["coral_coast_crypto"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": "money laundering",
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-12-04T17:00:00+11:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "mechanism": "CLOUD_ACT_AGREEMENT",
            "case_number": any_of("IPO-SC-2026-0419", "Order No. IPO-SC-2026-0419"),
            "issuing_court": any_of(None, "Administrative Review Tribunal"),
        },
        "afp.gov.au",
    )


MESSAGES = (italy_polizia_postale_scan, uk_gmp_forwarded, canada_rcmp, australia_afp_cloud_act)

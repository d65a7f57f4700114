"""Foreign governments: UK, Canada, Australia, India, and requests in Spanish, Portuguese, French, German, Italian."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind.kit import (
    BSI,
    LOC,
    NCR,
    PC,
    SC,
    When,
    add,
    any_of,
    build,
    docx,
    emergency,
    forward,
    scan,
    textpdf,
)

PLATFORM = "Dueprocess Platform, Inc."


def foreign(
    name: str, description: str, raw: bytes, *, country: str, lang: str, formats: tuple[str, ...], **fields: Any
) -> None:
    fields.setdefault("mechanism", "NONE")
    add(
        name,
        description,
        raw,
        formats=formats,
        lang=lang,
        country=country,
        process_type="FOREIGN_REQUEST",
        requester__kind="FOREIGN_GOVERNMENT",
        requester__country=country,
        **fields,
    )


# 61 UK Overseas Production Order (CLOUD Act agreement) ------------------------------------------
w = When("2026-09-07 10:30", "+01:00", zone="Europe/London")
OPO = f"""IN THE CROWN COURT AT SOUTHWARK

CRIME (OVERSEAS PRODUCTION ORDERS) ACT 2019
OVERSEAS PRODUCTION ORDER - section 1

Applicant: National Crime Agency (appropriate officer: Senior Investigating Officer Gemma Caldicott)
Respondent: {PLATFORM}, 100 Market Street, Suite 400, San Francisco, CA 94105, United States of America
Designated international co-operation arrangement: Agreement between the Government of the United
Kingdom of Great Britain and Northern Ireland and the Government of the United States of America on
Access to Electronic Data for the Purpose of Countering Serious Crime (3 October 2019).

UPON the application of the National Crime Agency, and the judge being satisfied that the
requirements of section 4 of the Act are fulfilled in relation to the electronic data specified,

IT IS ORDERED that the Respondent shall, within 7 days of service of this order, produce to the
applicant the following electronic data held in respect of the account "brixton_blade_ldn"
(https://dueprocess-platform.example/u/brixton_blade_ldn):

  (a) subscriber information (name, e-mail address, telephone number, registration details);
  (b) the content of all direct messages sent and received, including images and voice notes;
  (c) IP connection logs;
for the period 01/06/2026 to 31/08/2026.

The investigation concerns conspiracy to supply controlled drugs of Class A and possession of
offensive weapons (an indictable offence).

NON-DISCLOSURE REQUIREMENT (section 8): the Respondent shall not disclose the making of this order,
or its contents, to any person, except with the leave of a judge or the written permission of the
appropriate officer, for a period of six months from the date of this order.

Made on 04/09/2026 by His Honour Judge Pemberton-Wylie.
OPO reference: NCA/OPO/2026/0147
"""
foreign(
    "uk-nca-overseas-production-order",
    "UK Overseas Production Order (Crime (Overseas Production Orders) Act 2019) under the US-UK CLOUD Act agreement, served by the NCA; six-month non-disclosure requirement; UK dates.",
    build(
        w,
        sender="NCA OPO Service Team <opo.service@nca.gov.uk>",
        subject="OFFICIAL-SENSITIVE: Service of Overseas Production Order NCA/OPO/2026/0147",
        mid="<NCA-OPO-2026-0147@nca.gov.uk>",
        dkim="nca.gov.uk",
        body="""OFFICIAL-SENSITIVE

Dear Sir/Madam,

Please find attached an Overseas Production Order made at Southwark Crown Court on 4 September 2026,
which is served on you in accordance with section 9 of the Crime (Overseas Production Orders) Act
2019 and the US-UK Data Access Agreement. The order contains a non-disclosure requirement.

Please produce the data within 7 days of service via the secure portal.

Kind regards,

Gemma Caldicott
Senior Investigating Officer
National Crime Agency | Organised Crime Command
Units 1-6 Citadel Place, Tinworth Street, London SE11 5EF

This email and any attachments are intended only for the addressee. Communications with the NCA may be
monitored and/or recorded for lawful purposes.
""",
        attachments=(textpdf(OPO, "NCA-OPO-2026-0147_Order.pdf"),),
    ),
    country="GB",
    lang="en",
    formats=("pdf",),
    mechanism="CLOUD_ACT_AGREEMENT",
    statute=any_of("Crime (Overseas Production Orders) Act 2019", "Crime (Overseas Production Orders) Act 2019, s. 1"),
    requester__name=any_of("National Crime Agency", "NCA"),
    requester__email="opo.service@nca.gov.uk",
    requester__verified=True,
    requester__signer=any_of("Gemma Caldicott", "Pemberton-Wylie"),
    requester__signer_title=any_of("Senior Investigating Officer", "His Honour Judge"),
    targets=["brixton_blade_ldn"],
    data_categories=[BSI, SC, NCR],
    stated_purpose=any_of("conspiracy to supply controlled drugs of Class A", None),
    date_range={"start": "2026-06-01", "end": "2026-08-31"},
    served_at=w.iso,
    return_by=w.day("2026-09-14"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-03-04"),
    case_number="NCA/OPO/2026/0147",
    issuing_court=any_of("Crown Court at Southwark", "Southwark Crown Court"),
)

# 62 Metropolitan Police, HTML ----------------------------------------------------------------------
w = When("2026-09-16 14:12", "+01:00")
foreign(
    "uk-met-police-data-request-html",
    "Metropolitan Police Service request for subscriber data and IP logs (voluntary disclosure, DPA 2018 Sch. 2 para 2) in HTML; dd/mm/yyyy dates.",
    build(
        w,
        sender="DC Oluwaseun Hartley <Oluwaseun.Hartley@met.police.uk>",
        subject="Request for disclosure of data - CAD 4471/16SEP26 - Op SANDPIPER",
        mid="<met-op-sandpiper-0916@met.police.uk>",
        dkim="met.police.uk",
        html=f"""<p><b>OFFICIAL - SENSITIVE</b></p>
<p>To: {PLATFORM} - Law Enforcement Response Team</p>
<p>I am investigating a series of fraud offences (Fraud Act 2006, s.2) where victims were contacted
via your platform. I request, under Schedule 2, paragraph 2 of the Data Protection Act 2018, the
following data for the account <b>@londonlettings_direct</b>:</p>
<table border="1"><tr><td>Data sought</td><td>Subscriber details (name, e-mail, phone), registration IP,
IP login history</td></tr>
<tr><td>Period</td><td>01/07/2026 to 15/09/2026</td></tr>
<tr><td>Required by</td><td>30/09/2026</td></tr>
<tr><td>Crime reference</td><td>CRIS 3017742/26</td></tr></table>
<p>Please do not inform the account holder as this may prejudice the investigation.</p>
<p>Regards,<br>DC 2291SE Oluwaseun Hartley<br>Detective Constable<br>South East BCU Fraud Team<br>
Metropolitan Police Service</p>""",
    ),
    country="GB",
    lang="en",
    formats=("html", "html-table"),
    statute=any_of("Data Protection Act 2018, Schedule 2, paragraph 2", "Data Protection Act 2018", None),
    requester__name=any_of("Metropolitan Police Service", "Metropolitan Police"),
    requester__email="Oluwaseun.Hartley@met.police.uk",
    requester__verified=True,
    requester__signer="Oluwaseun Hartley",
    requester__signer_title=any_of("Detective Constable", "DC"),
    targets=["londonlettings_direct"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("fraud offences", None),
    date_range={"start": "2026-07-01", "end": "2026-09-15"},
    served_at=w.iso,
    return_by=w.day("2026-09-30"),
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number=any_of("CRIS 3017742/26", "CAD 4471/16SEP26", "3017742/26"),
)

# 63 West Yorkshire Police emergency -------------------------------------------------------------
w = When("2026-10-03 03:05", "+01:00")
foreign(
    "uk-west-yorkshire-police-threat-to-life",
    "West Yorkshire Police threat-to-life emergency request (a teenager streaming self-harm); British spelling and terse layout.",
    build(
        w,
        sender="WYP Force Control Room <fcr.itsu@westyorkshire.police.uk>",
        subject="EMERGENCY - THREAT TO LIFE - request for disclosure",
        mid="<wyp-fcr-ttl-20261003@westyorkshire.police.uk>",
        dkim="westyorkshire.police.uk",
        body="""THREAT TO LIFE - EMERGENCY DISCLOSURE REQUEST

Force: West Yorkshire Police
Log: 0214 of 03/10/2026
Officer: Inspector Harriet Ngata, Force Control Room, 01924 555 0190 (24hr)

Circumstances: at 02:40 BST a member of the public reported that the user of the account
"leeds_lad_2009" was live-streaming and stating that he would end his life tonight. He appears to be
approximately 16 years of age. We have been unable to identify or locate him.

Data requested: name, e-mail address, telephone number and the most recent IP addresses used to
access the account (last 24 hours), and any location data you hold.

This request is made because there is an immediate risk to life. Please call the number above.

Insp. Harriet Ngata
""",
    ),
    country="GB",
    lang="en",
    formats=("text",),
    requester__name="West Yorkshire Police",
    requester__email="fcr.itsu@westyorkshire.police.uk",
    requester__verified=True,
    requester__signer="Harriet Ngata",
    requester__signer_title=any_of("Inspector", "Insp."),
    targets=["leeds_lad_2009"],
    data_categories=[BSI, NCR, LOC],
    served_at=w.iso,
    case_number=any_of("0214 of 03/10/2026", None),
    emergency=emergency("would end his life tonight"),
)

# 64 RCMP preservation ----------------------------------------------------------------------------
w = When("2026-09-21 12:18", "-04:00")
foreign(
    "canada-rcmp-preservation-request",
    "RCMP request to preserve an account's data pending an MLAT request; bilingual footer.",
    build(
        w,
        sender="Cpl. Élodie Marchand <elodie.marchand@rcmp-grc.gc.ca>",
        subject="Preservation request / Demande de préservation - RCMP file 2026-1187734",
        mid="<rcmp-2026-1187734-pres@rcmp-grc.gc.ca>",
        dkim="rcmp-grc.gc.ca",
        body=f"""Good day,

The Royal Canadian Mounted Police (RCMP) National Child Exploitation Crime Centre is investigating the
distribution of child sexual abuse material by the user of the account @maple_leaf_collector.

We respectfully request that {PLATFORM} preserve all data associated with this account, including
basic subscriber information, IP logs, and all stored content (messages, images, videos), for a period
of 90 days while a request is made through the Canada-United States Treaty on Mutual Legal Assistance
in Criminal Matters.

Thank you for your assistance.

Cpl. Élodie Marchand
Royal Canadian Mounted Police | Gendarmerie royale du Canada
National Child Exploitation Crime Centre, Ottawa, ON
613-555-0149

Ce courriel est destiné uniquement au destinataire. / This e-mail is intended only for the addressee.
""",
    ),
    country="CA",
    lang="en",
    formats=("text",),
    mechanism=any_of("NONE", "MLAT"),
    statute=None,
    requester__name=any_of("Royal Canadian Mounted Police", "RCMP"),
    requester__email="elodie.marchand@rcmp-grc.gc.ca",
    requester__verified=True,
    requester__signer="Élodie Marchand",
    requester__signer_title=any_of("Cpl.", "Corporal"),
    targets=["maple_leaf_collector"],
    data_categories=[BSI, NCR, SC],
    stated_purpose=any_of("distribution of child sexual abuse material", None),
    served_at=w.iso,
    case_number="2026-1187734",
)

# 65 Toronto Police production order, PDF --------------------------------------------------------
w = When("2026-10-06 09:55", "-04:00", zone="America/Toronto")
TPS = f"""ONTARIO COURT OF JUSTICE
PRODUCTION ORDER FOR DOCUMENTS (Section 487.014 of the Criminal Code)

Canada, Province of Ontario, Toronto Region

To: {PLATFORM}

Whereas I am satisfied by information on oath of D/Cst. Nathaniel Okoro-Lisgar of the Toronto Police
Service that there are reasonable grounds to believe that an offence under section 264 (criminal
harassment) of the Criminal Code has been committed, and that the documents described below will
afford evidence respecting its commission;

Therefore, you are ordered to produce, within 30 days, the following documents:
subscriber information, account registration details, and IP address login records (with dates and
times, in UTC) for the account "the6ix_watcher" from 2026-05-01 to 2026-09-30.

Dated at Toronto, 2026-10-05.   Justice of the Peace M. Abernathy-Singh
Order No. 4410-26-PO
"""
foreign(
    "canada-toronto-police-production-order",
    "Toronto Police Service sends an Ontario production order (Criminal Code s. 487.014) as a PDF; ISO dates.",
    build(
        w,
        sender="D/Cst. Nathaniel Okoro-Lisgar <nathaniel.okoro-lisgar@torontopolice.on.ca>",
        subject="Production Order 4410-26-PO",
        mid="<tps-4410-26-PO@torontopolice.on.ca>",
        dkim="torontopolice.on.ca",
        body="Hello,\n\nPlease find attached a judicially authorized production order. We acknowledge it may be "
        "treated as a request for voluntary disclosure under US law.\n\nD/Cst. Nathaniel Okoro-Lisgar\n"
        "Toronto Police Service - 51 Division Major Crime Unit\n",
        attachments=(textpdf(TPS, "4410-26-PO.pdf"),),
    ),
    country="CA",
    lang="en",
    formats=("pdf",),
    statute=any_of("Criminal Code s. 487.014", "Section 487.014 of the Criminal Code", "s. 487.014"),
    requester__name=any_of("Toronto Police Service", "TPS"),
    requester__email="nathaniel.okoro-lisgar@torontopolice.on.ca",
    requester__verified=True,
    requester__signer=any_of("Nathaniel Okoro-Lisgar", "M. Abernathy-Singh"),
    requester__signer_title=any_of("D/Cst.", "Detective Constable", "Justice of the Peace"),
    targets=["the6ix_watcher"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("criminal harassment", None),
    date_range={"start": "2026-05-01", "end": "2026-09-30"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-11-04"), w.day("2026-11-05")),
    case_number="4410-26-PO",
    issuing_court="Ontario Court of Justice",
)

# 66 AFP request ----------------------------------------------------------------------------------
w = When("2026-10-08 16:40", "+11:00")
foreign(
    "australia-afp-request",
    "Australian Federal Police request for subscriber and IP data about an extortion account; AU date format.",
    build(
        w,
        sender="AFP Cybercrime Operations <cyber.lawfulrequests@afp.gov.au>",
        subject="AFP request for information - Operation KOOKABURRA - 08/10/2026",
        mid="<afp-kookaburra-1008@afp.gov.au>",
        dkim="afp.gov.au",
        body=f"""UNCLASSIFIED // FOR OFFICIAL USE ONLY

{PLATFORM} Law Enforcement Response

The Australian Federal Police is investigating a sextortion offence against an Australian minor
(Criminal Code Act 1995 (Cth), s 474.17A). The offender used the account "aussie_mate_4u" (also the
e-mail aussiemate4u@example.com).

Please provide: subscriber details, registration and login IP addresses with timestamps, and the
devices used, from 01/08/2026 to 07/10/2026. We would be grateful for a response by 22/10/2026.

Federal Agent Brodie McAllister-Tan
Cybercrime Operations, Australian Federal Police
""",
    ),
    country="AU",
    lang="en",
    formats=("text",),
    statute=None,
    requester__name=any_of("Australian Federal Police", "AFP"),
    requester__email="cyber.lawfulrequests@afp.gov.au",
    requester__verified=True,
    requester__signer="Brodie McAllister-Tan",
    requester__signer_title="Federal Agent",
    targets=any_of(["aussie_mate_4u", "aussiemate4u@example.com"], ["aussie_mate_4u"]),
    data_categories=[BSI, NCR],
    stated_purpose=any_of("sextortion", None),
    date_range={"start": "2026-08-01", "end": "2026-10-07"},
    served_at=w.iso,
    return_by=w.day("2026-10-22"),
)

# 67 NSW Police forwarded --------------------------------------------------------------------------
w_orig = When("2026-10-12 11:20", "+11:00")
w = When("2026-10-12 11:47", "+11:00")
foreign(
    "australia-nsw-police-forwarded",
    "NSW Police: a detective's request forwarded by the command's intelligence office (same domain); public posts and subscriber info.",
    build(
        w,
        sender="Parramatta PAC Intel <parramatta.intel@police.nsw.gov.au>",
        subject="FW: Request - account westie_wheels_syd",
        mid="<nswpf-fw-e69314417@police.nsw.gov.au>",
        dkim="police.nsw.gov.au",
        body=forward(
            "Please action the below for Det Sen Const Pappas.\n\nIntelligence Office\nParramatta Police Area Command\n"
            "NSW Police Force",
            sender="PAPPAS Kostas <pappa1kos@police.nsw.gov.au>",
            when=w_orig,
            subject="Request - account westie_wheels_syd",
            to="Parramatta PAC Intel <parramatta.intel@police.nsw.gov.au>",
            style="outlook",
            body="""To the Law Enforcement team,

Event E69314417 - street racing and dangerous driving causing death, Parramatta 29/09/2026.
I request subscriber details (name, email, mobile) and copies of public posts and videos uploaded by
the account westie_wheels_syd between 20/09/2026 and 05/10/2026. Response by 26/10/2026 please.

Det Sen Const Kostas Pappas
Parramatta Police Area Command""",
        ),
    ),
    country="AU",
    lang="en",
    formats=("text", "forwarded"),
    requester__name=any_of("NSW Police Force", "New South Wales Police Force", "Parramatta Police Area Command"),
    requester__email=any_of("pappa1kos@police.nsw.gov.au", "parramatta.intel@police.nsw.gov.au"),
    requester__verified=True,
    requester__signer="Kostas Pappas",
    requester__signer_title=any_of("Det Sen Const", "Detective Senior Constable"),
    targets=["westie_wheels_syd"],
    data_categories=[BSI, PC],
    stated_purpose=any_of("street racing and dangerous driving causing death", None),
    date_range={"start": "2026-09-20", "end": "2026-10-05"},
    served_at=any_of(w_orig.iso, w.iso),
    return_by=w_orig.day("2026-10-26"),
    case_number=any_of("E69314417", "Event E69314417"),
)

# 68 Delhi Police notice (BNSS s.94) ----------------------------------------------------------------
w = When("2026-10-15 12:45", "+05:30")
foreign(
    "india-delhi-police-bnss-94-notice",
    "Delhi Police IFSO notice under Section 94 BNSS 2023 (formerly s. 91 CrPC) for subscriber data and IP logs; Indian English.",
    build(
        w,
        sender="IFSO Special Cell <ifso-dl@delhipolice.gov.in>",
        subject="Notice u/s 94 BNSS - FIR No. 0312/2026 PS Special Cell - urgent",
        mid="<ifso-0312-2026@delhipolice.gov.in>",
        dkim="delhipolice.gov.in",
        body=f"""OFFICE OF THE DEPUTY COMMISSIONER OF POLICE
INTELLIGENCE FUSION & STRATEGIC OPERATIONS (IFSO), SPECIAL CELL, DELHI POLICE
Dwarka Sector 16-C, New Delhi-110078

No. 4417/IFSO/2026                                  Dated: 15.10.2026

To,
The Nodal Officer / Grievance Officer,
{PLATFORM}

Subject: Notice under Section 94 of Bharatiya Nagarik Suraksha Sanhita, 2023 in FIR No. 0312/2026
u/s 318(4)/319(2) BNS & 66D IT Act, PS Special Cell, Delhi.

Sir/Madam,
The above noted case is under investigation in which the innocent public was cheated in the name of
fake investment schemes through the profile https://dueprocess-platform.example/u/sharetrader_ravi.
You are requested to kindly provide the following information at the earliest, preferably within 7 days:
1. Registration details (name, email ID, mobile number) of the said profile.
2. IP logs with date & time (IST) from 01.07.2026 till date.
3. Any other linked accounts.

Kindly treat this as MOST URGENT.

(Inspector Vikramjeet Bhardwaj)
Inspector, IFSO, Special Cell, Delhi Police
Mob: +91-98100-00000
""",
    ),
    country="IN",
    lang="en",
    formats=("text",),
    statute=any_of(
        "Section 94 of Bharatiya Nagarik Suraksha Sanhita, 2023",
        "Section 94 BNSS",
        "Bharatiya Nagarik Suraksha Sanhita, 2023, s. 94",
    ),
    requester__name=any_of(
        "Delhi Police",
        "Intelligence Fusion & Strategic Operations, Special Cell, Delhi Police",
        "IFSO, Special Cell, Delhi Police",
    ),
    requester__email="ifso-dl@delhipolice.gov.in",
    requester__verified=True,
    requester__signer="Vikramjeet Bhardwaj",
    requester__signer_title="Inspector",
    targets=["sharetrader_ravi"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("fake investment schemes", None),
    date_range=any_of({"start": "2026-07-01", "end": "2026-10-15"}, {"start": "2026-07-01", "end": None}),
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-22"), None),
    case_number=any_of("FIR No. 0312/2026", "0312/2026", "No. 4417/IFSO/2026"),
)

# 69 Bengaluru police from gmail -------------------------------------------------------------------
w = When("2026-10-17 18:02", "+05:30")
foreign(
    "india-bengaluru-cyber-ps-gmail",
    "A Bengaluru cyber crime police station sends a s. 94 BNSS notice from a gmail.com address (common in practice, but unverifiable).",
    build(
        w,
        sender="CEN Crime PS South East <cenps.southeast.blr@gmail.com>",
        subject="Requisition of data u/s 94 BNSS Cr.No.188/2026",
        mid="<CAKblr-cen-188-2026@mail.gmail.com>",
        body="""From
The Police Inspector,
CEN Crime Police Station, South East Division, Bengaluru City

To
The Legal Team, Dueprocess Platform

Sub: Requisition of information u/s 94 BNSS in Cr.No.188/2026 u/s 78 BNS (stalking) & 67 IT Act.

Respected Sir/Madam,
The complainant, a woman, is being stalked and abused through the account @blr_silent_admirer. Kindly
furnish the subscriber details, registered mobile number, email ID and login IP addresses with
timestamps for the period 01-09-2026 to 15-10-2026, and preserve the account contents.

Yours faithfully,
(Shivaraj K. Gowda)
Police Inspector, CEN PS South East, Bengaluru City
""",
    ),
    country="IN",
    lang="en",
    formats=("text",),
    statute=any_of("Section 94 BNSS", "s. 94 BNSS", "Bharatiya Nagarik Suraksha Sanhita, 2023, s. 94"),
    requester__name=any_of("CEN Crime Police Station, South East Division, Bengaluru City", "Bengaluru City Police"),
    requester__email="cenps.southeast.blr@gmail.com",
    requester__verified=False,
    requester__signer="Shivaraj K. Gowda",
    requester__signer_title="Police Inspector",
    targets=["blr_silent_admirer"],
    data_categories=any_of([BSI, NCR], [BSI, NCR, SC]),
    stated_purpose=any_of("stalking", None),
    date_range={"start": "2026-09-01", "end": "2026-10-15"},
    served_at=w.iso,
    case_number=any_of("Cr.No.188/2026", "188/2026"),
)

# 70 Spain Policía Nacional -----------------------------------------------------------------------
w = When("2026-09-24 11:34", "+02:00")
foreign(
    "spain-policia-nacional-solicitud",
    "Policía Nacional (Spain) asks for subscriber data and IP logs of an account in a fraud investigation; Spanish, 'de octubre de 2026' dates.",
    build(
        w,
        sender="UCC Policía Nacional <ucc.requerimientos@policia.es>",
        subject="Solicitud de información - Diligencias 14.882/2026 - cuenta @ofertas_iphone_madrid",
        mid="<ucc-dil-14882-2026@policia.es>",
        dkim="policia.es",
        body=f"""MINISTERIO DEL INTERIOR
DIRECCIÓN GENERAL DE LA POLICÍA
Comisaría General de Policía Judicial - Unidad Central de Ciberdelincuencia

Asunto: Solicitud de datos de abonado
Ref.: Diligencias policiales n.º 14.882/2026

Muy señores nuestros:

Por la presente, y en el marco de una investigación por un presunto delito de estafa (art. 248 del
Código Penal) cometido mediante anuncios fraudulentos de venta de teléfonos móviles, se solicita a
{PLATFORM} que facilite la siguiente información relativa a la cuenta @ofertas_iphone_madrid:

  - Datos de registro del titular (nombre, correo electrónico, número de teléfono).
  - Direcciones IP de creación y de las conexiones efectuadas, con fecha, hora y huso horario,
    desde el 1 de junio de 2026 hasta el 20 de septiembre de 2026.

Se ruega remitan la información antes del 15 de octubre de 2026.

Atentamente,

Inspector Jefe Álvaro Sanz Medina
Unidad Central de Ciberdelincuencia
Policía Nacional
""",
    ),
    country="ES",
    lang="es",
    formats=("text",),
    statute=None,
    requester__name=any_of(
        "Policía Nacional", "Unidad Central de Ciberdelincuencia", "Dirección General de la Policía"
    ),
    requester__email="ucc.requerimientos@policia.es",
    requester__verified=True,
    requester__signer="Álvaro Sanz Medina",
    requester__signer_title="Inspector Jefe",
    targets=["ofertas_iphone_madrid"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("estafa", None),
    date_range={"start": "2026-06-01", "end": "2026-09-20"},
    served_at=w.iso,
    return_by=w.day("2026-10-15"),
    case_number=any_of("14.882/2026", "Diligencias policiales n.º 14.882/2026"),
)

# 71 Guardia Civil, court order (auto) PDF ---------------------------------------------------------
w = When("2026-10-21 09:12", "+02:00", zone="Europe/Madrid")
AUTO = f"""JUZGADO DE INSTRUCCIÓN N.º 3 DE SEVILLA
Diligencias Previas 2291/2026

AUTO

En Sevilla, a 19 de octubre de 2026.

HECHOS: La Guardia Civil (Equipo @ de la Comandancia de Sevilla) solicita la cesión de datos
relativos a la cuenta "sevilla_flamenca_88" del servicio {PLATFORM}, en el marco de la investigación
de un delito de amenazas y acoso (arts. 169 y 172 ter del Código Penal).

PARTE DISPOSITIVA: SE ACUERDA requerir a {PLATFORM} para que, en el plazo de diez días, facilite a la
Guardia Civil: datos de registro del titular, direcciones IP con fecha y hora de conexión, y el
contenido de los mensajes privados enviados por dicha cuenta a la cuenta "lucia.triana" entre el 1 de
agosto de 2026 y el 15 de octubre de 2026.

Se declara el secreto de las actuaciones.

Así lo acuerda, manda y firma la Magistrada-Juez, D.ª Inmaculada Roldán Vázquez.
"""
foreign(
    "spain-guardia-civil-auto-pdf",
    "Guardia Civil forwards a Spanish investigating judge's order (auto) for registration data, IPs and private messages; secreto de las actuaciones.",
    build(
        w,
        sender='"Equipo @ Sevilla" <se-equipoarroba@guardiacivil.es>',
        subject="Remisión Auto Juzgado Instrucción 3 Sevilla - DP 2291/2026",
        mid="<gc-se-dp2291-2026@guardiacivil.es>",
        dkim="guardiacivil.es",
        body="""Buenos días:

Se adjunta Auto dictado por el Juzgado de Instrucción n.º 3 de Sevilla en las Diligencias Previas
2291/2026, por el que se requiere a su compañía la aportación de los datos que en él se indican.
Las actuaciones han sido declaradas secretas, por lo que se ruega no informen al usuario.

Un saludo,

Sargento Rafael Ortega Lozano
Equipo de Investigación Tecnológica (Equipo @)
Comandancia de la Guardia Civil de Sevilla
""",
        attachments=(textpdf(AUTO, "Auto_DP2291-2026.pdf"),),
    ),
    country="ES",
    lang="es",
    formats=("pdf",),
    statute=None,
    requester__name=any_of(
        "Guardia Civil", "Comandancia de la Guardia Civil de Sevilla", "Juzgado de Instrucción n.º 3 de Sevilla"
    ),
    requester__email="se-equipoarroba@guardiacivil.es",
    requester__verified=True,
    requester__signer=any_of("Rafael Ortega Lozano", "Inmaculada Roldán Vázquez"),
    requester__signer_title=any_of("Sargento", "Magistrada-Juez"),
    targets=any_of(["sevilla_flamenca_88"], ["sevilla_flamenca_88", "lucia.triana"]),
    data_categories=[BSI, NCR, SC],
    stated_purpose=any_of("amenazas y acoso", None),
    date_range={"start": "2026-08-01", "end": "2026-10-15"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-29"), w.day("2026-10-31")),
    nondisclosure__present=True,
    nondisclosure__kind=any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
    case_number=any_of("Diligencias Previas 2291/2026", "2291/2026", "DP 2291/2026"),
    issuing_court=any_of("Juzgado de Instrucción n.º 3 de Sevilla", "Juzgado de Instrucción nº 3 de Sevilla"),
)

# 72 Mexico FGR oficio, HTML ----------------------------------------------------------------------
w = When("2026-10-27 13:30", "-06:00")
foreign(
    "mexico-fgr-oficio-html",
    "Fiscalía General de la República (Mexico) oficio requesting subscriber data for a kidnapping-extortion investigation; HTML, Spanish.",
    build(
        w,
        sender="Agente del Ministerio Público de la Federación <mpf.ueidms@fgr.org.mx>",
        subject="Oficio FGR/FEMDO/UEIDMS/4471/2026 - solicitud urgente de información",
        mid="<fgr-ueidms-4471-2026@fgr.org.mx>",
        dkim="fgr.org.mx",
        html=f"""<p><b>FISCALÍA GENERAL DE LA REPÚBLICA</b><br>Fiscalía Especializada en materia de Delincuencia
Organizada<br>Unidad Especializada en Investigación de Delitos en Materia de Secuestro</p>
<p>OFICIO: FGR/FEMDO/UEIDMS/4471/2026<br>CARPETA DE INVESTIGACIÓN: FED/FEMDO/UEIDMS-CDMX/0000913/2026</p>
<p>Ciudad de México, a 27 de octubre de 2026.</p>
<p>{PLATFORM.upper()}<br>PRESENTE</p>
<p>Con fundamento en los artículos 21 y 16 de la Constitución Política de los Estados Unidos Mexicanos
y 131 y 303 del Código Nacional de Procedimientos Penales, y dentro de la carpeta de investigación
citada, iniciada por el delito de secuestro exprés y extorsión, solicito a usted de la manera más
atenta proporcione, en un plazo no mayor a 72 horas:</p>
<ol><li>Datos de registro (nombre, correo electrónico, número telefónico) de la cuenta
<b>@cobranzas_rapidas_mx</b>.</li><li>Registro de direcciones IP de acceso del 1 de septiembre de 2026 a la
fecha.</li></ol>
<p>Sin otro particular, le envío un cordial saludo.</p>
<p>ATENTAMENTE<br>Lic. Mariana Velasco Quintero<br>Agente del Ministerio Público de la Federación</p>""",
    ),
    country="MX",
    lang="es",
    formats=("html",),
    statute=any_of(None, "Código Nacional de Procedimientos Penales, arts. 131 y 303"),
    requester__name=any_of("Fiscalía General de la República", "FGR"),
    requester__email="mpf.ueidms@fgr.org.mx",
    requester__verified=True,
    requester__signer="Mariana Velasco Quintero",
    requester__signer_title="Agente del Ministerio Público de la Federación",
    targets=["cobranzas_rapidas_mx"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("secuestro exprés y extorsión", None),
    date_range=any_of({"start": "2026-09-01", "end": "2026-10-27"}, {"start": "2026-09-01", "end": None}),
    served_at=w.iso,
    return_by=any_of("2026-10-30T13:30:00-06:00", w.day("2026-10-30")),
    case_number=any_of("FGR/FEMDO/UEIDMS/4471/2026", "FED/FEMDO/UEIDMS-CDMX/0000913/2026"),
)

# 73 Colombia Fiscalía, scanned ------------------------------------------------------------------
w = When("2026-11-03 10:05", "-05:00")
COL = f"""FISCALÍA GENERAL DE LA NACIÓN
Dirección Especializada contra los Delitos Informáticos
Bogotá D.C., 2 de noviembre de 2026

ORDEN A POLICÍA JUDICIAL - SOLICITUD DE INFORMACIÓN
Noticia criminal (SPOA) No. 110016000050202614471

Señores
{PLATFORM}

En desarrollo de la investigación por el delito de hurto por medios informáticos (artículo 269I del
Código Penal), me permito solicitar la siguiente información de la cuenta "bogota_cripto_inversiones":

1. Nombre, correo electrónico y teléfono registrados.
2. Direcciones IP de registro y de los últimos 90 días de acceso.

Plazo de respuesta: quince (15) días hábiles.

Cordialmente,
JUAN SEBASTIÁN ARANGO PELÁEZ
Fiscal Delegado ante los Jueces Penales del Circuito
"""
foreign(
    "colombia-fiscalia-scan",
    "Colombia's Fiscalía General de la Nación request as an image-only scan; the cover e-mail is one line in Spanish.",
    build(
        w,
        sender="Fiscalía - Delitos Informáticos <delitosinformaticos@fiscalia.gov.co>",
        subject="Solicitud de información SPOA 110016000050202614471",
        mid="<fgn-spoa-14471@fiscalia.gov.co>",
        dkim="fiscalia.gov.co",
        body="Cordial saludo. Se remite solicitud de información adjunta (documento escaneado).\n\nFiscalía General de la Nación\n",
        attachments=(scan(COL, "solicitud_SPOA_14471.pdf", seed=70, font="dejavu/DejaVuSans.ttf", tilt=0.9),),
    ),
    country="CO",
    lang="es",
    formats=("scan",),
    statute=None,
    requester__name=any_of("Fiscalía General de la Nación", "FGN"),
    requester__email="delitosinformaticos@fiscalia.gov.co",
    requester__verified=True,
    requester__signer="Juan Sebastián Arango Peláez",
    requester__signer_title=any_of("Fiscal Delegado ante los Jueces Penales del Circuito", "Fiscal Delegado"),
    targets=["bogota_cripto_inversiones"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("hurto por medios informáticos", None),
    served_at=w.iso,
    return_by=any_of(w.day("2026-11-24"), None),
    case_number=any_of("110016000050202614471", "SPOA No. 110016000050202614471"),
)

# 74 Brazil Polícia Federal ofício with court decision -----------------------------------------
w = When("2026-09-29 15:20", "-03:00")
foreign(
    "brazil-policia-federal-oficio",
    "Polícia Federal (Brazil) ofício transmitting a federal court decision (Marco Civil, art. 22) for registration data, access logs and messages.",
    build(
        w,
        sender="DRCC/SR/PF/SP <drcc.srsp@pf.gov.br>",
        subject="Ofício nº 2291/2026 - DRCC/SR/PF/SP - Afastamento de sigilo telemático",
        mid="<pf-oficio-2291-2026@pf.gov.br>",
        dkim="pf.gov.br",
        body=f"""SERVIÇO PÚBLICO FEDERAL
MJSP - POLÍCIA FEDERAL
SUPERINTENDÊNCIA REGIONAL EM SÃO PAULO
DELEGACIA DE REPRESSÃO A CRIMES CIBERNÉTICOS

Ofício nº 2291/2026 - DRCC/SR/PF/SP
São Paulo, 29 de setembro de 2026.

À {PLATFORM}
Assunto: Cumprimento de decisão judicial - Autos nº 5004471-12.2026.4.03.6181 (10ª Vara Criminal
Federal de São Paulo) - IPL 2026.0088117-SR/PF/SP

Senhor(a) Representante,

Em cumprimento à decisão judicial proferida nos autos acima, que deferiu o afastamento do sigilo
telemático com fundamento no art. 22 da Lei nº 12.965/2014 (Marco Civil da Internet), solicito o
fornecimento, no prazo de 10 (dez) dias, dos seguintes dados referentes ao perfil
"@pix_premiado_oficial":

a) dados cadastrais (nome, e-mail, telefone);
b) registros de acesso a aplicação (IP, porta lógica, data e hora, fuso horário) no período de
   01/07/2026 a 25/09/2026;
c) conteúdo das mensagens privadas armazenadas no mesmo período.

Os autos tramitam sob segredo de justiça.

Atenciosamente,

Delegado de Polícia Federal Thiago Moreira Castanheira
Chefe da DRCC/SR/PF/SP
""",
    ),
    country="BR",
    lang="pt",
    formats=("text",),
    statute=any_of("Lei nº 12.965/2014, art. 22", "art. 22 da Lei nº 12.965/2014", "Marco Civil da Internet"),
    requester__name=any_of("Polícia Federal", "Superintendência Regional em São Paulo"),
    requester__email="drcc.srsp@pf.gov.br",
    requester__verified=True,
    requester__signer="Thiago Moreira Castanheira",
    requester__signer_title=any_of("Delegado de Polícia Federal", "Chefe da DRCC/SR/PF/SP"),
    targets=["pix_premiado_oficial"],
    data_categories=[BSI, NCR, SC],
    date_range={"start": "2026-07-01", "end": "2026-09-25"},
    served_at=w.iso,
    return_by=w.day("2026-10-09"),
    nondisclosure__present=True,
    nondisclosure__kind=any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
    case_number=any_of("5004471-12.2026.4.03.6181", "Ofício nº 2291/2026 - DRCC/SR/PF/SP", "IPL 2026.0088117-SR/PF/SP"),
    issuing_court=any_of("10ª Vara Criminal Federal de São Paulo", None),
)

# 75 Polícia Civil SP, dados cadastrais PDF --------------------------------------------------------
w = When("2026-10-13 10:48", "-03:00")
PCSP = """GOVERNO DO ESTADO DE SÃO PAULO
SECRETARIA DA SEGURANÇA PÚBLICA
POLÍCIA CIVIL DO ESTADO DE SÃO PAULO
4ª Delegacia de Polícia de Repressão aos Delitos Cibernéticos - DCCIBER

Ofício nº 771/2026 - 4ª DP/DCCIBER          Inquérito Policial nº 2026.004417

São Paulo, 13 de outubro de 2026.

Ilustríssimos Senhores,

Com fundamento no art. 10, § 3º, da Lei nº 12.965/2014 e no art. 17-B da Lei nº 9.613/1998, requisito
a Vossas Senhorias os DADOS CADASTRAIS (qualificação pessoal, filiação e endereço, e-mail e telefone)
do usuário responsável pela conta https://dueprocess-platform.example/u/rifas.sp.sorte, investigada por
estelionato (art. 171 do Código Penal).

Prazo para resposta: 5 (cinco) dias úteis.

Dra. Beatriz Alencar Fonseca
Delegada de Polícia
"""
foreign(
    "brazil-policia-civil-sp-dados-cadastrais-pdf",
    "Polícia Civil de São Paulo ofício (PDF) requisitioning only registration data (dados cadastrais) under Marco Civil art. 10 § 3º.",
    build(
        w,
        sender="4ª DP DCCIBER <dcciber4dp@policiacivil.sp.gov.br>",
        subject="Ofício 771/2026 - requisição de dados cadastrais",
        mid="<pcsp-dcciber-771-2026@policiacivil.sp.gov.br>",
        dkim="policiacivil.sp.gov.br",
        body="Prezados,\n\nSegue anexo ofício para atendimento. Favor responder para este e-mail.\n\n4ª DP - DCCIBER\nPolícia Civil do Estado de São Paulo\n",
        attachments=(textpdf(PCSP, "Oficio_771_2026.pdf"),),
    ),
    country="BR",
    lang="pt",
    formats=("pdf",),
    statute=any_of("Lei nº 12.965/2014, art. 10, § 3º", "art. 10, § 3º, da Lei nº 12.965/2014"),
    requester__name=any_of("Polícia Civil do Estado de São Paulo", "Polícia Civil de São Paulo", "DCCIBER"),
    requester__email="dcciber4dp@policiacivil.sp.gov.br",
    requester__verified=True,
    requester__signer="Beatriz Alencar Fonseca",
    requester__signer_title="Delegada de Polícia",
    targets=["rifas.sp.sorte"],
    data_categories=[BSI],
    stated_purpose=any_of("estelionato", None),
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-20"), None),
    case_number=any_of("Ofício nº 771/2026 - 4ª DP/DCCIBER", "Inquérito Policial nº 2026.004417", "2026.004417"),
)

# 76 TJSP court ofício, docx -------------------------------------------------------------------------
w = When("2026-11-05 16:02", "-03:00")
foreign(
    "brazil-tjsp-oficio-docx",
    "A São Paulo state court (TJSP) ofício as .docx ordering identification of an anonymous profile in a civil defamation case (Marco Civil art. 22).",
    build(
        w,
        sender="2ª Vara Cível de Campinas <campinas2cv@tjsp.jus.br>",
        subject="Ofício - Processo 1024471-88.2026.8.26.0114",
        mid="<tjsp-0114-1024471-of@tjsp.jus.br>",
        dkim="tjsp.jus.br",
        body="Senhores, encaminho o ofício anexo, expedido nos autos em epígrafe, para cumprimento.\n\n"
        "Escrevente Técnico Judiciário - 2ª Vara Cível - Foro de Campinas\n",
        attachments=(
            docx(
                [
                    "PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO",
                    "COMARCA DE CAMPINAS - FORO DE CAMPINAS - 2ª VARA CÍVEL",
                    "OFÍCIO Nº 3318/2026 - Processo nº 1024471-88.2026.8.26.0114 - Classe: Procedimento Comum Cível",
                    "Autor: Clínica Odontológica Sorriso Vivo Ltda.   Réu: Desconhecido (perfil @verdade_sobre_sorrisovivo)",
                    f"À {PLATFORM}",
                    "Pelo presente, extraído dos autos acima, fica Vossa Senhoria INTIMADA a fornecer a este "
                    "Juízo, no prazo de 15 (quinze) dias, os dados cadastrais e os registros de acesso a "
                    "aplicação (IP, data, hora e fuso horário) do perfil @verdade_sobre_sorrisovivo, relativos "
                    "ao período de 01/03/2026 a 30/09/2026, conforme decisão de fls. 88 (art. 22 da Lei nº "
                    "12.965/2014).",
                    "Campinas, 5 de novembro de 2026.",
                    "Dr. Henrique Lacerda Brum - Juiz de Direito",
                ],
                "oficio_3318_2026.docx",
            ),
        ),
    ),
    country="BR",
    lang="pt",
    formats=("docx",),
    statute=any_of("art. 22 da Lei nº 12.965/2014", "Lei nº 12.965/2014, art. 22"),
    requester__name=any_of("Tribunal de Justiça do Estado de São Paulo", "2ª Vara Cível de Campinas", "TJSP"),
    requester__email="campinas2cv@tjsp.jus.br",
    requester__verified=True,
    requester__signer="Henrique Lacerda Brum",
    requester__signer_title="Juiz de Direito",
    targets=["verdade_sobre_sorrisovivo"],
    data_categories=[BSI, NCR],
    date_range={"start": "2026-03-01", "end": "2026-09-30"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-11-20"), w.day("2026-11-26"), None),
    case_number=any_of("1024471-88.2026.8.26.0114", "Ofício nº 3318/2026"),
    issuing_court=any_of("2ª Vara Cível de Campinas", "Tribunal de Justiça do Estado de São Paulo"),
)

# 77 Gendarmerie réquisition PDF -----------------------------------------------------------------------
w = When("2026-09-30 10:20", "+02:00")
REQ = f"""GENDARMERIE NATIONALE
Brigade de recherches de Grenoble
Procès-verbal n° 01874/2026

RÉQUISITION JUDICIAIRE
(Articles 60-1 et 77-1-1 du Code de procédure pénale)

Nous, Adjudant-chef Mathilde Roux-Berthier, officier de police judiciaire en résidence à Grenoble,
agissant en enquête préliminaire sur instruction de M. le Procureur de la République près le tribunal
judiciaire de Grenoble, pour des faits d'escroquerie en bande organisée,

Requérons la société {PLATFORM} de bien vouloir nous communiquer, concernant le compte
« @alpes_immo_location » :
- l'identité déclarée du titulaire, les adresses électroniques et numéros de téléphone associés ;
- les adresses IP de création et de connexion, avec date, heure et fuseau, du 1er juillet 2026 au
  28 septembre 2026.

Réponse souhaitée avant le 21 octobre 2026.

Fait à Grenoble, le 30 septembre 2026.
L'officier de police judiciaire
"""
foreign(
    "france-gendarmerie-requisition-pdf",
    "Gendarmerie nationale (France) réquisition judiciaire (arts. 60-1 / 77-1-1 CPP) as a PDF; French dates ('21 octobre 2026').",
    build(
        w,
        sender="BR Grenoble <br.grenoble@gendarmerie.interieur.gouv.fr>",
        subject="Réquisition judiciaire - PV 01874/2026 - compte @alpes_immo_location",
        mid="<br-grenoble-01874-2026@gendarmerie.interieur.gouv.fr>",
        dkim="gendarmerie.interieur.gouv.fr",
        body="""Madame, Monsieur,

Veuillez trouver ci-joint une réquisition judiciaire établie dans le cadre d'une enquête préliminaire.
Je vous remercie de bien vouloir adresser votre réponse à la présente adresse.

Cordialement,

ADC Mathilde Roux-Berthier
Brigade de recherches de Grenoble
Groupement de gendarmerie départementale de l'Isère
""",
        attachments=(textpdf(REQ, "Requisition_PV01874-2026.pdf"),),
    ),
    country="FR",
    lang="fr",
    formats=("pdf",),
    statute=any_of("Articles 60-1 et 77-1-1 du Code de procédure pénale", "art. 77-1-1 CPP", "art. 60-1 CPP"),
    requester__name=any_of("Gendarmerie nationale", "Brigade de recherches de Grenoble"),
    requester__email="br.grenoble@gendarmerie.interieur.gouv.fr",
    requester__verified=True,
    requester__signer="Mathilde Roux-Berthier",
    requester__signer_title=any_of("Adjudant-chef", "officier de police judiciaire", "ADC"),
    targets=["alpes_immo_location"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("escroquerie en bande organisée", None),
    date_range={"start": "2026-07-01", "end": "2026-09-28"},
    served_at=w.iso,
    return_by=w.day("2026-10-21"),
    case_number=any_of("01874/2026", "Procès-verbal n° 01874/2026", "PV 01874/2026"),
)

# 78 Police nationale OFAC, plain text ------------------------------------------------------------------
w = When("2026-10-22 17:05", "+02:00", zone="Europe/Paris")
foreign(
    "france-police-nationale-ofac",
    "Police nationale (OFAC, Nanterre) réquisition in the body of the e-mail for a threat investigation; urgent, ALL CAPS headings.",
    build(
        w,
        sender="OFAC - Section opérationnelle <ofac-requisitions@interieur.gouv.fr>",
        subject="URGENT - Réquisition art. 77-1-1 CPP - menaces de mort",
        mid="<ofac-req-2026-7741@interieur.gouv.fr>",
        dkim="interieur.gouv.fr",
        body=f"""POLICE NATIONALE
OFFICE ANTI-CYBERCRIMINALITÉ (OFAC)
101 rue des Trois Fontanot, 92000 Nanterre

RÉQUISITION À PERSONNE QUALIFIÉE / ORGANISME PRIVÉ - ARTICLE 77-1-1 DU CODE DE PROCÉDURE PÉNALE

Nous, Capitaine de police Yannick Delorme-Aubert, OPJ, agissant en enquête préliminaire sur autorisation
de Mme la Procureure de la République de Paris (procédure n° 2026/7741), pour des faits de menaces de
mort réitérées visant une élue municipale,

PRIONS ET, AU BESOIN, REQUÉRONS {PLATFORM} de nous communiquer pour le compte « lyon_vengeur69 » :
 - données d'identification du titulaire (nom, courriel, téléphone) ;
 - journaux de connexion (adresses IP, dates, heures) du 1er octobre 2026 au 21 octobre 2026 ;
 - le contenu des messages privés adressés au compte « conseillere.martin ».

Réponse dans les meilleurs délais, au plus tard le 29 octobre 2026.

Cne Yannick Delorme-Aubert
OFAC - Section opérationnelle
""",
    ),
    country="FR",
    lang="fr",
    formats=("text",),
    statute=any_of("article 77-1-1 du Code de procédure pénale", "art. 77-1-1 CPP"),
    requester__name=any_of("Office anti-cybercriminalité", "OFAC", "Police nationale"),
    requester__email="ofac-requisitions@interieur.gouv.fr",
    requester__verified=True,
    requester__signer="Yannick Delorme-Aubert",
    requester__signer_title=any_of("Capitaine de police", "Cne", "OPJ"),
    targets=any_of(["lyon_vengeur69"], ["lyon_vengeur69", "conseillere.martin"]),
    data_categories=[BSI, NCR, SC],
    stated_purpose=any_of("menaces de mort", None),
    date_range={"start": "2026-10-01", "end": "2026-10-21"},
    served_at=w.iso,
    return_by=w.day("2026-10-29"),
    case_number=any_of("2026/7741", "procédure n° 2026/7741"),
)

# 79 Parquet de Paris, forwarded by the greffe ------------------------------------------------------
w_orig = When("2026-11-06 11:40", "+01:00")
w = When("2026-11-06 14:15", "+01:00")
foreign(
    "france-parquet-paris-forwarded",
    "A clerk of the Paris prosecutor's office (justice.fr) forwards a magistrate's réquisition for preservation and identification; '21 décembre 2026' date.",
    build(
        w,
        sender="Greffe J3 - Parquet de Paris <greffe-j3.pr.tj-paris@justice.fr>",
        subject="TR: Réquisition - compte paris_antifa_watch - P.26.310.004417",
        mid="<tj-paris-j3-tr-004417@justice.fr>",
        dkim="justice.fr",
        body=forward(
            "Bonjour,\n\nJe vous transmets ci-dessous la réquisition du magistrat. Merci d'en accuser réception.\n\n"
            "Le greffe - Section J3 (cybercriminalité)\nParquet de Paris - Tribunal judiciaire de Paris",
            sender="Laurence Vidal-Chenu <laurence.vidal-chenu@justice.fr>",
            when=w_orig,
            subject="Réquisition - compte paris_antifa_watch - P.26.310.004417",
            to="greffe-j3.pr.tj-paris@justice.fr",
            body=f"""RÉQUISITION

Le Procureur de la République près le tribunal judiciaire de Paris,
Vu les articles 60-1, 60-2 et 77-1-1 du code de procédure pénale,
Dans la procédure n° P.26.310.004417 suivie du chef de provocation publique à la haine,

Requiert {PLATFORM} :
1) de conserver l'ensemble des données relatives au compte « paris_antifa_watch » ;
2) de communiquer les données d'identification du titulaire et les adresses IP de connexion pour la
   période du 1er septembre 2026 au 5 novembre 2026.

Réponse attendue au plus tard le 21 décembre 2026.

Laurence Vidal-Chenu
Vice-procureure de la République""",
        ),
    ),
    country="FR",
    lang="fr",
    formats=("text", "forwarded"),
    statute=any_of("articles 60-1, 60-2 et 77-1-1 du code de procédure pénale", "art. 77-1-1 CPP"),
    requester__name=any_of(
        "Parquet de Paris",
        "Procureur de la République près le tribunal judiciaire de Paris",
        "Tribunal judiciaire de Paris",
    ),
    requester__email=any_of("laurence.vidal-chenu@justice.fr", "greffe-j3.pr.tj-paris@justice.fr"),
    requester__verified=True,
    requester__signer="Laurence Vidal-Chenu",
    requester__signer_title="Vice-procureure de la République",
    targets=["paris_antifa_watch"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("provocation publique à la haine", None),
    date_range={"start": "2026-09-01", "end": "2026-11-05"},
    served_at=any_of(w_orig.iso, w.iso),
    return_by=w_orig.day("2026-12-21"),
    case_number="P.26.310.004417",
)

# 80 Polizei Bayern Auskunftsersuchen ---------------------------------------------------------------
w = When("2026-10-01 08:45", "+02:00")
foreign(
    "germany-polizei-bayern-auskunftsersuchen",
    "Bayerisches Landeskriminalamt / Polizei Bayern: Auskunftsersuchen for Bestandsdaten and IP logs; German dates ('15. Oktober 2026').",
    build(
        w,
        sender="KPI Nürnberg K 15 <kpi.nuernberg.k15@polizei.bayern.de>",
        subject="Auskunftsersuchen - Az. BY8501-004471-26/3 - Konto @franken_deals",
        mid="<by8501-004471-26@polizei.bayern.de>",
        dkim="polizei.bayern.de",
        body="""Sehr geehrte Damen und Herren,

die Kriminalpolizeiinspektion Nürnberg führt ein Ermittlungsverfahren wegen gewerbsmäßigen Betrugs
(§ 263 Abs. 3 StGB) im Zusammenhang mit betrügerischen Verkaufsanzeigen auf Ihrer Plattform.

Wir bitten um Übermittlung folgender Daten zum Nutzerkonto @franken_deals:
 - Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer, Registrierungsdatum)
 - IP-Adressen der Registrierung und der Logins im Zeitraum 01.08.2026 bis 30.09.2026 (mit Zeitstempel
   und Zeitzone)

Um Antwort bis zum 15. Oktober 2026 wird gebeten. Wir bitten, den Kontoinhaber nicht zu informieren.

Mit freundlichen Grüßen

Kriminalhauptkommissarin Sabine Greulich
Kriminalpolizeiinspektion Nürnberg, K 15 (Cybercrime)
Polizeipräsidium Mittelfranken
""",
    ),
    country="DE",
    lang="de",
    formats=("text",),
    statute=None,
    requester__name=any_of(
        "Kriminalpolizeiinspektion Nürnberg", "Polizeipräsidium Mittelfranken", "Bayerische Polizei"
    ),
    requester__email="kpi.nuernberg.k15@polizei.bayern.de",
    requester__verified=True,
    requester__signer="Sabine Greulich",
    requester__signer_title="Kriminalhauptkommissarin",
    targets=["franken_deals"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("gewerbsmäßigen Betrugs", None),
    date_range={"start": "2026-08-01", "end": "2026-09-30"},
    served_at=w.iso,
    return_by=w.day("2026-10-15"),
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number=any_of("BY8501-004471-26/3", "Az. BY8501-004471-26/3"),
)

# 81 Amtsgericht Köln Beschluss via LKA NRW, docx -------------------------------------------------
w = When("2026-11-11 13:22", "+01:00")
foreign(
    "germany-ag-koeln-beschluss-docx",
    "LKA NRW serves an Amtsgericht Köln Beschluss (§§ 94, 98, 100g StPO: seizure of stored data) as .docx; '21. Dezember 2026'.",
    build(
        w,
        sender="LKA NRW Dezernat 42 <dez42.lka@polizei.nrw.de>",
        subject="Beschluss AG Köln 502 Gs 2291/26 - Bitte um Umsetzung",
        mid="<lka-nrw-502gs2291-26@polizei.nrw.de>",
        dkim="polizei.nrw.de",
        body="""Sehr geehrte Damen und Herren,

anbei übersenden wir den Beschluss des Amtsgerichts Köln vom 10.11.2026 mit der Bitte um
Datenherausgabe bis zum 21. Dezember 2026.

Mit freundlichen Grüßen
KOK Jannik Brüggemann
Landeskriminalamt Nordrhein-Westfalen, Dezernat 42 (Cybercrime)
""",
        attachments=(
            docx(
                [
                    "AMTSGERICHT KÖLN - BESCHLUSS",
                    "502 Gs 2291/26 - In dem Ermittlungsverfahren gegen Unbekannt wegen Verbreitung kinderpornographischer "
                    "Inhalte (§ 184b StGB), Staatsanwaltschaft Köln 121 UJs 4471/26",
                    "wird gemäß §§ 94, 98, 100g, 101a StPO die Beschlagnahme und Herausgabe folgender Daten angeordnet, "
                    "die bei der Firma " + PLATFORM + ' zu dem Nutzerkonto "rhein_sammler" gespeichert sind:',
                    "1. Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer); 2. IP-Adressen sämtlicher Logins; "
                    "3. Inhalte sämtlicher privater Nachrichten einschließlich Bild- und Videodateien; "
                    "jeweils für den Zeitraum vom 01.05.2026 bis 31.10.2026.",
                    "Eine Benachrichtigung des Betroffenen unterbleibt vorerst (§ 101 Abs. 5 StPO), da sie den "
                    "Untersuchungszweck gefährden würde.",
                    "Köln, 10. November 2026 - Richterin am Amtsgericht Dr. Katharina Vollmer-Aydın",
                ],
                "Beschluss_502Gs2291-26.docx",
            ),
        ),
    ),
    country="DE",
    lang="de",
    formats=("docx",),
    statute=any_of("§§ 94, 98, 100g, 101a StPO", "StPO"),
    requester__name=any_of("Landeskriminalamt Nordrhein-Westfalen", "LKA NRW", "Amtsgericht Köln"),
    requester__email="dez42.lka@polizei.nrw.de",
    requester__verified=True,
    requester__signer=any_of("Jannik Brüggemann", "Katharina Vollmer-Aydın"),
    requester__signer_title=any_of("KOK", "Kriminaloberkommissar", "Richterin am Amtsgericht"),
    targets=["rhein_sammler"],
    data_categories=[BSI, NCR, SC],
    date_range={"start": "2026-05-01", "end": "2026-10-31"},
    served_at=w.iso,
    return_by=w.day("2026-12-21"),
    nondisclosure__present=True,
    nondisclosure__kind=any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
    case_number=any_of("502 Gs 2291/26", "121 UJs 4471/26"),
    issuing_court="Amtsgericht Köln",
)

# 82 BKA emergency, HTML ----------------------------------------------------------------------------
w = When("2026-11-17 22:40", "+01:00")
foreign(
    "germany-bka-emergency-html",
    "Bundeskriminalamt emergency request (announced school attack, Gefahr für Leib und Leben) in HTML, German.",
    build(
        w,
        sender="BKA Lagezentrum <lagezentrum-ersuchen@bka.bund.de>",
        subject="EILT - Gefahrenabwehr - angekündigte Amoktat - Konto schulhof_rache_2026",
        mid="<bka-lz-gefahr-20261117@bka.bund.de>",
        dkim="bka.bund.de",
        html="""<p><b>EILT SEHR - GEFAHRENABWEHR</b></p>
<p>Sehr geehrte Damen und Herren,</p>
<p>über das Konto <b>schulhof_rache_2026</b> wurde heute um 21:15 Uhr MEZ ein Beitrag veröffentlicht, in dem
der Nutzer ankündigt, morgen früh an seiner Schule &bdquo;alle zu erschießen&ldquo;, mit einem Foto einer
Schusswaffe. Es besteht eine gegenwärtige Gefahr für Leib und Leben.</p>
<p>Wir bitten dringend um Übermittlung der Bestandsdaten (Name, E-Mail, Telefonnummer) sowie der zuletzt
genutzten IP-Adressen (letzte 48 Stunden) und etwaiger Standortdaten.</p>
<p>Erreichbarkeit rund um die Uhr: +49 611 55-0000</p>
<p>Mit freundlichen Grüßen<br>KHK Tobias Reinhardt-Oyelaran<br>Bundeskriminalamt, Lagezentrum<br>65173 Wiesbaden</p>""",
    ),
    country="DE",
    lang="de",
    formats=("html",),
    requester__name=any_of("Bundeskriminalamt", "BKA"),
    requester__email="lagezentrum-ersuchen@bka.bund.de",
    requester__verified=True,
    requester__signer="Tobias Reinhardt-Oyelaran",
    requester__signer_title=any_of("KHK", "Kriminalhauptkommissar"),
    targets=["schulhof_rache_2026"],
    data_categories=[BSI, NCR, LOC],
    served_at=w.iso,
    emergency=emergency("alle zu erschießen"),
)

# 83 Polizia Postale -----------------------------------------------------------------------------
w = When("2026-10-09 12:10", "+02:00", zone="Europe/Rome")
foreign(
    "italy-polizia-postale-richiesta",
    "Polizia Postale e delle Comunicazioni (Italy) request for subscriber data and IP logs in an extortion case; Italian.",
    build(
        w,
        sender="COSC Milano <cosc.mi@poliziadistato.it>",
        subject="Richiesta dati - Proc. pen. n. 31874/2026 RGNR - account @milano_moda_outlet",
        mid="<cosc-mi-31874-2026@poliziadistato.it>",
        dkim="poliziadistato.it",
        body=f"""POLIZIA DI STATO
Centro Operativo per la Sicurezza Cibernetica - Polizia Postale e delle Comunicazioni "Lombardia"
Via Moisè Loria 74, 20144 Milano

Milano, 9 ottobre 2026

Oggetto: richiesta di dati relativi all'account @milano_moda_outlet - Proc. pen. n. 31874/2026 RGNR
Procura della Repubblica presso il Tribunale di Milano.

Spett.le {PLATFORM},

nell'ambito del procedimento penale in oggetto, per il reato di truffa aggravata (art. 640 c.p.),
si chiede di voler fornire, entro il 30 ottobre 2026:
 - i dati anagrafici e di registrazione del titolare dell'account (nome, e-mail, numero di telefono);
 - i log di accesso (indirizzi IP, data, ora e fuso orario) dal 1 agosto 2026 al 5 ottobre 2026.

Distinti saluti.

Il Vice Questore Aggiunto
Dott.ssa Francesca Benedetti-Sala
""",
    ),
    country="IT",
    lang="it",
    formats=("text",),
    statute=None,
    requester__name=any_of(
        "Polizia Postale e delle Comunicazioni", "Polizia di Stato", "Centro Operativo per la Sicurezza Cibernetica"
    ),
    requester__email="cosc.mi@poliziadistato.it",
    requester__verified=True,
    requester__signer="Francesca Benedetti-Sala",
    requester__signer_title="Vice Questore Aggiunto",
    targets=["milano_moda_outlet"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("truffa aggravata", None),
    date_range={"start": "2026-08-01", "end": "2026-10-05"},
    served_at=w.iso,
    return_by=w.day("2026-10-30"),
    case_number=any_of("31874/2026 RGNR", "Proc. pen. n. 31874/2026 RGNR"),
)

# 84 Procura di Roma decreto, PDF ---------------------------------------------------------------
w = When("2026-11-20 10:30", "+01:00")
DEC = f"""PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE ORDINARIO DI ROMA
Proc. pen. n. 44712/2026 R.G.N.R. - Mod. 44

DECRETO DI ACQUISIZIONE DI DATI
(art. 256 c.p.p. e art. 132 D.Lgs. 196/2003)

Il Pubblico Ministero, dott. Edoardo Lanzillotta-Ferri,
visti gli atti del procedimento per il reato di atti persecutori (art. 612-bis c.p.),
ritenuta la necessità di acquisire i dati relativi all'account "trastevere_ombra" e all'indirizzo
e-mail ombra.trastevere@example.org,

ORDINA a {PLATFORM} di trasmettere, entro 15 giorni dalla notifica, i dati identificativi del titolare,
i log di connessione (IP, data, ora) e i contenuti dei messaggi privati inviati all'account
"giulia.roma.foto", per il periodo dal 1 giugno 2026 al 15 novembre 2026.

Roma, 19 novembre 2026
Il Pubblico Ministero - Edoardo Lanzillotta-Ferri
"""
foreign(
    "italy-procura-roma-decreto-pdf",
    "Procura della Repubblica di Roma decreto di acquisizione (art. 256 c.p.p.) as a PDF, including private message content; Italian.",
    build(
        w,
        sender="Segreteria PM Lanzillotta-Ferri <segreteria.lanzillotta.procura.roma@giustizia.it>",
        subject="Notifica decreto - proc. 44712/2026 RGNR",
        mid="<procura-roma-44712-2026@giustizia.it>",
        dkim="giustizia.it",
        body="Si trasmette in allegato il decreto in oggetto per gli adempimenti di competenza.\n\n"
        "La Segreteria del PM\nProcura della Repubblica di Roma\n",
        attachments=(textpdf(DEC, "decreto_44712-2026.pdf"),),
    ),
    country="IT",
    lang="it",
    formats=("pdf",),
    statute=any_of("art. 256 c.p.p.", "art. 256 c.p.p. e art. 132 D.Lgs. 196/2003"),
    requester__name=any_of(
        "Procura della Repubblica presso il Tribunale Ordinario di Roma", "Procura della Repubblica di Roma"
    ),
    requester__email="segreteria.lanzillotta.procura.roma@giustizia.it",
    requester__verified=True,
    requester__signer="Edoardo Lanzillotta-Ferri",
    requester__signer_title="Pubblico Ministero",
    targets=any_of(["trastevere_ombra", "ombra.trastevere@example.org"], ["trastevere_ombra"]),
    data_categories=[BSI, NCR, SC],
    stated_purpose=any_of("atti persecutori", None),
    date_range={"start": "2026-06-01", "end": "2026-11-15"},
    served_at=w.iso,
    return_by=w.day("2026-12-05"),
    case_number=any_of("44712/2026 R.G.N.R.", "Proc. pen. n. 44712/2026 R.G.N.R."),
)

# 85 Mexico City cyber police ----------------------------------------------------------------------
w = When("2026-11-26 18:20", "-06:00")
foreign(
    "mexico-ssc-cdmx-policia-cibernetica",
    "Policía Cibernética de la SSC de la Ciudad de México asks for subscriber data of an e-mail-identified account; '21 de diciembre de 2026'.",
    build(
        w,
        sender="Policía Cibernética SSC <policia.cibernetica@ssc.cdmx.gob.mx>",
        subject="Solicitud de colaboración - Folio PC/UIC/3318/2026",
        mid="<ssc-pc-3318-2026@ssc.cdmx.gob.mx>",
        dkim="ssc.cdmx.gob.mx",
        body=f"""SECRETARÍA DE SEGURIDAD CIUDADANA DE LA CIUDAD DE MÉXICO
Unidad de Policía Cibernética
Folio: PC/UIC/3318/2026

{PLATFORM}
P r e s e n t e

Por medio del presente y en atención a la denuncia de una ciudadana por el delito de acoso sexual
(artículo 179 del Código Penal para el Distrito Federal), solicito su valiosa colaboración a fin de
que se proporcionen los datos de registro (nombre de usuario, teléfono, fecha de creación) de la
cuenta asociada al correo acosador.cdmx77@example.com, a más tardar el 21 de diciembre de 2026.

Atentamente
Suboficial Ximena Carrasco Ledesma
Unidad de Policía Cibernética, SSC CDMX
""",
    ),
    country="MX",
    lang="es",
    formats=("text",),
    statute=None,
    requester__name=any_of(
        "Secretaría de Seguridad Ciudadana de la Ciudad de México", "Policía Cibernética", "SSC CDMX"
    ),
    requester__email="policia.cibernetica@ssc.cdmx.gob.mx",
    requester__verified=True,
    requester__signer="Ximena Carrasco Ledesma",
    requester__signer_title="Suboficial",
    targets=["acosador.cdmx77@example.com"],
    data_categories=[BSI],
    stated_purpose=any_of("acoso sexual", None),
    served_at=w.iso,
    return_by=w.day("2026-12-21"),
    case_number=any_of("PC/UIC/3318/2026", "Folio PC/UIC/3318/2026"),
)

# 86 Police Scotland --------------------------------------------------------------------------------
w = When("2026-11-30 10:10", "+00:00")
foreign(
    "uk-police-scotland-request",
    "Police Scotland request for subscriber details and IP logs; Scottish procurator fiscal reference; dd/mm/yyyy deadline 21/12/2026.",
    build(
        w,
        sender="Cybercrime Investigations <cybercrime.disclosure@scotland.police.uk>",
        subject="Police Scotland - request for data - PS-20261127-0441",
        mid="<ps-20261127-0441@scotland.police.uk>",
        dkim="scotland.police.uk",
        body="""OFFICIAL

Police Scotland is investigating threatening or abusive behaviour (Criminal Justice and Licensing
(Scotland) Act 2010, s.38) directed at a member of the Scottish Parliament by the account
"@highland_hammer_77". The matter has been reported to the Procurator Fiscal (COPFS ref. FS26004417).

We request the account's subscriber details (name, e-mail, telephone) and login IP addresses from
01/10/2026 to 25/11/2026, by 21/12/2026 if possible.

DS Fiona MacLachlan
Cybercrime Investigations, Police Scotland, Gartcosh
""",
    ),
    country="GB",
    lang="en",
    formats=("text",),
    statute=None,
    requester__name="Police Scotland",
    requester__email="cybercrime.disclosure@scotland.police.uk",
    requester__verified=True,
    requester__signer="Fiona MacLachlan",
    requester__signer_title=any_of("DS", "Detective Sergeant"),
    targets=["highland_hammer_77"],
    data_categories=[BSI, NCR],
    stated_purpose=any_of("threatening or abusive behaviour", None),
    date_range={"start": "2026-10-01", "end": "2026-11-25"},
    served_at=w.iso,
    return_by=w.day("2026-12-21"),
    case_number=any_of("PS-20261127-0441", "FS26004417"),
)

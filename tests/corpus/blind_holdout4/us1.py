"""United States demands, part 1 (federal, South Carolina, Alabama, Puerto Rico, Virginia). Sender domains
from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout4._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when


def usao_dsc_grand_jury_pdf() -> Message:
    date = when(2026, 11, 10, 9, 14, 22, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
DISTRICT OF SOUTH CAROLINA

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until
the judge or a court officer allows you to leave.

Place: J. Waties Waring Judicial Center, 83 Meeting Street, Charleston, SC 29401
Date and Time: December 15, 2026 10:00 a.m.

You must also bring with you the following documents, electronically stored information, or objects:
See Attachment A. In lieu of appearance, records may be produced to Special Agent Renee Okafor, DEA,
by the date and time shown above.

Grand Jury No. 26-GJ-0331                              CLERK OF COURT
Date: 11/09/2026                                       /s/ Dorothy L. Kearse, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United
States attorney, who requests this subpoena, are:
Marcus T. Pettigrew, Assistant United States Attorney, 151 Meeting Street, Suite 200, Charleston, SC
29401, (843) 555-0127

ATTACHMENT A
For the account with the user name @lowcountry_plug, from account creation to the present, produce
subscriber information: name, postal and e-mail addresses, telephone numbers, account creation date,
IP address at registration, and means and source of payment. Do NOT produce the contents of any
communications.
"""
    body = """\
Good morning,

Attached is a federal grand jury subpoena (26-GJ-0331) for subscriber information on @lowcountry_plug.
The investigation concerns the distribution of fentanyl (21 U.S.C. 841).

We ask that you not disclose the existence of this subpoena to the account holder, as doing so could
impede an ongoing investigation. This is a request, not a court order.

Records may be e-mailed to me in lieu of appearance.

Marcus T. Pettigrew
Assistant United States Attorney
District of South Carolina
"""
    return make(
        "001-usao-dsc-grand-jury-pdf",
        "USAO District of South Carolina grand jury subpoena (text PDF, AO 110 form): subscriber data for an "
        "@handle, appear December 15, 2026 10:00 a.m.; the cover mail asks (expressly not an order) not to notify.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of South Carolina",
                "U.S. Attorney's Office, District of South Carolina",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Marcus.Pettigrew@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marcus T. Pettigrew", "Dorothy L. Kearse"),
            "requester.signer_title": any_of("Assistant United States Attorney", "Deputy Clerk"),
            "targets": ["lowcountry_plug"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "fentanyl", "distribution of fentanyl"),
            "date_range": None,
            "served_at": served(date),
            "return_by": "2026-12-15T10:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("26-GJ-0331", "Grand Jury No. 26-GJ-0331"),
            "issuing_court": any_of(
                "United States District Court for the District of South Carolina",
                "U.S. District Court, District of South Carolina",
            ),
        },
        sender="Pettigrew, Marcus (USASC) <Marcus.Pettigrew@usdoj.gov>",
        subject="Grand Jury Subpoena 26-GJ-0331",
        date=date,
        message_id="<BN8PR09MB5520C1A@usdoj.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ 26-0331 Social Example.pdf")],
        dkim="usdoj.gov",
    )


def usao_mdal_2703d_one_year_gag() -> Message:
    date = when(2026, 11, 3, 10, 2, 5, -6)
    text = """\
To the custodian of records:

Please find below the text of an order entered yesterday in the Middle District of Alabama. A certified
copy will follow by mail.

---------------------------------------------------------------------------------------------
IN THE UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF ALABAMA
NORTHERN DIVISION

IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                                  Case No. 2:26-mj-217-SMD

ORDER

Upon the application of the United States, and the Court finding specific and articulable facts showing
reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal
investigation of a scheme to sell stolen vehicles by wire (18 U.S.C. §§ 1343, 2312), it is ORDERED that
Social Example, Inc. shall, within fourteen (14) days of service of this Order, disclose for the account
associated with the e-mail address riverregion.autos@example.com (user name "RiverRegionAutos") the
following records for the period March 1, 2026 through October 15, 2026:

  1. subscriber names, addresses, telephone numbers and e-mail addresses, length and types of service;
  2. records of session times and durations, with the IP address used for each log-in;
  3. the user names of accounts with which the account exchanged messages, and the date and time of
     each such message (not including content).

It is further ORDERED, pursuant to 18 U.S.C. § 2705(b), that Social Example, Inc. shall not notify any
person, including the subscriber, of the existence of the application or of this Order for a period of
one (1) year from the date of this Order.

DONE this 2nd day of November, 2026.
                                  Stephen M. Doyle
                                  UNITED STATES MAGISTRATE JUDGE
---------------------------------------------------------------------------------------------

Kind regards,
Lakeisha Bramlett
Paralegal Specialist, U.S. Attorney's Office, Middle District of Alabama
on behalf of AUSA J. Carter Ashford
"""
    return make(
        "002-usao-mdal-2703d-one-year-gag",
        "USAO Middle District of Alabama serves (via a paralegal) a § 2703(d) order typed into the body: an "
        "account given by e-mail address and user name, subscriber/IP/correspondent records for a date range, "
        "14 days from service, one-year § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the Middle District of Alabama",
                "U.S. Attorney's Office, Middle District of Alabama",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Lakeisha.Bramlett@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Stephen M. Doyle", "J. Carter Ashford", "Lakeisha Bramlett"),
            "requester.signer_title": any_of(
                "United States Magistrate Judge", "Assistant United States Attorney", "Paralegal Specialist"
            ),
            "targets": any_of(
                ["riverregion.autos@example.com", "RiverRegionAutos"],
                ["riverregion.autos@example.com"],
                ["RiverRegionAutos"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("stolen vehicles", "wire fraud", None),
            "date_range": {"start": "2026-03-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of("2026-11-17T17:00:00-06:00", "2026-11-17T23:59:59-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # one year from 2026-11-02 (DST ends 2027-11-07, so Central time is -05:00 that day)
            "nondisclosure.expires_at": any_of(
                "2027-11-02T23:59:59-05:00",
                "2027-11-01T23:59:59-05:00",
                "2027-11-02T23:59:59-06:00",
                "2027-11-01T23:59:59-06:00",
            ),
            "case_number": "2:26-mj-217-SMD",
            "issuing_court": any_of(
                "United States District Court for the Middle District of Alabama",
                "U.S. District Court, Middle District of Alabama",
            ),
        },
        sender="Bramlett, Lakeisha (USAALM) <Lakeisha.Bramlett@usdoj.gov>",
        subject="Service of 2703(d) Order -- 2:26-mj-217-SMD",
        date=date,
        message_id="<DM6PR09MB4471E2B0@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_dpr_2703d_indefinite_gag_html() -> Message:
    date = when(2026, 11, 18, 13, 40, 0, -4)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Dear Custodian:</p>
<p>The United States Attorney's Office for the District of Puerto Rico hereby serves the attached Order of the
United States District Court for the District of Puerto Rico. Summary:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Case</th><td>Misc. No. 26-mj-1187 (MEL)</td></tr>
<tr><th align="left">Authority</th><td>18 U.S.C. &sect; 2703(d)</td></tr>
<tr><th align="left">Date of Order</th><td>17-Nov-2026</td></tr>
<tr><th align="left">Accounts</th><td>Account linked to telephone number (787) 555-0142; profile
<a href="https://social.example.com/boricua.deals">https://social.example.com/boricua.deals</a></td></tr>
<tr><th align="left">Records</th><td>Subscriber information (name, address, telephone, e-mail); log-in IP addresses
with date/time stamps; message header information (sender, recipient, date, time) &mdash; no content</td></tr>
<tr><th align="left">Period</th><td>08/01/2026 &ndash; 11/15/2026</td></tr>
<tr><th align="left">Due</th><td>Within ten (10) days of receipt</td></tr>
<tr><th align="left">Nondisclosure</th><td>18 U.S.C. &sect; 2705(b): provider shall not disclose the existence of the
Order to any person <b>until further order of the Court</b></td></tr>
<tr><th align="left">Offense</th><td>Bank fraud, 18 U.S.C. &sect; 1344</td></tr>
</table>
<p>The order is reproduced in full here: the Court, having found specific and articulable facts under 18 U.S.C.
&sect; 2703(d), ORDERS the provider to disclose the records listed above. SO ORDERED. San Juan, Puerto Rico,
November 17, 2026. Marcos E. L&oacute;pez, United States Magistrate Judge.</p>
<p>Saludos,<br>Ivelisse Cordero-Rivera<br>Assistant United States Attorney<br>District of Puerto Rico<br>
Torre Chard&oacute;n, Suite 1201, 350 Carlos Chard&oacute;n Ave., San Juan, PR 00918</p>
</body></html>
"""
    return make(
        "003-usao-dpr-2703d-indefinite-gag-html",
        "USAO District of Puerto Rico serves a § 2703(d) order summarised in an HTML table: an account by phone "
        "number and profile URL, subscriber/IP/header records, '17-Nov-2026', 'within ten (10) days of receipt', "
        "§ 2705(b) NDO until further order (indefinite).",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Puerto Rico",
                "U.S. Attorney's Office, District of Puerto Rico",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Ivelisse.Cordero@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marcos E. López", "Ivelisse Cordero-Rivera"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": any_of(
                ["(787) 555-0142", "https://social.example.com/boricua.deals"],
                ["+17875550142", "https://social.example.com/boricua.deals"],
                ["7875550142", "https://social.example.com/boricua.deals"],
                ["787-555-0142", "https://social.example.com/boricua.deals"],
                ["(787) 555-0142", "boricua.deals"],
                ["+17875550142", "boricua.deals"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("bank fraud", None),
            "date_range": {"start": "2026-08-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of("2026-11-28T17:00:00-04:00", "2026-11-28T23:59:59-04:00", "2026-11-30T17:00:00-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": any_of("26-mj-1187 (MEL)", "Misc. No. 26-mj-1187 (MEL)", "26-mj-1187"),
            "issuing_court": any_of(
                "United States District Court for the District of Puerto Rico",
                "U.S. District Court, District of Puerto Rico",
            ),
        },
        sender="Cordero-Rivera, Ivelisse (USAPR) <Ivelisse.Cordero@usdoj.gov>",
        subject="Order 26-mj-1187 (MEL) - service on provider",
        date=date,
        message_id="<SJ0PR09MB6610AA3@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def fbi_columbia_warrant_docx() -> Message:
    date = when(2026, 11, 10, 16, 27, 40, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT for the District of South Carolina"),
            (
                "p",
                "In the Matter of the Search of Information Associated with the Account "
                '"midlands.mayhem" Stored at Premises Controlled by Social Example, Inc.',
            ),
            ("p", "Case No. 3:26-mj-00904-PJG"),
            ("h", "SEARCH AND SEIZURE WARRANT"),
            ("t", "To|Any authorized law enforcement officer"),
            (
                "t",
                "Property to be searched|Attachment A: the account midlands.mayhem "
                "(https://social.example.com/midlands.mayhem)",
            ),
            ("t", "Property to be seized|Attachment B"),
            ("t", "Execute on or before|November 23, 2026 (not to exceed 14 days)"),
            ("t", "Issued|November 9, 2026 at 2:05 p.m., Columbia, South Carolina"),
            ("t", "Judge|Paige J. Gossett, United States Magistrate Judge"),
            (
                "p",
                "ATTACHMENT B. Information to be disclosed by the provider for the period July 15, 2026 "
                "through October 31, 2026: (a) subscriber records: names, e-mail addresses, telephone numbers, "
                "addresses; (b) all log-in IP addresses with timestamps; (c) the contents of all direct "
                "messages, and all photos and videos uploaded, including private ones; (d) all location "
                "information, including GPS data and check-ins. The provider shall disclose the information "
                "within ten (10) days of service of this warrant.",
            ),
            (
                "p",
                "ORDER UNDER 18 U.S.C. § 2705(b): the provider shall not disclose the existence of this "
                "warrant to any person for ninety (90) days from the date of this Order. Dated November 9, 2026.",
            ),
            (
                "p",
                "Evidence of violations of 18 U.S.C. § 875(c) (interstate threats) and 18 U.S.C. § 2261A (stalking).",
            ),
        ],
        author="FBI Columbia",
    )
    body = """\
Custodian,

Please see the attached federal search warrant (3:26-mj-00904-PJG) for midlands.mayhem. It includes a 90-day
non-disclosure order. Please send the return to me through your law enforcement portal.

SA Travis W. Odom
Federal Bureau of Investigation - Columbia Field Office
151 Westpark Blvd, Columbia, SC 29210
(803) 555-0175
"""
    return make(
        "004-fbi-columbia-warrant-docx",
        "FBI Columbia serves a D.S.C. search and seizure warrant as a .docx (fields in a table): subscriber data, "
        "IP logs, DMs/private media and location for a date range; 10 days from service; 90-day § 2705(b) order.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "18 U.S.C. § 2703", "Fed. R. Crim. P. 41"),
            "requester.name": any_of(
                "Federal Bureau of Investigation",
                "FBI",
                "FBI Columbia Field Office",
                "Federal Bureau of Investigation - Columbia Field Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "twodom@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Paige J. Gossett", "Travis W. Odom"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Special Agent", "SA"),
            "targets": any_of(["midlands.mayhem"], ["https://social.example.com/midlands.mayhem"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("threats", "stalking", "interstate threats", None),
            "date_range": {"start": "2026-07-15", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-20T17:00:00-05:00", "2026-11-20T23:59:59-05:00", "2026-11-23T17:00:00-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-02-07T23:59:59-05:00", "2027-02-06T23:59:59-05:00"),
            "case_number": "3:26-mj-00904-PJG",
            "issuing_court": any_of(
                "United States District Court for the District of South Carolina",
                "U.S. District Court, District of South Carolina",
            ),
        },
        sender="Odom, Travis W. (CO) (FBI) <twodom@fbi.gov>",
        subject="Search Warrant - midlands.mayhem",
        date=date,
        message_id="<PH0PR09MB7788F1@fbi.gov>",
        text=body,
        attachments=[
            (
                document,
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "SW_3-26-mj-00904.docx",
            )
        ],
        dkim="fbi.gov",
    )


def usao_wdva_pen_register_pdf() -> Message:
    date = when(2026, 11, 16, 11, 48, 9, -5)
    order = """\
IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF VIRGINIA
ROANOKE DIVISION

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES          Case No. 7:26-mj-00412
FOR AN ORDER AUTHORIZING THE INSTALLATION AND USE OF            UNDER SEAL
A PEN REGISTER AND TRAP AND TRACE DEVICE

ORDER

This matter having come before the Court pursuant to an application under 18 U.S.C. §§ 3122 and 3123 by
Assistant United States Attorney Rebecca S. Lindqvist, certifying that the information likely to be
obtained is relevant to an ongoing criminal investigation by the Drug Enforcement Administration of
possession with intent to distribute methamphetamine, IT IS ORDERED that:

1. Agents of the DEA may install and use a pen register and trap and trace device to record, decode and
capture all dialing, routing, addressing and signaling information (including the IP addresses,
ports and dates and times of log-ins and of messages sent and received, but not the contents of any
communication) associated with the account "blue_ridge_runner540" on the service of Social Example, Inc.

2. This authorization is for a period of sixty (60) days from the date of this Order.

3. Social Example, Inc. shall furnish forthwith all information, facilities and technical assistance
necessary to accomplish the installation unobtrusively.

4. Pursuant to 18 U.S.C. § 3123(d), this Order and the application are sealed until otherwise ordered
by the Court, and Social Example, Inc. shall not disclose the existence of the pen register or trap and
trace device or of this investigation to the listed subscriber or to any other person unless or until
otherwise ordered by the Court.

ENTERED: November 16, 2026

C. Kailani Memmer
United States Magistrate Judge
"""
    body = "Sealed PR/TT order attached, effective immediately. DEA TFO contact: (540) 555-0190.\n\nR. Lindqvist, AUSA (WDVA)\n"
    return make(
        "005-usao-wdva-pen-register-pdf",
        "USAO Western District of Virginia serves a sealed § 3123 pen register / trap and trace order (PDF) for 60 "
        "days on a user name (prospective routing data, DEA); § 3123(d) nondisclosure until otherwise ordered.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. § 3123", "18 U.S.C. §§ 3122 and 3123", "18 U.S.C. 3123"),
            "requester.name": any_of(
                "United States Attorney's Office for the Western District of Virginia",
                "U.S. Attorney's Office, Western District of Virginia",
                "United States Attorney's Office",
                "Drug Enforcement Administration",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Rebecca.Lindqvist@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("C. Kailani Memmer", "Rebecca S. Lindqvist", "R. Lindqvist"),
            "requester.signer_title": any_of(
                "United States Magistrate Judge", "Assistant United States Attorney", "AUSA"
            ),
            "targets": ["blue_ridge_runner540"],
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of("methamphetamine", None),
            "date_range": any_of(None, {"start": "2026-11-16", "end": "2027-01-15"}),
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "7:26-mj-00412",
            "issuing_court": any_of(
                "United States District Court for the Western District of Virginia",
                "U.S. District Court, Western District of Virginia",
            ),
        },
        sender="Lindqvist, Rebecca (USAVAW) <Rebecca.Lindqvist@usdoj.gov>",
        subject="PRTT 7:26-mj-00412 SEALED",
        date=date,
        message_id="<CH2PR09MB3301D7@usdoj.gov>",
        text=body,
        attachments=[(pdf(order), "application", "pdf", "7-26-mj-00412_PRTT_Order.pdf")],
        dkim="usdoj.gov",
    )


def tigta_preservation_terse() -> Message:
    date = when(2026, 10, 21, 7, 3, 51, -4)
    text = """\
Pls preserve all records incl. content for acct taxrelief.now.irs per 18 USC 2703(f) for 90 days. Acct is
impersonating IRS. Legal process to follow.

TIGTA case 53-2611-0044-I
SA K. Brandvold
TIGTA Office of Investigations, Atlanta
Sent from my iPhone
"""
    return make(
        "006-tigta-preservation-terse",
        "TIGTA special agent's terse § 2703(f) preservation request from a phone for an account impersonating the "
        "IRS (content included), 90 days, no date range, no gag.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)"),
            "requester.name": any_of(
                "Treasury Inspector General for Tax Administration",
                "TIGTA",
                "TIGTA Office of Investigations",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "kai.brandvold@tigta.treas.gov",
            "requester.verified": True,
            "requester.signer": any_of("K. Brandvold", "Kai Brandvold"),
            "requester.signer_title": any_of("Special Agent", "SA"),
            "targets": ["taxrelief.now.irs"],
            "data_categories": any_of(
                [], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], ["STORED_CONTENT"]
            ),
            "stated_purpose": any_of(None, "impersonating IRS", "impersonation"),
            "served_at": served(date),
            "case_number": "53-2611-0044-I",
        },
        sender="Brandvold Kai <kai.brandvold@tigta.treas.gov>",
        subject="preservation",
        date=date,
        message_id="<6F1A2C90-44B1-4E7F-9A0D-1B2C3D4E5F60@tigta.treas.gov>",
        text=text,
        dkim="tigta.treas.gov",
    )


def cfpb_cid_pdf() -> Message:
    date = when(2026, 11, 12, 14, 20, 33, -5)
    cid = """\
UNITED STATES OF AMERICA
CONSUMER FINANCIAL PROTECTION BUREAU

CIVIL INVESTIGATIVE DEMAND
No. 2026-MISC-0173

TO: Social Example, Inc., Attn: Legal Process / Custodian of Records

This civil investigative demand is issued pursuant to Section 1052 of the Consumer Financial Protection
Act of 2010, 12 U.S.C. § 5562, and 12 C.F.R. Part 1080.

Nature of the conduct under investigation: whether debt-relief providers advertising through online
platforms, including the accounts named below, have engaged in deceptive acts or practices in
connection with the offering of debt-settlement services, in violation of 12 U.S.C. §§ 5531 and 5536
and the Telemarketing Sales Rule.

Accounts: @ClearSlateDebt, @FreshStartFinancialUS, and the page https://social.example.com/pages/88120456

Documents to be produced (for January 1, 2025 through October 31, 2026):
 1. Documents sufficient to identify the account holders: names, addresses, e-mail addresses, telephone
    numbers, and the payment methods used to pay for advertising.
 2. Records of all paid advertising purchased by or for the accounts, including dates, amounts and
    targeting criteria.
 3. Log-in records showing IP addresses, dates and times.

Return date: responses are due within twenty-one (21) days of receipt of this demand.
Contact: Enforcement Attorney Priyanka V. Raman, (202) 555-0166.

Issued at Washington, D.C., November 10, 2026.

/s/ Gerald M. Whitfield
Deputy Enforcement Director, Office of Enforcement
"""
    body = """\
Dear Custodian of Records,

Please find attached Civil Investigative Demand No. 2026-MISC-0173. Please confirm receipt. A meet and confer
call under 12 C.F.R. 1080.6(c) may be scheduled within 10 days.

Priyanka V. Raman
Enforcement Attorney | Office of Enforcement
Consumer Financial Protection Bureau
"""
    return make(
        "007-cfpb-cid-pdf",
        "CFPB civil investigative demand (12 U.S.C. § 5562) in a PDF for two @handles and a page URL: identity, "
        "ad-payment and ad-purchase records and login IPs, Jan 2025-Oct 2026, 21 days from receipt; no gag.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "12 U.S.C. § 5562", "12 U.S.C. 5562", "Section 1052 of the Consumer Financial Protection Act of 2010"
            ),
            "requester.name": any_of("Consumer Financial Protection Bureau", "CFPB"),
            "requester.kind": "FEDERAL",
            "requester.email": "priyanka.raman@cfpb.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gerald M. Whitfield", "Priyanka V. Raman"),
            "requester.signer_title": any_of("Deputy Enforcement Director", "Enforcement Attorney"),
            "targets": any_of(
                ["ClearSlateDebt", "FreshStartFinancialUS", "https://social.example.com/pages/88120456"],
                ["ClearSlateDebt", "FreshStartFinancialUS", "88120456"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("deceptive acts or practices", "debt-settlement", "debt relief"),
            "date_range": {"start": "2025-01-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-12-03T17:00:00-05:00", "2026-12-03T23:59:59-05:00"),
            "case_number": any_of("2026-MISC-0173", "No. 2026-MISC-0173"),
        },
        sender="Raman, Priyanka (CFPB) <priyanka.raman@cfpb.gov>",
        subject="CFPB Civil Investigative Demand 2026-MISC-0173",
        date=date,
        message_id="<MN2PR09MB5012B3@cfpb.gov>",
        text=body,
        attachments=[(pdf(cid), "application", "pdf", "CID_2026-MISC-0173.pdf")],
        dkim="cfpb.gov",
    )


ICE_SCAN = """\
# U.S. Department of Homeland Security
# Immigration and Customs Enforcement
# SUBPOENA FOR RECORDS
File No. SNA-26-ERO-07731

To: Social Example, Inc., Custodian of Records

By the authority of Section 235(d)(4)(A) of the Immigration and Nationality Act,
8 U.S.C. 1225(d)(4)(A), and 8 C.F.R. 287.4, you are hereby commanded to produce
the records described below, relating to the administration and enforcement of the
immigration laws of the United States.

Records: for the account @rgv_watch: the subscriber's name, address, e-mail address,
telephone number, date the account was opened, and the IP address used at registration.

Place: ICE ERO San Antonio Field Office, 1777 NE Loop 410, San Antonio, TX 78217
Date and time: November 20, 2026 at 9:00 AM

Issued at San Antonio, Texas on 11/18/2026.

Signature: Rolando G. Trevino
Title: Supervisory Detention and Deportation Officer
"""


def ice_admin_subpoena_scan() -> Message:
    date = when(2026, 11, 19, 8, 33, 12, -6)
    body = "Please see the attached subpoena and provide the records by the date indicated.\n\nR. Trevino\nERO San Antonio\n"
    return make(
        "008-ice-admin-subpoena-scan",
        "ICE ERO administrative subpoena (8 U.S.C. § 1225(d)(4)(A), Form I-138 style) as an image-only scan for an "
        "account that posts checkpoint sightings: subscriber data, return date the day after service, signed by a "
        "supervisory deportation officer.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("8 U.S.C. § 1225(d)(4)(A)", "8 U.S.C. 1225(d)(4)(A)", "8 U.S.C. § 1225(d)"),
            "requester.name": any_of(
                "U.S. Immigration and Customs Enforcement",
                "Immigration and Customs Enforcement",
                "ICE",
                "ICE ERO San Antonio",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "rolando.g.trevino@ice.dhs.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rolando G. Trevino", "R. Trevino"),
            "requester.signer_title": "Supervisory Detention and Deportation Officer",
            "targets": ["rgv_watch"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("administration and enforcement of the immigration laws", "immigration laws"),
            "served_at": served(date),
            "return_by": "2026-11-20T09:00:00-06:00",
            "case_number": any_of("SNA-26-ERO-07731", "File No. SNA-26-ERO-07731"),
        },
        sender="Trevino, Rolando G <rolando.g.trevino@ice.dhs.gov>",
        subject="Subpoena",
        date=date,
        message_id="<SA9PR09MB1182C@ice.dhs.gov>",
        text=body,
        attachments=[(scan([ICE_SCAN], skew=0.6, noise=0.0004, seed=41), "application", "pdf", "scan0042.pdf")],
        dkim="ice.dhs.gov",
    )


def scag_cid_html() -> Message:
    date = when(2026, 11, 13, 10, 55, 0, -5)
    html = """\
<html><body>
<p><b>STATE OF SOUTH CAROLINA<br>OFFICE OF THE ATTORNEY GENERAL<br>Consumer Protection Division</b></p>
<p><b>CIVIL INVESTIGATIVE DEMAND</b> pursuant to S.C. Code Ann. &sect; 39-5-70 (South Carolina Unfair Trade
Practices Act)</p>
<table border="1" cellpadding="5">
<tr><td>CID No.</td><td>CPD-2026-118</td></tr>
<tr><td>Recipient</td><td>Social Example, Inc.</td></tr>
<tr><td>Subject accounts</td><td>@PalmettoTixResale, https://social.example.com/pages/palmettotix, and any other account registered to Tyrell M. Bostick</td></tr>
<tr><td>Information demanded</td><td>(1) name, address, telephone number and e-mail address of each account holder;
(2) all public posts advertising event tickets, with dates</td></tr>
<tr><td>Time period</td><td>June 1, 2026 &ndash; October 31, 2026</td></tr>
<tr><td>Return date</td><td>Friday, December 4, 2026</td></tr>
</table>
<p>The Division is investigating the sale of counterfeit concert and football tickets to South Carolina
consumers through online advertisements.</p>
<p>Respectfully,<br>Whitney A. Gadsden<br>Assistant Attorney General<br>Rembert C. Dennis Building, Columbia, SC 29201</p>
</body></html>
"""
    return make(
        "009-scag-cid-html",
        "South Carolina Attorney General (Consumer Protection) civil investigative demand under the SC Unfair "
        "Trade Practices Act, HTML table: identity and public ad posts of an @handle, a page and any account of a "
        "named person (bare name), return Friday "
        "December 4, 2026.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("S.C. Code Ann. § 39-5-70", "S.C. Code § 39-5-70"),
            "requester.name": any_of(
                "South Carolina Attorney General",
                "South Carolina Office of the Attorney General",
                "Office of the Attorney General, State of South Carolina",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "wgadsden@scag.gov",
            "requester.verified": True,
            "requester.signer": "Whitney A. Gadsden",
            "requester.signer_title": "Assistant Attorney General",
            "targets": any_of(
                ["PalmettoTixResale", "https://social.example.com/pages/palmettotix", "Tyrell M. Bostick"],
                ["PalmettoTixResale", "palmettotix", "Tyrell M. Bostick"],
                ["PalmettoTixResale", "https://social.example.com/pages/palmettotix"],
                ["PalmettoTixResale", "palmettotix"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of(
                "counterfeit", "counterfeit concert and football tickets", "unfair trade practices"
            ),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-12-04T17:00:00-05:00",
            "case_number": any_of("CPD-2026-118", "CID No. CPD-2026-118"),
        },
        sender="Whitney Gadsden <wgadsden@scag.gov>",
        subject="Civil Investigative Demand CPD-2026-118",
        date=date,
        message_id="<20261113155500.77231@scag.gov>",
        html=html,
        dkim="scag.gov",
    )


def alea_warrant_odt() -> Message:
    date = when(2026, 11, 5, 15, 9, 45, -6)
    document = odt(
        [
            "IN THE CIRCUIT COURT OF MONTGOMERY COUNTY, ALABAMA",
            "STATE OF ALABAMA - SEARCH WARRANT - No. SW-2026-1183",
            "TO ANY LAW ENFORCEMENT OFFICER OF THE STATE OF ALABAMA:",
            "Proof by affidavit having been made before me by Special Agent Darnell Q. Whitlow, Alabama Law "
            "Enforcement Agency, State Bureau of Investigation, that there is probable cause to believe that "
            "evidence of the offense of capital murder (Code of Alabama § 13A-5-40) is held by Social Example, Inc., "
            "you are commanded to search for and seize the following records of the account 'cap_city_kingpin' "
            "for the period 09/01/2026 through 10/31/2026:",
            "1. subscriber name, e-mail, telephone, and account creation records;",
            "2. the contents of all messages sent and received, including deleted messages where retained;",
            "3. all location data associated with the account.",
            "The provider shall deliver the records within ten (10) days of service of this warrant.",
            "Done this 4th day of November, 2026.",
            "Hon. Lorraine B. McCants, Circuit Judge",
        ],
        heading="SEARCH WARRANT",
    )
    body = """\
Attached is a search warrant issued by the Montgomery County Circuit Court. Please return responsive records to
me within 10 days.

SA Darnell Q. Whitlow
Alabama Law Enforcement Agency | State Bureau of Investigation
Major Crimes Unit
"""
    return make(
        "010-alea-warrant-odt",
        "Alabama Law Enforcement Agency (SBI) serves a Montgomery County Circuit Court search warrant as .odt: "
        "subscriber data, message content and location of a user name, MM/DD/YYYY range, 10 days from service.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": None,
            "requester.name": any_of(
                "Alabama Law Enforcement Agency",
                "Alabama Law Enforcement Agency, State Bureau of Investigation",
                "ALEA",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "darnell.whitlow@alacop.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lorraine B. McCants", "Darnell Q. Whitlow"),
            "requester.signer_title": any_of("Circuit Judge", "Special Agent"),
            "targets": ["cap_city_kingpin"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("capital murder", None),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            # 10 days from 2026-11-05 is Sunday 2026-11-15
            "return_by": any_of("2026-11-15T17:00:00-06:00", "2026-11-15T23:59:59-06:00", "2026-11-16T17:00:00-06:00"),
            "case_number": any_of("SW-2026-1183", "No. SW-2026-1183"),
            "issuing_court": any_of(
                "Circuit Court of Montgomery County, Alabama", "Circuit Court of Montgomery County"
            ),
        },
        sender="Darnell Whitlow <darnell.whitlow@alacop.gov>",
        subject="Search Warrant SW-2026-1183",
        date=date,
        message_id="<a81f3c2e9b@alacop.gov>",
        text=body,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "SW-2026-1183.odt")],
        dkim="alacop.gov",
    )


def vsp_emergency_suicide() -> Message:
    date = when(2026, 11, 22, 3, 12, 30, -5)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) and (c)(4)

To the Social Example emergency team,

At 02:41 tonight the Virginia State Police Fusion Center received reports that the user "dani.exe_"
(https://social.example.com/dani.exe_) is live-streaming statements that she has taken pills and intends to
end her life tonight. We believe she is a minor in the Shenandoah Valley area but cannot identify her.

We request on an emergency basis: the name, e-mail address and phone number on the account, the IP addresses
of the most recent log-ins and of the current live stream, and any location information you hold from the last
24 hours.

This is a good-faith request based on an imminent risk of death. Call me directly: (804) 555-0133 (24/7).

First Sergeant Owen P. Callister
Virginia State Police - Virginia Fusion Intelligence Center
"""
    return make(
        "011-vsp-emergency-suicide",
        "Virginia State Police (fusion center) emergency disclosure request at 03:12: a minor live-streaming a "
        "suicide attempt; subscriber data, recent IPs and 24 h of location for a user name/profile URL; "
        "DKIM-signed, not confirmed out of band.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(b)(8) and (c)(4)", "18 U.S.C. § 2702(b)(8)"),
            "requester.name": any_of(
                "Virginia State Police", "Virginia State Police - Virginia Fusion Intelligence Center"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "owen.callister@vsp.virginia.gov",
            "requester.verified": True,
            "requester.signer": "Owen P. Callister",
            "requester.signer_title": any_of("First Sergeant", "1st Sgt."),
            "targets": any_of(["dani.exe_"], ["https://social.example.com/dani.exe_"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "suicide", "end her life"),
            "date_range": None,
            "served_at": served(date),
            "emergency": {"narrative_contains": "end her life"},
        },
        sender="Callister, Owen (VSP) <owen.callister@vsp.virginia.gov>",
        subject="EMERGENCY - imminent risk of death - dani.exe_",
        date=date,
        message_id="<CY8PR09MB9902E@vsp.virginia.gov>",
        text=text,
        headers=[("Importance", "high"), ("X-Priority", "1")],
        dkim="vsp.virginia.gov",
    )


def fairfax_pd_forwarded_warrant() -> Message:
    date = when(2026, 11, 2, 9, 40, 18, -5)
    text = """\
Hi - forwarding on behalf of Det. Amari, who is out this week. Please reply to him and cc me.

Thanks,
Jessica Llewellyn
Records Management Specialist
Fairfax County Police Department | Criminal Investigations Bureau

---------- Forwarded message ---------
From: Amari, Youssef <youssef.amari@fairfaxcounty.gov>
Date: Fri, Oct 30, 2026 at 4:51 PM
Subject: SW 26-4471 - circuit court warrant
To: Llewellyn, Jessica <jessica.llewellyn@fairfaxcounty.gov>

Jess, can you send this to Social Example's legal process inbox Monday? Text of the warrant below.

   COMMONWEALTH OF VIRGINIA - CIRCUIT COURT OF FAIRFAX COUNTY
   SEARCH WARRANT (Va. Code §§ 19.2-56, 19.2-70.3)       No. SW 26-4471

   TO: Social Example, Inc. and any police officer
   You are hereby commanded to produce, for the account registered to tysons.tutor@example.net
   (user name "tysons_tutor"), for the period 05/01/2026 - 09/30/2026:
     (1) subscriber and registration information;
     (2) the content of all direct messages, photographs and videos sent, received or stored.
   Offense: production of child sexual abuse material (Va. Code § 18.2-374.1).
   Records to be provided no later than November 16, 2026.

   It is further ORDERED that the provider shall not disclose the existence of this warrant to the
   subscriber or any other person for 180 days from the date hereof.

   Given under my hand this 29th day of October, 2026.
   Hon. Brenda K. Oyelaran, Judge, Fairfax County Circuit Court

Det. Youssef Amari #2217
Fairfax County Police Department - Major Crimes, Child Exploitation Unit
703-555-0148
"""
    return make(
        "012-fairfax-pd-forwarded-warrant",
        "Fairfax County PD records specialist forwards her detective's mail with a Virginia circuit court search "
        "warrant typed in: DMs/photos and subscriber data of an account (e-mail and user name), MM/DD/YYYY range, "
        "due November 16, 2026, 180-day NDO from October 29.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Va. Code §§ 19.2-56, 19.2-70.3", "Va. Code § 19.2-70.3"),
            "requester.name": any_of("Fairfax County Police Department", "Fairfax County Police"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("jessica.llewellyn@fairfaxcounty.gov", "youssef.amari@fairfaxcounty.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Brenda K. Oyelaran", "Youssef Amari"),
            "requester.signer_title": any_of("Judge", "Detective", "Det."),
            "targets": any_of(
                ["tysons.tutor@example.net", "tysons_tutor"], ["tysons.tutor@example.net"], ["tysons_tutor"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("child sexual abuse material", None),
            "date_range": {"start": "2026-05-01", "end": "2026-09-30"},
            "served_at": any_of(served(date), "2026-10-30T16:51:00-04:00"),
            "return_by": "2026-11-16T17:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 180 days from 2026-10-29
            "nondisclosure.expires_at": any_of("2027-04-27T23:59:59-04:00", "2027-04-26T23:59:59-04:00"),
            "case_number": any_of("SW 26-4471", "26-4471"),
            "issuing_court": any_of("Circuit Court of Fairfax County", "Fairfax County Circuit Court"),
        },
        sender="Llewellyn, Jessica <jessica.llewellyn@fairfaxcounty.gov>",
        subject="Fwd: SW 26-4471 - circuit court warrant",
        date=date,
        message_id="<BL1PR09MB2210F0@fairfaxcounty.gov>",
        text=text,
        cc="Amari, Youssef <youssef.amari@fairfaxcounty.gov>",
        dkim="fairfaxcounty.gov",
    )


MESSAGES = [
    usao_dsc_grand_jury_pdf,
    usao_mdal_2703d_one_year_gag,
    usao_dpr_2703d_indefinite_gag_html,
    fbi_columbia_warrant_docx,
    usao_wdva_pen_register_pdf,
    tigta_preservation_terse,
    cfpb_cid_pdf,
    ice_admin_subpoena_scan,
    scag_cid_html,
    alea_warrant_odt,
    vsp_emergency_suicide,
    fairfax_pd_forwarded_warrant,
]

"""United States demands, part 1 (federal and state). Sender domains from CISA's .gov list; people fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout2._kit import Message, any_of, build, docx_file, scan_jpeg, served, when
from tests.corpus.pdf import text_pdf


def hawaii_county_pd_warrant_pdf_only() -> Message:
    date = when(2026, 11, 9, 8, 41, 3, -10)
    warrant = """\
IN THE DISTRICT COURT OF THE THIRD CIRCUIT
SOUTH HILO DIVISION
STATE OF HAWAII

STATE OF HAWAII                                   )   S.W. No. 3DSW-26-0000417
                                                  )
vs.                                               )   SEARCH WARRANT
                                                  )   (Stored Electronic Communications,
RECORDS OF SOCIAL.EXAMPLE.COM ACCOUNT             )    HRS Section 803-47.6)
"kona.sunsets.808"                                )

TO ANY POLICE OFFICER OF THE COUNTY OF HAWAII, AND TO THE CUSTODIAN OF RECORDS OF THE SERVICE
PROVIDER:

Proof by affidavit having been made this day before me by Detective Malia K. Nakoa of the Hawaii
County Police Department, Area I Criminal Investigation Section, that there is probable cause to
believe that evidence of the offense of Extortion in the First Degree (HRS Section 707-765) is
contained in the records described below,

YOU ARE HEREBY COMMANDED to produce the following records for the account identified by the user
name kona.sunsets.808 (https://social.example.com/kona.sunsets.808), for the period from
September 1, 2026 to November 5, 2026, inclusive:

  (a) subscriber information: name, e-mail addresses and telephone numbers on file, account
      creation date and means of payment, if any;
  (b) the IP addresses used to create and to log in to the account, with date and time stamps;
  (c) the contents of all private (direct) messages sent or received by the account.

The records shall be produced to Detective Nakoa on or before the 23rd day of November, 2026.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. Section 2705(b), that the provider shall not notify
the subscriber or any other person of the existence of this warrant for a period of ninety (90)
days from the date of this warrant.

DATED: Hilo, Hawaii, this 6th day of November, 2026.

                                   /s/ Leilani M. Kahananui
                                   JUDGE OF THE ABOVE-ENTITLED COURT
"""
    return Message(
        "001-hawaii-county-pd-warrant-pdf-only",
        "Hawaii County Police: Third Circuit District Court search warrant (text PDF only, body 'Please see "
        "attached.'): subscriber data, login IPs and DMs of a profile for a date range; 90-day court NDO.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "001",
            sender="Malia Nakoa <malia.nakoa@hawaiipolice.gov>",
            subject="SW 3DSW-26-0000417",
            date=date,
            message_id="<CAH7x09Qw-lx2s@hawaiipolice.gov>",
            text="Please see attached.\n",
            attachments=[(text_pdf(warrant), "application", "pdf", "3DSW-26-0000417.pdf")],
            dkim_domain="hawaiipolice.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "HRS Section 803-47.6", "HRS § 803-47.6"),
            "requester.name": any_of("Hawaii County Police Department", "Hawaii Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "malia.nakoa@hawaiipolice.gov",
            "requester.verified": True,
            "requester.signer": any_of("Leilani M. Kahananui", "Malia K. Nakoa"),
            "requester.signer_title": any_of("Judge", "Judge of the above-entitled court", "Detective"),
            "targets": any_of(["kona.sunsets.808"], ["https://social.example.com/kona.sunsets.808"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": "extortion",
            "date_range": {"start": "2026-09-01", "end": "2026-11-05"},
            "served_at": served(date),
            "return_by": "2026-11-23T17:00:00-10:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-02-04T23:59:59-10:00", "2027-02-03T23:59:59-10:00"),
            "case_number": any_of("3DSW-26-0000417", "S.W. No. 3DSW-26-0000417"),
            "issuing_court": any_of(
                "District Court of the Third Circuit",
                "District Court of the Third Circuit, State of Hawaii",
                "District Court of the Third Circuit, South Hilo Division",
            ),
        },
        "hawaiipolice.gov",
    )


def vermont_usao_2703d_order() -> Message:
    date = when(2026, 11, 4, 15, 2, 51, -5)
    text = """\
Custodian of Records,

The United States Attorney's Office for the District of Vermont serves the enclosed order, issued
under 18 U.S.C. § 2703(d), in the matter below. The full text of the order follows; a signed copy
is available on request.

=====================================================================
UNITED STATES DISTRICT COURT
FOR THE
DISTRICT OF VERMONT

IN THE MATTER OF THE APPLICATION OF THE       )
UNITED STATES OF AMERICA FOR AN ORDER          )   Misc. No. 2:26-mj-00188
PURSUANT TO 18 U.S.C. § 2703(d)                )   FILED UNDER SEAL

ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that
the Court issue an Order requiring the provider to disclose the records and other information
described in Attachment A. The Court finds that the United States has offered specific and
articulable facts showing that there are reasonable grounds to believe that the records are
relevant and material to an ongoing criminal investigation into wire fraud (18 U.S.C. § 1343)
and aggravated identity theft (18 U.S.C. § 1028A).

IT IS ORDERED that the provider shall, within fourteen days of receipt of this Order, disclose
the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the provider shall not disclose the
existence of the application or this Order to the listed subscriber or to any other person for
one hundred eighty (180) days from the date of this Order, unless the Court orders otherwise.

SO ORDERED on this the 3rd day of November, 2026.

    Kathleen B. Ostrowski
    United States Magistrate Judge

ATTACHMENT A
I. The account: the account registered to the e-mail address green.mtn.tradeco@example.net.
II. Records to be disclosed, for the period June 1, 2026 through October 31, 2026:
   A. Names, addresses, telephone numbers, length of service and types of service used;
   B. Records of session times and durations and the IP addresses associated with each login;
   C. Non-content records of communications: the user names of correspondents and the date
      and time of each message sent or received (but not the contents).
=====================================================================

Please produce to AUSA Daniel R. Whitcomb at the address below. Questions: (802) 555-0161.

Daniel R. Whitcomb
Assistant United States Attorney
District of Vermont
11 Elmwood Avenue, Burlington, VT 05401
"""
    return Message(
        "002-vermont-usao-2703d-order",
        "USAO District of Vermont serves a § 2703(d) order (text in the body) for an account given by e-mail "
        "address: subscriber, session/IP and correspondent records; § 2705(b) NDO for 180 days; 'within "
        "fourteen days of receipt'.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "002",
            sender="Whitcomb, Daniel (USAVT) <Daniel.Whitcomb@usdoj.gov>",
            subject="2703(d) Order - Misc. No. 2:26-mj-00188 - SEALED",
            date=date,
            message_id="<SA1PR09MB81127A0@usdoj.gov>",
            text=text,
            dkim_domain="usdoj.gov",
        ),
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Vermont",
                "U.S. Attorney's Office, District of Vermont",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Daniel.Whitcomb@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kathleen B. Ostrowski", "Daniel R. Whitcomb"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["green.mtn.tradeco@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "wire fraud",
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            # "within fourteen days of receipt": received 2026-11-04, so 2026-11-18
            "return_by": any_of("2026-11-18T17:00:00-05:00", "2026-11-18T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 180 days from 2026-11-03
            "nondisclosure.expires_at": any_of(
                "2027-05-02T23:59:59-05:00",
                "2027-05-01T23:59:59-05:00",
                "2027-05-02T23:59:59-04:00",
                "2027-05-01T23:59:59-04:00",
            ),
            "case_number": any_of("2:26-mj-00188", "Misc. No. 2:26-mj-00188"),
            "issuing_court": any_of(
                "United States District Court for the District of Vermont",
                "U.S. District Court, District of Vermont",
                "District of Vermont",
            ),
        },
        "usdoj.gov",
    )


def idaho_federal_grand_jury_html() -> Message:
    date = when(2026, 10, 20, 11, 17, 38, -6)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Good morning,</p>
<p>Please find below a federal grand jury subpoena for records. Kindly acknowledge receipt.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td colspan="2" style="text-align:center"><b>UNITED STATES DISTRICT COURT<br>DISTRICT OF IDAHO</b><br>
SUBPOENA TO TESTIFY BEFORE A GRAND JURY</td></tr>
<tr><td>To</td><td>Custodian of Records, Social Example, Inc. (legal-process@dueprocess.local)</td></tr>
<tr><td>Place</td><td>U.S. Courthouse, 550 West Fort Street, Boise, ID 83724 &mdash; Grand Jury Room</td></tr>
<tr><td>Date and time</td><td>12/14/2026 9:00 AM</td></tr>
<tr><td>Subpoena No.</td><td>GJ 26-0412-BOI</td></tr>
<tr><td>You must also bring</td><td>For the account <b>@snakeriver_guns4sale</b>: subscriber name, physical and
e-mail addresses, telephone numbers, account creation date and IP address at creation, and means and source
of payment. Personal appearance is excused if the records are produced by the date above with a
completed certificate of authenticity.</td></tr>
<tr><td>Offense under investigation</td><td>Unlicensed dealing in firearms, 18 U.S.C. &sect; 922(a)(1)(A)</td></tr>
<tr><td>Issued by</td><td>AUSA Rebecca L. Thorne, United States Attorney's Office, District of Idaho, (208) 555-0139</td></tr>
</table>
<p style="font-size:small">You are requested not to disclose the existence of this subpoena to the
subscriber, as disclosure could impede the investigation. This request is not an order; if you intend to
notify the subscriber, please contact me first.</p>
<p>Rebecca L. Thorne<br>Assistant U.S. Attorney</p>
</body></html>
"""
    return Message(
        "003-idaho-federal-grand-jury-html",
        "USAO District of Idaho grand jury subpoena in an HTML table, return 12/14/2026 9:00 AM, subscriber "
        "information for an @handle; polite letter request not to notify (expressly 'not an order').",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        build(
            "003",
            sender="Thorne, Rebecca (USAID) <Rebecca.Thorne@usdoj.gov>",
            subject="Grand Jury Subpoena GJ 26-0412-BOI",
            date=date,
            message_id="<BN8PR09MB5521C2@usdoj.gov>",
            html=html,
            dkim_domain="usdoj.gov",
        ),
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office, District of Idaho",
                "United States Attorney's Office for the District of Idaho",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Rebecca.Thorne@usdoj.gov",
            "requester.verified": True,
            "requester.signer": "Rebecca L. Thorne",
            "requester.signer_title": any_of("Assistant U.S. Attorney", "Assistant United States Attorney", "AUSA"),
            "targets": ["snakeriver_guns4sale"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "unlicensed dealing in firearms",
            "date_range": None,
            "served_at": served(date),
            "return_by": any_of("2026-12-14T09:00:00-07:00", "2026-12-14T09:00:00-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("GJ 26-0412-BOI", "26-0412-BOI"),
            "issuing_court": any_of(
                "United States District Court, District of Idaho",
                "United States District Court for the District of Idaho",
                "District of Idaho",
            ),
        },
        "usdoj.gov",
    )


def alaska_pen_trap_order() -> Message:
    date = when(2026, 11, 17, 13, 30, 0, -9)
    order = """\
                      IN THE UNITED STATES DISTRICT COURT
                           FOR THE DISTRICT OF ALASKA

IN THE MATTER OF THE APPLICATION OF THE UNITED      Case No. 3:26-mj-00731-MMS
STATES FOR AN ORDER AUTHORIZING THE INSTALLATION
AND USE OF A PEN REGISTER AND TRAP AND TRACE        UNDER SEAL
DEVICE ON THE ACCOUNT "aurora.kodiak.77"

                                    ORDER

This matter having come before the Court pursuant to an application under 18 U.S.C. §§ 3122 and
3123 by an attorney for the Government, who has certified that the information likely to be
obtained is relevant to an ongoing criminal investigation being conducted by the Drug Enforcement
Administration into possession with intent to distribute fentanyl (21 U.S.C. § 841),

IT IS ORDERED, pursuant to 18 U.S.C. § 3123, that agents of the Drug Enforcement Administration
may install and use a pen register and trap and trace device to record, decode and/or capture
the dialing, routing, addressing and signaling information (including the source and destination
IP addresses, port numbers, date, time and duration, and the user names of senders and
recipients, but NOT the contents of any communication) associated with the account
"aurora.kodiak.77" for a period of sixty (60) days from the date of this Order;

IT IS FURTHER ORDERED that the provider furnish forthwith all information, facilities and
technical assistance necessary to accomplish the installation unobtrusively;

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d), that this Order and the application be
sealed until otherwise ordered by the Court, and that the provider shall not disclose the
existence of the pen register and trap and trace device or of this investigation to the listed
subscriber or to any other person, unless or until otherwise ordered by the Court.

DATED at Anchorage, Alaska, November 16, 2026.

                                   s/ Marguerite M. Salo
                                   UNITED STATES MAGISTRATE JUDGE
"""
    text = """\
Legal Process Team -

Attached is a signed Pen/Trap order for the account aurora.kodiak.77. Please begin delivery of
the data as soon as possible to the DEA Anchorage Resident Office. Our technical contact is
TFO Curtis Bell, (907) 555-0177.

Reference: AUSA Jonah Pettersen / DEA case R8-26-0091

V/r,
Jonah K. Pettersen
Assistant United States Attorney
District of Alaska
222 West 7th Avenue, Anchorage, AK 99513
"""
    return Message(
        "004-alaska-pen-trap-order",
        "USAO District of Alaska serves a sealed § 3123 pen register / trap and trace order (PDF) for 60 days on "
        "an account (prospective routing data, DEA); § 3123(d) nondisclosure until otherwise ordered.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "004",
            sender="Pettersen, Jonah (USAAK) <Jonah.Pettersen@usdoj.gov>",
            subject="Pen/Trap Order 3:26-mj-00731 (SEALED)",
            date=date,
            message_id="<DM6PR09MB4410A9@usdoj.gov>",
            text=text,
            attachments=[(text_pdf(order), "application", "pdf", "3-26-mj-00731 PRTT Order.pdf")],
            dkim_domain="usdoj.gov",
        ),
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. § 3123", "18 U.S.C. §§ 3122 and 3123", "18 U.S.C. §§ 3122, 3123"),
            "requester.name": any_of(
                "United States Attorney's Office, District of Alaska",
                "United States Attorney's Office for the District of Alaska",
                "Drug Enforcement Administration",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Jonah.Pettersen@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marguerite M. Salo", "Jonah K. Pettersen"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["aurora.kodiak.77"],
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": "fentanyl",
            # sixty days from the order of 2026-11-16
            "date_range": any_of(None, {"start": "2026-11-16", "end": "2027-01-15"}),
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": any_of("3:26-mj-00731-MMS", "3:26-mj-00731", "R8-26-0091"),
            "issuing_court": any_of("United States District Court for the District of Alaska", "District of Alaska"),
        },
        "usdoj.gov",
    )


def wyoming_sheriff_preservation_terse() -> Message:
    date = when(2026, 9, 29, 22, 4, 11, -6)
    text = """\
pls preserve everything on acct tied to phone # (307) 555-0142 under 2703(f). Laramie Co SO case 26-11873. paper to follow

Sgt. T. Brandvold
LCSO Investigations
"""
    return Message(
        "005-wyoming-sheriff-preservation-terse",
        "Laramie County (WY) Sheriff's sergeant, one-line § 2703(f) preservation request for the account tied to "
        "a phone number, sent late at night from a phone; no date range, no gag.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "005",
            sender="Tom Brandvold <tbrandvold@laramiecountywy.gov>",
            subject="preservation",
            date=date,
            message_id="<7C1E0F8B-55A2-4D0B-9E3C-0B2A19F1D6E4@laramiecountywy.gov>",
            text=text,
            dkim_domain="laramiecountywy.gov",
        ),
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "2703(f)"),
            "requester.name": any_of("Laramie County Sheriff's Office", "Laramie Co SO", "Laramie County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tbrandvold@laramiecountywy.gov",
            "requester.verified": True,
            "requester.signer": any_of("T. Brandvold", "Tom Brandvold"),
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": any_of(["(307) 555-0142"], ["3075550142"], ["+13075550142"], ["307-555-0142"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "served_at": served(date),
            "case_number": "26-11873",
        },
        "laramiecountywy.gov",
    )


def wyoming_preservation_extension_reply() -> Message:
    date = when(2026, 12, 2, 9, 12, 40, -7)
    text = """\
Good morning,

Per 18 U.S.C. 2703(f)(2), the Laramie County Sheriff's Office requests that the preservation below be
extended for an additional 90-day period. We are still waiting on the district court for the warrant.
Your reference was PRES-2026-0930-0417.

Thank you,

Sgt. Thomas Brandvold
Investigations Division
Laramie County Sheriff's Office
1910 Pioneer Ave, Cheyenne, WY 82001
307-555-0190

-----Original Message-----
From: Tom Brandvold <tbrandvold@laramiecountywy.gov>
Sent: Tuesday, September 29, 2026 10:04 PM
To: legal-process@dueprocess.local
Subject: preservation

pls preserve everything on acct tied to phone # (307) 555-0142 under 2703(f). Laramie Co SO case 26-11873. paper to follow

Sgt. T. Brandvold
LCSO Investigations
"""
    return Message(
        "006-wyoming-preservation-extension-reply",
        "The same sergeant replies on his own earlier one-liner (quoted) asking for the 90-day extension of the "
        "§ 2703(f) preservation under (f)(2).",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        build(
            "006",
            sender="Tom Brandvold <tbrandvold@laramiecountywy.gov>",
            subject="RE: preservation - 90 day extension",
            date=date,
            message_id="<A04C2E71-1D6B-4B4E-8B77-2F33CC90E1A2@laramiecountywy.gov>",
            headers=[("In-Reply-To", "<7C1E0F8B-55A2-4D0B-9E3C-0B2A19F1D6E4@laramiecountywy.gov>")],
            text=text,
            dkim_domain="laramiecountywy.gov",
        ),
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)(2)", "18 U.S.C. 2703(f)(2)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Laramie County Sheriff's Office", "Laramie County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tbrandvold@laramiecountywy.gov",
            "requester.verified": True,
            "requester.signer": any_of("Thomas Brandvold", "Tom Brandvold"),
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": any_of(["(307) 555-0142"], ["3075550142"], ["+13075550142"], ["307-555-0142"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "served_at": served(date),
            "case_number": any_of("26-11873", "PRES-2026-0930-0417"),
        },
        "laramiecountywy.gov",
    )


def cranston_pd_emergency() -> Message:
    date = when(2026, 11, 21, 2, 37, 15, -5)
    text = """\
EMERGENCY DISCLOSURE REQUEST -- 18 U.S.C. 2702(b)(8) and 2702(c)(4)

Requesting agency: Cranston Police Department, 275 Atwood Avenue, Cranston, RI 02920
Requesting officer: Patrolman Derek A. Souza, badge 0419 -- desk (401) 555-0123
Supervisor: Lt. Joanne Medeiros
CPD incident: 26-40122-OF

Account: the user known as "lil_cranston_moth" (display name "moth"), profile
https://social.example.com/lil_cranston_moth

Nature of the emergency: At 01:55 hrs a 15-year-old Cranston resident's mother called 911 after
her daughter received messages from this account telling her where to meet "tonight" and
threatening to post images of her unless she came alone. The juvenile has left the home and is
not answering her phone. We believe she is at imminent risk of serious bodily harm / sexual
assault.

Information requested: subscriber name, e-mail and phone number on the account; the IP addresses
of the most recent logins (last 48 hours); and any location information you hold for the account
for the last 48 hours.

I certify that the above is true and that this is an emergency involving danger of death or
serious physical injury that requires disclosure without delay.

Ptl. Derek A. Souza
Cranston Police Department
"""
    return Message(
        "007-cranston-pd-emergency",
        "Cranston (RI) Police emergency disclosure request at 02:37: missing juvenile lured by an account "
        "('the user known as'), asks subscriber data, recent login IPs and 48 h of location; DKIM-signed but "
        "not confirmed out of band.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "007",
            sender="Derek Souza <dsouza@cranstonpoliceri.gov>",
            subject="EMERGENCY - juvenile at risk - request for disclosure",
            date=date,
            message_id="<20261121023715.5521@cranstonpoliceri.gov>",
            text=text,
            dkim_domain="cranstonpoliceri.gov",
        ),
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(
                None, "18 U.S.C. 2702(b)(8) and 2702(c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702(c)(4)"
            ),
            "requester.name": "Cranston Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dsouza@cranstonpoliceri.gov",
            "requester.verified": True,
            "requester.signer": "Derek A. Souza",
            "requester.signer_title": any_of("Patrolman", "Ptl."),
            "targets": any_of(["lil_cranston_moth"], ["https://social.example.com/lil_cranston_moth"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "juvenile", "imminent risk"),
            "date_range": any_of(None, {"start": "2026-11-19", "end": "2026-11-21"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "15-year-old"},
            "case_number": "26-40122-OF",
        },
        "cranstonpoliceri.gov",
    )


def hhs_oig_subpoena_pdf() -> Message:
    date = when(2026, 12, 1, 10, 48, 9, -8)
    subpoena = """\
DEPARTMENT OF HEALTH AND HUMAN SERVICES
OFFICE OF INSPECTOR GENERAL

SUBPOENA DUCES TECUM
No. OI-26-SF-00932

TO: Custodian of Records, Social Example, Inc.

YOU ARE HEREBY REQUIRED to produce the documents described in the Schedule below to Special Agent
Priya N. Ramaswamy, Office of Investigations, at 90 7th Street, Suite 3-650, San Francisco, CA
94103, on or before January 8, 2027, at 10:00 a.m.

This subpoena is issued pursuant to Section 6(a)(4) of the Inspector General Act of 1978, as
amended (5 U.S.C. § 406(a)(4)), in connection with an investigation of possible false claims
submitted to the Medicare program by a durable medical equipment supplier (18 U.S.C. § 287;
31 U.S.C. § 3729).

SCHEDULE
For the accounts "bayareamobility_dme" and "BAM Supply Direct" (page ID 1180442291):
1. Subscriber name(s), postal and e-mail addresses and telephone numbers of the account holder;
2. Dates of account creation and the IP address used at registration;
3. Means and source of payment for any advertising purchased, including card number (last four
   digits), billing name and address.
Time period: January 1, 2025 to present.

IN TESTIMONY WHEREOF, the undersigned, a duly authorized official of the Office of Inspector
General, has hereunto set her hand this 25th day of November, 2026.

Helen T. Marchetti
Special Agent in Charge, San Francisco Region
for the Inspector General
"""
    text = """\
Dear Custodian of Records,

Please find attached an HHS-OIG subpoena duces tecum (No. OI-26-SF-00932). Records may be
produced electronically to me at the address below in lieu of appearance.

We respectfully ask that you not disclose this subpoena to the account holders for a period of
90 days, as notification may result in the destruction of evidence.

Regards,
SA Priya N. Ramaswamy
HHS-OIG, Office of Investigations, San Francisco Region
priya.ramaswamy@oig.hhs.gov | 415-555-0118
"""
    return Message(
        "008-hhs-oig-subpoena-pdf",
        "HHS-OIG Inspector General subpoena (5 U.S.C. § 406(a)(4)) in a PDF: subscriber data and payment "
        "information for two accounts (handle and page ID), Medicare false claims; letter request not to notify "
        "for 90 days; return January 8, 2027.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "008",
            sender="Ramaswamy, Priya (OIG/OI) <priya.ramaswamy@oig.hhs.gov>",
            subject="HHS-OIG Subpoena OI-26-SF-00932",
            date=date,
            message_id="<BY5PR09MB7781E1@oig.hhs.gov>",
            text=text,
            attachments=[(text_pdf(subpoena), "application", "pdf", "OI-26-SF-00932 Subpoena.pdf")],
            dkim_domain="oig.hhs.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Section 6(a)(4) of the Inspector General Act of 1978"),
            "requester.name": any_of(
                "HHS Office of Inspector General",
                "Department of Health and Human Services, Office of Inspector General",
                "HHS-OIG",
                "Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "priya.ramaswamy@oig.hhs.gov",
            "requester.verified": True,
            "requester.signer": "Helen T. Marchetti",
            "requester.signer_title": any_of(
                "Special Agent in Charge", "Special Agent in Charge, San Francisco Region"
            ),
            "targets": any_of(["bayareamobility_dme", "1180442291"], ["bayareamobility_dme", "BAM Supply Direct"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("false claims", "Medicare"),
            "date_range": any_of(
                {"start": "2025-01-01", "end": "2026-11-25"}, {"start": "2025-01-01", "end": "2026-12-01"}
            ),
            "served_at": served(date),
            "return_by": "2027-01-08T10:00:00-08:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": "OI-26-SF-00932",
        },
        "oig.hhs.gov",
    )


def ftc_cid_docx() -> Message:
    date = when(2026, 10, 14, 16, 55, 30, -4)
    blocks = [
        ("p", "UNITED STATES OF AMERICA"),
        ("p", "FEDERAL TRADE COMMISSION"),
        ("h", "CIVIL INVESTIGATIVE DEMAND"),
        ("t", "File No.|262-3107"),
        (
            "t",
            "Subject of investigation|Whether sellers of 'CryptoYield Pro' trading courses have engaged in "
            "deceptive or unfair acts or practices in violation of Section 5 of the FTC Act, 15 U.S.C. § 45",
        ),
        ("t", "Recipient|Social Example, Inc., Custodian of Records"),
        ("t", "Authority|Section 20 of the FTC Act, 15 U.S.C. § 57b-1; Resolution File No. P264100"),
        ("t", "Date and time of production|November 24, 2026, 5:00 p.m. Eastern"),
        ("t", "Commission counsel|Alexis J. Brennan, Bureau of Consumer Protection, (202) 555-0147"),
        ("h", "Specifications"),
        (
            "p",
            "For each of the accounts @cryptoyield.pro, @cyp_academy and @mentor.marcus.fx, produce for the "
            "period January 1, 2026 through the date of this demand:",
        ),
        (
            "p",
            "1. Documents sufficient to show the name, address, e-mail address, telephone number and means "
            "of payment of each account holder.",
        ),
        ("p", "2. The log of IP addresses used to access each account, with dates and times."),
        ("p", "3. All advertising purchase records, including amounts spent, targeting selected and dates."),
        ("p", "Issued: October 13, 2026.  /s/ Marisol Quintana-Webb, Commissioner"),
    ]
    text = """\
Hello,

The attached Civil Investigative Demand (FTC File No. 262-3107) is served on Social Example, Inc.
by e-mail under the parties' earlier agreement. Please confirm receipt and let me know whether you
will be producing on a rolling basis. Happy to meet and confer about the scope.

Alexis J. Brennan
Attorney, Division of Marketing Practices
Bureau of Consumer Protection, Federal Trade Commission
600 Pennsylvania Ave NW, Washington, DC 20580
"""
    return Message(
        "009-ftc-cid-docx",
        "FTC civil investigative demand (15 U.S.C. § 57b-1) in a .docx with a table: subscriber data, IP login "
        "logs and ad-purchase records for three @handles, Jan 1 2026 to the demand's date; no gag.",
        "en",
        "US",
        ("docx", "plain_text"),
        "REVIEW",
        build(
            "009",
            sender="Alexis Brennan <abrennan@ftc.gov>",
            subject="FTC CID - File No. 262-3107",
            date=date,
            message_id="<MN2PR09MB60020F@ftc.gov>",
            text=text,
            attachments=[
                (
                    docx_file(blocks, author="FTC BCP"),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "CID 262-3107 Social Example.docx",
                )
            ],
            dkim_domain="ftc.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("15 U.S.C. § 57b-1", "Section 20 of the FTC Act, 15 U.S.C. § 57b-1"),
            "requester.name": any_of("Federal Trade Commission", "FTC"),
            "requester.kind": "FEDERAL",
            "requester.email": "abrennan@ftc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marisol Quintana-Webb", "Alexis J. Brennan"),
            "requester.signer_title": any_of("Commissioner", "Attorney"),
            "targets": ["cryptoyield.pro", "cyp_academy", "mentor.marcus.fx"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("deceptive", "Section 5 of the FTC Act"),
            "date_range": {"start": "2026-01-01", "end": "2026-10-13"},
            "served_at": served(date),
            "return_by": any_of("2026-11-24T17:00:00-05:00", "2026-11-24T17:00:00-04:00"),
            "case_number": any_of("262-3107", "File No. 262-3107"),
        },
        "ftc.gov",
    )


def sec_subpoena_internal_forward() -> Message:
    date = when(2026, 11, 12, 14, 6, 2, -8)
    text = """\
Hi legal team -- this landed in the press@ inbox yesterday, looks like it's for you. Forwarding as-is.
Sorry for the delay!

Jess (Comms)

---------- Forwarded message ---------
From: Ortega, Samuel <OrtegaS@sec.gov>
Date: Wed, Nov 11, 2026 at 9:22 AM
Subject: SEC Subpoena - In the Matter of Lumenpeak Holdings (SF-04871)
To: <press@dueprocess.local>

To whom it may concern:

The staff of the Securities and Exchange Commission's San Francisco Regional Office is conducting
an investigation In the Matter of Lumenpeak Holdings, Inc. (SF-04871) pursuant to a formal order
of investigation issued by the Commission under Section 21(a) of the Securities Exchange Act of
1934. Please find below the subpoena issued under Section 21(b) of the Exchange Act
[15 U.S.C. 78u(b)].

SUBPOENA -- YOU MUST PRODUCE the following documents to the SEC, 44 Montgomery Street, Suite 700,
San Francisco, CA 94104, by December 2, 2026 at 10:00 a.m.:

For the accounts @lumenpeak_ir and @lpk_to_the_moon, and the account registered to the phone
number +1 (650) 555-0193:
 (1) documents sufficient to identify the account holder(s): names, e-mail addresses, telephone
     numbers, and physical addresses;
 (2) all IP addresses used to access the accounts from March 1, 2026 to September 30, 2026;
 (3) all direct messages sent by the accounts between March 1, 2026 and September 30, 2026.

The investigation concerns possible violations of Section 10(b) of the Exchange Act and Rule 10b-5
(market manipulation).

This inquiry is non-public; we ask that you not disclose it. This request should not be construed
as an indication that any violation has occurred.

Samuel Ortega
Senior Counsel, Division of Enforcement
U.S. Securities and Exchange Commission
(415) 555-0129
"""
    return Message(
        "010-sec-subpoena-internal-forward",
        "An employee of the platform (communications team, unsigned internal mail) forwards an SEC Exchange Act "
        "§ 21(b) subpoena that reached the press inbox: two @handles and a phone number, subscriber data, IP logs "
        "and DMs; not DKIM-signed by sec.gov, so the requester is unverified.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        build(
            "010",
            sender="Jess Albright <jess.albright@dueprocess.local>",
            subject="Fwd: SEC Subpoena - In the Matter of Lumenpeak Holdings (SF-04871)",
            date=date,
            message_id="<CAF+internal-fwd-010@dueprocess.local>",
            text=text,
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("15 U.S.C. 78u(b)", "15 U.S.C. § 78u(b)", "Section 21(b) of the Exchange Act"),
            "requester.name": any_of(
                "Securities and Exchange Commission", "U.S. Securities and Exchange Commission", "SEC"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "OrtegaS@sec.gov",
            "requester.verified": False,
            "requester.signer": "Samuel Ortega",
            "requester.signer_title": any_of("Senior Counsel", "Senior Counsel, Division of Enforcement"),
            "targets": any_of(
                ["lumenpeak_ir", "lpk_to_the_moon", "+1 (650) 555-0193"],
                ["lumenpeak_ir", "lpk_to_the_moon", "+16505550193"],
                ["lumenpeak_ir", "lpk_to_the_moon", "6505550193"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("market manipulation", "Section 10(b)"),
            "date_range": {"start": "2026-03-01", "end": "2026-09-30"},
            "served_at": any_of("2026-11-11T09:22:00-08:00", served(date)),
            "return_by": "2026-12-02T10:00:00-08:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("SF-04871", "In the Matter of Lumenpeak Holdings (SF-04871)"),
        },
    )


def fbi_nsl_jpeg_scan() -> Message:
    date = when(2026, 10, 27, 12, 19, 55, -6)
    letter = """\
# U.S. Department of Justice
# Federal Bureau of Investigation
Salt Lake City Field Office                                        October 26, 2026
5425 West Amelia Earhart Drive, Salt Lake City, UT 84116

Social Example, Inc.
Attn: Custodian of Records

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to
Title 18, United States Code (U.S.C.), Section 2709 (Section 201 of the Electronic
Communications Privacy Act of 1986) (as amended), you are hereby directed to provide the
Federal Bureau of Investigation (FBI) the name, address, and length of service of the
person or entity associated with the following account:

        Account: wasatch.relay (e-mail on file: wasatch.relay@example.org)

In accordance with Title 18, U.S.C., Section 2709(b), I certify that the information sought
is relevant to an authorized investigation to protect against international terrorism or
clandestine intelligence activities, and that such an investigation of a United States
person is not conducted solely on the basis of activities protected by the First
Amendment to the Constitution of the United States.

In accordance with 18 U.S.C. Section 2709(c)(1), I certify that the absence of a prohibition
of disclosure may result in a danger to the national security of the United States.
Accordingly, 18 U.S.C. Section 2709(c) prohibits you, or any officer, employee, or agent
of yours, from disclosing to any person that the FBI has sought or obtained access to
information under this letter, other than to those to whom disclosure is necessary to
comply with the letter or an attorney to obtain legal advice.

You have the right to challenge this letter (18 U.S.C. Section 3511). Please provide the
records within 14 business days to SSA Kyle D. Vandermeer, (801) 555-0155.

                                        Sincerely,

                                        Roland P. Achterberg
                                        Special Agent in Charge
"""
    text = """\
Attached is a National Security Letter for your action. A hard copy will not follow.

SSA Kyle D. Vandermeer
FBI Salt Lake City
"""
    return Message(
        "011-fbi-nsl-jpeg-scan",
        "FBI Salt Lake City National Security Letter (§ 2709) as a photographed JPEG page (no text): name, "
        "address and length of service for one account; § 2709(c) certification of nondisclosure; signed by the "
        "SAC; 'within 14 business days'.",
        "en",
        "US",
        ("scan", "plain_text"),
        "REVIEW",
        build(
            "011",
            sender="Vandermeer, Kyle D. (SU) (FBI) <kdvandermeer@fbi.gov>",
            subject="NSL - Salt Lake City",
            date=date,
            message_id="<e2b1f0c4a9d74f7c8a10slc@fbi.gov>",
            text=text,
            attachments=[(scan_jpeg(letter, skew=0.6, seed=11), "image", "jpeg", "IMG_20261027_1214.jpg")],
            dkim_domain="fbi.gov",
        ),
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of(
                "18 U.S.C. § 2709", "Title 18, United States Code (U.S.C.), Section 2709", "18 U.S.C. Section 2709"
            ),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Salt Lake City Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "kdvandermeer@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Roland P. Achterberg",
            "requester.signer_title": "Special Agent in Charge",
            "targets": any_of(["wasatch.relay"], ["wasatch.relay", "wasatch.relay@example.org"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "international terrorism"),
            "served_at": served(date),
            # 14 business days after 2026-10-27: 2026-11-17 (skipping Veterans Day), 2026-11-16 if counted through it
            "return_by": any_of(
                None,
                "2026-11-17T17:00:00-07:00",
                "2026-11-17T17:00:00-06:00",
                "2026-11-16T17:00:00-07:00",
                "2026-11-16T17:00:00-06:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        "fbi.gov",
    )


def delaware_doj_investigative_subpoena() -> Message:
    date = when(2026, 11, 30, 13, 44, 21, -5)
    text = """\
STATE OF DELAWARE
DEPARTMENT OF JUSTICE
Fraud and Consumer Protection Division
820 N. French Street, 5th Floor, Wilmington, DE 19801

                              INVESTIGATIVE SUBPOENA DUCES TECUM
                              (29 Del. C. § 2508 ; 6 Del. C. § 2514)

                              FCPD Matter No. 2026-CP-0617

TO:  Social Example, Inc., Attention: Legal Department / Custodian of Records

YOU ARE HEREBY COMMANDED, pursuant to the Attorney General's investigative authority under 29 Del. C.
§ 2508 and the Delaware Consumer Fraud Act, 6 Del. C. § 2511 et seq., to produce the records described
below at the office above on or before Dec. 21, 2026.

The Attorney General is investigating whether the operators of the account "First State Roofing &
Gutter" (https://social.example.com/pages/firststateroofinggutter) and the account @fsroofing_jay
advertised home-improvement services to Delaware consumers, accepted deposits, and failed to perform,
in violation of the Consumer Fraud Act.

RECORDS TO BE PRODUCED (for the period 01/01/2025 - 11/30/2026):
  a. Subscriber and registration information: names, addresses, e-mail addresses, telephone numbers;
  b. Payment information for any advertising or paid promotion;
  c. All public posts and advertisements published by the accounts, with dates.

Dated: November 30, 2026

KATHLEEN J. DIMAURO
Deputy Attorney General
Delaware Department of Justice
(302) 555-0134
"""
    return Message(
        "012-delaware-doj-investigative-subpoena",
        "Delaware DOJ (Fraud and Consumer Protection) investigative subpoena under 29 Del. C. § 2508 in the body: "
        "a page URL and an @handle, subscriber data, ad payments and public posts 01/01/2025-11/30/2026; due "
        "'Dec. 21, 2026'.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "012",
            sender="DiMauro, Kathleen (DOJ) <Kathleen.DiMauro@delaware.gov>",
            subject="Investigative Subpoena - FCPD 2026-CP-0617",
            date=date,
            message_id="<CY4PR09MB2290DE@delaware.gov>",
            text=text,
            dkim_domain="delaware.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("29 Del. C. § 2508", "29 Del. C. § 2508 ; 6 Del. C. § 2514", "6 Del. C. § 2514"),
            "requester.name": any_of(
                "Delaware Department of Justice",
                "State of Delaware Department of Justice",
                "Delaware Department of Justice, Fraud and Consumer Protection Division",
                "Delaware Attorney General",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "Kathleen.DiMauro@delaware.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kathleen J. DiMauro", "KATHLEEN J. DIMAURO"),
            "requester.signer_title": "Deputy Attorney General",
            "targets": any_of(
                ["https://social.example.com/pages/firststateroofinggutter", "fsroofing_jay"],
                ["firststateroofinggutter", "fsroofing_jay"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of("Consumer Fraud Act", "home-improvement"),
            "date_range": {"start": "2025-01-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": "2026-12-21T17:00:00-05:00",
            "case_number": any_of("2026-CP-0617", "FCPD Matter No. 2026-CP-0617", "FCPD 2026-CP-0617"),
        },
        "delaware.gov",
    )


MESSAGES = (
    hawaii_county_pd_warrant_pdf_only,
    vermont_usao_2703d_order,
    idaho_federal_grand_jury_html,
    alaska_pen_trap_order,
    wyoming_sheriff_preservation_terse,
    wyoming_preservation_extension_reply,
    cranston_pd_emergency,
    hhs_oig_subpoena_pdf,
    ftc_cid_docx,
    sec_subpoena_internal_forward,
    fbi_nsl_jpeg_scan,
    delaware_doj_investigative_subpoena,
)

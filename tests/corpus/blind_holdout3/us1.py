"""United States demands 001-012 of the third blind hold-out (written blind; see README.md)."""

from __future__ import annotations

from tests.corpus.blind_holdout3._kit import Message, any_of, build, docx_file, msg, odt, pdf, scan, served, when

P = "https://dueprocess.local/u/"


def m001() -> Message:
    date = when(2026, 11, 9, 10, 14, 0, -6)
    warrant = """IN THE COUNTY COURT OF LANCASTER COUNTY, NEBRASKA

STATE OF NEBRASKA            )
                             )  ss.        SEARCH WARRANT
COUNTY OF LANCASTER          )             SW 26-1187

TO: Investigator Kayla Brandt, Nebraska State Patrol, and any law enforcement officer of the State of Nebraska.

WHEREAS, an Affidavit and Application for the issuance of a Search Warrant has been filed before the undersigned Judge, and the Court finds probable cause to believe that evidence of the crime of Terroristic Threats (Neb. Rev. Stat. 28-311.01) is located in the records described below,

YOU ARE THEREFORE COMMANDED to serve this warrant upon the Custodian of Records of DueProcess Social, Inc., who is ORDERED to produce the following records pertaining to the account located at https://dueprocess.local/u/cornhusker_kid77 for the period August 1, 2026 through October 31, 2026:

  a. Subscriber information: name, e-mail addresses, telephone numbers, date of account creation and the IP address used at registration;
  b. IP address logs of all logins and sessions;
  c. The content of all direct messages sent or received by the account.

Records shall be delivered to Investigator Brandt within ten (10) days of service of this warrant, by e-mail or by mail to Nebraska State Patrol, 4600 Innovation Drive, Lincoln, NE 68521.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. 2705(b), that DueProcess Social, Inc. shall not notify the subscriber or any other person of the existence of this warrant for a period of ninety (90) days from the date of this Order.

Given under my hand this 6th day of November, 2026.

BY THE COURT:

/s/ Teresa M. Lindquist
County Judge"""
    raw = build(
        "001",
        sender='"Brandt, Kayla" <kayla.brandt@nebraska.gov>',
        subject="Search Warrant - SW 26-1187",
        date=date,
        message_id="<a51e2c90.77e1@nebraska.gov>",
        text="Please see attached.\n\nInv. Kayla Brandt #411\nNebraska State Patrol | Investigative Services\n(402) 479-4921\n",
        attachments=[(pdf(warrant), "application", "pdf", "SW 26-1187 DueProcess.pdf")],
        dkim_domain="nebraska.gov",
    )
    return msg(
        "001-nebraska-state-patrol-warrant-pdf-only",
        "Nebraska State Patrol: Lancaster County Court search warrant, text PDF only (body 'Please see attached.'): "
        "subscriber data, login IPs and DMs of a profile URL for Aug-Oct 2026; 90-day court NDO; 'within ten (10) days of service'.",
        "en",
        "US",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        statute=any_of(None, "18 U.S.C. § 2705(b)", "18 U.S.C. § 2703"),
        requester__name="Nebraska State Patrol",
        requester__kind="STATE_LOCAL",
        requester__email="kayla.brandt@nebraska.gov",
        requester__verified=True,
        requester__signer=any_of("Teresa M. Lindquist", "Kayla Brandt"),
        requester__signer_title=any_of("County Judge", "Investigator"),
        targets=any_of(["cornhusker_kid77"], [P + "cornhusker_kid77"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
        stated_purpose=any_of("Terroristic Threats (Neb. Rev. Stat. 28-311.01)", "Terroristic Threats", None),
        date_range={"start": "2026-08-01", "end": "2026-10-31"},
        served_at=served(date),
        return_by=any_of("2026-11-19T17:00:00-06:00", "2026-11-19T10:14:00-06:00", "2026-11-19T23:59:59-06:00"),
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=any_of("2027-02-04T23:59:59-06:00", "2027-02-03T23:59:59-06:00"),
        case_number="SW 26-1187",
        issuing_court="County Court of Lancaster County, Nebraska",
    )


def m002() -> Message:
    date = when(2026, 11, 16, 14, 2, 11, -6)
    text = """Good afternoon,

Attached please find an Order issued pursuant to 18 U.S.C. § 2703(d) by the United States District Court for the District of North Dakota in the above-referenced matter, together with the Court's order under 18 U.S.C. § 2705(b).

Please note the nondisclosure order has no end date: the Court has ordered that the provider not disclose the existence of the application or order "until further order of the Court." Kindly route the production to Special Agent Mark Sundquist (HSI Grand Forks), copied here, no later than December 7, 2026.

Thank you,

Rachel E. Olafson
Assistant United States Attorney
United States Attorney's Office | District of North Dakota
655 First Avenue North, Suite 250, Fargo, ND 58102
(701) 297-7400
"""
    order = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NORTH DAKOTA

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)

Case No. 3:26-mj-00412

ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring DueProcess Social, Inc., an electronic communications service provider and/or a remote computing service, to disclose the records and other information described in Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation into the distribution of fentanyl.

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that DueProcess Social, Inc. shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that DueProcess Social, Inc. shall not disclose the existence of the application of the United States, or the existence of this Order of the Court, to the subscribers of the account(s) listed in Attachment A, or to any other person, until further order of the Court.

Dated: November 13, 2026

Alice R. Senechal
United States Magistrate Judge

ATTACHMENT A

I. The Account(s)
The Order applies to certain records and information associated with the following account: user name "dakota.plug" (display name "Plug 701"), registered to the e-mail address dakotaplug701@proton.me.

II. Records and Other Information to Be Disclosed
For the period from June 1, 2026 to the date of this Order:
A. Names, addresses, telephone numbers, e-mail addresses, length of service and types of service utilized, means and source of payment;
B. Records of session times and durations, and the temporarily assigned network addresses (IP addresses) associated with those sessions;
C. All records or other information pertaining to that account, including the user names of accounts with which the account exchanged messages (but not the contents of those communications)."""
    raw = build(
        "002",
        sender='"Olafson, Rachel (USAND)" <Rachel.Olafson@usdoj.gov>',
        cc='"Sundquist, Mark" <mark.sundquist@hsi.dhs.gov>',
        subject="2703(d) Order - 3:26-mj-00412 (D.N.D.)",
        date=date,
        message_id="<SA1PR09MB8812.namprd09.prod.outlook.com@usdoj.gov>",
        text=text,
        attachments=[(pdf(order), "application", "pdf", "3-26-mj-00412 2703d Order.pdf")],
        dkim_domain="usdoj.gov",
    )
    return msg(
        "002-north-dakota-usao-2703d-indefinite-gag",
        "USAO District of North Dakota serves a § 2703(d) order (PDF) for a user name and its e-mail: subscriber data, "
        "session/IP records and correspondents from June 1, 2026; § 2705(b) order 'until further order of the Court' (indefinite).",
        "en",
        "US",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="COURT_ORDER_2703D",
        statute="18 U.S.C. § 2703(d)",
        requester__name=any_of("United States Attorney's Office, District of North Dakota", "U.S. Attorney's Office"),
        requester__kind="FEDERAL",
        requester__email="Rachel.Olafson@usdoj.gov",
        requester__verified=True,
        requester__signer=any_of("Alice R. Senechal", "Rachel E. Olafson"),
        requester__signer_title=any_of("United States Magistrate Judge", "Assistant United States Attorney"),
        targets=any_of(["dakota.plug"], ["dakota.plug", "dakotaplug701@proton.me"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("distribution of fentanyl", None),
        date_range={"start": "2026-06-01", "end": "2026-11-13"},
        served_at=served(date),
        return_by=any_of("2026-12-07T17:00:00-06:00", "2026-11-23T17:00:00-06:00", "2026-11-23T23:59:59-06:00"),
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=None,
        case_number="3:26-mj-00412",
        issuing_court="United States District Court for the District of North Dakota",
    )


def m003() -> Message:
    date = when(2026, 11, 21, 3, 48, 0, -6)
    text = """Per my call to your emergency line at approx 0325 hrs tonight (spoke w/ "Devin"), here is the written request.

EMERGENCY DISCLOSURE REQUEST - 18 USC 2702(b)(8) / 2702(c)(4)

Requesting agency: Sioux Falls Police Department, Sioux Falls SD
Officer: Det. Sgt. Luis Ortega, Crimes Against Persons
Case #: 26-058813

Account: @sxf_angelbaby (display name "Angel 🖤"), phone on the account may be 605-555-0147

Facts: At 0210 hrs a 15 y/o female (known to us) posted a live story from this account saying she had taken "the whole bottle" and "goodbye everyone", with a picture of pills. Her parents report she is not at home and not answering. We believe she is in imminent danger of death. We need to locate her now.

Requested: subscriber info (name, email, phone), the IP addresses of the last logins / current session, and any location info the account has for the last 24 hours.

I certify this is a true emergency involving danger of death or serious bodily injury and that there is no time to get legal process. A preservation letter and court order will follow if needed.

Call me at 605-367-7000 ext 4 (dispatch will patch) or cell 605-555-0193.

Det. Sgt. Luis Ortega #2217
Sioux Falls Police Department
320 W 4th St, Sioux Falls SD 57104
"""
    raw = build(
        "003",
        sender='"Ortega, Luis" <lortega@siouxfalls.gov>',
        subject="EMERGENCY - follow up to phone call - 26-058813",
        date=date,
        message_id="<CH2PR14MB4471A@siouxfalls.gov>",
        text=text,
        headers=[("Importance", "High"), ("X-Priority", "1")],
        dkim_domain="siouxfalls.gov",
    )
    return msg(
        "003-sioux-falls-pd-emergency-phone-followup",
        "Sioux Falls PD detective's written follow-up to a phone call to the emergency line: suicidal juvenile, @handle and "
        "phone; subscriber data, last login IPs, 24 h location; DKIM-signed, not recorded as confirmed out of band.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="EMERGENCY_REQUEST",
        statute=any_of("18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702(c)(4)", None),
        requester__name="Sioux Falls Police Department",
        requester__kind="STATE_LOCAL",
        requester__email="lortega@siouxfalls.gov",
        requester__verified=True,
        requester__signer="Luis Ortega",
        requester__signer_title=any_of("Det. Sgt.", "Detective Sergeant"),
        targets=any_of(["sxf_angelbaby"], ["sxf_angelbaby", "605-555-0147"], ["sxf_angelbaby", "+16055550147"]),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
        stated_purpose=any_of("locate a suicidal 15-year-old", None),
        date_range=any_of(None, {"start": "2026-11-20", "end": "2026-11-21"}),
        served_at=served(date),
        return_by=None,
        emergency={"narrative_contains": "whole bottle"},
        case_number="26-058813",
    )


PRESERVE_DATE = when(2026, 10, 2, 11, 30, 0, -5)


def m004() -> Message:
    text = """To: DueProcess Social, Inc. - Custodian of Records

RE: Request for Preservation of Records - 18 U.S.C. § 2703(f)
DCI Case No. 2026-DCI-1432

The South Dakota Division of Criminal Investigation is conducting an official criminal investigation. Pursuant to 18 U.S.C. § 2703(f), I request that you preserve, for a period of 90 days, all records and other evidence in your possession relating to the following account, pending the issuance of a search warrant:

    @rushmore_rx   (https://dueprocess.local/u/rushmore_rx)

This request applies to: subscriber information, IP logs, private messages, photographs and videos, and location data, for the period July 1, 2026 to present.

Please do not disclose this request to the account holder, as doing so could jeopardize the investigation.

Please confirm receipt to the undersigned.

Special Agent Jenna Two Bulls
South Dakota Division of Criminal Investigation
1302 E Hwy 14, Suite 5, Pierre, SD 57501
Office 605-773-3331
"""
    raw = build(
        "004",
        sender='"Two Bulls, Jenna" <jenna.twobulls@state.sd.us>',
        subject="Preservation Request - 2026-DCI-1432",
        date=PRESERVE_DATE,
        message_id="<0f1c7a2e1b@state.sd.us>",
        text=text,
        dkim_domain="state.sd.us",
    )
    return msg(
        "004-south-dakota-dci-preservation",
        "South Dakota DCI § 2703(f) preservation request (state.sd.us) for an @handle with its profile URL, pending a "
        "warrant; asks not to notify (letter request).",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="PRESERVATION_REQUEST",
        statute="18 U.S.C. § 2703(f)",
        requester__name="South Dakota Division of Criminal Investigation",
        requester__kind="STATE_LOCAL",
        requester__email="jenna.twobulls@state.sd.us",
        requester__verified=True,
        requester__signer="Jenna Two Bulls",
        requester__signer_title="Special Agent",
        targets=["rushmore_rx"],
        data_categories=any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"]),
        date_range=any_of(None, {"start": "2026-07-01", "end": "2026-10-02"}),
        served_at=served(PRESERVE_DATE),
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="2026-DCI-1432",
    )


def m005() -> Message:
    date = when(2026, 11, 24, 9, 5, 0, -6)
    text = f"""Good morning,

As promised below, attached is the search warrant for @rushmore_rx signed by Judge Hoffman of the Second Judicial Circuit (Minnehaha County) yesterday. Your reference number for the preservation was DPS-PRES-88213.

The warrant asks for the subscriber info, the message content and the photos/videos, July 1 2026 through November 23 2026, and location history for the same period. Return is within 14 days. The judge also signed the nondisclosure order (180 days) — it's page 3.

Thanks again,
Jenna

SA Jenna Two Bulls
SD Division of Criminal Investigation
605-773-3331

-----Original Message-----
From: DueProcess Legal Operations <legal-process@dueprocess.local>
Sent: Friday, October 2, 2026 1:02 PM
To: Two Bulls, Jenna <jenna.twobulls@state.sd.us>
Subject: RE: Preservation Request - 2026-DCI-1432

Special Agent Two Bulls,

We confirm that we have preserved the records of the account @rushmore_rx under reference DPS-PRES-88213 for 90 days pursuant to 18 U.S.C. § 2703(f). Disclosure requires valid legal process.

DueProcess Legal Operations

> Sent: {PRESERVE_DATE}
> Pursuant to 18 U.S.C. § 2703(f), I request that you preserve, for a period of 90 days,
> all records [...] relating to @rushmore_rx, pending the issuance of a search warrant.
"""
    warrant = """STATE OF SOUTH DAKOTA                    IN CIRCUIT COURT
COUNTY OF MINNEHAHA                      SECOND JUDICIAL CIRCUIT

SEARCH WARRANT                            49SW26-0903

TO ANY LAW ENFORCEMENT OFFICER OF THE STATE OF SOUTH DAKOTA:

Proof by affidavit having been made this day before me by Special Agent Jenna Two Bulls, South Dakota Division of Criminal Investigation, that there is probable cause to believe that evidence of the offenses of distribution of a controlled substance (SDCL 22-42-2) is contained in records held by DueProcess Social, Inc.,

YOU ARE HEREBY COMMANDED to search the records of DueProcess Social, Inc. for the account @rushmore_rx (preservation reference DPS-PRES-88213) and seize the following for the period July 1, 2026 through November 23, 2026:
1. Basic subscriber information, including name, e-mail address, phone number and registration IP;
2. The contents of all private messages, including attachments;
3. All photographs and videos uploaded to the account, whether public or private;
4. All location data and location history associated with the account.

The provider shall produce the records within fourteen (14) days of service.

Dated this 23rd day of November, 2026.
BY THE COURT: Douglas E. Hoffman, Circuit Court Judge

ORDER OF NONDISCLOSURE
Pursuant to 18 U.S.C. § 2705(b), DueProcess Social, Inc. shall not disclose the existence of this warrant to any person other than its counsel for a period of one hundred eighty (180) days from the date of this order.
Dated November 23, 2026. Douglas E. Hoffman, Circuit Court Judge"""
    raw = build(
        "005",
        sender='"Two Bulls, Jenna" <jenna.twobulls@state.sd.us>',
        subject="RE: Preservation Request - 2026-DCI-1432 -- SEARCH WARRANT attached",
        date=date,
        message_id="<7b22a9f0c3@state.sd.us>",
        text=text,
        headers=[("In-Reply-To", "<0f1c7a2e1b@state.sd.us>"), ("References", "<0f1c7a2e1b@state.sd.us>")],
        attachments=[(pdf(warrant), "application", "pdf", "49SW26-0903.pdf")],
        dkim_domain="state.sd.us",
    )
    return msg(
        "005-south-dakota-dci-warrant-after-preservation",
        "The same DCI agent replies on the preservation thread (quoting the platform's acknowledgment) with the Minnehaha "
        "County circuit court warrant for the same @handle: subscriber data, messages, media, location; 14 days; 180-day NDO.",
        "en",
        "US",
        ["plain_text", "quoted_reply", "pdf_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        statute=any_of(None, "18 U.S.C. § 2705(b)", "18 U.S.C. § 2703"),
        requester__name="South Dakota Division of Criminal Investigation",
        requester__kind="STATE_LOCAL",
        requester__email="jenna.twobulls@state.sd.us",
        requester__verified=True,
        requester__signer=any_of("Douglas E. Hoffman", "Jenna Two Bulls"),
        requester__signer_title=any_of("Circuit Court Judge", "Special Agent"),
        targets=["rushmore_rx"],
        data_categories=any_of(
            ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            ["BASIC_SUBSCRIBER", "STORED_CONTENT", "PUBLIC_CONTENT", "LOCATION_HISTORY"],
        ),
        stated_purpose=any_of("distribution of a controlled substance (SDCL 22-42-2)", None),
        date_range={"start": "2026-07-01", "end": "2026-11-23"},
        served_at=served(date),
        return_by=any_of("2026-12-08T17:00:00-06:00", "2026-12-08T09:05:00-06:00", "2026-12-08T23:59:59-06:00"),
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=any_of(
            "2027-05-22T23:59:59-05:00",
            "2027-05-21T23:59:59-05:00",
            "2027-05-22T23:59:59-06:00",
            "2027-05-21T23:59:59-06:00",
        ),
        case_number=any_of("49SW26-0903", "2026-DCI-1432"),
        issuing_court=any_of(
            "Circuit Court, Second Judicial Circuit, Minnehaha County, South Dakota", "Second Judicial Circuit"
        ),
    )


def m006() -> Message:
    date = when(2026, 10, 19, 15, 41, 0, -5)
    blocks = [
        ("h", "ARKANSAS INSURANCE DEPARTMENT"),
        ("p", "Criminal Investigation Division"),
        ("p", "1 Commerce Way, Suite 102, Little Rock, Arkansas 72202"),
        ("h", "INVESTIGATIVE SUBPOENA DUCES TECUM"),
        ("t", "Subpoena No.|CID-2026-0457"),
        ("t", "To|DueProcess Social, Inc., Attn: Custodian of Records"),
        ("t", "Authority|Ark. Code Ann. § 23-61-107 and § 23-100-103"),
        ("t", "Matter|Suspected fraudulent insurance act (staged vehicle theft claim), Ark. Code Ann. § 23-66-502"),
        ("t", 'Account|Registered e-mail: tmcallister.lr@outlook.com; display name "Trav McAllister"'),
        (
            "t",
            "Records|Subscriber name, address, telephone number, e-mail address, account creation date, and the means and source of any payment",
        ),
        ("t", "Period|01/01/2026 - 10/15/2026"),
        ("t", "Produce by|November 9, 2026, 5:00 p.m."),
        (
            "p",
            "YOU ARE HEREBY COMMANDED to produce the records described above to the Arkansas Insurance Department, "
            "Criminal Investigation Division, by the date stated. Records may be produced electronically to the "
            "investigator named below in lieu of personal appearance.",
        ),
        ("p", "Issued at Little Rock, Arkansas, this 19th day of October, 2026."),
        ("p", "Alan McClain, Commissioner, by: Denise Carraway, Chief Investigator"),
    ]
    raw = build(
        "006",
        sender='"Denise Carraway" <denise.carraway@arkansas.gov>',
        subject="AID Subpoena CID-2026-0457",
        date=date,
        message_id="<CID20260457.1019@arkansas.gov>",
        text="Please find attached a subpoena duces tecum from the Arkansas Insurance Department. Electronic production to this address is fine.\n\nDenise Carraway\nChief Investigator, Criminal Investigation Division\nArkansas Insurance Department\n501-371-2790\n",
        attachments=[
            (
                docx_file(blocks, author="AID CID"),
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "CID-2026-0457.docx",
            )
        ],
        dkim_domain="arkansas.gov",
    )
    return msg(
        "006-arkansas-insurance-fraud-subpoena-docx",
        "Arkansas Insurance Department Criminal Investigation Division investigative subpoena (.docx, fields in a table) "
        "for an account given by e-mail address: subscriber data and means of payment, staged-theft claim; due 'November 9, 2026, 5:00 p.m.'.",
        "en",
        "US",
        ["docx", "plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute=any_of("Ark. Code Ann. § 23-61-107", "Ark. Code Ann. § 23-100-103"),
        requester__name="Arkansas Insurance Department",
        requester__kind="STATE_LOCAL",
        requester__email="denise.carraway@arkansas.gov",
        requester__verified=True,
        requester__signer="Denise Carraway",
        requester__signer_title="Chief Investigator",
        targets=["tmcallister.lr@outlook.com"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose=any_of("Suspected fraudulent insurance act (staged vehicle theft claim)", None),
        date_range={"start": "2026-01-01", "end": "2026-10-15"},
        served_at=served(date),
        return_by="2026-11-09T17:00:00-06:00",
        case_number="CID-2026-0457",
    )


def m007() -> Message:
    date = when(2026, 11, 4, 10, 22, 0, -6)
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Custodian of Records,</p>
<p>The Mississippi Gaming Commission, Enforcement Division, serves the attached investigative subpoena. A summary follows.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Subpoena #</b></td><td>MGC-ENF-26-118</td></tr>
<tr><td><b>Authority</b></td><td>Miss. Code Ann. &sect; 75-76-27 (Mississippi Gaming Control Act)</td></tr>
<tr><td><b>Investigation</b></td><td>Unlicensed sports wagering and cheating at licensed gaming establishments, Biloxi / Tunica</td></tr>
<tr><td><b>Accounts</b></td><td>@GulfCoastLocks (display name &ldquo;Gulf Coast Locks 🎲&rdquo;)<br>@tunica_tout</td></tr>
<tr><td><b>Records</b></td><td>Subscriber information (name, email, phone, address); login IP addresses with date/time stamps; records of paid promotions purchased by the accounts</td></tr>
<tr><td><b>Time frame</b></td><td>March 1, 2026 &ndash; October 31, 2026</td></tr>
<tr><td><b>Return date</b></td><td>Monday, Dec. 7th, 2026</td></tr>
</table>
<p>Please do not notify the account holders; this is a pending investigation. (This is a request, not a court order.)</p>
<p>Agent Darnell Whitfield<br>Enforcement Division, Mississippi Gaming Commission<br>620 North Street, Suite 200, Jackson, MS 39202<br>601-576-3800</p>
</body></html>"""
    raw = build(
        "007",
        sender='"Whitfield, Darnell" <dwhitfield@mgc.ms.gov>',
        subject="Investigative Subpoena MGC-ENF-26-118",
        date=date,
        message_id="<MGC-ENF-26-118.20261104@mgc.ms.gov>",
        html=html,
        dkim_domain="mgc.ms.gov",
    )
    return msg(
        "007-mississippi-gaming-commission-subpoena-html",
        "Mississippi Gaming Commission enforcement investigative subpoena summarised in an HTML table (no attachment): two "
        "@handles, subscriber data, login IPs and paid-promotion records, Mar-Oct 2026; return 'Dec. 7th, 2026'; letter request not to notify.",
        "en",
        "US",
        ["html_table"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="Miss. Code Ann. § 75-76-27",
        requester__name="Mississippi Gaming Commission",
        requester__kind="STATE_LOCAL",
        requester__email="dwhitfield@mgc.ms.gov",
        requester__verified=True,
        requester__signer="Darnell Whitfield",
        requester__signer_title="Agent",
        targets=["GulfCoastLocks", "tunica_tout"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("Unlicensed sports wagering and cheating at licensed gaming establishments", None),
        date_range={"start": "2026-03-01", "end": "2026-10-31"},
        served_at=served(date),
        return_by="2026-12-07T17:00:00-06:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="MGC-ENF-26-118",
    )


def m008() -> Message:
    date = when(2026, 10, 15, 8, 51, 0, -5)
    page1 = """# 19TH JUDICIAL DISTRICT COURT
# PARISH OF EAST BATON ROUGE, STATE OF LOUISIANA
# SEARCH WARRANT

STATE OF LOUISIANA
PARISH OF EAST BATON ROUGE                      No. 26-SW-2291   Section 8

TO ANY COMMISSIONED OFFICER OF THE LOUISIANA STATE POLICE:

Affidavit having been made before me by Trooper First Class
Brandon Theriot, Louisiana State Police, Criminal Investigations
Division, that there is probable cause to believe that evidence of
Human Trafficking (La. R.S. 14:46.2) is held by DueProcess Social, Inc.,

YOU ARE HEREBY COMMANDED to search for and seize the following, for
the account with the username "lil.crawfish.queen" and the account
linked to telephone number (225) 555-0182, from August 15, 2026
through October 14, 2026:

  1. Subscriber and account registration information;
  2. All private messages and attachments, sent and received;
  3. All location data, including GPS and check-ins.

The records shall be returned within ten (10) days of service.
This warrant is issued under La. C.Cr.P. art. 161 et seq. and
18 U.S.C. 2703.

THUS DONE AND SIGNED at Baton Rouge, Louisiana, this 14th day of
October, 2026.

            ______________________________
            Hon. Ronald J. Boudreaux, District Judge"""
    raw = build(
        "008",
        sender='"Theriot, Brandon" <brandon.theriot@la.gov>',
        subject="LSP search warrant 26-SW-2291",
        date=date,
        message_id="<f02a6b3c@la.gov>",
        text="Signed warrant attached (scanned). Let me know if you can't read it.\n\nTFC Brandon Theriot\nLouisiana State Police | CID\n225-925-6006\n",
        attachments=[(scan([page1], skew=0.6, noise=0.0008, seed=8), "application", "pdf", "scan_20261015_0848.pdf")],
        dkim_domain="la.gov",
    )
    return msg(
        "008-louisiana-state-police-warrant-scan",
        "Louisiana State Police serve a 19th JDC (East Baton Rouge) search warrant as an image-only scan: a user name and "
        "an account by phone number; subscriber data, private messages and location, Aug 15-Oct 14 2026; ten days.",
        "en",
        "US",
        ["scan", "plain_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        statute=any_of("La. C.Cr.P. art. 161", "18 U.S.C. § 2703", None),
        requester__name="Louisiana State Police",
        requester__kind="STATE_LOCAL",
        requester__email="brandon.theriot@la.gov",
        requester__verified=True,
        requester__signer=any_of("Ronald J. Boudreaux", "Brandon Theriot"),
        requester__signer_title=any_of("District Judge", "Trooper First Class"),
        targets=any_of(
            ["lil.crawfish.queen", "(225) 555-0182"],
            ["lil.crawfish.queen", "+12255550182"],
            ["lil.crawfish.queen", "2255550182"],
        ),
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
        stated_purpose=any_of("Human Trafficking (La. R.S. 14:46.2)", None),
        date_range={"start": "2026-08-15", "end": "2026-10-14"},
        served_at=served(date),
        return_by=any_of("2026-10-25T17:00:00-05:00", "2026-10-25T08:51:00-05:00", "2026-10-25T23:59:59-05:00"),
        case_number="26-SW-2291",
        issuing_court="19th Judicial District Court, Parish of East Baton Rouge",
    )


def m009() -> Message:
    date = when(2026, 11, 12, 16, 5, 0, -5)
    paragraphs = [
        "THE STATE OF NEW HAMPSHIRE",
        "MERRIMACK COUNTY SUPERIOR COURT",
        "GRAND JURY SUBPOENA DUCES TECUM",
        "To: Keeper of Records, DueProcess Social, Inc.",
        "YOU ARE COMMANDED to appear before the Grand Jury of Merrimack County at the Merrimack County Superior Court, "
        "5 Court Street, Concord, New Hampshire, on November 30, 2026 at 9:00 a.m., and to bring with you the records "
        "listed below. Personal appearance is excused if the records are delivered to the Office of the Attorney General "
        "on or before that date together with a certificate of authenticity (N.H. R. Evid. 902(11)).",
        "Records: for the account @granite_state_gh0st, the subscriber's name, e-mail address, telephone number, postal "
        "address, account creation date and IP address at creation, and the means of payment, if any.",
        "Grand Jury No. 2026-MER-GJ-061",
        "Witness, the Honorable John C. Kissinger, Jr., Presiding Justice, at Concord, this 12th day of November, 2026.",
        "Issued at the request of: Assistant Attorney General Margaret O. Pelletier, Public Integrity Unit, New Hampshire "
        "Department of Justice, 1 Granite Place South, Concord, NH 03301.",
    ]
    raw = build(
        "009",
        sender='"Pelletier, Margaret" <Margaret.O.Pelletier@doj.nh.gov>',
        subject="Grand Jury Subpoena - 2026-MER-GJ-061",
        date=date,
        message_id="<BN8PR09MB5544.nhdoj@doj.nh.gov>",
        text="Please accept service of the attached grand jury subpoena (ODT). Due 11/30.\n\nMargaret O. Pelletier\nAssistant Attorney General, Public Integrity Unit\nNew Hampshire Department of Justice\n(603) 271-3658\n",
        attachments=[
            (odt(paragraphs), "application", "vnd.oasis.opendocument.text", "GJ subpoena 2026-MER-GJ-061.odt")
        ],
        dkim_domain="doj.nh.gov",
    )
    return msg(
        "009-new-hampshire-ag-grand-jury-odt",
        "New Hampshire DOJ (Public Integrity Unit) serves a Merrimack County grand jury subpoena as an .odt: subscriber data "
        "for an @handle with a zero in it; appear 'November 30, 2026 at 9:00 a.m.'; no gag.",
        "en",
        "US",
        ["odt", "plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_GRAND_JURY",
        requester__name=any_of("New Hampshire Department of Justice", "Office of the Attorney General"),
        requester__kind="STATE_LOCAL",
        requester__email="Margaret.O.Pelletier@doj.nh.gov",
        requester__verified=True,
        requester__signer=any_of("Margaret O. Pelletier", "John C. Kissinger, Jr."),
        requester__signer_title=any_of("Assistant Attorney General", "Presiding Justice"),
        targets=["granite_state_gh0st"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at=served(date),
        return_by="2026-11-30T09:00:00-05:00",
        case_number="2026-MER-GJ-061",
        issuing_court="Merrimack County Superior Court",
    )


def m010() -> Message:
    date = when(2026, 11, 18, 13, 37, 0, -5)
    text = """DueProcess Social Legal Dept,

Attached and typed below is an Ex Parte Order issued under Connecticut General Statutes § 54-47aa by the Superior Court, Judicial District of New Haven. Please provide the records by 12/09/2026.

-----
STATE OF CONNECTICUT, SUPERIOR COURT, J.D. OF NEW HAVEN
EX PARTE ORDER FOR DISCLOSURE OF SUBSCRIBER INFORMATION AND CALL-IDENTIFYING INFORMATION (C.G.S. § 54-47aa)
Docket No. NNH-CR26-0291844

Upon the sworn application of Detective Angela Russo, Connecticut State Police, Central District Major Crime Squad, the Court finds that the applicant has a reasonable and articulable suspicion that a crime (Larceny 1st Degree, C.G.S. § 53a-122, romance fraud) has been committed and that the information sought is relevant and material to the investigation.

IT IS ORDERED that DueProcess Social, Inc. disclose, for the account(s):
   - nutmeg.nurse.dana@gmail.com (login e-mail)
   - https://dueprocess.local/u/dana_rn_ct
the following: subscriber name, address, telephone number and e-mail; account creation date; the IP addresses used to access the account with dates and times from 05/01/2026 to 11/15/2026.

IT IS FURTHER ORDERED that DueProcess Social, Inc. shall not disclose the existence of this order or of the investigation to the subscriber or any other person for a period of ninety (90) days from the date of this order (C.G.S. § 54-47aa(e)).

BY THE COURT, Hon. Patricia Nolan-Sweeney, Judge. Dated 11/17/2026.
-----

Det. Angela Russo #1190
Connecticut State Police - Central District Major Crime
(860) 685-8190
"""
    raw = build(
        "010",
        sender='"Russo, Angela" <Angela.Russo@ct.gov>',
        subject="Ex Parte Order 54-47aa NNH-CR26-0291844",
        date=date,
        message_id="<CSP.54-47aa.0291844@ct.gov>",
        text=text,
        dkim_domain="ct.gov",
    )
    return msg(
        "010-connecticut-state-police-54-47aa-order",
        "Connecticut State Police serve a Superior Court ex parte order under C.G.S. § 54-47aa (the state analogue of a "
        "§ 2703(d) order) typed in the body: login e-mail and profile URL; subscriber data and access IPs; 90-day court NDO; due 12/09/2026.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="COURT_ORDER_2703D",
        statute=any_of("C.G.S. § 54-47aa", "Conn. Gen. Stat. § 54-47aa"),
        requester__name="Connecticut State Police",
        requester__kind="STATE_LOCAL",
        requester__email="Angela.Russo@ct.gov",
        requester__verified=True,
        requester__signer=any_of("Patricia Nolan-Sweeney", "Angela Russo"),
        requester__signer_title=any_of("Judge", "Detective"),
        targets=any_of(
            ["nutmeg.nurse.dana@gmail.com", "dana_rn_ct"], ["nutmeg.nurse.dana@gmail.com", P + "dana_rn_ct"]
        ),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("Larceny 1st Degree, C.G.S. § 53a-122, romance fraud", None),
        date_range={"start": "2026-05-01", "end": "2026-11-15"},
        served_at=served(date),
        return_by="2026-12-09T17:00:00-05:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=any_of("2027-02-15T23:59:59-05:00", "2027-02-14T23:59:59-05:00"),
        case_number="NNH-CR26-0291844",
        issuing_court="Superior Court, Judicial District of New Haven",
    )


def m011() -> Message:
    date = when(2026, 11, 20, 17, 12, 0, -7)
    text = """To whom it may concern,

Please see the below adminstrative subpeona issued persuant to Utah Code Ann. 77-22-2.5 for an on going investigation of enticement of a minor over the internet (Utah Code 76-4-401). This is for subscriber info ONLY.

Subpeona #: UPD-ICAC-26-0733
Acount: the user "slc_skater_boi" , acount ID 4418820931
Requested: Name, adress, phone numbers, email adresses on file, lenght of service, and the IP adress used for each session (with date/time and timezone) from 10-01-26 thru 11-19-26.

Please return the records NLT 12-04-26 to the email below. Per 77-22-2.5(6) do NOT notify the subscriber for 90 days, I've attached the signed subpeona w/ the AG approval.

Thnx,
Det. Kyle Haderlie
Unified Police Department of Greater Salt Lake
Internet Crimes Against Children Task Force
801-743-7000
"""
    raw = build(
        "011",
        sender='"Kyle Haderlie" <khaderlie@unifiedpoliceut.gov>',
        subject="admin subpeona UPD-ICAC-26-0733",
        date=date,
        message_id="<DM6PR12MB.0733@unifiedpoliceut.gov>",
        text=text,
        dkim_domain="unifiedpoliceut.gov",
    )
    return msg(
        "011-utah-unified-police-admin-subpoena-typos",
        "Unified Police of Greater Salt Lake (ICAC) administrative subpoena under Utah Code § 77-22-2.5, full of typos, "
        "MM-DD-YY dates: a user name and numeric ID; subscriber data incl. per-session IPs; NLT 12-04-26; statutory 90-day no-notice.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute=any_of("Utah Code Ann. § 77-22-2.5", "Utah Code Ann. 77-22-2.5"),
        requester__name=any_of("Unified Police Department of Greater Salt Lake", "Unified Police Department"),
        requester__kind="STATE_LOCAL",
        requester__email="khaderlie@unifiedpoliceut.gov",
        requester__verified=True,
        requester__signer="Kyle Haderlie",
        requester__signer_title="Det.",
        targets=any_of(["slc_skater_boi"], ["slc_skater_boi", "4418820931"]),
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose=any_of("enticement of a minor over the internet (Utah Code 76-4-401)", None),
        date_range={"start": "2026-10-01", "end": "2026-11-19"},
        served_at=served(date),
        return_by="2026-12-04T17:00:00-07:00",
        nondisclosure__present=True,
        nondisclosure__kind=any_of("LETTER_REQUEST", "COURT_ORDER_2705B"),
        nondisclosure__expires_at=any_of(None, "2027-02-18T23:59:59-07:00", "2027-02-17T23:59:59-07:00"),
        case_number="UPD-ICAC-26-0733",
    )


def m012() -> Message:
    date = when(2026, 10, 28, 9, 40, 0, -7)
    text = """GILA RIVER INDIAN COMMUNITY POLICE DEPARTMENT
Criminal Investigations Section
P.O. Box 8, Sacaton, Arizona 85147

28 October 2026

DueProcess Social, Inc.
Attn: Law Enforcement Response Team

Re: Search Warrant issued by the Gila River Indian Community Court, No. GRIC-SW-2026-0117

Enclosed (text below) is a search warrant issued by the Community Court. We respectfully ask that you honor it.

SEARCH WARRANT - IN THE COURT OF THE GILA RIVER INDIAN COMMUNITY, SACATON, ARIZONA
To any peace officer of the Gila River Indian Community: proof by affidavit having been made by Detective Marisol Enos, the Court finds probable cause that evidence of aggravated assault and witness intimidation is held by DueProcess Social, Inc. for the account displayed as "Rez Dog Ramos" (https://dueprocess.local/u/rezdog_ramos520).
You are commanded to obtain: the subscriber information; the contents of messages sent and received between 09/20/2026 and 10/26/2026; photos and videos posted or sent in that period.
Return within 21 days.
Issued 10/27/2026, Hon. Lorena Antone, Associate Judge.

Sincerely,

Det. Marisol Enos
Gila River Police Department
(520) 562-7100
"""
    raw = build(
        "012",
        sender='"Marisol Enos" <marisol.enos@gilariver-nsn.gov>',
        subject="Search warrant GRIC-SW-2026-0117",
        date=date,
        message_id="<GRPD.2026.0117@gilariver-nsn.gov>",
        text=text,
        dkim_domain="gilariver-nsn.gov",
    )
    return msg(
        "012-gila-river-tribal-police-warrant",
        "Gila River Indian Community police (Tribal .gov domain) send a tribal-court search warrant typed in a letter: a "
        "display name and profile URL; subscriber data, messages and media 09/20-10/26/2026; return within 21 days.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        requester__name=any_of("Gila River Indian Community Police Department", "Gila River Police Department"),
        requester__kind="STATE_LOCAL",
        requester__email="marisol.enos@gilariver-nsn.gov",
        requester__verified=True,
        requester__signer=any_of("Marisol Enos", "Lorena Antone"),
        requester__signer_title=any_of("Detective", "Associate Judge"),
        targets=any_of(["rezdog_ramos520"], [P + "rezdog_ramos520"]),
        data_categories=any_of(
            ["BASIC_SUBSCRIBER", "STORED_CONTENT"], ["BASIC_SUBSCRIBER", "STORED_CONTENT", "PUBLIC_CONTENT"]
        ),
        stated_purpose=any_of("aggravated assault and witness intimidation", None),
        date_range={"start": "2026-09-20", "end": "2026-10-26"},
        served_at=served(date),
        return_by=any_of(
            "2026-11-18T17:00:00-07:00",
            "2026-11-18T09:40:00-07:00",
            "2026-11-18T23:59:59-07:00",
            "2026-11-17T17:00:00-07:00",
        ),
        case_number="GRIC-SW-2026-0117",
        issuing_court="Court of the Gila River Indian Community",
    )


MESSAGES = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012]

"""United States demands, part 2: states, counties and cities (Kansas, Kentucky, California, Texas, Alaska,
Oregon, Florida, Rhode Island, West Virginia, New Mexico, New Jersey, Georgia, Utah) and private litigants.
Government sender domains from CISA's .gov list; law firms use reserved example domains; people, accounts and
case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout9._kit import Message, any_of, docx_file, make, odt, pdf, scan, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def wichita_pd_warrant_odt() -> Message:
    date = when(2026, 10, 22, 9, 3, 12, -5)
    document = odt(
        [
            "IN THE EIGHTEENTH JUDICIAL DISTRICT, DISTRICT COURT OF SEDGWICK COUNTY, KANSAS",
            "SEARCH WARRANT - Case No. 2026-SW-004412",
            "THE STATE OF KANSAS TO ANY LAW ENFORCEMENT OFFICER AND TO SOCIAL EXAMPLE, INC.:",
            "Affidavit having been made before me by Detective Landon J. Brightwater-Pace of the Wichita Police "
            "Department, I am satisfied that there is probable cause to believe that evidence of the crime of "
            "murder in the first degree (K.S.A. 21-5402) is contained in the records of the following account: "
            "user name ict.nightshift.316 (display name 'Nightshift 316').",
            "You are therefore commanded to produce, for the period September 10, 2026 through October 20, 2026: "
            "(1) subscriber information; (2) the contents of all direct messages, photos and videos sent or "
            "received; (3) all location information, including check-ins and device location history.",
            "The records shall be produced within ten (10) days of service of this warrant.",
            "Dated this 21st day of October, 2026.",
            "Hon. Marguerite A. Soto-Lindahl, District Judge",
        ],
        heading="SEARCH WARRANT",
    )
    text = """\
Social Example Legal,

Attached is a search warrant signed by Judge Soto-Lindahl in a homicide investigation (WPD case 26C081177).
Please produce to me by e-mail or upload link. Thanks for your help.

Det. Landon Brightwater-Pace
Wichita Police Department - Homicide Section
455 N. Main, Wichita, KS 67202 | 316-555-0148
"""
    return make(
        "009-wichita-pd-warrant-odt",
        "Wichita PD homicide detective serves a Sedgwick County district court search warrant (.odt): subscriber "
        "data, DMs/media and location of a user name, Sept 10-Oct 20, 2026; ten days from service, which lands on "
        "the day standard time returns (Sunday).",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "K.S.A. 21-5402"),
            "requester.name": any_of("Wichita Police Department", "City of Wichita"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lbrightwater-pace@wichita.gov",
            "requester.verified": True,
            "requester.signer": any_of(
                "Landon Brightwater-Pace", "Landon J. Brightwater-Pace", "Marguerite A. Soto-Lindahl"
            ),
            "requester.signer_title": any_of("Det.", "Detective", "District Judge"),
            "targets": ["ict.nightshift.316"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("murder in the first degree", "homicide investigation", "homicide"),
            "date_range": {"start": "2026-09-10", "end": "2026-10-20"},
            "served_at": served(date),
            # ten days from 2026-10-22 is Sunday 2026-11-01 (CST from 02:00 that day)
            "return_by": any_of(
                "2026-11-01T17:00:00-06:00",
                "2026-11-01T23:59:59-06:00",
                "2026-11-02T17:00:00-06:00",
                "2026-11-02T23:59:59-06:00",
            ),
            "case_number": any_of("2026-SW-004412", "26C081177"),
            "issuing_court": any_of(
                "District Court of Sedgwick County, Kansas",
                "Eighteenth Judicial District, District Court of Sedgwick County, Kansas",
                "Sedgwick County District Court",
            ),
        },
        sender="Brightwater-Pace, Landon <lbrightwater-pace@wichita.gov>",
        subject="Search Warrant 2026-SW-004412",
        date=date,
        message_id="<WPD-26C081177-1022@wichita.gov>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "2026-SW-004412.odt")],
        dkim="wichita.gov",
    )


def lexington_pd_emergency_missing_teen() -> Message:
    date = when(2026, 12, 3, 23, 47, 5, -5)
    text = """\
*** EXIGENT / EMERGENCY REQUEST ***

My name is Sgt. Camille Ruiz-Abernathy, Lexington Police Department (Kentucky), Special Victims Section.

A 15-year-old girl (we can provide her name by phone) left her home in Lexington around 4 PM today and has not
returned. Her phone was found in a trash can at a gas station on New Circle Road. Her friends tell us she was
going to meet an adult man she chatted with on your platform under the user name "bluegrass_dj_kane"; messages
her mother saw tonight talk about "driving to Ohio" and "nobody will find you". We believe she is in danger of
serious physical injury or sexual assault.

Under 18 U.S.C. 2702(b)(8) and (c)(4) we ask for, on an emergency basis: the subscriber information for
bluegrass_dj_kane (name, phone, e-mail), IP addresses from the last 48 hours, and any recent location data.

Please call the LPD Communications Center (859) 555-0131 to verify me - ask for the on-duty SVS sergeant.
Case #26-184460.

Sgt. C. Ruiz-Abernathy #1187
"""
    return make(
        "010-lexington-pd-emergency-missing-teen",
        "Lexington (KY) PD sergeant's emergency request near midnight: a 15-year-old missing after arranging to meet "
        "an adult met on the platform; subscriber data, 48 h of IPs and recent location of a user name.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(b)(8) and (c)(4)", "18 U.S.C. § 2702(b)(8)"),
            "requester.name": any_of("Lexington Police Department", "Lexington Police Department (Kentucky)"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "cruiz-abernathy@lexingtonky.gov",
            "requester.verified": True,
            "requester.signer": any_of("Camille Ruiz-Abernathy", "C. Ruiz-Abernathy"),
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": ["bluegrass_dj_kane"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "missing juvenile", "missing 15-year-old"),
            "date_range": any_of(None, {"start": "2026-12-01", "end": "2026-12-03"}),
            "served_at": served(date),
            "return_by": any_of(None, served(date)),
            "emergency": {"narrative_contains": "15-year-old"},
            "case_number": any_of(None, "26-184460"),
        },
        sender="Ruiz-Abernathy, Camille <cruiz-abernathy@lexingtonky.gov>",
        subject="EMERGENCY - missing juvenile - bluegrass_dj_kane",
        date=date,
        message_id="<LPD-SVS-26-184460@lexingtonky.gov>",
        text=text,
        headers=[("Importance", "high")],
        dkim="lexingtonky.gov",
    )


def santa_barbara_sheriff_calecpa_warrant_pdf() -> Message:
    date = when(2026, 11, 6, 16, 20, 51, -8)
    warrant = """\
SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA BARBARA

SEARCH WARRANT AND ORDER (Penal Code §§ 1524, 1546.1)           Warrant No. SB-26-1193

THE PEOPLE OF THE STATE OF CALIFORNIA, to any peace officer in the County of Santa Barbara and to
SOCIAL EXAMPLE, INC., a provider of electronic communication service:

Proof by affidavit having been made before me by Deputy Evangeline Sarkisian-Moore, Santa Barbara County
Sheriff's Office, that there is probable cause to believe that the property described herein constitutes
evidence of felony offenses (Penal Code § 530.5, identity theft; § 484e, theft of access card information):

YOU ARE COMMANDED to disclose the following records for the account @funk_zone_deals and the account
registered to the e-mail address isla.vista.resale@example.com, for the period 07/01/2026 through 09/30/2026:
  1. Basic subscriber information, including name, address, e-mail, phone, and account creation date;
  2. IP addresses and timestamps of all log-ins;
  3. Stored direct messages and attachments.

Records shall be produced within ten (10) days of service.

ORDER DELAYING NOTIFICATION: Good cause appearing (Penal Code § 1546.2(b)), the Court orders that notification
to the identified targets be delayed, and that the service provider shall not disclose the existence of this
warrant, for a period of ninety (90) days from the date of this warrant.

Date: November 5, 2026, 3:12 p.m.                Hon. Theodore Nakamura-Pryce
                                                  Judge of the Superior Court
"""
    text = """\
Hello,

Please see the attached CalECPA search warrant with a 90-day delayed notification order. Production can be sent to
me via your portal or e-mail.

Thank you,
Deputy E. Sarkisian-Moore #4471
Santa Barbara County Sheriff's Office - Criminal Investigations Division
4434 Calle Real, Santa Barbara, CA 93110
"""
    return make(
        "011-santa-barbara-sheriff-calecpa-warrant-pdf",
        "Santa Barbara County Sheriff deputy serves a CalECPA search warrant (PDF): subscriber data, log-in IPs and "
        "stored DMs of an @handle and an e-mail account, 07/01-09/30/2026; ten days; the judge delays notice and "
        "gags the provider for 90 days (Penal Code § 1546.2(b)).",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("Penal Code §§ 1524, 1546.1", "Penal Code § 1546.1", None),
            "requester.name": any_of("Santa Barbara County Sheriff's Office", "Santa Barbara County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "esarkisian-moore@santabarbarasheriff.gov",
            "requester.verified": True,
            "requester.signer": any_of("E. Sarkisian-Moore", "Evangeline Sarkisian-Moore", "Theodore Nakamura-Pryce"),
            "requester.signer_title": any_of("Deputy", "Judge of the Superior Court"),
            "targets": ["funk_zone_deals", "isla.vista.resale@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("identity theft", "identity theft; theft of access card information"),
            "date_range": {"start": "2026-07-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": any_of("2026-11-16T17:00:00-08:00", "2026-11-16T23:59:59-08:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-02-03T23:59:59-08:00", "2027-02-02T23:59:59-08:00"),
            "case_number": "SB-26-1193",
            "issuing_court": any_of(
                "Superior Court of California, County of Santa Barbara", "Santa Barbara County Superior Court"
            ),
        },
        sender="Sarkisian-Moore, Evangeline <esarkisian-moore@santabarbarasheriff.gov>",
        subject="CalECPA Search Warrant SB-26-1193",
        date=date,
        message_id="<SBSO-CID-SB261193@santabarbarasheriff.gov>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "SW SB-26-1193 signed.pdf")],
        dkim="santabarbarasheriff.gov",
    )


def travis_county_da_18b_order_html() -> Message:
    date = when(2026, 11, 19, 11, 30, 0, -6)
    html = """\
<html><body>
<p>Counsel / Custodian of Records:</p>
<p>The 403rd District Court has signed the order summarised below. The signed PDF is available through our secure
file share on request; this e-mail constitutes service as agreed with your law enforcement response team.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Style</b></td><td>In re Application of the State of Texas for an Order for Disclosure of Stored Communications
Records</td></tr>
<tr><td><b>Cause No.</b></td><td>D-1-DC-26-904418</td></tr>
<tr><td><b>Authority</b></td><td>Tex. Code Crim. Proc. art. 18B.352; 18 U.S.C. &sect; 2703(c), (d)</td></tr>
<tr><td><b>Account</b></td><td>@atx_lakeway_rentals (Social Example, Inc.)</td></tr>
<tr><td><b>Records</b></td><td>Subscriber name, address, phone, e-mail; account creation date and IP; IP session logs with
timestamps; list of accounts messaged (no content)</td></tr>
<tr><td><b>Period</b></td><td>08/15/2026 &ndash; 11/15/2026</td></tr>
<tr><td><b>Offense</b></td><td>Theft by deception (short-term rental scam), Tex. Penal Code &sect; 31.03</td></tr>
<tr><td><b>Production</b></td><td>On or before December 10, 2026</td></tr>
<tr><td><b>Non-disclosure</b></td><td>Under 18 U.S.C. &sect; 2705(b) the provider shall not notify any person of this
order for ninety (90) days from the date it was signed</td></tr>
<tr><td><b>Signed</b></td><td>November 18, 2026, Hon. Rosalind Vega-Thibodeaux, Judge, 403rd District Court</td></tr>
</table>
<p>Jared P. Kowalczyk-Ames<br>Assistant District Attorney, Travis County District Attorney's Office<br>
Financial Crimes Division | 416 W. 11th St., Austin, TX 78701 | 512-555-0177</p>
</body></html>
"""
    return make(
        "012-travis-county-da-18b-order-html",
        "Travis County (TX) assistant DA serves a district court order under Tex. Code Crim. Proc. art. 18B.352 "
        "and § 2703(d), summarised in an HTML table: subscriber data, IP logs and correspondents of an @handle, "
        "08/15-11/15/2026; due December 10, 2026; 90-day § 2705(b) gag.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of(
                "Tex. Code Crim. Proc. art. 18B.352; 18 U.S.C. § 2703(c), (d)",
                "18 U.S.C. § 2703(d)",
                "Tex. Code Crim. Proc. art. 18B.352",
            ),
            "requester.name": any_of("Travis County District Attorney's Office", "Travis County District Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "jared.kowalczyk-ames@traviscountytx.gov",
            "requester.verified": True,
            "requester.signer": any_of("Jared P. Kowalczyk-Ames", "Rosalind Vega-Thibodeaux"),
            "requester.signer_title": any_of("Assistant District Attorney", "Judge"),
            "targets": ["atx_lakeway_rentals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "Theft by deception", "theft by deception (short-term rental scam)", "rental scam"
            ),
            "date_range": {"start": "2026-08-15", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of("2026-12-10T17:00:00-06:00", "2026-12-10T23:59:59-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-02-16T23:59:59-06:00", "2027-02-15T23:59:59-06:00"),
            "case_number": "D-1-DC-26-904418",
            "issuing_court": any_of("403rd District Court", "403rd District Court, Travis County, Texas"),
        },
        sender="Kowalczyk-Ames, Jared <jared.kowalczyk-ames@traviscountytx.gov>",
        subject="Service: Order D-1-DC-26-904418 (18B / 2703(d))",
        date=date,
        message_id="<TCDA-FCD-904418@traviscountytx.gov>",
        html=html,
        dkim="traviscountytx.gov",
    )


def fairbanks_pd_preservation_extension_reply() -> Message:
    date = when(2026, 12, 2, 8, 55, 0, -9)
    text = """\
Hi,

Yes - please extend the preservation for another 90 days under 2703(f)(2). The DA's office is still working
on the warrant for goldstream_trader; I expect it to be signed before the new year.

Thanks,
Inv. Tobias Kuukpik-Larsen
Fairbanks Police Department, Investigations Unit
911 Cushman St., Fairbanks, AK 99701 | 907-555-0152

-----Original Message-----
From: Legal Process <legal-process@dueprocess.local>
Sent: Tuesday, December 1, 2026 10:02 AM
To: Kuukpik-Larsen, Tobias <tkuukpik-larsen@fairbanks.gov>
Subject: RE: Preservation request - FPD 26-3318 - goldstream_trader

Investigator Kuukpik-Larsen,

Our reference LP-26-40711. We preserved the account goldstream_trader on September 8, 2026 at your request.
The 90-day preservation period ends on December 7, 2026. If you need an extension, please reply to this
message before that date.

Social Example Legal Operations
"""
    return make(
        "013-fairbanks-pd-preservation-extension-reply",
        "Fairbanks (AK) PD investigator replies above the platform's reminder (quoted) asking for the second 90-day "
        "§ 2703(f)(2) preservation of a user name pending a state warrant.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)(2)", "2703(f)(2)", "18 U.S.C. § 2703(f)", None),
            "requester.name": any_of("Fairbanks Police Department", "City of Fairbanks"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tkuukpik-larsen@fairbanks.gov",
            "requester.verified": True,
            "requester.signer": "Tobias Kuukpik-Larsen",
            "requester.signer_title": any_of("Inv.", "Investigator"),
            "targets": ["goldstream_trader"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "served_at": served(date),
            "case_number": any_of("26-3318", "FPD 26-3318", "LP-26-40711"),
        },
        sender="Kuukpik-Larsen, Tobias <tkuukpik-larsen@fairbanks.gov>",
        subject="RE: Preservation request - FPD 26-3318 - goldstream_trader",
        date=date,
        message_id="<FPD-INV-1202-0855@fairbanks.gov>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-40711-rem@dueprocess.local>")],
        dkim="fairbanks.gov",
    )


def lane_county_da_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 20, 13, 7, 0, -8)
    text = """\
To whom it may concern at Social Exmaple,

IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF LANE
STATE OF OREGON, Plaintiff, v. DUSTIN RAY HOLLOWAY-MBEKI, Defendant.
Case No. 26CR51872

SUBPOENA DUCES TECUM (ORS 136.567 / 136.580)

YOU ARE COMMANDED to appear at the Lane County Circuit Court, 125 E 8th Ave, Eugene OR, Courtroom 304 on
Decmber 9 2026 at 8:30 AM to testify as a witness for the State in the above trial, and bring with you:
subscriber informaton (name, email, phone #, date acount created) and all public posts and public comments made
by the acount @mckenzie_river_rat between 8/1/2026 and 10/15/2026.

You may comply by mailing the records w/ a certificate of records custodian (ORS 40.460(8)) to the undersigned
before the trial date, in which case you do not need to apear.

Issued 11/20/2026 by: Harriet Oyelaran-Vance, Deputy District Attorney, OSB #154412
Lane County District Attorney's Office, 125 E 8th Ave Rm 400, Eugene OR 97401  541-555-0166

thx - H. Oyelaran-Vance
"""
    return make(
        "014-lane-county-da-trial-subpoena-typos",
        "Lane County (OR) deputy DA's trial subpoena duces tecum typed into the body with typos: subscriber data and "
        "public posts of an @handle 8/1-10/15/2026; appear 'Decmber 9 2026 at 8:30 AM'.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "ORS 136.567 / 136.580", "ORS 136.567"),
            "requester.name": any_of("Lane County District Attorney's Office", "Lane County District Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "harriet.oyelaran-vance@lanecountyor.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harriet Oyelaran-Vance", "H. Oyelaran-Vance"),
            "requester.signer_title": "Deputy District Attorney",
            "targets": ["mckenzie_river_rat"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "date_range": {"start": "2026-08-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": "2026-12-09T08:30:00-08:00",
            "case_number": "26CR51872",
            "issuing_court": any_of(
                "Circuit Court of the State of Oregon for the County of Lane", "Lane County Circuit Court"
            ),
        },
        sender="OYELARAN-VANCE Harriet <harriet.oyelaran-vance@lanecountyor.gov>",
        subject="subpeona - St v Holloway-Mbeki 26CR51872",
        date=date,
        message_id="<LCDA-26CR51872-1120@lanecountyor.gov>",
        text=text,
        dkim="lanecountyor.gov",
    )


def st_lucie_sheriff_warrant_docx() -> Message:
    date = when(2026, 11, 23, 10, 16, 0, -5)
    document = docx_file(
        [
            ("h", "IN THE CIRCUIT COURT OF THE NINETEENTH JUDICIAL CIRCUIT IN AND FOR ST. LUCIE COUNTY, FLORIDA"),
            ("h", "SEARCH WARRANT"),
            (
                "p",
                "STATE OF FLORIDA, COUNTY OF ST. LUCIE. TO THE SHERIFF OF ST. LUCIE COUNTY AND SOCIAL EXAMPLE, INC.: "
                "Sworn complaint having been made by Detective Priya Castellanos-Whitfield, St. Lucie County "
                "Sheriff's Office, the Court finds probable cause to believe that the records described below "
                "contain evidence of the offense of Use of a Computer to Solicit a Minor and sexual extortion "
                "(§ 847.0135, § 836.10, Fla. Stat.).",
            ),
            ("t", "Account|@treasure_coast_tyler (user ID 6180033974)"),
            ("t", "Time frame|October 1, 2026 through November 20, 2026"),
            (
                "t",
                "Items|Subscriber information; IP log-in history; all direct messages, photographs and videos sent "
                "or received, including deleted items still retained",
            ),
            ("t", "Return|Within ten (10) days of service upon Social Example, Inc."),
            ("p", "WITNESS my hand and seal this 20th day of November, 2026."),
            ("p", "Hon. Augustin R. Delacourt-Hayes, Circuit Judge"),
        ],
        author="SLCSO",
    )
    text = """\
Good morning,

Please find attached a signed search warrant (SLCSO case 26-119043) for the account @treasure_coast_tyler. The
victim is a 13-year-old. Please expedite if possible.

Detective Priya Castellanos-Whitfield
Special Victims Unit, St. Lucie County Sheriff's Office
4700 W. Midway Rd, Fort Pierce, FL 34981 | (772) 555-0125
"""
    return make(
        "015-st-lucie-sheriff-warrant-docx",
        "St. Lucie County (FL) Sheriff detective serves a circuit court search warrant (.docx with a table): "
        "subscriber data, IP history and DMs/media of an @handle with ID, Oct 1-Nov 20, 2026; ten days of service.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "§ 847.0135, § 836.10, Fla. Stat."),
            "requester.name": any_of("St. Lucie County Sheriff's Office", "St. Lucie County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "castellanosp@stluciesheriff.gov",
            "requester.verified": True,
            "requester.signer": any_of("Priya Castellanos-Whitfield", "Augustin R. Delacourt-Hayes"),
            "requester.signer_title": any_of("Detective", "Circuit Judge"),
            "targets": any_of(["treasure_coast_tyler"], ["treasure_coast_tyler", "6180033974"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(
                "Use of a Computer to Solicit a Minor and sexual extortion",
                "Use of a Computer to Solicit a Minor",
                "sexual extortion",
            ),
            "date_range": {"start": "2026-10-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of("2026-12-03T17:00:00-05:00", "2026-12-03T23:59:59-05:00"),
            "case_number": any_of("26-119043", None),
            "issuing_court": any_of(
                "Circuit Court of the Nineteenth Judicial Circuit in and for St. Lucie County, Florida",
                "Nineteenth Judicial Circuit, St. Lucie County",
            ),
        },
        sender="Castellanos-Whitfield, Priya <castellanosp@stluciesheriff.gov>",
        subject="Search Warrant - @treasure_coast_tyler - SLCSO 26-119043",
        date=date,
        message_id="<SLCSO-SVU-26119043@stluciesheriff.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "SW_26-119043.docx")],
        dkim="stluciesheriff.gov",
    )


RISP_SCAN = """\
# STATE OF RHODE ISLAND                         SUPERIOR COURT
PROVIDENCE, SC.

IN RE: APPLICATION OF THE STATE OF RHODE ISLAND FOR AN ORDER
DIRECTING DISCLOSURE OF RECORDS PURSUANT TO 18 U.S.C. § 2703(d)          Misc. No. PM-2026-06671

# ORDER

This matter came before the Court on the application of the Rhode Island State Police. The Court finds that the
State has offered specific and articulable facts showing that there are reasonable grounds to believe that the
records sought are relevant and material to an ongoing criminal investigation of obtaining money under
false pretenses (R.I. Gen. Laws § 11-41-4).

It is ORDERED that Social Example, Inc. disclose, within twenty-one (21) days of receipt of this Order, for the
account registered to ocean.state.lender@example.com, for 05/01/2026 to 09/30/2026:
  (a) subscriber name, address, telephone number, e-mail, and means of payment;
  (b) all IP addresses used to access the account, with dates and times;
  (c) non-content records of communications (date, time, and the other account).

It is FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of this Order or the
investigation for a period of one hundred eighty (180) days from the date of this Order.

ENTERED: October 13, 2026                    BY THE COURT: /s/ Bernadette M. Costa-Ferreira, Associate Justice
"""


def risp_2703d_order_scan() -> Message:
    date = when(2026, 10, 14, 12, 9, 0, -4)
    return make(
        "016-risp-2703d-order-scan",
        "Rhode Island State Police detective serves a Superior Court § 2703(d) order as an image-only scan: subscriber "
        "data, IP access logs and correspondents of an e-mail account, 05/01-09/30/2026; 21 days (into standard "
        "time); 180-day non-disclosure.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": "Rhode Island State Police",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ines.brannigan-kaur@risp.gov",
            "requester.verified": True,
            "requester.signer": any_of("Ines Brannigan-Kaur", "Bernadette M. Costa-Ferreira"),
            "requester.signer_title": any_of("Detective", "Det.", "Associate Justice"),
            "targets": ["ocean.state.lender@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("obtaining money under false pretenses", None),
            "date_range": {"start": "2026-05-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": any_of("2026-11-04T17:00:00-05:00", "2026-11-04T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-04-11T23:59:59-04:00", "2027-04-10T23:59:59-04:00"),
            "case_number": "PM-2026-06671",
            "issuing_court": any_of("Rhode Island Superior Court", "Superior Court, Providence County"),
        },
        sender="Brannigan-Kaur, Ines (RISP) <ines.brannigan-kaur@risp.gov>",
        subject="Court Order PM-2026-06671",
        date=date,
        message_id="<RISP-FCU-PM202606671@risp.gov>",
        text="Please see the attached court order. Records can be returned to me at this address.\n\n"
        "Det. Ines Brannigan-Kaur\nRhode Island State Police - Financial Crimes Unit\n311 Danielson Pike, "
        "North Scituate, RI 02857\n",
        attachments=[(scan([RISP_SCAN], skew=-0.4, noise=0.0003, seed=92), "application", "pdf", "PM-2026-06671.pdf")],
        dkim="risp.gov",
    )


def monongalia_sheriff_forwarded_warrant() -> Message:
    date = when(2026, 11, 9, 8, 12, 0, -5)
    text = """\
Good morning - Deputy Hardesty asked me to send this to your legal department, he is in court all week.
Please send the return to him (chardesty@monongaliasheriff.gov).

Tammy Orr-Valente
Administrative Assistant, Monongalia County Sheriff's Office, Morgantown WV

---------- Forwarded message ---------
From: Hardesty, Colt <chardesty@monongaliasheriff.gov>
Date: Fri, Nov 6, 2026 at 4:51 PM
Subject: SW for social example
To: Orr-Valente, Tammy <torr-valente@monongaliasheriff.gov>

Tammy can you send this to Social Example Monday. Text below is the warrant signed today.

IN THE MAGISTRATE COURT OF MONONGALIA COUNTY, WEST VIRGINIA
SEARCH WARRANT No. 26-M31W-00871

To any officer and to Social Example, Inc.: Upon the complaint on oath of Deputy Colt Hardesty, the Court finds
probable cause to believe that the account "mountaineer_mike_304" contains evidence of the distribution of
intimate images without consent (W. Va. Code § 61-8-28a). You are commanded to produce within fourteen (14)
days of service: subscriber information; IP log-in records; and all messages, photos and videos, for the
period September 1, 2026 to November 1, 2026.

Signed November 6, 2026, Magistrate Roberta L. Yoder-Amankwah
"""
    return make(
        "017-monongalia-sheriff-forwarded-warrant",
        "Monongalia County (WV) Sheriff's assistant forwards a deputy's mail with a magistrate court search warrant "
        "typed in: subscriber data, IP logs and messages/media of a user name, Sept 1-Nov 1, 2026; 14 days of "
        "service.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "W. Va. Code § 61-8-28a"),
            "requester.name": any_of("Monongalia County Sheriff's Office", "Monongalia County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("torr-valente@monongaliasheriff.gov", "chardesty@monongaliasheriff.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Colt Hardesty", "Tammy Orr-Valente", "Roberta L. Yoder-Amankwah"),
            "requester.signer_title": any_of("Deputy", "Administrative Assistant", "Magistrate"),
            "targets": ["mountaineer_mike_304"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(
                "distribution of intimate images without consent", "distribution of intimate images", None
            ),
            "date_range": {"start": "2026-09-01", "end": "2026-11-01"},
            "served_at": any_of(served(date), "2026-11-06T16:51:00-05:00"),
            "return_by": any_of("2026-11-23T17:00:00-05:00", "2026-11-23T23:59:59-05:00"),
            "case_number": "26-M31W-00871",
            "issuing_court": any_of(
                "Magistrate Court of Monongalia County, West Virginia", "Monongalia County Magistrate Court"
            ),
        },
        sender="Orr-Valente, Tammy <torr-valente@monongaliasheriff.gov>",
        subject="Fwd: SW for social example",
        date=date,
        message_id="<MCSO-1109-0812-fwd@monongaliasheriff.gov>",
        text=text,
        dkim="monongaliasheriff.gov",
    )


NM_PHOTO = """\
# STATE OF NEW MEXICO
# COUNTY OF DONA ANA - THIRD JUDICIAL DISTRICT COURT
GRAND JURY SUBPOENA DUCES TECUM                    Grand Jury No. 2026-GJ-03-114

TO: Custodian of Records, Social Example, Inc.

YOU ARE HEREBY COMMANDED to appear before the Dona Ana County Grand Jury, 845 N. Motel Blvd.,
Las Cruces, New Mexico, on December 15, 2026 at 9:00 a.m., and to bring with you the following:

For the user name organ.mtn.outfitter and the telephone number (575) 555-0193:
  - subscriber name, address, e-mail address, telephone number, account creation date;
  - IP addresses used at each log-in, with date and time,
for the period June 1, 2026 through November 30, 2026.

Personal appearance is excused if the records are delivered with a records custodian affidavit to the
undersigned on or before that date.

Issued at the request of: Xochitl R. Benavidez-Ortega, Assistant Trial Attorney,
Office of the District Attorney, Third Judicial District

DATE: 11/30/2026            /s/ Clerk of the District Court, by Deputy Clerk L. Anaya-Stroud
"""


def nm_third_da_grand_jury_photo() -> Message:
    date = when(2026, 11, 30, 16, 44, 0, -7)
    return make(
        "018-nm-third-da-grand-jury-photo",
        "New Mexico Third Judicial District Attorney's office sends a phone photo (JPEG) of a Dona Ana County grand "
        "jury subpoena: subscriber data and log-in IPs of a user name and phone, June 1-November 30, 2026; appear "
        "December 15, 2026 at 9:00 a.m.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Office of the District Attorney, Third Judicial District",
                "New Mexico 3rd Judicial District Attorney's Office",
                "Third Judicial District Attorney's Office",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "xbenavidez-ortega@thirddistrictattorneynm.gov",
            "requester.verified": True,
            "requester.signer": any_of("Xochitl R. Benavidez-Ortega", "Xochitl Benavidez-Ortega", "L. Anaya-Stroud"),
            "requester.signer_title": any_of("Assistant Trial Attorney", "Deputy Clerk"),
            "targets": any_of(
                ["organ.mtn.outfitter", "+15755550193"],
                ["organ.mtn.outfitter", "(575) 555-0193"],
                ["organ.mtn.outfitter"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "date_range": {"start": "2026-06-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": "2026-12-15T09:00:00-07:00",
            "case_number": any_of("2026-GJ-03-114", "Grand Jury No. 2026-GJ-03-114"),
            "issuing_court": any_of("Third Judicial District Court", "Dona Ana County - Third Judicial District Court"),
        },
        sender="Xochitl Benavidez-Ortega <xbenavidez-ortega@thirddistrictattorneynm.gov>",
        subject="GJ subpoena 2026-GJ-03-114",
        date=date,
        message_id="<3DA-GJ-03-114-photo@thirddistrictattorneynm.gov>",
        text="Picture of the subpoena attached, original in the mail. Sorry for the quality.\n\n"
        "X. Benavidez-Ortega, Assistant Trial Attorney\nThird Judicial District Attorney, Las Cruces NM\n",
        attachments=[(scan_jpeg(NM_PHOTO, skew=1.1, seed=93), "image", "jpeg", "IMG_4410.jpg")],
        dkim="thirddistrictattorneynm.gov",
    )


def montclair_pd_preservation_terse() -> Message:
    date = when(2026, 9, 15, 14, 38, 0, -4)
    text = """\
Preservation request per 18 USC 2703(f).

Account: https://social.example.com/upper.montclair.moves
Please preserve all subscriber info, IP logs, messages and posts for 90 days. Burglary ring advertising stolen
goods. Court order to follow.

Ptl. Nadia Fitzgerald-Oduya #312
Montclair Police Department (NJ) Detective Bureau
973-555-0138
"""
    return make(
        "019-montclair-pd-preservation-terse",
        "Montclair (NJ) PD patrolman's terse § 2703(f) preservation request for a profile URL, 90 days.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Montclair Police Department", "Montclair Police Department (NJ)"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "nfitzgerald-oduya@montclairpdnj.gov",
            "requester.verified": True,
            "requester.signer": "Nadia Fitzgerald-Oduya",
            "requester.signer_title": any_of("Ptl.", "Patrolman", "Patrol Officer"),
            "targets": any_of(["https://social.example.com/upper.montclair.moves"], ["upper.montclair.moves"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "stated_purpose": any_of(None, "Burglary ring advertising stolen goods", "burglary"),
            "served_at": served(date),
        },
        sender="Fitzgerald-Oduya, Nadia <nfitzgerald-oduya@montclairpdnj.gov>",
        subject="2703(f) preservation",
        date=date,
        message_id="<MPD-DB-0915-1438@montclairpdnj.gov>",
        text=text,
        dkim="montclairpdnj.gov",
    )


def savannah_pd_subpoena_impossible_date() -> Message:
    date = when(2026, 11, 10, 9, 40, 0, -5)
    text = """\
Records Custodian,

Attached in the body is a subpoena for production of evidence in a pending criminal case. Please comply by the
date listed.

IN THE STATE COURT OF CHATHAM COUNTY, STATE OF GEORGIA
STATE OF GEORGIA v. MARCUS DEVONTE ELLISON-GRAY          Case No. STCR26-04417

SUBPOENA FOR PRODUCTION OF EVIDENCE (O.C.G.A. § 24-13-23)

You are hereby commanded to produce on November 31, 2026 at 9:00 a.m. to the Office of the Solicitor-General,
133 Montgomery Street, Savannah, GA 31401, for use at the trial of the above case: the subscriber information
(name, e-mail address, telephone number, account creation date) for the account @hostess_city_hustle.

Witness the Honorable Judge of said Court, this 9th day of November, 2026.
Issued at the request of Det. Reginald Oyelowo-Banks, Savannah Police Department, Property Crimes Unit.

Det. R. Oyelowo-Banks
Savannah Police Department | 201 Habersham St, Savannah GA | 912-555-0149
"""
    return make(
        "020-savannah-pd-subpoena-impossible-date",
        "Savannah PD detective sends a Chatham County State Court trial subpoena for subscriber data of an @handle "
        "whose production date is 'November 31, 2026', a date that does not exist: a person must ask which date "
        "was meant.",
        "en",
        "US",
        ("plain_text",),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "O.C.G.A. § 24-13-23"),
            "requester.name": any_of("Savannah Police Department", "City of Savannah"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "royelowo-banks@savannahga.gov",
            "requester.verified": True,
            "requester.signer": any_of("Reginald Oyelowo-Banks", "R. Oyelowo-Banks"),
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["hostess_city_hustle"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-30T09:00:00-05:00", "2026-12-01T09:00:00-05:00"),
            "case_number": "STCR26-04417",
            "issuing_court": any_of("State Court of Chatham County", "State Court of Chatham County, State of Georgia"),
        },
        sender="Oyelowo-Banks, Reginald <royelowo-banks@savannahga.gov>",
        subject="Subpoena STCR26-04417 @hostess_city_hustle",
        date=date,
        message_id="<SPD-PCU-STCR2604417@savannahga.gov>",
        text=text,
        dkim="savannahga.gov",
    )


def millard_sheriff_warrant_blank_ndo_term() -> Message:
    date = when(2026, 10, 30, 15, 5, 0, -6)
    warrant = """\
IN THE FOURTH JUDICIAL DISTRICT COURT, MILLARD COUNTY, STATE OF UTAH

SEARCH WARRANT (Utah Code § 77-23c-102)                  Case No. 261700088

To any peace officer and to Social Example, Inc.:

Proof by affidavit under oath having been made this day before me by Deputy Brandt Sorensen-Achebe of the
Millard County Sheriff's Office, I am satisfied that there is probable cause to believe that evidence of the
offense of sexual exploitation of a minor (Utah Code § 76-5b-201) will be found in the electronic information
of the account @delta_ut_skater, and you are commanded to produce:

  1. subscriber information for the account;
  2. all messages, photographs and videos sent or received between 09/01/2026 and 10/28/2026.

Production within fourteen (14) days of service.

ORDER DELAYING NOTIFICATION (Utah Code § 77-23c-104): The Court finds that notification may result in the
destruction of evidence. Notice to the owner of the electronic information is delayed, and the provider shall
not notify the owner or any other person of this warrant, for a period of ______ days.

DATED this 29th day of October, 2026.       /s/ Judge Anselm T. Whitlock-Baptiste
"""
    return make(
        "021-millard-sheriff-warrant-blank-ndo-term",
        "Millard County (UT) Sheriff deputy serves a state search warrant (PDF) whose delayed-notification order "
        "leaves the period blank ('for a period of ______ days'): a gag is ordered but its length cannot be read, "
        "so a person must ask the court.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Utah Code § 77-23c-102"),
            "requester.name": any_of("Millard County Sheriff's Office", "Millard County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "bsorensen-achebe@millardsheriff.gov",
            "requester.verified": True,
            "requester.signer": any_of("Brandt Sorensen-Achebe", "Anselm T. Whitlock-Baptiste"),
            "requester.signer_title": any_of("Deputy", "Judge"),
            "targets": ["delta_ut_skater"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("sexual exploitation of a minor", None),
            "date_range": {"start": "2026-09-01", "end": "2026-10-28"},
            "served_at": served(date),
            "return_by": any_of(
                "2026-11-13T17:00:00-07:00",
                "2026-11-13T23:59:59-07:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "261700088",
            "issuing_court": any_of("Fourth Judicial District Court, Millard County", "Fourth Judicial District Court"),
        },
        sender="Brandt Sorensen-Achebe <bsorensen-achebe@millardsheriff.gov>",
        subject="Search warrant 261700088",
        date=date,
        message_id="<MCSO-UT-261700088@millardsheriff.gov>",
        text="Search warrant attached for @delta_ut_skater. Thank you.\n\nDeputy B. Sorensen-Achebe\n"
        "Millard County Sheriff's Office, Fillmore, Utah\n",
        attachments=[(pdf(warrant), "application", "pdf", "SW 261700088.pdf")],
        dkim="millardsheriff.gov",
    )


def lawfirm_rule45_ddel_docx() -> Message:
    date = when(2026, 10, 5, 17, 22, 0, -4)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF DELAWARE"),
            ("p", "HALCYON FLUIDICS, INC., Plaintiff, v. VERALINE MICROSYSTEMS LLC and DOES 1-5, Defendants."),
            ("p", "Civil Action No. 1:26-cv-00812-MN"),
            ("h", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS (Fed. R. Civ. P. 45)"),
            ("p", "To: Social Example, Inc., c/o its registered agent"),
            (
                "p",
                "YOU ARE COMMANDED to produce at the time, date, and place set forth below the documents described "
                "in Schedule A. Place: Brandywine Ridge LLP, 1201 N. Market Street, Suite 900, Wilmington, DE 19801, "
                "or by electronic delivery. Date and Time: October 26, 2026 at 10:00 a.m.",
            ),
            ("h", "SCHEDULE A"),
            (
                "p",
                "1. Documents sufficient to identify the registrant of the accounts @veraline_insider and "
                "@fluidics_leaks_2026 (name, e-mail, telephone, address). 2. All IP addresses used to access those "
                "accounts from January 1, 2026 through June 30, 2026, with timestamps. Plaintiff does not seek the "
                "content of any communication.",
            ),
            ("p", "Date: 10/05/2026.  Attorney's signature: /s/ Cordelia M. Ashworth-Ndiaye"),
            (
                "p",
                "Cordelia M. Ashworth-Ndiaye (DE Bar No. 6120), Brandywine Ridge LLP, counsel for Plaintiff "
                "Halcyon Fluidics, Inc., cashworth@brandywineridge.example.com, (302) 555-0111",
            ),
        ],
        author="Brandywine Ridge LLP",
    )
    text = """\
Dear Custodian of Records:

Please see the enclosed subpoena served in a trade-secret misappropriation action pending in the District of
Delaware. The accounts at issue posted our client's confidential source code. We are happy to accept an
electronic production and to discuss any scheduling concerns.

Best regards,

Cordelia M. Ashworth-Ndiaye | Partner
Brandywine Ridge LLP | 1201 N. Market Street, Suite 900 | Wilmington, DE 19801
"""
    return make(
        "022-lawfirm-rule45-ddel-docx",
        "Wilmington law firm's Rule 45 subpoena (.docx) in a D. Del. trade-secret case: identity and access IPs "
        "Jan-June 2026 of two anonymous @handles; no content; due October 26, 2026 at 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of("Brandywine Ridge LLP", "Halcyon Fluidics, Inc."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "cashworth@brandywineridge.example.com",
            "requester.verified": True,
            "requester.signer": "Cordelia M. Ashworth-Ndiaye",
            "requester.signer_title": any_of("Partner", "counsel for Plaintiff", None),
            "targets": ["veraline_insider", "fluidics_leaks_2026"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "trade-secret misappropriation", "trade secret misappropriation"),
            "date_range": {"start": "2026-01-01", "end": "2026-06-30"},
            "served_at": served(date),
            "return_by": "2026-10-26T10:00:00-04:00",
            "case_number": any_of("1:26-cv-00812-MN", "1:26-cv-00812"),
            "issuing_court": any_of(
                "United States District Court for the District of Delaware", "U.S. District Court, District of Delaware"
            ),
        },
        sender="Cordelia Ashworth-Ndiaye <cashworth@brandywineridge.example.com>",
        subject="Halcyon Fluidics v. Veraline Microsystems - Rule 45 subpoena to Social Example",
        date=date,
        message_id="<BRLLP-26-00812-sdt@brandywineridge.example.com>",
        text=text,
        attachments=[(document, "application", DOCX, "Subpoena - Social Example (1-26-cv-00812).docx")],
        dkim="brandywineridge.example.com",
    )


def dmca_512h_cdcal_pdf() -> Message:
    date = when(2026, 9, 29, 11, 48, 0, -7)
    subpoena = """\
UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

In re DMCA Subpoena to Social Example, Inc.          Case No. 2:26-mc-00417

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

To: Social Example, Inc., Designated Agent

YOU ARE COMMANDED to disclose to Marlowe & Quist Entertainment Law, counsel for Silverline Records Group LLC,
information sufficient to identify the alleged infringers operating the accounts @beatvault.leaks and
@sunset.strip.stems, namely their names, addresses, telephone numbers, e-mail addresses and the IP address
and date of account registration, within fourteen (14) days of service of this subpoena.

The notification under 17 U.S.C. § 512(c)(3)(A), a proposed subpoena and the sworn declaration required by
§ 512(h)(2)(C) were filed with the Clerk on September 25, 2026.

Issued by the Clerk of Court on 09/28/2026.          /s/ A. Pemberton-Ruiz, Deputy Clerk
"""
    notice = """\
DMCA NOTIFICATION (17 U.S.C. § 512(c)(3)(A)) - sent September 2, 2026
Copyrighted works: unreleased master recordings "Coastline (demo)", "Low Tide", "Night Drive 4am" owned by
Silverline Records Group LLC. Infringing material: posts by @beatvault.leaks and @sunset.strip.stems
offering downloads of the unreleased masters. Good-faith statement and statement under penalty of perjury
included. Signed: Jonah R. Quist, Marlowe & Quist Entertainment Law, authorised agent.
"""
    text = """\
Dear Designated Agent,

Attached are a clerk-issued DMCA subpoena (C.D. Cal. 2:26-mc-00417) and the underlying notification. Please
produce the identifying information to me within 14 days of service.

Jonah R. Quist
Marlowe & Quist Entertainment Law | 9100 Wilshire Blvd., Suite 700E, Beverly Hills, CA 90212
"""
    return make(
        "023-dmca-512h-cdcal-pdf",
        "Record label's counsel serves a clerk-issued C.D. Cal. § 512(h) subpoena (PDF) with its DMCA notice (PDF): "
        "identifying information of two @handles leaking unreleased masters; fourteen days of service.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Marlowe & Quist Entertainment Law", "Silverline Records Group LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "jquist@marlowequist.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Jonah R. Quist", "A. Pemberton-Ruiz"),
            "requester.signer_title": any_of(None, "authorised agent", "Deputy Clerk"),
            "targets": ["beatvault.leaks", "sunset.strip.stems"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "copyright infringement", "identify the alleged infringers"),
            "served_at": served(date),
            "return_by": any_of("2026-10-13T17:00:00-07:00", "2026-10-13T23:59:59-07:00"),
            "case_number": "2:26-mc-00417",
            "issuing_court": any_of(
                "United States District Court, Central District of California",
                "United States District Court for the Central District of California",
            ),
        },
        sender="Jonah Quist <jquist@marlowequist.example.com>",
        subject="DMCA 512(h) Subpoena - 2:26-mc-00417",
        date=date,
        message_id="<mq-512h-0417@marlowequist.example.com>",
        text=text,
        attachments=[
            (pdf(subpoena), "application", "pdf", "512h Subpoena 2-26-mc-00417.pdf"),
            (pdf(notice), "application", "pdf", "DMCA Notice 2026-09-02.pdf"),
        ],
        dkim="marlowequist.example.com",
    )


def texas_rule205_reply_narrowed() -> Message:
    date = when(2026, 12, 4, 14, 26, 0, -6)
    text = """\
Thank you for the call this morning. As discussed, our client withdraws items 2 and 3 of the subpoena (the
direct messages and the photographs). Please produce only item 1 - the subscriber information (name, e-mail,
phone number and the date the account was created) for @plano_pool_pros - by Friday, December 11, 2026. A
business records affidavit (Tex. R. Evid. 902(10)) is fine.

Regards,
Lucinda Abernathy-Osei, Paralegal to Grant W. Teller
Teller Okonjo PLLC | 5800 Granite Pkwy, Plano, TX 75024 | 972-555-0157

-----Original Message-----
From: Legal Process <legal-process@dueprocess.local>
Sent: Thursday, December 3, 2026 4:10 PM
To: Lucinda Abernathy-Osei <labernathy@telleronkonjo.example.com>
Subject: RE: Subpoena - Cause No. 429-06613-2026 - Collin County

Ms. Abernathy-Osei,

We received the Rule 176/205 subpoena issued in Bluebonnet Pool Supply, LLC v. Carver, Cause No.
429-06613-2026, 429th District Court, Collin County, Texas, seeking (1) subscriber information, (2) direct
messages and (3) photographs of @plano_pool_pros. Federal law (18 U.S.C. § 2702) does not permit us to
disclose the content of communications in response to a civil subpoena. We object to items 2 and 3.

Social Example Legal Operations
"""
    return make(
        "024-texas-rule205-reply-narrowed",
        "Plano law firm's paralegal replies above the platform's objection (quoted) to a Collin County civil "
        "subpoena: messages and photos withdrawn, subscriber data of an @handle only, by Friday December 11, 2026.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Tex. R. Civ. P. 176, 205", "Rule 176/205"),
            "requester.name": any_of("Teller Okonjo PLLC", "Bluebonnet Pool Supply, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "labernathy@telleronkonjo.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Lucinda Abernathy-Osei", "Grant W. Teller"),
            "requester.signer_title": any_of("Paralegal", "Paralegal to Grant W. Teller", None),
            "targets": ["plano_pool_pros"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": any_of("2026-12-11T17:00:00-06:00", "2026-12-11T23:59:59-06:00"),
            "case_number": "429-06613-2026",
            "issuing_court": any_of("429th District Court, Collin County, Texas", "429th District Court"),
        },
        sender="Lucinda Abernathy-Osei <labernathy@telleronkonjo.example.com>",
        subject="RE: Subpoena - Cause No. 429-06613-2026 - Collin County",
        date=date,
        message_id="<TO-PLLC-1204-1426@telleronkonjo.example.com>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-42290-obj@dueprocess.local>")],
        dkim="telleronkonjo.example.com",
    )


MESSAGES = [
    wichita_pd_warrant_odt,
    lexington_pd_emergency_missing_teen,
    santa_barbara_sheriff_calecpa_warrant_pdf,
    travis_county_da_18b_order_html,
    fairbanks_pd_preservation_extension_reply,
    lane_county_da_trial_subpoena_typos,
    st_lucie_sheriff_warrant_docx,
    risp_2703d_order_scan,
    monongalia_sheriff_forwarded_warrant,
    nm_third_da_grand_jury_photo,
    montclair_pd_preservation_terse,
    savannah_pd_subpoena_impossible_date,
    millard_sheriff_warrant_blank_ndo_term,
    lawfirm_rule45_ddel_docx,
    dmca_512h_cdcal_pdf,
    texas_rule205_reply_narrowed,
]

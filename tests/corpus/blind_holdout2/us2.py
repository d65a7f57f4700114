"""United States demands, part 2 (state/local, private party, and authenticity negatives). People fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout2._kit import Message, any_of, build, docx_file, scan, served, when
from tests.corpus.pdf import text_pdf


def wisconsin_public_defender_trial_subpoena() -> Message:
    date = when(2026, 12, 3, 16, 1, 12, -6)
    text = """\
Dear Records Custodian:

I represent the defendant in the criminal case below. Enclosed in the body of this e-mail is a
subpoena duces tecum issued under Wis. Stat. § 885.01 and § 972.11. Please produce the records by
mail or e-mail to my office; no appearance is needed if the records arrive before trial.

STATE OF WISCONSIN            CIRCUIT COURT            MILWAUKEE COUNTY
STATE OF WISCONSIN, Plaintiff,
v.                                                    Case No. 2026CF003318
DEVANTE R. HOLLOWAY, Defendant.

                    SUBPOENA DUCES TECUM (TRIAL)

THE STATE OF WISCONSIN, To: Custodian of Records, Social Example, Inc.

You are commanded to appear at the Milwaukee County Courthouse, 901 N. 9th Street, Branch 28,
on Feb. 3, 2027 at 8:30 a.m., to give evidence at the jury trial of the above case, and to bring
with you the following:

  1. All public posts, comments and stories published between 06/01/2026 and 08/31/2026 by the
     account "mke_tru_story" (https://social.example.com/mke_tru_story), including deleted posts
     you still hold;
  2. The contents of all direct messages between "mke_tru_story" and the account "d.holloway414"
     in the same period;
  3. Subscriber information for "mke_tru_story" (name, e-mail, phone).

Issued by: Attorney Naomi S. Feldkamp, State Bar No. 1098877, Assistant State Public Defender,
on behalf of the defendant. Dated: 12/3/2026

Naomi S. Feldkamp
Assistant State Public Defender
Wisconsin State Public Defender - Milwaukee Trial Office
735 N. Water Street, Milwaukee, WI 53202 | (414) 555-0158
"""
    return Message(
        "013-wisconsin-public-defender-trial-subpoena",
        "Wisconsin State Public Defender's trial subpoena duces tecum for the defence (Milwaukee County circuit "
        "court): public posts, DMs and subscriber data of an account, trial 'Feb. 3, 2027 at 8:30 a.m.'.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "013",
            sender="Naomi Feldkamp <feldkampn@wispd.gov>",
            subject="Subpoena duces tecum - State v. Holloway, 2026CF003318",
            date=date,
            message_id="<20261203160112.feldkampn@wispd.gov>",
            text=text,
            dkim_domain="wispd.gov",
        ),
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "Wis. Stat. § 885.01", "Wis. Stat. § 885.01 and § 972.11"),
            "requester.name": any_of(
                "Wisconsin State Public Defender",
                "Wisconsin State Public Defender - Milwaukee Trial Office",
                "Naomi S. Feldkamp",
            ),
            # a state agency, although it acts for the defendant (see README)
            "requester.kind": "STATE_LOCAL",
            "requester.email": "feldkampn@wispd.gov",
            "requester.verified": True,
            "requester.signer": "Naomi S. Feldkamp",
            "requester.signer_title": "Assistant State Public Defender",
            "targets": any_of(["mke_tru_story"], ["https://social.example.com/mke_tru_story"]),
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "jury trial"),
            "date_range": {"start": "2026-06-01", "end": "2026-08-31"},
            "served_at": served(date),
            "return_by": "2027-02-03T08:30:00-06:00",
            "case_number": "2026CF003318",
            "issuing_court": any_of(
                "Circuit Court, Milwaukee County",
                "Milwaukee County Circuit Court",
                "State of Wisconsin Circuit Court, Milwaukee County",
            ),
        },
        "wispd.gov",
    )


def connecticut_lawfirm_civil_subpoena_html() -> Message:
    date = when(2026, 10, 8, 11, 29, 47, -4)
    html = """\
<html><body>
<p>Counsel / Custodian of Records:</p>
<p>This firm represents the plaintiff in the action captioned below. Attached please find, and served
herewith by agreement, a subpoena to produce documents under Rule 45 of the Federal Rules of Civil Procedure.</p>
<table cellpadding="4" style="border:1px solid #999">
<tr><th align="left">Court</th><td>United States District Court for the District of Connecticut</td></tr>
<tr><th align="left">Case</th><td><i>Nutmeg Dental Partners, LLC v. John Doe</i>, No. 3:26-cv-01452 (VDO)</td></tr>
<tr><th align="left">Place of compliance</th><td>Brightwater &amp; Pell LLP, 185 Asylum Street, Hartford, CT 06103
(production by e-mail acceptable)</td></tr>
<tr><th align="left">Date and time</th><td>October 29, 2026, 10:00 AM</td></tr>
<tr><th align="left">Documents</th><td>Documents sufficient to identify the user who posted the reviews at
https://social.example.com/reviews/9921837 and https://social.example.com/reviews/9921840 under the name
&ldquo;ToothTruthCT&rdquo;: the name, e-mail address, telephone number and the IP address used when each review
was posted.</td></tr>
</table>
<p>The Doe defendant is anonymous. Plaintiff alleges the reviews are false and defamatory. Please note that the
Court granted leave to serve this subpoena before the Rule 26(f) conference (Order, ECF No. 9).</p>
<p>Very truly yours,<br>Graham T. Pell<br>Brightwater &amp; Pell LLP<br>(860) 555-0172</p>
</body></html>
"""
    return Message(
        "014-connecticut-lawfirm-civil-subpoena-html",
        "Law firm (private party, own domain DKIM-signed) serves a Rule 45 subpoena in a D. Conn. defamation suit "
        "against an anonymous Doe reviewer: name, e-mail, phone and posting IPs for a user name; HTML table.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        build(
            "014",
            sender="Graham Pell <gpell@brightwaterpell.example>",
            subject="Nutmeg Dental Partners v. Doe, 3:26-cv-01452 - Rule 45 subpoena",
            date=date,
            message_id="<0b7e2d1c.3:26-cv-01452@brightwaterpell.example>",
            html=html,
            dkim_domain="brightwaterpell.example",
        ),
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", "Rule 45 of the Federal Rules of Civil Procedure"),
            "requester.name": any_of("Brightwater & Pell LLP", "Graham T. Pell", "Nutmeg Dental Partners, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "gpell@brightwaterpell.example",
            "requester.verified": True,
            "requester.signer": "Graham T. Pell",
            "requester.signer_title": any_of(None, "Attorney"),
            "targets": any_of(
                ["ToothTruthCT"],
                ["https://social.example.com/reviews/9921837", "https://social.example.com/reviews/9921840"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("defamatory", "defamation"),
            "served_at": served(date),
            "return_by": "2026-10-29T10:00:00-04:00",
            "case_number": any_of("3:26-cv-01452 (VDO)", "3:26-cv-01452", "No. 3:26-cv-01452 (VDO)"),
            "issuing_court": any_of(
                "United States District Court for the District of Connecticut", "District of Connecticut"
            ),
        },
        "brightwaterpell.example",
    )


def dane_county_da_warrant_docx() -> Message:
    date = when(2026, 10, 22, 9, 3, 0, -5)
    blocks = [
        ("p", "STATE OF WISCONSIN                CIRCUIT COURT                DANE COUNTY"),
        ("h", "SEARCH WARRANT FOR RECORDS OF AN ELECTRONIC COMMUNICATION SERVICE (Wis. Stat. § 968.375)"),
        ("t", "Warrant No.|26-SW-2210"),
        ("t", "DA Case No.|2026DA011947"),
        ("t", "Provider|Social Example, Inc."),
        ("t", "Account|badger.beats.madtown@example.com (login e-mail) / user name badgerbeats608"),
        ("t", "Offense|Possession of child pornography, Wis. Stat. § 948.12"),
        (
            "p",
            "Upon the affidavit of Detective Sgt. Amir H. Qureshi, Madison Police Department, the Court finds "
            "probable cause and ORDERS the provider to disclose, within 10 days of service, for the period "
            "2026-07-01 through 2026-10-15:",
        ),
        (
            "p",
            "(1) subscriber and account information; (2) all photographs, videos and messages stored in or "
            "sent from the account, including deleted items still retained; (3) IP address logs.",
        ),
        (
            "p",
            "Pursuant to Wis. Stat. § 968.375(12), the provider shall not disclose the existence of this "
            "warrant to the account holder until further order of the court.",
        ),
        ("p", "Dated this 21st day of October, 2026.   BY THE COURT: /s/ Hon. Rosalind M. Oyelaran, Circuit Judge"),
    ]
    text = """\
Attached please find a search warrant signed by Judge Oyelaran. Return to ADA Wren at the address
below or via the LE portal.

Colette M. Wren
Assistant District Attorney
Dane County District Attorney's Office
215 S. Hamilton St., Madison, WI 53703
"""
    return Message(
        "015-dane-county-da-warrant-docx",
        "Dane County DA sends a Wisconsin § 968.375 search warrant (.docx, fields in a table) for an account "
        "given by login e-mail and user name: subscriber data, media/messages and IP logs, ISO date range; court "
        "nondisclosure until further order.",
        "en",
        "US",
        ("docx", "plain_text"),
        "REVIEW",
        build(
            "015",
            sender="Wren, Colette <wren.colette@danecounty.gov>",
            subject="Search warrant 26-SW-2210",
            date=date,
            message_id="<BL0PR09MB9910A1@danecounty.gov>",
            text=text,
            attachments=[
                (
                    docx_file(blocks, author="Dane County DA"),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "26-SW-2210.docx",
                )
            ],
            dkim_domain="danecounty.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("Wis. Stat. § 968.375", None),
            "requester.name": any_of("Dane County District Attorney's Office", "Dane County District Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "wren.colette@danecounty.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rosalind M. Oyelaran", "Colette M. Wren"),
            "requester.signer_title": any_of("Circuit Judge", "Assistant District Attorney"),
            "targets": any_of(
                ["badger.beats.madtown@example.com", "badgerbeats608"],
                ["badger.beats.madtown@example.com"],
                ["badgerbeats608"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("child pornography", "§ 948.12"),
            "date_range": {"start": "2026-07-01", "end": "2026-10-15"},
            "served_at": served(date),
            # within 10 days of service (2026-10-22)
            "return_by": any_of("2026-11-01T17:00:00-05:00", "2026-11-01T17:00:00-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": any_of("26-SW-2210", "2026DA011947"),
            "issuing_court": any_of(
                "Dane County Circuit Court",
                "Circuit Court, Dane County",
                "State of Wisconsin Circuit Court, Dane County",
            ),
        },
        "danecounty.gov",
    )


def burlington_pd_forwarded_warrant() -> Message:
    date = when(2026, 11, 13, 10, 40, 5, -5)
    text = """\
Hi there - forwarding for Det. Lavoie who is out today. He asked me to make sure this got to you.
Please reply to him (cc me).

Tina Rousseau
Records Unit, Burlington Police Department

-------- Original Message --------
From: Marc Lavoie <mlavoie@burlingtonvt.gov>
Date: Thu, 12 Nov 2026 17:52:18 -0500
To: Tina Rousseau <trousseau@burlingtonvt.gov>
Subject: warrant for the social example co.

Tina can u send this over to their legal process address tmrw, thx

STATE OF VERMONT
SUPERIOR COURT - CRIMINAL DIVISION, CHITTENDEN UNIT         Docket No. 26-SW-1184
                            SEARCH WARRANT
To any law enforcement officer: Upon the affidavit of Det. Marc Lavoie, BPD, sworn to before me,
I find probable cause to believe that evidence of the crime of Stalking (13 V.S.A. § 1062) will be
found in the records of Social Example, Inc. for the account "queencitynightowl" (registered
phone 802-555-0186). You are commanded to obtain, for the dates Sept. 15, 2026 to Nov. 10, 2026:
subscriber info, all direct messages and photos sent by the account, and location data / check-ins.
Return to Det. Lavoie within 14 days.

Provider may not disclose this warrant to the subscriber for 60 days (V.R.Cr.P. 41(g)).

Dated 11/12/2026 at 3:10 p.m.
/s/ Hon. Priscilla D. Ainsworth, Superior Judge
"""
    return Message(
        "016-burlington-pd-forwarded-warrant",
        "Burlington (VT) PD records clerk forwards her detective's note with a Vermont Superior Court search "
        "warrant typed into the mail: an account and its phone, DMs, photos and location, 60-day court NDO.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        build(
            "016",
            sender="Tina Rousseau <trousseau@burlingtonvt.gov>",
            subject="FW: warrant for the social example co.",
            date=date,
            message_id="<f3a9b8d2-16@burlingtonvt.gov>",
            cc="Marc Lavoie <mlavoie@burlingtonvt.gov>",
            text=text,
            dkim_domain="burlingtonvt.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "V.R.Cr.P. 41"),
            "requester.name": any_of("Burlington Police Department", "BPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("mlavoie@burlingtonvt.gov", "trousseau@burlingtonvt.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Priscilla D. Ainsworth", "Marc Lavoie"),
            "requester.signer_title": any_of("Superior Judge", "Det.", "Detective"),
            "targets": any_of(["queencitynightowl"], ["queencitynightowl", "802-555-0186"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": "stalking",
            "date_range": {"start": "2026-09-15", "end": "2026-11-10"},
            "served_at": any_of(served(date), "2026-11-12T17:52:18-05:00"),
            # within 14 days of service
            "return_by": any_of("2026-11-27T17:00:00-05:00", "2026-11-26T17:00:00-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 60 days from 2026-11-12
            "nondisclosure.expires_at": any_of("2027-01-11T23:59:59-05:00", "2027-01-10T23:59:59-05:00"),
            "case_number": "26-SW-1184",
            "issuing_court": any_of(
                "Vermont Superior Court, Criminal Division, Chittenden Unit",
                "Superior Court - Criminal Division, Chittenden Unit",
                "Vermont Superior Court",
            ),
        },
        "burlingtonvt.gov",
    )


def hawaii_prosecutor_grand_jury_typos() -> Message:
    date = when(2026, 12, 4, 14, 22, 31, -10)
    text = """\
Aloha Custodian of Recrods,

Attached below is a Grand Jury Subpeona from the Office of the Prosecuting Attorney, County of Hawai'i.
Please comply by the return date. If you have any question please call me at 808-555-0131.

------------------------------------------------------------------
IN THE CIRCUIT COURT OF THE THIRD CIRCUIT, STATE OF HAWAI'I
GRAND JURY SUBPOENA DUCES TECUM                  G.J. No. 3GJ-26-0088

THE STATE OF HAWAII TO: Social Example Inc, Custodian of Records

YOU ARE COMMANDED to appear before the Hawai'i County Grand Jury at the Hale Kaulike building,
777 Kilauea Ave, Hilo, on 01/11/2027 at 9:00 o'clock a.m., and bring with you:

   Subscriber informaton (name, address, e-mail, phone numbers, date account created) and all
   login IP adresses with timestamps, for the period 07/01/2026 thru 11/30/2026, for accounts:
      - @bigislandcarsales_
      - hilo.wheels.deals@example.com

In lieu of apearance the records may be mailed or e-mailed to Investigator Kainoa Pacheco.

Re: Theft in the first degree / unauthorized control of propelled vehicle (HRS 708-830.5, 708-836)

Please do not notify your customer about this subpena, disclosure could jeopardise the investigation.

Issued 12/04/2026.
By: Shaun K. Morikawa, Deputy Prosecuting Attorney
------------------------------------------------------------------

Mahalo,
Kainoa Pacheco
Investigator, Office of the Prosecuting Attorney, County of Hawai'i
"""
    return Message(
        "017-hawaii-prosecutor-grand-jury-typos",
        "County of Hawai'i Prosecuting Attorney's grand jury subpoena with many typos, MM/DD/YYYY dates: "
        "subscriber data and login IPs for an @handle (trailing underscore) and an e-mail; letter request not "
        "to notify.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "017",
            sender="Kainoa Pacheco <kpacheco@hawaiiprosecutors.gov>",
            subject="GJ subpeona 3GJ-26-0088",
            date=date,
            message_id="<20261204142231.77a1@hawaiiprosecutors.gov>",
            text=text,
            dkim_domain="hawaiiprosecutors.gov",
        ),
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": None,
            "requester.name": any_of(
                "Office of the Prosecuting Attorney, County of Hawai'i",
                "Office of the Prosecuting Attorney, County of Hawaii",
                "Office of the Prosecuting Attorney",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kpacheco@hawaiiprosecutors.gov",
            "requester.verified": True,
            "requester.signer": any_of("Shaun K. Morikawa", "Kainoa Pacheco"),
            "requester.signer_title": any_of("Deputy Prosecuting Attorney", "Investigator"),
            "targets": ["bigislandcarsales_", "hilo.wheels.deals@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "theft",
            "date_range": {"start": "2026-07-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": "2027-01-11T09:00:00-10:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("3GJ-26-0088", "G.J. No. 3GJ-26-0088"),
            "issuing_court": any_of(
                "Circuit Court of the Third Circuit, State of Hawai'i",
                "Circuit Court of the Third Circuit",
                "Hawai'i County Grand Jury",
            ),
        },
        "hawaiiprosecutors.gov",
    )


AK_SCAN = """\
# IN THE SUPERIOR COURT FOR THE STATE OF ALASKA
# THIRD JUDICIAL DISTRICT AT ANCHORAGE

In the Matter of the Application of the
State of Alaska for an Order Pursuant to              Case No. 3AN-26-04412 SW
18 U.S.C. § 2703(d)

# ORDER FOR DISCLOSURE OF RECORDS

Upon the application of the State of Alaska, through Detective Ingrid S. Halvorsen of the
Anchorage Police Department, the Court finds that the applicant has offered specific and
articulable facts showing reasonable grounds to believe that the records sought are
relevant and material to an ongoing criminal investigation of Harassment in the First
Degree (AS 11.61.118) and Terroristic Threatening (AS 11.56.807).

IT IS ORDERED under 18 U.S.C. § 2703(d) that Social Example, Inc. disclose, for the
account with user name "northern_lites_907" and the account with user ID 88201945:

  1. subscriber name, address, telephone and e-mail on file;
  2. all IP addresses and timestamps of logins and logouts;
  3. the user names of all accounts with which the accounts exchanged direct
     messages, with dates and times (no message content).

Period: August 15, 2026 through November 15, 2026.

Records to be produced within 21 days after service of this order to Det. Halvorsen,
Anchorage Police Department, 716 W. 4th Avenue, Anchorage, AK 99501.

DATED at Anchorage, Alaska this 18th day of November, 2026.

                                  Thaddeus W. Lindqvist
                                  Superior Court Judge
"""


def anchorage_pd_2703d_state_court_scan() -> Message:
    date = when(2026, 11, 19, 15, 48, 26, -9)
    text = """\
Please find the signed 2703(d) order attached (scanned). Thank you!

Det. Ingrid S. Halvorsen #1773
Anchorage Police Department - Special Victims Unit
907-555-0163
"""
    return Message(
        "018-anchorage-pd-2703d-state-court-scan",
        "Anchorage PD serves an Alaska Superior Court § 2703(d) order as an image-only scan: subscriber data, "
        "login IPs and correspondents for a user name and a numeric user ID, 'within 21 days after service'.",
        "en",
        "US",
        ("scan", "plain_text"),
        "REVIEW",
        build(
            "018",
            sender="Ingrid Halvorsen <ingrid.halvorsen@anchorageak.gov>",
            subject="2703(d) Order 3AN-26-04412 SW",
            date=date,
            message_id="<SCAN-20261119-154826@anchorageak.gov>",
            text=text,
            attachments=[
                (scan([AK_SCAN], dpi=300, skew=0.4, noise=0.0006, seed=18), "application", "pdf", "SCAN0419.pdf")
            ],
            dkim_domain="anchorageak.gov",
        ),
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "Anchorage Police Department", "Anchorage Police Department - Special Victims Unit"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ingrid.halvorsen@anchorageak.gov",
            "requester.verified": True,
            "requester.signer": any_of("Thaddeus W. Lindqvist", "Ingrid S. Halvorsen"),
            "requester.signer_title": any_of("Superior Court Judge", "Detective", "Det."),
            "targets": ["northern_lites_907", "88201945"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("harassment", "terroristic threatening"),
            "date_range": {"start": "2026-08-15", "end": "2026-11-15"},
            "served_at": served(date),
            # 21 days after service (2026-11-19)
            "return_by": "2026-12-10T17:00:00-09:00",
            "case_number": any_of("3AN-26-04412 SW", "3AN-26-04412"),
            "issuing_court": any_of(
                "Superior Court for the State of Alaska, Third Judicial District at Anchorage",
                "Superior Court for the State of Alaska",
                "Alaska Superior Court",
            ),
        },
        "anchorageak.gov",
    )


def us_marshals_location_warrant_html() -> Message:
    date = when(2026, 11, 25, 7, 55, 42, -5)
    html = """\
<html><body>
<p><b>U.S. MARSHALS SERVICE &ndash; Capital Area Regional Fugitive Task Force</b></p>
<p>The attached-text federal search warrant is served for immediate attention. The subject is a
fugitive wanted for attempted murder; the warrant authorises historical location and subscriber records only.</p>
<table border="1" cellspacing="0" cellpadding="6">
<tr><td><b>Court</b></td><td>United States District Court for the District of Maryland</td></tr>
<tr><td><b>Case No.</b></td><td>26-mj-3391-GLS</td></tr>
<tr><td><b>Issued</b></td><td>2026-11-24 16:10</td></tr>
<tr><td><b>Authority</b></td><td>18 U.S.C. &sect;&sect; 2703(a), (b)(1)(A), (c)(1)(A); Fed. R. Crim. P. 41</td></tr>
<tr><td><b>Account</b></td><td>phone number 443-555-0114 and the linked account <b>baltimore.bandit.44</b></td></tr>
<tr><td><b>Records</b></td><td>(1) Basic subscriber information; (2) all location history, including GPS,
Wi-Fi and IP-derived location, with timestamps</td></tr>
<tr><td><b>Period</b></td><td>2026-10-01 to 2026-11-24</td></tr>
<tr><td><b>Return</b></td><td>within 7 days of service</td></tr>
<tr><td><b>Nondisclosure</b></td><td>Per 18 U.S.C. &sect; 2705(b), provider shall not notify any person of this
warrant for one year from the date of issuance.</td></tr>
<tr><td><b>Judge</b></td><td>Hon. Gwendolyn L. Sato, United States Magistrate Judge</td></tr>
</table>
<p>DUSM Marcus O. Whitfield<br>United States Marshals Service, District of Maryland<br>(410) 555-0127</p>
</body></html>
"""
    return Message(
        "019-us-marshals-location-warrant-html",
        "U.S. Marshals (D. Md. fugitive task force) serve a federal search warrant summarised in an HTML table: "
        "subscriber data and location history for a phone number and linked account, ISO dates, 'within 7 days "
        "of service', one-year § 2705(b) NDO.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        build(
            "019",
            sender="Whitfield, Marcus (USMS) <Marcus.Whitfield@usmarshals.gov>",
            subject="Federal Search Warrant 26-mj-3391-GLS - fugitive",
            date=date,
            message_id="<PH0PR09MB3319F2@usmarshals.gov>",
            html=html,
            dkim_domain="usmarshals.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(
                "18 U.S.C. § 2703(a)", "18 U.S.C. §§ 2703(a), (b)(1)(A), (c)(1)(A)", "Fed. R. Crim. P. 41", None
            ),
            "requester.name": any_of("U.S. Marshals Service", "United States Marshals Service"),
            "requester.kind": "FEDERAL",
            "requester.email": "Marcus.Whitfield@usmarshals.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marcus O. Whitfield", "Gwendolyn L. Sato"),
            "requester.signer_title": any_of("DUSM", "Deputy U.S. Marshal", "United States Magistrate Judge"),
            "targets": any_of(
                ["443-555-0114", "baltimore.bandit.44"], ["4435550114", "baltimore.bandit.44"], ["baltimore.bandit.44"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "LOCATION_HISTORY"],
            "stated_purpose": any_of("fugitive", "attempted murder"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-24"},
            "served_at": served(date),
            "return_by": "2026-12-02T17:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-11-24T23:59:59-05:00", "2027-11-23T23:59:59-05:00"),
            "case_number": "26-mj-3391-GLS",
            "issuing_court": any_of(
                "United States District Court for the District of Maryland", "District of Maryland"
            ),
        },
        "usmarshals.gov",
    )


def west_virginia_ag_subpoena() -> Message:
    date = when(2026, 10, 6, 15, 13, 59, -4)
    letter = """\
STATE OF WEST VIRGINIA
OFFICE OF THE ATTORNEY GENERAL
CONSUMER PROTECTION AND ANTITRUST DIVISION

IN RE: INVESTIGATION OF "MOUNTAINEER STUDENT DEBT RELIEF"            File No. CP-26-1907

                    INVESTIGATIVE SUBPOENA DUCES TECUM

TO: Social Example, Inc., by and through its Custodian of Records.

WHEREAS, the Attorney General has reason to believe that a person or persons operating under the
names "Mountaineer Student Debt Relief" and "MSDR Help Desk" have engaged in, are engaging in, or are
about to engage in acts or practices declared unlawful by the West Virginia Consumer Credit and
Protection Act, W. Va. Code § 46A-1-101 et seq., namely the solicitation of advance fees for
student-loan debt relief from West Virginia residents; and

WHEREAS, pursuant to W. Va. Code § 46A-7-104, the Attorney General is authorized to subpoena
witnesses and to compel the production of books, papers, correspondence and other records relevant
to such an investigation;

NOW, THEREFORE, YOU ARE HEREBY COMMANDED to produce, on or before the twenty-sixth (26th) day of
October, 2026, at the Office of the Attorney General, 269 Aikens Center, Martinsburg, WV 25404, the
following records for the accounts identified by the user names "MountaineerSDR" and "msdr.helpdesk":

   (a) all subscriber information, including names, mailing addresses, e-mail addresses,
       telephone numbers, and the means and source of any payment;
   (b) all records of communications, including direct messages, exchanged between the accounts
       and any user who identified a West Virginia location, from January 1, 2026 to the present.

FAILURE TO COMPLY with this subpoena may subject you to proceedings under W. Va. Code § 46A-7-104(3).

GIVEN under my hand this 6th day of October, 2026.

                                        Lindsey M. Carrico
                                        Assistant Attorney General
"""
    text = "Please see the attached investigative subpoena.\n\nL. Carrico, AAG\nWV Attorney General's Office\n"
    return Message(
        "020-west-virginia-ag-subpoena-pdf",
        "West Virginia Attorney General investigative subpoena (W. Va. Code § 46A-7-104), verbose legalese in a "
        "PDF: subscriber data and direct messages of two accounts from Jan 1, 2026 to the present; due 'the "
        "twenty-sixth (26th) day of October, 2026'.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "020",
            sender="Lindsey Carrico <lindsey.m.carrico@wvago.gov>",
            subject="Investigative Subpoena - File No. CP-26-1907",
            date=date,
            message_id="<CH2PR09MB77104B@wvago.gov>",
            text=text,
            attachments=[(text_pdf(letter), "application", "pdf", "CP-26-1907 Subpoena.pdf")],
            dkim_domain="wvago.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("W. Va. Code § 46A-7-104", "W. Va. Code 46A-7-104"),
            "requester.name": any_of(
                "West Virginia Attorney General",
                "Office of the Attorney General, State of West Virginia",
                "West Virginia Office of the Attorney General",
                "WV Attorney General's Office",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lindsey.m.carrico@wvago.gov",
            "requester.verified": True,
            "requester.signer": "Lindsey M. Carrico",
            "requester.signer_title": "Assistant Attorney General",
            "targets": ["MountaineerSDR", "msdr.helpdesk"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("debt relief", "Consumer Credit and Protection Act"),
            "date_range": {"start": "2026-01-01", "end": "2026-10-06"},
            "served_at": served(date),
            "return_by": "2026-10-26T17:00:00-04:00",
            "case_number": any_of("CP-26-1907", "File No. CP-26-1907"),
        },
        "wvago.gov",
    )


def freemail_idaho_state_police_emergency() -> Message:
    date = when(2026, 11, 28, 23, 11, 7, -7)
    text = """\
URGENT URGENT

This is Trooper Wade Kessler, Idaho State Police, District 3 (Meridian). Badge 2291.

We have an exigent situation. A male subject has threatened on live stream to shoot up a school
in Nampa on Monday. We need the subscriber info (name, email, phone) and IP addresses for the
account @boise_reaper_666 RIGHT NOW. There is no time for a warrant, lives are at stake.

Reply to this email with the data. Our department email server is down tonight which is why I
am using my personal account. You can call me at 208-555-0108.

Tpr. Wade Kessler
Idaho State Police
"""
    return Message(
        "021-freemail-idaho-state-police-emergency",
        "Gmail sender claiming to be an Idaho State Police trooper demands emergency disclosure (school threat) "
        "and explains away the personal account; a free-mail address never verifies a government requester.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "021",
            sender="Wade Kessler <wade.kessler.isp@gmail.com>",
            subject="URGENT exigent request - school threat",
            date=date,
            message_id="<CAKx8s-URGENT-021@mail.gmail.com>",
            text=text,
        ),
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": "Idaho State Police",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "wade.kessler.isp@gmail.com",
            "requester.verified": False,
            "requester.signer": "Wade Kessler",
            "requester.signer_title": any_of("Trooper", "Tpr."),
            "targets": ["boise_reaper_666"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "school"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "school"},
        },
    )


def lookalike_cranston_domain_warrant() -> Message:
    date = when(2026, 11, 10, 12, 2, 33, -5)
    text = """\
Custodian of Records,

Cranston Police Department has obtained the attached search warrant from the Rhode Island Superior
Court (Providence County), No. PM-2026-06618, for the account @ocean.state.dealz. The warrant
requires the subscriber information, all direct messages and the login IP addresses for the
period 2026-08-01 through 2026-11-01. Return within 10 days to the undersigned at this address.

Per the court, do not notify the account holder.

Det. Sgt. Paul Ferreira
Cranston Police Department, Special Investigations
"""
    warrant = """\
STATE OF RHODE ISLAND, PROVIDENCE, SC.                      SUPERIOR COURT
SEARCH WARRANT No. PM-2026-06618
To the Custodian of Records of Social Example, Inc.: produce for the account "ocean.state.dealz"
the subscriber information, the contents of all direct messages and all login IP addresses from
August 1, 2026 through November 1, 2026, within ten (10) days of service. The provider shall not
disclose this warrant to the subscriber until further order of the Court.
Dated November 9, 2026.                    /s/ Associate Justice R. M. Castellucci
"""
    return Message(
        "022-lookalike-cranston-domain-warrant",
        "A 'Cranston Police Department' warrant sent from the look-alike domain cranstonpoliceri-gov.com "
        "(the real one is cranstonpoliceri.gov), DKIM-signed for the look-alike: requester not verified.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        build(
            "022",
            sender="Paul Ferreira <pferreira@cranstonpoliceri-gov.com>",
            subject="Search Warrant PM-2026-06618 - ocean.state.dealz",
            date=date,
            message_id="<a81f0e-022@cranstonpoliceri-gov.com>",
            text=text,
            attachments=[(text_pdf(warrant), "application", "pdf", "PM-2026-06618.pdf")],
            dkim_domain="cranstonpoliceri-gov.com",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": "Cranston Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "pferreira@cranstonpoliceri-gov.com",
            "requester.verified": False,
            "requester.signer": any_of("Paul Ferreira", "R. M. Castellucci"),
            "requester.signer_title": any_of("Det. Sgt.", "Detective Sergeant", "Associate Justice"),
            "targets": ["ocean.state.dealz"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-08-01", "end": "2026-11-01"},
            "served_at": served(date),
            "return_by": "2026-11-20T17:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "PM-2026-06618",
            "issuing_court": any_of(
                "Rhode Island Superior Court", "Superior Court", "Rhode Island Superior Court (Providence County)"
            ),
        },
        "cranstonpoliceri-gov.com",
    )


def wrong_state_domain_wyoming_dci() -> Message:
    date = when(2026, 10, 30, 9, 46, 2, -6)
    text = """\
To: Legal Process Department

The Wyoming Division of Criminal Investigation (DCI) requests that, pursuant to 18 U.S.C. 2703(f),
you preserve all records and content associated with the account "cowboystate_crypto" for 90 days
while we obtain legal process. This relates to DCI case 26-CR-00451 (internet fraud).

Please confirm the preservation by reply.

Special Agent Rylan P. Moss
Wyoming Division of Criminal Investigation
Cheyenne, Wyoming
"""
    return Message(
        "023-wrong-state-domain-wyoming-dci",
        "A § 2703(f) preservation request in the name of the Wyoming Division of Criminal Investigation sent, "
        "DKIM-signed, from idaho.gov (another state's domain): the named requester does not match the domain.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "023",
            sender="Rylan Moss <rylan.moss@idaho.gov>",
            subject="Preservation request - cowboystate_crypto",
            date=date,
            message_id="<IDGOV-6650-023@idaho.gov>",
            text=text,
            dkim_domain="idaho.gov",
        ),
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Wyoming Division of Criminal Investigation", "Wyoming DCI"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "rylan.moss@idaho.gov",
            "requester.verified": False,
            "requester.signer": "Rylan P. Moss",
            "requester.signer_title": "Special Agent",
            "targets": ["cowboystate_crypto"],
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "stated_purpose": any_of(None, "internet fraud"),
            "served_at": served(date),
            "case_number": "26-CR-00451",
        },
        "idaho.gov",
    )


def cecil_sheriff_reply_with_warrant() -> Message:
    date = when(2026, 10, 19, 13, 27, 45, -4)
    text = """\
Ok, understood. Here is the search and seizure warrant signed by Judge Whitcombe this morning, as
you asked. Same account. Please expedite if possible.

Cpl. Dana Kowalczyk
Criminal Investigations, Cecil County Sheriff's Office
107 Railroad Ave, Elkton, MD 21921 | 410-555-0165

On Fri, Oct 16, 2026 at 4:02 PM Legal Process Team <legal-process@dueprocess.local> wrote:
> Corporal Kowalczyk,
>
> Thank you for your request of October 15 for the messages of the account "elkton_eddie_22".
> Under 18 U.S.C. 2703(a)-(b) we can disclose the contents of communications only in response
> to a search warrant. We can produce basic subscriber information in response to a subpoena.
> Please send the appropriate legal process to this address.
>
> Legal Process Team
"""
    warrant = """\
                     SEARCH AND SEIZURE WARRANT
STATE OF MARYLAND, CECIL COUNTY, to wit:       District Court of Maryland for Cecil County
                                               Warrant No. D-07-SW-26-0312

TO: Any police officer of the State of Maryland and Social Example, Inc.

Whereas it appears to me from the application and affidavit of Cpl. Dana Kowalczyk, Cecil County
Sheriff's Office, that there is probable cause to believe that evidence of the crimes of
distribution of controlled dangerous substances (CR 5-602) is contained in records held by
Social Example, Inc. for the account "elkton_eddie_22",

YOU ARE HEREBY COMMANDED to produce, for the period 9/1/2026 to 10/15/2026:
  - subscriber information, including e-mail addresses and telephone numbers;
  - the content of all direct messages, including attached photos and videos.

Records are to be provided within fifteen (15) days.

Issued this 19th day of October, 2026, at 9:15 a.m.
                                               Harold J. Whitcombe
                                               Judge, District Court of Maryland
"""
    return Message(
        "024-cecil-sheriff-reply-with-warrant",
        "Cecil County (MD) Sheriff's corporal replies to the platform's answer (quoted) that content needs a "
        "warrant, attaching a District Court of Maryland search and seizure warrant for the same account's DMs.",
        "en",
        "US",
        ("plain_text", "quoted_reply", "pdf_text"),
        "REVIEW",
        build(
            "024",
            sender="Dana Kowalczyk <dkowalczyk@cecilsheriffmd.gov>",
            subject="Re: Request for messages - elkton_eddie_22",
            date=date,
            message_id="<CA+cecil-024-reply@cecilsheriffmd.gov>",
            headers=[("In-Reply-To", "<lp-20261016-1602@dueprocess.local>")],
            text=text,
            attachments=[(text_pdf(warrant), "application", "pdf", "D-07-SW-26-0312.pdf")],
            dkim_domain="cecilsheriffmd.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": None,
            "requester.name": "Cecil County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dkowalczyk@cecilsheriffmd.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harold J. Whitcombe", "Dana Kowalczyk"),
            "requester.signer_title": any_of("Judge, District Court of Maryland", "Judge", "Cpl.", "Corporal"),
            "targets": ["elkton_eddie_22"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": "controlled dangerous substances",
            "date_range": {"start": "2026-09-01", "end": "2026-10-15"},
            "served_at": served(date),
            # fifteen days from issue/service on 2026-10-19
            "return_by": any_of("2026-11-03T17:00:00-05:00", "2026-11-03T17:00:00-04:00"),
            "case_number": "D-07-SW-26-0312",
            "issuing_court": any_of("District Court of Maryland for Cecil County", "District Court of Maryland"),
        },
        "cecilsheriffmd.gov",
    )


MESSAGES = (
    wisconsin_public_defender_trial_subpoena,
    connecticut_lawfirm_civil_subpoena_html,
    dane_county_da_warrant_docx,
    burlington_pd_forwarded_warrant,
    hawaii_prosecutor_grand_jury_typos,
    anchorage_pd_2703d_state_court_scan,
    us_marshals_location_warrant_html,
    west_virginia_ag_subpoena,
    freemail_idaho_state_police_emergency,
    lookalike_cranston_domain_warrant,
    wrong_state_domain_wyoming_dci,
    cecil_sheriff_reply_with_warrant,
)

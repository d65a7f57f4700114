"""United States, state and local senders (part 2): forwards, replies, scans, HTML and doubtful senders."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, scan, served, when


def kansas_warrant_forwarded() -> Message:
    original = when(2026, 10, 20, 16, 5, 33, -5)
    date = when(2026, 10, 21, 8, 12, 9, -5)
    text = f"""\
Good morning,

Forwarding the below from Det. Vandermeer, who is out on leave starting today. Please direct
any questions or the return to me. Let me know if you need the signed copy re-sent.

Capt. Renee Solberg
Investigations Division Commander
Atchison Police Department
515 Kansas Ave., Atchison, KS 66002
(913) 555-0175

---------- Forwarded message ---------
From: Lyle Vandermeer <lvandermeer@atchisonkspolice.gov>
Date: {original}
Subject: Search warrant - acct linked to (913) 555-0187
To: Renee Solberg <rsolberg@atchisonkspolice.gov>

Cap - here is the text of the warrant Judge Oyelaran signed this afternoon. Can you send it to the
platform's legal process address, I can't get it to go through from my phone.

IN THE DISTRICT COURT OF ATCHISON COUNTY, KANSAS
SEARCH WARRANT No. SW-26-077
(K.S.A. 22-2502)

THE STATE OF KANSAS TO: any law enforcement officer and the custodian of records of the provider.

Whereas a sworn affidavit has been made before me establishing probable cause to believe that
evidence of the crime of Criminal Threat, K.S.A. 21-5415, is contained in records held by the
provider, you are commanded to produce the following records for the account associated with
telephone number (913) 555-0187, user name unknown, for the period 10/01/2026 through 10/19/2026:

  a) subscriber information (name, e-mail, phone, address, creation date);
  b) IP address logs for all logins;
  c) the content of all messages sent and received by the account.

Return to Det. Lyle Vandermeer, Atchison Police Department, no later than 11/03/2026.

Dated 10/20/2026.  /s/ Brenda K. Oyelaran, District Judge

APD case 2026-3391

Det. Lyle Vandermeer
Atchison Police Department
"""
    return Message(
        "011-kansas-warrant-forwarded",
        "Kansas district court search warrant for the account tied to a phone number, forwarded inside the "
        "same police department by a captain with her own signature; DKIM-signed by atchisonkspolice.gov.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        build(
            "011",
            sender="Renee Solberg <rsolberg@atchisonkspolice.gov>",
            subject="Fwd: Search warrant - acct linked to (913) 555-0187",
            date=date,
            message_id="<CAF2k9x1-apd-fwd-3391@atchisonkspolice.gov>",
            text=text,
            dkim_domain="atchisonkspolice.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "K.S.A. 22-2502"),
            "requester.name": any_of("Atchison Police Department", "Atchison Police Department (Kansas)"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("rsolberg@atchisonkspolice.gov", "lvandermeer@atchisonkspolice.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Lyle Vandermeer", "Renee Solberg", "Brenda K. Oyelaran"),
            "requester.signer_title": any_of("Detective", "Captain", "District Judge"),
            "targets": any_of(
                ["(913) 555-0187"], ["+19135550187"], ["9135550187"], ["913-555-0187"], ["+1 913 555 0187"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": "criminal threat",
            "date_range": {"start": "2026-10-01", "end": "2026-10-19"},
            "served_at": any_of(served(original), served(date)),
            "return_by": any_of("2026-11-03T17:00:00-05:00", "2026-11-03T17:00:00-06:00"),
            "case_number": any_of("SW-26-077", "Search Warrant No. SW-26-077", "2026-3391"),
            "issuing_court": any_of(
                "District Court of Atchison County, Kansas",
                "Atchison County District Court",
                "In the District Court of Atchison County, Kansas",
            ),
        },
        "atchisonkspolice.gov",
    )


def iowa_trial_subpoena_unsigned() -> Message:
    date = when(2026, 10, 29, 14, 41, 0, -5)
    text = """\
Hello,

I was asked by the Fayette County Attorney's Office to serve the subpoena duces tecum below on your
company for the upcoming trial. The assistant county attorney
handling the case is Nora Theisen (563-555-0133) if you have questions about the records.

IN THE IOWA DISTRICT COURT IN AND FOR FAYETTE COUNTY

STATE OF IOWA, Plaintiff,
vs.                                              No. FECR012345
TRAVIS LEE HUNDERTMARK, Defendant.

SUBPOENA DUCES TECUM

THE STATE OF IOWA TO: Custodian of Records

You are commanded to appear before the Iowa District Court for Fayette County at the Fayette County
Courthouse, 114 N. Vine St., West Union, Iowa, on the 17th day of November, 2026 at 9:00 a.m., to
testify at the trial of the above case, and to bring with you certified copies of the following:

   All subscriber information for the account "hawkeye_hauler", and all messages sent or received
   by that account from July 4, 2026 through July 6, 2026.

Certified records delivered to the Fayette County Attorney before the trial date, with an affidavit of
the custodian, will excuse your personal appearance.

Issued at the request of: Nora J. Theisen, Assistant Fayette County Attorney
Dated 10/28/2026          Clerk of the District Court, by Deputy Clerk J. Kuhlmann

Thanks,
Deputy Marcus Oltrogge
Civil Process
Fayette County Sheriff's Office, West Union IA
"""
    return Message(
        "012-iowa-trial-subpoena-unsigned",
        "Iowa criminal trial subpoena duces tecum served by a sheriff's deputy for the county attorney; "
        "subscriber data and three days of messages; the message is NOT DKIM-signed (requester unverified).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "012",
            sender="Marcus Oltrogge <moltrogge@fayettecountysoia.gov>",
            subject="Subpoena - State v. Hundertmark FECR012345",
            date=date,
            message_id="<fcso.20261029.1441.moltrogge@fayettecountysoia.gov>",
            text=text,
        ),
        {
            "process_type": "SUBPOENA_TRIAL",
            "requester.name": any_of(
                "Fayette County Attorney's Office", "Fayette County Attorney", "Fayette County Sheriff's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "moltrogge@fayettecountysoia.gov",
            "requester.verified": False,
            "requester.signer": any_of("Nora J. Theisen", "J. Kuhlmann", "Marcus Oltrogge"),
            "requester.signer_title": any_of("Assistant Fayette County Attorney", "Deputy Clerk", "Deputy"),
            "targets": ["hawkeye_hauler"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "date_range": {"start": "2026-07-04", "end": "2026-07-06"},
            "served_at": served(date),
            "return_by": any_of("2026-11-17T09:00:00-05:00", "2026-11-17T09:00:00-06:00"),
            "case_number": any_of("FECR012345", "No. FECR012345"),
            "issuing_court": any_of(
                "Iowa District Court for Fayette County", "Iowa District Court in and for Fayette County"
            ),
        },
        None,
    )


MN_WARRANT = [
    """\
# STATE OF MINNESOTA
# DISTRICT COURT
COUNTY OF CARVER                                   FIRST JUDICIAL DISTRICT
                                                   Court File No. 10-CR-26-1408
# SEARCH WARRANT
# (Electronically Stored Records)

TO: Any peace officer of the State of Minnesota, and to the Custodian of Records
of the provider served with this warrant.

WHEREAS, Detective Kayla Brandvold of the Chaska Police Department has this day
applied under oath to the undersigned Judge for a search warrant, and the Court
finds probable cause to believe that the records described below are evidence of
the crime of Theft of a Motor Vehicle, Minn. Stat. § 609.52, subd. 2(a)(17);

NOW, THEREFORE, YOU ARE COMMANDED, pursuant to Minn. Stat. § 626.08, to produce
the following records associated with the account registered to the e-mail
address lakeside.tuner@example.com, for the period September 15, 2026 through
October 31, 2026:

  1. Subscriber information: name, address, telephone numbers, e-mail addresses;
  2. Login IP address history with dates and times;
  3. Location data, including check-ins and device location history;
  4. Contents of direct messages, and photographs and videos uploaded.

The records shall be returned to Det. Brandvold on or before November 16, 2026.

IT IS FURTHER ORDERED that the provider shall not disclose the existence of this
warrant to the subscriber or any other person for ninety (90) days from the date
of this warrant, as disclosure would seriously jeopardize the investigation.

Dated: November 2, 2026                     BY THE COURT:

                                            Erik T. Halvorsen
                                            Judge of District Court
""",
]


def minnesota_warrant_scan() -> Message:
    date = when(2026, 11, 2, 10, 26, 48, -6)
    text = """\
Hi,

Please find attached a signed search warrant from Carver County (Judge Halvorsen signed it this
morning). Return can be sent through your portal or to this e-mail.

Thank you!

Kayla Brandvold
Detective | Chaska Police Department
1 City Hall Plaza, Chaska, MN 55318
Desk 952-555-0116
"""
    return Message(
        "013-minnesota-warrant-scan",
        "Minnesota district court search warrant as an image-only scan (300 dpi, slight skew and speckle): "
        "account named by e-mail address; four data categories; 90-day court nondisclosure order.",
        "en",
        "US",
        ("pdf_scan", "plain_text"),
        "REVIEW",
        build(
            "013",
            sender="Kayla Brandvold <kbrandvold@chaskapolice.gov>",
            subject="search warrant",
            date=date,
            message_id="<KB-CPD-20261102-1026@chaskapolice.gov>",
            text=text,
            attachments=[
                (
                    scan(MN_WARRANT, dpi=300, skew=0.35, noise=0.0004, seed=13),
                    "application",
                    "pdf",
                    "Scan_20261102_102203.pdf",
                )
            ],
            dkim_domain="chaskapolice.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Minn. Stat. § 626.08"),
            "requester.name": any_of("Chaska Police Department", "City of Chaska Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kbrandvold@chaskapolice.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kayla Brandvold", "Erik T. Halvorsen"),
            "requester.signer_title": any_of("Detective", "Judge of District Court"),
            "targets": ["lakeside.tuner@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY", "STORED_CONTENT"],
            "stated_purpose": "theft of a motor vehicle",
            "date_range": {"start": "2026-09-15", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-11-16T17:00:00-06:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": "2027-01-31T23:59:59-06:00",
            "case_number": any_of("10-CR-26-1408", "Court File No. 10-CR-26-1408"),
            "issuing_court": any_of(
                "Carver County District Court",
                "District Court, Carver County",
                "State of Minnesota District Court, County of Carver",
                "Minnesota District Court, First Judicial District",
                "District Court, First Judicial District",
            ),
        },
        "chaskapolice.gov",
    )


def kentucky_grand_jury_html() -> Message:
    date = when(2026, 9, 17, 9, 2, 11, -4)
    html = """\
<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial;font-size:10pt">
<p>Good Morning,</p>
<p>Please see the below grand jury subpoena request. The signed subpoena is on file with the Franklin Circuit
Clerk and a copy can be provided upon request.  Please send responsive records to me at the email below.</p>
<table style="border:1px solid #444;border-collapse:collapse" cellpadding="5">
<tr style="background:#1f3864;color:#fff"><th colspan="2">KSP ELECTRONIC CRIMES BRANCH - LEGAL PROCESS</th></tr>
<tr><td>Requesting Agency</td><td>Kentucky State Police, Electronic Crimes Branch</td></tr>
<tr><td>Investigator</td><td>Tpr. Dalton Greathouse</td></tr>
<tr><td>Process Type</td><td>Grand Jury Subpoena Duces Tecum</td></tr>
<tr><td>Issuing Court</td><td>Franklin Circuit Court, Grand Jury</td></tr>
<tr><td>Case Number</td><td>26-GJ-031</td></tr>
<tr><td>Purpose</td><td>Investigation of fraudulent use of a credit card (KRS 434.650)</td></tr>
<tr><td>Target Account</td><td>@bluegrass_bettor</td></tr>
<tr><td>Records Requested</td><td>Subscriber name, address, DOB, email adresses, phone numbers, account creation
date &amp; IP, payment methods on file</td></tr>
<tr><td>Date Range</td><td>06/01/2026 - 09/01/2026</td></tr>
<tr><td>Return Date</td><td>10/06/2026 9:00 AM</td></tr>
<tr><td>Commonwealth's Attorney</td><td>Larry C. Boggess, 48th Judicial Circuit</td></tr>
</table>
<p>Thank you,</p>
<p>Tpr. Dalton Greathouse<br>Kentucky State Police<br>Electronic Crimes Branch<br>1266 Louisville Rd,
Frankfort KY 40601<br>Office 502-555-0124</p>
</div></body></html>
"""
    return Message(
        "014-kentucky-grand-jury-html-table",
        "Kentucky State Police e-mail (HTML only, fields in a table) for a state grand jury subpoena; "
        "subscriber data for one @handle; state agency under the state's ky.gov domain; DKIM-signed.",
        "en",
        "US",
        ("html_only", "html_table"),
        "REVIEW",
        build(
            "014",
            sender='"Greathouse, Dalton (KSP)" <dalton.greathouse@ky.gov>',
            subject="GJ Subpoena 26-GJ-031 / @bluegrass_bettor",
            date=date,
            message_id="<DM6PR09MB5488.26GJ031.KSP@ky.gov>",
            html=html,
            dkim_domain="ky.gov",
        ),
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of("Kentucky State Police", "Kentucky State Police, Electronic Crimes Branch", "KSP"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dalton.greathouse@ky.gov",
            "requester.verified": True,
            "requester.signer": any_of("Dalton Greathouse", "Larry C. Boggess"),
            "requester.signer_title": any_of("Trooper", "Tpr.", "Commonwealth's Attorney"),
            "targets": ["bluegrass_bettor"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "fraudulent use of a credit card",
            "date_range": {"start": "2026-06-01", "end": "2026-09-01"},
            "served_at": served(date),
            "return_by": "2026-10-06T09:00:00-04:00",
            "case_number": "26-GJ-031",
            "issuing_court": any_of("Franklin Circuit Court", "Franklin Circuit Court, Grand Jury"),
        },
        "ky.gov",
    )


MESSAGES = (kansas_warrant_forwarded, iowa_trial_subpoena_unsigned, minnesota_warrant_scan, kentucky_grand_jury_html)

"""United States demands, part 1: federal districts and agencies (Western Pennsylvania, Arizona, Northern
Florida, an FBI field office's NSL, three inspector-general / agency senders, the Coast Guard). Sender domains
from CISA's .gov list (and .mil); people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout9._kit import Message, any_of, docx_file, make, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"

USAO_WDPA = any_of(
    "United States Attorney's Office for the Western District of Pennsylvania",
    "U.S. Attorney's Office, Western District of Pennsylvania",
    "United States Attorney's Office",
)


def usao_wdpa_2703d_one_year_gag() -> Message:
    date = when(2026, 11, 12, 10, 41, 17, -5)
    text = """\
Good morning,

Please find below the operative text of a 2703(d) order entered by Magistrate Judge Patricia L. Okonkwo-Reyes
on November 10, 2026. A certified copy follows by mail on request. Kindly produce the records within
fourteen (14) days of receipt of this e-mail to the undersigned at this address (encrypted zip preferred).

  IN THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF PENNSYLVANIA
  IN RE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
  Magistrate No. 26-1714-PLO

  ORDER

  Upon the application of the United States, the Court finds that the applicant has offered specific and
  articulable facts showing that there are reasonable grounds to believe that the records and other
  information described below are relevant and material to an ongoing criminal investigation of
  cyberstalking in violation of 18 U.S.C. § 2261A(2).

  IT IS ORDERED that Social Example, Inc. shall disclose, for the account @three_rivers_relay (user ID
  17840022519), for the period June 1, 2026 through October 31, 2026:
    1. the subscriber's name, addresses, telephone numbers and e-mail addresses, and account creation date;
    2. records of session times and durations and the IP addresses used to log in;
    3. the user names/identifiers of accounts with which the account exchanged direct messages, with the
       date and time of each message (but not the contents of any message).

  IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that Social Example, Inc. shall not disclose the existence
  of the application or this Order to the subscriber or any other person for a period of one (1) year from
  the date of this Order, except to its attorneys for the purpose of obtaining legal advice.

  Date: November 10, 2026             s/ Patricia L. Okonkwo-Reyes
                                      United States Magistrate Judge

Regards,

Gregory T. Palumbo
Assistant United States Attorney
Western District of Pennsylvania | Joseph F. Weis, Jr. U.S. Courthouse, 700 Grant Street, Pittsburgh, PA 15219
(412) 555-0163
"""
    return make(
        "001-usao-wdpa-2703d-one-year-gag",
        "USAO Western District of Pennsylvania serves a § 2703(d) order in the body: subscriber data, log-in IPs "
        "and DM correspondents of an @handle with a numeric ID, June 1-October 31, 2026; fourteen days of "
        "receipt (Thanksgiving); one-year § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": USAO_WDPA,
            "requester.kind": "FEDERAL",
            "requester.email": "Gregory.Palumbo@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gregory T. Palumbo", "Patricia L. Okonkwo-Reyes"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": any_of(["three_rivers_relay"], ["three_rivers_relay", "17840022519"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("cyberstalking", "cyberstalking in violation of 18 U.S.C. § 2261A(2)"),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            # 14 days from Thursday 2026-11-12 is Thanksgiving Day (Thursday 2026-11-26)
            "return_by": any_of(
                "2026-11-26T17:00:00-05:00",
                "2026-11-26T23:59:59-05:00",
                "2026-11-27T17:00:00-05:00",
                "2026-11-27T23:59:59-05:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-11-10T23:59:59-05:00", "2027-11-09T23:59:59-05:00"),
            "case_number": any_of("26-1714-PLO", "Magistrate No. 26-1714-PLO"),
            "issuing_court": any_of(
                "United States District Court for the Western District of Pennsylvania",
                "U.S. District Court, Western District of Pennsylvania",
            ),
        },
        sender="Palumbo, Gregory (USAPAW) <Gregory.Palumbo@usdoj.gov>",
        subject="Order - Mag. No. 26-1714-PLO (2703(d)) - Social Example",
        date=date,
        message_id="<BN8PR09MB5521C1@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_daz_warrant_html_table() -> Message:
    date = when(2026, 11, 18, 15, 2, 44, -7)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Custodian of Records,</p>
<p>On behalf of AUSA Marisol Quintero-Haskell, attached below is the information for a federal search warrant
signed today in Phoenix. The signed warrant and Attachments A and B are reproduced in the table.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Item</th><th align="left">Detail</th></tr>
<tr><td>Court</td><td>United States District Court, District of Arizona</td></tr>
<tr><td>Case No.</td><td>26-4471MB</td></tr>
<tr><td>Issued</td><td>11/18/2026 by Hon. Deborah A. Tsosie-Lindqvist, U.S. Magistrate Judge</td></tr>
<tr><td>Attachment A (account)</td><td>https://social.example.com/saguaro.sky.charters and the linked e-mail
desertsky.charters@example.net</td></tr>
<tr><td>Attachment B (records)</td><td>(1) subscriber and registration information; (2) all private messages,
photos and videos sent or received; (3) stored location history; for the period 08/01/2026 - 10/31/2026</td></tr>
<tr><td>Offense</td><td>Wire fraud, 18 U.S.C. &sect; 1343 (fake air-tour charter bookings)</td></tr>
<tr><td>Production due</td><td>December 1, 2026</td></tr>
</table>
<p>No nondisclosure order has been sought in this matter.</p>
<p>Thank you,<br>
Renee Villalobos-Grant<br>
Paralegal Specialist, U.S. Attorney's Office, District of Arizona<br>
Two Renaissance Square, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004</p>
</body></html>
"""
    return make(
        "002-usao-daz-warrant-html-table",
        "USAO District of Arizona paralegal serves a federal search warrant as an HTML table: subscriber data, "
        "private messages/media and location history of a profile URL and a linked e-mail, 08/01-10/31/2026, "
        "due December 1, 2026 (Arizona: no daylight-saving time); no gag.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "18 U.S.C. § 2703", "Fed. R. Crim. P. 41"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Arizona",
                "U.S. Attorney's Office, District of Arizona",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Renee.Villalobos-Grant@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of(
                "Renee Villalobos-Grant", "Marisol Quintero-Haskell", "Deborah A. Tsosie-Lindqvist"
            ),
            "requester.signer_title": any_of(
                "Paralegal Specialist", "Assistant United States Attorney", "AUSA", "U.S. Magistrate Judge"
            ),
            "targets": any_of(
                ["https://social.example.com/saguaro.sky.charters", "desertsky.charters@example.net"],
                ["saguaro.sky.charters", "desertsky.charters@example.net"],
                ["https://social.example.com/saguaro.sky.charters"],
                ["saguaro.sky.charters"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("wire fraud", "Wire fraud, 18 U.S.C. § 1343", "fake air-tour charter bookings"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-12-01T17:00:00-07:00", "2026-12-01T23:59:59-07:00"),
            "case_number": "26-4471MB",
            "issuing_court": any_of(
                "United States District Court, District of Arizona",
                "United States District Court for the District of Arizona",
            ),
        },
        sender="Villalobos-Grant, Renee (USAAZ) <Renee.Villalobos-Grant@usdoj.gov>",
        subject="Search Warrant 26-4471MB",
        date=date,
        message_id="<CY4PR09MB2207E9@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def usao_ndfl_grand_jury_pdf_only() -> Message:
    date = when(2026, 10, 21, 14, 2, 9, -4)
    subpoena = """\
United States District Court
for the
Northern District of Florida

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Records Custodian, Social Example, Inc.

YOU ARE COMMANDED to appear and testify before the United States district court grand jury at the time, date
and place shown below. You must also bring the documents described below.

Place: United States Courthouse, 111 North Adams Street, Tallahassee, Florida 32301   Courtroom: Grand Jury Room
Date and Time: November 4, 2026, 9:00 a.m.

Records to be produced: For the account(s) associated with the telephone number (850) 555-0187 and the user
name gulfcoast.gators.tix: subscriber name, address, telephone number(s), e-mail address(es), date the
account was opened, and method of payment. No other records are requested.

Compliance may be made by delivering the records electronically to the requesting attorney before the date
above, in which case personal appearance is excused.

You are requested not to disclose the existence of this subpoena; any disclosure may impede the investigation
being conducted and thereby interfere with the enforcement of the law. This request is not a court order.

Date: 10/20/2026                                CLERK OF COURT
                                                /s/ Monica Fairweather-Diaz, Deputy Clerk

Name, address, e-mail and telephone of the attorney representing the United States who requests this subpoena:
Desmond K. Achebe-Ward, Assistant United States Attorney, 111 North Adams Street, 4th Floor, Tallahassee,
FL 32301, Desmond.Achebe-Ward@usdoj.gov, (850) 555-0122.        GJ No. 26-03-TLH
"""
    return make(
        "003-usao-ndfl-grand-jury-pdf-only",
        "USAO Northern District of Florida grand jury subpoena as a PDF with an empty body, sent in October for an "
        "appearance on November 4, 2026 at 9:00 a.m. (after the change to standard time): subscriber data of a "
        "phone number and a user name; a non-disclosure request that is not a court order.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the Northern District of Florida",
                "U.S. Attorney's Office, Northern District of Florida",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Desmond.Achebe-Ward@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Desmond K. Achebe-Ward", "Monica Fairweather-Diaz"),
            "requester.signer_title": any_of("Assistant United States Attorney", "Deputy Clerk"),
            "targets": any_of(
                ["gulfcoast.gators.tix", "+18505550187"],
                ["gulfcoast.gators.tix", "(850) 555-0187"],
                ["+18505550187", "gulfcoast.gators.tix"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-11-04T09:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of("26-03-TLH", "GJ No. 26-03-TLH"),
            "issuing_court": any_of(
                "United States District Court for the Northern District of Florida",
                "U.S. District Court, Northern District of Florida",
            ),
        },
        sender="Achebe-Ward, Desmond (USAFLN) <Desmond.Achebe-Ward@usdoj.gov>",
        subject="GJ subpoena",
        date=date,
        message_id="<MN2PR09MB4410D3@usdoj.gov>",
        text="",
        attachments=[(pdf(subpoena), "application", "pdf", "GJ 26-03-TLH Social Example.pdf")],
        dkim="usdoj.gov",
    )


def fbi_omaha_nsl_pdf() -> Message:
    date = when(2026, 11, 3, 16, 25, 0, -6)
    letter = """\
U.S. Department of Justice
Federal Bureau of Investigation
Omaha Field Office, 4411 South 121st Court, Omaha, NE 68137

November 3, 2026

Social Example, Inc.
Attn: Custodian of Records

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to Title 18, United States
Code (U.S.C.), Section 2709, you are hereby directed to provide to the Federal Bureau of Investigation (FBI)
the name, address, length of service, and toll billing records of the account identified below:

    Account: husker_signal_77 (user ID 55012290431)
    Period: January 1, 2026 to present

In accordance with 18 U.S.C. § 2709(b), I certify that the information sought is relevant to an authorized
investigation to protect against international terrorism or clandestine intelligence activities, and that
such an investigation of a United States person is not conducted solely on the basis of activities protected
by the First Amendment.

In accordance with 18 U.S.C. § 2709(c)(1), I certify that, absent a prohibition of disclosure, there may result
a danger to the national security of the United States, interference with a criminal, counterterrorism, or
counterintelligence investigation, interference with diplomatic relations, or danger to the life or physical
safety of any person. Accordingly, you, or any officer, employee or agent of yours, are prohibited from
disclosing to any person (other than those to whom disclosure is necessary to comply with this letter, or an
attorney to obtain legal advice) that the FBI has sought or obtained access to information under this letter.
You have the right to challenge this letter and the nondisclosure requirement under 18 U.S.C. § 3511.

You are requested to provide the records within fourteen (14) business days of receipt of this letter, by
secure delivery to the FBI Omaha Field Office.

Sincerely,

Kenneth M. Arbuthnot-Sayed
Special Agent in Charge
Omaha Field Office
"""
    return make(
        "004-fbi-omaha-nsl-pdf",
        "FBI Omaha Field Office national security letter (PDF) signed by the Special Agent in Charge: name, address, "
        "length of service and toll billing records of an account (handle + ID) since January 1, 2026; § 2709(c) "
        "certification; fourteen business days (Veterans Day inside).",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Omaha Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "omaha.nsl@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Kenneth M. Arbuthnot-Sayed",
            "requester.signer_title": "Special Agent in Charge",
            "targets": any_of(["husker_signal_77"], ["husker_signal_77", "55012290431"]),
            "data_categories": any_of(["BASIC_SUBSCRIBER"], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]),
            "date_range": any_of(None, {"start": "2026-01-01", "end": "2026-11-03"}),
            "served_at": served(date),
            # 14 business days from Tue 2026-11-03: 2026-11-24 skipping Veterans Day, 2026-11-23 counting it
            "return_by": any_of(
                "2026-11-24T17:00:00-06:00",
                "2026-11-24T23:59:59-06:00",
                "2026-11-23T17:00:00-06:00",
                "2026-11-23T23:59:59-06:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        sender="FBI Omaha NSL Unit <omaha.nsl@fbi.gov>",
        subject="National Security Letter - Social Example, Inc.",
        date=date,
        message_id="<om-nsl-20261103-1625@fbi.gov>",
        text="Please see the attached letter. Direct questions to the Chief Division Counsel, Omaha, (402) 555-0190.\n",
        attachments=[(pdf(letter), "application", "pdf", "NSL_OM_2026-11-03.pdf")],
        dkim="fbi.gov",
    )


def va_oig_subpoena_docx() -> Message:
    date = when(2026, 10, 8, 11, 14, 0, -4)
    document = docx_file(
        [
            ("h", "DEPARTMENT OF VETERANS AFFAIRS - OFFICE OF INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM No. VA-OIG-2026-0317"),
            ("p", "Issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4)."),
            ("t", "To|Social Example, Inc., Custodian of Records"),
            (
                "t",
                "Accounts|e-mail addresses vet.benefits.navigator@example.com and claimhelp.southeast@example.org",
            ),
            (
                "t",
                "Records|Subscriber name, postal address, telephone numbers, account creation date, and all "
                "log-in IP addresses with timestamps, for 03/01/2026 through 09/30/2026",
            ),
            (
                "t",
                "Purpose|Investigation of fraudulent VA disability compensation claims and fees charged to "
                "veterans by an unaccredited claims agent (38 U.S.C. § 5904; 18 U.S.C. § 1001)",
            ),
            ("t", "Return|On or before October 30, 2026 at 10:00 a.m."),
            ("t", "Deliver to|Special Agent Tamsin R. Delacroix-Obi, VA OIG Southeast Field Office, Atlanta, GA"),
            ("p", "Signed this 7th day of October, 2026."),
            ("p", "Lindsay P. Harrowgate, Deputy Inspector General for Investigations"),
        ],
        author="VA OIG",
    )
    text = """\
Good morning,

Attached please find a VA OIG subpoena for records. Electronic return to my address is acceptable. Please
contact me with any questions.

Very respectfully,
Tamsin Delacroix-Obi
Special Agent | VA Office of Inspector General | Southeast Field Office (Atlanta)
"""
    return make(
        "005-va-oig-subpoena-docx",
        "VA Office of Inspector General subpoena (.docx with a table) under 5 U.S.C. § 406(a)(4): subscriber data "
        "and log-in IPs 03/01-09/30/2026 of two e-mail-address accounts; claims-agent fraud; due October 30, 2026 "
        "at 10:00 a.m. (Atlanta).",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "5 U.S.C. 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "Department of Veterans Affairs - Office of Inspector General",
                "Department of Veterans Affairs Office of Inspector General",
                "VA Office of Inspector General",
                "VA OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "tamsin.delacroix-obi@va.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lindsay P. Harrowgate", "Tamsin R. Delacroix-Obi", "Tamsin Delacroix-Obi"),
            "requester.signer_title": any_of("Deputy Inspector General for Investigations", "Special Agent"),
            "targets": ["vet.benefits.navigator@example.com", "claimhelp.southeast@example.org"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "Investigation of fraudulent VA disability compensation claims and fees charged to veterans by an "
                "unaccredited claims agent",
                "fraudulent VA disability compensation claims",
            ),
            "date_range": {"start": "2026-03-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-10-30T10:00:00-04:00",
            "case_number": "VA-OIG-2026-0317",
        },
        sender="Delacroix-Obi, Tamsin (OIG) <tamsin.delacroix-obi@va.gov>",
        subject="VA OIG Subpoena VA-OIG-2026-0317",
        date=date,
        message_id="<SJ0PR09MB66310@va.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "VA-OIG-2026-0317 Subpoena.docx")],
        dkim="va.gov",
    )


def fws_ole_preservation_terse() -> Message:
    date = when(2026, 9, 22, 7, 48, 0, -5)
    text = """\
Pls preserve under 2703(f) for 90 days everything on https://social.example.com/prairie.plume.crafts --
subscriber info, IP logs, messages, posts and photos incl deleted if avail. Feather/eagle parts sales (Bald
and Golden Eagle Protection Act). Warrant to follow. Do not notify the user pls.

SA Wyatt Two Bulls-Hendrickson
USFWS Office of Law Enforcement, Bismarck ND
701-555-0134
Sent from my iPhone
"""
    return make(
        "006-fws-ole-preservation-terse",
        "U.S. Fish and Wildlife Service special agent's terse § 2703(f) preservation request sent from a phone: a "
        "profile URL, 90 days, eagle-feather sales; asks not to notify the user (no court order).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "2703(f)", None),
            "requester.name": any_of(
                "U.S. Fish and Wildlife Service",
                "USFWS Office of Law Enforcement",
                "United States Fish and Wildlife Service",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "wyatt_twobulls-hendrickson@fws.gov",
            "requester.verified": True,
            "requester.signer": "Wyatt Two Bulls-Hendrickson",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": any_of(["https://social.example.com/prairie.plume.crafts"], ["prairie.plume.crafts"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "stated_purpose": any_of(None, "Feather/eagle parts sales", "Bald and Golden Eagle Protection Act"),
            "served_at": served(date),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of("LETTER_REQUEST", None),
        },
        sender="Two Bulls-Hendrickson, Wyatt <wyatt_twobulls-hendrickson@fws.gov>",
        subject="preservation request",
        date=date,
        message_id="<8C1F2A07-22B9-4E0E-9F3D-FWS0922@fws.gov>",
        text=text,
        dkim="fws.gov",
    )


USDA_SCAN = """\
# UNITED STATES DEPARTMENT OF AGRICULTURE
# OFFICE OF INSPECTOR GENERAL
Investigations - Kansas City Region, P.O. Box 293, Kansas City, MO 64141

INSPECTOR GENERAL SUBPOENA DUCES TECUM            No. USDA-OIG-KC-26-0089

TO: Social Example, Inc., Attention: Legal Process / Custodian of Records

Pursuant to the Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4)), YOU ARE HEREBY
REQUIRED to produce the records described below to Special Agent Corinne V. Matsuda-Holt,
USDA-OIG, at the address above, within twenty (20) days from service of this subpoena.

RECORDS: For the accounts @ebt_cash_fast_kc and @snap4cash.midwest:
  (a) subscriber names, addresses, e-mail addresses and telephone numbers;
  (b) means and source of payment for any paid features or advertising;
  (c) IP addresses and timestamps of account creation.

This subpoena is issued in connection with an investigation of the unlawful trafficking of Supplemental
Nutrition Assistance Program (SNAP) benefits (7 U.S.C. § 2024(b)).

Issued at Washington, D.C., this 25th day of November, 2026.

    /s/ Harold J. Wexford-Ngata
    Assistant Inspector General for Investigations
"""


def usda_oig_subpoena_scan() -> Message:
    date = when(2026, 12, 1, 9, 31, 0, -6)
    return make(
        "007-usda-oig-subpoena-scan",
        "USDA Office of Inspector General subpoena as an image-only scan (Kansas City region): subscriber data, "
        "payment source and creation IP of two @handles; SNAP trafficking; twenty days from service.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "5 U.S.C. 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "United States Department of Agriculture, Office of Inspector General",
                "USDA Office of Inspector General",
                "USDA-OIG",
                "USDA OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "corinne.matsuda-holt@usda.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harold J. Wexford-Ngata", "Corinne V. Matsuda-Holt"),
            "requester.signer_title": any_of("Assistant Inspector General for Investigations", "Special Agent"),
            "targets": ["ebt_cash_fast_kc", "snap4cash.midwest"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "unlawful trafficking of Supplemental Nutrition Assistance Program (SNAP) benefits",
                "SNAP trafficking",
                "trafficking of SNAP benefits",
            ),
            "served_at": served(date),
            # twenty days from 2026-12-01; the agent's office is in Kansas City, the subpoena issued in D.C.
            "return_by": any_of(
                "2026-12-21T17:00:00-06:00",
                "2026-12-21T23:59:59-06:00",
                "2026-12-21T17:00:00-05:00",
                "2026-12-21T23:59:59-05:00",
            ),
            "case_number": "USDA-OIG-KC-26-0089",
        },
        sender="Matsuda-Holt, Corinne - OIG <corinne.matsuda-holt@usda.gov>",
        subject="OIG subpoena USDA-OIG-KC-26-0089",
        date=date,
        message_id="<DM6PR09MB7781A@usda.gov>",
        text="Hello - please see the attached scanned subpoena. I can accept the production electronically.\n\n"
        "Corinne Matsuda-Holt\nSpecial Agent, USDA OIG Investigations, Kansas City\n",
        attachments=[(scan([USDA_SCAN], skew=0.5, noise=0.0003, seed=91), "application", "pdf", "SCAN_20261201.pdf")],
        dkim="usda.gov",
    )


def cgis_emergency_ferry_threat() -> Message:
    date = when(2026, 11, 27, 22, 14, 30, -6)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) / 2702(c)(4)

Social Example legal team,

Tonight at approx. 20:40 CST the account @bolivar_ferry_boom posted: "first boat out of Galveston tomorrow
morning is going down, I packed enough for both decks." Photo shows what appears to be a pipe device in a
backpack. The Galveston-Port Bolivar ferry first departure is 05:30 tomorrow and carries ~70 vehicles and
their passengers. We believe there is an imminent danger of death or serious physical injury.

Requested immediately: subscriber information (name, e-mail, phone), IP addresses used for log-ins in the
last 72 hours, and any location information you hold for the account for the last 72 hours.

I am available 24/7 on my cell 409-555-0171. Coast Guard Sector Houston-Galveston command center can verify
me at 281-555-0100.

SA Delphine Okafor-Strand
Coast Guard Investigative Service, Resident Agent Office Galveston
"""
    return make(
        "008-cgis-emergency-ferry-threat",
        "Coast Guard Investigative Service (Galveston) emergency disclosure request at night: a post threatening "
        "to bomb the first ferry in the morning; subscriber data, 72 h of log-in IPs and location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of("18 U.S.C. 2702(b)(8) / 2702(c)(4)", "18 U.S.C. § 2702(b)(8)", None),
            "requester.name": any_of(
                "Coast Guard Investigative Service",
                "CGIS",
                "U.S. Coast Guard",
                "Coast Guard Investigative Service, Resident Agent Office Galveston",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "delphine.m.okafor-strand@uscg.mil",
            "requester.verified": True,
            "requester.signer": "Delphine Okafor-Strand",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": ["bolivar_ferry_boom"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "bomb threat", "threat to bomb the Galveston-Port Bolivar ferry"),
            "date_range": any_of(None, {"start": "2026-11-24", "end": "2026-11-27"}),
            "served_at": served(date),
            "return_by": any_of(None, served(date)),
            "emergency": {"narrative_contains": "ferry"},
        },
        sender="Okafor-Strand, Delphine M SA CGIS <delphine.m.okafor-strand@uscg.mil>",
        subject="EMERGENCY - imminent threat to Galveston ferry - @bolivar_ferry_boom",
        date=date,
        message_id="<SA1P110MB0922EDR@uscg.mil>",
        text=text,
        headers=[("Importance", "high"), ("X-Priority", "1")],
        dkim="uscg.mil",
    )


MESSAGES = [
    usao_wdpa_2703d_one_year_gag,
    usao_daz_warrant_html_table,
    usao_ndfl_grand_jury_pdf_only,
    fbi_omaha_nsl_pdf,
    va_oig_subpoena_docx,
    fws_ole_preservation_terse,
    usda_oig_subpoena_scan,
    cgis_emergency_ferry_threat,
]

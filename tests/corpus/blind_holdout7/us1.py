"""United States demands, part 1 (federal districts and agencies, tribal nations). Sender domains from
CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout7._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def usao_dor_2703d_one_year_gag() -> Message:
    date = when(2026, 11, 24, 10, 2, 11, -8)
    text = """\
Good morning,

Please find below the operative text of a 2703(d) order signed yesterday in Portland. Production within
fourteen days of service, to me by e-mail, is fine.

UNITED STATES DISTRICT COURT -- DISTRICT OF OREGON
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
Case No. 3:26-mc-01147

It is hereby ORDERED that Social Example, Inc. disclose, for the account @willamette_wrecker, for the
period September 1, 2026 through November 15, 2026: (1) the subscriber's name, addresses, telephone
numbers and e-mail addresses; (2) records of log-in and log-out, including IP addresses and device
identifiers. The records are relevant and material to an investigation of cyberstalking,
18 U.S.C. § 2261A.

It is further ORDERED under 18 U.S.C. § 2705(b) that Social Example, Inc. shall not notify any person of
the existence of this Order for a period of one year from the date of this Order.

SO ORDERED this 23rd day of November, 2026.
Tobias R. Hallengren, United States Magistrate Judge

Marguerite Oyelaran-Voss
Assistant United States Attorney
District of Oregon | 1000 SW Third Avenue, Portland OR 97204 | 503-555-0131
"""
    return make(
        "001-usao-dor-2703d-one-year-gag",
        "USAO District of Oregon serves a § 2703(d) order typed into the body: subscriber and log-in/IP/device "
        "records of an @handle for Sep 1-Nov 15 2026, fourteen days from service, one-year § 2705(b) order.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Oregon",
                "U.S. Attorney's Office, District of Oregon",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Marguerite.Oyelaran-Voss@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Tobias R. Hallengren", "Marguerite Oyelaran-Voss"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["willamette_wrecker"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("cyberstalking", "cyberstalking, 18 U.S.C. § 2261A", None),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of("2026-12-08T17:00:00-08:00", "2026-12-08T23:59:59-08:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-11-23T23:59:59-08:00", "2027-11-22T23:59:59-08:00"),
            "case_number": "3:26-mc-01147",
            "issuing_court": any_of(
                "United States District Court for the District of Oregon",
                "U.S. District Court, District of Oregon",
            ),
        },
        sender="Oyelaran-Voss, Marguerite (USAOR) <Marguerite.Oyelaran-Voss@usdoj.gov>",
        subject="Service: 2703(d) order 3:26-mc-01147",
        date=date,
        message_id="<BY5PR09MB4471@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_edwi_grand_jury_pdf() -> Message:
    date = when(2026, 11, 19, 13, 40, 0, -6)
    subpoena = """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WISCONSIN

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below
to testify before the court's grand jury. When you arrive, you must remain at the court until the judge
or a court officer allows you to leave.

Place: 517 East Wisconsin Avenue, Milwaukee, WI 53202, Grand Jury Room 2
Date and Time: 12/15/2026 9:00 am

You must also bring with you the following documents: For the accounts associated with the e-mail
addresses brewcity.ticketdeals@example.com and lakefront.passes@example.net: subscriber names, postal
addresses, telephone numbers, e-mail addresses, account creation dates and IP address used at account
creation, and any means and source of payment.

In lieu of appearance, records may be produced to the Assistant U.S. Attorney named below on or before
the date above.

Date: 11/18/2026                 CLERK OF COURT  /s/ R. Vukovich-Lund, Deputy Clerk

The name, address, e-mail and telephone number of the Assistant United States Attorney who requests this
subpoena: Desmond Achterhof-Kline, 517 E. Wisconsin Ave., Rm 530, Milwaukee, WI 53202, 414-555-0176
GJ 26-3-114
"""
    return make(
        "002-usao-edwi-grand-jury-pdf",
        "USAO Eastern District of Wisconsin grand jury subpoena (PDF) for subscriber data of two accounts given "
        "by e-mail address; appear 12/15/2026 9:00 am (Central); one-line cover mail; no gag.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the Eastern District of Wisconsin",
                "U.S. Attorney's Office, Eastern District of Wisconsin",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Desmond.Achterhof-Kline@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Desmond Achterhof-Kline", "R. Vukovich-Lund"),
            "requester.signer_title": any_of("Assistant United States Attorney", "Deputy Clerk", None),
            "targets": ["brewcity.ticketdeals@example.com", "lakefront.passes@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": None,
            "served_at": served(date),
            "return_by": "2026-12-15T09:00:00-06:00",
            "case_number": any_of("GJ 26-3-114", "26-3-114"),
            "issuing_court": any_of(
                "United States District Court for the Eastern District of Wisconsin",
                "U.S. District Court, Eastern District of Wisconsin",
            ),
        },
        sender="Achterhof-Kline, Desmond (USAWIE) <Desmond.Achterhof-Kline@usdoj.gov>",
        subject="grand jury subpoena",
        date=date,
        message_id="<CH3PR09MB7720@usdoj.gov>",
        text="Please see attached. Thanks - DAK\n",
        attachments=[(pdf(subpoena), "application", "pdf", "GJ26-3-114_SocialExample.pdf")],
        dkim="usdoj.gov",
    )


def fbi_memphis_nsl_pdf() -> Message:
    date = when(2026, 10, 20, 16, 5, 0, -5)
    letter = """\
U.S. Department of Justice
Federal Bureau of Investigation
Memphis Field Office, 225 North Humphreys Blvd, Memphis, TN 38120

October 19, 2026

Social Example, Inc.
Attn: Custodian of Records

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to Title 18, United
States Code (U.S.C.), Section 2709, you are hereby directed to provide the Federal Bureau of
Investigation (FBI) the name, address, length of service, and electronic communications transactional
records for the account with user ID 7741093385226.

In accordance with 18 U.S.C. § 2709(b), I certify that the information sought is relevant to an
authorized investigation to protect against international terrorism or clandestine intelligence
activities.

In accordance with 18 U.S.C. § 2709(c), I certify that the absence of a prohibition of disclosure may
result in danger to the national security of the United States. Accordingly, you are prohibited from
disclosing to any person that the FBI has sought or obtained access to the information sought by this
letter, other than to those persons to whom disclosure is necessary to comply with this letter or an
attorney to obtain legal advice. You have the right to challenge this prohibition (18 U.S.C. § 3511).

Please provide the records within fourteen (14) business days of receipt of this letter, in person or by
secure means to the point of contact below. Do not send the records by unencrypted e-mail.

Sincerely,

Lorraine B. Castellanos-Whitt
Special Agent in Charge
Memphis Field Office
"""
    return make(
        "003-fbi-memphis-nsl-pdf",
        "FBI Memphis national security letter (PDF) under 18 U.S.C. § 2709 for name, address, length of service "
        "and transactional records of a numeric user ID; § 2709(c) certification; 14 business days.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Memphis Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "ohalloran-pike@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Lorraine B. Castellanos-Whitt",
            "requester.signer_title": "Special Agent in Charge",
            "targets": ["7741093385226"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                None,
                "authorized investigation to protect against international terrorism or clandestine "
                "intelligence activities",
            ),
            "served_at": served(date),
            # 14 business days from Tuesday 2026-10-20: Nov 9 (Veterans Day Nov 11 falls later)
            "return_by": any_of(
                "2026-11-09T17:00:00-06:00", "2026-11-09T23:59:59-06:00", "2026-11-03T17:00:00-06:00", None
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        sender="O'Halloran-Pike, Jared (ME) (FBI) <ohalloran-pike@fbi.gov>",
        subject="NSL - Social Example, Inc. (UNCLASSIFIED)",
        date=date,
        message_id="<0f3e1b2a.ME.2026@fbi.gov>",
        text=(
            "UNCLASSIFIED\n\nCustodian, the attached letter is served on behalf of SAC Castellanos-Whitt. Please call "
            "me at 901-555-0148 to arrange secure return.\n\nSA Jared O'Halloran-Pike\nFBI Memphis\n"
        ),
        attachments=[(pdf(letter), "application", "pdf", "NSL_ME_2026-10-19.pdf")],
        dkim="fbi.gov",
    )


def ssa_oig_subpoena_docx() -> Message:
    date = when(2026, 11, 16, 11, 20, 0, -5)
    document = docx_file(
        [
            ("h", "SOCIAL SECURITY ADMINISTRATION - OFFICE OF THE INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM"),
            (
                "p",
                "Issued under the authority of Section 6(a)(4) of the Inspector General Act of 1978, as amended "
                "(5 U.S.C. § 406(a)(4)).",
            ),
            ("t", "To|Social Example, Inc., Custodian of Records"),
            ("t", "Subpoena No.|OIG-SSA-2026-0415"),
            ("t", "Accounts|@ohio_valley_vibes ; @gramma.jeans.closet"),
            (
                "t",
                "Records|Subscriber name, addresses, telephone numbers, e-mail addresses, dates of account "
                "creation, and means of payment",
            ),
            ("t", "Period|January 1, 2026 to present"),
            ("t", "Return date|December 11, 2026"),
            ("t", "Purpose|Investigation of concealed work activity by a Supplemental Security Income recipient"),
            ("p", "Records may be produced electronically in lieu of appearance."),
            (
                "p",
                "Signed: Inspector General, by Harriet O. Lindqvist-Amado, Deputy Inspector General for "
                "Investigations, November 13, 2026",
            ),
        ],
        author="SSA OIG",
    )
    return make(
        "004-ssa-oig-subpoena-docx",
        "Social Security Administration OIG inspector-general subpoena (.docx table) for subscriber data of two "
        "@handles from January 1, 2026 to present; due December 11, 2026; SSI fraud; no gag.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978, Section 6(a)(4)"),
            "requester.name": any_of(
                "Social Security Administration, Office of the Inspector General",
                "Social Security Administration Office of the Inspector General",
                "SSA OIG",
                "Social Security Administration",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "kwame.brandt-ellison@ssa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harriet O. Lindqvist-Amado", "Kwame Brandt-Ellison"),
            "requester.signer_title": any_of("Deputy Inspector General for Investigations", "Special Agent"),
            "targets": ["ohio_valley_vibes", "gramma.jeans.closet"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "Investigation of concealed work activity by a Supplemental Security Income recipient",
                "concealed work activity by a Supplemental Security Income recipient",
                "SSI fraud",
            ),
            "date_range": any_of(
                {"start": "2026-01-01", "end": "2026-11-13"}, {"start": "2026-01-01", "end": "2026-11-16"}, None
            ),
            "served_at": served(date),
            "return_by": any_of("2026-12-11T17:00:00-05:00", "2026-12-11T23:59:59-05:00"),
            "case_number": "OIG-SSA-2026-0415",
        },
        sender="Brandt-Ellison, Kwame <kwame.brandt-ellison@ssa.gov>",
        subject="OIG Subpoena OIG-SSA-2026-0415",
        date=date,
        message_id="<SSA-OIG-0415-20261116@ssa.gov>",
        text=(
            "Hello,\n\nPlease find attached an Inspector General subpoena. Kindly confirm receipt.\n\n"
            "Kwame Brandt-Ellison\nSpecial Agent, SSA OIG Office of Investigations, Cleveland Field Division\n"
        ),
        attachments=[(document, "application", DOCX, "OIG-SSA-2026-0415.docx")],
        dkim="ssa.gov",
    )


def fda_oci_warrant_html_table() -> Message:
    date = when(2026, 11, 12, 15, 30, 0, -6)
    html = """\
<html><body style="font-family:Calibri">
<p>Custodian of Records,</p>
<p>I am serving the search warrant summarised below. A signed copy is available on request.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Issuing court</th><td>United States District Court for the Northern District of Oklahoma</td></tr>
<tr><th align="left">Case number</th><td>26-MJ-00812-SH</td></tr>
<tr><th align="left">Issued</th><td>November 10, 2026, Hon. Susan E. Harjo-Linden, U.S. Magistrate Judge</td></tr>
<tr><th align="left">Account</th><td>https://social.example.com/tulsa.trim.shots</td></tr>
<tr><th align="left">Items to be disclosed</th><td>Subscriber information; all messages, photos and videos
sent or received; order and listing records; log-in IP addresses</td></tr>
<tr><th align="left">Time period</th><td>07/01/2026 - 11/09/2026</td></tr>
<tr><th align="left">Offense</th><td>Introduction of misbranded drugs (semaglutide) into interstate commerce, 21 U.S.C. &sect; 331</td></tr>
<tr><th align="left">Return</th><td>within 10 days of service</td></tr>
</table>
<p>Regards,<br>Caleb Running-Fox Whitaker<br>Special Agent, FDA Office of Criminal Investigations, Kansas City
Field Office (Tulsa Resident Office)</p>
</body></html>
"""
    return make(
        "005-fda-oci-warrant-html-table",
        "FDA Office of Criminal Investigations agent serves a N.D. Okla. search warrant summarised in an HTML "
        "table: subscriber data, messages/media, order records and log-in IPs of a profile URL, 07/01-11/09/2026, "
        "10 days from service (a Sunday).",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "18 U.S.C. § 2703", "Fed. R. Crim. P. 41"),
            "requester.name": any_of(
                "Food and Drug Administration, Office of Criminal Investigations",
                "FDA Office of Criminal Investigations",
                "Food and Drug Administration",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "caleb.whitaker@fda.hhs.gov",
            "requester.verified": True,
            "requester.signer": any_of("Caleb Running-Fox Whitaker", "Susan E. Harjo-Linden"),
            "requester.signer_title": any_of("Special Agent", "U.S. Magistrate Judge"),
            "targets": any_of(["tulsa.trim.shots"], ["https://social.example.com/tulsa.trim.shots"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                None,
                "Introduction of misbranded drugs (semaglutide) into interstate commerce",
                "misbranded drugs",
            ),
            "date_range": {"start": "2026-07-01", "end": "2026-11-09"},
            "served_at": served(date),
            "return_by": any_of(
                "2026-11-22T17:00:00-06:00",
                "2026-11-22T23:59:59-06:00",
                "2026-11-23T17:00:00-06:00",
                "2026-11-23T23:59:59-06:00",
            ),
            "case_number": "26-MJ-00812-SH",
            "issuing_court": any_of(
                "United States District Court for the Northern District of Oklahoma",
                "U.S. District Court, Northern District of Oklahoma",
            ),
        },
        sender="Whitaker, Caleb <caleb.whitaker@fda.hhs.gov>",
        subject="Search Warrant 26-MJ-00812-SH",
        date=date,
        message_id="<DM6PR-OCI-812@fda.hhs.gov>",
        html=html,
        dkim="fda.hhs.gov",
    )


def epa_cid_preservation_terse() -> Message:
    date = when(2026, 11, 30, 7, 48, 0, -5)
    text = """\
pls preserve per 18 USC 2703(f) for 90 days: https://social.example.com/pages/ChesapeakeDrumRecyclers
incl. posts, msgs, subscriber + IP logs. Illegal hazardous-waste dumping, warrant to follow.
Do not notify acct holder.

SA Beatrix Nwachukwu-Hale
EPA Criminal Investigation Division, Baltimore Area Office
sent from mobile
"""
    return make(
        "006-epa-cid-preservation-terse",
        "EPA Criminal Investigation Division agent's terse § 2703(f) preservation request from a phone for a page "
        "URL, 90 days, hazardous-waste dumping; asks not to notify.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)", "18 U.S.C. 2703(f)"),
            "requester.name": any_of(
                "EPA Criminal Investigation Division",
                "Environmental Protection Agency, Criminal Investigation Division",
                "Environmental Protection Agency",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "nwachukwu-hale.beatrix@epa.gov",
            "requester.verified": True,
            "requester.signer": "Beatrix Nwachukwu-Hale",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": any_of(
                ["https://social.example.com/pages/ChesapeakeDrumRecyclers"], ["ChesapeakeDrumRecyclers"]
            ),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            ),
            "stated_purpose": any_of("Illegal hazardous-waste dumping", "hazardous-waste dumping", None),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
        },
        sender="Nwachukwu-Hale, Beatrix <nwachukwu-hale.beatrix@epa.gov>",
        subject="preservation",
        date=date,
        message_id="<iPhone-7F21A-EPA@epa.gov>",
        text=text,
        dkim="epa.gov",
    )


WIRETAP_SCAN = """\
# UNITED STATES DISTRICT COURT
# WESTERN DISTRICT OF TENNESSEE
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES            Misc. No. 2:26-wt-00019
FOR AN ORDER AUTHORIZING THE INTERCEPTION OF                     FILED UNDER SEAL
ELECTRONIC COMMUNICATIONS

# ORDER AUTHORIZING INTERCEPTION (18 U.S.C. § 2518)

Upon application of the United States, this Court finds probable cause and ORDERS that agents of the
Drug Enforcement Administration are authorized to intercept the electronic communications (direct
messages, including text, images and attachments) to and from the Social Example account
@bluff_city_plug ("Target Account 1"), for a period not to exceed thirty (30) days from the date
interception begins.

Social Example, Inc. shall furnish forthwith all information, facilities and technical assistance
necessary to accomplish the interception unobtrusively (18 U.S.C. § 2518(4)).

Social Example, Inc. shall not disclose the existence of the interception or of this Order to any person
except as required by law (18 U.S.C. § 2511(2)(a)(ii)). This Order is sealed until further order of the
Court.

Offenses: 21 U.S.C. §§ 841, 846.

Entered: October 27, 2026
/s/ Winifred A. Osei-Barrow
UNITED STATES DISTRICT JUDGE
"""


def usao_wdtn_wiretap_scan() -> Message:
    date = when(2026, 10, 28, 9, 15, 0, -5)
    return make(
        "007-usao-wdtn-wiretap-scan",
        "USAO Western District of Tennessee serves a sealed Title III interception order (image-only scan): "
        "real-time direct messages of an @handle for 30 days, technical assistance forthwith, do-not-disclose "
        "until further order.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "WIRETAP_ORDER",
            "statute": any_of("18 U.S.C. § 2518", "18 U.S.C. 2518"),
            "requester.name": any_of(
                "United States Attorney's Office for the Western District of Tennessee",
                "U.S. Attorney's Office, Western District of Tennessee",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Tremaine.Gallardo-Sykes@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Winifred A. Osei-Barrow", "Tremaine Gallardo-Sykes"),
            "requester.signer_title": any_of("United States District Judge", "Assistant U.S. Attorney"),
            "targets": ["bluff_city_plug"],
            "data_categories": ["REALTIME_CONTENT"],
            "stated_purpose": any_of(None, "21 U.S.C. §§ 841, 846", "drug trafficking"),
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": any_of("2:26-wt-00019", "Misc. No. 2:26-wt-00019"),
            "issuing_court": any_of(
                "United States District Court for the Western District of Tennessee",
                "U.S. District Court, Western District of Tennessee",
            ),
        },
        sender="Gallardo-Sykes, Tremaine (USATNW) <Tremaine.Gallardo-Sykes@usdoj.gov>",
        subject="SEALED - Title III order 2:26-wt-00019 - provider assistance",
        date=date,
        message_id="<SN4PR09MB2219@usdoj.gov>",
        text=(
            "Counsel - attached is the signed interception order (scan). DEA's technical unit will contact your "
            "team today to set up delivery. Please do not forward outside the compliance group.\n\n"
            "Tremaine Gallardo-Sykes\nAssistant U.S. Attorney, W.D. Tenn. (Memphis)\n"
        ),
        attachments=[(scan([WIRETAP_SCAN], skew=-0.5, noise=0.0003, seed=71), "application", "pdf", "T3_order.pdf")],
        dkim="usdoj.gov",
    )


def hud_oig_subpoena_forwarded() -> Message:
    date = when(2026, 11, 3, 14, 2, 0, -6)
    text = """\
Custodian - forwarding from my SAC's office; I'm the case agent. Production to me is fine.
Thanks, Ines

Ines Marchetti-Boateng | Special Agent | HUD Office of Inspector General | Chicago Region
312-555-0163

---------- Forwarded message ---------
From: Okonkwo-Reyes, Vernon <vokonkwo-reyes@hudoig.gov>
Date: Mon, Nov 2, 2026 at 4:51 PM
Subject: IG Subpoena 2026-CHI-0091 (Social Example)
To: Marchetti-Boateng, Ines <imarchetti-boateng@hudoig.gov>

Ines, signed subpoena text below for service.

  OFFICE OF INSPECTOR GENERAL, U.S. DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT
  SUBPOENA DUCES TECUM No. 2026-CHI-0091 (Inspector General Act, 5 U.S.C. § 406(a)(4))
  To: Social Example, Inc.
  You are required to produce, for the account "southside_section8_rooms" and the account registered to
  telephone number (773) 555-0129: subscriber names, addresses, telephone numbers, e-mail addresses and
  account creation dates; and log-in IP addresses from 03/01/2026 through 10/31/2026.
  Purpose: investigation of fraudulent rental listings and Housing Choice Voucher fraud.
  Return: 30 days from service.
  Vernon Okonkwo-Reyes, Special Agent in Charge, Chicago Region, for the Inspector General
"""
    return make(
        "008-hud-oig-subpoena-forwarded",
        "A HUD OIG case agent forwards her SAC's inspector-general subpoena (typed in): subscriber data and log-in "
        "IPs 03/01-10/31/2026 of a user name and a phone number; 30 days from service; voucher fraud.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Inspector General Act"),
            "requester.name": any_of(
                "U.S. Department of Housing and Urban Development, Office of Inspector General",
                "HUD Office of Inspector General",
                "HUD OIG",
                "Office of Inspector General, U.S. Department of Housing and Urban Development",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "imarchetti-boateng@hudoig.gov",
            "requester.verified": True,
            "requester.signer": any_of("Vernon Okonkwo-Reyes", "Ines Marchetti-Boateng"),
            "requester.signer_title": any_of("Special Agent in Charge", "Special Agent"),
            "targets": any_of(
                ["southside_section8_rooms", "+17735550129"],
                ["southside_section8_rooms", "(773) 555-0129"],
                ["southside_section8_rooms", "773-555-0129"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "investigation of fraudulent rental listings and Housing Choice Voucher fraud",
                "fraudulent rental listings and Housing Choice Voucher fraud",
            ),
            "date_range": {"start": "2026-03-01", "end": "2026-10-31"},
            "served_at": any_of(served(date), "2026-11-02T16:51:00-06:00"),
            # 30 days from Tuesday 2026-11-03 is Thursday 2026-12-03
            "return_by": any_of("2026-12-03T17:00:00-06:00", "2026-12-03T23:59:59-06:00"),
            "case_number": "2026-CHI-0091",
        },
        sender="Marchetti-Boateng, Ines <imarchetti-boateng@hudoig.gov>",
        subject="Fwd: IG Subpoena 2026-CHI-0091 (Social Example)",
        date=date,
        message_id="<CY8PR-HUDOIG-0091b@hudoig.gov>",
        text=text,
        dkim="hudoig.gov",
    )


def ncis_emergency_threat() -> Message:
    date = when(2026, 11, 28, 23, 41, 0, -8)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) / (c)(4)

A sailor assigned to Naval Base San Diego posted about 40 minutes ago from the account @tincan_sailor_619
a photo of a handgun with the caption "tomorrow at quarters nobody walks away." His command cannot locate
him and he is not aboard. We believe there is an imminent risk of death or serious physical injury to
members of his division.

Requested: subscriber information, IP addresses of the last 72 hours of log-ins, and the most recent
location information for @tincan_sailor_619.

Please call me on my cell at 619-555-0137 at any hour.

Special Agent Rosalind Teixeira-Mwangi
Naval Criminal Investigative Service, Southwest Field Office
"""
    return make(
        "009-ncis-emergency-threat",
        "NCIS special agent's late-night emergency request: a sailor posted a handgun photo threatening his "
        "division tomorrow; subscriber data, 72 h of log-in IPs and recent location of an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of("18 U.S.C. 2702(b)(8) / (c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702", None),
            "requester.name": any_of("Naval Criminal Investigative Service", "NCIS"),
            "requester.kind": "FEDERAL",
            "requester.email": "rosalind.teixeira-mwangi@ncis.navy.mil",
            "requester.verified": True,
            "requester.signer": "Rosalind Teixeira-Mwangi",
            "requester.signer_title": "Special Agent",
            "targets": ["tincan_sailor_619"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "imminent risk of death or serious physical injury"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "handgun"},
        },
        sender="Teixeira-Mwangi, Rosalind SA NCIS <rosalind.teixeira-mwangi@ncis.navy.mil>",
        subject="EMERGENCY - threat to life - @tincan_sailor_619",
        date=date,
        message_id="<NCIS-SWFO-EDR-1128@ncis.navy.mil>",
        text=text,
        dkim="ncis.navy.mil",
    )


def dmca_512h_subpoena_odt() -> Message:
    date = when(2026, 11, 18, 12, 10, 0, -8)
    document = odt(
        [
            "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON",
            "In re DMCA Subpoena to Social Example, Inc.     Case No. 3:26-dm-00044",
            "SUBPOENA TO PRODUCE DOCUMENTS (17 U.S.C. § 512(h))",
            "To: Social Example, Inc., Designated Agent.",
            "YOU ARE COMMANDED to produce, by December 18, 2026 at 10:00 a.m., at the offices of Fernhollow "
            "Ostrander LLP, 900 SW Fifth Avenue, Portland, Oregon, information sufficient to identify the "
            "alleged infringer who uploaded the works listed in the attached notification, namely the user "
            "@cascadia_bootleg_tapes: name, address, telephone number and e-mail address.",
            "This subpoena is issued upon the request of Timberline Records LLC, with a copy of the notification "
            "under 17 U.S.C. § 512(c)(3)(A), a proposed subpoena and a sworn declaration that the identity is "
            "sought only to protect rights under title 17.",
            "Date: November 16, 2026      CLERK OF COURT, by Deputy Clerk M. Haugland-Ruiz",
        ],
        heading="DMCA SUBPOENA",
    )
    text = """\
Dear Designated Agent,

We represent Timberline Records LLC. Attached are the clerk-issued subpoena under 17 U.S.C. § 512(h), the
takedown notice we sent on October 2, 2026 and our sworn declaration.

Best regards,
Noor Ellingsworth-Paz
Fernhollow Ostrander LLP
"""
    return make(
        "010-dmca-512h-subpoena-odt",
        "A Portland law firm serves a clerk-issued DMCA § 512(h) subpoena (.odt) for the identity of an @handle "
        "that uploaded a label's recordings; production December 18, 2026 at 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Fernhollow Ostrander LLP", "Timberline Records LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "nellingsworth@fernhollow.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Noor Ellingsworth-Paz", "M. Haugland-Ruiz"),
            "requester.signer_title": any_of(None, "Deputy Clerk"),
            "targets": ["cascadia_bootleg_tapes"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "copyright infringement", "to protect rights under title 17"),
            "served_at": served(date),
            "return_by": "2026-12-18T10:00:00-08:00",
            "case_number": "3:26-dm-00044",
            "issuing_court": any_of(
                "United States District Court for the District of Oregon", "U.S. District Court, District of Oregon"
            ),
        },
        sender="Noor Ellingsworth-Paz <nellingsworth@fernhollow.example.com>",
        subject="DMCA 512(h) subpoena - Timberline Records",
        date=date,
        message_id="<2026111812100.fhol@fernhollow.example.com>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "512h_subpoena.odt")],
        dkim="fernhollow.example.com",
    )


NAVAJO_WARRANT = """\
IN THE DISTRICT COURT OF THE NAVAJO NATION
JUDICIAL DISTRICT OF WINDOW ROCK, ARIZONA

SEARCH WARRANT                                         No. WR-CR-2026-1183

To: Social Example, Inc., Custodian of Records, and any officer of the Navajo Nation Division of Public
Safety.

Upon the sworn complaint of Criminal Investigator Loretta Begay-Halvorsen, the Court finds probable cause
to believe that records relating to the Social Example user "dinetah_deals_4u" contain evidence of the
offense of Theft by Deception (17 N.N.C. § 380).

YOU ARE HEREBY COMMANDED to produce the following records for the period August 1, 2026 through
November 20, 2026: subscriber and registration information; private messages; IP address log-in
history.

Return within twenty (20) days of service to the Navajo Nation Police Department, Criminal Investigations,
P.O. Box 3360, Window Rock, AZ 86515.

Issued November 23, 2026.
Hon. Evangeline Tsosie-Marquez, District Court Judge
"""


def navajo_police_warrant_pdf_only() -> Message:
    date = when(2026, 11, 24, 9, 50, 0, -7)
    return make(
        "011-navajo-police-warrant-pdf-only",
        "Navajo Nation Police criminal investigator serves (PDF only, empty body) a Window Rock District Court "
        "search warrant: subscriber data, private messages and IP log-ins of a user name, Aug 1-Nov 20 2026, "
        "20 days from service.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "17 N.N.C. § 380"),
            "requester.name": any_of(
                "Navajo Nation Police Department", "Navajo Nation Division of Public Safety", "Navajo Nation"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lbegayhalvorsen@navajo-nsn.gov",
            "requester.verified": True,
            "requester.signer": any_of("Evangeline Tsosie-Marquez", "Loretta Begay-Halvorsen"),
            "requester.signer_title": any_of("District Court Judge", "Criminal Investigator"),
            "targets": ["dinetah_deals_4u"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Theft by Deception", None),
            "date_range": {"start": "2026-08-01", "end": "2026-11-20"},
            "served_at": served(date),
            # 20 days from Tuesday 2026-11-24 is Monday 2026-12-14
            "return_by": any_of("2026-12-14T17:00:00-07:00", "2026-12-14T23:59:59-07:00"),
            "case_number": "WR-CR-2026-1183",
            "issuing_court": any_of(
                "District Court of the Navajo Nation, Judicial District of Window Rock",
                "District Court of the Navajo Nation",
                "Window Rock District Court",
            ),
        },
        sender="Begay-Halvorsen, Loretta <lbegayhalvorsen@navajo-nsn.gov>",
        subject="Search Warrant WR-CR-2026-1183",
        date=date,
        message_id="<NNPD-CI-1183@navajo-nsn.gov>",
        text="",
        attachments=[(pdf(NAVAJO_WARRANT), "application", "pdf", "WR-CR-2026-1183.pdf")],
        dkim="navajo-nsn.gov",
    )


def cherokee_marshal_preservation_reply() -> Message:
    date = when(2026, 10, 14, 10, 25, 0, -5)
    text = """\
Thank you for the quick answer. To clarify: the account is the one at
https://social.example.com/u/tahlequah.trading.post and we need everything kept (profile, posts, messages,
log-in records) for 90 days under 18 U.S.C. 2703(f). A tribal court warrant is being drafted.

Deputy Marshal Garrett Sixkiller-Olsen
Cherokee Nation Marshal Service, Tahlequah, Oklahoma
918-555-0152

On Wed, Oct 14, 2026 at 9:05 AM Legal Process <legal-process@dueprocess.local> wrote:
> Deputy Marshal, thank you for your message. Please tell us which account you would like preserved
> (a URL or user name) and under what authority.
>
> On Tue, Oct 13, 2026 Sixkiller-Olsen, Garrett wrote:
>> We need to preserve the "Tahlequah Trading Post" page that is selling stolen ATVs. Thanks.
"""
    return make(
        "012-cherokee-marshal-preservation-reply",
        "Cherokee Nation Marshal Service deputy answers the platform's question (quoted) with the account URL and "
        "asks for a 90-day § 2703(f) preservation pending a tribal court warrant; stolen ATVs.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Cherokee Nation Marshal Service", "Cherokee Nation"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "garrett-sixkiller-olsen@cherokee.org",
            "requester.verified": False,
            "requester.signer": "Garrett Sixkiller-Olsen",
            "requester.signer_title": "Deputy Marshal",
            "targets": any_of(["https://social.example.com/u/tahlequah.trading.post"], ["tahlequah.trading.post"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
                ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
            ),
            "stated_purpose": any_of(None, "selling stolen ATVs", "stolen ATVs"),
            "served_at": served(date),
        },
        sender="Sixkiller-Olsen, Garrett <garrett-sixkiller-olsen@cherokee.org>",
        subject="RE: Preservation - Tahlequah Trading Post",
        date=date,
        message_id="<CNMS-2026-1014-2@cherokee.org>",
        text=text,
    )


MESSAGES = [
    usao_dor_2703d_one_year_gag,
    usao_edwi_grand_jury_pdf,
    fbi_memphis_nsl_pdf,
    ssa_oig_subpoena_docx,
    fda_oci_warrant_html_table,
    epa_cid_preservation_terse,
    usao_wdtn_wiretap_scan,
    hud_oig_subpoena_forwarded,
    ncis_emergency_threat,
    dmca_512h_subpoena_odt,
    navajo_police_warrant_pdf_only,
    cherokee_marshal_preservation_reply,
]

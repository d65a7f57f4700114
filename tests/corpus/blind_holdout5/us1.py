"""United States demands, part 1 (federal agencies and districts, New England, the Mountain West, a
territory). Sender domains from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout5._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def usao_dmt_2703d_180_day_gag() -> Message:
    date = when(2026, 11, 5, 9, 12, 40, -7)
    text = """\
Custodian of Records,

Attached below is the text of an order signed yesterday by Magistrate Judge Kathleen R. Desmet in Missoula.
Please produce within ten days of service to the undersigned.

    UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MONTANA, MISSOULA DIVISION
    In the Matter of the Application of the United States for an Order Pursuant to 18 U.S.C. 2703(d)
    Case No. MJ-26-88-M-KRD

    ORDER: The Court finds that the United States has offered specific and articulable facts showing
    reasonable grounds to believe the records are relevant and material to an ongoing investigation of
    interstate threats (18 U.S.C. 875(c)). Social Example, Inc. SHALL DISCLOSE, for the account
    @bitterroot_reckoning, for 08/15/2026 through 11/01/2026: (a) subscriber name, address, phone numbers
    and e-mail addresses; (b) log-in IP addresses with dates and times; (c) message header information
    (sender, recipient, date, time) but NOT message content.

    Pursuant to 18 U.S.C. 2705(b), Social Example, Inc. shall not disclose the existence of the application
    or this Order to any person for one hundred eighty (180) days from the date of this Order.

    Dated November 4, 2026.   /s/ Kathleen R. Desmet, United States Magistrate Judge

Thanks,
Brody Halvorsen
Assistant U.S. Attorney | District of Montana | (406) 555-0119
"""
    return make(
        "001-usao-dmt-2703d-180-day-gag",
        "USAO District of Montana serves a § 2703(d) order typed into the body: subscriber, log-in IP and header "
        "records of an @handle for 08/15-11/01/2026, ten days from service, 180-day § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Montana",
                "U.S. Attorney's Office, District of Montana",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Brody.Halvorsen@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kathleen R. Desmet", "Brody Halvorsen"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant U.S. Attorney"),
            "targets": ["bitterroot_reckoning"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("interstate threats", "threats", None),
            "date_range": {"start": "2026-08-15", "end": "2026-11-01"},
            "served_at": served(date),
            # ten days from 2026-11-05 is Sunday 2026-11-15
            "return_by": any_of(
                "2026-11-15T17:00:00-07:00",
                "2026-11-15T23:59:59-07:00",
                "2026-11-16T17:00:00-07:00",
                "2026-11-16T23:59:59-07:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of(
                "2027-05-03T23:59:59-06:00",
                "2027-05-02T23:59:59-06:00",
                "2027-05-03T23:59:59-07:00",
                "2027-05-02T23:59:59-07:00",
            ),
            "case_number": "MJ-26-88-M-KRD",
            "issuing_court": any_of(
                "United States District Court for the District of Montana",
                "U.S. District Court, District of Montana",
            ),
        },
        sender="Halvorsen, Brody (USAMT) <Brody.Halvorsen@usdoj.gov>",
        subject="2703(d) Order MJ-26-88-M-KRD - service",
        date=date,
        message_id="<SA1PR09MB8812A3@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_dgu_grand_jury_pdf() -> Message:
    date = when(2026, 11, 17, 10, 5, 0, 10)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
DISTRICT OF GUAM

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below
to testify before the court's grand jury.

Place: U.S. Courthouse, 520 West Soledad Avenue, Hagatna, Guam 96910
Date and Time: December 8, 2026 at 9:30 a.m.

You must also bring: for the account registered to the e-mail address tumon.reef.tours@example.net, all
subscriber information (names, addresses, telephone numbers, e-mail addresses, date of account creation,
IP address at registration, means of payment).

Grand Jury No. 26-00041                       CLERK OF COURT: /s/ Jeanette P. Taitano, Deputy Clerk
Date: 11/16/2026
Requested by: Lourdes M. Camacho, Special Assistant United States Attorney, Sirena Plaza, Suite 500,
108 Hernan Cortez Avenue, Hagatna, Guam 96910
"""
    body = "Hafa adai - GJ subpoena attached (wire fraud, fake tour bookings). E-mail production is fine.\n\nL. Camacho, SAUSA\n"
    return make(
        "002-usao-dgu-grand-jury-pdf",
        "USAO District of Guam grand jury subpoena (PDF) for subscriber data of an account given by e-mail "
        "address; appear December 8, 2026 at 9:30 a.m. (Chamorro Standard Time); terse cover mail; no gag.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Guam",
                "U.S. Attorney's Office, District of Guam",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Lourdes.Camacho@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lourdes M. Camacho", "L. Camacho", "Jeanette P. Taitano"),
            "requester.signer_title": any_of("Special Assistant United States Attorney", "SAUSA", "Deputy Clerk"),
            "targets": ["tumon.reef.tours@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "wire fraud", "fake tour bookings"),
            "served_at": served(date),
            "return_by": "2026-12-08T09:30:00+10:00",
            "case_number": any_of("26-00041", "Grand Jury No. 26-00041"),
            "issuing_court": any_of(
                "United States District Court for the District of Guam", "U.S. District Court, District of Guam"
            ),
        },
        sender="Camacho, Lourdes (USAGU) <Lourdes.Camacho@usdoj.gov>",
        subject="GJ Subpoena 26-00041",
        date=date,
        message_id="<PH0PR09MB1188@usdoj.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ_26-00041.pdf")],
        dkim="usdoj.gov",
    )


def usao_wdmi_pen_register_html() -> Message:
    date = when(2026, 11, 9, 14, 20, 3, -5)
    html = """\
<html><body>
<p>Please see the order summary below; the signed order is sealed and available for inspection on request.</p>
<table border="1" cellpadding="3">
<tr><td><b>Court</b></td><td>U.S. District Court, Western District of Michigan (Grand Rapids)</td></tr>
<tr><td><b>Case</b></td><td>1:26-mc-00388</td></tr>
<tr><td><b>Order</b></td><td>Pen register and trap and trace device, 18 U.S.C. &sect;&sect; 3122-3123</td></tr>
<tr><td><b>Facility</b></td><td>Account associated with phone +1 616-555-0142 (display name &ldquo;LakeshoreLoot&rdquo;)</td></tr>
<tr><td><b>Information</b></td><td>Dialing, routing, addressing and signaling information, incl. IP addresses of
log-ins and the account identifiers of message senders/recipients, in real time. No content.</td></tr>
<tr><td><b>Duration</b></td><td>Sixty (60) days from installation</td></tr>
<tr><td><b>Sealing</b></td><td>Order sealed; provider shall not disclose per 18 U.S.C. &sect; 3123(d) until otherwise
ordered by the Court</td></tr>
<tr><td><b>Judge</b></td><td>Hon. Ray Kent-Varga, U.S. Magistrate Judge, signed 11/06/2026</td></tr>
</table>
<p>Investigating agency: ATF Grand Rapids Field Office (firearms trafficking).<br>
Kristen O. Mbeki, Assistant United States Attorney, Western District of Michigan</p>
</body></html>
"""
    return make(
        "003-usao-wdmi-pen-register-html",
        "USAO Western District of Michigan serves a sealed pen register / trap and trace order as an HTML table: "
        "an account by phone number and display name, 60 days of real-time routing data, § 3123(d) seal until "
        "further order.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. §§ 3122-3123", "18 U.S.C. § 3123", "18 U.S.C. 3123"),
            "requester.name": any_of(
                "United States Attorney's Office for the Western District of Michigan",
                "U.S. Attorney's Office, Western District of Michigan",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Kristen.Mbeki@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kristen O. Mbeki", "Ray Kent-Varga"),
            "requester.signer_title": any_of("Assistant United States Attorney", "U.S. Magistrate Judge"),
            "targets": any_of(
                ["+16165550142"],
                ["+1 616-555-0142"],
                ["+16165550142", "LakeshoreLoot"],
                ["+1 616-555-0142", "LakeshoreLoot"],
            ),
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of(None, "firearms trafficking"),
            "date_range": any_of(None, {"start": "2026-11-09", "end": "2027-01-08"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "case_number": "1:26-mc-00388",
            "issuing_court": any_of(
                "U.S. District Court, Western District of Michigan",
                "United States District Court for the Western District of Michigan",
            ),
        },
        sender="Mbeki, Kristen (USAMIW) <Kristen.Mbeki@usdoj.gov>",
        subject="Pen/Trap order 1:26-mc-00388 (SEALED)",
        date=date,
        message_id="<BY5PR09MB3377F@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def fbi_albuquerque_warrant_docx() -> Message:
    date = when(2026, 11, 12, 16, 2, 11, -7)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT for the District of New Mexico"),
            (
                "p",
                'In the Matter of the Search of information associated with the account "sandia_sparrow" '
                "stored at premises controlled by Social Example, Inc.   Case No. 26-MR-1472",
            ),
            ("h", "SEARCH AND SEIZURE WARRANT"),
            (
                "p",
                "To any authorized law enforcement officer: An application by a federal law enforcement officer "
                "requests the search of the property described in Attachment A. YOU ARE COMMANDED to execute "
                "this warrant on or before November 25, 2026. The provider shall disclose the information in "
                "Attachment B within fourteen (14) days of service.",
            ),
            (
                "t",
                "Attachment B|For 06/01/2026 - 11/10/2026: subscriber records; log-in IP addresses; the contents "
                "of all direct messages, photos and videos; all location information.",
            ),
            ("t", "Offense|18 U.S.C. 2422(b) (enticement of a minor)"),
            (
                "p",
                "Date and time issued: 11/11/2026 3:40 pm     Judge's signature: /s/ Laura Fashing-Ortiz, "
                "United States Magistrate Judge",
            ),
        ],
        author="FBI Albuquerque",
    )
    text = """\
Please find attached a federal search warrant for the account sandia_sparrow (D.N.M. 26-MR-1472). Return
of results to SA Tomas Yazzie-Romero, FBI Albuquerque, at this address.

SA Tomas Yazzie-Romero
Federal Bureau of Investigation, Albuquerque Field Office
"""
    return make(
        "004-fbi-albuquerque-warrant-docx",
        "FBI Albuquerque serves a D.N.M. search warrant (.docx, table): subscriber, IP logs, DMs/media and "
        "location of a user name for 06/01-11/10/2026, 14 days from service (Thanksgiving); no gag.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Fed. R. Crim. P. 41", "18 U.S.C. § 2703"),
            "requester.name": any_of(
                "Federal Bureau of Investigation", "FBI Albuquerque", "FBI Albuquerque Field Office"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "tyazzieromero@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Tomas Yazzie-Romero", "Laura Fashing-Ortiz"),
            "requester.signer_title": any_of("SA", "Special Agent", "United States Magistrate Judge"),
            "targets": ["sandia_sparrow"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("enticement of a minor", "18 U.S.C. 2422(b)"),
            "date_range": {"start": "2026-06-01", "end": "2026-11-10"},
            "served_at": served(date),
            # 14 days from 2026-11-12 is Thanksgiving Day
            "return_by": any_of(
                "2026-11-26T17:00:00-07:00",
                "2026-11-26T23:59:59-07:00",
                "2026-11-27T17:00:00-07:00",
                "2026-11-25T23:59:59-07:00",
            ),
            "case_number": "26-MR-1472",
            "issuing_court": any_of(
                "United States District Court for the District of New Mexico",
                "U.S. District Court, District of New Mexico",
            ),
        },
        sender="Yazzie-Romero, Tomas (AQ) (FBI) <tyazzieromero@fbi.gov>",
        subject="Search Warrant 26-MR-1472",
        date=date,
        message_id="<AQ-SW-1472@fbi.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "26-MR-1472 warrant.docx")],
        dkim="fbi.gov",
    )


def dol_oig_subpoena_pdf() -> Message:
    date = when(2026, 11, 2, 11, 0, 26, -5)
    subpoena = """\
UNITED STATES DEPARTMENT OF LABOR
OFFICE OF INSPECTOR GENERAL

SUBPOENA DUCES TECUM                                   OIG No. 26-0917-SUB

To: Social Example, Inc., Attn: Legal Process

Pursuant to Section 406(a)(4) of Title 5, United States Code (Inspector General Act), you are hereby required
to produce the records described below to Special Agent Dana K. Whitfield, Office of Investigations - Labor
Racketeering and Fraud, on or before Monday, November 23, 2026.

Records: for the accounts using the e-mail addresses ui.claims.fastpay@example.org and
benefitsbro2026@example.com: the name, address, phone number and e-mail address of the subscriber, date of
account creation, and all IP addresses used to log in from January 1, 2026 to October 31, 2026.

Purpose: investigation of fraudulent unemployment insurance claims.

Signed at Washington, D.C., this 30th day of October 2026.
Larry D. Turner-Beck, Deputy Inspector General
"""
    return make(
        "005-dol-oig-subpoena-pdf",
        "Department of Labor OIG inspector-general subpoena (PDF) for two e-mail-address accounts: identity and "
        "log-in IPs Jan-Oct 2026, due Monday November 23, 2026; unemployment insurance fraud; no gag.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "5 U.S.C. § 406(a)(4)", "Section 406(a)(4) of Title 5, United States Code", "Inspector General Act"
            ),
            "requester.name": any_of(
                "U.S. Department of Labor, Office of Inspector General",
                "Department of Labor Office of Inspector General",
                "DOL OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "whitfield.dana.k@dol.gov",
            "requester.verified": True,
            "requester.signer": any_of("Larry D. Turner-Beck", "Dana K. Whitfield"),
            "requester.signer_title": any_of("Deputy Inspector General", "Special Agent"),
            "targets": ["ui.claims.fastpay@example.org", "benefitsbro2026@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("fraudulent unemployment insurance claims", "unemployment insurance fraud"),
            "date_range": {"start": "2026-01-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-23T17:00:00-05:00", "2026-11-23T23:59:59-05:00"),
            "case_number": "26-0917-SUB",
        },
        sender="Whitfield, Dana K - OIG <whitfield.dana.k@dol.gov>",
        subject="OIG Subpoena 26-0917-SUB",
        date=date,
        message_id="<OIG-26-0917@dol.gov>",
        text="Please see the attached Inspector General subpoena.\n\nSA Dana K. Whitfield\nDOL-OIG\n",
        attachments=[(pdf(subpoena), "application", "pdf", "OIG subpoena 26-0917.pdf")],
        dkim="dol.gov",
    )


def blm_preservation_terse() -> Message:
    date = when(2026, 11, 20, 7, 44, 9, -7)
    text = """\
preservation req 18 USC 2703(f) - pls preserve everything for https://social.example.com/u/owyhee.relic.hunter
90 days. looting of archaeological resources on BLM land (ARPA). paper to follow

SA Cody Brandvold
BLM Office of Law Enforcement & Security, Boise ID
sent from my phone
"""
    return make(
        "006-blm-preservation-terse",
        "Bureau of Land Management special agent's terse § 2703(f) preservation request from a phone for a "
        "profile URL, 90 days, looting of archaeological resources; no gag, no range.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of(
                "Bureau of Land Management",
                "BLM Office of Law Enforcement & Security",
                "Bureau of Land Management Office of Law Enforcement and Security",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "cbrandvold@blm.gov",
            "requester.verified": True,
            "requester.signer": "Cody Brandvold",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": any_of(["https://social.example.com/u/owyhee.relic.hunter"], ["owyhee.relic.hunter"]),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT", "LOCATION_HISTORY"],
            ),
            "stated_purpose": any_of("looting of archaeological resources", "ARPA", None),
            "served_at": served(date),
        },
        sender="Brandvold, Cody <cbrandvold@blm.gov>",
        subject="preservation",
        date=date,
        message_id="<CAHx9-blm-7744@blm.gov>",
        text=text,
        dkim="blm.gov",
    )


def uscp_emergency_threat() -> Message:
    date = when(2026, 11, 24, 22, 31, 50, -5)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) and (c)(4)

United States Capitol Police, Threat Assessment Section
Agent: Special Agent Miriam Oduya   24h desk: 202-555-0166   USCP Case TAS-26-4410

At 21:58 ET tonight the account @capitol_reckoning_day posted: "tomorrow I finish it - Rep. [name withheld]
walks out of Rayburn and does not walk back in" with a photo of a rifle. We believe there is an imminent
threat to kill a Member of Congress.

Requested immediately: subscriber information (name, e-mail, phone), IP addresses used in the last 48 hours,
and any recent location information for @capitol_reckoning_day.

I certify that the information is needed to prevent imminent danger of death or serious physical injury.

SA Miriam Oduya
"""
    return make(
        "007-uscp-emergency-threat",
        "U.S. Capitol Police emergency disclosure request at night: a post threatening to shoot a Member of "
        "Congress tomorrow; subscriber data, 48 h of IPs and recent location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(b)(8) and (c)(4)", "18 U.S.C. 2702(c)(4)", "18 U.S.C. 2702(b)(8)"),
            "requester.name": any_of("United States Capitol Police", "U.S. Capitol Police"),
            "requester.kind": "FEDERAL",
            "requester.email": "miriam.oduya@uscp.gov",
            "requester.verified": True,
            "requester.signer": "Miriam Oduya",
            "requester.signer_title": any_of("Special Agent", "SA"),
            "targets": ["capitol_reckoning_day"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "threat to kill a Member of Congress", "threat"),
            "date_range": any_of(None, {"start": "2026-11-22", "end": "2026-11-24"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "Member of Congress"},
            "case_number": any_of("TAS-26-4410", None),
        },
        sender="Oduya, Miriam <miriam.oduya@uscp.gov>",
        subject="EMERGENCY - threat to Member - @capitol_reckoning_day",
        date=date,
        message_id="<USCP-TAS-4410-2231@uscp.gov>",
        text=text,
        dkim="uscp.gov",
    )


def maine_ag_cid_odt() -> Message:
    date = when(2026, 11, 16, 13, 30, 0, -5)
    document = odt(
        [
            "STATE OF MAINE, OFFICE OF THE ATTORNEY GENERAL, CONSUMER PROTECTION DIVISION",
            "CIVIL INVESTIGATIVE DEMAND No. CPD-2026-061",
            "Issued under the Maine Unfair Trade Practices Act, 5 M.R.S. § 211.",
            "To: Social Example, Inc. The Attorney General has reason to believe that persons advertising "
            "pre-paid home heating oil contracts through the accounts listed below have engaged in unfair or "
            "deceptive practices. You are directed to produce the documents listed in Schedule A within thirty "
            "(30) days of service of this demand.",
            "Dated at Augusta, Maine, November 13, 2026. Aaron M. Frey-Lindqvist, Assistant Attorney General",
        ],
        [
            [
                ["Schedule A", ""],
                [
                    "1",
                    "Subscriber identity, contact details and payment records of @downeast_heat_deals and the "
                    "page https://social.example.com/pages/PineTreeOilSavers",
                ],
                ["2", "All advertising purchase records for those accounts, 09/01/2025 to present"],
            ]
        ],
        heading="Civil Investigative Demand",
    )
    return make(
        "008-maine-ag-cid-odt",
        "Maine Attorney General civil investigative demand (.odt) under 5 M.R.S. § 211: identity, payment and "
        "ad-purchase records of an @handle and a page URL; 30 days from service; heating-oil scam.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 M.R.S. § 211", "Maine Unfair Trade Practices Act"),
            "requester.name": any_of(
                "Maine Office of the Attorney General",
                "State of Maine, Office of the Attorney General",
                "Maine Attorney General, Consumer Protection Division",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "aaron.freylindqvist@maine.gov",
            "requester.verified": True,
            "requester.signer": "Aaron M. Frey-Lindqvist",
            "requester.signer_title": "Assistant Attorney General",
            "targets": any_of(
                ["downeast_heat_deals", "https://social.example.com/pages/PineTreeOilSavers"],
                ["downeast_heat_deals", "PineTreeOilSavers"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("unfair or deceptive practices", "heating oil", None),
            "date_range": any_of(None, {"start": "2025-09-01", "end": "2026-11-16"}),
            "served_at": served(date),
            "return_by": any_of("2026-12-16T17:00:00-05:00", "2026-12-16T23:59:59-05:00"),
            "case_number": any_of("CPD-2026-061", "Civil Investigative Demand No. CPD-2026-061"),
        },
        sender="Frey-Lindqvist, Aaron <aaron.freylindqvist@maine.gov>",
        subject="Civil Investigative Demand CPD-2026-061",
        date=date,
        message_id="<0d1e2f@maine.gov>",
        text="Counsel: the attached CID is served by e-mail per your published policy. Please confirm receipt.\n\n"
        "Aaron M. Frey-Lindqvist\nAssistant Attorney General, Consumer Protection Division\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "CID CPD-2026-061.odt")],
        dkim="maine.gov",
    )


MSP_SCAN = """\
# COMMONWEALTH OF MASSACHUSETTS
# FRAMINGHAM DISTRICT COURT
# SEARCH WARRANT  (G.L. c. 276, §§ 1-7)
Docket No. 2649SW0212

TO THE SHERIFFS OF OUR SEVERAL COUNTIES OR THEIR DEPUTIES, ANY STATE POLICE OFFICER, OR ANY CONSTABLE
OR POLICE OFFICER OF ANY CITY OR TOWN, WITHIN OUR COMMONWEALTH, and, per G.L. c. 276, § 1B, to
Social Example, Inc.:

Proof by affidavit having been made this day by Trooper Siobhan K. Dolan-Reyes of the Massachusetts State
Police, you are commanded to search for: records of the account @metrowest_moves and the account linked
to phone number (508) 555-0184, for the period 09/01/2026 through 11/08/2026, namely subscriber
information, all private messages and attachments, and all location data.

Records shall be produced within fourteen (14) days of service.

The Court further orders that the provider not disclose this warrant to the subscriber for 90 days from
the date hereof.

Date of issue: November 9, 2026          /s/ Hon. Patrick J. Coughlin-Baez, First Justice
"""


def msp_warrant_scan() -> Message:
    date = when(2026, 11, 10, 15, 45, 30, -5)
    return make(
        "009-msp-warrant-scan",
        "Massachusetts State Police trooper serves a Framingham District Court search warrant as an image-only "
        "scan (G.L. c. 276 § 1B): subscriber data, private messages and location of an @handle and a phone "
        "number, 09/01-11/08/2026, 14 days, 90-day non-disclosure order.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "G.L. c. 276, § 1B", "G.L. c. 276, §§ 1-7"),
            "requester.name": any_of("Massachusetts State Police", "MSP"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "siobhan.dolan-reyes@mass.gov",
            "requester.verified": True,
            "requester.signer": any_of("Siobhan K. Dolan-Reyes", "Patrick J. Coughlin-Baez"),
            "requester.signer_title": any_of("Trooper", "First Justice"),
            "targets": any_of(
                ["metrowest_moves", "+15085550184"],
                ["metrowest_moves", "(508) 555-0184"],
                ["metrowest_moves", "508-555-0184"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "date_range": {"start": "2026-09-01", "end": "2026-11-08"},
            "served_at": served(date),
            "return_by": any_of("2026-11-24T17:00:00-05:00", "2026-11-24T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-02-07T23:59:59-05:00", "2027-02-06T23:59:59-05:00"),
            "case_number": "2649SW0212",
            "issuing_court": any_of(
                "Framingham District Court", "Commonwealth of Massachusetts, Framingham District Court"
            ),
        },
        sender="Dolan-Reyes, Siobhan (POL) <siobhan.dolan-reyes@mass.gov>",
        subject="SW 2649SW0212 - scan attached",
        date=date,
        message_id="<MN2PR-MSP-0212@mass.gov>",
        text="Attached please find a signed search warrant. Thank you,\nTpr. S. Dolan-Reyes\nMSP Cyber Crime Unit\n",
        attachments=[(scan([MSP_SCAN], skew=0.7, noise=0.0004, seed=51), "application", "pdf", "scan0041.pdf")],
        dkim="mass.gov",
    )


def washoe_preservation_extension_reply() -> Message:
    date = when(2026, 11, 30, 8, 12, 0, -8)
    text = """\
Hello, yes please extend the preservation for another 90 days as allowed under 2703(f)(2). We are still
waiting on the DA's office for the warrant.

Det. Marisol Etcheverry-Quinn
Washoe County Sheriff's Office, Major Crimes
775-555-0107

On Tue, Sep 1, 2026 at 10:02 AM Legal Process <legal-process@dueprocess.local> wrote:
> We confirm preservation of the account tahoe.blackjack.king@example.com until November 30, 2026.
> Reference LP-26-18812.
>
> > On Tue, Sep 1, 2026 Etcheverry-Quinn, Marisol wrote:
> > Please preserve all records for tahoe.blackjack.king@example.com (card skimming case WC26-9033).
"""
    return make(
        "010-washoe-preservation-extension-reply",
        "Washoe County (NV) Sheriff detective replies on the platform's confirmation (nested quote) asking for the "
        "90-day § 2703(f)(2) extension of a preservation for an e-mail-address account.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("2703(f)(2)", "18 U.S.C. § 2703(f)(2)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Washoe County Sheriff's Office", "Washoe County Sheriff's Office, Major Crimes"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "metcheverryquinn@washoecounty.gov",
            "requester.verified": True,
            "requester.signer": "Marisol Etcheverry-Quinn",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["tahoe.blackjack.king@example.com"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "card skimming"),
            "served_at": served(date),
            "case_number": any_of("WC26-9033", "LP-26-18812", None),
        },
        sender="Etcheverry-Quinn, Marisol <metcheverryquinn@washoecounty.gov>",
        subject="RE: Preservation confirmed - LP-26-18812",
        date=date,
        message_id="<WCSO-MEQ-1130@washoecounty.gov>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-18812@dueprocess.local>")],
        dkim="washoecounty.gov",
    )


def albuquerque_pd_forwarded_warrant() -> Message:
    date = when(2026, 11, 13, 9, 58, 17, -7)
    text = """\
Forwarding for Det. Lujan, who is in training today. Please send results to him directly.

Regina Tapia-Sandoval
Records Unit, Albuquerque Police Department

---------- Forwarded message ---------
From: Lujan, Esteban <elujan@cabq.gov>
Date: Thu, Nov 12, 2026 at 5:41 PM
Subject: search warrant - rio_grande_rider
To: Tapia-Sandoval, Regina <rtapiasandoval@cabq.gov>

STATE OF NEW MEXICO, COUNTY OF BERNALILLO, SECOND JUDICIAL DISTRICT COURT
SEARCH WARRANT No. D-202-SW-2026-01877

To Social Example, Inc.: you are commanded to produce, no later than 11/25/2026, for the account
"rio_grande_rider" (display name Rio Grande Rider): subscriber information, e-mail addresses and phone
numbers, and IP log-in history from 10/01/2026 to 11/11/2026, relating to the armed robbery of a
cannabis dispensary on 10/27/2026.

Issued 11/12/2026 by /s/ Hon. Celestina Archuleta-Boyd, District Judge
Affiant: Detective Esteban Lujan, APD Robbery Unit
"""
    return make(
        "011-albuquerque-pd-forwarded-warrant",
        "Albuquerque PD records clerk forwards her detective's mail with a New Mexico district court search "
        "warrant typed in: subscriber data and IP history of a user name, 10/01-11/11/2026, due 11/25/2026.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Albuquerque Police Department", "APD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("rtapiasandoval@cabq.gov", "elujan@cabq.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Esteban Lujan", "Celestina Archuleta-Boyd"),
            "requester.signer_title": any_of("Detective", "Det.", "District Judge"),
            "targets": ["rio_grande_rider"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("armed robbery", "armed robbery of a cannabis dispensary"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-11"},
            "served_at": any_of(served(date), "2026-11-12T17:41:00-07:00"),
            "return_by": any_of("2026-11-25T17:00:00-07:00", "2026-11-25T23:59:59-07:00"),
            "case_number": "D-202-SW-2026-01877",
            "issuing_court": any_of(
                "Second Judicial District Court", "Second Judicial District Court, County of Bernalillo"
            ),
        },
        sender="Tapia-Sandoval, Regina <rtapiasandoval@cabq.gov>",
        subject="Fwd: search warrant - rio_grande_rider",
        date=date,
        message_id="<APD-REC-1113-0958@cabq.gov>",
        text=text,
        dkim="cabq.gov",
    )


def vipd_emergency_missing_person() -> Message:
    date = when(2026, 11, 28, 3, 10, 44, -4)
    text = """\
URGENT - EXIGENT CIRCUMSTANCES

Virgin Islands Police Department, St. Croix District, Criminal Investigation Bureau
Sgt. Delroy A. Hendricks-Petersen, cell 340-555-0129

A 19-year-old woman, Kareem Liburd's girlfriend, has been missing since 6pm yesterday after telling her
sister Kareem Liburd was "going to kill her tonight". Liburd uses your service under his own name and the
phone number 340-555-0177. We need his subscriber info, phone/email on file, last log-in IPs and any
location data for the past 24 hours, to find her alive.

This is an emergency involving risk of death. Please call me.
Sgt. D. Hendricks-Petersen
"""
    return make(
        "012-vipd-emergency-missing-person",
        "U.S. Virgin Islands Police (St. Croix) emergency request at 03:10: a woman missing after a death threat; "
        "subscriber data, IPs and 24 h of location for an account given by a bare name and phone number.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": any_of("Virgin Islands Police Department", "VIPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "delroy.hendricks-petersen@vi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Delroy A. Hendricks-Petersen", "D. Hendricks-Petersen"),
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": any_of(
                ["Kareem Liburd", "+13405550177"],
                ["Kareem Liburd", "340-555-0177"],
                ["+13405550177"],
                ["340-555-0177"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "missing person", "threat to kill"),
            "date_range": any_of(None, {"start": "2026-11-27", "end": "2026-11-28"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "missing"},
        },
        sender="Hendricks-Petersen, Delroy <delroy.hendricks-petersen@vi.gov>",
        subject="URGENT exigent request - missing woman",
        date=date,
        message_id="<VIPD-STX-1128-0310@vi.gov>",
        text=text,
        dkim="vi.gov",
    )


MESSAGES = [
    usao_dmt_2703d_180_day_gag,
    usao_dgu_grand_jury_pdf,
    usao_wdmi_pen_register_html,
    fbi_albuquerque_warrant_docx,
    dol_oig_subpoena_pdf,
    blm_preservation_terse,
    uscp_emergency_threat,
    maine_ag_cid_odt,
    msp_warrant_scan,
    washoe_preservation_extension_reply,
    albuquerque_pd_forwarded_warrant,
    vipd_emergency_missing_person,
]

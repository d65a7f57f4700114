"""United States demands, part 1: federal districts and agencies. Sender domains from CISA's .gov list;
people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout10._kit import Message, any_of, day_end, docx_file, make, pdf, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
USAO = "United States Attorney's Office"


def usao_sdin_2703d_one_year_gag() -> Message:
    date = when(2026, 10, 14, 10, 5, 12, -4)
    text = """\
Good morning,

Please see the order below, entered yesterday in the Southern District of Indiana. Kindly produce the
responsive records within fourteen (14) days of receipt of this e-mail via your law enforcement portal or
to me directly.

-----
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF INDIANA
INDIANAPOLIS DIVISION

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                          Cause No. 1:26-mj-00874-MJD

ORDER

This matter having come before the Court on the Government's application, the Court finds that the
applicant has offered specific and articulable facts showing that there are reasonable grounds to believe
that the records sought are relevant and material to an ongoing criminal investigation (18 U.S.C. § 1343).

IT IS ORDERED that Social Example, Inc. shall, for the account "hoosier.flips.317" (user ID 80311745502),
for the period April 1, 2026 through October 1, 2026, disclose: (1) the subscriber's name, addresses,
telephone numbers and e-mail addresses; (2) records of session times and the IP addresses used to log in;
(3) the user names of accounts with which the account exchanged direct messages (not content).

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that Social Example, Inc. shall not notify any person,
including the subscriber, of the existence of this Order for a period of one (1) year from the date of this
Order.

SO ORDERED this 13th day of October, 2026.
                                   /s/ Mario J. Delacroix-Hunt
                                   United States Magistrate Judge
-----

Regards,
Renata Okafor-Lindqvist
Assistant United States Attorney
U.S. Attorney's Office, Southern District of Indiana
10 West Market Street, Suite 2100, Indianapolis, IN 46204
"""
    return make(
        "001-usao-sdin-2703d-one-year-gag",
        "USAO S.D. Indiana serves a § 2703(d) order typed in the body: subscriber data, log-in IPs and DM "
        "counterparties of one account for 04/01-10/01/2026; 14 days from receipt; one-year § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "U.S. Attorney's Office, Southern District of Indiana",
                "United States Attorney's Office for the Southern District of Indiana",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Renata.Okafor-Lindqvist@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Renata Okafor-Lindqvist", "Mario J. Delacroix-Hunt"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": any_of(["hoosier.flips.317"], ["hoosier.flips.317", "80311745502"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "18 U.S.C. § 1343", "wire fraud"),
            "date_range": {"start": "2026-04-01", "end": "2026-10-01"},
            "served_at": served(date),
            "return_by": day_end("2026-10-28", "-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of(
                "2027-10-13T23:59:59-04:00", "2027-10-13T17:00:00-04:00", "2027-10-12T23:59:59-04:00"
            ),
            "case_number": "1:26-mj-00874-MJD",
            "issuing_court": any_of(
                "United States District Court, Southern District of Indiana",
                "United States District Court for the Southern District of Indiana",
            ),
        },
        sender="Okafor-Lindqvist, Renata (USAINS) <Renata.Okafor-Lindqvist@usdoj.gov>",
        subject="2703(d) Order - Cause No. 1:26-mj-00874-MJD",
        date=date,
        message_id="<CH3PR09MB77125@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_edky_grand_jury_pdf_only() -> Message:
    date = when(2026, 11, 18, 14, 31, 0, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
Eastern District of Kentucky

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to
testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court
officer allows you to leave.

Place: U.S. Courthouse, 35 West 5th Street, Covington, KY 41011        Date and Time: 12/09/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects:
  All subscriber information for the account(s) associated with telephone number (859) 555-0187, including
  name, address, e-mail addresses, account creation date and IP address, and means and source of payment.
  In lieu of appearance, records may be produced electronically to the AUSA below by the date above.

Date: 11/17/2026                                    CLERK OF COURT
                                                    /s/ D. Whitfield-Arce, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Calvin T. Brandeis-Moore, AUSA, 260 W. Vine Street, Suite 300, Lexington, KY 40507
calvin.brandeis-moore@usdoj.gov  (859) 555-0140           Grand Jury No. 26-GJ-0311
"""
    return make(
        "002-usao-edky-grand-jury-pdf-only",
        "USAO E.D. Kentucky grand jury subpoena as a PDF with no body text: subscriber data for a phone number, "
        "appear (or produce) 12/09/2026 9:00 am in Covington; no gag.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the Eastern District of Kentucky",
                "U.S. Attorney's Office, Eastern District of Kentucky",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "calvin.brandeis-moore@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Calvin T. Brandeis-Moore", "D. Whitfield-Arce"),
            "requester.signer_title": any_of("AUSA", "Assistant United States Attorney", "Deputy Clerk"),
            "targets": any_of(["+18595550187"], ["(859) 555-0187"], ["8595550187"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-12-09T09:00:00-05:00",
            "case_number": any_of("26-GJ-0311", "Grand Jury No. 26-GJ-0311"),
            "issuing_court": any_of(
                "United States District Court for the Eastern District of Kentucky",
                "United States District Court, Eastern District of Kentucky",
            ),
        },
        sender="Brandeis-Moore, Calvin (USAKYE) <calvin.brandeis-moore@usdoj.gov>",
        subject="Grand Jury Subpoena",
        date=date,
        message_id="<DM6PR09MB4410C@usdoj.gov>",
        attachments=[(pdf(subpoena), "application", "pdf", "GJ Subpoena 26-GJ-0311.pdf")],
        dkim="usdoj.gov",
    )


NSL_JPEG = """\
# U.S. Department of Justice
# Federal Bureau of Investigation
Louisville Field Office, 12401 Sycamore Station Place, Louisville, KY 40299

October 20, 2026

Social Example, Inc.
Attn: Custodian of Records

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to Title 18,
United States Code (U.S.C.), Section 2709, you are hereby directed to provide the Federal Bureau
of Investigation (FBI) the name, address, and length of service of the subscriber(s) of the account
associated with the e-mail address riverbend.falcon@example.net, for the period from
January 1, 2026 to present. Please do not provide the content of any communications.

In accordance with 18 U.S.C. 2709(b), I certify that the information sought is relevant to an
authorized investigation to protect against international terrorism or clandestine intelligence
activities, and that such an investigation of a United States person is not conducted solely on
the basis of activities protected by the first amendment of the Constitution of the United States.

In accordance with 18 U.S.C. 2709(c)(1), I certify that the absence of a prohibition of disclosure
may result in a danger to the national security of the United States. Accordingly, 18 U.S.C. 2709(c)
prohibits you, or any officer, employee, or agent of yours, from disclosing to any person that the
FBI has sought or obtained access to information under this letter. You have a right to challenge
this letter and its nondisclosure requirement (18 U.S.C. 3511).

Please provide the records within fourteen (14) calendar days of receipt, by personal delivery
or secure transfer to the FBI Louisville Field Office.

Sincerely,
Harlan J. Quist-Ebanks
Special Agent in Charge
"""


def fbi_louisville_nsl_jpeg() -> Message:
    date = when(2026, 10, 21, 11, 2, 30, -4)
    text = """\
Custodian of Records:

Attached is a National Security Letter for your action (photo of the signed original). The original is
being sent by FedEx. Please contact me with any questions.

SSA Meredith Oyelaran-Fisk
FBI Louisville | (502) 555-0166
"""
    return make(
        "003-fbi-louisville-nsl-jpeg",
        "FBI Louisville serves a National Security Letter as a JPEG photo: name, address and length of service for "
        "an e-mail address since 01/01/2026; § 2709(c) nondisclosure certification; 14 calendar days.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709"),
            "requester.name": any_of(
                "Federal Bureau of Investigation", "FBI Louisville Field Office", "FBI Louisville"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "moyelaranfisk@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harlan J. Quist-Ebanks", "Meredith Oyelaran-Fisk"),
            "requester.signer_title": any_of("Special Agent in Charge", "SSA", "Supervisory Special Agent"),
            "targets": ["riverbend.falcon@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "date_range": any_of(
                None, {"start": "2026-01-01", "end": "2026-10-20"}, {"start": "2026-01-01", "end": "2026-10-21"}
            ),
            "served_at": served(date),
            # 14 calendar days from receipt (10/21) = 11/04, after the end of daylight saving time
            "return_by": day_end("2026-11-04", "-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        sender="Oyelaran-Fisk, Meredith (LS) (FBI) <moyelaranfisk@fbi.gov>",
        subject="NSL - action requested",
        date=date,
        message_id="<LS-NSL-20261021-0044@fbi.gov>",
        text=text,
        attachments=[(scan_jpeg(NSL_JPEG, skew=-0.6, seed=103), "image", "jpeg", "IMG_4471.jpg")],
        dkim="fbi.gov",
    )


def nasa_oig_subpoena_docx() -> Message:
    date = when(2026, 9, 15, 9, 40, 0, -5)
    document = docx_file(
        [
            ("h", "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION - OFFICE OF INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM"),
            ("p", "OIG Subpoena No. 2026-JS-017"),
            (
                "p",
                "To: Custodian of Records, Social Example, Inc. You are hereby commanded to produce the records "
                "described below to Special Agent Yolanda Restrepo-Hale, NASA Office of Inspector General, 2101 NASA "
                "Parkway, Houston, Texas 77058, on or before October 2, 2026. This subpoena is issued under the "
                "authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection "
                "with an investigation of false claims and contract fraud involving a NASA subcontractor.",
            ),
            ("t", "Account|@orbitalfab_parts"),
            (
                "t",
                "Records|Subscriber name, postal address, telephone numbers, e-mail addresses, date of account "
                "creation and the method of payment for any paid services",
            ),
            ("t", "Period|January 1, 2025 to the present"),
            (
                "p",
                "Issued at Washington, D.C., this 14th day of September, 2026. /s/ Gordon F. Achterberg-Liu, "
                "Inspector General",
            ),
        ],
        author="NASA OIG",
    )
    text = """\
Hello,

The attached Inspector General subpoena is served on Social Example by e-mail per your published
guidelines. Please note the return date of October 2, 2026. Records may be returned to me electronically.

Yolanda Restrepo-Hale
Special Agent, NASA Office of Inspector General, Houston
"""
    return make(
        "004-nasa-oig-subpoena-docx",
        "NASA OIG Inspector General subpoena (.docx with a table): subscriber and payment data of an @handle "
        "since 01/01/2025, contract-fraud investigation, return October 2, 2026 (Houston).",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "5 U.S.C. 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "NASA Office of Inspector General",
                "National Aeronautics and Space Administration - Office of Inspector General",
                "National Aeronautics and Space Administration",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "yolanda.restrepo-hale@oig.nasa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gordon F. Achterberg-Liu", "Yolanda Restrepo-Hale"),
            "requester.signer_title": any_of("Inspector General", "Special Agent"),
            "targets": ["orbitalfab_parts"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("false claims and contract fraud", "contract fraud", "false claims"),
            "date_range": any_of(
                None, {"start": "2025-01-01", "end": "2026-09-14"}, {"start": "2025-01-01", "end": "2026-09-15"}
            ),
            "served_at": served(date),
            "return_by": day_end("2026-10-02", "-05:00"),
            "case_number": "2026-JS-017",
        },
        sender="Restrepo-Hale, Yolanda (OIG-JSC) <yolanda.restrepo-hale@oig.nasa.gov>",
        subject="OIG Subpoena 2026-JS-017",
        date=date,
        message_id="<oig-js017-0915@oig.nasa.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "OIG_Subpoena_2026-JS-017.docx")],
        dkim="nasa.gov",
    )


def fps_emergency_federal_building() -> Message:
    date = when(2026, 11, 3, 2, 14, 9, -6)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) / (c)(4)

At 0105 CST today the user of account @kcmo_reckoner posted that he will "bring the whole thing down" at the
Richard Bolling Federal Building, 601 E. 12th Street, Kansas City, MO, "at 9 when the lines open", with a
photo of what appears to be a pipe bomb. The building opens to the public at 0800 and houses ~3,000 federal
employees and visitors. We believe there is an imminent danger of death or serious physical injury.

Requested immediately: subscriber information (name, e-mail, phone) and the IP addresses used to access the
account in the last 72 hours, with timestamps.

Call me on my cell (816) 555-0193 to verify. Legal process will follow if required.

Inspector Davis Kwarteng-Boyle
Federal Protective Service, Region 6 (Kansas City)
U.S. Department of Homeland Security
"""
    return make(
        "005-fps-emergency-federal-building",
        "Federal Protective Service (DHS) emergency request at 2 a.m.: bomb threat against a federal building in "
        "Kansas City; subscriber data and 72 hours of IPs; asks for a phone call to verify.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(b)(8)", "18 U.S.C. 2702(b)(8) / (c)(4)", "18 U.S.C. § 2702"),
            "requester.name": any_of(
                "Federal Protective Service", "U.S. Department of Homeland Security", "Department of Homeland Security"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "davis.kwarteng-boyle@fps.dhs.gov",
            "requester.verified": True,
            "requester.signer": "Davis Kwarteng-Boyle",
            "requester.signer_title": "Inspector",
            "targets": ["kcmo_reckoner"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "bomb threat"),
            "date_range": any_of(None, {"start": "2026-10-31", "end": "2026-11-03"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "pipe bomb"},
        },
        sender="Kwarteng-Boyle, Davis <davis.kwarteng-boyle@fps.dhs.gov>",
        subject="EMERGENCY - threat to federal building - @kcmo_reckoner",
        date=date,
        message_id="<fps-r6-edr-1103-0214@fps.dhs.gov>",
        text=text,
        headers=[("Importance", "high"), ("X-Priority", "1")],
        dkim="dhs.gov",
    )


def nps_isb_preservation_terse() -> Message:
    date = when(2026, 9, 8, 16, 55, 0, -6)
    text = """\
Please preserve pursuant to 18 USC 2703(f) for 90 days all records for account @canyonlands_drone_guy
(subscriber info, IP logs, posts, messages, photos/videos). Unlawful drone flights / wildlife harassment,
Canyonlands NP. Warrant to follow.

SA Pita Hollowell, NPS Investigative Services Branch, Lakewood CO
ISB Case 26-0419
"""
    return make(
        "006-nps-isb-preservation-terse",
        "National Park Service ISB agent's terse § 2703(f) preservation request for one @handle, 90 days, "
        "warrant to follow.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of(
                "NPS Investigative Services Branch",
                "National Park Service",
                "National Park Service Investigative Services Branch",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "pita_hollowell@nps.gov",
            "requester.verified": True,
            "requester.signer": "Pita Hollowell",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": ["canyonlands_drone_guy"],
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "PUBLIC_CONTENT"],
            ),
            "stated_purpose": any_of(None, "Unlawful drone flights / wildlife harassment"),
            "served_at": served(date),
            "case_number": any_of("26-0419", "ISB Case 26-0419"),
        },
        sender="Hollowell, Pita <pita_hollowell@nps.gov>",
        subject="2703(f) preservation",
        date=date,
        message_id="<CAFq7Zr0isb26-0419@nps.gov>",
        text=text,
        dkim="nps.gov",
    )


def usao_dco_pen_register_html() -> Message:
    date = when(2026, 10, 6, 15, 20, 44, -6)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Counsel,</p>
<p>Please find below the operative language of a pen register / trap and trace order entered today in the
<b>District of Colorado</b> (Case No. <b>26-sw-01187-STV</b>, under seal). A certified copy is available to your
compliance team on request.</p>
<blockquote>
<p>Upon application of the United States under 18 U.S.C. &sect;&sect; 3122 and 3123, the Court finds that the
information likely to be obtained is relevant to an ongoing criminal investigation of the distribution of
fentanyl (21 U.S.C. &sect; 841).</p>
<p>IT IS ORDERED that Social Example, Inc. shall install and use a pen register and trap and trace device on the
account with user ID <b>57720190341</b> (display name &quot;frontrange_candy&quot;) to record, in real time, the
date, time, IP address and port of each log-in, and the user IDs of senders and recipients of its direct
messages, but not the contents of any communication, for a period of sixty (60) days.</p>
<p>IT IS FURTHER ORDERED that this Order is sealed and that Social Example, Inc. shall not disclose the existence
of the pen register, this Order or the investigation to the subscriber or any other person until further order of
the Court. 18 U.S.C. &sect; 3123(d).</p>
<p>Dated: October 6, 2026 &nbsp;&nbsp; S/ Sara T. Varga-Nwosu, United States Magistrate Judge</p>
</blockquote>
<p>Technical contact: TFO Jared Eklund, DEA Denver, (303) 555-0127.</p>
<p>Ines Baptiste-Kowal<br>Assistant United States Attorney<br>District of Colorado<br>1801 California St., Suite 1600,
Denver, CO 80202</p>
</body></html>
"""
    return make(
        "007-usao-dco-pen-register-html",
        "USAO District of Colorado serves a sealed pen register / trap and trace order (HTML, no table) on a user "
        "ID: 60 days of real-time log-in and DM routing data; § 3123(d) seal until further order.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. §§ 3122 and 3123", "18 U.S.C. § 3123", "18 U.S.C. 3123"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Colorado",
                "U.S. Attorney's Office, District of Colorado",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Ines.Baptiste-Kowal@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Ines Baptiste-Kowal", "Sara T. Varga-Nwosu"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": any_of(["57720190341"], ["57720190341", "frontrange_candy"]),
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of(None, "distribution of fentanyl", "21 U.S.C. § 841"),
            "date_range": any_of(None, {"start": "2026-10-06", "end": "2026-12-05"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "26-sw-01187-STV",
            "issuing_court": any_of(
                "United States District Court for the District of Colorado",
                "U.S. District Court, District of Colorado",
                "District of Colorado",
            ),
        },
        sender="Baptiste-Kowal, Ines (USACO) <Ines.Baptiste-Kowal@usdoj.gov>",
        subject="SEALED - PR/TT Order 26-sw-01187-STV",
        date=date,
        message_id="<SJ0PR09MB66120@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def fbi_springfield_warrant_html_table() -> Message:
    date = when(2026, 11, 20, 13, 45, 0, -6)
    html = """\
<html><body>
<p>Social Example Legal Response Team,</p>
<p>The FBI Springfield Field Office serves the attached-below federal search warrant (Central District of Illinois).
Summary:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Case number</th><td>26-MJ-3094</td></tr>
<tr><th align="left">Issuing court</th><td>United States District Court, Central District of Illinois (Springfield)</td></tr>
<tr><th align="left">Judge</th><td>Hon. Karen L. Oduya-Marsh, U.S. Magistrate Judge (issued 11/19/2026 at 4:12 p.m.)</td></tr>
<tr><th align="left">Account(s)</th><td>@prairie.state.kicks ; @psk_backup2</td></tr>
<tr><th align="left">Time period</th><td>July 1, 2026 - November 18, 2026</td></tr>
<tr><th align="left">Items to be disclosed</th><td>Subscriber information; all private messages, including attachments;
stored photos and videos; IP log-in history; location data associated with the accounts</td></tr>
<tr><th align="left">Offense</th><td>18 U.S.C. &sect; 2251 (sexual exploitation of children)</td></tr>
<tr><th align="left">Production due</th><td>Within 10 days of service</td></tr>
</table>
<p>No nondisclosure order has been sought; however we would appreciate a heads-up before any user notice.</p>
<p>SA Bettina Halloran-Ruiz<br>FBI Springfield, 900 E. Linton Ave., Springfield, IL 62703<br>(217) 555-0108</p>
</body></html>
"""
    return make(
        "008-fbi-springfield-warrant-html-table",
        "FBI Springfield serves a C.D. Ill. search warrant as an HTML table: subscriber, messages, media, IP logs and "
        "location for two @handles, 07/01-11/18/2026, 10 days from service; no NDO, only an informal courtesy ask.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Fed. R. Crim. P. 41", "18 U.S.C. § 2703"),
            "requester.name": any_of(
                "Federal Bureau of Investigation", "FBI Springfield Field Office", "FBI Springfield"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "bhalloranruiz@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Bettina Halloran-Ruiz", "Karen L. Oduya-Marsh"),
            "requester.signer_title": any_of("SA", "Special Agent", "U.S. Magistrate Judge"),
            "targets": ["prairie.state.kicks", "psk_backup2"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("sexual exploitation of children", "18 U.S.C. § 2251"),
            "date_range": {"start": "2026-07-01", "end": "2026-11-18"},
            "served_at": served(date),
            "return_by": day_end("2026-11-30", "-06:00"),
            # "we would appreciate a heads-up": a courtesy ask, not a request to withhold notice
            "nondisclosure.present": any_of(False, True),
            "nondisclosure.kind": any_of(None, "LETTER_REQUEST"),
            "case_number": "26-MJ-3094",
            "issuing_court": any_of(
                "United States District Court, Central District of Illinois",
                "United States District Court for the Central District of Illinois",
            ),
        },
        sender="Halloran-Ruiz, Bettina (SI) (FBI) <bhalloranruiz@fbi.gov>",
        subject="Search Warrant 26-MJ-3094 (C.D. Ill.)",
        date=date,
        message_id="<SI-SW-26MJ3094-1120@fbi.gov>",
        html=html,
        dkim="fbi.gov",
    )


def usao_ndia_2703d_until_further_order_pdf() -> Message:
    date = when(2026, 12, 1, 11, 18, 0, -6)
    order = """\
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF IOWA
CEDAR RAPIDS DIVISION

IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER          No. 26-MJ-512-MAR
PURSUANT TO 18 U.S.C. § 2703(d)                              FILED UNDER SEAL

ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court
issue an Order requiring Social Example, Inc., an electronic communications service provider located in
San Francisco, California, to disclose the records and other information described in Attachment A.

ATTACHMENT A
Account: cornbelt_courier (and any account linked to the e-mail address cbcourier1996@example.com)
Records: (a) subscriber names, addresses, telephone numbers, e-mail addresses; (b) all connection logs,
IP addresses and device identifiers; (c) account activity logs. Period: 09/01/2026 - 11/25/2026.
No content of communications is to be disclosed.

IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of the application or this
Order to the listed subscriber or to any other person, unless and until otherwise authorized to do so by the
Court. 18 U.S.C. § 2705(b).

Records to be provided within 10 days of receipt of this Order.

Date: November 30, 2026                  Mark A. Rousseau-Eide
                                         Chief United States Magistrate Judge
"""
    text = """\
Please see attached 2703(d) order, No. 26-MJ-512-MAR. Investigation concerns a stolen-firearms ring.
Return to me at this address. Thank you.

Tamsin Adeyemi-Crowe | AUSA | N.D. Iowa | 111 7th Ave SE, Box 1, Cedar Rapids, IA 52401
"""
    return make(
        "009-usao-ndia-2703d-until-further-order-pdf",
        "USAO N.D. Iowa serves a § 2703(d) order as a PDF: subscriber, connection and activity logs for an "
        "account and any linked to an e-mail, 09/01-11/25/2026, 10 days from receipt; § 2705(b) gag with no end.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the Northern District of Iowa",
                "U.S. Attorney's Office, Northern District of Iowa",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Tamsin.Adeyemi-Crowe@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Tamsin Adeyemi-Crowe", "Mark A. Rousseau-Eide"),
            "requester.signer_title": any_of("AUSA", "Chief United States Magistrate Judge"),
            "targets": any_of(["cornbelt_courier", "cbcourier1996@example.com"], ["cornbelt_courier"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "stolen-firearms ring"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-25"},
            "served_at": served(date),
            "return_by": day_end("2026-12-11", "-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "26-MJ-512-MAR",
            "issuing_court": any_of(
                "United States District Court for the Northern District of Iowa",
                "U.S. District Court, Northern District of Iowa",
            ),
        },
        sender="Adeyemi-Crowe, Tamsin (USAIAN) <Tamsin.Adeyemi-Crowe@usdoj.gov>",
        subject="Order - 26-MJ-512-MAR",
        date=date,
        message_id="<MN2PR09MB51204@usdoj.gov>",
        text=text,
        attachments=[(pdf(order), "application", "pdf", "26-MJ-512 Order.pdf")],
        dkim="usdoj.gov",
    )


def usao_dut_grand_jury_forwarded() -> Message:
    date = when(2026, 11, 30, 9, 7, 0, -7)
    text = """\
Hi - forwarding on behalf of AUSA Lindgren, who is in trial this week. Please direct questions to me.

Thanks,
Maren Tuilagi-Stroud
Legal Assistant, Criminal Division
U.S. Attorney's Office, District of Utah

-----Original Message-----
From: Lindgren, Caspar (USAUT) <Caspar.Lindgren@usdoj.gov>
Sent: Wednesday, November 25, 2026 4:52 PM
To: Tuilagi-Stroud, Maren (USAUT) <Maren.Tuilagi-Stroud@usdoj.gov>
Subject: GJ subpoena - Social Example

Maren, please send this to Social Example on Monday.

UNITED STATES DISTRICT COURT, DISTRICT OF UTAH
SUBPOENA TO TESTIFY BEFORE A GRAND JURY              GJ No. 2026R00917

To: Social Example, Inc., Custodian of Records
Place: Orrin G. Hatch U.S. Courthouse, 351 South West Temple, Salt Lake City, UT 84101
Date and Time: December 16, 2026, 9:00 a.m.

Documents to bring: for the account @wasatch.ticket.swap - subscriber name, address, e-mail address,
telephone number, account creation date and IP, and the dates, times and IP addresses of log-ins from
March 1, 2026 through November 20, 2026. Business-records declaration in lieu of appearance accepted.

Date: 11/24/2026            CLERK OF COURT   s/ Aubree Nakashima, Deputy Clerk
Requested by: Caspar Lindgren, Assistant United States Attorney, 111 South Main Street, Suite 1800, SLC, UT
"""
    return make(
        "010-usao-dut-grand-jury-forwarded",
        "USAO District of Utah legal assistant forwards an AUSA's internal mail with a grand jury subpoena typed "
        "in: subscriber data and log-in IPs of one @handle 03/01-11/20/2026, appear December 16, 2026 9:00 a.m.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "U.S. Attorney's Office, District of Utah",
                "United States Attorney's Office for the District of Utah",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": any_of("Maren.Tuilagi-Stroud@usdoj.gov", "Caspar.Lindgren@usdoj.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Caspar Lindgren", "Maren Tuilagi-Stroud", "Aubree Nakashima"),
            "requester.signer_title": any_of("Assistant United States Attorney", "Legal Assistant", "Deputy Clerk"),
            "targets": ["wasatch.ticket.swap"],
            # log-in IPs: a subpoena can reach session records (2703(c)(2)(C)); the IP history reads as other records
            "data_categories": any_of(["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"], ["BASIC_SUBSCRIBER"]),
            "date_range": {"start": "2026-03-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": "2026-12-16T09:00:00-07:00",
            "case_number": any_of("2026R00917", "GJ No. 2026R00917"),
            "issuing_court": any_of(
                "United States District Court, District of Utah",
                "United States District Court for the District of Utah",
            ),
        },
        sender="Tuilagi-Stroud, Maren (USAUT) <Maren.Tuilagi-Stroud@usdoj.gov>",
        subject="FW: GJ subpoena - Social Example",
        date=date,
        message_id="<BL1PR09MB20077@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


MESSAGES = [
    usao_sdin_2703d_one_year_gag,
    usao_edky_grand_jury_pdf_only,
    fbi_louisville_nsl_jpeg,
    nasa_oig_subpoena_docx,
    fps_emergency_federal_building,
    nps_isb_preservation_terse,
    usao_dco_pen_register_html,
    fbi_springfield_warrant_html_table,
    usao_ndia_2703d_until_further_order_pdf,
    usao_dut_grand_jury_forwarded,
]

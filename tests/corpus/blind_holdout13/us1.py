"""United States demands, part 1: federal districts, agencies and inspectors general. Sender domains
from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout13._kit import Message, any_of, day_end, docx_file, make, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def usao(district: str) -> dict[str, list[str]]:
    return any_of(
        f"United States Attorney's Office for the {district}",
        f"U.S. Attorney's Office, {district}",
        "United States Attorney's Office",
    )


def usao_wdla_2703d_until_further_order() -> Message:
    date = when(2026, 10, 14, 10, 20, 11, -5)
    text = """\
Good morning,

Please find below the operative text of a 2703(d) order signed October 13, 2026 in Lafayette. Kindly produce
the responsive records within fourteen (14) days of receipt of this e-mail, by secure link to this address.

UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF LOUISIANA, LAFAYETTE DIVISION
IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
Misc. No. 6:26-mj-00214

IT IS ORDERED that Social Example, Inc. shall disclose, for the account "acadiana_crawfish_king" for the
period June 1, 2026 through September 30, 2026: subscriber names, addresses, telephone numbers and e-mail
addresses; and records of log-in IP addresses, dates and times, and device identifiers.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that Social Example, Inc. shall not notify any person of the
existence of this Order until further order of the Court.

                               Carol B. Whitehurst-Arceneaux, United States Magistrate Judge

Regards,
Jean-Luc Broussard
Assistant United States Attorney
Western District of Louisiana | 800 Lafayette Street, Suite 2200, Lafayette, LA 70501
"""
    return make(
        "001-usao-wdla-2703d-until-further-order",
        "USAO W.D. La. serves a § 2703(d) order in the body: subscriber and log-in records for four months, 14 days "
        "from receipt, § 2705(b) NDO until further order (indefinite).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": usao("Western District of Louisiana"),
            "requester.kind": "FEDERAL",
            "requester.email": "Jean-Luc.Broussard@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Jean-Luc Broussard", "Carol B. Whitehurst-Arceneaux"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": ["acadiana_crawfish_king"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "date_range": {"start": "2026-06-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": day_end("2026-10-28", "-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "6:26-mj-00214",
            "issuing_court": any_of(
                "United States District Court, Western District of Louisiana",
                "United States District Court for the Western District of Louisiana",
            ),
        },
        sender="Broussard, Jean-Luc (USALAW) <Jean-Luc.Broussard@usdoj.gov>",
        subject="Order 6:26-mj-00214 (2703(d)) - Social Example",
        date=date,
        message_id="<DM8PR09MB4410@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_sdwv_grand_jury_pdf() -> Message:
    date = when(2026, 11, 3, 15, 41, 0, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
Southern District of West Virginia

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to
testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court
officer allows you to leave.

Place: Robert C. Byrd United States Courthouse, 300 Virginia Street East, Charleston, WV 25301
Date and Time: 11/24/2026 9:00 am

You must also bring with you the following documents: subscriber information (name, address, telephone
number, e-mail address, account creation date and IP address at creation, method of payment) for the
account using the e-mail address kanawha.pillmill@example.com.

Date: 11/02/2026                           RORY L. PERRY-HAMMOND, CLERK OF COURT
Grand Jury Subpoena No. GJ-2026-1187       /s/ deputy clerk
The name, address, e-mail, and telephone number of the United States attorney who requests this subpoena:
Tessa M. Varney, Assistant United States Attorney, P.O. Box 1713, Charleston, WV 25326, (304) 555-0180
"""
    body = """\
Attached please find a federal grand jury subpoena. Production by e-mail before the date shown will be accepted
in lieu of appearance. The Government requests that you not disclose the existence of this subpoena to the
account holder, as disclosure could impede an ongoing investigation. No court order has been sought.

Tessa Varney | AUSA | SDWV
"""
    return make(
        "002-usao-sdwv-grand-jury-pdf",
        "USAO S.D. W. Va. grand jury subpoena (PDF) for subscriber data of an e-mail address, appear 11/24/2026 "
        "9:00 am; the cover mail asks (without a court order) not to tell the user.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": usao("Southern District of West Virginia"),
            "requester.kind": "FEDERAL",
            "requester.email": "Tessa.Varney@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Tessa M. Varney", "Tessa Varney", "Rory L. Perry-Hammond"),
            "requester.signer_title": any_of("Assistant United States Attorney", "AUSA", "Clerk of Court"),
            "targets": ["kanawha.pillmill@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-11-24T09:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of("GJ-2026-1187", "Grand Jury Subpoena No. GJ-2026-1187"),
            "issuing_court": any_of(
                "United States District Court for the Southern District of West Virginia",
                "United States District Court, Southern District of West Virginia",
            ),
        },
        sender="Varney, Tessa (USAWVS) <Tessa.Varney@usdoj.gov>",
        subject="Grand Jury Subpoena GJ-2026-1187",
        date=date,
        message_id="<BN7PR09MB2203@usdoj.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ-2026-1187.pdf")],
        dkim="usdoj.gov",
    )


def fbi_anchorage_nsl_scan() -> Message:
    date = when(2026, 9, 22, 8, 5, 0, -8)
    page = """\
# U.S. Department of Justice
# Federal Bureau of Investigation
Anchorage Field Office, 101 East Sixth Avenue, Anchorage, AK 99501

September 21, 2026

Social Example, Inc., Attn: Custodian of Records

Under the authority of Executive Order 12333, dated July 30, 1981, and pursuant to Title 18, United States
Code (U.S.C.), Section 2709 (Section 201 of the Electronic Communications Privacy Act of 1986) (as amended),
you are hereby directed to provide the name, address, and length of service of all subscribers associated
with the following account: user name "northern_lights_ops", user ID 88104527716.

In accordance with 18 U.S.C. § 2709(c)(1), I certify that the absence of a prohibition of disclosure may
result in a danger to the national security of the United States. Accordingly, 18 U.S.C. § 2709(c)
prohibits you, or any officer, employee, or agent of yours, from disclosing to any person that the FBI has
sought or obtained access to information or records under these provisions.

You are requested to provide records responsive to this request within fourteen (14) calendar days of
receipt, personally to a representative of the Anchorage Field Office.

Sincerely,
Colleen M. Achterberg
Special Agent in Charge
"""
    text = "Please see attached NSL (scanned). Contact SSA D. Ketchum, (907) 555-0133, with questions.\n"
    return make(
        "003-fbi-anchorage-nsl-scan",
        "FBI Anchorage NSL as an image-only PDF: name, address and length of service for a user name and ID, "
        "§ 2709(c) certification, 14 calendar days from receipt; signed by the SAC.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709", "Title 18, United States Code, Section 2709"),
            "requester.name": any_of(
                "Federal Bureau of Investigation", "FBI", "Federal Bureau of Investigation, Anchorage Field Office"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "dketchum@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Colleen M. Achterberg",
            "requester.signer_title": "Special Agent in Charge",
            "targets": any_of(["northern_lights_ops", "88104527716"], ["northern_lights_ops"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": day_end("2026-10-06", "-08:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        sender="Ketchum, Dale (AN) (FBI) <dketchum@fbi.gov>",
        subject="NSL - Social Example",
        date=date,
        message_id="<0f1a2b3c.AN.2026@fbi.gov>",
        text=text,
        attachments=[(scan([page], skew=0.5, noise=0.0003, seed=13), "application", "pdf", "NSL_scan.pdf")],
        dkim="fbi.gov",
    )


def doe_oig_subpoena_docx() -> Message:
    date = when(2026, 10, 7, 13, 2, 55, -4)
    document = docx_file(
        [
            ("h", "UNITED STATES DEPARTMENT OF ENERGY - OFFICE OF INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM"),
            ("p", "To: Social Example, Inc., Custodian of Records"),
            (
                "p",
                "Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), you are hereby "
                "required to produce the records described below in connection with an investigation of suspected "
                "false claims submitted under a Department of Energy weatherization assistance grant.",
            ),
            ("t", 'Account|tidewater.insulation.llc@example.net (and the profile "TidewaterInsulation")'),
            (
                "t",
                "Records|Subscriber name, postal address, telephone numbers, account creation date, means of payment",
            ),
            ("t", "Period|January 1, 2025 to present"),
            (
                "t",
                "Return|On or before October 30, 2026, 10:00 a.m. Eastern, to DOE OIG, 1000 Independence Ave SW, Washington, DC 20585",
            ),
            ("t", "Subpoena No.|OIG-S-26-0093"),
            ("p", "Issued October 6, 2026. Teri L. Donaldson-Pike, Inspector General"),
        ],
        author="DOE OIG",
    )
    text = """\
Hello,

Attached is an Inspector General subpoena. Electronic return to this address is acceptable.

Special Agent Marcus Oyelaran
DOE Office of Inspector General, Office of Investigations
"""
    return make(
        "004-doe-oig-subpoena-docx",
        "Department of Energy OIG subpoena (.docx table) under 5 U.S.C. § 406(a)(4): subscriber records of an e-mail "
        "address and a profile, grant-fraud purpose, return October 30, 2026 10:00 a.m. Eastern.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "5 U.S.C. 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "Department of Energy Office of Inspector General",
                "U.S. Department of Energy, Office of Inspector General",
                "DOE OIG",
                "Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "marcus.oyelaran@hq.doe.gov",
            "requester.verified": True,
            "requester.signer": any_of("Teri L. Donaldson-Pike", "Marcus Oyelaran"),
            "requester.signer_title": any_of("Inspector General", "Special Agent"),
            "targets": any_of(
                ["tidewater.insulation.llc@example.net", "TidewaterInsulation"],
                ["tidewater.insulation.llc@example.net"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                None, "false claims submitted under a Department of Energy weatherization assistance grant"
            ),
            "date_range": any_of(
                None, {"start": "2025-01-01", "end": "2026-10-06"}, {"start": "2025-01-01", "end": "2026-10-07"}
            ),
            "served_at": served(date),
            "return_by": "2026-10-30T10:00:00-04:00",
            "case_number": "OIG-S-26-0093",
        },
        sender="Oyelaran, Marcus <marcus.oyelaran@hq.doe.gov>",
        subject="IG Subpoena OIG-S-26-0093",
        date=date,
        message_id="<b7e1c0a9-26-0093@hq.doe.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "OIG-S-26-0093.docx")],
        dkim="hq.doe.gov",
    )


def usao_dks_pen_register_html_table() -> Message:
    date = when(2026, 11, 12, 11, 30, 0, -6)
    html = """\
<html><body>
<p>Custodian - the order below was signed this morning in Wichita. Please begin implementation upon receipt and
call the case agent to coordinate delivery of the data.</p>
<table border="1" cellpadding="4">
<tr><th align="left">Court</th><td>United States District Court for the District of Kansas</td></tr>
<tr><th align="left">Case No.</th><td>26-mj-6071-KGG</td></tr>
<tr><th align="left">Authority</th><td>18 U.S.C. &sect;&sect; 3122, 3123 (pen register and trap and trace)</td></tr>
<tr><th align="left">Target account</th><td>flinthills_plug (user ID 40077125563)</td></tr>
<tr><th align="left">Information to be collected</th><td>Prospective dialing, routing, addressing and signaling
information for the account: source IP addresses and ports of each session, and the account identifiers of
the sender and recipients of each direct message, as they occur. No contents.</td></tr>
<tr><th align="left">Period</th><td>60 days from the date of the order</td></tr>
<tr><th align="left">Non-disclosure</th><td>Per 18 U.S.C. &sect; 3123(d), the provider shall not disclose the
existence of the pen register/trap and trace or of the investigation unless or until otherwise ordered by the Court.</td></tr>
<tr><th align="left">Signed</th><td>Gwynne E. Birzer-Hale, U.S. Magistrate Judge, November 12, 2026</td></tr>
</table>
<p>Case agent: TFO Ruben Salcido, DEA Wichita RO, 316-555-0147<br>
Aaron J. Whitcomb-Osei, Assistant United States Attorney, District of Kansas</p>
</body></html>
"""
    return make(
        "005-usao-dks-pen-register-html-table",
        "USAO District of Kansas pen register / trap and trace order summarised in an HTML table: real-time "
        "routing data for one account for 60 days, § 3123(d) non-disclosure until otherwise ordered.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. §§ 3122, 3123", "18 U.S.C. § 3123", "18 U.S.C. 3123"),
            "requester.name": usao("District of Kansas"),
            "requester.kind": "FEDERAL",
            "requester.email": "Aaron.Whitcomb-Osei@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Aaron J. Whitcomb-Osei", "Gwynne E. Birzer-Hale"),
            "requester.signer_title": any_of("Assistant United States Attorney", "U.S. Magistrate Judge"),
            "targets": any_of(["flinthills_plug", "40077125563"], ["flinthills_plug"]),
            "data_categories": ["REALTIME_METADATA"],
            "date_range": any_of(None, {"start": "2026-11-12", "end": "2027-01-11"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "26-mj-6071-KGG",
            "issuing_court": "United States District Court for the District of Kansas",
        },
        sender="Whitcomb-Osei, Aaron (USAKS) <Aaron.Whitcomb-Osei@usdoj.gov>",
        subject="PR/TT Order 26-mj-6071-KGG",
        date=date,
        message_id="<CH3PR09MB7790@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def usfs_leo_preservation_terse() -> Message:
    date = when(2026, 9, 15, 16, 48, 2, -6)
    text = """\
Per 18 USC 2703(f) please preserve all records, including content, for IG acct "sawtooth_sendit_tours" for
90 days pending legal process. Illegal commercial outfitting on the Sawtooth NF.

LEO Kelsey Ramirez-Tolman
USDA Forest Service, Law Enforcement & Investigations, Region 4
208-555-0161
"""
    return make(
        "006-usfs-leo-preservation-terse",
        "USDA Forest Service law enforcement officer's two-line § 2703(f) preservation request for one account, 90 days.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of(
                "USDA Forest Service",
                "U.S. Forest Service",
                "USDA Forest Service, Law Enforcement & Investigations",
                "Forest Service",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "kelsey.ramirez-tolman@usda.gov",
            "requester.verified": True,
            "requester.signer": "Kelsey Ramirez-Tolman",
            "requester.signer_title": any_of("LEO", "Law Enforcement Officer"),
            "targets": ["sawtooth_sendit_tours"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "Illegal commercial outfitting on the Sawtooth NF"),
            "served_at": served(date),
        },
        sender="Ramirez-Tolman, Kelsey - FS, ID <kelsey.ramirez-tolman@usda.gov>",
        subject="preservation request",
        date=date,
        message_id="<SJ0PR09MB6611.fs@usda.gov>",
        text=text,
        dkim="usda.gov",
    )


def atf_emergency_threat() -> Message:
    date = when(2026, 12, 1, 3, 15, 40, -5)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. § 2702(b)(8) and (c)(4)

At 01:52 ET tonight the account "dayton_reckoning_day" posted a photo of an AR-15 type rifle and two loaded
magazines captioned "tomorrow 8am, Fairborn High, nobody walks out." ATF Columbus Field Division believes the
user possesses firearms and intends to carry out a shooting at the school when classes begin at 08:00 today.
Local police have not been able to identify the poster.

We request immediately: subscriber information (name, e-mail, phone), the IP addresses used to log in over the
last 72 hours, and any device identifiers on file. No content is requested.

Special Agent Devonte Whitlatch-Monroe
ATF Columbus Field Division, Dayton Field Office
24-hour line: (937) 555-0102
"""
    return make(
        "007-atf-emergency-threat",
        "ATF emergency disclosure request at 03:15 ET: school-shooting threat for 08:00 the same day; subscriber data, "
        "72 hours of log-in IPs and device identifiers for one account.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. § 2702(b)(8) and (c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702"),
            "requester.name": any_of(
                "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                "ATF",
                "ATF Columbus Field Division",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "devonte.whitlatch-monroe@atf.gov",
            "requester.verified": True,
            "requester.signer": "Devonte Whitlatch-Monroe",
            "requester.signer_title": "Special Agent",
            "targets": ["dayton_reckoning_day"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "date_range": any_of(None, {"start": "2026-11-28", "end": "2026-12-01"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "Fairborn High"},
        },
        sender="Whitlatch-Monroe, Devonte <devonte.whitlatch-monroe@atf.gov>",
        subject="EMERGENCY - school threat - request for subscriber info",
        date=date,
        message_id="<edr-20261201-0315@atf.gov>",
        text=text,
        dkim="atf.gov",
    )


def ed_oig_subpoena_internal_forward() -> Message:
    date = when(2026, 11, 18, 9, 44, 0, -8)
    text = """\
Team - this came in on the old fax line yesterday afternoon; retyped below. Please open a case. The agent's
address is jmwokozi-hart@ed.gov if you need to confirm it with her. -- Priya (Legal Ops, Seattle)

---------- Retyped from fax ----------
U.S. DEPARTMENT OF EDUCATION, OFFICE OF INSPECTOR GENERAL
INSPECTOR GENERAL SUBPOENA No. ED-OIG-2026-0451

To: Social Example, Inc., Custodian of Records
Pursuant to Section 6(a)(4) of the Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4)), you are
required to produce: the subscriber name, e-mail and telephone numbers on file, account creation date and
registration IP address for the accounts "fafsa_fixers_2026" and "studentaid.helpdesk.official".

Purpose: investigation of fraudulent student aid applications filed through a paid "FAFSA help" scheme.
Return date: December 4, 2026, to Special Agent Josephine Mwokozi-Hart, OIG Investigation Services,
Kansas City Region, 1010 Walnut Street, Kansas City, MO 64106.

Signed November 16, 2026 by Rene D. Castellanos-Weir, Inspector General.
"""
    return make(
        "008-ed-oig-subpoena-internal-forward",
        "The platform's own legal-ops colleague retypes a faxed Department of Education OIG subpoena (unsigned "
        "internal mail): subscriber data for two accounts, student-aid fraud, return December 4, 2026.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "5 U.S.C. § 406(a)(4)", "Section 6(a)(4) of the Inspector General Act of 1978", "5 U.S.C. 406(a)(4)"
            ),
            "requester.name": any_of(
                "U.S. Department of Education, Office of Inspector General",
                "Department of Education Office of Inspector General",
                "Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": any_of(None, "jmwokozi-hart@ed.gov"),
            "requester.verified": False,
            "requester.signer": any_of("Rene D. Castellanos-Weir", "Josephine Mwokozi-Hart"),
            "requester.signer_title": any_of("Inspector General", "Special Agent"),
            "targets": ["fafsa_fixers_2026", "studentaid.helpdesk.official"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                None, 'investigation of fraudulent student aid applications filed through a paid "FAFSA help" scheme'
            ),
            "served_at": any_of(served(date), None),
            "return_by": day_end("2026-12-04", "-06:00"),
            "case_number": any_of("ED-OIG-2026-0451", "No. ED-OIG-2026-0451"),
        },
        sender="Priya Raghunathan <praghunathan@social.example.com>",
        subject="FW: fax - Dept of Education OIG subpoena ED-OIG-2026-0451",
        date=date,
        message_id="<fwd-ed-oig-0451@social.example.com>",
        text=text,
    )


def fbi_buffalo_warrant_html_table() -> Message:
    date = when(2026, 10, 20, 14, 6, 30, -4)
    html = """\
<html><body>
<p>Good afternoon. Search warrant (signed 10/19/2026) summary below; the full warrant and Attachments A and B are
available on request. Production within 10 days of service, please, via the FBI's secure portal.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Court</td><td>United States District Court, Western District of New York</td></tr>
<tr><td>Case</td><td>26-MJ-5188</td></tr>
<tr><td>Authority</td><td>18 U.S.C. &sect; 2703(a), (b)(1)(A), (c)(1)(A); Fed. R. Crim. P. 41</td></tr>
<tr><td>Account (Attachment A)</td><td>niagara_frontier_ghost</td></tr>
<tr><td>Items (Attachment B)</td><td>Subscriber records; contents of all direct messages, photos and videos; IP log
history; location data stored with the account</td></tr>
<tr><td>Period</td><td>July 1, 2026 - October 15, 2026</td></tr>
<tr><td>Non-disclosure</td><td>Order under 18 U.S.C. &sect; 2705(b): one year from October 19, 2026</td></tr>
<tr><td>Judge</td><td>Hon. Leslie G. Foschio-Tran, United States Magistrate Judge</td></tr>
</table>
<p>SA Kateri Jimerson-Blake<br>FBI Buffalo, Violent Crimes Against Children Task Force<br>(716) 555-0175</p>
</body></html>
"""
    return make(
        "009-fbi-buffalo-warrant-html-table",
        "FBI Buffalo serves a W.D.N.Y. search warrant summarised in an HTML table: subscriber, content, IP logs and "
        "location for 3.5 months; 10 days from service; § 2705(b) NDO one year from October 19, 2026.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "18 U.S.C. § 2703(a)", "Fed. R. Crim. P. 41", "18 U.S.C. § 2703"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Buffalo"),
            "requester.kind": "FEDERAL",
            "requester.email": "kjimerson-blake@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kateri Jimerson-Blake", "Leslie G. Foschio-Tran"),
            "requester.signer_title": any_of("SA", "Special Agent", "United States Magistrate Judge"),
            "targets": ["niagara_frontier_ghost"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY", "STORED_CONTENT"],
            "date_range": {"start": "2026-07-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": day_end("2026-10-30", "-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-10-19T23:59:59-04:00", "2027-10-18T23:59:59-04:00"),
            "case_number": "26-MJ-5188",
            "issuing_court": "United States District Court, Western District of New York",
        },
        sender="Jimerson-Blake, Kateri (BF) (FBI) <kjimerson-blake@fbi.gov>",
        subject="Search Warrant 26-MJ-5188 - service",
        date=date,
        message_id="<5188.BF.20261020@fbi.gov>",
        html=html,
        dkim="fbi.gov",
    )


MESSAGES = [
    usao_wdla_2703d_until_further_order,
    usao_sdwv_grand_jury_pdf,
    fbi_anchorage_nsl_scan,
    doe_oig_subpoena_docx,
    usao_dks_pen_register_html_table,
    usfs_leo_preservation_terse,
    atf_emergency_threat,
    ed_oig_subpoena_internal_forward,
    fbi_buffalo_warrant_html_table,
]

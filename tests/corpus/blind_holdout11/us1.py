"""United States demands, part 1 (federal districts and agencies). Sender domains from CISA's .gov list
(and .mil); people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout11._kit import Message, any_of, docx_file, make, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
USAO = "United States Attorney's Office"


def usao_sdtx_grand_jury_pdf() -> Message:
    date = when(2026, 11, 18, 9, 40, 12, -6)
    subpoena = """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF TEXAS

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to
testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court
officer allows you to leave.

Place: Bob Casey United States Courthouse, 515 Rusk Street, Houston, Texas 77002, Grand Jury Room 9A
Date and Time: December 3, 2026 9:00 a.m.

You must also bring with you the following documents, electronically stored information, or objects:

  See Attachment A.

Date: November 17, 2026                                   NATHAN OCHSNER-WILLIS, CLERK OF COURT
                                                          /s/ R. Villarreal, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Teodoro A. Garza-Lindqvist, Assistant United States Attorney, 1000 Louisiana Street, Suite 2300, Houston, Texas
77002, Teodoro.Garza-Lindqvist@usdoj.gov, (713) 555-0124

Subpoena No. GJ-2026-11-4417

ATTACHMENT A

For the account @bayou_bling_resale and the account bearing user ID 1487720395, provide the following
subscriber information (18 U.S.C. 2703(c)(2)):
  1. Names and user names; addresses; telephone numbers and e-mail addresses on file;
  2. Date of account creation, length of service and types of service used;
  3. Records of session times and durations, and the IP address used to register the account;
  4. Means and source of payment, including any credit card or bank account number.

In lieu of appearing, you may comply by producing the records to the requesting AUSA by e-mail on or before the
date above, together with a completed business records certification.
"""
    body = """\
Good morning,

Attached is a federal grand jury subpoena (No. GJ-2026-11-4417) for subscriber records. The investigation
concerns the sale of stolen luxury goods (18 U.S.C. 2314/2315).

The Government requests that you not disclose the existence of this subpoena to the account holder, as
disclosure could impede the investigation. There is no court order at this time.

Regards,
Teo Garza-Lindqvist
AUSA, Southern District of Texas - Houston
"""
    return make(
        "001-usao-sdtx-grand-jury-pdf",
        "USAO Southern District of Texas grand jury subpoena (PDF with Attachment A) for subscriber data of an "
        "@handle and a numeric user ID; appear December 3, 2026 9:00 a.m.; non-disclosure asked by letter only.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17", "18 U.S.C. 2703(c)(2)", "18 U.S.C. § 2703(c)(2)"),
            "requester.name": any_of(
                "United States Attorney's Office for the Southern District of Texas",
                "U.S. Attorney's Office, Southern District of Texas",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Teodoro.Garza-Lindqvist@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Teodoro A. Garza-Lindqvist", "Teo Garza-Lindqvist", "R. Villarreal"),
            "requester.signer_title": any_of("Assistant United States Attorney", "AUSA", "Deputy Clerk"),
            "targets": ["bayou_bling_resale", "1487720395"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "sale of stolen luxury goods", "18 U.S.C. 2314/2315"),
            "served_at": served(date),
            "return_by": "2026-12-03T09:00:00-06:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of("GJ-2026-11-4417", "Subpoena No. GJ-2026-11-4417"),
            "issuing_court": any_of(
                "United States District Court, Southern District of Texas",
                "United States District Court for the Southern District of Texas",
            ),
        },
        sender="Garza-Lindqvist, Teodoro (USATXS) <Teodoro.Garza-Lindqvist@usdoj.gov>",
        subject="Grand Jury Subpoena GJ-2026-11-4417",
        date=date,
        message_id="<DM8PR09MB4417TX@usdoj.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ-2026-11-4417 subpoena.pdf")],
        dkim="usdoj.gov",
    )


def usao_dor_2703d_one_year_ndo() -> Message:
    date = when(2026, 10, 14, 15, 22, 5, -7)
    text = """\
Legal Process Team,

Please find below the operative text of an order under 18 U.S.C. 2703(d) issued yesterday in Portland. A
certified copy can be provided on request. Kindly produce within fourteen (14) days of service.

  UNITED STATES DISTRICT COURT - DISTRICT OF OREGON
  IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. 2703(d)
  Misc. No. 3:26-mc-01183-YK

  Upon the application of the United States, the Court finds that the applicant has offered specific and
  articulable facts showing that there are reasonable grounds to believe that the records sought are relevant
  and material to an ongoing criminal investigation into the manufacture and sale of unserialized firearms.

  IT IS ORDERED that Social Example, Inc. shall, within fourteen days of service, disclose the following for the
  account associated with the e-mail address cascadia.ghost.guns@example.com, for the period June 1, 2026
  through October 1, 2026:
    A. Subscriber names, addresses, telephone numbers, e-mail addresses, account creation date;
    B. All records of log-in and log-out events, including IP addresses and port numbers;
    C. Non-content records of communications sent or received (account identifiers of the other party,
       date and time), but not the content of any communication.

  IT IS FURTHER ORDERED, pursuant to 18 U.S.C. 2705(b), that Social Example, Inc. shall not disclose the
  existence of the application or of this Order to the subscriber or any other person, except its attorneys,
  for a period of one year from the date of this Order.

  DATED this 13th day of October, 2026.
  /s/ Yolanda Kwiatkowski-Reyes
  United States Magistrate Judge

Thank you,

Marcus D. Oyelaran-Pike
Assistant United States Attorney
District of Oregon | 1000 SW Third Avenue, Portland, OR 97204 | 503-555-0138
"""
    return make(
        "002-usao-dor-2703d-one-year-ndo",
        "USAO District of Oregon serves a § 2703(d) order typed into the body: subscriber, log-in IP and "
        "correspondent records of an e-mail-address account, June-October 2026, 14 days, one-year § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Oregon",
                "U.S. Attorney's Office, District of Oregon",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Marcus.Oyelaran-Pike@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marcus D. Oyelaran-Pike", "Yolanda Kwiatkowski-Reyes"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": ["cascadia.ghost.guns@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "manufacture and sale of unserialized firearms"),
            "date_range": {"start": "2026-06-01", "end": "2026-10-01"},
            "served_at": served(date),
            "return_by": any_of("2026-10-28T17:00:00-07:00", "2026-10-28T23:59:59-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # one year from 2026-10-13 (Pacific daylight time on that date in 2027)
            "nondisclosure.expires_at": any_of("2027-10-13T23:59:59-07:00", "2027-10-12T23:59:59-07:00"),
            "case_number": any_of("3:26-mc-01183-YK", "Misc. No. 3:26-mc-01183-YK"),
            "issuing_court": any_of(
                "United States District Court - District of Oregon",
                "United States District Court for the District of Oregon",
                "U.S. District Court, District of Oregon",
            ),
        },
        sender="Oyelaran-Pike, Marcus (USAOR) <Marcus.Oyelaran-Pike@usdoj.gov>",
        subject="Service of 2703(d) Order - 3:26-mc-01183",
        date=date,
        message_id="<SJ0PR09MB7731OR@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


NSL_SCAN = """\
# U.S. Department of Justice
# Federal Bureau of Investigation
Pittsburgh Field Office
3311 East Carson Street, Pittsburgh, PA 15203

September 22, 2026

Social Example, Inc.
Attn: Custodian of Records

Re: National Security Letter NSL-PG-26-0193

Under the authority of Executive Order 12333, dated December 4, 1981, and Title 18, United States
Code (U.S.C.), Section 2709 (as amended), you are hereby requested to provide the Federal Bureau of
Investigation (FBI) the name, address, and length of service of the subscriber of the account
identified as: steel_city_relay (user ID 90221847) for the period from January 1, 2026 to present.

In accordance with Title 18, U.S.C., Section 2709(b), I certify that the information sought is relevant
to an authorized investigation to protect against international terrorism or clandestine intelligence
activities.

In accordance with Title 18, U.S.C., Section 2709(c)(1), I certify that absent a prohibition of
disclosure, there may result a danger to the national security of the United States. Accordingly, you,
or any officer, employee, or agent of yours, are prohibited from disclosing to any person that the FBI
has sought or obtained access to information under this letter, other than to those to whom disclosure
is necessary to comply, to an attorney for legal advice, or as authorized by the FBI.

You have the right to challenge this letter (18 U.S.C. 3511). Please provide the records within
fourteen (14) calendar days of receipt, by secure means, to the point of contact named in the cover
e-mail. Do not send the records by ordinary mail.

Sincerely,

Delphine R. Abernathy-Soto
Special Agent in Charge
Pittsburgh Field Office
"""


def fbi_pittsburgh_nsl_scan() -> Message:
    date = when(2026, 9, 23, 11, 5, 30, -4)
    return make(
        "003-fbi-pittsburgh-nsl-scan",
        "FBI Pittsburgh national security letter as an image-only scan: name, address and length of service of a "
        "user name and user ID since January 1, 2026; § 2709(c) certification gag; 14 calendar days.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709", "Title 18, U.S.C., Section 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Pittsburgh Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "PGH-NSL@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Delphine R. Abernathy-Soto",
            "requester.signer_title": "Special Agent in Charge",
            "targets": any_of(["steel_city_relay", "90221847"], ["steel_city_relay"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "date_range": any_of(
                None, {"start": "2026-01-01", "end": "2026-09-22"}, {"start": "2026-01-01", "end": "2026-09-23"}
            ),
            "served_at": served(date),
            "return_by": any_of("2026-10-07T17:00:00-04:00", "2026-10-07T23:59:59-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
            "case_number": "NSL-PG-26-0193",
        },
        sender="FBI Pittsburgh NSL Unit <PGH-NSL@fbi.gov>",
        subject="NSL-PG-26-0193",
        date=date,
        message_id="<pg-nsl-26-0193.0923@fbi.gov>",
        text=(
            "Please see the attached letter. Point of contact: SSA Kenneth J. Wachowiak, 412-555-0109.\n"
            "Records to be returned through the secure portal link that will be provided by phone.\n"
        ),
        attachments=[(scan([NSL_SCAN], skew=0.4, noise=0.0003, seed=111), "application", "pdf", "NSL-PG-26-0193.pdf")],
        dkim="fbi.gov",
    )


def ssa_oig_subpoena_docx() -> Message:
    date = when(2026, 10, 6, 10, 15, 0, -4)
    document = docx_file(
        [
            ("h", "SOCIAL SECURITY ADMINISTRATION - OFFICE OF THE INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM"),
            ("t", "To|Social Example, Inc., Attn: Custodian of Records"),
            ("t", "Subpoena No.|OIG-SSA-2026-0877"),
            (
                "t",
                "Authority|Section 6(a)(4) of the Inspector General Act of 1978, as amended (5 U.S.C. § 406(a)(4))",
            ),
            (
                "t",
                "Records|For the account @disability_check_helper and the account registered to telephone number "
                "(410) 555-0187: subscriber name, user names, addresses, e-mail addresses, telephone numbers, "
                "date the account was opened, and means of payment for any paid service.",
            ),
            ("t", "Return date|October 26, 2026 at 10:00 a.m."),
            ("t", "Return to|SA Priya Nandakumar-Holt, SSA OIG, 6401 Security Blvd, Baltimore, MD 21235"),
            (
                "p",
                "The records are required in an investigation of the misuse of Social Security benefits by "
                "individuals offering paid 'claims help' to beneficiaries. Production by e-mail of PDF or CSV files "
                "satisfies this subpoena.",
            ),
            (
                "p",
                "In testimony whereof, this subpoena is issued under my hand at Baltimore, Maryland, this 5th day of "
                "October, 2026.  /s/ Harold B. Eckstein-Mora, Inspector General",
            ),
        ],
        author="SSA OIG",
    )
    body = """\
Hello,

Attached is an Inspector General subpoena for subscriber information. Please acknowledge receipt. Questions
can go to me at the number below.

Priya Nandakumar-Holt
Special Agent, Office of Investigations
Social Security Administration, Office of the Inspector General
(410) 555-0161
"""
    return make(
        "004-ssa-oig-subpoena-docx",
        "Social Security Administration OIG inspector-general subpoena (.docx, table) for subscriber and payment "
        "data of an @handle and an account by phone number; benefits misuse; return October 26, 2026 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "5 U.S.C. § 406(a)(4)",
                "5 U.S.C. 406(a)(4)",
                "Section 6(a)(4) of the Inspector General Act of 1978",
            ),
            "requester.name": any_of(
                "Social Security Administration, Office of the Inspector General",
                "Social Security Administration - Office of the Inspector General",
                "SSA OIG",
                "Social Security Administration",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "priya.nandakumar-holt@ssa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harold B. Eckstein-Mora", "Priya Nandakumar-Holt"),
            "requester.signer_title": any_of("Inspector General", "Special Agent"),
            "targets": any_of(
                ["disability_check_helper", "(410) 555-0187"],
                ["disability_check_helper", "+14105550187"],
                ["disability_check_helper", "4105550187"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "misuse of Social Security benefits"),
            "served_at": served(date),
            "return_by": "2026-10-26T10:00:00-04:00",
            "case_number": "OIG-SSA-2026-0877",
        },
        sender="Nandakumar-Holt, Priya <priya.nandakumar-holt@ssa.gov>",
        subject="OIG Subpoena OIG-SSA-2026-0877",
        date=date,
        message_id="<0877-20261006@ssa.gov>",
        text=body,
        attachments=[(document, "application", DOCX, "OIG-SSA-2026-0877.docx")],
        dkim="ssa.gov",
    )


def ncis_preservation_terse() -> Message:
    date = when(2026, 11, 2, 7, 48, 0, -8)
    text = """\
Good morning,

IAW 18 USC 2703(f) request you preserve all records and content for the below account for 90 days. Legal process
to follow.

https://social.example.com/u/coronado_wave_rider

Request you not notify the account holder - active investigation.

v/r
SA Darnell K. Fujimoto-Price
NCIS Resident Agency San Diego
619-555-0190 (desk)
"""
    return make(
        "005-ncis-preservation-terse",
        "NCIS special agent's terse § 2703(f) preservation request for a profile URL, 90 days, legal process to "
        "follow; asks not to notify the user (no order).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)", "18 U.S.C. 2703(f)"),
            "requester.name": any_of("Naval Criminal Investigative Service", "NCIS", "NCIS Resident Agency San Diego"),
            "requester.kind": "FEDERAL",
            "requester.email": "darnell.fujimoto-price@ncis.navy.mil",
            "requester.verified": True,
            "requester.signer": "Darnell K. Fujimoto-Price",
            "requester.signer_title": any_of("Special Agent", "SA"),
            "targets": any_of(["https://social.example.com/u/coronado_wave_rider"], ["coronado_wave_rider"]),
            "data_categories": any_of(
                [], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], ["STORED_CONTENT"]
            ),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
        },
        sender="Fujimoto-Price, Darnell K SA NCIS <darnell.fujimoto-price@ncis.navy.mil>",
        subject="Preservation request",
        date=date,
        message_id="<BN1PR09MB2203@ncis.navy.mil>",
        text=text,
        dkim="ncis.navy.mil",
    )


def dss_emergency_threat() -> Message:
    date = when(2026, 9, 12, 23, 14, 9, -4)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) and (c)(4)

To the Social Example law enforcement response team:

At 21:52 EDT tonight the account @frontline_patriot_77 posted a photo of a rifle with the caption "tomorrow at
opening time the Miami Passport Agency staff find out what treason costs. 8am sharp." A second post lists the
first names of two passport specialists. The Diplomatic Security Service protects that facility and believes
there is an imminent risk of death or serious bodily injury to its employees and members of the public.

We request, on an emergency basis:
 - subscriber information (name, e-mail, phone numbers);
 - IP addresses of log-ins for the last 72 hours;
 - any location information for the account from the last 24 hours.

The posts are public; please do not remove them before we capture them. Call me at any hour: 305-555-0172.

Special Agent Noor-Ellen Vasquez
Diplomatic Security Service, Miami Field Office
U.S. Department of State
"""
    return make(
        "006-dss-emergency-threat",
        "Diplomatic Security Service emergency request at night: a post threatening to shoot the Miami Passport "
        "Agency staff at 8 a.m.; subscriber data, 72 h of log-in IPs and 24 h of location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(
                None, "18 U.S.C. 2702(b)(8) and (c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702(c)(4)"
            ),
            "requester.name": any_of(
                "Diplomatic Security Service",
                "Diplomatic Security Service, Miami Field Office",
                "U.S. Department of State",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "VasquezNE@state.gov",
            "requester.verified": True,
            "requester.signer": "Noor-Ellen Vasquez",
            "requester.signer_title": "Special Agent",
            "targets": ["frontline_patriot_77"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "threat to shoot passport agency staff"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "Passport Agency"},
        },
        sender="Vasquez, Noor-Ellen <VasquezNE@state.gov>",
        subject="URGENT - Emergency Disclosure Request - threat to federal facility",
        date=date,
        message_id="<EDR-MIA-0912-2314@state.gov>",
        text=text,
        headers=[("Importance", "High"), ("X-Priority", "1")],
        dkim="state.gov",
    )


def usda_oig_subpoena_html_table() -> Message:
    date = when(2026, 11, 30, 13, 5, 44, -6)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Dear Custodian of Records,</p>
<p>The U.S. Department of Agriculture, Office of Inspector General, Investigations (Midwest Region) has issued the
subpoena summarised below. The signed subpoena follows by certified mail; this e-mail constitutes service by
agreement with your published policy.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Subpoena number</th><td>USDA-OIG-MW-26-0342</td></tr>
<tr><th align="left">Authority</th><td>Inspector General Act of 1978, as amended, 5 U.S.C. &sect; 406(a)(4)</td></tr>
<tr><th align="left">Subject matter</th><td>Trafficking of Supplemental Nutrition Assistance Program (SNAP) benefits (7 U.S.C. &sect; 2024(b))</td></tr>
<tr><th align="left">Accounts</th><td>@ebt_cash_quick<br>ebt.cash.quick@example.com</td></tr>
<tr><th align="left">Records</th><td>Subscriber names, addresses, e-mail addresses and telephone numbers; account creation date
and IP address at creation; means and source of payment</td></tr>
<tr><th align="left">Return date</th><td>December 21, 2026</td></tr>
<tr><th align="left">Issued by</th><td>Gordon T. Akinyemi-Hale, Deputy Inspector General</td></tr>
</table>
<p>Please return records to the case agent below. Thank you for your assistance.</p>
<p>Special Agent Lucia Brandt-Okoye<br>USDA OIG Investigations, Chicago, IL<br>312-555-0193</p>
</body></html>
"""
    return make(
        "007-usda-oig-subpoena-html-table",
        "USDA Office of Inspector General subpoena summarised in an HTML table: subscriber and payment data of an "
        "@handle and an e-mail address; SNAP benefit trafficking; return date December 21, 2026 (no time).",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "5 U.S.C. 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "U.S. Department of Agriculture, Office of Inspector General",
                "USDA Office of Inspector General",
                "USDA OIG",
                "U.S. Department of Agriculture",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "lucia.brandt-okoye@oig.usda.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gordon T. Akinyemi-Hale", "Lucia Brandt-Okoye"),
            "requester.signer_title": any_of("Deputy Inspector General", "Special Agent"),
            "targets": ["ebt_cash_quick", "ebt.cash.quick@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "Trafficking of Supplemental Nutrition Assistance Program (SNAP) benefits",
                "SNAP benefit trafficking",
                "trafficking of SNAP benefits",
            ),
            "served_at": served(date),
            "return_by": any_of("2026-12-21T17:00:00-06:00", "2026-12-21T23:59:59-06:00"),
            "case_number": "USDA-OIG-MW-26-0342",
        },
        sender="Brandt-Okoye, Lucia - OIG, Chicago, IL <lucia.brandt-okoye@oig.usda.gov>",
        subject="Subpoena USDA-OIG-MW-26-0342",
        date=date,
        message_id="<CY4PR09MB0342MW@oig.usda.gov>",
        html=html,
        dkim="usda.gov",
    )


def fbi_memphis_forwarded_warrant() -> Message:
    date = when(2026, 11, 4, 10, 20, 31, -6)
    warrant = """\
UNITED STATES DISTRICT COURT
for the
Western District of Tennessee

In the Matter of the Search of Information Associated with the Account "bluffcity_plug"
that is Stored at Premises Controlled by Social Example, Inc.          Case No. 2:26-sw-00519-TMP

SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer requests the search of the following property located in the
Northern District of California: information associated with the account bluffcity_plug (Attachment A).

The information to be seized (Attachment B): for the period August 1, 2026 through October 31, 2026,
  (a) all subscriber and registration information;
  (b) all log-in IP addresses, with dates and times;
  (c) the contents of all direct messages, including attached photographs and videos;
  (d) all location information, including check-ins and GPS data.

YOU ARE COMMANDED to execute this warrant on or before November 17, 2026. The provider shall disclose the
information described in Attachment B within ten (10) days of service of this warrant.

IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that Social Example, Inc. shall not notify any person of the
existence of this warrant until further order of the Court.

Date and time issued: 11/03/2026 2:15 pm       /s/ Tu M. Pham-Ellison, United States Magistrate Judge
City and state: Memphis, Tennessee
"""
    text = """\
Social Example team - forwarding the signed warrant from our AUSA below for service. Offense is distribution of
fentanyl pills (21 U.S.C. 841). Please send returns to me.

SA Curtis L. Mabry-Jones
FBI Memphis Field Office
901-555-0115

---------- Forwarded message ---------
From: Whitlow, Janelle (USATNW) <Janelle.Whitlow@usdoj.gov>
Date: Tue, Nov 3, 2026 at 3:02 PM
Subject: signed SW 2:26-sw-00519
To: Mabry-Jones, Curtis L. (MM) (FBI) <clmabryjones@fbi.gov>

Curtis - Judge Pham-Ellison signed it this afternoon, PDF attached. Includes a 2705(b) paragraph, no end date.
Janelle
"""
    return make(
        "008-fbi-memphis-forwarded-warrant",
        "FBI Memphis agent forwards the AUSA's mail with a W.D. Tenn. search warrant (PDF): subscriber data, IP log, "
        "DMs and location of a user name Aug-Oct 2026, ten days from service; § 2705(b) gag until further order.",
        "en",
        "US",
        ("plain_text", "forwarded", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "18 U.S.C. § 2703", "Fed. R. Crim. P. 41", "18 U.S.C. 2703"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Memphis Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "clmabryjones@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Curtis L. Mabry-Jones", "Tu M. Pham-Ellison"),
            "requester.signer_title": any_of("Special Agent", "SA", "United States Magistrate Judge"),
            "targets": ["bluffcity_plug"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "distribution of fentanyl pills", "21 U.S.C. 841"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            # ten days from Wed 2026-11-04 is Saturday 2026-11-14
            "return_by": any_of(
                "2026-11-14T17:00:00-06:00",
                "2026-11-14T23:59:59-06:00",
                "2026-11-16T17:00:00-06:00",
                "2026-11-16T23:59:59-06:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "2:26-sw-00519-TMP",
            "issuing_court": any_of(
                "United States District Court for the Western District of Tennessee",
                "United States District Court, Western District of Tennessee",
            ),
        },
        sender="Mabry-Jones, Curtis L. (MM) (FBI) <clmabryjones@fbi.gov>",
        subject="Fwd: signed SW 2:26-sw-00519",
        date=date,
        message_id="<MN2PR09MB0519MM@fbi.gov>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "2-26-sw-00519 signed.pdf")],
        dkim="fbi.gov",
    )


MESSAGES = [
    usao_sdtx_grand_jury_pdf,
    usao_dor_2703d_one_year_ndo,
    fbi_pittsburgh_nsl_scan,
    ssa_oig_subpoena_docx,
    ncis_preservation_terse,
    dss_emergency_threat,
    usda_oig_subpoena_html_table,
    fbi_memphis_forwarded_warrant,
]

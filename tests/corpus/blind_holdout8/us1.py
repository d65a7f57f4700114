"""United States demands, part 1 (federal districts, agencies and inspectors general). Sender domains from
CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout8._kit import Message, any_of, docx_file, make, pdf, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def usao_dor_2703d_one_year_gag() -> Message:
    date = when(2026, 11, 12, 10, 4, 0, -8)
    text = """\
Good morning,

Please find below the text of a 2703(d) order signed on Tuesday by Magistrate Judge Okonkwo-Sterling in
Portland. The signed copy is available on request; we are serving by e-mail per your law enforcement guide.
Production is due within fourteen (14) days of service. Please send the return to me directly.

-------------------------------------------------------------------------------------------
                      IN THE UNITED STATES DISTRICT COURT
                           FOR THE DISTRICT OF OREGON

IN THE MATTER OF THE APPLICATION OF THE            Case No. 3:26-mc-00917-OS
UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                    ORDER

This matter having come before the Court pursuant to an application under 18 U.S.C. § 2703(d), the Court
finds that the applicant has offered specific and articulable facts showing that there are reasonable
grounds to believe that the records sought are relevant and material to an ongoing criminal investigation
into the arson of commercial property (18 U.S.C. § 844(i)).

IT IS ORDERED that Social Example, Inc. shall, within fourteen days of service, disclose the following for
the account @cascadia_ember_ops for the period July 1, 2026 through October 31, 2026:
  1. Name, addresses, telephone numbers, e-mail addresses and account creation date;
  2. Records of log-in and log-out, with IP addresses, ports, dates and times;
  3. Device identifiers and the user names of accounts with which the account exchanged messages
     (not the content of any message).

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that Social Example, Inc. shall not disclose the existence
of the application or this Order to the subscriber or any other person for a period of one year from the
date of this Order, except to its attorneys for the purpose of obtaining legal advice.

DATED this 10th day of November, 2026.

    /s/ Adaeze Okonkwo-Sterling
    United States Magistrate Judge
-------------------------------------------------------------------------------------------

Regards,

Garrett Lindqvist-Moreau
Assistant United States Attorney
U.S. Attorney's Office | District of Oregon
1000 SW Third Avenue, Suite 600, Portland, OR 97204
(503) 555-0148
"""
    return make(
        "001-usao-dor-2703d-one-year-gag",
        "USAO District of Oregon serves a § 2703(d) order typed into the body: subscriber, log-in IP, device and "
        "correspondent records of an @handle, July-October 2026, 14 days from service (Thanksgiving), one-year "
        "§ 2705(b) NDO.",
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
                "U.S. Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Garrett.Lindqvist-Moreau@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Garrett Lindqvist-Moreau", "Adaeze Okonkwo-Sterling"),
            "requester.signer_title": any_of("Assistant United States Attorney", "United States Magistrate Judge"),
            "targets": ["cascadia_ember_ops"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("arson of commercial property", "arson", "18 U.S.C. § 844(i)", None),
            "date_range": {"start": "2026-07-01", "end": "2026-10-31"},
            "served_at": served(date),
            # 14 days from Thursday 2026-11-12 is Thursday 2026-11-26, Thanksgiving Day
            "return_by": any_of(
                "2026-11-26T17:00:00-08:00",
                "2026-11-26T23:59:59-08:00",
                "2026-11-27T17:00:00-08:00",
                "2026-11-27T23:59:59-08:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-11-10T23:59:59-08:00", "2027-11-09T23:59:59-08:00"),
            "case_number": "3:26-mc-00917-OS",
            "issuing_court": any_of(
                "United States District Court for the District of Oregon",
                "U.S. District Court, District of Oregon",
            ),
        },
        sender="Lindqvist-Moreau, Garrett (USAOR) <Garrett.Lindqvist-Moreau@usdoj.gov>",
        subject="Service of 2703(d) Order - 3:26-mc-00917-OS",
        date=date,
        message_id="<BY5PR09MB4410C2@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_sdtx_grand_jury_pdf() -> Message:
    date = when(2026, 10, 20, 15, 41, 0, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
Southern District of Texas

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records
    Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to
testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court
officer allows you to leave.

Place: Bob Casey United States Courthouse, 515 Rusk Street, Houston, Texas 77002, Grand Jury Room 9A
Date and Time: November 10, 2026 9:00 a.m.

You must also bring with you the following documents, electronically stored information, or objects:
SEE ATTACHMENT A.

Date: October 19, 2026                          CLERK OF COURT
                                                 /s/ M. Villarreal-Dunn, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are:
Rosalind T. Achebe-Garza, Assistant United States Attorney, 1000 Louisiana Street, Suite 2300, Houston, TX
77002, (713) 555-0162

ATTACHMENT A (Grand Jury No. 26-0388)
For the accounts @h_town_slab_rentals and bayou.city.rentals@example.com, for the period January 1, 2026 to
the date of this subpoena, the following records described in 18 U.S.C. § 2703(c)(2):
  (A) name; (B) address; (C) local and long distance telephone connection records, or records of session
  times and durations; (D) length of service (including start date) and types of service utilized;
  (E) telephone or instrument number or other subscriber number or identity, including any temporarily
  assigned network address; and (F) means and source of payment (including any credit card or bank
  account number).
Do NOT produce the contents of any communication.

The Government requests that you not disclose the existence of this subpoena to the subscriber, as disclosure
could impede the investigation. There is no court order prohibiting disclosure at this time.
"""
    body = """\
Custodian,

Attached is a federal grand jury subpoena (rental-listing fraud, wire fraud). Electronic production in lieu of
appearance is acceptable if received before the date on the subpoena; please send to the address below.

Thank you,
Rosalind Achebe-Garza
AUSA, Southern District of Texas
"""
    return make(
        "002-usao-sdtx-grand-jury-pdf",
        "USAO Southern District of Texas grand jury subpoena (PDF) for § 2703(c)(2) records of an @handle and an "
        "e-mail account; appear November 10, 2026 9:00 a.m. (after the end of daylight-saving time); non-disclosure "
        "requested without a court order.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "18 U.S.C. § 2703(c)(2)", "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the Southern District of Texas",
                "U.S. Attorney's Office, Southern District of Texas",
                "U.S. Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Rosalind.Achebe-Garza@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rosalind T. Achebe-Garza", "Rosalind Achebe-Garza", "M. Villarreal-Dunn"),
            "requester.signer_title": any_of("Assistant United States Attorney", "AUSA", "Deputy Clerk"),
            "targets": any_of(
                ["h_town_slab_rentals", "bayou.city.rentals@example.com"],
                ["bayou.city.rentals@example.com", "h_town_slab_rentals"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "wire fraud", "rental-listing fraud"),
            "date_range": any_of(
                None, {"start": "2026-01-01", "end": "2026-10-19"}, {"start": "2026-01-01", "end": "2026-10-20"}
            ),
            "served_at": served(date),
            "return_by": "2026-11-10T09:00:00-06:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("26-0388", "Grand Jury No. 26-0388"),
            "issuing_court": any_of(
                "United States District Court for the Southern District of Texas",
                "U.S. District Court, Southern District of Texas",
            ),
        },
        sender="Achebe-Garza, Rosalind (USATXS) <Rosalind.Achebe-Garza@usdoj.gov>",
        subject="Grand Jury Subpoena - GJ 26-0388",
        date=date,
        message_id="<DM6PR09MB7731E0@usdoj.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ 26-0388 Social Example.pdf")],
        dkim="usdoj.gov",
    )


def usao_wdtn_pen_register_html_table() -> Message:
    date = when(2026, 11, 18, 11, 2, 0, -6)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Legal Process Team,</p>
<p>The Court has authorized the installation and use of a pen register and trap and trace device on the account
below. The order is sealed; a certified copy will be provided to your designated custodian on request. Key terms:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Item</th><th align="left">Detail</th></tr>
<tr><td>Court</td><td>United States District Court, Western District of Tennessee, Western Division (Memphis)</td></tr>
<tr><td>Miscellaneous No.</td><td>2:26-mj-20455-TMP</td></tr>
<tr><td>Authority</td><td>18 U.S.C. &sect;&sect; 3121-3127</td></tr>
<tr><td>Target account</td><td>@bluffcity_plugz (numeric ID 7730019245)</td></tr>
<tr><td>Information to be collected</td><td>All dialing, routing, addressing and signaling information associated with
each communication to or from the account, including IP addresses and ports of each log-in and the account
identifiers of senders and recipients, in real time; <b>no contents of any communication</b></td></tr>
<tr><td>Duration</td><td>Sixty (60) days from the date of the Order</td></tr>
<tr><td>Order date</td><td>November 17, 2026 - Hon. Tu M. Pham-Whitaker, U.S. Magistrate Judge</td></tr>
<tr><td>Non-disclosure</td><td>Sealed. Pursuant to 18 U.S.C. &sect; 3123(d), the provider shall not disclose the existence
of the pen register or trap and trace device, or of the investigation, to the listed subscriber or to any other
person, unless or until otherwise ordered by the Court.</td></tr>
<tr><td>Investigating agency</td><td>DEA Memphis Resident Office (distribution of counterfeit pills)</td></tr>
</table>
<p>Please confirm the technical contact for the delivery of the data.</p>
<p>Cordell J. Massengill-Abara<br>Assistant United States Attorney<br>Western District of Tennessee<br>
167 North Main Street, Suite 800, Memphis, TN 38103</p>
</body></html>
"""
    return make(
        "003-usao-wdtn-pen-register-html-table",
        "USAO Western District of Tennessee serves a sealed pen register / trap and trace order as an HTML table: "
        "an @handle with numeric ID, 60 days of real-time routing data, § 3123(d) seal until further order.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. §§ 3121-3127", "18 U.S.C. § 3123", "18 U.S.C. § 3123(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the Western District of Tennessee",
                "U.S. Attorney's Office, Western District of Tennessee",
                "U.S. Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Cordell.Massengill-Abara@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Cordell J. Massengill-Abara", "Tu M. Pham-Whitaker"),
            "requester.signer_title": any_of("Assistant United States Attorney", "U.S. Magistrate Judge"),
            "targets": any_of(["bluffcity_plugz"], ["bluffcity_plugz", "7730019245"]),
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of(None, "distribution of counterfeit pills"),
            "date_range": any_of(None, {"start": "2026-11-17", "end": "2027-01-16"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "2:26-mj-20455-TMP",
            "issuing_court": any_of(
                "United States District Court, Western District of Tennessee",
                "United States District Court for the Western District of Tennessee",
            ),
        },
        sender="Massengill-Abara, Cordell (USATNW) <Cordell.Massengill-Abara@usdoj.gov>",
        subject="SEALED - Pen/Trap Order 2:26-mj-20455",
        date=date,
        message_id="<CH2PR09MB6620F1@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def fbi_jacksonville_nsl_pdf() -> Message:
    date = when(2026, 9, 24, 16, 30, 0, -4)
    letter = """\
U.S. Department of Justice
Federal Bureau of Investigation
Jacksonville Field Office
6061 Gate Parkway, Jacksonville, Florida 32256

September 23, 2026

Social Example, Inc.
Attn: Custodian of Records

In accordance with Title 18, United States Code (U.S.C.), Section 2709 (as amended), you are hereby directed
to provide to the Federal Bureau of Investigation (FBI) the name, address, and length of service for the
following account holder:

    Account: @stjohns_river_fisher (account ID 5583016627)

I certify, in accordance with 18 U.S.C. Section 2709(b), that the information sought is relevant to an
authorized investigation to protect against international terrorism or clandestine intelligence activities,
and that such an investigation of a United States person is not conducted solely on the basis of activities
protected by the First Amendment to the Constitution of the United States.

In accordance with 18 U.S.C. Section 2709(c)(1), I certify that the absence of a prohibition of disclosure
under this subsection may result in a danger to the national security of the United States, interference with
a criminal, counterterrorism, or counterintelligence investigation, interference with diplomatic relations, or
danger to the life or physical safety of any person. Accordingly, 18 U.S.C. Section 2709(c)(1) prohibits you,
or any officer, employee, or agent of yours, from disclosing to any person (other than those to whom such
disclosure is necessary to comply with the letter or an attorney to obtain legal advice) that the FBI has
sought or obtained access to information or records under these provisions. You have the right to challenge
this letter under 18 U.S.C. Section 3511(a) and (b).

Please provide the records within fourteen (14) calendar days of receipt of this letter, by secure e-mail
to the Special Agent named below.

Sincerely,

Desmond K. Arroyave-Lindholm
Special Agent in Charge
Jacksonville Field Office

Point of contact: SA Harriet N. Quayson-Bell, (904) 555-0131
"""
    body = """\
Please see attached National Security Letter. Questions can be directed to me.

SA Harriet Quayson-Bell
FBI Jacksonville
"""
    return make(
        "004-fbi-jacksonville-nsl-pdf",
        "FBI Jacksonville National Security Letter (PDF) under 18 U.S.C. § 2709 for the name, address and length of "
        "service of an @handle with account ID; § 2709(c) certification (gag, no end date); 14 calendar days.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709", "18 U.S.C. Section 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Jacksonville Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "hnquayson-bell@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Desmond K. Arroyave-Lindholm",
            "requester.signer_title": "Special Agent in Charge",
            "targets": any_of(["stjohns_river_fisher"], ["stjohns_river_fisher", "5583016627"]),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                None,
                "to protect against international terrorism or clandestine intelligence activities",
                "authorized investigation to protect against international terrorism or clandestine intelligence "
                "activities",
            ),
            "served_at": served(date),
            "return_by": any_of("2026-10-08T17:00:00-04:00", "2026-10-08T23:59:59-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
        },
        sender="Quayson-Bell, Harriet N. (JK) (FBI) <hnquayson-bell@fbi.gov>",
        subject="NSL - Social Example, Inc.",
        date=date,
        message_id="<BN8PR09MB5543D0@fbi.gov>",
        text=body,
        attachments=[(pdf(letter), "application", "pdf", "NSL_SocialExample_20260923.pdf")],
        dkim="fbi.gov",
    )


def usda_oig_subpoena_docx() -> Message:
    date = when(2026, 10, 6, 9, 15, 0, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DEPARTMENT OF AGRICULTURE - OFFICE OF INSPECTOR GENERAL"),
            ("p", "SUBPOENA DUCES TECUM No. SW-2026-0193"),
            (
                "p",
                "Issued under the authority of Section 6(a)(4) of the Inspector General Act of 1978, as amended "
                "(5 U.S.C. § 406(a)(4)).",
            ),
            ("p", "TO: Social Example, Inc., Custodian of Records"),
            (
                "p",
                "YOU ARE HEREBY COMMANDED to produce the records described below, which are necessary in the "
                "performance of the responsibility of the Inspector General to conduct and supervise investigations "
                "relating to the programs of the Department of Agriculture, namely the trafficking of Supplemental "
                "Nutrition Assistance Program (SNAP) benefits for cash.",
            ),
            ("t", "Accounts|@ebt_cash_texas and @snapswap_centex"),
            (
                "t",
                "Records|(1) subscriber name, e-mail addresses, telephone numbers and date of account creation; "
                "(2) IP addresses, with dates and times, of all log-ins",
            ),
            ("t", "Period|January 1, 2026 through September 30, 2026"),
            (
                "t",
                "Return|October 27, 2026 at 10:00 a.m., USDA-OIG Investigations, 101 S. Main Street, "
                "Temple, Texas 76501, or by e-mail to the agent named below",
            ),
            (
                "p",
                "Failure to comply may result in an action in the United States District Court to enforce this "
                "subpoena.",
            ),
            (
                "p",
                "Signed this 5th day of October, 2026, at Washington, D.C. - Phyllis E. Ndiaye-Carrow, "
                "Inspector General",
            ),
            ("p", "Contact: Special Agent Lucas Brandvold-Otieno, Southwest Region, (254) 555-0177"),
        ],
        author="USDA OIG",
    )
    body = """\
Hello,

Please find attached an Inspector General subpoena for records on two accounts. E-mail production is fine.
Please let me know if you have any questions.

Lucas Brandvold-Otieno
Special Agent
USDA Office of Inspector General - Investigations, Southwest Region
Temple, TX
"""
    return make(
        "005-usda-oig-subpoena-docx",
        "USDA Office of Inspector General subpoena (.docx, table) for identity and log-in IPs of two @handles, "
        "January-September 2026, due October 27, 2026 at 10:00 a.m. in Temple, Texas; SNAP benefit trafficking.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "USDA Office of Inspector General",
                "United States Department of Agriculture - Office of Inspector General",
                "U.S. Department of Agriculture, Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "lucas.brandvold-otieno@oig.usda.gov",
            "requester.verified": True,
            "requester.signer": any_of("Phyllis E. Ndiaye-Carrow", "Lucas Brandvold-Otieno"),
            "requester.signer_title": any_of("Inspector General", "Special Agent"),
            "targets": any_of(["ebt_cash_texas", "snapswap_centex"], ["snapswap_centex", "ebt_cash_texas"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "trafficking of Supplemental Nutrition Assistance Program (SNAP) benefits for cash",
                "SNAP benefit trafficking",
                "trafficking of SNAP benefits",
            ),
            "date_range": {"start": "2026-01-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-10-27T10:00:00-05:00",
            "case_number": "SW-2026-0193",
        },
        sender="Brandvold-Otieno, Lucas - OIG <lucas.brandvold-otieno@oig.usda.gov>",
        subject="OIG Subpoena SW-2026-0193",
        date=date,
        message_id="<SA9PR09MB0193AA@oig.usda.gov>",
        text=body,
        attachments=[(document, "application", DOCX, "Subpoena_SW-2026-0193.docx")],
        dkim="usda.gov",
    )


def fws_preservation_terse() -> Message:
    date = when(2026, 9, 9, 6, 47, 0, -7)
    text = """\
Pls preserve all records for https://social.example.com/u/bajafish.maw.sales under 18 USC 2703(f), 90 days.
Lacey Act investigation (totoaba swim bladder sales). Legal process to follow.

SA Ignacio Tupou-Harrington
USFWS Office of Law Enforcement, Sacramento
916-555-0126

Sent from my iPhone
"""
    return make(
        "006-fws-preservation-terse",
        "U.S. Fish and Wildlife Service special agent's terse § 2703(f) preservation request from a phone for a "
        "profile URL, 90 days, Lacey Act (totoaba); no gag, no range.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of(
                "U.S. Fish and Wildlife Service",
                "United States Fish and Wildlife Service",
                "USFWS Office of Law Enforcement",
                "USFWS",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "ignacio_tupou-harrington@fws.gov",
            "requester.verified": True,
            "requester.signer": "Ignacio Tupou-Harrington",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": any_of(["https://social.example.com/u/bajafish.maw.sales"], ["bajafish.maw.sales"]),
            "data_categories": any_of(
                [], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], ["BASIC_SUBSCRIBER"]
            ),
            "stated_purpose": any_of(None, "Lacey Act investigation", "totoaba swim bladder sales", "Lacey Act"),
            "served_at": served(date),
        },
        sender="Tupou-Harrington, Ignacio <ignacio_tupou-harrington@fws.gov>",
        subject="preservation",
        date=date,
        message_id="<7C1E7A44-2B90-4E55-9A31-FWS0909@fws.gov>",
        text=text,
        dkim="fws.gov",
    )


def us_park_police_emergency() -> Message:
    date = when(2026, 10, 31, 23, 52, 0, -4)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8) / (c)(4)

To the Social Example emergency team,

At 23:20 tonight the account @potomac_last_light posted a photo taken on the Arlington Memorial Bridge with the
caption "nobody will notice when I'm gone. tonight's the night." Officers are searching the bridge and the
George Washington Memorial Parkway now but have not located the person. We believe the user is at immediate
risk of suicide.

We request immediately: the subscriber's name, phone numbers and e-mail addresses, the IP addresses used in the
last 24 hours, and any location information you hold for the account from the last 24 hours.

I certify that this is an emergency involving danger of death or serious physical injury to a person that
requires disclosure without delay.

Sgt. Lorraine Castellanos-Whitby
United States Park Police, Criminal Investigations Unit
1100 Ohio Drive SW, Washington, DC 20242
Desk: (202) 555-0119 (24 h)
Incident No. USPP-26-118407
"""
    return make(
        "007-us-park-police-emergency",
        "U.S. Park Police emergency disclosure request near midnight: a user posted a suicide note from the Arlington "
        "Memorial Bridge; subscriber data, 24 h of IPs and location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(
                None, "18 U.S.C. 2702(b)(8) / (c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702(c)(4)"
            ),
            "requester.name": any_of("United States Park Police", "U.S. Park Police", "National Park Service"),
            "requester.kind": "FEDERAL",
            "requester.email": "lorraine_castellanos-whitby@nps.gov",
            "requester.verified": True,
            "requester.signer": "Lorraine Castellanos-Whitby",
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": ["potomac_last_light"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "risk of suicide", "suicide"),
            "date_range": any_of(
                None, {"start": "2026-10-30", "end": "2026-10-31"}, {"start": "2026-10-31", "end": "2026-11-01"}
            ),
            "served_at": served(date),
            "emergency": {"narrative_contains": "Memorial Bridge"},
            "case_number": any_of(None, "USPP-26-118407"),
        },
        sender="Castellanos-Whitby, Lorraine <lorraine_castellanos-whitby@nps.gov>",
        subject="EMERGENCY - suicide risk - @potomac_last_light",
        date=date,
        message_id="<USPP-118407-2352@nps.gov>",
        text=text,
        dkim="nps.gov",
    )


def cbp_1509_summons_baltimore() -> Message:
    date = when(2026, 11, 3, 13, 20, 0, -5)
    summons = """\
DEPARTMENT OF HOMELAND SECURITY
U.S. CUSTOMS AND BORDER PROTECTION
Port of Baltimore, Maryland

SUMMONS
(19 U.S.C. 1509)

To: Social Example, Inc., Custodian of Records
Summons No.: BAL-1509-26-0712

By the service of this summons, you are hereby required to appear before Assistant Port Director (Trade)
Wendell A. Okoro-Fitzgerald, an officer of U.S. Customs and Border Protection, at 40 South Gay Street,
Baltimore, MD 21202, on November 13, 2026 at 10:00 a.m., to give testimony and to produce the records
described below, in connection with an inquiry into the correctness of entries and the importation of
merchandise bearing counterfeit trademarks (19 U.S.C. 1526, 1595a) by the importer of record trading as
"Charm City Kicks".

Records: for the account @charm_city_kicks_bmore - name of the account holder, postal address, telephone
numbers, e-mail addresses, and the IP address used to create the account.

In lieu of appearance, the records may be produced electronically to the officer named above before the
date of appearance.

Issued: November 2, 2026            /s/ Wendell A. Okoro-Fitzgerald, Assistant Port Director (Trade)
"""
    body = """\
Good afternoon,

Attached please find a CBP summons for account records. Please contact me with any questions.

Wendell Okoro-Fitzgerald
Assistant Port Director, Trade
U.S. Customs and Border Protection | Port of Baltimore
"""
    return make(
        "008-cbp-1509-summons-baltimore",
        "CBP Port of Baltimore summons under 19 U.S.C. § 1509 (PDF) for the identity and registration IP of an "
        "@handle selling counterfeit sneakers; appear November 13, 2026 at 10:00 a.m.; signed by an assistant "
        "port director.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("19 U.S.C. 1509", "19 U.S.C. § 1509"),
            "requester.name": any_of(
                "U.S. Customs and Border Protection", "United States Customs and Border Protection", "CBP"
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "wendell.a.okoro-fitzgerald@cbp.dhs.gov",
            "requester.verified": True,
            "requester.signer": "Wendell A. Okoro-Fitzgerald",
            "requester.signer_title": any_of("Assistant Port Director (Trade)", "Assistant Port Director"),
            "targets": ["charm_city_kicks_bmore"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "correctness of entries and the importation of merchandise bearing counterfeit trademarks",
                "importation of merchandise bearing counterfeit trademarks",
                "counterfeit trademarks",
            ),
            "served_at": served(date),
            "return_by": "2026-11-13T10:00:00-05:00",
            "case_number": "BAL-1509-26-0712",
        },
        sender="OKORO-FITZGERALD, WENDELL A <wendell.a.okoro-fitzgerald@cbp.dhs.gov>",
        subject="CBP Summons BAL-1509-26-0712",
        date=date,
        message_id="<MN2PR09MB0712CB@cbp.dhs.gov>",
        text=body,
        attachments=[(pdf(summons), "application", "pdf", "Summons_BAL-1509-26-0712.pdf")],
        dkim="dhs.gov",
    )


def uspsoig_subpoena_internal_forward() -> Message:
    date = when(2026, 12, 2, 8, 12, 0, -5)
    text = """\
Forwarding to legal-process - this came to my personal inbox from an agent I met at a conference. Not sure
it's been served to you properly. -Tamsin

-------- Forwarded Message --------
Subject: IG subpoena - stamp resale accounts
Date: Tue, 1 Dec 2026 16:40:22 -0500
From: Abernathy-Soto, Curtis <CAbernathy-Soto@uspsoig.gov>
To: Tamsin Greer-Olawale <tgreer-olawale@social.example.com>

Tamsin - good to meet you in Raleigh. As discussed, here is the text of our Inspector General subpoena
(5 U.S.C. 406(a)(4)) No. 26-OIG-EA-3318, signed by the Deputy Inspector General on 11/30/2026:

  Produce, by December 16, 2026, for the account registered to stampsdeals.wholesale@example.net and the
  account @forever_stamps_bulk: subscriber names, addresses, telephone numbers, e-mail addresses, and the
  means and source of payment for any purchases on the platform.

Purpose: investigation of the sale of counterfeit postage stamps (18 U.S.C. 501).

Thanks,
Curtis Abernathy-Soto
Special Agent, USPS Office of Inspector General, Eastern Area Field Office
"""
    return make(
        "009-uspsoig-subpoena-internal-forward",
        "A platform employee forwards (unsigned internal mail) a USPS Office of Inspector General subpoena typed "
        "into an agent's mail: identity and payment records of an e-mail account and an @handle, due December 16, "
        "2026; counterfeit postage; unverified.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. 406(a)(4)", "5 U.S.C. § 406(a)(4)"),
            "requester.name": any_of(
                "USPS Office of Inspector General",
                "United States Postal Service Office of Inspector General",
                "U.S. Postal Service Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": any_of("CAbernathy-Soto@uspsoig.gov", "cabernathy-soto@uspsoig.gov"),
            "requester.verified": False,
            "requester.signer": "Curtis Abernathy-Soto",
            "requester.signer_title": "Special Agent",
            "targets": any_of(
                ["stampsdeals.wholesale@example.net", "forever_stamps_bulk"],
                ["forever_stamps_bulk", "stampsdeals.wholesale@example.net"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "sale of counterfeit postage stamps",
                "counterfeit postage stamps",
                "investigation of the sale of counterfeit postage stamps (18 U.S.C. 501)",
            ),
            "served_at": any_of(served(date), "2026-12-01T16:40:22-05:00"),
            "return_by": any_of("2026-12-16T17:00:00-05:00", "2026-12-16T23:59:59-05:00"),
            "case_number": "26-OIG-EA-3318",
        },
        sender="Tamsin Greer-Olawale <tgreer-olawale@social.example.com>",
        subject="Fwd: IG subpoena - stamp resale accounts",
        date=date,
        message_id="<a1f3-tgo-1202@social.example.com>",
        text=text,
    )


MESSAGES = [
    usao_dor_2703d_one_year_gag,
    usao_sdtx_grand_jury_pdf,
    usao_wdtn_pen_register_html_table,
    fbi_jacksonville_nsl_pdf,
    usda_oig_subpoena_docx,
    fws_preservation_terse,
    us_park_police_emergency,
    cbp_1509_summons_baltimore,
    uspsoig_subpoena_internal_forward,
]

"""United States demands, part 1: federal districts, agencies and inspectors general. Sender domains
from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout12._dates import day_end, expiry
from tests.corpus.blind_holdout12._kit import Message, any_of, docx_file, make, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
USAO = "United States Attorney's Office"


def usao_ednc_2703d_one_year_gag() -> Message:
    date = when(2026, 11, 18, 10, 20, 5, -5)
    text = """\
Good morning,

Please find below the text of a 2703(d) order entered yesterday in the Eastern District of North
Carolina. A certified copy will follow by mail if you need one. Kindly produce the records within
fourteen (14) days of service of this email, by secure upload or to the address below.

------------------------------------------------------------------------------------------
                      IN THE UNITED STATES DISTRICT COURT
                 FOR THE EASTERN DISTRICT OF NORTH CAROLINA
                              WESTERN DIVISION

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA
FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)                No. 5:26-mj-02291-RJN

                                     ORDER

This matter having come before the Court pursuant to an application under 18 U.S.C. § 2703(d), the
Court finds that the applicant has offered specific and articulable facts showing that there are
reasonable grounds to believe that the records sought are relevant and material to an ongoing
criminal investigation into wire fraud and aggravated identity theft (18 U.S.C. §§ 1343, 1028A).

IT IS THEREFORE ORDERED that Social Example, Inc. shall disclose, for the account @capefear_cargo,
for the period June 1, 2026 through November 15, 2026:
  1. subscriber names, addresses, telephone numbers and e-mail addresses on file;
  2. records of session times and durations, and the IP addresses used for each log-in;
  3. records of the accounts with which @capefear_cargo exchanged direct messages (account names,
     dates and times only; no content).

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that Social Example, Inc. shall not disclose
the existence of the application or of this Order to the listed subscriber or to any other person
for a period of one (1) year from the date of this Order, unless the Court orders otherwise.

SO ORDERED, this 17th day of November, 2026.

                                   /s/ Robert J. Numbers II
                                   United States Magistrate Judge
------------------------------------------------------------------------------------------

Thank you,

Celeste Amankwah-Doyle
Assistant United States Attorney
U.S. Attorney's Office, Eastern District of North Carolina
150 Fayetteville Street, Suite 2100, Raleigh, NC 27601
(919) 555-0143
"""
    return make(
        "001-usao-ednc-2703d-one-year-gag",
        "USAO Eastern District of North Carolina serves a § 2703(d) order typed into the body: subscriber data, "
        "log-in IPs and DM correspondents of an @handle for June 1-Nov 15 2026, 14 days, one-year § 2705(b) NDO.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "U.S. Attorney's Office, Eastern District of North Carolina",
                "United States Attorney's Office for the Eastern District of North Carolina",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Celeste.Amankwah-Doyle@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Robert J. Numbers II", "Celeste Amankwah-Doyle"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["capefear_cargo"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("wire fraud and aggravated identity theft", "wire fraud", None),
            "date_range": {"start": "2026-06-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": day_end("2026-12-02", offset="-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": expiry("2027-11-17", "2027-11-16", offsets=("-05:00",)),
            "case_number": "5:26-mj-02291-RJN",
            "issuing_court": any_of(
                "United States District Court for the Eastern District of North Carolina",
                "U.S. District Court, Eastern District of North Carolina",
            ),
        },
        sender="Amankwah-Doyle, Celeste (USANCE) <Celeste.Amankwah-Doyle@usdoj.gov>",
        subject="Service of 2703(d) Order - 5:26-mj-02291-RJN",
        date=date,
        message_id="<BN8PR09MB55120E7@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_mdpa_grand_jury_pdf() -> Message:
    date = when(2026, 10, 13, 14, 41, 0, -4)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
Middle District of Pennsylvania

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc., c/o legal-process@dueprocess.local

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. When you arrive, you must remain at the court until
the judge or a court officer allows you to leave.

Place: Sylvia H. Rambo United States Courthouse, 1501 North 6th Street, Harrisburg, PA 17102
Courtroom No.: Grand Jury Room, 4th Floor
Date and Time: 10/29/2026 10:00 am

You must also bring with you the following documents, electronically stored information, or objects:
For the accounts keystone.vape.supply and susq_dealz: subscriber names, postal and e-mail addresses,
telephone numbers, date the account was created, and any means and source of payment on file.

In lieu of appearance, records may be produced electronically to the Assistant U.S. Attorney below
on or before the date above.

Date: 10/08/2026                                  CLERK OF COURT
                                                  /s/ M. Kovalchick, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United
States attorney, who requests this subpoena, are:
Gideon P. Yerkes-Malloy, AUSA, 228 Walnut Street, Suite 220, Harrisburg, PA 17101,
Gideon.Yerkes-Malloy@usdoj.gov, (717) 555-0187

Grand Jury No. 26-3-114
"""
    text = """\
Custodian,

Attached is a federal grand jury subpoena (GJ 26-3-114) relating to an investigation of the
distribution of counterfeit vaping cartridges. Please produce the responsive records electronically
by the return date.

You are requested not to disclose the existence of this subpoena to the account holders, as
disclosure could impede the investigation. This request is not a court order.

Gideon Yerkes-Malloy
Assistant U.S. Attorney, Middle District of Pennsylvania
"""
    return make(
        "002-usao-mdpa-grand-jury-pdf",
        "USAO Middle District of Pennsylvania grand jury subpoena (PDF) for subscriber data of two user names; "
        "return 10/29/2026 10:00 am; the AUSA asks (no court order) that the users not be told.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "U.S. Attorney's Office, Middle District of Pennsylvania",
                "United States Attorney's Office for the Middle District of Pennsylvania",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Gideon.Yerkes-Malloy@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gideon P. Yerkes-Malloy", "Gideon Yerkes-Malloy", "M. Kovalchick"),
            "requester.signer_title": any_of("Assistant U.S. Attorney", "AUSA", "Deputy Clerk"),
            "targets": ["keystone.vape.supply", "susq_dealz"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("distribution of counterfeit vaping cartridges", None),
            "date_range": None,
            "served_at": served(date),
            "return_by": "2026-10-29T10:00:00-04:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of("26-3-114", "GJ 26-3-114"),
            "issuing_court": any_of(
                "United States District Court for the Middle District of Pennsylvania",
                "U.S. District Court, Middle District of Pennsylvania",
            ),
        },
        sender="Yerkes-Malloy, Gideon (USAPAM) <Gideon.Yerkes-Malloy@usdoj.gov>",
        subject="Grand Jury Subpoena 26-3-114",
        date=date,
        message_id="<DM6PR09MB4410C21@usdoj.gov>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ_26-3-114_SocialExample.pdf")],
        dkim="usdoj.gov",
    )


def fbi_boston_nsl_pdf() -> Message:
    date = when(2026, 9, 22, 11, 3, 30, -4)
    letter = """\
U.S. Department of Justice
Federal Bureau of Investigation
Boston Field Office, 201 Maple Street, Chelsea, MA 02150

September 21, 2026

Social Example, Inc.
Attn: Custodian of Records

In accordance with Title 18, United States Code (U.S.C.), Section 2709 (Section 201 of the Electronic
Communications Privacy Act of 1986, as amended), you are hereby directed to provide to the Federal
Bureau of Investigation (FBI) the name, address, and length of service, and electronic communication
transactional records, for the account identified below, for the period from January 1, 2026 to
September 15, 2026:

    Account: @quincybay_relay     (numeric user ID 88104477132)

In accordance with Title 18, U.S.C., Section 2709(b), I certify that the information sought is
relevant to an authorized investigation to protect against international terrorism or clandestine
intelligence activities, and that such an investigation of a United States person is not conducted
solely on the basis of activities protected by the First Amendment.

In accordance with 18 U.S.C. Section 2709(c)(1), I certify that the absence of a prohibition of
disclosure under this subsection may result in a danger to the national security of the United
States, interference with a criminal, counterterrorism, or counterintelligence investigation,
interference with diplomatic relations, or danger to the life or physical safety of any person.
Accordingly, you, or any officer, employee, or agent of yours, are prohibited from disclosing to any
person that the FBI has sought or obtained access to information or records under these provisions,
other than to those persons to whom disclosure is necessary to comply with this letter, an attorney
to obtain legal advice or assistance, or other persons as permitted by the Director of the FBI.

In accordance with 18 U.S.C. Section 3511(a) and (b)(1), you have the right to challenge this letter
and the nondisclosure requirement in a United States district court.

You are requested to provide the records within fourteen (14) calendar days of receipt of this letter,
by personal delivery or through secure means arranged with Special Agent Haruto Brennan-Achebe,
(857) 555-0170.

                                   Sincerely,
                                   /s/
                                   Marguerite A. Szymanski-Lowe
                                   Special Agent in Charge, Boston Field Office
"""
    text = """\
Attached please find a National Security Letter. The letter contains a nondisclosure requirement;
please handle accordingly. Contact me to arrange delivery.

SA Haruto Brennan-Achebe
FBI Boston
"""
    return make(
        "003-fbi-boston-nsl-pdf",
        "FBI Boston National Security Letter (PDF) signed by the Special Agent in Charge: name, address, length "
        "of service and transactional records of an @handle Jan 1-Sep 15 2026, 14 days, § 2709(c) gag.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709", "Title 18, U.S.C., Section 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Boston Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "hbrennanachebe@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Marguerite A. Szymanski-Lowe",
            "requester.signer_title": any_of("Special Agent in Charge", "Special Agent in Charge, Boston Field Office"),
            "targets": any_of(["quincybay_relay"], ["quincybay_relay", "88104477132"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "to protect against international terrorism or clandestine intelligence activities", None
            ),
            "date_range": {"start": "2026-01-01", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": day_end("2026-10-06", offset="-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "nondisclosure.expires_at": None,
            "case_number": None,
            "issuing_court": None,
        },
        sender="Brennan-Achebe, Haruto (BS) (FBI) <hbrennanachebe@fbi.gov>",
        subject="NSL - Social Example, Inc.",
        date=date,
        message_id="<0c1f8a3e-77b2-4d1e-9a54-bs2026nsl@fbi.gov>",
        text=text,
        attachments=[(pdf(letter), "application", "pdf", "NSL_SocialExample_20260921.pdf")],
        dkim="fbi.gov",
    )


def dot_oig_subpoena_docx() -> Message:
    date = when(2026, 10, 27, 9, 15, 0, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DEPARTMENT OF TRANSPORTATION - OFFICE OF INSPECTOR GENERAL"),
            ("h", "SUBPOENA DUCES TECUM"),
            ("p", "OIG Subpoena No. 26-CHI-0317"),
            ("t", "To|Social Example, Inc., Attn: Custodian of Records"),
            (
                "t",
                "Authority|Section 6(a)(4) of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4)",
            ),
            (
                "t",
                "Records|For the account @midwest_cdl_express and the account registered to "
                "dispatch@midwestcdlexpress.example.com: (1) subscriber name, addresses, telephone numbers, "
                "e-mail addresses and account creation date; (2) IP addresses and timestamps of every log-in "
                "from October 1, 2025 to October 1, 2026.",
            ),
            ("t", "Return date|On or before November 16, 2026"),
            ("t", "Deliver to|Special Agent Lorraine Oyelowo-Finch, DOT-OIG, 200 W. Adams St., Chicago, IL 60606"),
            (
                "p",
                "The records are required in an investigation of the falsification of commercial driver "
                "medical examiner certificates submitted to the Federal Motor Carrier Safety Administration.",
            ),
            (
                "p",
                "Issued at Washington, D.C., October 23, 2026. /s/ Teodor Halvorsen-Reyes, Deputy Inspector "
                "General for Investigations, U.S. Department of Transportation.",
            ),
        ],
        author="DOT OIG",
    )
    text = """\
Good morning,

Please see the attached Inspector General subpoena. Responsive records may be produced electronically
to me. Let me know if you need anything else.

Lorraine Oyelowo-Finch
Special Agent, Office of Inspector General
U.S. Department of Transportation, Chicago Regional Office
(312) 555-0161
"""
    return make(
        "004-dot-oig-subpoena-docx",
        "Department of Transportation OIG inspector-general subpoena (.docx, table) for an @handle and an e-mail "
        "account: identity and log-in IPs Oct 2025-Oct 2026, due November 16, 2026; medical certificate fraud.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978, as amended"),
            "requester.name": any_of(
                "U.S. Department of Transportation Office of Inspector General",
                "Department of Transportation Office of Inspector General",
                "DOT-OIG",
                "DOT OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "lorraine.oyelowo-finch@oig.dot.gov",
            "requester.verified": True,
            "requester.signer": any_of("Teodor Halvorsen-Reyes", "Lorraine Oyelowo-Finch"),
            "requester.signer_title": any_of("Deputy Inspector General for Investigations", "Special Agent"),
            "targets": ["midwest_cdl_express", "dispatch@midwestcdlexpress.example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "investigation of the falsification of commercial driver medical examiner certificates", None
            ),
            "date_range": {"start": "2025-10-01", "end": "2026-10-01"},
            "served_at": served(date),
            # Chicago office; standard time from November 1
            "return_by": day_end("2026-11-16", offset="-06:00"),
            "case_number": "26-CHI-0317",
        },
        sender="Oyelowo-Finch, Lorraine <lorraine.oyelowo-finch@oig.dot.gov>",
        subject="DOT-OIG Subpoena 26-CHI-0317",
        date=date,
        message_id="<CH0PR09MB77712A@oig.dot.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "OIG_Subpoena_26-CHI-0317.docx")],
        dkim="oig.dot.gov",
    )


def usao_wdwa_pen_register_html_table() -> Message:
    date = when(2026, 11, 24, 16, 2, 0, -8)
    html = """\
<html><body style="font-family:Calibri,sans-serif">
<p>Legal Process Team,</p>
<p>Please find below the operative terms of a pen register / trap and trace order entered today in the
Western District of Washington. The signed order is available on request. Installation should begin
immediately upon receipt.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Court</th><td>United States District Court, Western District of Washington at Seattle</td></tr>
<tr><th align="left">Case</th><td>MJ26-0714 (SEALED)</td></tr>
<tr><th align="left">Authority</th><td>18 U.S.C. &sect;&sect; 3122-3123</td></tr>
<tr><th align="left">Target account</th><td>@pugetsound_plugz (display name &quot;Sound Plug&quot;)</td></tr>
<tr><th align="left">Information to be recorded</th><td>Dialing, routing, addressing and signaling information:
IP addresses and port numbers of each log-in, date/time stamps, and the account identifiers of the
senders and recipients of direct messages. No content.</td></tr>
<tr><th align="left">Duration</th><td>Sixty (60) days from the date of the Order</td></tr>
<tr><th align="left">Non-disclosure</th><td>Pursuant to 18 U.S.C. &sect; 3123(d), the provider shall not disclose
the existence of the pen register or the investigation to the listed subscriber or any other person,
unless or until otherwise ordered by the Court; the Order is sealed.</td></tr>
<tr><th align="left">Signed</th><td>Hon. Priya K. Vandermolen, United States Magistrate Judge, November 24, 2026</td></tr>
</table>
<p>Investigating agency: DEA Seattle Field Division (fentanyl distribution).<br>
Contact: AUSA Tobias Ekwueme-Strand, (206) 555-0192</p>
</body></html>
"""
    return make(
        "005-usao-wdwa-pen-register-html-table",
        "USAO Western District of Washington serves a sealed pen register / trap and trace order as an HTML "
        "table: 60 days of log-in IPs and DM routing data for an @handle; § 3123(d) seal until further order.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. §§ 3122-3123", "18 U.S.C. § 3123", "18 U.S.C. 3123"),
            "requester.name": any_of(
                "U.S. Attorney's Office, Western District of Washington",
                "United States Attorney's Office for the Western District of Washington",
                USAO,
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Tobias.Ekwueme-Strand@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Priya K. Vandermolen", "Tobias Ekwueme-Strand"),
            "requester.signer_title": any_of("United States Magistrate Judge", "AUSA"),
            "targets": ["pugetsound_plugz"],
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of("fentanyl distribution", None),
            "date_range": any_of(None, {"start": "2026-11-24", "end": "2027-01-23"}),
            "served_at": served(date),
            "return_by": None,
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "MJ26-0714",
            "issuing_court": any_of(
                "United States District Court, Western District of Washington",
                "United States District Court for the Western District of Washington",
            ),
        },
        sender="Ekwueme-Strand, Tobias (USAWAW) <Tobias.Ekwueme-Strand@usdoj.gov>",
        subject="SEALED - PR/TT Order MJ26-0714",
        date=date,
        message_id="<SJ0PR09MB66410F@usdoj.gov>",
        html=html,
        dkim="usdoj.gov",
    )


def amtrak_oig_preservation_terse() -> Message:
    date = when(2026, 9, 9, 7, 48, 12, -4)
    text = """\
Pls preserve all records for @northeast_rail_tix for 90 days under 18 USC 2703(f), incl. subscriber
info, logs and DMs. Resale of stolen Amtrak e-tickets. Process to follow.

SA Keisha Montgomery-Adeyemi
Amtrak OIG | Office of Investigations | Wilmington DE
Sent from my iPhone
"""
    return make(
        "006-amtrak-oig-preservation-terse",
        "Amtrak OIG special agent's terse § 2703(f) preservation request (from a phone) for an @handle, 90 days, "
        "stolen e-ticket resale; no gag, no range.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)"),
            "requester.name": any_of(
                "Amtrak OIG",
                "Amtrak Office of Inspector General",
                "National Railroad Passenger Corporation, Office of Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "keisha.montgomery-adeyemi@amtrakoig.gov",
            "requester.verified": True,
            "requester.signer": "Keisha Montgomery-Adeyemi",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": ["northeast_rail_tix"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of("Resale of stolen Amtrak e-tickets", None),
            "served_at": served(date),
        },
        sender="Montgomery-Adeyemi, Keisha <keisha.montgomery-adeyemi@amtrakoig.gov>",
        subject="preservation req",
        date=date,
        message_id="<A1B2C3D4-5E6F-4071-8293-AMTK0909@amtrakoig.gov>",
        text=text,
        dkim="amtrakoig.gov",
    )


def dss_emergency_embassy_threat() -> Message:
    date = when(2026, 10, 10, 2, 17, 44, -4)
    text = """\
EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. § 2702(b)(8) and (c)(4)

To: Social Example, Inc. Law Enforcement Response Team
From: U.S. Department of State, Diplomatic Security Service, DS Command Center (Rosslyn, VA)

At 01:32 EDT today the account @vengeance_for_ali posted a photograph of a named U.S. consular officer
outside her residence with the caption "tomorrow she stops breathing, the car is ready." Two earlier
posts from the same account describe explosives. We believe the officer and her family face an
imminent threat of death or serious bodily injury and have no time to obtain legal process.

We request, on an emergency basis:
  - subscriber information (name, e-mail addresses, phone numbers) for @vengeance_for_ali;
  - the IP addresses and timestamps of log-ins for the last 72 hours;
  - any location information associated with the account in the last 72 hours.

I certify that the information above is true and correct to the best of my knowledge. Please call the
DS Command Center at (571) 555-0100 (24/7) to confirm this request and to deliver the records.

Special Agent Nathaniel Oduya-Brandt
Diplomatic Security Service, Protective Intelligence Investigations
U.S. Department of State
"""
    return make(
        "007-dss-emergency-embassy-threat",
        "State Department Diplomatic Security Service emergency request at night: a post threatens a named "
        "consular officer with a car bomb; subscriber data, 72 h of log-in IPs and location of an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of("18 U.S.C. § 2702(b)(8) and (c)(4)", "18 U.S.C. § 2702(b)(8)", None),
            "requester.name": any_of(
                "Diplomatic Security Service",
                "U.S. Department of State, Diplomatic Security Service",
                "U.S. Department of State",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "oduyabrandtn@state.gov",
            "requester.verified": True,
            "requester.signer": "Nathaniel Oduya-Brandt",
            "requester.signer_title": "Special Agent",
            "targets": ["vengeance_for_ali"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of("imminent threat of death or serious bodily injury", None),
            "date_range": any_of(None, {"start": "2026-10-07", "end": "2026-10-10"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "consular officer"},
        },
        sender="Oduya-Brandt, Nathaniel <oduyabrandtn@state.gov>",
        subject="EMERGENCY - threat to life - US consular officer - @vengeance_for_ali",
        date=date,
        message_id="<DSCC-20261010-0217-4411@state.gov>",
        text=text,
        headers=[("Importance", "high")],
        dkim="state.gov",
    )


def rrb_oig_subpoena_internal_forward() -> Message:
    date = when(2026, 11, 2, 13, 6, 0, -8)
    text = """\
Hi legal-process team - this came to my personal work inbox (I met the agent at a conference last
year). Forwarding as received; I haven't replied.

Marisol

Marisol Quintanilla-Boyd | Trust & Safety Operations | Social Example

---------- Forwarded message ---------
From: Pruitt-Okonjo, Desmond <desmond.pruitt-okonjo@oig.rrb.gov>
Date: Fri, Oct 30, 2026 at 10:41 AM
Subject: RRB-OIG subpoena - Social Example
To: Marisol Quintanilla-Boyd <mquintanillaboyd@social.example.com>

Ms. Quintanilla-Boyd,

The Railroad Retirement Board, Office of Inspector General, is investigating fraudulent claims for
railroad unemployment and sickness benefits. Pursuant to Section 6(a)(4) of the Inspector General Act
of 1978, as amended (5 U.S.C. § 406(a)(4)), Inspector General subpoena RRB-OIG-26-044 requires
Social Example, Inc. to produce, for the accounts @rail_retiree_benefits and @cn_trackman_77:

  1. Subscriber information: name, address, e-mail addresses, telephone numbers;
  2. IP addresses and date/time stamps of log-ins between January 1, 2026 and October 15, 2026.

Return date: November 20, 2026. Records may be sent electronically to me.

Please do not disclose this subpoena to the account holders; doing so could compromise the
investigation.

Desmond Pruitt-Okonjo
Special Agent, Office of Investigations
U.S. Railroad Retirement Board - Office of Inspector General
844 North Rush Street, Chicago, IL 60611
"""
    return make(
        "008-rrb-oig-subpoena-internal-forward",
        "A Trust & Safety employee forwards (internal, unsigned) a Railroad Retirement Board OIG subpoena: "
        "identity and log-in IPs of two @handles Jan 1-Oct 15 2026, return November 20, 2026; letter gag.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978, as amended"),
            "requester.name": any_of(
                "Railroad Retirement Board, Office of Inspector General",
                "U.S. Railroad Retirement Board - Office of Inspector General",
                "RRB-OIG",
                "RRB OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": any_of("desmond.pruitt-okonjo@oig.rrb.gov", "mquintanillaboyd@social.example.com"),
            "requester.verified": False,
            "requester.signer": "Desmond Pruitt-Okonjo",
            "requester.signer_title": "Special Agent",
            "targets": ["rail_retiree_benefits", "cn_trackman_77"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("fraudulent claims for railroad unemployment and sickness benefits", None),
            "date_range": {"start": "2026-01-01", "end": "2026-10-15"},
            "served_at": any_of(served(date), "2026-10-30T10:41:00-07:00", "2026-10-30T10:41:00-05:00"),
            "return_by": day_end("2026-11-20", offset="-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": "RRB-OIG-26-044",
        },
        sender="Marisol Quintanilla-Boyd <mquintanillaboyd@social.example.com>",
        subject="Fwd: RRB-OIG subpoena - Social Example",
        date=date,
        message_id="<CAF3x9m0Rq2Lw@mail.social.example.com>",
        text=text,
    )


def fdic_oig_subpoena_scan() -> Message:
    date = when(2026, 12, 1, 13, 30, 0, -5)
    page = """\
# FEDERAL DEPOSIT INSURANCE CORPORATION
# OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM

No. FDIC-OIG-2026-0193

TO: Social Example, Inc.
    Custodian of Records

YOU ARE HEREBY COMMANDED to produce the records described below to Special Agent
Imogen Castellanos-Weir, FDIC Office of Inspector General, 3501 Fairfax Drive,
Arlington, VA 22226, on or before December 21, 2026.

This subpoena is issued under the authority of Section 6(a)(4) of the Inspector General
Act of 1978, as amended, 5 U.S.C. 406(a)(4), in connection with an investigation of bank
fraud (18 U.S.C. 1344) involving fraudulent small-business loan applications.

RECORDS TO BE PRODUCED:
For the account @chesapeake_capital_llc and the account associated with the
e-mail address r.vantassel.funding@example.net: subscriber names, addresses,
telephone numbers, e-mail addresses, account creation dates, and payment
information on file.

IN TESTIMONY WHEREOF, the undersigned has hereunto set his hand this 25th
day of November, 2026.

/s/ Augustin Feldmann-Achterberg
Assistant Inspector General for Investigations
"""
    text = """\
Please see the attached subpoena (scanned). Production by e-mail is acceptable.

Imogen Castellanos-Weir
Special Agent, FDIC OIG, Office of Investigations
"""
    return make(
        "009-fdic-oig-subpoena-scan",
        "FDIC OIG inspector-general subpoena as an image-only scan: subscriber and payment data of an @handle and "
        "an e-mail account, due December 21, 2026; bank fraud; no gag.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "5 U.S.C. 406(a)(4)", "5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978, as amended"
            ),
            "requester.name": any_of(
                "Federal Deposit Insurance Corporation, Office of Inspector General",
                "FDIC Office of Inspector General",
                "FDIC OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "icastellanosweir@fdicoig.gov",
            "requester.verified": True,
            "requester.signer": any_of("Augustin Feldmann-Achterberg", "Imogen Castellanos-Weir"),
            "requester.signer_title": any_of("Assistant Inspector General for Investigations", "Special Agent"),
            "targets": ["chesapeake_capital_llc", "r.vantassel.funding@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("bank fraud", "investigation of bank fraud (18 U.S.C. 1344)", None),
            "served_at": served(date),
            "return_by": day_end("2026-12-21", offset="-05:00"),
            "case_number": "FDIC-OIG-2026-0193",
        },
        sender="Castellanos-Weir, Imogen <icastellanosweir@fdicoig.gov>",
        subject="Subpoena FDIC-OIG-2026-0193",
        date=date,
        message_id="<FDICOIG.20261201.133000.0193@fdicoig.gov>",
        text=text,
        attachments=[(scan([page], skew=0.4, noise=0.0003, seed=9), "application", "pdf", "scan0193.pdf")],
        dkim="fdicoig.gov",
    )


MESSAGES = (
    usao_ednc_2703d_one_year_gag,
    usao_mdpa_grand_jury_pdf,
    fbi_boston_nsl_pdf,
    dot_oig_subpoena_docx,
    usao_wdwa_pen_register_html_table,
    amtrak_oig_preservation_terse,
    dss_emergency_embassy_threat,
    rrb_oig_subpoena_internal_forward,
    fdic_oig_subpoena_scan,
)

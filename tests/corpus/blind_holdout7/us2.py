"""United States demands, part 2 (a territory, counties and cities, private parties, and the messages whose
right outcome is triage). Sender domains from CISA's .gov list; people, accounts and case numbers
fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout7._kit import Message, any_of, docx_file, make, pdf, scan, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


AS_WARRANT = """\
# HIGH COURT OF AMERICAN SAMOA
# TRIAL DIVISION
TERRITORY OF AMERICAN SAMOA                                   SW No. 26-077
v. Social Example, Inc. (records)

# SEARCH WARRANT

To any officer of the Department of Public Safety and to Social Example, Inc.:

Affidavit having been made before me by Detective Sione Faleolo-Brandt, I find probable cause
that records of the Social Example account pagopago_carz_4sale, registered with the phone
number +1 (684) 555-0114, contain evidence of fraud (A.S.C.A. 46.4113).

YOU ARE COMMANDED to produce: subscriber information; all private messages, photos and videos
sent or received between September 15, 2026 and November 3, 2026.

Records shall be delivered within 14 days of receipt of this warrant.

Dated: 4 November 2026                    Associate Justice Faamausili T. Lemalu-Hart
"""


def american_samoa_dps_warrant_photo() -> Message:
    date = when(2026, 11, 5, 10, 12, 0, -11)
    text = "Talofa, photo of the signed warrant attached. Please send records to this email.\nDet. Sione Faleolo-Brandt\nDPS Criminal Investigation Division\n"
    return make(
        "013-american-samoa-dps-warrant-photo",
        "American Samoa Department of Public Safety detective sends a phone photo (JPEG) of a High Court search "
        "warrant: subscriber data and private messages/media of a user name with a +1 684 phone, Sep 15-Nov 3 "
        "2026, 14 days from receipt.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "A.S.C.A. 46.4113"),
            "requester.name": any_of(
                "American Samoa Department of Public Safety", "Department of Public Safety", "American Samoa Government"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "sione.faleolobrandt@americansamoa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Faamausili T. Lemalu-Hart", "Sione Faleolo-Brandt"),
            "requester.signer_title": any_of("Associate Justice", "Detective"),
            "targets": any_of(
                ["pagopago_carz_4sale", "+16845550114"],
                ["pagopago_carz_4sale", "+1 (684) 555-0114"],
                ["pagopago_carz_4sale"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of("fraud", None),
            "date_range": {"start": "2026-09-15", "end": "2026-11-03"},
            "served_at": served(date),
            "return_by": any_of("2026-11-19T17:00:00-11:00", "2026-11-19T23:59:59-11:00"),
            "case_number": any_of("26-077", "SW No. 26-077"),
            "issuing_court": any_of("High Court of American Samoa", "High Court of American Samoa, Trial Division"),
        },
        sender="Sione Faleolo-Brandt <sione.faleolobrandt@americansamoa.gov>",
        subject="warrant",
        date=date,
        message_id="<ASG-DPS-CID-26077@americansamoa.gov>",
        text=text,
        attachments=[(scan_jpeg(AS_WARRANT, skew=1.2, seed=73), "image", "jpeg", "IMG_4471.jpg")],
        dkim="americansamoa.gov",
    )


def multnomah_da_grand_jury_html() -> Message:
    date = when(2026, 11, 17, 15, 3, 0, -8)
    html = """\
<html><body>
<p>To the Custodian of Records, Social Example, Inc.:</p>
<p><b>IN THE NAME OF THE STATE OF OREGON</b>, you are hereby required to appear before the Grand Jury of
Multnomah County, Multnomah County Central Courthouse, 1200 SW First Avenue, Portland, Oregon, on
<b>Tuesday, December 1, 2026 at 1:30 p.m.</b>, and to bring with you the following records:</p>
<p>For the Social Example account <i>stumptown_kicks_resale</i>: the subscriber's name, address, date of
birth, telephone numbers and e-mail addresses on file, and the date the account was created.</p>
<p>You may comply by delivering certified records to Deputy District Attorney Harlan Esquivel-Brandt before
the date above, in which case no appearance is necessary.</p>
<p>Grand jury proceedings are secret. We ask that you not notify your user of this subpoena.</p>
<p>DA Case No. 26-GJ-5521 &middot; Dated November 16, 2026<br>
Harlan Esquivel-Brandt, Deputy District Attorney, Multnomah County District Attorney's Office<br>
503-555-0188</p>
</body></html>
"""
    return make(
        "014-multnomah-da-grand-jury-html",
        "Multnomah County (OR) District Attorney's grand jury subpoena in an HTML body for subscriber data of a "
        "user name; appear Tuesday, December 1, 2026 at 1:30 p.m.; asks (by letter) not to notify.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Multnomah County District Attorney's Office", "Multnomah County District Attorney"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "harlan.esquivel-brandt@multcoda.gov",
            "requester.verified": True,
            "requester.signer": "Harlan Esquivel-Brandt",
            "requester.signer_title": "Deputy District Attorney",
            "targets": ["stumptown_kicks_resale"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-12-01T13:30:00-08:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": "26-GJ-5521",
            "issuing_court": any_of(None, "Grand Jury of Multnomah County"),
        },
        sender="Esquivel-Brandt, Harlan <harlan.esquivel-brandt@multcoda.gov>",
        subject="Grand Jury Subpoena - DA 26-GJ-5521",
        date=date,
        message_id="<MCDA-26GJ5521@multcoda.gov>",
        html=html,
        dkim="multcoda.gov",
    )


def knoxville_pd_2703d_state_court_docx() -> Message:
    date = when(2026, 11, 2, 8, 55, 0, -5)
    document = docx_file(
        [
            ("h", "IN THE CRIMINAL COURT FOR KNOX COUNTY, TENNESSEE, DIVISION II"),
            ("p", "IN RE: APPLICATION FOR ORDER PURSUANT TO 18 U.S.C. § 2703(d)        No. 2026-MISC-3318"),
            ("h", "ORDER"),
            (
                "p",
                "Upon the application of Investigator Tamsin Holloway-Adeyemi of the Knoxville Police Department, "
                "the Court finds specific and articulable facts showing reasonable grounds to believe the records "
                "sought are relevant and material to an ongoing criminal investigation of sexual exploitation of "
                "a minor.",
            ),
            (
                "p",
                "IT IS ORDERED that Social Example, Inc. provide, for the account registered to "
                "smokies.cabin.rentals@example.com, for June 1, 2026 through October 31, 2026: subscriber "
                "information, IP address log-in history, and the identifiers of accounts with which the account "
                "exchanged messages (no content).",
            ),
            ("p", "Records shall be provided on or before November 20, 2026."),
            (
                "p",
                "IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose this Order to the subscriber "
                "or any other person for ninety (90) days from the date of this Order.",
            ),
            ("p", "ENTERED this 30th day of October, 2026.   Judge Cordelia M. Aaberg-Scott"),
        ],
        author="KPD Investigations",
    )
    return make(
        "015-knoxville-pd-2703d-state-court-docx",
        "Knoxville (TN) PD investigator serves a Knox County Criminal Court § 2703(d) order (.docx): subscriber, "
        "IP log-ins and correspondents of an e-mail account, Jun 1-Oct 31 2026, due November 20, 2026; 90-day "
        "non-disclosure.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of("Knoxville Police Department", "City of Knoxville Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tholloway-adeyemi@knoxvilletnpolice.gov",
            "requester.verified": True,
            "requester.signer": any_of("Cordelia M. Aaberg-Scott", "Tamsin Holloway-Adeyemi"),
            "requester.signer_title": any_of("Judge", "Investigator"),
            "targets": ["smokies.cabin.rentals@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("sexual exploitation of a minor", None),
            "date_range": {"start": "2026-06-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-20T17:00:00-05:00", "2026-11-20T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-01-28T23:59:59-05:00", "2027-01-27T23:59:59-05:00"),
            "case_number": "2026-MISC-3318",
            "issuing_court": any_of(
                "Criminal Court for Knox County, Tennessee",
                "Criminal Court for Knox County, Tennessee, Division II",
                "Knox County Criminal Court",
            ),
        },
        sender="Holloway-Adeyemi, Tamsin <tholloway-adeyemi@knoxvilletnpolice.gov>",
        subject="Court Order - 2026-MISC-3318",
        date=date,
        message_id="<KPD-INV-3318@knoxvilletnpolice.gov>",
        text=(
            "Good morning, please see the attached court order. Let me know if you need anything else.\n\n"
            "Inv. T. Holloway-Adeyemi\nKnoxville Police Department, Internet Crimes Against Children Unit\n"
        ),
        attachments=[(document, "application", DOCX, "2703d_order_3318.docx")],
        dkim="knoxvilletnpolice.gov",
    )


def hennepin_sheriff_warrant_forwarded() -> Message:
    date = when(2026, 11, 20, 9, 30, 0, -6)
    text = """\
Resending - this bounced from your old lawenforcement@ address on Wednesday. Warrant text below.

Sgt. Odell Brekke-Fontaine
Hennepin County Sheriff's Office, Investigations Division
612-555-0171

-----Original Message-----
From: Brekke-Fontaine, Odell
Sent: Wednesday, November 18, 2026 2:14 PM
To: 'lawenforcement@social.example.com'
Subject: Search warrant 27-SW-26-9940

STATE OF MINNESOTA, COUNTY OF HENNEPIN, DISTRICT COURT, FOURTH JUDICIAL DISTRICT
SEARCH WARRANT 27-SW-26-9940

To Social Example, Inc.: the Court, having found probable cause, commands you to disclose for the account
@lakestreet_lux_bags (period 10-1-26 thru 11-15-26): subscriber information; messages, photos and videos;
location history. Records are to be produced no later than 12/04/2026.

The Court further orders that Social Example, Inc. not notify the account holder or any other person of
this warrant for 180 days from the date of this order. Signed 11/17/2026, Judge Ingrid Solheim-Abara.
"""
    return make(
        "016-hennepin-sheriff-warrant-forwarded",
        "Hennepin County (MN) Sheriff's sergeant resends (forwarded Outlook original that bounced) a district court "
        "search warrant: subscriber data, messages/media and location of an @handle 10-1-26 thru 11-15-26, due "
        "12/04/2026, 180-day non-disclosure.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Hennepin County Sheriff's Office", "Hennepin County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "odell.brekke-fontaine@hennepincounty.gov",
            "requester.verified": True,
            "requester.signer": any_of("Odell Brekke-Fontaine", "Ingrid Solheim-Abara"),
            "requester.signer_title": any_of("Sgt.", "Sergeant", "Judge"),
            "targets": ["lakestreet_lux_bags"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "date_range": {"start": "2026-10-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-06:00", "2026-12-04T23:59:59-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of(
                "2027-05-16T23:59:59-05:00",
                "2027-05-15T23:59:59-05:00",
                "2027-05-16T23:59:59-06:00",
                "2027-05-15T23:59:59-06:00",
            ),
            "case_number": "27-SW-26-9940",
            "issuing_court": any_of(
                "District Court, Fourth Judicial District, Hennepin County, Minnesota",
                "Hennepin County District Court",
                "Minnesota Fourth Judicial District Court",
            ),
        },
        sender="Brekke-Fontaine, Odell <odell.brekke-fontaine@hennepincounty.gov>",
        subject="FW: Search warrant 27-SW-26-9940",
        date=date,
        message_id="<HCSO-INV-9940-r@hennepincounty.gov>",
        text=text,
        dkim="hennepincounty.gov",
    )


def el_paso_pd_emergency_abduction() -> Message:
    date = when(2026, 11, 6, 2, 15, 0, -7)
    text = """\
**EXIGENT / EMERGENCY DISCLOSURE REQUEST**

At approx. 2300 hrs last night a 4-year-old girl was taken from her mother's apartment by her father, who
has no custody and who told the mother by message "you will never see her alive again." He is believed to
be armed and heading toward the border. He uses the account @chuco_dad_915 and phone 915-555-0123.

We request subscriber information, recent log-in IP addresses and any location information for the
last 24 hours. An AMBER Alert has been issued.

Det. Graciela Montoya-Lindgren, Crimes Against Persons
El Paso Police Department, 911 N. Raynor St., El Paso TX
Cell 915-555-0190
"""
    return make(
        "017-el-paso-pd-emergency-abduction",
        "El Paso (TX) PD detective's 2 a.m. emergency request: a 4-year-old abducted by her armed father who "
        "threatened she would not be seen alive; subscriber data, IPs and 24 h location of an @handle and phone.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": any_of("El Paso Police Department", "City of El Paso Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "montoyalindgrengc@elpasotexas.gov",
            "requester.verified": True,
            "requester.signer": "Graciela Montoya-Lindgren",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": any_of(["chuco_dad_915", "+19155550123"], ["chuco_dad_915", "915-555-0123"], ["chuco_dad_915"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "child abduction"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "alive"},
        },
        sender="Montoya-Lindgren, Graciela <montoyalindgrengc@elpasotexas.gov>",
        subject="URGENT child abduction - AMBER - @chuco_dad_915",
        date=date,
        message_id="<EPPD-CAP-20261106-0215@elpasotexas.gov>",
        text=text,
        dkim="elpasotexas.gov",
    )


def kcmo_trial_subpoena_typos() -> Message:
    date = when(2026, 12, 2, 16, 44, 0, -6)
    text = """\
To Socal Example Inc. Custodain of Records,

MUNICIPAL COURT OF KANSAS CITY, MISSOURI
City of Kansas City v. Derrick L. Vantassel-Oyo   Case no. 2026-MC-448812
SUBPENA DUCES TECUM FOR TRIAL

You are comanded to appear in Div. 204, 511 E. 11th St, Kansas City MO on Jan. 7th 2027 at 9 am
and bring: subscriber info (name, email, phone) and public posts for the acount @westport_wingman
from Aug 1 thru Sept 30 2026. Certified business records by mail before that date will excuse appearance.

Harassment case (Code of Ordinances Sec. 50-164)

Assistant City Prosecutor Yolanda Petrakis-Doe
City Prosecutor's Office, Kansas City MO   816-555-0158
"""
    return make(
        "018-kcmo-trial-subpoena-typos",
        "Kansas City (MO) assistant city prosecutor's municipal-court trial subpoena typed into the body with typos: "
        "subscriber info and public posts of an @handle Aug 1-Sept 30 2026; appear Jan. 7th 2027 at 9 am.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "Code of Ordinances Sec. 50-164"),
            "requester.name": any_of(
                "City Prosecutor's Office, Kansas City MO",
                "Kansas City City Prosecutor's Office",
                "City of Kansas City",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "yolanda.petrakis-doe@kcmo.gov",
            "requester.verified": True,
            "requester.signer": "Yolanda Petrakis-Doe",
            "requester.signer_title": "Assistant City Prosecutor",
            "targets": ["westport_wingman"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of("Harassment", "Harassment case", None),
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2027-01-07T09:00:00-06:00",
            "case_number": "2026-MC-448812",
            "issuing_court": any_of("Municipal Court of Kansas City, Missouri", "Kansas City Municipal Court"),
        },
        sender="Petrakis-Doe, Yolanda <yolanda.petrakis-doe@kcmo.gov>",
        subject="trial subpena 2026-MC-448812",
        date=date,
        message_id="<KCMO-CPO-448812@kcmo.gov>",
        text=text,
        dkim="kcmo.gov",
    )


def lubbock_da_grand_jury_conflicting_dates() -> Message:
    date = when(2026, 11, 30, 10, 5, 0, -6)
    subpoena = """\
THE STATE OF TEXAS
GRAND JURY SUBPOENA DUCES TECUM - 137th DISTRICT COURT, LUBBOCK COUNTY
Cause No. GJ-2026-0712

TO: Social Example, Inc., Custodian of Records

You are hereby commanded to appear before the Grand Jury of Lubbock County, Texas, at the Lubbock County
Courthouse, 904 Broadway, Lubbock, Texas, on December 3, 2026 at 9:00 a.m., then and there to testify and
to produce: basic subscriber information (name, address, phone number, e-mail address, account creation
date) for the account hub_city_hoops_tix.

Issued November 25, 2026 at the request of Assistant Criminal District Attorney Brandon Iwu-Castillo.
Clerk of the District Court, by Deputy Lorena Sepulveda-Haas
"""
    body = """\
Attached is a grand jury subpoena for the account hub_city_hoops_tix. Records are due by 12/14/2026;
please e-mail them to me.

Brandon Iwu-Castillo
Assistant Criminal District Attorney, Lubbock County
"""
    return make(
        "019-lubbock-da-grand-jury-conflicting-dates",
        "Lubbock County (TX) Criminal District Attorney serves a grand jury subpoena (PDF) for subscriber data of a "
        "user name. TRIAGE: the subpoena commands appearance December 3, 2026 at 9:00 a.m. (three days after "
        "service) while the cover mail says records are due 12/14/2026; which date binds must be asked.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Lubbock County Criminal District Attorney", "Lubbock County Criminal District Attorney's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "biwu-castillo@lubbockcounty.gov",
            "requester.verified": True,
            "requester.signer": any_of("Brandon Iwu-Castillo", "Lorena Sepulveda-Haas"),
            "requester.signer_title": any_of("Assistant Criminal District Attorney", "Deputy"),
            "targets": ["hub_city_hoops_tix"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": any_of(
                "2026-12-03T09:00:00-06:00", "2026-12-14T17:00:00-06:00", "2026-12-14T23:59:59-06:00", None
            ),
            "case_number": "GJ-2026-0712",
            "issuing_court": any_of(
                "137th District Court, Lubbock County", "137th District Court", "Grand Jury of Lubbock County, Texas"
            ),
        },
        sender="Iwu-Castillo, Brandon <biwu-castillo@lubbockcounty.gov>",
        subject="GJ subpoena GJ-2026-0712",
        date=date,
        message_id="<LCCDA-GJ-0712@lubbockcounty.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ-2026-0712.pdf")],
        dkim="lubbockcounty.gov",
    )


def pima_sheriff_warrant_blank_account() -> Message:
    date = when(2026, 11, 13, 13, 22, 0, -7)
    document = docx_file(
        [
            ("h", "SUPERIOR COURT OF THE STATE OF ARIZONA, IN AND FOR THE COUNTY OF PIMA"),
            ("h", "SEARCH WARRANT  SW2026-11-0457"),
            (
                "p",
                "Proof by affidavit having been made this day before me by Detective Ambrose Quintero-Falk of the "
                "Pima County Sheriff's Department, I am satisfied that there is probable cause to believe that "
                "evidence of the crime of Aggravated Harassment (A.R.S. § 13-2921.01) is held by Social Example, Inc.",
            ),
            ("p", "YOU ARE THEREFORE COMMANDED to produce the records described in Attachment A within ten (10) days."),
            ("p", "Issued November 12, 2026 at 4:10 p.m.   Judge Marisela Okafor-Lund"),
            ("h", "ATTACHMENT A"),
            ("t", "Account identifier|[INSERT USERNAME / PROFILE URL]"),
            ("t", "Records|Subscriber information; private messages; IP log-ins"),
            ("t", "Period|September 1, 2026 - November 10, 2026"),
        ],
        author="PCSD",
    )
    text = """\
Hi, here is the signed warrant for the account we discussed on the phone yesterday afternoon.

Det. A. Quintero-Falk
Pima County Sheriff's Department - Criminal Investigations
"""
    return make(
        "020-pima-sheriff-warrant-blank-account",
        "Pima County (AZ) Sheriff's detective serves a Superior Court search warrant (.docx) whose Attachment A "
        "still reads '[INSERT USERNAME / PROFILE URL]'; the cover mail refers to 'the account we discussed on the "
        "phone'. TRIAGE: no account is named, so nothing can be produced until the court's account is confirmed.",
        "en",
        "US",
        ("plain_text", "docx"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "A.R.S. § 13-2921.01"),
            "requester.name": any_of("Pima County Sheriff's Department", "Pima County Sheriff's Office"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ambrose.quintero-falk@pima.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marisela Okafor-Lund", "Ambrose Quintero-Falk"),
            "requester.signer_title": any_of("Judge", "Detective", "Det."),
            "targets": [],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Aggravated Harassment", None),
            "date_range": {"start": "2026-09-01", "end": "2026-11-10"},
            "served_at": served(date),
            "return_by": any_of("2026-11-23T17:00:00-07:00", "2026-11-23T23:59:59-07:00"),
            "case_number": "SW2026-11-0457",
            "issuing_court": any_of(
                "Superior Court of the State of Arizona, in and for the County of Pima",
                "Pima County Superior Court",
            ),
        },
        sender="Quintero-Falk, Ambrose <ambrose.quintero-falk@pima.gov>",
        subject="SW2026-11-0457",
        date=date,
        message_id="<PCSD-CID-0457@pima.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "SW2026-11-0457.docx")],
        dkim="pima.gov",
    )


def nashville_lawfirm_chancery_subpoena_pdf() -> Message:
    date = when(2026, 11, 25, 11, 0, 0, -6)
    subpoena = """\
IN THE CHANCERY COURT FOR DAVIDSON COUNTY, TENNESSEE, AT NASHVILLE
TWENTIETH JUDICIAL DISTRICT

BROADWAY BISCUIT COMPANY, LLC, Plaintiff,
v.                                                           No. 26-1187-III
JOHN DOE, Defendant.

SUBPOENA FOR PRODUCTION OF DOCUMENTS (Tenn. R. Civ. P. 45)

To: Social Example, Inc.

You are commanded to produce, on or before January 11, 2027, at the offices of Harwell Pemberton-Ito PLLC,
150 Fourth Avenue North, Suite 1400, Nashville, Tennessee 37219, the following: documents sufficient to
show the name, postal address, e-mail address and telephone number of the person who created and operates
the account @musicrow_truthteller, which published the false statements identified in the Complaint.

Issued by the Clerk and Master, November 23, 2026.
Attorney for Plaintiff: Celeste Pemberton-Ito (BPR No. 031874)
"""
    text = """\
Counsel,

Please find attached a subpoena in Broadway Biscuit Company, LLC v. John Doe (Davidson County Chancery Court,
No. 26-1187-III), a defamation action. We would appreciate production by e-mail by the date stated.

Celeste Pemberton-Ito
Harwell Pemberton-Ito PLLC | Nashville
"""
    return make(
        "021-nashville-lawfirm-chancery-subpoena-pdf",
        "A Nashville law firm's Tennessee Rule 45 chancery-court subpoena (PDF) in a Doe defamation suit for the "
        "identity of an anonymous @handle; production on or before January 11, 2027.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Tenn. R. Civ. P. 45", None),
            "requester.name": any_of("Harwell Pemberton-Ito PLLC", "Broadway Biscuit Company, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "cpembertonito@harwellpi.example.com",
            "requester.verified": True,
            "requester.signer": "Celeste Pemberton-Ito",
            "requester.signer_title": any_of(None, "Attorney for Plaintiff"),
            "targets": ["musicrow_truthteller"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("defamation", "defamation action", None),
            "served_at": served(date),
            "return_by": any_of("2027-01-11T17:00:00-06:00", "2027-01-11T23:59:59-06:00"),
            "case_number": "26-1187-III",
            "issuing_court": any_of(
                "Chancery Court for Davidson County, Tennessee",
                "Chancery Court for Davidson County, Tennessee, at Nashville",
                "Davidson County Chancery Court",
            ),
        },
        sender="Celeste Pemberton-Ito <cpembertonito@harwellpi.example.com>",
        subject="Subpoena - Broadway Biscuit Co. v. Doe",
        date=date,
        message_id="<HPI-26-1187-sub@harwellpi.example.com>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "Subpoena_SocialExample.pdf")],
        dkim="harwellpi.example.com",
    )


def lawfirm_rule45_reply_narrowed() -> Message:
    date = when(2026, 12, 4, 15, 12, 0, -6)
    text = """\
Thanks for the call yesterday. Confirming our agreement: Social Example will produce only basic subscriber
information (name, e-mail, phone, account creation date) for @alamo_city_source and @riverwalk_r_and_d;
requests 3 through 7 (messages and device data) are withdrawn. In exchange the production date is moved to
January 8, 2027. This narrows the subpoena served on November 20.

Regards,
Mateo Quist-Abernathy
Lockridge Sandoval LLP, San Antonio | counsel for Plaintiff Helotes Robotics, Inc.

On Thu, Dec 3, 2026 at 10:40 AM Legal Process <legal-process@dueprocess.local> wrote:
> Mr. Quist-Abernathy, as discussed, we object under Rule 45(d)(2)(B) to requests 3-7 of the subpoena
> issued by the U.S. District Court for the Western District of Texas in Helotes Robotics, Inc. v. Doe,
> No. 5:26-cv-01402, which seek the content of communications and device data.
>
> On Fri, Nov 20, 2026 Mateo Quist-Abernathy wrote:
>> Attached please find a subpoena to produce documents (Fed. R. Civ. P. 45), return December 10, 2026.
"""
    return make(
        "022-lawfirm-rule45-reply-narrowed",
        "A San Antonio law firm replies to the platform's Rule 45 objection (quoted) and narrows a W.D. Tex. civil "
        "subpoena in a trade-secret Doe suit to subscriber data of two @handles, production moved to January 8, "
        "2027.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of("Lockridge Sandoval LLP", "Helotes Robotics, Inc."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "mquist@lockridgesandoval.example.com",
            "requester.verified": True,
            "requester.signer": "Mateo Quist-Abernathy",
            "requester.signer_title": any_of(None, "counsel for Plaintiff"),
            "targets": ["alamo_city_source", "riverwalk_r_and_d"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": None,
            "served_at": any_of(served(date), "2026-11-20T17:00:00-06:00"),
            "return_by": any_of("2027-01-08T17:00:00-06:00", "2027-01-08T23:59:59-06:00"),
            "case_number": "5:26-cv-01402",
            "issuing_court": any_of(
                "United States District Court for the Western District of Texas",
                "U.S. District Court for the Western District of Texas",
            ),
        },
        sender="Mateo Quist-Abernathy <mquist@lockridgesandoval.example.com>",
        subject="RE: Helotes Robotics v. Doe - subpoena objections",
        date=date,
        message_id="<LS-5-26-cv-01402-r2@lockridgesandoval.example.com>",
        text=text,
        dkim="lockridgesandoval.example.com",
    )


MARICOPA_SCAN = """\
# IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
# IN AND FOR THE COUNTY OF MARICOPA
COUNTY GRAND JURY NO. 2026-GJ-211                                  SUBPOENA DUCES TECUM

THE STATE OF ARIZONA TO: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear before the Maricopa County Grand Jury, 201 W. Jefferson St.,
Phoenix, Arizona, on December 9, 2026, 10:00 AM, and to bring the following:

Subscriber information (name, address, telephone number, e-mail address, account creation date and
IP address at creation) for:
   1. the account @desert_bloom_investing
   2. the account registered to saguaro.yield.club@example.org

Compliance may be made by delivering the records to the undersigned before the date above.

DATED: November 20, 2026
Deputy County Attorney Priscilla Nakai-Voss, Maricopa County Attorney's Office
225 W. Madison St., Phoenix, AZ 85003
"""


def maricopa_county_attorney_grand_jury_scan() -> Message:
    date = when(2026, 11, 23, 8, 5, 0, -7)
    return make(
        "023-maricopa-county-attorney-grand-jury-scan",
        "Maricopa County Attorney's Office grand jury subpoena duces tecum as an image-only scan: subscriber data "
        "of an @handle and an e-mail-address account; appear December 9, 2026, 10:00 AM (Arizona); no gag.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of("Maricopa County Attorney's Office", "Maricopa County Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "nakaivossp@maricopacountyattorney.gov",
            "requester.verified": True,
            "requester.signer": "Priscilla Nakai-Voss",
            "requester.signer_title": "Deputy County Attorney",
            "targets": ["desert_bloom_investing", "saguaro.yield.club@example.org"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-12-09T10:00:00-07:00",
            "case_number": any_of("2026-GJ-211", "GJ 2026-GJ-211"),
            "issuing_court": any_of(
                "Superior Court of the State of Arizona in and for the County of Maricopa",
                "Maricopa County Superior Court",
                "Maricopa County Grand Jury",
            ),
        },
        sender="Nakai-Voss, Priscilla <nakaivossp@maricopacountyattorney.gov>",
        subject="Subpoena 2026-GJ-211 (scan)",
        date=date,
        message_id="<MCAO-GJ211-1123@maricopacountyattorney.gov>",
        text="Please see the attached scanned subpoena (securities fraud investigation).\n\nP. Nakai-Voss, DCA\n",
        attachments=[(scan([MARICOPA_SCAN], skew=0.4, noise=0.0002, seed=23), "application", "pdf", "SCAN_0211.pdf")],
        dkim="maricopacountyattorney.gov",
    )


def norfolk_pd_unsigned_warrant_affidavit() -> Message:
    date = when(2026, 11, 9, 12, 30, 0, -5)
    affidavit = """\
COMMONWEALTH OF VIRGINIA
AFFIDAVIT FOR SEARCH WARRANT (Va. Code § 19.2-54)      Circuit Court of the City of Norfolk

The undersigned, Detective Corinne Balogun-Whitby, Norfolk Police Department, being duly sworn, states:

1. The place to be searched: the records held by Social Example, Inc. for the account @ghent_ghost_kitchen.
2. The things to be searched for: subscriber information, direct messages and attachments, and IP log-in
   history from 08/15/2026 to 11/05/2026.
3. The offense: Obtaining money by false pretenses (Va. Code § 18.2-178).

________________________________________
Subscribed and sworn before me this ____ day of ____________, 2026.

SEARCH WARRANT ISSUED:  [ ] YES   [ ] NO        Judge/Magistrate: ______________________
"""
    text = """\
Good afternoon,

Attached is the search warrant for @ghent_ghost_kitchen. Please send the records to me at your earliest
convenience.

Det. C. Balogun-Whitby
Norfolk Police Department, Financial Crimes
757-555-0166
"""
    return make(
        "024-norfolk-pd-unsigned-warrant-affidavit",
        "Norfolk (VA) PD detective says she attaches 'the search warrant' but the PDF is only the affidavit for a "
        "warrant, unsworn and unsigned, with the 'warrant issued' boxes empty. TRIAGE: whether any warrant was "
        "issued is missing; no signed process to act on.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("SEARCH_WARRANT", "UNKNOWN"),
            "statute": any_of(None, "Va. Code § 19.2-54"),
            "requester.name": any_of("Norfolk Police Department", "City of Norfolk Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "corinne.balogun-whitby@norfolk.gov",
            "requester.verified": True,
            "requester.signer": "Corinne Balogun-Whitby",
            "requester.signer_title": any_of("Detective", "Det."),
            "targets": ["ghent_ghost_kitchen"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("Obtaining money by false pretenses", None),
            "date_range": {"start": "2026-08-15", "end": "2026-11-05"},
            "served_at": served(date),
            "return_by": None,
            "issuing_court": any_of(None, "Circuit Court of the City of Norfolk"),
        },
        sender="Balogun-Whitby, Corinne <corinne.balogun-whitby@norfolk.gov>",
        subject="Search Warrant - @ghent_ghost_kitchen",
        date=date,
        message_id="<NPD-FC-20261109-01@norfolk.gov>",
        text=text,
        attachments=[(pdf(affidavit), "application", "pdf", "SW_ghent_ghost_kitchen.pdf")],
        dkim="norfolk.gov",
    )


MESSAGES = [
    american_samoa_dps_warrant_photo,
    multnomah_da_grand_jury_html,
    knoxville_pd_2703d_state_court_docx,
    hennepin_sheriff_warrant_forwarded,
    el_paso_pd_emergency_abduction,
    kcmo_trial_subpoena_typos,
    lubbock_da_grand_jury_conflicting_dates,
    pima_sheriff_warrant_blank_account,
    nashville_lawfirm_chancery_subpoena_pdf,
    lawfirm_rule45_reply_narrowed,
    maricopa_county_attorney_grand_jury_scan,
    norfolk_pd_unsigned_warrant_affidavit,
]

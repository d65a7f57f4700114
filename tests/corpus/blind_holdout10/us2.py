"""United States demands, part 2: states, counties and cities (Pacific, Mountain, Midwest, Northeast,
Texas, Alaska), private civil litigants, and three messages a careful lawyer could not complete. Sender
domains from CISA's .gov list or the ``state.xx.us`` names; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout10._kit import (
    Message,
    any_of,
    day_end,
    docx_file,
    make,
    pdf,
    scan,
    scan_jpeg,
    served,
    when,
)

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def sacramento_sheriff_calecpa_warrant_pdf() -> Message:
    date = when(2026, 9, 22, 13, 10, 0, -7)
    warrant = """\
SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO
SEARCH WARRANT (Penal Code §§ 1524(a)(7), 1546.1)                         Warrant No. SW26-004471

THE PEOPLE OF THE STATE OF CALIFORNIA, TO ANY PEACE OFFICER IN THE COUNTY OF SACRAMENTO:
Proof by affidavit having been made before me by Detective Leilani Morrow-Bakshi of the Sacramento County
Sheriff's Office, you are commanded to search the records of SOCIAL EXAMPLE, INC. for the account
"delta_breeze_plug" and to seize:
  1. Subscriber information: name, e-mail, telephone number, account creation date and IP.
  2. All direct messages, including photographs and videos sent or received, from 07/01/2026 to 09/20/2026.
Social Example, Inc. shall produce the records within ten (10) days of service.

ORDER FOR DELAYED NOTICE AND NONDISCLOSURE (Pen. Code § 1546.2(b)): Good cause appearing, notification to the
target is delayed for 90 days, and Social Example, Inc. shall not disclose the existence of this warrant to any
person for ninety (90) days from the date of this order.

Given under my hand and dated this 21st day of September, 2026.
/s/ Hon. Thaddeus O. Villaseñor-Pruitt, Judge of the Superior Court
"""
    text = """\
Attached please find a CalECPA search warrant signed yesterday (SW26-004471). Offense: sales of
fentanyl pills (H&S 11352). Please send results to me via the portal or e-mail.

Det. Leilani Morrow-Bakshi #1187
Sacramento County Sheriff's Office - Narcotics Bureau
(916) 555-0175
"""
    return make(
        "011-sacramento-sheriff-calecpa-warrant-pdf",
        "Sacramento County Sheriff serves a CalECPA warrant (PDF): subscriber data and DMs/media of one account "
        "07/01-09/20/2026, ten days from service; court order of nondisclosure for 90 days from 09/21/2026.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(
                None, "Penal Code §§ 1524(a)(7), 1546.1", "Penal Code § 1546.1", "Cal. Penal Code § 1524"
            ),
            "requester.name": any_of("Sacramento County Sheriff's Office", "County of Sacramento"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lmorrowbakshi@sacsheriff.saccounty.gov",
            "requester.verified": True,
            "requester.signer": any_of("Leilani Morrow-Bakshi", "Thaddeus O. Villaseñor-Pruitt"),
            "requester.signer_title": any_of("Detective", "Det.", "Judge of the Superior Court"),
            "targets": ["delta_breeze_plug"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "sales of fentanyl pills", "H&S 11352"),
            "date_range": {"start": "2026-07-01", "end": "2026-09-20"},
            "served_at": served(date),
            "return_by": day_end("2026-10-02", "-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from the order of 09/21/2026 = 12/20/2026 (Pacific standard time by then)
            "nondisclosure.expires_at": any_of(
                "2026-12-20T23:59:59-08:00", "2026-12-20T17:00:00-08:00", "2026-12-21T23:59:59-08:00"
            ),
            "case_number": any_of("SW26-004471", "Warrant No. SW26-004471"),
            "issuing_court": any_of(
                "Superior Court of California, County of Sacramento", "Sacramento County Superior Court"
            ),
        },
        sender="Morrow-Bakshi, Leilani <lmorrowbakshi@sacsheriff.saccounty.gov>",
        subject="CalECPA Search Warrant SW26-004471",
        date=date,
        message_id="<SCSO-SW26004471-0922@saccounty.gov>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "SW26-004471.pdf")],
        dkim="saccounty.gov",
    )


def tacoma_pd_emergency_suicide() -> Message:
    date = when(2026, 10, 30, 23, 41, 5, -7)
    text = """\
**EXIGENT REQUEST - IMMINENT RISK OF SUICIDE**

Tacoma Police Department requests emergency disclosure under 18 U.S.C. 2702(b)(8) and (c)(4).

Account: @tideflats_ghost (https://social.example.com/tideflats_ghost)
Facts: at 22:58 tonight the user posted a live story showing a handgun and a note reading "tonight is the
last night, sorry mom". His mother called 911; she does not know where he is staying. He is 19 and not
answering his phone. Officers are checking known addresses without success.

Needed now: subscriber phone number and e-mail on file, and the IP address(es) and timestamps of the most
recent log-ins (last 24 hours), plus any location information you hold for the last 24 hours.

Please call the TPD Communications Center watch commander at (253) 555-0134 (24/7) to confirm this request.

Sgt. Corwin Alapati-Nygaard #3312
Tacoma Police Department, Patrol Operations
"""
    return make(
        "012-tacoma-pd-emergency-suicide",
        "Tacoma PD emergency request late at night: a 19-year-old posted a handgun and a farewell note; subscriber "
        "contacts, last-24h log-in IPs and location; watch commander to call back.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(b)(8) and (c)(4)", "18 U.S.C. 2702(b)(8)", "18 U.S.C. § 2702"),
            "requester.name": any_of("Tacoma Police Department", "City of Tacoma"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "calapatinygaard@tacoma.gov",
            "requester.verified": True,
            "requester.signer": "Corwin Alapati-Nygaard",
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": ["tideflats_ghost"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "imminent risk of suicide"),
            "date_range": any_of(
                None, {"start": "2026-10-29", "end": "2026-10-30"}, {"start": "2026-10-30", "end": "2026-10-31"}
            ),
            "served_at": served(date),
            "emergency": {"narrative_contains": "handgun"},
        },
        sender="Alapati-Nygaard, Corwin <calapatinygaard@tacoma.gov>",
        subject="EXIGENT - suicide risk - @tideflats_ghost",
        date=date,
        message_id="<TPD-EX-20261030-2341@tacoma.gov>",
        text=text,
        headers=[("Importance", "High")],
        dkim="tacoma.gov",
    )


COS_SCAN = """\
# DISTRICT COURT, EL PASO COUNTY, COLORADO
# SEARCH WARRANT
Case No. 26CR-SW-2218

TO ANY PEACE OFFICER IN THE STATE OF COLORADO:
Affidavit having been made before me by Detective Ansel Whitcombe-Osei of the Colorado Springs
Police Department, I am satisfied that there is probable cause to believe that evidence of the crime
of Stalking (C.R.S. 18-3-602) is located in the records of Social Example, Inc., and
YOU ARE COMMANDED to search for and seize the following records for the account
  pikespeak_watcher  (https://social.example.com/pikespeak_watcher)
for the period August 15, 2026 to November 8, 2026:
  a. subscriber name, e-mail address and phone number;
  b. IP addresses and timestamps of account access;
  c. all direct messages sent or received, and photographs uploaded.
The provider shall furnish the records within fourteen (14) days of service of this warrant.

Dated: November 9, 2026, at 2:35 p.m.
BY THE COURT: ______/s/______
Judge Mirela Castellanos-Hart, District Court Judge
"""


def colorado_springs_pd_warrant_scan() -> Message:
    date = when(2026, 11, 10, 10, 0, 19, -7)
    text = """\
Good morning,
Attached is a scanned copy of a search warrant signed yesterday by Judge Castellanos-Hart for the account
pikespeak_watcher. Stalking investigation, victim is being followed. Please e-mail the return to me.

Det. Ansel Whitcombe-Osei
Colorado Springs Police Department | Major Crimes
"""
    return make(
        "013-colorado-springs-pd-warrant-scan",
        "Colorado Springs PD serves a scanned (image-only PDF) El Paso County, Colorado district court warrant: "
        "subscriber, access IPs, DMs and photos of one account 08/15-11/08/2026, 14 days from service.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "C.R.S. 18-3-602"),
            "requester.name": any_of("Colorado Springs Police Department", "City of Colorado Springs"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ansel.whitcombe-osei@coloradosprings.gov",
            "requester.verified": True,
            "requester.signer": any_of("Ansel Whitcombe-Osei", "Mirela Castellanos-Hart"),
            "requester.signer_title": any_of("Det.", "Detective", "District Court Judge"),
            "targets": ["pikespeak_watcher"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("Stalking", "stalking", "Stalking (C.R.S. 18-3-602)"),
            "date_range": {"start": "2026-08-15", "end": "2026-11-08"},
            "served_at": served(date),
            "return_by": day_end("2026-11-24", "-07:00"),
            "case_number": "26CR-SW-2218",
            "issuing_court": any_of("District Court, El Paso County, Colorado", "El Paso County District Court"),
        },
        sender="Whitcombe-Osei, Ansel <ansel.whitcombe-osei@coloradosprings.gov>",
        subject="search warrant - pikespeak_watcher",
        date=date,
        message_id="<CSPD-26CRSW2218@coloradosprings.gov>",
        text=text,
        attachments=[(scan([COS_SCAN], skew=0.9, noise=0.0005, seed=113), "application", "pdf", "SCAN_20261110.pdf")],
        dkim="coloradosprings.gov",
    )


def milwaukee_pd_preservation_extension_reply() -> Message:
    date = when(2026, 11, 24, 8, 15, 0, -6)
    text = """\
Hello,

Per your reply below, please extend the preservation for a further 90 days under 18 U.S.C. 2703(f)(2).
Our warrant application is still with the DA's office. Same account, same reference.

Thank you,
Det. Ophelia Brandvold-Nakamura
Milwaukee Police Department - Sensitive Crimes Division
(414) 555-0150

On Wed, Aug 26, 2026 at 3:02 PM Social Example Legal <legal-process@dueprocess.local> wrote:
> Detective Brandvold-Nakamura,
> We have preserved the account @brewcity_lakefront (ref. LR-2026-58812) under 18 U.S.C. 2703(f) for 90 days,
> until November 24, 2026. Please send any extension request before that date.
>
> On Tue, Aug 25, 2026 at 10:41 AM Ophelia Brandvold-Nakamura <obrand@milwaukee.gov> wrote:
>> Please preserve all records, including content, for @brewcity_lakefront pending a search warrant.
>> MPD incident 26-233-0419.
"""
    return make(
        "014-milwaukee-pd-preservation-extension-reply",
        "Milwaukee PD replies to the platform's confirmation to extend a § 2703(f) preservation of one @handle for "
        "a second 90 days, quoting the original request and the confirmation.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)(2)", "18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Milwaukee Police Department", "City of Milwaukee"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "obrand@milwaukee.gov",
            "requester.verified": True,
            "requester.signer": "Ophelia Brandvold-Nakamura",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["brewcity_lakefront"],
            "data_categories": any_of(
                [], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], ["STORED_CONTENT"]
            ),
            "served_at": served(date),
            "case_number": any_of("26-233-0419", "LR-2026-58812", "MPD incident 26-233-0419"),
        },
        sender="Brandvold-Nakamura, Ophelia <obrand@milwaukee.gov>",
        subject="RE: Preservation confirmation - @brewcity_lakefront (LR-2026-58812)",
        date=date,
        message_id="<MPD-obrand-1124-0815@milwaukee.gov>",
        text=text,
        headers=[("In-Reply-To", "<lr-2026-58812-conf@dueprocess.local>")],
        dkim="milwaukee.gov",
    )


def polk_county_attorney_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 19, 16, 48, 0, -6)
    text = """\
To whom it may concern -

Please find the subpena duces tecum below for STATE OF IOWA v. DARNELL QUIMBY-ROS, Polk Co. FECR 371204.
Trail is set for Dec 15 2026 at 8:30 am in courtroom 305. If the records are recieved by Dec. 4, 2026 no one
needs to appear - a certification of business records under Iowa R. Evid. 5.902(11) is fine.

IN THE IOWA DISTRICT COURT FOR POLK COUNTY
SUBPOENA DUCES TECUM (Iowa R. Crim. P. 2.15)
To: Custodian of Records, Social Example Inc.
You are commanded to produce: for the acount "dsm_eastvillage_dj", subscriber name, email, phone, and all
messages sent to or recieved from the account "k.ros.515" between 06/01/2026 and 08/31/2026.
Issued 11/19/2026 by the Clerk of the District Court, Polk County.  /s/ B. Kjeldsen, Deputy Clerk

Thx,
Yasmin Oduro-Pettersen
Assistant Polk County Attorney
Polk County Attorney's Office, 206 6th Ave, Des Moines IA 50309
"""
    return make(
        "015-polk-county-attorney-trial-subpoena-typos",
        "Polk County (Iowa) Attorney's trial subpoena duces tecum typed in the body with typos: subscriber data "
        "and messages with another account 06/01-08/31/2026; records by Dec. 4 or appear at trial Dec 15 8:30 am.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "Iowa R. Crim. P. 2.15"),
            "requester.name": any_of("Polk County Attorney's Office", "Polk County Attorney", "Polk County"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "yasmin.oduro-pettersen@polkcountyiowa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Yasmin Oduro-Pettersen", "B. Kjeldsen"),
            "requester.signer_title": any_of("Assistant Polk County Attorney", "Deputy Clerk"),
            # the second handle is the counterparty of the messages sought; both are named for production
            "targets": any_of(["dsm_eastvillage_dj"], ["dsm_eastvillage_dj", "k.ros.515"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "date_range": {"start": "2026-06-01", "end": "2026-08-31"},
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-06:00", "2026-12-04T23:59:59-06:00", "2026-12-15T08:30:00-06:00"),
            "case_number": any_of("FECR 371204", "FECR371204"),
            "issuing_court": any_of(
                "Iowa District Court for Polk County", "IN THE IOWA DISTRICT COURT FOR POLK COUNTY"
            ),
        },
        sender="Oduro-Pettersen, Yasmin <yasmin.oduro-pettersen@polkcountyiowa.gov>",
        subject="subpena - State v. Quimby-Ros FECR 371204",
        date=date,
        message_id="<PCAO-FECR371204-1119@polkcountyiowa.gov>",
        text=text,
        dkim="polkcountyiowa.gov",
    )


def st_louis_county_pd_warrant_docx() -> Message:
    date = when(2026, 10, 19, 12, 26, 0, -5)
    document = docx_file(
        [
            ("h", "IN THE CIRCUIT COURT OF ST. LOUIS COUNTY, MISSOURI - TWENTY-FIRST JUDICIAL CIRCUIT"),
            ("p", "Warrant No. 26SL-SW04417"),
            ("h", "SEARCH WARRANT"),
            (
                "p",
                "THE STATE OF MISSOURI TO ANY PEACE OFFICER IN THE STATE OF MISSOURI: A verified application having "
                "been filed by Detective Royce Amankwah-Fell, St. Louis County Police Department, you are commanded "
                "to search the records of Social Example, Inc. for the account with user ID 61004387215 (user name "
                "gateway_arch_alibi) and to seize: stored location history, check-ins and location data attached to "
                "posts, and the IP addresses of log-ins, for September 20, 2026 through October 10, 2026.",
            ),
            ("p", "Offense under investigation: Murder in the First Degree, RSMo 565.020."),
            ("p", "Social Example shall provide the records within ten (10) days of receipt of this warrant."),
            (
                "p",
                "IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of this warrant to "
                "the account holder or any other person for a period of 180 days from the date of this order.",
            ),
            ("p", "Issued October 16, 2026 at 11:05 a.m.   /s/ Judge Priya Lindemann-Akers, Circuit Judge"),
        ],
        author="SLCPD",
    )
    text = """\
Custodian,
Attached is a Missouri search warrant w/ nondisclosure for user ID 61004387215. Homicide - time sensitive.
Det. Royce Amankwah-Fell, St. Louis County Police Dept., Crimes Against Persons
"""
    return make(
        "016-st-louis-county-pd-warrant-docx",
        "St. Louis County PD serves a Missouri circuit court warrant (.docx): location history and log-in IPs of a "
        "user ID 09/20-10/10/2026, ten days from receipt; 180-day nondisclosure from 10/16/2026.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "RSMo 565.020"),
            "requester.name": any_of("St. Louis County Police Department", "St. Louis County Police Dept."),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ramankwahfell@stlouiscountymo.gov",
            "requester.verified": True,
            "requester.signer": any_of("Royce Amankwah-Fell", "Priya Lindemann-Akers"),
            "requester.signer_title": any_of("Det.", "Detective", "Circuit Judge"),
            "targets": any_of(["61004387215"], ["61004387215", "gateway_arch_alibi"], ["gateway_arch_alibi"]),
            "data_categories": ["LOCATION_HISTORY", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "Murder in the First Degree", "Homicide", "Murder in the First Degree, RSMo 565.020"
            ),
            "date_range": {"start": "2026-09-20", "end": "2026-10-10"},
            "served_at": served(date),
            "return_by": day_end("2026-10-29", "-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 180 days from 10/16/2026 = 04/14/2027 (central daylight time)
            "nondisclosure.expires_at": any_of(
                "2027-04-14T23:59:59-05:00", "2027-04-14T17:00:00-05:00", "2027-04-13T23:59:59-05:00"
            ),
            "case_number": "26SL-SW04417",
            "issuing_court": any_of("Circuit Court of St. Louis County, Missouri", "St. Louis County Circuit Court"),
        },
        sender="Amankwah-Fell, Royce <ramankwahfell@stlouiscountymo.gov>",
        subject="Search Warrant 26SL-SW04417 - NDO",
        date=date,
        message_id="<SLCPD-26SLSW04417@stlouiscountymo.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "26SL-SW04417.docx")],
        dkim="stlouiscountymo.gov",
    )


def suffolk_ny_pd_forwarded_warrant() -> Message:
    date = when(2026, 9, 29, 17, 3, 0, -4)
    text = """\
Sending again from my own account as requested - the original went out from the squad mailbox.

Det. Sgt. Niamh Castellano-Ibsen
Suffolk County Police Department, Computer Crimes Section, Yaphank NY

---------- Forwarded message ---------
From: SCPD Computer Crimes <scpd.ccs@suffolkcountyny.gov>
Date: Mon, Sep 28, 2026 at 11:20 AM
Subject: Search Warrant - Suffolk County Court - @montauk_moonshot
To: <legal-process@dueprocess.local>

SUFFOLK COUNTY COURT - STATE OF NEW YORK
SEARCH WARRANT (CPL Article 690)              Index No. SW-2026-1193

IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK, TO ANY POLICE OFFICER OF THE SUFFOLK COUNTY POLICE DEPARTMENT:
You are hereby authorized and directed to obtain from SOCIAL EXAMPLE, INC. the following property for the
account @montauk_moonshot for the period 05/01/2026 through 09/25/2026: basic subscriber information;
all private messages and their attachments; all photographs and videos, including deleted items retained.

Records are to be delivered within 10 days of the service of this warrant.
This warrant was issued on September 25, 2026.   Hon. Gerard P. Okonjo-Walsh, J.C.C.
"""
    return make(
        "017-suffolk-ny-pd-forwarded-warrant",
        "Suffolk County (NY) PD detective sergeant forwards the squad's earlier mail with a County Court search "
        "warrant typed in: subscriber data, messages and media of one @handle 05/01-09/25/2026, 10 days.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "CPL Article 690"),
            "requester.name": any_of("Suffolk County Police Department", "Suffolk County Government"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("niamh.castellano-ibsen@suffolkcountyny.gov", "scpd.ccs@suffolkcountyny.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Niamh Castellano-Ibsen", "Gerard P. Okonjo-Walsh"),
            "requester.signer_title": any_of("Det. Sgt.", "Detective Sergeant", "J.C.C."),
            "targets": ["montauk_moonshot"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "date_range": {"start": "2026-05-01", "end": "2026-09-25"},
            "served_at": any_of(served(date), "2026-09-28T11:20:00-04:00"),
            # 10 days of service: from the first mail (09/28) or from this one (09/29)
            "return_by": any_of(
                "2026-10-08T17:00:00-04:00",
                "2026-10-08T23:59:59-04:00",
                "2026-10-09T17:00:00-04:00",
                "2026-10-09T23:59:59-04:00",
            ),
            "case_number": any_of("SW-2026-1193", "Index No. SW-2026-1193"),
            "issuing_court": any_of("Suffolk County Court", "Suffolk County Court - State of New York"),
        },
        sender="Castellano-Ibsen, Niamh <niamh.castellano-ibsen@suffolkcountyny.gov>",
        subject="Fwd: Search Warrant - Suffolk County Court - @montauk_moonshot",
        date=date,
        message_id="<SCPD-nci-0929-1703@suffolkcountyny.gov>",
        text=text,
        dkim="suffolkcountyny.gov",
    )


BEXAR_JPEG = """\
# THE STATE OF TEXAS
# GRAND JURY SUBPOENA DUCES TECUM
Cause / GJ No. 2026-GJ-2287                                 186th District Court, Bexar County

TO: Custodian of Records, Social Example, Inc.

YOU ARE HEREBY COMMANDED to appear before the Grand Jury of Bexar County, Texas, at the
Cadena-Reeves Justice Center, 300 Dolorosa, San Antonio, Texas 78205, on DECEMBER 1, 2026
at 9:00 o'clock A.M., then and there to testify and to bring with you:

  Subscriber information (name, e-mail, phone numbers, date of creation, IP at creation)
  for the account "alamo_heights_deals".

Compliance may be made by delivery of the records with a business records affidavit
(Tex. R. Evid. 902(10)) to ADA Joaquin Reinholt-Mbaye, Bexar County Criminal District Attorney's Office.

Issued November 12, 2026.          GLORIA ESTRADA-VOSS, District Clerk
                                   By: M. Ybarra, Deputy
"""


def bexar_da_grand_jury_jpeg() -> Message:
    date = when(2026, 11, 13, 9, 12, 0, -6)
    text = "See attached GJ subpoena (phone pic, sorry - scanner down). Theft of property investigation.\n\nJoaquin Reinholt-Mbaye\nAsst. Criminal District Attorney, Bexar County\n"
    return make(
        "018-bexar-da-grand-jury-jpeg",
        "Bexar County Criminal DA sends a photographed Texas grand jury subpoena (JPEG): subscriber data of one "
        "account, appear December 1, 2026 at 9:00 A.M. or deliver with a business records affidavit.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Tex. R. Evid. 902(10)"),
            "requester.name": any_of(
                "Bexar County Criminal District Attorney's Office",
                "Bexar County Criminal District Attorney",
                "Bexar County",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "joaquin.reinholt-mbaye@bexar.gov",
            "requester.verified": True,
            "requester.signer": any_of("Joaquin Reinholt-Mbaye", "Gloria Estrada-Voss", "M. Ybarra"),
            "requester.signer_title": any_of("Asst. Criminal District Attorney", "ADA", "District Clerk", "Deputy"),
            "targets": ["alamo_heights_deals"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "Theft of property"),
            "served_at": served(date),
            "return_by": "2026-12-01T09:00:00-06:00",
            "case_number": any_of("2026-GJ-2287", "GJ No. 2026-GJ-2287"),
            "issuing_court": any_of("186th District Court, Bexar County", "186th District Court", None),
        },
        sender="Joaquin Reinholt-Mbaye <joaquin.reinholt-mbaye@bexar.gov>",
        subject="GJ subpoena 2026-GJ-2287",
        date=date,
        message_id="<BCDA-2026GJ2287-1113@bexar.gov>",
        text=text,
        attachments=[(scan_jpeg(BEXAR_JPEG, skew=1.2, seed=118), "image", "jpeg", "20261113_090512.jpg")],
        dkim="bexar.gov",
    )


def juneau_pd_preservation_gmail() -> Message:
    date = when(2026, 10, 2, 15, 37, 0, -8)
    text = """\
Hi,

I'm an officer with the Juneau Police Department. Our city e-mail is down since this morning (outage), so
I'm sending from my personal account - sorry. Please preserve under 18 USC 2703(f) the account
@gastineau_channel_kid, all subscriber info, IP logs and messages, for 90 days. Case JPD 26-011874
(harassment of a minor). I will follow up with a warrant from the Alaska Superior Court.

You can call dispatch at (907) 555-0112 and ask for me to confirm.

Officer Kaiya Stensrud-Tanaka #219
Juneau Police Department, 6255 Alaway Ave, Juneau AK 99801
"""
    return make(
        "019-juneau-pd-preservation-gmail",
        "A Juneau Police officer sends a § 2703(f) preservation request from a free-mail account (city mail down): "
        "one @handle, 90 days; offers a call to dispatch.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": "Juneau Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kaiya.stensrud.t@gmail.com",
            "requester.verified": False,
            "requester.signer": "Kaiya Stensrud-Tanaka",
            "requester.signer_title": "Officer",
            "targets": ["gastineau_channel_kid"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "harassment of a minor"),
            "served_at": served(date),
            "case_number": any_of("JPD 26-011874", "26-011874"),
        },
        sender="Kaiya Stensrud-Tanaka <kaiya.stensrud.t@gmail.com>",
        subject="preservation request - JPD 26-011874",
        date=date,
        message_id="<CAJx9kP2m0Qe-juneau-1002@mail.gmail.com>",
        text=text,
    )


def lawfirm_rule45_ndoh_html() -> Message:
    date = when(2026, 11, 16, 15, 2, 0, -5)
    html = """\
<html><body>
<p>Dear Custodian of Records:</p>
<p>This firm represents plaintiff Lakeshore Fasteners, LLC in <i>Lakeshore Fasteners, LLC v. Halvorsen Supply Co., et
al.</i>, Case No. 1:26-cv-01842-JPC, pending in the United States District Court for the Northern District of Ohio.
Enclosed for service by e-mail, per your published policy, is a subpoena to produce documents under Fed. R. Civ. P. 45.</p>
<p><b>Documents requested:</b> documents sufficient to identify the subscriber(s) of the account <b>@fastener_truth_teller</b>,
namely the name, postal address, e-mail address and telephone number provided at registration, and the IP address
used to create the account. We do not seek the content of any communications.</p>
<p><b>Place, date and time of production:</b> Brennan Okoro-Stahl LLP, 1375 East Ninth Street, Suite 2200, Cleveland, Ohio
44114, on <b>December 4, 2026 at 10:00 a.m.</b> Electronic production is acceptable.</p>
<p>The account published statements our client contends are defamatory. A copy of this subpoena has been served on all
parties under Rule 45(a)(4). Please contact me with any questions.</p>
<p>Very truly yours,<br>Lucinda Brennan-Achebe<br>Partner, Brennan Okoro-Stahl LLP<br>(216) 555-0181</p>
</body></html>
"""
    return make(
        "020-lawfirm-rule45-ndoh-html",
        "Cleveland law firm serves a Rule 45 subpoena (N.D. Ohio defamation case) in HTML: identity of an anonymous "
        "@handle (registration data and creation IP), production December 4, 2026 at 10:00 a.m.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of("Brennan Okoro-Stahl LLP", "Lakeshore Fasteners, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "lbrennan-achebe@brennanokorostahl.com",
            "requester.verified": True,
            "requester.signer": "Lucinda Brennan-Achebe",
            "requester.signer_title": "Partner",
            "targets": ["fastener_truth_teller"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "defamation", "defamatory statements"),
            "served_at": served(date),
            "return_by": "2026-12-04T10:00:00-05:00",
            "case_number": "1:26-cv-01842-JPC",
            "issuing_court": any_of(
                "United States District Court for the Northern District of Ohio",
                "U.S. District Court, Northern District of Ohio",
            ),
        },
        sender="Lucinda Brennan-Achebe <lbrennan-achebe@brennanokorostahl.com>",
        subject="Subpoena - Lakeshore Fasteners v. Halvorsen Supply, No. 1:26-cv-01842 (N.D. Ohio)",
        date=date,
        message_id="<BOS-2611-0091@brennanokorostahl.com>",
        html=html,
        dkim="brennanokorostahl.com",
    )


def dmca_512h_dmass_pdf() -> Message:
    date = when(2026, 9, 24, 11, 30, 0, -4)
    subpoena = """\
UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

In re DMCA Subpoena to Social Example, Inc.                       Misc. Case No. 1:26-mc-91477

SUBPOENA TO IDENTIFY ALLEGED INFRINGER (17 U.S.C. § 512(h))

To: Social Example, Inc., designated agent

Pursuant to 17 U.S.C. § 512(h), and upon the request of Harborlight Audio Books, Inc., the copyright owner,
which has filed a copy of its notification under § 512(c)(3)(A), a proposed subpoena and a sworn
declaration, you are ordered to disclose information sufficient to identify the alleged infringer who
posted the material identified in the notice of August 30, 2026, namely the user of the account
@free.audiobooks.daily: name, address, telephone number and e-mail address.

Production by: October 8, 2026, to Tobias Whitlock-Ansah, Esq., Whitlock Ansah PC, 100 Summer Street,
Boston, MA 02110.

Date: 09/23/2026                                        ROBERT M. FARRELL-DIAZ, CLERK OF COURT
                                                        By: /s/ S. Pimentel, Deputy Clerk
"""
    return make(
        "021-dmca-512h-dmass-pdf",
        "Boston IP firm serves a clerk-issued DMCA § 512(h) subpoena (D. Mass., PDF) to identify the user of one "
        "@handle, with the notice and declaration recited; production by October 8, 2026.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Whitlock Ansah PC", "Harborlight Audio Books, Inc."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "twa@whitlockansah.com",
            "requester.verified": True,
            "requester.signer": any_of("Tobias Whitlock-Ansah", "S. Pimentel", "Robert M. Farrell-Diaz"),
            "requester.signer_title": any_of(None, "Esq.", "Deputy Clerk", "Attorney"),
            "targets": ["free.audiobooks.daily"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "copyright infringement"),
            "served_at": served(date),
            "return_by": day_end("2026-10-08", "-04:00"),
            "case_number": "1:26-mc-91477",
            "issuing_court": any_of(
                "United States District Court, District of Massachusetts",
                "United States District Court for the District of Massachusetts",
            ),
        },
        sender="Tobias Whitlock-Ansah <twa@whitlockansah.com>",
        subject="DMCA 512(h) Subpoena - Harborlight Audio Books - 1:26-mc-91477",
        date=date,
        message_id="<wa-512h-91477@whitlockansah.com>",
        text="Please see the attached subpoena issued by the Clerk of the District of Massachusetts under 17 U.S.C. "
        "512(h). The DMCA notice and declaration are on file with the court.\n\nTobias Whitlock-Ansah\nWhitlock Ansah PC\n",
        attachments=[(pdf(subpoena), "application", "pdf", "512h_subpoena_91477.pdf")],
        dkim="whitlockansah.com",
    )


def wisconsin_dci_warrant_missing_attachment() -> Message:
    date = when(2026, 10, 27, 10, 44, 0, -5)
    text = """\
Good morning,

Attached please find a search warrant signed this morning by Dane County Circuit Judge Halvorsen-Mbeki,
together with Attachment A (accounts to be searched) and Attachment B (items to be seized). Please expedite;
the return is due within 5 business days per the warrant.

SA Corinne Vasquez-Lund
Wisconsin Department of Justice - Division of Criminal Investigation
Internet Crimes Against Children Task Force, Madison
"""
    return make(
        "022-wisconsin-dci-warrant-missing-attachment",
        "Wisconsin DOJ DCI says a Dane County warrant and its Attachments A and B are attached, but nothing is "
        "attached: no account, data or case number can be read; goes to triage.",
        "en",
        "US",
        ("plain_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": any_of("SEARCH_WARRANT", "UNKNOWN"),
            "requester.name": any_of(
                "Wisconsin Department of Justice - Division of Criminal Investigation",
                "Wisconsin Department of Justice",
                "Division of Criminal Investigation",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "vasquezlundc@doj.state.wi.us",
            "requester.verified": True,
            "requester.signer": "Corinne Vasquez-Lund",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": [],
            "data_categories": [],
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-03T17:00:00-06:00", "2026-11-03T23:59:59-06:00"),
            "issuing_court": any_of(None, "Dane County Circuit Court"),
        },
        sender="Vasquez-Lund, Corinne M <vasquezlundc@doj.state.wi.us>",
        subject="Search Warrant - ICAC - expedite",
        date=date,
        message_id="<DCI-ICAC-1027-1044@doj.state.wi.us>",
        text=text,
        dkim="doj.state.wi.us",
    )


def fort_worth_pd_conflicting_accounts() -> Message:
    date = when(2026, 11, 6, 14, 5, 0, -6)
    text = """\
Legal Dept,

Please find the text of a Tarrant County grand jury subpoena below. Please produce subscriber information
(name, phone, email, IP at creation) for the account @cowtown_resale_817 by November 20, 2026.

TARRANT COUNTY GRAND JURY - SUBPOENA DUCES TECUM - GJ 26-44129
Records of: @cowtowns_resale817 (see attached screenshot of profile)
Requested: subscriber information.

Det. Hollis Mbatha-Reyes
Fort Worth Police Department, Financial Crimes Unit
"""
    return make(
        "023-fort-worth-pd-conflicting-accounts",
        "Fort Worth PD sends a Tarrant County grand jury subpoena whose body and subpoena text name two different "
        "handles (and refer to a screenshot that is not attached): which account is meant must be confirmed.",
        "en",
        "US",
        ("plain_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of("Fort Worth Police Department", "City of Fort Worth"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "hollis.mbatha-reyes@fortworthtexas.gov",
            "requester.verified": True,
            "requester.signer": "Hollis Mbatha-Reyes",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": any_of(
                ["cowtown_resale_817", "cowtowns_resale817"], ["cowtown_resale_817"], ["cowtowns_resale817"], []
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": day_end("2026-11-20", "-06:00"),
            "case_number": any_of("GJ 26-44129", "26-44129"),
        },
        sender="Mbatha-Reyes, Hollis <hollis.mbatha-reyes@fortworthtexas.gov>",
        subject="GJ Subpoena 26-44129 - @cowtown_resale_817",
        date=date,
        message_id="<FWPD-GJ2644129@fortworthtexas.gov>",
        text=text,
        dkim="fortworthtexas.gov",
    )


def henderson_pd_order_blank_ndo_term() -> Message:
    date = when(2026, 11, 23, 16, 20, 0, -8)
    order = """\
DISTRICT COURT, CLARK COUNTY, NEVADA               Case No. 26-SW-HPD-0771

ORDER DIRECTING DISCLOSURE OF RECORDS (18 U.S.C. § 2703(d); NRS 179.045)

Upon the application of Detective Quinn Aldana-Foss of the Henderson Police Department, the Court finds
specific and articulable facts showing reasonable grounds to believe the records sought are relevant and
material to an ongoing investigation of burglary (NRS 205.060).

IT IS ORDERED that Social Example, Inc. disclose for the account "vegas_valley_vault" the subscriber name,
e-mail, phone and the log-in IP history from 10/01/2026 to 11/20/2026, within fourteen (14) days.

IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of this Order to the
subscriber for a period of ______ days from the date of this Order.

DATED November 20, 2026.                       ____/s/____ District Judge
"""
    text = "Please see attached order. Thank you.\n\nDet. Quinn Aldana-Foss\nHenderson Police Department | Property Crimes\n"
    return make(
        "024-henderson-pd-order-blank-ndo-term",
        "Henderson (NV) PD serves a state-court § 2703(d) order (PDF) whose nondisclosure term is left blank "
        "('for a period of ______ days') and whose judge's name is illegible: the gag's expiry cannot be read.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703(d); NRS 179.045"),
            "requester.name": any_of("Henderson Police Department", "City of Henderson"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "quinn.aldana-foss@cityofhenderson.gov",
            "requester.verified": True,
            "requester.signer": any_of("Quinn Aldana-Foss", None),
            "requester.signer_title": any_of("Det.", "Detective", "District Judge"),
            "targets": ["vegas_valley_vault"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "burglary", "burglary (NRS 205.060)"),
            "date_range": {"start": "2026-10-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of(
                "2026-12-07T17:00:00-08:00",
                "2026-12-07T23:59:59-08:00",
                "2026-12-04T17:00:00-08:00",
                "2026-12-04T23:59:59-08:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "26-SW-HPD-0771",
            "issuing_court": any_of("District Court, Clark County, Nevada", "Clark County District Court"),
        },
        sender="Aldana-Foss, Quinn <quinn.aldana-foss@cityofhenderson.gov>",
        subject="Court Order 26-SW-HPD-0771",
        date=date,
        message_id="<HPD-0771-1123@cityofhenderson.gov>",
        text=text,
        attachments=[(pdf(order), "application", "pdf", "Order_0771.pdf")],
        dkim="cityofhenderson.gov",
    )


MESSAGES = [
    sacramento_sheriff_calecpa_warrant_pdf,
    tacoma_pd_emergency_suicide,
    colorado_springs_pd_warrant_scan,
    milwaukee_pd_preservation_extension_reply,
    polk_county_attorney_trial_subpoena_typos,
    st_louis_county_pd_warrant_docx,
    suffolk_ny_pd_forwarded_warrant,
    bexar_da_grand_jury_jpeg,
    juneau_pd_preservation_gmail,
    lawfirm_rule45_ndoh_html,
    dmca_512h_dmass_pdf,
    wisconsin_dci_warrant_missing_attachment,
    fort_worth_pd_conflicting_accounts,
    henderson_pd_order_blank_ndo_term,
]

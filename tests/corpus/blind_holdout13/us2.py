"""United States demands, part 2: cities, counties and states in several time zones, and private civil
litigants. Government sender domains from CISA's .gov list; firms, people, accounts and case numbers
fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout13._kit import (
    Message,
    any_of,
    day_end,
    docx_file,
    make,
    odt,
    pdf,
    scan_jpeg,
    served,
    when,
)

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def akron_pd_warrant_pdf_only() -> Message:
    date = when(2026, 9, 29, 10, 31, 0, -4)
    warrant = """\
IN THE COURT OF COMMON PLEAS, SUMMIT COUNTY, OHIO

SEARCH WARRANT                                           Case No. SW-2026-09-1142

STATE OF OHIO, SUMMIT COUNTY, SS:
To: Social Example, Inc., Custodian of Records (by electronic service)

Whereas there has been filed with me an affidavit by Detective Sgt. Norah Kapinski-Bell of the Akron Police
Department, Crimes Against Persons Unit, I find probable cause and you are hereby commanded to search the records
maintained for the account "akron_rubber_city_drill" and to produce to the affiant:
  1. Subscriber information: name, e-mail addresses, telephone numbers, account creation date.
  2. IP addresses and timestamps of all log-ins.
  3. The contents of all direct messages sent or received by the account.
for the period from August 20, 2026 through September 25, 2026, in connection with a felonious assault
(R.C. 2903.11) investigation.

The records shall be delivered within ten (10) days of service of this warrant.

Given under my hand this 28th day of September, 2026.
                                          Judge Alison M. Breaux-Tallmadge, Court of Common Pleas
"""
    return make(
        "010-akron-pd-warrant-pdf-only",
        "Akron Police Department serves a Summit County Common Pleas search warrant as a PDF with no body text: "
        "subscriber data, log-in IPs and DM content for five weeks, ten days from service.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Akron Police Department", "Akron Police Department, Crimes Against Persons Unit"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "nkapinski-bell@akronohio.gov",
            "requester.verified": True,
            "requester.signer": any_of("Alison M. Breaux-Tallmadge", "Norah Kapinski-Bell"),
            "requester.signer_title": any_of("Judge", "Judge, Court of Common Pleas", "Detective Sgt."),
            "targets": ["akron_rubber_city_drill"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "felonious assault (R.C. 2903.11) investigation", "felonious assault"),
            "date_range": {"start": "2026-08-20", "end": "2026-09-25"},
            "served_at": served(date),
            "return_by": day_end("2026-10-09", "-04:00"),
            "case_number": "SW-2026-09-1142",
            "issuing_court": any_of(
                "Court of Common Pleas, Summit County, Ohio", "Summit County Court of Common Pleas"
            ),
        },
        sender="Kapinski-Bell, Norah <nkapinski-bell@akronohio.gov>",
        subject="SW-2026-09-1142",
        date=date,
        message_id="<APD-SW-2026-09-1142@akronohio.gov>",
        attachments=[(pdf(warrant), "application", "pdf", "SW-2026-09-1142.pdf")],
        dkim="akronohio.gov",
    )


def flagstaff_pd_emergency_suicide() -> Message:
    date = when(2026, 10, 25, 23, 40, 12, -7)
    text = """\
*** EXIGENT / EMERGENCY REQUEST ***

Flagstaff Police Department dispatch received a call at 23:05 tonight from a parent in Ohio: her 19-year-old
son, a student at NAU, posted a story on your platform about 20 minutes ago from account "pinecone_nomad_eli"
showing a handgun and the words "last sunset, sorry mom." He is not at his dorm and not answering his phone.
We believe he is at risk of imminent death.

Requesting the most recent IP addresses and any location information for the account, plus the phone number
and e-mail on file, so we can find him tonight. Paperwork to follow if required.

Sgt. Marisol Begay-Whitfield #2217
Flagstaff Police Department, Patrol Division
Dispatch (928) 555-0111 - ask for the on-duty sergeant
"""
    return make(
        "011-flagstaff-pd-emergency-suicide",
        "Flagstaff Police Department emergency request at 23:40 (Arizona, no DST): a student posted a handgun and a "
        "farewell; latest IPs, location, phone and e-mail for one account.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester.name": any_of("Flagstaff Police Department", "Flagstaff Police Department, Patrol Division"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "mbegay-whitfield@flagstaffaz.gov",
            "requester.verified": True,
            "requester.signer": "Marisol Begay-Whitfield",
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": ["pinecone_nomad_eli"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "served_at": served(date),
            "emergency": {"narrative_contains": "last sunset"},
        },
        sender="Begay-Whitfield, Marisol <mbegay-whitfield@flagstaffaz.gov>",
        subject="EMERGENCY - suicidal subject - pinecone_nomad_eli",
        date=date,
        message_id="<fpd-exigent-20261025-2340@flagstaffaz.gov>",
        text=text,
        dkim="flagstaffaz.gov",
    )


def kenosha_pd_preservation_extension_reply() -> Message:
    date = when(2026, 11, 30, 8, 55, 0, -6)
    text = """\
Good morning,

We are still waiting on the warrant. Please extend the preservation below for an additional 90 days under
18 U.S.C. 2703(f)(2). Same account, same reference.

Thank you,
Det. Alejandro Piekarski
Kenosha Police Department - Special Investigations
(262) 555-0193

On Wed, Sep 2, 2026 at 3:12 PM Social Example Legal Response <lers@social.example.com> wrote:
> Detective Piekarski,
> We have preserved the account "kenosha_lakefront_deals" as of today's date for 90 days under
> 18 U.S.C. 2703(f). Our reference: PRES-2026-77310. Please serve legal process before the hold lapses.
>
>> From: Piekarski, Alejandro
>> Sent: Wednesday, September 2, 2026 1:40 PM
>> Please preserve all records and content for kenosha_lakefront_deals (stolen catalytic converters sales).
"""
    return make(
        "012-kenosha-pd-preservation-extension-reply",
        "Kenosha Police Department replies above the platform's confirmation to ask for a 90-day extension of a "
        "§ 2703(f) preservation made September 2, 2026.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)(2)", "18 U.S.C. § 2703(f)(2)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Kenosha Police Department", "Kenosha Police Department - Special Investigations"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "apiekarski@kenoshapolice.gov",
            "requester.verified": True,
            "requester.signer": "Alejandro Piekarski",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["kenosha_lakefront_deals"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "served_at": served(date),
            "case_number": any_of(None, "PRES-2026-77310"),
        },
        sender="Piekarski, Alejandro <apiekarski@kenoshapolice.gov>",
        subject="RE: Preservation confirmation PRES-2026-77310",
        date=date,
        message_id="<kpd-si-1130-0855@kenoshapolice.gov>",
        text=text,
        headers=[("In-Reply-To", "<pres-2026-77310@social.example.com>")],
        dkim="kenoshapolice.gov",
    )


def yavapai_county_attorney_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 16, 16, 20, 0, -7)
    text = """\
Hi - pls see the subpena below for trial. Sorry for the typos, typed it from our form in a hurry.

IN THE SUPERIOR COURT OF THE STATE OF ARIZONA IN AND FOR THE COUNTY OF YAVAPAI
STATE OF ARIZONA v. DUSTIN RAY HOLLENBECK          No. P1300CR202600712

SUBPEONA DUCES TECUM (CRIMINAL)
TO: Custodian of Recrods, Social Example Inc.

YOU ARE COMMANDED to apear at the Yavapai County Courthouse, 120 S. Cortez St, Prescott AZ 86303, Division 4,
on Decmeber 15, 2026 at 9:00 a.m. to testify, and to bring: subcriber info (name, email, phone, date account
created) for the acount "prescott_valley_vaper" and certified copys of the public posts on that account from
3/1/2026 to 6/30/2026. A declaration of custodian under Ariz. R. Evid. 902(11) in lieu of appearance is fine.

Issued at the request of: Deputy County Attorney Lorena Quintero-Haskell, Yavapai County Attorney's Office
Clerk of the Superior Court, by: K. Sandoval, Deputy Clerk           Dated: 11/13/2026
"""
    return make(
        "013-yavapai-county-attorney-trial-subpoena-typos",
        "Yavapai County Attorney's Office serves a typo-ridden criminal trial subpoena duces tecum in the body: "
        "subscriber data and public posts for four months, appear December 15, 2026 9:00 a.m. (Arizona).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "requester.name": any_of("Yavapai County Attorney's Office", "Yavapai County Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lorena.quintero-haskell@yavapaiaz.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lorena Quintero-Haskell", "K. Sandoval"),
            "requester.signer_title": any_of("Deputy County Attorney", "Deputy Clerk"),
            "targets": ["prescott_valley_vaper"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "date_range": any_of(None, {"start": "2026-03-01", "end": "2026-06-30"}),
            "served_at": served(date),
            "return_by": "2026-12-15T09:00:00-07:00",
            "case_number": "P1300CR202600712",
            "issuing_court": any_of(
                "Superior Court of the State of Arizona in and for the County of Yavapai",
                "Yavapai County Superior Court",
            ),
        },
        sender="Quintero-Haskell, Lorena <lorena.quintero-haskell@yavapaiaz.gov>",
        subject="trial subpena - St v Hollenbeck",
        date=date,
        message_id="<ycao-P1300CR202600712@yavapaiaz.gov>",
        text=text,
        dkim="yavapaiaz.gov",
    )


def fresno_pd_calecpa_warrant_html_table() -> Message:
    date = when(2026, 9, 10, 9, 2, 44, -7)
    html = """\
<html><body>
<p>Custodian of Records,</p>
<p>The Fresno Police Department serves the following California search warrant (Penal Code &sect;&sect; 1524,
1546.1). A signed copy is available through your law enforcement portal upon request.</p>
<table border="1" cellpadding="3">
<tr><td><b>Issuing court</b></td><td>Superior Court of California, County of Fresno</td></tr>
<tr><td><b>Warrant No.</b></td><td>F26-SW-03318</td></tr>
<tr><td><b>Signed</b></td><td>September 9, 2026, Hon. Gabriel T. Arakelian-Soto</td></tr>
<tr><td><b>Account</b></td><td>central_valley_kush_delivery</td></tr>
<tr><td><b>Records</b></td><td>Basic subscriber information; stored messages and attachments; location history</td></tr>
<tr><td><b>Date range</b></td><td>08/01/2026 - 09/05/2026</td></tr>
<tr><td><b>Due</b></td><td>Within 14 days of service</td></tr>
<tr><td><b>Non-disclosure</b></td><td>The Court orders that the provider not disclose the existence of this warrant
for 90 days from the date of signing (Pen. Code &sect; 1546.2(b); 18 U.S.C. &sect; 2705(b)).</td></tr>
</table>
<p>Det. Harjit Sandhu-Oliveira, Narcotics Unit, Fresno Police Department, (559) 555-0150</p>
</body></html>
"""
    return make(
        "014-fresno-pd-calecpa-warrant-html-table",
        "Fresno Police Department serves a CalECPA search warrant as an HTML table: subscriber data, stored messages "
        "and location for five weeks, 14 days from service, 90-day court non-disclosure.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Penal Code §§ 1524, 1546.1", "Pen. Code § 1546.1"),
            "requester.name": "Fresno Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "harjit.sandhu-oliveira@fresno.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harjit Sandhu-Oliveira", "Gabriel T. Arakelian-Soto"),
            "requester.signer_title": any_of("Det.", "Detective", "Judge"),
            "targets": ["central_valley_kush_delivery"],
            "data_categories": ["BASIC_SUBSCRIBER", "LOCATION_HISTORY", "STORED_CONTENT"],
            "date_range": {"start": "2026-08-01", "end": "2026-09-05"},
            "served_at": served(date),
            "return_by": day_end("2026-09-24", "-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2026-12-08T23:59:59-08:00", "2026-12-07T23:59:59-08:00"),
            "case_number": "F26-SW-03318",
            "issuing_court": "Superior Court of California, County of Fresno",
        },
        sender="Sandhu-Oliveira, Harjit <harjit.sandhu-oliveira@fresno.gov>",
        subject="Search Warrant F26-SW-03318 - Social Example",
        date=date,
        message_id="<fpd-F26-SW-03318@fresno.gov>",
        html=html,
        dkim="fresno.gov",
    )


def boulder_pd_forwarded_warrant() -> Message:
    date = when(2026, 10, 2, 13, 17, 0, -6)
    text = """\
Forwarding the signed warrant from my sergeant's e-mail; please treat me as the point of contact.

Det. Willa Sorensen-Achebe | Boulder Police Department | Persons Crimes | 303-555-0128

---------- Forwarded message ---------
From: Sgt. Trevor Lindqvist <lindqvistt@bouldercolorado.gov>
Date: Thu, Oct 1, 2026 at 4:51 PM
Subject: signed SW - 26BPD-018830

DISTRICT COURT, BOULDER COUNTY, COLORADO - SEARCH WARRANT 26BPD-018830
The Court, having reviewed the affidavit of Det. W. Sorensen-Achebe, finds probable cause and ORDERS
Social Example, Inc. to disclose, for the account "flatirons_fury_1993": subscriber information; IP addresses
and times of log-ins; and the contents of direct messages, from September 1, 2026 to September 30, 2026.
Records are to be produced on or before October 16, 2026.
SO ORDERED 10/01/2026. /s/ Hon. Priya Delgado-Ambrose, District Court Judge
"""
    return make(
        "015-boulder-pd-forwarded-warrant",
        "Boulder Police detective forwards her sergeant's mail with a Boulder County District Court search warrant: "
        "subscriber, log-in IPs and DM content for September 2026, produce by October 16, 2026.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": "Boulder Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("sorensenachebew@bouldercolorado.gov", "lindqvistt@bouldercolorado.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Willa Sorensen-Achebe", "Priya Delgado-Ambrose", "Trevor Lindqvist"),
            "requester.signer_title": any_of("Det.", "Detective", "District Court Judge", "Sgt."),
            "targets": ["flatirons_fury_1993"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-09-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": day_end("2026-10-16", "-06:00"),
            "case_number": "26BPD-018830",
            "issuing_court": any_of("District Court, Boulder County, Colorado", "Boulder County District Court"),
        },
        sender="Sorensen-Achebe, Willa <sorensenachebew@bouldercolorado.gov>",
        subject="Fwd: signed SW - 26BPD-018830",
        date=date,
        message_id="<bpd-26BPD-018830-fwd@bouldercolorado.gov>",
        text=text,
        dkim="bouldercolorado.gov",
    )


def howard_county_pd_warrant_odt() -> Message:
    date = when(2026, 11, 6, 11, 12, 0, -5)
    document = odt(
        [
            "IN THE CIRCUIT COURT FOR HOWARD COUNTY, MARYLAND",
            "SEARCH AND SEIZURE WARRANT - Case No. C-13-SW-26-000871",
            "TO: Social Example, Inc., 1 Example Way, Menlo Park, CA (service by electronic mail)",
            "Upon the application of Detective Corporal Desmond Achterhof-Reyes, Howard County Police Department, "
            "the Court being satisfied that there is probable cause, you are hereby ORDERED to produce, for the "
            'account "columbia_md_sneakerplug", the subscriber information and all stored location history for '
            "the period October 1, 2026 through November 1, 2026, within fourteen (14) days of service.",
            "It is further ORDERED that Social Example, Inc. shall not disclose the existence of this warrant to the "
            "subscriber or any other person for sixty (60) days from the date of this Order.",
            "Date: November 5, 2026.   Judge Marguerite O. Tillman-Baptiste, Circuit Court for Howard County",
        ],
        heading="Search and Seizure Warrant",
    )
    text = "Please see the attached warrant (ODT). Return to the undersigned by e-mail.\n\nDet. Cpl. D. Achterhof-Reyes\nHCPD Robbery Section\n"
    return make(
        "016-howard-county-pd-warrant-odt",
        "Howard County (Md.) Police serve a Circuit Court search warrant as an .odt: subscriber data and location "
        "history for October 2026, 14 days from service, 60-day court non-disclosure.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Howard County Police Department", "HCPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dachterhof-reyes@howardcountymd.gov",
            "requester.verified": True,
            "requester.signer": any_of(
                "Desmond Achterhof-Reyes", "D. Achterhof-Reyes", "Marguerite O. Tillman-Baptiste"
            ),
            "requester.signer_title": any_of("Detective Corporal", "Det. Cpl.", "Judge"),
            "targets": ["columbia_md_sneakerplug"],
            "data_categories": ["BASIC_SUBSCRIBER", "LOCATION_HISTORY"],
            "date_range": {"start": "2026-10-01", "end": "2026-11-01"},
            "served_at": served(date),
            "return_by": day_end("2026-11-20", "-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-01-04T23:59:59-05:00", "2027-01-03T23:59:59-05:00"),
            "case_number": "C-13-SW-26-000871",
            "issuing_court": "Circuit Court for Howard County, Maryland",
        },
        sender="Achterhof-Reyes, Desmond <dachterhof-reyes@howardcountymd.gov>",
        subject="Search warrant C-13-SW-26-000871",
        date=date,
        message_id="<hcpd-C-13-SW-26-000871@howardcountymd.gov>",
        text=text,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "warrant_000871.odt")],
        dkim="howardcountymd.gov",
    )


def sumner_deputy_freemail_warrant_jpeg() -> Message:
    date = when(2026, 9, 18, 22, 10, 0, -5)
    photo = """\
# STATE OF TENNESSEE, COUNTY OF SUMNER
# SEARCH WARRANT
Case No. 26-SW-0419

TO ANY LAWFUL OFFICER and to Social Example, Inc., Custodian of Records:
Proof by affidavit having been made before me by Deputy Caleb Hinchey-Morrow of the Sumner County
Sheriff's Office, you are commanded to produce the following for the account "gallatin_ghostrider":
subscriber information, and all direct messages with attachments, from 08/15/2026 to 09/15/2026.
Production is to be made within ten (10) days.

Issued 09/17/2026 at 3:40 p.m.
Judge Randall W. Okafor-Presley, Sumner County General Sessions Court
"""
    text = """\
hey sorry for the gmail, our county email is down since the storm. photo of the signed warrant attached.
pls send to this address or my work one chinchey-morrow@sumnercountytn.gov once its back up

Deputy Caleb Hinchey-Morrow
Sumner Co. Sheriff's Office CID
"""
    return make(
        "017-sumner-deputy-freemail-warrant-jpeg",
        "A Sumner County (Tenn.) deputy sends a phone photo (JPEG) of a General Sessions search warrant from a Gmail "
        "address: subscriber data and DMs for one month, ten days; unverifiable sender.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Sumner County Sheriff's Office", "Sumner Co. Sheriff's Office CID"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "caleb.hinchey.so@gmail.com",
            "requester.verified": False,
            "requester.signer": any_of("Caleb Hinchey-Morrow", "Randall W. Okafor-Presley"),
            "requester.signer_title": any_of("Deputy", "Judge"),
            "targets": ["gallatin_ghostrider"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "date_range": {"start": "2026-08-15", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": day_end("2026-09-28", "-05:00"),
            "case_number": "26-SW-0419",
            "issuing_court": any_of("Sumner County General Sessions Court", "General Sessions Court of Sumner County"),
        },
        sender="Caleb Hinchey <caleb.hinchey.so@gmail.com>",
        subject="search warrant 26-SW-0419",
        date=date,
        message_id="<CAF8x0q7Zr=hinchey0918@mail.gmail.com>",
        text=text,
        attachments=[(scan_jpeg(photo, skew=1.2, seed=17), "image", "jpeg", "IMG_4410.jpg")],
    )


def indiana_ag_cid_docx() -> Message:
    date = when(2026, 10, 28, 15, 5, 0, -4)
    document = docx_file(
        [
            ("h", "OFFICE OF THE INDIANA ATTORNEY GENERAL - CONSUMER PROTECTION DIVISION"),
            ("h", "CIVIL INVESTIGATIVE DEMAND No. 2026-CPD-0388"),
            ("p", "To: Social Example, Inc."),
            (
                "p",
                "This Civil Investigative Demand is issued under Ind. Code § 4-6-3-3 in the investigation of possible "
                "violations of the Indiana Deceptive Consumer Sales Act, Ind. Code § 24-5-0.5, concerning the resale of "
                "counterfeit concert tickets to Indiana residents.",
            ),
            ("t", "Accounts|hoosier_tix_exchange; indy_front_row_deals"),
            (
                "t",
                "Information demanded|Name, postal and e-mail addresses, telephone numbers and payment method on file for each account",
            ),
            ("t", "Return date|November 20, 2026 by 4:30 p.m. (Indianapolis time)"),
            (
                "t",
                "Deliver to|Deputy Attorney General Brennan K. Ostrowski-Lake, 302 W. Washington St., IGCS 5th Floor, Indianapolis, IN 46204",
            ),
            ("p", "Dated October 27, 2026. Brennan K. Ostrowski-Lake, Deputy Attorney General"),
        ],
        author="OAG CPD",
    )
    text = "Please see the attached CID. Electronic production is acceptable.\n\nB. Ostrowski-Lake, DAG\n"
    return make(
        "018-indiana-ag-cid-docx",
        "Indiana Attorney General civil investigative demand (.docx) under Ind. Code § 4-6-3-3: subscriber data for "
        "two accounts in a counterfeit-ticket investigation, return November 20, 2026 4:30 p.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("Ind. Code § 4-6-3-3", "IC 4-6-3-3"),
            "requester.name": any_of(
                "Office of the Indiana Attorney General",
                "Indiana Attorney General",
                "Office of the Indiana Attorney General - Consumer Protection Division",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "brennan.ostrowski-lake@atg.in.gov",
            "requester.verified": True,
            "requester.signer": "Brennan K. Ostrowski-Lake",
            "requester.signer_title": "Deputy Attorney General",
            "targets": ["hoosier_tix_exchange", "indy_front_row_deals"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                None,
                "resale of counterfeit concert tickets to Indiana residents",
                "possible violations of the Indiana Deceptive Consumer Sales Act",
            ),
            "served_at": served(date),
            "return_by": "2026-11-20T16:30:00-05:00",
            "case_number": any_of("2026-CPD-0388", "No. 2026-CPD-0388"),
        },
        sender="Ostrowski-Lake, Brennan <brennan.ostrowski-lake@atg.in.gov>",
        subject="Civil Investigative Demand 2026-CPD-0388",
        date=date,
        message_id="<cid-2026-CPD-0388@atg.in.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "CID_2026-CPD-0388.docx")],
        dkim="atg.in.gov",
    )


def duluth_pd_missing_attachment() -> Message:
    date = when(2026, 12, 2, 7, 58, 0, -6)
    text = """\
Good morning,

Attached is the signed court order for the account we spoke about on the phone yesterday. Please let me know
if you need anything else from our end.

Thanks,
Inv. Grace Lindahl-Okonkwo
Duluth Police Department | Violent Crimes Unit
(218) 555-0166
"""
    return make(
        "019-duluth-pd-missing-attachment",
        "Duluth Police investigator says a signed court order is attached for an account discussed by phone; there "
        "is no attachment, no account and no order type in the mail.",
        "en",
        "US",
        ("plain_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "UNKNOWN",
            "requester.name": any_of("Duluth Police Department", "Duluth Police Department, Violent Crimes Unit"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "glindahl-okonkwo@duluthmn.gov",
            "requester.verified": True,
            "requester.signer": "Grace Lindahl-Okonkwo",
            "requester.signer_title": any_of("Inv.", "Investigator"),
            "served_at": any_of(served(date), None),
        },
        sender="Lindahl-Okonkwo, Grace <glindahl-okonkwo@duluthmn.gov>",
        subject="Court order",
        date=date,
        message_id="<dpd-vcu-1202-0758@duluthmn.gov>",
        text=text,
        dkim="duluthmn.gov",
    )


def coahoma_sheriff_conflicting_accounts() -> Message:
    date = when(2026, 10, 19, 14, 30, 0, -5)
    warrant = """\
IN THE CIRCUIT COURT OF COAHOMA COUNTY, MISSISSIPPI
SEARCH WARRANT No. 2026-SW-114

To: Social Example, Inc. - Custodian of Records
You are commanded to produce the subscriber information, IP log-in history and direct messages for the
account "delta_blues_bo55" (user ID 771200458813) from September 1, 2026 through October 15, 2026, within
fifteen (15) days of service.

So ordered this 16th day of October, 2026.   Circuit Judge Lafayette B. Cheatham-Doss
"""
    text = """\
Custodian,

Please see attached warrant for the account "delta_blues_boss" (user ID 771200458831) in our homicide
investigation. We need everything in the warrant ASAP.

Inv. Terrance McKinnie-Fultz
Coahoma County Sheriff's Department
"""
    return make(
        "020-coahoma-sheriff-conflicting-accounts",
        "Coahoma County (Miss.) Sheriff's search warrant PDF names one handle and user ID; the cover mail names a "
        "different handle and ID (digits transposed): which account is unclear.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": "Coahoma County Sheriff's Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tmckinnie-fultz@coahomacountyms.gov",
            "requester.verified": True,
            "requester.signer": any_of("Terrance McKinnie-Fultz", "Lafayette B. Cheatham-Doss"),
            "requester.signer_title": any_of("Inv.", "Investigator", "Circuit Judge"),
            "targets": any_of(
                ["delta_blues_bo55", "771200458813"],
                ["delta_blues_bo55"],
                ["delta_blues_boss", "771200458831"],
                ["delta_blues_boss"],
                ["delta_blues_bo55", "771200458813", "delta_blues_boss", "771200458831"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-09-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": day_end("2026-11-03", "-06:00"),
            "case_number": "2026-SW-114",
            "issuing_court": "Circuit Court of Coahoma County, Mississippi",
        },
        sender="McKinnie-Fultz, Terrance <tmckinnie-fultz@coahomacountyms.gov>",
        subject="Search warrant - homicide",
        date=date,
        message_id="<ccsd-2026-SW-114@coahomacountyms.gov>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "2026-SW-114.pdf")],
        dkim="coahomacountyms.gov",
    )


def frederick_sao_grand_jury_blank_date() -> Message:
    date = when(2026, 11, 23, 10, 40, 0, -5)
    subpoena = """\
STATE OF MARYLAND, FREDERICK COUNTY
GRAND JURY SUBPOENA FOR TANGIBLE EVIDENCE          Grand Jury No. 26-GJ-0093

TO: Custodian of Records, Social Example, Inc.

You are hereby commanded to appear before the Grand Jury for Frederick County, Courthouse, 100 West Patrick
Street, Frederick, Maryland 21701, on the ____ day of ______________, 2026, at ______ o'clock, and to bring
with you: the subscriber information (name, address, phone numbers, e-mail addresses) for the account
"catoctin_crypto_club".

Issued at the request of Assistant State's Attorney Hollis J. Vandermeer-Katz
Office of the State's Attorney for Frederick County
Clerk of the Circuit Court, by: ______________
"""
    text = "Grand jury subpoena attached. Let me know when you can produce.\n\nHollis Vandermeer-Katz, ASA\n"
    return make(
        "021-frederick-sao-grand-jury-blank-date",
        "Frederick County (Md.) State's Attorney grand jury subpoena (PDF) whose appearance day, month and hour are "
        "left blank and clerk's signature missing: the return date cannot be read.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Office of the State's Attorney for Frederick County", "Frederick County State's Attorney's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "hvandermeer-katz@frederickcountymd.gov",
            "requester.verified": True,
            "requester.signer": "Hollis J. Vandermeer-Katz",
            "requester.signer_title": any_of("Assistant State's Attorney", "ASA"),
            "targets": ["catoctin_crypto_club"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": None,
            "case_number": any_of("26-GJ-0093", "Grand Jury No. 26-GJ-0093"),
        },
        sender="Vandermeer-Katz, Hollis <hvandermeer-katz@frederickcountymd.gov>",
        subject="GJ subpoena 26-GJ-0093",
        date=date,
        message_id="<sao-26-GJ-0093@frederickcountymd.gov>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ_26-0093.pdf")],
        dkim="frederickcountymd.gov",
    )


def lawfirm_rule45_dnj_pdf() -> Message:
    date = when(2026, 9, 24, 12, 14, 0, -4)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
District of New Jersey

GARDEN STATE ORTHODONTICS, P.C., Plaintiff  v.  JOHN DOES 1-5, Defendants
Civil Action No. 2:26-cv-04417-ESK-AME

SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS

To: Social Example, Inc.
YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: documents
sufficient to identify the user(s) of the account "honest_nj_smiles" - name, e-mail addresses, telephone
numbers and the IP address at account registration.

Place: Keswick Marroquin LLP, 1 Gateway Center, Suite 1810, Newark, NJ 07102
Date and Time: October 15, 2026 10:00 AM

Date: 09/23/2026          CLERK OF COURT  /s/ or  /s/ Miriam E. Castellano-Reyes, Attorney for Plaintiff
Pursuant to the Court's Order of September 18, 2026 (ECF No. 9) granting leave to serve early discovery.
"""
    text = """\
Counsel,

We represent the plaintiff in the above action. Please find attached a Rule 45 subpoena, served by e-mail by
agreement with your registered agent. The Court authorised this early discovery (ECF No. 9), a copy of
which we can provide. We understand that you may notify the user.

Miriam E. Castellano-Reyes
Keswick Marroquin LLP | Newark, NJ | (973) 555-0112
"""
    return make(
        "022-lawfirm-rule45-dnj-pdf",
        "A Newark firm serves a D.N.J. Rule 45 subpoena (PDF) in a John Doe defamation-type suit by a dental practice: "
        "identity of an anonymous reviewer account, produce October 15, 2026 10:00 AM.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Fed. R. Civ. P. 45", "Rule 45"),
            "requester.name": any_of("Keswick Marroquin LLP", "Garden State Orthodontics, P.C."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "mcastellano-reyes@keswickmarroquin.com",
            "requester.verified": True,
            "requester.signer": "Miriam E. Castellano-Reyes",
            "requester.signer_title": any_of("Attorney for Plaintiff", None),
            "targets": ["honest_nj_smiles"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": "2026-10-15T10:00:00-04:00",
            "case_number": "2:26-cv-04417-ESK-AME",
            "issuing_court": any_of(
                "United States District Court for the District of New Jersey",
                "United States District Court, District of New Jersey",
            ),
        },
        sender="Miriam Castellano-Reyes <mcastellano-reyes@keswickmarroquin.com>",
        subject="Subpoena - Garden State Orthodontics v. Does, 2:26-cv-04417",
        date=date,
        message_id="<km-04417-subpoena@keswickmarroquin.com>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "Subpoena_SocialExample.pdf")],
        dkim="keswickmarroquin.com",
    )


def dmca_512h_dmn_html() -> Message:
    date = when(2026, 11, 9, 13, 0, 0, -6)
    html = """\
<html><body>
<p>Dear Designated Agent,</p>
<p>We represent North Shore Light Imaging, LLC. Enclosed below is the text of a subpoena issued by the Clerk of the
United States District Court for the District of Minnesota on November 6, 2026 under 17 U.S.C. &sect; 512(h)
(Misc. No. 26-mc-00097), together with our client's sworn declaration and a copy of the takedown notice sent to you
on October 20, 2026.</p>
<p><b>SUBPOENA TO IDENTIFY ALLEGED INFRINGER.</b> Social Example, Inc. is ordered to disclose information
sufficient to identify the alleged infringer operating the account <i>superior_shoreline_prints</i>: name,
address, telephone number and e-mail address. Production is due by <b>November 30, 2026</b> to the undersigned.</p>
<p>Issued by: /s/ K. Pham-Lindgren, Deputy Clerk</p>
<p>Anders J. Holmqvist-Baptiste<br>Holmqvist IP Law PLLC, Minneapolis, MN<br>612-555-0109</p>
</body></html>
"""
    return make(
        "023-dmca-512h-dmn-html",
        "Minneapolis IP firm serves a clerk-issued D. Minn. DMCA § 512(h) subpoena with declaration and takedown "
        "notice (HTML body): identity of one account, due November 30, 2026.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Holmqvist IP Law PLLC", "North Shore Light Imaging, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "anders@holmqvistip.com",
            "requester.verified": True,
            "requester.signer": any_of("Anders J. Holmqvist-Baptiste", "K. Pham-Lindgren"),
            "requester.signer_title": any_of(None, "Deputy Clerk"),
            "targets": ["superior_shoreline_prints"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
            "return_by": day_end("2026-11-30", "-06:00"),
            "case_number": any_of("26-mc-00097", "Misc. No. 26-mc-00097"),
            "issuing_court": any_of(
                "United States District Court for the District of Minnesota",
                "United States District Court, District of Minnesota",
            ),
        },
        sender="Anders Holmqvist-Baptiste <anders@holmqvistip.com>",
        subject="DMCA 512(h) subpoena - 26-mc-00097",
        date=date,
        message_id="<hip-26mc00097@holmqvistip.com>",
        html=html,
        dkim="holmqvistip.com",
    )


def king_county_civil_subpoena_anonymous() -> Message:
    date = when(2026, 12, 3, 15, 22, 0, -8)
    text = """\
Dear Custodian of Records:

This firm represents the petitioner in the matter below. Enclosed in the body of this e-mail is a subpoena duces
tecum issued under Washington Superior Court Civil Rule 45.

SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
In re the Marriage of: DANA K. ABERNATHY-LUND, Petitioner, and MARCUS T. LUND, Respondent
No. 26-3-04128-1 SEA
SUBPOENA DUCES TECUM

TO: Social Example, Inc.
YOU ARE COMMANDED to produce, on December 21, 2026 at 10:00 a.m., at Ravenna Ostlund PLLC, 1201 Third Avenue,
Suite 2400, Seattle, WA 98101: records sufficient to identify the holder of the anonymous account
"emerald_city_truthteller" (name, e-mail addresses, telephone numbers) and the IP addresses used to access the
account from June 1, 2026 to November 30, 2026, with dates and times.

DATED December 2, 2026.   RAVENNA OSTLUND PLLC, by /s/ Simone Ostlund-Achebe, WSBA No. 51877, Attorney for Petitioner
"""
    return make(
        "024-king-county-civil-subpoena-anonymous",
        "A Seattle firm serves a King County Superior Court (CR 45) subpoena in a divorce: identity and six months of "
        "IP addresses of an anonymous account, produce December 21, 2026 10:00 a.m.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Civil Rule 45", "CR 45", "Washington Superior Court Civil Rule 45"),
            "requester.name": any_of("Ravenna Ostlund PLLC", "Dana K. Abernathy-Lund"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "sostlund@ravennaostlund.com",
            "requester.verified": True,
            "requester.signer": "Simone Ostlund-Achebe",
            "requester.signer_title": any_of("Attorney for Petitioner", None),
            "targets": ["emerald_city_truthteller"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "date_range": {"start": "2026-06-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": "2026-12-21T10:00:00-08:00",
            "case_number": "26-3-04128-1 SEA",
            "issuing_court": any_of("Superior Court of Washington for King County", "King County Superior Court"),
        },
        sender="Simone Ostlund-Achebe <sostlund@ravennaostlund.com>",
        subject="Subpoena Duces Tecum - In re Marriage of Abernathy-Lund, No. 26-3-04128-1 SEA",
        date=date,
        message_id="<ro-26-3-04128-1@ravennaostlund.com>",
        text=text,
        dkim="ravennaostlund.com",
    )


MESSAGES = [
    akron_pd_warrant_pdf_only,
    flagstaff_pd_emergency_suicide,
    kenosha_pd_preservation_extension_reply,
    yavapai_county_attorney_trial_subpoena_typos,
    fresno_pd_calecpa_warrant_html_table,
    boulder_pd_forwarded_warrant,
    howard_county_pd_warrant_odt,
    sumner_deputy_freemail_warrant_jpeg,
    indiana_ag_cid_docx,
    duluth_pd_missing_attachment,
    coahoma_sheriff_conflicting_accounts,
    frederick_sao_grand_jury_blank_date,
    lawfirm_rule45_dnj_pdf,
    dmca_512h_dmn_html,
    king_county_civil_subpoena_anonymous,
]

"""United States, state and local senders and a law firm (part 1). Domains from CISA's .gov list; people fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, docx_file, served, when
from tests.corpus.pdf import text_pdf


def maine_warrant_pdf() -> Message:
    date = when(2026, 9, 18, 16, 22, 10, -4)
    warrant = """\
STATE OF MAINE                                   DISTRICT COURT
LINCOLN, ss.                                     Location: Wiscasset
                                                 Docket No. WISDC-SW-2026-118

SEARCH WARRANT
(Electronic Communication Service Records)

TO ANY OFFICER AUTHORIZED BY LAW TO EXECUTE THIS WARRANT, AND TO THE CUSTODIAN OF RECORDS
OF THE PROVIDER:

Affidavit having been made before me by Detective Alden P. Greer of the Lincoln County
Sheriff's Office, I am satisfied that there is probable cause to believe that the records
described below contain evidence of the crime of Theft by Deception, 17-A M.R.S. § 354, and
that grounds for issuance exist under Rule 41 of the Maine Rules of Unified Criminal Procedure.

YOU ARE HEREBY COMMANDED to search for and produce the following records associated with the
account at https://social.example.com/u/harborlights_77 (user name harborlights_77), for the
period August 1, 2026 through September 15, 2026:

 1. Subscriber information: name, address, telephone numbers, e-mail addresses, date of
    account creation;
 2. The contents of all direct messages sent or received, and all photographs and videos
    uploaded, including private posts;
 3. All location information stored for the account, including GPS coordinates attached to
    uploads and location history.

The records shall be delivered to Det. Greer on or before October 1, 2026.

Dated: September 17, 2026

/s/ Celia M. Fortier
Judge, Maine District Court
"""
    text = """\
Hello,

Attached is a search warrant from Wiscasset District Court for the account harborlights_77.
Our case number is LCSO 26-004187. Please send the return to me directly.

We ask that you NOT notify the account holder, as it would likely jeopardize the
investigation (several elderly victims, suspect is still active).

Thank you for your help,

Det. Alden P. Greer
Criminal Investigation Division
Lincoln County Sheriff's Office
P.O. Box 611, Wiscasset, ME 04578
(207) 555-0104 | agreer@lcsomaine.gov
"""
    return Message(
        "006-maine-sheriff-warrant-pdf",
        "Maine District Court search warrant (text PDF) for a profile URL: subscriber data, messages/media and "
        "location for a date range; letter request not to notify; Lincoln County Sheriff's Office, DKIM-signed.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "006",
            sender="Alden Greer <agreer@lcsomaine.gov>",
            subject="Search Warrant - harborlights_77 - LCSO 26-004187",
            date=date,
            message_id="<3b0d7f1e-0c55-4b6c-9f61-1a2d2a7c0418@lcsomaine.gov>",
            text=text,
            attachments=[(text_pdf(warrant), "application", "pdf", "SW harborlights_77.pdf")],
            dkim_domain="lcsomaine.gov",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "M.R.U. Crim. P. 41", "Rule 41 of the Maine Rules of Unified Criminal Procedure"),
            "requester.name": any_of("Lincoln County Sheriff's Office", "Lincoln County Sheriff's Office (Maine)"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "agreer@lcsomaine.gov",
            "requester.verified": True,
            "requester.signer": any_of("Alden P. Greer", "Celia M. Fortier"),
            "requester.signer_title": any_of("Detective", "Judge, Maine District Court", "Judge"),
            "targets": any_of(["harborlights_77"], ["https://social.example.com/u/harborlights_77"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": "theft by deception",
            "date_range": {"start": "2026-08-01", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": "2026-10-01T17:00:00-04:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("WISDC-SW-2026-118", "LCSO 26-004187", "26-004187"),
            "issuing_court": any_of(
                "Maine District Court",
                "State of Maine District Court",
                "Maine District Court, Wiscasset",
                "District Court, Wiscasset",
            ),
        },
        "lcsomaine.gov",
    )


def new_mexico_cid_docx() -> Message:
    date = when(2026, 10, 1, 10, 5, 44, -6)
    blocks = [
        ("p", "STATE OF NEW MEXICO"),
        ("p", "OFFICE OF THE ATTORNEY GENERAL"),
        ("p", "Consumer & Environmental Protection Division"),
        ("h", "CIVIL INVESTIGATIVE DEMAND"),
        ("t", "CID No.|CID-2026-0093"),
        ("t", "Issued to|Custodian of Records (legal-process@dueprocess.local)"),
        ("t", "Authority|New Mexico Unfair Practices Act, NMSA 1978, § 57-12-12"),
        ("t", "Return date|On or before October 30, 2026"),
        (
            "p",
            "The Attorney General has reason to believe that persons operating the accounts registered under "
            "the usernames tix4less_abq and sandia.seats have engaged in unfair or deceptive trade practices "
            "in violation of NMSA 1978, § 57-12-3, through the advertising and sale of counterfeit concert "
            "and sporting-event tickets to New Mexico consumers. This Demand is issued to determine whether "
            "such violations have occurred.",
        ),
        (
            "p",
            "You are required to produce the following documents and information for the period January 1, "
            "2026 through September 30, 2026 (the date of this Demand):",
        ),
        (
            "p",
            "1. Documents sufficient to identify the holder of each account: names, postal addresses, e-mail "
            "addresses and telephone numbers on file, and the means of payment on file.",
        ),
        ("p", "2. All public posts, listings and advertisements published by each account."),
        (
            "p",
            "3. All direct messages exchanged between each account and any other user concerning the sale of tickets.",
        ),
        (
            "p",
            "Production may be made electronically to the undersigned. Failure to comply may result in "
            "proceedings under NMSA 1978, § 57-12-12(D).",
        ),
        ("p", "Dated September 30, 2026."),
        ("p", "FOR THE ATTORNEY GENERAL OF THE STATE OF NEW MEXICO"),
        ("p", "By: /s/ Priya Okonkwo-Reyes"),
        ("p", "Priya Okonkwo-Reyes, Assistant Attorney General"),
        ("p", "408 Galisteo Street, Santa Fe, NM 87501 · (505) 555-0171"),
    ]
    text = """\
Dear Custodian of Records:

Please find attached a Civil Investigative Demand issued by the New Mexico Office of the Attorney General
(CID-2026-0093). Kindly confirm receipt. I am happy to discuss the scope and a rolling production schedule.

Best regards,

Priya Okonkwo-Reyes
Assistant Attorney General
Consumer & Environmental Protection Division
New Mexico Office of the Attorney General
"""
    return Message(
        "007-new-mexico-ag-cid-docx",
        "New Mexico Attorney General civil investigative demand under the Unfair Practices Act (NMSA 1978, "
        "§ 57-12-12) as a .docx; two bare usernames; subscriber data, public posts and direct messages.",
        "en",
        "US",
        ("docx", "plain_text"),
        "REVIEW",
        build(
            "007",
            sender='"Okonkwo-Reyes, Priya" <pokonkwo-reyes@nmag.gov>',
            subject="Civil Investigative Demand CID-2026-0093",
            date=date,
            message_id="<SA1PR14MB5120.CID20260093@nmag.gov>",
            text=text,
            attachments=[
                (
                    docx_file(blocks, author="Priya Okonkwo-Reyes"),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "CID-2026-0093.docx",
                )
            ],
            dkim_domain="nmag.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of(
                "NMSA 1978, § 57-12-12", "NMSA 1978 § 57-12-12", "NMSA § 57-12-12", "N.M. Stat. Ann. § 57-12-12"
            ),
            "requester.name": any_of(
                "New Mexico Office of the Attorney General",
                "Office of the Attorney General of New Mexico",
                "New Mexico Attorney General",
                "State of New Mexico Office of the Attorney General",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "pokonkwo-reyes@nmag.gov",
            "requester.verified": True,
            "requester.signer": "Priya Okonkwo-Reyes",
            "requester.signer_title": "Assistant Attorney General",
            "targets": ["tix4less_abq", "sandia.seats"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT", "STORED_CONTENT"],
            "stated_purpose": "counterfeit concert and sporting-event tickets",
            "date_range": {"start": "2026-01-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-10-30T17:00:00-06:00",
            "case_number": any_of("CID-2026-0093", "CID No. CID-2026-0093"),
        },
        "nmag.gov",
    )


def civil_subpoena_law_firm() -> Message:
    date = when(2026, 10, 12, 13, 12, 40, -5)
    text = """\
Counsel / Custodian of Records:

This firm represents the Plaintiff in Cedar Ridge Dental Group, P.C. v. John Doe, Civil Action
No. 0:26-cv-02291 (JRT/DLM), pending in the United States District Court for the District of
Minnesota. Enclosed below please find a Subpoena to Produce Documents, Information, or Objects
issued under Fed. R. Civ. P. 45, together with Schedule A.

Plaintiff alleges that the anonymous user @molar_truths published false and defamatory reviews
of Plaintiff's clinic. The subpoena seeks only information sufficient to identify the author
of the defamatory reviews. We are prepared to accept production by e-mail.

=================================================================
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects

UNITED STATES DISTRICT COURT for the District of Minnesota

Cedar Ridge Dental Group, P.C., Plaintiff
v.                                         Civil Action No. 0:26-cv-02291 (JRT/DLM)
John Doe, Defendant

To: Custodian of Records, Dueprocess platform

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following
documents, electronically stored information, or objects: see Schedule A.

Place: Whitlock Abernathy LLP, 80 South 8th Street, Suite 2900, Minneapolis, MN 55402
Date and Time: 11/02/2026 10:00 am

Date: 10/12/2026
CLERK OF COURT -- OR -- /s/ Gregory L. Haverford, Attorney's signature

SCHEDULE A
For the account with the user name "molar_truths": documents sufficient to show (1) the name
and postal address of the account holder; (2) the e-mail addresses and telephone numbers on
file; (3) the IP address and date of the account's registration.
=================================================================

Please contact me with any questions regarding this subpoena.

Very truly yours,

Gregory L. Haverford
Attorney for Plaintiff
WHITLOCK ABERNATHY LLP
80 South 8th Street | Suite 2900 | Minneapolis, MN 55402
T 612.555.0186 | ghaverford@whitlockabernathy.example

The information contained in this transmission is attorney privileged and confidential. It is
intended only for the use of the individual or entity named above.
"""
    return Message(
        "008-civil-subpoena-law-firm",
        "Rule 45 civil subpoena (D. Minn.) from a law firm's own domain to unmask an anonymous reviewer; "
        "identifying information only; DKIM-signed by the firm's domain.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "008",
            sender="Gregory Haverford <ghaverford@whitlockabernathy.example>",
            subject="Cedar Ridge Dental Group v. Doe, 0:26-cv-02291 - Rule 45 subpoena",
            date=date,
            message_id="<WA-26-1012-88341@whitlockabernathy.example>",
            text=text,
            dkim_domain="whitlockabernathy.example",
        ),
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", "FRCP 45", "Rule 45"),
            "requester.name": any_of("Whitlock Abernathy LLP", "Cedar Ridge Dental Group, P.C."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "ghaverford@whitlockabernathy.example",
            "requester.verified": True,
            "requester.signer": "Gregory L. Haverford",
            "requester.signer_title": "Attorney for Plaintiff",
            "targets": ["molar_truths"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": "identify the author of the defamatory reviews",
            "served_at": served(date),
            "return_by": any_of("2026-11-02T10:00:00-05:00", "2026-11-02T10:00:00-06:00"),
            "case_number": any_of("0:26-cv-02291", "0:26-cv-02291 (JRT/DLM)", "Civil Action No. 0:26-cv-02291"),
            "issuing_court": any_of(
                "United States District Court for the District of Minnesota",
                "U.S. District Court for the District of Minnesota",
                "District of Minnesota",
            ),
        },
        "whitlockabernathy.example",
    )


def missouri_preservation() -> Message:
    date = when(2026, 9, 26, 23, 48, 3, -5)
    text = """\
To whom it may concern,

Pursuant to 18 USC 2703(f) pls preserve all records for the below account for 90 days pending
a search warrant:

https://social.example.com/ozark_drifter_22

This includes subscriber info, IP logs, messages, photos/videos and anything else associated
with the acct. Do not notify the user, it will hurt the investigation.

Case # 26-1184

Thx

Sgt. Wade Pruitt
Rockaway Beach Police Department
Rockaway Beach, MO
417-555-0152

Sent from my iPhone
"""
    return Message(
        "009-missouri-preservation-terse",
        "Terse late-night § 2703(f) preservation request from a small Missouri police department for a "
        "profile URL; letter request not to notify; DKIM-signed by rockawaybeachpdmo.gov.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "009",
            sender="Wade Pruitt <wpruitt@rockawaybeachpdmo.gov>",
            subject="Preservation request",
            date=date,
            message_id="<A4F2C1B7-77E0-4A83-9E1B-6C0F5B2D9E11@rockawaybeachpdmo.gov>",
            text=text,
            dkim_domain="rockawaybeachpdmo.gov",
        ),
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)", "18 U.S.C. 2703(f)"),
            "requester.name": any_of("Rockaway Beach Police Department", "Rockaway Beach PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "wpruitt@rockawaybeachpdmo.gov",
            "requester.verified": True,
            "requester.signer": "Wade Pruitt",
            "requester.signer_title": any_of("Sergeant", "Sgt."),
            "targets": any_of(["ozark_drifter_22"], ["https://social.example.com/ozark_drifter_22"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("26-1184", "Case # 26-1184"),
        },
        "rockawaybeachpdmo.gov",
    )


def nevada_emergency() -> Message:
    date = when(2026, 11, 8, 3, 17, 26, -8)
    text = """\
*** EMERGENCY DISCLOSURE REQUEST ***
18 U.S.C. § 2702(b)(8) and § 2702(c)(4)

Requesting agency: Elko Police Department, 1448 Silver Street, Elko, NV 89801
Requesting officer: Detective Sergeant Marisol Etcheverry
24-hr dispatch: (775) 555-0110
Agency case no.: EPD 26-11-0042

Account: @sagebrush_kid09

Nature of the emergency: At approximately 02:40 hrs PST today the user of @sagebrush_kid09,
believed to be a 16-year-old male, posted a video stating that he intends to kill himself
tonight and showing what appears to be a handgun. A relative reported the post to our
dispatch. We have not been able to identify or locate him. Officers are standing by.

Information requested: subscriber name, phone number(s) and e-mail address(es) on the
account, the IP addresses of the most recent logins with dates/times, and any location
information associated with the account (last known location).

I certify that the above is true and that we believe there is an emergency involving
danger of death or serious physical injury that requires disclosure without delay.

Please call dispatch as soon as you receive this.

Det. Sgt. Marisol Etcheverry #217
Elko Police Department
"""
    return Message(
        "010-nevada-emergency-request",
        "Emergency disclosure request (suicide threat by a minor) from the Elko (NV) Police Department under the "
        "City of Elko's domain; subscriber, recent IPs and last location; DKIM-signed by elkocitynv.gov.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "010",
            sender='"Etcheverry, Marisol" <metcheverry@elkocitynv.gov>',
            subject="EMERGENCY - imminent threat of suicide - @sagebrush_kid09",
            date=date,
            message_id="<20261108111726.EPD2611.0042@elkocitynv.gov>",
            text=text,
            headers=(("Importance", "high"), ("X-Priority", "1")),
            dkim_domain="elkocitynv.gov",
        ),
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(
                "18 U.S.C. § 2702(b)(8)",
                "18 U.S.C. § 2702(b)(8) and § 2702(c)(4)",
                "18 U.S.C. § 2702(c)(4)",
                "18 U.S.C. § 2702",
            ),
            "requester.name": any_of("Elko Police Department", "City of Elko Police Department"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "metcheverry@elkocitynv.gov",
            "requester.verified": True,
            "requester.signer": "Marisol Etcheverry",
            "requester.signer_title": any_of("Detective Sergeant", "Det. Sgt."),
            "targets": ["sagebrush_kid09"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "locate"),
            "served_at": served(date),
            "return_by": any_of(None, served(date)),
            "emergency": {"narrative_contains": "intends to kill himself"},
            "case_number": any_of("EPD 26-11-0042", "26-11-0042"),
        },
        "elkocitynv.gov",
    )


MESSAGES = (maine_warrant_pdf, new_mexico_cid_docx, civil_subpoena_law_firm, missouri_preservation, nevada_emergency)

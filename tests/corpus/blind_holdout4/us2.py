"""United States demands, part 2 (South Carolina, Alabama, D.C., Virginia, Kansas; private parties; authenticity
and triage cases). Sender domains from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout4._kit import Message, any_of, docx_file, make, pdf, scan, served, when


def richland_sheriff_preservation_extension_reply() -> Message:
    date = when(2026, 12, 1, 14, 6, 2, -5)
    text = """\
Good afternoon,

Per 18 U.S.C. 2703(f)(2), we request a further 90-day extension of the preservation below. Our investigators
are still drafting the search warrant. Same account, same case number.

Inv. Tremaine D. Gaillard
Richland County Sheriff's Department - Criminal Investigations Division
Columbia, SC | 803-555-0119

On Wed, Sep 2, 2026 at 10:17 AM Social Example Legal Process <legal-process@dueprocess.local> wrote:
> Investigator Gaillard,
> We confirm receipt of your preservation request of September 2, 2026 for the account
> "soda_city_kicks" (RCSD case 2026-0081553). Records existing as of that date have been preserved
> for 90 days.
>
>> On Wed, Sep 2, 2026 at 9:02 AM Gaillard, Tremaine <tgaillard@richlandcountysc.gov> wrote:
>> Please preserve all records for soda_city_kicks pursuant to 18 USC 2703(f). Burglary / fencing of
>> stolen goods investigation. RCSD case 2026-0081553.
"""
    return make(
        "013-richland-sheriff-preservation-extension-reply",
        "Richland County (SC) Sheriff's investigator replies on the platform's confirmation (quoted, with his "
        "original request quoted inside it) asking for the 90-day § 2703(f)(2) extension for the same account.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)(2)", "18 U.S.C. 2703(f)(2)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of(
                "Richland County Sheriff's Department",
                "Richland County Sheriff's Department - Criminal Investigations Division",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tgaillard@richlandcountysc.gov",
            "requester.verified": True,
            "requester.signer": "Tremaine D. Gaillard",
            "requester.signer_title": any_of("Investigator", "Inv."),
            "targets": ["soda_city_kicks"],
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of(None, "burglary", "stolen goods"),
            "served_at": served(date),
            "case_number": any_of("2026-0081553", "RCSD case 2026-0081553"),
        },
        sender="Gaillard, Tremaine <tgaillard@richlandcountysc.gov>",
        subject="RE: Preservation confirmation - soda_city_kicks",
        date=date,
        message_id="<MW4PR09MB7731A9@richlandcountysc.gov>",
        text=text,
        headers=[("In-Reply-To", "<conf-2026-09-02-4471@dueprocess.local>")],
        dkim="richlandcountysc.gov",
    )


def huntsville_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 24, 11, 2, 7, -6)
    text = """\
To whom it may concren,

Attached please find a subpena duces tecum for the upcoming trial in City of Huntsville v. Kendrick L. Maddox,
case no. MC-2026-00318, in the Municipal Court of the City of Huntsvile. The trial is set for 12/17/26 at
9:00am, courtroom 3. Records may be delievered before that date in lieu of apperance.

We need: the subscriber info (name, email, phone) and all PUBLIC posts and comments made by the acount
"rocketcity_rx" between 08/01/26 and 10/31/26, certified by your custodian. The defendant is charged
with harassing communications (Code of Ala. 13A-11-8).

COMMANDED BY THE COURT - Hon. Deborah F. Stallworth, Municipal Judge

thx,
Carla J. Ingersoll
Asst City Prosecutor, City of Huntsville Legal Dept
256-555-0184
"""
    return make(
        "014-huntsville-trial-subpoena-typos",
        "City of Huntsville (AL) assistant city prosecutor's municipal-court trial subpoena duces tecum typed into "
        "the body with many typos and MM/DD/YY dates: subscriber data and public posts of a user name; trial "
        "12/17/26 9:00am.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "requester.name": any_of(
                "City of Huntsville", "City of Huntsville Legal Department", "City of Huntsville Legal Dept"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "carla.ingersoll@huntsvilleal.gov",
            "requester.verified": True,
            "requester.signer": any_of("Carla J. Ingersoll", "Deborah F. Stallworth"),
            "requester.signer_title": any_of("Assistant City Prosecutor", "Asst City Prosecutor", "Municipal Judge"),
            "targets": ["rocketcity_rx"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of(None, "harassing communications"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-12-17T09:00:00-06:00",
            "case_number": any_of("MC-2026-00318", "case no. MC-2026-00318"),
            "issuing_court": any_of(
                "Municipal Court of the City of Huntsville",
                "Huntsville Municipal Court",
                "Municipal Court of the City of Huntsvile",
            ),
        },
        sender="Ingersoll, Carla <carla.ingersoll@huntsvilleal.gov>",
        subject="subpena - City of Huntsville v. Maddox",
        date=date,
        message_id="<7d1e0b6a.2211@huntsvilleal.gov>",
        text=text,
        dkim="huntsvilleal.gov",
    )


def dc_mpd_2703d_two_year_gag_pdf_only() -> Message:
    date = when(2026, 11, 20, 15, 31, 0, -5)
    order = """\
SUPERIOR COURT OF THE DISTRICT OF COLUMBIA
CRIMINAL DIVISION

IN THE MATTER OF THE APPLICATION OF THE                    Special Proceeding No. 2026 SP 004417
METROPOLITAN POLICE DEPARTMENT FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)

ORDER

Upon consideration of the application, and the Court finding that it sets forth specific and articulable
facts showing reasonable grounds to believe that the records sought are relevant and material to an ongoing
criminal investigation of armed robberies arranged through online marketplace listings, it is hereby

ORDERED that Social Example, Inc. shall disclose to Detective Nia R. Holloway, Metropolitan Police Department,
within 14 calendar days of service, for the accounts "navyyard.flips" and "anacostia.deals22", for the period
10 September 2026 to 15 November 2026: subscriber information; log-in IP addresses with date and time; and the
user names of all accounts with which the accounts exchanged direct messages (no content); and it is further

ORDERED, pursuant to 18 U.S.C. § 2705(b), that Social Example, Inc. shall not disclose the existence of this
Order to the subscribers or to any other person for a period of two (2) years from the date of this Order.

SO ORDERED this 19th day of November, 2026.

Associate Judge Harold T. Whitaker-Mensah
"""
    return make(
        "015-dc-mpd-2703d-two-year-gag-pdf-only",
        "D.C. Metropolitan Police detective sends a D.C. Superior Court § 2703(d) order as a text PDF with an empty "
        "body: two user names, subscriber/IP/correspondent records, 'within 14 calendar days of service', "
        "two-year § 2705(b) NDO.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)"),
            "requester.name": any_of(
                "Metropolitan Police Department", "Metropolitan Police Department of the District of Columbia", "MPD"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "nia.holloway@dc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Harold T. Whitaker-Mensah", "Nia R. Holloway"),
            "requester.signer_title": any_of("Associate Judge", "Detective"),
            "targets": ["navyyard.flips", "anacostia.deals22"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("armed robberies", "armed robbery", None),
            "date_range": {"start": "2026-09-10", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-05:00", "2026-12-04T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2028-11-19T23:59:59-05:00", "2028-11-18T23:59:59-05:00"),
            "case_number": any_of("2026 SP 004417", "Special Proceeding No. 2026 SP 004417"),
            "issuing_court": any_of("Superior Court of the District of Columbia", "D.C. Superior Court"),
        },
        sender="Holloway, Nia (MPD) <nia.holloway@dc.gov>",
        subject="2026 SP 004417",
        date=date,
        message_id="<DS7PR09MB4410C2@dc.gov>",
        text="",
        attachments=[(pdf(order), "application", "pdf", "2026SP004417_Order.pdf")],
        dkim="dc.gov",
    )


def lawfirm_rule45_edva_docx() -> Message:
    date = when(2026, 10, 14, 12, 18, 44, -4)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF VIRGINIA, Alexandria Division"),
            ("p", "Potomac Orthodontic Partners, LLC v. John Doe, Civil Action No. 1:26-cv-01388-LMB-WEF"),
            ("h", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS (Fed. R. Civ. P. 45)"),
            ("t", "To|Social Example, Inc., c/o registered agent"),
            (
                "t",
                "Documents|Documents sufficient to identify the user who posted as 'Brace_Yourselves_NoVA': "
                "name, e-mail addresses, telephone numbers, and the IP addresses from which the reviews of "
                "February 3 and February 9, 2026 were posted.",
            ),
            ("t", "Place|Brennan Wood LLP, 1750 Tysons Blvd, Suite 900, McLean, VA 22102, or by e-mail"),
            ("t", "Date and Time|November 13, 2026, 10:00 a.m."),
            ("t", "Issued by|Catherine H. Brennan, Brennan Wood LLP, attorney for Plaintiff"),
            (
                "p",
                "The plaintiff alleges that the anonymous reviews are defamatory. A copy of the Court's order "
                "of October 6, 2026 granting leave to serve early discovery is attached as Exhibit 1.",
            ),
        ],
        author="Brennan Wood LLP",
    )
    body = """\
Counsel / Custodian of Records:

Please find attached a Rule 45 subpoena served on Social Example, Inc. in Potomac Orthodontic Partners, LLC v.
Doe, No. 1:26-cv-01388 (E.D. Va.). Kindly confirm whether you will accept service by e-mail. We understand your
policy is to notify the user; please let us know the user's deadline to object.

Catherine H. Brennan
Partner | Brennan Wood LLP
"""
    return make(
        "016-lawfirm-rule45-edva-docx",
        "Law firm (DKIM-signed for its own domain) serves a Rule 45 subpoena (.docx, fields in a table) in an "
        "E.D. Va. defamation suit against an anonymous Doe reviewer: identity, contact data and posting IPs of a "
        "user name, return November 13, 2026 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Fed. R. Civ. P. 45"),
            "requester.name": "Brennan Wood LLP",
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "cbrennan@brennanwood.example",
            "requester.verified": True,
            "requester.signer": "Catherine H. Brennan",
            "requester.signer_title": any_of("Partner", "attorney for Plaintiff"),
            "targets": ["Brace_Yourselves_NoVA"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "defamatory", "defamation"),
            "date_range": any_of(None, {"start": "2026-02-03", "end": "2026-02-09"}),
            "served_at": served(date),
            "return_by": "2026-11-13T10:00:00-05:00",
            "case_number": any_of("1:26-cv-01388-LMB-WEF", "1:26-cv-01388"),
            "issuing_court": any_of(
                "United States District Court for the Eastern District of Virginia",
                "U.S. District Court, Eastern District of Virginia",
            ),
        },
        sender="Catherine Brennan <cbrennan@brennanwood.example>",
        subject="Subpoena - Potomac Orthodontic Partners v. Doe, 1:26-cv-01388 (E.D. Va.)",
        date=date,
        message_id="<f00dcafe.8812@brennanwood.example>",
        text=body,
        attachments=[
            (
                document,
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Rule 45 Subpoena - Social Example.docx",
            )
        ],
        dkim="brennanwood.example",
    )


def sc_family_court_subpoena_html() -> Message:
    date = when(2026, 11, 6, 17, 45, 12, -5)
    html = """\
<html><body>
<p>Dear Sir or Madam,</p>
<p>This office represents the Plaintiff in a pending divorce action. Please accept service of the enclosed
subpoena, issued under Rule 45, SCRCP, and reproduced below.</p>
<div style="border:1px solid #444;padding:8px">
<p align="center"><b>STATE OF SOUTH CAROLINA, COUNTY OF GREENVILLE<br>IN THE FAMILY COURT OF THE THIRTEENTH JUDICIAL CIRCUIT</b></p>
<p>Amanda R. Pruitt, Plaintiff, v. Dale E. Pruitt, Defendant. &nbsp; Docket No. 2026-DR-23-1190</p>
<p align="center"><b>SUBPOENA DUCES TECUM</b></p>
<p>YOU ARE COMMANDED to produce, on or before <b>the 7th of December, 2026</b>, at the offices of Ashmore
Lyles, P.A., 104 S. Main Street, Greenville, SC 29601: all private messages sent or received by the account
<i>upstate_dale_e</i> (e-mail on file dpruitt.upstate@example.com) from January 1, 2026 to the present, together
with the subscriber information for the account.</p>
<p>Issued by: Joel M. Ashmore, Attorney for Plaintiff, SC Bar No. 107742</p>
</div>
<p>Very truly yours,<br>Joel M. Ashmore<br>Ashmore Lyles, P.A.</p>
</body></html>
"""
    return make(
        "017-sc-family-court-subpoena-html",
        "A Greenville (SC) family-law firm's subpoena duces tecum (Rule 45 SCRCP) in an HTML box: the spouse's "
        "private messages and subscriber data (user name and e-mail) from January 1, 2026 to the present; "
        "'the 7th of December, 2026'. Civil process for content.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Rule 45, SCRCP", "Rule 45 SCRCP"),
            "requester.name": "Ashmore Lyles, P.A.",
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "jashmore@ashmorelyles.example",
            "requester.verified": True,
            "requester.signer": "Joel M. Ashmore",
            "requester.signer_title": any_of("Attorney for Plaintiff", "Attorney"),
            "targets": any_of(["upstate_dale_e", "dpruitt.upstate@example.com"], ["upstate_dale_e"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "divorce"),
            "date_range": any_of(
                {"start": "2026-01-01", "end": "2026-11-06"}, {"start": "2026-01-01", "end": "2026-12-07"}
            ),
            "served_at": served(date),
            "return_by": "2026-12-07T17:00:00-05:00",
            "case_number": "2026-DR-23-1190",
            "issuing_court": any_of(
                "Family Court of the Thirteenth Judicial Circuit",
                "Family Court of the Thirteenth Judicial Circuit, Greenville County",
                "Greenville County Family Court",
            ),
        },
        sender="Joel Ashmore <jashmore@ashmorelyles.example>",
        subject="Pruitt v. Pruitt 2026-DR-23-1190 - Subpoena Duces Tecum",
        date=date,
        message_id="<20261106224512.51@ashmorelyles.example>",
        html=html,
        dkim="ashmorelyles.example",
    )


def dmca_512h_subpoena() -> Message:
    date = when(2026, 11, 17, 9, 5, 30, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ALABAMA

In re DMCA Subpoena to Social Example, Inc.                 Misc. Case No. 2:26-mc-01902-AMM

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

TO: Social Example, Inc., Designated Agent

YOU ARE COMMANDED to disclose to Magnolia Sound Recordings, LLC, or its authorized agent, information
sufficient to identify the alleged infringer operating the account "bhamBootlegBeats", namely the name,
address, telephone number and e-mail address of the account holder, as described in the notification of
claimed infringement attached hereto, no later than December 1, 2026.

This subpoena is issued upon the request of the copyright owner's agent, who has filed a copy of the
notification under 17 U.S.C. § 512(c)(3)(A), a proposed subpoena, and a sworn declaration that the purpose of
the subpoena is to obtain the identity of an alleged infringer and that such information will only be used
for the purpose of protecting rights under Title 17.

Date: November 16, 2026                         SHARON N. HARRIS, CLERK OF COURT
                                                By: /s/ M. Okonkwo, Deputy Clerk
"""
    body = """\
Dear Designated Agent,

On behalf of Magnolia Sound Recordings, LLC we serve the attached subpoena under 17 U.S.C. 512(h), issued by the
Clerk of the U.S. District Court for the Northern District of Alabama, together with our takedown notice of
October 28, 2026 (quoted below) and the sworn declaration filed with the Court.

> DMCA notice, October 28, 2026: the account bhamBootlegBeats has uploaded 41 full-length recordings owned by
> Magnolia Sound Recordings, LLC, listed in the attached schedule. I have a good faith belief that this use is
> not authorized ... under penalty of perjury, I am authorized to act on behalf of the owner.

Please provide the identifying information by December 1, 2026.

Regards,
Tobias J. Renfroe
Renfroe IP Enforcement, agent for Magnolia Sound Recordings, LLC
"""
    return make(
        "018-dmca-512h-subpoena",
        "Anti-piracy agent serves a clerk-issued 17 U.S.C. § 512(h) subpoena (N.D. Ala., PDF) with the takedown "
        "notice quoted and the sworn declaration mentioned: identity of a user name by December 1, 2026.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of(
                "Magnolia Sound Recordings, LLC",
                "Renfroe IP Enforcement",
                "Renfroe IP Enforcement, agent for Magnolia Sound Recordings, LLC",
            ),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "tjr@renfroe-ip.example",
            "requester.verified": True,
            "requester.signer": any_of("Tobias J. Renfroe", "M. Okonkwo", "Sharon N. Harris"),
            "requester.signer_title": any_of(
                None, "Deputy Clerk", "Clerk of Court", "agent for Magnolia Sound Recordings, LLC"
            ),
            "targets": ["bhamBootlegBeats"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "identity of an alleged infringer", "copyright infringement"),
            "served_at": served(date),
            "return_by": "2026-12-01T17:00:00-06:00",
            "case_number": any_of("2:26-mc-01902-AMM", "Misc. Case No. 2:26-mc-01902-AMM"),
            "issuing_court": any_of(
                "United States District Court for the Northern District of Alabama",
                "U.S. District Court, Northern District of Alabama",
            ),
        },
        sender="Tobias Renfroe <tjr@renfroe-ip.example>",
        subject="DMCA 512(h) Subpoena - bhamBootlegBeats - 2:26-mc-01902",
        date=date,
        message_id="<512h-2026-1117-0930@renfroe-ip.example>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "512h_subpoena_2-26-mc-01902.pdf")],
        dkim="renfroe-ip.example",
    )


def lookalike_charleston_sheriff_warrant() -> Message:
    date = when(2026, 11, 26, 22, 48, 10, -5)
    text = """\
URGENT - SEARCH WARRANT - RESPONSE REQUIRED WITHIN 24 HOURS

Charleston County Sheriff's Office
Criminal Investigations - Cyber Unit

Pursuant to a search warrant signed by a Judge of the Court of General Sessions, Charleston County (warrant
no. 2026-GS-10-7714), Social Example must produce within 24 hours the full account information, all private
messages, and the last known IP addresses and location of the account @holycity.honey.

Failure to comply may result in contempt of court. The signed warrant is available on request.
Reply to this e-mail only.

Sgt. Beau T. Rourke
Charleston County Sheriff's Office
"""
    return make(
        "019-lookalike-charleston-sheriff-warrant",
        "A 'Charleston County Sheriff's Office' warrant demand sent the night before a holiday from the look-alike "
        "domain charlestoncounty-sc-gov.org (real: charlestoncounty.gov), DKIM-signed for the look-alike, "
        "24-hour deadline and no warrant attached: requester not verified.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": "Charleston County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "b.rourke@charlestoncounty-sc-gov.org",
            "requester.verified": False,
            "requester.signer": "Beau T. Rourke",
            "requester.signer_title": any_of("Sergeant", "Sgt."),
            "targets": ["holycity.honey"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "served_at": served(date),
            "return_by": any_of(None, "2026-11-27T22:48:10-05:00"),
            "case_number": any_of("2026-GS-10-7714", "warrant no. 2026-GS-10-7714"),
            "issuing_court": any_of(None, "Court of General Sessions, Charleston County", "Court of General Sessions"),
        },
        sender="Sgt. Beau Rourke <b.rourke@charlestoncounty-sc-gov.org>",
        subject="URGENT SEARCH WARRANT - RESPONSE REQUIRED",
        date=date,
        message_id="<0a1b2c3d4e@charlestoncounty-sc-gov.org>",
        text=text,
        dkim="charlestoncounty-sc-gov.org",
    )


def horry_county_missing_attachment() -> Message:
    date = when(2026, 11, 30, 10, 21, 45, -5)
    text = """\
Good morning,

Please find attached a search warrant signed by Judge Haselden for the account "myrtle_mermaid_843" in
reference to HCPD case 26-118402. The warrant and the attachment describing the records are in the PDF.
Please return the records to me by the date listed in the warrant.

Thank you,
Det. Latisha M. Grainger
Horry County Police Department - Special Victims Unit
(843) 555-0152
"""
    return make(
        "020-horry-county-missing-attachment",
        "Horry County (SC) PD detective: 'please find attached a search warrant' for a user name, but nothing is "
        "attached - the court, records, dates and any gag are only in the missing PDF. A person must ask for it.",
        "en",
        "US",
        ("plain_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": any_of("SEARCH_WARRANT", "UNKNOWN"),
            "requester.name": "Horry County Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "grainger.latisha@horrycountysc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Latisha M. Grainger", None),
            "requester.signer_title": any_of("Detective", "Det.", None),
            "targets": ["myrtle_mermaid_843"],
            "data_categories": [],
            "served_at": served(date),
            "return_by": None,
            "case_number": any_of("26-118402", "HCPD case 26-118402", None),
            "issuing_court": None,
        },
        sender="Grainger, Latisha <grainger.latisha@horrycountysc.gov>",
        subject="Search Warrant - myrtle_mermaid_843",
        date=date,
        message_id="<CO1PR09MB8812B1@horrycountysc.gov>",
        text=text,
        dkim="horrycountysc.gov",
    )


def mobile_grand_jury_conflicting_dates() -> Message:
    date = when(2026, 11, 16, 13, 12, 0, -6)
    subpoena = """\
IN THE CIRCUIT COURT OF MOBILE COUNTY, ALABAMA
GRAND JURY SUBPOENA DUCES TECUM                      Grand Jury Case No. GJ-26-0457

THE STATE OF ALABAMA, TO: Custodian of Records, Social Example, Inc.

You are commanded to appear before the Grand Jury of Mobile County, Mobile County Courthouse, 205 Government
Street, Mobile, Alabama, on the 19th day of December, 2026, at 9:00 a.m., and bring with you: the subscriber
information (name, address, e-mail, telephone number) and all log-in IP addresses, with dates and times, of the
account "port_city_plays" from July 1, 2026 to November 1, 2026.

Issued November 13, 2026.                            /s/ Vernell O. Bates, Clerk of the Circuit Court
Requested by: Asst. District Attorney Camille D. Thibodeaux, Office of the District Attorney, 13th Judicial Circuit
"""
    body = """\
Please see the attached grand jury subpoena for port_city_plays. The records are due to our office by
December 9, 2026 (the grand jury meets that morning). Questions to Cpl. Escobedo below.

Cpl. Andres M. Escobedo
Mobile Police Department - Financial Crimes Unit
251-555-0109
"""
    return make(
        "021-mobile-grand-jury-conflicting-dates",
        "Mobile (AL) Police corporal sends a Mobile County grand jury subpoena (PDF) for subscriber data and login "
        "IPs of a user name; the body says the records are due December 9, 2026, the subpoena says appear December "
        "19, 2026 at 9:00 a.m. Conflicting return dates: a person must ask which one holds.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Mobile Police Department",
                "Office of the District Attorney, 13th Judicial Circuit",
                "Mobile County District Attorney",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "aescobedo@cityofmobile.gov",
            "requester.verified": True,
            "requester.signer": any_of("Vernell O. Bates", "Camille D. Thibodeaux", "Andres M. Escobedo"),
            "requester.signer_title": any_of(
                "Clerk of the Circuit Court",
                "Assistant District Attorney",
                "Asst. District Attorney",
                "Corporal",
                "Cpl.",
            ),
            "targets": ["port_city_plays"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "date_range": {"start": "2026-07-01", "end": "2026-11-01"},
            "served_at": served(date),
            "return_by": any_of("2026-12-09T17:00:00-06:00", "2026-12-09T09:00:00-06:00", "2026-12-19T09:00:00-06:00"),
            "case_number": any_of("GJ-26-0457", "Grand Jury Case No. GJ-26-0457"),
            "issuing_court": any_of("Circuit Court of Mobile County, Alabama", "Circuit Court of Mobile County"),
        },
        sender="Escobedo, Andres <aescobedo@cityofmobile.gov>",
        subject="GJ subpoena port_city_plays",
        date=date,
        message_id="<1b9f77e0-52@cityofmobile.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "GJ-26-0457.pdf")],
        dkim="cityofmobile.gov",
    )


def topeka_pd_emergency_abduction() -> Message:
    date = when(2026, 10, 9, 18, 55, 41, -5)
    text = """\
** EXIGENT / EMERGENCY REQUEST **

Requesting agency: Topeka Police Department, Topeka, Kansas
Officer: Det. Sgt. Garrett L. Vos, Crimes Against Persons
Callback: 785-555-0138 (desk, staffed 24/7)  Agency case: 26-TPD-041187

Nature of emergency: A 15-year-old girl was taken from a bus stop at SW 21st St around 16:30 today by an adult
male she met online. Her phone is off. She had been talking with the account "kaw_river_kyle" (phone on the
account possibly +1 785 555 0171). We believe she is in danger of serious bodily harm.

Information requested: subscriber information, e-mail and phone on file, IP addresses for the last 72 hours,
and any location data for the last 72 hours for kaw_river_kyle.

I certify that this is an emergency involving danger of death or serious physical injury requiring disclosure
without delay under 18 U.S.C. 2702(c)(4).

Det. Sgt. Garrett L. Vos
"""
    return make(
        "022-topeka-pd-emergency-abduction",
        "Topeka (KS) Police emergency request: a 15-year-old abducted by a man she met online; subscriber data, "
        "72 h of IPs and location for a user name (a phone number given as 'possibly' on the account); "
        "DKIM-signed, not confirmed out of band.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 U.S.C. 2702(c)(4)", "18 U.S.C. § 2702(c)(4)"),
            "requester.name": "Topeka Police Department",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "gvos@topeka.gov",
            "requester.verified": True,
            "requester.signer": "Garrett L. Vos",
            "requester.signer_title": any_of("Det. Sgt.", "Detective Sergeant"),
            "targets": any_of(
                ["kaw_river_kyle"], ["kaw_river_kyle", "+17855550171"], ["kaw_river_kyle", "+1 785 555 0171"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "abduction", "taken from a bus stop"),
            "date_range": any_of(None, {"start": "2026-10-06", "end": "2026-10-09"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "15-year-old"},
            "case_number": any_of("26-TPD-041187", None),
        },
        sender="Vos, Garrett <gvos@topeka.gov>",
        subject="EXIGENT REQUEST - missing juvenile - kaw_river_kyle",
        date=date,
        message_id="<TPD-EX-20261009-1855@topeka.gov>",
        text=text,
        dkim="topeka.gov",
    )


def cftc_subpoena_internal_forward() -> Message:
    date = when(2026, 11, 4, 11, 37, 2, -5)
    text = """\
Hi legal team - this landed in the partnerships inbox, I think it's for you? Not sure if it's real.

Best,
Noor Haddad
Partnerships Manager, Creator Programs | Social Example
(This e-mail and any attachments are confidential.)

-------- Forwarded Message --------
Subject: Subpoena Duces Tecum - In the Matter of Certain Crypto Signal Groups
Date: Tue, 3 Nov 2026 15:02:11 -0500
From: Division of Enforcement <dhanrahan@cftc.gov>
To: partnerships@social.example.com

UNITED STATES OF AMERICA
COMMODITY FUTURES TRADING COMMISSION

SUBPOENA DUCES TECUM
In the Matter of Certain Crypto Signal Groups, No. 26-0219

To: Social Example, Inc.

By the authority of Section 6(c)(5) of the Commodity Exchange Act, 7 U.S.C. § 9(5), YOU ARE HEREBY REQUIRED to
produce the documents described in Schedule A to Deirdre Hanrahan, Division of Enforcement, 1155 21st Street NW,
Washington, DC 20581, on December 2, 2026 at 10:00 a.m.

Schedule A: for the accounts @AlphaPipsVIP and @MoonSignalsDaily and the phone number (917) 555-0135: (1) account
holder names, addresses, e-mail addresses and telephone numbers, and payment information; (2) IP log-in records;
(3) the contents of all direct messages sent to subscribers of the accounts' paid groups, January 1, 2026 to
October 31, 2026.

The Commission is investigating possible fraud in connection with digital asset commodity trading signals sold
to retail customers.

Issued November 3, 2026.
Deirdre Hanrahan, Senior Trial Attorney, Division of Enforcement
"""
    return make(
        "023-cftc-subpoena-internal-forward",
        "A platform partnerships manager forwards (unsigned internal mail) a CFTC subpoena duces tecum (7 U.S.C. "
        "§ 9(5)) that reached the wrong inbox: two @handles and a phone number, identity/payment, IP logs and DMs "
        "Jan-Oct 2026, due December 2, 2026 10:00 a.m.; not signed by cftc.gov, so unverified.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("7 U.S.C. § 9(5)", "Section 6(c)(5) of the Commodity Exchange Act"),
            "requester.name": any_of("Commodity Futures Trading Commission", "CFTC", "CFTC Division of Enforcement"),
            "requester.kind": "FEDERAL",
            "requester.email": any_of("dhanrahan@cftc.gov", "noor.haddad@social.example.com"),
            "requester.verified": False,
            "requester.signer": "Deirdre Hanrahan",
            "requester.signer_title": "Senior Trial Attorney",
            "targets": any_of(
                ["AlphaPipsVIP", "MoonSignalsDaily", "(917) 555-0135"],
                ["AlphaPipsVIP", "MoonSignalsDaily", "+19175550135"],
                ["AlphaPipsVIP", "MoonSignalsDaily", "9175550135"],
                ["AlphaPipsVIP", "MoonSignalsDaily", "917-555-0135"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("fraud", "digital asset commodity trading signals"),
            "date_range": {"start": "2026-01-01", "end": "2026-10-31"},
            "served_at": any_of(served(date), "2026-11-03T15:02:11-05:00"),
            "return_by": "2026-12-02T10:00:00-05:00",
            "case_number": any_of("26-0219", "No. 26-0219"),
        },
        sender="Noor Haddad <noor.haddad@social.example.com>",
        subject="Fwd: Subpoena Duces Tecum - In the Matter of Certain Crypto Signal Groups",
        date=date,
        message_id="<c1f2e3d4-fwd@social.example.com>",
        text=text,
    )


LOUDOUN_SCAN = """\
# VIRGINIA: IN THE CIRCUIT COURT OF LOUDOUN COUNTY
IN RE: APPLICATION FOR AN ORDER UNDER 18 U.S.C. 2703(d)
AND VA. CODE 19.2-70.3                               Case No. CM26-00871

# ORDER

Upon the application of the Loudoun County Sheriff's Office, the Court FINDS that the
application sets forth specific and articulable facts showing that there are
reasonable grounds to believe that the records sought are relevant and material
to an ongoing criminal investigation (identity theft, Va. Code 18.2-186.3).

It is ORDERED that Social Example, Inc. disclose, within twenty (20) days of service,
for the account ashburn.alerts (user ID 40018822731), for the period
1 August 2026 through 31 October 2026: subscriber information and all log-in
IP addresses with dates and times.

It is further ORDERED that Social Example, Inc. shall not notify the subscriber or
any other person of this Order for six (6) months from its entry.

ENTERED this 24th day of November, 2026.

Judge Rosalind E. Fairbanks
"""


def loudoun_sheriff_2703d_scan() -> Message:
    date = when(2026, 11, 25, 9, 12, 14, -5)
    body = "Court order attached (scanned). Please produce to Inv. Sokolov, LCSO Financial Crimes, 703-555-0177.\n"
    return make(
        "024-loudoun-sheriff-2703d-scan",
        "Loudoun County (VA) Sheriff's Office serves a circuit court order under § 2703(d) and Va. Code § 19.2-70.3 "
        "as an image-only scan: subscriber data and login IPs of a user name with numeric ID, 20 days from "
        "service, six-month NDO from November 24, 2026.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. 2703(d)", "18 U.S.C. 2703(d) and Va. Code 19.2-70.3"),
            "requester.name": "Loudoun County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "mikhail.sokolov@loudoun.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rosalind E. Fairbanks", "Sokolov", "Mikhail Sokolov"),
            "requester.signer_title": any_of("Judge", "Investigator", "Inv."),
            "targets": any_of(["ashburn.alerts"], ["ashburn.alerts", "40018822731"], ["40018822731"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("identity theft", None),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-12-15T17:00:00-05:00", "2026-12-15T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-05-24T23:59:59-04:00", "2027-05-23T23:59:59-04:00"),
            "case_number": "CM26-00871",
            "issuing_court": any_of("Circuit Court of Loudoun County", "Loudoun County Circuit Court"),
        },
        sender="Sokolov, Mikhail <mikhail.sokolov@loudoun.gov>",
        subject="CM26-00871 order",
        date=date,
        message_id="<BY5PR09MB6620E8@loudoun.gov>",
        text=body,
        attachments=[(scan([LOUDOUN_SCAN], skew=-0.5, noise=0.0005, seed=24), "application", "pdf", "CM26-00871.pdf")],
        dkim="loudoun.gov",
    )


MESSAGES = [
    richland_sheriff_preservation_extension_reply,
    huntsville_trial_subpoena_typos,
    dc_mpd_2703d_two_year_gag_pdf_only,
    lawfirm_rule45_edva_docx,
    sc_family_court_subpoena_html,
    dmca_512h_subpoena,
    lookalike_charleston_sheriff_warrant,
    horry_county_missing_attachment,
    mobile_grand_jury_conflicting_dates,
    topeka_pd_emergency_abduction,
    cftc_subpoena_internal_forward,
    loudoun_sheriff_2703d_scan,
]

"""United States demands, part 2 (cities, counties and states: the Pacific Northwest, Florida, Pennsylvania,
Tennessee, Texas, California, New York, Maryland). Sender domains from CISA's .gov list; people, accounts and
case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout11._kit import Message, any_of, make, odt, pdf, scan_jpeg, served, when

SUBSCRIBER_IP = ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]


def portland_pd_warrant_pdf_only() -> Message:
    date = when(2026, 10, 21, 16, 40, 2, -7)
    warrant = """\
IN THE CIRCUIT COURT OF THE STATE OF OREGON
FOR THE COUNTY OF MULTNOMAH

SEARCH WARRANT                                              PPB Case No. 26-298114
                                                            Warrant No. SW-26-4471

TO ANY PEACE OFFICER IN THE STATE OF OREGON, AND TO SOCIAL EXAMPLE, INC.:

Upon the affidavit of Detective Hana Ruiz-Lindgren, Portland Police Bureau, Sex Crimes Unit, I find that there
is probable cause to believe that evidence of the crime of Unlawful Dissemination of an Intimate Image
(ORS 163.472) will be found in the records of the account described below.

ACCOUNT: user name rosecity_revenge_pics, user ID 5520917744

YOU ARE COMMANDED to search for and seize, for the period July 1, 2026 through October 15, 2026:
  1. Subscriber information: name, e-mail addresses, phone numbers, creation date;
  2. Log-in records with IP addresses;
  3. All messages sent and received, and all images and videos uploaded, including those deleted
     but still retained.

Social Example, Inc. shall produce the records within ten (10) days of service of this warrant.

Dated and signed at 11:05 a.m. this 20th day of October, 2026.

/s/ Circuit Court Judge Adaeze M. Thorvaldsen
"""
    return make(
        "009-portland-pd-warrant-pdf-only",
        "Portland Police Bureau serves (PDF only, empty body) a Multnomah County circuit court search warrant: "
        "subscriber data, log-in IPs, messages and uploads of a user name / user ID, July-October 2026, 10 days.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "ORS 163.472", "ORS 133.545"),
            "requester.name": any_of("Portland Police Bureau", "Portland Police Bureau, Sex Crimes Unit"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "hana.ruiz-lindgren@police.portlandoregon.gov",
            "requester.verified": True,
            "requester.signer": any_of("Adaeze M. Thorvaldsen", "Hana Ruiz-Lindgren"),
            "requester.signer_title": any_of("Circuit Court Judge", "Detective"),
            "targets": any_of(["rosecity_revenge_pics", "5520917744"], ["rosecity_revenge_pics"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "Unlawful Dissemination of an Intimate Image"),
            "date_range": {"start": "2026-07-01", "end": "2026-10-15"},
            "served_at": served(date),
            # ten days from Wed 2026-10-21 is Saturday 2026-10-31 (PDT); next business day Monday 2026-11-02 (PST)
            "return_by": any_of(
                "2026-10-31T17:00:00-07:00",
                "2026-10-31T23:59:59-07:00",
                "2026-11-02T17:00:00-08:00",
                "2026-11-02T23:59:59-08:00",
            ),
            "case_number": any_of("26-298114", "SW-26-4471", "PPB Case No. 26-298114"),
            "issuing_court": any_of(
                "Circuit Court of the State of Oregon for the County of Multnomah",
                "Multnomah County Circuit Court",
            ),
        },
        sender="Ruiz-Lindgren, Hana <hana.ruiz-lindgren@police.portlandoregon.gov>",
        subject="Search Warrant - PPB Case 26-298114",
        date=date,
        message_id="<SW-26-4471.1021@police.portlandoregon.gov>",
        text="",
        attachments=[(pdf(warrant), "application", "pdf", "SW-26-4471.pdf")],
        dkim="portlandoregon.gov",
    )


def miami_dade_sheriff_emergency() -> Message:
    date = when(2026, 12, 2, 4, 12, 55, -5)
    text = """\
*** EXIGENT / EMERGENCY REQUEST ***

Miami-Dade Sheriff's Office - Special Victims Bureau - Case MDSO-26-118430

A 15-year-old girl (first name Daniela) left her home in Hialeah Gardens at about 23:30 last night and has not
returned. Her phone was left behind. Her messages show she arranged to meet an adult male who contacts her through
your platform as @southbeach_modelscout, promising a "photo shoot" and a bus ticket to Orlando. We believe she is
with him now and at risk of sexual exploitation and serious physical harm.

Under 18 U.S.C. 2702(b)(8) and 2702(c)(4) we ask you to disclose immediately, for @southbeach_modelscout:
  - subscriber information (name, e-mail, phone number);
  - IP addresses used in the last 72 hours;
  - any location information you hold for the last 48 hours.

Legal process will follow. Call the MDSO Real Time Crime Center 24/7 at 305-555-0163 and ask for me.

Det. Omar F. Benitez-Caldwell #6218
Special Victims Bureau
Miami-Dade Sheriff's Office
"""
    return make(
        "010-miami-dade-sheriff-emergency",
        "Miami-Dade Sheriff's Office emergency request at 04:12: a 15-year-old missing, believed with an adult who "
        "groomed her as an @handle; subscriber data, 72 h of IPs and 48 h of location.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(
                None, "18 U.S.C. 2702(b)(8) and 2702(c)(4)", "18 U.S.C. § 2702(b)(8)", "18 U.S.C. § 2702(c)(4)"
            ),
            "requester.name": any_of(
                "Miami-Dade Sheriff's Office", "Miami-Dade Sheriff's Office - Special Victims Bureau"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "obenitez-caldwell@miamidadesheriff.gov",
            "requester.verified": True,
            "requester.signer": "Omar F. Benitez-Caldwell",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["southbeach_modelscout"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "missing 15-year-old girl"),
            "served_at": served(date),
            "emergency": {"narrative_contains": "15-year-old"},
            "case_number": any_of("MDSO-26-118430", "Case MDSO-26-118430"),
        },
        sender="Benitez-Caldwell, Omar F. <obenitez-caldwell@miamidadesheriff.gov>",
        subject="EMERGENCY - missing juvenile - MDSO-26-118430",
        date=date,
        message_id="<MDSO-26-118430-0412@miamidadesheriff.gov>",
        text=text,
        headers=[("Importance", "High")],
        dkim="miamidadesheriff.gov",
    )


def philadelphia_da_grand_jury_html() -> Message:
    date = when(2026, 10, 29, 11, 30, 0, -4)
    html = """\
<html><body>
<div style="font-family:'Times New Roman',serif;font-size:12pt">
<p align="center"><b>COMMONWEALTH OF PENNSYLVANIA<br>COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY<br>
FIRST JUDICIAL DISTRICT</b></p>
<p align="center"><b>THE THIRTY-SECOND COUNTY INVESTIGATING GRAND JURY</b><br>Notice of Submission No. 14</p>
<p align="center"><b>SUBPOENA DUCES TECUM</b> &nbsp; No. 26-IGJ-3318</p>
<p>TO: Custodian of Records, Social Example, Inc.</p>
<p>You are hereby commanded to produce before the Thirty-Second County Investigating Grand Jury, Criminal Justice
Center, 1301 Filbert Street, Philadelphia, PA 19107, <u>on or before November 19, 2026</u>, the following records
concerning the account <b>@fishtown_flips</b> for the period April 1, 2026 through October 15, 2026:</p>
<ol>
<li>subscriber information, including name, address, telephone numbers and e-mail addresses;</li>
<li>all IP address log-in history with dates, times and time zone.</li>
</ol>
<p>Records may be delivered electronically to the Assistant District Attorney named below in lieu of appearance.</p>
<p>By Order of the Supervising Judge dated October 27, 2026, you shall not disclose the existence of this subpoena
or the production of records to the account holder or any third party.</p>
<p>Maribel Okonkwo-Sterling<br>Assistant District Attorney, Economic Crimes Unit<br>
Philadelphia District Attorney's Office<br>215-555-0181</p>
</div>
</body></html>
"""
    return make(
        "011-philadelphia-da-grand-jury-html",
        "Philadelphia DA's Office county investigating grand jury subpoena duces tecum in an HTML body: subscriber "
        "data and IP log-ins of an @handle April-October 2026 by November 19, 2026; supervising judge's "
        "non-disclosure order with no end date.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Philadelphia District Attorney's Office", "District Attorney's Office of Philadelphia"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "maribel.okonkwo-sterling@phila.gov",
            "requester.verified": True,
            "requester.signer": "Maribel Okonkwo-Sterling",
            "requester.signer_title": "Assistant District Attorney",
            "targets": ["fishtown_flips"],
            "data_categories": SUBSCRIBER_IP,
            "date_range": {"start": "2026-04-01", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of("2026-11-19T17:00:00-05:00", "2026-11-19T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": any_of("26-IGJ-3318", "No. 26-IGJ-3318"),
            "issuing_court": any_of(
                "Court of Common Pleas of Philadelphia County",
                "Court of Common Pleas of Philadelphia County, First Judicial District",
            ),
        },
        sender="Maribel Okonkwo-Sterling <maribel.okonkwo-sterling@phila.gov>",
        subject="Subpoena Duces Tecum 26-IGJ-3318 - Social Example",
        date=date,
        message_id="<26IGJ3318.1029@phila.gov>",
        html=html,
        dkim="phila.gov",
    )


def shelby_sheriff_preservation_reply() -> Message:
    date = when(2026, 9, 8, 14, 3, 40, -5)
    text = """\
Sorry about that - here is the specific account info. Please preserve per 18 USC 2703(f) for 90 days:

    Handle: @mid_south_gunsale
    Phone on the account (per the victim): 901-555-0132

Also please keep anything the account posts from now until we get a warrant to you. This request is
confidential - please do not notify the account holder.

Sgt. Lorraine Pettiford-Boyd
Shelby County Sheriff's Office - Criminal Investigations Bureau
201 Poplar Ave, Memphis TN 38103 | 901-555-0177

On Mon, Sep 7, 2026 at 6:12 PM Legal Process <legal-process@dueprocess.local> wrote:
> Thank you for your preservation request (our ref. LP-26-30911). We could not act on it because it does
> not identify a specific account: please send the account's user name, profile URL, e-mail address or
> phone number.
>
> On Mon, Sep 7, 2026 at 2:40 PM Pettiford-Boyd, Lorraine wrote:
> > Need preservation on the account selling stolen guns in the Mid-South swap group. Thx.
"""
    return make(
        "012-shelby-sheriff-preservation-reply",
        "Shelby County (TN) Sheriff's sergeant replies to the platform's request for an identifier (nested quote): "
        "preserve an @handle and a phone for 90 days, also future posts; asks for confidentiality (no order).",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)", "18 U.S.C. 2703(f)"),
            "requester.name": any_of(
                "Shelby County Sheriff's Office",
                "Shelby County Sheriff's Office - Criminal Investigations Bureau",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "lorraine.pettiford-boyd@shelbycountytn.gov",
            "requester.verified": True,
            "requester.signer": "Lorraine Pettiford-Boyd",
            "requester.signer_title": any_of("Sgt.", "Sergeant"),
            "targets": any_of(
                ["mid_south_gunsale", "901-555-0132"],
                ["mid_south_gunsale", "+19015550132"],
                ["mid_south_gunsale"],
            ),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of(None, "LP-26-30911"),
        },
        sender="Pettiford-Boyd, Lorraine <lorraine.pettiford-boyd@shelbycountytn.gov>",
        subject="Re: Preservation request - LP-26-30911",
        date=date,
        message_id="<CO1PR14MB7788@shelbycountytn.gov>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-30911@dueprocess.local>")],
        dkim="shelbycountytn.gov",
    )


HARRIS_PHOTO = """\
# THE STATE OF TEXAS  -  COUNTY OF HARRIS
# SEARCH WARRANT
(Tex. Code Crim. Proc. art. 18B.354)

TO: Social Example, Inc., Custodian of Records

Whereas Deputy Kofi A. Brennan-Ruiz, Harris County Sheriff's Office,
has this day made affidavit before me, I find probable cause and
you are commanded to disclose, for the account

     houston_hustle_rentals

for the period 09/01/2026 through 11/05/2026:
  (1) subscriber and account registration records;
  (2) IP address logs of all log-ins;
  (3) the contents of all private messages.

Offense: Theft of Property (Penal Code 31.03) - fake apartment listings.
You shall produce the records on or before December 1, 2026.

HEREIN FAIL NOT. Issued at 3:50 o'clock P.M. on November 9, 2026.

/s/ Judge, 180th District Court, Harris County, Texas
    Hon. Rosalind V. Achterberg
"""


def harris_sheriff_warrant_photo() -> Message:
    date = when(2026, 11, 10, 17, 45, 3, -6)
    return make(
        "013-harris-sheriff-warrant-photo",
        "Harris County Sheriff's deputy sends a phone photo (JPEG) of a 180th District Court search warrant (art. "
        "18B.354): subscriber data, IP log and private messages of a user name 09/01-11/05/2026, due December 1, "
        "2026.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Tex. Code Crim. Proc. art. 18B.354", "art. 18B.354"),
            "requester.name": "Harris County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kofi.brennan-ruiz@sheriff.harriscountytx.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rosalind V. Achterberg", "Kofi A. Brennan-Ruiz"),
            "requester.signer_title": any_of("Judge", "Deputy", "Judge, 180th District Court"),
            "targets": ["houston_hustle_rentals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "Theft of Property", "fake apartment listings"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-05"},
            "served_at": served(date),
            "return_by": any_of("2026-12-01T17:00:00-06:00", "2026-12-01T23:59:59-06:00"),
            "issuing_court": any_of("180th District Court, Harris County, Texas", "180th District Court"),
        },
        sender="Brennan-Ruiz, Kofi <kofi.brennan-ruiz@sheriff.harriscountytx.gov>",
        subject="warrant",
        date=date,
        message_id="<IMG-HCSO-1110-1745@sheriff.harriscountytx.gov>",
        text="see attached signed warrant. pls confirm receipt. Dep. Brennan-Ruiz HCSO 713-555-0154\n\nSent from my iPhone\n",
        attachments=[(scan_jpeg(HARRIS_PHOTO, skew=-0.9, seed=113), "image", "jpeg", "IMG_4418.jpg")],
        dkim="harriscountytx.gov",
    )


def sdsheriff_calecpa_warrant_odt() -> Message:
    date = when(2026, 9, 17, 10, 0, 17, -7)
    document = odt(
        [
            "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO",
            "SEARCH WARRANT No. SW-26-05512 (Penal Code §§ 1524, 1546.1 - Electronic Communications Privacy Act)",
            "THE PEOPLE OF THE STATE OF CALIFORNIA, to any peace officer in the County of San Diego and to "
            "Social Example, Inc.:",
            "Proof by affidavit having been made before me by Detective Ines Wexler-Nakamura, San Diego County "
            "Sheriff's Department, that there is probable cause to believe that the records described below "
            "constitute evidence of human trafficking (Penal Code § 236.1), YOU ARE COMMANDED to produce, for "
            "the account @gaslamp_gigs, for the period June 1, 2026 through September 10, 2026: (1) subscriber "
            "information; (2) the content of all messages, including attachments; (3) all location data.",
            "Social Example, Inc. shall produce the records within ten (10) days of service.",
            "Pursuant to Penal Code § 1546.2(b), notice to the identified target is delayed for 90 days. IT IS "
            "FURTHER ORDERED that Social Example, Inc. shall not notify the subscriber or any other person of "
            "this warrant for ninety (90) days from the date of issuance.",
            "Given under my hand and dated this 16th day of September, 2026.",
            "/s/ Hon. Benedikt A. Saldana-Cho, Judge of the Superior Court",
        ],
        heading="SEARCH WARRANT",
    )
    body = """\
Good morning,

Attached please find a CalECPA search warrant for the account @gaslamp_gigs. Please upload returns to the
address below or contact me with questions.

Det. Ines Wexler-Nakamura
San Diego County Sheriff's Department - Human Trafficking Task Force
858-555-0145
"""
    return make(
        "014-sdsheriff-calecpa-warrant-odt",
        "San Diego County Sheriff's detective serves a CalECPA search warrant (.odt): subscriber data, messages and "
        "location of an @handle June-September 2026, 10 days; court orders non-disclosure for 90 days from issuance.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Penal Code §§ 1524, 1546.1", "Penal Code § 1546.1", "Cal. Penal Code § 1546.1"),
            "requester.name": any_of(
                "San Diego County Sheriff's Department",
                "San Diego County Sheriff's Department - Human Trafficking Task Force",
                "San Diego County Sheriff's Office",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ines.wexler-nakamura@sdsheriff.gov",
            "requester.verified": True,
            "requester.signer": any_of("Benedikt A. Saldana-Cho", "Ines Wexler-Nakamura"),
            "requester.signer_title": any_of("Judge of the Superior Court", "Detective", "Det."),
            "targets": ["gaslamp_gigs"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "human trafficking"),
            "date_range": {"start": "2026-06-01", "end": "2026-09-10"},
            "served_at": served(date),
            # ten days from Thu 2026-09-17 is Sunday 2026-09-27
            "return_by": any_of(
                "2026-09-27T17:00:00-07:00",
                "2026-09-27T23:59:59-07:00",
                "2026-09-28T17:00:00-07:00",
                "2026-09-28T23:59:59-07:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from 2026-09-16 is 2026-12-15 (Pacific standard time)
            "nondisclosure.expires_at": any_of("2026-12-15T23:59:59-08:00", "2026-12-14T23:59:59-08:00"),
            "case_number": any_of("SW-26-05512", "No. SW-26-05512"),
            "issuing_court": any_of(
                "Superior Court of California, County of San Diego", "San Diego County Superior Court"
            ),
        },
        sender="Wexler-Nakamura, Ines <ines.wexler-nakamura@sdsheriff.gov>",
        subject="CalECPA Search Warrant SW-26-05512",
        date=date,
        message_id="<SW2605512.0917@sdsheriff.gov>",
        text=body,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "SW-26-05512.odt")],
        dkim="sdsheriff.gov",
    )


def onondaga_da_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 23, 15, 50, 9, -5)
    text = """\
Hello ,

Pleas see the trial subpoena below for People v. Desmond Kessler-Dunne, Ind. No. 2026-0419, Onondaga County
Court. Trial starts Decmber 14.

   SUBPOENA DUCES TECUM  (CPL 610.20)
   THE PEOPLE OF THE STATE OF NEW YORK
   TO: Custodian of Reocrds, Social Example Inc.

   YOU ARE COMMANDED to appear before the Onondaga County Court, 505 S. State Street, Syracuse NY 13202, on
   Decmber 14 2026 at 9:30 AM, and bring with you: subscriber infromation and all public posts and comments
   of the acount @salt_city_savage between 01 Jul 2026 and 30 Sep 2026.

   Certified business records (CPLR 4518) may be mailed or emailed to the undersigned in lieu of apperance.

   Dated: Syracuse, New York, Novmber 20, 2026
   WILLIAM J. FITZGERALD-OYELOWO, District Attorney
   by: Tamsin R. Okafor, Assistant District Attorney

thx,
Tamsin Okafor
ADA, Onondaga County District Attorney's Office
315-555-0127
"""
    return make(
        "015-onondaga-da-trial-subpoena-typos",
        "Onondaga County (NY) ADA's trial subpoena duces tecum (CPL 610.20) typed into the body with typos: "
        "subscriber data and public posts of an @handle Jul-Sep 2026; appear December 14 2026 at 9:30 AM.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "CPL 610.20"),
            "requester.name": any_of("Onondaga County District Attorney's Office", "Onondaga County District Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "tamsinokafor@onondaga.gov",
            "requester.verified": True,
            "requester.signer": any_of("Tamsin R. Okafor", "Tamsin Okafor", "William J. Fitzgerald-Oyelowo"),
            "requester.signer_title": any_of("Assistant District Attorney", "ADA", "District Attorney"),
            "targets": ["salt_city_savage"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "date_range": {"start": "2026-07-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-12-14T09:30:00-05:00",
            "case_number": any_of("2026-0419", "Ind. No. 2026-0419"),
            "issuing_court": "Onondaga County Court",
        },
        sender="Tamsin Okafor <tamsinokafor@onondaga.gov>",
        subject="trial subpoena - People v Kessler-Dunne",
        date=date,
        message_id="<a91f7c2e-1123@onondaga.gov>",
        text=text,
        dkim="onondaga.gov",
    )


def baltimore_county_pd_warrant_html_table() -> Message:
    date = when(2026, 10, 8, 9, 25, 50, -4)
    html = """\
<html><body>
<p>Social Example Legal,</p>
<p>Please accept service of the search and seizure warrant summarised below (signed copy attached to our portal
submission of the same date). Baltimore County Police Department, Cyber Crimes Unit.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Issuing court</td><td>Circuit Court for Baltimore County, Maryland</td></tr>
<tr><td>Warrant no.</td><td>03-K-26-004112</td></tr>
<tr><td>Judge</td><td>Hon. Celestine P. Waddington-Moss, signed 10/07/2026</td></tr>
<tr><td>Accounts</td><td>towson_tickets_4u<br>account registered to +1 443-555-0176</td></tr>
<tr><td>Records</td><td>Subscriber information; IP log-in history; content of messages sent and received</td></tr>
<tr><td>Time frame</td><td>08/15/2026 &ndash; 10/05/2026</td></tr>
<tr><td>Offense</td><td>Theft scheme - counterfeit concert tickets (CR 7-104)</td></tr>
<tr><td>Due</td><td>Within 14 days of service</td></tr>
<tr><td>Non-disclosure</td><td>The Court orders Social Example, Inc. not to disclose this warrant to the subscriber for
180 days from 10/07/2026</td></tr>
</table>
<p>Det. Gareth N. Oduya-Whitcombe<br>Baltimore County Police Department, Cyber Crimes Unit<br>410-555-0102</p>
</body></html>
"""
    return make(
        "016-baltimore-county-pd-warrant-html-table",
        "Baltimore County PD serves a circuit court search warrant as an HTML table: subscriber data, IP history and "
        "messages of a user name and a phone, 08/15-10/05/2026, 14 days; court non-disclosure for 180 days.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of(
                "Baltimore County Police Department",
                "Baltimore County Police Department, Cyber Crimes Unit",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "goduya-whitcombe@baltimorecountymd.gov",
            "requester.verified": True,
            "requester.signer": any_of("Gareth N. Oduya-Whitcombe", "Celestine P. Waddington-Moss"),
            "requester.signer_title": any_of("Det.", "Detective", "Judge"),
            "targets": any_of(
                ["towson_tickets_4u", "+1 443-555-0176"],
                ["towson_tickets_4u", "+14435550176"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(None, "Theft scheme - counterfeit concert tickets"),
            "date_range": {"start": "2026-08-15", "end": "2026-10-05"},
            "served_at": served(date),
            "return_by": any_of("2026-10-22T17:00:00-04:00", "2026-10-22T23:59:59-04:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 180 days from 2026-10-07 is 2027-04-05 (Eastern daylight time)
            "nondisclosure.expires_at": any_of("2027-04-05T23:59:59-04:00", "2027-04-04T23:59:59-04:00"),
            "case_number": "03-K-26-004112",
            "issuing_court": "Circuit Court for Baltimore County, Maryland",
        },
        sender="Oduya-Whitcombe, Gareth N <goduya-whitcombe@baltimorecountymd.gov>",
        subject="Search Warrant 03-K-26-004112 / towson_tickets_4u",
        date=date,
        message_id="<BCPD-CCU-004112@baltimorecountymd.gov>",
        html=html,
        dkim="baltimorecountymd.gov",
    )


MESSAGES = [
    portland_pd_warrant_pdf_only,
    miami_dade_sheriff_emergency,
    philadelphia_da_grand_jury_html,
    shelby_sheriff_preservation_reply,
    harris_sheriff_warrant_photo,
    sdsheriff_calecpa_warrant_odt,
    onondaga_da_trial_subpoena_typos,
    baltimore_county_pd_warrant_html_table,
]

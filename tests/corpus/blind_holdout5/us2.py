"""United States demands, part 2 (Great Lakes, Mountain West and territory cities and counties, private
parties, triage cases). Sender domains from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout5._kit import Message, any_of, docx_file, make, pdf, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def grand_rapids_2703d_pdf_only() -> Message:
    date = when(2026, 11, 4, 12, 31, 0, -5)
    order = """\
STATE OF MICHIGAN
IN THE 17TH CIRCUIT COURT FOR THE COUNTY OF KENT

In re Application of the People of the State of Michigan for an Order under 18 U.S.C. 2703(d)
File No. 26-09114-PD

ORDER FOR DISCLOSURE OF RECORDS

On the application of Detective Sergeant Anneliese VanderKooi, Grand Rapids Police Department, the Court
finds specific and articulable facts showing reasonable grounds to believe that the records below are relevant
and material to an ongoing investigation of home invasions (MCL 750.110a).

IT IS ORDERED that Social Example, Inc. disclose within 21 days of service, for the account with the user
name gr_westside_wheels and the e-mail address wheelsgr616@example.com, for 8/1/2026 - 10/31/2026:
subscriber information; IP addresses and times of each log-in; and the user names of all persons with whom
the account exchanged direct messages (no content).

IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that Social Example, Inc. shall not notify the subscriber or
any other person of this order for ONE YEAR from its entry.

Entered: November 3, 2026                    Hon. Marguerite DeBoer-Akins, Circuit Judge
"""
    return make(
        "013-grand-rapids-2703d-pdf-only",
        "Grand Rapids PD serves (PDF only, empty body) a Kent County circuit court § 2703(d) order: subscriber, "
        "log-in IP and correspondent records of a user name and e-mail, 8/1-10/31/2026, 21 days, one-year NDO.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)"),
            "requester.name": any_of("Grand Rapids Police Department", "GRPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "avanderkooi@grandrapidsmi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Anneliese VanderKooi", "Marguerite DeBoer-Akins"),
            "requester.signer_title": any_of("Detective Sergeant", "Circuit Judge"),
            "targets": any_of(["gr_westside_wheels", "wheelsgr616@example.com"], ["gr_westside_wheels"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("home invasions", "home invasion", None),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-25T17:00:00-05:00", "2026-11-25T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # one year from 2026-11-03; DST ends 2027-11-07, so Eastern time is -04:00 that day
            "nondisclosure.expires_at": any_of(
                "2027-11-03T23:59:59-04:00",
                "2027-11-02T23:59:59-04:00",
                "2027-11-03T23:59:59-05:00",
                "2027-11-02T23:59:59-05:00",
            ),
            "case_number": "26-09114-PD",
            "issuing_court": any_of("17th Circuit Court for the County of Kent", "Kent County Circuit Court"),
        },
        sender="VanderKooi, Anneliese <avanderkooi@grandrapidsmi.gov>",
        subject="Court Order 26-09114-PD",
        date=date,
        message_id="<GRPD-26-09114@grandrapidsmi.gov>",
        text="",
        attachments=[(pdf(order), "application", "pdf", "26-09114-PD order.pdf")],
        dkim="grandrapidsmi.gov",
    )


def billings_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 18, 16, 47, 2, -7)
    text = """\
To whom it may concren,

Plese find below a subpena issued by Billings Municipal Court in City of Billings v. Tanner J. Roedel,
Case No. TK-2026-11873 (Partner Family Member Assault / violation of no-contact order).

  SUBPOENA DUCES TECUM - you are commanded to apear at Billings Municipal Court, 220 N 27th St,
  Billings MT on Dec. 14th 2026 at 1:30 pm for trial and bring: subscriber info for account
  @yellowstone_tanner, and true copys of all public posts on that account from Sept 1 2026 thru Nov 1 2026.
  Certified business records declaration in lieu of apearance is acceptable.
  Issued 11/18/26, Clerk of Municipal Court, by Deputy Clerk R. Halvorson

Thanks
Jolene Ruiz-Whitehorse
Deputy City Prosecutor, City of Billings
"""
    return make(
        "014-billings-trial-subpoena-typos",
        "Billings (MT) deputy city prosecutor's municipal-court trial subpoena typed into the body with typos: "
        "subscriber info and public posts of an @handle Sept 1-Nov 1 2026; appear Dec. 14th 2026 at 1:30 pm.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "requester.name": any_of(
                "City of Billings", "Billings City Prosecutor", "City of Billings Prosecutor's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ruiz-whitehorsej@billingsmt.gov",
            "requester.verified": True,
            "requester.signer": any_of("Jolene Ruiz-Whitehorse", "R. Halvorson"),
            "requester.signer_title": any_of("Deputy City Prosecutor", "Deputy Clerk"),
            "targets": ["yellowstone_tanner"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of(None, "Partner Family Member Assault", "violation of no-contact order"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-01"},
            "served_at": served(date),
            "return_by": "2026-12-14T13:30:00-07:00",
            "case_number": "TK-2026-11873",
            "issuing_court": "Billings Municipal Court",
        },
        sender="Ruiz-Whitehorse, Jolene <ruiz-whitehorsej@billingsmt.gov>",
        subject="subpena - City v. Roedel",
        date=date,
        message_id="<BLGS-CP-1118@billingsmt.gov>",
        text=text,
        dkim="billingsmt.gov",
    )


def boise_pd_warrant_html() -> Message:
    date = when(2026, 11, 23, 10, 15, 0, -7)
    html = """\
<html><body style="font-family:Calibri">
<p><b>IN THE DISTRICT COURT OF THE FOURTH JUDICIAL DISTRICT OF THE STATE OF IDAHO, IN AND FOR THE COUNTY OF ADA</b></p>
<p><b>SEARCH WARRANT</b> &mdash; Case CR01-26-44817</p>
<p>Proof by affidavit having been made before me by Officer Dakota Wren-Achterberg, Boise Police Department, YOU
ARE HEREBY COMMANDED to deliver to the affiant, within ten (10) days of service, the following records of the
Social Example account <i>https://social.example.com/treasurevalley_tina</i>:</p>
<ul><li>basic subscriber information</li><li>messages sent and received, with attachments</li>
<li>IP address log</li></ul>
<p>Period: the twentieth of October 2026 through the twentieth of November 2026.</p>
<p>Offense: Sexual exploitation of a child, I.C. &sect; 18-1507.</p>
<p>Dated 11/21/2026. &nbsp; <i>/s/ Magistrate Judge Harlan P. Osei-Whitmore</i></p>
<hr><p style="font-size:small">Officer D. Wren-Achterberg #861, Boise Police Department Special Victims Unit</p>
</body></html>
"""
    return make(
        "015-boise-pd-warrant-html",
        "Boise PD officer serves an Ada County (Idaho Fourth District) search warrant in an HTML body: subscriber "
        "data, messages and IP log of a profile URL, 'the twentieth of October' to 'the twentieth of November', "
        "ten days from service.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "I.C. § 18-1507"),
            "requester.name": any_of("Boise Police Department", "Boise Police Department Special Victims Unit"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dwrenachterberg@boiseidaho.gov",
            "requester.verified": True,
            "requester.signer": any_of("Dakota Wren-Achterberg", "D. Wren-Achterberg", "Harlan P. Osei-Whitmore"),
            "requester.signer_title": any_of("Officer", "Magistrate Judge"),
            "targets": any_of(["https://social.example.com/treasurevalley_tina"], ["treasurevalley_tina"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("Sexual exploitation of a child", "sexual exploitation of a child"),
            "date_range": {"start": "2026-10-20", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of("2026-12-03T17:00:00-07:00", "2026-12-03T23:59:59-07:00"),
            "case_number": "CR01-26-44817",
            "issuing_court": any_of(
                "District Court of the Fourth Judicial District of the State of Idaho, in and for the County of Ada",
                "Fourth Judicial District Court, Ada County",
            ),
        },
        sender="Wren-Achterberg, Dakota <dwrenachterberg@boiseidaho.gov>",
        subject="Search Warrant CR01-26-44817",
        date=date,
        message_id="<BPD-SVU-44817@boiseidaho.gov>",
        html=html,
        dkim="boiseidaho.gov",
    )


def lawfirm_mass_civil_subpoena_html() -> Message:
    date = when(2026, 11, 6, 15, 5, 0, -5)
    html = """\
<html><body>
<p>Dear Custodian of Records,</p>
<p>This firm represents the plaintiff in <i>Harborview Dental Group, P.C. v. Doe</i>, Suffolk Superior Court,
Civil Action No. 2684CV02291. Enclosed please find a records-only subpoena under Mass. R. Civ. P. 45.</p>
<table border="1" cellpadding="4">
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Account</td><td>reviewer &ldquo;Wendell Okonkwo-Pratt&rdquo;, e-mail on file believed to be wokpratt@example.net</td></tr>
<tr><td>Records</td><td>Name, address, telephone number, e-mail address, IP address at account creation</td></tr>
<tr><td>Production date</td><td>10 December 2026</td></tr>
<tr><td>Claim</td><td>Defamation (anonymous one-star reviews)</td></tr>
</table>
<p>Notice of this subpoena has been served on all parties. Please call me with any questions.</p>
<p>Very truly yours,<br>Priya Lindgren-Saavedra, Esq.<br>Brattle &amp; Pike LLP, Boston</p>
</body></html>
"""
    return make(
        "016-lawfirm-mass-civil-subpoena-html",
        "Boston law firm's Mass. R. Civ. P. 45 records subpoena (Suffolk Superior Court defamation suit) summarised "
        "in an HTML table: subscriber data for a bare reviewer name and a believed e-mail, production 10 December "
        "2026.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Mass. R. Civ. P. 45", None),
            "requester.name": any_of("Brattle & Pike LLP", "Priya Lindgren-Saavedra"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "plindgren@brattlepike.example.com",
            "requester.verified": True,
            "requester.signer": "Priya Lindgren-Saavedra",
            "requester.signer_title": any_of("Esq.", "Attorney", None),
            "targets": any_of(
                ["Wendell Okonkwo-Pratt", "wokpratt@example.net"], ["wokpratt@example.net"], ["Wendell Okonkwo-Pratt"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("defamation", "Defamation (anonymous one-star reviews)"),
            "served_at": served(date),
            "return_by": any_of("2026-12-10T17:00:00-05:00", "2026-12-10T23:59:59-05:00"),
            "case_number": "2684CV02291",
            "issuing_court": any_of("Suffolk Superior Court", "Superior Court, Suffolk County"),
        },
        sender="Priya Lindgren-Saavedra <plindgren@brattlepike.example.com>",
        subject="Subpoena - Harborview Dental Group v. Doe, 2684CV02291",
        date=date,
        message_id="<bp-2291-1106@brattlepike.example.com>",
        html=html,
        dkim="brattlepike.example.com",
    )


def lawfirm_reno_deposition_subpoena_pdf() -> Message:
    date = when(2026, 11, 25, 11, 20, 0, -8)
    subpoena = """\
IN THE SECOND JUDICIAL DISTRICT COURT OF THE STATE OF NEVADA IN AND FOR THE COUNTY OF WASHOE

SIERRA SUMMIT BUILDERS, LLC, Plaintiff, v. JORDAN MAE KILBRIDE, Defendant.     Case No. CV26-01456  Dept. 7

SUBPOENA DUCES TECUM (NRCP 45)

THE STATE OF NEVADA SENDS GREETINGS TO: Social Example, Inc., Custodian of Records

YOU ARE COMMANDED to produce on or before January 6, 2027 at 5:00 p.m., at the offices of Comstock Lode
Legal, 50 W. Liberty St., Reno, NV 89501, the following: all direct messages sent or received by the
account at https://social.example.com/jkilbride.designs between March 1, 2026 and June 30, 2026, and the
account's registration information.

Dated: November 24, 2026.     /s/ Ezra Bellweather-Nakamura, Esq., Attorney for Plaintiff
"""
    return make(
        "017-lawfirm-reno-deposition-subpoena-pdf",
        "Reno law firm's Nevada state civil subpoena duces tecum (PDF) for the DMs and registration data of a "
        "profile URL, Mar-Jun 2026, due January 6, 2027 at 5:00 p.m.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("NRCP 45", None),
            "requester.name": any_of("Comstock Lode Legal", "Ezra Bellweather-Nakamura"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "ezra@comstocklode.example.net",
            "requester.verified": True,
            "requester.signer": "Ezra Bellweather-Nakamura",
            "requester.signer_title": any_of("Esq.", "Attorney for Plaintiff", None),
            "targets": any_of(["https://social.example.com/jkilbride.designs"], ["jkilbride.designs"]),
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": None,
            "date_range": {"start": "2026-03-01", "end": "2026-06-30"},
            "served_at": served(date),
            "return_by": "2027-01-06T17:00:00-08:00",
            "case_number": "CV26-01456",
            "issuing_court": any_of(
                "Second Judicial District Court of the State of Nevada in and for the County of Washoe",
                "Second Judicial District Court, Washoe County",
            ),
        },
        sender="Ezra Bellweather-Nakamura <ezra@comstocklode.example.net>",
        subject="Subpoena Duces Tecum - Sierra Summit Builders v. Kilbride",
        date=date,
        message_id="<cll-01456@comstocklode.example.net>",
        text="Please find attached a subpoena duces tecum. Kindly confirm the correct address for service.\n\n"
        "Ezra Bellweather-Nakamura\nComstock Lode Legal\n",
        attachments=[(pdf(subpoena), "application", "pdf", "SDT Social Example.pdf")],
        dkim="comstocklode.example.net",
    )


def kalamazoo_deputy_freemail_preservation() -> Message:
    date = when(2026, 11, 19, 23, 2, 11, -5)
    text = """\
Hi,

I am a deputy with the Kalamazoo County Sheriffs Office (Michigan). Our county email is down tonight so I am
writing from my personal account. Please preserve all data for the account kzoo_krypto_kid and the phone
(269) 555-0113 linked to it, for 90 days, per 18 USC 2703(f). It is an extortion (sextortion) case, our
case # 26-KCSO-08172. Warrant will follow.

Deputy Travis Oyelaran-Kemp
Kalamazoo County Sheriff's Office
"""
    return make(
        "018-kalamazoo-deputy-freemail-preservation",
        "A self-described Kalamazoo County (MI) deputy writes from a free-mail account (county e-mail 'down') asking "
        "to preserve a user name and phone for 90 days: a preservation request from an unverified sender.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": "Kalamazoo County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "travis.oyelaran.kemp@gmail.com",
            "requester.verified": False,
            "requester.signer": "Travis Oyelaran-Kemp",
            "requester.signer_title": any_of("Deputy", None),
            "targets": any_of(
                ["kzoo_krypto_kid", "+12695550113"], ["kzoo_krypto_kid", "(269) 555-0113"], ["kzoo_krypto_kid"]
            ),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of("extortion", "sextortion", None),
            "served_at": served(date),
            "case_number": any_of("26-KCSO-08172", None),
        },
        sender="Travis Oyelaran-Kemp <travis.oyelaran.kemp@gmail.com>",
        subject="preservation request",
        date=date,
        message_id="<CAK7p1-kcso@mail.gmail.com>",
        text=text,
    )


def isp_warrant_conflicting_accounts() -> Message:
    date = when(2026, 11, 16, 14, 40, 0, -5)
    document = docx_file(
        [
            ("h", "STATE OF INDIANA, IN THE MARION SUPERIOR COURT, CRIMINAL DIVISION 24"),
            ("h", "SEARCH WARRANT  Cause No. 49D24-2611-MC-018842"),
            (
                "p",
                "To Social Example, Inc.: you are ordered to produce, within fifteen (15) days of service, the "
                "subscriber information, log-in IP addresses and stored messages for the account "
                "@circle_city_cards for the period 09/15/2026 through 11/13/2026, relating to theft and "
                "fraudulent use of credit cards (I.C. 35-43-5-4).",
            ),
            ("p", "So ordered 11/13/2026.  /s/ Judge Roland T. Ashby-Mensah"),
        ],
        author="ISP",
    )
    text = """\
Attached is a search warrant for the account @naptown_card_plug (Indiana State Police case 26ISP-1140-EC).
Please return to me at this e-mail.

Sgt. Brianna K. Holtzclaw-Amari
Indiana State Police, Cybercrime & Investigative Technologies Section
"""
    return make(
        "019-isp-warrant-conflicting-accounts",
        "Indiana State Police serves a Marion Superior Court warrant (.docx) whose account (@circle_city_cards) is "
        "not the one the cover mail names (@naptown_card_plug): a person must ask which account the court "
        "authorised before anything is produced.",
        "en",
        "US",
        ("plain_text", "docx"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": "Indiana State Police",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "bholtzclaw-amari@isp.in.gov",
            "requester.verified": True,
            "requester.signer": any_of("Brianna K. Holtzclaw-Amari", "Roland T. Ashby-Mensah"),
            "requester.signer_title": any_of("Sgt.", "Sergeant", "Judge"),
            "targets": any_of(
                ["circle_city_cards"],
                ["circle_city_cards", "naptown_card_plug"],
                ["naptown_card_plug", "circle_city_cards"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("theft and fraudulent use of credit cards", "credit card fraud", None),
            "date_range": {"start": "2026-09-15", "end": "2026-11-13"},
            "served_at": served(date),
            "return_by": any_of("2026-12-01T17:00:00-05:00", "2026-12-01T23:59:59-05:00"),
            "case_number": any_of("49D24-2611-MC-018842", "26ISP-1140-EC"),
            "issuing_court": any_of("Marion Superior Court", "Marion Superior Court, Criminal Division 24"),
        },
        sender="Holtzclaw-Amari, Brianna <bholtzclaw-amari@isp.in.gov>",
        subject="SW - @naptown_card_plug",
        date=date,
        message_id="<ISP-CITS-26-1140@isp.in.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "49D24-2611-MC-018842.docx")],
        dkim="in.gov",
    )


def buffalo_pd_subpoena_missing_attachment_a() -> Message:
    date = when(2026, 12, 1, 9, 5, 33, -5)
    subpoena = """\
SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF ERIE
GRAND JURY SUBPOENA DUCES TECUM

THE PEOPLE OF THE STATE OF NEW YORK
TO: Social Example, Inc., Custodian of Records

YOU ARE COMMANDED to appear before the Grand Jury of the County of Erie at 25 Delaware Avenue, Buffalo, New York,
on the 17th day of December, 2026 at 10:00 o'clock in the forenoon, and to bring with you the records described
in ATTACHMENT A for the accounts listed in ATTACHMENT A.

Grand Jury Investigation No. 2026-GJ-713
Dated: November 30, 2026         Michaela R. Szymanski-Obi, Assistant District Attorney, Erie County

                                  -- page 1 of 2 --
"""
    text = """\
Good morning, please see attached GJ subpoena (2026-GJ-713) from the Erie County DA. Attachment A lists the
accounts and records requested.

Det. Kofi Wisniewski-Hale
Buffalo Police Department, Homicide Squad
"""
    return make(
        "020-buffalo-pd-subpoena-missing-attachment-a",
        "Buffalo PD detective serves an Erie County grand jury subpoena whose accounts and records are all in an "
        "'Attachment A' that is not in the PDF (page 1 of 2 only): a person must ask for it.",
        "en",
        "US",
        ("plain_text", "pdf_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Buffalo Police Department", "Erie County District Attorney", "Erie County District Attorney's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kwisniewski-hale@buffalony.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kofi Wisniewski-Hale", "Michaela R. Szymanski-Obi"),
            "requester.signer_title": any_of("Det.", "Detective", "Assistant District Attorney"),
            "targets": [],
            "data_categories": [],
            "served_at": served(date),
            "return_by": any_of(None, "2026-12-17T10:00:00-05:00"),
            "case_number": any_of("2026-GJ-713", "Grand Jury Investigation No. 2026-GJ-713"),
            "issuing_court": any_of(
                None, "Supreme Court of the State of New York, County of Erie", "Erie County Supreme Court"
            ),
        },
        sender="Wisniewski-Hale, Kofi <kwisniewski-hale@buffalony.gov>",
        subject="GJ subpoena 2026-GJ-713",
        date=date,
        message_id="<BPD-HOM-1201-0905@buffalony.gov>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "2026-GJ-713.pdf")],
        dkim="buffalony.gov",
    )


def usao_dnh_grand_jury_reply_extended() -> Message:
    date = when(2026, 11, 27, 10, 44, 0, -5)
    text = """\
Thanks for reaching out. Yes, electronic production is fine, and you may take until Friday, December 11, 2026
for the return. As noted, please don't tell the user for 90 days - that's our request, there's no court order.

Nadia F. Ostrowski-Bell
Assistant U.S. Attorney, District of New Hampshire
603-555-0150

From: Legal Process <legal-process@dueprocess.local>
Sent: Wednesday, November 25, 2026 4:10 PM
Subject: RE: Grand Jury Subpoena 26-GJ-1109 (@granite_state_gains)

> We received subpoena 26-GJ-1109 (U.S. District Court for the District of New Hampshire) for subscriber
> and log-in IP records of @granite_state_gains, returnable December 1, 2026. May we produce electronically,
> and could the return date be extended by ten days?
"""
    return make(
        "021-usao-dnh-grand-jury-reply-extended",
        "AUSA (District of New Hampshire) replies to the platform's question (quoted) about a grand jury subpoena "
        "for an @handle: electronic production allowed, return extended to Friday December 11, 2026; 90-day "
        "non-notification request (not a court order).",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "United States Attorney's Office for the District of New Hampshire",
                "U.S. Attorney's Office, District of New Hampshire",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Nadia.Ostrowski-Bell@usdoj.gov",
            "requester.verified": True,
            "requester.signer": "Nadia F. Ostrowski-Bell",
            "requester.signer_title": any_of("Assistant U.S. Attorney", "Assistant United States Attorney"),
            "targets": ["granite_state_gains"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "served_at": served(date),
            "return_by": any_of("2026-12-11T17:00:00-05:00", "2026-12-11T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": any_of(None, "2027-02-25T23:59:59-05:00", "2027-02-24T23:59:59-05:00"),
            "case_number": "26-GJ-1109",
            "issuing_court": any_of(
                "U.S. District Court for the District of New Hampshire",
                "United States District Court for the District of New Hampshire",
            ),
        },
        sender="Ostrowski-Bell, Nadia (USANH) <Nadia.Ostrowski-Bell@usdoj.gov>",
        subject="RE: Grand Jury Subpoena 26-GJ-1109 (@granite_state_gains)",
        date=date,
        message_id="<CH2PR09MB-NH-1109@usdoj.gov>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-gj-1109@dueprocess.local>")],
        dkim="usdoj.gov",
    )


CNMI_PHOTO = """\
COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS
SUPERIOR COURT
SEARCH WARRANT  Crim. Case No. 26-0318

To: Social Example, Inc.

Upon affidavit of Officer Joaquin S. Tenorio-Ada, Department of Public Safety, Criminal Investigation
Bureau, you are commanded to provide the subscriber information and all IP log-in records for the
account saipan_sunset_deals from 1 Aug 2026 to 31 Oct 2026 (theft by deception).

Production within 10 days of receipt.

Issued 5 November 2026, Saipan.
/s/ Associate Judge Roberto C. Manglona-Sablan
"""


def cnmi_dps_warrant_photo() -> Message:
    date = when(2026, 11, 6, 8, 30, 12, 10)
    return make(
        "022-cnmi-dps-warrant-photo",
        "CNMI Department of Public Safety officer sends a phone photo (JPEG) of a Superior Court search warrant: "
        "subscriber data and IP log-ins of a user name 1 Aug-31 Oct 2026, 10 days from receipt.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of(
                "Department of Public Safety", "CNMI Department of Public Safety", "Criminal Investigation Bureau"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "joaquin.tenorio-ada@cnmi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Joaquin S. Tenorio-Ada", "Roberto C. Manglona-Sablan"),
            "requester.signer_title": any_of("Officer", "Associate Judge"),
            "targets": ["saipan_sunset_deals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("theft by deception", None),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-16T17:00:00+10:00", "2026-11-16T23:59:59+10:00"),
            "case_number": "26-0318",
            "issuing_court": any_of("Superior Court", "Commonwealth of the Northern Mariana Islands Superior Court"),
        },
        sender="Tenorio-Ada, Joaquin <joaquin.tenorio-ada@cnmi.gov>",
        subject="warrant",
        date=date,
        message_id="<DPS-CIB-26-0318@cnmi.gov>",
        text="Hafa adai, picture of the warrant attached. Original by mail.\nOfc. J. Tenorio-Ada, DPS CIB\n",
        attachments=[(scan_jpeg(CNMI_PHOTO, skew=0.8, seed=52), "image", "jpeg", "IMG_20261106_0822.jpg")],
        dkim="cnmi.gov",
    )


def ed_oig_subpoena_internal_forward() -> Message:
    date = when(2026, 10, 20, 9, 3, 0, -4)
    text = """\
Legal - this came to trust-safety@ yesterday. Looks official, sending your way.

Marco Feliciano | Trust & Safety Ops, Social Example

---------- Forwarded message ---------
From: OIG Investigations <renata.vukovic@ed.gov>
Date: Mon, Oct 19, 2026 at 2:15 PM
Subject: Inspector General Subpoena ED-OIG-26-0442

U.S. DEPARTMENT OF EDUCATION - OFFICE OF INSPECTOR GENERAL
INSPECTOR GENERAL SUBPOENA No. ED-OIG-26-0442, issued under 5 U.S.C. 406(a)(4).

Produce by 11/9/2026 to SA Renata Vukovic: for the accounts @fafsa_helpdesk_official and
@studentloan.forgiveness.now - subscriber name, e-mail, phone, payment information for any ads, and all IP
addresses used from 2026-05-01 to 2026-10-15. Investigation of student-aid fraud.

Signed: Theodore J. Pryce-Okoro, Assistant Inspector General for Investigations
"""
    return make(
        "023-ed-oig-subpoena-internal-forward",
        "A Trust & Safety employee forwards (unsigned internal mail) a Department of Education OIG subpoena: "
        "identity, ad payment and IP records of two @handles 2026-05-01..2026-10-15, due 11/9/2026; unverified.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. 406(a)(4)", "5 U.S.C. § 406(a)(4)"),
            "requester.name": any_of(
                "U.S. Department of Education, Office of Inspector General",
                "Department of Education Office of Inspector General",
                "ED OIG",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": any_of("renata.vukovic@ed.gov", None),
            "requester.verified": False,
            "requester.signer": any_of("Theodore J. Pryce-Okoro", "Renata Vukovic"),
            "requester.signer_title": any_of("Assistant Inspector General for Investigations", "SA", "Special Agent"),
            "targets": ["fafsa_helpdesk_official", "studentloan.forgiveness.now"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("student-aid fraud", "student aid fraud"),
            "date_range": {"start": "2026-05-01", "end": "2026-10-15"},
            "served_at": any_of(served(date), "2026-10-19T14:15:00-04:00"),
            "return_by": any_of("2026-11-09T17:00:00-05:00", "2026-11-09T23:59:59-05:00"),
            "case_number": "ED-OIG-26-0442",
        },
        sender="Marco Feliciano <mfeliciano@social.example.com>",
        subject="Fwd: Inspector General Subpoena ED-OIG-26-0442",
        date=date,
        message_id="<CAM-tso-1020@social.example.com>",
        text=text,
    )


def guam_pd_preservation_cc() -> Message:
    date = when(2026, 11, 3, 14, 0, 0, 10)
    text = """\
Good afternoon,

The Guam Police Department, Criminal Investigations Division, requests that Social Example preserve, pursuant to
18 U.S.C. § 2703(f), all records and content associated with the accounts listed below for a period of ninety
(90) days, pending service of a search warrant from the Superior Court of Guam:

    - https://social.example.com/p/islandboy.671
    - phone number +1 671-555-0138

GPD Report No. 26-31877 (robbery). Please do not disclose this request to the account holder.

Respectfully,
Detective Corporal Vicente T. Quitugua-Bordallo
Guam Police Department, CID
"""
    return make(
        "024-guam-pd-preservation",
        "Guam Police Department detective corporal asks (cc to a colleague) to preserve a profile URL and a "
        "+1 671 phone for 90 days pending a Superior Court warrant; asks not to disclose.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. § 2703(f)", "18 U.S.C. 2703(f)"),
            "requester.name": any_of(
                "Guam Police Department", "Guam Police Department, Criminal Investigations Division"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "vicente.quitugua-bordallo@guam.gov",
            "requester.verified": True,
            "requester.signer": "Vicente T. Quitugua-Bordallo",
            "requester.signer_title": any_of("Detective Corporal", "Det. Cpl."),
            "targets": any_of(
                ["https://social.example.com/p/islandboy.671", "+16715550138"],
                ["islandboy.671", "+16715550138"],
                ["https://social.example.com/p/islandboy.671", "+1 671-555-0138"],
                ["islandboy.671", "+1 671-555-0138"],
            ),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
            "stated_purpose": any_of("robbery", None),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("26-31877", "GPD Report No. 26-31877"),
        },
        sender="Quitugua-Bordallo, Vicente <vicente.quitugua-bordallo@guam.gov>",
        subject="Preservation Request - GPD 26-31877",
        date=date,
        message_id="<GPD-CID-31877@guam.gov>",
        text=text,
        cc="Aguon, Rita <rita.aguon@guam.gov>",
        dkim="guam.gov",
    )


MESSAGES = [
    grand_rapids_2703d_pdf_only,
    billings_trial_subpoena_typos,
    boise_pd_warrant_html,
    lawfirm_mass_civil_subpoena_html,
    lawfirm_reno_deposition_subpoena_pdf,
    kalamazoo_deputy_freemail_preservation,
    isp_warrant_conflicting_accounts,
    buffalo_pd_subpoena_missing_attachment_a,
    usao_dnh_grand_jury_reply_extended,
    cnmi_dps_warrant_photo,
    ed_oig_subpoena_internal_forward,
    guam_pd_preservation_cc,
]

"""United States demands, part 2 (the South, the Pacific Northwest, private parties, and the messages whose right
outcome is triage). Sender domains from CISA's .gov list; people, accounts, firms and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout6._kit import Message, any_of, make, odt, pdf, served, when


def paducah_pd_emergency_suicide() -> Message:
    date = when(2026, 12, 4, 23, 48, 0, -6)
    text = """\
URGENT - EMERGENCY DISCLOSURE REQUEST (18 USC 2702(b)(8) / (c)(4))

This is Officer Dakota J. Brewer, Paducah Police Department, Paducah, Kentucky. Call (270) 555-0123 any time.

About 30 minutes ago the user @lowertown_lonely started a live video saying he has taken pills and a gun and
will kill himself before midnight. Family cannot locate him. We believe he is in imminent danger of death.

We need right now: the name, e-mail and phone number on the account, the IP addresses of the last 24 hours,
and any location information you hold for the last 24 hours.

I certify this is an emergency involving danger of death or serious physical injury.

Ofc. Dakota J. Brewer #377
Paducah Police Department
"""
    return make(
        "013-paducah-pd-emergency-suicide",
        "Paducah (KY, Central time) police officer's emergency request near midnight: a user live-streaming a "
        "suicide threat; subscriber data, 24 h of IPs and location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 USC 2702(b)(8) / (c)(4)", "18 U.S.C. 2702(b)(8)", "18 U.S.C. 2702(c)(4)"),
            "requester.name": any_of("Paducah Police Department", "Paducah PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dbrewer@paducahky.gov",
            "requester.verified": True,
            "requester.signer": "Dakota J. Brewer",
            "requester.signer_title": any_of("Officer", "Ofc."),
            "targets": ["lowertown_lonely"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "suicide threat", "imminent danger of death"),
            "date_range": any_of(None, {"start": "2026-12-03", "end": "2026-12-04"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "kill himself"},
        },
        sender="Dakota Brewer <dbrewer@paducahky.gov>",
        subject="URGENT emergency request - suicidal user live now",
        date=date,
        message_id="<PPD-377-2348@paducahky.gov>",
        text=text,
        dkim="paducahky.gov",
    )


def pensacola_pd_preservation_extension_reply() -> Message:
    date = when(2026, 12, 2, 8, 20, 0, -6)
    text = """\
Good morning - yes, please extend the preservation for another 90 days per 2703(f)(2). We are still waiting on
the state attorney for the warrant.

Det. Miranda Ouellette
Pensacola Police Department, Criminal Investigations
(850) 555-0138

-----Original Message-----
From: Legal Process <legal-process@dueprocess.local>
Sent: Friday, September 4, 2026 2:11 PM
To: Ouellette, Miranda <mouellette@cityofpensacola.gov>
Subject: RE: Preservation request - PPD 26-03391

Detective, we have preserved the account @pcola_bluewahoo as of today under 18 U.S.C. 2703(f) for 90 days.
If you need an extension, please reply to this message before the 90 days run.
"""
    return make(
        "014-pensacola-pd-preservation-extension-reply",
        "Pensacola (FL panhandle, Central time) detective replies on the platform's September confirmation asking "
        "for the 90-day § 2703(f)(2) extension of a preservation of an @handle.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)", "2703(f)(2)", "18 U.S.C. 2703(f)(2)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Pensacola Police Department", "Pensacola PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "mouellette@cityofpensacola.gov",
            "requester.verified": True,
            "requester.signer": "Miranda Ouellette",
            "requester.signer_title": any_of("Det.", "Detective"),
            "targets": ["pcola_bluewahoo"],
            "data_categories": [],
            "served_at": served(date),
            "case_number": any_of("PPD 26-03391", "26-03391", None),
        },
        sender="Ouellette, Miranda <mouellette@cityofpensacola.gov>",
        subject="RE: RE: Preservation request - PPD 26-03391",
        date=date,
        message_id="<PPD-CID-03391-b@cityofpensacola.gov>",
        text=text,
        headers=[("In-Reply-To", "<pres-03391@dueprocess.local>")],
        dkim="cityofpensacola.gov",
    )


def gbi_warrant_odt_120_day_gag() -> Message:
    date = when(2026, 11, 19, 10, 5, 0, -5)
    document = odt(
        [
            "IN THE SUPERIOR COURT OF CHATHAM COUNTY, STATE OF GEORGIA",
            "SEARCH WARRANT FOR ELECTRONIC RECORDS (O.C.G.A. 16-11-66.1)              Warrant No. 26-SW-2208",
            "To: Social Example, Inc.",
            "Affidavit having been made before me by Special Agent Corinne D. Ashby, Georgia Bureau of "
            "Investigation, you are commanded to produce, within ten (10) days of service, for the account "
            "@savannah_smoke_shop and the page https://social.example.com/pages/Savannah-Smoke-Vape-221?ref=ts, "
            "from 06/15/2026 to 11/15/2026: subscriber records; log-in IP addresses; private messages.",
            "Offense: sale and distribution of controlled substances (O.C.G.A. 16-13-30).",
            "IT IS FURTHER ORDERED that Social Example, Inc. shall not disclose the existence of this warrant to "
            "the account holder or any other person for one hundred twenty (120) days from the date of this Order.",
            "SO ORDERED this 18th day of November, 2026.",
            "Judge Rosalind T. Bexley-Marsh, Superior Court of Chatham County, Eastern Judicial Circuit",
        ],
        heading="Search Warrant 26-SW-2208",
    )
    return make(
        "015-gbi-warrant-odt-120-day-gag",
        "Georgia Bureau of Investigation serves a Chatham County Superior Court warrant (.odt) for an @handle and a "
        "/pages/ URL: subscriber records, log-in IPs and messages 06/15-11/15/2026; ten days; a 120-day "
        "non-disclosure order from November 18 that ends after daylight-saving time starts in March 2027.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("O.C.G.A. 16-11-66.1", "O.C.G.A. § 16-11-66.1", None),
            "requester.name": any_of("Georgia Bureau of Investigation", "GBI"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "cashby@gbi.ga.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rosalind T. Bexley-Marsh", "Corinne D. Ashby"),
            "requester.signer_title": any_of("Judge", "Special Agent", "Judge, Superior Court of Chatham County"),
            "targets": any_of(
                ["savannah_smoke_shop", "https://social.example.com/pages/Savannah-Smoke-Vape-221?ref=ts"],
                ["savannah_smoke_shop", "https://social.example.com/pages/Savannah-Smoke-Vape-221"],
                ["savannah_smoke_shop", "Savannah-Smoke-Vape-221"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(
                "sale and distribution of controlled substances", "distribution of controlled substances"
            ),
            "date_range": {"start": "2026-06-15", "end": "2026-11-15"},
            "served_at": served(date),
            # ten days from Thursday 2026-11-19 is Sunday 2026-11-29
            "return_by": any_of(
                "2026-11-29T17:00:00-05:00",
                "2026-11-29T23:59:59-05:00",
                "2026-11-30T17:00:00-05:00",
                "2026-11-30T23:59:59-05:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 120 days from 2026-11-18 is 2027-03-18, after daylight-saving time began on 2027-03-14 (EDT)
            "nondisclosure.expires_at": any_of("2027-03-18T23:59:59-04:00", "2027-03-17T23:59:59-04:00"),
            "case_number": "26-SW-2208",
            "issuing_court": any_of(
                "Superior Court of Chatham County, State of Georgia",
                "Superior Court of Chatham County",
                "Superior Court of Chatham County, Eastern Judicial Circuit",
            ),
        },
        sender="Ashby, Corinne <cashby@gbi.ga.gov>",
        subject="GBI - Search Warrant 26-SW-2208",
        date=date,
        message_id="<GBI-CRDEO-2208@gbi.ga.gov>",
        text="Please see the attached warrant and non-disclosure order. Results by secure e-mail to me.\n\n"
        "SA Corinne D. Ashby\nGeorgia Bureau of Investigation, Coastal Regional Drug Enforcement Office\n"
        "912-555-0147\n",
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "26-SW-2208.odt")],
        dkim="gbi.ga.gov",
    )


def tennessee_ag_cid_html() -> Message:
    date = when(2026, 9, 15, 16, 0, 0, -5)
    html = """\
<html><body>
<p><b>STATE OF TENNESSEE, OFFICE OF THE ATTORNEY GENERAL AND REPORTER</b><br>
Consumer Protection Division<br>
<b>CIVIL INVESTIGATIVE DEMAND No. 26-CP-0412</b></p>
<p>To: Social Example, Inc.</p>
<p>Pursuant to Tenn. Code Ann. &sect; 47-18-106, the Attorney General, having reason to believe that a person has
engaged in practices declared unlawful by the Tennessee Consumer Protection Act of 1977 (resale of counterfeit
event tickets), demands that you produce the following documents <u>on or before 10:00 a.m. Central Time on
January 8, 2027</u>:</p>
<ol>
<li>Subscriber and registration information, including names, e-mail addresses, telephone numbers and payment
instruments, for the accounts @volunteer_ticket_xchange and @smoky_mtn_seats;</li>
<li>records of advertisements purchased by those accounts from January 1, 2026 to the present.</li>
</ol>
<p>Holloway R. Pruitt<br>Assistant Attorney General<br>P.O. Box 20207, Nashville, Tennessee 37202<br>
(615) 555-0158</p>
</body></html>
"""
    return make(
        "016-tennessee-ag-cid-html",
        "Tennessee Attorney General civil investigative demand in an HTML body (no table): identity, payment and "
        "ad-purchase records of two @handles since January 1, 2026; sent in September, due 10:00 a.m. Central "
        "on January 8, 2027.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("Tenn. Code Ann. § 47-18-106", "Tenn. Code Ann. 47-18-106"),
            "requester.name": any_of(
                "Tennessee Attorney General",
                "Office of the Attorney General and Reporter",
                "State of Tennessee, Office of the Attorney General and Reporter",
                "Tennessee Office of the Attorney General",
                "Office of the Tennessee Attorney General",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "holloway.pruitt@ag.tn.gov",
            "requester.verified": True,
            "requester.signer": "Holloway R. Pruitt",
            "requester.signer_title": "Assistant Attorney General",
            "targets": ["volunteer_ticket_xchange", "smoky_mtn_seats"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "resale of counterfeit event tickets", "Tennessee Consumer Protection Act", "counterfeit event tickets"
            ),
            "date_range": any_of(None, {"start": "2026-01-01", "end": "2026-09-15"}),
            "served_at": served(date),
            "return_by": "2027-01-08T10:00:00-06:00",
            "case_number": any_of("26-CP-0412", "CID No. 26-CP-0412"),
        },
        sender="Holloway Pruitt <holloway.pruitt@ag.tn.gov>",
        subject="Civil Investigative Demand 26-CP-0412",
        date=date,
        message_id="<TNAG-CPD-0412@ag.tn.gov>",
        html=html,
        dkim="ag.tn.gov",
    )


def portland_pb_forwarded_warrant() -> Message:
    date = when(2026, 11, 5, 9, 12, 0, -8)
    text = """\
Hello - forwarding for Det. Pelletier, who is out this week. Please send results to both of us.

Hana Whitcombe
Records Specialist, Portland Police Bureau

---------- Forwarded message ---------
From: Pelletier, Aaron <aaron.pelletier@portlandoregon.gov>
Date: Fri, Oct 30, 2026 at 4:40 PM
Subject: Multnomah Co. search warrant 26-SW-4410
To: Whitcombe, Hana <hana.whitcombe@portlandoregon.gov>

Hana, can you send this to Social Example's legal inbox? Text of the warrant below.

  IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF MULTNOMAH
  SEARCH WARRANT No. 26-SW-4410
  To Social Example, Inc.: you are commanded to produce, within ten (10) days of service of this warrant,
  for the account registered to rosecity.resale@example.net (user name rosecity_resale):
    - subscriber information (name, address, phone, e-mail, creation date, payment);
    - IP log-in history from 07/15/2026 to 10/25/2026.
  Crime: identity theft, ORS 165.800.
  Dated 10/29/2026.  Judge Corbin E. Halvorsen-Tate, Circuit Court Judge

Det. Aaron Pelletier, PPB Fraud Detail, 503-555-0165
"""
    return make(
        "017-portland-pb-forwarded-warrant",
        "Portland (OR) Police Bureau records specialist forwards (in November, standard time) her detective's "
        "October mail with a Multnomah County circuit court warrant typed in: subscriber data and IP history of "
        "an e-mail-address account with its user name, 07/15-10/25/2026; ten days from service.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Portland Police Bureau", "PPB"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("hana.whitcombe@portlandoregon.gov", "aaron.pelletier@portlandoregon.gov"),
            "requester.verified": True,
            "requester.signer": any_of("Corbin E. Halvorsen-Tate", "Aaron Pelletier", "Hana Whitcombe"),
            "requester.signer_title": any_of("Circuit Court Judge", "Det.", "Detective", "Records Specialist"),
            "targets": any_of(
                ["rosecity.resale@example.net", "rosecity_resale"],
                ["rosecity.resale@example.net"],
                ["rosecity_resale"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "identity theft",
            "date_range": {"start": "2026-07-15", "end": "2026-10-25"},
            "served_at": any_of(served(date), "2026-10-30T16:40:00-07:00"),
            # ten days from 2026-11-05 is Sunday 2026-11-15; from the original 2026-10-30 it is 2026-11-09 (PST)
            "return_by": any_of(
                "2026-11-15T17:00:00-08:00",
                "2026-11-15T23:59:59-08:00",
                "2026-11-16T17:00:00-08:00",
                "2026-11-16T23:59:59-08:00",
                "2026-11-09T17:00:00-08:00",
                "2026-11-09T23:59:59-08:00",
            ),
            "case_number": "26-SW-4410",
            "issuing_court": any_of(
                "Circuit Court of the State of Oregon for the County of Multnomah",
                "Multnomah County Circuit Court",
                "Circuit Court for the County of Multnomah",
            ),
        },
        sender="Whitcombe, Hana <hana.whitcombe@portlandoregon.gov>",
        subject="Fwd: Multnomah Co. search warrant 26-SW-4410",
        date=date,
        message_id="<PPB-REC-4410-fwd@portlandoregon.gov>",
        text=text,
        dkim="portlandoregon.gov",
    )


def spokane_sheriff_internal_forward() -> Message:
    date = when(2026, 10, 9, 11, 30, 0, -7)
    text = """\
Legal team - this came into the general support queue yesterday afternoon, moving it to you. I haven't replied.
Priya (Support Ops)

-------- Forwarded Message --------
Subject: Search Warrant - Spokane County Superior Court 26-2-SW-0719
Date: Thu, 8 Oct 2026 15:02:11 -0700
From: Det. Garrett Lindahl <glindahl@spokanecounty.gov>
To: support@social.example.com

To whom it may concern,
I am serving the below search warrant signed by Judge Ingrid O. Fairweather of Spokane County Superior Court
on 10/07/2026 (warrant 26-2-SW-0719) under RCW 10.79.015.

Account: the user who posted https://social.example.com/p/Lk92Qz?utm_source=copy&utm_medium=share
(user name inland_nw_wheels).
Records: subscriber information; IP addresses used from 08/01/2026 to 10/05/2026; all direct messages.
Offense: possession of stolen vehicles (theft ring).
Return within twenty (20) days.
The court further orders that Social Example not notify the user of this warrant for ninety (90) days from
the date of the order.

Det. Garrett Lindahl
Spokane County Sheriff's Office, Property Crimes
(509) 555-0186
"""
    return make(
        "018-spokane-sheriff-internal-forward",
        "The platform's support employee forwards (unsigned internal mail) a Spokane County Sheriff detective's "
        "warrant that reached the support queue: a /p/ post URL with query string and its author's user name; "
        "subscriber data, IPs and DMs; 20 days; 90-day court NDO ending in January; unverified.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("RCW 10.79.015", None),
            "requester.name": any_of("Spokane County Sheriff's Office", "Spokane County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("glindahl@spokanecounty.gov", None),
            "requester.verified": False,
            "requester.signer": any_of("Garrett Lindahl", "Ingrid O. Fairweather"),
            "requester.signer_title": any_of("Det.", "Detective", "Judge"),
            "targets": any_of(
                ["inland_nw_wheels"],
                ["inland_nw_wheels", "https://social.example.com/p/Lk92Qz?utm_source=copy&utm_medium=share"],
                ["inland_nw_wheels", "https://social.example.com/p/Lk92Qz"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("possession of stolen vehicles", "theft ring"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-05"},
            "served_at": any_of(served(date), "2026-10-08T15:02:11-07:00"),
            "return_by": any_of(
                "2026-10-28T17:00:00-07:00",
                "2026-10-28T23:59:59-07:00",
                "2026-10-29T17:00:00-07:00",
                "2026-10-29T23:59:59-07:00",
            ),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from 2026-10-07 is 2027-01-05 (PST)
            "nondisclosure.expires_at": any_of("2027-01-05T23:59:59-08:00", "2027-01-04T23:59:59-08:00"),
            "case_number": "26-2-SW-0719",
            "issuing_court": any_of("Spokane County Superior Court", "Superior Court of Spokane County"),
        },
        sender="Priya Ranganathan <pranganathan@social.example.com>",
        subject="Fwd: Search Warrant - Spokane County Superior Court 26-2-SW-0719",
        date=date,
        message_id="<support-fwd-0719@social.example.com>",
        text=text,
    )


def bellevue_lawfirm_rule45_html() -> Message:
    date = when(2026, 9, 28, 13, 10, 0, -7)
    html = """\
<html><body>
<p>Dear Custodian of Records:</p>
<p>We represent the plaintiff in the action below. Enclosed (summarised here) is a subpoena to produce documents
under Fed. R. Civ. P. 45. We will provide notice to the parties as the rule requires.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Court</td><td>United States District Court for the Western District of Washington</td></tr>
<tr><td>Case</td><td><i>Evergreen Optics LLC v. Does 1-5</i>, No. 2:26-cv-01188-JLR</td></tr>
<tr><td>Account</td><td>@lens_leaks_pnw</td></tr>
<tr><td>Documents</td><td>Name, e-mail addresses, telephone numbers and the IP address used at registration</td></tr>
<tr><td>Place of compliance</td><td>Lindqvist Okoro PLLC, 10900 NE 8th Street, Suite 1400, Bellevue, WA 98004</td></tr>
<tr><td>Date and time</td><td>January 5, 2027 at 10:00 a.m.</td></tr>
</table>
<p>The suit concerns misappropriation of trade secrets (unreleased lens designs posted by the account).</p>
<p>Mariko S. Lindqvist<br>Lindqvist Okoro PLLC<br>Attorneys for Plaintiff</p>
</body></html>
"""
    return make(
        "019-bellevue-lawfirm-rule45-html",
        "A Bellevue (WA) law firm's Rule 45 subpoena (W.D. Wash. trade-secret suit) summarised in an HTML table: "
        "identity and registration IP of an @handle; sent in September, compliance January 5, 2027 at 10:00 a.m.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of("Lindqvist Okoro PLLC", "Evergreen Optics LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "mlindqvist@lindqvistokoro.example.com",
            "requester.verified": True,
            "requester.signer": "Mariko S. Lindqvist",
            "requester.signer_title": any_of("Attorneys for Plaintiff", "Attorney", None),
            "targets": ["lens_leaks_pnw"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("misappropriation of trade secrets", "trade secrets"),
            "served_at": served(date),
            "return_by": "2027-01-05T10:00:00-08:00",
            "case_number": any_of("2:26-cv-01188-JLR", "No. 2:26-cv-01188-JLR"),
            "issuing_court": any_of(
                "United States District Court for the Western District of Washington",
                "U.S. District Court, Western District of Washington",
            ),
        },
        sender="Mariko Lindqvist <mlindqvist@lindqvistokoro.example.com>",
        subject="Evergreen Optics v. Does - Rule 45 subpoena",
        date=date,
        message_id="<LO-2026-1188-sub@lindqvistokoro.example.com>",
        html=html,
        dkim="lindqvistokoro.example.com",
    )


def nashville_dmca_512h_pdf() -> Message:
    date = when(2026, 11, 24, 14, 45, 0, -6)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
MIDDLE DISTRICT OF TENNESSEE

In re DMCA Subpoena to Social Example, Inc.                 Misc. Case No. 3:26-mc-00071

SUBPOENA TO PRODUCE DOCUMENTS PURSUANT TO 17 U.S.C. 512(h)

To: Social Example, Inc., Designated Agent

YOU ARE COMMANDED to produce, within seven (7) days of service of this subpoena, information sufficient to
identify the alleged infringer who uploaded the sound recordings identified in the attached notification,
namely the name, address, telephone number and e-mail address of the user of the account @honkytonk_rips.

Requested by: Cumberland Row Music Publishing, LLC, through its counsel Wesley T. Abernathy-Cole,
Abernathy Cole PLLC, 411 Broadway, Nashville, TN 37203, wes@abernathycole.example.com

Date: November 20, 2026                       CLERK OF COURT /s/ M. Oyelaran, Deputy Clerk
"""
    body = """\
Designated Agent,

Please find attached a subpoena issued by the Clerk of the Middle District of Tennessee under 17 U.S.C. 512(h),
with our client's notification of claimed infringement (14 unlicensed sound recordings posted by @honkytonk_rips).

Wesley T. Abernathy-Cole
Abernathy Cole PLLC, counsel for Cumberland Row Music Publishing, LLC
"""
    return make(
        "020-nashville-dmca-512h-pdf",
        "A Nashville music publisher's counsel serves a DMCA § 512(h) subpoena (PDF) from the M.D. Tenn. clerk to "
        "identify the uploader behind an @handle; seven days from service.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. 512(h)", "17 U.S.C. § 512(h)"),
            "requester.name": any_of("Cumberland Row Music Publishing, LLC", "Abernathy Cole PLLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "wes@abernathycole.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Wesley T. Abernathy-Cole", "M. Oyelaran"),
            "requester.signer_title": any_of(None, "Deputy Clerk", "counsel", "Attorney"),
            "targets": ["honkytonk_rips"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("copyright infringement", "infringement", "claimed infringement", None),
            "served_at": served(date),
            "return_by": any_of("2026-12-01T17:00:00-06:00", "2026-12-01T23:59:59-06:00"),
            "case_number": "3:26-mc-00071",
            "issuing_court": any_of(
                "United States District Court for the Middle District of Tennessee",
                "U.S. District Court, Middle District of Tennessee",
            ),
        },
        sender="Wesley Abernathy-Cole <wes@abernathycole.example.com>",
        subject="DMCA 512(h) subpoena - 3:26-mc-00071",
        date=date,
        message_id="<ac-512h-0071@abernathycole.example.com>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "512h_subpoena_3-26-mc-00071.pdf")],
        dkim="abernathycole.example.com",
    )


def baton_rouge_civil_subpoena_narrowed_reply() -> Message:
    date = when(2026, 12, 3, 10, 40, 0, -6)
    text = """\
Thank you for the call. To resolve your objection, our client agrees to limit the subpoena duces tecum to the
basic subscriber information of @cajun_critic_225 (name, e-mail, phone number). We withdraw the request for
messages. The new return date is January 19, 2027.

Regards,
Therese M. Guidry-Landry
Landry & Boudreaux, L.L.C., Baton Rouge

> On Tue, Dec 1, 2026 at 3:05 PM Legal Process <legal-process@dueprocess.local> wrote:
> Counsel, we received the subpoena duces tecum in Broussard v. Guidry, No. C-734512, 19th Judicial District
> Court, Parish of East Baton Rouge (La. C.C.P. art. 1354), returnable December 7, 2026, seeking subscriber
> information and all messages of @cajun_critic_225. We object to the request for message content, which
> federal law (18 U.S.C. 2702) does not allow us to disclose in response to a civil subpoena.
"""
    return make(
        "021-baton-rouge-civil-subpoena-narrowed-reply",
        "A Baton Rouge law firm replies (quoting the platform's objection) narrowing a Louisiana state civil "
        "subpoena to basic subscriber data of an @handle and moving the return date to January 19, 2027.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("La. C.C.P. art. 1354", None),
            "requester.name": any_of("Landry & Boudreaux, L.L.C.", "Landry & Boudreaux"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "tguidry-landry@landryboudreaux.example.com",
            "requester.verified": True,
            "requester.signer": "Therese M. Guidry-Landry",
            "requester.signer_title": any_of(None, "Attorney"),
            "targets": ["cajun_critic_225"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "Broussard v. Guidry"),
            "served_at": served(date),
            "return_by": any_of("2027-01-19T17:00:00-06:00", "2027-01-19T23:59:59-06:00"),
            "case_number": "C-734512",
            "issuing_court": any_of(
                "19th Judicial District Court, Parish of East Baton Rouge", "19th Judicial District Court"
            ),
        },
        sender="Therese Guidry-Landry <tguidry-landry@landryboudreaux.example.com>",
        subject="Re: Broussard v. Guidry - subpoena duces tecum",
        date=date,
        message_id="<lb-734512-r2@landryboudreaux.example.com>",
        text=text,
        headers=[("In-Reply-To", "<obj-734512@dueprocess.local>")],
        dkim="landryboudreaux.example.com",
    )


def tulsa_pd_preservation_bare_name() -> Message:
    date = when(2026, 10, 22, 15, 5, 0, -5)
    text = """\
Hello,

Tulsa Police Department requests preservation under 18 USC 2703(f) of all accounts belonging to
Darnell Keith Whitfield, DOB 03/14/1991, of Tulsa, OK, who may go by "DK" online. We do not have a user name,
e-mail or phone number at this time. Please preserve for 90 days; a warrant will follow.

Case 2026-058812 - shooting investigation.

Cpl. Shawna Redbird
Tulsa Police Department, Homicide Unit
918-555-0194
"""
    return make(
        "022-tulsa-pd-preservation-bare-name",
        "Tulsa PD corporal asks to preserve 'all accounts' of a person named only by name, birth date and city (no "
        "user name, e-mail or phone): the target cannot be identified.",
        "en",
        "US",
        ("plain_text",),
        "TRIAGE",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 USC 2703(f)", "18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Tulsa Police Department", "Tulsa PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "sredbird@cityoftulsa.gov",
            "requester.verified": True,
            "requester.signer": "Shawna Redbird",
            "requester.signer_title": any_of("Cpl.", "Corporal"),
            "targets": any_of(["Darnell Keith Whitfield"], []),
            "data_categories": [],
            "stated_purpose": any_of("shooting investigation", None),
            "served_at": served(date),
            "case_number": any_of("2026-058812", None),
        },
        sender="Redbird, Shawna <sredbird@cityoftulsa.gov>",
        subject="Preservation request",
        date=date,
        message_id="<TPD-HOM-058812@cityoftulsa.gov>",
        text=text,
        dkim="cityoftulsa.gov",
    )


def usao_sdtx_proposed_order_unsigned() -> Message:
    date = when(2026, 11, 30, 16, 20, 0, -6)
    proposed = """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF TEXAS
McALLEN DIVISION

IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER            Misc. No. M-26-2291
PURSUANT TO 18 U.S.C. 2703(d)

[PROPOSED] ORDER

The Court, having considered the application of the United States, ORDERS that Social Example, Inc. disclose
for the account @rgv_border_cargo, for 09/01/2026 to 11/25/2026, subscriber information and log-in IP
addresses, within ten days of service of this Order.

SIGNED at McAllen, Texas, on this ____ day of ______________, 2026.

______________________________
UNITED STATES MAGISTRATE JUDGE
"""
    body = """\
Hi - heads up: attached is our application and proposed 2703(d) order for @rgv_border_cargo (alien smuggling).
We expect the magistrate to sign it this week. Could your team start pulling the records now so we can move fast
once it is signed? I'll send the signed copy when I have it.

Eduardo P. Salinas-Marr
Assistant United States Attorney, Southern District of Texas
956-555-0112
"""
    return make(
        "023-usao-sdtx-proposed-order-unsigned",
        "USAO Southern District of Texas sends an unsigned '[PROPOSED]' § 2703(d) order and asks the platform to "
        "start pulling records before a judge signs: no process has issued yet.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("COURT_ORDER_2703D", "UNKNOWN"),
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)", None),
            "requester.name": any_of(
                "United States Attorney's Office for the Southern District of Texas",
                "U.S. Attorney's Office, Southern District of Texas",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Eduardo.Salinas-Marr@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Eduardo P. Salinas-Marr", None),
            "requester.signer_title": any_of("Assistant United States Attorney", None),
            "targets": ["rgv_border_cargo"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("alien smuggling", None),
            "date_range": {"start": "2026-09-01", "end": "2026-11-25"},
            "served_at": any_of(served(date), None),
            "return_by": None,
            "case_number": any_of("M-26-2291", "Misc. No. M-26-2291"),
            "issuing_court": any_of(
                "United States District Court, Southern District of Texas",
                "United States District Court for the Southern District of Texas",
                None,
            ),
        },
        sender="Salinas-Marr, Eduardo (USATXS) <Eduardo.Salinas-Marr@usdoj.gov>",
        subject="proposed 2703(d) - @rgv_border_cargo - heads up",
        date=date,
        message_id="<SN7PR09MB2291@usdoj.gov>",
        text=body,
        attachments=[(pdf(proposed), "application", "pdf", "Proposed_Order_M-26-2291.pdf")],
        dkim="usdoj.gov",
    )


def little_rock_civil_subpoena_conflicting_dates() -> Message:
    date = when(2026, 11, 2, 9, 0, 0, -6)
    subpoena = """\
IN THE CIRCUIT COURT OF PULASKI COUNTY, ARKANSAS
SIXTH DIVISION

OZARK TRAIL OUTFITTERS, INC.                                    PLAINTIFF
v.                              No. 60CV-26-3317
JANE DOE, a/k/a "natural_state_reviews"                        DEFENDANT

SUBPOENA DUCES TECUM (Ark. R. Civ. P. 45)

TO: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to produce on January 18, 2027 at 9:00 a.m., at the offices of Fairbanks Vaughn PLLC,
425 West Capitol Avenue, Suite 1800, Little Rock, Arkansas 72201, the following: the name, e-mail address,
telephone number and registration IP address of the user of the account natural_state_reviews.

ISSUED: October 30, 2026                   Terrence Vaughn-Pickett, Clerk, by /s/ deputy clerk
Attorney requesting: Sabrina L. Fairbanks, Fairbanks Vaughn PLLC, Ark. Bar No. 2011-188
"""
    body = """\
Please find attached a subpoena duces tecum in Ozark Trail Outfitters, Inc. v. Doe (defamatory reviews).
Production is due December 18, 2026.

Sabrina L. Fairbanks
Fairbanks Vaughn PLLC
"""
    return make(
        "024-little-rock-civil-subpoena-conflicting-dates",
        "A Little Rock law firm's Arkansas state civil subpoena (PDF) for a user name's identity: the cover mail "
        "says production is due December 18, 2026, the subpoena itself says January 18, 2027 at 9:00 a.m.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Ark. R. Civ. P. 45", None),
            "requester.name": any_of("Fairbanks Vaughn PLLC", "Ozark Trail Outfitters, Inc."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "sfairbanks@fairbanksvaughn.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Sabrina L. Fairbanks", "Terrence Vaughn-Pickett"),
            "requester.signer_title": any_of(None, "Attorney", "Clerk"),
            "targets": ["natural_state_reviews"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("defamatory reviews", "defamation", None),
            "served_at": served(date),
            "return_by": any_of(
                None,
                "2027-01-18T09:00:00-06:00",
                "2027-01-19T09:00:00-06:00",
                "2026-12-18T17:00:00-06:00",
                "2026-12-18T23:59:59-06:00",
            ),
            "case_number": "60CV-26-3317",
            "issuing_court": any_of(
                "Circuit Court of Pulaski County, Arkansas",
                "Pulaski County Circuit Court",
                "Circuit Court of Pulaski County",
            ),
        },
        sender="Sabrina Fairbanks <sfairbanks@fairbanksvaughn.example.com>",
        subject="Subpoena - Ozark Trail Outfitters v. Doe, 60CV-26-3317",
        date=date,
        message_id="<fv-3317-sub@fairbanksvaughn.example.com>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "Subpoena_60CV-26-3317.pdf")],
        dkim="fairbanksvaughn.example.com",
    )


MESSAGES = [
    paducah_pd_emergency_suicide,
    pensacola_pd_preservation_extension_reply,
    gbi_warrant_odt_120_day_gag,
    tennessee_ag_cid_html,
    portland_pb_forwarded_warrant,
    spokane_sheriff_internal_forward,
    bellevue_lawfirm_rule45_html,
    nashville_dmca_512h_pdf,
    baton_rouge_civil_subpoena_narrowed_reply,
    tulsa_pd_preservation_bare_name,
    usao_sdtx_proposed_order_unsigned,
    little_rock_civil_subpoena_conflicting_dates,
]

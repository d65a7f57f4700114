"""United States demands, part 3 (Georgia, Arizona, Tennessee, Nevada; private parties; an internal forward).
Sender domains from CISA's .gov list, private parties on reserved example domains; people, accounts and case
numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout11._kit import Message, any_of, make, pdf, served, when

SUBSCRIBER_IP = ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]


def gwinnett_detective_freemail_warrant() -> Message:
    date = when(2026, 11, 16, 21, 5, 26, -5)
    warrant = """\
IN THE SUPERIOR COURT OF GWINNETT COUNTY
STATE OF GEORGIA

SEARCH WARRANT (O.C.G.A. 17-5-21; 18 U.S.C. 2703)           Warrant No. 26-W-08831

TO: Social Example, Inc., Custodian of Records

Affidavit having been made before me by Det. Jerome K. Ashworth-Diallo, Gwinnett County Police Department,
Financial Crimes Unit, I am satisfied there is probable cause to believe that records of the account
@atl_lux_rentals constitute evidence of Theft by Deception (O.C.G.A. 16-8-3).

You are commanded to produce, for 09/01/2026 through 11/10/2026: subscriber information (name, e-mail,
phone, creation date) and all log-in IP addresses with timestamps.

Records shall be produced within ten (10) days of service.

Signed this 16th day of November, 2026, at 2:40 p.m.
/s/ Judge, Superior Court of Gwinnett County - Hon. Marguerite S. Ebbesen-Cole
"""
    text = """\
Good evening,

Our county email is having problems with large attachments so I'm sending this from my personal account. Attached
is a signed search warrant for @atl_lux_rentals (fake vacation rental listings, 14 victims so far). You can
verify me through our Financial Crimes Unit front desk at 770-555-0168.

Det. Jerome Ashworth-Diallo
Gwinnett County Police Department, Financial Crimes Unit
"""
    return make(
        "017-gwinnett-detective-freemail-warrant",
        "A self-described Gwinnett County (GA) PD detective sends a signed Superior Court search warrant (PDF) from "
        "a personal free-mail account: subscriber data and IP log-ins of an @handle Sep-Nov 2026, 10 days.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "O.C.G.A. 17-5-21", "18 U.S.C. 2703", "O.C.G.A. 17-5-21; 18 U.S.C. 2703"),
            "requester.name": any_of(
                "Gwinnett County Police Department",
                "Gwinnett County Police Department, Financial Crimes Unit",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "jk.ashworthdiallo@gmail.com",
            "requester.verified": False,
            "requester.signer": any_of(
                "Jerome K. Ashworth-Diallo", "Jerome Ashworth-Diallo", "Marguerite S. Ebbesen-Cole"
            ),
            "requester.signer_title": any_of("Det.", "Detective", "Judge"),
            "targets": ["atl_lux_rentals"],
            "data_categories": SUBSCRIBER_IP,
            "stated_purpose": any_of(None, "Theft by Deception", "fake vacation rental listings"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-10"},
            "served_at": served(date),
            # ten days from 2026-11-16 is Thursday 2026-11-26 (Thanksgiving)
            "return_by": any_of(
                "2026-11-26T17:00:00-05:00",
                "2026-11-26T23:59:59-05:00",
                "2026-11-27T17:00:00-05:00",
                "2026-11-27T23:59:59-05:00",
                "2026-11-30T17:00:00-05:00",
                "2026-11-30T23:59:59-05:00",
            ),
            "case_number": any_of("26-W-08831", "Warrant No. 26-W-08831"),
            "issuing_court": any_of("Superior Court of Gwinnett County", "Superior Court of Gwinnett County, Georgia"),
        },
        sender="Jerome Ashworth-Diallo <jk.ashworthdiallo@gmail.com>",
        subject="Search Warrant - atl_lux_rentals",
        date=date,
        message_id="<CAF9x3n8_gw-26W08831@mail.gmail.com>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "26-W-08831.pdf")],
    )


def tucson_pd_warrant_missing_attachment() -> Message:
    date = when(2026, 10, 27, 13, 30, 0, -7)
    face = """\
IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
IN AND FOR THE COUNTY OF PIMA

SEARCH WARRANT                                                     SW 2026-10-2218
                                                                   TPD DR# 2610-14471

STATE OF ARIZONA TO ANY PEACE OFFICER IN THE STATE OF ARIZONA:

Proof by affidavit having been made this day before me by Detective Calla M. Yazzie-Brandt, Tucson Police
Department, you are hereby commanded to serve this warrant upon Social Example, Inc., which shall produce the
records described in Attachment B, relating to the account(s) identified in Attachment A, within ten (10) days.

Given under my hand this 26th day of October, 2026.
/s/ Commissioner Esteban R. Quillen-Hardy, Pima County Superior Court

                                                                   Page 1 of 3
"""
    text = """\
Hi,

Please see the attached search warrant with Attachments A and B. Let me know if there are issues.

Det. Calla Yazzie-Brandt
Tucson Police Department - Robbery Detail
520-555-0186
"""
    return make(
        "018-tucson-pd-warrant-missing-attachment",
        "Tucson PD detective serves a Pima County Superior Court search warrant whose accounts (Attachment A) and "
        "records (Attachment B) are not in the PDF (page 1 of 3 only): a person must ask for them.",
        "en",
        "US",
        ("plain_text", "pdf_text", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Tucson Police Department", "Tucson Police Department - Robbery Detail"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "calla.yazzie-brandt@tucsonaz.gov",
            "requester.verified": True,
            "requester.signer": any_of("Calla M. Yazzie-Brandt", "Calla Yazzie-Brandt", "Esteban R. Quillen-Hardy"),
            "requester.signer_title": any_of("Detective", "Det.", "Commissioner"),
            "targets": [],
            "data_categories": [],
            "served_at": served(date),
            # Arizona keeps MST all year; ten days from 2026-10-27 is Friday 2026-11-06
            "return_by": any_of(None, "2026-11-06T17:00:00-07:00", "2026-11-06T23:59:59-07:00"),
            "case_number": any_of("SW 2026-10-2218", "2610-14471", "TPD DR# 2610-14471"),
            "issuing_court": any_of(
                "Superior Court of the State of Arizona in and for the County of Pima",
                "Pima County Superior Court",
            ),
        },
        sender="Yazzie-Brandt, Calla <calla.yazzie-brandt@tucsonaz.gov>",
        subject="SW 2026-10-2218 service",
        date=date,
        message_id="<TPD-SW-2026-10-2218@tucsonaz.gov>",
        text=text,
        attachments=[(pdf(face), "application", "pdf", "SW 2026-10-2218 w attachments.pdf")],
        dkim="tucsonaz.gov",
    )


def tennessee_ag_cid_pdf() -> Message:
    date = when(2026, 9, 29, 14, 10, 0, -5)
    demand = """\
STATE OF TENNESSEE
OFFICE OF THE ATTORNEY GENERAL AND REPORTER
Consumer Protection Division
P.O. Box 20207, Nashville, Tennessee 37202

CIVIL INVESTIGATIVE DEMAND No. CPD-26-0612
Issued pursuant to Tenn. Code Ann. § 47-18-106

TO: Social Example, Inc.

The Attorney General has reason to believe that persons operating the accounts identified below have engaged in
unfair or deceptive acts in the resale of event tickets (Tenn. Code Ann. § 47-18-104), and that you have
documentary material relevant to that investigation. You are required to produce the following within thirty
(30) days of receipt of this Demand:

Accounts: @vol_ticket_exchange and the page https://social.example.com/pages/SmokyMountainSeats

1. Names, addresses, e-mail addresses and telephone numbers of the account holders and page administrators;
2. Means of payment for any advertising purchased, and invoices for advertisements run between January 1, 2026
   and September 15, 2026;
3. The dates on which each account and page was created.

Dated: September 28, 2026

/s/ Harriet L. Nwosu-Bramlett
Senior Assistant Attorney General
harriet.nwosu-bramlett@ag.tn.gov | (615) 555-0117
"""
    return make(
        "019-tennessee-ag-cid-pdf",
        "Tennessee Attorney General civil investigative demand (PDF) under the Consumer Protection Act: identity, "
        "ad payment and ad invoices of an @handle and a page URL; ticket resale; 30 days from receipt.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("Tenn. Code Ann. § 47-18-106", "T.C.A. § 47-18-106"),
            "requester.name": any_of(
                "Tennessee Attorney General",
                "Office of the Attorney General and Reporter",
                "State of Tennessee, Office of the Attorney General and Reporter",
                "Tennessee Attorney General, Consumer Protection Division",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "harriet.nwosu-bramlett@ag.tn.gov",
            "requester.verified": True,
            "requester.signer": "Harriet L. Nwosu-Bramlett",
            "requester.signer_title": "Senior Assistant Attorney General",
            "targets": any_of(
                ["vol_ticket_exchange", "https://social.example.com/pages/SmokyMountainSeats"],
                ["vol_ticket_exchange", "SmokyMountainSeats"],
            ),
            "data_categories": any_of(["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"], ["BASIC_SUBSCRIBER"]),
            "stated_purpose": any_of(
                "unfair or deceptive acts in the resale of event tickets", "deceptive ticket resale"
            ),
            "date_range": any_of(None, {"start": "2026-01-01", "end": "2026-09-15"}),
            "served_at": served(date),
            "return_by": any_of("2026-10-29T17:00:00-05:00", "2026-10-29T23:59:59-05:00"),
            "case_number": any_of("CPD-26-0612", "No. CPD-26-0612"),
        },
        sender="Nwosu-Bramlett, Harriet <harriet.nwosu-bramlett@ag.tn.gov>",
        subject="Civil Investigative Demand CPD-26-0612",
        date=date,
        message_id="<CPD-26-0612.0929@ag.tn.gov>",
        text="Please see the attached Civil Investigative Demand. Kindly confirm receipt.\n\nHarriet Nwosu-Bramlett\n",
        attachments=[(pdf(demand), "application", "pdf", "CID CPD-26-0612.pdf")],
        dkim="tn.gov",
    )


def lvmpd_affidavit_not_warrant() -> Message:
    date = when(2026, 11, 5, 18, 20, 44, -8)
    affidavit = """\
LAS VEGAS METROPOLITAN POLICE DEPARTMENT
EVENT # 261027-3390

APPLICATION AND AFFIDAVIT FOR SEARCH WARRANT
(NRS 179.045)

STATE OF NEVADA   )
                  ) ss.
COUNTY OF CLARK   )

Detective Sorrel A. Mwangi-Ferraro, P# 17724, being first duly sworn, deposes and says:

That the affiant has reason to believe that records held by Social Example, Inc. for the account
@vegas_vip_hosts - subscriber information, IP log-ins and the content of direct messages from 10/01/2026 to
10/31/2026 - contain evidence of the crime of Sex Trafficking (NRS 201.300).

[Statement of probable cause - 6 pages - sealed]

WHEREFORE, the affiant prays that a search warrant be issued.

______________________________            Subscribed and sworn before me this ____ day of __________, 2026
Affiant                                   ______________________________  DISTRICT JUDGE
"""
    text = """\
Attached is the search warrant for the Instagram-style account we discussed - @vegas_vip_hosts. Please expedite,
we have a victim interview next week.

Det. S. Mwangi-Ferraro
LVMPD Vice Investigations
702-555-0149
"""
    return make(
        "020-lvmpd-affidavit-not-warrant",
        "LVMPD detective says the attached is 'the search warrant', but the PDF is only the unsigned application "
        "and affidavit (no judge's signature, blank date): whether any warrant was issued must be asked.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("SEARCH_WARRANT", "UNKNOWN"),
            "statute": any_of(None, "NRS 179.045"),
            "requester.name": any_of("Las Vegas Metropolitan Police Department", "LVMPD", "LVMPD Vice Investigations"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "s17724m@lvmpd.gov",
            "requester.verified": True,
            "requester.signer": any_of("Sorrel A. Mwangi-Ferraro", "S. Mwangi-Ferraro"),
            "requester.signer_title": any_of("Detective", "Det."),
            "targets": ["vegas_vip_hosts"],
            "data_categories": any_of(["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"], []),
            "stated_purpose": any_of(None, "Sex Trafficking"),
            "date_range": any_of(None, {"start": "2026-10-01", "end": "2026-10-31"}),
            "served_at": served(date),
            "case_number": any_of("261027-3390", "EVENT # 261027-3390"),
        },
        sender="Mwangi-Ferraro, Sorrel <s17724m@lvmpd.gov>",
        subject="SW - vegas_vip_hosts",
        date=date,
        message_id="<LV-261027-3390-1105@lvmpd.gov>",
        text=text,
        attachments=[(pdf(affidavit), "application", "pdf", "SW_261027-3390.pdf")],
        dkim="lvmpd.gov",
    )


def lawfirm_rule45_sdfla_pdf() -> Message:
    date = when(2026, 10, 19, 12, 0, 30, -4)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
Southern District of Florida

MAISON ORVELLE S.A.,                          )
            Plaintiff,                        )    Civil Action No. 1:26-cv-23871-RKA
      v.                                      )
THE INDIVIDUALS, PARTNERSHIPS AND             )
UNINCORPORATED ASSOCIATIONS IDENTIFIED        )
ON SCHEDULE "A",                              )
            Defendants.                       )

SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Social Example, Inc., c/o Legal Department

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically
stored information, or objects: for the account @miami_luxe_outlet (Schedule A, Defendant No. 7), documents
sufficient to show the name, physical address, e-mail address, telephone number, the IP address used at
registration, and means of payment associated with the account.

Place: Brightwater Ferreira LLP, 201 S. Biscayne Blvd., Suite 2800, Miami, FL 33131, or by e-mail to
subpoenas@brightwaterlaw.example.com
Date and Time: November 9, 2026 10:00 a.m.

Date: October 16, 2026
CLERK OF COURT                                    OR    /s/ Adrián Ferreira-Kowalczyk
                                                        Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Maison Orvelle S.A., who
issues or requests this subpoena, are: Adrián Ferreira-Kowalczyk, Brightwater Ferreira LLP, (305) 555-0131.

(Rule 45(c), (d), (e), and (g) attached.)
"""
    text = """\
Dear Custodian of Records,

Please find attached a subpoena issued under Federal Rule of Civil Procedure 45 in the above trademark
counterfeiting action. We would be happy to discuss a reasonable extension if required.

Kind regards,

Adrián Ferreira-Kowalczyk
Partner | Brightwater Ferreira LLP
"""
    return make(
        "021-lawfirm-rule45-sdfla-pdf",
        "Miami law firm's Rule 45 subpoena (S.D. Fla. trademark counterfeiting, 'Schedule A' defendants) for "
        "identity, registration IP and payment data of an @handle; production November 9, 2026 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Fed. R. Civ. P. 45", "Federal Rule of Civil Procedure 45"),
            "requester.name": any_of("Brightwater Ferreira LLP", "Maison Orvelle S.A."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "aferreira@brightwaterlaw.example.com",
            "requester.verified": True,
            "requester.signer": "Adrián Ferreira-Kowalczyk",
            "requester.signer_title": any_of(None, "Partner", "Attorney"),
            "targets": ["miami_luxe_outlet"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "trademark counterfeiting"),
            "served_at": served(date),
            "return_by": "2026-11-09T10:00:00-05:00",
            "case_number": "1:26-cv-23871-RKA",
            "issuing_court": any_of(
                "United States District Court for the Southern District of Florida",
                "United States District Court, Southern District of Florida",
            ),
        },
        sender="Adrián Ferreira-Kowalczyk <aferreira@brightwaterlaw.example.com>",
        subject="Maison Orvelle S.A. v. Schedule A Defendants, No. 1:26-cv-23871 - Rule 45 Subpoena",
        date=date,
        message_id="<BW-23871-1019@brightwaterlaw.example.com>",
        text=text,
        attachments=[(pdf(subpoena), "application", "pdf", "Subpoena - Social Example.pdf")],
        dkim="brightwaterlaw.example.com",
    )


def dmca_512h_cdcal_pdf() -> Message:
    date = when(2026, 9, 24, 16, 30, 12, -7)
    packet = """\
UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

In re DMCA Subpoena to Social Example, Inc.                     Case No. 2:26-mc-00744

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

To: Social Example, Inc., Designated Agent

YOU ARE COMMANDED to disclose to Crestline Records LLC, or its authorized agent, information sufficient to
identify the alleged infringer operating the account @beatvault_leaks, namely the name, address, telephone
number, and e-mail address of the account holder, to the extent such information is available to you.

Date and time for production: October 15, 2026, 10:00 a.m., at Halvorsen & Tsai LLP, 1999 Avenue of the Stars,
Los Angeles, CA 90067.

Issued: September 22, 2026                KIRRA D. MONTALBAN, CLERK OF COURT
                                          By: /s/ E. Quan, Deputy Clerk

-------------------------------------------------------------------------------
EXHIBIT A - Notification of claimed infringement (17 U.S.C. § 512(c)(3)), sent 9 September 2026:
The account @beatvault_leaks posted 41 unreleased master recordings owned by Crestline Records LLC
(list attached). We have a good faith belief the use is not authorized.

EXHIBIT B - DECLARATION OF LEONA R. TSAI
I, Leona R. Tsai, declare under penalty of perjury that the purpose for which this subpoena is sought is to
obtain the identity of an alleged infringer and that such information will only be used for the purpose of
protecting rights under Title 17. Executed September 21, 2026, at Los Angeles, California. /s/ Leona R. Tsai
"""
    text = """\
Dear Designated Agent,

On behalf of Crestline Records LLC we serve the attached clerk-issued subpoena under 17 U.S.C. 512(h), together with
the underlying notification and the required sworn declaration.

Leona R. Tsai
Halvorsen & Tsai LLP
(310) 555-0166
"""
    return make(
        "022-dmca-512h-cdcal-pdf",
        "Record label's counsel serves a clerk-issued C.D. Cal. § 512(h) subpoena (PDF with the takedown notice and "
        "sworn declaration) for the identity of an @handle; production October 15, 2026, 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Crestline Records LLC", "Halvorsen & Tsai LLP"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "ltsai@halvorsentsai.example.com",
            "requester.verified": True,
            "requester.signer": any_of("Leona R. Tsai", "E. Quan"),
            "requester.signer_title": any_of(None, "Deputy Clerk", "Attorney"),
            "targets": ["beatvault_leaks"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "to obtain the identity of an alleged infringer", "copyright infringement"),
            "served_at": served(date),
            "return_by": "2026-10-15T10:00:00-07:00",
            "case_number": "2:26-mc-00744",
            "issuing_court": any_of(
                "United States District Court, Central District of California",
                "United States District Court for the Central District of California",
            ),
        },
        sender="Leona R. Tsai <ltsai@halvorsentsai.example.com>",
        subject="DMCA 512(h) Subpoena - In re DMCA Subpoena to Social Example, Inc., 2:26-mc-00744",
        date=date,
        message_id="<HT-744-0924@halvorsentsai.example.com>",
        text=text,
        attachments=[(pdf(packet), "application", "pdf", "512h subpoena with exhibits.pdf")],
        dkim="halvorsentsai.example.com",
    )


def nashville_internal_forward_gj_subpoena() -> Message:
    date = when(2026, 11, 24, 9, 12, 0, -6)
    original = when(2026, 11, 23, 16, 40, 0, -6)
    text = f"""\
Hi legal team - this came into the general support queue yesterday afternoon. Forwarding as-is; I haven't replied.

Jamie Ortiz
Trust & Safety Support

-------- Forwarded Message --------
From: Whitfield, Raymond (MNPD) <Raymond.Whitfield@nashville.gov>
Date: {original}
To: support@dueprocess.local
Subject: Grand Jury Subpoena - Davidson County

To whom it may concern,

The following subpoena was issued by the Davidson County Grand Jury:

  STATE OF TENNESSEE, DAVIDSON COUNTY - CRIMINAL COURT
  GRAND JURY SUBPOENA DUCES TECUM   No. GJ-2026-3381

  You are commanded to appear before the Grand Jury of Davidson County, Justice A.A. Birch Building,
  408 2nd Avenue North, Nashville, on December 9, 2026 at 9:00 AM, and bring all subscriber information
  (name, address, telephone, e-mail, date of creation) for the account @music_row_merch.

  Issued November 20, 2026 by the Foreperson of the Grand Jury, on application of
  ADA Nathaniel O. Bexley-Quarles, Office of the District Attorney General, 20th Judicial District.

Records may be e-mailed to me instead of a personal appearance.

Det. Raymond Whitfield
Metro Nashville Police Department - Fraud Unit
615-555-0120
"""
    return make(
        "023-nashville-internal-forward-gj-subpoena",
        "A support employee forwards (unsigned internal mail) a Metro Nashville PD detective's mail with a Davidson "
        "County grand jury subpoena for subscriber data of an @handle; appear December 9, 2026 at 9:00 AM.",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Metro Nashville Police Department",
                "Metro Nashville Police Department - Fraud Unit",
                "Office of the District Attorney General, 20th Judicial District",
                "Davidson County Grand Jury",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("Raymond.Whitfield@nashville.gov", None),
            "requester.verified": False,
            "requester.signer": any_of("Raymond Whitfield", "Nathaniel O. Bexley-Quarles"),
            "requester.signer_title": any_of("Det.", "Detective", "ADA"),
            "targets": ["music_row_merch"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": any_of(served(date), served(original)),
            "return_by": "2026-12-09T09:00:00-06:00",
            "case_number": any_of("GJ-2026-3381", "No. GJ-2026-3381"),
            "issuing_court": any_of(
                "Criminal Court of Davidson County",
                "Davidson County Criminal Court",
                "State of Tennessee, Davidson County - Criminal Court",
            ),
        },
        sender="Jamie Ortiz <jamie.ortiz@dueprocess.local>",
        subject="Fwd: Grand Jury Subpoena - Davidson County",
        date=date,
        message_id="<fwd-20261124-0912-jortiz@dueprocess.local>",
        text=text,
    )


MESSAGES = [
    gwinnett_detective_freemail_warrant,
    tucson_pd_warrant_missing_attachment,
    tennessee_ag_cid_pdf,
    lvmpd_affidavit_not_warrant,
    lawfirm_rule45_sdfla_pdf,
    dmca_512h_cdcal_pdf,
    nashville_internal_forward_gj_subpoena,
]

"""United States demands 013-024 of the third blind hold-out (written blind; see README.md)."""

from __future__ import annotations

from tests.corpus.blind_holdout3._kit import Message, any_of, build, docx_file, msg, pdf, scan_jpeg, served, when

P = "https://dueprocess.local/u/"


def m013() -> Message:
    date = when(2026, 11, 2, 12, 15, 0, -8)
    warrant = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
SEARCH WARRANT AND AFFIDAVIT (CalECPA, Penal Code §§ 1524.3, 1546.1)
Warrant No. 26-LASPD-0412

THE PEOPLE OF THE STATE OF CALIFORNIA TO ANY PEACE OFFICER IN THE COUNTY OF LOS ANGELES:

Proof by affidavit having been made before me by Detective Yesenia Carrillo, Los Angeles School Police Department, that there is probable cause to believe that the property described herein may be found at the location set forth herein, and that it is evidence tending to show that a felony, to wit: Penal Code § 422 (criminal threats) and § 653.2 (electronic harassment), has been committed,

YOU ARE THEREFORE COMMANDED to search: DueProcess Social, Inc., custodian of records, for the account @hamilton_hs_exposed (user ID 90017755312),

FOR THE FOLLOWING: (1) subscriber information, including name, e-mail address, telephone number and IP address at account creation; (2) the content of all direct messages; (3) all videos and photos uploaded, including those deleted or set to private; for the period September 8, 2026 to October 30, 2026.

Records to be produced within 10 days of service.

ORDER DELAYING NOTIFICATION: Pursuant to Penal Code § 1546.2(b), the Court finds that contemporaneous notice would endanger the safety of students and orders that notification to the target be delayed for 90 days from the date of this warrant; the service provider shall not disclose the existence of this warrant during that period.

Sworn to and subscribed before me on October 31, 2026.
Hon. Michael K. Ishida, Judge of the Superior Court"""
    raw = build(
        "013",
        sender='"Carrillo, Yesenia" <ycarrillo@laschoolpolice.gov>',
        subject="Search Warrant 26-LASPD-0412 - threats against Hamilton HS",
        date=date,
        message_id="<LASPD-0412-20261102@laschoolpolice.gov>",
        text="Hello,\n\nAttached is a signed search warrant for an account that has been posting threats and sexualized edits of students at Alexander Hamilton High School. Please expedite.\n\nDet. Yesenia Carrillo\nLos Angeles School Police Department\nCrimes Against Persons | (213) 241-5809\n",
        attachments=[(pdf(warrant), "application", "pdf", "26-LASPD-0412.pdf")],
        dkim_domain="laschoolpolice.gov",
    )
    return msg(
        "013-la-school-police-calecpa-warrant",
        "Los Angeles School Police Department (school district police) serve a CalECPA search warrant (PDF): @handle with "
        "a numeric ID; subscriber data, DMs and private media Sep 8-Oct 30 2026; § 1546.2(b) delayed notice 90 days.",
        "en",
        "US",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        statute=any_of("Cal. Penal Code § 1546.1", "Penal Code § 1524.3", "Cal. Penal Code § 1524.3", None),
        requester__name="Los Angeles School Police Department",
        requester__kind="STATE_LOCAL",
        requester__email="ycarrillo@laschoolpolice.gov",
        requester__verified=True,
        requester__signer=any_of("Michael K. Ishida", "Yesenia Carrillo"),
        requester__signer_title=any_of("Judge of the Superior Court", "Detective"),
        targets=any_of(["hamilton_hs_exposed"], ["hamilton_hs_exposed", "90017755312"]),
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        stated_purpose=any_of("criminal threats and electronic harassment", None),
        date_range={"start": "2026-09-08", "end": "2026-10-30"},
        served_at=served(date),
        return_by=any_of("2026-11-12T17:00:00-08:00", "2026-11-12T12:15:00-08:00", "2026-11-12T23:59:59-08:00"),
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=any_of("2027-01-29T23:59:59-08:00", "2027-01-28T23:59:59-08:00"),
        case_number="26-LASPD-0412",
        issuing_court="Superior Court of California, County of Los Angeles",
    )


def m014() -> Message:
    date = when(2026, 11, 10, 11, 2, 0, -6)
    text = """Hi,

Forwarding the grand jury subpoena from AUSA Gautreaux below for service. I'm the case agent; please send the return to me and cc her.

Thanks,
SA Tyrell Batiste
U.S. Secret Service - New Orleans Field Office
Cyber Fraud Task Force
(504) 841-3260

---------- Forwarded message ---------
From: Gautreaux, Claire (USALAW) <Claire.Gautreaux@usdoj.gov>
Date: Mon, Nov 9, 2026 at 4:47 PM
Subject: GJ subpoena - DueProcess Social
To: Batiste, Tyrell <tyrell.batiste@usss.dhs.gov>

Tyrell - signed subpoena below, please serve on DueProcess. Return date is 12/15/2026 10:00 AM, Lafayette. - Claire

UNITED STATES DISTRICT COURT for the WESTERN DISTRICT OF LOUISIANA
SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: DueProcess Social, Inc., Custodian of Records
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. Place: U.S. Courthouse, 800 Lafayette Street, Lafayette, LA 70501. Date and Time: 12/15/2026 10:00 am.
You must also bring with you the following documents: see Attachment A.
GJ No. 26-0388
CLERK OF COURT, by Deputy Clerk
Name of the Assistant U.S. Attorney who requests this subpoena: Claire M. Gautreaux, AUSA

ATTACHMENT A
For the accounts @cajun.coin.king and @bayou_btc_otc, and any account registered with the telephone number +1 337 555 0129:
1. Subscriber information: names, addresses, e-mail addresses, telephone numbers, length of service, means and source of payment;
2. Session times and IP addresses for all logins, January 1, 2026 to present.
You may comply by producing the records electronically to SA Tyrell Batiste, U.S. Secret Service, in lieu of appearing.
Please do not disclose the existence of this subpoena; disclosure could impede the investigation.
"""
    raw = build(
        "014",
        sender='"Batiste, Tyrell" <tyrell.batiste@usss.dhs.gov>',
        cc='"Gautreaux, Claire (USALAW)" <Claire.Gautreaux@usdoj.gov>',
        subject="Fwd: GJ subpoena - DueProcess Social",
        date=date,
        message_id="<USSS-NOFO-8841@usss.dhs.gov>",
        text=text,
        dkim_domain="usss.dhs.gov",
    )
    return msg(
        "014-secret-service-forwarded-grand-jury",
        "U.S. Secret Service agent forwards an AUSA's W.D. La. grand jury subpoena (typed in the mail): two @handles and a "
        "phone; subscriber data and login IPs from Jan 1 2026; return 12/15/2026 10:00 AM; letter request not to disclose.",
        "en",
        "US",
        ["plain_text", "forwarded"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_GRAND_JURY",
        requester__name=any_of(
            "U.S. Secret Service",
            "United States Secret Service",
            "United States Attorney's Office, Western District of Louisiana",
        ),
        requester__kind="FEDERAL",
        requester__email="tyrell.batiste@usss.dhs.gov",
        requester__verified=True,
        requester__signer=any_of("Claire M. Gautreaux", "Tyrell Batiste"),
        requester__signer_title=any_of("AUSA", "Assistant U.S. Attorney", "SA", "Special Agent"),
        targets=any_of(
            ["cajun.coin.king", "bayou_btc_otc", "+1 337 555 0129"],
            ["cajun.coin.king", "bayou_btc_otc", "+13375550129"],
        ),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        date_range=any_of({"start": "2026-01-01", "end": "2026-11-09"}, {"start": "2026-01-01", "end": "2026-11-10"}),
        served_at=any_of(served(date), "2026-11-09T16:47:00-06:00"),
        return_by="2026-12-15T10:00:00-06:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="26-0388",
        issuing_court="United States District Court for the Western District of Louisiana",
    )


def m015() -> Message:
    date = when(2026, 11, 17, 9, 30, 0, -6)
    sub = """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF ARKANSAS

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, DueProcess Social, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Richard Sheppard Arnold U.S. Courthouse, 600 West Capitol Avenue, Little Rock, AR 72201
Date and Time: January 5, 2027, 9:00 a.m.

You must also bring with you the following documents, electronically stored information, or objects:
Subscriber information (name, address, telephone number, e-mail address, account creation date and registration IP address) for the account "@ozark_pills_plug" and for the account associated with the e-mail address sendit.rx479@proton.me.

In lieu of appearance, you may provide the records to Postal Inspector Hannah Cobb, U.S. Postal Inspection Service, Little Rock Domicile.

Date: 11/16/2026                         TAMMY H. DOWNS, CLERK OF COURT

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Jonathan D. Ross, Assistant U.S. Attorney, P.O. Box 1229, Little Rock, AR 72203, (501) 340-2600
GJ No. 4:26-GJ-117"""
    raw = build(
        "015",
        sender='"Cobb, Hannah M - Little Rock, AR" <hmcobb@uspis.gov>',
        subject="Grand Jury Subpoena 4:26-GJ-117 (E.D. Ark.)",
        date=date,
        message_id="<MW4PR09MB1177.uspis@uspis.gov>",
        text="Good morning,\n\nPlease see the attached federal grand jury subpoena. The investigation concerns the mailing of counterfeit oxycodone pills. Records can be returned to me electronically.\n\nHannah Cobb\nPostal Inspector\nU.S. Postal Inspection Service | Fort Worth Division, Little Rock Domicile\n877-876-2455\n",
        attachments=[(pdf(sub), "application", "pdf", "GJ Subpoena DueProcess.pdf")],
        dkim_domain="uspis.gov",
    )
    return msg(
        "015-postal-inspection-grand-jury-pdf",
        "U.S. Postal Inspection Service serves an E.D. Ark. grand jury subpoena (PDF): subscriber data for an @handle and "
        "an e-mail address; appear January 5, 2027, 9:00 a.m.; counterfeit pills by mail; no gag.",
        "en",
        "US",
        ["pdf_text", "plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_GRAND_JURY",
        requester__name=any_of("U.S. Postal Inspection Service", "United States Postal Inspection Service"),
        requester__kind="FEDERAL",
        requester__email="hmcobb@uspis.gov",
        requester__verified=True,
        requester__signer=any_of("Jonathan D. Ross", "Tammy H. Downs", "Hannah Cobb"),
        requester__signer_title=any_of("Assistant U.S. Attorney", "Clerk of Court", "Postal Inspector"),
        targets=["ozark_pills_plug", "sendit.rx479@proton.me"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose=any_of("mailing of counterfeit oxycodone pills", None),
        served_at=served(date),
        return_by="2027-01-05T09:00:00-06:00",
        case_number="4:26-GJ-117",
        issuing_court="United States District Court, Eastern District of Arkansas",
    )


def m016() -> Message:
    date = when(2026, 10, 30, 14, 25, 0, -5)
    blocks = [
        ("h", "UNITED STATES ARMY TRIAL JUDICIARY"),
        ("p", "WARRANT FOR STORED ELECTRONIC COMMUNICATIONS"),
        (
            "p",
            "Article 46(d)(3), Uniform Code of Military Justice (10 U.S.C. § 846); 18 U.S.C. § 2703(a), (b)(1)(A) and (c)(1)(A)",
        ),
        ("t", "Warrant No.|USATJ-W-2026-0087"),
        ("t", "Provider|DueProcess Social, Inc."),
        ("t", 'Account|@sgt_rook_ftcav (also displayed as "Rook"), account e-mail rook.1cd@gmail.com'),
        (
            "t",
            "Items to be seized|Basic subscriber information; contents of all private messages, including images and videos sent or received",
        ),
        ("t", "Period|1 Aug 2026 - 25 Oct 2026"),
        ("t", "Offense|Article 120b, UCMJ (sexual abuse of a child); Article 134 (child pornography)"),
        ("t", "Return|NLT 20 Nov 2026"),
        (
            "p",
            "Upon the sworn affidavit of Special Agent Corey D. Lindgren, U.S. Army Criminal Investigation Division, "
            "Fort Cavazos Field Office, I find probable cause and hereby authorize and direct the disclosure of the items described above.",
        ),
        (
            "p",
            "The provider shall not notify any person, including the subscriber, of the existence of this warrant "
            "for 180 days from the date of issuance (18 U.S.C. § 2705(b)).",
        ),
        ("p", "Issued this 29th day of October 2026."),
        ("p", "COL Andrea M. Whitcomb, JA, Military Judge"),
    ]
    raw = build(
        "016",
        sender='"Lindgren, Corey D SA USARMY CID (USA)" <corey.d.lindgren.civ@army.mil>',
        subject="CUI - Warrant USATJ-W-2026-0087",
        date=date,
        message_id="<PH0PR09MB7102.army@army.mil>",
        text="CUI\n\nLERT,\n\nAttached is a warrant for stored electronic communications issued by a military judge. Please confirm receipt.\n\nVery respectfully,\n\nSA Corey D. Lindgren\nU.S. Army Criminal Investigation Division\nFort Cavazos Field Office, TX\n(254) 287-2722\n\nCUI\n",
        attachments=[
            (
                docx_file(blocks, author="Army CID"),
                "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document",
                "USATJ-W-2026-0087.docx",
            )
        ],
        dkim_domain="army.mil",
    )
    return msg(
        "016-army-cid-military-judge-warrant-docx",
        "Army CID (army.mil) serves a military judge's warrant for stored communications (Art. 46(d)(3) UCMJ, § 2703) as a "
        ".docx table: @handle and e-mail; subscriber data and DMs with media, 1 Aug-25 Oct 2026; NLT 20 Nov 2026; 180-day NDO.",
        "en",
        "US",
        ["docx", "plain_text"],
        "REVIEW",
        raw,
        process_type="SEARCH_WARRANT",
        statute=any_of("18 U.S.C. § 2703(a)", "10 U.S.C. § 846", "18 U.S.C. § 2703", None),
        requester__name=any_of("U.S. Army Criminal Investigation Division", "Army CID"),
        requester__kind="FEDERAL",
        requester__email="corey.d.lindgren.civ@army.mil",
        requester__verified=True,
        requester__signer=any_of("Andrea M. Whitcomb", "Corey D. Lindgren"),
        requester__signer_title=any_of("Military Judge", "Special Agent"),
        targets=any_of(["sgt_rook_ftcav"], ["sgt_rook_ftcav", "rook.1cd@gmail.com"]),
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        stated_purpose=any_of("Article 120b, UCMJ (sexual abuse of a child); Article 134 (child pornography)", None),
        date_range={"start": "2026-08-01", "end": "2026-10-25"},
        served_at=served(date),
        return_by=any_of("2026-11-20T17:00:00-06:00", "2026-11-20T23:59:59-06:00"),
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=any_of("2027-04-27T23:59:59-05:00", "2027-04-26T23:59:59-05:00"),
        case_number="USATJ-W-2026-0087",
        issuing_court=any_of("United States Army Trial Judiciary", "U.S. Army Trial Judiciary"),
    )


def m017() -> Message:
    date = when(2026, 11, 23, 10, 48, 0, -5)
    text = """DueProcess Social, Inc.
Attn: Legal Process / Records Custodian

Enclosed is an IRS Summons (Form 2039) issued under the authority of Internal Revenue Code section 7602 in the matter of the tax liability of Gerald P. Vanacore for the years 2023 through 2025. The summons is reproduced below.

In the matter of: Gerald P. Vanacore, Gretna, Louisiana
Internal Revenue Service (Division): Criminal Investigation
Periods: calendar years 2023, 2024, 2025
The Commissioner of Internal Revenue
To: DueProcess Social, Inc., Custodian of Records
You are hereby summoned and required to appear before Special Agent Nicole A. Fontenot, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability of the person identified above:
  All records of the creator account "VanacoreVIP" (creator ID 55120987) and of any account registered to gvanacore@bellsouth.net, consisting of: subscriber information (name, address, telephone, e-mail, means and source of payment), and all records of payouts, tips and subscription revenue paid to the account, including bank account details on file, for January 1, 2023 through December 31, 2025.
Place and time for appearance: 1555 Poydras Street, New Orleans, LA 70112, on the 28th day of December, 2026 at 10 o'clock a.m.
Issued under authority of the Internal Revenue Code this 20th day of November, 2026.
Signature of issuing officer: Nicole A. Fontenot, Special Agent
Signature of approving officer: Raymond T. Guidry, Supervisory Special Agent

Notice to the taxpayer under IRC § 7609 has been given.

Nicole A. Fontenot
Special Agent, IRS Criminal Investigation, New Orleans Field Office
(504) 558-3120
"""
    raw = build(
        "017",
        sender='"Fontenot Nicole A" <Nicole.Fontenot@ci.irs.gov>',
        subject="IRS Summons - Vanacore",
        date=date,
        message_id="<IRSCI.NOFO.5512@ci.irs.gov>",
        text=text,
        dkim_domain="ci.irs.gov",
    )
    return msg(
        "017-irs-ci-third-party-summons",
        "IRS Criminal Investigation special agent serves an IRC § 7602 third-party summons (Form 2039 text in the body): "
        "a creator account, its ID and an e-mail; subscriber data plus payout/revenue records 2023-2025; appear '28th day of December, 2026 at 10 o'clock a.m.'.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="26 U.S.C. § 7602",
        requester__name=any_of("Internal Revenue Service", "IRS Criminal Investigation"),
        requester__kind="FEDERAL",
        requester__email="Nicole.Fontenot@ci.irs.gov",
        requester__verified=True,
        requester__signer="Nicole A. Fontenot",
        requester__signer_title="Special Agent",
        targets=any_of(
            ["VanacoreVIP", "gvanacore@bellsouth.net"], ["VanacoreVIP", "55120987", "gvanacore@bellsouth.net"]
        ),
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("tax liability of Gerald P. Vanacore for the years 2023 through 2025", None),
        date_range={"start": "2023-01-01", "end": "2025-12-31"},
        served_at=served(date),
        return_by="2026-12-28T10:00:00-06:00",
    )


def m018() -> Message:
    date = when(2026, 11, 5, 15, 20, 0, -6)
    text = """Dear Custodian of Records:

This firm is counsel to Brenda K. Adeyemi, the duly appointed chapter 7 trustee of the bankruptcy estate of Corey Lund Halvorsen (Bankr. D. Neb. Case No. 26-40318-BSK). Pursuant to the Court's Order Granting Trustee's Motion for Rule 2004 Examination (Doc. 41) and Federal Rules of Bankruptcy Procedure 2004 and 9016, please find attached a subpoena for Rule 2004 examination directed to DueProcess Social, Inc.

The subpoena seeks documents only. The Trustee believes the Debtor has concealed assets, including cryptocurrency sold through his account, from the estate. Specifically:

  (a) subscriber and registration information for the account @husker_halvo and any account registered to corey.halvorsen@outlook.com;
  (b) records of all payments received or made through the account (marketplace sales, tips, payouts) from January 1, 2025 through the present;
  (c) all direct messages of the account that refer to the sale or transfer of property, January 1, 2025 through the present.

Production is due on or before December 4, 2026 at 5:00 p.m. Central, at our office or by secure electronic delivery. Please contact me with any questions.

Sincerely,

Aaron P. Struble
KOENIG STRUBLE LLP
1248 O Street, Suite 900, Lincoln, NE 68508
(402) 555-0140 | astruble@koenigstruble.com
"""
    raw = build(
        "018",
        sender='"Aaron Struble" <astruble@koenigstruble.com>',
        subject="In re Halvorsen, No. 26-40318 - Rule 2004 subpoena to DueProcess Social",
        date=date,
        message_id="<KS.2004.halvorsen.1105@koenigstruble.com>",
        text=text,
        attachments=[
            (
                pdf(
                    "UNITED STATES BANKRUPTCY COURT, DISTRICT OF NEBRASKA\nIn re: COREY LUND HALVORSEN, Debtor. Case No. 26-40318-BSK, Chapter 7\n\nSUBPOENA FOR RULE 2004 EXAMINATION\n\nTo: DueProcess Social, Inc.\nYOU ARE COMMANDED to produce at the time, date and place set forth below the documents described in Exhibit A.\nPlace: Koenig Struble LLP, 1248 O Street, Suite 900, Lincoln, NE 68508. Date and time: 12/04/2026 5:00 PM.\n\nThe examination may not proceed under Rule 2004(c) unless the witness has been served with this subpoena.\nDate: 11/05/2026. Attorney's signature: /s/ Aaron P. Struble, attorney for Brenda K. Adeyemi, Chapter 7 Trustee.\n\nEXHIBIT A: see cover letter items (a)-(c)."
                ),
                "application",
                "pdf",
                "Rule 2004 Subpoena - DueProcess.pdf",
            )
        ],
        dkim_domain="koenigstruble.com",
    )
    return msg(
        "018-bankruptcy-trustee-rule-2004-subpoena",
        "Counsel to a chapter 7 trustee serves a Bankr. D. Neb. Rule 2004 subpoena (letter + PDF): an @handle and an "
        "e-mail; subscriber data, payment records and DMs about property transfers from Jan 1 2025; due December 4, 2026 5:00 p.m.",
        "en",
        "US",
        ["plain_text", "pdf_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_CIVIL",
        statute=any_of("Fed. R. Bankr. P. 2004", "Fed. R. Bankr. P. 9016", "Fed. R. Civ. P. 45"),
        requester__name=any_of("Koenig Struble LLP", "Brenda K. Adeyemi, Chapter 7 Trustee"),
        requester__kind="PRIVATE_PARTY",
        requester__email="astruble@koenigstruble.com",
        requester__verified=True,
        requester__signer="Aaron P. Struble",
        requester__signer_title=any_of("attorney for Brenda K. Adeyemi, Chapter 7 Trustee", "Attorney", None),
        targets=["husker_halvo", "corey.halvorsen@outlook.com"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
        stated_purpose=any_of("concealed assets", None),
        date_range=any_of({"start": "2025-01-01", "end": "2026-11-05"}, None),
        served_at=served(date),
        return_by="2026-12-04T17:00:00-06:00",
        case_number="26-40318-BSK",
        issuing_court="United States Bankruptcy Court for the District of Nebraska",
    )


def m019() -> Message:
    date = when(2026, 11, 13, 16, 44, 0, -6)
    html = """<html><body>
<p>Dear Sir or Madam,</p>
<p>Please find enclosed a Subpoena Duces Tecum for deposition issued in the divorce action below. Our client is the Plaintiff, Mrs. Whitney Langford Pruitt.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Court</th><td>Chancery Court of DeSoto County, Mississippi</td></tr>
<tr><th align="left">Cause No.</th><td>26-CV-01142-JM</td></tr>
<tr><th align="left">Style</th><td>Whitney Langford Pruitt v. Dale Everett Pruitt</td></tr>
<tr><th align="left">Rule</th><td>Miss. R. Civ. P. 30(b)(6) and 45</td></tr>
<tr><th align="left">Deponent</th><td>DueProcess Social, Inc., by its custodian of records</td></tr>
<tr><th align="left">Deposition</th><td>Friday, December 18, 2026, 10:00 a.m., 2564 Hwy 51 S., Hernando, MS 38632</td></tr>
<tr><th align="left">Account</th><td>The account of Dale Everett Pruitt, displayed as &quot;Dale P.&quot;, profile https://dueprocess.local/u/dale.pruitt.662, phone (662) 555-0175</td></tr>
<tr><th align="left">Documents</th><td>All private messages exchanged by the account with any person other than the Plaintiff, and the account's location history, from 01/01/2026 to the present</td></tr>
</table>
<p>Production of the documents before the deposition date will excuse attendance.</p>
<p>Very truly yours,<br>Leah C. Broussard<br>Broussard &amp; Tate, PLLC<br>Attorneys for Plaintiff<br>Hernando, Mississippi &middot; (662) 555-0199</p>
</body></html>"""
    raw = build(
        "019",
        sender='"Leah Broussard" <leah@broussardtate.com>',
        subject="Pruitt v. Pruitt - Subpoena Duces Tecum",
        date=date,
        message_id="<BT-pruitt-sdt-1113@broussardtate.com>",
        html=html,
        dkim_domain="broussardtate.com",
    )
    return msg(
        "019-divorce-deposition-subpoena-html",
        "A divorce lawyer (DeSoto County, MS chancery court) serves a deposition subpoena duces tecum in an HTML table: "
        "the other spouse's profile URL and phone; private messages and location history from 01/01/2026; deposition December 18, 2026, 10:00 a.m.",
        "en",
        "US",
        ["html_table"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_CIVIL",
        statute=any_of("Miss. R. Civ. P. 45", "Miss. R. Civ. P. 30(b)(6)", None),
        requester__name=any_of("Broussard & Tate, PLLC", "Leah C. Broussard"),
        requester__kind="PRIVATE_PARTY",
        requester__email="leah@broussardtate.com",
        requester__verified=True,
        requester__signer="Leah C. Broussard",
        requester__signer_title=any_of("Attorneys for Plaintiff", None),
        targets=any_of(
            ["dale.pruitt.662"],
            ["dale.pruitt.662", "(662) 555-0175"],
            ["dale.pruitt.662", "+16625550175"],
            [P + "dale.pruitt.662", "(662) 555-0175"],
        ),
        data_categories=["STORED_CONTENT", "LOCATION_HISTORY"],
        date_range={"start": "2026-01-01", "end": "2026-11-13"},
        served_at=served(date),
        return_by="2026-12-18T10:00:00-06:00",
        case_number="26-CV-01142-JM",
        issuing_court="Chancery Court of DeSoto County, Mississippi",
    )


def m020() -> Message:
    date = when(2026, 11, 25, 22, 3, 0, -5)
    text = """URGENT - COURT ORDERED PRODUCTION

DueProcess Social Legal,

The New Hampshire State Police, Major Crime Unit, is serving the attached court order signed by a Justice of the Rockingham County Superior Court. You are directed to produce WITHIN 48 HOURS the following for the account @seacoast_sam603:

 - all private messages (content) from 09/01/2026 to present
 - all IP addresses and login locations
 - subscriber name, phone, email

Failure to comply may result in contempt proceedings. Do not notify the user (court ordered).

Respond only to this email address. Our main mailboxes are under maintenance this week.

Trooper First Class Ryan Gagnon
New Hampshire State Police - Major Crime Unit
33 Hazen Drive, Concord NH 03305
"""
    raw = build(
        "020",
        sender='"TFC Ryan Gagnon" <r.gagnon@nhsp-dos-gov.us>',
        subject="URGENT Court Order - produce within 48 hrs",
        date=date,
        message_id="<20261125220312.4471@nhsp-dos-gov.us>",
        text=text,
        attachments=[
            (
                pdf(
                    "STATE OF NEW HAMPSHIRE - ROCKINGHAM COUNTY SUPERIOR COURT\nORDER FOR PRODUCTION OF RECORDS\nDocket 218-2026-CR-01977\nIt is ORDERED that DueProcess Social, Inc. produce to the New Hampshire State Police the private messages, IP addresses, login locations and subscriber information of the account @seacoast_sam603 from 09/01/2026 to present, within 48 hours. The provider shall not notify the subscriber.\nSO ORDERED. /s/ Justice, Superior Court. 11/25/2026"
                ),
                "application",
                "pdf",
                "Order_218-2026-CR-01977.pdf",
            )
        ],
        dkim_domain="nhsp-dos-gov.us",
    )
    return msg(
        "020-lookalike-nh-state-police-order",
        "A 'New Hampshire State Police' court order sent at night from the look-alike domain nhsp-dos-gov.us (DKIM-signed "
        "for it; the real state domains are nh.gov / dos.nh.gov): DMs, IPs and location of an @handle in 48 hours; requester not verified.",
        "en",
        "US",
        ["plain_text", "pdf_text"],
        "REVIEW",
        raw,
        process_type=any_of("SEARCH_WARRANT", "COURT_ORDER_2703D"),
        requester__name="New Hampshire State Police",
        requester__kind="STATE_LOCAL",
        requester__email="r.gagnon@nhsp-dos-gov.us",
        requester__verified=False,
        requester__signer=any_of("Ryan Gagnon", None),
        requester__signer_title=any_of("Trooper First Class", None),
        targets=["seacoast_sam603"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
        date_range={"start": "2026-09-01", "end": "2026-11-25"},
        served_at=served(date),
        return_by="2026-11-27T22:03:00-05:00",
        nondisclosure__present=True,
        nondisclosure__kind=any_of("COURT_ORDER_2705B", "LETTER_REQUEST"),
        nondisclosure__expires_at=None,
        case_number="218-2026-CR-01977",
        issuing_court="Rockingham County Superior Court",
    )


def m021() -> Message:
    date = when(2026, 11, 6, 7, 55, 0, -6)
    text = """Good morning,

I am a detective with the Lafayette Parish Sheriff's Office in Lafayette Louisiana. I'm sending this from my personal email because our county email has a size limit on attachments.

Attached is a subpoena duces tecum from the 15th Judicial District Court for subscriber information on the account @ragin_cajun_rico (name, email, phone number, IP addresses used to log in since June 1, 2026). It's for a burglary investigation. Please return the records by November 20, 2026.

You can verify me through our front desk at 337-236-5600.

Det. Rhett Guidroz
Lafayette Parish Sheriff's Office
Criminal Investigations Division
"""
    raw = build(
        "021",
        sender='"Rhett Guidroz" <rhett.guidroz337@yahoo.com>',
        subject="subpoena for records - LPSO",
        date=date,
        message_id="<1762437300.88120@mail.yahoo.com>",
        text=text,
        attachments=[
            (
                pdf(
                    "FIFTEENTH JUDICIAL DISTRICT COURT, PARISH OF LAFAYETTE, STATE OF LOUISIANA\nSUBPOENA DUCES TECUM\nDocket No. CR-2026-118834\nTO: DueProcess Social, Inc.\nYou are commanded to produce the subscriber information (name, e-mail, telephone number) and IP addresses used to log in since June 1, 2026 for the account @ragin_cajun_rico, on or before November 20, 2026.\nBy order of the Court. Deputy Clerk."
                ),
                "application",
                "pdf",
                "SDT.pdf",
            )
        ],
        dkim_domain="yahoo.com",
    )
    return msg(
        "021-freemail-lafayette-sheriff-subpoena",
        "A 'Lafayette Parish Sheriff's Office' detective sends a 15th JDC subpoena duces tecum from a Yahoo address "
        "(attachment limit excuse): subscriber data and login IPs of an @handle since June 1 2026; free-mail never verifies.",
        "en",
        "US",
        ["plain_text", "pdf_text"],
        "REVIEW",
        raw,
        process_type=any_of("SUBPOENA_TRIAL", "SUBPOENA_GRAND_JURY"),
        requester__name="Lafayette Parish Sheriff's Office",
        requester__kind="STATE_LOCAL",
        requester__email="rhett.guidroz337@yahoo.com",
        requester__verified=False,
        requester__signer=any_of("Rhett Guidroz", None),
        requester__signer_title=any_of("Det.", "Detective", "Deputy Clerk", None),
        targets=["ragin_cajun_rico"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose=any_of("burglary investigation", None),
        date_range=any_of({"start": "2026-06-01", "end": "2026-11-06"}, None),
        served_at=served(date),
        return_by="2026-11-20T17:00:00-06:00",
        case_number="CR-2026-118834",
        issuing_court="Fifteenth Judicial District Court, Parish of Lafayette",
    )


def m022() -> Message:
    date = when(2026, 9, 29, 13, 10, 0, -5)
    text = """PRESERVATION REQUEST - 18 U.S.C. 2703(f)

To: DueProcess Social, Inc.

The Mississippi Bureau of Investigation requests that you preserve all records, including subscriber information, IP logs and stored content, associated with the account @delta_dirty_dollar for a period of 90 days pending service of legal process.

MBI Case 2026-MBI-0610. Please do not disclose this request to the subscriber.

Special Agent Curtis Lamar
Mississippi Bureau of Investigation
Mississippi Department of Public Safety
Jackson, Mississippi
"""
    raw = build(
        "022",
        sender='"Lamar, Curtis" <curtis.lamar@asp.arkansas.gov>',
        subject="2703(f) preservation - 2026-MBI-0610",
        date=date,
        message_id="<ASP.0610.20260929@asp.arkansas.gov>",
        text=text,
        dkim_domain="asp.arkansas.gov",
    )
    return msg(
        "022-mismatch-mississippi-agency-arkansas-domain",
        "A preservation request signed as the Mississippi Bureau of Investigation but sent (and DKIM-signed) from the "
        "Arkansas State Police domain asp.arkansas.gov: a name that belongs to another state's body is a mismatch; not verified.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="PRESERVATION_REQUEST",
        statute="18 U.S.C. § 2703(f)",
        requester__name="Mississippi Bureau of Investigation",
        requester__kind="STATE_LOCAL",
        requester__email="curtis.lamar@asp.arkansas.gov",
        requester__verified=False,
        requester__signer="Curtis Lamar",
        requester__signer_title="Special Agent",
        targets=["delta_dirty_dollar"],
        data_categories=any_of([], ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"]),
        served_at=served(date),
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="2026-MBI-0610",
    )


def m023() -> Message:
    date = when(2026, 11, 19, 11, 0, 0, -6)
    text = """Counsel,

Attached is a sealed Order Authorizing the Installation and Use of a Pen Register and Trap and Trace Device, signed today by the District Court of Douglas County, Nebraska, under Neb. Rev. Stat. §§ 86-2,098 to 86-2,103. Please begin as soon as practicable. Data should be delivered in real time (or as close as possible) to the Omaha Police Department Cyber Unit.

Chief Deputy County Attorney
Douglas County Attorney's Office, Omaha

--
IN THE DISTRICT COURT OF DOUGLAS COUNTY, NEBRASKA
IN RE APPLICATION OF THE STATE OF NEBRASKA FOR AN ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE        CI 26-PR-044 (UNDER SEAL)

This matter comes before the Court on the application of Deputy County Attorney Brenna K. Sutter. The Court finds that the information likely to be obtained is relevant to an ongoing criminal investigation of first-degree murder.

IT IS ORDERED that DueProcess Social, Inc. shall install or permit the installation of a pen register and trap and trace device to capture, prospectively, the dialing, routing, addressing and signaling information (including source and destination IP addresses, ports, timestamps and the account identifiers of the parties) of all communications to and from the account "@northo_bigdre" (user ID 30088412279), for a period of sixty (60) days from the date of this order. No contents of communications shall be collected.

IT IS FURTHER ORDERED that this Order and the application be SEALED, and that DueProcess Social, Inc. shall not disclose the existence of the pen register or trap and trace device, or of the investigation, to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.

Dated this 19th day of November, 2026.
Horacio J. Wheelock, District Judge
"""
    raw = build(
        "023",
        sender='"Sutter, Brenna" <brenna.sutter@douglascounty-ne.gov>',
        subject="SEALED - Pen register / trap and trace order CI 26-PR-044",
        date=date,
        message_id="<DCAO.PR044@douglascounty-ne.gov>",
        text=text,
        dkim_domain="douglascounty-ne.gov",
    )
    return msg(
        "023-douglas-county-ne-pen-register-order",
        "Douglas County (NE) Attorney serves a sealed state pen register / trap and trace order (Neb. Rev. Stat. "
        "§ 86-2,098 ff.) for 60 days on an @handle and user ID: prospective routing data; nondisclosure until otherwise ordered.",
        "en",
        "US",
        ["plain_text"],
        "REVIEW",
        raw,
        process_type="PEN_REGISTER_ORDER",
        statute=any_of("Neb. Rev. Stat. § 86-2,098", "Neb. Rev. Stat. §§ 86-2,098 to 86-2,103"),
        requester__name=any_of("Douglas County Attorney's Office", "Douglas County Attorney"),
        requester__kind="STATE_LOCAL",
        requester__email="brenna.sutter@douglascounty-ne.gov",
        requester__verified=True,
        requester__signer=any_of("Horacio J. Wheelock", "Brenna K. Sutter"),
        requester__signer_title=any_of("District Judge", "Deputy County Attorney", "Chief Deputy County Attorney"),
        targets=any_of(["northo_bigdre"], ["northo_bigdre", "30088412279"]),
        data_categories=["REALTIME_METADATA"],
        stated_purpose=any_of("first-degree murder", None),
        date_range=any_of(None, {"start": "2026-11-19", "end": "2027-01-18"}),
        served_at=served(date),
        return_by=None,
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at=None,
        case_number="CI 26-PR-044",
        issuing_court="District Court of Douglas County, Nebraska",
    )


def m024() -> Message:
    date = when(2026, 11, 30, 15, 22, 0, -6)
    page = """# STATE OF NORTH DAKOTA
# IN DISTRICT COURT, CASS COUNTY, EAST CENTRAL JUDICIAL DISTRICT

State of North Dakota,                          Case No. 09-2026-CR-03317
            Plaintiff,
     vs.
Tanner J. Kowalczyk,
            Defendant.

# SUBPOENA DUCES TECUM (N.D.R.Crim.P. 17)

TO: Custodian of Records, DueProcess Social, Inc.

YOU ARE COMMANDED to appear at the Cass County Courthouse,
211 9th Street South, Fargo, North Dakota, on the 12th day of
January, 2027, at 9:00 o'clock A.M., to testify at the jury trial
in the above case, and to bring with you:

  Certified records of the public posts and comments made by the
  account "fargo_tank_k" between 3/1/2026 and 6/30/2026,
  together with the subscriber name and e-mail on file.

Your appearance is excused if certified copies are delivered
to the Cass County State's Attorney before that date.

Dated 11/25/2026.          By: Erin L. Haugen
                           Assistant State's Attorney, Cass County"""
    raw = build(
        "024",
        sender='"Haugen, Erin" <haugene@casscountynd.gov>',
        subject="Trial subpoena - State v. Kowalczyk",
        date=date,
        message_id="<CCSA.03317.1130@casscountynd.gov>",
        text="Photo of the signed subpoena attached - our scanner is down. Trial is 1/12.\n\nErin Haugen\nAssistant State's Attorney\nCass County, ND\n701-241-5850\n",
        attachments=[(scan_jpeg(page, skew=-1.2, seed=24), "image", "jpeg", "IMG_4471.jpg")],
        dkim_domain="casscountynd.gov",
    )
    return msg(
        "024-cass-county-nd-trial-subpoena-photo",
        "Cass County (ND) State's Attorney sends a photographed (JPEG) trial subpoena duces tecum: public posts and "
        "subscriber name/e-mail of a user name, 3/1-6/30/2026; trial '12th day of January, 2027, at 9:00 o'clock A.M.'.",
        "en",
        "US",
        ["scan", "plain_text"],
        "REVIEW",
        raw,
        process_type="SUBPOENA_TRIAL",
        statute=any_of("N.D.R.Crim.P. 17", None),
        requester__name=any_of("Cass County State's Attorney", "Cass County State's Attorney's Office"),
        requester__kind="STATE_LOCAL",
        requester__email="haugene@casscountynd.gov",
        requester__verified=True,
        requester__signer="Erin L. Haugen",
        requester__signer_title="Assistant State's Attorney",
        targets=["fargo_tank_k"],
        data_categories=["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
        date_range={"start": "2026-03-01", "end": "2026-06-30"},
        served_at=served(date),
        return_by="2027-01-12T09:00:00-06:00",
        case_number="09-2026-CR-03317",
        issuing_court="District Court, Cass County, East Central Judicial District",
    )


MESSAGES = [m013, m014, m015, m016, m017, m018, m019, m020, m021, m022, m023, m024]

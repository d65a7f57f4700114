"""United States demands, part 2 (states, counties and cities in several regions and time zones; private
litigants). Sender domains from CISA's .gov list or reserved example domains; people, accounts and case numbers
fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout8._kit import Message, any_of, docx_file, make, odt, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def miami_dade_sheriff_warrant_docx() -> Message:
    date = when(2026, 11, 23, 14, 5, 0, -5)
    document = docx_file(
        [
            ("h", "IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT IN AND FOR MIAMI-DADE COUNTY, FLORIDA"),
            ("p", "SEARCH WARRANT - Case No. 26-SW-041187"),
            (
                "p",
                "STATE OF FLORIDA, COUNTY OF MIAMI-DADE. TO THE SHERIFF OF MIAMI-DADE COUNTY AND ALL OF HIS "
                "DEPUTIES, and to Social Example, Inc., a provider of electronic communication services:",
            ),
            (
                "p",
                "Affidavit having been made before me by Detective Yesenia Arcila-Brathwaite of the Miami-Dade "
                "Sheriff's Office, Robbery Bureau, there is probable cause to believe that evidence of the crime of "
                "Armed Robbery (s. 812.13, Florida Statutes) is contained in the records described below.",
            ),
            ("t", "Account|@magiccity_dripz, and the account associated with telephone number (305) 555-0187"),
            (
                "t",
                "Records to be seized|Subscriber information; IP address log-in history; direct messages, "
                "photographs and videos sent or received; stored location information",
            ),
            ("t", "Time period|October 1, 2026 through November 20, 2026"),
            (
                "p",
                "YOU ARE COMMANDED to search for and seize the foregoing, and Social Example, Inc. shall deliver "
                "the records to the affiant. This warrant shall be executed within ten (10) days.",
            ),
            (
                "p",
                "It is further ORDERED that Social Example, Inc. shall not notify the subscriber or any other person "
                "of the existence of this warrant for ninety (90) days from the date of this Order, as notification "
                "would seriously jeopardize the investigation.",
            ),
            ("p", "WITNESS my hand and seal this 20th day of November, 2026. Maribel Echeverri-Stroud, Circuit Judge"),
        ],
        author="MDSO Robbery Bureau",
    )
    body = """\
Good afternoon,

Attached please find a signed search warrant for the above account. Please provide the records no later than
December 4, 2026 to my e-mail below.

Respectfully,

Det. Yesenia Arcila-Brathwaite #6629
Miami-Dade Sheriff's Office | Robbery Bureau
9105 NW 25th Street, Doral, FL 33172
"""
    return make(
        "010-miami-dade-sheriff-warrant-docx",
        "Miami-Dade Sheriff's Office detective serves an Eleventh Judicial Circuit search warrant (.docx, table): "
        "subscriber data, IP log-ins, DMs/media and location of an @handle and a phone number, 10/01-11/20/2026, "
        "records by December 4, 2026; 90-day non-disclosure order.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "s. 812.13, Florida Statutes"),
            "requester.name": any_of("Miami-Dade Sheriff's Office", "Miami-Dade Sheriff's Office, Robbery Bureau"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "yesenia.arcila-brathwaite@mdso.miamidade.gov",
            "requester.verified": True,
            "requester.signer": any_of("Yesenia Arcila-Brathwaite", "Maribel Echeverri-Stroud"),
            "requester.signer_title": any_of("Det.", "Detective", "Circuit Judge"),
            "targets": any_of(
                ["magiccity_dripz", "(305) 555-0187"],
                ["magiccity_dripz", "3055550187"],
                ["magiccity_dripz", "+13055550187"],
                ["magiccity_dripz", "305-555-0187"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("Armed Robbery", "armed robbery", None),
            "date_range": {"start": "2026-10-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-05:00", "2026-12-04T23:59:59-05:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from 2026-11-20
            "nondisclosure.expires_at": any_of("2027-02-18T23:59:59-05:00", "2027-02-17T23:59:59-05:00"),
            "case_number": "26-SW-041187",
            "issuing_court": any_of(
                "Circuit Court of the Eleventh Judicial Circuit in and for Miami-Dade County, Florida",
                "Circuit Court of the Eleventh Judicial Circuit",
                "Eleventh Judicial Circuit",
            ),
        },
        sender="Arcila-Brathwaite, Yesenia (MDSO) <yesenia.arcila-brathwaite@mdso.miamidade.gov>",
        subject="Search Warrant 26-SW-041187 / @magiccity_dripz",
        date=date,
        message_id="<MDSO-RB-26SW041187@mdso.miamidade.gov>",
        text=body,
        attachments=[(document, "application", DOCX, "SW 26-SW-041187 signed.docx")],
        dkim="miamidade.gov",
    )


def portland_pd_emergency_overdose() -> Message:
    date = when(2026, 11, 8, 2, 14, 0, -8)
    text = """\
URGENT - EXIGENT REQUEST

My name is Officer Kenji Halvorsen-Mbatha with the Portland Police Bureau (Oregon). At approx 0130 hrs the
user @rosecity_ghostlight posted a story showing a handful of pills with the text "goodbye, took all of them,
dont look for me". A friend called 911. We do not know who or where the user is.

Under 18 USC 2702(c)(4) we are requesting immediate disclosure of: subscriber name, phone number, email, the
most recent IP addresses (last 12 hours) and any location data for the account.

This is a life threatening emergency - suspected intentional overdose. Please call me at 503-555-0193
(cell) as soon as you see this.

Officer K. Halvorsen-Mbatha #58812
Portland Police Bureau, Central Precinct
Case 26-311490
"""
    return make(
        "011-portland-pd-emergency-overdose",
        "Portland (Oregon) Police Bureau officer's exigent request at 02:14: a user posted a goodbye message after "
        "swallowing pills; subscriber data, 12 h of IPs and location for an @handle.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "EMERGENCY_REQUEST",
            "statute": any_of(None, "18 USC 2702(c)(4)", "18 U.S.C. § 2702(c)(4)"),
            "requester.name": any_of("Portland Police Bureau", "City of Portland"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "kenji.halvorsen-mbatha@police.portlandoregon.gov",
            "requester.verified": True,
            "requester.signer": any_of("Kenji Halvorsen-Mbatha", "K. Halvorsen-Mbatha"),
            "requester.signer_title": "Officer",
            "targets": ["rosecity_ghostlight"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "suspected intentional overdose", "overdose"),
            "date_range": any_of(None, {"start": "2026-11-07", "end": "2026-11-08"}),
            "served_at": served(date),
            "emergency": {"narrative_contains": "pills"},
            "case_number": any_of(None, "26-311490"),
        },
        sender="Halvorsen-Mbatha, Kenji <kenji.halvorsen-mbatha@police.portlandoregon.gov>",
        subject="URGENT exigent request - possible overdose - @rosecity_ghostlight",
        date=date,
        message_id="<PPB-26-311490-0214@police.portlandoregon.gov>",
        text=text,
        dkim="portlandoregon.gov",
    )


def montgomery_md_unsigned_proposed_order() -> Message:
    date = when(2026, 10, 14, 16, 22, 0, -4)
    application = """\
IN THE CIRCUIT COURT FOR MONTGOMERY COUNTY, MARYLAND

IN THE MATTER OF THE APPLICATION OF THE STATE OF MARYLAND
FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) AND MD. CODE, CTS. & JUD. PROC. § 10-4B-03
Misc. No. ____________

APPLICATION
Detective Ashlyn Koroma-Dietrich, Montgomery County Department of Police, Major Crimes Division, applies for an
order directing Social Example, Inc. to disclose, for the account @rockville_rumors_uncut, for the period
August 1, 2026 to October 10, 2026: (a) subscriber information; (b) log-in IP addresses with dates and times;
(c) the user names of the accounts with which the account exchanged messages. The facts in the attached
affidavit show reasonable grounds to believe the records are relevant and material to an investigation of
extortion and harassment.

[PROPOSED] ORDER
Upon the foregoing Application, it is this ____ day of ______________, 2026, by the Circuit Court for
Montgomery County, Maryland, ORDERED that Social Example, Inc. shall disclose the records described above
within fourteen (14) days of service of this Order.

                                              ______________________________
                                              JUDGE
"""
    body = """\
Hello,

Please find attached the court order for the account @rockville_rumors_uncut. Please send the results to me at
your earliest convenience.

Thank you,

Det. Ashlyn Koroma-Dietrich
Montgomery County Department of Police | Major Crimes Division
Gaithersburg, MD | 240-555-0166
"""
    return make(
        "012-montgomery-md-unsigned-proposed-order",
        "Montgomery County (MD) Police detective says she attaches 'the court order', but the PDF is the application "
        "and an unsigned, undated [PROPOSED] § 2703(d) order with a blank judge line and no case number: whether "
        "any order exists must be asked before anything is produced.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("UNKNOWN", "COURT_ORDER_2703D"),
            "statute": any_of(None, "18 U.S.C. § 2703(d)"),
            "requester.name": any_of(
                "Montgomery County Department of Police", "Montgomery County Police Department", "Montgomery County"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ashlyn.koroma-dietrich@montgomerycountymd.gov",
            "requester.verified": True,
            "requester.signer": any_of("Ashlyn Koroma-Dietrich", None),
            "requester.signer_title": any_of("Det.", "Detective", None),
            "targets": ["rockville_rumors_uncut"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "extortion and harassment"),
            "date_range": {"start": "2026-08-01", "end": "2026-10-10"},
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-28T17:00:00-04:00", "2026-10-28T23:59:59-04:00"),
            "issuing_court": any_of(None, "Circuit Court for Montgomery County, Maryland"),
        },
        sender="Koroma-Dietrich, Ashlyn <ashlyn.koroma-dietrich@montgomerycountymd.gov>",
        subject="Court Order - @rockville_rumors_uncut",
        date=date,
        message_id="<MCPD-MCD-1014-1622@montgomerycountymd.gov>",
        text=body,
        attachments=[(pdf(application), "application", "pdf", "2703d_rockville_rumors.pdf")],
        dkim="montgomerycountymd.gov",
    )


def pittsburgh_trial_subpoena_typos() -> Message:
    date = when(2026, 11, 16, 11, 37, 0, -5)
    text = """\
Good morning

Im the assigned detective on Commonwealth v. Darnell Kowalczyk-Reyes, CP-02-CR-0004417-2026, trial is set in
front of Judge Abernethy-Quist. The DA's office asked me to serve the subpena below on you. Hopefully email is ok.

    COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA - CRIMINAL DIVISION
    SUBPOENA TO PRODUCE DOCUMENTS OR THINGS AT TRIAL
    COMMONWEALTH OF PENNSYLVANIA v. DARNELL KOWALCZYK-REYES    No. CP-02-CR-0004417-2026

    TO: Custodian of Records, Social Example Inc.
    You are ordered to appear in Courtroom 516, Allegheny County Courthouse, 436 Grant Street, Pittsburgh PA
    15219 on Decmber 3rd, 2026 at 9:00AM and bring with you: subscriber info (name, email, phone, date of
    creation) and all public posts and comments of the account @yinzer_savage412 from 8/1/26 thru 9/30/26.
    A certified business records declaration (Pa.R.E. 902(11)) may be provided in leiu of appearance.

    Issued at the request of ADA Colleen Vukovich-Asante.   /s/ Clerk of Courts, Allegheny County

If you have any questions give me a call.

Det. Marcus Szymanski-Oduya
Pittsburgh Bureau of Police - Major Crimes
412-555-0150
"""
    return make(
        "013-pittsburgh-trial-subpoena-typos",
        "Pittsburgh Bureau of Police detective serves an Allegheny County Common Pleas criminal trial subpoena typed "
        "in, with typos: subscriber info and public posts of an @handle 8/1/26-9/30/26; appear Decmber 3rd, 2026 at "
        "9:00AM.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "statute": any_of(None, "Pa.R.E. 902(11)"),
            "requester.name": any_of(
                "Pittsburgh Bureau of Police", "City of Pittsburgh", "Allegheny County District Attorney's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "marcus.szymanski-oduya@pittsburghpa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marcus Szymanski-Oduya", "Colleen Vukovich-Asante"),
            "requester.signer_title": any_of("Det.", "Detective", "ADA"),
            "targets": ["yinzer_savage412"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": None,
            "date_range": {"start": "2026-08-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-12-03T09:00:00-05:00",
            "case_number": "CP-02-CR-0004417-2026",
            "issuing_court": any_of(
                "Court of Common Pleas of Allegheny County, Pennsylvania",
                "Court of Common Pleas of Allegheny County",
                "Allegheny County Court of Common Pleas",
            ),
        },
        sender="Szymanski-Oduya, Marcus <marcus.szymanski-oduya@pittsburghpa.gov>",
        subject="subpena for trial - Kowalczyk-Reyes",
        date=date,
        message_id="<PBP-MC-1116-1137@pittsburghpa.gov>",
        text=text,
        dkim="pittsburghpa.gov",
    )


def san_diego_da_calecpa_warrant_pdf_only() -> Message:
    date = when(2026, 9, 29, 17, 3, 0, -7)
    warrant = """\
SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN DIEGO
SEARCH WARRANT No. SDSW-26-3307
(Electronic Communications Privacy Act, Penal Code §§ 1524(a)(7), 1546.1)

THE PEOPLE OF THE STATE OF CALIFORNIA, to any peace officer in the County of San Diego, and to Social Example,
Inc. (Service Provider):

Proof by affidavit having been made before me by District Attorney Investigator Rafael Quintanilla-Boateng,
San Diego County District Attorney's Office, that there is probable cause to believe that the information
described below constitutes evidence of human trafficking (Pen. Code § 236.1),

YOU ARE THEREFORE COMMANDED to produce, for the account with e-mail address gaslamp.models.vip@example.com and
the account @gaslamp_models_vip, for the period June 1, 2026 through September 25, 2026:
  1. Subscriber information (name, e-mail, telephone, creation date, payment information);
  2. IP address logs of all log-ins;
  3. The content of all direct messages, including attachments;
  4. All location information.
The Service Provider shall produce the records within ten (10) days of service of this warrant.

Pursuant to Penal Code § 1546.2(b), notification to the target is delayed, and it is ORDERED that the Service
Provider shall not disclose the existence of this warrant to any person for ninety (90) days from the date of
this warrant.

Dated: September 28, 2026, at 3:40 p.m.
Hon. Evangelina Tsosie-Marroquin, Judge of the Superior Court
"""
    return make(
        "014-san-diego-da-calecpa-warrant-pdf-only",
        "San Diego County DA investigator serves (PDF only, empty body) a Superior Court CalECPA search warrant: "
        "subscriber data, IP logs, DMs and location of an e-mail account and an @handle, June 1-September 25, 2026, "
        "10 days from service; 90-day non-disclosure.",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Penal Code §§ 1524(a)(7), 1546.1", "Penal Code § 1546.1", "CalECPA"),
            "requester.name": any_of(
                "San Diego County District Attorney's Office", "San Diego County District Attorney"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "rafael.quintanilla-boateng@sandiegoda.gov",
            "requester.verified": True,
            "requester.signer": any_of("Rafael Quintanilla-Boateng", "Evangelina Tsosie-Marroquin"),
            "requester.signer_title": any_of(
                "District Attorney Investigator", "Judge of the Superior Court", "Investigator"
            ),
            "targets": any_of(
                ["gaslamp.models.vip@example.com", "gaslamp_models_vip"],
                ["gaslamp_models_vip", "gaslamp.models.vip@example.com"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("human trafficking", "human trafficking (Pen. Code § 236.1)", None),
            "date_range": {"start": "2026-06-01", "end": "2026-09-25"},
            "served_at": served(date),
            "return_by": any_of("2026-10-09T17:00:00-07:00", "2026-10-09T23:59:59-07:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from 2026-09-28 (PDT) is 2026-12-27 (PST)
            "nondisclosure.expires_at": any_of(
                "2026-12-27T23:59:59-08:00", "2026-12-26T23:59:59-08:00", "2026-12-27T15:40:00-08:00"
            ),
            "case_number": "SDSW-26-3307",
            "issuing_court": any_of(
                "Superior Court of California, County of San Diego", "San Diego County Superior Court"
            ),
        },
        sender="Quintanilla-Boateng, Rafael <rafael.quintanilla-boateng@sandiegoda.gov>",
        subject="Search Warrant SDSW-26-3307",
        date=date,
        message_id="<SDDA-SW-3307-0929@sandiegoda.gov>",
        attachments=[(pdf(warrant), "application", "pdf", "SDSW-26-3307.pdf")],
        dkim="sandiegoda.gov",
    )


def maricopa_sheriff_forwarded_warrant() -> Message:
    date = when(2026, 11, 19, 9, 30, 0, -7)
    text = """\
Good morning, forwarding on behalf of Det. Nakashima-Ruelas, who is out in the field today. Please reply to
him directly with the results. Thank you.

Brenda Tsinajinnie-Ortiz
Records Specialist, Maricopa County Sheriff's Office - Special Investigations Division

---------- Forwarded message ---------
From: Nakashima-Ruelas, Alejandro <a.nakashima-ruelas@mcso.maricopa.gov>
Date: Wed, Nov 18, 2026 at 4:52 PM
Subject: Search warrant - @valley_heat_deals
To: Tsinajinnie-Ortiz, Brenda <b.tsinajinnie-ortiz@mcso.maricopa.gov>

Brenda - please send this to Social Example's legal process address. Thanks.

  IN THE SUPERIOR COURT OF THE STATE OF ARIZONA IN AND FOR THE COUNTY OF MARICOPA
  SEARCH WARRANT  No. SW2026-018834 (A.R.S. §§ 13-3911, 13-3016)

  Proof by affidavit having been made this day before me by Detective Alejandro Nakashima-Ruelas of the
  Maricopa County Sheriff's Office, I am satisfied there is probable cause to believe that evidence of the
  offense of trafficking in stolen firearms is held by Social Example, Inc. You are therefore commanded to
  produce, for the account @valley_heat_deals for 09/01/2026 through 11/15/2026: subscriber information; IP
  address history; and the content of all direct messages and their attachments.

  The provider shall produce the records within ten (10) days of service.
  Given under my hand on 11/18/2026 at 2:05 PM.   /s/ Hon. Theodora Begay-Lindstrom, Superior Court Judge

Det. A. Nakashima-Ruelas #S2291
MCSO Special Investigations Division
"""
    return make(
        "015-maricopa-sheriff-forwarded-warrant",
        "Maricopa County Sheriff's Office records specialist forwards her detective's mail with an Arizona Superior "
        "Court search warrant typed in: subscriber data, IP history and DMs of an @handle, 09/01-11/15/2026, ten "
        "days from service (Arizona, no daylight-saving time).",
        "en",
        "US",
        ("plain_text", "forwarded"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "A.R.S. §§ 13-3911, 13-3016", "A.R.S. § 13-3016"),
            "requester.name": "Maricopa County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": any_of("b.tsinajinnie-ortiz@mcso.maricopa.gov", "a.nakashima-ruelas@mcso.maricopa.gov"),
            "requester.verified": True,
            "requester.signer": any_of(
                "Alejandro Nakashima-Ruelas",
                "A. Nakashima-Ruelas",
                "Brenda Tsinajinnie-Ortiz",
                "Theodora Begay-Lindstrom",
            ),
            "requester.signer_title": any_of("Det.", "Detective", "Records Specialist", "Superior Court Judge"),
            "targets": ["valley_heat_deals"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("trafficking in stolen firearms", None),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": any_of(served(date), "2026-11-18T16:52:00-07:00"),
            # ten days from 2026-11-19 is Sunday 2026-11-29
            "return_by": any_of(
                "2026-11-29T17:00:00-07:00",
                "2026-11-29T23:59:59-07:00",
                "2026-11-30T17:00:00-07:00",
                "2026-11-30T23:59:59-07:00",
            ),
            "case_number": "SW2026-018834",
            "issuing_court": any_of(
                "Superior Court of the State of Arizona in and for the County of Maricopa",
                "Maricopa County Superior Court",
                "Superior Court of Arizona, Maricopa County",
            ),
        },
        sender="Tsinajinnie-Ortiz, Brenda <b.tsinajinnie-ortiz@mcso.maricopa.gov>",
        subject="Fwd: Search warrant - @valley_heat_deals",
        date=date,
        message_id="<MCSO-SID-1119-0930@mcso.maricopa.gov>",
        text=text,
        dkim="maricopa.gov",
    )


def gbi_chatham_grand_jury_odt() -> Message:
    date = when(2026, 12, 3, 10, 10, 0, -5)
    document = odt(
        [
            "IN THE SUPERIOR COURT OF CHATHAM COUNTY, STATE OF GEORGIA",
            "GRAND JURY SUBPOENA FOR THE PRODUCTION OF DOCUMENTS - No. GJ-2026-114",
            "TO: Custodian of Records, Social Example, Inc.",
            "YOU ARE HEREBY COMMANDED, all excuses set aside, to appear before the Grand Jury of Chatham County, "
            "Chatham County Courthouse, 133 Montgomery Street, Savannah, Georgia 31401, on the 11th day of January, "
            "2027 at 9:00 o'clock a.m., and to bring with you the records listed below. Production by electronic "
            "means to the investigating agent on or before that date shall be deemed compliance.",
            "Investigation: commercial gambling and money laundering through online 'sweepstakes' promotions.",
            "This the 1st day of December, 2026. Shalyn Pettaway-Greer, Chief Assistant District Attorney, Eastern "
            "Judicial Circuit. Issued by: Deputy Clerk, Superior Court of Chatham County.",
        ],
        [
            [
                ["Account", "Records"],
                ["@savannah_sweepstakes", "Subscriber name, address, e-mail, telephone, creation date"],
                [
                    "@hostess_city_slots",
                    "Records of session times and durations and the IP addresses assigned, "
                    "from 06/01/2026 to 11/30/2026",
                ],
            ]
        ],
        heading="Grand Jury Subpoena",
    )
    body = """\
Please see the attached grand jury subpoena for two accounts. Production to me by e-mail is acceptable.

SA Terrence Obuya-Whitfield
Georgia Bureau of Investigation | Region 5 (Statesboro) / Savannah Field Office
"""
    return make(
        "016-gbi-chatham-grand-jury-odt",
        "Georgia Bureau of Investigation agent serves a Chatham County superior court grand jury subpoena (.odt, "
        "table) for subscriber data and session/IP records of two @handles, June-November 2026; appear January 11, "
        "2027 at 9:00 a.m.; illegal sweepstakes gambling.",
        "en",
        "US",
        ("plain_text", "odt"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of(
                "Georgia Bureau of Investigation",
                "Chatham County District Attorney's Office",
                "Eastern Judicial Circuit District Attorney's Office",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "terrence.obuya-whitfield@gbi.ga.gov",
            "requester.verified": True,
            "requester.signer": any_of("Terrence Obuya-Whitfield", "Shalyn Pettaway-Greer"),
            "requester.signer_title": any_of("SA", "Special Agent", "Chief Assistant District Attorney"),
            "targets": any_of(
                ["savannah_sweepstakes", "hostess_city_slots"], ["hostess_city_slots", "savannah_sweepstakes"]
            ),
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(
                "commercial gambling and money laundering",
                "commercial gambling and money laundering through online 'sweepstakes' promotions",
                None,
            ),
            "date_range": any_of(None, {"start": "2026-06-01", "end": "2026-11-30"}),
            "served_at": served(date),
            "return_by": "2027-01-11T09:00:00-05:00",
            "case_number": any_of("GJ-2026-114", "No. GJ-2026-114"),
            "issuing_court": any_of("Superior Court of Chatham County", "Superior Court of Chatham County, Georgia"),
        },
        sender="Obuya-Whitfield, Terrence <terrence.obuya-whitfield@gbi.ga.gov>",
        subject="GJ Subpoena GJ-2026-114",
        date=date,
        message_id="<GBI-SAV-1203-1010@gbi.ga.gov>",
        text=body,
        attachments=[(document, "application", "vnd.oasis.opendocument.text", "GJ-2026-114.odt")],
        dkim="ga.gov",
    )


def el_paso_sheriff_warrant_scan() -> Message:
    date = when(2026, 10, 21, 15, 45, 0, -6)
    page1 = """\
# THE STATE OF TEXAS
# SEARCH WARRANT
# (Art. 18.02(a)(13), Art. 18B.354, Texas Code of Criminal Procedure)

THE STATE OF TEXAS, COUNTY OF EL PASO
To any peace officer of the State of Texas, and to Social Example, Inc.:

WHEREAS, Detective Octavio Lucero-Haugen of the El Paso County Sheriff's Office has this day
made sworn complaint before me that there is probable cause to believe that the records
described below constitute evidence of the offense of Smuggling of Persons (Tex. Penal Code
Sec. 20.05),

YOU ARE COMMANDED to produce the following records for the account @sunland_rides_915 and
the account associated with telephone number 915-555-0173, for the period August 15, 2026
through October 15, 2026:
   a. subscriber and registration information;
   b. IP address logs for all log-ins;
   c. private messages, with attachments;
   d. location history.

The records shall be delivered to the affiant on or before Monday, November 2, 2026.

ISSUED this 20th day of October, 2026, at 11:15 o'clock a.m.

                          Hon. Renata Villalobos-Kettering
                          Judge, 34th District Court, El Paso County, Texas
"""
    body = """\
Please see attached warrant (scanned). Let me know if you can't read it.

Det. O. Lucero-Haugen
El Paso County Sheriff's Office - Criminal Investigations Division
915-555-0104
"""
    return make(
        "017-el-paso-sheriff-warrant-scan",
        "El Paso County (TX, Mountain time) Sheriff's detective sends a 34th District Court search warrant as an "
        "image-only scan: subscriber data, IP logs, messages and location of an @handle and a phone, "
        "8/15-10/15/2026, due Monday November 2, 2026 (after daylight-saving time ends).",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(
                None, "Art. 18.02(a)(13), Art. 18B.354, Texas Code of Criminal Procedure", "Art. 18B.354"
            ),
            "requester.name": "El Paso County Sheriff's Office",
            "requester.kind": "STATE_LOCAL",
            "requester.email": "olucero-haugen@epcountytx.gov",
            "requester.verified": True,
            "requester.signer": any_of("Octavio Lucero-Haugen", "O. Lucero-Haugen", "Renata Villalobos-Kettering"),
            "requester.signer_title": any_of("Det.", "Detective", "Judge"),
            "targets": any_of(
                ["sunland_rides_915", "915-555-0173"],
                ["sunland_rides_915", "9155550173"],
                ["sunland_rides_915", "+19155550173"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("Smuggling of Persons", "smuggling of persons", None),
            "date_range": {"start": "2026-08-15", "end": "2026-10-15"},
            "served_at": served(date),
            "return_by": any_of("2026-11-02T17:00:00-07:00", "2026-11-02T23:59:59-07:00"),
            "case_number": None,
            "issuing_court": any_of("34th District Court, El Paso County, Texas", "34th District Court"),
        },
        sender="Lucero-Haugen, Octavio <olucero-haugen@epcountytx.gov>",
        subject="Search Warrant @sunland_rides_915",
        date=date,
        message_id="<EPCSO-CID-1021-1545@epcountytx.gov>",
        text=body,
        attachments=[(scan([page1], skew=0.5, noise=0.0004, seed=17), "application", "pdf", "SW_scan_1021.pdf")],
        dkim="epcountytx.gov",
    )


def tulsa_pd_subpoena_template_blank() -> Message:
    date = when(2026, 9, 16, 13, 0, 0, -5)
    subpoena = """\
IN THE DISTRICT COURT IN AND FOR TULSA COUNTY, STATE OF OKLAHOMA

STATE OF OKLAHOMA,                     )
          Plaintiff,                   )
v.                                     )     Case No. CF-2026-3391
TREVON ABERNATHY-KLINE,                )
          Defendant.                   )

SUBPOENA DUCES TECUM

THE STATE OF OKLAHOMA TO: Custodian of Records, Social Example, Inc.

You are commanded to appear before the District Court of Tulsa County, 500 South Denver Avenue, Tulsa,
Oklahoma, Courtroom 406, on the 5th day of October, 2026, at 9:00 a.m., at the Preliminary Hearing in the
above case, and bring with you the following:

     Account(s): [ENTER ACCOUNT IDENTIFIER]
     Records:    [DESCRIBE RECORDS REQUESTED]

Witness my hand and the seal of said Court this 15th day of September, 2026.
DON NEWBERRY-ALCOTT, Court Clerk, by: ____________, Deputy
Issued at the request of: Assistant District Attorney, Tulsa County
"""
    body = """\
Hi - per our phone call this morning, here is the subpoena for the account we discussed. Let me know if you
need anything else.

Thanks!
Ofc. Jasmine Redcorn-Whitaker
Tulsa Police Department - Cyber Crimes
"""
    return make(
        "018-tulsa-pd-subpoena-template-blank",
        "Tulsa Police officer sends 'the subpoena for the account we discussed' on the phone: a Tulsa County "
        "criminal subpoena duces tecum whose account and records lines are still template placeholders; nothing in "
        "the mail names an account or data: a person must ask.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("SUBPOENA_TRIAL", "UNKNOWN"),
            "requester.name": any_of(
                "Tulsa Police Department", "City of Tulsa", "Tulsa County District Attorney's Office"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "jredcorn-whitaker@cityoftulsa.gov",
            "requester.verified": True,
            "requester.signer": any_of("Jasmine Redcorn-Whitaker", None),
            "requester.signer_title": any_of("Ofc.", "Officer", None),
            "targets": [],
            "data_categories": [],
            "served_at": served(date),
            "return_by": any_of(None, "2026-10-05T09:00:00-05:00"),
            "case_number": any_of(None, "CF-2026-3391"),
            "issuing_court": any_of(
                None, "District Court in and for Tulsa County, State of Oklahoma", "District Court of Tulsa County"
            ),
        },
        sender="Redcorn-Whitaker, Jasmine <jredcorn-whitaker@cityoftulsa.gov>",
        subject="subpoena",
        date=date,
        message_id="<TPD-CYB-0916-1300@cityoftulsa.gov>",
        text=body,
        attachments=[(pdf(subpoena), "application", "pdf", "SDT CF-2026-3391.pdf")],
        dkim="cityoftulsa.gov",
    )


def spokane_sheriff_preservation_no_notice() -> Message:
    date = when(2026, 10, 2, 8, 55, 0, -7)
    text = """\
To Social Example Legal Compliance:

The Spokane County Sheriff's Office is investigating a residential burglary series (SCSO case 2026-10188734).
Pursuant to 18 U.S.C. 2703(f), I am requesting that you preserve all records and other evidence in your
possession, including stored communications, for the following accounts, pending the issuance of a search
warrant, for a period of 90 days:

    - @lilac_city_resale
    - the account registered to the e-mail address lilaccity.resale@example.com

Please preserve records from August 1, 2026 to the present.

We ask that you NOT notify the account holder of this request, as notification may result in the destruction
of evidence. There is no court order on this yet.

Deputy Brooke Hallett-Ncube
Spokane County Sheriff's Office, Investigative Unit
1100 W Mallon Ave, Spokane, WA 99260 | 509-555-0111
"""
    return make(
        "019-spokane-sheriff-preservation-no-notice",
        "Spokane County (WA) Sheriff's deputy asks to preserve an @handle and an e-mail-address account for 90 days "
        "from August 1, 2026, and asks (no court order) that the user not be told.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)"),
            "requester.name": any_of("Spokane County Sheriff's Office", "Spokane County"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "bhallett-ncube@spokanecounty.gov",
            "requester.verified": True,
            "requester.signer": "Brooke Hallett-Ncube",
            "requester.signer_title": "Deputy",
            "targets": any_of(
                ["lilac_city_resale", "lilaccity.resale@example.com"],
                ["lilaccity.resale@example.com", "lilac_city_resale"],
            ),
            "data_categories": any_of(
                [],
                ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
                ["STORED_CONTENT"],
            ),
            "stated_purpose": any_of("residential burglary series", "burglary", None),
            "date_range": any_of(None, {"start": "2026-08-01", "end": "2026-10-02"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "nondisclosure.expires_at": None,
            "case_number": any_of("2026-10188734", "SCSO case 2026-10188734"),
        },
        sender="Hallett-Ncube, Brooke <bhallett-ncube@spokanecounty.gov>",
        subject="Preservation Request - SCSO 2026-10188734",
        date=date,
        message_id="<SCSO-2026-10188734-pres@spokanecounty.gov>",
        text=text,
        dkim="spokanecounty.gov",
    )


def lawfirm_rule45_edpa_docx() -> Message:
    date = when(2026, 12, 1, 15, 12, 0, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT for the Eastern District of Pennsylvania"),
            (
                "p",
                "BRIGHTWATER DENTAL GROUP, P.C., Plaintiff, v. JOHN DOE, Defendant. Civil Action No. 2:26-cv-04412-KSM",
            ),
            (
                "p",
                "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A "
                "CIVIL ACTION",
            ),
            ("p", "To: Social Example, Inc., c/o Custodian of Records"),
            (
                "p",
                "YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, "
                "electronically stored information, or objects: see Schedule A.",
            ),
            ("t", "Place|Harrowgate Finch LLP, 1650 Market Street, Suite 3600, Philadelphia, PA 19103"),
            ("t", "Date and Time|December 21, 2026 10:00 a.m."),
            (
                "p",
                "Schedule A. For the account @honest_patient_phl, which on or about September 14, 2026 published "
                "the statements identified in the Complaint: (1) documents sufficient to identify the account holder, "
                "including name, address, e-mail address and telephone number; (2) the IP addresses, with dates and "
                "times, used to access the account between September 1, 2026 and October 31, 2026.",
            ),
            (
                "p",
                "Date: 11/30/2026. CLERK OF COURT OR /s/ Naomi R. Castellano-Brandt, Attorney's signature. The name, "
                "address, e-mail address, and telephone number of the attorney representing Plaintiff Brightwater "
                "Dental Group, P.C., who issues or requests this subpoena: Naomi R. Castellano-Brandt, Harrowgate Finch "
                "LLP, ncastellano-brandt@harrowgatefinch.example.com, (215) 555-0183.",
            ),
            (
                "p",
                "Notice to the person who issues or requests this subpoena: a notice and a copy of the subpoena "
                "must be served on each party in this case before it is served on the person to whom it is directed. "
                "Fed. R. Civ. P. 45(a)(4).",
            ),
        ],
        author="Harrowgate Finch LLP",
    )
    body = """\
Counsel,

Our firm represents Brightwater Dental Group in the above-captioned defamation action. Attached is a Rule 45
subpoena directed to Social Example, Inc. The Court granted leave to serve early discovery on November 24, 2026
(ECF No. 9). We will accept electronic production. Please direct any questions to me.

Naomi R. Castellano-Brandt
Harrowgate Finch LLP | Philadelphia
"""
    return make(
        "020-lawfirm-rule45-edpa-docx",
        "Philadelphia law firm serves a Fed. R. Civ. P. 45 subpoena (.docx) in an E.D. Pa. defamation suit against "
        "a John Doe reviewer: identity and access IPs Sept-Oct 2026 of an anonymous @handle; production December 21, "
        "2026 at 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of(
                "Harrowgate Finch LLP", "Brightwater Dental Group, P.C.", "Naomi R. Castellano-Brandt"
            ),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "ncastellano-brandt@harrowgatefinch.example.com",
            "requester.verified": True,
            "requester.signer": "Naomi R. Castellano-Brandt",
            "requester.signer_title": any_of(None, "Attorney"),
            "targets": ["honest_patient_phl"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(None, "defamation"),
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": "2026-12-21T10:00:00-05:00",
            "case_number": "2:26-cv-04412-KSM",
            "issuing_court": any_of(
                "United States District Court for the Eastern District of Pennsylvania",
                "U.S. District Court, Eastern District of Pennsylvania",
            ),
        },
        sender="Naomi R. Castellano-Brandt <ncastellano-brandt@harrowgatefinch.example.com>",
        subject="Brightwater Dental Group v. Doe, No. 2:26-cv-04412 - Rule 45 Subpoena",
        date=date,
        message_id="<HF-4412-sub-1201@harrowgatefinch.example.com>",
        text=body,
        attachments=[(document, "application", DOCX, "Subpoena - Social Example (Brightwater v Doe).docx")],
        dkim="harrowgatefinch.example.com",
    )


def dmca_512h_subpoena_html() -> Message:
    date = when(2026, 11, 20, 12, 30, 0, -5)
    html = """\
<html><body>
<p>Dear Designated Agent,</p>
<p>We represent <b>Meadowlark Sound Publishing LLC</b>. On November 18, 2026 the Clerk of the United States District
Court for the District of New Jersey issued the enclosed subpoena under <b>17 U.S.C. &sect; 512(h)</b>
(Misc. No. 2:26-mc-00231), upon our request, proposed subpoena and sworn declaration. A copy of our notification
of claimed infringement of October 30, 2026 is also enclosed.</p>
<p>The subpoena requires Social Example, Inc. to disclose <i>information sufficient to identify the alleged
infringer</i> operating the account <b>@jersey_leaks_vault</b>, which posted eleven unreleased recordings,
namely the name, address, telephone number and e-mail address of the account holder.</p>
<p>Section 512(h)(5) requires you to expeditiously disclose the information. Please produce it <u>on or before
December 4, 2026</u>.</p>
<p>Very truly yours,<br>
Desmond Achterberg-Nwosu<br>
Pellman Rowe &amp; Achterberg LLP<br>
One Gateway Center, Newark, NJ 07102</p>
<p><i>Enclosures: Subpoena (D.N.J. 2:26-mc-00231); Declaration; DMCA notice dated October 30, 2026</i></p>
</body></html>
"""
    return make(
        "021-dmca-512h-subpoena-html",
        "Newark law firm serves (HTML, no table) a clerk-issued D.N.J. 17 U.S.C. § 512(h) subpoena for the identity "
        "of an @handle that posted unreleased recordings, citing its DMCA notice and sworn declaration; by December "
        "4, 2026.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of(
                "Pellman Rowe & Achterberg LLP", "Meadowlark Sound Publishing LLC", "Desmond Achterberg-Nwosu"
            ),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "dachterberg-nwosu@pellmanrowe.example.net",
            "requester.verified": True,
            "requester.signer": "Desmond Achterberg-Nwosu",
            "targets": ["jersey_leaks_vault"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "copyright infringement", "identify the alleged infringer"),
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-05:00", "2026-12-04T23:59:59-05:00"),
            "case_number": "2:26-mc-00231",
            "issuing_court": any_of(
                "United States District Court for the District of New Jersey",
                "U.S. District Court, District of New Jersey",
            ),
        },
        sender="Desmond Achterberg-Nwosu <dachterberg-nwosu@pellmanrowe.example.net>",
        subject="DMCA 512(h) Subpoena - @jersey_leaks_vault - D.N.J. 2:26-mc-00231",
        date=date,
        message_id="<PRA-231-1120@pellmanrowe.example.net>",
        html=html,
        dkim="pellmanrowe.example.net",
    )


def pro_se_divorce_subpoena_freemail() -> Message:
    date = when(2026, 12, 4, 21, 48, 0, -5)
    text = """\
To whom it may concern,

I am representing myself in my divorce case in Knox County, Tennessee (Fourth Circuit Court, Docket No.
FD-26-118204, Kayla Brumley-Oates v. Wade Brumley-Oates). The clerk issued the subpoena below and I am serving
it on you by email since you have no office in Tennessee.

    STATE OF TENNESSEE - FOURTH CIRCUIT COURT FOR KNOX COUNTY
    SUBPOENA DUCES TECUM (Tenn. R. Civ. P. 45)
    TO: Social Example, Inc.
    Produce on or before December 18, 2026 at 9:00 a.m. at the Fourth Circuit Court Clerk's office, City
    County Building, 400 Main Street, Knoxville, TN 37902: all direct messages sent or received by the account
    @smokymtn_kayla between March 1, 2026 and November 30, 2026, the subscriber information for that account,
    and all location history for the same period.
    Issued 12/2/2026 by the Clerk, Fourth Circuit Court.

She is hiding money and talking to someone, and the messages will prove it. Please send everything to this email.

Wade Brumley-Oates
(865) 555-0139
"""
    return make(
        "022-pro-se-divorce-subpoena-freemail",
        "A self-represented husband serves from a free-mail account a Knox County (TN) Fourth Circuit Court subpoena "
        "duces tecum in his divorce: DMs, subscriber data and location history of his wife's @handle, March-November "
        "2026, due December 18, 2026 at 9:00 a.m.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of(None, "Tenn. R. Civ. P. 45"),
            "requester.name": any_of("Wade Brumley-Oates", None),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "wade.brumleyoates@gmail.com",
            "requester.verified": False,
            "requester.signer": "Wade Brumley-Oates",
            "requester.signer_title": None,
            "targets": ["smokymtn_kayla"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of(None, "divorce"),
            "date_range": {"start": "2026-03-01", "end": "2026-11-30"},
            "served_at": served(date),
            "return_by": "2026-12-18T09:00:00-05:00",
            "case_number": "FD-26-118204",
            "issuing_court": any_of(
                "Fourth Circuit Court for Knox County",
                "Fourth Circuit Court, Knox County, Tennessee",
                "Fourth Circuit Court",
            ),
        },
        sender="Wade Brumley-Oates <wade.brumleyoates@gmail.com>",
        subject="Subpoena - divorce case FD-26-118204",
        date=date,
        message_id="<CAF7wbo-1204-2148@mail.gmail.com>",
        text=text,
    )


MESSAGES = [
    miami_dade_sheriff_warrant_docx,
    portland_pd_emergency_overdose,
    montgomery_md_unsigned_proposed_order,
    pittsburgh_trial_subpoena_typos,
    san_diego_da_calecpa_warrant_pdf_only,
    maricopa_sheriff_forwarded_warrant,
    gbi_chatham_grand_jury_odt,
    el_paso_sheriff_warrant_scan,
    tulsa_pd_subpoena_template_blank,
    spokane_sheriff_preservation_no_notice,
    lawfirm_rule45_edpa_docx,
    dmca_512h_subpoena_html,
    pro_se_divorce_subpoena_freemail,
]

"""United States demands, part 1 (federal districts and agencies, the South, the Southwest, the Pacific and
Puerto Rico). Sender domains from CISA's .gov list; people, accounts and case numbers fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout6._kit import Message, any_of, docx_file, make, pdf, scan, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def usao_wdok_2703d_90_day_gag() -> Message:
    date = when(2026, 10, 20, 10, 14, 0, -5)
    text = """\
Good morning,

Please find below the text of a 2703(d) order entered yesterday in Oklahoma City. Production is due within
fourteen (14) days of service, electronically to the undersigned.

  IN THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF OKLAHOMA
  IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. 2703(d)
  Case No. M-26-417-SMO

  Upon the application of the United States, the Court finds specific and articulable facts showing that
  there are reasonable grounds to believe the records sought are relevant and material to an ongoing
  criminal investigation of wire fraud (18 U.S.C. 1343) involving sham cattle sales.

  IT IS ORDERED that Social Example, Inc. disclose, for the account @redearth_ledger, for the period
  June 1, 2026 through October 15, 2026: subscriber name, postal and e-mail addresses, telephone numbers;
  and all log-in IP addresses with date and time stamps. No contents of communications are to be disclosed.

  IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that Social Example, Inc. shall not notify any person of
  the existence of this application or Order for a period of ninety (90) days from the date of this Order.

  ENTERED: October 19, 2026          Suzanne M. Okafor-Reyes, United States Magistrate Judge

Regards,
Trevor J. Langdon
Assistant United States Attorney
Western District of Oklahoma | 405-555-0131
"""
    return make(
        "001-usao-wdok-2703d-90-day-gag",
        "USAO Western District of Oklahoma serves a § 2703(d) order in the body: subscriber data and log-in IPs of "
        "an @handle for June 1-October 15, 2026; 14 days from service (past the end of daylight-saving time); "
        "90-day § 2705(b) NDO expiring in January (standard time).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. 2703(d)", "18 U.S.C. § 2703(d)"),
            "requester.name": any_of(
                "United States Attorney's Office for the Western District of Oklahoma",
                "U.S. Attorney's Office, Western District of Oklahoma",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Trevor.Langdon@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Suzanne M. Okafor-Reyes", "Trevor J. Langdon"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["redearth_ledger"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("wire fraud", "sham cattle sales", None),
            "date_range": {"start": "2026-06-01", "end": "2026-10-15"},
            "served_at": served(date),
            # 14 days from Tuesday 2026-10-20 is Tuesday 2026-11-03, after daylight-saving time ended (CST)
            "return_by": any_of("2026-11-03T17:00:00-06:00", "2026-11-03T23:59:59-06:00"),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            # 90 days from 2026-10-19 is 2027-01-17 (CST)
            "nondisclosure.expires_at": any_of("2027-01-17T23:59:59-06:00", "2027-01-16T23:59:59-06:00"),
            "case_number": "M-26-417-SMO",
            "issuing_court": any_of(
                "United States District Court for the Western District of Oklahoma",
                "U.S. District Court, Western District of Oklahoma",
            ),
        },
        sender="Langdon, Trevor (USAOKW) <Trevor.Langdon@usdoj.gov>",
        subject="2703(d) order M-26-417-SMO",
        date=date,
        message_id="<DM6PR09MB4471B@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


def usao_edla_grand_jury_january_pdf() -> Message:
    date = when(2026, 10, 28, 11, 2, 0, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
for the
EASTERN DISTRICT OF LOUISIANA

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Social Example, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below
to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a
court officer allows you to leave.

Place: Hale Boggs Federal Building, 500 Poydras Street, New Orleans, Louisiana 70130, Grand Jury Room
Date and Time: January 12, 2027 9:00 a.m.

You must also bring with you the following documents: for the account registered with the e-mail address
bayou.barge.parts@example.com: subscriber name, postal address, telephone numbers, other e-mail addresses,
account creation date and means of payment.

Grand Jury 26-3, Subpoena No. 0188
Date: October 27, 2026                          CLERK OF COURT  /s/ Deputy Clerk R. Fontenot
The name, address, e-mail and telephone number of the United States attorney, or assistant United States
attorney, who requests this subpoena, are: Colette A. Thibodeaux, AUSA, 650 Poydras Street, Suite 1600,
New Orleans, LA 70130, Colette.Thibodeaux@usdoj.gov, (504) 555-0162
"""
    return make(
        "002-usao-edla-grand-jury-january-pdf",
        "USAO Eastern District of Louisiana grand jury subpoena (PDF) for subscriber data of an e-mail-address "
        "account; appear January 12, 2027 9:00 a.m. (New Orleans, standard time) from an October mail.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "Fed. R. Crim. P. 17"),
            "requester.name": any_of(
                "United States Attorney's Office for the Eastern District of Louisiana",
                "U.S. Attorney's Office, Eastern District of Louisiana",
                "United States Attorney's Office",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Colette.Thibodeaux@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Colette A. Thibodeaux", "R. Fontenot"),
            "requester.signer_title": any_of("AUSA", "Assistant United States Attorney", "Deputy Clerk"),
            "targets": ["bayou.barge.parts@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "theft of government funds"),
            "served_at": served(date),
            "return_by": "2027-01-12T09:00:00-06:00",
            "case_number": any_of("Grand Jury 26-3, Subpoena No. 0188", "26-3", "0188", "Subpoena No. 0188"),
            "issuing_court": any_of(
                "United States District Court for the Eastern District of Louisiana",
                "U.S. District Court, Eastern District of Louisiana",
            ),
        },
        sender="Thibodeaux, Colette (USALAE) <Colette.Thibodeaux@usdoj.gov>",
        subject="Grand jury subpoena - theft of government funds",
        date=date,
        message_id="<BN8PR09MB7720C@usdoj.gov>",
        text="Please see the attached grand jury subpoena. A business records certification in lieu of appearance "
        "is acceptable.\n\nColette Thibodeaux\nAUSA, EDLA\n",
        attachments=[(pdf(subpoena), "application", "pdf", "GJ26-3_0188.pdf")],
        dkim="usdoj.gov",
    )


def fbi_jacksonville_warrant_docx() -> Message:
    date = when(2026, 11, 12, 15, 40, 0, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT for the Middle District of Florida"),
            (
                "p",
                "In the Matter of the Search of Information Associated with the account at the URL below that is "
                "Stored at Premises Controlled by Social Example, Inc.",
            ),
            ("p", "Case No. 3:26-mj-1294-LBO"),
            ("h", "SEARCH AND SEIZURE WARRANT"),
            (
                "p",
                "To: Any authorized law enforcement officer. An application by a federal law enforcement officer "
                "requests the search of the following property (Fed. R. Crim. P. 41; 18 U.S.C. 2703(a), (b)(1)(A) "
                "and (c)(1)(A)):",
            ),
            ("t", "Account|https://social.example.com/u/riverside_rook?ref=share&lang=en"),
            (
                "t",
                "Records to be disclosed|subscriber information; IP log-in history; all private messages, photos "
                "and videos; location history",
            ),
            ("t", "Period|07/01/2026 to 11/01/2026"),
            ("t", "Offense|18 U.S.C. 2251 and 2422(b) (enticement of minors)"),
            ("p", "The provider shall disclose the records within twenty-one (21) days of service of this warrant."),
            ("p", "Date and time issued: 11/10/2026 2:05 pm   City and state: Jacksonville, Florida"),
            ("p", "Laurel B. Ortega-Finch, United States Magistrate Judge"),
        ],
        author="FBI JK",
    )
    text = """\
Social Example Legal,

Attached is a federal search warrant for the account in Attachment A (profile link). Please return results to
me through your portal or by e-mail.

SA Kevin T. Mabry
FBI Jacksonville, Violent Crimes Against Children
(904) 555-0183
"""
    return make(
        "003-fbi-jacksonville-warrant-docx",
        "FBI Jacksonville serves an M.D. Fla. search warrant (.docx with a table) for a /u/ profile URL with a "
        "query string: subscriber data, IP logs, messages/media and location 07/01-11/01/2026; 21 days.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(
                None,
                "Fed. R. Crim. P. 41",
                "18 U.S.C. 2703",
                "18 U.S.C. § 2703",
                "18 U.S.C. 2703(a), (b)(1)(A) and (c)(1)(A)",
                "Fed. R. Crim. P. 41; 18 U.S.C. 2703(a), (b)(1)(A) and (c)(1)(A)",
            ),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Jacksonville"),
            "requester.kind": "FEDERAL",
            "requester.email": "kmabry@fbi.gov",
            "requester.verified": True,
            "requester.signer": any_of("Laurel B. Ortega-Finch", "Kevin T. Mabry"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Special Agent", "SA"),
            "targets": any_of(
                ["riverside_rook"],
                ["https://social.example.com/u/riverside_rook?ref=share&lang=en"],
                ["https://social.example.com/u/riverside_rook"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of("enticement of minors", "18 U.S.C. 2251 and 2422(b)", None),
            "date_range": {"start": "2026-07-01", "end": "2026-11-01"},
            "served_at": served(date),
            # 21 days from Thursday 2026-11-12 is Thursday 2026-12-03
            "return_by": any_of("2026-12-03T17:00:00-05:00", "2026-12-03T23:59:59-05:00"),
            "case_number": "3:26-mj-1294-LBO",
            "issuing_court": any_of(
                "United States District Court for the Middle District of Florida",
                "U.S. District Court, Middle District of Florida",
            ),
        },
        sender="Mabry, Kevin T. (JK) (FBI) <kmabry@fbi.gov>",
        subject="Search Warrant 3:26-mj-1294",
        date=date,
        message_id="<JK-VCAC-1294-1540@fbi.gov>",
        text=text,
        attachments=[(document, "application", DOCX, "SW_3-26-mj-1294.docx")],
        dkim="fbi.gov",
    )


def ssa_oig_subpoena_pdf_only() -> Message:
    date = when(2026, 9, 30, 9, 5, 0, -4)
    subpoena = """\
SOCIAL SECURITY ADMINISTRATION
OFFICE OF THE INSPECTOR GENERAL
SUBPOENA DUCES TECUM                                          No. OIG-SDT-2026-0662

TO: Custodian of Records, Social Example, Inc., 1 Example Way, Springfield

Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. 406(a)(4), YOU ARE HEREBY COMMANDED to
produce the records described below, which are necessary in the performance of the responsibilities of the
Inspector General, to the Office of the Inspector General, 6401 Security Boulevard, Baltimore, MD 21235, no
later than December 4, 2026.

Records: for the account "ssdi_helpdesk_official" and for any account registered with the telephone number
(410) 555-0137: the subscriber's name, address, e-mail addresses and telephone numbers, date of creation, and
the IP addresses used to log in from March 1, 2026 to September 15, 2026.

The records relate to an investigation of persons impersonating the Social Security Administration to obtain
beneficiaries' personal information and payments.

In testimony whereof, this subpoena is issued under my hand at Baltimore, Maryland, September 29, 2026.

Gail P. Norquist-Adebayo
Inspector General
"""
    return make(
        "004-ssa-oig-subpoena-pdf-only",
        "SSA Office of the Inspector General subpoena (PDF only, empty body) for a user name and a phone "
        "number's account: identity and log-in IPs Mar-Sep 2026; sent in September, due December 4, 2026 "
        "(standard time).",
        "en",
        "US",
        ("pdf_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("5 U.S.C. 406(a)(4)", "5 U.S.C. § 406(a)(4)", "Inspector General Act of 1978"),
            "requester.name": any_of(
                "Social Security Administration, Office of the Inspector General",
                "Social Security Administration Office of the Inspector General",
                "SSA OIG",
                "Office of the Inspector General",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "oig.subpoenas@oig.ssa.gov",
            "requester.verified": True,
            "requester.signer": "Gail P. Norquist-Adebayo",
            "requester.signer_title": "Inspector General",
            "targets": any_of(
                ["ssdi_helpdesk_official", "+14105550137"],
                ["ssdi_helpdesk_official", "(410) 555-0137"],
                ["ssdi_helpdesk_official", "4105550137"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of(
                "impersonating the Social Security Administration", "impersonation of SSA", "impersonation"
            ),
            "date_range": {"start": "2026-03-01", "end": "2026-09-15"},
            "served_at": served(date),
            "return_by": any_of("2026-12-04T17:00:00-05:00", "2026-12-04T23:59:59-05:00"),
            "case_number": "OIG-SDT-2026-0662",
        },
        sender="SSA OIG Subpoenas <oig.subpoenas@oig.ssa.gov>",
        subject="Subpoena OIG-SDT-2026-0662",
        date=date,
        message_id="<oig-sdt-0662@oig.ssa.gov>",
        text="",
        attachments=[(pdf(subpoena), "application", "pdf", "OIG-SDT-2026-0662.pdf")],
        dkim="oig.ssa.gov",
    )


def dea_tucson_wiretap_order() -> Message:
    date = when(2026, 9, 24, 8, 40, 0, -7)
    text = """\
Legal Process Team,

Per our call, below is the operative language of the Title III order signed last night in Tucson. The order
itself is sealed; a certified copy is available to your counsel for inspection at the USAO.

  UNITED STATES DISTRICT COURT, DISTRICT OF ARIZONA
  In the Matter of the Application of the United States for an Order Authorizing the Interception of
  Electronic Communications to and from the Social Example account @sonoran_runner_520
  No. 26-00093MC-TUC-AMQ

  Pursuant to 18 U.S.C. 2518, agents of the Drug Enforcement Administration are authorized to intercept
  electronic communications (messages, attachments) sent to or from the Target Account, together with the
  associated addressing and routing information, for a period not to exceed thirty (30) days.
  Social Example, Inc. shall furnish all technical assistance necessary, and shall begin delivering the
  intercepted communications no later than 5:00 p.m. on October 2, 2026.
  Social Example, Inc. shall not disclose the existence of the interception or of this Order to the
  subscriber or any other person, pursuant to 18 U.S.C. 2511(2)(a)(ii), and this Order is sealed until
  further order of the Court.
  Investigation: distribution of methamphetamine and fentanyl, 21 U.S.C. 841 and 846.

  Signed 09/23/2026.  Adela M. Quintero, United States District Judge

Ruben Castellanos-Hale
Special Agent, DEA Tucson District Office
520-555-0109
"""
    return make(
        "005-dea-tucson-wiretap-order",
        "DEA Tucson serves the operative text of a sealed D. Ariz. Title III wiretap order for an @handle: 30 days "
        "of messages and addressing data in real time, start by 5:00 p.m. October 2, 2026 (Arizona keeps "
        "standard time); § 2511(2)(a)(ii) nondisclosure until further order.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "WIRETAP_ORDER",
            "statute": any_of("18 U.S.C. 2518", "18 U.S.C. § 2518"),
            "requester.name": any_of("Drug Enforcement Administration", "DEA", "DEA Tucson District Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "ruben.castellanos-hale@dea.gov",
            "requester.verified": True,
            "requester.signer": any_of("Adela M. Quintero", "Ruben Castellanos-Hale"),
            "requester.signer_title": any_of("United States District Judge", "Special Agent"),
            "targets": ["sonoran_runner_520"],
            "data_categories": any_of(["REALTIME_CONTENT", "REALTIME_METADATA"], ["REALTIME_CONTENT"]),
            "stated_purpose": any_of("distribution of methamphetamine and fentanyl", "drug trafficking", None),
            "served_at": served(date),
            "return_by": "2026-10-02T17:00:00-07:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": None,
            "case_number": "26-00093MC-TUC-AMQ",
            "issuing_court": any_of(
                "United States District Court for the District of Arizona",
                "U.S. District Court, District of Arizona",
                "United States District Court, District of Arizona",
            ),
        },
        sender="Castellanos-Hale, Ruben <ruben.castellanos-hale@dea.gov>",
        subject="Title III - technical assistance - @sonoran_runner_520",
        date=date,
        message_id="<DEA-TUC-T3-0093@dea.gov>",
        text=text,
        dkim="dea.gov",
    )


def noaa_ole_preservation_page_url() -> Message:
    date = when(2026, 10, 6, 16, 22, 0, -8)
    text = """\
Pls preserve for 90 days under 2703(f): subscriber info and all posts/photos for
https://social.example.com/pages/Glacier-Bay-Halibut-Charters-1042?tab=about&ref=page_internal

Unlicensed guided halibut charters (Magnuson-Stevens Act). Process to follow.

Thx
SA Tanya Kuzmin
NOAA Office of Law Enforcement, Juneau AK
907-555-0115
"""
    return make(
        "006-noaa-ole-preservation-page-url",
        "NOAA Office of Law Enforcement (Juneau) terse § 2703(f) preservation request for a /pages/ URL with a "
        "query string, 90 days; unlicensed charters; no range, no gag.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "PRESERVATION_REQUEST",
            "statute": any_of("18 U.S.C. 2703(f)", "18 U.S.C. § 2703(f)", "2703(f)"),
            "requester.name": any_of(
                "NOAA Office of Law Enforcement",
                "National Oceanic and Atmospheric Administration",
                "NOAA",
                "National Oceanic and Atmospheric Administration Office of Law Enforcement",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "tanya.kuzmin@noaa.gov",
            "requester.verified": True,
            "requester.signer": "Tanya Kuzmin",
            "requester.signer_title": any_of("SA", "Special Agent"),
            "targets": any_of(
                ["https://social.example.com/pages/Glacier-Bay-Halibut-Charters-1042?tab=about&ref=page_internal"],
                ["https://social.example.com/pages/Glacier-Bay-Halibut-Charters-1042"],
                ["Glacier-Bay-Halibut-Charters-1042"],
            ),
            "data_categories": any_of([], ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"]),
            "stated_purpose": any_of("unlicensed guided halibut charters", "Magnuson-Stevens Act", None),
            "served_at": served(date),
        },
        sender="Tanya Kuzmin - NOAA Federal <tanya.kuzmin@noaa.gov>",
        subject="preservation req",
        date=date,
        message_id="<CAKz-noaa-ole-1042@noaa.gov>",
        text=text,
        dkim="noaa.gov",
    )


def honolulu_pd_warrant_utc_client() -> Message:
    date = when(2026, 11, 18, 3, 15, 0, 0)
    text = """\
Aloha Custodian of Records,

Please see the search warrant below, signed this afternoon. Kindly produce the records by 4:00 p.m. on
November 30, 2026 to detective Akana at the e-mail address below.

    IN THE DISTRICT COURT OF THE FIRST CIRCUIT, STATE OF HAWAII
    SEARCH WARRANT No. 1SW26-0391          (HPD Report No. 26-412887)

    TO: Social Example, Inc., custodian of records
    Proof by affidavit having been made before me, you are commanded, pursuant to HRS 803-47.6, to
    disclose the following for the user name alohastate_deals and the account registered with the phone
    number (808) 555-0174, for 09/01/2026 to 11/15/2026:
      1. subscriber name, e-mail, phone, date of registration;
      2. IP addresses and log-in times;
      3. messages exchanged with the account "leilani.k.rentals".
    Offense under investigation: theft in the first degree (fake vacation-rental listings).

    Dated at Honolulu, Hawaii, November 17, 2026.
    /s/ Keola R. Maunakea, Judge of the District Court of the First Circuit

Mahalo,
Detective Shane K. Akana
Honolulu Police Department, Financial Fraud Detail
(808) 555-0177 | shane.akana@honolulu.gov
"""
    return make(
        "007-honolulu-pd-warrant-utc-client",
        "Honolulu PD detective serves a First Circuit (Hawaii) search warrant in the body; her mail client stamps "
        "the Date in UTC (+0000): subscriber data, IP log-ins and messages with one account for a user name and "
        "a phone, 09/01-11/15/2026; produce by 4:00 p.m. November 30, 2026 (Hawaii time).",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("HRS 803-47.6", "HRS § 803-47.6", None),
            "requester.name": any_of("Honolulu Police Department", "HPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "shane.akana@honolulu.gov",
            "requester.verified": True,
            "requester.signer": any_of("Keola R. Maunakea", "Shane K. Akana"),
            "requester.signer_title": any_of("Judge of the District Court of the First Circuit", "Detective", "Judge"),
            "targets": any_of(
                ["alohastate_deals", "+18085550174"],
                ["alohastate_deals", "(808) 555-0174"],
                ["alohastate_deals", "8085550174"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of("theft in the first degree", "fake vacation-rental listings", "theft"),
            "date_range": {"start": "2026-09-01", "end": "2026-11-15"},
            "served_at": served(date),
            "return_by": "2026-11-30T16:00:00-10:00",
            "case_number": any_of("1SW26-0391", "26-412887"),
            "issuing_court": any_of(
                "District Court of the First Circuit, State of Hawaii", "District Court of the First Circuit"
            ),
        },
        sender="Akana, Shane K. <shane.akana@honolulu.gov>",
        subject="Search Warrant 1SW26-0391",
        date=date,
        message_id="<HPD-FFD-0391-1715@honolulu.gov>",
        text=text,
        dkim="honolulu.gov",
    )


def prpd_orden_allanamiento_spanish() -> Message:
    date = when(2026, 11, 3, 14, 0, 0, -4)
    text = """\
Saludos,

Se le notifica la siguiente orden de registro y allanamiento expedida por el Tribunal de Primera Instancia.

    ESTADO LIBRE ASOCIADO DE PUERTO RICO
    TRIBUNAL DE PRIMERA INSTANCIA, SALA SUPERIOR DE BAYAMÓN
    ORDEN DE REGISTRO Y ALLANAMIENTO - Caso Núm. BY2026CR00917 (Regla 231 de Procedimiento Criminal)

    A: Social Example, Inc., custodio de récords
    Se le ORDENA entregar, respecto a la cuenta @boricua_flipz_787 (teléfono asociado (787) 555-0148),
    durante el periodo del 01/08/2026 al 31/10/2026:
      a) información del suscriptor (nombre, correo electrónico, teléfono, fecha de creación);
      b) registros de direcciones IP de acceso;
      c) mensajes privados enviados y recibidos.
    Delito investigado: fraude y apropiación ilegal agravada (venta de vehículos inexistentes).
    La información deberá entregarse dentro de diez (10) días a partir de la notificación.

    Expedida en Bayamón, Puerto Rico, el 2 de noviembre de 2026.
    Hon. Marisol Vélez Quiñones, Jueza Superior

Agte. Javier Rosado Cintrón
Negociado de la Policía de Puerto Rico, División de Delitos Cibernéticos
Tel. (787) 555-0151
"""
    return make(
        "008-prpd-orden-allanamiento-spanish",
        "Puerto Rico Police (Spanish) serves a Bayamón Superior Court search warrant in the body: subscriber data, "
        "IP logs and private messages of an @handle with a (787) phone, 01/08-31/10/2026 (day first); ten days "
        "from service.",
        "es",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(None, "Regla 231 de Procedimiento Criminal", "Regla 231"),
            "requester.name": any_of(
                "Negociado de la Policía de Puerto Rico", "Policía de Puerto Rico", "Puerto Rico Police Bureau"
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "jrosado@policia.pr.gov",
            "requester.verified": True,
            "requester.signer": any_of("Marisol Vélez Quiñones", "Javier Rosado Cintrón"),
            "requester.signer_title": any_of("Jueza Superior", "Agte.", "Agente"),
            "targets": any_of(
                ["boricua_flipz_787", "+17875550148"],
                ["boricua_flipz_787", "(787) 555-0148"],
                ["boricua_flipz_787"],
            ),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": any_of(
                "fraude y apropiación ilegal agravada", "fraude", "venta de vehículos inexistentes"
            ),
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": any_of("2026-11-13T17:00:00-04:00", "2026-11-13T23:59:59-04:00"),
            "case_number": "BY2026CR00917",
            "issuing_court": any_of(
                "Tribunal de Primera Instancia, Sala Superior de Bayamón",
                "Tribunal de Primera Instancia de Puerto Rico, Sala Superior de Bayamón",
                "Tribunal de Primera Instancia",
            ),
        },
        sender="Javier Rosado Cintron <jrosado@policia.pr.gov>",
        subject="Orden de registro y allanamiento BY2026CR00917",
        date=date,
        message_id="<npp-ddc-00917@policia.pr.gov>",
        text=text,
        dkim="policia.pr.gov",
    )


def harris_county_da_grand_jury_html() -> Message:
    date = when(2026, 12, 1, 9, 30, 0, -6)
    html = """\
<html><body>
<p>Counsel for Social Example,</p>
<p>The grand jury subpoena described below is served on you by e-mail by agreement. A signed business records
affidavit may be returned in lieu of appearance.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">Court</th><td>180th District Court Grand Jury, Harris County, Texas</td></tr>
<tr><th align="left">Grand Jury No.</th><td>GJ-180-2026-1142</td></tr>
<tr><th align="left">Appear</th><td>December 15, 2026, 9:00 AM, 1201 Franklin Street, Houston, Texas 77002</td></tr>
<tr><th align="left">Accounts</th><td>@htown_slab_sales; e-mail h-town.slabs@example.org</td></tr>
<tr><th align="left">Records</th><td>Subscriber name, address, phone, e-mail and payment information; IP addresses of all
log-ins 05/01/2026 - 11/20/2026</td></tr>
<tr><th align="left">Offense</th><td>Organized retail theft</td></tr>
</table>
<p>Brianna L. Okonkwo<br>Assistant District Attorney, Harris County District Attorney's Office<br>713-555-0126</p>
</body></html>
"""
    return make(
        "009-harris-county-da-grand-jury-html",
        "Harris County (TX) DA grand jury subpoena summarised in an HTML table: subscriber and payment data and "
        "log-in IPs of an @handle and an e-mail address 05/01-11/20/2026; appear December 15, 2026 9:00 AM.",
        "en",
        "US",
        ("html_table",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "requester.name": any_of("Harris County District Attorney's Office", "Harris County District Attorney"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "okonkwo_brianna@harriscountytx.gov",
            "requester.verified": True,
            "requester.signer": "Brianna L. Okonkwo",
            "requester.signer_title": "Assistant District Attorney",
            "targets": ["htown_slab_sales", "h-town.slabs@example.org"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "organized retail theft",
            "date_range": {"start": "2026-05-01", "end": "2026-11-20"},
            "served_at": served(date),
            "return_by": "2026-12-15T09:00:00-06:00",
            "case_number": any_of("GJ-180-2026-1142", "Grand Jury No. GJ-180-2026-1142"),
            "issuing_court": any_of(
                "180th District Court Grand Jury, Harris County, Texas",
                "180th District Court, Harris County, Texas",
                "180th District Court",
            ),
        },
        sender="Okonkwo, Brianna (DAO) <okonkwo_brianna@harriscountytx.gov>",
        subject="Grand Jury Subpoena GJ-180-2026-1142",
        date=date,
        message_id="<HCDAO-GJ-1142@harriscountytx.gov>",
        html=html,
        dkim="harriscountytx.gov",
    )


def el_paso_sheriff_warrant_pdf() -> Message:
    date = when(2026, 10, 14, 13, 45, 0, -6)
    warrant = """\
THE STATE OF TEXAS                                          SEARCH WARRANT No. SW-26-1071
COUNTY OF EL PASO

IN THE 171ST DISTRICT COURT OF EL PASO COUNTY, TEXAS

To the Sheriff or any Peace Officer of El Paso County, Texas, and to Social Example, Inc.:

Whereas an affidavit has been made before me, you are commanded under Article 18B, Texas Code of Criminal
Procedure, to produce the following records for the account @sunland_plug915 (e-mail on file
sunland.plug915@example.net) for the period 08/01/2026 through 10/10/2026:
  (1) subscriber information;  (2) IP address log-in history;  (3) the contents of all direct messages;
  (4) stored location information.

Offense: manufacture and delivery of a controlled substance (fentanyl), Texas Health and Safety Code 481.112.

The records shall be delivered on or before 10:00 a.m., November 4, 2026, to Sgt. Osvaldo Reyes,
El Paso County Sheriff's Office, 3850 Justice Drive, El Paso, Texas 79938.

Issued on October 13, 2026, at 4:12 o'clock p.m.
Alejandra M. Torrez-Gill, Judge, 171st District Court
"""
    return make(
        "010-el-paso-sheriff-warrant-pdf",
        "El Paso County (TX, Mountain time) Sheriff's Office serves a district court search warrant (PDF) under "
        "Tex. Code Crim. Proc. art. 18B: subscriber data, IP logs, DMs and location of an @handle; due 10:00 a.m. "
        "November 4, 2026 (after daylight-saving time ended).",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of(
                "Article 18B, Texas Code of Criminal Procedure", "Tex. Code Crim. Proc. art. 18B", "art. 18B", None
            ),
            "requester.name": any_of("El Paso County Sheriff's Office", "El Paso County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "oreyes@epcountytx.gov",
            "requester.verified": True,
            "requester.signer": any_of("Alejandra M. Torrez-Gill", "Osvaldo Reyes"),
            "requester.signer_title": any_of("Judge, 171st District Court", "Judge", "Sgt.", "Sergeant"),
            "targets": any_of(["sunland_plug915"], ["sunland_plug915", "sunland.plug915@example.net"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT", "LOCATION_HISTORY"],
            "stated_purpose": any_of(
                "manufacture and delivery of a controlled substance", "fentanyl", "manufacture and delivery"
            ),
            "date_range": {"start": "2026-08-01", "end": "2026-10-10"},
            "served_at": served(date),
            "return_by": "2026-11-04T10:00:00-07:00",
            "case_number": "SW-26-1071",
            "issuing_court": any_of(
                "171st District Court of El Paso County, Texas",
                "171st District Court",
                "171st District Court, El Paso County",
            ),
        },
        sender="Sgt. Osvaldo Reyes <oreyes@epcountytx.gov>",
        subject="Search warrant SW-26-1071",
        date=date,
        message_id="<EPCSO-SW-1071@epcountytx.gov>",
        text="Signed warrant attached. Please confirm receipt.\n\nSgt. O. Reyes\nEPCSO Narcotics\n915-555-0144\n",
        attachments=[(pdf(warrant), "application", "pdf", "SW-26-1071.pdf")],
        dkim="epcountytx.gov",
    )


def lake_county_in_trial_subpoena() -> Message:
    date = when(2026, 11, 10, 11, 0, 0, -6)
    text = """\
STATE OF INDIANA        )          IN THE LAKE SUPERIOR COURT, CRIMINAL DIVISION ROOM 4
COUNTY OF LAKE          ) SS:      CROWN POINT, INDIANA
                                   CAUSE NO. 45G04-2604-F3-000388
STATE OF INDIANA v. MARQUIS D. TOLLIVER

SUBPOENA DUCES TECUM (TRIAL)

To: Records Custodian, Social Example, Inc.

You are commanded to appear before the Lake Superior Court, 2293 N. Main Street, Crown Point, Indiana, on
December 9, 2026 at 8:30 a.m., to testify at the trial of the above cause, and bring with you: the
subscriber information (name, e-mail, phone, date of creation) and all public posts and comments of the
account @gary_steel_tolliver from April 1, 2026 to April 30, 2026. Certified records received before the
trial date will excuse your personal appearance.

Issued at the request of the State of Indiana.
Renee A. Kowalczyk, Deputy Prosecuting Attorney
Lake County Prosecutor's Office, 2293 N. Main Street, Crown Point, IN 46307 - (219) 555-0129
"""
    return make(
        "011-lake-county-in-trial-subpoena",
        "Lake County (Indiana, a Central-time county) prosecutor's trial subpoena duces tecum in the body: "
        "subscriber data and public posts of an @handle for April 2026; appear December 9, 2026 at 8:30 a.m.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_TRIAL",
            "requester.name": any_of("Lake County Prosecutor's Office", "Lake County Prosecutor"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "rkowalczyk@lakecountyin.gov",
            "requester.verified": True,
            "requester.signer": "Renee A. Kowalczyk",
            "requester.signer_title": "Deputy Prosecuting Attorney",
            "targets": ["gary_steel_tolliver"],
            "data_categories": ["BASIC_SUBSCRIBER", "PUBLIC_CONTENT"],
            "stated_purpose": any_of(None, "State of Indiana v. Marquis D. Tolliver", "trial"),
            "date_range": {"start": "2026-04-01", "end": "2026-04-30"},
            "served_at": served(date),
            "return_by": "2026-12-09T08:30:00-06:00",
            "case_number": "45G04-2604-F3-000388",
            "issuing_court": any_of(
                "Lake Superior Court, Criminal Division Room 4",
                "Lake Superior Court, Criminal Division",
                "Lake Superior Court",
            ),
        },
        sender="Renee Kowalczyk <rkowalczyk@lakecountyin.gov>",
        subject="Trial subpoena - State v. Tolliver 45G04-2604-F3-000388",
        date=date,
        message_id="<LCPO-388-1100@lakecountyin.gov>",
        text=text,
        dkim="lakecountyin.gov",
    )


CHATTANOOGA_SCAN = """\
# STATE OF TENNESSEE, COUNTY OF HAMILTON
# SEARCH WARRANT
IN THE CRIMINAL COURT OF HAMILTON COUNTY, TENNESSEE          CPD Case No. 26-118043
TO ANY LAWFUL OFFICER AND TO SOCIAL EXAMPLE, INC.:
Proof by affidavit having been made before me, you are commanded to produce the
following records concerning the user name scenic_city_hustla and the e-mail
address scenic.hustla423@example.com:
  1. Subscriber information (name, address, phone, e-mail, account creation).
  2. IP addresses used to access the account.
  3. Direct messages sent or received.
Period: October 1, 2026 through November 12, 2026.
Offense: aggravated robbery, T.C.A. 39-13-402.
Return the records to the officer named below by 5:00 PM on November 30, 2026.
Issued November 13, 2026.
Lila M. Hargrove-Pettit, Judge, Criminal Court Division III
Officer: Inv. Darius L. Whitlock, Chattanooga Police Department, Major Crimes
"""


def chattanooga_pd_warrant_scan() -> Message:
    date = when(2026, 11, 16, 9, 10, 0, -6)
    return make(
        "012-chattanooga-pd-warrant-scan",
        "Chattanooga PD (Eastern time, though most of Tennessee is Central; the Date header carries -0600) serves a "
        "Hamilton County Criminal Court warrant as an image-only scan: subscriber data, IPs and DMs of a user "
        "name and an e-mail, 10/01-11/12/2026; by 5:00 PM November 30, 2026.",
        "en",
        "US",
        ("plain_text", "scan"),
        "REVIEW",
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of("Chattanooga Police Department", "CPD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "dwhitlock@chattanooga.gov",
            "requester.verified": True,
            "requester.signer": any_of("Lila M. Hargrove-Pettit", "Darius L. Whitlock"),
            "requester.signer_title": any_of("Judge, Criminal Court Division III", "Judge", "Inv.", "Investigator"),
            "targets": ["scenic_city_hustla", "scenic.hustla423@example.com"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "stated_purpose": "aggravated robbery",
            "date_range": {"start": "2026-10-01", "end": "2026-11-12"},
            "served_at": served(date),
            "return_by": "2026-11-30T17:00:00-05:00",
            "case_number": "26-118043",
            "issuing_court": any_of(
                "Criminal Court of Hamilton County, Tennessee", "Criminal Court of Hamilton County", "Criminal Court"
            ),
        },
        sender="Whitlock, Darius <dwhitlock@chattanooga.gov>",
        subject="search warrant",
        date=date,
        message_id="<CPD-MC-118043@chattanooga.gov>",
        text="See attached warrant.\n\nInv. D. Whitlock\nChattanooga PD Major Crimes\n423-555-0102\n",
        attachments=[(scan([CHATTANOOGA_SCAN], skew=-0.5, noise=0.0004, seed=61), "application", "pdf", "SW.pdf")],
        dkim="chattanooga.gov",
    )


MESSAGES = [
    usao_wdok_2703d_90_day_gag,
    usao_edla_grand_jury_january_pdf,
    fbi_jacksonville_warrant_docx,
    ssa_oig_subpoena_pdf_only,
    dea_tucson_wiretap_order,
    noaa_ole_preservation_page_url,
    honolulu_pd_warrant_utc_client,
    prpd_orden_allanamiento_spanish,
    harris_county_da_grand_jury_html,
    el_paso_sheriff_warrant_pdf,
    lake_county_in_trial_subpoena,
    chattanooga_pd_warrant_scan,
]

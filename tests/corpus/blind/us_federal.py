"""United States: federal process, and civil / DMCA subpoenas from law firms."""

from __future__ import annotations

from tests.corpus.blind.kit import (
    BSI,
    LOC,
    NCR,
    PC,
    RTM,
    SC,
    When,
    add,
    any_of,
    build,
    docx,
    emergency,
    forward,
    quote,
    scan,
    textpdf,
)

PLATFORM = "Dueprocess Platform, Inc."
FBI = any_of("Federal Bureau of Investigation", "FBI")

# 1 -------------------------------------------------------------------------------------------
w = When("2026-09-03 10:14", "-04:00")
add(
    "usao-sdny-grand-jury-subpoena",
    "Federal grand jury subpoena (S.D.N.Y.) in the e-mail body, one-year § 2705(b) order; DKIM usdoj.gov.",
    build(
        w,
        sender="Rebecca Aldana <Rebecca.Aldana@usdoj.gov>",
        subject="Grand Jury Subpoena - GJ 26-0417 - Dueprocess Platform",
        mid="<a1c9e0d2.sdny.0417@usdoj.gov>",
        dkim="usdoj.gov",
        body=f"""Good morning,

Please find below a grand jury subpoena directed to {PLATFORM}. A signed copy of the Order under
18 U.S.C. § 2705(b) is also reproduced below. Kindly confirm receipt.

UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, {PLATFORM}

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown
below to testify before the court's grand jury. You must also bring with you the following documents,
electronically stored information, or objects:

For the account(s) identified by the username "vexmarket_nyc" (profile
https://dueprocess-platform.example/u/vexmarket_nyc), for the period January 1, 2026 through
August 31, 2026:
  (a) subscriber name, addresses, telephone numbers and e-mail addresses;
  (b) account creation date, length of service and types of service utilized;
  (c) records of session times and durations and the temporarily assigned IP addresses associated
      with each session;
  (d) means and source of payment, including any credit card or bank account number.

Place: U.S. Courthouse, 500 Pearl Street, New York, NY 10007, Room 4B
Date and Time: September 24, 2026, 10:00 AM

In lieu of appearance, records may be produced electronically to the Assistant U.S. Attorney below
on or before the date above.

Grand Jury No. 26-0417

Rebecca Aldana
Assistant United States Attorney
U.S. Attorney's Office, Southern District of New York
One St. Andrew's Plaza, New York, NY 10007
(212) 555-0133

----------------------------------------------------------------
ORDER (18 U.S.C. § 2705(b))

Upon application of the United States, IT IS HEREBY ORDERED that {PLATFORM} shall not disclose the
existence of the grand jury subpoena, or of this Order, to any person other than its attorneys, for a
period of one year from the date of this Order, unless the period is extended by further order.

SO ORDERED. New York, New York, September 2, 2026.
Hon. Sarah L. Pettibone, United States Magistrate Judge
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_GRAND_JURY",
    statute=None,
    requester__name=any_of(
        "United States Attorney's Office for the Southern District of New York",
        "U.S. Attorney's Office, Southern District of New York",
        "United States Attorney's Office",
    ),
    requester__kind="FEDERAL",
    requester__email="Rebecca.Aldana@usdoj.gov",
    requester__verified=True,
    requester__signer="Rebecca Aldana",
    requester__signer_title="Assistant United States Attorney",
    targets=["vexmarket_nyc"],
    data_categories=["BASIC_SUBSCRIBER"],
    date_range={"start": "2026-01-01", "end": "2026-08-31"},
    served_at=w.iso,
    return_by=w.day("2026-09-24", "10:00"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-09-02"),
    case_number=any_of("26-0417", "GJ 26-0417", "Grand Jury No. 26-0417"),
    issuing_court=any_of(
        "United States District Court for the Southern District of New York",
        "United States District Court, Southern District of New York",
        "S.D.N.Y.",
    ),
)

# 2 -------------------------------------------------------------------------------------------
w = When("2026-09-08 15:41", "-05:00")
DEA_PDF = f"""U.S. Department of Justice
Drug Enforcement Administration
Houston Field Division
1433 West Loop South, Houston, TX 77027

SUBPOENA
Case Number: M7-26-0088          Subpoena Number: 26-HOU-01932

TO: {PLATFORM}, Attn: Legal Process / Custodian of Records

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to furnish the following records
pursuant to the authority of Title 21, United States Code, Section 876, in connection with an
investigation relating to the enforcement of the Controlled Substances Act (illegal distribution of
fentanyl):

Any and all subscriber information for the accounts @h0ustonplugg and @gulfcoast_candy, including
name, registered e-mail address, telephone number, account creation date and IP address at
account creation, from 03/01/2026 to present.

Records are to be furnished on or before 09/28/2026 to Special Agent Marcus T. Oyelaran, by e-mail.

Failure to comply with this subpoena may render you liable to proceedings in the U.S. District
Court to enforce obedience to the requirements of this subpoena.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the
investigation. (This is a request; no court order of nondisclosure has been obtained.)

Issued 09/08/2026 by:  Marcus T. Oyelaran, Group Supervisor (Issuing Official)
"""
add(
    "dea-admin-subpoena-pdf",
    "DEA administrative subpoena (21 U.S.C. § 876) as a text PDF with a short cover note; letter-only confidentiality request.",
    build(
        w,
        sender='"Oyelaran, Marcus T" <Marcus.T.Oyelaran@dea.gov>',
        subject="DEA Subpoena 26-HOU-01932",
        mid="<3f1e7a8b-0c1d.hou@dea.gov>",
        dkim="dea.gov",
        body="""Sir/Ma'am,

Attached is DEA subpoena 26-HOU-01932. Please return responsive records to me at this address.

Thank you,

GS Marcus T. Oyelaran
DEA Houston Field Division
Group D-41
Office: 713-555-0148

This e-mail may contain law enforcement sensitive information.
""",
        attachments=(textpdf(DEA_PDF, "Subpoena_26-HOU-01932.pdf"),),
    ),
    formats=("pdf",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute="21 U.S.C. § 876",
    requester__name=any_of("Drug Enforcement Administration", "DEA"),
    requester__kind="FEDERAL",
    requester__email="Marcus.T.Oyelaran@dea.gov",
    requester__verified=True,
    requester__signer="Marcus T. Oyelaran",
    requester__signer_title="Group Supervisor",
    targets=["h0ustonplugg", "gulfcoast_candy"],
    data_categories=[BSI],
    stated_purpose="illegal distribution of fentanyl",
    date_range=any_of({"start": "2026-03-01", "end": "2026-09-08"}, {"start": "2026-03-01", "end": None}),
    served_at=w.iso,
    return_by=w.day("2026-09-28"),
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    case_number=any_of("M7-26-0088", "26-HOU-01932"),
)

# 3 IRS summons, scanned ------------------------------------------------------------------------
w = When("2026-09-10 11:02", "-07:00")
IRS_SCAN = f"""Department of the Treasury - Internal Revenue Service
SUMMONS

In the matter of: Dalton R. Whitcombe, 1187 Orchard Lane, Fresno, California
Internal Revenue Service (Division): Small Business/Self Employed
Industry/Area: SB/SE Examination, Area 7
Periods: Calendar years ending December 31, 2024 and December 31, 2025

The Commissioner of Internal Revenue
To: {PLATFORM}
At: 100 Market Street, Suite 400, San Francisco, CA 94105

You are hereby summoned and required to appear before Revenue Agent Lorena Baptiste, an officer of
the Internal Revenue Service, to give testimony and to bring with you and to produce for examination
the following books, records, papers, and other data relating to the tax liability or the collection
of the tax liability of the person identified above for the periods shown:

All subscriber records for the account registered to the e-mail address dalton.whitcombe@example.net,
including name, postal address, telephone numbers, and records of the means and source of payment
(credit card or bank account numbers) for any paid subscription, for the period January 1, 2024
through December 31, 2025.

Do not write in this space.
Business address and telephone number of IRS officer before whom you are to appear:
2525 Capitol Street, Fresno, CA 93721   (559) 555-0190

Place and time for appearance: at 2525 Capitol Street, Fresno, CA 93721
on the 14th day of October, 2026 at 9 o'clock a.m.

Issued under authority of the Internal Revenue Code this 9th day of September, 2026.

Lorena Baptiste                         Revenue Agent
Signature of issuing officer            Title
Kenneth J. Morrow                       Group Manager
Signature of approving officer          Title

Form 2039 (Rev. 10-2010)  Sections 7602, 7603 and 7604 of the Internal Revenue Code
"""
add(
    "irs-summons-scan",
    "IRS third-party summons (Form 2039, 26 U.S.C. § 7602) as an image-only scan; the cover e-mail says little.",
    build(
        w,
        sender="Lorena Baptiste <Lorena.Baptiste@irs.gov>",
        subject="IRS Summons - third party recordkeeper",
        mid="<SB7.20260910.110230.77@irs.gov>",
        dkim="irs.gov",
        body="""Please see the attached summons (scanned). The summons is being served by e-mail per prior
agreement with your legal department. Contact me with any questions.

Lorena Baptiste
Revenue Agent, SB/SE
Internal Revenue Service
559-555-0190
""",
        attachments=(scan(IRS_SCAN, "summons_2039_scan.pdf", seed=3),),
    ),
    formats=("scan",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute=any_of("26 U.S.C. § 7602", "26 U.S.C. §§ 7602, 7603, 7604", "I.R.C. § 7602"),
    requester__name=any_of("Internal Revenue Service", "IRS"),
    requester__kind="FEDERAL",
    requester__email="Lorena.Baptiste@irs.gov",
    requester__verified=True,
    requester__signer="Lorena Baptiste",
    requester__signer_title="Revenue Agent",
    targets=["dalton.whitcombe@example.net"],
    data_categories=[BSI],
    stated_purpose=any_of("tax liability", None),
    date_range={"start": "2024-01-01", "end": "2025-12-31"},
    served_at=w.iso,
    return_by=w.day("2026-10-14", "09:00"),
)

# 4 HSI summons, HTML table -------------------------------------------------------------------
w = When("2026-09-15 08:30", "-04:00")
add(
    "hsi-summons-html-table",
    "HSI customs summons (19 U.S.C. § 1509) in an HTML-only e-mail with the key fields in a table; DKIM ice.dhs.gov.",
    build(
        w,
        sender="HSI Miami Cyber Group <hsi.miami.cyber@ice.dhs.gov>",
        subject="DHS SUMMONS ICE-HSI-MI-2026-04417",
        mid="<20260915083000.4417@ice.dhs.gov>",
        dkim="ice.dhs.gov",
        html=f"""<html><body style="font-family:Arial">
<p><b>U.S. DEPARTMENT OF HOMELAND SECURITY<br>U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT<br>
HOMELAND SECURITY INVESTIGATIONS</b></p>
<p><b>SUMMONS</b> &mdash; issued under 19 U.S.C. &sect; 1509</p>
<table border="1" cellpadding="4">
<tr><td>Summons No.</td><td>ICE-HSI-MI-2026-04417</td></tr>
<tr><td>To</td><td>{PLATFORM} &ndash; Custodian of Records</td></tr>
<tr><td>Account(s)</td><td>@miami_luxe_watches</td></tr>
<tr><td>Records</td><td>Subscriber name, e-mail address and phone number on file, account creation
date, and IP address logs (login IPs with date/time stamps)</td></tr>
<tr><td>Period</td><td>06/01/2026 &ndash; 09/01/2026</td></tr>
<tr><td>Purpose</td><td>Investigation of the importation of counterfeit luxury watches in violation
of 19 U.S.C. &sect; 1526 and 18 U.S.C. &sect; 2320</td></tr>
<tr><td>Produce by</td><td>October 5, 2026</td></tr>
</table>
<p>You are required to produce the records described above to the HSI special agent named below.
Failure to comply may result in enforcement proceedings in the United States District Court.</p>
<p>Issued by:<br>Yesenia Calderon-Ruiz<br>Special Agent in Charge<br>HSI Miami<br>
11226 NW 20th Street, Miami, FL 33172</p>
<p style="font-size:9px">WARNING: This document is UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE.</p>
</body></html>""",
    ),
    formats=("html", "html-table"),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute="19 U.S.C. § 1509",
    requester__name=any_of(
        "Homeland Security Investigations",
        "HSI",
        "U.S. Immigration and Customs Enforcement",
        "HSI Miami",
    ),
    requester__kind="FEDERAL",
    requester__email="hsi.miami.cyber@ice.dhs.gov",
    requester__verified=True,
    requester__signer="Yesenia Calderon-Ruiz",
    requester__signer_title="Special Agent in Charge",
    targets=["miami_luxe_watches"],
    data_categories=[BSI, NCR],
    stated_purpose="importation of counterfeit luxury watches",
    date_range={"start": "2026-06-01", "end": "2026-09-01"},
    served_at=w.iso,
    return_by=w.day("2026-10-05"),
    case_number="ICE-HSI-MI-2026-04417",
)

# 5 USSS 2703(d) order PDF, NDO 180 days ------------------------------------------------------
w = When("2026-09-17 13:25", "-05:00")
D_ORDER = f"""UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO
18 U.S.C. § 2703(d) DIRECTED TO {PLATFORM.upper()}

Case No. 26 M 1183

ORDER

This matter having come before the Court pursuant to an application under Title 18, United States
Code, Section 2703(b) and (c), which application requests the issuance of an order under Title 18,
United States Code, Section 2703(d) directing {PLATFORM}, an electronic communications service
provider and/or a remote computing service, to disclose certain records and other information, as
set forth in Attachment A, the Court finds that the applicant has offered specific and articulable
facts showing that there are reasonable grounds to believe that the records or other information
sought are relevant and material to an ongoing criminal investigation of access device fraud (18
U.S.C. § 1029).

IT IS ORDERED that {PLATFORM} shall, within ten days of the date of this Order, disclose to the
United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that {PLATFORM} shall not disclose the existence of
the application or this Order to the listed subscriber or to any other person for a period of 180
days from the date of this Order, except to its attorneys for the purpose of legal advice.

Date: September 16, 2026
Jeffrey Kwan-Holloway
United States Magistrate Judge

ATTACHMENT A
I. The account: the account associated with the e-mail address skimkingz77@example.com and the
username "skimkingz77".
II. Records to be disclosed, for the period July 1, 2026 through September 15, 2026:
  A. basic subscriber information (names, addresses, telephone numbers, e-mail addresses, length of
     service, means of payment);
  B. all records of logins and logouts, with IP addresses, port numbers and device identifiers;
  C. the identities (usernames) of all accounts with which the account exchanged messages, with the
     date and time of each message, but NOT the contents of any message.
"""
add(
    "usss-2703d-order-pdf",
    "Secret Service sends a § 2703(d) order (N.D. Ill.) as a PDF; 180-day § 2705(b) order; DKIM secretservice.gov.",
    build(
        w,
        sender="SA Tobias Wrenfield <tobias.wrenfield@secretservice.gov>",
        subject="2703(d) Court Order - 26 M 1183",
        mid="<CHI-FO-26M1183-01@secretservice.gov>",
        dkim="secretservice.gov",
        body="""Legal Compliance Team,

Attached please find a signed court order issued under 18 USC 2703(d) for records relating to the
account listed in Attachment A. Please note the non-disclosure provision. Records can be sent to me
via your portal or e-mail.

Respectfully,
Tobias Wrenfield
Special Agent
United States Secret Service - Chicago Field Office
Cyber Fraud Task Force
Desk: 312-555-0170
""",
        attachments=(textpdf(D_ORDER, "26M1183_2703d_Order_signed.pdf"),),
    ),
    formats=("pdf",),
    process_type="COURT_ORDER_2703D",
    statute=any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703"),
    requester__name=any_of("United States Secret Service", "U.S. Secret Service", "USSS"),
    requester__kind="FEDERAL",
    requester__email="tobias.wrenfield@secretservice.gov",
    requester__verified=True,
    requester__signer=any_of("Tobias Wrenfield", "Jeffrey Kwan-Holloway"),
    requester__signer_title=any_of("Special Agent", "United States Magistrate Judge"),
    targets=any_of(["skimkingz77@example.com", "skimkingz77"], ["skimkingz77"]),
    data_categories=[BSI, NCR],
    stated_purpose=any_of("access device fraud", None),
    date_range={"start": "2026-07-01", "end": "2026-09-15"},
    served_at=w.iso,
    return_by=w.day("2026-09-26"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-03-15"),
    case_number="26 M 1183",
    issuing_court=any_of(
        "United States District Court for the Northern District of Illinois",
        "N.D. Ill.",
    ),
)

# 6 FBI search warrant as docx, NDO until further order ----------------------------------------
w = When("2026-09-22 17:48", "-06:00")
add(
    "fbi-search-warrant-docx",
    "FBI Denver: federal search warrant (Rule 41 / § 2703) for contents and location as .docx; § 2705(b) until further order.",
    build(
        w,
        sender="Alyssa Brandvold <abrandvold@fbi.gov>",
        subject="Search Warrant service - 26-sw-00731-KLM",
        mid="<DN-26-sw-00731@fbi.gov>",
        dkim="fbi.gov",
        body="""Hello,

Serving the attached search warrant (with Attachments A and B) and the accompanying non-disclosure
order. Please produce to my attention within 14 days. Time is of the essence - this is a missing
funds / extortion case with multiple victims.

SA Alyssa Brandvold
FBI Denver Field Office
8000 E. 36th Ave, Denver CO 80238
(303) 555-0111
""",
        attachments=(
            docx(
                [
                    "UNITED STATES DISTRICT COURT for the District of Colorado",
                    "In the Matter of the Search of information associated with the account "
                    "'frostbyte.ledger' that is stored at premises controlled by " + PLATFORM,
                    "Case No. 26-sw-00731-KLM",
                    "SEARCH AND SEIZURE WARRANT",
                    "To: Any authorized law enforcement officer. An application by a federal law enforcement "
                    "officer requests the search of the property described in Attachment A. YOU ARE COMMANDED "
                    "to execute this warrant on or before October 6, 2026. This warrant is issued pursuant to "
                    "Fed. R. Crim. P. 41 and 18 U.S.C. § 2703(a), (b)(1)(A) and (c)(1)(A).",
                    "ATTACHMENT A: the account 'frostbyte.ledger' "
                    "(https://dueprocess-platform.example/u/frostbyte.ledger).",
                    "ATTACHMENT B, Information to be disclosed by the provider, for the period May 1, 2026 "
                    "to September 20, 2026: (1) the contents of all direct messages, including attachments, "
                    "drafts and deleted messages; (2) all photos and videos uploaded, public or private; "
                    "(3) subscriber information; (4) all IP logs; (5) all location data, including GPS, "
                    "cell-site and Wi-Fi location information associated with logins and posts.",
                    "Date and time issued: September 21, 2026 3:12 pm.  Kristen L. Mix, U.S. Magistrate Judge",
                    "ORDER OF NONDISCLOSURE. Pursuant to 18 U.S.C. § 2705(b), the provider shall not notify "
                    "any person of the existence of this warrant until further order of the Court.",
                ],
                "26-sw-00731_warrant_and_NDO.docx",
            ),
        ),
    ),
    formats=("docx",),
    process_type="SEARCH_WARRANT",
    statute=any_of("18 U.S.C. § 2703", "18 U.S.C. § 2703(a)", "Fed. R. Crim. P. 41"),
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="abrandvold@fbi.gov",
    requester__verified=True,
    requester__signer=any_of("Alyssa Brandvold", "Kristen L. Mix"),
    requester__signer_title=any_of("Special Agent", "SA", "U.S. Magistrate Judge"),
    targets=["frostbyte.ledger"],
    data_categories=any_of([BSI, NCR, LOC, SC], [BSI, NCR, LOC, SC, PC]),
    stated_purpose=any_of(None, "extortion"),
    date_range={"start": "2026-05-01", "end": "2026-09-20"},
    served_at=w.iso,
    return_by=any_of(w.day("2026-10-06"), w.day("2026-10-06", "23:59"), w.day("2026-10-06", "17:48")),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=None,
    case_number="26-sw-00731-KLM",
    issuing_court=any_of("United States District Court for the District of Colorado", "D. Colo."),
)

# 7 Pen register / trap and trace ---------------------------------------------------------------
w = When("2026-09-24 09:05", "-07:00")
add(
    "usao-pen-trap-order",
    "Pen register / trap and trace order (18 U.S.C. § 3123) for 60 days of prospective login/IP data, AUSA e-mail; NDO until further order.",
    build(
        w,
        sender="Daniel Okafor-Lynch <Daniel.Okafor-Lynch@usdoj.gov>",
        subject="PRTT Order 2:26-mj-05512 (W.D. Wash.) - please implement",
        mid="<wdwa-prtt-5512@usdoj.gov>",
        dkim="usdoj.gov",
        body=f"""Counsel -

Please find the text of the signed Pen Register / Trap and Trace order below (signed copy to follow by
your portal). We need installation as soon as practicable; the order runs sixty (60) days.

UNITED STATES DISTRICT COURT, WESTERN DISTRICT OF WASHINGTON
No. 2:26-mj-05512

ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE

Pursuant to 18 U.S.C. §§ 3122 and 3123, upon certification by the attorney for the government that
the information likely to be obtained is relevant to an ongoing criminal investigation by the FBI of
possible violations of 18 U.S.C. § 875(c) (interstate threats), IT IS ORDERED that agents of the FBI
may install and use a pen register and trap and trace device to record, decode and capture all
dialing, routing, addressing and signaling information associated with each communication to or from
the account "ravenhollow_ops" on {PLATFORM}, including the date, time, source and destination IP
addresses and port numbers of each login, and the account identifiers of senders and recipients of
each message, but not the contents of any communication, for a period of sixty (60) days from the
date of this Order.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d) and 18 U.S.C. § 2705(b), that {PLATFORM} shall
not disclose the existence of the pen register and trap and trace device, or this Order, to the
subscriber or any other person, until further order of the Court.

Dated: September 23, 2026, at Seattle, Washington.
BRIAN A. TSUCHIDA-MORROW, United States Magistrate Judge

Thanks,
Daniel Okafor-Lynch | Assistant United States Attorney
United States Attorney's Office | Western District of Washington
700 Stewart Street, Suite 5220, Seattle, WA 98101
""",
    ),
    formats=("text",),
    process_type="PEN_REGISTER_ORDER",
    statute=any_of("18 U.S.C. § 3123", "18 U.S.C. §§ 3122 and 3123"),
    requester__name=any_of(
        "United States Attorney's Office for the Western District of Washington",
        "United States Attorney's Office",
        "U.S. Attorney's Office, Western District of Washington",
    ),
    requester__kind="FEDERAL",
    requester__email="Daniel.Okafor-Lynch@usdoj.gov",
    requester__verified=True,
    requester__signer="Daniel Okafor-Lynch",
    requester__signer_title="Assistant United States Attorney",
    targets=["ravenhollow_ops"],
    data_categories=[RTM],
    stated_purpose=any_of("interstate threats", None),
    date_range=any_of({"start": "2026-09-23", "end": "2026-11-22"}, None),
    served_at=w.iso,
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=None,
    case_number="2:26-mj-05512",
    issuing_court=any_of(
        "United States District Court, Western District of Washington",
        "United States District Court for the Western District of Washington",
    ),
)

# 8 NSL as PDF -----------------------------------------------------------------------------------
w = When("2026-09-29 14:00", "-04:00")
NSL = f"""U.S. Department of Justice
Federal Bureau of Investigation
Washington Field Office

September 28, 2026

{PLATFORM}
Attn: Custodian of Records

Re: NSL No. WFO-26-NSL-0219

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to Title 18,
United States Code (U.S.C.), Section 2709, you are hereby directed to provide the Federal Bureau of
Investigation (FBI) the name, address, and length of service of the subscriber(s) of the following
account: username "blueharbor_1972" (subscriber e-mail blueharbor1972@example.org).

In accordance with Title 18, U.S.C., Section 2709(b), I certify that the information sought is
relevant to an authorized investigation to protect against international terrorism or clandestine
intelligence activities, and that such an investigation of a United States person is not conducted
solely on the basis of activities protected by the first amendment to the Constitution of the United
States.

In accordance with 18 U.S.C. § 2709(c)(1), I certify that the absence of a prohibition of disclosure
may result in a danger to the national security of the United States. Accordingly, 18 U.S.C. §
2709(c) prohibits you, or any officer, employee, or agent of yours, from disclosing to any person that
the FBI has sought or obtained access to information or records under these provisions.

You are requested to provide the records within fourteen (14) business days of receipt of this letter,
i.e. by October 16, 2026.

Sincerely,

Raymond D. Castellanos
Special Agent in Charge
Washington Field Office
"""
add(
    "fbi-nsl-pdf",
    "FBI National Security Letter (18 U.S.C. § 2709) with § 2709(c) nondisclosure certification as a PDF.",
    build(
        w,
        sender="WFO NSL Unit <wfo.nsl@fbi.gov>",
        subject="National Security Letter WFO-26-NSL-0219",
        mid="<WFO-26-NSL-0219@fbi.gov>",
        dkim="fbi.gov",
        body="Please see attached. Handle in accordance with the nondisclosure provisions contained therein.\n",
        attachments=(textpdf(NSL, "WFO-26-NSL-0219.pdf"),),
    ),
    formats=("pdf",),
    process_type="NATIONAL_SECURITY_LETTER",
    statute="18 U.S.C. § 2709",
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="wfo.nsl@fbi.gov",
    requester__verified=True,
    requester__signer="Raymond D. Castellanos",
    requester__signer_title="Special Agent in Charge",
    targets=any_of(["blueharbor_1972", "blueharbor1972@example.org"], ["blueharbor_1972"]),
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-10-16"),
    nondisclosure__present=True,
    nondisclosure__kind="NSL_CERTIFICATION",
    nondisclosure__expires_at=None,
    case_number=any_of("WFO-26-NSL-0219", "NSL No. WFO-26-NSL-0219"),
)

# 9 FBI preservation, terse ----------------------------------------------------------------------
w = When("2026-10-01 07:52", "-05:00")
add(
    "fbi-preservation-terse",
    "Terse FBI preservation request under § 2703(f), two handles, 90 days.",
    build(
        w,
        sender="tfo.kessler@fbi.gov",
        subject="PRESERVATION REQUEST 18 USC 2703(f)",
        mid="<pres-kc-100126@fbi.gov>",
        dkim="fbi.gov",
        body="""PRESERVATION REQUEST - 18 USC 2703(f)

Please preserve all records and other evidence in your possession, including content, for the
following accounts for a period of 90 days pending issuance of legal process:

  @kc_ghostrider816
  @ghostrider816_backup

FBI Kansas City case 305E-KC-3390217.

TFO Nathan Kessler
FBI Kansas City / Violent Crimes Task Force
816-555-0155
""",
    ),
    formats=("text",),
    process_type="PRESERVATION_REQUEST",
    statute=any_of("18 U.S.C. § 2703(f)", "18 USC 2703(f)"),
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="tfo.kessler@fbi.gov",
    requester__verified=True,
    requester__signer="Nathan Kessler",
    requester__signer_title=any_of("TFO", "Task Force Officer"),
    targets=["kc_ghostrider816", "ghostrider816_backup"],
    data_categories=[BSI, NCR, SC],
    served_at=w.iso,
    case_number="305E-KC-3390217",
)

# 10 HSI preservation extension (reply quoting) ------------------------------------------------
w = When("2026-10-06 12:30", "-04:00")
prev = When("2026-07-09 09:10", "-04:00")
add(
    "hsi-preservation-extension-quoted",
    "HSI asks to extend a § 2703(f) preservation for another 90 days, quoting its July request.",
    build(
        w,
        sender="Kareem Hollis <kareem.hollis@ice.dhs.gov>",
        subject="RE: Preservation Request - @boston_vapes_direct - HSI BO26CR0144",
        mid="<ext-BO26CR0144@ice.dhs.gov>",
        dkim="ice.dhs.gov",
        body=f"""Good afternoon,

Per 18 U.S.C. 2703(f)(2), I am requesting a 90-day extension of the preservation below. Legal process
is being drafted with the USAO.

Kareem Hollis
Special Agent, HSI Boston

On {prev.dt.strftime("%a, %b %d, %Y at %I:%M %p")} Kareem Hollis <kareem.hollis@ice.dhs.gov> wrote:
"""
        + quote(
            """Dear Custodian of Records,

Pursuant to 18 U.S.C. 2703(f), please preserve all records and content, including messages, photos,
login IP addresses and subscriber information, associated with the account @boston_vapes_direct for
90 days. HSI case number BO26CR0144.

Kareem Hollis
Special Agent, Homeland Security Investigations, Boston"""
        ),
    ),
    formats=("text", "quoted"),
    process_type="PRESERVATION_REQUEST",
    statute=any_of("18 U.S.C. § 2703(f)", "18 U.S.C. § 2703(f)(2)"),
    requester__name=any_of(
        "Homeland Security Investigations", "HSI", "HSI Boston", "U.S. Immigration and Customs Enforcement"
    ),
    requester__kind="FEDERAL",
    requester__email="kareem.hollis@ice.dhs.gov",
    requester__verified=True,
    requester__signer="Kareem Hollis",
    requester__signer_title="Special Agent",
    targets=["boston_vapes_direct"],
    data_categories=[BSI, NCR, SC],
    served_at=w.iso,
    case_number="BO26CR0144",
)

# 11 FBI emergency disclosure request ------------------------------------------------------------
w = When("2026-10-09 02:17", "-05:00")
add(
    "fbi-emergency-disclosure",
    "FBI emergency disclosure request (§ 2702(b)(8)/(c)(4)): a suicide threat with a stated plan, ALL CAPS urgency.",
    build(
        w,
        sender="FBI Dallas Operations Center <dl-sioc-dallas@fbi.gov>",
        subject="**URGENT** EMERGENCY DISCLOSURE REQUEST - IMMINENT THREAT TO LIFE",
        mid="<edr-dl-20261009-0217@fbi.gov>",
        dkim="fbi.gov",
        body="""EMERGENCY DISCLOSURE REQUEST
PURSUANT TO 18 U.S.C. 2702(b)(8) AND 2702(c)(4)

REQUESTING AGENCY: FBI DALLAS FIELD OFFICE
REQUESTING OFFICER: SA MICHELLE TRAN-ABERNATHY, (214) 555-0108 (CELL, 24/7)

ACCOUNT: @lonestar_lullaby   (https://dueprocess-platform.example/u/lonestar_lullaby)

NATURE OF EMERGENCY: At approx. 0140 hrs the user of the above account posted that she has taken
pills and "will be gone by morning", with a photo of a handgun. A family member in another state
reported the post. The user's identity and location are unknown. We believe there is an imminent risk
of death or serious bodily injury.

INFORMATION REQUESTED: subscriber information (name, e-mail, phone number) and the most recent login
IP addresses with timestamps, and any location information available for the last 48 hours.

I certify that the information above is true and that this request concerns an emergency involving
danger of death or serious physical injury to a person requiring disclosure without delay.

SA Michelle Tran-Abernathy
Federal Bureau of Investigation
""",
    ),
    formats=("text",),
    process_type="EMERGENCY_REQUEST",
    statute=any_of("18 U.S.C. § 2702(b)(8)", "18 U.S.C. 2702(b)(8) and 2702(c)(4)", None),
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="dl-sioc-dallas@fbi.gov",
    requester__verified=True,
    requester__signer="Michelle Tran-Abernathy",
    requester__signer_title=any_of("Special Agent", "SA"),
    targets=["lonestar_lullaby"],
    data_categories=[BSI, NCR, LOC],
    date_range=any_of(None, {"start": "2026-10-07", "end": "2026-10-09"}),
    served_at=w.iso,
    emergency=emergency("taken pills"),
)

# 12 2703(d) order, HTML, NDO 90 days ------------------------------------------------------------
w = When("2026-10-13 16:20", "-04:00", zone="America/New_York")
add(
    "usao-edva-2703d-html",
    "§ 2703(d) order (E.D. Va.) pasted into an HTML e-mail; 90-day § 2705(b) order; phone number and e-mail as targets.",
    build(
        w,
        sender="Priya Ramaswamy <Priya.Ramaswamy2@usdoj.gov>",
        subject="Order pursuant to 18 U.S.C. 2703(d) - 1:26-ec-00914",
        mid="<edva-2703d-00914@usdoj.gov>",
        dkim="usdoj.gov",
        html=f"""<div>Hello Legal Process team,</div><div><br></div>
<div>Please see the signed order below and produce within 14 days. Thank you.</div><br>
<div style="border:1px solid #999;padding:8px">
<p align="center"><b>IN THE UNITED STATES DISTRICT COURT<br>FOR THE EASTERN DISTRICT OF VIRGINIA</b><br>
Alexandria Division</p>
<p>IN RE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. &sect; 2703(d)<br>
Case No. 1:26-ec-00914</p>
<p><b>ORDER</b></p>
<p>The United States has submitted an application pursuant to 18 U.S.C. &sect; 2703(d) requesting that
the Court issue an Order requiring {PLATFORM} to disclose the records and other information described
in Attachment A. The Court finds that the United States has offered specific and articulable facts
showing reasonable grounds to believe the records are relevant and material to an ongoing criminal
investigation (wire fraud, 18 U.S.C. &sect; 1343).</p>
<p>IT IS ORDERED that {PLATFORM} shall, within fourteen days, disclose the records described in
Attachment A.</p>
<p>IT IS FURTHER ORDERED that, pursuant to 18 U.S.C. &sect; 2705(b), {PLATFORM} shall not disclose the
existence of the application or this Order for a period of ninety (90) days from the date of this
Order.</p>
<p>October 13, 2026<br>/s/ William E. Fitzpatrick-Gray<br>United States Magistrate Judge</p>
<p><b>ATTACHMENT A</b><br>Accounts associated with telephone number (571) 555-0199 or e-mail address
m.keene.consulting@example.com.<br>For the period 01/01/2026 - 10/01/2026: (1) subscriber information;
(2) IP address logs for every login; (3) device identifiers and user agents; (4) records of
correspondents (sender/recipient account IDs and timestamps) for direct messages.</p>
</div>
<div>--<br>Priya Ramaswamy<br>Special Assistant United States Attorney<br>Eastern District of Virginia</div>""",
    ),
    formats=("html",),
    process_type="COURT_ORDER_2703D",
    statute=any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703"),
    requester__name=any_of(
        "United States Attorney's Office for the Eastern District of Virginia",
        "United States Attorney's Office",
        "U.S. Attorney's Office, Eastern District of Virginia",
    ),
    requester__kind="FEDERAL",
    requester__email="Priya.Ramaswamy2@usdoj.gov",
    requester__verified=True,
    requester__signer=any_of("Priya Ramaswamy", "William E. Fitzpatrick-Gray"),
    requester__signer_title=any_of("Special Assistant United States Attorney", "United States Magistrate Judge"),
    targets=any_of(
        ["(571) 555-0199", "m.keene.consulting@example.com"],
        ["+15715550199", "m.keene.consulting@example.com"],
        ["5715550199", "m.keene.consulting@example.com"],
    ),
    data_categories=[BSI, NCR],
    stated_purpose=any_of("wire fraud", None),
    date_range={"start": "2026-01-01", "end": "2026-10-01"},
    served_at=w.iso,
    return_by=w.day("2026-10-27"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2027-01-11"),
    case_number="1:26-ec-00914",
    issuing_court=any_of(
        "United States District Court for the Eastern District of Virginia",
        "E.D. Va.",
    ),
)

# 13 Grand jury subpoena with 18-month NDO, PDF --------------------------------------------------
w = When("2026-10-15 11:11", "-04:00", zone="America/New_York")
GJ = f"""UNITED STATES DISTRICT COURT
for the
Northern District of Georgia

SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: {PLATFORM}
    Custodian of Records

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place
shown below to testify before the court's grand jury. When you arrive, you must remain at the court
until the judge or a court officer allows you to leave.

Place: Richard B. Russell Federal Building, 75 Ted Turner Dr. SW, Atlanta, GA 30303
Date and Time: 11/05/2026 9:30 am

You must also bring with you the following documents: SEE ATTACHMENT.

Date: 10/14/2026                 CLERK OF COURT

The name, address, e-mail, and telephone number of the United States attorney, or assistant United
States attorney, who requests this subpoena, are:
Lamar J. Whitfield, AUSA, 600 U.S. Courthouse, Atlanta, GA 30303, lamar.whitfield@usdoj.gov

ATTACHMENT
Grand Jury Investigation No. 2026R00388
For the accounts peachstate_plates and atl.titlework.llc, from August 1, 2025 to the date of this
subpoena: subscriber name, address, telephone number, e-mail address, account creation IP, and all
login IP address history.

NOTE: An Order of the Court pursuant to 18 U.S.C. § 2705(b) accompanies this subpoena and commands
that you not disclose the existence of this subpoena for eighteen (18) months from October 14, 2026.
"""
add(
    "usao-ndga-gj-subpoena-18mo-ndo",
    "Grand jury subpoena (N.D. Ga.) as a PDF with an 18-month § 2705(b) order (over the one-year federal limit).",
    build(
        w,
        sender="Lamar Whitfield <lamar.whitfield@usdoj.gov>",
        subject="GJ subpoena 2026R00388",
        mid="<ndga-2026R00388@usdoj.gov>",
        dkim="usdoj.gov",
        body="Attached please find a grand jury subpoena and NDO. Early production by e-mail is acceptable.\n\nLamar J. Whitfield\nAssistant U.S. Attorney\nNorthern District of Georgia\n",
        attachments=(textpdf(GJ, "2026R00388_GJ_subpoena.pdf"),),
    ),
    formats=("pdf",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of(
        "United States Attorney's Office for the Northern District of Georgia",
        "United States Attorney's Office",
        "U.S. Attorney's Office, Northern District of Georgia",
    ),
    requester__kind="FEDERAL",
    requester__email="lamar.whitfield@usdoj.gov",
    requester__verified=True,
    requester__signer="Lamar J. Whitfield",
    requester__signer_title=any_of("Assistant U.S. Attorney", "AUSA"),
    targets=["peachstate_plates", "atl.titlework.llc"],
    data_categories=[BSI, NCR],
    date_range={"start": "2025-08-01", "end": "2026-10-14"},
    served_at=w.iso,
    return_by=w.day("2026-11-05", "09:30"),
    nondisclosure__present=True,
    nondisclosure__kind="COURT_ORDER_2705B",
    nondisclosure__expires_at=w.end("2028-04-14"),
    case_number=any_of("2026R00388", "Grand Jury Investigation No. 2026R00388"),
    issuing_court=any_of(
        "United States District Court for the Northern District of Georgia",
        "United States District Court, Northern District of Georgia",
    ),
)

# 14 Internal forward of an FBI subpoena ---------------------------------------------------------
w_orig = When("2026-10-19 14:44", "-07:00")
w = When("2026-10-20 08:03", "-07:00")
ORIG = f"""To whom it may concern at {PLATFORM}:

The FBI Los Angeles Field Office requests, under the attached Federal Grand Jury Subpoena
No. 26-GJ-2291 (C.D. Cal.), subscriber information (name, email, phone, IP at registration and
last 30 days of login IPs) for the account "sunsetblvd_scanner". Return date: November 9, 2026.

Please deliver the records to me. Thank you.

Special Agent Jorge Villaseñor
FBI Los Angeles - Cyber Squad 3
(310) 555-0126
"""
add(
    "internal-forward-fbi-gj-subpoena",
    "A platform employee forwards an FBI-served grand jury subpoena that went to the wrong alias; the original sender cannot be authenticated.",
    build(
        w,
        sender="Mina Obuya <mina.obuya@dueprocess-platform.example>",
        subject="Fwd: Federal Grand Jury Subpoena 26-GJ-2291",
        mid="<CAF3-fwd-26GJ2291@dueprocess-platform.example>",
        body=forward(
            "Hi team - this landed in the trust&safety inbox yesterday, forwarding to legal process.\n"
            "Attachment wasn't included in what I received, only this text.\n\n"
            "Mina Obuya\nTrust & Safety Operations | Dueprocess Platform",
            sender="Villasenor, Jorge (LA) (FBI) <jvillasenor@fbi.gov>",
            when=w_orig,
            subject="Federal Grand Jury Subpoena 26-GJ-2291",
            to="trust-safety@dueprocess-platform.example",
            body=ORIG,
        ),
    ),
    formats=("text", "forwarded"),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="jvillasenor@fbi.gov",
    requester__verified=False,
    requester__signer="Jorge Villaseñor",
    requester__signer_title="Special Agent",
    targets=["sunsetblvd_scanner"],
    data_categories=[BSI, NCR],
    served_at=w_orig.iso,
    return_by=w_orig.day("2026-11-09"),
    case_number="26-GJ-2291",
    issuing_court=any_of("C.D. Cal.", "United States District Court for the Central District of California", None),
)

# 15 Trial subpoena (Rule 17(c)) -----------------------------------------------------------------
w = When("2026-10-21 10:00", "-05:00", zone="America/Chicago")
add(
    "usao-trial-subpoena",
    "Federal criminal trial subpoena duces tecum (Fed. R. Crim. P. 17(c)) for public posts of a named defendant's account.",
    build(
        w,
        sender="Tanya Greaves <Tanya.Greaves@usdoj.gov>",
        subject="Trial subpoena - United States v. Holbrook, 4:25-cr-00412 (E.D. Mo.)",
        mid="<edmo-trial-412@usdoj.gov>",
        dkim="usdoj.gov",
        body=f"""Dear Custodian,

Trial in United States v. Colton Holbrook, No. 4:25-cr-00412-RWS (E.D. Mo.), is set for December 7,
2026. The attached trial subpoena (text below) commands production of records; a business records
certification (FRE 902(11)) in lieu of live testimony is acceptable.

SUBPOENA TO PRODUCE DOCUMENTS IN A CRIMINAL CASE
To: {PLATFORM}
YOU ARE COMMANDED to produce at the time, date and place set forth below the following: all public
posts, public comments and publicly shared photos of the account "stlouis_colt" (display name
"Colt H.") between February 1, 2025 and June 30, 2025, together with a certificate of authenticity.
Place: Thomas F. Eagleton U.S. Courthouse, 111 S. 10th St., St. Louis, MO 63102
Date and Time: 11/30/2026 9:00 am

Tanya Greaves
Assistant United States Attorney
Eastern District of Missouri
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_TRIAL",
    statute=any_of(None, "Fed. R. Crim. P. 17(c)"),
    requester__name=any_of(
        "United States Attorney's Office for the Eastern District of Missouri",
        "United States Attorney's Office",
        "U.S. Attorney's Office, Eastern District of Missouri",
    ),
    requester__kind="FEDERAL",
    requester__email="Tanya.Greaves@usdoj.gov",
    requester__verified=True,
    requester__signer="Tanya Greaves",
    requester__signer_title="Assistant United States Attorney",
    targets=["stlouis_colt"],
    data_categories=[PC],
    date_range={"start": "2025-02-01", "end": "2025-06-30"},
    served_at=w.iso,
    return_by=w.day("2026-11-30", "09:00"),
    case_number=any_of("4:25-cr-00412-RWS", "4:25-cr-00412"),
    issuing_court=any_of(
        "United States District Court for the Eastern District of Missouri",
        "E.D. Mo.",
    ),
)

# 16 Grand jury subpoena, DKIM broken by a later edit --------------------------------------------
w = When("2026-10-23 09:37", "-04:00", zone="America/New_York")
add(
    "gj-subpoena-dkim-broken",
    "Grand jury subpoena (D. Mass.) whose DKIM body hash no longer matches (the return date was edited after signing).",
    build(
        w,
        sender="Owen Castellano <Owen.Castellano@usdoj.gov>",
        subject="Subpoena 26-3184 (D. Mass.)",
        mid="<dmass-26-3184@usdoj.gov>",
        dkim="usdoj.gov",
        tamper=(b"November 12, 2026", b"November 02, 2026"),
        body=f"""Custodian of Records, {PLATFORM}:

You are commanded, by grand jury subpoena No. 26-3184 issued by the United States District Court for
the District of Massachusetts, to produce on or before November 12, 2026 the following records for
the account identified as "harborview_deals":

 - subscriber information (name, e-mail, phone number, address, payment information)
 - account creation date and IP

Owen Castellano
Assistant U.S. Attorney, District of Massachusetts
John Joseph Moakley U.S. Courthouse, Boston, MA
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_GRAND_JURY",
    requester__name=any_of(
        "United States Attorney's Office for the District of Massachusetts",
        "United States Attorney's Office",
        "U.S. Attorney's Office, District of Massachusetts",
    ),
    requester__kind="FEDERAL",
    requester__email="Owen.Castellano@usdoj.gov",
    requester__verified=False,
    requester__signer="Owen Castellano",
    requester__signer_title="Assistant U.S. Attorney",
    targets=["harborview_deals"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-11-02"),
    case_number="26-3184",
    issuing_court=any_of(
        "United States District Court for the District of Massachusetts",
        "D. Mass.",
    ),
)

# 17 Look-alike domain emergency request --------------------------------------------------------
w = When("2026-10-26 23:58", "-04:00")
add(
    "lookalike-fbi-domain-edr",
    "An 'FBI' emergency request from the look-alike domain fbi-gov.us (DKIM-signed by the look-alike): never verified.",
    build(
        w,
        sender="FBI Emergency Response <edr@fbi-gov.us>",
        subject="EMERGENCY DATA REQUEST - child in danger - respond within 1 hour",
        mid="<9981.edr@fbi-gov.us>",
        dkim="fbi-gov.us",
        body="""FEDERAL BUREAU OF INVESTIGATION
EMERGENCY DATA REQUEST (18 U.S.C. 2702)

We have an active child abduction. The suspect is using the account @marisol.dreams.22. We need the
full name, phone number, email address and the last known IP addresses and location of the account
holder IMMEDIATELY. A child's life is in danger. Do not notify the user.

Reply to this email within 1 hour.

Special Agent Thomas Whitley
FBI Emergency Response Unit
""",
    ),
    formats=("text",),
    process_type="EMERGENCY_REQUEST",
    statute=any_of(None, "18 U.S.C. § 2702"),
    requester__name=FBI,
    requester__kind="FEDERAL",
    requester__email="edr@fbi-gov.us",
    requester__verified=False,
    requester__signer="Thomas Whitley",
    requester__signer_title="Special Agent",
    targets=["marisol.dreams.22"],
    data_categories=[BSI, NCR, LOC],
    served_at=w.iso,
    nondisclosure__present=True,
    nondisclosure__kind="LETTER_REQUEST",
    emergency=emergency("child abduction"),
)

# 18 FRCP 45 civil subpoena, law firm, docx ------------------------------------------------------
w = When("2026-09-11 13:05", "-07:00")
add(
    "rule45-subpoena-docx-lawfirm",
    "Fed. R. Civ. P. 45 documents subpoena (N.D. Cal. defamation case) from a law firm's own domain, as .docx.",
    build(
        w,
        sender="Hannah Greer-Oduya <hgreer@brightwater-llp.example.com>",
        subject="Subpoena - Castillo v. Doe 1, No. 3:26-cv-04417 (N.D. Cal.)",
        mid="<BWL-4417-subp@brightwater-llp.example.com>",
        dkim="brightwater-llp.example.com",
        body="""Dear Legal Department,

Our firm represents plaintiff Renata Castillo in the above action. Please find attached a subpoena to
produce documents pursuant to Fed. R. Civ. P. 45. We are happy to accept production electronically.
Please let me know whether you will be notifying the account holder.

Best regards,

Hannah Greer-Oduya
Partner | Brightwater LLP
1 Embarcadero Center, 20th Floor, San Francisco, CA 94111
T 415.555.0182

CONFIDENTIALITY NOTICE: This e-mail may contain privileged and confidential information. If you are
not the intended recipient, please notify the sender and delete this message.
""",
        attachments=(
            docx(
                [
                    "UNITED STATES DISTRICT COURT for the Northern District of California",
                    "RENATA CASTILLO, Plaintiff, v. DOE 1, Defendant.   Civil Action No. 3:26-cv-04417-JSC",
                    "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS",
                    f"To: {PLATFORM}, c/o Registered Agent",
                    "YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
                    "documents, electronically stored information, or objects:",
                    "Documents sufficient to identify the user(s) of the account @thetruthaboutrenata, "
                    "including name, e-mail addresses, telephone numbers, and IP addresses used to create the "
                    "account, from the account's creation through August 31, 2026.",
                    "Place: Brightwater LLP, 1 Embarcadero Center, 20th Floor, San Francisco, CA 94111. "
                    "Date and Time: 10/02/2026 10:00 AM",
                    "Date: 09/10/2026    CLERK OF COURT OR Attorney's signature: /s/ Hannah Greer-Oduya",
                    "The name, address, e-mail address, and telephone number of the attorney representing "
                    "Plaintiff Renata Castillo, who issues or requests this subpoena, are: Hannah Greer-Oduya, "
                    "Brightwater LLP, hgreer@brightwater-llp.example.com, 415.555.0182",
                ],
                "Castillo_v_Doe_Subpoena_DuePlatform.docx",
            ),
        ),
    ),
    formats=("docx",),
    process_type="SUBPOENA_CIVIL",
    statute=any_of("Fed. R. Civ. P. 45", None),
    requester__name=any_of("Brightwater LLP", "Renata Castillo"),
    requester__kind="PRIVATE_PARTY",
    requester__email="hgreer@brightwater-llp.example.com",
    requester__verified=True,
    requester__signer="Hannah Greer-Oduya",
    requester__signer_title=any_of("Partner", "Attorney for Plaintiff"),
    targets=["thetruthaboutrenata"],
    data_categories=[BSI],
    date_range=any_of(None, {"start": None, "end": "2026-08-31"}),
    served_at=w.iso,
    return_by=w.day("2026-10-02", "10:00"),
    case_number=any_of("3:26-cv-04417-JSC", "3:26-cv-04417"),
    issuing_court=any_of(
        "United States District Court for the Northern District of California",
        "N.D. Cal.",
    ),
)

# 19 California deposition subpoena for business records, PDF -----------------------------------
w = When("2026-09-25 16:40", "-07:00", zone="America/Los_Angeles")
CA_DEPO = f"""ATTORNEY: Gregory P. Santangelo (SBN 287744), Santangelo & Reyes APC
2150 Park Place, Suite 300, El Segundo, CA 90245  Tel: (310) 555-0164
ATTORNEY FOR: Defendant Pacific Crest Roofing, Inc.

SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
PLAINTIFF: DWAYNE ELLISON   DEFENDANT: PACIFIC CREST ROOFING, INC.
CASE NUMBER: 24STCV18803

DEPOSITION SUBPOENA FOR PRODUCTION OF BUSINESS RECORDS

THE PEOPLE OF THE STATE OF CALIFORNIA, TO (name, address of deponent):
{PLATFORM}, Custodian of Records, 100 Market Street, Suite 400, San Francisco, CA 94105

1. YOU ARE ORDERED TO PRODUCE THE BUSINESS RECORDS described in item 3, as follows:
   To (name of deposition officer): Apex Record Retrieval, Inc.
   On (date): November 2, 2026   At (time): 10:00 a.m.
   Location: by mail or electronic delivery to records@apex-retrieval.example.com
3. The documents and other things to be produced are described as follows:
   ALL PUBLICLY POSTED photographs, videos and posts of the account "dwayne_lifts_heavy", including
   the date and time of each post, from January 1, 2024 through the present, and documents sufficient
   to show the account's registered e-mail address and telephone number.

Date issued: September 24, 2026
Gregory P. Santangelo, Attorney for Defendant
(Code Civ. Proc., §§ 2020.410-2020.440)
"""
add(
    "ca-records-deposition-subpoena-pdf",
    "California deposition subpoena for business records (Code Civ. Proc. § 2020.410) in a personal-injury case; public posts and contact details.",
    build(
        w,
        sender="Records Desk - Santangelo & Reyes <subpoenas@santangeloreyes.example.net>",
        subject="Ellison v. Pacific Crest Roofing - Deposition Subpoena for Business Records",
        mid="<SR-24STCV18803-7@santangeloreyes.example.net>",
        dkim="santangeloreyes.example.net",
        body="""Please see attached Deposition Subpoena for Production of Business Records, together with the
Notice to Consumer served on plaintiff's counsel. Kindly direct production to Apex Record Retrieval.

Lupe Marroquin, Paralegal to Gregory P. Santangelo
Santangelo & Reyes APC
""",
        attachments=(textpdf(CA_DEPO, "Ellison_SDT_DuePlatform.pdf"),),
    ),
    formats=("pdf",),
    process_type="SUBPOENA_CIVIL",
    statute=any_of(
        "Code Civ. Proc. § 2020.410", "Cal. Code Civ. Proc. § 2020.410", "Code Civ. Proc., §§ 2020.410-2020.440", None
    ),
    requester__name=any_of("Santangelo & Reyes APC", "Pacific Crest Roofing, Inc.", "Santangelo & Reyes"),
    requester__kind="PRIVATE_PARTY",
    requester__email="subpoenas@santangeloreyes.example.net",
    requester__verified=True,
    requester__signer=any_of("Gregory P. Santangelo", "Lupe Marroquin"),
    requester__signer_title=any_of("Attorney for Defendant", "Paralegal"),
    targets=["dwayne_lifts_heavy"],
    data_categories=[PC, BSI],
    date_range=any_of({"start": "2024-01-01", "end": "2026-09-24"}, {"start": "2024-01-01", "end": None}),
    served_at=w.iso,
    return_by=w.day("2026-11-02", "10:00"),
    case_number="24STCV18803",
    issuing_court=any_of("Superior Court of California, County of Los Angeles", "Los Angeles Superior Court"),
)

# 20 Civil subpoena from gmail --------------------------------------------------------------------
w = When("2026-10-02 21:14", "-05:00")
add(
    "civil-subpoena-freemail-solo",
    "A solo practitioner e-mails a Texas civil subpoena (Tex. R. Civ. P. 176) from gmail.com: unverified private party.",
    build(
        w,
        sender="Bo Treadway Law <botreadway.law@gmail.com>",
        subject="subpoena duces tecum - Garza v Lindqvist",
        mid="<CAJx8Tread0ay-77@mail.gmail.com>",
        body="""To the custodian of records,

I represent Marisela Garza in Cause No. 2026-CI-07719, Garza v. Lindqvist, in the 166th Judicial
District Court of Bexar County, Texas. Please find below a subpoena duces tecum issued under Rule 176,
Tex. R. Civ. P.

THE STATE OF TEXAS - SUBPOENA DUCES TECUM
You are commanded to produce, on or before 10:00 a.m. on October 23, 2026, at the Law Office of
Bo Treadway, 411 Soledad St, San Antonio TX 78205, the following: all direct messages exchanged
between the accounts @erik_lindqvist_sa and @marisela.g.satx, from March 1, 2026 to July 31, 2026,
and the subscriber information of @erik_lindqvist_sa.

Witness fee of $10 is tendered herewith.

Thanks,
Bo Treadway
Attorney at Law
(210) 555-0193

Sent from my iPhone
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_CIVIL",
    statute=any_of("Tex. R. Civ. P. 176", "Rule 176, Tex. R. Civ. P.", None),
    requester__name=any_of("Law Office of Bo Treadway", "Bo Treadway", "Marisela Garza"),
    requester__kind="PRIVATE_PARTY",
    requester__email="botreadway.law@gmail.com",
    requester__verified=False,
    requester__signer="Bo Treadway",
    requester__signer_title="Attorney at Law",
    targets=any_of(["erik_lindqvist_sa", "marisela.g.satx"], ["erik_lindqvist_sa"]),
    data_categories=[SC, BSI],
    date_range={"start": "2026-03-01", "end": "2026-07-31"},
    served_at=w.iso,
    return_by=w.day("2026-10-23", "10:00"),
    case_number=any_of("2026-CI-07719", "Cause No. 2026-CI-07719"),
    issuing_court=any_of(
        "166th Judicial District Court of Bexar County, Texas",
        "166th Judicial District Court, Bexar County",
    ),
)

# 21 DMCA 512(h) subpoena quoting the takedown notice ---------------------------------------------
w = When("2026-10-07 12:12", "-04:00")
TAKEDOWN = """From: Copyright Agent <dmca@northfork-records.example.com>
Sent: August 18, 2026
Subject: DMCA Notice of Infringement

I am the authorized agent of Northfork Records LLC. The following material on your service infringes
our copyright in the sound recording "Low Tide Lanterns" (2025):
https://dueprocess-platform.example/p/88213477 posted by the user "lanternleaks".
I have a good faith belief that the use is not authorized... under penalty of perjury, I am
authorized to act on behalf of the owner.
/s/ Celeste Varga"""
add(
    "dmca-512h-subpoena-quoting-takedown",
    "DMCA § 512(h) subpoena (clerk-issued, S.D.N.Y.) that quotes the earlier takedown notice as background; law firm DKIM.",
    build(
        w,
        sender="Ilana Brzezinski <ibrzezinski@kettleman-ip.example.com>",
        subject="DMCA 512(h) Subpoena - In re Subpoena to Dueprocess Platform (Northfork Records), 26-mc-00588",
        mid="<KIP-26mc588@kettleman-ip.example.com>",
        dkim="kettleman-ip.example.com",
        body=f"""Dear Designated Agent,

We are counsel to Northfork Records LLC. On August 18, 2026 our client sent your designated agent the
notification quoted below under 17 U.S.C. § 512(c)(3)(A). The material was removed, but the same user
has since re-uploaded it on at least six occasions.

The Clerk of the U.S. District Court for the Southern District of New York has issued the enclosed
subpoena under 17 U.S.C. § 512(h), Misc. Case No. 1:26-mc-00588, on our proposed form, copy of the
notification and our sworn declaration. The subpoena commands {PLATFORM} to disclose information
sufficient to identify the alleged infringer: the name, address, telephone number, e-mail address
and IP addresses used by the account "lanternleaks", on or before October 28, 2026.

The information will be used only to protect our client's rights under Title 17.

--- Takedown notice (for reference) ---
{quote(TAKEDOWN)}

Very truly yours,
Ilana Brzezinski
Kettleman IP Law PLLC
Counsel for Northfork Records LLC
""",
    ),
    formats=("text", "quoted"),
    process_type="SUBPOENA_DMCA_512H",
    statute="17 U.S.C. § 512(h)",
    requester__name=any_of("Kettleman IP Law PLLC", "Northfork Records LLC"),
    requester__kind="PRIVATE_PARTY",
    requester__email="ibrzezinski@kettleman-ip.example.com",
    requester__verified=True,
    requester__signer="Ilana Brzezinski",
    requester__signer_title=any_of("Counsel for Northfork Records LLC", None),
    targets=["lanternleaks"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-10-28"),
    case_number=any_of("1:26-mc-00588", "26-mc-00588"),
    issuing_court=any_of(
        "United States District Court for the Southern District of New York",
        "U.S. District Court for the Southern District of New York",
    ),
)

# 22 DMCA 512(h) as scanned PDF -------------------------------------------------------------------
w = When("2026-11-02 10:22", "-06:00")
SUB512 = f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS

IN RE: DMCA SUBPOENA TO {PLATFORM.upper()}          Case No. 1:26-mc-00931

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

TO: {PLATFORM}

Pursuant to 17 U.S.C. § 512(h), you are hereby ordered to disclose to Prairiewind Photographic
Co., by its counsel, information sufficient to identify the persons operating the following accounts
on your service which posted copyrighted photographs identified in the attached notifications:

    1. @windy_city_archive
    2. @chi_skyline_daily

Information sufficient to identify: name, address, telephone number and e-mail address.

Production by: November 23, 2026, to Oakhurst Maddox LLP, 20 N. Wacker Dr., Chicago, IL 60606.

Dated: 10/30/2026                               THOMAS G. BRUTON, CLERK
                                                By: /s/ D. Hernandez, Deputy Clerk
"""
add(
    "dmca-512h-scan",
    "DMCA § 512(h) subpoena (N.D. Ill.) as an image-only scan; the cover e-mail names the court case only.",
    build(
        w,
        sender="Ethan Maddox <emaddox@oakhurstmaddox.example.org>",
        subject="512(h) subpoena - Prairiewind Photographic",
        mid="<OM-512h-931@oakhurstmaddox.example.org>",
        dkim="oakhurstmaddox.example.org",
        body="""Counsel,

Attached is a clerk-issued subpoena under 17 U.S.C. 512(h) (N.D. Ill. No. 1:26-mc-00931), with the
underlying notices and the declaration. Please confirm receipt.

Ethan Maddox
Oakhurst Maddox LLP
""",
        attachments=(scan(SUB512, "512h_subpoena_signed.pdf", seed=11, font="dejavu/DejaVuSerif.ttf", tilt=-0.6),),
    ),
    formats=("scan",),
    process_type="SUBPOENA_DMCA_512H",
    statute="17 U.S.C. § 512(h)",
    requester__name=any_of("Oakhurst Maddox LLP", "Prairiewind Photographic Co."),
    requester__kind="PRIVATE_PARTY",
    requester__email="emaddox@oakhurstmaddox.example.org",
    requester__verified=True,
    requester__signer=any_of("Ethan Maddox", "D. Hernandez", "Thomas G. Bruton"),
    requester__signer_title=any_of(None, "Deputy Clerk", "Clerk"),
    targets=["windy_city_archive", "chi_skyline_daily"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-11-23"),
    case_number="1:26-mc-00931",
    issuing_court=any_of(
        "United States District Court, Northern District of Illinois",
        "United States District Court for the Northern District of Illinois",
        "N.D. Ill.",
    ),
)

# 23 NY subpoena duces tecum, reply quoting our earlier response ----------------------------------
w = When("2026-11-04 15:30", "-05:00")
prev = When("2026-11-03 11:02", "-05:00")
add(
    "ny-civil-subpoena-reply-quoting",
    "A New York law firm replies to our objection and re-serves a narrowed CPLR subpoena duces tecum; our earlier mail is quoted below.",
    build(
        w,
        sender="Whitcomb Adair LLP - Nadia Farouk <nfarouk@whitcombadair.example.com>",
        subject="RE: Subpoena Duces Tecum - Index No. 651902/2026",
        mid="<WA-651902-r2@whitcombadair.example.com>",
        dkim="whitcombadair.example.com",
        body=f"""Thank you for your note. In light of your objections we have narrowed the request. Please treat
this e-mail as service of the amended subpoena duces tecum (CPLR 2301 et seq. and 3120), returnable
December 1, 2026:

  Supreme Court of the State of New York, County of New York
  Hollis Bay Capital LLC v. Frayne, Index No. 651902/2026
  Records requested: documents sufficient to show the name, e-mail address and telephone number
  registered to the account "hbc_insider_truth", and the dates of account creation and last login.
  We withdraw the request for direct messages.

Regards,
Nadia Farouk | Senior Associate
Whitcomb Adair LLP | 1270 Avenue of the Americas, New York, NY 10020

On {prev.dt.strftime("%a, %b %d, %Y")} at 11:02 AM Legal Process <legal-process@dueprocess.local> wrote:
"""
        + quote(
            """Counsel,

We have received your subpoena in Hollis Bay Capital LLC v. Frayne. We object to Request No. 2
(all direct messages of the account) under the Stored Communications Act, 18 U.S.C. 2702(a), which
prohibits disclosure of content in response to a civil subpoena. We also note that the return date
gave less than the time required.

Legal Process Team, Dueprocess Platform"""
        ),
    ),
    formats=("text", "quoted"),
    process_type="SUBPOENA_CIVIL",
    statute=any_of("CPLR 2301", "CPLR 3120", None),
    requester__name=any_of("Whitcomb Adair LLP", "Hollis Bay Capital LLC"),
    requester__kind="PRIVATE_PARTY",
    requester__email="nfarouk@whitcombadair.example.com",
    requester__verified=True,
    requester__signer="Nadia Farouk",
    requester__signer_title="Senior Associate",
    targets=["hbc_insider_truth"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=w.day("2026-12-01"),
    case_number=any_of("651902/2026", "Index No. 651902/2026"),
    issuing_court=any_of(
        "Supreme Court of the State of New York, County of New York",
        "New York County Supreme Court",
    ),
)

# 24 Authentication-Results (trusted) for an ATF subpoena with no DKIM ----------------------------
w = When("2026-11-06 09:15", "-05:00")
add(
    "atf-admin-subpoena-ar-header",
    "ATF administrative subpoena for subscriber data; no DKIM signature but a trusted Authentication-Results (mx.dueprocess.local) pass.",
    build(
        w,
        sender="Lydia Ferrante <lydia.ferrante@atf.gov>",
        subject="ATF Administrative Subpoena No. 2026-NSH-0417",
        mid="<atf-nsh-0417@atf.gov>",
        auth="mx.dueprocess.local; dkim=pass header.d=atf.gov; spf=pass smtp.mailfrom=atf.gov; dmarc=pass header.from=atf.gov",
        body=f"""U.S. Department of Justice
Bureau of Alcohol, Tobacco, Firearms and Explosives
Nashville Field Division

SUBPOENA No. 2026-NSH-0417

Authority: Title 21, United States Code, Section 876 (investigation of controlled substance offences
connected with firearms trafficking, delegated to ATF by 28 C.F.R. § 0.130).

TO: {PLATFORM}
Records to produce: subscriber information (name, address, e-mail, phone number, account creation
date) for the account @tn_gunsmith_615.
Produce no later than: 11/27/2026

Lydia Ferrante
Resident Agent in Charge
ATF Nashville II Field Office
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute="21 U.S.C. § 876",
    requester__name=any_of("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"),
    requester__kind="FEDERAL",
    requester__email="lydia.ferrante@atf.gov",
    requester__verified=True,
    requester__signer="Lydia Ferrante",
    requester__signer_title="Resident Agent in Charge",
    targets=["tn_gunsmith_615"],
    data_categories=[BSI],
    stated_purpose=any_of("firearms trafficking", None),
    served_at=w.iso,
    return_by=w.day("2026-11-27"),
    case_number=any_of("2026-NSH-0417", "No. 2026-NSH-0417"),
)

# 25 Untrusted Authentication-Results ---------------------------------------------------------------
w = When("2026-11-09 03:41", "+00:00")
add(
    "untrusted-ar-header-dea-claim",
    "Claims to be a DEA subpoena from dea.gov with an Authentication-Results header from a foreign authserv-id and no DKIM: unverified.",
    build(
        w,
        sender="DEA Subpoena Compliance <subpoena@dea.gov>",
        subject="Subpoena - immediate compliance",
        mid="<x19-2fa-88@relay.mailhub-secure.example.net>",
        auth="relay.mailhub-secure.example.net; dkim=pass header.d=dea.gov; spf=pass smtp.mailfrom=dea.gov; dmarc=pass header.from=dea.gov",
        body="""DRUG ENFORCEMENT ADMINISTRATION
ADMINISTRATIVE SUBPOENA 21 U.S.C. 876

Provide the name, email address, telephone number and all IP addresses of account
@cryptoqueen_oakland within 48 hours by replying to this message.

Agent R. Mills
""",
    ),
    formats=("text",),
    process_type="SUBPOENA_ADMINISTRATIVE",
    statute="21 U.S.C. § 876",
    requester__name=any_of("Drug Enforcement Administration", "DEA"),
    requester__kind="FEDERAL",
    requester__email="subpoena@dea.gov",
    requester__verified=False,
    requester__signer="R. Mills",
    requester__signer_title=any_of("Agent", None),
    targets=["cryptoqueen_oakland"],
    data_categories=[BSI, NCR],
    served_at=w.iso,
    return_by=any_of(None, "2026-11-11T03:41:00+00:00"),
)

# 26 Conflicting return dates (TRIAGE) -----------------------------------------------------------
w = When("2026-11-24 12:40", "-05:00")
add(
    "civil-subpoena-conflicting-return-dates",
    "Rule 45 subpoena (N.D. Ohio) whose cover e-mail says production is due November 30 while the subpoena says December 14: a person must ask.",
    build(
        w,
        sender="Corinne Abernethy-Vance <cvance@lakeshore-litigation.example.com>",
        subject="Subpoena to Produce Documents - Erie Valley Foods v. Mulcahy, 1:26-cv-01733",
        mid="<LL-1733-subp@lakeshore-litigation.example.com>",
        dkim="lakeshore-litigation.example.com",
        body=f"""Dear Custodian,

Please find our client's subpoena below. Production is due by November 30, 2026.

UNITED STATES DISTRICT COURT for the Northern District of Ohio
Erie Valley Foods, Inc. v. Declan Mulcahy, Civil Action No. 1:26-cv-01733
SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS (Fed. R. Civ. P. 45)
To: {PLATFORM}
YOU ARE COMMANDED to produce: documents sufficient to show the subscriber name, e-mail address and
telephone number of the account "erievalley_exposed", and the IP address used to create it.
Place: Lakeshore Litigation Group LLP, 1100 Superior Ave., Cleveland, OH 44114
Date and Time: 12/14/2026 10:00 AM

Corinne Abernethy-Vance
Lakeshore Litigation Group LLP, counsel for Plaintiff Erie Valley Foods, Inc.
""",
    ),
    formats=("text",),
    outcome="TRIAGE",
    process_type="SUBPOENA_CIVIL",
    statute=any_of("Fed. R. Civ. P. 45", None),
    requester__name=any_of("Lakeshore Litigation Group LLP", "Erie Valley Foods, Inc."),
    requester__kind="PRIVATE_PARTY",
    requester__email="cvance@lakeshore-litigation.example.com",
    requester__verified=True,
    requester__signer="Corinne Abernethy-Vance",
    requester__signer_title=any_of("counsel for Plaintiff Erie Valley Foods, Inc.", None),
    targets=["erievalley_exposed"],
    data_categories=[BSI],
    served_at=w.iso,
    return_by=any_of(w.day("2026-11-30"), w.day("2026-12-14", "10:00")),
    case_number="1:26-cv-01733",
    issuing_court=any_of("United States District Court for the Northern District of Ohio", "N.D. Ohio"),
)

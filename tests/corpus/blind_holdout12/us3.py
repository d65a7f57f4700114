"""United States demands, part 3: private litigants (Florida, Texas, Colorado) and three demands a careful
lawyer could not settle from the message alone (North Carolina, Tennessee). People, firms, accounts and
case numbers fictional; law-firm domains are example domains."""

from __future__ import annotations

from tests.corpus.blind_holdout12._dates import day_end
from tests.corpus.blind_holdout12._kit import Message, any_of, docx_file, make, pdf, scan_jpeg, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def lawfirm_rule45_sdfl_docx() -> Message:
    date = when(2026, 11, 20, 15, 30, 0, -5)
    document = docx_file(
        [
            ("h", "UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF FLORIDA"),
            ("p", "Case No. 1:26-cv-23817-KMW"),
            (
                "p",
                "CORALINA SWIMWEAR, LLC, Plaintiff, v. THE INDIVIDUALS, PARTNERSHIPS AND UNINCORPORATED "
                'ASSOCIATIONS IDENTIFIED ON SCHEDULE "A", Defendants.',
            ),
            ("h", "SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS"),
            ("p", "To: Social Example, Inc., Custodian of Records"),
            (
                "p",
                "YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
                "documents, electronically stored information, or objects:",
            ),
            ("t", "Accounts|@coralina_outlet_sale ; @coralinaswim.discount ; @beachwear_wholesale_cn"),
            (
                "t",
                "Documents|Documents sufficient to show the name, physical address, e-mail address, telephone "
                "number and payment information associated with each account, and the IP addresses used to "
                "access each account from March 1, 2026 to the present.",
            ),
            (
                "t",
                "Place|Alcazar Pruitt LLP, 1450 Brickell Avenue, Suite 2300, Miami, FL 33131 (or by e-mail "
                "to subpoenas@alcazarpruitt.example.com)",
            ),
            ("t", "Date and Time|December 10, 2026, 10:00 a.m."),
            ("p", "The provisions of Fed. R. Civ. P. 45(c), (d), (e) and (g) are attached."),
            (
                "p",
                "Date: November 19, 2026. CLERK OF COURT OR /s/ Valentina Ochoa-Rutherford, Attorney for "
                "Plaintiff Coralina Swimwear, LLC, Florida Bar No. 1049921.",
            ),
        ],
        author="Alcazar Pruitt LLP",
    )
    text = """\
Dear Custodian of Records,

Attached please find a subpoena issued in the above-referenced trademark counterfeiting action pending
in the Southern District of Florida. We would be happy to accept production by e-mail in lieu of
appearance. Please do not hesitate to contact me regarding any questions or to discuss scope.

Best regards,

Valentina Ochoa-Rutherford
Alcazar Pruitt LLP | 1450 Brickell Avenue, Suite 2300 | Miami, FL 33131
T: (305) 555-0148
"""
    return make(
        "020-lawfirm-rule45-sdfl-docx",
        "Miami law firm's Rule 45 subpoena (.docx) in an S.D. Fla. counterfeiting suit: identity, payment data "
        "and access IPs of three @handles since March 1, 2026; produce December 10, 2026, 10:00 a.m.",
        "en",
        "US",
        ("plain_text", "docx"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("Fed. R. Civ. P. 45", None),
            "requester.name": any_of("Alcazar Pruitt LLP", "Coralina Swimwear, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "vochoa-rutherford@alcazarpruitt.example.com",
            "requester.verified": True,
            "requester.signer": "Valentina Ochoa-Rutherford",
            "requester.signer_title": any_of(
                "Attorney for Plaintiff", "Attorney for Plaintiff Coralina Swimwear, LLC", None
            ),
            "targets": ["coralina_outlet_sale", "coralinaswim.discount", "beachwear_wholesale_cn"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("trademark counterfeiting action", None),
            "date_range": any_of(
                {"start": "2026-03-01", "end": "2026-11-19"}, {"start": "2026-03-01", "end": "2026-11-20"}, None
            ),
            "served_at": served(date),
            "return_by": "2026-12-10T10:00:00-05:00",
            "case_number": "1:26-cv-23817-KMW",
            "issuing_court": any_of(
                "United States District Court for the Southern District of Florida",
                "U.S. District Court, Southern District of Florida",
            ),
        },
        sender="Valentina Ochoa-Rutherford <vochoa-rutherford@alcazarpruitt.example.com>",
        subject="Subpoena - Coralina Swimwear, LLC v. Schedule A Defendants, No. 1:26-cv-23817",
        date=date,
        message_id="<20261120153000.AP.4471@alcazarpruitt.example.com>",
        text=text,
        attachments=[(document, "application", DOCX, "Subpoena_SocialExample_Coralina.docx")],
        dkim="alcazarpruitt.example.com",
    )


def dmca_512h_wdtx_pdf() -> Message:
    date = when(2026, 10, 2, 10, 12, 0, -5)
    subpoena = """\
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF TEXAS
AUSTIN DIVISION

IN RE: DMCA SUBPOENA TO SOCIAL EXAMPLE, INC.            Misc. Case No. 1:26-mc-00912

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

TO: Social Example, Inc., Designated Agent

Pursuant to 17 U.S.C. § 512(h), and upon the request of Lonestar Lens Photography, LLC, the copyright
owner, which has filed with the Clerk a copy of its notification under § 512(c)(3)(A), a proposed
subpoena, and a sworn declaration that the purpose of this subpoena is to obtain the identity of an
alleged infringer and that such information will only be used for the purpose of protecting rights
under Title 17, YOU ARE COMMANDED to disclose to the requesting party information sufficient to
identify the alleged infringer operating the account @atx_wedding_inspo, namely the name, address,
telephone number and e-mail address of the account holder.

Production is due on or before October 19, 2026, to Brennan Aldecott-Shah, Aldecott Shah PLLC,
600 Congress Avenue, Suite 1400, Austin, TX 78701, baldecott@aldecottshah.example.net.

Issued by the Clerk of Court on September 30, 2026.
PHILIP J. DEVLIN-ORTIZ, CLERK          By: /s/ A. Ramos-Whitaker, Deputy Clerk
"""
    text = """\
To the Designated DMCA Agent of Social Example, Inc.:

Please find attached a subpoena issued by the Clerk of the U.S. District Court for the Western District
of Texas under 17 U.S.C. 512(h), together with the underlying takedown notice (sent to you on
August 14, 2026) and the sworn declaration.

Regards,
Brennan Aldecott-Shah
Aldecott Shah PLLC, Austin
"""
    takedown = """\
DMCA NOTIFICATION - 17 U.S.C. 512(c)(3) - sent August 14, 2026
Copyright owner: Lonestar Lens Photography, LLC. Infringing material: 41 wedding photographs reposted
without license by @atx_wedding_inspo. Good-faith statement and statement under penalty of perjury
included. /s/ Brennan Aldecott-Shah, authorized agent.

SWORN DECLARATION (17 U.S.C. 512(h)(2)(C)): The purpose for which this subpoena is sought is to obtain
the identity of an alleged infringer; the information will be used only to protect rights under Title 17.
/s/ Brennan Aldecott-Shah
"""
    return make(
        "021-dmca-512h-wdtx-pdf",
        "Austin law firm serves a clerk-issued W.D. Tex. § 512(h) subpoena (PDF, with the takedown notice and "
        "declaration) for identity information of an @handle; due October 19, 2026.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "REVIEW",
        {
            "process_type": "SUBPOENA_DMCA_512H",
            "statute": any_of("17 U.S.C. § 512(h)", "17 U.S.C. 512(h)"),
            "requester.name": any_of("Aldecott Shah PLLC", "Lonestar Lens Photography, LLC"),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "baldecott@aldecottshah.example.net",
            "requester.verified": True,
            "requester.signer": any_of("Brennan Aldecott-Shah", "A. Ramos-Whitaker"),
            "requester.signer_title": any_of(None, "Deputy Clerk", "authorized agent"),
            "targets": ["atx_wedding_inspo"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("to obtain the identity of an alleged infringer", None),
            "served_at": served(date),
            "return_by": day_end("2026-10-19", offset="-05:00"),
            "case_number": "1:26-mc-00912",
            "issuing_court": any_of(
                "United States District Court, Western District of Texas",
                "United States District Court for the Western District of Texas",
                "U.S. District Court for the Western District of Texas",
            ),
        },
        sender="Brennan Aldecott-Shah <baldecott@aldecottshah.example.net>",
        subject="DMCA 512(h) Subpoena - Misc. No. 1:26-mc-00912 (W.D. Tex.)",
        date=date,
        message_id="<a7c31e9f-512h-4f0b@aldecottshah.example.net>",
        text=text,
        attachments=[
            (pdf(subpoena), "application", "pdf", "512h_Subpoena_SocialExample.pdf"),
            (pdf(takedown), "application", "pdf", "Notice_and_Declaration.pdf"),
        ],
        dkim="aldecottshah.example.net",
    )


def lawfirm_colorado_anonymous_reviewer_html() -> Message:
    date = when(2026, 10, 22, 14, 5, 0, -6)
    html = """\
<html><body>
<p>Dear Sir or Madam,</p>
<p>This firm represents Plaintiff Summit Ridge Dental, P.C. in a defamation action against an anonymous
poster. Enclosed below is the operative text of a subpoena duces tecum issued under C.R.C.P. 45 in
<i>Summit Ridge Dental, P.C. v. John Doe</i>, Case No. 2026CV31842, District Court, City and County of
Denver, Colorado.</p>
<blockquote>
<p><b>SUBPOENA TO PRODUCE DOCUMENTS</b><br>
TO: Custodian of Records, Social Example, Inc.<br>
You are commanded to produce, on or before <b>November 12, 2026 at 5:00 p.m.</b>, at the offices of
Whitcombe &amp; Araya LLC, 1700 Lincoln Street, Suite 3100, Denver, CO 80203:<br>
All documents sufficient to identify the person(s) who created and operate the account
<b>@honest_denver_patient</b>, which on August 3, 2026 posted that Dr. Meredith Okafor-Lindqvist
&quot;botched three root canals and bills for work never done&quot;, including name, address, telephone
number and e-mail address.<br>
Dated: October 20, 2026. /s/ Jonah Whitcombe, Atty. Reg. No. 48817, for the Clerk of Court.</p>
</blockquote>
<p>We would be glad to discuss any concerns you may have regarding notice to the account holder.</p>
<p>Jonah Whitcombe<br>Whitcombe &amp; Araya LLC<br>(303) 555-0121</p>
</body></html>
"""
    return make(
        "022-lawfirm-colorado-anonymous-reviewer-html",
        "Denver law firm's Colorado civil subpoena (C.R.C.P. 45, HTML body) to unmask the anonymous @handle behind "
        "a dentist review in a defamation suit; identity data due November 12, 2026 at 5:00 p.m.",
        "en",
        "US",
        ("html",),
        "REVIEW",
        {
            "process_type": "SUBPOENA_CIVIL",
            "statute": any_of("C.R.C.P. 45", None),
            "requester.name": any_of("Whitcombe & Araya LLC", "Summit Ridge Dental, P.C."),
            "requester.kind": "PRIVATE_PARTY",
            "requester.email": "jwhitcombe@whitcombearaya.example.com",
            "requester.verified": True,
            "requester.signer": "Jonah Whitcombe",
            "requester.signer_title": any_of(None, "Atty. Reg. No. 48817"),
            "targets": ["honest_denver_patient"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of("defamation action against an anonymous poster", None),
            "served_at": served(date),
            # Mountain standard time from November 1
            "return_by": "2026-11-12T17:00:00-07:00",
            "case_number": "2026CV31842",
            "issuing_court": any_of("District Court, City and County of Denver, Colorado", "Denver District Court"),
        },
        sender="Jonah Whitcombe <jwhitcombe@whitcombearaya.example.com>",
        subject="Subpoena - Summit Ridge Dental v. Doe, 2026CV31842",
        date=date,
        message_id="<WA-2026CV31842-1022@whitcombearaya.example.com>",
        html=html,
        dkim="whitcombearaya.example.com",
    )


def durham_pd_ndo_cover_mail_only() -> Message:
    date = when(2026, 11, 4, 10, 50, 0, -5)
    warrant = """\
STATE OF NORTH CAROLINA                                       File No. 26 R 004417
County of Durham                                   In The General Court of Justice
                                                   District Court Division

                              SEARCH WARRANT
                     (G.S. 15A-245, 15A-246, 15A-248)

TO ANY OFFICER WITH AUTHORITY AND JURISDICTION TO CONDUCT THE SEARCH AUTHORIZED BY THIS SEARCH WARRANT:
I, the undersigned, find that there is probable cause to believe that the property and person described
in the application on the reverse side and related to the commission of a crime is located as described
in the application. You are commanded to search Social Example, Inc., by service upon its custodian of
records, for the following records of the account @bullcity_trapstar for the period September 1, 2026
to October 31, 2026: subscriber information, log-in IP addresses, private messages and attachments.

Records to be provided to Inv. Callum Oyelaran-Fitch, Durham Police Department, 602 E. Main St.,
Durham, NC 27701, within fourteen (14) days.

Date Issued: 11/03/2026    Time: 3:40 PM
Signature: /s/ Anjali Merriweather-Cobb      [X] Magistrate   [ ] District Court Judge
"""
    text = """\
Hello,

Attached is a search warrant for the account @bullcity_trapstar. The judge also signed a non-disclosure
order, so do NOT notify the user for one year. Records within 14 days please.

Inv. Callum Oyelaran-Fitch
Durham Police Department - Violent Incident Response Team
(919) 555-0165
"""
    return make(
        "023-durham-pd-ndo-cover-mail-only",
        "Durham (NC) PD serves a magistrate's search warrant (PDF) for an @handle; the cover mail says a judge "
        "signed a one-year non-disclosure order, but no such order is attached or written in the warrant: "
        "a person must ask for it before deciding whether a gag binds.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": any_of("G.S. 15A-245, 15A-246, 15A-248", None),
            "requester.name": any_of("Durham Police Department", "Durham PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "callum.oyelaran-fitch@durhamnc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Anjali Merriweather-Cobb", "Callum Oyelaran-Fitch"),
            "requester.signer_title": any_of("Magistrate", "Inv.", "Investigator"),
            "targets": ["bullcity_trapstar"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-09-01", "end": "2026-10-31"},
            "served_at": served(date),
            "return_by": day_end("2026-11-18", offset="-05:00"),
            "nondisclosure.present": any_of(True, False),
            "nondisclosure.kind": any_of(None, "COURT_ORDER_2705B", "LETTER_REQUEST"),
            "nondisclosure.expires_at": any_of(None, "2027-11-03T23:59:59-05:00", "2027-11-04T23:59:59-05:00"),
            "case_number": "26 R 004417",
            "issuing_court": any_of(
                "General Court of Justice, District Court Division, Durham County",
                "Durham County District Court",
                None,
            ),
        },
        sender="Oyelaran-Fitch, Callum <callum.oyelaran-fitch@durhamnc.gov>",
        subject="Search Warrant - @bullcity_trapstar",
        date=date,
        message_id="<DPD-VIRT-20261104-1050@durhamnc.gov>",
        text=text,
        attachments=[(pdf(warrant), "application", "pdf", "SW_26R004417.pdf")],
        dkim="durhamnc.gov",
    )


def greensboro_pd_subpoena_titled_warrant() -> Message:
    date = when(2026, 9, 29, 9, 5, 0, -4)
    document = """\
STATE OF NORTH CAROLINA, COUNTY OF GUILFORD
IN THE GENERAL COURT OF JUSTICE, SUPERIOR COURT DIVISION          File No. 26 CRS 52291

                      SUBPOENA DUCES TECUM / SEARCH WARRANT

To: Social Example, Inc., Custodian of Records

The undersigned, having examined the sworn application of Detective Priscilla Abernathy-Osei of the
Greensboro Police Department, finds probable cause and COMMANDS you to produce the following for the
account @gate_city_grind336 from August 15, 2026 to September 25, 2026: account holder information,
IP log-in history, and direct messages.

You are commanded to appear and produce the above before the Superior Court of Guilford County,
201 S. Eugene Street, Greensboro, NC, on October 13, 2026 at 9:30 AM, or to deliver the records to the
requesting officer before that date.

This the 28th day of September, 2026.
/s/ Theodora Vance-Ikeda
[ ] Assistant District Attorney   [ ] Clerk of Superior Court   [ ] Superior Court Judge
"""
    text = """\
Please see attached legal process for Social Example. Thanks.

Det. P. Abernathy-Osei
Greensboro Police Department, Criminal Investigations Division
"""
    return make(
        "024-greensboro-pd-subpoena-titled-warrant",
        "Greensboro (NC) PD sends a form headed 'SUBPOENA DUCES TECUM / SEARCH WARRANT' with probable-cause "
        "wording, an appearance date and a signer whose capacity box is unticked, asking for DMs of an @handle: "
        "whether it is a warrant or a subpoena cannot be told from the document.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "TRIAGE",
        {
            "process_type": any_of("SEARCH_WARRANT", "SUBPOENA_TRIAL", "UNKNOWN"),
            "statute": None,
            "requester.name": any_of("Greensboro Police Department", "Greensboro PD"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "priscilla.abernathy-osei@greensboro-nc.gov",
            "requester.verified": True,
            "requester.signer": any_of("Theodora Vance-Ikeda", "P. Abernathy-Osei", "Priscilla Abernathy-Osei"),
            "requester.signer_title": any_of(None, "Det.", "Detective"),
            "targets": ["gate_city_grind336"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-08-15", "end": "2026-09-25"},
            "served_at": served(date),
            "return_by": "2026-10-13T09:30:00-04:00",
            "case_number": "26 CRS 52291",
            "issuing_court": any_of(
                "Superior Court of Guilford County",
                "General Court of Justice, Superior Court Division, County of Guilford",
                None,
            ),
        },
        sender="Abernathy-Osei, Priscilla <priscilla.abernathy-osei@greensboro-nc.gov>",
        subject="legal process",
        date=date,
        message_id="<GPD-CID-26CRS52291@greensboro-nc.gov>",
        text=text,
        attachments=[(pdf(document), "application", "pdf", "26CRS52291.pdf")],
        dkim="greensboro-nc.gov",
    )


def knox_sheriff_truncated_account_fax_jpeg() -> Message:
    date = when(2026, 10, 16, 14, 22, 0, -4)
    page = """\
# IN THE CRIMINAL COURT FOR KNOX COUNTY, TENNESSEE
# SEARCH WARRANT

No. 26-SW-1893                                   KCSO Case 2026-118204

TO ANY LAWFUL OFFICER OF THE STATE OF TENNESSEE:
Proof by affidavit having been made before me by Detective Harlan
Yamamoto-Pruett of the Knox County Sheriff's Office, you are commanded
to search the records of Social Example, Inc., for the account
@smokymtn_                                                    ,
identified in Exhibit A, and to seize: subscriber information, IP
log-in history, and all private messages, from July 1, 2026
through October 10, 2026.

Social Example, Inc. shall produce the records within ten (10) days.

Issued this 15th day of October, 2026, at 11:05 a.m.
/s/ Judge Cordelia Vanterpool-Hughes
Criminal Court Judge, Division II
"""
    text = """\
Here is a pic of the warrant we faxed Monday (fax kept failing). Exhibit A to follow once I find it.

Det. Harlan Yamamoto-Pruett
Knox County Sheriff's Office - Cyber Crimes
(865) 555-0119
"""
    return make(
        "025-knox-sheriff-truncated-account-fax-jpeg",
        "Knox County (TN) Sheriff's detective sends a phone photo (JPEG) of a Criminal Court search warrant whose "
        "account name is cut off ('@smokymtn_' then blank) and whose Exhibit A is missing: the account cannot be "
        "identified without asking.",
        "en",
        "US",
        ("plain_text", "scan", "missing_attachment"),
        "TRIAGE",
        {
            "process_type": "SEARCH_WARRANT",
            "statute": None,
            "requester.name": any_of("Knox County Sheriff's Office", "KCSO"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "harlan.yamamoto-pruett@knoxcountytn.gov",
            "requester.verified": True,
            "requester.signer": any_of("Cordelia Vanterpool-Hughes", "Harlan Yamamoto-Pruett"),
            "requester.signer_title": any_of("Criminal Court Judge", "Criminal Court Judge, Division II", "Detective"),
            "targets": any_of([], ["smokymtn_"]),
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
            "date_range": {"start": "2026-07-01", "end": "2026-10-10"},
            "served_at": served(date),
            "return_by": day_end("2026-10-26", "2026-10-25", offset="-04:00"),
            "case_number": any_of("26-SW-1893", "2026-118204"),
            "issuing_court": any_of("Criminal Court for Knox County, Tennessee", "Knox County Criminal Court"),
        },
        sender="Yamamoto-Pruett, Harlan <harlan.yamamoto-pruett@knoxcountytn.gov>",
        subject="SW 26-SW-1893",
        date=date,
        message_id="<KCSO-CYBER-26SW1893@knoxcountytn.gov>",
        text=text,
        attachments=[(scan_jpeg(page, skew=1.2, seed=25), "image", "jpeg", "IMG_4471.jpg")],
        dkim="knoxcountytn.gov",
    )


MESSAGES = (
    lawfirm_rule45_sdfl_docx,
    dmca_512h_wdtx_pdf,
    lawfirm_colorado_anonymous_reviewer_html,
    durham_pd_ndo_cover_mail_only,
    greensboro_pd_subpoena_titled_warrant,
    knox_sheriff_truncated_account_fax_jpeg,
)

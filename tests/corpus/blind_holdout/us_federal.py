"""United States, federal senders (FBI, DEA, U.S. Attorneys' Offices, U.S. Marshals). All people are fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, served, when
from tests.corpus.pdf import text_pdf

GJ_COURT = any_of(
    "United States District Court for the District of Kansas",
    "U.S. District Court for the District of Kansas",
    "District of Kansas",
)


def fbi_nsl() -> Message:
    date = when(2026, 9, 3, 9, 14, 22, -5)
    text = """\
U.S. Department of Justice
Federal Bureau of Investigation
Omaha Field Office
4411 South 121st Court
Omaha, NE 68137

September 3, 2026

NSL No. OM-2026-0117

Custodian of Records
Legal Process Team
(by electronic mail)

Dear Custodian:

Under the authority of Executive Order 12333, dated December 4, 1981, and pursuant to
Title 18, United States Code (U.S.C.), Section 2709 (as amended), you are hereby
directed to provide the Federal Bureau of Investigation (FBI) the name, address, and
length of service of the person or entity associated with the following account:

    Account: @prairie_ledger

Please do not provide the content of any communication, or any record other than those
listed above. Do not include toll billing records.

In accordance with Title 18, U.S.C., Section 2709(b), I certify that the information
sought is relevant to an authorized investigation to protect against international
terrorism or clandestine intelligence activities, and that such an investigation of a
United States person is not conducted solely on the basis of activities protected by
the First Amendment to the Constitution of the United States.

In accordance with 18 U.S.C. Section 2709(c)(1), I certify that the absence of a
prohibition of disclosure under this subsection may result in a danger to the national
security of the United States; interference with a criminal, counterterrorism, or
counterintelligence investigation; interference with diplomatic relations; or danger
to the life or physical safety of any person. Accordingly, 18 U.S.C. Section 2709(c)(1)
and (2) prohibits you, or any officer, employee, or agent of yours, from disclosing to
any person (other than those to whom such disclosure is necessary to comply with this
letter, an attorney to obtain legal advice or legal assistance with respect to this
letter, or other persons as permitted by the Director of the FBI or his designee) that
the FBI has sought or obtained access to information or records under these provisions.

You have the right to challenge this letter if compliance would be unreasonable,
oppressive, or otherwise unlawful, and the nondisclosure requirement, under
18 U.S.C. Section 3511(a) and (b).

You are requested to provide the records on or before September 24, 2026, by secure
electronic delivery to the Special Agent named below. Questions may be directed to
SA Lauren Pikeman, (402) 555-0148.

Your cooperation in this matter is greatly appreciated.

Sincerely,

Marcus D. Ellery
Special Agent in Charge
Omaha Field Office
"""
    return Message(
        "001-fbi-nsl-certification",
        "FBI National Security Letter (Omaha) for name/address/length of service of one @handle, with a "
        "§ 2709(c) nondisclosure certification; letter pasted into the body; DKIM-signed by fbi.gov.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "001",
            sender='"FBI Omaha NSL Unit" <omaha.nsl@fbi.gov>',
            subject="National Security Letter OM-2026-0117",
            date=date,
            message_id="<om-2026-0117.6f2a@fbi.gov>",
            text=text,
            dkim_domain="fbi.gov",
        ),
        {
            "process_type": "NATIONAL_SECURITY_LETTER",
            "statute": any_of("18 U.S.C. § 2709", "18 U.S.C. 2709"),
            "requester.name": any_of("Federal Bureau of Investigation", "FBI", "FBI Omaha Field Office"),
            "requester.kind": "FEDERAL",
            "requester.email": "omaha.nsl@fbi.gov",
            "requester.verified": True,
            "requester.signer": "Marcus D. Ellery",
            "requester.signer_title": "Special Agent in Charge",
            "targets": ["prairie_ledger"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "stated_purpose": any_of(None, "international terrorism or clandestine intelligence activities"),
            "served_at": served(date),
            "return_by": "2026-09-24T17:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "NSL_CERTIFICATION",
            "case_number": any_of("NSL No. OM-2026-0117", "OM-2026-0117"),
        },
        "fbi.gov",
    )


def dea_subpoena() -> Message:
    date = when(2026, 9, 14, 15, 3, 41, -6)
    pdf = """\
U.S. DEPARTMENT OF JUSTICE
DRUG ENFORCEMENT ADMINISTRATION
Albuquerque District Office
SUBPOENA
Subpoena No. AL-26-118452

TO: Custodian of Records, Legal Process Team (via e-mail: legal-process@dueprocess.local)

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Diversion
Investigator Dana M. Kowalczyk, an official of the Drug Enforcement Administration, at
5051 Balloon Park Road NE, Albuquerque, NM 87109 on 10/05/2026 at 10:00 AM, and to produce the
records listed below. Production of the records by electronic mail on or before that date
will be accepted in lieu of appearance.

This subpoena is issued pursuant to Section 506 of the Controlled Substances Act of 1970
(21 U.S.C. 876) in connection with an investigation into violations of the Controlled
Substances Act (21 U.S.C. 801 et seq.), namely the unlawful distribution of oxycodone.

RECORDS REQUIRED:
For the user account "desertbloom_rx", for the period 06/01/2026 through 09/10/2026:
 1. Subscriber name, physical address, e-mail address(es) and telephone number(s) on file;
 2. Date the account was created and the IP address used to create it;
 3. Means and source of payment (including credit card or bank account numbers);
 4. IP address logs (login history) showing date, time and time zone of each login.

You are requested not to disclose the existence of this subpoena, as disclosure could
impede the investigation. This is a request only; it is not a court order.

Issued at Albuquerque, New Mexico, 09/14/2026.

/s/ Raymond T. Ocampo
Raymond T. Ocampo, Group Supervisor
Drug Enforcement Administration
"""
    text = """\
Good afternoon,

Please see attached DEA subpoena AL-26-118452. E-mailed production is fine, no need to
appear in person. Let me know if you need anything else from our end.

Thank you,

Dana Kowalczyk
Diversion Investigator | Albuquerque District Office
U.S. Drug Enforcement Administration
Office: (505) 555-0163

This e-mail may contain law enforcement sensitive information. If you are not the intended
recipient please notify the sender and delete it.
"""
    return Message(
        "002-dea-admin-subpoena-pdf",
        "DEA administrative subpoena (21 U.S.C. § 876) attached as a text PDF; asks for subscriber data and IP "
        "login history for a bare username; letter request not to disclose; DKIM-signed by dea.gov.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "002",
            sender='"Kowalczyk, Dana M." <Dana.M.Kowalczyk@dea.gov>',
            subject="DEA Subpoena AL-26-118452",
            date=date,
            message_id="<1f6c2e0a94.AL26118452@dea.gov>",
            text=text,
            attachments=[(text_pdf(pdf), "application", "pdf", "AL-26-118452 subpoena.pdf")],
            dkim_domain="dea.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("21 U.S.C. § 876", "21 U.S.C. 876"),
            "requester.name": any_of("Drug Enforcement Administration", "DEA", "U.S. Drug Enforcement Administration"),
            "requester.kind": "FEDERAL",
            "requester.email": "Dana.M.Kowalczyk@dea.gov",
            "requester.verified": True,
            "requester.signer": "Raymond T. Ocampo",
            "requester.signer_title": "Group Supervisor",
            "targets": ["desertbloom_rx"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "violations of the Controlled Substances Act",
            "date_range": {"start": "2026-06-01", "end": "2026-09-10"},
            "served_at": served(date),
            "return_by": "2026-10-05T10:00:00-06:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("AL-26-118452", "Subpoena No. AL-26-118452"),
        },
        "dea.gov",
    )


def grand_jury_html() -> Message:
    date = when(2026, 9, 23, 11, 20, 5, -5)
    html = """\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Custodian of Records,</p>
<p>The attached information constitutes a federal grand jury subpoena. Please review the details below and
produce responsive records by the return date. Records may be produced electronically to the case agent in
lieu of personal appearance.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Subpoena type</b></td><td>Subpoena to Testify Before a Grand Jury (duces tecum)</td></tr>
<tr><td><b>Court</b></td><td>United States District Court for the District of Kansas</td></tr>
<tr><td><b>Grand Jury Subpoena No.</b></td><td>26-GJ3-0419</td></tr>
<tr><td><b>Place of appearance</b></td><td>U.S. Courthouse, 401 N. Market, Wichita, KS 67202, Grand Jury Room</td></tr>
<tr><td><b>Date and time</b></td><td>October 20, 2026 &ndash; 9:00 a.m.</td></tr>
<tr><td><b>Account</b></td><td>the account registered to the e-mail address hollis.baird@example.net</td></tr>
<tr><td><b>Records to be produced</b></td><td>Subscriber information only: name(s), postal address(es), e-mail
addresses and telephone numbers on file, account creation date and creation IP address, length of service,
and means and source of payment, as described in 18 U.S.C. &sect; 2703(c)(2)</td></tr>
<tr><td><b>Time period</b></td><td>01/01/2025 &ndash; 08/31/2026</td></tr>
<tr><td><b>Case agent</b></td><td>SA Trevor Huang, IRS-CI, (316) 555-0122</td></tr>
<tr><td><b>AUSA</b></td><td>Kristen A. Valdez</td></tr>
</table>
<p>Please do not contact the subscriber before producing: we have no court order, but notice could seriously
jeopardize an ongoing investigation. Call me first if your policy requires notice.</p>
<p>Regards,<br>
<b>Kristen A. Valdez</b><br>
Assistant United States Attorney<br>
United States Attorney's Office | District of Kansas<br>
1200 Epic Center, 301 N. Main, Wichita, KS 67202<br>
(316) 555-0190</p>
<p style="font-size:8pt;color:#777">CONFIDENTIALITY NOTICE: Grand jury material, Fed. R. Crim. P. 6(e). If you
received this message in error, notify the sender and destroy all copies.</p>
</body></html>
"""
    return Message(
        "003-usao-grand-jury-html",
        "Federal grand jury subpoena (D. Kan.) for subscriber records of an account named by e-mail address; "
        "HTML-only message with the fields in a table; confidentiality asked by letter; DKIM-signed by usdoj.gov.",
        "en",
        "US",
        ("html_only", "html_table"),
        "REVIEW",
        build(
            "003",
            sender='"Valdez, Kristen (USAKS)" <Kristen.Valdez@usdoj.gov>',
            subject="Grand Jury Subpoena 26-GJ3-0419 - return 10/20/2026",
            date=date,
            message_id="<BN8PR09MB4471.26GJ30419@usdoj.gov>",
            html=html,
            dkim_domain="usdoj.gov",
        ),
        {
            "process_type": "SUBPOENA_GRAND_JURY",
            "statute": any_of(None, "18 U.S.C. § 2703(c)(2)", "18 U.S.C. § 2703"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of Kansas",
                "U.S. Attorney's Office, District of Kansas",
                "United States Attorney's Office",
                "U.S. Department of Justice",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "Kristen.Valdez@usdoj.gov",
            "requester.verified": True,
            "requester.signer": "Kristen A. Valdez",
            "requester.signer_title": "Assistant United States Attorney",
            "targets": ["hollis.baird@example.net"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "date_range": {"start": "2025-01-01", "end": "2026-08-31"},
            "served_at": served(date),
            "return_by": "2026-10-20T09:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "LETTER_REQUEST",
            "case_number": any_of("26-GJ3-0419", "Grand Jury Subpoena No. 26-GJ3-0419"),
            "issuing_court": GJ_COURT,
        },
        "usdoj.gov",
    )


def order_2703d() -> Message:
    date = when(2026, 10, 6, 14, 47, 9, -4)
    text = """\
Hello -

Attached below is a 2703(d) order signed yesterday by Magistrate Judge Whitcombe. It includes a
2705(b) nondisclosure provision, please read para. 4. Signed PDF to follow by separate e-mail once the
clerk dockets it; the text below is the order as signed.

Thanks,
Owen

Owen F. Marchetti
Assistant United States Attorney
U.S. Attorney's Office, District of New Hampshire
53 Pleasant Street, 4th Floor, Concord, NH 03301
603-555-0117

------------------------------------------------------------

UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW HAMPSHIRE

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT
TO 18 U.S.C. § 2703(d) DIRECTED TO DUEPROCESS PLATFORM FOR RECORDS RELATING TO THE
ACCOUNT "granite_wren"

Misc. No. 26-mj-00214-ALW

ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting
that the Court issue an Order requiring the Provider to disclose the records and other
information described in Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing
that there are reasonable grounds to believe that the records or other information sought
are relevant and material to an ongoing criminal investigation into possible violations of
18 U.S.C. § 875(c) (interstate threats).

IT IS THEREFORE ORDERED:

1. The Provider shall, on or before October 20, 2026, disclose to the United States the
   records and other information described in Attachment A.
2. The records shall be limited to the period March 1, 2026 through September 30, 2026.
3. The Provider shall not disclose the contents of any communication.
4. Pursuant to 18 U.S.C. § 2705(b), the Provider shall not disclose the existence of the
   application or this Order, or the existence of the investigation, to any person other
   than its attorneys, for a period of eighteen (18) months from the date of this Order,
   unless and until otherwise authorized to do so by the Court.
5. The application and this Order are sealed until otherwise ordered by the Court.

SO ORDERED this 5th day of October, 2026.

/s/ Andrea L. Whitcombe
Hon. Andrea L. Whitcombe
United States Magistrate Judge

ATTACHMENT A - Records to be disclosed (account "granite_wren"):
 a. Names (including subscriber names, user names and screen names), addresses, e-mail
    addresses and telephone numbers associated with the account;
 b. Records of session times and durations, and the temporarily assigned network addresses
    (IP addresses) associated with those sessions;
 c. Login and logout history, device identifiers and user-agent strings;
 d. Non-content records of communications: the user names of the accounts with which the
    account exchanged direct messages, with dates and times (not the messages themselves).
"""
    return Message(
        "004-2703d-order-18-month-ndo",
        "18 U.S.C. § 2703(d) order (D.N.H.) pasted into an AUSA's e-mail; non-content records for a "
        "date range; § 2705(b) nondisclosure for 18 months from the order date; DKIM-signed by usdoj.gov.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "004",
            sender="Owen Marchetti <owen.marchetti@usdoj.gov>",
            subject="2703(d) order - granite_wren (26-mj-00214)",
            date=date,
            message_id="<CH2PR09MB6642.0214ALW@usdoj.gov>",
            text=text,
            dkim_domain="usdoj.gov",
        ),
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703"),
            "requester.name": any_of(
                "United States Attorney's Office for the District of New Hampshire",
                "U.S. Attorney's Office, District of New Hampshire",
                "United States Attorney's Office",
                "United States District Court for the District of New Hampshire",
            ),
            "requester.kind": any_of("FEDERAL", "COURT"),
            "requester.email": "owen.marchetti@usdoj.gov",
            "requester.verified": True,
            "requester.signer": any_of("Andrea L. Whitcombe", "Owen F. Marchetti"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Assistant United States Attorney"),
            "targets": ["granite_wren"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": any_of("interstate threats", "violations of 18 U.S.C. § 875(c)"),
            "date_range": {"start": "2026-03-01", "end": "2026-09-30"},
            "served_at": served(date),
            "return_by": "2026-10-20T17:00:00-04:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": "2028-04-05T23:59:59-04:00",
            "case_number": any_of("26-mj-00214-ALW", "Misc. No. 26-mj-00214-ALW"),
            "issuing_court": any_of(
                "United States District Court for the District of New Hampshire",
                "U.S. District Court for the District of New Hampshire",
                "District of New Hampshire",
            ),
        },
        "usdoj.gov",
    )


def pen_register() -> Message:
    date = when(2026, 10, 14, 8, 31, 55, -5)
    order = """\
UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF OKLAHOMA

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER AUTHORIZING
THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE ON THE ACCOUNT
"@redearthrunner7"

Case No. MJ-26-512-TJM

ORDER

This matter having come before the Court pursuant to an application under 18 U.S.C. §§ 3122
and 3123 by an attorney for the Government, who has certified that the information likely to
be obtained is relevant to an ongoing criminal investigation being conducted by the United
States Marshals Service to locate and apprehend Dwayne E. Castellaw, a federal fugitive
wanted on a warrant for violation of supervised release,

IT IS ORDERED, pursuant to 18 U.S.C. § 3123, that agents of the United States Marshals
Service may install and use a pen register and trap and trace device to record, decode and
capture all dialing, routing, addressing and signaling information associated with each
communication to or from the account "@redearthrunner7", including the source and
destination IP addresses and ports, the date, time and duration of each session, and the
user names of accounts communicating with the account, but not the contents of any
communication, for a period of sixty (60) days from the date of this Order.

IT IS FURTHER ORDERED that the Provider furnish the information, facilities and technical
assistance necessary to accomplish the installation unobtrusively, and furnish the results
to the Marshals Service in real time or as soon as practicable.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d), that this Order and the application
be sealed, and that the Provider shall not disclose the existence of the pen register and
trap and trace device or of the investigation to the listed subscriber or to any other
person, unless or until otherwise ordered by the Court.

Dated: October 13, 2026

/s/ Terrence J. Mallory
TERRENCE J. MALLORY
UNITED STATES MAGISTRATE JUDGE
"""
    text = """\
Good morning,

Pen register / trap and trace order attached for account @redearthrunner7 (W.D. Okla. MJ-26-512-TJM).
This is a fugitive case, so we'd appreciate getting the feed turned on as fast as you can.
Results can come to me at this address or through your law enforcement portal.

Respectfully,

DUSM Colby R. Lindqvist
Deputy U.S. Marshal
Western District of Oklahoma - Fugitive Task Force
U.S. Marshals Service
Cell: 405-555-0139
"""
    return Message(
        "005-pen-register-order-pdf",
        "Pen register / trap and trace order (18 U.S.C. § 3123, W.D. Okla.) for 60 days, attached as a text "
        "PDF by a Deputy U.S. Marshal; sealed with a nondisclosure clause until further order; DKIM-signed.",
        "en",
        "US",
        ("pdf_text", "plain_text"),
        "REVIEW",
        build(
            "005",
            sender='"Lindqvist, Colby (USMS)" <Colby.Lindqvist@usmarshals.gov>',
            subject="PR/TT order - @redearthrunner7",
            date=date,
            message_id="<20261014133155.C9184@usmarshals.gov>",
            text=text,
            attachments=[(text_pdf(order), "application", "pdf", "MJ-26-512 PRTT Order (signed).pdf")],
            dkim_domain="usmarshals.gov",
        ),
        {
            "process_type": "PEN_REGISTER_ORDER",
            "statute": any_of("18 U.S.C. § 3123", "18 U.S.C. §§ 3122 and 3123", "18 U.S.C. §§ 3122-3123"),
            "requester.name": any_of("United States Marshals Service", "U.S. Marshals Service", "USMS"),
            "requester.kind": "FEDERAL",
            "requester.email": "Colby.Lindqvist@usmarshals.gov",
            "requester.verified": True,
            "requester.signer": any_of("Terrence J. Mallory", "Colby R. Lindqvist"),
            "requester.signer_title": any_of("United States Magistrate Judge", "Deputy U.S. Marshal"),
            "targets": ["redearthrunner7"],
            "data_categories": ["REALTIME_METADATA"],
            "stated_purpose": any_of("locate and apprehend", None),
            "date_range": any_of(None, {"start": "2026-10-13", "end": "2026-12-12"}),
            "served_at": served(date),
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "case_number": any_of("MJ-26-512-TJM", "Case No. MJ-26-512-TJM"),
            "issuing_court": any_of(
                "United States District Court for the Western District of Oklahoma",
                "U.S. District Court for the Western District of Oklahoma",
                "Western District of Oklahoma",
            ),
        },
        "usmarshals.gov",
    )


MESSAGES = (fbi_nsl, dea_subpoena, grand_jury_html, order_2703d, pen_register)

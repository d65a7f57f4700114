"""Messages 035-040 of the third blind hold-out: legal vocabulary, but no legal process (written blind; see README.md)."""

from __future__ import annotations

from tests.corpus.blind_holdout3._kit import Message, any_of, build, msg, pdf, served, when

NLP = "NOT_LEGAL_PROCESS"


def m035() -> Message:
    date = when(2026, 11, 2, 9, 0, 0, -6)
    invoice = """PRAIRIE STATE COURT REPORTING, LLC
Certified Court Reporters - Videographers - Records Retrieval
1120 Q Street, Lincoln, NE 68508

INVOICE No. 26-11873                 Invoice date: 10/30/2026      Terms: Net 30

Bill to: DueProcess Social, Inc., Legal Department

Case: Halvorsen v. Midlands Credit Union, No. CI 25-4410 (Dist. Ct. Lancaster Cty.)
Witness: Records custodian deposition (by written questions) - taken 10/21/2026

Original transcript, 42 pages @ $4.25 ........................ $178.50
Certification of records (subpoena duces tecum return) ......... $35.00
Exhibits, scanned ................................................. $18.00
Delivery (electronic) ............................................... $0.00
TOTAL DUE ....................................................... $231.50

Please remit within 30 days. Make checks payable to Prairie State Court Reporting, LLC. Tax ID 47-1234567."""
    raw = build(
        "035",
        sender='"Prairie State Court Reporting - Billing" <billing@prairiestatereporting.com>',
        subject="Invoice 26-11873 - Halvorsen v. Midlands Credit Union - deposition transcript",
        date=date,
        message_id="<inv-26-11873@prairiestatereporting.com>",
        text="Good morning,\n\nAttached is our invoice for the transcript and certification of the subpoena duces tecum return in the above matter. Payment is due within 30 days.\n\nThank you for your business!\nBilling Department\nPrairie State Court Reporting, LLC\n",
        attachments=[(pdf(invoice), "application", "pdf", "Invoice_26-11873.pdf")],
        dkim_domain="prairiestatereporting.com",
    )
    return msg(
        "035-court-reporting-vendor-invoice",
        "A court-reporting firm's invoice (PDF) for a records-custodian deposition transcript: case caption, 'subpoena duces "
        "tecum return', payment due in 30 days - but no demand for user data.",
        "en",
        "US",
        ["pdf_text", "plain_text"],
        NLP,
        raw,
        requester__name=any_of(None, "Prairie State Court Reporting, LLC"),
        requester__kind=any_of(None, "PRIVATE_PARTY"),
        requester__email=any_of(None, "billing@prairiestatereporting.com"),
        requester__verified=any_of(False, True),
        served_at=any_of(None, served(date)),
        case_number=any_of(None, "CI 25-4410", "26-11873"),
    )


def m036() -> Message:
    date = when(2026, 11, 16, 11, 25, 0, -5)
    text = """Dear DueProcess Social Legal Team,

I represent Ms. Tamara Okonjo-Reyes, the holder of the account @tamara.okr, in a pending employment matter. Ms. Okonjo-Reyes has authorized me to request, on her behalf, a complete copy of her own account data, including her posts, direct messages, login history and the IP addresses associated with her logins from January 1, 2025 to the present. A signed authorization from my client, together with a copy of her driver's license, is attached.

This is not a subpoena. My client is entitled to her own data and we understand your platform offers a download tool; however, she no longer has access to the e-mail address on file and cannot complete the self-service process. We would appreciate your assistance in restoring her access or producing the data directly to her by December 15, 2026.

Thank you for your help.

Sincerely,

Daniel R. Whitmore
Whitmore Employment Law, PLLC
Hartford, Connecticut
(860) 555-0110
"""
    raw = build(
        "036",
        sender='"Daniel Whitmore" <dwhitmore@whitmorelaw.com>',
        subject="Request for client's own account data - @tamara.okr",
        date=date,
        message_id="<WEL-okonjo-1116@whitmorelaw.com>",
        text=text,
        attachments=[
            (
                pdf(
                    "AUTHORIZATION\nI, Tamara Okonjo-Reyes, holder of the account @tamara.okr, authorize my attorney Daniel R. Whitmore to obtain a copy of my account data from DueProcess Social, Inc.\nSigned: Tamara Okonjo-Reyes, 11/14/2026"
                ),
                "application",
                "pdf",
                "Client authorization.pdf",
            )
        ],
        dkim_domain="whitmorelaw.com",
    )
    return msg(
        "036-user-lawyer-requests-own-data",
        "A user's employment lawyer asks, with the user's signed authorization, for the user's own account data and help "
        "recovering access ('This is not a subpoena'): a user data request, not legal process.",
        "en",
        "US",
        ["plain_text", "pdf_text"],
        NLP,
        raw,
        requester__name=any_of(None, "Whitmore Employment Law, PLLC", "Daniel R. Whitmore"),
        requester__kind=any_of(None, "PRIVATE_PARTY"),
        requester__email=any_of(None, "dwhitmore@whitmorelaw.com"),
        requester__verified=any_of(False, True),
        requester__signer=any_of(None, "Daniel R. Whitmore"),
        served_at=any_of(None, served(date)),
        return_by=any_of(None, "2026-12-15T17:00:00-05:00"),
    )


def m037() -> Message:
    date = when(2026, 10, 14, 8, 0, 0, -5)
    html = """<html><body style="font-family:Georgia">
<h2>Louisiana State Bar Association &mdash; CLE Webinar</h2>
<h3>&ldquo;Subpoenas, Search Warrants and the Stored Communications Act: Getting Social Media Evidence in 2027&rdquo;</h3>
<p><b>Thursday, December 10, 2026 &middot; 12:00&ndash;1:30 p.m. CT &middot; 1.5 hours CLE (incl. 0.5 Ethics)</b></p>
<p>Panelists will cover 18 U.S.C. &sect; 2703(d) orders, preservation letters under &sect; 2703(f), nondisclosure orders under &sect; 2705(b), emergency disclosure requests, and how platforms respond to civil subpoenas for user content after <i>Facebook v. Superior Court</i>.</p>
<table border="0" cellpadding="3">
<tr><td>Registration deadline</td><td>December 8, 2026</td></tr>
<tr><td>Fee</td><td>$45 members / $90 non-members</td></tr>
</table>
<p><a href="https://www.lsba.org/CLE/">Register now</a></p>
<p style="font-size:9pt">You are receiving this e-mail as a contact of the LSBA. To unsubscribe, click here.</p>
</body></html>"""
    raw = build(
        "037",
        sender='"LSBA CLE" <cle@lsba.org>',
        subject="CLE Webinar Dec. 10: Subpoenas, Search Warrants & the SCA",
        date=date,
        message_id="<lsba-cle-20261014@lsba.org>",
        html=html,
        headers=[("List-Unsubscribe", "<mailto:unsubscribe@lsba.org>")],
        dkim_domain="lsba.org",
    )
    return msg(
        "037-bar-association-cle-invite",
        "Louisiana State Bar Association CLE webinar invitation (HTML) on subpoenas, § 2703(d) orders, preservation and "
        "§ 2705(b) NDOs, with dates and a registration deadline: marketing, not legal process.",
        "en",
        "US",
        ["html_table"],
        NLP,
        raw,
        requester__name=any_of(None, "Louisiana State Bar Association"),
        requester__kind=any_of(None, "PRIVATE_PARTY"),
        requester__email=any_of(None, "cle@lsba.org"),
        requester__verified=any_of(False, True),
        served_at=any_of(None, served(date)),
    )


def m038() -> Message:
    date = when(2026, 11, 28, 2, 17, 0, 0)
    html = """<html><body>
<p><b>UNITED STATES DISTRICT COURT &ndash; NOTICE OF SUMMONS</b></p>
<p>Case No: 2026-CV-88812 &nbsp;&nbsp; Ref: DueProcess Social Inc.</p>
<p>You are hereby SUMMONED to appear and answer the complaint filed against your company in connection with unlawful retention of user data. Failure to respond within 48 HOURS will result in a default judgment and penalties up to $250,000.</p>
<p>The complaint, the court order and the list of affected user accounts are available in the secure court document portal:</p>
<p><a href="http://uscourts-docs-portal.com/view?id=88812&amp;c=dueprocess">VIEW COURT DOCUMENTS (secure)</a></p>
<p>Log in with your company e-mail and password to confirm receipt.</p>
<p>Clerk of Court<br>Electronic Filing Office</p>
</body></html>"""
    raw = build(
        "038",
        sender='"US District Court - ECF Notice" <ecf-noreply@uscourts-docs-portal.com>',
        subject="NOTICE OF SUMMONS - Case 2026-CV-88812 - response required in 48h",
        date=date,
        message_id="<88812.20261128021700@uscourts-docs-portal.com>",
        html=html,
    )
    return msg(
        "038-scam-court-summons-link",
        "A phishing 'court summons' from uscourts-docs-portal.com (not uscourts.gov, unsigned) with a 48-hour threat and a "
        "credential-harvesting link; demands no user data: not legal process (and not authentic).",
        "en",
        "US",
        ["html_table"],
        NLP,
        raw,
        requester__name=any_of(None, "United States District Court", "US District Court"),
        requester__kind=any_of(None, "COURT"),
        requester__email=any_of(None, "ecf-noreply@uscourts-docs-portal.com"),
        requester__verified=False,
        served_at=any_of(None, served(date)),
        return_by=any_of(None, "2026-11-30T02:17:00+00:00"),
        case_number=any_of(None, "2026-CV-88812"),
    )


def m039() -> Message:
    date = when(2026, 9, 22, 10, 30, 0, 2)
    text = """Dear Trust & Safety / Legal team,

The Ranking Digital Rights-style "Government Demands Index 2027" is surveying online platforms about their transparency reporting. We would be grateful if someone on your legal team could answer the short questionnaire below by October 31, 2026.

1. Does your transparency report break down government requests by type (subpoena, court order, search warrant, emergency request, national security letter, preservation request)?
2. Do you report foreign government requests separately by country, including requests received under an MLAT or a CLOUD Act agreement?
3. Do you notify users before disclosing their data, and how do you handle nondisclosure orders under 18 U.S.C. § 2705(b) that have no end date?
4. How many requests did you receive in 2025, and in what share did you produce some data?

Responses may be attributed to your company unless you ask otherwise. Thank you!

Dr. Ingrid Solberg
Research Lead, Platform Accountability Project
Centre for Digital Governance, Oslo
"""
    raw = build(
        "039",
        sender='"Ingrid Solberg" <ingrid.solberg@digitalgovernance.no>',
        subject="Transparency reporting survey 2027 - government requests for user data",
        date=date,
        message_id="<survey2027-0922@digitalgovernance.no>",
        text=text,
        dkim_domain="digitalgovernance.no",
    )
    return msg(
        "039-transparency-report-survey",
        "A research centre's transparency-report questionnaire (Norway) listing every kind of process, MLAT/CLOUD Act and "
        "§ 2705(b) NDOs, with a reply date: a survey, not legal process.",
        "en",
        "NO",
        ["plain_text"],
        NLP,
        raw,
        requester__name=any_of(None, "Centre for Digital Governance", "Platform Accountability Project"),
        requester__kind=any_of(None, "PRIVATE_PARTY"),
        requester__country=any_of(None, "NO", "US"),
        requester__email=any_of(None, "ingrid.solberg@digitalgovernance.no"),
        requester__verified=any_of(False, True),
        served_at=any_of(None, served(date)),
        return_by=any_of(None, "2026-10-31T17:00:00+01:00"),
    )


def m040() -> Message:
    date = when(2026, 10, 6, 13, 0, 0, -7)
    html = """<html><body style="font-family:Helvetica">
<h2>Stop drowning in subpoenas.</h2>
<p>Hi Legal Ops team,</p>
<p><b>LERPortal</b> gives law enforcement a single verified portal to submit <b>search warrants, &sect; 2703(d) orders, grand jury subpoenas, preservation requests and emergency disclosure requests</b> to your company &mdash; no more forged EDRs from hijacked police mailboxes.</p>
<table cellpadding="6" border="1">
<tr><td>Verified agencies</td><td>18,000+ U.S. agencies and 40 countries</td></tr>
<tr><td>Average response time</td><td>cut by 63%</td></tr>
<tr><td>Free pilot</td><td>until March 31, 2027</td></tr>
</table>
<p>Book a 20-minute demo: <a href="https://lerportal.example/demo">lerportal.example/demo</a></p>
<p>Jordan Reyes &middot; Account Executive, LERPortal Inc. &middot; Boise, ID</p>
<p style="font-size:8pt">Unsubscribe | 2026 LERPortal Inc.</p>
</body></html>"""
    raw = build(
        "040",
        sender='"Jordan at LERPortal" <jordan@lerportal.example>',
        subject="Verified law enforcement requests - without the forged EDRs",
        date=date,
        message_id="<mkt-20261006-lerportal@lerportal.example>",
        html=html,
        headers=[("List-Unsubscribe", "<https://lerportal.example/unsub>")],
    )
    return msg(
        "040-law-enforcement-portal-marketing",
        "A vendor's marketing e-mail (HTML) for a law-enforcement request portal naming warrants, § 2703(d) orders, "
        "subpoenas, preservation and emergency requests: not legal process.",
        "en",
        "US",
        ["html_table"],
        NLP,
        raw,
        requester__name=any_of(None, "LERPortal Inc."),
        requester__kind=any_of(None, "PRIVATE_PARTY"),
        requester__email=any_of(None, "jordan@lerportal.example"),
        requester__verified=False,
        served_at=any_of(None, served(date)),
    )


MESSAGES = [m035, m036, m037, m038, m039, m040]

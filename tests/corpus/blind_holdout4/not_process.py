"""Messages that are not legal process although they use its vocabulary. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout4._kit import Message, any_of, make, pdf, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def bar_newsletter_html() -> Message:
    date = when(2026, 11, 2, 13, 0, 0, -5)
    html = """\
<html><body style="font-family:Georgia,serif">
<h2>The Palmetto Privacy Brief &mdash; November 2026</h2>
<p>In this issue: the Fourth Circuit on tower dumps, a new wave of &sect; 2705(b) gag orders, and what in-house
counsel should know about state attorney-general civil investigative demands.</p>
<table border="1" cellpadding="4">
<tr><th>Process</th><th>Authority</th><th>Typical return</th><th>Gag?</th></tr>
<tr><td>Grand jury subpoena</td><td>Fed. R. Crim. P. 17</td><td>10&ndash;21 days</td><td>Letter request only</td></tr>
<tr><td>2703(d) order</td><td>18 U.S.C. &sect; 2703(d)</td><td>14 days</td><td>&sect; 2705(b), often 1 year</td></tr>
<tr><td>Search warrant</td><td>Fed. R. Crim. P. 41</td><td>10 days</td><td>&sect; 2705(b)</td></tr>
<tr><td>Civil investigative demand</td><td>S.C. Code &sect; 39-5-70</td><td>20 days</td><td>None</td></tr>
</table>
<p><b>Webinar:</b> &ldquo;Responding to Emergency Disclosure Requests&rdquo; &mdash; Thursday, December 3, 2026,
12:00 p.m. ET. CLE credit: 1.0 hour. <a href="https://events.example.org/edr-webinar">Register</a>.</p>
<p>This newsletter is attorney advertising. You are receiving it because you subscribed at a Bar event.
<a href="https://newsletter.example.org/unsubscribe">Unsubscribe</a>.</p>
</body></html>
"""
    return make(
        "035-bar-newsletter-html",
        "A privacy-law newsletter (HTML) with a table of process types, authorities, return times and gags and a "
        "webinar date: attorney advertising, demands nothing.",
        "en",
        "US",
        ("html_table",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "The Palmetto Privacy Brief"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "brief@palmettoprivacy.example.org"),
            "served_at": any_of(None, served(date)),
        },
        sender="The Palmetto Privacy Brief <brief@palmettoprivacy.example.org>",
        subject="November Brief: tower dumps, 2705(b) gags, and CIDs",
        date=date,
        message_id="<nl-2026-11@palmettoprivacy.example.org>",
        html=html,
        headers=[("List-Unsubscribe", "<https://newsletter.example.org/unsubscribe>")],
    )


def user_complaint_account_locked() -> Message:
    date = when(2026, 11, 19, 22, 14, 3, -6)
    text = """\
To whoever handles this,

My account @bama_bakes_bri was locked yesterday and I can't get in. A deputy came by my house last week
asking about a post I made about the county commission, and now this?? Did the police send you a subpoena or
a warrant for my account? If they did I want a copy and I want to know what you gave them. I have a
right to know. I will be contacting a lawyer if my account isn't restored by Monday.

Brianna Tolliver
(256) 555-0112
"""
    return make(
        "036-user-complaint-account-locked",
        "A user complains that her account was locked after a deputy's visit, asks whether police sent a subpoena "
        "or warrant and demands a copy and her account back by Monday: a user complaint, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Brianna Tolliver"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "bri.tolliver@example.com"),
            "served_at": any_of(None, served(date)),
        },
        sender="Brianna Tolliver <bri.tolliver@example.com>",
        subject="Did police subpoena my account???",
        date=date,
        message_id="<CAF=t0llv3r+19@mail.example.com>",
        text=text,
    )


def journalist_ice_subpoenas() -> Message:
    date = when(2026, 11, 25, 10, 30, 0, -5)
    text = """\
Hello,

I'm a reporter with the Lowcountry Ledger working on a story about immigration-enforcement subpoenas sent to
social platforms. Could you tell me:

1. How many administrative subpoenas under 8 U.S.C. 1225(d) Social Example received from ICE in 2026?
2. Whether you have challenged or refused any, and whether you notified the affected users?
3. Whether any of those subpoenas came with a gag order or a request not to notify?

My deadline is Wednesday, December 2 at 5 p.m. Eastern. Happy to talk on background.

Thanks,
Darius Pinckney
Staff Reporter, The Lowcountry Ledger
"""
    return make(
        "037-journalist-ice-subpoenas",
        "A reporter asks how many ICE § 1225(d) subpoenas the platform received, whether it challenged them and "
        "notified users, with a story deadline: a press inquiry, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "The Lowcountry Ledger", "Darius Pinckney"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "dpinckney@lowcountryledger.example"),
            "served_at": any_of(None, served(date)),
            "return_by": any_of(None, "2026-12-02T17:00:00-05:00"),
        },
        sender="Darius Pinckney <dpinckney@lowcountryledger.example>",
        subject="Press inquiry: ICE subpoenas to Social Example",
        date=date,
        message_id="<ledger-7781@lowcountryledger.example>",
        text=text,
    )


def phishing_federal_court_notice() -> Message:
    date = when(2026, 11, 30, 4, 51, 19, 0)
    html = """\
<html><body>
<p style="color:#900"><b>UNITED STATES DISTRICT COURT &mdash; ELECTRONIC NOTICE OF SUBPOENA</b></p>
<p>Case: 3:26-cv-90412 &nbsp; Notice ID: 88A1-77F2</p>
<p>A sealed subpoena has been issued against your organization. You are required to view and acknowledge the
document within <b>24 hours</b> or a default judgment and contempt citation may be entered.</p>
<p><a href="https://uscourts-gov.sealed-docs.example/view?id=88A1-77F2">VIEW SEALED SUBPOENA (secure PDF)</a></p>
<p>Log in with your corporate e-mail and password to verify your identity.</p>
<p>CM/ECF Notification Center</p>
</body></html>
"""
    return make(
        "038-phishing-federal-court-notice",
        "Phishing posing as a federal court's e-notice of a 'sealed subpoena' at 04:51 UTC from a look-alike "
        "domain, 24-hour threat and a credential-harvesting link; names no account and no data.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "United States District Court", "CM/ECF Notification Center"),
            "requester.kind": any_of(None, "COURT"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "ecf-notice@uscourts-gov.sealed-docs.example"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "3:26-cv-90412"),
        },
        sender="CM/ECF Notification Center <ecf-notice@uscourts-gov.sealed-docs.example>",
        subject="[SEALED] Subpoena Notice 3:26-cv-90412 - Action Required within 24 hours",
        date=date,
        message_id="<88A1-77F2@uscourts-gov.sealed-docs.example>",
        html=html,
    )


def vendor_invoice_subpoena_compliance() -> Message:
    date = when(2026, 11, 16, 9, 0, 0, -5)
    invoice = """\
RECORDS RETRIEVAL INVOICE
Carolina Legal Copy & Records, LLC - 220 Assembly St., Columbia, SC

Invoice No.: CLC-2026-11408            Invoice date: 11/16/2026            Terms: Net 30 (due 12/16/2026)
Bill to: Social Example, Inc., Legal Department

Matter: Pruitt v. Pruitt, 2026-DR-23-1190 (Greenville County Family Court)
Description                                             Qty     Rate      Amount
Subpoena compliance - certification of records           1    $45.00     $45.00
Bates stamping and PDF production (pages)               212     $0.15     $31.80
Secure delivery to counsel                                1    $25.00     $25.00
TOTAL DUE                                                                $101.80
"""
    text = """\
Hello Accounts Payable,

Please find attached invoice CLC-2026-11408 for records certification and production services. Payment is due
December 16, 2026. Let us know if you need a W-9.

Regards,
Tamara Whisenhunt
Billing, Carolina Legal Copy & Records
"""
    return make(
        "039-vendor-invoice-subpoena-compliance",
        "A records-copying vendor's invoice (PDF) for 'subpoena compliance' services naming a family-court case "
        "and a payment due date: a bill, not legal process.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Carolina Legal Copy & Records, LLC", "Carolina Legal Copy & Records"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "billing@carolinalegalcopy.example"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "2026-DR-23-1190", "CLC-2026-11408"),
            "return_by": any_of(None, "2026-12-16T17:00:00-05:00"),
        },
        sender="Carolina Legal Copy Billing <billing@carolinalegalcopy.example>",
        subject="Invoice CLC-2026-11408 - Subpoena Compliance Services",
        date=date,
        message_id="<inv-11408@carolinalegalcopy.example>",
        text=text,
        attachments=[(pdf(invoice), "application", "pdf", "Invoice_CLC-2026-11408.pdf")],
    )


def out_of_office_ausa() -> Message:
    date = when(2026, 11, 25, 16, 2, 41, -5)
    text = """\
I am out of the office through Monday, November 30, 2026, with limited access to e-mail. For urgent matters
concerning grand jury subpoenas, 2703(d) orders or search warrants, please contact the Criminal Division duty
AUSA at (843) 555-0100. Emergency disclosure matters should be directed to the investigating agency.

Marcus T. Pettigrew
Assistant United States Attorney
District of South Carolina

-----Original Message-----
From: Social Example Legal Process <legal-process@dueprocess.local>
Subject: Production - Grand Jury Subpoena 26-GJ-0331
> Please find the responsive records for @lowcountry_plug at the link below.
"""
    return make(
        "040-out-of-office-ausa",
        "An AUSA's automatic out-of-office reply to the platform's production e-mail (quoted), naming process "
        "types, a grand jury number and a handle: an auto-reply, not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(
                None, "United States Attorney's Office for the District of South Carolina", "Marcus T. Pettigrew"
            ),
            "requester.kind": any_of(None, "FEDERAL"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "Marcus.Pettigrew@usdoj.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Marcus T. Pettigrew"),
            "requester.signer_title": any_of(None, "Assistant United States Attorney"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "26-GJ-0331"),
        },
        sender="Pettigrew, Marcus (USASC) <Marcus.Pettigrew@usdoj.gov>",
        subject="Automatic reply: Production - Grand Jury Subpoena 26-GJ-0331",
        date=date,
        message_id="<auto-BN8PR09MB5520@usdoj.gov>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        dkim="usdoj.gov",
    )


MESSAGES = [
    bar_newsletter_html,
    user_complaint_account_locked,
    journalist_ice_subpoenas,
    phishing_federal_court_notice,
    vendor_invoice_subpoena_compliance,
    out_of_office_ausa,
]

"""Messages that are not legal process although they use its vocabulary. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout6._kit import Message, any_of, make, pdf, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def employee_jury_summons_pdf() -> Message:
    date = when(2026, 11, 16, 8, 55, 0, -8)
    summons = """\
SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA CLARA
JURY SERVICES

SUMMONS FOR JURY SERVICE                                   Juror ID: 2618-44017

To: DEVON A. MARTELL

You are hereby summoned to appear for jury service on Monday, January 4, 2027 at 8:00 a.m. at the Hall of
Justice, 191 North First Street, San Jose. Call the juror information line after 5:00 p.m. the business day
before your date. Failure to appear may result in a fine.
"""
    text = """\
Hi legal team - I got the attached jury summons for January. Does Social Example pay for jury duty days, and
who do I tell about being out? Sorry if this is the wrong inbox, the summons says "court" so I guessed you.

Devon Martell
Site Reliability Engineering
"""
    return make(
        "035-employee-jury-summons-pdf",
        "An employee forwards his own jury summons (PDF) to the legal inbox asking about jury-duty pay: a court "
        "paper, but not a demand for any user's data.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Devon Martell"),
            "requester.kind": None,
            "requester.email": any_of(None, "dmartell@social.example.com"),
            "served_at": any_of(None, served(date)),
        },
        sender="Devon Martell <dmartell@social.example.com>",
        subject="jury summons - question",
        date=date,
        message_id="<sre-dm-jury@social.example.com>",
        text=text,
        attachments=[(pdf(summons), "application", "pdf", "jury_summons.pdf")],
    )


def bounce_of_reply_to_subpoena() -> Message:
    date = when(2026, 11, 20, 17, 3, 12, 0)
    text = """\
This is the mail system at host mx.dueprocess.local.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<k.ferreira-oduya@usdoj.gov>: host mx1.usdoj.gov[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO
    command)

--- Original message headers ---
From: Legal Process <legal-process@dueprocess.local>
To: k.ferreira-oduya@usdoj.gov
Subject: RE: Grand Jury Subpoena No. 26-1187 - production for @tidewater_trades
Date: Fri, 20 Nov 2026 17:03:10 +0000
"""
    return make(
        "036-bounce-of-reply-to-subpoena",
        "A mailer-daemon bounce of the platform's own reply to a grand jury subpoena (quoting only its headers): "
        "a delivery failure, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": None,
            "requester.email": any_of(None, "MAILER-DAEMON@mx.dueprocess.local"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "26-1187"),
        },
        sender="Mail Delivery System <MAILER-DAEMON@mx.dueprocess.local>",
        subject="Undelivered Mail Returned to Sender",
        date=date,
        message_id="<20261120170312.4F1A2@mx.dueprocess.local>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied")],
    )


def dmca_counter_notice() -> Message:
    date = when(2026, 10, 2, 19, 41, 0, -4)
    text = """\
To Social Example's Designated Agent:

COUNTER-NOTIFICATION under 17 U.S.C. 512(g)(3)

1. My video "Bluegrass jam at the creek" posted on my account @holler_fiddle_jo was removed on September 29,
   2026 after a takedown notice.
2. I swear, under penalty of perjury, that I have a good faith belief the material was removed as a result of
   mistake or misidentification: I recorded and performed it myself.
3. I consent to the jurisdiction of the Federal District Court for the Eastern District of Kentucky and will
   accept service of process from the person who provided the notification.

Josephine R. Caudill
41 Laurel Fork Road, Hazard, KY 41701
jo.caudill@example.net | (606) 555-0147
/s/ Josephine R. Caudill
"""
    return make(
        "037-dmca-counter-notice",
        "A user's DMCA § 512(g)(3) counter-notification asking to restore a removed video: not a demand for data.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "statute": any_of(None, "17 U.S.C. 512(g)(3)"),
            "requester.name": any_of(None, "Josephine R. Caudill"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "jo.caudill@example.net"),
            "requester.signer": any_of(None, "Josephine R. Caudill"),
            "served_at": any_of(None, served(date)),
        },
        sender="Jo Caudill <jo.caudill@example.net>",
        subject="DMCA counter notice - please restore my video",
        date=date,
        message_id="<CAJc-holler-0929@example.net>",
        text=text,
    )


def interpol_fee_scam() -> Message:
    date = when(2026, 11, 6, 4, 12, 0, 1)
    text = """\
INTERPOL CYBERCRIME DIRECTORATE - OFFICIAL NOTICE REF: ICD/RN/77-4410

Attention Compliance Officer,

Your company has been listed in a RED NOTICE investigation for hosting accounts linked to international money
laundering. To avoid suspension of your domain and arrest warrants for your directors, you must pay a
compliance clearance fee of USD 4,850 in Bitcoin within 24 HOURS and reply with your administrator login for
verification.

Wallet: bc1q-example-not-real
Contact agent Insp. Marcel Obi, INTERPOL Lyon: interpol.cyber.desk@freemail.example

Failure to comply will result in immediate court action.
"""
    return make(
        "038-interpol-fee-scam",
        "A scam posing as an 'INTERPOL' notice from free-mail, demanding a Bitcoin 'clearance fee' and an admin "
        "login within 24 hours: names no account and no data; not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "INTERPOL Cybercrime Directorate"),
            "requester.kind": None,
            "requester.email": any_of(None, "interpol.cyber.desk@freemail.example"),
            "requester.signer": any_of(None, "Marcel Obi"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "ICD/RN/77-4410"),
        },
        sender="INTERPOL Cybercrime Directorate <interpol.cyber.desk@freemail.example>",
        subject="RED NOTICE - URGENT COMPLIANCE REQUIRED - REF ICD/RN/77-4410",
        date=date,
        message_id="<77-4410.notice@freemail.example>",
        text=text,
    )


def helpdesk_ticket_notification_html() -> Message:
    date = when(2026, 11, 30, 14, 5, 0, -5)
    html = """\
<html><body>
<table width="600" cellpadding="6" style="font-family:Arial">
<tr><td style="background:#1d4ed8;color:#fff"><b>DeskFlow</b> &middot; Ticket #48213 was updated</td></tr>
<tr><td><b>Subject:</b> Question about a subpoena from my landlord<br>
<b>Requester:</b> Marisol T. (user)<br><b>Status:</b> Pending &rarr; Open<br><b>Assignee:</b> Trust &amp; Safety Tier 2</td></tr>
<tr><td><i>Latest reply:</i> "My landlord's lawyer says he will subpoena my messages. Can you tell me if you
would give them out? I have not received anything yet."</td></tr>
<tr><td style="font-size:11px;color:#666">You are receiving this because you follow tickets tagged 'legal'.
<a href="https://deskflow.example.com/t/48213">View ticket</a> &middot; <a href="https://deskflow.example.com/prefs">Notification settings</a></td></tr>
</table>
</body></html>
"""
    return make(
        "039-helpdesk-ticket-notification-html",
        "A help-desk vendor's automatic HTML notification that a user's support ticket about a possible future "
        "subpoena was updated: no demand, not legal process.",
        "en",
        "US",
        ("html_table",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "DeskFlow"),
            "requester.kind": None,
            "requester.email": any_of(None, "notifications@deskflow.example.com"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "48213"),
        },
        sender="DeskFlow <notifications@deskflow.example.com>",
        subject="[DeskFlow] Ticket #48213 updated: Question about a subpoena from my landlord",
        date=date,
        message_id="<t48213.u7@deskflow.example.com>",
        html=html,
        headers=[("Auto-Submitted", "auto-generated")],
    )


def ccpa_right_to_know_request() -> Message:
    date = when(2026, 9, 9, 21, 17, 0, -7)
    text = """\
To Social Example Privacy,

Under the California Consumer Privacy Act (Cal. Civ. Code 1798.110), I request that you disclose the
categories and specific pieces of personal information you have collected about me, the sources, the purposes,
and the third parties (including any government agencies) you have disclosed it to, for my account
@sacramento_sue_k (e-mail sue.k.delgado@example.org). Please respond within 45 days as the law requires.

Susan K. Delgado
Sacramento, California
"""
    return make(
        "040-ccpa-right-to-know-request",
        "A user's California Consumer Privacy Act 'right to know' request about her own account: a privacy "
        "request, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "statute": any_of(None, "Cal. Civ. Code 1798.110"),
            "requester.name": any_of(None, "Susan K. Delgado"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "sue.k.delgado@example.org"),
            "requester.signer": any_of(None, "Susan K. Delgado"),
            "served_at": any_of(None, served(date)),
        },
        sender="Sue Delgado <sue.k.delgado@example.org>",
        subject="CCPA request to know",
        date=date,
        message_id="<CAF-sue-ccpa-0909@example.org>",
        text=text,
    )


MESSAGES = [
    employee_jury_summons_pdf,
    bounce_of_reply_to_subpoena,
    dmca_counter_notice,
    interpol_fee_scam,
    helpdesk_ticket_notification_html,
    ccpa_right_to_know_request,
]

"""Messages that are not legal process (a government questionnaire, a user's question, a training invitation,
phishing, an outside counsel's memo, a bounce). People fictional; private senders use reserved example
domains."""

from __future__ import annotations

from tests.corpus.blind_holdout7._kit import Message, any_of, docx_file, make, served, when

DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def state_agency_ticket_questionnaire_html() -> Message:
    date = when(2026, 10, 7, 10, 30, 0, -4)
    html = """\
<html><body>
<p>Dear Trust &amp; Safety team,</p>
<p>The Florida Department of Agriculture and Consumer Services, Division of Consumer Services, is preparing a
report on fraudulent event-ticket resale advertised on social media. We would be grateful if your company
would answer the short <b>voluntary</b> questionnaire below by <b>October 30, 2026</b>.</p>
<table border="1" cellpadding="4">
<tr><td>1</td><td>How do users report suspected ticket scams to you?</td></tr>
<tr><td>2</td><td>How many such reports did you receive from Florida users in 2025?</td></tr>
<tr><td>3</td><td>What information do you require from law enforcement to act on a subpoena or warrant?</td></tr>
<tr><td>4</td><td>Would you participate in a consumer-education campaign in spring 2027?</td></tr>
</table>
<p>This is not a subpoena or a demand for records; no user data is requested.</p>
<p>Sincerely,<br>Lucinda Farrow-Okoye<br>Regulatory Program Manager, Division of Consumer Services<br>
Tallahassee, Florida</p>
</body></html>
"""
    return make(
        "035-state-agency-ticket-questionnaire-html",
        "A Florida consumer-services division sends a voluntary questionnaire (HTML table) about ticket scams, "
        "saying it is not a subpoena and asks for no user data: not legal process.",
        "en",
        "US",
        ("html_table",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(
                None,
                "Florida Department of Agriculture and Consumer Services",
                "Florida Department of Agriculture and Consumer Services, Division of Consumer Services",
            ),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "lucinda.farrow-okoye@fdacs.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Lucinda Farrow-Okoye"),
            "requester.signer_title": any_of(None, "Regulatory Program Manager"),
            "served_at": any_of(None, served(date)),
            "return_by": any_of(None, "2026-10-30T17:00:00-04:00", "2026-10-30T23:59:59-04:00"),
        },
        sender="Farrow-Okoye, Lucinda <lucinda.farrow-okoye@fdacs.gov>",
        subject="Voluntary questionnaire - ticket resale scams on social media",
        date=date,
        message_id="<FDACS-DCS-1007-q@fdacs.gov>",
        html=html,
        dkim="fdacs.gov",
    )


def user_asks_if_police_requested_data() -> Message:
    date = when(2026, 11, 29, 20, 12, 0, -7)
    text = """\
hi,

my cousin says the police in el paso got a warrant for his account and now im worried they asked about mine
too since we message a lot. my username is sunset_heights_sk8. did any police or court ask you for my
info?? if yes i want a copy of whatever they sent. i didnt do anything wrong.

thanks
Mateo
"""
    return make(
        "036-user-asks-if-police-requested-data",
        "A user asks whether police or a court requested his data (his cousin's account was subject to a warrant) "
        "and wants a copy: a user's question, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Mateo"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "mateo.sk8.915@example.net"),
            "requester.signer": any_of(None, "Mateo"),
            "served_at": any_of(None, served(date)),
        },
        sender="Mateo <mateo.sk8.915@example.net>",
        subject="did police ask about my account?",
        date=date,
        message_id="<CAF-mateo-1129@example.net>",
        text=text,
    )


def sheriff_training_invitation() -> Message:
    date = when(2026, 9, 15, 9, 0, 0, -7)
    text = """\
Good morning,

Lane County Sheriff's Office and the Oregon ICAC Task Force will host a two-day training on
"Digital Evidence from Online Platforms" on January 20-21, 2027 in Eugene. Topics include drafting
search warrants and 2703(d) applications, preservation letters under 2703(f), emergency disclosure
requests and non-disclosure orders.

We would like to invite a speaker from your law enforcement response team for a 45-minute session on how
to serve legal process on your company. Travel can be reimbursed. Please reply by November 1, 2026.

Sgt. Wyatt Abernathy-Ruiz
Training Coordinator, Lane County Sheriff's Office
"""
    return make(
        "037-sheriff-training-invitation",
        "A county sheriff's training coordinator invites the platform to speak at a digital-evidence training "
        "(warrants, 2703(d), preservation, emergency requests named as topics): not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Lane County Sheriff's Office"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "wyatt.abernathy-ruiz@lanecountyor.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Wyatt Abernathy-Ruiz"),
            "requester.signer_title": any_of(None, "Training Coordinator", "Sgt."),
            "served_at": any_of(None, served(date)),
            "return_by": any_of(None, "2026-11-01T17:00:00-07:00", "2026-11-01T23:59:59-07:00"),
        },
        sender="Abernathy-Ruiz, Wyatt <wyatt.abernathy-ruiz@lanecountyor.gov>",
        subject="Invitation: Digital Evidence from Online Platforms training, Jan 2027",
        date=date,
        message_id="<LCSO-TRN-0915@lanecountyor.gov>",
        text=text,
        dkim="lanecountyor.gov",
    )


def phishing_sealed_warrant_link() -> Message:
    date = when(2026, 11, 24, 6, 3, 0, 0)
    html = """\
<html><body style="font-family:Arial">
<p><b>U.S. DISTRICT COURT - SEALED DOCUMENT NOTIFICATION</b></p>
<p>A SEALED SEARCH WARRANT has been filed naming your organization. Due to the sealed nature of this
document it can only be viewed through the secure court portal.</p>
<p><a href="https://uscourts-sealed-portal.example.net/view?id=SW-88120">VIEW SEALED WARRANT</a></p>
<p>Failure to acknowledge within 24 hours will result in a finding of contempt.</p>
<p>Clerk's Office Electronic Notification System &mdash; do not reply to this message.</p>
</body></html>
"""
    return make(
        "038-phishing-sealed-warrant-link",
        "Phishing posing as a federal court's 'sealed search warrant' notification from a look-alike domain with a "
        "24-hour contempt threat and a link; names no court, account or data: not legal process.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Clerk's Office Electronic Notification System", "U.S. District Court"),
            "requester.kind": any_of(None, "COURT", "FEDERAL"),
            "requester.email": any_of(None, "noreply@uscourts-sealed-portal.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "SW-88120"),
        },
        sender="Court Notification <noreply@uscourts-sealed-portal.example.net>",
        subject="SEALED SEARCH WARRANT - action required within 24 hours",
        date=date,
        message_id="<88120.sealed@uscourts-sealed-portal.example.net>",
        html=html,
    )


def outside_counsel_memo_docx() -> Message:
    date = when(2026, 11, 9, 17, 25, 0, -5)
    memo = docx_file(
        [
            ("h", "PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION"),
            (
                "p",
                "To: Legal Process Team, Social Example, Inc.   From: Quarry Hill Ashford LLP   Date: November 9, 2026",
            ),
            ("p", "Re: Reverse keyword and geofence warrants after recent state supreme court decisions"),
            (
                "p",
                "1. Several state courts have held this year that warrants seeking all users who searched a term "
                "or were present in an area lack particularity. We recommend objecting to any such warrant that does "
                "not name an account.",
            ),
            (
                "p",
                "2. For § 2705(b) orders, continue to challenge indefinite terms; one year remains the practical "
                "ceiling for federal orders.",
            ),
            ("p", "3. Emergency disclosure requests: keep requiring out-of-band confirmation from a known number."),
            ("p", "We are happy to discuss at Thursday's call."),
        ],
        author="Quarry Hill Ashford LLP",
    )
    return make(
        "039-outside-counsel-memo-docx",
        "The platform's outside counsel sends a privileged memo (.docx) on reverse keyword/geofence warrants, "
        "§ 2705(b) terms and emergency requests: advice, not legal process.",
        "en",
        "US",
        ("plain_text", "docx"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Quarry Hill Ashford LLP"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "ogrady-mbatha@quarryhill.example.com"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Roisin O'Grady-Mbatha"),
            "served_at": any_of(None, served(date)),
        },
        sender="Roisin O'Grady-Mbatha <ogrady-mbatha@quarryhill.example.com>",
        subject="Memo: keyword and geofence warrants (privileged)",
        date=date,
        message_id="<QHA-memo-1109@quarryhill.example.com>",
        text="Team, our memo is attached ahead of Thursday's call.\n\nRoisin O'Grady-Mbatha\nPartner, Quarry Hill Ashford LLP\n",
        attachments=[(memo, "application", DOCX, "QHA_memo_keyword_warrants.docx")],
        dkim="quarryhill.example.com",
    )


def bounce_quoting_production_letter() -> Message:
    date = when(2026, 12, 1, 14, 2, 30, 0)
    text = """\
This is the mail system at host mx2.dueprocess.local.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<r.vantreese@fortworthtexas.gov>: host mail.fortworthtexas.gov said: 550 5.1.1 User unknown

---------- Original message ----------
From: Legal Process <legal-process@dueprocess.local>
Date: Tue, 1 Dec 2026 14:02:27 +0000
Subject: Production - Grand Jury Subpoena GJ-FW-2026-0388
To: r.vantreese@fortworthtexas.gov

Detective, in response to the grand jury subpoena GJ-FW-2026-0388 for the account panther_city_pawn we
attach the subscriber records. Please confirm receipt.
"""
    return make(
        "040-bounce-quoting-production-letter",
        "A mail-server delivery failure notice returning the platform's own production letter (quoted) to a "
        "detective whose address no longer exists: a bounce, not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Mail Delivery System"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "MAILER-DAEMON@mx2.dueprocess.local"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "GJ-FW-2026-0388"),
        },
        sender="Mail Delivery System <MAILER-DAEMON@mx2.dueprocess.local>",
        subject="Undelivered Mail Returned to Sender",
        date=date,
        message_id="<20261201140230.4C1F2A0@mx2.dueprocess.local>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied")],
    )


MESSAGES = [
    state_agency_ticket_questionnaire_html,
    user_asks_if_police_requested_data,
    sheriff_training_invitation,
    phishing_sealed_warrant_link,
    outside_counsel_memo_docx,
    bounce_quoting_production_letter,
]

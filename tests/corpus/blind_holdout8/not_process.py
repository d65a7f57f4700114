"""Messages that are not legal process although they use its vocabulary. People and firms fictional; the one
government sender uses a domain from CISA's .gov list."""

from __future__ import annotations

from tests.corpus.blind_holdout8._kit import Message, any_of, make, pdf, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def tennessee_ag_press_release_html() -> Message:
    date = when(2026, 10, 22, 10, 0, 0, -5)
    html = """\
<html><body>
<h2>Attorney General Announces $4.2 Million Settlement With Online Ticket Reseller</h2>
<p><i>NASHVILLE - October 22, 2026</i></p>
<p>The Tennessee Attorney General's Office today announced a settlement resolving its investigation of a ticket
resale platform that advertised concert tickets on social media accounts it did not disclose it controlled. The
investigation began with a civil investigative demand issued under the Tennessee Consumer Protection Act in
March 2026, and relied in part on records subpoenaed from payment processors and social media platforms.</p>
<p>Under the Assurance of Voluntary Compliance, the company will pay restitution to consumers who file claims by
January 31, 2027.</p>
<p>Consumers with complaints may contact the Division of Consumer Affairs.</p>
<p>###</p>
<p style="font-size:small">You are receiving this because you subscribed to press releases.
<a href="https://www.tn.gov/attorneygeneral/news/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return make(
        "035-tennessee-ag-press-release-html",
        "A state attorney general's press release (HTML, real .gov sender) about a settlement reached after a civil "
        "investigative demand and subpoenas to platforms, with a claims deadline: news, not legal process.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Tennessee Attorney General's Office", "Office of the Attorney General"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "ag.press@tn.gov"),
            "requester.verified": any_of(False, True),
            "served_at": any_of(None, served(date)),
        },
        sender="Tennessee Attorney General Press Office <ag.press@tn.gov>",
        subject="AG Announces $4.2 Million Settlement With Online Ticket Reseller",
        date=date,
        message_id="<press-20261022-ticket@tn.gov>",
        html=html,
        headers=[("List-Unsubscribe", "<https://www.tn.gov/attorneygeneral/news/unsubscribe>")],
        dkim="tn.gov",
    )


def user_counsel_representation_letter() -> Message:
    date = when(2026, 11, 5, 16, 45, 0, -6)
    text = """\
Re: Notice of Representation - account @prairie_truths_ks

To the Legal Department:

This firm represents the holder of the account @prairie_truths_ks. Our client has reason to believe that a local
official may attempt to obtain our client's identity through a subpoena or other legal process because of posts
critical of the official.

Please treat this letter as notice that our client is represented by counsel and objects to any disclosure of
subscriber information. We ask that, consistent with your published policy, you notify us at least fourteen
days before producing any information in response to legal process concerning the account, so that we may seek
a protective order or move to quash.

This letter is not a request for records and does not waive any rights.

Very truly yours,

Imogen Waithaka-Lindahl
Waithaka Lindahl Free Expression Law PLLC
Wichita, Kansas
"""
    return make(
        "036-user-counsel-representation-letter",
        "A user's lawyer sends a notice of representation: the client fears a subpoena for criticising a local "
        "official and asks to be told before any production. Demands nothing: not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Waithaka Lindahl Free Expression Law PLLC", "Imogen Waithaka-Lindahl"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "iwaithaka@wlfreeexpression.example.org"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Imogen Waithaka-Lindahl"),
            "served_at": any_of(None, served(date)),
        },
        sender="Imogen Waithaka-Lindahl <iwaithaka@wlfreeexpression.example.org>",
        subject="Notice of Representation - @prairie_truths_ks",
        date=date,
        message_id="<wlfe-rep-1105@wlfreeexpression.example.org>",
        text=text,
        dkim="wlfreeexpression.example.org",
    )


def bounce_of_reply_to_sheriff() -> Message:
    date = when(2026, 10, 8, 18, 2, 11, 0)
    text = """\
This is the mail system at host mx2.social.example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<rgustafson-ibe@co.kittitas.wa.us>: host mail.co.kittitas.wa.us said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)

------ Original message ------
From: Legal Process <legal-process@dueprocess.local>
To: rgustafson-ibe@co.kittitas.wa.us
Subject: RE: Search Warrant 26-2-00417-19 - @ellensburg_rodeo_rat
Date: Thu, 8 Oct 2026 11:01:58 -0700

Deputy Gustafson-Ibe,

We have received the search warrant for @ellensburg_rodeo_rat and will respond by the return date of
October 19, 2026. Our reference is LP-2026-08812.

Legal Process Team
"""
    return make(
        "037-bounce-of-reply-to-sheriff",
        "A mail server's bounce (550 user unknown) of the platform's own acknowledgement to a deputy, quoting a search "
        "warrant number, a handle and a return date: a delivery-status notice, not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": None,
            "requester.kind": None,
            "requester.email": any_of(None, "MAILER-DAEMON@mx2.social.example.com"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "26-2-00417-19", "LP-2026-08812"),
        },
        sender="Mail Delivery System <MAILER-DAEMON@mx2.social.example.com>",
        subject="Undelivered Mail Returned to Sender",
        date=date,
        message_id="<20261008180211.4F1A2@mx2.social.example.com>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied")],
    )


def phishing_fiscalia_citacion_spanish() -> Message:
    date = when(2026, 11, 27, 7, 14, 0, -3)
    html = """\
<html><body>
<p><b>FISCALÍA GENERAL - NOTIFICACIÓN ELECTRÓNICA</b></p>
<p>Estimado usuario:</p>
<p>Se le informa que existe una <b>CITACIÓN JUDICIAL</b> en su contra por el expediente N.º 4471-2026, por
incumplimiento de requerimiento de información. Debe descargar y revisar el documento dentro de las próximas
<b>24 horas</b>, de lo contrario se procederá con la orden de comparecencia.</p>
<p><a href="http://fiscalia-notificaciones-judiciales.example.net/descargar.php?id=4471">DESCARGAR CITACIÓN
(PDF)</a></p>
<p>Contraseña del archivo: 4471</p>
<p>Este es un mensaje automático, no responda.</p>
</body></html>
"""
    return make(
        "038-phishing-fiscalia-citacion-spanish",
        "Spanish phishing posing as a prosecutor's 'citación judicial' from a look-alike domain: a 24-hour threat, "
        "a download link and a password; names no account and no data: not legal process.",
        "es",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Fiscalía General"),
            "requester.kind": any_of(None, "FOREIGN_GOVERNMENT"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "notificaciones@fiscalia-notificaciones-judiciales.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "4471-2026"),
        },
        sender="Fiscalia General <notificaciones@fiscalia-notificaciones-judiciales.example.net>",
        subject="CITACIÓN JUDICIAL - Expediente 4471-2026 - URGENTE",
        date=date,
        message_id="<n4471.1127@fiscalia-notificaciones-judiciales.example.net>",
        html=html,
    )


def jury_summons_misdirected_pdf() -> Message:
    date = when(2026, 9, 18, 9, 30, 0, -7)
    summons = """\
SUPERIOR COURT OF CALIFORNIA, COUNTY OF SAN MATEO
JURY SERVICES - 400 County Center, Redwood City, CA 94063

SUMMONS FOR JURY SERVICE

Juror: DEVIKA ARMSTRONG-NAKASHIMA             Juror No. 2026-0917-4481
Report date: Monday, October 19, 2026, 8:00 a.m.
Call-in: check the evening before after 5:00 p.m.

You are hereby summoned to appear for jury service (Code Civ. Proc. § 209). Failure to respond may result in
a fine. To request a postponement or excuse, visit the Jury Services website.
"""
    text = """\
Dear Prospective Juror,

Your eSummons for jury service is attached. You registered this e-mail address for electronic jury notices.

Jury Services
Superior Court of California, County of San Mateo
"""
    return make(
        "039-jury-summons-misdirected-pdf",
        "A court's electronic jury summons (PDF) for an employee who registered the shared legal-process address: a "
        "summons for jury service, with a report date; demands no user data: not legal process.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Superior Court of California, County of San Mateo", "Jury Services"),
            "requester.kind": any_of(None, "COURT", "STATE_LOCAL"),
            "requester.email": any_of(None, "jury-esummons@sanmateocourt.example.org"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "2026-0917-4481"),
            "issuing_court": any_of(None, "Superior Court of California, County of San Mateo"),
        },
        sender="Jury Services <jury-esummons@sanmateocourt.example.org>",
        subject="Your eSummons for Jury Service - Juror No. 2026-0917-4481",
        date=date,
        message_id="<esummons-20260917-4481@sanmateocourt.example.org>",
        text=text,
        attachments=[(pdf(summons), "application", "pdf", "eSummons_2026-0917-4481.pdf")],
    )


def insurance_adjuster_informal_request() -> Message:
    date = when(2026, 11, 10, 13, 12, 0, -6)
    text = """\
Hello,

I am a Special Investigations Unit adjuster at Heartland Mutual Casualty. We are handling a disability claim
and have reason to believe the claimant is more active than reported. Her account is @cornhusker_camila.

Could you please send us the account's registration details and any photos or check-ins she posted from
June through October 2026, including the locations? We do not have a subpoena, but the claimant signed a general
authorization to release information in connection with her claim (copy available on request).

A reply by the end of the month would be appreciated.

Thank you,
Garrett Oyelowo-Brandt, CFE
SIU Claims Adjuster, Heartland Mutual Casualty
Omaha, NE
"""
    return make(
        "040-insurance-adjuster-informal-request",
        "An insurer's fraud adjuster asks informally, without any subpoena, for a claimant's registration details, "
        "photos and locations, pointing to a general release signed by the claimant: a private request, not legal "
        "process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Heartland Mutual Casualty"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "goyelowo-brandt@heartlandmutual.example.com"),
            "requester.signer": any_of(None, "Garrett Oyelowo-Brandt"),
            "requester.signer_title": any_of(None, "SIU Claims Adjuster"),
            "served_at": any_of(None, served(date)),
        },
        sender="Garrett Oyelowo-Brandt <goyelowo-brandt@heartlandmutual.example.com>",
        subject="Records request - claimant account",
        date=date,
        message_id="<hmc-siu-1110-1312@heartlandmutual.example.com>",
        text=text,
    )


MESSAGES = [
    tennessee_ag_press_release_html,
    user_counsel_representation_letter,
    bounce_of_reply_to_sheriff,
    phishing_fiscalia_citacion_spanish,
    jury_summons_misdirected_pdf,
    insurance_adjuster_informal_request,
]

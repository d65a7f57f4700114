"""Messages that are not legal process although they use its vocabulary. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout11._kit import Message, any_of, make, pdf, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def user_ccpa_access_request() -> Message:
    date = when(2026, 10, 13, 19, 22, 0, -7)
    text = """\
To whom it may concern,

Under the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110) I request a copy of all personal
information you hold about me, including my IP address logs, location history and every message I have sent
from my account @sierra_trailmix_dan since 2021. Please also tell me whether you have ever disclosed my data to law
enforcement or in response to a subpoena.

You have 45 days to respond. I can verify my identity through the phone number on my account.

Dan Okonjo-Pereira
Fresno, CA
"""
    return make(
        "035-user-ccpa-access-request",
        "A user asks under the CCPA for a copy of his own data (IP logs, location, messages) and whether it was "
        "disclosed to police or under a subpoena; 45-day statutory clock: a consumer privacy request, not legal "
        "process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Dan Okonjo-Pereira"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "dan.okonjo.pereira@fastmail.example.com"),
            "requester.signer": any_of(None, "Dan Okonjo-Pereira"),
            "served_at": any_of(None, served(date)),
        },
        sender="Dan Okonjo-Pereira <dan.okonjo.pereira@fastmail.example.com>",
        subject="CCPA request to know - my data",
        date=date,
        message_id="<ccpa-1013-dop@fastmail.example.com>",
        text=text,
    )


def phishing_doj_portal_html() -> Message:
    date = when(2026, 11, 11, 6, 3, 0, 0)
    html = """\
<html><body style="font-family:Arial">
<p><img src="https://cdn.justice-portal-secure.example.net/seal.png" alt="U.S. Department of Justice"></p>
<p><b>U.S. DEPARTMENT OF JUSTICE &ndash; SECURE LEGAL PROCESS DELIVERY</b></p>
<p>A sealed federal subpoena and a court order requiring your immediate compliance have been issued to your
organisation. Failure to access and acknowledge the documents within <b>24 hours</b> may result in contempt of
court proceedings.</p>
<p>Document ID: DOJ-SLP-88213-7 &nbsp;|&nbsp; Pages: 6 &nbsp;|&nbsp; Classification: SEALED</p>
<p><a href="https://justice-portal-secure.example.net/login?id=88213">&gt;&gt; Sign in with your corporate e-mail to view the sealed documents</a></p>
<p style="font-size:10px">This message was sent by an automated system. Do not reply.</p>
</body></html>
"""
    return make(
        "036-phishing-doj-portal-html",
        "Phishing posing as a Justice Department 'secure legal process delivery': a sealed subpoena and court order "
        "behind a credential-harvesting link from a look-alike domain, 24-hour threat; names no account and no data.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "U.S. Department of Justice"),
            "requester.kind": any_of(None, "FEDERAL"),
            "requester.email": any_of(None, "no-reply@justice-portal-secure.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "DOJ-SLP-88213-7"),
        },
        sender="DOJ Secure Delivery <no-reply@justice-portal-secure.example.net>",
        subject="ACTION REQUIRED: Sealed Federal Subpoena Awaiting Acknowledgement",
        date=date,
        message_id="<88213-7.slp@justice-portal-secure.example.net>",
        html=html,
    )


def insurer_claim_records_letter_pdf() -> Message:
    date = when(2026, 9, 21, 11, 48, 0, -5)
    letter = """\
PRAIRIE MUTUAL INSURANCE COMPANY
Special Investigations Unit
4400 College Blvd, Overland Park, KS 66211

September 21, 2026

Social Example, Inc.
Attn: Records Department

Re: Claim No. PM-HO-2026-771904 - request for account records

Our insured reports the theft of jewelry valued at $48,500 from her residence on August 2, 2026. During our
investigation we learned that photographs of the items may have been posted for sale by the account
@kc_vintage_gold.

To complete our claim evaluation, please provide the name, telephone number and e-mail address of the account
holder and any messages discussing the jewelry. We are not a law enforcement agency and no subpoena has been
issued; we ask for your voluntary cooperation, which will help us resolve the claim within 30 days.

Sincerely,
Brent A. Kolawole-Strand, CFE
Senior Investigator, Special Investigations Unit
"""
    return make(
        "037-insurer-claim-records-letter-pdf",
        "An insurance company's fraud investigator asks (PDF letter) for an @handle's identity and messages to settle "
        "a theft claim, stating that it is not law enforcement and no subpoena was issued: a private request with no "
        "legal force, not legal process.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Prairie Mutual Insurance Company"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "bkolawole-strand@prairiemutual.example.com"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Brent A. Kolawole-Strand"),
            "requester.signer_title": any_of(
                None, "Senior Investigator, Special Investigations Unit", "Senior Investigator"
            ),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "PM-HO-2026-771904"),
        },
        sender="Brent Kolawole-Strand <bkolawole-strand@prairiemutual.example.com>",
        subject="Request for records - Claim PM-HO-2026-771904",
        date=date,
        message_id="<PM-771904-0921@prairiemutual.example.com>",
        text="Please see the attached letter regarding our claim investigation. Thank you.\n\nBrent Kolawole-Strand\n",
        attachments=[(pdf(letter), "application", "pdf", "PM-HO-2026-771904 records request.pdf")],
        dkim="prairiemutual.example.com",
    )


def user_complaint_french() -> Message:
    date = when(2026, 11, 7, 22, 41, 0, 1)
    text = """\
Bonjour,

Je viens d'apprendre par mon avocat que la police de Lyon aurait demandé des informations sur mon compte
@lyon_velo_libre. Je n'ai rien fait d'illégal, je publie seulement des photos de pistes cyclables !

Je vous demande de ne RIEN transmettre sans m'en informer, et de me dire qui a fait cette demande et quand.
Conformément au RGPD je veux savoir quelles données vous avez communiquées. Sans réponse sous 8 jours je saisirai
la CNIL.

Cordialement,
Mathieu Lefèvre-Ouattara
"""
    return make(
        "038-user-complaint-french",
        "A user writes in French that the Lyon police may have asked about his account, demands to be told before "
        "any disclosure and threatens a CNIL complaint within eight days: a user's complaint, not legal process.",
        "fr",
        "FR",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Mathieu Lefèvre-Ouattara"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of("US", "FR", None),
            "requester.email": any_of(None, "m.lefevre.ouattara@laposte.example.fr"),
            "requester.signer": any_of(None, "Mathieu Lefèvre-Ouattara"),
            "served_at": any_of(None, served(date)),
        },
        sender="Mathieu Lefevre-Ouattara <m.lefevre.ouattara@laposte.example.fr>",
        subject="Demande de la police sur mon compte ???",
        date=date,
        message_id="<b7c2-1107-mlo@laposte.example.fr>",
        text=text,
    )


def newsletter_lawyers_italian_html() -> Message:
    date = when(2026, 12, 1, 9, 0, 0, 1)
    html = """\
<html><body>
<h2>Osservatorio Diritto Digitale - Newsletter n. 47, dicembre 2026</h2>
<p><b>In questo numero:</b></p>
<ul>
<li>Acquisizione dei dati di traffico telematico dopo la riforma dell'art. 132 del Codice privacy: cosa chiedono
le Procure ai fornitori esteri;</li>
<li>e-Evidence: dal 18 agosto 2026 gli ordini europei di produzione e di conservazione sono operativi - termini di
10 giorni e di 8 ore nei casi di emergenza;</li>
<li>Rogatorie internazionali e accordi CLOUD Act: lo stato dei negoziati UE-USA.</li>
</ul>
<p>Webinar gratuito: <b>giovedì 17 dicembre 2026, ore 15:00</b> - 3 crediti formativi. <a href="https://eventi.example.it/odd47">Iscriviti</a></p>
<p style="font-size:small">Ricevi questa e-mail perché sei iscritto alla newsletter. <a href="https://eventi.example.it/unsub">Cancellati</a></p>
</body></html>
"""
    return make(
        "039-newsletter-lawyers-italian-html",
        "An Italian lawyers' digital-law newsletter (HTML, it) on traffic data under art. 132, European production and "
        "preservation orders and CLOUD Act talks, with a webinar date: a newsletter, demands nothing.",
        "it",
        "IT",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Osservatorio Diritto Digitale"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of("US", "IT", None),
            "requester.email": any_of(None, "newsletter@dirittodigitale.example.it"),
            "served_at": any_of(None, served(date)),
        },
        sender="Osservatorio Diritto Digitale <newsletter@dirittodigitale.example.it>",
        subject="Newsletter n. 47 - dati di traffico, e-Evidence, CLOUD Act",
        date=date,
        message_id="<odd-47-202612@dirittodigitale.example.it>",
        html=html,
        headers=[("List-Unsubscribe", "<https://eventi.example.it/unsub>"), ("Precedence", "bulk")],
    )


def mailer_daemon_bounce() -> Message:
    date = when(2026, 11, 30, 17, 2, 11, -8)
    text = """\
This is the mail system at host mx1.dueprocess.local.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<det.r.castellanos@pd.example-city.gov>: host mail.example-city.gov[203.0.113.25] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

------ Original message headers and start of body ------

From: Legal Process <legal-process@dueprocess.local>
To: det.r.castellanos@pd.example-city.gov
Subject: Production - Search Warrant SW-26-3019 (@harbor_night_market)
Date: Mon, 30 Nov 2026 17:01:58 -0800

Detective Castellanos, attached is our production in response to search warrant SW-26-3019 for the account
@harbor_night_market (subscriber information and IP logs, 09/01/2026 - 10/31/2026). Please confirm receipt.
"""
    return make(
        "040-mailer-daemon-bounce",
        "A delivery-failure notice for the platform's own production e-mail (quoted headers and start naming a "
        "warrant number, a handle and a date range): a bounce, not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Mail Delivery System"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "MAILER-DAEMON@mx1.dueprocess.local"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "SW-26-3019"),
            "date_range": any_of(None, {"start": "2026-09-01", "end": "2026-10-31"}),
        },
        sender="Mail Delivery System <MAILER-DAEMON@mx1.dueprocess.local>",
        subject="Undelivered Mail Returned to Sender",
        date=date,
        message_id="<20261201010211.4F2A1C0@mx1.dueprocess.local>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied")],
    )


MESSAGES = [
    user_ccpa_access_request,
    phishing_doj_portal_html,
    insurer_claim_records_letter_pdf,
    user_complaint_french,
    newsletter_lawyers_italian_html,
    mailer_daemon_bounce,
]

"""Messages that reach the legal-process mailbox but are not legal process: a phishing 'subpoena', a user's
question in Spanish, an officer's out-of-office reply, a training invitation, a journalist's questions and a
court reporter's invoice. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout12._kit import Message, any_of, make, pdf, served, when


def phishing_subpoena_link_html() -> Message:
    date = when(2026, 10, 8, 6, 14, 0, 0)
    html = """\
<html><body style="font-family:Segoe UI,Arial">
<table width="600" style="border:1px solid #1f3b73"><tr><td style="background:#1f3b73;color:#fff;padding:10px">
<b>UNITED STATES DISTRICT COURT - ELECTRONIC SERVICE NOTIFICATION</b></td></tr>
<tr><td style="padding:12px">
<p>A SEALED SUBPOENA has been issued to your organization in Case No. 3:26-cv-40917 and requires your
immediate attention. Failure to respond within 24 hours may result in contempt sanctions.</p>
<p>To view the secured document, sign in with your corporate e-mail credentials:</p>
<p><a href="http://uscourts-gov.docs-secure-portal.example.net/view?id=88214">VIEW SEALED SUBPOENA (PDF)</a></p>
<p>This is an automated notice. Do not reply.</p>
</td></tr></table>
</body></html>
"""
    return make(
        "035-phishing-sealed-subpoena-link-html",
        "Phishing: an HTML 'electronic service notification' of a sealed subpoena that only links to a credential "
        "page on a look-alike domain; names no account, no data and no real court.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "United States District Court"),
            "requester.kind": any_of(None, "COURT"),
            "requester.email": any_of(None, "noreply@uscourts-gov.docs-secure-portal.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "3:26-cv-40917"),
            "issuing_court": any_of(None, "United States District Court"),
        },
        sender="US Courts eService <noreply@uscourts-gov.docs-secure-portal.example.net>",
        subject="ACTION REQUIRED: Sealed Subpoena Issued - Case 3:26-cv-40917",
        date=date,
        message_id="<88214.eservice@uscourts-gov.docs-secure-portal.example.net>",
        html=html,
    )


def user_question_spanish() -> Message:
    date = when(2026, 11, 16, 20, 33, 0, -6)
    text = """\
Hola,

Mi ex pareja me dijo que "la policía ya pidió mis mensajes" a ustedes y que me van a citar a juicio.
¿Es verdad? ¿Ustedes le dan mis datos a la policía sin avisarme? Mi cuenta es @lupita.reposteria.
Quiero saber si alguien pidió información de mi cuenta y qué tengo que hacer. No tengo abogado.

Gracias,
Guadalupe
"""
    return make(
        "036-user-question-spanish",
        "A user writes in Spanish asking whether police requested her messages, as her ex-partner claims; she "
        "names her own account. A question, not a demand.",
        "es",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "Guadalupe"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "lupita.reposteria.mx@example.com"),
            "served_at": any_of(None, served(date)),
        },
        sender="Guadalupe R. <lupita.reposteria.mx@example.com>",
        subject="¿La policía pidió mis datos?",
        date=date,
        message_id="<CAL9r8x0Yq@mail.example.com>",
        text=text,
    )


def officer_out_of_office() -> Message:
    date = when(2026, 12, 4, 8, 0, 3, -5)
    text = """\
I am out of the office from December 4 through December 14, 2026 with limited access to e-mail.

For search warrant returns and other legal process matters, please contact Sgt. Renee Castellano-Booker
at (417) 555-0108. For emergencies dial 911.

Det. Calvin Odom-Baptiste
Springfield Police Department, Special Investigations
"""
    return make(
        "037-officer-out-of-office",
        "An automatic out-of-office reply from a Springfield (MO) detective to the platform's production e-mail; "
        "mentions warrant returns but asks for nothing.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "Springfield Police Department"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "codom-baptiste@springfieldmo.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Calvin Odom-Baptiste"),
            "requester.signer_title": any_of(None, "Det.", "Detective"),
            "served_at": any_of(None, served(date)),
        },
        sender="Odom-Baptiste, Calvin <codom-baptiste@springfieldmo.gov>",
        subject="Automatic reply: Production - your ref. 26-SPD-3318",
        date=date,
        message_id="<auto.20261204080003.codom@springfieldmo.gov>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<prod-26-spd-3318@dueprocess.local>")],
        dkim="springfieldmo.gov",
    )


def le_training_webinar_html() -> Message:
    date = when(2026, 9, 3, 12, 0, 0, -4)
    html = """\
<html><body>
<h2>Free webinar for provider legal teams: &quot;Geofence, Tower Dumps and Keyword Warrants in 2027&quot;</h2>
<p>Join former prosecutors and provider counsel on <b>Thursday, October 1, 2026 at 1:00 p.m. ET</b> for a
60-minute session on reviewing search warrants, 2703(d) orders, nondisclosure orders and emergency
disclosure requests.</p>
<ul><li>How courts read particularity in reverse-location warrants</li>
<li>Challenging indefinite 2705(b) gags</li>
<li>Verifying emergency requests after the 2022 forged-EDR incidents</li></ul>
<p><a href="https://events.lawtraining.example.org/register/2026-10-01">Register now</a> - 1.0 CLE credit pending.</p>
<p>You are receiving this because you attended a prior event. <a href="https://events.lawtraining.example.org/unsub">Unsubscribe</a></p>
</body></html>
"""
    return make(
        "038-training-webinar-html",
        "An HTML invitation to a CLE webinar on warrants, 2703(d) orders, gags and emergency requests: marketing, "
        "demands nothing.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "Law Training Events"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "events@lawtraining.example.org"),
            "served_at": any_of(None, served(date)),
        },
        sender="Law Training Events <events@lawtraining.example.org>",
        subject="Webinar Oct 1: Geofence, Tower Dumps and Keyword Warrants",
        date=date,
        message_id="<webinar-2026-10-01.list@lawtraining.example.org>",
        html=html,
    )


def journalist_gag_order_questions() -> Message:
    date = when(2026, 10, 20, 17, 45, 0, -7)
    text = """\
Hello,

I'm a reporter with the Desert Ledger working on a story about secrecy orders attached to police
requests for social media data in Arizona. Could your legal team answer a few questions?

1. How many 2705(b) nondisclosure orders did Social Example receive from Arizona agencies in 2026?
2. Do you ever challenge gag orders that have no end date?
3. Do you notify users after a gag expires?

My deadline is Friday, October 23. Happy to talk by phone at (602) 555-0183.

Thanks,
Noelani Vasquez-Hartmann
Desert Ledger
"""
    return make(
        "039-journalist-gag-order-questions",
        "A reporter asks the legal team questions about nondisclosure orders from Arizona agencies, with a story "
        "deadline: press inquiry, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "Desert Ledger", "Noelani Vasquez-Hartmann"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "nvasquez-hartmann@desertledger.example.com"),
            "requester.signer": any_of(None, "Noelani Vasquez-Hartmann"),
            "served_at": any_of(None, served(date)),
            "return_by": any_of(None, "2026-10-23T17:00:00-07:00", "2026-10-23T23:59:59-07:00"),
        },
        sender="Noelani Vasquez-Hartmann <nvasquez-hartmann@desertledger.example.com>",
        subject="Press inquiry - nondisclosure orders in Arizona",
        date=date,
        message_id="<dl-20261020-1745-nvh@desertledger.example.com>",
        text=text,
    )


def court_reporter_invoice_pdf() -> Message:
    date = when(2026, 11, 30, 10, 0, 0, -6)
    invoice = """\
LONE PRAIRIE COURT REPORTING, LLC
2200 Ross Avenue, Suite 410, Dallas, TX 75201

INVOICE No. 26-11873                                  Date: November 30, 2026
Bill to: Social Example, Inc. - Legal Department

Re: Deposition of Custodian of Records (by written questions)
Case: Hollister Feed & Grain v. Tanager Logistics, No. DC-26-04112, 162nd District Court, Dallas County

Certified copy of transcript, 14 pages @ $4.25 ............ $59.50
Exhibits (scanned) ........................................ $18.00
Delivery (electronic) ..................................... $ 0.00
TOTAL DUE ................................................. $77.50

Payment due within 30 days. Thank you for your business.
"""
    text = """\
Good morning,

Please find attached our invoice for the certified copy of the records deposition transcript. Let me know
if you need a W-9.

Marisela Thibodeaux-Grant
Billing, Lone Prairie Court Reporting
"""
    return make(
        "040-court-reporter-invoice-pdf",
        "A court-reporting firm's invoice (PDF) for the transcript of an earlier records deposition: names a case "
        "and a court but demands only payment.",
        "en",
        "US",
        ("plain_text", "pdf_text"),
        "NOT_LEGAL_PROCESS",
        {
            "requester.name": any_of(None, "Lone Prairie Court Reporting, LLC", "Lone Prairie Court Reporting"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "billing@loneprairiereporting.example.com"),
            "requester.signer": any_of(None, "Marisela Thibodeaux-Grant"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "DC-26-04112", "26-11873"),
            "issuing_court": any_of(None, "162nd District Court, Dallas County"),
        },
        sender="Lone Prairie Billing <billing@loneprairiereporting.example.com>",
        subject="Invoice 26-11873 - transcript, Hollister Feed & Grain v. Tanager Logistics",
        date=date,
        message_id="<inv-26-11873@loneprairiereporting.example.com>",
        text=text,
        attachments=[(pdf(invoice), "application", "pdf", "Invoice_26-11873.pdf")],
    )


MESSAGES = (
    phishing_subpoena_link_html,
    user_question_spanish,
    officer_out_of_office,
    le_training_webinar_html,
    journalist_gag_order_questions,
    court_reporter_invoice_pdf,
)

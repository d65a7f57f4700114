"""Messages that are not legal process although they use its vocabulary. People, firms and links
fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout13._kit import Message, any_of, make, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def phishing_ecf_sealed_subpoena_link() -> Message:
    date = when(2026, 10, 6, 6, 2, 0, 0)
    html = """\
<html><body>
<p><b>UNITED STATES DISTRICT COURT - CM/ECF NOTICE OF SEALED FILING</b></p>
<p>A SEALED SUBPOENA has been issued to your organization in Case No. 1:26-cv-88213 and requires your immediate
response. Failure to respond within 24 hours may result in sanctions for contempt of court.</p>
<p>To view the sealed document you must sign in with your company e-mail credentials:
<a href="https://uscourts-ecf-sealed.example.net/login">View Sealed Subpoena</a></p>
<p>Clerk of Court, Electronic Filing Division</p>
</body></html>
"""
    return make(
        "035-phishing-ecf-sealed-subpoena-link",
        "Phishing mail dressed as a CM/ECF 'sealed subpoena' notice from a look-alike domain, asking to log in "
        "with company credentials; no real process, no account.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Clerk of Court", "United States District Court"),
            "requester.kind": any_of(None, "COURT", "FEDERAL"),
            "requester.email": any_of(None, "noreply@uscourts-ecf-notice.com"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "1:26-cv-88213"),
        },
        sender="CM/ECF Notice <noreply@uscourts-ecf-notice.com>",
        subject="ACTION REQUIRED: Sealed Subpoena Issued - Case 1:26-cv-88213",
        date=date,
        message_id="<a81f99d2c0@uscourts-ecf-notice.com>",
        html=html,
    )


def user_asks_police_request_german() -> Message:
    date = when(2026, 11, 14, 19, 42, 0, 1)
    text = """\
Hallo,

ich habe gehört, dass die Polizei bei Ihnen Daten über Nutzer anfragen kann. Mein Ex-Freund ist Polizist und
ich habe Angst, dass er über seine Dienststelle meine Nachrichten und meinen Standort von meinem Konto
"linden_blatt_22" abfragt. Hat jemand Daten über mein Konto angefordert? Bitte geben Sie nichts heraus, ohne
mich zu fragen, und sagen Sie mir, was ich tun kann.

Viele Grüße
Svenja Albrecht-Mensah
"""
    return make(
        "036-user-asks-police-request-german",
        "A user writes in German asking whether police requested data about her account and asking not to hand "
        "anything over: a user inquiry, not legal process.",
        "de",
        "DE",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Svenja Albrecht-Mensah"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of("US", "DE", None),
            "requester.email": any_of(None, "svenja.am@web.de"),
            "served_at": any_of(None, served(date)),
        },
        sender="Svenja Albrecht-Mensah <svenja.am@web.de>",
        subject="Hat die Polizei meine Daten angefragt?",
        date=date,
        message_id="<trinity-5f1e-20261114@web.de>",
        text=text,
    )


def process_server_asks_service_address() -> Message:
    date = when(2026, 9, 3, 11, 18, 0, -4)
    text = """\
Hello,

I'm a process server in Columbus, Ohio. A client law firm has asked me to serve a subpoena on your company in a
county court case. Before I do, can you tell me whether you accept service by e-mail, or the name and address
of your registered agent in Ohio? I do not have the subpoena with me yet - the firm will send it once I confirm
how service should be made.

Thanks,
Dwayne Kessler-Amadi
Buckeye Legal Couriers & Process Service
(614) 555-0187
"""
    return make(
        "037-process-server-asks-service-address",
        "A process server asks how the company accepts service (e-mail or registered agent) before serving a subpoena "
        "he does not yet have: a logistics question, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Buckeye Legal Couriers & Process Service", "Dwayne Kessler-Amadi"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "dwayne@buckeyelegalcouriers.com"),
            "served_at": any_of(None, served(date)),
        },
        sender="Dwayne Kessler-Amadi <dwayne@buckeyelegalcouriers.com>",
        subject="Question re: service of subpoena",
        date=date,
        message_id="<blc-0903-1118@buckeyelegalcouriers.com>",
        text=text,
    )


def sheriff_out_of_office_quoting_production() -> Message:
    date = when(2026, 11, 25, 12, 0, 5, -5)
    text = """\
I am out of the office from November 25 through December 1, 2026 for the Thanksgiving holiday with limited
access to e-mail. For urgent matters please contact the Criminal Investigations Division at (405) 555-0190.

Lt. Cassandra Whitebird-Lowe
Cleveland County Sheriff's Office, Criminal Investigations Division

> From: Social Example Legal Response <lers@social.example.com>
> Subject: Production - Search Warrant CJ-2026-SW-552
> Attached please find our production in response to the search warrant for the account
> "norman_okie_hauler". This completes our response.
"""
    return make(
        "038-sheriff-out-of-office-quoting-production",
        "An Oklahoma sheriff's lieutenant's out-of-office auto-reply quoting the platform's production letter for an "
        "earlier warrant: nothing is demanded.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Cleveland County Sheriff's Office"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "cwhitebird-lowe@clevelandcountyok.com"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "CJ-2026-SW-552"),
        },
        sender="Whitebird-Lowe, Cassandra <cwhitebird-lowe@clevelandcountyok.com>",
        subject="Automatic reply: Production - Search Warrant CJ-2026-SW-552",
        date=date,
        message_id="<autoreply-ccso-1125@clevelandcountyok.com>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )


def bar_webinar_spanish_html() -> Message:
    date = when(2026, 10, 19, 9, 0, 0, -6)
    html = """\
<html><body>
<h2>Seminario en línea: Evidencia digital y plataformas extranjeras</h2>
<p>La Comisión de Derecho Penal del Colegio de Abogados invita a sus agremiados al seminario del
<b>12 de noviembre de 2026, 18:00 h (hora del centro)</b>.</p>
<ul>
<li>Cómo redactar una solicitud de preservación de datos dirigida a un proveedor de EE. UU.</li>
<li>Órdenes judiciales de entrega de datos de abonado, tráfico y contenido: cuándo se requiere asistencia
judicial internacional (MLAT).</li>
<li>Solicitudes de emergencia: qué aceptan las plataformas.</li>
</ul>
<p>Cupo limitado. <a href="https://eventos.example.org/evidencia-digital">Inscríbase aquí</a>.
Para darse de baja de esta lista, responda con "BAJA".</p>
</body></html>
"""
    return make(
        "039-bar-webinar-spanish-html",
        "A bar association's criminal-law committee invites members (Spanish, HTML) to a webinar on preservation, "
        "data orders, MLAT and emergency requests: not legal process.",
        "es",
        "MX",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Colegio de Abogados", "Comisión de Derecho Penal del Colegio de Abogados"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of("US", "MX", None),
            "requester.email": any_of(None, "eventos@colegioabogados.example.org"),
            "served_at": any_of(None, served(date)),
        },
        sender="Colegio de Abogados - Eventos <eventos@colegioabogados.example.org>",
        subject="Seminario: evidencia digital, preservación y solicitudes a plataformas",
        date=date,
        message_id="<seminario-1112@colegioabogados.example.org>",
        html=html,
        headers=[("List-Unsubscribe", "<mailto:eventos@colegioabogados.example.org?subject=BAJA>")],
    )


def ausa_confirms_receipt_closing() -> Message:
    date = when(2026, 12, 4, 15, 33, 0, -7)
    text = """\
Thank you - we received your production in response to grand jury subpoena GJ-26-0417 (account
"wasatch_ember_co") on December 2. No further records are needed and you may close this matter on your end.
The earlier request not to notify the user no longer applies.

Best,
Marisa Tenorio-Blackwell
Assistant United States Attorney | District of Utah
"""
    return make(
        "040-ausa-confirms-receipt-closing",
        "A District of Utah AUSA confirms receipt of a production and tells the platform to close the matter: no new "
        "demand.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(
                None,
                "United States Attorney's Office",
                "U.S. Attorney's Office, District of Utah",
                "United States Attorney's Office for the District of Utah",
            ),
            "requester.kind": any_of(None, "FEDERAL"),
            "requester.email": any_of(None, "Marisa.Tenorio-Blackwell@usdoj.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Marisa Tenorio-Blackwell"),
            "requester.signer_title": any_of(None, "Assistant United States Attorney"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "GJ-26-0417"),
        },
        sender="Tenorio-Blackwell, Marisa (USAUT) <Marisa.Tenorio-Blackwell@usdoj.gov>",
        subject="RE: Production - GJ-26-0417",
        date=date,
        message_id="<BY5PR09MB3321@usdoj.gov>",
        text=text,
        dkim="usdoj.gov",
    )


MESSAGES = [
    phishing_ecf_sealed_subpoena_link,
    user_asks_police_request_german,
    process_server_asks_service_address,
    sheriff_out_of_office_quoting_production,
    bar_webinar_spanish_html,
    ausa_confirms_receipt_closing,
]

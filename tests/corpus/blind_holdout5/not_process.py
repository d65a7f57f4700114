"""Messages that are not legal process although they use its vocabulary. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout5._kit import Message, any_of, docx_file, make, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def newsletter_lawfirm_html() -> Message:
    date = when(2026, 11, 10, 14, 0, 0, -5)
    html = """\
<html><body>
<h2>Great Lakes Data &amp; Privacy Update - November 2026</h2>
<p>Highlights: a Michigan court quashes a geofence warrant; a new wave of state attorney-general civil investigative
demands; how long is too long for a &sect; 2705(b) gag order (the Second Circuit says 180 days may be)?</p>
<p><b>Checklist:</b> when a grand jury subpoena arrives, confirm the return date (often 14 days), the account
identifiers (handles, phone numbers), and whether a nondisclosure order is attached. Preservation requests under
18 U.S.C. &sect; 2703(f) last 90 days and may be extended once.</p>
<p>Join our webinar on December 9, 2026 at 11:00 a.m. CT. <a href="https://events.example.org/gl-privacy">Register</a></p>
<p style="font-size:small">Attorney advertising. <a href="https://news.example.org/unsub">Unsubscribe</a></p>
</body></html>
"""
    return make(
        "035-newsletter-lawfirm-html",
        "A law firm's privacy newsletter (HTML) on geofence warrants, CIDs, § 2705(b) gags, grand jury subpoena "
        "checklists and preservation, with a webinar date: attorney advertising, demands nothing.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Great Lakes Data & Privacy Update"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "updates@lakeshorelaw.example.org"),
            "served_at": any_of(None, served(date)),
        },
        sender="Lakeshore Law Privacy Group <updates@lakeshorelaw.example.org>",
        subject="November update: geofence warrants, CIDs and gag orders",
        date=date,
        message_id="<gl-update-2611@lakeshorelaw.example.org>",
        html=html,
        headers=[("List-Unsubscribe", "<https://news.example.org/unsub>")],
    )


def user_complaint_ex_partner_subpoena() -> Message:
    date = when(2026, 11, 21, 20, 33, 0, -7)
    text = """\
hello

my ex says his lawyer is going to SUBPOENA my account (@desert_bloom_jess) for our custody case and get all my
messages. is that true?? you better not give him anything. I have a protective order against him from Pima
county. if you hand over my DMs I will sue you. answer me by friday!!!

Jess
"""
    return make(
        "036-user-complaint-ex-partner-subpoena",
        "A user fears her ex-partner's lawyer will subpoena her account for a custody case and threatens to sue if "
        "her messages are handed over: a user's complaint, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Jess"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "jess.bloom.az@example.com"),
            "requester.signer": any_of(None, "Jess"),
            "served_at": any_of(None, served(date)),
        },
        sender="Jess <jess.bloom.az@example.com>",
        subject="my ex is going to subpoena my account",
        date=date,
        message_id="<jb-1121@example.com>",
        text=text,
    )


def journalist_foreign_requests() -> Message:
    date = when(2026, 11, 30, 9, 15, 0, -5)
    text = """\
Hello,

I'm a reporter at the Lakeshore Ledger working on a story about foreign governments asking US platforms for
user data. Could you tell me how many requests you received in 2026 from police in Morocco, Kenya and the
Philippines, how many you complied with, and whether you require an MLAT for message content? Also, do you
notify users about emergency disclosure requests?

My deadline is Thursday, December 3 at noon ET. Happy to talk on background.

Thanks,
Imani Castellanos-Reed
Technology Reporter, The Lakeshore Ledger
"""
    return make(
        "037-journalist-foreign-requests",
        "A reporter asks how many foreign police requests the platform received and complied with, MLAT and user "
        "notice policy, with a story deadline: a press inquiry, not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Imani Castellanos-Reed", "The Lakeshore Ledger"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "icastellanos@lakeshoreledger.example.com"),
            "requester.signer": any_of(None, "Imani Castellanos-Reed"),
            "requester.signer_title": any_of(None, "Technology Reporter"),
            "served_at": any_of(None, served(date)),
            "return_by": any_of(None, "2026-12-03T12:00:00-05:00"),
        },
        sender="Imani Castellanos-Reed <icastellanos@lakeshoreledger.example.com>",
        subject="Press inquiry: foreign government data requests",
        date=date,
        message_id="<ledger-ic-1130@lakeshoreledger.example.com>",
        text=text,
    )


def phishing_state_court_summons() -> Message:
    date = when(2026, 11, 16, 5, 12, 0, 0)
    html = """\
<html><body style="font-family:Arial">
<div style="border:2px solid #003366;padding:10px">
<h3 style="color:#003366">SUPERIOR COURT OF GUAM - E-FILING NOTICE</h3>
<p>Dear Recipient,</p>
<p>A <b>COURT SUMMONS &amp; SUBPOENA</b> has been issued to your organization (Case No. CV-88213-2026). Failure to
review the document within <b>48 hours</b> may result in a warrant and contempt penalties.</p>
<p><a href="http://guamcourts-efile.example.net/login.php?id=88213">VIEW SEALED DOCUMENT</a> (Office 365 login
required)</p>
<p>Clerk of Court, E-Filing Division</p>
</div></body></html>
"""
    return make(
        "038-phishing-state-court-summons",
        "Phishing posing as a territorial court's e-filing notice of a 'summons & subpoena' from a look-alike domain: "
        "48-hour threat and a credential-harvesting link; names no account and no data.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Superior Court of Guam", "Clerk of Court, E-Filing Division"),
            "requester.kind": any_of(None, "COURT"),
            "requester.email": any_of(None, "efiling@guamcourts-efile.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "CV-88213-2026"),
            "issuing_court": any_of(None, "Superior Court of Guam"),
        },
        sender="Superior Court E-Filing <efiling@guamcourts-efile.example.net>",
        subject="ACTION REQUIRED: Court Summons & Subpoena CV-88213-2026",
        date=date,
        message_id="<88213.efile@guamcourts-efile.example.net>",
        html=html,
    )


def vendor_translation_quote_docx() -> Message:
    date = when(2026, 11, 12, 11, 30, 0, -6)
    document = docx_file(
        [
            ("h", "Lingua Certa Legal Translations - Quotation Q-2026-1177"),
            (
                "p",
                "Certified translation of foreign legal process (oficios, réquisitions, Beschlüsse, decreti) "
                "into English for law-enforcement response teams.",
            ),
            ("t", "Service|Rate"),
            ("t", "Spanish/Portuguese -> English, certified|USD 0.18 per word"),
            ("t", "French/Italian/German -> English, certified|USD 0.21 per word"),
            ("t", "Rush (24 hours)|+50%"),
            ("p", "Quotation valid until 31 December 2026. Payment terms: net 30."),
        ],
        author="Lingua Certa",
    )
    return make(
        "039-vendor-translation-quote-docx",
        "A legal-translation vendor's quotation (.docx) for translating foreign oficios, réquisitions and decrees, "
        "valid until 31 December 2026: a sales offer, not legal process.",
        "en",
        "US",
        ("plain_text", "docx"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Lingua Certa Legal Translations"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "sales@linguacerta.example.com"),
            "requester.signer": any_of(None, "Rafael Okafor-Lund"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "Q-2026-1177"),
        },
        sender="Rafael Okafor-Lund <sales@linguacerta.example.com>",
        subject="Quotation: certified translation of foreign legal process",
        date=date,
        message_id="<q-2026-1177@linguacerta.example.com>",
        text="Hello,\n\nFurther to our call, please find our quotation attached.\n\nRafael Okafor-Lund\n"
        "Lingua Certa Legal Translations\n",
        attachments=[
            (document, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Q-2026-1177.docx")
        ],
    )


def auto_reply_detective_german() -> Message:
    date = when(2026, 11, 24, 7, 1, 5, -7)
    text = """\
Automatic reply / Automatische Antwort:

I am out of the office until Monday, December 7, 2026 with limited access to e-mail. For emergency disclosure
requests or warrant service questions please contact the Boise PD Special Victims Unit desk at 208-555-0100.
Ich bin bis 7. Dezember 2026 nicht im Büro.

Officer D. Wren-Achterberg

> From: Legal Process <legal-process@dueprocess.local>
> Subject: RE: Search Warrant CR01-26-44817
> We acknowledge receipt of search warrant CR01-26-44817 for treasurevalley_tina and will respond by the
> return date.
"""
    return make(
        "040-auto-reply-officer",
        "An officer's automatic out-of-office reply (bilingual) to the platform's acknowledgement of a search "
        "warrant (quoted), naming a case number, a handle and a date: an auto-reply, not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Boise Police Department"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "dwrenachterberg@boiseidaho.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "D. Wren-Achterberg"),
            "requester.signer_title": any_of(None, "Officer"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "CR01-26-44817"),
        },
        sender="Wren-Achterberg, Dakota <dwrenachterberg@boiseidaho.gov>",
        subject="Automatic reply: RE: Search Warrant CR01-26-44817",
        date=date,
        message_id="<BPD-OOO-1124@boiseidaho.gov>",
        text=text,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        dkim="boiseidaho.gov",
    )


MESSAGES = [
    newsletter_lawfirm_html,
    user_complaint_ex_partner_subpoena,
    journalist_foreign_requests,
    phishing_state_court_summons,
    vendor_translation_quote_docx,
    auto_reply_detective_german,
]

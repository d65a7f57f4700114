"""Six messages that use legal vocabulary but are not legal process. People and firms fictional."""

from __future__ import annotations

from tests.corpus.blind_holdout2._kit import Message, any_of, build, served, when

NLP = "NOT_LEGAL_PROCESS"


def lawfirm_newsletter_html() -> Message:
    date = when(2026, 11, 18, 7, 0, 0, -5)
    html = """\
<html><body style="font-family:Georgia,serif">
<h2>Harrow Lindqvist LLP &mdash; Privacy &amp; Cybersecurity Client Alert</h2>
<p><i>November 18, 2026</i></p>
<h3>Geofence and keyword warrants after the Fifth Circuit's latest ruling: what providers should do now</h3>
<p>Providers that receive search warrants under 18 U.S.C. &sect; 2703(a) for location history should revisit
their response playbooks. The court held that a warrant directing a provider to search every account for
location data in a given area is a general warrant. We recommend that legal process teams:</p>
<table border="1" cellpadding="4">
<tr><th>Process type</th><th>What to check</th><th>Typical return date</th></tr>
<tr><td>Grand jury subpoena</td><td>Data limited to &sect; 2703(c)(2) subscriber records</td><td>14&ndash;30 days</td></tr>
<tr><td>2703(d) order</td><td>Specific and articulable facts; non-content only</td><td>10&ndash;14 days</td></tr>
<tr><td>Search warrant</td><td>Particularity; date range; nondisclosure order under &sect; 2705(b)</td><td>10 days</td></tr>
</table>
<p>Consider also how your team handles preservation requests under &sect; 2703(f) and the 90-day
extension, and emergency disclosure requests under &sect; 2702(b)(8), given the wave of forged requests.</p>
<p>Join our webinar on December 10, 2026 at 1:00 p.m. ET. <a href="https://harrowlindqvist.example/events">Register</a>.</p>
<p style="font-size:small">This alert is attorney advertising. Prior results do not guarantee a similar outcome.
To unsubscribe, <a href="https://harrowlindqvist.example/unsubscribe">click here</a>.</p>
</body></html>
"""
    return Message(
        "035-lawfirm-newsletter-html",
        "A law firm's HTML client alert on geofence warrants, with a table of process types and return dates "
        "and a webinar date: marketing, demands nothing.",
        "en",
        "US",
        ("html_table",),
        NLP,
        build(
            "035",
            sender="Harrow Lindqvist LLP <alerts@harrowlindqvist.example>",
            subject="Client Alert: Geofence warrants after the Fifth Circuit - what providers should do now",
            date=date,
            message_id="<alert-2026-11-18@harrowlindqvist.example>",
            html=html,
            headers=[("List-Unsubscribe", "<https://harrowlindqvist.example/unsubscribe>")],
            dkim_domain="harrowlindqvist.example",
        ),
        {
            "requester.name": any_of(None, "Harrow Lindqvist LLP"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "alerts@harrowlindqvist.example"),
            "requester.verified": any_of(False, True),
            "served_at": served(date),
        },
        "harrowlindqvist.example",
    )


def user_says_subpoenaed() -> Message:
    date = when(2026, 11, 2, 21, 48, 30, -6)
    text = """\
hi,

my ex's lawyer just told me they "subpoenaed" your company for my account (its @jess_on_the_plains)
in our custody case in Douglas County, Nebraska. Case is CI 26-4417 I think?? Are you going to give
them my private messages?? I did NOT agree to this. I want to know what they asked for and when
you are sending it, and I want you to NOT give them anything until I talk to a lawyer.

Please email me back asap.

Jessica M.
"""
    return Message(
        "036-user-says-subpoenaed",
        "A user writes that her ex's lawyer subpoenaed her account in a custody case and asks what was requested "
        "and that nothing be produced; names her own handle and a case number but demands nothing of the "
        "platform as legal process.",
        "en",
        "US",
        ("plain_text",),
        NLP,
        build(
            "036",
            sender="Jessica M <jessm.plains@example.net>",
            subject="did someone subpoena my account???",
            date=date,
            message_id="<user-036-9f2e@example.net>",
            text=text,
        ),
        {
            "requester.name": any_of(None, "Jessica M.", "Jessica M"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "jessm.plains@example.net"),
            "served_at": served(date),
        },
    )


def journalist_transparency_question() -> Message:
    date = when(2026, 10, 15, 13, 5, 12, -4)
    text = """\
Hello,

I'm a reporter at The Civic Ledger working on a story about how platforms handle government demands
for user data. Could your legal team answer a few questions by Friday, October 23?

1. How many national security letters (18 U.S.C. § 2709) did you receive in the first half of 2026,
   in the bands you are allowed to publish?
2. What share of grand jury subpoenas and 2703(d) orders came with a nondisclosure order under
   § 2705(b), and how long do those orders usually last?
3. Do you notify users before producing data in response to a civil subpoena, and how many
   emergency disclosure requests did you receive from foreign police?

On the record is preferred, but background is fine.

Thanks,
Priya Venkataraman
The Civic Ledger | (312) 555-0110
"""
    return Message(
        "037-journalist-transparency-question",
        "A journalist asks for transparency-report figures (NSL bands, § 2705(b) orders, emergency requests) "
        "with a reply-by date: not legal process.",
        "en",
        "US",
        ("plain_text",),
        NLP,
        build(
            "037",
            sender="Priya Venkataraman <priya.v@civicledger.example>",
            subject="Press inquiry: government data requests (deadline Fri 10/23)",
            date=date,
            message_id="<press-037-7a1c@civicledger.example>",
            text=text,
            dkim_domain="civicledger.example",
        ),
        {
            "requester.name": any_of(None, "Priya Venkataraman", "The Civic Ledger"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "priya.v@civicledger.example"),
            "requester.verified": any_of(False, True),
            "served_at": served(date),
        },
        "civicledger.example",
    )


def phishing_court_notice() -> Message:
    date = when(2026, 11, 24, 4, 12, 55, 0)
    html = """\
<html><body>
<p style="color:#8b0000"><b>SUPERIOR COURT OF CALIFORNIA - ELECTRONIC NOTICE OF SUMMONS</b></p>
<p>Dear Recipient,</p>
<p>You have been named in a civil complaint (Case # CV-2026-448172) and a SUBPOENA for your company records
has been issued. Failure to respond within 48 HOURS will result in a bench warrant and default judgment.</p>
<p>To view the sealed court documents you must verify your identity through the secure court portal:</p>
<p><a href="http://courts-ca-gov.secure-docview.example/login?id=448172">VIEW COURT DOCUMENTS</a></p>
<p>Clerk of the Court<br>Case Management Division</p>
<p style="font-size:8px">This message was sent by an automated system. Do not reply.</p>
</body></html>
"""
    return Message(
        "038-phishing-court-notice",
        "Phishing mail posing as a California court e-notice: threatens a bench warrant in 48 hours and links to "
        "a credential-harvesting 'court portal' on a look-alike domain; names no account and no data.",
        "en",
        "US",
        ("html",),
        NLP,
        build(
            "038",
            sender="Court Notification <noreply@courts-ca-gov.secure-docview.example>",
            subject="URGENT: Notice of Summons and Subpoena - Case # CV-2026-448172",
            date=date,
            message_id="<448172.notice@secure-docview.example>",
            html=html,
        ),
        {
            "requester.name": any_of(None, "Superior Court of California", "Clerk of the Court"),
            "requester.kind": any_of(None, "COURT"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "noreply@courts-ca-gov.secure-docview.example"),
            "served_at": served(date),
            "case_number": any_of(None, "CV-2026-448172"),
        },
    )


def gdpr_access_request_german() -> Message:
    date = when(2026, 11, 27, 19, 33, 8, 1)
    text = """\
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob
Sie personenbezogene Daten zu meinem Konto @lena.k.hamburg verarbeiten, und stellen Sie mir eine Kopie
dieser Daten zur Verfügung (Art. 15 Abs. 3 DSGVO), einschließlich:

 - aller gespeicherten IP-Adressen und Standortdaten,
 - aller Auskünfte, die Sie an Behörden oder Dritte über mein Konto erteilt haben (Art. 15 Abs. 1 lit. c).

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat, also bis zum 27.12.2026.
Sollte ich bis dahin keine Antwort erhalten, behalte ich mir eine Beschwerde beim Hamburgischen
Beauftragten für Datenschutz und Informationsfreiheit vor.

Mit freundlichen Grüßen
Lena Krüger
"""
    return Message(
        "039-gdpr-access-request-german",
        "A German user's GDPR Art. 15 data-subject access request for her own account (incl. disclosures to "
        "authorities), one-month deadline: a privacy request, not legal process.",
        "de",
        "DE",
        ("plain_text",),
        NLP,
        build(
            "039",
            sender="Lena Krüger <lena.krueger@example.de>",
            subject="Auskunftsersuchen nach Art. 15 DSGVO",
            date=date,
            message_id="<dsar-039-4b8d@example.de>",
            text=text,
        ),
        {
            "requester.name": any_of(None, "Lena Krüger"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "DE"),
            "requester.email": any_of(None, "lena.krueger@example.de"),
            "served_at": served(date),
        },
    )


def vendor_pitch() -> Message:
    date = when(2026, 10, 21, 10, 0, 0, -7)
    text = """\
Hi Legal Process Team,

Still triaging subpoenas, 2703(d) orders and emergency disclosure requests by hand?

SubpoenaPilot reads every search warrant, NSL and preservation request that hits your inbox, pulls
out the return date, the accounts and the nondisclosure terms, and routes it to the right reviewer.
Customers cut response time by 63% and never miss a 90-day preservation renewal.

I'd love 15 minutes on your calendar next Tuesday, Oct. 27 at 10 a.m. PT -- does that work?

Best,
Kyle Brandt
Account Executive, SubpoenaPilot
subpoenapilot.example | (415) 555-0166

Reply STOP to opt out.
"""
    return Message(
        "040-vendor-pitch",
        "A software vendor's cold e-mail selling legal-process automation, full of process vocabulary and a "
        "meeting date: not legal process.",
        "en",
        "US",
        ("plain_text",),
        NLP,
        build(
            "040",
            sender="Kyle Brandt <kyle@subpoenapilot.example>",
            subject="Cut your subpoena response time by 63%",
            date=date,
            message_id="<outreach-040-a55e@subpoenapilot.example>",
            text=text,
            dkim_domain="subpoenapilot.example",
        ),
        {
            "requester.name": any_of(None, "Kyle Brandt", "SubpoenaPilot"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.country": any_of(None, "US"),
            "requester.email": any_of(None, "kyle@subpoenapilot.example"),
            "requester.verified": any_of(False, True),
            "served_at": served(date),
        },
        "subpoenapilot.example",
    )


MESSAGES = (
    lawfirm_newsletter_html,
    user_says_subpoenaed,
    journalist_transparency_question,
    phishing_court_notice,
    gdpr_access_request_german,
    vendor_pitch,
)

"""Mail that reaches the legal-process mailbox but is not legal process (all senders fictional or example)."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, served, when

DESCRIPTION_TAIL = " Not legal process: UNKNOWN, no targets or categories, kept for triage."


def _nlp(
    name: str,
    description: str,
    raw: bytes,
    fields: dict[str, object],
    dkim: str | None,
    formats: tuple[str, ...] = ("plain_text",),
) -> Message:
    base: dict[str, object] = {"requester.kind": "PRIVATE_PARTY", "requester.country": None}
    base.update(fields)
    return Message(name, description + DESCRIPTION_TAIL, "en", "US", formats, "NOT_LEGAL_PROCESS", raw, base, dkim)


def legal_tech_newsletter() -> Message:
    date = when(2026, 9, 1, 7, 0, 0, 0)
    text = """\
THE SUBPOENA DESK - Weekly briefing for trust & safety and legal ops teams
Issue #212 | September 1, 2026

1. Ninth Circuit revisits 2703(d) orders for location data
   Two years after the last en banc ruling, another panel asks whether a court order under
   18 U.S.C. § 2703(d) can ever reach historical cell-site or app location history after
   Carpenter v. United States. Our take: keep demanding a warrant for LOCATION_HISTORY.

2. NSL gag orders: what the 3-year review actually requires
   The FBI's termination procedures for National Security Letter nondisclosure requirements
   now take, on average, 14 months. We walk through § 3511(b) petitions step by step.

3. Template of the week: preservation letters
   A model 18 U.S.C. § 2703(f) preservation request, with 90-day renewal language, plus a
   checklist for spotting forged "emergency disclosure requests" sent from compromised police
   mailboxes (the 2022 wave of fake EDRs).

4. Case note: Doe v. @anon_critic (fictional example)
   How Dendrite and Cahill apply when a grand jury subpoena seeks to unmask a pseudonymous
   account. Return dates, Rule 45 objections within 14 days, and motion-to-quash deadlines.

Webinar: "Subpoenas, Summonses and Search Warrants: a 90-minute primer", Thursday,
October 8, 2026 at 1:00 p.m. ET. Register at https://legalopsweekly.example.com/webinar

You are receiving this because you subscribed to The Subpoena Desk.
Unsubscribe: https://legalopsweekly.example.com/u?id=77120 | Legal Ops Weekly, 100 Example Way,
Springfield
"""
    html = "<html><body><pre>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    return _nlp(
        "027-legal-tech-newsletter",
        "A legal-tech newsletter dense with legal-process vocabulary (2703(d), NSL, preservation, subpoena, "
        "@handle, return dates), multipart text+HTML, DKIM-signed by its sender's domain.",
        build(
            "027",
            sender='"The Subpoena Desk" <newsletter@legalopsweekly.example.com>',
            subject="The Subpoena Desk #212: 2703(d) and location data, NSL gag reviews, preservation template",
            date=date,
            message_id="<issue-212.newsletter@legalopsweekly.example.com>",
            text=text,
            html=html,
            headers=(("List-Unsubscribe", "<https://legalopsweekly.example.com/u?id=77120>"), ("Precedence", "bulk")),
            dkim_domain="legalopsweekly.example.com",
        ),
        {
            "requester.name": any_of("The Subpoena Desk", "Legal Ops Weekly"),
            "requester.email": "newsletter@legalopsweekly.example.com",
            "requester.verified": True,
            "served_at": served(date),
        },
        "legalopsweekly.example.com",
        ("plain_text", "html"),
    )


def user_complaint() -> Message:
    date = when(2026, 10, 3, 21, 14, 9, -4)
    text = """\
To your legal department,

My account @taylorq_art was suspended on Sept 28 with no explanation!!! I have 40k followers and
I make my living selling commissions through it. I've opened 3 support tickets (#5521093, #5521877,
#5530012) and nobody answers.

This is a formal complaint. If my account is not restored within 7 days I will talk to a lawyer
and we will subpoena every record you have about why this happened. I know my rights.

Taylor Quinn
taylor.quinn@example.net
"""
    return _nlp(
        "028-user-complaint",
        "An angry user writes to the legal mailbox about a suspended account and threatens a subpoena; "
        "unsigned free-form complaint.",
        build(
            "028",
            sender="Taylor Quinn <taylor.quinn@example.net>",
            subject="FORMAL COMPLAINT - account suspended - legal action",
            date=date,
            message_id="<CAJ7zqn-tq-2026-10-03@example.net>",
            text=text,
        ),
        {
            "requester.name": "Taylor Quinn",
            "requester.email": "taylor.quinn@example.net",
            "requester.verified": False,
            "served_at": served(date),
        },
        None,
    )


def spam() -> Message:
    date = when(2026, 10, 15, 4, 33, 10, 0)
    text = """\
FINAL NOTICE: Domain directory listing for dueprocess.local

Dear Domain Owner,

Your business listing in the Secure Web Directory expires on 10/17/2026. Failure to renew may
result in loss of online visibility, customers and search engine ranking!!

Renew now for only $89/year: http://secure-webdir.example.com/renew?d=dueprocess.local

This is not a bill. This is a solicitation. You are under no obligation to pay unless you accept
this offer.

Secure Web Directory Services
"""
    return _nlp(
        "029-spam-directory-listing",
        "Domain-directory 'final notice' spam sent to the legal mailbox without any signature.",
        build(
            "029",
            sender='"Domain Services" <billing@secure-webdir.example.com>',
            subject="FINAL NOTICE: dueprocess.local listing expires 10/17/2026",
            date=date,
            message_id="<8812773.renew@secure-webdir.example.com>",
            text=text,
        ),
        {
            "requester.name": any_of("Secure Web Directory Services", "Domain Services", "Secure Web Directory"),
            "requester.email": "billing@secure-webdir.example.com",
            "requester.verified": False,
            "served_at": served(date),
        },
        None,
    )


def dmca_takedown() -> Message:
    date = when(2026, 10, 26, 12, 0, 41, -7)
    text = """\
DMCA NOTICE OF COPYRIGHT INFRINGEMENT (17 U.S.C. § 512(c)(3))

To the Designated Agent:

I am authorized to act on behalf of Blue Heron Photography LLC, the owner of the exclusive
copyrights in the photographs identified below.

1. Copyrighted works: photographs "Morning Fog on Lake Tahoe" (Reg. No. VA 2-401-118) and
   "Heron at Dusk" (Reg. No. VA 2-401-119).
2. Infringing material, posted by the user @pixel_pirate_77 without permission:
   https://social.example.com/pixel_pirate_77/posts/99120331
   https://social.example.com/pixel_pirate_77/posts/99120387
3. Please remove or disable access to the infringing material.

I have a good faith belief that use of the material in the manner complained of is not
authorized by the copyright owner, its agent, or the law. The information in this notification
is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner.

/s/ Morgan Ellis
Copyright Agent for Blue Heron Photography LLC
Copyright Agent Services, 500 Example Blvd, Reno, NV 89501
notices@copyright-agent.example.com | 775-555-0190
"""
    return _nlp(
        "030-dmca-takedown-notice",
        "A DMCA § 512(c)(3) takedown notice naming a user's posts: a takedown, not a § 512(h) subpoena and not "
        "a demand for user data; DKIM-signed by the agent's domain.",
        build(
            "030",
            sender='"Copyright Agent Services" <notices@copyright-agent.example.com>',
            subject="DMCA Takedown Notice - Blue Heron Photography LLC - @pixel_pirate_77",
            date=date,
            message_id="<dmca-bhp-20261026-0041@copyright-agent.example.com>",
            text=text,
            dkim_domain="copyright-agent.example.com",
        ),
        {
            "requester.name": any_of("Blue Heron Photography LLC", "Copyright Agent Services", "Morgan Ellis"),
            "requester.email": "notices@copyright-agent.example.com",
            "requester.verified": any_of(True, False),
            "requester.country": any_of(None, "US"),
            "served_at": served(date),
        },
        "copyright-agent.example.com",
    )


def out_of_office() -> Message:
    date = when(2026, 11, 25, 16, 2, 19, -6)
    text = """\
Thank you for your message. I am out of the office from November 25 through Monday, November 30,
2026, with limited access to e-mail.

For urgent matters concerning subpoenas, search warrants or court orders issued by this office,
please contact our main line at 651-555-0100 or criminaldivision@dakotacountymn.gov.

Hollis Vang
Legal Assistant, Criminal Division
Dakota County Attorney's Office
Hastings, MN

-----Original Message-----
From: Legal Operations <legal-process@dueprocess.local>
Sent: Wednesday, November 25, 2026 4:01 PM
Subject: [LP-2026-11102] Production - Grand Jury subpoena 26-GJ-118
"""
    return _nlp(
        "031-out-of-office-county-attorney",
        "Automatic out-of-office reply from a (real) county attorney's domain to the platform's own production "
        "e-mail, mentioning subpoenas and warrants; DKIM-signed by dakotacountymn.gov.",
        build(
            "031",
            sender="Hollis Vang <hollis.vang@dakotacountymn.gov>",
            subject="Automatic reply: [LP-2026-11102] Production - Grand Jury subpoena 26-GJ-118",
            date=date,
            message_id="<MN2PR03MB4410.auto.vang@dakotacountymn.gov>",
            text=text,
            headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
            dkim_domain="dakotacountymn.gov",
        ),
        {
            "requester.name": any_of(
                "Dakota County Attorney's Office", "Dakota County Attorney", "Hollis Vang", "Dakota County"
            ),
            "requester.kind": any_of("STATE_LOCAL", "PRIVATE_PARTY"),
            "requester.country": any_of("US", None),
            "requester.email": "hollis.vang@dakotacountymn.gov",
            "requester.verified": True,
            "served_at": served(date),
        },
        "dakotacountymn.gov",
    )


def conference_invitation() -> Message:
    date = when(2026, 11, 30, 8, 30, 0, -6)
    text = """\
You're invited: 2027 Midwest Digital Evidence Summit
April 13-15, 2027 | Des Moines, Iowa

Dear Legal Process Team,

We would be delighted to have a representative of your platform join our "Provider Panel" at the
2027 Midwest Digital Evidence Summit. Sessions this year include:

  * Getting search warrants for cloud accounts right the first time
  * Preservation letters vs. 2703(d) orders: what providers actually need
  * Emergency disclosure requests: verification without delay
  * Grand jury subpoenas and nondisclosure orders after the 2025 DOJ policy update

Please reply by January 15, 2027 to confirm a speaker. Travel and lodging are covered for panelists.

Warm regards,

Dana Whitcomb
Program Chair, Midwest Digital Evidence Summit
events@digitalevidence-summit.example.org
"""
    return _nlp(
        "032-conference-invitation",
        "An invitation to speak at a digital-evidence conference, listing warrant, preservation, 2703(d) and "
        "emergency-request sessions and an RSVP date; DKIM-signed by the organiser's domain.",
        build(
            "032",
            sender='"Midwest Digital Evidence Summit" <events@digitalevidence-summit.example.org>',
            subject="Invitation: Provider Panel at the 2027 Midwest Digital Evidence Summit",
            date=date,
            message_id="<mdes-2027-invite-0091@digitalevidence-summit.example.org>",
            text=text,
            dkim_domain="digitalevidence-summit.example.org",
        ),
        {
            "requester.name": any_of("Midwest Digital Evidence Summit", "Dana Whitcomb"),
            "requester.email": "events@digitalevidence-summit.example.org",
            "requester.verified": True,
            "served_at": served(date),
        },
        "digitalevidence-summit.example.org",
    )


MESSAGES = (legal_tech_newsletter, user_complaint, spam, dmca_takedown, out_of_office, conference_invitation)

"""Mail that lands in the legal-process mailbox but demands no user data."""

from __future__ import annotations

from tests.corpus.blind.kit import When, any_of, build, forward, not_process, quote

# 87 legal-tech newsletter (HTML) -------------------------------------------------------------------
w = When("2026-09-05 06:00", "-04:00")
not_process(
    "newsletter-legaltech-html",
    "A legal-tech vendor's HTML newsletter full of legal-process vocabulary (subpoena, 2703(d), gag orders, NSLs).",
    build(
        w,
        sender="SubpoenaFlow Insights <insights@subpoenaflow.example.com>",
        subject="This month: 2703(d) orders, gag-order math, and the NSL you didn't see coming",
        mid="<nl-2026-09.8841@subpoenaflow.example.com>",
        dkim="subpoenaflow.example.com",
        headers=(("List-Unsubscribe", "<https://subpoenaflow.example.com/u/8841>"),),
        html="""<html><body>
<h2>SubpoenaFlow Insights - September 2026</h2>
<p><b>1. When is a 2703(d) order enough?</b> Courts keep splitting on cell-site location after
Carpenter. Our checklist tells your team when to demand a search warrant instead.</p>
<p><b>2. Gag-order math.</b> A 2705(b) order "for one year" - from signing or from service? We count
the days so you don't have to.</p>
<p><b>3. National Security Letters:</b> what the 3-year review means for your transparency report.</p>
<p><b>Webinar:</b> "Grand jury subpoenas for direct messages: respond or object?" Thursday, 2 pm ET.</p>
<table><tr><td>Subpoenas processed by our customers</td><td>1.2M</td></tr>
<tr><td>Average response time</td><td>3.1 days</td></tr></table>
<p><a href="https://subpoenaflow.example.com/demo">Book a demo</a> | <a href="https://subpoenaflow.example.com/u/8841">Unsubscribe</a></p>
</body></html>""",
    ),
    w,
    sender_name=any_of("SubpoenaFlow Insights", "SubpoenaFlow"),
    email="insights@subpoenaflow.example.com",
    formats=("html",),
    verified=any_of(False, True),
)

# 88 suspended user complaint --------------------------------------------------------------------
w = When("2026-09-12 23:41", "-05:00")
not_process(
    "user-complaint-suspended-account",
    "An angry user whose account was suspended threatens to 'subpoena' the platform; no legal process.",
    build(
        w,
        sender="Travis Kimbrough <tkimbrough88@gmail.com>",
        subject="MY ACCOUNT WAS SUSPENDED FOR NO REASON - legal action",
        mid="<CAN-tkimb-0912@mail.gmail.com>",
        body="""To whoever reads this,

My account @travis_k_grills got suspended yesterday with no explanation. I have 14,000 followers and
my business depends on it. I have done NOTHING wrong. If this isn't fixed in 48 hours my lawyer will
subpoena all your records and I will sue for lost income. I know my rights.

I want my account back and I want to know who reported me. Give me the name of the person who reported
me or I'm going to the news.

Travis Kimbrough
""",
    ),
    w,
    sender_name="Travis Kimbrough",
    email="tkimbrough88@gmail.com",
)

# 89 journalist ---------------------------------------------------------------------------------------
w = When("2026-09-19 10:15", "-04:00")
not_process(
    "journalist-transparency-report-question",
    "A journalist asks about the platform's transparency report (NSLs, 2705(b) orders, emergency requests).",
    build(
        w,
        sender="Priyanka Delacroix <pdelacroix@newsroom.example.org>",
        subject="Press inquiry: transparency report figures - deadline Friday",
        mid="<press-pd-0919@newsroom.example.org>",
        dkim="newsroom.example.org",
        body="""Hi there,

I'm a reporter covering surveillance and tech policy. I'm working on a story about how often platforms
receive gag orders under 18 U.S.C. 2705(b) and National Security Letters, and whether they notify
users once the orders expire.

Could you tell me:
 1. How many NSLs did you receive in H1 2026 (in the bands you are allowed to report)?
 2. What share of grand jury subpoenas and search warrants came with a nondisclosure order?
 3. How many emergency disclosure requests did you receive, and how many did you reject?

My deadline is Friday at 5 pm ET. Happy to talk on background.

Thanks,
Priyanka Delacroix
Senior Reporter, The Ledger Newsroom
""",
    ),
    w,
    sender_name=any_of("Priyanka Delacroix", "The Ledger Newsroom"),
    email="pdelacroix@newsroom.example.org",
    verified=any_of(False, True),
)

# 90 spam / phishing "court summons" ----------------------------------------------------------------
w = When("2026-09-26 04:12", "+00:00")
not_process(
    "spam-fake-court-summons-phish",
    "Phishing spam dressed as a 'court summons' with a link to 'view the case file'; names no account and no court.",
    build(
        w,
        sender="Court Notice <notice@e-filing-portal-secure.example.net>",
        subject="Notice to appear in court #CV-88213",
        mid="<88213.notice@e-filing-portal-secure.example.net>",
        html="""<p>Hello,</p><p>You are hereby notified to appear in the court for the hearing of your case.
Please, download the copy of the court notice and the subpoena by clicking the link below.</p>
<p><a href="http://e-filing-portal-secure.example.net/case.php?id=88213">View Case File (PDF)</a></p>
<p>Note: If you do not come, the case will be heard in your absence.</p><p>Court Clerk</p>""",
    ),
    w,
    sender_name=any_of("Court Notice", None),
    email="notice@e-filing-portal-secure.example.net",
    formats=("html",),
)

# 91 law-firm marketing ---------------------------------------------------------------------------
w = When("2026-10-02 09:00", "-04:00")
not_process(
    "lawfirm-marketing-subpoena-defense",
    "A law firm's marketing mail offering 'subpoena response and gag-order challenge' services.",
    build(
        w,
        sender="Harrowgate & Finch LLP <events@harrowgatefinch.example.com>",
        subject="Drowning in subpoenas? Our Platform Compliance practice can help",
        mid="<hf-mktg-1002@harrowgatefinch.example.com>",
        body="""Dear General Counsel,

Online platforms now receive thousands of subpoenas, search warrants, 2703(d) orders and foreign
requests every year. Harrowgate & Finch's Platform Compliance group helps you:

  * triage legal process and object to overbroad demands;
  * move to modify indefinite nondisclosure orders under 18 U.S.C. 2705(b);
  * respond to UK Overseas Production Orders and other CLOUD Act requests;
  * build a user-notice policy that stands up in court.

Reply to schedule a complimentary 30-minute consultation.

Warm regards,
Marcus Harrowgate, Partner
Harrowgate & Finch LLP

Attorney Advertising. Prior results do not guarantee a similar outcome.
""",
    ),
    w,
    sender_name="Harrowgate & Finch LLP",
    email="events@harrowgatefinch.example.com",
)

# 92 conference invitation --------------------------------------------------------------------------
w = When("2026-10-10 14:30", "-07:00")
not_process(
    "conference-invitation-le-summit",
    "Invitation to a 'Law Enforcement & Platform Trust Summit' that lists panels on warrants and emergency requests.",
    build(
        w,
        sender="LEPT Summit 2027 <register@lept-summit.example.org>",
        subject="You're invited: Law Enforcement & Platform Trust Summit - Las Vegas, March 2027",
        mid="<lept-inv-2027-4471@lept-summit.example.org>",
        dkim="lept-summit.example.org",
        body="""Join 800 law enforcement officers, prosecutors and platform legal teams in Las Vegas,
March 9-11, 2027.

Panels include:
 - "Emergency disclosure requests: stopping the fakes without slowing the real ones"
 - "Search warrants for location data after Carpenter"
 - "Preservation letters: 90 days is not forever"
 - "Working with foreign police: MLAT, CLOUD Act and OPOs"

Early-bird registration ends December 15, 2026. Government attendees register free.

Register: https://lept-summit.example.org/register
""",
    ),
    w,
    sender_name=any_of("LEPT Summit 2027", "Law Enforcement & Platform Trust Summit"),
    email="register@lept-summit.example.org",
    verified=any_of(False, True),
)

# 93 DMCA takedown notice ---------------------------------------------------------------------------
w = When("2026-10-16 11:11", "-05:00")
not_process(
    "dmca-takedown-notice",
    "A DMCA § 512(c)(3) takedown notice: asks to remove content, not to disclose user data.",
    build(
        w,
        sender="Copyright Enforcement <dmca@lumenpix-stock.example.com>",
        subject="DMCA Takedown Notice - Infringing images on your service",
        mid="<dmca-lpx-2026-10-16-771@lumenpix-stock.example.com>",
        dkim="lumenpix-stock.example.com",
        body="""To the Designated Agent of Dueprocess Platform, Inc.:

This is a notification of claimed infringement under the Digital Millennium Copyright Act,
17 U.S.C. § 512(c)(3).

1. Copyrighted work: photograph "Harbor at Dawn" (LumenPix Stock ID 448213).
2. Infringing material: https://dueprocess-platform.example/p/99120417 posted by the account
   "coastal_wallpapers_hd".
3. Please remove or disable access to the infringing material.
4. Contact: LumenPix Stock Ltd., dmca@lumenpix-stock.example.com.
5. I have a good faith belief that use of the material in the manner complained of is not authorized
   by the copyright owner, its agent, or the law.
6. The information in this notification is accurate, and under penalty of perjury, I am authorized to
   act on behalf of the owner of an exclusive right that is allegedly infringed.

/s/ Deborah Quill-Anand, Copyright Enforcement Manager, LumenPix Stock Ltd.
""",
    ),
    w,
    sender_name=any_of("LumenPix Stock Ltd.", "Copyright Enforcement", "Deborah Quill-Anand"),
    email="dmca@lumenpix-stock.example.com",
    verified=any_of(False, True),
)

# 94 out of office -------------------------------------------------------------------------------------
w = When("2026-10-23 08:02", "-04:00")
prev = When("2026-10-23 08:01", "-04:00")
not_process(
    "out-of-office-auto-reply",
    "A law firm associate's out-of-office auto-reply to our production letter, quoting our subject line and case number.",
    build(
        w,
        sender="Nadia Farouk <nfarouk@whitcombadair.example.com>",
        subject="Automatic reply: Production - Hollis Bay Capital LLC v. Frayne, Index No. 651902/2026",
        mid="<oof-nf-1023@whitcombadair.example.com>",
        dkim="whitcombadair.example.com",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        body=f"""Thank you for your email. I am out of the office until Monday, October 26, with limited access
to e-mail. For urgent matters regarding subpoenas or productions, please contact my assistant, Leo
Marchetti, at lmarchetti@whitcombadair.example.com.

Nadia Farouk | Senior Associate | Whitcomb Adair LLP

On {prev.dt.strftime("%a, %b %d, %Y")} at 8:01 AM Legal Process <legal-process@dueprocess.local> wrote:
"""
        + quote("Counsel, please find our production in response to your subpoena duces tecum attached."),
    ),
    w,
    sender_name=any_of("Nadia Farouk", "Whitcomb Adair LLP"),
    email="nfarouk@whitcombadair.example.com",
    formats=("text", "quoted"),
    verified=True,
)

# 95 misdirected invoice ------------------------------------------------------------------------------
w = When("2026-10-28 15:20", "-07:00")
not_process(
    "misdirected-invoice-court-reporter",
    "A court-reporting firm's invoice for a deposition transcript, sent to the wrong mailbox; mentions a subpoena and a case number.",
    build(
        w,
        sender="Billing - Sequoia Court Reporting <billing@sequoiareporting.example.com>",
        subject="Invoice #SCR-26-11873 - Deposition of Custodian of Records - Ellison v. Pacific Crest",
        mid="<inv-SCR-26-11873@sequoiareporting.example.com>",
        body="""INVOICE #SCR-26-11873            Date: 10/28/2026          Terms: Net 30

Bill to: Accounts Payable
Re: Ellison v. Pacific Crest Roofing, Inc., LASC Case No. 24STCV18803
Deposition subpoena - records certification

  Certified copy of transcript (42 pp @ $4.25)        $178.50
  Exhibit handling                                     $35.00
  E-delivery                                           $15.00
  TOTAL DUE                                           $228.50

Please remit to Sequoia Court Reporting, 400 Capitol Mall, Sacramento, CA 95814.
Questions? billing@sequoiareporting.example.com
""",
    ),
    w,
    sender_name=any_of("Sequoia Court Reporting", "Billing - Sequoia Court Reporting"),
    email="billing@sequoiareporting.example.com",
)

# 96 police department asking how to submit ----------------------------------------------------------
w = When("2026-11-03 13:48", "-06:00")
not_process(
    "police-asks-how-to-submit",
    "A real police department (DKIM-valid .gov) asks how to register for the law-enforcement portal; no demand.",
    build(
        w,
        sender="Lt. Dana Whitfield-Moss <dwhitfieldmoss@codypolicewy.gov>",
        subject="How do we submit legal process to you?",
        mid="<cpd-wy-portal-1103@codypolicewy.gov>",
        dkim="codypolicewy.gov",
        body="""Good afternoon,

Our department occasionally needs to serve search warrants and preservation requests on online
platforms. Could you tell me how our investigators can register for your law enforcement portal,
and whether you accept service by e-mail? We don't have a pending request right now.

Thank you,
Lt. Dana Whitfield-Moss
Cody Police Department, Cody, Wyoming
""",
    ),
    w,
    sender_name="Cody Police Department",
    email="dwhitfieldmoss@codypolicewy.gov",
    kind="STATE_LOCAL",
    country="US",
    verified=True,
)

# 97 user's counsel notice of intent to move to quash -------------------------------------------------
w = When("2026-11-10 17:30", "-05:00")
not_process(
    "user-counsel-motion-to-quash-notice",
    "Counsel for a user tells us they will move to quash a subpoena and asks us to hold production: not a demand for data.",
    build(
        w,
        sender="Imani Castellanos-Reid <icastellanos@civlib-clinic.example.org>",
        subject="Notice of intent to move to quash - subpoena re: account lowell_truthteller",
        mid="<clc-quash-lt-1110@civlib-clinic.example.org>",
        dkim="civlib-clinic.example.org",
        body="""Dear Legal Process Team,

This clinic represents the user of the account "lowell_truthteller", who received your notice of an
administrative subpoena (MDAO-26-5530). Our client intends to move to quash the subpoena on First
Amendment grounds; we expect to file within 7 days.

We respectfully ask that you hold any production until the court rules, consistent with your
published user-notice policy. Please direct all further communications about this matter to me.

Imani Castellanos-Reid
Staff Attorney, Civil Liberties Clinic
""",
    ),
    w,
    sender_name=any_of("Civil Liberties Clinic", "Imani Castellanos-Reid"),
    email="icastellanos@civlib-clinic.example.org",
    verified=any_of(False, True),
)

# 98 GDPR access request in French --------------------------------------------------------------------
w = When("2026-11-13 09:25", "+01:00")
not_process(
    "gdpr-access-request-french",
    "A user's GDPR Article 15 access request, in French, sent to the legal mailbox: not legal process.",
    build(
        w,
        sender="Camille Ferrand-Lestrade <camille.fl@example.net>",
        subject="Demande d'accès à mes données personnelles (article 15 RGPD)",
        mid="<cfl-rgpd-1113@example.net>",
        body="""Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous
demande de me communiquer l'ensemble des données personnelles me concernant que vous détenez, liées
à mon compte « camille_fl_photo », ainsi que la liste des autorités (police, justice) auxquelles vous
les auriez transmises.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Cordialement,
Camille Ferrand-Lestrade
""",
    ),
    w,
    sender_name="Camille Ferrand-Lestrade",
    email="camille.fl@example.net",
    lang="fr",
    country=None,
)

# 99 CM/ECF notice of electronic filing ---------------------------------------------------------------
w = When("2026-11-17 16:05", "-08:00")
not_process(
    "court-ecf-notice-of-filing",
    "A CM/ECF notice of electronic filing (a motion to quash was filed) from a uscourts.gov court: a notice, not a demand.",
    build(
        w,
        sender="cand_ecf_notices@cand.uscourts.gov",
        subject="Activity in Case 3:26-cv-04417-JSC Castillo v. Doe 1 Motion to Quash",
        mid="<11873445@cand.uscourts.gov>",
        dkim="cand.uscourts.gov",
        body="""This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to
this e-mail because the mail box is unattended.

***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of
record and parties in a case to receive one free electronic copy of all documents filed electronically.

U.S. District Court
California Northern District (San Francisco)

Notice of Electronic Filing

The following transaction was entered on 11/17/2026 at 4:04 PM PST and filed on 11/17/2026
Case Name: Castillo v. Doe 1
Case Number: 3:26-cv-04417-JSC
Filer: Doe 1
Document Number: 23

Docket Text:
MOTION to Quash Third-Party Subpoena to Dueprocess Platform, Inc. filed by Doe 1. Motion Hearing set
for 12/22/2026 10:00 AM in San Francisco, Courtroom E, 15th Floor before Magistrate Judge Jacqueline
Scott Corley. Responses due by 12/1/2026. (Attachments: # (1) Declaration, # (2) Proposed Order)
""",
    ),
    w,
    sender_name=any_of(
        "United States District Court for the Northern District of California",
        "U.S. District Court, California Northern District",
    ),
    email="cand_ecf_notices@cand.uscourts.gov",
    kind="COURT",
    country="US",
    verified=True,
)

# 100 forwarded newsletter (German) ------------------------------------------------------------------
w_orig = When("2026-11-20 07:00", "+01:00")
w = When("2026-11-20 09:12", "+01:00")
not_process(
    "forwarded-german-newsletter",
    "A colleague forwards a German legal newsletter about e-evidence production orders 'FYI'; German text, no demand.",
    build(
        w,
        sender="Jonas Albers <jonas.albers@dueprocess-platform.example>",
        subject="WG: Newsletter: E-Evidence-Verordnung - Herausgabeanordnungen ab August 2026",
        mid="<fwd-nl-eevidence-1120@dueprocess-platform.example>",
        body=forward(
            "FYI - relevant for the EU production orders we will start receiving.\n\nJonas",
            sender="Kanzlei Brenner Datenrecht <newsletter@brenner-datenrecht.example.com>",
            when=w_orig,
            subject="Newsletter: E-Evidence-Verordnung - Herausgabeanordnungen ab August 2026",
            to="jonas.albers@dueprocess-platform.example",
            body="""Sehr geehrte Damen und Herren,

seit dem 18. August 2026 gilt die E-Evidence-Verordnung (EU) 2023/1543. Staatsanwaltschaften können
Diensteanbieter in anderen Mitgliedstaaten direkt mit einer Europäischen Herausgabeanordnung zur
Übermittlung von Teilnehmerdaten, Verkehrsdaten und Inhaltsdaten verpflichten - Frist: 10 Tage, in
Notfällen 8 Stunden. Wir erläutern, wie Anbieter Anordnungen prüfen und wann ein Widerspruch möglich ist.

Webinar am 3. Dezember 2026, 10:00 Uhr. Anmeldung unter brenner-datenrecht.example.com/webinar

Kanzlei Brenner Datenrecht""",
        ),
    ),
    w,
    sender_name=any_of("Jonas Albers", "Kanzlei Brenner Datenrecht"),
    email=any_of("jonas.albers@dueprocess-platform.example", "newsletter@brenner-datenrecht.example.com"),
    formats=("text", "forwarded"),
    served_at=any_of(w_orig.iso, w.iso),
    lang="de",
    country=None,
)

"""Messages that are not legal process although they use its vocabulary. People and firms fictional; government
sender domains from CISA's .gov list."""

from __future__ import annotations

from tests.corpus.blind_holdout9._kit import Message, any_of, make, served, when

NOT_PROCESS = {
    "process_type": "UNKNOWN",
    "targets": [],
    "data_categories": [],
}


def recall_notice_ausa() -> Message:
    date = when(2026, 11, 16, 15, 47, 0, -5)
    text = """\
Ostrowski-Bell, Dana would like to recall the message, "Grand Jury Subpoena 26-GJ-0419 - @harborview_hustle".
"""
    return make(
        "035-recall-notice-ausa",
        "An Outlook 'would like to recall the message' notice from an AUSA's mailbox naming a grand jury subpoena "
        "and a handle: no subpoena, no demand; not legal process.",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "United States Attorney's Office"),
            "requester.kind": any_of(None, "FEDERAL"),
            "requester.email": any_of(None, "Dana.Ostrowski-Bell@usdoj.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Dana Ostrowski-Bell"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "26-GJ-0419"),
        },
        sender="Ostrowski-Bell, Dana (USAMN) <Dana.Ostrowski-Bell@usdoj.gov>",
        subject="Recall: Grand Jury Subpoena 26-GJ-0419 - @harborview_hustle",
        date=date,
        message_id="<MW4PR09MB3301RCL@usdoj.gov>",
        text=text,
        headers=[("Thread-Topic", "Grand Jury Subpoena 26-GJ-0419 - @harborview_hustle")],
        dkim="usdoj.gov",
    )


def meet_and_confer_invite_ics() -> Message:
    date = when(2026, 10, 28, 12, 0, 0, -7)
    ics = """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example Corp//Calendar 1.0//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:mc-2026-1104-sdt@cascadeprivacy.example.com\r
DTSTAMP:20261028T190000Z\r
DTSTART:20261104T180000Z\r
DTEND:20261104T183000Z\r
SUMMARY:Meet and confer - subpoena to Social Example (Harlow v. Doe)\r
DESCRIPTION:Call to discuss the scope of our client's subpoena and your objections. Dial-in to follow.\r
ORGANIZER;CN=Priya Anand-Kessler:mailto:panand@cascadeprivacy.example.com\r
ATTENDEE;CN=Legal Process:mailto:legal-process@dueprocess.local\r
END:VEVENT\r
END:VCALENDAR\r
"""
    text = """\
Priya Anand-Kessler has invited you to: Meet and confer - subpoena to Social Example (Harlow v. Doe)
When: Wednesday, November 4, 2026 10:00 AM - 10:30 AM (Pacific Time)
Where: Phone (dial-in to follow)

Call to discuss the scope of our client's subpoena and your objections.

Accept | Tentative | Decline
"""
    return make(
        "036-meet-and-confer-invite-ics",
        "A law firm's calendar invitation (.ics attached) for a meet-and-confer call about an earlier subpoena and "
        "the platform's objections: a meeting request, not legal process.",
        "en",
        "US",
        ("plain_text", "ics"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Priya Anand-Kessler"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "panand@cascadeprivacy.example.com"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Priya Anand-Kessler"),
            "served_at": any_of(None, served(date)),
        },
        sender="Priya Anand-Kessler <panand@cascadeprivacy.example.com>",
        subject="Invitation: Meet and confer - subpoena to Social Example (Harlow v. Doe) @ Wed Nov 4, 2026 10am",
        date=date,
        message_id="<invite-mc-2026-1104@cascadeprivacy.example.com>",
        text=text,
        attachments=[(ics.encode("utf-8"), "text", "calendar", "invite.ics")],
        dkim="cascadeprivacy.example.com",
    )


def user_police_report_takedown() -> Message:
    date = when(2026, 11, 25, 19, 2, 0, -6)
    text = """\
Hi,

Someone made a fake account pretending to be me (@real_kaylee_mo_fan) and is posting my photos and my home
address. I filed a police report with the Springfield MO police today, report number 2026-118823. The officer
said you would need a subpoena to give them the info but I just want the account DELETED. Please take it down
today, I'm scared. I attached nothing because the officer has everything.

Kaylee Brandt-Osei
"""
    return make(
        "037-user-police-report-takedown",
        "A user reports an impersonating account that posts her address, cites her police report number and asks "
        "for a takedown: a user's report, not legal process (no authority demands anything).",
        "en",
        "US",
        ("plain_text",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Kaylee Brandt-Osei"),
            "requester.kind": any_of(None, "PRIVATE_PARTY"),
            "requester.email": any_of(None, "kaylee.bo.2004@example.net"),
            "requester.signer": any_of(None, "Kaylee Brandt-Osei"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "2026-118823"),
        },
        sender="Kaylee B <kaylee.bo.2004@example.net>",
        subject="fake account using my pics + address, police report filed",
        date=date,
        message_id="<CAKb7-2026-1125-1902@example.net>",
        text=text,
    )


def phishing_citacion_judicial_html() -> Message:
    date = when(2026, 10, 13, 6, 14, 0, -5)
    html = """\
<html><body>
<table width="600" style="font-family:Arial;border:1px solid #444">
<tr><td style="background:#1b3a6b;color:#fff;padding:8px"><b>PODER JUDICIAL - NOTIFICACIÓN ELECTRÓNICA</b></td></tr>
<tr><td style="padding:10px">
<p>Estimado usuario:</p>
<p>Se le notifica que existe una <b>CITACIÓN JUDICIAL</b> y una orden de entrega de información en el proceso
N.º 2026-CIV-88341 en su contra. Debe descargar el documento y confirmar su identidad en un plazo de
<b>24 horas</b>, de lo contrario se emitirá orden de comparecencia forzosa.</p>
<p style="text-align:center"><a href="http://notificaciones-judiciales.example.net/descarga?id=88341">DESCARGAR
CITACIÓN (PDF)</a></p>
<p style="font-size:small">Este mensaje fue generado automáticamente. No responda a este correo.</p>
</td></tr></table>
</body></html>
"""
    return make(
        "038-phishing-citacion-judicial-html",
        "Spanish phishing mail (HTML) posing as a court's electronic notice of a 'citación judicial' with a 24-hour "
        "threat and a download link on an unrelated domain; names no court, no account and no data.",
        "es",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Poder Judicial"),
            "requester.kind": any_of(None, "FOREIGN_GOVERNMENT", "COURT"),
            "requester.country": any_of("US", None),
            "requester.email": any_of(None, "notificaciones@poder-judicial-avisos.example.net"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "2026-CIV-88341"),
        },
        sender="Poder Judicial <notificaciones@poder-judicial-avisos.example.net>",
        subject="NOTIFICACIÓN: Citación judicial pendiente - Proceso N.º 2026-CIV-88341",
        date=date,
        message_id="<88341.notif@poder-judicial-avisos.example.net>",
        html=html,
    )


def officer_thanks_production_closed() -> Message:
    date = when(2026, 11, 30, 10, 3, 0, -5)
    text = """\
Got it, thank you. Records received and downloaded, you can close this one out on your end. Appreciate the
quick turnaround.

Inv. Marcus Deloach-Whitaker
Leon County Sheriff's Office, Criminal Investigations Bureau, Tallahassee FL

-----Original Message-----
From: Legal Process <legal-process@dueprocess.local>
Sent: Friday, November 27, 2026 3:40 PM
To: Deloach-Whitaker, Marcus <mdeloach-whitaker@leonflsheriff.gov>
Subject: Production - Search Warrant 26-SW-1187 - capital_city_kicks

Investigator,

In response to search warrant 26-SW-1187 (Second Judicial Circuit, Leon County) for the account capital_city_kicks,
the records are available at the secure link below until December 11, 2026. This completes our response.

Social Example Legal Operations
"""
    return make(
        "039-officer-thanks-production-closed",
        "A sheriff's investigator replies 'records received, close it out' above the platform's production notice "
        "(quoted) for a warrant, with case number, handle and a link-expiry date: not legal process.",
        "en",
        "US",
        ("plain_text", "quoted_reply"),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "Leon County Sheriff's Office"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "mdeloach-whitaker@leonflsheriff.gov"),
            "requester.verified": any_of(False, True),
            "requester.signer": any_of(None, "Marcus Deloach-Whitaker"),
            "requester.signer_title": any_of(None, "Inv.", "Investigator"),
            "served_at": any_of(None, served(date)),
            "case_number": any_of(None, "26-SW-1187"),
            "issuing_court": any_of(None, "Second Judicial Circuit, Leon County"),
        },
        sender="Deloach-Whitaker, Marcus <mdeloach-whitaker@leonflsheriff.gov>",
        subject="RE: Production - Search Warrant 26-SW-1187 - capital_city_kicks",
        date=date,
        message_id="<LCSO-CIB-1130-1003@leonflsheriff.gov>",
        text=text,
        headers=[("In-Reply-To", "<lp-26-41877-prod@dueprocess.local>")],
        dkim="leonflsheriff.gov",
    )


def ag_press_release_html() -> Message:
    date = when(2026, 12, 2, 11, 0, 0, -5)
    html = """\
<html><body style="font-family:Georgia,serif">
<h2>West Virginia Attorney General's Office - News Release</h2>
<p><b>FOR IMMEDIATE RELEASE</b> - December 2, 2026</p>
<h3>Attorney General Secures $1.2 Million Settlement with Online Ticket Reseller; Subpoenas Issued to Social
Media Platforms Helped Trace Fake Listings</h3>
<p>CHARLESTON - The Consumer Protection Division announced today a settlement resolving its investigation of
deceptive concert-ticket listings. During the investigation the Division issued investigative subpoenas to
several social media platforms for subscriber information on accounts advertising the listings, and obtained
a court order preserving records. Consumers who bought tickets between March 1 and August 31, 2026 may file a
claim by January 15, 2027.</p>
<p>Media contact: Press Office, 304-555-0100</p>
<p style="font-size:small">You are receiving this because you subscribed to WV AG news releases.
<a href="https://www.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return make(
        "040-ag-press-release-html",
        "A state attorney general's news release (HTML mailing list) about a settlement that mentions investigative "
        "subpoenas to social platforms, a preservation order and a claims deadline: a press release, not legal "
        "process.",
        "en",
        "US",
        ("html",),
        "NOT_LEGAL_PROCESS",
        {
            **NOT_PROCESS,
            "requester.name": any_of(None, "West Virginia Attorney General's Office"),
            "requester.kind": any_of(None, "STATE_LOCAL"),
            "requester.email": any_of(None, "news@wvconsumerprotection.gov"),
            "requester.verified": any_of(False, True),
            "served_at": any_of(None, served(date)),
        },
        sender="WV Attorney General News <news@wvconsumerprotection.gov>",
        subject="News Release: AG Secures $1.2 Million Settlement with Online Ticket Reseller",
        date=date,
        message_id="<wvago-nr-20261202@wvconsumerprotection.gov>",
        html=html,
        headers=[("List-Unsubscribe", "<https://www.example.org/unsubscribe>"), ("Precedence", "bulk")],
        dkim="wvconsumerprotection.gov",
    )


MESSAGES = [
    recall_notice_ausa,
    meet_and_confer_invite_ics,
    user_police_report_takedown,
    phishing_citacion_judicial_html,
    officer_thanks_production_closed,
    ag_press_release_html,
]

"""Builds the e-mail fixture corpus: ``NN-name.eml`` and ``NN-name.expected.json`` for each message.

    .venv/bin/python -m tests.corpus.email.build_corpus      # rewrites the files in this folder

The expected fields are what a person reading the message would record (DOMAIN.md's case JSON),
written here by hand, not copied from the extractor's output. Conventions:

* ``served_at`` is the e-mail's ``Date`` (service by e-mail; the forwarded message's date for a
  forward) unless the document states a service date;
* a date without a time is 17:00, and a time without a zone is the issuer's local time on that
  day: the e-mail's ``Date`` offset, or the other offset of the issuer's zone when the date falls on
  the other side of a daylight-saving change (a California court's December date is -08:00 even
  when the e-mail was sent in September at -07:00);
* a nondisclosure order "for N days from the date of this order" or "until <date>" expires at
  23:59:59 of that day; "until further order" is indefinite (``expires_at`` null);
* an image-only scan's fields are unknown without OCR: only what the e-mail's own text says is
  expected, plus ``triage: true``.

Messages marked DKIM-signed are signed with ``keys/corpus-dkim-test.key`` (selector ``corpus``);
the tests serve its public key through the DKIM verifier's DNS lookup.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from tests.corpus.pdf import scan_pdf, text_pdf

HERE = Path(__file__).resolve().parent
KEY = (HERE / "keys" / "corpus-dkim-test.key").read_bytes()
SELECTOR = b"corpus"
TO = "legal-process@dueprocess.local"
MX = "mx.dueprocess.local"


def ar(domain: str, *, dkim: str = "pass", dmarc: str = "pass", authserv: str = MX) -> str:
    return f"{authserv}; dkim={dkim} header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc={dmarc} header.from={domain}"


def sign(raw: bytes, domain: str) -> bytes:
    import dkim

    signature: bytes = dkim.sign(
        raw, SELECTOR, domain.encode(), KEY, include_headers=[b"from", b"to", b"subject", b"date", b"message-id"]
    )
    return signature + raw


def mail(
    *,
    sender: str,
    subject: str,
    date: str,
    message_id: str,
    body: str | None = None,
    html: str | None = None,
    attachments: tuple[tuple[bytes, str, str, str], ...] = (),
    auth: str | None = None,
    dkim_domain: str | None = None,
    charset: str = "utf-8",
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    message = EmailMessage(policy=SMTP)
    if auth:
        message["Authentication-Results"] = auth
    for name, value in headers:
        message[name] = value
    message["From"] = sender
    message["To"] = TO
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = message_id
    if body is not None:
        if charset == "utf-8":
            message.set_content(body)
        else:
            message.set_content(body, charset=charset, cte="quoted-printable")
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    for data, maintype, subtype, filename in attachments:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    raw = message.as_bytes()
    return sign(raw, dkim_domain) if dkim_domain else raw


@dataclass(frozen=True)
class Spec:
    name: str
    description: str
    build: Callable[[], bytes]
    expected: dict[str, Any]


DEFAULTS: dict[str, Any] = {
    "statute": None,
    "requester.country": "US",
    "requester.signer": None,
    "requester.signer_title": None,
    "targets": [],
    "data_categories": [],
    "stated_purpose": None,
    "date_range": None,
    "return_by": None,
    "nondisclosure.present": False,
    "nondisclosure.kind": None,
    "nondisclosure.expires_at": None,
    "emergency": None,
    "mechanism": None,
    "case_number": None,
    "issuing_court": None,
}


def expect(**fields: Any) -> dict[str, Any]:
    out = dict(DEFAULTS)
    for key, value in fields.items():
        out[key.replace("__", ".")] = value
    return out


SPECS: list[Spec] = []


def spec(name: str, description: str, expected: dict[str, Any]) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    def register(build: Callable[[], bytes]) -> Callable[[], bytes]:
        SPECS.append(Spec(name, description, build, expected))
        return build

    return register


# --- the seed case --------------------------------------------------------------------------------

SEED_SUMMONS = """DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
SUMMONS
CBP Summons No. 2017-0001

To: Twitter, Inc., Attn: Legal Department, 1355 Market Street, San Francisco, CA 94103

Summons to appear and/or produce records. Issued under the authority of 19 U.S.C. 1509.

You are hereby summoned to produce all records regarding the Twitter account @ALT_USCIS, to include user names, account login, phone numbers, mailing addresses, and I.P. addresses.

Purpose: Identify the person or persons operating the Twitter account @ALT_USCIS

Return by March 13, 2017, 11:45 a.m., at the office of U.S. Customs and Border Protection, Office of Professional Responsibility, 1300 Pennsylvania Avenue NW, Washington, DC.

Adam Hoffman
Special Agent in Charge
U.S. Customs and Border Protection
"""


def seed_message(
    *,
    message_id: str = "<summons-2017-0001@cbp.dhs.gov>",
    auth: str | None = ar("cbp.dhs.gov"),
    dkim_domain: str | None = None,
) -> bytes:
    return mail(
        sender="Adam Hoffman <agent@cbp.dhs.gov>",
        subject="CBP Summons No. 2017-0001",
        date="Tue, 14 Mar 2017 14:02:00 -0400",
        message_id=message_id,
        auth=auth,
        dkim_domain=dkim_domain,
        body="Please find attached a summons issued by U.S. Customs and Border Protection.\n\n"
        "Adam Hoffman\nSpecial Agent in Charge\nU.S. Customs and Border Protection",
        attachments=((text_pdf(SEED_SUMMONS), "application", "pdf", "CBP-summons-2017-0001.pdf"),),
    )


spec(
    "01-cbp-summons-seed",
    "The seed case: CBP's § 1509 summons for @ALT_USCIS, as a PDF; MX says DKIM/DMARC pass.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="19 U.S.C. § 1509",
        requester__name="U.S. Customs and Border Protection",
        requester__kind="FEDERAL",
        requester__email="agent@cbp.dhs.gov",
        requester__verified=True,
        requester__signer="Adam Hoffman",
        requester__signer_title="Special Agent in Charge",
        targets=["ALT_USCIS"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose="Identify the person or persons operating",
        served_at="2017-03-14T14:02:00-04:00",
        return_by="2017-03-13T11:45:00-04:00",
        case_number="2017-0001",
        triage=False,
    ),
)(seed_message)


# --- federal administrative ------------------------------------------------------------------------

IRS_SUMMONS = """Internal Revenue Service
Summons

In the matter of the tax liability of Jonathan Q. Sample
Internal Revenue Service (Division): Small Business/Self Employed

To: Dueprocess Platform, Inc., Custodian of Records

You are hereby summoned and required to appear before Revenue Agent Maria Lopez, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following records relating to the tax liability of the person identified above:

Subscriber information for the account with user ID 48213377, including the subscriber name, mailing addresses, telephone numbers, e-mail addresses, and means and source of payment, for the period January 1, 2019 through December 31, 2020.

This summons is issued under Section 7602 of Title 26, United States Code.

Place and time for appearance: 1111 Constitution Ave NW, Washington, DC 20224, on the 20th day of May, 2021 at 10:00 a.m.

Issued under authority of the Internal Revenue Code this 15th day of April, 2021.

Maria Lopez
Revenue Agent
"""


@spec(
    "02-irs-summons-text",
    "IRS summons in the body, 'Section 7602 of Title 26', user ID target; MX pass.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="26 U.S.C. § 7602",
        requester__name="Internal Revenue Service",
        requester__kind="FEDERAL",
        requester__email="maria.lopez@irs.gov",
        requester__verified=True,
        requester__signer="Maria Lopez",
        requester__signer_title="Revenue Agent",
        targets=["48213377"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose="tax liability",
        date_range={"start": "2019-01-01", "end": "2020-12-31"},
        served_at="2021-04-16T09:12:00-04:00",
        return_by="2021-05-20T10:00:00-04:00",
        triage=False,
    ),
)
def _irs() -> bytes:
    return mail(
        sender="Maria Lopez <maria.lopez@irs.gov>",
        subject="IRS Summons - records request",
        date="Fri, 16 Apr 2021 09:12:00 -0400",
        message_id="<a81c2@irs.gov>",
        auth=ar("irs.gov"),
        body=IRS_SUMMONS,
    )


DEA_SUBPOENA = """U.S. Department of Justice
Drug Enforcement Administration
ADMINISTRATIVE SUBPOENA
Subpoena No.: DEA-20-0457

Issued under the authority of 21 U.S.C. § 876.

To: Custodian of Records, Dueprocess Platform, Inc.

You are hereby required to produce the following records in connection with an investigation into the unlawful distribution of controlled substances:

Subscriber information (name, address, telephone number, e-mail address) and IP address logs for the account @pillmill_rx and for the account associated with the e-mail address rxdeals2020@protonmail.com, from March 1, 2020 to the present.

The records must be produced within fourteen (14) days of service of this subpoena.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.

Sincerely,

Karen Whitfield
Diversion Investigator
Drug Enforcement Administration, Houston Division
"""


@spec(
    "03-dea-admin-subpoena-pdf",
    "DEA § 876 subpoena PDF, DKIM-signed by dea.gov; relative return date; letter NDO.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="21 U.S.C. § 876",
        requester__name="Drug Enforcement Administration",
        requester__kind="FEDERAL",
        requester__email="k.whitfield@dea.gov",
        requester__verified=True,
        requester__signer="Karen Whitfield",
        requester__signer_title="Diversion Investigator",
        targets=["pillmill_rx", "rxdeals2020@protonmail.com"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose="unlawful distribution of controlled substances",
        date_range={"start": "2020-03-01", "end": None},
        served_at="2020-06-02T11:30:00-05:00",
        return_by="2020-06-16T17:00:00-05:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="DEA-20-0457",
        triage=False,
    ),
)
def _dea() -> bytes:
    return mail(
        sender="Karen Whitfield <k.whitfield@dea.gov>",
        subject="DEA Administrative Subpoena DEA-20-0457",
        date="Tue, 02 Jun 2020 11:30:00 -0500",
        message_id="<dea-20-0457@dea.gov>",
        dkim_domain="dea.gov",
        body="Please see the attached administrative subpoena.",
        attachments=((text_pdf(DEA_SUBPOENA), "application", "pdf", "subpoena.pdf"),),
    )


NSL = """U.S. Department of Justice
Federal Bureau of Investigation
San Francisco Field Office

NATIONAL SECURITY LETTER
NSL No. SF-2021-0031

Under the authority of 18 U.S.C. § 2709, you are hereby directed to provide the name, address, and length of service of the subscriber of the account @quiet_reporter.

In accordance with 18 U.S.C. § 2709(c), I certify that otherwise there may result a danger to the national security of the United States. Accordingly, you are prohibited from disclosing to any person that the FBI has sought or obtained access to information under this letter.

Please provide the records within fourteen (14) days of receipt of this letter.

Jennifer K. Walsh
Special Agent in Charge
San Francisco Field Office
"""


@spec(
    "04-fbi-nsl",
    "FBI National Security Letter with a § 2709(c) nondisclosure certification; DKIM-signed by fbi.gov.",
    expect(
        process_type="NATIONAL_SECURITY_LETTER",
        statute="18 U.S.C. § 2709",
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="sf.nsl@fbi.gov",
        requester__verified=True,
        requester__signer="Jennifer K. Walsh",
        requester__signer_title="Special Agent in Charge",
        targets=["quiet_reporter"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2021-09-08T15:00:00-07:00",
        return_by="2021-09-22T17:00:00-07:00",
        nondisclosure__present=True,
        nondisclosure__kind="NSL_CERTIFICATION",
        case_number="SF-2021-0031",
        triage=False,
    ),
)
def _nsl() -> bytes:
    return mail(
        sender="FBI San Francisco <sf.nsl@fbi.gov>",
        subject="National Security Letter",
        date="Wed, 08 Sep 2021 15:00:00 -0700",
        message_id="<nsl-sf-2021-0031@fbi.gov>",
        dkim_domain="fbi.gov",
        body=NSL,
    )


# --- courts ----------------------------------------------------------------------------------------

STATE_WARRANT = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA
SEARCH WARRANT
Warrant No. SW-21-3382

THE PEOPLE OF THE STATE OF CALIFORNIA, TO ANY PEACE OFFICER IN THE COUNTY OF ALAMEDA:

Proof by affidavit having been made before me by Detective Luis Ortega of the Alameda County Sheriff's Office that there is probable cause to believe that the property described below constitutes evidence of a felony, you are commanded to search the records held by Dueprocess Platform, Inc. for:

Target account: @bayarea_kicks (user ID 77100231)

and to seize the following records from June 1, 2021 through August 31, 2021: the contents of all direct messages, historical location information, and subscriber information.

The provider shall produce the records within ten (10) days of service of this warrant.

IT IS FURTHER ORDERED that the provider shall not disclose the existence of this warrant to the subscriber or any other person for a period of ninety (90) days from the date of this order.

Dated: September 3, 2021

Hon. Maria Chen
Judge of the Superior Court
"""


@spec(
    "05-state-search-warrant-pdf",
    "State search warrant (Alameda County) with a 90-day NDO; sheriff's detective from an ordinary domain.",
    expect(
        process_type="SEARCH_WARRANT",
        requester__name="Alameda County Sheriff's Office",
        requester__kind="STATE_LOCAL",
        requester__email="lortega@acgov.org",
        requester__verified=False,
        requester__signer="Maria Chen",
        requester__signer_title="Judge of the Superior Court",
        targets=["bayarea_kicks", "77100231"],
        data_categories=["BASIC_SUBSCRIBER", "LOCATION_HISTORY", "STORED_CONTENT"],
        date_range={"start": "2021-06-01", "end": "2021-08-31"},
        served_at="2021-09-07T08:45:00-07:00",
        return_by="2021-09-17T17:00:00-07:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at="2021-12-02T23:59:59-08:00",
        case_number="SW-21-3382",
        issuing_court="Superior Court of California, County of Alameda",
        triage=False,
    ),
)
def _warrant() -> bytes:
    return mail(
        sender="Det. Luis Ortega <lortega@acgov.org>",
        subject="Search Warrant SW-21-3382",
        date="Tue, 07 Sep 2021 08:45:00 -0700",
        message_id="<sw-21-3382@acgov.org>",
        auth=ar("acgov.org"),
        body="Detective Luis Ortega\nAlameda County Sheriff's Office\n\nWarrant attached.",
        attachments=((text_pdf(STATE_WARRANT), "application", "pdf", "warrant.pdf"),),
    )


ORDER_2703D = """UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF CALIFORNIA

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
Case No. 5:19-mj-70123

ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d). The Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation.

IT IS ORDERED that Dueprocess Platform, Inc. shall disclose the following records for the account @harbor_freight_fan for the period from January 1, 2019 to April 30, 2019: IP address logs for all logins, device identifiers, and records of the accounts with which the target account exchanged direct messages (not including the contents of those messages).

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that Dueprocess Platform, Inc. shall not disclose the existence of the application or this Order to the subscriber or any other person until further order of the Court.

Dated: May 6, 2019

Hon. Nathanael Cousins
United States Magistrate Judge
"""


@spec(
    "06-2703d-order",
    "Federal § 2703(d) order, indefinite § 2705(b) NDO, sent by an AUSA (usdoj.gov, MX pass).",
    expect(
        process_type="COURT_ORDER_2703D",
        statute="18 U.S.C. § 2703(d)",
        requester__name={
            "any_of": [
                "United States Attorney's Office for the Northern District of California",
                "U.S. Department of Justice",
                "United States Attorney's Office",
            ]
        },
        requester__kind="FEDERAL",
        requester__email="ausa.rivera@usdoj.gov",
        requester__verified=True,
        requester__signer="Nathanael Cousins",
        requester__signer_title="United States Magistrate Judge",
        targets=["harbor_freight_fan"],
        data_categories=["NON_CONTENT_RECORDS"],
        date_range={"start": "2019-01-01", "end": "2019-04-30"},
        served_at="2019-05-07T10:20:00-07:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        case_number="5:19-mj-70123",
        issuing_court="United States District Court for the Northern District of California",
        triage=False,
    ),
)
def _order_2703d() -> bytes:
    body = (
        "Counsel,\n\nAttached is a court order under 18 U.S.C. § 2703(d).\n\nElena Rivera\n"
        "Assistant United States Attorney\nUnited States Attorney's Office for the Northern District of California"
    )
    return mail(
        sender="Elena Rivera <ausa.rivera@usdoj.gov>",
        subject="Order - 5:19-mj-70123",
        date="Tue, 07 May 2019 10:20:00 -0700",
        message_id="<5-19-mj-70123@usdoj.gov>",
        auth=ar("usdoj.gov"),
        body=body,
        attachments=((text_pdf(ORDER_2703D), "application", "pdf", "2703d-order.pdf"),),
    )


GJ_SUBPOENA = """UNITED STATES DISTRICT COURT
for the Southern District of New York

SUBPOENA TO TESTIFY BEFORE A GRAND JURY
Subpoena No. GJ-19-0412

To: Custodian of Records, Dueprocess Platform, Inc.

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury, and to bring with you the following records (Fed. R. Crim. P. 17(c)):

Subscriber information, including name, address, telephone number, and account creation date, for the account associated with the e-mail address j.smith.trader@gmail.com.

Date and Time: April 10, 2019 9:30 a.m.
Place: 500 Pearl Street, New York, NY 10007, Room 520

The Government requests that you not disclose the existence of this subpoena, as disclosure could impede an ongoing investigation.

Thomas Grant
Assistant United States Attorney
"""


@spec(
    "07-grand-jury-subpoena",
    "SDNY grand jury subpoena for an e-mail-identified account, letter NDO; MX pass for usdoj.gov.",
    expect(
        process_type="SUBPOENA_GRAND_JURY",
        statute="Fed. R. Crim. P. 17(c)",
        requester__name={
            "any_of": [
                "United States Attorney's Office for the Southern District of New York",
                "U.S. Department of Justice",
                "United States Attorney's Office",
            ]
        },
        requester__kind="FEDERAL",
        requester__email="thomas.grant@usdoj.gov",
        requester__verified=True,
        requester__signer="Thomas Grant",
        requester__signer_title="Assistant United States Attorney",
        targets=["j.smith.trader@gmail.com"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2019-03-18T16:05:00-04:00",
        return_by="2019-04-10T09:30:00-04:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="GJ-19-0412",
        issuing_court="United States District Court for the Southern District of New York",
        triage=False,
    ),
)
def _gj() -> bytes:
    return mail(
        sender="Thomas Grant <thomas.grant@usdoj.gov>",
        subject="Grand Jury Subpoena GJ-19-0412",
        date="Mon, 18 Mar 2019 16:05:00 -0400",
        message_id="<gj-19-0412@usdoj.gov>",
        auth=ar("usdoj.gov"),
        body="Please find the grand jury subpoena attached. United States Attorney's Office for the Southern District of New York.",
        attachments=((text_pdf(GJ_SUBPOENA), "application", "pdf", "GJ-19-0412.pdf"),),
    )


PRESERVATION_HTML = """<html><head><style>p{font-family:Arial}</style></head><body>
<table><tr><td><b>Springfield Police Department</b></td><td>Criminal Investigations Division</td></tr></table>
<h2>Preservation Request pursuant to 18 U.S.C. &sect; 2703(f)</h2>
<p>Report Number: 2024-118834</p>
<p>Dear Custodian of Records,</p>
<p>The Springfield Police Department requests that you preserve all records associated with the account
<b>@springfield_rumors</b>, including subscriber information, IP logs, and the contents of direct messages,
for a period of 90 days pending the issuance of legal process.</p>
<p>Please keep this request confidential and do not notify the account holder.</p>
<p>Sincerely,</p>
<p>Detective Robert Kline<br>Springfield Police Department</p>
<script>alert('x')</script>
</body></html>"""


@spec(
    "08-preservation-html-only",
    "HTML-only preservation request (§ 2703(f)) from a city police department (.gov, not in the registry).",
    expect(
        process_type="PRESERVATION_REQUEST",
        statute="18 U.S.C. § 2703(f)",
        requester__name="Springfield Police Department",
        requester__kind="STATE_LOCAL",
        requester__email="rkline@springfield-il.gov",
        requester__verified=False,
        requester__signer="Robert Kline",
        requester__signer_title="Detective",
        targets=["springfield_rumors"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS", "STORED_CONTENT"],
        served_at="2024-02-12T13:40:00-06:00",
        nondisclosure__present=True,
        nondisclosure__kind="LETTER_REQUEST",
        case_number="2024-118834",
        triage=False,
    ),
)
def _preservation() -> bytes:
    return mail(
        sender="Robert Kline <rkline@springfield-il.gov>",
        subject="Preservation request 2024-118834",
        date="Mon, 12 Feb 2024 13:40:00 -0600",
        message_id="<pres-2024-118834@springfield-il.gov>",
        auth=ar("springfield-il.gov"),
        html=PRESERVATION_HTML,
    )


# --- emergencies ------------------------------------------------------------------------------------

EMERGENCY_POLICE = """EMERGENCY DISCLOSURE REQUEST
Elk Grove Police Department

Requesting officer: Sgt. Dana Morales, Sergeant
Target account: @lily_sk8s

Nature of the emergency: A 15-year-old girl has been missing since last night and posted that she threatened to take her own life. We believe she is in imminent danger of death or serious physical injury.

Information requested: subscriber information, IP logs for the last 72 hours, and the last known location of the device.

This request is made under 18 U.S.C. § 2702(b)(8) and (c)(4).

Sgt. Dana Morales
Sergeant, Elk Grove Police Department
(916) 555-0199
"""


@spec(
    "09-emergency-police",
    "Emergency disclosure request from a city police department (elkgrove.gov, in CISA's .gov registry): "
    "the sender is verified by DKIM, the emergency itself is not (that needs an out-of-band confirmation).",
    expect(
        process_type="EMERGENCY_REQUEST",
        statute="18 U.S.C. § 2702(b)(8)",
        requester__name="Elk Grove Police Department",
        requester__kind="STATE_LOCAL",
        requester__email="dmorales@elkgrove.gov",
        requester__verified=True,
        requester__signer="Dana Morales",
        requester__signer_title="Sergeant",
        targets=["lily_sk8s"],
        data_categories=["BASIC_SUBSCRIBER", "LOCATION_HISTORY", "NON_CONTENT_RECORDS"],
        served_at="2023-07-21T06:15:00-07:00",
        emergency={"narrative_contains": "threatened to take her own life"},
        triage=False,
    ),
)
def _emergency_police() -> bytes:
    return mail(
        sender="Dana Morales <dmorales@elkgrove.gov>",
        subject="EMERGENCY - missing juvenile",
        date="Fri, 21 Jul 2023 06:15:00 -0700",
        message_id="<edr-88@elkgrove.gov>",
        auth=ar("elkgrove.gov"),
        body=EMERGENCY_POLICE,
    )


FORGED_EMERGENCY = """EMERGENCY DISCLOSURE REQUEST - FEDERAL BUREAU OF INVESTIGATION

This is an emergency request under 18 U.S.C. § 2702(b)(8). There is a bomb threat against a school in Ohio, and the person behind the account @buckeye_alerts is believed to be responsible. Lives are at imminent risk.

Provide immediately: subscriber information, IP logs, and the current location of the account holder.

Agent Mark Sullivan
Special Agent
Federal Bureau of Investigation
"""


@spec(
    "10-forged-emergency-freemail",
    "A forged FBI 'emergency' from a Gmail address (DKIM passes for gmail.com): never verified.",
    expect(
        process_type="EMERGENCY_REQUEST",
        statute="18 U.S.C. § 2702(b)(8)",
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="fbi.emergency.response@gmail.com",
        requester__verified=False,
        requester__signer="Mark Sullivan",
        requester__signer_title="Special Agent",
        targets=["buckeye_alerts"],
        data_categories=["BASIC_SUBSCRIBER", "LOCATION_HISTORY", "NON_CONTENT_RECORDS"],
        served_at="2022-11-02T23:48:00+00:00",
        emergency={"narrative_contains": "bomb threat"},
        triage=False,
    ),
)
def _forged_emergency() -> bytes:
    return mail(
        sender="FBI Emergency Response <fbi.emergency.response@gmail.com>",
        subject="URGENT EMERGENCY REQUEST - FBI",
        date="Wed, 02 Nov 2022 23:48:00 +0000",
        message_id="<CAF8x@mail.gmail.com>",
        auth=ar("gmail.com"),
        body=FORGED_EMERGENCY,
    )


# --- look-alikes ------------------------------------------------------------------------------------

LOOKALIKE_SUMMONS = """U.S. Customs and Border Protection
SUMMONS
Summons No. 2023-7781

Pursuant to 19 U.S.C. § 1509 you are summoned to produce the subscriber information, including names, e-mail addresses and telephone numbers, for the account @dissent_watch.

Return by October 2, 2023.

John Carver
Special Agent in Charge
"""


@spec(
    "11-lookalike-homoglyph",
    "CBP summons from cbp.dhs.gоv with a Cyrillic 'о' (IDN), DKIM passes for the look-alike.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="19 U.S.C. § 1509",
        requester__name="U.S. Customs and Border Protection",
        requester__kind="FEDERAL",
        requester__email="agent@cbp.dhs." + "gоv".encode("idna").decode(),
        requester__verified=False,
        requester__signer="John Carver",
        requester__signer_title="Special Agent in Charge",
        targets=["dissent_watch"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2023-09-25T10:00:00-04:00",
        return_by="2023-10-02T17:00:00-04:00",
        case_number="2023-7781",
        triage=False,
    ),
)
def _homoglyph() -> bytes:
    domain = "cbp.dhs." + "gоv".encode("idna").decode()
    return mail(
        sender=f"CBP Office <agent@{domain}>",
        subject="Summons 2023-7781",
        date="Mon, 25 Sep 2023 10:00:00 -0400",
        message_id=f"<s-7781@{domain}>",
        auth=ar(domain),
        body=LOOKALIKE_SUMMONS,
    )


HYPHEN_SUBPOENA = """U.S. Immigration and Customs Enforcement
Homeland Security Investigations
ADMINISTRATIVE SUBPOENA
Issued under 8 U.S.C. § 1225(d)

Produce the subscriber records, including user names, phone numbers and IP addresses, of the account @border_kids_help.

Return date: January 30, 2024

Paul Hendricks
Special Agent
"""


@spec(
    "12-lookalike-hyphenated-gov",
    "An 'ICE' subpoena from dhs-gov.us: a hyphenated look-alike of a .gov domain.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="8 U.S.C. § 1225",
        requester__name="U.S. Immigration and Customs Enforcement",
        requester__kind="FEDERAL",
        requester__email="hsi.subpoenas@dhs-gov.us",
        requester__verified=False,
        requester__signer="Paul Hendricks",
        requester__signer_title="Special Agent",
        targets=["border_kids_help"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2024-01-16T12:00:00-05:00",
        return_by="2024-01-30T17:00:00-05:00",
        triage=False,
    ),
)
def _hyphen() -> bytes:
    return mail(
        sender="HSI Subpoenas <hsi.subpoenas@dhs-gov.us>",
        subject="Administrative Subpoena",
        date="Tue, 16 Jan 2024 12:00:00 -0500",
        message_id="<x1@dhs-gov.us>",
        auth=ar("dhs-gov.us"),
        body=HYPHEN_SUBPOENA,
    )


# --- private parties ---------------------------------------------------------------------------------

CIVIL_SUBPOENA = """UNITED STATES DISTRICT COURT
for the District of Delaware

ACME ROBOTICS CORP., Plaintiff, v. JOHN DOE, Defendant.
Civil Action No. 1:22-cv-00871

SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS IN A CIVIL ACTION

To: Dueprocess Platform, Inc.

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: documents sufficient to show the subscriber name, e-mail address, and IP address logs for the account @acme_leaks.

Place: Smith & Jones LLP, 1000 N. King Street, Wilmington, DE 19801
Date and Time: July 15, 2022 10:00 AM

The provisions of Fed. R. Civ. P. 45(c), (d) and (e) are attached.

/s/ Daniel R. Smith
Daniel R. Smith, Attorney for Plaintiff
Smith & Jones LLP
"""


@spec(
    "13-civil-subpoena-law-firm",
    "Rule 45 civil subpoena from a law firm, DKIM-signed by its own domain: verified.",
    expect(
        process_type="SUBPOENA_CIVIL",
        statute="Fed. R. Civ. P. 45(c)",
        requester__name="Smith & Jones LLP",
        requester__kind="PRIVATE_PARTY",
        requester__email="dsmith@smithjones-law.com",
        requester__verified=True,
        requester__signer="Daniel R. Smith",
        requester__signer_title="Attorney for Plaintiff",
        targets=["acme_leaks"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        served_at="2022-06-20T14:30:00-04:00",
        return_by="2022-07-15T10:00:00-04:00",
        case_number="1:22-cv-00871",
        issuing_court="United States District Court for the District of Delaware",
        triage=False,
    ),
)
def _civil() -> bytes:
    return mail(
        sender="Daniel R. Smith <dsmith@smithjones-law.com>",
        subject="Subpoena - Acme Robotics v. Doe",
        date="Mon, 20 Jun 2022 14:30:00 -0400",
        message_id="<acme-doe-1@smithjones-law.com>",
        dkim_domain="smithjones-law.com",
        body="Please see the attached subpoena.",
        attachments=((text_pdf(CIVIL_SUBPOENA), "application", "pdf", "subpoena-acme.pdf"),),
    )


DMCA = """UNITED STATES DISTRICT COURT
for the Central District of California

In re DMCA Subpoena to Dueprocess Platform, Inc.
Misc. Case No. 2:23-mc-00045

SUBPOENA PURSUANT TO 17 U.S.C. § 512(h)

Harbor Media Law Group, on behalf of Harbor Studios LLC, has filed with the Clerk a copy of the notification of claimed infringement under 17 U.S.C. § 512(c)(3)(A), a proposed subpoena, and a sworn declaration.

You are commanded to disclose information sufficient to identify the alleged infringer operating the account @pirate_reels, including name, address, telephone number, and e-mail address, on or before September 1, 2023.

/s/ Laura Benitez
Laura Benitez, Deputy Clerk
"""


@spec(
    "14-dmca-512h",
    "DMCA § 512(h) subpoena issued by the clerk, sent by the copyright owner's law firm (MX pass).",
    expect(
        process_type="SUBPOENA_DMCA_512H",
        statute="17 U.S.C. § 512(h)",
        requester__name="Harbor Media Law Group",
        requester__kind="PRIVATE_PARTY",
        requester__email="dmca@harbormedialaw.com",
        requester__verified=True,
        requester__signer="Laura Benitez",
        requester__signer_title="Deputy Clerk",
        targets=["pirate_reels"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2023-08-14T09:00:00-07:00",
        return_by="2023-09-01T17:00:00-07:00",
        case_number="2:23-mc-00045",
        issuing_court="United States District Court for the Central District of California",
        triage=False,
    ),
)
def _dmca() -> bytes:
    return mail(
        sender="Harbor Media Law Group <dmca@harbormedialaw.com>",
        subject="DMCA 512(h) subpoena - pirate_reels",
        date="Mon, 14 Aug 2023 09:00:00 -0700",
        message_id="<dmca-45@harbormedialaw.com>",
        auth=ar("harbormedialaw.com"),
        body=DMCA,
    )


# --- foreign ------------------------------------------------------------------------------------------

UK_REQUEST = """Metropolitan Police Service
Cyber Crime Unit

Our ref: MPS/CY/2023/0412

Dear Sir or Madam,

We are investigating a series of fraud offences in London. We would be grateful if you could provide subscriber information and IP logs for the account @londonflats_deals for the period 01/02/2023 to 28/02/2023.

This request is made voluntarily under your published guidelines for law enforcement outside the United States.

Kind regards,

DC Sarah Thompson
Detective Constable
"""


@spec(
    "15-uk-police-request",
    "Voluntary request from the Metropolitan Police (police.uk): foreign, no treaty, dd/mm dates.",
    expect(
        process_type="FOREIGN_REQUEST",
        stated_purpose="a series of fraud offences in London",
        requester__name="Metropolitan Police Service",
        requester__kind="FOREIGN_GOVERNMENT",
        requester__country="GB",
        requester__email="sarah.thompson@met.police.uk",
        requester__verified=True,
        requester__signer="Sarah Thompson",
        requester__signer_title="Detective Constable",
        targets=["londonflats_deals"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        date_range={"start": "2023-02-01", "end": "2023-02-28"},
        served_at="2023-03-09T11:00:00+00:00",
        mechanism="NONE",
        case_number="MPS/CY/2023/0412",
        triage=False,
    ),
)
def _uk() -> bytes:
    return mail(
        sender="Sarah Thompson <sarah.thompson@met.police.uk>",
        subject="Request for data - MPS/CY/2023/0412",
        date="Thu, 09 Mar 2023 11:00:00 +0000",
        message_id="<mps-0412@met.police.uk>",
        auth=ar("met.police.uk"),
        body=UK_REQUEST,
    )


UK_OPO = """IN THE CROWN COURT AT SOUTHWARK

OVERSEAS PRODUCTION ORDER
made under the Crime (Overseas Production Orders) Act 2019, and served pursuant to the Agreement between the Government of the United Kingdom and the Government of the United States on Access to Electronic Data for the Purpose of Countering Serious Crime (the CLOUD Act Agreement)

Reference: NCA-OPO-2024-0093

Applicant: National Crime Agency

The respondent, Dueprocess Platform, Inc., must produce the stored content of the account @uk_arms_broker, namely the private messages and photos held for the account, within seven days of service of this order.

HHJ Alan Pryce
Judge
"""


@spec(
    "16-uk-overseas-production-order",
    "UK Overseas Production Order under the US-UK CLOUD Act agreement, as a PDF from nca.gov.uk.",
    expect(
        process_type="FOREIGN_REQUEST",
        statute="Crime (Overseas Production Orders) Act 2019",
        requester__name="National Crime Agency",
        requester__kind="FOREIGN_GOVERNMENT",
        requester__country="GB",
        requester__email="opo@nca.gov.uk",
        requester__verified=True,
        requester__signer="Alan Pryce",
        requester__signer_title="Judge",
        targets=["uk_arms_broker"],
        data_categories=["STORED_CONTENT"],
        served_at="2024-04-03T10:30:00+01:00",
        return_by="2024-04-10T17:00:00+01:00",
        mechanism="CLOUD_ACT_AGREEMENT",
        case_number="NCA-OPO-2024-0093",
        issuing_court="Crown Court at Southwark",
        triage=False,
    ),
)
def _opo() -> bytes:
    return mail(
        sender="NCA OPO Desk <opo@nca.gov.uk>",
        subject="Overseas Production Order NCA-OPO-2024-0093",
        date="Wed, 03 Apr 2024 10:30:00 +0100",
        message_id="<opo-93@nca.gov.uk>",
        auth=ar("nca.gov.uk"),
        body="Please find attached an Overseas Production Order for service.",
        attachments=((text_pdf(UK_OPO), "application", "pdf", "OPO.pdf"),),
    )


# --- real-time orders ---------------------------------------------------------------------------------

PEN_ORDER = """UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA

Case No. 1:24-mc-00019

ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE

Upon application of the United States under 18 U.S.C. § 3123, IT IS ORDERED that the Federal Bureau of Investigation may install and use a pen register and trap and trace device to record the dialing, routing, addressing, and signaling information of communications to and from the account @norfolk_dealer_77 for sixty days.

IT IS FURTHER ORDERED that Dueprocess Platform, Inc. shall not disclose the existence of this Order to the subscriber or any other person until June 30, 2024.

Dated: March 1, 2024

Hon. Lawrence Leonard
United States Magistrate Judge
"""


@spec(
    "17-pen-register-order",
    "Pen register / trap and trace order (§ 3123) with an NDO until a date; sent by the FBI (MX pass).",
    expect(
        process_type="PEN_REGISTER_ORDER",
        statute="18 U.S.C. § 3123",
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="norfolk.tech@fbi.gov",
        requester__verified=True,
        requester__signer="Lawrence Leonard",
        requester__signer_title="United States Magistrate Judge",
        targets=["norfolk_dealer_77"],
        data_categories=["REALTIME_METADATA"],
        served_at="2024-03-01T16:00:00-05:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at="2024-06-30T23:59:59-04:00",
        case_number="1:24-mc-00019",
        issuing_court="United States District Court for the Eastern District of Virginia",
        triage=False,
    ),
)
def _pen() -> bytes:
    return mail(
        sender="FBI Norfolk <norfolk.tech@fbi.gov>",
        subject="Pen/Trap Order 1:24-mc-00019",
        date="Fri, 01 Mar 2024 16:00:00 -0500",
        message_id="<pen-19@fbi.gov>",
        auth=ar("fbi.gov"),
        body="Order attached for immediate implementation.",
        attachments=((text_pdf(PEN_ORDER), "application", "pdf", "pen-trap-order.pdf"),),
    )


WIRETAP = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

Case No. 2:23-mj-04410

ORDER AUTHORIZING THE INTERCEPTION OF ELECTRONIC COMMUNICATIONS

Pursuant to 18 U.S.C. § 2518, the Drug Enforcement Administration is authorized to intercept the contents of electronic communications sent to and from the account @sonora_supply for a period not to exceed thirty days.

IT IS FURTHER ORDERED that the provider shall not disclose the existence of this Order until further order of the Court.

Hon. Susan Bolton
United States District Judge
"""


@spec(
    "18-wiretap-order",
    "Title III wiretap order (§ 2518) for DEA, indefinite NDO.",
    expect(
        process_type="WIRETAP_ORDER",
        statute="18 U.S.C. § 2518",
        requester__name="Drug Enforcement Administration",
        requester__kind="FEDERAL",
        requester__email="phoenix.t3@dea.gov",
        requester__verified=True,
        requester__signer="Susan Bolton",
        requester__signer_title="United States District Judge",
        targets=["sonora_supply"],
        data_categories=["REALTIME_CONTENT"],
        served_at="2023-10-05T09:00:00-07:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        case_number="2:23-mj-04410",
        issuing_court="United States District Court for the District of Arizona",
        triage=False,
    ),
)
def _wiretap() -> bytes:
    return mail(
        sender="DEA Phoenix <phoenix.t3@dea.gov>",
        subject="Title III order 2:23-mj-04410",
        date="Thu, 05 Oct 2023 09:00:00 -0700",
        message_id="<t3-4410@dea.gov>",
        auth=ar("dea.gov"),
        body="Please implement the attached order.",
        attachments=((text_pdf(WIRETAP), "application", "pdf", "order.pdf"),),
    )


# --- forwarded -----------------------------------------------------------------------------------------

FORWARDED = """FYI - this came to my personal inbox, forwarding to the legal process mailbox.

---------- Forwarded message ---------
From: Tom Byrne <tom.byrne@ice.dhs.gov>
Date: Tue, 14 Feb 2023 at 10:05
Subject: ICE Summons 23-HSI-1187
To: Lee Park <lee.park@dueprocess.local>

U.S. Immigration and Customs Enforcement
SUMMONS No. 23-HSI-1187

Under 19 U.S.C. § 1509 you are summoned to produce subscriber information (names, e-mail addresses, phone numbers) for the account @rgv_mutual_aid. Return date: March 1, 2023.

Tom Byrne
Special Agent
"""


@spec(
    "19-forwarded-inline",
    "An ICE summons forwarded inline by an employee: the original sender cannot be verified.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="19 U.S.C. § 1509",
        requester__name="U.S. Immigration and Customs Enforcement",
        requester__kind="FEDERAL",
        requester__email="tom.byrne@ice.dhs.gov",
        requester__verified=False,
        requester__signer="Tom Byrne",
        requester__signer_title="Special Agent",
        targets=["rgv_mutual_aid"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2023-02-14T10:05:00-05:00",
        return_by="2023-03-01T17:00:00-05:00",
        case_number="23-HSI-1187",
        triage=False,
    ),
)
def _forwarded() -> bytes:
    return mail(
        sender="Lee Park <lee.park@dueprocess.local>",
        subject="Fwd: ICE Summons 23-HSI-1187",
        date="Tue, 14 Feb 2023 15:30:00 -0500",
        message_id="<fwd-1187@dueprocess.local>",
        auth=ar("dueprocess.local"),
        body=FORWARDED,
    )


# --- formats and charsets -----------------------------------------------------------------------------

TEXAS_CID = """<html><body>
<p><b>OFFICE OF THE ATTORNEY GENERAL OF TEXAS</b><br>Consumer Protection Division</p>
<p><b>ADMINISTRATIVE SUBPOENA</b> (Civil Investigative Demand) under Tex. Bus. &amp; Com. Code &sect; 17.61</p>
<p>File No. CPD-2024-0331</p>
<p>You are required to produce the following records for the account <b>@lonestar_supplements</b>:
subscriber information, including names, mailing addresses, and means and source of payment.</p>
<p>Return date: May 15, 2024</p>
<p>Respectfully,<br>Megan Ortiz<br>Assistant Attorney General</p>
</body></html>"""


@spec(
    "20-html-only-state-ag",
    "HTML-only state administrative demand (Texas AG) citing a state statute.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="Tex. Bus. & Com. Code § 17.61",
        requester__name={"any_of": ["Office of the Attorney General of Texas", "Attorney General of Texas"]},
        requester__kind="STATE_LOCAL",
        requester__email="megan.ortiz@oag.texas.gov",
        requester__verified=True,
        requester__signer="Megan Ortiz",
        requester__signer_title="Assistant Attorney General",
        targets=["lonestar_supplements"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2024-04-22T08:00:00-05:00",
        return_by="2024-05-15T17:00:00-05:00",
        case_number="CPD-2024-0331",
    ),
)
def _texas() -> bytes:
    return mail(
        sender="Megan Ortiz <megan.ortiz@oag.texas.gov>",
        subject="Civil Investigative Demand CPD-2024-0331",
        date="Mon, 22 Apr 2024 08:00:00 -0500",
        message_id="<cpd-331@oag.texas.gov>",
        auth=ar("oag.texas.gov"),
        html=TEXAS_CID,
    )


GERMAN = """Polizeipräsidium München
Kriminalfachdezernat 12 - Cybercrime

Sehr geehrte Damen und Herren,

in an investigation of threats against a Munich journalist (Bedrohung, § 241 StGB) we kindly request subscriber information and IP logs for the account @muc_streetwear.

Mit freundlichen Grüßen

Jürgen Weiß
Kriminalhauptkommissar
"""


@spec(
    "21-german-police-latin1",
    "German police request in ISO-8859-1 (quoted-printable): umlauts, foreign requester.",
    expect(
        process_type="FOREIGN_REQUEST",
        requester__name="Polizeipräsidium München",
        requester__kind="FOREIGN_GOVERNMENT",
        requester__country="DE",
        requester__email="kfd12@polizei.bayern.de",
        requester__verified=True,
        requester__signer="Jürgen Weiß",
        requester__signer_title="Kriminalhauptkommissar",
        targets=["muc_streetwear"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        stated_purpose="threats against a Munich journalist",
        served_at="2023-05-11T14:20:00+02:00",
        mechanism="NONE",
        triage=False,
    ),
)
def _german() -> bytes:
    return mail(
        sender="Kriminalfachdezernat 12 <kfd12@polizei.bayern.de>",
        subject="Auskunftsersuchen / request for data",
        date="Thu, 11 May 2023 14:20:00 +0200",
        message_id="<kfd12-0511@polizei.bayern.de>",
        auth=ar("polizei.bayern.de"),
        body=GERMAN,
        charset="iso-8859-1",
    )


TRIAL = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF SACRAMENTO
THE PEOPLE OF THE STATE OF CALIFORNIA v. MARCUS HILL
Case No. 22FE004417

CRIMINAL SUBPOENA DUCES TECUM – TRIAL SUBPOENA

To: Custodian of Records, Dueprocess Platform, Inc.

YOU ARE ORDERED to appear at trial on November 14, 2022 at 8:30 a.m. in Department 61 and to bring the following records for the account associated with the e-mail address marcus.h1ll@yahoo.com: the subscriber’s name and address, and the “direct messages” sent by the account between May 1, 2022 and May 31, 2022.

Olivia Chang
Deputy District Attorney
Sacramento County District Attorney’s Office
"""


@spec(
    "22-trial-subpoena-cp1252",
    "A county DA's trial subpoena in windows-1252 with smart quotes and an en dash.",
    expect(
        process_type="SUBPOENA_TRIAL",
        requester__name={
            "any_of": ["Sacramento County District Attorney’s Office", "Sacramento County District Attorney's Office"]
        },
        requester__kind="STATE_LOCAL",
        requester__email="ochang@da.saccounty.gov",
        requester__verified=True,
        requester__signer="Olivia Chang",
        requester__signer_title="Deputy District Attorney",
        targets=["marcus.h1ll@yahoo.com"],
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        date_range={"start": "2022-05-01", "end": "2022-05-31"},
        served_at="2022-10-17T13:00:00-07:00",
        return_by="2022-11-14T08:30:00-08:00",
        case_number="22FE004417",
        issuing_court="Superior Court of California, County of Sacramento",
        triage=False,
    ),
)
def _trial() -> bytes:
    return mail(
        sender="Olivia Chang <ochang@da.saccounty.gov>",
        subject="Trial subpoena – People v. Hill",
        date="Mon, 17 Oct 2022 13:00:00 -0700",
        message_id="<22fe004417@da.saccounty.gov>",
        auth=ar("da.saccounty.gov"),
        body=TRIAL,
        charset="windows-1252",
    )


HHS_OIG = """Office of Inspector General, U.S. Department of Health and Human Services
INSPECTOR GENERAL SUBPOENA
Subpoena No. OIG-24-1120

Issued under 5 U.S.C. § 406(a)(4). You are required to produce subscriber information, including the names, addresses and phone numbers, for the account @medicare_claims_help, in connection with an investigation of health care fraud involving Séverine Dubois.

Return by June 3, 2024.

Richard Alvarez
Special Agent in Charge
"""


@spec(
    "23-mislabeled-charset",
    "An HHS-OIG subpoena whose body says UTF-8 but is Windows-1252 bytes (é): read anyway.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="5 U.S.C. § 406",
        requester__name={
            "any_of": [
                "Office of Inspector General, U.S. Department of Health and Human Services",
                "Office of Inspector General",
            ]
        },
        requester__kind="FEDERAL",
        requester__email="subpoenas@oig.hhs.gov",
        requester__verified=True,
        requester__signer="Richard Alvarez",
        requester__signer_title="Special Agent in Charge",
        targets=["medicare_claims_help"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose="health care fraud",
        served_at="2024-05-20T12:00:00-04:00",
        return_by="2024-06-03T17:00:00-04:00",
        case_number="OIG-24-1120",
        triage=False,
    ),
)
def _mislabeled() -> bytes:
    head = (
        f"Authentication-Results: {ar('oig.hhs.gov')}\r\nFrom: HHS-OIG Subpoenas <subpoenas@oig.hhs.gov>\r\n"
        f"To: {TO}\r\nSubject: OIG Subpoena OIG-24-1120\r\nDate: Mon, 20 May 2024 12:00:00 -0400\r\n"
        "Message-ID: <oig-24-1120@oig.hhs.gov>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("ascii") + HHS_OIG.replace("\n", "\r\n").encode("cp1252")


# --- scans, broken and hostile ---------------------------------------------------------------------------


@spec(
    "24-scan-image-only-pdf",
    "A faxed search warrant as an image-only PDF: a triage case (no OCR).",
    expect(
        process_type="SEARCH_WARRANT",
        requester__name="Harris County Sheriff's Office",
        requester__kind="STATE_LOCAL",
        requester__email="warrants@hcso.hctx.net",
        requester__verified=False,
        served_at="2022-01-11T09:30:00-06:00",
        triage=True,
        triage_contains="image-only",
    ),
)
def _scan() -> bytes:
    return mail(
        sender="HCSO Warrants <warrants@hcso.hctx.net>",
        subject="Search warrant (scan)",
        date="Tue, 11 Jan 2022 09:30:00 -0600",
        message_id="<scan-1@hcso.hctx.net>",
        auth=ar("hcso.hctx.net"),
        body="Please see the attached search warrant.\n\nHarris County Sheriff's Office\nWarrant Division",
        attachments=((scan_pdf(pages=2), "application", "pdf", "warrant-scan.pdf"),),
    )


@spec(
    "25-fax-tiff",
    "A fax arriving as a TIFF image with a one-line body: a triage case.",
    expect(
        process_type="UNKNOWN",
        requester__name={"any_of": ["Fax Gateway", "fax@efax-relay.example.net"]},
        requester__kind="PRIVATE_PARTY",
        requester__country=None,
        requester__email="fax@efax-relay.example.net",
        requester__verified=False,
        served_at="2021-06-30T17:45:00-04:00",
        triage=True,
        triage_contains="image",
    ),
)
def _fax() -> bytes:
    tiff = b"II*\x00" + bytes(range(256)) * 160
    return mail(
        sender="Fax Gateway <fax@efax-relay.example.net>",
        subject="Fax from +1 713 555 0100 (3 pages)",
        date="Wed, 30 Jun 2021 17:45:00 -0400",
        message_id="<fax-99@efax-relay.example.net>",
        body="You have received a 3 page fax.",
        attachments=((tiff, "image", "tiff", "fax-3pages.tif"),),
    )


@spec(
    "26-malformed-mime",
    "Broken MIME: no closing boundary, a bad base64 part, junk headers; the readable part is used.",
    expect(
        process_type="PRESERVATION_REQUEST",
        statute="18 U.S.C. § 2703(f)",
        requester__name="Tacoma Police Department",
        requester__kind="STATE_LOCAL",
        requester__email="records@cityoftacoma.org",
        requester__verified=False,
        requester__signer="Ana Ruiz",
        requester__signer_title="Detective",
        targets=["tacoma_nights"],
        served_at="2023-12-01T10:00:00-08:00",
        triage=False,
    ),
)
def _malformed() -> bytes:
    return (
        b"From: Tacoma PD Records <records@cityoftacoma.org>\r\n"
        b"To: legal-process@dueprocess.local\r\nSubject: =?utf-8?B?UHJlc2VydmF0aW9u?= =?bogus?Q?x?=\r\n"
        b"Date: Fri, 01 Dec 2023 10:00:00 -0800\r\nMessage-ID: <broken-1@cityoftacoma.org>\r\n"
        b"X-Junk: \x00\x01\x02\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Tacoma Police Department\r\n\r\nPreservation request under 18 U.S.C. 2703(f): please preserve all records for "
        b"the account @tacoma_nights for 90 days.\r\n\r\nSincerely,\r\nAna Ruiz\r\nDetective\r\n"
        b'--XYZ\r\nContent-Type: application/octet-stream; name="notes.bin"\r\nContent-Transfer-Encoding: base64\r\n'
        b"Content-Disposition: inline\r\n\r\n!!!not*base64###\r\n"
        b"--XYZ\r\nContent-Type: text/plain\r\n\r\ntrailing part without a closing boundary"
    )


@spec(
    "27-corrupt-pdf",
    "A 'subpoena.pdf' that is a truncated, corrupt PDF: a triage case; the body is still read.",
    expect(
        process_type="SUBPOENA_GRAND_JURY",
        requester__name={"any_of": ["U.S. Department of Justice", "United States Attorney's Office"]},
        requester__kind="FEDERAL",
        requester__email="usaedpa.gj@usdoj.gov",
        requester__verified=True,
        targets=["philly_sneaks"],
        served_at="2020-02-03T12:00:00-05:00",
        triage=True,
        triage_contains="could not be read",
    ),
)
def _corrupt() -> bytes:
    broken = text_pdf("GRAND JURY SUBPOENA " * 40)[:300] + b"\x00garbage"
    return mail(
        sender="USAO EDPA <usaedpa.gj@usdoj.gov>",
        subject="Grand jury subpoena",
        date="Mon, 03 Feb 2020 12:00:00 -0500",
        message_id="<gj-edpa-7@usdoj.gov>",
        auth=ar("usdoj.gov"),
        body="Attached is a grand jury subpoena for records of the account @philly_sneaks.\n\n"
        "U.S. Department of Justice",
        attachments=((broken, "application", "pdf", "subpoena.pdf"),),
    )


HOSTILE_BODY = """TRIAL SUBPOENA
Superior Court of Washington for King County
State of Washington v. Kyle Brandt, Case No. 23-1-01234-5 SEA

To the custodian of records: you are commanded to produce, for the account @kb_racing, the subscriber name, e-mail address and IP address logs, at trial on February 12, 2024 at 9:00 a.m.

Rita Moreno Law Offices PLLC
Rita Moreno
Attorney for Defendant
"""


@spec(
    "28-hostile-attachments",
    "A subpoena in the body with an .exe, a path-traversal file name and a script: stored, never run; triage.",
    expect(
        process_type="SUBPOENA_TRIAL",
        requester__name="Rita Moreno Law Offices PLLC",
        requester__kind="PRIVATE_PARTY",
        requester__email="rita@morenodefense.com",
        requester__verified=False,
        requester__signer="Rita Moreno",
        requester__signer_title="Attorney for Defendant",
        targets=["kb_racing"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        served_at="2024-01-22T15:00:00-08:00",
        return_by="2024-02-12T09:00:00-08:00",
        case_number="23-1-01234-5",
        issuing_court="Superior Court of Washington for King County",
        triage=True,
        triage_contains="not read automatically",
    ),
)
def _hostile() -> bytes:
    exe = b"MZ\x90\x00" + b"\x00" * 2000
    return mail(
        sender="Rita Moreno <rita@morenodefense.com>",
        subject="Trial subpoena - State v. Brandt",
        date="Mon, 22 Jan 2024 15:00:00 -0800",
        message_id="<brandt-1@morenodefense.com>",
        body=HOSTILE_BODY,
        attachments=(
            (exe, "application", "x-msdownload", "invoice.exe"),
            (b"root:x:0:0:root:/root:/bin/bash\n", "application", "octet-stream", "../../../etc/passwd"),
            (b"<script>fetch('https://evil.example')</script>", "application", "javascript", "run.js"),
        ),
    )


@spec(
    "29-empty-message",
    "No subject, no body, no attachment: kept as a triage case.",
    expect(
        process_type="UNKNOWN",
        requester__name={"any_of": ["nobody@example.org"]},
        requester__kind="PRIVATE_PARTY",
        requester__country=None,
        requester__email="nobody@example.org",
        requester__verified=False,
        served_at="2024-03-03T03:03:00+00:00",
        triage=True,
        triage_contains="no readable text",
    ),
)
def _empty() -> bytes:
    return (
        b"From: nobody@example.org\r\nTo: legal-process@dueprocess.local\r\nDate: Sun, 03 Mar 2024 03:03:00 +0000\r\n"
        b"Message-ID: <empty-1@example.org>\r\n\r\n"
    )


@spec(
    "30-not-legal-process",
    "A marketing e-mail to the mailbox: UNKNOWN, kept as a triage case, never dropped.",
    expect(
        process_type="UNKNOWN",
        requester__name={"any_of": ["Cloud Storage Deals"]},
        requester__kind="PRIVATE_PARTY",
        requester__country=None,
        requester__email="news@deals.example.com",
        requester__verified=False,
        served_at="2024-05-05T05:05:00+00:00",
        triage=True,
        triage_contains="kind of legal process",
    ),
)
def _spam() -> bytes:
    return mail(
        sender="Cloud Storage Deals <news@deals.example.com>",
        subject="50% off storage this week!",
        date="Sun, 05 May 2024 05:05:00 +0000",
        message_id="<promo-5@deals.example.com>",
        body="Upgrade your storage plan today and save 50%. Unsubscribe at any time.",
        html="<html><body><h1>50% off!</h1><p>Upgrade your storage plan today.</p></body></html>",
    )


# --- authentication cases --------------------------------------------------------------------------------

ICE_SUMMONS = """U.S. Immigration and Customs Enforcement
Homeland Security Investigations
SUMMONS
Summons No. HSI-SA-2022-0210

Issued under Title 19, United States Code, Section 1509.

Produce the subscriber information (user names, e-mail addresses, phone numbers) for the account https://twitter.com/border_watch_tx.

Return date: August 15, 2022

Sincerely,
Carlos Mendez
Special Agent in Charge
"""


@spec(
    "31-ice-summons-dkim-direct",
    "ICE summons DKIM-signed by ice.dhs.gov, no MX header: intake verifies DKIM itself.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="19 U.S.C. § 1509",
        requester__name="U.S. Immigration and Customs Enforcement",
        requester__kind="FEDERAL",
        requester__email="c.mendez@ice.dhs.gov",
        requester__verified=True,
        requester__signer="Carlos Mendez",
        requester__signer_title="Special Agent in Charge",
        targets=["border_watch_tx"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2022-08-01T10:00:00-05:00",
        return_by="2022-08-15T17:00:00-05:00",
        case_number="HSI-SA-2022-0210",
        triage=False,
    ),
)
def _ice_dkim() -> bytes:
    return mail(
        sender="Carlos Mendez <c.mendez@ice.dhs.gov>",
        subject="HSI Summons HSI-SA-2022-0210",
        date="Mon, 01 Aug 2022 10:00:00 -0500",
        message_id="<hsi-0210@ice.dhs.gov>",
        dkim_domain="ice.dhs.gov",
        body=ICE_SUMMONS,
    )


FEDERAL_WARRANT = """UNITED STATES DISTRICT COURT
for the District of Columbia

In the Matter of the Search of Information Associated with the Account @capitol_signal_22
Case No. 1:22-sw-00101

SEARCH AND SEIZURE WARRANT

To any authorized law enforcement officer: an application by a federal law enforcement officer requests the search of the following property, pursuant to 18 U.S.C. § 2703 and Fed. R. Crim. P. 41: the contents of all direct messages and photos, and subscriber information, for the account @capitol_signal_22 from January 1, 2022 to February 28, 2022.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the provider shall not disclose the existence of this warrant for a period of one hundred eighty (180) days from the date of this order.

Dated: March 3, 2022

Hon. Zia Faruqui
United States Magistrate Judge
"""


@spec(
    "32-federal-warrant-180-day-ndo",
    "Federal search warrant with a § 2705(b) NDO for 180 days from the order's date; FBI, MX pass.",
    expect(
        process_type="SEARCH_WARRANT",
        statute={"any_of": ["Fed. R. Crim. P. 41", "18 U.S.C. § 2703"]},
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="wfo.cyber@fbi.gov",
        requester__verified=True,
        requester__signer="Zia Faruqui",
        requester__signer_title="United States Magistrate Judge",
        targets=["capitol_signal_22"],
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        date_range={"start": "2022-01-01", "end": "2022-02-28"},
        served_at="2022-03-04T09:15:00-05:00",
        nondisclosure__present=True,
        nondisclosure__kind="COURT_ORDER_2705B",
        nondisclosure__expires_at="2022-08-30T23:59:59-04:00",
        case_number="1:22-sw-00101",
        issuing_court="United States District Court for the District of Columbia",
        triage=False,
    ),
)
def _federal_warrant() -> bytes:
    return mail(
        sender="FBI Washington Field Office <wfo.cyber@fbi.gov>",
        subject="Search warrant 1:22-sw-00101",
        date="Fri, 04 Mar 2022 09:15:00 -0500",
        message_id="<sw-101@fbi.gov>",
        auth=ar("fbi.gov"),
        body="Federal Bureau of Investigation, Washington Field Office. Warrant attached.",
        attachments=((text_pdf(FEDERAL_WARRANT), "application", "pdf", "warrant-1-22-sw-00101.pdf"),),
    )


FREEMAIL_CIVIL = """Re: Subpoena in Nguyen v. Does 1-5, Case No. 24-cv-1550 (Superior Court)

Please produce the subscriber name, e-mail address and phone number for the account @anon_reviewer_5 by June 20, 2024. A subpoena under Fed. R. Civ. P. 45 will be provided on request.

Kevin Tran, Esq.
Attorney for Plaintiff
Tran Legal Group LLP
"""


@spec(
    "33-law-firm-from-freemail",
    "A civil 'subpoena' from a law firm's name but a Gmail address: not verified.",
    expect(
        process_type="SUBPOENA_CIVIL",
        statute="Fed. R. Civ. P. 45",
        requester__name="Tran Legal Group LLP",
        requester__kind="PRIVATE_PARTY",
        requester__email="kevin.tran.esq@gmail.com",
        requester__verified=False,
        requester__signer="Kevin Tran",
        requester__signer_title="Attorney for Plaintiff",
        targets=["anon_reviewer_5"],
        data_categories=["BASIC_SUBSCRIBER"],
        served_at="2024-06-06T18:00:00-07:00",
        return_by="2024-06-20T17:00:00-07:00",
        case_number="24-cv-1550",
        triage=False,
    ),
)
def _freemail_civil() -> bytes:
    return mail(
        sender="Kevin Tran <kevin.tran.esq@gmail.com>",
        subject="Subpoena - Nguyen v. Does",
        date="Thu, 06 Jun 2024 18:00:00 -0700",
        message_id="<CAK9@mail.gmail.com>",
        auth=ar("gmail.com"),
        body=FREEMAIL_CIVIL,
    )


@spec(
    "34-dkim-tampered",
    "The seed summons DKIM-signed by cbp.dhs.gov, then altered in transit: DKIM fails, not verified.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="19 U.S.C. § 1509",
        requester__name="U.S. Customs and Border Protection",
        requester__kind="FEDERAL",
        requester__email="agent@cbp.dhs.gov",
        requester__verified=False,
        requester__signer="Adam Hoffman",
        requester__signer_title="Special Agent in Charge",
        targets=["ALT_USCIS"],
        data_categories=["BASIC_SUBSCRIBER"],
        stated_purpose="Identify the person or persons operating",
        served_at="2017-03-14T14:02:00-04:00",
        return_by="2017-03-13T11:45:00-04:00",
        case_number="2017-0001",
        triage=False,
    ),
)
def _tampered() -> bytes:
    raw = seed_message(message_id="<summons-2017-0001-tampered@cbp.dhs.gov>", auth=None, dkim_domain="cbp.dhs.gov")
    return raw.replace(b"Please find attached a summons", b"Please find attached a SUMMONS")


FBI_PRESERVATION = """Federal Bureau of Investigation
Preservation letter under 18 U.S.C. § 2703(f)

Please preserve the records of the account @signal_fire_99, including subscriber information and the contents of all messages, for 90 days.

Sincerely,
Greg Olsen
Special Agent
"""


@spec(
    "35-untrusted-authentication-results",
    "An 'FBI' preservation letter carrying a pass from an untrusted authserv-id, no DKIM: not verified.",
    expect(
        process_type="PRESERVATION_REQUEST",
        statute="18 U.S.C. § 2703(f)",
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="g.olsen@fbi.gov",
        requester__verified=False,
        requester__signer="Greg Olsen",
        requester__signer_title="Special Agent",
        targets=["signal_fire_99"],
        data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        served_at="2023-11-11T11:11:00-05:00",
        triage=False,
    ),
)
def _untrusted() -> bytes:
    return mail(
        sender="Greg Olsen <g.olsen@fbi.gov>",
        subject="Preservation request",
        date="Sat, 11 Nov 2023 11:11:00 -0500",
        message_id="<pres-9@fbi.gov>",
        auth=ar("fbi.gov", authserv="mx.attacker.example"),
        body=FBI_PRESERVATION,
    )


FBI_EMERGENCY = """Federal Bureau of Investigation
EMERGENCY DISCLOSURE REQUEST (18 U.S.C. § 2702(b)(8))

Target account: @harbor_hostage_cam

Nature of the emergency: An adult male is holding two hostages in a residence in Toledo, Ohio, and is livestreaming threats to kill them from this account. Disclosure of the account's subscriber information and recent IP logs is needed to locate him.

Megan Price
Supervisory Special Agent
"""


@spec(
    "36-fbi-emergency-verified",
    "A genuine FBI emergency request (MX pass for fbi.gov): verified sender, still to be confirmed out of band.",
    expect(
        process_type="EMERGENCY_REQUEST",
        statute="18 U.S.C. § 2702(b)(8)",
        requester__name="Federal Bureau of Investigation",
        requester__kind="FEDERAL",
        requester__email="toledo.ops@fbi.gov",
        requester__verified=True,
        requester__signer="Megan Price",
        requester__signer_title="Supervisory Special Agent",
        targets=["harbor_hostage_cam"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        served_at="2024-02-02T20:20:00-05:00",
        stated_purpose="to locate him",
        emergency={"narrative_contains": "holding two hostages"},
        triage=False,
    ),
)
def _fbi_emergency() -> bytes:
    return mail(
        sender="FBI Toledo <toledo.ops@fbi.gov>",
        subject="EMERGENCY REQUEST - hostage situation",
        date="Fri, 02 Feb 2024 20:20:00 -0500",
        message_id="<edr-toledo-1@fbi.gov>",
        auth=ar("fbi.gov"),
        body=FBI_EMERGENCY,
    )


DEA_INNER = """Drug Enforcement Administration
ADMINISTRATIVE SUBPOENA under 21 U.S.C. § 876

Produce subscriber information and IP address logs for the account @cartel_courier_mx, from October 1, 2023 to December 31, 2023.

Return by January 19, 2024.

Nina Alvarado
Diversion Investigator
"""


@spec(
    "37-forward-as-attachment",
    "A DEA subpoena forwarded as an attached message (message/rfc822): read from the inner message, not verified.",
    expect(
        process_type="SUBPOENA_ADMINISTRATIVE",
        statute="21 U.S.C. § 876",
        requester__name="Drug Enforcement Administration",
        requester__kind="FEDERAL",
        requester__email="n.alvarado@dea.gov",
        requester__verified=False,
        requester__signer="Nina Alvarado",
        requester__signer_title="Diversion Investigator",
        targets=["cartel_courier_mx"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        date_range={"start": "2023-10-01", "end": "2023-12-31"},
        served_at="2024-01-05T09:00:00-06:00",
        return_by="2024-01-19T17:00:00-06:00",
        triage=False,
    ),
)
def _forward_attachment() -> bytes:
    inner = EmailMessage(policy=SMTP)
    inner["From"] = "Nina Alvarado <n.alvarado@dea.gov>"
    inner["To"] = "support@dueprocess.local"
    inner["Subject"] = "Administrative subpoena"
    inner["Date"] = "Fri, 05 Jan 2024 09:00:00 -0600"
    inner["Message-ID"] = "<inner-876@dea.gov>"
    inner.set_content(DEA_INNER)
    outer = EmailMessage(policy=SMTP)
    outer["Authentication-Results"] = ar("dueprocess.local")
    outer["From"] = "Support Desk <support@dueprocess.local>"
    outer["To"] = TO
    outer["Subject"] = "Fwd: Administrative subpoena"
    outer["Date"] = "Fri, 05 Jan 2024 11:30:00 -0600"
    outer["Message-ID"] = "<fwd-att-1@dueprocess.local>"
    outer.set_content("Forwarding the attached message received by the support desk.")
    outer.add_attachment(inner)
    return outer.as_bytes()


MULTI = """UNITED STATES DISTRICT COURT
for the Western District of Washington

SUBPOENA TO TESTIFY BEFORE A GRAND JURY
Subpoena No. GJ-24-0777

Bring the following records: subscriber information and IP address logs for the accounts @alpha_one and @beta_two, the account with user ID 5550001234, and the account associated with the e-mail address gamma3@outlook.com, for the period March 1, 2024 through March 31, 2024.

Date and Time: May 2, 2024 9:00 a.m.

Sarah Kim
Assistant United States Attorney
"""


@spec(
    "38-many-targets",
    "Grand jury subpoena naming handles, a numeric id and an e-mail address.",
    expect(
        process_type="SUBPOENA_GRAND_JURY",
        requester__name={"any_of": ["U.S. Department of Justice", "United States Attorney's Office"]},
        requester__kind="FEDERAL",
        requester__email="sarah.kim@usdoj.gov",
        requester__verified=True,
        requester__signer="Sarah Kim",
        requester__signer_title="Assistant United States Attorney",
        targets=["alpha_one", "beta_two", "5550001234", "gamma3@outlook.com"],
        data_categories=["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
        date_range={"start": "2024-03-01", "end": "2024-03-31"},
        served_at="2024-04-08T10:00:00-07:00",
        return_by="2024-05-02T09:00:00-07:00",
        case_number="GJ-24-0777",
        issuing_court="United States District Court for the Western District of Washington",
        triage=False,
    ),
)
def _multi() -> bytes:
    return mail(
        sender="Sarah Kim <sarah.kim@usdoj.gov>",
        subject="GJ subpoena GJ-24-0777",
        date="Mon, 08 Apr 2024 10:00:00 -0700",
        message_id="<gj-24-0777@usdoj.gov>",
        auth=ar("usdoj.gov"),
        body="U.S. Department of Justice\n\nSubpoena attached.",
        attachments=((text_pdf(MULTI), "application", "pdf", "GJ-24-0777.pdf"),),
    )


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for item in SPECS:
        raw = item.build()
        (folder / f"{item.name}.eml").write_bytes(raw)
        expected = {"description": item.description, "fields": item.expected}
        (folder / f"{item.name}.expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(folder / f"{item.name}.eml")
    return written


def public_key_record() -> bytes:
    return b"v=DKIM1; k=rsa; p=" + (HERE / "keys" / "corpus-dkim-test.pub.b64").read_bytes().strip()


if __name__ == "__main__":
    paths = build()
    print(f"wrote {len(paths)} messages to {HERE}", file=sys.stderr)
    _ = base64  # (kept for readers decoding attachments by hand)

"""United States (part 3): a reply quoting earlier mail, and senders whose authenticity fails."""

from __future__ import annotations

from tests.corpus.blind_holdout._kit import Message, any_of, build, served, when


def ohio_reply_with_date_range() -> Message:
    original = when(2026, 11, 4, 15, 12, 0, -5)
    date = when(2026, 11, 10, 11, 37, 52, -5)
    text = """\
Hi Jordan,

Sorry about that - the judge signed an amended order yesterday that fills in the date range:
August 1, 2026 through October 31, 2026. Everything else is unchanged. Amended para. 2 reads:

  "2. The records to be disclosed are limited to the period from August 1, 2026 through
   October 31, 2026."

Could you get the records to me by November 24? Thanks for catching it.

Brett

SA Brett Okafor
Bureau of Criminal Investigation | Cyber Crimes Unit
Office of the Ohio Attorney General
Office: 740-555-0193
brett.okafor@ohioattorneygeneral.gov

CONFIDENTIALITY: This e-mail may contain confidential law enforcement information.

On Mon, Nov 9, 2026 at 4:05 PM Legal Operations <legal-process@dueprocess.local> wrote:
> Dear SA Okafor,
>
> Thank you for the order below, received on November 4, 2026. Before we can process it,
> could you confirm the date range? Attachment A asks for "all IP logs" but no period is
> specified in the order itself.
>
> Kind regards,
> Jordan - Legal Operations
> Ref. LP-2026-10482
>
> On Wed, Nov 4, 2026 at 3:12 PM Brett Okafor <brett.okafor@ohioattorneygeneral.gov> wrote:
>> Good afternoon,
>>
>> Please find below an order from the Delaware County Court of Common Pleas for the account
>> @olentangy_otter.
>>
>> IN THE COURT OF COMMON PLEAS, DELAWARE COUNTY, OHIO
>> In re Application of the State of Ohio for an Order Pursuant to 18 U.S.C. § 2703(d)
>> Case No. 26-CRM-0917
>>
>> ORDER
>> Upon the application of the State of Ohio, the Court finds specific and articulable facts
>> showing reasonable grounds to believe that the records sought are relevant and material to
>> an ongoing criminal investigation of menacing by stalking (R.C. 2903.211). It is therefore
>> ORDERED that the provider disclose, for the account @olentangy_otter:
>>   1. subscriber name, address, e-mail addresses and telephone numbers;
>>   2. all IP logs, with dates and times of each login and logout.
>> It is further ORDERED, pursuant to 18 U.S.C. § 2705(b), that the provider not notify the
>> subscriber of this Order for one hundred eighty (180) days from the date of this Order.
>> Dated: November 3, 2026
>> /s/ Miriam S. Castellano, Judge
>>
>> Thanks,
>> SA Brett Okafor, Ohio BCI
"""
    return Message(
        "015-ohio-reply-quoting-earlier-mail",
        "Ohio BCI agent replies to the platform's question, quoting the thread: a state court 2703(d) order "
        "(served Nov 4) now given a date range; 180-day § 2705(b) order; DKIM-signed by ohioattorneygeneral.gov.",
        "en",
        "US",
        ("plain_text", "reply_quoted"),
        "REVIEW",
        build(
            "015",
            sender="Brett Okafor <brett.okafor@ohioattorneygeneral.gov>",
            subject="RE: [LP-2026-10482] Delaware County order - date range needed",
            date=date,
            message_id="<BCI-CCU-20261110-113752-okafor@ohioattorneygeneral.gov>",
            text=text,
            headers=(
                ("In-Reply-To", "<LP-2026-10482.2@dueprocess.local>"),
                (
                    "References",
                    "<BCI-CCU-20261104-1512-okafor@ohioattorneygeneral.gov> <LP-2026-10482.2@dueprocess.local>",
                ),
            ),
            dkim_domain="ohioattorneygeneral.gov",
        ),
        {
            "process_type": "COURT_ORDER_2703D",
            "statute": any_of("18 U.S.C. § 2703(d)", "18 U.S.C. § 2703"),
            "requester.name": any_of(
                "Ohio Bureau of Criminal Investigation",
                "Bureau of Criminal Investigation",
                "Ohio Attorney General's Bureau of Criminal Investigation",
                "Ohio Attorney General",
                "Ohio BCI",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "brett.okafor@ohioattorneygeneral.gov",
            "requester.verified": True,
            "requester.signer": any_of("Brett Okafor", "Miriam S. Castellano"),
            "requester.signer_title": any_of("Special Agent", "SA", "Judge"),
            "targets": ["olentangy_otter"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "menacing by stalking",
            "date_range": {"start": "2026-08-01", "end": "2026-10-31"},
            "served_at": any_of(served(original), served(date)),
            "return_by": "2026-11-24T17:00:00-05:00",
            "nondisclosure.present": True,
            "nondisclosure.kind": "COURT_ORDER_2705B",
            "nondisclosure.expires_at": any_of("2027-05-02T23:59:59-05:00", "2027-05-02T23:59:59-04:00"),
            "case_number": any_of("26-CRM-0917", "Case No. 26-CRM-0917"),
            "issuing_court": any_of(
                "Court of Common Pleas, Delaware County, Ohio",
                "Delaware County Court of Common Pleas",
                "Court of Common Pleas of Delaware County, Ohio",
                "In the Court of Common Pleas, Delaware County, Ohio",
            ),
        },
        "ohioattorneygeneral.gov",
    )


def montana_freemail_sheriff() -> Message:
    date = when(2026, 11, 19, 18, 55, 2, -7)
    text = """\
hello

this is Deputy Cody Ralston with the Pondera County Sheriffs Office in Conrad, Montana. We have a
subpoena from the county attorney for the following info on the account @bigsky_cowgirl_88 - full
name, phone number, email, home address and the IP address used to create the account.

our county email is down so please send it ASAP to this email address. i can fax the subpoena
over if you need it but we need this tonight if at all possible. its for an ongoing case

Thanks
Dep. Cody Ralston
Pondera County Sheriff's Office
(406) 555-0147
"""
    return Message(
        "016-montana-freemail-sheriff",
        "A 'deputy' writing from a Gmail address demands subscriber data under an unattached county attorney "
        "'subpoena' and asks for the answer at the free-mail address: unverifiable and of unclear process type.",
        "en",
        "US",
        ("plain_text",),
        "TRIAGE",
        build(
            "016",
            sender='"Pondera Co Sheriff" <ponderaco.sheriffs.dept.dispatch@gmail.com>',
            subject="Subpoena request URGENT",
            date=date,
            message_id="<CAHx8Kq0pcso.7731.ralston@mail.gmail.com>",
            text=text,
            dkim_domain="gmail.com",
        ),
        {
            "process_type": any_of("UNKNOWN", "SUBPOENA_ADMINISTRATIVE"),
            "requester.name": any_of("Pondera County Sheriff's Office", "Pondera County Sheriff"),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "ponderaco.sheriffs.dept.dispatch@gmail.com",
            "requester.verified": False,
            "requester.signer": "Cody Ralston",
            "requester.signer_title": any_of("Deputy", "Dep."),
            "targets": ["bigsky_cowgirl_88"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": served(date),
        },
        "gmail.com",
    )


def montana_lookalike_domain() -> Message:
    date = when(2026, 11, 24, 13, 20, 45, -7)
    text = """\
URGENT - SEARCH WARRANT - RESPONSE REQUIRED

To the Custodian of Records,

The Montana Department of Justice, Division of Criminal Investigation, serves the following search
warrant issued by the Montana Eleventh Judicial District Court, Flathead County:

  Warrant / DCI case no.:  DCI 26-0712
  Account:                 @flathead_fisher
  Offense:                 Sexual abuse of children, Mont. Code Ann. § 45-5-625
  Records:                 all subscriber information (name, address, phone, e-mail) and the
                           contents of all private messages
  Period:                  10/01/2026 to 11/23/2026
  Return:                  December 1, 2026

Failure to respond by the return date may result in contempt proceedings. Reply to this e-mail
with the records; do not use your online portal for this request.

Agent Shane McCullough
Division of Criminal Investigation
Montana Department of Justice
2225 11th Avenue, Helena, MT 59601
"""
    return Message(
        "017-montana-lookalike-domain",
        "Search warrant claimed by the Montana DOJ but sent from a look-alike domain (dojmt-gov.com, not the "
        "real dojmt.gov); DKIM passes for the look-alike only, so the requester is not verified.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "017",
            sender='"MT DOJ - DCI" <s.mccullough@dojmt-gov.com>',
            subject="URGENT: Search Warrant DCI 26-0712 - @flathead_fisher",
            date=date,
            message_id="<20261124202045.dci260712@dojmt-gov.com>",
            text=text,
            dkim_domain="dojmt-gov.com",
        ),
        {
            "process_type": "SEARCH_WARRANT",
            "requester.name": any_of(
                "Montana Department of Justice",
                "Montana Department of Justice, Division of Criminal Investigation",
                "Division of Criminal Investigation",
            ),
            "requester.kind": "STATE_LOCAL",
            "requester.email": "s.mccullough@dojmt-gov.com",
            "requester.verified": False,
            "requester.signer": "Shane McCullough",
            "requester.signer_title": "Agent",
            "targets": ["flathead_fisher"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": "sexual abuse of children",
            "date_range": {"start": "2026-10-01", "end": "2026-11-23"},
            "served_at": served(date),
            "return_by": "2026-12-01T17:00:00-07:00",
            "case_number": any_of("DCI 26-0712", "26-0712"),
            "issuing_court": any_of(
                "Montana Eleventh Judicial District Court, Flathead County",
                "Montana Eleventh Judicial District Court",
                "Eleventh Judicial District Court, Flathead County",
            ),
        },
        "dojmt-gov.com",
    )


def irs_summons_from_town_domain() -> Message:
    date = when(2026, 11, 16, 9, 45, 30, -6)
    text = """\
Good morning,

Please accept service of the summons below. I'm working out of the Town of Lahoma office this month
while on detail to a local task force, so please use this address.

Internal Revenue Service - Criminal Investigation
SUMMONS (Form 2039)

In the matter of: Dale R. Whitford, Enid, Oklahoma
Periods: calendar years 2024 and 2025

The Commissioner of Internal Revenue, to: Custodian of Records

You are hereby summoned and required, under 26 U.S.C. § 7602, to appear before Special Agent Kendra
L. Stroud, an officer of the Internal Revenue Service, to give testimony and to bring with you and
produce for examination the following books, records, papers and other data relating to the tax
liability of the person identified above for the periods shown:

  For the account "okie_flipper_cars": the name, address, telephone numbers and e-mail addresses on
  file, and all records of sales listings, payments received and payouts made through the platform,
  for the period January 1, 2024 through December 31, 2025.

Place and time for appearance: 55 N. Robinson Ave., Oklahoma City, OK 73102, on December 14, 2026
at 10:00 AM. Records mailed or e-mailed before that date will be accepted in lieu of appearance.

Issued under authority of the Internal Revenue Code this 16th day of November, 2026.

Kendra L. Stroud
Special Agent
IRS Criminal Investigation, Oklahoma City
(405) 555-0181
"""
    return Message(
        "018-irs-summons-under-town-domain",
        "IRS § 7602 summons sent from a small Oklahoma town's .gov domain: DKIM passes for lahoma.gov, but the "
        "named requester (IRS) belongs to another government, so it is not verified; two-year range.",
        "en",
        "US",
        ("plain_text",),
        "REVIEW",
        build(
            "018",
            sender="Kendra Stroud <kstroud@lahoma.gov>",
            subject="IRS Summons - okie_flipper_cars",
            date=date,
            message_id="<lahoma-20261116-0945-ks@lahoma.gov>",
            text=text,
            dkim_domain="lahoma.gov",
        ),
        {
            "process_type": "SUBPOENA_ADMINISTRATIVE",
            "statute": any_of("26 U.S.C. § 7602", "26 U.S.C. 7602"),
            "requester.name": any_of(
                "Internal Revenue Service",
                "IRS",
                "Internal Revenue Service - Criminal Investigation",
                "IRS Criminal Investigation",
            ),
            "requester.kind": "FEDERAL",
            "requester.email": "kstroud@lahoma.gov",
            "requester.verified": False,
            "requester.signer": "Kendra L. Stroud",
            "requester.signer_title": "Special Agent",
            "targets": ["okie_flipper_cars"],
            "data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            "stated_purpose": "tax liability",
            "date_range": {"start": "2024-01-01", "end": "2025-12-31"},
            "served_at": served(date),
            "return_by": "2026-12-14T10:00:00-06:00",
        },
        "lahoma.gov",
    )


MESSAGES = (
    ohio_reply_with_date_range,
    montana_freemail_sheriff,
    montana_lookalike_domain,
    irs_summons_from_town_domain,
)

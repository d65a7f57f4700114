"""Mail that is not legal process (newsletters full of legal words, automatic replies, takedown
notices, complaints, spam) is held with NOT_LEGAL_PROCESS and nothing is invented for it; a
demand that merely mentions such things is still read as a demand."""

from __future__ import annotations

import pytest

from shared.vocabulary import ProcessType
from tests.unit.intake.extraction_helpers import read_mail

NEWSLETTER = """LAW ENFORCEMENT RESPONSE MONTHLY — December edition

This month: how platforms answer a 2703(d) order, why a search warrant for stored content needs
probable cause, and what a nondisclosure order under 18 U.S.C. § 2705(b) means for user notice.
Our webinar walks through a grand jury subpoena for subscriber information of @sample_account.

Register now: seats are limited.

You are receiving this because you subscribed at compliance-weekly.example.
Unsubscribe | Manage preferences
"""

AUTO_REPLY = """Thank you for your message. I am currently out of the office with limited access to e-mail
and will respond upon my return on January 4. For urgent matters contact the duty desk.
"""

TAKEDOWN = """To the designated copyright agent:

I am the owner of the photographs posted without permission at https://x.com/copycat_gallery.
This is a notice of copyright infringement under the DMCA. Please remove or disable access to the
infringing material.

I have a good faith belief that the use of the material is not authorized by the copyright owner,
and under penalty of perjury I am authorized to act on behalf of the owner.

Jane Photographer
"""

COMPLAINT = """Hello,

My account was hacked yesterday and I cannot log in anymore. Someone changed my e-mail and is
posting spam from @my_real_name. I want to report this and get my account back. Please help!

Sam
"""

SPAM = """Dear friend, claim your prize today! Our crypto investment opportunity offers guaranteed returns.
Act now: limited-time offer for the legal department of your company.
"""


@pytest.mark.parametrize(
    ("body", "sender", "subject", "headers"),
    [
        (NEWSLETTER, "Compliance Weekly <news@compliance-weekly.example>", "Your December briefing", ()),
        (
            NEWSLETTER.replace("Unsubscribe | Manage preferences", ""),
            "Compliance Weekly <news@compliance-weekly.example>",
            "Your December briefing",
            (("List-Unsubscribe", "<mailto:leave@compliance-weekly.example>"),),
        ),
        (AUTO_REPLY, "Det. Ann Cole <acole@elkgrove.gov>", "Automatic reply: Grand jury subpoena 26-114", ()),
        (TAKEDOWN, "Jane Photographer <jane@photos.example>", "DMCA notice", ()),
        (COMPLAINT, "Sam <sam.r@gmail.com>", "HELP account hacked", ()),
        (SPAM, "Winner <promo@lucky-draw.example>", "You have won", ()),
    ],
    ids=["newsletter", "newsletter-by-headers", "auto-reply", "takedown-notice", "complaint", "spam"],
)
def test_mail_that_is_not_legal_process_is_held_as_such_with_nothing_invented(
    body: str, sender: str, subject: str, headers: tuple[tuple[str, str], ...]
) -> None:
    extraction = read_mail(body, sender=sender, subject=subject, headers=headers)
    case = extraction.case
    assert "NOT_LEGAL_PROCESS" in [r.held_code for r in extraction.triage]
    assert case.process_type is ProcessType.UNKNOWN
    assert case.targets == [] and case.data_categories == []
    assert not case.nondisclosure.present and case.return_by is None and case.emergency is None
    assert extraction.evidence["legal_process"].value is False
    assert case.requester.email == sender.split("<")[1].rstrip(">")


DEMAND = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF OREGON

SUBPOENA TO PRODUCE DOCUMENTS UNDER 17 U.S.C. § 512(h)

To: Platform, Inc., designated agent

YOU ARE COMMANDED to produce information sufficient to identify the user of the account
@copycat_gallery, namely the name, address, telephone number and e-mail address on file.

The notification that accompanies this subpoena reads:
"This is a notice of copyright infringement under the DMCA. Please remove or disable access to the
infringing material. I have a good faith belief that the use of the material is not authorized."

Return date: January 15, 2027.

Clerk of Court
"""


def test_a_subpoena_that_quotes_a_takedown_notice_is_still_a_demand() -> None:
    extraction = read_mail(DEMAND, sender="Clerk <clerk@ord.uscourts.gov>", subject="512(h) subpoena")
    assert extraction.evidence["legal_process"].value is True
    assert extraction.case.process_type is ProcessType.SUBPOENA_DMCA_512H
    assert extraction.case.targets == ["copycat_gallery"]


def test_a_demand_whose_signer_will_be_away_is_still_a_demand() -> None:
    body = """GRAND JURY SUBPOENA

YOU ARE COMMANDED to produce subscriber information for the account @north_side_7 before the grand jury
of the Eastern District of Michigan on January 20, 2027 at 9:00 a.m.

Note: I will be out of the office from December 24 to January 2; contact AUSA Lee in my absence.

Mark Diaz
Assistant United States Attorney
"""
    extraction = read_mail(body, sender="Mark Diaz <mark.diaz@usdoj.gov>", subject="Grand jury subpoena")
    assert extraction.evidence["legal_process"].value is True
    assert extraction.case.process_type is ProcessType.SUBPOENA_GRAND_JURY

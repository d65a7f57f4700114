"""Requester authenticity: which Authentication-Results count, what a domain is, who is verified."""

from __future__ import annotations

import pytest

from services.intake.domain.authenticity import (
    AuthResult,
    DomainClass,
    assess_authenticity,
    classify_domain,
    parse_authentication_results,
)
from shared.reference import agency_registry
from shared.vocabulary import RequesterKind

REGISTRY = agency_registry()
TRUSTED = ["mx.dueprocess.local"]


def passed(domain: str) -> list[AuthResult]:
    return [AuthResult("dkim", "pass", domain, "test"), AuthResult("dmarc", "pass", domain, "test")]


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("cbp.dhs.gov", DomainClass.REGISTRY),
        ("mail.cbp.dhs.gov", DomainClass.REGISTRY),
        ("fda.gov", DomainClass.GOVERNMENT),  # .gov, but not a registry agency's
        ("met.police.uk", DomainClass.GOVERNMENT),
        ("gmail.com", DomainClass.FREE_MAIL),
        ("mail.yahoo.co.uk", DomainClass.FREE_MAIL),
        ("cbp.dhs." + "gоv".encode("idna").decode(), DomainClass.LOOKALIKE),  # Cyrillic о
        ("dhs-gov.us", DomainClass.LOOKALIKE),  # hyphenated gov
        ("fbi-gov.com", DomainClass.LOOKALIKE),
        ("fbigov.com", DomainClass.LOOKALIKE),
        ("cbp.dhs.gov.secure-mail.com", DomainClass.LOOKALIKE),  # a registry domain in front of another
        ("cbp-dhs.com", DomainClass.LOOKALIKE),
        ("irs.gov.co", DomainClass.LOOKALIKE),
        ("usdoj.gob", DomainClass.LOOKALIKE),  # one typo away
        ("smithjones-law.com", DomainClass.ORDINARY),
        ("ice-cream.com", DomainClass.ORDINARY),
    ],
)
def test_domains_are_classified(domain: str, expected: DomainClass) -> None:
    assert classify_domain(domain, REGISTRY).domain_class is expected


def test_only_the_configured_authserv_id_is_trusted_and_only_its_topmost_header() -> None:
    headers = [
        "mx.attacker.example; dkim=pass header.d=fbi.gov",
        "mx.dueprocess.local 1; dkim=pass (good signature) header.d=cbp.dhs.gov header.i=@cbp.dhs.gov; "
        "spf=fail smtp.mailfrom=x@y.example; dmarc=pass (p=reject) header.from=cbp.dhs.gov",
        "mx.dueprocess.local; dkim=pass header.d=forged.example",
    ]
    results, authserv = parse_authentication_results(headers, TRUSTED)
    assert authserv == "mx.dueprocess.local"
    assert [(r.method, r.result, r.domain) for r in results] == [
        ("dkim", "pass", "cbp.dhs.gov"),
        ("spf", "fail", "y.example"),
        ("dmarc", "pass", "cbp.dhs.gov"),
    ]
    assert parse_authentication_results(headers[:1], TRUSTED) == ([], None)


def test_a_registry_agency_writing_from_its_own_domain_with_dkim_is_verified() -> None:
    verdict = assess_authenticity(
        sender="agent@cbp.dhs.gov",
        claimed_agency=REGISTRY.get("CBP"),
        requester_kind=RequesterKind.FEDERAL,
        results=passed("cbp.dhs.gov"),
        forwarded=False,
        registry=REGISTRY,
    )
    assert verdict.verified and not verdict.reasons


@pytest.mark.parametrize(
    ("sender", "agency", "results", "forwarded", "why"),
    [
        ("agent@cbp.dhs.gov", "CBP", [], False, "no DKIM signature"),
        ("agent@cbp.dhs.gov", "CBP", [AuthResult("dkim", "fail", "cbp.dhs.gov", "t")], False, "did not pass"),
        ("agent@ice.dhs.gov", "CBP", passed("ice.dhs.gov"), False, "not among CBP's listed domains"),
        ("fbi.emergency@gmail.com", "FBI", passed("gmail.com"), False, "free-mail"),
        ("agent@dhs-gov.us", "DHS", passed("dhs-gov.us"), False, "hyphens"),
        ("agent@cbp.dhs.gov", "CBP", passed("cbp.dhs.gov"), True, "forwarded"),
        ("agent@cbp.dhs.gov", "CBP", passed("mailer.example"), False, "not for the sender's domain"),
    ],
)
def test_what_never_verifies(sender: str, agency: str, results: list[AuthResult], forwarded: bool, why: str) -> None:
    verdict = assess_authenticity(
        sender=sender,
        claimed_agency=REGISTRY.get(agency),
        requester_kind=RequesterKind.FEDERAL,
        results=results,
        forwarded=forwarded,
        registry=REGISTRY,
    )
    assert not verdict.verified
    assert any(why in reason for reason in verdict.reasons), verdict.reasons


def test_a_government_domain_outside_the_registry_is_government_but_not_verified() -> None:
    verdict = assess_authenticity(
        sender="dmorales@elkgrove.gov",
        claimed_agency=None,
        requester_kind=RequesterKind.STATE_LOCAL,
        results=passed("elkgrove.gov"),
        forwarded=False,
        registry=REGISTRY,
    )
    assert verdict.domain.domain_class is DomainClass.GOVERNMENT and not verdict.verified


def test_a_law_firm_is_verified_by_its_own_domain_not_by_gmail() -> None:
    own = assess_authenticity(
        sender="dsmith@smithjones-law.com",
        claimed_agency=None,
        requester_kind=RequesterKind.PRIVATE_PARTY,
        results=passed("smithjones-law.com"),
        forwarded=False,
        registry=REGISTRY,
    )
    gmail = assess_authenticity(
        sender="dsmith.law@gmail.com",
        claimed_agency=None,
        requester_kind=RequesterKind.PRIVATE_PARTY,
        results=passed("gmail.com"),
        forwarded=False,
        registry=REGISTRY,
    )
    assert own.verified and not gmail.verified

"""Requester authenticity: which Authentication-Results count, what a domain is, who is verified."""

from __future__ import annotations

import pytest

from services.intake.domain.authenticity import (
    Authenticity,
    AuthResult,
    DomainClass,
    assess_authenticity,
    classify_domain,
    parse_authentication_results,
)
from shared.reference import agency_registry
from shared.reference.government import GovernmentBody, GovernmentRegistry
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
        ("fda.gov", DomainClass.GOVERNMENT),  # a government body's (CISA's registry), not a registry agency's
        ("met.police.uk", DomainClass.GOVERNMENT),
        ("mail.ohio.gov", DomainClass.GOVERNMENT),
        ("army.mil", DomainClass.GOVERNMENT),
        (
            "irs.gov.in",
            DomainClass.GOVERNMENT,
        ),  # gov.in is India's (a sourced restricted suffix): only its government registers there
        ("gmail.com", DomainClass.FREE_MAIL),
        ("mail.yahoo.co.uk", DomainClass.FREE_MAIL),
        ("cbp.dhs." + "gоv".encode("idna").decode(), DomainClass.LOOKALIKE),  # Cyrillic о
        ("dhs-gov.us", DomainClass.LOOKALIKE),  # hyphenated gov
        ("fbi-gov.com", DomainClass.LOOKALIKE),
        ("fbigov.com", DomainClass.LOOKALIKE),
        ("cbp.dhs.gov.secure-mail.com", DomainClass.LOOKALIKE),  # a registry domain in front of another
        ("cbp-dhs.com", DomainClass.LOOKALIKE),
        ("irs.gov.com", DomainClass.LOOKALIKE),
        ("ohio-gov.com", DomainClass.LOOKALIKE),
        ("ohiogov.net", DomainClass.LOOKALIKE),
        ("0hio.gov", DomainClass.LOOKALIKE),
        ("ohio.mov", DomainClass.LOOKALIKE),
        ("cbp-dhs.us", DomainClass.LOOKALIKE),
        ("polizei-bayern.de", DomainClass.LOOKALIKE),
        ("boston.com", DomainClass.ORDINARY),  # boston.gov's name in another TLD is not an imitation
        ("sony.co.jp", DomainClass.ORDINARY),  # one edit from go.jp, but co.jp is a public second level
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
        ("agent@ice.dhs.gov", "CBP", passed("ice.dhs.gov"), False, "another body than ice.dhs.gov's (ICE)"),
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


def test_a_city_writing_from_its_own_gov_domain_is_verified_as_that_city() -> None:
    verdict = assess_authenticity(
        sender="dmorales@elkgrove.gov",
        claimed_agency=None,
        requester_kind=RequesterKind.STATE_LOCAL,
        results=passed("elkgrove.gov"),
        forwarded=False,
        registry=REGISTRY,
        requester_name="Elk Grove Police Department",
    )
    assert verdict.verified, verdict.reasons
    assert verdict.verified_as is not None
    assert (verdict.verified_as.kind, verdict.verified_as.country, verdict.verified_as.state) == (
        RequesterKind.STATE_LOCAL,
        "US",
        "CA",
    )


def test_a_gov_domain_the_registry_does_not_list_is_government_but_not_verified() -> None:
    verdict = assess_authenticity(
        sender="clerk@unlisted-township-zz.gov",
        claimed_agency=None,
        requester_kind=RequesterKind.STATE_LOCAL,
        results=passed("unlisted-township-zz.gov"),
        forwarded=False,
        registry=REGISTRY,
    )
    assert verdict.domain.domain_class is DomainClass.GOVERNMENT and verdict.domain.body is None
    assert not verdict.verified and verdict.verified_as is None


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


def _as(
    sender: str, name: str | None, kind: RequesterKind = RequesterKind.STATE_LOCAL, agency: str | None = None
) -> Authenticity:
    domain = sender.rsplit("@", 1)[-1]
    return assess_authenticity(
        sender=sender,
        claimed_agency=REGISTRY.get(agency) if agency else None,
        requester_kind=kind,
        results=passed(domain),
        forwarded=False,
        registry=REGISTRY,
        requester_name=name,
    )


@pytest.mark.parametrize(
    ("sender", "name", "agency"),
    [
        ("trooper@ohio.gov", "Ohio State Highway Patrol", None),  # a state agency under its state's domain
        ("trooper@dps.ohio.gov", "Ohio State Highway Patrol", None),  # a subdomain of the state's
        ("agent@ohio.gov", "State of Ohio, Bureau of Criminal Investigation", None),
        ("clerk@nycourts.gov", "Supreme Court of the State of New York, County of Kings", None),
        ("deputy@franklincountyohio.gov", "Franklin County Sheriff's Office", None),  # a county's own sheriff
        ("detective@ci.austin.tx.us", "City of Austin Police Department", None),
        ("agent@cbp.dhs.gov", "U.S. Department of Homeland Security", None),  # the component's parent
        ("agent@atf.gov", "Department of Justice", None),  # CISA's organisation for atf.gov
        ("agent@fbi.gov", None, "DOJ"),
        ("agent@usdoj.gov", "Federal Bureau of Investigation", None),  # a department's domain, its component
        ("ada@dany.nyc.gov", "New York County District Attorney's Office", None),  # a county office in the city
        ("officer@met.police.uk", "Metropolitan Police Service", None),
    ],
)
def test_the_named_requester_matches_the_body_of_the_domain(sender: str, name: str | None, agency: str | None) -> None:
    verdict = _as(sender, name, agency=agency)
    assert verdict.verified, verdict.reasons


@pytest.mark.parametrize(
    ("sender", "name", "why"),
    [
        ("agent@columbus.gov", "Federal Bureau of Investigation", "another body"),  # FBI under a city's domain
        ("trooper@ohio.gov", "Texas Department of Public Safety", "Texas state agency"),
        ("deputy@franklincountyohio.gov", "Ohio State Highway Patrol", "Ohio state agency"),
        ("officer@columbus.gov", "City of Dayton Police", "names the city Dayton"),
        ("deputy@franklincountyohio.gov", "Delaware County Sheriff's Office", "names the county Delaware"),
        ("deputy@franklincountyohio.gov", "City of Dayton Police", "names the city Dayton"),
        ("agent@fbi.gov", "Ohio State Highway Patrol", "Ohio state agency"),
        ("officer@met.police.uk", "Federal Bureau of Investigation", "another body"),
        ("agent@dea.gov", "Federal Bureau of Investigation", "another body"),
    ],
)
def test_a_name_that_belongs_to_another_body_is_a_mismatch(sender: str, name: str, why: str) -> None:
    verdict = _as(sender, name)
    assert not verdict.verified and verdict.verified_as is None
    assert any(why in reason for reason in verdict.reasons), verdict.reasons


def test_the_kind_and_country_come_from_the_registry() -> None:
    for sender, kind, country in [
        ("agent@fda.gov", RequesterKind.FEDERAL, "US"),
        ("clerk@uscourts.gov", RequesterKind.COURT, "US"),
        ("cid@army.mil", RequesterKind.FEDERAL, "US"),
        ("kripo@polizei.bayern.de", RequesterKind.FOREIGN_GOVERNMENT, "DE"),
        ("officier@gendarmerie.interieur.gouv.fr", RequesterKind.FOREIGN_GOVERNMENT, "FR"),
    ]:
        verdict = _as(sender, None, kind=RequesterKind.STATE_LOCAL)  # whatever the text suggested
        assert verdict.verified_as is not None, (sender, verdict.reasons)
        assert (verdict.verified_as.kind, verdict.verified_as.country) == (kind, country)


def test_a_private_party_is_not_verified_from_a_government_or_look_alike_domain() -> None:
    for sender in ("lawyer@ohio.gov", "lawyer@ohio-gov.com", "lawyer@0hio.gov"):
        assert not _as(sender, "Smith & Jones LLP", kind=RequesterKind.PRIVATE_PARTY).verified


@pytest.mark.parametrize(
    ("original", "forwarder", "verified"),
    [
        ("sergeant@dallaspolice.gov", "detective@dallaspolice.gov", True),  # within the same body
        ("detective@seattle.gov", "unit.mailbox@spd.seattle.gov", True),  # a subdomain of the same body's
        ("magistrat@justice.fr", "greffe@justice.fr", True),
        ("partner@smithjones-law.com", "paralegal@smithjones-law.com", True),  # a law firm's own domain
        ("agent@ice.dhs.gov", "legal@platform.example", False),  # our own staff forwarding
        ("trooper@ohio.gov", "agent@fbi.gov", False),  # another body
        ("fbi.emergency@gmail.com", "other@gmail.com", False),  # free mail never
    ],
)
def test_a_forward_verifies_only_within_the_original_senders_body(
    original: str, forwarder: str, verified: bool
) -> None:
    forwarder_domain = forwarder.rsplit("@", 1)[-1]
    kind = RequesterKind.PRIVATE_PARTY if "law" in original else RequesterKind.STATE_LOCAL
    verdict = assess_authenticity(
        sender=original,
        claimed_agency=None,
        requester_kind=kind,
        results=passed(forwarder_domain),
        forwarded=True,
        registry=REGISTRY,
        forwarded_by=forwarder,
    )
    assert verdict.verified is verified, verdict.reasons
    if not verified:
        assert verdict.reasons


def test_a_dkim_pass_verifies_a_city_police_sender_but_never_confirms_its_emergency() -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from services.intake.domain.extraction import extract_case
    from services.intake.domain.message import parse_message

    eml = Path(__file__).resolve().parents[2] / "corpus" / "email" / "09-emergency-police.eml"
    extraction = extract_case(
        parse_message(eml.read_bytes()),
        auth_results=passed("elkgrove.gov"),
        registry=REGISTRY,
        received_at=datetime(2024, 3, 2, 18, tzinfo=UTC),
    )
    case = extraction.case
    assert case.requester.verified is True  # elkgrove.gov, DKIM pass: verified as the City of Elk Grove
    assert extraction.authenticity.verified_as is not None
    assert extraction.authenticity.verified_as.domain == "elkgrove.gov"
    assert case.emergency is not None and case.emergency.verified_out_of_band is False  # review: EDR_UNVERIFIED


# --- a name under a registry suffix no source confirms government-only ----------------------------


def _qq_government() -> GovernmentRegistry:
    def body(domain: str, name: str, *, restricted: bool = False, unconfirmed_suffix: bool = False) -> GovernmentBody:
        return GovernmentBody(
            domain,
            name,
            RequesterKind.FOREIGN_GOVERNMENT,
            "QQ",
            "foreign",
            "Foreign",
            restricted=restricted,
            unconfirmed_suffix=unconfirmed_suffix,
        )

    return GovernmentRegistry(
        [body("gov.qq", "Qland government (gov.qq)", unconfirmed_suffix=True), body("mj.gov.qq", "Qland justice")]
    )


def _qq_verdict(domain: str, name: str | None = None) -> Authenticity:
    return assess_authenticity(
        sender=f"officer@{domain}",
        claimed_agency=None,
        requester_kind=RequesterKind.FOREIGN_GOVERNMENT,
        results=[AuthResult("dkim", "pass", domain, "mx"), AuthResult("dmarc", "pass", domain, "mx")],
        forwarded=False,
        registry=agency_registry(),
        requester_name=name,
        government=_qq_government(),
    )


def test_a_dkim_pass_under_an_unconfirmed_suffix_does_not_verify_a_government_sender() -> None:
    result = _qq_verdict("police.mg.gov.qq", "Qland police")
    assert not result.verified and result.verified_as is None
    assert result.domain.domain_class is DomainClass.ORDINARY
    assert result.domain.country == "QQ"
    assert "gov.qq" in result.domain.reason


def test_names_side_by_side_under_an_unconfirmed_suffix_are_not_look_alikes_of_each_other() -> None:
    # mg.gov.qq is one letter from the listed mj.gov.qq: a sibling registration, not an imitation
    assessment = classify_domain("police.mg.gov.qq", agency_registry(), government=_qq_government())
    assert assessment.domain_class is DomainClass.ORDINARY


def test_a_listed_entry_under_an_unconfirmed_suffix_still_verifies() -> None:
    result = _qq_verdict("mail.mj.gov.qq")
    assert result.verified and result.verified_as is not None and result.verified_as.domain == "mj.gov.qq"

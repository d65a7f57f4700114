"""Property tests over the imported government registry (issue 13: "a property test samples the
imported registry: every domain verifies with a DKIM pass for it; a look-alike of any of them never does")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from services.intake.domain.authenticity import (
    GOVERNMENT_KINDS,
    Authenticity,
    AuthResult,
    DomainClass,
    assess_authenticity,
    classify_domain,
)
from shared.reference import agency_registry
from shared.reference.government import GovernmentBody, government_registry
from shared.vocabulary import RequesterKind

AGENCIES = agency_registry()
GOVERNMENT = government_registry()
BODIES = sorted(GOVERNMENT, key=lambda body: body.domain)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that read as a Latin letter or digit (Unicode TR39 confusables and the ASCII folds).
HOMOGLYPHS = {
    "a": ["а", "ɑ", "α"],  # Cyrillic a, Latin alpha, Greek alpha
    "c": ["с", "ϲ"],
    "d": ["ԁ"],
    "e": ["е", "ҽ"],
    "g": ["ɡ"],
    "h": ["һ"],
    "i": ["і", "і", "1", "ⅰ"],
    "j": ["ј"],
    "k": ["κ"],
    "l": ["1", "ⅼ", "ӏ", "I"],
    "m": ["rn", "ⅿ"],
    "n": ["ո"],
    "o": ["о", "ο", "0", "օ"],
    "p": ["р", "ρ"],
    "q": ["ԛ"],
    "s": ["ѕ", "5"],
    "u": ["ս", "υ"],
    "v": ["ν", "ѵ"],
    "w": ["ԝ", "vv"],
    "x": ["х"],
    "y": ["у", "ү"],
}

label = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


def passed(domain: str) -> list[AuthResult]:
    return [AuthResult("dkim", "pass", domain, "test"), AuthResult("dmarc", "pass", domain, "test")]


def verdict(domain: str, kind: RequesterKind, name: str | None = None) -> Authenticity:
    return assess_authenticity(
        sender=f"someone@{domain}",
        claimed_agency=None,
        requester_kind=kind,
        results=passed(domain),
        forwarded=False,
        registry=AGENCIES,
        requester_name=name,
    )


def ascii_domain(domain: str) -> str:
    """The domain as it travels (IDNA/punycode labels)."""
    return ".".join(part if part.isascii() else "xn--" + part.encode("punycode").decode() for part in domain.split("."))


@PROPERTY
@given(st.sampled_from(BODIES), label, st.booleans())
def test_every_registry_domain_and_its_subdomains_verify_as_that_body(
    body: GovernmentBody, sub: str, with_name: bool
) -> None:
    for domain in (body.domain, f"{sub}.{body.domain}"):
        expected = GOVERNMENT.lookup(domain)
        if body.unconfirmed_suffix and domain != body.domain and GOVERNMENT.get(domain) is None:
            # a name under a suffix no source confirms government-only may be a stranger's
            assert expected is None
            assert not verdict(domain, body.kind, body.name if with_name else None).verified, domain
            continue
        assert expected is not None  # the body itself, or a more specific one listed under it
        assert (expected.kind, expected.country) == (body.kind, body.country)
        result = verdict(domain, body.kind, body.name if with_name else None)
        assert result.verified, (domain, result.reasons)
        assert result.verified_as == expected
        assert result.domain.domain_class in (DomainClass.REGISTRY, DomainClass.GOVERNMENT)


def test_the_registrys_own_domains_never_flag_each_other() -> None:
    for body in BODIES:
        assessment = classify_domain(body.domain, AGENCIES)
        assert assessment.domain_class is not DomainClass.LOOKALIKE, (body.domain, assessment.reason)
        assert assessment.body == body


def _never_verifies(domain: str, body: GovernmentBody) -> None:
    assert GOVERNMENT.lookup(domain) is None, domain
    for kind in (body.kind, *GOVERNMENT_KINDS):
        result = verdict(domain, kind, body.name)
        assert not result.verified and result.verified_as is None, (domain, kind)


@PROPERTY
@given(st.sampled_from(BODIES), st.data())
def test_a_homoglyph_swap_is_a_look_alike_that_never_verifies(body: GovernmentBody, data: st.DataObject) -> None:
    name, _, tld = body.domain.rpartition(".")
    positions = [i for i, ch in enumerate(name) if ch in HOMOGLYPHS]
    assume(positions)
    at = data.draw(st.sampled_from(positions))
    swapped = name[:at] + data.draw(st.sampled_from(HOMOGLYPHS[name[at]])) + name[at + 1 :]
    domain = ascii_domain(f"{swapped}.{tld}".lower())
    assume(GOVERNMENT.lookup(domain) is None)  # not by chance another registry domain, nor under a restricted suffix
    assessment = classify_domain(domain, AGENCIES)
    assert assessment.domain_class is DomainClass.LOOKALIKE, (domain, assessment.reason)
    _never_verifies(domain, body)
    assert not verdict(domain, RequesterKind.PRIVATE_PARTY, "Smith & Jones LLP").verified


@PROPERTY
@given(st.sampled_from(BODIES), st.data())
def test_a_one_letter_edit_never_verifies_as_the_government(body: GovernmentBody, data: st.DataObject) -> None:
    domain = body.domain
    at = data.draw(st.integers(0, len(domain) - 1))
    letter = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-"))
    edit = data.draw(st.sampled_from(["substitute", "insert", "delete"]))
    edited = {
        "substitute": domain[:at] + letter + domain[at + 1 :],
        "insert": domain[:at] + letter + domain[at:],
        "delete": domain[:at] + domain[at + 1 :],
    }[edit]
    assume(edited != domain and GOVERNMENT.lookup(edited) is None and ".." not in edited)
    assume(not edited.startswith((".", "-")) and not edited.endswith((".", "-")))
    _never_verifies(edited, body)
    # outside the government's own top-level domains an edit in the top-level domain is a look-alike
    name, _, tld = domain.rpartition(".")
    edited_name, _, edited_tld = edited.rpartition(".")
    if tld in ("gov", "mil") and edited_name == name and edited_tld not in ("gov", "mil"):
        assert classify_domain(edited, AGENCIES).domain_class is DomainClass.LOOKALIKE, edited


def _joined(body: GovernmentBody) -> str:
    return body.domain.rpartition(".")[0].replace(".", "-")


ADDED_WORDS = [
    lambda b: f"{_joined(b)}-gov.com",
    lambda b: f"gov-{_joined(b)}.net",
    lambda b: f"{_joined(b)}-govt.us",
    lambda b: f"{_joined(b)}-mil.org",
    lambda b: f"{b.domain}.secure-mail.com",
    lambda b: f"{b.domain}.com",
    lambda b: f"mail.{b.domain}.example.net",
]


@PROPERTY
@given(st.sampled_from(BODIES), st.sampled_from(ADDED_WORDS))
def test_an_added_word_is_a_look_alike_that_never_verifies(body: GovernmentBody, form: object) -> None:
    domain = form(body)  # type: ignore[operator]
    assert classify_domain(domain, AGENCIES).domain_class is DomainClass.LOOKALIKE, domain
    _never_verifies(domain, body)
    assert not verdict(domain, RequesterKind.PRIVATE_PARTY, "Smith & Jones LLP").verified


@pytest.mark.parametrize(
    "domain",
    [
        "fbigov.com",
        "ohiogov.net",
        "govohio.org",
        "cagov.com",
        "cbp-dhs.us",
        "cbpdhs.com",
        "fbi.com",
        "irs.net",
        "fbi-secure.com",
        "armymil.com",
        "army.mil.com",
        "navy-mil.us",
        "navy.ml",
    ],
)
def test_a_government_word_or_a_registry_name_joined_up_is_a_look_alike(domain: str) -> None:
    assert classify_domain(domain, AGENCIES).domain_class is DomainClass.LOOKALIKE


@pytest.mark.parametrize(
    "domain",
    [
        "kirkland.com",  # law firms, companies, universities, newspapers named like a city or a state
        "perkinscoie.com",
        "boston.com",
        "ohio.edu",
        "texas.com",
        "navyfederal.org",
        "govdelivery.com",  # the bulk mailer government agencies use
        "ice.com",  # "ice" is a word before it is an agency
        "sony.co.jp",
        "tamil.com",
        "bbc.co.uk",
    ],
)
def test_ordinary_domains_are_not_look_alikes(domain: str) -> None:
    assert classify_domain(domain, AGENCIES).domain_class is DomainClass.ORDINARY


def test_look_alike_detection_is_precomputed_not_a_scan_of_the_registry() -> None:
    import time

    from services.intake.domain.authenticity import lookalike_index

    index = lookalike_index(AGENCIES)
    assert lookalike_index(AGENCIES) is index and len(index) > 16_000  # built once, the whole registry
    candidates = [f"{body.domain.rpartition('.')[0].replace('.', '-')}-portal.com" for body in BODIES[:2000]]
    started = time.perf_counter()
    for candidate in candidates:
        classify_domain(candidate, AGENCIES)
    per_message = (time.perf_counter() - started) / len(candidates)
    # A scan comparing 16,000 domains one by one takes tens of milliseconds in Python; this is a few look-ups.
    assert per_message < 0.005, per_message

"""Requester authenticity, as DOMAIN.md defines it. Pure: the DKIM check itself is an adapter.

* :func:`parse_authentication_results` reads ``Authentication-Results`` headers, trusting only
  those stamped by a configured authserv-id (our own MX), and only the topmost such header.
  The MX must strip incoming headers that claim its authserv-id (RFC 8601 section 5).
* :func:`classify_domain` says what a sender domain is: a registry agency's, another
  government's, a free-mail provider's, a look-alike (homoglyphs, hyphenated "gov",
  a registry domain buried in another, a one-letter typo), or an ordinary one.
* :func:`assess_authenticity` decides ``requester.verified``: a government sender is
  verified when DKIM or DMARC passes, aligned with the From domain, for a domain the
  registry lists for the named agency; a private party when it passes for its own
  domain. Free-mail and look-alike domains never verify; a forwarded message never
  verifies its original sender.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from shared.reference import Agency, AgencyRegistry, domain_of
from shared.vocabulary import RequesterKind

GOVERNMENT_KINDS = frozenset(
    {RequesterKind.FEDERAL, RequesterKind.STATE_LOCAL, RequesterKind.FOREIGN_GOVERNMENT, RequesterKind.COURT}
)


@dataclass(frozen=True)
class AuthenticityData:
    free_mail_domains: frozenset[str]
    government_suffixes: Mapping[str, tuple[str, ...]]
    country_tlds: Mapping[str, str]
    confusables: Mapping[str, str]
    confusable_sequences: Mapping[str, str]
    government_words: frozenset[str]
    agency_words_ignored: frozenset[str]
    typo_distance: int

    @classmethod
    def from_mapping(cls, document: Mapping[str, Any]) -> AuthenticityData:
        return cls(
            free_mail_domains=frozenset(d.lower() for d in document["free_mail_domains"]),
            government_suffixes={
                country: tuple(s.lower() for s in suffixes)
                for country, suffixes in document["government_suffixes"].items()
            },
            country_tlds={k.lower(): v for k, v in document["country_tlds"].items()},
            confusables={str(k): str(v) for k, v in document["confusables"].items()},
            confusable_sequences={str(k): str(v) for k, v in document["confusable_sequences"].items()},
            government_words=frozenset(document["government_words"]),
            agency_words_ignored=frozenset(document.get("agency_words_ignored", [])),
            typo_distance=int(document["typo_distance"]),
        )


@cache
def authenticity_data() -> AuthenticityData:
    text = resources.files("services.intake.domain.data").joinpath("authenticity.yaml").read_text(encoding="utf-8")
    return AuthenticityData.from_mapping(yaml.safe_load(text))


# --- Authentication-Results -----------------------------------------------------------------


@dataclass(frozen=True)
class AuthResult:
    """One authentication outcome: ``dkim=pass header.d=cbp.dhs.gov``."""

    method: str  # dkim, dmarc, spf, arc
    result: str  # pass, fail, none, ...
    domain: str | None  # header.d for dkim, header.from for dmarc, smtp.mailfrom's domain for spf
    source: str  # "authentication-results <authserv-id>" or "dkim (verified by intake)"


def _strip_comments(value: str) -> str:
    out, depth = [], 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def parse_authentication_results(
    values: Sequence[str], trusted_ids: Iterable[str]
) -> tuple[list[AuthResult], str | None]:
    """The results of the topmost header stamped by a trusted authserv-id, and that id.

    Headers from any other authserv-id are ignored: anyone can write one into a message.
    """
    trusted = {t.strip().lower() for t in trusted_ids if t.strip()}
    for value in values:
        text = _strip_comments(value)
        parts = [p.strip() for p in text.split(";")]
        if not parts or not parts[0]:
            continue
        authserv_id = parts[0].split()[0].lower()
        if authserv_id not in trusted:
            continue
        results: list[AuthResult] = []
        for resinfo in parts[1:]:
            match = re.match(r"\s*([a-z0-9_-]+)\s*=\s*([a-z0-9_-]+)(.*)$", resinfo, re.I | re.S)
            if not match:
                continue
            method, result, rest = match.group(1).lower(), match.group(2).lower(), match.group(3)
            props = {
                k.lower(): v.strip('"').lower()
                for k, v in re.findall(r"([a-z]+\.[a-z-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", rest, re.I)
            }
            if method == "dkim":
                domain = props.get("header.d") or domain_of(props.get("header.i"))
            elif method == "dmarc":
                domain = props.get("header.from")
            elif method == "spf":
                domain = domain_of(props.get("smtp.mailfrom")) or props.get("smtp.helo")
            else:
                domain = props.get("header.d") or props.get("header.from")
            results.append(
                AuthResult(
                    method, result, domain_of(domain) if domain else None, f"authentication-results {authserv_id}"
                )
            )
        return results, authserv_id
    return [], None


# --- domains ----------------------------------------------------------------------------------


class DomainClass(StrEnum):
    REGISTRY = "REGISTRY"  # a domain the registry lists for an agency (or a subdomain of one)
    GOVERNMENT = "GOVERNMENT"  # a government domain the registry does not list (.gov, police.uk ...)
    FREE_MAIL = "FREE_MAIL"
    LOOKALIKE = "LOOKALIKE"
    ORDINARY = "ORDINARY"
    NONE = "NONE"  # no sender domain at all


@dataclass(frozen=True)
class DomainAssessment:
    domain: str | None
    domain_class: DomainClass
    agency: Agency | None = None  # the registry agency the domain belongs to (REGISTRY)
    country: str | None = None  # GOVERNMENT/REGISTRY: whose government; else from the ccTLD
    reason: str = ""


def _within(domain: str, suffix: str) -> bool:
    return domain == suffix or domain.endswith("." + suffix)


def to_unicode(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


def skeleton(domain: str, data: AuthenticityData) -> str:
    """The domain as it reads: confusable characters folded to what they imitate."""
    text = unicodedata.normalize("NFKC", to_unicode(domain)).lower()
    text = "".join(data.confusables.get(ch, ch) for ch in text)
    for sequence, replacement in data.confusable_sequences.items():
        text = text.replace(sequence, replacement)
    return text


def _distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def government_country(domain: str, data: AuthenticityData) -> str | None:
    best: tuple[int, str] | None = None
    for country, suffixes in data.government_suffixes.items():
        for suffix in suffixes:
            if _within(domain, suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), country)
    return best[1] if best else None


def country_of_domain(domain: str | None, data: AuthenticityData) -> str | None:
    if not domain:
        return None
    government = government_country(domain, data)
    if government and government != "EU":
        return government
    return data.country_tlds.get(domain.rsplit(".", 1)[-1])


def _agency_words(registry: AgencyRegistry, data: AuthenticityData) -> set[str]:
    words: set[str] = set()
    for agency in registry:
        for name in agency.names:
            if name.isupper() and name.isalpha() and len(name) >= 3:
                words.add(name.lower())
        for domain in agency.email_domains:
            words.add(domain.split(".")[0])
    return {w for w in words if len(w) >= 3} - data.agency_words_ignored


def classify_domain(
    domain: str | None, registry: AgencyRegistry, data: AuthenticityData | None = None
) -> DomainAssessment:
    """What kind of domain a sender writes from (see :class:`DomainClass`)."""
    data = data or authenticity_data()
    if not domain:
        return DomainAssessment(None, DomainClass.NONE, reason="no sender domain")
    domain = domain.strip().lower().rstrip(".")
    readable = to_unicode(domain)
    non_ascii = any(ord(ch) > 127 for ch in readable)
    if not non_ascii:
        agency = registry.by_domain(domain)
        if agency is not None:
            return DomainAssessment(
                domain,
                DomainClass.REGISTRY,
                agency,
                "US" if agency.kind is not RequesterKind.FOREIGN_GOVERNMENT else None,
                f"{domain} is listed for {agency.id}",
            )
    for provider in data.free_mail_domains:
        if _within(domain, provider):
            return DomainAssessment(
                domain,
                DomainClass.FREE_MAIL,
                country=country_of_domain(domain, data),
                reason=f"{domain} is a free-mail provider",
            )
    government = None if non_ascii else government_country(domain, data)
    known = registry.all_domains()
    shape = skeleton(domain, data)
    if non_ascii:
        for listed in known:
            if shape == skeleton(listed, data) or shape.endswith("." + skeleton(listed, data)):
                return DomainAssessment(
                    domain, DomainClass.LOOKALIKE, reason=f"{readable} imitates {listed} with look-alike characters"
                )
        if any(_within(shape, s) for suffixes in data.government_suffixes.values() for s in suffixes):
            return DomainAssessment(
                domain,
                DomainClass.LOOKALIKE,
                reason=f"{readable} imitates a government domain with look-alike characters",
            )
    if government is None:
        labels = domain.split(".")
        for listed in known:
            listed_labels = listed.split(".")
            n = len(listed_labels)
            for start in range(len(labels) - n):
                if labels[start : start + n] == listed_labels:
                    return DomainAssessment(
                        domain, DomainClass.LOOKALIKE, reason=f"{domain} puts {listed} in front of another domain"
                    )
        for label in labels[:-1]:
            tokens = label.split("-")
            if len(tokens) > 1 and any(t in data.government_words for t in tokens):
                return DomainAssessment(
                    domain, DomainClass.LOOKALIKE, reason=f"{domain} spells a government domain with hyphens"
                )
        agency_words = _agency_words(registry, data)
        for label in labels[:-1]:
            tokens = label.split("-")
            for word in data.government_words:
                for agency_word in agency_words:
                    if label in (agency_word + word, word + agency_word):
                        return DomainAssessment(
                            domain,
                            DomainClass.LOOKALIKE,
                            reason=f"{domain} joins {agency_word!r} and {word!r} outside .gov",
                        )
            if len(tokens) > 1 and any(t in agency_words for t in tokens):
                return DomainAssessment(
                    domain, DomainClass.LOOKALIKE, reason=f"{domain} names a registry agency outside its domains"
                )
        for listed in known:
            if shape == skeleton(listed, data):
                return DomainAssessment(
                    domain, DomainClass.LOOKALIKE, reason=f"{domain} reads like {listed} (substituted characters)"
                )
            if _distance(domain, listed, data.typo_distance) <= data.typo_distance:
                return DomainAssessment(
                    domain, DomainClass.LOOKALIKE, reason=f"{domain} is one typo away from {listed}"
                )
        if non_ascii and "gov" in shape.split("."):
            return DomainAssessment(domain, DomainClass.LOOKALIKE, reason=f"{readable} imitates a government domain")
    if government is not None:
        return DomainAssessment(
            domain,
            DomainClass.GOVERNMENT,
            country=government,
            reason=f"{domain} is a government domain the agency registry does not list",
        )
    return DomainAssessment(
        domain, DomainClass.ORDINARY, country=country_of_domain(domain, data), reason=f"{domain} is an ordinary domain"
    )


# --- the decision -------------------------------------------------------------------------------


def aligned(authenticated: str, sender: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other."""
    return authenticated == sender or sender.endswith("." + authenticated) or authenticated.endswith("." + sender)


@dataclass(frozen=True)
class Authenticity:
    verified: bool
    sender: str | None  # the address whose authenticity is in question (the original sender of a forward)
    domain: DomainAssessment
    passed: tuple[str, ...] = ()  # e.g. ("dkim header.d=cbp.dhs.gov via authentication-results mx.dueprocess.local",)
    reasons: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            "sender_domain": self.domain.domain,
            "domain_class": self.domain.domain_class.value,
            "domain_agency": self.domain.agency.id if self.domain.agency else None,
            "passed": list(self.passed),
            "reasons": list(self.reasons),
        }


def assess_authenticity(
    *,
    sender: str | None,
    claimed_agency: Agency | None,
    requester_kind: RequesterKind,
    results: Sequence[AuthResult],
    forwarded: bool,
    registry: AgencyRegistry,
    data: AuthenticityData | None = None,
) -> Authenticity:
    """Whether the requester is verified by the message's authentication (DOMAIN.md)."""
    data = data or authenticity_data()
    domain = domain_of(sender)
    assessment = classify_domain(domain, registry, data)
    passing = [r for r in results if r.result == "pass" and r.method in ("dkim", "dmarc") and r.domain]
    reasons: list[str] = []
    passed = tuple(f"{r.method} {r.domain} ({r.source})" for r in passing)
    if forwarded:
        reasons.append("the message was forwarded: the original sender's authentication cannot be checked")
    if assessment.domain_class is DomainClass.NONE:
        reasons.append("the message has no sender address")
    elif assessment.domain_class in (DomainClass.FREE_MAIL, DomainClass.LOOKALIKE):
        reasons.append(assessment.reason)
    aligned_pass = [r for r in passing if domain and aligned(r.domain or "", domain)]
    if domain and not aligned_pass:
        if passing:
            reasons.append(
                f"authentication passed only for {', '.join(sorted({r.domain or '' for r in passing}))}, "
                f"not for the sender's domain {domain}"
            )
        elif results:
            reasons.append(
                f"DKIM/DMARC did not pass for {domain} (" + ", ".join(f"{r.method}={r.result}" for r in results) + ")"
            )
        else:
            reasons.append(f"no DKIM signature or trusted authentication result for {domain}")
    if requester_kind in GOVERNMENT_KINDS:
        if claimed_agency is None:
            reasons.append(
                "the requester is not an agency in the registry, so no domain can verify it"
                + (
                    " (a government domain, but not a listed agency's)"
                    if assessment.domain_class is DomainClass.GOVERNMENT
                    else ""
                )
            )
        elif domain and not registry.lists_domain(claimed_agency, domain):
            listed = ", ".join(claimed_agency.email_domains) or "none"
            reasons.append(f"{domain} is not among {claimed_agency.id}'s listed domains ({listed})")
    elif assessment.domain_class in (DomainClass.GOVERNMENT, DomainClass.REGISTRY):
        reasons.append(f"a private party writing from a government domain ({domain})")
    verified = not reasons
    return Authenticity(verified=verified, sender=sender, domain=assessment, passed=passed, reasons=tuple(reasons))

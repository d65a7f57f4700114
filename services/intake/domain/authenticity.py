"""Requester authenticity, as docs/domain.md defines it. Pure: the DKIM check itself is an adapter.

* :func:`parse_authentication_results` reads ``Authentication-Results`` headers, trusting only
  those stamped by a configured authserv-id (our own MX), and only the topmost such header.
  The MX must strip incoming headers that claim its authserv-id (RFC 8601 section 5).
* :func:`classify_domain` says what a sender domain is: a registry agency's, a government
  body's (the government registry: every ``.gov`` domain, ``.mil``, the ``.us`` locality
  names, the foreign table; see ``shared/reference/government.py``), a free-mail
  provider's, a look-alike of any registry domain (:mod:`services.intake.domain.lookalike`),
  or an ordinary one.
* :func:`assess_authenticity` decides ``requester.verified``: a government sender is
  verified when DKIM or DMARC passes, aligned with the From domain, for a domain in the
  government registry or a subdomain of one; it is then verified *as that body* (kind and
  country from the registry, :attr:`Authenticity.verified_as`) and the requester named in
  the text must be that body (:mod:`services.intake.domain.requester_match`). A private
  party is verified when it passes for its own domain. Free-mail and look-alike domains
  never verify; a forwarded message does not verify its original sender, unless it was
  forwarded within the same body (a colleague at the same registry body, or the same
  domain), whose own authentication then counts. A DKIM pass never
  confirms an emergency request (that takes an out-of-band confirmation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from services.intake.domain.lookalike import Folding, LookalikeIndex, to_unicode
from services.intake.domain.requester_match import match_requester
from shared.reference import Agency, AgencyRegistry, domain_of
from shared.reference.government import GovernmentBody, GovernmentRegistry, government_registry
from shared.vocabulary import RequesterKind

GOVERNMENT_KINDS = frozenset(
    {RequesterKind.FEDERAL, RequesterKind.STATE_LOCAL, RequesterKind.FOREIGN_GOVERNMENT, RequesterKind.COURT}
)


@dataclass(frozen=True)
class AuthenticityData:
    free_mail_domains: frozenset[str]
    country_tlds: Mapping[str, str]
    confusables: Mapping[str, str]
    confusable_sequences: Mapping[str, str]
    government_words: frozenset[str]
    agency_words_ignored: frozenset[str]

    @classmethod
    def from_mapping(cls, document: Mapping[str, Any]) -> AuthenticityData:
        return cls(
            free_mail_domains=frozenset(d.lower() for d in document["free_mail_domains"]),
            country_tlds={k.lower(): v for k, v in document["country_tlds"].items()},
            confusables={str(k): str(v) for k, v in document["confusables"].items()},
            confusable_sequences={str(k): str(v) for k, v in document["confusable_sequences"].items()},
            government_words=frozenset(document["government_words"]),
            agency_words_ignored=frozenset(document.get("agency_words_ignored", [])),
        )

    @property
    def folding(self) -> Folding:
        return Folding(self.confusables, self.confusable_sequences)


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
    REGISTRY = "REGISTRY"  # a domain the agency registry lists for an agency (or a subdomain of one)
    GOVERNMENT = "GOVERNMENT"  # a government body's domain (government registry), or an unlisted .gov one
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
    body: GovernmentBody | None = None  # the government body the domain belongs to (REGISTRY, GOVERNMENT)


def _within(domain: str, suffix: str) -> bool:
    return domain == suffix or domain.endswith("." + suffix)


def country_of_domain(
    domain: str | None, data: AuthenticityData, government: GovernmentRegistry | None = None
) -> str | None:
    """Whose domain it is: the government body's country, else the ccTLD's."""
    if not domain:
        return None
    body = (government or government_registry()).lookup(domain)
    if body is not None:
        return body.country
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


_INDEXES: dict[tuple[int, int, int], tuple[object, object, object, LookalikeIndex]] = {}


def lookalike_index(
    registry: AgencyRegistry, data: AuthenticityData | None = None, government: GovernmentRegistry | None = None
) -> LookalikeIndex:
    """The look-alike index over every registry domain, built once per (registry, data) pair."""
    data = data or authenticity_data()
    government = government or government_registry()
    key = (id(registry), id(data), id(government))
    cached = _INDEXES.get(key)
    if cached is None:
        index = LookalikeIndex(
            {*government.known_domains(), *registry.all_domains()},
            folding=data.folding,
            government_words=data.government_words,
            agency_words=_agency_words(registry, data),
        )
        cached = _INDEXES[key] = (registry, data, government, index)
    return cached[3]


def classify_domain(
    domain: str | None,
    registry: AgencyRegistry,
    data: AuthenticityData | None = None,
    government: GovernmentRegistry | None = None,
) -> DomainAssessment:
    """What kind of domain a sender writes from (see :class:`DomainClass`)."""
    data = data or authenticity_data()
    government = government or government_registry()
    if not domain:
        return DomainAssessment(None, DomainClass.NONE, reason="no sender domain")
    domain = domain.strip().lower().rstrip(".")
    readable = to_unicode(domain)
    if readable.isascii():
        body = government.lookup(domain)
        agency = registry.by_domain(domain)
        if agency is not None:
            return DomainAssessment(
                domain,
                DomainClass.REGISTRY,
                agency,
                body.country if body is not None else "US",
                f"{domain} is listed for {agency.id}",
                body,
            )
        if body is not None:
            return DomainAssessment(
                domain,
                DomainClass.GOVERNMENT,
                country=body.country,
                reason=f"{domain} belongs to {body.name} ({body.domain}, {body.domain_type})",
                body=body,
            )
    for provider in data.free_mail_domains:
        if _within(domain, provider):
            return DomainAssessment(
                domain,
                DomainClass.FREE_MAIL,
                country=country_of_domain(domain, data, government),
                reason=f"{domain} is a free-mail provider",
            )
    # Names under an unconfirmed suffix are not compared letter by letter: mg.gov.br is no typo of mj.gov.br.
    suffix = government.unconfirmed_suffix_above(domain) if readable.isascii() else None
    imitation = lookalike_index(registry, data, government).imitates(domain, edits=suffix is None)
    if imitation is not None:
        return DomainAssessment(domain, DomainClass.LOOKALIKE, reason=imitation)
    if suffix is not None:
        return DomainAssessment(
            domain,
            DomainClass.ORDINARY,
            country=suffix.country,
            reason=f"{domain} is under {suffix.domain}, a suffix no source confirms only {suffix.name} "
            "registers under: its DKIM does not verify a government sender",
        )
    if readable.isascii() and domain.endswith(".gov"):
        return DomainAssessment(
            domain,
            DomainClass.GOVERNMENT,
            country="US",
            reason=f"{domain} is a .gov domain the government registry does not list (newer than its copy?)",
        )
    return DomainAssessment(
        domain,
        DomainClass.ORDINARY,
        country=country_of_domain(domain, data, government),
        reason=f"{domain} is an ordinary domain",
    )


# --- the decision -------------------------------------------------------------------------------


def aligned(authenticated: str, sender: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other."""
    return authenticated == sender or sender.endswith("." + authenticated) or authenticated.endswith("." + sender)


def passing(results: Sequence[AuthResult]) -> list[AuthResult]:
    """The DKIM and DMARC results that passed for a domain."""
    return [r for r in results if r.result == "pass" and r.method in ("dkim", "dmarc") and r.domain]


def passing_for(results: Sequence[AuthResult], domain: str | None) -> list[AuthResult]:
    """Those of ``passing`` aligned with ``domain`` (none without a domain)."""
    return [r for r in passing(results) if domain and aligned(r.domain or "", domain)]


@dataclass(frozen=True)
class Authenticity:
    verified: bool
    sender: str | None  # the address whose authenticity is in question (the original sender of a forward)
    domain: DomainAssessment
    passed: tuple[str, ...] = ()  # e.g. ("dkim header.d=cbp.dhs.gov via authentication-results mx.dueprocess.local",)
    reasons: tuple[str, ...] = field(default=())
    #: A verified government sender: the body it is verified as (kind and country from the registry).
    verified_as: GovernmentBody | None = None
    match: str | None = None  # how the named requester was matched to the domain's body

    def to_json(self) -> dict[str, Any]:
        body = self.verified_as
        return {
            "verified": self.verified,
            "sender_domain": self.domain.domain,
            "domain_class": self.domain.domain_class.value,
            "domain_agency": self.domain.agency.id if self.domain.agency else None,
            "government_body": (
                {
                    "domain": body.domain,
                    "name": body.name,
                    "kind": body.kind.value,
                    "country": body.country,
                    "state": body.state,
                    "domain_type": body.domain_type,
                }
                if body is not None
                else None
            ),
            "passed": list(self.passed),
            "reasons": list(self.reasons),
        }


def _forwarded_within(
    original: str | None, forwarder: str | None, assessment: DomainAssessment, government: GovernmentRegistry
) -> str | None:
    """The forwarder's domain when it forwarded within the original sender's body (or domain), else None."""
    if not original or not forwarder:
        return None
    if assessment.domain_class in (DomainClass.FREE_MAIL, DomainClass.LOOKALIKE, DomainClass.NONE):
        return None
    if assessment.body is not None:
        return forwarder if government.lookup(forwarder) == assessment.body else None
    return forwarder if assessment.domain_class is DomainClass.ORDINARY and aligned(forwarder, original) else None


def assess_authenticity(
    *,
    sender: str | None,
    claimed_agency: Agency | None,
    requester_kind: RequesterKind,
    results: Sequence[AuthResult],
    forwarded: bool,
    registry: AgencyRegistry,
    data: AuthenticityData | None = None,
    requester_name: str | None = None,
    government: GovernmentRegistry | None = None,
    forwarded_by: str | None = None,
) -> Authenticity:
    """Whether the requester is verified by the message's authentication (docs/domain.md).

    ``requester_name`` is the requester as the text names it ("Ohio State Highway Patrol");
    without it, ``claimed_agency`` (a registry agency the text names) is matched to the domain.
    ``forwarded_by`` is who forwarded a forwarded message (its From): a forward within the
    original sender's body (or domain) is checked by the forwarder's authentication.
    """
    data = data or authenticity_data()
    government = government or government_registry()
    domain = domain_of(sender)
    assessment = classify_domain(domain, registry, data, government)
    passed_any = passing(results)
    reasons: list[str] = []
    passed = tuple(f"{r.method} {r.domain} ({r.source})" for r in passed_any)
    checked = domain  # whose authentication must pass
    if forwarded:
        internal = _forwarded_within(domain, domain_of(forwarded_by), assessment, government)
        if internal is None:
            reasons.append("the message was forwarded: the original sender's authentication cannot be checked")
        else:
            checked = internal
    if assessment.domain_class is DomainClass.NONE:
        reasons.append("the message has no sender address")
    elif assessment.domain_class in (DomainClass.FREE_MAIL, DomainClass.LOOKALIKE):
        reasons.append(assessment.reason)
    aligned_pass = passing_for(results, checked)
    if checked and not aligned_pass:
        if passed_any:
            reasons.append(
                f"authentication passed only for {', '.join(sorted({r.domain or '' for r in passed_any}))}, "
                f"not for the sender's domain {checked}"
            )
        elif results:
            reasons.append(
                f"DKIM/DMARC did not pass for {checked} (" + ", ".join(f"{r.method}={r.result}" for r in results) + ")"
            )
        else:
            reasons.append(f"no DKIM signature or trusted authentication result for {checked}")
    body = assessment.body
    match: str | None = None
    if requester_kind in GOVERNMENT_KINDS:
        if body is None:
            if assessment.domain_class in (DomainClass.REGISTRY, DomainClass.GOVERNMENT, DomainClass.ORDINARY):
                reasons.append(f"{domain} is not a domain in the government registry, so it cannot verify a government")
        elif domain:
            matched = match_requester(requester_name, body, domain, registry, claimed_agency=claimed_agency)
            match = matched.reason
            if not matched.matched:
                reasons.append(matched.reason)
    elif assessment.domain_class in (DomainClass.GOVERNMENT, DomainClass.REGISTRY):
        reasons.append(f"a private party writing from a government domain ({domain})")
    verified = not reasons
    return Authenticity(
        verified=verified,
        sender=sender,
        domain=assessment,
        passed=passed,
        reasons=tuple(reasons),
        verified_as=body if verified and requester_kind in GOVERNMENT_KINDS else None,
        match=match,
    )

"""Whether the requester named in a message is the government body its domain belongs to. Pure.

docs/domain.md "Authenticity": a DKIM or DMARC pass for a registry domain verifies the sender as that
body; the requester the text names is then matched to it. :func:`match_requester` says:

* **a state named**: a state agency ("Ohio State Highway Patrol", "Texas Department of Public
  Safety", "State of Ohio ...") belongs to that state. It matches a state's (or an interstate
  body's) domain of the same state; under another state's, a county's or city's, a federal or a
  foreign domain it is another body.
* **a county or city named** ("Franklin County Sheriff's Office", "City of Columbus"): under a
  county's domain the county and any city named must be that body's, under a city's domain the
  city named (a city may carry the county offices within it: ``dany.nyc.gov``); a state's
  domain may carry its counties' and courts' names (``nycourts.gov`` for "Supreme Court, County
  of Kings").
* **a registry agency named** ("FBI", "Department of Homeland Security"): the domain must be
  that agency's, one of its components' (DHS named from ``cbp.dhs.gov``) or its department's
  (FBI from ``usdoj.gov``); a state's, a city's, a foreign domain is never the FBI's, nor is
  a sibling component's (CBP from ``ice.dhs.gov``).
* otherwise the name is taken as the body's own name (MATCH).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from shared.reference import Agency, AgencyRegistry, contains_phrase, normalize_name, normalize_words
from shared.reference.government import US_STATES, GovernmentBody
from shared.vocabulary import RequesterKind

_LOCAL_TYPES = ("County", "City", "Special district", "School district", "Tribal")
# Words after a state's name that make it a state agency's name ("Ohio State Highway Patrol").
_STATE_AGENCY_WORDS = (
    r"state|department|dept|attorney general|office of the attorney general|highway patrol|bureau|"
    r"division|police|supreme court|court of appeals|courts|judiciary|superior court|office of|"
    r"public safety|commission|agency|secretary of state|governor"
)


@cache
def _state_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = {code: normalize_words(name) for code, name in US_STATES.items()}
    patterns = []
    for code, words in names.items():
        # "Virginia" inside "West Virginia" is not Virginia.
        longer = "".join(
            f"(?<!{re.escape(other[: -len(words)])})" for other in names.values() if other.endswith(" " + words)
        )
        needle = re.escape(words)
        patterns.append(
            (
                code,
                re.compile(
                    rf"(?:\b(?:state|commonwealth|territory|government) of (?:the )?{needle}\b)"
                    rf"|(?:{longer}\b{needle} (?:{_STATE_AGENCY_WORDS})\b)"
                ),
            )
        )
    return tuple(patterns)


_COUNTY_RE = re.compile(r"\b(?:county of ([a-z]+)|([a-z]+) county|parish of ([a-z]+)|([a-z]+) parish)\b")
_CITY_RE = re.compile(r"\b(?:city|town|village|borough|township) of ([a-z]+)\b")
_NOT_PLACES = frozenset({"the", "a", "an", "this", "said", "each", "any", "our", "your", "same", "and"})
# Words every agency's name has: sharing one of them says nothing about being the same body.
_GENERIC = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "department",
        "dept",
        "office",
        "county",
        "city",
        "town",
        "village",
        "state",
        "states",
        "police",
        "sheriff",
        "sheriffs",
        "court",
        "courts",
        "district",
        "attorney",
        "general",
        "public",
        "safety",
        "division",
        "bureau",
        "commission",
        "board",
        "highway",
        "patrol",
        "services",
        "service",
        "government",
        "political",
        "subdivision",
        "township",
        "borough",
        "parish",
        "municipal",
        "authority",
        "agency",
        "us",
        "united",
        "federal",
        "national",
        "commonwealth",
        "territory",
    ]
)


def _distinctive(text: str) -> set[str]:
    return {w for w in text.split() if len(w) >= 3 and w not in _GENERIC}


def _own_words(body: GovernmentBody) -> set[str]:
    return _distinctive(normalize_words(f"{body.organization} {body.suborganization or ''} {body.city or ''}"))


def named_states(name: str) -> set[str]:
    """The U.S. states a requester's name names as a state agency's ("Kansas City" names none)."""
    text = normalize_words(name)
    return {code for code, pattern in _state_patterns() if pattern.search(text)}


def _places(pattern: re.Pattern[str], text: str) -> set[str]:
    return {w for m in pattern.finditer(text) for w in m.groups() if w and w not in _NOT_PLACES}


@dataclass(frozen=True)
class RequesterMatch:
    matched: bool
    reason: str


def _body_agency(body: GovernmentBody, domain: str, registry: AgencyRegistry) -> Agency | None:
    """The registry agency a federal body is: by its listed domains, else by its CISA organisation names."""
    listed = registry.by_domain(domain)
    if listed is not None:
        return listed
    if body.kind not in (RequesterKind.FEDERAL, RequesterKind.COURT) or body.source != "dotgov":
        return None
    for name in (body.suborganization, body.organization):
        agency = registry.resolve(name) if name else None
        if agency is not None:
            return agency
    return None


def match_agency(agency: Agency, body: GovernmentBody, domain: str, registry: AgencyRegistry) -> RequesterMatch:
    """Whether a registry agency may write from ``domain`` (the body's): its own domain or a component's."""
    if registry.lists_domain(agency, domain):
        return RequesterMatch(True, f"{domain} is listed for {agency.id}")
    own = _body_agency(body, domain, registry)
    if own is not None and agency.id in {a.id for a in registry.lineage(own)}:
        return RequesterMatch(True, f"{domain} belongs to {own.id}, part of {agency.id}")
    if own is not None and own.id in {a.id for a in registry.lineage(agency)}:
        # A department's domain carries its components' mail (an FBI agent at usdoj.gov).
        return RequesterMatch(True, f"{domain} belongs to {own.id}, of which {agency.id} is part")
    owner = own.id if own is not None else body.name
    return RequesterMatch(False, f"the requester {agency.id} is another body than {domain}'s ({owner})")


def _without_alias(text: str, agency: Agency) -> str:
    """``text`` less the longest of the agency's names it contains ("FBI Cleveland Field Office" -> "cleveland ...")."""
    for alias in sorted((normalize_name(n) for n in agency.names), key=len, reverse=True):
        if alias and contains_phrase(text, alias):
            return re.sub(rf"(?<![\w§]){re.escape(alias)}(?![\w§])", " ", text, count=1)
    return text


def match_requester(
    name: str | None,
    body: GovernmentBody,
    domain: str,
    registry: AgencyRegistry,
    *,
    claimed_agency: Agency | None = None,
) -> RequesterMatch:
    """Whether the requester ``name`` (or, without a name, ``claimed_agency``) is ``body``."""
    if not name:
        if claimed_agency is not None:
            return match_agency(claimed_agency, body, domain, registry)
        return RequesterMatch(True, f"no requester named; verified as {body.name} ({body.domain})")
    text = normalize_words(name)
    where = f"{domain} belongs to {body.name}"
    if text in {normalize_words(body.organization), normalize_words(body.suborganization or "")}:
        return RequesterMatch(True, f"{name} is the registry's name for {domain}")
    own = _own_words(body)
    states = named_states(name)
    if states:
        stated = ", ".join(sorted(US_STATES[s] for s in states))
        state_words = {w for s in states for w in normalize_words(US_STATES[s]).split()}
        if body.country == "US" and states == {body.state}:
            if body.domain_type.startswith(("State or territory", "Interstate")):
                return RequesterMatch(True, f"{name} belongs to {stated}, and so does {domain}")
            if (_distinctive(text) - state_words) & own:
                return RequesterMatch(True, f"{name} is {body.name} of {stated} ({domain})")
        if body.domain_type == "Interstate" and body.state in states:
            return RequesterMatch(True, f"{name} is a {stated} body and {where}, an interstate body")
        return RequesterMatch(False, f"{name} is a {stated} state agency, but {where}")
    if body.country == "US" and body.domain_type.startswith(_LOCAL_TYPES):
        label = body.domain.split(".")[0]
        # A county's domain is that county's; a city's may carry the county offices within it
        # (New York City's borough district attorneys, consolidated city-counties): only another
        # city is a mismatch there.
        checks = (
            [("city", _CITY_RE)]
            if body.domain_type.startswith("City")
            else [("county", _COUNTY_RE), ("city", _CITY_RE)]
        )
        for what, pattern in checks:
            for place in _places(pattern, text):
                if place not in own and place not in label:
                    return RequesterMatch(False, f"{name} names the {what} {place.title()}, but {where}")
    agency = registry.resolve(name)
    if agency is not None:
        if registry.by_domain(domain) is not None or body.kind in (RequesterKind.FEDERAL, RequesterKind.COURT):
            return match_agency(agency, body, domain, registry)
        if _distinctive(_without_alias(text, agency)) & own:
            return RequesterMatch(True, f"{name} is {body.name}'s own name ({domain}), not {agency.id}")
        return RequesterMatch(False, f"the requester {agency.id} is another body than {domain}'s ({body.name})")
    if claimed_agency is not None and body.source == "dotgov" and body.kind is RequesterKind.FEDERAL:
        return match_agency(claimed_agency, body, domain, registry)
    return RequesterMatch(True, f"{name} is taken as the body {domain} belongs to ({body.name})")

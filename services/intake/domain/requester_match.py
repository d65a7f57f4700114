"""Whether the requester named in a message is the government body its domain belongs to. Pure.

DOMAIN.md "Authenticity": a DKIM or DMARC pass for a registry domain verifies the sender as that
body; the requester the text names is then matched to it. :func:`match_requester` says:

* **a state named**: a state agency ("Ohio State Highway Patrol", "Texas Department of Public
  Safety", "State of Ohio ...") belongs to that state. It matches a state's (or an interstate
  body's) domain of the same state; under another state's, a county's or city's, a federal or a
  foreign domain it is another body.
* **a county or city named** ("Franklin County Sheriff's Office", "City of Columbus"): under a
  county's or city's domain the place must be that body's; a state's domain may carry its
  counties' and courts' names (``nycourts.gov`` for "Supreme Court, County of Kings").
* **a registry agency named** ("FBI", "Department of Homeland Security"): the domain must be
  that agency's (or one of its components': DHS named from ``cbp.dhs.gov``); a state's, a
  city's, a foreign domain is never the FBI's.
* otherwise the name is taken as the body's own name (MATCH).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from shared.reference import Agency, AgencyRegistry, normalize_words
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
    owner = own.id if own is not None else body.name
    return RequesterMatch(False, f"the requester {agency.id} is another body than {domain}'s ({owner})")


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
    states = named_states(name)
    where = f"{domain} belongs to {body.name}"
    if states:
        stated = ", ".join(sorted(US_STATES[s] for s in states))
        if body.domain_type == "Interstate" and body.state in states:
            return RequesterMatch(True, f"{name} is a {stated} body and {where}, an interstate body")
        if body.country == "US" and body.domain_type.startswith("State or territory") and states == {body.state}:
            return RequesterMatch(True, f"{name} belongs to {stated}, and so does {domain}")
        return RequesterMatch(False, f"{name} is a {stated} state agency, but {where}")
    if body.country == "US" and body.domain_type.startswith(_LOCAL_TYPES):
        own_words = set(normalize_words(f"{body.organization} {body.suborganization or ''} {body.city or ''}").split())
        own_words.add(body.domain.split(".")[0])
        for what, pattern in (("county", _COUNTY_RE), ("city", _CITY_RE)):
            for place in _places(pattern, text):
                if place not in own_words and not any(place in w for w in own_words if len(w) > len(place)):
                    return RequesterMatch(False, f"{name} names the {what} {place.title()}, but {where}")
    agency = registry.resolve(name)
    if agency is not None:
        return match_agency(agency, body, domain, registry)
    if claimed_agency is not None and body.source == "dotgov" and body.kind is RequesterKind.FEDERAL:
        return match_agency(claimed_agency, body, domain, registry)
    return RequesterMatch(True, f"{name} is taken as the body {domain} belongs to ({body.name})")

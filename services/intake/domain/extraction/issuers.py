"""Who may have issued a demand, as written in its text: the registry's agencies by name and
alias, and the organisations the registry does not list (U.S. Attorney's offices, police
departments, district attorneys, law firms, foreign police), each with its requester kind. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from shared.reference import Agency, AgencyRegistry
from shared.vocabulary import RequesterKind

_US = r"(?:U\.?\s?S\.?|United\s+States)"


@cache
def _name_regex(name: str) -> re.Pattern[str]:
    words = re.sub(r"^(?:U\.S\.|United States)\s+", "", name.strip())
    pattern = re.escape(words).replace(r"\ ", r"\s+").replace("'", "['’]")
    if words != name.strip():
        pattern = rf"(?:(?:the\s+)?{_US}\s+)?{pattern}"
    if name.isupper() and len(name) <= 6:
        return re.compile(rf"(?<![\w@.-]){pattern}(?![\w@-])")
    return re.compile(rf"(?<![\w@.-]){pattern}(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class AgencyHit:
    agency: Agency
    start: int
    end: int


@cache
def _clue(name: str) -> str:
    """A word every match of the name's pattern contains as written (case aside): a cheap test first."""
    words = [w for w in name.lower().split() if "'" not in w and "’" not in w]
    return max(words, key=len) if words else ""


def find_agencies(text: str, registry: AgencyRegistry) -> list[AgencyHit]:
    hits: list[AgencyHit] = []
    lowered = text.lower()
    for name, agency in registry.names():
        if name == agency.id and not name.isalpha():
            continue
        if _clue(name) not in lowered:
            continue
        for match in _name_regex(name).finditer(text):
            hits.append(AgencyHit(agency, match.start(), match.end()))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[AgencyHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


ORG_PATTERNS: tuple[tuple[str, RequesterKind], ...] = (
    # Foreign authorities (country read from the domain or the text).
    (
        r"\b(?:Metropolitan Police Service|Metropolitan Police(?! Department)|National Crime Agency|Police Scotland|"
        r"(?:[A-Z][a-z]+ )?Constabulary|Bundeskriminalamt|Polizeipr[äa]sidium(?: [A-ZÄÖÜ][\wäöüß]+)?|"
        r"Royal Canadian Mounted Police|Australian Federal Police|Gendarmerie nationale|Garda S[íi]och[áa]na|"
        r"Polic[ií]a (?:Nacional|Federal)|Direction g[ée]n[ée]rale de la s[ée]curit[ée] int[ée]rieure|Europol)\b",
        RequesterKind.FOREIGN_GOVERNMENT,
    ),
    # U.S. federal offices the registry files under a department.
    (
        r"\b(?:Office of the )?United States Attorney['’]?s? Office(?:[ \t]+for the[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}District of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?",
        RequesterKind.FEDERAL,
    ),
    (
        r"\bU\.S\. Attorney['’]?s? Office(?:[ \t]+for the[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}District of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?",
        RequesterKind.FEDERAL,
    ),
    (
        r"\bOffice of (?:the )?Inspector General(?:,? (?:U\.S\. )?Department of [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*)?",
        RequesterKind.FEDERAL,
    ),
    # State and local.
    (r"(?i:\bOffice of the Attorney General(?: of(?: the State of)? [a-z]+(?: [a-z]+)?)?)", RequesterKind.STATE_LOCAL),
    (
        r"\b(?:(?:[A-Z][a-z]+|[A-Z]{2,})[ \t]){1,4}(?:Police Department|Police Dept\.?|Sheriff['’]?s? (?:Office|Department)|"
        r"Department of Public Safety|State Police|State Patrol|Highway Patrol|Bureau of Investigation|Marshal['’]?s? Office|"
        r"Division of Police|Police Division|Police Bureau|Bureau of Police)\b",
        RequesterKind.STATE_LOCAL,
    ),
    # Local prosecutors and defenders by their titles' offices ("Office of the Commonwealth's Attorney").
    (
        r"\b(?:Office of the[ \t]+)?(?:(?:(?!Federal\b)[A-Z][a-z]+[ \t]){1,3})?(?<!Federal[ \t])(?:City Attorney|"
        r"Prosecuting Attorney|Commonwealth['’]s Attorney|State['’]s Attorney|Public Defender)(?:['’]s Office)?(?![\w'’])",
        RequesterKind.STATE_LOCAL,
    ),
    (
        r"\b(?:Office of the )?(?:(?:[A-Z][a-z]+[ \t]){1,3})?(?:County[ \t])?District Attorney(?:['’]s Office)?(?:,?[ \t]+(?:of[ \t]+)?(?:[A-Z][a-z]+[ \t]){0,2}County)?",
        RequesterKind.STATE_LOCAL,
    ),
    (
        r"\b(?:Office of the[ \t]+)?(?:[A-Z][a-z]+[ \t]){1,2}Attorney General(?:['’]s Office)?",
        RequesterKind.STATE_LOCAL,
    ),
    (r"\b(?:[A-Z][a-z]+[ \t]){1,3}(?:County )?Prosecutor['’]?s? Office\b", RequesterKind.STATE_LOCAL),
    # Private parties.
    (
        r"\b(?:[A-Z][A-Za-z&'’.-]+(?:,?[ \t]+|[ \t]*&[ \t]*)){1,5}(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PLLC|P\.A\.|APC|A\.P\.C\.|APLC|Law Group|Law Firm|Law Offices?)(?![\w])",
        RequesterKind.PRIVATE_PARTY,
    ),
    (r"\bLaw Offices? of(?:[ \t\n]+[A-Z][\w.'’-]*){1,4}", RequesterKind.PRIVATE_PARTY),
)

FOREIGN_COUNTRY_WORDS = (
    (
        r"\bUnited Kingdom\b|\bMetropolitan Police\b(?! Department)|\bNational Crime Agency\b|\bPolice Scotland\b|\bConstabulary\b|\bCrown Court\b|Overseas Production Order",
        "GB",
    ),
    (r"\bBundeskriminalamt\b|\bPolizeipr[äa]sidium\b|\bGermany\b|\bDeutschland\b", "DE"),
    (r"\bRoyal Canadian Mounted Police\b|\bCanada\b", "CA"),
    (r"\bAustralian Federal Police\b|\bAustralia\b", "AU"),
    (r"\bGendarmerie\b|\bFrance\b|\bR[ée]publique fran[çc]aise\b", "FR"),
    (r"\bGarda\b|\bIreland\b", "IE"),
    # The Crown Dependencies and the territories with their own police and courts (and ISO codes).
    (r"\bIsle of Man\b|\bManx\b", "IM"),
    (r"\bBailiwick of Jersey\b|\bStates of Jersey\b", "JE"),
    (r"\bBailiwick of Guernsey\b|\bGuernsey\b", "GG"),
    (r"\bBermuda\b", "BM"),
    (r"\bCayman Islands\b", "KY"),
    (r"\bBritish Virgin Islands\b", "VG"),
    (r"\bTurks and Caicos\b", "TC"),
    (r"\bGibraltar\b", "GI"),
)

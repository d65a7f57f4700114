"""The court that issued a demand (for the kinds of process courts issue). Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from shared.vocabulary import ProcessType

_COURT = re.compile(
    r"(?i:(?P<court>(?:United States|U\.S\.) District Court|United States Bankruptcy Court|Superior Court|Circuit Court|District Court|"
    r"County Court|Court of Common Pleas|Magistrate['’]?s?[ \t]+Court|Crown Court|Supreme Court|Justice Court|Municipal Court|Amtsgericht|"
    r"General Sessions Court))"
)
# The place or number written before a court's kind: "King County Superior Court", "54-B District Court".
#: Each word whole ("19TH", never its "TH"); an ordinal's number with its suffix ("19th Judicial District Court").
_PREFIX = re.compile(r"(?:(?<![\w.'’-])(?:\d+(?i:st|nd|rd|th)?-?[A-Z]?|[A-Z][\w.'’-]*)[ \t]+){1,3}$")
_NOT_PREFIX = {
    "the",
    "in",
    "of",
    "by",
    "to",
    "a",
    "an",
    "this",
    "that",
    "honorable",
    "judge",
    "clerk",
    "from",
    "and",
    "for",
    "at",
    "said",
}
_COURT_CONNECTORS = {"of", "for", "the", "in", "and", "at", "county", "district", "division", "city", "state"}
_GENERIC_COURTS = {
    "superior court",
    "circuit court",
    "district court",
    "county court",
    "supreme court",
    "justice court",
    "municipal court",
    "crown court",
    "magistrate's court",
    "magistrates court",
    "magistrate court",
}


_DISTRICT_LINE = re.compile(
    r"\s*(?:the\s+)?(?:(?:northern|southern|eastern|western|central|middle)\s+district|district\s+of)\b", re.IGNORECASE
)
#: A caption's county or parish on the line under an unqualified court, without the state after it.
_PLACE_LINE = re.compile(
    r"\s*(?P<place>(?i:parish|county)\s+(?i:of)\s+[A-Z][\w.'’-]*(?:[ \t]+(?!(?i:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|\d+\w*|judicial|district|circuit|division|state|commonwealth)\b)[A-Z][\w.'’-]*){0,2})"
)
_ABBREVIATION = re.compile(
    r"(?:[A-Z]\.)+|U\.S\.|Co\.|Div\.|No\.|St\.|Ct\.|Mo\.|Cal\.|Tex\.|Ill\.|Mass\.|Va\.|Pa\.|Ga\.|Fla\.",
    re.IGNORECASE,  # a caption in capitals too ("PARISH OF ST. MARTIN")
)


_PLACE_PART = re.compile(
    r"\s*(?:(?:the\s+)?(?:(?:northern|southern|eastern|western|central|middle)\s+)?district\s+of|(?:city\s+and\s+)?county\s+of|"
    r"parish\s+of|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?:county|parish)\b|division\s+[IVX\d]+\b)",
    re.IGNORECASE,
)


def _without_address(rest: str) -> str:
    """ "..., County of Alameda" and ", Northern District of Illinois" belong to a court's name; a city and
    state after a comma (", Columbus, Ohio") are its address and a division (", Law Division") a part of it."""
    head, *parts = rest.split(",")
    kept = [head]
    place = bool(re.search(r"\b(?:county|parish)\b", head, re.IGNORECASE))
    for part in parts:
        if _PLACE_PART.match(part):
            place = True
        elif not (place and re.match(r"\s*[A-Z][A-Za-z]+", part)):
            break  # after a county, its state ("Clark County, Nevada") still belongs
        else:
            place = False
        kept.append(part)
    return ",".join(kept)


_COUNTY = re.compile(
    r"\b(?:COUNTY OF [A-Z]+(?: [A-Z]+)?|[A-Z][A-Z]+(?: [A-Z]+)? COUNTY)\b|\b(?:County of [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_QUALIFIED = re.compile(r"\b(?:county|parish|district of|circuit|at|for|united states|u\.s\.)\b", re.IGNORECASE)


def _county_above(text: str, start: int) -> str | None:
    """The county a caption names just above or before an unqualified court ("STATE OF OHIO, CUYAHOGA COUNTY")."""
    window_start = start
    for _ in range(3):
        window_start = text.rfind("\n", 0, max(window_start - 1, 0)) + 1
        if window_start == 0:
            break
    found = _COUNTY.findall(text[window_start:start])
    if not found:
        return None
    county = found[-1]
    return " ".join(w if w.lower() != "of" else "of" for w in county.title().split())


def _court_name(text: str, match: re.Match[str]) -> str | None:
    """The court's full name: its words, then "for/of/at ..." on the same line or the next."""
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end == -1 else line_end
    rest = text[match.end() : line_end]
    if not rest.strip() or re.fullmatch(r"\s*(?:for|of|in and for)(?:\s+the)?\s*", rest, re.IGNORECASE):
        # "UNITED STATES DISTRICT COURT / for the / Northern District of Georgia": the name goes on below.
        position = line_end
        for _ in range(2):
            following_end = text.find("\n", position + 1)
            following = text[position + 1 : len(text) if following_end == -1 else following_end]
            if re.fullmatch(r"\s*(?:for|of|in and for)(?:\s+the)?\s*", following, re.IGNORECASE):
                rest += " " + following.strip()
                position = len(text) if following_end == -1 else following_end
                continue
            if re.match(r"\s*(?:for|of|in and for|at)\b", following, re.IGNORECASE) or (
                rest.strip() and _DISTRICT_LINE.match(following)
            ):
                rest += " " + following
            elif _DISTRICT_LINE.match(following):
                rest = ", " + following.strip()
            elif not rest.strip() and (place := _PLACE_LINE.match(following)) is not None:
                rest = ", " + place.group("place")  # "... COURT / PARISH OF ST. LANDRY, STATE OF LOUISIANA"
            break
    rest = _without_address(rest)
    tokens = re.findall(r",|[^\s,]+", rest)
    kept: list[str] = []
    for token in tokens:
        bare = token.strip(".'’")
        if token == ",":
            kept.append(token)
            continue
        if kept and kept[-1] != "," and kept[-1].endswith(".") and not _ABBREVIATION.fullmatch(kept[-1]):
            break  # "... County, Texas. Please": the sentence has ended
        if bare.lower() in _COURT_CONNECTORS or (bare[:1].isupper() and re.fullmatch(r"[\w.'’-]+", bare)):
            if bare.lower() in ("v", "vs") or bare.isdigit():
                break
            kept.append(token)
            continue
        break
    while kept and (kept[-1] == "," or kept[-1].strip(".").lower() in {"of", "for", "the", "in", "and", "at"}):
        kept.pop()
    tail = " ".join(kept).replace(" ,", ",")
    name = " ".join(f"{match.group('court')} {tail}".split()).replace(" ,", ",").strip(" ,.")
    if name.lower() in _GENERIC_COURTS:
        return None  # "the Superior Court" names no court in particular
    return name


_COURT_PROCESS = {
    ProcessType.SEARCH_WARRANT,
    ProcessType.COURT_ORDER_2703D,
    ProcessType.SUBPOENA_GRAND_JURY,
    ProcessType.SUBPOENA_TRIAL,
    ProcessType.SUBPOENA_CIVIL,
    ProcessType.SUBPOENA_DMCA_512H,
    ProcessType.PEN_REGISTER_ORDER,
    ProcessType.WIRETAP_ORDER,
    ProcessType.FOREIGN_REQUEST,
}


def _court(out: Fields, corpus: Corpus, process: ProcessType) -> None:
    if process not in _COURT_PROCESS:
        out.put("issuing_court", Evidence(None, 0.8, note=f"{process.value} is not issued by a court"))
        return
    for match in _COURT.finditer(corpus.text):
        value = _court_name(corpus.text, match)
        line_start = corpus.text.rfind("\n", 0, match.start()) + 1
        before = _PREFIX.search(corpus.text[line_start : match.start()])
        if before is not None:
            words = before.group(0).split()
            while words and words[0].lower().strip(".,") in _NOT_PREFIX:
                words.pop(0)
            if words and not match.group("court").lower().startswith(("united states", "u.s.")):
                value = " ".join([*words, value or match.group("court")])
        if value is None:
            continue
        words = value.split()
        if match.group("court").isupper() or sum(w.isupper() for w in words) >= len(words) / 2:
            value = _title_case(value)
        if not _QUALIFIED.search(value):
            county = _county_above(corpus.text, match.start())
            if (
                county is not None
                and county.lower().replace("county", "").replace(" of ", "").strip() not in value.lower()
            ):
                value = f"{value}, {county}"
        out.put(
            "issuing_court",
            ev(corpus, value, 0.85 if corpus.in_title(match.start(), 900) else 0.65, match.start(), match.end()),
        )
        return
    out.put("issuing_court", Evidence(None, 0.6, note="no court named"))


def _title_case(value: str) -> str:
    small = {"of", "for", "the", "and", "in", "at"}
    words = value.lower().split()
    return " ".join(
        w if (i and w in small) else (w.upper() if w in {"u.s."} else w.capitalize()) for i, w in enumerate(words)
    )


def read_court(r: Reading) -> None:
    _court(r.out, r.corpus, r.process)

"""Statute citations, found in free text and written one canonical way. Pure text normalisation.

``"19 USC 1509"``, ``"19 U.S.C. § 1509"``, ``"19 U.S.C. 1509"``, ``"Section 1509 of Title 19"``
and ``"Title 19, United States Code, Section 1509"`` are one statute: key ``"19 U.S.C. § 1509"``.
Subsections are kept for display (``"18 U.S.C. § 2703(d)"``) and dropped from the key.
Federal rules are recognised too: ``"Fed. R. Civ. P. 45"``, ``"Rule 45 of the Federal Rules of
Civil Procedure"`` -> ``"Fed. R. Civ. P. 45"``. ``us_code_only=True`` reads U.S. Code citations
only (the review's statute tables know nothing else: ``"Fed. R. Civ. P. 45"`` is then None).

No rules live here (which statute allows what is the review's business): only the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SECTION = r"(?P<section>\d{1,5}[a-z]?(?:-\d+[a-z]?)?)(?![a-z0-9])"
_SPACE = r"[^\S\n]*\n?[^\S\n]*"  # spaces, at most one line break: "1509  (a)", not a list item after a blank line
_SUB = rf"(?P<sub>(?:{_SPACE}\(\s*[0-9a-z]{{1,5}}\s*\))*)"
_SECTION_WORD = r"(?:§§?|secs?\.?|sections?)"
# not "USCIS"; "U.S.C.sec. 1509" is one
_USC = rf"U\.?{_SPACE}S\.?{_SPACE}C(?:ode)?\.?(?:{_SPACE}A\.?)?(?!(?!sec)[a-z])"

_USC_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 19 U.S.C. § 1509 / 19 USC 1509 / 19 U.S. Code § 1509 / 19 U.S.C.A. §1509(a)(1)
        rf"(?<![\d.])(?P<title>\d{{1,2}})\s*{_USC}\s*,?\s*(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUB}",
        # 19 United States Code § 1509 / 19 United States Code, section 1509
        rf"(?<![\d.])(?P<title>\d{{1,2}})\s+United\s+States\s+Code\s*,?\s*(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUB}",
        # Section 1509 of Title 19 / § 1509(a) of title 19, United States Code
        rf"{_SECTION_WORD}\s*{_SECTION}{_SUB}\s*,?\s+of\s+(?:the\s+)?title\s+(?P<title>\d{{1,2}})(?!\d)"
        rf"(?:\s*,?\s*(?:of\s+the\s+)?(?:United\s+States\s+Code|{_USC}))?",
        # Title 19, United States Code, Section 1509 / Title 19 U.S.C. § 1509
        rf"title\s+(?P<title>\d{{1,2}})\s*,?\s*(?:of\s+the\s+)?(?:United\s+States\s+Code|{_USC})\s*,?\s*"
        rf"(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUB}",
    )
)

_RULE_KINDS = {"civ": "Civ.", "civil": "Civ.", "crim": "Crim.", "criminal": "Crim."}
_RULE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Fed. R. Civ. P. 45 / FRCP 45 / F.R.Crim.P. 41
        r"(?:Fed\.?\s*R(?:ule)?\.?|F\.\s?R\.)\s*(?P<kind>Civ|Crim)\.?\s*P(?:roc)?\.?\s*(?P<rule>\d{1,3})(?P<sub>(?:\s?\([0-9a-z]{1,5}\))*)",
        r"\bFRC(?P<kind>[iv]|rim)?P\s*(?P<rule>\d{1,3})(?P<sub>(?:\s?\([0-9a-z]{1,5}\))*)",
        # Federal Rule of Civil Procedure 45 / Federal Rules of Criminal Procedure 41
        r"Federal\s+Rules?\s+of\s+(?P<kind>Civil|Criminal)\s+Procedure\s*,?\s*(?:Rule\s*)?(?P<rule>\d{1,3})(?P<sub>(?:\s?\([0-9a-z]{1,5}\))*)",
        # Rule 45 of the Federal Rules of Civil Procedure
        r"Rule\s+(?P<rule>\d{1,3})(?P<sub>(?:\s?\([0-9a-z]{1,5}\))*)\s+of\s+the\s+Federal\s+Rules\s+of\s+(?P<kind>Civil|Criminal)\s+Procedure",
    )
)


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation found in a text: what it cites, and where (``start``/``end`` in the text)."""

    code: str  # "USC" or "FRCP" / "FRCRP"
    title: int | None
    section: str
    subsections: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    text: str = ""

    @property
    def key(self) -> str:
        """Canonical section-level key: ``"19 U.S.C. § 1509"``, ``"Fed. R. Civ. P. 45"``."""
        if self.code == "USC":
            return f"{self.title} U.S.C. § {self.section}"
        kind = "Civ." if self.code == "FRCP" else "Crim."
        return f"Fed. R. {kind} P. {self.section}"

    @property
    def canonical(self) -> str:
        """The key with subsections: ``"18 U.S.C. § 2703(d)"``."""
        return self.key + "".join(f"({part})" for part in self.subsections)


def _clean(text: str) -> str:
    # Same length as the input, so spans found in the cleaned text point into the original.
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return text.replace("&sect;", "§     ")


def _subsections(raw: str | None) -> tuple[str, ...]:
    return tuple(part.lower() for part in re.findall(r"\(\s*([0-9a-z]{1,5})\s*\)", raw or "", re.IGNORECASE))


def find_citations(text: str | None, *, us_code_only: bool = False) -> list[Citation]:
    """Every U.S. Code and federal-rule citation in ``text`` (U.S. Code only with ``us_code_only``),
    in order of appearance, no overlaps (at one place the longest wins)."""
    if not text:
        return []
    cleaned = _clean(text)
    found: list[Citation] = []
    for pattern in _USC_PATTERNS:
        for match in pattern.finditer(cleaned):
            found.append(
                Citation(
                    "USC",
                    int(match["title"]),
                    match["section"].lower(),
                    _subsections(match["sub"]),
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],
                )
            )
    for pattern in () if us_code_only else _RULE_PATTERNS:
        for match in pattern.finditer(cleaned):
            kind = (match["kind"] or "civ").lower()
            code = "FRCRP" if kind.startswith("cr") or kind == "rim" else "FRCP"
            found.append(
                Citation(
                    code,
                    None,
                    match["rule"],
                    _subsections(match["sub"]),
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],
                )
            )
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Citation] = []
    for citation in found:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept


def parse_statute(text: str | None, *, us_code_only: bool = False) -> Citation | None:
    """The first citation in ``text`` (the first U.S. Code one with ``us_code_only``), or None."""
    found = find_citations(text, us_code_only=us_code_only)
    return found[0] if found else None


def statute_key(text: str | None, *, us_code_only: bool = False) -> str | None:
    """The canonical section key of the first citation in ``text`` (``"19 U.S.C. § 1509"``), or None."""
    citation = parse_statute(text, us_code_only=us_code_only)
    return citation.key if citation else None


def canonical_statute(text: str | None, *, us_code_only: bool = False) -> str | None:
    """The canonical citation with subsections (``"18 U.S.C. § 2703(d)"``), or None."""
    citation = parse_statute(text, us_code_only=us_code_only)
    return citation.canonical if citation else None


def same_statute(a: str | None, b: str | None) -> bool:
    """Whether two citations name the same section (subsections ignored)."""
    key_a, key_b = statute_key(a), statute_key(b)
    return key_a is not None and key_a == key_b

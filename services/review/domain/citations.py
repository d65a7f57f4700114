"""Statute citations written many ways, mapped to one canonical form.

``"19 USC 1509"``, ``"19 U.S.C. § 1509"``, ``"19 U.S.C. 1509"``, ``"19 U.S.C. §1509"`` and
``"Section 1509 of Title 19"`` all have the key ``"19 U.S.C. § 1509"``. The key is the
section (subsections dropped): statute tables are keyed by it. :func:`canonical_statute`
keeps the subsections for display (``"21 U.S.C. § 876(a)"``). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SECTION = r"(?P<section>\d+[a-z]?(?:-\d+[a-z]?)?)(?![a-z0-9])"
_SUBSECTIONS = r"(?P<sub>(?:\s*\(\s*[0-9a-z]{1,5}\s*\))*)"
_SECTION_WORD = r"(?:§§?|secs?\.|sections?|sec)"

# Each pattern names `title`, `section` and `sub`; tried in order, first match wins.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 19 U.S.C. § 1509 / 19 USC 1509 / 19 U.S. Code § 1509 / 19 U.S.C.A. §1509(a)(1)
        rf"(?<!\d)(?P<title>\d{{1,2}})\s*U\.?\s*S\.?\s*C(?:ode)?\.?\s*(?:A\.?\s*)?(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUBSECTIONS}",
        # 19 United States Code § 1509 / 19 United States Code, section 1509
        rf"(?<!\d)(?P<title>\d{{1,2}})\s+United\s+States\s+Code\s*,?\s*(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUBSECTIONS}",
        # Section 1509 of Title 19 / § 1509(a) of title 19, United States Code
        rf"{_SECTION_WORD}\s*{_SECTION}{_SUBSECTIONS}\s*,?\s+of\s+(?:the\s+)?title\s+(?P<title>\d{{1,2}})(?!\d)",
        # Title 19, United States Code, Section 1509
        rf"title\s+(?P<title>\d{{1,2}})\s*,?\s*(?:of\s+the\s+)?(?:United\s+States\s+Code|U\.?\s*S\.?\s*C\.?)\s*,?\s*(?:{_SECTION_WORD}\s*)?{_SECTION}{_SUBSECTIONS}",
    )
)


@dataclass(frozen=True, slots=True)
class StatuteCitation:
    """A parsed U.S. Code citation: title, section and (possibly no) subsections."""

    title: int
    section: str
    subsections: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The section-level canonical key, e.g. ``"19 U.S.C. § 1509"``."""
        return f"{self.title} U.S.C. § {self.section}"

    @property
    def canonical(self) -> str:
        """The canonical form with subsections, e.g. ``"21 U.S.C. § 876(a)"``."""
        return self.key + "".join(f"({part})" for part in self.subsections)


def parse_statute(text: str | None) -> StatuteCitation | None:
    """The first U.S. Code citation in ``text``; None if there is none."""
    if not text:
        return None
    cleaned = " ".join(text.replace("\u00a7", " § ").replace("&sect;", " § ").split())
    for pattern in _PATTERNS:
        match = pattern.search(cleaned)
        if match is None:
            continue
        subsections = tuple(part.strip().lower() for part in re.findall(r"\(\s*([0-9a-z]{1,5})\s*\)", match["sub"], re.I))
        return StatuteCitation(title=int(match["title"]), section=match["section"].lower(), subsections=subsections)
    return None


def statute_key(text: str | None) -> str | None:
    """The canonical section key of the citation in ``text`` (``"19 U.S.C. § 1509"``), or None."""
    parsed = parse_statute(text)
    return parsed.key if parsed else None


#: The name the brief uses for the key function.
normalize_statute = statute_key


def canonical_statute(text: str | None) -> str | None:
    """The canonical citation with subsections (``"21 U.S.C. § 876(a)"``), or None."""
    parsed = parse_statute(text)
    return parsed.canonical if parsed else None

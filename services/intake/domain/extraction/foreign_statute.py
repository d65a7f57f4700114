"""The law a foreign authority's request is made under, as written. Pure.

Only procedural authority counts: the provision that lets the police, a prosecutor or a court demand
records (a code of criminal procedure, an Overseas Production Order, Brazil's Marco Civil). An offence
the request investigates ("§ 241 StGB", "art. 640 c.p.", "Criminal Code Act 1995, s 474.17") is the
purpose, not the authority, and is never recorded as the statute.
"""

from __future__ import annotations

import re

_ARTICLES = r"\d+(?:[-.]\d+)*(?:-?[a-z]{1,3})?"
_ARTICLE_LIST = rf"{_ARTICLES}(?:\s*,\s*(?:§\s*\d+º?\s*,?\s*)?{_ARTICLES})*(?:\s+(?:et|e|y|und|and)\s+{_ARTICLES})?"

_FOREIGN_AUTHORITY = re.compile(
    # United Kingdom
    r"\bCrime \(Overseas Production Orders\) Act 2019"
    r"|\bInvestigatory Powers Act 2016"
    r"|\bData Protection Act 2018(?:,? (?:Schedule|Sch\.) 2,? (?:paragraph|para\.?) 2)?"
    # Canada: production orders and preservation demands are sections 487.011 to 487.0199 of the Criminal Code
    r"|\b(?:[Ss]ection|[Ss]\.)\s*487\.\d+\s+of the Criminal Code|\bCriminal Code,?\s+s\.\s*487\.\d+"
    # India: the Bharatiya Nagarik Suraksha Sanhita (and the Code of Criminal Procedure it replaced)
    r"|\b(?:section|s\.|u/s\.?)\s*\d+[A-Z]?\s+(?:of\s+(?:the\s+)?)?(?:Bharatiya Nagarik Suraksha Sanhita(?:,\s*2023)?|BNSS|Cr\.?P\.?C\.?"
    r"|Code of Criminal Procedure(?:,\s*1973)?)"
    # France: "articles 60-1 et 77-1-1 du Code de procédure pénale"
    rf"|\b[Aa]rt(?:icles?|\.)\s*{_ARTICLE_LIST}\s+(?:du\s+)?(?:[Cc]ode de proc[ée]dure p[ée]nale|CPP)\b"
    # Germany: "§§ 100g, 101a StPO"
    rf"|§§?\s*{_ARTICLE_LIST}\s+(?:Abs\.\s*\d+\s+)?(?:StPO|der Strafprozessordnung)\b"
    # Italy: "art. 256 c.p.p."
    rf"|\b[Aa]rt(?:icolo|t?\.)\s*{_ARTICLE_LIST}\s+(?:del\s+)?(?:c\.p\.p\.|codice di procedura penale)"
    # Spain: "artículo 588 ter j de la Ley de Enjuiciamiento Criminal"
    rf"|\b[Aa]rt(?:ículos?|iculos?|s?\.)\s*{_ARTICLE_LIST}(?:\s+(?:bis|ter|quater|sexies|septies)(?:\s+[a-z])?)?\s+"
    r"(?:de\s+la\s+)?(?:Ley de Enjuiciamiento Criminal|LECrim)"
    # Mexico: "Código Nacional de Procedimientos Penales, arts. 131 y 303" (or "artículos 131 y 303 del Código ...")
    rf"|\bart(?:ículos?|iculos?|s?\.)\s*(?P<mx_articles>{_ARTICLE_LIST})\s+del\s+(?P<mx_code>C[óo]digo Nacional de Procedimientos Penales)"
    rf"|\bC[óo]digo Nacional de Procedimientos Penales,\s*arts?\.\s*{_ARTICLE_LIST}"
    # Brazil: the Marco Civil da Internet, Lei nº 12.965/2014 (either order of article and law)
    rf"|\bart(?:igo|s?\.)\s*{_ARTICLE_LIST}(?:\s*,\s*§\s*\d+º?)?\s*,?\s+da\s+Lei\s+n?[º°o]?\.?\s*12\.965/2014"
    rf"|\bLei\s+n?[º°o]?\.?\s*12\.965/2014,\s*art(?:igo|\.)\s*{_ARTICLE_LIST}(?:\s*,\s*§\s*\d+º?)?"
    r"|\bMarco Civil da Internet",
    re.IGNORECASE,
)


def foreign_authority(flat: str) -> re.Match[str] | None:
    """The first procedural law a foreign request cites, or None."""
    return _FOREIGN_AUTHORITY.search(flat)


def as_written(match: re.Match[str]) -> str:
    if match.group("mx_code"):
        return f"{match.group('mx_code')}, arts. {' '.join(match.group('mx_articles').split())}"
    value = " ".join(match.group(0).split()).rstrip(",;:)")
    return re.sub(r"^u/s\.?\s*", "Section ", value, flags=re.IGNORECASE)  # India's "u/s 94" is "under section 94"

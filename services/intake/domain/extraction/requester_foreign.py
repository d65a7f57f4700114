"""Foreign authorities in a demand's words: a police force named by its place or in its letterhead, a
government's reserved domain label, the countries a letter names. Pure; used by :mod:`.requester`."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.issuers import FOREIGN_COUNTRY_WORDS
from shared.reference.government import GovernmentBody
from shared.vocabulary import RequesterKind

#: A police force named by its place ("West Yorkshire Police", "Greater Manchester Police", "Copenhagen Police").
PLACE_POLICE = re.compile(
    r"\b(?:[A-Z][a-zà-ÿ]+[ \t]){1,3}Police(?:[ \t]+(?:Service|Force|Area Command|District|Authority))?\b"
    r"(?![ \t]+(?:Department|Dept|Station|Officer|Constable))"
)


#: Words of a police force's name in the languages read ("Policía Nacional", "Landeskriminalamt", "Garda").
POLICE_WORDS = re.compile(
    r"(?i)\b(?:\w*polic[eií]\w*|\w*poli[sz]ei\w*|politi\w*|\w*kriminal\w*|gendarm\w*|carabinier\w*|guardia civil"
    r"|garda|constabulary|s[uû]ret[eé]|investigaciones|mossos|ertzaintza|fedpol|cybercrime bureau)\b"
)


def police_first_from_a_police_domain(
    org_hits: list[tuple[re.Match[str], RequesterKind]], body: GovernmentBody | None
) -> list[tuple[re.Match[str], RequesterKind]]:
    """From a foreign police force's domain, the police force the text names is the requester, before the
    court or prosecutor whose order or case it cites ("on the order of the investigating judge")."""
    if body is None or body.branch != "police" or not org_hits:
        return org_hits
    if POLICE_WORDS.search(org_hits[0][0].group(0)):
        return org_hits
    police = next((hit for hit in org_hits if POLICE_WORDS.search(hit[0].group(0))), None)
    if police is None:
        # No police force named, only the judge or prosecutor it acts for ("juge d'instruction"): the force is
        # the one whose domain sent it (the registry's body), not the court or prosecutor.
        return [] if body.country != "US" else org_hits
    return [police, *(hit for hit in org_hits if hit is not police)]


_SMALL_NAME_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "e",
        "di",
        "della",
        "delle",
        "dei",
        "degli",
        "da",
        "do",
        "dos",
        "das",
        "des",
        "du",
        "le",
        "les",
        "et",
        "für",
        "der",
        "die",
        "das",
        "von",
        "und",
    ]
)


def letterhead_cased(text: str) -> str:
    """The text with each run of words in capitals ("POLICÍA NACIONAL - REPÚBLICA DOMINICANA") in the case
    the organisations' names are written in ("Policía Nacional - República Dominicana"); same offsets."""

    def recase(line: re.Match[str]) -> str:
        words = line.group(0)
        out = re.sub(
            r"\w+",
            lambda w: (
                w.group(0).lower()
                if w.start() and w.group(0).lower() in _SMALL_NAME_WORDS
                else w.group(0)[:1] + w.group(0)[1:].lower()
            ),
            words,
        )
        return out if len(out) == len(words) else words

    # A line in capitals ("BUNDESKRIMINALAMT"), and runs of two or more words in capitals within a line
    # ("DIRECTORATE OF CRIMINAL INVESTIGATIONS, KENYA - Cyber Crime Unit").
    text = re.sub(r"(?m)^(?=[^\n]*[A-ZÀ-Ý]{4})[^a-zà-ÿ\n]+$", recase, text)
    return re.sub(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ \t]*[,–-]?[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’.]*)+\b", recase, text)


#: The label a government registers its names under, right below its country's ccTLD ("gov.ma", "gob.ec",
#: "gouv.sn", "go.cr", "gub.uy", "govt.nz", "gv.at").
_GOVERNMENT_LABELS = frozenset({"gov", "gob", "gouv", "go", "gub", "govt", "gv"})


def government_shaped(domain: str | None) -> bool:
    """``domain`` sits under a government's second-level name of a two-letter country TLD."""
    labels = (domain or "").lower().rstrip(".").split(".")
    return len(labels) >= 2 and len(labels[-1]) == 2 and labels[-2] in _GOVERNMENT_LABELS


def _country_patterns(r: Reading) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The words that name each country: the foreign authorities' and the vocabulary's of the text's languages."""
    return (*((re.compile(p), c) for p, c in FOREIGN_COUNTRY_WORDS), *r.vocab.countries)


def countries_named(r: Reading, text: str) -> dict[str, int]:
    """The countries the text names (the vocabulary of its languages, and the foreign authorities' words),
    each with where it is first named."""
    named: dict[str, int] = {}
    for pattern, code in _country_patterns(r):
        match = pattern.search(text)
        if match is not None and match.start() < named.get(code, len(text) + 1):
            named[code] = match.start()
    return named


# Words of a body's name: a country read from "Polícia Judiciária" alone is read from a name several
# countries' bodies share (Portugal's, Cape Verde's, Macao's), not from the country's own name or a place.
_BODY_WORDS = re.compile(
    r"poli[cz]|guard|gendarm|carabin|constab|fiscal|procur|prosecut|minist|court|tribunal|judici|agency|bureau|office",
    re.IGNORECASE,
)


def named_as_place(r: Reading, text: str, country: str) -> bool:
    """Whether ``text`` names ``country`` by its name or a place in it, not only by one of its bodies' names."""
    for pattern, code in _country_patterns(r):
        if code == country and any(not _BODY_WORDS.search(match.group(0)) for match in pattern.finditer(text)):
            return True
    return False


def one_country(r: Reading, named: dict[str, int]) -> str | None:
    """The country the text names, if it names one, or one in its letterhead (a title zone); never a guess."""
    if len(named) == 1:
        return next(iter(named))
    titled = [code for code, at in named.items() if r.corpus.in_title(at, 300)]
    return titled[0] if len(titled) == 1 else None


#: Puerto Rico named as a place ("Bayamón, Puerto Rico", "San Juan, PR 00902").
_PUERTO_RICO = re.compile(r"\bPuerto Rico\b|\bP\.?R\.?[ \t]+00[679]\d\d\b")


def a_us_territorys_body(text: str, named: dict[str, int], body: GovernmentBody | None) -> bool:
    """Whether a body the Spanish words read as a foreign authority ("Fiscalía de Bayamón", "Policía Municipal")
    is Puerto Rico's, a U.S. territory's: it writes from Puerto Rico's government domain, or from no government's
    domain with a text that names Puerto Rico and no foreign country."""
    if body is not None:
        return body.country == "US" and body.state == "PR"
    return bool(_PUERTO_RICO.search(text)) and not set(named) - {"US"}


#: A body writing for another ("on behalf of", "im Auftrag", "au nom de", "en nombre de", "em nome de", "per conto di").
RELAYED = re.compile(
    r"(?i:\bon behalf of\b|\bat the request of\b|\bim Auftrag\b|\bauf (?:Ersuchen|Bitte) (?:der|des)\b|\bau nom de\b"
    r"|\bà la demande de\b|\ben nombre de\b|\ba (?:solicitud|petición|pedido) de\b|\bem nome d[aeo]\b"
    r"|\ba pedido d[aeo]\b|\bper conto d[ie]l?\b|\bsu richiesta d[ie]l?)"
)

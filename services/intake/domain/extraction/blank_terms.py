"""A decisive term left blank. Pure.

Forms travel half filled: "within ____ days of service", "for a period of _____ days", "the account
_______________". A blank where the term should be is no term: what the issuer meant is for a person
to ask, so the field it belongs to loses its confidence (the case goes to triage) - whatever was
read elsewhere. Blanks left for others are not terms: the proof or certificate of service, the
records custodian's declaration, signature and date lines.
"""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence

_BLANK = re.compile(r"_{3,}|\[\s*(?:blank|insert[^\]]{0,30})\s*\]", re.IGNORECASE)
# From these headings on, blanks are the server's, the custodian's or the signer's to fill.
_OTHERS = re.compile(
    r"(?im)^[ \t*#]*(?:proof|certificate|return|affidavit|declaration)\s+of\s+(?:service|custodian|authenticity|records)"
    r"|^[ \t*#]*(?:certification|declaration)\s+of\s+(?:records\s+)?custodian"
)
# What comes right before a blank that makes it a decisive term (within the same sentence).
_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "return_by",
        re.compile(
            r"(?:within|no later than|not later than|on or before|return date|due(?: date)?|produce(?:d)? by)\s*:?\s*(?:the\s+)?$"
            r"|\b(?:within|en el plazo de|dans un délai de|binnen|entro|no prazo de)\s+$",
            re.IGNORECASE,
        ),
    ),
    (
        "nondisclosure",
        re.compile(
            r"\b(?:not\s+(?:to\s+)?(?:disclose|notify|inform)|nondisclosure|non-disclosure|delay(?:ed)?\s+not\w+)\b"
            r"[^.]{0,120}\b(?:for|of|until)\s+(?:a\s+period\s+of\s+)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "targets",
        re.compile(r"\b(?:account|user\s*name|username|handle|profile|user\s+id)s?\s*[:#]?\s*$", re.IGNORECASE),
    ),
)

#: The confidence of a field whose term is left blank.
BLANK_CONFIDENCE = 0.35


def blank_terms(text: str) -> list[str]:
    """The fields whose terms ``text`` leaves blank (before any proof of service or custodian's part)."""
    others = _OTHERS.search(text)
    text = text[: others.start()] if others else text
    found: list[str] = []
    for blank in _BLANK.finditer(text):
        before = text[max(0, blank.start() - 200) : blank.start()]
        before = before[max(before.rfind(". "), before.rfind("\n\n")) + 1 :]
        for name, term in _TERMS:
            if name not in found and term.search(before):
                found.append(name)
    return found


def read_blank_terms(r: Reading) -> None:
    """Doubt each field whose term a text of the message leaves blank."""
    for source, text in r.sources:
        for name in blank_terms(text):
            note = f"its term is left blank in {source}"
            if name not in r.out.evidence:
                r.out.put(name, Evidence(None, BLANK_CONFIDENCE, note=note))
            else:
                r.out.doubt(name, BLANK_CONFIDENCE, note)

"""A court order the court has not signed yet. Pure.

Prosecutors and litigants send the order they ask for with their application - "[PROPOSED] ORDER",
its signature line and date left blank for the judge. Until a judge signs it, it orders nothing:
what was served, and whether a signed order exists, is for a person to ask. Such a document keeps
the kind of process it would be, but that reading loses its confidence (the case goes to triage).

Unsigned means: the line under which the judge signs is blank ("________ / UNITED STATES
MAGISTRATE JUDGE", no "/s/" name), or the date it is signed on is blank ("this ____ day of
______"). A proposed order with either is unsigned; any other order needs both, because forms
leave other blanks for the recipient (a proof of service, a certificate of records).
"""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading

# A heading line that names the document a proposed order: "[PROPOSED] ORDER", "(Proposed) Order
# Pursuant to 18 U.S.C. 2703(d)", "PROPOSED ORDER GRANTING ...".
_PROPOSED = re.compile(r"(?im)^[ \t*#]*[\[(]?\s*proposed\s*[\])]?\s+(?:[A-Za-z.,()'& -]{0,40}\s)?order\b[^\n]{0,80}$")
# "this ____ day of ________, 2026", "Dated: ________", "SIGNED on ____________".
_BLANK_DATE = re.compile(
    r"(?i)_{3,}\s*(?:st|nd|rd|th)?\s*day\s+of\b|\bday\s+of\s*_{3,}|\b(?:dated|signed|entered)\b[^\n]{0,30}:?\s*_{4,}"
)
# A blank line with the judge's title under it (or beside it).
_BLANK_SIGNATURE = re.compile(
    r"(?i)_{6,}[ \t]*\n?[ \t]*(?:(?:hon(?:orable|\.)?|united\s+states|u\.\s?s\.|chief|senior|presiding|"
    r"magistrate|district|circuit|superior\s+court|county\s+court)\s+)*judge\b"
)
_SIGNED = re.compile(r"(?i)/s/\s*[A-Z]|\belectronically\s+signed\b")

#: The confidence of a process type read from an order no judge has signed.
UNSIGNED_CONFIDENCE = 0.35


def unsigned(text: str) -> bool:
    """Whether ``text`` is, or carries, an order left for the judge to sign."""
    if _SIGNED.search(text):
        return False
    blank_date, blank_signature = bool(_BLANK_DATE.search(text)), bool(_BLANK_SIGNATURE.search(text))
    if _PROPOSED.search(text):
        return blank_date or blank_signature
    return blank_date and blank_signature


def read_unsigned_order(r: Reading) -> None:
    """Doubt ``process_type`` when a text of the message is an order the judge has not signed."""
    if not any(unsigned(text) for _, text in r.sources):
        return
    note = "the order is not signed by a judge (a proposed order, its signature or date left blank)"
    r.out.doubt("process_type", UNSIGNED_CONFIDENCE, note)

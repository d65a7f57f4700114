"""A demand whose accounts and records are in a part the message does not carry. Pure.

Warrants, 2703(d) orders and subpoenas often say what to produce only by reference: "the records
described in Attachment B", "las cuentas indicadas en el Anexo I". When that part is not in any
text read (no heading "ATTACHMENT B" opens a line, no document is named after it), the targets and
data categories read from the rest of the message may be incomplete: which accounts and records
the court authorised is for a person to ask, so both fields lose their confidence.
"""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence

_PART = r"(?P<part>Attachment|Exhibit|Schedule|Appendix|Anexo|Annexe|Anlage|Allegato)"
_LABEL = r"(?P<label>[A-Z]|[1-9]|[IVX]{1,4})\b"
# "described in Attachment A", "listed on the attached Schedule 1", "indicadas en el Anexo I", "figurant en annexe 2".
_REFERENCE = re.compile(
    r"\b(?:described|listed|set (?:forth|out)|identified|specified|enumerated|itemi[sz]ed|contained|"
    r"descrit[ao]s?|indicad[ao]s?|detallad[ao]s?|relacionad[ao]s?|listad[ao]s?|figurant|mentionnée?s?|"
    r"bezeichnete[nr]?|aufgeführte[nr]?|genannte[nr]?|indicat[ie]|elencat[ie])\s+"
    r"(?:in|on|at|en|no|na|dans|à|in der|nell['’]|nel)\s+(?:the\s+|el\s+|la\s+|l['’]|o\s+|a\s+)?(?:attached\s+|adjunto\s+|ci-jointe?\s+)?"
    + _PART
    + r"\s+"
    + _LABEL,
    re.IGNORECASE,
)
# How much of a document's name or a heading line may come before the part's name.
_HEADING = r"(?im)^[ \t*#>|-]*(?:{part})\s*(?:No\.?\s*)?{label}\b"

#: The confidence of targets and categories read around a part the message does not carry.
MISSING_PART_CONFIDENCE = 0.45


def _carried(r: Reading, part: str, label: str) -> bool:
    heading = re.compile(_HEADING.format(part=re.escape(part), label=re.escape(label)))
    if any(heading.search(text) for _, text in r.sources):
        return True
    spaced = re.compile(rf"{re.escape(part)}[\s_-]*{re.escape(label)}\b", re.IGNORECASE)
    return any(spaced.search(document.name or "") for document in r.documents)


def read_missing_parts(r: Reading) -> None:
    """Doubt ``targets`` and ``data_categories`` (unless already less sure) when the demand refers to a part
    it does not carry."""
    text = r.corpus.flat
    for match in _REFERENCE.finditer(text):
        part, label = match.group("part"), match.group("label")
        if _carried(r, part, label):
            continue
        note = f"the demand refers to {part} {label}, which is not in the message"
        for name in ("targets", "data_categories"):
            evidence = r.out.evidence.get(name)
            if evidence is not None and evidence.confidence > MISSING_PART_CONFIDENCE:
                r.out.put(name, Evidence(evidence.value, MISSING_PART_CONFIDENCE, evidence.span, note=note))
        return

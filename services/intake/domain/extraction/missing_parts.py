"""A demand whose accounts and records are in a part the message does not carry. Pure.

Warrants, 2703(d) orders and subpoenas often say what to produce only by reference: "the records
described in Attachment B", "las cuentas indicadas en el Anexo I". When that part is not in any
text read (no heading "ATTACHMENT B" opens a line, no document is named after it), the targets and
data categories read from the rest of the message may be incomplete: which accounts and records
the court authorised is for a person to ask, so both fields lose their confidence.

Pages go missing the same way: a scan or a fax of "Page 1 of 3" alone. A text whose page marks
("Page 1 of 3", "Seite 1 von 2", "Página 1 de 2", "p. 1/3") count to more pages than it marks is
incomplete, and what the missing pages demand is for a person to ask.
"""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading

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

# "Page 1 of 3", "PAGE 2 OF 3", "Seite 1 von 2", "Página 1 de 2", "Page 1 sur 2", "Pagina 1 di 2", "p. 1/3".
_PAGE_MARK = re.compile(
    r"(?i)\b(?:page|seite|p[aá]gina|pag\.|p\.)\s*(?P<page>\d{1,3})\s*(?:of|von|de|sur|di|/)\s*(?P<pages>\d{1,3})\b"
)


def missing_pages(text: str) -> tuple[int, int] | None:
    """The first page a text's page marks count but never mark, and their count ("Page 1 of 3" with no
    "Page 2 of 3"), or None when every counted page is marked or the marks disagree on the count."""
    marks = [(int(match.group("page")), int(match.group("pages"))) for match in _PAGE_MARK.finditer(text)]
    counts = {pages for page, pages in marks if 1 <= page <= pages}
    if len(counts) != 1:
        return None
    pages = counts.pop()
    if pages > 50:
        return None
    seen = {page for page, _ in marks}
    absent = [page for page in range(1, pages + 1) if page not in seen]
    return (absent[0], pages) if absent else None


def _carried(r: Reading, part: str, label: str) -> bool:
    heading = re.compile(_HEADING.format(part=re.escape(part), label=re.escape(label)))
    if any(heading.search(text) for _, text in r.sources):
        return True
    spaced = re.compile(rf"{re.escape(part)}[\s_-]*{re.escape(label)}\b", re.IGNORECASE)
    return any(spaced.search(document.name or "") for document in r.documents)


def _doubt(r: Reading, note: str) -> None:
    for name in ("targets", "data_categories"):
        r.out.doubt(name, MISSING_PART_CONFIDENCE, note)


def read_missing_parts(r: Reading) -> None:
    """Doubt ``targets`` and ``data_categories`` (unless already less sure) when the demand refers to a part
    it does not carry, or a text of it lacks pages its page marks count."""
    text = r.corpus.flat
    for match in _REFERENCE.finditer(text):
        part, label = match.group("part"), match.group("label")
        if not _carried(r, part, label):
            _doubt(r, f"the demand refers to {part} {label}, which is not in the message")
            return
    for name, source in r.sources:
        if (gap := missing_pages(source)) is not None:
            _doubt(r, f"page {gap[0]} of {gap[1]} of {name} is not in the message")
            return

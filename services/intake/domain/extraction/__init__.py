"""From an e-mail's text to docs/domain.md's case JSON, field by field, with evidence. Pure.

:func:`extract_case` reads the message's readable texts (PDF text layers first: that is the
document; then the body, forwarded mail and attached messages) and fills each field of
:class:`LegalProcessCase` with a confidence and the span of text it came from. Nothing is
ever dropped: a field that cannot be read stays empty, and a message whose deciding fields
are not confident (or cannot be read at all: image-only scans, broken PDFs, no text) gets
triage reasons. Legal ops confirm such a case before it is reviewed.

The package is a set of field readers (:data:`extract.READERS`), each in a module with its
patterns: ``requester`` (name, kind, country, and verification through
:mod:`services.intake.domain.authenticity`), ``issuers``, ``signer``, ``process_type``,
``statute``, ``targets``, ``categories``, ``timing`` (served, return date, date range),
``nondisclosure``, ``emergency``, ``purpose``, ``case_number``, ``court``, ``mechanism``;
``context`` opens the :class:`Reading` (texts, sender, forward), ``build`` assembles the case
and its triage reasons.

The rules of the review are not here: only reading. ``requester.verified`` comes from
:mod:`services.intake.domain.authenticity`; ``emergency.verified_out_of_band`` is always
false (only a person calling back can set it).
"""

from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction.build import (
    CONFIDENT,
    DECIDING_FIELDS,
    EXTRACTOR_VERSION,
    FIELD_LABELS,
    Extraction,
)
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, Span
from services.intake.domain.extraction.extract import READERS, extract_case
from services.intake.domain.extraction.forward import Forward, find_forward
from services.intake.domain.extraction.issuers import AgencyHit, find_agencies
from services.intake.domain.extraction.process_type import classify_process
from services.intake.domain.extraction.signer import TITLES, Signer, find_signer

__all__ = [
    "CONFIDENT",
    "DECIDING_FIELDS",
    "EXTRACTOR_VERSION",
    "FIELD_LABELS",
    "READERS",
    "TITLES",
    "AgencyHit",
    "Corpus",
    "DocumentText",
    "Evidence",
    "Extraction",
    "Fields",
    "Forward",
    "Signer",
    "Span",
    "classify_process",
    "extract_case",
    "find_agencies",
    "find_forward",
    "find_signer",
]

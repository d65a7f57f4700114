"""A demand written in a language intake does not read. Pure.

Intake reads English, Spanish, French, German, Portuguese and Italian. A Dutch or Polish request
would otherwise be read with the nearest language's words (Dutch as German or English), and its
fields could come out confidently wrong: it is held for a person, whatever else was read.
"""

from __future__ import annotations

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.forward import NOTE, QUOTED
from services.intake.domain.extraction.language import unread_language
from services.intake.domain.triage import TriageReason


def read_unread_language(r: Reading) -> None:
    """A triage reason when the demand (its documents, else the body, never a quote or a forwarding note)
    is in a language intake does not read."""
    documents = r.sources[: len(r.sources) - len(r.body_sources)]
    texts = documents or [(name, text) for name, text in r.body_sources if name not in (QUOTED, NOTE)]
    for name, text in texts:
        language = unread_language(text)
        if language is not None:
            r.out.reasons.append(
                TriageReason(
                    "LOW_CONFIDENCE",
                    f"{name} is written in {language}, a language intake does not read: a person reads it",
                    "process_type",
                )
            )
            return

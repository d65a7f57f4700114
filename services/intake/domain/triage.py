"""Why a case waits in triage, as codes that may leave intake. Pure.

Extraction's triage reasons are sentences for the person who confirms the case, and some
quote what they read: a file name, a note on the sender's domain. The ``legal-process.held``
event carries codes instead, each from a fixed vocabulary (plus, where it says which field,
a field name from the case's schema), so no name, handle, address or text can travel in it.

Codes: MIME_UNPARSEABLE, NO_READABLE_TEXT, SCAN_IMAGE_ONLY, DOCUMENT_UNREADABLE,
DOCUMENT_TRUNCATED, DOCUMENT_UNSUPPORTED, FIELD_INVALID[:field], NO_CASE_FORMED,
LOW_CONFIDENCE[:field], OTHER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Literal

from shared.contracts import LegalProcessCase, LegalProcessHeld
from shared.vocabulary import ProcessType

from .extraction import FIELD_LABELS

#: Every code ``reason_code`` gives (before the optional ``:field``).
REASON_CODES = ("MIME_UNPARSEABLE", "NO_READABLE_TEXT", "SCAN_IMAGE_ONLY", "DOCUMENT_UNREADABLE", "DOCUMENT_TRUNCATED",
                "DOCUMENT_UNSUPPORTED", "FIELD_INVALID", "NO_CASE_FORMED", "LOW_CONFIDENCE", "OTHER")

_FIELD_BY_LABEL = {label: name for name, label in FIELD_LABELS.items()}
#: Field paths a FIELD_INVALID code may name: the case's own fields (and the requester's).
_CASE_FIELDS = frozenset(LegalProcessCase.model_fields) | {
    f"requester.{name}" for name in ("name", "kind", "country", "email", "verified", "signer", "signer_title")
} | {"date_range.start", "date_range.end", "nondisclosure.present", "nondisclosure.kind",
     "nondisclosure.expires_at", "emergency.narrative", "emergency.verified_out_of_band"}

_LOW_CONFIDENCE = re.compile(r"^not confident of (?P<label>.+?) \(")
_INVALID = re.compile(r"^extracted (?P<path>\S+) was invalid \(")


def _field_path(path: str) -> str | None:
    """``targets.3`` → ``targets``; None for anything that is not one of the case's fields."""
    parts = [part for part in path.split(".") if part and not part.isdigit()]
    while parts:
        candidate = ".".join(parts)
        if candidate in _CASE_FIELDS:
            return candidate
        parts.pop()
    return None


def reason_code(reason: str) -> str:
    """The code of one of extraction's triage sentences (OTHER for a sentence it does not know)."""
    if reason.startswith("the message could not be parsed as MIME"):
        return "MIME_UNPARSEABLE"
    if reason == "the message has no readable text":
        return "NO_READABLE_TEXT"
    if reason == "the extracted fields could not form a case; only the text was kept":
        return "NO_CASE_FORMED"
    if match := _LOW_CONFIDENCE.match(reason):
        name = _FIELD_BY_LABEL.get(match["label"])
        return f"LOW_CONFIDENCE:{name}" if name else "LOW_CONFIDENCE"
    if match := _INVALID.match(reason):
        name = _field_path(match["path"])
        return f"FIELD_INVALID:{name}" if name else "FIELD_INVALID"
    # Document sentences start with the document's name (which may say anything): read the end.
    if reason.endswith(" is an image-only scan with no text layer; OCR is not available, so a person must read it"):
        return "SCAN_IMAGE_ONLY"
    if " could not be read (" in reason and reason.endswith(")"):
        return "DOCUMENT_UNREADABLE"
    if " was only partly read (" in reason and reason.endswith(")"):
        return "DOCUMENT_TRUNCATED"
    if reason.endswith("; a person checks it") and " is not read automatically (" in reason:
        return "DOCUMENT_UNSUPPORTED"
    return "OTHER"


def reason_codes(reasons: Iterable[str]) -> list[str]:
    """The codes of a case's triage reasons, each once, in the reasons' order."""
    return list(dict.fromkeys(reason_code(reason) for reason in reasons))


def is_emergency(case: LegalProcessCase) -> bool:
    """Read as an emergency disclosure request (18 U.S.C. § 2702(b)(8)): by its type or its narrative."""
    return case.process_type is ProcessType.EMERGENCY_REQUEST or case.emergency is not None


def held_event(case: LegalProcessCase, triage_reasons: Sequence[str], *, channel: Literal["api", "web", "email", "cli"],
               source: Literal["smtp", "api", "web", "cli"], received_at: datetime) -> LegalProcessHeld:
    """What ``legal-process.held`` says of a case held for triage: its type, whether it is an
    emergency, the reasons' codes; never what was read (targets, requester, addresses, text)."""
    return LegalProcessHeld(channel=channel, source=source, received_at=received_at, process_type=case.process_type,
                            emergency=is_emergency(case), reasons=reason_codes(triage_reasons))

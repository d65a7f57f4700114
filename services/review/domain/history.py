"""Earlier cases, as DUPLICATE_REQUEST needs them: a small, caller-supplied summary. Pure.

The review reads no database. A caller that knows earlier cases (the review service, a
re-review) passes them to ``assess(..., earlier_cases=[...])``; build each with
:meth:`EarlierCase.from_case` so that its fingerprint is computed exactly as the rule
computes the current case's.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from shared.contracts import LegalProcessCase
from shared.handles import normalize_handle
from shared.reference import normalize_words

_MESSAGE_ID = re.compile(r"^message-id:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def normalized_document(text: str | None) -> str:
    """The document's words, lower-cased, punctuation and spacing dropped (see normalize_words)."""
    return normalize_words(text or "")


def document_fingerprint(text: str | None) -> str | None:
    """SHA-256 of the normalised document text; None when there is no text.

    Re-typed, re-wrapped or re-punctuated copies of one document share a fingerprint;
    a changed word does not.
    """
    normalized = normalized_document(text)
    if not normalized:
        return None
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def message_id_of(text: str | None) -> str | None:
    """The ``Message-ID`` header if the document text is an e-mail with its headers, else None."""
    if not text:
        return None
    match = _MESSAGE_ID.search(text)
    return match.group(1).lower() if match else None


def normalized_case_number(text: str | None) -> str | None:
    """A case number compared by its words: "3:17-cv-01916" == "3 17 CV 01916"."""
    normalized = normalize_words(text or "")
    return normalized or None


class EarlierCase(BaseModel):
    """What DUPLICATE_REQUEST needs to know about a case received before this one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_id: str = Field(min_length=1)
    received_at: AwareDatetime
    fingerprint: str | None = None
    message_id: str | None = None
    case_number: str | None = None
    requester_name: str | None = None
    targets: tuple[str, ...] = ()

    @field_validator("case_id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, uuid.UUID) else value

    @field_validator("targets")
    @classmethod
    def _fold_targets(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(normalize_handle(target) for target in value)

    @classmethod
    def from_case(cls, case_id: str | uuid.UUID, case: LegalProcessCase, *, received_at: AwareDatetime) -> EarlierCase:
        """Summarise a stored case the way the rule summarises the current one."""
        return cls(
            case_id=str(case_id),
            received_at=received_at,
            fingerprint=document_fingerprint(case.raw_text),
            message_id=message_id_of(case.raw_text),
            case_number=case.case_number,
            requester_name=case.requester.name,
            targets=tuple(case.targets),
        )


def folded_targets(targets: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_handle(target) for target in targets)

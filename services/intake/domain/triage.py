"""Why a case waits in triage: each reason as the sentence a person reads and the code that may
leave intake. Pure.

Extraction makes each :class:`TriageReason` where it finds the reason, sentence and code
together. The sentence is for the person who confirms the case and may quote what was read (a
file name, a note on the sender's domain); the ``legal-process.held`` event carries only the
codes, each from a fixed vocabulary (plus, where it says which field, a field path from the
case's schema), so no name, handle, address or text can travel in it.

Codes: MIME_UNPARSEABLE, NO_READABLE_TEXT, SCAN_IMAGE_ONLY, DOCUMENT_UNREADABLE,
DOCUMENT_TRUNCATED, DOCUMENT_UNSUPPORTED, FIELD_INVALID[:field], NO_CASE_FORMED,
LOW_CONFIDENCE[:field], NOT_LEGAL_PROCESS (a newsletter, complaint, support mail, spam, takedown
notice or automatic reply: legal ops dismiss it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel

from shared.contracts import LegalProcessCase, LegalProcessHeld
from shared.vocabulary import ProcessType

ReasonCode = Literal[
    "MIME_UNPARSEABLE",
    "NO_READABLE_TEXT",
    "SCAN_IMAGE_ONLY",
    "DOCUMENT_UNREADABLE",
    "DOCUMENT_TRUNCATED",
    "DOCUMENT_UNSUPPORTED",
    "FIELD_INVALID",
    "NO_CASE_FORMED",
    "LOW_CONFIDENCE",
    "NOT_LEGAL_PROCESS",
]
#: Every code a triage reason can have (before the optional ``:field``).
REASON_CODES: tuple[str, ...] = get_args(ReasonCode)
#: The codes that may say which field they are about.
FIELD_CODES = frozenset({"FIELD_INVALID", "LOW_CONFIDENCE"})


def _case_fields() -> frozenset[str]:
    """The case's own fields and those of its parts (``requester.email``, ``date_range.start`` …),
    read from the contract so that they follow it."""
    fields = set(LegalProcessCase.model_fields)
    for name, info in LegalProcessCase.model_fields.items():
        for part in get_args(info.annotation) or (info.annotation,):
            if isinstance(part, type) and issubclass(part, BaseModel):
                fields |= {f"{name}.{sub}" for sub in part.model_fields}
    return frozenset(fields)


#: Field paths a code may name.
CASE_FIELDS = _case_fields()


@dataclass(frozen=True)
class TriageReason:
    """One reason a case waits in triage.

    Invariants: ``code`` is one of :data:`REASON_CODES`; ``field`` is None or one of
    :data:`CASE_FIELDS`, and only on a code of :data:`FIELD_CODES`. ``text`` is the sentence
    shown to legal ops (it may quote what was read); only :attr:`held_code` leaves intake.
    """

    code: ReasonCode
    text: str
    field: str | None = None

    def __post_init__(self) -> None:
        if self.code not in REASON_CODES:
            raise ValueError(f"unknown triage reason code {self.code!r}")
        if self.field is not None and (self.code not in FIELD_CODES or self.field not in CASE_FIELDS):
            raise ValueError(f"{self.code} cannot name the field {self.field!r}")

    @property
    def held_code(self) -> str:
        """The code as ``legal-process.held`` carries it: ``LOW_CONFIDENCE:targets``, ``SCAN_IMAGE_ONLY``."""
        return f"{self.code}:{self.field}" if self.field else self.code


def field_path(location: Sequence[str | int]) -> str | None:
    """A validation error's location as a case field: ``("targets", 3)`` → ``targets``; None for
    anything that is not one of the case's fields."""
    parts = [part for part in ".".join(map(str, location)).split(".") if part and not part.isdigit()]
    while parts:
        candidate = ".".join(parts)
        if candidate in CASE_FIELDS:
            return candidate
        parts.pop()
    return None


def unique_reasons(reasons: Iterable[TriageReason]) -> tuple[TriageReason, ...]:
    """Each sentence once (the first reason that says it), in order."""
    first: dict[str, TriageReason] = {}
    for reason in reasons:
        first.setdefault(reason.text, reason)
    return tuple(first.values())


def reason_codes(reasons: Iterable[TriageReason]) -> list[str]:
    """The codes of a case's triage reasons, each once, in the reasons' order."""
    return list(dict.fromkeys(reason.held_code for reason in reasons))


def is_emergency(case: LegalProcessCase) -> bool:
    """Read as an emergency disclosure request (18 U.S.C. § 2702(b)(8)): by its type or its narrative."""
    return case.process_type is ProcessType.EMERGENCY_REQUEST or case.emergency is not None


def held_event(
    case: LegalProcessCase,
    triage: Sequence[TriageReason],
    *,
    channel: Literal["api", "web", "email", "cli"],
    source: Literal["smtp", "api", "web", "cli"],
    received_at: datetime,
) -> LegalProcessHeld:
    """What ``legal-process.held`` says of a case held for triage: its type, whether it is an
    emergency, the reasons' codes; never what was read (targets, requester, addresses, text)."""
    return LegalProcessHeld(
        channel=channel,
        source=source,
        received_at=received_at,
        process_type=case.process_type,
        emergency=is_emergency(case),
        reasons=reason_codes(triage),
    )

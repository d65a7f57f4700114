"""The case assembled from the fields read, and why it waits in triage. Pure.

:func:`build_case` validates the fields against the case contract: an invalid field is left empty
with a FIELD_INVALID reason (NO_CASE_FORMED if nothing valid remains but the text);
:func:`low_confidence` names each deciding field read below :data:`CONFIDENT`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from services.intake.domain.authenticity import Authenticity
from services.intake.domain.extraction.corpus import Evidence, Fields, jsonable
from services.intake.domain.triage import TriageReason, field_path
from shared.contracts import LegalProcessCase
from shared.vocabulary import ProcessType

EXTRACTOR_VERSION = "email-extraction/1"
#: A deciding field below this confidence sends the case to triage.
CONFIDENT = 0.6
#: The fields whose value decides the review: low confidence on any of them means triage.
DECIDING_FIELDS = (
    "process_type",
    "requester.name",
    "requester.kind",
    "targets",
    "data_categories",
    "nondisclosure",
    "return_by",
    "emergency",
    "statute",
)


@dataclass(frozen=True)
class Extraction:
    """The case as read, each field's evidence, and why it waits in triage (each sentence once)."""

    case: LegalProcessCase
    evidence: dict[str, Evidence]
    triage: tuple[TriageReason, ...]
    authenticity: Authenticity
    forwarded: bool = False

    @property
    def triage_reasons(self) -> tuple[str, ...]:
        """The triage reasons as the sentences legal ops read."""
        return tuple(reason.text for reason in self.triage)

    @property
    def needs_triage(self) -> bool:
        return bool(self.triage)

    def to_json(self) -> dict[str, Any]:
        """The record stored with the message: ``triage_reasons`` are the sentences (as ever);
        ``triage_codes`` their codes, one for each sentence, in the same order."""
        return {
            "extractor": EXTRACTOR_VERSION,
            "fields": {name: ev.to_json() for name, ev in self.evidence.items()},
            "triage_reasons": list(self.triage_reasons),
            "triage_codes": [reason.held_code for reason in self.triage],
            "authenticity": self.authenticity.to_json(),
            "forwarded": self.forwarded,
        }


# --- the case and its triage reasons ----------------------------------------------------------------------


def _value(out: Fields, name: str) -> Any:
    ev = out.evidence.get(name)
    return ev.value if ev else None


def build_case(out: Fields, raw_text: str) -> tuple[LegalProcessCase, list[TriageReason]]:
    def enum_value(value: Any) -> Any:
        return value.value if hasattr(value, "value") else value

    date_range = _value(out, "date_range")
    document: dict[str, Any] = {
        "process_type": enum_value(_value(out, "process_type")),
        "statute": _value(out, "statute"),
        "requester": {
            "name": (_value(out, "requester.name") or "Unknown requester")[:500],
            "kind": enum_value(_value(out, "requester.kind")),
            "country": _value(out, "requester.country"),
            "email": (_value(out, "requester.email") or None),
            "verified": bool(_value(out, "requester.verified")),
            "signer": _value(out, "requester.signer"),
            "signer_title": _value(out, "requester.signer_title"),
        },
        "targets": list(_value(out, "targets") or []),
        "data_categories": [enum_value(c) for c in _value(out, "data_categories") or []],
        "stated_purpose": _value(out, "stated_purpose"),
        "date_range": date_range,
        "served_at": jsonable(_value(out, "served_at")),
        "return_by": jsonable(_value(out, "return_by")),
        "nondisclosure": _value(out, "nondisclosure") or {"present": False, "kind": None, "expires_at": None},
        "emergency": _value(out, "emergency"),
        "mechanism": enum_value(_value(out, "mechanism")),
        "case_number": _value(out, "case_number"),
        "issuing_court": _value(out, "issuing_court"),
        "raw_text": raw_text[:2_000_000] or None,
    }
    problems: list[TriageReason] = []
    for _ in range(6):
        try:
            return LegalProcessCase.model_validate(document), problems
        except ValidationError as exc:
            for error in exc.errors():
                location = [str(part) for part in error["loc"]]
                problems.append(
                    TriageReason(
                        "FIELD_INVALID",
                        f"extracted {'.'.join(location)} was invalid ({error['msg']}) and was left empty",
                        field_path(location),
                    )
                )
                _blank(document, location)
    document = {
        "process_type": "UNKNOWN",
        "requester": {"name": "Unknown requester", "kind": "PRIVATE_PARTY"},
        "raw_text": raw_text[:2_000_000] or None,
    }
    problems.append(
        TriageReason("NO_CASE_FORMED", "the extracted fields could not form a case; only the text was kept")
    )
    return LegalProcessCase.model_validate(document), problems


def _blank(document: dict[str, Any], location: list[str]) -> None:
    top = location[0]
    if top == "requester" and len(location) > 1:
        field_name = location[1]
        requester = document["requester"]
        if field_name == "name":
            requester["name"] = "Unknown requester"
        elif field_name == "kind":
            requester["kind"] = "PRIVATE_PARTY"
        else:
            requester[field_name] = None if field_name != "verified" else False
        return
    defaults: dict[str, Any] = {
        "targets": [],
        "data_categories": [],
        "process_type": "UNKNOWN",
        "nondisclosure": {"present": False, "kind": None, "expires_at": None},
    }
    document[top] = defaults.get(top)


#: Each deciding field in words, as the low-confidence triage reasons name it.
FIELD_LABELS = {
    "process_type": "the kind of legal process",
    "requester.name": "who sent it",
    "requester.kind": "what kind of requester it is",
    "targets": "which accounts it targets",
    "data_categories": "which data it demands",
    "nondisclosure": "the nondisclosure order",
    "return_by": "the return date",
    "emergency": "the emergency narrative",
    "statute": "the statute it is issued under",
}


def low_confidence(out: Fields, process: ProcessType) -> Iterable[TriageReason]:
    labels = FIELD_LABELS
    for name in DECIDING_FIELDS:
        ev = out.evidence.get(name)
        if ev is None:
            continue
        if name == "data_categories" and process is ProcessType.PRESERVATION_REQUEST:
            continue
        if name == "statute" and process is not ProcessType.SUBPOENA_ADMINISTRATIVE:
            continue
        if ev.confidence < CONFIDENT:
            note = f": {ev.note}" if ev.note else ""
            yield TriageReason("LOW_CONFIDENCE", f"not confident of {labels[name]} ({ev.confidence:.2f}{note})", name)

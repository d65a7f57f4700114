"""The message's texts joined with where each piece came from, and what is read from them:
each field's :class:`Evidence` (value, confidence, the :class:`Span` it came from). Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.intake.domain.triage import TriageReason

#: What opens a list item, as a pattern: "-", "•", "1.", "2)", "(a)".
LIST_MARK = r"(?:[-•*▪◦·–]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])"


@dataclass(frozen=True)
class Span:
    source: str
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Evidence:
    value: Any
    confidence: float
    span: Span | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": jsonable(self.value),
            "confidence": round(self.confidence, 2),
            "span": self.span.to_json() if self.span else None,
            "note": self.note,
        }


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --- the text, with where each piece came from ----------------------------------------------


class Corpus:
    """The message's texts joined, remembering each one's source so spans point back to it."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        pieces: list[str] = []
        self.ranges: list[tuple[str, int, int]] = []
        offset = 0
        for name, text in sources:
            if not text:
                continue
            if pieces:
                pieces.append("\n\n")
                offset += 2
            pieces.append(text)
            self.ranges.append((name, offset, offset + len(text)))
            offset += len(text)
        self.text = "".join(pieces)
        # The same text on one line (same length, same offsets): PDFs wrap sentences anywhere.
        self.flat = self.text.replace("\n", " ")

    def span(self, start: int, end: int) -> Span:
        for name, s, e in self.ranges:
            if s <= start < e or (start == e and s <= start):
                return Span(name, start - s, min(end, e) - s, self.text[start : min(end, e)][:300])
        return Span("text", start, end, self.text[start:end][:300])

    def title_zones(self, size: int = 700) -> list[tuple[int, int]]:
        return [(s, min(e, s + size)) for _, s, e in self.ranges]

    def in_title(self, position: int, size: int = 700) -> bool:
        return any(s <= position < e for s, e in self.title_zones(size))


def ev(
    corpus: Corpus,
    value: Any,
    confidence: float,
    start: int | None = None,
    end: int | None = None,
    note: str | None = None,
) -> Evidence:
    span = corpus.span(start, end) if start is not None and end is not None else None
    return Evidence(value, confidence, span, note)


@dataclass
class Fields:
    """What the readers wrote so far: each field's evidence, and the triage reasons they found."""

    evidence: dict[str, Evidence] = field(default_factory=dict)
    reasons: list[TriageReason] = field(default_factory=list)

    def put(self, name: str, ev: Evidence) -> Any:
        self.evidence[name] = ev
        return ev.value

    def value(self, name: str) -> Any:
        found = self.evidence.get(name)
        return found.value if found else None

    def doubt(self, name: str, confidence: float, note: str) -> bool:
        """Lower a field read more surely than ``confidence`` to it, ``note`` saying why (its value and span
        kept); a field not read, or read less surely, stays as it is. Whether it was lowered."""
        found = self.evidence.get(name)
        if found is None or found.confidence <= confidence:
            return False
        self.evidence[name] = Evidence(found.value, confidence, found.span, note=note)
        return True

"""The message's texts joined with where each piece came from, and what is read from them:
each field's :class:`Evidence` (value, confidence, the :class:`Span` it came from). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from re import _constants, _parser  # type: ignore[attr-defined]
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

    @cached_property
    def folded(self) -> str:
        """:attr:`flat` folded for :func:`may_match`."""
        return fold(self.flat)

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


# A cheap test before a pattern's scan. A pattern's required words are runs of plain ASCII letters,
# digits and spaces it must match as written (case aside): a run of its sequence, or a word from each
# branch of an alternation it must pass through (groups read the same way). Under IGNORECASE an ASCII
# letter matches only its two cases and "ſ" (s), "ı" and "İ" (i); fold() lower-cases a text and maps
# those three, so a text whose fold holds none of a pattern's required words cannot match it.
_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")


def fold(text: str) -> str:
    return text.lower().replace("ſ", "s").replace("ı", "i").replace("\u0307", "")


def _required(items: Sequence[tuple[Any, Any]]) -> tuple[str, ...]:
    """The best of a parsed sequence's requirements (words one of which every match holds), or ()."""
    options: list[tuple[str, ...]] = []
    current: list[str] = []
    for op, value in (*items, (None, None)):
        if op is _constants.LITERAL and chr(value) in _ASCII:
            current.append(chr(value).lower())
            continue
        if current:
            options.append(("".join(current),))
            current = []
        if op is _constants.SUBPATTERN:
            options.append(_required(list(value[-1])))
        elif op is _constants.BRANCH:
            branches = [_required(list(branch)) for branch in value[1]]
            if all(branches):
                options.append(tuple(word for words in branches for word in words))
    options = [words for words in options if words and all(word.strip() for word in words)]
    # The longest shortest word, then the fewest words.
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=())


@cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Words one of which every match of ``pattern`` holds (folded); empty when none is known."""
    return _required(list(_parser.parse(pattern.pattern, pattern.flags)))


def may_match(pattern: re.Pattern[str], *folded_texts: str) -> bool:
    """False only when ``pattern`` cannot match any of the texts (each given folded)."""
    words = required_words(pattern)
    return not words or any(word in text for word in words for text in folded_texts)

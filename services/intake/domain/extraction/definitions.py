"""The definitions a demand gives of its own words, which demand nothing. Pure.

Civil subpoenas and civil investigative demands define their terms before they list what to
produce: '"Document" has the full meaning of Rule 34(a), including ... messages, photographs',
'"Communication" means any transmittal of information, including direct messages and posts'.
Those words say what a term will mean when a request uses it; they ask for nothing. This module
finds such text - a DEFINITIONS (or "DEFINITIONS AND INSTRUCTIONS") section up to the next
heading, and any sentence that defines a quoted term - so that the data categories are read from
the requests alone.
"""

from __future__ import annotations

import re

# A heading line: "DEFINITIONS", "Definitions and Instructions", "I. DEFINITIONS:", "DEFINICIONES".
_HEADING = re.compile(
    r"(?im)^[ \t]*(?:[IVX]+\.|[A-Z]\.|\d+\.)?[ \t]*(?:definitions?(?:\s+and\s+instructions)?|instructions\s+and\s+definitions|"
    r"definiciones|définitions|definitionen|definições|definizioni)[ \t]*:?[ \t]*$"
)
# The next heading after a definitions section: a short line in capitals, or one naming what is requested.
_NEXT_HEADING = re.compile(
    r"(?m)^[ \t]*(?:[IVX]+\.|[A-Z]\.|\d+\.)?[ \t]*(?:[A-Z][A-Z0-9 ,&/()'-]{3,60}|"
    r"(?i:(?:documents?|records?|items?|information|materials?)\s+(?:requested|to\s+be\s+produced|sought)|requests?(?:\s+for\s+production)?))"
    r"[ \t]*:?[ \t]*$"
)
# '"Document" means', '“Communication” shall mean', '"You" refers to', 'The term "account" includes'.
_DEFINING = re.compile(
    r"[\"“«][^\"”»\n]{1,40}[\"”»]\s*(?:\([^)\n]{0,40}\)\s*)?(?:means|shall\s+mean|refers?\s+to|shall\s+refer\s+to|includes|"
    r"shall\s+include|has\s+the\s+(?:full\s+)?meaning|is\s+defined\s+as)\b[^\n]*?(?:\.(?=\s)|$)",
    re.MULTILINE,
)


def definition_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` defines its terms: definitions sections and defining sentences, in order."""
    spans: list[tuple[int, int]] = []
    for heading in _HEADING.finditer(text):
        following = _NEXT_HEADING.search(text, heading.end() + 1)
        spans.append((heading.start(), following.start() if following else len(text)))
    for sentence in _DEFINING.finditer(text):
        if not any(s <= sentence.start() < e for s, e in spans):
            spans.append((sentence.start(), sentence.end()))
    return sorted(spans)


def without_definitions(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``windows`` (spans of ``text``) with the definitions cut out of them."""
    spans = definition_spans(text)
    if not spans:
        return windows
    out: list[tuple[int, int]] = []
    for start, end in windows:
        position = start
        for s, e in spans:
            if e <= position or s >= end:
                continue
            if s > position:
                out.append((position, s))
            position = max(position, e)
        if position < end:
            out.append((position, end))
    return out

"""A preservation request's scope (18 U.S.C. § 2703(f)). Pure.

A request to preserve "the account" keeps the account as a whole: its subscriber records, its
other records and its stored content. Only when the preservation directive itself names records
("preserve the subscriber information and IP logs of ...") is the hold narrower. So when the
directive names none, records another sentence names ("Also please keep anything the account
posts") add to the whole account; they do not narrow it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from services.intake.domain.extraction.corpus import LIST_MARK
from shared.vocabulary import DataCategory

#: What a hold on an account as a whole keeps: its records that exist (not real-time collection).
WHOLE_ACCOUNT = (DataCategory.BASIC_SUBSCRIBER, DataCategory.NON_CONTENT_RECORDS, DataCategory.STORED_CONTENT)

_PRESERVE = re.compile(
    r"\b(?:preserv(?:e|ed|ing)|préserver|conserv(?:ar|er|are|em)|preserv(?:ar|are|em)|"
    r"(?:zu )?sichern|aufzubewahren|aufbewahren)\b",
    re.IGNORECASE,
)
# A sentence's end: not the period of an abbreviation ("U.S.C. 2703", "18 U.S.C. Section 2703").
_SENTENCE_END = re.compile(r"(?<![A-Z.]\w)(?<!\b\w)[.!?](?=\s+[A-Z\"“(]|\s*$)|\n[ \t]*\n")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: A paragraph that begins with a line of prose (not a listed item, not "Label: value") is no longer
#: the directive's list of items.
_ITEM = re.compile(rf"\s*{LIST_MARK}\s", re.IGNORECASE)
_LABEL = re.compile(r"\s*[^\n:]{1,40}:\s")
_PROSE_WORDS = 7
_MAX_LIST = 1500


def directive(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The first preservation directive in ``text[start:end]``: (verb start, verb end, extent end).

    Its extent is its sentence; one ending in a colon goes on through the items listed after it,
    up to the first paragraph of prose."""
    verb = _PRESERVE.search(text, start, end)
    if verb is None:
        return None
    stop = _SENTENCE_END.search(text, verb.end(), end)
    extent = stop.start() if stop else end
    if text[verb.end() : extent].rstrip().endswith(":"):
        limit = min(end, extent + _MAX_LIST)
        position = extent
        while position < limit:
            paragraph = _PARAGRAPH.search(text, position + 1, limit)
            block_end = paragraph.start() if paragraph else limit
            block = text[position:block_end].strip("\n")
            first_line = block.strip().split("\n", 1)[0] if block.strip() else ""
            if _prose(first_line):
                break
            extent = block_end
            if paragraph is None:
                break
            position = paragraph.end() - 1
    return verb.start(), verb.end(), extent


def _prose(line: str) -> bool:
    return len(line.split()) >= _PROSE_WORDS and not _ITEM.match(line) and not _LABEL.match(line)


def names_whole_account(
    text: str, flat: str, windows: Sequence[tuple[int, int]], patterns: Iterable[re.Pattern[str]]
) -> tuple[int, int] | None:
    """Where the preservation directive of the ``windows`` asks for the account as a whole (none of
    the category ``patterns`` in it), or None (no directive, or it names records). ``text`` has the
    lines, ``flat`` the same text with its line breaks as spaces (what the category patterns read)."""
    compiled = list(patterns)
    for start, end in windows:
        found = directive(text, start, end)
        if found is None:
            continue
        verb_start, verb_end, extent = found
        if any(p.search(flat, verb_start, extent) for p in compiled):
            return None
        return verb_start, verb_end
    return None

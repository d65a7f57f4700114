"""Paragraphs of a demand's text, and the blank lines that do not end one. Pure.

A blank line usually ends a paragraph; a scan's or a converter's stray break does not: after a line
that ends on a word no sentence ends on ("and", "the", "und", "de"), or, in text OCR read, after a
line of running text with no stop at its end. The categories reader reads a demand's records up to
the paragraph's real end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line that ends on a word no sentence ends on ("and", "all", "the", "und", "de", "di"): the sentence goes on
# after a blank line (a scan's or a converter's stray paragraph break).
_OPEN_ENDING = re.compile(
    r"(?:\b(?:and|or|all|any|each|every|the|a|an|of|for|with|from|to|including|"
    r"und|oder|alle[rn]?|der|die|das|des|den|dem|von|für|mit|"
    r"y|o|todas?|todos|los|las|el|del|de|con|para|et|ou|tous|toutes|les|la|le|du|des|avec|pour|"
    r"e|ou|os|as|do|da|dos|das|com|para|di|dei|delle|degli|il|lo|gli|con|per|tutti|tutte)|[-–,])[ \t]*$",
    re.IGNORECASE,
)
# After a paragraph of running text that ends without a stop, in text OCR read: the same sentence, unless a list
# item or a heading starts the next paragraph.
_PROSE_LINE = re.compile(r"[^\n]{40,}[\w\-–)][ \t]*$")
_NEXT_ITEM = re.compile(
    r"\n\n[ \t]*(?:[-•*▪◦·–]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]\s|[A-Z][A-Z0-9 .,'’&()/-]{3,}$)", re.MULTILINE
)


def soft_breaks(text: str, scanned: Sequence[tuple[int, int]] = ()) -> frozenset[int]:
    """The blank lines inside a sentence: after a line ending on a word no sentence ends on, or, in
    a scan's text, after a line of running text with no stop at its end."""
    soft: set[int] = set()
    for blank in re.finditer(r"\n\n", text):
        at = blank.start()
        line = text[text.rfind("\n", 0, at) + 1 : at]
        if _NEXT_ITEM.match(text, at) or not text[blank.end() : blank.end() + 1].strip():
            continue
        if _OPEN_ENDING.search(line) or (any(s <= at < e for s, e in scanned) and _PROSE_LINE.search(line)):
            soft.add(at)
    return frozenset(soft)


def paragraph_break(text: str, start: int, limit: int, soft: frozenset[int]) -> int:
    """Where the paragraph at ``start`` ends (a blank line not inside a sentence), -1 before ``limit``."""
    blank = text.find("\n\n", start, limit)
    while blank != -1 and blank in soft:
        blank = text.find("\n\n", blank + 2, limit)
    return blank

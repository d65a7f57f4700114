"""What intake read from a message's attachments: one :class:`DocumentText` per document. Pure.

Statuses: ``ok`` (the text can be used), ``image_only`` (a scan a person must read: OCR was not
available, failed, or read it with a confidence under :data:`OCR_MIN_CONFIDENCE`; ``text`` then
holds whatever OCR made of it), ``unreadable`` (corrupt, encrypted, a bomb, over a limit),
``truncated`` (only the first pages were read), ``unsupported`` (a format intake does not read).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

TextStatus = Literal["ok", "image_only", "unreadable", "truncated", "unsupported"]
# How the text was obtained: decoded text, a PDF's text layer, OCR (Tesseract), a Word or
# OpenDocument file, HTML converted to text; "none" when nothing could be read.
TextMethod = Literal["text", "pdf_text", "ocr", "docx", "odt", "html", "none"]

#: Mean word confidence (Tesseract's 0-100) under which OCR'd text is not trusted: the document
#: is a scan a person must read (status ``image_only``, hence triage). A clean 200-300 dpi scan
#: reads at 90-96; at 70-80 a case number or a handle already comes out wrong.
OCR_MIN_CONFIDENCE = 80.0


@dataclass(frozen=True)
class DocumentText:
    """The text read from one attachment (by the document worker, or decoded text).

    ``ocr_confidence``: the mean word confidence (0-100) over the words OCR read, None when no
    page was OCR'd; ``ocr_pages``: how many pages (or image frames) were OCR'd.
    """

    name: str
    text: str
    status: TextStatus = "ok"
    detail: str | None = None
    method: TextMethod = "text"
    ocr_confidence: float | None = None
    ocr_pages: int = 0

    @property
    def ocr_doubtful(self) -> bool:
        """OCR read this document, but not well enough to be trusted without a person."""
        return self.ocr_confidence is not None and self.ocr_confidence < OCR_MIN_CONFIDENCE


def ocr_status(confidence: float | None, words: int) -> TextStatus:
    """What an OCR reading is worth: ``ok`` when it read words with enough confidence, else a
    scan a person must read (``image_only``)."""
    if words and confidence is not None and confidence >= OCR_MIN_CONFIDENCE:
        return "ok"
    return "image_only"


def ocr_detail(confidence: float | None, words: int, pages: int) -> str:
    """The sentence a person reads about an OCR reading (no text of the document in it)."""
    if not words or confidence is None:
        return f"OCR found no legible text on {pages} page{'s' if pages != 1 else ''}"
    worth = "below" if confidence < OCR_MIN_CONFIDENCE else "at or above"
    return (
        f"read by OCR from {pages} page{'s' if pages != 1 else ''}: {words} words, mean confidence "
        f"{confidence:.0f} ({worth} the threshold of {OCR_MIN_CONFIDENCE:.0f})"
    )


# --- tables --------------------------------------------------------------------------------------
# A table in an HTML body, a .docx or an .odt becomes lines a reader can find fields in: a
# two-cell row "Label: value", a row under a header row "Header: cell" per cell, any other row its
# cells joined by " | ".

_LABEL_MAX = 60


def is_label(cell: str) -> bool:
    """A cell that can name the cell beside it: short, one line, not a sentence."""
    cell = cell.strip()
    if not 0 < len(cell) <= _LABEL_MAX or "\n" in cell or cell.endswith(("!", "?", ";", ",")):
        return False
    return not cell.endswith(".") or len(cell.split()) <= 3  # "Case no." names; a sentence does not


def _pair(label: str, value: str) -> str:
    label = label.strip().rstrip(":").rstrip()
    return f"{label}: {value.strip()}"


def row_lines(cells: Sequence[str], header: Sequence[str] | None = None) -> list[str]:
    """The lines of one table row (cells already reduced to text; empty cells dropped)."""
    cleaned = [" ".join(cell.split()) for cell in cells]
    if header is not None and len(header) == len(cleaned) and len(cleaned) >= 2:
        pairs = [_pair(h, c) for h, c in zip(header, cleaned, strict=True) if c and is_label(h)]
        if pairs:
            return pairs
    filled = [cell for cell in cleaned if cell]
    if not filled:
        return []
    if len(filled) == 1:
        return filled
    if len(filled) == 2 and is_label(filled[0]):
        return [_pair(filled[0], filled[1])]
    return [" | ".join(filled)]


def table_lines(rows: Iterable[Sequence[str]], *, header_row: bool | None = None) -> list[str]:
    """The lines of a table. ``header_row``: the first row names the columns (True), does not
    (False), or decide (None): a first row of short labels above rows of as many cells that are
    not themselves two-cell label rows."""
    rows = [list(row) for row in rows]
    if not rows:
        return []
    first = rows[0]
    if header_row is None:
        header_row = (
            len(rows) >= 2
            and len(first) >= 3
            and all(is_label(cell) and not cell.strip().endswith(":") for cell in first)
            and all(len(row) == len(first) for row in rows[1:])
        )
    lines: list[str] = []
    if header_row:
        header = [" ".join(cell.split()) for cell in first]
        for row in rows[1:]:
            lines.extend(row_lines(row, header))
        return lines
    for row in rows:
        lines.extend(row_lines(row))
    return lines

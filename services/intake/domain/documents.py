"""What intake read from a message's attachments: one :class:`DocumentText` per document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TextStatus = Literal["ok", "image_only", "unreadable", "truncated", "unsupported"]


@dataclass(frozen=True)
class DocumentText:
    """The text read from one attachment (by the PDF adapter, or decoded text)."""

    name: str
    text: str
    status: TextStatus = "ok"
    detail: str | None = None

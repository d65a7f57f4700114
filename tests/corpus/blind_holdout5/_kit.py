"""The building blocks of ``blind_holdout/_kit.py`` (one kit for the hold-out corpora); this
corpus's messages end their MIME boundaries with ``holdout5``. ``make`` builds a message and its
expected fields in one call."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from tests.corpus.blind_holdout._kit import (
    DEFAULTS,
    VOCAB,
    Message,
    any_of,
    docx_file,
    msg,
    odt,
    pdf,
    scan,
    scan_jpeg,
    served,
    when,
)
from tests.corpus.blind_holdout._kit import build as _build

build = functools.partial(_build, boundary_tag="holdout5")


def make(
    name: str,
    description: str,
    language: str,
    country: str,
    formats: Sequence[str],
    outcome: str,
    fields: dict[str, Any],
    *,
    sender: str,
    subject: str,
    date: str,
    message_id: str,
    text: str | None = None,
    html: str | None = None,
    attachments: Sequence[tuple[bytes, str, str, str]] = (),
    headers: Sequence[tuple[str, str]] = (),
    cc: str | None = None,
    dkim: str | None = None,
) -> Message:
    """One corpus message: the ``.eml`` (MIME boundaries from the name's number) and its expected fields."""
    raw = build(
        name[:3],
        sender=sender,
        subject=subject,
        date=date,
        message_id=message_id,
        text=text,
        html=html,
        attachments=attachments,
        headers=headers,
        cc=cc,
        dkim_domain=dkim,
    )
    return Message(name, description, language, country, tuple(formats), outcome, raw, dict(fields), dkim)


__all__ = [
    "DEFAULTS",
    "VOCAB",
    "Message",
    "any_of",
    "build",
    "docx_file",
    "make",
    "msg",
    "odt",
    "pdf",
    "scan",
    "scan_jpeg",
    "served",
    "when",
]

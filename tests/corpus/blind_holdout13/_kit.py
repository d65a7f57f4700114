"""The building blocks of ``blind_holdout/_kit.py`` (one kit for the hold-out corpora); this
corpus's messages end their MIME boundaries with ``holdout13``. ``make`` builds a message and its
expected fields in one call (the shared kit's, with this corpus's tag)."""

from __future__ import annotations

import functools

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
from tests.corpus.blind_holdout._kit import make as _make

build = functools.partial(_build, boundary_tag="holdout13")

make = functools.partial(_make, boundary_tag="holdout13")

__all__ = [
    "DEFAULTS",
    "VOCAB",
    "Message",
    "any_of",
    "build",
    "day_end",
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


def day_end(day: str, offset: str) -> dict[str, list[str]]:
    """A deadline given only as a date: 17:00 or 23:59:59 of that day in the issuer's zone."""
    return any_of(f"{day}T17:00:00{offset}", f"{day}T23:59:59{offset}")

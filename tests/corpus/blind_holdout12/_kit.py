"""The building blocks of ``blind_holdout/_kit.py`` (one kit for the hold-out corpora); this
corpus's messages end their MIME boundaries with ``holdout12``. ``make`` builds a message and its
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

build = functools.partial(_build, boundary_tag="holdout12")

make = functools.partial(_make, boundary_tag="holdout12")

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

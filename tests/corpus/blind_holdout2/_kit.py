"""The building blocks of ``blind_holdout/_kit.py`` (one kit for the hold-out corpora); this
corpus's messages end their MIME boundaries with ``holdout2``."""

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

build = functools.partial(_build, boundary_tag="holdout2")

__all__ = [
    "DEFAULTS",
    "VOCAB",
    "Message",
    "any_of",
    "build",
    "docx_file",
    "msg",
    "odt",
    "pdf",
    "scan",
    "scan_jpeg",
    "served",
    "when",
]

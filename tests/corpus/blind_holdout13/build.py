"""Writes the thirteenth blind hold-out corpus: ``NNN-name.eml`` and ``NNN-name.expected.json`` for each message.

    .venv/bin/python -m tests.corpus.blind_holdout13.build            # rewrites the files, then validates them
    .venv/bin/python -m tests.corpus.blind_holdout13.build --check    # validates the files on disk only

The writer and its validation are the second hold-out's (``blind_holdout2/build.py``: every field
the scoring harness reads present, the vocabulary, each ``.eml`` parses, DKIM verifies against the
corpus test key), run on this folder and this corpus's messages. The extractor is never imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.corpus.blind_holdout2.build import main as build_corpus
from tests.corpus.blind_holdout13 import foreign, not_process, us1, us2

HERE = Path(__file__).resolve().parent
MODULES = (us1, us2, foreign, not_process)


def main(argv: list[str]) -> int:
    return build_corpus(argv, folder=HERE, modules=MODULES)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

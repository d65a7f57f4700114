"""Writes the sixth blind hold-out corpus: ``NNN-name.eml`` and ``NNN-name.expected.json`` for each message.

    .venv/bin/python -m tests.corpus.blind_holdout6.build            # rewrites the files, then validates them
    .venv/bin/python -m tests.corpus.blind_holdout6.build --check    # validates the files on disk only

The writer and its validation are the second hold-out's (``blind_holdout2/build.py``: every field
the scoring harness reads present, the vocabulary, each ``.eml`` parses, DKIM verifies against the
corpus test key), run on this folder and this corpus's messages. This corpus also holds a message in a
language that validation does not list (Dutch, ``nl``), so the list is widened by that one language while
it runs. The extractor is never imported.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

from tests.corpus.blind_holdout2 import build as holdout2
from tests.corpus.blind_holdout6 import foreign, not_process, us1, us2

HERE = Path(__file__).resolve().parent
MODULES = (us1, us2, foreign, not_process)
EXTRA_LANGUAGES = frozenset({"nl"})


def main(argv: list[str]) -> int:
    with mock.patch.object(holdout2, "LANGUAGES", set(holdout2.LANGUAGES) | EXTRA_LANGUAGES):
        return holdout2.main(argv, folder=HERE, modules=MODULES)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

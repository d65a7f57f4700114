"""Builds the blind e-mail corpus: ``NNN-name.eml`` and ``NNN-name.expected.json`` for each message.

    .venv/bin/python -m tests.corpus.blind.build      # rewrites the files in this folder

See README.md: written blind (without reading the extractor); the expected fields were recorded by
hand as a careful paralegal reading each message would record them.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from tests.corpus.blind.kit import MESSAGES

for _module in ("us_federal", "us_state", "foreign", "not_process"):  # the numbering follows this order
    importlib.import_module(f"tests.corpus.blind.{_module}")

HERE = Path(__file__).resolve().parent


def write(folder: Path = HERE) -> list[Path]:
    for old in list(folder.glob("*.eml")) + list(folder.glob("*.expected.json")):
        old.unlink()
    names = [m.name for m in MESSAGES]
    assert len(names) == len(set(names)), "duplicate names"
    paths = []
    for number, message in enumerate(MESSAGES, start=1):
        stem = f"{number:03d}-{message.name}"
        (folder / f"{stem}.eml").write_bytes(message.raw)
        text = json.dumps(message.expected(), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{stem}.expected.json").write_text(text, encoding="utf-8")
        paths.append(folder / f"{stem}.eml")
    return paths


if __name__ == "__main__":
    written = write()
    print(f"wrote {len(written)} messages to {HERE}", file=sys.stderr)

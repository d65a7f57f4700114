"""The blind corpus is complete, in the vocabulary, authenticated as its expected files say, and reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.blind import build, validate

HERE = Path(__file__).resolve().parent
STEMS = sorted(p.name[: -len(".eml")] for p in HERE.glob("*.eml"))


def test_the_corpus_has_at_least_85_messages_each_with_an_expected_file() -> None:
    assert len(STEMS) >= 85
    assert all((HERE / f"{stem}.expected.json").exists() for stem in STEMS)


@pytest.mark.parametrize("stem", STEMS)
def test_each_message_parses_and_its_expected_fields_are_complete_and_valid(stem: str) -> None:
    assert validate.check(stem) == []


def test_the_committed_files_are_what_the_generator_writes(tmp_path: Path) -> None:
    build.write(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in HERE.iterdir() if p.name.endswith((".eml", ".expected.json")))
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (HERE / name).read_bytes(), name

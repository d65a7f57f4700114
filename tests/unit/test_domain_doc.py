"""docs/domain.md against the data it documents, and the docs' links.

The tables of docs/domain.md are generated (``python -m deploy.domain_doc``); these tests fail
when the committed document and the data disagree, when a code or identifier is in a table
but nowhere explained in the hand-written prose, and when a document links to a file that
does not exist or names a path outside the repository.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from deploy import domain_doc
from deploy.domain_doc import DocError, blocks_in, generate, rewrite, table_rows

ROOT = domain_doc.ROOT
DOC_PATH = ROOT / domain_doc.DOC


@pytest.fixture(scope="module")
def committed() -> str:
    return DOC_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return generate()


def _prose(text: str) -> str:
    """The hand-written part: the document without its generated blocks."""
    return re.sub(r"<!-- generated:([a-z0-9-]+) -->\n.*?<!-- /generated:\1 -->", "", text, flags=re.S)


# --- the generated tables match the data --------------------------------------------------------


def test_the_committed_document_is_what_the_generator_writes(committed: str, generated: dict[str, str]) -> None:
    stale = [name for name, content in generated.items() if blocks_in(committed).get(name) != content]
    assert not stale, f"docs/domain.md is stale in {stale}: run `python -m deploy.domain_doc`"
    assert rewrite(committed, generated) == committed


def test_check_mode_passes_on_the_committed_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert domain_doc.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def _copy_sources(tmp_path: Path) -> Path:
    for relative in (domain_doc.DATA, domain_doc.AGENCIES.parent, domain_doc.DEMO_CASE.parent):
        shutil.copytree(ROOT / relative, tmp_path / relative)
    (tmp_path / domain_doc.DOC).parent.mkdir(parents=True)
    shutil.copy(DOC_PATH, tmp_path / domain_doc.DOC)
    return tmp_path


def test_a_change_in_the_rule_book_makes_the_document_stale_until_regenerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy_sources(tmp_path)
    rules_file = root / domain_doc.DATA / "rules.yaml"
    data = yaml.safe_load(rules_file.read_text(encoding="utf-8"))
    assert data["rules"]["TARGET_NOT_FOUND"]["severity"] == "info"
    data["rules"]["TARGET_NOT_FOUND"]["severity"] = "warn"
    data["rules"]["TARGET_NOT_FOUND"]["citation"] = "A citation nobody wrote before"
    rules_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(domain_doc, "ROOT", root)

    assert domain_doc.main(["--check"]) == 1
    assert "A citation nobody wrote before" in capsys.readouterr().err
    assert (root / domain_doc.DOC).read_text(encoding="utf-8") == DOC_PATH.read_text(encoding="utf-8")

    assert domain_doc.main([]) == 0
    rows = table_rows(blocks_in((root / domain_doc.DOC).read_text(encoding="utf-8"))["rules"])
    row = next(row for row in rows if row["code"] == "`TARGET_NOT_FOUND`")
    assert (row["severity"], row["tier"], row["citation"]) == ("warn", "COUNSEL", "A citation nobody wrote before")
    assert domain_doc.main(["--check"]) == 0


def test_a_hand_edit_inside_a_generated_block_is_reported_and_prose_outside_is_kept(
    committed: str, generated: dict[str, str]
) -> None:
    edited = committed.replace("| `NOTICE_REQUIRED` | info |", "| `NOTICE_REQUIRED` | block |", 1)
    assert edited != committed
    edited = edited.replace("## Why the project exists", "## Why the project exists\n\nA new sentence.", 1)

    restored = rewrite(edited, generated)
    assert "| `NOTICE_REQUIRED` | info |" in restored
    assert "| `NOTICE_REQUIRED` | block |" not in restored
    assert "A new sentence." in restored


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text.replace("<!-- /generated:seed -->", "", 1), "missing"),
        (lambda text: text + "\n<!-- generated:nonsense -->\nx\n<!-- /generated:nonsense -->\n", "unknown"),
    ],
)
def test_markers_must_match_the_generated_blocks(
    committed: str, generated: dict[str, str], change: Callable[[str], str], message: str
) -> None:
    with pytest.raises(DocError, match=message):
        rewrite(change(committed), generated)


# --- the prose explains what the tables list ---------------------------------------------------


def test_every_rule_code_is_explained_in_the_prose(committed: str) -> None:
    prose = _prose(committed)
    codes = [row["code"] for row in table_rows(blocks_in(committed)["rules"])]
    assert len(codes) >= 40
    unexplained = [code for code in codes if code not in prose]
    assert not unexplained, f"add a 'when it fires' line to docs/domain.md for {unexplained}"


def test_every_vocabulary_identifier_is_explained_in_the_prose(committed: str) -> None:
    prose = _prose(committed)
    identifiers = [member.value for enum, _ in domain_doc.VOCABULARY for member in enum]
    unexplained = [value for value in identifiers if f"`{value}`" not in prose]
    assert not unexplained, f"explain these identifiers in docs/domain.md: {unexplained}"


# --- the docs stand on their own ---------------------------------------------------------------

#: Paths outside the repository (spelt in pieces so that this file does not name them itself).
OUTSIDE = re.compile("|".join(re.escape(part) for part in (".." + "/shared", "/" + "work/", "DOMAIN" + ".md")))

DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])


@pytest.mark.parametrize("path", DOCS, ids=lambda path: str(path.relative_to(ROOT)))
def test_docs_name_no_path_outside_the_repository(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not OUTSIDE.search(text)


def _anchors(path: Path) -> set[str]:
    """GitHub's heading anchors of a markdown file: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    headings = re.findall(r"^#{1,6} (.+)$", text, re.M)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("path", DOCS, ids=lambda path: str(path.relative_to(ROOT)))
def test_docs_links_point_at_files_and_headings_in_the_repository(path: Path) -> None:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        resolved = (path.parent / file_part).resolve() if file_part else path
        if (
            not resolved.is_relative_to(ROOT)
            or not resolved.exists()
            or (anchor and resolved.suffix == ".md" and anchor not in _anchors(resolved))
        ):
            broken.append(target)
    assert not broken

"""`dueprocess reference update dotgov FILE`: refreshes the .gov registry, prints what changed, refuses bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from deploy.cli import main
from deploy.reference import packaged_dotgov
from shared.reference.government import DOTGOV_COLUMNS, parse_dotgov

UPSTREAM_HEADER = ",".join((*DOTGOV_COLUMNS, "Security contact email")) + "\n"
OLD = (
    "Domain name,Domain type,Organization name,Suborganization name,City,State\n"
    'ohio.gov,State or territory,"State of Ohio, Office of IT",,Columbus,OH\n'
    "columbus.gov,City,City of Columbus,,Columbus,OH\n"
    "oldtown.gov,City,Town of Oldtown,,Oldtown,ME\n"
)
NEW = UPSTREAM_HEADER + (
    'ohio.gov,State or territory,"State of Ohio, Office of IT",,Columbus,OH,domain.manager@das.ohio.gov\n'
    "columbus.gov,City,City of Columbus,Division of Police,Columbus,OH,(blank)\n"
    "newtown.gov,City,Town of Newtown,,Newtown,CT,security@newtown.gov\n"
    "NEWCOUNTY.gov,County - Election,New County,,Newville,TX,\n"
)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "dotgov.csv"
    path.write_text(OLD, encoding="utf-8")
    return path


def run(source: Path, target: Path) -> int:
    return main(["reference", "update", "dotgov", str(source), "--target", str(target)])


def test_update_replaces_the_registry_and_prints_what_was_added_and_removed(
    tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "current-full.csv"
    source.write_text(NEW, encoding="utf-8")
    assert run(source, target) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "dotgov: 4 domains (was 3): 2 added, 1 removed, 1 changed"
    assert sorted(line.split()[1] for line in out if line.startswith("+ ")) == ["newcounty.gov", "newtown.gov"]
    assert [line.split()[1] for line in out if line.startswith("- ")] == ["oldtown.gov"]
    assert [line.split()[1] for line in out if line.startswith("~ ")] == ["columbus.gov"]
    text = target.read_text(encoding="utf-8")
    assert "@" not in text and "(blank)" not in text and "Security contact" not in text
    rows = parse_dotgov(text)
    assert [r["Domain name"] for r in rows] == ["columbus.gov", "newcounty.gov", "newtown.gov", "ohio.gov"]
    assert rows[0]["Suborganization name"] == "Division of Police"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current-full.csv", "dotgov.csv"]  # no temporary left
    # a second run with the same file changes nothing and says so
    assert run(source, target) == 0
    assert capsys.readouterr().out.strip() == "dotgov: 4 domains, unchanged"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("", "the file is empty"),
        ("domain,type,agency\nohio.gov,State,Ohio\n", "the header lacks"),
        (UPSTREAM_HEADER, "no domains"),
        (UPSTREAM_HEADER + "example.com,City,Example,,X,OH,\n", "not a .gov domain"),
        (UPSTREAM_HEADER + "x.gov,Corporation,X,,X,OH,\n", "unknown domain type"),
    ],
)
def test_bad_input_gets_a_clear_error_and_changes_nothing(
    tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str], content: str, why: str
) -> None:
    source = tmp_path / "current-full.csv"
    source.write_text(content, encoding="utf-8")
    assert run(source, target) == 2
    err = capsys.readouterr().err
    assert why in err and "nothing changed" in err
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current-full.csv", "dotgov.csv"]  # no temporary left


def test_a_missing_file_is_an_error_too(tmp_path: Path, target: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "nope.csv", target) == 2
    assert "nope.csv" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == OLD


def test_the_default_target_is_the_packaged_registry() -> None:
    assert packaged_dotgov().name == "dotgov.csv" and packaged_dotgov().exists()

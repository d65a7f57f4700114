"""The foreign table's restricted suffixes: each one names the source that confirms only that government
registers under it (a wrong one would verify any stranger's domain under it as that government)."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from shared.reference.government import government_registry

ENTRY = re.compile(r"^\s*- \{domain: (?P<domain>[a-z0-9.-]+),.*\}(?:\s*#\s*(?P<note>.*))?$")


def entry_lines() -> list[tuple[str, str, str]]:
    """(domain, entry text, trailing comment) for each entry line of the packaged table."""
    text = resources.files("shared.reference").joinpath("foreign_government.yaml").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match is not None:
            body = line.split("}", 1)[0] + "}"
            out.append((match["domain"], body, match["note"] or ""))
    return out


def test_every_entry_line_is_read_as_one_entry() -> None:
    text = resources.files("shared.reference").joinpath("foreign_government.yaml").read_text(encoding="utf-8")
    parsed = [str(e["domain"]) for e in yaml.safe_load(text)["domains"]]
    assert [domain for domain, _, _ in entry_lines()] == parsed


def test_every_restricted_suffix_names_the_source_that_confirms_it() -> None:
    restricted = [(d, note) for d, body, note in entry_lines() if "restricted: true" in body]
    assert restricted  # gov.uk, gouv.fr...
    unsourced = [d for d, note in restricted if not note.startswith("source: ") or len(note) < 40]
    assert unsourced == []


@pytest.mark.parametrize("marker", ["UNCONFIRMED", "not a registry suffix"])
def test_an_unconfirmed_suffix_or_a_held_domain_is_not_marked_restricted(marker: str) -> None:
    marked = [(d, body) for d, body, note in entry_lines() if note.startswith(marker)]
    assert marked
    assert [d for d, body in marked if "restricted: true" in body] == []


@pytest.mark.parametrize(
    ("domain", "restricted"),
    [("gov.uk", True), ("gouv.fr", True), ("gub.uy", True), ("bund.de", False), ("gouv.cd", False)],
)
def test_the_loaded_registry_carries_the_reviewed_flag(domain: str, restricted: bool) -> None:
    body = government_registry().get(domain)
    assert body is not None and body.restricted is restricted


def test_an_entry_is_an_unconfirmed_suffix_exactly_when_its_comment_says_so() -> None:
    flagged = {d for d, body, _ in entry_lines() if "unconfirmed_suffix: true" in body}
    commented = {d for d, _, note in entry_lines() if note.startswith("UNCONFIRMED")}
    assert flagged == commented
    loaded = {body.domain for body in government_registry() if body.unconfirmed_suffix}
    assert loaded == flagged

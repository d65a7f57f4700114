"""Statute citations written many ways are one statute (shared/citations.py)."""

from __future__ import annotations

import pytest

from shared.citations import canonical_statute, find_citations, same_statute, statute_key


@pytest.mark.parametrize(
    "written",
    [
        "19 USC 1509",
        "19 U.S.C. § 1509",
        "19 U.S.C. §1509",
        "19 U.S.C. 1509",
        "Section 1509 of Title 19",
        "Title 19, United States Code, Section 1509",
        "19 United States Code § 1509",
        "section 1509 of title 19, U.S.C.",
        "19 U.S.C.A. § 1509(a)(1)",
    ],
)
def test_one_statute_however_it_is_written(written: str) -> None:
    assert statute_key(written) == "19 U.S.C. § 1509"
    assert same_statute(written, "19 USC 1509")


def test_subsections_are_kept_for_display_and_dropped_from_the_key() -> None:
    assert canonical_statute("pursuant to 18 U.S.C. §2703(d)") == "18 U.S.C. § 2703(d)"
    assert statute_key("18 U.S.C. §2703(d)") == "18 U.S.C. § 2703"
    assert not same_statute("18 U.S.C. § 2703(d)", "18 U.S.C. § 2709")


def test_federal_rules_are_recognised() -> None:
    for written in (
        "Fed. R. Civ. P. 45",
        "Rule 45 of the Federal Rules of Civil Procedure",
        "FRCP 45",
        "Federal Rule of Civil Procedure 45",
    ):
        assert statute_key(written) == "Fed. R. Civ. P. 45", written
    assert canonical_statute("Fed. R. Crim. P. 17(c)") == "Fed. R. Crim. P. 17(c)"


def test_every_citation_in_a_text_with_its_span() -> None:
    text = "Issued under 26 U.S.C. 7602; see also Section 1509 of Title 19 and 18 U.S.C. § 2705(b)."
    found = find_citations(text)
    assert [c.canonical for c in found] == ["26 U.S.C. § 7602", "19 U.S.C. § 1509", "18 U.S.C. § 2705(b)"]
    assert [text[c.start : c.end] for c in found] == [c.text for c in found]


def test_no_citation_is_none() -> None:
    assert statute_key("a letter about nothing in particular, dated 3.14.2017") is None
    assert statute_key(None) is None

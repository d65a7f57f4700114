"""One handle normaliser (shared.handles), and review's blind indexes stored before it."""

from __future__ import annotations

import pytest

from services.review.adapters.sealing import account_key, legacy_account_key, lookup_index, target_lookup_keys
from services.review.domain.accounts import AccountDirectory
from shared.crypto import Vault
from shared.handles import handle_candidates, legacy_handle_key, normalize_handle


@pytest.mark.parametrize(
    "written",
    ["alice", "@alice", "  @Alice ", "ALICE", "ａｌｉｃｅ", "＠ＡＬＩＣＥ", "@alice\u00a0"],
)
def test_every_way_of_writing_a_handle_is_one_handle(written: str) -> None:
    assert normalize_handle(written) == "alice"


def test_full_case_folding_and_compatibility_forms() -> None:
    assert normalize_handle("Straße") == normalize_handle("STRASSE") == "strasse"
    assert normalize_handle("ﬁsh") == "fish"  # the ligature is two letters
    assert normalize_handle("Ⅻ") == "xii"  # the Roman numeral is three


@pytest.mark.parametrize("text", ["@Alice", "ＡＬＩＣＥ", "Straße", "ǅemal", "ΣΊΣΥΦΟΣ", "ﬃ", "İstanbul", "x\u0345"])
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_handle(text)
    assert normalize_handle(once) == once


def test_a_profile_url_also_names_its_last_path_part() -> None:
    candidates = handle_candidates("https://platform.example/@Alice/")
    assert candidates[-1] == "alice"
    assert handle_candidates("@Alice") == ("alice",)
    assert handle_candidates("  ") == ()


def test_the_legacy_form_differs_only_without_nfkc() -> None:
    assert legacy_handle_key("  @Alice") == normalize_handle("  @Alice") == "alice"
    assert legacy_handle_key("ＡＬＩＣＥ") == "ａｌｉｃｅ" != normalize_handle("ＡＬＩＣＥ")
    assert handle_candidates("ＡＬＩＣＥ", legacy=True) == ("ａｌｉｃｅ",)


def test_the_offline_directory_finds_a_full_width_handle() -> None:
    directory = AccountDirectory.from_entries([{"handle": "alice", "id": "42"}])
    found = directory.lookup("＠ＡＬＩＣＥ")
    assert found is not None and found.handle == "alice"
    assert directory.lookup("@bob") is None


def test_an_index_stored_before_nfkc_is_still_searched() -> None:
    vault = Vault.from_config(f"k:{Vault.generate_key()}", index_key=Vault.generate_key())
    # A full-width handle was indexed as written (case-folded) before the NFKC normalisation.
    stored_before = lookup_index(vault, legacy_handle_key("ＪＯＨＮ"))
    searched = {lookup_index(vault, key) for key in target_lookup_keys("ＪＯＨＮ")}
    assert stored_before in searched
    assert lookup_index(vault, "john") in searched  # and the new form
    # An ASCII handle's key is the same under both normalisations (no stored key moves).
    assert account_key(vault, "@Alice") == legacy_account_key(vault, "alice")
    assert account_key(vault, "ＪＯＨＮ") != legacy_account_key(vault, "ＪＯＨＮ")

"""Notify finds an account by a handle as review does (both through ``shared.handles``), and still
finds what it indexed before."""

from __future__ import annotations

from services.notify.adapters import sealing as notify
from shared.crypto import Vault
from shared.handles import normalize_handle

ENTRIES = [
    {"handle": "ALT_USCIS", "id": "1001", "contact_email": "Alt.USCIS@example.org"},
    {"handle": "@ＲＯＧＵＥ_ＮＡＳＡ", "account_id": "A-2"},
    {"handle": "Straße"},
]


def vault() -> Vault:
    return Vault.from_config(f"k:{Vault.generate_key()}", index_key=Vault.generate_key())


def test_a_directory_entry_is_indexed_by_its_normalised_handle_ids_and_address() -> None:
    assert notify.lookup_keys(ENTRIES[0]) == ["1001", "alt.uscis@example.org", "alt_uscis"]
    assert notify.lookup_keys(ENTRIES[1]) == ["a-2", "rogue_nasa"]
    assert notify.lookup_keys(ENTRIES[2]) == ["strasse"]
    for entry in ENTRIES:
        assert normalize_handle(entry["handle"]) in notify.lookup_keys(entry)


def test_a_target_is_searched_in_the_normalised_form_and_as_notify_indexed_it_before() -> None:
    assert notify.target_lookup_keys("@ＲＯＧＵＥ_ＮＡＳＡ") == ("rogue_nasa", "ｒｏｇｕｅ_ｎａｓａ")
    assert notify.target_lookup_keys("@Alt_USCIS") == ("alt_uscis",)
    assert "alt_uscis" in notify.target_lookup_keys("https://platform.example/@ALT_USCIS")


def test_an_ascii_handle_keeps_its_key_and_another_is_also_found_under_its_old_one() -> None:
    keys = vault()
    before = keys.blind("alt_uscis", purpose="notify.handle")  # as notify wrote it before shared.handles
    assert notify.handle_key(keys, "@ALT_USCIS ") == before and notify.handle_keys(keys, "ALT_USCIS") == [before]
    new, old = notify.handle_keys(keys, "ＲＯＧＵＥ_ＮＡＳＡ")
    assert new == notify.handle_key(keys, "rogue_nasa") and old == keys.blind(
        "ｒｏｇｕｅ_ｎａｓａ", purpose="notify.handle"
    )

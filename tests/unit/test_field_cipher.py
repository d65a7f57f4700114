"""AES-GCM field encryption: round trip, binding to its place, tamper detection, key rotation."""

from __future__ import annotations

import base64
import os

import pytest

from shared.crypto import FieldCipher, UndecryptableValue


def key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def test_round_trip_and_no_plaintext_in_the_sealed_value() -> None:
    cipher = FieldCipher.from_config(f"k1:{key()}")
    sealed = cipher.seal("alt.uscis@example.org", aad="notify.contacts:contact_email:ALT_USCIS")
    assert "alt.uscis" not in sealed and sealed.startswith("dp1:k1:")
    assert cipher.open(sealed, aad="notify.contacts:contact_email:ALT_USCIS") == "alt.uscis@example.org"
    assert cipher.seal("x", aad="a") != cipher.seal("x", aad="a"), "a fresh nonce every time"


def test_a_value_moved_to_another_row_or_tampered_does_not_open() -> None:
    cipher = FieldCipher.from_config(f"k1:{key()}")
    sealed = cipher.seal("secret", aad="row-1")
    with pytest.raises(UndecryptableValue):
        cipher.open(sealed, aad="row-2")
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(UndecryptableValue):
        cipher.open(tampered, aad="row-1")
    with pytest.raises(UndecryptableValue):
        cipher.open("plain text", aad="row-1")


def test_rotation_keeps_old_values_readable_and_reseals_them_under_the_new_key() -> None:
    old_key, new_key = key(), key()
    before = FieldCipher.from_config(f"k1:{old_key}")
    sealed = before.seal("quiet.reporter@example.com", aad="r")
    after = FieldCipher.from_config(f"k2:{new_key},k1:{old_key}")
    assert after.open(sealed, aad="r") == "quiet.reporter@example.com"
    assert after.needs_reseal(sealed)
    resealed = after.reseal(sealed, aad="r")
    assert resealed.startswith("dp1:k2:") and not after.needs_reseal(resealed)
    retired = FieldCipher.from_config(f"k2:{new_key}")
    assert retired.open(resealed, aad="r") == "quiet.reporter@example.com"
    with pytest.raises(UndecryptableValue, match="unknown key id"):
        retired.open(sealed, aad="r")


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ValueError):
        FieldCipher.from_config("")
    with pytest.raises(ValueError):
        FieldCipher.from_config("k1:" + base64.b64encode(b"short").decode())
    with pytest.raises(ValueError):
        FieldCipher.from_config(f"k1:{key()}", current="k9")

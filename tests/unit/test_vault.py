"""The Vault: binary values, async thresholds, blind indexes, values stored before sealing."""

from __future__ import annotations

import asyncio
import os

import pytest

from shared.crypto import THREAD_THRESHOLD, NotSealedYet, UndecryptableValue, Vault, aad


def vault(keys: str, index_key: str | None = None) -> Vault:
    return Vault.from_config(keys, index_key=index_key or Vault.generate_key())


def test_binary_values_round_trip_bound_to_their_row_and_rotate() -> None:
    a, b = Vault.generate_key(), Vault.generate_key()
    old = vault(f"a:{a}")
    raw = b"From: agent@cbp.dhs.gov\r\n\r\n" + os.urandom(1000)
    sealed = old.seal_bytes(raw, aad=aad("intake.raw_messages", "raw", "pk-1"))
    assert sealed.startswith(b"dp1b:a:") and b"agent@cbp" not in sealed
    assert old.open_bytes(sealed, aad="intake.raw_messages.raw:pk-1") == raw
    with pytest.raises(UndecryptableValue):
        old.open_bytes(sealed, aad="intake.raw_messages.raw:pk-2")
    flipped = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(UndecryptableValue):
        old.open_bytes(flipped, aad="intake.raw_messages.raw:pk-1")
    new = vault(f"b:{b},a:{a}")
    moved = new.cipher.reseal_bytes(sealed, aad="intake.raw_messages.raw:pk-1")
    assert moved.startswith(b"dp1b:b:") and vault(f"b:{b}").open_bytes(moved, aad="intake.raw_messages.raw:pk-1") == raw


def test_large_values_go_through_a_thread_and_come_back_the_same() -> None:
    v = vault(f"k:{Vault.generate_key()}")
    big = os.urandom(THREAD_THRESHOLD * 2)

    async def both() -> tuple[bytes, object]:
        sealed = await v.seal_bytes_async(big, aad="x")
        document = {"raw_text": "y" * (THREAD_THRESHOLD + 1)}
        return await v.open_bytes_async(sealed, aad="x"), await v.open_json_async(
            await v.seal_json_async(document, aad="d"), aad="d"
        )

    opened, document = asyncio.run(both())
    assert opened == big and document == {"raw_text": "y" * (THREAD_THRESHOLD + 1)}


def test_blind_indexes_are_stable_per_key_and_purpose_and_reveal_nothing() -> None:
    index_key = Vault.generate_key()
    one, same = vault(f"a:{Vault.generate_key()}", index_key), vault(f"b:{Vault.generate_key()}", index_key)
    assert one.blind("hff@example.net", purpose="notify.recipient") == same.blind(
        "hff@example.net", purpose="notify.recipient"
    )
    assert one.blind("hff@example.net", purpose="notify.recipient") != one.blind("hff@example.net", purpose="other")
    assert one.blind("hff@example.net", purpose="p") != vault(f"a:{Vault.generate_key()}").blind(
        "hff@example.net", purpose="p"
    )
    assert "hff" not in one.blind("hff@example.net", purpose="p")


def test_a_value_stored_before_sealing_is_refused_with_the_way_out() -> None:
    v = vault(f"k:{Vault.generate_key()}")
    for stored in ("alt.uscis@example.org", None):
        with pytest.raises(NotSealedYet, match="keys rotate"):
            v.open(stored, aad="t")  # type: ignore[arg-type]
    with pytest.raises(NotSealedYet):
        v.open_bytes(b"From: agent@cbp.dhs.gov", aad="t")
    assert v.open_opt(None, aad="t") is None


def test_configuration_takes_newlines_and_a_named_current_key_and_refuses_a_short_index_key() -> None:
    a, b = Vault.generate_key(), Vault.generate_key()
    v = Vault.from_config(f"a:{a}\nb:{b}\n", index_key=Vault.generate_key(), current="b")
    assert v.cipher.current == "b" and set(v.cipher.keys) == {"a", "b"}
    with pytest.raises(ValueError):
        Vault.from_config(f"a:{a}", index_key="c2hvcnQ=")

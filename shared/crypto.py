"""Encryption of personal data at rest: AES-256-GCM with key ids, so keys can rotate.

A sealed value is ``dp1:<key id>:<base64(nonce || ciphertext+tag)>``. Decryption picks the key
by its id, so values sealed under an old key stay readable while ``reseal`` moves them to the
current key. The associated data binds a value to where it belongs (e.g. the table, column
and row id): a ciphertext copied into another row does not decrypt.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "dp1"


class UndecryptableValue(ValueError):
    """Unknown key id, a tampered ciphertext, or the wrong associated data."""


@dataclass(frozen=True)
class FieldCipher:
    keys: dict[str, bytes]
    current: str

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise ValueError(f"the current key {self.current!r} is not among the configured keys")
        for key_id, key in self.keys.items():
            if len(key) != 32 or ":" in key_id:
                raise ValueError(f"key {key_id!r} must be 32 bytes (AES-256) and its id must not contain ':'")

    @classmethod
    def from_config(cls, spec: str, *, current: str | None = None) -> FieldCipher:
        """``"k2:<base64>,k1:<base64>"``; the first key is current unless ``current`` names another."""
        keys: dict[str, bytes] = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            key_id, _, encoded = part.partition(":")
            keys[key_id] = base64.b64decode(encoded)
        if not keys:
            raise ValueError("no encryption key configured")
        return cls(keys=keys, current=current or next(iter(keys)))

    def seal(self, plaintext: str, *, aad: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext.encode(), aad.encode())
        return f"{PREFIX}:{self.current}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, value: str, *, aad: str) -> str:
        try:
            prefix, key_id, encoded = value.split(":", 2)
            blob = base64.b64decode(encoded, validate=True)
            if prefix != PREFIX or key_id not in self.keys:
                raise UndecryptableValue(f"unknown key id {key_id!r}")
            return AESGCM(self.keys[key_id]).decrypt(blob[:12], blob[12:], aad.encode()).decode()
        except (ValueError, InvalidTag) as exc:
            if isinstance(exc, UndecryptableValue):
                raise
            raise UndecryptableValue("the value does not decrypt (tampered, or sealed for another place)") from exc

    def needs_reseal(self, value: str) -> bool:
        return not value.startswith(f"{PREFIX}:{self.current}:")

    def reseal(self, value: str, *, aad: str) -> str:
        """The value under the current key (unchanged when it already is)."""
        return value if not self.needs_reseal(value) else self.seal(self.open(value, aad=aad), aad=aad)

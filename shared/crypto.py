"""Encryption of personal data at rest: AES-256-GCM with key ids, so keys can rotate.

A sealed value is ``dp1:<key id>:<base64(nonce || ciphertext+tag)>``. Decryption picks the key
by its id, so values sealed under an old key stay readable while ``reseal`` moves them to the
current key. Binary values (``seal_bytes``) are ``dp1b:<key id>:`` followed by the raw nonce and
ciphertext. The associated data binds a value to where it belongs (e.g. the table, column
and row id): a ciphertext copied into another row does not decrypt.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "dp1"


class UndecryptableValue(ValueError):
    """Unknown key id, a tampered ciphertext, or the wrong associated data."""


@dataclass(frozen=True)
class FieldCipher:
    keys: dict[str, bytes]
    current: str
    _aead: dict[str, AESGCM] = field(init=False, repr=False, compare=False)
    _prefix: str = field(init=False, repr=False, compare=False)
    _binary_prefix: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise ValueError(f"the current key {self.current!r} is not among the configured keys")
        for key_id, key in self.keys.items():
            if len(key) != 32 or ":" in key_id:
                raise ValueError(f"key {key_id!r} must be 32 bytes (AES-256) and its id must not contain ':'")
        # One AESGCM per key, made once: building one per value cost as much as the encryption.
        object.__setattr__(self, "_aead", {key_id: AESGCM(key) for key_id, key in self.keys.items()})
        object.__setattr__(self, "_prefix", f"{PREFIX}:{self.current}:")
        object.__setattr__(self, "_binary_prefix", f"{BINARY_PREFIX}:{self.current}:".encode())

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
        sealed = self._aead[self.current].encrypt(nonce, plaintext.encode(), aad.encode())
        return self._prefix + base64.b64encode(nonce + sealed).decode()

    def open(self, value: str, *, aad: str) -> str:
        try:
            prefix, key_id, encoded = value.split(":", 2)
            blob = binascii.a2b_base64(encoded, strict_mode=True)  # b64decode(validate=True), faster
            if prefix != PREFIX or key_id not in self.keys:
                raise UndecryptableValue(f"unknown key id {key_id!r}")
            return self._aead[key_id].decrypt(blob[:12], blob[12:], aad.encode()).decode()
        except (ValueError, InvalidTag) as exc:
            if isinstance(exc, UndecryptableValue):
                raise
            raise UndecryptableValue("the value does not decrypt (tampered, or sealed for another place)") from exc

    def needs_reseal(self, value: str) -> bool:
        return not value.startswith(self._prefix)

    def reseal(self, value: str, *, aad: str) -> str:
        """The value under the current key (unchanged when it already is)."""
        return value if not self.needs_reseal(value) else self.seal(self.open(value, aad=aad), aad=aad)

    # --- binary values (bytea columns: raw e-mails, attachments, outbox events) ------------------

    def seal_bytes(self, plaintext: bytes, *, aad: str) -> bytes:
        """``dp1b:<key id>:`` then nonce || ciphertext+tag, raw (no base64 for large values)."""
        nonce = os.urandom(12)
        sealed = self._aead[self.current].encrypt(nonce, plaintext, aad.encode())
        return self._binary_prefix + nonce + sealed

    def open_bytes(self, value: bytes, *, aad: str) -> bytes:
        prefix, _, rest = value.partition(b":")
        key_id, _, blob = rest.partition(b":")
        if prefix != BINARY_PREFIX.encode() or not blob:
            raise UndecryptableValue("not a sealed value")
        aead = self._aead.get(key_id.decode(errors="replace"))
        if aead is None:
            raise UndecryptableValue(f"unknown key id {key_id.decode(errors='replace')!r}")
        try:
            return aead.decrypt(blob[:12], blob[12:], aad.encode())
        except (ValueError, InvalidTag) as exc:
            raise UndecryptableValue("the value does not decrypt (tampered, or sealed for another place)") from exc

    def needs_reseal_bytes(self, value: bytes) -> bool:
        return not value.startswith(self._binary_prefix)

    def reseal_bytes(self, value: bytes, *, aad: str) -> bytes:
        return (
            value if not self.needs_reseal_bytes(value) else self.seal_bytes(self.open_bytes(value, aad=aad), aad=aad)
        )


BINARY_PREFIX = "dp1b"
# Values above this many bytes are sealed and opened in a worker thread (AES-GCM releases the
# GIL), so that a raw e-mail or an attachment never holds up the event loop.
THREAD_THRESHOLD = 64 * 1024


def aad(table: str, column: str, *row: object) -> str:
    """The associated data of a sealed value: its table (``schema.table``), column and row key."""
    return f"{table}.{column}:" + "/".join(str(part) for part in row)


class NotSealedYet(UndecryptableValue):
    """A value stored before encryption at rest (or missing): `dueprocess keys rotate` seals those."""


def _check_sealed(value: str | bytes | None, prefix: str) -> None:
    marker = f"{prefix}:" if isinstance(value, str) else f"{prefix}:".encode()
    if value is None or not value.startswith(marker):  # type: ignore[arg-type]
        raise NotSealedYet("a value written before encryption at rest, or none: run `dueprocess keys rotate`")


class NoDataKeys(RuntimeError):
    """Personal data has to be sealed or opened and no data keys are configured."""


@dataclass(frozen=True)
class Vault:
    """Everything storage needs to keep personal data sealed: the field cipher (AES-256-GCM,
    key ids, rotation) and the blind-index key (HMAC-SHA256) for looking records up by a
    personal value without storing it.

    Invariants: every value sealed here is bound to its place by ``aad``; a blind index never
    reveals its value and is equal for equal (normalised) values under one purpose.
    """

    cipher: FieldCipher
    index_key: bytes

    def __post_init__(self) -> None:
        if len(self.index_key) < 32:
            raise ValueError("the blind-index key must be at least 32 bytes")

    @classmethod
    def from_config(cls, keys: str, *, index_key: str, current: str | None = None) -> Vault:
        """``keys`` as FieldCipher.from_config takes them (commas or newlines), the index key in base64."""
        spec = ",".join(part.strip() for part in keys.replace("\n", ",").split(",") if part.strip())
        return cls(FieldCipher.from_config(spec, current=current), base64.b64decode(index_key.strip()))

    @staticmethod
    def generate_key() -> str:
        """A fresh 32-byte key in base64 (a data key or a blind-index key)."""
        return base64.b64encode(os.urandom(32)).decode()

    # --- text ----------------------------------------------------------------------------------

    def seal(self, value: str, *, aad: str) -> str:
        return self.cipher.seal(value, aad=aad)

    def open(self, value: str, *, aad: str) -> str:
        _check_sealed(value, PREFIX)
        return self.cipher.open(value, aad=aad)

    def seal_opt(self, value: str | None, *, aad: str) -> str | None:
        return None if value is None else self.cipher.seal(value, aad=aad)

    def open_opt(self, value: str | None, *, aad: str) -> str | None:
        return None if value is None else self.open(value, aad=aad)

    def seal_json(self, value: Any, *, aad: str) -> str:
        return self.cipher.seal(json.dumps(value, separators=(",", ":"), ensure_ascii=False), aad=aad)

    def open_json(self, value: str, *, aad: str) -> Any:
        return json.loads(self.open(value, aad=aad))

    async def seal_json_async(self, value: Any, *, aad: str) -> str:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        if len(text) > THREAD_THRESHOLD:
            return await asyncio.to_thread(self.cipher.seal, text, aad=aad)
        return self.cipher.seal(text, aad=aad)

    async def open_json_async(self, value: str, *, aad: str) -> Any:
        _check_sealed(value, PREFIX)
        if len(value) > THREAD_THRESHOLD:
            return await asyncio.to_thread(self.open_json, value, aad=aad)
        return self.open_json(value, aad=aad)

    # --- bytes ---------------------------------------------------------------------------------

    def seal_bytes(self, value: bytes, *, aad: str) -> bytes:
        return self.cipher.seal_bytes(value, aad=aad)

    def open_bytes(self, value: bytes, *, aad: str) -> bytes:
        _check_sealed(value, BINARY_PREFIX)
        return self.cipher.open_bytes(value, aad=aad)

    async def seal_bytes_async(self, value: bytes, *, aad: str) -> bytes:
        if len(value) > THREAD_THRESHOLD:
            return await asyncio.to_thread(self.cipher.seal_bytes, value, aad=aad)
        return self.cipher.seal_bytes(value, aad=aad)

    async def open_bytes_async(self, value: bytes, *, aad: str) -> bytes:
        _check_sealed(value, BINARY_PREFIX)
        if len(value) > THREAD_THRESHOLD:
            return await asyncio.to_thread(self.cipher.open_bytes, value, aad=aad)
        return self.cipher.open_bytes(value, aad=aad)

    # --- blind indexes -------------------------------------------------------------------------

    def blind(self, value: str, *, purpose: str) -> str:
        """HMAC-SHA256 of ``value`` under ``purpose``, hex. Normalise ``value`` first (case, '@')."""
        return hmac.new(self.index_key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()


class NoEventKeys(RuntimeError):
    """Events have to be sealed or opened and no event keys are configured."""


@dataclass(frozen=True)
class EventKeys:
    """The key ring the three services share for the personal fields of events on Kafka
    (``DUEPROCESS_EVENT_KEYS``), distinct from each service's data keys.

    New events are sealed under the current (newest) key; an event opens while its key is in
    the ring, so a rotation adds the new key first and drops the old one only once no topic
    (nor outbox) holds events under it any more. Each value's associated data binds it to its
    topic, its field and its event (``shared.contracts``), so it does not open anywhere else.
    """

    cipher: FieldCipher

    @classmethod
    def from_config(cls, keys: str, *, current: str | None = None) -> EventKeys:
        """``"e2:<base64>,e1:<base64>"`` (commas or newlines); the first key is current unless ``current`` names another."""
        spec = ",".join(part.strip() for part in keys.replace("\n", ",").split(",") if part.strip())
        return cls(FieldCipher.from_config(spec, current=current))

    @property
    def current(self) -> str:
        return self.cipher.current

    def seal(self, value: str, *, aad: str) -> str:
        return self.cipher.seal(value, aad=aad)

    def open(self, value: str, *, aad: str) -> str:
        return self.cipher.open(value, aad=aad)

    @staticmethod
    def is_sealed(value: object) -> bool:
        return isinstance(value, str) and value.startswith(f"{PREFIX}:")

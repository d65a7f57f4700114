"""Audit checkpoints without a database: signed and checked as they travel (JSON), refused when
altered or signed by another key; the newest trusted one anchors each service; the publisher is
wired only with a configured key."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from shared.audit import new_signing_key_text
from shared.audit_checkpoint import (
    checkpoint_tasks,
    configured_key,
    judge,
    parse_public_key,
    public_key_text,
    read_checkpoint_file,
    refusal,
    sign,
)
from shared.contracts import NO_CASE, AuditCheckpoint, Envelope, envelope
from shared.settings import Settings

AT = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
HASH = "ab" * 32


def travelled(checkpoint: AuditCheckpoint) -> AuditCheckpoint:
    """As the topic carries it: an envelope's JSON, parsed again."""
    event = envelope(checkpoint, case_id=NO_CASE, trace_id="t", producer="review")
    return Envelope[AuditCheckpoint].model_validate_json(event.model_dump_json()).payload


def test_a_checkpoint_verifies_after_travelling_and_not_once_altered() -> None:
    key = Ed25519PrivateKey.generate()
    checkpoint = travelled(sign(key, service="review", seq=41, entry_hash=HASH, at=AT))
    assert refusal(checkpoint, [key.public_key()]) is None
    for change in ({"seq": 40}, {"entry_hash": "cd" * 32}, {"service": "intake"}, {"signed_at": AT + timedelta(1)}):
        assert refusal(checkpoint.model_copy(update=change), [key.public_key()]) == (
            "its signature does not verify (forged or altered)"
        )
    other = Ed25519PrivateKey.generate()
    assert refusal(checkpoint, [other.public_key()]) == "it is signed by a key that is not trusted"
    # Trusting the old key as well (a rotation) accepts it.
    assert refusal(checkpoint, [other.public_key(), key.public_key()]) is None


def test_each_service_is_anchored_by_its_furthest_trusted_checkpoint() -> None:
    key, mallory = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    older = sign(key, service="review", seq=10, entry_hash=HASH, at=AT)
    newer = sign(key, service="review", seq=12, entry_hash=HASH, at=AT + timedelta(minutes=5))
    intake = sign(key, service="intake", seq=3, entry_hash=HASH, at=AT)
    forged = sign(mallory, service="review", seq=99, entry_hash=HASH, at=AT + timedelta(hours=1))
    judged = judge([newer, forged, older, intake], [key.public_key()])
    assert judged.trusted == {"review": newer, "intake": intake}
    assert [(c.seq, why) for c, why in judged.refused] == [(99, "it is signed by a key that is not trusted")]


def test_checkpoints_are_read_from_an_export_or_a_list(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    review = sign(key, service="review", seq=7, entry_hash=HASH, at=AT)
    export = {"review": {"entries": [], "signature": "x", "checkpoint": review.model_dump(mode="json")}}
    (tmp_path / "export.json").write_text(json.dumps(export))
    assert read_checkpoint_file(tmp_path / "export.json").checkpoints == [review]
    broken = {**review.model_dump(mode="json"), "seq": "seven"}
    (tmp_path / "list.json").write_text(json.dumps([review.model_dump(mode="json"), broken]))
    found = read_checkpoint_file(tmp_path / "list.json")
    assert found.checkpoints == [review] and len(found.unreadable) == 1
    assert read_checkpoint_file(tmp_path / "missing.json").unreadable


def test_the_publisher_runs_only_with_a_configured_key() -> None:
    pool: object = object()  # not used until the task runs
    assert checkpoint_tasks(Settings(audit_signing_key=None), pool=pool, schema="review") == []  # type: ignore[arg-type]
    seed = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    configured = Settings(audit_signing_key=base64.b64encode(seed).decode(), audit_checkpoint_seconds=60)
    assert len(checkpoint_tasks(configured, pool=pool, schema="review")) == 1  # type: ignore[arg-type]
    # The key `up` makes: a seed the signer and the verifier read alike.
    made = Settings(audit_signing_key=new_signing_key_text())
    key = configured_key(made)
    assert key is not None and new_signing_key_text() != made.audit_signing_key.get_secret_value()  # type: ignore[union-attr]
    checkpoint = sign(key, service="intake", seq=1, entry_hash=HASH, at=AT)
    assert refusal(checkpoint, [parse_public_key(public_key_text(key))]) is None

"""Signed checkpoints of each schema's audit chain head: what shows a log cut short at its tail.

A hash chain shows an edited, removed or reordered entry, but deleting its newest entries leaves
a shorter chain that is just as valid. So each service signs its chain's head (schema, sequence
number, entry hash, time; Ed25519 with the audit export's key) every
``audit_checkpoint_seconds`` when the head moved, and with every `dueprocess audit export`, and
publishes it on ``audit.checkpoints.v1``: keyed by the service, compacted, kept forever, on a
broker the database's administrators do not control. `dueprocess audit verify` checks each chain
against the newest checkpoint whose signature verifies with the trusted key.

Invariants:
- a checkpoint is staged in the service's outbox, in the chain's own schema, in a transaction
  that holds the chain's append lock and does nothing else: the head it signs is committed (it
  can never name an entry that is later rolled back), no append runs between reading and
  signing it, and a service's checkpoints reach the topic in the order they were signed (the
  outbox keeps one key's rows in order);
- without a configured key nothing is signed: a one-off key's checkpoint could be told from a
  forgery by no one.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import ValidationError

from shared.audit import canonical, chain_head, load_signing_key, lock_chain
from shared.contracts import NO_CASE, AuditCheckpoint, Topics, envelope, parse_envelope
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.settings import Settings

log = get_logger(__name__)
KIND = "dueprocess.audit-checkpoint.v1"


def configured_key(settings: Settings) -> Ed25519PrivateKey | None:
    """The audit export's signing key (DUEPROCESS_AUDIT_SIGNING_KEY); None when it is not set."""
    if settings.audit_signing_key is None:
        return None
    return load_signing_key(settings.audit_signing_key.get_secret_value().encode())


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def parse_public_key(text: str) -> Ed25519PublicKey:
    """A public key as `dueprocess audit public-key` prints it (base64 of the raw 32 bytes)."""
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))


def signed_bytes(*, service: str, seq: int, entry_hash: str, signed_at: datetime, public_key: str) -> bytes:
    """What the signature covers: every field of the checkpoint but the signature."""
    return canonical(
        {
            "kind": KIND,
            "service": service,
            "seq": seq,
            "entry_hash": entry_hash,
            "signed_at": signed_at.astimezone(UTC).isoformat(),
            "public_key": public_key,
        }
    )


def sign(key: Ed25519PrivateKey, *, service: str, seq: int, entry_hash: str, at: datetime) -> AuditCheckpoint:
    public = public_key_text(key)
    message = signed_bytes(service=service, seq=seq, entry_hash=entry_hash, signed_at=at, public_key=public)
    return AuditCheckpoint(
        service=service,
        seq=seq,
        entry_hash=entry_hash,
        signed_at=at,
        public_key=public,
        signature=base64.b64encode(key.sign(message)).decode(),
    )


def refusal(checkpoint: AuditCheckpoint, trusted: Sequence[Ed25519PublicKey]) -> str | None:
    """Why ``checkpoint`` cannot be trusted; None when one of the ``trusted`` keys signed it, as it stands."""
    key = next((k for k in trusted if public_key_text(k) == checkpoint.public_key), None)
    if key is None:
        return "it is signed by a key that is not trusted"
    message = signed_bytes(
        service=checkpoint.service,
        seq=checkpoint.seq,
        entry_hash=checkpoint.entry_hash,
        signed_at=checkpoint.signed_at,
        public_key=checkpoint.public_key,
    )
    try:
        signature = base64.b64decode(checkpoint.signature, validate=True)
    except ValueError:
        return "its signature is not base64"
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return "its signature does not verify (forged or altered)"
    return None


class ChainCut(Exception):
    """The entry a previous checkpoint names is gone (or changed): the chain was cut after it.
    Signing the present head would bless the cut (and, once the topic is compacted, hide it)."""

    def __init__(self, previous: AuditCheckpoint) -> None:
        super().__init__(f"entry {previous.seq} of the last checkpoint is no longer in the chain")
        self.previous = previous


async def stage_checkpoint(
    conn: asyncpg.Connection,
    *,
    schema: str,
    key: Ed25519PrivateKey,
    at: datetime,
    previous: AuditCheckpoint | None = None,
    only_if_moved: bool = False,
    publish: bool = True,
) -> AuditCheckpoint | None:
    """Sign ``schema``'s chain head and (``publish``) stage it in the schema's outbox, keyed by the
    service, in a transaction of its own. None when the chain is empty, or (``only_if_moved``)
    its head is still ``previous``'s. Raises ChainCut, signing nothing, when ``previous`` (the
    last checkpoint) names an entry the chain no longer holds."""
    async with conn.transaction():
        await lock_chain(conn, schema=schema)
        head = await chain_head(conn, schema=schema)
        if previous is not None:
            kept = await conn.fetchval(f'SELECT hash FROM "{schema}".audit_log WHERE seq = $1', previous.seq)
            if kept != previous.entry_hash:
                raise ChainCut(previous)
            if only_if_moved and head == (previous.seq, previous.entry_hash):
                return None
        if head is None:
            return None
        checkpoint = sign(key, service=schema, seq=head[0], entry_hash=head[1], at=at)
        if publish:
            event = envelope(checkpoint, case_id=NO_CASE, trace_id=f"audit-checkpoint-{schema}", producer=schema)
            await add_to_outbox(conn, schema=schema, topic=Topics.AUDIT_CHECKPOINTS, event=event, key=schema)
    return checkpoint


LatestCheckpoint = Callable[[], Awaitable[AuditCheckpoint | None]]


class CheckpointPublisher:
    """Stages a checkpoint of the service's chain head every ``interval_seconds`` when it moved
    (the first one at start). Several replicas may run one each: their checkpoints all hold.

    Each new checkpoint must extend the last one: the newest this service's key signed, read
    from the topic (``latest``) before the first one, then the one it staged itself. When the
    entry that one names is gone, it signs nothing more and logs an error each interval: the
    last good checkpoint stays the newest on the topic, and `audit verify` reports the cut."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        schema: str,
        key: Ed25519PrivateKey,
        interval_seconds: float,
        latest: LatestCheckpoint | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._pool = pool
        self._schema = schema
        self._key = key
        self._interval = interval_seconds
        self._latest = latest
        self._clock = clock
        self._last: AuditCheckpoint | None = None

    async def checkpoint_if_moved(self) -> AuditCheckpoint | None:
        if self._latest is not None:
            self._last = await self._latest()  # until it was read, nothing is signed
            self._latest = None
        async with self._pool.acquire() as conn:
            checkpoint = await stage_checkpoint(
                conn, schema=self._schema, key=self._key, at=self._clock(), previous=self._last, only_if_moved=True
            )
        if checkpoint is not None:
            self._last = checkpoint
            log.info("audit checkpoint staged", schema=self._schema, seq=checkpoint.seq)
        return checkpoint

    async def run(self) -> None:
        while True:
            try:
                await self.checkpoint_if_moved()
            except ChainCut as exc:
                log.error(
                    "audit chain cut after its last checkpoint: no checkpoint signed (run `dueprocess audit verify`)",
                    schema=self._schema,
                    checkpoint_seq=exc.previous.seq,
                )
            except DATABASE_UNAVAILABLE as exc:
                log.warning("audit checkpoint postponed: database unavailable", error=repr(exc))
            except Exception as exc:  # the broker, or anything else: the service keeps running, and retries
                log.warning("audit checkpoint postponed", schema=self._schema, error=type(exc).__name__)
            await asyncio.sleep(self._interval)


def latest_from_topic(settings: Settings, *, schema: str, key: Ed25519PrivateKey) -> LatestCheckpoint:
    """The newest checkpoint of ``schema`` that ``key`` signed, as the checkpoint topic holds it."""

    async def latest() -> AuditCheckpoint | None:
        from shared.kafka import client_security

        async with asyncio.timeout(30):
            found = await read_checkpoint_topic(
                settings.kafka_bootstrap, prefix=settings.kafka_topic_prefix, security=client_security(settings)
            )
        return judge(found.checkpoints, [key.public_key()]).trusted.get(schema)

    return latest


def checkpoint_tasks(
    settings: Settings, *, pool: asyncpg.Pool, schema: str
) -> list[Callable[[], Coroutine[Any, Any, None]]]:
    """The service's checkpoint publisher as a task for ``run_until_stopped`` (none without a key)."""
    key = configured_key(settings)
    if key is None:
        log.warning("audit checkpoints off: DUEPROCESS_AUDIT_SIGNING_KEY is not set", schema=schema)
        return []
    publisher = CheckpointPublisher(
        pool=pool,
        schema=schema,
        key=key,
        interval_seconds=settings.audit_checkpoint_seconds,
        latest=latest_from_topic(settings, schema=schema, key=key),
    )
    return [publisher.run]


# --- reading them back (`dueprocess audit verify`) -----------------------------------------


@dataclass(frozen=True)
class Found:
    """The checkpoints found, and what could not be read as one (where, and why)."""

    checkpoints: list[AuditCheckpoint]
    unreadable: list[str]


def _collect(value: Any, into: list[Any]) -> None:
    """Every object in a JSON document that looks like a checkpoint (has a signature and a seq)."""
    if isinstance(value, Mapping):
        if "signature" in value and "seq" in value and "entry_hash" in value:
            into.append(value)
            return
        for item in value.values():
            _collect(item, into)
    elif isinstance(value, list):
        for item in value:
            _collect(item, into)


def read_checkpoint_file(path: Path) -> Found:
    """Checkpoints from a file, for a check without the broker: one checkpoint, a list of them,
    topic records (envelopes), or the output of `dueprocess audit export`."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return Found([], [f"{path}: {exc}"])
    candidates: list[Any] = []
    _collect(document, candidates)
    found = Found([], [])
    for candidate in candidates:
        try:
            found.checkpoints.append(AuditCheckpoint.model_validate(candidate))
        except ValidationError as exc:
            found.unreadable.append(f"{path}: {exc.error_count()} error(s) in a checkpoint")
    return found


async def read_checkpoint_topic(
    bootstrap: str, *, prefix: str = "", security: Mapping[str, Any] | None = None
) -> Found:
    """Every checkpoint the topic holds now (compaction keeps at least each service's newest).
    The caller bounds the wait (``asyncio.timeout``)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    topic = prefix + Topics.AUDIT_CHECKPOINTS
    found = Found([], [])

    async def read() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **(security or {}))
        await admin.start()
        try:
            (description,) = await admin.describe_topics([topic])
        finally:
            await admin.close()
        partitions = [TopicPartition(topic, p["partition"]) for p in description.get("partitions", [])]
        if not partitions:
            return
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, **(security or {}))
        await consumer.start()
        try:
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        try:
                            found.checkpoints.append(parse_envelope(record.value or b"", AuditCheckpoint).payload)
                        except ValidationError:
                            found.unreadable.append(f"{record.topic}/{record.partition}/{record.offset}")
        finally:
            await consumer.stop()

    await read()
    return found


@dataclass(frozen=True)
class Judged:
    """Per service, the newest checkpoint that holds; and each one refused, with why."""

    trusted: dict[str, AuditCheckpoint]
    refused: list[tuple[AuditCheckpoint, str]]


def judge(checkpoints: Iterable[AuditCheckpoint], trusted_keys: Sequence[Ed25519PublicKey]) -> Judged:
    """Keep what one of ``trusted_keys`` signed; of those, each service's furthest head (highest
    sequence number, then newest). Any other checkpoint is refused (after a key rotation, trust
    the old public key too until each service's newer checkpoints replaced the old ones)."""
    best: dict[str, AuditCheckpoint] = {}
    refused: list[tuple[AuditCheckpoint, str]] = []
    for checkpoint in checkpoints:
        if (why := refusal(checkpoint, trusted_keys)) is not None:
            refused.append((checkpoint, why))
            continue
        held = best.get(checkpoint.service)
        if held is None or (checkpoint.seq, checkpoint.signed_at) > (held.seq, held.signed_at):
            best[checkpoint.service] = checkpoint
    return Judged(best, refused)

"""Signed checkpoints of the audit chain's head on real PostgreSQL and Apache Kafka: deleting the
newest entries of a schema is reported at the first missing entry; a forged checkpoint is refused;
the checkpoint topic is compacted and kept forever."""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from deploy.cli import main
from deploy.operations import audit_export, audit_verify
from shared.audit import verify_export
from shared.audit_checkpoint import (
    ChainCut,
    CheckpointPublisher,
    latest_from_topic,
    public_key_text,
    read_checkpoint_topic,
    sign,
    stage_checkpoint,
)
from shared.contracts import AuditCheckpoint, Topics
from shared.kafka import ensure_topics, make_broker, relay_publisher
from shared.outbox import OutboxRelay
from shared.settings import Settings
from tests.conftest import KafkaUnderTest, read_topic
from tests.integration.audit_support import SCHEMA, trail

pytestmark = pytest.mark.integration
SIGNED_AT = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def seed_of(key: Ed25519PrivateKey) -> str:
    """The key as DUEPROCESS_AUDIT_SIGNING_KEY holds it."""
    return base64.b64encode(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())).decode()


async def checkpointed_trail(pool: asyncpg.Pool, key: Ed25519PrivateKey, n: int = 5) -> AuditCheckpoint:
    await trail(pool, uuid.uuid4(), n)
    async with pool.acquire() as conn:
        checkpoint = await stage_checkpoint(conn, schema=SCHEMA, key=key, at=SIGNED_AT)
    assert checkpoint is not None
    return checkpoint


async def verdict(database_url: str, key: Ed25519PrivateKey, *checkpoints: AuditCheckpoint) -> int:
    return await audit_verify(database_url, schemas=(SCHEMA,), checkpoints=checkpoints, trusted_keys=[key.public_key()])


async def test_deleting_the_newest_entries_is_reported_at_the_first_missing_one(
    pool: asyncpg.Pool, database_url: str, key: Ed25519PrivateKey, capsys: pytest.CaptureFixture[str]
) -> None:
    checkpoint = await checkpointed_trail(pool, key)
    seqs = [r["seq"] for r in await pool.fetch("SELECT seq FROM review.audit_log ORDER BY seq")]
    assert checkpoint.seq == seqs[-1] and len(seqs) == 5

    # Intact: the chain ends where the checkpoint says.
    assert await verdict(database_url, key, checkpoint) == 0
    assert f"the checkpoint of entry {seqs[-1]} signed at 2026-03-01T10:00:00+00:00 holds" in capsys.readouterr().out

    # Without the checkpoint the shortened chain looks intact: the hole this closes.
    await pool.execute("DELETE FROM review.audit_log WHERE seq >= $1", seqs[3])
    assert await audit_verify(database_url, schemas=(SCHEMA,)) == 0
    capsys.readouterr()

    assert await verdict(database_url, key, checkpoint) == 1
    out = capsys.readouterr().out
    assert "review: BROKEN" in out
    assert f"entry {seqs[3]}: truncated after entry {seqs[2]}: entries {seqs[3]} to {seqs[4]} are missing" in out

    # New entries appended after the cut do not hide it.
    await trail(pool, uuid.uuid4(), 3)
    assert await verdict(database_url, key, checkpoint) == 1
    assert f"truncated after entry {seqs[2]}" in capsys.readouterr().out


async def test_a_chain_grown_past_its_checkpoint_passes_and_a_rewritten_one_does_not(
    pool: asyncpg.Pool, database_url: str, key: Ed25519PrivateKey, capsys: pytest.CaptureFixture[str]
) -> None:
    checkpoint = await checkpointed_trail(pool, key, 3)
    await trail(pool, uuid.uuid4(), 2)
    assert await verdict(database_url, key, checkpoint) == 0
    capsys.readouterr()

    # An edited entry and a removed middle entry are still found, with the checkpoint.
    await pool.execute("UPDATE review.audit_log SET actor = 'someone else' WHERE seq = $1", checkpoint.seq - 1)
    assert await verdict(database_url, key, checkpoint) == 1
    assert "content does not match its hash (edited)" in capsys.readouterr().out

    # The entry the checkpoint names replaced by another one (with a consistent hash of its own).
    await pool.execute("UPDATE review.audit_log SET hash = repeat('a', 64) WHERE seq = $1", checkpoint.seq)
    assert await verdict(database_url, key, checkpoint) == 1
    assert f"entry {checkpoint.seq}: is not the entry the checkpoint signed at" in capsys.readouterr().out


async def test_a_forged_checkpoint_is_refused(
    pool: asyncpg.Pool, database_url: str, key: Ed25519PrivateKey, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine = await checkpointed_trail(pool, key)
    # Altered after signing (it claims a shorter chain: a cover for deleted entries).
    altered = genuine.model_copy(update={"seq": genuine.seq - 2})
    # Signed by a key of the forger's own, naming it.
    mallory = Ed25519PrivateKey.generate()
    foreign = sign(mallory, service=SCHEMA, seq=genuine.seq, entry_hash=genuine.entry_hash, at=SIGNED_AT)
    # Signed by the forger's key but naming ours.
    claimed = foreign.model_copy(update={"public_key": public_key_text(key)})
    for forged, why in (
        (altered, "its signature does not verify (forged or altered)"),
        (foreign, "it is signed by a key that is not trusted"),
        (claimed, "its signature does not verify (forged or altered)"),
    ):
        assert await verdict(database_url, key, forged) == 1
        out = capsys.readouterr().out
        assert f"review: checkpoint of entry {forged.seq} (signed at 2026-03-01T10:00:00+00:00) REFUSED: {why}" in out
        # Refused, it anchors nothing: the chain is reported without a checkpoint.
        assert "review: intact (5 entries); no trusted checkpoint" in out

    # A forged checkpoint beside the genuine one cannot hide a cut: the genuine one still anchors.
    await pool.execute("DELETE FROM review.audit_log WHERE seq > $1", genuine.seq - 2)
    assert await verdict(database_url, key, altered, genuine) == 1
    out = capsys.readouterr().out
    assert f"truncated after entry {genuine.seq - 2}" in out and "REFUSED" in out


async def test_the_publisher_signs_only_when_the_head_moved(pool: asyncpg.Pool, key: Ed25519PrivateKey) -> None:
    publisher = CheckpointPublisher(pool=pool, schema=SCHEMA, key=key, interval_seconds=300)
    assert await publisher.checkpoint_if_moved() is None  # an empty chain has no head
    await trail(pool, uuid.uuid4(), 2)
    first = await publisher.checkpoint_if_moved()
    assert first is not None and await publisher.checkpoint_if_moved() is None
    await trail(pool, uuid.uuid4(), 1)
    second = await publisher.checkpoint_if_moved()
    assert second is not None and second.seq > first.seq
    rows = await pool.fetch("SELECT key, topic FROM review.outbox ORDER BY id")
    assert [(r["key"], r["topic"]) for r in rows] == [("review", Topics.AUDIT_CHECKPOINTS)] * 2

    # Restarted, it resumes from the newest checkpoint published: the head did not move.
    async def published() -> AuditCheckpoint | None:
        return second

    restarted = CheckpointPublisher(pool=pool, schema=SCHEMA, key=key, interval_seconds=300, latest=published)
    assert await restarted.checkpoint_if_moved() is None

    # The chain cut after its last checkpoint (and grown again): nothing is signed that would bless the cut.
    await pool.execute("DELETE FROM review.audit_log WHERE seq > $1", first.seq)
    await trail(pool, uuid.uuid4(), 2)
    for cut in (publisher, restarted):
        with pytest.raises(ChainCut, match=f"entry {second.seq} of the last checkpoint is no longer in the chain"):
            await cut.checkpoint_if_moved()
    assert await pool.fetchval("SELECT count(*) FROM review.outbox") == 2


async def publish_outbox(pool: asyncpg.Pool, settings: Settings) -> int:
    """What the service's outbox relay does: publish the staged rows (with the topic prefix)."""
    broker = make_broker(settings, client_id="audit-checkpoint-test")
    await broker.start()
    try:
        relay = OutboxRelay(
            pool=pool, schema=SCHEMA, publish=relay_publisher(broker, prefix=settings.kafka_topic_prefix)
        )
        return await relay.publish_pending()
    finally:
        await broker.stop()


async def topic_configs(kafka: KafkaUnderTest, topic: str) -> dict[str, str]:
    """The topic's settings as the broker reports them (waiting until it knows the topic)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    await admin.start()
    try:
        for _ in range(50):
            (response,) = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
            ((error, _, _, _, entries),) = response.resources
            if error == 0:
                return {entry[0]: entry[1] for entry in entries}
            await asyncio.sleep(0.1)
    finally:
        await admin.close()
    raise AssertionError(f"{topic}: describe_configs error {error}")


async def test_the_checkpoint_topic_is_compacted_and_kept_forever(kafka: KafkaUnderTest, topic_prefix: str) -> None:
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix)
    configs = await topic_configs(kafka, topic_prefix + Topics.AUDIT_CHECKPOINTS)
    assert configs["cleanup.policy"] == "compact" and configs["retention.ms"] == "-1"
    assert (await topic_configs(kafka, topic_prefix + Topics.DECIDED))["cleanup.policy"] == "delete"

    # Made before its settings existed (plain): ensure_topics sets them.
    other_prefix = f"{topic_prefix}old."
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(other_prefix + Topics.AUDIT_CHECKPOINTS, 1, 1)])
    finally:
        await admin.close()
    assert (await topic_configs(kafka, other_prefix + Topics.AUDIT_CHECKPOINTS))["cleanup.policy"] == "delete"
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=other_prefix, topics=[Topics.AUDIT_CHECKPOINTS])
    configs = await topic_configs(kafka, other_prefix + Topics.AUDIT_CHECKPOINTS)
    assert configs["cleanup.policy"] == "compact" and configs["retention.ms"] == "-1"


async def test_audit_verify_reads_the_checkpoint_topic_and_names_the_cut(
    pool: asyncpg.Pool,
    database_url: str,
    kafka: KafkaUnderTest,
    topic_prefix: str,
    key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The whole path: the service's publisher stages the head in its outbox, the relay
    publishes it (key: the service), and `dueprocess audit verify` reads it from Kafka."""
    settings = Settings(kafka_bootstrap=kafka.bootstrap, kafka_idempotence=kafka.idempotence)
    await ensure_topics(kafka.bootstrap, partitions=2, prefix=topic_prefix)
    await trail(pool, uuid.uuid4(), 6)
    checkpoint = await CheckpointPublisher(
        pool=pool, schema=SCHEMA, key=key, interval_seconds=300
    ).checkpoint_if_moved()
    assert checkpoint is not None
    assert await publish_outbox(pool, settings.model_copy(update={"kafka_topic_prefix": topic_prefix})) == 1
    (record,) = await read_topic(kafka, topic_prefix + Topics.AUDIT_CHECKPOINTS)
    assert record.key == b"review"
    assert json.loads(record.value)["payload"]["seq"] == checkpoint.seq

    for name, value in {
        "DUEPROCESS_DATABASE_URL": database_url,
        "DUEPROCESS_KAFKA_BOOTSTRAP": kafka.bootstrap,
        "DUEPROCESS_KAFKA_TOPIC_PREFIX": topic_prefix,
        "DUEPROCESS_AUDIT_SIGNING_KEY": seed_of(key),
    }.items():
        monkeypatch.setenv(name, value)
    assert await asyncio.to_thread(main, ["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert f"review: intact (6 entries); the checkpoint of entry {checkpoint.seq}" in out
    # intake and notify have no entries and so no checkpoint: --require-checkpoint fails on them.
    assert await asyncio.to_thread(main, ["audit", "verify", "--require-checkpoint"]) == 1
    out = capsys.readouterr().out
    assert "intake: UNANCHORED (0 entries)" in out and "review: intact (6 entries)" in out
    await pool.execute("DELETE FROM review.audit_log WHERE seq > $1", checkpoint.seq - 2)
    assert await asyncio.to_thread(main, ["audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"entry {checkpoint.seq - 1}: truncated after entry {checkpoint.seq - 2}" in out
    assert "intake: intact (0 entries); no trusted checkpoint" in out
    # The service, restarted, reads its last checkpoint from the topic and will not sign the cut.
    settings = Settings(
        kafka_bootstrap=kafka.bootstrap, kafka_topic_prefix=topic_prefix, audit_signing_key=seed_of(key)
    )
    restarted = CheckpointPublisher(
        pool=pool,
        schema=SCHEMA,
        key=key,
        interval_seconds=300,
        latest=latest_from_topic(settings, schema=SCHEMA, key=key),
    )
    with pytest.raises(ChainCut):
        await restarted.checkpoint_if_moved()

    # Without the key the checkpoint is not trusted (nothing to check it with).
    monkeypatch.delenv("DUEPROCESS_AUDIT_SIGNING_KEY")
    assert await asyncio.to_thread(main, ["audit", "verify"]) == 0
    assert "1 checkpoint(s) not used: no trusted key" in capsys.readouterr().out
    # ... unless its public key is given.
    assert await asyncio.to_thread(main, ["audit", "verify", "--public-key", public_key_text(key)]) == 1


async def test_an_export_carries_a_published_checkpoint_that_verify_reads_offline(
    pool: asyncpg.Pool,
    database_url: str,
    kafka: KafkaUnderTest,
    topic_prefix: str,
    key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_id = uuid.uuid4()
    await trail(pool, case_id, 4)
    await ensure_topics(kafka.bootstrap, partitions=1, prefix=topic_prefix)
    settings = Settings(
        database_url=database_url,
        audit_signing_key=seed_of(key),
        kafka_bootstrap=kafka.bootstrap,
        kafka_topic_prefix=topic_prefix,
        kafka_idempotence=kafka.idempotence,
    )
    output = tmp_path / "export.json"
    assert await audit_export(settings, case_id=str(case_id), output=output, schemas=("intake", SCHEMA)) == 0
    exports = json.loads(output.read_text())
    assert "checkpoint" not in exports["intake"]  # an empty chain: no head to sign
    export = exports[SCHEMA]
    assert verify_export(export) and export["checkpoint"]["seq"] == export["entries"][-1]["seq"]
    # Published as well: staged in the schema's outbox, keyed by the service.
    assert (
        await pool.fetchval(
            "SELECT count(*) FROM review.outbox WHERE topic = $1 AND key = 'review'", Topics.AUDIT_CHECKPOINTS
        )
        == 1
    )

    monkeypatch.setenv("DUEPROCESS_DATABASE_URL", database_url)
    monkeypatch.setenv("DUEPROCESS_AUDIT_SIGNING_KEY", seed_of(key))
    assert await asyncio.to_thread(main, ["audit", "verify", "--checkpoint", str(output)]) == 0
    capsys.readouterr()
    await pool.execute("DELETE FROM review.audit_log WHERE seq = $1", export["checkpoint"]["seq"])
    assert await asyncio.to_thread(main, ["audit", "verify", "--checkpoint", str(output)]) == 1
    seq = export["checkpoint"]["seq"]
    assert f"entry {seq}: truncated after entry {seq - 1}: entry {seq} is missing" in capsys.readouterr().out

    # Once published, the next export will not sign a head that has lost the published one's entry.
    await publish_outbox(pool, settings)
    again = tmp_path / "again.json"
    assert await audit_export(settings, case_id=str(case_id), output=again, schemas=(SCHEMA,)) == 1
    assert f"review: entry {seq} of the last checkpoint is no longer in the chain" in capsys.readouterr().err
    assert "checkpoint" not in json.loads(again.read_text())[SCHEMA]
    assert await pool.fetchval("SELECT count(*) FROM review.outbox WHERE published_at IS NULL") == 0


async def test_no_checkpoint_topic_yet_reads_as_no_checkpoints(kafka: KafkaUnderTest, topic_prefix: str) -> None:
    """Before any service made the topic (a new cluster), `audit verify` and `export` find none."""
    found = await read_checkpoint_topic(kafka.bootstrap, prefix=topic_prefix)
    assert found.checkpoints == [] and found.unreadable == []


async def test_a_broker_that_refuses_topic_settings_still_starts_the_services(tmp_path: Path) -> None:
    """The embedded Tansu broker of `up --broker tansu` takes no AlterConfigs: making the topics
    twice (the second service to start finds them made) warns instead of failing the start."""
    from deploy.localinfra.tansu import TansuBroker

    tansu = TansuBroker(tmp_path)
    await asyncio.to_thread(tansu.start)
    try:
        for _ in range(2):
            await ensure_topics(tansu.bootstrap, partitions=1, prefix="t.")
        assert (await read_checkpoint_topic(tansu.bootstrap, prefix="t.")).checkpoints == []
    finally:
        await asyncio.to_thread(tansu.stop)

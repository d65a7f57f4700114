"""The audit trail's hash chain on a real PostgreSQL: edits, removals and reorders are detected."""

from __future__ import annotations

import json
import uuid

import asyncpg
import pytest

from shared.audit import append, chain_head, export_case, load_signing_key, verify, verify_export
from shared.audit_checkpoint import sign
from shared.db import UnitOfWork
from tests.integration.audit_support import SCHEMA, T0, trail

pytestmark = pytest.mark.integration


async def test_an_intact_trail_verifies(pool: asyncpg.Pool) -> None:
    await trail(pool, uuid.uuid4())
    async with pool.acquire() as conn:
        assert await verify(conn, schema=SCHEMA) == []


async def test_a_rolled_back_append_leaves_no_link(pool: asyncpg.Pool) -> None:
    case_id = uuid.uuid4()
    await trail(pool, case_id, 2)
    with pytest.raises(RuntimeError):
        async with UnitOfWork(pool) as uow:
            await append(uow.conn, schema=SCHEMA, case_id=case_id, actor="x", action="DECIDE", detail={}, at=T0)
            raise RuntimeError("the action failed")
    await trail(pool, case_id, 2)
    async with pool.acquire() as conn:
        assert await verify(conn, schema=SCHEMA) == []


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        ('UPDATE review.audit_log SET detail = \'{"page": "case", "i": 99}\' WHERE seq = 3', "edited"),
        ("UPDATE review.audit_log SET actor = 'someone else' WHERE seq = 2", "edited"),
        ("DELETE FROM review.audit_log WHERE seq = 3", "removed or reordered"),
        (
            "UPDATE review.audit_log SET seq = -2 WHERE seq = 2; UPDATE review.audit_log SET seq = 2 WHERE seq = 4;"
            " UPDATE review.audit_log SET seq = 4 WHERE seq = -2",
            "removed or reordered",
        ),
    ],
)
async def test_tampering_is_detected(pool: asyncpg.Pool, tamper: str, problem: str) -> None:
    await trail(pool, uuid.uuid4())
    async with pool.acquire() as conn:
        await conn.execute(tamper)
        breaks = await verify(conn, schema=SCHEMA)
    assert breaks and any(problem in b.problem for b in breaks)


async def test_a_signed_export_verifies_and_detects_changes(pool: asyncpg.Pool) -> None:
    case_id, other = uuid.uuid4(), uuid.uuid4()
    await trail(pool, case_id, 3)
    await trail(pool, other, 2)
    key = load_signing_key(None)
    async with pool.acquire() as conn:
        export = await export_case(conn, schema=SCHEMA, case_id=case_id, key=key, exported_at=T0)
    assert [e["detail"]["i"] for e in export["entries"]] == [0, 1, 2]
    assert verify_export(json.loads(json.dumps(export)))
    forged = json.loads(json.dumps(export))
    forged["entries"][1]["actor"] = "nobody"
    assert not verify_export(forged)


async def test_a_cut_tail_is_found_only_against_a_checkpoint_of_the_head(pool: asyncpg.Pool) -> None:
    """Deleting the newest entries leaves a valid shorter chain: only a checkpoint of the head
    (``shared.audit_checkpoint``) shows it, at the first missing sequence number."""
    await trail(pool, uuid.uuid4(), 6)
    async with pool.acquire() as conn:
        head = await chain_head(conn, schema=SCHEMA)
        assert head is not None
        checkpoint = sign(load_signing_key(None), service=SCHEMA, seq=head[0], entry_hash=head[1], at=T0)
        assert await verify(conn, schema=SCHEMA, checkpoint=checkpoint) == []
        await conn.execute("DELETE FROM review.audit_log WHERE seq > $1", head[0] - 3)
        assert await verify(conn, schema=SCHEMA) == []
        (cut,) = await verify(conn, schema=SCHEMA, checkpoint=checkpoint)
    assert cut.seq == head[0] - 2
    assert cut.problem.startswith(
        f"truncated after entry {head[0] - 3}: entries {head[0] - 2} to {head[0]} are missing"
    )

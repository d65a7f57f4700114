"""The benchmarks' staff API token: one per bench process, registered in every database the
bench creates (``fresh_database``), and sent on every request the load generator makes."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import asyncpg

from services.intake.adapters.staff import StaffRepository
from services.intake.domain.staff import Role
from services.intake.service_layer.staff import TOKEN_PREFIX

BENCH_TOKEN = TOKEN_PREFIX + secrets.token_urlsafe(32)
AUTH_HEADERS = {"Authorization": f"Bearer {BENCH_TOKEN}"}


async def register_bench_token(dsn: str) -> None:
    """A legal-ops member owning BENCH_TOKEN in the database at ``dsn`` (stored hashed, as any token)."""
    at = datetime.now(UTC)
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            staff = StaffRepository(conn)
            member = await staff.add(
                email=f"bench-{secrets.token_hex(4)}@dueprocess.local",
                display_name="Benchmark",
                role=Role.LEGAL_OPS,
                password_hash=None,
                at=at,
            )
            assert member is not None
            await staff.add_token(
                staff_id=member.staff_id, name="bench", token=BENCH_TOKEN, at=at, expires_at=at + timedelta(days=1)
            )
    finally:
        await conn.close()

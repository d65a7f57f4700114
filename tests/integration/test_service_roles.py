"""Least privilege in PostgreSQL: each service's role reads and writes its own schema and
nothing else, owns nothing, and cannot change the schema. (Each service doing its whole part of
a case's life as its role: tests/integration/test_data_at_rest.py; the running system: the e2e
tests, whose services connect as their roles.)"""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from deploy.operations import SERVICES, migrate_all
from shared.db import UnsafeServiceRole, grant_service_role
from shared.settings import ServiceRole, Settings


async def test_the_intake_role_is_refused_review_and_notify(role_urls: dict[str, str]) -> None:
    intake = await asyncpg.connect(role_urls["intake"])
    try:
        assert await intake.fetchval("SELECT current_user") == "dueprocess_intake"
        assert await intake.fetchval("SELECT count(*) FROM intake.cases") == 0
        await intake.execute(
            "INSERT INTO intake.processed_messages (consumer, event_id) VALUES ('t', $1)", uuid.uuid4()
        )
        for table in (
            "review.reviews",
            "review.accounts",
            "review.outbox",
            "notify.notices",
            "notify.contacts",
            "notify.outbox",
            "review.schema_migrations",
        ):
            with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied for schema"):
                await intake.fetch(f"SELECT * FROM {table} LIMIT 1")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await intake.execute("CREATE TABLE intake.smuggled (x int)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await intake.execute("CREATE SCHEMA smuggled")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await intake.execute("DROP TABLE intake.cases")
        me = await intake.fetchrow(
            "SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        )
        assert not any(me.values())
        assert not await intake.fetchval(
            "SELECT datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
            " FROM pg_database WHERE datname = current_database()"
        )
    finally:
        await intake.close()


@pytest.mark.parametrize("service", ["review", "notify"])
async def test_review_and_notify_roles_are_refused_the_other_schemas(
    role_urls: dict[str, str],
    service: str,
) -> None:
    conn = await asyncpg.connect(role_urls[service])
    try:
        assert await conn.fetchval(f"SELECT count(*) FROM {service}.outbox") == 0
        for other in SERVICES:
            if other != service:
                with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied for schema"):
                    await conn.fetch(f"SELECT * FROM {other}.outbox LIMIT 1")
    finally:
        await conn.close()


async def test_tables_a_later_migration_adds_are_granted_and_migrate_is_repeatable(
    database_url: str,
    role_urls: dict[str, str],
) -> None:
    admin = await asyncpg.connect(database_url)
    try:
        await admin.execute("CREATE TABLE review.added_later (id bigserial PRIMARY KEY, note text)")
    finally:
        await admin.close()
    review = await asyncpg.connect(role_urls["review"])
    try:  # default privileges: the owner's new table is the role's to use, not to change
        assert await review.fetchval("INSERT INTO review.added_later (note) VALUES ('x') RETURNING id") == 1
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await review.execute("ALTER TABLE review.added_later ADD COLUMN y int")
    finally:
        await review.close()
    roles = [ServiceRole(schema=s, name=f"dueprocess_{s}") for s in SERVICES]  # no password: the existing one stays
    assert await migrate_all(database_url, roles=roles) == {s: [] for s in SERVICES}
    notify = await asyncpg.connect(role_urls["notify"])
    try:
        assert await notify.fetchval("SELECT count(*) FROM notify.notices") == 0
    finally:
        await notify.close()


async def test_a_service_role_that_would_not_be_least_privilege_is_refused(database_url: str) -> None:
    admin = await asyncpg.connect(database_url)
    try:
        me = await admin.fetchval("SELECT current_user")
        with pytest.raises(UnsafeServiceRole, match="migrating user"):
            await grant_service_role(admin, schema="intake", role=me, password=None, other_schemas=["review"])
        if await admin.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
            name = f"t_super_{uuid.uuid4().hex[:8]}"
            await admin.execute(f'CREATE ROLE "{name}" SUPERUSER')
            try:
                with pytest.raises(UnsafeServiceRole, match="superuser"):
                    await grant_service_role(admin, schema="intake", role=name, password=None, other_schemas=[])
            finally:
                await admin.execute(f'DROP ROLE "{name}"')
    finally:
        await admin.close()


def test_each_service_gets_its_own_url_from_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    password_file = tmp_path / "notify-password"
    password_file.write_text("s3cret/with:chars\n")
    settings = Settings(
        _env_file=None,
        database_url="postgresql://owner:pw@db.example:5432/dueprocess",
        intake_database_url="postgresql://svc_intake:abc@db.example:5432/dueprocess",
        notify_database_password_file=password_file,
    )
    assert settings.service_role("intake") == ServiceRole("intake", "svc_intake", "abc")
    assert settings.service_database_url("intake") == "postgresql://svc_intake:abc@db.example:5432/dueprocess"
    assert settings.service_role("notify") == ServiceRole("notify", "dueprocess_notify", "s3cret/with:chars")
    assert (
        settings.service_database_url("notify")
        == "postgresql://dueprocess_notify:s3cret%2Fwith%3Achars@db.example:5432/dueprocess"
    )
    assert settings.service_role("review") is None
    assert settings.service_database_url("review") == settings.database_url

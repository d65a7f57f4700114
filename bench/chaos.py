"""``python -m bench chaos``: faults while cases flow. Does every case still reach its end, once?

One run on real processes: Apache Kafka and PostgreSQL (started here, so that they can be
restarted on the same data directory and port), the bench SMTP sink, and the three services.
``--cases`` demands are submitted over intake's HTTP API at a steady rate (``--rate``); each
client retries 503s, 5xx and connection errors with the same ``Idempotency-Key`` until it gets
its 201, and a case is *in* only then. Meanwhile, at random moments (``--seed``), one after
the other:

- each service is SIGKILLed (its whole process group) ``--kills`` times and started again
  after a short pause;
- the Kafka broker is stopped and started again (``--kafka-restarts``);
- PostgreSQL is stopped (fast shutdown) and started again (``--pg-restarts``); while it is
  down, intake must answer every HTTP submission with 503 and its SMTP listener a probe
  message with 451;
- the SMTP receiver goes away (connections refused) for ``--smtp-down-seconds``.

The receiver behaves as a receiving MTA that offers delivery reports (RFC 3461): it keeps
what it owes in a spool and sends each report to notify's return-path listener, retrying
while notify is down. That is what lets notify settle a notice the receiver accepted in the
instant before notify was killed (it waits for the report instead of sending it again).

A service that exits on its own is started again, as a supervisor would, and reported.

Afterwards the bench waits (``--deadline``) until every case that is in is *terminal*:
reviewed, and every notice it owes delivered to the SMTP receiver. What a case owes is
learned before the faults start: one calibration case of each kind of demand, run to the
end on the quiet system, says which notices (roles) that kind owes.

The figures, all counted from what the receiver got and what intake answered, with no
deduplication: ``cases_in`` (201s), ``cases_terminal``, ``lost`` (in but never reviewed, or
missing from ``intake.cases``), ``duplicate_notices`` (deliveries of a notice key beyond its
first), ``missing_notices`` (owed and never delivered), ``faults_injected``; plus the fault
list with timings, HTTP answers during each PostgreSQL outage, the SMTP probe's reply,
``acknowledged_without_durable_write`` (201s whose case is not in ``intake.cases``),
unexpected exits and dead-lettered records. The command exits 1 unless every check holds.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import os
import random
import shutil
import signal
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg

from bench.auth import AUTH_HEADERS
from bench.infra import (
    Servers,
    ServiceProcess,
    log_tail,
    machine,
    say,
    service_argv,
    start_process,
    wait_http_ready,
)
from bench.loadgen import SEED_CASE, HttpError, Pool, Progress, new_run_id
from bench.pipeline import Options, System, start_system, stop_system

SERVICES = ("intake", "review", "notify")
CASES_PATH = "/api/v1/cases"
# What every submission sends: intake's API wants a staff API token (bench/auth.py registers it).
SUBMIT_HEADERS: dict[str, str] = {"Content-Type": "application/json", **AUTH_HEADERS}

# Retries in seconds rather than minutes, and no notice given up on during an outage: the run
# measures whether anything is lost or doubled, not the production backoff's patience.
SERVICE_ENV = {
    "DUEPROCESS_NOTICE_BACKOFF_BASE_SECONDS": "0.5",
    "DUEPROCESS_NOTICE_BACKOFF_MAX_SECONDS": "4",
    "DUEPROCESS_NOTICE_MAX_ATTEMPTS": "1000",
    "DUEPROCESS_OUTBOX_POLL_SECONDS": "1",
    "DUEPROCESS_DISPATCHER_POLL_SECONDS": "1",
    # A send of unknown outcome (notify killed just after the sink's 250) waits this long for the
    # sink's delivery report before it goes again; the sink retries a report every 0.5 s while
    # notify is down, so a restarted notify has it within a second or two.
    "DUEPROCESS_NOTICE_CONFIRMATION_WAIT": "PT30S",
}

# The kinds of demand: the @ALT_USCIS summons aimed at each account of the demo directory
# (deploy/demo/accounts.json), one of them at two accounts. None has a gag order, so every
# notice is owed at once.
KINDS: dict[str, tuple[str, ...]] = {
    "alt_uscis": ("ALT_USCIS",),
    "harbor_freight_fan": ("harbor_freight_fan",),
    "quiet_reporter": ("quiet_reporter",),
    "two_accounts": ("ALT_USCIS", "quiet_reporter"),
}
REQUEST_TIMEOUT = 30.0


def case_body(kind: str, *, run: str, n: int) -> bytes:
    """The seed summons aimed at ``KINDS[kind]``, with its own case number and text (no DUPLICATE_REQUEST)."""
    seed = json.loads(SEED_CASE.read_text())
    targets = KINDS[kind]
    handles = ", ".join(f"@{t}" for t in targets)
    case = dict(seed, targets=list(targets))
    case["stated_purpose"] = f"Identify the person or persons operating {handles}"
    case["case_number"] = f"CHAOS-{run}-{n:06d}"
    case["raw_text"] = f"{seed['raw_text'].replace('@ALT_USCIS', handles)} Reference {run}-{n:06d}."
    return json.dumps(case).encode()


async def submit(pool: Pool, body: bytes, *, headers: Mapping[str, str]) -> tuple[int, dict[str, str], bytes]:
    """POST one case JSON to intake: (status, response headers, body). The one place a case is sent."""
    answer_headers: dict[str, str] = {}
    status, payload = await asyncio.wait_for(
        pool.request("POST", CASES_PATH, body, dict(headers), response_headers=answer_headers), REQUEST_TIMEOUT
    )
    return status, answer_headers, payload


@dataclass
class Answer:
    """One attempt: when it was sent and answered (monotonic s from the start), and what came back."""

    sent: float
    answered: float
    status: int | None  # None: no HTTP answer (refused, reset, timed out)
    error: str | None = None


@dataclass
class Client:
    """One case's submitting client."""

    index: int
    kind: str
    body: bytes
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    case_id: str | None = None
    replayed: bool = False  # the 201 was a replay of an earlier commit (Idempotent-Replayed)
    rejected: int | None = None  # a final 4xx
    answers: list[Answer] = field(default_factory=list)


@dataclass
class Fault:
    kind: str  # sigkill | kafka_restart | postgres_restart | smtp_outage
    target: str
    scheduled_s: float
    started_s: float | None = None
    down_s: float | None = None  # from the moment it was down …
    up_s: float | None = None  # … to the moment it was started again
    ready_s: float | None = None  # and answered again
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class ChaosOptions:
    cases: int = 1000
    rate: float = 6.0
    seed: int | None = None
    kills: int = 3
    kafka_restarts: int = 1
    pg_restarts: int = 1
    smtp_outages: int = 1
    kill_pause: tuple[float, float] = (0.5, 3.0)
    kafka_down_seconds: float = 2.0
    pg_down_seconds: float = 5.0
    smtp_down_seconds: float = 10.0
    deadline: float = 300.0
    log_level: str | None = None
    keep_logs: Path | None = None
    pg_durable: bool = True
    partitions: int = 6
    progress: bool | None = None


class Chaos:
    """The run: clients, the fault schedule, a supervisor for unexpected exits, and the tally."""

    def __init__(self, opts: ChaosOptions, servers: Servers, system: System) -> None:
        self.opts = opts
        self.servers = servers
        self.system = system
        self.seed = opts.seed if opts.seed is not None else random.randrange(2**32)
        self.rng = random.Random(self.seed)
        self.t0 = time.monotonic()
        self.faults: list[Fault] = []
        self.current: str = ""
        self.deliberately_down: set[str] = set()
        self.unexpected_exits: list[dict[str, Any]] = []
        self.pg_outages: list[tuple[float, float]] = []
        self.smtp_probes: list[dict[str, Any]] = []
        self.http = Pool(system.base_url, 256)
        self.headers = dict(SUBMIT_HEADERS)  # every submission's (the API token included)

    def now(self) -> float:
        return time.monotonic() - self.t0

    # --- the clients ------------------------------------------------------------------------

    async def submit_until_in(self, client: Client, *, give_up_after: float) -> None:
        """Send until a 201 (the case is in) or a final 4xx; retry the rest with the same key."""
        headers = {**self.headers, "Idempotency-Key": client.key}
        give_up_at = self.now() + give_up_after
        attempt = 0
        while True:
            sent = self.now()
            try:
                status, answer_headers, payload = await submit(self.http, client.body, headers=headers)
            except (TimeoutError, HttpError, OSError) as exc:
                client.answers.append(Answer(sent, self.now(), None, type(exc).__name__))
            else:
                client.answers.append(Answer(sent, self.now(), status))
                if status == 201:
                    client.case_id = json.loads(payload)["case_id"]
                    client.replayed = answer_headers.get("idempotent-replayed") == "true"
                    return
                if status < 500 and status not in (408, 429):
                    client.rejected = status
                    return
            attempt += 1
            if self.now() > give_up_at:
                return
            await asyncio.sleep(min(0.2 * 2 ** min(attempt, 4), 2.0) * (0.5 + self.rng.random()))

    async def drive(self, clients: list[Client], progress: Progress) -> None:
        """Open loop: client i starts at i / rate, whatever the others are doing."""
        tasks = []
        start = time.monotonic()
        for i, client in enumerate(clients):
            delay = start + i / self.opts.rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.submit_until_in(client, give_up_after=self.opts.deadline)))
            progress.update(sum(1 for c in clients if c.case_id), self.current)
        while not all(task.done() for task in tasks):
            progress.update(sum(1 for c in clients if c.case_id), self.current)
            await asyncio.sleep(0.2)
        await asyncio.gather(*tasks)

    # --- the faults -------------------------------------------------------------------------

    def expected_seconds(self, kind: str) -> float:
        """Roughly how long a fault lasts, restart and readiness included (a JVM start is slow)."""
        return {
            "sigkill": sum(self.opts.kill_pause) / 2 + 8.0,
            "kafka_restart": self.opts.kafka_down_seconds + 20.0,
            "postgres_restart": self.opts.pg_down_seconds + 1.5,
            "smtp_outage": self.opts.smtp_down_seconds + 0.5,
        }[kind]

    def schedule(self, window: float) -> list[Fault]:
        """The faults in a random order, at random moments: the time ``window`` leaves beyond
        what the faults themselves take is cut at random points into the pauses between them,
        so that they all fall while cases are being submitted (back to back when it is short)."""
        kinds: list[tuple[str, str]] = [("sigkill", s) for s in SERVICES for _ in range(self.opts.kills)]
        kinds += [("kafka_restart", "kafka")] * self.opts.kafka_restarts
        kinds += [("postgres_restart", "postgres")] * self.opts.pg_restarts
        kinds += [("smtp_outage", "smtp-receiver")] * self.opts.smtp_outages
        self.rng.shuffle(kinds)
        slack = max(0.0, 0.9 * window - sum(self.expected_seconds(kind) for kind, _ in kinds))
        cuts = sorted(self.rng.uniform(0, slack) for _ in kinds)
        faults, busy = [], 0.0
        for (kind, target), cut in zip(kinds, cuts, strict=True):
            faults.append(Fault(kind, target, round(busy + cut, 2)))
            busy += self.expected_seconds(kind)
        return faults

    async def inject(self, faults: list[Fault]) -> None:
        for fault in faults:
            delay = fault.scheduled_s - self.now()
            if delay > 0:
                await asyncio.sleep(delay)
            fault.started_s = round(self.now(), 2)
            self.current = f"{fault.kind} {fault.target}"
            try:
                if fault.kind == "sigkill":
                    await self.kill_service(fault)
                elif fault.kind == "kafka_restart":
                    await self.restart_kafka(fault)
                elif fault.kind == "postgres_restart":
                    await self.restart_postgres(fault)
                else:
                    await self.smtp_outage(fault)
            except Exception as exc:
                fault.detail["error"] = repr(exc)
                say(f"fault {fault.kind} {fault.target} failed: {exc!r}")
            self.faults.append(fault)
            self.current = ""

    def process(self, name: str) -> ServiceProcess:
        return next(p for p in self.system.processes if p.name == name)

    def start_service(self, name: str) -> ServiceProcess:
        new = start_process(name, service_argv(name), self.system.env, self.system.logs)
        self.system.processes = [new if p.name == name else p for p in self.system.processes]
        return new

    def ready_url(self, name: str) -> str:
        port = {
            "intake": "DUEPROCESS_HTTP_PORT",
            "review": "DUEPROCESS_REVIEW_HTTP_PORT",
            "notify": "DUEPROCESS_NOTIFY_HTTP_PORT",
        }[name]
        return f"http://127.0.0.1:{self.system.env[port]}/readyz"

    async def kill_service(self, fault: Fault) -> None:
        """SIGKILL the service's process group (no drain, no commit), pause, start it again."""
        name = fault.target
        self.deliberately_down.add(name)
        try:
            victim = self.process(name)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(victim.pid, signal.SIGKILL)
            await asyncio.to_thread(victim.proc.wait)
            fault.down_s = round(self.now(), 2)
            fault.detail["exit_code"] = victim.proc.returncode
            await asyncio.sleep(self.rng.uniform(*self.opts.kill_pause))
            new = self.start_service(name)
            fault.up_s = round(self.now(), 2)
        finally:
            self.deliberately_down.discard(name)
        await wait_http_ready(self.ready_url(name), [new], within=120)
        fault.ready_s = round(self.now(), 2)

    async def restart_kafka(self, fault: Fault) -> None:
        """Stop the broker (SIGTERM, then SIGKILL of what is left) and start it on the same data and port."""
        kafka = self.servers.kafka_server
        await asyncio.to_thread(kafka.stop)
        fault.down_s = round(self.now(), 2)
        await asyncio.sleep(self.opts.kafka_down_seconds)
        fault.up_s = round(self.now(), 2)
        await asyncio.to_thread(kafka.start)
        fault.ready_s = round(self.now(), 2)

    async def restart_postgres(self, fault: Fault) -> None:
        """Stop PostgreSQL (fast shutdown: sessions are cut, open transactions roll back), probe
        intake's SMTP listener while it is down, start it again on the same data and port."""
        postgres = self.servers.postgres_server
        await asyncio.to_thread(postgres.stop)
        down = self.now()
        fault.down_s = round(down, 2)
        await asyncio.sleep(min(1.0, self.opts.pg_down_seconds / 3))
        probe = await self.smtp_probe()
        self.smtp_probes.append(probe)
        fault.detail["intake_smtp_probe"] = probe
        fault.detail["intake_http_probe"] = await self.http_probe()
        await asyncio.sleep(max(0.0, down + self.opts.pg_down_seconds - self.now()))
        up = self.now()
        fault.up_s = round(up, 2)
        self.pg_outages.append((down, up))
        await asyncio.to_thread(postgres.start)
        fault.ready_s = round(self.now(), 2)

    async def http_probe(self) -> int | str:
        """One submission of a case of its own while the database is down: it must be a 503."""
        body = case_body("alt_uscis", run="probe", n=len(self.smtp_probes))
        try:
            status, _, _ = await submit(self.http, body, headers={**self.headers, "Idempotency-Key": uuid.uuid4().hex})
        except (TimeoutError, HttpError, OSError) as exc:
            return type(exc).__name__
        return status

    async def smtp_probe(self) -> dict[str, Any]:
        """A small message to intake's SMTP listener: while the database is down it must answer 451."""
        import aiosmtplib

        message = EmailMessage()
        message["From"] = "chaos-probe@bench.invalid"
        message["To"] = "legal-process@dueprocess.local"
        message["Subject"] = "chaos probe"
        message["Message-ID"] = f"<{uuid.uuid4().hex}@bench.invalid>"
        message.set_content("A probe sent while the database is down; it must not be accepted.")
        port = int(self.system.env["DUEPROCESS_SMTP_INBOUND_PORT"])
        try:
            await aiosmtplib.send(message, hostname="127.0.0.1", port=port, timeout=30)
        except aiosmtplib.SMTPResponseException as exc:
            return {"code": exc.code, "accepted": False}
        except (aiosmtplib.SMTPException, OSError) as exc:
            return {"code": None, "accepted": False, "error": type(exc).__name__}
        return {"code": 250, "accepted": True}

    async def smtp_outage(self, fault: Fault) -> None:
        """Stop the receiver; it must refuse connections until it is started again on its port."""
        sink = self.system.sink
        await sink.stop()
        fault.down_s = round(self.now(), 2)
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", sink.port)
            writer.close()
            fault.detail["refused_connections"] = False
        except OSError:
            fault.detail["refused_connections"] = True
        await asyncio.sleep(self.opts.smtp_down_seconds)
        fault.up_s = round(self.now(), 2)
        await sink.start()
        fault.ready_s = round(self.now(), 2)

    async def supervise(self) -> None:
        """Start again any service that exited without being killed here, with a growing pause."""
        pause: dict[str, float] = collections.defaultdict(lambda: 1.0)
        while True:
            for p in list(self.system.processes):
                if p.name in self.deliberately_down or p.proc.poll() is None:
                    continue
                self.unexpected_exits.append(
                    {
                        "service": p.name,
                        "code": p.proc.returncode,
                        "at_s": round(self.now(), 2),
                        "log_tail": log_tail(p, 15),
                    }
                )
                say(f"{p.name} exited on its own with {p.proc.returncode}; starting it again")
                await asyncio.sleep(pause[p.name])
                pause[p.name] = min(pause[p.name] * 2, 10.0)
                if p.name not in self.deliberately_down and self.process(p.name) is p:  # not restarted meanwhile
                    self.start_service(p.name)
            await asyncio.sleep(0.5)


async def query(dsn: str, sql: str, *args: Any, attempts: int = 30) -> list[asyncpg.Record]:
    """One query on a fresh connection, retried while the database is (re)starting."""
    for attempt in range(attempts):
        try:
            conn = await asyncpg.connect(dsn, timeout=10)
            try:
                rows: list[asyncpg.Record] = await conn.fetch(sql, *args)
                return rows
            finally:
                await conn.close()
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(1.0)
    raise AssertionError("unreachable")


def delivered_by_case(system: System) -> dict[str, list[tuple[str, str]]]:
    """Every delivery the receiver accepted, as (notice key, role), by case."""
    out: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for (_, case, message_id), (key, role) in zip(list(system.sink.deliveries), list(system.sink.notices), strict=True):
        out[case].append((key if key != "-" else message_id, role))
    return out


async def calibrate(chaos: Chaos, run: str, within: float = 120.0) -> dict[str, list[str]]:
    """One case of each kind on the quiet system, run to the end: the roles each kind owes."""
    clients = [Client(-1 - i, kind, case_body(kind, run=f"{run}cal", n=i)) for i, kind in enumerate(KINDS)]
    await asyncio.gather(*(chaos.submit_until_in(c, give_up_after=60) for c in clients))
    missing = [c.kind for c in clients if c.case_id is None]
    if missing:
        raise RuntimeError(
            f"intake did not accept the calibration cases {missing}: {[c.answers[-1] for c in clients if c.answers]}"
        )
    deadline = time.monotonic() + within
    last, stable_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        delivered = delivered_by_case(chaos.system)
        total = sum(len(delivered.get(c.case_id or "", ())) for c in clients)
        if total != last:
            last, stable_since = total, time.monotonic()
        if all(delivered.get(c.case_id or "") for c in clients) and time.monotonic() - stable_since > 3.0:
            return {c.kind: sorted(role for _, role in delivered[c.case_id or ""]) for c in clients}
        await asyncio.sleep(0.2)
    raise RuntimeError("the calibration cases' notices did not all arrive on the quiet system")


async def drain(chaos: Chaos, clients: list[Client], owed: dict[str, list[str]], progress: bool | None) -> float:
    """Wait until every case in is reviewed and has every owed notice delivered, or the deadline."""
    cases = {c.case_id: c for c in clients if c.case_id}
    ids = list(cases)
    bar = Progress("chaos → terminal", len(ids), enabled=progress)
    deadline = time.monotonic() + chaos.opts.deadline
    started = time.monotonic()
    try:
        while True:
            reviewed = {
                str(r["case_id"])
                for r in await query(
                    chaos.system.database_url, "SELECT case_id FROM review.reviews WHERE case_id = ANY($1::uuid[])", ids
                )
            }
            delivered = delivered_by_case(chaos.system)
            done = sum(
                1
                for case_id, c in cases.items()
                if case_id in reviewed and len({k for k, _ in delivered.get(case_id, ())}) >= len(owed[c.kind])
            )
            bar.update(done, f"reviewed {len(reviewed)}")
            if done == len(ids) or time.monotonic() > deadline:
                break
            await asyncio.sleep(1.0)
    finally:
        bar.close()
    await asyncio.sleep(3.0)  # any duplicate that would come, comes now
    return time.monotonic() - started


async def dead_lettered(bootstrap: str, prefix: str) -> dict[str, int]:
    """Records in this run's dead-letter topics (there should be none: faults are transient)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        topics = [t for t in await consumer.topics() if t.startswith(prefix + "dlq.")]
        out = {}
        for topic in topics:
            partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
            if partitions:
                ends = await consumer.end_offsets(partitions)
                starts = await consumer.beginning_offsets(partitions)
                out[topic.removeprefix(prefix)] = sum(ends[p] - starts[p] for p in partitions)
        return out
    finally:
        await consumer.stop()


async def tally(chaos: Chaos, clients: list[Client], owed: dict[str, list[str]]) -> dict[str, Any]:
    system = chaos.system
    cases = {c.case_id: c for c in clients if c.case_id}
    ids = list(cases)
    db = system.database_url
    stored = {
        str(r["case_id"])
        for r in await query(db, "SELECT case_id FROM intake.cases WHERE case_id = ANY($1::uuid[])", ids)
    }
    intake_rows = (await query(db, "SELECT count(*) AS n FROM intake.cases"))[0]["n"]
    reviewed = {
        str(r["case_id"])
        for r in await query(db, "SELECT case_id FROM review.reviews WHERE case_id = ANY($1::uuid[])", ids)
    }
    notice_states = {
        r["status"]: r["n"]
        for r in await query(
            db, "SELECT status, count(*) AS n FROM notify.notices WHERE case_id = ANY($1::uuid[]) GROUP BY status", ids
        )
    }

    # Deliveries: by notice key over everything the receiver got (calibration included).
    per_key = collections.Counter(
        key if key != "-" else message_id
        for (_, _, message_id), (key, _) in zip(system.sink.deliveries, system.sink.notices, strict=True)
    )
    duplicates = {key: n for key, n in per_key.items() if n > 1}
    delivered = delivered_by_case(system)
    missing_notices = unexpected = 0
    terminal = lost = 0
    incomplete: list[dict[str, Any]] = []
    for case_id, client in cases.items():
        roles = collections.Counter(role for _, role in dict(delivered.get(case_id, ())).items())
        want = collections.Counter(owed[client.kind])
        short = sum((want - roles).values())
        missing_notices += short
        unexpected += sum((roles - want).values())
        if case_id not in stored or case_id not in reviewed:
            lost += 1
        elif short == 0:
            terminal += 1
        if short or case_id not in reviewed:
            incomplete.append(
                {
                    "case_id": case_id,
                    "kind": client.kind,
                    "stored": case_id in stored,
                    "reviewed": case_id in reviewed,
                    "delivered": sorted(roles.elements()),
                }
            )

    # Answers while PostgreSQL was down: sent after it stopped, answered before it started again.
    during: collections.Counter[str] = collections.Counter(
        str(f.detail["intake_http_probe"]) for f in chaos.faults if "intake_http_probe" in f.detail
    )
    for client in clients:
        for a in client.answers:
            if any(down <= a.sent and a.answered <= up for down, up in chaos.pg_outages):
                during[str(a.status) if a.status is not None else a.error or "error"] += 1
    statuses = collections.Counter(
        str(a.status) if a.status is not None else a.error or "error" for c in clients for a in c.answers
    )
    http_201 = sum(1 for c in clients if c.case_id)
    not_stored = sorted(set(ids) - stored)
    return {
        "cases_in": http_201,
        "cases_terminal": terminal,
        "lost": lost,
        "duplicate_notices": sum(n - 1 for n in duplicates.values()),
        "missing_notices": missing_notices,
        "faults_injected": sum(1 for f in chaos.faults if "error" not in f.detail),
        "cases_submitted": len(clients),
        "cases_not_in": [
            {"index": c.index, "rejected": c.rejected, "last": asdict(c.answers[-1]) if c.answers else None}
            for c in clients
            if not c.case_id
        ][:20],
        "acknowledged_without_durable_write": len(not_stored),
        "intake_rows": intake_rows,  # the 201s, the calibration cases, and any probe wrongly accepted
        "calibration_cases": len(KINDS),
        "http_201": http_201,
        "http_201_replayed": sum(1 for c in clients if c.replayed),
        "http_answers": dict(statuses),
        "http_during_pg_outage": dict(during),
        "http_non_503_during_pg_outage": sum(n for s, n in during.items() if s.isdigit() and s != "503"),
        "intake_smtp_during_pg_outage": chaos.smtp_probes,
        "notices_owed_per_kind": owed,
        "notices_delivered": sum(per_key.values()),
        "duplicate_deliveries": duplicate_details(chaos, duplicates)[:20],
        "unexpected_notices": unexpected,
        "notify_notice_states": notice_states,
        "incomplete_cases": incomplete[:20],
        "unexpected_exits": chaos.unexpected_exits,
        "dead_lettered": await dead_lettered(chaos.servers.kafka_bootstrap, system.prefix),
        "faults": [asdict(f) for f in chaos.faults],
        "seed": chaos.seed,
    }


def duplicate_details(chaos: Chaos, duplicates: Mapping[str, int]) -> list[dict[str, Any]]:
    """Each notice key delivered more than once: its case, role and when each copy arrived
    (seconds from the start of the faulty phase, to set beside the faults' times)."""
    seen: dict[str, dict[str, Any]] = {}
    for (at_ns, case, message_id), (key, role) in zip(
        chaos.system.sink.deliveries, chaos.system.sink.notices, strict=True
    ):
        key = key if key != "-" else message_id
        if key in duplicates:
            entry = seen.setdefault(key, {"notice_key": key, "case_id": case, "role": role, "delivered_at_s": []})
            entry["delivered_at_s"].append(round(at_ns / 1e9 - chaos.t0, 2))
    return list(seen.values())


def checks(report: dict[str, Any]) -> dict[str, bool]:
    probes = report["intake_smtp_during_pg_outage"]
    return {
        "nothing_lost": report["lost"] == 0,
        "no_duplicate_notices": report["duplicate_notices"] == 0,
        "no_missing_notices": report["missing_notices"] == 0,
        "every_case_in": report["cases_in"] == report["cases_submitted"],
        "every_case_terminal": report["cases_terminal"] == report["cases_in"],
        "every_201_durable": report["acknowledged_without_durable_write"] == 0,
        "only_503_while_pg_down": report["http_non_503_during_pg_outage"] == 0
        and (
            "503" in report["http_during_pg_outage"]
            or not any(f["kind"] == "postgres_restart" for f in report["faults"])
        ),
        "smtp_451_while_pg_down": all(p.get("code") == 451 for p in probes),
        "smtp_receiver_refused_while_down": all(
            f["detail"].get("refused_connections", True) for f in report["faults"] if f["kind"] == "smtp_outage"
        ),
        "every_fault_injected": all("error" not in f["detail"] for f in report["faults"]),
        "no_dead_letters": not any(report["dead_lettered"].values()),
    }


async def run_chaos(opts: ChaosOptions) -> dict[str, Any]:
    t0 = time.monotonic()
    servers = await asyncio.to_thread(
        Servers.start, kafka_bootstrap=None, database_url=None, pg_durable=opts.pg_durable
    )
    logs = opts.keep_logs or Path(tempfile.mkdtemp(prefix="dueprocess-bench-chaos-"))
    (logs / "pipeline").mkdir(parents=True, exist_ok=True)
    run = new_run_id()
    report: dict[str, Any] = {}
    try:
        say("starting the services…")
        system = await start_system(
            "pipeline",
            servers,
            Options(
                log_level=opts.log_level,
                partitions=opts.partitions,
                keep_logs=logs,
                service_env=SERVICE_ENV,
                delivery_reports=True,
            ),
            logs,
        )
        chaos = Chaos(opts, servers, system)
        supervisor = asyncio.create_task(chaos.supervise())
        try:
            owed = await calibrate(chaos, run)
            say(f"notices owed per kind of case: {owed}")
            kinds = list(KINDS)
            clients = [
                Client(i, kind, case_body(kind, run=run, n=i))
                for i, kind in enumerate(chaos.rng.choice(kinds) for _ in range(opts.cases))
            ]
            window = opts.cases / opts.rate
            faults = chaos.schedule(window)
            chaos.t0 = time.monotonic()
            bar = Progress("chaos: cases in", opts.cases, enabled=opts.progress)
            injector = asyncio.create_task(chaos.inject(faults))
            try:
                await chaos.drive(clients, bar)
            finally:
                bar.close()
            submitted_s = chaos.now()
            during_submissions = sum(1 for f in chaos.faults if f.started_s is not None and f.started_s < submitted_s)
            await injector
            faults_s = chaos.now()
            drain_s = await drain(chaos, clients, owed, opts.progress)
            report = await tally(chaos, clients, owed)
            report["durations_s"] = {
                "submitting": round(submitted_s, 1),
                "faults": round(faults_s, 1),
                "drain": round(drain_s, 1),
            }
            report["faults_while_submitting"] = during_submissions
        finally:
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
            chaos.http.close()
            codes = await stop_system(system, servers)
        report["exit_codes"] = codes
    finally:
        await asyncio.to_thread(servers.close)
        if opts.keep_logs is None:
            shutil.rmtree(logs, ignore_errors=True)
    report["checks"] = checks(report)
    report["ok"] = all(report["checks"].values())
    report.update(
        {
            "bench": "chaos",
            "machine": machine(),
            "servers": servers.description,
            "settings": {
                "cases": opts.cases,
                "rate": opts.rate,
                "kills_per_service": opts.kills,
                "kafka_restarts": opts.kafka_restarts,
                "pg_restarts": opts.pg_restarts,
                "smtp_outages": opts.smtp_outages,
                "pg_down_seconds": opts.pg_down_seconds,
                "smtp_down_seconds": opts.smtp_down_seconds,
                "service_env": SERVICE_ENV,
            },
            "elapsed_s": round(time.monotonic() - t0, 1),
        }
    )
    return report


def options_from_args(args: argparse.Namespace, *, progress: bool | None) -> ChaosOptions:
    return ChaosOptions(
        cases=args.cases,
        rate=args.rate,
        seed=args.seed,
        kills=args.kills,
        kafka_restarts=args.kafka_restarts,
        pg_restarts=args.pg_restarts,
        smtp_outages=args.smtp_outages,
        pg_down_seconds=args.pg_down_seconds,
        smtp_down_seconds=args.smtp_down_seconds,
        deadline=args.deadline,
        log_level=args.log_level,
        keep_logs=args.keep_logs,
        pg_durable=not args.pg_fast,
        progress=progress,
    )


def print_human(report: dict[str, Any]) -> None:
    print(
        f"chaos: {report['cases_in']} cases in, {report['cases_terminal']} terminal, lost {report['lost']}, "
        f"duplicate notices {report['duplicate_notices']}, missing notices {report['missing_notices']}, "
        f"{report['faults_injected']} faults injected"
    )
    for f in report["faults"]:
        extra = {k: v for k, v in f["detail"].items() if k != "log_tail"}
        print(
            f"  {f['started_s']:7.1f}s {f['kind']:<17} {f['target']:<14} down {f['down_s']} → up {f['up_s']} "
            f"(ready {f['ready_s']}) {extra if extra else ''}"
        )
    print(
        f"HTTP answers while PostgreSQL was down: {report['http_during_pg_outage']}; "
        f"intake SMTP then: {[p.get('code') for p in report['intake_smtp_during_pg_outage']]}"
    )
    print(
        f"201s {report['http_201']} (replayed {report['http_201_replayed']}), acknowledged without a durable "
        f"write {report['acknowledged_without_durable_write']}, intake.cases rows {report['intake_rows']}"
    )
    if report["unexpected_exits"]:
        print(f"unexpected exits: {[(e['service'], e['code'], e['at_s']) for e in report['unexpected_exits']]}")
    print("checks: " + ", ".join(f"{k} {'ok' if v else 'FAILED'}" for k, v in report["checks"].items()))
    print(f"durations {report.get('durations_s')}, elapsed {report['elapsed_s']} s, seed {report['seed']}")

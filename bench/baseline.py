"""The raw baseline: the pipeline's hops written with bare asyncpg, aiokafka and smtplib.

Same dataflow, same tables, same topics, same SMTP send, as three processes:

- ``intake``: a bare asyncio HTTP server; ``POST /api/v1/cases`` inserts ``intake.cases`` and
  the ``received`` outbox row in one transaction, answers 201, and a relay task publishes the
  outbox rows (acks=all) and marks them published. It also consumes ``reviewed``, ``escalated``,
  ``notice.planned`` and ``notice.dispatched`` into ``intake.case_reviews``,
  ``intake.case_timeline`` and ``intake.case_notices`` with the inbox row.
- ``review``: consumes ``received``; per message one transaction: inbox row, account lookup,
  DUPLICATE_REQUEST candidate query, ``review.reviews``, ``review.case_index``, ``review.timers``,
  the ladder update, ``reviewed`` and ``escalated`` outbox rows; the relay publishes them.
- ``notify``: consumes ``reviewed`` (``notify.case_reviews``, contacts lookup, two notices) and
  ``escalated`` (one notice), each with its outbox rows; a dispatcher locks due notices
  (SKIP LOCKED), sends them with smtplib, marks them SENT with a ``dispatched`` outbox row.

What it leaves out on purpose: validation (pydantic), the rule engine, wording (Jinja2),
logging, FastAPI/uvicorn, FastStream. The review and notice texts are constants. Each message
is still handled in its own transaction; offsets are committed after each fetched batch
(a bare client's natural choice).

    python -m bench.baseline intake|review|notify   (settings from DUEPROCESS_* like the services)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import smtplib
import sys
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from shared.settings import Settings

RECEIVED = "legal-process.received.v1"
REVIEWED = "legal-process.reviewed.v1"
ESCALATED = "legal-process.escalated.v1"
PLANNED = "notice.planned.v1"
DISPATCHED = "notice.dispatched.v1"

REVIEW = {
    "disposition": "CHALLENGE",
    "escalation_tier": "LITIGATION",
    "rule_set_version": "baseline",
    "targets": ["ALT_USCIS"],
    "findings": [],
    "user_notice": {"action": "NOTIFY_NOW"},
}
BODY_TEXT = "A demand for data about your account was received. " * 20
BODY_HTML = "<p>" + BODY_TEXT + "</p>"


def now() -> datetime:
    return datetime.now(UTC)


def event(event_type: str, case_id: str, payload: dict[str, Any]) -> tuple[str, bytes]:
    event_id = str(uuid.uuid4())
    return event_id, json.dumps(
        {
            "event_id": event_id,
            "event_type": event_type,
            "case_id": case_id,
            "occurred_at": now().isoformat(),
            "payload": payload,
        }
    ).encode()


class Relay:
    """Publishes the outbox rows its process wrote, then marks them published (no polling)."""

    def __init__(self, pool: asyncpg.Pool, producer: AIOKafkaProducer, schema: str, prefix: str) -> None:
        self.pool, self.producer, self.schema, self.prefix = pool, producer, schema, prefix
        self.queue: asyncio.Queue[tuple[int, str, str, bytes]] = asyncio.Queue()

    async def add(
        self,
        conn: asyncpg.Connection,
        topic: str,
        case_id: str,
        value: bytes,
        event_id: str,
        pending: list[tuple[int, str, str, bytes]],
    ) -> None:
        row_id = await conn.fetchval(
            f'INSERT INTO "{self.schema}".outbox (event_id, topic, key, value) VALUES ($1, $2, $3, $4) RETURNING id',
            uuid.UUID(event_id),
            topic,
            case_id,
            value,
        )
        pending.append((row_id, topic, case_id, value))

    def committed(self, pending: list[tuple[int, str, str, bytes]]) -> None:
        for item in pending:
            self.queue.put_nowait(item)

    async def run(self) -> None:
        while True:
            batch = [await self.queue.get()]
            while not self.queue.empty() and len(batch) < 500:
                batch.append(self.queue.get_nowait())
            futures = [
                await self.producer.send(self.prefix + topic, value, key=key.encode()) for _, topic, key, value in batch
            ]
            await asyncio.gather(*futures)
            await self.pool.execute(
                f'UPDATE "{self.schema}".outbox SET published_at = now() WHERE id = ANY($1::bigint[])',
                [row_id for row_id, *_ in batch],
            )


# A service task for create_task: a coroutine function.
Task = Callable[[], Coroutine[Any, Any, None]]
Handler = Callable[[asyncpg.Connection, dict[str, Any], list[tuple[int, str, str, bytes]]], Awaitable[None]]


async def consume(
    settings: Settings,
    pool: asyncpg.Pool,
    relay: Relay,
    *,
    topic: str,
    group: str,
    schema: str,
    handle: Handler,
    after: Callable[[], None] | None = None,
) -> None:
    prefix = settings.kafka_topic_prefix
    consumer = AIOKafkaConsumer(
        prefix + topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=prefix + group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        while True:
            batches = await consumer.getmany(timeout_ms=1000, max_records=200)
            for records in batches.values():
                for record in records:
                    message = json.loads(record.value)
                    pending: list[tuple[int, str, str, bytes]] = []
                    async with pool.acquire() as conn, conn.transaction():
                        claimed = await conn.fetchval(
                            f'INSERT INTO "{schema}".processed_messages (consumer, event_id) VALUES ($1, $2)'
                            " ON CONFLICT DO NOTHING RETURNING true",
                            group,
                            uuid.UUID(message["event_id"]),
                        )
                        if claimed:
                            await handle(conn, message, pending)
                    relay.committed(pending)
            if batches:
                await consumer.commit()
                if after:
                    after()
    finally:
        await consumer.stop()


# --- intake ------------------------------------------------------------------------------------


async def intake(settings: Settings, pool: asyncpg.Pool, relay: Relay) -> list[Task]:
    async def accept(body: bytes) -> str:
        case_id = str(uuid.uuid4())
        document = json.loads(body)
        event_id, value = event("legal-process.received", case_id, {"channel": "api", "case": document})
        pending: list[tuple[int, str, str, bytes]] = []
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO intake.cases (case_id, channel, received_at, trace_id, document, fingerprint)"
                " VALUES ($1, 'api', now(), $2, $3::jsonb, $4)",
                uuid.UUID(case_id),
                uuid.uuid4().hex,
                body.decode(),
                str(hash(body)),
            )
            await relay.add(conn, RECEIVED, case_id, value, event_id, pending)
        relay.committed(pending)
        return case_id

    async def http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request_line = await reader.readuntil(b"\r\n")
                length = 0
                while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length) if length else b""
                if request_line.startswith(b"POST /api/v1/cases"):
                    payload = json.dumps({"case_id": await accept(body)}).encode()
                    status = b"201 Created"
                else:
                    payload, status = b'{"status":"ok"}', b"200 OK"
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\ncontent-type: application/json\r\ncontent-length: "
                    + str(len(payload)).encode()
                    + b"\r\n\r\n"
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(http, settings.http_host, settings.http_port, backlog=1024)
        async with server:
            await asyncio.Event().wait()

    async def on_reviewed(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        await conn.execute(
            "INSERT INTO intake.case_reviews (case_id, review, reviewed_at) VALUES ($1, $2::jsonb, now())"
            " ON CONFLICT (case_id) DO UPDATE SET review = EXCLUDED.review",
            uuid.UUID(message["case_id"]),
            json.dumps(message["payload"]["review"]),
        )

    async def on_notice(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        notice = message["payload"]
        await conn.execute(
            "INSERT INTO intake.case_notices (notice_id, case_id, role, recipient, status, event_at)"
            " VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (notice_id) DO UPDATE SET status = EXCLUDED.status",
            uuid.UUID(notice["notice_id"]),
            uuid.UUID(message["case_id"]),
            notice["role"],
            notice["recipient"],
            notice["status"],
        )

    async def on_escalated(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        await conn.execute(
            "INSERT INTO intake.case_timeline (event_id, case_id, event_type, detail, at)"
            " VALUES ($1, $2, $3, $4::jsonb, now()) ON CONFLICT DO NOTHING",
            uuid.UUID(message["event_id"]),
            uuid.UUID(message["case_id"]),
            message["event_type"],
            json.dumps(message["payload"]),
        )

    def consumer(topic: str, group: str, handle: Handler) -> Task:
        return lambda: consume(settings, pool, relay, topic=topic, group=group, schema="intake", handle=handle)

    return [
        serve,
        consumer(REVIEWED, "intake.case-view.reviewed", on_reviewed),
        consumer(ESCALATED, "intake.case-view.escalated", on_escalated),
        consumer(PLANNED, "intake.case-view.notice-planned", on_notice),
        consumer(DISPATCHED, "intake.case-view.notice-dispatched", on_notice),
    ]


# --- review ------------------------------------------------------------------------------------


async def review(settings: Settings, pool: asyncpg.Pool, relay: Relay) -> list[Task]:
    async def on_received(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        case_id = message["case_id"]
        case = message["payload"]["case"]
        targets = [t.lower().lstrip("@") for t in case.get("targets", [])]
        await conn.fetch("SELECT entry FROM review.accounts WHERE lookup_keys && $1::text[]", targets)
        at = now()
        await conn.fetch(
            "SELECT summary FROM review.case_index WHERE received_at < $1 AND case_id <> $2"
            " AND (fingerprint = $3 OR message_id = $4 OR case_number = $5) ORDER BY received_at LIMIT 20",
            at,
            uuid.UUID(case_id),
            str(hash(case.get("raw_text"))),
            None,
            case.get("case_number"),
        )
        inserted = await conn.fetchval(
            "INSERT INTO review.reviews (case_id, received_event, review, disposition, escalation_tier,"
            " rule_set_version, received_at, reviewed_at, current_tier, emergency, return_by)"
            " VALUES ($1, $2, $3::jsonb, 'CHALLENGE', 'LITIGATION', 'baseline', $4, $4, 'LITIGATION', false, NULL)"
            " ON CONFLICT (case_id) DO NOTHING RETURNING true",
            uuid.UUID(case_id),
            uuid.UUID(message["event_id"]),
            json.dumps(REVIEW),
            at,
        )
        if not inserted:
            return
        await conn.execute(
            "INSERT INTO review.case_index (case_id, received_at, fingerprint, case_number, summary)"
            " VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING",
            uuid.UUID(case_id),
            at,
            str(hash(case.get("raw_text"))),
            case.get("case_number"),
            json.dumps({"case_id": case_id}),
        )
        event_id, value = event("legal-process.reviewed", case_id, {"review": REVIEW, "reviewed_at": at.isoformat()})
        await relay.add(conn, REVIEWED, case_id, value, event_id, pending)
        await conn.execute(
            "INSERT INTO review.timers (case_id, kind, tier, due_at) VALUES ($1, 'ACK_SLA', 'LITIGATION', $2)",
            uuid.UUID(case_id),
            at + timedelta(hours=2),
        )
        await conn.fetchrow("SELECT * FROM review.reviews WHERE case_id = $1 FOR UPDATE", uuid.UUID(case_id))
        await conn.execute(
            "UPDATE review.reviews SET current_tier = 'LITIGATION', escalation_count = 1 WHERE case_id = $1",
            uuid.UUID(case_id),
        )
        event_id, value = event("legal-process.escalated", case_id, {"tier": "LITIGATION", "sequence": 1})
        await relay.add(conn, ESCALATED, case_id, value, event_id, pending)

    return [
        lambda: consume(
            settings, pool, relay, topic=RECEIVED, group="review.received", schema="review", handle=on_received
        )
    ]


# --- notify ------------------------------------------------------------------------------------


async def notify(settings: Settings, pool: asyncpg.Pool, relay: Relay) -> list[Task]:
    wake = asyncio.Event()
    smtp = urlsplit(settings.smtp_url)

    async def add_notice(
        conn: asyncpg.Connection, case_id: str, role: str, recipient: str, handle: str | None, pending: list[Any]
    ) -> None:
        notice_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{case_id}/{role}/{recipient}")
        await conn.execute(
            "INSERT INTO notify.notices (notice_id, notice_key, case_id, trace_id, kind, role, handle, recipient,"
            " status, subject, body_text, body_html) VALUES ($1, $2, $3, $4, 'INITIAL', $5, $6, $7, 'PENDING', $8, $9, $10)"
            " ON CONFLICT DO NOTHING",
            notice_id,
            str(notice_id),
            uuid.UUID(case_id),
            uuid.uuid4().hex,
            role,
            handle,
            recipient,
            f"Legal process about {handle or 'a case'}",
            BODY_TEXT,
            BODY_HTML,
        )
        event_id, value = event(
            "notice.planned",
            case_id,
            {"notice_id": str(notice_id), "role": role, "recipient": recipient, "status": "PENDING"},
        )
        await relay.add(conn, PLANNED, case_id, value, event_id, pending)

    async def on_reviewed(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        case_id = message["case_id"]
        await conn.execute(
            "INSERT INTO notify.case_reviews (case_id, reviewed) VALUES ($1, $2::jsonb)"
            " ON CONFLICT (case_id) DO UPDATE SET reviewed = EXCLUDED.reviewed",
            uuid.UUID(case_id),
            json.dumps(message["payload"]),
        )
        targets = [t.lower() for t in message["payload"]["review"]["targets"]]
        for row in await conn.fetch("SELECT entry FROM notify.contacts WHERE lookup_keys && $1::text[]", targets):
            entry = json.loads(row["entry"])
            await add_notice(conn, case_id, "USER", entry["contact_email"], entry["handle"], pending)
            if entry.get("counsel"):
                await add_notice(conn, case_id, "COUNSEL", entry["counsel"]["email"], entry["handle"], pending)

    async def on_escalated(conn: asyncpg.Connection, message: dict[str, Any], pending: list[Any]) -> None:
        case_id = message["case_id"]
        await conn.fetchrow("SELECT reviewed FROM notify.case_reviews WHERE case_id = $1", uuid.UUID(case_id))
        await add_notice(conn, case_id, "INTERNAL_COUNSEL", settings.counsel_litigation_email, None, pending)

    def send(rows: list[asyncpg.Record]) -> None:
        with smtplib.SMTP(smtp.hostname or "127.0.0.1", smtp.port or 25, timeout=30) as client:
            for row in rows:
                message = (
                    f"From: {settings.smtp_from}\r\nTo: {row['recipient']}\r\nSubject: {row['subject']}\r\n"
                    f"Message-ID: <{row['notice_id']}@dueprocess.notice>\r\nX-Dueprocess-Case: {row['case_id']}\r\n"
                    f"X-Dueprocess-Notice-Key: {row['notice_id']}\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n" + row["body_text"] + "\r\n"
                )
                client.sendmail(settings.smtp_from, [row["recipient"]], message.encode())

    async def dispatcher() -> None:
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(wake.wait(), settings.dispatcher_poll_seconds)
            wake.clear()
            while True:
                pending: list[Any] = []
                async with pool.acquire() as conn, conn.transaction():
                    rows = await conn.fetch(
                        "SELECT notice_id, case_id, role, recipient, subject, body_text FROM notify.notices"
                        " WHERE status IN ('PENDING', 'SCHEDULED') AND next_attempt_at <= now()"
                        " ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED"
                    )
                    if not rows:
                        break
                    await asyncio.to_thread(send, list(rows))
                    await conn.execute(
                        "UPDATE notify.notices SET status = 'SENT', sent_at = now(), attempts = attempts + 1"
                        " WHERE notice_id = ANY($1::uuid[])",
                        [row["notice_id"] for row in rows],
                    )
                    for row in rows:
                        event_id, value = event(
                            "notice.dispatched",
                            str(row["case_id"]),
                            {
                                "notice_id": str(row["notice_id"]),
                                "role": row["role"],
                                "recipient": row["recipient"],
                                "status": "SENT",
                            },
                        )
                        await relay.add(conn, DISPATCHED, str(row["case_id"]), value, event_id, pending)
                relay.committed(pending)

    def consumer(topic: str, group: str, handle: Handler) -> Task:
        return lambda: consume(
            settings, pool, relay, topic=topic, group=group, schema="notify", handle=handle, after=wake.set
        )

    return [
        dispatcher,
        consumer(REVIEWED, "notify.reviewed", on_reviewed),
        consumer(ESCALATED, "notify.escalated", on_escalated),
    ]


SERVICES = {"intake": intake, "review": review, "notify": notify}


async def run(service: str) -> None:
    settings = Settings()
    pool = await asyncpg.create_pool(settings.database_url, min_size=2, max_size=10)
    assert pool is not None
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        acks="all",
        enable_idempotence=settings.kafka_idempotence,
        linger_ms=0,
    )
    await producer.start()
    relay = Relay(pool, producer, service, settings.kafka_topic_prefix)
    factories = [relay.run, *await SERVICES[service](settings, pool, relay)]
    tasks = [asyncio.create_task(factory()) for factory in factories]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    waiter = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait([*tasks, waiter], return_when=asyncio.FIRST_COMPLETED)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await producer.stop()
    await pool.close()
    for finished in done:
        if finished is not waiter and (error := finished.exception()) is not None:
            raise error


if __name__ == "__main__":
    try:  # the same event loop as the pipeline's services (deploy/cli.py serve): uvloop where installed
        import uvloop
    except ImportError:
        asyncio.run(run(sys.argv[1]))
    else:
        uvloop.run(run(sys.argv[1]))

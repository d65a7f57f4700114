"""The dispatcher is the durable scheduler: on a real PostgreSQL with a real SMTP receiver,
each owed notice is sent once with two dispatchers on two pools, and nothing is lost when a
dispatcher dies mid-send. Plus the SMTP transport's TLS settings, against a real TLS server."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import ssl
import subprocess
import sys
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiosmtpd.controller import Controller

from deploy.localinfra._process import free_port
from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.adapters.smtp import SmtpConfig, SmtpSender, TransientDeliveryError
from services.notify.service_layer import services
from shared.db import create_pool
from shared.vocabulary import UserNoticeAction
from tests.conftest import DEMO_ACCOUNTS
from tests.integration.notify_support import T0, Clock, Notify, gag, policy, reviewed
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration


async def _both_until_idle(first: services.NoticeDispatcher, second: services.NoticeDispatcher) -> int:
    total = 0
    while True:
        handled = sum(await asyncio.gather(first.dispatch_due(), second.dispatch_due()))
        if not handled:
            return total
        total += handled


async def test_two_dispatchers_on_two_pools_send_each_notice_once(
    pool: asyncpg.Pool, database_url: str, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    with SmtpSink(tmp_path / "mail") as sink:
        notify = Notify(pool, sink.url, clock, policy())
        cases = []
        for n in range(30):
            if n % 3 == 0:
                cases.append(await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"])))
            else:  # gagged until a different minute each
                expiry = T0 + timedelta(minutes=n)
                cases.append(
                    await notify.review(
                        reviewed(
                            targets=["ALT_USCIS", "harbor_freight_fan"],
                            action=UserNoticeAction.NOTIFY_AFTER,
                            not_before=expiry,
                            nondisclosure=gag(expiry),
                        )
                    )
                )
        second_pool = await create_pool(database_url, max_size=4)
        try:
            sender = SmtpSender(SmtpConfig.from_url(sink.url))
            first = services.NoticeDispatcher(pool=pool, sender=sender, policy=notify.policy, clock=clock, batch_size=2)
            second = services.NoticeDispatcher(
                pool=second_pool, sender=sender, policy=notify.policy, clock=clock, batch_size=2
            )
            for _ in range(32):
                await _both_until_idle(first, second)
                clock.advance(minutes=1)
            await _both_until_idle(first, second)
        finally:
            await second_pool.close()
        mail = sink.messages()
    owed = await pool.fetchval("SELECT count(*) FROM notify.notices")
    assert owed == 30 * 3 + 20, "user + counsel + user per case, and a reminder for each gagged case"
    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status <> 'SENT'") == 0
    assert len(mail) == owed
    assert max(collections.Counter(m["Message-ID"] for m in mail).values()) == 1, "none sent twice"
    sent_attempts = await pool.fetch(
        "SELECT notice_id, count(*) AS n FROM notify.delivery_attempts WHERE outcome = 'SENT' GROUP BY notice_id"
    )
    assert len(sent_attempts) == owed and {r["n"] for r in sent_attempts} == {1}
    late = await pool.fetchval(
        "SELECT count(*) FROM notify.notices WHERE role <> 'INTERNAL_COUNSEL' AND sent_at < not_before"
    )
    assert late == 0, "no notice went out before its not_before"


# A dispatcher process whose SMTP send never returns: it holds its batch's row locks until killed.
_DOOMED = r"""
import asyncio, sys
from datetime import datetime
from services.notify.service_layer import services
from shared.db import create_pool
from tests.integration.notify_support import policy

class Hang:
    dsn_expected = False

    async def probe(self):
        pass

    async def send(self, message, *, envelope_id=None):
        print("sending", message["X-Dueprocess-Notice-Key"], flush=True)
        await asyncio.Event().wait()

async def main():
    pool = await create_pool(sys.argv[1], max_size=3)  # the LISTEN connection, the batch and its acceptance records
    now = datetime.fromisoformat(sys.argv[2])
    dispatcher = services.NoticeDispatcher(pool=pool, sender=Hang(), policy=policy(), clock=lambda: now)
    await dispatcher.run()

asyncio.run(main())
"""


async def test_a_dispatcher_killed_mid_send_loses_nothing_and_its_successor_sends_once(
    pool: asyncpg.Pool, database_url: str, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    with SmtpSink(tmp_path / "mail") as sink:
        notify = Notify(pool, sink.url, clock, policy())
        expiry = T0 + timedelta(days=3)
        due_now = await notify.review(reviewed(targets=["harbor_freight_fan"]))
        later = await notify.review(
            reviewed(
                targets=["quiet_reporter"],
                action=UserNoticeAction.NOTIFY_AFTER,
                not_before=expiry,
                nondisclosure=gag(expiry),
            )
        )

        doomed = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _DOOMED, database_url, clock().isoformat(), stdout=asyncio.subprocess.PIPE
        )
        try:
            line = await asyncio.wait_for(doomed.stdout.readline(), 60)  # type: ignore[union-attr]
            assert line.startswith(b"sending"), line
        finally:
            doomed.kill()  # SIGKILL mid-send: no rollback from Python, the server aborts the transaction
            await doomed.wait()

        async def locks_released() -> bool:
            idle_in_transaction = await pool.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND state LIKE 'idle in transaction%'"
            )
            return bool(idle_in_transaction == 0)

        await eventually(locks_released, within=30, what="the killed dispatcher's locks released")
        restarted = await create_pool(database_url, max_size=3)  # a new process: nothing in memory
        try:
            successor = services.NoticeDispatcher(
                pool=restarted, sender=SmtpSender(SmtpConfig.from_url(sink.url)), policy=notify.policy, clock=clock
            )
            assert await successor.dispatch_due() == 2, "the notice and the gagged case's reminder"
            assert await successor.dispatch_due() == 0
            clock.now = expiry
            assert await successor.dispatch_due() == 1
            assert await successor.dispatch_due() == 0
        finally:
            await restarted.close()
        mail = sink.messages()
    assert sorted(m["To"] for m in mail) == [
        "counsel@dueprocess.local",
        "hff@example.net",
        "quiet.reporter@example.com",
    ]
    rows = await pool.fetch("SELECT case_id, status, total_attempts FROM notify.notices WHERE role = 'USER'")
    assert {(r["case_id"], r["status"], r["total_attempts"]) for r in rows} == {
        (due_now, "SENT", 1),
        (later, "SENT", 1),
    }


# --- TLS --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


class _Recorder:
    def __init__(self) -> None:
        self.received: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        encrypted = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        self.received.append((encrypted, envelope.original_content))
        return "250 OK"


def _message() -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "n@dueprocess.test", "u@example.org", "tls"
    message.set_content("hello")
    return message


async def test_starttls_and_implicit_tls_verify_the_server_certificate(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)

    recorder = _Recorder()
    starttls = Controller(
        recorder, hostname="127.0.0.1", port=free_port(), tls_context=server_tls, require_starttls=True
    )
    implicit = Controller(recorder, hostname="127.0.0.1", port=free_port(), ssl_context=server_tls)
    starttls.start()
    implicit.start()
    try:
        await SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{starttls.port}?starttls=true", ca_file=cert)).send(
            _message()
        )
        await SmtpSender(SmtpConfig.from_url(f"smtps://127.0.0.1:{implicit.port}", ca_file=cert)).send(_message())
        with pytest.raises(TransientDeliveryError):  # an unknown issuer is not trusted
            await SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{starttls.port}?starttls=true")).send(_message())
        with pytest.raises(TransientDeliveryError):  # the server demands STARTTLS; we refuse to skip it silently
            await SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{starttls.port}?starttls=false")).send(_message())
        await SmtpSender(
            SmtpConfig.from_url(f"smtp://127.0.0.1:{starttls.port}?starttls=true", validate_certs=False)
        ).send(_message())
    finally:
        starttls.stop()
        implicit.stop()
    assert len(recorder.received) == 3 and all(encrypted for encrypted, _ in recorder.received)
    with pytest.raises(ValueError):
        SmtpConfig.from_url("smtps://mail.example:465?starttls=true")
    assert SmtpConfig.from_url("smtps://mail.example").port == 465


class SlowReceiver:
    """An SMTP server that takes a while to accept each message, and notes how many it was
    receiving at once and in which order each recipient's messages arrived."""

    def __init__(self) -> None:
        self.active = 0
        self.most_at_once = 0
        self.arrivals: list[tuple[str, str]] = []  # (recipient, case id)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.active += 1
        self.most_at_once = max(self.most_at_once, self.active)
        try:
            await asyncio.sleep(0.05)
            headers = dict(
                line.split(": ", 1)
                for line in envelope.content.decode().split("\r\n\r\n")[0].splitlines()
                if ": " in line
            )
            self.arrivals.append((envelope.rcpt_tos[0], headers["X-Dueprocess-Case"]))
        finally:
            self.active -= 1
        return "250 OK"


async def test_a_batch_goes_out_over_several_sessions_each_recipients_notices_in_order(pool: asyncpg.Pool) -> None:
    """Five cases concern the same two users: their ten notices go out over the sender's four
    sessions at once, yet each user receives theirs in the order they were owed; each is sent
    and recorded once."""
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    receiver = SlowReceiver()
    port = free_port()
    server = Controller(receiver, hostname="127.0.0.1", port=port)
    server.start()
    sender = SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}", validate_certs=False), sessions=4)
    try:
        notify = Notify(pool, f"smtp://127.0.0.1:{port}", clock, policy())
        cases = []
        for _ in range(5):
            cases.append(str(await notify.review(reviewed(targets=["harbor_freight_fan", "quiet_reporter"]))))
            clock.advance(seconds=1)
        dispatcher = services.NoticeDispatcher(
            pool=pool, sender=sender, policy=notify.policy, clock=clock, batch_size=50
        )
        assert await dispatcher.dispatch_due() == 10
        assert await dispatcher.dispatch_due() == 0
    finally:
        await sender.close()
        server.stop()
    assert 1 < receiver.most_at_once <= 4, receiver.most_at_once
    for recipient in ("hff@example.net", "quiet.reporter@example.com"):
        assert [case for to, case in receiver.arrivals if to == recipient] == cases, recipient
    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == 10
    sent = await pool.fetch(
        "SELECT notice_id, count(*) AS n FROM notify.delivery_attempts WHERE outcome = 'SENT' GROUP BY notice_id"
    )
    assert len(sent) == 10 and {row["n"] for row in sent} == {1}


async def test_several_dispatch_workers_send_each_notice_once(pool: asyncpg.Pool) -> None:
    """``workers=3``: three batches at once (each its own rows, SKIP LOCKED) over shared
    sessions; every notice goes once and is recorded once."""
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    receiver = SlowReceiver()
    port = free_port()
    server = Controller(receiver, hostname="127.0.0.1", port=port)
    server.start()
    sender = SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}", validate_certs=False), sessions=6)
    notify = Notify(pool, f"smtp://127.0.0.1:{port}", clock, policy())
    for _ in range(12):
        await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]))
    owed = await pool.fetchval("SELECT count(*) FROM notify.notices")
    dispatcher = services.NoticeDispatcher(
        pool=pool, sender=sender, policy=notify.policy, clock=clock, batch_size=4, workers=3, poll_seconds=0.2
    )
    running = asyncio.create_task(dispatcher.run())
    try:
        for _ in range(300):
            if await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == owed:
                break
            await asyncio.sleep(0.1)
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        await sender.close()
        server.stop()
    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == owed
    assert len(receiver.arrivals) == owed, "none twice"
    assert receiver.most_at_once > 1
    assert await pool.fetchval("SELECT count(*) FROM notify.delivery_attempts WHERE outcome = 'SENT'") == owed

"""Delivery reports (RFC 3461/3464) settle what SMTP alone cannot.

The receiving side here is the bench sink run as an MTA that offers DSN: it spools what it owes
and sends each report to notify's return-path listener (run in this process on the test
database), retrying while the listener is away.

- A dispatcher killed right after the server accepted a message: its successor does not send
  that message again (the report confirms it), and the batch's messages that never went do go,
  once, after the confirmation wait.
- A notice that bounces after acceptance becomes FAILED and legal ops are told.
- The listener keeps each report once, discards mail that is not a report, and answers 451
  when it cannot record.
"""

from __future__ import annotations

import asyncio
import collections
import json
import sys
import uuid
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import asyncpg
import pytest

from bench.infra import SinkProcess
from deploy.localinfra._process import free_port
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.domain.model import NoticeKind
from services.notify.entrypoints.return_path import ReturnPathHandler, start_return_path
from services.notify.service_layer import services
from shared.contracts import Topics
from shared.db import create_pool
from tests.conftest import DEMO_ACCOUNTS
from tests.integration.notify_support import Clock, Notify, policy, reviewed
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration

RETURN_PATH = "notice-reports@dueprocess.test"


class ReturnPath:
    """notify's return-path listener on a free port, on the test database."""

    def __init__(self, pool: asyncpg.Pool, notice_policy: services.NoticePolicy, clock: Clock) -> None:
        self.handler = ReturnPathHandler(services.NotifyServices.on_pool(pool, policy=notice_policy, clock=clock))
        self.port = free_port()
        self.server: asyncio.AbstractServer | None = None

    async def __aenter__(self) -> ReturnPath:
        self.server = await start_return_path(self.handler, host="127.0.0.1", port=self.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


async def _reports(pool: asyncpg.Pool) -> int:
    return await pool.fetchval("SELECT count(*) FROM notify.delivery_reports")


async def test_a_dispatcher_killed_after_acceptance_is_settled_by_the_report_and_nothing_goes_twice(
    pool: asyncpg.Pool, database_url: str, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    notice_policy = policy()
    async with ReturnPath(pool, notice_policy, clock) as return_path:
        sink = SinkProcess(dsn_relay=("127.0.0.1", return_path.port), spool=tmp_path / "spool")
        await sink.start()
        try:
            notify = Notify(pool, sink.url, clock, notice_policy)
            for _ in range(3):
                await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]))
            owed = await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'PENDING'")
            assert owed >= 6

            doomed = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.integration.doomed_dispatcher",
                database_url,
                clock().isoformat(),
                sink.url,
                RETURN_PATH,
                stdout=asyncio.subprocess.PIPE,
            )
            try:

                async def accepted() -> bytes:
                    while line := await doomed.stdout.readline():  # type: ignore[union-attr]
                        if line.startswith(b"accepted"):
                            return line
                    raise AssertionError("the dispatcher process ended before its third message")

                in_flight = (await asyncio.wait_for(accepted(), 60)).split()[1].decode()
                # The sink reports all three acceptances; the third is the one nobody recorded.
                await eventually(lambda: _reports_at_least(pool, 3), what="three delivery reports")
            finally:
                doomed.kill()
                await doomed.wait()
            handing_over = await pool.fetchval(
                "SELECT count(*) FROM notify.delivery_attempts WHERE outcome = 'HANDING_OVER'"
            )
            assert handing_over == owed, "the whole batch was marked before its first message went"

            successor = services.NoticeDispatcher(
                pool=pool,
                sender=SmtpSender(SmtpConfig.from_url(sink.url), return_path=RETURN_PATH, request_dsn=True),
                policy=notice_policy,
                clock=clock,
            )
            while await successor.dispatch_due():
                pass
            # The accepted ones are settled; those that never went wait for a report that cannot come.
            status = dict(await pool.fetch("SELECT notice_id::text, status FROM notify.notices"))
            assert status[in_flight] == "SENT"
            waiting = await pool.fetchval(
                "SELECT count(*) FROM notify.notices WHERE status = 'PENDING' AND unconfirmed_until IS NOT NULL"
            )
            assert waiting == owed - 3
            assert len(sink.notices) == 3, "nothing was sent again before the wait was up"

            clock.advance(seconds=notice_policy.confirmation_wait.total_seconds() + 1)
            while await successor.dispatch_due():
                pass
            await eventually(lambda: _reports_at_least(pool, owed), what=f"{owed} delivery reports")
            await successor._sender.close()
        finally:
            await sink.stop()

    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status <> 'SENT'") == 0
    copies = collections.Counter(key for key, _ in sink.notices)
    assert len(copies) == owed and set(copies.values()) == {1}, "every notice delivered exactly once"
    confirmed = await pool.fetch(
        "SELECT notice_id::text FROM notify.delivery_attempts"
        " WHERE outcome = 'SENT' AND detail = 'confirmed by its delivery report'"
    )
    assert [r["notice_id"] for r in confirmed] == [in_flight]
    unconfirmed = await pool.fetchval("SELECT count(*) FROM notify.delivery_attempts WHERE outcome = 'UNCONFIRMED'")
    assert unconfirmed == owed - 3, (
        "the batch's notices that never went waited for a report (the in-flight one had its own)"
    )


async def _reports_at_least(pool: asyncpg.Pool, n: int) -> bool:
    return await _reports(pool) >= n


async def test_a_notice_that_bounces_after_acceptance_is_failed_and_legal_ops_are_told(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    notice_policy = policy()
    async with ReturnPath(pool, notice_policy, clock) as return_path:
        sink = SinkProcess(
            dsn_relay=("127.0.0.1", return_path.port), spool=tmp_path / "spool", bounce_pattern=r"^hff@example\.net$"
        )
        await sink.start()
        try:
            notify = Notify(pool, sink.url, clock, notice_policy)
            notify.dispatcher = services.NoticeDispatcher(
                pool=pool,
                sender=SmtpSender(SmtpConfig.from_url(sink.url), return_path=RETURN_PATH, request_dsn=True),
                policy=notice_policy,
                clock=clock,
            )
            case_id = await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]))
            await notify.dispatch()
            owed = await pool.fetchval("SELECT count(*) FROM notify.notices WHERE case_id = $1", case_id)
            await eventually(lambda: _reports_at_least(pool, owed), what=f"{owed} delivery reports")
            await notify.dispatch()  # the alert to legal ops
            await eventually(lambda: _reports_at_least(pool, owed + 1), what="the alert's own report")  # its own report
        finally:
            await sink.stop()

    rows = await pool.fetch("SELECT notice_id, role, kind, status FROM notify.notices WHERE case_id = $1", case_id)
    failed = [r for r in rows if r["status"] == "FAILED"]
    assert len(failed) == 1 and failed[0]["role"] == "USER", "the bounced user notice, and only it"
    outcomes = dict(await pool.fetch("SELECT outcome, count(*) FROM notify.delivery_reports GROUP BY outcome"))
    assert outcomes == {"FAILED": 1, "DELIVERED": sum(r["status"] == "SENT" for r in rows)}
    bounced = await pool.fetchrow("SELECT detail FROM notify.delivery_attempts WHERE outcome = 'BOUNCED'")
    assert bounced["detail"] == "5.1.1"
    alerts = [r for r in rows if r["kind"] == NoticeKind.DELIVERY_ALERT.value]
    assert len(alerts) == 1 and alerts[0]["status"] == "SENT"
    dispatched = await pool.fetchval("SELECT count(*) FROM notify.outbox WHERE topic = $1", Topics.NOTICE_DISPATCHED)
    assert dispatched == len(rows) + 1, "each notice's SENT, and then the bounced one's FAILED, for intake's case view"


def _report(notice_id: uuid.UUID, action: str = "delivered", status: str = "2.0.0") -> bytes:
    return (
        "From: MAILER-DAEMON@mx.example.net\r\n"
        f"To: {RETURN_PATH}\r\n"
        "Subject: Delivery Status Notification\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n'
        "\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message was delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.example.net\r\nOriginal-Envelope-Id: {notice_id}\r\n\r\n"
        f"Final-Recipient: rfc822; someone@example.net\r\nAction: {action}\r\nStatus: {status}\r\n"
        "\r\n--b--\r\n"
    ).encode()


async def test_the_return_path_keeps_each_report_once_and_discards_other_mail(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    notice_policy = policy()
    notify = Notify(pool, "smtp://127.0.0.1:9", clock, notice_policy)
    case_id = await notify.review(reviewed(targets=["ALT_USCIS"]))
    notice_id = await pool.fetchval("SELECT notice_id FROM notify.notices WHERE case_id = $1 LIMIT 1", case_id)

    async def deliver(port: int, data: bytes) -> str:
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port) as client:
            await client.mail("")
            await client.rcpt(RETURN_PATH)
            try:
                reply = await client.data(data)
            except aiosmtplib.SMTPResponseException as exc:
                return f"{exc.code} {exc.message}"
            return f"{reply.code} {reply.message}"

    async with ReturnPath(pool, notice_policy, clock) as return_path:
        report = _report(notice_id)
        assert (await deliver(return_path.port, report)).startswith("250")
        assert (await deliver(return_path.port, report)).startswith("250"), "a repeat is accepted …"
        assert await _reports(pool) == 1, "… and kept once"
        unknown = _report(uuid.uuid4())
        assert (await deliver(return_path.port, unknown)).startswith("250")
        assert await pool.fetchval("SELECT count(*) FROM notify.delivery_reports WHERE notice_id IS NULL") == 1
        plain = EmailMessage()
        plain["Subject"] = "out of office"
        plain.set_content("I am away until Monday.")
        assert (await deliver(return_path.port, plain.as_bytes())).startswith("250")
        assert await _reports(pool) == 2, "mail that is not a report is discarded"

    # Nothing can be recorded (no database behind the pool): 451, the reporting MTA retries.
    gone = await create_pool(f"postgresql://postgres@127.0.0.1:{free_port()}/dueprocess", min_size=0, max_size=1)
    try:
        async with ReturnPath(gone, notice_policy, clock) as return_path:
            assert (await deliver(return_path.port, _report(notice_id, "failed", "5.1.1"))).startswith("451")
    finally:
        await asyncio.wait_for(gone.close(), 10)
    assert await _reports(pool) == 2

"""The bench SMTP sink as a DSN-capable MTA (RFC 3461/3464), on real sockets: the sink runs as
its own process (``SinkProcess``), the receiving relay is aiosmtpd in this process, and every
report is parsed with the ``email`` package."""

from __future__ import annotations

import asyncio
import email
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from email.message import EmailMessage, Message
from email.policy import default
from pathlib import Path

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller

from bench.infra import ROOT, SinkProcess
from deploy.localinfra._process import free_port

SENDER = "notices@dueprocess.test"
USER = "user@example.org"


class Relay:
    """aiosmtpd handler standing in for notify's DSN listener; the first DATAs get ``refusals``."""

    def __init__(self, refusals: list[str] | None = None) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refusals = list(refusals or [])
        self.refused = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        if self.refusals:
            self.refused += 1
            return self.refusals.pop(0)
        self.received.append(
            (
                envelope.mail_from,
                list(envelope.rcpt_tos),  # type: ignore[attr-defined]
                envelope.content,
            )
        )  # type: ignore[attr-defined]
        return "250 2.0.0 OK"

    def reports(self) -> list[Message]:
        return [email.message_from_bytes(content, policy=default) for _, _, content in self.received]


class RelayServer:
    def __init__(self, relay: Relay, port: int) -> None:
        self.relay = relay
        self.port = port
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.relay, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def relay() -> Iterator[RelayServer]:
    server = RelayServer(Relay(), free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def dsn_sink(relay: RelayServer, tmp_path: Path) -> AsyncIterator[SinkProcess]:
    sink = SinkProcess(dsn_relay=("127.0.0.1", relay.port), spool=tmp_path / "spool")
    await sink.start()
    yield sink
    await sink.stop()


def notice(case: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = USER
    msg["Subject"] = "Your data was requested"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@dueprocess.test>"
    msg["X-Dueprocess-Case"] = case
    msg["X-Dueprocess-Notice-Key"] = f"{case}:USER"
    msg.set_content("A legal demand names your account.\n.a line starting with a dot\n")
    return msg


async def send(
    sink: SinkProcess,
    msg: EmailMessage,
    *,
    sender: str = SENDER,
    recipients: list[str] | None = None,
    mail_options: list[str] | None = None,
    rcpt_options: list[str] | None = None,
) -> str:
    _, reply = await aiosmtplib.send(
        msg,
        hostname="127.0.0.1",
        port=sink.port,
        sender=sender,
        recipients=recipients or [USER],
        mail_options=mail_options,
        rcpt_options=rcpt_options,
        start_tls=False,
        timeout=10,
    )
    return reply


async def until(condition: Callable[[], bool], within: float = 8.0) -> None:
    """Poll ``condition`` until it holds, failing after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.05)


def status_blocks(report: Message) -> list[Message]:
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    parts = list(report.iter_parts())
    assert [p.get_content_type() for p in parts][:2] == ["text/plain", "message/delivery-status"]
    blocks = parts[1].get_payload()
    assert isinstance(blocks, list) and len(blocks) >= 2
    return blocks


def spooled(sink: SinkProcess) -> list[Path]:
    assert sink.spool is not None
    return sorted(sink.spool.iterdir())


async def test_success_dsn_reaches_the_relay_once_with_envid_and_original_headers(
    dsn_sink: SinkProcess, relay: RelayServer
) -> None:
    envid = "notice-" + uuid.uuid4().hex + "+2Bretry"
    msg = notice("case-a")
    reply = await send(
        dsn_sink,
        msg,
        mail_options=["RET=HDRS", f"ENVID={envid}"],
        rcpt_options=["NOTIFY=SUCCESS,FAILURE", f"ORCPT=rfc822;{USER}"],
    )
    assert "accepted" in reply
    await until(lambda: len(relay.relay.received) == 1 and not spooled(dsn_sink))
    await asyncio.sleep(0.7)  # a second copy would have gone by now
    assert len(relay.relay.received) == 1
    mail_from, rcpt_tos, _ = relay.relay.received[0]
    assert (mail_from, rcpt_tos) == ("<>", [SENDER])  # aiosmtpd keeps the null path as "<>"
    report = relay.relay.reports()[0]
    assert report["From"] == "MAILER-DAEMON@bench-sink"
    assert report["To"] == SENDER
    assert report["Message-ID"] and report["Date"] and report["Subject"]
    per_message, per_recipient = status_blocks(report)
    assert per_message["Reporting-MTA"] == "dns; bench-sink"
    assert per_message["Original-Envelope-Id"] == envid
    assert per_message["Arrival-Date"]
    assert per_recipient["Original-Recipient"] == f"rfc822;{USER}"
    assert per_recipient["Final-Recipient"] == f"rfc822; {USER}"
    assert per_recipient["Action"] == "delivered"
    assert per_recipient["Status"] == "2.0.0"
    assert per_recipient["Diagnostic-Code"] is None
    returned = list(report.iter_parts())[2]
    assert returned.get_content_type() == "text/rfc822-headers"
    headers = email.message_from_string(returned.get_content(), policy=default)
    assert headers["Message-ID"] == msg["Message-ID"]
    assert headers["X-Dueprocess-Case"] == "case-a"
    assert "legal demand" not in returned.get_content()  # RET=HDRS: headers only
    assert [d[1] for d in dsn_sink.deliveries] == ["case-a"]  # the delivery line is as before


async def test_no_success_dsn_without_notify_success_nor_for_the_null_sender(
    dsn_sink: SinkProcess, relay: RelayServer
) -> None:
    await send(dsn_sink, notice("never"), mail_options=["ENVID=never"], rcpt_options=["NOTIFY=NEVER"])
    await send(dsn_sink, notice("failure"), mail_options=["ENVID=failure"], rcpt_options=["NOTIFY=FAILURE,DELAY"])
    await send(dsn_sink, notice("absent"), mail_options=["ENVID=absent"])
    await send(dsn_sink, notice("null"), sender="", mail_options=["ENVID=null"], rcpt_options=["NOTIFY=SUCCESS"])
    await send(dsn_sink, notice("control"), mail_options=["ENVID=control"], rcpt_options=["NOTIFY=SUCCESS"])
    await until(lambda: len(dsn_sink.deliveries) == 5 and len(relay.relay.received) >= 1)
    await until(lambda: not spooled(dsn_sink))
    await asyncio.sleep(0.7)
    envids = [status_blocks(r)[0]["Original-Envelope-Id"] for r in relay.relay.reports()]
    assert envids == ["control"]
    assert sorted(d[1] for d in dsn_sink.deliveries) == ["absent", "control", "failure", "never", "null"]


async def test_an_accepted_message_owes_its_dsn_across_sigterm_and_sigkill(tmp_path: Path) -> None:
    relay = RelayServer(Relay(), free_port())  # not started: connections to it are refused
    sink = SinkProcess(dsn_relay=("127.0.0.1", relay.port), spool=tmp_path / "spool")
    await sink.start()
    try:
        await send(sink, notice("before-term"), mail_options=["ENVID=first"], rcpt_options=["NOTIFY=SUCCESS"])
        assert len(spooled(sink)) == 1  # durable before the 250
        started = time.monotonic()
        await sink.stop()  # SIGTERM while the relay task is retrying
        assert time.monotonic() - started < 3
        assert sink.proc is not None and sink.proc.returncode == 0
        await sink.start()
        await send(sink, notice("before-kill"), mail_options=["ENVID=second"], rcpt_options=["NOTIFY=SUCCESS"])
        assert len(spooled(sink)) == 2
        await sink.kill()
        await sink.start()
        await asyncio.sleep(0.6)  # the restarted sink has tried the relay at least once
        relay.start()
        await until(lambda: len(relay.relay.received) >= 2 and not spooled(sink))
        await asyncio.sleep(0.7)
        envids = sorted(status_blocks(r)[0]["Original-Envelope-Id"] for r in relay.relay.reports())
        assert envids == ["first", "second"]
        assert [d[1] for d in sink.deliveries] == ["before-term", "before-kill"]
    finally:
        await sink.stop()
        relay.stop()


async def test_a_relay_answering_451_gets_the_dsn_again_until_it_takes_it(tmp_path: Path) -> None:
    relay = RelayServer(Relay(["451 4.3.0 listener busy, try again"] * 3), free_port())
    relay.start()
    sink = SinkProcess(dsn_relay=("127.0.0.1", relay.port), spool=tmp_path / "spool")
    await sink.start()
    try:
        await send(sink, notice("busy"), mail_options=["ENVID=busy"], rcpt_options=["NOTIFY=SUCCESS"])
        await until(lambda: len(relay.relay.received) == 1 and not spooled(sink))
        await asyncio.sleep(0.7)
        assert relay.relay.refused == 3
        assert len(relay.relay.received) == 1
        assert status_blocks(relay.relay.reports()[0])[0]["Original-Envelope-Id"] == "busy"
    finally:
        await sink.stop()
        relay.stop()


async def test_a_relay_restarted_under_a_kept_session_gets_the_next_dsn(
    dsn_sink: SinkProcess, relay: RelayServer
) -> None:
    await send(dsn_sink, notice("first"), mail_options=["ENVID=first"], rcpt_options=["NOTIFY=SUCCESS"])
    await until(lambda: len(relay.relay.received) == 1)
    relay.stop()  # the sink's session to it is cut (as when notify is SIGKILLed)
    await send(dsn_sink, notice("second"), mail_options=["ENVID=second"], rcpt_options=["NOTIFY=SUCCESS"])
    await asyncio.sleep(0.3)
    assert len(spooled(dsn_sink)) == 1
    relay.start()
    await until(lambda: len(relay.relay.received) == 2 and not spooled(dsn_sink))
    await asyncio.sleep(0.7)
    envids = [status_blocks(r)[0]["Original-Envelope-Id"] for r in relay.relay.reports()]
    assert envids == ["first", "second"]


async def test_a_dsn_the_relay_refuses_for_good_is_dropped_and_the_next_goes(tmp_path: Path) -> None:
    relay = RelayServer(Relay(["550 5.7.1 not wanted"]), free_port())
    relay.start()
    sink = SinkProcess(dsn_relay=("127.0.0.1", relay.port), spool=tmp_path / "spool")
    await sink.start()
    try:
        await send(sink, notice("refused"), mail_options=["ENVID=refused"], rcpt_options=["NOTIFY=SUCCESS"])
        await until(lambda: relay.relay.refused == 1 and not spooled(sink))
        await send(sink, notice("taken"), mail_options=["ENVID=taken"], rcpt_options=["NOTIFY=SUCCESS"])
        await until(lambda: len(relay.relay.received) == 1 and not spooled(sink))
        await asyncio.sleep(0.7)
        assert [status_blocks(r)[0]["Original-Envelope-Id"] for r in relay.relay.reports()] == ["taken"]
    finally:
        await sink.stop()
        relay.stop()


async def test_bounced_recipients_get_a_failed_dsn_and_no_delivery_line(relay: RelayServer, tmp_path: Path) -> None:
    sink = SinkProcess(dsn_relay=("127.0.0.1", relay.port), spool=tmp_path / "spool", bounce_pattern=r"^bounce\+")
    await sink.start()
    try:
        gone = "bounce+1@example.org"
        full = notice("bounced-default")
        await send(sink, full, recipients=[gone], mail_options=["RET=FULL", "ENVID=bounced"])  # no NOTIFY: FAILURE
        await send(
            sink,
            notice("bounced-success-only"),
            recipients=[gone],
            mail_options=["ENVID=quiet"],
            rcpt_options=["NOTIFY=SUCCESS"],
        )
        await send(sink, notice("delivered"), mail_options=["ENVID=delivered"], rcpt_options=["NOTIFY=SUCCESS"])
        await until(lambda: len(relay.relay.received) == 2 and len(sink.deliveries) == 1 and not spooled(sink))
        await asyncio.sleep(0.7)
        assert [d[1] for d in sink.deliveries] == ["delivered"]
        by_envid = {status_blocks(r)[0]["Original-Envelope-Id"]: r for r in relay.relay.reports()}
        assert set(by_envid) == {"bounced", "delivered"}
        failed = status_blocks(by_envid["bounced"])[1]
        assert failed["Final-Recipient"] == f"rfc822; {gone}"
        assert failed["Action"] == "failed"
        assert failed["Status"] == "5.1.1"
        assert failed["Diagnostic-Code"] == "smtp; 550 5.1.1 mailbox unavailable"
        returned = list(by_envid["bounced"].iter_parts())[2]
        assert returned.get_content_type() == "message/rfc822"  # RET=FULL: the whole message
        original = returned.get_content()
        assert original["Message-ID"] == full["Message-ID"]
        assert original.get_content().replace("\r\n", "\n") == full.get_content()  # dot-stuffing undone
        assert status_blocks(by_envid["delivered"])[1]["Action"] == "delivered"
    finally:
        await sink.stop()


async def test_dsn_parameters_with_bad_syntax_are_refused_501(dsn_sink: SinkProcess) -> None:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=dsn_sink.port, start_tls=False, timeout=10) as client:
        await client.ehlo()
        assert client.supports_extension("dsn")
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as bad_ret:
            await client.mail(SENDER, options=["RET=BODY"])
        assert bad_ret.value.code == 501
        await client.mail(SENDER, options=["ENVID=ok"])
        with pytest.raises(aiosmtplib.SMTPRecipientRefused) as bad_notify:
            await client.rcpt(USER, options=["NOTIFY=NEVER,SUCCESS"])
        assert bad_notify.value.code == 501
        await client.rset()
    assert not spooled(dsn_sink)


async def test_without_dsn_relay_the_sink_neither_advertises_nor_spools(tmp_path: Path) -> None:
    sink = SinkProcess()
    assert sink.spool is None
    assert "--dsn-relay" not in sink.argv() and "--spool" not in sink.argv()
    with pytest.raises(ValueError):
        SinkProcess(spool=tmp_path / "spool")
    refused = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bench.sink", "--port", str(free_port()), "--spool", str(tmp_path / "spool")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2 and "--dsn-relay" in refused.stderr
    assert not (tmp_path / "spool").exists()
    await sink.start()
    try:
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=sink.port, start_tls=False, timeout=10) as client:
            await client.ehlo()
            assert not client.supports_extension("dsn")
            assert client.supports_extension("8bitmime")
        # DSN parameters are not looked at (even bad ones): the plain path answers 250 as always
        await send(sink, notice("plain"), mail_options=["RET=BODY", "ENVID=x"], rcpt_options=["NOTIFY=SUCCESS"])
        await until(lambda: len(sink.deliveries) == 1)
        assert sink.deliveries[0][1] == "plain"
    finally:
        await sink.stop()

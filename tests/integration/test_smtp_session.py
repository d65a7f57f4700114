"""Notify's SMTP sender keeps one session open, and replaces it when the server dropped it, without
sending anything twice (real aiosmtpd servers on loopback)."""

from __future__ import annotations

import asyncio
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from deploy.localinfra._process import free_port
from services.notify.adapters.mime import WireMessage, wire_message
from services.notify.adapters.smtp import (
    SmtpConfig,
    SmtpSender,
    TransientDeliveryError,
    UnconfirmedDeliveryError,
)

pytestmark = pytest.mark.integration


class Counting:
    """Counts sessions (EHLO) and keeps each message's subject."""

    def __init__(self) -> None:
        self.sessions = 0
        self.subjects: list[str] = []

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        subject = next((line for line in envelope.content.decode().splitlines() if line.startswith("Subject: ")), "")
        self.subjects.append(subject.removeprefix("Subject: "))
        return "250 OK"


def message(subject: str) -> EmailMessage:
    out = EmailMessage()
    out["From"], out["To"], out["Subject"] = "notices@dueprocess.local", "user@example.org", subject
    out.set_content("hello")
    return out


async def test_one_session_carries_many_messages_and_a_dropped_session_is_replaced_without_a_repeat() -> None:
    port = free_port()
    first = Counting()
    server = Controller(first, hostname="127.0.0.1", port=port)
    server.start()
    sender = SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}", validate_certs=False))
    try:
        for n in range(3):
            await sender.send(message(f"notice {n}"))
        assert first.subjects == ["notice 0", "notice 1", "notice 2"] and first.sessions == 1

        server.stop()  # the server goes away between two messages: the kept session is dead
        second = Counting()
        server = Controller(second, hostname="127.0.0.1", port=port)
        server.start()
        await sender.send(message("notice 3"))
        assert second.subjects == ["notice 3"] and second.sessions == 1
        assert first.subjects == ["notice 0", "notice 1", "notice 2"]

        server.stop()  # no server at all: a transient failure, nothing delivered anywhere
        with pytest.raises(TransientDeliveryError):
            await sender.send(message("notice 4"))
        server = Controller(second, hostname="127.0.0.1", port=port)
        server.start()
        await sender.send(message("notice 4"))
        assert second.subjects == ["notice 3", "notice 4"]
    finally:
        await sender.close()
        server.stop()


def wire(subject: str) -> WireMessage:
    made = wire_message(
        sender="notices@dueprocess.local",
        recipient="user@example.org",
        subject=subject,
        date="Sat, 14 Mar 2026 11:00:00 +0000",
        message_id=f"<{subject.replace(' ', '-')}@test>",
        headers=(),
        text="hello",
        html="<p>hello</p>",
    )
    assert made is not None
    return made


async def test_a_wire_message_needs_no_noop_and_a_dropped_session_is_replaced_without_a_repeat() -> None:
    """Without NOOP a dead kept session shows at MAIL FROM, before anything of the message went:
    the message goes once, on a new session."""
    port = free_port()
    first = Counting()
    server = Controller(first, hostname="127.0.0.1", port=port)
    server.start()
    sender = SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}", validate_certs=False))
    try:
        for n in range(3):
            await sender.send(wire(f"notice {n}"))
        assert first.subjects == ["notice 0", "notice 1", "notice 2"] and first.sessions == 1

        server.stop()
        second = Counting()
        server = Controller(second, hostname="127.0.0.1", port=port)
        server.start()
        await sender.send(wire("notice 3"))
        assert second.subjects == ["notice 3"] and second.sessions == 1
        assert first.subjects == ["notice 0", "notice 1", "notice 2"]

        server.stop()
        with pytest.raises(TransientDeliveryError):
            await sender.send(wire("notice 4"))
        server = Controller(second, hostname="127.0.0.1", port=port)
        server.start()
        await sender.send(wire("notice 4"))
        assert second.subjects == ["notice 3", "notice 4"]
    finally:
        await sender.close()
        server.stop()


class _DropsAfterData:
    """A bare SMTP server (asyncio) that takes a message's DATA and then, instead of answering,
    drops the connection (or answers ``reply``). Offers DSN when ``dsn``; keeps MAIL/RCPT lines."""

    def __init__(self, *, dsn: bool, reply: bytes | None = None) -> None:
        self.dsn, self.reply = dsn, reply
        self.commands: list[str] = []
        self.messages = 0

    async def handle(self, reader: Any, writer: Any) -> None:
        writer.write(b"220 test ESMTP\r\n")
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-test\r\n" + (b"250-DSN\r\n" if self.dsn else b"") + b"250 8BITMIME\r\n")
            elif verb in (b"MAIL", b"RCPT"):
                self.commands.append(line.decode().strip())
                writer.write(b"250 ok\r\n")
            elif verb == b"DATA":
                writer.write(b"354 go on\r\n")
                await writer.drain()
                await reader.readuntil(b"\r\n.\r\n")
                self.messages += 1
                if self.reply is None:
                    writer.close()
                    return
                writer.write(self.reply)
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
        writer.close()


def _wire(key: str) -> WireMessage:
    made = wire_message(
        sender="notices@dueprocess.local",
        recipient="user@example.org",
        subject="notice",
        date="Sun, 29 Nov 2026 08:00:00 +0000",
        message_id=f"<{key}@dueprocess.notice>",
        headers=(("X-Dueprocess-Notice-Key", key),),
        text="hello",
        html="<p>hello</p>",
    )
    assert made is not None
    return made


@pytest.mark.parametrize("dsn", [True, False])
async def test_a_session_lost_while_the_answer_to_data_is_awaited_is_an_unconfirmed_send(dsn: bool) -> None:
    """The server may have taken the message: the sender says so (and whether a delivery report
    was asked for, which is what lets notify wait for it instead of sending again)."""
    server = _DropsAfterData(dsn=dsn)
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    sender = SmtpSender(
        SmtpConfig.from_url(f"smtp://127.0.0.1:{port}"), return_path="reports@dueprocess.local", request_dsn=True
    )
    try:
        with pytest.raises(UnconfirmedDeliveryError) as raised:
            await sender.send(_wire("k-1"), envelope_id="k-1")
        assert raised.value.dsn_requested is dsn
        assert server.messages == 1
        mail, rcpt = server.commands
        assert mail.startswith("MAIL FROM:<reports@dueprocess.local>")
        if dsn:
            assert "RET=HDRS" in mail and "ENVID=k-1" in mail and "NOTIFY=SUCCESS,FAILURE,DELAY" in rcpt
        else:
            assert "ENVID" not in mail and "NOTIFY" not in rcpt, "no DSN parameters to a server that does not offer DSN"
    finally:
        await sender.close()
        listening.close()


async def test_an_answered_refusal_of_data_is_not_an_unconfirmed_send() -> None:
    server = _DropsAfterData(dsn=True, reply=b"451 4.3.0 try later\r\n")
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    sender = SmtpSender(SmtpConfig.from_url(f"smtp://127.0.0.1:{port}"), request_dsn=True)
    try:
        with pytest.raises(TransientDeliveryError) as raised:
            await sender.send(_wire("k-2"), envelope_id="k-2")
        assert not isinstance(raised.value, UnconfirmedDeliveryError) and raised.value.code == 451
    finally:
        await sender.close()
        listening.close()

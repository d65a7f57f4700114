"""Notify's SMTP sender keeps one session open, and replaces it when the server dropped it, without
sending anything twice (real aiosmtpd servers on loopback)."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from deploy.localinfra._process import free_port
from services.notify.adapters.smtp import SmtpConfig, SmtpSender, TransientDeliveryError, WireMessage, wire_message

pytestmark = pytest.mark.integration


class Counting:
    """Counts sessions (EHLO) and keeps each message's subject."""

    def __init__(self) -> None:
        self.sessions = 0
        self.subjects: list[str] = []

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]) -> list[str]:
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
    made = wire_message(sender="notices@dueprocess.local", recipient="user@example.org", subject=subject,
                        date="Sat, 14 Mar 2026 11:00:00 +0000", message_id=f"<{subject.replace(' ', '-')}@test>",
                        headers=(), text="hello", html="<p>hello</p>")
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

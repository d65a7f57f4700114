"""The legal-process mailbox's RCPT answers, without a network: only the configured addresses,
at most ``max_recipients`` RCPT commands a transaction (refused and repeated ones counted)."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import asyncpg
import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from services.intake.entrypoints.smtp import IntakeSmtpHandler
from services.intake.service_layer.email import EmailIngestion

MAILBOX = "legal-process@dueprocess.local"


def handler(**options: Any) -> IntakeSmtpHandler:
    return IntakeSmtpHandler(pool=cast(asyncpg.Pool, None), config=EmailIngestion(), **options)


def rcpt(smtp: IntakeSmtpHandler, envelope: Envelope, address: str) -> str:
    server, session = cast(SMTP, None), cast(Session, None)
    return asyncio.run(smtp.handle_RCPT(server, session, envelope, address, []))


def test_only_the_configured_mailboxes_are_accepted_in_any_letter_case() -> None:
    smtp = handler(mailboxes=[MAILBOX, "Subpoenas@DuePROCESS.local"])
    envelope = Envelope()
    assert rcpt(smtp, envelope, "LEGAL-PROCESS@dueprocess.local").startswith("250 ")
    assert rcpt(smtp, envelope, "subpoenas@dueprocess.local").startswith("250 ")
    assert rcpt(smtp, envelope, "ceo@dueprocess.local") == "550 5.1.1 No such mailbox here"
    assert envelope.rcpt_tos == ["LEGAL-PROCESS@dueprocess.local", "subpoenas@dueprocess.local"]


def test_the_default_is_the_legal_process_mailbox_and_ten_recipients() -> None:
    smtp = handler()
    envelope = Envelope()
    assert rcpt(smtp, envelope, "anyone@example.com").startswith("550 5.1.1")
    answers = [rcpt(smtp, envelope, MAILBOX) for _ in range(12)]
    assert [a[:9] for a in answers] == ["250 2.1.5"] * 9 + ["452 4.5.3"] * 3  # the refused one counted too
    assert envelope.rcpt_tos == [MAILBOX]  # a repeated recipient is kept once


def test_every_transaction_counts_afresh() -> None:
    smtp = handler(max_recipients=2)
    first, second = Envelope(), Envelope()  # aiosmtpd makes a new envelope at MAIL and RSET
    assert [rcpt(smtp, first, MAILBOX)[:3] for _ in range(3)] == ["250", "250", "452"]
    assert rcpt(smtp, second, MAILBOX).startswith("250 ")


@pytest.mark.parametrize("options", [{"mailboxes": []}, {"mailboxes": ["  "]}, {"max_recipients": 0}])
def test_a_listener_without_a_mailbox_or_a_limit_is_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        handler(**options)

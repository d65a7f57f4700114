"""The dispatcher's fast e-mail composition reads back, through the stdlib parser, as the notice
it was made from, and no header value can break out of its line."""

from __future__ import annotations

import email
import email.policy
import uuid
from datetime import UTC, datetime

import pytest

from services.notify.adapters.mime import WireMessage, compose, message_id_of
from services.notify.domain.records import NoticeContent

NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


def row(**changes: object) -> NoticeContent:
    base = {
        "notice_id": uuid.uuid4(),
        "case_id": uuid.uuid4(),
        "role": "USER",
        "recipient": "alt.uscis@example.org",
        "subject": "Legal process about your account — case 1:26-mj-00042",
        "body_text": "Dear user,\n\nWe received a demand. Ünïcödé, and a line\n.\nwith a lone dot.\n" * 20,
        "body_html": "<p>Dear user,</p><p>We received a demand &amp; more.</p>",
    }
    return NoticeContent(**{**base, **changes})  # type: ignore[arg-type]


def parsed(message: WireMessage) -> email.message.EmailMessage:
    return email.message_from_bytes(message.data, policy=email.policy.default)  # type: ignore[return-value]


def test_a_notice_reads_back_as_it_was_made() -> None:
    notice = row()
    message = compose(notice, sender="legal-notices@dueprocess.local", now=NOW)
    assert isinstance(message, WireMessage)
    assert message.sender == "legal-notices@dueprocess.local" and message.recipients == ("alt.uscis@example.org",)
    back = parsed(message)
    assert back["From"] == "legal-notices@dueprocess.local" and back["To"] == "alt.uscis@example.org"
    assert back["Subject"] == notice.subject
    assert back["Message-ID"] == message_id_of(message) == f"<{notice.notice_id}@dueprocess.notice>"
    assert back["X-Dueprocess-Notice-Key"] == str(notice.notice_id)
    assert back["X-Dueprocess-Case"] == str(notice.case_id) and back["X-Dueprocess-Role"] == "USER"
    assert message["x-dueprocess-notice-key"] == str(notice.notice_id) and message["Bcc"] is None
    assert email.utils.parsedate_to_datetime(back["Date"]) == NOW
    assert back.get_content_type() == "multipart/alternative" and not back.defects
    assert back.get_body(("plain",)).get_content().replace("\r\n", "\n") == notice.body_text
    assert back.get_body(("html",)).get_content().replace("\r\n", "\n") == notice.body_html + "\n"
    assert all(len(line) <= 998 for line in message.data.split(b"\r\n"))
    assert b"\n" not in message.data.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    "subject",
    [
        "Case 1\r\nBcc: everyone@example.org",
        "Case 1\nX-Injected: yes",
        "Case \x00 with a NUL and a\ttab",
        "x" * 2000,
    ],
)
def test_a_subject_never_breaks_out_of_its_header(subject: str) -> None:
    message = compose(row(subject=subject), sender="legal-notices@dueprocess.local", now=NOW)
    assert isinstance(message, WireMessage)
    back = parsed(message)
    assert back["Bcc"] is None and back["X-Injected"] is None
    assert back["Subject"].startswith(subject[:4])
    header_block = message.data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0] for line in header_block.split("\r\n") if not line[:1].isspace()]
    assert names == [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "X-Dueprocess-Notice-Key",
        "X-Dueprocess-Case",
        "X-Dueprocess-Role",
        "MIME-Version",
        "Content-Type",
    ]


@pytest.mark.parametrize("recipient", ['"Ada, Esq." <ada@example.org>', "ünï@exämple.org", "a@b.org\r\nBcc: x@y.org"])
def test_an_unusual_address_goes_through_the_email_package(recipient: str) -> None:
    if "\r" in recipient:
        with pytest.raises(ValueError):
            compose(row(recipient=recipient), sender="legal-notices@dueprocess.local", now=NOW)
        return
    message = compose(row(recipient=recipient), sender="legal-notices@dueprocess.local", now=NOW)
    assert isinstance(message, email.message.EmailMessage)

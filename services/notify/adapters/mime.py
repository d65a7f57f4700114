"""Composing a notice's e-mail: multipart/alternative (text, then HTML; UTF-8), with a
Message-ID and an idempotency header derived from the notice, so that a receiver can drop the
one duplicate SMTP cannot rule out. Plain addresses (all but the unusual) take a fast path
(``wire_message``); the others the ``email`` package."""

from __future__ import annotations

import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime as rfc2822_date

from services.notify.domain.records import NoticeContent

# An address the fast path writes as it is: ASCII, no spaces, quotes, angle brackets or line breaks.
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
_PLAIN_HEADER = re.compile(r"[\x20-\x7e]*")


@dataclass(frozen=True)
class WireMessage:
    """A message as it goes on the wire: the envelope and the RFC 5322 bytes (CRLF lines).

    Built by ``wire_message`` without the ``email`` package's header parsing and folding,
    which cost a notice about 2 ms of CPU (a third of notify's work per notice)."""

    sender: str
    recipients: tuple[str, ...]
    message_id: str
    data: bytes
    headers: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, name: str) -> str | None:
        """A header's value as given (None when absent), as ``EmailMessage`` answers it."""
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)


def _header_value(value: str, name: str) -> str:
    """A header value that cannot break out of its line: printable ASCII as it is (up to 900
    characters), anything else as RFC 2047 encoded words, folded."""
    if len(value) <= 900 and _PLAIN_HEADER.fullmatch(value):
        return value
    return Header(value, "utf-8", header_name=name).encode(linesep="\r\n")


def _body(text: str) -> tuple[str, bytes]:
    """The transfer encoding and CRLF bytes of a text part: as it is (7bit) when it is ASCII in
    short lines, as the ``email`` package would send it; quoted-printable otherwise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    data = text.encode("utf-8")
    if text.isascii() and all(len(line) <= 900 for line in text.split("\n")):
        cte = "7bit"
    else:
        cte, data = "quoted-printable", binascii.b2a_qp(data, istext=True)
    if not data.endswith(b"\n"):
        data += b"\n"
    return cte, data.replace(b"\n", b"\r\n")


def wire_message(
    *,
    sender: str,
    recipient: str,
    subject: str,
    date: str,
    message_id: str,
    headers: Sequence[tuple[str, str]],
    text: str,
    html: str,
) -> WireMessage | None:
    """multipart/alternative (text, then HTML; UTF-8) for plain ASCII addresses; None
    when an address needs the ``email`` package (non-ASCII, quoted, display names)."""
    if not (_PLAIN_ADDRESS.fullmatch(sender) and _PLAIN_ADDRESS.fullmatch(recipient)):
        return None
    boundary = "=_dueprocess_" + re.sub(r"[^A-Za-z0-9]", "", message_id)[:40]
    given = (
        ("From", sender),
        ("To", recipient),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", message_id),
        *headers,
    )
    lines = [
        *(f"{name}: {_header_value(value, name)}" for name, value in given),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        "",
    ]
    chunks = ["\r\n".join(lines).encode("ascii")]
    delimiter = f"--{boundary}\r\n"  # the CRLF before a delimiter belongs to it (RFC 2046)
    for subtype, content in (("plain", text), ("html", html)):
        cte, body = _body(content)
        chunks += [
            f'{delimiter}Content-Type: text/{subtype}; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: {cte}\r\n\r\n".encode("ascii"),
            body,
        ]
        delimiter = f"\r\n--{boundary}\r\n"
    chunks.append(f"\r\n--{boundary}--\r\n".encode("ascii"))
    return WireMessage(
        sender=sender, recipients=(recipient,), message_id=message_id, data=b"".join(chunks), headers=given
    )


def compose(notice: NoticeContent, *, sender: str, now: datetime) -> EmailMessage | WireMessage:
    """The e-mail for a stored notice, dated ``now``."""
    message_id = message_id_for(notice.notice_id)
    headers = (
        ("X-Dueprocess-Notice-Key", str(notice.notice_id)),
        ("X-Dueprocess-Case", str(notice.case_id)),
        ("X-Dueprocess-Role", str(notice.role)),
    )
    wire = wire_message(
        sender=sender,
        recipient=notice.recipient,
        subject=notice.subject,
        date=rfc2822_date(now),
        message_id=message_id,
        headers=headers,
        text=notice.body_text,
        html=notice.body_html,
    )
    if wire is not None:
        return wire
    message = EmailMessage()
    message["From"] = sender
    message["To"] = notice.recipient
    message["Subject"] = notice.subject
    message["Date"] = rfc2822_date(now)
    message["Message-ID"] = message_id
    for name, value in headers:
        message[name] = value
    message.set_content(notice.body_text)
    message.add_alternative(notice.body_html, subtype="html")
    return message


def message_id_for(notice_id: object) -> str:
    """The Message-ID every e-mail of a notice carries (each attempt, each repeat)."""
    return f"<{notice_id}@dueprocess.notice>"


def message_id_of(message: EmailMessage | WireMessage) -> str:
    return str(message["Message-ID"])

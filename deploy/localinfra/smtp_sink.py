"""An SMTP receiver that stores every accepted message as an ``.eml`` file (for tests and local runs).

CLI: ``python -m deploy.localinfra.smtp_sink --dir DIR [--host H] [--port N]`` (runs until SIGINT/SIGTERM)
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import cast

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from deploy.localinfra._process import LOCALHOST, free_port

REFUSAL = "451 4.3.0 Temporarily refusing messages (test sink)"


def list_messages(maildir: Path) -> list[EmailMessage]:
    """All stored messages, oldest first."""
    return [read_message(p) for p in sorted(Path(maildir).glob("*.eml"))]


def read_message(path: Path) -> EmailMessage:
    """One stored message."""
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


class _MaildirHandler:
    """aiosmtpd handler: write each message atomically to ``maildir`` unless refusing."""

    def __init__(self, maildir: Path) -> None:
        self.maildir = maildir
        self.refusing = False

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.refusing:
            return REFUSAL
        headers = f"X-Envelope-From: {envelope.mail_from}\r\nX-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
        raw = cast(bytes, envelope.original_content)
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}.eml"
        tmp = self.maildir / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # mail is personal data: ours alone
        with os.fdopen(fd, "wb") as f:
            f.write(headers.encode() + raw)
        tmp.rename(self.maildir / name)
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server on its own thread; ``refuse(True)`` makes it answer 451 at the end of DATA."""

    def __init__(self, maildir: Path, host: str = LOCALHOST, port: int = 0) -> None:
        self.maildir = Path(maildir)
        self.host = host
        self.port = port or free_port(host)
        self._handler = _MaildirHandler(self.maildir)
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    def refuse(self, refusing: bool = True) -> None:
        """Temporarily refuse (451) or accept messages again."""
        self._handler.refusing = refusing

    def messages(self) -> list[EmailMessage]:
        """Messages received so far."""
        return list_messages(self.maildir)

    def start(self) -> None:
        self.maildir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._controller = Controller(self._handler, hostname=self.host, port=self.port, enable_SMTPUTF8=True)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SMTP sink storing messages as .eml files.")
    parser.add_argument("--dir", type=Path, required=True, help="directory for the .eml files")
    parser.add_argument("--host", default=LOCALHOST)
    parser.add_argument("--port", type=int, default=0, help="listen port (0 = pick a free one)")
    args = parser.parse_args(argv)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    with SmtpSink(args.dir, args.host, args.port) as sink:
        print(sink.url, flush=True)
        done.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

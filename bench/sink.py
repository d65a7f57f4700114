"""A minimal, fast SMTP sink for the benchmarks, run as its own process.

It accepts every message and writes one line per accepted message on stdout:
``<time.monotonic_ns()> <case id> <message id> <notice key> <role>``, the time taken when
the final ``250`` is written (the notice key and role are notify's ``X-Dueprocess-Notice-Key``
and ``X-Dueprocess-Role``). ``CLOCK_MONOTONIC`` is system-wide on Linux, so the driver compares these times
with its own. The case is the ``X-Dueprocess-Case`` header (``X-Bench-Case`` for the raw
baseline and the e-mail bench); any header that is absent is ``-``.

Deliberately tiny (no aiosmtpd): at several hundred messages a second a full SMTP server
costs a large share of a two-core machine, and that cost is not the system under test.

With ``--dsn-relay HOST:PORT --spool DIR`` it also behaves like a receiving MTA with Delivery
Status Notifications (RFC 3461 SMTP extension, RFC 3464 reports): EHLO advertises ``DSN``,
``MAIL``/``RCPT`` keep ``RET``/``ENVID``/``NOTIFY``/``ORCPT``, and every report owed for a message
(success for ``NOTIFY=SUCCESS``; failure for recipients matching ``--bounce-pattern``) is a file
in the spool before the ``250`` to its DATA, sent to the relay by a background task and removed
only after the relay's ``250`` (at least once: a DSN the relay took in the instant before the
sink died goes again). Without ``--dsn-relay`` the plain path below runs, untouched.

    python -m bench.sink --port N [--dsn-relay HOST:PORT --spool DIR [--bounce-pattern REGEX]]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.policy import compat32
from pathlib import Path

CASE_HEADERS = (b"x-dueprocess-case:", b"x-bench-case:")


def _header(data: bytes, names: tuple[bytes, ...]) -> bytes:
    head = data.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        lower = line[:40].lower()
        for name in names:
            if lower.startswith(name):
                return line[len(name) :].strip() or b"-"
    return b"-"


class Sink:
    def __init__(self) -> None:
        self.accepted = 0
        self._lines: list[bytes] = []

    def record(self, data: bytes) -> None:
        case = _header(data, CASE_HEADERS)
        message_id = _header(data, (b"message-id:",))
        key = _header(data, (b"x-dueprocess-notice-key:",))
        role = _header(data, (b"x-dueprocess-role:",))
        self._lines.append(
            b"%d %s %s %s %s\n"
            % (
                time.monotonic_ns(),
                case,
                message_id.replace(b" ", b""),
                key.replace(b" ", b""),
                role.replace(b" ", b""),
            )
        )
        self.accepted += 1

    def flush(self) -> None:
        if self._lines:
            sys.stdout.buffer.write(b"".join(self._lines))
            sys.stdout.buffer.flush()
            self._lines.clear()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 bench-sink ESMTP\r\n")
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                verb = line[:4].upper()
                if verb in (b"EHLO",):
                    writer.write(b"250-bench-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 52428800\r\n")
                elif verb == b"HELO":
                    writer.write(b"250 bench-sink\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 end with <CRLF>.<CRLF>\r\n")
                    data = await reader.readuntil(b"\r\n.\r\n")
                    self.record(data)
                    writer.write(b"250 2.0.0 accepted\r\n")
                    self.flush()
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    return
                elif verb == b"RSET" or verb == b"NOOP" or verb == b"MAIL" or verb == b"RCPT":
                    writer.write(b"250 ok\r\n")
                else:
                    writer.write(b"502 not implemented\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        except asyncio.CancelledError:  # the sink is stopping: the session just ends (no traceback)
            return
        finally:
            writer.close()


# --- Delivery Status Notifications (only with --dsn-relay) -------------------------------------

REPORTING_MTA = "bench-sink"
RETRY_S = 0.5  # pause before trying the relay again after a refused connection or a 4xx
IDLE_S = 2.0  # an idle relay session is closed (QUIT) after this long without work
STOP_GRACE_S = 2.0  # on SIGTERM, a DSN being handed to the relay gets this long to finish

_MAIL = re.compile(rb"MAIL\s+FROM:\s*(.*?)\s*$", re.IGNORECASE | re.DOTALL)
_RCPT = re.compile(rb"RCPT\s+TO:\s*(.*?)\s*$", re.IGNORECASE | re.DOTALL)
_XTEXT = re.compile(rb"(?:[!-*,-<>-~]|\+[0-9A-F]{2})*")  # RFC 3461 §4: xchar / "+" 2HEX
_ADDR_TYPE = re.compile(rb"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+")
_NOTIFY = frozenset({"SUCCESS", "FAILURE", "DELAY"})
_POLICY = compat32.clone(linesep="\r\n")


def say(message: str) -> None:
    """Log on stderr (stdout is the delivery-line protocol the driver parses)."""
    print(f"bench-sink: {message}", file=sys.stderr, flush=True)


class Refusal(Exception):
    """A command refused with ``reply`` (a full SMTP reply line)."""

    def __init__(self, reply: bytes) -> None:
        super().__init__(reply)
        self.reply = reply


@dataclass(frozen=True)
class Recipient:
    """One ``RCPT TO``; ``notify`` is None when no NOTIFY was given (RFC 3461: as if FAILURE)."""

    address: str
    notify: frozenset[str] | None
    orcpt: str | None  # as received: addr-type ";" xtext


@dataclass
class Transaction:
    """One MAIL transaction; ``envid`` is kept as received (xtext)."""

    return_path: str  # "" for the null sender: never owed a DSN
    ret: str | None  # FULL, HDRS or None (treated as HDRS)
    envid: str | None
    recipients: list[Recipient] = field(default_factory=list)


def _path_and_params(rest: bytes) -> tuple[bytes, dict[str, bytes | None]]:
    if rest.startswith(b"<"):
        end = rest.find(b">")
        if end < 0:
            raise Refusal(b"501 5.5.4 unbalanced <>\r\n")
        path, words = rest[1:end], rest[end + 1 :].split()
    else:
        words = rest.split()
        if not words:
            raise Refusal(b"501 5.5.4 address missing\r\n")
        path, words = words[0], words[1:]
    if any(c < 0x21 or c == 0x7F for c in path):
        raise Refusal(b"501 5.1.7 bad address\r\n")
    params: dict[str, bytes | None] = {}
    for word in words:
        key, eq, value = word.partition(b"=")
        name = key.decode("ascii", "replace").upper()
        if name in params:
            raise Refusal(b"501 5.5.4 %s given twice\r\n" % name.encode())
        params[name] = value if eq else None
    return path, params


def _xtext(value: bytes | None, what: bytes, limit: int = 100) -> str:
    if not value or len(value) > limit or not _XTEXT.fullmatch(value):
        raise Refusal(b"501 5.5.4 invalid %s (xtext, 1-%d characters)\r\n" % (what, limit))
    return value.decode("ascii")


def parse_mail(line: bytes) -> Transaction:
    """``MAIL FROM:<path> [RET=FULL|HDRS] [ENVID=xtext] [others]``; other parameters are ignored."""
    match = _MAIL.match(line)
    if not match:
        raise Refusal(b"501 5.5.4 syntax: MAIL FROM:<address>\r\n")
    path, params = _path_and_params(match.group(1))
    ret = params.get("RET")
    if "RET" in params and (ret is None or ret.upper() not in (b"FULL", b"HDRS")):
        raise Refusal(b"501 5.5.4 RET must be FULL or HDRS\r\n")
    envid = _xtext(params["ENVID"], b"ENVID") if "ENVID" in params else None
    return Transaction(
        return_path=path.decode("utf-8", "replace"), ret=ret.upper().decode() if ret else None, envid=envid
    )


def parse_rcpt(line: bytes) -> Recipient:
    """``RCPT TO:<addr> [NOTIFY=NEVER|SUCCESS,FAILURE,DELAY] [ORCPT=addr-type;xtext] [others]``."""
    match = _RCPT.match(line)
    if not match:
        raise Refusal(b"501 5.5.4 syntax: RCPT TO:<address>\r\n")
    path, params = _path_and_params(match.group(1))
    if not path:
        raise Refusal(b"501 5.1.3 empty recipient\r\n")
    notify: frozenset[str] | None = None
    if "NOTIFY" in params:
        words = (params["NOTIFY"] or b"").decode("ascii", "replace").upper().split(",")
        if words == ["NEVER"]:
            notify = frozenset()
        elif words and set(words) <= _NOTIFY and len(set(words)) == len(words):
            notify = frozenset(words)
        else:
            raise Refusal(b"501 5.5.4 NOTIFY must be NEVER or a list of SUCCESS, FAILURE, DELAY\r\n")
    orcpt: str | None = None
    if "ORCPT" in params:
        addr_type, semi, address = (params["ORCPT"] or b"").partition(b";")
        if not semi or not _ADDR_TYPE.fullmatch(addr_type):
            raise Refusal(b"501 5.5.4 ORCPT must be addr-type;xtext\r\n")
        orcpt = f"{addr_type.decode('ascii')};{_xtext(address, b'ORCPT', 500)}"
    return Recipient(address=path.decode("utf-8", "replace"), notify=notify, orcpt=orcpt)


def unstuff(data: bytes) -> bytes:
    """DATA as read (ending ``CRLF . CRLF``, dot-stuffed) → the message, ending with CRLF."""
    body = data[:-3]
    if body.startswith(b".."):
        body = body[1:]
    return body.replace(b"\r\n..", b"\r\n.")


def build_report(
    *, transaction: Transaction, recipients: list[Recipient], delivered: bool, message: bytes, arrival: datetime
) -> bytes:
    """An RFC 3464 report (multipart/report; report-type=delivery-status) about ``recipients``,
    all with the same outcome; the third part is the original header block (RET=HDRS or none)
    or the whole message (RET=FULL). Built with the ``email`` package's compat32 classes: its
    header registry (the default policy) costs four times as much per report."""
    from email.message import Message
    from email.mime.base import MIMEBase
    from email.mime.message import MIMEMessage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    from email.parser import BytesParser
    from email.utils import format_datetime, make_msgid

    policy = _POLICY
    report = MIMEMultipart("report", report_type="delivery-status", policy=policy)
    report["From"] = f"MAILER-DAEMON@{REPORTING_MTA}"
    report["To"] = transaction.return_path
    report["Subject"] = "Successful Mail Delivery Report" if delivered else "Undelivered Mail Returned to Sender"
    report["Date"] = format_datetime(datetime.now(UTC))
    report["Message-ID"] = make_msgid(domain=REPORTING_MTA)
    report["Auto-Submitted"] = "auto-replied"

    outcome = "was delivered to" if delivered else "could not be delivered to"
    text = f"This is the mail system at host {REPORTING_MTA}.\n\nYour message {outcome}:\n\n" + "".join(
        f"    <{r.address}>\n" for r in recipients
    )
    human = MIMEText(text, "plain", "us-ascii" if text.isascii() else "utf-8", policy=policy)
    del human["MIME-Version"]
    report.attach(human)

    status = Message(policy=policy)
    status["Content-Type"] = "message/delivery-status"
    per_message = Message(policy=policy)
    per_message["Reporting-MTA"] = f"dns; {REPORTING_MTA}"
    if transaction.envid is not None:
        per_message["Original-Envelope-Id"] = transaction.envid
    per_message["Arrival-Date"] = format_datetime(arrival)
    blocks: list[Message[str, str] | str] = [per_message]
    for recipient in recipients:
        block = Message(policy=policy)
        if recipient.orcpt is not None:
            block["Original-Recipient"] = recipient.orcpt
        block["Final-Recipient"] = f"rfc822; {recipient.address}"
        if delivered:
            block["Action"] = "delivered"
            block["Status"] = "2.0.0"
        else:
            block["Action"] = "failed"
            block["Status"] = "5.1.1"
            block["Diagnostic-Code"] = "smtp; 550 5.1.1 mailbox unavailable"
        blocks.append(block)
    status.set_payload(blocks)
    report.attach(status)

    returned: Message
    if transaction.ret == "FULL":
        returned = MIMEMessage(BytesParser(policy=policy).parsebytes(message), policy=policy)
        eight_bit = not message.isascii()
    else:
        end = message.find(b"\r\n\r\n")
        head = message if end < 0 else message[: end + 2]
        returned = MIMEBase("text", "rfc822-headers", policy=policy)
        returned.set_payload(head.decode("ascii", "surrogateescape"))  # bytes as received
        eight_bit = not head.isascii()
    del returned["MIME-Version"]
    if eight_bit:
        returned["Content-Transfer-Encoding"] = "8bit"
    report.attach(returned)
    return report.as_bytes(policy=policy)


class Spool:
    """Owed DSNs, one file each (``<time ns>-<pid>-<n>.dsn``: the return path on the first line,
    then the report); written to a dot-file and renamed, so a ``.dsn`` file is always whole."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._n = itertools.count(1)  # next() is atomic: put() runs in worker threads

    def load(self) -> list[Path]:
        """What a previous run left owed, oldest first (half-written dot-files are removed)."""
        for partial in self.directory.glob(".*.tmp"):
            partial.unlink(missing_ok=True)
        return sorted(self.directory.glob("*.dsn"))

    def put(self, to: str, report: bytes) -> Path:
        name = f"{time.time_ns():020d}-{os.getpid()}-{next(self._n):08d}"
        partial, final = self.directory / f".{name}.tmp", self.directory / f"{name}.dsn"
        with open(partial, "wb") as f:
            f.write(to.encode("utf-8") + b"\n" + report)
        os.replace(partial, final)
        return final

    @staticmethod
    def read(path: Path) -> tuple[str, bytes]:
        with open(path, "rb") as f:
            to, _, report = f.read().partition(b"\n")
        return to.decode("utf-8"), report


class DsnRelay:
    """Hands spooled DSNs to the relay over one kept-open session: ``MAIL FROM:<>``,
    ``RCPT TO:<return path>``. Refused connections and 4xx are retried every ``RETRY_S``;
    a 5xx drops the DSN (one line on stderr); the file goes only after the relay's 250."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.sent = 0
        self._queue: collections.deque[Path] = collections.deque()
        self._wake = asyncio.Event()
        self._stopping = False
        self._sending = False
        self._task: asyncio.Task[None] | None = None

    def add(self, path: Path) -> None:
        self._queue.append(path)
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._supervise())

    async def _supervise(self) -> None:
        while not self._stopping:
            try:
                await self._run()
            except Exception as exc:  # a bug here must not silently stop the DSNs: log, go on
                say(f"DSN relay task failed ({type(exc).__name__}: {exc}); starting it again")
                self._sending = False
                await asyncio.sleep(RETRY_S)

    async def stop(self) -> None:
        """Stop taking work; a DSN being handed over gets ``STOP_GRACE_S``, the spool keeps the rest."""
        self._stopping = True
        self._wake.set()
        if self._task is None:
            return
        if self._sending:
            await asyncio.wait({self._task}, timeout=STOP_GRACE_S)
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        import aiosmtplib

        client: aiosmtplib.SMTP | None = None
        failing: str | None = None
        try:
            while not self._stopping:
                if not self._queue:
                    self._wake.clear()
                    if client is None:
                        await self._wake.wait()
                    else:
                        try:
                            await asyncio.wait_for(self._wake.wait(), IDLE_S)
                        except TimeoutError:
                            with_quit, client = client, None
                            try:
                                await with_quit.quit()
                            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                                with_quit.close()
                    continue
                path = self._queue[0]
                try:
                    to, report = Spool.read(path)
                except FileNotFoundError:
                    self._queue.popleft()
                    continue
                except (OSError, ValueError) as exc:  # left in the spool for a look; the next start tries it
                    say(f"DSN {path.name} unreadable, skipped: {exc}")
                    self._queue.popleft()
                    continue
                options = [] if report.isascii() else ["BODY=8BITMIME"]
                if not to.isascii():
                    options.append("SMTPUTF8")
                permanent: str | None = None
                transient: str | None = None
                reused = client is not None  # a kept session may have died with the relay: retry at once
                self._sending = True
                try:
                    if client is None:
                        client = aiosmtplib.SMTP(
                            hostname=self.host,
                            port=self.port,
                            use_tls=False,
                            start_tls=False,
                            timeout=10,
                            local_hostname=REPORTING_MTA,
                        )
                        await client.connect()
                    await client.sendmail("", [to], report, mail_options=options)
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    refused = exc.recipients[0] if exc.recipients else None
                    if refused is not None and refused.code >= 500:
                        permanent = f"{refused.code} {refused.message}"
                    else:
                        transient = f"RCPT answered {refused.code if refused else '?'}"
                except (aiosmtplib.SMTPConnectResponseError, aiosmtplib.SMTPHeloError) as exc:
                    transient = f"session refused: {exc.code} {exc.message}"
                    if client is not None:
                        client.close()
                    client = None
                except aiosmtplib.SMTPResponseException as exc:
                    if exc.code >= 500:
                        permanent = f"{exc.code} {exc.message}"
                    else:
                        transient = f"answered {exc.code}"
                        if exc.code == 421 and client is not None:
                            client.close()
                            client = None
                except (aiosmtplib.SMTPNotSupported, ValueError) as exc:
                    permanent = f"cannot be sent: {exc}"
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    if client is not None:
                        client.close()
                    client = None
                    if reused and isinstance(exc, ConnectionError):
                        continue
                    transient = f"unreachable: {type(exc).__name__}"
                finally:
                    self._sending = False
                if transient is not None:
                    if failing is None:
                        say(f"DSN relay {self.host}:{self.port} {transient}; retrying every {RETRY_S} s")
                    failing = transient
                    if not self._stopping:
                        await asyncio.sleep(RETRY_S)
                    continue
                if failing is not None:
                    say(f"DSN relay {self.host}:{self.port} takes DSNs again")
                    failing = None
                if permanent is not None:
                    say(f"DSN {path.name} to <{to}> dropped: the relay answered {permanent}")
                else:
                    self.sent += 1
                path.unlink(missing_ok=True)
                self._queue.popleft()
        finally:
            if client is not None:
                client.close()


class DsnSink(Sink):
    """The sink as a receiving MTA with DSN (RFC 3461); the reports owed for a message are in
    the spool before its DATA is answered 250. A message whose every recipient matches the
    bounce pattern was not delivered: it gets no delivery line."""

    EHLO = b"250-bench-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-DSN\r\n250 SIZE 52428800\r\n"

    def __init__(self, spool: Spool, relay: DsnRelay, bounce: re.Pattern[str] | None) -> None:
        super().__init__()
        self.spool = spool
        self.relay = relay
        self.bounce = bounce
        self._lines_lock = threading.Lock()  # delivery lines are also written from the spool's worker thread

    def record(self, data: bytes) -> None:
        with self._lines_lock:
            super().record(data)

    def flush(self) -> None:
        with self._lines_lock:
            super().flush()

    def outcome(self, transaction: Transaction) -> tuple[bool, list[Recipient], list[Recipient]]:
        """Whether at least one recipient gets the message; who is owed a success report and who a
        failure report (none when the return path is null: never a DSN to a DSN)."""
        delivered = False
        success: list[Recipient] = []
        failure: list[Recipient] = []
        for r in transaction.recipients:
            if self.bounce is not None and self.bounce.search(r.address):
                if r.notify is None or "FAILURE" in r.notify:
                    failure.append(r)
            else:
                delivered = True
                if r.notify is not None and "SUCCESS" in r.notify:
                    success.append(r)
        if not transaction.return_path:
            return delivered, [], []
        return delivered, success, failure

    def spool_reports(
        self, transaction: Transaction, data: bytes, success: list[Recipient], failure: list[Recipient], delivered: bool
    ) -> list[Path]:
        """Build and spool the reports (in a worker thread: it is file I/O and a millisecond of CPU),
        then write the delivery line in the same step: once the spool holds a report the message is
        the sink's, so it is counted even when the session is cancelled (SIGTERM) before its 250."""
        arrival = datetime.now(UTC)
        message = unstuff(data)
        owed = [
            self.spool.put(
                transaction.return_path,
                build_report(transaction=transaction, recipients=rs, delivered=ok, message=message, arrival=arrival),
            )
            for ok, rs in ((True, success), (False, failure))
            if rs
        ]
        if delivered:
            self.record(data)
            self.flush()
        return owed

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 bench-sink ESMTP\r\n")
        transaction: Transaction | None = None
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                verb = line[:4].upper()
                try:
                    if verb == b"EHLO":
                        transaction = None
                        writer.write(self.EHLO)
                    elif verb == b"HELO":
                        transaction = None
                        writer.write(b"250 bench-sink\r\n")
                    elif verb == b"MAIL":
                        if transaction is not None:
                            raise Refusal(b"503 5.5.1 nested MAIL command\r\n")
                        transaction = parse_mail(line)
                        writer.write(b"250 2.1.0 ok\r\n")
                    elif verb == b"RCPT":
                        if transaction is None:
                            raise Refusal(b"503 5.5.1 need MAIL before RCPT\r\n")
                        transaction.recipients.append(parse_rcpt(line))
                        writer.write(b"250 2.1.5 ok\r\n")
                    elif verb == b"DATA":
                        if transaction is None or not transaction.recipients:
                            raise Refusal(b"503 5.5.1 need RCPT before DATA\r\n")
                        writer.write(b"354 end with <CRLF>.<CRLF>\r\n")
                        data = await reader.readuntil(b"\r\n.\r\n")
                        current, transaction = transaction, None
                        delivered, success, failure = self.outcome(current)
                        if success or failure:
                            try:
                                owed = await asyncio.to_thread(
                                    self.spool_reports, current, data, success, failure, delivered
                                )
                            except OSError as exc:  # the spool could not take it: nothing was promised
                                say(f"spool write failed: {exc}")
                                raise Refusal(b"451 4.3.0 cannot spool the delivery status, try again\r\n") from exc
                            for path in owed:
                                self.relay.add(path)
                        elif delivered:
                            self.record(data)
                        writer.write(b"250 2.0.0 accepted\r\n")
                        self.flush()
                    elif verb == b"RSET":
                        transaction = None
                        writer.write(b"250 2.0.0 ok\r\n")
                    elif verb == b"NOOP":
                        writer.write(b"250 2.0.0 ok\r\n")
                    elif verb == b"QUIT":
                        writer.write(b"221 bye\r\n")
                        await writer.drain()
                        return
                    else:
                        writer.write(b"502 not implemented\r\n")
                except Refusal as refusal:
                    writer.write(refusal.reply)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        except asyncio.CancelledError:  # the sink is stopping: the session just ends (no traceback)
            return
        finally:
            writer.close()


async def serve(
    host: str,
    port: int,
    *,
    dsn_relay: tuple[str, int] | None = None,
    spool: Path | None = None,
    bounce_pattern: str | None = None,
) -> None:
    relay: DsnRelay | None = None
    if dsn_relay is None:
        sink = Sink()
    else:
        assert spool is not None
        store = Spool(spool)
        relay = DsnRelay(*dsn_relay)
        owed = store.load()
        for path in owed:
            relay.add(path)
        if owed:
            say(f"{len(owed)} DSN(s) owed from an earlier run")
        sink = DsnSink(store, relay, re.compile(bounce_pattern) if bounce_pattern else None)
        relay.start()
    server = await asyncio.start_server(sink.handle, host, port, limit=64 * 1024 * 1024, backlog=1024)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    sys.stdout.buffer.write(b"READY\n")
    sys.stdout.buffer.flush()
    async with server:
        await stop.wait()
        server.close()
        if relay is not None:
            await relay.stop()


def _host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise argparse.ArgumentTypeError("expected HOST:PORT")
    return host, int(port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument(
        "--dsn-relay",
        type=_host_port,
        metavar="HOST:PORT",
        help="act as a DSN-capable MTA and send the reports owed to this SMTP server",
    )
    parser.add_argument("--spool", type=Path, metavar="DIR", help="where owed DSNs wait (required with --dsn-relay)")
    parser.add_argument(
        "--bounce-pattern",
        metavar="REGEX",
        help="recipients whose address matches are not delivered (failed DSN, no delivery line)",
    )
    args = parser.parse_args(argv)
    if args.dsn_relay is None and (args.spool is not None or args.bounce_pattern is not None):
        parser.error("--spool and --bounce-pattern need --dsn-relay")
    if args.dsn_relay is not None and args.spool is None:
        parser.error("--dsn-relay needs --spool DIR")
    if args.bounce_pattern is not None:
        try:
            re.compile(args.bounce_pattern)
        except re.error as exc:
            parser.error(f"--bounce-pattern: {exc}")
    asyncio.run(
        serve(args.host, args.port, dsn_relay=args.dsn_relay, spool=args.spool, bounce_pattern=args.bounce_pattern)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

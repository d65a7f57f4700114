"""A minimal, fast SMTP sink for the benchmarks, run as its own process.

It accepts every message and writes one line per accepted message on stdout:
``<time.monotonic_ns()> <case id> <message id> <notice key> <role>``, the time taken when
the final ``250`` is written (the notice key and role are notify's ``X-Dueprocess-Notice-Key``
and ``X-Dueprocess-Role``). ``CLOCK_MONOTONIC`` is system-wide on Linux, so the driver compares these times
with its own. The case is the ``X-Dueprocess-Case`` header (``X-Bench-Case`` for the raw
baseline and the e-mail bench); any header that is absent is ``-``.

Deliberately tiny (no aiosmtpd): at several hundred messages a second a full SMTP server
costs a large share of a two-core machine, and that cost is not the system under test.

    python -m bench.sink --port N
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import time

CASE_HEADERS = (b"x-dueprocess-case:", b"x-bench-case:")


def _header(data: bytes, names: tuple[bytes, ...]) -> bytes:
    head = data.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        lower = line[:40].lower()
        for name in names:
            if lower.startswith(name):
                return line[len(name):].strip() or b"-"
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
        self._lines.append(b"%d %s %s %s %s\n" % (time.monotonic_ns(), case, message_id.replace(b" ", b""),
                                                   key.replace(b" ", b""), role.replace(b" ", b"")))
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


async def serve(host: str, port: int) -> None:
    sink = Sink()
    server = await asyncio.start_server(sink.handle, host, port, limit=64 * 1024 * 1024, backlog=1024)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    sys.stdout.buffer.write(b"READY\n")
    sys.stdout.buffer.flush()
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())

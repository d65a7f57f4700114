"""The load generator: case bodies, a minimal keep-alive HTTP/1.1 client, open- and closed-loop drivers.

The client is a few lines over asyncio streams rather than httpx: on a two-core machine the
driver shares the CPU with the system under test, so it must cost as little as possible.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.auth import AUTH_HEADERS

SEED_CASE = Path(__file__).resolve().parent.parent / "deploy" / "demo" / "alt_uscis_summons.json"


def case_bodies(count: int, *, run: str) -> list[bytes]:
    """``count`` distinct demands: the @ALT_USCIS summons with its own case number and text,
    so DUPLICATE_REQUEST does not link them. Each is reviewed CHALLENGE / LITIGATION and owes
    three notices (the user, the user's counsel, our litigation counsel)."""
    seed = json.loads(SEED_CASE.read_text())
    bodies = []
    for n in range(count):
        case = dict(seed)
        case["case_number"] = f"BENCH-{run}-{n:06d}"
        case["raw_text"] = f"{seed['raw_text']} Reference {run}-{n:06d}."
        bodies.append(json.dumps(case).encode())
    return bodies


class HttpError(Exception):
    pass


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self,
        method: str,
        path: str,
        body: bytes,
        headers: dict[str, str],
        response_headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        """One request; the response's headers go into ``response_headers`` (lower-case names) when given."""
        if self.writer is None or self.writer.is_closing() or (self.reader is not None and self.reader.at_eof()):
            # (at_eof: the server closed this idle keep-alive connection; do not send into it)
            self.close()
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in {**AUTH_HEADERS, **headers}.items()]  # intake needs a staff token
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        try:
            status_line = await self.reader.readuntil(b"\r\n")
            status = int(status_line.split(b" ", 2)[1])
            length = 0
            close = False
            while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if response_headers is not None:
                    response_headers[name.decode("latin-1")] = value.strip().decode("latin-1")
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            payload = await self.reader.readexactly(length) if length else b""
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self.close()
            raise HttpError(repr(exc)) from exc
        if close:
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class Pool:
    """Keep-alive connections, opened on demand up to ``size``."""

    def __init__(self, url: str, size: int) -> None:
        rest = url.split("://", 1)[1]
        host, _, port = rest.partition(":")
        self.host, self.port = host, int(port.split("/")[0])
        self._idle: list[Connection] = []
        self._sem = asyncio.Semaphore(size)

    async def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        response_headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        async with self._sem:
            conn = self._idle.pop() if self._idle else Connection(self.host, self.port)
            try:
                result = await conn.request(method, path, body, headers or {}, response_headers)
            except BaseException:
                conn.close()
                raise
            self._idle.append(conn)
            return result

    def close(self) -> None:
        for conn in self._idle:
            conn.close()


@dataclass
class Submission:
    index: int
    case_id: str
    sent_ns: int
    answered_ns: int  # when the 201 was read: latency starts here


@dataclass
class DriveResult:
    submissions: list[Submission] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    started_ns: int = 0
    finished_ns: int = 0


JSON_HEADERS = {"Content-Type": "application/json"}


async def _submit(pool: Pool, index: int, body: bytes, result: DriveResult, path: str, headers: dict[str, str]) -> None:
    for attempt in range(5):
        sent = time.monotonic_ns()
        try:
            status, payload = await pool.request("POST", path, body, headers)
        except (HttpError, OSError) as exc:
            result.errors.append(f"case {index}: {exc!r}")
            await asyncio.sleep(0.2 * (attempt + 1))
            continue
        answered = time.monotonic_ns()
        if status == 201:
            result.submissions.append(Submission(index, json.loads(payload)["case_id"], sent, answered))
            return
        result.errors.append(f"case {index}: HTTP {status} {payload[:200]!r}")
        if status not in (429, 503):
            return
        await asyncio.sleep(0.2 * (attempt + 1))


async def drive_fixed_rate(
    url: str,
    bodies: list[bytes],
    rate: float,
    *,
    path: str = "/api/v1/cases",
    headers: dict[str, str] | None = None,
    max_in_flight: int = 256,
    progress: Callable[[int], None] | None = None,
) -> DriveResult:
    """Open loop: request i is sent at t0 + i/rate whatever the answers do (no coordinated omission)."""
    result = DriveResult()
    pool = Pool(url, max_in_flight)
    headers = headers or JSON_HEADERS
    tasks = []
    result.started_ns = t0 = time.monotonic_ns()
    try:
        for i, body in enumerate(bodies):
            due = t0 + int(i * 1e9 / rate)
            delay = (due - time.monotonic_ns()) / 1e9
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(_submit(pool, i, body, result, path, headers)))
            if progress:
                progress(i + 1)
        await asyncio.gather(*tasks)
    finally:
        pool.close()
    result.finished_ns = time.monotonic_ns()
    return result


async def drive_max_rate(
    url: str,
    bodies: list[bytes],
    *,
    concurrency: int = 32,
    path: str = "/api/v1/cases",
    headers: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> DriveResult:
    """Closed loop: ``concurrency`` clients submit back to back until every body is sent."""
    result = DriveResult()
    pool = Pool(url, concurrency)
    headers = headers or JSON_HEADERS
    queue = list(enumerate(bodies))
    queue.reverse()

    async def client() -> None:
        while queue:
            i, body = queue.pop()
            await _submit(pool, i, body, result, path, headers)
            if progress:
                progress(len(result.submissions))

    result.started_ns = time.monotonic_ns()
    try:
        await asyncio.gather(*(client() for _ in range(concurrency)))
    finally:
        pool.close()
    result.finished_ns = time.monotonic_ns()
    return result


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, label: str, total: int, *, enabled: bool | None = None) -> None:
        self.label, self.total = label, max(1, total)
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0
        self._t0 = time.monotonic()

    def update(self, done: int, extra: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < self.total:
            return
        self._last = now
        width = 30
        filled = int(width * min(done, self.total) / self.total)
        rate = done / max(1e-9, now - self._t0)
        sys.stderr.write(
            f"\r{self.label:<22} [{'#' * filled}{'.' * (width - filled)}] "
            f"{done}/{self.total} {rate:7.1f}/s {extra}\x1b[K"
        )
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def new_run_id() -> str:
    return uuid.uuid4().hex[:8]

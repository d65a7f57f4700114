"""While PostgreSQL starts up or shuts down, intake asks callers to retry (HTTP 503, SMTP 451)
instead of failing (500) or accepting, and the background loops keep going.

PostgreSQL refuses connections in those moments with SQLSTATE 57P03 ("the database system is
shutting down", "… is starting up"), and sends 57P01/57P02 to the sessions it terminates. A
stand-in server below answers every connection that way, on a real socket, so the errors are
the ones asyncpg raises against a real server in those seconds (seen in `bench chaos`).
"""

from __future__ import annotations

import asyncio
import json
import struct
from collections.abc import AsyncIterator
from email.message import EmailMessage

import aiosmtplib
import asyncpg
import httpx
import pytest

from deploy.localinfra._process import free_port
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.entrypoints.smtp import IntakeSmtpHandler, start_smtp_server
from services.intake.service_layer.email import EmailIngestion
from shared.db import create_pool, run_when_notified
from tests.conftest import SEED_CASE

pytestmark = pytest.mark.integration

REFUSALS = {
    "57P03": "the database system is shutting down",
    "57P01": "terminating connection due to administrator command",
    "57P02": "terminating connection due to crash of another server process",
}


async def refusing_server(sqlstate: str) -> tuple[asyncio.AbstractServer, int]:
    """A socket that answers PostgreSQL's startup (after declining SSL) with a FATAL ``sqlstate``."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                (length,) = struct.unpack("!I", await reader.readexactly(4))
                body = await reader.readexactly(length - 4)
                if body[:4] == struct.pack("!I", 80877103):  # SSLRequest: no
                    writer.write(b"N")
                    continue
                fields = b"".join(
                    code + text.encode() + b"\0"
                    for code, text in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", sqlstate), (b"M", REFUSALS[sqlstate]))
                )
                writer.write(b"E" + struct.pack("!I", len(fields) + 5) + fields + b"\0")
                await writer.drain()
                return
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            writer.close()

    port = free_port()
    server = await asyncio.start_server(answer, "127.0.0.1", port)
    return server, port


@pytest.fixture(params=sorted(REFUSALS))
async def refusing_pool(request: pytest.FixtureRequest) -> AsyncIterator[asyncpg.Pool]:
    server, port = await refusing_server(request.param)
    pool = await create_pool(f"postgresql://postgres@127.0.0.1:{port}/dueprocess", min_size=0, max_size=1)
    try:
        yield pool
    finally:
        await asyncio.wait_for(pool.close(), 10)
        server.close()


async def test_intake_answers_503_while_the_database_starts_or_stops(refusing_pool: asyncpg.Pool) -> None:
    with pytest.raises(asyncpg.PostgresError):  # the stand-in refuses as PostgreSQL would
        await refusing_pool.fetchval("SELECT 1")
    app = create_app(IntakeServices(pool=refusing_pool), max_request_bytes=64 * 1024)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://intake",
        headers={"Authorization": "Bearer dp_whatever"},
    ) as http:
        response = await http.post(
            "/api/v1/cases", json=json.loads(SEED_CASE.read_text()), headers={"Idempotency-Key": "k-1"}
        )
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "5"


async def test_intake_smtp_answers_451_while_the_database_starts_or_stops(refusing_pool: asyncpg.Pool) -> None:
    email = EmailIngestion()
    handler = IntakeSmtpHandler(pool=refusing_pool, config=email)
    port = free_port()
    server = await start_smtp_server(handler, host="127.0.0.1", port=port, data_size_limit=1 << 20)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = (
        "agent@cbp.dhs.gov",
        "legal-process@dueprocess.local",
        "Summons",
    )
    message.set_content("Summons to produce records.")
    try:
        with pytest.raises(aiosmtplib.SMTPDataError) as refused:
            await aiosmtplib.send(message, hostname="127.0.0.1", port=port, timeout=30)
    finally:
        server.close()
        await asyncio.to_thread(email.pdf.close)
    assert refused.value.code == 451 and "nothing was recorded" in refused.value.message


async def test_a_notified_loop_retries_after_a_connection_dies_mid_statement(pool: asyncpg.Pool) -> None:
    """asyncpg reports a connection lost in the middle of a statement as InternalClientError
    ("cannot switch to state …") as the transaction unwinds; it ended notify's outbox relay."""
    calls = 0

    async def step() -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise asyncpg.InternalClientError("cannot switch to state 11; another operation (2) is in progress")
        return 0

    loop = asyncio.create_task(
        run_when_notified(pool=pool, channel="chaos", step=step, poll_seconds=0.05, what="test loop")
    )
    try:
        for _ in range(100):
            if calls >= 3:
                break
            await asyncio.sleep(0.05)
        assert not loop.done(), loop.exception() if loop.done() else None
        assert calls >= 3, "the loop went on after the error"
    finally:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)

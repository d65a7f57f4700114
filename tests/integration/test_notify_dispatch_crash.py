"""A dispatcher that dies after the SMTP server accepted a message, before the send was
recorded, makes its successor send that message again: the one duplicate SMTP cannot rule
out (the receiver can drop it by its X-Dueprocess-Notice-Key). Only that one: the sends that
went before it in the same batch were recorded as they happened (their SENT attempts), so the
successor marks them sent instead of sending them again, though their batch never committed.
"""

from __future__ import annotations

import asyncio
import collections
import json
import sys
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import asyncpg
import pytest

from deploy.localinfra.postgres import EmbeddedPostgres
from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import migrate_all
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.service_layer import services
from shared.db import DATABASE_UNAVAILABLE, create_pool
from tests.conftest import DEMO_ACCOUNTS
from tests.integration.notify_support import Clock, Notify, policy, reviewed
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration


async def test_a_dispatcher_dying_after_the_server_accepted_resends_only_that_message(
    pool: asyncpg.Pool, database_url: str, tmp_path: Path
) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    with SmtpSink(tmp_path / "mail") as sink:
        notify = Notify(pool, sink.url, clock, policy())
        for _ in range(3):
            await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]))
        owed = await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'PENDING'")
        assert owed >= 6

        doomed = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.integration.doomed_dispatcher",
            database_url,
            clock().isoformat(),
            sink.url,
            stdout=asyncio.subprocess.PIPE,
        )
        try:

            async def accepted() -> bytes:
                while line := await doomed.stdout.readline():  # type: ignore[union-attr]
                    if line.startswith(b"accepted"):  # (the process also logs on stdout)
                        return line
                raise AssertionError("the dispatcher process ended before its third message")

            in_flight = (await asyncio.wait_for(accepted(), 60)).split()[1].decode()

            async def two_recorded() -> bool:
                sent = await pool.fetchval("SELECT count(*) FROM notify.delivery_attempts WHERE outcome = 'SENT'")
                return bool(sent >= 2)

            # The two sends before the stalled one are recorded, though their batch never commits.
            await eventually(two_recorded, within=15, what="the two sends before the stalled one recorded")
            assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == 0
        finally:
            doomed.kill()  # SIGKILL: the stalled notice's transaction is aborted by the server
            await doomed.wait()

        restarted = await create_pool(database_url, max_size=4)  # a new process: nothing in memory
        try:
            successor = services.NoticeDispatcher(
                pool=restarted, sender=SmtpSender(SmtpConfig.from_url(sink.url)), policy=notify.policy, clock=clock
            )
            for _ in range(100):
                if not await successor.dispatch_due():
                    break
        finally:
            await asyncio.wait_for(restarted.close(), 10)
        mail = sink.messages()

    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status <> 'SENT'") == 0
    sent_attempts = await pool.fetch(
        "SELECT notice_id, count(*) AS n FROM notify.delivery_attempts WHERE outcome = 'SENT' GROUP BY notice_id"
    )
    assert len(sent_attempts) == owed and {r["n"] for r in sent_attempts} == {1}, "one SENT record per notice"
    copies = collections.Counter(m["X-Dueprocess-Notice-Key"] for m in mail)
    assert len(copies) == owed, "every owed notice delivered"
    assert {key: n for key, n in copies.items() if n > 1} == {in_flight: 2}, "only the one in flight, twice"


class _StopsTheDatabaseAfterFirstAcceptance:
    """A real sender; once the server accepted the first message, PostgreSQL is stopped."""

    def __init__(self, url: str, server: EmbeddedPostgres) -> None:
        self.real, self.server, self.stopped = SmtpSender(SmtpConfig.from_url(url)), server, False

    @property
    def dsn_expected(self) -> bool:
        return self.real.dsn_expected

    async def probe(self) -> None:
        await self.real.probe()

    async def send(self, message: EmailMessage, *, envelope_id: str | None = None) -> bool:
        dsn = await self.real.send(message, envelope_id=envelope_id)
        if not self.stopped:
            self.stopped = True
            await asyncio.to_thread(self.server.stop)
        return dsn


async def test_a_dispatcher_that_loses_the_database_after_the_server_accepted_does_not_send_again(
    server_dir_factory: Callable[[str], Path], tmp_path: Path
) -> None:
    """The SENT record cannot be written (the database is gone) and the batch is lost; the
    process lives on, remembers the acceptance and records it once the database is back."""
    server = EmbeddedPostgres(server_dir_factory("pg-dispatch"), fast=True)
    await asyncio.to_thread(server.start)
    try:
        dsn = server.dsn()
        await migrate_all(dsn)
        pool = await create_pool(dsn, max_size=4)
        try:
            await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
            clock = Clock()
            with SmtpSink(tmp_path / "mail") as sink:
                notify = Notify(pool, sink.url, clock, policy())
                for _ in range(2):
                    await notify.review(reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]))
                owed = await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'PENDING'")
                dispatcher = services.NoticeDispatcher(
                    pool=pool,
                    sender=_StopsTheDatabaseAfterFirstAcceptance(sink.url, server),  # type: ignore[arg-type]
                    policy=notify.policy,
                    clock=clock,
                )
                with pytest.raises(DATABASE_UNAVAILABLE):
                    await dispatcher.dispatch_due()
                assert len(sink.messages()) >= 1, "the first message went out before the database did"
                await asyncio.to_thread(server.start)
                for _ in range(200):
                    try:
                        if not await dispatcher.dispatch_due():
                            break
                    except DATABASE_UNAVAILABLE:  # the pool's dead connections, replaced one by one
                        await asyncio.sleep(0.1)
                mail = sink.messages()
            assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE status <> 'SENT'") == 0
            sent_attempts = await pool.fetch(
                "SELECT notice_id, count(*) AS n FROM notify.delivery_attempts"
                " WHERE outcome = 'SENT' GROUP BY notice_id"
            )
            assert len(sent_attempts) == owed and {r["n"] for r in sent_attempts} == {1}
        finally:
            await asyncio.wait_for(pool.close(), 10)
    finally:
        await asyncio.to_thread(server.stop)
    copies = collections.Counter(m["X-Dueprocess-Notice-Key"] for m in mail)
    assert len(copies) == owed and set(copies.values()) == {1}, "each notice delivered once"

"""A notice dispatcher process (the service's defaults) whose third message reaches the SMTP
server and is accepted, and which then stalls until it is killed; sends after that one stall
first. Messages go one at a time (the real dispatcher sends a batch concurrently), so exactly
one is in flight when it dies.

    python -m tests.integration.doomed_dispatcher DATABASE_URL NOW SMTP_URL [RETURN_PATH]

With RETURN_PATH it asks for delivery reports (and asserts the server offered them). It prints
``accepted <notice key>`` once the third message was accepted.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from email.message import EmailMessage

from services.notify.adapters.smtp import SmtpConfig, SmtpSender, WireMessage
from services.notify.service_layer import services
from shared.db import create_pool
from tests.integration.notify_support import policy


class DiesAfterThirdAccepted:
    def __init__(self, url: str, return_path: str | None) -> None:
        self.real = SmtpSender(SmtpConfig.from_url(url), return_path=return_path, request_dsn=return_path is not None)
        self.asks_for_reports = return_path is not None
        self.accepted, self.stalled, self.one_at_a_time = 0, False, asyncio.Lock()

    @property
    def dsn_expected(self) -> bool:
        return self.real.dsn_expected

    async def probe(self) -> None:
        await self.real.probe()

    async def send(self, message: EmailMessage | WireMessage, *, envelope_id: str | None = None) -> bool:
        async with self.one_at_a_time:
            if self.stalled:
                await asyncio.Event().wait()
            dsn = await self.real.send(message, envelope_id=envelope_id)
            assert dsn == self.asks_for_reports, "a report is asked for exactly when the test wants one"
            self.accepted += 1
            if self.accepted == 3:
                self.stalled = True
                print("accepted", message["X-Dueprocess-Notice-Key"], flush=True)
                await asyncio.Event().wait()
            return dsn


async def main(database_url: str, now: str, smtp_url: str, return_path: str | None) -> None:
    pool = await create_pool(database_url, max_size=8)
    clock = datetime.fromisoformat(now)
    dispatcher = services.NoticeDispatcher(
        pool=pool,
        sender=DiesAfterThirdAccepted(smtp_url, return_path),  # type: ignore[arg-type]
        policy=policy(),
        clock=lambda: clock,
    )
    await dispatcher.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))

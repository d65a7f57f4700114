"""An SMTP listener (aiosmtpd) on the running event loop: the plumbing every service's mail
entrypoint shares. The handler decides what each message means and answers it."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from aiosmtpd.smtp import SMTP

from shared.logging import get_logger

log = get_logger(__name__)


def smtp_factory(handler: Any, *, data_size_limit: int, ident: str, hostname: str | None = None) -> Any:
    def make() -> SMTP:
        return SMTP(
            handler,
            data_size_limit=data_size_limit,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=hostname,
            ident=ident,
            timeout=120,
        )

    return make


async def start_smtp_server(
    handler: Any, *, host: str, port: int, data_size_limit: int, ident: str, hostname: str | None = None
) -> asyncio.AbstractServer:
    """Listen on ``host:port`` on the running loop; the caller closes the returned server."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        smtp_factory(handler, data_size_limit=data_size_limit, ident=ident, hostname=hostname), host=host, port=port
    )


async def serve_smtp(handler: Any, *, host: str, port: int, data_size_limit: int, ident: str) -> None:
    """Run the listener until cancelled (a task for ``run_until_stopped``)."""
    server = await start_smtp_server(handler, host=host, port=port, data_size_limit=data_size_limit, ident=ident)
    log.info("smtp listener started", port=port, listener=ident)
    await serve_until_cancelled(server)


async def serve_until_cancelled(server: asyncio.AbstractServer) -> None:
    """Keep a started listener until cancelled, then close it."""
    try:
        await asyncio.Event().wait()
    finally:
        server.close()
        with contextlib.suppress(asyncio.TimeoutError, Exception):
            await asyncio.wait_for(server.wait_closed(), 5)

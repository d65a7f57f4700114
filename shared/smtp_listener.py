"""An SMTP listener (aiosmtpd) on the running event loop: the plumbing every service's mail
entrypoint shares. The handler decides what each message means and answers it; ``peer_in``
tells it whether the client's address is one it was configured to trust."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
from collections.abc import Iterable
from typing import Any

from aiosmtpd.smtp import SMTP, Session

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


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def peer_address(session: Session) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address of the SMTP client (an IPv4-mapped IPv6 address as IPv4), None when unknown."""
    peer = session.peer
    host = peer[0] if isinstance(peer, tuple) and peer else peer
    if not isinstance(host, str):
        return None
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def peer_in(session: Session, networks: Iterable[Network]) -> bool:
    """Whether the SMTP client's address is in one of ``networks`` (never, when there are none)."""
    address = peer_address(session)
    return address is not None and any(address.version == n.version and address in n for n in networks)

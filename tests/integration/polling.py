"""Waiting for state outside the test's control (a database row, a broker, a server starting):
poll it, and fail with what was awaited when it does not come in time. Inside one event loop,
signal with an asyncio.Event instead."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable

POLL_INTERVAL = 0.05


async def eventually(
    condition: Callable[[], bool | Awaitable[bool]], *, within: float = 30.0, what: str = "condition"
) -> None:
    """Return once ``condition()`` (sync or async) holds; fail after ``within`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        held = condition()
        if inspect.isawaitable(held):
            held = await held
        if held:
            return
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {within} s waiting for {what}")
        await asyncio.sleep(POLL_INTERVAL)

"""Security headers on every HTTP response of a service (one implementation for all of them).

Each service states its own policy (intake's pages load its scripts and styles; notify's pages
need nothing but one stylesheet); this middleware adds the headers to every response that does
not set them itself: HTML pages, error pages and JSON alike.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from typing import ClassVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(directives: Mapping[str, str]) -> str:
    """``{"default-src": "'none'", ...}`` as a Content-Security-Policy header value."""
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def style_hash(css: str) -> str:
    """The CSP source that allows exactly one inline ``<style>`` element whose text is ``css``."""
    digest = hashlib.sha256(css.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def security_headers(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    """ASGI header pairs (lower-case names) for :class:`SecurityHeadersMiddleware`."""
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]


class SecurityHeadersMiddleware:
    """Adds ``headers`` (or the class's ``HEADERS``) to every HTTP response that lacks them."""

    HEADERS: ClassVar[Sequence[tuple[bytes, bytes]]] = ()

    def __init__(self, app: ASGIApp, *, headers: Sequence[tuple[bytes, bytes]] | None = None) -> None:
        self.app = app
        self.headers = list(self.HEADERS if headers is None else headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in self.headers if name not in present
                ]
            await send(message)

        await self.app(scope, receive, with_headers)

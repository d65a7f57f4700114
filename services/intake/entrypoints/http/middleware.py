"""ASGI middleware around every intake response: the body size limit and the security headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.http_security import SecurityHeadersMiddleware as SharedSecurityHeaders


class BodyTooLarge(Exception):
    pass


MESSAGE_TYPES = ("message/rfc822", "multipart/form-data")


class BodyLimitMiddleware:
    """Answers 413 for any request body over ``max_bytes``, declared or streamed.

    E-mail uploads (``message/rfc822``, and the form's multipart upload) may be up to
    ``max_message_bytes`` instead: an e-mail with its attachments is bigger than a case JSON.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_message_bytes: int | None = None) -> None:
        self.app = app
        self.default_max_bytes = max_bytes
        self.max_message_bytes = max_message_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower().decode("latin-1")
        limit = self.max_message_bytes if content_type in MESSAGE_TYPES else self.default_max_bytes
        await self._limited(scope, receive, send, limit, headers.get(b"content-length"))

    async def _limited(
        self, scope: Scope, receive: Receive, send: Send, max_bytes: int, declared: bytes | None
    ) -> None:
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await self._too_large(scope, receive, send, max_bytes)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > max_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await self._too_large(scope, receive, send, max_bytes)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
        response = JSONResponse({"error": "request body too large", "max_bytes": max_bytes}, status_code=413)
        await response(scope, receive, send)


class SecurityHeadersMiddleware(SharedSecurityHeaders):
    """Headers every page carries: no framing, no sniffing, scripts and styles only from us
    (``shared.http_security``, intake's policy)."""

    HEADERS: ClassVar[Sequence[tuple[bytes, bytes]]] = [
        (
            b"content-security-policy",
            b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            b"img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
            b"base-uri 'none'; object-src 'none'",
        ),
        (b"x-frame-options", b"DENY"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"cache-control", b"no-store"),
    ]

"""What intake's routes depend on, read from the application's state (never from a closure).

``create_app`` puts one wired :class:`IntakeServices` on ``app.state.services``; a route asks
for it with ``svc: Services`` (or for the clock with ``Now``), so a router can be mounted on a
bare ``FastAPI()`` with fakes in a test.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from services.intake.domain.transparency import DEFAULT_BAND
from services.intake.service_layer.email import EmailIngestion
from services.intake.service_layer.staff import TokenCache


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class IntakeServices:
    """Intake's web and API dependencies, wired once (``bootstrap``; tests build their own).

    ``tokens``: how long an API token's member is trusted without asking the database (the
    bound on a revocation made elsewhere). ``report_band``: the transparency report's band width.
    ``secure_cookies``: every cookie ``Secure`` (bootstrap: the ``session_cookie_secure``
    setting, on by default); off, a cookie is ``Secure`` only on a request that came over HTTPS.
    ``trusted_proxies``: the addresses or networks whose ``X-Forwarded-Proto`` and
    ``X-Forwarded-For`` are believed (nobody's by default).
    """

    pool: asyncpg.Pool
    email: EmailIngestion = field(default_factory=EmailIngestion)
    clock: Callable[[], datetime] = utc_now
    tokens: TokenCache = field(default_factory=TokenCache)
    secure_cookies: bool = False
    trusted_proxies: tuple[str, ...] = ()
    report_band: int = DEFAULT_BAND

    def __post_init__(self) -> None:
        if self.report_band < 1:
            raise ValueError("the band width must be at least 1")
        if "*" in self.trusted_proxies:
            raise ValueError("trusted proxies are addresses or networks, not '*' (that would trust anyone)")


def services_of(request: Request) -> IntakeServices:
    """The wired services of the app serving ``request``."""
    services: IntakeServices = request.app.state.services
    return services


async def get_services(request: Request) -> IntakeServices:
    """FastAPI dependency: ``services_of`` (async, so FastAPI calls it on the event loop rather
    than in its thread pool: a sync dependency costs a thread hand-off per request)."""
    return services_of(request)


Services = Annotated[IntakeServices, Depends(get_services)]


async def trace_id(request: Request) -> str:
    """The W3C ``traceparent``'s trace id when the caller sent one, else a new one."""
    traceparent = request.headers.get("traceparent", "")
    parts = traceparent.split("-")
    if len(parts) == 4 and len(parts[1]) == 32:
        return parts[1]
    return uuid.uuid4().hex


TraceId = Annotated[str, Depends(trace_id)]

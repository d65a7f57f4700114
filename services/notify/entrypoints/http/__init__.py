"""The notify service's HTTP API and pages, assembled from one router per feature.

- ``internal_api``: notices by status (dead letters), a notice's delivery record, retry by
  hand, counsel of record for an account, a case's nondisclosure order;
- ``dashboard``: a small page for legal ops;
- ``counsel_link``: the user's signed link to name their lawyer (once), and to ask for a new one;
- ``hold_link``: a data steward's signed link to acknowledge a preservation hold (once).

Every response carries the security headers of ``dependencies.SECURITY_HEADERS`` (a strict
Content-Security-Policy, nosniff, no referrer, no framing, no caching).

The internal API and the dashboard need the service credential (``Authorization: Bearer
<DUEPROCESS_INTERNAL_API_TOKEN>``; none configured: 401). /healthz, /readyz, the OpenAPI
document and the user's link are open; /metrics is not here but on the service's metrics
listener (shared.metrics). Routes read the services from the application's
state (``dependencies.services``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import asyncpg
from fastapi import FastAPI

from services.notify.entrypoints.http import counsel_link, dashboard, hold_link, internal_api
from services.notify.entrypoints.http.dependencies import SECURITY_HEADERS
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.services import NotifyServices
from shared.http_security import SecurityHeadersMiddleware, security_headers
from shared.internal_api import STAFF_HEADER, internal_router
from shared.runtime import add_health_routes

__all__ = ["STAFF_HEADER", "create_app"]


def create_app(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    clock: Callable[[], datetime],
    internal_api_token: str | None,
    services: NotifyServices | None = None,
) -> FastAPI:
    """``internal_api_token`` None closes every staff route (401); the user's link pages stay open.
    ``services``: default, the use cases on ``pool`` with ``policy`` and ``clock``."""
    app = FastAPI(
        title="dueprocess notify",
        version="1",
        description="Notices, dead letters and counsel of record (internal: staff use intake). "
        "Authenticate with `Authorization: Bearer <DUEPROCESS_INTERNAL_API_TOKEN>`; name the "
        f"acting staff member in the `{STAFF_HEADER}` header.",
    )
    app.state.services = services or NotifyServices.on_pool(pool, policy=policy, clock=clock)
    # Every response (the link's pages, the dashboard, error pages, JSON) carries them.
    app.add_middleware(SecurityHeadersMiddleware, headers=security_headers(SECURITY_HEADERS))
    add_health_routes(app, service="notify", pool=pool)
    app.include_router(counsel_link.router)
    app.include_router(hold_link.router)
    guarded = internal_router(app, token=internal_api_token)
    guarded.include_router(internal_api.router)
    guarded.include_router(dashboard.router)
    app.include_router(guarded)
    return app

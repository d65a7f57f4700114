"""Intake's HTTP front assembled: the web app and the REST API.

``create_app`` only assembles: the wired services on ``app.state``, the error answers, the
middleware and the feature routers (each a module-level ``APIRouter`` whose routes read their
dependencies from the app's state). Every route but login and health needs a staff
member with the route's permission: a session (browser) or an API token (Bearer).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from services.intake.entrypoints.http import actions, auth, cases, pages, reports, staff, triage
from services.intake.entrypoints.http.dependencies import IntakeServices
from services.intake.entrypoints.http.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from services.intake.entrypoints.http.templating import STATIC
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger
from shared.runtime import add_health_routes

log = get_logger(__name__)


async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # Nothing was committed: the caller must retry (with the same Idempotency-Key).
    log.warning("database unavailable", error=type(exc).__name__)
    return JSONResponse(
        {"error": "temporarily unavailable; nothing was recorded, please retry"}, 503, headers={"Retry-After": "5"}
    )


def create_app(services: IntakeServices, *, max_request_bytes: int) -> FastAPI:
    """The web app and the REST API over ``services`` (JSON bodies up to ``max_request_bytes``;
    e-mails up to the e-mail limits')."""
    app = FastAPI(
        title="dueprocess intake",
        version="1",
        description="Take in legal process demanding user data: case JSON, or the e-mail it came in (.eml). "
        "Authenticate with `Authorization: Bearer <API token>` (`dueprocess staff token`).",
    )
    app.state.services = services
    app.add_exception_handler(auth.NotAuthenticated, auth.not_authenticated)
    app.add_exception_handler(auth.Forbidden, auth.forbidden)
    for unavailable in DATABASE_UNAVAILABLE:  # also while it starts up or shuts down, never a 500
        if issubclass(unavailable, Exception):  # all of them (the check narrows the type)
            app.add_exception_handler(unavailable, database_unavailable)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=max_request_bytes,
        max_message_bytes=max(max_request_bytes, services.email.limits.max_message_bytes),
    )
    # Outermost: from a configured proxy only, X-Forwarded-Proto sets the request's scheme (the
    # cookies' Secure flag) and X-Forwarded-For its client (the login throttle); from anyone
    # else both headers are ignored. (bootstrap turns uvicorn's own handling of them off.)
    app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(services.trusted_proxies))
    app.include_router(auth.router)
    add_health_routes(app, service="intake", pool=services.pool)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    # /cases/new (pages) before /cases/{case_id}: the first route that matches answers.
    for feature in (pages, triage, staff, reports, cases, actions):
        app.include_router(feature.router)
    return app

"""The service credential of the internal, operator-facing HTTP APIs (review's and notify's).

Invariants:
- a protected route runs only for a request carrying ``Authorization: Bearer <token>`` equal
  (compared in constant time) to the configured DUEPROCESS_INTERNAL_API_TOKEN; anything else
  is a 401 that says what to send;
- with no token configured every protected route answers 401: these APIs fail closed;
- health, readiness and the OpenAPI document are not behind it (nor notify's signed
  user links, which carry their own credential).
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.settings import Settings

BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="internalApiToken",
    description="the service credential, DUEPROCESS_INTERNAL_API_TOKEN",
)
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="dueprocess-internal"'}
# Names the acting staff member on the internal APIs' actions (the credential is the service's).
STAFF_HEADER = "X-Dueprocess-Staff"


def staff_missing(staff: str | None) -> JSONResponse | None:
    """The 400 for an action that names no acting staff member; None when one is named."""
    if not staff or not staff.strip():
        return JSONResponse({"error": f"name the acting staff member in the {STAFF_HEADER} header"}, 400)
    return None


def configured_token(settings: Settings) -> str | None:
    """DUEPROCESS_INTERNAL_API_TOKEN (or the file DUEPROCESS_INTERNAL_API_TOKEN_FILE names)."""
    return settings.internal_api_token.get_secret_value() if settings.internal_api_token else None


class ServiceCredentialRequired(Exception):
    """Raised by the guard; answered 401 with the reason."""


def service_credential(token: str | None) -> Callable[..., Awaitable[None]]:
    """A FastAPI dependency admitting only requests that send ``token`` as their Bearer token."""
    expected = token.encode() if token else None

    async def guard(credentials: HTTPAuthorizationCredentials | None = Depends(BEARER)) -> None:
        if expected is None:
            raise ServiceCredentialRequired(
                "this internal API is closed: no DUEPROCESS_INTERNAL_API_TOKEN (or _FILE) is configured for the "
                "service. Set one, and send it as 'Authorization: Bearer <token>'"
            )
        sent = credentials.credentials.encode() if credentials is not None else b""
        if not hmac.compare_digest(sent, expected):
            raise ServiceCredentialRequired(
                "this internal API needs the service credential: send 'Authorization: Bearer "
                "<DUEPROCESS_INTERNAL_API_TOKEN>'"
            )

    return guard


def internal_router(app: FastAPI, *, token: str | None) -> APIRouter:
    """A router whose every route needs the service credential (include it into ``app`` after
    adding the routes); installs the 401 answer on ``app``."""

    @app.exception_handler(ServiceCredentialRequired)
    async def refused(request: Request, exc: ServiceCredentialRequired) -> Response:
        return JSONResponse({"error": str(exc)}, 401, headers=_CHALLENGE)

    return APIRouter(dependencies=[Depends(service_credential(token))])

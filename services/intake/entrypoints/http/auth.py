"""Who is asking, and may they: API tokens, browser sessions, CSRF, and roles on every route.

Invariants:
- every route except login, health, readiness and static files depends on
  ``require(permission)``: anonymous calls get 401 (API) or the login page (browser), a
  member without the permission gets 403;
- a state-changing request authenticated by the session cookie must carry the session's CSRF
  token (form field ``csrf_token`` or header ``X-CSRF-Token``); bearer-token calls need none,
  since a browser never adds them by itself.

``require(permission)`` returns the same dependency for the same permission, so a test can
stand in for it with ``app.dependency_overrides[require(permission)]``.
"""

from __future__ import annotations

import functools
import hmac
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints.http.dependencies import IntakeServices, Services, services_of
from services.intake.entrypoints.http.templating import TEMPLATES
from services.intake.service_layer import staff as staff_service

SESSION_COOKIE = "dp_session"
LOGIN_CSRF_COOKIE = "dp_login_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

router = APIRouter()


class NotAuthenticated(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, member: StaffMember, permission: Permission, why: str | None = None) -> None:
        super().__init__(why or f"your role ({member.role.label}) may not do this ({permission.value})")
        self.member = member
        self.permission = permission


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "text/html")


def safe_next(target: str | None) -> str:
    """Only a local path: never redirect a login to another site."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


async def identify(request: Request) -> StaffMember | None:
    """The member behind the bearer token or the session cookie (cached on the request)."""
    if "staff" in request.state._state:
        member: StaffMember | None = request.state.staff
        return member
    services = services_of(request)
    member = None
    request.state.csrf_token = None
    request.state.by_session = False
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        member = await staff_service.token_member(
            pool=services.pool, token=authorization[7:].strip(), clock=services.clock, cache=services.tokens
        )
    elif cookie := request.cookies.get(SESSION_COOKIE):
        session = await staff_service.session_member(pool=services.pool, session_id=cookie, clock=services.clock)
        if session is not None:
            member = session.member
            request.state.csrf_token = session.csrf_token
            request.state.by_session = True
    request.state.staff = member
    return member


@functools.cache
def require(permission: Permission) -> Callable[[Request], Awaitable[StaffMember]]:
    """A FastAPI dependency: the member, once authenticated, authorised and (for forms) CSRF-checked."""

    async def dependency(request: Request) -> StaffMember:
        member = await identify(request)
        if member is None:
            raise NotAuthenticated
        if request.method not in SAFE_METHODS and request.state.by_session:
            await _check_csrf(request, member, permission)
        if not member.can(permission):
            raise Forbidden(member, permission)
        return member

    dependency.__name__ = f"require_{permission.name.lower()}"
    return dependency


async def _check_csrf(request: Request, member: StaffMember, permission: Permission) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = str((await request.form()).get("csrf_token") or "")
    if not sent or not hmac.compare_digest(sent, request.state.csrf_token or ""):
        raise Forbidden(member, permission, "the form's security token is missing or stale; reload the page")


# --- answers to the two refusals (create_app installs them) --------------------------------


async def not_authenticated(request: Request, exc: Exception) -> Response:
    if wants_html(request) and request.method in SAFE_METHODS:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    return JSONResponse(
        {"error": "authentication required: log in, or send Authorization: Bearer <token>"},
        401,
        headers={"WWW-Authenticate": 'Bearer realm="dueprocess"'},
    )


async def forbidden(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Forbidden)
    if wants_html(request):
        return TEMPLATES.TemplateResponse(
            request,
            "forbidden.html",
            {"why": str(exc), "staff": exc.member, "csrf_token": getattr(request.state, "csrf_token", None)},
            status_code=403,
        )
    return JSONResponse({"error": str(exc), "role": exc.member.role.value}, 403)


# --- login and logout ----------------------------------------------------------------------


def secure_cookies(request: Request, svc: IntakeServices) -> bool:
    """Whether this answer's cookies are ``Secure`` (sent back only over HTTPS): always when the
    setting says so (the default), else when the request itself came over HTTPS, directly or
    through a configured proxy's ``X-Forwarded-Proto`` (create_app believes no other's)."""
    return svc.secure_cookies or request.url.scheme == "https"


def _login_page(
    request: Request, *, secure: bool, error: str | None, next_path: str, email: str = "", status: int = 200
) -> Response:
    token = secrets.token_urlsafe(24)
    response = TEMPLATES.TemplateResponse(
        request,
        "login.html",
        {"error": error, "next": next_path, "email": email, "login_csrf": token, "staff": None},
        status_code=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure, max_age=3600, path="/login"
    )
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
async def login_form(request: Request, svc: Services, next: str = "/") -> Response:
    if await identify(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, secure=secure_cookies(request, svc), error=None, next_path=safe_next(next))


@router.post("/login", response_class=HTMLResponse, include_in_schema=False)
async def login(
    request: Request,
    svc: Services,
    email: str = Form(max_length=320),
    password: str = Form(max_length=1024),
    login_csrf: str = Form(default="", max_length=100),
    next: str = Form(default="/"),
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(login_csrf, expected):
        return _login_page(
            request,
            secure=secure_cookies(request, svc),
            error="The login form expired; please try again.",
            next_path=safe_next(next),
            email=email,
            status=400,
        )
    session = await staff_service.log_in(
        pool=svc.pool,
        email=email,
        password=password,
        clock=svc.clock,
        client=request.client.host if request.client else None,
    )
    if session is None:
        return _login_page(
            request,
            secure=secure_cookies(request, svc),
            error="That e-mail address and password do not match an active account.",
            next_path=safe_next(next),
            email=email,
            status=401,
        )
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session.session_id,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request, svc),
        max_age=int(staff_service.SESSION_ABSOLUTE.total_seconds()),
        path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False)
async def logout(request: Request, svc: Services) -> Response:
    """Ends the session on the server whenever the cookie names one, with or without the form's
    CSRF token: a forged logout can only log someone out, while a logout that left the session
    alive would leave a stolen cookie working after the member thought it dead."""
    if cookie := request.cookies.get(SESSION_COOKIE):
        await staff_service.log_out(pool=svc.pool, session_id=cookie, clock=svc.clock)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=secure_cookies(request, svc), httponly=True, samesite="lax")
    return response

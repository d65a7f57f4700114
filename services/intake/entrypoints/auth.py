"""Who is asking, and may they: API tokens, browser sessions, CSRF, and roles on every route.

Invariants:
- every route except login, health, readiness, metrics and static files depends on
  ``Auth.require(permission)``: anonymous calls get 401 (API) or the login page (browser), a
  member without the permission gets 403;
- a state-changing request authenticated by the session cookie must carry the session's CSRF
  token (form field ``csrf_token`` or header ``X-CSRF-Token``); bearer-token calls need none,
  since a browser never adds them by itself.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime
from urllib.parse import quote, urlsplit

import asyncpg
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from services.intake.domain.staff import Permission, StaffMember
from services.intake.entrypoints.templating import TEMPLATES
from services.intake.service_layer import staff as staff_service

SESSION_COOKIE = "dp_session"
LOGIN_CSRF_COOKIE = "dp_login_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


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


class Auth:
    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        clock: Callable[[], datetime],
        secure_cookies: bool,
        token_cache_seconds: float = 5.0,
    ) -> None:
        self._pool = pool
        self._clock = clock
        self._secure = secure_cookies
        self._tokens = staff_service.TokenCache(token_cache_seconds)

    def forget_tokens(self) -> None:
        """Ask the database again for every API token: after this process changed a member."""
        self._tokens.clear()

    async def identify(self, request: Request) -> StaffMember | None:
        """The member behind the bearer token or the session cookie (cached on the request)."""
        if "staff" in request.state._state:
            return request.state.staff
        member: StaffMember | None = None
        request.state.csrf_token = None
        request.state.by_session = False
        authorization = request.headers.get("authorization", "")
        if authorization.lower().startswith("bearer "):
            member = await staff_service.token_member(
                pool=self._pool, token=authorization[7:].strip(), clock=self._clock, cache=self._tokens
            )
        elif cookie := request.cookies.get(SESSION_COOKIE):
            session = await staff_service.session_member(pool=self._pool, session_id=cookie, clock=self._clock)
            if session is not None:
                member = session.member
                request.state.csrf_token = session.csrf_token
                request.state.by_session = True
        request.state.staff = member
        return member

    def require(self, permission: Permission) -> Callable[[Request], Awaitable[StaffMember]]:
        """A FastAPI dependency: the member, once authenticated, authorised and (for forms) CSRF-checked."""

        async def dependency(request: Request) -> StaffMember:
            member = await self.identify(request)
            if member is None:
                raise NotAuthenticated
            if request.method not in SAFE_METHODS and request.state.by_session:
                await self._check_csrf(request, member, permission)
            if not member.can(permission):
                raise Forbidden(member, permission)
            return member

        return dependency

    async def _check_csrf(self, request: Request, member: StaffMember, permission: Permission) -> None:
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            sent = str((await request.form()).get("csrf_token") or "")
        if not sent or not hmac.compare_digest(sent, request.state.csrf_token or ""):
            raise Forbidden(member, permission, "the form's security token is missing or stale; reload the page")

    def install(self, app: FastAPI) -> None:
        """Error handlers, and the login and logout routes."""

        @app.exception_handler(NotAuthenticated)
        async def not_authenticated(request: Request, exc: NotAuthenticated) -> Response:
            if wants_html(request) and request.method in SAFE_METHODS:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
            return JSONResponse(
                {"error": "authentication required: log in, or send Authorization: Bearer <token>"},
                401,
                headers={"WWW-Authenticate": 'Bearer realm="dueprocess"'},
            )

        @app.exception_handler(Forbidden)
        async def forbidden(request: Request, exc: Forbidden) -> Response:
            if wants_html(request):
                return TEMPLATES.TemplateResponse(
                    request,
                    "forbidden.html",
                    {"why": str(exc), "staff": exc.member, "csrf_token": request.state.csrf_token},
                    status_code=403,
                )
            return JSONResponse({"error": str(exc), "role": exc.member.role.value}, 403)

        def login_page(
            request: Request, *, error: str | None, next_path: str, email: str = "", status: int = 200
        ) -> Response:
            token = secrets.token_urlsafe(24)
            response = TEMPLATES.TemplateResponse(
                request,
                "login.html",
                {"error": error, "next": next_path, "email": email, "login_csrf": token, "staff": None},
                status_code=status,
            )
            response.set_cookie(
                LOGIN_CSRF_COOKIE,
                token,
                httponly=True,
                samesite="strict",
                secure=self._secure,
                max_age=3600,
                path="/login",
            )
            return response

        @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
        async def login_form(request: Request, next: str = "/") -> Response:
            if await self.identify(request) is not None:
                return RedirectResponse(safe_next(next), status_code=303)
            return login_page(request, error=None, next_path=safe_next(next))

        @app.post("/login", response_class=HTMLResponse, include_in_schema=False)
        async def login(
            request: Request,
            email: str = Form(max_length=320),
            password: str = Form(max_length=1024),
            login_csrf: str = Form(default="", max_length=100),
            next: str = Form(default="/"),
        ) -> Response:
            expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
            if not expected or not hmac.compare_digest(login_csrf, expected):
                return login_page(
                    request,
                    error="The login form expired; please try again.",
                    next_path=safe_next(next),
                    email=email,
                    status=400,
                )
            session = await staff_service.log_in(pool=self._pool, email=email, password=password, clock=self._clock)
            if session is None:
                return login_page(
                    request,
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
                secure=self._secure,
                max_age=int(staff_service.SESSION_ABSOLUTE.total_seconds()),
                path="/",
            )
            response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
            return response

        @app.post("/logout", include_in_schema=False)
        async def logout(request: Request) -> Response:
            member = await self.identify(request)
            if member is not None and request.state.by_session:
                form = await request.form()
                if hmac.compare_digest(str(form.get("csrf_token") or ""), request.state.csrf_token or ""):
                    await staff_service.log_out(
                        pool=self._pool,
                        session_id=request.cookies[SESSION_COOKIE],
                        actor=member.actor,
                        clock=self._clock,
                    )
            response = RedirectResponse("/login", status_code=303)
            response.delete_cookie(SESSION_COOKIE, path="/")
            return response

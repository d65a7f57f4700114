"""The staff administration page, logging out and API tokens, on the real app and a real
PostgreSQL (issue 15, findings 9 and 10): every form error is a 422 page with its message; a
logout ends the session on the server with or without the form's token; tokens expire, are
listed with their last use, and are revoked by an administrator or by their own member only."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from deploy.operations import migrate_all
from services.intake.domain.staff import API_TOKEN_DAYS, API_TOKEN_MAX_DAYS, Role, StaffMember
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import staff as staff_service
from services.intake.service_layer.staff import TokenCache
from shared.db import migrate, schema_migrations

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery staple"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """The app's clock, moved by the test."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(pool: asyncpg.Pool, clock: Clock) -> FastAPI:
    return create_app(IntakeServices(pool=pool, clock=clock, tokens=TokenCache(0)), max_request_bytes=64 * 1024)


async def member(pool: asyncpg.Pool, role: Role, email: str, clock: Clock) -> StaffMember:
    return await staff_service.create_staff(
        pool=pool, email=email, display_name=role.label, role=role, password=PASSWORD, created_by="test", clock=clock
    )


async def browser(app: FastAPI, email: str) -> httpx.AsyncClient:
    """A logged-in browser (close it with aclose)."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake")
    page = await client.get("/login")
    login_csrf = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    response = await client.post(
        "/login", data={"email": email, "password": PASSWORD, "login_csrf": login_csrf, "next": "/"}
    )
    assert response.status_code == 303, response.text[:300]
    return client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture
async def admin(app: FastAPI, pool: asyncpg.Pool, clock: Clock) -> AsyncIterator[httpx.AsyncClient]:
    await member(pool, Role.ADMIN, "admin@example.org", clock)
    client = await browser(app, "admin@example.org")
    yield client
    await client.aclose()


# --- finding 9: the /staff form's errors ----------------------------------------------------

SELF = "{self}"
OTHER = "{other}"


@pytest.mark.parametrize(
    ("path", "form", "message"),
    [
        ("/staff", {"email": "new@example.org", "name": "New", "role": "", "password": ""}, "choose a role"),
        ("/staff", {"email": "new@example.org", "name": "New", "role": "OVERLORD", "password": ""}, "choose a role"),
        ("/staff", {"email": "new@example.org", "role": "COUNSEL", "password": "short"}, "at least 12 characters"),
        ("/staff", {"email": "other@example.org", "role": "COUNSEL", "password": ""}, "exists already"),
        ("/staff", {"email": "not-an-address", "role": "COUNSEL", "password": ""}, "is not an e-mail address"),
        ("/staff", {"email": "", "role": "COUNSEL", "password": ""}, "is not an e-mail address"),
        (f"/staff/{SELF}", {"role": "COUNSEL"}, "cannot demote or deactivate yourself"),
        (f"/staff/{SELF}", {"active": "off"}, "cannot demote or deactivate yourself"),
        (f"/staff/{OTHER}", {"role": "EMPEROR"}, "choose a role"),
        (f"/staff/{OTHER}", {"password": "tiny"}, "at least 12 characters"),
        (f"/staff/{uuid.UUID(int=7)}", {"role": "COUNSEL"}, "no staff member"),
        (f"/staff/{OTHER}/tokens", {"name": "laptop", "days": "0"}, f"1 to {API_TOKEN_MAX_DAYS} days"),
        (f"/staff/{OTHER}/tokens", {"name": "laptop", "days": "forever"}, f"1 to {API_TOKEN_MAX_DAYS} days"),
        (f"/staff/{OTHER}/tokens", {"days": str(API_TOKEN_MAX_DAYS + 1)}, f"1 to {API_TOKEN_MAX_DAYS} days"),
        (f"/staff/{uuid.UUID(int=7)}/tokens", {"name": "laptop"}, "no staff member"),
        (f"/staff/tokens/{uuid.UUID(int=9)}/revoke", {}, "no API token"),
    ],
)
async def test_every_staff_form_error_is_a_422_page_with_its_message(
    admin: httpx.AsyncClient, pool: asyncpg.Pool, clock: Clock, path: str, form: dict[str, str], message: str
) -> None:
    """Before: each of these was a 500 (the page renderer's KeyError); nothing was changed."""
    other = await member(pool, Role.INTAKE_CLERK, "other@example.org", clock)
    me = await staff_service.staff_by_email(pool=pool, email="admin@example.org")
    page = await admin.get("/staff")
    staff_before = await pool.fetch("SELECT staff_id, role, active, password_hash FROM intake.staff ORDER BY email")
    target = path.replace(SELF, str(me.staff_id)).replace(OTHER, str(other.staff_id))
    response = await admin.post(target, data={**form, "csrf_token": csrf_of(page.text)})
    assert response.status_code == 422, (response.status_code, response.text[:300])
    assert "text/html" in response.headers["content-type"]
    assert re.search(r'<p class="error" role="alert">[^<]*' + re.escape(message), response.text), response.text
    assert "Staff accounts" in response.text  # the page itself, drawn again with the message
    assert await pool.fetch("SELECT staff_id, role, active, password_hash FROM intake.staff ORDER BY email") == (
        staff_before
    )
    assert await pool.fetchval("SELECT count(*) FROM intake.api_tokens") == 0


# --- finding 10: logging out ----------------------------------------------------------------


@pytest.mark.parametrize("with_csrf", [False, True], ids=["without-the-csrf-token", "with-the-csrf-token"])
async def test_a_logout_ends_the_session_on_the_server(
    app: FastAPI, pool: asyncpg.Pool, clock: Clock, with_csrf: bool
) -> None:
    """Before: a logout without the form's token cleared the browser's cookie but left the
    session valid, so a copy of the cookie kept working. Now the copy is refused."""
    await member(pool, Role.COUNSEL, "counsel@example.org", clock)
    client = await browser(app, "counsel@example.org")
    try:
        stolen = client.cookies["dp_session"]
        page = await client.get("/")
        assert page.status_code == 200
        data = {"csrf_token": csrf_of(page.text)} if with_csrf else {}
        response = await client.post("/logout", data=data)
        assert response.status_code == 303 and response.headers["location"] == "/login"
    finally:
        await client.aclose()
    assert await pool.fetchval("SELECT count(*) FROM intake.staff_sessions") == 0
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as thief:
        replay = await thief.get("/api/v1/cases", headers={"Cookie": f"dp_session={stolen}"})
        assert replay.status_code == 401
        page = await thief.get("/", headers={"Cookie": f"dp_session={stolen}", "accept": "text/html"})
        assert page.status_code == 303 and page.headers["location"].startswith("/login")
    logouts = await pool.fetch("SELECT actor FROM intake.audit_log WHERE action = 'LOGOUT'")
    assert [row["actor"] for row in logouts] == ["Counsel <counsel@example.org>"]


# --- finding 10: API tokens expire, are listed, and are revoked by whom may -----------------


async def test_an_api_token_expires_after_its_lifetime(app: FastAPI, pool: asyncpg.Pool, clock: Clock) -> None:
    """Before: a token minted from a session never expired. Now the default is API_TOKEN_DAYS,
    a token may ask for fewer or more days up to API_TOKEN_MAX_DAYS, and an expired one is a 401."""
    ops = await member(pool, Role.LEGAL_OPS, "ops@example.org", clock)
    default = await staff_service.issue_api_token(
        pool=pool, staff_id=ops.staff_id, name="default", issued_by="test", clock=clock
    )
    week = await staff_service.issue_api_token(
        pool=pool, staff_id=ops.staff_id, name="a week", issued_by="test", clock=clock, days=7
    )
    with pytest.raises(ValueError, match="1 to"):
        await staff_service.issue_api_token(
            pool=pool,
            staff_id=ops.staff_id,
            name="too long",
            issued_by="test",
            clock=clock,
            days=API_TOKEN_MAX_DAYS + 1,
        )

    async def status(token: str) -> int:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            return (await client.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})).status_code

    assert (await status(default), await status(week)) == (200, 200)
    clock.at = START + timedelta(days=7)
    assert (await status(default), await status(week)) == (200, 401)
    clock.at = START + timedelta(days=API_TOKEN_DAYS) - timedelta(seconds=1)
    assert await status(default) == 200
    clock.at = START + timedelta(days=API_TOKEN_DAYS)
    assert await status(default) == 401
    listed = {token.name: token for token in await staff_service.api_tokens(pool=pool, staff_id=ops.staff_id)}
    assert listed["default"].expires_at == START + timedelta(days=API_TOKEN_DAYS)
    assert listed["a week"].expires_at == START + timedelta(days=7)
    assert listed["default"].last_used_at == START + timedelta(days=API_TOKEN_DAYS) - timedelta(seconds=1)
    assert listed["a week"].last_used_at == START
    assert {token.state(clock.at) for token in listed.values()} == {"expired"}


async def test_a_member_lists_and_revokes_only_their_own_tokens_and_an_admin_any(
    app: FastAPI, admin: httpx.AsyncClient, pool: asyncpg.Pool, clock: Clock
) -> None:
    clerk_member = await member(pool, Role.INTAKE_CLERK, "clerk@example.org", clock)
    admin_member = await staff_service.staff_by_email(pool=pool, email="admin@example.org")
    admins_token = await staff_service.issue_api_token(
        pool=pool, staff_id=admin_member.staff_id, name="admin's own", issued_by="test", clock=clock
    )
    admins_token_id = (await staff_service.api_tokens(pool=pool, staff_id=admin_member.staff_id))[0].token_id
    clerk = await browser(app, "clerk@example.org")
    try:
        # The clerk issues a token to themselves from the page, for 30 days.
        page = await clerk.get("/staff")
        assert page.status_code == 200 and "Your account and API tokens" in page.text
        assert "admin@example.org" not in page.text and str(admins_token_id) not in page.text
        issued = await clerk.post(
            f"/staff/{clerk_member.staff_id}/tokens",
            data={"name": "laptop", "days": "30", "csrf_token": csrf_of(page.text)},
        )
        assert issued.status_code == 200
        token = re.search(r'<code id="token">([^<]+)</code>', issued.text).group(1)
        (own,) = await staff_service.api_tokens(pool=pool, staff_id=clerk_member.staff_id)
        assert own.expires_at == START + timedelta(days=30) and own.last_used_at is None
        # Listed with creation, expiry and last use (none yet, then the request below).
        row = re.search(
            rf'<tr class="api-token" data-token-id="{own.token_id}">(.*?)</tr>', (await clerk.get("/staff")).text, re.S
        )
        assert row and "2026-03-02 09:00 UTC" in row.group(1) and "2026-04-01 09:00 UTC" in row.group(1)
        assert "never" in row.group(1)
        clock.at = START + timedelta(hours=1)  # within the session's idle limit
        used = await clerk.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
        assert used.status_code == 200
        page = await clerk.get("/staff")
        row = re.search(rf'<tr class="api-token" data-token-id="{own.token_id}">(.*?)</tr>', page.text, re.S)
        assert "2026-03-02 10:00 UTC" in row.group(1) and "never" not in row.group(1)
        # The clerk may not issue to, nor revoke a token of, anyone else.
        refused = await clerk.post(f"/staff/tokens/{admins_token_id}/revoke", data={"csrf_token": csrf_of(page.text)})
        assert refused.status_code == 403
        other = await clerk.post(
            f"/staff/{admin_member.staff_id}/tokens", data={"name": "x", "csrf_token": csrf_of(page.text)}
        )
        assert other.status_code == 403
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as api:
            admin_call = await api.get("/api/v1/cases", headers={"Authorization": f"Bearer {admins_token}"})
            assert admin_call.status_code == 200
        # Their own they may revoke: it stops working at once.
        revoked = await clerk.post(f"/staff/tokens/{own.token_id}/revoke", data={"csrf_token": csrf_of(page.text)})
        assert revoked.status_code == 200 and "revoked" in revoked.text
        assert (await clerk.get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})).status_code == 401
    finally:
        await clerk.aclose()
    # The administrator sees every token and revokes the clerk's second one.
    second = await staff_service.issue_api_token(
        pool=pool, staff_id=clerk_member.staff_id, name="second", issued_by="test", clock=clock
    )
    second_id = next(
        t.token_id
        for t in await staff_service.api_tokens(pool=pool, staff_id=clerk_member.staff_id)
        if t.name == "second"
    )
    page = await admin.get("/staff")
    assert str(second_id) in page.text and str(admins_token_id) in page.text and str(own.token_id) in page.text
    done = await admin.post(f"/staff/tokens/{second_id}/revoke", data={"csrf_token": csrf_of(page.text)})
    assert done.status_code == 200
    assert await staff_service.token_member(pool=pool, token=second, clock=clock) is None
    revocations = await pool.fetch(
        "SELECT actor, detail FROM intake.audit_log WHERE action = 'API_TOKEN_REVOKED' ORDER BY seq"
    )
    assert [(row["actor"], row["detail"]["token_id"]) for row in revocations] == [
        ("Intake clerk <clerk@example.org>", str(own.token_id)),
        ("Administrator <admin@example.org>", str(second_id)),
    ]


async def test_tokens_issued_before_the_migration_get_the_default_expiry(postgres_admin_dsn: str) -> None:
    """The migration gives every existing token API_TOKEN_DAYS from the moment it runs."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(postgres_admin_dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    dsn = f"{postgres_admin_dsn.rpartition('/')[0]}/{name}"
    try:
        conn = await asyncpg.connect(dsn)
        try:
            every = schema_migrations(schema="intake", package="services.intake.adapters.migrations")
            before = [m for m in every if m.version.startswith("shared-") or m.version < "0011"]
            await migrate(conn, schema="intake", migrations=before)
            staff_id = uuid.uuid4()
            await conn.execute(
                "INSERT INTO intake.staff (staff_id, email, display_name, role) VALUES ($1, 'old@example.org', 'Old',"
                " 'LEGAL_OPS')",
                staff_id,
            )
            await conn.execute(
                "INSERT INTO intake.api_tokens (token_id, staff_id, name, token_hash, created_at)"
                " VALUES ($1, $2, 'old', 'x', now() - interval '2 years')",
                uuid.uuid4(),
                staff_id,
            )
        finally:
            await conn.close()
        ran_at = datetime.now(UTC)
        await migrate_all(dsn)
        conn = await asyncpg.connect(dsn)
        try:
            expires_at = await conn.fetchval("SELECT expires_at FROM intake.api_tokens")
        finally:
            await conn.close()
        expected = ran_at + timedelta(days=API_TOKEN_DAYS)
        assert abs(expires_at - expected) < timedelta(minutes=1)
    finally:
        admin = await asyncpg.connect(postgres_admin_dsn)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()

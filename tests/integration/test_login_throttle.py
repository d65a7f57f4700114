"""The staff login against a penetration probe, on the real app and a real PostgreSQL: guesses
raced in parallel, an attacker locking the real user out, forged proxy headers, and the session
cookie's flags (issue 15, findings 3 and 6)."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from services.intake.domain.staff import Role
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import staff as staff_service
from shared.settings import Settings

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery staple"
EMAIL = "target@example.org"
PROXY = "10.0.0.2"


def now() -> datetime:
    return datetime.now(UTC)


async def target(pool: asyncpg.Pool, role: Role = Role.ADMIN) -> None:
    await staff_service.create_staff(
        pool=pool, email=EMAIL, display_name="Target", role=role, password=PASSWORD, created_by="test", clock=now
    )


def client_at(app: FastAPI, address: str, *, base_url: str = "http://intake") -> httpx.AsyncClient:
    """A browser connecting from ``address`` (the TCP peer the app sees)."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 50_000)), base_url=base_url)


async def login_form(client: httpx.AsyncClient, headers: dict[str, str] | None = None) -> str:
    page = await client.get("/login", headers=headers)
    found = re.search(r'name="login_csrf" value="([^"]+)"', page.text)
    assert found, page.text[:300]
    return found.group(1)


async def post_login(
    client: httpx.AsyncClient, login_csrf: str, password: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    return await client.post(
        "/login",
        data={"email": EMAIL, "password": password, "login_csrf": login_csrf, "next": "/"},
        headers=headers,
    )


async def attempt(app: FastAPI, address: str, password: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """One login attempt from ``address``, as a fresh browser (its own login form and cookie)."""
    async with client_at(app, address) as client:
        return await post_login(client, await login_form(client, headers), password, headers)


async def audited(pool: asyncpg.Pool, action: str) -> int:
    return int(await pool.fetchval("SELECT count(*) FROM intake.audit_log WHERE action = $1", action))


# --- finding 3: the lockout race, and an attacker locking the real user out -----------------


async def test_forty_concurrent_guesses_check_only_the_allowed_number_of_passwords(pool: asyncpg.Pool) -> None:
    """39 wrong passwords and the right one, all posted at once from one address: each attempt
    takes its slot before its password is checked, so only the allowed number of passwords is
    ever checked and every other attempt is refused unchecked. Which attempts win the slots is
    the scheduler's choice: the right password gets a session only if it is among them, as it
    would within the allowed number of sequential tries. (Before: every attempt read 'not
    locked' before any failure was written, all 40 were checked and the right one got a
    session wherever it came.)"""
    await target(pool)
    app = create_app(IntakeServices(pool=pool), max_request_bytes=64 * 1024)
    clients = [client_at(app, "203.0.113.7") for _ in range(40)]
    try:
        forms = await asyncio.gather(*(login_form(client) for client in clients))
        passwords = [f"wrong guess number {index}" for index in range(39)] + [PASSWORD]
        responses = await asyncio.gather(
            *(
                post_login(client, form, password)
                for client, form, password in zip(clients, forms, passwords, strict=True)
            )
        )
    finally:
        for client in clients:
            await client.aclose()
    logins = await audited(pool, "LOGIN")
    # Exactly the allowed number of passwords was checked; every other attempt was refused unchecked.
    assert await audited(pool, "LOGIN_FAILED") + logins == staff_service.LOCKOUT_FAILURES
    assert await audited(pool, "LOGIN_LOCKED") == 40 - staff_service.LOCKOUT_FAILURES
    statuses = [response.status_code for response in responses]
    assert statuses[:39] == [401] * 39, "no wrong password ever gets in"
    assert statuses.count(401) == 40 - logins and logins <= 1
    sessions = await pool.fetchval("SELECT count(*) FROM intake.staff_sessions")
    assert sessions == logins
    if logins == 0:  # every slot went to a wrong password: the address is locked, even for the right one
        async with client_at(app, "203.0.113.7") as late:
            assert (await post_login(late, await login_form(late), PASSWORD)).status_code == 401
        assert await pool.fetchval("SELECT count(*) FROM intake.staff_sessions") == 0


async def test_an_attackers_guesses_from_one_address_do_not_lock_the_real_user_out(pool: asyncpg.Pool) -> None:
    """Before: six wrong passwords from anywhere locked the account (the administrator's
    included) for 15 minutes. Now the attacker's address is locked; the real user at another
    address logs in, also while the attacker keeps guessing."""
    await target(pool)
    app = create_app(IntakeServices(pool=pool), max_request_bytes=64 * 1024)
    guesses = await asyncio.gather(*(attempt(app, "203.0.113.66", f"guess {n}") for n in range(39)))
    assert {response.status_code for response in guesses} == {401}
    # The attacker is locked out, even with the right password now...
    assert (await attempt(app, "203.0.113.66", PASSWORD)).status_code == 401
    # ...but the real user, from their own address, is not.
    async with client_at(app, "198.51.100.20") as user:
        response = await post_login(user, await login_form(user), PASSWORD)
        assert response.status_code == 303, response.text[:300]
        assert (await user.get("/staff")).status_code == 200
    assert await audited(pool, "LOGIN") == 1


async def test_guesses_spread_over_many_addresses_meet_the_accounts_ceiling(pool: asyncpg.Pool) -> None:
    """Distributed guessing: a few tries from each of many addresses. After
    ACCOUNT_LOCKOUT_FAILURES wrong passwords within the window, no address gets in (not even
    with the right password) until the window has passed."""
    await target(pool)
    start = now()
    current = {"at": start}

    def clock() -> datetime:
        return current["at"]

    async def attempt(password: str, address: str) -> bool:
        session = await staff_service.log_in(pool=pool, email=EMAIL, password=password, clock=clock, client=address)
        return session is not None

    # Below the ceiling, the real user still gets in (and their success is not counted against it).
    for index in range(staff_service.ACCOUNT_LOCKOUT_FAILURES - 1):
        assert not await attempt(f"guess {index}", f"192.0.2.{index + 1}")
    assert await attempt(PASSWORD, "198.51.100.20")
    # One more wrong password from yet another address reaches it: everyone is refused now.
    assert not await attempt("one guess too many", "192.0.2.200")
    assert not await attempt(PASSWORD, "198.51.100.20")
    assert not await attempt(PASSWORD, "198.51.100.21")
    locked = await pool.fetch("SELECT detail FROM intake.audit_log WHERE action = 'LOGIN_LOCKED' ORDER BY seq")
    assert [row["detail"]["limit"] for row in locked] == ["account", "account"]
    assert await audited(pool, "LOGIN_FAILED") == staff_service.ACCOUNT_LOCKOUT_FAILURES
    current["at"] = start + staff_service.LOCKOUT_WINDOW + timedelta(seconds=1)
    assert await attempt(PASSWORD, "198.51.100.20")


async def test_a_forged_x_forwarded_for_does_not_give_an_attacker_fresh_addresses(pool: asyncpg.Pool) -> None:
    """X-Forwarded-For names the client only when a configured proxy sends it: from anywhere
    else a new value per guess is ignored (the attacker stays one client), while behind the
    proxy each real client is counted on its own."""
    await target(pool)
    app = create_app(IntakeServices(pool=pool, trusted_proxies=(PROXY,)), max_request_bytes=64 * 1024)
    async with client_at(app, "203.0.113.66") as attacker, client_at(app, PROXY) as proxy:
        for index in range(staff_service.LOCKOUT_FAILURES + 2):
            forged = {"X-Forwarded-For": f"192.0.2.{index + 1}"}
            await post_login(attacker, await login_form(attacker, forged), f"guess {index}", forged)
        forged = {"X-Forwarded-For": "192.0.2.250"}
        refused = await post_login(attacker, await login_form(attacker, forged), PASSWORD, forged)
        assert refused.status_code == 401
        assert await audited(pool, "LOGIN_FAILED") == staff_service.LOCKOUT_FAILURES
        # Through the proxy: the attacker's forwarded address is locked, the user's is not.
        for index in range(staff_service.LOCKOUT_FAILURES):
            behind = {"X-Forwarded-For": "203.0.113.99"}
            await post_login(proxy, await login_form(proxy, behind), f"guess {index}", behind)
        behind = {"X-Forwarded-For": "203.0.113.99"}
        assert (await post_login(proxy, await login_form(proxy, behind), PASSWORD, behind)).status_code == 401
        user = {"X-Forwarded-For": "198.51.100.20"}
        assert (await post_login(proxy, await login_form(proxy, user), PASSWORD, user)).status_code == 303


# --- finding 6: the session cookie's flags, and whose X-Forwarded-Proto is believed ---------


def cookies_of(response: httpx.Response) -> dict[str, dict[str, str | bool]]:
    """Each Set-Cookie of ``response``: its name and its attributes (flags as True)."""
    found: dict[str, dict[str, str | bool]] = {}
    for header in response.headers.get_list("set-cookie"):
        jar: SimpleCookie = SimpleCookie()
        jar.load(header)
        for name, morsel in jar.items():
            found[name] = {key: morsel[key] for key in ("secure", "httponly", "samesite", "path") if morsel[key]}
    return found


async def logged_in_cookies(
    app: FastAPI, peer: str, headers: dict[str, str], *, base_url: str = "http://intake"
) -> tuple[dict, dict]:
    """The cookies of the login form and of a successful login, as a browser at ``peer`` receives
    them (the form's cookie is sent back by hand: a client's jar keeps a Secure one off http)."""
    async with client_at(app, peer, base_url=base_url) as client:
        form = await client.get("/login", headers=headers)
    csrf = re.search(r'name="login_csrf" value="([^"]+)"', form.text).group(1)
    async with client_at(app, peer, base_url=base_url) as client:
        login = await post_login(client, csrf, PASSWORD, {**headers, "Cookie": f"dp_login_csrf={csrf}"})
    assert login.status_code == 303, login.text[:300]
    return cookies_of(form), cookies_of(login)


@pytest.mark.parametrize(
    ("peer", "secure"),
    [(PROXY, True), ("192.0.2.50", False)],
    ids=["from-the-configured-proxy", "from-an-unconfigured-address"],
)
async def test_x_forwarded_proto_makes_the_cookie_secure_only_from_a_configured_proxy(
    pool: asyncpg.Pool, peer: str, secure: bool
) -> None:
    """With the Secure setting off (as under `dueprocess up`), a cookie is Secure only on a
    request that came over HTTPS: 'X-Forwarded-Proto: https' says so only from a configured
    proxy; from anyone else it is ignored. HttpOnly and SameSite hold either way."""
    await target(pool)
    app = create_app(
        IntakeServices(pool=pool, secure_cookies=False, trusted_proxies=(PROXY, "10.1.0.0/16")),
        max_request_bytes=64 * 1024,
    )
    form, login = await logged_in_cookies(app, peer, {"X-Forwarded-Proto": "https"})
    session = login["dp_session"]
    assert session.get("secure", False) is secure
    assert session["httponly"] is True and session["samesite"] == "lax" and session["path"] == "/"
    login_csrf = form["dp_login_csrf"]
    assert login_csrf.get("secure", False) is secure
    assert login_csrf["httponly"] is True and login_csrf["samesite"] == "strict"


async def test_the_cookie_is_secure_by_default_even_on_plain_http(pool: asyncpg.Pool) -> None:
    """The setting is on unless turned off (`dueprocess up` turns it off for its local http);
    on, every cookie is Secure whatever the request says, and a logout's expiry is Secure too."""
    assert Settings(_env_file=None).session_cookie_secure is True
    assert Settings(_env_file=None).trusted_proxies == []
    await target(pool)
    app = create_app(IntakeServices(pool=pool, secure_cookies=True), max_request_bytes=64 * 1024)
    form, login = await logged_in_cookies(app, "192.0.2.50", {"X-Forwarded-Proto": "http"})
    assert form["dp_login_csrf"]["secure"] is True and login["dp_session"]["secure"] is True
    assert login["dp_session"]["httponly"] is True and login["dp_session"]["samesite"] == "lax"
    async with client_at(app, "192.0.2.50") as client:
        logout = await client.post("/logout")
    assert cookies_of(logout)["dp_session"]["secure"] is True


def test_a_wildcard_proxy_is_refused() -> None:
    """'*' would believe anyone's X-Forwarded-*: the very forgery the setting is there to stop."""
    with pytest.raises(ValueError, match=r"not '\*'"):
        IntakeServices(pool=None, trusted_proxies=("*",))  # type: ignore[arg-type]

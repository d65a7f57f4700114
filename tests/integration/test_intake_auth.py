"""Who may use intake, on a real PostgreSQL: every route needs a member with its permission,
tokens and passwords are stored only hashed, sessions need CSRF, and views are audited."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from services.intake.domain.staff import Role
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import services
from services.intake.service_layer import staff as staff_service
from services.intake.service_layer.staff import TokenCache
from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.rulebook import load_rule_book
from shared.contracts import LegalProcessCase, LegalProcessReviewed, StaffActionRequested, envelope
from tests.conftest import SEED_CASE, every_route, staff_api_headers

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery staple"
# Open to anyone: logging in and out, probes, the API's description, static files (no /metrics:
# the counts are on the metrics listener only, tests/integration/test_metrics_listener.py).
PUBLIC = ("/login", "/logout", "/healthz", "/readyz", "/openapi.json")
PUBLIC_PREFIXES = ("/docs", "/redoc", "/static")


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def app(pool: asyncpg.Pool) -> FastAPI:
    return create_app(IntakeServices(pool=pool), max_request_bytes=256 * 1024)


@pytest.fixture
async def anonymous(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        yield client


def concrete(path: str) -> str:
    """A request path for a route template: ids become UUIDs, anything else a word."""
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: str(uuid.uuid4()) if m.group(1).endswith("_id") else "x", path)


async def reviewed_case(pool: asyncpg.Pool) -> uuid.UUID:
    """The seed case, submitted and reviewed (as the review service's event records it)."""
    case = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    submitted = await services.submit_case(pool=pool, case=case, channel="api", trace_id="a" * 32)
    review = assess(
        case, accounts=AccountDirectory.from_entries([]), rule_book=load_rule_book(), now=now(), received_at=now()
    )
    reviewed = LegalProcessReviewed(
        received_at=now(),
        reviewed_at=now(),
        review=review,
        return_by=case.return_by,
        acknowledge_by=now() + timedelta(hours=2),
    )
    await services.record_review(
        pool=pool,
        consumer="test",
        event=envelope(reviewed, case_id=submitted.case_id, trace_id="a" * 32, producer="review"),
    )
    return submitted.case_id


async def log_in(client: httpx.AsyncClient, email: str, password: str, next_path: str = "/") -> httpx.Response:
    page = await client.get("/login")
    login_csrf = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    return await client.post(
        "/login", data={"email": email, "password": password, "login_csrf": login_csrf, "next": next_path}
    )


async def member_with_password(pool: asyncpg.Pool, role: Role, email: str) -> None:
    await staff_service.create_staff(
        pool=pool, email=email, display_name=role.label, role=role, password=PASSWORD, created_by="test", clock=now
    )


async def test_every_route_but_login_probes_and_docs_refuses_anonymous_callers(
    app: FastAPI, anonymous: httpx.AsyncClient
) -> None:
    routes = every_route(app.routes)
    protected = [
        (method, path)
        for method, path in routes
        if method != "MOUNT" and path not in PUBLIC and not path.startswith(PUBLIC_PREFIXES)
    ]
    # Not vacuous: the routes that matter are among those checked.
    for expected in [
        ("GET", "/"),
        ("GET", "/cases/{case_id}"),
        ("POST", "/api/v1/cases"),
        ("GET", "/api/v1/cases/{case_id}"),
        ("POST", "/api/v1/cases/{case_id}/actions"),
        ("GET", "/staff"),
        ("POST", "/cases/new"),
        ("POST", "/cases/{case_id}/dismiss"),
        ("POST", "/api/v1/cases/{case_id}/dismiss"),
    ]:
        assert expected in protected, expected
    assert all(
        method == "MOUNT" or path in PUBLIC or path.startswith(PUBLIC_PREFIXES) or (method, path) in protected
        for method, path in routes
    )
    for method, path in protected:
        target = concrete(path)
        response = await anonymous.request(method, target, headers={"accept": "text/html"})
        if method == "GET" and not path.startswith("/api/"):
            assert response.status_code == 303, (method, path, response.status_code)
            assert response.headers["location"].startswith("/login?next="), (method, path)
        else:
            assert response.status_code == 401, (method, path, response.status_code, response.text[:200])
            assert "authentication required" in response.json()["error"]
        # An API client (no text/html) is never redirected.
        if path.startswith("/api/"):
            assert (await anonymous.request(method, target, headers={"accept": "application/json"})).status_code == 401
    # A made-up token is no better than none.
    bogus = await anonymous.get("/api/v1/cases", headers={"Authorization": "Bearer dp_" + "x" * 43})
    assert bogus.status_code == 401
    for path in ("/healthz", "/login", "/openapi.json"):
        assert (await anonymous.get(path)).status_code == 200, path


async def test_a_clerk_may_not_decide_and_stages_nothing_counsel_may(
    anonymous: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    case_id = await reviewed_case(pool)
    clerk = await staff_api_headers(pool, "INTAKE_CLERK")
    counsel = await staff_api_headers(pool, "COUNSEL", name="Counsel A")
    outbox = await pool.fetchval("SELECT count(*) FROM intake.outbox")
    decide = {"action": "DECIDE", "reason": "accepting the recommendation"}

    refused = await anonymous.post(f"/api/v1/cases/{case_id}/actions", json=decide, headers=clerk)
    assert refused.status_code == 403 and refused.json()["role"] == "INTAKE_CLERK"
    assert await pool.fetchval("SELECT count(*) FROM intake.outbox") == outbox
    assert await pool.fetchval("SELECT count(*) FROM intake.action_requests") == 0
    # The clerk may still see the case: the refusal is about the action, not the case.
    assert (await anonymous.get(f"/api/v1/cases/{case_id}", headers=clerk)).status_code == 200

    accepted = await anonymous.post(f"/api/v1/cases/{case_id}/actions", json=decide, headers=counsel)
    assert accepted.status_code == 202, accepted.text
    assert await pool.fetchval("SELECT count(*) FROM intake.outbox WHERE topic = $1", StaffActionRequested.TOPIC) == 1
    requested_by = await pool.fetchval("SELECT requested_by FROM intake.action_requests")
    assert requested_by.startswith("Counsel A <counsel-")


async def test_a_revoked_token_is_refused(pool: asyncpg.Pool) -> None:
    """Without the token cache, at once."""
    app = create_app(IntakeServices(pool=pool, tokens=TokenCache(0)), max_request_bytes=256 * 1024)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        headers = await staff_api_headers(pool, "LEGAL_OPS")
        assert (await client.get("/api/v1/cases", headers=headers)).status_code == 200
        token_id = await pool.fetchval("SELECT token_id FROM intake.api_tokens")
        assert await staff_service.revoke_api_token(pool=pool, token_id=token_id, revoked_by="test", clock=now)
        response = await client.get("/api/v1/cases", headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"].startswith("Bearer")


async def test_a_token_revoked_elsewhere_stops_working_within_the_cache_bound(pool: asyncpg.Pool) -> None:
    """The member behind a token is remembered for ``token_cache_seconds``: a revocation made by
    another process (here: straight in the service layer) is honoured after at most that long."""
    app = create_app(IntakeServices(pool=pool, tokens=TokenCache(1.0)), max_request_bytes=256 * 1024)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        headers = await staff_api_headers(pool, "LEGAL_OPS")
        assert (await client.get("/api/v1/cases", headers=headers)).status_code == 200
        token_id = await pool.fetchval("SELECT token_id FROM intake.api_tokens")
        assert await staff_service.revoke_api_token(pool=pool, token_id=token_id, revoked_by="test", clock=now)
        revoked_at = time.monotonic()
        while (await client.get("/api/v1/cases", headers=headers)).status_code == 200:
            assert time.monotonic() - revoked_at < 1.5, "the revoked token still works after the cache's TTL"
            await asyncio.sleep(0.1)
        assert (await client.get("/api/v1/cases", headers=headers)).status_code == 401


async def test_an_api_submission_records_who_submitted_on_the_case(
    anonymous: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    """The submitter is written with the case (one transaction, no audit-chain lock); the case's
    audit trail (page and API) starts with it."""
    headers = await staff_api_headers(pool, "LEGAL_OPS", name="Lee Submitter")
    created = await anonymous.post(
        "/api/v1/cases", content=SEED_CASE.read_bytes(), headers={**headers, "Content-Type": "application/json"}
    )
    assert created.status_code == 201, created.text
    case_id = uuid.UUID(created.json()["case_id"])
    submitted_by = await pool.fetchval("SELECT submitted_by FROM intake.cases WHERE case_id = $1", case_id)
    assert submitted_by.startswith("Lee Submitter <legal-ops-")
    assert await pool.fetchval("SELECT count(*) FROM intake.audit_log WHERE action = 'SUBMITTED'") == 0
    view = (await anonymous.get(f"/api/v1/cases/{case_id}", headers=headers)).json()
    assert view["submitted_by"] == submitted_by
    first, *rest = view["audit"]
    assert (first["actor"], first["action"], first["detail"]) == (submitted_by, "SUBMITTED", {"channel": "api"})
    assert first["at"] == view["received_at"]
    assert [entry["action"] for entry in rest] == ["VIEWED"]


async def test_tokens_and_passwords_are_stored_only_hashed(pool: asyncpg.Pool) -> None:
    await member_with_password(pool, Role.COUNSEL, "hashes@example.org")
    member = await staff_service.staff_by_email(pool=pool, email="hashes@example.org")
    token = await staff_service.issue_api_token(
        pool=pool, staff_id=member.staff_id, name="t", issued_by="test", clock=now
    )
    tokens = await pool.fetch("SELECT t::text AS row, token_hash FROM intake.api_tokens t")
    assert len(tokens) == 1
    assert token not in tokens[0]["row"] and token.removeprefix("dp_") not in tokens[0]["row"]
    assert tokens[0]["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    staff = await pool.fetchrow("SELECT s::text AS row, password_hash FROM intake.staff s")
    assert PASSWORD not in staff["row"]
    assert staff["password_hash"].startswith("$argon2id$")
    audit = await pool.fetch("SELECT detail::text AS detail FROM intake.audit_log")
    assert not [row for row in audit if token in row["detail"] or PASSWORD in row["detail"]]


async def test_a_wrong_password_is_a_401_page_and_audited(anonymous: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    await member_with_password(pool, Role.LEGAL_OPS, "ops@example.org")
    response = await log_in(anonymous, "ops@example.org", "not the password at all")
    assert response.status_code == 401 and "do not match" in response.text
    assert "dp_session" not in response.headers.get("set-cookie", "")
    unknown = await log_in(anonymous, "nobody@example.org", PASSWORD)
    assert unknown.status_code == 401
    failed = await pool.fetch("SELECT actor, detail FROM intake.audit_log WHERE action = 'LOGIN_FAILED' ORDER BY seq")
    member = await staff_service.staff_by_email(pool=pool, email="ops@example.org")
    assert [row["detail"]["staff_id"] for row in failed] == [str(member.staff_id), None]
    assert (await anonymous.get("/api/v1/cases")).status_code == 401  # still nobody


async def test_a_session_post_without_the_csrf_token_is_refused(
    anonymous: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    await member_with_password(pool, Role.LEGAL_OPS, "ops@example.org")
    assert (await log_in(anonymous, "ops@example.org", PASSWORD)).status_code == 303
    seed = json.loads(SEED_CASE.read_text())
    refused = await anonymous.post("/api/v1/cases", json=seed)
    assert refused.status_code == 403 and "security token" in refused.json()["error"]
    form = await anonymous.post(
        "/cases/new", data={"process_type": "SEARCH_WARRANT", "csrf_token": "forged"}, headers={"accept": "text/html"}
    )
    assert form.status_code == 403
    assert await pool.fetchval("SELECT count(*) FROM intake.cases") == 0
    page = await anonymous.get("/cases/new")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    accepted = await anonymous.post("/api/v1/cases", json=seed, headers={"X-CSRF-Token": csrf})
    assert accepted.status_code == 201, accepted.text


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/path", "http:/evil", "javascript:x"])
async def test_the_login_redirect_stays_on_this_site(
    anonymous: httpx.AsyncClient, pool: asyncpg.Pool, target: str
) -> None:
    await member_with_password(pool, Role.LEGAL_OPS, "ops@example.org")
    response = await log_in(anonymous, "ops@example.org", PASSWORD, next_path=target)
    assert response.status_code == 303 and response.headers["location"] == "/"
    logged_in = await anonymous.get("/login", params={"next": target})
    assert logged_in.status_code == 303 and logged_in.headers["location"] == "/"


async def test_a_local_next_is_followed(anonymous: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    await member_with_password(pool, Role.LEGAL_OPS, "ops@example.org")
    redirected = await anonymous.get("/staff", headers={"accept": "text/html"})
    assert redirected.headers["location"] == "/login?next=/staff"
    response = await log_in(anonymous, "ops@example.org", PASSWORD, next_path="/cases/new")
    assert response.status_code == 303 and response.headers["location"] == "/cases/new"


async def test_viewing_a_case_is_audited_naming_the_member(anonymous: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    case_id = await reviewed_case(pool)
    headers = await staff_api_headers(pool, "LEGAL_OPS", name="Lee Ops", email="lee@example.org")
    member = await staff_service.staff_by_email(pool=pool, email="lee@example.org")
    before = await pool.fetchval(
        "SELECT count(*) FROM intake.audit_log WHERE case_id = $1 AND action = 'VIEWED'", case_id
    )
    assert (await anonymous.get(f"/api/v1/cases/{case_id}", headers=headers)).status_code == 200
    await member_with_password(pool, Role.COUNSEL, "counsel@example.org")
    assert (await log_in(anonymous, "counsel@example.org", PASSWORD)).status_code == 303
    assert (await anonymous.get(f"/cases/{case_id}")).status_code == 200
    views = await pool.fetch(
        "SELECT actor, detail FROM intake.audit_log WHERE case_id = $1 AND action = 'VIEWED' ORDER BY seq", case_id
    )
    assert before == 0
    assert [row["actor"] for row in views] == ["Lee Ops <lee@example.org>", "Counsel <counsel@example.org>"]
    assert views[0]["detail"]["staff_id"] == str(member.staff_id) and views[0]["detail"]["role"] == "LEGAL_OPS"
    # Nobody's view of another case is recorded against this one.
    assert (
        await pool.fetchval("SELECT count(*) FROM intake.audit_log WHERE action = 'VIEWED' AND case_id <> $1", case_id)
        == 0
    )


async def test_repeated_failures_lock_the_account_for_the_window(pool: asyncpg.Pool) -> None:
    await member_with_password(pool, Role.COUNSEL, "locked@example.org")
    start = now()
    moments = iter([start + timedelta(minutes=minute) for minute in (0, 1, 2, 3, 4, 5, 6, 30)])
    current = {"at": start}

    def clock() -> datetime:
        return current["at"]

    for _ in range(staff_service.LOCKOUT_FAILURES):
        current["at"] = next(moments)
        assert (
            await staff_service.log_in(pool=pool, email="locked@example.org", password="wrong guess!!", clock=clock)
            is None
        )
    current["at"] = next(moments)  # within the window: even the right password is refused
    assert await staff_service.log_in(pool=pool, email="locked@example.org", password=PASSWORD, clock=clock) is None
    locked = await pool.fetchval("SELECT count(*) FROM intake.audit_log WHERE action = 'LOGIN_LOCKED'")
    assert locked == 1
    next(moments)
    current["at"] = next(moments)  # the window has passed
    assert await staff_service.log_in(pool=pool, email="locked@example.org", password=PASSWORD, clock=clock)

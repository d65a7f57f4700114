"""Review's and notify's internal APIs need the service credential on every route but probes,
the API description and the user's signed counsel links; with none configured they are closed.
They serve no /metrics (the metrics listener does)."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from services.notify.bootstrap import notice_policy
from services.notify.entrypoints.http import create_app as notify_app
from services.review.entrypoints.http import STAFF_HEADER, ReviewServices
from services.review.entrypoints.http import create_app as review_app
from shared.settings import Settings
from tests.conftest import INTERNAL_API_TOKEN, INTERNAL_HEADERS, every_route

pytestmark = pytest.mark.integration
OPEN = ("/healthz", "/readyz", "/openapi.json")
# The signed links e-mailed to a user (naming counsel) and to a data steward (acknowledging a
# preservation hold) are their own credential: the link's signature, not the service's.
OPEN_PREFIXES = ("/docs", "/redoc", "/counsel/", "/holds/")


def now() -> datetime:
    return datetime.now(UTC)


def apps(pool: asyncpg.Pool, token: str | None) -> dict[str, FastAPI]:
    return {
        "review": review_app(ReviewServices(pool=pool, clock=now), internal_api_token=token),
        "notify": notify_app(pool=pool, policy=notice_policy(Settings()), clock=now, internal_api_token=token),
    }


def protected_routes(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (method, path)
        for method, path in every_route(app.routes)
        if path not in OPEN and not path.startswith(OPEN_PREFIXES)
    ]


def concrete(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(uuid.uuid4()) if m.group(1).endswith("_id") else "someone", path)


def client(app: FastAPI, **headers: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://internal", headers=headers)


async def test_every_staff_route_needs_the_service_credential(pool: asyncpg.Pool) -> None:
    for name, app in apps(pool, INTERNAL_API_TOKEN).items():
        routes = protected_routes(app)
        expected = {
            "review": [("POST", "/api/v1/cases/{case_id}/decision"), ("GET", "/api/v1/cases/{case_id}")],
            "notify": [
                ("PUT", "/api/v1/accounts/{handle}/counsel"),
                ("GET", "/dashboard"),
                ("POST", "/api/v1/notices/{notice_id}/retry"),
            ],
        }[name]
        assert set(expected) <= set(routes), (name, routes)
        async with (
            client(app) as anonymous,
            client(app, authorization="Bearer wrong-token") as wrong,
            client(app, authorization=f"Basic {INTERNAL_API_TOKEN}") as basic,
            client(app, **INTERNAL_HEADERS) as service,
        ):
            for method, path in routes:
                target = concrete(path)
                for caller in (anonymous, wrong, basic):
                    refused = await caller.request(method, target, json={})
                    assert refused.status_code == 401, (name, method, path, caller.headers.get("authorization"))
                    assert "DUEPROCESS_INTERNAL_API_TOKEN" in refused.json()["error"]
                    assert refused.headers["www-authenticate"].startswith("Bearer")
                admitted = await service.request(method, target, json={}, headers={STAFF_HEADER: "Ops"})
                assert admitted.status_code != 401, (name, method, path, admitted.text)
            for path in OPEN:
                assert (await anonymous.get(path)).status_code == 200, (name, path)
            for caller in (anonymous, service):
                assert (await caller.get("/metrics")).status_code == 404, name
    # The acting staff member is still named, now by a caller holding the credential.
    async with client(apps(pool, INTERNAL_API_TOKEN)["review"], **INTERNAL_HEADERS) as service:
        unnamed = await service.post(f"/api/v1/cases/{uuid.uuid4()}/acknowledge")
        assert unnamed.status_code == 400 and STAFF_HEADER in unnamed.json()["error"]


async def test_the_users_signed_link_needs_no_credential(pool: asyncpg.Pool) -> None:
    async with client(apps(pool, INTERNAL_API_TOKEN)["notify"]) as browser:
        page = await browser.get("/counsel/not-a-real-token")
        assert page.status_code == 404 and "Link not valid" in page.text  # judged by its signature, not a 401


async def test_without_a_configured_credential_the_api_is_closed(pool: asyncpg.Pool) -> None:
    for name, app in apps(pool, None).items():
        async with client(app, **INTERNAL_HEADERS) as caller, client(app, authorization="Bearer ") as empty:
            for method, path in protected_routes(app):
                for who in (caller, empty):
                    response = await who.request(method, concrete(path), json={}, headers={STAFF_HEADER: "Ops"})
                    assert response.status_code == 401, (name, method, path)
                    assert "closed" in response.json()["error"]
            assert (await caller.get("/healthz")).status_code == 200


def test_the_credential_may_come_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "internal-api-token"
    secret.write_text("from-a-file\n")
    monkeypatch.delenv("DUEPROCESS_INTERNAL_API_TOKEN", raising=False)
    monkeypatch.setenv("DUEPROCESS_INTERNAL_API_TOKEN_FILE", str(secret))
    monkeypatch.setenv("DUEPROCESS_API_TOKEN_FILE", str(secret))
    settings = Settings()
    assert settings.internal_api_token.get_secret_value() == "from-a-file"
    assert settings.api_token.get_secret_value() == "from-a-file"
    monkeypatch.setenv("DUEPROCESS_INTERNAL_API_TOKEN", "from-the-environment")  # the value wins over the file
    assert Settings().internal_api_token.get_secret_value() == "from-the-environment"
    monkeypatch.setenv("DUEPROCESS_INTERNAL_API_TOKEN", "")  # empty: unset, so the file
    assert Settings().internal_api_token.get_secret_value() == "from-a-file"
    monkeypatch.setenv("DUEPROCESS_INTERNAL_API_TOKEN_FILE", str(tmp_path / "missing"))
    with pytest.raises(ValueError, match="DUEPROCESS_INTERNAL_API_TOKEN_FILE"):
        Settings()

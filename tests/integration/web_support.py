"""What the web app integration tests share: the fixed time, intake's web app with a counsel and
a clerk who can log in, logging in, and reading a page's CSRF token."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx

from services.intake.domain.staff import Role
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import staff as staff_service

PASSWORD = "correct horse battery staple"
NOW = datetime(2017, 3, 14, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


async def staff_app(pool: asyncpg.Pool) -> Any:
    """Intake's web app on the test database, with a counsel and an intake clerk who can log in."""
    for role, email in ((Role.COUNSEL, "counsel@example.org"), (Role.INTAKE_CLERK, "clerk@example.org")):
        await staff_service.create_staff(
            pool=pool,
            email=email,
            display_name=role.label,
            role=role,
            password=PASSWORD,
            created_by="test",
            clock=clock,
        )
    return create_app(IntakeServices(pool=pool, clock=clock), max_request_bytes=256 * 1024)


async def logged_in(app: Any, email: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        await log_in(client, email)
        yield client


async def log_in(client: httpx.AsyncClient, email: str) -> None:
    page = await client.get("/login")
    login_csrf = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    response = await client.post(
        "/login", data={"email": email, "password": PASSWORD, "login_csrf": login_csrf, "next": "/"}
    )
    assert response.status_code == 303, response.text


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)

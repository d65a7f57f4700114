"""XSS and SQL-injection attempts in every field of a demand, of staff actions and of accounts,
checked in the rendered pages (real PostgreSQL): always escaped, never executed, nothing broken."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from markupsafe import escape

from services.intake.domain.staff import Role
from services.intake.service_layer import services
from services.intake.service_layer import staff as staff_service
from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.rulebook import load_rule_book
from shared.contracts import (
    LegalProcessCase,
    LegalProcessDecided,
    LegalProcessReviewed,
    NoticePlanned,
    envelope,
)
from shared.vocabulary import CounselAction, NoticeRole, NoticeStatus
from tests.conftest import SEED_CASE
from tests.integration.web_support import NOW, clock, logged_in, staff_app

pytestmark = pytest.mark.integration

XSS = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg/onload=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}{% raw %}",
]
SQLI = ["'; DROP TABLE intake.cases; --", '" OR 1=1 --', "x' UNION SELECT password_hash FROM intake.staff --"]
RAW_MARKUP = re.compile(r"<script>alert|<img src=x|<svg/onload", re.I)  # a tag, not its escaped text


@pytest.fixture
async def app(pool: asyncpg.Pool) -> Any:
    return await staff_app(pool)


@pytest.fixture
async def counsel(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async for client in logged_in(app, "counsel@example.org"):
        yield client


def hostile_case(payload: str) -> LegalProcessCase:
    document: dict[str, Any] = json.loads(SEED_CASE.read_text())
    document["statute"] = f"19 U.S.C. § 1509 {payload}"
    document["case_number"] = f"CBP-{payload}"
    document["issuing_court"] = payload
    document["stated_purpose"] = payload
    document["raw_text"] = f"{document['raw_text']} {payload}"
    document["targets"] = ["ALT_USCIS", payload[:60]]
    requester = document["requester"]
    requester.update(name=f"U.S. Customs {payload}", signer=payload, signer_title=payload)
    document["emergency"] = None
    return LegalProcessCase.model_validate(document)


async def seeded_with(pool: asyncpg.Pool, payload: str) -> uuid.UUID:
    case = hostile_case(payload)
    submitted = await services.submit_case(
        pool=pool, case=case, channel="api", trace_id="t" * 32, received_at=NOW - timedelta(hours=1)
    )
    review = assess(
        case,
        accounts=AccountDirectory.from_entries([]),
        rule_book=load_rule_book(),
        now=NOW,
        received_at=NOW - timedelta(hours=1),
    )
    reviewed = LegalProcessReviewed(
        received_at=NOW - timedelta(hours=1), reviewed_at=NOW, review=review, acknowledge_by=NOW + timedelta(hours=2)
    )
    await services.record_review(
        pool=pool, consumer="test", event=envelope(reviewed, case_id=submitted.case_id, trace_id="t", producer="review")
    )
    decided = LegalProcessDecided(
        action=CounselAction.DECIDE,
        decided_by=f"Counsel {payload}",
        reason=payload,
        decided_at=NOW,
        disposition="OBJECT",
        overrides_recommendation=True,
    )
    await services.record_timeline(
        pool=pool, consumer="test", event=envelope(decided, case_id=submitted.case_id, trace_id="t", producer="review")
    )
    planned = NoticePlanned(
        notice_id=uuid.uuid4(),
        role=NoticeRole.USER,
        recipient=f"{payload}@example.org",
        status=NoticeStatus.SENT,
        kind=payload,
    )
    await services.record_notice(
        pool=pool, consumer="test", event=envelope(planned, case_id=submitted.case_id, trace_id="t", producer="notify")
    )
    return submitted.case_id


@pytest.mark.parametrize("payload", XSS + SQLI)
async def test_hostile_fields_are_escaped_on_the_queue_and_the_case_page(
    counsel: httpx.AsyncClient, pool: asyncpg.Pool, payload: str
) -> None:
    case_id = await seeded_with(pool, payload)
    pages = [
        await counsel.get(f"/cases/{case_id}"),
        await counsel.get("/"),
        await counsel.get("/", params={"q": payload}),
        await counsel.get("/", params={"q": payload[:3]}),
    ]
    for page in pages:
        assert page.status_code == 200, page.text[:300]
        assert not RAW_MARKUP.search(page.text), "markup from a field reached a page unescaped"
    # The stated purpose is shown whole: escaped, and a template expression stays text.
    assert str(escape(payload)) in pages[0].text
    assert await pool.fetchval("SELECT count(*) FROM intake.cases") == 1, "the table survived"
    assert await pool.fetchval("SELECT count(*) FROM intake.staff") >= 1


@pytest.mark.parametrize("payload", SQLI)
async def test_injection_in_every_queue_filter_is_data_not_sql(
    counsel: httpx.AsyncClient, pool: asyncpg.Pool, payload: str
) -> None:
    await seeded_with(pool, "harmless")
    for name in ("q", "process_type", "stage", "tier", "sla", "sort"):
        response = await counsel.get("/", params={name: payload})
        assert response.status_code == 200, (name, response.text[:200])
        assert "No case matches" in response.text or name in ("q", "sort")
    assert await pool.fetchval("SELECT count(*) FROM intake.cases") == 1


async def test_a_hostile_staff_name_and_action_reason_are_escaped(app: Any, pool: asyncpg.Pool) -> None:
    payload = XSS[1]
    await staff_service.create_staff(
        pool=pool,
        email="admin@example.org",
        display_name=payload,
        role=Role.ADMIN,
        password="correct horse battery staple",
        created_by="test",
        clock=clock,
    )
    case_id = await seeded_with(pool, "plain")
    async for admin in logged_in(app, "admin@example.org"):
        for path in ("/staff", f"/cases/{case_id}", "/"):
            page = await admin.get(path)
            assert page.status_code == 200 and not RAW_MARKUP.search(page.text), path
            assert "&lt;img src=x onerror=alert(1)&gt;" in page.text, path
        page = await admin.get(f"/cases/{case_id}")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        response = await admin.post(
            f"/cases/{case_id}/actions",
            data={"csrf_token": csrf, "action": "DECIDE", "disposition": "OBJECT", "reason": payload},
        )
        assert response.status_code == 303
        shown = await admin.get(f"/cases/{case_id}")
        assert not RAW_MARKUP.search(shown.text)


def test_pages_forbid_inline_scripts_by_policy() -> None:
    from services.intake.entrypoints.http.middleware import SecurityHeadersMiddleware

    policy = dict(SecurityHeadersMiddleware.HEADERS)[b"content-security-policy"].decode()
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy

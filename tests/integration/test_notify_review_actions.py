"""The staff actions notify acts on, through the review's API on a real PostgreSQL: stored,
published on legal-process.decided.v1 with their details, and a moved return date moves the
ladder's return-date warnings."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta

import asyncpg
import httpx
import pytest

from services.review.entrypoints.http import STAFF_HEADER, ReviewServices, create_app
from services.review.service_layer import services
from shared.contracts import LegalProcessDecided
from shared.outbox import open_value
from tests.conftest import DEMO_ACCOUNTS, INTERNAL_API_TOKEN, INTERNAL_HEADERS, parse_event
from tests.integration.review_support import POLICY, Clock, receive, routine_order

pytestmark = pytest.mark.integration
STAFF = {STAFF_HEADER: "Counsel A"}


@pytest.fixture
async def api(pool: asyncpg.Pool) -> AsyncIterator[tuple[httpx.AsyncClient, Clock]]:
    await services.load_accounts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    app = create_app(ReviewServices(pool=pool, clock=clock), internal_api_token=INTERNAL_API_TOKEN)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://review", headers=INTERNAL_HEADERS
    ) as client:
        yield client, clock


async def decided(pool: asyncpg.Pool, case_id: object) -> list[LegalProcessDecided]:
    rows = await pool.fetch(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = 'legal-process.decided.v1' ORDER BY id",
        str(case_id),
    )
    return [
        parse_event(
            await open_value(pool, schema="review", event_id=r["event_id"], value=r["value"]), LegalProcessDecided
        ).payload
        for r in rows
    ]


async def test_ndo_return_date_and_production_through_the_review_api(
    api: tuple[httpx.AsyncClient, Clock], pool: asyncpg.Pool
) -> None:
    client, clock = api
    case_id = await receive(pool, clock, routine_order(return_in_days=10))
    url = f"/api/v1/cases/{case_id}"
    expires = (clock() + timedelta(days=90)).isoformat()

    assert (
        await client.post(f"{url}/nondisclosure", json={"kind": "COURT_ORDER_2705B", "reason": "r"})
    ).status_code == 400
    no_reason = await client.post(f"{url}/nondisclosure", headers=STAFF, json={"kind": "COURT_ORDER_2705B"})
    assert no_reason.status_code == 409 and "reason" in no_reason.json()["error"]
    naive = await client.post(
        f"{url}/nondisclosure",
        headers=STAFF,
        json={"kind": "COURT_ORDER_2705B", "expires_at": "2026-06-01T00:00:00", "reason": "r"},
    )
    assert naive.status_code == 422, "an expiry without a time zone is ambiguous"
    issued = await client.post(
        f"{url}/nondisclosure",
        headers=STAFF,
        json={"kind": "COURT_ORDER_2705B", "expires_at": expires, "reason": "E.D. Va. order"},
    )
    assert issued.status_code == 201, issued.text
    assert issued.json()["nondisclosure"] == {
        "present": True,
        "kind": "COURT_ORDER_2705B",
        "expires_at": expires.replace("+00:00", "Z"),
    }
    lifted = await client.post(f"{url}/nondisclosure", headers=STAFF, json={"kind": None, "reason": "vacated"})
    assert lifted.status_code == 201 and lifted.json()["nondisclosure"]["present"] is False

    moved_to = clock() + timedelta(days=20)
    moved = await client.post(
        f"{url}/return-date", headers=STAFF, json={"return_by": moved_to.isoformat(), "reason": "FBI agreed by letter"}
    )
    assert moved.status_code == 201, moved.text
    state = (await client.get(url)).json()
    warnings = sorted((t["kind"], t["due_at"]) for t in state["pending_timers"] if t["kind"].startswith("RETURN"))
    assert warnings == [
        ("RETURN_DATE_24H", (moved_to - timedelta(hours=24)).isoformat()),
        ("RETURN_DATE_72H", (moved_to - timedelta(hours=72)).isoformat()),
    ]
    stored = await pool.fetchval("SELECT return_by FROM review.reviews WHERE case_id = $1", case_id)
    assert stored == moved_to, "later escalations carry the moved date"

    assert (
        await client.post(f"{url}/challenge-filed", headers=STAFF, json={"reason": "motion filed"})
    ).status_code == 201
    held = await client.post(f"{url}/production-made", headers=STAFF, json={"reason": "BSI by portal"})
    assert held.status_code == 409 and "hold" in held.json()["error"]
    assert (
        await client.post(f"{url}/decision", headers=STAFF, json={"disposition": "COMPLY", "reason": "motion denied"})
    ).status_code == 201
    produced = await client.post(
        f"{url}/production-made", headers=STAFF, json={"reason": "BSI by portal", "produced": ["NON_CONTENT_RECORDS"]}
    )
    assert produced.status_code == 201 and produced.json()["produced"] == ["NON_CONTENT_RECORDS"]

    events = await decided(pool, case_id)
    assert [e.action for e in events] == [
        "NDO_CHANGED",
        "NDO_CHANGED",
        "RETURN_DATE_MOVED",
        "CHALLENGE_FILED",
        "DECIDE",
        "PRODUCTION_MADE",
    ]
    assert events[2].return_by == moved_to and events[5].produced == ["NON_CONTENT_RECORDS"]
    clock.advance(days=30)
    assert await services.fire_due_timers(pool=pool, policy=POLICY, clock=clock) == 0, "the decision cancelled them"

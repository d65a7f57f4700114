"""The escalation ladder and counsel's actions on a real PostgreSQL: durable timers that fire
once with two instances, survive a restart, and actions that are stored and published."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest

from services.review.adapters.repository import ReviewRepository
from services.review.entrypoints.http import STAFF_HEADER, ReviewServices, create_app
from services.review.service_layer import services
from shared.contracts import LegalProcessCase, LegalProcessDecided
from shared.db import create_pool
from shared.metrics import REGISTRY
from shared.outbox import open_value
from shared.vocabulary import CounselAction
from tests.conftest import DEMO_ACCOUNTS, INTERNAL_API_TOKEN, INTERNAL_HEADERS, open_event_json, parse_event
from tests.integration.review_support import POLICY, Clock, load_demo_accounts, receive, routine_order

pytestmark = pytest.mark.integration


async def escalations(pool: asyncpg.Pool, case_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = 'legal-process.escalated.v1' ORDER BY id",
        str(case_id),
    )
    return [
        open_event_json(await open_value(pool, schema="review", event_id=row["event_id"], value=row["value"]))[
            "payload"
        ]
        for row in rows
    ]


@pytest.fixture
async def seeded(pool: asyncpg.Pool) -> asyncpg.Pool:
    await load_demo_accounts(pool)
    return pool


async def test_timers_fire_once_with_two_instances_and_climb_the_ladder(
    seeded: asyncpg.Pool, database_url: str
) -> None:
    clock = Clock()
    breaches_before = REGISTRY.get_sample_value("dueprocess_sla_breaches_total", {"tier": "LITIGATION"}) or 0
    case_id = await receive(seeded, clock, routine_order(return_in_days=10))
    assert await escalations(seeded, case_id) == [], "a LEGAL_OPS case is not alerted at review time"
    second_instance = await create_pool(database_url, max_size=4)
    try:

        async def both_instances_fire() -> int:
            fired = await asyncio.gather(
                *(
                    services.fire_due_timers(pool=p, policy=POLICY, clock=clock, limit=1)
                    for p in (seeded, second_instance, seeded, second_instance)
                )
            )
            return sum(fired)

        clock.advance(hours=23)
        assert await both_instances_fire() == 0
        clock.advance(hours=1, seconds=1)
        assert await both_instances_fire() == 1
        assert await both_instances_fire() == 0, "a fired timer never fires again"
        clock.advance(hours=8)
        assert await both_instances_fire() == 1
        clock.advance(hours=2)
        assert await both_instances_fire() == 1
    finally:
        await second_instance.close()
    ladder = [(e["tier"], e["sequence"]) for e in await escalations(seeded, case_id)]
    assert ladder == [("COUNSEL", 1), ("LITIGATION", 2), ("LITIGATION", 3)]
    state = await services.case_state(pool=seeded, case_id=case_id)
    assert state["current_tier"] == "LITIGATION" and state["escalations"] == 3
    breaches = REGISTRY.get_sample_value("dueprocess_sla_breaches_total", {"tier": "LITIGATION"})
    assert breaches == breaches_before + 1, "the re-alert at the top counts as the top tier's breach"


async def test_timers_survive_a_restart(seeded: asyncpg.Pool, database_url: str) -> None:
    clock = Clock()
    case_id = await receive(seeded, clock, routine_order())
    restarted = await create_pool(database_url, max_size=2)  # a new process: nothing in memory
    try:
        clock.advance(hours=25)
        assert await services.fire_due_timers(pool=restarted, policy=POLICY, clock=clock) == 1
    finally:
        await restarted.close()
    assert [e["tier"] for e in await escalations(seeded, case_id)] == ["COUNSEL"]


async def test_acknowledging_stops_the_sla_but_not_the_return_date_warning(seeded: asyncpg.Pool) -> None:
    clock = Clock()
    case_id = await receive(seeded, clock, routine_order(return_in_days=3))
    kinds = {t["kind"] for t in (await services.case_state(pool=seeded, case_id=case_id))["pending_timers"]}
    assert kinds == {"ACK_SLA", "RETURN_DATE_24H"}, "72 h before a return date 3 days out is already past"
    await services.record_action(
        pool=seeded,
        case_id=case_id,
        action=CounselAction.ACKNOWLEDGE,
        actor="Legal Ops A",
        reason=None,
        disposition=None,
        clock=clock,
        trace_id="t",
    )
    clock.advance(days=2, hours=1)
    assert await services.fire_due_timers(pool=seeded, policy=POLICY, clock=clock) == 1
    # Three days to respond is itself a RETURN_DATE_DEFECT (warn): counsel was alerted at review.
    alerted, warned = await escalations(seeded, case_id)
    assert alerted["tier"] == "COUNSEL" and alerted["sequence"] == 1
    assert warned["tier"] == "LITIGATION" and "no decision" in warned["reason"] and warned["sequence"] == 2


async def test_a_decision_cancels_every_timer(seeded: asyncpg.Pool) -> None:
    clock = Clock()
    case_id = await receive(seeded, clock, routine_order())
    await services.record_action(
        pool=seeded,
        case_id=case_id,
        action=CounselAction.DECIDE,
        actor="Counsel A",
        reason=None,
        disposition=None,
        clock=clock,
        trace_id="t",
    )
    clock.advance(days=30)
    assert await services.fire_due_timers(pool=seeded, policy=POLICY, clock=clock) == 0
    assert await escalations(seeded, case_id) == []


@pytest.fixture
async def api(seeded: asyncpg.Pool) -> AsyncIterator[tuple[httpx.AsyncClient, Clock]]:
    clock = Clock()
    app = create_app(ReviewServices(pool=seeded, clock=clock), internal_api_token=INTERNAL_API_TOKEN)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://review", headers=INTERNAL_HEADERS
    ) as client:
        yield client, clock


async def test_counsel_actions_through_the_api_are_stored_and_published(
    api: tuple[httpx.AsyncClient, Clock], seeded: asyncpg.Pool
) -> None:
    client, clock = api
    seed = LegalProcessCase.model_validate_json((DEMO_ACCOUNTS.parent / "alt_uscis_summons.json").read_text())
    case_id = await receive(seeded, clock, seed)
    staff = {STAFF_HEADER: "Counsel A <a@dueprocess.local>"}
    assert (await client.post(f"/api/v1/cases/{case_id}/acknowledge")).status_code == 400
    assert (await client.post(f"/api/v1/cases/{uuid.uuid4()}/acknowledge", headers=staff)).status_code == 404
    assert (await client.post(f"/api/v1/cases/{case_id}/acknowledge", headers=staff)).status_code == 201
    again = await client.post(f"/api/v1/cases/{case_id}/acknowledge", headers=staff)
    assert again.status_code == 409 and "already acknowledged" in again.json()["error"]
    refused = await client.post(f"/api/v1/cases/{case_id}/decision", headers=staff, json={"disposition": "COMPLY"})
    assert refused.status_code == 409 and "written reason" in refused.json()["error"]
    bad = await client.post(f"/api/v1/cases/{case_id}/decision", headers=staff, json={"disposition": "SHRUG"})
    assert bad.status_code == 422
    objected = await client.post(
        f"/api/v1/cases/{case_id}/user-objected", headers=staff, json={"reason": "ACLU counsel objected by e-mail"}
    )
    assert objected.status_code == 201 and objected.json()["production_hold"] is True
    decided = await client.post(f"/api/v1/cases/{case_id}/decision", headers=staff, json={})
    assert decided.status_code == 201 and decided.json()["disposition"] == "CHALLENGE"

    state = (await client.get(f"/api/v1/cases/{case_id}")).json()
    assert [a["action"] for a in state["actions"]] == ["ACKNOWLEDGE", "USER_OBJECTED", "DECIDE"]
    assert all(a["actor"] == "Counsel A <a@dueprocess.local>" for a in state["actions"])
    assert state["decided_disposition"] == "CHALLENGE" and state["production_hold"] is True
    assert state["pending_timers"] == []
    published = await seeded.fetch(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = 'legal-process.decided.v1' ORDER BY id",
        str(case_id),
    )
    actions = [
        parse_event(
            await open_value(seeded, schema="review", event_id=r["event_id"], value=r["value"]), LegalProcessDecided
        ).payload.action
        for r in published
    ]
    assert actions == ["ACKNOWLEDGE", "USER_OBJECTED", "DECIDE"]


async def test_a_resubmitted_document_is_flagged_as_a_duplicate_of_the_first(seeded: asyncpg.Pool) -> None:
    clock = Clock()
    document = routine_order().model_copy(
        update={"raw_text": "Order under 18 U.S.C. 2703(d) for records of @harbor_freight_fan, January 2026. " * 3}
    )
    first = await receive(seeded, clock, document)
    clock.advance(hours=1)
    second = await receive(seeded, clock, document)
    async with seeded.acquire() as conn:  # the review is sealed at rest: read through the repository
        reviews = {
            case_id: (await ReviewRepository(conn).get(case_id)).review.model_dump(mode="json")  # type: ignore[union-attr]
            for case_id in (first, second)
        }
    assert "DUPLICATE_REQUEST" not in {f["code"] for f in reviews[first]["findings"]}
    (duplicate,) = [f for f in reviews[second]["findings"] if f["code"] == "DUPLICATE_REQUEST"]
    assert str(first) in duplicate["explanation"]

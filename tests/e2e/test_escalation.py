"""The escalation ladder and counsel's actions across processes, on real Kafka and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import httpx
import pytest

from deploy.localinfra._process import free_port
from shared.contracts import Topics
from tests.conftest import SEED_CASE, KafkaUnderTest, read_topic
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
REVIEW_PORT = free_port()


@pytest.fixture
def service_env() -> dict[str, str]:
    # A ladder measured in seconds: LEGAL_OPS → COUNSEL after 3 s, → LITIGATION 4 s later, then quiet.
    return {
        "DUEPROCESS_SLA_LEGAL_OPS": "PT3S",
        "DUEPROCESS_SLA_COUNSEL": "PT4S",
        "DUEPROCESS_SLA_LITIGATION": "PT1H",
        "DUEPROCESS_TIMER_POLL_SECONDS": "0.2",
        "DUEPROCESS_REVIEW_HTTP_PORT": str(REVIEW_PORT),
    }


def routine_order() -> dict[str, Any]:
    return {
        "process_type": "COURT_ORDER_2703D",
        "requester": {
            "name": "Federal Bureau of Investigation",
            "kind": "FEDERAL",
            "country": "US",
            "email": "agent@fbi.gov",
            "verified": True,
        },
        "targets": ["harbor_freight_fan"],
        "data_categories": ["NON_CONTENT_RECORDS"],
        "date_range": {"start": "2026-01-01", "end": "2026-02-01"},
        "served_at": "2026-11-01T09:00:00+00:00",
        "return_by": "2027-06-01T09:00:00+00:00",
        "case_number": "1:26-mj-00042",
        "issuing_court": "E.D. Va.",
    }


async def test_timers_fire_once_with_two_review_instances_and_survive_a_restart(
    system: RunningSystem, kafka: KafkaUnderTest
) -> None:
    system.start("review", instance="review-2", env={"DUEPROCESS_REVIEW_HTTP_PORT": str(free_port())})
    case_id = await system.submit(routine_order())
    db = await asyncpg.connect(system.database_url)
    try:

        async def tier() -> str | None:
            return await db.fetchval("SELECT current_tier FROM review.reviews WHERE case_id = $1::uuid", case_id)

        await system.wait_for(tier, what="the review")
        assert await tier() == "LEGAL_OPS"
        system.kill("review")  # one instance dies with the timer pending; the other carries on
        await system.wait_for(lambda: _is(tier, "COUNSEL"), within=30, what="escalation to COUNSEL")
        system.start("review")  # restarted: it finds the follow-up timer in the database
        await system.wait_for(
            lambda: _serving(f"http://127.0.0.1:{REVIEW_PORT}/readyz"),
            within=60,
            what="the restarted review serving (so it stops cleanly at the end)",
        )
        await system.wait_for(lambda: _is(tier, "LITIGATION"), within=30, what="escalation to LITIGATION")
        fired = await db.fetchval(
            "SELECT count(*) FROM review.timers WHERE case_id = $1::uuid AND fired_at IS NOT NULL", case_id
        )
        assert fired == 2
    finally:
        await db.close()

    to_counsel = {"counsel@dueprocess.local", "litigation@dueprocess.local"}
    await system.wait_for(lambda: to_counsel <= {m["To"] for m in system.mail()}, what="both counsel alerted")
    escalated = [
        json.loads(r.value)
        for r in await read_topic(kafka, system.env["DUEPROCESS_KAFKA_TOPIC_PREFIX"] + Topics.ESCALATED)
    ]
    ladder = sorted({(e["payload"]["sequence"], e["payload"]["tier"]) for e in escalated if e["case_id"] == case_id})
    assert ladder == [(1, "COUNSEL"), (2, "LITIGATION")], "each step exactly once"
    alerts = [m for m in system.mail() if m["To"] in to_counsel]
    assert len(alerts) == 2 and len({m["Message-ID"] for m in alerts}) == 2


async def _is(check: Any, expected: str) -> bool:
    return await check() == expected


async def test_counsel_releases_a_withheld_notice_and_the_user_is_told(system: RunningSystem) -> None:
    gagged = json.loads(SEED_CASE.read_text())
    gagged["nondisclosure"] = {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": None}
    case_id = await system.submit(gagged)

    async def user_notice_status() -> str | None:
        view = await system.case(case_id)
        return next((n["status"] for n in view["notices"] if n["role"] == "USER"), None)

    await system.wait_for(user_notice_status, what="the user notice planned")
    assert await user_notice_status() == "WITHHELD"
    assert "alt.uscis@example.org" not in {m["To"] for m in system.mail()}, "no notice under an indefinite gag"

    async with httpx.AsyncClient(headers=system.internal_headers) as client:
        released = await client.post(
            f"http://127.0.0.1:{REVIEW_PORT}/api/v1/cases/{case_id}/release-notice",
            headers={"X-Dueprocess-Staff": "Counsel A"},
            json={"reason": "indefinite 2705(b) order vacated"},
            timeout=10,
        )
    assert released.status_code == 201, released.text
    await system.wait_for(lambda: _is(user_notice_status, "SENT"), what="the released notice sent")
    assert "alt.uscis@example.org" in {m["To"] for m in system.mail()}


async def _serving(url: str) -> bool:
    try:
        async with httpx.AsyncClient() as client:
            return (await client.get(url, timeout=2)).status_code == 200
    except httpx.HTTPError:
        return False

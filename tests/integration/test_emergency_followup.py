"""An emergency disclosure's follow-up on a real PostgreSQL, with the test clock: the date the
requester's formal legal process is expected (30 days after the disclosure), the reminders to
legal ops (a week before and on the day), and their end when that process arrives."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import asyncpg
import pytest

from services.review.domain.assessment import load_rule_book
from services.review.service_layer import holds, services
from shared.contracts import LegalProcessCase, Topics
from shared.outbox import open_value
from shared.vocabulary import CounselAction, DataCategory
from tests.conftest import open_event_json
from tests.integration.review_support import POLICY, T0, Clock, load_demo_accounts, receive

pytestmark = pytest.mark.integration

FBI = {"name": "Federal Bureau of Investigation", "kind": "FEDERAL", "country": "US", "verified": True}


def emergency() -> LegalProcessCase:
    return LegalProcessCase.model_validate(
        {
            "process_type": "EMERGENCY_REQUEST",
            "requester": {**FBI, "email": "duty.agent@fbi.gov"},
            "targets": ["harbor_freight_fan"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": T0.isoformat(),
            "emergency": {
                "narrative": "A kidnapped child is held by the account holder; there is an imminent danger of death.",
                "verified_out_of_band": True,
            },
        }
    )


def warrant(clock: Clock, *, agent: str) -> LegalProcessCase:
    return LegalProcessCase.model_validate(
        {
            "process_type": "SEARCH_WARRANT",
            "requester": {**FBI, "email": agent},
            "targets": ["harbor_freight_fan"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": clock().isoformat(),
            "return_by": (clock() + timedelta(days=14)).isoformat(),
            "case_number": "1:26-mj-00077",
            "issuing_court": "E.D. Va.",
            "date_range": {"start": "2026-01-01", "end": "2026-02-01"},
        }
    )


async def disclose(pool: asyncpg.Pool, clock: Clock, case_id: uuid.UUID) -> None:
    for action in (CounselAction.DECIDE, CounselAction.PRODUCTION_MADE):
        made = action is CounselAction.PRODUCTION_MADE
        await services.record_action(
            pool=pool,
            case_id=case_id,
            action=action,
            actor="Legal Ops A",
            reason="Disclosed subscriber records to the duty agent by phone" if made else None,
            disposition=None,
            clock=clock,
            trace_id="t",
            produced=[DataCategory.BASIC_SUBSCRIBER] if made else [],
        )


async def staged(pool: asyncpg.Pool, case_id: uuid.UUID, topic: str) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = $2 ORDER BY id", str(case_id), topic
    )
    return [
        open_event_json(await open_value(pool, schema="review", event_id=r["event_id"], value=r["value"]))["payload"]
        for r in rows
    ]


async def legal_ops_alerts(pool: asyncpg.Pool, case_id: uuid.UUID) -> list[dict[str, Any]]:
    return [p for p in await staged(pool, case_id, Topics.ESCALATED) if p["tier"] == "LEGAL_OPS"]


async def fire(pool: asyncpg.Pool, clock: Clock) -> None:
    await services.fire_due_timers(pool=pool, policy=POLICY, clock=clock)
    await holds.fire_due_hold_timers(pool=pool, policy=holds.hold_policy(load_rule_book()), clock=clock)


async def test_a_disclosure_expects_formal_process_in_30_days_and_reminds_legal_ops(pool: asyncpg.Pool) -> None:
    await load_demo_accounts(pool)
    clock = Clock()
    case_id = await receive(pool, clock, emergency())
    assert (await services.case_state(pool=pool, case_id=case_id))["emergency_follow_up"]["expected_by"] is None
    clock.advance(hours=2)
    await disclose(pool, clock, case_id)
    disclosed_at = clock()
    follow_up = (await services.case_state(pool=pool, case_id=case_id))["emergency_follow_up"]
    assert follow_up["expected_by"] == (disclosed_at + timedelta(days=30)).isoformat()
    # The disclosure tells notify what the requester owes, by when, and where to write (sealed on the wire).
    owed = [d["formal_process"] for d in await staged(pool, case_id, Topics.DECIDED)]
    assert owed == [
        None,
        {
            "expected_by": (disclosed_at + timedelta(days=30)).isoformat().replace("+00:00", "Z"),
            "requester_email": "duty.agent@fbi.gov",
        },
    ]
    sealed = await pool.fetchval(
        "SELECT sealed_requester_email FROM review.emergency_followups WHERE case_id = $1", case_id
    )
    assert sealed.startswith("dp1:") and "fbi.gov" not in sealed
    before = len(await legal_ops_alerts(pool, case_id))

    clock.advance(days=23, seconds=-1)
    await fire(pool, clock)
    assert len(await legal_ops_alerts(pool, case_id)) == before, "nothing before a week ahead"
    clock.advance(seconds=1)
    await fire(pool, clock)
    assert len(await legal_ops_alerts(pool, case_id)) == before + 1
    clock.advance(days=7)
    await fire(pool, clock)
    clock.advance(days=30)
    await fire(pool, clock)
    assert len(await legal_ops_alerts(pool, case_id)) == before + 2, "a week before and on the day, then no more"
    reminders = (await legal_ops_alerts(pool, case_id))[before:]
    assert [r["formal_process"]["requester_email"] for r in reminders] == ["duty.agent@fbi.gov"] * 2
    assert (await services.case_state(pool=pool, case_id=case_id))["emergency_follow_up"]["reminders_sent"] == 2


async def test_formal_process_from_the_same_agency_ends_the_follow_up(pool: asyncpg.Pool) -> None:
    await load_demo_accounts(pool)
    clock = Clock()
    case_id = await receive(pool, clock, emergency())
    await disclose(pool, clock, case_id)
    before = len(await legal_ops_alerts(pool, case_id))
    clock.advance(days=10)
    await receive(pool, clock, warrant(clock, agent="agent@dea.gov"))  # another agency's: not the follow-up
    formal = await receive(pool, clock, warrant(clock, agent="case.agent@fbi.gov"))
    follow_up = (await services.case_state(pool=pool, case_id=case_id))["emergency_follow_up"]
    assert follow_up["satisfied_by"] == str(formal)
    clock.advance(days=40)
    await fire(pool, clock)
    assert len(await legal_ops_alerts(pool, case_id)) == before, "no reminder once formal process arrived"


async def test_a_requester_without_an_address_is_left_to_legal_ops(pool: asyncpg.Pool) -> None:
    await load_demo_accounts(pool)
    clock = Clock()
    case = emergency()
    case_id = await receive(
        pool, clock, case.model_copy(update={"requester": case.requester.model_copy(update={"email": None})})
    )
    before = len(await legal_ops_alerts(pool, case_id))
    await disclose(pool, clock, case_id)
    [owed] = [d["formal_process"] for d in await staged(pool, case_id, Topics.DECIDED) if d["formal_process"]]
    assert owed["requester_email"] is None
    alerts = (await legal_ops_alerts(pool, case_id))[before:]
    assert len(alerts) == 1 and "no e-mail address" in alerts[0]["reason"] and alerts[0]["formal_process"] is None

"""A poll's events of one partition applied in one transaction (``handle_many``) leave the same
state as applied one by one: each event once (its inbox row), in order, on a real PostgreSQL."""

from __future__ import annotations

import json
import uuid

import asyncpg
import pytest

from services.intake.service_layer import services as intake
from services.notify.service_layer import services as notify
from services.review.domain.assessment import load_rule_book
from services.review.service_layer import services as review
from shared.contracts import LegalProcessReceived, NoticeDispatched, NoticePlanned, envelope
from shared.vocabulary import NoticeRole, NoticeStatus
from tests.conftest import DEMO_ACCOUNTS
from tests.integration.notify_support import Clock, policy, reviewed
from tests.integration.review_support import POLICY, T0, routine_order

pytestmark = pytest.mark.integration


async def test_review_applies_a_batch_each_received_event_once(pool: asyncpg.Pool) -> None:
    received = [
        envelope(
            LegalProcessReceived(channel="api", received_at=T0, case=routine_order()),
            case_id=uuid.uuid4(),
            trace_id=f"t{n}",
            producer="test",
        )
        for n in range(3)
    ]
    again = received[1].model_copy(update={"event_id": uuid.uuid4()})  # another event for a reviewed case
    reviews = await review.review_all_received(
        pool=pool,
        rule_book=load_rule_book(),
        policy=POLICY,
        consumer="review.received",
        events=[*received, received[0], again],
        clock=lambda: T0,
    )
    assert [r is not None for r in reviews] == [True, True, True, False, False]
    assert await pool.fetchval("SELECT count(*) FROM review.reviews") == 3
    assert await pool.fetchval("SELECT count(*) FROM review.outbox WHERE topic = 'legal-process.reviewed.v1'") == 3
    assert await pool.fetchval("SELECT count(*) FROM review.timers") == 3 * await pool.fetchval(
        "SELECT count(*) FROM review.timers WHERE case_id = $1", received[0].case_id
    )
    # redelivered later, one by one or together: nothing more
    assert await review.review_all_received(
        pool=pool,
        rule_book=load_rule_book(),
        policy=POLICY,
        consumer="review.received",
        events=received,
        clock=lambda: T0,
    ) == [None, None, None]
    assert await pool.fetchval("SELECT count(*) FROM review.reviews") == 3


async def test_notify_plans_a_batch_of_reviews_as_one_by_one(pool: asyncpg.Pool) -> None:
    await notify.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    clock = Clock()
    events = [
        envelope(
            reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]), case_id=uuid.uuid4(), trace_id="t", producer="test"
        )
        for _ in range(3)
    ]
    single = envelope(
        reviewed(targets=["ALT_USCIS", "harbor_freight_fan"]), case_id=uuid.uuid4(), trace_id="t", producer="test"
    )
    one = await notify.plan_from_review(
        pool=pool, policy=policy(), consumer="notify.reviewed", event=single, now=clock()
    )
    together = await notify.plan_from_reviews(
        pool=pool, policy=policy(), consumer="notify.reviewed", events=[*events, events[0]], now=clock()
    )
    assert one > 0 and together == 3 * one
    for event in [*events, single]:
        assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE case_id = $1", event.case_id) == one
    assert (
        await notify.plan_from_reviews(
            pool=pool, policy=policy(), consumer="notify.reviewed", events=events, now=clock()
        )
        == 0
    )


async def test_intake_keeps_each_notices_latest_state_from_a_batch(pool: asyncpg.Pool) -> None:
    case_id, notice_id = uuid.uuid4(), uuid.uuid4()
    await pool.execute(
        "INSERT INTO intake.cases (case_id, channel, received_at, trace_id, document, fingerprint)"
        " VALUES ($1, 'api', now(), 't', '{}', 'f')",
        case_id,
    )
    planned = envelope(
        NoticePlanned(
            notice_id=notice_id,
            role=NoticeRole.USER,
            recipient="a@example.org",
            status=NoticeStatus.PENDING,
            kind="initial",
        ),
        case_id=case_id,
        trace_id="t",
        producer="test",
    )
    sent = envelope(
        NoticeDispatched(
            notice_id=notice_id,
            role=NoticeRole.USER,
            recipient="a@example.org",
            status=NoticeStatus.SENT,
            message_id="<m>",
            dispatched_at=T0,
            attempts=1,
            kind="initial",
        ),
        case_id=case_id,
        trace_id="t",
        producer="test",
    )
    await intake.record_notices(pool=pool, consumer="intake.case-view.notice-dispatched", events=[sent, sent])
    await intake.record_notices(pool=pool, consumer="intake.case-view.notice-planned", events=[planned])
    assert await pool.fetchval("SELECT status FROM intake.case_notices WHERE notice_id = $1", notice_id) == "SENT"
    assert await pool.fetchval("SELECT count(*) FROM intake.processed_messages") == 2

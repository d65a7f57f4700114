"""The legal-ops web app on a real PostgreSQL: log in, queue, case page, actions as commands, audit."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest

from services.intake.service_layer import casework, services
from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.rulebook import load_rule_book
from shared.contracts import (
    Envelope,
    LegalProcessCase,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    NoticePlanned,
    StaffActionOutcome,
    StaffActionRequested,
    envelope,
)
from shared.outbox import open_value
from shared.vocabulary import CounselAction, EscalationTier, NoticeRole, NoticeStatus, StaffRequest
from tests.conftest import SEED_CASE, parse_event
from tests.integration.web_support import NOW, csrf_of, logged_in, staff_app

pytestmark = pytest.mark.integration


@pytest.fixture
async def app(pool: asyncpg.Pool) -> Any:
    return await staff_app(pool)


@pytest.fixture
async def counsel(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async for client in logged_in(app, "counsel@example.org"):
        yield client


@pytest.fixture
async def clerk(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async for client in logged_in(app, "clerk@example.org"):
        yield client


async def reviewed_seed(pool: asyncpg.Pool) -> uuid.UUID:
    """The seed case submitted, and its review, escalation and notices as review and notify publish them."""
    case = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    submitted = await services.submit_case(
        pool=pool,
        case=case,
        channel="api",
        trace_id="t" * 32,
        received_at=NOW - timedelta(hours=1),
        submitted_by="test-submitter",
    )
    review = assess(
        case,
        accounts=AccountDirectory.from_entries([]),
        rule_book=load_rule_book(),
        now=NOW,
        received_at=NOW - timedelta(hours=1),
    )
    reviewed = LegalProcessReviewed(
        received_at=NOW - timedelta(hours=1),
        reviewed_at=NOW,
        review=review,
        return_by=case.return_by,
        acknowledge_by=NOW + timedelta(hours=2),
    )
    await services.record_review(
        pool=pool,
        consumer="test",
        event=envelope(reviewed, case_id=submitted.case_id, trace_id="t" * 32, producer="review"),
    )
    escalated = LegalProcessEscalated(
        tier=EscalationTier.LITIGATION,
        reason="review requires counsel",
        disposition=review.disposition,
        sequence=1,
        finding_codes=[],
        escalated_at=NOW,
        acknowledge_by=NOW + timedelta(hours=2),
    )
    await services.record_timeline(
        pool=pool,
        consumer="test",
        event=envelope(escalated, case_id=submitted.case_id, trace_id="t" * 32, producer="review"),
    )
    for role, recipient in ((NoticeRole.USER, "alt-uscis@example.org"), (NoticeRole.INTERNAL_COUNSEL, "lit@x.org")):
        planned = NoticePlanned(notice_id=uuid.uuid4(), role=role, recipient=recipient, status=NoticeStatus.SENT)
        await services.record_notice(
            pool=pool,
            consumer="test",
            event=envelope(planned, case_id=submitted.case_id, trace_id="t" * 32, producer="notify"),
        )
    return submitted.case_id


async def staged_requests(pool: asyncpg.Pool) -> list[Envelope[StaffActionRequested]]:
    rows = await pool.fetch(
        "SELECT event_id, value FROM intake.outbox WHERE topic = $1 ORDER BY id", StaffActionRequested.TOPIC
    )
    return [
        parse_event(
            await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]), StaffActionRequested
        )
        for row in rows
    ]


async def test_the_case_page_shows_findings_tier_gag_state_and_notices_and_is_audited(
    counsel: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    case_id = await reviewed_seed(pool)
    page = await counsel.get(f"/cases/{case_id}")
    assert page.status_code == 200
    html = page.text
    for code in ("ADMIN_PURPOSE_OUT_OF_SCOPE", "RETURN_DATE_DEFECT", "NOTICE_REQUIRED"):
        assert code in html
    assert "19 U.S.C. § 1509(a)" in html
    assert 'id="tier">LITIGATION<' in html
    assert "No nondisclosure order: the user may be told." in html
    assert "alt-uscis@example.org" in html and "Sent" in html
    audit = await pool.fetch("SELECT actor, action FROM intake.audit_log WHERE case_id = $1", case_id)
    assert ("Counsel <counsel@example.org>", "VIEWED") in [(row["actor"], row["action"]) for row in audit]
    assert "submitted by test-submitter" in html  # who submitted it, from the case row
    again = await counsel.get(f"/cases/{case_id}")
    assert (
        again.text.count("Counsel &lt;counsel@example.org&gt;</td><td>Viewed</td>") == 2
    )  # the trail shows both views


async def test_the_queue_lists_filters_and_searches(counsel: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    case_id = await reviewed_seed(pool)
    queue = await counsel.get("/")
    assert queue.status_code == 200 and f"/cases/{case_id}" in queue.text
    assert "in 2 h 00 min" in queue.text  # the acknowledgement SLA counts down
    assert f"/cases/{case_id}" in (await counsel.get("/", params={"q": "Customs"})).text
    assert f"/cases/{case_id}" not in (await counsel.get("/", params={"q": "Kentucky"})).text
    assert f"/cases/{case_id}" in (await counsel.get("/", params={"tier": "LITIGATION"})).text
    assert f"/cases/{case_id}" not in (await counsel.get("/", params={"tier": "LEGAL_OPS"})).text
    assert f"/cases/{case_id}" not in (await counsel.get("/", params={"stage": "DECIDED"})).text


async def test_a_counsel_decision_becomes_a_command_and_its_outcome_shows(
    counsel: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    case_id = await reviewed_seed(pool)
    page = await counsel.get(f"/cases/{case_id}")
    response = await counsel.post(
        f"/cases/{case_id}/actions",
        data={
            "csrf_token": csrf_of(page.text),
            "action": "DECIDE",
            "disposition": "CHALLENGE",
            "reason": "as recommended",
        },
    )
    assert response.status_code == 303 and "done=DECIDE" in response.headers["location"]
    [command] = await staged_requests(pool)
    assert command.case_id == case_id and command.payload.action is StaffRequest.DECIDE
    assert command.payload.requested_by == "Counsel <counsel@example.org>"
    pending = await counsel.get(f"/cases/{case_id}")
    assert "Working: Decide" in pending.text
    assert (await counsel.get(f"/cases/{case_id}/progress")).json()["pending"] == 1

    await casework.record_outcome(
        pool=pool,
        consumer="test",
        event=envelope(
            StaffActionOutcome(
                request_id=command.payload.request_id,
                action=StaffRequest.DECIDE,
                outcome="DONE",
                detail="accepted CHALLENGE",
                answered_by="review",
                answered_at=NOW,
            ),
            case_id=case_id,
            trace_id="t",
            producer="review",
        ),
    )
    decided = LegalProcessDecided(
        action=CounselAction.DECIDE,
        decided_by=command.payload.requested_by,
        reason="as recommended",
        decided_at=NOW,
        disposition="CHALLENGE",
        request_id=command.payload.request_id,
    )
    await services.record_timeline(
        pool=pool, consumer="test", event=envelope(decided, case_id=case_id, trace_id="t", producer="review")
    )
    done = await counsel.get(f"/cases/{case_id}")
    assert "done: accepted CHALLENGE" in done.text and "Working:" not in done.text
    assert '<dd id="stage">Decided</dd>' in done.text


async def test_a_form_post_without_the_csrf_token_is_refused(counsel: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    case_id = await reviewed_seed(pool)
    response = await counsel.post(f"/cases/{case_id}/actions", data={"action": "ACKNOWLEDGE"})
    assert response.status_code == 403
    assert await staged_requests(pool) == []


async def test_an_intake_clerk_is_not_offered_and_refused_a_decision(
    clerk: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    case_id = await reviewed_seed(pool)
    page = await clerk.get(f"/cases/{case_id}")
    assert 'value="DECIDE"' not in page.text and "cannot decide" in page.text
    response = await clerk.post(
        f"/cases/{case_id}/actions",
        data={"csrf_token": csrf_of(page.text), "action": "DECIDE", "disposition": "COMPLY"},
        headers={"accept": "text/html"},
    )
    assert response.status_code == 403 and "Not allowed" in response.text
    assert await staged_requests(pool) == []


async def test_a_gag_reads_in_plain_words_on_the_page(counsel: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    document = json.loads(SEED_CASE.read_text())
    document["process_type"], document["statute"] = "SEARCH_WARRANT", "18 U.S.C. § 2703"
    document["nondisclosure"] = {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": "2027-05-23T00:00:00Z"}
    submitted = await services.submit_case(
        pool=pool, case=LegalProcessCase.model_validate(document), channel="api", trace_id="t" * 32
    )
    page = await counsel.get(f"/cases/{submitted.case_id}")
    assert "User notice withheld until 23 May 2027" in page.text

"""The case page of a demand whose requester nobody verified (issue 15, finding 2), on a real
PostgreSQL: it says the user notice waits for requester verification and offers legal ops the
out-of-band confirmation (and the dismissal); the posted form becomes a CONFIRM_REQUESTER command
carrying the confirmed facts, audited; once review records it, the page says so and offers no more."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest

from services.intake.domain.staff import Role
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import services
from services.intake.service_layer import staff as staff_service
from services.review.domain.assessment import AccountDirectory, assess
from services.review.domain.rulebook import load_rule_book
from shared.contracts import (
    Envelope,
    LegalProcessCase,
    LegalProcessDecided,
    LegalProcessReviewed,
    StaffActionRequested,
    envelope,
)
from shared.outbox import open_value
from shared.vocabulary import ConfirmationMethod, CounselAction, StaffRequest
from tests.conftest import SEED_CASE, parse_event

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery staple"
NOW = datetime(2017, 3, 14, 12, 0, tzinfo=UTC)
OPS = "ops@example.org"
WAITS = "User notice waits for requester verification"


def clock() -> datetime:
    return NOW


@pytest.fixture
async def legal_ops(pool: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    await staff_service.create_staff(
        pool=pool,
        email=OPS,
        display_name="Lee Ops",
        role=Role.LEGAL_OPS,
        password=PASSWORD,
        created_by="t",
        clock=clock,
    )
    app: Any = create_app(IntakeServices(pool=pool, clock=clock), max_request_bytes=256 * 1024)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        page = await client.get("/login")
        login_csrf = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        response = await client.post(
            "/login", data={"email": OPS, "password": PASSWORD, "login_csrf": login_csrf, "next": "/"}
        )
        assert response.status_code == 303, response.text
        yield client


async def unverified_case(pool: asyncpg.Pool) -> Any:
    case = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    case = case.model_copy(update={"requester": case.requester.model_copy(update={"verified": False})})
    submitted = await services.submit_case(
        pool=pool, case=case, channel="api", trace_id="t" * 32, received_at=NOW - timedelta(hours=1)
    )
    review = assess(
        case, accounts=AccountDirectory.from_entries([]), rule_book=load_rule_book(), now=NOW, received_at=NOW
    )
    assert "REQUESTER_UNVERIFIED" in [f.code for f in review.findings]
    reviewed = LegalProcessReviewed(received_at=NOW - timedelta(hours=1), reviewed_at=NOW, review=review)
    await services.record_review(
        pool=pool, consumer="test", event=envelope(reviewed, case_id=submitted.case_id, trace_id="t", producer="review")
    )
    return submitted.case_id


async def staged(pool: asyncpg.Pool) -> list[Envelope[StaffActionRequested]]:
    rows = await pool.fetch(
        "SELECT event_id, value FROM intake.outbox WHERE topic = $1 ORDER BY id", StaffActionRequested.TOPIC
    )
    return [
        parse_event(
            await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]), StaffActionRequested
        )
        for row in rows
    ]


async def test_the_page_shows_the_wait_and_legal_ops_confirm_the_requester_from_it(
    legal_ops: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    case_id = await unverified_case(pool)
    page = await legal_ops.get(f"/cases/{case_id}")
    assert page.status_code == 200 and WAITS in page.text
    assert 'value="CONFIRM_REQUESTER"' in page.text and 'value="DISMISS_DEMAND"' in page.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    response = await legal_ops.post(
        f"/cases/{case_id}/actions",
        data={
            "csrf_token": csrf,
            "action": "CONFIRM_REQUESTER",
            "confirm_name": "U.S. Customs and Border Protection",
            "confirm_method": "PHONE_CALLBACK",
            "confirmed_at": "2017-03-14T11:30",
            "confirm_case_number": "CBP-2017-0001",
            "reason": "Called CBP on the number listed on cbp.gov",
        },
    )
    assert response.status_code == 303 and "done=CONFIRM_REQUESTER" in response.headers["location"]
    [command] = await staged(pool)
    request = command.payload
    assert request.action is StaffRequest.CONFIRM_REQUESTER and request.requested_by == f"Lee Ops <{OPS}>"
    assert request.confirmation is not None
    assert request.confirmation.requester_name == "U.S. Customs and Border Protection"
    assert request.confirmation.method is ConfirmationMethod.PHONE_CALLBACK
    assert request.confirmation.confirmed_at == datetime(2017, 3, 14, 11, 30, tzinfo=UTC)
    assert request.confirmation.case_number == "CBP-2017-0001" and request.confirmation.return_by is None
    audit = await pool.fetch("SELECT action, detail FROM intake.audit_log WHERE case_id = $1", case_id)
    assert "REQUESTED_CONFIRM_REQUESTER" in [row["action"] for row in audit]

    decided = LegalProcessDecided(
        action=CounselAction.CONFIRM_REQUESTER,
        decided_by=request.requested_by,
        reason=request.reason or "",
        decided_at=NOW,
        confirmation=request.confirmation,
        request_id=request.request_id,
    )
    await services.record_timeline(
        pool=pool, consumer="test", event=envelope(decided, case_id=case_id, trace_id="t", producer="review")
    )
    after = await legal_ops.get(f"/cases/{case_id}")
    assert WAITS not in after.text and "Requester confirmed out of band by Lee Ops" in after.text
    assert 'value="CONFIRM_REQUESTER"' not in after.text

"""Dismissing a held case as not legal process, on a real PostgreSQL: the API and the triage page's
form (session, CSRF), who may, what is stored (who, when, the reason sealed), the audit entry and
the ``legal-process.dismissed`` event staged in the same transaction, the queue, and refusals
(unknown case, confirmed case, no reason, twice). The message and its attachments stay."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from markupsafe import escape

from services.intake.adapters.sealing import dismissal_reason_aad
from services.intake.domain.dismissal import REASON_MAX_CHARS
from services.intake.domain.staff import ROLE_PERMISSIONS, Permission, Role, StaffMember
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer import email as email_service
from services.intake.service_layer import staff as staff_service
from shared import audit
from shared.contracts import Envelope, LegalProcessCase, LegalProcessDismissed, Topics
from shared.db import vault_of
from shared.outbox import open_value
from tests.conftest import SEED_CASE, open_event_json, staff_api_headers

pytestmark = pytest.mark.integration
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "email"
PASSWORD = "correct horse battery staple"
REASON = "A user's complaint about a blocked account, sent to the legal-process mailbox by mistake."


@pytest.fixture
def app(pool: asyncpg.Pool) -> FastAPI:
    return create_app(IntakeServices(pool=pool), max_request_bytes=64 * 1024)


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
        yield client


async def held_case(http: httpx.AsyncClient, headers: dict[str, str], name: str = "30-not-legal-process") -> str:
    """A corpus e-mail intake cannot read as legal process, uploaded: held for triage."""
    response = await http.post(
        "/api/v1/cases",
        content=(CORPUS / f"{name}.eml").read_bytes(),
        headers={**headers, "content-type": "message/rfc822"},
    )
    assert response.status_code == 201 and response.json()["status"] == "NEEDS_TRIAGE", response.text
    return response.json()["case_id"]


async def staged(pool: asyncpg.Pool, topic: str) -> list[dict]:
    rows = await pool.fetch("SELECT event_id, key, value FROM intake.outbox WHERE topic = $1 ORDER BY id", topic)
    return [
        open_event_json(await open_value(pool, schema="intake", event_id=r["event_id"], value=r["value"]))
        | {"_key": r["key"]}
        for r in rows
    ]


async def audit_of(pool: asyncpg.Pool, case_id: str, action: str = "TRIAGE_DISMISSED") -> list[asyncpg.Record]:
    return await pool.fetch(
        "SELECT actor, detail, at FROM intake.audit_log WHERE case_id = $1 AND action = $2 ORDER BY seq",
        uuid.UUID(case_id),
        action,
    )


async def stored(pool: asyncpg.Pool, case_id: str) -> asyncpg.Record:
    return await pool.fetchrow(
        "SELECT held_reasons, confirmed_at, dismissed_at, dismissed_by, dismissed_reason"
        " FROM intake.cases WHERE case_id = $1",
        uuid.UUID(case_id),
    )


async def test_legal_ops_dismiss_a_held_case_once_and_it_is_kept_audited_and_announced(
    pool: asyncpg.Pool, http: httpx.AsyncClient
) -> None:
    headers = await staff_api_headers(pool, "LEGAL_OPS", name="Lee Ops", email="lee@example.org")
    case_id = await held_case(http, headers)
    messages = await pool.fetchval("SELECT count(*) FROM intake.raw_messages WHERE case_id = $1", uuid.UUID(case_id))
    attachments = await pool.fetchval("SELECT count(*) FROM intake.attachments")

    response = await http.post(f"/api/v1/cases/{case_id}/dismiss", json={"reason": f"  {REASON}\n"}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["case_id"], body["status"], body["dismissed_by"]) == (
        case_id,
        "DISMISSED",
        "Lee Ops <lee@example.org>",
    )

    row = await stored(pool, case_id)
    assert (
        row["dismissed_by"] == "Lee Ops <lee@example.org>" and row["dismissed_at"].isoformat() == body["dismissed_at"]
    )
    assert row["held_reasons"] and row["confirmed_at"] is None  # why it was held stays; never confirmed
    # The reason is stored trimmed and sealed to this row: not readable in the table.
    assert row["dismissed_reason"].startswith("dp1:") and "complaint" not in row["dismissed_reason"]
    assert vault_of(pool).open(row["dismissed_reason"], aad=dismissal_reason_aad(uuid.UUID(case_id))) == REASON

    [entry] = await audit_of(pool, case_id)
    assert entry["actor"] == "Lee Ops <lee@example.org>" and entry["detail"]["role"] == "LEGAL_OPS"
    assert entry["at"] == row["dismissed_at"] and "complaint" not in json.dumps(entry["detail"])
    async with pool.acquire() as conn:
        assert await audit.verify(conn, schema="intake") == []

    [event] = await staged(pool, Topics.DISMISSED)
    assert event["_key"] == case_id and event["case_id"] == case_id and event["event_type"] == "legal-process.dismissed"
    dismissed = Envelope[LegalProcessDismissed].model_validate({k: v for k, v in event.items() if k != "_key"}).payload
    assert dismissed.dismissed_by == "Lee Ops <lee@example.org>" and dismissed.dismissed_at == row["dismissed_at"]
    assert "complaint" not in json.dumps(event)  # the reason never leaves intake
    assert await staged(pool, Topics.RECEIVED) == []  # never sent to review

    # Nothing is deleted: the message and its attachments are still there, and downloadable.
    assert (
        await pool.fetchval("SELECT count(*) FROM intake.raw_messages WHERE case_id = $1", uuid.UUID(case_id))
        == messages
        == 1
    )
    assert await pool.fetchval("SELECT count(*) FROM intake.attachments") == attachments
    assert (await http.get(f"/cases/{case_id}/original", headers=headers)).status_code == 200

    view = (await http.get(f"/api/v1/cases/{case_id}", headers=headers)).json()
    assert view["status"] == "DISMISSED" and view["state"]["stage"] == "DISMISSED"
    assert (view["dismissed_by"], view["dismissed_reason"]) == ("Lee Ops <lee@example.org>", REASON)
    assert "TRIAGE_DISMISSED" in [entry["action"] for entry in view["audit"]]

    # Twice: refused, and nothing changes (the first dismissal stands).
    again = await http.post(f"/api/v1/cases/{case_id}/dismiss", json={"reason": "spam"}, headers=headers)
    assert again.status_code == 409 and "already dismissed" in again.json()["error"]
    assert again.json()["dismissed_at"] == body["dismissed_at"]
    assert len(await staged(pool, Topics.DISMISSED)) == 1 and len(await audit_of(pool, case_id)) == 1
    assert (await stored(pool, case_id))["dismissed_reason"] == row["dismissed_reason"]
    # A dismissed case is not confirmed afterwards, nor does it take staff actions.
    confirm = await http.post(f"/api/v1/cases/{case_id}/confirm", content=SEED_CASE.read_bytes(), headers=headers)
    assert confirm.status_code == 409 and "dismissed" in confirm.json()["error"]
    assert await staged(pool, Topics.RECEIVED) == []
    action = await http.post(f"/api/v1/cases/{case_id}/actions", json={"action": "ACKNOWLEDGE"}, headers=headers)
    assert action.status_code == 409 and "dismissed" in action.json()["error"]


async def test_a_confirmed_case_an_unknown_case_and_a_missing_reason_are_refused_and_change_nothing(
    pool: asyncpg.Pool, http: httpx.AsyncClient
) -> None:
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    confirmed = await held_case(http, headers, "24-scan-image-only-pdf")
    assert (
        await http.post(f"/api/v1/cases/{confirmed}/confirm", content=SEED_CASE.read_bytes(), headers=headers)
    ).status_code == 200
    refused = await http.post(f"/api/v1/cases/{confirmed}/dismiss", json={"reason": REASON}, headers=headers)
    assert refused.status_code == 409 and "confirmed" in refused.json()["error"]
    assert refused.json()["status"] == "RECEIVED"
    assert (await stored(pool, confirmed))["dismissed_at"] is None

    unknown = await http.post(f"/api/v1/cases/{uuid.uuid4()}/dismiss", json={"reason": REASON}, headers=headers)
    assert unknown.status_code == 404

    held = await held_case(http, headers)
    for body in ({}, {"reason": None}, {"reason": "   "}, {"reason": "x" * (REASON_MAX_CHARS + 1)}):
        response = await http.post(f"/api/v1/cases/{held}/dismiss", json=body, headers=headers)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["fields"][0]["field"] == "reason"
    wrong = await http.post(f"/api/v1/cases/{held}/dismiss", json={"reason": REASON, "delete": True}, headers=headers)
    assert wrong.status_code == 422  # no other fields
    assert (await stored(pool, held))["dismissed_at"] is None
    assert await staged(pool, Topics.DISMISSED) == []
    assert await pool.fetchval("SELECT count(*) FROM intake.audit_log WHERE action = 'TRIAGE_DISMISSED'") == 0
    assert (await http.get(f"/api/v1/cases/{held}", headers=headers)).json()["status"] == "NEEDS_TRIAGE"


async def test_a_dismissal_racing_a_confirmation_or_another_dismissal_leaves_one_outcome(
    pool: asyncpg.Pool, http: httpx.AsyncClient
) -> None:
    """Both lock the case row: exactly one of them happens, and one event is staged."""
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    members = [StaffMember(uuid.uuid4(), f"ops{i}@example.org", f"Ops {i}", Role.LEGAL_OPS) for i in range(3)]
    twice = await held_case(http, headers)
    outcomes = await asyncio.gather(
        *(
            email_service.dismiss_case(pool=pool, case_id=uuid.UUID(twice), member=member, reason=REASON, trace_id="t")
            for member in members
        )
    )
    assert sorted(o.outcome for o in outcomes) == ["already_dismissed", "already_dismissed", "dismissed"]
    [first] = [o for o in outcomes if o.outcome == "dismissed"]
    assert all((o.dismissed_by, o.dismissed_at) == (first.dismissed_by, first.dismissed_at) for o in outcomes)
    assert len(await staged(pool, Topics.DISMISSED)) == 1

    raced = await held_case(http, headers, "29-empty-message")
    case = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    confirm, dismiss = await asyncio.gather(
        email_service.confirm_case(pool=pool, case_id=uuid.UUID(raced), case=case, confirmed_by="Ops 0", trace_id="t"),
        email_service.dismiss_case(pool=pool, case_id=uuid.UUID(raced), member=members[1], reason=REASON, trace_id="t"),
    )
    assert (confirm, dismiss.outcome) in (("confirmed", "already_confirmed"), ("dismissed", "dismissed"))
    received = [e for e in await staged(pool, Topics.RECEIVED) if e["case_id"] == raced]
    dismissed = [e for e in await staged(pool, Topics.DISMISSED) if e["case_id"] == raced]
    assert len(received) + len(dismissed) == 1


# --- the web app: the triage page's form, the case page, the queue ---------------------------------


async def log_in(client: httpx.AsyncClient, pool: asyncpg.Pool, role: Role, email: str) -> None:
    await staff_service.create_staff(
        pool=pool,
        email=email,
        display_name=f"Web {role.label}",
        role=role,
        password=PASSWORD,
        created_by="test",
        clock=lambda: datetime.now(UTC),
    )
    page = await client.get("/login")
    login_csrf = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    response = await client.post(
        "/login", data={"email": email, "password": PASSWORD, "login_csrf": login_csrf, "next": "/"}
    )
    assert response.status_code == 303, response.text


async def test_the_triage_page_dismisses_with_csrf_and_answers_with_the_case_page(
    pool: asyncpg.Pool, http: httpx.AsyncClient
) -> None:
    case_id = await held_case(http, await staff_api_headers(pool, "LEGAL_OPS"))
    await log_in(http, pool, Role.LEGAL_OPS, "web-ops@example.org")
    triage = await http.get(f"/cases/{case_id}")
    assert triage.status_code == 200 and "NEEDS_TRIAGE" in triage.text
    assert f'action="/cases/{case_id}/dismiss"' in triage.text and "Not legal process — dismiss" in triage.text
    csrf = re.search(r'id="dismiss">\s*<input type="hidden" name="csrf_token" value="([^"]+)"', triage.text).group(1)

    forged = await http.post(
        f"/cases/{case_id}/dismiss", data={"reason": REASON, "csrf_token": "forged"}, headers={"accept": "text/html"}
    )
    assert forged.status_code == 403
    missing = await http.post(f"/cases/{case_id}/dismiss", data={"reason": REASON})
    assert missing.status_code == 403
    blank = await http.post(f"/cases/{case_id}/dismiss", data={"reason": "  ", "csrf_token": csrf})
    assert blank.status_code == 422 and 'id="dismiss-error"' in blank.text and "reason is required" in blank.text
    assert "Confirm the fields" in blank.text  # still the triage page
    assert (await stored(pool, case_id))["dismissed_at"] is None and await staged(pool, Topics.DISMISSED) == []

    done = await http.post(f"/cases/{case_id}/dismiss", data={"reason": REASON, "csrf_token": csrf})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{case_id}?done=dismissed"
    page = await http.get(done.headers["location"])
    assert page.status_code == 200
    row = await stored(pool, case_id)
    when = row["dismissed_at"].strftime("%Y-%m-%d %H:%M UTC")
    assert f"Dismissed by Web Legal ops &lt;web-ops@example.org&gt; on {when}:</strong> {escape(REASON)}" in page.text
    assert 'action="/cases/' + case_id + '/dismiss"' not in page.text and "Confirm the fields" not in page.text
    assert f'href="/cases/{case_id}/original"' in page.text  # the message is kept
    [entry] = await audit_of(pool, case_id)
    assert entry["actor"] == "Web Legal ops <web-ops@example.org>"
    assert len(await staged(pool, Topics.DISMISSED)) == 1

    # Sent again (a double click): the same page, nothing new.
    again = await http.post(f"/cases/{case_id}/dismiss", data={"reason": "spam", "csrf_token": csrf})
    assert again.headers["location"] == f"/cases/{case_id}?done=already-dismissed"
    assert "already dismissed" in (await http.get(again.headers["location"])).text
    assert len(await staged(pool, Topics.DISMISSED)) == 1

    # The queue: gone from the default view; the "Dismissed" status shows it.
    other = await held_case(http, await staff_api_headers(pool, "LEGAL_OPS"), "29-empty-message")
    queue = (await http.get("/")).text
    assert f"/cases/{other}" in queue and f"/cases/{case_id}" not in queue
    filtered = (await http.get("/", params={"stage": "DISMISSED"})).text
    assert f"/cases/{case_id}" in filtered and f"/cases/{other}" not in filtered
    assert "Dismissed (not legal process)" in filtered


async def test_a_confirmed_case_is_not_dismissed_from_the_web_form(pool: asyncpg.Pool, http: httpx.AsyncClient) -> None:
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    case_id = await held_case(http, headers, "24-scan-image-only-pdf")
    await log_in(http, pool, Role.LEGAL_OPS, "web-ops@example.org")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', (await http.get(f"/cases/{case_id}")).text).group(1)
    assert (
        await http.post(f"/api/v1/cases/{case_id}/confirm", content=SEED_CASE.read_bytes(), headers=headers)
    ).status_code == 200
    response = await http.post(f"/cases/{case_id}/dismiss", data={"reason": REASON, "csrf_token": csrf})
    assert response.status_code == 303 and "error=" in response.headers["location"]
    page = await http.get(response.headers["location"])
    assert "it is legal process and cannot be dismissed" in page.text
    assert (await stored(pool, case_id))["dismissed_at"] is None


@pytest.mark.parametrize("role", list(Role))
async def test_whoever_may_confirm_triage_may_dismiss_and_nobody_else(
    pool: asyncpg.Pool, http: httpx.AsyncClient, role: Role
) -> None:
    case_id = await held_case(http, await staff_api_headers(pool, "LEGAL_OPS"))
    headers = await staff_api_headers(pool, role.value)
    may = Permission.TRIAGE in ROLE_PERMISSIONS[role]
    response = await http.post(f"/api/v1/cases/{case_id}/dismiss", json={"reason": REASON}, headers=headers)
    assert response.status_code == (200 if may else 403), response.text
    assert ((await stored(pool, case_id))["dismissed_at"] is not None) is may


async def test_a_message_received_again_after_its_case_was_dismissed_is_a_case_of_its_own(
    pool: asyncpg.Pool, http: httpx.AsyncClient
) -> None:
    """A dismissal may be a mistake: the same message sent again is not swallowed as a duplicate
    of the dismissed case. It becomes a new held case (legal ops look at it afresh, told of the
    earlier dismissal); a third copy is a duplicate of that new case."""
    headers = await staff_api_headers(pool, "LEGAL_OPS", name="Lee Ops", email="lee@example.org")
    first = await held_case(http, headers)
    assert (
        await http.post(f"/api/v1/cases/{first}/dismiss", json={"reason": REASON}, headers=headers)
    ).status_code == 200

    second = await held_case(http, headers)  # 201 NEEDS_TRIAGE again, not a duplicate
    assert second != first
    assert (await stored(pool, second))["dismissed_at"] is None
    assert (await stored(pool, first))["dismissed_at"] is not None, "the dismissal itself stands"

    notes = {
        case: [
            r["detail"]
            for r in await pool.fetch(
                "SELECT detail FROM intake.case_timeline WHERE case_id = $1 AND event_type = 'intake.duplicate-received'",
                uuid.UUID(case),
            )
        ]
        for case in (first, second)
    }
    assert [n["code"] for n in notes[first]] == ["RECEIVED_AFTER_DISMISSAL"] and second in notes[first][0][
        "explanation"
    ]
    assert [n["code"] for n in notes[second]] == ["RECEIVED_AFTER_DISMISSAL"] and first in notes[second][0][
        "explanation"
    ]
    page = await http.get(f"/cases/{second}", headers=headers)
    assert page.status_code == 200 and "Dismissed before:" in page.text and first in page.text

    third = await http.post(
        "/api/v1/cases",
        content=(CORPUS / "30-not-legal-process.eml").read_bytes(),
        headers={**headers, "content-type": "message/rfc822"},
    )
    assert (third.json()["status"], third.json()["duplicate_of"]) == ("DUPLICATE_REQUEST", second), third.text
    assert await pool.fetchval("SELECT count(*) FROM intake.cases") == 2

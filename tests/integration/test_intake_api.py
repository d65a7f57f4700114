"""Intake's HTTP front against a real PostgreSQL: what is accepted is durable, what is refused leaves nothing."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest

from services.intake.entrypoints.http import IntakeServices, create_app
from shared.contracts import LegalProcessReceived
from shared.outbox import open_value
from tests.conftest import SEED_CASE, parse_event, staff_api_headers

pytestmark = pytest.mark.integration
MAX_BYTES = 64 * 1024


@pytest.fixture
async def client(pool: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    """Authenticated as a legal-ops member with an API token."""
    app = create_app(IntakeServices(pool=pool), max_request_bytes=MAX_BYTES)
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake", headers=headers
    ) as http:
        yield http


def seed() -> dict[str, Any]:
    return json.loads(SEED_CASE.read_text())


async def written(pool: asyncpg.Pool) -> tuple[int, int]:
    return (
        await pool.fetchval("SELECT count(*) FROM intake.cases"),
        await pool.fetchval("SELECT count(*) FROM intake.outbox"),
    )


async def test_a_case_is_stored_with_its_received_event_keyed_by_case_id(
    client: httpx.AsyncClient, pool: asyncpg.Pool
) -> None:
    response = await client.post("/api/v1/cases", json=seed())
    assert response.status_code == 201, response.text
    case_id = uuid.UUID(response.json()["case_id"])
    row = await pool.fetchrow("SELECT topic, key, event_id, value FROM intake.outbox")
    assert row["topic"] == "legal-process.received.v1"
    assert row["key"] == str(case_id)
    event = parse_event(
        await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]), LegalProcessReceived
    )
    assert event.case_id == case_id and event.producer == "intake" and event.payload.channel == "api"
    assert event.payload.case.targets == ["ALT_USCIS"]

    view = (await client.get(f"/api/v1/cases/{case_id}")).json()
    assert view["status"] == "RECEIVED" and view["review"] is None and view["notices"] == []
    assert view["case"]["statute"] == "19 U.S.C. § 1509"


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda c: c.update(process_type="SUBPOENA_MAGIC"), "process_type"),
        (lambda c: c["requester"].update(kind="ALIEN"), "requester.kind"),
        (lambda c: c.update(data_categories=["BASIC_SUBSCRIBER", "EVERYTHING"]), "data_categories.1"),
        (lambda c: c.update(return_by="next tuesday"), "return_by"),
        (lambda c: c.update(served_at="2017-03-14T14:02:00"), "served_at"),  # no time zone
        (lambda c: c.pop("requester"), "requester"),
        (lambda c: c.update(surprise=True), "surprise"),
    ],
)
async def test_invalid_fields_are_named_and_nothing_is_written(
    client: httpx.AsyncClient, pool: asyncpg.Pool, mutate: Any, field: str
) -> None:
    case = seed()
    mutate(case)
    response = await client.post("/api/v1/cases", json=case)
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["fields"]]
    assert await written(pool) == (0, 0)


async def test_malformed_json_is_a_400_with_a_clear_message(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    response = await client.post(
        "/api/v1/cases", content=b'{"process_type": "SEARCH_WARRANT",', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error"]
    assert await written(pool) == (0, 0)


async def test_oversized_bodies_are_refused_declared_or_streamed(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    case = seed()
    case["raw_text"] = "x" * (MAX_BYTES + 1)
    response = await client.post("/api/v1/cases", json=case)
    assert response.status_code == 413
    assert response.json()["max_bytes"] == MAX_BYTES

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        body = json.dumps(case).encode()
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    response = await client.post("/api/v1/cases", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert await written(pool) == (0, 0)


async def test_wrong_content_type_is_a_415(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    response = await client.post("/api/v1/cases", content=b"process_type=X", headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert await written(pool) == (0, 0)


async def test_idempotency_key_makes_retries_safe(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    headers = {"Idempotency-Key": "retry-me-1"}
    first = await client.post("/api/v1/cases", json=seed(), headers=headers)
    again = await client.post("/api/v1/cases", json=seed(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["case_id"] == again.json()["case_id"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await written(pool) == (1, 1)

    changed = seed()
    changed["targets"] = ["someone_else"]
    conflict = await client.post("/api/v1/cases", json=changed, headers=headers)
    assert conflict.status_code == 422
    assert "different case" in conflict.json()["error"]
    assert await written(pool) == (1, 1)


async def test_unknown_case_is_404(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"/api/v1/cases/{uuid.uuid4()}")).status_code == 404


async def test_the_html_form_records_a_case_without_javascript(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    page = await client.get("/cases/new")
    assert page.status_code == 200 and 'name="process_type"' in page.text
    form = {
        "idempotency_key": "form-1",
        "process_type": "SUBPOENA_ADMINISTRATIVE",
        "statute": "19 U.S.C. § 1509",
        "requester_name": "U.S. Customs and Border Protection",
        "requester_kind": "FEDERAL",
        "requester_country": "US",
        "targets": "@ALT_USCIS\n",
        "data_categories": ["BASIC_SUBSCRIBER"],
        "timezone": "America/New_York",
        "served_at": "2017-03-14T14:02",
        "return_by": "2017-03-13T11:45",
    }
    response = await client.post("/cases/new", data=form)
    assert response.status_code == 303
    case_id = response.headers["location"].split("?")[0].rsplit("/", 1)[1]
    stored = await pool.fetchval("SELECT channel FROM intake.cases WHERE case_id = $1", uuid.UUID(case_id))
    assert stored == "web"
    document = (await client.get(f"/api/v1/cases/{case_id}")).json()["case"]  # targets are sealed at rest
    assert document["targets"] == ["ALT_USCIS"]
    assert document["return_by"] == "2017-03-13T11:45:00-04:00"
    page = await client.get(f"/cases/{case_id}")
    assert page.status_code == 200 and "Under review" in page.text
    # A double submit of the same form is the same case.
    assert (await client.post("/cases/new", data=form)).headers["location"].split("?")[0].endswith(case_id)
    assert await written(pool) == (1, 1)


async def test_the_form_shows_errors_and_keeps_what_was_typed(client: httpx.AsyncClient, pool: asyncpg.Pool) -> None:
    response = await client.post(
        "/cases/new",
        data={
            "process_type": "SEARCH_WARRANT",
            "requester_kind": "FEDERAL",
            "requester_name": "",
            "case_number": "<b>1:17-mj-0042</b>",
        },
    )
    assert response.status_code == 422
    assert "requester.name" in response.text
    assert "&lt;b&gt;1:17-mj-0042&lt;/b&gt;" in response.text  # kept, and escaped
    assert await written(pool) == (0, 0)


async def test_without_the_database_intake_answers_503_and_never_2xx(database_url: str) -> None:
    from shared.db import create_pool

    gone = await create_pool(database_url, max_size=1)
    await gone.close()
    app = create_app(IntakeServices(pool=gone), max_request_bytes=MAX_BYTES)
    headers = {"Authorization": "Bearer dp_whatever"}  # identifying it already needs the database
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake", headers=headers
    ) as http:
        response = await http.post("/api/v1/cases", json=seed())
        assert response.status_code == 503 and response.headers["Retry-After"] == "5"
        assert (await http.get("/readyz")).status_code == 503


async def test_the_web_app_serves_no_metrics_even_to_staff(client: httpx.AsyncClient) -> None:
    # Exact counts only on the metrics listener (tests/integration/test_metrics_listener.py).
    assert (await client.post("/api/v1/cases", json=seed())).status_code == 201
    response = await client.get("/metrics")
    assert response.status_code == 404 and "dueprocess_cases_received" not in response.text

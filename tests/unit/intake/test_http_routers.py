"""Intake's routers alone: each mounted on a bare FastAPI app with its services on the app's
state, a stand-in for the staff member (``require``'s dependency overridden) and, where a route
reaches the service layer, a fake use case. No database, no Kafka: milliseconds."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.intake.domain.staff import Permission, Role, StaffMember
from services.intake.entrypoints.http import IntakeServices, auth, cases, pages, reports, staff, triage
from services.intake.entrypoints.http.middleware import BodyLimitMiddleware
from services.intake.service_layer.services import Submitted

SEED_CASE = Path(__file__).resolve().parents[3] / "deploy" / "demo" / "alt_uscis_summons.json"
OPS = StaffMember(uuid.uuid4(), "ops@example.org", "Olive Ops", Role.LEGAL_OPS)
CLERK = StaffMember(uuid.uuid4(), "clerk@example.org", "Cal Clerk", Role.INTAKE_CLERK)
TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"


class NoPool:
    """A pool no test here may reach: a route that touches the database fails the test."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the route reached the database (pool.{name})")


def bare_app(*routers: Any, member: StaffMember | None = OPS, **services: Any) -> FastAPI:
    app = FastAPI()
    app.state.services = IntakeServices(pool=NoPool(), **services)  # type: ignore[arg-type]
    app.add_exception_handler(auth.NotAuthenticated, auth.not_authenticated)
    app.add_exception_handler(auth.Forbidden, auth.forbidden)
    for router in routers:
        app.include_router(router)
    if member is not None:
        for permission in Permission:
            app.dependency_overrides[auth.require(permission)] = lambda: member
    return app


@pytest.fixture
def api() -> Iterator[TestClient]:
    with TestClient(bare_app(cases.router)) as client:
        yield client


def test_require_is_one_dependency_per_permission() -> None:
    assert auth.require(Permission.SUBMIT) is auth.require(Permission.SUBMIT)
    assert auth.require(Permission.SUBMIT) is not auth.require(Permission.TRIAGE)


def test_a_case_is_submitted_with_the_callers_key_trace_and_name(
    api: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    case_id = uuid.uuid4()

    async def submit_case(**kwargs: Any) -> Submitted:
        calls.append(kwargs)
        return Submitted(case_id=case_id, replayed=len(calls) > 1)

    monkeypatch.setattr(cases.services, "submit_case", submit_case)
    headers = {"Idempotency-Key": "k-1", "traceparent": f"00-{TRACE}-00f067aa0ba902b7-01"}
    first = api.post("/api/v1/cases", content=SEED_CASE.read_bytes(), headers=headers)
    assert first.status_code == 201, first.text
    assert first.json() == {"case_id": str(case_id)}
    assert first.headers["location"] == f"/api/v1/cases/{case_id}"
    assert "idempotent-replayed" not in first.headers
    again = api.post("/api/v1/cases", content=SEED_CASE.read_bytes(), headers=headers)
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert calls[0]["idempotency_key"] == "k-1" and calls[0]["channel"] == "api"
    assert calls[0]["trace_id"] == TRACE and calls[0]["submitted_by"] == OPS.actor
    assert calls[0]["case"].process_type.value == "SUBPOENA_ADMINISTRATIVE"


@pytest.mark.parametrize(
    ("body", "headers", "status", "error"),
    [
        (b"{}", {"content-type": "text/plain"}, 415, "unsupported content type 'text/plain'"),
        (b"{}", {"Idempotency-Key": "x" * 201}, 400, "Idempotency-Key must be 1 to 200 characters"),
        (b"{not json", {}, 400, "the body is not valid JSON"),
        (b'{"process_type": "SEARCH_WARRANT"}', {}, 422, "invalid case"),
    ],
)
def test_a_bad_submission_is_refused_before_the_database(
    api: TestClient, body: bytes, headers: dict[str, str], status: int, error: str
) -> None:
    response = api.post("/api/v1/cases", content=body, headers={"content-type": "application/json", **headers})
    assert response.status_code == status
    assert response.json()["error"].startswith(error)


def test_a_bad_idempotency_key_never_reaches_the_use_case(api: TestClient) -> None:
    # NoPool would fail the test had the route gone on to submit.
    response = api.post("/api/v1/cases", content=SEED_CASE.read_bytes(), headers={"Idempotency-Key": ""})
    assert response.status_code == 400


def test_without_a_member_the_api_answers_401_and_a_page_redirects_to_login() -> None:
    with TestClient(bare_app(cases.router, pages.router, member=None), follow_redirects=False) as client:
        api = client.get("/api/v1/cases")
        assert api.status_code == 401 and api.headers["www-authenticate"] == 'Bearer realm="dueprocess"'
        page = client.get("/cases/new?from=mail", headers={"accept": "text/html"})
        assert page.status_code == 303 and page.headers["location"] == "/login?next=/cases/new%3Ffrom%3Dmail"


def test_the_new_demand_form_is_drawn_for_a_member() -> None:
    with TestClient(bare_app(pages.router)) as client:
        form = client.get("/cases/new")
    assert form.status_code == 200
    assert 'action="/cases/new"' in form.text and "Record the demand" in form.text


def test_a_dismissal_without_a_readable_body_is_refused_before_the_database() -> None:
    with TestClient(bare_app(triage.router)) as client:
        response = client.post(f"/api/v1/cases/{uuid.uuid4()}/dismiss", json={"reason": 5, "extra": 1})
    assert response.status_code == 422
    assert {field["field"] for field in response.json()["fields"]} == {"reason", "extra"}


def test_a_member_may_not_issue_a_token_to_someone_else_without_managing_staff() -> None:
    with TestClient(bare_app(staff.router, member=CLERK)) as client:
        refused = client.post(f"/staff/{uuid.uuid4()}/tokens", data={"name": "laptop"}, headers={"accept": "*/*"})
    assert refused.status_code == 403


def test_the_report_refuses_an_inverted_period_and_draws_the_empty_form() -> None:
    with TestClient(bare_app(reports.router, report_band=1)) as client:
        inverted = client.get("/api/v1/reports/transparency", params={"from": "2025-04-01", "to": "2025-03-01"})
        assert inverted.status_code == 422 and inverted.json()["fields"][0]["field"] == "to"
        form = client.get("/reports/transparency")
        assert form.status_code == 200 and "<form" in form.text and "<caption>" not in form.text


def test_the_body_limit_answers_413_before_the_route() -> None:
    app = bare_app(cases.router)
    app.add_middleware(BodyLimitMiddleware, max_bytes=64)
    with TestClient(app) as client:
        response = client.post("/api/v1/cases", content=b"{" + b" " * 100 + b"}")
    assert response.status_code == 413 and response.json() == {"error": "request body too large", "max_bytes": 64}


def test_the_services_refuse_a_band_below_one() -> None:
    with pytest.raises(ValueError, match="band width"):
        IntakeServices(pool=NoPool(), report_band=0)  # type: ignore[arg-type]

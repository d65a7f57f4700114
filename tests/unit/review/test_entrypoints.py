"""Review's counsel router and Kafka handlers alone: the router on a bare FastAPI app with the
services on its state (no service credential, no database: the use case is a fake), and each
handler called with the services it is given."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from services.review.domain.decisions import ActionRefused
from services.review.domain.escalation import EscalationPolicy
from services.review.entrypoints import consumers, http
from services.review.entrypoints.dependencies import ReviewServices
from shared.vocabulary import CounselAction, Disposition

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
CASE = uuid.uuid4()
STAFF = {http.STAFF_HEADER: "Cora Counsel <cora@example.org>"}


class NoPool:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"reached the database (pool.{name})")


class Decided:
    def model_dump(self, *, mode: str) -> dict[str, Any]:
        return {"decided": True}


@pytest.fixture
def wired() -> ReviewServices:
    return ReviewServices(pool=NoPool(), clock=lambda: NOW)  # type: ignore[arg-type]


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    async def record_action(**kwargs: Any) -> Decided:
        calls.append(kwargs)
        if kwargs["case_id"] != CASE:
            raise http.services.CaseNotFound(f"no review of case {kwargs['case_id']}")
        if kwargs["action"] is CounselAction.USER_OBJECTED:
            raise ActionRefused("the case is not decided yet")
        return Decided()

    monkeypatch.setattr(http.services, "record_action", record_action)
    return calls


@pytest.fixture
def client(wired: ReviewServices) -> Iterator[TestClient]:
    app = FastAPI()
    app.state.services = wired
    app.include_router(http.router)
    with TestClient(app) as client:
        yield client


def test_an_action_names_the_staff_member_or_is_refused(client: TestClient, recorded: list[dict[str, Any]]) -> None:
    missing = client.post(f"/api/v1/cases/{CASE}/acknowledge")
    assert missing.status_code == 400 and http.STAFF_HEADER in missing.json()["error"]
    assert recorded == []
    acknowledged = client.post(f"/api/v1/cases/{CASE}/acknowledge", headers=STAFF)
    assert acknowledged.status_code == 201 and acknowledged.json() == {"decided": True}
    assert recorded[0]["action"] is CounselAction.ACKNOWLEDGE and recorded[0]["actor"] == STAFF[http.STAFF_HEADER]
    assert recorded[0]["clock"]() == NOW and recorded[0]["reason"] is None


def test_a_decision_carries_its_disposition_and_reason(client: TestClient, recorded: list[dict[str, Any]]) -> None:
    body = {"disposition": "OBJECT", "reason": "overbroad"}
    assert client.post(f"/api/v1/cases/{CASE}/decision", json=body, headers=STAFF).status_code == 201
    assert recorded[0]["disposition"] is Disposition.OBJECT and recorded[0]["reason"] == "overbroad"


def test_refusals_are_409_and_an_unknown_case_404(client: TestClient, recorded: list[dict[str, Any]]) -> None:
    refused = client.post(f"/api/v1/cases/{CASE}/user-objected", json={"reason": "r"}, headers=STAFF)
    assert refused.status_code == 409 and refused.json() == {"error": "the case is not decided yet"}
    unknown = client.post(f"/api/v1/cases/{uuid.uuid4()}/challenge-filed", json={"reason": "r"}, headers=STAFF)
    assert unknown.status_code == 404


def test_a_lifted_order_is_recorded_as_no_order(client: TestClient, recorded: list[dict[str, Any]]) -> None:
    assert client.post(f"/api/v1/cases/{CASE}/nondisclosure", json={}, headers=STAFF).status_code == 201
    terms = recorded[0]["nondisclosure"]
    assert recorded[0]["action"] is CounselAction.NDO_CHANGED and not terms.present and terms.expires_at is None


async def test_the_handlers_use_the_services_they_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = EscalationPolicy()
    wired = ReviewServices(pool=NoPool(), clock=lambda: NOW, policy=policy)  # type: ignore[arg-type]
    calls: list[tuple[str, dict[str, Any]]] = []

    def recorder(name: str) -> Any:
        async def use_case(**kwargs: Any) -> None:
            calls.append((name, kwargs))

        return use_case

    for name in ("review_received", "review_all_received", "carry_out_request"):
        monkeypatch.setattr(consumers.review, name, recorder(name))
    await consumers.on_received("received", services=wired)  # type: ignore[arg-type]
    await consumers.on_all_received(["a", "b"], services=wired)  # type: ignore[arg-type]
    await consumers.on_action_requested("requested", services=wired)  # type: ignore[arg-type]
    (_, one), (_, many), (_, request) = calls
    assert one["consumer"] == many["consumer"] == consumers.CONSUMER and one["event"] == "received"
    assert one["policy"] is policy and one["rule_book"] is wired.rule_book and one["pool"] is wired.pool
    assert many["events"] == ["a", "b"]
    assert request["consumer"] == consumers.ON_ACTION_REQUESTED and request["clock"]() == NOW

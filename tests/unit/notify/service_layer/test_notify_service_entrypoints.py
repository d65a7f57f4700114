"""The entrypoints alone, on fakes: a Kafka handler is a function given the services; the HTTP
routes read them from the application's state."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from services.notify.domain.model import NoticeKind
from services.notify.entrypoints import consumers
from services.notify.entrypoints.http import STAFF_HEADER, create_app
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.services import NotifyServices
from shared.contracts import Envelope, LegalProcessHeld, LegalProcessReviewed
from shared.vocabulary import ProcessType
from tests.unit.notify.service_layer.fakes import FakeUnitOfWork

TOKEN = "internal-token-for-tests"


def services(uow: FakeUnitOfWork, policy: NoticePolicy, now: datetime) -> NotifyServices:
    return NotifyServices(uow=uow, policy=policy, clock=lambda: now)


async def test_a_handler_translates_its_event_into_the_use_case(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    notify = services(uow, policy, now)
    reviewed = event(make_reviewed())
    await consumers.on_reviewed(reviewed, services=notify)
    await consumers.on_reviews([reviewed], services=notify)
    assert len(uow.store.notices) == 3
    assert (consumers.ON_REVIEWED, reviewed.event_id) in uow.store.processed
    held = LegalProcessHeld(
        channel="api",
        source="api",
        received_at=now - timedelta(minutes=5),
        process_type=ProcessType.UNKNOWN,
        emergency=False,
        reasons=["LOW_CONFIDENCE"],
    )
    await consumers.on_held(event(held, case=uuid.uuid4()), services=notify)
    assert [n.kind for n in uow.store.notices.values()].count(NoticeKind.TRIAGE_ALERT) == 1


async def test_the_routes_read_the_services_from_the_application(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    notify = services(uow, policy, now)
    reviewed = event(make_reviewed())
    await consumers.on_reviewed(reviewed, services=notify)
    app = create_app(pool=None, policy=policy, clock=notify.clock, internal_api_token=TOKEN, services=notify)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app) as client:
        assert client.get("/api/v1/notices").status_code == 401
        listed = client.get("/api/v1/notices", params={"case_id": str(reviewed.case_id)}, headers=auth).json()
        assert listed["count"] == 3 and {n["status"] for n in listed["notices"]} == {"PENDING"}
        first = listed["notices"][0]["notice_id"]
        detail = client.get(f"/api/v1/notices/{first}", headers=auth).json()
        assert detail["idempotency_key"] == first and detail["delivery_attempts"] == []
        refused = client.post(f"/api/v1/notices/{first}/retry", headers={**auth, STAFF_HEADER: "Ops"})
        assert refused.status_code == 409 and "PENDING" in refused.json()["error"]
        gag = client.get(f"/api/v1/cases/{reviewed.case_id}/nondisclosure", headers=auth).json()
        assert gag["in_force"] is False and gag["user_notice"]["status"] == "PENDING"
        named = client.put(
            "/api/v1/accounts/@rogue_nasa/counsel",
            json={"name": "Ada Lovelace", "email": "ada@example.org"},
            headers={**auth, STAFF_HEADER: "Ops"},
        )
        assert named.status_code == 200 and named.json()["notices_owed"] == 1
        assert client.get("/api/v1/accounts/ROGUE_NASA/counsel", headers=auth).json()["source"] == "appointed"
        assert client.get("/counsel/not-a-token").status_code == 404


def test_register_subscribes_every_handler_to_its_topic_in_its_own_group(monkeypatch: Any) -> None:
    """One consumer group per handler (a slow handler never holds another's offsets back), each
    contract's topic once, and the handler bound to the services it is given."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(consumers, "register_consumer", lambda broker, **kw: calls.append(kw))
    sentinel = object()
    consumers.register(object(), services=sentinel, options=object())  # type: ignore[arg-type]
    topics = [c["topic"] for c in calls]
    groups = [c["group_id"] for c in calls]
    assert len(calls) == len(consumers.SUBSCRIPTIONS) >= 7
    assert len(set(topics)) == len(topics) and len(set(groups)) == len(groups)
    assert all(g.startswith("notify.") for g in groups)
    for call in calls:
        assert call["topic"] == call["payload_type"].TOPIC, "each topic carries its own contract"
        assert call["handle"].keywords == {"services": sentinel}
    batched = {c["topic"] for c in calls if c["handle_many"] is not None}
    assert batched == {consumers.Topics.REVIEWED, consumers.Topics.ESCALATED}

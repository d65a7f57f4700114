"""Intake's read-model handlers alone: each is a module-level function over the pool it is given,
applying its event under its own inbox name; ``routes`` binds them to one pool, per topic."""

from __future__ import annotations

from typing import Any

import pytest

from services.intake.entrypoints import consumers
from shared.contracts import Topics

POOL: Any = object()  # never used: the use cases are recorded instead


@pytest.fixture
def applied(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Any]]:
    """(use case, inbox name, event or events) for every use case a handler calls."""
    calls: list[tuple[str, str, Any]] = []

    def recorder(name: str) -> Any:
        async def use_case(*, pool: Any, consumer: str, event: Any = None, events: Any = None) -> None:
            assert pool is POOL
            calls.append((name, consumer, event if events is None else list(events)))

        return use_case

    for name in ("record_timeline", "record_timelines", "record_review", "record_reviews"):
        monkeypatch.setattr(consumers.services, name, recorder(name))
    for name in ("record_notice", "record_notices"):
        monkeypatch.setattr(consumers.services, name, recorder(name))
    monkeypatch.setattr(consumers.casework, "record_outcome", recorder("record_outcome"))
    monkeypatch.setattr(consumers.holds, "record_holds", recorder("record_holds"))
    return calls


async def test_each_topic_is_applied_once_under_its_own_inbox_name(applied: list[tuple[str, str, Any]]) -> None:
    routes = {route.topic: route for route in consumers.routes(pool=POOL)}
    assert set(routes) == {
        Topics.ACTION_OUTCOME,
        Topics.ESCALATED,
        Topics.DECIDED,
        Topics.REVIEWED,
        Topics.NOTICE_PLANNED,
        Topics.NOTICE_DISPATCHED,
        Topics.LEGAL_HOLDS,
    }
    # A staff request's outcome is applied one by one; the rest also a partition's batch at once.
    assert [topic for topic, route in routes.items() if route.handle_many is None] == [Topics.ACTION_OUTCOME]
    for topic, route in routes.items():
        await route.handle(f"one {topic}")  # type: ignore[arg-type]
        if route.handle_many is not None:
            await route.handle_many([f"a {topic}", f"b {topic}"])  # type: ignore[list-item]
    inbox_names = {consumer for _, consumer, _ in applied}
    assert len(inbox_names) == 7 and all(name.startswith(f"{consumers.GROUP}.") for name in inbox_names)
    assert ("record_outcome", consumers.ON_ACTION_OUTCOME, f"one {Topics.ACTION_OUTCOME}") in applied
    assert ("record_reviews", consumers.ON_REVIEWED, [f"a {Topics.REVIEWED}", f"b {Topics.REVIEWED}"]) in applied
    assert ("record_notice", consumers.ON_NOTICE_DISPATCHED, f"one {Topics.NOTICE_DISPATCHED}") in applied
    assert ("record_timelines", consumers.ON_DECIDED, [f"a {Topics.DECIDED}", f"b {Topics.DECIDED}"]) in applied
    assert ("record_holds", consumers.ON_LEGAL_HOLD, [f"one {Topics.LEGAL_HOLDS}"]) in applied
    assert len(applied) == 13


async def test_a_handler_can_be_called_alone(applied: list[tuple[str, str, Any]]) -> None:
    await consumers.on_escalated("escalated", pool=POOL)  # type: ignore[arg-type]
    assert applied == [("record_timeline", consumers.ON_ESCALATED, "escalated")]

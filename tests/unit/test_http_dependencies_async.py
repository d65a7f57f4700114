"""Every FastAPI endpoint and dependency of the three services' HTTP apps is async.

FastAPI runs a plain ``def`` endpoint or dependency in its thread pool: a thread hand-off (and a wait for
the GIL back) on every request that uses it. The services' dependencies only read the app's
state or a header, so they are ``async def`` and run on the event loop; this test finds any
that is not, in every route of every app (a new sync dependency made intake's case submission
measurably slower in ``python -m bench pipeline``).
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, cast

import asyncpg
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from services.intake.entrypoints.http import create_app as intake_app
from services.intake.entrypoints.http.dependencies import IntakeServices
from services.notify.entrypoints.http import create_app as notify_app
from services.notify.service_layer.policy import NoticePolicy
from services.review.entrypoints.dependencies import ReviewServices
from services.review.entrypoints.http import create_app as review_app

#: The apps are only assembled, never served: no handler runs, so no pool is needed.
NO_POOL = cast(asyncpg.Pool, object())


POLICY = NoticePolicy(
    counsel_by_tier={},
    legal_aid_contacts=[],
    public_base_url="https://intake.dueprocess.test",
    sender="legal-notices@dueprocess.test",
)


def now() -> datetime:
    return datetime.now(UTC)


def apps() -> dict[str, FastAPI]:
    return {
        "intake": intake_app(IntakeServices(pool=NO_POOL), max_request_bytes=1_000_000),
        "review": review_app(ReviewServices(pool=NO_POOL), internal_api_token="t"),
        "notify": notify_app(pool=NO_POOL, policy=POLICY, clock=now, internal_api_token="t"),
    }


def api_routes(routes: list[Any]) -> Iterator[Any]:
    """Every API route, those of included routers too (FastAPI keeps an included router as one
    entry whose routes, with the includer's dependencies, are its effective route contexts)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        contexts = getattr(route, "effective_route_contexts", None)
        if callable(contexts):
            yield from (context for context in contexts() if getattr(context, "dependant", None) is not None)


def dependencies(dependant: Dependant) -> Iterator[Dependant]:
    for sub in dependant.dependencies:
        yield sub
        yield from dependencies(sub)


def runs_on_the_loop(call: Any) -> bool:
    """A coroutine function, or an object whose ``__call__`` is one (e.g. ``HTTPBearer``)."""
    if inspect.isclass(call):
        return False
    return inspect.iscoroutinefunction(call) or inspect.iscoroutinefunction(type(call).__call__)


@pytest.mark.parametrize("service", ["intake", "review", "notify"])
def test_every_endpoint_and_dependency_is_async(service: str) -> None:
    app = apps()[service]
    routes = list(api_routes(app.routes))
    assert len(routes) >= 5, f"{service}: expected its routes to be assembled"
    checked = 0
    sync: set[str] = set()
    for route in routes:
        for dependency in [route.dependant, *dependencies(route.dependant)]:
            if dependency.call is None:
                continue
            checked += 1
            if not runs_on_the_loop(dependency.call):
                sync.add(f"{route.path}: {getattr(dependency.call, '__qualname__', dependency.call)!r}")
    assert checked, f"{service}: no dependency found, so the test checked nothing"
    assert not sync, f"{service}: sync dependencies run in FastAPI's thread pool: {sorted(sync)}"


def test_a_sync_dependency_is_detected() -> None:
    def sync_dependency() -> int:
        return 1

    async def async_dependency() -> int:
        return 1

    assert not runs_on_the_loop(sync_dependency)
    assert runs_on_the_loop(async_dependency)

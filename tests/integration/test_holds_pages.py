"""Preservation holds in intake's web app, on a real PostgreSQL: the read model of legal-hold.v1
(intake's consumer handler) on the case page and in the "Holds" view, expiring soonest first."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest

from services.intake.entrypoints import consumers
from services.intake.service_layer import services
from shared.contracts import Envelope, LegalHoldChanged, LegalProcessCase, envelope
from shared.vocabulary import DataCategory
from tests.conftest import SEED_CASE
from tests.integration.web_support import NOW, logged_in, staff_app

pytestmark = pytest.mark.integration


@pytest.fixture
async def counsel(pool: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    async for client in logged_in(await staff_app(pool), "counsel@example.org"):
        yield client


async def submitted(pool: asyncpg.Pool) -> uuid.UUID:
    done = await services.submit_case(
        pool=pool,
        case=LegalProcessCase.model_validate_json(SEED_CASE.read_text()),
        channel="api",
        trace_id="t" * 32,
        received_at=NOW - timedelta(hours=1),
        submitted_by="test",
    )
    return done.case_id


def change(
    case_id: uuid.UUID, hold_id: uuid.UUID, what: str, sequence: int, **fields: Any
) -> Envelope[LegalHoldChanged]:
    payload = LegalHoldChanged(
        hold_id=hold_id,
        change=what,  # type: ignore[arg-type]
        sequence=sequence,
        accounts=["harbor_freight_fan"],
        data_categories=[DataCategory.STORED_CONTENT],
        records_as_of=NOW - timedelta(hours=1),
        extended=what == "EXTENDED",
        changed_at=NOW,
        **{"expires_at": None, **fields},
    )
    return envelope(payload, case_id=case_id, trace_id="t", producer="review")


async def test_holds_show_on_the_case_page_and_in_the_holds_view(
    pool: asyncpg.Pool, counsel: httpx.AsyncClient
) -> None:
    first, second = await submitted(pool), await submitted(pool)
    soon, later = uuid.uuid4(), uuid.uuid4()
    await consumers.on_all_legal_holds(
        [
            change(first, later, "PLACED", 1, expires_at=NOW + timedelta(days=89)),
            change(second, soon, "PLACED", 1, expires_at=NOW + timedelta(days=20)),
            change(first, later, "EXTENDED", 2, expires_at=NOW + timedelta(days=179)),
        ],
        pool=pool,
    )
    # A redelivered, older change moves nothing back.
    await consumers.on_legal_hold(change(first, later, "PLACED", 1, expires_at=NOW + timedelta(days=89)), pool=pool)
    page = (await counsel.get(f"/cases/{first}")).text
    assert 'id="holds"' in page and "extended once" in page
    assert "2017-09-09" in page, "the extended expiry, not the first one (2017-06-11)"
    view = (await counsel.get("/holds")).text
    assert view.index(f"/cases/{second}") < view.index(f"/cases/{first}"), "expiring soonest first"
    assert "2 holds" in view

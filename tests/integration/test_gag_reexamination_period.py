"""Review tells notify how often counsel re-examines a gag in force: the rule book's
``gag_reexamination_days`` travels on the reviewed event (one definition, in policy.yaml)."""

from __future__ import annotations

from datetime import timedelta

import asyncpg
import pytest

from services.review.domain.assessment import load_rule_book
from shared.contracts import LegalProcessCase, Topics
from shared.outbox import open_value
from tests.conftest import open_event_json
from tests.integration.review_support import Clock, load_demo_accounts, receive

pytestmark = pytest.mark.integration


async def test_the_reviewed_event_carries_the_rule_books_reexamination_period(pool: asyncpg.Pool) -> None:
    await load_demo_accounts(pool)
    clock = Clock()
    case = LegalProcessCase.model_validate(
        {
            "process_type": "COURT_ORDER_2703D",
            "requester": {
                "name": "Federal Bureau of Investigation",
                "kind": "FEDERAL",
                "country": "US",
                "email": "agent@fbi.gov",
                "verified": True,
            },
            "targets": ["harbor_freight_fan"],
            "data_categories": ["BASIC_SUBSCRIBER"],
            "served_at": clock().isoformat(),
            "return_by": (clock() + timedelta(days=14)).isoformat(),
            "case_number": "1:26-ec-00016",
            "issuing_court": "E.D. Va.",
            "nondisclosure": {"present": True, "kind": "COURT_ORDER_2705B"},
        }
    )
    case_id = await receive(pool, clock, case)
    row = await pool.fetchrow(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = $2", str(case_id), Topics.REVIEWED
    )
    reviewed = open_event_json(await open_value(pool, schema="review", event_id=row["event_id"], value=row["value"]))
    assert reviewed["payload"]["gag_reexamine_every_days"] == load_rule_book().policy.gag_reexamination_days == 365

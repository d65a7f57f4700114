"""`dueprocess audit verify/export` on a real database: counsel's actions are in the chain."""

from __future__ import annotations

import json
from pathlib import Path

import asyncpg
import pytest

from deploy.operations import audit_export, audit_verify
from services.review.service_layer import services
from shared.audit import verify_export
from shared.settings import Settings
from shared.vocabulary import CounselAction
from tests.integration.review_support import Clock, load_demo_accounts, receive, routine_order

pytestmark = pytest.mark.integration
SCHEMAS = ("intake", "review", "notify")


async def test_audit_verify_passes_then_fails_on_a_hand_edit_and_export_is_signed(
    pool: asyncpg.Pool, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await load_demo_accounts(pool)
    clock = Clock()
    case_id = await receive(pool, clock, routine_order())
    for action in (CounselAction.ACKNOWLEDGE, CounselAction.DECIDE):
        await services.record_action(
            pool=pool,
            case_id=case_id,
            action=action,
            actor="Counsel A",
            reason="ok",
            disposition=None,
            clock=clock,
            trace_id="t",
        )
    assert await audit_verify(database_url, schemas=SCHEMAS) == 0
    assert "review: intact (2 entries)" in capsys.readouterr().out

    output = tmp_path / "export.json"
    assert (
        await audit_export(Settings(database_url=database_url), case_id=str(case_id), output=output, schemas=SCHEMAS)
        == 0
    )
    export = json.loads(output.read_text())["review"]
    assert [e["action"] for e in export["entries"]] == ["ACKNOWLEDGE", "DECIDE"] and verify_export(export)
    assert await audit_export(Settings(database_url=database_url), case_id="nope", output=None, schemas=SCHEMAS) == 2

    await pool.execute("UPDATE review.audit_log SET actor = 'Someone Else' WHERE action = 'DECIDE'")
    assert await audit_verify(database_url, schemas=SCHEMAS) == 1
    assert "review: BROKEN" in capsys.readouterr().out

"""Key rotation on real PostgreSQL: data sealed under key A, then A and B configured with B
current, `dueprocess keys rotate` re-seals everything under B (resumably, in batches, through
each service's own role); with A removed everything still reads. A tampered or moved
ciphertext is refused, and rows stored before encryption at rest are sealed by the same command."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import asyncpg
import pytest

from deploy.cli import main
from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import SERVICES, rotate_keys
from services.intake.adapters.action_requests import ActionRequestRepository
from services.intake.adapters.messages import MessageRepository
from services.intake.adapters.sealing import SEALED_COLUMNS as INTAKE_COLUMNS
from services.intake.adapters.sealing import review_aad as intake_review_aad
from services.intake.service_layer import services as intake
from services.notify.adapters.contacts import PostgresContactRepository
from services.notify.adapters.matters import PostgresMatterRepository
from services.notify.adapters.notices import PostgresNoticeRepository
from services.notify.adapters.sealing import SEALED_COLUMNS as NOTIFY_COLUMNS
from services.notify.service_layer import services as notify
from services.review.adapters.repository import AccountRepository
from services.review.adapters.sealing import SEALED_COLUMNS as REVIEW_COLUMNS
from services.review.adapters.sealing import review_aad as review_review_aad
from services.review.entrypoints.cli import run_assess
from shared.crypto import UndecryptableValue, Vault
from shared.outbox import open_value
from shared.sealing import ResealFailed, review_projection, stale_count
from shared.settings import Settings
from tests.conftest import DEMO_ACCOUNTS, SEED_CASE
from tests.integration.personal_data_flow import open_pools, read_back, run_flow

KEY_A, KEY_B, KEY_C, INDEX_KEY = (Vault.generate_key() for _ in range(4))
# The seed case's review (as `dueprocess assess` prints it): its targets and explanations name the account.
LEGACY_REVIEW = run_assess(path=SEED_CASE, accounts_file=DEMO_ACCOUNTS, now="2026-06-01T12:00:00+00:00")
# A staff request stored before action requests were sealed: it names counsel and the account.
LEGACY_REQUEST = {
    "counsel": {"account": "alt_uscis", "name": "Ana Counsel", "email": "ana@example.org"},
    "produced": [],
}
COLUMNS = {"intake": INTAKE_COLUMNS, "review": REVIEW_COLUMNS, "notify": NOTIFY_COLUMNS}


def vault(spec: str) -> Vault:
    return Vault.from_config(spec, index_key=INDEX_KEY)


def settings(spec: str, urls: dict[str, str]) -> Settings:
    return Settings(
        _env_file=None,
        data_keys=spec,
        blind_index_key=INDEX_KEY,
        **{f"{service}_database_url": url for service, url in urls.items()},
    )


async def values_by_key(database_url: str) -> dict[str, int]:
    """How many sealed values each key id seals, over every text and bytea column of the schemas."""
    admin = await asyncpg.connect(database_url)
    try:
        counts: dict[str, int] = {}
        columns = await admin.fetch(
            "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = ANY($1::text[]) AND data_type IN ('text', 'bytea')",
            list(SERVICES),
        )
        for c in columns:
            value = (
                f"encode(\"{c['column_name']}\", 'escape')" if c["data_type"] == "bytea" else f'"{c["column_name"]}"'
            )
            rows = await admin.fetch(
                f"SELECT split_part({value}, ':', 2) AS key_id, count(*) AS n"
                f' FROM "{c["table_schema"]}"."{c["table_name"]}"'
                f" WHERE {value} LIKE 'dp1:%' OR {value} LIKE 'dp1b:%' GROUP BY 1"
            )
            for row in rows:
                counts[row["key_id"]] = counts.get(row["key_id"], 0) + row["n"]
        return counts
    finally:
        await admin.close()


class Interrupted(Exception):
    pass


async def test_rotate_to_b_then_retire_a_and_everything_still_reads(
    database_url: str,
    role_urls: dict[str, str],
    sink: SmtpSink,
) -> None:
    pools = await open_pools(role_urls, vault(f"a:{KEY_A}"))
    try:
        flow = await run_flow(pools, sink)
    finally:
        for pool in pools.values():
            await pool.close()
    before = await values_by_key(database_url)
    assert set(before) == {"a"} and before["a"] > 100

    # A rotation that dies after a few batches leaves some values under B, the rest under A, all readable.
    said: list[str] = []

    def die_after_three_batches(line: str) -> None:
        said.append(line)
        if sum("re-sealed under b" in s for s in said) >= 3:
            raise Interrupted

    both = settings(f"b:{KEY_B},a:{KEY_A}", role_urls)
    with pytest.raises(Interrupted):
        await rotate_keys(both, batch=5, say=die_after_three_batches)
    halfway = await values_by_key(database_url)
    assert halfway["b"] > 0 and halfway["a"] > 0 and sum(halfway.values()) == before["a"]

    lines: list[str] = []
    assert await rotate_keys(both, batch=5, say=lines.append) == 0
    assert any("re-sealed under b" in line for line in lines) and lines[-1] == "every sealed value is under b"
    assert await values_by_key(database_url) == {"b": before["a"]}
    assert await rotate_keys(both, batch=5, say=lines.append) == 0, "a second run has nothing to do"

    only_b = await open_pools(role_urls, vault(f"b:{KEY_B}"))
    try:
        await read_back(only_b, flow)
        for service, pool in only_b.items():
            async with pool.acquire() as conn:
                for column in COLUMNS[service]:
                    assert await stale_count(conn, column, vault(f"b:{KEY_B}")) == 0
    finally:
        for pool in only_b.values():
            await pool.close()

    # The command itself, from the environment (exit 0 when nothing is left).
    assert main(["keys", "generate"]) == 0


async def test_a_tampered_or_moved_ciphertext_is_refused(
    database_url: str,
    role_urls: dict[str, str],
    sink: SmtpSink,
) -> None:
    pools = await open_pools(role_urls, vault(f"a:{KEY_A}"))
    try:
        flow = await run_flow(pools, sink)
        second_case = flow.case_ids[1]
        async with pools["notify"].acquire() as conn:
            first, other = await conn.fetch(
                "SELECT notice_id, recipient FROM notify.notices WHERE case_id = $1 ORDER BY notice_id LIMIT 2",
                second_case,
            )
            # Flip one bit of the ciphertext: AES-GCM's tag no longer matches.
            prefix, key_id, blob = first["recipient"].split(":", 2)
            raw = bytearray(base64.b64decode(blob))
            raw[20] ^= 0x01
            tampered = f"{prefix}:{key_id}:{base64.b64encode(bytes(raw)).decode()}"
            await conn.execute(
                "UPDATE notify.notices SET recipient = $2 WHERE notice_id = $1", first["notice_id"], tampered
            )
            with pytest.raises(UndecryptableValue, match="does not decrypt"):
                await PostgresNoticeRepository(conn).get(first["notice_id"])
            # Intact, but copied from another row: bound to its own row, it does not open here.
            await conn.execute(
                "UPDATE notify.notices SET recipient = $2 WHERE notice_id = $1", first["notice_id"], other["recipient"]
            )
            with pytest.raises(UndecryptableValue):
                await PostgresNoticeRepository(conn).get(first["notice_id"])
            await conn.execute(
                "UPDATE notify.notices SET recipient = $2 WHERE notice_id = $1", first["notice_id"], tampered
            )
        with pytest.raises(UndecryptableValue):
            await notify.list_notices(pool=pools["notify"], case_id=second_case)
    finally:
        for pool in pools.values():
            await pool.close()
    # The rotation stops at it and names it, rather than re-sealing around it or dropping it.
    with pytest.raises(ResealFailed, match=f"notify.notices.recipient \\(notice_id={first['notice_id']}\\)"):
        await rotate_keys(settings(f"c:{KEY_C},a:{KEY_A}", role_urls), batch=50, say=lambda line: None)


async def test_rows_stored_before_encryption_at_rest_are_sealed_by_rotate(
    database_url: str,
    role_urls: dict[str, str],
) -> None:
    """What a dev database held before the sealing migrations, sealed by the one-off step."""
    case_id, notice_id, event_id, request_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    seed = json.loads(SEED_CASE.read_text())
    entry = json.loads(DEMO_ACCOUNTS.read_text())[1]  # harbor_freight_fan
    admin = await asyncpg.connect(database_url)
    try:
        await admin.execute(
            "INSERT INTO intake.cases (case_id, channel, received_at, trace_id, document, fingerprint)"
            " VALUES ($1, 'api', now(), 't', $2::jsonb, 'f')",
            case_id,
            json.dumps(seed),
        )
        await admin.execute(
            "INSERT INTO intake.case_notices (notice_id, case_id, role, recipient, status, event_at)"
            " VALUES ($1, $2, 'USER', 'alt.uscis@example.org', 'PENDING', now())",
            notice_id,
            case_id,
        )
        await admin.execute(
            "INSERT INTO intake.document_keys (key, case_id) VALUES ($1, $2)", "message-id:<old@cbp.dhs.gov>", case_id
        )
        await admin.execute(
            "INSERT INTO intake.action_requests (request_id, case_id, action, requested_by, requested_at, detail)"
            " VALUES ($1, $2, 'NAME_COUNSEL', 'Ops <ops@dueprocess.local>', now(), $3::jsonb)",
            request_id,
            case_id,
            json.dumps(LEGACY_REQUEST),
        )
        await admin.execute(
            "INSERT INTO intake.outbox (event_id, topic, key, value) VALUES ($1, 't', $2, $3)",
            event_id,
            str(case_id),
            b'{"plain": "ALT_USCIS"}',
        )
        await admin.execute(
            "INSERT INTO review.accounts (handle_key, lookup_keys, entry) VALUES ($1, $2, $3::jsonb)",
            entry["handle"],
            ["harbor_freight_fan", "hff@example.net"],
            json.dumps(entry),
        )
        await admin.execute(
            "INSERT INTO notify.contacts (handle_key, lookup_keys, entry) VALUES ($1, $2, $3::jsonb)",
            entry["handle"],
            ["harbor_freight_fan", "hff@example.net"],
            json.dumps({"handle": entry["handle"], "contact_email": entry["contact_email"], "counsel": None}),
        )
        await admin.execute(
            "INSERT INTO notify.case_accounts (case_id, handle) VALUES ($1, 'harbor_freight_fan')", case_id
        )
        # A review as intake's read model and the review service stored it before reviews were sealed.
        await admin.execute(
            "INSERT INTO intake.case_reviews (case_id, review, reviewed_at) VALUES ($1, $2::jsonb, now())",
            case_id,
            json.dumps(LEGACY_REVIEW),
        )
        await admin.execute(
            "INSERT INTO review.reviews (case_id, received_event, review, disposition, escalation_tier,"
            " rule_set_version, received_at, reviewed_at, current_tier)"
            " VALUES ($1, $2, $3::jsonb, 'OBJECT', 'COUNSEL', '1', now(), now(), 'COUNSEL')",
            case_id,
            uuid.uuid4(),
            json.dumps(LEGACY_REVIEW),
        )
    finally:
        await admin.close()

    key = vault(f"a:{KEY_A}")
    pools = await open_pools(role_urls, key)
    try:
        with pytest.raises(UndecryptableValue, match="keys rotate"):
            await intake.case_view(pool=pools["intake"], case_id=case_id)
        lines: list[str] = []
        assert await rotate_keys(settings(f"a:{KEY_A}", role_urls), batch=2, say=lines.append) == 0
        assert any("stored before encryption at rest" in line for line in lines)

        view = await intake.case_view(pool=pools["intake"], case_id=case_id)
        assert view is not None and view["case"]["targets"] == ["ALT_USCIS"]
        assert [n["recipient"] for n in view["notices"]] == ["alt.uscis@example.org"]
        async with pools["intake"].acquire() as conn:
            owner, _ = await MessageRepository(conn).owners_of(["message-id:<old@cbp.dhs.gov>"])
            assert owner is not None and owner[0] == case_id
            request = await ActionRequestRepository(conn).get(request_id)
            assert request is not None and request["detail"] == LEGACY_REQUEST
            value = await conn.fetchval("SELECT value FROM intake.outbox WHERE event_id = $1", event_id)
            assert await open_value(conn, schema="intake", event_id=event_id, value=value) == b'{"plain": "ALT_USCIS"}'
        async with pools["review"].acquire() as conn:
            assert await AccountRepository(conn).matching(["@HARBOR_FREIGHT_FAN"]) == [entry]
        async with pools["notify"].acquire() as conn:
            contacts = await PostgresContactRepository(conn).matching(["hff@example.net"])
            assert [c.contact_email for c in contacts] == ["hff@example.net"]
            assert await PostgresMatterRepository(conn).cases_of("harbor_freight_fan") == [
                (case_id, "harbor_freight_fan")
            ]
        for table, aad_of in (("intake.case_reviews", intake_review_aad), ("review.reviews", review_review_aad)):
            service = table.split(".")[0]
            async with pools[service].acquire() as conn:
                row = await conn.fetchrow(f"SELECT review, sealed_review FROM {table} WHERE case_id = $1", case_id)
            assert row["sealed_review"] is not None, table
            assert key.open_json(row["sealed_review"], aad=aad_of(case_id)) == LEGACY_REVIEW, table
            readable = json.loads(row["review"]) if isinstance(row["review"], str) else row["review"]
            assert "targets" not in readable and readable == review_projection(LEGACY_REVIEW), table
            assert [f["code"] for f in readable["findings"]] == [f["code"] for f in LEGACY_REVIEW["findings"]], table
            assert not any("explanation" in finding for finding in readable["findings"]), table
    finally:
        for pool in pools.values():
            await pool.close()
    admin = await asyncpg.connect(database_url)
    try:
        for table, column in (
            ("intake.cases", "document"),
            ("intake.case_notices", "recipient"),
            ("intake.document_keys", "key"),
            ("intake.action_requests", "detail"),
            ("review.accounts", "lookup_keys"),
            ("notify.contacts", "handle_key"),
            ("notify.case_accounts", "handle"),
        ):
            text: Any = await admin.fetchval(f"SELECT string_agg({column}::text, ' ') FROM {table}")
            assert "alt_uscis" not in text.lower() and "harbor_freight" not in text and "@example" not in text, table
            assert "Ana Counsel" not in text, table
    finally:
        await admin.close()

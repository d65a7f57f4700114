"""Personal data is sealed at rest: after two cases' whole lives through the three services
(each as its own PostgreSQL role), no target identifier and no e-mail address of a user, their
counsel or a requester is anywhere in the database in plaintext, in any text, jsonb, text[]
or bytea column of the three schemas; and every service still reads all of it back."""

from __future__ import annotations

import json
import uuid

import asyncpg

from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import SERVICES
from services.intake.service_layer import services as intake
from tests.integration.personal_data_flow import (
    ADDRESSES,
    NAMED_COUNSEL,
    TARGETS,
    read_back,
    run_flow,
)

SCANNED_TYPES = ("text", "character varying", "jsonb", "json", "bytea", "ARRAY")


async def columns(conn: asyncpg.Connection) -> list[tuple[str, str, str, str]]:
    """(schema, table, column, type) of every column of the three schemas that can hold text."""
    rows = await conn.fetch(
        """
        SELECT c.table_schema, c.table_name, c.column_name, c.data_type
          FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
         WHERE c.table_schema = ANY($1::text[]) AND t.table_type = 'BASE TABLE' AND c.data_type = ANY($2::text[])
         ORDER BY 1, 2, 3
        """,
        list(SERVICES),
        list(SCANNED_TYPES),
    )
    return [(r["table_schema"], r["table_name"], r["column_name"], r["data_type"]) for r in rows]


async def plaintext_hits(conn: asyncpg.Connection, needles: list[str]) -> list[str]:
    """Every "schema.table.column: needle" where a needle appears, case-insensitively."""
    hits = []
    for schema, table, column, data_type in await columns(conn):
        text = f"encode(\"{column}\", 'escape')" if data_type == "bytea" else f'"{column}"::text'
        found = await conn.fetch(
            f'SELECT DISTINCT n FROM "{schema}"."{table}", unnest($1::text[]) AS n'
            f" WHERE strpos(lower({text}), lower(n)) > 0",
            needles,
        )
        hits += [f"{schema}.{table}.{column}: {row['n']}" for row in found]
    return hits


async def test_no_target_or_address_is_stored_in_plaintext_anywhere(
    role_pools: dict[str, asyncpg.Pool],
    database_url: str,
    sink: SmtpSink,
) -> None:
    flow = await run_flow(role_pools, sink)
    assert flow.sent >= 3, "notices went out: recipients, bodies and delivery records are stored"
    sent_to = {message["To"] for message in sink.messages()}
    assert {"hff@example.net", NAMED_COUNSEL.email} <= sent_to, "the data really flowed"

    needles = [*TARGETS, *ADDRESSES, NAMED_COUNSEL.name]
    admin = await asyncpg.connect(database_url)
    try:
        scanned = await columns(admin)
        assert len(scanned) > 60 and ("intake", "raw_messages", "raw", "bytea") in scanned
        assert await plaintext_hits(admin, needles) == []

        # The scan itself finds plaintext in every kind of column it reads.
        async with admin.transaction():
            await admin.execute("CREATE TABLE notify.zz_canary (t text, j jsonb, a text[], b bytea)")
            await admin.execute(
                "INSERT INTO notify.zz_canary VALUES ('to ALT_USCIS', '{\"x\": \"hff@example.net\"}',"
                " ARRAY['Quiet_Reporter'], convert_to('From: agent@cbp.dhs.gov', 'UTF8'))"
            )
            canary = sorted(await plaintext_hits(admin, needles))
            assert canary == [
                "notify.zz_canary.a: quiet_reporter",
                "notify.zz_canary.b: agent@cbp.dhs.gov",
                "notify.zz_canary.j: hff@example.net",
                "notify.zz_canary.t: ALT_USCIS",
            ]
            await admin.execute("DROP TABLE notify.zz_canary")
    finally:
        await admin.close()

    await read_back(role_pools, flow)


async def test_the_plaintext_projection_keeps_what_queues_and_reports_read(
    role_pools: dict[str, asyncpg.Pool],
    database_url: str,
    sink: SmtpSink,
) -> None:
    flow = await run_flow(role_pools, sink)
    admin = await asyncpg.connect(database_url)
    try:
        document = json.loads(
            await admin.fetchval("SELECT document FROM intake.cases WHERE case_id = $1", flow.case_ids[1])
        )
        review_projection = json.loads(
            await admin.fetchval("SELECT review FROM intake.case_reviews WHERE case_id = $1", flow.case_ids[1])
        )
        recent = await intake.recent_cases(pool=role_pools["intake"])
    finally:
        await admin.close()
    assert document["process_type"] == "SEARCH_WARRANT" and document["case_number"] == "SF-2026-0042"
    assert document["requester"] == {
        "name": "San Francisco Police Department",
        "kind": "STATE_LOCAL",
        "country": "US",
        "verified": True,
    }
    assert document["return_by"].startswith("2026-03-05") and document["data_categories"]
    assert document["nondisclosure"] == {"present": False, "kind": None, "expires_at": None}
    assert not {"targets", "raw_text", "stated_purpose"} & set(document)
    assert review_projection["disposition"] and "targets" not in review_projection
    assert all(set(f) == {"code", "severity", "citation"} for f in review_projection["findings"])
    listed = {row["case_id"]: row for row in recent}
    assert listed[flow.case_ids[1]]["requester"] == "San Francisco Police Department"
    assert listed[flow.case_ids[1]]["disposition"] == review_projection["disposition"]
    assert isinstance(flow.case_ids[0], uuid.UUID)

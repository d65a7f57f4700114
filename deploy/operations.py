"""Operators' commands behind `dueprocess audit …` and `dueprocess dlq …`."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from shared.audit import export_case, load_signing_key, verify
from shared.dlq import list_dead_letters, replay_dead_letters
from shared.kafka import client_security
from shared.settings import Settings


async def audit_verify(database_url: str, *, schemas: Sequence[str]) -> int:
    """Print each schema's verdict; 1 when any chain is broken."""
    conn = await asyncpg.connect(database_url)
    broken = 0
    try:
        for schema in schemas:
            breaks = await verify(conn, schema=schema)
            entries = await conn.fetchval(f'SELECT count(*) FROM "{schema}".audit_log')
            if breaks:
                broken += 1
                print(f"{schema}: BROKEN ({len(breaks)} problem(s) in {entries} entries)")
                for item in breaks:
                    print(f"  entry {item.seq}: {item.problem}")
            else:
                print(f"{schema}: intact ({entries} entries)")
    finally:
        await conn.close()
    return 1 if broken else 0


async def audit_export(settings: Settings, *, case_id: str, output: Path | None, schemas: Sequence[str]) -> int:
    try:
        case = uuid.UUID(case_id)
    except ValueError:
        print(f"dueprocess audit export: {case_id!r} is not a case id", file=sys.stderr)
        return 2
    key_text = settings.audit_signing_key.get_secret_value().encode() if settings.audit_signing_key else None
    if key_text is None:
        print(
            "dueprocess audit export: DUEPROCESS_AUDIT_SIGNING_KEY is not set; signing with a one-off key "
            "(its public key is in the export)",
            file=sys.stderr,
        )
    key = load_signing_key(key_text)
    conn = await asyncpg.connect(settings.database_url)
    try:
        now = datetime.now(UTC)
        exports = {
            schema: await export_case(conn, schema=schema, case_id=case, key=key, exported_at=now) for schema in schemas
        }
    finally:
        await conn.close()
    text = json.dumps(exports, indent=2, ensure_ascii=False)
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {output}", file=sys.stderr)
    return 0


async def dlq_list(settings: Settings, *, as_json: bool) -> int:
    letters = await list_dead_letters(
        settings.kafka_bootstrap, prefix=settings.kafka_topic_prefix, security=client_security(settings)
    )
    summaries = [letter.summary() for letter in letters]
    if as_json:
        print(json.dumps(summaries, indent=2))
    else:
        for s in summaries:
            print(
                f"{s['dead_letter']}  from {s['source']}  consumer {s['consumer']}  attempts {s['attempts']}"
                f"  case {s['case_id'] or '-'}\n    {s['error']}"
            )
        print(f"{len(summaries)} dead letter(s)")
    return 0


async def dlq_replay(settings: Settings, *, consumer: str | None) -> int:
    replayed = await replay_dead_letters(
        settings.kafka_bootstrap,
        prefix=settings.kafka_topic_prefix,
        consumer=consumer,
        security=client_security(settings),
    )
    print(f"replayed {len(replayed)} dead letter(s)")
    return 0

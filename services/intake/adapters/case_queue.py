"""The case queue's query: cases with their review and timeline, filtered and searched in SQL.

Search covers the demand's non-personal fields, kept readable in ``intake.cases.document``
(requester, statute, case number, court, process type, country) and the case id; never the
targets or the stated purpose, which are sealed personal data.
"""

from __future__ import annotations

import uuid
from typing import Any

import asyncpg

SEARCHABLE = """coalesce(c.document->>'process_type', '') || ' ' || coalesce(c.document->'requester'->>'name', '')
 || ' ' || coalesce(c.document->>'statute', '') || ' ' || coalesce(c.document->>'case_number', '')
 || ' ' || coalesce(c.document->>'issuing_court', '')
 || ' ' || coalesce(c.document->'requester'->>'country', '')"""


class CaseQueue:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def cases(
        self, *, text: str | None, process_type: str | None, limit: int, dismissed: bool | None = None
    ) -> list[dict[str, Any]]:
        """The newest ``limit`` cases matching the filters, each with its review and timeline.
        ``dismissed``: only cases dismissed in triage (True), only the others (False), or both (None);
        filtered here, before the limit, so a flood of dismissed mail never crowds the queue."""
        conditions: list[str] = []
        arguments: list[str | int] = []
        if dismissed is not None:
            conditions.append("c.dismissed_at IS NOT NULL" if dismissed else "c.dismissed_at IS NULL")
        if process_type:
            arguments.append(process_type)
            conditions.append(f"c.document->>'process_type' = ${len(arguments)}")
        if text:
            arguments.append(text)
            conditions.append(
                f"(to_tsvector('simple', {SEARCHABLE}) @@ websearch_to_tsquery('simple', ${len(arguments)})"
                f" OR c.case_id::text LIKE lower(${len(arguments)}) || '%'"
                f" OR ({SEARCHABLE}) ILIKE '%' || ${len(arguments)} || '%')"
            )
        arguments.append(limit)
        where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
        rows = await self._conn.fetch(
            f"""
            SELECT c.case_id, c.received_at, c.channel, c.document, c.held_reasons, c.dismissed_at,
                   r.review, r.acknowledge_by,
                   coalesce((SELECT jsonb_agg(t.detail || jsonb_build_object('event_type', t.event_type, 'at', t.at)
                                             ORDER BY t.at)
                               FROM intake.case_timeline t WHERE t.case_id = c.case_id), '[]'::jsonb) AS timeline
              FROM intake.cases c LEFT JOIN intake.case_reviews r USING (case_id)
              {where}
             ORDER BY c.received_at DESC
             LIMIT ${len(arguments)}
            """,
            *arguments,
        )
        return [dict(row) for row in rows]

    async def progress(self, case_id: uuid.UUID) -> dict[str, Any]:
        """How far a case's work in flight has got: its pending requests, and a version of
        everything its page shows that such work changes (requests, timeline, notices and their
        states, the review). Carries no case content."""
        row = await self._conn.fetchrow(
            """
            SELECT (SELECT count(*) FROM intake.action_requests WHERE case_id = $1 AND status = 'PENDING') AS pending,
                   (SELECT count(*) FROM intake.action_requests WHERE case_id = $1) AS requests,
                   (SELECT count(*) FROM intake.case_timeline WHERE case_id = $1) AS timeline,
                   (SELECT count(*) FROM intake.case_notices WHERE case_id = $1) AS notices,
                   (SELECT string_agg(status, ',' ORDER BY notice_id) FROM intake.case_notices WHERE case_id = $1)
                       AS notice_states,
                   EXISTS (SELECT 1 FROM intake.case_reviews WHERE case_id = $1) AS reviewed
            """,
            case_id,
        )
        return {
            "pending": row["pending"],
            "version": f"{row['requests']}.{row['timeline']}."
            f"{row['notices']}.{row['notice_states']}.{row['reviewed']}.{row['pending']}",
        }

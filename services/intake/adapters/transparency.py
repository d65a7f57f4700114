"""The transparency report's reads of intake's read model (asyncpg).

Reads only what the report counts: the case's non-personal fields from ``intake.cases.document``
(process type, requester kind and country, data categories, nondisclosure kind), the staff
actions of ``intake.case_timeline`` and the USER notices' states of ``intake.case_notices``.
Never targets, requester names or recipients (an emergency's agency is the registry's id, or
"other").
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

import asyncpg

from services.intake.domain.transparency import Action, CaseFacts, UserNoticeState
from shared.reference import agency_registry
from shared.vocabulary import RequesterKind

DECIDED_EVENT = "legal-process.decided"

# Cases accepted as legal process (not held for triage, not dismissed there as not legal process)
# received in [$1, $2).
_CASES = """
    SELECT case_id, received_at,
           document->>'process_type'                 AS process_type,
           document->'requester'->>'kind'            AS requester_kind,
           document->'requester'->>'country'         AS requester_country,
           COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                              CASE jsonb_typeof(document->'data_categories')
                                   WHEN 'array' THEN document->'data_categories' ELSE '[]'::jsonb END)),
                    '{}')                           AS data_categories,
           document->'nondisclosure'->>'kind'        AS nondisclosure_kind,
           CASE WHEN document->>'process_type' = 'EMERGENCY_REQUEST' THEN document->'requester'->>'name' END
                                                     AS emergency_requester,
           COALESCE((document->'emergency'->>'verified_out_of_band')::boolean, false) AS emergency_confirmed
      FROM intake.cases
     WHERE received_at >= $1 AND received_at < $2 AND held_reasons IS NULL AND dismissed_at IS NULL
"""
_ACTIONS = f"""
    SELECT t.case_id, t.detail->>'action' AS action, (t.detail->>'decided_at')::timestamptz AS decided_at,
           t.at, t.detail->>'disposition' AS disposition
      FROM intake.case_timeline t JOIN intake.cases c USING (case_id)
     WHERE c.received_at >= $1 AND c.received_at < $2 AND c.held_reasons IS NULL AND c.dismissed_at IS NULL
       AND t.event_type = '{DECIDED_EVENT}'
     ORDER BY t.case_id, t.at, t.event_id
"""
_USER_NOTICES = """
    SELECT n.case_id, n.status, n.not_before, n.event_at
      FROM intake.case_notices n JOIN intake.cases c USING (case_id)
     WHERE c.received_at >= $1 AND c.received_at < $2 AND c.held_reasons IS NULL AND c.dismissed_at IS NULL
       AND n.role = 'USER'
"""


async def case_facts(conn: asyncpg.Connection, *, period_from: datetime, period_to: datetime) -> list[CaseFacts]:
    """The facts of every case received in ``[period_from, period_to)``, read in one snapshot."""
    async with conn.transaction(isolation="repeatable_read", readonly=True):
        cases = await conn.fetch(_CASES, period_from, period_to)
        action_rows = await conn.fetch(_ACTIONS, period_from, period_to)
        notice_rows = await conn.fetch(_USER_NOTICES, period_from, period_to)
    actions: dict[uuid.UUID, list[Action]] = defaultdict(list)
    for row in action_rows:
        actions[row["case_id"]].append(
            Action(action=row["action"] or "", at=row["decided_at"] or row["at"], disposition=row["disposition"])
        )
    notices: dict[uuid.UUID, list[UserNoticeState]] = defaultdict(list)
    for row in notice_rows:
        notices[row["case_id"]].append(
            UserNoticeState(status=row["status"], not_before=row["not_before"], event_at=row["event_at"])
        )
    return [
        CaseFacts(
            received_at=row["received_at"],
            process_type=row["process_type"] or "UNKNOWN",
            requester_kind=row["requester_kind"] or "UNKNOWN",
            requester_country=row["requester_country"],
            data_categories=tuple(row["data_categories"]),
            nondisclosure_kind=row["nondisclosure_kind"],
            actions=tuple(actions.get(row["case_id"], ())),
            user_notices=tuple(notices.get(row["case_id"], ())),
            emergency_agency=_agency(row["emergency_requester"], row["requester_kind"])
            if row["process_type"] == "EMERGENCY_REQUEST"
            else None,
            emergency_confirmed=row["emergency_confirmed"],
        )
        for row in cases
    ]


def _agency(name: str | None, kind: str | None) -> str:
    """An emergency requester as the report names it: the agency registry's id, else "other"
    (a name the registry does not list is never printed)."""
    try:
        requester_kind = RequesterKind(kind) if kind else None
    except ValueError:
        requester_kind = None
    agency = agency_registry().resolve(name, kind=requester_kind) if name else None
    return agency.id if agency is not None else "other"

"""The requester's notices about an emergency disclosure's follow-up (``domain.requester_notices``),
inside the caller's unit of work: owed at the disclosure (``legal-process.decided``, PRODUCTION_MADE
with ``formal_process``) and at review's follow-up reminder (``legal-process.escalated`` with
``formal_process``). Idempotent through the notice key (the case and the occasion)."""

from __future__ import annotations

import uuid
from datetime import datetime

from services.notify.domain.model import NoticeKind
from services.notify.domain.requester_notices import formal_process_context, plan_formal_process_notice
from services.notify.service_layer.owing import owe
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.contracts import FormalProcessOwed
from shared.logging import get_logger

log = get_logger(__name__)


async def owe_formal_process_notice(
    uow: AbstractUnitOfWork,
    *,
    policy: NoticePolicy,
    case_id: uuid.UUID,
    owed: FormalProcessOwed,
    kind: NoticeKind,
    occasion: str,
    disclosed_at: datetime | None,
    trace_id: str,
    now: datetime,
) -> int:
    """Owe the requester ``kind`` about ``owed`` (once per case and occasion); 0 when nothing is
    owed (no address, or a reminder on or after the date) or it was owed already."""
    notice = plan_formal_process_notice(case_id=case_id, owed=owed, kind=kind, occasion=occasion, now=now)
    if notice is None:
        log.info("no formal-process notice to the requester", kind=kind.value, case_id=str(case_id))
        return 0
    added = await owe(
        uow,
        notice,
        policy=policy,
        matter=None,
        trace_id=trace_id,
        now=now,
        context=formal_process_context(owed, disclosed_at=disclosed_at),
    )
    log.info("formal-process notice to the requester", kind=kind.value, owed=added, case_id=str(case_id))
    return int(added)

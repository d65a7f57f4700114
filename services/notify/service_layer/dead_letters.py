"""Notices that need legal ops: listing them (e.g. DEAD_LETTER), a notice's delivery record, and
retrying a FAILED or DEAD_LETTER notice by hand."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from services.notify.domain.lifecycle import user_side_status
from services.notify.domain.model import RenderedNotice
from services.notify.domain.records import DETAIL_FIELDS, json_ready
from services.notify.service_layer.matters import load_matter
from services.notify.service_layer.owing import publish_moved
from services.notify.service_layer.policy import NoticeNotFound, NoticePolicy, RetryRefused
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from services.notify.service_layer.wording import word
from shared.logging import get_logger
from shared.vocabulary import NoticeStatus

log = get_logger(__name__)


async def list_notices(
    uow: AbstractUnitOfWork, *, status: NoticeStatus | None = None, case_id: uuid.UUID | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    async with uow:
        found = await uow.notices.listing(status=status, case_id=case_id, limit=limit)
    return [notice.as_json() for notice in found]


async def notice_detail(uow: AbstractUnitOfWork, *, notice_id: uuid.UUID) -> dict[str, Any]:
    """A notice's delivery record: its state and every attempt (never its content)."""
    async with uow:
        notice = await uow.notices.get(notice_id)
        if notice is None:
            raise NoticeNotFound(f"no notice {notice_id}")
        attempts = await uow.deliveries.attempts_of(notice_id)
    detail = json_ready({key: getattr(notice, key) for key in DETAIL_FIELDS})
    detail["idempotency_key"] = str(notice.notice_id)
    detail["delivery_attempts"] = [attempt.as_json() for attempt in attempts]
    return detail


async def retry_notice(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, notice_id: uuid.UUID, actor: str, now: datetime, trace_id: str
) -> dict[str, Any]:
    """Legal ops retry a FAILED or DEAD_LETTER notice: it is owed again with a fresh round of
    attempts, and waits if the gag now forbids it. Raises NoticeNotFound or RetryRefused."""
    async with uow:
        notice = await uow.notices.get(notice_id, lock=True)
        if notice is None:
            raise NoticeNotFound(f"no notice {notice_id}")
        if notice.status not in (NoticeStatus.FAILED, NoticeStatus.DEAD_LETTER):
            raise RetryRefused(f"the notice is {notice.status}: only FAILED or DEAD_LETTER notices are retried by hand")
        status: NoticeStatus = NoticeStatus.PENDING
        not_before: datetime | None = None
        rendered: RenderedNotice | None = None
        if notice.user_side:
            matter = await load_matter(uow.matters, notice.case_id)
            if matter is None:
                status = NoticeStatus.WITHHELD
            else:
                status, not_before = user_side_status(
                    review=matter.reviewed.review, gag=matter.gag, now=now, requester=matter.requester
                )
                planned = notice.planned().model_copy(update={"status": status, "not_before": not_before})
                rendered = word(planned, policy=policy, matter=matter, context=notice.context, now=now)
        await uow.notices.move(
            notice_id=notice_id, status=status, not_before=not_before, now=now, rendered=rendered, reset_attempts=True
        )
        await uow.deliveries.record_attempt(
            notice_id=notice_id,
            attempt=notice.total_attempts,
            at=now,
            outcome="RETRY_REQUESTED",
            detail=f"by {actor[:200]}",
        )
        await publish_moved(uow, notice, status=status, not_before=not_before, trace_id=trace_id)
    log.info("notice retried by hand", case_id=str(notice.case_id), role=notice.role, status=status.value)
    return {
        "notice_id": str(notice_id),
        "status": status.value,
        "not_before": not_before.isoformat() if not_before else None,
    }

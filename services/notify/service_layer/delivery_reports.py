"""Delivery reports (RFC 3464) that came back to the return path: kept once, and acted on."""

from __future__ import annotations

from datetime import datetime

from services.notify.domain.delivery_reports import DeliveryReport, ReportOutcome
from services.notify.service_layer.owing import alert_legal_ops, publish_dispatched
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from shared.logging import get_logger
from shared.vocabulary import NoticeStatus

log = get_logger(__name__)


async def record_delivery_report(
    uow: AbstractUnitOfWork, *, policy: NoticePolicy, report: DeliveryReport, report_sha256: str, now: datetime
) -> str:
    """Keep a delivery report that came back to the return path, once (by its hash), and act on it.

    Returns what became of it: ``duplicate`` (seen before), ``unknown`` (names no notice of
    ours), ``awaited`` (a notice of unknown outcome was waiting for it: due now, the dispatcher
    settles it), ``bounced`` (a sent notice was not delivered after all: FAILED, still owed,
    legal ops alerted), ``recorded`` (a confirmation or a delay: kept)."""
    outcome = report.outcome
    if outcome is None:
        raise ValueError("a delivery report without an outcome")
    status = ",".join(r.status for r in report.recipients if r.status)
    async with uow:
        new, notice_id = await uow.reports.add(
            notice_id=report.notice_key,
            outcome=outcome.value,
            status=status,
            report_sha256=report_sha256,
            received_at=now,
        )
        if not new:
            return "duplicate"
        if notice_id is None:
            return "unknown"
        if await uow.reports.wake_unconfirmed(notice_id=notice_id, now=now):
            return "awaited"
        if outcome is not ReportOutcome.FAILED:
            return "recorded"
        notice = await uow.notices.lock_against_dispatch(notice_id)
        if notice is None or notice.status is not NoticeStatus.SENT:
            return "recorded"  # not sent (yet): a dispatcher that finds it unconfirmed reads the report
        await uow.deliveries.mark_bounced(notice_id=notice_id, status=status or "failed", now=now)
        await uow.deliveries.record_attempt(
            notice_id=notice_id, attempt=notice.total_attempts, at=now, outcome="BOUNCED", detail=status or None
        )
        await publish_dispatched(
            uow,
            notice,
            status=NoticeStatus.FAILED,
            message_id=notice.message_id,
            now=now,
            attempts=notice.total_attempts,
        )
        await alert_legal_ops(
            uow,
            notice,
            policy=policy,
            outcome=NoticeStatus.FAILED,
            attempts=notice.total_attempts,
            smtp_code=None,
            now=now,
        )
    log.warning(
        "a sent notice was not delivered (delivery report: failed)",
        case_id=str(notice.case_id),
        trace_id=notice.trace_id,
        role=notice.role,
        kind=notice.kind,
        status=status,
    )
    return "bounced"

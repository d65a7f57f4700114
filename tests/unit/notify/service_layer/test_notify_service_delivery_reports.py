"""Delivery reports on fakes: kept once, a bounce after acceptance fails the notice and alerts legal ops."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.domain.delivery_reports import DeliveryReport, RecipientOutcome
from services.notify.service_layer import delivery_reports, planning
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessReviewed, Topics
from shared.vocabulary import NoticeStatus
from tests.unit.notify.service_layer.fakes import LEGAL_OPS, ROGUE, FakeSender, FakeUnitOfWork


@pytest.fixture
async def sent(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> FakeUnitOfWork:
    reviewed = event(make_reviewed(targets=["ROGUE_NASA"]))
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=reviewed, now=now)
    await Dispatcher(uow=uow, sender=FakeSender(), policy=policy, clock=lambda: now).dispatch_due()
    return uow


def about(notice_id: uuid.UUID | None, action: str, status: str) -> DeliveryReport:
    return DeliveryReport(
        envelope_id=str(notice_id), notice_key=notice_id, recipients=(RecipientOutcome(action=action, status=status),)
    )


async def test_a_report_is_kept_once_and_one_about_no_notice_is_unknown(
    sent: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    [notice] = sent.store.notices.values()
    delivered = about(notice.notice_id, "delivered", "2.0.0")

    async def record(report: DeliveryReport, sha: str) -> str:
        return await delivery_reports.record_delivery_report(
            sent, policy=policy, report=report, report_sha256=sha, now=now
        )

    assert await record(delivered, "one") == "recorded"
    assert await record(delivered, "one") == "duplicate"
    assert await record(about(uuid.uuid4(), "failed", "5.1.1"), "two") == "unknown"
    assert await record(about(None, "failed", "5.1.1"), "three") == "unknown"
    assert [(r.notice_id, r.outcome) for r in sent.store.reports] == [
        (notice.notice_id, "DELIVERED"),
        (None, "FAILED"),
        (None, "FAILED"),
    ]
    assert sent.store.notices[notice.notice_id].status is NoticeStatus.SENT


async def test_a_bounce_after_acceptance_fails_the_notice_and_alerts_legal_ops(
    sent: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    [notice] = sent.store.notices.values()
    later = now + timedelta(minutes=3)
    effect = await delivery_reports.record_delivery_report(
        sent, policy=policy, report=about(notice.notice_id, "failed", "5.1.1"), report_sha256="x", now=later
    )
    assert effect == "bounced"
    bounced = sent.store.notices[notice.notice_id]
    assert bounced.status is NoticeStatus.FAILED and bounced.last_error is not None and "5.1.1" in bounced.last_error
    assert [(a.outcome, a.detail) for a in sent.store.attempts_of(notice.notice_id)] == [
        ("SENT", None),
        ("BOUNCED", "5.1.1"),
    ]
    [failed] = [e for e in sent.events(Topics.NOTICE_DISPATCHED) if e.status is NoticeStatus.FAILED]
    assert (failed.recipient, failed.message_id) == (ROGUE, notice.message_id)
    [alert] = [n for n in sent.store.notices.values() if n.kind == "delivery-alert"]
    assert alert.recipient == LEGAL_OPS and alert.context is not None and alert.context["outcome"] == "FAILED"

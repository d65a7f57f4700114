"""The notify service's use cases, bound to what they run on.

Each use case lives in a module of its own, over an ``AbstractUnitOfWork`` (one transaction,
with the outbox and the inbox):

- ``planning``: notices from reviews (user, counsel of record, NDO reminder and flag) and
  escalations (our counsel);
- ``triage_alerts``: legal ops alerted to a demand held in intake's triage, reminded until it is
  confirmed (its review) or dismissed as not legal process;
- ``review_actions``: staff actions (release, NDO changes: the notices move with the gag, new
  return dates) and the updates they owe;
- ``counsel``: counsel of record, named by legal ops, staff, or the user through a signed link;
- ``dispatch``: the due notices sent exactly once, the gag checked again at the moment of
  sending; retries with backoff; FAILED and DEAD_LETTER alert legal ops;
- ``delivery_reports``: delivery reports that settle or undo a delivery;
- ``dead_letters``: the notices that need legal ops, and retrying them by hand;
- ``gag``: the nondisclosure order and the notices it holds.

``NotifyServices`` is what the entrypoints are given (a unit-of-work factory, the policy, the
clock). The functions below are the same use cases on a PostgreSQL pool, for callers that hold
one (the CLI, the integration tests).

Invariant: no notice to a user or their counsel of record is sent while a valid
nondisclosure order is in force (``domain.lifecycle``).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

from services.notify.adapters.mime import compose, message_id_of
from services.notify.adapters.tables import DISPATCH_CHANNEL
from services.notify.adapters.unit_of_work import PostgresUnitOfWork
from services.notify.domain.delivery_reports import DeliveryReport
from services.notify.domain.model import CounselOfRecord
from services.notify.service_layer import counsel as counsel_of_record
from services.notify.service_layer import (
    dead_letters,
    delivery_reports,
    gag,
    planning,
    review_actions,
    triage_alerts,
)
from services.notify.service_layer.counsel import CounselNamed, LinkTarget
from services.notify.service_layer.dispatch import Dispatcher, NoticeSender, UnitOfWorkFactory
from services.notify.service_layer.matters import Matter
from services.notify.service_layer.policy import NoticeNotFound, NoticePolicy, RetryRefused
from services.notify.service_layer.wording import word
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessDismissed,
    LegalProcessEscalated,
    LegalProcessHeld,
    LegalProcessReviewed,
)
from shared.db import run_when_notified
from shared.vocabulary import NoticeStatus

__all__ = [
    "CounselNamed",
    "LinkTarget",
    "Matter",
    "NoticeDispatcher",
    "NoticeNotFound",
    "NoticePolicy",
    "NotifyServices",
    "RetryRefused",
    "compose",
    "message_id_of",
    "word",
]


@dataclass(frozen=True)
class NotifyServices:
    """What the entrypoints need: a fresh unit of work per use case, the policy and the clock."""

    uow: UnitOfWorkFactory
    policy: NoticePolicy
    clock: Callable[[], datetime]

    @classmethod
    def on_pool(cls, pool: asyncpg.Pool, *, policy: NoticePolicy, clock: Callable[[], datetime]) -> NotifyServices:
        return cls(uow=functools.partial(PostgresUnitOfWork, pool), policy=policy, clock=clock)


class NoticeDispatcher(Dispatcher):
    """The dispatcher on a PostgreSQL pool: ``run`` wakes on new notices (NOTIFY) and polls for
    scheduled ones, with ``workers`` batches at once."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        sender: NoticeSender,
        policy: NoticePolicy,
        clock: Callable[[], datetime],
        poll_seconds: float = 2.0,
        batch_size: int = 20,
        workers: int = 1,
    ) -> None:
        super().__init__(
            uow=functools.partial(PostgresUnitOfWork, pool),
            sender=sender,
            policy=policy,
            clock=clock,
            batch_size=batch_size,
        )
        self._pool = pool
        self._poll_seconds = poll_seconds
        self._workers = workers

    async def run(self) -> None:
        """Dispatch until cancelled."""
        await run_when_notified(
            pool=self._pool,
            channel=DISPATCH_CHANNEL,
            step=self.dispatch_due,
            poll_seconds=self._poll_seconds,
            what="notice dispatcher",
            workers=self._workers,
        )


# --- the use cases on a pool -------------------------------------------------------------------


async def plan_from_review(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessReviewed], now: datetime
) -> int:
    return await planning.plan_from_review(
        PostgresUnitOfWork(pool), policy=policy, consumer=consumer, event=event, now=now
    )


async def plan_from_reviews(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessReviewed]],
    now: datetime,
) -> int:
    return await planning.plan_from_reviews(
        PostgresUnitOfWork(pool), policy=policy, consumer=consumer, events=events, now=now
    )


async def plan_from_escalation(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    consumer: str,
    event: Envelope[LegalProcessEscalated],
    now: datetime | None = None,
) -> int:
    return await planning.plan_from_escalation(
        PostgresUnitOfWork(pool), policy=policy, consumer=consumer, event=event, now=now
    )


async def load_contacts(*, pool: asyncpg.Pool, entries: Sequence[Mapping[str, Any]]) -> int:
    return await planning.load_contacts(PostgresUnitOfWork(pool), entries=entries)


async def apply_decision(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessDecided], policy: NoticePolicy, now: datetime
) -> int:
    return await review_actions.apply_decision(
        PostgresUnitOfWork(pool), consumer=consumer, event=event, policy=policy, now=now
    )


async def alert_triage(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessHeld], now: datetime
) -> int:
    return await triage_alerts.alert_triage(
        PostgresUnitOfWork(pool), policy=policy, consumer=consumer, event=event, now=now
    )


async def cancel_triage_on_dismissal(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessDismissed], now: datetime
) -> int:
    return await triage_alerts.cancel_triage_on_dismissal(
        PostgresUnitOfWork(pool), consumer=consumer, event=event, now=now
    )


async def name_counsel(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    handle: str,
    counsel: CounselOfRecord,
    source: str,
    named_by: str,
    now: datetime,
    trace_id: str,
    case_id: uuid.UUID | None = None,
) -> CounselNamed:
    return await counsel_of_record.name_counsel(
        PostgresUnitOfWork(pool),
        policy=policy,
        handle=handle,
        counsel=counsel,
        source=source,
        named_by=named_by,
        now=now,
        trace_id=trace_id,
        case_id=case_id,
    )


async def current_counsel(*, pool: asyncpg.Pool, handle: str) -> dict[str, Any] | None:
    return await counsel_of_record.current_counsel(PostgresUnitOfWork(pool), handle=handle)


async def gag_state(*, pool: asyncpg.Pool, case_id: uuid.UUID, now: datetime) -> dict[str, Any] | None:
    return await gag.gag_state(PostgresUnitOfWork(pool), case_id=case_id, now=now)


async def list_notices(
    *, pool: asyncpg.Pool, status: NoticeStatus | None = None, case_id: uuid.UUID | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    return await dead_letters.list_notices(PostgresUnitOfWork(pool), status=status, case_id=case_id, limit=limit)


async def notice_detail(*, pool: asyncpg.Pool, notice_id: uuid.UUID) -> dict[str, Any]:
    return await dead_letters.notice_detail(PostgresUnitOfWork(pool), notice_id=notice_id)


async def retry_notice(
    *, pool: asyncpg.Pool, policy: NoticePolicy, notice_id: uuid.UUID, actor: str, now: datetime, trace_id: str
) -> dict[str, Any]:
    return await dead_letters.retry_notice(
        PostgresUnitOfWork(pool), policy=policy, notice_id=notice_id, actor=actor, now=now, trace_id=trace_id
    )


async def record_delivery_report(
    *, pool: asyncpg.Pool, policy: NoticePolicy, report: DeliveryReport, report_sha256: str, now: datetime
) -> str:
    return await delivery_reports.record_delivery_report(
        PostgresUnitOfWork(pool), policy=policy, report=report, report_sha256=report_sha256, now=now
    )

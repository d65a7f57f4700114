"""The notify service's use cases: plan notices from reviews and escalations; send the due ones."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime as rfc2822_date
from typing import Any

import asyncpg

from services.notify.adapters.repository import DISPATCH_CHANNEL, SCHEMA, ContactRepository, NoticeRepository
from services.notify.adapters.smtp import PermanentDeliveryError, SmtpSender, TransientDeliveryError
from services.notify.domain.model import AccountContact, PlannedNotice
from services.notify.domain.planning import plan_internal_counsel_alert, plan_user_notices, released
from services.notify.domain.rendering import render_notice
from shared import inbox
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    NoticeDispatched,
    NoticePlanned,
    envelope,
)
from shared.db import UnitOfWork, run_when_notified
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import CounselAction, EscalationTier, NoticeStatus

PRODUCER = "notify"
log = get_logger(__name__)


@dataclass(frozen=True)
class NoticePolicy:
    """Configuration the notices need: who our counsel are, whom to refer users to, links."""

    counsel_by_tier: Mapping[EscalationTier, str]
    legal_aid_contacts: Sequence[str]
    public_base_url: str
    sender: str
    max_attempts: int = 8
    base_backoff_seconds: float = 5.0

    def case_url(self, case_id: uuid.UUID) -> str:
        return f"{self.public_base_url.rstrip('/')}/cases/{case_id}"


async def _record(
    uow: UnitOfWork, *, notices: Iterable[PlannedNotice], event: Envelope[Any], render: Callable[[PlannedNotice], Any]
) -> int:
    repo = NoticeRepository(uow.conn)
    added = 0
    for notice in notices:
        if not await repo.add(notice=notice, rendered=render(notice), trace_id=event.trace_id):
            continue
        planned = notice.to_event()
        out = envelope(planned, case_id=event.case_id, trace_id=event.trace_id, producer=PRODUCER)
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=planned.TOPIC, event=out)
        added += 1
    return added


async def plan_from_review(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessReviewed], now: datetime
) -> int:
    """Owe the user and their counsel of record a notice per affected account; returns how many are new."""
    reviewed = event.payload
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        await NoticeRepository(uow.conn).save_review(case_id=event.case_id, reviewed=reviewed)
        entries = await ContactRepository(uow.conn).matching(reviewed.review.targets)
        contacts = {entry["handle"]: AccountContact.model_validate(entry) for entry in entries}
        notices = plan_user_notices(case_id=event.case_id, reviewed=reviewed, contacts=contacts, now=now)
        added = await _record(
            uow,
            notices=notices,
            event=event,
            render=lambda notice: render_notice(
                notice,
                case_id=event.case_id,
                reviewed=reviewed,
                legal_aid_contacts=policy.legal_aid_contacts,
                reply_to=policy.sender,
            ),
        )
    log.info("user notices planned", planned=added)
    return added


async def plan_from_escalation(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessEscalated]
) -> int:
    """Alert the platform's counsel for the escalation's tier."""
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        reviewed = await NoticeRepository(uow.conn).review_of(event.case_id)
        alert = plan_internal_counsel_alert(
            case_id=event.case_id, escalated=event.payload, counsel_by_tier=policy.counsel_by_tier
        )
        return await _record(
            uow,
            notices=[alert],
            event=event,
            render=lambda notice: render_notice(
                notice,
                case_id=event.case_id,
                escalated=event.payload,
                reviewed=reviewed,
                case_reference_url=policy.case_url(event.case_id),
            ),
        )


async def apply_decision(*, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessDecided]) -> int:
    """Counsel's release of a withheld notice makes it due now; returns how many notices moved."""
    if event.payload.action is not CounselAction.RELEASE_NOTICE:
        return 0
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        repo = NoticeRepository(uow.conn)
        moved = 0
        for row in await repo.withheld(event.case_id):
            status = released(NoticeStatus(row["status"]))
            await repo.set_status(notice_id=row["notice_id"], status=status)
            planned = NoticePlanned(notice_id=row["notice_id"], role=row["role"], recipient=row["recipient"],
                                    status=status, not_before=row["not_before"])
            out = envelope(planned, case_id=event.case_id, trace_id=event.trace_id, producer=PRODUCER)
            await add_to_outbox(uow.conn, schema=SCHEMA, topic=planned.TOPIC, event=out)
            moved += 1
    log.info("withheld notices released", released=moved)
    return moved


def compose(row: asyncpg.Record, *, sender: str, now: datetime) -> EmailMessage:
    """The e-mail for a stored notice. Its Message-ID and idempotency header derive from the notice."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = row["recipient"]
    message["Subject"] = row["subject"]
    message["Date"] = rfc2822_date(now)
    message["Message-ID"] = f"<{row['notice_id']}@dueprocess.notice>"
    message["X-Dueprocess-Notice-Key"] = str(row["notice_id"])
    message["X-Dueprocess-Case"] = str(row["case_id"])
    message["X-Dueprocess-Role"] = row["role"]
    message.set_content(row["body_text"])
    message.add_alternative(row["body_html"], subtype="html")
    return message


class NoticeDispatcher:
    """Sends due notices. Safe with several instances (rows are locked with SKIP LOCKED)."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        sender: SmtpSender,
        policy: NoticePolicy,
        clock: Callable[[], datetime],
        poll_seconds: float = 2.0,
        batch_size: int = 20,
    ) -> None:
        self._pool = pool
        self._sender = sender
        self._policy = policy
        self._clock = clock
        self._poll_seconds = poll_seconds
        self._batch_size = batch_size

    def _retry_at(self, attempts: int, now: datetime) -> datetime | None:
        if attempts + 1 >= self._policy.max_attempts:
            return None
        delay = self._policy.base_backoff_seconds * 2**attempts
        return now + timedelta(seconds=delay * random.uniform(0.5, 1.5))

    async def dispatch_due(self) -> int:
        """Send one batch of due notices; returns how many were sent."""
        sent = 0
        async with UnitOfWork(self._pool) as uow:
            repo = NoticeRepository(uow.conn)
            now = self._clock()
            for row in await repo.lock_due(now=now, limit=self._batch_size):
                message = compose(row, sender=self._policy.sender, now=now)
                try:
                    await self._sender.send(message)
                except (TransientDeliveryError, PermanentDeliveryError) as exc:
                    permanent = isinstance(exc, PermanentDeliveryError)
                    retry_at = None if permanent else self._retry_at(row["attempts"], now)
                    await repo.mark_attempt_failed(notice_id=row["notice_id"], error=str(exc), retry_at=retry_at)
                    log.warning("notice delivery failed", case_id=str(row["case_id"]), role=row["role"],
                                attempts=row["attempts"] + 1, permanent=retry_at is None,
                                error=type(exc).__name__, smtp_reply=str(exc)[:3])  # the reply may name the recipient
                    if retry_at is None:
                        await self._publish(uow, row, status=NoticeStatus.FAILED, message_id=None, now=now)
                    continue
                await repo.mark_sent(notice_id=row["notice_id"], message_id=message["Message-ID"], sent_at=now)
                await self._publish(uow, row, status=NoticeStatus.SENT, message_id=message["Message-ID"], now=now)
                sent += 1
                log.info("notice sent", case_id=str(row["case_id"]), trace_id=row["trace_id"], role=row["role"])
        return sent

    async def _publish(
        self, uow: UnitOfWork, row: asyncpg.Record, *, status: NoticeStatus, message_id: str | None, now: datetime
    ) -> None:
        dispatched = NoticeDispatched(
            notice_id=row["notice_id"], role=row["role"], recipient=row["recipient"], status=status,
            message_id=message_id, dispatched_at=now, attempts=row["attempts"] + 1,
        )
        out = envelope(dispatched, case_id=row["case_id"], trace_id=row["trace_id"], producer=PRODUCER)
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=dispatched.TOPIC, event=out)

    async def run(self) -> None:
        """Dispatch until cancelled; wakes on new notices (NOTIFY), polls for scheduled ones."""
        await run_when_notified(
            pool=self._pool,
            channel=DISPATCH_CHANNEL,
            step=self.dispatch_due,
            poll_seconds=self._poll_seconds,
            what="notice dispatcher",
        )


async def load_contacts(*, pool: asyncpg.Pool, entries: Iterable[Mapping[str, Any]]) -> int:
    async with UnitOfWork(pool) as uow:
        return await ContactRepository(uow.conn).upsert(entries)

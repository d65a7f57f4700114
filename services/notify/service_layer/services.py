"""The notify service's use cases, one unit of work each (with the outbox and the inbox).

- plan notices from reviews (user, counsel of record, NDO reminder and flag) and
  escalations (our counsel);
- alert legal ops to a demand held in intake's triage (``legal-process.held``), and stop
  reminding them once it is confirmed (its review) or dismissed as not legal process
  (``legal-process.dismissed``);
- apply staff actions: release, NDO changes (the notices move with the gag), new return
  dates, and updates to the user and their counsel;
- name counsel of record (legal ops, or the user through a signed link);
- send the due notices exactly once (with several dispatchers), checking the gag again at
  the moment of sending; retry with backoff; FAILED and DEAD_LETTER alert legal ops and can
  be retried by hand.

Invariant: no notice to a user or their counsel of record is sent while a valid
nondisclosure order is in force (``domain.lifecycle``).
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime as rfc2822_date
from typing import Any

import asyncpg

from services.notify.adapters.repository import (
    DISPATCH_CHANNEL,
    SCHEMA,
    ContactRepository,
    NoticeRepository,
    planned_from_row,
)
from services.notify.adapters.smtp import (
    DeliveryError,
    PermanentDeliveryError,
    SmtpSender,
    UnconfirmedDeliveryError,
    WireMessage,
    wire_message,
)
from services.notify.domain.delivery_reports import DeliveryReport, ReportOutcome
from services.notify.domain.lifecycle import (
    GagRecord,
    MatterUpdate,
    NdoConcern,
    dispatch_verdict,
    internal_tier,
    matter_update,
    moved_to,
    ndo_change,
    ndo_concern,
    plan_delivery_alert,
    plan_matter_notices,
    plan_ndo_flag,
    plan_ndo_reminder,
    plan_triage_alert,
    plan_triage_reminders,
    user_side_status,
)
from services.notify.domain.links import CounselLinks, LinkInvalid
from services.notify.domain.model import (
    USER_SIDE_ROLES,
    AccountContact,
    CounselOfRecord,
    NoticeKind,
    PlannedNotice,
    RenderedNotice,
)
from services.notify.domain.planning import plan_internal_counsel_alert
from services.notify.domain.rendering import (
    render_delivery_alert,
    render_ndo_notice,
    render_notice,
    render_triage_alert,
    render_triage_reminder,
)
from shared import inbox, metrics
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessDismissed,
    LegalProcessEscalated,
    LegalProcessHeld,
    LegalProcessReviewed,
    Nondisclosure,
    NoticeDispatched,
    NoticePlanned,
    StaffActionOutcome,
    StaffActionRequested,
    envelope,
)
from shared.db import UnitOfWork, run_when_notified
from shared.logging import get_logger
from shared.outbox import add_to_outbox
from shared.vocabulary import CounselAction, EscalationTier, NoticeRole, NoticeStatus, StaffRequest

PRODUCER = "notify"
log = get_logger(__name__)
# Still owed, not sent: what the owed-notices gauge counts, by status.
OWED_STATUSES = (
    NoticeStatus.PENDING,
    NoticeStatus.SCHEDULED,
    NoticeStatus.WITHHELD,
    NoticeStatus.FAILED,
    NoticeStatus.DEAD_LETTER,
)
OWED_GAUGE_SECONDS = 5.0


class NoticeNotFound(LookupError):
    """No notice with that id."""


class RetryRefused(ValueError):
    """Only a FAILED or DEAD_LETTER notice is retried by hand."""


@dataclass(frozen=True)
class NoticePolicy:
    """Configuration the notices need: who our counsel are, whom to refer users to, links,
    how hard to try, and the gag lifecycle's numbers."""

    counsel_by_tier: Mapping[EscalationTier, str]
    legal_aid_contacts: Sequence[str]
    public_base_url: str
    sender: str
    max_attempts: int = 8
    base_backoff_seconds: float = 5.0
    max_backoff_seconds: float = 3600.0
    ndo_reminder_before: timedelta = timedelta(days=30)
    ndo_federal_max_days: int = 365
    links: CounselLinks | None = None
    # How long a send whose outcome is unknown waits for its delivery report before it goes again.
    confirmation_wait: timedelta = timedelta(minutes=10)
    # How long a case held for triage may wait for legal ops to confirm it after its alert
    # before the triage reminder is due: an emergency, anything else (Settings.sla_*).
    sla_emergency: timedelta = timedelta(minutes=15)
    sla_legal_ops: timedelta = timedelta(hours=24)

    def case_url(self, case_id: uuid.UUID) -> str:
        return f"{self.public_base_url.rstrip('/')}/cases/{case_id}"

    def retry_at(self, attempts: int, now: datetime) -> datetime | None:
        """When to try again after ``attempts`` failed attempts; None: give up (DEAD_LETTER).

        Exponential backoff from the base, capped, with ±50 % jitter so that many notices
        failing together do not retry together.
        """
        if attempts >= self.max_attempts:
            return None
        delay = min(self.max_backoff_seconds, self.base_backoff_seconds * 2 ** (attempts - 1))
        return now + timedelta(seconds=delay * random.uniform(0.5, 1.5))


@dataclass(frozen=True)
class Matter:
    """A case as notify knows it: the review (with the current return date), the gag, the updates."""

    case_id: uuid.UUID
    reviewed: LegalProcessReviewed
    gag: GagRecord
    updates: tuple[MatterUpdate, ...] = field(default_factory=tuple)


async def _matter(repo: NoticeRepository, case_id: uuid.UUID, *, lock: bool = False) -> Matter | None:
    reviewed = await repo.review_of(case_id)
    if reviewed is None:
        return None
    gag = await repo.gag_of(case_id, lock=lock) or GagRecord.from_review(reviewed.review)
    return Matter(case_id=case_id, reviewed=reviewed, gag=gag, updates=tuple(await repo.updates_of(case_id)))


# --- wording --------------------------------------------------------------------------------


def _nd(context: Mapping[str, Any]) -> Nondisclosure:
    return Nondisclosure.model_validate(context["nondisclosure"])


def word(
    notice: PlannedNotice,
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    context: Mapping[str, Any] | None,
    now: datetime,
    escalated: LegalProcessEscalated | None = None,
) -> RenderedNotice:
    """The words of any notice, from the matter as it stands (used to word it again when it moves)."""
    case_id = notice.case_id
    context = context or {}
    reviewed = matter.reviewed if matter is not None else None
    case_url = policy.case_url(case_id)
    if notice.role in USER_SIDE_ROLES:
        if matter is None:
            raise ValueError("a notice to a user or their counsel is worded from the review")
        links = policy.links
        link = links.url(notice.notice_id, now=now) if links is not None and notice.role is NoticeRole.USER else None
        return render_notice(
            notice,
            case_id=case_id,
            reviewed=matter.reviewed,
            legal_aid_contacts=policy.legal_aid_contacts,
            reply_to=policy.sender,
            update=MatterUpdate.model_validate(context["update"]) if notice.kind is NoticeKind.UPDATE else None,
            history=matter.updates if context.get("with_history") else (),
            counsel_link=link,
            counsel_link_days=links.ttl.days if links is not None else None,
        )
    if notice.kind is NoticeKind.ESCALATION:
        return render_notice(
            notice, case_id=case_id, escalated=escalated, reviewed=reviewed, case_reference_url=case_url
        )
    if notice.kind in (NoticeKind.NDO_REMINDER, NoticeKind.NDO_FLAG):
        concern = context.get("concern")
        status = context.get("user_notice")
        return render_ndo_notice(
            notice,
            case_id=case_id,
            nondisclosure=_nd(context),
            reviewed=reviewed,
            concern=NdoConcern(**concern) if concern else None,
            user_notice=(NoticeStatus(status[0]), datetime.fromisoformat(status[1]) if status[1] else None)
            if status
            else None,
            case_reference_url=case_url,
        )
    if notice.kind is NoticeKind.DELIVERY_ALERT:
        return render_delivery_alert(
            notice,
            case_id=case_id,
            failed_notice_id=uuid.UUID(context["notice_id"]),
            failed_role=NoticeRole(context["role"]),
            failed_kind=context["kind"],
            outcome=NoticeStatus(context["outcome"]),
            attempts=context["attempts"],
            smtp_code=context.get("smtp_code"),
            reviewed=reviewed,
            case_reference_url=case_url,
        )
    if notice.kind is NoticeKind.TRIAGE_ALERT:
        return render_triage_alert(
            notice, case_id=case_id, held=LegalProcessHeld.model_validate(context["held"]), case_reference_url=case_url
        )
    if notice.kind is NoticeKind.TRIAGE_REMINDER:
        return render_triage_reminder(
            notice,
            case_id=case_id,
            held=LegalProcessHeld.model_validate(context["held"]),
            alerted_at=datetime.fromisoformat(context["alerted_at"]),
            case_reference_url=case_url,
        )
    raise ValueError(f"cannot word a {notice.kind} notice to {notice.role}")


# --- recording and publishing ------------------------------------------------------------------


async def _publish_planned(
    uow: UnitOfWork,
    *,
    case_id: uuid.UUID,
    trace_id: str,
    notice_id: uuid.UUID,
    role: str,
    recipient: str,
    status: NoticeStatus,
    not_before: datetime | None,
    kind: str | None = None,
) -> None:
    planned = NoticePlanned(
        notice_id=notice_id, role=NoticeRole(role), recipient=recipient, status=status, not_before=not_before, kind=kind
    )
    out = envelope(planned, case_id=case_id, trace_id=trace_id, producer=PRODUCER)
    await add_to_outbox(uow.conn, schema=SCHEMA, topic=planned.TOPIC, event=out)


async def _owe(
    uow: UnitOfWork,
    notice: PlannedNotice,
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    trace_id: str,
    now: datetime,
    context: Mapping[str, Any] | None = None,
    escalated: LegalProcessEscalated | None = None,
) -> bool:
    """Record one owed notice (worded now) and stage ``notice.planned``; False if it already was."""
    rendered = word(notice, policy=policy, matter=matter, context=context, now=now, escalated=escalated)
    added = await NoticeRepository(uow.conn).add(
        notice=notice, rendered=rendered, trace_id=trace_id, now=now, context=context
    )
    if added:
        planned = notice.to_event()
        out = envelope(planned, case_id=notice.case_id, trace_id=trace_id, producer=PRODUCER)
        await add_to_outbox(uow.conn, schema=SCHEMA, topic=planned.TOPIC, event=out)
    return added


async def _owe_all(
    uow: UnitOfWork,
    notices: Sequence[PlannedNotice],
    *,
    policy: NoticePolicy,
    matter: Matter | None,
    trace_id: str,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> int:
    added = 0
    for notice in notices:
        added += await _owe(uow, notice, policy=policy, matter=matter, trace_id=trace_id, now=now, context=context)
    return added


async def _contacts(uow: UnitOfWork, reviewed: LegalProcessReviewed, case_id: uuid.UUID) -> dict[str, AccountContact]:
    entries = await ContactRepository(uow.conn).matching(reviewed.review.targets, case_id=case_id)
    return {entry["handle"]: AccountContact.model_validate(entry) for entry in entries}


# --- the gag: moves, reminders, flags --------------------------------------------------------------


async def _move_user_side(
    uow: UnitOfWork, matter: Matter, *, policy: NoticePolicy, trace_id: str, now: datetime, reword_all: bool = False
) -> int:
    """Give every owed, unsent notice to the case's users and their counsel the status the
    gag implies now (worded again: "we could not tell you before …" follows the gag)."""
    repo = NoticeRepository(uow.conn)
    target = user_side_status(review=matter.reviewed.review, gag=matter.gag, now=now)
    moved = 0
    for row in await repo.waiting_user_side(matter.case_id):
        destination = moved_to(status=NoticeStatus(row["status"]), not_before=row["not_before"], target=target)
        if destination is None:
            if reword_all:
                notice = planned_from_row(row)
                await repo.reword(
                    notice_id=row["notice_id"],
                    now=now,
                    rendered=word(notice, policy=policy, matter=matter, context=row["context"], now=now),
                )
            continue
        status, not_before = destination
        notice = planned_from_row(row).model_copy(update={"status": status, "not_before": not_before})
        rendered = word(notice, policy=policy, matter=matter, context=row["context"], now=now)
        await repo.move(notice_id=row["notice_id"], status=status, not_before=not_before, now=now, rendered=rendered)
        await _publish_planned(
            uow,
            case_id=matter.case_id,
            trace_id=trace_id,
            notice_id=row["notice_id"],
            role=row["role"],
            recipient=row["recipient"],
            status=status,
            not_before=not_before,
            kind=row["kind"],
        )
        moved += 1
    return moved


async def _gag_alerts(
    uow: UnitOfWork,
    matter: Matter,
    *,
    policy: NoticePolicy,
    trace_id: str,
    now: datetime,
    starts_at: datetime | None,
) -> int:
    """Remind counsel before the gag expires; flag a gag counsel must weigh. Reminders for
    earlier versions of the gag that are still waiting are no longer owed (CANCELLED)."""
    repo = NoticeRepository(uow.conn)
    review = matter.reviewed.review
    current = f"v{matter.gag.version}"
    for row in await repo.waiting_of_kind(matter.case_id, NoticeKind.NDO_REMINDER):
        if row["occasion"] != current:
            await repo.move(
                notice_id=row["notice_id"], status=NoticeStatus.CANCELLED, not_before=row["not_before"], now=now
            )
            await _publish_planned(
                uow,
                case_id=matter.case_id,
                trace_id=trace_id,
                notice_id=row["notice_id"],
                role=row["role"],
                recipient=row["recipient"],
                status=NoticeStatus.CANCELLED,
                not_before=row["not_before"],
                kind=row["kind"],
            )
    tier = internal_tier(review.escalation_tier)
    nd = matter.gag.nondisclosure.model_dump(mode="json")
    added = 0
    reminder = plan_ndo_reminder(
        case_id=matter.case_id,
        gag=matter.gag,
        tier=tier,
        counsel_by_tier=policy.counsel_by_tier,
        remind_before=policy.ndo_reminder_before,
        now=now,
    )
    if reminder is not None:
        added += await _owe(
            uow, reminder, policy=policy, matter=matter, trace_id=trace_id, now=now, context={"nondisclosure": nd}
        )
    concern = ndo_concern(
        nondisclosure=matter.gag.nondisclosure,
        requester_kind=review.requester.kind,
        starts_at=starts_at,
        now=now,
        max_term_days=policy.ndo_federal_max_days,
        finding_codes=[f.code for f in review.findings] if matter.gag.version == 1 else (),
    )
    if concern is not None and not matter.gag.released:
        status, not_before = user_side_status(review=review, gag=matter.gag, now=now)
        flag = plan_ndo_flag(case_id=matter.case_id, gag=matter.gag, tier=tier, counsel_by_tier=policy.counsel_by_tier)
        added += await _owe(
            uow,
            flag,
            policy=policy,
            matter=matter,
            trace_id=trace_id,
            now=now,
            context={
                "nondisclosure": nd,
                "concern": {"code": concern.code, "explanation": concern.explanation},
                "user_notice": [status.value, not_before.isoformat() if not_before else None],
            },
        )
    return added


# --- use cases: reviews, escalations, staff actions -------------------------------------------------


async def plan_from_review(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessReviewed], now: datetime
) -> int:
    """Owe the user and their counsel of record a notice per affected account, remind and
    flag counsel about the gag, then apply staff actions that arrived before the review.
    Returns how many notices are new."""
    return await plan_from_reviews(pool=pool, policy=policy, consumer=consumer, events=[event], now=now)


async def plan_from_reviews(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessReviewed]],
    now: datetime,
) -> int:
    """``plan_from_review`` for several reviews (a poll's worth of one partition, in order) in
    one transaction; each applies once (its inbox row)."""
    planned: list[tuple[Envelope[LegalProcessReviewed], int]] = []
    async with UnitOfWork(pool) as uow:
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            planned.append((event, await _plan_from_review(uow, policy=policy, event=event, now=now)))
    for event, added in planned:
        log.info("user notices planned", planned=added, case_id=str(event.case_id), trace_id=event.trace_id)
    return sum(added for _, added in planned)


async def _plan_from_review(
    uow: UnitOfWork, *, policy: NoticePolicy, event: Envelope[LegalProcessReviewed], now: datetime
) -> int:
    reviewed = event.payload
    case_id = event.case_id
    repo = NoticeRepository(uow.conn)
    await repo.lock_case(case_id)
    await _cancel_triage_reminders(uow, case_id=case_id, trace_id=event.trace_id, now=now)
    await repo.save_review(case_id=case_id, reviewed=reviewed)
    gag = await repo.gag_of(case_id, lock=True)
    if gag is None:
        gag = GagRecord.from_review(reviewed.review)
        await repo.save_gag(case_id=case_id, gag=gag, change="REVIEWED", at=now, event_id=event.event_id)
    contacts = await _contacts(uow, reviewed, case_id)
    await repo.add_case_accounts(case_id=case_id, handles=[c.handle for c in contacts.values()])
    matter = await _matter(repo, case_id)
    assert matter is not None
    notices = plan_matter_notices(case_id=case_id, reviewed=matter.reviewed, contacts=contacts, gag=gag, now=now)
    added = await _owe_all(uow, notices, policy=policy, matter=matter, trace_id=event.trace_id, now=now)
    added += await _gag_alerts(
        uow,
        matter,
        policy=policy,
        trace_id=event.trace_id,
        now=now,
        starts_at=reviewed.served_at or reviewed.received_at,
    )
    for event_id, decided in await repo.unapplied_decisions(case_id):
        added += await _apply(
            uow, policy=policy, case_id=case_id, event_id=event_id, decided=decided, trace_id=event.trace_id, now=now
        )
    return added


async def plan_from_escalation(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    consumer: str,
    event: Envelope[LegalProcessEscalated],
    now: datetime | None = None,
) -> int:
    """Alert the platform's counsel for the escalation's tier."""
    return await plan_from_escalations(pool=pool, policy=policy, consumer=consumer, events=[event], now=now)


async def plan_from_escalations(
    *,
    pool: asyncpg.Pool,
    policy: NoticePolicy,
    consumer: str,
    events: Sequence[Envelope[LegalProcessEscalated]],
    now: datetime | None = None,
) -> int:
    """``plan_from_escalation`` for several escalations in one transaction, each once."""
    added = 0
    async with UnitOfWork(pool) as uow:
        for event in await inbox.fresh(uow.conn, schema=SCHEMA, consumer=consumer, events=events):
            matter = await _matter(NoticeRepository(uow.conn), event.case_id)
            alert = plan_internal_counsel_alert(
                case_id=event.case_id, escalated=event.payload, counsel_by_tier=policy.counsel_by_tier
            )
            added += int(
                await _owe(
                    uow,
                    alert,
                    policy=policy,
                    matter=matter,
                    trace_id=event.trace_id,
                    now=now or event.payload.escalated_at,
                    escalated=event.payload,
                )
            )
    return added


async def apply_decision(
    *,
    pool: asyncpg.Pool,
    consumer: str,
    event: Envelope[LegalProcessDecided],
    policy: NoticePolicy,
    now: datetime,
) -> int:
    """Apply a staff action to the case's notices; returns how many notices moved or are new.

    Every action is kept (``case_decisions``); one that arrives before the case's review is
    applied when the review arrives.
    """
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        repo = NoticeRepository(uow.conn)
        await repo.lock_case(event.case_id)
        await repo.record_decision(event_id=event.event_id, case_id=event.case_id, decided=event.payload)
        if await repo.review_of(event.case_id) is None:
            log.info("staff action kept until the case's review arrives", action=event.payload.action.value)
            return 0
        changed = await _apply(
            uow,
            policy=policy,
            case_id=event.case_id,
            event_id=event.event_id,
            decided=event.payload,
            trace_id=event.trace_id,
            now=now,
        )
    log.info("staff action applied", action=event.payload.action.value, notices=changed)
    return changed


async def _apply(
    uow: UnitOfWork,
    *,
    policy: NoticePolicy,
    case_id: uuid.UUID,
    event_id: uuid.UUID,
    decided: LegalProcessDecided,
    trace_id: str,
    now: datetime,
) -> int:
    repo = NoticeRepository(uow.conn)
    matter = await _matter(repo, case_id, lock=True)
    assert matter is not None, "applied only once the review is here"
    action = decided.action
    changed = 0
    previous_return_by = matter.reviewed.return_by
    if action is CounselAction.RELEASE_NOTICE:
        matter = replace(matter, gag=matter.gag.release())
        await repo.save_gag(
            case_id=case_id,
            gag=matter.gag,
            change="RELEASED",
            at=now,
            actor=decided.decided_by,
            reason=decided.reason,
            event_id=event_id,
        )
        changed += await _move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now)
    elif action is CounselAction.NDO_CHANGED and decided.nondisclosure is not None:
        change = ndo_change(matter.gag.nondisclosure, decided.nondisclosure, now)
        matter = replace(matter, gag=matter.gag.changed(decided.nondisclosure))
        await repo.save_gag(
            case_id=case_id,
            gag=matter.gag,
            change=change,
            at=now,
            actor=decided.decided_by,
            reason=decided.reason,
            event_id=event_id,
        )
        changed += await _move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now)
        changed += await _gag_alerts(
            uow, matter, policy=policy, trace_id=trace_id, now=now, starts_at=decided.decided_at
        )
    elif action is CounselAction.RETURN_DATE_MOVED and decided.return_by is not None:
        await repo.set_return_by(case_id=case_id, return_by=decided.return_by)
        matter = replace(matter, reviewed=matter.reviewed.model_copy(update={"return_by": decided.return_by}))
        # Owed notices not yet sent say the date as it is now.
        changed += await _move_user_side(uow, matter, policy=policy, trace_id=trace_id, now=now, reword_all=True)
    update = matter_update(decided, previous_return_by=previous_return_by)
    if update is not None:
        contacts = await _contacts(uow, matter.reviewed, case_id)
        notices = plan_matter_notices(
            case_id=case_id,
            reviewed=matter.reviewed,
            contacts=contacts,
            gag=matter.gag,
            now=now,
            kind=NoticeKind.UPDATE,
            occasion=str(event_id),
        )
        changed += await _owe_all(
            uow,
            notices,
            policy=policy,
            matter=matter,
            trace_id=trace_id,
            now=now,
            context={"update": update.model_dump(mode="json")},
        )
    await repo.mark_applied(event_id=event_id, update=update, at=now)
    return changed


async def alert_triage(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[LegalProcessHeld], now: datetime
) -> int:
    """A demand waits in intake's triage: owe legal ops one alert, due now (EMERGENCY in its
    subject for an emergency), and with it the triage reminders, SCHEDULED for when the case
    should have been confirmed (``policy.sla_emergency`` or ``policy.sla_legal_ops`` after the
    alert; for an emergency to counsel too). Notify knows nothing else of the case (no review
    yet): both are worded from the event alone, which carries no personal data. Once per event
    (inbox) and once per case (the notice keys). Under the case's lock: a case whose review
    (its confirmation) is already here is owed no reminder, and a review that comes later
    cancels them. Returns how many notices are new."""
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        repo = NoticeRepository(uow.conn)
        await repo.lock_case(event.case_id)
        if await repo.dismissed(event.case_id):  # dismissed before this (late) held event: nothing is owed
            log.info(
                "triage alert not owed: the case was dismissed", case_id=str(event.case_id), trace_id=event.trace_id
            )
            return 0
        held = event.payload.model_dump(mode="json")
        alert = plan_triage_alert(case_id=event.case_id, counsel_by_tier=policy.counsel_by_tier)
        added = int(
            await _owe(uow, alert, policy=policy, matter=None, trace_id=event.trace_id, now=now, context={"held": held})
        )
        reminders = 0
        if added and await repo.review_of(event.case_id) is None:
            planned = plan_triage_reminders(
                case_id=event.case_id,
                emergency=event.payload.emergency,
                received_at=event.payload.received_at,
                alerted_at=now,
                counsel_by_tier=policy.counsel_by_tier,
                sla_emergency=policy.sla_emergency,
                sla_legal_ops=policy.sla_legal_ops,
            )
            reminders = await _owe_all(
                uow,
                planned,
                policy=policy,
                matter=None,
                trace_id=event.trace_id,
                now=now,
                context={"held": held, "alerted_at": now.isoformat()},
            )
    log.info(
        "triage alert planned" if added else "triage alert already owed",
        case_id=str(event.case_id),
        emergency=event.payload.emergency,
        process_type=event.payload.process_type.value,
        reminders=reminders,
        trace_id=event.trace_id,
    )
    return added + reminders


async def _cancel_triage_reminders(
    uow: UnitOfWork, *, case_id: uuid.UUID, trace_id: str, now: datetime, because: str = "the case was confirmed"
) -> int:
    """The case was confirmed (its review is here) or dismissed: the triage reminders still owed
    are not (CANCELLED, published as such). One already sent stays sent. Call under the case's lock."""
    repo = NoticeRepository(uow.conn)
    cancelled = 0
    for row in await repo.waiting_of_kind(case_id, NoticeKind.TRIAGE_REMINDER):
        await repo.move(
            notice_id=row["notice_id"], status=NoticeStatus.CANCELLED, not_before=row["not_before"], now=now
        )
        await _publish_planned(
            uow,
            case_id=case_id,
            trace_id=trace_id,
            notice_id=row["notice_id"],
            role=row["role"],
            recipient=row["recipient"],
            status=NoticeStatus.CANCELLED,
            not_before=row["not_before"],
            kind=row["kind"],
        )
        cancelled += 1
    if cancelled:
        log.info(
            "triage reminders cancelled", because=because, case_id=str(case_id), cancelled=cancelled, trace_id=trace_id
        )
    return cancelled


async def cancel_triage_on_dismissal(
    *, pool: asyncpg.Pool, consumer: str, event: Envelope[LegalProcessDismissed], now: datetime
) -> int:
    """Intake dismissed a held case as not legal process: cancel the triage reminders still owed
    (as a review does, under the case's lock, so a reminder the dispatcher is sending stays
    SENT), and remember the dismissal so that a held event arriving later owes nothing. Once per
    event (inbox). Returns how many reminders were cancelled."""
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return 0
        repo = NoticeRepository(uow.conn)
        await repo.lock_case(event.case_id)
        await repo.record_dismissal(
            case_id=event.case_id, dismissed_at=event.payload.dismissed_at, event_id=event.event_id, now=now
        )
        cancelled = await _cancel_triage_reminders(
            uow,
            case_id=event.case_id,
            trace_id=event.trace_id,
            now=now,
            because="the case was dismissed as not legal process",
        )
    log.info("triage dismissal applied", case_id=str(event.case_id), cancelled=cancelled, trace_id=event.trace_id)
    return cancelled


# --- counsel of record --------------------------------------------------------------------------


@dataclass(frozen=True)
class CounselNamed:
    handle: str
    cases: int
    notices_owed: int


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
    """Name counsel of record for an account (or, with ``case_id``, for one matter).

    From then on counsel receives every notice on the matter; counsel named after notices
    went out is owed one now, worded from the matter's current state and what has happened
    so far, with the status the gag implies. Waiting notices to the counsel it replaces are
    no longer owed (CANCELLED); nothing already sent is touched.
    """
    async with UnitOfWork(pool) as uow:
        named = await _name_counsel(
            uow,
            policy=policy,
            handle=handle,
            counsel=counsel,
            source=source,
            named_by=named_by,
            now=now,
            trace_id=trace_id,
            case_id=case_id,
        )
    log.info("counsel of record named", source=source, cases=named.cases, notices_owed=named.notices_owed)
    return named


async def carry_out_request(
    *, pool: asyncpg.Pool, policy: NoticePolicy, consumer: str, event: Envelope[StaffActionRequested], now: datetime
) -> None:
    """NAME_COUNSEL asked for by staff in intake: name counsel for the case's account, and answer.

    Claim, naming and answer commit together. Every other request is review's: ignored here.
    """
    request = event.payload
    if request.action is not StaffRequest.NAME_COUNSEL:
        return
    async with UnitOfWork(pool) as uow:
        if not await inbox.claim(uow.conn, schema=SCHEMA, consumer=consumer, event_id=event.event_id):
            return
        try:
            if request.counsel is None:
                raise ValueError("NAME_COUNSEL needs the counsel's name and e-mail address")
            counsel = CounselOfRecord(
                name=request.counsel.name, email=request.counsel.email, organization=request.counsel.organization
            )
            named = await _name_counsel(
                uow,
                policy=policy,
                handle=request.counsel.account,
                counsel=counsel,
                source="staff",
                named_by=request.requested_by,
                now=now,
                trace_id=event.trace_id,
                case_id=event.case_id,
            )
            outcome = "DONE"
            detail = (
                f"counsel of record named for @{named.handle}; "
                f"{named.notices_owed} notice{'s' if named.notices_owed != 1 else ''} owed to counsel"
            )
        except ValueError as exc:  # pydantic's ValidationError is a ValueError: a bad address
            outcome, detail = "REFUSED", str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        answer = StaffActionOutcome(
            request_id=request.request_id,
            action=request.action,
            outcome=outcome,
            detail=detail,
            answered_by=PRODUCER,
            answered_at=now,
        )
        await add_to_outbox(
            uow.conn,
            schema=SCHEMA,
            topic=answer.TOPIC,
            event=envelope(answer, case_id=event.case_id, trace_id=event.trace_id, producer=PRODUCER),
        )
    log.info("staff request answered", case_id=str(event.case_id), action=request.action.value, outcome=outcome)


async def _name_counsel(
    uow: UnitOfWork,
    *,
    policy: NoticePolicy,
    handle: str,
    counsel: CounselOfRecord,
    source: str,
    named_by: str,
    now: datetime,
    trace_id: str,
    case_id: uuid.UUID | None,
) -> CounselNamed:
    """``name_counsel`` inside the caller's unit of work."""
    handle = handle.strip().removeprefix("@")
    contacts = ContactRepository(uow.conn)
    entry = await contacts.entry(handle)
    canonical = entry["handle"] if entry else handle
    await contacts.appoint(
        handle=canonical,
        name=counsel.name,
        email=counsel.email,
        organization=counsel.organization,
        source=source,
        named_by=named_by[:200],
        case_id=case_id,
        at=now,
    )
    repo = NoticeRepository(uow.conn)
    cases = [(c, h) for c, h in await repo.cases_of(canonical) if case_id is None or c == case_id]
    owed = 0
    for matter_id, case_handle in cases:
        await repo.lock_case(matter_id)
        matter = await _matter(repo, matter_id, lock=True)
        if matter is None:
            continue
        for row in await repo.counsel_notices(matter_id, case_handle):
            if row["recipient"].lower() != counsel.email.lower() and row["status"] in (
                NoticeStatus.PENDING,
                NoticeStatus.SCHEDULED,
                NoticeStatus.WITHHELD,
            ):
                await repo.move(
                    notice_id=row["notice_id"], status=NoticeStatus.CANCELLED, not_before=row["not_before"], now=now
                )
                await _publish_planned(
                    uow,
                    case_id=matter_id,
                    trace_id=trace_id,
                    notice_id=row["notice_id"],
                    role=row["role"],
                    recipient=row["recipient"],
                    status=NoticeStatus.CANCELLED,
                    not_before=row["not_before"],
                    kind=row["kind"],
                )
        contact = AccountContact(handle=case_handle, contact_email=None, counsel=counsel)
        notices = plan_matter_notices(
            case_id=matter_id,
            reviewed=matter.reviewed,
            contacts={case_handle: contact},
            gag=matter.gag,
            now=now,
            roles=frozenset({NoticeRole.COUNSEL}),
        )
        owed += await _owe_all(
            uow, notices, policy=policy, matter=matter, trace_id=trace_id, now=now, context={"with_history": True}
        )
    return CounselNamed(handle=canonical, cases=len(cases), notices_owed=owed)


async def current_counsel(*, pool: asyncpg.Pool, handle: str) -> dict[str, Any] | None:
    """The account's counsel of record: the newest named for the account, else the directory's."""
    handle = handle.strip().removeprefix("@")
    async with pool.acquire() as conn:
        contacts = ContactRepository(conn)
        appointed = await contacts.appointed([handle])
        if appointed:
            found = appointed[handle.lower()]
            return {
                "handle": found["handle"],
                "counsel": {k: found[k] for k in ("name", "email", "organization")},
                "source": "appointed",
            }
        entry = await contacts.entry(handle)
    if entry and entry.get("counsel"):
        return {"handle": entry["handle"], "counsel": entry["counsel"], "source": "directory"}
    return None


@dataclass(frozen=True)
class LinkTarget:
    notice_id: uuid.UUID
    case_id: uuid.UUID
    handle: str


async def counsel_link_target(*, pool: asyncpg.Pool, links: CounselLinks, token: str, now: datetime) -> LinkTarget:
    """The user notice a genuine, unexpired link belongs to; raises LinkInvalid (or LinkExpired)."""
    notice_id, signed_at = links.notice_of(token, now=now)
    async with pool.acquire() as conn:
        row = await NoticeRepository(conn).get(notice_id)
    if row is None or row["role"] != NoticeRole.USER.value or not row["handle"]:
        raise LinkInvalid("this link is not valid")
    links.check_fresh(signed_at=signed_at, sent_at=row["sent_at"], now=now)
    return LinkTarget(notice_id=notice_id, case_id=row["case_id"], handle=row["handle"])


async def gag_state(*, pool: asyncpg.Pool, case_id: uuid.UUID, now: datetime) -> dict[str, Any] | None:
    """The case's nondisclosure order as notify applies it, its history, and what it means
    for the user's notice now."""
    async with pool.acquire() as conn:
        repo = NoticeRepository(conn)
        matter = await _matter(repo, case_id)
        if matter is None:
            return None
        history = await repo.gag_history(case_id)
    gag = matter.gag
    in_force = gag.in_force(now)
    status, not_before = user_side_status(review=matter.reviewed.review, gag=gag, now=now)
    return {
        "case_id": str(case_id),
        "nondisclosure": gag.nondisclosure.model_dump(mode="json"),
        "version": gag.version,
        "ruled_by_counsel": gag.ruled_by_counsel,
        "released": gag.released,
        "in_force": in_force is not None,
        "indefinite": bool(in_force and in_force.indefinite),
        "user_notice": {"status": status.value, "not_before": not_before.isoformat() if not_before else None},
        "history": [_notice_json(entry) for entry in history],
    }


# --- dead letters: listing and retrying by hand -------------------------------------------------


def _notice_json(row: Mapping[str, Any]) -> dict[str, Any]:
    out = {key: row[key] for key in row.keys()}
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif isinstance(value, uuid.UUID):
            out[key] = str(value)
    return out


async def list_notices(
    *, pool: asyncpg.Pool, status: NoticeStatus | None = None, case_id: uuid.UUID | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    async with pool.acquire() as conn:
        rows = await NoticeRepository(conn).listing(status=status, case_id=case_id, limit=limit)
    return [_notice_json(row) for row in rows]


async def notice_detail(*, pool: asyncpg.Pool, notice_id: uuid.UUID) -> dict[str, Any]:
    """A notice's delivery record: its state and every attempt (never its content)."""
    async with pool.acquire() as conn:
        row = await NoticeRepository(conn).get(notice_id)
        if row is None:
            raise NoticeNotFound(f"no notice {notice_id}")
        attempts = await conn.fetch(
            "SELECT attempt, at, outcome, smtp_code, detail, idempotency_key FROM notify.delivery_attempts"
            " WHERE notice_id = $1 ORDER BY id",
            notice_id,
        )
    keep = (
        "notice_id",
        "case_id",
        "kind",
        "role",
        "handle",
        "recipient",
        "status",
        "not_before",
        "attempts",
        "total_attempts",
        "last_error",
        "message_id",
        "created_at",
        "updated_at",
        "sent_at",
    )
    detail = _notice_json({key: row[key] for key in keep})
    detail["idempotency_key"] = str(row["notice_id"])
    detail["delivery_attempts"] = [_notice_json(dict(a)) for a in attempts]
    return detail


async def retry_notice(
    *, pool: asyncpg.Pool, policy: NoticePolicy, notice_id: uuid.UUID, actor: str, now: datetime, trace_id: str
) -> dict[str, Any]:
    """Legal ops retry a FAILED or DEAD_LETTER notice: it is owed again with a fresh round of
    attempts, and waits if the gag now forbids it. Raises NoticeNotFound or RetryRefused."""
    async with UnitOfWork(pool) as uow:
        repo = NoticeRepository(uow.conn)
        row = await repo.get(notice_id, lock=True)
        if row is None:
            raise NoticeNotFound(f"no notice {notice_id}")
        if row["status"] not in (NoticeStatus.FAILED, NoticeStatus.DEAD_LETTER):
            raise RetryRefused(f"the notice is {row['status']}: only FAILED or DEAD_LETTER notices are retried by hand")
        status, not_before, rendered = NoticeStatus.PENDING, None, None
        if row["role"] in (NoticeRole.USER, NoticeRole.COUNSEL):
            matter = await _matter(repo, row["case_id"])
            if matter is None:
                status = NoticeStatus.WITHHELD
            else:
                status, not_before = user_side_status(review=matter.reviewed.review, gag=matter.gag, now=now)
                notice = planned_from_row(row).model_copy(update={"status": status, "not_before": not_before})
                rendered = word(notice, policy=policy, matter=matter, context=row["context"], now=now)
        await repo.move(
            notice_id=notice_id, status=status, not_before=not_before, now=now, rendered=rendered, reset_attempts=True
        )
        await repo.record_attempt(
            notice_id=notice_id,
            attempt=row["total_attempts"],
            at=now,
            outcome="RETRY_REQUESTED",
            detail=f"by {actor[:200]}",
        )
        await _publish_planned(
            uow,
            case_id=row["case_id"],
            trace_id=trace_id,
            notice_id=notice_id,
            role=row["role"],
            recipient=row["recipient"],
            status=status,
            not_before=not_before,
            kind=row["kind"],
        )
    log.info("notice retried by hand", case_id=str(row["case_id"]), role=row["role"], status=status.value)
    return {
        "notice_id": str(notice_id),
        "status": status.value,
        "not_before": not_before.isoformat() if not_before else None,
    }


# --- delivery ----------------------------------------------------------------------------------------


def compose(row: Mapping[str, Any], *, sender: str, now: datetime) -> EmailMessage | WireMessage:
    """The e-mail for a stored notice. Its Message-ID and idempotency header derive from the
    notice, so a receiver can drop the one duplicate SMTP cannot rule out. Plain addresses (all
    but the unusual) take the fast path (``smtp.wire_message``); the others the ``email`` package."""
    message_id = f"<{row['notice_id']}@dueprocess.notice>"
    headers = (
        ("X-Dueprocess-Notice-Key", str(row["notice_id"])),
        ("X-Dueprocess-Case", str(row["case_id"])),
        ("X-Dueprocess-Role", str(row["role"])),
    )
    wire = wire_message(
        sender=sender,
        recipient=row["recipient"],
        subject=row["subject"],
        date=rfc2822_date(now),
        message_id=message_id,
        headers=headers,
        text=row["body_text"],
        html=row["body_html"],
    )
    if wire is not None:
        return wire
    message = EmailMessage()
    message["From"] = sender
    message["To"] = row["recipient"]
    message["Subject"] = row["subject"]
    message["Date"] = rfc2822_date(now)
    message["Message-ID"] = message_id
    for name, value in headers:
        message[name] = value
    message.set_content(row["body_text"])
    message.add_alternative(row["body_html"], subtype="html")
    return message


def message_id_of(message: EmailMessage | WireMessage) -> str:
    return str(message["Message-ID"])


class NoticeDispatcher:
    """Sends due notices: the durable scheduler. Notices are rows with ``not_before`` and
    ``next_attempt_at``; each batch locks its rows with SKIP LOCKED, so with several
    instances each notice is sent once, and a restart loses nothing.

    A batch is one transaction, but each message the SMTP server accepts is recorded at once,
    in a transaction of its own (its SENT delivery attempt): when the batch never commits (the
    process or the database died), the next dispatcher finds those notices handed over and
    marks them sent without sending them again. When that record cannot be written (the
    database went away) while this process lives on, the acceptance is remembered here and
    recorded by the next batch instead of a second send.

    That leaves a message the server accepted in the instant before the process died, and one
    whose session broke while the server's answer was awaited: their outcome is unknown. When
    the server offers delivery reports (RFC 3461), each message asks for one, and the batch's
    messages are recorded as HANDING_OVER (committed) before the first goes; a notice found so
    is not sent again blindly: it waits up to ``policy.confirmation_wait`` for its report
    (DELIVERED: sent, no second message; FAILED: FAILED, legal ops alerted), and goes again
    only if none came. Without delivery reports it goes again at once (at least once; the
    repeat carries the same Message-ID and X-Dueprocess-Notice-Key)."""

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        sender: SmtpSender,
        policy: NoticePolicy,
        clock: Callable[[], datetime],
        poll_seconds: float = 2.0,
        batch_size: int = 20,
        workers: int = 1,
    ) -> None:
        self._pool = pool
        self._sender = sender
        self._policy = policy
        self._clock = clock
        self._poll_seconds = poll_seconds
        self._batch_size = batch_size
        self._workers = workers
        self._owed_measured_at = float("-inf")
        # Notices the SMTP server accepted whose SENT record could not be written yet.
        self._unrecorded: set[uuid.UUID] = set()
        self._probed = False

    async def dispatch_due(self) -> int:
        """Send one batch of due notices; returns how many were handled (sent, failed or held).

        The gag is checked for every notice first; then the batch's messages go out at once
        over the sender's sessions, each recipient's one after the other in the batch's order
        (oldest first), and the outcomes are recorded in the batch's transaction. Delivery
        metrics are counted once the batch committed. Several batches may run at once (``workers``):
        each locks its own rows, and a user's or their counsel's notice still waits for an earlier
        one to them about the case that another batch holds."""
        handled = 0
        outcomes: list[tuple[str, str]] = []  # (role, outcome) for the metrics, once committed
        if not self._probed:  # learn whether the server offers delivery reports before the first batch
            self._probed = True
            await self._sender.probe()
        # The acceptances' own connection, taken before any row is locked: recording one never
        # waits for the pool while this batch holds rows that others may be waiting for.
        async with self._pool.acquire() as records, UnitOfWork(self._pool) as uow:
            repo = NoticeRepository(uow.conn)
            now = self._clock()
            matters: dict[uuid.UUID, Matter | None] = {}
            outgoing: list[asyncpg.Record] = []
            remembered: list[uuid.UUID] = []
            for row in await repo.lock_due(now=now, limit=self._batch_size):
                handled += 1
                if row["handed_over"] or row["notice_id"] in self._unrecorded:
                    await self._record_handed_over(uow, row, now, outcomes, record_attempt=not row["handed_over"])
                    remembered.append(row["notice_id"])
                    continue
                if (
                    row["unconfirmed_until"] is not None or row["handing_over_lost"]
                ) and await self._settle_unconfirmed(uow, row, now, outcomes):
                    continue
                if row["role"] in (NoticeRole.USER, NoticeRole.COUNSEL):
                    if row["case_id"] not in matters:
                        matters[row["case_id"]] = await _matter(repo, row["case_id"])
                    matter = matters[row["case_id"]]
                    verdict = dispatch_verdict(
                        role=NoticeRole(row["role"]),
                        review=matter.reviewed.review if matter else None,
                        gag=matter.gag if matter else None,
                        now=now,
                    )
                    if verdict is not None:
                        await self._hold(uow, row, matter, verdict, now)
                        continue
                outgoing.append(row)
            if outgoing and self._sender.dsn_expected:
                await NoticeRepository(records).record_handing_over(
                    notices=[(row["notice_id"], row["total_attempts"] + 1) for row in outgoing], at=now
                )
            handed = await self._hand_over_all(outgoing, now, NoticeRepository(records), asyncio.Lock())
            for row in outgoing:
                message, error = handed[row["notice_id"]]
                await self._record_delivery(uow, row, message, error, now, outcomes)
        self._unrecorded.difference_update(remembered)  # recorded now: the batch committed
        for role, outcome in outcomes:
            metrics.NOTICES.labels(role=role, outcome=outcome).inc()
        await self._measure_owed()
        return handled

    async def _settle_unconfirmed(
        self, uow: UnitOfWork, row: asyncpg.Record, now: datetime, outcomes: list[tuple[str, str]]
    ) -> bool:
        """A notice whose last hand-over has an unknown outcome. Its delivery report settles it
        (True: sent or failed, not sent now); without one it waits (True) until its time is up,
        then it may go again (False)."""
        repo = NoticeRepository(uow.conn)
        reported = await repo.settling_report(row["notice_id"])
        if reported == ReportOutcome.DELIVERED:
            await self._record_handed_over(
                uow, row, now, outcomes, record_attempt=True, detail="confirmed by its delivery report"
            )
            return True
        if reported == ReportOutcome.FAILED:
            error = PermanentDeliveryError("delivery report: failed")
            await self._record_delivery(
                uow, row, compose(row, sender=self._policy.sender, now=now), error, now, outcomes
            )
            return True
        if row["unconfirmed_until"] is None:  # a batch died while handing it over
            await self._await_confirmation(uow, row, now, outcomes, cause="batch lost during hand-over")
            return True
        if now < row["unconfirmed_until"]:
            return True
        log.warning(
            "no delivery report for a notice of unknown outcome; sending it again",
            case_id=str(row["case_id"]),
            trace_id=row["trace_id"],
            role=row["role"],
        )
        return False

    async def _await_confirmation(
        self, uow: UnitOfWork, row: asyncpg.Record, now: datetime, outcomes: list[tuple[str, str]], *, cause: str
    ) -> None:
        repo = NoticeRepository(uow.conn)
        until = now + self._policy.confirmation_wait
        await repo.await_confirmation(notice_id=row["notice_id"], until=until, now=now)
        await repo.record_attempt(
            notice_id=row["notice_id"], attempt=row["total_attempts"] + 1, at=now, outcome="UNCONFIRMED", detail=cause
        )
        outcomes.append((row["role"], "UNCONFIRMED"))
        log.warning(
            "notice hand-over outcome unknown; waiting for its delivery report",
            case_id=str(row["case_id"]),
            trace_id=row["trace_id"],
            role=row["role"],
            cause=cause,
            wait_seconds=self._policy.confirmation_wait.total_seconds(),
        )

    async def _measure_owed(self) -> None:
        """The owed-notices gauge, at most every few seconds (one grouped count)."""
        now = time.monotonic()
        if now - self._owed_measured_at < OWED_GAUGE_SECONDS:
            return
        self._owed_measured_at = now
        owed = {status.value: 0 for status in OWED_STATUSES}
        async with self._pool.acquire() as conn:
            for status, count in await NoticeRepository(conn).count_by_status(list(owed)):
                owed[status] = count
        for status, count in owed.items():
            metrics.NOTICES_OWED.labels(status=status).set(count)

    async def _hold(
        self,
        uow: UnitOfWork,
        row: asyncpg.Record,
        matter: Matter | None,
        verdict: tuple[NoticeStatus, datetime | None],
        now: datetime,
    ) -> None:
        """A gag is in force now: the notice waits again instead of going out."""
        repo = NoticeRepository(uow.conn)
        status, not_before = verdict
        rendered = None
        if matter is not None:
            notice = planned_from_row(row).model_copy(update={"status": status, "not_before": not_before})
            rendered = word(notice, policy=self._policy, matter=matter, context=row["context"], now=now)
        await repo.move(notice_id=row["notice_id"], status=status, not_before=not_before, now=now, rendered=rendered)
        await repo.record_attempt(notice_id=row["notice_id"], attempt=row["total_attempts"], at=now, outcome="GAGGED")
        await _publish_planned(
            uow,
            case_id=row["case_id"],
            trace_id=row["trace_id"],
            notice_id=row["notice_id"],
            role=row["role"],
            recipient=row["recipient"],
            status=status,
            not_before=not_before,
            kind=row["kind"],
        )
        log.warning(
            "notice held at dispatch: a gag is in force",
            case_id=str(row["case_id"]),
            role=row["role"],
            status=status.value,
        )

    async def _hand_over_all(
        self,
        rows: Sequence[asyncpg.Record],
        now: datetime,
        records: NoticeRepository,
        recording: asyncio.Lock,
    ) -> dict[uuid.UUID, tuple[EmailMessage | WireMessage, DeliveryError | None]]:
        """Send the messages, concurrently across recipients and in order for each recipient
        (a recipient's next message goes once the server accepted the previous one). Returns
        each notice's message and its delivery error (None: accepted). Anything else raised
        is raised once every send in flight has finished (each acceptance is recorded)."""
        by_recipient: dict[str, list[asyncpg.Record]] = {}
        for row in rows:
            by_recipient.setdefault(str(row["recipient"]).strip().lower(), []).append(row)
        handed: dict[uuid.UUID, tuple[EmailMessage | WireMessage, DeliveryError | None]] = {}

        async def in_order(queue: list[asyncpg.Record]) -> None:
            for row in queue:
                handed[row["notice_id"]] = await self._hand_over(row, now, records, recording)

        results = await asyncio.gather(*(in_order(queue) for queue in by_recipient.values()), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return handed

    async def _hand_over(
        self, row: asyncpg.Record, now: datetime, records: NoticeRepository, recording: asyncio.Lock
    ) -> tuple[EmailMessage | WireMessage, DeliveryError | None]:
        """Give the message to the SMTP server; an acceptance is recorded at once, outside the
        batch: should the batch never commit, this notice is known to be handed over and is not
        sent again (see the class docstring). Without waiting for the WAL flush: losing this
        record in a crash of PostgreSQL itself costs a duplicate (the batch is lost too), never
        a notice."""
        message = compose(row, sender=self._policy.sender, now=now)
        try:
            await self._sender.send(message, envelope_id=str(row["notice_id"]))
        except DeliveryError as exc:
            return message, exc
        self._unrecorded.add(row["notice_id"])  # until the record is written
        async with recording:  # one statement at a time on the batch's record connection
            await records.record_handed_over(notice_id=row["notice_id"], attempt=row["total_attempts"] + 1, at=now)
        self._unrecorded.discard(row["notice_id"])
        return message, None

    async def _record_delivery(
        self,
        uow: UnitOfWork,
        row: asyncpg.Record,
        message: EmailMessage | WireMessage,
        error: DeliveryError | None,
        now: datetime,
        outcomes: list[tuple[str, str]],
    ) -> None:
        """The notice's outcome in the batch: sent, or failed (retry later, FAILED, DEAD_LETTER)."""
        repo = NoticeRepository(uow.conn)
        attempt = row["total_attempts"] + 1
        if isinstance(error, UnconfirmedDeliveryError) and error.dsn_requested:
            await self._await_confirmation(uow, row, now, outcomes, cause=str(error))
            return
        if error is not None:
            exc = error
            attempts = row["attempts"] + 1
            permanent = isinstance(exc, PermanentDeliveryError)
            retry_at = None if permanent else self._policy.retry_at(attempts, now)
            final = NoticeStatus.FAILED if permanent else (NoticeStatus.DEAD_LETTER if retry_at is None else None)
            await repo.mark_attempt_failed(
                notice_id=row["notice_id"], error=str(exc), retry_at=retry_at, status=final, now=now
            )
            await repo.record_attempt(
                notice_id=row["notice_id"],
                attempt=attempt,
                at=now,
                outcome="PERMANENT" if permanent else "TRANSIENT",
                smtp_code=exc.code,
                detail=type(exc.__cause__ or exc).__name__,
            )
            # Never the reply text: it may quote the recipient's address.
            log.warning(
                "notice delivery failed",
                case_id=str(row["case_id"]),
                role=row["role"],
                attempts=attempts,
                permanent=permanent,
                status=final.value if final else row["status"],
                error=type(exc.__cause__ or exc).__name__,
                smtp_code=exc.code,
            )
            outcomes.append((row["role"], final.value if final else "RETRYING"))
            if final is not None:
                await _publish_dispatched(uow, row, status=final, message_id=None, now=now, attempts=attempt)
                await _alert_legal_ops(
                    uow, row, policy=self._policy, outcome=final, attempts=attempt, smtp_code=exc.code, now=now
                )
            return
        outcomes.append((row["role"], NoticeStatus.SENT.value))
        await repo.mark_sent(notice_id=row["notice_id"], message_id=message_id_of(message), sent_at=now)
        await _publish_dispatched(
            uow, row, status=NoticeStatus.SENT, message_id=message_id_of(message), now=now, attempts=attempt
        )
        log.info(
            "notice sent", case_id=str(row["case_id"]), trace_id=row["trace_id"], role=row["role"], kind=row["kind"]
        )

    async def _record_handed_over(
        self,
        uow: UnitOfWork,
        row: asyncpg.Record,
        now: datetime,
        outcomes: list[tuple[str, str]],
        *,
        record_attempt: bool,
        detail: str | None = None,
    ) -> None:
        """The SMTP server accepted this notice before its batch was lost: sent, not sent again
        (``record_attempt``: its SENT attempt was never written, this process remembered it or
        its delivery report told)."""
        message_id = message_id_of(compose(row, sender=self._policy.sender, now=now))
        attempt = row["total_attempts"] + 1
        repo = NoticeRepository(uow.conn)
        if record_attempt:
            await repo.record_attempt(
                notice_id=row["notice_id"], attempt=attempt, at=now, outcome="SENT", detail=detail
            )
        await repo.mark_sent(notice_id=row["notice_id"], message_id=message_id, sent_at=now)
        await _publish_dispatched(uow, row, status=NoticeStatus.SENT, message_id=message_id, now=now, attempts=attempt)
        outcomes.append((row["role"], NoticeStatus.SENT.value))
        log.info(
            "notice sent (recorded after a lost batch)",
            case_id=str(row["case_id"]),
            trace_id=row["trace_id"],
            role=row["role"],
            kind=row["kind"],
            known_from=detail or "the acceptance record",
        )

    async def run(self) -> None:
        """Dispatch until cancelled; wakes on new notices (NOTIFY), polls for scheduled ones."""
        await run_when_notified(
            pool=self._pool,
            channel=DISPATCH_CHANNEL,
            step=self.dispatch_due,
            poll_seconds=self._poll_seconds,
            what="notice dispatcher",
            workers=self._workers,
        )


async def _alert_legal_ops(
    uow: UnitOfWork,
    row: Mapping[str, Any],
    *,
    policy: NoticePolicy,
    outcome: NoticeStatus,
    attempts: int,
    smtp_code: int | None,
    now: datetime,
) -> None:
    """Tell legal ops a notice was not delivered, without the recipient or the content. Not for
    a failed alert itself."""
    if row["kind"] == NoticeKind.DELIVERY_ALERT.value:
        return
    alert = plan_delivery_alert(
        case_id=row["case_id"],
        notice_id=row["notice_id"],
        outcome=outcome,
        attempts=attempts,
        counsel_by_tier=policy.counsel_by_tier,
    )
    matter = await _matter(NoticeRepository(uow.conn), row["case_id"])
    await _owe(
        uow,
        alert,
        policy=policy,
        matter=matter,
        trace_id=row["trace_id"],
        now=now,
        context={
            "notice_id": str(row["notice_id"]),
            "role": row["role"],
            "kind": row["kind"],
            "outcome": outcome.value,
            "attempts": attempts,
            "smtp_code": smtp_code,
        },
    )


async def _publish_dispatched(
    uow: UnitOfWork,
    row: Mapping[str, Any],
    *,
    status: NoticeStatus,
    message_id: str | None,
    now: datetime,
    attempts: int,
) -> None:
    dispatched = NoticeDispatched(
        notice_id=row["notice_id"],
        role=row["role"],
        recipient=row["recipient"],
        status=status,
        message_id=message_id,
        dispatched_at=now,
        attempts=attempts,
        kind=row["kind"],
    )
    out = envelope(dispatched, case_id=row["case_id"], trace_id=row["trace_id"], producer=PRODUCER)
    await add_to_outbox(uow.conn, schema=SCHEMA, topic=dispatched.TOPIC, event=out)


async def record_delivery_report(
    *, pool: asyncpg.Pool, policy: NoticePolicy, report: DeliveryReport, report_sha256: str, now: datetime
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
    async with UnitOfWork(pool) as uow:
        repo = NoticeRepository(uow.conn)
        new, notice_id = await repo.add_delivery_report(
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
        if await repo.wake_unconfirmed(notice_id=notice_id, now=now):
            return "awaited"
        if outcome is not ReportOutcome.FAILED:
            return "recorded"
        row = await repo.lock_notice(notice_id)
        if row is None or row["status"] != NoticeStatus.SENT.value:
            return "recorded"  # not sent (yet): a dispatcher that finds it unconfirmed reads the report
        await repo.mark_bounced(notice_id=notice_id, status=status or "failed", now=now)
        await repo.record_attempt(
            notice_id=notice_id, attempt=row["total_attempts"], at=now, outcome="BOUNCED", detail=status or None
        )
        await _publish_dispatched(
            uow, row, status=NoticeStatus.FAILED, message_id=row["message_id"], now=now, attempts=row["total_attempts"]
        )
        await _alert_legal_ops(
            uow,
            row,
            policy=policy,
            outcome=NoticeStatus.FAILED,
            attempts=row["total_attempts"],
            smtp_code=None,
            now=now,
        )
    log.warning(
        "a sent notice was not delivered (delivery report: failed)",
        case_id=str(row["case_id"]),
        trace_id=row["trace_id"],
        role=row["role"],
        kind=row["kind"],
        status=status,
    )
    return "bounced"


async def load_contacts(*, pool: asyncpg.Pool, entries: Sequence[Mapping[str, Any]]) -> int:
    async with UnitOfWork(pool) as uow:
        return await ContactRepository(uow.conn).upsert(entries)

"""The notify service's subscribers: reviews owe users notices, escalations owe counsel alerts,
staff actions move notices with the gag and owe updates; staff name counsel of record; a demand
held in intake's triage owes legal ops an alert, and its dismissal there (not legal process)
cancels the triage reminders still owed.

Each handler is a module-level function that only translates an event into a use case, given
the services explicitly (``register`` binds them). At least once: each use case claims the
event in its inbox inside its own transaction, and ``shared.kafka`` commits the offsets only
after the handlers returned (never FastStream's default, at most once).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, NamedTuple

from faststream.kafka import KafkaBroker

from services.notify.service_layer import counsel, holds, planning, review_actions, triage_alerts
from services.notify.service_layer.services import NotifyServices
from shared.contracts import (
    Envelope,
    LegalHoldChanged,
    LegalProcessDecided,
    LegalProcessDismissed,
    LegalProcessEscalated,
    LegalProcessHeld,
    LegalProcessReviewed,
    StaffActionRequested,
    Topics,
)
from shared.kafka import ConsumerOptions, register_consumer

ON_REVIEWED = "notify.reviewed"
ON_ESCALATED = "notify.escalated"
ON_DECIDED = "notify.decided"
ON_ACTION_REQUESTED = "notify.action-requested"
ON_HELD = "notify.held"
ON_DISMISSED = "notify.dismissed"
ON_LEGAL_HOLD = "notify.legal-hold"


async def on_reviewed(event: Envelope[LegalProcessReviewed], *, services: NotifyServices) -> None:
    await planning.plan_from_review(
        services.uow(), policy=services.policy, consumer=ON_REVIEWED, event=event, now=services.clock()
    )


async def on_reviews(events: Sequence[Envelope[LegalProcessReviewed]], *, services: NotifyServices) -> None:
    await planning.plan_from_reviews(
        services.uow(), policy=services.policy, consumer=ON_REVIEWED, events=events, now=services.clock()
    )


async def on_escalated(event: Envelope[LegalProcessEscalated], *, services: NotifyServices) -> None:
    await planning.plan_from_escalation(
        services.uow(), policy=services.policy, consumer=ON_ESCALATED, event=event, now=services.clock()
    )


async def on_escalations(events: Sequence[Envelope[LegalProcessEscalated]], *, services: NotifyServices) -> None:
    await planning.plan_from_escalations(
        services.uow(), policy=services.policy, consumer=ON_ESCALATED, events=events, now=services.clock()
    )


async def on_decided(event: Envelope[LegalProcessDecided], *, services: NotifyServices) -> None:
    await review_actions.apply_decision(
        services.uow(), policy=services.policy, consumer=ON_DECIDED, event=event, now=services.clock()
    )


async def on_action_requested(event: Envelope[StaffActionRequested], *, services: NotifyServices) -> None:
    await counsel.carry_out_request(
        services.uow(), policy=services.policy, consumer=ON_ACTION_REQUESTED, event=event, now=services.clock()
    )


async def on_held(event: Envelope[LegalProcessHeld], *, services: NotifyServices) -> None:
    await triage_alerts.alert_triage(
        services.uow(), policy=services.policy, consumer=ON_HELD, event=event, now=services.clock()
    )


async def on_dismissed(event: Envelope[LegalProcessDismissed], *, services: NotifyServices) -> None:
    await triage_alerts.cancel_triage_on_dismissal(
        services.uow(), consumer=ON_DISMISSED, event=event, now=services.clock()
    )


async def on_legal_hold(event: Envelope[LegalHoldChanged], *, services: NotifyServices) -> None:
    await holds.mail_stewards(
        services.uow(), policy=services.policy, consumer=ON_LEGAL_HOLD, event=event, now=services.clock()
    )


class Subscription(NamedTuple):
    """A handler's topic, consumer group and contract (and its form for a poll's worth of events)."""

    topic: str
    group_id: str
    payload_type: type[Any]
    handle: Callable[..., Awaitable[None]]
    handle_many: Callable[..., Awaitable[None]] | None = None


#: Every notify subscriber: each its own consumer group, so a slow one never holds another back.
SUBSCRIPTIONS: tuple[Subscription, ...] = (
    Subscription(Topics.HELD, ON_HELD, LegalProcessHeld, on_held),
    Subscription(Topics.LEGAL_HOLDS, ON_LEGAL_HOLD, LegalHoldChanged, on_legal_hold),
    Subscription(Topics.DISMISSED, ON_DISMISSED, LegalProcessDismissed, on_dismissed),
    Subscription(Topics.ACTION_REQUESTED, ON_ACTION_REQUESTED, StaffActionRequested, on_action_requested),
    Subscription(Topics.DECIDED, ON_DECIDED, LegalProcessDecided, on_decided),
    Subscription(Topics.REVIEWED, ON_REVIEWED, LegalProcessReviewed, on_reviewed, on_reviews),
    Subscription(Topics.ESCALATED, ON_ESCALATED, LegalProcessEscalated, on_escalated, on_escalations),
)


def register(broker: KafkaBroker, *, services: NotifyServices, options: ConsumerOptions) -> None:
    """Attach each handler to its topic and consumer group (at least once, see the module docstring)."""
    for sub in SUBSCRIPTIONS:
        register_consumer(
            broker,
            topic=sub.topic,
            group_id=sub.group_id,
            payload_type=sub.payload_type,
            handle=functools.partial(sub.handle, services=services),
            handle_many=None if sub.handle_many is None else functools.partial(sub.handle_many, services=services),
            options=options,
        )

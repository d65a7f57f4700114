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
from collections.abc import Sequence

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


def register(broker: KafkaBroker, *, services: NotifyServices, options: ConsumerOptions) -> None:
    """Attach each handler to its topic and consumer group (at least once, see the module docstring)."""

    register_consumer(
        broker,
        topic=Topics.HELD,
        group_id=ON_HELD,
        payload_type=LegalProcessHeld,
        handle=functools.partial(on_held, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.LEGAL_HOLDS,
        group_id=ON_LEGAL_HOLD,
        payload_type=LegalHoldChanged,
        handle=functools.partial(on_legal_hold, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.DISMISSED,
        group_id=ON_DISMISSED,
        payload_type=LegalProcessDismissed,
        handle=functools.partial(on_dismissed, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.ACTION_REQUESTED,
        group_id=ON_ACTION_REQUESTED,
        payload_type=StaffActionRequested,
        handle=functools.partial(on_action_requested, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.DECIDED,
        group_id=ON_DECIDED,
        payload_type=LegalProcessDecided,
        handle=functools.partial(on_decided, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.REVIEWED,
        group_id=ON_REVIEWED,
        payload_type=LegalProcessReviewed,
        handle=functools.partial(on_reviewed, services=services),
        handle_many=functools.partial(on_reviews, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.ESCALATED,
        group_id=ON_ESCALATED,
        payload_type=LegalProcessEscalated,
        handle=functools.partial(on_escalated, services=services),
        handle_many=functools.partial(on_escalations, services=services),
        options=options,
    )

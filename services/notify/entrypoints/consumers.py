"""The notify service's subscribers: reviews owe users notices, escalations owe counsel alerts,
staff actions move notices with the gag and owe updates; staff name counsel of record; a demand
held in intake's triage owes legal ops an alert, and its dismissal there (not legal process)
cancels the triage reminders still owed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import asyncpg
from faststream.kafka import KafkaBroker

from services.notify.service_layer import services
from shared.contracts import (
    Envelope,
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


def register(
    broker: KafkaBroker,
    *,
    pool: asyncpg.Pool,
    policy: services.NoticePolicy,
    clock: Callable[[], datetime],
    options: ConsumerOptions,
) -> None:
    async def on_reviewed(event: Envelope[LegalProcessReviewed]) -> None:
        await services.plan_from_review(pool=pool, policy=policy, consumer=ON_REVIEWED, event=event, now=clock())

    async def on_reviews(events: Sequence[Envelope[LegalProcessReviewed]]) -> None:
        await services.plan_from_reviews(pool=pool, policy=policy, consumer=ON_REVIEWED, events=events, now=clock())

    async def on_escalated(event: Envelope[LegalProcessEscalated]) -> None:
        await services.plan_from_escalation(pool=pool, policy=policy, consumer=ON_ESCALATED, event=event, now=clock())

    async def on_escalations(events: Sequence[Envelope[LegalProcessEscalated]]) -> None:
        await services.plan_from_escalations(
            pool=pool, policy=policy, consumer=ON_ESCALATED, events=events, now=clock()
        )

    async def on_decided(event: Envelope[LegalProcessDecided]) -> None:
        await services.apply_decision(pool=pool, policy=policy, consumer=ON_DECIDED, event=event, now=clock())

    async def on_action_requested(event: Envelope[StaffActionRequested]) -> None:
        await services.carry_out_request(
            pool=pool, policy=policy, consumer=ON_ACTION_REQUESTED, event=event, now=clock()
        )

    async def on_held(event: Envelope[LegalProcessHeld]) -> None:
        await services.alert_triage(pool=pool, policy=policy, consumer=ON_HELD, event=event, now=clock())

    async def on_dismissed(event: Envelope[LegalProcessDismissed]) -> None:
        await services.cancel_triage_on_dismissal(pool=pool, consumer=ON_DISMISSED, event=event, now=clock())

    register_consumer(
        broker, topic=Topics.HELD, group_id=ON_HELD, payload_type=LegalProcessHeld, handle=on_held, options=options
    )
    register_consumer(
        broker,
        topic=Topics.DISMISSED,
        group_id=ON_DISMISSED,
        payload_type=LegalProcessDismissed,
        handle=on_dismissed,
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.ACTION_REQUESTED,
        group_id=ON_ACTION_REQUESTED,
        payload_type=StaffActionRequested,
        handle=on_action_requested,
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.DECIDED,
        group_id=ON_DECIDED,
        payload_type=LegalProcessDecided,
        handle=on_decided,
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.REVIEWED,
        group_id=ON_REVIEWED,
        payload_type=LegalProcessReviewed,
        handle=on_reviewed,
        handle_many=on_reviews,
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.ESCALATED,
        group_id=ON_ESCALATED,
        payload_type=LegalProcessEscalated,
        handle=on_escalated,
        handle_many=on_escalations,
        options=options,
    )

"""The review service's subscribers: `legal-process.received.v1` in, a review out; staff requests
from intake in, the action recorded (or refused) and answered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import asyncpg
from faststream.kafka import KafkaBroker

from services.review.domain.assessment import RuleBook
from services.review.domain.escalation import EscalationPolicy
from services.review.service_layer import services
from shared.contracts import Envelope, LegalProcessReceived, StaffActionRequested, Topics
from shared.kafka import ConsumerOptions, register_consumer

CONSUMER = "review.received"
ON_ACTION_REQUESTED = "review.action-requested"


def register(
    broker: KafkaBroker,
    *,
    pool: asyncpg.Pool,
    rule_book: RuleBook,
    policy: EscalationPolicy,
    clock: Callable[[], datetime],
    options: ConsumerOptions,
) -> None:
    async def on_received(event: Envelope[LegalProcessReceived]) -> None:
        await services.review_received(
            pool=pool, rule_book=rule_book, policy=policy, consumer=CONSUMER, event=event, clock=clock
        )

    async def on_all_received(events: Sequence[Envelope[LegalProcessReceived]]) -> None:
        await services.review_all_received(
            pool=pool, rule_book=rule_book, policy=policy, consumer=CONSUMER, events=events, clock=clock
        )

    async def on_action_requested(event: Envelope[StaffActionRequested]) -> None:
        await services.carry_out_request(pool=pool, consumer=ON_ACTION_REQUESTED, event=event, clock=clock)

    register_consumer(
        broker,
        topic=Topics.RECEIVED,
        group_id=CONSUMER,
        payload_type=LegalProcessReceived,
        handle=on_received,
        handle_many=on_all_received,
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

"""The review service's subscribers: `legal-process.received.v1` in, a review out; staff requests
from intake in, the action recorded (or refused) and answered.

Each handler is a module-level function taking the event and the wired :class:`ReviewServices`
(so it can be called alone in a test); ``register`` only attaches them, each to its topic and
consumer group, at least once (``shared.kafka.register_consumer``: the offset is committed after
the handler's transaction, the inbox row is written in it, and a message that keeps failing is
dead-lettered).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from faststream.kafka import KafkaBroker

from services.review.entrypoints.dependencies import ReviewServices
from services.review.service_layer import services as review
from shared.contracts import Envelope, LegalProcessReceived, StaffActionRequested, Topics
from shared.kafka import ConsumerOptions, register_consumer

# Each is the consumer group and the inbox name.
CONSUMER = "review.received"
ON_ACTION_REQUESTED = "review.action-requested"


async def on_received(event: Envelope[LegalProcessReceived], *, services: ReviewServices) -> None:
    await review.review_received(
        pool=services.pool,
        rule_book=services.rule_book,
        policy=services.policy,
        consumer=CONSUMER,
        event=event,
        clock=services.clock,
    )


async def on_all_received(events: Sequence[Envelope[LegalProcessReceived]], *, services: ReviewServices) -> None:
    await review.review_all_received(
        pool=services.pool,
        rule_book=services.rule_book,
        policy=services.policy,
        consumer=CONSUMER,
        events=events,
        clock=services.clock,
    )


async def on_action_requested(event: Envelope[StaffActionRequested], *, services: ReviewServices) -> None:
    await review.carry_out_request(pool=services.pool, consumer=ON_ACTION_REQUESTED, event=event, clock=services.clock)


def register(broker: KafkaBroker, *, services: ReviewServices, options: ConsumerOptions) -> None:
    register_consumer(
        broker,
        topic=Topics.RECEIVED,
        group_id=CONSUMER,
        payload_type=LegalProcessReceived,
        handle=partial(on_received, services=services),
        handle_many=partial(on_all_received, services=services),
        options=options,
    )
    register_consumer(
        broker,
        topic=Topics.ACTION_REQUESTED,
        group_id=ON_ACTION_REQUESTED,
        payload_type=StaffActionRequested,
        handle=partial(on_action_requested, services=services),
        options=options,
    )

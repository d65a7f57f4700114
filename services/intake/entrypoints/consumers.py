"""Intake's read model subscribers: reviews and notice states flow back for the case view."""

from __future__ import annotations

import asyncpg
from faststream.kafka import KafkaBroker

from services.intake.service_layer import casework, services
from shared.contracts import (
    Envelope,
    LegalProcessDecided,
    LegalProcessEscalated,
    LegalProcessReviewed,
    NoticeDispatched,
    NoticePlanned,
    StaffActionOutcome,
    Topics,
)
from shared.kafka import ConsumerOptions, register_consumer


def register(broker: KafkaBroker, *, pool: asyncpg.Pool, options: ConsumerOptions) -> None:
    async def on_reviewed(event: Envelope[LegalProcessReviewed]) -> None:
        await services.record_review(pool=pool, consumer="intake.case-view.reviewed", event=event)

    async def on_notice_planned(event: Envelope[NoticePlanned]) -> None:
        await services.record_notice(pool=pool, consumer="intake.case-view.notice-planned", event=event)

    async def on_notice_dispatched(event: Envelope[NoticeDispatched]) -> None:
        await services.record_notice(pool=pool, consumer="intake.case-view.notice-dispatched", event=event)

    async def on_escalated(event: Envelope[LegalProcessEscalated]) -> None:
        await services.record_timeline(pool=pool, consumer="intake.case-view.escalated", event=event)

    async def on_decided(event: Envelope[LegalProcessDecided]) -> None:
        await services.record_timeline(pool=pool, consumer="intake.case-view.decided", event=event)

    async def on_action_outcome(event: Envelope[StaffActionOutcome]) -> None:
        await casework.record_outcome(pool=pool, consumer="intake.case-view.action-outcome", event=event)

    register_consumer(broker, topic=Topics.ACTION_OUTCOME, group_id="intake.case-view.action-outcome",
                      payload_type=StaffActionOutcome, handle=on_action_outcome, options=options)
    register_consumer(broker, topic=Topics.ESCALATED, group_id="intake.case-view.escalated",
                      payload_type=LegalProcessEscalated, handle=on_escalated, options=options)
    register_consumer(broker, topic=Topics.DECIDED, group_id="intake.case-view.decided",
                      payload_type=LegalProcessDecided, handle=on_decided, options=options)
    register_consumer(broker, topic=Topics.REVIEWED, group_id="intake.case-view.reviewed",
                      payload_type=LegalProcessReviewed, handle=on_reviewed, options=options)
    register_consumer(broker, topic=Topics.NOTICE_PLANNED, group_id="intake.case-view.notice-planned",
                      payload_type=NoticePlanned, handle=on_notice_planned, options=options)
    register_consumer(broker, topic=Topics.NOTICE_DISPATCHED, group_id="intake.case-view.notice-dispatched",
                      payload_type=NoticeDispatched, handle=on_notice_dispatched, options=options)

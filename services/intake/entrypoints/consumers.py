"""Intake's read model subscribers: reviews and notice states flow back for the case view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
    """Each read-model consumer applies a poll's events of one partition in one transaction
    (``handle_many``), or one at a time."""

    def consumer(topic: str, group: str, payload: type, one: Any, many: Any) -> None:
        async def handle(event: Envelope[Any]) -> None:
            await one(pool=pool, consumer=group, event=event)

        async def handle_many(events: Sequence[Envelope[Any]]) -> None:
            await many(pool=pool, consumer=group, events=events)

        register_consumer(broker, topic=topic, group_id=group, payload_type=payload, handle=handle,
                          handle_many=handle_many if many is not None else None, options=options)

    consumer(Topics.ACTION_OUTCOME, "intake.case-view.action-outcome", StaffActionOutcome,
             casework.record_outcome, None)
    consumer(Topics.ESCALATED, "intake.case-view.escalated", LegalProcessEscalated,
             services.record_timeline, services.record_timelines)
    consumer(Topics.DECIDED, "intake.case-view.decided", LegalProcessDecided,
             services.record_timeline, services.record_timelines)
    consumer(Topics.REVIEWED, "intake.case-view.reviewed", LegalProcessReviewed,
             services.record_review, services.record_reviews)
    consumer(Topics.NOTICE_PLANNED, "intake.case-view.notice-planned", NoticePlanned,
             services.record_notice, services.record_notices)
    consumer(Topics.NOTICE_DISPATCHED, "intake.case-view.notice-dispatched", NoticeDispatched,
             services.record_notice, services.record_notices)

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
from shared.kafka import ConsumerOptions, Route, register_consumers

GROUP = "intake.case-view"


def register(broker: KafkaBroker, *, pool: asyncpg.Pool, options: ConsumerOptions) -> None:
    """One consumer group for the whole read model (one fetch loop and one offset commit per
    poll, whatever the topic). Each topic keeps its own inbox name, so an event is applied once
    however it comes back. A poll's events of one partition go in one transaction."""

    def route(topic: str, consumer: str, payload: type, one: Any, many: Any) -> Route:
        async def handle(event: Envelope[Any]) -> None:
            await one(pool=pool, consumer=consumer, event=event)

        async def handle_many(events: Sequence[Envelope[Any]]) -> None:
            await many(pool=pool, consumer=consumer, events=events)

        return Route(topic, payload, handle, handle_many if many is not None else None)

    register_consumers(
        broker,
        group_id=GROUP,
        options=options,
        routes=[
            route(
                Topics.ACTION_OUTCOME,
                "intake.case-view.action-outcome",
                StaffActionOutcome,
                casework.record_outcome,
                None,
            ),
            route(
                Topics.ESCALATED,
                "intake.case-view.escalated",
                LegalProcessEscalated,
                services.record_timeline,
                services.record_timelines,
            ),
            route(
                Topics.DECIDED,
                "intake.case-view.decided",
                LegalProcessDecided,
                services.record_timeline,
                services.record_timelines,
            ),
            route(
                Topics.REVIEWED,
                "intake.case-view.reviewed",
                LegalProcessReviewed,
                services.record_review,
                services.record_reviews,
            ),
            route(
                Topics.NOTICE_PLANNED,
                "intake.case-view.notice-planned",
                NoticePlanned,
                services.record_notice,
                services.record_notices,
            ),
            route(
                Topics.NOTICE_DISPATCHED,
                "intake.case-view.notice-dispatched",
                NoticeDispatched,
                services.record_notice,
                services.record_notices,
            ),
        ],
    )

"""Intake's read-model subscribers: reviews, escalations, decisions, staff-request outcomes and
notice states flow back for the case view.

Each handler is a module-level function taking the event and the pool it writes to (so it can
be called alone in a test); ``register`` only attaches them, with their topics and inbox names,
to ONE consumer group, at least once (``shared.kafka.register_consumers``: the offset is
committed after the handler's transaction, the inbox row is written in it, and a message that
keeps failing is dead-lettered).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import asyncpg
from faststream.kafka import KafkaBroker

from services.intake.service_layer import casework, holds, services
from shared.contracts import (
    Envelope,
    LegalHoldChanged,
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
# The inbox names: one per topic, so an event is applied once however it comes back.
ON_ACTION_OUTCOME = "intake.case-view.action-outcome"
ON_ESCALATED = "intake.case-view.escalated"
ON_DECIDED = "intake.case-view.decided"
ON_REVIEWED = "intake.case-view.reviewed"
ON_NOTICE_PLANNED = "intake.case-view.notice-planned"
ON_NOTICE_DISPATCHED = "intake.case-view.notice-dispatched"
ON_LEGAL_HOLD = "intake.case-view.legal-hold"


async def on_action_outcome(event: Envelope[StaffActionOutcome], *, pool: asyncpg.Pool) -> None:
    await casework.record_outcome(pool=pool, consumer=ON_ACTION_OUTCOME, event=event)


async def on_escalated(event: Envelope[LegalProcessEscalated], *, pool: asyncpg.Pool) -> None:
    await services.record_timeline(pool=pool, consumer=ON_ESCALATED, event=event)


async def on_all_escalated(events: Sequence[Envelope[LegalProcessEscalated]], *, pool: asyncpg.Pool) -> None:
    await services.record_timelines(pool=pool, consumer=ON_ESCALATED, events=events)


async def on_decided(event: Envelope[LegalProcessDecided], *, pool: asyncpg.Pool) -> None:
    await services.record_timeline(pool=pool, consumer=ON_DECIDED, event=event)


async def on_all_decided(events: Sequence[Envelope[LegalProcessDecided]], *, pool: asyncpg.Pool) -> None:
    await services.record_timelines(pool=pool, consumer=ON_DECIDED, events=events)


async def on_reviewed(event: Envelope[LegalProcessReviewed], *, pool: asyncpg.Pool) -> None:
    await services.record_review(pool=pool, consumer=ON_REVIEWED, event=event)


async def on_all_reviewed(events: Sequence[Envelope[LegalProcessReviewed]], *, pool: asyncpg.Pool) -> None:
    await services.record_reviews(pool=pool, consumer=ON_REVIEWED, events=events)


async def on_notice_planned(event: Envelope[NoticePlanned], *, pool: asyncpg.Pool) -> None:
    await services.record_notice(pool=pool, consumer=ON_NOTICE_PLANNED, event=event)


async def on_all_notices_planned(events: Sequence[Envelope[NoticePlanned]], *, pool: asyncpg.Pool) -> None:
    await services.record_notices(pool=pool, consumer=ON_NOTICE_PLANNED, events=events)


async def on_notice_dispatched(event: Envelope[NoticeDispatched], *, pool: asyncpg.Pool) -> None:
    await services.record_notice(pool=pool, consumer=ON_NOTICE_DISPATCHED, event=event)


async def on_all_notices_dispatched(events: Sequence[Envelope[NoticeDispatched]], *, pool: asyncpg.Pool) -> None:
    await services.record_notices(pool=pool, consumer=ON_NOTICE_DISPATCHED, events=events)


async def on_legal_hold(event: Envelope[LegalHoldChanged], *, pool: asyncpg.Pool) -> None:
    await holds.record_holds(pool=pool, consumer=ON_LEGAL_HOLD, events=[event])


async def on_all_legal_holds(events: Sequence[Envelope[LegalHoldChanged]], *, pool: asyncpg.Pool) -> None:
    await holds.record_holds(pool=pool, consumer=ON_LEGAL_HOLD, events=events)


def routes(*, pool: asyncpg.Pool) -> list[Route]:
    """The group's topics, each with its contract and its handlers bound to ``pool``."""
    return [
        Route(Topics.ACTION_OUTCOME, StaffActionOutcome, partial(on_action_outcome, pool=pool)),
        Route(
            Topics.ESCALATED,
            LegalProcessEscalated,
            partial(on_escalated, pool=pool),
            partial(on_all_escalated, pool=pool),
        ),
        Route(Topics.DECIDED, LegalProcessDecided, partial(on_decided, pool=pool), partial(on_all_decided, pool=pool)),
        Route(
            Topics.REVIEWED, LegalProcessReviewed, partial(on_reviewed, pool=pool), partial(on_all_reviewed, pool=pool)
        ),
        Route(
            Topics.NOTICE_PLANNED,
            NoticePlanned,
            partial(on_notice_planned, pool=pool),
            partial(on_all_notices_planned, pool=pool),
        ),
        Route(
            Topics.NOTICE_DISPATCHED,
            NoticeDispatched,
            partial(on_notice_dispatched, pool=pool),
            partial(on_all_notices_dispatched, pool=pool),
        ),
        Route(
            Topics.LEGAL_HOLDS,
            LegalHoldChanged,
            partial(on_legal_hold, pool=pool),
            partial(on_all_legal_holds, pool=pool),
        ),
    ]


def register(broker: KafkaBroker, *, pool: asyncpg.Pool, options: ConsumerOptions) -> None:
    """One consumer group for the whole read model (one fetch loop and one offset commit per
    poll, whatever the topic). A poll's events of one partition go in one transaction."""
    register_consumers(broker, group_id=GROUP, options=options, routes=routes(pool=pool))

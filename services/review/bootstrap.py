"""Wires the review service once, explicitly: rule book, ladder policy, pool, broker,
consumer, outbox relay, escalation timers and the counsel API."""

from __future__ import annotations

from services.review.adapters.repository import SCHEMA, TIMER_CHANNEL
from services.review.domain.assessment import load_rule_book
from services.review.domain.escalation import EscalationPolicy
from services.review.entrypoints import consumers
from services.review.entrypoints.dependencies import ReviewServices
from services.review.entrypoints.http import create_app
from services.review.service_layer import holds, services
from shared.audit_checkpoint import checkpoint_tasks
from shared.clock import clock_from_settings
from shared.db import run_when_notified, service_pool
from shared.internal_api import configured_token
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging
from shared.runtime import http_server, messaging, metrics_servers, run_until_stopped
from shared.settings import Settings
from shared.vocabulary import EscalationTier


def escalation_policy(settings: Settings) -> EscalationPolicy:
    return EscalationPolicy(
        sla={
            EscalationTier.LEGAL_OPS: settings.sla_legal_ops,
            EscalationTier.COUNSEL: settings.sla_counsel,
            EscalationTier.LITIGATION: settings.sla_litigation,
        },
        emergency_sla=settings.sla_emergency,
    )


async def run(settings: Settings) -> None:
    configure_logging(service="review", level=settings.log_level)
    rule_book = load_rule_book().with_calendar(
        court_calendar=settings.court_calendar,
        time_zone=settings.calendar_time_zone,
        business_hours=settings.business_hours,
        platform_holidays=settings.platform_holidays,
    )
    policy = escalation_policy(settings).with_clock(rule_book.policy)
    clock = clock_from_settings(settings)
    pool = await service_pool(settings, "review", max_size=10)
    wired = ReviewServices(pool=pool, clock=clock, rule_book=rule_book, policy=policy)
    broker, relay = await messaging(settings, service="review", schema=SCHEMA, pool=pool)
    consumers.register(broker, services=wired, options=ConsumerOptions.from_settings(settings))

    hold_policy = holds.hold_policy(rule_book)

    async def fire_timers() -> int:
        fired = await services.fire_due_timers(pool=pool, policy=wired.policy, clock=wired.clock)
        return fired + await holds.fire_due_hold_timers(pool=pool, policy=hold_policy, clock=wired.clock)

    async def timers() -> None:
        await run_when_notified(
            pool=pool,
            channel=TIMER_CHANNEL,
            step=fire_timers,
            poll_seconds=settings.timer_poll_seconds,
            what="escalation timers",
        )

    app = create_app(wired, internal_api_token=configured_token(settings))
    api = http_server(app, host=settings.http_host, port=settings.review_http_port)
    await broker.start()
    await run_until_stopped(
        name="review",
        servers=[api, *metrics_servers(settings, service="review")],
        tasks=[relay.run, timers, *checkpoint_tasks(settings, pool=pool, schema=SCHEMA)],
        on_stop=[broker.stop, pool.close],
    )

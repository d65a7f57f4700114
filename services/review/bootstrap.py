"""Wires the review service once, explicitly: pool, rule book, broker, consumer, outbox relay."""

from __future__ import annotations

from datetime import datetime, timezone

from services.review.adapters.repository import SCHEMA
from services.review.domain.assessment import load_rule_book
from services.review.entrypoints import consumers
from shared.db import create_pool
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging
from shared.runtime import health_app, http_server, messaging, run_until_stopped
from shared.settings import Settings



def utc_now() -> datetime:
    return datetime.now(timezone.utc)


async def run(settings: Settings) -> None:
    configure_logging(service="review", level=settings.log_level)
    rule_book = load_rule_book()
    pool = await create_pool(settings.database_url, max_size=10)
    broker, relay = await messaging(settings, service="review", schema=SCHEMA, pool=pool)
    consumers.register(broker, pool=pool, rule_book=rule_book, clock=utc_now,
                       options=ConsumerOptions.from_settings(settings))
    await broker.start()
    health = http_server(health_app(service="review", pool=pool), host=settings.http_host, port=settings.review_http_port)
    await run_until_stopped(name="review", servers=[health], tasks=[relay.run], on_stop=[broker.stop, pool.close])

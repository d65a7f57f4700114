"""Wires the notify service once, explicitly: pool, broker, consumers, dispatcher, outbox relay."""

from __future__ import annotations

from datetime import datetime, timezone

from services.notify.adapters.repository import SCHEMA
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.entrypoints import consumers
from services.notify.service_layer.services import NoticeDispatcher, NoticePolicy
from shared.db import create_pool
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging
from shared.runtime import health_app, http_server, messaging, run_until_stopped
from shared.settings import Settings
from shared.vocabulary import EscalationTier



def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def notice_policy(settings: Settings) -> NoticePolicy:
    return NoticePolicy(
        counsel_by_tier={
            EscalationTier.LEGAL_OPS: settings.counsel_legal_ops_email,
            EscalationTier.COUNSEL: settings.counsel_counsel_email,
            EscalationTier.LITIGATION: settings.counsel_litigation_email,
        },
        legal_aid_contacts=settings.legal_aid_contacts,
        public_base_url=settings.public_base_url,
        sender=settings.smtp_from,
    )


async def run(settings: Settings) -> None:
    configure_logging(service="notify", level=settings.log_level)
    policy = notice_policy(settings)
    pool = await create_pool(settings.database_url, max_size=10)
    broker, relay = await messaging(settings, service="notify", schema=SCHEMA, pool=pool)
    consumers.register(broker, pool=pool, policy=policy, clock=utc_now,
                       options=ConsumerOptions.from_settings(settings))
    dispatcher = NoticeDispatcher(
        pool=pool, sender=SmtpSender(SmtpConfig.from_url(settings.smtp_url)), policy=policy, clock=utc_now,
        poll_seconds=settings.dispatcher_poll_seconds,
    )
    await broker.start()
    health = http_server(health_app(service="notify", pool=pool), host=settings.http_host, port=settings.notify_http_port)
    await run_until_stopped(name="notify", servers=[health], tasks=[relay.run, dispatcher.run], on_stop=[broker.stop, pool.close])

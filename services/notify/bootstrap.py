"""Wires the notify service once, explicitly: pool, broker, consumers, dispatcher, outbox relay, HTTP API."""

from __future__ import annotations

from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.adapters.tables import SCHEMA
from services.notify.domain.holds import HoldLinks, StewardPolicy
from services.notify.domain.links import CounselLinks
from services.notify.entrypoints import consumers
from services.notify.entrypoints.http import create_app
from services.notify.entrypoints.return_path import ReturnPathHandler, start_return_path
from services.notify.service_layer.services import NoticeDispatcher, NoticePolicy, NotifyServices
from shared.audit_checkpoint import checkpoint_tasks
from shared.calendars import SlaClock, business_hours_of, court_calendar_of
from shared.clock import clock_from_settings
from shared.db import service_pool
from shared.internal_api import configured_token
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging, get_logger
from shared.runtime import http_server, messaging, metrics_servers, run_until_stopped
from shared.settings import Settings
from shared.smtp_listener import serve_until_cancelled
from shared.vocabulary import EscalationTier

log = get_logger(__name__)


def sla_clock(settings: Settings) -> SlaClock | None:
    """The deployment's business hours the triage SLA counts (``DUEPROCESS_BUSINESS_HOURS`` in
    ``DUEPROCESS_CALENDAR_TIME_ZONE`` on ``DUEPROCESS_COURT_CALENDAR``'s open days, the platform's
    holidays closed), None around the clock. Review reads the same settings over policy.yaml's;
    notify has no rule book to fall back on, so business hours need the time zone and the
    calendar set beside them (ValueError otherwise: the service does not start)."""
    if not settings.business_hours:
        return None
    if not settings.calendar_time_zone or not settings.court_calendar:
        raise ValueError(
            "DUEPROCESS_BUSINESS_HOURS needs DUEPROCESS_CALENDAR_TIME_ZONE and DUEPROCESS_COURT_CALENDAR set too"
        )
    hours = business_hours_of(settings.business_hours, zone=settings.calendar_time_zone)
    assert hours is not None
    return SlaClock(court_calendar_of(settings.court_calendar, extra=settings.platform_holidays), hours)


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
        max_attempts=settings.notice_max_attempts,
        base_backoff_seconds=settings.notice_backoff_base_seconds,
        max_backoff_seconds=settings.notice_backoff_max_seconds,
        ndo_reminder_before=settings.ndo_reminder_before,
        ndo_federal_max_days=settings.ndo_federal_max_days,
        confirmation_wait=settings.notice_confirmation_wait,
        sla_emergency=settings.sla_emergency,
        sla_legal_ops=settings.sla_legal_ops,
        sla_clock=sla_clock(settings),
        links=CounselLinks(
            secret=settings.notice_link_secret.get_secret_value(),
            base_url=settings.notify_base_url,
            ttl=settings.notice_link_ttl,
        ),
        stewards=StewardPolicy(
            stewards=tuple(settings.data_stewards),
            remind_after=settings.hold_ack_remind_after,
            escalate_after=settings.hold_ack_escalate_after,
        ),
        hold_links=HoldLinks(
            secret=settings.notice_link_secret.get_secret_value(),
            base_url=settings.notify_base_url,
            ttl=settings.notice_link_ttl,
        ),
    )


def smtp_config(settings: Settings) -> SmtpConfig:
    return SmtpConfig.from_url(
        settings.smtp_url,
        validate_certs=settings.smtp_tls_verify,
        ca_file=settings.smtp_tls_ca_file,
        timeout=settings.smtp_timeout_seconds,
    )


async def run(settings: Settings) -> None:
    configure_logging(service="notify", level=settings.log_level)
    if "notice_link_secret" not in settings.model_fields_set:
        log.warning(
            "DUEPROCESS_NOTICE_LINK_SECRET is not set: counsel links use a random key and stop working "
            "when this process stops (local runs only)"
        )
    policy = notice_policy(settings)
    clock = clock_from_settings(settings)
    pool = await service_pool(settings, "notify", max_size=10)
    broker, relay = await messaging(settings, service="notify", schema=SCHEMA, pool=pool)
    services = NotifyServices.on_pool(pool, policy=policy, clock=clock)
    consumers.register(broker, services=services, options=ConsumerOptions.from_settings(settings))
    reports = settings.return_path_port != 0
    sender = SmtpSender(
        smtp_config(settings),
        sessions=settings.smtp_sessions,
        return_path=settings.notice_return_path or settings.smtp_from,
        request_dsn=reports,
    )
    dispatcher = NoticeDispatcher(
        pool=pool,
        sender=sender,
        policy=policy,
        clock=clock,
        poll_seconds=settings.dispatcher_poll_seconds,
        workers=settings.dispatcher_workers,
        batch_size=settings.dispatcher_batch_size,
    )
    await broker.start()
    api = http_server(
        create_app(
            pool=pool,
            policy=policy,
            clock=clock,
            internal_api_token=configured_token(settings),
            services=services,
        ),
        host=settings.http_host,
        port=settings.notify_http_port,
    )
    tasks = [relay.run, dispatcher.run, *checkpoint_tasks(settings, pool=pool, schema=SCHEMA)]
    if reports:
        returns = ReturnPathHandler(services)
        return_path = await start_return_path(
            returns, host=settings.return_path_host, port=settings.return_path_port
        )  # before the first batch
        log.info("return-path listener started", port=settings.return_path_port)
        tasks.append(lambda: serve_until_cancelled(return_path))
    await run_until_stopped(
        name="notify",
        servers=[api, *metrics_servers(settings, service="notify")],
        tasks=tasks,
        on_stop=[broker.stop, sender.close, pool.close],
    )

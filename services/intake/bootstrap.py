"""Wires the intake service once, explicitly: pool, broker, read-model consumers, outbox relay,
HTTP, and the legal-process mailbox (SMTP) on the same event loop."""

from __future__ import annotations

import asyncio

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfLimits, PdfTextExtractor
from services.intake.adapters.repository import SCHEMA
from services.intake.domain.message import MessageLimits
from services.intake.entrypoints import consumers
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.entrypoints.smtp import IntakeSmtpHandler, serve_smtp
from services.intake.service_layer.email import EmailIngestion
from services.intake.service_layer.staff import TokenCache
from shared.audit_checkpoint import checkpoint_tasks
from shared.clock import clock_from_settings
from shared.db import service_pool
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging
from shared.runtime import http_server, messaging, metrics_servers, run_until_stopped
from shared.settings import Settings


def email_ingestion(settings: Settings) -> EmailIngestion:
    """E-mail reading as configured: limits, the PDF worker, DKIM, the trusted authserv-ids."""
    return EmailIngestion(
        limits=MessageLimits(
            max_message_bytes=settings.max_message_bytes,
            max_attachment_bytes=settings.max_attachment_bytes,
            max_parts=settings.max_mime_parts,
            max_depth=settings.max_mime_depth,
        ),
        pdf=PdfTextExtractor(
            PdfLimits(
                max_pages=settings.pdf_max_pages,
                timeout_seconds=settings.pdf_timeout_seconds,
                max_memory_bytes=settings.pdf_max_memory_bytes,
            ),
            workers=settings.pdf_workers,
        ),
        dkim=DkimVerifier(),
        authserv_ids=tuple(settings.authserv_ids),
    )


async def run(settings: Settings) -> None:
    configure_logging(service="intake", level=settings.log_level)
    pool = await service_pool(settings, "intake", max_size=20)
    broker, relay = await messaging(settings, service="intake", schema=SCHEMA, pool=pool)
    services = IntakeServices(
        pool=pool,
        email=email_ingestion(settings),
        clock=clock_from_settings(settings),
        tokens=TokenCache(settings.api_token_cache_seconds),
        secure_cookies=settings.session_cookie_secure,
        trusted_proxies=tuple(settings.trusted_proxies),
    )
    consumers.register(broker, pool=services.pool, options=ConsumerOptions.from_settings(settings))
    app = create_app(services, max_request_bytes=settings.max_request_bytes)
    server = http_server(app, host=settings.http_host, port=settings.http_port, proxy_headers=False)
    tasks = [relay.run, *checkpoint_tasks(settings, pool=pool, schema=SCHEMA)]
    if settings.smtp_inbound_port:
        handler = IntakeSmtpHandler(
            pool=pool,
            config=services.email,
            mailboxes=settings.smtp_inbound_mailboxes,
            max_recipients=settings.smtp_inbound_max_recipients,
            trusted_relays=settings.smtp_trusted_relays,
        )

        async def smtp() -> None:
            await serve_smtp(
                handler,
                host=settings.smtp_inbound_host,
                port=settings.smtp_inbound_port,
                data_size_limit=settings.max_message_bytes,
            )

        tasks.append(smtp)

    async def close_pdf_workers() -> None:
        await asyncio.to_thread(services.email.pdf.close)

    await broker.start()
    await run_until_stopped(
        name="intake",
        tasks=tasks,
        servers=[server, *metrics_servers(settings, service="intake")],
        on_stop=[broker.stop, close_pdf_workers, pool.close],
    )

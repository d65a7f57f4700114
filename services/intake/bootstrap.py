"""Wires the intake service once, explicitly: pool, broker, read-model consumers, outbox relay,
HTTP, and the legal-process mailbox (SMTP) on the same event loop."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Callable

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.ocr_worker import INSTALL_HINT, OCR_LANGUAGES
from services.intake.adapters.pdf_text import (
    OcrLimits,
    PdfLimits,
    PdfTextExtractor,
    installed_languages,
    missing_language_packs,
)
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
from shared.logging import configure_logging, get_logger
from shared.runtime import http_server, messaging, metrics_servers, run_until_stopped
from shared.settings import Settings

log = get_logger(__name__)


class OcrSetupRefused(RuntimeError):
    """The OCR settings name a language (or need a Tesseract) this host lacks: intake does not start."""


def ocr_limits(settings: Settings) -> OcrLimits:
    """OCR of scans as configured (DUEPROCESS_OCR_*); OcrSetupRefused for languages OCR cannot read."""
    try:
        return OcrLimits(
            enabled=settings.ocr_enabled,
            languages=tuple(settings.ocr_languages) if settings.ocr_languages is not None else OCR_LANGUAGES,
            timeout_seconds=settings.ocr_timeout_seconds,
            max_pages=settings.ocr_max_pages,
            workers=settings.ocr_workers,
        )
    except ValueError as exc:
        raise OcrSetupRefused(f"DUEPROCESS_OCR_LANGUAGES: {exc}") from exc


def check_ocr(
    settings: Settings,
    limits: OcrLimits,
    installed: Callable[[], frozenset[str] | None] = installed_languages,
) -> None:
    """At start-up, off the event loop: Tesseract and each language pack OCR reads with. Languages
    set in DUEPROCESS_OCR_LANGUAGES that this host lacks refuse the start (naming the packages),
    rather than failing on the first scan; with the default languages (a local run) intake only
    warns: the scans it cannot read wait in triage for a person."""
    if not limits.enabled:
        return
    configured = settings.ocr_languages is not None
    hint = INSTALL_HINT
    try:
        found = installed()
    except (OSError, subprocess.SubprocessError) as exc:
        problem = f"`tesseract --list-langs` failed ({type(exc).__name__})"
    else:
        if found is None:
            if not configured:
                return  # the extractor says so (a local run without Tesseract)
            problem = "Tesseract is not installed"
        else:
            missing = missing_language_packs(limits.languages, found)
            if not missing:
                return
            problem = f"the language data {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing"
            hint = "apt-get install " + " ".join(missing)
    if configured:
        raise OcrSetupRefused(
            f"DUEPROCESS_OCR_LANGUAGES is {','.join(limits.languages)} but {problem} ({hint}): install it, "
            "list only installed languages, or set DUEPROCESS_OCR_ENABLED=false"
        )
    log.warning(f"OCR: {problem} ({hint}); scans it cannot read wait in triage for a person")


def email_ingestion(settings: Settings) -> EmailIngestion:
    """E-mail reading as configured: limits, the PDF and OCR workers, DKIM, the trusted authserv-ids."""
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
            ocr=ocr_limits(settings),
        ),
        dkim=DkimVerifier(),
        authserv_ids=tuple(settings.authserv_ids),
    )


async def run(settings: Settings) -> None:
    configure_logging(service="intake", level=settings.log_level)
    email = email_ingestion(settings)
    await asyncio.to_thread(check_ocr, settings, email.pdf.ocr)
    pool = await service_pool(settings, "intake", max_size=20)
    broker, relay = await messaging(settings, service="intake", schema=SCHEMA, pool=pool)
    services = IntakeServices(
        pool=pool,
        email=email,
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

"""The return path: an SMTP listener (aiosmtpd) where receiving servers send the delivery
status notifications (RFC 3464) notify asked for (RFC 3461: ENVID = the notice id).

``DATA`` is answered only after the report is durably kept: 250, or 451 when the database is
unavailable (nothing was recorded: the reporting MTA retries). Anything that is not a
delivery report (a human reply, spam) is answered 250 and discarded: nothing about a notice
depends on it, and refusing it would only make its sender retry.
"""

from __future__ import annotations

import asyncio
import hashlib

from aiosmtpd.smtp import SMTP, Envelope, Session

from services.notify.domain.delivery_reports import parse_delivery_report
from services.notify.service_layer.delivery_reports import record_delivery_report
from services.notify.service_layer.services import NotifyServices
from shared import metrics, smtp_listener
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger

log = get_logger(__name__)

IDENT = "dueprocess notify return path"
# A report is small (the headers of the original, not the message): refuse anything larger.
MAX_REPORT_BYTES = 1024 * 1024


class ReturnPathHandler:
    """aiosmtpd handler: any recipient at this listener is the return path; DATA is a report."""

    def __init__(self, services: NotifyServices) -> None:
        self.services = services

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or (envelope.content if isinstance(envelope.content, bytes) else b"")
        report = await asyncio.to_thread(parse_delivery_report, raw)
        if report is None or report.outcome is None:
            metrics.DELIVERY_REPORTS.labels(outcome="NONE", effect="discarded").inc()
            log.info("return path: not a delivery report; discarded", size=len(raw))
            return "250 2.0.0 Not a delivery report; discarded"
        try:
            effect = await record_delivery_report(
                self.services.uow(),
                policy=self.services.policy,
                report=report,
                report_sha256=hashlib.sha256(raw).hexdigest(),
                now=self.services.clock(),
            )
        except DATABASE_UNAVAILABLE as exc:
            log.warning("database unavailable; delivery report deferred", error=type(exc).__name__)
            return "451 4.3.0 Temporarily unavailable; nothing was recorded, please retry"
        except Exception as exc:
            log.error("delivery report could not be recorded; deferred", error=type(exc).__name__)
            return "451 4.3.0 Temporarily unable to record the report; please retry"
        metrics.DELIVERY_REPORTS.labels(outcome=report.outcome.value, effect=effect).inc()
        log.info("delivery report", outcome=report.outcome.value, effect=effect)
        return f"250 2.0.0 Report recorded ({effect})"


async def start_return_path(handler: ReturnPathHandler, *, host: str, port: int) -> asyncio.AbstractServer:
    """Listen on ``host:port`` on the running loop; the caller closes the returned server."""
    return await smtp_listener.start_smtp_server(
        handler, host=host, port=port, data_size_limit=MAX_REPORT_BYTES, ident=IDENT
    )

"""The legal-process mailbox: an SMTP listener (aiosmtpd) on the intake service's own event loop.

``DATA`` is answered only after the message is durably stored: 250 with the case id, 552 for a
message or attachment over the limits (or too many parts, too deep nesting), 451 when the
database is unavailable (nothing was recorded: the sending MTA retries). A message whose
content cannot be read is still accepted, as a triage case: nothing is lost.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence

import asyncpg
from aiosmtpd.smtp import SMTP, Envelope, Session

from services.intake.domain.message import LimitExceeded
from services.intake.service_layer.email import EmailIngestion, ingest_message
from shared import smtp_listener
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger

log = get_logger(__name__)

DATABASE_DOWN = DATABASE_UNAVAILABLE


class IntakeSmtpHandler:
    """aiosmtpd handler: RCPT checks the mailbox, DATA hands the bytes to the service layer."""

    def __init__(self, *, pool: asyncpg.Pool, config: EmailIngestion, mailboxes: Sequence[str] = ()) -> None:
        self.pool = pool
        self.config = config
        self.mailboxes = {m.strip().lower() for m in mailboxes if m.strip()}

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if self.mailboxes and address.strip().lower() not in self.mailboxes:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or (envelope.content if isinstance(envelope.content, bytes) else b"")
        trace_id = uuid.uuid4().hex
        try:
            result = await ingest_message(
                pool=self.pool,
                raw=raw,
                source="smtp",
                channel="email",
                trace_id=trace_id,
                config=self.config,
                envelope_from=envelope.mail_from,
                envelope_to=list(envelope.rcpt_tos),
            )
        except LimitExceeded as exc:
            log.info("message refused", limit=exc.limit, size=len(raw))
            return f"552 5.3.4 Message refused: {exc}"
        except DATABASE_DOWN as exc:
            log.warning("database unavailable; message deferred", error=type(exc).__name__)
            return "451 4.3.0 Temporarily unavailable; nothing was recorded, please retry"
        except Exception as exc:
            log.error("message could not be ingested; deferred", error=type(exc).__name__, trace_id=trace_id)
            return "451 4.3.0 Temporarily unable to accept the message; please retry"
        if result.duplicate:
            return f"250 2.0.0 Duplicate of case {result.case_id} ({result.duplicate_reason}); not processed twice"
        if result.held:
            return f"250 2.0.0 Accepted as case {result.case_id}; held for legal ops to confirm"
        return f"250 2.0.0 Accepted as case {result.case_id}"


IDENT = "dueprocess intake legal-process mailbox"


async def start_smtp_server(
    handler: IntakeSmtpHandler, *, host: str, port: int, data_size_limit: int, hostname: str | None = None
) -> asyncio.AbstractServer:
    """Listen on ``host:port`` on the running loop; the caller closes the returned server."""
    return await smtp_listener.start_smtp_server(
        handler, host=host, port=port, data_size_limit=data_size_limit, ident=IDENT, hostname=hostname
    )


async def serve_smtp(handler: IntakeSmtpHandler, *, host: str, port: int, data_size_limit: int) -> None:
    """Run the listener until cancelled (a task for ``run_until_stopped``)."""
    await smtp_listener.serve_smtp(handler, host=host, port=port, data_size_limit=data_size_limit, ident=IDENT)

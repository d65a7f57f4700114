"""The legal-process mailbox: an SMTP listener (aiosmtpd) on the intake service's own event loop.

``RCPT`` accepts only the configured legal mailbox addresses (550 5.1.1 for any other) and at
most ``max_recipients`` recipients per message, refused ones counted (452 4.5.3 beyond: the
sender retries the rest in another transaction).

Trust boundary: the listener knows the client's address, so it decides here whether the
message came from a configured relay (our own MX in front of intake). Only then may ingestion
believe an ``Authentication-Results`` header carrying our authserv-id; from any other client
such a header is one we did not add ourselves and is ignored (RFC 8601 section 5): intake
verifies DKIM itself. The message is stored verbatim all the same (it is evidence).

``DATA`` is answered only after the message is durably stored: 250 with the case id, 552 for a
message or attachment over the limits (or too many parts, too deep nesting), 451 when the
database is unavailable (nothing was recorded: the sending MTA retries). A message whose
content cannot be read is still accepted, as a triage case: nothing is lost.
"""

from __future__ import annotations

import asyncio
import uuid
import weakref
from collections.abc import Iterable, Sequence

import asyncpg
from aiosmtpd.smtp import SMTP, Envelope, Session

from services.intake.domain.message import LimitExceeded
from services.intake.service_layer.email import EmailIngestion, ingest_message
from shared import smtp_listener
from shared.db import DATABASE_UNAVAILABLE
from shared.logging import get_logger

log = get_logger(__name__)

DATABASE_DOWN = DATABASE_UNAVAILABLE


DEFAULT_MAILBOXES = ("legal-process@dueprocess.local",)
DEFAULT_MAX_RECIPIENTS = 10


class IntakeSmtpHandler:
    """aiosmtpd handler: RCPT checks the mailbox and the recipient limit, DATA hands the bytes
    (and whether a configured relay sent them) to the service layer.

    ``mailboxes``: the legal mailbox addresses accepted (never empty: an empty list is refused
    at construction). ``trusted_relays``: the networks of the relays whose
    ``Authentication-Results`` are believed (default none).
    """

    def __init__(
        self,
        *,
        pool: asyncpg.Pool,
        config: EmailIngestion,
        mailboxes: Sequence[str] = DEFAULT_MAILBOXES,
        max_recipients: int = DEFAULT_MAX_RECIPIENTS,
        trusted_relays: Iterable[smtp_listener.Network] = (),
    ) -> None:
        self.pool = pool
        self.config = config
        self.mailboxes = frozenset(m.strip().lower() for m in mailboxes if m.strip())
        if not self.mailboxes:
            raise ValueError("the legal-process mailbox needs at least one address to accept")
        if max_recipients < 1:
            raise ValueError("max_recipients must be at least 1")
        self.max_recipients = max_recipients
        self.trusted_relays = tuple(trusted_relays)
        # RCPT commands seen in each transaction (accepted or refused); aiosmtpd makes a new
        # Envelope for every MAIL and RSET, so the count starts again with it.
        self._rcpt_seen: weakref.WeakKeyDictionary[Envelope, int] = weakref.WeakKeyDictionary()

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        seen = self._rcpt_seen.get(envelope, 0) + 1
        self._rcpt_seen[envelope] = seen
        if seen > self.max_recipients:
            return "452 4.5.3 Too many recipients"
        mailbox = address.strip().lower()
        if mailbox not in self.mailboxes:
            return "550 5.1.1 No such mailbox here"
        if mailbox not in (a.strip().lower() for a in envelope.rcpt_tos):  # a repeated RCPT counts once
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or (envelope.content if isinstance(envelope.content, bytes) else b"")
        trace_id = uuid.uuid4().hex
        from_relay = smtp_listener.peer_in(session, self.trusted_relays)
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
                from_trusted_relay=from_relay,
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

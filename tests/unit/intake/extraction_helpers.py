"""Reading a hand-written e-mail through extraction, for the unit tests of the field readers."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from services.intake.domain.authenticity import AuthResult
from services.intake.domain.extraction import DocumentText, Extraction, extract_case
from services.intake.domain.message import parse_message
from shared.reference import agency_registry

REGISTRY = agency_registry()
RECEIVED = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def read_mail(
    body: str,
    *,
    sender: str,
    subject: str = "Request",
    date: str = "Mon, 07 Dec 2026 09:00:00 +0100",
    dkim: bool = True,
    headers: tuple[tuple[str, str], ...] = (),
    documents: tuple[DocumentText, ...] = (),
) -> Extraction:
    """The extraction of one message from ``sender``, DKIM passing for its domain when ``dkim``."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "legal@platform.example"
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = "<unit@test>"
    for name, value in headers:
        message[name] = value
    message.set_content(body)
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    results = [AuthResult("dkim", "pass", domain, "test")] if dkim else []
    return extract_case(
        parse_message(bytes(message)),
        documents=documents,
        auth_results=results,
        registry=REGISTRY,
        received_at=RECEIVED,
    )

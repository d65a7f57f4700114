"""Reading an e-mailed demand: what a message says, before anything is stored.

MIME parsing in a thread; PDFs, office files and OCR of scans in worker processes; DKIM in a
thread unless a configured relay already checked it; then the fields themselves (the extraction)
in a worker process of their own (decision 0024; in a thread if that worker fails). ``analyse``
for the services, ``analyse_sync`` for ``dueprocess assess`` and the corpus bench (in process).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor, WorkerRole
from services.intake.domain.authenticity import AuthResult, parse_authentication_results
from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction import Extraction, extract_case
from services.intake.domain.message import (
    LimitExceeded,
    MessageLimits,
    ParsedMessage,
    attachment_role,
    check_message_size,
    decode_bytes,
    html_to_text,
    parse_message,
)
from services.intake.domain.triage import TriageReason, unique_reasons
from shared.logging import get_logger
from shared.reference import AgencyRegistry, agency_registry

log = get_logger(__name__)


@dataclass
class EmailIngestion:
    """What ingestion needs, wired once by bootstrap (and by tests)."""

    limits: MessageLimits = field(default_factory=MessageLimits)
    pdf: PdfTextExtractor = field(default_factory=PdfTextExtractor)
    dkim: DkimVerifier = field(default_factory=DkimVerifier)
    authserv_ids: Sequence[str] = ("mx.dueprocess.local",)
    registry: AgencyRegistry = field(default_factory=agency_registry)
    # ``analyse_sync`` only: read every message as a configured relay's (its header with our
    # authserv-id counts). Only the offline corpus harness sets it; ``assess`` never does.
    offline_relay_trusted: bool = False


@dataclass(frozen=True)
class Analysis:
    sha256: str
    parsed: ParsedMessage
    documents: tuple[DocumentText, ...]
    attachment_status: dict[int, str]
    auth_results: tuple[AuthResult, ...]
    extraction: Extraction

    def dedup_keys(self) -> list[str]:
        keys = [f"raw:{self.sha256}"]
        if self.parsed.message_id:
            keys.append(f"message-id:{self.parsed.message_id.lower()}")
        for attachment in self.parsed.attachments:
            if (
                self.attachment_status.get(attachment.ordinal) in ("ok", "truncated", "image_only", "scan")
                and attachment.size
            ):
                keys.append(f"document:{attachment.sha256}")
        return keys


# --- reading ---------------------------------------------------------------------------------------


def _unparseable(raw: bytes, reason: TriageReason) -> ParsedMessage:
    """A message the MIME parser choked on: its bytes as text, so nothing is lost."""
    return ParsedMessage(
        message_id=None,
        subject="",
        from_name=None,
        from_address=None,
        date=None,
        headers=(),
        body=decode_bytes(raw, None)[:200_000],
        html_only=False,
        attachments=(),
        embedded=(),
        defects=(reason.text,),
        parts=1,
    )


def _parse(raw: bytes, limits: MessageLimits) -> tuple[ParsedMessage, TriageReason | None]:
    """The parsed message, and the triage reason when MIME could not be parsed (its bytes kept as text)."""
    try:
        return parse_message(raw, limits), None
    except LimitExceeded:
        raise
    except Exception as exc:
        reason = TriageReason("MIME_UNPARSEABLE", f"the message could not be parsed as MIME ({type(exc).__name__})")
        return _unparseable(raw, reason), reason


def _simple_documents(parsed: ParsedMessage) -> tuple[list[DocumentText], dict[int, str], list[tuple[int, WorkerRole]]]:
    """Documents that need no worker (text, html, unsupported) and those still to read in a
    worker process: PDFs, scans (OCR), Word and OpenDocument files."""
    documents: list[DocumentText] = []
    status: dict[int, str] = {}
    workers: list[tuple[int, WorkerRole]] = []
    for attachment in parsed.attachments:
        role = attachment_role(attachment)
        name = _name(attachment.ordinal, attachment.filename, attachment.content_type)
        if role in ("pdf", "scan", "docx", "odt"):
            workers.append((attachment.ordinal, role))
        elif role == "text":
            documents.append(DocumentText(name, decode_bytes(attachment.data, None)))
            status[attachment.ordinal] = "ok"
        elif role == "html":
            documents.append(DocumentText(name, html_to_text(decode_bytes(attachment.data, None)), method="html"))
            status[attachment.ordinal] = "ok"
        elif role == "decoration":
            status[attachment.ordinal] = "ignored"
        elif attachment.size < 256:
            status[attachment.ordinal] = "ignored"  # too small to hold a document; stored with its hash all the same
        else:
            documents.append(DocumentText(name, "", "unsupported", attachment.content_type, method="none"))
            status[attachment.ordinal] = "unsupported"
    return documents, status, workers


def _name(ordinal: int, filename: str | None, content_type: str) -> str:
    return filename or f"attachment {ordinal + 1} ({content_type})"


def _trusted_results(
    parsed: ParsedMessage, authserv_ids: Sequence[str], *, from_trusted_relay: bool
) -> list[AuthResult] | None:
    """The results our own MX stamped (the topmost header with our authserv-id), or None (then
    intake verifies DKIM): believed only when the SMTP listener received the message from a
    configured relay address. Otherwise such a header is one we did not add ourselves (RFC 8601
    section 5) and is ignored; an .eml upload, the CLI or a direct SMTP session is no relay."""
    if not from_trusted_relay:
        return None
    results, authserv_id = parse_authentication_results(parsed.header_values("Authentication-Results"), authserv_ids)
    return results if authserv_id is not None else None


def _claims_our_authserv_id(parsed: ParsedMessage, authserv_ids: Sequence[str]) -> bool:
    return parse_authentication_results(parsed.header_values("Authentication-Results"), authserv_ids)[1] is not None


def _finish(
    raw: bytes,
    parsed: ParsedMessage,
    unparseable: TriageReason | None,
    documents: list[DocumentText],
    status: dict[int, str],
    results: Sequence[AuthResult],
    registry: AgencyRegistry,
    received_at: datetime,
) -> Analysis:
    ordered = sorted(documents, key=lambda d: 0 if d.status in ("ok", "truncated") else 1)
    extraction = extract_case(
        parsed, documents=ordered, auth_results=results, registry=registry, received_at=received_at
    )
    if unparseable is not None:  # the first reason: everything else was read from the bytes as text
        extraction = Extraction(
            extraction.case,
            extraction.evidence,
            unique_reasons((unparseable, *extraction.triage)),
            extraction.authenticity,
            extraction.forwarded,
        )
    return Analysis(hashlib.sha256(raw).hexdigest(), parsed, tuple(ordered), status, tuple(results), extraction)


async def analyse(
    raw: bytes, *, config: EmailIngestion, received_at: datetime, from_trusted_relay: bool = False
) -> Analysis:
    """Read a message into a case, off the event loop. Raises LimitExceeded (a refusal).
    ``from_trusted_relay``: from a configured relay address (see ``_trusted_results``)."""
    check_message_size(len(raw), config.limits)
    parsed, unparseable = await asyncio.to_thread(_parse, raw, config.limits)
    documents, status, workers = _simple_documents(parsed)
    by_ordinal = {a.ordinal: a for a in parsed.attachments}
    # In worker processes, side by side: PDFs and office files in one pool, OCR of scans in another.
    read = await asyncio.gather(
        *(
            config.pdf.read(_name(o, by_ordinal[o].filename, by_ordinal[o].content_type), role, by_ordinal[o].data)
            for o, role in workers
        )
    )
    for (ordinal, _role), document in zip(workers, read, strict=True):
        documents.append(document)
        status[ordinal] = document.status
    results = _trusted_results(parsed, config.authserv_ids, from_trusted_relay=from_trusted_relay)
    if results is None:
        if not from_trusted_relay and _claims_our_authserv_id(parsed, config.authserv_ids):
            log.info("authentication-results with our authserv-id ignored: not from a configured relay")
        results = await config.dkim.verify(raw)
    if config.registry is agency_registry():
        # The fields are read in a worker process (the registry is the packaged one, which the
        # worker loads itself); on any failure there, in a thread as before: never lost.
        done = await config.pdf.compute(
            EXTRACTION_SECONDS, _finish_in_worker, raw, parsed, unparseable, documents, status, results, received_at
        )
        analysis = done.get("analysis")
        if isinstance(analysis, Analysis):
            return analysis
        log.warning("extraction worker failed; reading in a thread", detail=str(done.get("detail")))
    return await asyncio.to_thread(
        _finish, raw, parsed, unparseable, documents, status, results, config.registry, received_at
    )


#: A message's fields read in a worker take milliseconds; this only stops a pathological one.
EXTRACTION_SECONDS = 120.0


def _finish_in_worker(
    raw: bytes,
    parsed: ParsedMessage,
    unparseable: TriageReason | None,
    documents: list[DocumentText],
    status: dict[int, str],
    results: Sequence[AuthResult],
    received_at: datetime,
) -> dict[str, Any]:
    """``_finish`` in an extraction worker process, with the packaged registry."""
    analysis = _finish(raw, parsed, unparseable, documents, status, results, agency_registry(), received_at)
    return {"status": "ok", "analysis": analysis}


def analyse_sync(raw: bytes, *, config: EmailIngestion, received_at: datetime) -> Analysis:
    """The same reading without an event loop (``dueprocess assess FILE.eml``): like an upload,
    the message is not from a relay, so DKIM is verified directly, unless the configuration is
    the corpus harness's (``offline_relay_trusted``)."""
    check_message_size(len(raw), config.limits)
    parsed, unparseable = _parse(raw, config.limits)
    documents, status, workers = _simple_documents(parsed)
    by_ordinal = {a.ordinal: a for a in parsed.attachments}
    for ordinal, role in workers:
        attachment = by_ordinal[ordinal]
        document = config.pdf.read_sync(
            _name(ordinal, attachment.filename, attachment.content_type), role, attachment.data
        )
        documents.append(document)
        status[ordinal] = document.status
    results = _trusted_results(parsed, config.authserv_ids, from_trusted_relay=config.offline_relay_trusted)
    if results is None:
        results = config.dkim.verify_sync(raw)
    return _finish(raw, parsed, unparseable, documents, status, results, config.registry, received_at)

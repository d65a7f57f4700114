"""One message being read: its texts, its sender and what the readers have found so far. Pure.

:func:`open_reading` gathers what every field reader needs (the :class:`Corpus` of texts,
documents first; the original sender of a forward; the sender domain's class; the default time
zone; the statutes cited) and notes the documents that could not be read. Each reader then
takes the :class:`Reading` and writes its fields into ``reading.out``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from services.intake.domain.authenticity import (
    Authenticity,
    AuthenticityData,
    AuthResult,
    DomainAssessment,
    classify_domain,
)
from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields
from services.intake.domain.extraction.forward import NOTE, QUOTED, Forward, find_forward, split_body
from services.intake.domain.extraction.language import LANGUAGES, detect
from services.intake.domain.extraction.vocabulary import Vocabulary, vocabulary
from services.intake.domain.local_zones import COUNTRY_ZONES, local_zone
from services.intake.domain.message import ParsedMessage, tidy_text
from services.intake.domain.triage import TriageReason
from shared.citations import Citation, find_citations
from shared.reference import Agency, AgencyRegistry, domain_of
from shared.vocabulary import ProcessType, RequesterKind


@dataclass
class Reading:
    """A message being read. The readers fill ``out``; the requester reader sets ``claimed`` (the
    agency the text names, for verification and targets) and ``authenticity``."""

    message: ParsedMessage
    documents: Sequence[DocumentText]
    auth_results: Sequence[AuthResult]
    registry: AgencyRegistry
    data: AuthenticityData
    received_at: datetime
    corpus: Corpus
    #: The texts read: the documents' then the body's (``body_sources``: body, attached message).
    sources: list[tuple[str, str]]
    body_sources: list[tuple[str, str]]
    subject: str
    forward: Forward | None
    forwarded: bool
    sender: str | None
    sender_name: str | None
    sender_domain: str | None
    domain_info: DomainAssessment
    zone: tzinfo
    citations: list[Citation]
    #: English and every language a text is written in; ``language`` is the document's own.
    languages: tuple[str, ...] = ("en",)
    language: str = "en"
    out: Fields = field(default_factory=Fields)
    claimed: Agency | None = None
    authenticity: Authenticity | None = None

    def value(self, name: str) -> Any:
        return self.out.value(name)

    @property
    def vocab(self) -> Vocabulary:
        """The words of legal process in the message's languages."""
        return vocabulary(self.languages)

    @property
    def process(self) -> ProcessType:
        return self.out.value("process_type")  # type: ignore[no-any-return]

    @property
    def requester_kind(self) -> RequesterKind:
        return self.out.value("requester.kind")  # type: ignore[no-any-return]

    @property
    def day_first(self) -> bool:
        """Dates like 03/04/2024 are day first unless the requester is American (or unknown)."""
        return self.out.value("requester.country") not in (None, "US")

    @property
    def raw_text(self) -> str:
        """The case's ``raw_text``: the documents' text, else the message's."""
        documents = self.sources[: len(self.sources) - len(self.body_sources)]
        return "\n\n".join(text for _, text in documents) or "\n\n".join(text for _, text in self.body_sources)


def forward_offset_borrowed(message: ParsedMessage, forward: Forward | None) -> bool:
    """Whether the forwarded header's date wrote no offset of its own and took the outer ``Date``'s."""
    return (
        forward is not None
        and forward.date is not None
        and message.date is not None
        and forward.date.tzinfo is message.date.tzinfo
    )


def _default_zone(message: ParsedMessage, forward: Forward | None, place: DomainAssessment) -> tzinfo:
    """The zone of dates written without one: the sender's local zone (``local_zone``: its state
    or country from the registry, matched to the Date header's offset), else that offset, else UTC."""
    embedded = message.embedded[0] if message.embedded else None
    when = (forward.date if forward and forward.date else None) or (embedded.date if embedded else None) or message.date
    if forward_offset_borrowed(message, forward):
        # "Date: Fri, Oct 30, 2026 at 4:51 PM" wrote no offset: the forward's took the outer header's, which
        # is the sender's only on the day that header was written (a daylight-saving change may lie between).
        when = message.date
    if when is None or when.tzinfo is None or when.utcoffset() is None:
        return UTC
    body = place.body
    state = body.state if body is not None and body.country == "US" else None
    if place.country is None and place.domain and (tld := place.domain.rsplit(".", 1)[-1].upper()) in COUNTRY_ZONES:
        # A sender of no known body under a country's domain ("research.no"): that country's zone, when the
        # header's offset is one of its zones' on that day (else the offset stays, as for any unknown place).
        return local_zone(when, country=tld, place_known=False)
    # A state or local body, or a foreign government, is where its registry entry says; a U.S. federal body's
    # entry is its headquarters' (D.C.), not the field office that wrote: only the header's offset tells that.
    settled = body is not None and body.kind is not RequesterKind.FEDERAL
    # A city's or county's own city settles a split state's zone; a state body's entry names its capital.
    local = body is not None and settled and not body.domain_type.startswith(("State", "Federal", "Interstate"))
    city = body.city if local and body is not None else None
    return local_zone(when, state=state, country=place.country, place_known=settled, city=city)


def open_reading(
    message: ParsedMessage,
    *,
    documents: Sequence[DocumentText],
    auth_results: Sequence[AuthResult],
    registry: AgencyRegistry,
    received_at: datetime,
    data: AuthenticityData,
) -> Reading:
    forward = find_forward(message.body, message.subject, message.date.tzinfo if message.date else None)
    embedded = message.embedded[0] if message.embedded else None
    forwarded = (
        forward is not None or embedded is not None or bool(re.match(r"^\s*(?:fwd?|fw|wg)\s*:", message.subject, re.I))
    )

    # Texts: documents first (the demand itself), then the body and any attached message.
    sources: list[tuple[str, str]] = []
    for document in documents:
        if document.text.strip():
            sources.append((document.name, tidy_text(document.text)))
    body_sources: list[tuple[str, str]] = []
    own, forwarded_part, quoted = split_body(message.body, forward is not None)
    if forwarded_part.strip():
        # The demand is the forwarded part; the forwarder's note is read after it (never as its signature).
        body_sources.append(("forwarded message", forwarded_part))
        body_sources.append((NOTE, own))
    elif own.strip():
        body_sources.append(("body", own))
    if embedded is not None:
        if embedded.body.strip():
            body_sources.append(("attached message", embedded.body))
        for attachment in embedded.attachments:
            if attachment.kind in ("text",):
                body_sources.append(
                    (
                        f"attached message: {attachment.filename or 'text'}",
                        attachment.data.decode("utf-8", errors="replace"),
                    )
                )
    if quoted.strip():
        body_sources.append((QUOTED, quoted))
    sources.extend(body_sources)
    corpus = Corpus(sources)
    subject = (
        (embedded.subject if embedded is not None and embedded.subject else None)
        or (forward.subject if forward and forward.subject else None)
        or message.subject
    )
    subject = re.sub(r"^\s*(?:(?:fwd?|fw|re|wg|aw)\s*:\s*)+", "", subject or "", flags=re.I)

    # Sender: the original sender of a forward, else From.
    sender: str | None
    sender_name: str | None
    if embedded is not None and embedded.from_address:
        sender, sender_name = embedded.from_address, embedded.from_name
    elif forward is not None and forward.sender:
        sender, sender_name = forward.sender, forward.sender_name
    else:
        sender, sender_name = message.from_address, message.from_name
    sender_domain = domain_of(sender)
    domain_info = classify_domain(sender_domain, registry, data)
    detected = [detect(text) for _, text in sources]
    reading = Reading(
        message=message,
        documents=documents,
        auth_results=auth_results,
        registry=registry,
        data=data,
        received_at=received_at,
        corpus=corpus,
        sources=sources,
        body_sources=body_sources,
        subject=subject,
        forward=forward,
        forwarded=forwarded,
        sender=sender,
        sender_name=sender_name,
        sender_domain=sender_domain,
        domain_info=domain_info,
        zone=_default_zone(message, forward, domain_info),
        citations=find_citations(corpus.text),
        languages=tuple(code for code in LANGUAGES if code == "en" or code in detected),
        language=next((code for code in detected if code), "en"),
    )
    reading.out.put(
        "language",
        Evidence(
            reading.language,
            0.9 if any(detected) else 0.5,
            note="read in " + ", ".join(reading.languages),
        ),
    )
    reading.out.reasons.extend(unread_documents(documents))
    if not corpus.text.strip():
        reading.out.reasons.append(TriageReason("NO_READABLE_TEXT", "the message has no readable text"))
    return reading


def unread_documents(documents: Sequence[DocumentText]) -> list[TriageReason]:
    """A triage reason for each attachment that was not (fully) read."""
    reasons: list[TriageReason] = []
    for document in documents:
        if document.status == "image_only":
            if document.ocr_doubtful:  # OCR read it, under the confidence threshold
                why = f"{document.name} is an image-only scan OCR read with low confidence ({document.detail})"
            elif document.method != "text" and document.detail:  # OCR found nothing, failed or is not installed
                why = f"{document.name} is an image-only scan OCR could not read ({document.detail})"
            else:
                why = f"{document.name} is an image-only scan with no text layer; OCR is not available"
            reasons.append(TriageReason("SCAN_IMAGE_ONLY", f"{why}, so a person must read it"))
        elif document.status == "unreadable":
            reasons.append(
                TriageReason(
                    "DOCUMENT_UNREADABLE", f"{document.name} could not be read ({document.detail or 'unreadable'})"
                )
            )
        elif document.status == "truncated":
            reasons.append(
                TriageReason("DOCUMENT_TRUNCATED", f"{document.name} was only partly read ({document.detail})")
            )
        elif document.status == "unsupported":
            reasons.append(
                TriageReason(
                    "DOCUMENT_UNSUPPORTED",
                    f"{document.name} is not read automatically ({document.detail}); a person checks it",
                )
            )
    return reasons

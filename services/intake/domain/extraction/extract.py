"""The extractor: :data:`READERS` in order over one :class:`Reading`, then the case. Pure.

Each reader is a small function from the reading to the fields it writes (its patterns live
beside it, in its own module). Order matters where a reader uses an earlier one's field: the
requester's kind and country come first (a foreign government leans to FOREIGN_REQUEST; its
dates are day first), the process type before the fields it decides (statute, categories,
nondisclosure, emergency, court, mechanism), the date of service before the return date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from services.intake.domain.authenticity import AuthenticityData, AuthResult, authenticity_data
from services.intake.domain.documents import DocumentText
from services.intake.domain.extraction.blank_terms import read_blank_terms
from services.intake.domain.extraction.build import Extraction, build_case, low_confidence
from services.intake.domain.extraction.case_number import read_case_number
from services.intake.domain.extraction.categories import read_categories
from services.intake.domain.extraction.context import Reading, open_reading
from services.intake.domain.extraction.court import read_court
from services.intake.domain.extraction.emergency import read_emergency
from services.intake.domain.extraction.mechanism import read_mechanism
from services.intake.domain.extraction.missing_parts import read_missing_parts
from services.intake.domain.extraction.nondisclosure import read_nondisclosure
from services.intake.domain.extraction.process_type import read_process_type
from services.intake.domain.extraction.purpose import read_purpose
from services.intake.domain.extraction.relevance import read_relevance
from services.intake.domain.extraction.requester import read_party_country, read_requester
from services.intake.domain.extraction.signer import read_signer
from services.intake.domain.extraction.statute import read_statute
from services.intake.domain.extraction.targets import read_targets
from services.intake.domain.extraction.timing import read_date_range, read_return_by, read_served_at
from services.intake.domain.extraction.unread_language import read_unread_language
from services.intake.domain.extraction.unsigned_order import read_unsigned_order
from services.intake.domain.extraction.verification import read_verification
from services.intake.domain.extraction.zone_doubt import read_zone_doubt
from services.intake.domain.message import ParsedMessage
from services.intake.domain.triage import unique_reasons
from shared.reference import AgencyRegistry

Reader = Callable[[Reading], None]

#: The field readers, in the order they run.
READERS: tuple[Reader, ...] = (
    read_requester,
    read_verification,
    read_process_type,
    read_unsigned_order,
    read_party_country,
    read_signer,
    read_statute,
    read_targets,
    read_categories,
    read_missing_parts,
    read_served_at,
    read_return_by,
    read_date_range,
    read_nondisclosure,
    read_zone_doubt,
    read_emergency,
    read_purpose,
    read_case_number,
    read_court,
    read_mechanism,
    read_relevance,
    read_unread_language,
    read_blank_terms,
)


def extract_case(
    message: ParsedMessage,
    *,
    documents: Sequence[DocumentText] = (),
    auth_results: Sequence[AuthResult] = (),
    registry: AgencyRegistry,
    received_at: datetime,
    data: AuthenticityData | None = None,
) -> Extraction:
    """Read the message into a case. Never raises on odd input; unreadable parts become triage reasons."""
    reading = open_reading(
        message,
        documents=documents,
        auth_results=auth_results,
        registry=registry,
        received_at=received_at,
        data=data or authenticity_data(),
    )
    for reader in READERS:
        reader(reading)
    out = reading.out
    case, problems = build_case(out, reading.raw_text)
    reasons = [*out.reasons, *problems, *low_confidence(out, reading.process)]
    assert reading.authenticity is not None  # read_verification always sets it
    return Extraction(
        case=case,
        evidence=out.evidence,
        triage=unique_reasons(reasons),
        authenticity=reading.authenticity,
        forwarded=reading.forwarded,
    )

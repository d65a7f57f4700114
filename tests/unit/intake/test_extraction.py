"""Reading the case out of an e-mail's text: each field with its confidence and span, triage when unsure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from services.intake.domain.authenticity import AuthResult
from services.intake.domain.extraction import DocumentText, Extraction, extract_case
from services.intake.domain.message import parse_message
from shared.reference import agency_registry
from tests.conftest import SEED_CASE
from tests.corpus.email.build_corpus import SEED_SUMMONS, seed_message

REGISTRY = agency_registry()
NOW = datetime(2024, 6, 30, tzinfo=UTC)
PASS = [AuthResult("dkim", "pass", "cbp.dhs.gov", "test"), AuthResult("dmarc", "pass", "cbp.dhs.gov", "test")]


def read(
    body: str,
    *,
    sender: str = "Agent <agent@cbp.dhs.gov>",
    subject: str = "Legal process",
    documents: list[DocumentText] | None = None,
    results: list[AuthResult] | None = None,
) -> Extraction:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "legal-process@dueprocess.local"
    message["Subject"] = subject
    message["Date"] = "Tue, 14 Mar 2017 14:02:00 -0400"
    message["Message-ID"] = "<t@example>"
    message.set_content(body)
    return extract_case(
        parse_message(bytes(message)),
        documents=documents or [],
        auth_results=results or [],
        registry=REGISTRY,
        received_at=NOW,
    )


def test_the_seed_summons_reads_as_the_seed_case() -> None:
    parsed = parse_message(seed_message())
    extraction = extract_case(
        parsed,
        documents=[DocumentText("summons.pdf", SEED_SUMMONS)],
        auth_results=PASS,
        registry=REGISTRY,
        received_at=NOW,
    )
    seed = json.loads(SEED_CASE.read_text())
    got = extraction.case.model_dump(mode="json")
    for name in seed:
        if name != "raw_text":
            assert got[name] == seed[name], name
    assert not extraction.triage_reasons
    statute = extraction.evidence["statute"]
    assert statute.span is not None and statute.span.quote == "19 U.S.C. 1509" and statute.span.source == "summons.pdf"
    assert statute.confidence >= 0.9


@pytest.mark.parametrize(
    ("words", "category"),
    [
        ("User names, account login, phone numbers, mailing addresses, and I.P. addresses", "BASIC_SUBSCRIBER"),
        ("all direct messages sent or received", "STORED_CONTENT"),
        ("historical location information", "LOCATION_HISTORY"),
        ("IP address logs and device identifiers", "NON_CONTENT_RECORDS"),
        ("all public posts", "PUBLIC_CONTENT"),
    ],
)
def test_data_categories_come_from_the_demanded_records_language(words: str, category: str) -> None:
    extraction = read(
        f"Administrative subpoena under 19 U.S.C. 1509. Produce the following records for @someone: {words}."
    )
    assert extraction.case.data_categories == [category]
    assert extraction.evidence["data_categories"].span is not None


def test_what_is_expressly_not_demanded_is_not_read_as_demanded() -> None:
    extraction = read(
        "ORDER under 18 U.S.C. § 2703(d). Disclose the following records for @someone: IP address logs "
        "(not including the contents of communications)."
    )
    assert extraction.case.data_categories == ["NON_CONTENT_RECORDS"]


@pytest.mark.parametrize(
    ("words", "expires"),
    [
        # The message is dated in summer (EDT, -04:00); March 1 is in winter: the issuer's local
        # end of day then is EST (-05:00), not the Date header's offset.
        ("shall not disclose the existence of this order until March 1, 2018.", "2018-03-01T23:59:59-05:00"),
        (
            "shall not disclose the existence of this order for a period of 180 days from the date of this order.\n\n"
            "Dated: March 3, 2017",
            "2017-08-30T23:59:59-04:00",
        ),
        ("shall not disclose the existence of this order until further order of the Court.", None),
    ],
)
def test_nondisclosure_order_and_its_expiry(words: str, expires: str | None) -> None:
    extraction = read(
        f"UNITED STATES DISTRICT COURT\nORDER pursuant to 18 U.S.C. § 2705(b). IT IS ORDERED that the provider {words}"
    )
    ndo = extraction.case.nondisclosure
    assert ndo.present and ndo.kind.value == "COURT_ORDER_2705B"
    assert (ndo.expires_at.isoformat() if ndo.expires_at else None) == expires


def test_a_letter_asking_for_silence_is_not_a_court_order() -> None:
    extraction = read("Grand jury subpoena. We request that you not disclose the existence of this subpoena.")
    assert extraction.case.nondisclosure.kind.value == "LETTER_REQUEST"


def test_an_emergency_request_has_its_narrative_and_is_never_verified_out_of_band() -> None:
    extraction = read(
        "EMERGENCY DISCLOSURE REQUEST\nTarget account: @lily_sk8s\n\nNature of the emergency: a missing "
        "girl threatened to take her own life tonight.\n\nInformation requested: subscriber information.",
        results=PASS,
    )
    assert extraction.case.process_type.value == "EMERGENCY_REQUEST"
    assert "take her own life" in extraction.case.emergency.narrative
    assert extraction.case.emergency.verified_out_of_band is False


def test_an_image_only_scan_is_a_triage_case_with_that_reason() -> None:
    extraction = read(
        "Please see the attached warrant.", documents=[DocumentText("scan.pdf", "", "image_only", "pages are images")]
    )
    assert any("image-only scan" in reason and "OCR is not available" in reason for reason in extraction.triage_reasons)


def test_nothing_readable_is_still_a_case_in_triage() -> None:
    extraction = read("")
    assert extraction.case.process_type.value == "UNKNOWN"
    assert extraction.case.requester.email == "agent@cbp.dhs.gov"
    assert "the message has no readable text" in extraction.triage_reasons


def test_low_confidence_on_a_deciding_field_raises_triage() -> None:
    extraction = read("Hi, we would like some information about a user please.", sender="someone@example.org")
    reasons = " ".join(extraction.triage_reasons)
    assert "kind of legal process" in reasons and "which accounts" in reasons and "which data" in reasons


def test_every_field_carries_a_confidence_and_evidence_is_serialisable() -> None:
    extraction = read(
        "Administrative subpoena under 19 USC 1509 for @someone: subscriber information. Return by April 1, 2017.",
        results=PASS,
    )
    document = extraction.to_json()
    json.dumps(document)
    for name in (
        "process_type",
        "statute",
        "requester.name",
        "targets",
        "data_categories",
        "return_by",
        "nondisclosure",
        "served_at",
        "requester.verified",
    ):
        assert 0.0 <= document["fields"][name]["confidence"] <= 1.0, name
    assert document["fields"]["return_by"]["span"]["quote"].startswith("Return by April 1, 2017")

"""Hostile and random input to intake's parsers and extractors (hypothesis): they never crash,
never exceed their limits, and whatever they read is a valid case or a clear refusal."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.intake.domain.authenticity import parse_authentication_results
from services.intake.domain.dates import find_dates
from services.intake.domain.extraction import DocumentText, Extraction, extract_case
from services.intake.domain.message import LimitExceeded, MessageLimits, html_to_text, parse_message, safe_filename
from shared.contracts import LegalProcessCase
from shared.reference import agency_registry
from tests.corpus.email.build_corpus import SEED_SUMMONS, seed_message

REGISTRY = agency_registry()
NOW = datetime(2024, 6, 30, tzinfo=UTC)
LIMITS = MessageLimits(max_message_bytes=256 * 1024, max_attachment_bytes=64 * 1024, max_parts=20, max_depth=3)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces real legal-process mail is made of, so generated text reaches deep into the extractor.
WORDS = st.sampled_from(
    [
        "SUMMONS",
        "subpoena",
        "19 U.S.C. § 1509",
        "18 U.S.C. § 2703(d)",
        "Return by",
        "on or before",
        "March 13, 2017",
        "2017-03-14T11:00:00Z",
        "13/03/2017",
        "@ALT_USCIS",
        "account",
        "subscriber",
        "IP address",
        "content",
        "nondisclosure",
        "2705(b)",
        "until",
        "emergency",
        "imminent danger",
        "Special Agent",
        "Department of Homeland",
        "U.S. Customs and Border Protection",
        "Case No.",
        "CBP-2017-0001",
        "\n",
        "\r\n",
        ":",
        "—",
        "\u202e",
        "\x00",
        "<script>alert(1)</script>",
        "'; DROP TABLE intake.cases; --",
        "ｇｏｖ",
        "日本",
        "𝓢𝓤𝓜𝓜𝓞𝓝𝓢",
    ]
)
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=40)), max_size=60).map(" ".join)


def assert_well_formed(extraction: Extraction) -> None:
    """Whatever was read is a case the contract accepts, with spans inside the text they quote."""
    LegalProcessCase.model_validate(extraction.case.model_dump(mode="json"))
    for name, evidence in extraction.evidence.items():
        assert 0.0 <= evidence.confidence <= 1.0, name
        if evidence.span is not None:
            assert 0 <= evidence.span.start <= evidence.span.end and len(evidence.span.quote) <= 300
    extraction.to_json()


@FAST
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_parse_as_a_message_or_are_refused_for_a_limit(raw: bytes) -> None:
    try:
        parsed = parse_message(raw, LIMITS)
    except LimitExceeded:
        return
    assert isinstance(parsed.body, str)
    assert_well_formed(extract_case(parsed, registry=REGISTRY, received_at=NOW))


@FAST
@given(
    body=TEXT,
    subject=TEXT,
    sender=st.sampled_from(
        ["agent@cbp.dhs.gov", "Agent <agent@cbp-dhs-gov.com>", "x@gmail.com", '"=?utf-8?b?w6k=?=" <a@b.c>', "", "<>"]
    ),
)
def test_any_body_subject_and_sender_extract_to_a_valid_case(body: str, subject: str, sender: str) -> None:
    message = EmailMessage()
    message["From"] = sender or "unknown@example.org"
    message["Subject"] = " ".join(subject.splitlines())[:200]
    message.set_content(body.replace("\x00", ""))
    assert_well_formed(extract_case(parse_message(bytes(message), LIMITS), registry=REGISTRY, received_at=NOW))


@FAST
@given(TEXT)
def test_any_document_text_beside_the_seed_message_extracts(document: str) -> None:
    parsed = parse_message(seed_message(), LIMITS)
    extraction = extract_case(
        parsed,
        documents=[DocumentText("attachment.pdf", document + SEED_SUMMONS[:200])],
        registry=REGISTRY,
        received_at=NOW,
    )
    assert_well_formed(extraction)


@FAST
@given(st.integers(min_value=1, max_value=40))
def test_nesting_past_the_limit_is_refused_not_recursed(depth: int) -> None:
    raw = b"Subject: innermost\r\n\r\nhello\r\n"
    for level in range(depth):
        raw = (b"Content-Type: message/rfc822\r\nSubject: level %d\r\n\r\n" % level) + raw
    try:
        parse_message(raw, LIMITS)
    except LimitExceeded as exc:
        assert depth > LIMITS.max_depth, exc


@FAST
@given(TEXT, st.booleans())
def test_dates_found_lie_inside_the_text(text: str, day_first: bool) -> None:
    for hit in find_dates(text, day_first=day_first):
        assert 0 <= hit.start <= hit.end <= len(text)


@FAST
@given(st.text(max_size=2000))
def test_html_to_text_drops_scripts_and_styles_after_any_markup(markup: str) -> None:
    text = html_to_text(f"<html><body><p>{markup}</p><script>steal()</script><style>p{{}}</style></body></html>")
    # (Markup such as "<?" that swallows the next tag, as a browser would, may leave the script's
    # text as plain text: harmless, since extracted text is only ever rendered escaped.)
    if "<" not in markup:
        assert "steal()" not in text and "p{}" not in text


@FAST
@given(st.one_of(st.none(), st.text(max_size=300)))
def test_attachment_file_names_are_made_safe(name: str | None) -> None:
    safe = safe_filename(name)
    if safe is not None:
        assert "/" not in safe and "\\" not in safe and "\x00" not in safe and safe not in (".", "..")


@FAST
@given(st.lists(st.text(max_size=200), max_size=5))
def test_authentication_results_headers_of_any_shape_parse(values: list[str]) -> None:
    results, _ = parse_authentication_results(values, trusted_ids=["mx.dueprocess.local"])
    assert all(result.method for result in results)

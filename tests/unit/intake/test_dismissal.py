"""Dismissing a held case as not legal process: the reason's rules, which cases may be dismissed,
and the event that says so (no personal data)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from services.intake.domain.dismissal import REASON_MAX_CHARS, InvalidDismissal, dismissable, dismissal_reason
from shared.contracts import EVENT_PAYLOADS, Envelope, LegalProcessDismissed, Topics, envelope

AT = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("reason", [None, "", "   \n\t "])
def test_a_dismissal_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(InvalidDismissal, match="reason is required"):
        dismissal_reason(reason)


def test_the_reason_is_trimmed_and_limited() -> None:
    assert dismissal_reason("  vendor newsletter\n") == "vendor newsletter"
    assert dismissal_reason(" " + "x" * REASON_MAX_CHARS + " ") == "x" * REASON_MAX_CHARS
    with pytest.raises(InvalidDismissal, match=f"{REASON_MAX_CHARS + 1} characters"):
        dismissal_reason("x" * (REASON_MAX_CHARS + 1))


@pytest.mark.parametrize(
    ("held", "dismissed", "refused"),
    [
        (True, False, None),  # still held: may be dismissed
        (False, False, "already_confirmed"),  # confirmed: legal process, with the review
        (True, True, "already_dismissed"),
    ],
)
def test_only_a_case_still_held_may_be_dismissed(held: bool, dismissed: bool, refused: str | None) -> None:
    assert dismissable(held=held, dismissed=dismissed) == refused


def test_the_dismissed_event_names_staff_and_time_and_never_a_reason() -> None:
    assert Topics.DISMISSED == "legal-process.dismissed.v1" and Topics.DISMISSED in Topics.ALL
    assert EVENT_PAYLOADS["legal-process.dismissed"] is LegalProcessDismissed
    assert set(LegalProcessDismissed.model_fields) == {"dismissed_by", "dismissed_at"}
    with pytest.raises(ValidationError):
        LegalProcessDismissed(dismissed_by="Lee <lee@example.org>", dismissed_at=AT, reason="a user's complaint")
    case_id = uuid.uuid4()
    event = envelope(
        LegalProcessDismissed(dismissed_by="Lee <lee@example.org>", dismissed_at=AT),
        case_id=case_id,
        trace_id="t",
        producer="intake",
    )
    again = Envelope[LegalProcessDismissed].model_validate_json(event.model_dump_json())
    assert again.case_id == case_id and again.event_type == "legal-process.dismissed"
    assert again.payload.dismissed_at == AT

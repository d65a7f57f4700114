"""The alert legal ops get when a demand waits in intake's triage: planned once per case, due
now, to the LEGAL_OPS address; worded from the held event alone (no personal data)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from services.intake.domain.extraction import FIELD_LABELS
from services.intake.domain.triage import REASON_CODES, TriageReason, held_event
from services.notify.domain import NoticeKind, plan_triage_alert, render_triage_alert
from services.notify.domain.plain_words import TRIAGE_FIELD_PLAIN, TRIAGE_REASON_PLAIN, triage_reason_plain
from shared.contracts import LegalProcessCase, LegalProcessHeld
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus, ProcessType

COUNSEL_BY_TIER = {
    EscalationTier.LEGAL_OPS: "legal-ops@dueprocess.test",
    EscalationTier.COUNSEL: "counsel@dueprocess.test",
}
URL = "https://intake.dueprocess.test/cases/11111111-2222-4333-8444-555555555555"
RECEIVED = datetime(2023, 7, 21, 6, 15, tzinfo=timezone(timedelta(hours=-7)))
# What the held demand names: none of it may reach the event or the alert.
CASE = LegalProcessCase.model_validate(
    {
        "process_type": "EMERGENCY_REQUEST",
        "requester": {
            "name": "Elk Grove Police Department",
            "kind": "STATE_LOCAL",
            "email": "dmorales@elkgrove.gov",
            "signer": "Dana Morales",
        },
        "targets": ["lily_sk8s", "kid.runaway@example.net"],
        "emergency": {"narrative": "A 15-year-old girl has been missing since last night"},
        "case_number": "EG-2023-0721",
        "raw_text": "Target account: @lily_sk8s",
    }
)
PERSONAL = (
    "lily_sk8s",
    "kid.runaway",
    "example.net",
    "dmorales",
    "elkgrove",
    "Morales",
    "Elk Grove",
    "15-year-old",
    "EG-2023-0721",
    "scan-of-lily",
)
REASONS = (
    TriageReason(
        "SCAN_IMAGE_ONLY",
        "scan-of-lily_sk8s.pdf is an image-only scan with no text layer; "
        "OCR is not available, so a person must read it",
    ),
    TriageReason(
        "LOW_CONFIDENCE",
        "not confident of which accounts it targets (0.20: no account handle, id or e-mail address found)",
        "targets",
    ),
)


def held(
    *,
    emergency: bool = True,
    process_type: ProcessType = ProcessType.EMERGENCY_REQUEST,
    reasons: list[str] | None = None,
) -> LegalProcessHeld:
    return LegalProcessHeld(
        channel="email",
        source="smtp",
        received_at=RECEIVED,
        process_type=process_type,
        emergency=emergency,
        reasons=reasons or ["SCAN_IMAGE_ONLY", "LOW_CONFIDENCE:targets"],
    )


def test_one_alert_due_now_to_legal_ops_whatever_the_event(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    assert alert.kind is NoticeKind.TRIAGE_ALERT and alert.role is NoticeRole.INTERNAL_COUNSEL
    assert alert.recipient == "legal-ops@dueprocess.test" and alert.tier is EscalationTier.LEGAL_OPS
    assert alert.status is NoticeStatus.PENDING and alert.not_before is None and alert.handle is None
    # Planned again (a redelivered event): the same key, hence the same notice id.
    again = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    assert again.notice_key == alert.notice_key and again.notice_id == alert.notice_id
    other = plan_triage_alert(case_id=case_id.__class__(int=case_id.int + 1), counsel_by_tier=COUNSEL_BY_TIER)
    assert other.notice_id != alert.notice_id


def test_without_a_legal_ops_address_the_alert_still_reaches_somebody(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier={EscalationTier.COUNSEL: "counsel@dueprocess.test"})
    assert alert.recipient == "counsel@dueprocess.test"


def test_an_emergency_says_so_first_and_must_be_confirmed_now(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    rendered = render_triage_alert(alert, case_id=case_id, held=held(), case_reference_url=URL)
    assert rendered.subject.startswith("EMERGENCY:") and "confirm it now" in rendered.subject
    assert str(case_id) in rendered.subject and "waits for triage" in rendered.subject
    for body in (rendered.text, rendered.html):
        assert URL in body
        assert "EMERGENCY_REQUEST" in body and "emergency request" in body
        assert "18 U.S.C. § 2702(b)(8)" in body
        assert "21 July 2023, 06:15 (UTC-07:00)" in body
        assert "image-only scan" in body and "not confident of which accounts it targets" in body
        assert "by e-mail to the legal-process mailbox" in body
    assert rendered.text.startswith("EMERGENCY:")


def test_a_demand_that_is_no_emergency_is_announced_plainly(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    rendered = render_triage_alert(
        alert,
        case_id=case_id,
        case_reference_url=URL,
        held=held(emergency=False, process_type=ProcessType.UNKNOWN, reasons=["NO_READABLE_TEXT"]),
    )
    assert rendered.subject == f"A legal-process e-mail waits for triage - case {case_id}"
    for body in (rendered.text, rendered.html):
        assert "EMERGENCY" not in body and "2702" not in body
        assert "UNKNOWN" in body and "still classifying" in body
        assert "the message has no readable text" in body and URL in body


def test_neither_the_event_nor_the_alert_carries_what_the_demand_names(case_id) -> None:
    event = held_event(CASE, REASONS, channel="email", source="smtp", received_at=RECEIVED)
    assert event.emergency and event.reasons == ["SCAN_IMAGE_ONLY", "LOW_CONFIDENCE:targets"]
    wire = event.model_dump_json()
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    rendered = render_triage_alert(alert, case_id=case_id, held=event, case_reference_url=URL)
    for text in (wire, rendered.subject, rendered.text, rendered.html, alert.notice_key):
        for value in PERSONAL:
            assert value not in text, (value, text[:200])


def test_the_alert_is_rendered_for_its_own_case_and_kind_only(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    with pytest.raises(ValueError, match="belongs to case"):
        render_triage_alert(alert, case_id=case_id.__class__(int=case_id.int + 1), held=held())
    with pytest.raises(ValueError, match="not a triage alert"):
        render_triage_alert(alert.model_copy(update={"kind": NoticeKind.DELIVERY_ALERT}), case_id=case_id, held=held())


def test_a_hostile_case_url_is_dropped_and_rendering_is_deterministic(case_id) -> None:
    alert = plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER)
    rendered = render_triage_alert(alert, case_id=case_id, held=held(), case_reference_url="javascript:alert(1)")
    assert "javascript:" not in rendered.html and "javascript:" not in rendered.text
    assert render_triage_alert(alert, case_id=case_id, held=held(), case_reference_url=URL) == render_triage_alert(
        alert, case_id=case_id, held=held(), case_reference_url=URL
    )


def test_every_reason_code_and_field_intake_gives_has_plain_words() -> None:
    assert set(REASON_CODES) <= set(TRIAGE_REASON_PLAIN)
    for name in FIELD_LABELS:
        assert name in TRIAGE_FIELD_PLAIN
        assert triage_reason_plain(f"LOW_CONFIDENCE:{name}") == f"not confident of {TRIAGE_FIELD_PLAIN[name]}"
    assert "invalid" in triage_reason_plain("FIELD_INVALID:requester.email")

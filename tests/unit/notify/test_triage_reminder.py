"""The reminder owed with a triage alert: SCHEDULED for when the held case should have been
confirmed (the emergency SLA after the alert, else legal ops'), one per recipient (legal ops;
for an emergency counsel too), worded from the held event alone (which carries no personal data:
tests/integration/test_triage_reminder.py checks the sent reminders of a real held e-mail)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from services.notify.bootstrap import notice_policy
from services.notify.domain import (
    NoticeKind,
    duration_plain,
    plan_triage_alert,
    plan_triage_reminders,
    render_triage_reminder,
)
from shared.contracts import LegalProcessHeld
from shared.settings import Settings
from shared.vocabulary import EscalationTier, NoticeRole, NoticeStatus, ProcessType

LEGAL_OPS = "legal-ops@dueprocess.test"
COUNSEL = "counsel@dueprocess.test"
COUNSEL_BY_TIER = {
    EscalationTier.LEGAL_OPS: LEGAL_OPS,
    EscalationTier.COUNSEL: COUNSEL,
    EscalationTier.LITIGATION: "litigation@dueprocess.test",
}
URL = "https://intake.dueprocess.test/cases/11111111-2222-4333-8444-555555555555"
RECEIVED = datetime(2023, 7, 21, 6, 15, tzinfo=timezone(timedelta(hours=-7)))
ALERTED = datetime(2023, 7, 21, 13, 16, tzinfo=UTC)  # a minute after it arrived
SLA = {"sla_emergency": timedelta(minutes=15), "sla_legal_ops": timedelta(hours=24)}


def held(*, emergency: bool = True, process_type: ProcessType = ProcessType.EMERGENCY_REQUEST) -> LegalProcessHeld:
    return LegalProcessHeld(
        channel="email",
        source="smtp",
        received_at=RECEIVED,
        process_type=process_type,
        emergency=emergency,
        reasons=["SCAN_IMAGE_ONLY", "LOW_CONFIDENCE:targets"],
    )


def reminders(case_id: uuid.UUID, *, emergency: bool, counsel_by_tier=COUNSEL_BY_TIER, **sla: timedelta):
    return plan_triage_reminders(
        case_id=case_id,
        emergency=emergency,
        received_at=RECEIVED,
        alerted_at=ALERTED,
        counsel_by_tier=counsel_by_tier,
        **(sla or SLA),
    )


def test_an_emergency_reminds_legal_ops_and_counsel_when_the_emergency_sla_is_up(case_id) -> None:
    planned = reminders(case_id, emergency=True)
    assert [(n.recipient, n.tier) for n in planned] == [
        (LEGAL_OPS, EscalationTier.LEGAL_OPS),
        (COUNSEL, EscalationTier.COUNSEL),
    ]
    for notice in planned:
        assert notice.kind is NoticeKind.TRIAGE_REMINDER and notice.role is NoticeRole.INTERNAL_COUNSEL
        # Counted from the demand's arrival (a minute before the alert), not from the alert.
        assert notice.status is NoticeStatus.SCHEDULED and notice.not_before == RECEIVED + timedelta(minutes=15)
        assert not notice.is_due(RECEIVED + timedelta(minutes=14, seconds=59))
        assert notice.is_due(RECEIVED + timedelta(minutes=15))
    keys = {n.notice_key for n in planned}
    assert len(keys) == 2
    assert plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER).notice_key not in keys


def test_anything_else_reminds_legal_ops_alone_when_legal_ops_sla_is_up(case_id) -> None:
    [notice] = reminders(case_id, emergency=False)
    assert notice.recipient == LEGAL_OPS and notice.tier is EscalationTier.LEGAL_OPS
    assert notice.not_before == RECEIVED + timedelta(hours=24)
    [shorter] = reminders(
        case_id, emergency=False, sla_emergency=timedelta(minutes=5), sla_legal_ops=timedelta(hours=2)
    )
    assert shorter.not_before == RECEIVED + timedelta(hours=2)


def test_a_reminder_already_overdue_when_notify_plans_it_is_due_with_the_alert(case_id) -> None:
    """notify saw the held event late (it was down): the SLA had run out before the alert."""
    late = ALERTED + timedelta(hours=1)
    planned = plan_triage_reminders(
        case_id=case_id, emergency=True, received_at=RECEIVED, alerted_at=late, counsel_by_tier=COUNSEL_BY_TIER, **SLA
    )
    assert {n.not_before for n in planned} == {late}


def test_one_reminder_per_case_and_recipient(case_id) -> None:
    first, again = reminders(case_id, emergency=True), reminders(case_id, emergency=True)
    assert [n.notice_id for n in first] == [n.notice_id for n in again]  # a redelivery plans the same keys
    other = reminders(uuid.UUID(int=case_id.int + 1), emergency=True)
    assert not {n.notice_id for n in first} & {n.notice_id for n in other}
    # Without a legal-ops address both tiers fall to counsel's: that address is reminded once.
    [only] = reminders(case_id, emergency=True, counsel_by_tier={EscalationTier.COUNSEL: COUNSEL})
    assert only.recipient == COUNSEL


def test_the_alert_time_must_be_aware(case_id) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_triage_reminders(
            case_id=case_id,
            emergency=True,
            received_at=RECEIVED,
            alerted_at=ALERTED.replace(tzinfo=None),
            counsel_by_tier=COUNSEL_BY_TIER,
            **SLA,
        )


def test_an_emergency_reminder_says_how_long_it_waited_and_links_the_case(case_id) -> None:
    to_legal_ops, to_counsel = reminders(case_id, emergency=True)
    for notice in (to_legal_ops, to_counsel):
        rendered = render_triage_reminder(
            notice, case_id=case_id, held=held(), alerted_at=ALERTED, case_reference_url=URL
        )
        # Received 13:15 UTC, due 13:30 UTC: it had waited 15 minutes.
        assert rendered.subject == (
            f"EMERGENCY: still not confirmed after 15 minutes - a legal-process e-mail "
            f"waits for triage - case {case_id}"
        )
        for body in (rendered.text, rendered.html):
            assert URL in body and str(case_id) in body
            assert "15 minutes" in body and "must be confirmed at once" in body
            assert "21 July 2023, 13:30 (UTC)" in body  # when it fell due
            assert "21 July 2023, 13:16 (UTC)" in body  # when legal ops were alerted
            assert "21 July 2023, 06:15 (UTC-07:00)" in body  # when it arrived
            assert "18 U.S.C. § 2702(b)(8)" in body and "image-only scan" in body
            assert ("You receive this as counsel" in body) is (notice is to_counsel)
        assert rendered.text.startswith("EMERGENCY: STILL NOT CONFIRMED AFTER 15 MINUTES")


def test_a_reminder_for_anything_else_is_plain(case_id) -> None:
    [notice] = reminders(case_id, emergency=False)
    rendered = render_triage_reminder(
        notice,
        case_id=case_id,
        case_reference_url=URL,
        alerted_at=ALERTED,
        held=held(emergency=False, process_type=ProcessType.SEARCH_WARRANT),
    )
    assert rendered.subject == (f"Reminder: a legal-process e-mail has waited 24 hours for triage - case {case_id}")
    for body in (rendered.text, rendered.html):
        assert "EMERGENCY" not in body and "2702" not in body and "counsel" not in body
        assert "SEARCH_WARRANT" in body and URL in body and "24 hours" in body


def test_the_reminder_is_rendered_for_its_own_case_kind_and_schedule(case_id) -> None:
    notice, _ = reminders(case_id, emergency=True)
    with pytest.raises(ValueError, match="belongs to case"):
        render_triage_reminder(notice, case_id=uuid.UUID(int=case_id.int + 1), held=held(), alerted_at=ALERTED)
    with pytest.raises(ValueError, match="not a triage reminder"):
        render_triage_reminder(
            plan_triage_alert(case_id=case_id, counsel_by_tier=COUNSEL_BY_TIER),
            case_id=case_id,
            held=held(),
            alerted_at=ALERTED,
        )
    with pytest.raises(ValueError, match="scheduled"):
        render_triage_reminder(
            notice.model_copy(update={"status": NoticeStatus.PENDING, "not_before": None}),
            case_id=case_id,
            held=held(),
            alerted_at=ALERTED,
        )
    rendered = render_triage_reminder(
        notice, case_id=case_id, held=held(), alerted_at=ALERTED, case_reference_url="javascript:alert(1)"
    )
    assert "javascript:" not in rendered.text and "javascript:" not in rendered.html


@pytest.mark.parametrize(
    "delta, words",
    [
        (timedelta(seconds=59), "0 minutes"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(minutes=15, seconds=30), "15 minutes"),
        (timedelta(hours=1), "1 hour"),
        (timedelta(hours=1, minutes=5), "1 hour 5 minutes"),
        (timedelta(hours=24), "24 hours"),
        (timedelta(hours=47, minutes=59), "47 hours 59 minutes"),
        (timedelta(days=2), "2 days"),
        (timedelta(days=3, hours=2, minutes=7), "3 days 2 hours"),
        (timedelta(minutes=-5), "0 minutes"),
    ],
)
def test_durations_in_plain_words(delta: timedelta, words: str) -> None:
    assert duration_plain(delta) == words


def test_bootstrap_takes_the_confirmation_windows_from_the_settings() -> None:
    policy = notice_policy(Settings(sla_emergency=timedelta(minutes=7), sla_legal_ops=timedelta(hours=3)))
    assert policy.sla_emergency == timedelta(minutes=7) and policy.sla_legal_ops == timedelta(hours=3)
    defaults = notice_policy(Settings())
    assert defaults.sla_emergency == timedelta(minutes=15) and defaults.sla_legal_ops == timedelta(hours=24)

"""The escalation ladder, pure: SLAs, steps up, re-alerts at the top, return-date warnings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.review.domain.escalation import (
    CaseClock,
    EscalationPolicy,
    TimerKind,
    alert_at_once,
    initial_timers,
    on_timer,
    step_up,
)
from shared.vocabulary import EscalationTier as T

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
POLICY = EscalationPolicy()


def clock(
    tier: T = T.LEGAL_OPS,
    *,
    emergency: bool = False,
    return_by: datetime | None = None,
    acknowledged: bool = False,
    decided: bool = False,
) -> CaseClock:
    return CaseClock(tier=tier, emergency=emergency, return_by=return_by, acknowledged=acknowledged, decided=decided)


@pytest.mark.parametrize(("tier", "sla"), [(T.LEGAL_OPS, 24), (T.COUNSEL, 8), (T.LITIGATION, 2)])
def test_the_acknowledgement_timer_uses_the_tiers_sla(tier: T, sla: int) -> None:
    (timer,) = initial_timers(clock=clock(tier), policy=POLICY, now=NOW)
    assert timer.kind is TimerKind.ACK_SLA and timer.due_at == NOW + timedelta(hours=sla) and timer.tier is tier


def test_emergencies_run_on_the_fast_lane_and_are_alerted_at_once() -> None:
    (timer,) = initial_timers(clock=clock(T.LITIGATION, emergency=True), policy=POLICY, now=NOW)
    assert timer.due_at == NOW + timedelta(minutes=15)
    alert = alert_at_once(clock(T.LEGAL_OPS, emergency=True))
    assert alert is not None and alert.tier is T.LEGAL_OPS and "emergency" in alert.reason


def test_only_cases_above_legal_ops_are_alerted_at_review_time() -> None:
    assert alert_at_once(clock(T.LEGAL_OPS)) is None
    assert alert_at_once(clock(T.COUNSEL)).tier is T.COUNSEL


def test_return_date_warnings_at_72_and_24_hours_only_when_still_ahead() -> None:
    return_by = NOW + timedelta(days=5)
    kinds = {t.kind: t.due_at for t in initial_timers(clock=clock(return_by=return_by), policy=POLICY, now=NOW)}
    assert kinds[TimerKind.RETURN_DATE_72H] == return_by - timedelta(hours=72)
    assert kinds[TimerKind.RETURN_DATE_24H] == return_by - timedelta(hours=24)
    soon = NOW + timedelta(hours=30)
    kinds = {t.kind for t in initial_timers(clock=clock(return_by=soon), policy=POLICY, now=NOW)}
    assert kinds == {TimerKind.ACK_SLA, TimerKind.RETURN_DATE_24H}
    past = NOW - timedelta(days=1)  # the @ALT_USCIS summons: return date before service
    assert {t.kind for t in initial_timers(clock=clock(return_by=past), policy=POLICY, now=NOW)} == {TimerKind.ACK_SLA}


def test_unacknowledged_cases_climb_the_ladder_then_re_alert_the_top() -> None:
    escalation, (follow_up,) = on_timer(kind=TimerKind.ACK_SLA, clock=clock(T.LEGAL_OPS), policy=POLICY, now=NOW)
    assert escalation.tier is T.COUNSEL and not escalation.re_alert
    assert "not acknowledged within 24 h" in escalation.reason
    assert follow_up.tier is T.COUNSEL and follow_up.due_at == NOW + timedelta(hours=8)
    escalation, _ = on_timer(kind=TimerKind.ACK_SLA, clock=clock(T.COUNSEL), policy=POLICY, now=NOW)
    assert escalation.tier is T.LITIGATION
    escalation, (follow_up,) = on_timer(kind=TimerKind.ACK_SLA, clock=clock(T.LITIGATION), policy=POLICY, now=NOW)
    assert escalation.tier is T.LITIGATION and escalation.re_alert and "re-alerting" in escalation.reason
    assert follow_up.due_at == NOW + timedelta(hours=2)


def test_acknowledged_or_decided_cases_do_not_escalate_on_the_sla() -> None:
    assert on_timer(kind=TimerKind.ACK_SLA, clock=clock(acknowledged=True), policy=POLICY, now=NOW) == (None, [])
    assert on_timer(kind=TimerKind.ACK_SLA, clock=clock(decided=True), policy=POLICY, now=NOW) == (None, [])


def test_a_near_return_date_escalates_acknowledged_but_undecided_cases() -> None:
    return_by = NOW + timedelta(hours=24)
    escalation, follow_ups = on_timer(
        kind=TimerKind.RETURN_DATE_24H,
        clock=clock(T.COUNSEL, acknowledged=True, return_by=return_by),
        policy=POLICY,
        now=NOW,
    )
    assert escalation.tier is T.LITIGATION and "return date in 24 h" in escalation.reason and follow_ups == []
    decided = clock(T.COUNSEL, decided=True, return_by=return_by)
    assert on_timer(kind=TimerKind.RETURN_DATE_24H, clock=decided, policy=POLICY, now=NOW) == (None, [])


def test_step_up() -> None:
    assert step_up(T.LEGAL_OPS) == (T.COUNSEL, False)
    assert step_up(T.COUNSEL) == (T.LITIGATION, False)
    assert step_up(T.LITIGATION) == (T.LITIGATION, True)

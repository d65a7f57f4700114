"""SLA clocks in business hours (issue 16 part A, item 1): policy.yaml's business_hours, time_zone and
platform_holidays make the tiers' acknowledgement SLAs count only open hours; emergencies never."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from services.review.domain import load_rule_book
from services.review.domain.escalation import CaseClock, EscalationPolicy, TimerKind, initial_timers, on_timer
from services.review.domain.rulebook import Policy
from shared.vocabulary import EscalationTier as T

BOOK = load_rule_book()


def _policy(**changes: object) -> Policy:
    return Policy.model_validate({**BOOK.policy.model_dump(), **changes})


NINE_TO_FIVE = EscalationPolicy().with_clock(
    _policy(
        business_hours="09:00-17:00",
        time_zone="America/New_York",
        platform_holidays={date(2026, 12, 28): "Year-end shutdown"},
    )
)


def clock(tier: T, *, emergency: bool = False) -> CaseClock:
    return CaseClock(tier=tier, emergency=emergency, return_by=None, acknowledged=False, decided=False)


def test_the_packaged_policy_runs_slas_around_the_clock() -> None:
    policy = EscalationPolicy().with_clock(BOOK.policy)
    now = datetime(2026, 12, 24, 22, tzinfo=UTC)
    assert policy.due(T.COUNSEL, emergency=False, now=now) == now + timedelta(hours=8)


def test_a_counsel_sla_started_on_christmas_eve_runs_past_christmas_the_weekend_and_a_platform_holiday() -> None:
    # Thursday 24 Dec 2026, 15:00 New York: 2 h that day; Fri 25 (Christmas), the weekend and Mon 28
    # (the platform's shutdown) closed; the remaining 6 h on Tuesday 29 Dec: 15:00 New York.
    now = datetime(2026, 12, 24, 20, tzinfo=UTC)
    (timer,) = initial_timers(clock=clock(T.COUNSEL), policy=NINE_TO_FIVE, now=now)
    assert timer.kind is TimerKind.ACK_SLA
    assert timer.due_at.isoformat() == "2026-12-29T15:00:00-05:00"


def test_an_emergencys_sla_always_runs_around_the_clock() -> None:
    now = datetime(2026, 12, 26, 3, tzinfo=UTC)  # a Friday night, Christmas
    (timer,) = initial_timers(clock=clock(T.COUNSEL, emergency=True), policy=NINE_TO_FIVE, now=now)
    assert timer.due_at == now + timedelta(minutes=15)


def test_the_escalation_says_the_sla_was_in_business_hours() -> None:
    now = datetime(2026, 12, 29, 21, tzinfo=UTC)
    escalation, (follow_up,) = on_timer(kind=TimerKind.ACK_SLA, clock=clock(T.COUNSEL), policy=NINE_TO_FIVE, now=now)
    assert escalation is not None and "8 h 00 min of business hours" in escalation.reason
    # Tuesday 29 Dec 16:00 New York + 2 h (LITIGATION): 1 h that day, 1 h from Wednesday's opening: 10:00
    assert follow_up.due_at.isoformat() == "2026-12-30T10:00:00-05:00"


@pytest.mark.parametrize(
    "changes",
    [{"business_hours": "17:00-09:00"}, {"time_zone": "Mars/Olympus_Mons"}, {"court_calendar": "XX"}],
)
def test_bad_calendar_settings_are_refused_when_the_rule_book_loads(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _policy(**changes)


def test_return_date_warnings_count_business_hours_back_when_configured() -> None:
    # Return date Tuesday 5 Jan 2027 10:00 New York, reviewed Monday 14 Dec: the 24 h warning falls
    # 24 business hours before it (Wednesday 30 Dec 10:00), the 72 h one nine working days before
    # (Christmas, New Year's Day, the weekends and the platform's 28 Dec shutdown closed): Friday 18 Dec.
    now = datetime(2026, 12, 14, 15, tzinfo=UTC)
    return_by = datetime(2027, 1, 5, 15, tzinfo=UTC)
    case = CaseClock(tier=T.COUNSEL, emergency=False, return_by=return_by, acknowledged=False, decided=False)
    timers = {t.kind: t.due_at for t in initial_timers(clock=case, policy=NINE_TO_FIVE, now=now)}
    assert timers[TimerKind.RETURN_DATE_24H].isoformat() == "2026-12-30T10:00:00-05:00"
    assert timers[TimerKind.RETURN_DATE_72H].isoformat() == "2026-12-18T10:00:00-05:00"
    # around the clock (the packaged policy) they stay 24 and 72 clock hours before
    plain = {t.kind: t.due_at for t in initial_timers(clock=case, policy=EscalationPolicy(), now=now)}
    assert plain[TimerKind.RETURN_DATE_24H] == return_by - timedelta(hours=24)

"""The escalation ladder: who must look at a case, by when, and what happens if nobody does.

Pure: timers are planned here and stored and fired by the service layer.

Invariants:
- a case not acknowledged within its tier's SLA moves one tier up; past the top it re-alerts
  the top tier, again after each SLA, until someone acknowledges it;
- 72 h and 24 h before the return date, a case without a decision escalates (one tier up,
  or a re-alert at the top), acknowledged or not;
- emergency requests run on the fast lane: their SLA is the emergency SLA at every tier, and
  they are alerted at once whatever their tier;
- when the rule book's policy sets ``business_hours``, the tiers' SLAs and the return-date
  warnings count only those hours on the court calendar's open days (in ``time_zone``); an
  emergency's clocks always run around the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from services.review.domain.rulebook import Policy
from services.review.domain.rules.dates import court_calendar
from shared.calendars import BusinessHours, Calendar, add_business_hours, subtract_business_hours
from shared.vocabulary import ESCALATION_LADDER as LADDER
from shared.vocabulary import EscalationTier


class TimerKind(StrEnum):
    ACK_SLA = "ACK_SLA"
    RETURN_DATE_72H = "RETURN_DATE_72H"
    RETURN_DATE_24H = "RETURN_DATE_24H"


RETURN_DATE_WARNINGS: dict[TimerKind, timedelta] = {
    TimerKind.RETURN_DATE_72H: timedelta(hours=72),
    TimerKind.RETURN_DATE_24H: timedelta(hours=24),
}


@dataclass(frozen=True)
class EscalationPolicy:
    """Acknowledgement SLAs per tier (configuration; defaults from the issue)."""

    sla: dict[EscalationTier, timedelta] = field(
        default_factory=lambda: {
            EscalationTier.LEGAL_OPS: timedelta(hours=24),
            EscalationTier.COUNSEL: timedelta(hours=8),
            EscalationTier.LITIGATION: timedelta(hours=2),
        }
    )
    emergency_sla: timedelta = timedelta(minutes=15)
    business_hours: BusinessHours | None = None  # None: SLAs run around the clock
    calendar: Calendar | None = None  # the open days business hours count on

    def sla_for(self, tier: EscalationTier, *, emergency: bool) -> timedelta:
        return self.emergency_sla if emergency else self.sla[tier]

    def with_clock(self, policy: Policy) -> EscalationPolicy:
        """The SLA clock of the rule book's policy: ``business_hours`` in ``time_zone`` on the court
        calendar's open days (platform holidays included), or around the clock."""
        hours = policy.business_hours_clock()
        return replace(self, business_hours=hours, calendar=court_calendar(policy) if hours else None)

    def due(self, tier: EscalationTier, *, emergency: bool, now: datetime) -> datetime:
        """When the SLA of ``tier`` started at ``now`` runs out."""
        sla = self.sla_for(tier, emergency=emergency)
        if emergency or self.business_hours is None or self.calendar is None:
            return now + sla
        return add_business_hours(now, sla, self.calendar, self.business_hours)

    def warn_at(self, return_by: datetime, before: timedelta, *, emergency: bool) -> datetime:
        """When a return-date warning ``before`` the return date falls: business hours back from it
        when configured (not for emergencies), else clock hours."""
        if emergency or self.business_hours is None or self.calendar is None:
            return return_by - before
        return subtract_business_hours(return_by, before, self.calendar, self.business_hours)

    def describe(self, tier: EscalationTier, *, emergency: bool) -> str:
        """'8 h 00 min' or '8 h 00 min of business hours'."""
        counted = " of business hours" if self.business_hours is not None and not emergency else ""
        return _hours(self.sla_for(tier, emergency=emergency)) + counted


@dataclass(frozen=True)
class TimerPlan:
    kind: TimerKind
    due_at: datetime
    tier: EscalationTier  # the tier the case was at when the timer was set


@dataclass(frozen=True)
class CaseClock:
    """What the ladder needs to know about a case."""

    tier: EscalationTier
    emergency: bool
    return_by: datetime | None
    acknowledged: bool
    decided: bool


@dataclass(frozen=True)
class Escalation:
    """A move up the ladder (or a re-alert at the top) and why."""

    tier: EscalationTier
    reason: str
    re_alert: bool


def step_up(tier: EscalationTier) -> tuple[EscalationTier, bool]:
    """The next tier up, and whether this is a re-alert because ``tier`` is already the top."""
    index = LADDER.index(tier)
    if index + 1 < len(LADDER):
        return LADDER[index + 1], False
    return tier, True


def _hours(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def initial_timers(*, clock: CaseClock, policy: EscalationPolicy, now: datetime) -> list[TimerPlan]:
    """The timers a freshly reviewed case starts with."""
    timers = [TimerPlan(TimerKind.ACK_SLA, policy.due(clock.tier, emergency=clock.emergency, now=now), clock.tier)]
    if clock.return_by is not None:
        for kind, before in RETURN_DATE_WARNINGS.items():
            due = policy.warn_at(clock.return_by, before, emergency=clock.emergency)
            if due > now:
                timers.append(TimerPlan(kind, due, clock.tier))
    return timers


def alert_at_once(clock: CaseClock) -> Escalation | None:
    """Emergencies, and anything above LEGAL_OPS, are alerted when reviewed."""
    if clock.emergency:
        return Escalation(clock.tier, "emergency request: fast lane", re_alert=False)
    if clock.tier is not EscalationTier.LEGAL_OPS:
        return Escalation(clock.tier, "review requires counsel", re_alert=False)
    return None


def on_timer(
    *, kind: TimerKind, clock: CaseClock, policy: EscalationPolicy, now: datetime
) -> tuple[Escalation | None, list[TimerPlan]]:
    """What a timer that came due does: an escalation (or nothing) and the timers that follow."""
    if clock.decided:
        return None, []
    if kind is TimerKind.ACK_SLA:
        if clock.acknowledged:
            return None, []
        tier, re_alert = step_up(clock.tier)
        waited = policy.describe(clock.tier, emergency=clock.emergency)
        reason = f"not acknowledged within {waited} at {clock.tier.value}" + (
            "; re-alerting the top tier" if re_alert else f"; escalated to {tier.value}"
        )
        follow_up = TimerPlan(TimerKind.ACK_SLA, policy.due(tier, emergency=clock.emergency, now=now), tier)
        return Escalation(tier, reason, re_alert), [follow_up]
    tier, re_alert = step_up(clock.tier)
    left = _hours(clock.return_by - now) if clock.return_by else "unknown"
    reason = f"return date in {left} and no decision" + (
        "; re-alerting the top tier" if re_alert else f"; escalated to {tier.value}"
    )
    return Escalation(tier, reason, re_alert), []

"""Computed dates: which calendar a case's dates are counted in, and each date with its rule. Pure.

Every period the rule book counts in days (a return date's minimum, Rule 45's objection window,
the wait before producing after a user notice, an NSL's reciprocal notice, a gag's yearly
re-examination) is counted under Fed. R. Civ. P. 6(a)(1) in the jurisdiction's calendar
(:mod:`shared.calendars`): the trigger day excluded, every day counted, and a last day on a
weekend or legal holiday runs to the next day that is neither. The calendar is the court
calendar of ``policy.yaml`` (``court_calendar``: U.S. federal holidays, or a state's as well),
with the platform's own holidays; for process from a state court, that state's holidays; for
process from a federal district court, the holidays of the state where it sits for a period
measured after an event only (Rule 6(a)(6)(C)), not for one measured before; for a foreign
request, the sending country's public holidays as well.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from services.review.domain.rulebook import Policy
from shared.calendars import Calendar, calendar_for, count_days, us_state_named
from shared.contracts import ComputedDate, LegalProcessCase
from shared.vocabulary import ProcessType, RequesterKind

RULE_6A = "Fed. R. Civ. P. 6(a)(1)"
RULE_6A6C = "Fed. R. Civ. P. 6(a)(6)(C)"


def court_calendar(policy: Policy) -> Calendar:
    """The deployment's court calendar (``court_calendar``: "US" or "US-CA") with its platform holidays."""
    country, _, subdivision = policy.court_calendar.partition("-")
    return calendar_for(country, subdivision or None, extra=policy.platform_holidays)


_FEDERAL_COURT = re.compile(r"\b(united states|federal)\b|\bu\.\s?s\.", re.IGNORECASE)
_DISTRICT_COURT = re.compile(r"\b(district|bankruptcy) court\b", re.IGNORECASE)


def state_court(case: LegalProcessCase, policy: Policy) -> str | None:
    """The U.S. state whose court issued the process, when a state court did and its name says
    which ("Superior Court of California" -> "CA"); None for a federal court or an unknown one."""
    court = case.issuing_court or ""
    if not court or _FEDERAL_COURT.search(court) or not policy.court_calendar.startswith("US"):
        return None
    return us_state_named(court)


def district_court_state(case: LegalProcessCase, policy: Policy) -> str | None:
    """The U.S. state where the federal district court (or its bankruptcy court) that issued the
    process sits, when its name says which ("U.S. District Court for the District of Massachusetts"
    -> "MA"): Rule 6(a)(6)(C) counts that state's holidays for a period measured after an event."""
    court = case.issuing_court or ""
    if not (_FEDERAL_COURT.search(court) and _DISTRICT_COURT.search(court)) or not policy.court_calendar.startswith(
        "US"
    ):
        return None
    return us_state_named(court)


def case_calendar(case: LegalProcessCase, policy: Policy) -> Calendar:
    """The calendar a case's dates are counted in: for a foreign request, the sending country's
    public holidays on top of the court calendar (a date both must keep); for process from a state
    court, that state's court holidays on top of the federal ones; for process from a federal
    district court, the state's holidays for periods measured after an event only (Rule 6(a)(6)(C));
    else the court calendar."""
    court = court_calendar(policy)
    state = state_court(case, policy)
    if state is not None and court.subdivision is None:
        with contextlib.suppress(ValueError):  # a territory the holidays library lacks: federal only
            court = calendar_for("US", state, extra=policy.platform_holidays)
    district = district_court_state(case, policy)
    if district is not None and district != court.subdivision:
        with contextlib.suppress(ValueError):  # a territory the holidays library lacks: federal only
            court = calendar_for(
                court.country, court.subdivision, extra=policy.platform_holidays, after_only=(("US", district),)
            )
    foreign = case.process_type is ProcessType.FOREIGN_REQUEST or (
        case.requester.kind is RequesterKind.FOREIGN_GOVERNMENT
    )
    country = (case.requester.country or "").upper()
    if not foreign or not country or country == court.country:
        return court
    try:
        return calendar_for(
            country,
            label=country,
            extra=policy.platform_holidays,
            also=((court.country, court.subdivision),),
            after_only=court.after_only,
        )
    except ValueError:  # a country the holidays library does not know: the court calendar alone
        return court


def local(moment: datetime, policy: Policy) -> datetime:
    """A moment of the platform's own (the review's time, when a notice goes) on the platform's
    clock (``time_zone``), so that its day is the platform's day, not UTC's."""
    return moment.astimezone(ZoneInfo(policy.time_zone))


def day_of(moment: datetime | date) -> date:
    """The calendar day of a moment, in its own time zone (the service's, the return date's)."""
    return moment.date() if isinstance(moment, datetime) else moment


def counted(
    calendar: Calendar,
    *,
    what: str,
    trigger: datetime | date,
    days: int,
    rule: str,
    law: str,
    backward: bool = False,
    draft: str | None = None,
) -> ComputedDate:
    """``days`` days after (before) ``trigger`` under Rule 6(a) in ``calendar``, explained.

    ``rule`` names the rule in the explanation ("Rule 45", "policy notice_wait_days"); ``law``
    is the finding code or setting and the law for the record.
    """
    computed = count_days(day_of(trigger), days, calendar, rule=rule, backward=backward)
    return ComputedDate(
        what=what,
        due=computed.due,
        rule=f"{law}; counted under {RULE_6A} in the {calendar_named(calendar, backward=backward)}",
        explanation=computed.explain(),
        draft=draft,
    )


def calendar_named(calendar: Calendar, *, backward: bool = False) -> str:
    """'U.S. federal calendar', and for a federal district court in a state, whether that state's
    holidays counted: for a period after an event they do, before one they do not (Rule 6(a)(6)(C))."""
    if not calendar.after_only:
        return f"{calendar.label} calendar"
    states = " and ".join(sub or country for country, sub in calendar.after_only)
    if backward:
        return (
            f"{calendar.label} calendar ({states} holidays not counted: a period measured before an event, {RULE_6A6C})"
        )
    return (
        f"{calendar.label} calendar with {states} holidays (a period measured after an event in a federal "
        f"district court in {states}, {RULE_6A6C})"
    )


def last_open_before(calendar: Calendar, on: date) -> date:
    """The last day before ``on`` that is no weekend and no holiday of ``calendar`` (any of its
    holidays, the state's too): the last day to act before a fixed date that falls on a closed day."""
    day = on - timedelta(days=1)
    for _ in range(366):
        if calendar.closed_because(day) is None:
            return day
        day -= timedelta(days=1)
    raise ValueError(f"calendar {calendar.label}: no open day within a year before {on}")


def fixed(*, what: str, on: datetime, rule: str, explanation: str) -> ComputedDate:
    """A moment the rule book fixes without counting days under Rule 6(a) (a gag's expiry, an
    emergency's end): recorded with its rule, never moved."""
    return ComputedDate(what=what, due=on.date(), at=on, rule=rule, explanation=explanation)


def when(computed: ComputedDate) -> str:
    """'2027-01-04' (the explanation gives the weekday and why)."""
    return computed.due.isoformat()

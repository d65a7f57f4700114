"""The triage reminder's SLA in the deployment's business hours (issue 16): legal ops' counts
only open hours on open days, as review's acknowledgement SLAs do; an emergency's runs around
the clock; notify's clock comes from the same deployment settings review reads."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.notify.bootstrap import sla_clock
from services.notify.domain.lifecycle import plan_triage_reminders
from shared.calendars import SlaClock, business_hours_of, court_calendar_of
from shared.settings import Settings
from shared.vocabulary import EscalationTier

NY = ZoneInfo("America/New_York")
CASE = uuid.UUID("00000000-0000-4000-8000-0000000000b4")
COUNSEL = {EscalationTier.LEGAL_OPS: "ops@platform.test", EscalationTier.COUNSEL: "counsel@platform.test"}
HOURS = business_hours_of("09:00-17:00", zone="America/New_York")
assert HOURS is not None
CLOCK = SlaClock(court_calendar_of("US", extra={date(2026, 12, 24): "Christmas Eve"}), HOURS)


def due(received: datetime, *, emergency: bool = False, clock: SlaClock | None = CLOCK) -> set[datetime | None]:
    planned = plan_triage_reminders(
        case_id=CASE,
        emergency=emergency,
        received_at=received,
        alerted_at=received,
        counsel_by_tier=COUNSEL,
        sla_emergency=timedelta(minutes=15),
        sla_legal_ops=timedelta(hours=8),
        sla_clock=clock,
    )
    return {n.not_before for n in planned}


def test_legal_ops_sla_counts_business_hours_over_the_weekend() -> None:
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=NY)
    assert due(friday) == {datetime(2026, 12, 7, 16, 0, tzinfo=NY).astimezone(UTC)}
    assert due(friday, clock=None) == {datetime(2026, 12, 5, 0, 0, tzinfo=NY).astimezone(UTC)}, "around the clock"


def test_holidays_and_the_platforms_own_days_are_closed() -> None:
    wednesday = datetime(2026, 12, 23, 16, 0, tzinfo=NY)  # then Christmas Eve (platform), Christmas Day (federal)
    assert due(wednesday) == {datetime(2026, 12, 28, 16, 0, tzinfo=NY).astimezone(UTC)}


def test_an_emergency_runs_around_the_clock() -> None:
    saturday_night = datetime(2026, 12, 5, 23, 0, tzinfo=NY)
    assert due(saturday_night, emergency=True) == {(saturday_night + timedelta(minutes=15)).astimezone(UTC)}


def test_notify_takes_its_clock_from_the_deployment_settings() -> None:
    assert sla_clock(Settings(business_hours=None)) is None
    clock = sla_clock(
        Settings(
            business_hours="09:00-17:00",
            calendar_time_zone="America/New_York",
            court_calendar="US-CA",
            platform_holidays={date(2026, 12, 24): "Christmas Eve"},
        )
    )
    assert clock is not None and clock.hours == HOURS
    assert not clock.calendar.is_open(date(2026, 12, 24)) and not clock.calendar.is_open(date(2026, 3, 31))
    with pytest.raises(ValueError, match="DUEPROCESS_CALENDAR_TIME_ZONE"):
        sla_clock(Settings(business_hours="09:00-17:00"))
    with pytest.raises(ValueError, match="unknown"):
        sla_clock(Settings(business_hours="09:00-17:00", calendar_time_zone="Mars/Olympus", court_calendar="US"))

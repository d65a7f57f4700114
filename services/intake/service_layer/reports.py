"""Reports computed from intake's read model. Read-only: no unit of work, no outbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time

import asyncpg

from services.intake.adapters.transparency import case_facts
from services.intake.domain.transparency import DEFAULT_BAND, PublishedReport, compute, publish


def period_bound(value: date | datetime) -> datetime:
    """A date is its midnight UTC; a naive date-time is taken as UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


async def transparency_report(
    *,
    pool: asyncpg.Pool,
    period_from: date | datetime,
    period_to: date | datetime,
    band: int = DEFAULT_BAND,
    now: datetime | None = None,
) -> PublishedReport:
    """The banded transparency report of the demands received in ``[period_from, period_to)``.

    As of the period's end, or ``now`` (default: the current time) while the period runs.
    Raises ValueError for an empty or inverted period or a band width below 1.
    """
    start, end = period_bound(period_from), period_bound(period_to)
    if end <= start:
        raise ValueError("the period must end after it starts ('to' is not included)")
    if band < 1:
        raise ValueError("the band width must be at least 1")
    as_of = min(end, now or datetime.now(UTC))
    async with pool.acquire() as conn:
        facts = await case_facts(conn, period_from=start, period_to=end)
    # Counting a large period is CPU work: off the event loop.
    report = await asyncio.to_thread(compute, facts, period_from=start, period_to=end, as_of=as_of)
    return publish(report, band=band)

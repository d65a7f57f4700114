"""What time it is, for every decision a service takes on dates (timers, holds, reminders, expiry,
link freshness, a demand's receipt): one ``Clock``, wired by each service's ``bootstrap`` into
the code that asks. In production it is the system's clock. End-to-end tests may run the three
service processes on a clock they move forward (docs/decisions/0022-a-test-clock-through-a-clock-port.md):
the system's time plus an offset a test writes in a file, named by ``DUEPROCESS_TEST_CLOCK_FILE``
and refused unless ``DUEPROCESS_TEST_CLOCK_ENABLED`` is also set.

SQL never decides what is due by the database's ``now()``: the queries take ``$now`` from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from shared.logging import get_logger

log = get_logger(__name__)

Clock = Callable[[], datetime]  # an aware UTC datetime per call


class ClockSettings(Protocol):
    test_clock_file: Path | None
    test_clock_enabled: bool


class TestClockRefused(RuntimeError):
    """A test clock was named without being explicitly enabled: the service does not start."""

    __test__ = False  # not a pytest test class


def system_clock() -> datetime:
    """The system's time, in UTC: the clock of every deployment."""
    return datetime.now(UTC)


class OffsetFileClock:
    """The system's time plus the offset (seconds, a decimal number) written in ``path``; no file
    (or an empty one) is no offset. The file (a few bytes) is read at every call, so a test moves
    the clock of every process reading it at once, while time keeps running. Writers replace the
    file atomically (``write_offset``)."""

    __test__ = False

    def __init__(self, path: Path, *, base: Clock = system_clock) -> None:
        self.path = path
        self._base = base

    def offset(self) -> timedelta:
        try:
            text = self.path.read_text().strip()
        except FileNotFoundError:
            return timedelta(0)
        return timedelta(seconds=float(text)) if text else timedelta(0)

    def __call__(self) -> datetime:
        return self._base() + self.offset()


def write_offset(path: Path, offset: timedelta) -> None:
    """Set the offset of the ``OffsetFileClock``s reading ``path`` (atomically: write, then rename)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(f"{offset.total_seconds():.6f}\n")
    os.replace(partial, path)


def clock_from_settings(settings: ClockSettings) -> Clock:
    """The service's clock: the system's, or the test clock when a file is named AND the test
    clock is explicitly enabled (a file named alone is refused: ``TestClockRefused``)."""
    if settings.test_clock_file is None:
        if settings.test_clock_enabled:
            raise TestClockRefused("DUEPROCESS_TEST_CLOCK_ENABLED is set without DUEPROCESS_TEST_CLOCK_FILE")
        return system_clock
    if not settings.test_clock_enabled:
        raise TestClockRefused(
            "DUEPROCESS_TEST_CLOCK_FILE names a test clock but DUEPROCESS_TEST_CLOCK_ENABLED is not set: "
            "a deployment runs on the system's clock"
        )
    log.warning("TEST CLOCK: this process's time is the system's plus the offset in a file (tests only)")
    return OffsetFileClock(settings.test_clock_file)

"""The services' clock (shared/clock.py): the system's in every deployment; the test clock only
when a file is named and it is explicitly enabled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shared.clock import OffsetFileClock, TestClockRefused, clock_from_settings, system_clock, write_offset
from shared.settings import Settings

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Configured:
    test_clock_file: Path | None = None
    test_clock_enabled: bool = False


def test_a_deployment_runs_on_the_system_clock() -> None:
    assert clock_from_settings(Settings()) is system_clock
    before = datetime.now(UTC)
    assert before <= system_clock() <= datetime.now(UTC)


def test_a_test_clock_named_without_being_enabled_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TestClockRefused):
        clock_from_settings(Configured(test_clock_file=tmp_path / "clock"))
    with pytest.raises(TestClockRefused):
        clock_from_settings(Configured(test_clock_enabled=True))


def test_the_settings_read_the_test_clock_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUEPROCESS_TEST_CLOCK_FILE", str(tmp_path / "clock"))
    with pytest.raises(TestClockRefused):
        clock_from_settings(Settings())
    monkeypatch.setenv("DUEPROCESS_TEST_CLOCK_ENABLED", "true")
    clock = clock_from_settings(Settings())
    assert isinstance(clock, OffsetFileClock) and clock.path == tmp_path / "clock"


def test_the_offset_file_moves_every_reader_and_time_keeps_running(tmp_path: Path) -> None:
    now = [T0]
    path = tmp_path / "clock"
    first = OffsetFileClock(path, base=lambda: now[0])
    second = OffsetFileClock(path, base=lambda: now[0])
    assert first() == T0, "no file: no offset"
    write_offset(path, timedelta(days=76))
    assert first() == second() == T0 + timedelta(days=76)
    now[0] += timedelta(seconds=5)
    assert first() == T0 + timedelta(days=76, seconds=5)
    write_offset(path, timedelta(days=90, hours=1))
    assert second() == T0 + timedelta(days=90, hours=1, seconds=5)
    assert not list(tmp_path.glob("*.partial")), "written atomically"
    path.unlink()
    assert first() == T0 + timedelta(seconds=5)


def test_each_move_is_read_at_once_even_a_same_sized_one(tmp_path: Path) -> None:
    path = tmp_path / "clock"
    clock = OffsetFileClock(path, base=lambda: T0)
    write_offset(path, timedelta(seconds=1))
    assert clock() == T0 + timedelta(seconds=1)
    write_offset(path, timedelta(seconds=2))  # the same length as the last one
    assert clock() == T0 + timedelta(seconds=2)

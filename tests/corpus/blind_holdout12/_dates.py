"""Hand-written helpers for this corpus's expected deadlines (no project code involved)."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_holdout12._kit import any_of


def day_end(*days: str, offset: str) -> dict[str, list[Any]]:
    """A deadline given as a date only: 17:00 or 23:59:59 local time of each acceptable day."""
    return any_of(*[f"{d}T{h}{offset}" for d in days for h in ("17:00:00", "23:59:59")])


def expiry(*days: str, offsets: tuple[str, ...]) -> dict[str, list[Any]]:
    """A gag that ends on a day: 23:59:59 of each acceptable day, in each acceptable offset."""
    return any_of(*[f"{d}T23:59:59{o}" for d in days for o in offsets])

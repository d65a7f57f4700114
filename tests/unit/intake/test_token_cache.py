"""The API-token cache's bound: a member is trusted for the TTL after the database vouched, no longer."""

from __future__ import annotations

import uuid

from services.intake.domain.staff import Role, StaffMember
from services.intake.service_layer.staff import TokenCache

MEMBER = StaffMember(staff_id=uuid.uuid4(), email="a@example.org", display_name="A", role=Role.LEGAL_OPS, active=True)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_member_is_remembered_until_the_ttl_and_not_after() -> None:
    clock = Clock()
    cache = TokenCache(5.0, monotonic=clock)
    cache.put("digest", MEMBER)
    clock.now += 4.99
    assert cache.get("digest") == MEMBER
    clock.now += 0.01
    assert cache.get("digest") is None
    clock.now += 100
    assert cache.get("digest") is None  # an expired entry does not come back


def test_a_ttl_of_zero_remembers_nothing_and_clear_forgets_everything() -> None:
    clock = Clock()
    off = TokenCache(0, monotonic=clock)
    off.put("digest", MEMBER)
    assert off.get("digest") is None
    cache = TokenCache(5.0, monotonic=clock)
    cache.put("digest", MEMBER)
    cache.clear()
    assert cache.get("digest") is None


def test_the_cache_never_grows_past_its_bound() -> None:
    cache = TokenCache(5.0, max_entries=3, monotonic=Clock())
    for n in range(10):
        cache.put(f"d{n}", MEMBER)
        assert len(cache._members) <= 3
    assert cache.get("d9") == MEMBER

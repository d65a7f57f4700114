"""API token lifetimes and states, who may manage whose tokens, and whom the login throttle
counts as one client (issue 15, findings 3 and 10)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from services.intake.domain.staff import (
    API_TOKEN_DAYS,
    API_TOKEN_MAX_DAYS,
    ApiToken,
    Role,
    StaffMember,
    api_token_lifetime,
)
from services.intake.service_layer.staff import client_key

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_token_lives_ninety_days_by_default_and_at_most_the_maximum() -> None:
    assert api_token_lifetime(None) == timedelta(days=API_TOKEN_DAYS) == timedelta(days=90)
    assert api_token_lifetime(1) == timedelta(days=1)
    assert api_token_lifetime(API_TOKEN_MAX_DAYS) == timedelta(days=API_TOKEN_MAX_DAYS)
    for days in (0, -5, API_TOKEN_MAX_DAYS + 1):
        with pytest.raises(ValueError, match=f"1 to {API_TOKEN_MAX_DAYS} days"):
            api_token_lifetime(days)


def test_a_tokens_state_is_revoked_expired_or_active() -> None:
    token = ApiToken(
        token_id=uuid.uuid4(), staff_id=uuid.uuid4(), name="t", created_at=AT, expires_at=AT + timedelta(days=1)
    )
    assert token.state(AT) == "active"
    assert token.state(AT + timedelta(days=1)) == "expired"
    revoked = ApiToken(**{**token.__dict__, "revoked_at": AT + timedelta(hours=1)})
    assert revoked.state(AT + timedelta(hours=2)) == "revoked"


def test_a_member_manages_only_their_own_tokens_and_an_admin_anyones() -> None:
    clerk = StaffMember(staff_id=uuid.uuid4(), email="c@example.org", display_name="C", role=Role.INTAKE_CLERK)
    admin = StaffMember(staff_id=uuid.uuid4(), email="a@example.org", display_name="A", role=Role.ADMIN)
    assert clerk.may_manage_tokens_of(clerk.staff_id) and not clerk.may_manage_tokens_of(admin.staff_id)
    assert admin.may_manage_tokens_of(clerk.staff_id) and admin.may_manage_tokens_of(admin.staff_id)
    inactive = StaffMember(**{**admin.__dict__, "active": False})
    assert not inactive.may_manage_tokens_of(inactive.staff_id)


def test_the_throttle_counts_an_ipv6_slash_64_as_one_client_and_stores_no_address() -> None:
    assert client_key("2001:db8:1:2::1") == client_key("2001:db8:1:2:ffff::9")
    assert client_key("2001:db8:1:2::1") != client_key("2001:db8:1:3::1")
    assert client_key("192.0.2.1") != client_key("192.0.2.2")
    assert client_key("::ffff:192.0.2.1") == client_key("192.0.2.1")
    assert client_key(None) == client_key("unknown")
    assert "192.0.2.1" not in client_key("192.0.2.1") and len(client_key("192.0.2.1")) == 64

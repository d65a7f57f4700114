"""The hold use cases' pure parts: which accounts a demand holds, the event each change publishes,
the policy read from the rule book."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from services.review.domain import holds
from services.review.domain.assessment import load_rule_book
from services.review.domain.holds import HoldChange, ReleaseReason
from services.review.service_layer.holds import change_event, held_accounts, hold_policy
from shared.contracts import LegalHoldChanged
from shared.vocabulary import DataCategory

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DIRECTORY = [{"handle": "Harbor_Freight_Fan", "account_id": "1001", "contact_email": "hf@example.org"}]


def test_accounts_are_held_as_the_directory_keys_them() -> None:
    assert held_accounts(["@harbor_freight_fan"], DIRECTORY) == {"harbor_freight_fan"}
    assert held_accounts(["https://example.com/u/Harbor_Freight_Fan"], DIRECTORY) == {"harbor_freight_fan"}
    assert held_accounts(["1001", "@Unknown_One"], DIRECTORY) == {"harbor_freight_fan", "unknown_one"}


def test_the_policy_is_the_rule_books() -> None:
    policy = hold_policy(load_rule_book())
    book = load_rule_book().policy
    assert policy.term == timedelta(days=book.preservation_days)
    assert policy.extension == timedelta(days=book.preservation_renewal_days)
    assert policy.reminders == (timedelta(days=14), timedelta(days=3))


def test_each_change_is_an_event_with_accounts_categories_and_dates_only() -> None:
    policy = hold_policy(load_rule_book())
    hold = holds.place(
        hold_id=uuid.uuid4(),
        case_id=uuid.uuid4(),
        requester="domain:fbi.gov",
        accounts=["b_account", "a_account"],
        categories=[DataCategory.STORED_CONTENT, DataCategory.BASIC_SUBSCRIBER],
        received_at=T0,
        policy=policy,
    )
    placed = change_event(hold, HoldChange.PLACED, at=T0)
    assert isinstance(placed, LegalHoldChanged)
    assert placed.accounts == ["a_account", "b_account"] and placed.sequence == 1
    assert placed.expires_at == T0 + timedelta(days=90) and placed.records_as_of == T0
    assert "fbi" not in placed.model_dump_json(), "the requester is not on the topic"
    followed = holds.follow(hold, case_id=uuid.uuid4())
    converted = change_event(followed, HoldChange.CONVERTED, at=T0)
    assert converted.expires_at is None and converted.follows_case_id == followed.follows_case
    released = change_event(
        holds.release(followed, at=T0, reason=ReleaseReason.CASE_CLOSED), HoldChange.RELEASED, at=T0
    )
    assert released.release_reason == "CASE_CLOSED" and released.sequence == 3 and released.expires_at is None

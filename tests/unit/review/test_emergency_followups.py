"""An emergency disclosure's follow-up, pure: the date formal process is expected, the reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.review.domain import followups
from services.review.domain.followups import FollowUpPolicy
from shared.vocabulary import CounselAction, ProcessType

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = FollowUpPolicy()


def test_formal_process_is_expected_30_days_after_the_disclosure_by_default() -> None:
    assert followups.expected_by(T0, POLICY) == T0 + timedelta(days=30)
    assert followups.expected_by(T0, FollowUpPolicy(formal_process_within=timedelta(days=10))) == T0 + timedelta(
        days=10
    )


def test_legal_ops_are_reminded_a_week_before_and_on_the_day_then_no_more() -> None:
    expected = T0 + timedelta(days=30)
    first = followups.next_reminder(expected=expected, after=None, policy=POLICY)
    assert first == T0 + timedelta(days=23)
    second = followups.next_reminder(expected=expected, after=first, policy=POLICY)
    assert second == expected
    assert followups.next_reminder(expected=expected, after=second, policy=POLICY) is None


def test_the_reminder_says_when_and_what_is_owed() -> None:
    text = followups.reminder_text(expected=T0 + timedelta(days=30), now=T0 + timedelta(days=23))
    assert "01 Apr 2026" in text and "7 days from now" in text and "formal legal process" in text
    assert "(today)" in followups.reminder_text(expected=T0, now=T0)


def test_only_an_emergency_request_owes_it_and_only_a_production_starts_it() -> None:
    assert followups.owes_follow_up(ProcessType.EMERGENCY_REQUEST)
    assert not followups.owes_follow_up(ProcessType.SEARCH_WARRANT)
    assert followups.is_disclosure(CounselAction.PRODUCTION_MADE)
    assert not followups.is_disclosure(CounselAction.DECIDE)


def test_legal_ops_are_told_to_reach_a_requester_without_an_address_by_other_means() -> None:
    text = followups.no_address_text(expected=T0 + timedelta(days=30))
    assert "by 01 Apr 2026" in text and "no e-mail address" in text and "other means" in text

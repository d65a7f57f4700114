"""The requester's notices about an emergency disclosure's follow-up (domain, pure): whom, when,
once per occasion, and what they say."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from services.notify.domain.model import NoticeKind
from services.notify.domain.requester_notices import (
    formal_process_context,
    owed_from_context,
    plan_formal_process_notice,
    render_formal_process_notice,
)
from shared.contracts import FormalProcessOwed
from shared.vocabulary import NoticeRole, NoticeStatus

CASE = uuid.UUID("00000000-0000-4000-8000-000000000016")
DISCLOSED = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
OWED = FormalProcessOwed(expected_by=DISCLOSED + timedelta(days=30), requester_email="Duty.Agent@fbi.gov")


def test_the_requester_is_owed_one_notice_at_its_address_due_now() -> None:
    notice = plan_formal_process_notice(
        case_id=CASE, owed=OWED, kind=NoticeKind.FORMAL_PROCESS_OWED, occasion="disclosed", now=DISCLOSED
    )
    assert notice is not None
    assert (notice.role, notice.recipient, notice.status, notice.handle, notice.tier) == (
        NoticeRole.REQUESTER,
        "Duty.Agent@fbi.gov",
        NoticeStatus.PENDING,
        None,
        None,
    )
    again = plan_formal_process_notice(
        case_id=CASE, owed=OWED, kind=NoticeKind.FORMAL_PROCESS_OWED, occasion="disclosed", now=DISCLOSED
    )
    assert again is not None and again.notice_key == notice.notice_key
    reminder = plan_formal_process_notice(
        case_id=CASE, owed=OWED, kind=NoticeKind.FORMAL_PROCESS_REMINDER, occasion="escalation-3", now=DISCLOSED
    )
    assert reminder is not None and reminder.notice_key != notice.notice_key


@pytest.mark.parametrize("address", [None, "", "  ", "not-an-address"])
def test_no_address_no_notice(address: str | None) -> None:
    owed = OWED.model_copy(update={"requester_email": address})
    assert (
        plan_formal_process_notice(
            case_id=CASE, owed=owed, kind=NoticeKind.FORMAL_PROCESS_OWED, occasion="disclosed", now=DISCLOSED
        )
        is None
    )


def test_a_reminder_goes_only_before_the_date() -> None:
    kind = NoticeKind.FORMAL_PROCESS_REMINDER
    before = OWED.expected_by - timedelta(days=7)
    assert plan_formal_process_notice(case_id=CASE, owed=OWED, kind=kind, occasion="e1", now=before) is not None
    for at in (OWED.expected_by, OWED.expected_by + timedelta(hours=1)):
        assert plan_formal_process_notice(case_id=CASE, owed=OWED, kind=kind, occasion="e2", now=at) is None


def test_only_requester_kinds() -> None:
    with pytest.raises(ValueError, match="not a notice to the requester"):
        plan_formal_process_notice(case_id=CASE, owed=OWED, kind=NoticeKind.INITIAL, occasion="x", now=DISCLOSED)


def test_the_words_say_what_is_owed_and_by_when_and_quote_no_address() -> None:
    notice = plan_formal_process_notice(
        case_id=CASE, owed=OWED, kind=NoticeKind.FORMAL_PROCESS_OWED, occasion="disclosed", now=DISCLOSED
    )
    assert notice is not None
    context = formal_process_context(OWED, disclosed_at=DISCLOSED)
    assert "fbi.gov" not in str(context).lower()
    owed, disclosed = owed_from_context(dict(context))
    assert (owed.expected_by, disclosed) == (OWED.expected_by, DISCLOSED)
    rendered = render_formal_process_notice(notice, owed=owed, disclosed_at=disclosed, reply_to="legal@platform.test")
    assert rendered.subject == f"Formal legal process owed by 06 Jan 2027 - ref {CASE}"
    assert "Wednesday 06 January 2027" in rendered.text and "07 December 2026" in rendered.text
    assert "18 U.S.C. § 2703" in rendered.text and "legal@platform.test" in rendered.text
    assert "Reminder" not in rendered.text
    reminder = notice.model_copy(update={"kind": NoticeKind.FORMAL_PROCESS_REMINDER})
    again = render_formal_process_notice(reminder, owed=owed, disclosed_at=None, reply_to="legal@platform.test")
    assert again.subject.startswith("Reminder: ") and "We have not received it" in again.text

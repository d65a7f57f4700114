"""The notices about counsel of record to the account holder (issue 15, finding 4): their words,
their keys (one per change, one new link an hour), and what they never carry."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from services.notify.domain.counsel_notices import (
    counsel_changed_context,
    plan_counsel_changed,
    plan_counsel_link,
    render_counsel_notice,
)
from services.notify.domain.model import CounselOfRecord, NoticeKind
from shared.vocabulary import NoticeRole, NoticeStatus

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
CASE = uuid.UUID("11111111-2222-4333-8444-555555555555")
PENDING = (NoticeStatus.PENDING, None)


def test_a_change_is_told_once_per_appointment_and_names_the_new_counsel_escaped() -> None:
    first, again, other = (
        plan_counsel_changed(
            case_id=CASE, handle="ROGUE_NASA", address="rogue@example.org", appointment_id=a, status=PENDING
        )
        for a in (uuid.UUID(int=1), uuid.UUID(int=1), uuid.UUID(int=2))
    )
    assert first.notice_id == again.notice_id != other.notice_id
    assert (first.kind, first.role, first.recipient) == (
        NoticeKind.COUNSEL_CHANGED,
        NoticeRole.USER,
        "rogue@example.org",
    )
    counsel = CounselOfRecord(name="<b>Mallory</b>\r\nBcc: x@evil.example", email="m@evil.example", organization="X")
    context = counsel_changed_context(counsel, source="USER_LINK", first=False, at=AT)
    words = render_counsel_notice(
        first, context=context, counsel_link=None, counsel_link_days=None, reply_to="legal@dueprocess.test"
    )
    assert "\n" not in words.subject and "\r" not in words.subject
    assert "<b>" not in words.html and "&lt;b&gt;Mallory&lt;/b&gt;" in words.html
    assert "m@evil.example" in words.text and "has changed" in words.text and "IF IT WAS NOT YOU" in words.text
    assert "through the link in a notice we sent" in words.text and "2 March 2026, 09:30 (UTC)" in words.text
    assert "/counsel/" not in words.text + words.html, "a change notice carries no link to name counsel"


def test_a_new_link_is_owed_once_an_hour_per_asking_link_and_carries_the_link() -> None:
    asked_with = uuid.uuid4()

    def fresh(at: datetime) -> uuid.UUID:
        return plan_counsel_link(
            case_id=CASE,
            handle="ROGUE_NASA",
            address="rogue@example.org",
            asked_with=asked_with,
            now=at,
            status=PENDING,
        ).notice_id

    assert fresh(AT) == fresh(AT + timedelta(minutes=29)) != fresh(AT + timedelta(minutes=31))
    notice = plan_counsel_link(
        case_id=CASE, handle="ROGUE_NASA", address="rogue@example.org", asked_with=asked_with, now=AT, status=PENDING
    )
    words = render_counsel_notice(
        notice,
        context={},
        counsel_link="https://notify.example/counsel/abc",
        counsel_link_days=30,
        reply_to="legal@dueprocess.test",
    )
    assert (
        "https://notify.example/counsel/abc" in words.text and 'href="https://notify.example/counsel/abc"' in words.html
    )
    assert "30 days" in words.text and "names a lawyer once" in words.text
    with pytest.raises(ValueError, match="needs the link"):
        render_counsel_notice(
            notice, context={}, counsel_link="javascript:alert(1)", counsel_link_days=30, reply_to="x@y.z"
        )

"""Counsel of record on fakes: counsel named after notices went out is owed one now, the counsel
it replaces no longer is; staff requests are answered; the user's link names the notice's account."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.domain.links import LinkInvalid
from services.notify.domain.model import CounselOfRecord
from services.notify.service_layer import counsel, planning
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import (
    CounselNaming,
    Envelope,
    LegalProcessReviewed,
    StaffActionOutcome,
    StaffActionRequested,
    Topics,
)
from shared.vocabulary import NoticeRole, NoticeStatus, StaffRequest
from tests.unit.notify.service_layer.fakes import ALT_COUNSEL, FakeSender, FakeUnitOfWork

NEW_COUNSEL = CounselOfRecord(name="Lee Rowland", email="lee@eff.example.org", organization="EFF")


@pytest.fixture
async def reviewed(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> FakeUnitOfWork:
    await planning.plan_from_review(
        uow, policy=policy, consumer="notify.reviewed", event=event(make_reviewed()), now=now
    )
    return uow


def to_counsel(uow: FakeUnitOfWork) -> list[tuple[str, NoticeStatus]]:
    return sorted((n.recipient, n.status) for n in uow.store.notices.values() if n.role is NoticeRole.COUNSEL)


async def test_counsel_named_while_the_notice_waits_replaces_the_directorys(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    named = await counsel.name_counsel(
        reviewed,
        policy=policy,
        handle="@alt_uscis",
        counsel=NEW_COUNSEL,
        source="LEGAL_OPS",
        named_by="Legal Ops <ops@dueprocess.test>",
        now=now,
        trace_id="t",
    )
    assert (named.handle, named.cases, named.notices_owed) == ("ALT_USCIS", 1, 1)
    assert to_counsel(reviewed) == [(ALT_COUNSEL, NoticeStatus.CANCELLED), (NEW_COUNSEL.email, NoticeStatus.PENDING)]
    cancelled = [p for p in reviewed.events(Topics.NOTICE_PLANNED) if p.status is NoticeStatus.CANCELLED]
    assert [p.recipient for p in cancelled] == [ALT_COUNSEL]
    assert await counsel.current_counsel(reviewed, handle="ALT_USCIS") == {
        "handle": "ALT_USCIS",
        "counsel": {"name": "Lee Rowland", "email": "lee@eff.example.org", "organization": "EFF"},
        "source": "appointed",
    }


async def test_counsel_named_after_the_notice_went_out_is_owed_one_and_nothing_sent_is_touched(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    await Dispatcher(uow=reviewed, sender=FakeSender(), policy=policy, clock=lambda: now).dispatch_due()
    later = now + timedelta(days=2)
    named = await counsel.name_counsel(
        reviewed,
        policy=policy,
        handle="ALT_USCIS",
        counsel=NEW_COUNSEL,
        source="LEGAL_OPS",
        named_by="ops",
        now=later,
        trace_id="t",
    )
    assert named.notices_owed == 1
    assert to_counsel(reviewed) == [(ALT_COUNSEL, NoticeStatus.SENT), (NEW_COUNSEL.email, NoticeStatus.PENDING)]
    [owed] = [n for n in reviewed.store.notices.values() if n.recipient == NEW_COUNSEL.email]
    assert owed.context == {"with_history": True} and "Lee Rowland" in owed.body_text


async def test_a_staff_request_is_answered_done_or_refused(
    reviewed: FakeUnitOfWork,
    policy: NoticePolicy,
    event: Callable[..., Envelope[Any]],
    case_id: uuid.UUID,
    now: datetime,
) -> None:
    def request(email: str) -> Envelope[Any]:
        return event(
            StaffActionRequested(
                request_id=uuid.uuid4(),
                action=StaffRequest.NAME_COUNSEL,
                requested_by="Staff <staff@dueprocess.test>",
                requested_at=now,
                counsel=CounselNaming(account="ROGUE_NASA", name="Ada Lovelace", email=email),
            )
        )

    refused, done = request("not an address"), request("ada@example.org")
    for each in (refused, done, done):
        await counsel.carry_out_request(
            reviewed, policy=policy, consumer="notify.action-requested", event=each, now=now
        )
    answers = reviewed.events(Topics.ACTION_OUTCOME)
    assert all(isinstance(a, StaffActionOutcome) for a in answers)
    assert [(a.request_id, a.outcome) for a in answers] == [
        (refused.payload.request_id, "REFUSED"),
        (done.payload.request_id, "DONE"),
    ], "one answer per request, a redelivery answers nothing"
    assert "1 notice owed to counsel" in answers[1].detail
    assert ("ada@example.org", NoticeStatus.PENDING) in to_counsel(reviewed)
    assert all(n.case_id == case_id for n in reviewed.store.notices.values())


async def test_a_link_names_its_users_notice_and_no_other(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    assert policy.links is not None
    [user] = [n for n in reviewed.store.notices.values() if n.role is NoticeRole.USER and n.handle == "ROGUE_NASA"]
    token = policy.links.url(user.notice_id, now=now).rsplit("/", 1)[-1]
    with pytest.raises(LinkInvalid, match="no notice we sent"):
        await counsel.counsel_link_target(reviewed, links=policy.links, token=token, now=now)
    await Dispatcher(uow=reviewed, sender=FakeSender(), policy=policy, clock=lambda: now).dispatch_due()
    target = await counsel.counsel_link_target(reviewed, links=policy.links, token=token, now=now)
    assert (target.notice_id, target.case_id, target.handle) == (user.notice_id, user.case_id, "ROGUE_NASA")
    [to_counsel_notice] = [n for n in reviewed.store.notices.values() if n.role is NoticeRole.COUNSEL]
    other = policy.links.url(to_counsel_notice.notice_id, now=now).rsplit("/", 1)[-1]
    with pytest.raises(LinkInvalid):
        await counsel.counsel_link_target(reviewed, links=policy.links, token=other, now=now)

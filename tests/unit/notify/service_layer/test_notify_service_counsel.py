"""Counsel of record on fakes: counsel named after notices went out is owed one now, the counsel
it replaces no longer is; staff requests are answered; the user's link names the notice's account,
once; every change is told to the account holder at their own address; a fresh link goes there only."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.domain.links import CounselLinks, LinkInvalid
from services.notify.domain.model import CounselOfRecord, NoticeKind
from services.notify.domain.records import StoredNotice
from services.notify.service_layer import counsel, planning
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import (
    CounselNaming,
    Envelope,
    LegalProcessReviewed,
    Nondisclosure,
    StaffActionOutcome,
    StaffActionRequested,
    Topics,
)
from shared.vocabulary import NondisclosureKind, NoticeRole, NoticeStatus, StaffRequest, UserNoticeAction
from tests.unit.notify.service_layer.fakes import ALT, ALT_COUNSEL, ROGUE, FakeSender, FakeUnitOfWork

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
    with pytest.raises(LinkInvalid, match="not valid or has expired"):  # not sent yet
        await counsel.counsel_link_target(reviewed, links=policy.links, token=token, now=now)
    await Dispatcher(uow=reviewed, sender=FakeSender(), policy=policy, clock=lambda: now).dispatch_due()
    target = await counsel.counsel_link_target(reviewed, links=policy.links, token=token, now=now)
    assert (target.notice_id, target.case_id, target.handle) == (user.notice_id, user.case_id, "ROGUE_NASA")
    [to_counsel_notice] = [n for n in reviewed.store.notices.values() if n.role is NoticeRole.COUNSEL]
    other = policy.links.url(to_counsel_notice.notice_id, now=now).rsplit("/", 1)[-1]
    with pytest.raises(LinkInvalid):
        await counsel.counsel_link_target(reviewed, links=policy.links, token=other, now=now)


# --- issue 15, finding 4: the link names counsel once; the user is told of every change ---------------------


async def sent_link(uow: FakeUnitOfWork, policy: NoticePolicy, now: datetime, handle: str = "ROGUE_NASA") -> str:
    """The token in the user's notice, once the notice went out."""
    assert policy.links is not None
    await Dispatcher(uow=uow, sender=FakeSender(), policy=policy, clock=lambda: now).dispatch_due()
    [user] = [
        n
        for n in uow.store.notices.values()
        if n.role is NoticeRole.USER and n.handle == handle and n.kind is NoticeKind.INITIAL
    ]
    link = next(line for line in user.body_text.splitlines() if "/counsel/" in line).strip()
    return link.rsplit("/", 1)[-1]


def of_kind(uow: FakeUnitOfWork, kind: NoticeKind) -> list[StoredNotice]:
    return [n for n in uow.store.notices.values() if n.kind is kind]


MALLORY = CounselOfRecord(name="Mallory", email="mallory@evil.example")


async def test_a_link_names_counsel_once_and_a_second_use_changes_nothing(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    """The probe's attack: posting to the link again replaced the lawyer, each new one got the case."""
    token = await sent_link(reviewed, policy, now)
    later = now + timedelta(hours=1)
    target, named = await counsel.name_counsel_by_link(
        reviewed, policy=policy, token=token, counsel=NEW_COUNSEL, now=later, trace_id="t1"
    )
    assert (target.handle, named.notices_owed) == ("ROGUE_NASA", 1)
    before = copy.deepcopy(reviewed.store)
    for attacker in (MALLORY, CounselOfRecord(name="Another", email="another@evil.example")):
        with pytest.raises(LinkInvalid, match="not valid or has expired"):
            await counsel.name_counsel_by_link(
                reviewed, policy=policy, token=token, counsel=attacker, now=later, trace_id="t2"
            )
        with pytest.raises(LinkInvalid, match="not valid or has expired"):
            await counsel.counsel_link_target(reviewed, links=policy.links, token=token, now=later)  # type: ignore[arg-type]
    assert reviewed.store.notices == before.notices, "nothing owed to anybody"
    assert reviewed.store.appointments == before.appointments, "nobody else named"
    [(appointment, for_case, source, _)] = reviewed.store.appointments
    assert (appointment.email, for_case, source) == (NEW_COUNSEL.email, target.case_id, "USER_LINK")
    assert not [n for n in reviewed.store.notices.values() if "evil.example" in n.recipient], "no case details"


async def test_every_change_of_counsel_is_told_to_the_user_at_their_own_address(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    token = await sent_link(reviewed, policy, now)
    await counsel.name_counsel_by_link(reviewed, policy=policy, token=token, counsel=NEW_COUNSEL, now=now, trace_id="t")
    [first] = of_kind(reviewed, NoticeKind.COUNSEL_CHANGED)
    assert (first.role, first.recipient, first.handle, first.status) == (
        NoticeRole.USER,
        ROGUE,
        "ROGUE_NASA",
        NoticeStatus.PENDING,
    )
    assert "Lee Rowland" in first.subject and "lee@eff.example.org" in first.body_text
    assert "through the link in a notice we sent" in first.body_text and "IF IT WAS NOT YOU" in first.body_text
    assert "A lawyer has been named" in first.body_text, "the first naming is a change too"
    assert "/counsel/" not in first.body_text, "no link to name counsel in it"
    planned = [p for p in reviewed.events(Topics.NOTICE_PLANNED) if p.notice_id == first.notice_id]
    assert [p.kind for p in planned] == ["counsel-changed"], "through the outbox like every notice"
    # Legal ops naming the same lawyer again changes nothing; another lawyer is a change, told once.
    for who in (NEW_COUNSEL, MALLORY, MALLORY):
        await counsel.name_counsel(
            reviewed,
            policy=policy,
            handle="rogue_nasa",
            counsel=who,
            source="LEGAL_OPS",
            named_by="ops",
            now=now,
            trace_id="t",
        )
    changes = of_kind(reviewed, NoticeKind.COUNSEL_CHANGED)
    assert len(changes) == 2 and {n.recipient for n in changes} == {ROGUE}
    assert "has changed" in changes[1].body_text and "Mallory" in changes[1].body_text
    assert "by our legal team" in changes[1].body_text
    # The account holder with counsel in the directory is told that it changed (never counsel's address).
    await counsel.name_counsel(
        reviewed,
        policy=policy,
        handle="ALT_USCIS",
        counsel=NEW_COUNSEL,
        source="LEGAL_OPS",
        named_by="ops",
        now=now,
        trace_id="t",
    )
    [alt] = [n for n in of_kind(reviewed, NoticeKind.COUNSEL_CHANGED) if n.handle == "ALT_USCIS"]
    assert alt.recipient == ALT and "has changed" in alt.body_text


async def test_the_change_notice_waits_while_a_gag_is_in_force(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    gagged = make_reviewed(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
        action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL,
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(gagged), now=now)
    await counsel.name_counsel(
        uow,
        policy=policy,
        handle="ROGUE_NASA",
        counsel=NEW_COUNSEL,
        source="staff",
        named_by="s",
        now=now,
        trace_id="t",
    )
    [change] = of_kind(uow, NoticeKind.COUNSEL_CHANGED)
    assert change.status is NoticeStatus.WITHHELD, "the user may not be told anything about the matter yet"


async def test_a_new_link_goes_only_to_the_accounts_own_address_and_names_counsel_once(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime
) -> None:
    assert policy.links is not None
    token = await sent_link(reviewed, policy, now)
    await counsel.name_counsel_by_link(reviewed, policy=policy, token=token, counsel=NEW_COUNSEL, now=now, trace_id="t")
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert not await counsel.send_new_link(reviewed, policy=policy, token=tampered, now=now, trace_id="t")
    assert await counsel.send_new_link(reviewed, policy=policy, token=token, now=now, trace_id="t")
    assert not await counsel.send_new_link(reviewed, policy=policy, token=token, now=now, trace_id="t"), "one an hour"
    [fresh] = of_kind(reviewed, NoticeKind.COUNSEL_LINK)
    [changed] = of_kind(reviewed, NoticeKind.COUNSEL_CHANGED)
    assert (fresh.recipient, fresh.handle, fresh.status) == (ROGUE, "ROGUE_NASA", NoticeStatus.PENDING)
    assert "You asked for a new link" in fresh.body_text and "names a lawyer once" in fresh.body_text
    later = now + timedelta(hours=2)
    sent = [m for m in await _dispatch(reviewed, policy, later) if str(m["To"]) == ROGUE]
    assert [m["Subject"] for m in sent] == [changed.subject, fresh.subject], "the change, then the new link"
    new_token = next(line for line in fresh.body_text.splitlines() if "/counsel/" in line).strip().rsplit("/", 1)[-1]
    assert new_token != token
    target = await counsel.counsel_link_target(reviewed, links=policy.links, token=new_token, now=later)
    assert target.notice_id == fresh.notice_id and target.handle == "ROGUE_NASA"
    await counsel.name_counsel_by_link(
        reviewed, policy=policy, token=new_token, counsel=MALLORY, now=later, trace_id="t"
    )
    with pytest.raises(LinkInvalid):
        await counsel.name_counsel_by_link(
            reviewed, policy=policy, token=new_token, counsel=NEW_COUNSEL, now=later, trace_id="t"
        )
    assert len(of_kind(reviewed, NoticeKind.COUNSEL_CHANGED)) == 2


async def _dispatch(uow: FakeUnitOfWork, policy: NoticePolicy, now: datetime) -> list[Any]:
    """Every notice due (a notice to a recipient waits for the earlier ones to them: several rounds)."""
    sender = FakeSender()
    while await Dispatcher(uow=uow, sender=sender, policy=policy, clock=lambda: now).dispatch_due():
        pass
    return list(sender.accepted)


async def test_every_unusable_link_costs_the_same_look_ups_and_fails_alike(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 12: a link not ours, tampered with, expired or used: one exception, one message,
    the same look-ups (nothing in the answer or its time tells them apart)."""
    assert policy.links is not None
    token = await sent_link(reviewed, policy, now)
    used_token = await sent_link(reviewed, policy, now, handle="ALT_USCIS")
    await counsel.name_counsel_by_link(
        reviewed, policy=policy, token=used_token, counsel=NEW_COUNSEL, now=now, trace_id="t"
    )
    calls: list[str] = []
    for repo, name in ((type(reviewed.notices), "get"), (type(reviewed.contacts), "link_used")):
        original = getattr(repo, name)

        def recording(self: Any, *args: Any, _original: Any = original, _name: str = name, **kwargs: Any) -> Any:
            calls.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(repo, name, recording)
    cases = {
        "not ours": ("not-a-token", now),
        "tampered": (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), now),
        "signed with another key": (
            CounselLinks(secret="x" * 32, base_url="https://x", ttl=timedelta(days=30)).token(uuid.uuid4(), now=now),
            now,
        ),
        "expired": (token, now + policy.links.ttl + timedelta(minutes=1)),
        "used": (used_token, now),
    }
    answers = {}
    for why, (link, when) in cases.items():
        calls.clear()
        with pytest.raises(LinkInvalid) as caught:
            await counsel.counsel_link_target(reviewed, links=policy.links, token=link, now=when)
        answers[why] = (str(caught.value), tuple(calls))
    assert len(set(answers.values())) == 1, answers
    assert answers["used"] == ("This link is not valid or has expired.", ("get", "link_used"))

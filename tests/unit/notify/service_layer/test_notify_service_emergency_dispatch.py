"""After an emergency disclosure, through the dispatcher (on fakes, a clock the test moves): nothing
reaches the user while the emergency lasts, EXACTLY ONE user notice goes once it has passed (and
never again, however often the dispatcher runs later), none goes while a court order recorded
meanwhile forbids it, and one goes when that order ends (issue 16, item 4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import review_actions
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.vocabulary import CounselAction, NondisclosureKind, NoticeRole, NoticeStatus
from tests.unit.notify.service_layer.emergency_support import STAFF, emergency_disclosed
from tests.unit.notify.service_layer.fakes import ALT, FakeSender, FakeUnitOfWork


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def user_notices_sent(uow: FakeUnitOfWork, sender: FakeSender) -> int:
    sent = [n for n in uow.store.notices.values() if n.role is NoticeRole.USER and n.status is NoticeStatus.SENT]
    assert len(sent) == len(sender.to(ALT)), "a sent user notice is one message to the user"
    return len(sent)


async def dispatch_at(uow: FakeUnitOfWork, sender: FakeSender, policy: NoticePolicy, at: datetime) -> None:
    await Dispatcher(uow=uow, sender=sender, policy=policy, clock=Clock(at)).dispatch_due()


async def test_exactly_one_user_notice_goes_and_only_after_the_emergency(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    ends = await emergency_disclosed(uow, policy, make_reviewed, event, now)
    sender = FakeSender()
    for during in (now + timedelta(hours=2), now + timedelta(days=30), ends - timedelta(minutes=1)):
        await dispatch_at(uow, sender, policy, during)
        assert user_notices_sent(uow, sender) == 0, f"nothing to the user during the emergency ({during})"
    await dispatch_at(uow, sender, policy, ends + timedelta(minutes=1))
    assert user_notices_sent(uow, sender) == 1
    (sent,) = [n for n in uow.store.notices.values() if n.role is NoticeRole.USER and n.status is NoticeStatus.SENT]
    assert sent.kind == "initial" and "we provided information in response to the demand" in sent.body_text
    for later in (ends + timedelta(hours=1), ends + timedelta(days=40), ends + timedelta(days=400)):
        await dispatch_at(uow, sender, policy, later)
    assert user_notices_sent(uow, sender) == 1, "never a second user notice"


async def test_no_user_notice_while_a_court_order_forbids_it_then_one_when_it_ends(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    ends = await emergency_disclosed(uow, policy, make_reviewed, event, now)
    order_ends = ends + timedelta(days=60)
    order = LegalProcessDecided(
        action=CounselAction.NDO_CHANGED,
        decided_by=STAFF,
        reason="2705(b) order served",
        decided_at=now + timedelta(days=5),
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=order_ends),
    )
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(order), policy=policy, now=now + timedelta(days=5)
    )
    sender = FakeSender()
    for during in (ends + timedelta(minutes=1), ends + timedelta(days=30), order_ends - timedelta(minutes=1)):
        await dispatch_at(uow, sender, policy, during)
        assert user_notices_sent(uow, sender) == 0, f"the order still forbids it ({during})"
    for after in (order_ends + timedelta(minutes=1), order_ends + timedelta(days=2), order_ends + timedelta(days=400)):
        await dispatch_at(uow, sender, policy, after)
    assert user_notices_sent(uow, sender) == 1, "the delayed notice goes once the order ends, once"


async def test_an_indefinite_court_order_withholds_it_for_good(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    ends = await emergency_disclosed(uow, policy, make_reviewed, event, now)
    order = LegalProcessDecided(
        action=CounselAction.NDO_CHANGED,
        decided_by=STAFF,
        reason="2705(b) order served",
        decided_at=now + timedelta(days=5),
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
    )
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(order), policy=policy, now=now + timedelta(days=5)
    )
    sender = FakeSender()
    for at in (ends + timedelta(minutes=1), ends + timedelta(days=400), ends + timedelta(days=3 * 365)):
        await dispatch_at(uow, sender, policy, at)
    assert user_notices_sent(uow, sender) == 0
    assert {n.status for n in uow.store.notices.values() if n.role is NoticeRole.USER} == {NoticeStatus.WITHHELD}

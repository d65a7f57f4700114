"""Counsel re-examines each gag still in force once a year, on its anniversary: owed when the
gag is recorded, sent by the dispatcher once, which owes the next year's in the same
transaction; new terms replace the chain; a gag released meanwhile is not re-examined (on fakes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import planning, review_actions
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.vocabulary import CounselAction, NondisclosureKind, NoticeStatus, UserNoticeAction
from tests.unit.notify.service_layer.fakes import FakeSender, FakeUnitOfWork

INDEFINITE = Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def reexaminations(uow: FakeUnitOfWork) -> list[tuple[str | None, NoticeStatus, datetime | None]]:
    return sorted((n.occasion, n.status, n.not_before) for n in uow.store.notices.values() if n.kind == "ndo-reexamine")


async def gagged(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> LegalProcessReviewed:
    reviewed = make_reviewed(
        nondisclosure=INDEFINITE, action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL, gag_reexamine_every_days=365
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(reviewed), now=now)
    return reviewed


async def test_once_a_year_for_as_long_as_the_gag_binds(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    reviewed = await gagged(uow, policy, make_reviewed, event, now)
    served = reviewed.served_at
    assert served is not None
    first = served + timedelta(days=365)
    assert reexaminations(uow) == [(f"v1:{first.date()}", NoticeStatus.SCHEDULED, first)]

    sender = FakeSender()
    clock = Clock(first - timedelta(minutes=1))
    dispatcher = Dispatcher(uow=uow, sender=sender, policy=policy, clock=clock)
    await dispatcher.dispatch_due()
    assert not [m for m in sender.accepted if "re-examination" in str(m["Subject"])], "not before its anniversary"
    clock.now = first + timedelta(minutes=1)
    for _ in range(3):  # polled again and again: sent once, the next owed once
        await dispatcher.dispatch_due()
    second = served + timedelta(days=730)
    assert reexaminations(uow) == [
        (f"v1:{first.date()}", NoticeStatus.SENT, first),
        (f"v1:{second.date()}", NoticeStatus.SCHEDULED, second),
    ]
    sent = [m for m in sender.accepted if "re-examination" in str(m["Subject"])]
    [told] = [n for n in uow.store.notices.values() if n.kind == "ndo-reexamine" and n.status is NoticeStatus.SENT]
    assert len(sent) == 1 and "for 1 year (since" in told.body_text


async def test_no_period_on_the_review_no_reexamination(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    """A reviewed event from before the rule book said how often (no ``gag_reexamine_every_days``)."""
    reviewed = make_reviewed(nondisclosure=INDEFINITE, action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL)
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(reviewed), now=now)
    assert reexaminations(uow) == []


async def test_new_terms_replace_the_chain_and_a_release_ends_it(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await gagged(uow, policy, make_reviewed, event, now)
    changed_at = now + timedelta(days=30)
    new_terms = LegalProcessDecided(
        action=CounselAction.NDO_CHANGED,
        decided_by="Counsel <counsel@dueprocess.test>",
        reason="The court extended the order indefinitely on the government's motion",
        decided_at=changed_at,
        nondisclosure=INDEFINITE,
    )
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(new_terms), policy=policy, now=changed_at
    )
    anniversary = changed_at + timedelta(days=365)
    chain = reexaminations(uow)
    assert [status for _, status, _ in chain if status is not NoticeStatus.CANCELLED] == [NoticeStatus.SCHEDULED]
    assert (f"v2:{anniversary.date()}", NoticeStatus.SCHEDULED, anniversary) in chain
    assert all(o.startswith("v1:") for o, s, _ in chain if s is NoticeStatus.CANCELLED and o)

    released = LegalProcessDecided(
        action=CounselAction.RELEASE_NOTICE,
        decided_by="Counsel <counsel@dueprocess.test>",
        reason="The court vacated the order",
        decided_at=changed_at + timedelta(days=1),
    )
    await review_actions.apply_decision(
        uow, consumer="notify.decided", event=event(released), policy=policy, now=changed_at + timedelta(days=1)
    )
    cancelled_at_release = [s for o, s, _ in reexaminations(uow) if o and o.startswith("v2:")]
    assert cancelled_at_release == [NoticeStatus.CANCELLED]
    sender = FakeSender()
    await Dispatcher(
        uow=uow, sender=sender, policy=policy, clock=Clock(anniversary + timedelta(hours=1))
    ).dispatch_due()
    assert not [m for m in sender.accepted if "re-examination" in str(m["Subject"])]
    assert [s for o, s, _ in reexaminations(uow) if o and o.startswith("v2:")] == [NoticeStatus.CANCELLED]

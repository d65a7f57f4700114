"""Staff actions on fakes: the user's and their counsel's owed notices move with the gag, a new
return date is said in every notice still owed and owes an update, each action applies once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.service_layer import planning, review_actions
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.vocabulary import CounselAction, NondisclosureKind, NoticeStatus
from tests.unit.notify.service_layer.fakes import FakeUnitOfWork

COUNSEL = "Counsel <counsel@dueprocess.test>"


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


def user_side(uow: FakeUnitOfWork, kind: str = "initial") -> set[NoticeStatus]:
    return {n.status for n in uow.store.notices.values() if n.user_side and n.kind == kind}


async def test_an_order_issued_withholds_the_owed_notices_and_its_lifting_releases_them(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    def ndo(terms: Nondisclosure, at: datetime) -> Envelope[Any]:
        return event(
            LegalProcessDecided(
                action=CounselAction.NDO_CHANGED, decided_by=COUNSEL, reason="order", decided_at=at, nondisclosure=terms
            )
        )

    issued = ndo(Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None), now)
    moved = await review_actions.apply_decision(
        reviewed, consumer="notify.decided", event=issued, policy=policy, now=now
    )
    assert moved >= 3 and user_side(reviewed) == {NoticeStatus.WITHHELD}
    assert [n.kind for n in reviewed.store.notices.values() if not n.user_side] == ["ndo-flag"]
    later = now + timedelta(days=10)
    lifted = ndo(Nondisclosure(present=False), later)
    await review_actions.apply_decision(reviewed, consumer="notify.decided", event=lifted, policy=policy, now=later)
    assert user_side(reviewed) == {NoticeStatus.PENDING}
    assert [c.change for c in reviewed.store.gag_history[issued.case_id]] == ["REVIEWED", "ISSUED", "LIFTED"]
    again = await review_actions.apply_decision(
        reviewed, consumer="notify.decided", event=lifted, policy=policy, now=later
    )
    assert again == 0 and len(reviewed.store.gag_history[issued.case_id]) == 3, "applied once"


async def test_a_new_return_date_is_said_in_every_owed_notice_and_owes_an_update(
    reviewed: FakeUnitOfWork, policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    before = {n.notice_id: n.body_text for n in reviewed.store.notices.values()}
    new_date = now + timedelta(days=21)
    moved = event(
        LegalProcessDecided(
            action=CounselAction.RETURN_DATE_MOVED,
            decided_by=COUNSEL,
            reason="extension granted",
            decided_at=now,
            return_by=new_date,
        )
    )
    owed = await review_actions.apply_decision(reviewed, consumer="notify.decided", event=moved, policy=policy, now=now)
    assert owed == 3 and user_side(reviewed, "update") == {NoticeStatus.PENDING}
    assert all(reviewed.store.notices[i].body_text != text for i, text in before.items()), "worded again"
    updates = [n for n in reviewed.store.notices.values() if n.kind == "update"]
    assert {n.occasion for n in updates} == {str(moved.event_id)}
    assert all(n.context and n.context["update"]["return_by"] == new_date.isoformat() for n in updates)
    assert (await reviewed.matters.review_of(moved.case_id)).return_by == new_date  # type: ignore[union-attr]

"""After an emergency disclosure, the user is told once, after the emergency: the staff actions
taken meanwhile (the decision, the disclosure) are said in that one notice rather than owing
updates of their own; a court order recorded meanwhile still withholds it (on fakes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import review_actions
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed, Nondisclosure
from shared.vocabulary import (
    CounselAction,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
)
from tests.unit.notify.service_layer.emergency_support import STAFF, emergency_disclosed
from tests.unit.notify.service_layer.fakes import FakeUnitOfWork


async def test_one_user_notice_after_the_emergency_saying_what_was_disclosed(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    ends = await emergency_disclosed(uow, policy, make_reviewed, event, now)
    to_user = [n for n in uow.store.notices.values() if n.role is NoticeRole.USER]
    assert [(n.kind, n.status, n.not_before) for n in to_user] == [("initial", NoticeStatus.SCHEDULED, ends)]
    body = to_user[0].body_text
    assert "WHAT HAS HAPPENED SO FAR" in body and "we provided information in response to the demand" in body
    user_side = [n for n in uow.store.notices.values() if n.user_side]
    assert all(n.kind == "initial" for n in user_side), "no update notice of its own"


async def test_a_court_order_recorded_meanwhile_still_withholds_it(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> None:
    await emergency_disclosed(uow, policy, make_reviewed, event, now)
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
    user_side = [n for n in uow.store.notices.values() if n.user_side]
    assert {n.status for n in user_side} == {NoticeStatus.WITHHELD}

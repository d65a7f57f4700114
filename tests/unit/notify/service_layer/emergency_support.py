"""The emergency disclosure the notify service-layer tests start from (on fakes): an emergency
request reviewed NOTIFY_AFTER its 90 days, accepted, then disclosed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.service_layer import planning, review_actions
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed
from shared.vocabulary import CounselAction, DataCategory, Disposition, ProcessType, UserNoticeAction
from tests.unit.notify.service_layer.fakes import FakeUnitOfWork

STAFF = "Legal Ops <ops@dueprocess.test>"


async def emergency_disclosed(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> datetime:
    ends = now + timedelta(days=90)
    reviewed = make_reviewed(
        targets=["ALT_USCIS"],
        action=UserNoticeAction.NOTIFY_AFTER,
        not_before=ends,
        process_type=ProcessType.EMERGENCY_REQUEST,
        statute="18 U.S.C. § 2702(b)(8)",
    )
    await planning.plan_from_review(uow, policy=policy, consumer="notify.reviewed", event=event(reviewed), now=now)
    for action, at in (
        (CounselAction.DECIDE, now + timedelta(minutes=30)),
        (CounselAction.PRODUCTION_MADE, now + timedelta(hours=1)),
    ):
        decided = LegalProcessDecided(
            action=action,
            decided_by=STAFF,
            reason="Disclosed to the duty agent" if action is CounselAction.PRODUCTION_MADE else "Accepted",
            decided_at=at,
            disposition=Disposition.COMPLY if action is CounselAction.DECIDE else None,
            produced=[DataCategory.BASIC_SUBSCRIBER] if action is CounselAction.PRODUCTION_MADE else [],
        )
        await review_actions.apply_decision(uow, consumer="notify.decided", event=event(decided), policy=policy, now=at)
    return ends

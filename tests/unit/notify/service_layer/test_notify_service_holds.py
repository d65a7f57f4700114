"""Preservation holds on fakes: each change mailed to every data steward with a signed link; an
acknowledgement (once) cancels the steward's reminder and legal ops' escalation; a link that is
not ours, of another kind, or of a notice not sent acknowledges nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from services.notify.domain.holds import HoldLinks, StewardPolicy
from services.notify.domain.links import CounselLinks, LinkInvalid
from services.notify.service_layer import holds
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, LegalHoldChanged
from shared.vocabulary import DataCategory, NoticeStatus
from tests.unit.notify.service_layer.fakes import LEGAL_OPS, FakeUnitOfWork

STEWARDS = ("records-team@platform.test", "backups@platform.test")
LINKS = HoldLinks(secret="h" * 32, base_url="https://notify.dueprocess.test", ttl=timedelta(days=30))


@pytest.fixture
def hold_policy(policy: NoticePolicy) -> NoticePolicy:
    return replace(policy, stewards=StewardPolicy(stewards=STEWARDS), hold_links=LINKS)


def placed(now: datetime) -> LegalHoldChanged:
    return LegalHoldChanged(
        hold_id=uuid.uuid4(),
        change="PLACED",
        sequence=1,
        accounts=["harbor_freight_fan"],
        data_categories=[DataCategory.STORED_CONTENT],
        records_as_of=now,
        expires_at=now + timedelta(days=90),
        extended=False,
        changed_at=now,
    )


def of_kind(uow: FakeUnitOfWork, kind: str) -> list[Any]:
    return sorted((n for n in uow.store.notices.values() if n.kind == kind), key=lambda n: n.recipient)


async def send_all(uow: FakeUnitOfWork, at: datetime) -> None:
    async with uow:
        for n in of_kind(uow, "hold-steward"):
            await uow.deliveries.mark_sent(notice_id=n.notice_id, message_id=f"<{n.notice_id}>", sent_at=at)


def token_in(body: str) -> str:
    return body.split("/holds/", 1)[1].split()[0]


async def test_each_steward_is_mailed_with_a_link_a_reminder_and_an_escalation(
    uow: FakeUnitOfWork, hold_policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    hold = placed(now)
    added = await holds.mail_stewards(uow, policy=hold_policy, consumer="notify.legal-hold", event=event(hold), now=now)
    assert added == 6
    mailed = of_kind(uow, "hold-steward")
    assert [n.recipient for n in mailed] == sorted(STEWARDS) and {n.status for n in mailed} == {NoticeStatus.PENDING}
    assert "harbor_freight_fan" in mailed[0].body_text and "STORED_CONTENT" in mailed[0].body_text
    assert "https://notify.dueprocess.test/holds/" in mailed[0].body_text
    reminders, escalations = of_kind(uow, "hold-steward-reminder"), of_kind(uow, "hold-escalation")
    assert {(n.status, n.not_before) for n in reminders} == {(NoticeStatus.SCHEDULED, now + timedelta(days=2))}
    assert {n.recipient for n in escalations} == {LEGAL_OPS}
    assert {n.not_before for n in escalations} == {now + timedelta(days=4)}
    again = await holds.mail_stewards(uow, policy=hold_policy, consumer="notify.legal-hold", event=event(hold), now=now)
    assert again == 0, "the same change is mailed once"


async def test_acknowledging_cancels_that_stewards_reminder_and_escalation_only_once(
    uow: FakeUnitOfWork, hold_policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    hold = placed(now)
    await holds.mail_stewards(uow, policy=hold_policy, consumer="notify.legal-hold", event=event(hold), now=now)
    await send_all(uow, now)
    backups = of_kind(uow, "hold-steward")[0]
    token = token_in(backups.body_text)
    done = await holds.acknowledge_hold(uow, links=LINKS, token=token, now=now + timedelta(hours=3))
    assert done.first and done.hold_id == hold.hold_id and done.steward == backups.recipient
    reminders = {n.recipient: n.status for n in of_kind(uow, "hold-steward-reminder")}
    assert reminders == {
        "backups@platform.test": NoticeStatus.CANCELLED,
        "records-team@platform.test": NoticeStatus.SCHEDULED,
    }
    assert sorted(n.status for n in of_kind(uow, "hold-escalation")) == [NoticeStatus.CANCELLED, NoticeStatus.SCHEDULED]
    twice = await holds.acknowledge_hold(uow, links=LINKS, token=token, now=now + timedelta(hours=4))
    assert not twice.first


async def test_links_that_acknowledge_nothing(
    uow: FakeUnitOfWork, hold_policy: NoticePolicy, event: Callable[..., Envelope[Any]], now: datetime
) -> None:
    await holds.mail_stewards(uow, policy=hold_policy, consumer="notify.legal-hold", event=event(placed(now)), now=now)
    unsent = token_in(of_kind(uow, "hold-steward")[0].body_text)
    with pytest.raises(LinkInvalid):
        await holds.acknowledge_hold(uow, links=LINKS, token=unsent, now=now)
    await send_all(uow, now)
    counsel_token = CounselLinks(secret="h" * 32, base_url="x", ttl=timedelta(days=30)).token(
        of_kind(uow, "hold-steward")[0].notice_id, now=now
    )
    with pytest.raises(LinkInvalid):
        await holds.acknowledge_hold(uow, links=LINKS, token=counsel_token, now=now)
    with pytest.raises(LinkInvalid):
        await holds.acknowledge_hold(uow, links=LINKS, token=unsent, now=now + timedelta(days=31))
    assert {n.status for n in of_kind(uow, "hold-steward-reminder")} == {NoticeStatus.SCHEDULED}

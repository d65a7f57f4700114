"""A held case dismissed in intake's triage as not legal process stops reminding legal ops, on a
real PostgreSQL with a real SMTP receiver and the test clock: ``legal-process.dismissed`` cancels
the triage reminders still owed (CANCELLED, published as such, never sent), once however often it
is delivered; a reminder the dispatcher is sending stays SENT; and a held event that comes after
the dismissal (another topic) owes nothing."""

from __future__ import annotations

import asyncio
import uuid

import asyncpg
import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.service_layer import services
from shared.contracts import Envelope, LegalProcessDismissed, envelope
from tests.integration.notify_support import COUNSEL, LEGAL_OPS, Notify
from tests.integration.triage_support import (
    HeldSender,
    held_event,
    hold,
    mail_of,
    planned_events,
    reminders,
)

pytestmark = pytest.mark.integration
CONSUMER = "notify.dismissed"


def dismissed_event(case_id: uuid.UUID, notify: Notify) -> Envelope[LegalProcessDismissed]:
    payload = LegalProcessDismissed(dismissed_by="Lee Ops <lee@example.org>", dismissed_at=notify.clock())
    return envelope(payload, case_id=case_id, trace_id="trace-dismissed", producer="intake")


async def dismiss(notify: Notify, event: Envelope[LegalProcessDismissed]) -> int:
    return await services.cancel_triage_on_dismissal(
        pool=notify.pool, consumer=CONSUMER, event=event, now=notify.clock()
    )


async def attempts_of_reminders(pool: asyncpg.Pool) -> int:
    return await pool.fetchval(
        "SELECT count(*) FROM notify.delivery_attempts a JOIN notify.notices n"
        " USING (notice_id) WHERE n.kind = 'triage-reminder'"
    )


async def test_a_dismissed_emergency_is_never_reminded_and_a_redelivery_changes_nothing(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    assert await hold(notify, held_event(case_id)) == 3  # the alert and two reminders (legal ops, counsel)
    assert await notify.dispatch() == 1  # the alert, at once
    [alert] = mail_of(sink, case_id)

    notify.clock.advance(minutes=5)  # legal ops find it is spam and dismiss it
    event = dismissed_event(case_id, notify)
    assert await dismiss(notify, event) == 2
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]
    cancelled = sorted(e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED")
    assert cancelled == [("triage-reminder", COUNSEL, "CANCELLED"), ("triage-reminder", LEGAL_OPS, "CANCELLED")]
    assert ("triage-alert", "INTERNAL_COUNSEL", LEGAL_OPS, "SENT") in await notify.statuses(case_id)

    # Delivered twice (the inbox), then republished under a new event id: nothing more happens.
    assert await dismiss(notify, event) == 0
    assert await dismiss(notify, event.model_copy(update={"event_id": uuid.uuid4()})) == 0
    assert len([e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED"]) == 2
    assert await notify.pool.fetchval("SELECT count(*) FROM notify.triage_dismissals") == 1

    notify.clock.advance(hours=25)  # long past when either reminder was due
    assert await notify.dispatch() == 0
    assert [m["Message-ID"] for m in mail_of(sink, case_id)] == [alert["Message-ID"]]
    assert await attempts_of_reminders(notify.pool) == 0
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]


async def test_a_dismissal_only_touches_its_own_case(notify: Notify, sink: SmtpSink) -> None:
    dismissed, waiting = uuid.uuid4(), uuid.uuid4()
    await hold(notify, held_event(dismissed, emergency=False))
    await hold(notify, held_event(waiting, emergency=False))
    assert await dismiss(notify, dismissed_event(dismissed, notify)) == 1
    notify.clock.advance(hours=24, minutes=1)
    assert await notify.dispatch() == 3  # both alerts, and the other case's reminder
    assert reminders(await notify.statuses(dismissed)) == [(LEGAL_OPS, "CANCELLED")]
    assert reminders(await notify.statuses(waiting)) == [(LEGAL_OPS, "SENT")]
    assert len(mail_of(sink, waiting)) == 2 and len(mail_of(sink, dismissed)) == 1


async def test_a_held_event_that_comes_after_the_dismissal_owes_nothing(notify: Notify, sink: SmtpSink) -> None:
    """``held`` and ``dismissed`` are different topics: notify may see the dismissal first."""
    case_id = uuid.uuid4()
    assert await dismiss(notify, dismissed_event(case_id, notify)) == 0  # nothing owed yet
    assert await hold(notify, held_event(case_id)) == 0
    assert await notify.statuses(case_id) == []
    notify.clock.advance(hours=25)
    assert await notify.dispatch() == 0
    assert mail_of(sink, case_id) == []


async def test_a_dismissal_racing_the_dispatcher_sending_the_reminder_waits_and_leaves_it_sent(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    await hold(notify, held_event(case_id, emergency=False))
    assert await notify.dispatch() == 1
    notify.clock.advance(hours=24)
    sender = HeldSender(sink.url)
    dispatcher = services.NoticeDispatcher(pool=notify.pool, sender=sender, policy=notify.policy, clock=notify.clock)
    sending = asyncio.create_task(dispatcher.dispatch_due())
    await asyncio.wait_for(sender.sending.wait(), 10)  # the reminder is locked and being sent
    dismissal = asyncio.create_task(dismiss(notify, dismissed_event(case_id, notify)))
    await asyncio.sleep(0.5)
    assert not dismissal.done(), "the dismissal waits for the dispatcher's batch"
    sender.release.set()
    assert await asyncio.wait_for(sending, 10) == 1
    assert await asyncio.wait_for(dismissal, 10) == 0  # nothing left to cancel
    assert reminders(await notify.statuses(case_id)) == [(LEGAL_OPS, "SENT")]
    assert not [e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED"]
    assert len(mail_of(sink, case_id)) == 2
    await sender.close()

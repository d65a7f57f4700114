"""A held case nobody confirms reminds legal ops (and for an emergency counsel too), on a real
PostgreSQL with a real SMTP receiver and the test clock: the reminders are owed with the triage
alert, SCHEDULED for when the case should have been confirmed (the emergency SLA after the
alert, else legal ops'); the case's review (every confirmed case is reviewed) cancels those
still owed in its own transaction, so the dispatcher never sends one for a case reviewed before
it was due. One reminder per case and recipient; a redelivered held event plans nothing more."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.service_layer import services
from tests.integration.notify_support import COUNSEL, LEGAL_OPS, Notify, reviewed
from tests.integration.triage_support import (
    CASE_URL,
    RECEIVED,
    UNKNOWN_TARGET,
    HeldSender,
    held_event,
    hold,
    mail_of,
    planned_events,
    reminders,
)

pytestmark = pytest.mark.integration


async def test_an_emergency_reviewed_before_its_reminder_is_due_is_never_reminded(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    assert await hold(notify, held_event(case_id)) == 3  # the alert and two reminders
    assert await notify.statuses(case_id) == [
        ("triage-alert", "INTERNAL_COUNSEL", LEGAL_OPS, "PENDING"),
        ("triage-reminder", "INTERNAL_COUNSEL", COUNSEL, "SCHEDULED"),
        ("triage-reminder", "INTERNAL_COUNSEL", LEGAL_OPS, "SCHEDULED"),
    ]
    due = await notify.pool.fetch("SELECT not_before FROM notify.notices WHERE kind = 'triage-reminder'")
    assert {r["not_before"] for r in due} == {RECEIVED + timedelta(minutes=15)}  # from the arrival
    assert await notify.dispatch() == 1  # the alert, at once
    [alert] = mail_of(sink, case_id)
    assert alert["To"] == LEGAL_OPS and alert["Subject"].startswith("EMERGENCY:")

    notify.clock.advance(minutes=10)  # legal ops confirm it; review reviews it
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]
    assert sorted(e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED") == [
        ("triage-reminder", COUNSEL, "CANCELLED"),
        ("triage-reminder", LEGAL_OPS, "CANCELLED"),
    ]

    notify.clock.advance(hours=1)  # well past when the reminders were due
    assert await notify.dispatch() == 0
    assert [m["Message-ID"] for m in mail_of(sink, case_id)] == [alert["Message-ID"]]
    assert (
        await notify.pool.fetchval(
            "SELECT count(*) FROM notify.delivery_attempts a JOIN notify.notices n USING (notice_id)"
            " WHERE n.kind = 'triage-reminder'"
        )
        == 0
    )
    # The review again (a redelivery under a new event id) changes nothing.
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]


async def test_a_review_that_comes_after_the_due_time_but_before_the_dispatcher_still_cancels(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    await hold(notify, held_event(case_id))
    notify.clock.advance(minutes=20)  # due, not yet dispatched (the dispatcher was down)
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    assert await notify.dispatch() == 1  # the alert only
    assert [m["Subject"].split(" - ")[0] for m in mail_of(sink, case_id)] == [
        "EMERGENCY: a legal-process e-mail waits for triage"
    ]
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]


async def test_an_unconfirmed_emergency_reminds_legal_ops_and_counsel_when_its_sla_is_up(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    await hold(notify, held_event(case_id))
    assert await notify.dispatch() == 1
    notify.clock.advance(minutes=13, seconds=59)  # it arrived a minute before the alert
    assert await notify.dispatch() == 0
    notify.clock.advance(seconds=1)
    assert await notify.dispatch() == 2
    reminded = [m for m in mail_of(sink, case_id) if "still not confirmed" in m["Subject"]]
    assert sorted(m["To"] for m in reminded) == [COUNSEL, LEGAL_OPS]
    for message in reminded:
        assert message["Subject"] == (
            f"EMERGENCY: still not confirmed after 15 minutes - a legal-process e-mail "
            f"waits for triage - case {case_id}"
        )
        body = message.get_body(("plain",)).get_content()
        assert CASE_URL.format(case_id) in body and "must be confirmed at once" in body
        assert ("You receive this as counsel" in body) is (message["To"] == COUNSEL)
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "SENT"), (LEGAL_OPS, "SENT")]
    # A review that comes after they went leaves them as they are: sent.
    notify.clock.advance(minutes=5)
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "SENT"), (LEGAL_OPS, "SENT")]
    assert not [e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED"]
    assert await notify.dispatch() == 0


async def test_a_demand_that_is_no_emergency_reminds_legal_ops_alone_after_a_day(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    assert await hold(notify, held_event(case_id, emergency=False)) == 2
    assert await notify.dispatch() == 1
    notify.clock.advance(hours=23, minutes=58, seconds=59)  # it arrived a minute before the alert
    assert await notify.dispatch() == 0
    notify.clock.advance(seconds=1)
    assert await notify.dispatch() == 1
    alert, reminder = mail_of(sink, case_id)
    assert alert["To"] == reminder["To"] == LEGAL_OPS
    assert reminder["Subject"] == (f"Reminder: a legal-process e-mail has waited 24 hours for triage - case {case_id}")
    assert CASE_URL.format(case_id) in reminder.get_body(("plain",)).get_content()


async def test_one_reminder_per_case_and_recipient_however_often_the_held_event_comes(
    notify: Notify, sink: SmtpSink
) -> None:
    case_id = uuid.uuid4()
    event = held_event(case_id)
    republished = event.model_copy(update={"event_id": uuid.uuid4()})
    notify.clock.advance(minutes=1)
    assert [await hold(notify, e) for e in (event, event)] == [3, 0]  # redelivered: the inbox
    notify.clock.advance(minutes=3)
    assert await hold(notify, republished) == 0  # republished: the notice keys
    assert len(reminders(await notify.statuses(case_id))) == 2
    due = await notify.pool.fetch("SELECT not_before FROM notify.notices WHERE kind = 'triage-reminder'")
    assert {r["not_before"] for r in due} == {RECEIVED + timedelta(minutes=15)}  # from the arrival, once
    assert [e[0] for e in await planned_events(notify.pool, case_id)] == [
        "triage-alert",
        "triage-reminder",
        "triage-reminder",
    ]
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    # Republished once more after the review: nothing is owed again.
    assert await hold(notify, republished.model_copy(update={"event_id": uuid.uuid4()})) == 0
    assert reminders(await notify.statuses(case_id)) == [(COUNSEL, "CANCELLED"), (LEGAL_OPS, "CANCELLED")]


async def test_a_held_event_that_comes_after_the_review_owes_no_reminder(notify: Notify, sink: SmtpSink) -> None:
    """``held`` and ``reviewed`` are different topics: notify may see the review first."""
    case_id = uuid.uuid4()
    await notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id)
    assert await hold(notify, held_event(case_id)) == 1  # the alert alone
    assert reminders(await notify.statuses(case_id)) == []
    notify.clock.advance(hours=25)
    assert await notify.dispatch() == 1


async def test_a_review_racing_the_dispatcher_sending_the_reminder_waits_and_leaves_it_sent(
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
    review = asyncio.create_task(notify.review(reviewed(targets=[UNKNOWN_TARGET]), case_id=case_id))
    await asyncio.sleep(0.5)
    assert not review.done(), "the review waits for the dispatcher's batch"
    sender.release.set()
    assert await asyncio.wait_for(sending, 10) == 1
    await asyncio.wait_for(review, 10)
    assert reminders(await notify.statuses(case_id)) == [(LEGAL_OPS, "SENT")]
    assert not [e for e in await planned_events(notify.pool, case_id) if e[2] == "CANCELLED"]
    assert len(mail_of(sink, case_id)) == 2
    await sender.close()

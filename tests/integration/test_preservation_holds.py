"""Preservation holds (18 U.S.C. § 2703(f)) on real PostgreSQL and Apache Kafka, with the test
clock: review's own use cases (the ones its Kafka consumer and timer loop call) place, remind,
extend, release and convert holds; the outbox relay publishes them on ``legal-hold.v1``, which a
plain Kafka consumer reads back, keyed by the hold so one hold's changes stay in order."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any, cast

import asyncpg
import httpx
import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.domain.holds import HoldLinks, StewardPolicy
from services.notify.entrypoints import consumers as notify_consumers
from services.notify.entrypoints.http import create_app as notify_app
from services.notify.service_layer.services import NotifyServices
from services.review.domain.assessment import load_rule_book
from services.review.service_layer import holds, services
from shared.contracts import Envelope, LegalHoldChanged, LegalProcessCase, LegalProcessReceived, Topics, envelope
from shared.kafka import ensure_topics, make_broker, relay_publisher
from shared.outbox import OutboxRelay, open_value
from shared.settings import Settings
from shared.vocabulary import CounselAction, DataCategory, Disposition
from tests.conftest import KafkaUnderTest, open_event_json, read_topic
from tests.integration import notify_support
from tests.integration.notify_support import LEGAL_OPS, LINK_SECRET, Notify, text, to
from tests.integration.review_support import POLICY, T0, Clock, load_demo_accounts, receive

pytestmark = pytest.mark.integration

HOLD_POLICY = holds.hold_policy(load_rule_book())
FBI = {"name": "Federal Bureau of Investigation", "kind": "FEDERAL", "country": "US", "verified": True}


def demand(process: str, text: str, *, agent: str = "agent@fbi.gov", **fields: Any) -> LegalProcessCase:
    return LegalProcessCase.model_validate(
        {
            "process_type": process,
            "requester": {**FBI, "email": agent},
            "targets": ["harbor_freight_fan"],
            "data_categories": ["STORED_CONTENT", "BASIC_SUBSCRIBER", "REALTIME_CONTENT"],
            "case_number": "1:26-mj-00042",
            "raw_text": text,
            **fields,
        }
    )


PRESERVE = "Pursuant to 18 U.S.C. 2703(f), preserve all records of the account pending issuance of legal process."
RENEW = "Under 18 U.S.C. 2703(f)(2) we ask you to extend the preservation for an additional 90 day period."


async def publish(pool: asyncpg.Pool, kafka: KafkaUnderTest, prefix: str) -> None:
    broker = make_broker(Settings(kafka_bootstrap=kafka.bootstrap, kafka_idempotence=kafka.idempotence), client_id="t")
    await broker.start()
    try:
        relay = OutboxRelay(pool=pool, schema="review", publish=relay_publisher(broker, prefix=prefix))
        while await relay.publish_pending():
            pass
    finally:
        await broker.stop()


async def hold_events(kafka: KafkaUnderTest, prefix: str) -> list[tuple[str, Envelope[LegalHoldChanged]]]:
    records = sorted(await read_topic(kafka, prefix + Topics.LEGAL_HOLDS), key=lambda r: (r.partition, r.offset))
    return [(r.key.decode(), Envelope[LegalHoldChanged].model_validate_json(r.value)) for r in records]


async def reminders(pool: asyncpg.Pool, case_id: uuid.UUID) -> list[dict[str, Any]]:
    """The LEGAL_OPS alerts staged on the case (their wording, sealed on the topic, is the
    domain's: tests/unit/review/test_holds.py)."""
    rows = await pool.fetch(
        "SELECT event_id, value FROM review.outbox WHERE key = $1 AND topic = $2 ORDER BY id",
        str(case_id),
        Topics.ESCALATED,
    )
    payloads = [
        open_event_json(await open_value(pool, schema="review", event_id=r["event_id"], value=r["value"]))["payload"]
        for r in rows
    ]
    return [p for p in payloads if p["tier"] == "LEGAL_OPS"]


async def fire(pool: asyncpg.Pool, clock: Clock) -> int:
    return await holds.fire_due_hold_timers(
        pool=pool, policy=HOLD_POLICY, clock=clock
    ) + await services.fire_due_timers(pool=pool, policy=POLICY, clock=clock)


async def test_a_hold_is_placed_reminded_extended_once_and_released_at_expiry(
    pool: asyncpg.Pool, kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    await ensure_topics(kafka.bootstrap, partitions=3, prefix=topic_prefix)
    await load_demo_accounts(pool)
    clock = Clock()
    placed_by = await receive(pool, clock, demand("PRESERVATION_REQUEST", PRESERVE, served_at=T0.isoformat()))
    await publish(pool, kafka, topic_prefix)
    ((key, placed),) = await hold_events(kafka, topic_prefix)
    hold = placed.payload
    assert key == str(hold.hold_id) and placed.case_id == placed_by
    assert hold.change == "PLACED" and hold.accounts == ["harbor_freight_fan"]
    assert set(hold.data_categories) == {"STORED_CONTENT", "BASIC_SUBSCRIBER"}, "prospective preservation refused"
    assert hold.records_as_of == T0 and hold.expires_at == T0 + timedelta(days=90) and not hold.extended
    (shown,) = (await services.case_state(pool=pool, case_id=placed_by))["holds"]
    assert [t["kind"] for t in shown["pending_timers"]] == ["REMIND", "REMIND", "EXPIRE"]

    clock.advance(days=75)
    await fire(pool, clock)
    assert await reminders(pool, placed_by) == []
    clock.advance(days=1)
    await fire(pool, clock)
    assert len(await reminders(pool, placed_by)) == 1, "legal ops are alerted 14 days before the expiry"

    clock.advance(days=4)  # day 80: the renewed request, from another agent of the same agency
    renewal = await receive(
        pool, clock, demand("PRESERVATION_REQUEST", RENEW, agent="second.agent@fbi.gov", served_at=clock().isoformat())
    )
    clock.advance(days=10)  # day 90: the first term's expiry passes without a release
    await fire(pool, clock)
    await publish(pool, kafka, topic_prefix)
    changes = [
        (e.payload.change, e.payload.sequence, e.payload.expires_at) for _, e in await hold_events(kafka, topic_prefix)
    ]
    assert changes == [("PLACED", 1, T0 + timedelta(days=90)), ("EXTENDED", 2, T0 + timedelta(days=180))]
    assert (await services.case_state(pool=pool, case_id=renewal))["holds"][0]["hold_id"] == str(hold.hold_id), (
        "the renewal is matched to the hold, not a new one"
    )

    clock.advance(days=10)  # day 100: a second renewal extends nothing, and legal ops are told so
    second = await receive(pool, clock, demand("PRESERVATION_REQUEST", RENEW, served_at=clock().isoformat()))
    assert len(await reminders(pool, second)) == 1
    assert (await services.case_state(pool=pool, case_id=second))["holds"] == []
    clock.advance(days=76)  # day 176: 3 days before the extended expiry (177) is still ahead
    await fire(pool, clock)
    clock.advance(days=1)
    await fire(pool, clock)
    assert len(await reminders(pool, renewal)) == 2, "14 and 3 days before the extended term ends"
    clock.advance(days=3)
    await fire(pool, clock)
    await publish(pool, kafka, topic_prefix)
    events = await hold_events(kafka, topic_prefix)
    assert {k for k, _ in events} == {str(hold.hold_id)}
    assert [(e.payload.change, e.payload.release_reason) for _, e in events][-1] == ("RELEASED", "EXPIRED")
    assert events[-1][1].payload.changed_at == T0 + timedelta(days=180)

    clock.advance(days=1)  # a third letter after the release opens a new hold
    await receive(pool, clock, demand("PRESERVATION_REQUEST", RENEW, served_at=clock().isoformat()))
    await publish(pool, kafka, topic_prefix)
    (new,) = [e for k, e in await hold_events(kafka, topic_prefix) if k != str(hold.hold_id)]
    assert new.payload.change == "PLACED" and new.payload.sequence == 1


async def test_a_preservation_request_whose_term_has_run_places_no_hold(
    pool: asyncpg.Pool, kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    """Reviewed 120 days after its receipt (a late triage, a replayed event), the request's 90 days
    (18 U.S.C. § 2703(f)(2)) have run: SCA_PRESERVE_EXPIRED, REQUEST_INFO, and no hold is placed."""
    await ensure_topics(kafka.bootstrap, partitions=3, prefix=topic_prefix)
    await load_demo_accounts(pool)
    clock = Clock()
    received_at = clock()
    clock.advance(days=120)
    case_id = uuid.uuid4()
    event = envelope(
        LegalProcessReceived(
            channel="api",
            received_at=received_at,
            case=demand("PRESERVATION_REQUEST", PRESERVE, served_at=received_at.isoformat()),
        ),
        case_id=case_id,
        trace_id="t",
        producer="test",
    )
    review = await services.review_received(
        pool=pool, rule_book=load_rule_book(), policy=POLICY, consumer="review.received", event=event, clock=clock
    )
    assert review is not None and "SCA_PRESERVE_EXPIRED" in {f.code for f in review.findings}
    assert review.disposition is Disposition.REQUEST_INFO
    assert (await services.case_state(pool=pool, case_id=case_id))["holds"] == []
    assert await pool.fetchval("SELECT count(*) FROM review.holds") == 0
    await publish(pool, kafka, topic_prefix)
    assert await hold_events(kafka, topic_prefix) == []
    # the same letter reviewed on receipt opens one
    fresh = await receive(pool, clock, demand("PRESERVATION_REQUEST", PRESERVE, served_at=clock().isoformat()))
    await publish(pool, kafka, topic_prefix)
    ((_, placed),) = await hold_events(kafka, topic_prefix)
    assert placed.case_id == fresh and placed.payload.change == "PLACED"


async def test_a_warrant_from_the_same_agency_converts_the_hold_until_its_case_is_closed(
    pool: asyncpg.Pool, kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    await ensure_topics(kafka.bootstrap, partitions=3, prefix=topic_prefix)
    await load_demo_accounts(pool)
    clock = Clock()
    await receive(pool, clock, demand("PRESERVATION_REQUEST", PRESERVE, served_at=T0.isoformat()))
    clock.advance(days=20)
    # Another agency's warrant for the same account leaves the FBI's hold alone.
    await receive(
        pool,
        clock,
        demand(
            "SEARCH_WARRANT",
            "Search and seizure warrant.",
            data_categories=["STORED_CONTENT"],
            agent="agent@dea.gov",
            issuing_court="E.D. Va.",
            date_range={"start": "2026-01-01", "end": "2026-02-01"},
            served_at=clock().isoformat(),
            return_by=(clock() + timedelta(days=14)).isoformat(),
        ),
    )
    warrant = await receive(
        pool,
        clock,
        demand(
            "SEARCH_WARRANT",
            "Search and seizure warrant.",
            data_categories=["STORED_CONTENT"],
            issuing_court="E.D. Va.",
            date_range={"start": "2026-01-01", "end": "2026-02-01"},
            served_at=clock().isoformat(),
            return_by=(clock() + timedelta(days=14)).isoformat(),
        ),
    )
    await publish(pool, kafka, topic_prefix)
    placed, converted = [e for _, e in await hold_events(kafka, topic_prefix)]
    assert converted.payload.change == "CONVERTED" and converted.case_id == warrant
    assert converted.payload.follows_case_id == warrant and converted.payload.expires_at is None
    assert converted.payload.hold_id == placed.payload.hold_id

    clock.advance(days=100)  # past the 90 days: a hold that follows a case does not expire
    await fire(pool, clock)
    await publish(pool, kafka, topic_prefix)
    assert len(await hold_events(kafka, topic_prefix)) == 2
    for action in (CounselAction.DECIDE, CounselAction.PRODUCTION_MADE):
        await services.record_action(
            pool=pool,
            case_id=warrant,
            action=action,
            actor="Counsel A",
            reason="Produced the stored content through the portal"
            if action is CounselAction.PRODUCTION_MADE
            else None,
            disposition=None,
            clock=clock,
            trace_id="t",
            produced=[DataCategory.STORED_CONTENT] if action is CounselAction.PRODUCTION_MADE else [],
        )
    await publish(pool, kafka, topic_prefix)
    *_, (key, released) = await hold_events(kafka, topic_prefix)
    assert key == str(placed.payload.hold_id) and released.case_id == warrant
    assert released.payload.change == "RELEASED" and released.payload.release_reason == "CASE_CLOSED"


RECORDS, BACKUPS = "records-team@platform.test", "backups@platform.test"


async def test_the_data_stewards_are_mailed_each_change_and_acknowledge_through_their_link(
    pool: asyncpg.Pool, kafka: KafkaUnderTest, topic_prefix: str, sink: SmtpSink
) -> None:
    """The whole chain: preservation request -> PLACED on legal-hold.v1 -> notify (its consumer's
    handler on the records a plain consumer read) mails both stewards -> one acknowledges through
    the signed link (notify's web app) -> the other is reminded, then legal ops are told ->
    legal ops reminded before expiry -> renewal -> EXTENDED (mailed) -> expiry -> RELEASED (mailed)."""
    await ensure_topics(kafka.bootstrap, partitions=3, prefix=topic_prefix)
    await load_demo_accounts(pool)
    clock = Clock()
    notice_policy = notify_support.policy(
        stewards=StewardPolicy(stewards=(RECORDS, BACKUPS)),
        hold_links=HoldLinks(secret=LINK_SECRET, base_url="https://notify.dueprocess.test", ttl=timedelta(days=30)),
    )
    notify = Notify(pool, sink.url, cast(notify_support.Clock, clock), notice_policy)
    notify_services = NotifyServices.on_pool(pool, policy=notice_policy, clock=clock)
    delivered: set[str] = set()

    async def relay_and_mail() -> None:
        """Review's relay publishes; notify's handler takes each new hold event; its dispatcher sends."""
        await publish(pool, kafka, topic_prefix)
        for _, event in await hold_events(kafka, topic_prefix):
            if str(event.event_id) not in delivered:
                delivered.add(str(event.event_id))
                await notify_consumers.on_legal_hold(event, services=notify_services)
        await notify.dispatch()

    def mails(address: str) -> list[str]:
        return [text(m) for m in to(sink, address)]

    case_id = await receive(pool, clock, demand("PRESERVATION_REQUEST", PRESERVE, served_at=T0.isoformat()))
    await relay_and_mail()
    (records_mail,), (backups_mail,) = mails(RECORDS), mails(BACKUPS)
    assert backups_mail != records_mail, "each steward has a link of their own"
    assert "placed" in records_mail and "harbor_freight_fan" in records_mail and "STORED_CONTENT" in records_mail
    link = records_mail.split("Acknowledge it here (once): ", 1)[1].split()[0]
    path = link.removeprefix("https://notify.dueprocess.test")
    app = notify_app(pool=pool, policy=notice_policy, clock=clock, internal_api_token=None)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notify") as web:
        assert (await web.get(path)).status_code == 200, "the form; a GET acknowledges nothing"
        acknowledged = await web.post(path)
        assert acknowledged.status_code == 200 and "is recorded" in acknowledged.text
        assert "acknowledged already" in (await web.post(path)).text
        assert (await web.post(path[:-3] + "xyz")).status_code == 404
    used = await pool.fetch("SELECT appointment_id FROM notify.single_use_links")
    assert [row["appointment_id"] for row in used] == [None], "the acknowledgement used its link up, once"

    clock.advance(days=2)
    await notify.dispatch()
    assert len(mails(RECORDS)) == 1, "the steward who acknowledged is not reminded"
    assert [m.splitlines()[0] for m in mails(BACKUPS)[1:]] == ["A preservation hold was placed (18 U.S.C. § 2703(f))."]
    clock.advance(days=2)
    await notify.dispatch()
    escalations = [m for m in mails(LEGAL_OPS) if "has not acknowledged" in m]
    assert len(escalations) == 1 and BACKUPS in escalations[0]

    clock.advance(days=72)  # day 76: 14 days before the expiry
    await fire(pool, clock)
    assert len(await reminders(pool, case_id)) == 1
    clock.advance(days=4)
    await receive(pool, clock, demand("PRESERVATION_REQUEST", RENEW, served_at=clock().isoformat()))
    await relay_and_mail()
    assert "extended" in mails(RECORDS)[-1] and "until 29 Aug 2026" in mails(RECORDS)[-1]
    clock.advance(days=100)
    await fire(pool, clock)
    await relay_and_mail()
    changes = [e.payload.change for _, e in await hold_events(kafka, topic_prefix)]
    assert changes == ["PLACED", "EXTENDED", "RELEASED"]
    assert "released" in mails(RECORDS)[-1] and "released" in mails(BACKUPS)[-1]

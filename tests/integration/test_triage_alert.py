"""A demand intake cannot read with confidence pages legal ops, on a real PostgreSQL with a real
SMTP receiver: intake stores the case held for triage and stages ``legal-process.held`` in the
same transaction (not ``received``); notify's use case owes legal ops one alert for it, however
often the event comes, and the dispatcher sends it (EMERGENCY: ... for an emergency). Neither
the event nor the alert names what the demand names."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer.email import EmailIngestion, ingest_message
from services.notify.adapters.notices import PostgresNoticeRepository
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.service_layer import services as notify
from shared.contracts import Envelope, LegalProcessHeld, Topics
from shared.outbox import open_value
from shared.vocabulary import EscalationTier, ProcessType
from tests.conftest import open_event_json, staff_api_headers
from tests.corpus.email.accuracy import corpus_dns
from tests.corpus.email.build_corpus import ar, mail, scan_pdf

pytestmark = pytest.mark.integration
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "email"
LEGAL_OPS = "legal-ops@dueprocess.test"
RECEIVED = datetime(2023, 7, 21, 13, 15, tzinfo=UTC)
# What the emergency names: its target (in the subject and the attachment's name), its sender.
PERSONAL = ("lily_sk8s", "dmorales", "elkgrove", "Morales", "missing juvenile")


def uncertain_emergency() -> bytes:
    """An emergency disclosure request whose request is a scan: the mail says little, and only
    the subject says what it is about."""
    return mail(
        sender="Dana Morales <dmorales@elkgrove.gov>",
        subject="EMERGENCY disclosure request - missing juvenile @lily_sk8s",
        date="Fri, 21 Jul 2023 06:15:00 -0700",
        message_id="<edr-scan-1@elkgrove.gov>",
        auth=ar("elkgrove.gov"),
        body="Emergency disclosure request attached. Please call back at once.",
        attachments=((scan_pdf(pages=1), "application", "pdf", "lily_sk8s-edr.pdf"),),
    )


def policy() -> notify.NoticePolicy:
    return notify.NoticePolicy(
        counsel_by_tier={EscalationTier.LEGAL_OPS: LEGAL_OPS, EscalationTier.COUNSEL: "counsel@dueprocess.test"},
        legal_aid_contacts=[],
        public_base_url="https://intake.dueprocess.test",
        sender="notices@dueprocess.test",
    )


@pytest.fixture(scope="module")
def pdf() -> Iterator[PdfTextExtractor]:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


@pytest.fixture
def config(pdf: PdfTextExtractor) -> EmailIngestion:
    return EmailIngestion(pdf=pdf, dkim=DkimVerifier(dnsfunc=corpus_dns))


async def staged(pool: asyncpg.Pool, topic: str) -> list[tuple[str, bytes]]:
    """The events intake staged on ``topic``: (case id, the envelope as it will be published)."""
    rows = await pool.fetch("SELECT key, event_id, value FROM intake.outbox WHERE topic = $1 ORDER BY id", topic)
    return [
        (row["key"], await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]))
        for row in rows
    ]


async def test_an_uncertain_emergency_is_held_announced_and_legal_ops_alerted_once(
    pool: asyncpg.Pool, config: EmailIngestion, sink: SmtpSink
) -> None:
    ingested = await ingest_message(
        pool=pool,
        raw=uncertain_emergency(),
        source="smtp",
        channel="email",
        trace_id="trace-held",
        config=config,
        received_at=RECEIVED,
    )
    assert ingested.held and ingested.status == "NEEDS_TRIAGE"
    assert await staged(pool, Topics.RECEIVED) == []  # not reviewed before a person confirms it
    [(key, raw)] = await staged(pool, Topics.HELD)
    assert key == str(ingested.case_id)
    event = Envelope[LegalProcessHeld].model_validate_json(raw)
    assert event.case_id == ingested.case_id and event.event_type == "legal-process.held" and event.producer == "intake"
    held = event.payload
    assert held.emergency and held.process_type is ProcessType.EMERGENCY_REQUEST
    assert held.channel == "email" and held.source == "smtp" and held.received_at == RECEIVED
    assert "SCAN_IMAGE_ONLY" in held.reasons and "LOW_CONFIDENCE:targets" in held.reasons
    # The case row holds what was read (the handle among it); the event none of it.
    reasons = await pool.fetchval("SELECT held_reasons FROM intake.cases WHERE case_id = $1", ingested.case_id)
    assert any("lily_sk8s" in reason for reason in reasons)
    for value in PERSONAL:
        assert value not in raw.decode(), value

    # Notify: the event twice (a redelivery) and once more under a new event id (republished).
    again = event.model_copy(update={"event_id": uuid.uuid4()})
    added = [
        await notify.alert_triage(pool=pool, policy=policy(), consumer="notify.held", event=e, now=RECEIVED)
        for e in (event, event, again)
    ]
    assert added == [3, 0, 0]  # the alert, and the reminders owed with it (test_triage_reminder.py)
    async with pool.acquire() as conn:
        rows = await PostgresNoticeRepository(conn).listing(status=None, case_id=ingested.case_id, limit=100)
    assert sorted((r.kind, r.role, r.recipient, r.status) for r in rows) == [
        ("triage-alert", "INTERNAL_COUNSEL", LEGAL_OPS, "PENDING"),
        ("triage-reminder", "INTERNAL_COUNSEL", "counsel@dueprocess.test", "SCHEDULED"),
        ("triage-reminder", "INTERNAL_COUNSEL", LEGAL_OPS, "SCHEDULED"),
    ]
    planned = await pool.fetch(
        "SELECT event_id, value FROM notify.outbox WHERE topic = $1 ORDER BY id", Topics.NOTICE_PLANNED
    )
    assert len(planned) == 3
    planned_event = open_event_json(
        await open_value(pool, schema="notify", event_id=planned[0]["event_id"], value=planned[0]["value"])
    )
    assert planned_event["case_id"] == str(ingested.case_id) and planned_event["payload"]["kind"] == "triage-alert"

    # The existing dispatcher sends it, at once.
    now = [RECEIVED]
    dispatcher = notify.NoticeDispatcher(
        pool=pool, sender=SmtpSender(SmtpConfig.from_url(sink.url)), policy=policy(), clock=lambda: now[0]
    )
    assert await dispatcher.dispatch_due() == 1
    assert await dispatcher.dispatch_due() == 0
    [message] = sink.messages()
    assert message["To"] == LEGAL_OPS
    assert message["Subject"].startswith("EMERGENCY:") and "confirm it now" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert f"https://intake.dueprocess.test/cases/{ingested.case_id}" in body
    assert "EMERGENCY_REQUEST" in body and "image-only scan" in body and "21 July 2023, 13:15 (UTC)" in body
    whole = message.as_string()
    for value in PERSONAL:
        assert value not in whole, value

    # Nobody confirmed it within the emergency's 15 minutes: legal ops and counsel are reminded,
    # naming none of it either.
    now[0] = RECEIVED + timedelta(minutes=15)
    assert await dispatcher.dispatch_due() == 2
    reminders = sink.messages()[1:]
    assert sorted(m["To"] for m in reminders) == ["counsel@dueprocess.test", LEGAL_OPS]
    for reminder in reminders:
        assert reminder["Subject"].startswith("EMERGENCY: still not confirmed after 15 minutes")
        assert f"https://intake.dueprocess.test/cases/{ingested.case_id}" in reminder.get_body(("plain",)).get_content()
        for value in PERSONAL:
            assert value not in reminder.as_string(), value


async def test_an_eml_upload_held_for_triage_is_announced_too(pool: asyncpg.Pool, config: EmailIngestion) -> None:
    app = create_app(IntakeServices(pool=pool, email=config), max_request_bytes=4 * 1024 * 1024)
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake", headers=headers
    ) as client:
        raw = (CORPUS / "24-scan-image-only-pdf.eml").read_bytes()
        response = await client.post("/api/v1/cases", content=raw, headers={"content-type": "message/rfc822"})
        assert response.status_code == 201 and response.json()["status"] == "NEEDS_TRIAGE"
        # The same message again is a duplicate: linked to the first case, announced once.
        again = await client.post("/api/v1/cases", content=raw, headers={"content-type": "message/rfc822"})
        assert again.status_code == 200
        # A message read with confidence is published as received, not announced as held.
        seed = await client.post(
            "/api/v1/cases",
            content=(CORPUS / "01-cbp-summons-seed.eml").read_bytes(),
            headers={"content-type": "message/rfc822"},
        )
        assert seed.json()["status"] == "RECEIVED"
    [(key, raw_event)] = await staged(pool, Topics.HELD)
    assert key == response.json()["case_id"]
    held = Envelope[LegalProcessHeld].model_validate_json(raw_event).payload
    assert held.channel == "api" and held.source == "api" and not held.emergency
    assert held.process_type is ProcessType.SEARCH_WARRANT and held.reasons[0] == "SCAN_IMAGE_ONLY"
    assert "warrant-scan.pdf" not in raw_event.decode() and "hcso" not in raw_event.decode()
    [(seed_key, _)] = await staged(pool, Topics.RECEIVED)
    assert seed_key == seed.json()["case_id"]

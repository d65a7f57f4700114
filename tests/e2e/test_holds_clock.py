"""End to end, on the test clock: a preservation hold's whole life across the three service
processes on Apache Kafka and PostgreSQL (issue 16, decisions 0021 and 0022).

Preservation request through intake's API -> hold PLACED on ``legal-hold.v1`` (read by a plain
consumer) -> the data steward follows the signed link of their e-mail -> the clock moves to 14
days before the expiry: legal ops' reminder -> the renewed request from the same requester for
the same account -> EXTENDED by 90 days from the expiry -> the clock moves past the new expiry
-> RELEASED. Then a hold on another account, and a warrant from the same requester for it ->
CONVERTED (it follows the warrant's case and no longer expires).

The three processes read their time from one file (``DUEPROCESS_TEST_CLOCK_FILE``): the test
moves it forward and polls for what each move must cause, with generous deadlines; nothing
waits on a guess of how long the system takes.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from deploy.operations import load_accounts
from shared.clock import OffsetFileClock, system_clock, write_offset
from shared.contracts import Envelope, LegalHoldChanged, Topics
from shared.db import create_pool
from tests.conftest import KafkaUnderTest
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

STEWARD = "records-team@platform.test"
LEGAL_OPS = "legal-ops@platform.test"
FBI = {"name": "Federal Bureau of Investigation", "kind": "FEDERAL", "country": "US", "verified": True}
PRESERVE = "Pursuant to 18 U.S.C. 2703(f), preserve all records of the account pending issuance of legal process."
RENEW = "Under 18 U.S.C. 2703(f)(2) we ask you to extend the preservation for an additional 90 day period."
SECOND_ACCOUNT = {
    "handle": "marina_tides",
    "contact_email": "tides@example.net",
    "anonymous": False,
    "tags": [],
    "criticizes": [],
    "counsel": None,
}
WITHIN = 90.0  # seconds: generous, for a loaded machine


@pytest.fixture
def clock_file(tmp_path: Path) -> Path:
    return tmp_path / "test-clock"


@pytest.fixture
def service_env(clock_file: Path) -> dict[str, str]:
    return {
        "DUEPROCESS_TEST_CLOCK_FILE": str(clock_file),
        "DUEPROCESS_TEST_CLOCK_ENABLED": "true",
        "DUEPROCESS_DATA_STEWARDS": json.dumps([STEWARD]),
        "DUEPROCESS_COUNSEL_LEGAL_OPS_EMAIL": LEGAL_OPS,
        "DUEPROCESS_TIMER_POLL_SECONDS": "0.5",
    }


class HoldTopic:
    """``legal-hold.v1`` as the platform's data systems read it: a plain consumer, no group."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self._consumer = consumer
        self.changes: list[tuple[str, Envelope[LegalHoldChanged]]] = []

    async def read(self) -> list[tuple[str, Envelope[LegalHoldChanged]]]:
        for records in (await self._consumer.getmany(timeout_ms=300)).values():
            for r in records:
                self.changes.append((r.key.decode(), Envelope[LegalHoldChanged].model_validate_json(r.value)))
        return self.changes

    async def change(
        self, system: RunningSystem, change: str, *, hold: str | None = None, account: str | None = None
    ) -> LegalHoldChanged:
        """Wait for a ``change`` (of ``hold``, of a hold on ``account``, when given) and return it."""

        async def found() -> LegalHoldChanged | None:
            for key, event in await self.read():
                if (
                    event.payload.change == change
                    and (hold is None or key == hold)
                    and (account is None or account in event.payload.accounts)
                ):
                    assert key == str(event.payload.hold_id), "keyed by the hold"
                    return event.payload
            return None

        event = await system.wait_for(found, within=WITHIN, what=f"{change} on legal-hold.v1")
        assert isinstance(event, LegalHoldChanged)
        return event


@pytest.fixture
async def hold_topic(kafka: KafkaUnderTest, topic_prefix: str, system: RunningSystem) -> AsyncIterator[HoldTopic]:
    consumer = AIOKafkaConsumer(
        topic_prefix + Topics.LEGAL_HOLDS,
        bootstrap_servers=kafka.bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        yield HoldTopic(consumer)
    finally:
        await consumer.stop()


def demand(process: str, text: str, *, target: str, at: datetime, agent: str = "agent@fbi.gov", **fields: Any) -> dict:
    return {
        "process_type": process,
        "requester": {**FBI, "email": agent},
        "targets": [target],
        "data_categories": ["STORED_CONTENT", "BASIC_SUBSCRIBER"],
        "case_number": "1:26-mj-00042",
        "raw_text": text,
        "served_at": at.isoformat(),
        **fields,
    }


def text(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def mails(system: RunningSystem, to: str, containing: str) -> list[str]:
    """The plain texts of the mail to ``to`` that contain ``containing`` (subject or body)."""
    return [
        text(m) for m in system.mail() if m["To"] == to and (containing in text(m) or containing in str(m["Subject"]))
    ]


async def mail_to(system: RunningSystem, to: str, containing: str, *, what: str) -> list[str]:
    found = await system.wait_for(lambda: mails(system, to, containing), within=WITHIN, what=what)
    assert isinstance(found, list)
    return found


async def api_headers(database_url: str) -> dict[str, str]:
    """A counsel member's API token for a year: the clock runs past 90 days (tokens' default term)."""
    from services.intake.domain.staff import Role
    from services.intake.service_layer import staff

    pool = await create_pool(database_url, max_size=1)
    try:
        member = await staff.create_staff(
            pool=pool,
            email="holds-e2e@dueprocess.test",
            display_name="Holds E2E Counsel",
            role=Role.COUNSEL,
            password=None,
            created_by="tests",
            clock=system_clock,
        )
        token = await staff.issue_api_token(
            pool=pool, staff_id=member.staff_id, name="tests", issued_by="tests", clock=system_clock, days=365
        )
    finally:
        await pool.close()
    return {"Authorization": f"Bearer {token}"}


async def test_a_hold_is_placed_acknowledged_reminded_extended_released_and_a_warrant_converts_another(
    system: RunningSystem, hold_topic: HoldTopic, clock_file: Path
) -> None:
    clock = OffsetFileClock(clock_file)  # the services' clock, as they read it

    def move_to(instant: datetime) -> None:
        write_offset(clock_file, instant - system_clock())

    system.headers = await api_headers(system.database_url)

    # 1. The preservation request: a hold PLACED on legal-hold.v1.
    await system.submit(demand("PRESERVATION_REQUEST", PRESERVE, target="harbor_freight_fan", at=clock()))
    placed = await hold_topic.change(system, "PLACED")
    hold = str(placed.hold_id)
    assert placed.accounts == ["harbor_freight_fan"] and placed.sequence == 1 and not placed.extended
    assert {c.value for c in placed.data_categories} == {"STORED_CONTENT", "BASIC_SUBSCRIBER"}
    assert placed.expires_at is not None
    expiry = placed.expires_at
    assert expiry == placed.records_as_of + timedelta(days=90), "90 days from the receipt"

    # 2. The steward's e-mail and its signed link: a GET shows the form, a POST acknowledges once.
    (placed_mail,) = await mail_to(system, STEWARD, "A preservation hold was placed", what="the steward's e-mail")
    assert hold in placed_mail and "harbor_freight_fan" in placed_mail
    link = placed_mail.split("Acknowledge it here (once): ", 1)[1].split()[0]
    async with httpx.AsyncClient(timeout=10) as web:
        assert (await web.get(link)).status_code == 200
        acknowledged = await web.post(link)
        assert acknowledged.status_code == 200 and "is recorded" in acknowledged.text
        assert "acknowledged already" in (await web.post(link)).text
    assert not mails(system, LEGAL_OPS, f"Preservation hold {hold}"), "no reminder before its time"

    # 3. Fourteen days before the expiry: legal ops are reminded (review's timer, notify's mail).
    move_to(expiry - timedelta(days=14) + timedelta(hours=1))
    (reminder,) = await mail_to(system, LEGAL_OPS, f"Preservation hold {hold}", what="legal ops' reminder")
    assert f"expires in 14 days, on {expiry:%d %b %Y}" in reminder and "one 90-day renewal" in reminder
    assert not mails(system, STEWARD, "Reminder"), "the steward acknowledged: no reminder"

    # 4. The renewed request from the same requester for the same account: EXTENDED, no new hold.
    await system.submit(demand("PRESERVATION_REQUEST", RENEW, target="harbor_freight_fan", at=clock()))
    extended = await hold_topic.change(system, "EXTENDED", hold=hold)
    assert extended.sequence == 2 and extended.extended
    assert extended.expires_at == expiry + timedelta(days=90), "90 more days from the expiry"
    new_expiry = extended.expires_at
    await mail_to(system, STEWARD, f"until {new_expiry:%d %b %Y}", what="the extension mailed")

    # 5. Past the extended expiry: RELEASED, and only then.
    assert [e.payload.change for _, e in await hold_topic.read()] == ["PLACED", "EXTENDED"]
    move_to(new_expiry + timedelta(hours=1))
    released = await hold_topic.change(system, "RELEASED", hold=hold)
    assert released.sequence == 3 and released.release_reason == "EXPIRED" and released.expires_at is None
    assert released.changed_at >= new_expiry
    await mail_to(system, STEWARD, "A preservation hold was released", what="the release mailed")
    # The extension was never acknowledged: its steward was reminded, then legal ops told (the
    # placement, acknowledged, was neither, though its reminders were due since day 2 and 4).
    await mail_to(system, STEWARD, "Reminder: Preservation hold extended", what="the steward's reminder")
    (unacknowledged,) = await mail_to(system, LEGAL_OPS, f"{STEWARD} has not acknowledged", what="the escalation")
    assert "A preservation hold was extended" in unacknowledged and hold in unacknowledged
    assert not mails(system, STEWARD, "Reminder: Preservation hold placed")

    # 6. Another account: a hold, then a warrant from the same requester for it converts the hold.
    await load_accounts(system.database_url, [SECOND_ACCOUNT])
    await system.submit(demand("PRESERVATION_REQUEST", PRESERVE, target="marina_tides", at=clock()))
    second = await hold_topic.change(system, "PLACED", account="marina_tides")
    assert second.sequence == 1 and str(second.hold_id) != hold
    move_to(clock() + timedelta(days=20))
    warrant = await system.submit(
        demand(
            "SEARCH_WARRANT",
            "Search and seizure warrant.",
            target="marina_tides",
            at=clock(),
            agent="second.agent@fbi.gov",  # the same requester: the agency, not the agent
            data_categories=["STORED_CONTENT"],
            issuing_court="E.D. Va.",
            date_range={"start": "2026-01-01", "end": "2026-02-01"},
            return_by=(clock() + timedelta(days=14)).isoformat(),
        )
    )
    converted = await hold_topic.change(system, "CONVERTED", hold=str(second.hold_id))
    assert str(converted.follows_case_id) == warrant and converted.expires_at is None and converted.sequence == 2

    by_hold: dict[str, list[str]] = {}
    for key, event in await hold_topic.read():
        by_hold.setdefault(key, []).append(event.payload.change)
    assert by_hold == {hold: ["PLACED", "EXTENDED", "RELEASED"], str(second.hold_id): ["PLACED", "CONVERTED"]}, (
        "each change once, in order per hold"
    )

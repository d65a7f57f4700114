"""What the triage-reminder integration tests share: a held event for a case, holding it in
notify (the alert and reminders it owes), reading the notice.planned events and the mail of a
case, and an SMTP sender that holds each message until released."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from email.message import EmailMessage

import asyncpg

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.adapters.smtp import SmtpConfig, SmtpSender, WireMessage
from services.notify.service_layer import services
from shared.contracts import Envelope, LegalProcessHeld, Topics, envelope
from shared.outbox import open_value
from shared.vocabulary import ProcessType
from tests.conftest import open_event_json
from tests.integration.notify_support import T0, Notify

CASE_URL = "https://intake.dueprocess.test/cases/{}"
RECEIVED = T0 - timedelta(minutes=1)
# Not a known account: the review owes no user notices, so what the dispatcher sends is ours alone.
UNKNOWN_TARGET = "no_such_account_9f3"


def held_event(case_id: uuid.UUID, *, emergency: bool = True) -> Envelope[LegalProcessHeld]:
    payload = LegalProcessHeld(
        channel="email",
        source="smtp",
        received_at=RECEIVED,
        process_type=ProcessType.EMERGENCY_REQUEST if emergency else ProcessType.UNKNOWN,
        emergency=emergency,
        reasons=["SCAN_IMAGE_ONLY", "LOW_CONFIDENCE:targets"],
    )
    return envelope(payload, case_id=case_id, trace_id="trace-held", producer="intake")


async def hold(notify: Notify, event: Envelope[LegalProcessHeld]) -> int:
    return await services.alert_triage(
        pool=notify.pool, policy=notify.policy, consumer="notify.held", event=event, now=notify.clock()
    )


async def planned_events(pool: asyncpg.Pool, case_id: uuid.UUID) -> list[tuple[str, str, str]]:
    """The case's notice.planned events, in order: (kind, recipient, status)."""
    rows = await pool.fetch(
        "SELECT event_id, value FROM notify.outbox WHERE topic = $1 AND key = $2 ORDER BY id",
        Topics.NOTICE_PLANNED,
        str(case_id),
    )
    events = [
        open_event_json(await open_value(pool, schema="notify", event_id=r["event_id"], value=r["value"])) for r in rows
    ]
    return [(e["payload"]["kind"], e["payload"]["recipient"], e["payload"]["status"]) for e in events]


def mail_of(sink: SmtpSink, case_id: uuid.UUID) -> list[EmailMessage]:
    return [m for m in sink.messages() if m["X-Dueprocess-Case"] == str(case_id)]


def reminders(statuses: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    return [(recipient, status) for kind, _, recipient, status in statuses if kind == "triage-reminder"]


class HeldSender(SmtpSender):
    """An SMTP sender that holds each message until released (a dispatcher mid-send)."""

    def __init__(self, url: str) -> None:
        super().__init__(SmtpConfig.from_url(url))
        self.sending = asyncio.Event()
        self.release = asyncio.Event()

    async def send(self, message: EmailMessage | WireMessage, *, envelope_id: str | None = None) -> bool:
        self.sending.set()
        await self.release.wait()
        return await super().send(message, envelope_id=envelope_id)

"""End to end by e-mail: the seed summons, delivered to intake's SMTP listener as a PDF attachment,
is reviewed exactly like the seed case JSON and reaches the user and their counsel; an emergency
intake cannot read with confidence waits in triage and pages legal ops at once, and once dismissed
there as not legal process it is owed no reminder."""

from __future__ import annotations

import asyncio
import smtplib

import httpx
import pytest

from tests.corpus.email.build_corpus import ar, mail, scan_pdf, seed_message
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def deliver(port: int, raw: bytes, *, sender: str = "agent@cbp.dhs.gov") -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as session:
        session.ehlo("mx.dueprocess.local")
        session.mail(sender)
        session.rcpt("legal-process@dueprocess.local")
        code, reply = session.data(raw)
        return code, reply.decode()


async def test_the_seed_summons_by_smtp_is_reviewed_like_the_seed_json(system: RunningSystem) -> None:
    port = int(system.env["DUEPROCESS_SMTP_INBOUND_PORT"])
    code, reply = await asyncio.to_thread(deliver, port, seed_message())
    assert code == 250 and "Accepted as case" in reply, reply
    case_id = reply.split("case ", 1)[1].split()[0].strip(";")

    async def reviewed_and_notified() -> bool:
        document = await system.case(case_id)
        return (
            document["review"] is not None
            and len(document["notices"]) == 3
            and all(n["status"] == "SENT" for n in document["notices"])
        )

    await system.wait_for(reviewed_and_notified, within=90, what="the e-mailed summons reviewed and notified")
    document = await system.case(case_id)
    assert document["channel"] == "email"
    assert document["review"]["disposition"] == "CHALLENGE" and document["review"]["escalation_tier"] == "LITIGATION"
    assert document["email"]["attachments"][0]["filename"] == "CBP-summons-2017-0001.pdf"


async def test_an_emergency_held_in_triage_pages_legal_ops_at_once(system: RunningSystem) -> None:
    raw = mail(
        sender="Dana Morales <dmorales@elkgrove.gov>",
        subject="EMERGENCY disclosure request - missing juvenile @lily_sk8s",
        date="Fri, 21 Jul 2023 06:15:00 -0700",
        message_id="<edr-e2e-scan@elkgrove.gov>",
        auth=ar("elkgrove.gov"),
        body="Emergency disclosure request attached. Please call back at once.",
        attachments=((scan_pdf(pages=1), "application", "pdf", "lily_sk8s-edr.pdf"),),
    )
    port = int(system.env["DUEPROCESS_SMTP_INBOUND_PORT"])
    code, reply = await asyncio.to_thread(deliver, port, raw, sender="dmorales@elkgrove.gov")
    assert code == 250 and "held for legal ops to confirm" in reply, reply
    case_id = reply.split("case ", 1)[1].split()[0].strip(";")
    legal_ops = system.env.get("DUEPROCESS_COUNSEL_LEGAL_OPS_EMAIL", "legal-ops@dueprocess.local")

    def alerts() -> list:
        return [m for m in system.mail() if m["X-Dueprocess-Case"] == case_id]

    await system.wait_for(alerts, within=60, what="legal ops alerted to the held emergency")
    [alert] = alerts()  # intake -> outbox -> Kafka -> notify -> dispatcher -> SMTP, once
    assert alert["To"] == legal_ops
    assert alert["Subject"].startswith("EMERGENCY:") and "waits for triage" in alert["Subject"]
    body = alert.get_body(("plain",)).get_content()
    assert f"/cases/{case_id}" in body and "EMERGENCY_REQUEST" in body
    assert "lily_sk8s" not in alert.as_string() and "dmorales" not in alert.as_string()

    async def alert_recorded() -> bool:
        notices = (await system.case(case_id))["notices"]
        # The reminders owed with it wait for the emergency SLA (15 min): not sent here.
        return sorted((n["kind"], n["status"]) for n in notices) == [
            ("triage-alert", "SENT"),
            ("triage-reminder", "SCHEDULED"),
            ("triage-reminder", "SCHEDULED"),
        ]

    await system.wait_for(alert_recorded, within=30, what="the alert in the case's read model")
    document = await system.case(case_id)
    assert document["status"] == "NEEDS_TRIAGE" and document["review"] is None  # still waits for a person

    # Legal ops find it is not legal process after all and dismiss it: the reminders are cancelled.
    async with httpx.AsyncClient(headers=system.headers) as client:
        dismissed = await client.post(
            f"{system.base_url}/api/v1/cases/{case_id}/dismiss",
            timeout=10,
            json={"reason": "a prank, confirmed with the department by phone"},
        )
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "DISMISSED", dismissed.text

    async def reminders_cancelled() -> bool:
        notices = (await system.case(case_id))["notices"]
        return sorted((n["kind"], n["status"]) for n in notices) == [
            ("triage-alert", "SENT"),
            ("triage-reminder", "CANCELLED"),
            ("triage-reminder", "CANCELLED"),
        ]

    await system.wait_for(reminders_cancelled, within=30, what="notify cancelling the dismissed case's reminders")
    document = await system.case(case_id)
    assert document["status"] == "DISMISSED" and document["review"] is None and len(alerts()) == 1

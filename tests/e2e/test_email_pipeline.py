"""End to end by e-mail: the seed summons, delivered to intake's SMTP listener as a PDF attachment,
is reviewed exactly like the seed case JSON and reaches the user and their counsel."""

from __future__ import annotations

import asyncio
import smtplib

import pytest

from tests.corpus.email.build_corpus import seed_message
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def deliver(port: int, raw: bytes) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as session:
        session.ehlo("mx.dueprocess.local")
        session.mail("agent@cbp.dhs.gov")
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
        return document["review"] is not None and len(document["notices"]) == 3 and all(
            n["status"] == "SENT" for n in document["notices"])

    await system.wait_for(reviewed_and_notified, timeout=90, what="the e-mailed summons reviewed and notified")
    document = await system.case(case_id)
    assert document["channel"] == "email"
    assert document["review"]["disposition"] == "CHALLENGE" and document["review"]["escalation_tier"] == "LITIGATION"
    assert document["email"]["attachments"][0]["filename"] == "CBP-summons-2017-0001.pdf"

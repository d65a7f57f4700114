"""Issue 15, finding 2 ("anyone can make the platform e-mail its users"), end to end: intake → Kafka
→ review → notify → SMTP, each service its own process, on Apache Kafka and PostgreSQL.

The attack: a demand whose sender nobody authenticated (here over the API with requester.verified
false, as an e-mail without DKIM is read) reached review, and about 12 s later the user and their
counsel were e-mailed text the sender chose. Now: our own counsel is alerted, but nothing goes to
the user or their counsel; the case shows that the user notice waits for requester verification;
legal ops confirming the requester out of band sends the two notices once, quoting only what was
confirmed; a demand legal ops dismiss never notifies anyone on the user's side (CANCELLED).
"""

from __future__ import annotations

import asyncio
import json
import smtplib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import httpx
import pytest

from shared.db import create_pool
from tests.conftest import SEED_CASE, staff_api_headers
from tests.corpus.email.build_corpus import seed_message
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
USER = "alt.uscis@example.org"
USERS_COUNSEL = "counsel.alt-uscis@aclu.example.org"
OTHER_USER = "quiet.reporter@example.com"
# What the unauthenticated sender wrote: none of it may reach the user unconfirmed.
SENDER_NAME = "Dept. of Homeland Security Account Integrity Unit"
SENDER_CASE_NUMBER = "Reply to secure-verify.example to avoid suspension"
SENDER_STATUTE = "see http://secure-verify.example/law"


def deliver(port: int, raw: bytes, *, sender: str = "agent@cbp.dhs.gov") -> tuple[int, str]:
    """Straight to intake's listener, as the probe sent it (no relay, no authentication)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as session:
        session.ehlo("attacker.example")
        session.mail(sender)
        session.rcpt("legal-process@dueprocess.local")
        code, reply = session.data(raw)
        return code, reply.decode()


def plain(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def forged(*, target: str, case_number: str, days: int) -> dict[str, Any]:
    case = json.loads(SEED_CASE.read_text())
    now = datetime.now(UTC)
    case.update(
        requester={
            "name": SENDER_NAME,
            "kind": "FEDERAL",
            "country": "US",
            "email": "agent@dhs-integrity.example",
            "verified": False,
        },
        statute=SENDER_STATUTE,
        targets=[target],
        case_number=case_number,
        served_at=now.isoformat(),
        return_by=(now + timedelta(days=days)).isoformat(),
        raw_text=f"Produce all records of @{target}. Case {case_number}.",
    )
    return case


async def ask(system: RunningSystem, headers: dict[str, str], case_id: str, body: dict[str, Any]) -> httpx.Response:
    async with httpx.AsyncClient(headers=headers) as client:
        return await client.post(f"{system.base_url}/api/v1/cases/{case_id}/actions", json=body, timeout=10)


async def answered(system: RunningSystem, headers: dict[str, str], location: str) -> dict[str, Any]:
    async def done() -> dict[str, Any] | None:
        async with httpx.AsyncClient(headers=headers) as client:
            found = (await client.get(f"{system.base_url}{location}", timeout=10)).json()
        return found if found.get("status") != "PENDING" else None

    result = await system.wait_for(done, within=60, what="the staff request's outcome")
    assert isinstance(result, dict)
    return result


def notices(case: dict[str, Any], *roles: str) -> dict[str, str]:
    return {n["role"]: n["status"] for n in case["notices"] if n["role"] in roles}


async def test_an_unverified_demand_waits_for_legal_ops_and_quotes_only_what_they_confirmed(
    system: RunningSystem,
) -> None:
    pool = await create_pool(system.database_url, max_size=1)
    try:
        legal_ops = await staff_api_headers(pool, "LEGAL_OPS", name="Lee Ops")
        clerk = await staff_api_headers(pool, "INTAKE_CLERK", name="Cleo Clerk")
    finally:
        await pool.close()

    # 1. The attack: the demand reaches review; our counsel is alerted, the user's side waits.
    case_id = await system.submit(forged(target="ALT_USCIS", case_number=SENDER_CASE_NUMBER, days=10))

    async def withheld() -> dict[str, Any] | None:
        case = await system.case(case_id)
        owed = notices(case, "USER", "COUNSEL", "INTERNAL_COUNSEL")
        return case if owed.get("USER") == owed.get("COUNSEL") == "WITHHELD" and "INTERNAL_COUNSEL" in owed else None

    case = await system.wait_for(withheld, within=90, what="the user's and counsel's notices owed, WITHHELD")
    assert isinstance(case, dict)
    assert "REQUESTER_UNVERIFIED" in [f["code"] for f in case["review"]["findings"]]
    assert case["state"]["requester_check"] == "WAITING"
    assert case["state"]["user_notice_waits_for"] == "REQUESTER_VERIFICATION"
    await system.wait_for(lambda: system.mail(), within=60, what="our counsel's escalation alert")
    await asyncio.sleep(4)  # the attack's notices came ~12 s after intake; nothing of the kind may come now
    recipients = [m["To"] for m in system.mail()]
    assert USER not in recipients and USERS_COUNSEL not in recipients, recipients
    assert recipients, "internal counsel alerts still go"

    # 2. A clerk may not confirm a requester; legal ops may.
    confirmation = {
        "requester_name": "U.S. Customs and Border Protection",
        "method": "PHONE_CALLBACK",
        "confirmed_at": datetime.now(UTC).isoformat(),
        "case_number": "CBP-2026-0117",
    }
    body = {
        "action": "CONFIRM_REQUESTER",
        "reason": "Called CBP's Office of Chief Counsel on the number listed on cbp.gov; Agent R. Diaz confirmed",
        "confirmation": confirmation,
    }
    assert (await ask(system, clerk, case_id, body)).status_code == 403
    response = await ask(system, legal_ops, case_id, body)
    assert response.status_code == 202, response.text
    outcome = await answered(system, legal_ops, response.headers["Location"])
    assert outcome["status"] == "DONE", outcome

    # 3. The notices go, once each, and quote only the confirmed facts.
    await system.wait_for(
        lambda: {USER, USERS_COUNSEL} <= {m["To"] for m in system.mail()},
        within=60,
        what="the user's and their counsel's notices after the confirmation",
    )
    await asyncio.sleep(2)  # a duplicate would have come by now
    sent = [m for m in system.mail() if m["To"] in (USER, USERS_COUNSEL)]
    assert sorted(m["To"] for m in sent) == sorted([USER, USERS_COUNSEL])
    for message in sent:
        text = plain(message)
        assert "U.S. Customs and Border Protection" in text and "CBP-2026-0117" in text and case_id in text
        assert "confirmed directly with the requester" in text
        assert "We have not confirmed a response date with the requester" in text
        for chosen_by_sender in (SENDER_NAME, SENDER_CASE_NUMBER, SENDER_STATUTE, "secure-verify"):
            assert chosen_by_sender not in text and chosen_by_sender not in message["Subject"]
    case = await system.case(case_id)
    assert case["state"]["requester_check"] == "CONFIRMED" and case["state"]["user_notice_waits_for"] is None
    assert notices(case, "USER", "COUNSEL") == {"USER": "SENT", "COUNSEL": "SENT"}
    again = await ask(system, legal_ops, case_id, body)
    assert (await answered(system, legal_ops, again.headers["Location"]))["status"] == "REFUSED"

    # 4. Another forged demand, dismissed by legal ops: the user is never told, the notices are cancelled.
    other_id = await system.submit(forged(target="quiet_reporter", case_number="Urgent 2026-99", days=5))

    async def other_withheld() -> bool:
        return notices(await system.case(other_id), "USER").get("USER") == "WITHHELD"

    await system.wait_for(other_withheld, within=90, what="the second demand's user notice, WITHHELD")
    response = await ask(
        system, legal_ops, other_id, {"action": "DISMISS_DEMAND", "reason": "CBP has no such case: forged"}
    )
    assert response.status_code == 202, response.text
    assert (await answered(system, legal_ops, response.headers["Location"]))["status"] == "DONE"

    async def cancelled() -> dict[str, Any] | None:
        case = await system.case(other_id)
        return case if notices(case, "USER").get("USER") == "CANCELLED" else None

    dismissed = await system.wait_for(cancelled, within=60, what="the dismissed demand's user notice, CANCELLED")
    assert isinstance(dismissed, dict) and dismissed["state"]["requester_check"] == "DISMISSED"
    await asyncio.sleep(3)
    assert OTHER_USER not in [m["To"] for m in system.mail()]


async def test_the_seed_summons_by_email_without_dkim_never_emails_the_user(system: RunningSystem) -> None:
    """The probe's own attack: the summons sent straight to the listener with no authentication."""
    raw = seed_message(message_id="<forged-summons-0001@cbp-dhs.example>", auth=None)
    port = int(system.env["DUEPROCESS_SMTP_INBOUND_PORT"])
    code, reply = await asyncio.to_thread(deliver, port, raw)
    assert code == 250 and "Accepted as case" in reply, reply
    case_id = reply.split("case ", 1)[1].split()[0].strip(";")

    async def withheld() -> dict[str, Any] | None:
        case = await system.case(case_id)
        owed = notices(case, "USER", "COUNSEL", "INTERNAL_COUNSEL")
        return case if owed.get("USER") == owed.get("COUNSEL") == "WITHHELD" and "INTERNAL_COUNSEL" in owed else None

    case = await system.wait_for(withheld, within=90, what="the e-mailed summons reviewed, its user notices WITHHELD")
    assert isinstance(case, dict) and case["state"]["user_notice_waits_for"] == "REQUESTER_VERIFICATION"
    assert case["review"]["requester"]["verified"] is False
    await system.wait_for(
        lambda: [m for m in system.mail() if m["X-Dueprocess-Case"] == case_id], within=60, what="our counsel's alert"
    )
    await asyncio.sleep(4)
    assert {m["To"] for m in system.mail()}.isdisjoint({USER, USERS_COUNSEL})

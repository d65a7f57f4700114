"""Notices end to end: intake → Kafka → review → notify → SMTP, each service its own process,
with two notify instances (two dispatchers) on Apache Kafka and PostgreSQL.

The must-shows: the seed case reaches the user and the ACLU counsel; a gag expiring 20 s
from now holds the user's notice until it lapses and then sends it once; with the SMTP
receiver down for 30 s while 20 cases arrive, every owed notice is delivered exactly once
after it comes back. Plus counsel's NDO, production and the user's counsel link through the
review and notify APIs.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from deploy.localinfra._process import free_port
from deploy.localinfra.smtp_sink import read_message
from tests.conftest import SEED_CASE
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
USER = "alt.uscis@example.org"
USERS_COUNSEL = "counsel.alt-uscis@aclu.example.org"
LITIGATION_COUNSEL = "litigation@dueprocess.local"


@pytest.fixture
def service_env() -> dict[str, str]:
    return {
        "DUEPROCESS_NOTICE_LINK_SECRET": "e2e-notice-link-secret-0123456789",
        # Retries measured in seconds, and never given up on during the outage.
        "DUEPROCESS_NOTICE_BACKOFF_BASE_SECONDS": "0.5",
        "DUEPROCESS_NOTICE_BACKOFF_MAX_SECONDS": "3",
        "DUEPROCESS_NOTICE_MAX_ATTEMPTS": "1000",
    }


async def _ready(url: str) -> bool:
    try:
        async with httpx.AsyncClient() as client:
            return (await client.get(f"{url}/readyz", timeout=2)).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
async def two_notifiers(system: RunningSystem) -> RunningSystem:
    """A second notify instance: two dispatchers race for every due notice."""
    port = free_port()
    system.start("notify", instance="notify-2", env={"DUEPROCESS_NOTIFY_HTTP_PORT": str(port)})
    for url in (f"http://127.0.0.1:{system.env['DUEPROCESS_NOTIFY_HTTP_PORT']}", f"http://127.0.0.1:{port}"):
        await system.wait_for(lambda url=url: _ready(url), within=60, what=f"notify at {url}")
    return system


def received(system: RunningSystem) -> list[tuple[float, EmailMessage]]:
    """Every message the receiver accepted, with the wall-clock time it accepted it."""
    paths = sorted(Path(system.sink.maildir).glob("*.eml"))  # named <accepted at, ns>-...
    return [(int(p.name.split("-", 1)[0]) / 1e9, read_message(p)) for p in paths]


def assert_logs_hold_none_of(system: RunningSystem, *personal: str) -> None:
    logs = "".join(path.read_text(errors="replace") for path in system.logs.glob("*.log"))
    assert logs, "the services logged"
    for value in personal:
        assert value not in logs, f"{value} leaked into the logs"


def plain(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def warrant(*, gag_expires_at: datetime | None, gag: bool = True) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {
        "process_type": "SEARCH_WARRANT",
        "requester": {
            "name": "Federal Bureau of Investigation",
            "kind": "FEDERAL",
            "country": "US",
            "email": "agent@fbi.gov",
            "verified": True,
        },
        "targets": ["ALT_USCIS"],
        "data_categories": ["STORED_CONTENT"],
        "date_range": {"start": "2026-01-01", "end": "2026-02-01"},
        "served_at": now.isoformat(),
        "return_by": (now + timedelta(days=14)).isoformat(),
        "nondisclosure": {
            "present": gag,
            "kind": "COURT_ORDER_2705B" if gag else None,
            "expires_at": gag_expires_at.isoformat() if gag_expires_at else None,
        },
        "case_number": "1:26-sw-00077",
        "issuing_court": "E.D. Va.",
    }


async def test_the_seed_case_reaches_the_user_and_the_aclu_counsel(two_notifiers: RunningSystem) -> None:
    system = two_notifiers
    case_id = await system.submit(json.loads(SEED_CASE.read_text()))
    await system.wait_for(
        lambda: {USER, USERS_COUNSEL, LITIGATION_COUNSEL} <= {m["To"] for m in system.mail()},
        within=90,
        what="the user's, their counsel's and our counsel's e-mails",
    )
    by_recipient = {m["To"]: m for m in system.mail()}
    user, counsel = by_recipient[USER], by_recipient[USERS_COUNSEL]
    text = plain(user)
    for says in (
        "U.S. Customs and Border Protection",
        "19 U.S.C. § 1509",
        "Basic account information",
        "13 March 2017, 11:45 (UTC-04:00)",
        "quash",
        "right to seek the advice of a lawyer",
        "ACLU",
        case_id,
        "/counsel/",
    ):
        assert says in text, f"the user's notice should say {says!r}"
    assert "I.P. addresses" not in text and "Identify the person" not in text, "never the document's own text"
    assert user.get_body(("html",)).get_content().count("<script") == 0
    assert "Esha Bhandari" in plain(counsel) and "counsel of record" in plain(counsel)
    assert "/counsel/" not in plain(counsel), "the user's link goes to the user only"
    assert user["X-Dueprocess-Notice-Key"] and user["Message-ID"].startswith(f"<{user['X-Dueprocess-Notice-Key']}@")
    await asyncio.sleep(2)  # any duplicate from the second dispatcher would have come by now
    assert sorted(m["To"] for m in system.mail()) == sorted([USER, USERS_COUNSEL, LITIGATION_COUNSEL])
    assert_logs_hold_none_of(system, "ALT_USCIS", USER, USERS_COUNSEL)


async def test_a_gag_expiring_in_20_seconds_holds_the_user_notice_until_it_lapses(two_notifiers: RunningSystem) -> None:
    system = two_notifiers
    expiry = datetime.now(UTC) + timedelta(seconds=20)
    case_id = await system.submit(warrant(gag_expires_at=expiry))
    db = await asyncpg.connect(system.database_url)
    try:

        async def user_notice() -> Any:
            return await db.fetchrow(
                "SELECT status, not_before, sent_at FROM notify.notices WHERE case_id = $1::uuid AND role = 'USER'",
                case_id,
            )

        planned = await system.wait_for(user_notice, within=60, what="the user's notice planned")
        assert planned["status"] == "SCHEDULED" and planned["not_before"] == expiry
        seen_before_expiry = time.time() < expiry.timestamp()
        assert seen_before_expiry, "the system took longer than the gag to plan the notice; nothing to show"
        assert USER not in {m["To"] for m in system.mail()}, "no notice while the gag is in force"

        await system.wait_for(
            lambda: USER in {m["To"] for m in system.mail()}, within=60, what="the user's notice after the gag lapsed"
        )
        await system.wait_for(
            lambda: USERS_COUNSEL in {m["To"] for m in system.mail()}, within=30, what="their counsel's notice"
        )
        sent = await user_notice()
        assert sent["status"] == "SENT" and sent["sent_at"] >= expiry
    finally:
        await db.close()
    await asyncio.sleep(2)  # let a second dispatcher send it again, if it could
    to_user = [(at, m) for at, m in received(system) if m["To"] == USER]
    assert len(to_user) == 1, "exactly one notice to the user"
    ((accepted_at, message),) = to_user
    assert accepted_at >= expiry.timestamp(), "not a moment before the gag lapsed"
    assert "We could not tell you about it before" in plain(message)
    to_counsel = [(at, m) for at, m in received(system) if m["To"] == USERS_COUNSEL]
    assert len(to_counsel) == 1 and to_counsel[0][0] >= expiry.timestamp()
    reminders = [m for _, m in received(system) if "Nondisclosure order expires" in m["Subject"]]
    assert len(reminders) == 1, "counsel was reminded (the expiry is under 30 days away)"


async def test_smtp_down_for_30_seconds_while_20_cases_arrive_then_each_notice_once(
    two_notifiers: RunningSystem,
) -> None:
    system = two_notifiers
    cases = 20
    system.sink.stop()  # the receiver is down: connections are refused
    down_at = time.monotonic()
    seed = json.loads(SEED_CASE.read_text())
    case_ids = []
    text = seed["raw_text"]
    for n in range(cases):  # different summonses: a repeated one would be a DUPLICATE_REQUEST
        seed["case_number"], seed["raw_text"] = f"CBP-OUTAGE-{n:03d}", f"{text} Summons {n:03d}."
        case_ids.append(await system.submit(seed))
    db = await asyncpg.connect(system.database_url)
    try:

        async def all_tried_and_failed() -> bool:
            row = await db.fetchrow(
                "SELECT count(*) AS owed, count(*) FILTER (WHERE attempts >= 1) AS tried,"
                " count(*) FILTER (WHERE status = 'SENT') AS sent FROM notify.notices"
            )
            return row["owed"] == 3 * cases and row["tried"] == 3 * cases and row["sent"] == 0

        await system.wait_for(all_tried_and_failed, within=60, what="every owed notice tried while SMTP is down")
        await asyncio.sleep(max(0.0, 30 - (time.monotonic() - down_at)))  # the outage lasts 30 s
        assert not system.mail()
        system.sink.start()

        async def all_sent() -> bool:
            return await db.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == 3 * cases

        await system.wait_for(all_sent, within=90, what=f"all {3 * cases} notices sent after the outage")
        await system.wait_for(lambda: len(system.mail()) >= 3 * cases, within=30, what="every e-mail received")
        await asyncio.sleep(2)  # a duplicate would arrive now
        attempts = await db.fetchval("SELECT max(total_attempts) FROM notify.notices")
        dead = await db.fetchval("SELECT count(*) FROM notify.notices WHERE status IN ('FAILED', 'DEAD_LETTER')")
        dispatched = await db.fetchval("SELECT count(*) FROM notify.outbox WHERE topic = 'notice.dispatched.v1'")
    finally:
        await db.close()
    mail = system.mail()
    assert len(mail) == 3 * cases
    assert max(collections.Counter(m["Message-ID"] for m in mail).values()) == 1, "no notice delivered twice"
    per_case = collections.Counter(m["X-Dueprocess-Case"] for m in mail)
    assert set(per_case) == set(case_ids) and set(per_case.values()) == {3}
    per_role = collections.Counter(m["X-Dueprocess-Role"] for m in mail)
    assert per_role == {"USER": cases, "COUNSEL": cases, "INTERNAL_COUNSEL": cases}
    assert attempts > 1 and dead == 0
    assert dispatched == 3 * cases, "notice.dispatched.v1 once for each sent notice"


async def test_counsel_lifts_the_gag_records_a_production_and_the_user_names_a_lawyer(
    system: RunningSystem,
) -> None:
    review_api = f"http://127.0.0.1:{system.env['DUEPROCESS_REVIEW_HTTP_PORT']}"
    staff = {"X-Dueprocess-Staff": "Counsel A", **system.internal_headers}
    case_id = await system.submit(warrant(gag_expires_at=datetime.now(UTC) + timedelta(days=60)))
    db = await asyncpg.connect(system.database_url)
    try:

        async def user_status() -> str | None:
            return await db.fetchval(
                "SELECT status FROM notify.notices WHERE case_id = $1::uuid AND role = 'USER' AND kind = 'initial'",
                case_id,
            )

        await system.wait_for(user_status, within=60, what="the user's notice planned")
        assert await user_status() == "SCHEDULED"
        async with httpx.AsyncClient(timeout=10) as client:
            refused = await client.post(
                f"{review_api}/api/v1/cases/{case_id}/nondisclosure", headers=staff, json={"kind": None}
            )
            assert refused.status_code == 409, "a change of the gag needs a reason"
            lifted = await client.post(
                f"{review_api}/api/v1/cases/{case_id}/nondisclosure",
                headers=staff,
                json={"kind": None, "reason": "order vacated on the government's motion"},
            )
            assert lifted.status_code == 201, lifted.text
        await system.wait_for(
            lambda: USER in {m["To"] for m in system.mail()}, within=60, what="the user told once the gag is lifted"
        )

        async with httpx.AsyncClient(timeout=10) as client:
            produced = await client.post(
                f"{review_api}/api/v1/cases/{case_id}/production-made",
                headers=staff,
                json={"reason": "BSI only, by portal", "produced": ["BASIC_SUBSCRIBER"]},
            )
            assert produced.status_code == 201, produced.text
        await system.wait_for(
            lambda: [m for m in system.mail() if m["To"] == USER and "Update" in m["Subject"]],
            within=60,
            what="the production update to the user",
        )
        update = next(m for m in system.mail() if m["To"] == USER and "Update" in m["Subject"])
        assert "we provided information" in plain(update) and "by portal" not in plain(update)

        first = next(m for m in system.mail() if m["To"] == USER and "Update" not in m["Subject"])
        link = next(line.strip() for line in plain(first).splitlines() if "/counsel/" in line)
        async with httpx.AsyncClient(timeout=10) as client:
            form = await client.get(link)
            assert form.status_code == 200 and "Name your lawyer" in form.text
            assert "default-src 'none'" in form.headers["content-security-policy"]
            assert form.headers["x-content-type-options"] == "nosniff"
            named = await client.post(link, data={"name": "Ann Advocate", "email": "ann@advocates.example"})
            assert named.status_code == 201, named.text
            # The link names counsel once (issue 15): used again, it changes nothing.
            reused = await client.post(link, data={"name": "Mallory", "email": "mallory@evil.example"})
            assert reused.status_code == 404 and "not valid or has expired" in reused.text
        await system.wait_for(
            lambda: [m for m in system.mail() if m["To"] == USER and "Ann Advocate" in m["Subject"]],
            within=60,
            what="the user told of the change of counsel, at their own address",
        )
        changed = next(m for m in system.mail() if m["To"] == USER and "Ann Advocate" in m["Subject"])
        assert "ann@advocates.example" in plain(changed) and "IF IT WAS NOT YOU" in plain(changed)
        await system.wait_for(
            lambda: "ann@advocates.example" in {m["To"] for m in system.mail()},
            within=60,
            what="the newly named counsel's notice",
        )
        catch_up = next(m for m in system.mail() if m["To"] == "ann@advocates.example")
        assert "mallory@evil.example" not in {m["To"] for m in system.mail()}, "a reused link gives nobody the case"
        assert "WHAT HAS HAPPENED SO FAR" in plain(catch_up) and "we provided information" in plain(catch_up)
        history = [
            r["change"]
            for r in await db.fetch(
                "SELECT change FROM notify.gag_order_history WHERE case_id = $1::uuid ORDER BY id", case_id
            )
        ]
        assert history == ["REVIEWED", "LIFTED"]
    finally:
        await db.close()
    assert_logs_hold_none_of(
        system, "ALT_USCIS", USER, USERS_COUNSEL, "ann@advocates.example", "Ann Advocate", link.rsplit("/", 1)[1]
    )

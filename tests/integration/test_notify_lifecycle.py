"""The notify service on a real PostgreSQL with a real SMTP receiver (aiosmtpd): the gag-order
lifecycle, updates, counsel of record (API and signed link), dead letters and permanent failures.

Time is a test clock handed to the service layer and the dispatcher; nothing here sleeps.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from aiosmtpd.controller import Controller

from deploy.localinfra._process import free_port
from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.adapters.notices import PostgresNoticeRepository
from services.notify.entrypoints.http import STAFF_HEADER, create_app
from services.notify.service_layer import services
from shared.contracts import Finding, Nondisclosure
from shared.vocabulary import CounselAction, DataCategory, Disposition, Severity, UserNoticeAction
from tests.conftest import DEMO_ACCOUNTS, INTERNAL_API_TOKEN, INTERNAL_HEADERS
from tests.integration.notify_support import (
    COUNSEL,
    HFF,
    LEGAL_OPS,
    T0,
    USER,
    USERS_COUNSEL,
    Clock,
    Notify,
    gag,
    policy,
    reviewed,
    text,
    to,
)

pytestmark = pytest.mark.integration


# --- the gag-order lifecycle ------------------------------------------------------------------------


async def test_ndo_extended_before_expiry_moves_the_notice_and_reminds_counsel_again(
    notify: Notify, sink: SmtpSink
) -> None:
    expiry = T0 + timedelta(days=60)
    case_id = await notify.review(
        reviewed(
            targets=["ALT_USCIS"], action=UserNoticeAction.NOTIFY_AFTER, not_before=expiry, nondisclosure=gag(expiry)
        )
    )
    assert await notify.statuses(case_id) == [
        ("initial", "COUNSEL", USERS_COUNSEL, "SCHEDULED"),
        ("initial", "USER", USER, "SCHEDULED"),
        ("ndo-reminder", "INTERNAL_COUNSEL", COUNSEL, "SCHEDULED"),
    ]

    notify.clock.advance(days=29, hours=23)
    assert await notify.dispatch() == 0
    notify.clock.advance(hours=1)  # 30 days before expiry
    assert await notify.dispatch() == 1
    (reminder,) = to(sink, COUNSEL, case_id)
    assert "expires" in reminder["Subject"] and "/nondisclosure" in text(reminder)

    notify.clock.advance(days=20)  # 10 days before expiry the court extends the order
    extended = T0 + timedelta(days=120)
    assert (
        await notify.decide(
            case_id,
            CounselAction.NDO_CHANGED,
            nondisclosure=gag(extended),
            reason="extended by E.D. Va. order of 21 April",
        )
        >= 2
    )
    rows = await notify.pool.fetch(
        "SELECT role, status, not_before FROM notify.notices WHERE case_id = $1 AND role <> 'INTERNAL_COUNSEL'", case_id
    )
    assert {(r["status"], r["not_before"]) for r in rows} == {("SCHEDULED", extended)}

    notify.clock.now = expiry + timedelta(seconds=1)  # the old expiry passes: nothing to the user
    assert await notify.dispatch() == 0
    assert not to(sink, USER) and not to(sink, USERS_COUNSEL)
    notify.clock.now = extended - timedelta(days=30)
    assert await notify.dispatch() == 1, "a reminder for the new expiry"
    notify.clock.now = extended - timedelta(seconds=1)
    assert await notify.dispatch() == 0
    notify.clock.now = extended
    assert await notify.dispatch() == 2
    (user,), (users_counsel,) = to(sink, USER), to(sink, USERS_COUNSEL)
    assert "We could not tell you about it before" in text(user)
    assert users_counsel["X-Dueprocess-Case"] == str(case_id)
    assert await notify.dispatch() == 0
    app = create_app(pool=notify.pool, policy=notify.policy, clock=notify.clock, internal_api_token=INTERNAL_API_TOKEN)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://notify", headers=INTERNAL_HEADERS
    ) as client:
        state = (await client.get(f"/api/v1/cases/{case_id}/nondisclosure")).json()
        assert (await client.get(f"/api/v1/cases/{uuid.uuid4()}/nondisclosure")).status_code == 404
    assert [h["change"] for h in state["history"]] == ["REVIEWED", "EXTENDED"]
    assert state["version"] == 2 and state["ruled_by_counsel"] and not state["in_force"]
    assert state["user_notice"] == {"status": "PENDING", "not_before": None}, "the order has lapsed"


async def test_a_new_gag_stops_a_pending_notice_and_lifting_it_sends_it(notify: Notify, sink: SmtpSink) -> None:
    sink.refuse(True)  # the first attempt fails: the notice is PENDING, retrying
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    assert await notify.dispatch() == 1
    assert await notify.statuses(case_id) == [("initial", "USER", HFF, "PENDING")]
    sink.refuse(False)
    await notify.decide(
        case_id, CounselAction.NDO_CHANGED, nondisclosure=gag(None), reason="indefinite § 2705(b) order served today"
    )
    assert (await notify.statuses(case_id))[0] == ("initial", "USER", HFF, "WITHHELD")
    flags = [s for s in await notify.statuses(case_id) if s[0] == "ndo-flag"]
    assert flags == [("ndo-flag", "INTERNAL_COUNSEL", COUNSEL, "PENDING")], "an indefinite order is flagged"
    notify.clock.advance(days=400)
    assert await notify.dispatch() == 1  # only the flag
    assert not to(sink, HFF)
    (flag,) = to(sink, COUNSEL, case_id)
    assert "INDEFINITE" in flag["Subject"]

    await notify.decide(
        case_id, CounselAction.NDO_CHANGED, nondisclosure=Nondisclosure(), reason="order vacated on motion"
    )
    assert await notify.dispatch() == 1
    assert len(to(sink, HFF)) == 1


async def test_the_dispatcher_holds_a_user_notice_that_a_gag_forbids(notify: Notify, sink: SmtpSink) -> None:
    """Even if a row says PENDING (a bug, a hand edit), nothing reaches the user under a gag."""
    expiry = T0 + timedelta(days=10)
    case_id = await notify.review(
        reviewed(
            targets=["harbor_freight_fan"],
            action=UserNoticeAction.NOTIFY_AFTER,
            not_before=expiry,
            nondisclosure=gag(expiry),
        )
    )
    await notify.pool.execute(
        "UPDATE notify.notices SET status = 'PENDING', not_before = NULL,"
        " next_attempt_at = $2 WHERE case_id = $1 AND role = 'USER'",
        case_id,
        T0,
    )
    assert await notify.dispatch() >= 1
    assert not to(sink, HFF)
    assert await notify.statuses(case_id) == [
        ("initial", "USER", HFF, "SCHEDULED"),
        ("ndo-reminder", "INTERNAL_COUNSEL", COUNSEL, "SENT"),
    ]
    outcomes = await notify.pool.fetch(
        "SELECT outcome FROM notify.delivery_attempts a JOIN notify.notices n"
        " USING (notice_id) WHERE n.case_id = $1 AND n.role = 'USER'",
        case_id,
    )
    assert [r["outcome"] for r in outcomes] == ["GAGGED"]
    notify.clock.now = expiry
    assert await notify.dispatch() == 1 and len(to(sink, HFF)) == 1


async def test_over_long_federal_order_is_flagged_and_counsel_release_sends(notify: Notify, sink: SmtpSink) -> None:
    expiry = T0 + timedelta(days=500)
    case_id = await notify.review(
        reviewed(
            targets=["ALT_USCIS"],
            action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL,
            nondisclosure=gag(expiry),
            findings=[
                Finding(
                    code="SCA_NDO_INVALID_TERM",
                    severity=Severity.WARN,
                    citation="18 U.S.C. § 2705(b)",
                    explanation="over one year",
                )
            ],
        )
    )
    assert await notify.dispatch() == 1  # the flag; the reminder waits for expiry − 30 d
    (flag,) = to(sink, COUNSEL, case_id)
    assert "OVER_LONG" in flag["Subject"] and "500 days" in text(flag)
    assert not to(sink, USER)
    await notify.decide(case_id, CounselAction.RELEASE_NOTICE, reason="term exceeds policy; counsel rules it void")
    assert await notify.dispatch() == 2
    assert len(to(sink, USER)) == 1 and len(to(sink, USERS_COUNSEL)) == 1


# --- updates ----------------------------------------------------------------------------------------------


async def test_updates_reach_the_user_and_counsel_and_wait_while_gagged(notify: Notify, sink: SmtpSink) -> None:
    case_id = await notify.review(reviewed(targets=["ALT_USCIS", "quiet_reporter"]))
    assert await notify.dispatch() == 3
    await notify.decide(case_id, CounselAction.DECIDE, disposition=Disposition.CHALLENGE, reason="First Amendment")
    await notify.decide(
        case_id, CounselAction.RETURN_DATE_MOVED, return_by=T0 + timedelta(days=30), reason="CBP agreed to extend"
    )
    assert await notify.dispatch() == 6
    user_updates = [m for m in to(sink, USER) if m["Subject"].startswith("Update")]
    assert len(user_updates) == 2
    decided, moved = (text(m) for m in user_updates)
    assert "we will challenge the demand" in decided and "First Amendment" not in decided, "no internal reasons"
    assert "has moved from 16 March 2026" in moved and "to 1 April 2026" in moved
    assert "quiet_reporter" not in decided and "@quiet_reporter" not in moved, "no other target is revealed"
    assert "/counsel/" in decided and "/counsel/" not in text(to(sink, USERS_COUNSEL)[-1])

    # A new gag: the production update waits with everything else, and follows the gag.
    expiry = notify.clock() + timedelta(days=90)
    await notify.decide(case_id, CounselAction.NDO_CHANGED, nondisclosure=gag(expiry), reason="new 90-day order")
    await notify.decide(
        case_id,
        CounselAction.PRODUCTION_MADE,
        produced=[DataCategory.BASIC_SUBSCRIBER],
        reason="produced BSI to FBI by secure portal",
    )
    assert await notify.dispatch() == 0  # everything waits; the reminder is due 30 days before expiry
    assert not [m for m in to(sink, USER) if "provided information" in text(m)]
    notify.clock.now = expiry
    await notify.dispatch()
    produced = [m for m in sink.messages() if "provided information" in text(m)]
    assert {m["To"] for m in produced} == {USER, USERS_COUNSEL, "quiet.reporter@example.com"}


async def test_a_decision_before_the_review_is_applied_when_the_review_arrives(notify: Notify, sink: SmtpSink) -> None:
    case_id = uuid.uuid4()
    assert await notify.decide(case_id, CounselAction.DECIDE, disposition=Disposition.OBJECT, reason="r") == 0
    await notify.review(reviewed(targets=["harbor_freight_fan"]), case_id=case_id)
    assert [s[0] for s in await notify.statuses(case_id)] == ["initial", "update"]
    assert await notify.dispatch() == 2
    first, second = to(sink, HFF)
    assert first["Subject"].startswith("Legal demand") and second["Subject"].startswith("Update"), "in order"


# --- counsel of record ----------------------------------------------------------------------------------


async def test_counsel_named_by_legal_ops_after_notices_went_out_is_owed_one(notify: Notify, sink: SmtpSink) -> None:
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    await notify.dispatch()
    await notify.decide(case_id, CounselAction.CHALLENGE_FILED, reason="motion to quash, E.D. Va.")
    await notify.dispatch()
    app = create_app(pool=notify.pool, policy=notify.policy, clock=notify.clock, internal_api_token=INTERNAL_API_TOKEN)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://notify", headers=INTERNAL_HEADERS
    ) as client:
        refused = await client.put(
            "/api/v1/accounts/harbor_freight_fan/counsel", json={"name": "J. Lawyer", "email": "jl@law.example"}
        )
        assert refused.status_code == 400, "staff only"
        named = await client.put(
            "/api/v1/accounts/@Harbor_Freight_Fan/counsel",
            headers={STAFF_HEADER: "Legal Ops B"},
            json={"name": "J. Lawyer", "email": "jl@law.example", "organization": "EFF"},
        )
        assert named.status_code == 200, named.text
        assert named.json()["notices_owed"] == 1 and named.json()["handle"] == "harbor_freight_fan"
        current = (await client.get("/api/v1/accounts/harbor_freight_fan/counsel")).json()
        assert current["counsel"]["email"] == "jl@law.example" and current["source"] == "appointed"
    await notify.dispatch()
    (catch_up,) = to(sink, "jl@law.example")
    body = text(catch_up)
    assert "counsel of record" in body and "WHAT HAS HAPPENED SO FAR" in body and "challenge" in body
    # From then on counsel receives every notice on the matter.
    await notify.decide(case_id, CounselAction.DECIDE, disposition=Disposition.CHALLENGE)
    await notify.dispatch()
    assert len(to(sink, "jl@law.example")) == 2 and len(to(sink, HFF)) == 4
    (told,) = [m for m in to(sink, HFF) if "lawyer of record" in m["Subject"]]
    assert "J. Lawyer" in text(told) and "by our legal team" in text(told), "the user is told of the change"


async def test_the_user_names_counsel_through_the_signed_link(notify: Notify, sink: SmtpSink) -> None:
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    await notify.dispatch()
    (notice,) = to(sink, HFF)
    link = next(line for line in text(notice).splitlines() if "/counsel/" in line).strip()
    assert link.startswith("https://notify.dueprocess.test/counsel/")
    path = link.removeprefix("https://notify.dueprocess.test")
    assert "harbor" not in path and HFF not in path, "the token is the only thing in the URL"
    app = create_app(pool=notify.pool, policy=notify.policy, clock=notify.clock, internal_api_token=INTERNAL_API_TOKEN)
    # The user's browser: no service credential, the signed link is enough.
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notify") as client:
        form = await client.get(path)
        assert form.status_code == 200 and "@harbor_freight_fan" in form.text
        assert form.headers["referrer-policy"] == "no-referrer"
        tampered = await client.get(path[:-2] + ("AA" if not path.endswith("AA") else "BB"))
        assert tampered.status_code == 404
        bad = await client.post(path, data={"name": "Ann Advocate", "email": "not an address"})
        assert bad.status_code == 422
        done = await client.post(
            path,
            data={"name": "<b>Ann</b> Advocate", "email": "ann@advocates.example", "organization": "ACLU of Virginia"},
        )
        assert done.status_code == 201 and "&lt;b&gt;Ann&lt;/b&gt;" in done.text
        assert form.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'none'" in form.headers["content-security-policy"]
        notify.clock.advance(days=31)
        expired = await client.get(path)
        assert expired.status_code == 404, "expired, used or not ours: one answer"
        assert expired.text.replace(path, "") == tampered.text.replace(path[:-2] + tampered.url.path[-2:], "")
    await notify.dispatch()
    (catch_up,) = to(sink, "ann@advocates.example")
    assert "harbor_freight_fan" in text(catch_up)
    appointed = await notify.pool.fetchrow("SELECT source, case_id FROM notify.counsel_appointments")
    assert appointed["source"] == "USER_LINK" and appointed["case_id"] == case_id


# --- delivery: dead letters, permanent failures --------------------------------------------------------------


async def test_dead_letter_after_n_attempts_then_retried_by_hand(notify: Notify, sink: SmtpSink) -> None:
    sink.refuse(True)
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    for _ in range(3):
        assert await notify.dispatch() >= 1
        notify.clock.advance(hours=1)
    assert ("initial", "USER", HFF, "DEAD_LETTER") in await notify.statuses(case_id)
    app = create_app(pool=notify.pool, policy=notify.policy, clock=notify.clock, internal_api_token=INTERNAL_API_TOKEN)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://notify", headers=INTERNAL_HEADERS
    ) as client:
        dead = (await client.get("/api/v1/notices", params={"status": "DEAD_LETTER"})).json()["notices"]
        assert [(n["role"], n["total_attempts"]) for n in dead] == [("USER", 3)]
        dashboard = await client.get("/dashboard")
        assert dead[0]["notice_id"] in dashboard.text
        sink.refuse(False)
        await notify.dispatch()  # the alert to legal ops goes out
        (alert,) = to(sink, LEGAL_OPS, case_id)
        assert "DEAD_LETTER" in alert["Subject"] and HFF not in alert.as_string(), "never the recipient"
        assert (await client.post(f"/api/v1/notices/{dead[0]['notice_id']}/retry")).status_code == 400
        retried = await client.post(f"/api/v1/notices/{dead[0]['notice_id']}/retry", headers={STAFF_HEADER: "Ops C"})
        assert retried.status_code == 202 and retried.json()["status"] == "PENDING"
        again = await client.post(f"/api/v1/notices/{dead[0]['notice_id']}/retry", headers={STAFF_HEADER: "Ops C"})
        assert again.status_code == 409
        assert await notify.dispatch() == 1
        detail = (await client.get(f"/api/v1/notices/{dead[0]['notice_id']}")).json()
    assert detail["status"] == "SENT" and detail["idempotency_key"] == dead[0]["notice_id"]
    assert [a["outcome"] for a in detail["delivery_attempts"]] == [
        "TRANSIENT",
        "TRANSIENT",
        "TRANSIENT",
        "RETRY_REQUESTED",
        "SENT",
    ]
    (user,) = to(sink, HFF)
    assert user["X-Dueprocess-Notice-Key"] == dead[0]["notice_id"]


class _RefusingRecipients:
    """An SMTP server that answers 550 to one address and accepts the rest."""

    def __init__(self, refused: str) -> None:
        self.refused = refused
        self.accepted: list[bytes] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address == self.refused:
            return "550 5.1.1 <" + address + ">: no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.accepted.append(envelope.original_content)
        return "250 OK"


async def test_a_permanent_refusal_fails_the_notice_and_alerts_legal_ops(pool: asyncpg.Pool) -> None:
    await services.load_contacts(pool=pool, entries=json.loads(DEMO_ACCOUNTS.read_text()))
    handler = _RefusingRecipients(HFF)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        notify = Notify(pool, f"smtp://127.0.0.1:{controller.port}", Clock(), policy())
        case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
        assert await notify.dispatch() == 2  # the notice (refused) and the alert (sent)
    finally:
        controller.stop()
    statuses = await notify.statuses(case_id)
    assert statuses == [("delivery-alert", "INTERNAL_COUNSEL", LEGAL_OPS, "SENT"), ("initial", "USER", HFF, "FAILED")]
    (alert,) = handler.accepted
    assert b"reply code 550" in alert and HFF.encode() not in alert
    async with pool.acquire() as conn:
        [row] = [
            n
            for n in await PostgresNoticeRepository(conn).listing(status=None, case_id=case_id, limit=10)
            if n.role == "USER"
        ]
    assert row.attempts == 1 and row.last_error and "550" in row.last_error and HFF not in row.last_error
    assert await pool.fetchval("SELECT count(*) FROM notify.notices WHERE case_id = $1", case_id) == 2, "kept"

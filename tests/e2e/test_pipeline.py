"""End to end: intake → Kafka → review → notify → SMTP, each service its own process."""

from __future__ import annotations

import asyncio
import collections
import json
import subprocess
import sys
from typing import Any

import asyncpg
import httpx
import pytest

from shared.contracts import Topics
from tests.conftest import SEED_CASE, KafkaUnderTest, read_topic
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
USER = "alt.uscis@example.org"
USERS_COUNSEL = "counsel.alt-uscis@aclu.example.org"
LITIGATION_COUNSEL = "litigation@dueprocess.local"


async def view(system: RunningSystem, case_id: str) -> dict[str, Any]:
    return await system.case(case_id)


def recipients(system: RunningSystem) -> list[str]:
    return [message["To"] for message in system.mail()]


async def test_the_alt_uscis_summons_reaches_the_user_and_their_counsel(system: RunningSystem) -> None:
    case_id = await system.submit(json.loads(SEED_CASE.read_text()))

    async def all_notices_sent() -> bool:
        notices = (await view(system, case_id))["notices"]
        return len(notices) == 3 and all(n["status"] == "SENT" for n in notices)

    await system.wait_for(all_notices_sent, within=60, what="three notices SENT in the case view")
    document = await view(system, case_id)
    review = document["review"]
    assert review["disposition"] == "CHALLENGE"
    assert review["escalation_tier"] == "LITIGATION"
    assert review["user_notice"]["action"] == "NOTIFY_NOW"
    codes = {finding["code"] for finding in review["findings"]}
    assert {"SCA_BSI_SUBPOENA_OK", "ANON_POLITICAL_GOV", "RETURN_DATE_DEFECT", "NOTICE_REQUIRED"} <= codes
    assert codes & {"ADMIN_PURPOSE_OUT_OF_SCOPE", "ADMIN_PURPOSE_UNSTATED"}
    assert all(finding["citation"] for finding in review["findings"])
    assert {(n["role"], n["recipient"]) for n in document["notices"]} == {
        ("USER", USER),
        ("COUNSEL", USERS_COUNSEL),
        ("INTERNAL_COUNSEL", LITIGATION_COUNSEL),
    }

    by_recipient = {message["To"]: message for message in system.mail()}
    assert set(by_recipient) == {USER, USERS_COUNSEL, LITIGATION_COUNSEL}
    user_text = by_recipient[USER].get_body(("plain",)).get_content()
    assert "U.S. Customs and Border Protection" in user_text
    assert "1509" in user_text and "ALT_USCIS" in user_text
    assert "I.P. addresses" not in user_text, "the document's raw text stays out of notices"
    assert "ALT_USCIS" in by_recipient[USERS_COUNSEL].get_body(("plain",)).get_content()
    assert "ANON_POLITICAL_GOV" in by_recipient[LITIGATION_COUNSEL].get_body(("plain",)).get_content()

    logs = "".join(path.read_text(errors="replace") for path in system.logs.glob("*.log"))
    assert logs, "the services logged"
    for personal in ("ALT_USCIS", USER, USERS_COUNSEL):
        assert personal not in logs, f"{personal} leaked into the logs"

    status = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "deploy.cli", "status", case_id, "--json", "--url", system.base_url],
        capture_output=True,
        text=True,
        timeout=30,
        env=system.env,  # DUEPROCESS_API_TOKEN
    )
    assert status.returncode == 0, status.stderr
    printed = json.loads(status.stdout)
    assert printed["review"]["disposition"] == "CHALLENGE"
    assert {n["role"] for n in printed["notices"]} == {"USER", "COUNSEL", "INTERNAL_COUNSEL"}

    # Each service's metrics listener (a port of its own, for Prometheus) shows what this case
    # did; the staff-facing web app and the internal APIs answer /metrics with a 404 and no
    # count, with credentials or without (issue 15, finding 5: exact counts leaked there).
    scraped = {}
    async with httpx.AsyncClient() as client:
        for service, app_port, credentials in (
            ("intake", system.env["DUEPROCESS_HTTP_PORT"], system.headers),
            ("review", system.env["DUEPROCESS_REVIEW_HTTP_PORT"], system.internal_headers),
            ("notify", system.env["DUEPROCESS_NOTIFY_HTTP_PORT"], system.internal_headers),
        ):
            metrics_port = system.env[f"DUEPROCESS_{service.upper()}_METRICS_PORT"]
            response = await client.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10)
            assert response.status_code == 200
            scraped[service] = response.text
            for headers in ({}, credentials):
                refused = await client.get(f"http://127.0.0.1:{app_port}/metrics", headers=headers, timeout=10)
                assert refused.status_code == 404, (service, refused.status_code)
                assert "dueprocess_" not in refused.text and "_total" not in refused.text, (service, refused.text)
    expected = {
        "intake": [
            'dueprocess_cases_received_total{channel="api",process_type="SUBPOENA_ADMINISTRATIVE"} 1.0',
            "dueprocess_outbox_backlog{",
            "dueprocess_consumer_lag{",
            "faststream_received_messages_total{",
        ],
        "review": [
            'dueprocess_findings_total{code="ANON_POLITICAL_GOV",severity="block"} 1.0',
            'dueprocess_reviews_total{disposition="CHALLENGE",tier="LITIGATION"} 1.0',
            "dueprocess_review_latency_seconds_count 1.0",
            'dueprocess_escalations_total{re_alert="false",tier="LITIGATION"} 1.0',
            "# TYPE dueprocess_sla_breaches_total counter",
            "dueprocess_outbox_backlog{",
        ],
        "notify": [
            'dueprocess_notices_total{outcome="SENT",role="USER"} 1.0',
            'dueprocess_notices_total{outcome="SENT",role="INTERNAL_COUNSEL"} 1.0',
            'dueprocess_notices_owed{status="PENDING"} 0.0',
            "dueprocess_consumer_lag{",
        ],
    }
    for service, samples in expected.items():
        for sample in samples:
            assert sample in scraped[service], f"{service} /metrics lacks {sample}"


REVIEW_GATE = 7_431_001
# A consumption gate: the first transaction that stores a review takes the ticket and goes
# through (review stores a poll's records of one partition in one transaction); every other
# transaction's INSERT waits on an advisory lock the test holds. SECURITY DEFINER: review's own
# role needs no grant on the gate.
GATE_TRIGGER = f"""
CREATE TABLE public.dueprocess_test_gate (ticket xid8);
INSERT INTO public.dueprocess_test_gate VALUES (NULL);
CREATE FUNCTION public.dueprocess_test_gate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    holder xid8;
BEGIN
    SELECT ticket INTO holder FROM public.dueprocess_test_gate FOR UPDATE;
    IF holder IS NULL THEN
        UPDATE public.dueprocess_test_gate SET ticket = pg_current_xact_id();
    ELSIF holder <> pg_current_xact_id() THEN
        PERFORM pg_advisory_xact_lock_shared({REVIEW_GATE});
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER dueprocess_test_gate BEFORE INSERT ON review.reviews
    FOR EACH ROW EXECUTE FUNCTION public.dueprocess_test_gate();
"""
GATE_REMOVAL = """
DROP TRIGGER IF EXISTS dueprocess_test_gate ON review.reviews;
DROP FUNCTION IF EXISTS public.dueprocess_test_gate();
DROP TABLE IF EXISTS public.dueprocess_test_gate;
"""


async def test_review_killed_with_unacknowledged_messages_reviews_each_case_once(
    system: RunningSystem, kafka: KafkaUnderTest
) -> None:
    cases = 40
    system.kill("review")
    seed = json.loads(SEED_CASE.read_text())
    case_ids = []
    text = seed["raw_text"]
    for n in range(cases):  # 40 different summonses: a repeated one would be a DUPLICATE_REQUEST
        seed["case_number"], seed["raw_text"] = f"CBP-{n:04d}", f"{text} Summons {n:04d}."
        case_ids.append(await system.submit(seed))

    db = await asyncpg.connect(system.database_url)
    gate = await asyncpg.connect(system.database_url)
    try:

        async def published() -> bool:
            return await db.fetchval("SELECT count(*) FROM intake.outbox WHERE published_at IS NULL") == 0

        await system.wait_for(published, what="intake outbox drained to Kafka")
        # A consumption gate instead of a race: once one transaction of reviews is stored, every
        # further one waits at the gate. Review is then killed while it holds fetched records it
        # has not acknowledged, whatever the machine's speed.
        await gate.execute(f"SELECT pg_advisory_lock({REVIEW_GATE})")
        await db.execute(GATE_TRIGGER)
        system.start("review")

        async def held_at_the_gate() -> bool:
            reviewed = await db.fetchval("SELECT count(*) FROM review.reviews")
            waiting = await db.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'"
            )
            return reviewed >= 1 and waiting >= 1

        await system.wait_for(held_at_the_gate, what="the first review, then review waiting at the gate")
        system.kill("review")  # mid-stream: fetched records not yet acknowledged
        killed_at = await db.fetchval("SELECT count(*) FROM review.reviews")
        assert 1 <= killed_at < cases, "the kill must land while messages are still unacknowledged"
        # Open the gate before dropping it: the killed review's backend still waits there,
        # holding its table lock until it finds its client gone (its transaction never commits).
        await gate.execute(f"SELECT pg_advisory_unlock({REVIEW_GATE})")
        await db.execute(GATE_REMOVAL)
        system.start("review")

        async def all_reviewed() -> bool:
            return await db.fetchval("SELECT count(*) FROM review.reviews") == cases

        await system.wait_for(all_reviewed, within=120, what=f"all {cases} reviews (killed at {killed_at})")
        await system.wait_for(lambda: len(system.mail()) >= 3 * cases, within=120, what="all notices delivered")
        await asyncio.sleep(3)  # let any duplicate that would come, come
        assert await db.fetchval("SELECT count(*) FROM review.reviews") == cases
        assert await db.fetchval("SELECT count(*) FROM notify.notices WHERE status = 'SENT'") == 3 * cases
    finally:
        await gate.close()
        await db.execute(GATE_REMOVAL)
        await db.close()

    reviewed = await read_topic(kafka, system.env["DUEPROCESS_KAFKA_TOPIC_PREFIX"] + Topics.REVIEWED)
    events_per_case: dict[bytes, set[str]] = collections.defaultdict(set)
    for record in reviewed:
        events_per_case[record.key].add(json.loads(record.value)["event_id"])
    assert len(events_per_case) == cases
    assert all(len(ids) == 1 for ids in events_per_case.values()), "one review event per case (re-sends share its id)"

    mail = system.mail()
    message_ids = collections.Counter(message["Message-ID"] for message in mail)
    assert len(mail) == 3 * cases and max(message_ids.values()) == 1, "no notice sent twice"
    per_case = collections.Counter(message["X-Dueprocess-Case"] for message in mail)
    assert set(per_case) == set(case_ids) and set(per_case.values()) == {3}

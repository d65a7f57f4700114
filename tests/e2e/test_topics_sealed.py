"""End to end (issue 15, finding 7): after the seed case's whole life through the three service
processes, no record of any topic carries a handle, an e-mail address or a person's name in
clear; its personal fields are sealed under the event key ring and open with it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from shared.contracts import EVENT_PAYLOADS, Topics
from tests.conftest import SEED_CASE, KafkaUnderTest, parse_event, read_topic
from tests.e2e.conftest import RunningSystem

pytestmark = [pytest.mark.e2e, pytest.mark.integration]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
SEED = json.loads(SEED_CASE.read_text())
# Who the seed case is about, who sent it, who signed it, and who is told.
PERSONAL = (
    "ALT_USCIS",
    SEED["requester"]["signer"],  # a person's name
    SEED["requester"]["signer"].split()[-1],
    "alt.uscis@example.org",
    "counsel.alt-uscis@aclu.example.org",
    SEED["requester"]["email"],
)


async def every_topic(kafka: KafkaUnderTest, prefix: str) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    await admin.start()
    try:
        return sorted(topic for topic in await admin.list_topics() if topic.startswith(prefix))
    finally:
        await admin.close()


def clear_personal_values(text: str) -> list[str]:
    found = [needle for needle in PERSONAL if needle.lower() in text.lower()]
    return found + [match.group(0) for match in EMAIL.finditer(text)]


async def test_no_topic_carries_a_handle_address_or_name_in_clear(
    system: RunningSystem, kafka: KafkaUnderTest, topic_prefix: str
) -> None:
    case_id = await system.submit(SEED)

    async def all_notices_sent() -> bool:
        notices = (await system.case(case_id))["notices"]
        return len(notices) == 3 and all(n["status"] == "SENT" for n in notices)

    await system.wait_for(all_notices_sent, within=60, what="three notices SENT in the case view")
    # The data really flowed: the notices went to the user, their counsel and ours.
    assert {"alt.uscis@example.org", "counsel.alt-uscis@aclu.example.org"} <= {m["To"] for m in system.mail()}

    topics = await every_topic(kafka, topic_prefix)
    assert {topic_prefix + t for t in (Topics.RECEIVED, Topics.REVIEWED, Topics.NOTICE_PLANNED)} <= set(topics)
    leaks: dict[str, list[str]] = {}
    opened: dict[str, list[Any]] = {}
    for topic in topics:
        for record in await read_topic(kafka, topic):
            headers = " ".join(f"{k}={bytes(v).decode(errors='replace')}" for k, v in record.headers or ())
            text = " ".join((bytes(record.key or b"").decode(errors="replace"), headers, record.value.decode()))
            if found := clear_personal_values(text):
                leaks.setdefault(topic, []).extend(found)
            event_type = json.loads(record.value).get("event_type")
            if event_type in EVENT_PAYLOADS and topic.startswith(topic_prefix) and "dlq." not in topic:
                opened.setdefault(event_type, []).append(parse_event(record.value, EVENT_PAYLOADS[event_type]))
    assert leaks == {}, leaks

    # Sealed, not dropped: consumers open every personal field with the ring.
    received = [e for e in opened["legal-process.received"] if str(e.case_id) == case_id]
    assert received and received[0].payload.case.targets == ["ALT_USCIS"]
    assert received[0].payload.case.requester.signer == SEED["requester"]["signer"]
    reviewed = [e for e in opened["legal-process.reviewed"] if str(e.case_id) == case_id]
    assert reviewed and reviewed[0].payload.review.targets == ["ALT_USCIS"]
    assert reviewed[0].payload.review.disposition.value == "CHALLENGE", "non-personal facts stay readable"
    recipients = {e.payload.recipient for e in opened["notice.dispatched"] if str(e.case_id) == case_id}
    assert {"alt.uscis@example.org", "counsel.alt-uscis@aclu.example.org"} <= recipients

"""A whole case's life through the three services' use cases, each service on its own pool
(as its own PostgreSQL role), events carried from outbox to consumer by hand. Shared by the
tests of personal data at rest, key rotation and least privilege.

What it stores touches every sealed place: a JSON case and an e-mail with a PDF (and its
resubmission: a duplicate), reviews with DUPLICATE_REQUEST's index, escalation alerts, a staff
action, counsel of record named by legal ops, notices sent over real SMTP, and intake's read
model of all of it.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg

from deploy.localinfra.smtp_sink import SmtpSink
from deploy.operations import SERVICES, migrate_all
from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.domain.staff import Role, StaffMember
from services.intake.service_layer import casework
from services.intake.service_layer import email as intake_email
from services.intake.service_layer import services as intake
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.domain.model import CounselOfRecord
from services.notify.service_layer import services as notify
from services.review.domain.assessment import load_rule_book
from services.review.domain.escalation import EscalationPolicy
from services.review.service_layer import services as review
from shared.contracts import EVENT_PAYLOADS, CounselNaming, Envelope, LegalProcessCase
from shared.crypto import Vault
from shared.db import create_pool
from shared.outbox import open_value
from shared.settings import ServiceRole, with_credentials
from shared.vocabulary import CounselAction, EscalationTier, StaffRequest
from tests.conftest import DEMO_ACCOUNTS, SEED_CASE, parse_event
from tests.corpus.email.accuracy import corpus_dns
from tests.corpus.email.build_corpus import seed_message

# Who the flow's data is about: none of it may be stored in plaintext.
TARGETS = ("ALT_USCIS", "harbor_freight_fan", "quiet_reporter")
NAMED_COUNSEL = CounselOfRecord(
    name="Gideon Wainwright", email="gideon.wainwright@defenders.example", organization="Public Defenders"
)
ADDRESSES = (
    "alt.uscis@example.org",
    "counsel.alt-uscis@aclu.example.org",
    "hff@example.net",
    "quiet.reporter@example.com",
    "agent@cbp.dhs.gov",
    "detective.rhodes@sfpd.example.gov",
    NAMED_COUNSEL.email,
)
LEGAL_OPS = StaffMember(
    staff_id=uuid.UUID(int=7), email="ops@dueprocess.local", display_name="Legal Ops B", role=Role.LEGAL_OPS
)
POLICY = EscalationPolicy(
    sla={
        EscalationTier.LEGAL_OPS: timedelta(hours=24),
        EscalationTier.COUNSEL: timedelta(hours=8),
        EscalationTier.LITIGATION: timedelta(hours=2),
    },
    emergency_sla=timedelta(minutes=15),
)


def service_roles() -> list[ServiceRole]:
    return [ServiceRole(schema=s, name=f"dueprocess_{s}", password=secrets.token_urlsafe(16)) for s in SERVICES]


async def migrated_role_urls(database_url: str) -> dict[str, str]:
    """Each service's database URL as its own role (created and granted by migrate)."""
    roles = service_roles()
    await migrate_all(database_url, roles=roles)
    return {role.schema: with_credentials(database_url, user=role.name, password=role.password) for role in roles}


async def open_pools(urls: dict[str, str], vault: Vault | None = None) -> dict[str, asyncpg.Pool]:
    extra = {} if vault is None else {"vault": vault}
    return {service: await create_pool(url, max_size=3, **extra) for service, url in urls.items()}


def second_case() -> LegalProcessCase:
    """A police warrant for two accounts, with the requester's e-mail and an emergency narrative."""
    return LegalProcessCase.model_validate(
        {
            "process_type": "SEARCH_WARRANT",
            "statute": "Cal. Penal Code § 1524",
            "requester": {
                "name": "San Francisco Police Department",
                "kind": "STATE_LOCAL",
                "country": "US",
                "email": "detective.rhodes@sfpd.example.gov",
                "verified": True,
            },
            "targets": ["@harbor_freight_fan", "https://platform.example/quiet_reporter"],
            "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
            "stated_purpose": "Records of harbor_freight_fan and quiet_reporter (hff@example.net)",
            "served_at": "2026-01-05T10:00:00Z",
            "return_by": "2026-03-05T10:00:00Z",
            "case_number": "SF-2026-0042",
            "issuing_court": "Superior Court of California, County of San Francisco",
            "raw_text": "Search warrant for the accounts @harbor_freight_fan and @quiet_reporter "
            "(contact hff@example.net, quiet.reporter@example.com).",
        }
    )


@dataclass
class Flow:
    """What the flow made: the case ids, and how far each service's outbox was carried."""

    case_ids: list[uuid.UUID] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SERVICES, 0))
    sent: int = 0
    # A NAME_COUNSEL request legal ops staged through intake (staged last, never carried).
    request_id: uuid.UUID | None = None


async def _take(pool: asyncpg.Pool, schema: str, flow: Flow) -> list[Envelope[Any]]:
    """The events staged in ``schema``'s outbox since the last call, opened and parsed."""
    rows = await pool.fetch(
        f"SELECT id, event_id, value FROM {schema}.outbox WHERE id > $1 ORDER BY id", flow.carried[schema]
    )
    events = []
    for row in rows:
        raw = await open_value(pool, schema=schema, event_id=row["event_id"], value=row["value"])
        event_type = json.loads(raw)["event_type"]
        events.append(parse_event(raw, EVENT_PAYLOADS[event_type]))
        flow.carried[schema] = row["id"]
    return events


async def carry(pools: dict[str, asyncpg.Pool], flow: Flow, policy: notify.NoticePolicy, clock: Any) -> None:
    """Deliver every staged event to the consumers that subscribe to it, until nothing is left."""
    rule_book = load_rule_book()
    while True:
        moved = 0
        for event in await _take(pools["intake"], "intake", flow):
            moved += 1
            await review.review_received(
                pool=pools["review"],
                rule_book=rule_book,
                policy=POLICY,
                consumer="review.received",
                event=event,
                clock=clock,
            )
        for event in await _take(pools["review"], "review", flow):
            moved += 1
            kind = event.event_type
            if kind == "legal-process.reviewed":
                await notify.plan_from_review(
                    pool=pools["notify"], policy=policy, consumer="notify.reviewed", event=event, now=clock()
                )
                await intake.record_review(pool=pools["intake"], consumer="intake.case-view.reviewed", event=event)
            elif kind == "legal-process.escalated":
                await notify.plan_from_escalation(
                    pool=pools["notify"], policy=policy, consumer="notify.escalated", event=event, now=clock()
                )
                await intake.record_timeline(pool=pools["intake"], consumer="intake.case-view.escalated", event=event)
            elif kind == "legal-process.decided":
                await notify.apply_decision(
                    pool=pools["notify"], policy=policy, consumer="notify.decided", event=event, now=clock()
                )
                await intake.record_timeline(pool=pools["intake"], consumer="intake.case-view.decided", event=event)
        for event in await _take(pools["notify"], "notify", flow):
            moved += 1
            await intake.record_notice(
                pool=pools["intake"], consumer=f"intake.case-view.{event.event_type}", event=event
            )
        if not moved:
            return


def notice_policy() -> notify.NoticePolicy:
    return notify.NoticePolicy(
        counsel_by_tier={
            EscalationTier.LEGAL_OPS: "legal-ops@dueprocess.local",
            EscalationTier.COUNSEL: "counsel@dueprocess.local",
            EscalationTier.LITIGATION: "litigation@dueprocess.local",
        },
        legal_aid_contacts=["ACLU, https://www.aclu.org/, (212) 549-2500"],
        public_base_url="https://intake.dueprocess.test",
        sender="legal-notices@dueprocess.test",
    )


async def run_flow(pools: dict[str, asyncpg.Pool], sink: SmtpSink) -> Flow:
    """Every service does its part of two cases' lives; returns what was made."""
    flow = Flow()

    def clock() -> datetime:
        return datetime.now(UTC)

    policy = notice_policy()
    entries = json.loads(DEMO_ACCOUNTS.read_text())
    await review.load_accounts(pool=pools["review"], entries=entries)
    await notify.load_contacts(pool=pools["notify"], entries=entries)

    seed = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    submitted = await intake.submit_case(
        pool=pools["intake"], case=seed, channel="api", trace_id="flow-1", idempotency_key=f"flow-{uuid.uuid4()}"
    )
    flow.case_ids.append(submitted.case_id)
    second = await intake.submit_case(pool=pools["intake"], case=second_case(), channel="api", trace_id="flow-2")
    flow.case_ids.append(second.case_id)
    pdf = PdfTextExtractor()
    try:
        config = intake_email.EmailIngestion(pdf=pdf, dkim=DkimVerifier(dnsfunc=corpus_dns))
        raw = seed_message(message_id=f"<flow-{uuid.uuid4().hex}@cbp.dhs.gov>")
        for _ in range(2):  # the second copy is a duplicate of the first
            ingested = await intake_email.ingest_message(
                pool=pools["intake"],
                raw=raw,
                source="smtp",
                channel="email",
                trace_id="flow-3",
                config=config,
                envelope_from="agent@cbp.dhs.gov",
                envelope_to=["legal-process@dueprocess.local"],
                from_trusted_relay=True,  # as our MX delivers it: its Authentication-Results count
            )
        assert ingested.duplicate
        flow.case_ids.append(ingested.case_id)
    finally:
        pdf.close()
    await carry(pools, flow, policy, clock)

    await review.record_action(
        pool=pools["review"],
        case_id=second.case_id,
        action=CounselAction.ACKNOWLEDGE,
        actor="Counsel A <a@dueprocess.local>",
        reason="seen",
        disposition=None,
        clock=clock,
        trace_id="flow-4",
    )
    await notify.name_counsel(
        pool=pools["notify"],
        policy=policy,
        handle="harbor_freight_fan",
        counsel=NAMED_COUNSEL,
        source="LEGAL_OPS",
        named_by="Legal Ops B",
        now=clock(),
        trace_id="flow-5",
    )
    dispatcher = notify.NoticeDispatcher(
        pool=pools["notify"], sender=SmtpSender(SmtpConfig.from_url(sink.url)), policy=policy, clock=clock
    )
    while handled := await dispatcher.dispatch_due():
        flow.sent += handled
    await carry(pools, flow, policy, clock)
    # Legal ops name counsel through intake: the request (counsel, the user's handle) is stored too.
    flow.request_id = await casework.request_action(
        pool=pools["intake"],
        case_id=second.case_id,
        member=LEGAL_OPS,
        action=StaffRequest.NAME_COUNSEL,
        clock=clock,
        trace_id="flow-6",
        reason="the user asked us to record their lawyer",
        counsel=CounselNaming(
            account="harbor_freight_fan",
            name=NAMED_COUNSEL.name,
            email=NAMED_COUNSEL.email,
            organization=NAMED_COUNSEL.organization,
        ),
    )
    return flow


async def read_back(pools: dict[str, asyncpg.Pool], flow: Flow) -> None:
    """Every service reads back what the flow sealed, through its use cases."""
    seed_case, second_case, emailed_case = flow.case_ids
    view = await intake.case_view(pool=pools["intake"], case_id=second_case)
    assert view is not None and view["case"]["targets"] == [
        "harbor_freight_fan",
        "https://platform.example/quiet_reporter",
    ]
    assert view["case"]["requester"]["email"] == "detective.rhodes@sfpd.example.gov"
    assert view["review"]["targets"] and {n["recipient"] for n in view["notices"]} >= {
        "hff@example.net",
        NAMED_COUNSEL.email,
    }
    details = await intake_email.email_details(pool=pools["intake"], case_id=emailed_case)
    assert details is not None and details["message_id"].endswith("@cbp.dhs.gov>") and details["duplicates"]
    assert details["attachments"][0]["filename"] == "CBP-summons-2017-0001.pdf"
    name, content_type, raw = await intake_email.original_file(pool=pools["intake"], case_id=emailed_case, ordinal=None)
    assert content_type == "message/rfc822" and b"agent@cbp.dhs.gov" in raw
    name, content_type, pdf = await intake_email.original_file(pool=pools["intake"], case_id=emailed_case, ordinal=0)
    assert name == "CBP-summons-2017-0001.pdf" and pdf.startswith(b"%PDF")
    state = await review.case_state(pool=pools["review"], case_id=seed_case)
    assert state["review"]["targets"] == ["ALT_USCIS"]
    emailed = await review.case_state(pool=pools["review"], case_id=emailed_case)
    assert "DUPLICATE_REQUEST" in {f["code"] for f in emailed["review"]["findings"]}, "found through blind indexes"
    counsel = await notify.current_counsel(pool=pools["notify"], handle="harbor_freight_fan")
    assert counsel is not None and counsel["counsel"]["email"] == NAMED_COUNSEL.email
    notices = await notify.list_notices(pool=pools["notify"], case_id=second_case)
    assert NAMED_COUNSEL.email in {n["recipient"] for n in notices}
    assert flow.request_id is not None
    request = await casework.action_request(pool=pools["intake"], request_id=flow.request_id)
    assert request is not None and request["detail"]["counsel"] == {
        "account": "harbor_freight_fan",
        "name": NAMED_COUNSEL.name,
        "email": NAMED_COUNSEL.email,
        "organization": NAMED_COUNSEL.organization,
    }
    assert request["detail"]["reason"] == "the user asked us to record their lawyer"

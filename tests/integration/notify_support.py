"""What the notify integration tests share: the test clock, the notice policy, a reviewed demand,
a gag, the notify service's use cases on one database (`Notify`) and readers of the mail a test
SMTP receiver got. The fixtures `sink` and `notify` are in conftest.py."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import asyncpg

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.adapters.notices import PostgresNoticeRepository
from services.notify.adapters.smtp import SmtpConfig, SmtpSender
from services.notify.domain.links import CounselLinks
from services.notify.service_layer import services
from shared.contracts import (
    Finding,
    LegalProcessDecided,
    LegalProcessReviewed,
    Nondisclosure,
    RequesterSummary,
    Review,
    UserNotice,
    envelope,
)
from shared.vocabulary import (
    CounselAction,
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    ProcessType,
    RequesterKind,
    Severity,
    UserNoticeAction,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
USER = "alt.uscis@example.org"
USERS_COUNSEL = "counsel.alt-uscis@aclu.example.org"
HFF = "hff@example.net"
LEGAL_OPS = "legal-ops@dueprocess.local"
COUNSEL = "counsel@dueprocess.local"
LINK_SECRET = "test-link-secret-0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def policy(**changes: Any) -> services.NoticePolicy:
    fields: dict[str, Any] = {
        "counsel_by_tier": {
            EscalationTier.LEGAL_OPS: LEGAL_OPS,
            EscalationTier.COUNSEL: COUNSEL,
            EscalationTier.LITIGATION: "litigation@dueprocess.local",
        },
        "legal_aid_contacts": ["ACLU, https://www.aclu.org/, (212) 549-2500"],
        "public_base_url": "https://intake.dueprocess.test",
        "sender": "legal-notices@dueprocess.test",
        "max_attempts": 3,
        "base_backoff_seconds": 60,
        "max_backoff_seconds": 600,
        "links": CounselLinks(secret=LINK_SECRET, base_url="https://notify.dueprocess.test", ttl=timedelta(days=30)),
    }
    fields.update(changes)
    return services.NoticePolicy(**fields)


def reviewed(
    *,
    targets: list[str],
    action: UserNoticeAction = UserNoticeAction.NOTIFY_NOW,
    not_before: datetime | None = None,
    nondisclosure: Nondisclosure | None = None,
    findings: list[Finding] | None = None,
    tier: EscalationTier = EscalationTier.COUNSEL,
) -> LegalProcessReviewed:
    review = Review(
        process_type=ProcessType.SEARCH_WARRANT,
        statute="18 U.S.C. § 2703(a)",
        requester=RequesterSummary(name="Federal Bureau of Investigation", kind=RequesterKind.FEDERAL, verified=True),
        targets=targets,
        data_categories=[DataCategory.STORED_CONTENT],
        nondisclosure=nondisclosure or Nondisclosure(),
        findings=findings
        or [Finding(code="NOTICE_REQUIRED", severity=Severity.INFO, citation="policy", explanation="notify")],
        disposition=Disposition.COMPLY,
        escalation_tier=tier,
        user_notice=UserNotice(action=action, not_before=not_before),
        rule_set_version="test",
    )
    return LegalProcessReviewed(
        received_at=T0,
        reviewed_at=T0,
        review=review,
        case_number="1:26-mj-00042",
        issuing_court="E.D. Va.",
        served_at=T0,
        return_by=T0 + timedelta(days=14),
    )


def gag(expires_at: datetime | None, kind: NondisclosureKind = NondisclosureKind.COURT_ORDER_2705B) -> Nondisclosure:
    return Nondisclosure(present=True, kind=kind, expires_at=expires_at)


class Notify:
    """The notify service's use cases on one database, with a test clock and a real SMTP receiver."""

    def __init__(self, pool: asyncpg.Pool, sink_url: str, clock: Clock, notice_policy: services.NoticePolicy) -> None:
        self.pool = pool
        self.clock = clock
        self.policy = notice_policy
        self.dispatcher = services.NoticeDispatcher(
            pool=pool, sender=SmtpSender(SmtpConfig.from_url(sink_url)), policy=notice_policy, clock=clock
        )

    async def review(self, payload: LegalProcessReviewed, case_id: uuid.UUID | None = None) -> uuid.UUID:
        case_id = case_id or uuid.uuid4()
        event = envelope(payload, case_id=case_id, trace_id="t", producer="test")
        await services.plan_from_review(
            pool=self.pool, policy=self.policy, consumer="notify.reviewed", event=event, now=self.clock()
        )
        return case_id

    async def decide(self, case_id: uuid.UUID, action: CounselAction, **fields: Any) -> int:
        payload = LegalProcessDecided(
            action=action,
            decided_by="Counsel A",
            reason=fields.pop("reason", "noted"),
            decided_at=self.clock(),
            **fields,
        )
        event = envelope(payload, case_id=case_id, trace_id="t", producer="test")
        return await services.apply_decision(
            pool=self.pool, policy=self.policy, consumer="notify.decided", event=event, now=self.clock()
        )

    async def dispatch(self) -> int:
        total = 0
        while handled := await self.dispatcher.dispatch_due():
            total += handled
        return total

    async def statuses(self, case_id: uuid.UUID) -> list[tuple[str, str, str, str]]:
        async with self.pool.acquire() as conn:  # recipients are sealed at rest: read through the repository
            rows = await PostgresNoticeRepository(conn).listing(status=None, case_id=case_id, limit=1000)
        return sorted((r.kind, r.role, r.recipient, r.status) for r in rows)


def to(sink: SmtpSink, address: str, case_id: uuid.UUID | None = None) -> list[EmailMessage]:
    return [
        m for m in sink.messages() if m["To"] == address and (case_id is None or m["X-Dueprocess-Case"] == str(case_id))
    ]


def text(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()

"""In-memory fakes of notify's repositories and unit of work (cosmicpython's FakeUnitOfWork), for
service-layer tests that run in milliseconds.

They keep what the PostgreSQL repositories keep, in a ``FakeStore``, and behave as they do where
the use cases can tell: notices recorded once by key; the dispatcher's due rule (not before its
time, an update never overtaking an earlier notice to the same recipient, handed-over and
lost-hand-over flags); a delivery report settling a notice unless it was retried by hand since.
A unit of work that rolls back restores the store as it was when it began, except for the
acceptance records, which (as in PostgreSQL) are written outside its transaction.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from types import TracebackType
from typing import Any, Self

from services.notify.adapters.mime import WireMessage
from services.notify.domain.lifecycle import GagRecord, MatterUpdate
from services.notify.domain.model import NoticeKind, PlannedNotice, RenderedNotice
from services.notify.domain.records import (
    Appointment,
    DeliveryAttempt,
    DirectoryEntry,
    GagChange,
    NoticeSummary,
    StoredNotice,
)
from shared.contracts import Envelope, LegalProcessDecided, LegalProcessReviewed
from shared.handles import handle_candidates, normalize_handle
from shared.vocabulary import NoticeRole, NoticeStatus

WAITING = (NoticeStatus.PENDING, NoticeStatus.SCHEDULED, NoticeStatus.WITHHELD)

# Our counsel by tier, and the account directory the tests load (two accounts, one with counsel).
LEGAL_OPS = "legal-ops@dueprocess.test"
COUNSEL = "counsel@dueprocess.test"
LITIGATION = "litigation@dueprocess.test"
ALT = "alt.uscis@example.org"
ALT_COUNSEL = "counsel@aclu.example.org"
ROGUE = "rogue.nasa@example.org"
DIRECTORY: list[dict[str, Any]] = [
    {
        "handle": "ALT_USCIS",
        "contact_email": ALT,
        "counsel": {"name": "Esha Bhandari", "email": ALT_COUNSEL, "organization": "ACLU"},
    },
    {"handle": "ROGUE_NASA", "contact_email": ROGUE},
]


def _handle(text: str) -> str:
    return normalize_handle(text)


@dataclass
class Report:
    notice_id: uuid.UUID | None
    outcome: str
    status: str
    sha256: str
    received_at: datetime


@dataclass
class Decision:
    event_id: uuid.UUID
    case_id: uuid.UUID
    decided: LegalProcessDecided
    applied_at: datetime | None = None
    update: MatterUpdate | None = None


@dataclass
class FakeStore:
    """Everything notify keeps, as the tables would."""

    notices: dict[uuid.UUID, StoredNotice] = field(default_factory=dict)
    attempts: list[tuple[uuid.UUID, DeliveryAttempt]] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    reviews: dict[uuid.UUID, LegalProcessReviewed] = field(default_factory=dict)
    return_by: dict[uuid.UUID, datetime] = field(default_factory=dict)
    case_accounts: dict[uuid.UUID, dict[str, str]] = field(default_factory=dict)
    gags: dict[uuid.UUID, GagRecord] = field(default_factory=dict)
    gag_history: dict[uuid.UUID, list[GagChange]] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    dismissals: dict[uuid.UUID, datetime] = field(default_factory=dict)
    directory: dict[str, tuple[DirectoryEntry, frozenset[str]]] = field(default_factory=dict)
    appointments: list[tuple[Appointment, uuid.UUID | None, str, str]] = field(default_factory=list)
    processed: set[tuple[str, uuid.UUID]] = field(default_factory=set)
    used_links: dict[uuid.UUID, datetime] = field(default_factory=dict)  # notice id -> when its link named counsel
    order: dict[uuid.UUID, int] = field(default_factory=dict)  # creation order, as created_at ties would

    def attempts_of(self, notice_id: uuid.UUID) -> list[DeliveryAttempt]:
        return [attempt for owner, attempt in self.attempts if owner == notice_id]

    def attempt(
        self,
        notice_id: uuid.UUID,
        *,
        attempt: int,
        at: datetime,
        outcome: str,
        smtp_code: int | None = None,
        detail: str | None = None,
    ) -> None:
        self.attempts.append(
            (
                notice_id,
                DeliveryAttempt(
                    attempt=attempt,
                    at=at,
                    outcome=outcome,
                    smtp_code=smtp_code,
                    detail=detail[:500] if detail else None,
                    idempotency_key=str(notice_id),
                ),
            )
        )

    def change(self, notice_id: uuid.UUID, **changes: Any) -> None:
        self.notices[notice_id] = replace(self.notices[notice_id], **changes)


class FakeNoticeRepository:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    async def add(
        self,
        *,
        notice: PlannedNotice,
        rendered: RenderedNotice,
        trace_id: str,
        now: datetime,
        context: Mapping[str, Any] | None = None,
    ) -> bool:
        if notice.notice_id in self.store.notices:
            return False
        self.store.order[notice.notice_id] = len(self.store.order)
        self.store.notices[notice.notice_id] = StoredNotice(
            notice_id=notice.notice_id,
            notice_key=notice.notice_key,
            case_id=notice.case_id,
            trace_id=trace_id,
            kind=notice.kind,
            role=notice.role,
            recipient=notice.recipient,
            status=notice.status,
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            handle=notice.handle,
            recipient_name=notice.recipient_name,
            recipient_organization=notice.recipient_organization,
            tier=notice.tier,
            not_before=notice.not_before,
            occasion=notice.occasion,
            context=copy.deepcopy(dict(context)) if context is not None else None,
            created_at=now,
            updated_at=now,
            next_attempt_at=notice.not_before or now,
        )
        return True

    def _sorted(self, notices: Iterable[StoredNotice]) -> list[StoredNotice]:
        return sorted(notices, key=lambda n: self.store.order[n.notice_id])

    async def get(self, notice_id: uuid.UUID, *, lock: bool = False) -> StoredNotice | None:
        return self.store.notices.get(notice_id)

    async def lock_against_dispatch(self, notice_id: uuid.UUID) -> StoredNotice | None:
        return self.store.notices.get(notice_id)

    async def move(
        self,
        *,
        notice_id: uuid.UUID,
        status: NoticeStatus,
        not_before: datetime | None,
        now: datetime,
        rendered: RenderedNotice | None = None,
        reset_attempts: bool = False,
    ) -> None:
        notice = self.store.notices[notice_id]
        changes: dict[str, Any] = {
            "status": status,
            "not_before": not_before,
            "next_attempt_at": not_before or now,
            "updated_at": now,
        }
        if rendered is not None:
            changes.update(subject=rendered.subject, body_text=rendered.text, body_html=rendered.html)
        if reset_attempts:
            changes["attempts"] = 0
        self.store.notices[notice_id] = replace(notice, **changes)

    async def reword(self, *, notice_id: uuid.UUID, rendered: RenderedNotice, now: datetime) -> None:
        self.store.change(
            notice_id, subject=rendered.subject, body_text=rendered.text, body_html=rendered.html, updated_at=now
        )

    async def waiting_user_side(self, case_id: uuid.UUID) -> list[StoredNotice]:
        return self._sorted(
            n for n in self.store.notices.values() if n.case_id == case_id and n.user_side and n.status in WAITING
        )

    async def waiting_of_kind(self, case_id: uuid.UUID, *kinds: NoticeKind) -> list[StoredNotice]:
        return self._sorted(
            n for n in self.store.notices.values() if n.case_id == case_id and n.kind in kinds and n.status in WAITING
        )

    async def counsel_notices(self, case_id: uuid.UUID, handle: str) -> list[StoredNotice]:
        return self._sorted(
            n
            for n in self.store.notices.values()
            if n.case_id == case_id
            and n.role is NoticeRole.COUNSEL
            and n.handle
            and _handle(n.handle) == _handle(handle)
        )

    async def listing(
        self, *, status: NoticeStatus | None, case_id: uuid.UUID | None, limit: int
    ) -> list[NoticeSummary]:
        found = [
            n
            for n in self._sorted(self.store.notices.values())
            if (status is None or n.status is status) and (case_id is None or n.case_id == case_id)
        ]
        return [
            NoticeSummary(
                notice_id=n.notice_id,
                case_id=n.case_id,
                kind=n.kind,
                role=n.role,
                handle=n.handle,
                recipient=n.recipient,
                status=n.status,
                not_before=n.not_before,
                attempts=n.attempts,
                total_attempts=n.total_attempts,
                last_error=n.last_error,
                created_at=n.created_at or datetime.min,
                updated_at=n.updated_at or datetime.min,
                sent_at=n.sent_at,
            )
            for n in found[:limit]
        ]

    async def count_by_status(self, statuses: Sequence[str]) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for notice in self.store.notices.values():
            if notice.status.value in statuses:
                counts[notice.status.value] = counts.get(notice.status.value, 0) + 1
        return sorted(counts.items())


class FakeDeliveryRepository:
    def __init__(self, store: FakeStore, notices: FakeNoticeRepository) -> None:
        self.store = store
        self._notices = notices

    async def lock_due(self, *, now: datetime, limit: int) -> list[StoredNotice]:
        store = self.store
        owed = self._notices._sorted(store.notices.values())

        def overtakes(n: StoredNotice) -> bool:
            earlier = owed[: owed.index(n)]
            return n.user_side and any(
                e.case_id == n.case_id
                and e.recipient.strip().lower() == n.recipient.strip().lower()
                and e.role is n.role
                and e.status in WAITING
                for e in earlier
            )

        due = [
            n
            for n in owed
            if n.status in (NoticeStatus.PENDING, NoticeStatus.SCHEDULED)
            and n.next_attempt_at is not None
            and n.next_attempt_at <= now
            and (n.not_before is None or n.not_before <= now)
            and not overtakes(n)
        ]
        due.sort(key=lambda n: (n.next_attempt_at or now, owed.index(n)))
        found = []
        for n in due[:limit]:
            beyond = [a.outcome for a in store.attempts_of(n.notice_id) if a.attempt > n.total_attempts]
            found.append(replace(n, handed_over="SENT" in beyond, handing_over_lost="HANDING_OVER" in beyond))
        return found

    async def mark_sent(self, *, notice_id: uuid.UUID, message_id: str, sent_at: datetime) -> None:
        n = self.store.notices[notice_id]
        self.store.change(
            notice_id,
            status=NoticeStatus.SENT,
            message_id=message_id,
            sent_at=sent_at,
            attempts=n.attempts + 1,
            total_attempts=n.total_attempts + 1,
            last_error=None,
            updated_at=sent_at,
            unconfirmed_until=None,
        )

    async def mark_attempt_failed(
        self,
        *,
        notice_id: uuid.UUID,
        error: str,
        retry_at: datetime | None,
        status: NoticeStatus | None = None,
        now: datetime | None = None,
    ) -> None:
        if status is None and retry_at is None:
            status = NoticeStatus.FAILED
        n = self.store.notices[notice_id]
        self.store.change(
            notice_id,
            attempts=n.attempts + 1,
            total_attempts=n.total_attempts + 1,
            last_error=error[:2000],
            status=status or n.status,
            next_attempt_at=retry_at or n.next_attempt_at,
            updated_at=now,
            unconfirmed_until=None,
        )

    async def record_attempt(
        self,
        *,
        notice_id: uuid.UUID,
        attempt: int,
        at: datetime,
        outcome: str,
        smtp_code: int | None = None,
        detail: str | None = None,
    ) -> None:
        self.store.attempt(notice_id, attempt=attempt, at=at, outcome=outcome, smtp_code=smtp_code, detail=detail)

    async def await_confirmation(self, *, notice_id: uuid.UUID, until: datetime, now: datetime) -> None:
        n = self.store.notices[notice_id]
        self.store.change(
            notice_id,
            attempts=n.attempts + 1,
            total_attempts=n.total_attempts + 1,
            unconfirmed_until=until,
            next_attempt_at=until,
            updated_at=now,
        )

    async def mark_bounced(self, *, notice_id: uuid.UUID, status: str, now: datetime) -> None:
        self.store.change(
            notice_id,
            status=NoticeStatus.FAILED,
            last_error=f"delivery failed after acceptance (DSN {status})",
            updated_at=now,
        )

    async def attempts_of(self, notice_id: uuid.UUID) -> list[DeliveryAttempt]:
        return self.store.attempts_of(notice_id)


class FakeAcceptanceRepository:
    """Writes outside the unit's transaction: the unit of work replays them after a rollback."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def record_handed_over(self, *, notice_id: uuid.UUID, attempt: int, at: datetime) -> None:
        self._uow.outside(lambda store: store.attempt(notice_id, attempt=attempt, at=at, outcome="SENT"))

    async def record_handing_over(self, *, notices: Sequence[tuple[uuid.UUID, int]], at: datetime) -> None:
        def write(store: FakeStore) -> None:
            for notice_id, attempt in notices:
                store.attempt(notice_id, attempt=attempt, at=at, outcome="HANDING_OVER")

        self._uow.outside(write)


class FakeDeliveryReportRepository:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    async def add(
        self, *, notice_id: uuid.UUID | None, outcome: str, status: str, report_sha256: str, received_at: datetime
    ) -> tuple[bool, uuid.UUID | None]:
        if any(r.sha256 == report_sha256 for r in self.store.reports):
            return False, None
        known = notice_id if notice_id in self.store.notices else None
        self.store.reports.append(Report(known, outcome, status[:200], report_sha256, received_at))
        return True, known

    async def settling_report(self, notice_id: uuid.UUID) -> str | None:
        retried = [a.at for a in self.store.attempts_of(notice_id) if a.outcome == "RETRY_REQUESTED"]
        since = max(retried) if retried else None
        for report in reversed(self.store.reports):
            if (
                report.notice_id == notice_id
                and report.outcome in ("DELIVERED", "FAILED")
                and (since is None or report.received_at >= since)
            ):
                return report.outcome
        return None

    async def wake_unconfirmed(self, *, notice_id: uuid.UUID, now: datetime) -> bool:
        n = self.store.notices.get(notice_id)
        if n is None or n.unconfirmed_until is None or n.status not in (NoticeStatus.PENDING, NoticeStatus.SCHEDULED):
            return False
        self.store.change(notice_id, next_attempt_at=now)
        return True


class FakeMatterRepository:
    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.locked: list[uuid.UUID] = []

    async def lock_case(self, case_id: uuid.UUID) -> None:
        self.locked.append(case_id)

    async def save_review(self, *, case_id: uuid.UUID, reviewed: LegalProcessReviewed) -> LegalProcessReviewed:
        self.store.reviews[case_id] = reviewed
        moved = self.store.return_by.get(case_id)
        return reviewed if moved is None else reviewed.model_copy(update={"return_by": moved})

    async def review_of(self, case_id: uuid.UUID) -> LegalProcessReviewed | None:
        reviewed = self.store.reviews.get(case_id)
        if reviewed is not None and case_id in self.store.return_by:
            reviewed = reviewed.model_copy(update={"return_by": self.store.return_by[case_id]})
        return reviewed

    async def set_return_by(self, *, case_id: uuid.UUID, return_by: datetime) -> None:
        self.store.return_by[case_id] = return_by

    async def add_case_accounts(self, *, case_id: uuid.UUID, handles: Iterable[str]) -> None:
        accounts = self.store.case_accounts.setdefault(case_id, {})
        for handle in handles:
            accounts.setdefault(_handle(handle), handle)

    async def cases_of(self, handle: str) -> list[tuple[uuid.UUID, str]]:
        key = _handle(handle)
        return sorted(
            (case_id, accounts[key]) for case_id, accounts in self.store.case_accounts.items() if key in accounts
        )

    async def gag_of(self, case_id: uuid.UUID, *, lock: bool = False) -> GagRecord | None:
        return self.store.gags.get(case_id)

    async def save_gag(
        self,
        *,
        case_id: uuid.UUID,
        gag: GagRecord,
        change: str,
        at: datetime,
        actor: str | None = None,
        reason: str | None = None,
        event_id: uuid.UUID | None = None,
    ) -> None:
        self.store.gags[case_id] = gag
        nd = gag.nondisclosure
        self.store.gag_history.setdefault(case_id, []).append(
            GagChange(
                version=gag.version,
                present=nd.present,
                kind=nd.kind.value if nd.kind else None,
                expires_at=nd.expires_at,
                change=change,
                actor=actor,
                at=at,
            )
        )

    async def gag_history(self, case_id: uuid.UUID) -> list[GagChange]:
        return list(self.store.gag_history.get(case_id, []))

    async def record_decision(self, *, event_id: uuid.UUID, case_id: uuid.UUID, decided: LegalProcessDecided) -> None:
        if not any(d.event_id == event_id for d in self.store.decisions):
            self.store.decisions.append(Decision(event_id, case_id, decided))

    def _of(self, case_id: uuid.UUID) -> list[Decision]:
        return sorted((d for d in self.store.decisions if d.case_id == case_id), key=lambda d: d.decided.decided_at)

    async def unapplied_decisions(self, case_id: uuid.UUID) -> list[tuple[uuid.UUID, LegalProcessDecided]]:
        return [(d.event_id, d.decided) for d in self._of(case_id) if d.applied_at is None]

    async def mark_applied(self, *, event_id: uuid.UUID, update: MatterUpdate | None, at: datetime) -> None:
        for d in self.store.decisions:
            if d.event_id == event_id:
                d.applied_at, d.update = at, update

    async def applied_decisions(self, case_id: uuid.UUID) -> list[tuple[LegalProcessDecided, MatterUpdate | None]]:
        return [(d.decided, d.update) for d in self._of(case_id) if d.applied_at is not None]


class FakeTriageRepository:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    async def record_dismissal(
        self, *, case_id: uuid.UUID, dismissed_at: datetime, event_id: uuid.UUID, now: datetime
    ) -> bool:
        if case_id in self.store.dismissals:
            return False
        self.store.dismissals[case_id] = dismissed_at
        return True

    async def dismissed(self, case_id: uuid.UUID) -> bool:
        return case_id in self.store.dismissals


class FakeContactRepository:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        count = 0
        for e in entries:
            handle = str(e["handle"]).removeprefix("@")
            raw = [handle, *(str(e[f]) for f in ("id", "account_id", "contact_email") if e.get(f))]
            keys = {key for text in raw for key in handle_candidates(text)}
            entry = DirectoryEntry(handle=handle, contact_email=e.get("contact_email"), counsel=e.get("counsel"))
            self.store.directory[_handle(handle)] = (entry, frozenset(keys))
            count += 1
        return count

    async def matching(self, targets: Iterable[str], *, case_id: uuid.UUID | None = None) -> list[DirectoryEntry]:
        keys = {key for target in targets for key in handle_candidates(target)}
        if not keys:
            return []
        entries = {_handle(entry.handle): entry for entry, lookup in self.store.directory.values() if lookup & keys}
        for key, appointment in (await self.appointed(sorted(set(keys) | set(entries)), case_id=case_id)).items():
            found = entries.get(key) or DirectoryEntry(handle=appointment.handle)
            entries[key] = replace(found, counsel=appointment.counsel())
        return list(entries.values())

    async def entry(self, handle: str) -> DirectoryEntry | None:
        found = self.store.directory.get(_handle(handle))
        return found[0] if found else None

    async def appointed(self, handles: Sequence[str], *, case_id: uuid.UUID | None = None) -> dict[str, Appointment]:
        wanted = {_handle(h) for h in handles}
        newest: dict[str, Appointment] = {}
        for appointment, for_case, _source, _named_by in self.store.appointments:
            if _handle(appointment.handle) in wanted and (for_case is None or for_case == case_id):
                newest[_handle(appointment.handle)] = appointment
        return newest

    async def appoint(
        self,
        *,
        handle: str,
        name: str,
        email: str,
        organization: str | None,
        source: str,
        named_by: str,
        case_id: uuid.UUID | None,
        at: datetime,
    ) -> uuid.UUID:
        appointment = Appointment(handle=handle, name=name, email=email, organization=organization)
        self.store.appointments.append((appointment, case_id, source, named_by))
        return uuid.uuid5(uuid.NAMESPACE_OID, str(len(self.store.appointments)))

    async def consume_link(self, *, notice_id: uuid.UUID, appointment_id: uuid.UUID | None, at: datetime) -> bool:
        if notice_id in self.store.used_links:
            return False
        self.store.used_links[notice_id] = at
        return True

    async def link_used(self, notice_id: uuid.UUID) -> bool:
        return notice_id in self.store.used_links


class FakeInbox:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    async def claim(self, *, consumer: str, event_id: uuid.UUID) -> bool:
        if (consumer, event_id) in self.store.processed:
            return False
        self.store.processed.add((consumer, event_id))
        return True

    async def fresh(self, *, consumer: str, events: Sequence[Envelope[Any]]) -> list[Envelope[Any]]:
        return [event for event in events if await self.claim(consumer=consumer, event_id=event.event_id)]


class FakeUnitOfWork:
    """The service layer's ``AbstractUnitOfWork`` in memory: one shared store, each ``async with``
    a transaction over it. ``published``: the events of the units that committed, in order;
    ``commits`` and ``rollbacks`` count them."""

    def __init__(self, store: FakeStore | None = None) -> None:
        self.store = store or FakeStore()
        self.published: list[tuple[str, Envelope[Any]]] = []
        self.commits = 0
        self.rollbacks = 0
        self._staged: list[tuple[str, Envelope[Any]]] = []
        self._snapshot: FakeStore | None = None
        self._outside: list[Callable[[FakeStore], None]] = []
        self._bind()

    def __call__(self, *, for_dispatch: bool = False) -> FakeUnitOfWork:
        """The factory the dispatcher and ``NotifyServices`` take: this unit, opened again."""
        return self

    def _bind(self) -> None:
        self.notices = FakeNoticeRepository(self.store)
        self.deliveries = FakeDeliveryRepository(self.store, self.notices)
        self.reports = FakeDeliveryReportRepository(self.store)
        self.matters = FakeMatterRepository(self.store)
        self.triage = FakeTriageRepository(self.store)
        self.contacts = FakeContactRepository(self.store)
        self.inbox = FakeInbox(self.store)

    @property
    def acceptances(self) -> FakeAcceptanceRepository:
        return FakeAcceptanceRepository(self)

    def outside(self, write: Callable[[FakeStore], None]) -> None:
        """A write that commits at once, whatever becomes of this unit."""
        write(self.store)
        self._outside.append(write)

    async def __aenter__(self) -> Self:
        self._snapshot = copy.deepcopy(self.store)
        self._staged, self._outside = [], []
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            await self.commit()
        else:
            await self.rollback()

    async def commit(self) -> None:
        self.published.extend(self._staged)
        self._staged, self._snapshot = [], None
        self.commits += 1

    async def rollback(self) -> None:
        if self._snapshot is not None:
            for name in vars(self._snapshot):
                setattr(self.store, name, getattr(self._snapshot, name))
            for write in self._outside:
                write(self.store)
        self._staged, self._snapshot, self._outside = [], None, []
        self.rollbacks += 1

    async def publish(self, topic: str, event: Envelope[Any]) -> None:
        self._staged.append((topic, event))

    def events(self, topic: str) -> list[Any]:
        """The payloads published (committed) on ``topic``."""
        return [event.payload for published, event in self.published if published == topic]


class ProcessDied(Exception):
    """The dispatcher's process died in the middle of a batch (the batch never commits)."""


@dataclass
class FakeSender:
    """The SMTP server: accepts every message, unless told otherwise. ``outcomes``: what to do
    with the next messages to a recipient (an exception to raise, or None to accept), in order;
    ``die_after``: accept this many messages, then the process dies (``ProcessDied``)."""

    dsn_expected: bool = False
    outcomes: dict[str, list[BaseException | None]] = field(default_factory=dict)
    die_after: int | None = None
    die_before_accepting: bool = False
    accepted: list[EmailMessage | WireMessage] = field(default_factory=list)
    probed: int = 0

    async def probe(self) -> None:
        self.probed += 1

    async def send(self, message: EmailMessage | WireMessage, *, envelope_id: str | None = None) -> bool:
        recipient = str(message["To"])
        planned = self.outcomes.get(recipient)
        if planned:
            outcome = planned.pop(0)
            if outcome is not None:
                raise outcome
        if self.die_after is not None and len(self.accepted) >= self.die_after:
            if self.die_before_accepting:
                raise ProcessDied("died while handing the message over")
            self.accepted.append(message)
            raise ProcessDied("died after the server accepted the message")
        self.accepted.append(message)
        return True

    def to(self, recipient: str) -> list[EmailMessage | WireMessage]:
        return [m for m in self.accepted if str(m["To"]) == recipient]

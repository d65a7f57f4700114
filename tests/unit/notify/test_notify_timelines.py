"""Property: over generated timelines of nondisclosure orders (issued, extended, expired,
lifted, released), staff decisions, SMTP outages, dispatcher restarts and two dispatchers,
no notice reaches a user or their counsel while a valid order is in force, and each owed
notice is sent exactly once.

The simulation keeps notices as the database does and runs the service layer's steps with
the pure domain functions they call (planning, moves, the dispatcher's verdict); the oracle
judges every send against the order's true history, written independently of the domain.
The same property runs against PostgreSQL and SMTP in tests/integration/test_notify_timelines.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.notify.domain import (
    AccountContact,
    GagRecord,
    NoticeKind,
    dispatch_verdict,
    moved_to,
    plan_matter_notices,
)
from shared.contracts import (
    LegalProcessReviewed,
    Nondisclosure,
    RequesterSummary,
    Review,
    UserNotice,
)
from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    ProcessType,
    RequesterKind,
    UserNoticeAction,
)
from tests.unit.notify.timelines_support import GAGGING, STEP, T0, TICK, Truth, initial_orders

CASE_ID = uuid.UUID("22222222-3333-4444-8555-666666666666")
CONTACTS = {
    "ALT_USCIS": AccountContact(
        handle="ALT_USCIS",
        contact_email="alt.uscis@example.org",
        counsel={"name": "E. B.", "email": "counsel@aclu.example.org"},
    ),
    "quiet_reporter": AccountContact(handle="quiet_reporter", contact_email="quiet@example.com"),
}


# --- the system under test: notices kept as rows, steps as the service layer takes them -------------------


@dataclass
class Row:
    key: str
    role: NoticeRole
    kind: NoticeKind
    status: NoticeStatus
    not_before: datetime | None
    next_attempt_at: datetime
    created: int
    attempts: int = 0
    sends: list[tuple[datetime, int]] = field(default_factory=list)


class Store:
    """notify.notices and notify.gag_orders: what survives a restart."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}
        self.gag: GagRecord | None = None
        self.reviewed: LegalProcessReviewed | None = None
        self.sequence = 0

    def owe(self, notices: list, now: datetime) -> None:
        for notice in notices:
            if notice.notice_key in self.rows:
                continue
            self.sequence += 1
            self.rows[notice.notice_key] = Row(
                notice.notice_key,
                notice.role,
                notice.kind,
                notice.status,
                notice.not_before,
                notice.not_before or now,
                self.sequence,
            )

    def move_user_side(self, now: datetime) -> None:
        from services.notify.domain import user_side_status

        assert self.reviewed is not None and self.gag is not None
        target = user_side_status(review=self.reviewed.review, gag=self.gag, now=now)
        for row in self.rows.values():
            destination = moved_to(status=row.status, not_before=row.not_before, target=target)
            if destination is not None:
                row.status, row.not_before = destination
                row.next_attempt_at = row.not_before or now


class Dispatcher:
    """One dispatcher process: nothing but the store survives it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def due(self, now: datetime) -> list[Row]:
        rows = self.store.rows.values()
        waiting = {NoticeStatus.PENDING, NoticeStatus.SCHEDULED, NoticeStatus.WITHHELD}

        def blocked(row: Row) -> bool:  # the ordering guard of lock_due
            return any(
                o.role is row.role
                and o.created < row.created
                and o.status in waiting
                and o.key != row.key
                and o.key.split(":")[3] == row.key.split(":")[3]
                for o in rows
            )

        return sorted(
            (
                r
                for r in rows
                if r.status in (NoticeStatus.PENDING, NoticeStatus.SCHEDULED)
                and r.next_attempt_at <= now
                and (r.not_before is None or r.not_before <= now)
                and not blocked(r)
            ),
            key=lambda r: (r.next_attempt_at, r.created),
        )

    def dispatch(self, now: datetime, *, smtp_up: bool, limit: int) -> int:
        store = self.store
        handled = 0
        for row in self.due(now)[:limit]:
            handled += 1
            verdict = dispatch_verdict(
                role=row.role, review=store.reviewed.review if store.reviewed else None, gag=store.gag, now=now
            )
            if verdict is not None:
                row.status, row.not_before = verdict
                row.next_attempt_at = row.not_before or now
                continue
            if not smtp_up:
                row.attempts += 1
                row.next_attempt_at = now + timedelta(minutes=5 * 2 ** min(row.attempts, 6))
                continue
            row.sends.append((now, next(TICK)))
            row.status = NoticeStatus.SENT
        return handled


# --- timelines ------------------------------------------------------------------------------------------------


def _review(terms: Nondisclosure, action: UserNoticeAction, not_before: datetime | None) -> LegalProcessReviewed:
    review = Review(
        process_type=ProcessType.COURT_ORDER_2703D,
        statute=None,
        requester=RequesterSummary(name="FBI", kind=RequesterKind.FEDERAL, verified=True),
        targets=["ALT_USCIS", "quiet_reporter"],
        data_categories=[DataCategory.NON_CONTENT_RECORDS],
        nondisclosure=terms,
        findings=[],
        disposition=Disposition.COMPLY,
        escalation_tier=EscalationTier.COUNSEL,
        user_notice=UserNotice(action=action, not_before=not_before),
        rule_set_version="property",
    )
    return LegalProcessReviewed(received_at=T0, reviewed_at=T0, review=review)


@dataclass
class Run:
    store: Store
    truth: Truth
    now: datetime = T0
    smtp_up: bool = True
    released_once: bool = False
    decisions: int = 0

    def record(self, terms: Nondisclosure, released: bool = False) -> None:
        self.truth.history.append((self.now, next(TICK), terms, released))


def apply(run: Run, step: tuple[str, int], dispatchers: list[Dispatcher]) -> list[Dispatcher]:
    store, what, n = run.store, step[0], step[1]
    assert store.reviewed is not None and store.gag is not None
    if what == "advance":
        run.now += timedelta(hours=n)
    elif what == "dispatch":
        while dispatchers[0].dispatch(run.now, smtp_up=run.smtp_up, limit=n):
            pass
    elif what == "two-dispatchers":
        while sum(d.dispatch(run.now, smtp_up=run.smtp_up, limit=n) for d in dispatchers):
            pass
    elif what == "restart":
        dispatchers = [Dispatcher(store), Dispatcher(store)]
    elif what == "smtp-down":
        run.smtp_up = False
    elif what == "smtp-up":
        run.smtp_up = True
    elif what in ("extend", "issue", "lift"):
        current, _ = run.truth.now()
        if what == "extend":
            # "An NDO extended before it expires": only a running order with an expiry is extended.
            if current.kind not in GAGGING or current.expires_at is None or current.expires_at <= run.now:
                return dispatchers
            terms = Nondisclosure(present=True, kind=current.kind, expires_at=current.expires_at + timedelta(days=n))
        elif what == "issue":
            terms = Nondisclosure(
                present=True,
                kind=NondisclosureKind.COURT_ORDER_2705B,
                expires_at=run.now + timedelta(days=n) if n else None,
            )
        else:
            terms = Nondisclosure()
        run.record(terms)
        store.gag = store.gag.changed(terms)
        store.move_user_side(run.now)
    elif what == "release":
        # The review lets counsel release a notice it withheld, once.
        if store.reviewed.review.user_notice.action is not UserNoticeAction.WITHHOLD_PENDING_COUNSEL:
            return dispatchers
        if run.released_once:
            return dispatchers
        run.released_once = True
        current, _ = run.truth.now()
        run.record(current, released=True)
        store.gag = store.gag.release()
        store.move_user_side(run.now)
    elif what == "decide":
        run.decisions += 1
        store.owe(
            plan_matter_notices(
                case_id=CASE_ID,
                reviewed=store.reviewed,
                contacts=CONTACTS,
                gag=store.gag,
                now=run.now,
                kind=NoticeKind.UPDATE,
                occasion=f"d{run.decisions}",
            ),
            run.now,
        )
    return dispatchers


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(initial=initial_orders(), steps=st.lists(STEP, max_size=40))
def test_no_user_notice_under_a_valid_gag_and_each_owed_notice_sent_once(initial, steps) -> None:
    terms, action, not_before = initial
    store = Store()
    store.reviewed = _review(terms, action, not_before)
    store.gag = GagRecord.from_review(store.reviewed.review)
    run = Run(store=store, truth=Truth())
    run.record(terms)
    store.owe(
        plan_matter_notices(case_id=CASE_ID, reviewed=store.reviewed, contacts=CONTACTS, gag=store.gag, now=run.now),
        run.now,
    )
    dispatchers = [Dispatcher(store), Dispatcher(store)]
    for step in steps:
        dispatchers = apply(run, step, dispatchers)

    # The end of every story: the order is lifted, the mail server is up, time runs on.
    dispatchers = apply(run, ("lift", 0), dispatchers)
    run.smtp_up = True
    run.now += timedelta(days=3650)
    dispatchers = apply(run, ("two-dispatchers", 5), dispatchers)

    owed = [row for row in store.rows.values() if row.role in (NoticeRole.USER, NoticeRole.COUNSEL)]
    assert len(owed) == 3 * (1 + run.decisions)
    for row in owed:
        assert len(row.sends) == 1, f"{row.key} sent {len(row.sends)} times"
        (sent,) = row.sends
        assert not run.truth.gagged(*sent), f"{row.key} sent at {sent} under a gag: {run.truth.history}"
        assert row.status is NoticeStatus.SENT

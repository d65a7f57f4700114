"""The yearly re-examination of a gag still in force (domain, pure): on each anniversary of
its start, once per gag version and anniversary, only while the gag binds."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from services.notify.domain.lifecycle import GagRecord
from services.notify.domain.model import NoticeKind
from services.notify.domain.reexamination import (
    plan_reexamination,
    reexamination_context,
    render_reexamination,
    still_binds,
)
from shared.contracts import Nondisclosure
from shared.vocabulary import EscalationTier, NondisclosureKind, NoticeRole, NoticeStatus

CASE = uuid.UUID("00000000-0000-4000-8000-00000000a705")
START = datetime(2024, 2, 29, 15, 0, tzinfo=UTC)
COUNSEL = {EscalationTier.COUNSEL: "counsel@platform.test", EscalationTier.LITIGATION: "lit@platform.test"}
INDEFINITE = GagRecord(Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B))


def plan(gag: GagRecord, now: datetime, *, every: int | None = 365, after: datetime | None = None):  # type: ignore[no-untyped-def]
    return plan_reexamination(
        case_id=CASE,
        gag=gag,
        starts_at=START,
        tier=EscalationTier.COUNSEL,
        counsel_by_tier=COUNSEL,
        every_days=every,
        now=now,
        after=after,
    )


@given(st.integers(min_value=0, max_value=20 * 365 * 24), st.sampled_from([30, 182, 365]))
def test_the_chain_owes_each_anniversary_after_now_and_only_anniversaries(hours: int, every: int) -> None:
    now = START + timedelta(hours=hours)
    planned = plan(INDEFINITE, now, every=every, after=now)
    assert planned is not None
    notice, year = planned
    assert notice.status is NoticeStatus.SCHEDULED and notice.not_before is not None
    assert notice.not_before > now >= notice.not_before - timedelta(days=every) or year == 1
    assert notice.not_before == START + timedelta(days=year * every)


def test_counsel_is_reminded_on_the_first_anniversary() -> None:
    planned = plan(INDEFINITE, START + timedelta(days=1))
    assert planned is not None
    notice, year = planned
    assert (notice.kind, notice.role, notice.recipient, notice.status, year) == (
        NoticeKind.NDO_REEXAMINE,
        NoticeRole.INTERNAL_COUNSEL,
        "counsel@platform.test",
        NoticeStatus.SCHEDULED,
        1,
    )
    assert notice.not_before == datetime(2025, 2, 28, 15, 0, tzinfo=UTC)
    again = plan(INDEFINITE, START + timedelta(days=100))
    assert again is not None and again[0].notice_key == notice.notice_key, "the same anniversary: the same notice"


def test_an_anniversary_already_past_is_owed_at_once_then_the_next_one() -> None:
    now = datetime(2026, 6, 1, tzinfo=UTC)  # two anniversaries past
    planned = plan(INDEFINITE, now)
    assert planned is not None
    overdue, year = planned
    assert (overdue.status, overdue.not_before, year) == (NoticeStatus.PENDING, None, 2)
    assert overdue.occasion == "v1:2026-02-28"
    following = plan(INDEFINITE, now, after=now)
    assert following is not None
    nxt, year = following
    assert (nxt.status, nxt.not_before, year) == (NoticeStatus.SCHEDULED, datetime(2027, 2, 28, 15, tzinfo=UTC), 3)


def test_no_reexamination_once_the_gag_ends_or_when_switched_off() -> None:
    ends_early = GagRecord(
        Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=START + timedelta(days=300))
    )
    assert plan(ends_early, START + timedelta(days=1)) is None, "it expires before its anniversary"
    runs_under_two_years = GagRecord(
        Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=START + timedelta(days=700))
    )
    assert plan(runs_under_two_years, START + timedelta(days=1)) is not None
    assert plan(runs_under_two_years, START + timedelta(days=400), after=START + timedelta(days=400)) is None
    assert plan(INDEFINITE.release(), START + timedelta(days=1)) is None
    letter = GagRecord(Nondisclosure(present=True, kind=NondisclosureKind.LETTER_REQUEST))
    assert plan(letter, START + timedelta(days=1)) is None, "a letter request does not gag"
    assert plan(INDEFINITE, START + timedelta(days=1), every=None) is None, "no period known: none"


def test_still_binds_only_the_gag_version_it_is_about() -> None:
    now = START + timedelta(days=400)
    assert still_binds(INDEFINITE, occasion_of_notice="v1:2025-02-28", now=now)
    assert not still_binds(INDEFINITE, occasion_of_notice="v0:2025-02-28", now=now)
    changed = INDEFINITE.changed(INDEFINITE.nondisclosure)
    assert not still_binds(changed, occasion_of_notice="v1:2025-02-28", now=now)
    assert not still_binds(INDEFINITE.release(), occasion_of_notice="v1:2025-02-28", now=now)
    assert not still_binds(None, occasion_of_notice="v1:2025-02-28", now=now)


def test_the_reminder_names_the_order_its_start_and_what_to_weigh() -> None:
    planned = plan(INDEFINITE, START + timedelta(days=1))
    assert planned is not None
    context = reexamination_context(INDEFINITE.nondisclosure, starts_at=START, year=2, every_days=365)
    rendered = render_reexamination(planned[0], context=context, case_reference_url="https://intake.test/cases/x")
    assert "for 2 years (since 29 Feb 2024)" in rendered.text
    assert (
        "indefinite" in rendered.text
        and "§ 3511(b)(1)" in rendered.text
        and "https://intake.test/cases/x" in rendered.text
    )
    assert rendered.subject.startswith("Yearly re-examination")

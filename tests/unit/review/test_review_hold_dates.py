"""A preservation request's computed dates (issue 16): the hold it opens expires
``preservation_days`` after the request's receipt, legal ops are reminded 14 and 3 days before, each
listed with its rule; the same moments the hold itself keeps (services/review/domain/holds.py),
whatever the time of the review."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from conftest import CaseBuilder, Runner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.review.domain import RuleBook, holds
from services.review.domain.holds import HoldTimerKind
from services.review.service_layer.holds import hold_policy
from shared.contracts import ComputedDate, LegalProcessCase, Review

RAW = "Please preserve all records of the account pursuant to 18 U.S.C. § 2703(f)."


def preservation(neutral_case: CaseBuilder, **changes: object) -> LegalProcessCase:
    base: dict[str, object] = {
        "process_type": "PRESERVATION_REQUEST",
        "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        "return_by": None,
        "date_range": None,
        "raw_text": RAW,
    }
    return neutral_case(**{**base, **changes})


def hold_dates(review: Review) -> list[ComputedDate]:
    return [d for d in review.computed_dates if "preservation hold" in d.what]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    received=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)),
    late=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)),
)
def test_the_holds_dates_are_the_holds_own_and_do_not_move_with_the_review(
    neutral_case: CaseBuilder, run: Runner, book: RuleBook, received: datetime, late: timedelta
) -> None:
    case = preservation(neutral_case, served_at=None)
    review = run(case, now=received + late, received_at=received)
    expiry, *reminders = hold_dates(review)
    policy = hold_policy(book)
    hold = holds.place(
        hold_id=uuid.uuid4(),
        case_id=uuid.uuid4(),
        requester="domain:fbi.gov",
        accounts=["someone"],
        categories=[],
        received_at=received,
        policy=policy,
    )
    assert expiry.at is not None and expiry.at == hold.expires_at and expiry.due == expiry.at.date()
    planned = holds.timers(hold, policy=policy, now=received)
    assert [r.at for r in reminders] == [t.due_at for t in planned if t.kind is HoldTimerKind.REMIND]
    assert "preservation_days" in expiry.rule and "2703(f)(2)" in expiry.rule
    assert all(r.rule == "policy preservation_reminder_days" for r in reminders)


def test_ninety_days_from_receipt_and_reminders_14_and_3_days_before(neutral_case: CaseBuilder, run: Runner) -> None:
    received = datetime(2026, 12, 7, 15, 15, tzinfo=UTC)
    review = run(preservation(neutral_case, served_at=None), now=received + timedelta(hours=2), received_at=received)
    assert [(d.what, d.due.isoformat()) for d in hold_dates(review)] == [
        (
            "preservation hold expires (unless renewed once, or legal process from the requester arrives)",
            "2027-03-07",  # a Sunday: a term, not moved
        ),
        ("legal ops reminded: the preservation hold expires in 14 days", "2027-02-21"),
        ("legal ops reminded: the preservation hold expires in 3 days", "2027-03-04"),
    ]
    (expiry, *_) = hold_dates(review)
    assert "90 days after the request's receipt on Monday 7 Dec 2026" in expiry.explanation
    assert "not moved" in expiry.explanation


def test_a_renewal_lists_no_new_holds_dates_nor_does_an_expired_letter(neutral_case: CaseBuilder, run: Runner) -> None:
    # a renewal's dates are those of the hold it extends (from that hold's expiry: not known offline);
    # an expired letter (SCA_PRESERVE_EXPIRED) is for counsel to release
    received = datetime(2026, 12, 7, 15, 15, tzinfo=UTC)
    renewal = preservation(
        neutral_case, served_at=None, raw_text="We request renewal of the preservation (2703(f)(2))."
    )
    assert hold_dates(run(renewal, now=received, received_at=received)) == []
    stale = preservation(neutral_case, served_at=(received - timedelta(days=120)).isoformat())
    assert hold_dates(run(stale, now=received, received_at=None)) == []


def test_the_findings_term_is_the_holds_counted_from_receipt_not_service(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # served Tue 1 Dec 2026, received only Mon 14 Dec: the 90 days of § 2703(f)(2) (and of the hold)
    # run from receipt, to Sun 14 Mar 2027 (from service they would end on Tue 1 Mar).
    served = datetime(2026, 12, 1, 15, tzinfo=UTC)
    received = datetime(2026, 12, 14, 9, 30, tzinfo=UTC)
    case = preservation(neutral_case, served_at=served.isoformat())
    review = run(case, now=received + timedelta(days=80), received_at=received)  # 93 days after service
    assert "SCA_PRESERVE_EXPIRED" not in {f.code for f in review.findings}
    ok = next(f for f in review.findings if f.code == "SCA_PRESERVE_OK")
    (expiry, *_) = hold_dates(review)
    assert expiry.at == received + timedelta(days=90)
    assert "from the request's receipt on 2026-12-14" in ok.explanation
    assert f"until {expiry.at:%Y-%m-%d}" in ok.explanation and "2027-03-01" not in ok.explanation
    # with no receipt on file, service is the start of both
    by_service = run(case, now=served + timedelta(days=1), received_at=None)
    (expiry, *_) = hold_dates(by_service)
    assert expiry.at == served + timedelta(days=90)
    assert (
        "from the request's service (receipt unknown) on 2026-12-01 (until 2027-03-01)"
        in next(f for f in by_service.findings if f.code == "SCA_PRESERVE_OK").explanation
    )


def test_with_neither_receipt_nor_service_the_term_is_not_counted_from_the_review(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    case = preservation(neutral_case, served_at=None)
    review = run(case, now=datetime(2027, 6, 1, tzinfo=UTC), received_at=None)
    ok = next(f for f in review.findings if f.code == "SCA_PRESERVE_OK")
    assert "its date is unknown" in ok.explanation and "2027-08-30" not in ok.explanation
    assert hold_dates(review) == []
    assert any("date the preservation request was received" in fact for fact in review.missing_facts)


def test_a_renewals_finding_extends_from_the_first_term_not_from_its_own_receipt(
    neutral_case: CaseBuilder, run: Runner
) -> None:
    # § 2703(f)(2): "extended for an additional 90-day period upon a renewed request" - the hold runs on
    # from its current expiry (holds.extend); the finding must not promise 90 days from the letter.
    received = datetime(2027, 2, 20, 10, tzinfo=UTC)
    renewal = preservation(
        neutral_case, served_at=None, raw_text="We request renewal of the preservation (2703(f)(2))."
    )
    ok = next(f for f in run(renewal, now=received, received_at=received).findings if f.code == "SCA_PRESERVE_OK")
    assert "a further 90 days after the first term ends" in ok.explanation
    assert "until 2027-05-21" not in ok.explanation  # 90 days from the letter's own receipt
    first = next(
        f
        for f in run(preservation(neutral_case, served_at=None), now=received, received_at=received).findings
        if f.code == "SCA_PRESERVE_OK"
    )
    assert "from the request's receipt on 2027-02-20 (until 2027-05-21)" in first.explanation

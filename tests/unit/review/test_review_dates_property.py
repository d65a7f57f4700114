"""Property (hypothesis) of the review's computed dates, through the rules: every date counted in
days (a civil subpoena's earliest return and objection deadline, the notice wait, an NSL's
reciprocal notice, a gag's re-examination, an IRS notice counted back) falls on an open day of the
case's calendar (its state's or the sending country's holidays included), and none depends on
the time of the review once the service date is known."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import CaseBuilder, Runner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.review.domain import RuleBook
from services.review.domain.rules.dates import case_calendar
from shared.contracts import LegalProcessCase, Review

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
served_times = st.datetimes(min_value=datetime(2022, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC))

NSL_REQUESTER = {
    "name": "Federal Bureau of Investigation",
    "kind": "FEDERAL",
    "email": "nsl@fbi.gov",
    "verified": True,
    "signer": "R. Smith",
    "signer_title": "Special Agent in Charge",
}


def _cases(neutral_case: CaseBuilder, served: datetime, kind: int) -> LegalProcessCase:
    """One of several cases whose rules count days, served at ``served``."""
    if kind == 0:  # a civil subpoena from a state court: Rule 45 windows in that state's calendar
        return neutral_case(
            process_type="SUBPOENA_CIVIL",
            requester={"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
            served_at=served.isoformat(),
            return_by=(served + timedelta(days=5)).isoformat(),  # too soon: the earliest return date, counted
            issuing_court="Superior Court of California, County of Alameda",
        )
    if kind == 1:  # an NSL with a gag: reciprocal notice, re-examination
        return neutral_case(
            process_type="NATIONAL_SECURITY_LETTER",
            requester=NSL_REQUESTER,
            served_at=served.isoformat(),
            return_by=None,
            nondisclosure={"present": True, "kind": "NSL_CERTIFICATION", "expires_at": None},
        )
    if kind == 2:  # an IRS summons: the notice deadline counted back from the return date
        return neutral_case(
            process_type="SUBPOENA_ADMINISTRATIVE",
            statute="26 U.S.C. § 7602",
            requester__name="Internal Revenue Service",
            requester__email="a@irs.gov",
            requester__signer_title="Revenue Agent",
            stated_purpose="Determine tax liability",
            served_at=served.isoformat(),
            return_by=(served + timedelta(days=20)).isoformat(),  # under 23 days: the deadline counted back
        )
    # a foreign request: the sending country's public holidays kept too
    return neutral_case(
        process_type="FOREIGN_REQUEST",
        requester={"name": "Bundeskriminalamt", "kind": "FOREIGN_GOVERNMENT", "country": "DE", "verified": True},
        served_at=served.isoformat(),
        return_by=(served + timedelta(days=3)).isoformat(),  # too soon: the earliest return date, counted
    )


@SETTINGS
@given(served=served_times, kind=st.integers(min_value=0, max_value=3))
def test_every_counted_date_falls_on_an_open_day_of_the_cases_calendar(
    neutral_case: CaseBuilder, run: Runner, book: RuleBook, served: datetime, kind: int
) -> None:
    case = _cases(neutral_case, served, kind)
    review = run(case, now=served + timedelta(days=2), received_at=None)
    calendar = case_calendar(case, book.policy)
    # fixed moments (a gag's end) are not counted; nor is the requester's own return date when an
    # objection window ends on it ("the earlier of the return date and 14 days", Rule 45(d)(2)(B))
    return_day = case.return_by.date() if case.return_by else None
    counted = [d for d in review.computed_dates if d.at is None and d.due != return_day]
    for computed in counted:
        assert calendar.is_open(computed.due), (computed.what, computed.due, computed.explanation)
        assert "Fed. R. Civ. P. 6(a)" in computed.rule or "counted under" in computed.rule, computed.rule


@SETTINGS
@given(served=served_times, kind=st.integers(min_value=0, max_value=3), late=st.integers(min_value=0, max_value=9))
def test_the_dates_do_not_depend_on_when_the_review_runs(
    neutral_case: CaseBuilder, run: Runner, served: datetime, kind: int, late: int
) -> None:
    case = _cases(neutral_case, served, kind)
    early = run(case, now=served + timedelta(hours=1), received_at=None)
    later = run(case, now=served + timedelta(days=late, hours=1), received_at=None)

    # the notice wait counts from the moment the user is told (the review's day); every other date does not move
    def stable(review: Review) -> list[tuple[str, str]]:
        return [(d.what, d.due.isoformat()) for d in review.computed_dates if "production not before" not in d.what]

    assert stable(early) == stable(later)

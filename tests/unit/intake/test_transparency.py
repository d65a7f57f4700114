"""The transparency report's counting, outcomes, user notice, medians and bands (pure domain)."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, datetime, timedelta

import pytest

from services.intake.domain.transparency import (
    Action,
    Band,
    CaseFacts,
    UserNoticeState,
    band_of,
    compute,
    outcome,
    publish,
    user_notice,
)

T0 = datetime(2025, 3, 1, tzinfo=UTC)
END = datetime(2025, 4, 1, tzinfo=UTC)


def at(days: float = 0, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


def case(received: datetime = T0, **overrides: object) -> CaseFacts:
    facts = CaseFacts(
        received_at=received,
        process_type="SEARCH_WARRANT",
        requester_kind="FEDERAL",
        requester_country="US",
        data_categories=("BASIC_SUBSCRIBER",),
    )
    return dataclasses.replace(facts, **overrides)


def decide(disposition: str | None, when: datetime) -> Action:
    return Action("DECIDE", when, disposition)


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ((), "pending"),
        ((Action("ACKNOWLEDGE", at(1)),), "pending"),
        ((decide("COMPLY", at(1)),), "complied"),
        ((decide("COMPLY_NARROWED", at(1)),), "narrowed"),
        ((decide("OBJECT", at(1)),), "objected"),
        ((decide("CHALLENGE", at(1)),), "challenged"),
        ((decide("REFER_MLAT", at(1)),), "referred"),
        ((decide("HOLD", at(1)),), "other"),
        ((decide("PRESERVE_ONLY", at(1)),), "other"),
        ((decide(None, at(1)),), "other"),
        # The latest DECIDE by decided_at wins, whatever order they arrive in.
        ((decide("COMPLY", at(1)), decide("OBJECT", at(2))), "objected"),
        ((decide("OBJECT", at(2)), decide("COMPLY", at(1))), "objected"),
        # Two at the same moment: the one recorded last.
        ((decide("COMPLY", at(1)), decide("REFER_MLAT", at(1))), "referred"),
        # A filed challenge is reported as challenged, before or after any decision.
        ((decide("COMPLY", at(1)), Action("CHALLENGE_FILED", at(2))), "challenged"),
        ((Action("CHALLENGE_FILED", at(1)), decide("COMPLY", at(3))), "challenged"),
        ((Action("CHALLENGE_FILED", at(1)),), "challenged"),
        ((Action("USER_OBJECTED", at(1)), decide("COMPLY_NARROWED", at(2))), "narrowed"),
    ],
)
def test_outcome_of_counsel_actions(actions: tuple[Action, ...], expected: str) -> None:
    assert outcome(actions) == expected


SENT, SCHEDULED, WITHHELD, PENDING, CANCELLED, FAILED = (
    "SENT",
    "SCHEDULED",
    "WITHHELD",
    "PENDING",
    "CANCELLED",
    "FAILED",
)


@pytest.mark.parametrize(
    ("notices", "actions", "expected"),
    [
        ((), (), (None, False)),
        # Sent at once: given, not delayed.
        ((UserNoticeState(SENT, None, at(0, 1)),), (), ("given", False)),
        # Sent after a gag's expiry (not_before later than receipt): delayed.
        ((UserNoticeState(SENT, at(10), at(10, 1)),), (), ("given", True)),
        # Withheld until counsel released it (no not_before), then sent: delayed.
        ((UserNoticeState(SENT, None, at(5)),), (Action("RELEASE_NOTICE", at(4)),), ("given", True)),
        ((UserNoticeState(SENT, None, at(5)),), (Action("NDO_CHANGED", at(4, 23)),), ("given", True)),
        # An order issued after the notice went out does not make it delayed.
        ((UserNoticeState(SENT, None, at(1)),), (Action("NDO_CHANGED", at(2)),), ("given", False)),
        # The first notice sent decides; a later update that waited does not.
        ((UserNoticeState(SENT, None, at(1)), UserNoticeState(SENT, at(20), at(20))), (), ("given", False)),
        # Sent after as_of (END): not given by the end of the period.
        ((UserNoticeState(SENT, None, END + timedelta(hours=1)),), (), (None, False)),
        # Held at the end: WITHHELD, or SCHEDULED after the end.
        ((UserNoticeState(WITHHELD, None, at(1)),), (), ("withheld", False)),
        ((UserNoticeState(SCHEDULED, END + timedelta(days=30), at(1)),), (), ("withheld", False)),
        # SCHEDULED for a moment already past at the end: due, not held.
        ((UserNoticeState(SCHEDULED, at(20), at(1)),), (), (None, False)),
        # Sent after the end, but it waited for a gag expiring after the end: held at the end.
        ((UserNoticeState(SENT, END + timedelta(days=3), END + timedelta(days=3)),), (), ("withheld", False)),
        # Released by counsel after the end, then sent: held at the end.
        (
            (UserNoticeState(SENT, None, END + timedelta(days=2)),),
            (Action("RELEASE_NOTICE", END + timedelta(days=2)),),
            ("withheld", False),
        ),
        # Due and failing: owed, but not held by a gag or counsel.
        ((UserNoticeState(PENDING, None, at(1)),), (), (None, False)),
        ((UserNoticeState(FAILED, None, at(1)),), (), (None, False)),
        # A cancelled notice is not owed.
        ((UserNoticeState(CANCELLED, END + timedelta(days=9), at(1)),), (), (None, False)),
        # Given wins over a later held update.
        ((UserNoticeState(SENT, None, at(1)), UserNoticeState(WITHHELD, None, at(3))), (), ("given", False)),
    ],
)
def test_user_notice_at_the_end_of_the_period(
    notices: tuple[UserNoticeState, ...], actions: tuple[Action, ...], expected: tuple[str | None, bool]
) -> None:
    assert user_notice(case(user_notices=notices, actions=actions), as_of=END) == expected


@pytest.mark.parametrize(
    ("count", "width", "label", "low", "high"),
    [
        (0, 250, "0–249", 0, 249),
        (1, 250, "0–249", 0, 249),
        (249, 250, "0–249", 0, 249),
        (250, 250, "250–499", 250, 499),
        (777, 250, "750–999", 750, 999),
        (3, 5, "0–4", 0, 4),
        (5, 5, "5–9", 5, 9),
        (7, 1, "7", 7, 7),
        (0, 1, "0", 0, 0),
    ],
)
def test_bands(count: int, width: int, label: str, low: int, high: int) -> None:
    band = band_of(count, width)
    assert (band.label, band.low, band.high) == (label, low, high)
    assert band.low <= count <= band.high


def test_bad_band_widths_and_periods_are_refused() -> None:
    with pytest.raises(ValueError):
        band_of(3, 0)
    with pytest.raises(ValueError):
        compute([], period_from=END, period_to=T0, as_of=END)


def report_of(cases: list[CaseFacts], as_of: datetime = END):  # type: ignore[no-untyped-def]
    return compute(cases, period_from=T0, period_to=END, as_of=as_of)


def test_counts_by_section_with_the_period_half_open() -> None:
    cases = [
        case(
            T0,
            process_type="SEARCH_WARRANT",
            requester_kind="FEDERAL",
            requester_country="US",
            data_categories=("BASIC_SUBSCRIBER", "STORED_CONTENT", "BASIC_SUBSCRIBER"),
        ),
        case(
            at(3),
            process_type="SUBPOENA_ADMINISTRATIVE",
            requester_kind="FEDERAL",
            requester_country="US",
            data_categories=("BASIC_SUBSCRIBER",),
            nondisclosure_kind="COURT_ORDER_2705B",
        ),
        case(
            at(9),
            process_type="FOREIGN_REQUEST",
            requester_kind="FOREIGN_GOVERNMENT",
            requester_country="DE",
            data_categories=(),
            nondisclosure_kind="LETTER_REQUEST",
        ),
        case(
            at(20),
            process_type="NATIONAL_SECURITY_LETTER",
            requester_kind="FEDERAL",
            requester_country=None,
            data_categories=("NON_CONTENT_RECORDS",),
            nondisclosure_kind="NSL_CERTIFICATION",
        ),
        case(T0 - timedelta(microseconds=1)),  # before the period
        case(END),  # the end is not included
    ]
    counts = report_of(cases).counts
    assert counts["received"] == {"total": 4}
    assert counts["process_type"]["SEARCH_WARRANT"] == 1 and counts["process_type"]["FOREIGN_REQUEST"] == 1
    assert counts["process_type"]["WIRETAP_ORDER"] == 0  # every process type is listed
    assert sum(counts["process_type"].values()) == 4
    assert counts["requester_kind"] == {
        "FEDERAL": 3,
        "STATE_LOCAL": 0,
        "FOREIGN_GOVERNMENT": 1,
        "PRIVATE_PARTY": 0,
        "COURT": 0,
    }
    assert list(counts["requester_country"].items()) == [("DE", 1), ("US", 2), ("unknown", 1)]
    # A case asking for several categories counts once in each (its repeat does not count twice).
    assert counts["data_category"]["BASIC_SUBSCRIBER"] == 2
    assert counts["data_category"]["STORED_CONTENT"] == 1 and counts["data_category"]["NON_CONTENT_RECORDS"] == 1
    assert counts["data_category"]["LOCATION_HISTORY"] == 0
    # A letter request is counted by kind but is not an order.
    assert counts["nondisclosure"] == {
        "orders_received": 2,
        "COURT_ORDER_2705B": 1,
        "NSL_CERTIFICATION": 1,
        "LETTER_REQUEST": 1,
    }


def test_unknown_stored_values_are_counted_under_their_own_name() -> None:
    counts = report_of([case(process_type="SOMETHING_NEW", data_categories=("FUTURE_CATEGORY",))]).counts
    assert counts["process_type"]["SOMETHING_NEW"] == 1
    assert counts["data_category"]["FUTURE_CATEGORY"] == 1


def test_actions_after_as_of_are_not_seen_and_medians_are_in_hours() -> None:
    cases = [
        case(
            T0, actions=(Action("ACKNOWLEDGE", at(0, 2)), Action("ACKNOWLEDGE", at(0, 9)), decide("COMPLY", at(0, 30)))
        ),
        case(at(1), actions=(Action("ACKNOWLEDGE", at(1, 4)), decide("OBJECT", at(1, 10)))),
        case(
            at(2), actions=(Action("ACKNOWLEDGE", at(2, 9)), decide("COMPLY_NARROWED", END + timedelta(hours=1)))
        ),  # decided after the end
        case(at(3)),
    ]
    report = report_of(cases)
    assert report.counts["outcome"] == {
        "complied": 1,
        "narrowed": 0,
        "objected": 1,
        "challenged": 0,
        "referred": 0,
        "other": 0,
        "pending": 2,
    }
    assert report.median_hours == {"to_acknowledge": 4.0, "to_decide": 20.0}  # median(2, 4, 9); median(30, 10)
    # While the period runs (as of the 2nd at noon) only what had happened by then counts.
    early = report_of(cases, as_of=at(2, 12))
    assert early.counts["received"] == {"total": 3}
    assert early.counts["outcome"]["pending"] == 1
    assert report_of([case()]).median_hours == {"to_acknowledge": None, "to_decide": None}


def test_user_notice_counts_per_case() -> None:
    cases = [
        case(user_notices=(UserNoticeState(SENT, None, at(0, 1)), UserNoticeState(SENT, None, at(2)))),
        case(user_notices=(UserNoticeState(SENT, at(5), at(5)),)),
        case(user_notices=(UserNoticeState(WITHHELD, None, at(1)),)),
        case(user_notices=(UserNoticeState(PENDING, None, at(1)),)),
        case(),
    ]
    assert report_of(cases).counts["user_notice"] == {"given": 2, "delayed": 1, "withheld": 1}


def test_published_report_shows_only_bands() -> None:
    cases = [case(at(n % 28), process_type="SUBPOENA_CIVIL" if n < 260 else "SEARCH_WARRANT") for n in range(263)]
    published = publish(report_of(cases), band=250)
    assert published.counts["received"]["total"] == Band(250, 499)
    assert published.counts["process_type"]["SUBPOENA_CIVIL"].label == "250–499"
    assert published.counts["process_type"]["SEARCH_WARRANT"].label == "0–249"  # 3 of them
    text = published.csv() + published.table() + repr(published.as_json())
    for exact in ("263", "260"):
        assert exact not in text
    rows = list(csv.reader(io.StringIO(published.csv())))
    assert rows[0] == ["section", "key", "value"]
    assert ["process_type", "SEARCH_WARRANT", "0–249"] in rows
    assert ["received", "total", "250–499"] in rows
    assert published.as_json()["counts"]["received"]["total"] == {"band": "250–499", "min": 250, "max": 499}


def test_preservation_requests_are_counted_apart_from_disclosures() -> None:
    cases = [
        case(process_type="PRESERVATION_REQUEST", data_categories=("STORED_CONTENT",)),
        case(process_type="PRESERVATION_REQUEST", data_categories=("STORED_CONTENT",)),
        case(process_type="SEARCH_WARRANT", data_categories=("STORED_CONTENT",)),
    ]
    counts = report_of(cases).counts
    assert counts["received"] == {"total": 3} and counts["preservation"] == {"requests": 2}
    assert counts["process_type"]["PRESERVATION_REQUEST"] == 2
    assert counts["data_category"]["STORED_CONTENT"] == 1, "a preservation request discloses nothing"
    assert sum(counts["outcome"].values()) == 1


def test_emergency_requests_are_counted_per_agency_confirmed_or_not() -> None:
    cases = [
        case(process_type="EMERGENCY_REQUEST", emergency_agency="FBI", emergency_confirmed=True),
        case(process_type="EMERGENCY_REQUEST", emergency_agency="FBI", emergency_confirmed=False),
        case(process_type="EMERGENCY_REQUEST", emergency_agency="FBI", emergency_confirmed=True),
        case(process_type="EMERGENCY_REQUEST", emergency_agency="other"),
        case(process_type="SEARCH_WARRANT"),
    ]
    counts = report_of(cases).counts
    assert counts["emergency"] == {"FBI: confirmed": 2, "FBI: not confirmed": 1, "other: not confirmed": 1}

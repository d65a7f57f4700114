"""The transparency report of a seeded month, on a real PostgreSQL, against hand-counted figures.

The month is March 2025: [2025-03-01, 2025-04-01). Cases, notices and staff actions are written
through intake's own service layer (submit_case, record_timeline, record_notice), as its Kafka
consumers would. Every expected figure below is counted by hand from the table in ``MONTH``.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI, Header, HTTPException

from services.intake.adapters.repository import CaseRepository
from services.intake.domain.model import ReceivedCase
from services.intake.domain.staff import Permission, Role, StaffMember
from services.intake.entrypoints.http import IntakeServices, reports
from services.intake.entrypoints.http.auth import require
from services.intake.service_layer import email as email_service
from services.intake.service_layer import services
from services.intake.service_layer.reports import transparency_report
from shared.contracts import Envelope, LegalProcessCase, LegalProcessDecided, NoticeDispatched, NoticePlanned
from shared.db import UnitOfWork
from shared.vocabulary import CounselAction, Disposition, NoticeRole, NoticeStatus

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
MARCH, APRIL = date(2025, 3, 1), date(2025, 4, 1)


def t(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


def demand(
    process_type: str,
    kind: str,
    country: str | None,
    categories: list[str],
    gag: tuple[str, datetime | None] | None = None,
) -> LegalProcessCase:
    return LegalProcessCase.model_validate(
        {
            "process_type": process_type,
            "requester": {"name": "Some Agency", "kind": kind, "country": country},
            "targets": ["someone"],
            "data_categories": categories,
            "nondisclosure": (
                {"present": True, "kind": gag[0], "expires_at": gag[1].isoformat() if gag[1] else None}
                if gag
                else {"present": False}
            ),
        }
    )


NoticeEvent = tuple[str, datetime | None, datetime]  # (status, not_before, at)


@dataclass(frozen=True)
class SeededCase:
    """A case of the seeded month: when it arrived, the demand, counsel's actions (action, decided_at,
    disposition) and the events of its USER notice (one notice); ``cancelled_user``: a second USER
    notice, scheduled and cancelled; ``internal_sent``: when our own counsel's alert was sent."""

    at: datetime
    case: LegalProcessCase
    actions: list[tuple[str, datetime, str | None]]
    user: list[NoticeEvent]
    cancelled_user: bool = False
    internal_sent: datetime | None = None


# One row per case.
MONTH: list[SeededCase] = [
    # C1: acknowledged after 2 h, complied after 24 h; notified at once.
    SeededCase(
        at=t(3, 2, 10),
        case=demand("SEARCH_WARRANT", "FEDERAL", "US", ["BASIC_SUBSCRIBER", "STORED_CONTENT"]),
        actions=[("ACKNOWLEDGE", t(3, 2, 12), None), ("DECIDE", t(3, 3, 10), "COMPLY")],
        user=[("PENDING", None, t(3, 3, 10, 5)), ("SENT", None, t(3, 3, 10, 6))],
        cancelled_user=True,
    ),
    # C2: § 2705(b) order until 20 March; acknowledged after 4 h, narrowed after 48 h; notice waited for the order.
    SeededCase(
        at=t(3, 5, 9),
        case=demand(
            "COURT_ORDER_2703D",
            "STATE_LOCAL",
            "US",
            ["NON_CONTENT_RECORDS", "LOCATION_HISTORY"],
            gag=("COURT_ORDER_2705B", t(3, 20)),
        ),
        actions=[("ACKNOWLEDGE", t(3, 5, 13), None), ("DECIDE", t(3, 7, 9), "COMPLY_NARROWED")],
        user=[("SCHEDULED", t(3, 20), t(3, 5, 9, 10)), ("SENT", None, t(3, 20, 0, 1))],
    ),
    # C3: acknowledged after 6 h, objected after 24 h, then a challenge was filed; notified at once.
    SeededCase(
        at=t(3, 8, 8),
        case=demand("SUBPOENA_ADMINISTRATIVE", "FEDERAL", "US", ["BASIC_SUBSCRIBER"]),
        actions=[
            ("ACKNOWLEDGE", t(3, 8, 14), None),
            ("DECIDE", t(3, 9, 8), "OBJECT"),
            ("CHALLENGE_FILED", t(3, 12), None),
        ],
        user=[("SENT", None, t(3, 8, 8, 30))],
    ),
    # C4: NSL with an indefinite certification; acknowledged after 1 h, no decision; notice withheld.
    # Our own counsel's alert was sent: it is not a user notice.
    SeededCase(
        at=t(3, 10, 12),
        case=demand(
            "NATIONAL_SECURITY_LETTER",
            "FEDERAL",
            "US",
            ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"],
            gag=("NSL_CERTIFICATION", None),
        ),
        actions=[("ACKNOWLEDGE", t(3, 10, 13), None)],
        user=[("WITHHELD", None, t(3, 10, 12, 5))],
        internal_sent=t(3, 10, 12, 1),
    ),
    # C5: foreign request; acknowledged after 10 h, referred to the MLAT after 48 h; no account, no notice.
    SeededCase(
        at=t(3, 12),
        case=demand("FOREIGN_REQUEST", "FOREIGN_GOVERNMENT", "DE", ["STORED_CONTENT"]),
        actions=[("ACKNOWLEDGE", t(3, 12, 10), None), ("DECIDE", t(3, 14), "REFER_MLAT")],
        user=[],
    ),
    # C6: civil subpoena with a letter request (not an order); acknowledged after 3 h, objected after 36 h.
    SeededCase(
        at=t(3, 15, 9),
        case=demand("SUBPOENA_CIVIL", "PRIVATE_PARTY", "GB", ["BASIC_SUBSCRIBER"], gag=("LETTER_REQUEST", None)),
        actions=[("ACKNOWLEDGE", t(3, 15, 12), None), ("DECIDE", t(3, 16, 21), "OBJECT")],
        user=[("SENT", None, t(3, 15, 10))],
    ),
    # C7: § 2705(b) order until 1 May; acknowledged after 2 h; complied after 48 h, then narrowed (latest wins).
    SeededCase(
        at=t(3, 20, 9),
        case=demand(
            "SEARCH_WARRANT",
            "STATE_LOCAL",
            "US",
            ["STORED_CONTENT", "LOCATION_HISTORY"],
            gag=("COURT_ORDER_2705B", t(5, 1)),
        ),
        actions=[
            ("ACKNOWLEDGE", t(3, 20, 11), None),
            ("DECIDE", t(3, 22, 9), "COMPLY"),
            ("DECIDE", t(3, 23, 9), "COMPLY_NARROWED"),
        ],
        user=[("SCHEDULED", t(5, 1), t(3, 20, 9, 5))],
    ),
    # C8: emergency, no country; acknowledged after 30 min, HOLD after 2 h; counsel held the notice and
    # released it on 27 March.
    SeededCase(
        at=t(3, 25, 3),
        case=demand("EMERGENCY_REQUEST", "STATE_LOCAL", None, ["LOCATION_HISTORY", "BASIC_SUBSCRIBER"]),
        actions=[
            ("ACKNOWLEDGE", t(3, 25, 3, 30), None),
            ("DECIDE", t(3, 25, 5), "HOLD"),
            ("RELEASE_NOTICE", t(3, 27), None),
        ],
        user=[("WITHHELD", None, t(3, 25, 3, 5)), ("PENDING", None, t(3, 27, 0, 1)), ("SENT", None, t(3, 27, 0, 10))],
    ),
    # C9: indefinite § 2705(b) order; acknowledged, released and decided only in April (after the period).
    SeededCase(
        at=t(3, 28, 10),
        case=demand("COURT_ORDER_2703D", "FEDERAL", "US", ["NON_CONTENT_RECORDS"], gag=("COURT_ORDER_2705B", None)),
        actions=[("ACKNOWLEDGE", t(4, 1, 8), None), ("RELEASE_NOTICE", t(4, 2), None), ("DECIDE", t(4, 3), "COMPLY")],
        user=[("WITHHELD", None, t(3, 28, 10, 5)), ("PENDING", None, t(4, 2, 0, 1)), ("SENT", None, t(4, 2, 0, 2))],
    ),
    # C10: the last minute of the month; nothing done yet; its notice is due, not held.
    SeededCase(
        at=t(3, 31, 23, 59),
        case=demand("SUBPOENA_GRAND_JURY", "FEDERAL", "US", ["BASIC_SUBSCRIBER"]),
        actions=[],
        user=[("PENDING", None, datetime(2025, 3, 31, 23, 59, 30, tzinfo=UTC))],
    ),
]
# Not in March: received just before, and at the period's end (not included).
OUTSIDE: list[SeededCase] = [
    SeededCase(
        at=datetime(2025, 2, 28, 23, 59, 59, tzinfo=UTC),
        case=demand("SEARCH_WARRANT", "COURT", "FR", ["PUBLIC_CONTENT"], gag=("NSL_CERTIFICATION", None)),
        actions=[("ACKNOWLEDGE", t(3, 1, 1), None), ("DECIDE", t(3, 2), "COMPLY")],
        user=[("SENT", None, t(3, 2, 1))],
    ),
    SeededCase(
        at=t(4, 1),
        case=demand("WIRETAP_ORDER", "COURT", "FR", ["REALTIME_CONTENT"]),
        actions=[("DECIDE", t(4, 2), "OBJECT")],
        user=[("WITHHELD", None, t(4, 1, 1))],
    ),
]

# The figures, counted by hand from MONTH (C1 … C10).
EXPECTED_COUNTS: dict[str, dict[str, int]] = {
    "received": {"total": 10},
    "process_type": {
        "SEARCH_WARRANT": 2,  # C1, C7
        "COURT_ORDER_2703D": 2,  # C2, C9
        "SUBPOENA_GRAND_JURY": 1,  # C10
        "SUBPOENA_TRIAL": 0,
        "SUBPOENA_ADMINISTRATIVE": 1,  # C3
        "SUBPOENA_CIVIL": 1,  # C6
        "SUBPOENA_DMCA_512H": 0,
        "NATIONAL_SECURITY_LETTER": 1,  # C4
        "PEN_REGISTER_ORDER": 0,
        "WIRETAP_ORDER": 0,  # only in April
        "PRESERVATION_REQUEST": 0,
        "EMERGENCY_REQUEST": 1,  # C8
        "FOREIGN_REQUEST": 1,  # C5
        "UNKNOWN": 0,
    },
    # FEDERAL: C1 C3 C4 C9 C10; STATE_LOCAL: C2 C7 C8; COURT only outside March.
    "requester_kind": {"FEDERAL": 5, "STATE_LOCAL": 3, "FOREIGN_GOVERNMENT": 1, "PRIVATE_PARTY": 1, "COURT": 0},
    # US: C1 C2 C3 C4 C7 C9 C10; DE: C5; GB: C6; none given: C8. FR only outside.
    "requester_country": {"DE": 1, "GB": 1, "US": 7, "unknown": 1},
    "data_category": {
        "BASIC_SUBSCRIBER": 6,  # C1 C3 C4 C6 C8 C10
        "NON_CONTENT_RECORDS": 3,  # C2 C4 C9
        "LOCATION_HISTORY": 3,  # C2 C7 C8
        "STORED_CONTENT": 3,  # C1 C5 C7
        "PUBLIC_CONTENT": 0,
        "REALTIME_METADATA": 0,
        "REALTIME_CONTENT": 0,
    },
    # complied C1; narrowed C2, C7 (its latest DECIDE); objected C6; challenged C3 (filed after OBJECT);
    # referred C5; other C8 (HOLD); pending C4 (no decision), C9 (decided in April), C10.
    "outcome": {"complied": 1, "narrowed": 2, "objected": 1, "challenged": 1, "referred": 1, "other": 1, "pending": 3},
    # Orders: C2 C7 C9 (§ 2705(b)) and C4 (NSL); C6's letter request is not an order.
    "nondisclosure": {"orders_received": 4, "COURT_ORDER_2705B": 3, "NSL_CERTIFICATION": 1, "LETTER_REQUEST": 1},
    # given: C1 C2 C3 C6 C8; delayed: C2 (waited for the order), C8 (held until counsel released it);
    # withheld at the end: C4 (WITHHELD), C7 (scheduled for May), C9 (released only in April).
    # C5 owes none; C10's is due, not held.
    "user_notice": {"given": 5, "delayed": 2, "withheld": 3},
    # Preservation requests are counted apart from disclosures: none in March.
    "preservation": {"requests": 0},
    # Emergency requests per agency: C8, from an agency the registry does not name ("other"), never
    # confirmed out of band.
    "emergency": {"other: not confirmed": 1},
}
# To the first ACKNOWLEDGE: C1 2, C2 4, C3 6, C4 1, C5 10, C6 3, C7 2, C8 0.5 (C9 only in April, C10 none)
# → 0.5 1 2 2 3 4 6 10 → median (2 + 3) / 2 = 2.5.
# To the first DECIDE: C1 24, C2 48, C3 24, C5 48, C6 36, C7 48 (its first), C8 2 → 2 24 24 36 48 48 48 → 36.
EXPECTED_MEDIANS = {"to_acknowledge": 2.5, "to_decide": 36.0}


def _envelope(payload: Any, *, case_id: uuid.UUID, at: datetime, producer: str) -> Envelope[Any]:
    return Envelope[type(payload)](
        event_type=payload.EVENT_TYPE,
        occurred_at=at,
        case_id=case_id,  # type: ignore[misc]
        trace_id="t",
        producer=producer,
        payload=payload,
    )


async def _notice(
    pool: asyncpg.Pool,
    case_id: uuid.UUID,
    role: NoticeRole,
    recipient: str,
    events: Iterable[tuple[str, datetime | None, datetime]],
) -> None:
    notice_id = uuid.uuid4()
    for status, not_before, at in events:
        if status in ("SENT", "FAILED", "DEAD_LETTER"):
            payload: Any = NoticeDispatched(
                notice_id=notice_id, role=role, recipient=recipient, status=NoticeStatus(status), dispatched_at=at
            )
            consumer = "intake.case-view.notice-dispatched"
        else:
            payload = NoticePlanned(
                notice_id=notice_id, role=role, recipient=recipient, status=NoticeStatus(status), not_before=not_before
            )
            consumer = "intake.case-view.notice-planned"
        await services.record_notice(
            pool=pool, consumer=consumer, event=_envelope(payload, case_id=case_id, at=at, producer="notify")
        )


async def seed(pool: asyncpg.Pool, rows: list[SeededCase]) -> None:
    for row in rows:
        submitted = await services.submit_case(
            pool=pool, case=row.case, channel="api", trace_id="t", received_at=row.at
        )
        case_id = submitted.case_id
        for action, decided_at, disposition in row.actions:
            decided = LegalProcessDecided(
                action=CounselAction(action),
                decided_by="Counsel A",
                reason="r",
                decided_at=decided_at,
                disposition=Disposition(disposition) if disposition else None,
            )
            await services.record_timeline(
                pool=pool,
                consumer="intake.case-view.decided",
                event=_envelope(decided, case_id=case_id, at=decided_at, producer="review"),
            )
        if row.user:
            await _notice(pool, case_id, NoticeRole.USER, "user@example.org", row.user)
        if row.cancelled_user:
            await _notice(
                pool,
                case_id,
                NoticeRole.USER,
                "user@example.org",
                [("SCHEDULED", t(6, 1), row.at), ("CANCELLED", None, row.at + timedelta(hours=1))],
            )
        if at := row.internal_sent:
            await _notice(
                pool,
                case_id,
                NoticeRole.INTERNAL_COUNSEL,
                "counsel@platform.example",
                [("PENDING", None, at), ("SENT", None, at)],
            )


async def hold_for_triage(pool: asyncpg.Pool, case: LegalProcessCase, received_at: datetime) -> None:
    """An e-mail held for legal ops to confirm (NEEDS_TRIAGE): not yet accepted as legal process."""
    async with UnitOfWork(pool) as uow:
        await CaseRepository(uow.conn).add(
            ReceivedCase(case=case, channel="email", received_at=received_at, trace_id="t"),
            held_reasons=["process type not confident"],
        )


@pytest.fixture
async def seeded(pool: asyncpg.Pool) -> asyncpg.Pool:
    await seed(pool, MONTH + OUTSIDE)
    await hold_for_triage(pool, demand("SEARCH_WARRANT", "FEDERAL", "US", ["BASIC_SUBSCRIBER"]), t(3, 15, 12))
    return pool


def by_section(rows: list[list[str]]) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    for section, key, value in rows:
        sections.setdefault(section, {})[key] = value
    return sections


def exact(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, str]]:
    return {section: {key: str(value) for key, value in values.items()} for section, values in counts.items()}


async def test_a_seeded_month_matches_the_hand_counted_figures(seeded: asyncpg.Pool) -> None:
    # Band width 1: every count is its own band, i.e. exact (internal use only).
    report = await transparency_report(pool=seeded, period_from=MARCH, period_to=APRIL, band=1)
    document = report.as_json()
    assert document["period"] == {"from": "2025-03-01T00:00:00+00:00", "to": "2025-04-01T00:00:00+00:00"}
    assert document["as_of"] == "2025-04-01T00:00:00+00:00"  # a past period: as of its end
    counts = {
        section: {key: band["min"] for key, band in values.items()} for section, values in document["counts"].items()
    }
    assert counts == EXPECTED_COUNTS
    assert all(band["min"] == band["max"] for values in document["counts"].values() for band in values.values())
    assert document["median_hours"] == EXPECTED_MEDIANS

    rows = list(csv.reader(io.StringIO(report.csv())))
    assert rows[0] == ["section", "key", "value"]
    sections = by_section(rows[1:])
    assert sections.pop("period") == {
        "from": "2025-03-01T00:00:00+00:00",
        "to": "2025-04-01T00:00:00+00:00",
        "as_of": "2025-04-01T00:00:00+00:00",
        "band_width": "1",
    }
    assert sections.pop("median_hours") == {"to_acknowledge": "2.5", "to_decide": "36"}
    assert sections == exact(EXPECTED_COUNTS)
    # One row per (section, key): nothing is listed twice.
    assert len(rows) - 1 == 4 + 2 + sum(len(values) for values in EXPECTED_COUNTS.values())


async def test_while_the_period_runs_the_report_is_as_of_now(seeded: asyncpg.Pool) -> None:
    # On 10 March at 12:30: C1 C2 C3 C4 received (C4 at 12:00); C3's challenge (12 March) not filed yet.
    report = await transparency_report(pool=seeded, period_from=MARCH, period_to=APRIL, band=1, now=t(3, 10, 12, 30))
    counts = report.as_json()["counts"]
    assert counts["received"]["total"]["min"] == 4
    outcomes = {key: band["min"] for key, band in counts["outcome"].items()}
    # C1 complied (3 March), C2 narrowed (7 March), C3 objected (9 March), C4 pending.
    assert outcomes == {
        "complied": 1,
        "narrowed": 1,
        "objected": 1,
        "challenged": 0,
        "referred": 0,
        "other": 0,
        "pending": 1,
    }
    # C1 and C3 notified; C2 waits for its order until 20 March and C4's is withheld.
    assert {key: band["min"] for key, band in counts["user_notice"].items()} == {
        "given": 2,
        "delayed": 0,
        "withheld": 2,
    }


async def test_bands_hide_small_counts(seeded: asyncpg.Pool) -> None:
    report = await transparency_report(pool=seeded, period_from=MARCH, period_to=APRIL)  # default: bands of 250
    document = report.as_json()
    assert document["band_width"] == 250
    bands = [band for values in document["counts"].values() for band in values.values()]
    assert bands and all(band == {"band": "0–249", "min": 0, "max": 249} for band in bands)
    rows = list(csv.reader(io.StringIO(report.csv())))
    count_rows = [row for row in rows[1:] if row[0] not in ("period", "median_hours")]
    assert count_rows and {row[2] for row in count_rows} == {"0–249"}
    # Bands of 5: the ten cases are 10–14, six BASIC_SUBSCRIBER 5–9, three pending 0–4.
    fives = (await transparency_report(pool=seeded, period_from=MARCH, period_to=APRIL, band=5)).as_json()["counts"]
    assert fives["received"]["total"]["band"] == "10–14"
    assert fives["data_category"]["BASIC_SUBSCRIBER"]["band"] == "5–9"
    assert fives["outcome"]["pending"]["band"] == "0–4"


async def test_mail_dismissed_in_triage_is_not_legal_process_received(seeded: asyncpg.Pool) -> None:
    """Two e-mails held for triage in March: the one legal ops confirm is counted, the one they
    dismiss as not legal process never is."""
    held = {
        name: ReceivedCase(
            case=demand(process, "COURT", "US", ["STORED_CONTENT"]), channel="email", received_at=t(3, 18), trace_id="t"
        )
        for name, process in (("confirmed", "WIRETAP_ORDER"), ("dismissed", "SUBPOENA_DMCA_512H"))
    }
    async with UnitOfWork(seeded) as uow:
        for received in held.values():
            await CaseRepository(uow.conn).add(received, held_reasons=["process type not confident"])

    async def counted() -> dict[str, int]:
        counts = (await transparency_report(pool=seeded, period_from=MARCH, period_to=APRIL, band=1)).as_json()[
            "counts"
        ]
        return {
            "received": counts["received"]["total"]["min"],
            "WIRETAP_ORDER": counts["process_type"]["WIRETAP_ORDER"]["min"],
            "SUBPOENA_DMCA_512H": counts["process_type"]["SUBPOENA_DMCA_512H"]["min"],
            "COURT": counts["requester_kind"]["COURT"]["min"],
        }

    assert await counted() == {"received": 10, "WIRETAP_ORDER": 0, "SUBPOENA_DMCA_512H": 0, "COURT": 0}
    ops = StaffMember(uuid.uuid4(), "ops@example.org", "Ops", Role.LEGAL_OPS)
    dismissal = await email_service.dismiss_case(
        pool=seeded, case_id=held["dismissed"].case_id, member=ops, reason="a vendor's newsletter", trace_id="t"
    )
    assert dismissal.outcome == "dismissed"
    assert (
        await email_service.confirm_case(
            pool=seeded,
            case_id=held["confirmed"].case_id,
            case=held["confirmed"].case,
            confirmed_by=ops.actor,
            trace_id="t",
        )
        == "confirmed"
    )
    assert await counted() == {"received": 11, "WIRETAP_ORDER": 1, "SUBPOENA_DMCA_512H": 0, "COURT": 1}


@pytest.fixture
async def http(seeded: asyncpg.Pool) -> AsyncIterator[httpx.AsyncClient]:
    async def authorize(x_test_role: str | None = Header(default=None)) -> None:
        if x_test_role != "legal":
            raise HTTPException(status_code=403, detail="not allowed")

    # The reports router alone, on a bare app: its services on the app's state, and a stand-in
    # for the permission it requires.
    app = FastAPI()
    app.state.services = IntakeServices(pool=seeded, report_band=1)
    app.include_router(reports.router)
    app.dependency_overrides[require(Permission.VIEW_REPORTS)] = authorize
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake", headers={"X-Test-Role": "legal"}
    ) as client:
        yield client


async def test_the_api_and_the_page(http: httpx.AsyncClient) -> None:
    query = {"from": "2025-03-01", "to": "2025-04-01"}
    as_json = await http.get("/api/v1/reports/transparency", params=query)
    assert as_json.status_code == 200, as_json.text
    assert {s: {k: b["min"] for k, b in v.items()} for s, v in as_json.json()["counts"].items()} == EXPECTED_COUNTS
    assert as_json.json()["median_hours"] == EXPECTED_MEDIANS

    as_csv = await http.get("/api/v1/reports/transparency", params={**query, "format": "csv"})
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    assert 'filename="transparency-2025-03-01-2025-04-01.csv"' in as_csv.headers["content-disposition"]
    sections = by_section(list(csv.reader(io.StringIO(as_csv.text)))[1:])
    assert {s: v for s, v in sections.items() if s not in ("period", "median_hours")} == exact(EXPECTED_COUNTS)

    page = await http.get("/reports/transparency", params=query)
    assert page.status_code == 200 and "<caption>Outcome</caption>" in page.text
    assert '<th scope="row">narrowed</th><td>2</td>' in page.text
    assert '<th scope="row">withheld</th><td>3</td>' in page.text
    assert '<label for="from">' in page.text and 'value="2025-03-01"' in page.text
    form = await http.get("/reports/transparency")
    assert form.status_code == 200 and "<form" in form.text and "<caption>" not in form.text

    inverted = await http.get("/api/v1/reports/transparency", params={"from": "2025-04-01", "to": "2025-03-01"})
    assert inverted.status_code == 422
    assert (
        await http.get("/api/v1/reports/transparency", params={"from": "March", "to": "2025-04-01"})
    ).status_code == 422
    bad_page = await http.get("/reports/transparency", params={"from": "2025-04-01", "to": "2025-03-01"})
    assert bad_page.status_code == 422 and 'role="alert"' in bad_page.text
    # The authorize dependency guards every route.
    for path in ("/api/v1/reports/transparency?from=2025-03-01&to=2025-04-01", "/reports/transparency"):
        assert (await http.get(path, headers={"X-Test-Role": "nobody"})).status_code == 403


async def test_the_cli_prints_the_report(seeded: asyncpg.Pool, database_url: str) -> None:
    env = {**os.environ, "DUEPROCESS_DATABASE_URL": database_url}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "deploy.cli",
        "report",
        "transparency",
        "--from",
        "2025-03-01",
        "--to",
        "2025-04-01",
        "--format",
        "csv",
        "--band",
        "1",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    sections = by_section(list(csv.reader(io.StringIO(out.decode())))[1:])
    assert {s: v for s, v in sections.items() if s not in ("period", "median_hours")} == exact(EXPECTED_COUNTS)

    table = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "deploy.cli",
        "report",
        "transparency",
        "--from",
        "2025-03-01",
        "--to",
        "2025-04-01",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(table.communicate(), 120)
    assert table.returncode == 0, err.decode()
    text = out.decode()
    assert "Outcome" in text and "0–249" in text and "Counts are bands of 250." in text

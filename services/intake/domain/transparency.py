"""The transparency report: what intake's read model says about the demands of one period.

Pure functions over plain records (``adapters/transparency.py`` reads them). The rules:

* **Which cases.** Those received in ``[period_from, period_to)`` by ``received_at`` that intake
  accepted as legal process (not still held for triage, nor dismissed there as not legal
  process; the adapter leaves those out).
* **As of.** Every figure describes the period as it stood at ``as_of``: the period's end, or
  now while the period runs. A staff action recorded after ``as_of`` is not seen, so a report of
  a past period gives the same figures whenever it is run.
* **Outcome** (one per case): ``challenged`` when counsel recorded CHALLENGE_FILED (a filed
  challenge is reported however the case ended); otherwise the disposition of the latest
  DECIDE (by ``decided_at``): COMPLY → complied, COMPLY_NARROWED → narrowed, OBJECT →
  objected, CHALLENGE → challenged, REFER_MLAT → referred, any other → other; no DECIDE →
  pending.
* **Nondisclosure orders received**: cases that came with a gagging order (a § 2705(b) court
  order or an NSL certification); a letter request is counted by kind but is not an order.
* **User notice** (per case, from the USER notices of ``intake.case_notices``; a case with
  several accounts or updates still counts once): *given* when a USER notice was SENT before
  ``as_of``; *delayed*, among those given, when the first notice sent waited for a gag or a
  schedule (its ``not_before`` is after receipt) or for counsel (a RELEASE_NOTICE or
  NDO_CHANGED between receipt and that send); *withheld* when none was sent by ``as_of`` and
  one was held then: WITHHELD, or not before a moment after ``as_of``, or released by counsel
  only after ``as_of``. The read model keeps each notice's latest state, so for a report run
  after the period those last two reconstruct the state at ``as_of``.
* **Medians** of the hours from receipt to the first ACKNOWLEDGE and to the first DECIDE,
  over the cases that had one by ``as_of``; none when no case had.
* **Bands.** A published count is never exact: it is the band of ``band`` width it falls in
  (``0–249``, ``250–499`` …, the bands of 50 U.S.C. § 1874). Exact counts above a threshold
  would not be safe: two exact figures subtract (received − orders, given − delayed, a
  section's total − its exact rows, one period − an overlapping one) into a small exact one.
  A band width of 1 publishes exact counts (internal use only). Medians are not banded.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shared.vocabulary import (
    GAGGING_KINDS,
    CounselAction,
    DataCategory,
    Disposition,
    NondisclosureKind,
    NoticeStatus,
    ProcessType,
    RequesterKind,
)

DEFAULT_BAND = 250

#: The outcomes, in the order the report lists them.
OUTCOMES = ("complied", "narrowed", "objected", "challenged", "referred", "other", "pending")
DECIDED_OUTCOME: Mapping[str, str] = {
    Disposition.COMPLY: "complied",
    Disposition.COMPLY_NARROWED: "narrowed",
    Disposition.OBJECT: "objected",
    Disposition.CHALLENGE: "challenged",
    Disposition.REFER_MLAT: "referred",
}
#: Counsel's actions that let a held user notice go.
RELEASING_ACTIONS = frozenset({CounselAction.RELEASE_NOTICE, CounselAction.NDO_CHANGED})
UNKNOWN_COUNTRY = "unknown"

SECTIONS = (
    "received",
    "preservation",
    "emergency",
    "process_type",
    "requester_kind",
    "requester_country",
    "data_category",
    "outcome",
    "nondisclosure",
    "user_notice",
)
MEDIANS = ("to_acknowledge", "to_decide")


@dataclass(frozen=True, slots=True)
class Action:
    """One staff action from ``legal-process.decided.v1`` (values as stored: plain strings)."""

    action: str
    at: datetime  # decided_at
    disposition: str | None = None


@dataclass(frozen=True, slots=True)
class UserNoticeState:
    """A USER notice's latest state in the read model."""

    status: str
    not_before: datetime | None
    event_at: datetime


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the report reads of one case: no target, no requester name, no recipient."""

    received_at: datetime
    process_type: str
    requester_kind: str
    requester_country: str | None
    data_categories: tuple[str, ...] = ()
    nondisclosure_kind: str | None = None
    actions: tuple[Action, ...] = ()  # every action recorded, also after as_of
    user_notices: tuple[UserNoticeState, ...] = ()
    # An emergency request's agency (the registry's id, "other" when it is not listed) and
    # whether it was confirmed out of band; None for any other demand.
    emergency_agency: str | None = None
    emergency_confirmed: bool = False


@dataclass(frozen=True)
class TransparencyReport:
    """Exact figures. Internal: only :func:`publish`'s banded form may leave the service."""

    period_from: datetime
    period_to: datetime
    as_of: datetime
    counts: dict[str, dict[str, int]]
    median_hours: dict[str, float | None]


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int

    @property
    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    def as_json(self) -> dict[str, Any]:
        return {"band": self.label, "min": self.low, "max": self.high}


def band_of(count: int, width: int) -> Band:
    """The band of ``width`` that ``count`` falls in: 0–249, 250–499 … (width 1: the count)."""
    if width < 1:
        raise ValueError("the band width must be at least 1")
    if count < 0:
        raise ValueError("a count cannot be negative")
    low = count // width * width
    return Band(low, low + width - 1)


def outcome(actions: Iterable[Action]) -> str:
    """The case's outcome from its staff actions (see the module's rules)."""
    decisions = []
    for item in actions:
        if item.action == CounselAction.CHALLENGE_FILED:
            return "challenged"
        if item.action == CounselAction.DECIDE:
            decisions.append(item)
    if not decisions:
        return "pending"
    # The latest by decided_at; of two at the same moment, the one recorded last.
    _, latest = max(enumerate(decisions), key=lambda pair: (pair[1].at, pair[0]))
    return DECIDED_OUTCOME.get(latest.disposition or "", "other")


def _hours_to_first(case: CaseFacts, actions: Sequence[Action], kind: CounselAction) -> float | None:
    times = [item.at for item in actions if item.action == kind]
    return (min(times) - case.received_at).total_seconds() / 3600 if times else None


def user_notice(case: CaseFacts, *, as_of: datetime) -> tuple[str | None, bool]:
    """("given" | "withheld" | None, delayed) for the case at ``as_of`` (see the module's rules)."""
    notices = [n for n in case.user_notices if n.status != NoticeStatus.CANCELLED]
    releases = [a.at for a in case.actions if a.action in RELEASING_ACTIONS]
    sent = sorted(
        (n for n in notices if n.status == NoticeStatus.SENT and n.event_at < as_of), key=lambda n: n.event_at
    )
    if sent:
        first = sent[0]
        waited = first.not_before is not None and first.not_before > case.received_at
        released = any(case.received_at <= at <= first.event_at for at in releases)
        return "given", waited or released
    released_later = any(at >= as_of for at in releases)

    def held(n: UserNoticeState) -> bool:
        return (
            n.status == NoticeStatus.WITHHELD
            or (n.not_before is not None and n.not_before > as_of)
            or (released_later and n.event_at >= as_of)
        )

    return ("withheld" if any(held(n) for n in notices) else None), False


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def _listed(enum_values: Iterable[str], counter: Counter[str]) -> dict[str, int]:
    """Every known value (a zero is indistinguishable from a small count), then unknown ones."""
    listed = {value: counter.get(value, 0) for value in enum_values}
    listed.update({key: counter[key] for key in sorted(counter) if key not in listed})
    return listed


def compute(
    cases: Iterable[CaseFacts], *, period_from: datetime, period_to: datetime, as_of: datetime
) -> TransparencyReport:
    """The exact figures for the cases received in ``[period_from, period_to)``, as of ``as_of``."""
    if period_to <= period_from:
        raise ValueError("the period must end after it starts")
    process: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    gags: Counter[str] = Counter()
    notices: Counter[str] = Counter()
    to_acknowledge: list[float] = []
    to_decide: list[float] = []
    received = 0
    preservation = 0
    emergencies: Counter[str] = Counter()
    for case in cases:
        if not (period_from <= case.received_at < period_to and case.received_at < as_of):
            continue
        received += 1
        process[case.process_type] += 1
        kinds[case.requester_kind] += 1
        countries[case.requester_country or UNKNOWN_COUNTRY] += 1
        if case.emergency_agency is not None:
            confirmed = "confirmed" if case.emergency_confirmed else "not confirmed"
            emergencies[f"{case.emergency_agency}: {confirmed}"] += 1
        if case.process_type == ProcessType.PRESERVATION_REQUEST:
            # Counted apart from disclosures (as Google and Apple report them): a preservation
            # request discloses nothing, so it has no outcome, data disclosed or user notice here.
            preservation += 1
            continue
        categories.update(set(case.data_categories))
        if case.nondisclosure_kind:
            gags[case.nondisclosure_kind] += 1
            if case.nondisclosure_kind in GAGGING_KINDS:
                gags["orders_received"] += 1
        seen = [item for item in case.actions if item.at < as_of]
        outcomes[outcome(seen)] += 1
        if (hours := _hours_to_first(case, seen, CounselAction.ACKNOWLEDGE)) is not None:
            to_acknowledge.append(hours)
        if (hours := _hours_to_first(case, seen, CounselAction.DECIDE)) is not None:
            to_decide.append(hours)
        state, delayed = user_notice(case, as_of=as_of)
        if state:
            notices[state] += 1
        if delayed:
            notices["delayed"] += 1
    counts = {
        "received": {"total": received},
        "preservation": {"requests": preservation},
        "emergency": {key: emergencies[key] for key in sorted(emergencies)},
        "process_type": _listed(ProcessType, process),
        "requester_kind": _listed(RequesterKind, kinds),
        "requester_country": {
            key: countries[key] for key in sorted(countries, key=lambda k: (k == UNKNOWN_COUNTRY, k))
        },
        "data_category": _listed(DataCategory, categories),
        "outcome": {name: outcomes.get(name, 0) for name in OUTCOMES},
        "nondisclosure": _listed(["orders_received", *NondisclosureKind], gags),
        "user_notice": {name: notices.get(name, 0) for name in ("given", "delayed", "withheld")},
    }
    return TransparencyReport(
        period_from=period_from,
        period_to=period_to,
        as_of=as_of,
        counts=counts,
        median_hours={"to_acknowledge": _median(to_acknowledge), "to_decide": _median(to_decide)},
    )


# --- the published form: bands only ----------------------------------------------------------


SECTION_TITLES = {
    "received": "Demands received",
    "emergency": "Emergency requests by agency, confirmed out of band or not",
    "preservation": "Preservation requests (18 U.S.C. § 2703(f); counted in no section below but the requester's)",
    "process_type": "By process type",
    "requester_kind": "By requester",
    "requester_country": "By requester's country",
    "data_category": "By data category requested (a demand counts once in each)",
    "outcome": "Outcome",
    "nondisclosure": "Nondisclosure",
    "user_notice": "User notice",
    "median_hours": "Median hours from receipt",
}


@dataclass(frozen=True)
class PublishedReport:
    """The report as it may be shown or published: every count a band, no exact count."""

    period_from: datetime
    period_to: datetime
    as_of: datetime
    band_width: int
    counts: dict[str, dict[str, Band]] = field(default_factory=dict)
    median_hours: dict[str, float | None] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "report": "transparency",
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "as_of": self.as_of.isoformat(),
            "band_width": self.band_width,
            "counts": {
                section: {key: band.as_json() for key, band in rows.items()} for section, rows in self.counts.items()
            },
            "median_hours": dict(self.median_hours),
        }

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, key, value): the period, then each count's band, then each median."""
        rows = [
            ("period", "from", self.period_from.isoformat()),
            ("period", "to", self.period_to.isoformat()),
            ("period", "as_of", self.as_of.isoformat()),
            ("period", "band_width", str(self.band_width)),
        ]
        for section, values in self.counts.items():
            rows.extend((section, key, band.label) for key, band in values.items())
        rows.extend(
            ("median_hours", key, "" if value is None else f"{value:g}") for key, value in self.median_hours.items()
        )
        return rows

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("section", "key", "value"))
        writer.writerows(self.rows())
        return out.getvalue()

    def table(self) -> str:
        """A plain-text table for a terminal."""
        lines = [
            f"Transparency report: received from {self.period_from.isoformat()} to "
            f"{self.period_to.isoformat()} (not included), as of {self.as_of.isoformat()}",
            f"Counts are bands of {self.band_width}.",
        ]
        sections: list[tuple[str, list[tuple[str, str]]]] = [
            (section, [(key, band.label) for key, band in values.items()]) for section, values in self.counts.items()
        ]
        sections.append(
            (
                "median_hours",
                [(key, "—" if value is None else f"{value:g}") for key, value in self.median_hours.items()],
            )
        )
        width = max(len(key) for _, rows in sections for key, _ in rows)
        for section, rows in sections:
            lines.extend(["", SECTION_TITLES.get(section, section)])
            lines.extend(f"  {key:<{width}}  {value:>11}" for key, value in rows)
        return "\n".join(lines) + "\n"


def publish(report: TransparencyReport, *, band: int = DEFAULT_BAND) -> PublishedReport:
    """The report with every count replaced by its band."""
    return PublishedReport(
        period_from=report.period_from,
        period_to=report.period_to,
        as_of=report.as_of,
        band_width=band,
        counts={
            section: {key: band_of(count, band) for key, count in rows.items()}
            for section, rows in report.counts.items()
        },
        median_hours=dict(report.median_hours),
    )

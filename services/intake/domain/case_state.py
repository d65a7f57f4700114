"""Where a case stands, derived from what intake has seen: the demand, its review, and the
escalations, staff actions and notices since. Pure: the queue and the case page both use it.

Invariants:
- the tier is the review's until an escalation says otherwise; the latest escalation wins;
- the current nondisclosure terms are the demand's until staff record a change; the gag
  sentence never says a user notice is coming while a gag without an end date stands;
- a deadline's wording never hides that it has passed ("overdue by ...");
- a case dismissed in triage as not legal process is DISMISSED whatever else is known of it,
  has no SLA, and leaves the queue's default view (``in_default_queue``);
- a reviewed demand whose requester nobody verified says its user notice waits for requester
  verification until legal ops confirm the requester (CONFIRM_REQUESTER) or dismiss the demand
  (DISMISS_DEMAND, which settles it like a decision: nothing more is owed for it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from shared.vocabulary import ESCALATION_LADDER, requester_unverified

SLA_DUE_SOON = timedelta(hours=2)
RETURN_DUE_SOON = timedelta(days=3)
TIERS = tuple(tier.value for tier in ESCALATION_LADDER)


class Stage(StrEnum):
    NEEDS_TRIAGE = "NEEDS_TRIAGE"  # extracted fields wait for a person
    AWAITING_REVIEW = "AWAITING_REVIEW"  # sent to review, no review yet
    AWAITING_ACK = "AWAITING_ACK"  # reviewed, nobody has acknowledged it
    IN_PROGRESS = "IN_PROGRESS"  # acknowledged, not decided
    DECIDED = "DECIDED"
    DISMISSED = "DISMISSED"  # held, then dismissed in triage: not legal process

    @property
    def label(self) -> str:
        return {
            "NEEDS_TRIAGE": "Needs triage",
            "AWAITING_REVIEW": "Awaiting review",
            "AWAITING_ACK": "Awaiting acknowledgement",
            "IN_PROGRESS": "Acknowledged",
            "DECIDED": "Decided",
            "DISMISSED": "Dismissed (not legal process)",
        }[self.value]

    @property
    def in_default_queue(self) -> bool:
        """Shown by the queue without a status filter: every stage but DISMISSED (a filter on it shows those)."""
        return self is not Stage.DISMISSED


class RequesterCheck(StrEnum):
    """Where an unverified requester stands (None on the state: the requester was verified)."""

    WAITING = "WAITING"  # the user notice waits for legal ops to confirm the requester or dismiss the demand
    CONFIRMED = "CONFIRMED"  # legal ops confirmed the requester out of band
    DISMISSED = "DISMISSED"  # legal ops dismissed the demand as not genuine


class Sla(StrEnum):
    NONE = "NONE"  # no clock (not reviewed, or decided)
    MET = "MET"  # acknowledged
    RUNNING = "RUNNING"
    DUE_SOON = "DUE_SOON"
    BREACHED = "BREACHED"


@dataclass(frozen=True)
class CaseState:
    stage: Stage
    tier: str | None
    recommendation: str | None
    decision: str | None
    acknowledge_by: datetime | None
    acknowledged_at: datetime | None
    decided_at: datetime | None
    return_by: datetime | None
    nondisclosure: dict[str, Any]
    production_hold: bool
    sla: Sla
    requester_check: RequesterCheck | None = None
    requester_settled_by: str | None = None
    # Every date the review computed, soonest first, each with its rule (``computed_dates``).
    dates: tuple[dict[str, Any], ...] = ()

    @property
    def urgency(self) -> tuple[int, float]:
        """Sort key, most urgent first: breached SLAs, then due soon, then the nearest deadline."""
        rank = {Sla.BREACHED: 0, Sla.DUE_SOON: 1, Sla.RUNNING: 2, Sla.MET: 3, Sla.NONE: 4}[self.sla]
        if self.stage is Stage.NEEDS_TRIAGE:
            rank = min(rank, 1)
        if self.stage is Stage.DISMISSED:
            return 5, float("inf")
        deadlines = [
            d
            for d in (
                self.acknowledge_by if self.sla in (Sla.RUNNING, Sla.DUE_SOON, Sla.BREACHED) else None,
                self.return_by if self.stage is not Stage.DECIDED else None,
            )
            if d is not None
        ]
        return rank, min(d.timestamp() for d in deadlines) if deadlines else float("inf")


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def derive_state(
    *,
    document: dict[str, Any],
    held: bool,
    review: dict[str, Any] | None,
    acknowledge_by: datetime | str | None,
    timeline: list[dict[str, Any]],
    now: datetime,
    dismissed: bool = False,
) -> CaseState:
    """The case's state from its read model. ``timeline`` entries carry ``event_type``, ``at``
    and the event's payload fields (as intake stores them), in any order. ``dismissed``: the
    case was dismissed in triage as not legal process."""
    events = sorted(timeline, key=lambda entry: str(entry.get("at")))
    tier = review.get("escalation_tier") if review else None
    ack_by = _moment(acknowledge_by)
    sequence = -1
    acknowledged_at = decided_at = None
    decision = None
    return_by = _moment(document.get("return_by"))
    nondisclosure = dict(document.get("nondisclosure") or {"present": False})
    production_hold = False
    settled: str | None = None
    settled_by: str | None = None
    owed: list[dict[str, Any]] = []
    for entry in events:
        kind = entry.get("event_type")
        if kind == "legal-process.escalated":
            if int(entry.get("sequence") or 0) >= sequence:
                sequence = int(entry.get("sequence") or 0)
                tier = entry.get("tier") or tier
                if entry.get("acknowledge_by"):
                    ack_by = _moment(entry["acknowledge_by"])
        elif kind == "legal-process.decided":
            action = entry.get("action")
            at = _moment(entry.get("decided_at") or entry.get("at"))
            if "production_hold" in entry:
                production_hold = bool(entry["production_hold"])
            if action == "ACKNOWLEDGE" and acknowledged_at is None:
                acknowledged_at = at
            elif action == "DECIDE":
                decided_at, decision = at, entry.get("disposition")
                acknowledged_at = acknowledged_at or at
            elif action == "NDO_CHANGED" and entry.get("nondisclosure") is not None:
                nondisclosure = dict(entry["nondisclosure"])
            elif action == "RETURN_DATE_MOVED" and entry.get("return_by"):
                return_by = _moment(entry["return_by"])
            elif action == "PRODUCTION_MADE" and (entry.get("formal_process") or {}).get("expected_by"):
                owed = [formal_process_date(disclosed_at=at, expected_by=entry["formal_process"]["expected_by"])]
            elif action in ("CONFIRM_REQUESTER", "DISMISS_DEMAND") and settled is None:
                settled, settled_by = action, entry.get("decided_by")
                if action == "DISMISS_DEMAND":  # not genuine: settled like a decision
                    decided_at, decision = at, "DISMISSED"
                    acknowledged_at = acknowledged_at or at
    if dismissed:
        stage = Stage.DISMISSED
    elif held:
        stage = Stage.NEEDS_TRIAGE
    elif review is None:
        stage = Stage.AWAITING_REVIEW
    elif decided_at is not None:
        stage = Stage.DECIDED
    elif acknowledged_at is not None:
        stage = Stage.IN_PROGRESS
    else:
        stage = Stage.AWAITING_ACK
    if stage is Stage.DISMISSED or (
        stage in (Stage.NEEDS_TRIAGE, Stage.AWAITING_REVIEW, Stage.DECIDED) and acknowledged_at is None
    ):
        sla = Sla.NONE
    elif acknowledged_at is not None:
        sla = Sla.MET
    elif ack_by is None:
        sla = Sla.NONE
    elif now >= ack_by:
        sla = Sla.BREACHED
    elif ack_by - now <= SLA_DUE_SOON:
        sla = Sla.DUE_SOON
    else:
        sla = Sla.RUNNING
    check: RequesterCheck | None = None
    if (
        review is not None
        and "requester" in review
        and requester_unverified(
            verified=bool((review.get("requester") or {}).get("verified")),
            finding_codes=[str(f.get("code")) for f in review.get("findings") or []],
        )
    ):
        check = RequesterCheck(
            {"CONFIRM_REQUESTER": "CONFIRMED", "DISMISS_DEMAND": "DISMISSED"}.get(settled or "", "WAITING")
        )
    return CaseState(
        stage=stage,
        tier=tier,
        recommendation=review.get("disposition") if review else None,
        decision=decision,
        acknowledge_by=ack_by,
        acknowledged_at=acknowledged_at,
        decided_at=decided_at,
        return_by=return_by,
        nondisclosure=nondisclosure,
        production_hold=production_hold,
        sla=sla,
        requester_check=check,
        requester_settled_by=settled_by if check is not None else None,
        dates=computed_dates(review, also=owed),
    )


def computed_dates(review: dict[str, Any] | None, *, also: Sequence[dict[str, Any]] = ()) -> tuple[dict[str, Any], ...]:
    """The dates the review computed (``Review.computed_dates``: what falls due, the date, the
    rule that produced it and how it was counted) and ``also`` those a later staff action set
    (an emergency disclosure's formal-process date), soonest first: what the case page and the
    queue both show."""
    dates = [dict(d) for d in (review or {}).get("computed_dates") or [] if isinstance(d, dict) and d.get("due")]
    dates += [dict(d) for d in also]
    return tuple(sorted(dates, key=lambda d: (str(d["due"]), str(d.get("what") or ""))))


def formal_process_date(*, disclosed_at: datetime | None, expected_by: datetime | str) -> dict[str, Any]:
    """The date by which the requester of an emergency disclosure owes formal legal process, as
    review set it on the disclosure (``LegalProcessDecided.formal_process``), with its rule."""
    expected = _moment(expected_by)
    assert expected is not None
    after = ""
    if disclosed_at is not None:
        days = round((expected - disclosed_at) / timedelta(days=1))
        after = f"{days} days after the disclosure recorded {disclosed_at:%A %d %b %Y}: "
    return {
        "what": "formal legal process expected from the requester (emergency disclosure)",
        "due": expected.date().isoformat(),
        "at": expected.isoformat(),
        "rule": "policy emergency_formal_process_days (18 U.S.C. § 2702(b)(8), (c)(4))",
        "explanation": f"{after}{expected:%Y-%m-%d %H:%M %Z}; legal ops and the requester are reminded before "
        "it unless that process arrives. Not moved off weekends or holidays.",
        "draft": None,
    }


def span(delta: timedelta) -> str:
    """A duration in words at a useful precision: '2 days 4 h', '3 h 05 min', '12 min'."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h {mins:02d} min"
    return f"{mins} min"


def countdown(deadline: datetime | None, now: datetime) -> str:
    if deadline is None:
        return "no date"
    if deadline <= now:
        return f"overdue by {span(now - deadline)}"
    return f"in {span(deadline - now)}"


def long_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


NDO_WORDS = {
    "COURT_ORDER_2705B": "a court order under 18 U.S.C. § 2705(b)",
    "NSL_CERTIFICATION": "a National Security Letter nondisclosure certification",
    "LETTER_REQUEST": "the requester's letter (not binding without a court order)",
}


def gag_in_words(nondisclosure: dict[str, Any], *, now: datetime, notices: list[dict[str, Any]] | None = None) -> str:
    """The gag order's effect on the user notice, in one plain sentence."""
    if not nondisclosure.get("present"):
        return "No nondisclosure order: the user may be told."
    kind = str(nondisclosure.get("kind") or "")
    source = NDO_WORDS.get(kind, kind.replace("_", " ").lower() or "an order")
    expires = _moment(nondisclosure.get("expires_at"))
    if kind == "LETTER_REQUEST":
        return f"Nondisclosure asked for by {source}; counsel decides whether the user notice waits."
    if expires is None:
        return f"User notice withheld indefinitely: {source} with no end date. Counsel should seek a limit."
    if expires <= now:
        return f"The nondisclosure order ({source}) expired on {long_date(expires)}: the user may be told."
    return f"User notice withheld until {long_date(expires)} ({countdown(expires, now)}), by {source}."


def requester_in_words(state: CaseState) -> str | None:
    """What an unverified requester means for the user notice, in one plain sentence (None: verified)."""
    if state.requester_check is RequesterCheck.WAITING:
        return (
            "User notice waits for requester verification: nothing goes to the user or their counsel until "
            "legal ops confirm the requester out of band (through contact details found independently, never "
            "the demand's own) or dismiss the demand."
        )
    if state.requester_check is RequesterCheck.CONFIRMED:
        return (
            f"Requester confirmed out of band by {state.requester_settled_by}: the user notice follows the review, "
            "quoting only the confirmed facts."
        )
    if state.requester_check is RequesterCheck.DISMISSED:
        return f"Demand dismissed as not genuine by {state.requester_settled_by}: the user is never notified."
    return None

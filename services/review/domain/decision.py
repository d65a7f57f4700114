"""From findings to the recommendation: disposition, escalation tier, user notice, missing facts.

Exactly docs/domain.md's derivation:

* disposition: the strongest one the findings imply, precedence CHALLENGE > OBJECT >
  REFER_MLAT > VERIFY_REQUESTER > HOLD > COMPLY_NARROWED > REQUEST_INFO > PRESERVE_ONLY >
  COMPLY. A BLOCK_RULE finding implies COMPLY_NARROWED while any requested category is
  still supported (blocked by no finding), OBJECT when none is. With nothing implied, the
  policy default (COMPLY; PRESERVE_ONLY for preservation requests).
* tier: LITIGATION if any finding's code is marked L, else COUNSEL if any is warn/block,
  else LEGAL_OPS.
* user notice: WITHHOLD_PENDING_COUNSEL for a gag counsel must judge (NSL, indefinite or
  over-long order); NOTIFY_AFTER a valid order's expiry (and, for emergencies, not before
  received (else served) + 90 days, never counted from the review: with neither date known,
  WITHHOLD_PENDING_COUNSEL); NOTIFY_NOW otherwise. Never NOTIFY_NOW while a gag is in force.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from services.review.domain.rulebook import RuleBook, RuleSpec
from services.review.domain.rules import Hit, NdoState, RuleContext, is_renewal
from services.review.domain.rules.dates import counted, fixed
from services.review.domain.rules.wording import minute
from shared.contracts import ComputedDate, UserNotice
from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    ForeignMechanism,
    ProcessType,
    Severity,
    UserNoticeAction,
)

#: Strongest first. Kept explicit (not the enum's declaration order) so a reordering of the
#: shared enum cannot silently change outcomes; a test checks both agree.
DISPOSITION_PRECEDENCE: tuple[Disposition, ...] = (
    Disposition.CHALLENGE,
    Disposition.OBJECT,
    Disposition.REFER_MLAT,
    Disposition.VERIFY_REQUESTER,
    Disposition.HOLD,
    Disposition.COMPLY_NARROWED,
    Disposition.REQUEST_INFO,
    Disposition.PRESERVE_ONLY,
    Disposition.COMPLY,
)
_RANK = {disposition: index for index, disposition in enumerate(DISPOSITION_PRECEDENCE)}


class InvariantViolation(AssertionError):
    """A derived review would break a rule that must never break (e.g. notice under a gag)."""


@dataclass(frozen=True, slots=True)
class Scope:
    """What the process supports: the requested categories no block-rule finding blocks."""

    requested: tuple[DataCategory, ...]
    blocked: frozenset[DataCategory]

    @property
    def supported(self) -> tuple[DataCategory, ...]:
        return tuple(category for category in self.requested if category not in self.blocked)

    @property
    def block_rule_disposition(self) -> Disposition:
        return Disposition.COMPLY_NARROWED if self.supported else Disposition.OBJECT


def scope_of(hits: Sequence[Hit], *, book: RuleBook, requested: Sequence[DataCategory]) -> Scope:
    blocked: set[DataCategory] = set()
    for hit in hits:
        if book.rule(hit.code).block_rule:
            if not hit.blocks:
                raise InvariantViolation(f"{hit.code} follows the block rule but names no blocked category")
            blocked |= hit.blocks
    return Scope(requested=tuple(requested), blocked=frozenset(blocked))


def implied_disposition(spec: RuleSpec, scope: Scope) -> Disposition | None:
    """What one finding implies: its catalogue disposition, the block rule's, or nothing."""
    if spec.block_rule:
        return scope.block_rule_disposition
    if spec.implies is None:
        return None
    return Disposition(spec.implies)


def derive_disposition(hits: Sequence[Hit], *, book: RuleBook, scope: Scope, process_type: ProcessType) -> Disposition:
    """The strongest disposition the findings imply; the policy default when none does."""
    implied = [d for hit in hits if (d := implied_disposition(book.rule(hit.code), scope)) is not None]
    if not implied:
        return book.policy.default_for(process_type)
    return min(implied, key=_RANK.__getitem__)


def derive_tier(hits: Sequence[Hit], *, book: RuleBook) -> EscalationTier:
    """LITIGATION for an L code, COUNSEL for any warn/block, else LEGAL_OPS."""
    specs = [book.rule(hit.code) for hit in hits]
    if any(spec.litigation for spec in specs):
        return EscalationTier.LITIGATION
    if any(spec.severity in {Severity.WARN, Severity.BLOCK} for spec in specs):
        return EscalationTier.COUNSEL
    return EscalationTier.LEGAL_OPS


def derive_user_notice(ctx: RuleContext) -> UserNotice:
    """When the affected user may be told. Invariant: never NOTIFY_NOW under a gag in force."""
    ndo = ctx.ndo
    if ndo.counsel_decides:
        notice = UserNotice(action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL, not_before=None)
    elif ndo.state is NdoState.IN_FORCE:
        assert ndo.expires_at is not None
        ends = ctx.emergency_ends() if ctx.emergency else None
        not_before = max(ndo.expires_at, ends) if ends is not None else ndo.expires_at
        notice = UserNotice(action=UserNoticeAction.NOTIFY_AFTER, not_before=not_before)
    elif ctx.emergency:
        # counted from receipt (or service), never from the review: with neither known (offline
        # only: the service always knows its receipt) there is no date yet, and counsel sets one
        ends = ctx.emergency_ends()
        if ends is None:
            notice = UserNotice(action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL, not_before=None)
        else:
            notice = UserNotice(action=UserNoticeAction.NOTIFY_AFTER, not_before=ends)
    else:
        notice = UserNotice(action=UserNoticeAction.NOTIFY_NOW, not_before=None)
    check_notice_invariant(notice, ctx)
    return notice


def check_notice_invariant(notice: UserNotice, ctx: RuleContext) -> None:
    """Raise if the notice could reach the user while a gag is (possibly validly) in force."""
    ndo = ctx.ndo
    if not ndo.gags:
        return
    if notice.action is UserNoticeAction.NOTIFY_NOW:
        raise InvariantViolation("NOTIFY_NOW while a nondisclosure order is in force")
    if notice.action is UserNoticeAction.NOTIFY_AFTER and (
        notice.not_before is None or ndo.expires_at is None or notice.not_before < ndo.expires_at
    ):
        raise InvariantViolation("NOTIFY_AFTER before the nondisclosure order expires")


def computed_dates(ctx: RuleContext, hits: Sequence[Hit]) -> list[ComputedDate]:
    """Every date the review computed, each once, in order: the findings' (each with its rule), then
    the gag's expiry and its yearly re-examination while a gag is in force."""
    dates: list[ComputedDate] = [date for hit in hits for date in hit.dates]
    ndo = ctx.ndo
    if ndo.gags and ndo.expires_at is not None:
        dates.append(
            fixed(
                what="nondisclosure ends: user notice not before",
                on=ndo.expires_at,
                rule=f"the {ndo.kind.value if ndo.kind else 'nondisclosure'} order's own expiry",
                explanation=f"the gag runs until {minute(ndo.expires_at)} as issued (a date set by the order: "
                "not counted, not moved)",
            )
        )
    if ndo.gags and ndo.starts_at is not None:
        days = ctx.policy.gag_reexamination_days
        dates.append(
            counted(
                ctx.calendar,
                what="counsel re-examines the gag (yearly while in force)",
                trigger=ndo.starts_at,
                days=days,
                rule="policy gag_reexamination_days",
                law="policy gag_reexamination_days (yearly review of every gag in force; DOJ 2017 § 2705(b) policy, "
                "18 U.S.C. § 3511(b))",
            )
        )
    return list(dict.fromkeys(dates))


def missing_facts(ctx: RuleContext) -> list[str]:
    """Plain-language facts that, if supplied, could change the outcome. Stable order, no repeats."""
    case, policy = ctx.case, ctx.policy
    facts: list[str] = []
    if not case.requester.verified:
        facts.append("requester verification")
    if ctx.emergency:
        if case.emergency is None or not case.emergency.narrative.strip():
            facts.append("emergency narrative (the specific danger of death or serious physical injury)")
        if case.emergency is None or not case.emergency.verified_out_of_band:
            facts.append("out-of-band confirmation of the emergency request")
        if ctx.emergency_start is None:
            facts.append("date the emergency request was received (the user's notice is counted from it)")
    if ctx.process in policy.administrative_process_types:
        if not (case.stated_purpose or "").strip():
            facts.append("stated purpose")
        if not case.statute:
            facts.append("statute the administrative subpoena was issued under")
        elif ctx.statute is None:
            facts.append(f"purposes of {ctx.statute_label} (not in the statute table)")
        if ctx.statute is not None and ctx.statute.signer.titles and not case.requester.signer_title:
            facts.append("signer's title")
    nsl = ctx.book.national_security_letter
    if (
        ctx.process is ProcessType.NATIONAL_SECURITY_LETTER
        and nsl is not None
        and nsl.signer.checked
        and not case.requester.signer_title
    ):
        facts.append("signer's title")
    if ctx.process is ProcessType.SUBPOENA_DMCA_512H and not ctx.document_words:
        facts.append("document text (takedown notice, sworn declaration, clerk's issuance)")
    if ctx.process in policy.return_date_process_types and case.return_by is None:
        facts.append("return date")
    needs_service = (
        case.return_by is not None
        or ctx.process is ProcessType.PRESERVATION_REQUEST
        or (ctx.ndo.kind is not None and ctx.ndo.expires_at is not None and ctx.ndo.state is not NdoState.EXPIRED)
    )
    if case.served_at is None and needs_service:
        facts.append("service date")
    if not ctx.requested:
        facts.append("data categories sought")
    if not any(t.particular for t in ctx.targets):
        facts.append("specific account identifier")
    else:
        facts.extend(f'specific account identifier for "{t.text}"' for t in ctx.targets if not t.particular)
    if not ctx.directory.complete:
        facts.extend(
            f"account directory record for {t.label} (anonymity, tags, criticism, counsel)"
            for t in ctx.targets
            if t.particular and t.account is None
        )
    time_bound = ctx.process is not ProcessType.PRESERVATION_REQUEST and any(
        c in policy.time_bound_categories for c in ctx.requested
    )
    if time_bound and (case.date_range is None or case.date_range.start is None):
        facts.append("date range")
    if ctx.ndo.state is NdoState.INDEFINITE:
        facts.append("NDO expiry")
    if ctx.process is ProcessType.PRESERVATION_REQUEST and ctx.preservation_start is None:
        facts.append("date the preservation request was received (its term is counted from it)")
    if ctx.process is ProcessType.PRESERVATION_REQUEST and is_renewal(ctx):
        facts.append("date of the original preservation request (the 180-day limit)")
    if ctx.process is ProcessType.FOREIGN_REQUEST and case.mechanism is None:
        facts.append("foreign request mechanism (MLAT or CLOUD Act agreement)")
    if case.mechanism is ForeignMechanism.CLOUD_ACT_AGREEMENT and not case.requester.country:
        facts.append("requesting country (which CLOUD Act agreement)")
    return list(dict.fromkeys(facts))

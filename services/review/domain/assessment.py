"""The review's public entry point: :func:`assess` one case against the rule book. Pure.

    review = assess(case, accounts=directory, now=now, received_at=received_at)

``assess`` reads nothing but its arguments (and, when no ``rule_book`` is passed, the
packaged rule book through :func:`load_rule_book`, read once per process).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from services.review.domain.accounts import Account, AccountCounsel, AccountDirectory
from services.review.domain.decision import (
    computed_dates,
    derive_disposition,
    derive_tier,
    derive_user_notice,
    missing_facts,
    scope_of,
)
from services.review.domain.history import EarlierCase
from services.review.domain.rulebook import RuleBook, canonical_statute, load_rule_book
from services.review.domain.rules import Hit, RuleContext, build_context, run_rules
from shared.contracts import Finding, LegalProcessCase, RequesterSummary, Review
from shared.reference import AgencyRegistry

__all__ = [
    "Account",
    "AccountCounsel",
    "AccountDirectory",
    "AgencyRegistry",
    "EarlierCase",
    "RuleBook",
    "assess",
    "load_rule_book",
]


def _require_aware(name: str, moment: datetime | None) -> None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"{name} must be timezone-aware")


def _finding(hit: Hit, book: RuleBook) -> Finding:
    spec = book.rule(hit.code)
    citation = f"{spec.citation}; {hit.citation}" if hit.citation else spec.citation
    return Finding(code=hit.code, severity=spec.severity, citation=citation, explanation=hit.explanation)


def assess(
    case: LegalProcessCase,
    *,
    accounts: AccountDirectory,
    now: datetime,
    registry: AgencyRegistry | None = None,
    rule_book: RuleBook | None = None,
    received_at: datetime | None = None,
    earlier_cases: Sequence[EarlierCase] = (),
) -> Review:
    """Check one demand against the rule book and recommend what to do.

    ``accounts`` is the platform's directory (``AccountDirectory.unknown()`` when there is
    none: then no target counts as not found). ``registry`` overrides the rule book's agency
    registry. ``now`` and ``received_at`` must be timezone-aware; ``received_at`` stands in
    for an unknown service date and starts an emergency's notice delay. ``earlier_cases``
    (optional) summarises cases received before this one (:meth:`EarlierCase.from_case`):
    DUPLICATE_REQUEST links a repeat to the first; without them no duplicate is detected.

    Invariants: every finding carries its catalogue citation and an explanation naming
    the facts it used; the review never says NOTIFY_NOW while a gag is in force.
    """
    _require_aware("now", now)
    _require_aware("received_at", received_at)
    book = rule_book if rule_book is not None else load_rule_book()
    if registry is not None:
        book = book.with_registry(registry)
    for earlier in earlier_cases:
        if not isinstance(earlier, EarlierCase):
            raise TypeError("earlier_cases must hold EarlierCase items (EarlierCase.from_case)")
    ctx = build_context(
        case, book=book, directory=accounts, now=now, received_at=received_at, earlier_cases=earlier_cases
    )
    return review_from(ctx, run_rules(ctx))


def review_from(ctx: RuleContext, hits: list[Hit]) -> Review:
    """Dress the hits as findings and derive the recommendation from them."""
    book, case = ctx.book, ctx.case
    scope = scope_of(hits, book=book, requested=ctx.requested)
    return Review(
        process_type=case.process_type,
        statute=canonical_statute(case.statute) or case.statute,
        requester=RequesterSummary(
            name=case.requester.name, kind=case.requester.kind, verified=case.requester.verified
        ),
        targets=list(case.targets),
        data_categories=list(ctx.requested),
        nondisclosure=case.nondisclosure,
        findings=[_finding(hit, book) for hit in hits],
        disposition=derive_disposition(hits, book=book, scope=scope, process_type=case.process_type),
        escalation_tier=derive_tier(hits, book=book),
        user_notice=derive_user_notice(ctx),
        rule_set_version=book.rule_set_version,
        missing_facts=missing_facts(ctx),
        computed_dates=computed_dates(ctx, hits),
    )

"""The rules: small pure functions from a :class:`RuleContext` to :class:`Hit`\\ s.

A rule decides *whether* a code fires and explains it with the case's own facts. What a
code *means* (severity, disposition, LITIGATION, citation) is data: ``data/rules.yaml``.
A new rule is one more function, in the module of its family, appended to :data:`RULES` plus its
catalogue entry.

Invariants: rules never raise on odd input (missing dates, unknown statutes, empty
targets) - they stay silent and ``decision.missing_facts`` says what would help; a rule
that blocks data categories names them in ``Hit.blocks`` (the block rule needs them).

Facts the case JSON has no field for (a takedown notice, Doe defendants, a case number
missed by extraction, "all records" language, a specific danger) are read from the
document's text with the phrase lists of ``data/policy.yaml``, conservatively: each list's
comment there says which way a missing phrase tips the rule.

The package, by family: ``context`` (what every rule reads), ``wording`` (how findings word
facts), ``signers``, ``sca``, ``administrative``, ``nsl``, ``first_amendment``, ``civil``
(civil, DMCA § 512(h), foreign), ``emergency``, ``facial`` (authenticity and facial
validity) and ``notice``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from services.review.domain.rules.administrative import (
    admin_data_beyond_bsi,
    admin_indefinite,
    admin_issuer_rank,
    admin_purpose,
    irs_7609_notice_gap,
)
from services.review.domain.rules.civil import civil_content, dmca_512h_incomplete, foreign, rule45_defect
from services.review.domain.rules.context import (
    NON_PARTICULAR_WORDS,
    Hit,
    NdoState,
    NdoStatus,
    RuleContext,
    TargetView,
    build_context,
    is_particular,
    nondisclosure_status,
    resolve_issuer,
)
from services.review.domain.rules.emergency import edr_post_notice, edr_thin_facts, edr_unverified, emergency_danger
from services.review.domain.rules.facial import (
    duplicate_request,
    needs_triage,
    overbroad_time_range,
    requester_unverified,
    return_date,
    targets,
)
from services.review.domain.rules.first_amendment import (
    anon_political_gov,
    anon_retaliation_signal,
    anon_unmask_civil,
    anon_unmask_nonparty,
)
from services.review.domain.rules.notice import notice_required
from services.review.domain.rules.nsl import nsl_issuer_rank, nsl_no_selector, nsl_scope
from services.review.domain.rules.sca import is_renewal, nondisclosure, preservation, sca_disclosure
from services.review.domain.rules.signers import signer_meets, signer_qualifies

Rule = Callable[[RuleContext], list[Hit]]

#: Every rule, in the order its findings are listed (docs/domain.md's table order).
RULES: tuple[Rule, ...] = (
    needs_triage,
    sca_disclosure,
    preservation,
    nondisclosure,
    admin_purpose,
    admin_issuer_rank,
    admin_data_beyond_bsi,
    admin_indefinite,
    return_date,
    irs_7609_notice_gap,
    nsl_scope,
    nsl_no_selector,
    nsl_issuer_rank,
    anon_unmask_civil,
    anon_unmask_nonparty,
    anon_political_gov,
    anon_retaliation_signal,
    civil_content,
    rule45_defect,
    dmca_512h_incomplete,
    foreign,
    edr_unverified,
    edr_thin_facts,
    edr_post_notice,
    requester_unverified,
    targets,
    overbroad_time_range,
    duplicate_request,
    notice_required,
)


def run_rules(ctx: RuleContext, rules: Sequence[Rule] = RULES) -> list[Hit]:
    """Every hit of every rule, in rule order."""
    return [hit for rule in rules for hit in rule(ctx)]


__all__ = [
    "NON_PARTICULAR_WORDS",
    "RULES",
    "Hit",
    "NdoState",
    "NdoStatus",
    "Rule",
    "RuleContext",
    "TargetView",
    "build_context",
    "emergency_danger",
    "is_particular",
    "is_renewal",
    "nondisclosure_status",
    "resolve_issuer",
    "run_rules",
    "signer_meets",
    "signer_qualifies",
]

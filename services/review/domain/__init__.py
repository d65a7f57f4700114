"""The review service's domain: the rule book as data plus small pure rules.

Public API (all pure except :func:`load_rule_book`, which reads the packaged data once):

* :func:`assess` - one case in, one :class:`shared.contracts.Review` out.
* :class:`EarlierCase` - a case received before, for DUPLICATE_REQUEST (``earlier_cases=``).
* :func:`load_rule_book` / :class:`RuleBook` - agency registry, statutes, policy, catalogue.
* :class:`Account` / :class:`AccountDirectory` - the platform's account data.
* :class:`AgencyRegistry` - agencies by name, alias, domain; parent departments (shared/reference).
* :func:`statute_key` (alias :func:`normalize_statute`) / :func:`canonical_statute`: shared/citations.py
  read as the review reads statutes, U.S. Code only.
"""

from services.review.domain.accounts import Account, AccountCounsel, AccountDirectory
from services.review.domain.assessment import assess
from services.review.domain.history import EarlierCase, document_fingerprint
from services.review.domain.rulebook import (
    AdministrativeStatute,
    Policy,
    RuleBook,
    RuleSpec,
    canonical_statute,
    load_rule_book,
    normalize_statute,
    parse_rule_book,
    parse_statute,
    statute_key,
)
from shared.reference import Agency, AgencyRegistry

__all__ = [
    "Account",
    "AccountCounsel",
    "AccountDirectory",
    "AdministrativeStatute",
    "Agency",
    "AgencyRegistry",
    "EarlierCase",
    "Policy",
    "RuleBook",
    "RuleSpec",
    "assess",
    "canonical_statute",
    "document_fingerprint",
    "load_rule_book",
    "normalize_statute",
    "parse_rule_book",
    "parse_statute",
    "statute_key",
]

"""Whether a signer's title meets a statute's minimum rank (administrative subpoenas, NSLs)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.review.domain.rulebook import SignerRule
from shared.reference import normalize_words


def signer_meets(title: str, allowed: Sequence[str], subordinate_prefixes: Sequence[str]) -> bool:
    """Whether ``title`` contains an allowed title not directly preceded by a subordinate prefix.

    "Special Agent in Charge, Boston" and "Acting Port Director" qualify;
    "Assistant Special Agent in Charge" does not unless it is itself listed.
    """
    normalized = normalize_words(title)
    prefixes = {normalize_words(p) for p in subordinate_prefixes}
    for rank in allowed:
        needle = normalize_words(rank)
        for match in re.finditer(rf"(?<![\w§]){re.escape(needle)}(?![\w§])", normalized):
            before = normalized[: match.start()].split()
            if not before or before[-1] not in prefixes:
                return True
    return False


def signer_qualifies(title: str, rule: SignerRule, subordinate_prefixes: Sequence[str]) -> bool:
    """Whether a signer's title meets ``rule`` (an exact title, or a listed one as whole words)."""
    return rule.is_exact(title) or signer_meets(title, rule.titles, subordinate_prefixes)

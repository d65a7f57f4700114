"""Reference data every service may read: the agency registry. Data and lookups, no rules.

``shared/reference/agencies.yaml`` has the schema of docs/domain.md's "Agency registry" (id, name,
aliases, parent, kind, email_domains, statutes). :func:`agency_registry` loads it once;
:class:`AgencyRegistry` looks an agency up by name or alias (exactly, or the longest alias a
name contains), by id, and by e-mail domain, and walks its parents. Which statute an agency
may use for what is the review's business. The whole-words text matching the lookups use
(:func:`normalize_words`, :func:`contains_phrase`) is here too; the review reads its phrase
lists with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.citations import statute_key
from shared.vocabulary import RequesterKind

__all__ = [
    "Agency",
    "AgencyRegistry",
    "agency_registry",
    "contains_phrase",
    "domain_of",
    "normalize_name",
    "normalize_words",
    "phrase_pattern",
]


# --- whole-words text matching ----------------------------------------------------------------


def normalize_words(text: str) -> str:
    """Lower-case words separated by single spaces; punctuation dropped ("U.S." -> "us")."""
    text = text.casefold().replace("’", "'")
    text = re.sub(r"[.'’]", "", text)  # U.S. -> us, Int'l -> intl
    text = re.sub(r"[^\w§]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    """The phrase as a whole-words pattern over normalized text (compiled once per phrase)."""
    needle = normalize_words(phrase)
    return re.compile(rf"(?<![\w§]){re.escape(needle)}(?![\w§])") if needle else None


def contains_phrase(haystack_normalized: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in the already-normalized text as whole words."""
    pattern = phrase_pattern(phrase)
    return pattern is not None and pattern.search(haystack_normalized) is not None


def normalize_name(name: str) -> str:
    """An agency name compared by its words: case, punctuation, a leading "the" and
    "United States" written out do not matter ("the U.S. Customs Service" == "US Customs Service")."""
    words = re.sub(r"\bunited states\b", "us", normalize_words(name))
    return words.removeprefix("the ").strip()


def domain_of(email_or_domain: str | None) -> str | None:
    """The lower-case domain of an address (``"Agent <a@CBP.DHS.gov>"`` -> ``"cbp.dhs.gov"``)."""
    if not email_or_domain:
        return None
    domain = email_or_domain.rsplit("@", 1)[-1].strip().strip("<>").strip().lower().rstrip(".")
    return domain or None


def _within(domain: str, known: str) -> bool:
    return domain == known or domain.endswith("." + known)


# --- the registry -------------------------------------------------------------------------------


class Agency(BaseModel):
    """One agency or department. ``statutes`` are canonical U.S. Code section keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Z0-9_]+$")
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    kind: RequesterKind
    email_domains: tuple[str, ...] = ()
    statutes: tuple[str, ...] = ()

    @field_validator("email_domains")
    @classmethod
    def _lower_domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(domain.strip().lower().removeprefix("@") for domain in value)

    @field_validator("statutes")
    @classmethod
    def _canonical_statutes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        keys = []
        for text in value:
            key = statute_key(text, us_code_only=True)
            if key is None:
                raise ValueError(f"not a U.S. Code citation: {text!r}")
            keys.append(key)
        return tuple(keys)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.aliases)

    @property
    def label(self) -> str:
        """``"U.S. Customs and Border Protection (CBP)"``: the name and its first all-capitals alias."""
        short = next((alias for alias in self.aliases if alias.isupper()), self.id)
        return f"{self.name} ({short})"


class AgencyRegistry:
    """Agencies by id, name/alias and e-mail domain. Immutable after construction.

    Invariants (checked on construction): ids are unique, every parent exists, the parent
    chain has no cycle, no name or alias names two agencies, and every statute is a U.S. Code
    citation (stored as its canonical key).
    """

    def __init__(self, agencies: Iterable[Agency]) -> None:
        by_id: dict[str, Agency] = {}
        for agency in agencies:
            if agency.id in by_id:
                raise ValueError(f"agency id {agency.id!r} listed twice")
            by_id[agency.id] = agency
        names: dict[str, str] = {}
        for agency in by_id.values():
            if agency.parent is not None and agency.parent not in by_id:
                raise ValueError(f"agency {agency.id}: unknown parent {agency.parent!r}")
            for name in agency.names:
                key = normalize_name(name)
                if names.setdefault(key, agency.id) != agency.id:
                    raise ValueError(f"name {name!r} names both {names[key]} and {agency.id}")
        self._by_id: Mapping[str, Agency] = MappingProxyType(by_id)
        self._names: Mapping[str, str] = MappingProxyType(names)
        for agency in by_id.values():
            self.lineage(agency)  # raises on a cycle

    @classmethod
    def from_mapping(cls, document: Mapping[str, Any]) -> AgencyRegistry:
        """Build from the parsed ``agencies.yaml`` shape: ``{"agencies": [...]}``."""
        return cls(Agency.model_validate(entry) for entry in document.get("agencies", []))

    @classmethod
    def from_yaml(cls, text: str) -> AgencyRegistry:
        """Build from ``agencies.yaml`` text (parsing only; the caller reads the file)."""
        return cls.from_mapping(yaml.safe_load(text) or {})

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, agency_id: str) -> Agency | None:
        return self._by_id.get(agency_id)

    def resolve(self, name: str | None, *, kind: RequesterKind | None = None) -> Agency | None:
        """The agency ``name`` designates: an exact name or alias, else the longest alias contained
        in it as whole words ("CBP Office of Professional Responsibility" -> CBP). With
        ``kind``, an agency of another kind never matches (a state treasury is not Treasury).
        """
        if not name:
            return None
        normalized = normalize_name(name)
        candidates: list[tuple[int, Agency]] = []
        exact = self._names.get(normalized)
        if exact is not None:
            candidates.append((10_000, self._by_id[exact]))
        for alias, agency_id in self._names.items():
            if alias and contains_phrase(normalized, alias):
                candidates.append((len(alias), self._by_id[agency_id]))
        for _, agency in sorted(candidates, key=lambda item: -item[0]):
            if kind is None or agency.kind is kind:
                return agency
        return None

    def names(self) -> Iterator[tuple[str, Agency]]:
        """Every (name as written in the registry, agency) pair."""
        for agency in self._by_id.values():
            for name in agency.names:
                yield name, agency

    def by_domain(self, email_or_domain: str | None) -> Agency | None:
        """The agency with the most specific listed domain matching the address (subdomains count)."""
        domain = domain_of(email_or_domain)
        if domain is None:
            return None
        best: tuple[int, Agency] | None = None
        for agency in self._by_id.values():
            for known in agency.email_domains:
                if _within(domain, known) and (best is None or len(known) > best[0]):
                    best = (len(known), agency)
        return best[1] if best else None

    def lists_domain(self, agency: Agency, email_or_domain: str | None) -> bool:
        """Whether the address's domain is one the registry lists for ``agency`` (or a subdomain)."""
        domain = domain_of(email_or_domain)
        return domain is not None and any(_within(domain, known) for known in agency.email_domains)

    def all_domains(self) -> tuple[str, ...]:
        return tuple(sorted({d for agency in self._by_id.values() for d in agency.email_domains}))

    def lineage(self, agency: Agency) -> tuple[Agency, ...]:
        """``agency``, its parent, its grandparent ... (CBP -> DHS)."""
        chain = [agency]
        seen = {agency.id}
        while chain[-1].parent is not None:
            parent = self._by_id[chain[-1].parent]
            if parent.id in seen:
                raise ValueError(f"agency parents form a cycle at {parent.id}")
            seen.add(parent.id)
            chain.append(parent)
        return tuple(chain)


@cache
def agency_registry() -> AgencyRegistry:
    """The packaged registry, read once per process."""
    text = resources.files(__name__).joinpath("agencies.yaml").read_text(encoding="utf-8")
    return AgencyRegistry.from_yaml(text)

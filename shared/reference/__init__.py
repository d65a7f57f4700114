"""Reference data every service may read: the agency registry. Data and lookups, no rules.

``shared/reference/agencies.yaml`` has the schema of DOMAIN.md's "Agency registry" (id, name,
aliases, parent, kind, email_domains, statutes). :func:`agency_registry` loads it once;
:class:`AgencyRegistry` looks an agency up by name or alias, by id, and by e-mail domain,
and walks its parents. Which statute an agency may use for what is the review's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from shared.vocabulary import RequesterKind

__all__ = ["Agency", "AgencyRegistry", "agency_registry", "domain_of", "normalize_name"]


def normalize_name(name: str) -> str:
    """An agency name compared by its words: case, punctuation, a leading "the" and
    "United States" written out do not matter ("the U.S. Customs Service" == "US Customs Service")."""
    text = name.casefold().replace("’", "'")
    text = re.sub(r"[.'’]", "", text)
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    text = re.sub(r"\bunited states\b", "us", text)
    return text.removeprefix("the ").strip()


def domain_of(email_or_domain: str | None) -> str | None:
    """The lower-case domain of an address (``"Agent <a@CBP.DHS.gov>"`` -> ``"cbp.dhs.gov"``)."""
    if not email_or_domain:
        return None
    domain = email_or_domain.rsplit("@", 1)[-1].strip().strip("<>").strip().lower().rstrip(".")
    return domain or None


def _within(domain: str, known: str) -> bool:
    return domain == known or domain.endswith("." + known)


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    kind: RequesterKind
    email_domains: tuple[str, ...]
    statutes: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.aliases)

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> Agency:
        unknown = set(entry) - {"id", "name", "aliases", "parent", "kind", "email_domains", "statutes"}
        if unknown:
            raise ValueError(f"agency {entry.get('id')!r}: unknown keys {sorted(unknown)}")
        agency_id = str(entry["id"])
        if not re.fullmatch(r"[A-Z0-9_]+", agency_id):
            raise ValueError(f"agency id {agency_id!r} must be upper-case letters, digits and _")
        return cls(
            id=agency_id,
            name=str(entry["name"]),
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            parent=entry.get("parent"),
            kind=RequesterKind(entry["kind"]),
            email_domains=tuple(str(d).strip().lower().removeprefix("@") for d in entry.get("email_domains") or ()),
            statutes=tuple(str(s) for s in entry.get("statutes") or ()),
        )


class AgencyRegistry:
    """Agencies by id, name/alias and e-mail domain. Immutable; ids unique, parents known, no cycles."""

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
            self.lineage(agency)

    @classmethod
    def from_yaml(cls, text: str) -> AgencyRegistry:
        document = yaml.safe_load(text) or {}
        return cls(Agency.from_mapping(entry) for entry in document.get("agencies", []))

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, agency_id: str) -> Agency | None:
        return self._by_id.get(agency_id)

    def by_name(self, name: str | None) -> Agency | None:
        """The agency whose id, name or alias is exactly ``name`` (compared by words)."""
        if not name:
            return None
        agency_id = self._names.get(normalize_name(name))
        return self._by_id[agency_id] if agency_id else None

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

    def parent(self, agency: Agency) -> Agency | None:
        return self._by_id.get(agency.parent) if agency.parent else None

    def lineage(self, agency: Agency) -> tuple[Agency, ...]:
        """``agency``, its parent, its grandparent ... (CBP -> DHS)."""
        chain = [agency]
        while chain[-1].parent is not None:
            parent = self._by_id[chain[-1].parent]
            if parent in chain:
                raise ValueError(f"agency parents form a cycle at {parent.id}")
            chain.append(parent)
        return tuple(chain)


@cache
def agency_registry() -> AgencyRegistry:
    """The packaged registry, read once per process."""
    text = resources.files(__name__).joinpath("agencies.yaml").read_text(encoding="utf-8")
    return AgencyRegistry.from_yaml(text)

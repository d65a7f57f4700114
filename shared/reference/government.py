"""The government registry: which domains belong to which government body. Data and lookups, no rules.

Four sources, one lookup (docs/domain.md "Authenticity"):

* ``dotgov.csv``: CISA's registry of every ``.gov`` domain (see ``NOTICE.md``), each with its
  domain type, organisation, city and state. The type decides the requester kind: federal
  executive and legislative -> FEDERAL, federal judicial -> COURT, every state, territory,
  county, city, special or school district, tribal, interstate and intrastate body -> STATE_LOCAL.
* ``.mil``: every domain under ``mil`` is the U.S. military (FEDERAL); ``fed.us`` is federal
  too, ``nsn.us`` (native sovereign nations) tribal.
* The RFC 1480 locality names under ``.us``: ``state.<st>.us`` and ``ci.``/``co.``/``town.``/
  ``vil.``/``cog.``/``dst.<place>.<st>.us``, ``k12.<st>.us`` (not ``pvt.k12``), ``cc.<st>.us``
  for the 50 states, DC and the territories (STATE_LOCAL).
* ``foreign_government.yaml``: a curated table of foreign government, police and justice
  domains (FOREIGN_GOVERNMENT), some of them restricted suffixes (``gov.uk``, ``gouv.fr``) under
  which every domain is that government's; a suffix not confirmed government-only covers only itself.

:meth:`GovernmentRegistry.lookup` walks from a domain to its parents (``mail.ohio.gov`` ->
``ohio.gov``) and returns the most specific body. :func:`government_registry` loads the packaged
data once per process. :func:`parse_dotgov` reads and checks a ``current-full.csv``; the
``dueprocess reference update dotgov`` command uses it to refresh the packaged copy.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from shared.vocabulary import RequesterKind

__all__ = [
    "DOTGOV_COLUMNS",
    "DOTGOV_KINDS",
    "US_STATES",
    "WELL_KNOWN_MIL",
    "DotgovError",
    "GovernmentBody",
    "GovernmentRegistry",
    "dotgov_kind",
    "government_registry",
    "parse_dotgov",
    "render_dotgov",
]

#: The columns kept from CISA's ``current-full.csv`` (its security-contact column is dropped).
DOTGOV_COLUMNS = ("Domain name", "Domain type", "Organization name", "Suborganization name", "City", "State")

#: CISA's domain types (before any " - Election" / " - Executive" qualifier) and the requester kind.
DOTGOV_KINDS: Mapping[str, RequesterKind] = MappingProxyType(
    {
        "Federal": RequesterKind.FEDERAL,
        "Federal - Executive": RequesterKind.FEDERAL,
        "Federal - Legislative": RequesterKind.FEDERAL,
        "Federal - Judicial": RequesterKind.COURT,
        "State or territory": RequesterKind.STATE_LOCAL,
        "County": RequesterKind.STATE_LOCAL,
        "City": RequesterKind.STATE_LOCAL,
        "Special district": RequesterKind.STATE_LOCAL,
        "School district": RequesterKind.STATE_LOCAL,
        "Tribal": RequesterKind.STATE_LOCAL,
        "Interstate": RequesterKind.STATE_LOCAL,
        "Independent Intrastate": RequesterKind.STATE_LOCAL,
    }
)

#: USPS codes of the 50 states, DC and the territories, with their names.
US_STATES: Mapping[str, str] = MappingProxyType(
    {
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
        "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
        "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
        "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
        "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
        "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
        "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
        "AS": "American Samoa", "GU": "Guam", "MP": "Northern Mariana Islands", "PR": "Puerto Rico",
        "VI": "U.S. Virgin Islands", "UM": "U.S. Minor Outlying Islands",
    }
)  # fmt: skip

# RFC 1480 labels under <place>.<st>.us that only a government registers.
_US_LOCALITY_PREFIXES = MappingProxyType(
    {
        "ci": "City",
        "co": "County",
        "town": "Town",
        "vil": "Village",
        "cog": "Council of Governments",
        "dst": "District",
    }
)
# Well-known .mil domains: every .mil domain is matched by pattern; these are listed only so that
# look-alike detection has names to compare against (army-mil.com, armymil.com, army.mil.com).
WELL_KNOWN_MIL = (
    "army.mil", "navy.mil", "af.mil", "marines.mil", "uscg.mil", "spaceforce.mil", "mail.mil", "health.mil",
    "dla.mil", "disa.mil", "darpa.mil", "socom.mil", "jcs.mil", "dtic.mil", "nga.mil",
)  # fmt: skip
_DOMAIN_RE = re.compile(r"^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class DotgovError(ValueError):
    """A ``current-full.csv`` that cannot be used (wrong header, empty, a bad row)."""


@dataclass(frozen=True, slots=True)
class GovernmentBody:
    """A government body a domain belongs to, as the registry describes it."""

    domain: str  # the registry domain that matched (``ohio.gov``, ``police.uk``, ``army.mil``)
    organization: str
    kind: RequesterKind
    country: str  # ISO 3166-1 alpha-2
    source: str  # "dotgov", "mil", "us-locality", "foreign"
    domain_type: str  # CISA's type, or "Military", "US locality", "Foreign"
    suborganization: str | None = None
    city: str | None = None
    state: str | None = None  # USPS code for U.S. bodies; a region for some foreign ones
    branch: str | None = None  # foreign and .mil: government, police, justice, prosecution, court, military
    restricted: bool = False  # a suffix only the government registers under (gov.uk, gouv.fr)
    unconfirmed_suffix: bool = False  # a registry suffix not confirmed government-only: covers no other name

    @property
    def name(self) -> str:
        return self.suborganization or self.organization


def dotgov_kind(domain_type: str) -> RequesterKind | None:
    """The requester kind of a CISA domain type ("County - Election" is a county's)."""
    kind = DOTGOV_KINDS.get(domain_type.strip())
    if kind is None:
        kind = DOTGOV_KINDS.get(domain_type.split(" - ", 1)[0].strip())
    return kind


def parse_dotgov(text: str) -> list[dict[str, str]]:
    """The rows of a CISA ``current-full.csv`` (with or without its security-contact column),
    only :data:`DOTGOV_COLUMNS` kept, domains lower-case, sorted by domain.

    Raises :class:`DotgovError` for an empty file, a header without those columns, a row whose
    domain is not a ``.gov`` name or is listed twice, or a domain type :data:`DOTGOV_KINDS` does not know.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DotgovError("the file is empty")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in DOTGOV_COLUMNS if c not in header]
    if missing:
        raise DotgovError(
            f"not CISA's current-full.csv: the header lacks {', '.join(missing)} (it has {', '.join(header) or 'nothing'})"
        )
    reader.fieldnames = header
    rows: dict[str, dict[str, str]] = {}
    for number, raw in enumerate(reader, start=2):
        row = {c: (raw.get(c) or "").strip() for c in DOTGOV_COLUMNS}
        domain = row["Domain name"] = row["Domain name"].lower().rstrip(".")
        if not domain.endswith(".gov") or not _DOMAIN_RE.match(domain):
            raise DotgovError(f"line {number}: {domain!r} is not a .gov domain name")
        if dotgov_kind(row["Domain type"]) is None:
            raise DotgovError(f"line {number}: unknown domain type {row['Domain type']!r} for {domain}")
        if domain in rows:
            raise DotgovError(f"line {number}: {domain} is listed twice")
        rows[domain] = row
    if not rows:
        raise DotgovError("the file has a header but no domains")
    return [rows[d] for d in sorted(rows)]


def render_dotgov(rows: Iterable[Mapping[str, str]]) -> str:
    """The packaged ``dotgov.csv`` text for ``rows`` (the kept columns only)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DOTGOV_COLUMNS)
    for row in rows:
        writer.writerow([row.get(c, "") for c in DOTGOV_COLUMNS])
    return out.getvalue()


def _dotgov_bodies(text: str) -> Iterator[GovernmentBody]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    index = {name: header.index(name) for name in DOTGOV_COLUMNS}
    for row in reader:
        if not row:
            continue
        domain_type = row[index["Domain type"]]
        kind = dotgov_kind(domain_type)
        if kind is None:
            raise DotgovError(f"unknown domain type {domain_type!r} in the packaged dotgov.csv")
        yield GovernmentBody(
            domain=row[index["Domain name"]],
            organization=row[index["Organization name"]],
            suborganization=row[index["Suborganization name"]] or None,
            kind=kind,
            country="US",
            source="dotgov",
            domain_type=domain_type,
            city=row[index["City"]] or None,
            state=row[index["State"]] or None,
        )


def _foreign_bodies(document: Mapping[str, Any]) -> Iterator[GovernmentBody]:
    for entry in document.get("domains", []):
        yield GovernmentBody(
            domain=str(entry["domain"]).strip().lower(),
            organization=str(entry["name"]),
            kind=RequesterKind(entry.get("kind", "FOREIGN_GOVERNMENT")),
            country=str(entry["country"]).upper(),
            source="foreign",
            domain_type="Foreign",
            state=entry.get("region"),
            branch=str(entry.get("branch", "government")),
            restricted=bool(entry.get("restricted", False)),
            unconfirmed_suffix=bool(entry.get("unconfirmed_suffix", False)),
        )


class GovernmentRegistry:
    """Government bodies by domain: the listed ones in a dict, ``.mil`` and ``.us`` by pattern."""

    def __init__(self, bodies: Iterable[GovernmentBody]) -> None:
        by_domain: dict[str, GovernmentBody] = {}
        for body in bodies:
            if body.domain in by_domain:
                raise ValueError(f"government domain {body.domain} listed twice")
            if not _DOMAIN_RE.match(body.domain):
                raise ValueError(f"not a domain name: {body.domain!r}")
            by_domain[body.domain] = body
        self._by_domain: Mapping[str, GovernmentBody] = MappingProxyType(by_domain)

    def __len__(self) -> int:
        return len(self._by_domain)

    def __iter__(self) -> Iterator[GovernmentBody]:
        return iter(self._by_domain.values())

    def __contains__(self, domain: object) -> bool:
        return domain in self._by_domain

    def get(self, domain: str) -> GovernmentBody | None:
        """The body listed for exactly ``domain`` (no parent walk, no pattern)."""
        return self._by_domain.get(domain)

    def domains(self) -> Iterable[str]:
        """Every listed domain (not the pattern-matched ``.mil``/``.us`` ones)."""
        return self._by_domain.keys()

    def known_domains(self) -> set[str]:
        """The listed domains and the well-known ``.mil`` ones: what a look-alike may imitate."""
        return {*self._by_domain, *WELL_KNOWN_MIL}

    def lookup(self, domain: str | None) -> GovernmentBody | None:
        """The most specific body ``domain`` belongs to: itself or a parent listed, else a pattern.

        A registry suffix not confirmed government-only (``unconfirmed_suffix``) is the government's
        itself, but a name under it that is not listed may be a stranger's: None.
        """
        if not domain:
            return None
        domain = domain.strip().lower().rstrip(".")
        labels = domain.split(".")
        for start in range(len(labels) - 1):
            body = self._by_domain.get(".".join(labels[start:]))
            if body is not None:
                return None if body.unconfirmed_suffix and start > 0 else body
        return _by_pattern(labels)

    def unconfirmed_suffix_above(self, domain: str | None) -> GovernmentBody | None:
        """The unconfirmed registry suffix (``unconfirmed_suffix``) an unlisted ``domain`` sits under, if any."""
        if not domain:
            return None
        labels = domain.strip().lower().rstrip(".").split(".")
        for start in range(len(labels) - 1):
            body = self._by_domain.get(".".join(labels[start:]))
            if body is not None:
                return body if body.unconfirmed_suffix and start > 0 else None
        return None


def _by_pattern(labels: list[str]) -> GovernmentBody | None:
    if not all(labels) or len(labels) < 2:
        return None
    if labels[-1] == "mil":
        domain = ".".join(labels[-2:])
        return GovernmentBody(
            domain, "U.S. military", RequesterKind.FEDERAL, "US", "mil", "Military", branch="military"
        )
    if labels[-1] != "us" or len(labels) < 3:
        return None
    if labels[-2] == "fed":
        domain = ".".join(labels[-3:])
        return GovernmentBody(domain, "U.S. federal government", RequesterKind.FEDERAL, "US", "us-locality", "Federal")
    if labels[-2] == "nsn":
        domain = ".".join(labels[-3:])
        return GovernmentBody(
            domain, "Native sovereign nation", RequesterKind.STATE_LOCAL, "US", "us-locality", "Tribal"
        )
    state = labels[-2].upper()
    if state not in US_STATES:
        return None
    state_name = US_STATES[state]
    if labels[-3] == "state":
        return GovernmentBody(
            ".".join(labels[-3:]),
            f"State of {state_name}",
            RequesterKind.STATE_LOCAL,
            "US",
            "us-locality",
            "State or territory",
            state=state,
        )
    if labels[-3] in ("k12", "cc") and not (len(labels) >= 4 and labels[-4] == "pvt"):
        what = "public schools" if labels[-3] == "k12" else "community colleges"
        return GovernmentBody(
            ".".join(labels[-3:]),
            f"{state_name} {what}",
            RequesterKind.STATE_LOCAL,
            "US",
            "us-locality",
            "School district",
            state=state,
        )
    if len(labels) >= 4 and labels[-4] in _US_LOCALITY_PREFIXES:
        what = _US_LOCALITY_PREFIXES[labels[-4]]
        place = labels[-3].replace("-", " ").title()
        return GovernmentBody(
            ".".join(labels[-4:]),
            f"{what} of {place}, {state_name}",
            RequesterKind.STATE_LOCAL,
            "US",
            "us-locality",
            "County" if labels[-4] == "co" else "City",
            city=place if labels[-4] != "co" else None,
            state=state,
        )
    return None


@cache
def government_registry() -> GovernmentRegistry:
    """The packaged registry (``dotgov.csv`` and ``foreign_government.yaml``), read once per process."""
    files = resources.files(__package__ or "shared.reference")
    dotgov = files.joinpath("dotgov.csv").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 20x faster
    foreign = yaml.load(files.joinpath("foreign_government.yaml").read_text(encoding="utf-8"), Loader=loader) or {}
    return GovernmentRegistry([*_dotgov_bodies(dotgov), *_foreign_bodies(foreign)])

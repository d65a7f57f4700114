"""The rule book's data: agency registry, administrative statutes, policy, rule catalogue.

Everything counsel reviews lives in ``data/*.yaml`` next to this module, except the agency
registry: it and the citation parser are reference code every service shares
(``shared/reference``, ``shared/citations.py``). :func:`load_rule_book` is the one function that
reads the files (once, cached); everything else here is pure and validates the data strictly,
so a typo in a YAML file fails at start-up, not mid-review.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, partial
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared import citations
from shared.calendars import BusinessHours, business_hours_of, calendar_for
from shared.reference import AgencyRegistry, contains_phrase, normalize_words, phrase_pattern
from shared.vocabulary import DataCategory, Disposition, ProcessType, RequesterKind, Severity

DATA_PACKAGE = "services.review.domain.data"
DATA_FILES = ("agencies.yaml", "statutes.yaml", "policy.yaml", "rules.yaml", "agreements.yaml")
# The agency registry is reference data every service reads; it lives in shared/reference.
DATA_PACKAGES = {"agencies.yaml": "shared.reference"}

BLOCK_RULE = "BLOCK_RULE"

# The review reads U.S. Code citations only: its statute tables know no other ("Fed. R. Civ. P. 45" -> None).
parse_statute = partial(citations.parse_statute, us_code_only=True)
statute_key = normalize_statute = partial(citations.statute_key, us_code_only=True)
canonical_statute = partial(citations.canonical_statute, us_code_only=True)


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def remove_phrases(haystack_normalized: str, phrases: Iterable[str]) -> str:
    """The normalized text with every occurrence of ``phrases`` (longest first) cut out as whole words."""
    for phrase in sorted(phrases, key=len, reverse=True):
        if (pattern := phrase_pattern(phrase)) is not None:
            haystack_normalized = pattern.sub(" | ", haystack_normalized)
    return haystack_normalized


# --- administrative statutes ------------------------------------------------------------------


class StatutePurpose(_Data):
    id: str
    description: str
    phrases: tuple[str, ...]

    def fits(self, normalized_text: str) -> tuple[str, ...]:
        """The phrases of this purpose found in ``normalized_text`` (see normalize_words)."""
        return tuple(phrase for phrase in self.phrases if contains_phrase(normalized_text, str(phrase)))

    @field_validator("phrases", mode="before")
    @classmethod
    def _phrases_as_text(cls, value: Any) -> Any:
        return tuple(str(item) for item in value) if isinstance(value, (list, tuple)) else value


class SignerRule(_Data):
    """Minimum signer rank. ``titles`` qualify as whole words inside a title (see
    ``rules.signer_meets``); ``exact_titles`` only as the whole title ("Director")."""

    citation: str
    minimum: str
    titles: tuple[str, ...] = ()
    exact_titles: tuple[str, ...] = ()

    @property
    def checked(self) -> bool:
        """An empty rule (no titles at all) skips the check."""
        return bool(self.titles or self.exact_titles)

    def is_exact(self, title: str) -> bool:
        normalized = normalize_words(title)
        return any(normalized == normalize_words(exact) for exact in self.exact_titles)


class AdministrativeStatute(_Data):
    """An administrative subpoena/summons statute: its purposes and minimum signer rank."""

    key: str
    title: str
    citation: str
    purposes: tuple[StatutePurpose, ...] = Field(min_length=1)
    signer: SignerRule
    notice_days: int | None = None

    @model_validator(mode="after")
    def _key_is_canonical(self) -> AdministrativeStatute:
        if statute_key(self.key) != self.key:
            raise ValueError(f"statute key {self.key!r} is not canonical (expected {statute_key(self.key)!r})")
        return self

    def fitting_purposes(self, text: str) -> dict[str, tuple[str, ...]]:
        """Purposes whose phrases occur in ``text``: purpose description -> phrases found."""
        normalized = normalize_words(text)
        found = {}
        for purpose in self.purposes:
            phrases = purpose.fits(normalized)
            if phrases:
                found[purpose.description] = phrases
        return found

    def purpose_list(self) -> str:
        return "; ".join(purpose.description for purpose in self.purposes)


# --- National Security Letters, CLOUD Act agreements -------------------------------------------


class NationalSecurityLetterRules(_Data):
    """18 U.S.C. § 2709 as data (statutes.yaml ``national_security_letter``)."""

    citation: str
    issuers: tuple[str, ...] = Field(min_length=1)
    fields: tuple[str, ...] = Field(min_length=1)
    categories: frozenset[DataCategory]
    signer: SignerRule


class CloudActAgreement(_Data):
    """One CLOUD Act executive agreement (agreements.yaml)."""

    id: str
    partner: str
    countries: tuple[str, ...] = Field(min_length=1)
    signed: date
    in_force_from: date | None = None
    in_force_until: date | None = None
    confirmed: bool = False
    citation: str

    @field_validator("countries")
    @classmethod
    def _upper(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(code.strip().upper() for code in value)

    def in_force(self, on: date) -> bool:
        if self.in_force_from is None or on < self.in_force_from:
            return False
        return self.in_force_until is None or on <= self.in_force_until


class DmcaElement(_Data):
    """One thing a § 512(h) subpoena request must contain, recognised by phrases in the text."""

    id: str
    description: str
    phrases: tuple[str, ...] = Field(min_length=1)
    satisfied_by_issuing_court: bool = False


# --- policy and rule catalogue ---------------------------------------------------------------


class Policy(_Data):
    """Platform policy numbers and lists (data/policy.yaml)."""

    max_date_range_days: int = Field(gt=0)
    notice_wait_days: int = Field(ge=0)
    emergency_notice_delay_days: int = Field(ge=0)
    min_return_days: int = Field(ge=0)
    ndo_federal_max_days: int = Field(gt=0)
    preservation_days: int = Field(gt=0)
    preservation_renewal_days: int = Field(ge=0)
    preservation_reminder_days: tuple[int, ...] = (14, 3)  # holds: legal ops reminded before expiry
    emergency_formal_process_days: int = Field(default=30, gt=0)  # after an emergency disclosure
    rule45_min_return_days: int = Field(ge=0)
    rule45_objection_days: int = Field(ge=0)
    duplicate_min_text_chars: int = Field(ge=0)
    nsl_reciprocal_notice_days: int = Field(default=30, ge=0)
    gag_reexamination_days: int = Field(default=365, gt=0)

    # calendars: every period in days is counted under Fed. R. Civ. P. 6(a) (rules/dates.py)
    court_calendar: str = Field(default="US", pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    platform_holidays: Mapping[date, str] = Field(default_factory=dict)
    time_zone: str = "UTC"
    business_hours: str = Field(default="", pattern=r"^$|^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$")

    subpoena_process_types: frozenset[ProcessType]
    administrative_process_types: frozenset[ProcessType]
    civil_process_types: frozenset[ProcessType]
    government_requester_kinds: frozenset[RequesterKind]
    government_process_types: frozenset[ProcessType]
    sca_disclosure_exempt_process_types: frozenset[ProcessType]
    return_date_process_types: frozenset[ProcessType]
    rule45_process_types: frozenset[ProcessType]
    triage_categories_optional_process_types: frozenset[ProcessType] = frozenset()

    administrative_allowed_categories: frozenset[DataCategory]
    time_bound_categories: frozenset[DataCategory]
    content_categories: frozenset[DataCategory]
    foreign_noncontent_categories: frozenset[DataCategory]
    prospective_categories: frozenset[DataCategory]

    political_speech_tags: frozenset[str]
    evident_purpose_heuristic: bool = True

    preservation_prospective_phrases: tuple[str, ...] = ()
    preservation_renewal_phrases: tuple[str, ...] = ()
    signer_subordinate_prefixes: tuple[str, ...] = ()

    # phrase lists read from the document and the emergency narrative (policy.yaml)
    admin_indefinite_phrases: tuple[str, ...] = ()
    admin_specificity_phrases: tuple[str, ...] = ()
    admin_non_limiting_phrases: tuple[str, ...] = ()
    doe_party_phrases: tuple[str, ...] = ()
    pending_case_phrases: tuple[str, ...] = ()
    dmca_512h_elements: tuple[DmcaElement, ...] = Field(min_length=1)
    emergency_danger_phrases: tuple[str, ...] = Field(min_length=1)
    emergency_boilerplate_phrases: tuple[str, ...] = ()

    default_disposition: Disposition = Disposition.COMPLY
    default_disposition_by_process_type: Mapping[ProcessType, Disposition] = Field(default_factory=dict)

    @field_validator("political_speech_tags")
    @classmethod
    def _fold_tags(cls, value: frozenset[str]) -> frozenset[str]:
        return frozenset(tag.casefold() for tag in value)

    def default_for(self, process_type: ProcessType) -> Disposition:
        return self.default_disposition_by_process_type.get(process_type, self.default_disposition)

    @model_validator(mode="after")
    def _calendar_settings(self) -> Policy:
        country, _, subdivision = self.court_calendar.partition("-")
        calendar_for(country, subdivision or None)  # ValueError: a calendar the holidays library lacks
        self.business_hours_clock()  # ValueError: an unknown time zone or hours that never open
        return self

    def business_hours_clock(self) -> BusinessHours | None:
        """SLA clocks' business hours (``business_hours`` in ``time_zone``), None around the clock."""
        return business_hours_of(self.business_hours, zone=self.time_zone)


class RuleSpec(_Data):
    """What a finding code means: severity, implied disposition, LITIGATION marker, citation."""

    code: str
    severity: Severity
    implies: Disposition | Literal["BLOCK_RULE"] | None = None
    litigation: bool = False
    citation: str

    @property
    def block_rule(self) -> bool:
        return self.implies == BLOCK_RULE


class ScaRequirement(_Data):
    """An SCA disclosure row: ``category`` needs one of ``sufficient_process`` or ``code`` fires."""

    category: DataCategory
    code: str
    sufficient_process: frozenset[ProcessType]
    demand: str


@dataclass(frozen=True)
class RuleBook:
    """Everything the rules read besides the case. Immutable; share one per process."""

    rule_set_version: str
    registry: AgencyRegistry
    statutes: Mapping[str, AdministrativeStatute]
    policy: Policy
    rules: Mapping[str, RuleSpec]
    sca_requirements: tuple[ScaRequirement, ...]
    fingerprint: str = field(default="", compare=False)
    national_security_letter: NationalSecurityLetterRules | None = None
    cloud_act_agreements: tuple[CloudActAgreement, ...] = ()

    def statute(self, citation: str | None) -> AdministrativeStatute | None:
        """The administrative statute ``citation`` names, in whatever form it is written."""
        key = statute_key(citation)
        return self.statutes.get(key) if key else None

    def rule(self, code: str) -> RuleSpec:
        try:
            return self.rules[code]
        except KeyError:
            raise KeyError(f"finding code {code!r} is not in the rule catalogue (data/rules.yaml)") from None

    def cloud_act_agreement(self, country: str | None, *, on: date) -> CloudActAgreement | None:
        """The CLOUD Act agreement in force on ``on`` with the country ``country`` names, if any."""
        if not country:
            return None
        code = country.strip().upper()
        for agreement in self.cloud_act_agreements:
            if code in agreement.countries and agreement.in_force(on):
                return agreement
        return None

    def with_registry(self, registry: AgencyRegistry) -> RuleBook:
        """The same rule book with another agency registry (e.g. a configured registry file)."""
        return replace(self, registry=registry)

    def with_policy(self, **changes: Any) -> RuleBook:
        """The same rule book with some policy settings changed (tests, what-if reviews)."""
        return replace(self, policy=self.policy.model_copy(update=changes))

    def with_calendar(
        self,
        *,
        court_calendar: str | None = None,
        time_zone: str | None = None,
        business_hours: str | None = None,
        platform_holidays: Mapping[date, str] | None = None,
    ) -> RuleBook:
        """The same rule book with a deployment's calendar settings (``None`` keeps policy.yaml's),
        validated as policy.yaml's are: an unknown calendar or time zone raises ValueError."""
        given = {
            "court_calendar": court_calendar,
            "time_zone": time_zone,
            "business_hours": business_hours,
            "platform_holidays": platform_holidays,
        }
        changes = {key: value for key, value in given.items() if value is not None}
        if not changes:
            return self
        return replace(self, policy=Policy.model_validate({**self.policy.model_dump(), **changes}))


def parse_rule_book(
    *,
    agencies: Mapping[str, Any],
    statutes: Mapping[str, Any],
    policy: Mapping[str, Any],
    rules: Mapping[str, Any],
    agreements: Mapping[str, Any] | None = None,
    fingerprint: str = "",
) -> RuleBook:
    """Build and validate a rule book from the parsed YAML documents. Pure."""
    registry = AgencyRegistry.from_mapping(agencies)
    statute_list = [AdministrativeStatute.model_validate(entry) for entry in statutes.get("statutes", [])]
    statute_map = {statute.key: statute for statute in statute_list}
    if len(statute_map) != len(statute_list):
        raise ValueError("a statute key is listed twice in statutes.yaml")
    catalogue = {code: RuleSpec.model_validate({"code": code, **spec}) for code, spec in rules["rules"].items()}
    requirements = tuple(ScaRequirement.model_validate(entry) for entry in rules.get("sca_requirements", []))
    for requirement in requirements:
        if requirement.code not in catalogue:
            raise ValueError(f"sca_requirements names unknown code {requirement.code!r}")
    nsl_data = statutes.get("national_security_letter")
    nsl = NationalSecurityLetterRules.model_validate(nsl_data) if nsl_data is not None else None
    if nsl is not None:
        for issuer in nsl.issuers:
            if registry.get(issuer) is None:
                raise ValueError(f"national_security_letter names unknown issuer {issuer!r}")
    cloud = tuple(
        CloudActAgreement.model_validate(entry) for entry in (agreements or {}).get("cloud_act_agreements", [])
    )
    if len({a.id for a in cloud}) != len(cloud):
        raise ValueError("a CLOUD Act agreement id is listed twice in agreements.yaml")
    version = str(rules.get("rule_set_version") or "").strip()
    if not version:
        raise ValueError("rules.yaml has no rule_set_version")
    return RuleBook(
        rule_set_version=version,
        registry=registry,
        statutes=MappingProxyType(statute_map),
        policy=Policy.model_validate(policy),
        rules=MappingProxyType(catalogue),
        sca_requirements=requirements,
        fingerprint=fingerprint,
        national_security_letter=nsl,
        cloud_act_agreements=cloud,
    )


@cache
def load_rule_book() -> RuleBook:
    """Read the packaged data files (the only I/O in the domain), once per process."""
    raw = {
        name: resources.files(DATA_PACKAGES.get(name, DATA_PACKAGE)).joinpath(name).read_bytes() for name in DATA_FILES
    }
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode() + b"\0" + raw[name] + b"\0")
    documents = {name.removesuffix(".yaml"): yaml.safe_load(raw[name].decode("utf-8")) or {} for name in DATA_FILES}
    return parse_rule_book(**documents, fingerprint=digest.hexdigest())

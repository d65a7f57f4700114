"""What every rule reads: the :class:`RuleContext` (the case and the facts derived from it once),
the :class:`Hit` a rule returns, and the nondisclosure order's state as of the review."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from services.review.domain.accounts import Account, AccountDirectory
from services.review.domain.history import EarlierCase
from services.review.domain.rulebook import AdministrativeStatute, Policy, RuleBook, canonical_statute, statute_key
from services.review.domain.rules.dates import case_calendar
from shared.calendars import Calendar
from shared.contracts import ComputedDate, LegalProcessCase
from shared.handles import normalize_handle
from shared.reference import Agency, contains_phrase, normalize_words
from shared.vocabulary import GAGGING_KINDS, DataCategory, NondisclosureKind, ProcessType, RequesterKind


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding before it is dressed with the catalogue's severity and citation.

    ``blocks``: the data categories this finding says must not be produced (block rule).
    ``citation``: a case-specific citation appended to the catalogue's (e.g. the statute).
    ``dates``: the dates the finding computed (rules/dates.py), listed on the review.
    """

    code: str
    explanation: str
    blocks: frozenset[DataCategory] = frozenset()
    citation: str | None = None
    dates: tuple[ComputedDate, ...] = ()  # the dates this finding computed, each with its rule


class NdoState(StrEnum):
    NONE = "NONE"  # no gag asked for
    LETTER_ONLY = "LETTER_ONLY"  # asked for by letter: binds nobody
    IN_FORCE = "IN_FORCE"  # a valid court order, running until expires_at
    EXPIRED = "EXPIRED"  # its expiry has passed
    INDEFINITE = "INDEFINITE"  # a § 2705(b) order without expiry
    OVER_LONG = "OVER_LONG"  # a federal § 2705(b) order longer than policy allows
    NSL_GAG = "NSL_GAG"  # an NSL nondisclosure certification in force


@dataclass(frozen=True, slots=True)
class NdoStatus:
    state: NdoState
    kind: NondisclosureKind | None = None
    expires_at: datetime | None = None
    starts_at: datetime | None = None

    @property
    def gags(self) -> bool:
        """A gag that may be valid is in force: no notice may go out now."""
        return self.state in {NdoState.IN_FORCE, NdoState.INDEFINITE, NdoState.OVER_LONG, NdoState.NSL_GAG}

    @property
    def counsel_decides(self) -> bool:
        """A gag whose validity counsel must decide first (WITHHOLD_PENDING_COUNSEL)."""
        return self.state in {NdoState.INDEFINITE, NdoState.OVER_LONG, NdoState.NSL_GAG}

    @property
    def term_days(self) -> int | None:
        if self.expires_at is None or self.starts_at is None:
            return None
        return (self.expires_at - self.starts_at).days


def nondisclosure_status(
    case: LegalProcessCase, *, now: datetime, starts_at: datetime | None, policy: Policy
) -> NdoStatus:
    """Classify the case's nondisclosure as of ``now``.

    Fails safe like the notify service: a gagging ``kind`` counts even if ``present`` is
    (inconsistently) false. A federal § 2705(b) order's term is counted from ``starts_at``
    (service, else receipt).
    """
    ndo = case.nondisclosure
    kind = ndo.kind
    if kind is None or (not ndo.present and kind not in GAGGING_KINDS):
        return NdoStatus(NdoState.NONE)
    if kind is NondisclosureKind.LETTER_REQUEST:
        return NdoStatus(NdoState.LETTER_ONLY, kind, ndo.expires_at, starts_at)
    expires = ndo.expires_at
    if kind is NondisclosureKind.NSL_CERTIFICATION:
        if expires is not None and expires <= now:
            return NdoStatus(NdoState.EXPIRED, kind, expires, starts_at)
        return NdoStatus(NdoState.NSL_GAG, kind, expires, starts_at)
    # COURT_ORDER_2705B
    if expires is None:
        return NdoStatus(NdoState.INDEFINITE, kind, None, starts_at)
    if expires <= now:
        return NdoStatus(NdoState.EXPIRED, kind, expires, starts_at)
    status = NdoStatus(NdoState.IN_FORCE, kind, expires, starts_at)
    if (
        case.requester.kind is RequesterKind.FEDERAL
        and status.term_days is not None
        and status.term_days > policy.ndo_federal_max_days
    ):
        return NdoStatus(NdoState.OVER_LONG, kind, expires, starts_at)
    return status


_HANDLE = re.compile(r"^@?[A-Za-z0-9_.\-]{1,64}$")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


_URL = re.compile(r"^https?://[^/\s]+/\S+$", re.I)


#: Words that are not an account identifier even though they look like a handle.
NON_PARTICULAR_WORDS = frozenset(
    {
        "all",
        "any",
        "every",
        "everyone",
        "everybody",
        "anyone",
        "unknown",
        "none",
        "n/a",
        "na",
        "tbd",
        "various",
        "multiple",
        "users",
        "accounts",
    }
)


def is_particular(target: str) -> bool:
    """Whether a target as written names one specific account (handle, id, e-mail or profile URL)."""
    text = target.strip()
    if normalize_handle(text) in NON_PARTICULAR_WORDS:
        return False
    return bool(_HANDLE.match(text) or _EMAIL.match(text) or _URL.match(text))


@dataclass(frozen=True, slots=True)
class TargetView:
    text: str
    particular: bool
    account: Account | None

    @property
    def label(self) -> str:
        if self.account is not None:
            return "@" + self.account.handle
        return self.text if ("@" in self.text or "/" in self.text) else "@" + self.text


@dataclass(frozen=True)
class RuleContext:
    """The case plus everything derived from it that more than one rule needs. Immutable."""

    case: LegalProcessCase
    book: RuleBook
    directory: AccountDirectory
    now: datetime
    received_at: datetime | None
    requested: tuple[DataCategory, ...]
    targets: tuple[TargetView, ...]
    issuer: Agency | None
    issuer_lineage: tuple[Agency, ...]
    statute_key: str | None
    statute: AdministrativeStatute | None
    ndo: NdoStatus
    emergency: bool
    service_time: datetime | None
    service_is_proxy: bool
    calendar: Calendar
    document_text: str = field(repr=False)
    document_words: str = field(default="", repr=False)  # normalize_words(document_text)
    earlier_cases: tuple[EarlierCase, ...] = ()

    @property
    def policy(self) -> Policy:
        return self.book.policy

    @property
    def civil(self) -> bool:
        """Civil process: a civil or DMCA subpoena, or any process a private party sends."""
        return (
            self.process in self.policy.civil_process_types or self.case.requester.kind is RequesterKind.PRIVATE_PARTY
        )

    def text_phrases(self, phrases: Sequence[str]) -> list[str]:
        """The phrases that occur in the document's text (whole words, see contains_phrase)."""
        return [phrase for phrase in phrases if contains_phrase(self.document_words, phrase)]

    @property
    def process(self) -> ProcessType:
        return self.case.process_type

    @property
    def found(self) -> tuple[TargetView, ...]:
        return tuple(target for target in self.targets if target.account is not None)

    @property
    def statute_label(self) -> str:
        return canonical_statute(self.case.statute) or (self.case.statute or "an unnamed statute")

    @property
    def government_process(self) -> bool:
        return (
            self.case.requester.kind in self.policy.government_requester_kinds
            or self.process in self.policy.government_process_types
        )

    @property
    def received_else_served(self) -> datetime | None:
        """When a term the demand starts runs from: its receipt, else (receipt unknown) its service;
        never the time of the review (a re-review or a late triage must not move it)."""
        return self.received_at or self.case.served_at

    @property
    def emergency_start(self) -> datetime | None:
        """When the emergency's notice delay starts (:attr:`received_else_served`)."""
        return self.received_else_served

    @property
    def preservation_start(self) -> datetime | None:
        """When a preservation request's § 2703(f)(2) term starts (:attr:`received_else_served`):
        the moment the hold it opens counts from (``holds.place(received_at=...)``, the receipt)."""
        return self.received_else_served

    def emergency_ends(self) -> datetime | None:
        """End of the emergency for notice purposes: received (else served) + policy days; None when
        neither is known (``missing_facts`` asks for the date of receipt)."""
        start = self.emergency_start
        return None if start is None else start + timedelta(days=self.policy.emergency_notice_delay_days)


def anonymous_targets(ctx: RuleContext) -> list[TargetView]:
    return [t for t in ctx.found if t.account is not None and t.account.anonymous]


def anonymous_political_targets(ctx: RuleContext) -> list[TargetView]:
    tags = ctx.policy.political_speech_tags
    return [t for t in ctx.found if t.account is not None and t.account.anonymous and t.account.has_tag(tags)]


def resolve_issuer(case: LegalProcessCase, book: RuleBook) -> Agency | None:
    """The registry agency that issued the process: by name, else by the sender's domain."""
    requester = case.requester
    if requester.kind in {RequesterKind.PRIVATE_PARTY, RequesterKind.COURT}:
        return None
    agency = book.registry.resolve(requester.name, kind=requester.kind)
    if agency is None:
        by_domain = book.registry.by_domain(requester.email)
        if by_domain is not None and by_domain.kind is requester.kind:
            agency = by_domain
    return agency


def build_context(
    case: LegalProcessCase,
    *,
    book: RuleBook,
    directory: AccountDirectory,
    now: datetime,
    received_at: datetime | None,
    earlier_cases: Sequence[EarlierCase] = (),
) -> RuleContext:
    """Derive the shared facts once. Pure."""
    targets = tuple(
        TargetView(text=t, particular=is_particular(t), account=directory.lookup(t) if is_particular(t) else None)
        for t in case.targets
    )
    issuer = resolve_issuer(case, book)
    service_time = case.served_at or received_at
    key = statute_key(case.statute)
    return RuleContext(
        case=case,
        book=book,
        directory=directory,
        now=now,
        received_at=received_at,
        requested=tuple(dict.fromkeys(case.data_categories)),
        targets=targets,
        issuer=issuer,
        issuer_lineage=book.registry.lineage(issuer) if issuer else (),
        statute_key=key,
        statute=book.statutes.get(key) if key else None,
        ndo=nondisclosure_status(case, now=now, starts_at=service_time or now, policy=book.policy),
        emergency=case.process_type is ProcessType.EMERGENCY_REQUEST or case.emergency is not None,
        service_time=service_time,
        service_is_proxy=case.served_at is None and received_at is not None,
        calendar=case_calendar(case, book.policy),
        document_text=case.raw_text or "",
        document_words=normalize_words(case.raw_text or ""),
        earlier_cases=tuple(earlier_cases),
    )

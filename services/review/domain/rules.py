"""The rules: small pure functions from a :class:`RuleContext` to :class:`Hit`\\ s.

A rule decides *whether* a code fires and explains it with the case's own facts. What a
code *means* (severity, disposition, LITIGATION, citation) is data: ``data/rules.yaml``.
A new rule is one more function appended to :data:`RULES` plus its catalogue entry.

Invariants: rules never raise on odd input (missing dates, unknown statutes, empty
targets) - they stay silent and ``decision.missing_facts`` says what would help; a rule
that blocks data categories names them in ``Hit.blocks`` (the block rule needs them).

Facts the case JSON has no field for (a takedown notice, Doe defendants, a case number
missed by extraction, "all records" language, a specific danger) are read from the
document's text with the phrase lists of ``data/policy.yaml``, conservatively: each list's
comment there says which way a missing phrase tips the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from services.review.domain.accounts import Account, AccountDirectory
from services.review.domain.history import (
    EarlierCase,
    document_fingerprint,
    folded_targets,
    message_id_of,
    normalized_case_number,
)
from services.review.domain.rulebook import (
    AdministrativeStatute,
    Policy,
    RuleBook,
    SignerRule,
    canonical_statute,
    remove_phrases,
    statute_key,
)
from shared.contracts import LegalProcessCase
from shared.reference import Agency, contains_phrase, normalize_words
from shared.vocabulary import (
    GAGGING_KINDS,
    DataCategory,
    ForeignMechanism,
    NondisclosureKind,
    ProcessType,
    RequesterKind,
)

# --- what a rule returns ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding before it is dressed with the catalogue's severity and citation.

    ``blocks``: the data categories this finding says must not be produced (block rule).
    ``citation``: a case-specific citation appended to the catalogue's (e.g. the statute).
    """

    code: str
    explanation: str
    blocks: frozenset[DataCategory] = frozenset()
    citation: str | None = None


# --- the nondisclosure order, as of `now` ----------------------------------------------------


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


# --- the context every rule reads -------------------------------------------------------------

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
    if text.removeprefix("@").casefold() in NON_PARTICULAR_WORDS:
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

    def emergency_ends(self) -> datetime:
        """End of the emergency for notice purposes: received (else served, else now) + policy days."""
        start = self.received_at or self.case.served_at or self.now
        return start + timedelta(days=self.policy.emergency_notice_delay_days)


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
        document_text=case.raw_text or "",
        document_words=normalize_words(case.raw_text or ""),
        earlier_cases=tuple(earlier_cases),
    )


# --- formatting helpers -------------------------------------------------------------------------


def _when(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _day(moment: datetime | date) -> str:
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()


def _cats(categories: Sequence[DataCategory] | frozenset[DataCategory], order: Sequence[DataCategory] = ()) -> str:
    ordered = [c for c in order if c in categories] + sorted(c for c in categories if c not in order)
    return ", ".join(c.value for c in ordered)


def _is(items: Sequence[object] | frozenset[object]) -> str:
    return "is" if len(items) == 1 else "are"


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _quoted(phrases: Sequence[str], limit: int = 3) -> str:
    return ", ".join(f'"{p}"' for p in phrases[:limit])


def _labels(targets: Sequence[TargetView]) -> str:
    return ", ".join(target.label for target in targets)


def _issuer_label(ctx: RuleContext) -> str:
    return ctx.issuer.label if ctx.issuer else ctx.case.requester.name


def _service_phrase(ctx: RuleContext) -> str:
    assert ctx.service_time is not None
    if ctx.service_is_proxy:
        return f"received {_when(ctx.service_time)} (service date unknown; receipt used)"
    return f"served {_when(ctx.service_time)}"


# --- Stored Communications Act ---------------------------------------------------------------


def sca_disclosure(ctx: RuleContext) -> list[Hit]:
    """SCA_BSI_SUBPOENA_OK and the category-against-process rows (rules.yaml sca_requirements).

    Skipped for preservation, emergency, NSL and foreign requests (policy.yaml says why).
    """
    if ctx.process in ctx.policy.sca_disclosure_exempt_process_types:
        return []
    hits: list[Hit] = []
    requested = set(ctx.requested)
    if ctx.process in ctx.policy.subpoena_process_types and requested and requested <= {DataCategory.BASIC_SUBSCRIBER}:
        hits.append(
            Hit(
                "SCA_BSI_SUBPOENA_OK",
                f"The {ctx.process.value} asks only for BASIC_SUBSCRIBER records, which a subpoena may "
                "compel under § 2703(c)(2); whether to produce them depends on the other findings.",
            )
        )
    for requirement in ctx.book.sca_requirements:
        if requirement.category in requested and ctx.process not in requirement.sufficient_process:
            hits.append(
                Hit(
                    requirement.code,
                    f"{requirement.category.value} is requested under a {ctx.process.value}; it requires "
                    f"{requirement.demand}. Produce none of it without that; ask for {requirement.demand}.",
                    blocks=frozenset({requirement.category}),
                )
            )
    return hits


def is_renewal(ctx: RuleContext) -> bool:
    """Whether a preservation letter reads as a § 2703(f)(2) renewal (policy.yaml phrases)."""
    normalized = normalize_words(ctx.document_text)
    return any(contains_phrase(normalized, phrase) for phrase in ctx.policy.preservation_renewal_phrases)


def preservation(ctx: RuleContext) -> list[Hit]:
    """SCA_PRESERVE_OK / SCA_PRESERVE_EXPIRED / SCA_PRESERVE_PROSPECTIVE for § 2703(f) requests.

    Each letter (the first or a renewal) preserves for ``preservation_days`` from its own
    service (receipt if unknown). A letter whose text reads as a renewal is the one
    permitted extension; the 180-day total cannot be checked without the first letter's
    date, which ``missing_facts`` then asks for.
    """
    if ctx.process is not ProcessType.PRESERVATION_REQUEST:
        return []
    policy = ctx.policy
    start = ctx.service_time or ctx.now
    normalized = normalize_words(ctx.document_text)
    renewal = is_renewal(ctx)
    period = policy.preservation_renewal_days if renewal else policy.preservation_days
    ends = start + timedelta(days=period)
    what = "renewed preservation request" if renewal else "preservation request"
    hits: list[Hit] = []
    if ctx.now > ends:
        age = (ctx.now - start).days
        hits.append(
            Hit(
                "SCA_PRESERVE_EXPIRED",
                f"The {what} dated {_day(start)} is {age} days old; § 2703(f)(2) preserves for {period} days "
                f"(until {_day(ends)}) {'and allows one renewal only' if renewal else 'unless renewed, and no renewal is on file'}. "
                "Counsel releases the hold.",
            )
        )
    else:
        targets = _labels(ctx.targets) or "the named accounts"
        hits.append(
            Hit(
                "SCA_PRESERVE_OK",
                f"Preserve the existing records of {targets} for {period} days from {_day(start)} (until {_day(ends)}); "
                "a preservation request discloses nothing: produce only on further legal process.",
            )
        )
    reasons: list[str] = []
    forward = sorted(set(ctx.requested) & policy.prospective_categories)
    if forward:
        reasons.append(f"it asks for {_cats(forward)}")
    date_range = ctx.case.date_range
    if date_range is not None and date_range.end is not None and date_range.end > start.date():
        reasons.append(f"its date range runs to {date_range.end.isoformat()}, after the request ({_day(start)})")
    phrases = [p for p in policy.preservation_prospective_phrases if contains_phrase(normalized, p)]
    if phrases:
        reasons.append("its text says " + ", ".join(f'"{p}"' for p in phrases[:3]))
    if reasons:
        hits.append(
            Hit(
                "SCA_PRESERVE_PROSPECTIVE",
                "The request asks to keep future data (" + "; ".join(reasons) + "). § 2703(f) reaches only records "
                "already in existence: preserve existing data and refuse the forward-looking part.",
            )
        )
    return hits


def nondisclosure(ctx: RuleContext) -> list[Hit]:
    """SCA_NDO_LETTER_ONLY, SCA_NDO_INVALID_TERM, SCA_NDO_EXPIRED and NSL_NDO_REVIEW."""
    ndo = ctx.ndo
    if ndo.state is NdoState.LETTER_ONLY:
        return [
            Hit(
                "SCA_NDO_LETTER_ONLY",
                "Confidentiality is requested by letter, not ordered by a court under § 2705(b); a letter does not "
                "bind the platform. Per policy the user is notified now; the requester may seek a court order.",
            )
        ]
    if ndo.state is NdoState.INDEFINITE:
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                "The § 2705(b) nondisclosure order has no expiry date (indefinite). Withhold user notice until "
                "counsel decides whether to move to modify it.",
            )
        ]
    if ndo.state is NdoState.OVER_LONG:
        assert ndo.expires_at is not None and ndo.starts_at is not None
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                f"The federal § 2705(b) order runs {ndo.term_days} days, from {_day(ndo.starts_at)} to "
                f"{_day(ndo.expires_at)}, beyond the {ctx.policy.ndo_federal_max_days}-day limit of DOJ policy. "
                "Withhold user notice until counsel decides whether to move to modify it.",
            )
        ]
    if ndo.state is NdoState.EXPIRED:
        assert ndo.expires_at is not None
        kind = (
            "NSL nondisclosure certification"
            if ndo.kind is NondisclosureKind.NSL_CERTIFICATION
            else "nondisclosure order"
        )
        return [
            Hit(
                "SCA_NDO_EXPIRED",
                f"The {kind} expired on {_when(ndo.expires_at)} (now {_when(ctx.now)}); nothing bars notifying the user now.",
                citation="18 U.S.C. § 2709(c)" if ndo.kind is NondisclosureKind.NSL_CERTIFICATION else None,
            )
        ]
    if ndo.state is NdoState.NSL_GAG:
        until = f" until {_when(ndo.expires_at)}" if ndo.expires_at else " with no end date"
        return [
            Hit(
                "NSL_NDO_REVIEW",
                f"The request carries an NSL nondisclosure certification{until}. Withhold user notice pending counsel; "
                "diary the 30-day window to ask for judicial review (§ 3511(b)) and the 3-year re-review.",
            )
        ]
    return []


# --- National Security Letters, foreign requests -----------------------------------------------


def nsl_scope(ctx: RuleContext) -> list[Hit]:
    """NSL_CONTENT_OR_BEYOND_4: an NSL reaches only the four fields (statutes.yaml
    ``national_security_letter``): every other requested category is blocked."""
    nsl = ctx.book.national_security_letter
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or nsl is None:
        return []
    beyond = frozenset(c for c in ctx.requested if c not in nsl.categories)
    if not beyond:
        return []
    allowed = _cats(sorted(nsl.categories))
    return [
        Hit(
            "NSL_CONTENT_OR_BEYOND_4",
            f"The National Security Letter asks for {_cats(beyond, ctx.requested)}; an NSL may obtain only "
            f"{_and(nsl.fields)}. Produce at most those four from {allowed}.",
            blocks=beyond,
        )
    ]


def nsl_no_selector(ctx: RuleContext) -> list[Hit]:
    """NSL_NO_SELECTOR: an NSL must name a specific person, entity, telephone number or account."""
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or any(t.particular for t in ctx.targets):
        return []
    written = ", ".join(f'"{t.text}"' for t in ctx.targets)
    return [
        Hit(
            "NSL_NO_SELECTOR",
            (
                "The National Security Letter names no account"
                if not ctx.targets
                else f"The National Security Letter names no specific account (it says {written})"
            )
            + "; since 2015 an NSL must use a term that specifically identifies a person, entity, telephone number "
            "or account. Object in writing; produce nothing.",
        )
    ]


def signer_qualifies(title: str, rule: SignerRule, subordinate_prefixes: Sequence[str]) -> bool:
    """Whether a signer's title meets ``rule`` (an exact title, or a listed one as whole words)."""
    return rule.is_exact(title) or signer_meets(title, rule.titles, subordinate_prefixes)


def nsl_issuer_rank(ctx: RuleContext) -> list[Hit]:
    """NSL_ISSUER_RANK: only the FBI issues NSLs (§ 2709), signed at Deputy Assistant Director /
    Special Agent in Charge or above (statutes.yaml). A missing title is a missing fact, not a finding;
    an issuer the registry cannot identify (by name or sender domain) as a listed issuer is flagged."""
    nsl = ctx.book.national_security_letter
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or nsl is None:
        return []
    requester = ctx.case.requester
    problems: list[str] = []
    if requester.kind is not RequesterKind.FEDERAL:
        problems.append(f"it comes from {requester.name} ({requester.kind.value}); only the FBI may issue one")
    elif ctx.issuer is None:
        problems.append(
            f'it does not identify the FBI as its issuer ("{requester.name}" matches no agency in the '
            "registry by name or sender domain)"
        )
    elif ctx.issuer.id not in nsl.issuers:
        problems.append(f"it comes from {ctx.issuer.label}; only {', '.join(nsl.issuers)} may issue one under § 2709")
    title = requester.signer_title
    below = (
        bool(title)
        and nsl.signer.checked
        and not signer_qualifies(title or "", nsl.signer, ctx.policy.signer_subordinate_prefixes)
    )
    if below:
        who = f"{requester.signer}, {title}" if requester.signer else title
        problems.append(f"it is signed by {who}, below {nsl.signer.minimum}")
    if not problems:
        return []
    return [
        Hit(
            "NSL_ISSUER_RANK",
            "The National Security Letter is not issued as § 2709(b) requires: "
            + "; ".join(problems)
            + ". Object in writing.",
            citation=nsl.signer.citation if below else None,
        )
    ]


def civil_content(ctx: RuleContext) -> list[Hit]:
    """CIVIL_CONTENT_BAR (non-public content: blocked) and CIVIL_PUBLIC_CONTENT (public content: may produce)."""
    if not ctx.civil:
        return []
    hits: list[Hit] = []
    private = frozenset(c for c in ctx.requested if c in ctx.policy.content_categories)
    if private:
        hits.append(
            Hit(
                "CIVIL_CONTENT_BAR",
                f"Civil process ({ctx.process.value}) from {ctx.case.requester.name} asks for {_cats(private, ctx.requested)}; "
                "the Stored Communications Act lets no civil litigant compel a provider to disclose the content of "
                "communications. Produce none of it: the party may seek it from the user.",
                blocks=private,
            )
        )
    if DataCategory.PUBLIC_CONTENT in ctx.requested:
        hits.append(
            Hit(
                "CIVIL_PUBLIC_CONTENT",
                f"Civil process ({ctx.process.value}) asks for PUBLIC_CONTENT: what the user made public is outside the "
                "SCA's bar (lawful consent) and may be produced, subject to the other findings.",
            )
        )
    return hits


def rule45_defect(ctx: RuleContext) -> list[Hit]:
    """RULE45_DEFECT for civil subpoenas (policy.yaml ``rule45_process_types``), on what can be known:

    * no pending case: no case_number, no issuing_court, and no case-number phrase in the text;
    * no reasonable time: the return date is under ``rule45_min_return_days`` after service.

    The 100-mile limit cannot be judged (the case has no place of compliance): never fired on.
    """
    if ctx.process not in ctx.policy.rule45_process_types:
        return []
    case, policy = ctx.case, ctx.policy
    problems: list[str] = []
    if case.case_number is None and case.issuing_court is None and not ctx.text_phrases(policy.pending_case_phrases):
        problems.append("it names no pending case (no case number, no issuing court)")
    deadline = None
    if case.return_by is not None and ctx.service_time is not None:
        served = ctx.service_time
        deadline = min(case.return_by, served + timedelta(days=policy.rule45_objection_days))
        days = (case.return_by.astimezone(served.tzinfo).date() - served.date()).days
        if days < policy.rule45_min_return_days:
            problems.append(
                f"its return date {_when(case.return_by)} is {days} days after it was {_service_phrase(ctx)}, "
                f"under the {policy.rule45_min_return_days} days policy takes as a reasonable time"
            )
    if not problems:
        return []
    days_to_object = policy.rule45_objection_days
    due = (
        f" (by {_when(deadline)}: the earlier of the return date and {days_to_object} days after service)"
        if deadline
        else ""
    )
    return [
        Hit(
            "RULE45_DEFECT",
            "The civil subpoena is defective under Rule 45: " + "; ".join(problems) + ". Counsel decides on written "
            f"objections, due within {days_to_object} days of service{due}.",
        )
    ]


def dmca_512h_incomplete(ctx: RuleContext) -> list[Hit]:
    """DMCA512H_INCOMPLETE: a § 512(h) subpoena without a takedown notice, a sworn declaration, or
    the clerk's issuance (policy.yaml ``dmca_512h_elements``, looked for in the document's text)."""
    if ctx.process is not ProcessType.SUBPOENA_DMCA_512H:
        return []
    missing = [
        element
        for element in ctx.policy.dmca_512h_elements
        if not ctx.text_phrases(element.phrases) and not (element.satisfied_by_issuing_court and ctx.case.issuing_court)
    ]
    if not missing:
        return []
    where = "the document's text" if ctx.document_words else "the case (no document text is on file)"
    return [
        Hit(
            "DMCA512H_INCOMPLETE",
            f"Nothing in {where} shows " + "; nor ".join(e.description for e in missing) + ". A § 512(h) subpoena is "
            "issued by the clerk on a request that includes the takedown notice and a sworn declaration. Object: produce "
            "nothing until a complete subpoena is served.",
        )
    ]


def foreign(ctx: RuleContext) -> list[Hit]:
    """FOREIGN_CONTENT_NO_AGREEMENT, FOREIGN_CLOUD_ORDER, FOREIGN_NONCONTENT."""
    if ctx.process is not ProcessType.FOREIGN_REQUEST:
        return []
    case, policy = ctx.case, ctx.policy
    mechanism = case.mechanism or ForeignMechanism.NONE
    who = f"{case.requester.name}" + (f" ({case.requester.country})" if case.requester.country else "")
    on = (ctx.service_time or ctx.now).date()
    agreement = ctx.book.cloud_act_agreement(case.requester.country, on=on)
    claimed = mechanism is ForeignMechanism.CLOUD_ACT_AGREEMENT
    bogus = ""
    if claimed and agreement is None:
        country = case.requester.country or "an unstated country"
        bogus = (
            f" It invokes a CLOUD Act agreement, but no agreement with {country} is in force on {on.isoformat()} "
            "(agreements.yaml): it is not a valid agreement order."
        )
    hits: list[Hit] = []
    content = [c for c in ctx.requested if c in policy.content_categories]
    valid_agreement = claimed and agreement is not None
    if content and not valid_agreement:
        hits.append(
            Hit(
                "FOREIGN_CONTENT_NO_AGREEMENT",
                f"{who} asks for {_cats(content)} by mechanism {mechanism.value}; § 2702(a) bars disclosing content to a "
                f"foreign government except under a CLOUD Act agreement in force.{bogus} Refer the requester to the MLAT process.",
            )
        )
    if valid_agreement:
        assert agreement is not None
        unconfirmed = "" if agreement.confirmed else " (the agreement's dates are marked for counsel to confirm)"
        hits.append(
            Hit(
                "FOREIGN_CLOUD_ORDER",
                f"{who} invokes the CLOUD Act agreement {agreement.id} with {agreement.partner}, in force since "
                f"{agreement.in_force_from.isoformat() if agreement.in_force_from else '?'}{unconfirmed}; counsel checks that "
                "the order is within the agreement's scope (serious crime), targets no U.S. person or person in the "
                "United States, and respects its free-speech limits.",
                citation=agreement.citation,
            )
        )
    noncontent = [c for c in ctx.requested if c in policy.foreign_noncontent_categories]
    if noncontent:
        hits.append(
            Hit(
                "FOREIGN_NONCONTENT",
                f"{who} asks for {_cats(noncontent)}; disclosure of non-content to a foreign government is voluntary "
                f"(§ 2702(c)(6)) and needs a policy and human-rights review.{bogus if not content else ''}",
            )
        )
    return hits


# --- administrative subpoenas -------------------------------------------------------------------


def _anonymous_political(ctx: RuleContext) -> list[TargetView]:
    tags = ctx.policy.political_speech_tags
    return [t for t in ctx.found if t.account is not None and t.account.anonymous and t.account.has_tag(tags)]


def admin_data_beyond_bsi(ctx: RuleContext) -> list[Hit]:
    """ADMIN_DATA_BEYOND_BSI: administrative process reaches only BASIC_SUBSCRIBER (§ 2703(c)(2))."""
    if ctx.process not in ctx.policy.administrative_process_types:
        return []
    beyond = frozenset(c for c in ctx.requested if c not in ctx.policy.administrative_allowed_categories)
    if not beyond:
        return []
    return [
        Hit(
            "ADMIN_DATA_BEYOND_BSI",
            f"An administrative subpoena under {ctx.statute_label} asks for {_cats(beyond, ctx.requested)}; "
            "administrative process may compel only basic subscriber information. Narrow to BASIC_SUBSCRIBER.",
            blocks=beyond,
        )
    ]


def admin_purpose(ctx: RuleContext) -> list[Hit]:
    """ADMIN_PURPOSE_OUT_OF_SCOPE / ADMIN_PURPOSE_UNSTATED: purpose against the statute's purposes.

    * A stated purpose is judged on its words: it is out of scope when it fits none of the
      statute's purposes (statutes.yaml phrases).
    * No stated purpose: ADMIN_PURPOSE_UNSTATED, unless the purpose is *evident* and out of
      scope (policy.yaml ``evident_purpose_heuristic``): a target is anonymous and tagged
      political, and nothing in the document's text fits any of the statute's purposes.
      Then ADMIN_PURPOSE_OUT_OF_SCOPE replaces it (one purpose finding per case).
    * A statute missing from statutes.yaml cannot be judged: only UNSTATED can fire.
    """
    if ctx.process not in ctx.policy.administrative_process_types:
        return []
    statute = ctx.statute
    stated = (ctx.case.stated_purpose or "").strip()
    cite = statute.citation if statute else None
    if stated:
        if statute is None or statute.fitting_purposes(stated):
            return []
        return [
            Hit(
                "ADMIN_PURPOSE_OUT_OF_SCOPE",
                f'The stated purpose ("{_clip(stated)}") fits none of the purposes {statute.key} serves: '
                f"{statute.purpose_list()}. A summons used outside its statute's purpose is unenforceable.",
                citation=cite,
            )
        ]
    if statute is not None and ctx.policy.evident_purpose_heuristic:
        speakers = _anonymous_political(ctx)
        in_text = statute.fitting_purposes(ctx.document_text) if ctx.document_text else {}
        if speakers and not in_text:
            return [
                Hit(
                    "ADMIN_PURPOSE_OUT_OF_SCOPE",
                    f"No purpose is stated, and the evident one is outside {statute.key}: the demand seeks to identify "
                    f"{_labels(speakers)}, an anonymous account tagged political, and nothing in the document points to "
                    f"any of the statute's purposes ({statute.purpose_list()}). "
                    "(Evident-purpose heuristic, policy.yaml.)",
                    citation=cite,
                )
            ]
    allowed = f" {statute.key} may be used only for: {statute.purpose_list()}." if statute else ""
    return [
        Hit(
            "ADMIN_PURPOSE_UNSTATED",
            f"The administrative subpoena under {ctx.statute_label} states no purpose.{allowed} "
            "Ask the agency to state the purpose of its inquiry before producing anything.",
            citation=cite,
        )
    ]


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def admin_issuer_rank(ctx: RuleContext) -> list[Hit]:
    """ADMIN_ISSUER_RANK: the signer's title is below the statute's minimum (statutes.yaml signer)."""
    statute = ctx.statute
    title = ctx.case.requester.signer_title
    if ctx.process not in ctx.policy.administrative_process_types or statute is None or not title:
        return []
    if not statute.signer.checked or signer_qualifies(title, statute.signer, ctx.policy.signer_subordinate_prefixes):
        return []
    signer = ctx.case.requester.signer
    who = f"{signer}, {title}" if signer else title
    return [
        Hit(
            "ADMIN_ISSUER_RANK",
            f"The summons is signed by {who}; {statute.key} process must be issued by at least a "
            f"{statute.signer.minimum}. Object in writing.",
            citation=statute.signer.citation,
        )
    ]


def admin_indefinite(ctx: RuleContext) -> list[Hit]:
    """ADMIN_INDEFINITE: sweeping "all records" language with no date range and no statement of
    which records are wanted (policy.yaml admin_* phrases; the choice is documented there)."""
    if ctx.process not in ctx.policy.administrative_process_types or not ctx.document_words:
        return []
    date_range = ctx.case.date_range
    if date_range is not None and date_range.start is not None:
        return []
    policy = ctx.policy
    sweeping = ctx.text_phrases(policy.admin_indefinite_phrases)
    if not sweeping:
        return []
    limiting = remove_phrases(ctx.document_words, policy.admin_non_limiting_phrases)
    if any(contains_phrase(limiting, phrase) for phrase in policy.admin_specificity_phrases):
        return []
    return [
        Hit(
            "ADMIN_INDEFINITE",
            f"The demand under {ctx.statute_label} asks for {_quoted(sweeping)} with no date range and without saying "
            "which records it wants: not reasonably specific. Produce only basic subscriber information for the named "
            "account and ask the agency to specify the records and the period.",
        )
    ]


def irs_7609_notice_gap(ctx: RuleContext) -> list[Hit]:
    """IRS_7609_NOTICE_GAP: an IRS third-party summons naming a user whose return date is fewer than
    ``notice_days`` (statutes.yaml, 23 for § 7602) after service.

    The IRS's own notice date is not in the case: service on the platform is the earliest
    date it can be assumed (§ 7609(a)(1) allows notice within 3 days after service), so a
    shorter gap asks the IRS to confirm when it gave notice. The § 7609(c) exceptions
    (collection, John Doe summonses, ...) are not modelled: counsel weighs them.
    """
    statute = ctx.statute
    case = ctx.case
    if (
        ctx.process not in ctx.policy.administrative_process_types
        or statute is None
        or statute.notice_days is None
        or case.return_by is None
        or ctx.service_time is None
    ):
        return []
    named = [t for t in ctx.targets if t.particular]
    if not named:
        return []
    served = ctx.service_time
    days = (case.return_by.astimezone(served.tzinfo).date() - served.date()).days
    if days >= statute.notice_days:
        return []
    return [
        Hit(
            "IRS_7609_NOTICE_GAP",
            f"The third-party summons under {statute.key} names {_labels(named)} and its return date "
            f"{_when(case.return_by)} is {days} days after it was {_service_phrase(ctx)}; the person named must get "
            f"notice at least {statute.notice_days} days before the return date, and may petition to quash within 20 days. "
            "Ask the IRS to confirm when it gave notice (or to reset the return date) before producing.",
            citation=statute.citation,
        )
    ]


def return_date(ctx: RuleContext) -> list[Hit]:
    """RETURN_DATE_DEFECT: return date before service, or under ``min_return_days`` after it
    (calendar days, in the service's time zone) unless an emergency."""
    case = ctx.case
    if case.return_by is None or ctx.service_time is None or ctx.process is ProcessType.PRESERVATION_REQUEST:
        return []
    served = ctx.service_time
    if case.return_by < served:
        return [
            Hit(
                "RETURN_DATE_DEFECT",
                f"The return date {_when(case.return_by)} is before the process was {_service_phrase(ctx)}: "
                "it could not be complied with as issued. Ask the issuer for a new return date.",
            )
        ]
    if ctx.emergency:
        return []
    days = (case.return_by.astimezone(served.tzinfo).date() - served.date()).days
    if days < ctx.policy.min_return_days:
        return [
            Hit(
                "RETURN_DATE_DEFECT",
                f"The return date {_when(case.return_by)} is {days} days after the process was {_service_phrase(ctx)}; "
                f"policy allows no less than {ctx.policy.min_return_days}. Ask for an extension.",
            )
        ]
    return []


# --- First Amendment ----------------------------------------------------------------------------


def anon_unmask_civil(ctx: RuleContext) -> list[Hit]:
    """ANON_UNMASK_CIVIL: civil process (or a private requester) for an anonymous account."""
    if not ctx.civil:
        return []
    anonymous = _anonymous(ctx)
    if not anonymous:
        return []
    return [
        Hit(
            "ANON_UNMASK_CIVIL",
            f"Civil process ({ctx.process.value}) from {ctx.case.requester.name} would identify {_labels(anonymous)}, "
            "an anonymous account. Hold: notify the user now, and produce only after a court applies "
            "Dendrite/Cahill or the user does not object.",
        )
    ]


def _anonymous(ctx: RuleContext) -> list[TargetView]:
    return [t for t in ctx.found if t.account is not None and t.account.anonymous]


def anon_unmask_nonparty(ctx: RuleContext) -> list[Hit]:
    """ANON_UNMASK_NONPARTY: civil process would identify an anonymous speaker who is not a party.

    The case has no party list: the speaker counts as a party only when the document's text
    names Doe defendants (policy.yaml ``doe_party_phrases``); otherwise, and when there is
    no text, the stricter non-party test (2TheMart) is applied.
    """
    if not ctx.civil:
        return []
    anonymous = _anonymous(ctx)
    if not anonymous:
        return []
    party = ctx.text_phrases(ctx.policy.doe_party_phrases)
    if party:
        return []
    why = "nothing in the document names Doe defendants" if ctx.document_words else "the document's text is not on file"
    return [
        Hit(
            "ANON_UNMASK_NONPARTY",
            f"{_labels(anonymous)} is an anonymous speaker who does not appear to be a party to the matter ({why}). "
            "Hold: identifying a non-party speaker needs a compelling need that goes to the heart of the claim and "
            "is unavailable elsewhere (the 2TheMart factors).",
        )
    ]


def anon_political_gov(ctx: RuleContext) -> list[Hit]:
    """ANON_POLITICAL_GOV: government process, target anonymous and tagged political."""
    if not ctx.government_process:
        return []
    speakers = _anonymous_political(ctx)
    if not speakers:
        return []
    tags = sorted({tag for t in speakers if t.account for tag in t.account.has_tag(ctx.policy.political_speech_tags)})
    return [
        Hit(
            "ANON_POLITICAL_GOV",
            f"Government process ({ctx.process.value}, {ctx.case.requester.kind.value}) from {_issuer_label(ctx)} "
            f"targets {_labels(speakers)}, "
            f"an anonymous account tagged {', '.join(tags)}: anonymous political speech gets the most protection, and "
            "the government must show a compelling interest and a substantial nexus. Prepare a challenge.",
        )
    ]


def _criticised_match(ctx: RuleContext, entry: str) -> Agency | str | None:
    """What ``entry`` (one item of an account's ``criticizes``) matches in the issuer's lineage."""
    registry = ctx.book.registry
    named = registry.resolve(entry)
    if ctx.issuer is not None:
        if named is not None and any(named.id == agency.id for agency in ctx.issuer_lineage):
            return named
        return None
    # Issuer not in the registry: compare names as written.
    if named is None and ctx.government_process and normalize_words(entry) == normalize_words(ctx.case.requester.name):
        return entry
    return None


def anon_retaliation_signal(ctx: RuleContext) -> list[Hit]:
    """ANON_RETALIATION_SIGNAL: a target criticises the issuing agency or a parent department.

    Names are matched through the registry's aliases (an account criticising "DHS" matches
    a CBP summons: CBP's parent is DHS). A component's critics do not implicate its parent's
    siblings (criticising USCIS is no signal against CBP).
    """
    details: list[str] = []
    for target in ctx.found:
        assert target.account is not None
        for entry in target.account.criticizes:
            matched = _criticised_match(ctx, entry)
            if matched is None:
                continue
            if isinstance(matched, Agency) and ctx.issuer is not None and matched.id != ctx.issuer.id:
                relation = f"the issuer, {ctx.issuer.label}, is part of {matched.label}"
            else:
                relation = f"{entry} is the issuer"
            details.append(f'{target.label} criticises "{entry}" ({relation})')
    if not details:
        return []
    return [
        Hit(
            "ANON_RETALIATION_SIGNAL",
            "; ".join(dict.fromkeys(details)) + ". Process from an agency its target criticises signals retaliation: "
            "general counsel decides on a challenge.",
        )
    ]


# --- emergencies, authenticity, facial validity -------------------------------------------------


def edr_unverified(ctx: RuleContext) -> list[Hit]:
    """EDR_UNVERIFIED: an emergency request not confirmed out of band."""
    if not ctx.emergency:
        return []
    emergency = ctx.case.emergency
    if emergency is not None and emergency.verified_out_of_band:
        return []
    return [
        Hit(
            "EDR_UNVERIFIED",
            f"The emergency request from {ctx.case.requester.name} has not been confirmed out of band. Call the "
            "agency back on an independently known number before disclosing anything (forged emergency requests "
            "came from compromised police mailboxes in 2021–22).",
        )
    ]


def emergency_danger(ctx: RuleContext) -> list[str]:
    """The danger phrases in the emergency narrative and stated purpose, after the statute's own
    formula is taken out (policy.yaml ``emergency_danger_phrases``, ``emergency_boilerplate_phrases``)."""
    policy = ctx.policy
    narrative = ctx.case.emergency.narrative if ctx.case.emergency is not None else ""
    words = normalize_words(" . ".join(part for part in (narrative, ctx.case.stated_purpose or "") if part))
    words = remove_phrases(words, policy.emergency_boilerplate_phrases)
    return [phrase for phrase in policy.emergency_danger_phrases if contains_phrase(words, phrase)]


def edr_thin_facts(ctx: RuleContext) -> list[Hit]:
    """EDR_THIN_FACTS: the emergency narrative names no specific danger of death or serious physical injury."""
    if not ctx.emergency or emergency_danger(ctx):
        return []
    narrative = ctx.case.emergency.narrative.strip() if ctx.case.emergency is not None else ""
    said = (
        f'The emergency narrative ("{_clip(narrative, 120)}")'
        if narrative
        else "The emergency request gives no narrative and"
    )
    return [
        Hit(
            "EDR_THIN_FACTS",
            f"{said} states no specific danger of death or serious physical injury (repeating the statute's words is "
            "not a fact). Ask the requester what the danger is, to whom, and why it cannot wait for legal process.",
        )
    ]


def edr_post_notice(ctx: RuleContext) -> list[Hit]:
    """EDR_POST_NOTICE: an emergency request confirmed out of band, so a disclosure may be made:
    the user is told after the emergency (received + ``emergency_notice_delay_days``)."""
    emergency = ctx.case.emergency
    if not ctx.emergency or emergency is None or not emergency.verified_out_of_band:
        return []
    return [
        Hit(
            "EDR_POST_NOTICE",
            f"The emergency request was confirmed out of band, so a disclosure may be made. If it is, notify the user "
            f"after the emergency: not before {_when(ctx.emergency_ends())} (received + "
            f"{ctx.policy.emergency_notice_delay_days} days, policy), with what was disclosed and to whom.",
        )
    ]


def requester_unverified(ctx: RuleContext) -> list[Hit]:
    """REQUESTER_UNVERIFIED: intake could not authenticate the sender (``requester.verified`` false)."""
    requester = ctx.case.requester
    if requester.verified:
        return []
    facts = [f"{requester.name} ({requester.kind.value})"]
    if requester.email:
        domain = requester.email.rsplit("@", 1)[-1].lower()
        facts.append(f"sent from {requester.email}")
        if ctx.issuer is not None:
            known = ", ".join(ctx.issuer.email_domains) or "none listed"
            if ctx.book.registry.lists_domain(ctx.issuer, requester.email):
                facts.append(
                    f"{domain} is a known {ctx.issuer.id} domain, but the message's authentication did not pass"
                )
            else:
                facts.append(f"{domain} is not among {ctx.issuer.id}'s known domains ({known})")
    else:
        facts.append("no sender address on record")
    return [
        Hit(
            "REQUESTER_UNVERIFIED",
            "The requester is not authenticated: " + "; ".join(facts) + ". Confirm the request out of band "
            "before acting on it.",
        )
    ]


def targets(ctx: RuleContext) -> list[Hit]:
    """TARGET_NOT_PARTICULAR (no specific account identifier at all) and TARGET_NOT_FOUND."""
    hits: list[Hit] = []
    particular = [t for t in ctx.targets if t.particular]
    if not particular:
        written = ", ".join(f'"{t.text}"' for t in ctx.targets)
        hits.append(
            Hit(
                "TARGET_NOT_PARTICULAR",
                (
                    "The demand names no account."
                    if not ctx.targets
                    else f"The demand names no specific account identifier (it says {written})."
                ),
            )
        )
    if ctx.directory.complete:
        missing = [t for t in particular if t.account is None]
        if missing:
            hits.append(
                Hit(
                    "TARGET_NOT_FOUND",
                    f'No account on the platform matches {", ".join(t.text for t in missing)}: answer "no records" for '
                    f"{'it' if len(missing) == 1 else 'them'}.",
                )
            )
    return hits


def overbroad_time_range(ctx: RuleContext) -> list[Hit]:
    """OVERBROAD_TIME_RANGE: records over time with no date range, or one wider than policy."""
    if ctx.process is ProcessType.PRESERVATION_REQUEST:
        return []
    timed = [c for c in ctx.requested if c in ctx.policy.time_bound_categories]
    if not timed:
        return []
    date_range = ctx.case.date_range
    limit = ctx.policy.max_date_range_days
    if date_range is None or date_range.start is None:
        return [
            Hit(
                "OVERBROAD_TIME_RANGE",
                f"{_cats(timed, ctx.requested)} {_is(timed)} requested with no {'start of the ' if date_range else ''}date range; "
                f"narrow production to at most {limit} days.",
            )
        ]
    end = date_range.end or (ctx.service_time or ctx.now).date()
    width = (end - date_range.start).days
    if width <= limit:
        return []
    return [
        Hit(
            "OVERBROAD_TIME_RANGE",
            f"{_cats(timed, ctx.requested)} {_is(timed)} requested for {date_range.start.isoformat()} to {end.isoformat()}, "
            f"{width} days; "
            f"policy allows at most {limit}. Narrow the range.",
        )
    ]


def needs_triage(ctx: RuleContext) -> list[Hit]:
    """NEEDS_TRIAGE: the extraction is not to be trusted without a person. Conservative: only

    * the process could not be classified (UNKNOWN is never dropped);
    * no data categories were extracted (every category rule is silent on an empty list),
      except for process types that need none (policy.yaml, preservation);
    * no targets and no document text: nothing to confirm the case against.
    """
    reasons: list[str] = []
    if ctx.process is ProcessType.UNKNOWN:
        reasons.append("the kind of legal process could not be determined")
    if not ctx.requested and ctx.process not in ctx.policy.triage_categories_optional_process_types:
        reasons.append("no data categories were extracted, so no rule could check what is sought")
    if not ctx.targets and not ctx.document_words:
        reasons.append("the case names no target and carries no document text to find one in")
    if not reasons:
        return []
    text = "; ".join(reasons)
    return [
        Hit(
            "NEEDS_TRIAGE",
            text[0].upper() + text[1:] + ". A person confirms the fields before the review is relied on.",
        )
    ]


def _same_requester(ctx: RuleContext, name: str | None) -> bool:
    if not name:
        return False
    registry = ctx.book.registry
    mine = ctx.issuer or registry.resolve(ctx.case.requester.name)
    theirs = registry.resolve(name)
    if mine is not None and theirs is not None:
        return mine.id == theirs.id
    return normalize_words(name) == normalize_words(ctx.case.requester.name)


def duplicate_request(ctx: RuleContext) -> list[Hit]:
    """DUPLICATE_REQUEST: this demand was received before (``assess(..., earlier_cases=...)``).

    A match is an earlier case (received strictly before this one) with the same document
    text (normalised fingerprint, texts of at least ``duplicate_min_text_chars``), the same
    Message-ID, or the same case number from the same requester for the same targets (a
    case number alone is not enough: one investigation sends many subpoenas). The
    explanation names the first such case.
    """
    if not ctx.earlier_cases:
        return []
    cutoff = ctx.received_at or ctx.now
    long_enough = len(ctx.document_words) >= ctx.policy.duplicate_min_text_chars
    fingerprint = document_fingerprint(ctx.document_text) if long_enough else None
    message_id = message_id_of(ctx.document_text)
    number = normalized_case_number(ctx.case.case_number)
    targets = folded_targets(ctx.case.targets)
    matches: list[tuple[EarlierCase, list[str]]] = []
    for earlier in sorted(ctx.earlier_cases, key=lambda e: e.received_at):
        if earlier.received_at >= cutoff:
            continue
        why: list[str] = []
        if fingerprint is not None and earlier.fingerprint == fingerprint:
            why.append("the same document text")
        if message_id is not None and earlier.message_id == message_id:
            why.append(f"the same Message-ID {message_id}")
        if (
            number is not None
            and normalized_case_number(earlier.case_number) == number
            and _same_requester(ctx, earlier.requester_name)
            and targets
            and frozenset(earlier.targets) == targets
        ):
            why.append(f"the same case number ({ctx.case.case_number}) from the same requester for the same targets")
        if why:
            matches.append((earlier, why))
    if not matches:
        return []
    first, why = matches[0]
    more = len(matches) - 1
    others = f" ({more} more earlier cop{'y' if more == 1 else 'ies'} on file)" if more else ""
    return [
        Hit(
            "DUPLICATE_REQUEST",
            f"This demand repeats case {first.case_id}, received {_when(first.received_at)}: "
            + " and ".join(why)
            + f"{others}. Link it to case {first.case_id} and do not process it twice.",
        )
    ]


def notice_required(ctx: RuleContext) -> list[Hit]:
    """NOTICE_REQUIRED: no valid NDO and not an emergency request."""
    if ctx.emergency or ctx.ndo.gags:
        return []
    wait_until = ctx.now + timedelta(days=ctx.policy.notice_wait_days)
    earliest = max(wait_until, ctx.case.return_by) if ctx.case.return_by else wait_until
    why = {
        NdoState.LETTER_ONLY: "confidentiality was only requested by letter",
        NdoState.EXPIRED: "the nondisclosure order has expired",
    }.get(ctx.ndo.state, "no nondisclosure order accompanies the demand")
    whom = _labels(ctx.found) or _labels([t for t in ctx.targets if t.particular]) or "the account holder"
    if ctx.process is ProcessType.PRESERVATION_REQUEST:
        then = "A preservation request itself produces nothing."
    else:
        then = (
            f"Produce nothing before {_day(earliest)} ({ctx.policy.notice_wait_days} days after notice or the "
            "return date, whichever is later), and hold if the user says they will challenge."
        )
    return [Hit("NOTICE_REQUIRED", f"Notify {whom} now with a copy of the demand ({why}). {then}")]


Rule = Callable[[RuleContext], list[Hit]]

#: Every rule, in the order its findings are listed (DOMAIN.md's table order).
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

"""Property tests (hypothesis) over generated cases and finding lists.

* never NOTIFY_NOW while a valid gag is in force (a § 2705(b) order or an NSL certification,
  not expired or without expiry), and NOTIFY_AFTER never before the gag's expiry;
* a ``block`` finding never leaves the case at COMPLY (nor PRESERVE_ONLY or REQUEST_INFO):
  the block rule and every block code imply COMPLY_NARROWED or stronger;
* the tier is the highest any finding implies;
* adding a finding never weakens the disposition nor lowers the tier;
* every finding carries its catalogue severity, a citation and an explanation; every
  review is stamped with the rule set version; the assessment is deterministic;
* telling ``assess`` about an earlier copy of the same case adds DUPLICATE_REQUEST and
  changes nothing else.

Runs are kept small (max_examples 200, no deadline, no example database on disk).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from review_support import ACCOUNTS

from services.review.domain import AccountDirectory, EarlierCase, assess, load_rule_book
from services.review.domain.decision import DISPOSITION_PRECEDENCE, Scope, derive_disposition, derive_tier
from services.review.domain.rulebook import BLOCK_RULE
from services.review.domain.rules import Hit
from services.review.domain.rules.dates import case_calendar
from shared.contracts import LegalProcessCase, Review
from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    ForeignMechanism,
    NondisclosureKind,
    ProcessType,
    Severity,
    UserNoticeAction,
)

BOOK = load_rule_book()
DIRECTORY = AccountDirectory.from_entries(ACCOUNTS)
BASE = datetime(2017, 3, 14, 18, 0, tzinfo=UTC)

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

RANK = {disposition: index for index, disposition in enumerate(DISPOSITION_PRECEDENCE)}
TIER_ORDER = (EscalationTier.LEGAL_OPS, EscalationTier.COUNSEL, EscalationTier.LITIGATION)
GAGS = {NondisclosureKind.COURT_ORDER_2705B, NondisclosureKind.NSL_CERTIFICATION}

# --- strategies ----------------------------------------------------------------------------------

REQUESTERS: list[dict[str, Any]] = [
    {"name": "U.S. Customs and Border Protection", "kind": "FEDERAL", "country": "US", "email": "agent@cbp.dhs.gov"},
    {"name": "Federal Bureau of Investigation", "kind": "FEDERAL", "country": "US", "email": "agent@fbi.gov"},
    {"name": "Internal Revenue Service", "kind": "FEDERAL", "country": "US", "email": "agent@irs.gov"},
    {"name": "Drug Enforcement Administration", "kind": "FEDERAL", "country": "US", "email": "x@dea.gov"},
    {"name": "Springfield Police Department", "kind": "STATE_LOCAL", "country": "US", "email": "det@springfield.gov"},
    {"name": "Metropolitan Police Service", "kind": "FOREIGN_GOVERNMENT", "country": "GB", "email": "o@met.police.uk"},
    {"name": "Australian Federal Police", "kind": "FOREIGN_GOVERNMENT", "country": "AU", "email": "o@afp.gov.au"},
    {"name": "Police nationale", "kind": "FOREIGN_GOVERNMENT", "country": "FR", "email": "o@interieur.gouv.fr"},
    {"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "country": None, "email": "a@smithjones.example"},
    {"name": "Superior Court of California", "kind": "COURT", "country": "US", "email": None},
]
SIGNER_TITLES = [
    None,
    "Special Agent in Charge",
    "Assistant Special Agent in Charge",
    "Revenue Agent",
    "Port Director",
    "Deputy Assistant Director",
    "Supervisory Special Agent",
    "Director",
    "Tax Examiner",
]
STATUTES = [
    None,
    "19 U.S.C. § 1509",
    "26 USC 7602",
    "21 U.S.C. § 876",
    "18 U.S.C. § 2709",
    "8 U.S.C. § 1225",
    "Fed. R. Civ. P. 45",
    "17 U.S.C. § 512(h)",
]
TARGETS = ["ALT_USCIS", "plainuser", "anon_gardener", "IRS_Critic", "nobody_here", "everyone", "1001", "all users"]
PURPOSES = [
    None,
    "",
    "Determine the tax liability of the account holder",
    "Identify the critics of the agency",
    "Liability for customs duties on imported merchandise",
    "Investigation of drug trafficking",
]
NARRATIVES = [
    "",
    "Urgent.",
    "A child was abducted an hour ago.",
    "He threatened to kill his roommate tonight.",
    "An emergency involving danger of death or serious physical injury exists.",
]
SNIPPETS = [
    "SUBPOENA.",
    "Produce all records regarding the account.",
    "to include name and address",
    "including but not limited to",
    "Acme v. John Doe, Does 1-10.",
    "Case No. 3:17-cv-01916.",
    "Attached: the takedown notice.",
    "sworn declaration under penalty of perjury",
    "Issued by the Clerk.",
    "Preserve the records going forward.",
    "Request for renewal of preservation.",
    "Inquiry into the importation of counterfeit goods.",
    "Message-ID: <abc@example.gov>",
    "\nMessage-ID: <def@example.gov>\n",
]


def _moment(hours: int) -> str:
    return (BASE + timedelta(hours=hours)).isoformat()


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    requester = dict(draw(st.sampled_from(REQUESTERS)))
    requester["verified"] = draw(st.booleans())
    requester["signer_title"] = draw(st.sampled_from(SIGNER_TITLES))
    kind = draw(st.sampled_from([None, *NondisclosureKind]))
    served = draw(st.one_of(st.none(), st.integers(-24 * 200, 24 * 10)))
    start = draw(st.one_of(st.none(), st.dates(date(2014, 1, 1), date(2017, 6, 1))))
    end = draw(st.one_of(st.none(), st.dates(start or date(2014, 1, 1), date(2018, 1, 1))))
    emergency = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries({"narrative": st.sampled_from(NARRATIVES), "verified_out_of_band": st.booleans()}),
        )
    )
    text = draw(st.lists(st.sampled_from(SNIPPETS), max_size=4))
    return {
        "process_type": draw(st.sampled_from(list(ProcessType))).value,
        "statute": draw(st.sampled_from(STATUTES)),
        "requester": requester,
        "targets": draw(st.lists(st.sampled_from(TARGETS), max_size=3, unique=True)),
        "data_categories": [
            c.value for c in draw(st.lists(st.sampled_from(list(DataCategory)), max_size=4, unique=True))
        ],
        "stated_purpose": draw(st.sampled_from(PURPOSES)),
        "date_range": None
        if start is None and end is None
        else {"start": start and start.isoformat(), "end": end and end.isoformat()},
        "served_at": None if served is None else _moment(served),
        "return_by": draw(st.one_of(st.none(), st.integers(-24 * 10, 24 * 90).map(_moment))),
        "nondisclosure": {
            "present": (bool(kind) and draw(st.booleans())) or kind is NondisclosureKind.LETTER_REQUEST,
            "kind": kind and kind.value,
            "expires_at": draw(st.one_of(st.none(), st.integers(-24 * 400, 24 * 800).map(_moment))),
        },
        "emergency": emergency,
        "mechanism": draw(st.sampled_from([None, *ForeignMechanism])),
        "case_number": draw(st.sampled_from([None, "GJ 17-0042", "3:17-cv-01916"])),
        "issuing_court": draw(st.sampled_from([None, "U.S. District Court for the District of Columbia"])),
        "raw_text": " ".join(text) or None,
    }


@st.composite
def assessments(draw: st.DrawFn) -> tuple[LegalProcessCase, datetime, datetime | None]:
    case = LegalProcessCase.model_validate(draw(cases()))
    now = BASE + timedelta(hours=draw(st.integers(0, 24 * 500)))
    received = draw(st.one_of(st.none(), st.integers(0, 24 * 30).map(lambda h: now - timedelta(hours=h))))
    return case, now, received


def _assess(case: LegalProcessCase, now: datetime, received: datetime | None, **kwargs: Any):
    return assess(case, accounts=DIRECTORY, rule_book=BOOK, now=now, received_at=received, **kwargs)


def _tier_of(code: str) -> EscalationTier:
    spec = BOOK.rule(code)
    if spec.litigation:
        return EscalationTier.LITIGATION
    return EscalationTier.LEGAL_OPS if spec.severity is Severity.INFO else EscalationTier.COUNSEL


# --- properties of the whole review -------------------------------------------------------------------
# One generated case is checked against every invariant (generation dominates the run time);
# each invariant is its own function so a failure names it.


def check_never_notify_now_under_a_valid_gag(case: LegalProcessCase, now: datetime, review: Review) -> None:
    notice, ndo = review.user_notice, case.nondisclosure
    in_force = ndo.kind in GAGS and (ndo.expires_at is None or ndo.expires_at > now)
    if in_force:
        assert notice.action is not UserNoticeAction.NOTIFY_NOW, "NOTIFY_NOW under a gag in force"
        if notice.action is UserNoticeAction.NOTIFY_AFTER:
            assert ndo.expires_at is not None and notice.not_before is not None
            assert notice.not_before >= ndo.expires_at, "NOTIFY_AFTER before the gag expires"
    if notice.action is UserNoticeAction.NOTIFY_AFTER:
        assert notice.not_before is not None, "NOTIFY_AFTER without a date"


def check_counted_dates_fall_on_open_days(case: LegalProcessCase, review: Review) -> None:
    """A date counted in days under Rule 6(a) never falls on a weekend or a holiday of the case's calendar
    in the direction it was counted (a return date the issuer chose, carried over as the later/earlier
    date, is not counted)."""
    calendar = case_calendar(case, BOOK.policy)
    for computed in review.computed_dates:
        assert computed.rule and computed.explanation, computed
        if counted := re.match(r"^\d+ days under .*? (after|before) ", computed.explanation):
            # a period measured before an event keeps the federal holidays only (Rule 6(a)(6)(C))
            assert calendar.is_open(computed.due, backward=counted.group(1) == "before"), computed


def check_the_emergencys_end_does_not_move_with_the_review(
    case: LegalProcessCase, now: datetime, received: datetime | None, review: Review
) -> None:
    later = _assess(case, now + timedelta(days=11, hours=5), received)
    if review.user_notice.action is UserNoticeAction.NOTIFY_AFTER and case.nondisclosure.kind is None:
        assert later.user_notice == review.user_notice, "the user's notice moved with the time of the review"


def check_a_block_finding_never_yields_compliance(review: Review) -> None:
    if any(finding.severity is Severity.BLOCK for finding in review.findings):
        assert RANK[review.disposition] <= RANK[Disposition.COMPLY_NARROWED], review.disposition


def check_tier_is_the_highest_the_findings_imply(review: Review) -> None:
    expected = max((_tier_of(f.code) for f in review.findings), key=TIER_ORDER.index, default=EscalationTier.LEGAL_OPS)
    assert review.escalation_tier is expected


def check_every_finding_is_cited_explained_and_stamped(review: Review) -> None:
    assert review.rule_set_version == BOOK.rule_set_version
    for finding in review.findings:
        spec = BOOK.rule(finding.code)
        assert finding.severity is spec.severity, finding.code
        assert finding.citation.strip() and finding.citation.startswith(spec.citation), finding.code
        assert finding.explanation.strip(), finding.code
    assert len({f.code for f in review.findings}) == len(review.findings), "a code reported twice"


@PROPERTY_SETTINGS
@given(assessments())
def test_review_invariants_hold_for_any_case(args):
    case, now, received = args
    review = _assess(case, now, received)

    check_never_notify_now_under_a_valid_gag(case, now, review)
    check_a_block_finding_never_yields_compliance(review)
    check_tier_is_the_highest_the_findings_imply(review)
    check_every_finding_is_cited_explained_and_stamped(review)
    check_counted_dates_fall_on_open_days(case, review)
    check_the_emergencys_end_does_not_move_with_the_review(case, now, received, review)
    assert _assess(case, now, received) == review, "the assessment is not deterministic"


@PROPERTY_SETTINGS
@given(assessments())
def test_an_earlier_copy_adds_only_duplicate_request(args):
    case, now, received = args
    cutoff = received or now
    earlier = EarlierCase.from_case("case-0", case, received_at=cutoff - timedelta(days=3))
    plain = _assess(case, now, received)
    again = _assess(case, now, received, earlier_cases=[earlier])

    plain_codes = [f.code for f in plain.findings]
    again_codes = [f.code for f in again.findings if f.code != "DUPLICATE_REQUEST"]
    assert plain_codes == again_codes
    assert (plain.disposition, plain.escalation_tier, plain.user_notice) == (
        again.disposition,
        again.escalation_tier,
        again.user_notice,
    )
    matches_by_number = case.case_number is not None and bool(case.targets)
    long_text = len(" ".join((case.raw_text or "").split())) >= 60  # comfortably over the 40-character minimum
    header = re.search(r"(?m)^Message-ID: <", case.raw_text or "") is not None  # a header starts its line
    if matches_by_number or long_text or header:
        assert "DUPLICATE_REQUEST" in {f.code for f in again.findings}
    assert "DUPLICATE_REQUEST" not in plain_codes


# --- properties of the derivation itself ------------------------------------------------------------

CODES = sorted(BOOK.rules)
CATEGORIES = list(DataCategory)


@st.composite
def hits(draw: st.DrawFn) -> Hit:
    code = draw(st.sampled_from(CODES))
    blocks: frozenset[DataCategory] = frozenset()
    if BOOK.rule(code).implies == BLOCK_RULE:
        blocks = frozenset(draw(st.lists(st.sampled_from(CATEGORIES), min_size=1, max_size=3, unique=True)))
    return Hit(code, "generated", blocks=blocks)


def _derive(found: list[Hit], requested: tuple[DataCategory, ...], process: ProcessType) -> Disposition:
    blocked = frozenset(c for hit in found if BOOK.rule(hit.code).implies == BLOCK_RULE for c in hit.blocks)
    return derive_disposition(found, book=BOOK, scope=Scope(requested=requested, blocked=blocked), process_type=process)


@PROPERTY_SETTINGS
@given(
    st.lists(hits(), max_size=6),
    hits(),
    st.lists(st.sampled_from(CATEGORIES), max_size=4, unique=True).map(tuple),
    st.sampled_from(list(ProcessType)),
)
def test_adding_a_finding_never_weakens_the_outcome(found, extra, requested, process):
    before = _derive(found, requested, process)
    after = _derive([*found, extra], requested, process)

    assert RANK[after] <= RANK[before]
    assert TIER_ORDER.index(derive_tier([*found, extra], book=BOOK)) >= TIER_ORDER.index(derive_tier(found, book=BOOK))


@PROPERTY_SETTINGS
@given(
    st.lists(hits(), min_size=1, max_size=6),
    st.lists(st.sampled_from(CATEGORIES), max_size=4, unique=True).map(tuple),
    st.sampled_from(list(ProcessType)),
)
def test_derived_block_never_complies(found, requested, process):
    disposition = _derive(found, requested, process)
    if any(BOOK.rule(hit.code).severity is Severity.BLOCK for hit in found):
        assert RANK[disposition] <= RANK[Disposition.COMPLY_NARROWED]


def test_every_block_code_implies_at_least_comply_narrowed():
    for code, spec in BOOK.rules.items():
        if spec.severity is Severity.BLOCK:
            assert spec.implies is not None, code
            if spec.implies != BLOCK_RULE:
                assert RANK[Disposition(spec.implies)] <= RANK[Disposition.COMPLY_NARROWED], code

"""The rule book's data, statute citations, the agency registry, accounts and the derivation."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError
from review_support import NOW, codes

from deploy import domain_doc
from services.review.domain import (
    Account,
    AccountDirectory,
    AgencyRegistry,
    assess,
    canonical_statute,
    load_rule_book,
    normalize_statute,
    statute_key,
)
from services.review.domain import rules as rules_module
from services.review.domain.decision import DISPOSITION_PRECEDENCE, InvariantViolation
from shared import citations
from shared.reference import agency_registry
from shared.vocabulary import Disposition, RequesterKind, Severity

# --- statute citations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "19 USC 1509",
        "19 U.S.C. § 1509",
        "19 U.S.C. 1509",
        "Section 1509 of Title 19",
        "19 U.S.C. §1509",
        "19 U.S.C.§1509",
        "19 usc §1509",
        "19 U.S. Code § 1509",
        "19 U.S.C.A. § 1509",
        "19 U.S.C. sec. 1509",
        "section 1509 of title 19, United States Code",
        "Title 19, United States Code, Section 1509",
        "19 United States Code 1509",
        "19 U.S.C. § 1509(a)(1)",
        "19\u00a0U.S.C.\u00a0§\u00a01509",
    ],
)
def test_statute_variants_map_to_one_key(text):
    assert normalize_statute(text) == "19 U.S.C. § 1509"
    assert statute_key(text) == "19 U.S.C. § 1509"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("21 U.S.C. § 876(a)", "21 U.S.C. § 876(a)"),
        ("8 USC 1225(d)(4)", "8 U.S.C. § 1225(d)(4)"),
        ("26 U.S.C. 7602", "26 U.S.C. § 7602"),
        ("19 U.S.C. § 1595a", "19 U.S.C. § 1595a"),
    ],
)
def test_canonical_keeps_subsections(text, canonical):
    assert canonical_statute(text) == canonical


@pytest.mark.parametrize("text", [None, "", "Fed. R. Civ. P. 45", "a summons", "Section 1509"])
def test_not_a_us_code_citation(text):
    assert statute_key(text) is None


def test_review_reads_the_shared_parser_us_code_only():
    """One parser (shared/citations.py): intake reads federal rules too, the review only the U.S. Code."""
    text = "Rule 45 of the Federal Rules of Civil Procedure and 19 U.S.C. § 1509(a)"
    assert citations.statute_key(text) == "Fed. R. Civ. P. 45"
    assert statute_key(text) == citations.statute_key(text, us_code_only=True) == "19 U.S.C. § 1509"
    assert canonical_statute(text) == "19 U.S.C. § 1509(a)"
    assert statute_key("19 U.S.C. §§ 1509") == statute_key("19 U.S.C. &sect; 1509") == "19 U.S.C. § 1509"


def test_review_reports_the_canonical_statute(seed_case, run):
    assert run(seed_case(statute="19 USC 1509")).statute == "19 U.S.C. § 1509"
    assert run(seed_case(statute="Customs summons")).statute == "Customs summons"


# --- the data files ---------------------------------------------------------------------------


def test_rule_book_loads_once_and_is_versioned(book):
    assert load_rule_book() is book
    assert re.fullmatch(r"\S+", book.rule_set_version)
    assert len(book.fingerprint) == 64


def test_policy_numbers(book):
    policy = book.policy
    assert (
        policy.max_date_range_days,
        policy.notice_wait_days,
        policy.emergency_notice_delay_days,
        policy.min_return_days,
        policy.ndo_federal_max_days,
    ) == (365, 7, 90, 10, 365)


def _documented_rules() -> list[dict[str, str]]:
    text = (domain_doc.ROOT / domain_doc.DOC).read_text(encoding="utf-8")
    return domain_doc.table_rows(domain_doc.blocks_in(text)["rules"])


def test_catalogue_has_every_documented_code_with_its_meaning(book):
    """docs/domain.md's rule table says what the loaded catalogue says, code by code."""
    rows = _documented_rules()
    assert len(rows) >= 40
    for row in rows:
        code = row["code"].strip("`")
        spec = book.rule(code)
        assert spec.severity is Severity(row["severity"]), code
        # "block rule", a disposition in backticks, or "—" (none of its own).
        implies = row["implies"]
        expected = "BLOCK_RULE" if implies == "block rule" else None if implies == "—" else implies.strip("`")
        assert expected is None or expected == "BLOCK_RULE" or expected in Disposition.__members__, code
        assert spec.implies == expected, code
        assert spec.litigation == (row["tier"] == "LITIGATION"), code
        assert row["tier"] == (
            "LITIGATION" if spec.litigation else "LEGAL_OPS" if spec.severity is Severity.INFO else "COUNSEL"
        ), code
        assert spec.citation.strip() and row["citation"] == spec.citation, code


def test_every_code_a_rule_can_emit_is_in_the_catalogue(book):
    source = "".join(path.read_text(encoding="utf-8") for path in Path(rules_module.__file__).parent.glob("*.py"))
    emitted = set(re.findall(r'Hit\(\s*"([A-Z0-9_]+)"', source)) | {r.code for r in book.sca_requirements}
    assert emitted
    for code in emitted:
        book.rule(code)


def test_precedence_is_domains(book):
    assert tuple(Disposition) == DISPOSITION_PRECEDENCE


def test_statutes_have_purposes_and_signers(book):
    customs = book.statute("19 USC 1509")
    assert customs is not None
    assert {p.id for p in customs.purposes} == {
        "correctness_of_entries",
        "duties_fees_taxes",
        "fines_penalties",
        "customs_law_compliance",
    }
    assert {"port director", "special agent in charge"} <= set(customs.signer.titles)
    assert book.statute("26 U.S.C. § 7602") is not None
    assert book.statute("21 USC 876") is not None


def test_purpose_phrases_match_whole_words_only(book):
    customs = book.statute("19 U.S.C. § 1509")
    assert customs.fitting_purposes("Importation of counterfeit goods")
    assert not customs.fitting_purposes("The import of this request is important: log entries and account data")
    assert not customs.fitting_purposes("Misconduct by an officer while on duty")


# --- the agency registry ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "CBP",
        "U.S. Customs and Border Protection",
        "Customs and Border Protection",
        "US Customs and Border Protection",
        "the U.S. Customs and Border Protection",
        "UNITED STATES CUSTOMS AND BORDER PROTECTION",
    ],
)
def test_cbp_aliases(book, name):
    agency = book.registry.resolve(name)
    assert agency is not None and agency.id == "CBP"
    assert [a.id for a in book.registry.lineage(agency)] == ["CBP", "DHS"]


@pytest.mark.parametrize(
    ("agency_id", "parent"),
    [
        ("CBP", "DHS"),
        ("ICE", "DHS"),
        ("USCIS", "DHS"),
        ("IRS", "TREASURY"),
        ("DEA", "DOJ"),
        ("FBI", "DOJ"),
        ("DHS", None),
        ("DOJ", None),
        ("TREASURY", None),
    ],
)
def test_registry_parents(book, agency_id, parent):
    agency = book.registry.get(agency_id)
    assert agency is not None and agency.parent == parent
    assert agency.kind is RequesterKind.FEDERAL


def test_registry_domains(book):
    registry = book.registry
    assert registry.by_domain("agent@cbp.dhs.gov").id == "CBP"
    assert registry.by_domain("agent@cbp.gov").id == "CBP"
    assert registry.by_domain("someone@dhs.gov").id == "DHS"
    assert registry.by_domain("x@ny.fbi.gov").id == "FBI"
    assert registry.by_domain("cbp.agent@gmail.com") is None
    assert registry.by_domain("x@cbp-dhs.gov.example") is None
    assert registry.lists_domain(registry.get("CBP"), "x@cbp.dhs.gov")
    assert not registry.lists_domain(registry.get("CBP"), "x@dhs.gov")


def test_registry_respects_kind(book):
    assert book.registry.resolve("Maryland State Treasury", kind=RequesterKind.STATE_LOCAL) is None
    assert book.registry.resolve("Treasury", kind=RequesterKind.FEDERAL).id == "TREASURY"
    assert book.registry.resolve("Immigration and Customs Enforcement").id == "ICE"  # longest alias wins


def test_registry_statutes_are_canonical(book):
    assert book.registry.get("CBP").statutes == ("19 U.S.C. § 1509",)
    assert book.registry.get("IRS").statutes == ("26 U.S.C. § 7602",)
    assert book.registry.get("DEA").statutes == ("21 U.S.C. § 876",)


def test_registry_rejects_bad_data():
    with pytest.raises(ValueError, match="unknown parent"):
        AgencyRegistry.from_mapping({"agencies": [{"id": "A", "name": "A", "parent": "B", "kind": "FEDERAL"}]})
    with pytest.raises(ValueError, match="names both"):
        AgencyRegistry.from_mapping(
            {
                "agencies": [
                    {"id": "A", "name": "Alpha", "aliases": ["X"], "kind": "FEDERAL"},
                    {"id": "B", "name": "Beta", "aliases": ["X"], "kind": "FEDERAL"},
                ]
            }
        )
    with pytest.raises(ValidationError):
        AgencyRegistry.from_mapping({"agencies": [{"id": "A", "name": "A", "kind": "FEDERAL", "statutes": ["nope"]}]})


def test_registry_rejects_twice_listed_ids_and_parent_cycles():
    with pytest.raises(ValueError, match="listed twice"):
        AgencyRegistry.from_mapping(
            {
                "agencies": [
                    {"id": "A", "name": "Alpha", "kind": "FEDERAL"},
                    {"id": "A", "name": "Beta", "kind": "FEDERAL"},
                ]
            }
        )
    with pytest.raises(ValueError, match="cycle"):
        AgencyRegistry.from_mapping(
            {
                "agencies": [
                    {"id": "A", "name": "Alpha", "parent": "B", "kind": "FEDERAL"},
                    {"id": "B", "name": "Beta", "parent": "A", "kind": "FEDERAL"},
                ]
            }
        )


def test_the_review_and_intake_read_one_registry(book):
    """The rule book's registry is shared/reference's, built from the same file intake reads."""
    shared = agency_registry()
    assert type(book.registry) is type(shared)
    assert [a.id for a in book.registry] == [a.id for a in shared]
    for address in ("agent@cbp.dhs.gov", "x@ny.fbi.gov", "someone@dhs.gov", "cbp.agent@gmail.com"):
        assert book.registry.by_domain(address) == shared.by_domain(address)


def test_a_custom_registry_replaces_the_packaged_one(seed_case, directory):
    registry = AgencyRegistry.from_yaml("agencies:\n  - {id: OTHER, name: Other Agency, kind: FEDERAL}\n")
    review = assess(seed_case(), accounts=directory, registry=registry, now=NOW)
    assert "ANON_RETALIATION_SIGNAL" not in codes(review)  # CBP/DHS unknown to this registry


# --- accounts -------------------------------------------------------------------------------------


def test_directory_lookup(directory):
    assert directory.lookup("ALT_USCIS").handle == "ALT_USCIS"
    assert directory.lookup("@alt_uscis").handle == "ALT_USCIS"
    assert directory.lookup("alt.uscis@example.org").handle == "ALT_USCIS"
    assert directory.lookup("1001").handle == "plainuser"
    assert directory.lookup("irs_critic").handle == "IRS_Critic"  # stored as "@IRS_Critic"
    assert directory.lookup("https://twitter.com/ALT_USCIS").handle == "ALT_USCIS"
    assert directory.lookup("nobody") is None
    assert directory.complete and not AccountDirectory.unknown().complete


def test_account_is_frozen_and_tolerant():
    account = Account.model_validate(
        {"handle": "@x", "account_id": 42, "extra": "ignored", "counsel": {"email": "c@aclu.example"}}
    )
    assert account.handle == "x" and account.id == "42" and account.counsel.email == "c@aclu.example"
    with pytest.raises(ValidationError):
        account.handle = "y"


def test_directory_from_json():
    directory = AccountDirectory.from_json('[{"handle": "@a", "anonymous": true, "tags": ["political"]}]')
    assert directory.lookup("A").anonymous
    with pytest.raises(ValueError):
        AccountDirectory.from_json('{"handle": "a"}')


def test_directory_entries_must_have_a_handle():
    with pytest.raises(ValidationError):
        AccountDirectory.from_entries([{"contact_email": "x@example.org"}])


# --- assess() guards --------------------------------------------------------------------------------


def test_naive_now_is_refused(seed_case, directory):
    with pytest.raises(ValueError, match="timezone-aware"):
        assess(seed_case(), accounts=directory, now=datetime(2017, 3, 14))


def test_assess_is_deterministic(seed_case, run):
    assert run(seed_case()) == run(seed_case())


def test_invariant_guard_catches_notice_under_a_gag(neutral_case, book, directory):
    from services.review.domain.decision import check_notice_invariant
    from services.review.domain.rules import build_context
    from shared.contracts import UserNotice
    from shared.vocabulary import UserNoticeAction

    case = neutral_case(
        nondisclosure={"present": True, "kind": "COURT_ORDER_2705B", "expires_at": "2017-09-01T00:00:00+00:00"}
    )
    ctx = build_context(case, book=book, directory=directory, now=NOW, received_at=None)
    with pytest.raises(InvariantViolation):
        check_notice_invariant(UserNotice(action=UserNoticeAction.NOTIFY_NOW), ctx)
    with pytest.raises(InvariantViolation):
        check_notice_invariant(
            UserNotice(action=UserNoticeAction.NOTIFY_AFTER, not_before=datetime(2017, 4, 1, tzinfo=UTC)), ctx
        )

"""Every finding code, table-driven: a case where it fires and a minimal variation where it does not.

Each row starts from a small base case, applies ``fire`` (the facts that make the code
fire), and derives the quiet case from the firing one by changing only ``quiet`` (the
one fact that matters). The meta-tests hold the table, the catalogue (data/rules.yaml)
and the rule table of docs/domain.md to the same set of codes, so no code can be forgotten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from review_support import ACCOUNTS, DMCA_COMPLETE, NEUTRAL_CASE, NOW, RECEIVED, codes, with_changes

from deploy import domain_doc
from services.review.domain import AccountDirectory, EarlierCase, assess
from services.review.domain.decision import DISPOSITION_PRECEDENCE
from services.review.domain.rulebook import BLOCK_RULE
from shared.contracts import LegalProcessCase, Review
from shared.vocabulary import Disposition

# --- base cases (dicts in the case JSON's shape, docs/domain.md) ----------------------------------------------

NEUTRAL = NEUTRAL_CASE  # FBI grand-jury subpoena for @plainuser's BSI, served 2017-03-14, return +31 days

ADMIN = with_changes(
    NEUTRAL,
    {
        "process_type": "SUBPOENA_ADMINISTRATIVE",
        "statute": "26 USC 7602",
        "requester__name": "Internal Revenue Service",
        "requester__email": "agent@irs.gov",
        "requester__signer_title": "Revenue Agent",
        "stated_purpose": "Determine the tax liability of the account holder for 2015-2016.",
    },
)

CIVIL = with_changes(
    NEUTRAL,
    {
        "process_type": "SUBPOENA_CIVIL",
        "requester": {
            "name": "Smith & Jones LLP",
            "kind": "PRIVATE_PARTY",
            "email": "a@smithjones.example",
            "verified": True,
        },
        "case_number": "3:17-cv-01916",
        "issuing_court": "U.S. District Court for the Northern District of California",
    },
)

DMCA = with_changes(
    CIVIL, {"process_type": "SUBPOENA_DMCA_512H", "case_number": None, "issuing_court": None, "raw_text": DMCA_COMPLETE}
)

NSL = with_changes(
    NEUTRAL,
    {
        "process_type": "NATIONAL_SECURITY_LETTER",
        "requester__signer_title": "Special Agent in Charge",
        "case_number": None,
    },
)

#: A 2023 order: the US-UK CLOUD Act agreement is in force from 2022-10-03 (agreements.yaml).
FOREIGN_AT = datetime(2023, 5, 2, 13, 0, tzinfo=UTC)
FOREIGN = with_changes(
    NEUTRAL,
    {
        "process_type": "FOREIGN_REQUEST",
        "requester": {
            "name": "Metropolitan Police Service",
            "kind": "FOREIGN_GOVERNMENT",
            "country": "GB",
            "email": "officer@met.police.uk",
            "verified": True,
        },
        "mechanism": "MLAT",
        "served_at": FOREIGN_AT.isoformat(),
        "return_by": (FOREIGN_AT + timedelta(days=30)).isoformat(),
        "date_range": {"start": "2023-01-01", "end": "2023-04-30"},
    },
)

EMERGENCY = with_changes(
    NEUTRAL,
    {
        "process_type": "EMERGENCY_REQUEST",
        "return_by": None,
        "case_number": None,
        "emergency": {
            "narrative": "The account holder posted that he will shoot his coworkers tomorrow morning.",
            "verified_out_of_band": True,
        },
    },
)

PRESERVATION = with_changes(
    NEUTRAL,
    {
        "process_type": "PRESERVATION_REQUEST",
        "data_categories": ["BASIC_SUBSCRIBER", "STORED_CONTENT"],
        "return_by": None,
        "date_range": None,
        "raw_text": "Please preserve all records of the account pursuant to 18 U.S.C. § 2703(f).",
    },
)

SERVED = datetime.fromisoformat(NEUTRAL["served_at"])


def _at(days: float) -> str:
    """An ISO time ``days`` after the neutral case's service."""
    return (SERVED + timedelta(days=days)).isoformat()


def _court_order(expires: str | None) -> dict[str, Any]:
    return {"present": True, "kind": "COURT_ORDER_2705B", "expires_at": expires}


EARLIER_TEXT = (
    "GRAND JURY SUBPOENA. You are commanded to produce the subscriber information of the account "
    "@plainuser to the grand jury on April 14, 2017."
)


def _earlier(**changes: Any) -> tuple[EarlierCase, ...]:
    """One earlier case, received 2017-03-01, summarised from the neutral case with ``changes``."""
    case = LegalProcessCase.model_validate(with_changes(NEUTRAL, changes))
    return (EarlierCase.from_case("case-0001", case, received_at=datetime(2017, 3, 1, 12, 0, tzinfo=UTC)),)


# --- the table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    base: dict[str, Any]
    fire: dict[str, Any]
    quiet: dict[str, Any]
    kwargs: dict[str, Any] = field(default_factory=dict)  # assess() arguments for both cases
    quiet_kwargs: dict[str, Any] | None = None  # overrides for the quiet case only

    @property
    def id(self) -> str:
        return f"{self.code}:{self.name}"


ROWS: tuple[Row, ...] = (
    # --- Stored Communications Act ---
    Row("SCA_BSI_SUBPOENA_OK", "subpoena-for-bsi", NEUTRAL, {}, {"process_type": "SEARCH_WARRANT"}),
    Row(
        "SCA_NONCONTENT_NEEDS_2703D",
        "subpoena",
        NEUTRAL,
        {"data_categories": ["NON_CONTENT_RECORDS"]},
        {"process_type": "COURT_ORDER_2703D"},
    ),
    Row(
        "SCA_LOCATION_NEEDS_WARRANT",
        "2703d-order",
        NEUTRAL,
        {"process_type": "COURT_ORDER_2703D", "data_categories": ["LOCATION_HISTORY"]},
        {"process_type": "SEARCH_WARRANT"},
    ),
    Row(
        "SCA_CONTENT_NEEDS_WARRANT",
        "subpoena",
        NEUTRAL,
        {"data_categories": ["STORED_CONTENT"]},
        {"process_type": "SEARCH_WARRANT"},
    ),
    # a preservation request's 90 days run from its receipt (as the hold's), service only if receipt is unknown
    Row(
        "SCA_PRESERVE_OK",
        "fresh",
        PRESERVATION,
        {},
        {"served_at": _at(-120)},
        quiet_kwargs={"received_at": SERVED - timedelta(days=120)},
    ),
    Row(
        "SCA_PRESERVE_EXPIRED",
        "received-120-days-ago",
        PRESERVATION,
        {"served_at": _at(-120)},
        {"served_at": _at(-30)},
        kwargs={"received_at": SERVED - timedelta(days=120)},
        quiet_kwargs={"received_at": SERVED - timedelta(days=30)},
    ),
    Row(
        "SCA_PRESERVE_PROSPECTIVE",
        "going-forward",
        PRESERVATION,
        {"raw_text": "Preserve the account's records and any new records going forward."},
        {"raw_text": "Preserve the account's records."},
    ),
    Row(
        "SCA_NDO_LETTER_ONLY",
        "letter",
        NEUTRAL,
        {"nondisclosure": {"present": True, "kind": "LETTER_REQUEST", "expires_at": None}},
        {"nondisclosure": _court_order(_at(180))},
    ),
    Row(
        "SCA_NDO_INVALID_TERM",
        "indefinite",
        NEUTRAL,
        {"nondisclosure": _court_order(None)},
        {"nondisclosure": _court_order(_at(180))},
    ),
    Row(
        "SCA_NDO_INVALID_TERM",
        "federal-over-a-year",
        NEUTRAL,
        {"nondisclosure": _court_order(_at(400))},
        {"nondisclosure": _court_order(_at(300))},
    ),
    Row(
        "SCA_NDO_EXPIRED",
        "expired",
        NEUTRAL,
        {"nondisclosure": _court_order(_at(-5))},
        {"nondisclosure": _court_order(_at(60))},
    ),
    Row(
        "PENTRAP_ORDER_REQUIRED",
        "subpoena",
        NEUTRAL,
        {"data_categories": ["REALTIME_METADATA"]},
        {"process_type": "PEN_REGISTER_ORDER"},
    ),
    Row(
        "WIRETAP_ORDER_REQUIRED",
        "subpoena",
        NEUTRAL,
        {"data_categories": ["REALTIME_CONTENT"]},
        {"process_type": "WIRETAP_ORDER"},
    ),
    # --- administrative subpoenas and summonses ---
    Row(
        "ADMIN_PURPOSE_OUT_OF_SCOPE",
        "stated",
        ADMIN,
        {"stated_purpose": "Identify the critics of the agency"},
        {"stated_purpose": "Determine the tax liability of the account holder"},
    ),
    Row(
        "ADMIN_PURPOSE_OUT_OF_SCOPE",
        "evident",
        ADMIN,
        {"stated_purpose": None, "targets": ["ALT_USCIS"], "raw_text": "Summons. Produce the subscriber records."},
        {"raw_text": "Summons in an inquiry into unreported income. Produce the subscriber records."},
    ),
    Row(
        "ADMIN_PURPOSE_UNSTATED",
        "no-purpose",
        ADMIN,
        {"stated_purpose": None},
        {"stated_purpose": "Determine the tax liability of the account holder"},
    ),
    Row(
        "ADMIN_ISSUER_RANK",
        "below-rank",
        ADMIN,
        {"requester__signer_title": "Tax Examiner"},
        {"requester__signer_title": "Revenue Agent"},
    ),
    Row(
        "ADMIN_ISSUER_RANK",
        "assistant-prefix",
        with_changes(
            ADMIN,
            {
                "statute": "19 U.S.C. § 1509",
                "requester__name": "CBP",
                "requester__email": "x@cbp.dhs.gov",
                "stated_purpose": "Determine liability for customs duties on imported merchandise",
            },
        ),
        {"requester__signer_title": "Assistant Port Director"},
        {"requester__signer_title": "Port Director"},
    ),
    Row(
        "ADMIN_DATA_BEYOND_BSI",
        "non-content",
        ADMIN,
        {"data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]},
        {"data_categories": ["BASIC_SUBSCRIBER"]},
    ),
    Row(
        "ADMIN_INDEFINITE",
        "all-records-no-range",
        ADMIN,
        {"date_range": None, "raw_text": "Summons. Produce all records regarding the account plainuser."},
        {"date_range": {"start": "2016-01-01", "end": "2016-12-31"}},
    ),
    Row(
        "ADMIN_INDEFINITE",
        "records-named",
        ADMIN,
        {"date_range": None, "raw_text": "Summons. Produce all records regarding the account plainuser."},
        {"raw_text": "Summons. Produce all records regarding the account plainuser, to include name and address."},
    ),
    Row(
        "ADMIN_INDEFINITE",
        "not-limited-to",
        ADMIN,
        {"date_range": None, "raw_text": "Produce any and all information, including but not limited to logs."},
        {"raw_text": "Produce any and all information, including logs."},
    ),
    Row("RETURN_DATE_DEFECT", "before-service", NEUTRAL, {"return_by": _at(-1)}, {"return_by": _at(31)}),
    Row("RETURN_DATE_DEFECT", "under-10-days", NEUTRAL, {"return_by": _at(5)}, {"return_by": _at(12)}),
    Row("IRS_7609_NOTICE_GAP", "15-days", ADMIN, {"return_by": _at(15)}, {"return_by": _at(30)}),
    Row(
        "IRS_7609_NOTICE_GAP",
        "not-irs",
        ADMIN,
        {"return_by": _at(15)},
        {
            "statute": "21 U.S.C. § 876",
            "requester__name": "DEA",
            "requester__email": "x@dea.gov",
            "requester__signer_title": "Special Agent in Charge",
            "stated_purpose": "Investigation of the distribution of controlled substances",
        },
    ),
    # --- National Security Letters ---
    Row(
        "NSL_CONTENT_OR_BEYOND_4",
        "non-content",
        NSL,
        {"data_categories": ["BASIC_SUBSCRIBER", "NON_CONTENT_RECORDS"]},
        {"data_categories": ["BASIC_SUBSCRIBER"]},
    ),
    Row(
        "NSL_NO_SELECTOR",
        "no-account",
        NSL,
        {"targets": ["all users who follow @plainuser"]},
        {"targets": ["plainuser"]},
    ),
    Row("NSL_NO_SELECTOR", "empty", NSL, {"targets": []}, {"targets": ["1001"]}),
    Row(
        "NSL_ISSUER_RANK",
        "supervisory-agent",
        NSL,
        {"requester__signer_title": "Supervisory Special Agent"},
        {"requester__signer_title": "Special Agent in Charge"},
    ),
    Row(
        "NSL_ISSUER_RANK",
        "assistant-sac",
        NSL,
        {"requester__signer_title": "Assistant Special Agent in Charge"},
        {"requester__signer_title": "Deputy Assistant Director"},
    ),
    Row(
        "NSL_ISSUER_RANK",
        "program-director",
        NSL,
        {"requester__signer_title": "Program Director"},
        {"requester__signer_title": "Director"},
    ),
    Row(
        "NSL_ISSUER_RANK",
        "not-the-fbi",
        NSL,
        {"requester__name": "Drug Enforcement Administration", "requester__email": "x@dea.gov"},
        {"requester__name": "Federal Bureau of Investigation", "requester__email": "x@fbi.gov"},
    ),
    Row(
        "NSL_ISSUER_RANK",
        "unidentified-issuer",
        NSL,
        {"requester__name": "Office of Special Inquiries", "requester__email": "x@osi.example.gov"},
        {"requester__email": "x@fbi.gov"},
    ),
    Row(
        "NSL_NDO_REVIEW",
        "gag",
        NSL,
        {"nondisclosure": {"present": True, "kind": "NSL_CERTIFICATION", "expires_at": None}},
        {"nondisclosure": {"present": True, "kind": "NSL_CERTIFICATION", "expires_at": _at(-1)}},
    ),
    # --- First Amendment ---
    Row("ANON_UNMASK_CIVIL", "anonymous", CIVIL, {"targets": ["anon_gardener"]}, {"targets": ["plainuser"]}),
    Row(
        "ANON_UNMASK_NONPARTY",
        "witness",
        CIVIL,
        {"targets": ["anon_gardener"], "raw_text": "Subpoena to produce documents in Acme Corp. v. Garden Supply Inc."},
        {"raw_text": "Subpoena to produce documents in Acme Corp. v. John Doe, Does 1-10."},
    ),
    Row("ANON_UNMASK_NONPARTY", "named-account", CIVIL, {"targets": ["anon_gardener"]}, {"targets": ["plainuser"]}),
    Row("ANON_POLITICAL_GOV", "grand-jury", NEUTRAL, {"targets": ["ALT_USCIS"]}, {"targets": ["anon_gardener"]}),
    Row(
        "ANON_POLITICAL_GOV",
        "civil-is-not-government",
        CIVIL,
        {"process_type": "SUBPOENA_GRAND_JURY", "requester": NEUTRAL["requester"], "targets": ["ALT_USCIS"]},
        {"process_type": "SUBPOENA_CIVIL", "requester": CIVIL["requester"]},
    ),
    Row(
        "ANON_RETALIATION_SIGNAL",
        "parent-department",
        NEUTRAL,
        {"targets": ["IRS_Critic"], "requester__name": "Internal Revenue Service", "requester__email": "x@irs.gov"},
        {"requester__name": "Federal Bureau of Investigation", "requester__email": "x@fbi.gov"},
    ),
    # --- civil, DMCA, foreign ---
    Row(
        "CIVIL_CONTENT_BAR",
        "stored-content",
        CIVIL,
        {"data_categories": ["STORED_CONTENT"]},
        {"data_categories": ["PUBLIC_CONTENT"]},
    ),
    Row(
        "CIVIL_CONTENT_BAR",
        "government-warrant",
        CIVIL,
        {"data_categories": ["STORED_CONTENT"]},
        {"process_type": "SEARCH_WARRANT", "requester": NEUTRAL["requester"]},
    ),
    Row(
        "CIVIL_PUBLIC_CONTENT",
        "public",
        CIVIL,
        {"data_categories": ["PUBLIC_CONTENT"]},
        {"data_categories": ["BASIC_SUBSCRIBER"]},
    ),
    Row(
        "RULE45_DEFECT",
        "no-pending-case",
        CIVIL,
        {"case_number": None, "issuing_court": None},
        {"case_number": "3:17-cv-01916"},
    ),
    Row(
        "RULE45_DEFECT",
        "case-number-in-text",
        CIVIL,
        {"case_number": None, "issuing_court": None},
        {"raw_text": "SUBPOENA TO PRODUCE DOCUMENTS. Civil Action No. 3:17-cv-01916."},
    ),
    Row("RULE45_DEFECT", "12-days", CIVIL, {"return_by": _at(12)}, {"return_by": _at(20)}),
    Row(
        "DMCA512H_INCOMPLETE",
        "no-declaration",
        DMCA,
        {"raw_text": DMCA_COMPLETE.replace("sworn declaration", "letter")},
        {"raw_text": DMCA_COMPLETE},
    ),
    Row("DMCA512H_INCOMPLETE", "no-text", DMCA, {"raw_text": None}, {"raw_text": DMCA_COMPLETE}),
    Row(
        "DMCA512H_INCOMPLETE",
        "no-clerk",
        DMCA,
        {"raw_text": DMCA_COMPLETE.replace("issued by the Clerk of the United States District Court", "issued")},
        {"issuing_court": "U.S. District Court for the Northern District of California"},
    ),
    Row(
        "FOREIGN_CONTENT_NO_AGREEMENT",
        "mlat",
        FOREIGN,
        {"data_categories": ["STORED_CONTENT"]},
        {"mechanism": "CLOUD_ACT_AGREEMENT"},
    ),
    Row(
        "FOREIGN_CONTENT_NO_AGREEMENT",
        "country-without-agreement",
        FOREIGN,
        {"data_categories": ["STORED_CONTENT"], "mechanism": "CLOUD_ACT_AGREEMENT", "requester__country": "FR"},
        {"requester__country": "GB"},
    ),
    Row(
        "FOREIGN_CONTENT_NO_AGREEMENT",
        "before-entry-into-force",
        FOREIGN,
        {
            "data_categories": ["STORED_CONTENT"],
            "mechanism": "CLOUD_ACT_AGREEMENT",
            "served_at": "2021-05-02T13:00:00+00:00",
        },
        {"served_at": FOREIGN_AT.isoformat()},
    ),
    Row(
        "FOREIGN_CLOUD_ORDER",
        "uk",
        FOREIGN,
        {"mechanism": "CLOUD_ACT_AGREEMENT", "data_categories": ["STORED_CONTENT"]},
        {"requester__country": "FR"},
    ),
    Row(
        "FOREIGN_CLOUD_ORDER",
        "australia-in-force",
        FOREIGN,
        {"mechanism": "CLOUD_ACT_AGREEMENT", "requester__country": "AU", "served_at": "2024-06-03T01:00:00+00:00"},
        {"served_at": "2023-06-03T01:00:00+00:00"},
    ),
    Row(
        "FOREIGN_NONCONTENT",
        "bsi",
        FOREIGN,
        {"data_categories": ["BASIC_SUBSCRIBER"]},
        {"data_categories": ["STORED_CONTENT"]},
    ),
    # --- emergencies, authenticity, facial validity ---
    Row(
        "EDR_UNVERIFIED",
        "not-called-back",
        EMERGENCY,
        {"emergency__verified_out_of_band": False},
        {"emergency__verified_out_of_band": True},
    ),
    Row(
        "EDR_THIN_FACTS",
        "no-danger",
        EMERGENCY,
        {"emergency__narrative": "Urgent: we need this account's data now."},
        {"emergency__narrative": "The account holder says he will kill his roommate tonight."},
    ),
    Row(
        "EDR_THIN_FACTS",
        "statute-words-only",
        EMERGENCY,
        {"emergency__narrative": "An emergency involving danger of death or serious physical injury exists."},
        {
            "emergency__narrative": "An emergency involving danger of death or serious physical injury exists: a "
            "14-year-old was abducted from her school an hour ago."
        },
    ),
    Row(
        "EDR_POST_NOTICE",
        "confirmed",
        EMERGENCY,
        {"emergency__verified_out_of_band": True},
        {"emergency__verified_out_of_band": False},
    ),
    Row(
        "REQUESTER_UNVERIFIED",
        "unauthenticated",
        NEUTRAL,
        {"requester__verified": False},
        {"requester__verified": True},
    ),
    Row("TARGET_NOT_PARTICULAR", "everyone", NEUTRAL, {"targets": ["everyone"]}, {"targets": ["plainuser"]}),
    Row("TARGET_NOT_FOUND", "no-such-account", NEUTRAL, {"targets": ["nobody_here"]}, {"targets": ["plainuser"]}),
    Row(
        "TARGET_NOT_FOUND",
        "directory-unknown",
        NEUTRAL,
        {"targets": ["nobody_here"]},
        {},
        quiet_kwargs={"accounts": AccountDirectory.unknown()},
    ),
    Row(
        "OVERBROAD_TIME_RANGE",
        "no-range",
        NEUTRAL,
        {"process_type": "SEARCH_WARRANT", "data_categories": ["STORED_CONTENT"], "date_range": None},
        {"date_range": {"start": "2017-01-01", "end": "2017-03-01"}},
    ),
    Row(
        "OVERBROAD_TIME_RANGE",
        "two-years",
        NEUTRAL,
        {
            "process_type": "COURT_ORDER_2703D",
            "data_categories": ["NON_CONTENT_RECORDS"],
            "date_range": {"start": "2015-01-01", "end": "2017-03-01"},
        },
        {"date_range": {"start": "2016-06-01", "end": "2017-03-01"}},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "same-text",
        NEUTRAL,
        {"raw_text": EARLIER_TEXT, "case_number": None},
        {"raw_text": EARLIER_TEXT.replace("April 14", "April 28")},
        kwargs={"earlier_cases": _earlier(raw_text=EARLIER_TEXT, case_number=None)},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "same-text-retyped",
        NEUTRAL,
        {"raw_text": EARLIER_TEXT.upper().replace(". ", ".\n\n")},
        {},
        kwargs={"earlier_cases": _earlier(raw_text=EARLIER_TEXT, case_number=None)},
        quiet_kwargs={"earlier_cases": ()},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "same-case-number",
        NEUTRAL,
        {},
        {"case_number": "GJ 17-0099"},
        kwargs={"earlier_cases": _earlier()},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "same-case-number-other-target",
        NEUTRAL,
        {},
        {"targets": ["ALT_USCIS"]},
        kwargs={"earlier_cases": _earlier()},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "same-case-number-other-requester",
        NEUTRAL,
        {},
        {"requester__name": "Drug Enforcement Administration", "requester__email": "x@dea.gov"},
        kwargs={"earlier_cases": _earlier()},
    ),
    Row(
        "DUPLICATE_REQUEST",
        "received-later",
        NEUTRAL,
        {},
        {},
        kwargs={"earlier_cases": _earlier()},
        quiet_kwargs={"received_at": datetime(2017, 2, 1, tzinfo=UTC)},
    ),
    Row(
        "NEEDS_TRIAGE", "unknown-process", NEUTRAL, {"process_type": "UNKNOWN"}, {"process_type": "SUBPOENA_GRAND_JURY"}
    ),
    Row("NEEDS_TRIAGE", "no-categories", NEUTRAL, {"data_categories": []}, {"data_categories": ["BASIC_SUBSCRIBER"]}),
    Row(
        "NEEDS_TRIAGE",
        "preservation-needs-no-categories",
        PRESERVATION,
        {"process_type": "SUBPOENA_GRAND_JURY", "data_categories": []},
        {"process_type": "PRESERVATION_REQUEST"},
    ),
    Row(
        "NEEDS_TRIAGE",
        "nothing-to-confirm",
        NEUTRAL,
        {"targets": [], "raw_text": None},
        {"raw_text": "Grand jury subpoena for the subscriber records of the account @plainuser."},
    ),
    Row("NOTICE_REQUIRED", "no-gag", NEUTRAL, {}, {"nondisclosure": _court_order(_at(60))}),
    Row(
        "NOTICE_REQUIRED",
        "emergency",
        EMERGENCY,
        {"process_type": "SUBPOENA_GRAND_JURY", "emergency": None, "return_by": _at(31)},
        {"process_type": "EMERGENCY_REQUEST", "emergency": EMERGENCY["emergency"]},
    ),
)


# --- running a row ---------------------------------------------------------------------------------


def _review(data: dict[str, Any], kwargs: dict[str, Any], book) -> Review:
    """Assess at NOW (received at RECEIVED); a foreign request at its own service time."""
    arguments: dict[str, Any] = {
        "accounts": AccountDirectory.from_entries(ACCOUNTS),
        "now": NOW,
        "received_at": RECEIVED,
        "rule_book": book,
    }
    if data["process_type"] == "FOREIGN_REQUEST":
        arguments["now"] = arguments["received_at"] = datetime.fromisoformat(data["served_at"])
    arguments.update(kwargs)
    return assess(LegalProcessCase.model_validate(data), **arguments)


def _fire_case(row: Row) -> dict[str, Any]:
    return with_changes(row.base, row.fire)


def _quiet_case(row: Row) -> dict[str, Any]:
    return with_changes(_fire_case(row), row.quiet)


_RANK = {disposition: index for index, disposition in enumerate(DISPOSITION_PRECEDENCE)}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_code_fires(row: Row, book):
    review = _review(_fire_case(row), row.kwargs, book)

    assert row.code in codes(review), [f.code for f in review.findings]
    spec = book.rule(row.code)
    finding = next(f for f in review.findings if f.code == row.code)
    assert finding.severity is spec.severity
    assert finding.citation.startswith(spec.citation)
    assert finding.explanation.strip()
    # The review's disposition is at least as strong as what the finding implies.
    if spec.implies == BLOCK_RULE:
        assert _RANK[review.disposition] <= _RANK[Disposition.COMPLY_NARROWED]
    elif spec.implies is not None:
        assert _RANK[review.disposition] <= _RANK[Disposition(spec.implies)]


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_code_is_suppressed_by_its_one_fact(row: Row, book):
    kwargs = row.kwargs if row.quiet_kwargs is None else {**row.kwargs, **row.quiet_kwargs}
    review = _review(_quiet_case(row), kwargs, book)

    assert row.code not in codes(review), [f.code for f in review.findings]


# --- nothing forgotten -------------------------------------------------------------------------------


def test_the_table_covers_exactly_the_catalogue(book):
    assert {row.code for row in ROWS} == set(book.rules)


def test_row_ids_are_unique():
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


def test_every_catalogue_code_is_emitted_by_a_rule(book):
    from services.review.domain import rules as rules_module

    source = "".join(path.read_text(encoding="utf-8") for path in Path(rules_module.__file__).parent.glob("*.py"))
    emitted = set(re.findall(r'Hit\(\s*"([A-Z0-9_]+)"', source)) | {r.code for r in book.sca_requirements}
    assert emitted == set(book.rules)


def test_the_catalogue_is_exactly_the_rule_table_of_docs_domain_md(book):
    text = (domain_doc.ROOT / domain_doc.DOC).read_text(encoding="utf-8")
    documented = [row["code"].strip("`") for row in domain_doc.table_rows(domain_doc.blocks_in(text)["rules"])]
    assert documented, "no rule table found in docs/domain.md"
    assert len(documented) == len(set(documented))
    assert set(documented) == set(book.rules)

"""First Amendment rows: anonymous political speakers, retaliation, civil unmasking."""

from __future__ import annotations

import pytest
from review_support import DMCA_COMPLETE, codes

from services.review.domain import AccountDirectory
from shared.vocabulary import Disposition, EscalationTier, Severity

# --- ANON_POLITICAL_GOV ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {},  # FBI grand jury
        {"process_type": "SEARCH_WARRANT"},
        {
            "requester__kind": "STATE_LOCAL",
            "requester__name": "Springfield Police Department",
            "requester__email": "det@springfield.gov",
        },
        {
            "process_type": "FOREIGN_REQUEST",
            "requester__kind": "FOREIGN_GOVERNMENT",
            "requester__name": "Ministry of Interior",
            "requester__country": "TR",
        },
    ],
)
def test_any_government_process_against_an_anonymous_political_account(neutral_case, run, changes):
    review = run(neutral_case(targets=["ALT_USCIS"], **changes))

    finding = next(f for f in review.findings if f.code == "ANON_POLITICAL_GOV")
    assert finding.severity is Severity.BLOCK
    assert "@ALT_USCIS" in finding.explanation and "political" in finding.explanation
    assert review.disposition is Disposition.CHALLENGE
    assert review.escalation_tier is EscalationTier.LITIGATION


@pytest.mark.parametrize("target", ["anon_gardener", "IRS_Critic", "plainuser"])
def test_not_anonymous_and_political_no_finding(neutral_case, run, target):
    assert "ANON_POLITICAL_GOV" not in codes(run(neutral_case(targets=[target])))


def test_private_civil_subpoena_is_not_government_process(neutral_case, run):
    review = run(
        neutral_case(
            process_type="SUBPOENA_CIVIL",
            targets=["ALT_USCIS"],
            requester={
                "name": "Smith & Jones LLP",
                "kind": "PRIVATE_PARTY",
                "email": "a@smithjones.example",
                "verified": True,
            },
        )
    )
    assert "ANON_POLITICAL_GOV" not in codes(review)
    assert "ANON_UNMASK_CIVIL" in codes(review)


def test_political_tag_is_matched_case_insensitively(neutral_case, run):
    directory = AccountDirectory.from_entries([{"handle": "Dissent", "anonymous": True, "tags": ["Political"]}])
    assert "ANON_POLITICAL_GOV" in codes(run(neutral_case(targets=["dissent"]), accounts=directory))


# --- ANON_RETALIATION_SIGNAL ---------------------------------------------------------------


def test_retaliation_through_the_parent_department(seed_case, run):
    review = run(seed_case(targets=["ALT_USCIS"]))  # criticises DHS; CBP's parent is DHS

    finding = next(f for f in review.findings if f.code == "ANON_RETALIATION_SIGNAL")
    assert finding.severity is Severity.BLOCK
    assert review.escalation_tier is EscalationTier.LITIGATION


@pytest.mark.parametrize(
    "name",
    [
        "CBP",
        "Customs and Border Protection",
        "U.S. Customs and Border Protection",
        "United States Customs and Border Protection",
        "CBP Office of Professional Responsibility",
    ],
)
def test_issuer_recognised_by_any_alias(seed_case, run, name):
    assert "ANON_RETALIATION_SIGNAL" in codes(run(seed_case(requester__name=name)))


def test_issuer_recognised_by_domain_when_its_name_is_not(seed_case, run):
    review = run(seed_case(requester__name="Office of Field Operations", requester__email="x@cbp.dhs.gov"))
    assert "ANON_RETALIATION_SIGNAL" in codes(review)


def test_criticising_the_issuer_itself(neutral_case, run):
    directory = AccountDirectory.from_entries(
        [{"handle": "cbp_watch", "criticizes": ["Customs and Border Protection"]}]
    )
    review = run(
        neutral_case(targets=["cbp_watch"], requester__name="CBP", requester__email="x@cbp.gov"), accounts=directory
    )
    assert "ANON_RETALIATION_SIGNAL" in codes(review)


def test_treasury_critic_and_an_irs_summons(neutral_case, run):
    review = run(
        neutral_case(targets=["IRS_Critic"], requester__name="Internal Revenue Service", requester__email="x@irs.gov")
    )
    finding = next(f for f in review.findings if f.code == "ANON_RETALIATION_SIGNAL")
    assert "Treasury" in finding.explanation
    assert review.disposition is Disposition.CHALLENGE


@pytest.mark.parametrize(
    ("requester", "email"),
    [
        ("Federal Bureau of Investigation", "x@fbi.gov"),  # DOJ, not DHS
        ("U.S. Citizenship and Immigration Services", "x@uscis.dhs.gov"),  # a DHS sibling of CBP
    ],
)
def test_sibling_or_unrelated_agency_is_no_signal(neutral_case, run, requester, email):
    directory = AccountDirectory.from_entries([{"handle": "critic", "criticizes": ["CBP"]}])
    review = run(
        neutral_case(targets=["critic"], requester__name=requester, requester__email=email), accounts=directory
    )
    assert "ANON_RETALIATION_SIGNAL" not in codes(review)


def test_criticising_a_component_does_not_implicate_the_parent(neutral_case, run):
    directory = AccountDirectory.from_entries([{"handle": "critic", "criticizes": ["CBP"]}])
    review = run(
        neutral_case(
            targets=["critic"], requester__name="Department of Homeland Security", requester__email="x@dhs.gov"
        ),
        accounts=directory,
    )
    assert "ANON_RETALIATION_SIGNAL" not in codes(review)


def test_private_party_is_no_issuing_agency(neutral_case, run):
    directory = AccountDirectory.from_entries([{"handle": "critic", "criticizes": ["Treasury"]}])
    review = run(
        neutral_case(
            targets=["critic"],
            process_type="SUBPOENA_CIVIL",
            requester={"name": "Treasury", "kind": "PRIVATE_PARTY", "verified": True},
        ),
        accounts=directory,
    )
    assert "ANON_RETALIATION_SIGNAL" not in codes(review)


# --- ANON_UNMASK_CIVIL ----------------------------------------------------------------------


def test_civil_unmasking_of_an_anonymous_account_holds(neutral_case, run):
    review = run(
        neutral_case(
            process_type="SUBPOENA_DMCA_512H",
            targets=["anon_gardener"],
            requester={"name": "Rights Holder LLC", "kind": "PRIVATE_PARTY", "verified": True},
            raw_text=DMCA_COMPLETE,
        )
    )

    assert {"ANON_UNMASK_CIVIL", "SCA_BSI_SUBPOENA_OK", "NOTICE_REQUIRED"} <= codes(review)
    assert review.disposition is Disposition.HOLD


def test_civil_process_for_a_named_account_is_no_unmasking(neutral_case, run):
    review = run(
        neutral_case(
            process_type="SUBPOENA_CIVIL",
            targets=["plainuser"],
            requester={"name": "Rights Holder LLC", "kind": "PRIVATE_PARTY", "verified": True},
        )
    )
    assert "ANON_UNMASK_CIVIL" not in codes(review)

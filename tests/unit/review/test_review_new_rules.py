"""Details of the rules added in rule set 2025.2 beyond fire/quiet (see test_review_codes_table):
duplicates and EarlierCase, CLOUD Act agreements and NSL data, emergencies, civil, DMCA, IRS."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from review_support import DMCA_COMPLETE, NOW, RECEIVED, codes

from services.review.domain import AccountDirectory, EarlierCase, assess, document_fingerprint, load_rule_book
from services.review.domain.history import message_id_of
from services.review.domain.rulebook import parse_rule_book
from shared.contracts import LegalProcessCase
from shared.vocabulary import DataCategory, Disposition, EscalationTier, UserNoticeAction

REPO = Path(__file__).resolve().parents[3]

# --- DUPLICATE_REQUEST and EarlierCase ------------------------------------------------------------

TEXT = "GRAND JURY SUBPOENA. Produce the subscriber information of the account @plainuser by April 14, 2017."


def _earlier(case_id: str, case: LegalProcessCase, days_before: int) -> EarlierCase:
    return EarlierCase.from_case(case_id, case, received_at=RECEIVED - timedelta(days=days_before))


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert document_fingerprint(TEXT) == document_fingerprint(TEXT.upper().replace(" ", "\n  "))
    assert document_fingerprint(TEXT) == document_fingerprint(TEXT.replace(".", ""))
    assert document_fingerprint(TEXT) != document_fingerprint(TEXT.replace("April 14", "April 15"))
    assert document_fingerprint(None) is None and document_fingerprint(" \n ") is None


def test_message_id_is_read_only_from_a_header_line():
    assert message_id_of("From: a@b.gov\nMessage-ID: <X1@mail.gov>\n\nbody") == "<x1@mail.gov>"
    assert message_id_of("please quote Message-ID: <X1@mail.gov> in replies") is None


def test_duplicate_names_the_first_case_and_changes_nothing_else(neutral_case, run, directory, book):
    case = neutral_case(raw_text=TEXT, case_number=None)
    earlier = [_earlier("case-B", case, 2), _earlier("case-A", case, 9)]
    plain = run(case)
    review = assess(case, accounts=directory, rule_book=book, now=NOW, received_at=RECEIVED, earlier_cases=earlier)

    finding = next(f for f in review.findings if f.code == "DUPLICATE_REQUEST")
    assert "case-A" in finding.explanation and "same document text" in finding.explanation
    assert "1 more earlier copy" in finding.explanation
    assert (review.disposition, review.escalation_tier, review.user_notice) == (
        plain.disposition,
        plain.escalation_tier,
        plain.user_notice,
    )


def test_a_short_text_is_no_fingerprint(neutral_case, directory, book):
    case = neutral_case(raw_text="Subpoena.", case_number=None)
    review = assess(
        case,
        accounts=directory,
        rule_book=book,
        now=NOW,
        received_at=RECEIVED,
        earlier_cases=[_earlier("case-A", case, 3)],
    )
    assert "DUPLICATE_REQUEST" not in codes(review)


def test_same_message_id(neutral_case, directory, book):
    first = neutral_case(raw_text="Message-ID: <77@fbi.gov>\n\nsubpoena one", case_number=None)
    again = neutral_case(raw_text="Message-ID: <77@fbi.gov>\n\nsubpoena one, forwarded", case_number=None)
    review = assess(
        again,
        accounts=directory,
        rule_book=book,
        now=NOW,
        received_at=RECEIVED,
        earlier_cases=[_earlier("case-A", first, 1)],
    )
    finding = next(f for f in review.findings if f.code == "DUPLICATE_REQUEST")
    assert "<77@fbi.gov>" in finding.explanation


def test_case_number_matches_through_agency_aliases(neutral_case, directory, book):
    first = neutral_case(requester__name="FBI")
    again = neutral_case(case_number="gj-17-0042")
    review = assess(
        again,
        accounts=directory,
        rule_book=book,
        now=NOW,
        received_at=RECEIVED,
        earlier_cases=[_earlier("case-A", first, 1)],
    )
    assert "DUPLICATE_REQUEST" in codes(review)


def test_earlier_cases_must_be_earlier_case_items(neutral_case, directory, book):
    with pytest.raises(TypeError, match="EarlierCase"):
        assess(neutral_case(), accounts=directory, rule_book=book, now=NOW, earlier_cases=[{"case_id": "x"}])


def test_earlier_case_accepts_a_uuid_and_needs_an_aware_time(neutral_case):
    import uuid

    from pydantic import ValidationError

    case_id = uuid.uuid4()
    assert EarlierCase.from_case(case_id, neutral_case(), received_at=RECEIVED).case_id == str(case_id)
    with pytest.raises(ValidationError):
        EarlierCase(case_id="x", received_at=datetime(2017, 3, 1))


# --- CLOUD Act agreements, NSL data ----------------------------------------------------------------


def test_cloud_act_agreements_are_data(book):
    by_id = {a.id: a for a in book.cloud_act_agreements}
    assert set(by_id) == {"US_UK_2019", "US_AU_2021"}
    assert by_id["US_UK_2019"].in_force_from == date(2022, 10, 3) and by_id["US_UK_2019"].confirmed
    assert by_id["US_AU_2021"].in_force_from == date(2024, 1, 31) and not by_id["US_AU_2021"].confirmed
    assert book.cloud_act_agreement("UK", on=date(2023, 1, 1)).id == "US_UK_2019"
    assert book.cloud_act_agreement("gb", on=date(2022, 10, 2)) is None
    assert book.cloud_act_agreement("AU", on=date(2023, 12, 31)) is None
    assert book.cloud_act_agreement("FR", on=date(2025, 1, 1)) is None
    assert book.cloud_act_agreement(None, on=date(2025, 1, 1)) is None


def test_nsl_four_categories_are_data(book):
    nsl = book.national_security_letter
    assert nsl.fields == ("name", "address", "length of service", "toll billing records")
    assert nsl.categories == frozenset({DataCategory.BASIC_SUBSCRIBER})
    assert nsl.issuers == ("FBI",)
    assert not hasattr(book.policy, "nsl_allowed_categories")


def test_cloud_order_without_a_country_asks_for_it(neutral_case, run):
    at = datetime(2023, 5, 2, 13, 0, tzinfo=UTC)
    review = run(
        neutral_case(
            process_type="FOREIGN_REQUEST",
            mechanism="CLOUD_ACT_AGREEMENT",
            requester={"name": "Some Police", "kind": "FOREIGN_GOVERNMENT", "verified": True},
            data_categories=["STORED_CONTENT"],
            served_at=at.isoformat(),
            return_by=(at + timedelta(days=30)).isoformat(),
        ),
        now=at,
        received_at=at,
    )
    assert "FOREIGN_CONTENT_NO_AGREEMENT" in codes(review) and "FOREIGN_CLOUD_ORDER" not in codes(review)
    assert "requesting country (which CLOUD Act agreement)" in review.missing_facts
    assert review.disposition is Disposition.REFER_MLAT


def test_nsl_without_a_signer_title_asks_for_it(neutral_case, run):
    review = run(neutral_case(process_type="NATIONAL_SECURITY_LETTER", requester__signer_title=None))
    assert "NSL_ISSUER_RANK" not in codes(review)
    assert "signer's title" in review.missing_facts


def test_rule_book_rejects_bad_nsl_and_agreement_data():
    from importlib import resources

    import yaml

    from services.review.domain.rulebook import DATA_PACKAGE, DATA_PACKAGES

    docs = {
        name.removesuffix(".yaml"): yaml.safe_load(
            resources.files(DATA_PACKAGES.get(name, DATA_PACKAGE)).joinpath(name).read_text(encoding="utf-8")
        )
        for name in ("agencies.yaml", "statutes.yaml", "policy.yaml", "rules.yaml", "agreements.yaml")
    }
    bad_issuer = {
        **docs["statutes"],
        "national_security_letter": {**docs["statutes"]["national_security_letter"], "issuers": ["NOPE"]},
    }
    with pytest.raises(ValueError, match="unknown issuer"):
        parse_rule_book(**{**docs, "statutes": bad_issuer})
    twice = {"cloud_act_agreements": docs["agreements"]["cloud_act_agreements"] * 2}
    with pytest.raises(ValueError, match="listed twice"):
        parse_rule_book(**{**docs, "agreements": twice})


# --- emergencies ----------------------------------------------------------------------------------


def test_confirmed_emergency_notifies_after_the_emergency(neutral_case, run, book):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            return_by=None,
            emergency={"narrative": "He said he will kill himself tonight.", "verified_out_of_band": True},
        )
    )

    assert "EDR_POST_NOTICE" in codes(review) and "NOTICE_REQUIRED" not in codes(review)
    assert review.user_notice.action is UserNoticeAction.NOTIFY_AFTER
    assert review.user_notice.not_before == RECEIVED + timedelta(days=book.policy.emergency_notice_delay_days)
    assert review.escalation_tier is EscalationTier.LEGAL_OPS


def test_thin_emergency_asks_for_the_facts(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            return_by=None,
            emergency={"narrative": "Exigent circumstances.", "verified_out_of_band": True},
        )
    )
    assert "EDR_THIN_FACTS" in codes(review)
    assert review.disposition is Disposition.REQUEST_INFO


def test_the_whole_document_does_not_count_as_the_emergency_narrative(neutral_case, run):
    review = run(
        neutral_case(
            process_type="EMERGENCY_REQUEST",
            return_by=None,
            raw_text="Form EDR-1. Disclosure is sought because someone could be killed.",
            emergency={"narrative": "Please expedite.", "verified_out_of_band": True},
        )
    )
    assert "EDR_THIN_FACTS" in codes(review)


# --- civil, DMCA, IRS -------------------------------------------------------------------------------


def _civil(neutral_case, **changes):
    base = {
        "process_type": "SUBPOENA_CIVIL",
        "requester": {"name": "Smith & Jones LLP", "kind": "PRIVATE_PARTY", "verified": True},
        "case_number": "3:17-cv-01916",
    }
    base.update(changes)
    return neutral_case(**base)


def test_civil_content_bar_narrows_to_what_is_left(neutral_case, run):
    review = run(_civil(neutral_case, data_categories=["BASIC_SUBSCRIBER", "STORED_CONTENT", "PUBLIC_CONTENT"]))

    assert {"CIVIL_CONTENT_BAR", "CIVIL_PUBLIC_CONTENT"} <= codes(review)
    assert review.disposition is Disposition.COMPLY_NARROWED


def test_civil_anonymous_doe_defendant_is_a_party(neutral_case, run):
    review = run(
        _civil(
            neutral_case,
            targets=["anon_gardener"],
            raw_text="Acme Corp. v. Doe Defendants 1-5: subpoena to non-party Platform, Inc.",
        )
    )
    assert "ANON_UNMASK_CIVIL" in codes(review)
    assert "ANON_UNMASK_NONPARTY" not in codes(review)
    assert review.disposition is Disposition.HOLD


def test_rule45_names_the_objection_deadline(neutral_case, run):
    review = run(_civil(neutral_case, case_number=None, return_by="2017-03-20T10:00:00-04:00"))

    finding = next(f for f in review.findings if f.code == "RULE45_DEFECT")
    assert "no pending case" in finding.explanation and "6 days" in finding.explanation
    assert "2017-03-20T10:00" in finding.explanation  # the return date is earlier than service + 14 days
    assert "RETURN_DATE_DEFECT" in codes(review)


def test_dmca_subpoena_is_not_a_rule45_case(neutral_case, run):
    review = run(_civil(neutral_case, process_type="SUBPOENA_DMCA_512H", case_number=None, raw_text=DMCA_COMPLETE))
    assert not codes(review) & {"RULE45_DEFECT", "DMCA512H_INCOMPLETE"}
    assert review.disposition is Disposition.COMPLY


def test_irs_notice_gap_cites_the_summons_statute(neutral_case, run):
    review = run(
        neutral_case(
            process_type="SUBPOENA_ADMINISTRATIVE",
            statute="26 U.S.C. § 7602",
            requester__name="Internal Revenue Service",
            requester__email="a@irs.gov",
            requester__signer_title="Revenue Agent",
            stated_purpose="Determine tax liability",
            return_by="2017-03-24T10:00:00-04:00",
        )
    )
    finding = next(f for f in review.findings if f.code == "IRS_7609_NOTICE_GAP")
    assert "10 days" in finding.explanation and "23 days" in finding.explanation
    assert "26 U.S.C. § 7602(a), (b)" in finding.citation
    assert review.disposition is Disposition.REQUEST_INFO


# --- the demo seed stays exactly docs/domain.md's ----------------------------------------------------------


def test_demo_seed_case_gives_domain_md_findings():
    demo = REPO / "deploy" / "demo"
    case = LegalProcessCase.model_validate_json((demo / "alt_uscis_summons.json").read_text(encoding="utf-8"))
    accounts = AccountDirectory.from_entries(json.loads((demo / "accounts.json").read_text(encoding="utf-8")))
    now = datetime.fromisoformat("2017-03-14T15:00:00-04:00")
    review = assess(case, accounts=accounts, rule_book=load_rule_book(), now=now, received_at=now)

    # "all records ... to include user names, ..." names the records sought: no ADMIN_INDEFINITE.
    assert codes(review) == {
        "SCA_BSI_SUBPOENA_OK",
        "ADMIN_PURPOSE_OUT_OF_SCOPE",
        "ANON_POLITICAL_GOV",
        "ANON_RETALIATION_SIGNAL",
        "RETURN_DATE_DEFECT",
        "NOTICE_REQUIRED",
    }
    assert review.disposition is Disposition.CHALLENGE
    assert review.escalation_tier is EscalationTier.LITIGATION
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW

"""The seed case (docs/domain.md "The seed case, as the engine must see it"): CBP v. @ALT_USCIS."""

from __future__ import annotations

from shared.vocabulary import Disposition, EscalationTier, Severity, UserNoticeAction

# docs/domain.md's expected findings. The purpose finding is one of two codes:
# * no purpose written, but the evident purpose is outside § 1509 (the target is an
#   anonymous political account, nothing in the summons points to a customs purpose):
#   ADMIN_PURPOSE_OUT_OF_SCOPE (policy.yaml evident_purpose_heuristic, the default);
# * no purpose written and none evident: ADMIN_PURPOSE_UNSTATED.
COMMON = {
    "SCA_BSI_SUBPOENA_OK",
    "ANON_POLITICAL_GOV",
    "ANON_RETALIATION_SIGNAL",
    "RETURN_DATE_DEFECT",
    "NOTICE_REQUIRED",
}


def _codes(review):
    return [finding.code for finding in review.findings]


def test_seed_case_gives_exactly_the_expected_findings(seed_case, run):
    review = run(seed_case())

    assert sorted(_codes(review)) == sorted(COMMON | {"ADMIN_PURPOSE_OUT_OF_SCOPE"})
    assert review.disposition is Disposition.CHALLENGE
    assert review.escalation_tier is EscalationTier.LITIGATION
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW
    assert review.user_notice.not_before is None
    assert review.missing_facts == ["stated purpose"]
    assert review.statute == "19 U.S.C. § 1509"
    assert review.rule_set_version


def test_seed_without_the_evident_purpose_heuristic_says_unstated(seed_case, run, book):
    review = run(seed_case(), rule_book=book.with_policy(evident_purpose_heuristic=False))

    assert sorted(_codes(review)) == sorted(COMMON | {"ADMIN_PURPOSE_UNSTATED"})
    assert review.disposition is Disposition.CHALLENGE
    assert review.escalation_tier is EscalationTier.LITIGATION
    assert review.user_notice.action is UserNoticeAction.NOTIFY_NOW


def test_seed_whose_text_points_to_a_customs_purpose_says_unstated(seed_case, run):
    text = "Summons under 19 U.S.C. § 1509 in an inquiry into the importation of counterfeit goods. All records."
    review = run(seed_case(raw_text=text))

    assert sorted(_codes(review)) == sorted(COMMON | {"ADMIN_PURPOSE_UNSTATED"})
    assert review.disposition is Disposition.CHALLENGE


def test_seed_with_a_written_out_of_scope_purpose(seed_case, run):
    review = run(seed_case(stated_purpose="Investigate unauthorized disclosures by a federal employee"))

    assert sorted(_codes(review)) == sorted(COMMON | {"ADMIN_PURPOSE_OUT_OF_SCOPE"})
    assert "stated purpose" not in review.missing_facts
    finding = next(f for f in review.findings if f.code == "ADMIN_PURPOSE_OUT_OF_SCOPE")
    assert "unauthorized disclosures" in finding.explanation
    assert "19 U.S.C. § 1509(a)" in finding.citation


def test_every_seed_finding_carries_citation_and_facts(seed_case, run):
    review = run(seed_case())
    by_code = {f.code: f for f in review.findings}

    for finding in review.findings:
        assert finding.citation.strip()
        assert finding.explanation.strip()
    assert "Carpenter" not in by_code["SCA_BSI_SUBPOENA_OK"].citation
    assert by_code["ANON_POLITICAL_GOV"].severity is Severity.BLOCK
    assert "@ALT_USCIS" in by_code["ANON_POLITICAL_GOV"].explanation
    assert "DHS" in by_code["ANON_RETALIATION_SIGNAL"].explanation
    assert "CBP" in by_code["ANON_RETALIATION_SIGNAL"].explanation
    retdate = by_code["RETURN_DATE_DEFECT"].explanation
    assert "2017-03-13T11:45" in retdate and "2017-03-14T14:02" in retdate and "before" in retdate


def test_seed_output_has_the_assess_shape(seed_case, run):
    dumped = run(seed_case()).model_dump(mode="json")

    assert set(dumped) >= {
        "process_type",
        "statute",
        "requester",
        "targets",
        "data_categories",
        "nondisclosure",
        "findings",
        "disposition",
        "escalation_tier",
        "user_notice",
        "rule_set_version",
    }
    assert dumped["requester"] == {"name": "U.S. Customs and Border Protection", "kind": "FEDERAL", "verified": True}
    assert dumped["targets"] == ["ALT_USCIS"]
    assert dumped["user_notice"] == {"action": "NOTIFY_NOW", "not_before": None}

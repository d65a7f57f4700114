"""Disposition precedence, the block rule, tiers and missing facts, across rules."""

from __future__ import annotations

from review_support import codes

from services.review.domain.decision import Scope, derive_disposition, derive_tier
from services.review.domain.rules import Hit
from shared.vocabulary import DataCategory, Disposition, EscalationTier, ProcessType


def _hits(*codes_: str, blocks: frozenset[DataCategory] = frozenset()) -> list[Hit]:
    return [Hit(code, "x", blocks=blocks) for code in codes_]


def test_strongest_disposition_wins(book):
    scope = Scope(requested=(DataCategory.BASIC_SUBSCRIBER,), blocked=frozenset())
    cases = {
        ("ADMIN_PURPOSE_UNSTATED", "OVERBROAD_TIME_RANGE"): Disposition.COMPLY_NARROWED,
        ("OVERBROAD_TIME_RANGE", "REQUESTER_UNVERIFIED"): Disposition.VERIFY_REQUESTER,
        ("ANON_UNMASK_CIVIL", "REQUESTER_UNVERIFIED"): Disposition.VERIFY_REQUESTER,
        ("TARGET_NOT_PARTICULAR", "ANON_POLITICAL_GOV"): Disposition.CHALLENGE,
        ("FOREIGN_CONTENT_NO_AGREEMENT", "EDR_UNVERIFIED"): Disposition.REFER_MLAT,
        ("SCA_PRESERVE_OK", "ADMIN_PURPOSE_UNSTATED"): Disposition.REQUEST_INFO,
        ("SCA_BSI_SUBPOENA_OK", "NOTICE_REQUIRED", "TARGET_NOT_FOUND"): Disposition.COMPLY,
    }
    for codes_, expected in cases.items():
        got = derive_disposition(_hits(*codes_), book=book, scope=scope, process_type=ProcessType.SUBPOENA_CIVIL)
        assert got is expected, codes_


def test_block_rule_narrows_or_objects(book):
    content = frozenset({DataCategory.STORED_CONTENT})
    hits = _hits("SCA_CONTENT_NEEDS_WARRANT", blocks=content)
    partial = Scope(requested=(DataCategory.BASIC_SUBSCRIBER, DataCategory.STORED_CONTENT), blocked=content)
    nothing = Scope(requested=(DataCategory.STORED_CONTENT,), blocked=content)

    assert (
        derive_disposition(hits, book=book, scope=partial, process_type=ProcessType.SUBPOENA_TRIAL)
        is Disposition.COMPLY_NARROWED
    )
    assert (
        derive_disposition(hits, book=book, scope=nothing, process_type=ProcessType.SUBPOENA_TRIAL)
        is Disposition.OBJECT
    )
    assert partial.supported == (DataCategory.BASIC_SUBSCRIBER,)


def test_no_implication_falls_back_to_the_process_default(book):
    scope = Scope(requested=(), blocked=frozenset())
    assert derive_disposition([], book=book, scope=scope, process_type=ProcessType.SEARCH_WARRANT) is Disposition.COMPLY
    assert (
        derive_disposition([], book=book, scope=scope, process_type=ProcessType.PRESERVATION_REQUEST)
        is Disposition.PRESERVE_ONLY
    )


def test_tiers(book):
    assert derive_tier([], book=book) is EscalationTier.LEGAL_OPS
    assert derive_tier(_hits("NOTICE_REQUIRED", "TARGET_NOT_FOUND"), book=book) is EscalationTier.LEGAL_OPS
    assert derive_tier(_hits("NOTICE_REQUIRED", "RETURN_DATE_DEFECT"), book=book) is EscalationTier.COUNSEL
    assert derive_tier(_hits("TARGET_NOT_PARTICULAR"), book=book) is EscalationTier.COUNSEL
    assert derive_tier(_hits("RETURN_DATE_DEFECT", "ANON_RETALIATION_SIGNAL"), book=book) is EscalationTier.LITIGATION


def test_missing_facts_for_a_sparse_case(neutral_case, run):
    review = run(
        neutral_case(
            process_type="SUBPOENA_ADMINISTRATIVE",
            statute=None,
            served_at=None,
            return_by=None,
            requester__verified=False,
            requester__signer_title=None,
            data_categories=[],
            targets=[],
        )
    )

    assert review.missing_facts == [
        "requester verification",
        "stated purpose",
        "statute the administrative subpoena was issued under",
        "return date",
        "data categories sought",
        "specific account identifier",
    ]
    assert {"ADMIN_PURPOSE_UNSTATED", "REQUESTER_UNVERIFIED", "TARGET_NOT_PARTICULAR"} <= codes(review)
    assert review.disposition is Disposition.OBJECT


def test_a_complete_case_misses_nothing(seed_case, run):
    review = run(seed_case(stated_purpose="Determine liability for unpaid customs duties on imported merchandise"))

    assert review.missing_facts == []
    assert "ADMIN_PURPOSE_OUT_OF_SCOPE" not in codes(review)

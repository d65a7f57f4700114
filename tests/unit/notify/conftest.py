"""Builders for the notify domain's unit tests: a seed-like reviewed case and contacts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from services.notify.domain import AccountContact
from shared.contracts import (
    Finding,
    LegalProcessEscalated,
    LegalProcessReviewed,
    Nondisclosure,
    RequesterSummary,
    Review,
    UserNotice,
)
from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    ProcessType,
    RequesterKind,
    Severity,
    UserNoticeAction,
)

# Tests take these as the ``now`` and ``case_id`` fixtures (never ``from conftest import``:
# other test directories have their own conftest modules).
EDT = timezone(timedelta(hours=-4))
NOW = datetime(2017, 3, 14, 15, 0, tzinfo=EDT)
CASE_ID = uuid.UUID("11111111-2222-4333-8444-555555555555")


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def case_id() -> uuid.UUID:
    return CASE_ID


SEED_FINDINGS = [
    Finding(
        code="SCA_BSI_SUBPOENA_OK",
        severity=Severity.INFO,
        citation="18 U.S.C. § 2703(c)(2)",
        explanation="Basic subscriber information may be sought by subpoena.",
    ),
    Finding(
        code="ADMIN_PURPOSE_UNSTATED",
        severity=Severity.WARN,
        citation="19 U.S.C. § 1509",
        explanation="The summons states no purpose.",
    ),
    Finding(
        code="ANON_POLITICAL_GOV",
        severity=Severity.BLOCK,
        citation="In re Anonymous Online Speakers, 661 F.3d 1168 (9th Cir. 2011)",
        explanation="Government process to unmask an anonymous political speaker.",
    ),
    Finding(
        code="ANON_RETALIATION_SIGNAL",
        severity=Severity.BLOCK,
        citation="Bursey v. United States, 466 F.2d 1059 (9th Cir. 1972)",
        explanation="The target criticises the issuing agency's parent department (DHS).",
    ),
    Finding(
        code="RETURN_DATE_DEFECT",
        severity=Severity.WARN,
        citation="19 C.F.R. § 162.1",
        explanation="The return date is before the date of service.",
    ),
    Finding(
        code="NOTICE_REQUIRED",
        severity=Severity.INFO,
        citation="Platform user-notice policy",
        explanation="No valid NDO: notify the user now.",
    ),
]


@pytest.fixture
def make_reviewed() -> Callable[..., LegalProcessReviewed]:
    def build(
        *,
        targets: list[str] | None = None,
        action: UserNoticeAction = UserNoticeAction.NOTIFY_NOW,
        not_before: datetime | None = None,
        nondisclosure: Nondisclosure | None = None,
        requester_name: str = "U.S. Customs and Border Protection",
        process_type: ProcessType = ProcessType.SUBPOENA_ADMINISTRATIVE,
        statute: str | None = "19 U.S.C. § 1509",
        data_categories: list[DataCategory] | None = None,
        **overrides: Any,
    ) -> LegalProcessReviewed:
        review = Review(
            process_type=process_type,
            statute=statute,
            requester=RequesterSummary(name=requester_name, kind=RequesterKind.FEDERAL, verified=True),
            targets=targets if targets is not None else ["ALT_USCIS", "ROGUE_NASA"],
            data_categories=data_categories or [DataCategory.BASIC_SUBSCRIBER],
            nondisclosure=nondisclosure or Nondisclosure(),
            findings=SEED_FINDINGS,
            disposition=Disposition.CHALLENGE,
            escalation_tier=EscalationTier.LITIGATION,
            user_notice=UserNotice(action=action, not_before=not_before),
            rule_set_version="test-1",
        )
        fields: dict[str, Any] = {
            "received_at": NOW - timedelta(minutes=30),
            "reviewed_at": NOW - timedelta(minutes=1),
            "review": review,
            "case_number": "CBP-2017-0042",
            "issuing_court": None,
            "served_at": datetime(2017, 3, 14, 14, 2, tzinfo=EDT),
            "return_by": datetime(2017, 3, 13, 11, 45, tzinfo=EDT),
        }
        fields.update(overrides)
        return LegalProcessReviewed(**fields)

    return build


@pytest.fixture
def contacts() -> dict[str, AccountContact]:
    directory = [
        {
            "handle": "ALT_USCIS",
            "contact_email": "alt.uscis@example.org",
            "anonymous": True,
            "tags": ["political"],
            "criticizes": ["DHS", "USCIS"],
            "counsel": {"name": "Esha Bhandari", "email": "counsel@aclu.example.org", "organization": "ACLU"},
        },
        {"handle": "ROGUE_NASA", "contact_email": "rogue.nasa@example.org", "anonymous": True},
    ]
    return {entry["handle"]: AccountContact.model_validate(entry) for entry in directory}


@pytest.fixture
def escalated() -> LegalProcessEscalated:
    return LegalProcessEscalated(
        tier=EscalationTier.LITIGATION,
        reason="Findings imply litigation: ANON_POLITICAL_GOV, ANON_RETALIATION_SIGNAL",
        disposition=Disposition.CHALLENGE,
        finding_codes=["ANON_POLITICAL_GOV", "ANON_RETALIATION_SIGNAL", "RETURN_DATE_DEFECT"],
        return_by=datetime(2017, 3, 13, 11, 45, tzinfo=EDT),
        escalated_at=NOW,
    )

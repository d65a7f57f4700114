"""The domain of a demand whose requester nobody verified, pure: its user-side notices are WITHHELD
(and held again at dispatch) until legal ops confirm the requester, a gag still wins after that,
and the words quote only authenticated or confirmed facts (text and HTML alike)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.notify.domain.lifecycle import GagRecord, dispatch_verdict, plan_matter_notices, user_side_status
from services.notify.domain.model import AccountContact, NoticeKind, PlannedNotice, notice_key
from services.notify.domain.rendering import render_notice
from services.notify.domain.verification import RequesterCheck, needs_verification, quoted_facts
from shared.contracts import (
    Finding,
    LegalProcessDecided,
    LegalProcessReviewed,
    Nondisclosure,
    RequesterConfirmation,
    RequesterSummary,
)
from shared.vocabulary import (
    ConfirmationMethod,
    CounselAction,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    RequesterKind,
    Severity,
)

PHISH = "<b>Call 1-900-555-0199</b>"


def unverified(reviewed: LegalProcessReviewed, *, verified: bool = False, code: str = "REQUESTER_UNVERIFIED") -> Any:
    finding = Finding(code=code, severity=Severity.WARN, citation="policy", explanation="unverified")
    review = reviewed.review.model_copy(
        update={
            "requester": RequesterSummary(name=PHISH, kind=RequesterKind.FEDERAL, verified=verified),
            "findings": [*reviewed.review.findings, finding],
        }
    )
    return reviewed.model_copy(update={"review": review, "case_number": PHISH, "issuing_court": PHISH})


def confirmed(at: datetime, **facts: Any) -> RequesterCheck:
    decided = LegalProcessDecided(
        action=CounselAction.CONFIRM_REQUESTER,
        decided_by="Lee Ops <lee@dueprocess.test>",
        reason="called back",
        decided_at=at,
        confirmation=RequesterConfirmation(
            requester_name="U.S. Customs and Border Protection",
            method=ConfirmationMethod.PHONE_CALLBACK,
            confirmed_at=at,
            **facts,
        ),
    )
    return RequesterCheck.from_decisions([decided])


def user_notice(case_id: uuid.UUID) -> PlannedNotice:
    key = notice_key(case_id=case_id, role=NoticeRole.USER, subject="ALT_USCIS", recipient="a@b.org", kind="initial")
    return PlannedNotice(
        notice_key=key,
        case_id=case_id,
        kind=NoticeKind.INITIAL,
        role=NoticeRole.USER,
        recipient="a@b.org",
        handle="ALT_USCIS",
        status=NoticeStatus.PENDING,
    )


def test_an_unverified_requesters_notices_wait_and_a_confirmation_releases_them(
    make_reviewed: Callable[..., LegalProcessReviewed], now: datetime, case_id: uuid.UUID
) -> None:
    reviewed = unverified(make_reviewed())
    gag = GagRecord.from_review(reviewed.review)
    contacts = {"ALT_USCIS": AccountContact(handle="ALT_USCIS", contact_email="a@b.org")}
    planned = plan_matter_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, gag=gag, now=now)
    assert [n.status for n in planned] == [NoticeStatus.WITHHELD]
    for role in (NoticeRole.USER, NoticeRole.COUNSEL):
        assert dispatch_verdict(role=role, review=reviewed.review, gag=gag, now=now) == (NoticeStatus.WITHHELD, None)
    assert dispatch_verdict(role=NoticeRole.INTERNAL_COUNSEL, review=reviewed.review, gag=gag, now=now) is None
    check = confirmed(now)
    assert user_side_status(review=reviewed.review, gag=gag, now=now, requester=check) == (NoticeStatus.PENDING, None)
    assert dispatch_verdict(role=NoticeRole.USER, review=reviewed.review, gag=gag, now=now, requester=check) is None
    dismissed = RequesterCheck.from_decisions(
        [LegalProcessDecided(action=CounselAction.DISMISS_DEMAND, decided_by="x", reason="forged", decided_at=now)]
    )
    assert (
        plan_matter_notices(
            case_id=case_id, reviewed=reviewed, contacts=contacts, gag=gag, now=now, requester=dismissed
        )
        == []
    )


def test_an_emergency_verified_by_dkim_still_needs_its_out_of_band_confirmation(
    make_reviewed: Callable[..., LegalProcessReviewed],
) -> None:
    assert needs_verification(unverified(make_reviewed(), verified=True, code="EDR_UNVERIFIED").review)
    assert not needs_verification(make_reviewed().review)


def test_a_confirmed_requester_under_a_gag_waits_for_the_gag(
    make_reviewed: Callable[..., LegalProcessReviewed], now: datetime
) -> None:
    expiry = now + timedelta(days=30)
    order = Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry)
    reviewed = unverified(make_reviewed(nondisclosure=order))
    gag = GagRecord.from_review(reviewed.review)
    check = confirmed(now)
    assert user_side_status(review=reviewed.review, gag=gag, now=now, requester=check) == (
        NoticeStatus.SCHEDULED,
        expiry,
    )
    assert dispatch_verdict(role=NoticeRole.USER, review=reviewed.review, gag=gag, now=now, requester=check) == (
        NoticeStatus.SCHEDULED,
        expiry,
    )


def test_the_words_quote_no_unconfirmed_sender_text_in_text_or_html(
    make_reviewed: Callable[..., LegalProcessReviewed], now: datetime, case_id: uuid.UUID
) -> None:
    reviewed = unverified(make_reviewed())
    before = render_notice(user_notice(case_id), case_id=case_id, reviewed=reviewed)
    after = render_notice(
        user_notice(case_id),
        case_id=case_id,
        reviewed=reviewed,
        facts=quoted_facts(reviewed, confirmed(now, case_number="CBP-1")),
    )
    for rendered in (before, after):
        for part in (rendered.subject, rendered.text, rendered.html):
            assert "1-900-555-0199" not in part and "19 U.S.C." not in part and "2017" not in part
    assert "A requester we have not yet confirmed" in before.text
    assert "U.S. Customs and Border Protection" in after.text and "CBP-1" in after.html
    assert "confirmed directly with the requester" in after.text


def test_a_verified_requesters_facts_are_quoted_as_before(
    make_reviewed: Callable[..., LegalProcessReviewed], case_id: uuid.UUID
) -> None:
    rendered = render_notice(user_notice(case_id), case_id=case_id, reviewed=make_reviewed())
    assert "U.S. Customs and Border Protection" in rendered.text and "19 U.S.C. § 1509" in rendered.text
    assert "CBP-2017-0042" in rendered.text and "13 March 2017, 11:45 (UTC-04:00)" in rendered.text

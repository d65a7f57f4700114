"""Who is owed a notice, and when: plan_user_notices / plan_internal_counsel_alert."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.notify.domain import (
    AccountContact,
    NoticeKind,
    gag_in_force,
    plan_internal_counsel_alert,
    plan_user_notices,
)
from shared.contracts import Nondisclosure, NoticePlanned
from shared.vocabulary import (
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    UserNoticeAction,
)

COUNSEL_BY_TIER = {
    EscalationTier.LEGAL_OPS: "legal-ops@dueprocess.local",
    EscalationTier.COUNSEL: "counsel@dueprocess.local",
    EscalationTier.LITIGATION: "litigation@dueprocess.local",
}


def _by(notices, role, handle):
    return [n for n in notices if n.role is role and n.handle == handle]


def test_seed_case_two_targets_each_get_their_own_notices(make_reviewed, contacts, case_id, now):
    notices = plan_user_notices(case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now)

    assert [(n.role, n.handle, n.recipient) for n in notices] == [
        (NoticeRole.USER, "ALT_USCIS", "alt.uscis@example.org"),
        (NoticeRole.COUNSEL, "ALT_USCIS", "counsel@aclu.example.org"),
        (NoticeRole.USER, "ROGUE_NASA", "rogue.nasa@example.org"),
    ]
    for n in notices:
        assert n.case_id == case_id
        assert n.kind is NoticeKind.INITIAL
        assert n.status is NoticeStatus.PENDING
        assert n.not_before is None
        assert n.is_due(now)
    assert len({n.notice_key for n in notices}) == 3


def test_counsel_of_record_gets_exactly_one_notice(make_reviewed, contacts, case_id, now):
    notices = plan_user_notices(case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now)
    counsel = [n for n in notices if n.role is NoticeRole.COUNSEL]
    assert len(counsel) == 1
    (c,) = counsel
    assert c.handle == "ALT_USCIS"
    assert c.recipient_name == "Esha Bhandari"
    assert c.recipient_organization == "ACLU"
    # No counsel notice for the account without counsel of record.
    assert not _by(notices, NoticeRole.COUNSEL, "ROGUE_NASA")


def test_unknown_targets_get_nothing(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(targets=["NOBODY_HERE", "ALT_USCIS"])
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.handle for n in notices} == {"ALT_USCIS"}
    assert plan_user_notices(case_id=case_id, reviewed=make_reviewed(targets=["X"]), contacts=contacts, now=now) == []


def test_target_lookup_tolerates_at_sign_and_case(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(targets=["@alt_uscis"])
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.handle for n in notices} == {"ALT_USCIS"}


def test_account_without_contact_email_still_reaches_its_counsel(make_reviewed, case_id, now):
    contacts = {
        "ALT_USCIS": AccountContact(
            handle="ALT_USCIS",
            contact_email=None,
            counsel={"name": "A. Lawyer", "email": "lawyer@example.org"},
        )
    }
    notices = plan_user_notices(
        case_id=case_id, reviewed=make_reviewed(targets=["ALT_USCIS"]), contacts=contacts, now=now
    )
    assert [(n.role, n.recipient) for n in notices] == [(NoticeRole.COUNSEL, "lawyer@example.org")]


def test_keys_are_idempotent_across_calls(make_reviewed, contacts, case_id, now):
    first = plan_user_notices(case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now)
    # Re-planned later, from an equal event: identical keys and ids.
    again = plan_user_notices(
        case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now + timedelta(hours=3)
    )
    assert [n.notice_key for n in first] == [n.notice_key for n in again]
    assert [n.notice_id for n in first] == [n.notice_id for n in again]
    assert first == again
    assert first[0].notice_key == f"{case_id}:USER:ALT_USCIS:alt.uscis@example.org:initial"
    assert first[1].notice_key == f"{case_id}:COUNSEL:ALT_USCIS:counsel@aclu.example.org:initial"


def test_duplicate_targets_do_not_duplicate_notices(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(targets=["ALT_USCIS", "alt_uscis"])
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert len(notices) == 2


def test_planned_notice_becomes_a_notice_planned_event(make_reviewed, contacts, case_id, now):
    (user, *_) = plan_user_notices(case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now)
    event = user.to_event()
    assert isinstance(event, NoticePlanned)
    assert event.notice_id == user.notice_id
    assert (event.role, event.recipient, event.status) == (NoticeRole.USER, user.recipient, NoticeStatus.PENDING)


# --- the invariant: no user or user's-counsel notice is due while a valid NDO is in force --


def test_ndo_in_force_schedules_at_expiry_even_if_review_said_notify_now(make_reviewed, contacts, case_id, now):
    expiry = now + timedelta(days=180)
    reviewed = make_reviewed(
        action=UserNoticeAction.NOTIFY_NOW,
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert notices
    for n in notices:  # the user's counsel of record too
        assert n.status is NoticeStatus.SCHEDULED
        assert n.not_before == expiry
        assert not n.is_due(now)
        assert not n.is_due(expiry - timedelta(seconds=1))
        assert n.is_due(expiry)


def test_ndo_in_force_pushes_an_earlier_not_before_to_its_expiry(make_reviewed, contacts, case_id, now):
    expiry = now + timedelta(days=30)
    reviewed = make_reviewed(
        action=UserNoticeAction.NOTIFY_AFTER,
        not_before=now + timedelta(days=1),
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {(n.status, n.not_before) for n in notices} == {(NoticeStatus.SCHEDULED, expiry)}


def test_indefinite_ndo_withholds_even_if_review_said_notify_now(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {(n.status, n.not_before) for n in notices} == {(NoticeStatus.WITHHELD, None)}
    assert not any(n.is_due(now + timedelta(days=10_000)) for n in notices)


def test_nsl_gag_is_honoured(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.NSL_CERTIFICATION),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.status for n in notices} == {NoticeStatus.WITHHELD}


def test_letter_request_does_not_gag(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(
        nondisclosure=Nondisclosure(
            present=True, kind=NondisclosureKind.LETTER_REQUEST, expires_at=now + timedelta(days=365)
        ),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.status for n in notices} == {NoticeStatus.PENDING}


def test_expired_ndo_does_not_gag(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(
        nondisclosure=Nondisclosure(
            present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=now - timedelta(seconds=1)
        ),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.status for n in notices} == {NoticeStatus.PENDING}


def test_gag_in_force_fails_safe_on_inconsistent_present_flag(now):
    nd = Nondisclosure(present=False, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=None)
    gag = gag_in_force(nd, now)
    assert gag is not None and gag.indefinite


def test_notify_after_is_scheduled(make_reviewed, contacts, case_id, now):
    when = now + timedelta(days=90)
    reviewed = make_reviewed(action=UserNoticeAction.NOTIFY_AFTER, not_before=when)
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {(n.status, n.not_before) for n in notices} == {(NoticeStatus.SCHEDULED, when)}


def test_notify_after_without_a_date_is_withheld(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(action=UserNoticeAction.NOTIFY_AFTER, not_before=None)
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert {n.status for n in notices} == {NoticeStatus.WITHHELD}


def test_withhold_pending_counsel(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed(
        action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL,
        nondisclosure=Nondisclosure(
            present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=now + timedelta(days=800)
        ),
    )
    notices = plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)
    assert len(notices) == 3
    assert {(n.status, n.not_before) for n in notices} == {(NoticeStatus.WITHHELD, None)}
    assert not any(n.is_due(now + timedelta(days=10_000)) for n in notices)


def test_naive_now_is_refused(make_reviewed, contacts, case_id, now):
    with pytest.raises(ValueError):
        plan_user_notices(case_id=case_id, reviewed=make_reviewed(), contacts=contacts, now=now.replace(tzinfo=None))


# --- internal counsel ---------------------------------------------------------------------------


def test_internal_counsel_alert(escalated, case_id):
    alert = plan_internal_counsel_alert(case_id=case_id, escalated=escalated, counsel_by_tier=COUNSEL_BY_TIER)
    assert alert.role is NoticeRole.INTERNAL_COUNSEL
    assert alert.status is NoticeStatus.PENDING
    assert alert.recipient == "litigation@dueprocess.local"
    assert alert.tier is EscalationTier.LITIGATION
    assert alert.kind is NoticeKind.ESCALATION
    assert alert.handle is None
    assert alert.notice_key == f"{case_id}:INTERNAL_COUNSEL:LITIGATION:litigation@dueprocess.local:escalation"
    again = plan_internal_counsel_alert(case_id=case_id, escalated=escalated, counsel_by_tier=COUNSEL_BY_TIER)
    assert again == alert


def test_internal_counsel_alert_keys_differ_by_tier(escalated, case_id):
    same_address = dict.fromkeys(EscalationTier, "counsel@dueprocess.local")
    lit = plan_internal_counsel_alert(case_id=case_id, escalated=escalated, counsel_by_tier=same_address)
    counsel = plan_internal_counsel_alert(
        case_id=case_id,
        escalated=escalated.model_copy(update={"tier": EscalationTier.COUNSEL}),
        counsel_by_tier=same_address,
    )
    assert lit.notice_key != counsel.notice_key
    assert "LITIGATION" in lit.notice_key and ":COUNSEL:" in counsel.notice_key


def test_internal_counsel_alert_falls_back_to_a_more_senior_tier(escalated, case_id):
    alert = plan_internal_counsel_alert(
        case_id=case_id,
        escalated=escalated.model_copy(update={"tier": EscalationTier.COUNSEL}),
        counsel_by_tier={EscalationTier.LITIGATION: "litigation@dueprocess.local"},
    )
    assert alert.recipient == "litigation@dueprocess.local"
    with pytest.raises(ValueError):
        plan_internal_counsel_alert(case_id=case_id, escalated=escalated, counsel_by_tier={})

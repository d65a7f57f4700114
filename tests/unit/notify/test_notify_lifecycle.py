"""The gag-order lifecycle, updates, reminders, flags, delivery alerts and counsel links: pure."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from services.notify.domain import (
    DISPOSITION_FOR_USER,
    NONDISCLOSURE_KIND_PLAIN,
    NOTICE_ROLE_PLAIN,
    CounselLinks,
    GagRecord,
    LinkExpired,
    LinkInvalid,
    MatterUpdate,
    NoticeKind,
    dispatch_verdict,
    matter_update,
    moved_to,
    ndo_concern,
    plan_delivery_alert,
    plan_matter_notices,
    plan_ndo_flag,
    plan_ndo_reminder,
    render_delivery_alert,
    render_ndo_notice,
    render_notice,
    user_side_status,
)
from services.notify.domain.lifecycle import internal_tier, ndo_change
from shared.contracts import LegalProcessDecided, Nondisclosure
from shared.vocabulary import (
    CounselAction,
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    RequesterKind,
    UserNoticeAction,
)

COUNSEL_BY_TIER = {
    EscalationTier.LEGAL_OPS: "legal-ops@dueprocess.local",
    EscalationTier.COUNSEL: "counsel@dueprocess.local",
    EscalationTier.LITIGATION: "litigation@dueprocess.local",
}


def court_order(expires_at):
    return Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expires_at)


# --- the status of every user-side notice -------------------------------------------------------------


def test_until_counsel_acts_the_review_decides_and_a_gag_only_delays(make_reviewed, now):
    expiry = now + timedelta(days=30)
    review = make_reviewed(
        action=UserNoticeAction.NOTIFY_AFTER, not_before=expiry, nondisclosure=court_order(expiry)
    ).review
    gag = GagRecord.from_review(review)
    assert user_side_status(review=review, gag=gag, now=now) == (NoticeStatus.SCHEDULED, expiry)
    assert user_side_status(review=review, gag=gag, now=expiry + timedelta(days=1)) == (NoticeStatus.SCHEDULED, expiry)


def test_counsel_extends_the_order_and_the_notice_moves_later(make_reviewed, now):
    expiry = now + timedelta(days=30)
    review = make_reviewed(
        action=UserNoticeAction.NOTIFY_AFTER, not_before=expiry, nondisclosure=court_order(expiry)
    ).review
    extended = GagRecord.from_review(review).changed(court_order(expiry + timedelta(days=90)))
    assert extended.version == 2 and extended.ruled_by_counsel
    target = user_side_status(review=review, gag=extended, now=now + timedelta(days=20))
    assert target == (NoticeStatus.SCHEDULED, expiry + timedelta(days=90))
    assert moved_to(status=NoticeStatus.SCHEDULED, not_before=expiry, target=target) == target
    assert moved_to(status=NoticeStatus.SENT, not_before=None, target=target) is None, "sent stays sent"
    assert moved_to(status=NoticeStatus.FAILED, not_before=None, target=target) is None, "retried by hand only"


def test_lifted_order_makes_the_notice_due_now_but_keeps_an_emergency_floor(make_reviewed, now):
    expiry = now + timedelta(days=30)
    review = make_reviewed(
        action=UserNoticeAction.NOTIFY_AFTER, not_before=expiry, nondisclosure=court_order(expiry)
    ).review
    lifted = GagRecord.from_review(review).changed(Nondisclosure())
    assert user_side_status(review=review, gag=lifted, now=now) == (NoticeStatus.PENDING, None)
    emergency_end = now + timedelta(days=90)
    review = make_reviewed(
        action=UserNoticeAction.NOTIFY_AFTER, not_before=emergency_end, nondisclosure=court_order(expiry)
    ).review
    lifted = GagRecord.from_review(review).changed(Nondisclosure())
    assert user_side_status(review=review, gag=lifted, now=now) == (NoticeStatus.SCHEDULED, emergency_end)


def test_an_indefinite_order_withholds_and_release_lets_it_go(make_reviewed, now):
    review = make_reviewed(action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL, nondisclosure=court_order(None)).review
    gag = GagRecord.from_review(review)
    assert user_side_status(review=review, gag=gag, now=now) == (NoticeStatus.WITHHELD, None)
    assert user_side_status(review=review, gag=gag.release(), now=now) == (NoticeStatus.PENDING, None)
    # A new order recorded after the release binds again.
    regagged = gag.release().changed(court_order(now + timedelta(days=10)))
    assert not regagged.released
    assert user_side_status(review=review, gag=regagged, now=now) == (NoticeStatus.SCHEDULED, now + timedelta(days=10))


def test_counsel_records_a_gag_on_a_case_reviewed_as_notify_now(make_reviewed, now):
    review = make_reviewed().review
    gag = GagRecord.from_review(review).changed(court_order(None))
    assert user_side_status(review=review, gag=gag, now=now) == (NoticeStatus.WITHHELD, None)
    gag = gag.changed(Nondisclosure(present=True, kind=NondisclosureKind.LETTER_REQUEST))
    assert user_side_status(review=review, gag=gag, now=now) == (NoticeStatus.PENDING, None), "a letter binds nobody"


def test_the_dispatcher_verdict_never_lets_a_user_notice_out_under_a_gag(make_reviewed, now):
    expiry = now + timedelta(days=5)
    review = make_reviewed(nondisclosure=court_order(expiry)).review
    gag = GagRecord.from_review(review)
    for role in (NoticeRole.USER, NoticeRole.COUNSEL):
        assert dispatch_verdict(role=role, review=review, gag=gag, now=now) == (NoticeStatus.SCHEDULED, expiry)
        assert dispatch_verdict(role=role, review=review, gag=gag, now=expiry) is None
        assert dispatch_verdict(role=role, review=None, gag=None, now=now) == (NoticeStatus.WITHHELD, None)
    assert dispatch_verdict(role=NoticeRole.INTERNAL_COUNSEL, review=review, gag=gag, now=now) is None


def test_ndo_change_names_what_happened(now):
    soon, later = court_order(now + timedelta(days=1)), court_order(now + timedelta(days=9))
    assert ndo_change(soon, later, now) == "EXTENDED"
    assert ndo_change(later, soon, now) == "SHORTENED"
    assert ndo_change(Nondisclosure(), soon, now) == "ISSUED"
    assert ndo_change(soon, Nondisclosure(), now) == "LIFTED"
    assert ndo_change(soon, court_order(None), now) == "EXTENDED"
    assert ndo_change(court_order(None), soon, now) == "SHORTENED"


# --- reminders, flags and alerts to our own counsel -----------------------------------------------------


def test_counsel_is_reminded_30_days_before_expiry_once_per_version(case_id, now):
    gag = GagRecord(nondisclosure=court_order(now + timedelta(days=100)))
    reminder = plan_ndo_reminder(
        case_id=case_id,
        gag=gag,
        tier=EscalationTier.COUNSEL,
        counsel_by_tier=COUNSEL_BY_TIER,
        remind_before=timedelta(days=30),
        now=now,
    )
    assert reminder is not None
    assert (reminder.kind, reminder.status, reminder.not_before) == (
        NoticeKind.NDO_REMINDER,
        NoticeStatus.SCHEDULED,
        now + timedelta(days=70),
    )
    assert reminder.role is NoticeRole.INTERNAL_COUNSEL and reminder.recipient == "counsel@dueprocess.local"
    extended = gag.changed(court_order(now + timedelta(days=200)))
    again = plan_ndo_reminder(
        case_id=case_id,
        gag=extended,
        tier=EscalationTier.COUNSEL,
        counsel_by_tier=COUNSEL_BY_TIER,
        remind_before=timedelta(days=30),
        now=now,
    )
    assert again is not None and again.notice_key != reminder.notice_key
    soon = GagRecord(nondisclosure=court_order(now + timedelta(days=3)))
    at_once = plan_ndo_reminder(
        case_id=case_id,
        gag=soon,
        tier=EscalationTier.COUNSEL,
        counsel_by_tier=COUNSEL_BY_TIER,
        remind_before=timedelta(days=30),
        now=now,
    )
    assert at_once is not None and at_once.status is NoticeStatus.PENDING
    for nothing in (
        GagRecord(nondisclosure=court_order(None)),
        GagRecord(nondisclosure=Nondisclosure()),
        soon.release(),
    ):
        assert (
            plan_ndo_reminder(
                case_id=case_id,
                gag=nothing,
                tier=EscalationTier.COUNSEL,
                counsel_by_tier=COUNSEL_BY_TIER,
                remind_before=timedelta(days=30),
                now=now,
            )
            is None
        )


def test_indefinite_over_long_and_nsl_gags_are_flagged(now):
    def concern(nd, kind=RequesterKind.FEDERAL, codes=()):
        return ndo_concern(
            nondisclosure=nd, requester_kind=kind, starts_at=now, now=now, max_term_days=365, finding_codes=codes
        )

    assert concern(court_order(None)).code == "INDEFINITE"
    assert concern(court_order(now + timedelta(days=366))).code == "OVER_LONG"
    assert "366 days" in concern(court_order(now + timedelta(days=366))).explanation
    assert concern(court_order(now + timedelta(days=366)), RequesterKind.STATE_LOCAL) is None, "federal policy"
    assert concern(court_order(now + timedelta(days=365))) is None
    assert concern(Nondisclosure(present=True, kind=NondisclosureKind.NSL_CERTIFICATION)).code == "NSL"
    assert concern(Nondisclosure()) is None
    assert concern(court_order(now + timedelta(days=30)), codes=["SCA_NDO_INVALID_TERM"]).code == "REVIEW_FINDING"
    assert internal_tier(EscalationTier.LEGAL_OPS) is EscalationTier.COUNSEL
    assert internal_tier(EscalationTier.LITIGATION) is EscalationTier.LITIGATION


def test_ndo_notices_say_when_and_what_counsel_can_do(make_reviewed, case_id, now):
    reviewed = make_reviewed()
    expiry = now + timedelta(days=100)
    gag = GagRecord(nondisclosure=court_order(expiry))
    reminder = plan_ndo_reminder(
        case_id=case_id,
        gag=gag,
        tier=EscalationTier.COUNSEL,
        counsel_by_tier=COUNSEL_BY_TIER,
        remind_before=timedelta(days=30),
        now=now,
    )
    rendered = render_ndo_notice(reminder, case_id=case_id, nondisclosure=gag.nondisclosure, reviewed=reviewed)
    assert "22 June 2017" in rendered.text and "/nondisclosure" in rendered.text
    flag = plan_ndo_flag(case_id=case_id, gag=gag, tier=EscalationTier.COUNSEL, counsel_by_tier=COUNSEL_BY_TIER)
    concern = ndo_concern(
        nondisclosure=court_order(None), requester_kind=RequesterKind.FEDERAL, starts_at=now, now=now, max_term_days=365
    )
    rendered = render_ndo_notice(
        flag,
        case_id=case_id,
        nondisclosure=court_order(None),
        reviewed=reviewed,
        concern=concern,
        user_notice=(NoticeStatus.WITHHELD, None),
    )
    assert "[INDEFINITE]" in rendered.subject and "no expiry (indefinite)" in rendered.text
    assert "withheld until counsel acts" in rendered.text and "/release-notice" in rendered.text


def test_a_delivery_alert_never_names_the_recipient_or_quotes_the_notice(case_id):
    failed = uuid.uuid4()
    alert = plan_delivery_alert(
        case_id=case_id, notice_id=failed, outcome=NoticeStatus.DEAD_LETTER, attempts=8, counsel_by_tier=COUNSEL_BY_TIER
    )
    assert alert.recipient == "legal-ops@dueprocess.local" and alert.tier is EscalationTier.LEGAL_OPS
    rendered = render_delivery_alert(
        alert,
        case_id=case_id,
        failed_notice_id=failed,
        failed_role=NoticeRole.USER,
        failed_kind="initial",
        outcome=NoticeStatus.DEAD_LETTER,
        attempts=8,
        smtp_code=451,
    )
    assert str(failed) in rendered.text and "8 delivery attempts" in rendered.text
    assert f"/api/v1/notices/{failed}/retry" in rendered.text and "@" not in rendered.text
    with pytest.raises(ValueError):
        plan_delivery_alert(
            case_id=case_id, notice_id=failed, outcome=NoticeStatus.SENT, attempts=1, counsel_by_tier=COUNSEL_BY_TIER
        )


# --- updates ------------------------------------------------------------------------------------------


def _decided(action, now, **fields):
    return LegalProcessDecided(
        action=action, decided_by="Counsel A", reason="internal reasoning", decided_at=now, **fields
    )


def test_which_actions_owe_the_user_an_update(now):
    for action in (
        CounselAction.ACKNOWLEDGE,
        CounselAction.USER_OBJECTED,
        CounselAction.RELEASE_NOTICE,
        CounselAction.NDO_CHANGED,
    ):
        assert matter_update(_decided(action, now), previous_return_by=None) is None
    moved = matter_update(
        _decided(CounselAction.RETURN_DATE_MOVED, now, return_by=now + timedelta(days=9)), previous_return_by=now
    )
    assert moved is not None and moved.previous_return_by == now and moved.return_by == now + timedelta(days=9)
    decided = matter_update(
        _decided(CounselAction.DECIDE, now, disposition=Disposition.OBJECT), previous_return_by=None
    )
    assert decided is not None and decided.disposition is Disposition.OBJECT


def test_updates_are_one_per_account_and_recipient_and_wait_under_a_gag(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed()
    gag = GagRecord.from_review(reviewed.review)
    updates = plan_matter_notices(
        case_id=case_id, reviewed=reviewed, contacts=contacts, gag=gag, now=now, kind=NoticeKind.UPDATE, occasion="e1"
    )
    assert [(n.role, n.handle) for n in updates] == [
        (NoticeRole.USER, "ALT_USCIS"),
        (NoticeRole.COUNSEL, "ALT_USCIS"),
        (NoticeRole.USER, "ROGUE_NASA"),
    ]
    assert all(n.notice_key.endswith(":update:e1") for n in updates)
    second = plan_matter_notices(
        case_id=case_id, reviewed=reviewed, contacts=contacts, gag=gag, now=now, kind=NoticeKind.UPDATE, occasion="e2"
    )
    assert not {n.notice_key for n in updates} & {n.notice_key for n in second}
    gagged = gag.changed(court_order(None))
    held = plan_matter_notices(
        case_id=case_id,
        reviewed=reviewed,
        contacts=contacts,
        gag=gagged,
        now=now,
        kind=NoticeKind.UPDATE,
        occasion="e3",
    )
    assert {n.status for n in held} == {NoticeStatus.WITHHELD}


def test_update_words_are_for_the_user_not_counsels_reasoning(make_reviewed, contacts, case_id, now):
    reviewed = make_reviewed()
    (user, counsel, other) = plan_matter_notices(
        case_id=case_id,
        reviewed=reviewed,
        contacts=contacts,
        gag=GagRecord.from_review(reviewed.review),
        now=now,
        kind=NoticeKind.UPDATE,
        occasion="e1",
    )
    update = MatterUpdate(action=CounselAction.PRODUCTION_MADE, at=now, produced=[DataCategory.BASIC_SUBSCRIBER])
    text = render_notice(
        user,
        case_id=case_id,
        reviewed=reviewed,
        update=update,
        counsel_link="https://notify.example/counsel/abc",
        counsel_link_days=30,
    ).text
    assert "we provided information" in text and "Basic account information" in text
    assert "ROGUE_NASA" not in text and "internal reasoning" not in text
    assert "https://notify.example/counsel/abc" in text
    counsel_text = render_notice(
        counsel, case_id=case_id, reviewed=reviewed, update=update, counsel_link="https://notify.example/counsel/abc"
    ).text
    assert "counsel of record" in counsel_text and "/counsel/abc" not in counsel_text, "the link is the user's"
    with pytest.raises(ValueError):
        render_notice(user, case_id=case_id, reviewed=reviewed)
    decided = MatterUpdate(action=CounselAction.DECIDE, at=now, disposition=Disposition.COMPLY_NARROWED)
    html = render_notice(other, case_id=case_id, reviewed=reviewed, update=decided).html
    assert "only part of what was asked for" in html and "ALT_USCIS" not in html


def test_counsel_named_late_is_told_what_happened_and_no_hold_is_promised_after_production(
    make_reviewed, contacts, case_id, now
):
    reviewed = make_reviewed(targets=["ALT_USCIS"])
    (_, counsel) = plan_matter_notices(
        case_id=case_id, reviewed=reviewed, contacts=contacts, gag=GagRecord.from_review(reviewed.review), now=now
    )
    history = [
        MatterUpdate(action=CounselAction.CHALLENGE_FILED, at=now),
        MatterUpdate(action=CounselAction.PRODUCTION_MADE, at=now + timedelta(days=1)),
    ]
    text = render_notice(counsel, case_id=case_id, reviewed=reviewed, history=history).text
    assert "WHAT HAS HAPPENED SO FAR" in text and "A challenge to the demand has been filed" in text
    assert "we will hold our response" not in text


def test_plain_words_cover_the_new_identifiers():
    assert set(DISPOSITION_FOR_USER) == set(Disposition)
    assert set(NONDISCLOSURE_KIND_PLAIN) == set(NondisclosureKind)
    assert set(NOTICE_ROLE_PLAIN) == set(NoticeRole)


# --- the signed link ----------------------------------------------------------------------------------


def test_counsel_links_are_signed_and_expire_after_delivery(now):
    links = CounselLinks(secret="k" * 32, base_url="https://notify.example/", ttl=timedelta(days=30))
    notice_id = uuid.uuid4()
    url = links.url(notice_id, now=now)
    assert url.startswith("https://notify.example/counsel/")
    token = url.rsplit("/", 1)[1]
    sent_at = now + timedelta(days=100)  # worded now, held by a gag, sent much later
    assert links.verify(token, sent_at=sent_at, now=sent_at + timedelta(days=29)) == notice_id
    with pytest.raises(LinkExpired):
        links.verify(token, sent_at=sent_at, now=sent_at + timedelta(days=30, seconds=1))
    with pytest.raises(LinkInvalid):
        links.verify(token, sent_at=None, now=now)
    other = CounselLinks(secret="x" * 32, base_url="https://notify.example", ttl=timedelta(days=30))
    with pytest.raises(LinkInvalid):
        other.verify(token, sent_at=sent_at, now=sent_at)
    with pytest.raises(LinkInvalid):
        # A changed payload character (the last character of the signature may carry only padding bits).
        links.verify(("A" if token[0] != "A" else "B") + token[1:], sent_at=sent_at, now=sent_at)
    with pytest.raises(LinkInvalid):
        links.verify("not-a-token", sent_at=sent_at, now=sent_at)
    with pytest.raises(ValueError):
        CounselLinks(secret="short", base_url="https://notify.example", ttl=timedelta(days=1))


def test_a_duplicate_demand_owes_no_first_notice_but_its_updates_still_go(make_reviewed, contacts, case_id, now):
    from shared.contracts import Finding
    from shared.vocabulary import Severity

    original = make_reviewed()
    duplicate = original.model_copy(
        update={
            "review": original.review.model_copy(
                update={
                    "findings": [
                        *original.review.findings,
                        Finding(
                            code="DUPLICATE_REQUEST",
                            severity=Severity.INFO,
                            citation="platform policy",
                            explanation="repeats case 1",
                        ),
                    ]
                }
            )
        }
    )
    gag = GagRecord.from_review(original.review)
    assert plan_matter_notices(case_id=case_id, reviewed=original, contacts=contacts, gag=gag, now=now)
    assert plan_matter_notices(case_id=case_id, reviewed=duplicate, contacts=contacts, gag=gag, now=now) == []
    assert plan_matter_notices(
        case_id=case_id, reviewed=duplicate, contacts=contacts, gag=gag, now=now, kind=NoticeKind.UPDATE, occasion="e1"
    )

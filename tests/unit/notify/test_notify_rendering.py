"""What notices say: render_notice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.notify.domain import (
    DATA_CATEGORY_PLAIN,
    DISPOSITION_PLAIN,
    ESCALATION_TIER_PLAIN,
    PROCESS_TYPE_PLAIN,
    REQUESTER_KIND_PLAIN,
    plan_internal_counsel_alert,
    plan_user_notices,
    render_notice,
)
from shared.contracts import Nondisclosure
from shared.vocabulary import (
    DataCategory,
    Disposition,
    EscalationTier,
    NondisclosureKind,
    NoticeRole,
    ProcessType,
    RequesterKind,
    UserNoticeAction,
)

LEGAL_AID = ["ACLU, https://www.aclu.org/, (212) 549-2500", "EFF, https://www.eff.org/"]
URL = "https://dueprocess.example/cases/11111111-2222-4333-8444-555555555555"


@pytest.fixture
def plan(make_reviewed, contacts, case_id, now):
    """Review a seed-like case (overrides as keywords) and plan its user notices."""

    def build(**kwargs):
        reviewed = make_reviewed(**kwargs)
        return reviewed, plan_user_notices(case_id=case_id, reviewed=reviewed, contacts=contacts, now=now)

    return build


@pytest.fixture
def render(case_id):
    """render_notice with this file's legal-aid contacts and case URL."""

    def build(notice, reviewed, **kwargs):
        kwargs.setdefault("legal_aid_contacts", LEGAL_AID)
        kwargs.setdefault("case_reference_url", URL)
        return render_notice(notice, reviewed=reviewed, case_id=case_id, **kwargs)

    return build


def test_user_notice_says_who_what_authority_when_and_rights(case_id, plan, render):
    reviewed, notices = plan()
    user = next(n for n in notices if n.role is NoticeRole.USER and n.handle == "ALT_USCIS")
    rendered = render(user, reviewed, reply_to="legal-notices@dueprocess.local")

    for body in (rendered.text, rendered.html):
        assert "@ALT_USCIS" in body
        assert "U.S. Customs and Border Protection" in body  # who asked
        assert "U.S. federal government agency" in body  # requester kind
        assert "administrative subpoena or summons" in body  # authority, in plain words
        assert "19 U.S.C. § 1509" in body  # ... and the statute
        assert "basic account information" in body.lower()  # for what
        assert "13 March 2017, 11:45 (UTC-04:00)" in body  # by when
        assert "CBP-2017-0042" in body and str(case_id) in body  # case reference
        assert "lawyer" in body and "quash" in body and "object" in body  # rights
        assert "ACLU" in body and "EFF" in body  # legal aid
        assert "Reply to this message" in body and "legal-notices@dueprocess.local" in body
        assert URL in body
    assert "@ALT_USCIS" in rendered.subject
    assert "\n" not in rendered.subject


def test_each_notice_names_only_its_own_account(plan, render):
    reviewed, notices = plan()
    assert {n.handle for n in notices} == {"ALT_USCIS", "ROGUE_NASA"}
    for notice in notices:
        other = "ROGUE_NASA" if notice.handle == "ALT_USCIS" else "ALT_USCIS"
        rendered = render(notice, reviewed)
        for part in (rendered.subject, rendered.text, rendered.html):
            assert other not in part
            assert other.lower() not in part.lower()
        assert f"@{notice.handle}" in rendered.text


def test_counsel_notice_is_addressed_to_counsel_on_behalf_of_the_client(case_id, plan, render):
    reviewed, notices = plan()
    counsel = next(n for n in notices if n.role is NoticeRole.COUNSEL)
    rendered = render(counsel, reviewed)
    for body in (rendered.text, rendered.html):
        assert "Dear Esha Bhandari (ACLU)" in body
        assert "on behalf of your client @ALT_USCIS" in body
        assert "19 U.S.C. § 1509" in body and "13 March 2017" in body and str(case_id) in body
        assert "ROGUE_NASA" not in body
    assert "your client @ALT_USCIS" in rendered.subject


def test_hostile_requester_name_is_escaped_in_html(plan, render):
    hostile = '<script>alert("x")</script> & Co'
    reviewed, notices = plan(requester_name=hostile)
    for notice in notices:
        rendered = render(notice, reviewed)
        assert "<script>" not in rendered.html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in rendered.html
        assert hostile in rendered.text  # plain text is not HTML
        assert "<script>" not in rendered.subject


def test_hostile_case_number_and_contacts_are_escaped_and_bad_urls_dropped(plan, render):
    reviewed, notices = plan(case_number='"><img src=x onerror=alert(1)>')
    rendered = render(
        notices[0],
        reviewed,
        legal_aid_contacts=["<b>Legal aid</b>"],
        case_reference_url="javascript:alert(1)",
    )
    assert "<img" not in rendered.html and "<b>" not in rendered.html
    assert "javascript:" not in rendered.html and "javascript:" not in rendered.text


def test_raw_text_never_reaches_a_notice(plan, render):
    # The review carries no raw text; the notice view is built field by field, so even the
    # other fields of the event cannot leak. Findings (internal assessment) do not either.
    reviewed, notices = plan()
    rendered = render(notices[0], reviewed)
    assert "ANON_RETALIATION_SIGNAL" not in rendered.text
    assert "Bursey" not in rendered.html


def test_delayed_notice_says_so(now, plan, render):
    expiry = now + timedelta(days=180)
    reviewed, notices = plan(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry),
    )
    rendered = render(notices[0], reviewed)
    assert "could not tell you about it before 10 September 2017" in rendered.text
    assert "could not tell you about it before 10 September 2017" in rendered.html


def test_emergency_notice_does_not_promise_a_chance_to_respond_first(now, plan, render):
    reviewed, notices = plan(
        process_type=ProcessType.EMERGENCY_REQUEST,
        statute=None,
        action=UserNoticeAction.NOTIFY_AFTER,
        not_before=now + timedelta(days=90),
    )
    rendered = render(notices[0], reviewed)
    assert "emergency request" in rendered.text
    assert "before we do" not in rendered.text
    assert "18 U.S.C. § 2702(b)(8), (c)(4)" in rendered.text


def test_rendering_refuses_the_wrong_review_or_case(make_reviewed, case_id, plan, render):
    reviewed, notices = plan()
    other_review = make_reviewed(targets=["SOMEONE_ELSE"])
    with pytest.raises(ValueError):
        render(notices[0], other_review)
    with pytest.raises(ValueError):
        render_notice(notices[0], reviewed=reviewed, case_id=case_id.__class__(int=0))
    with pytest.raises(ValueError):
        render_notice(notices[0], case_id=case_id)


def test_rendering_is_deterministic(plan, render):
    reviewed, notices = plan()
    assert render(notices[1], reviewed) == render(notices[1], reviewed)


def test_internal_counsel_alert_content(make_reviewed, escalated, case_id):
    reviewed = make_reviewed()
    alert = plan_internal_counsel_alert(
        case_id=case_id, escalated=escalated, counsel_by_tier={EscalationTier.LITIGATION: "lit@dueprocess.local"}
    )
    rendered = render_notice(alert, escalated=escalated, reviewed=reviewed, case_id=case_id, case_reference_url=URL)
    assert "LITIGATION" in rendered.subject and "CHALLENGE" in rendered.subject
    for body in (rendered.text, rendered.html):
        assert "LITIGATION" in body
        assert "CHALLENGE" in body
        assert "13 March 2017, 11:45 (UTC-04:00)" in body  # return date
        for code in escalated.finding_codes:
            assert code in body
        assert "In re Anonymous Online Speakers, 661 F.3d 1168 (9th Cir. 2011)" in body
        assert "Bursey v. United States" in body
        assert "criticises the issuing agency" in body
        assert str(case_id) in body
        # Only the escalation's findings, no target handles, no raw text.
        assert "NOTICE_REQUIRED" not in body
        assert "ALT_USCIS" not in body and "ROGUE_NASA" not in body


def test_internal_counsel_alert_without_the_review_still_lists_codes(escalated, case_id):
    alert = plan_internal_counsel_alert(
        case_id=case_id, escalated=escalated, counsel_by_tier={EscalationTier.LITIGATION: "lit@dueprocess.local"}
    )
    rendered = render_notice(alert, escalated=escalated, case_id=case_id)
    for code in escalated.finding_codes:
        assert code in rendered.text
    assert "not available here" in rendered.text
    with pytest.raises(ValueError):
        render_notice(alert, case_id=case_id)


def test_plain_words_cover_every_identifier():
    assert set(PROCESS_TYPE_PLAIN) == set(ProcessType)
    assert set(DATA_CATEGORY_PLAIN) == set(DataCategory)
    assert set(REQUESTER_KIND_PLAIN) == set(RequesterKind)
    assert set(ESCALATION_TIER_PLAIN) == set(EscalationTier)
    assert set(DISPOSITION_PLAIN) == set(Disposition)


def test_hold_promise_only_when_nothing_may_have_been_produced(now, plan, render):
    reviewed, notices = plan()
    for notice in notices:
        assert "we will hold our response" in render(notice, reviewed).text

    expiry = now + timedelta(days=180)
    reviewed, notices = plan(
        nondisclosure=Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry),
    )
    for notice in notices:
        rendered = render(notice, reviewed)
        assert "we will hold our response" not in rendered.text
        assert "we may already have responded" in rendered.text

"""The case page and the queue list each date the review computed with the rule that produced it
(issue 16), from one read model (``CaseState.dates``) and one template partial (``_dates.html``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jinja2 import ChainableUndefined

from services.intake.domain.case_state import computed_dates, derive_state
from services.intake.entrypoints.http.templating import TEMPLATES

DATES = [
    {
        "what": "written objections due (Rule 45(d)(2)(B))",
        "due": "2027-01-04",
        "at": None,
        "rule": "RULE45_DEFECT; Fed. R. Civ. P. 45(d)(2)(B); counted under Fed. R. Civ. P. 6(a)(1)",
        "explanation": "14 days under Rule 45(d)(2)(B) after Friday 18 Dec 2026, moved to Monday 4 Jan 2027: "
        "1 Jan is New Year's Day, a federal holiday",
        "draft": None,
    },
    {
        "what": "reciprocal notice to the government (NSL gag: seek judicial review)",
        "due": "2026-12-28",
        "at": None,
        "rule": "NSL_NDO_REVIEW; 18 U.S.C. § 3511(b)(1)",
        "explanation": "30 days under policy nsl_reciprocal_notice_days from service after Thursday 26 Nov 2026",
        "draft": "To: Federal Bureau of Investigation.\n<script>alert(1)</script>",
    },
]


def _page(dates: list[dict[str, Any]]) -> str:
    # Only what the dates block and the page's header read; the rest renders empty.
    env = TEMPLATES.env.overlay(undefined=ChainableUndefined)
    review = {
        "findings": [],
        "disposition": "COMPLY",
        "escalation_tier": "COUNSEL",
        "user_notice": {"action": "NOTIFY_NOW", "not_before": None},
        "missing_facts": [],
        "rule_set_version": "2026.1",
        "computed_dates": dates,
    }
    view = {
        "review": review,
        "case": {"data_categories": [], "targets": [], "served_at": None},
        "received_at": "2026-12-01T00:00:00+00:00",
        "reviewed_at": "2026-12-01T00:00:00+00:00",
        "case_id": "c",
    }
    state = {"return_by": None, "dates": computed_dates(review)}
    return env.get_template("case.html").render(view=view, state=state, request=None)


def test_each_computed_date_is_shown_with_its_rule_and_counsels_draft_escaped() -> None:
    html = _page(DATES)
    assert '<h3 id="dates">Computed dates</h3>' in html
    for item in DATES:
        assert f"<td>{item['due']}</td>" in html
        assert item["explanation"].replace("'", "&#39;") in html
        assert item["rule"] in html
    assert html.count("<summary>Draft for counsel</summary>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_a_review_without_computed_dates_shows_no_dates_table() -> None:
    assert 'id="dates"' not in _page([])


def test_the_read_model_orders_the_dates_soonest_first_and_skips_what_is_not_a_date() -> None:
    review = {"computed_dates": [*DATES, {"what": "no date"}, "junk"]}
    assert [d["due"] for d in computed_dates(review)] == ["2026-12-28", "2027-01-04"]
    assert computed_dates(None) == () and computed_dates({"computed_dates": None}) == ()
    state = derive_state(
        document={"process_type": "SUBPOENA_CIVIL"},
        held=False,
        review={"disposition": "COMPLY", "escalation_tier": "COUNSEL", "computed_dates": DATES},
        acknowledge_by=None,
        timeline=[],
        now=datetime(2026, 12, 7, tzinfo=UTC),
    )
    assert state.dates == computed_dates({"computed_dates": DATES})


def test_the_queue_shows_each_cases_dates_with_their_rules() -> None:
    env = TEMPLATES.env.overlay(undefined=ChainableUndefined)
    received = "2026-12-01T00:00:00+00:00"
    dated = {"case_id": "a", "received_at": received, "state": {"dates": computed_dates({"computed_dates": DATES})}}
    undated = {"case_id": "b", "received_at": received, "state": {"dates": ()}}
    html = env.get_template("queue.html").render(rows=[dated, undated], filters={}, request=None)
    assert '<th scope="col">Computed dates</th>' in html
    assert html.count('<details class="dates">') == 1
    assert "<summary>2 dates, next 2026-12-28</summary>" in html
    for item in DATES:
        assert f"<strong>{item['due']}</strong> {item['what']}" in html
        assert f"({item['rule']})" in html
        assert item["explanation"].replace("'", "&#39;") in html
    assert "Draft for counsel" not in html, "the draft stays on the case page"

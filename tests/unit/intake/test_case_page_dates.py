"""The case page lists each date the review computed with the rule that produced it (issue 16 part A)."""

from __future__ import annotations

from typing import Any

from jinja2 import ChainableUndefined

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
    return env.get_template("case.html").render(view=view, state={"return_by": None}, request=None)


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

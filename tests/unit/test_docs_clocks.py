"""The documents name what issue 16 added: the rule book document (docs/domain.md, its policy table
generated) lists every period and reminder a deployment tunes; the architecture document names the
hold topic, the holds tables and the calendar module; the README's settings table names every
calendar and data-steward setting shared/settings.py reads."""

from __future__ import annotations

import re
from datetime import timedelta

import yaml

from deploy import domain_doc
from shared.settings import Settings

ROOT = domain_doc.ROOT
POLICY = ROOT / domain_doc.DATA / "policy.yaml"


def _policy_table_settings() -> set[str]:
    block = domain_doc.blocks_in((ROOT / domain_doc.DOC).read_text(encoding="utf-8"))["policy"]
    return set(re.findall(r"^\| `([a-z0-9_.A-Z]+)` \|", block, flags=re.M))


def test_every_period_and_calendar_setting_of_the_policy_is_in_the_rule_books_table() -> None:
    policy = yaml.safe_load(POLICY.read_text(encoding="utf-8"))
    tuned = {key for key in policy if key.endswith("_days")} | {
        "court_calendar",
        "time_zone",
        "business_hours",
        "platform_holidays",
    }
    assert {"preservation_days", "preservation_reminder_days", "emergency_formal_process_days"} <= tuned
    assert {"gag_reexamination_days", "nsl_reciprocal_notice_days", "emergency_notice_delay_days"} <= tuned
    missing = tuned - _policy_table_settings()
    assert not missing, f"docs/domain.md's policy table lacks {sorted(missing)}: run `python -m deploy.domain_doc`"


def test_the_generator_shows_lists_of_numbers_and_holidays_but_not_the_phrase_lists() -> None:
    shown = domain_doc._setting_shown
    assert shown("preservation_reminder_days", [14, 3]) and shown("platform_holidays", {})
    assert not shown("prospective_categories", ["REALTIME_CONTENT"]) and not shown("x_days", [True])
    assert not shown("default_disposition_by_process_type", {"PRESERVATION_REQUEST": "PRESERVE_ONLY"})


def test_the_architecture_document_names_the_hold_topic_tables_and_calendars() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for name in ("`legal-hold.v1`", "`hold_timers`", "`emergency_followups`", "`shared/calendars.py`", "`holds`"):
        assert name in text, name
    assert re.search(r"\| `legal-hold\.v1` \| review", text), "the topics table has a row for legal-hold.v1"


def test_the_rule_book_document_describes_holds_and_their_changes() -> None:
    text = (ROOT / domain_doc.DOC).read_text(encoding="utf-8")
    assert "## Preservation holds" in text and "`legal-hold.v1`" in text
    for change in ("PLACED", "EXTENDED", "CONVERTED", "RELEASED"):
        assert f"| `{change}` |" in text, change


def test_the_readme_documents_the_calendar_and_data_steward_settings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    fields = Settings.model_fields
    for name in (
        "court_calendar",
        "calendar_time_zone",
        "business_hours",
        "platform_holidays",
        "data_stewards",
        "hold_ack_remind_after",
        "hold_ack_escalate_after",
    ):
        assert name in fields, f"shared/settings.py no longer has {name}: update this test and the README"
        assert f"`DUEPROCESS_{name.upper()}`" in readme, name
    # the documented defaults are the code's
    assert fields["hold_ack_remind_after"].default == timedelta(days=2)
    assert fields["hold_ack_escalate_after"].default == timedelta(days=4)
    assert re.search(r"DUEPROCESS_HOLD_ACK_ESCALATE_AFTER` \|[^\n]*\| none; 2 days, 4 days \|", readme)

"""The legal-ops web app in a real browser, against the real system (issue 6).

A clerk types the seed demand into the form and watches its review arrive; a clerk triages an
e-mail whose PDF could not be read; a clerk is refused counsel's decision, even forged; a page
being typed in is not redrawn under the user; counsel decides and sees review's answer; the
queue's search works from the keyboard. Screenshots are saved in test-artifacts/browser/.

The tests share one system (and the seed case counsel acts on); each asserts what it needs and
none depends on another having run.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import httpx
import pytest
from playwright.async_api import Page, expect

from services.review.entrypoints.cli import run_assess
from tests.browser.conftest import LogIn, Login
from tests.conftest import DEMO_ACCOUNTS, SEED_CASE
from tests.e2e.conftest import RunningSystem

pytestmark = pytest.mark.e2e

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "email"
# An e-mailed grand jury subpoena whose PDF is corrupt: held for triage, data categories unknown.
UNREADABLE_PDF = CORPUS / "27-corrupt-pdf.eml"
CASE_URL = re.compile(r"/cases/([0-9a-f-]{36})(\?[^#]*)?(#.*)?$")
ROLE_LABELS = {"USER": "The user", "COUNSEL": "User's counsel", "INTERNAL_COUNSEL": "Our counsel"}


def seed() -> dict[str, Any]:
    return json.loads(SEED_CASE.read_text())


def as_shown(moment: str) -> str:
    """How the pages print a moment (templating.when)."""
    return datetime.fromisoformat(moment).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M UTC")


def words(value: str) -> str:
    """How the pages print an identifier (templating.words)."""
    return value.replace("_", " ").capitalize()


def case_id_of(page: Page) -> str:
    match = CASE_URL.search(page.url)
    assert match, page.url
    return match[1]


async def screenshot(page: Page, artifacts: Path, name: str) -> Path:
    path = artifacts / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path


async def count_requests(system: RunningSystem, case_id: str) -> int:
    conn = await asyncpg.connect(system.database_url)
    try:
        return await conn.fetchval("SELECT count(*) FROM intake.action_requests WHERE case_id = $1::uuid", case_id)
    finally:
        await conn.close()


@pytest.fixture(scope="module")
async def seed_case(system: RunningSystem) -> str:
    """The seed demand, submitted through the REST API and reviewed: the case counsel acts on.
    Its own document (another copy of the summons), so it is not a DUPLICATE_REQUEST of the
    one typed into the form, whichever test runs first."""
    case = seed()
    case["case_number"] += "-B"
    case["raw_text"] += " Second copy, served on the registered agent."
    case_id = await system.submit(case)

    async def reviewed() -> bool:
        return (await system.case(case_id))["review"] is not None

    await system.wait_for(reviewed, what="the seed case's review")
    return case_id


async def test_the_seed_demand_typed_into_the_form_is_reviewed_with_its_findings_tier_and_notices(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, artifacts: Path
) -> None:
    case = seed()
    expected = run_assess(path=SEED_CASE, accounts_file=DEMO_ACCOUNTS, now=None)
    assert expected["escalation_tier"] == "LITIGATION"  # the motivating case
    page: Page = await log_in(staff["INTAKE_CLERK"])  # type: ignore[assignment]

    await page.get_by_role("link", name="New demand").click()
    await expect(page.get_by_role("heading", name="Record a demand for user data")).to_be_visible()
    requester = case["requester"]
    await page.locator("#process_type").select_option(case["process_type"])
    await page.get_by_label("Statute").fill(case["statute"])
    await page.get_by_label("Case number").fill(case["case_number"])
    await page.locator("#requester_name").fill(requester["name"])
    await page.locator("#requester_kind").select_option(requester["kind"])
    await page.get_by_label("Country (ISO code)").fill(requester["country"])
    await page.locator("#requester_email").fill(requester["email"])
    await page.get_by_label("Signer", exact=True).fill(requester["signer"])
    await page.get_by_label("Signer's title").fill(requester["signer_title"])
    if requester["verified"]:
        await page.get_by_label("Requester verified").check()
    await page.get_by_label("Target accounts").fill("\n".join(case["targets"]))
    for category in case["data_categories"]:
        await page.get_by_label(category, exact=True).check()
    await page.get_by_label("Stated purpose").fill(case["stated_purpose"])
    # The summons' dates are New York time (EDT, -04:00): typed as printed, in that zone.
    await page.get_by_label("Time zone of the dates below").fill("America/New_York")
    await page.get_by_label("Served at").fill(case["served_at"][:16])
    await page.get_by_label("Return by").fill(case["return_by"][:16])
    await page.get_by_label("The document's text").fill(case["raw_text"])
    await page.get_by_role("button", name="Record the demand").click()

    await expect(page).to_have_url(CASE_URL)
    await expect(page.get_by_role("status").filter(has_text="Recorded.")).to_be_visible()
    case_id = case_id_of(page)
    # The page redraws itself as the review and then the notices arrive (no reload here).
    findings = page.get_by_role("table", name="Findings of the review, with citations")
    for finding in expected["findings"]:
        await expect(findings).to_contain_text(finding["code"])
        await expect(findings).to_contain_text(finding["citation"])
    await expect(page.locator("#tier")).to_have_text("LITIGATION")
    await expect(page.locator("#recommendation")).to_have_text(words(expected["disposition"]))
    notices = page.get_by_role("table", name="Notices owed on this case and their delivery state")
    for role in ("USER", "COUNSEL", "INTERNAL_COUNSEL"):
        await expect(
            notices.get_by_role("row").filter(has_text=ROLE_LABELS[role]).filter(has_text="Sent")
        ).not_to_have_count(0)
    # What the form recorded is the seed demand: the same moments, account and authority.
    facts = page.locator("dl.facts")
    await expect(facts).to_contain_text(as_shown(case["served_at"]))
    await expect(facts).to_contain_text(as_shown(case["return_by"]))
    await expect(facts).to_contain_text(case["statute"])
    await expect(facts).to_contain_text(", ".join(case["targets"]))
    await screenshot(page, artifacts, "seed-case-reviewed")
    # The notices the page says were sent are the ones the SMTP server received.
    shown = await notices.locator("tbody tr td:nth-child(2)").all_inner_texts()
    received = {message["To"] for message in system.mail()}
    assert set(shown) <= received, (shown, received)
    # And the case the form recorded is the seed demand, field for field.
    recorded = (await system.case(case_id))["case"]
    for moment in ("served_at", "return_by"):
        assert datetime.fromisoformat(recorded[moment]) == datetime.fromisoformat(case[moment])
    for name in ("process_type", "statute", "targets", "data_categories", "stated_purpose", "case_number", "raw_text"):
        assert recorded[name] == case[name], name
    assert {key: recorded["requester"][key] for key in requester} == requester


async def test_a_clerk_corrects_and_confirms_an_email_held_for_triage(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, artifacts: Path
) -> None:
    page: Page = await log_in(staff["INTAKE_CLERK"])  # type: ignore[assignment]
    await page.get_by_role("link", name="New demand").click()
    await page.get_by_label("Upload the e-mail as received").set_input_files(str(UNREADABLE_PDF))
    await page.get_by_role("button", name="Read the e-mail").click()

    await expect(page.get_by_role("heading", name=re.compile("Confirm the fields of case"))).to_be_visible()
    case_id = case_id_of(page)
    held = page.locator("#triage")
    await expect(held).to_contain_text("NEEDS_TRIAGE")
    await expect(held).to_contain_text("could not be read")
    await expect(page.locator("#extraction")).to_contain_text("philly_sneaks")
    # The PDF was unreadable, so nothing says what is asked for: the clerk reads the paper copy.
    categories = page.locator("input[name=data_categories]")
    for index in range(await categories.count()):
        await expect(categories.nth(index)).not_to_be_checked()
    await page.get_by_label("BASIC_SUBSCRIBER", exact=True).check()
    await page.get_by_label("Case number").fill("GJ 20-0117")
    await screenshot(page, artifacts, "triage-form")
    await page.get_by_role("button", name="Confirm the fields and send the case to review").click()

    await expect(page).to_have_url(re.compile(rf"/cases/{case_id}\?done=confirmed"))
    await expect(page.get_by_role("status").filter(has_text="Confirmed and sent to review.")).to_be_visible()
    await expect(page.locator("#stage")).not_to_have_text(re.compile("triage", re.I))
    # Sent to review: the review arrives and the page redraws with it.
    await expect(page.get_by_role("table", name="Findings of the review, with citations")).to_be_visible()
    await expect(page.locator("#recommendation")).not_to_have_text(re.compile("under review", re.I))
    facts = page.locator("dl.facts")
    await expect(facts).to_contain_text("GJ 20-0117")
    await expect(facts).to_contain_text("Basic subscriber")
    await expect(page.locator("ol.timeline")).to_contain_text("fields confirmed in triage")
    await screenshot(page, artifacts, "triage-confirmed")


async def test_an_intake_clerk_cannot_decide_not_even_with_a_forged_form(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, artifacts: Path, seed_case: str
) -> None:
    page: Page = await log_in(staff["INTAKE_CLERK"])  # type: ignore[assignment]
    await page.goto(f"/cases/{seed_case}")
    await expect(page.get_by_role("heading", name="Actions")).to_be_visible()
    await expect(page.get_by_role("heading", name="Decide")).to_have_count(0)
    await expect(page.locator("form[action$='/actions']")).to_have_count(0)
    await expect(page.get_by_text("Your role (Intake clerk) cannot decide")).to_be_visible()
    decision_before = await page.locator("#decision").inner_text()
    requests_before = await count_requests(system, seed_case)
    state_before = (await system.case(seed_case))["state"]

    # A hand-made form, with the clerk's own valid CSRF token: the role is what refuses it.
    async with page.expect_navigation() as navigation:
        await page.evaluate(
            """([caseId, disposition]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = `/cases/${caseId}/actions`;
                const fields = {csrf_token: document.querySelector("input[name=csrf_token]").value,
                                action: "DECIDE", disposition: disposition};
                for (const [name, value] of Object.entries(fields)) {
                    const input = document.createElement("input");
                    input.type = "hidden"; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
            }""",
            [seed_case, "COMPLY"],
        )
    response = await navigation.value
    assert response is not None and response.status == 403
    await expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    await expect(page.get_by_role("alert")).to_contain_text("your role (Intake clerk) may not do this (DECIDE)")
    await expect(page.get_by_text("Nothing was changed.")).to_be_visible()
    await screenshot(page, artifacts, "clerk-refused")

    assert await count_requests(system, seed_case) == requests_before
    assert (await system.case(seed_case))["state"] == state_before
    await page.goto(f"/cases/{seed_case}")
    await expect(page.locator("#decision")).to_have_text(decision_before)


async def test_a_page_being_typed_in_offers_the_changes_instead_of_redrawing(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, seed_case: str
) -> None:
    page: Page = await log_in(staff["COUNSEL"])  # type: ignore[assignment]
    await page.goto(f"/cases/{seed_case}")
    await page.evaluate("window.drawnOnce = true")
    draft = "Drafting why we might depart from the recommendation"
    await page.locator("#decide-reason").fill(draft)
    # Meanwhile another counsel acknowledges the case through the API: it changes under this one.
    async with httpx.AsyncClient(base_url=system.base_url, headers=system.headers, timeout=10) as client:
        asked = await client.post(f"/api/v1/cases/{seed_case}/actions", json={"action": "ACKNOWLEDGE"})
    assert asked.status_code == 202, asked.text

    changed = page.get_by_role("status").filter(has_text="This case has changed since the page was drawn.")
    await expect(changed).to_be_visible()
    assert await page.evaluate("window.drawnOnce === true")  # not reloaded: the draft is still there
    await expect(page.locator("#decide-reason")).to_have_value(draft)
    await changed.get_by_role("button", name="Show the changes").click()
    requests = page.get_by_role("table", name="Staff requests and their outcome")
    await expect(requests.get_by_role("row").filter(has_text="Acknowledge")).to_contain_text("done:")
    await expect(page.locator("#stage")).to_have_text("Acknowledged")


async def test_counsel_accepts_the_recommendation_and_sees_reviews_answer(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, artifacts: Path, seed_case: str
) -> None:
    page: Page = await log_in(staff["COUNSEL"])  # type: ignore[assignment]
    await page.goto(f"/cases/{seed_case}")
    recommendation = (await page.locator("#recommendation").inner_text()).strip()
    await expect(page.locator("#decision")).to_have_text("None yet")
    decide = page.locator("form").filter(has=page.get_by_role("heading", name="Decide"))
    chosen = decide.get_by_label("Disposition")
    await expect(chosen.locator("option:checked")).to_have_text(f"{recommendation} (recommended)")
    await decide.get_by_role("button", name="Record the decision").click()

    await expect(page).to_have_url(re.compile(rf"/cases/{seed_case}\?done=DECIDE"))
    await expect(page.get_by_role("status").filter(has_text="“Decide” sent")).to_be_visible()
    requests = page.get_by_role("table", name="Staff requests and their outcome")
    # Review answers on action-outcome; the page polls its progress and redraws with the answer.
    await expect(requests).to_contain_text(re.compile(r"done: accepted \w+"))
    await expect(requests).to_contain_text(f"Decide: {recommendation}")
    await expect(page.locator("#decision")).to_have_text(recommendation)
    await expect(page.locator("#stage")).to_have_text(re.compile("decided", re.I))
    await expect(page.locator("ol.timeline")).to_contain_text(f"Decide by {staff['COUNSEL'].display_name}")
    await screenshot(page, artifacts, "decision-outcome")


async def test_the_queue_search_is_reachable_and_usable_by_keyboard(
    system: RunningSystem, staff: dict[str, Login], log_in: LogIn, artifacts: Path, seed_case: str
) -> None:
    page: Page = await log_in(staff["LEGAL_OPS"])  # type: ignore[assignment]
    rows = page.get_by_role("table", name="Cases").locator("tbody tr")
    customs = rows.filter(has_text="U.S. Customs and Border Protection")
    await expect(customs).not_to_have_count(0)  # the seed case, wherever its urgency puts it
    await screenshot(page, artifacts, "queue")

    await page.locator("body").focus()
    for _ in range(20):
        await page.keyboard.press("Tab")
        if await page.evaluate("document.activeElement.id") == "q":
            break
    else:
        pytest.fail("the queue's search box is not reachable with Tab within 20 presses")
    assert await page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    await page.keyboard.type("Customs and Border")
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(re.compile(r"\?q=Customs\+and\+Border"))
    await expect(customs).not_to_have_count(0)
    await expect(rows.filter(has_text="U.S. Department of Justice")).to_have_count(0)
    await expect(page.locator("#q")).to_have_value("Customs and Border")

    await page.locator("#q").fill("no such requester anywhere")
    await page.keyboard.press("Enter")
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("No case matches.")

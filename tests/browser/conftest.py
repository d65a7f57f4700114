"""Real-browser tests: Debian's Chromium, driven by Playwright, against the running system.

One system per test module (the three services as processes on real Apache Kafka and
PostgreSQL, exactly as tests/e2e/conftest.py starts it: its fixture functions are reused here
at module scope, not copied), one Chromium per module, a fresh browser context per login.

Chromium is the system's (``/usr/bin/chromium``, Debian's package; ``playwright install`` is
never run). Without it the tests are skipped on a developer's machine and fail under CI.
Screenshots go to ``test-artifacts/browser/`` (git-ignored).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests import conftest as shared_fixtures
from tests.e2e import conftest as e2e_fixtures
from tests.e2e.conftest import RunningSystem

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("DUEPROCESS_TEST_CHROMIUM", "/usr/bin/chromium"))
# The network is closed: without these Chromium keeps trying to reach Google's services.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("DUEPROCESS_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "browser"
PASSWORD = "correct horse battery staple"
TIMEOUT_MS = 30_000


@pytest.fixture(scope="session", autouse=True)
def chromium() -> Path:
    """The Chromium binary; before anything is started, so a machine without it skips at once."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    why = (
        f"Chromium is not installed at {CHROMIUM}: the browser tests need Debian's chromium "
        "(apt-get install --no-install-recommends chromium; DUEPROCESS_TEST_CHROMIUM names another binary)"
    )
    if os.environ.get("CI"):
        pytest.fail(f"CI is set and {why}", pytrace=False)
    pytest.skip(why)


# tests/e2e's system, and the fixtures it needs, at module scope: one system serves every
# browser test of a module (starting three services and waiting for them costs seconds).
database_url = pytest.fixture(scope="module", name="database_url")(shared_fixtures.database_url.__wrapped__)
topic_prefix = pytest.fixture(scope="module", name="topic_prefix")(shared_fixtures.topic_prefix.__wrapped__)
system = pytest.fixture(scope="module", name="system")(e2e_fixtures.system.__wrapped__)


@pytest.fixture(scope="module")
def tmp_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The system's working directory (mail sink, logs): one per module, like the system."""
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="module")
def service_env() -> dict[str, str]:
    # The browser reaches intake over plain http, as under `dueprocess up`: no Secure cookies.
    return {"DUEPROCESS_SESSION_COOKIE_SECURE": "false"}


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Login:
    staff_id: uuid.UUID
    email: str
    password: str
    display_name: str
    role: str


@pytest.fixture(scope="module")
async def staff(system: RunningSystem) -> dict[str, Login]:
    """A clerk, legal ops and counsel with passwords, made through intake's service layer on the
    running system's database (as ``dueprocess staff add`` does)."""
    from services.intake.domain.staff import Role
    from services.intake.service_layer import staff as staff_service
    from shared.db import create_pool

    pool = await create_pool(system.database_url, max_size=2)
    people: dict[str, Login] = {}
    try:
        for role, name in (
            (Role.INTAKE_CLERK, "Casey Clerk"),
            (Role.LEGAL_OPS, "Lee Ops"),
            (Role.COUNSEL, "Cora Counsel"),
        ):
            email = f"{role.value.lower().replace('_', '-')}-{uuid.uuid4().hex[:6]}@dueprocess.test"
            member = await staff_service.create_staff(
                pool=pool,
                email=email,
                display_name=name,
                role=role,
                password=PASSWORD,
                created_by="browser-tests",
                clock=now,
            )
            people[role.value] = Login(member.staff_id, email, PASSWORD, name, role.value)
    finally:
        await pool.close()
    return people


@pytest.fixture(scope="module")
async def browser(chromium: Path) -> AsyncIterator[object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


LogIn = Callable[[Login], Awaitable[object]]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Remember each phase's outcome on the item, so fixtures can tell that the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
async def log_in(
    browser: object, system: RunningSystem, request: pytest.FixtureRequest, artifacts: Path
) -> AsyncIterator[LogIn]:
    """``page = await log_in(staff["COUNSEL"])``: a new browser context, logged in through the
    login form, on the case queue. The contexts are closed after the test; when it failed, each
    page is saved first as ``FAILED-<test>-<n>.png``."""
    from playwright.async_api import Browser, expect

    assert isinstance(browser, Browser)
    contexts = []

    async def open_as(who: Login) -> object:
        context = await browser.new_context(
            base_url=system.base_url, viewport={"width": 1280, "height": 900}, locale="en-GB", timezone_id="UTC"
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = await context.new_page()
        await page.goto("/")  # anonymous: sent to the login form
        await expect(page).to_have_url(f"{system.base_url}/login?next=/")
        await page.get_by_label("E-mail address").fill(who.email)
        await page.get_by_label("Password").fill(who.password)
        await page.get_by_role("button", name="Log in").click()
        await expect(page.get_by_role("heading", name="Case queue")).to_be_visible()
        await expect(page.locator("header .who")).to_contain_text(who.display_name)
        return page

    yield open_as
    report = getattr(request.node, "report_call", None)
    for number, context in enumerate(contexts):
        if report is not None and report.failed:
            for page in context.pages:
                await page.screenshot(path=str(artifacts / f"FAILED-{request.node.name}-{number}.png"), full_page=True)
        await context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session", autouse=True)
def _expect_timeout() -> None:
    """Playwright's assertions wait up to this long (the pipeline's work is asynchronous)."""
    from playwright.async_api import expect

    expect.set_options(timeout=TIMEOUT_MS)

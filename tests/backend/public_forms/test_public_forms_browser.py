"""The public form in a real headless browser (Debian's chromium, driven by Playwright over the
DevTools protocol), with JavaScript turned off: open the page, fill it, submit, and the submission
appears."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from backend.public_forms import service
from backend.public_forms.models import PublicFormSubmission
from tests.backend.public_forms.support import contact_form
from tests.conftest import Workspace
from tests.support import Database, ServerProcess


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("TRCR_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{reason}, and TRCR_REQUIRE_SERVICES=1 makes it required")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def page_server(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    process = ServerProcess(database_url=database.url)
    process.start(Path(tmp_path_factory.mktemp("browser-logs")))
    try:
        yield process
    finally:
        process.stop()


async def test_a_person_fills_and_sends_the_form_without_javascript(
    page_server: ServerProcess, workspace: Workspace
) -> None:
    executable = chromium()
    from playwright.async_api import async_playwright

    form = await contact_form(workspace, "BRW")
    url = f"{page_server.base_url}/forms/{form.slug}"
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox"]
        )
        try:
            context = await browser.new_context(java_script_enabled=False)
            page = await context.new_page()
            await page.goto(url)
            assert await page.title() == "Contact <us>"

            # First a mistake: the page comes back with the message and what was typed.
            await page.fill("#f-name", "Ada <Lovelace>")
            await page.fill("#f-email", "not-an-email")
            await page.click("button[type=submit]")
            assert "enter an email address" in await page.inner_text("#e-email")
            assert await page.input_value("#f-name") == "Ada <Lovelace>"

            await page.fill("#f-email", "ada@example.test")
            await page.fill("#f-message", "An engine, please.\nSoon.")
            await page.fill("#f-budget", "1200.50")
            await page.fill("#f-start", "2026-12-31")
            await page.select_option("#f-plan", "Pro")
            await page.check("#f-consent")
            await page.click("button[type=submit]")

            assert "your answers were received" in await page.inner_text("#thanks")
        finally:
            await browser.close()

    submissions = await service.list_submissions(workspace.principal(), form_id=str(form.id))
    assert (await submissions.total_count()) == 1
    answers = submissions.items[0].answers
    assert answers == {
        "name": "Ada <Lovelace>",
        "email": "ada@example.test",
        "message": "An engine, please.\nSoon.",
        "budget": "1200.50",
        "start": "2026-12-31",
        "plan": "Pro",
        "consent": True,
    }
    assert await PublicFormSubmission.filter(form_id=form.id).count() == 1

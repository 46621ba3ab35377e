"""Playwright for Python driving Debian's Chromium against pytest-django's live server.

Never ``playwright install``: the browser is the system's ``/usr/bin/chromium``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Response, sync_playwright

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


def pytest_configure(config: pytest.Config) -> None:
    # The live server answers the page's parallel requests (a save, then the panels reloading)
    # in several threads. SQLite's shared in-memory test database locks whole tables and fails
    # at once when they meet; a database file behaves as in production: WAL, a busy timeout.
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        path = Path(tempfile.gettempdir()) / f"quote-workbench-browser-{os.getpid()}.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@dataclass
class Trouble:
    """Everything that went wrong in the page: failed requests, error responses, console."""

    expected_statuses: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def on_request_failed(self, request: Request) -> None:
        self.problems.append(f"request failed: {request.method} {request.url} {request.failure}")

    def on_response(self, response: Response) -> None:
        if response.status >= 400 and response.status not in self.expected_statuses:
            self.problems.append(
                f"HTTP {response.status}: {response.request.method} {response.url}"
            )

    def on_console(self, message: ConsoleMessage) -> None:
        # CSP violations are reported here as errors. So is every error response, by the
        # browser and again by htmx; those of the statuses a test provokes are expected.
        expected = any(
            f"status of {status} " in message.text or f"Error Code {status} " in message.text
            for status in self.expected_statuses
        )
        if message.type in ("error", "warning") and not expected:
            self.problems.append(f"console {message.type}: {message.text}")

    def on_page_error(self, error: Exception) -> None:
        self.problems.append(f"page error: {error}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def trouble() -> Trouble:
    return Trouble()


@pytest.fixture
def open_page(browser: Browser, trouble: Trouble) -> Iterator[Callable[[], Page]]:
    """New pages (tabs) in one browser context, each watched for trouble."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.set_default_timeout(5000)

    def new_page() -> Page:
        page = context.new_page()
        page.on("requestfailed", trouble.on_request_failed)
        page.on("response", trouble.on_response)
        page.on("console", trouble.on_console)
        page.on("pageerror", trouble.on_page_error)
        return page

    yield new_page
    # The panels reload after the last action; let them finish before the database is emptied.
    for page in context.pages:
        page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")
    context.close()
    assert trouble.problems == []


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS

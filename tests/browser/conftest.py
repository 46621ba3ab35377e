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
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Response,
    expect,
    sync_playwright,
)

from annotations.models import (
    Article,
    Assignment,
    DetectionState,
    Project,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerAlias,
)
from tests.factories import UserFactory

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
        # The browser cancels what is still loading when the page moves on (the favicon
        # after a quick navigation); a file that is missing answers 404 and is caught below.
        if request.failure == "net::ERR_ABORTED":
            return
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


# The screens the layout is checked at: a small laptop and a desktop.
SMALL_SCREEN = {"width": 1280, "height": 720}
LARGE_SCREEN = {"width": 1920, "height": 1080}


@pytest.fixture
def viewport() -> dict[str, int]:
    """The window size; a test parametrizes ``viewport`` to choose another."""
    return {"width": 1440, "height": 900}


@pytest.fixture
def open_page(
    browser: Browser, trouble: Trouble, viewport: dict[str, int]
) -> Iterator[Callable[[], Page]]:
    """New pages (tabs) in one browser context, each watched for trouble."""
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(5000)

    def new_page() -> Page:
        page = context.new_page()
        page.on("requestfailed", trouble.on_request_failed)
        page.on("response", trouble.on_response)
        page.on("console", trouble.on_console)
        page.on("pageerror", trouble.on_page_error)
        return page

    yield new_page
    # Let the last action's answer arrive before the database is emptied.
    for page in context.pages:
        page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")
    context.close()
    assert trouble.problems == []


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


PASSWORD = "correct horse battery staple"

# Boilerplate around the story, curly quotes, emoji (two UTF-16 units each, one code point),
# a flag (two code points) and Korean: every offset the browser sends must count code points.
TEXT = (
    "Seoul Daily · Politics · World · Subscribe\n\n"
    "UN panel on North Korea sanctions ends after Russian veto\n\n"
    "유엔 대북 제재 감시 활동 러시아 반대로 15년 만에 종료…북한 편드는 러시아\n\n"
    "“We will not accept this,” said Vassily Nebenzia, Russia’s ambassador to the UN. 🙂 "
    "He added that the panel had outlived its purpose after fifteen years.\n\n"
    "Joonkook Hwang said the veto was “deeply regrettable” 🇰🇷 and warned that enforcement "
    "would now suffer across the region.\n\n"
    "Diplomats 🙂 told reporters that the vote was a turning point for sanctions 📉 in Asia.\n\n"
    "Related Articles · Markets rally · Weather"
)


def span(text: str, part: str, after: str = "") -> tuple[int, int]:
    start = text.index(part, text.index(after) if after else 0)
    return start, start + len(part)


@pytest.fixture
def annotator():
    return UserFactory(username="annotator1")


@pytest.fixture
def article(annotator) -> Article:
    project = Project.objects.create(
        name="North Korea sanctions panel",
        slug="nk-sanctions",
        stance_target="the UN sanctions regime on North Korea and its Panel of Experts",
        guidelines="Judge stance toward the sanctions regime.",
    )
    project.add_default_stance_labels()
    article = Article.objects.create(
        project=project,
        title="UN panel on North Korea sanctions ends after Russian veto",
        source="Seoul Daily",
        text=TEXT,
        content_start=TEXT.index("UN panel"),
        content_end=TEXT.index("Related Articles"),
        detection_state=DetectionState.DONE,
    )
    nebenzia = Speaker.objects.create(name="Vassily Nebenzia", description="Russia’s UN envoy")
    SpeakerAlias.objects.create(speaker=nebenzia, name="Nebenzya")
    hwang = Speaker.objects.create(name="Joonkook Hwang", description="South Korea’s UN envoy")
    Speaker.objects.create(name="Vassily Ivanov")
    # (paragraph, quote, kind, cue, speaker mention, speaker); each searched in its paragraph.
    for paragraph, part, kind, cue, mention, speaker in [
        (
            "“We",
            "“We will not accept this,”",
            QuoteKind.DIRECT,
            "said",
            "Vassily Nebenzia",
            nebenzia,
        ),
        # The detector's span misses "the panel"; the annotator fixes it.
        ("He added", "had outlived its purpose", QuoteKind.INDIRECT, "added", "He", nebenzia),
        (
            "Joonkook",
            "the veto was “deeply regrettable”",
            QuoteKind.MIXED,
            "said",
            "Joonkook",
            hwang,
        ),
        (
            "Joonkook",
            "enforcement would now suffer",
            QuoteKind.INDIRECT,
            "warned",
            "Joonkook",
            hwang,
        ),
    ]:
        start, end = span(TEXT, part, paragraph)
        cue_start, cue_end = span(TEXT, cue, paragraph)
        mention_start, mention_end = span(TEXT, mention, paragraph)
        Quote.objects.create(
            article=article,
            start=start,
            end=end,
            kind=kind,
            cue_start=cue_start,
            cue_end=cue_end,
            speaker_start=mention_start,
            speaker_end=mention_end,
            suggested_speaker=speaker,
            detected_speaker_name=TEXT[mention_start:mention_end],
            confidence=0.9,
        )
    Assignment.objects.create(article=article, annotator=annotator)
    return article


def select_text(page: Page, part: str, after: str = "") -> None:
    """Select the first ``part`` (after ``after``) with a DOM Range over the segments' text nodes.

    The search runs on the DOM's own UTF-16 strings, independently of the page's offsets.
    """
    page.evaluate(
        """([part, after]) => {
          const nodes = [...document.querySelectorAll('#article-text span[data-start]')]
            .map((segment) => segment.firstChild);
          const whole = nodes.map((node) => node.data).join('');
          const from = after ? whole.indexOf(after) : 0;
          const at = whole.indexOf(part, from);
          if (from < 0 || at < 0) throw new Error('not in the page: ' + part);
          const locate = (index, isEnd) => {
            let seen = 0;
            for (const node of nodes) {
              const inside = isEnd ? index <= seen + node.length : index < seen + node.length;
              if (inside) return [node, index - seen];
              seen += node.length;
            }
            throw new Error('past the end');
          };
          const range = document.createRange();
          range.setStart(...locate(at, false));
          range.setEnd(...locate(at + part.length, true));
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }""",
        [part, after],
    )


def selected(page: Page):
    return page.locator("#quote-editor .editor-body[data-quote]")


def sign_in(page: Page, live_server, username: str = "annotator1") -> None:
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your queue")).to_be_visible()

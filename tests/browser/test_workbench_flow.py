"""Workbench 2 in Chromium: one request per action, the list in view, the keys that move on,
the speaker mention, the detector's confidence and a done article, at two screen sizes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Request, expect

from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AssignmentStatus,
    AuditEvent,
    Flag,
    Quote,
    Speaker,
)
from tests.browser.conftest import (
    LARGE_SCREEN,
    SMALL_SCREEN,
    TEXT,
    select_text,
    selected,
    sign_in,
    span,
)
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = pytest.mark.parametrize(
    "viewport", [SMALL_SCREEN, LARGE_SCREEN], ids=["1280x720", "1920x1080"]
)


class RequestLog:
    """The page's own requests (not its static files), to count them per action."""

    def __init__(self, page: Page) -> None:
        self.requests: list[str] = []
        page.on("request", self.on_request)

    def on_request(self, request: Request) -> None:
        if "/static/" not in request.url:
            self.requests.append(f"{request.method} {request.url}")

    def take(self) -> list[str]:
        taken, self.requests = self.requests, []
        return taken


def settled(page: Page) -> None:
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")


def open_article(page: Page, live_server, article: Article) -> RequestLog:
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    settled(page)
    return RequestLog(page)


@SCREENS
def test_every_action_is_one_request_that_updates_everything(
    open_page, live_server, annotator, article
):
    page = open_page()
    log = open_article(page, live_server, article)
    first, second, third, _ = article.quotes.order_by("start")

    def one_request(action) -> str:
        action()
        settled(page)
        page.wait_for_timeout(150)  # anything a swap would fetch afterwards has started
        settled(page)
        made = log.take()
        assert len(made) == 1, made
        return made[0]

    # A stance: the row and the pressed button follow, nothing else is fetched.
    assert "POST" in one_request(lambda: page.keyboard.press("1"))
    expect(page.locator(f"#quote-row-{first.pk} .row-stance")).to_have_text("Favor")

    # A decision: the row, the highlight, the progress and the next quote's editor at once.
    assert "POST" in one_request(lambda: page.keyboard.press("a"))
    expect(page.locator(f"#quote-row-{first.pk}")).to_have_class(re.compile("decision-accept"))
    expect(page.locator(f"#article-text [data-quotes~='{first.pk}']").first).to_have_class(
        re.compile("q-accept")
    )
    expect(page.locator("#progress")).to_contain_text("1 of 4 quotes judged")
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))

    # Moving is one request for the editor.
    assert "GET" in one_request(lambda: page.keyboard.press("j"))
    expect(selected(page)).to_have_attribute("data-quote", str(third.pk))

    # A corrected span redraws its line of text in the same answer.
    def fix_span() -> None:
        select_text(page, "deeply regrettable", after="Joonkook")
        page.keyboard.press("e")

    one_request(fix_span)
    expect(page.locator("#quote-editor .excerpt")).to_have_text("deeply regrettable")
    shown = page.evaluate(
        """(id) => [...document.querySelectorAll(`#article-text [data-quotes~='${id}']`)]
            .map((segment) => segment.textContent).join('')""",
        str(third.pk),
    )
    assert shown == "deeply regrettable"

    # A note saved with Ctrl+Enter, then the focus is back on the list.
    page.keyboard.press("n")
    page.keyboard.type("Check the wording")
    one_request(lambda: page.keyboard.press("Control+Enter"))
    expect(page.locator("#quote-list")).to_be_focused()
    assert Annotation.objects.get(quote=third, annotator=annotator).note == "Check the wording"


@SCREENS
def test_the_list_shows_eight_rows_beside_the_editor_without_scrolling(
    open_page, live_server, annotator, article, viewport, screenshots
):
    text = "".join(f"“Point {n} stands,” said Speaker {n}.\n\n" for n in range(30))
    article = Article.objects.create(
        project=article.project,
        title="Thirty quotes",
        text=text,
    )
    Assignment.objects.create(article=article, annotator=annotator)
    for n in range(30):
        start, end = span(text, f"“Point {n} stands,”")
        Quote.objects.create(article=article, start=start, end=end, confidence=0.8)
    page = open_page()
    open_article(page, live_server, article)

    visible_rows = page.evaluate(
        """() => [...document.querySelectorAll('#quote-list .quote-row')].filter((row) => {
            const box = row.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
        }).length"""
    )
    assert visible_rows >= 8
    assert page.evaluate("window.scrollY") == 0
    side = page.locator(".side").bounding_box()
    listing = page.locator(".quotes").bounding_box()
    assert side is not None and listing is not None
    # Beside, not below: the list starts level with the editor's column, to its right.
    assert listing["x"] >= side["x"] + side["width"]
    assert abs(listing["y"] - side["y"]) < 5
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    size = f"{viewport['width']}x{viewport['height']}"
    page.screenshot(path=screenshots / f"article-page-{size}.png", caret="initial")


@pytest.fixture
def article(article):
    """The shared article, wanting the project's default: move on after a decision."""
    assert article.project.advance_after_decision
    return article


@SCREENS
def test_keys_move_on_to_what_is_left_and_mark_the_article_done(
    open_page, live_server, annotator, article
):
    page = open_page()
    open_article(page, live_server, article)
    _, second, third, fourth = article.quotes.order_by("start")

    page.keyboard.press("x")  # reject the first: on to the second
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(selected(page)).to_have_attribute("data-quote", str(fourth.pk))
    page.keyboard.press("a")  # the fourth: the next undecided wraps round to the second
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))
    page.keyboard.press("g")
    expect(selected(page)).to_have_attribute("data-quote", str(third.pk))

    # The list is a listbox the arrows move through.
    page.locator("#quote-list").focus()
    page.keyboard.press("ArrowUp")
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))
    expect(page.locator("#quote-list")).to_have_attribute(
        "aria-activedescendant", f"quote-row-{second.pk}"
    )
    expect(page.locator(f"#quote-row-{second.pk}")).to_have_attribute("aria-selected", "true")

    # Mark done asks first; Esc keeps working, Enter confirms.
    page.keyboard.press("Shift+D")
    dialog = page.get_by_role("dialog", name="Mark this article done?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("2 of 4 quotes judged")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert Assignment.objects.get(article=article).status == AssignmentStatus.ASSIGNED
    page.keyboard.press("Shift+D")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your queue")).to_be_visible()
    assert Assignment.objects.get(article=article).status == AssignmentStatus.DONE

    # The done article is visibly read-only.
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator(".readonly-notice")).to_contain_text("Marked done: read-only.")
    expect(page.locator("#judgement-bar button[data-hotkey='a']")).to_be_disabled()
    expect(page.locator("#speaker-input")).to_have_count(0)
    page.keyboard.press("x")
    page.wait_for_timeout(200)
    assert not Annotation.objects.filter(quote=third).exists()


@SCREENS
def test_flagging_a_quote_for_the_reviewer(open_page, live_server, annotator, article):
    page = open_page()
    log = open_article(page, live_server, article)
    first = article.quotes.order_by("start").first()

    page.keyboard.press("f")
    dialog = page.get_by_role("dialog", name="Flag this quote for the reviewer")
    expect(dialog).to_be_visible()
    expect(page.locator("#flag-reason")).to_be_focused()
    page.keyboard.type("Is “We” the ambassador or his government?")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#quote-editor .badge-flag")).to_be_visible()
    expect(page.locator(f"#quote-row-{first.pk} .row-flag")).to_have_text("flagged")
    settled(page)
    assert len(log.take()) == 1

    flag = Flag.objects.get()
    assert (flag.quote, flag.annotator) == (first, annotator)
    assert flag.reason == "Is “We” the ambassador or his government?"
    assert AuditEvent.objects.filter(action="flag.add", object_id=str(flag.pk)).exists()

    # With the mouse: the editor's link opens the dialog, its button sends it.
    page.get_by_role("button", name="Flag for the reviewer").click()
    page.locator("#flag-reason").fill("And the cue?")
    page.get_by_role("button", name="Flag Ctrl + Enter").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#quote-editor .badge-flag")).to_have_attribute("title", "And the cue?")
    assert Flag.objects.count() == 2


@SCREENS
def test_m_makes_the_selection_the_speakers_mention(open_page, live_server, annotator, article):
    page = open_page()
    open_article(page, live_server, article)
    second = article.quotes.order_by("start")[1]  # "He added that…", mention "He"

    page.locator(f"#quote-row-{second.pk}").click()
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))
    expect(page.locator("#quote-editor .mention-text")).to_have_text("He")
    select_text(page, "Vassily Nebenzia")
    page.keyboard.press("m")
    expect(page.locator("#quote-editor .mention-text")).to_have_text("Vassily Nebenzia")
    mention = page.locator(f"#article-text [data-mentions~='{second.pk}']")
    expect(mention).to_have_text("Vassily Nebenzia")

    annotation = Annotation.objects.get(quote=second, annotator=annotator)
    assert (annotation.speaker_start, annotation.speaker_end) == span(TEXT, "Vassily Nebenzia")

    # Another speaker whom the mention does not name: the mention goes.
    page.keyboard.press("s")
    page.keyboard.type("Joonkook")
    expect(page.locator("#speaker-options .option").first).to_contain_text("Joonkook Hwang")
    page.keyboard.press("Enter")
    expect(page.locator("#speaker-input")).to_have_value("Joonkook Hwang")
    expect(page.locator("#quote-editor .mention-text")).to_have_text("none")
    expect(page.locator(f"#article-text [data-mentions~='{second.pk}']")).to_have_count(0)
    annotation.refresh_from_db()
    assert annotation.speaker == Speaker.objects.get(name="Joonkook Hwang")
    assert (annotation.speaker_start, annotation.speaker_end) == (None, None)


@SCREENS
def test_the_editor_shows_the_detectors_confidence_and_low_ones_are_marked(
    open_page, live_server, annotator, article
):
    first, second, *_ = article.quotes.order_by("start")
    Quote.objects.filter(pk=second.pk).update(confidence=0.3)
    page = open_page()
    open_article(page, live_server, article)

    expect(page.locator("#quote-editor .confidence-value")).to_have_text("90%")
    expect(page.locator(f"#quote-row-{first.pk} .row-low")).to_have_count(0)
    expect(page.locator(f"#quote-row-{second.pk} .row-low")).to_have_text("low confidence")
    page.keyboard.press("j")
    expect(page.locator("#quote-editor .confidence-value")).to_have_text("30% · low")
    # The stance target is on the page, by the stance buttons.
    expect(page.locator("#stance-label")).to_contain_text(
        "the UN sanctions regime on North Korea and its Panel of Experts"
    )


@SCREENS
def test_a_quote_one_annotator_adds_stays_out_of_the_others_workbench(
    open_page, live_server, annotator, article
):
    colleague = UserFactory(username="annotator2")
    Assignment.objects.create(article=article, annotator=colleague)
    page = open_page()
    open_article(page, live_server, article)
    select_text(page, "the vote was a turning point for sanctions 📉 in Asia")
    page.keyboard.press("q")
    page.keyboard.press("i")
    expect(page.locator("#progress")).to_contain_text("1 of 5 quotes judged")
    added = Quote.objects.get(created_by=annotator)
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, "annotator2")
    expect(page.locator(".assignment").first).to_contain_text("0 / 4 quotes")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator(".quote-row")).to_have_count(4)
    expect(page.locator(f"#quote-row-{added.pk}")).to_have_count(0)
    expect(page.locator(f"#article-text [data-quotes~='{added.pk}']")).to_have_count(0)
    expect(page.locator("#progress")).to_contain_text("0 of 4 quotes judged")

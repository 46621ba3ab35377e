"""An annotator works through an article with the keyboard in real Chromium."""

from __future__ import annotations

import json
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations import judging
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    DetectionState,
    Quote,
    QuoteKind,
    QuoteOrigin,
    Speaker,
)
from tests.browser.conftest import TEXT, Trouble, select_text, selected, sign_in, span

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
DOCS_IMAGE = ROOT / "docs" / "img" / "article-page.png"
GOLD_002 = ROOT / "tests" / "data" / "gold" / "seeds" / "002_fe466d9e0e413ba9.json"


def test_an_annotator_works_through_an_article_with_the_keyboard(
    open_page, live_server, annotator, article, screenshots
):
    page = open_page()
    sign_in(page, live_server)
    row = page.locator(".assignment").first
    expect(row).to_contain_text(article.title)
    expect(row).to_contain_text("0 / 4 quotes")
    page.screenshot(path=screenshots / "queue.png", full_page=True, caret="initial")

    page.get_by_role("button", name="Next article").click()
    expect(page).to_have_url(f"{live_server.url}/articles/{article.pk}/")
    first, second, third, fourth = article.quotes.order_by("start")
    expect(selected(page)).to_have_attribute("data-quote", str(first.pk))
    expect(page.locator(f"#article-text [data-quotes~='{first.pk}']")).to_have_class(
        re.compile(r"q-direct q-open.* is-selected")
    )

    # The speaker through type-ahead, found by an alias; then the stance by its hotkey.
    page.keyboard.press("s")
    page.keyboard.type("Nebenzya")
    option = page.locator("#speaker-options .option", has_text="Vassily Nebenzia")
    expect(option).to_contain_text("also “Nebenzya”")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator("#speaker-input")).to_have_value("Vassily Nebenzia")
    page.keyboard.press("Escape")
    page.keyboard.press("2")
    expect(selected(page)).to_have_attribute("data-stance", "against")
    expect(page.locator(f"#quote-row-{first.pk} .row-stance")).to_have_text("Against")

    # Accept with the keyboard: the row, the highlight and the progress follow, and the
    # selection moves on to the next undecided quote.
    page.keyboard.press("a")
    expect(selected(page)).to_have_attribute("data-quote", str(second.pk))
    expect(page.locator(f"#quote-row-{first.pk}")).to_have_class(re.compile(r"decision-accept"))
    expect(page.locator(f"#article-text [data-quotes~='{first.pk}']")).to_have_class(
        re.compile(r"q-direct q-accept")
    )
    expect(page.locator(f"#quote-row-{second.pk}")).to_have_class(re.compile(r"is-selected"))
    expect(page.locator("#progress")).to_contain_text("1 of 4 quotes judged")

    # The second quote's span misses words: select the right text and press e.
    select_text(page, "the panel had outlived its purpose", after="He added")
    page.keyboard.press("e")
    expect(page.locator("#quote-editor .span-info")).to_contain_text("corrected")
    expect(page.locator("#quote-editor .excerpt")).to_have_text(
        "the panel had outlived its purpose"
    )
    page.keyboard.press("a")
    expect(selected(page)).to_have_attribute("data-quote", str(third.pk))
    expect(page.locator(f"#quote-row-{second.pk}")).to_have_class(re.compile(r"decision-accept"))

    # A quote the detector missed, after two emoji in its paragraph.
    select_text(page, "the vote was a turning point for sanctions 📉 in Asia")
    page.keyboard.press("q")
    expect(page.locator("#kind-prompt")).to_be_visible()
    page.keyboard.press("i")
    expect(page.locator("#quote-editor .badge").first).to_have_text("Indirect")
    expect(page.locator("#progress")).to_contain_text("3 of 5 quotes judged")

    # The third quote's speaker is nobody the workbench knows yet: create it inline.
    page.locator(f"#quote-row-{third.pk}").click()
    expect(selected(page)).to_have_attribute("data-quote", str(third.pk))
    page.keyboard.press("s")
    page.keyboard.type("Hwang Joon-kook's office")
    page.locator("#speaker-options .option-new").click()
    expect(page.locator("#new-speaker-name")).to_have_value("Hwang Joon-kook's office")
    page.locator("#new-speaker-kind").select_option("organisation")
    page.locator("#new-speaker-description").fill("South Korea’s mission to the UN")
    page.get_by_role("button", name="Create and use").click()
    expect(page.locator("#speaker-input")).to_have_value("Hwang Joon-kook's office")

    # Reject the fourth quote, then undo it.
    page.locator(f"#quote-row-{fourth.pk}").click()
    expect(selected(page)).to_have_attribute("data-quote", str(fourth.pk))
    page.keyboard.press("x")
    expect(page.locator(f"#quote-row-{fourth.pk}")).to_have_class(re.compile(r"decision-reject"))
    page.keyboard.press("u")
    expect(selected(page)).to_have_attribute("data-quote", str(fourth.pk))
    expect(selected(page)).to_have_attribute("data-decision", "")

    page.keyboard.press("?")
    expect(page.get_by_role("heading", name="Keyboard shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#shortcuts")).to_be_hidden()

    page.locator(f"#quote-row-{first.pk}").click()
    expect(selected(page)).to_have_attribute("data-quote", str(first.pk))
    page.screenshot(path=screenshots / "article-page-keyboard.png", caret="initial")

    # Everything was saved: reload and look, then ask the database.
    page.reload()
    expect(page.locator(f"#quote-row-{first.pk}")).to_contain_text("Vassily Nebenzia")
    expect(page.locator(f"#quote-row-{first.pk} .row-stance")).to_have_text("Against")
    expect(page.locator(f"#quote-row-{second.pk} .row-text")).to_have_text(
        "the panel had outlived its purpose"
    )
    expect(page.locator(".quote-row")).to_have_count(5)
    expect(page.locator("#progress")).to_contain_text("3 of 5 quotes judged")

    judged = {a.quote_id: a for a in Annotation.objects.filter(annotator=annotator)}
    assert (judged[first.pk].decision, judged[first.pk].stance) == ("accept", "against")
    assert judged[first.pk].speaker.name == "Vassily Nebenzia"
    assert TEXT[judged[second.pk].start : judged[second.pk].end] == (
        "the panel had outlived its purpose"
    )
    assert judged[fourth.pk].decision == ""
    assert judged[third.pk].speaker.kind == "organisation"
    added = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    assert (added.kind, added.created_by) == (QuoteKind.INDIRECT, annotator)
    assert TEXT[added.start : added.end] == "the vote was a turning point for sanctions 📉 in Asia"
    assert judged[added.pk].decision == "accept"


def test_a_second_tab_gets_a_conflict_not_an_overwrite(
    open_page, live_server, trouble: Trouble, annotator, article
):
    trouble.expected_statuses.update({400, 409})
    first_tab = open_page()
    sign_in(first_tab, live_server)
    first_tab.goto(f"{live_server.url}/articles/{article.pk}/")
    second_tab = open_page()
    second_tab.goto(f"{live_server.url}/articles/{article.pk}/")
    quote = article.quotes.order_by("start").first()

    first_tab.keyboard.press("a")
    expect(first_tab.locator(f"#quote-row-{quote.pk}")).to_have_class(re.compile("decision-accept"))
    second_tab.keyboard.press("n")
    second_tab.keyboard.type("Typed in the second tab")
    second_tab.keyboard.press("Control+Enter")

    conflict = second_tab.locator("#quote-editor .conflict")
    expect(conflict).to_contain_text("changed in another tab")
    expect(second_tab.locator("#note-input")).to_have_value("Typed in the second tab")
    expect(selected(second_tab)).to_have_attribute("data-decision", "accept")
    annotation = Annotation.objects.get(quote=quote, annotator=annotator)
    assert (annotation.decision, annotation.note, annotation.version) == ("accept", "", 1)

    # A refused change shows why in a banner and leaves the typed note alone.
    second_tab.keyboard.press("Escape")  # out of the note field, so keys are shortcuts again
    select_text(second_tab, " ", after="Diplomats")
    second_tab.keyboard.press("e")
    expect(second_tab.locator("#banner")).to_contain_text("holds only white space")
    expect(second_tab.locator("#note-input")).to_have_value("Typed in the second tab")

    # Saving again, now on the current version, keeps both.
    second_tab.locator("#quote-editor .note button").click()
    expect(second_tab.locator("#quote-editor .conflict")).to_have_count(0)
    annotation.refresh_from_db()
    assert (annotation.decision, annotation.note) == ("accept", "Typed in the second tab")


def test_a_row_clicked_while_a_save_is_out_waits_for_it(
    open_page, live_server, monkeypatch, annotator, article
):
    """A slow save must not answer after, and so replace, the editor of the row clicked next."""
    first, second = article.quotes.order_by("start")[:2]
    saved = threading.Event()

    def slow_judge(*args, **kwargs):
        time.sleep(0.8)
        try:
            return judge(*args, **kwargs)
        finally:
            saved.set()

    judge = judging.judge
    monkeypatch.setattr(judging, "judge", slow_judge)
    page = open_page()
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(selected(page)).to_have_attribute("data-quote", str(first.pk))

    # Accept the first quote, pick the second and reject it, all before the first save ends.
    page.keyboard.press("a")
    page.locator(f"#quote-row-{second.pk}").click()
    page.keyboard.press("x")
    assert not saved.is_set()
    assert saved.wait(5)
    expect(page.locator(f"#quote-row-{second.pk}")).to_have_class(re.compile("decision-reject"))
    # The rejection moved on to the next undecided quote, the third.
    third = article.quotes.order_by("start")[2]
    expect(selected(page)).to_have_attribute("data-quote", str(third.pk))
    expect(page.locator(f"#quote-row-{third.pk}")).to_have_class(re.compile("is-selected"))

    judged = {a.quote_id: a.decision for a in Annotation.objects.filter(annotator=annotator)}
    assert judged == {first.pk: "accept", second.pk: "reject"}


def test_the_korean_line_of_seed_003_becomes_a_quote_at_its_exact_offsets(
    open_page, live_server, annotator, article, seed_texts
):
    text = seed_texts["003_0886e2fd573d771f"]
    korean = "유엔 대북 제재 감시 활동 러시아 반대로 15년 만에 종료…북한 편드는 러시아"
    seed = Article.objects.create(project=article.project, title="Seed 003", text=text)
    Assignment.objects.create(article=seed, annotator=annotator)
    page = open_page()
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{seed.pk}/")

    select_text(page, korean)
    page.keyboard.press("q")
    page.keyboard.press("Enter")

    expect(page.locator("#quote-editor .excerpt")).to_have_text(korean)
    added = Quote.objects.get(article=seed)
    assert (added.start, added.end) == span(text, korean)
    assert added.kind == QuoteKind.DIRECT


def test_a_real_article_shows_its_gold_quotes_at_their_exact_offsets(
    open_page, live_server, annotator, article, seed_texts, screenshots
):
    """Seed 002 with its hand-made gold quotes: what the page highlights is what was stored."""
    gold = json.loads(GOLD_002.read_text(encoding="utf-8"))
    text = seed_texts[gold["id"]]
    seed = Article.objects.create(
        project=article.project,
        title=text.splitlines()[0],
        source="Seed 002",
        text=text,
        content_end=text.index("Leave a Comment"),
        detection_state=DetectionState.DONE,
    )
    Assignment.objects.create(article=seed, annotator=annotator)
    quotes = []
    for item in gold["quotes"]:
        speaker, _ = Speaker.objects.get_or_create(name=item["speaker"] or "Unnamed source")
        quotes.append(
            Quote.objects.create(
                article=seed,
                start=item["start"],
                end=item["end"],
                kind=item["kind"],
                cue_start=item["cue_start"],
                cue_end=item["cue_end"],
                speaker_start=item["speaker_start"],
                speaker_end=item["speaker_end"],
                suggested_speaker=speaker,
            )
        )
    page = open_page()
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{seed.pk}/")

    shown = page.evaluate(
        """() => {
          const texts = {};
          for (const segment of document.querySelectorAll('#article-text [data-quotes]')) {
            for (const id of segment.dataset.quotes.split(' ')) {
              texts[id] = (texts[id] || '') + segment.textContent;
            }
          }
          return texts;
        }"""
    )
    assert shown == {str(quote.pk): text[quote.start : quote.end] for quote in quotes}
    expect(page.locator(".boilerplate").last).to_have_text("Leave a Comment")

    # Judge a few so the picture shows accepted, rejected and open quotes.
    for keys in (["2", "a"], ["x"], ["1", "a"]):
        for key in keys:
            page.keyboard.press(key)
        expect(page.locator("#progress")).not_to_have_class(re.compile("htmx-request"))
    expect(page.locator("#progress")).to_contain_text(f"3 of {len(quotes)} quotes judged")
    for _ in range(3):
        page.keyboard.press("k")
    expect(selected(page)).to_have_attribute("data-quote", str(quotes[0].pk))
    page.wait_for_timeout(600)  # the smooth scroll to the quote, for the picture only
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=screenshots / "article-page.png", caret="initial")
    DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(screenshots / "article-page.png", DOCS_IMAGE)

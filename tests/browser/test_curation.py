"""A reviewer resolves every disagreement of a seed article on the curation page, by keyboard."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    Project,
    Quote,
    QuoteOrigin,
    ReviewStatus,
    Speaker,
)
from annotations.seeds import SEEDS_DIR, read_text
from tests.factories import ReviewerFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
SEED = "002_fe466d9e0e413ba9"
GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seeds" / f"{SEED}.json"


@pytest.fixture
def seed_article() -> Article:
    """Seed 002 with its gold quotes, judged by two annotators who disagree on some: the
    stance of every other quote, the span of every third, and a quote only ann1 added."""
    project = Project.objects.create(
        name="North Korea sanctions panel", slug="nk", stance_target="the sanctions regime"
    )
    project.add_default_stance_labels()
    text = read_text(SEEDS_DIR / f"{SEED}.txt")
    article = Article.objects.create(project=project, title="Seed 002", text=text)
    ann1, ann2 = UserFactory(username="ann1"), UserFactory(username="ann2")
    for user in (ann1, ann2):
        Assignment.objects.create(article=article, annotator=user)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["quotes"]
    for number, item in enumerate(gold):
        speaker, _ = Speaker.objects.get_or_create(name=item["speaker"] or "Unknown")
        quote = Quote.objects.create(
            article=article, start=item["start"], end=item["end"], kind=item["kind"]
        )
        Annotation.objects.create(
            quote=quote, annotator=ann1, decision="accept", speaker=speaker, stance="favor"
        )
        shorter = {"start": item["start"] + 1, "end": item["end"]} if number % 3 == 0 else {}
        Annotation.objects.create(
            quote=quote,
            annotator=ann2,
            decision="accept",
            speaker=speaker,
            stance="against" if number % 2 else "favor",
            **shorter,
        )
    added = Quote.objects.create(
        article=article, start=0, end=20, origin=QuoteOrigin.MANUAL, created_by=ann1
    )
    Annotation.objects.create(quote=added, annotator=ann1, decision="accept", stance="none")
    return article


def sign_in_to_the_admin(page: Page, live_server) -> None:
    ReviewerFactory(username="reviewer")
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("reviewer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#site-name")).to_be_visible()


def test_a_reviewer_resolves_every_disagreement_by_keyboard(
    open_page, live_server, seed_article, screenshots
):
    page = open_page()
    sign_in_to_the_admin(page, live_server)
    page.goto(f"{live_server.url}/admin/annotations/article/{seed_article.pk}/curate/")
    disputed = page.locator(".curation-card.open-dispute")
    # 5 stance, 4 span (two of them both) and the added quote: 8 quotes to resolve.
    expect(disputed).to_have_count(8)
    expect(page.locator(".badge-added")).to_have_text("added by 1 of 2")
    page.screenshot(path=str(screenshots / "curation-page.png"), full_page=False)

    # One key finalises the three quotes on which both annotators agree on every field.
    page.keyboard.press("U")
    expect(page.locator(".curation-card.is-final")).to_have_count(3)

    for left in range(8, 0, -1):
        expect(disputed).to_have_count(left)
        # The page opens on the next open disagreement.
        expect(page.locator(".curation-card.current")).to_have_class(re.compile("open-dispute"))
        # The span from ann1 (column 1), the stance from ann2 (column 2), then save.
        for key in ("s", "1", "t", "2", "Enter"):
            page.keyboard.press(key)
        page.wait_for_load_state("load")
    expect(disputed).to_have_count(0)

    quotes = Quote.objects.filter(article=seed_article)
    assert set(quotes.values_list("status", flat=True)) == {ReviewStatus.ACCEPTED}
    for quote in quotes.prefetch_related("annotations__annotator"):
        by = {j.annotator.username: j for j in quote.annotations.all()}
        assert (quote.final_start, quote.final_end) == by["ann1"].effective_span
        expected_stance = by["ann2"].stance if "ann2" in by else by["ann1"].stance
        assert quote.final_stance == expected_stance
    assert AuditEvent.objects.filter(action="quote.merge").count() == 8
    assert AuditEvent.objects.filter(action="quote.finalise_agreed").count() == 3

"""The stance suggestion in a real browser: shown as a suggestion, taken with one key."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from annotations.models import (
    Annotation,
    Article,
    Assignment,
    DetectionState,
    Project,
    Quote,
    StanceSuggestion,
)
from annotations.stance.training import start_training
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
TEXT = (
    "Council backs the charge\n\n"
    "“It will clear the air on Harbour Road,” said Helen Marwick. "
    "Derek Pryce called it “a tax on getting to work”. "
    "The consultation opens on 3 March, a spokesperson said.\n"
)
# (quote, suggested stance, probability)
SUGGESTED = [
    ("“It will clear the air on Harbour Road,”", "favor", 0.91),
    ("it “a tax on getting to work”", "against", 0.48),
    ("The consultation opens on 3 March", "none", 0.66),
]


@pytest.fixture
def article() -> Article:
    project = Project.objects.create(
        name="Port Ellery congestion charge",
        slug="port-ellery",
        stance_target="the congestion charge proposed for the centre of Port Ellery",
        stance_uncertain_first=True,
    )
    project.add_default_stance_labels()
    article = Article.objects.create(
        project=project,
        title="Council backs the charge",
        text=TEXT,
        detection_state=DetectionState.DONE,
    )
    model = start_training(project)
    labels = {label.key: label for label in project.stance_labels.all()}
    for part, stance, probability in SUGGESTED:
        start = TEXT.index(part)
        quote = Quote.objects.create(article=article, start=start, end=start + len(part))
        StanceSuggestion.objects.create(
            quote=quote, model=model, label=labels[stance], probability=probability
        )
    Assignment.objects.create(article=article, annotator=UserFactory(username="annotator1"))
    return article


def test_the_least_certain_quote_comes_first_and_its_suggestion_is_taken_with_its_key(
    open_page, live_server, article: Article, screenshots
) -> None:
    page: Page = open_page()
    page.goto(f"{live_server.url}/")
    page.get_by_label("Username").fill("annotator1")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your queue")).to_be_visible()
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    suggestion = page.locator("#quote-editor .stance-suggestion")
    # The project serves the least certain first: the "against" at 48%.
    expect(suggestion).to_have_attribute("data-suggested-stance", "against")
    expect(suggestion).to_contain_text("Stance Against, 48% sure")
    expect(suggestion).to_contain_text("not saved")
    expect(page.locator("#quote-list .row-text").first).to_contain_text("a tax on getting to work")
    expect(page.locator("#quotes-title")).to_contain_text("least certain stance first")
    # A suggestion only: the stance buttons are not pressed.
    expect(page.locator("#judgement-bar .choice[value='against']")).to_have_attribute(
        "aria-pressed", "false"
    )
    page.screenshot(path=screenshots / "stance-suggestion.png", caret="initial")
    page.keyboard.press("2")
    expect(page.locator("#judgement-bar .choice[value='against']")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(suggestion).to_have_count(0)
    quote = Quote.objects.get(article=article, start=TEXT.index(SUGGESTED[1][0]))
    assert Annotation.objects.get(quote=quote).stance == "against"

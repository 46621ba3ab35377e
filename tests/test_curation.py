"""The reviewer's curation page: a view of the article's admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import curation, roles
from annotations.models import Article, AuditEvent, Decision, Quote, QuoteOrigin, ReviewStatus
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

TEXT = "Intro line.\n“We <b>refuse</b>,” said Ana 🙂.\nThe mayor said the plan was “반대”.\nEnd."


def curate_url(article: Article) -> str:
    return reverse("admin:annotations_article_curate", args=[article.pk])


def at(text: str, fragment: str) -> dict[str, int]:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment)}


@pytest.fixture
def article() -> Article:
    """Three annotators: one quote they all agree on, one disputed on span, speaker and stance,
    one only ann1 added."""
    article = ArticleFactory(text=TEXT)
    ann1, ann2, ann3 = (UserFactory(username=f"ann{i}") for i in (1, 2, 3))
    for user in (ann1, ann2, ann3):
        AssignmentFactory(article=article, annotator=user)
    ana, mayor = SpeakerFactory(name="Ana"), SpeakerFactory(name="The mayor")
    agreed = QuoteFactory(article=article, **at(TEXT, "“We <b>refuse</b>,”"), suggested_speaker=ana)
    for user in (ann1, ann2, ann3):
        AnnotationFactory(quote=agreed, annotator=user, speaker=ana, stance="against")
    disputed = QuoteFactory(article=article, **at(TEXT, "the plan was “반대”"))
    corrected = at(TEXT, "“반대”")
    AnnotationFactory(quote=disputed, annotator=ann1, speaker=mayor, stance="favor")
    AnnotationFactory(quote=disputed, annotator=ann2, speaker=ana, stance="against", **corrected)
    AnnotationFactory(quote=disputed, annotator=ann3, speaker=mayor, stance="none")
    added = QuoteFactory(
        article=article, **at(TEXT, "End"), origin=QuoteOrigin.MANUAL, created_by=ann1
    )
    AnnotationFactory(quote=added, annotator=ann1, speaker=None, stance="none")
    return article


def quote_at(article: Article, fragment: str) -> Quote:
    return Quote.objects.get(article=article, start=TEXT.index(fragment))


def test_the_page_shows_every_annotator_disagreements_first(
    reviewer_client: Client, article: Article
) -> None:
    response = reviewer_client.get(curate_url(article))
    assert response.status_code == 200
    page = response.context["curation"]
    assert [user.username for user in page.annotators] == ["ann1", "ann2", "ann3"]
    order = [card.quote.pk for card in page.cards]
    disputed, added = quote_at(article, "the plan"), quote_at(article, "End")
    assert set(order[:2]) == {disputed.pk, added.pk}
    assert order[2] == quote_at(article, "“We").pk
    disputed_card = next(card for card in page.cards if card.quote.pk == disputed.pk)
    assert disputed_card.disputed == ["span", "speaker", "stance"]
    html = response.content.decode()
    assert "added by 1 of 3" in html
    assert "did not mark it" in html
    # The text is untrusted: escaped wherever it appears.
    assert "<b>refuse</b>" not in html and "&lt;b&gt;refuse&lt;/b&gt;" in html
    assert "반대" in html and "🙂" in html
    assert 'id="site-name"' in html  # the admin's own frame


def test_the_page_costs_the_same_queries_for_3_and_60_quotes(
    reviewer_client: Client, article: Article
) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert reviewer_client.get(curate_url(article)).status_code == 200
        return len(captured)

    queries()
    # The session, the user, the article, the user's permissions (two), and the page's six:
    # assignments, annotators, quotes, judgements, speakers, stance labels.
    assert queries() == 11
    users = list(User.objects.filter(username__startswith="ann"))
    for start in range(0, 57):
        quote = QuoteFactory(article=article, start=start, end=start + 1)
        for user in users:
            AnnotationFactory(quote=quote, annotator=user, stance="favor", speaker=None)
    assert queries() == 11


def test_an_annotator_who_judged_but_is_no_longer_assigned_keeps_a_column(
    reviewer_client: Client, article: Article
) -> None:
    former = User.objects.get(username="ann3")
    former.assignments.all().delete()

    page = reviewer_client.get(curate_url(article)).context["curation"]

    assert [user.username for user in page.annotators] == ["ann1", "ann2", "ann3"]


def test_a_merge_takes_each_field_from_another_annotator(
    reviewer_client: Client, reviewer: User, article: Article
) -> None:
    quote = quote_at(article, "the plan")
    judgement = {j.annotator.username: j for j in quote.annotations.select_related("annotator")}
    url = reverse("admin:annotations_article_merge", args=[article.pk, quote.pk])
    response = reviewer_client.post(
        url,
        {
            "decision": judgement["ann3"].pk,
            "span": judgement["ann2"].pk,
            "speaker": judgement["ann1"].pk,
            "stance": judgement["ann3"].pk,
        },
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.ACCEPTED
    assert (quote.final_start, quote.final_end) == tuple(at(TEXT, "“반대”").values())
    assert quote.final_speaker.name == "The mayor"
    assert quote.final_stance == "none"
    assert quote.reviewed_by == reviewer
    event = AuditEvent.objects.get(action="quote.merge")
    assert event.actor == reviewer
    assert event.after["span_from"] == "ann2" and event.after["speaker_from"] == "ann1"
    assert event.before["status"] == "pending"
    # Finalised, the quote leaves the top of the page.
    page = reviewer_client.get(curate_url(article)).context["curation"]
    assert page.cards[-1].quote.pk == quote.pk


def test_a_merge_refuses_judgements_of_another_quote_and_a_missing_decision(
    reviewer_client: Client, article: Article
) -> None:
    quote, other = quote_at(article, "the plan"), quote_at(article, "“We")
    url = reverse("admin:annotations_article_merge", args=[article.pk, quote.pk])
    foreign = other.annotations.first()
    response = reviewer_client.post(url, {"decision": foreign.pk}, follow=True)
    assert "is not this quote’s" in response.content.decode()
    response = reviewer_client.post(url, {}, follow=True)
    assert "Choose whose decision" in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == ReviewStatus.PENDING
    assert not AuditEvent.objects.filter(action="quote.merge").exists()


def test_merge_everything_unanimous_in_one_action(
    reviewer_client: Client, article: Article
) -> None:
    url = reverse("admin:annotations_article_merge_unanimous", args=[article.pk])
    assert reviewer_client.get(url).status_code == 405
    reviewer_client.post(url)
    statuses = {q.start: q.status for q in article.quotes.all()}
    assert statuses == {
        TEXT.index("“We"): ReviewStatus.ACCEPTED,
        TEXT.index("the plan"): ReviewStatus.PENDING,
        TEXT.index("End"): ReviewStatus.PENDING,
    }
    agreed = quote_at(article, "“We")
    assert (agreed.final_stance, agreed.final_speaker.name) == ("against", "Ana")
    assert AuditEvent.objects.filter(action="quote.finalise_agreed").count() == 1


def test_viewers_see_but_cannot_merge(client: Client, article: Article) -> None:
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(
        *Group.objects.get(name=roles.REVIEWER).permissions.filter(codename="view_article")
    )
    client.force_login(viewer)
    page = client.get(curate_url(article))
    assert page.status_code == 200
    assert "Save final label" not in page.content.decode()
    quote = quote_at(article, "“We")
    url = reverse("admin:annotations_article_merge", args=[article.pk, quote.pk])
    assert client.post(url, {"decision": quote.annotations.first().pk}).status_code == 403
    annotator = UserFactory()
    client.force_login(annotator)
    assert client.get(curate_url(article)).status_code == 302  # the admin's login


def test_linked_from_the_quote_and_article_pages(reviewer_client: Client, article: Article) -> None:
    quote = quote_at(article, "the plan")
    page = reviewer_client.get(reverse("admin:annotations_quote_change", args=[quote.pk]))
    html = page.content.decode()
    assert f"{curate_url(article)}#quote-{quote.pk}" in html
    # The quote's page shows its paragraph with the quote marked.
    assert "The mayor said <mark>the plan was “반대”</mark>." in html
    page = reviewer_client.get(reverse("admin:annotations_article_change", args=[article.pk]))
    assert curate_url(article) in page.content.decode()


def test_the_review_list_filters_by_disputed_field_annotator_and_article(
    reviewer_client: Client, article: Article
) -> None:
    changelist = reverse("admin:annotations_quote_changelist")

    def listed(query: str) -> set[int]:
        response = reviewer_client.get(changelist + query)
        assert response.status_code == 200
        return {quote.pk for quote in response.context["cl"].result_list}

    disputed, added = quote_at(article, "the plan"), quote_at(article, "End")
    assert listed("?disputed_on=stance") == {disputed.pk}
    assert listed("?disputed_on=span") == {disputed.pk, added.pk}
    ann1 = User.objects.get(username="ann1")
    other = QuoteFactory()
    AnnotationFactory(quote=other, decision=Decision.REJECT)
    assert listed(f"?annotator={ann1.pk}") == set(article.quotes.values_list("pk", flat=True))
    assert listed(f"?article={other.article_id}") == {other.pk}
    html = reviewer_client.get(changelist).content.decode()
    assert 'class="excerpt"' in html


def test_a_long_article_is_curated_a_page_at_a_time(
    reviewer_client: Client, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(curation, "CARDS_PER_PAGE", 2)
    first = reviewer_client.get(curate_url(article)).context["curation"]
    assert (first.total, first.pages, len(first.cards), first.open_disputes) == (3, 2, 2, 2)
    agreed = quote_at(article, "“We")
    assert agreed.pk not in [card.quote.pk for card in first.cards]
    # A link to a quote opens the page that holds it.
    opened = reviewer_client.get(f"{curate_url(article)}?quote={agreed.pk}").context["curation"]
    assert (opened.page, [card.quote.pk for card in opened.cards]) == (1, [agreed.pk])
    second = reviewer_client.get(f"{curate_url(article)}?page=1").context["curation"]
    assert second.cards == opened.cards

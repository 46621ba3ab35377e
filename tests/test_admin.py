from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.models import Speaker
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    AuditEventFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    StanceLabelFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("boss", "boss@example.org", "pw"))
    return client


def make_quotes(count: int) -> None:
    article = ArticleFactory()
    for start in range(count):
        QuoteFactory(article=article, start=start, end=start + 1)


def make_speakers(count: int) -> None:
    for speaker in SpeakerFactory.create_batch(count):
        SpeakerAliasFactory(speaker=speaker)


CHANGELISTS: dict[str, Callable[[int], object]] = {
    "project": lambda n: ProjectFactory.create_batch(n),
    "stancelabel": lambda n: StanceLabelFactory.create_batch(n),
    "article": lambda n: ArticleFactory.create_batch(n),
    "speaker": make_speakers,
    "speakeralias": lambda n: SpeakerAliasFactory.create_batch(n),
    "quote": make_quotes,
    "annotation": lambda n: AnnotationFactory.create_batch(n),
    "assignment": lambda n: AssignmentFactory.create_batch(n),
    "auditevent": lambda n: AuditEventFactory.create_batch(n),
}


def changelist_queries(client: Client, model: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(f"admin:annotations_{model}_changelist"))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("model", CHANGELISTS)
def test_changelist_costs_the_same_queries_for_5_and_200_rows(
    superuser_client: Client, model: str
) -> None:
    CHANGELISTS[model](5)
    small = changelist_queries(superuser_client, model)
    CHANGELISTS[model](195)
    large = changelist_queries(superuser_client, model)
    assert small == large


def test_article_page_lists_its_quotes_with_their_text(superuser_client: Client) -> None:
    quote = QuoteFactory()
    response = superuser_client.get(
        reverse("admin:annotations_article_change", args=[quote.article_id])
    )
    assert "“We will not accept this,”" in response.content.decode()


def test_article_text_is_escaped_in_the_admin(superuser_client: Client) -> None:
    article = ArticleFactory(text="<script>alert(1)</script> “Hi,” she said.")
    QuoteFactory(article=article, start=0, end=8)
    response = superuser_client.get(reverse("admin:annotations_article_change", args=[article.pk]))
    assert "<script>alert(1)" not in response.content.decode()


def test_merge_action_asks_for_the_record_to_keep_then_merges(superuser_client: Client) -> None:
    keep, duplicate = SpeakerFactory(name="Victor Cha"), SpeakerFactory(name="Chair Cha")
    url = reverse("admin:annotations_speaker_changelist")
    selection = {"action": "merge_selected", "_selected_action": [keep.pk, duplicate.pk]}

    confirm = superuser_client.post(url, selection)
    assert confirm.status_code == 200
    assert "Keep this record" in confirm.content.decode()

    done = superuser_client.post(url, {**selection, "apply": "1", "target": keep.pk})
    assert done.status_code == 302
    assert list(Speaker.objects.all()) == [keep]
    assert keep.aliases.get().name == "Chair Cha"


def test_speaker_autocomplete_answers(superuser_client: Client) -> None:
    SpeakerFactory(name="Barbara Woodward")
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "wood",
            "app_label": "annotations",
            "model_name": "quote",
            "field_name": "suggested_speaker",
        },
    )
    assert response.json()["results"][0]["text"] == "Barbara Woodward"


def test_an_articles_page_lists_its_quotes_in_constant_queries(superuser_client: Client) -> None:
    article = ArticleFactory(text="<i>x</i> " * 100)
    url = reverse("admin:annotations_article_change", args=[article.pk])
    QuoteFactory(article=article, start=0, end=8)

    def queries() -> tuple[int, str]:
        with CaptureQueriesContext(connection) as captured:
            response = superuser_client.get(url)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    queries()
    few, _ = queries()
    for start in range(9, 600, 9):
        QuoteFactory(article=article, start=start, end=start + 8)
    many, html = queries()
    assert many == few
    table = html.split('id="article-quotes"')[1]
    assert "Quotes (67)" in table
    assert "&lt;i&gt;x&lt;/i&gt;" in table and "<i>x</i>" not in table

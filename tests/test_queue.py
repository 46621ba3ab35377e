"""Signing in, the annotator's queue with progress, and the "Next article" action."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from annotations.models import Assignment, AssignmentStatus, QuoteOrigin
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def signed_in(client, annotator):
    client.force_login(annotator)
    return client


def test_the_queue_needs_sign_in(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/"


def test_signing_in_leads_to_the_queue(client, annotator):
    form = client.get("/accounts/login/?next=/")
    assert b'<label for="id_username">Username</label>' in form.content

    response = client.post(
        "/accounts/login/", {"username": annotator.username, "password": PASSWORD, "next": "/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, annotator):
    response = client.post("/accounts/login/", {"username": annotator.username, "password": "x"})

    assert response.status_code == 200
    assert "didn’t match" in response.content.decode()


def test_open_articles_show_their_progress(signed_in, annotator):
    article = AssignmentFactory(annotator=annotator).article
    judged = QuoteFactory(article=article, start=0, end=5)
    rejected = QuoteFactory(article=article, start=0, end=6)
    QuoteFactory(article=article, start=0, end=7)  # not judged yet
    QuoteFactory(article=article, start=0, end=8, is_stale=True)  # the detector dropped it
    added = QuoteFactory(
        article=article, start=0, end=9, origin=QuoteOrigin.MANUAL, created_by=annotator
    )
    QuoteFactory(  # another annotator's addition
        article=article, start=0, end=10, origin=QuoteOrigin.MANUAL, created_by=UserFactory()
    )
    AnnotationFactory(quote=judged, annotator=annotator, decision="accept")
    AnnotationFactory(quote=rejected, annotator=annotator, decision="reject")
    AnnotationFactory(quote=added, annotator=annotator, decision="")  # opened, not decided

    html = signed_in.get("/").content.decode()

    assert f'href="/articles/{article.pk}/">{article.title}</a>' in html
    assert 'max="4" value="2"' in html
    assert "2 / 4 quotes" in html


def test_finished_articles_are_listed_apart(signed_in, annotator):
    open_one = AssignmentFactory(annotator=annotator)
    done_one = AssignmentFactory(
        annotator=annotator, status=AssignmentStatus.DONE, done_at=timezone.now()
    )
    AssignmentFactory()  # someone else's

    html = signed_in.get("/").content.decode()

    to_annotate = html[html.index('id="open-title"') : html.index('id="finished-title"')]
    finished = html[html.index('id="finished-title"') :]
    assert open_one.article.title in to_annotate
    assert done_one.article.title not in to_annotate
    assert done_one.article.title in finished
    assert "1 article to annotate, 1 finished." in html
    assert len(re.findall(r'class="assignment"', html)) == 2


def test_next_article_opens_the_unfinished_one_first(signed_in, annotator):
    current = AssignmentFactory(annotator=annotator)

    response = signed_in.post("/next/")

    assert response.status_code == 302
    assert response["Location"] == f"/articles/{current.article_id}/"


def test_next_article_claims_a_new_one(signed_in, annotator):
    article = ArticleFactory(project=ProjectFactory(annotators_per_article=1))

    response = signed_in.post("/next/")

    assert response["Location"] == f"/articles/{article.pk}/"
    assert Assignment.objects.get(annotator=annotator).article == article


def test_next_article_says_when_nothing_is_left(signed_in):
    response = signed_in.post("/next/", follow=True)

    assert response.redirect_chain == [("/", 302)]
    assert "nothing left to annotate" in response.content.decode()


def test_next_article_is_a_post(signed_in):
    assert signed_in.get("/next/").status_code == 405


def test_the_queue_takes_the_same_few_queries_however_long(
    django_assert_num_queries, signed_in, annotator
):
    """The session, the user, and the assignments with their counts."""
    for extra in (2, 20):
        for _ in range(extra):
            article = AssignmentFactory(annotator=annotator).article
            AnnotationFactory(quote=QuoteFactory(article=article), annotator=annotator)
        with django_assert_num_queries(3):
            assert signed_in.get("/").status_code == 200

"""Detection progress: the project page that polls until status 286, and the article partial."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import roles
from annotations.detection_views import STOP_POLLING
from annotations.models import DetectionState, Project
from tests.factories import ArticleFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "detection-progress"}
POLLING = 'hx-trigger="every 2s"'


@pytest.fixture
def reviewer_client(client: Client) -> Client:
    reviewer = UserFactory(username="rev", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=roles.REVIEWER))
    client.force_login(reviewer)
    return client


def url(project: Project) -> str:
    return reverse("review:detection", args=[project.slug])


def add_articles(project: Project, **counts: int) -> None:
    for state, count in counts.items():
        for _ in range(count):
            ArticleFactory(project=project, detection_state=state, detection_error="")


def count(html: str, state: str) -> int:
    match = re.search(rf'data-state="{state}">(\d+)<', html)
    assert match, state
    return int(match.group(1))


def test_the_page_shows_the_counts_and_polls_while_work_is_under_way(
    reviewer_client: Client,
) -> None:
    project = ProjectFactory()
    add_articles(project, done=3, queued=2, running=1, not_started=1)
    response = reviewer_client.get(url(project))
    html = response.content.decode()
    assert response.status_code == 200
    assert POLLING in html
    assert f'hx-get="{url(project)}"' in html
    assert "<strong>3</strong> of 7 articles detected" in html
    assert [count(html, state) for state in ("done", "queued", "running", "not_started")] == [
        3,
        2,
        1,
        1,
    ]
    assert "htmx" in html and 'nonce="' in html  # the script, allowed by the CSP nonce
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


def test_a_poll_gets_the_partial_and_keeps_polling_while_articles_are_queued(
    reviewer_client: Client,
) -> None:
    project = ProjectFactory()
    add_articles(project, done=1, queued=1)
    response = reviewer_client.get(url(project), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="detection-progress"')
    assert "<html" not in html
    assert POLLING in html


def test_once_nothing_is_queued_or_running_the_poll_answers_286_and_stops(
    reviewer_client: Client,
) -> None:
    project = ProjectFactory()
    add_articles(project, done=2, failed=1)
    response = reviewer_client.get(url(project), **HTMX)
    html = response.content.decode()
    assert response.status_code == STOP_POLLING == 286
    assert POLLING not in html and "hx-get" not in html
    assert "<strong>3</strong> of 3 articles detected, 1 failed" in html
    # The full page of a finished project does not start polling at all.
    assert POLLING not in reviewer_client.get(url(project)).content.decode()


def test_failed_articles_are_listed_with_their_error_and_a_way_to_retry(
    reviewer_client: Client,
) -> None:
    project = ProjectFactory()
    broken = ArticleFactory(
        project=project,
        title="Broken one",
        detection_state=DetectionState.FAILED,
        detection_error="RuntimeError: <model missing>",
    )
    html = reviewer_client.get(url(project)).content.decode()
    assert "Broken one" in html
    assert "RuntimeError: &lt;model missing&gt;" in html  # escaped
    assert reverse("admin:annotations_article_change", args=[broken.pk]) in html
    assert "detection_state__exact=failed" in html


def test_annotators_and_strangers_are_kept_out(client: Client) -> None:
    project = ProjectFactory()
    response = client.get(url(project))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    annotator = UserFactory(username="ann")
    annotator.groups.add(Group.objects.get(name=roles.ANNOTATOR))
    client.force_login(annotator)
    assert client.get(url(project)).status_code == 403
    assert client.get(url(project), **HTMX).status_code == 403


def test_an_unknown_project_is_404(reviewer_client: Client) -> None:
    assert reviewer_client.get("/review/projects/nope/detection/").status_code == 404


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "poll"])
def test_the_number_of_queries_does_not_grow_with_the_project(
    reviewer_client: Client, htmx: bool
) -> None:
    small, large = ProjectFactory(), ProjectFactory()
    add_articles(small, done=1, failed=1, running=1)
    add_articles(large, done=20, failed=25, running=10, queued=10)
    headers = HTMX if htmx else {}
    reviewer_client.get(url(small), **headers)  # warm the session and permission caches
    queries = []
    for project in (small, large):
        with CaptureQueriesContext(connection) as captured:
            response = reviewer_client.get(url(project), **headers)
        assert response.status_code == 200
        queries.append(len(captured))
    assert queries[0] == queries[1]
    # Session, user, project, counts, failed articles, stalled and failed batches, permissions.
    assert queries[1] <= 10


# The annotator's view of one article's detection ---------------------------------------


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        ("done", None),
        ("queued", "Quote detection is queued"),
        ("running", "Quote detection is running"),
        ("failed", "Quote detection failed for this article."),
        ("not_started", "Quotes have not been detected in this article yet."),
    ],
)
def test_the_article_partial_says_when_detection_is_not_done(state: str, shown: str | None) -> None:
    article = ArticleFactory(detection_state=state, detection_error="OSError: no model")
    html = render_to_string(
        "annotations/_detection_state.html", {"article": article, "user": UserFactory()}
    )
    if shown is None:
        assert not html.strip()
    else:
        assert shown in " ".join(html.split())
        assert "OSError" not in html  # annotators do not get the technical error


def test_staff_see_the_error_of_a_failed_detection() -> None:
    article = ArticleFactory(detection_state="failed", detection_error="OSError: <no model>")
    staff = UserFactory(is_staff=True)
    html = render_to_string(
        "annotations/_detection_state.html", {"article": article, "user": staff}
    )
    assert "(OSError: &lt;no model&gt;)" in html

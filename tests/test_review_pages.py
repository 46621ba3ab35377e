from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.models import AssignmentStatus, Decision, Project, QuoteOrigin
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

AGREEMENT = "admin:annotations_project_agreement"
PROGRESS = "admin:annotations_project_progress"


def fill(project: Project, annotators: list[User], articles: int, quotes: int) -> None:
    """Articles assigned to every annotator, each quote judged by all with varied stances."""
    stances = ["favor", "against", "none"]
    for a in range(articles):
        text = "x" * (quotes * 20 + 10) + f" {project.articles.count()}"
        article = ArticleFactory(project=project, text=text)
        for annotator in annotators:
            AssignmentFactory(article=article, annotator=annotator)
        for q in range(quotes):
            quote = QuoteFactory(article=article, start=q * 20, end=q * 20 + 15)
            for i, annotator in enumerate(annotators):
                AnnotationFactory(quote=quote, annotator=annotator, stance=stances[(a + q + i) % 3])


def get(client: Client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(captured)


def assert_csp_clean(html: str) -> None:
    """No style attributes and no inline scripts: the Content-Security-Policy forbids both."""
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)


@pytest.mark.parametrize(
    "page", ["admin:annotations_project_agreement", "admin:annotations_project_progress"]
)
def test_pages_cost_the_same_queries_small_and_large(reviewer_client: Client, page: str) -> None:
    project = ProjectFactory(annotators_per_article=3)
    annotators = UserFactory.create_batch(3)
    fill(project, annotators[:2], articles=1, quotes=2)
    url = reverse(page, args=[project.slug])
    get(reviewer_client, url)  # The first request fills the content type cache.
    cache.clear()  # The figures, computed afresh each time.
    _, small = get(reviewer_client, url)
    fill(project, annotators, articles=6, quotes=8)
    # The first request after new judgements compares the annotators of the articles judged
    # since (in a constant number of queries too: tests/test_agreement.py).
    get(reviewer_client, url)
    cache.clear()
    html, large = get(reviewer_client, url)
    assert small == large
    assert_csp_clean(html)


class TestAgreementPage:
    def test_tables_and_charts(self, reviewer_client: Client) -> None:
        project = ProjectFactory()
        ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
        fill(project, [ann, bob], articles=2, quotes=3)
        html, _ = get(reviewer_client, reverse(AGREEMENT, args=[project.slug]))
        assert "Krippendorff’s alpha (nominal)" in html
        assert re.search(r"<th scope=\"row\">ann</th><th scope=\"row\">bob</th>", html)
        # Two charts: all annotators, and the one pair; 3 × 3 cells each.
        assert html.count('<figure class="heatmap">') == 2
        assert html.count('class="heat-cell"') == 18
        assert "ann × bob" in html

    def test_cells_grow_darker_with_their_count(self, reviewer_client: Client) -> None:
        project = ProjectFactory()
        ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
        article = ArticleFactory(project=project, text="x" * 200)
        for start, (mine, theirs) in zip(
            range(0, 200, 20),
            [("favor", "favor")] * 4 + [("favor", "against")] * 2 + [("none", "none")],
            strict=False,
        ):
            quote = QuoteFactory(article=article, start=start, end=start + 10)
            AnnotationFactory(quote=quote, annotator=ann, stance=mine)
            AnnotationFactory(quote=quote, annotator=bob, stance=theirs)
        html, _ = get(reviewer_client, reverse(AGREEMENT, args=[project.slug]))
        pair_chart = html.split('<figure class="heatmap">')[2]
        opacities = re.findall(r'fill-opacity="([0-9.]+)"', pair_chart)
        # Rows ann (favor, against, none) × columns bob: favor/favor 4, favor/against 2, none 1.
        assert opacities == ["1.00", "0.50", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.25"]

    def test_a_project_without_judgements(self, reviewer_client: Client) -> None:
        project = ProjectFactory()
        html, _ = get(reviewer_client, reverse(AGREEMENT, args=[project.slug]))
        assert "No two annotators have judged this project yet." in html

    def test_unknown_project_is_not_found(self, reviewer_client: Client) -> None:
        assert reviewer_client.get(reverse(AGREEMENT, args=["nope"])).status_code == 404


class TestProgressPage:
    def test_bars_per_project_and_annotator(self, reviewer_client: Client) -> None:
        project = ProjectFactory(annotators_per_article=2)
        ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
        first, second = (ArticleFactory(project=project, text="x" * 100 + n) for n in "12")
        AssignmentFactory(article=first, annotator=ann, status=AssignmentStatus.DONE)
        AssignmentFactory(article=first, annotator=bob, status=AssignmentStatus.DONE)
        AssignmentFactory(article=second, annotator=ann)
        quotes = [QuoteFactory(article=first, start=s, end=s + 5) for s in (0, 10, 20)]
        QuoteFactory(article=second, start=0, end=5)
        # Bob's own quote counts for him only; another annotator's for nobody else.
        mine = QuoteFactory(article=first, start=40, end=50, origin=QuoteOrigin.MANUAL)
        mine.created_by = bob
        mine.save()
        for quote in quotes:
            AnnotationFactory(quote=quote, annotator=ann)
        AnnotationFactory(quote=quotes[0], annotator=bob)
        AnnotationFactory(quote=mine, annotator=bob)
        AnnotationFactory(quote=quotes[1], annotator=bob, decision="")
        quotes[0].status = "accepted"
        quotes[0].save()

        html, _ = get(reviewer_client, reverse(PROGRESS, args=[project.slug]))
        rows = dict(re.findall(r'<th scope="row">([^<]+)</th>(.*?)</tr>', html, re.S))
        figures = {name: re.findall(r"(\d+) / (\d+)", row) for name, row in rows.items()}
        assert figures["ann"] == [("1", "2"), ("3", "4")]
        assert figures["bob"] == [("1", "1"), ("2", "4")]
        assert figures["quotes with a final label"] == [("1", "5")]
        assert figures["articles done by all their annotators"] == [("1", "2")]
        assert 'class="bar-fill" width="50.0"' in rows["ann"]
        assert 'class="bar-fill" width="75.0"' in rows["ann"]


def test_review_index_and_admin_links(reviewer_client: Client) -> None:
    project = ProjectFactory(name="Sanctions")
    index = reviewer_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:annotations_project_review") in index
    html, _ = get(reviewer_client, reverse("admin:annotations_project_review"))
    assert reverse(AGREEMENT, args=[project.slug]) in html
    assert reverse(PROGRESS, args=[project.slug]) in html
    projects = reviewer_client.get(reverse("admin:annotations_project_changelist"))
    assert reverse(AGREEMENT, args=[project.slug]) in projects.content.decode()


def test_only_staff_see_review_pages(client: Client) -> None:
    """The pages are the admin's: anyone else is sent to its login, staff without the right to
    view projects are refused."""
    project = ProjectFactory()
    client.force_login(UserFactory())
    agreement = reverse(AGREEMENT, args=[project.slug])
    progress = reverse(PROGRESS, args=[project.slug])
    for url in (agreement, progress, reverse("admin:annotations_project_review")):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))
    client.force_login(UserFactory(is_staff=True))
    assert client.get(agreement).status_code == 403


def test_the_old_review_addresses_lead_to_the_admin(reviewer_client: Client) -> None:
    project = ProjectFactory()
    for old, new in [
        (reverse("review:index"), reverse("admin:annotations_project_review")),
        (
            reverse("review:agreement", args=[project.slug]),
            reverse(AGREEMENT, args=[project.slug]),
        ),
        (
            reverse("review:progress", args=[project.slug]),
            reverse(PROGRESS, args=[project.slug]),
        ),
    ]:
        response = reviewer_client.get(old)
        assert (response.status_code, response.url) == (302, new)


def test_the_agreement_page_gives_the_policy_per_field(reviewer_client: Client) -> None:
    project = ProjectFactory()
    ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
    article = ArticleFactory(project=project, text="x" * 100)
    for user in (ann, bob):
        AssignmentFactory(article=article, annotator=user)
    quote = QuoteFactory(article=article, start=0, end=10)
    AnnotationFactory(quote=quote, annotator=ann, stance="favor")
    AnnotationFactory(quote=quote, annotator=bob, stance="against")
    added = QuoteFactory(article=article, start=20, end=30, origin=QuoteOrigin.MANUAL)
    AnnotationFactory(quote=added, annotator=ann, stance="none")
    url = reverse(AGREEMENT, args=[project.slug])
    cache.clear()
    html, uncached = get(reviewer_client, url)
    table = html.split('id="policy-fields"')[1].split("</table>")[0]
    rows = dict(re.findall(r'<th scope="row">(\w+)</th>(.*?)</tr>', table, re.S))
    assert re.findall(r">([\d.—]+)<", rows["stance"])[:3] == ["1", "0.500", "1"]
    assert re.findall(r">([\d.—]+)<", rows["span"])[:3] == ["2", "0.750", "1"]
    assert "1 quote added by hand" in html
    # Cached until a judgement changes.
    _, cached = get(reviewer_client, url)
    assert cached < uncached
    AnnotationFactory(quote=added, annotator=bob, stance="none")
    html, _ = get(reviewer_client, url)
    assert "0 quotes added by hand" in html


def test_undecided_judgements_do_not_count_as_agreement(reviewer_client: Client) -> None:
    project = ProjectFactory()
    quote = QuoteFactory(article=ArticleFactory(project=project))
    AnnotationFactory(quote=quote, decision=Decision.ACCEPT)
    AnnotationFactory(quote=quote, decision="")
    html, _ = get(reviewer_client, reverse(AGREEMENT, args=[project.slug]))
    assert "No two annotators have judged this project yet." in html

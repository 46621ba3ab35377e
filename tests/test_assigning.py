from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from annotations import audit, roles
from annotations.assigning import assign_articles, claim_next_article, reassign
from annotations.models import Article, Assignment, AssignmentStatus, AuditEvent, Project
from tests.factories import ArticleFactory, AssignmentFactory, ProjectFactory, UserFactory


def finish(user: User, article: Article) -> None:
    Assignment.objects.filter(annotator=user, article=article).update(status=AssignmentStatus.DONE)


def assert_invariant(project: Project) -> Counter[int]:
    """No article has more than N annotators and nobody has an article twice."""
    pairs = list(
        Assignment.objects.filter(article__project=project).values_list("article_id", "annotator")
    )
    assert len(pairs) == len(set(pairs))
    per_article = Counter(article_id for article_id, _ in pairs)
    assert max(per_article.values()) <= project.annotators_per_article
    return per_article


@pytest.mark.django_db
class TestClaimNextArticle:
    def test_returns_the_unfinished_article_before_claiming_a_new_one(self) -> None:
        project = ProjectFactory()
        first, _ = ArticleFactory.create_batch(2, project=project)
        user = UserFactory()
        assert claim_next_article(user, project) == first
        assert claim_next_article(user, project) == first
        assert Assignment.objects.filter(annotator=user).count() == 1

    def test_claims_fewest_annotators_first_then_by_id(self) -> None:
        project = ProjectFactory(annotators_per_article=2)
        a, b, c = ArticleFactory.create_batch(3, project=project)
        AssignmentFactory(article=a)
        AssignmentFactory(article=c)
        user = UserFactory()
        assert claim_next_article(user, project) == b
        finish(user, b)
        assert claim_next_article(user, project) == a

    def test_never_gives_a_full_article_or_one_the_user_had(self) -> None:
        project = ProjectFactory(annotators_per_article=1)
        full, had, free = ArticleFactory.create_batch(3, project=project)
        AssignmentFactory(article=full)
        user = UserFactory()
        AssignmentFactory(article=had, annotator=user, status=AssignmentStatus.DONE)
        assert claim_next_article(user, project) == free
        finish(user, free)
        assert claim_next_article(user, project) is None

    def test_without_a_project_it_claims_from_any_and_stays_within_a_given_one(self) -> None:
        elsewhere = ArticleFactory()
        project = ProjectFactory()
        user = UserFactory()
        assert claim_next_article(user, project) is None
        assert claim_next_article(user) == elsewhere

    def test_respects_each_projects_own_limit(self) -> None:
        project = ProjectFactory(annotators_per_article=3)
        article = ArticleFactory(project=project)
        users = UserFactory.create_batch(4)
        claimed = [claim_next_article(user, project) for user in users]
        assert claimed == [article, article, article, None]


def claim_concurrently(
    project: Project, users: list[User], claims_each: int
) -> tuple[dict[int, list[int]], list[BaseException]]:
    """Every user claims (and finishes) ``claims_each`` articles, all threads starting together."""
    barrier = threading.Barrier(len(users))
    claimed: dict[int, list[int]] = {user.pk: [] for user in users}
    errors: list[BaseException] = []

    def work(user: User) -> None:
        try:
            barrier.wait()
            for _ in range(claims_each):
                article = claim_next_article(user, project)
                if article is None:
                    break
                claimed[user.pk].append(article.pk)
                finish(user, article)
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return claimed, errors


def check_concurrent_claims(articles: int, annotators: int, per_article: int, claims: int) -> None:
    project = ProjectFactory(annotators_per_article=per_article)
    ArticleFactory.create_batch(articles, project=project)
    users = UserFactory.create_batch(annotators)
    claimed, errors = claim_concurrently(project, users, claims)
    assert errors == []
    per_article_count = assert_invariant(project)
    for user in users:
        assert len(claimed[user.pk]) == len(set(claimed[user.pk]))
    # Every slot that demand could fill was filled, and each claim is one assignment.
    made = sum(len(pks) for pks in claimed.values())
    assert (
        made == sum(per_article_count.values()) == min(articles * per_article, annotators * claims)
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_on_postgresql_keep_the_invariant() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SELECT ... FOR UPDATE SKIP LOCKED needs PostgreSQL; set DATABASE_URL to run")
    # 8 annotators × 5 claims compete for 15 articles × 2 slots: 10 claims come back empty.
    check_concurrent_claims(articles=15, annotators=8, per_article=2, claims=5)


@pytest.fixture
def shared_database(transactional_db: None, tmp_path: Path) -> Iterator[None]:
    """Let threads share the test database the way they share a real one.

    Django's SQLite test database lives in memory with a shared cache, where SQLite answers a
    second writer with "database table is locked" at once. A real SQLite database is a file,
    where ``BEGIN IMMEDIATE`` waits its turn, so on SQLite the test runs on a file copy; the
    in-memory database is set aside untouched and put back afterwards.
    """
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    connection.ensure_connection()
    memory = connection.connection
    copy = sqlite3.connect(tmp_path / "db.sqlite3")
    memory.backup(copy)
    copy.close()
    name = connection.settings_dict["NAME"]
    connection.connection = None
    connection.settings_dict["NAME"] = str(tmp_path / "db.sqlite3")
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = name
        connection.connection = memory


@pytest.mark.usefixtures("shared_database")
def test_concurrent_claims_keep_the_invariant_on_any_database() -> None:
    check_concurrent_claims(articles=6, annotators=6, per_article=2, claims=3)


def messages_of(response: HttpResponse) -> str:
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def annotators(count: int) -> list[User]:
    group = Group.objects.get(name=roles.ANNOTATOR)
    users = UserFactory.create_batch(count)
    for user in users:
        user.groups.add(group)
    return users


@pytest.mark.django_db
class TestAdminAssignment:
    def test_assign_action_offers_only_annotators_then_assigns_within_the_limit(
        self, reviewer_client: Client
    ) -> None:
        project = ProjectFactory(annotators_per_article=2)
        roomy, crowded = ArticleFactory.create_batch(2, project=project)
        AssignmentFactory(article=crowded)
        first, second = annotators(2)
        outsider = UserFactory(username="not-an-annotator")
        url = reverse("admin:annotations_article_changelist")
        selection = {"action": "assign_to_annotators", "_selected_action": [roomy.pk, crowded.pk]}

        form = reviewer_client.post(url, selection)
        assert form.status_code == 200
        page = form.content.decode()
        assert first.username in page and outsider.username not in page

        done = reviewer_client.post(
            url, {**selection, "apply": "1", "annotators": [first.pk, second.pk]}
        )
        assert done.status_code == 302
        assert set(roomy.assignments.values_list("annotator", flat=True)) == {first.pk, second.pk}
        assert crowded.assignments.count() == 2
        message = messages_of(done)
        assert "Made 3 assignments" in message
        assert "already has 2 annotators" in message
        assert AuditEvent.objects.filter(action="assignment.add").count() == 3

    def test_assign_refuses_an_outsider(self, reviewer_client: Client) -> None:
        article = ArticleFactory()
        outsider = UserFactory()
        reviewer_client.post(
            reverse("admin:annotations_article_changelist"),
            {
                "action": "assign_to_annotators",
                "_selected_action": [article.pk],
                "apply": "1",
                "annotators": [outsider.pk],
            },
        )
        assert not article.assignments.exists()

    def test_reassign_moves_work_but_never_doubles_an_article(
        self, reviewer_client: Client
    ) -> None:
        old, new = annotators(2)
        movable = AssignmentFactory(annotator=old, status=AssignmentStatus.DONE)
        clash = AssignmentFactory(annotator=old)
        AssignmentFactory(annotator=new, article=clash.article)
        response = reviewer_client.post(
            reverse("admin:annotations_assignment_changelist"),
            {
                "action": "reassign_selected",
                "_selected_action": [movable.pk, clash.pk],
                "apply": "1",
                "annotator": new.pk,
            },
        )
        movable.refresh_from_db()
        clash.refresh_from_db()
        assert (movable.annotator, movable.status) == (new, AssignmentStatus.ASSIGNED)
        assert clash.annotator == old
        message = messages_of(response)
        assert "Reassigned 1" in message and "already has" in message
        event = AuditEvent.objects.get(action="assignment.reassign")
        assert event.before["annotator"] == old.pk
        assert event.after["annotator"] == new.pk
        audit.describe([event])
        assert ("annotator", old.username, new.username) in event.changes


@pytest.mark.django_db
def test_services_can_be_called_directly() -> None:
    project = ProjectFactory(annotators_per_article=1)
    article = ArticleFactory(project=project)
    first, second = UserFactory.create_batch(2)
    result = assign_articles([article], [first, second])
    assert (result.created, len(result.full)) == (1, 1)
    moved = reassign(Assignment.objects.all(), second)
    assert moved.moved == 1
    assert Assignment.objects.get().annotator == second

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse

from annotations import roles
from tests.factories import ArticleFactory, AssignmentFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(role: str, **fields: object) -> User:
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=role))
    return user


def codenames(role: str) -> set[str]:
    return set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))


class TestGroups:
    def test_annotators_hold_no_admin_permission(self) -> None:
        assert codenames(roles.ANNOTATOR) == set()

    def test_reviewers_review_but_cannot_delete_articles_projects_or_judgements(self) -> None:
        granted = codenames(roles.REVIEWER)
        expected = {
            f"{action}_{model}"
            for permissions in (roles.REVIEWER_PERMISSIONS, roles.REVIEWER_SIGN_IN_PERMISSIONS)
            for model, actions in permissions.items()
            for action in actions
        }
        assert granted == expected
        assert {"change_quote", "add_assignment", "change_assignment", "view_annotation"} <= granted
        assert not {"delete_article", "delete_project", "change_annotation"} & granted

    def test_administrators_hold_every_permission_of_the_workbench_and_accounts(self) -> None:
        workbench = Permission.objects.filter(content_type__app_label__in=["annotations", "auth"])
        assert set(workbench.values_list("codename", flat=True)) <= codenames(roles.ADMINISTRATOR)


ADMIN_PAGES = [
    "/admin/",
    reverse("admin:annotations_quote_changelist"),
    reverse("admin:annotations_annotation_changelist"),
    reverse("admin:annotations_assignment_changelist"),
]


class TestAnnotatorsStayOutOfTheAdmin:
    @pytest.mark.parametrize("url", ADMIN_PAGES)
    def test_the_admin_sends_an_annotator_to_its_login(self, client: Client, url: str) -> None:
        client.force_login(member(roles.ANNOTATOR))
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))

    def test_the_admin_sends_an_annotator_away_even_with_a_judgement_to_see(
        self, client: Client
    ) -> None:
        annotator = member(roles.ANNOTATOR)
        client.force_login(annotator)
        assignment = AssignmentFactory(annotator=annotator)
        url = reverse("admin:annotations_article_change", args=[assignment.article_id])
        assert client.get(url).status_code == 302

    @pytest.mark.parametrize(
        "page", ["admin:annotations_project_agreement", "admin:annotations_project_progress"]
    )
    def test_review_pages_send_annotators_away(self, client: Client, page: str) -> None:
        project = ProjectFactory()
        client.force_login(member(roles.ANNOTATOR))
        response = client.get(reverse(page, args=[project.slug]))
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))

    def test_review_pages_send_strangers_to_log_in(self, client: Client) -> None:
        response = client.get(reverse("admin:annotations_project_review"))
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))


class TestAnnotatorsSeeOnlyTheirOwnWork:
    def test_another_annotators_article_is_not_found(self, client: Client) -> None:
        mine = AssignmentFactory(annotator=member(roles.ANNOTATOR))
        theirs = AssignmentFactory(annotator=member(roles.ANNOTATOR))
        client.force_login(mine.annotator)
        assert client.get(f"/articles/{mine.article_id}/").status_code == 200
        assert client.get(f"/articles/{theirs.article_id}/").status_code == 404

    def test_an_unassigned_article_is_not_found(self, client: Client) -> None:
        client.force_login(member(roles.ANNOTATOR))
        assert client.get(f"/articles/{ArticleFactory().pk}/").status_code == 404

    def test_the_queue_lists_only_ones_own_articles(self, client: Client) -> None:
        mine = AssignmentFactory(annotator=member(roles.ANNOTATOR))
        theirs = AssignmentFactory(annotator=member(roles.ANNOTATOR))
        client.force_login(mine.annotator)
        page = client.get(reverse("home")).content.decode()
        assert mine.article.title in page
        assert theirs.article.title not in page


class TestReviewers:
    def test_reach_the_review_list_and_pages(self, client: Client) -> None:
        client.force_login(member(roles.REVIEWER, is_staff=True))
        project = ProjectFactory()
        assert client.get(reverse("admin:annotations_quote_changelist")).status_code == 200
        url = reverse("admin:annotations_project_agreement", args=[project.slug])
        assert client.get(url).status_code == 200

    def test_cannot_delete_an_article(self, client: Client) -> None:
        client.force_login(member(roles.REVIEWER, is_staff=True))
        article = ArticleFactory()
        url = reverse("admin:annotations_article_delete", args=[article.pk])
        assert client.post(url, {"post": "yes"}).status_code == 403

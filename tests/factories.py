"""factory-boy factories for every model."""

from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth.models import Group, Permission, User

from annotations import models, policy, roles

ARTICLE_TEXT = (
    "Council vote\n\n"
    "“We will not accept this,” said Maria Lopez, the council’s chair. "
    "She added that the budget was a turning point 🙂."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


def reviewer_group() -> Group:
    """The reviewer group with the permissions roles.py gives it.

    The migrations create it, but a transactional test (the browser tests' live server)
    empties every table when it ends, groups included.
    """
    group, created = Group.objects.get_or_create(name=roles.REVIEWER)
    if created:
        grants = {
            ("annotations", f"{action}_{model}")
            for model, actions in roles.REVIEWER_PERMISSIONS.items()
            for action in actions
        } | {
            ("axes", f"{action}_{model}")
            for model, actions in roles.REVIEWER_SIGN_IN_PERMISSIONS.items()
            for action in actions
        }
        group.permissions.set(
            permission
            for permission in Permission.objects.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) in grants
        )
    return group


class ReviewerFactory(UserFactory):
    """A staff account in the reviewer group."""

    is_staff = True

    @factory.post_generation
    def reviewer(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.groups.add(reviewer_group())


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Project
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    stance_target = "the city budget"
    guidelines = "Judge stance toward the city budget."

    @factory.post_generation
    def stance_labels(project: models.Project, create: bool, extracted: object, **kwargs: object):
        if create:
            project.add_default_stance_labels()


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Article

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"{ARTICLE_TEXT}\n\nReference {n}.")
    source = "Example Times"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    kind = models.SpeakerKind.PERSON


class SpeakerAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SpeakerAlias

    speaker = factory.SubFactory(SpeakerFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


class StanceLabelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.StanceLabel

    project = factory.SubFactory(ProjectFactory)
    key = factory.Sequence(lambda n: f"label-{n}")
    name = factory.Sequence(lambda n: f"Label {n}")
    hotkey = factory.Sequence(lambda n: "456789"[n % 6])
    position = factory.Sequence(lambda n: n + 3)


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Quote

    article = factory.SubFactory(ArticleFactory)
    # The direct quote in ARTICLE_TEXT, marks included.
    start = 14
    end = 40
    kind = models.QuoteKind.DIRECT
    suggested_speaker = factory.SubFactory(SpeakerFactory)
    confidence = 0.9
    detector_name = "quote_detector"
    detector_version = "test"


class AnnotationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Annotation
        skip_postgeneration_save = True

    quote = factory.SubFactory(QuoteFactory)
    annotator = factory.SubFactory(UserFactory)
    decision = models.Decision.ACCEPT
    stance = "none"

    @factory.post_generation
    def stored_agreement(self, create: bool, extracted: object, **kwargs: object) -> None:
        """What the app's own writes do: the quote stores its agreement again."""
        if create:
            policy.refresh_agreement([self.quote_id])


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Assignment
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    annotator = factory.SubFactory(UserFactory)

    @factory.post_generation
    def stored_agreement(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            policy.refresh_agreement(policy.counting_annotators([self.article_id]))


class AuditEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AuditEvent

    actor = factory.SubFactory(UserFactory)
    action = "quote.change"
    subject = factory.SubFactory(QuoteFactory)
    object_repr = factory.LazyAttribute(lambda event: str(event.subject))

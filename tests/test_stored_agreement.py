"""Every path that writes judgements, final labels, spans or assignments keeps each quote's
stored agreement equal to the policy's, computed afresh from its judgements."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django import forms
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import adjudication, assigning, curation, policy
from annotations.agreement import project_agreement, quote_figures
from annotations.models import (
    Annotation,
    ArticleAgreement,
    Assignment,
    Decision,
    Project,
    Quote,
    QuoteOrigin,
    ReviewStatus,
    Speaker,
)
from annotations.speakers import merge_speakers
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}


def afresh(quote: Quote) -> dict[str, Any]:
    """The policy's agreement of the quote, from its judgements as they stand now."""
    annotators = Assignment.objects.filter(article_id=quote.article_id).count()
    judgements = quote.annotations.select_related("annotator").order_by("pk")
    return policy.stored_agreement(policy.ballot(quote, judgements, annotators), quote.status)


def stored(quote: Quote) -> dict[str, Any]:
    quote.refresh_from_db()
    return {name: getattr(quote, name) for name in policy.STORED}


def assert_up_to_date() -> None:
    for quote in Quote.objects.all():
        assert stored(quote) == afresh(quote), f"quote {quote.pk} stores a stale agreement"
    # The pairs of annotators as the agreement page shows them, and compared again from scratch.
    for project in Project.objects.all():
        shown = project_agreement(project)
        ArticleAgreement.objects.all().delete()
        ArticleAgreement.objects.bulk_create(
            ArticleAgreement(article=article) for article in project.articles.all()
        )
        assert project_agreement(project) == shown


class World:
    """An article two annotators have, with one quote they both accepted alike."""

    def __init__(self) -> None:
        self.project = ProjectFactory()
        self.article = ArticleFactory(project=self.project)
        self.ann, self.bob = UserFactory(username="ann"), UserFactory(username="bob")
        for user in (self.ann, self.bob):
            AssignmentFactory(article=self.article, annotator=user)
        self.speaker = SpeakerFactory(name="Maria Lopez")
        self.quote = QuoteFactory(article=self.article, suggested_speaker=self.speaker)
        for user in (self.ann, self.bob):
            AnnotationFactory(
                quote=self.quote, annotator=user, speaker=self.speaker, stance="favor"
            )

    def client(self, user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    def judge(self, user: User, **changes: object) -> None:
        judgement = Annotation.objects.filter(quote=self.quote, annotator=user).first()
        version = judgement.version if judgement else 0
        url = f"/articles/{self.article.pk}/quotes/{self.quote.pk}/judge/"
        response = self.client(user).post(url, {"version": version, **changes}, **HTMX)
        assert response.status_code == 200, response.content

    def bob_judgement(self) -> Annotation:
        return Annotation.objects.select_related("annotator").get(
            quote=self.quote, annotator=self.bob
        )

    def reviewer(self) -> User:
        found = User.objects.filter(username="boss").first()
        return found or User.objects.create_superuser("boss", "boss@example.org", "x")


def admin_save(model: type[Any], obj: Any, user: User, **values: object) -> None:
    """A save through the model's admin, as its change form makes it."""
    model_admin = admin.site._registry[model]
    request = RequestFactory().post("/")
    request.user = user
    form = forms.modelform_factory(model, fields=list(values))(
        {name: getattr(value, "pk", value) for name, value in values.items()}, instance=obj
    )
    assert form.is_valid(), form.errors
    model_admin.save_model(request, form.save(commit=False), form, change=True)


def admin_delete(world: World, model: str, pk: int) -> None:
    url = reverse(f"admin:annotations_{model}_delete", args=[pk])
    response = world.client(world.reviewer()).post(url, {"post": "yes"})
    assert response.status_code == 302


def judge_stance(world: World) -> None:
    world.judge(world.bob, stance="against")


def judge_reject(world: World) -> None:
    world.judge(world.bob, decision="reject")


def add_quote_by_hand(world: World) -> None:
    response = world.client(world.ann).post(
        f"/articles/{world.article.pk}/quotes/add/", {"start": 0, "end": 12}, **HTMX
    )
    assert response.status_code == 200


def undo(world: World) -> None:
    response = world.client(world.bob).post(f"/articles/{world.article.pk}/undo/", **HTMX)
    assert response.status_code == 200


def undo_an_added_quote(world: World) -> None:
    response = world.client(world.ann).post(f"/articles/{world.article.pk}/undo/", **HTMX)
    assert response.status_code == 200
    assert not Quote.objects.filter(origin=QuoteOrigin.MANUAL).exists()


def admin_quote_deleted(world: World) -> None:
    admin_delete(world, "quote", world.quote.pk)


def adopt(world: World) -> None:
    world.judge(world.bob, stance="against")
    adjudication.finalise(world.quote, world.bob_judgement(), world.reviewer())


def merge(world: World) -> None:
    world.judge(world.bob, stance="against")
    decision, chosen = curation.read_merge(world.quote, {"decision": str(world.bob_judgement().pk)})
    adjudication.merge(
        world.quote, adjudication.Merge(decision, stance_from=chosen["stance"]), world.reviewer()
    )


def admin_final_label(world: World) -> None:
    world.judge(world.bob, stance="against")
    admin_save(Quote, world.quote, world.reviewer(), status=ReviewStatus.REJECTED)


def admin_quote_span(world: World) -> None:
    admin_save(Quote, world.quote, world.reviewer(), start=15, end=40)


def admin_judgement(world: World) -> None:
    admin_save(Annotation, world.bob_judgement(), world.reviewer(), stance="against")


def admin_judgement_deleted(world: World) -> None:
    world.judge(world.bob, stance="against")
    admin_delete(world, "annotation", world.bob_judgement().pk)


def hand_added_then(change: Callable[[World, Quote], None]) -> Callable[[World], None]:
    def path(world: World) -> None:
        added = QuoteFactory(
            article=world.article, start=0, end=12, origin=QuoteOrigin.MANUAL, created_by=world.ann
        )
        AnnotationFactory(quote=added, annotator=world.ann)
        change(world, added)

    return path


def assign_more(world: World, added: Quote) -> None:
    world.project.annotators_per_article = 3
    world.project.save()
    assigning.assign_articles([world.article], [UserFactory()], world.reviewer())


def claim(world: World, added: Quote) -> None:
    world.project.annotators_per_article = 3
    world.project.save()
    assert assigning.claim_next_article(UserFactory(), world.project) == world.article


def unassign(world: World, added: Quote) -> None:
    assignment = Assignment.objects.get(article=world.article, annotator=world.bob)
    admin_delete(world, "assignment", assignment.pk)


def merge_speakers_path(world: World) -> None:
    duplicate = Speaker.objects.get(name="M. Lopez")
    merge_speakers(world.speaker, [duplicate])


def delete_speaker(world: World) -> None:
    other = SpeakerFactory(name="Someone Else")
    world.judge(world.bob, speaker=other.pk)
    admin_delete(world, "speaker", other.pk)


# What some paths need first, itself a write whose stored agreement is checked too.
PREPARE: dict[str, Callable[[World], None]] = {
    "undo": judge_stance,
    "undo an added quote": add_quote_by_hand,
    "quote span in the admin": lambda world: world.judge(world.bob, start=15, end=40),
    "merge speakers": lambda world: world.judge(
        world.bob, speaker=SpeakerFactory(name="M. Lopez").pk
    ),
}

PATHS: dict[str, Callable[[World], None]] = {
    "judge a stance": judge_stance,
    "judge a decision": judge_reject,
    "add a quote by hand": add_quote_by_hand,
    "undo": undo,
    "undo an added quote": undo_an_added_quote,
    "quote deleted in the admin": admin_quote_deleted,
    "adopt a judgement": adopt,
    "merge on the curation page": merge,
    "final label in the admin": admin_final_label,
    "quote span in the admin": admin_quote_span,
    "judgement in the admin": admin_judgement,
    "judgement deleted in the admin": admin_judgement_deleted,
    "assign an annotator": hand_added_then(assign_more),
    "claim an article": hand_added_then(claim),
    "assignment deleted in the admin": hand_added_then(unassign),
    "merge speakers": merge_speakers_path,
    "speaker deleted in the admin": delete_speaker,
}


@pytest.mark.parametrize("path", PATHS)
def test_every_write_keeps_the_stored_agreement_up_to_date(path: str) -> None:
    world = World()
    if path in PREPARE:
        PREPARE[path](world)
        assert_up_to_date()
    before = {quote.pk: stored(quote) for quote in Quote.objects.all()}
    project_agreement(world.project)  # The pairs compared, to be compared again after the write.
    PATHS[path](world)
    assert_up_to_date()
    # Each path changes some quote's agreement, so a path that forgot to store it fails.
    after = {quote.pk: stored(quote) for quote in Quote.objects.all()}
    assert after != before


def test_the_finaliser_closes_no_open_dispute_and_stores_its_quotes_again() -> None:
    world = World()
    disputed = QuoteFactory(article=world.article, start=0, end=12)
    for user, stance in ((world.ann, "favor"), (world.bob, "against")):
        AnnotationFactory(quote=disputed, annotator=user, stance=stance)
    quotes = adjudication.for_finalising(Quote.objects.all())
    result = adjudication.finalise_agreed(quotes, world.reviewer())
    assert result.finalised == 1
    assert_up_to_date()
    assert list(Quote.objects.filter(open_dispute=True)) == [disputed]


@pytest.mark.django_db(transaction=True)
def test_the_migration_stores_the_agreement_of_the_judgements_already_made() -> None:
    executor = MigrationExecutor(connection)
    # From before 0008 to the newest migration: later ones run over the filled columns too.
    before, after = (
        [("annotations", "0003_detector_provenance")],
        executor.loader.graph.leaf_nodes("annotations"),
    )
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    user = old.get_model("auth", "User")
    ann, bob = user.objects.create(username="ann"), user.objects.create(username="bob")
    project = old.get_model("annotations", "Project").objects.create(
        name="Old", slug="old", stance_target="the budget"
    )
    article = old.get_model("annotations", "Article").objects.create(
        project=project, title="Old", text="x" * 100, sha256="0" * 64
    )
    quote = old.get_model("annotations", "Quote").objects.create(article=article, start=0, end=9)
    for annotator, stance in ((ann, "favor"), (bob, "against")):
        old.get_model("annotations", "Annotation").objects.create(
            quote=quote, annotator=annotator, decision="accept", stance=stance
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    # The pairs were compared by the migration: the page has nothing left to compare.
    assert not ArticleAgreement.objects.exclude(computed=F("changed")).exists()
    assert_up_to_date()
    assert Quote.objects.get(pk=quote.pk).open_dispute is True
    (pair,) = project_agreement(Project.objects.get(slug="old")).pairs
    assert (pair.stance_units, pair.stance_agreement) == (1, 0.0)


# The review list and the agreement page read the stored columns -------------------------


def list_queries(client: Client, query: str = "") -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("admin:annotations_quote_changelist") + query)
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries], response.content.decode()


@pytest.mark.parametrize(
    "query", ["", "?agreement=disputed", "?agreement=agreed", "?disputed_on=stance"]
)
def test_the_review_list_never_reads_the_judgements(superuser_client: Client, query: str) -> None:
    world = World()
    world.judge(world.bob, stance="against")
    few, _ = list_queries(superuser_client, query)
    for start in range(0, 60, 3):
        quote = QuoteFactory(article=world.article, start=start, end=start + 2)
        AnnotationFactory(quote=quote, annotator=world.ann, stance="none")
        AnnotationFactory(quote=quote, annotator=world.bob, stance="favor")
    many, html = list_queries(superuser_client, query)
    assert len(few) == len(many)
    # Only the annotator filter's choices look at judgements; no query of quotes does.
    assert not [
        sql for sql in many if "annotations_quote" in sql and "annotations_annotation" in sql
    ]
    if query != "?agreement=agreed":
        assert ">stance<" in html.split('id="result_list"')[1]


def test_the_review_list_puts_open_disagreements_first(superuser_client: Client) -> None:
    world = World()
    later = QuoteFactory(article=world.article, start=100, end=110)
    for user, stance in ((world.ann, "favor"), (world.bob, "against")):
        AnnotationFactory(quote=later, annotator=user, stance=stance)

    def order() -> list[Quote]:
        _, html = list_queries(superuser_client)
        rows = html.split('id="result_list"')[1]
        found = {
            rows.index(reverse("admin:annotations_quote_change", args=[q.pk])): q
            for q in (later, world.quote)
        }
        return [found[place] for place in sorted(found)]

    assert order() == [later, world.quote]
    adjudication.finalise(later, later.annotations.first(), world.reviewer())
    assert order() == [world.quote, later]


def test_the_agreement_page_reads_the_per_field_figures_from_the_quotes() -> None:
    world = World()
    world.judge(world.bob, stance="against")
    with CaptureQueriesContext(connection) as captured:
        figures = quote_figures(world.project)
    assert len(captured) == 1 and "annotations_annotation" not in captured[0]["sql"]
    stance = {figure.field: figure for figure in figures.fields}["stance"]
    assert (stance.measured, stance.mean, stance.disputed) == (1, 0.5, 1)
    assert figures.added_by_some == 0
    assert figures.stances == [({"against": 1, "favor": 1}, 1)]
    assert figures.decisions == [({"accept": 2, "reject": 0}, 1)]


@pytest.fixture
def superuser_client(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("root", "root@example.org", "x"))
    return client


def test_a_decision_only_some_made_is_stored_as_undisputed_until_both_decide() -> None:
    world = World()
    quote = QuoteFactory(article=world.article, start=0, end=12)
    AnnotationFactory(quote=quote, annotator=world.ann, decision=Decision.ACCEPT)
    assert stored(quote)["decided_judgements"] == 1
    assert stored(quote)["is_disputed"] is False
    assert Quote.objects.filter(policy.AGREEMENT_FILTERS["single"]).get() == quote


@pytest.mark.django_db(transaction=True)
def test_two_judgements_saved_at_once_are_both_counted_on_postgresql() -> None:
    """The second refresh waits for the first judgement's transaction, then counts both."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite writes one transaction at a time; set DATABASE_URL to run")
    quote = QuoteFactory()
    ann, bob = UserFactory(), UserFactory()
    written, release = threading.Event(), threading.Event()

    def judge(user: User, stance: str, before: Callable[[], None], after: Callable[[], None]):
        try:
            before()
            with transaction.atomic():
                Annotation.objects.create(
                    quote=quote, annotator=user, decision="accept", stance=stance
                )
                policy.refresh_agreement([quote.pk])
                after()
        finally:
            connections.close_all()

    first = threading.Thread(
        target=judge, args=(ann, "favor", lambda: None, lambda: (written.set(), release.wait(10)))
    )
    second = threading.Thread(
        target=judge, args=(bob, "against", lambda: written.wait(10), lambda: None)
    )
    first.start()
    second.start()
    second.join(1)
    assert second.is_alive(), "the second refresh did not wait for the first transaction"
    release.set()
    first.join()
    second.join()
    assert stored(quote)["decided_judgements"] == 2
    assert stored(quote)["open_dispute"] is True

"""Stance suggestions: training from the project's labels, suggesting, showing, ordering and
retraining without touching anything judged. On a small invented set made here."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from annotations import roles
from annotations.assigning import claim_next_article
from annotations.judging import article_quotes
from annotations.models import (
    Annotation,
    Article,
    Decision,
    Project,
    Quote,
    ReviewStatus,
    StanceModel,
    StanceSuggestion,
    TrainingState,
)
from annotations.progress import suggestion_use
from annotations.stance import classifier
from annotations.stance.labels import training_labels, unjudged_quotes
from annotations.stance.training import (
    TrainingRefused,
    model_path,
    run_training,
    start_training,
)
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# Words that carry each stance toward the (invented) tram levy, and words that carry none.
WORDS = {
    "favor": ["welcome", "support", "cleaner", "overdue", "fairer", "benefit"],
    "against": ["oppose", "unfair", "burden", "ruinous", "reject", "punish"],
    "none": ["timetable", "consultation", "Tuesday", "documents", "scheduled", "details"],
}
FILLER = ["the", "levy", "trams", "city", "it", "this", "will", "for", "our", "plan"]
SPEAKERS = ["Mina Park (박민아)", "Joe O’Neill", "Ana Lima 🙂"]


def quote_sentence(rng: random.Random, stance: str) -> str:
    words = rng.sample(FILLER, 5) + rng.sample(WORDS[stance], 2)
    rng.shuffle(words)
    return " ".join(words).capitalize()


def invented_article(project: Project, number: int, quotes: int = 6) -> list[tuple[Quote, str]]:
    """An article of quotes whose words give their stance away, with the gold stances."""
    rng = random.Random(number)
    text = f"Tram levy, day {number}\n\n"
    spans = []
    for index in range(quotes):
        stance = ["favor", "against", "none"][(number + index) % 3]
        sentence = quote_sentence(rng, stance)
        opening = f"“{sentence},” said {SPEAKERS[index % 3]}. "
        start = len(text) + 1
        spans.append((start, start + len(sentence), stance))
        text += opening
        if index % 2:
            text += "\n"
    article = ArticleFactory(project=project, text=text)
    return [
        (QuoteFactory(article=article, start=start, end=end), stance)
        for start, end, stance in spans
    ]


@pytest.fixture
def models_dir(settings, tmp_path: Path) -> Path:
    settings.QUOTES_MODELS_DIR = tmp_path / "models"
    return settings.QUOTES_MODELS_DIR


@pytest.fixture
def project() -> Project:
    return ProjectFactory(slug="tram-levy", stance_target="the tram levy", annotators_per_article=1)


@pytest.fixture
def labelled(project: Project) -> dict[int, str]:
    """Eight articles; six have final labels, two are left for suggestions. quote id → gold."""
    reviewer = UserFactory(username="reviewer")
    gold = {}
    for number in range(8):
        for quote, stance in invented_article(project, number):
            gold[quote.pk] = stance
            if number < 6:
                quote.status = ReviewStatus.ACCEPTED
                quote.final_stance = stance
                quote.reviewed_by = reviewer
                quote.save()
    return gold


def train(project: Project, epochs: int = 15) -> StanceModel:
    return run_training(start_training(project, epochs=epochs))


# --- The classifier, without the database ---------------------------------------------------


@pytest.mark.django_db(False)
def test_the_context_is_the_sentence_around_the_quote_in_its_paragraph() -> None:
    text = (
        "Intro line.\nFirst 🙂 sentence. “Quote here,” said 박민아. After that! Next line\nOther."
    )
    start = text.index("Quote here")
    end = start + len("Quote here")
    context_start, context_end = classifier.sentence_context(text, start, end)
    assert text[context_start:context_end] == "“Quote here,” said 박민아. "
    given = classifier.stance_input("the levy", text, start, end)
    assert given.splitlines() == [
        "Quote here",
        f"“{classifier.QUOTE_MARK},” said 박민아.",
        "Target: the levy",
    ]


@pytest.mark.django_db(False)
def test_a_quote_at_the_edges_of_its_line_takes_the_whole_line() -> None:
    text = "No punctuation here at all\nnext"
    assert classifier.sentence_context(text, 3, 8) == (0, len("No punctuation here at all"))


@pytest.mark.django_db(False)
def test_the_split_is_by_article_and_seeded() -> None:
    examples = [classifier.LabelledQuote(f"t{i}", "favor", str(i % 10)) for i in range(50)]
    split = classifier.split_by_group(examples, heldout=0.3, seed=5)
    assert len(split.heldout_groups) == 3
    assert {e.group for e in split.train}.isdisjoint({e.group for e in split.heldout})
    assert len(split.train) + len(split.heldout) == 50
    assert classifier.split_by_group(examples, heldout=0.3, seed=5) == split
    assert classifier.split_by_group(examples, heldout=0.3, seed=6).heldout_groups != (
        split.heldout_groups
    )
    with pytest.raises(ValueError, match="at least two articles"):
        classifier.split_by_group(examples[:1])


@pytest.mark.django_db(False)
def test_scores_per_class_and_macro() -> None:
    gold = ["favor", "favor", "against", "none"]
    predicted = ["favor", "against", "against", "against"]
    scores = classifier.score(gold, predicted, ["favor", "against", "none"])
    # favor: tp 1, gold 2, predicted 1; against: tp 1, gold 1, predicted 3; none: 0.
    assert scores.per_class_f1 == {"favor": 2 / 3, "against": 0.5, "none": 0.0}
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.5) / 3)
    assert scores.accuracy == 0.5


@pytest.mark.django_db(False)
def test_the_majority_label_and_unknown_labels() -> None:
    examples = [
        classifier.LabelledQuote("a", "none", "1"),
        classifier.LabelledQuote("b", "against", "1"),
        classifier.LabelledQuote("c", "against", "2"),
    ]
    assert classifier.majority_label(examples, ["favor", "against", "none"]) == "against"
    with pytest.raises(ValueError, match=r"\['against', 'none'\] are not among"):
        classifier.train(examples, ["favor"])
    with pytest.raises(ValueError, match="Unknown architecture 'huge'"):
        classifier.train(examples, ["favor", "against", "none"], architecture="huge")


# --- Labels ----------------------------------------------------------------------------------


def test_training_labels_are_final_or_unanimous(project: Project) -> None:
    project.annotators_per_article = 2
    project.save()
    first, second = UserFactory(), UserFactory()
    article = ArticleFactory(project=project)
    quotes = [QuoteFactory(article=article, start=i, end=i + 5) for i in range(7)]
    final, unanimous, split, lone, rejecting, unknown, final_rejected = quotes
    Quote.objects.filter(pk=final.pk).update(status=ReviewStatus.ACCEPTED, final_stance="none")
    # The final label wins over the annotators'.
    AnnotationFactory(quote=final, annotator=first, stance="favor")
    for annotator in (first, second):
        AnnotationFactory(quote=unanimous, annotator=annotator, stance="against")
    AnnotationFactory(quote=split, annotator=first, stance="against")
    AnnotationFactory(quote=split, annotator=second, stance="favor")
    AnnotationFactory(quote=lone, annotator=first, stance="favor")
    AnnotationFactory(quote=rejecting, annotator=first, stance="favor")
    AnnotationFactory(quote=rejecting, annotator=second, decision=Decision.REJECT, stance="")
    for annotator in (first, second):
        AnnotationFactory(quote=unknown, annotator=annotator, stance="mixed-feelings")
    Quote.objects.filter(pk=final_rejected.pk).update(status=ReviewStatus.REJECTED)
    assert training_labels(project) == {final.pk: "none", unanimous.pk: "against"}
    # With one annotator per article, a lone judgement is unanimous.
    project.annotators_per_article = 1
    project.save()
    assert training_labels(project)[lone.pk] == "favor"


def test_quotes_count_as_judged_once_anyone_decided_or_chose_a_stance(project: Project) -> None:
    article = ArticleFactory(project=project)
    open_, blank, decided, stance_only, final, stale = (
        QuoteFactory(article=article, start=i, end=i + 5) for i in range(6)
    )
    AnnotationFactory(quote=blank, decision="", stance="")
    AnnotationFactory(quote=decided, decision=Decision.REJECT, stance="")
    AnnotationFactory(quote=stance_only, decision="", stance="favor")
    Quote.objects.filter(pk=final.pk).update(status=ReviewStatus.REJECTED)
    Quote.objects.filter(pk=stale.pk).update(is_stale=True)
    assert set(unjudged_quotes(project)) == {open_, blank}


# --- Training, suggesting, retraining ----------------------------------------------------------


def test_train_stance_prints_scores_next_to_the_baseline_and_stores_the_model(
    project: Project, labelled: dict[int, str], models_dir: Path, capsys
) -> None:
    call_command("train_stance", "--project", "tram-levy", "--epochs", "15")
    out = capsys.readouterr().out
    model = StanceModel.objects.get(project=project)
    assert model.version == 1
    assert model.state == TrainingState.DONE
    assert model.progress == 100
    assert model.label_counts == {"favor": 12, "against": 12, "none": 12}
    assert model_path(model) == models_dir / "tram-levy" / "v1"
    assert (model_path(model) / "meta.json").exists()
    metrics = model.metrics
    assert metrics["train"]["articles"] + metrics["heldout"]["articles"] == 6
    # Held-out articles are whole articles the model never saw.
    assert metrics["heldout"]["quotes"] == 6 * metrics["heldout"]["articles"]
    assert metrics["model"]["macro_f1"] > metrics["baseline"]["macro_f1"]
    assert "tram-levy stance v1" in out
    assert "model" in out and f"majority ({metrics['majority_label']})" in out
    assert f"{metrics['model']['macro_f1']:.3f}" in out
    for label in ("favor", "against", "none"):
        assert f"F1 {label}" in out
    # The two articles without labels got a suggestion on each quote, and only they.
    suggested = set(StanceSuggestion.objects.values_list("quote_id", flat=True))
    assert suggested == set(
        Quote.objects.filter(status=ReviewStatus.PENDING).values_list("pk", flat=True)
    )
    assert metrics["suggested"] == len(suggested) == 12


def test_the_stored_model_loads_and_suggests_what_was_stored(
    project: Project, labelled: dict[int, str], models_dir: Path
) -> None:
    import spacy

    model = train(project)
    nlp = spacy.load(model_path(model))
    suggestion = StanceSuggestion.objects.select_related("quote__article", "label").first()
    assert suggestion is not None
    from annotations.stance.training import quote_input

    (probabilities,) = classifier.predict(nlp, [quote_input(project, suggestion.quote)])
    assert classifier.best(probabilities) == (
        suggestion.label.key,
        pytest.approx(suggestion.probability),
    )
    assert suggestion.probabilities == pytest.approx(probabilities)


def test_suggestions_beat_the_majority_on_the_invented_set(
    project: Project, labelled: dict[int, str], models_dir: Path
) -> None:
    train(project)
    suggestions = StanceSuggestion.objects.select_related("label")
    right = sum(1 for s in suggestions if s.label.key == labelled[s.quote_id])
    # Six quotes per article cycle through the three stances: the majority gets a third.
    assert right / suggestions.count() > 0.6


def test_training_is_refused_with_the_reason(project: Project, models_dir: Path) -> None:
    invented_article(project, 1)
    with pytest.raises(CommandError, match="Only 0 quote"):
        call_command("train_stance", "--project", "tram-levy")
    failed = StanceModel.objects.get(project=project)
    assert failed.state == TrainingState.FAILED
    assert "training needs at least 10" in failed.error
    with pytest.raises(CommandError, match="No project with the slug “nope”"):
        call_command("train_stance", "--project", "nope")
    with pytest.raises(CommandError, match="at least one epoch"):
        call_command("train_stance", "--project", "tram-levy", "--epochs", "0")


def test_one_stance_or_one_article_cannot_train(project: Project, models_dir: Path) -> None:
    pairs = invented_article(project, 0, quotes=12)
    for quote, _ in pairs:
        Quote.objects.filter(pk=quote.pk).update(status=ReviewStatus.ACCEPTED, final_stance="none")
    with pytest.raises(TrainingRefused, match="two different stances"):
        train(project)
    Quote.objects.filter(pk=pairs[0][0].pk).update(final_stance="favor")
    with pytest.raises(TrainingRefused, match="in one article"):
        train(project)


def test_retraining_changes_nothing_judged(
    project: Project, labelled: dict[int, str], models_dir: Path
) -> None:
    first = train(project)
    annotator = UserFactory()
    open_quotes = list(Quote.objects.filter(status=ReviewStatus.PENDING).order_by("pk"))
    judged_quote, stance_quote, *untouched = open_quotes
    # One annotator judges two of the suggested quotes, one of them with another stance.
    AnnotationFactory(quote=judged_quote, annotator=annotator, stance="")
    AnnotationFactory(quote=stance_quote, annotator=annotator, decision="", stance="favor")

    def state() -> tuple[list, list, list]:
        return (
            list(Annotation.objects.order_by("pk").values()),
            list(Quote.objects.order_by("pk").values()),
            list(
                StanceSuggestion.objects.filter(quote__in=[judged_quote, stance_quote])
                .order_by("pk")
                .values()
            ),
        )

    before = state()
    second = run_training(start_training(project, epochs=6, seed=99))
    assert second.version == 2
    assert state() == before
    assert second.metrics["suggested"] == len(untouched)
    assert set(
        StanceSuggestion.objects.filter(model=second).values_list("quote_id", flat=True)
    ) == {quote.pk for quote in untouched}
    assert StanceSuggestion.objects.filter(model=first).count() == 2
    # Both versions' files stay.
    assert model_path(first).exists() and model_path(second).exists()


# --- The background task and the admin action -------------------------------------------------


def test_the_admin_action_trains_in_the_background_and_the_page_shows_it(
    project: Project,
    labelled: dict[int, str],
    models_dir: Path,
    reviewer_client: Client,
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = reviewer_client.post(
            reverse("admin:annotations_project_changelist"),
            {"action": "train_stance_model", "_selected_action": [project.pk]},
            follow=True,
        )
    assert len(callbacks) == 1
    assert f"Stance model v1 of “{project.name}” is queued for training" in (
        response.content.decode()
    )
    # The immediate backend ran it when the action's transaction committed.
    model = StanceModel.objects.get(project=project)
    assert model.state == TrainingState.DONE
    assert model.created_by == User.objects.get(username="rev")
    page = reviewer_client.get(reverse("review:stance", args=[project.slug]))
    html = page.content.decode()
    assert 'data-state="done"' in html
    assert f"{model.metrics['model']['macro_f1']:.3f}" in html
    assert "every 2s" not in html
    # While a model waits, the list polls; once nothing waits htmx is told to stop.
    queued = start_training(project)
    polled = reviewer_client.get(
        reverse("review:stance", args=[project.slug]), HTTP_HX_REQUEST="true"
    )
    assert polled.status_code == 200 and "every 2s" in polled.content.decode()
    StanceModel.objects.filter(pk=queued.pk).update(state=TrainingState.FAILED, error="stopped")
    polled = reviewer_client.get(
        reverse("review:stance", args=[project.slug]), HTTP_HX_REQUEST="true"
    )
    assert polled.status_code == 286 and "Failed: stopped" in polled.content.decode()


def test_the_stance_page_is_for_staff(project: Project, client: Client) -> None:
    client.force_login(UserFactory())
    assert client.get(reverse("review:stance", args=[project.slug])).status_code == 403


def test_progress_is_recorded_per_epoch(
    project: Project, labelled: dict[int, str], models_dir: Path
) -> None:
    seen: list[tuple[str, int]] = []

    def on_progress(model: StanceModel) -> None:
        row = StanceModel.objects.get(pk=model.pk)
        seen.append((row.state, row.progress))

    run_training(start_training(project, epochs=3), on_progress=on_progress)
    assert seen == [("running", 30), ("running", 60), ("running", 90), ("done", 100)]


# --- The workbench and the progress page ----------------------------------------------------------


@pytest.fixture
def annotator() -> User:
    user = UserFactory(username="ann")
    user.groups.add(Group.objects.get(name=roles.ANNOTATOR))
    return user


def test_the_workbench_shows_the_suggestion_until_a_stance_is_chosen(
    project: Project, labelled: dict[int, str], models_dir: Path, annotator: User, client: Client
) -> None:
    train(project)
    suggestion = StanceSuggestion.objects.select_related("quote", "label", "model").first()
    assert suggestion is not None
    quote = suggestion.quote
    AssignmentFactory(article=quote.article, annotator=annotator)
    client.force_login(annotator)
    url = reverse("quote", args=[quote.article_id, quote.pk])
    html = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="quote-editor").content.decode()
    percent = round(100 * suggestion.probability)
    assert f'data-suggested-stance="{suggestion.label.key}"' in html
    assert f"Stance <strong>{suggestion.label.name}</strong>, {percent}% sure" in html
    assert "stance model v1; not saved" in html
    assert f'name="stance" value="{suggestion.label.key}"' in html
    # Only a suggestion: nothing is saved, and the stance buttons are not pressed.
    assert not Annotation.objects.filter(quote=quote).exists()
    # Confirming saves it as the annotator's stance; the suggestion is no longer offered.
    client.post(
        reverse("judge", args=[quote.article_id, quote.pk]),
        {"version": 0, "stance": suggestion.label.key},
    )
    assert Annotation.objects.get(quote=quote, annotator=annotator).stance == suggestion.label.key
    html = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="quote-editor").content.decode()
    assert "data-suggested-stance" not in html


def test_the_article_page_costs_no_query_more_for_suggestions(
    project: Project,
    labelled: dict[int, str],
    models_dir: Path,
    annotator: User,
    client: Client,
    django_assert_max_num_queries,
) -> None:
    article = Article.objects.filter(quotes__status=ReviewStatus.PENDING).first()
    assert article is not None
    AssignmentFactory(article=article, annotator=annotator)
    client.force_login(annotator)
    url = reverse("article", args=[article.pk])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as without:
        client.get(url)
    train(project)
    with CaptureQueriesContext(connection) as with_suggestions:
        html = client.get(url).content.decode()
    assert "data-suggested-stance" in html
    assert len(with_suggestions) == len(without)


def test_the_progress_page_counts_suggestions_taken_and_changed(
    project: Project, labelled: dict[int, str], models_dir: Path, reviewer_client: Client
) -> None:
    first = train(project)
    suggestions = list(StanceSuggestion.objects.select_related("label").order_by("pk"))
    other = {"favor": "against", "against": "none", "none": "favor"}
    first_annotator, second_annotator = UserFactory(), UserFactory()
    # Three taken, one changed, one without a stance (not counted), one by two annotators.
    for suggestion in suggestions[:3]:
        AnnotationFactory(
            quote_id=suggestion.quote_id, annotator=first_annotator, stance=suggestion.label.key
        )
    AnnotationFactory(
        quote_id=suggestions[3].quote_id,
        annotator=first_annotator,
        stance=other[suggestions[3].label.key],
    )
    AnnotationFactory(quote_id=suggestions[4].quote_id, annotator=first_annotator, stance="")
    AnnotationFactory(
        quote_id=suggestions[0].quote_id,
        annotator=second_annotator,
        stance=other[suggestions[0].label.key],
    )
    second = train(project)
    (newest, oldest) = suggestion_use(project)
    assert (newest.model, newest.suggested, newest.taken, newest.changed) == (second, 7, 0, 0)
    assert (oldest.model, oldest.suggested, oldest.taken, oldest.changed) == (first, 5, 3, 2)
    url = reverse("admin:annotations_project_progress", args=[project.slug])
    html = reviewer_client.get(url).content.decode()
    assert '<tr data-version="1">' in html
    assert "3 / 5" in html


# --- Ordering ----------------------------------------------------------------------------------


def suggest_at(quote: Quote, probability: float, model: StanceModel) -> None:
    StanceSuggestion.objects.create(
        quote=quote,
        model=model,
        label=quote.article.project.stance_labels.get(key="none"),
        probability=probability,
    )


def test_uncertain_quotes_come_first_when_the_project_asks(
    project: Project, annotator: User
) -> None:
    article = ArticleFactory(project=project)
    AssignmentFactory(article=article, annotator=annotator)
    model = start_training(project)
    sure, unsure, unsuggested, middling = (
        QuoteFactory(article=article, start=i * 10, end=i * 10 + 5) for i in range(4)
    )
    suggest_at(sure, 0.95, model)
    suggest_at(unsure, 0.40, model)
    suggest_at(middling, 0.60, model)
    article.assignment_status = "assigned"
    assert article_quotes(annotator, article) == [sure, unsure, unsuggested, middling]
    project.stance_uncertain_first = True
    project.save()
    article.project = project
    assert article_quotes(annotator, article) == [unsure, middling, sure, unsuggested]


def test_the_next_article_is_the_least_certain_when_the_project_asks(project: Project) -> None:
    model = start_training(project)
    articles = [ArticleFactory(project=project) for _ in range(3)]
    for article, probability in zip(articles, (0.9, 0.35, 0.7), strict=True):
        suggest_at(QuoteFactory(article=article), probability, model)
    assert claim_next_article(UserFactory(), project) == articles[0]
    project.stance_uncertain_first = True
    project.save()
    assert claim_next_article(UserFactory(), project) == articles[1]
    assert claim_next_article(UserFactory(), project) == articles[2]


def test_finalising_retrains_once_enough_new_labels_came_in(
    project: Project, labelled: dict[int, str], models_dir: Path, django_capture_on_commit_callbacks
) -> None:
    from annotations.adjudication import finalise

    project.stance_retrain_every = 2
    project.save()
    reviewer = UserFactory()
    pending = list(Quote.objects.filter(status=ReviewStatus.PENDING).order_by("pk"))

    def adopt(quote: Quote) -> None:
        judgement = AnnotationFactory(quote=quote, stance=labelled[quote.pk])
        with django_capture_on_commit_callbacks(execute=True):
            finalise(quote, judgement, reviewer)

    adopt(pending[0])
    first = StanceModel.objects.get(project=project)  # 37 labels, none learnt from yet
    assert (first.state, first.label_total) == (TrainingState.DONE, 37)
    adopt(pending[1])
    assert StanceModel.objects.count() == 1  # one new label: not yet
    adopt(pending[2])
    second = StanceModel.objects.latest("version")
    assert (second.version, second.label_total) == (2, 39)
    project.stance_retrain_every = 0
    project.save()
    adopt(pending[3])
    adopt(pending[4])
    assert StanceModel.objects.count() == 2


def test_a_refused_run_is_not_retried_before_new_labels_come(
    project: Project, models_dir: Path, django_capture_on_commit_callbacks
) -> None:
    from annotations.adjudication import finalise

    project.stance_retrain_every = 3
    project.save()
    pairs = invented_article(project, 0, quotes=6)  # one article: training will be refused
    reviewer = UserFactory()
    for quote, stance in pairs:
        with django_capture_on_commit_callbacks(execute=True):
            finalise(quote, AnnotationFactory(quote=quote, stance=stance), reviewer)
    # Refused at 3 labels (too few), tried again only 3 labels later, at 6.
    refused = list(StanceModel.objects.order_by("version").values_list("state", "label_counts"))
    assert [state for state, _ in refused] == [TrainingState.FAILED, TrainingState.FAILED]
    assert [sum(counts.values()) for _, counts in refused] == [3, 6]


def test_the_stance_page_takes_as_many_queries_for_one_model_as_for_five(
    project: Project, reviewer_client: Client
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("review:stance", args=[project.slug])
    counts = []
    for models in (1, 5):
        while project.stance_models.count() < models:
            start_training(project)
        with CaptureQueriesContext(connection) as queries:
            assert reviewer_client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_moving_on_goes_to_the_least_certain_undecided_quote(
    project: Project, annotator: User
) -> None:
    from annotations.judging import load_quote, next_undecided

    project.stance_uncertain_first = True
    project.save()
    article = ArticleFactory(project=project)
    AssignmentFactory(article=article, annotator=annotator)
    model = start_training(project)
    first, second, third, fourth = (
        QuoteFactory(article=article, start=i * 10, end=i * 10 + 5) for i in range(4)
    )
    for quote, probability in ((first, 0.5), (second, 0.9), (third, 0.7), (fourth, 0.4)):
        suggest_at(quote, probability, model)
    AnnotationFactory(quote=fourth, annotator=annotator, decision=Decision.ACCEPT)
    after_fourth = next_undecided(annotator, load_quote(annotator, article.pk, fourth.pk))
    assert after_fourth == first
    # Not the next in reading order (second) but the least certain left (third).
    AnnotationFactory(quote=first, annotator=annotator, decision=Decision.REJECT)
    assert next_undecided(annotator, load_quote(annotator, article.pk, first.pk)) == third

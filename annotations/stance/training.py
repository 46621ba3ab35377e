"""Training a project's stance model from its own labels, and suggesting stances with it.

``start_training`` books the next version (queued); ``run_training`` trains it, stores the
files under ``settings.QUOTES_MODELS_DIR/<project>/v<version>/``, records the held-out metrics
and suggests a stance for every quote nobody has judged. Judged quotes, their judgements, final
labels and the suggestions their annotators saw, are never touched.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from annotations import audit
from annotations.models import (
    Project,
    Quote,
    StanceModel,
    StanceSuggestion,
    TrainingState,
)
from annotations.stance import classifier
from annotations.stance.labels import training_labels, unjudged_quotes

if TYPE_CHECKING:
    from spacy.language import Language

# Fewer labels than this teach nothing worth suggesting.
MIN_LABELS = 10
# Share of the progress bar that training takes; suggesting takes the rest.
TRAINING_SHARE = 90

Actor = AbstractBaseUser | AnonymousUser | None


class TrainingRefused(Exception):
    """The project's labels cannot train a model yet; the message says why."""


def model_path(model: StanceModel) -> Path:
    return Path(settings.QUOTES_MODELS_DIR) / model.path


def start_training(
    project: Project,
    actor: Actor = None,
    *,
    architecture: str = classifier.DEFAULT_ARCHITECTURE,
    epochs: int = classifier.DEFAULT_EPOCHS,
    seed: int = classifier.DEFAULT_SEED,
) -> StanceModel:
    """The project's next model version, queued; versions count up under a lock."""
    if architecture not in classifier.ARCHITECTURES:
        raise TrainingRefused(
            f"Unknown architecture “{architecture}”: "
            f"choose one of {', '.join(classifier.ARCHITECTURES)}."
        )
    if epochs < 1:
        raise TrainingRefused("Training needs at least one epoch.")
    with transaction.atomic():
        Project.objects.select_for_update().filter(pk=project.pk).first()
        latest = project.stance_models.aggregate(latest=Max("version"))["latest"] or 0
        model = StanceModel.objects.create(
            project=project,
            version=latest + 1,
            architecture=architecture,
            epochs=epochs,
            seed=seed,
            created_by_id=actor.pk if actor is not None and actor.is_authenticated else None,
        )
        audit.record(
            actor,
            model,
            "stance_model.queue",
            after=audit.snapshot(model, ["version", "architecture", "epochs", "seed"]),
        )
    return model


def labelled_quotes(project: Project) -> list[tuple[Quote, str]]:
    """The quotes with a training label, each with its article, in a stable order."""
    labels = training_labels(project)
    quotes = Quote.objects.filter(pk__in=labels).select_related("article").order_by("pk")
    return [(quote, labels[quote.pk]) for quote in quotes]


def quote_input(project: Project, quote: Quote) -> str:
    """The classifier's text for a quote: its final span once a reviewer set one."""
    start, end = quote.start, quote.end
    if quote.final_start is not None and quote.final_end is not None:
        start, end = quote.final_start, quote.final_end
    return classifier.stance_input(project.stance_target, quote.article.text, start, end)


def run_training(
    model: StanceModel, on_progress: Callable[[StanceModel], None] | None = None
) -> StanceModel:
    """Train a queued model, store it, and suggest; a failure is recorded on the model.

    ``on_progress`` sees the model after each epoch (its ``progress`` updated).
    """
    project = model.project
    _update(model, state=TrainingState.RUNNING, progress=0, error="")
    try:
        labels = list(project.stance_labels.values_list("key", flat=True))
        pairs = labelled_quotes(project)
        counts = Counter(label for _, label in pairs)
        # Recorded before any refusal: retraining waits for new labels after a refused run too.
        _update(model, labels=labels, label_counts={label: counts[label] for label in labels})
        _refuse_unless_trainable(counts, {quote.article_id for quote, _ in pairs})
        examples = [
            classifier.LabelledQuote(quote_input(project, quote), label, str(quote.article_id))
            for quote, label in pairs
        ]
        split = classifier.split_by_group(examples, seed=model.seed)

        def on_epoch(epoch: int, loss: float) -> None:
            _update(model, progress=TRAINING_SHARE * epoch // model.epochs)
            if on_progress is not None:
                on_progress(model)

        nlp, evaluation = classifier.train_and_evaluate(
            split,
            labels,
            architecture=model.architecture,
            epochs=model.epochs,
            seed=model.seed,
            on_epoch=on_epoch,
        )
        model.path = f"{project.slug}/v{model.version}"
        destination = model_path(model)
        if destination.exists():
            # Left by a run whose database row is gone (a test database, a restore).
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(destination)
        metrics: dict[str, Any] = evaluation.as_dict() | {
            "train": {
                "articles": len({e.group for e in split.train}),
                "quotes": len(split.train),
            },
            "heldout": {
                "articles": len(split.heldout_groups),
                "quotes": len(split.heldout),
                "article_ids": [int(group) for group in split.heldout_groups],
            },
        }
        _update(
            model,
            metrics=metrics,
            training_seconds=evaluation.seconds,
            path=model.path,
        )
        suggested = suggest(model, nlp)
        model.metrics["suggested"] = suggested
        _update(
            model,
            metrics=model.metrics,
            state=TrainingState.DONE,
            progress=100,
            finished_at=timezone.now(),
        )
    except Exception as error:
        _update(
            model,
            state=TrainingState.FAILED,
            error=str(error) or type(error).__name__,
            finished_at=timezone.now(),
        )
        raise
    if on_progress is not None:
        on_progress(model)
    return model


def _refuse_unless_trainable(counts: Counter[str], articles: set[int]) -> None:
    total = sum(counts.values())
    if total < MIN_LABELS:
        raise TrainingRefused(
            f"Only {total} quote(s) have a final or unanimous stance; training needs at least "
            f"{MIN_LABELS}."
        )
    if len(counts) < 2:
        raise TrainingRefused(
            f"Every labelled quote has the stance “{next(iter(counts))}”; "
            "training needs at least two different stances."
        )
    if len(articles) < 2:
        raise TrainingRefused(
            "All labelled quotes are in one article; the split by article needs two."
        )


def _update(model: StanceModel, **values: Any) -> None:
    """Set fields on the instance and its row at once (the row is what a progress page reads)."""
    for name, value in values.items():
        setattr(model, name, value)
    StanceModel.objects.filter(pk=model.pk).update(**values)


def suggest(model: StanceModel, nlp: Language) -> int:
    """Suggest a stance, with ``nlp``, for each of the project's quotes nobody has judged.

    The quotes are read again inside the writing transaction, so one judged meanwhile keeps
    the suggestion it was judged with. Returns how many quotes got a suggestion.
    """
    project = model.project
    labels = {label.key: label for label in project.stance_labels.all()}
    candidates = list(unjudged_quotes(project).select_related("article").order_by("pk"))
    predictions = classifier.predict(nlp, (quote_input(project, quote) for quote in candidates))
    with transaction.atomic():
        still_unjudged = set(
            unjudged_quotes(project)
            .filter(pk__in=[quote.pk for quote in candidates])
            .values_list("pk", flat=True)
        )
        StanceSuggestion.objects.filter(quote__in=still_unjudged).delete()
        suggestions = []
        for quote, probabilities in zip(candidates, predictions, strict=True):
            if quote.pk not in still_unjudged:
                continue
            label, probability = classifier.best(probabilities)
            suggestions.append(
                StanceSuggestion(
                    quote=quote,
                    model=model,
                    label=labels[label],
                    probability=min(max(probability, 0.0), 1.0),
                    probabilities=probabilities,
                )
            )
        StanceSuggestion.objects.bulk_create(suggestions)
    return len(suggestions)

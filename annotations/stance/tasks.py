"""Training a stance model in the background, on Django's tasks framework.

With the immediate backend the task runs inline once the transaction that queued it commits;
with django-tasks-db's ``DatabaseBackend`` a ``db_worker`` runs it, and the project's stance
page follows its progress from the model's row.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.tasks import task

from annotations.models import Project, StanceModel, TrainingState
from annotations.stance import classifier
from annotations.stance.labels import training_labels
from annotations.stance.training import Actor, run_training, start_training


@task()
def train_stance_model(model_id: int) -> str:
    """Train the queued model ``model_id``; its row records the progress and any failure."""
    model = StanceModel.objects.select_related("project").get(pk=model_id)
    run_training(model)
    return f"{model}: macro-F1 {model.metrics['model']['macro_f1']:.3f}"


def schedule_training(
    project: Project,
    actor: Actor = None,
    *,
    architecture: str = classifier.DEFAULT_ARCHITECTURE,
    epochs: int = classifier.DEFAULT_EPOCHS,
    seed: int = classifier.DEFAULT_SEED,
) -> StanceModel:
    """Book the project's next model version and train it after the transaction commits."""
    model = start_training(project, actor, architecture=architecture, epochs=epochs, seed=seed)
    transaction.on_commit(partial(train_stance_model.enqueue, model.pk))
    return model


def retrain_if_due(article_id: int) -> StanceModel | None:
    """Queue a new model of the article's project once it has ``stance_retrain_every`` more
    training labels than its latest training run had; called after a final label is set.

    Nothing is queued while another training of the project waits or runs, and a run that was
    refused (too few articles, one stance) is not retried before that many new labels came.
    """
    project = Project.objects.filter(articles=article_id).first()
    if project is None or not project.stance_retrain_every:
        return None
    models = project.stance_models
    if models.filter(state__in=[TrainingState.QUEUED, TrainingState.RUNNING]).exists():
        return None
    latest = models.order_by("-version").first()
    learnt = latest.label_total if latest is not None else 0
    if len(training_labels(project)) - learnt < project.stance_retrain_every:
        return None
    return schedule_training(project)

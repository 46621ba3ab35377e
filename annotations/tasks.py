"""Background work, on Django's tasks framework.

With the default immediate backend a task runs inline when it is enqueued. With
django-tasks-db's ``DatabaseBackend`` it waits in the database until one of any number of
``manage.py db_worker`` processes, on any number of machines, claims it.
"""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver
from django.tasks import task
from django.tasks.base import TaskResult
from django.tasks.signals import task_finished, task_started
from django_tasks_db.backend import DatabaseBackend

from annotations import recovery
from annotations.detecting import detect_articles, error_text
from annotations.models import Article, DetectionState


@task()
def detect_article_batch(article_ids: list[int]) -> str:
    """Detect quotes in a batch of articles; safe to run again on the same batch.

    The batch is parsed together, so all of it is marked running; each article then ends
    done, or failed with its error. When the batch as a whole fails (the pipeline cannot
    load, the database goes away) its articles still running are marked failed with that
    error and the task fails too, so no article stays "running" behind a finished task.
    """
    articles = Article.objects.filter(pk__in=article_ids)
    articles.update(detection_state=DetectionState.RUNNING, detection_error="")
    try:
        summary = detect_articles(list(articles.order_by("pk")))
    except Exception as error:
        articles.filter(detection_state=DetectionState.RUNNING).update(
            detection_state=DetectionState.FAILED, detection_error=error_text(error)
        )
        raise
    return str(summary)


# The heartbeats of the detection batches this process is running, by task id.
_beating: dict[str, recovery.Beating] = {}


@receiver(task_started)
def start_heartbeat(sender: object, task_result: TaskResult, **kwargs: Any) -> None:
    """A ``db_worker`` starting a detection batch beats until it ends (see ``recovery``)."""
    if (
        isinstance(sender, DatabaseBackend)
        and task_result.task.module_path == recovery.DETECTION_TASK
    ):
        worker = task_result.worker_ids[-1] if task_result.worker_ids else "?"
        _beating[task_result.id] = recovery.heartbeat(task_result.id, worker)


@receiver(task_finished)
def stop_heartbeat(sender: object, task_result: TaskResult, **kwargs: Any) -> None:
    beating = _beating.pop(task_result.id, None)
    if beating is not None:
        beating.stop()

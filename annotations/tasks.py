"""Background work, on Django's tasks framework.

With the default immediate backend a task runs inline when it is enqueued. With
django-tasks-db's ``DatabaseBackend`` it waits in the database until one of any number of
``manage.py db_worker`` processes, on any number of machines, claims it.
"""

from __future__ import annotations

from django.tasks import task

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

"""Background detection that recovers by itself when a worker dies.

While a ``db_worker`` runs a detection batch, a thread beside it writes a heartbeat
(``DetectionHeartbeat``) every ``QUOTES_DETECTION_HEARTBEAT_SECONDS``. A batch whose worker
has been silent for ``QUOTES_DETECTION_STALL_SECONDS`` (killed, out of memory, its machine
gone) is *stalled*: every worker looks for stalled batches as it starts and then periodically,
and puts one it finds back in the queue, where the next free worker claims it like any other.
Detection is repeatable (``annotations.detecting``), so running the batch again finishes the
articles the dead worker left and changes nothing in those it had stored: no duplicate
quotes, no manual step.

A worker that is merely slow keeps beating (the heartbeat has its own thread and database
connection), so its batch is not taken from it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from annotations.models import Article, DetectionHeartbeat, DetectionState

logger = logging.getLogger(__name__)

DETECTION_TASK = "annotations.tasks.detect_article_batch"


def stall_after() -> timedelta:
    return timedelta(seconds=settings.QUOTES_DETECTION_STALL_SECONDS)


def beat(task_id: str, worker_id: str) -> None:
    DetectionHeartbeat.objects.update_or_create(
        task_id=UUID(task_id), defaults={"worker_id": worker_id, "beat_at": timezone.now()}
    )


class Beating:
    """A thread that calls ``action`` every heartbeat interval until stopped, with its own
    database connection (closed when it stops)."""

    def __init__(self, name: str, action: Callable[[], object]) -> None:
        self.action = action
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, name=name, daemon=True)

    def run(self) -> None:
        try:
            while not self.stopped.wait(settings.QUOTES_DETECTION_HEARTBEAT_SECONDS):
                try:
                    self.action()
                except Exception:
                    logger.exception("%s failed; trying again in a while", self.thread.name)
        finally:
            connection.close()

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()


def heartbeat(task_id: str, worker_id: str) -> Beating:
    """The running heartbeat of a detection task: one beat now, then one every interval."""
    beat(task_id, worker_id)
    beating = Beating(f"heartbeat of {task_id}", lambda: beat(task_id, worker_id))
    beating.start()
    return beating


def sweeper() -> Beating:
    """A worker's thread taking over stalled batches every heartbeat interval."""
    beating = Beating("detection sweeper", take_over_stalled)
    beating.start()
    return beating


def stalled(now: datetime | None = None) -> QuerySet[DBTaskResult]:
    """Detection tasks marked running whose worker has not beaten within the stall time."""
    cutoff = (now or timezone.now()) - stall_after()
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, task_path=DETECTION_TASK
    ).filter(Q(heartbeat__beat_at__lt=cutoff) | Q(heartbeat__isnull=True, started_at__lt=cutoff))


def batch_ids(result: DBTaskResult) -> list[int]:
    """The article ids a detection task was given."""
    call = result.args_kwargs
    ids = call["args"][0] if call.get("args") else call.get("kwargs", {}).get("article_ids", [])
    return [int(pk) for pk in ids]


def take_over_stalled() -> int:
    """Put every stalled detection batch back in the queue; how many were."""
    taken = 0
    for result in stalled().select_related("heartbeat"):
        # Only if nobody claimed or finished it since it was read: then exactly one worker
        # requeues it, and a worker that claims it meanwhile keeps it.
        requeued = DBTaskResult.objects.filter(
            pk=result.pk, status=TaskResultStatus.RUNNING, started_at=result.started_at
        ).update(status=TaskResultStatus.READY)
        if not requeued:
            continue
        taken += 1
        ids = batch_ids(result)
        Article.objects.filter(pk__in=ids, detection_state=DetectionState.RUNNING).update(
            detection_state=DetectionState.QUEUED
        )
        last = getattr(result, "heartbeat", None)
        logger.warning(
            "Detection task %s (%d articles) was stalled: its worker %s was last heard from at "
            "%s; queued again",
            result.pk,
            len(ids),
            last.worker_id if last else (result.worker_ids or ["?"])[-1],
            last.beat_at if last else result.started_at,
        )
    return taken


def abandon(task_ids: list[str], reason: str) -> None:
    """Mark stalled tasks failed, so that no worker takes them over after a manual retry."""
    if task_ids:
        stalled().filter(pk__in=task_ids).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path="annotations.recovery.Abandoned",
            traceback=reason,
        )


@dataclass(frozen=True)
class Batch:
    """A background detection batch that needs a person's eye: stalled, or failed whole."""

    task_id: str
    article_ids: list[int]
    since: datetime  # stalled: the last heartbeat; failed: when it failed
    error: str = ""


# The detection page lists this many of the latest failed batches.
FAILED_BATCHES_SHOWN = 20


def batches_of(
    articles: QuerySet[Article], results: Iterable[DBTaskResult], failed: bool
) -> list[Batch]:
    """The batches among ``results`` holding any of ``articles``, with those articles only."""
    results = list(results)
    wanted = {pk for result in results for pk in batch_ids(result)}
    ours = set(articles.filter(pk__in=wanted).values_list("pk", flat=True)) if wanted else set()
    batches = []
    for result in results:
        ids = [pk for pk in batch_ids(result) if pk in ours]
        if not ids:
            continue
        if failed:
            lines = result.traceback.strip().splitlines()
            batches.append(
                Batch(str(result.pk), ids, result.finished_at, (lines or [""])[-1][:300])
            )
        else:
            last = getattr(result, "heartbeat", None)
            batches.append(Batch(str(result.pk), ids, last.beat_at if last else result.started_at))
    return batches


def stalled_batches(articles: QuerySet[Article]) -> list[Batch]:
    """The stalled detection batches holding any of ``articles``."""
    return batches_of(articles, stalled().select_related("heartbeat"), failed=False)


def failed_batches(articles: QuerySet[Article]) -> list[Batch]:
    """The latest detection batches that failed as a whole, holding any of ``articles``."""
    latest = DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED, task_path=DETECTION_TASK
    ).order_by("-finished_at")[:FAILED_BATCHES_SHOWN]
    return batches_of(articles, latest, failed=True)

"""Detection recovers by itself: a batch whose worker went silent is taken over by another
worker; the detection page shows stuck and failed batches and retries them.

The end-to-end test kills a real ``db_worker`` with SIGKILL mid-batch on PostgreSQL and lets a
second one finish, with no manual step; it prints the time from the kill to finished detection.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.tasks import TaskResultStatus
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from annotations import recovery
from annotations.detecting import schedule_detection
from annotations.models import Article, DetectionHeartbeat, DetectionState, Quote, QuoteOrigin
from tests.factories import AnnotationFactory, ArticleFactory, ProjectFactory, UserFactory
from tests.test_tasks import (
    TEXT,
    clean_run,
    kill_a_worker_waiting_on,
    make_articles,
    start_worker,
    states,
    stored,
    suggested_speakers,
    suggestions,
    wait_for,
)

DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def running_task(ids: list[int], *, silent_for: float | None, worker: str = "w1") -> DBTaskResult:
    """A detection task claimed by ``worker``, last heard from ``silent_for`` seconds ago
    (None: no heartbeat at all, started that long ago)."""
    started = timezone.now() - timedelta(seconds=silent_for or 0)
    result = DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [ids], "kwargs": {}},
        task_path=recovery.DETECTION_TASK,
        backend_name="default",
        run_after=timezone.now(),
        started_at=started,
        worker_ids=[worker],
    )
    if silent_for is not None:
        DetectionHeartbeat.objects.create(task=result, worker_id=worker, beat_at=started)
    Article.objects.filter(pk__in=ids).update(detection_state=DetectionState.RUNNING)
    return result


# Taking over --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_batch_silent_past_the_stall_time_is_queued_again(settings: Any) -> None:
    settings.QUOTES_DETECTION_STALL_SECONDS = 60
    dead = [ArticleFactory(text=TEXT + f"\nRef {n}.").pk for n in range(2)]
    alive = [ArticleFactory(text=TEXT + "\nAlive.").pk]
    dead_task = running_task(dead, silent_for=61)
    alive_task = running_task(alive, silent_for=5)
    assert recovery.take_over_stalled() == 1
    dead_task.refresh_from_db()
    alive_task.refresh_from_db()
    assert dead_task.status == TaskResultStatus.READY  # the next free worker claims it
    assert alive_task.status == TaskResultStatus.RUNNING
    assert states(dead) == [DetectionState.QUEUED] * 2
    assert states(alive) == [DetectionState.RUNNING]
    assert recovery.take_over_stalled() == 0  # once


@pytest.mark.django_db
def test_a_batch_that_never_beat_counts_from_its_start(settings: Any) -> None:
    settings.QUOTES_DETECTION_STALL_SECONDS = 60
    never = running_task([ArticleFactory().pk], silent_for=None)
    DBTaskResult.objects.filter(pk=never.pk).update(
        started_at=timezone.now() - timedelta(seconds=61)
    )
    assert recovery.take_over_stalled() == 1


@pytest.mark.django_db
def test_a_batch_claimed_again_meanwhile_is_left_to_its_new_worker(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.QUOTES_DETECTION_STALL_SECONDS = 60
    task = running_task([ArticleFactory().pk], silent_for=61)
    real = recovery.stalled

    class Read(list):
        def select_related(self, *fields: str) -> Read:
            return self

    def read_then_reclaimed() -> Read:
        seen = Read(real().select_related("heartbeat"))
        DBTaskResult.objects.filter(pk=task.pk).update(started_at=timezone.now())
        return seen

    monkeypatch.setattr(recovery, "stalled", read_then_reclaimed)
    # The list is read before the claim: the conditional update must not requeue it.
    assert recovery.take_over_stalled() == 0
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_other_tasks_are_never_taken_over(settings: Any) -> None:
    settings.QUOTES_DETECTION_STALL_SECONDS = 60
    other = running_task([ArticleFactory().pk], silent_for=600)
    DBTaskResult.objects.filter(pk=other.pk).update(task_path="somewhere.else.task")
    assert recovery.take_over_stalled() == 0


@pytest.mark.django_db
def test_a_worker_running_a_detection_batch_writes_its_heartbeat(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = DB_BACKEND
    article = ArticleFactory(text=TEXT)
    with django_capture_on_commit_callbacks(execute=True):
        schedule_detection([article.pk])
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="worker-under-test",
        excluded_queue_names=[],
    )
    # Claimed and run as the worker's loop does (the loop itself would close the test's
    # connection, which it finds inside a transaction).
    task = DBTaskResult.objects.get()
    task.claim(worker.worker_id)
    worker.run_task(task)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.heartbeat.worker_id == "worker-under-test"
    assert states([article.pk]) == [DetectionState.DONE]


# The detection page ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_shows_stuck_and_failed_batches_and_offers_a_retry(
    reviewer_client: Client, settings: Any
) -> None:
    settings.QUOTES_DETECTION_STALL_SECONDS = 60
    project = ProjectFactory(slug="council")
    stuck = [ArticleFactory(project=project, text=TEXT + f"\n{n}.").pk for n in range(3)]
    running_task(stuck, silent_for=300)
    failed = ArticleFactory(
        project=project,
        text=TEXT + "\nFailed.",
        detection_state=DetectionState.FAILED,
        detection_error="OSError: [E050] Can't find model",
    )
    DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED,
        args_kwargs={"args": [[failed.pk]], "kwargs": {}},
        task_path=recovery.DETECTION_TASK,
        backend_name="default",
        run_after=timezone.now(),
        finished_at=timezone.now(),
        traceback="Traceback …\nOSError: [E050] Can't find model 'en_core_web_xx'\n",
    )
    other = ArticleFactory(text=TEXT + "\nOther project.")
    running_task([other.pk], silent_for=300)

    html = reviewer_client.get(reverse("review:detection", args=["council"])).content.decode()
    assert "<h2>Stuck</h2>" in html
    assert "3 articles in 1 batch whose worker has gone silent" in html
    assert "<h2>Failed batches</h2>" in html
    assert "OSError: [E050] Can&#x27;t find model &#x27;en_core_web_xx&#x27;" in html
    assert "Retry the 4 failed and stuck articles now" in html

    settings.TASKS = DB_BACKEND  # queued, not run inline
    response = reviewer_client.post(
        reverse("review:retry_detection", args=["council"]), follow=True
    )
    assert "Detection scheduled again for 4 articles." in response.content.decode()
    assert states([*stuck, failed.pk]) == [DetectionState.QUEUED] * 4
    assert states([other.pk]) == [DetectionState.RUNNING]  # another project's: untouched
    abandoned = DBTaskResult.objects.filter(exception_class_path="annotations.recovery.Abandoned")
    assert abandoned.count() == 1  # no worker will take the old batch over as well
    assert recovery.take_over_stalled() == 1  # only the other project's


@pytest.mark.django_db
def test_only_reviewers_who_may_change_articles_retry(client: Client) -> None:
    ProjectFactory(slug="council")
    viewer = UserFactory(is_staff=True)
    client.force_login(viewer)
    response = client.post(reverse("review:retry_detection", args=["council"]))
    assert response.status_code == 403
    assert client.get(reverse("review:retry_detection", args=["council"])).status_code == 405


# A real worker, killed, and another that takes over ------------------------------------------


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a real worker is stopped at a chosen article with a PostgreSQL row lock",
)
@pytest.mark.django_db(transaction=True)
def test_a_killed_workers_batch_is_finished_by_another_worker_without_a_manual_step(
    seed_texts: dict[str, str], settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = list(seed_texts.values())
    texts = {f"copy-{n}": f"Copy {n}\n\n{seeds[n % len(seeds)]}" for n in range(7)}
    expected = clean_run(texts)
    settings.TASKS = DB_BACKEND
    # Workers beat every second and give a silent one three seconds.
    monkeypatch.setenv("QUOTES_DETECTION_HEARTBEAT_SECONDS", "1")
    monkeypatch.setenv("QUOTES_DETECTION_STALL_SECONDS", "3")

    project = ProjectFactory(slug="killed")
    ids = make_articles(project, texts)
    blocked = ids[4]  # its row lock, held below, stops the first worker after four articles
    manual = Quote.objects.create(article_id=blocked, start=0, end=4, origin=QuoteOrigin.MANUAL)
    annotation = AnnotationFactory(quote=manual, decision="accept", stance="none")
    log = tmp_path / "worker.log"

    def one_heartbeat() -> None:
        assert DetectionHeartbeat.objects.count() == 1

    killed_at = kill_a_worker_waiting_on(blocked, ids, log, before_the_kill=one_heartbeat)
    assert states(ids) == [DetectionState.DONE] * 4 + [DetectionState.RUNNING] * 3

    # A worker that keeps running, as in production: no retry, no command. (One that exits
    # when the queue is empty may look before the dead worker's heartbeat is stale, find
    # nothing and leave.)
    second = start_worker(log, until_idle=False)

    def claimed_again() -> bool:
        return len(DBTaskResult.objects.get().worker_ids) == 2

    try:
        wait_for(claimed_again, 60, "the second worker to take the batch over", log)
        claimed_at = time.monotonic()
        wait_for(lambda: stored(ids) == 7, 120, "the second worker to finish", log)
        finished_at = time.monotonic()
    finally:
        second.terminate()
        second.wait(30)
    print(
        f"\nkill to takeover: {claimed_at - killed_at:.1f} s, kill to finished detection: "
        f"{finished_at - killed_at:.1f} s (stall time 3 s, heartbeat 1 s)"
    )

    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert len(task.worker_ids) == 2  # claimed by the killed worker, then by the second
    assert "was stalled" in log.read_text()
    assert (suggestions(project), suggested_speakers()) == expected  # no duplicate quotes
    assert Quote.objects.filter(pk=manual.pk, origin=QuoteOrigin.MANUAL).exists()
    annotation.refresh_from_db()
    assert (annotation.decision, annotation.stance) == ("accept", "none")

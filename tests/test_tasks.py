"""Background detection: article states, failures, the retry action, and idempotence when a
worker dies mid-batch (in-process on every database; a real ``db_worker`` killed with SIGKILL
on PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.tasks import TaskResultStatus
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from annotations import detecting, tasks
from annotations.detecting import schedule_detection
from annotations.detection import main_content_range
from annotations.linking import SpeakerDirectory
from annotations.models import (
    Annotation,
    Article,
    DetectionState,
    Project,
    Quote,
    QuoteOrigin,
    Speaker,
)
from annotations.tasks import detect_article_batch
from tests.factories import AnnotationFactory, ArticleFactory, ProjectFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Harbour plan approved\n\n"
    "“We will not accept this plan,” said Maria Lopez, the council’s chair. "
    "“The harbour belongs to everyone,” Tom Okafor told reporters.\n"
)
SUGGESTION = (
    "article__title",
    "start",
    "end",
    "kind",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
    "detected_speaker_name",
    "suggested_speaker__name",
    "confidence",
    "is_stale",
)


class Killed(BaseException):
    """Stands in for SIGKILL: no ``except Exception`` sees it, so nothing tidies up."""


def make_articles(project: Project, texts: dict[str, str]) -> list[int]:
    ids = []
    for title, text in texts.items():
        start, end = main_content_range(text)
        article = Article.objects.create(
            project=project, title=title, text=text, content_start=start, content_end=end
        )
        ids.append(article.pk)
    return ids


def suggestions(project: Project) -> list[tuple]:
    """The detector's quotes in a project, by article title and speaker name (not ids)."""
    quotes = Quote.objects.filter(article__project=project, origin=QuoteOrigin.DETECTOR)
    return sorted(quotes.values_list(*SUGGESTION), key=repr)


def suggested_speakers() -> list[str]:
    return sorted(Speaker.objects.filter(is_suggested=True).values_list("name", flat=True))


def states(ids: list[int]) -> list[str]:
    by_id = dict(Article.objects.filter(pk__in=ids).values_list("pk", "detection_state"))
    return [by_id[pk] for pk in ids]


def clean_run(texts: dict[str, str]) -> tuple[list[tuple], list[str]]:
    """One uninterrupted run over fresh articles; then the project and its speakers go."""
    project = ProjectFactory(slug="clean")
    detect_article_batch.call(make_articles(project, texts))
    result = suggestions(project), suggested_speakers()
    project.delete()
    Speaker.objects.filter(is_suggested=True).delete()
    return result


def wrap_store(monkeypatch: pytest.MonkeyPatch, before: Callable[[Article], None]) -> None:
    real = detecting.store_detections

    def store(article: Article, *args: Any, **kwargs: Any) -> None:
        before(article)
        real(article, *args, **kwargs)

    monkeypatch.setattr(detecting, "store_detections", store)


# States and failures ------------------------------------------------------------------


@pytest.mark.django_db
def test_each_article_goes_running_then_done(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [ArticleFactory(text=TEXT + f"\nRef {n}.").pk for n in range(3)]
    seen: list[str] = []
    wrap_store(
        monkeypatch,
        lambda article: seen.append(Article.objects.get(pk=article.pk).detection_state),
    )
    result = detect_article_batch.enqueue(ids)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert "3 articles" in result.return_value
    assert seen == [DetectionState.RUNNING] * 3
    assert states(ids) == [DetectionState.DONE] * 3
    assert not Article.objects.filter(pk__in=ids, detected_at__isnull=True).exists()
    assert Quote.objects.filter(article_id__in=ids).count() >= 6


@pytest.mark.django_db
def test_a_failing_article_is_marked_failed_with_its_error_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, bad = ArticleFactory(text=TEXT), ArticleFactory(text=TEXT + "\nOther.")

    def explode(article: Article) -> None:
        if article.pk == bad.pk:
            raise ValueError("span 12-9 is empty")

    wrap_store(monkeypatch, explode)
    result = detect_article_batch.enqueue([good.pk, bad.pk])
    assert result.status == TaskResultStatus.SUCCESSFUL
    bad.refresh_from_db()
    assert bad.detection_state == DetectionState.FAILED
    assert bad.detection_error == "ValueError: span 12-9 is empty"
    assert not bad.quotes.exists()  # its transaction rolled back
    assert states([good.pk]) == [DetectionState.DONE]


@pytest.mark.django_db
def test_when_the_whole_batch_fails_no_article_is_left_running(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [ArticleFactory(text=TEXT + f"\nRef {n}.").pk for n in range(2)]

    def no_model() -> None:
        raise OSError("[E050] Can't find model 'en_core_web_xx'")

    monkeypatch.setattr(detecting, "pipeline", no_model)
    result = detect_article_batch.enqueue(ids)
    assert result.status == TaskResultStatus.FAILED
    assert "OSError" in result.errors[0].traceback
    assert states(ids) == [DetectionState.FAILED] * 2
    errors = set(Article.objects.filter(pk__in=ids).values_list("detection_error", flat=True))
    assert errors == {"OSError: [E050] Can't find model 'en_core_web_xx'"}


@pytest.mark.django_db
def test_scheduling_queues_the_articles_and_enqueues_batches_after_commit(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks
) -> None:
    monkeypatch.setattr(detecting, "BATCH_SIZE", 2)
    ids = [ArticleFactory(text=TEXT + f"\nRef {n}.").pk for n in range(5)]
    batches: list[list[int]] = []
    monkeypatch.setattr(tasks, "detect_article_batch", SimpleNamespace(enqueue=batches.append))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        schedule_detection(ids)
        assert batches == []  # nothing before the commit
        assert states(ids) == [DetectionState.QUEUED] * 5
    assert len(callbacks) == 3
    assert batches == [ids[0:2], ids[2:4], ids[4:5]]


# The admin's retry action -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_retry_action_detects_the_selected_articles_again(
    reviewer_client: Client, django_capture_on_commit_callbacks
) -> None:
    failed = ArticleFactory(
        text=TEXT, detection_state=DetectionState.FAILED, detection_error="OSError: gone"
    )
    stuck = ArticleFactory(text=TEXT + "\nOther.", detection_state=DetectionState.RUNNING)
    untouched = ArticleFactory(text=TEXT + "\nThird.", detection_state=DetectionState.FAILED)
    changelist = reverse("admin:annotations_article_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(
            changelist,
            {"action": "retry_detection", "_selected_action": [failed.pk, stuck.pk]},
            follow=True,
        )
    assert response.status_code == 200
    assert "Detection scheduled for 2 articles (1 had failed)" in response.content.decode()
    assert states([failed.pk, stuck.pk, untouched.pk]) == [
        DetectionState.DONE,
        DetectionState.DONE,
        DetectionState.FAILED,
    ]
    failed.refresh_from_db()
    assert failed.detection_error == ""
    assert failed.quotes.filter(origin=QuoteOrigin.DETECTOR).exists()


@pytest.mark.django_db
def test_the_retry_action_needs_the_change_permission(client: Client) -> None:
    viewer = UserFactory(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    changelist = reverse("admin:annotations_article_changelist")
    assert client.get(changelist).status_code == 200
    article = ArticleFactory(detection_state=DetectionState.FAILED)
    response = client.post(
        changelist, {"action": "retry_detection", "_selected_action": [article.pk]}
    )
    assert states([article.pk]) == [DetectionState.FAILED]
    assert response.status_code == 200  # the list again, with "No action selected"


# Idempotence ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_running_a_batch_twice_changes_nothing_and_keeps_judgements(
    seed_texts: dict[str, str],
) -> None:
    project = ProjectFactory()
    ids = make_articles(project, seed_texts)
    detect_article_batch.call(ids)
    judged = Quote.objects.filter(article__project=project).order_by("pk").first()
    annotation = AnnotationFactory(quote=judged, decision="reject", stance="against")
    before = suggestions(project), suggested_speakers()
    quote_ids = set(Quote.objects.filter(article__project=project).values_list("pk", flat=True))
    detect_article_batch.call(ids)
    assert (suggestions(project), suggested_speakers()) == before
    assert set(Quote.objects.filter(article__project=project).values_list("pk", flat=True)) == (
        quote_ids
    )
    assert Annotation.objects.get(pk=annotation.pk).decision == "reject"


@pytest.mark.django_db
def test_a_batch_interrupted_mid_way_and_run_again_equals_a_clean_run(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks
) -> None:
    expected = clean_run(seed_texts)
    project = ProjectFactory(slug="interrupted")
    ids = make_articles(project, seed_texts)
    stored: list[int] = []

    def die_after_two(article: Article) -> None:
        if len(stored) == 2:
            raise Killed
        stored.append(article.pk)

    wrap_store(monkeypatch, die_after_two)
    result = detect_article_batch.enqueue(ids)
    assert result.status == TaskResultStatus.FAILED
    # Like a killed worker: two articles stored, the rest left running, nothing half-written.
    assert states(ids) == [DetectionState.DONE] * 2 + [DetectionState.RUNNING] * 3
    assert not Quote.objects.filter(article_id__in=ids[2:]).exists()
    monkeypatch.undo()
    judged = Quote.objects.filter(article_id=ids[0]).order_by("start").first()
    annotation = AnnotationFactory(quote=judged, decision="accept", stance="favor")

    with django_capture_on_commit_callbacks(execute=True):
        schedule_detection(ids)  # run the batch again (the immediate backend, at commit)
    assert states(ids) == [DetectionState.DONE] * 5
    assert (suggestions(project), suggested_speakers()) == expected
    annotation.refresh_from_db()
    assert (annotation.quote_id, annotation.decision, annotation.stance) == (
        judged.pk,
        "accept",
        "favor",
    )


@pytest.mark.django_db
def test_a_quote_added_by_hand_while_its_fresh_article_is_parsed_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = ArticleFactory(text=TEXT)
    real_parse = detecting.parse_batch

    def parse_then_add_by_hand(nlp: Any, batch: list[Article]) -> list:
        results = real_parse(nlp, batch)
        first = results[0][0]
        Quote.objects.create(
            article=article, start=first.start, end=first.end, origin=QuoteOrigin.MANUAL
        )
        return results

    monkeypatch.setattr(detecting, "parse_batch", parse_then_add_by_hand)
    detect_article_batch.call([article.pk])
    spans = list(article.quotes.values_list("start", "origin").order_by("start"))
    assert len(spans) == len({start for start, _ in spans}) >= 2
    assert spans[0][1] == QuoteOrigin.MANUAL
    assert states([article.pk]) == [DetectionState.DONE]


@pytest.mark.django_db
def test_a_name_another_worker_created_meanwhile_is_not_created_twice() -> None:
    first, second, third = SpeakerDirectory(), SpeakerDirectory(), SpeakerDirectory()
    created = first.link("Ingrid Solberg", "person")
    # The others loaded their directories before; they must look again before creating.
    assert second.link("SOLBERG, Ingrid", "person") == created
    assert third.link("Ambassador Ingrid Solberg", "person") == created
    assert Speaker.objects.filter(name_key=Speaker.objects.get(pk=created).name_key).count() == 1


# A real worker, killed -----------------------------------------------------------------


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def kill_a_worker_waiting_on(
    blocked: int, ids: list[int], log: Path, *, before_the_kill: Callable[[], object] = bool
) -> float:
    """Detect ``ids`` with a real worker, held up at article ``blocked`` by a row lock on its
    quotes taken here, and SIGKILL the worker once the articles before it are stored.

    Returns the monotonic time of the kill.
    """
    db = connection.settings_dict
    with psycopg.connect(
        dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"] or 5432
    ) as blocker:
        blocker.execute(
            "SELECT id FROM annotations_quote WHERE article_id = %s FOR UPDATE", [blocked]
        )
        schedule_detection(ids)  # autocommit: enqueued at once
        worker = start_worker(log)
        try:
            before = ids.index(blocked)
            wait_for(lambda: stored(ids) == before, 60, f"{before} articles stored", log)
            wait_for(waiting_on_a_lock, 10, "the worker to block", log)
            assert worker.poll() is None
            before_the_kill()
            os.kill(worker.pid, signal.SIGKILL)
            killed_at = time.monotonic()
            worker.wait(10)
        finally:
            if worker.poll() is None:
                worker.kill()
        blocker.rollback()
    return killed_at


def start_worker(log: Path, *, until_idle: bool = True) -> subprocess.Popen:
    """A real ``db_worker``; ``until_idle`` makes it exit once the queue is empty."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "QUOTES_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "DJANGO_DEBUG": "0",
    }
    command = ["manage.py", "db_worker", "--no-reload", "--no-startup-delay"]
    if until_idle:
        command.append("--batch")
    return subprocess.Popen(
        [sys.executable, *command, "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
    )


def stored(ids: list[int]) -> int:
    """How many articles are done; a failed one ends the wait at once, with its error."""
    articles = Article.objects.filter(pk__in=ids)
    failed = list(
        articles.filter(detection_state=DetectionState.FAILED).values_list(
            "detection_error", flat=True
        )
    )
    assert not failed, failed
    return articles.filter(detection_state=DetectionState.DONE).count()


def waiting_on_a_lock() -> bool:
    """Some session (the worker: nothing else runs) waits on a row lock in the test database."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return bool(cursor.fetchone()[0])


def wait_for(condition: Callable[[], bool], seconds: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}; worker log:\n{log.read_text()}")
        time.sleep(0.05)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a real worker is stopped at a chosen article with a PostgreSQL row lock; "
    "on SQLite the in-process interrupt test above covers idempotence",
)
@pytest.mark.django_db(transaction=True)
def test_a_db_worker_killed_mid_batch_then_run_again_equals_a_clean_run(
    seed_texts: dict[str, str], settings: Any, tmp_path: Path
) -> None:
    seeds = list(seed_texts.values())
    texts = {f"copy-{n}": f"Copy {n}\n\n{seeds[n % len(seeds)]}" for n in range(7)}
    expected = clean_run(texts)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    project = ProjectFactory(slug="killed")
    ids = make_articles(project, texts)
    # A judged quote added by hand in the 5th article; holding its row lock stops the worker
    # there, after four articles are stored.
    blocked = ids[4]
    manual = Quote.objects.create(article_id=blocked, start=0, end=4, origin=QuoteOrigin.MANUAL)
    annotation = AnnotationFactory(quote=manual, decision="accept", stance="none")
    log = tmp_path / "worker.log"
    kill_a_worker_waiting_on(blocked, ids, log)

    assert states(ids) == [DetectionState.DONE] * 4 + [DetectionState.RUNNING] * 3
    assert not Quote.objects.filter(article_id__in=ids[5:]).exists()
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING  # orphaned by the kill

    schedule_detection(ids)  # the operator's "Retry detection"
    worker = start_worker(log)
    assert worker.wait(90) == 0, log.read_text()
    assert states(ids) == [DetectionState.DONE] * 7
    assert (suggestions(project), suggested_speakers()) == expected
    assert Quote.objects.filter(pk=manual.pk, origin=QuoteOrigin.MANUAL).exists()
    annotation.refresh_from_db()
    assert (annotation.decision, annotation.stance) == ("accept", "none")

"""Storing detector suggestions: repeatable, and never touching judged quotes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotations.detecting import detect_articles, schedule_detection
from annotations.detection import DETECTOR_NAME, DETECTOR_VERSION
from annotations.models import DetectionState, Quote, QuoteOrigin, Speaker
from tests.factories import AnnotationFactory, ArticleFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "Harbour plan approved\n\n"
    "“We will not accept this plan,” said Maria Lopez, the council’s chair 🙂. "
    "She added that the vote was a mistake.\n\n"
    "Related Articles\n\n"
    "“Fake teaser quote,” said Nobody Important in another story."
)


def stored(article_id: int) -> list[tuple[int, int, str]]:
    return list(Quote.objects.filter(article_id=article_id).values_list("start", "end", "kind"))


def test_detection_stores_suggestions_with_offsets_into_the_full_text() -> None:
    article = ArticleFactory(text=TEXT, content_start=0, content_end=TEXT.index("Related"))
    summary = detect_articles([article])
    assert summary.failed == 0
    quotes = list(Quote.objects.filter(article=article).select_related("suggested_speaker"))
    texts = [quote.text for quote in quotes]
    assert "“We will not accept this plan,”" in texts
    assert not any("Fake teaser" in text for text in texts)  # boilerplate is not parsed
    direct = quotes[texts.index("“We will not accept this plan,”")]
    assert direct.suggested_speaker.name == "Maria Lopez"
    assert TEXT[direct.speaker_start : direct.speaker_end] == "Maria Lopez"
    assert direct.detector_name == DETECTOR_NAME
    assert direct.detector_version == DETECTOR_VERSION
    assert (direct.found_by, direct.speaker_by) == ("adjacent_cue", "own_subject")
    assert direct.speaker_reason == "subject of ‘said’"
    she = quotes[texts.index("the vote was a mistake")]
    assert she.speaker_reason == "subject of ‘added’; ‘She’ → Maria Lopez"
    article.refresh_from_db()
    assert article.detection_state == DetectionState.DONE


def test_offsets_survive_a_main_content_range_that_starts_late() -> None:
    article = ArticleFactory(text=TEXT, content_start=TEXT.index("“We"))
    detect_articles([article])
    for quote in Quote.objects.filter(article=article):
        quote.full_clean()
        assert quote.text.strip()


def test_running_twice_gives_no_duplicates() -> None:
    article = ArticleFactory(text=TEXT, content_end=TEXT.index("Related"))
    detect_articles([article])
    first = stored(article.pk)
    second_summary = detect_articles([article])
    assert stored(article.pk) == first
    assert second_summary.added == 0
    assert Speaker.objects.filter(name="Maria Lopez").count() == 1


def test_judged_quotes_are_kept_and_marked_stale_when_they_vanish() -> None:
    article = ArticleFactory(text=TEXT, content_end=TEXT.index("Related"))
    judged = Quote.objects.create(
        article=article, start=0, end=5, origin=QuoteOrigin.DETECTOR, kind="direct"
    )
    unjudged = Quote.objects.create(
        article=article, start=6, end=10, origin=QuoteOrigin.DETECTOR, kind="direct"
    )
    manual = Quote.objects.create(article=article, start=11, end=15, origin=QuoteOrigin.MANUAL)
    annotation = AnnotationFactory(quote=judged, stance="favor")

    summary = detect_articles([article])

    judged.refresh_from_db()
    assert judged.is_stale
    assert not Quote.objects.filter(pk=unjudged.pk).exists()
    assert Quote.objects.filter(pk=manual.pk, is_stale=False).exists()
    annotation.refresh_from_db()
    assert annotation.stance == "favor"
    assert (summary.stale, summary.removed) == (1, 1)


def test_a_judged_suggestion_is_not_rewritten() -> None:
    article = ArticleFactory(text=TEXT, content_end=TEXT.index("Related"))
    detect_articles([article])
    quote = Quote.objects.get(article=article, kind="direct")
    other = SpeakerFactory(name="Someone Else")
    Quote.objects.filter(pk=quote.pk).update(suggested_speaker=other, confidence=0.01)
    AnnotationFactory(quote=quote)
    detect_articles([article])
    quote.refresh_from_db()
    assert (quote.suggested_speaker, quote.confidence) == (other, 0.01)


def test_a_failing_article_is_marked_failed_and_the_others_go_on(monkeypatch) -> None:
    good = ArticleFactory(text=TEXT, content_end=TEXT.index("Related"))
    bad = ArticleFactory(text="Bad one. “Boom,” she said.")
    from annotations import detecting

    real_store = detecting.store_detections

    def store(article, *args, **kwargs):
        if article.pk == bad.pk:
            raise RuntimeError("disk on fire")
        return real_store(article, *args, **kwargs)

    monkeypatch.setattr(detecting, "store_detections", store)
    summary = detect_articles([bad, good])
    bad.refresh_from_db()
    good.refresh_from_db()
    assert summary.failed == 1
    assert bad.detection_state == DetectionState.FAILED
    assert "disk on fire" in bad.detection_error
    assert good.detection_state == DetectionState.DONE


def test_schedule_detection_runs_after_commit_with_the_immediate_backend(
    django_capture_on_commit_callbacks,
) -> None:
    article = ArticleFactory(text=TEXT, content_end=TEXT.index("Related"))
    with django_capture_on_commit_callbacks(execute=True):
        schedule_detection([article.pk])
        article.refresh_from_db()
        assert article.detection_state == DetectionState.QUEUED
    article.refresh_from_db()
    assert article.detection_state == DetectionState.DONE
    assert Quote.objects.filter(article=article).exists()


def test_detect_articles_command_totals_every_batch(monkeypatch) -> None:
    from io import StringIO

    from django.core.management import call_command

    from annotations import detecting
    from annotations.management.commands import detect_articles as command

    monkeypatch.setattr(detecting, "BATCH_SIZE", 1)
    monkeypatch.setattr(command, "BATCH_SIZE", 1)
    for offset in range(3):
        ArticleFactory(text=TEXT + f"\n\nNote {offset}.", content_end=TEXT.index("Related"))
    out = StringIO()
    call_command("detect_articles", stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("Detection: 3 articles:")


def test_the_web_process_does_not_import_spacy() -> None:
    """Loading the WSGI application and every URL (admin included) should leave spaCy out:
    only detection commands and task workers need it."""
    script = (
        "import sys\n"
        "from workbench.wsgi import application\n"
        "from django.urls import get_resolver\n"
        "get_resolver().url_patterns\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'spacy', 'thinc'}))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings"}
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout.strip() == "[]"

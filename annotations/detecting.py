"""Running the quote detector over stored articles and keeping its suggestions.

Detection is repeatable: running it again updates the suggestions it made before, adds
new ones, and never deletes or alters a quote that a person has judged. A judged quote
the detector no longer finds is marked stale; an unjudged one is removed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import partial
from typing import TYPE_CHECKING, TypedDict

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from annotations.detection import DETECTOR_NAME, DETECTOR_VERSION, DetectedQuote
from annotations.linking import SpeakerDirectory
from annotations.models import (
    Annotation,
    Article,
    DetectionState,
    Quote,
    QuoteOrigin,
    ReviewStatus,
    concrete_field,
)
from annotations.wording import counted

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations
    from spacy.language import Language


class JudgedFlag(TypedDict):
    """The annotation ``store_detection`` puts on each stored quote it reads."""

    judged: bool


logger = logging.getLogger(__name__)

BATCH_SIZE = 32
# Fields a new detection run may rewrite on an unjudged suggestion.
SUGGESTION_FIELDS = [
    "kind",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
    "detected_speaker_name",
    "suggested_speaker",
    "confidence",
    "detector_name",
    "detector_version",
    "found_by",
    "speaker_by",
    "speaker_reason",
    "is_stale",
]


@dataclass
class DetectionSummary:
    articles: int = 0
    added: int = 0
    updated: int = 0
    stale: int = 0
    removed: int = 0
    failed: int = 0

    def __iadd__(self, other: DetectionSummary) -> DetectionSummary:
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
        return self

    def __str__(self) -> str:
        return (
            f"{counted(self.articles, 'article')}: {counted(self.added, 'quote')} added, "
            f"{self.updated} updated, {self.stale} marked stale, {self.removed} removed, "
            f"{counted(self.failed, 'article')} failed"
        )


def pipeline() -> Language:
    """The configured spaCy pipeline with the quote detector, loaded once per process."""
    # spaCy is imported here, on use: the web processes import this module but never parse.
    from annotations.detection import load_pipeline

    return load_pipeline(settings.QUOTES_SPACY_MODEL)


def detect_articles(articles: Sequence[Article]) -> DetectionSummary:
    """Detect quotes in ``articles`` (parsed in batches) and store the suggestions.

    Only each article's main content is parsed; offsets are shifted back onto the full
    text. An article that fails is marked failed with its error; the others go on.
    """
    summary = DetectionSummary()
    if not articles:
        return summary
    directory = SpeakerDirectory()
    nlp = pipeline()
    for first in range(0, len(articles), BATCH_SIZE):
        batch = articles[first : first + BATCH_SIZE]
        with_quotes = set(
            Quote.objects.filter(article__in=batch)
            .order_by()
            .values_list("article_id", flat=True)
            .distinct()
        )
        for article, result in zip(batch, parse_batch(nlp, batch), strict=True):
            try:
                if isinstance(result, Exception):
                    raise result
                store_detections(
                    article, result, directory, summary, has_quotes=article.pk in with_quotes
                )
            except Exception as error:
                logger.exception("Detection failed for article %s", article.pk)
                summary.failed += 1
                Article.objects.filter(pk=article.pk).update(
                    detection_state=DetectionState.FAILED, detection_error=error_text(error)
                )
                # Speakers it created were rolled back with it; forget them.
                directory = SpeakerDirectory()
    return summary


def error_text(error: BaseException) -> str:
    """The error as an article's ``detection_error``."""
    return f"{type(error).__name__}: {error}"[:2000]


def parse_batch(nlp: Language, batch: Sequence[Article]) -> list[list[DetectedQuote] | Exception]:
    """Each article's detections, or the error that stopped its parse.

    The batch is parsed in one ``nlp.pipe`` call; only if that fails are the articles
    parsed one by one, so that one bad text does not fail its neighbours.
    """
    # spaCy is imported here, on use (long_texts imports it): the web never parses.
    from annotations.long_texts import detect_in_parts

    try:
        return list(detect_in_parts(nlp, [main_text(article) for article in batch], BATCH_SIZE))
    except Exception:
        logger.exception("Parsing a batch failed; parsing its %d articles one by one", len(batch))
        results: list[list[DetectedQuote] | Exception] = []
        for article in batch:
            try:
                results.extend(detect_in_parts(nlp, [main_text(article)]))
            except Exception as error:
                results.append(error)
        return results


def main_text(article: Article) -> str:
    return article.text[slice(*article.main_content)]


def shifted(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def quote_from_detection(article: Article, found: DetectedQuote, speaker_id: int | None) -> Quote:
    offset = article.content_start
    return Quote(
        article=article,
        start=found.start + offset,
        end=found.end + offset,
        kind=found.kind,
        cue_start=shifted(found.cue_start, offset),
        cue_end=shifted(found.cue_end, offset),
        speaker_start=shifted(found.speaker_start, offset),
        speaker_end=shifted(found.speaker_end, offset),
        detected_speaker_name=(found.speaker or "")[:300],
        suggested_speaker_id=speaker_id,
        confidence=found.confidence,
        origin=QuoteOrigin.DETECTOR,
        detector_name=DETECTOR_NAME,
        detector_version=DETECTOR_VERSION,
        found_by=found.found_by,
        speaker_by=found.speaker_by or "",
        speaker_reason=(found.speaker_reason or "")[:300],
    )


def suggestion(quote: Quote) -> list[object]:
    return [getattr(quote, concrete_field(Quote, name).attname) for name in SUGGESTION_FIELDS]


@transaction.atomic
def store_detections(
    article: Article,
    detected: Sequence[DetectedQuote],
    directory: SpeakerDirectory,
    summary: DetectionSummary,
    *,
    has_quotes: bool = True,
) -> None:
    """Reconcile one article's stored suggestions with a fresh detection result.

    ``has_quotes=False`` (nothing was stored for the article when its batch began, as after
    an import) skips reading and locking its quotes. A quote added by hand meanwhile is still
    safe: a suggestion on the same span is not inserted (the span is unique), and only
    suggestions read here are ever updated or removed.
    """
    existing: dict[tuple[int, int], WithAnnotations[Quote, JudgedFlag]] = {}
    if has_quotes:
        judged = Q(Exists(Annotation.objects.filter(quote=OuterRef("pk")))) | ~Q(
            status=ReviewStatus.PENDING
        )
        existing = {
            (quote.start, quote.end): quote
            for quote in article.quotes.select_for_update().annotate(judged=judged)
        }
    speaker_ids = directory.link_all((found.speaker, found.speaker_kind) for found in detected)
    fresh: dict[tuple[int, int], Quote] = {}
    for found, speaker_id in zip(detected, speaker_ids, strict=True):
        quote = quote_from_detection(article, found, speaker_id)
        fresh.setdefault((quote.start, quote.end), quote)

    to_create, to_update = [], []
    for span, quote in fresh.items():
        known = existing.get(span)
        if known is None:
            to_create.append(quote)
        elif known.origin == QuoteOrigin.DETECTOR and not known.judged:
            if suggestion(known) != suggestion(quote):
                quote.pk = known.pk
                to_update.append(quote)
        elif known.is_stale:
            known.is_stale = False
            known.save(update_fields=["is_stale"])
    vanished = [
        quote
        for span, quote in existing.items()
        if span not in fresh and quote.origin == QuoteOrigin.DETECTOR
    ]
    stale_ids = [quote.pk for quote in vanished if quote.judged and not quote.is_stale]
    removed_ids = [quote.pk for quote in vanished if not quote.judged]

    # Each query only when it has work: a new article costs three queries and a commit.
    if to_create:
        Quote.objects.bulk_create(to_create, ignore_conflicts=True)
    if to_update:
        Quote.objects.bulk_update(to_update, SUGGESTION_FIELDS)
    if stale_ids:
        Quote.objects.filter(pk__in=stale_ids).update(is_stale=True)
    if removed_ids:
        Quote.objects.filter(pk__in=removed_ids).delete()
    Article.objects.filter(pk=article.pk).update(
        detection_state=DetectionState.DONE, detection_error="", detected_at=timezone.now()
    )
    summary.articles += 1
    summary.added += len(to_create)
    summary.updated += len(to_update)
    summary.stale += len(stale_ids)
    summary.removed += len(removed_ids)


def schedule_detection(article_ids: Sequence[int]) -> None:
    """Queue detection of these articles once the current transaction commits.

    With the default immediate tasks backend the work runs inline at commit; with the
    database backend a ``db_worker`` picks the batches up.
    """
    from annotations.tasks import detect_article_batch

    ids = list(article_ids)
    if not ids:
        return
    Article.objects.filter(pk__in=ids).update(
        detection_state=DetectionState.QUEUED, detection_error=""
    )
    for first in range(0, len(ids), BATCH_SIZE):
        batch = ids[first : first + BATCH_SIZE]
        transaction.on_commit(partial(detect_article_batch.enqueue, batch))

"""Detect quotes in stored articles and keep the suggestions in the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.detecting import BATCH_SIZE, DetectionSummary, detect_articles
from annotations.models import Article, DetectionState
from annotations.wording import counted


class Command(BaseCommand):
    help = (
        "Detect quotes in stored articles (by default those never detected or failed). "
        "Re-running never touches judged quotes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, help="Only these articles.")
        parser.add_argument("--project", help="Only this project's articles (its slug).")
        parser.add_argument(
            "--all", action="store_true", help="Detect again in every selected article."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        articles = Article.objects.order_by("pk")
        if options["project"]:
            articles = articles.filter(project__slug=options["project"])
            if not articles.exists():
                raise CommandError(f"No articles in a project with slug {options['project']!r}.")
        if options["article_ids"]:
            articles = articles.filter(pk__in=options["article_ids"])
        elif not options["all"]:
            articles = articles.exclude(detection_state=DetectionState.DONE)
        ids = list(articles.values_list("pk", flat=True))
        total = DetectionSummary()
        for first in range(0, len(ids), BATCH_SIZE):
            batch = list(Article.objects.filter(pk__in=ids[first : first + BATCH_SIZE]))
            total += detect_articles(batch)
            self.stderr.write(f"detected {min(first + BATCH_SIZE, len(ids))}/{len(ids)}")
        self.stdout.write(f"Detection: {total}")
        if total.failed:
            raise CommandError(
                f"{counted(total.failed, 'article')} failed; see the detection error on each."
            )

"""Export a project's labelled quotes; the work is in ``annotations.exporting``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations import exporting, policy
from annotations.importing import find_project
from annotations.wording import counted


class Command(BaseCommand):
    help = (
        "Export the labelled dataset as JSONL (one article per line), CSV or Parquet (one "
        "quote per row) or spaCy DocBin files (a directory), with a dataset card beside it. "
        "See docs/export-format.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=exporting.FORMATS, required=True)
        parser.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar="PATH",
            help="A file for jsonl, csv and parquet; a directory for spacy.",
        )
        parser.add_argument(
            "--project", metavar="SLUG", help="The project; optional when there is only one."
        )
        parser.add_argument(
            "--status",
            choices=exporting.STATUSES,
            default="final",
            help="final: accepted by a reviewer (default); accepted: also accepted by an "
            "annotator and not rejected by a reviewer; all: also every non-stale suggestion.",
        )
        parser.add_argument(
            "--min-agreement",
            metavar="SHARE",
            help="Keep quotes whose annotators agree at least this much (0 to 1) on every field "
            "(decision, span, speaker, stance), or per field: stance=0.8,decision=1. A field "
            "fewer than two annotators judged passes; a quote with no field measured passes "
            "only if reviewed.",
        )
        parser.add_argument(
            "--full-text",
            action="store_true",
            help="CSV and Parquet: add the article's whole text to every row (by default a row "
            "carries the quote's paragraph as its context).",
        )
        parser.add_argument(
            "--annotator",
            metavar="USERNAME",
            help="Use only this annotator's judgements (labels and the accepted filter).",
        )
        parser.add_argument(
            "--split",
            default=exporting.DEFAULT_SPLIT,
            help="Shares of articles: train,dev,test (default 0.8,0.1,0.1) or name=share,...",
        )
        parser.add_argument("--seed", type=int, default=0, help="Seed of the split (default 0).")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            project = find_project(options["project"])
            split = exporting.Split.parse(options["split"], options["seed"])
        except (LookupError, ValueError) as error:
            raise CommandError(str(error)) from None
        try:
            minimum = policy.parse_minimums(options["min_agreement"])
        except ValueError as error:
            raise CommandError(f"--min-agreement: {error}") from None
        annotator = None
        if options["annotator"]:
            User = get_user_model()
            try:
                annotator = User.objects.get(**{User.USERNAME_FIELD: options["annotator"]})
            except User.DoesNotExist:
                raise CommandError(f"There is no user “{options['annotator']}”.") from None
        out: Path = options["out"]
        if options["format"] == "spacy" and out.is_file():
            raise CommandError(f"{out} is a file; spaCy exports go to a directory.")
        if options["format"] != "spacy" and out.is_dir():
            raise CommandError(f"{out} is a directory; {options['format']} exports go to a file.")
        result = exporting.export(
            options["format"],
            out,
            exporting.ExportOptions(
                project=project,
                status=options["status"],
                min_agreement=minimum,
                annotator=annotator,
                split=split,
                full_text=options["full_text"],
            ),
        )
        counts = result.card["counts"]
        splits = ", ".join(
            f"{name} {figures['quotes']}" for name, figures in counts["per_split"].items()
        )
        self.stdout.write(
            f"Exported {counted(counts['quotes'], 'quote')} "
            f"from {counted(counts['articles'], 'article')} ({splits})."
        )
        for path in result.files:
            self.stdout.write(f"  {path}")

"""Import articles from files and folders; the work is in ``annotations.importing``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations import importing
from annotations.wording import counted


class Command(BaseCommand):
    help = (
        "Import articles from .txt files (the first non-empty line is the title), folders of "
        "them (recursively; .txt, .jsonl and .csv files inside are imported, others skipped), "
        ".jsonl files (one object per line: title, text, optional id, source, url, published) "
        "and .csv files with the same columns. Each file is imported whole or not at all; "
        "texts already in the project are left unchanged."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--project", metavar="SLUG", help="The project; optional when there is only one."
        )
        parser.add_argument(
            "--detect",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="Detect quotes in the new articles after import (default: yes).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            project = importing.find_project(options["project"])
        except LookupError as error:
            raise CommandError(str(error)) from None
        results = importing.import_paths(
            project, options["paths"], detect=options["detect"], progress_stream=sys.stderr
        )
        imported = [result for result in results if result.ok]
        failed = [result for result in results if not result.ok]
        if imported:
            self.stdout.write(f"Imported into “{project.slug}”:")
            for result in imported:
                line = f"  {result.name}: {result.new} new, {result.unchanged} unchanged"
                if result.undetected_ids:
                    line += f" ({counted(len(result.undetected_ids), 'undetected article')} "
                    line += "sent to detection)"
                self.stdout.write(line)
        if failed:
            self.stdout.write("Failed (nothing of these files was imported):")
            for result in failed:
                self.stdout.write(self.style.ERROR(f"  {result.error}"))
        new = sum(result.new for result in imported)
        unchanged = sum(result.unchanged for result in imported)
        self.stdout.write(
            f"{len(imported)} of {counted(len(results), 'file')} imported: "
            f"{new} new, {counted(unchanged, 'unchanged article')}."
        )
        if failed:
            raise CommandError(f"{len(failed)} of {counted(len(results), 'file')} failed.")

"""``manage.py detect_quotes PATH [PATH ...]``: quotes as JSON lines, no database.

Each ``.txt`` file is one document (its id is the path as given); a ``.jsonl`` file holds
one ``{"id", "text"}`` record per line. Offsets index the text exactly as read (UTF-8,
no newline translation). Only the main content is parsed; offsets are shifted back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.detection import DetectedQuote, detect, load_pipeline, main_content_range

FIELDS = (
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "confidence",
    "found_by",
    "speaker_by",
    "speaker_reason",
)


def _shift(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def quote_record(quote: DetectedQuote, offset: int, text: str) -> dict[str, Any]:
    """The JSON form of a quote found in ``text[offset:...]``, offsets into ``text``."""
    record: dict[str, Any] = {name: getattr(quote, name) for name in FIELDS}
    for name in ("start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end"):
        record[name] = _shift(record[name], offset)
    record["text"] = text[record["start"] : record["end"]]
    return record


def detect_documents(
    texts: Iterable[str], batch_size: int = 32, n_process: int = 1
) -> Iterator[list[dict[str, Any]]]:
    """Quote records per text: the main content is parsed, offsets index the full text."""
    nlp = load_pipeline(settings.QUOTES_SPACY_MODEL)
    texts = list(texts)
    ranges = [main_content_range(text) for text in texts]
    contents = (text[start:end] for text, (start, end) in zip(texts, ranges, strict=True))
    results = detect(nlp, contents, batch_size=batch_size, n_process=n_process)
    for text, (start, _), found in zip(texts, ranges, results, strict=True):
        yield [quote_record(quote, start, text) for quote in found]


class Command(BaseCommand):
    help = "Detect quotes in .txt or .jsonl files and print one JSON line per document."
    # No database and no URLs: the system checks (which import every view) are start-up
    # time for nothing.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help=".txt files or .jsonl files of {id, text}")
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--n-process", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        self.failures = 0
        documents = list(self._documents(options["paths"]))
        if documents:
            results = detect_documents(
                (text for _, text in documents), options["batch_size"], options["n_process"]
            )
            for (doc_id, _), quotes in zip(documents, results, strict=True):
                line = {"id": doc_id, "quotes": quotes}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
        if self.failures:
            raise CommandError(f"{self.failures} input record(s) could not be read")

    def _fail(self, where: str, message: str) -> None:
        self.failures += 1
        self.stderr.write(f"{where}: {message}")

    def _documents(self, paths: list[str]) -> Iterator[tuple[str, str]]:
        for given in paths:
            path = Path(given)
            try:
                with open(path, encoding="utf-8", newline="") as handle:
                    content = handle.read()
            except (OSError, UnicodeDecodeError) as exc:
                self._fail(given, f"cannot read: {exc}")
                continue
            if path.suffix.lower() != ".jsonl":
                yield given, content
                continue
            for number, line in enumerate(content.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    doc_id, text = record["id"], record["text"]
                    if not isinstance(text, str):
                        raise TypeError("'text' must be a string")
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    self._fail(f"{given}:{number}", f"malformed record: {exc}")
                    continue
                yield str(doc_id), text

"""Importing articles from ``.txt``, ``.jsonl`` and ``.csv`` files, one transaction per file.

The ``import_articles`` command and the admin's upload form both call this module. The text is
stored exactly as decoded from UTF-8 (no newline translation, no normalisation) because every
offset in the workbench indexes it. A file is imported whole or not at all: the first bad
record raises :class:`ImportRefused`, which rolls back the file's transaction and names the
file, the line and what is wrong.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from itertools import batched
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction

from annotations import audit
from annotations.detecting import schedule_detection
from annotations.detection.boilerplate import main_content_range
from annotations.models import Article, DetectionState, Project, concrete_field

EXTENSIONS = (".txt", ".jsonl", ".csv")
REQUIRED_COLUMNS = ("title", "text")
OPTIONAL_COLUMNS = ("id", "source", "url", "published")
NEVER_DETECTED = (DetectionState.NOT_STARTED, DetectionState.FAILED)
BATCH_SIZE = 500
BOM = "\ufeff"
# A record is a flat object of a few fields; these bounds refuse pathological ones by line.
MAX_FIELDS = 100
# A JSON line holds one article's text and its fields; escapes (\uXXXX) may double its length.
LINE_ALLOWANCE = 2

_MAX_LENGTHS = {
    column: concrete_field(Article, name).max_length
    for column, name in (
        ("title", "title"),
        ("id", "external_id"),
        ("source", "source"),
        ("url", "url"),
    )
}
_validate_url = URLValidator()

# Called with the share of the current file done so far, from 0.0 to 1.0.
FileProgress = Callable[[float], None]


class ImportRefused(Exception):
    """A file that cannot be imported: which file, which line (when one is to blame), why."""

    def __init__(self, name: str, message: str, line: int | None = None) -> None:
        super().__init__(name, message, line)
        self.name = name
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = self.name if self.line is None else f"{self.name}, line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read from a file; ``line`` is where its record starts."""

    line: int
    title: str
    text: str
    external_id: str = ""
    source: str = ""
    url: str = ""
    published: date | None = None


@dataclass(slots=True)
class FileResult:
    name: str
    new: int = 0
    unchanged: int = 0
    error: str | None = None
    article_ids: list[int] = field(default_factory=list)
    # Articles already in the project that were never detected (or failed): sent to detection
    # again, so that importing a folder twice finishes what the first import left undone.
    undetected_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def find_project(slug: str | None) -> Project:
    """The project named by ``slug``, or the only project; otherwise say what to choose."""
    if slug:
        try:
            return Project.objects.get(slug=slug)
        except Project.DoesNotExist:
            pass
    slugs = list(Project.objects.order_by("slug").values_list("slug", flat=True))
    if not slug and len(slugs) == 1:
        return Project.objects.get(slug=slugs[0])
    if not slugs:
        raise LookupError("There is no project yet: create one in the admin first.")
    choices = ", ".join(slugs)
    if slug:
        raise LookupError(f"There is no project “{slug}”. Choose one of: {choices}.")
    raise LookupError(f"There are {len(slugs)} projects; choose one with --project: {choices}.")


# Reading and checking -------------------------------------------------------------------


def decode(name: str, data: bytes) -> str:
    """UTF-8 text exactly as stored; a bad byte is reported by line and byte offset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportRefused(
            name,
            f"not UTF-8: byte 0x{data[error.start]:02x} at byte offset {error.start} "
            f"({error.reason}); save the file as UTF-8 and import it again",
            line,
        ) from None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(number, line) split on ``\\n`` only: JSON strings may hold U+2028, which
    ``str.splitlines`` would break on."""
    number, pos = 1, 0
    while pos < len(text):
        brk = text.find("\n", pos)
        stop = len(text) if brk < 0 else brk
        yield number, text[pos:stop]
        number, pos = number + 1, stop + 1


def _text_errors(text: str) -> str | None:
    if not text.strip():
        return "the text is empty"
    nul = text.find("\x00")
    if nul >= 0:
        return f"the text contains a NUL character (at character {nul})"
    limit = settings.QUOTES_ARTICLE_MAX_CHARS
    if len(text) > limit:
        return (
            f"the text has {len(text):,} characters, over the limit of {limit:,} per article "
            "(QUOTES_ARTICLE_MAX_CHARS); split the article"
        )
    return None


def _string(name: str, line: int, column: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool) and column == "id":
        value = str(value)
    if not isinstance(value, str):
        raise ImportRefused(name, f"“{column}” must be a string, not {type(value).__name__}", line)
    nul = value.find("\x00")
    if nul >= 0:
        raise ImportRefused(name, f"“{column}” contains a NUL character (at character {nul})", line)
    limit = _MAX_LENGTHS.get(column)
    if limit is not None and len(value.strip()) > limit:
        raise ImportRefused(
            name, f"“{column}” is {len(value.strip())} characters long; at most {limit}", line
        )
    return value.strip()


def _published(name: str, line: int, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            try:
                return datetime.fromisoformat(value.strip()).date()
            except ValueError:
                pass
    raise ImportRefused(
        name, f"“published” is not an ISO date (YYYY-MM-DD): {json.dumps(value)[:60]}", line
    )


def _record(name: str, line: int, values: dict[str, object]) -> Record:
    """A checked record from one JSON object or CSV row; unknown keys are ignored."""
    missing = [column for column in REQUIRED_COLUMNS if column not in values]
    if missing:
        raise ImportRefused(name, f"missing field(s): {', '.join(missing)}", line)
    text = values["text"]
    if not isinstance(text, str):
        raise ImportRefused(name, f"“text” must be a string, not {type(text).__name__}", line)
    problem = _text_errors(text)
    if problem:
        raise ImportRefused(name, problem, line)
    title = _string(name, line, "title", values["title"])
    if not title:
        raise ImportRefused(name, "the title is empty", line)
    url = _string(name, line, "url", values.get("url"))
    if url:
        try:
            _validate_url(url)
        except ValidationError:
            raise ImportRefused(name, f"“url” is not a valid URL: {url[:80]}", line) from None
    return Record(
        line=line,
        title=title,
        text=text,
        external_id=_string(name, line, "id", values.get("id")),
        source=_string(name, line, "source", values.get("source")),
        url=url,
        published=_published(name, line, values.get("published")),
    )


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def parse_txt(name: str, text: str) -> Iterator[Record]:
    """One article: the whole file is the text, the file's stem its id, and the title the
    first non-empty line of the main content (not a breadcrumb or a photo credit)."""
    body = text.removeprefix(BOM)
    problem = _text_errors(body)
    if problem:
        raise ImportRefused(name, problem, 1)
    content_start, _ = main_content_range(body)
    title = _first_line(body[content_start:]) or _first_line(body)
    yield Record(
        line=1,
        title=title[: _MAX_LENGTHS["title"]],
        text=text,
        external_id=Path(name).stem[: _MAX_LENGTHS["id"]],
    )


def parse_jsonl(name: str, text: str) -> Iterator[Record]:
    line_limit = LINE_ALLOWANCE * settings.QUOTES_ARTICLE_MAX_CHARS
    for number, line in _lines(text.removeprefix(BOM)):
        if not line.strip():
            continue
        if len(line) > line_limit:
            raise ImportRefused(
                name,
                f"the line has {len(line):,} characters, over the limit of {line_limit:,} "
                f"({LINE_ALLOWANCE} × QUOTES_ARTICLE_MAX_CHARS)",
                number,
            )
        try:
            values = json.loads(line)
        except json.JSONDecodeError as error:
            raise ImportRefused(
                name, f"malformed JSON: {error.msg} (column {error.colno})", number
            ) from None
        except RecursionError:
            raise ImportRefused(
                name, "the JSON is nested too deeply: a record is one flat object", number
            ) from None
        if not isinstance(values, dict):
            raise ImportRefused(
                name, f"expected a JSON object, found {type(values).__name__}", number
            )
        if len(values) > MAX_FIELDS:
            raise ImportRefused(
                name, f"the record has {len(values):,} fields; at most {MAX_FIELDS}", number
            )
        yield _record(name, number, values)


def parse_csv(name: str, text: str) -> Iterator[Record]:
    # Article texts are longer than the csv module's default field limit (128 KiB).
    csv.field_size_limit(max(csv.field_size_limit(), settings.QUOTES_IMPORT_MAX_BYTES))
    reader = csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), strict=True)
    header: list[str] | None = None
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ImportRefused(name, f"malformed CSV: {error}", line) from None
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            if len(row) > MAX_FIELDS:
                raise ImportRefused(
                    name, f"the header has {len(row):,} columns; at most {MAX_FIELDS}", line
                )
            header = [cell.strip().lower() for cell in row]
            missing = [column for column in REQUIRED_COLUMNS if column not in header]
            if missing:
                raise ImportRefused(
                    name,
                    f"missing column(s): {', '.join(missing)} "
                    f"(the header has: {', '.join(header)})",
                    line,
                )
            continue
        if len(row) != len(header):
            raise ImportRefused(name, f"expected {len(header)} columns, found {len(row)}", line)
        yield _record(name, line, dict(zip(header, row, strict=True)))
    if header is None:
        raise ImportRefused(name, "the file is empty: it needs a header row", 1)


PARSERS: dict[str, Callable[[str, str], Iterator[Record]]] = {
    ".txt": parse_txt,
    ".jsonl": parse_jsonl,
    ".csv": parse_csv,
}


def check_file(name: str, size: int) -> None:
    """Refuse a file by its name and size, before reading it."""
    suffix = Path(name).suffix.lower()
    if suffix not in PARSERS:
        raise ImportRefused(
            name, f"unknown extension “{suffix or '(none)'}”: use {', '.join(EXTENSIONS)}"
        )
    limit = settings.QUOTES_IMPORT_MAX_BYTES
    if size > limit:
        raise ImportRefused(
            name,
            f"the file has {size:,} bytes, over the import limit of {limit:,} "
            "(QUOTES_IMPORT_MAX_BYTES); split it into smaller files",
        )


# Writing ------------------------------------------------------------------------------


def _save_batch(
    project: Project, batch: Sequence[Record], result: FileResult, detect: bool
) -> None:
    by_hash: dict[str, Record] = {}
    for record in batch:
        by_hash.setdefault(Article.hash_text(record.text), record)
    existing = dict(
        Article.objects.filter(project=project, sha256__in=by_hash).values_list(
            "sha256", "detection_state"
        )
    )
    undetected = [sha for sha, state in existing.items() if state in NEVER_DETECTED]
    if detect and undetected:
        result.undetected_ids.extend(
            Article.objects.filter(project=project, sha256__in=undetected).values_list(
                "pk", flat=True
            )
        )
    articles = []
    for sha, record in by_hash.items():
        if sha in existing:
            continue
        start, end = main_content_range(record.text)
        articles.append(
            Article(
                project=project,
                title=record.title,
                external_id=record.external_id,
                source=record.source,
                url=record.url,
                published=record.published,
                text=record.text,
                sha256=sha,
                content_start=start,
                content_end=end,
            )
        )
    Article.objects.bulk_create(articles, batch_size=BATCH_SIZE)
    result.new += len(articles)
    result.unchanged += len(batch) - len(articles)
    result.article_ids.extend(article.pk for article in articles)


def import_bytes(
    project: Project,
    name: str,
    data: bytes,
    *,
    detect: bool = True,
    progress: FileProgress | None = None,
    actor: AbstractBaseUser | AnonymousUser | None = None,
) -> FileResult:
    """Import one file's content in one transaction; never raises for bad input."""
    result = FileResult(name)
    try:
        check_file(name, len(data))
        text = decode(name, data)
        total_lines = text.count("\n") + 1
        with transaction.atomic():
            for batch in batched(PARSERS[Path(name).suffix.lower()](name, text), BATCH_SIZE):
                _save_batch(project, batch, result, detect)
                if progress:
                    progress(batch[-1].line / total_lines)
            if not result.new + result.unchanged:
                raise ImportRefused(
                    name, "the file holds no article (only blank lines or a header)"
                )
            summary = {"file": name, "new": result.new, "unchanged": result.unchanged}
            audit.record(actor, project, "article.import", after=summary)
    except ImportRefused as refused:
        return FileResult(name, error=str(refused))
    except DatabaseError as error:
        return FileResult(name, error=f"{name}: the database refused the file: {error}")
    to_detect = result.article_ids + result.undetected_ids
    if detect and to_detect:
        # After the commit: a worker must find the rows, and a failed detection must not
        # undo an import that succeeded (robust: the error is logged).
        transaction.on_commit(partial(schedule_detection, to_detect), robust=True)
    return result


def import_upload(
    project: Project,
    upload: UploadedFile,
    *,
    detect: bool = True,
    actor: AbstractBaseUser | AnonymousUser | None = None,
) -> FileResult:
    name = upload.name or "upload"
    try:
        check_file(name, upload.size or 0)
    except ImportRefused as refused:
        return FileResult(name, error=str(refused))
    return import_bytes(project, name, upload.read(), detect=detect, actor=actor)


def collect_files(paths: Iterable[Path]) -> list[tuple[Path, str | None]]:
    """Every file to import, with a problem already known (a missing path, a broken link) or None.

    Folders are walked recursively in sorted order and contribute their ``.txt``, ``.jsonl``
    and ``.csv`` files; hidden files and other extensions inside a folder are skipped. Links to
    files are followed; a link that leads nowhere, loops, or leads to a folder is reported, not
    skipped in silence.
    """
    files: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_symlink() and (problem := link_problem(path)):
            files.append((path, problem))
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.is_symlink() and (problem := link_problem(child)):
                    files.append((child, problem))
                elif child.is_file() and child.suffix.lower() in EXTENSIONS:
                    files.append((child, None))
        elif path.is_file():
            files.append((path, None))
        else:
            files.append((path, f"{path}: no such file or folder"))
    return files


def link_problem(link: Path) -> str | None:
    """Why a symbolic link cannot be imported, or None when it leads to a file."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        return f"{link}: a dangling link (to {link.readlink()}, which does not exist); skipped"
    except (RuntimeError, OSError):
        return f"{link}: a symbolic link loop; skipped"
    if target.is_dir():
        if link.parent.resolve() == target or target in link.parent.resolve().parents:
            return f"{link}: a symbolic link loop (back to {target}); skipped"
        return (
            f"{link}: a link to the folder {target}, not followed; import that folder by its path"
        )
    return None


def import_paths(
    project: Project,
    paths: Iterable[Path],
    *,
    detect: bool = True,
    progress_stream: TextIO | None = None,
) -> list[FileResult]:
    """Import files and folders, each file in its own transaction; one result per file."""
    files = collect_files(paths)
    sizes = [path.stat().st_size if problem is None else 0 for path, problem in files]
    bar = Progress(progress_stream, total=sum(sizes)) if progress_stream else None
    results: list[FileResult] = []
    done = 0
    for index, ((path, problem), size) in enumerate(zip(files, sizes, strict=True), start=1):
        name = str(path)
        if problem:
            results.append(FileResult(name, error=problem))
            continue
        try:
            check_file(name, size)
        except ImportRefused as refused:
            results.append(FileResult(name, error=str(refused)))
            continue
        note = f"file {index}/{len(files)}"
        on_progress = partial(_advance, bar, done, size, note) if bar else None
        results.append(
            import_bytes(project, name, path.read_bytes(), detect=detect, progress=on_progress)
        )
        done += size
        if bar:
            new = sum(result.new for result in results)
            bar.update(done, f"{note}, {new:,} new articles")
    if bar:
        bar.close()
    return results


def _advance(bar: Progress, start: int, size: int, note: str, fraction: float) -> None:
    bar.update(start + int(size * fraction), note)


class Progress:
    """A one-line progress bar redrawn in place on a terminal; silent on anything else."""

    def __init__(
        self, stream: TextIO, total: int, *, label: str = "Importing", width: int = 30
    ) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.label = label
        self.width = width
        self.enabled = stream.isatty()
        self._drawn_at = 0.0

    def update(self, done: int, note: str = "") -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._drawn_at < 0.1 and done < self.total):
            return
        self._drawn_at = now
        share = min(done / self.total, 1.0)
        filled = round(self.width * share)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {share:4.0%} {note}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._drawn_at:
            self.stream.write("\n")
            self.stream.flush()

"""Benchmark: importing 1,000 articles with quote detection, against spaCy's bare parse.

Run ``.venv/bin/python bench/import.py [--articles 1000] [--database sqlite|postgres]``.

It builds distinct articles from the five seed texts (a unique first line, the lines of the
main content shuffled), and in ONE process, file by file (``--file-size`` articles a JSONL
file), alternates:

- the bare parse: ``nlp.pipe`` over the texts detection parses (each article's main
  content), with ``spacy.load(QUOTES_SPACY_MODEL)``, the pipeline without the quote component;
- the import: ``importing.import_bytes`` of the file into a throwaway database (a temporary
  SQLite file, or a fresh PostgreSQL database dropped at the end), exactly as
  ``import_articles`` does it: one transaction, then detection scheduled after the commit and
  run by the immediate tasks backend (parse in batches, link speakers, bulk-insert).

Alternating file by file lets drift in the load of a shared machine hit both alike. It prints
articles/s and words/s of both, by wall clock and by this process's CPU time, and the ratio of
import to bare-parse throughput (target: at least 0.85). On PostgreSQL the CPU figures leave
out the database server's work; the wall-clock ones include it. ``--profile PATH`` writes a
cProfile of the imports.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotations.seeds import seed_texts  # noqa: E402

PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"


@dataclass
class Clock:
    """Wall-clock and CPU seconds, summed over the timed stretches."""

    wall: float = 0.0
    cpu: float = 0.0

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu


def build_records(count: int, seed: int = 11) -> list[dict[str, str]]:
    """``count`` distinct articles: a seed with a unique first line and the lines of its main
    content after the headline shuffled (boilerplate before and after stays where it is)."""
    from annotations.detection import main_content_range

    rng = random.Random(seed)
    sources = []
    for text in seed_texts().values():
        start, end = main_content_range(text)
        sources.append((text[:start], text[start:end].split("\n"), text[end:]))
    records = []
    for index in range(count):
        before, lines, after = sources[index % len(sources)]
        head, body = lines[:2], lines[2:]
        body = rng.sample(body, len(body))
        text = f"Bench article {index:05d}\n{before}" + "\n".join(head + body) + after
        records.append({"id": f"bench-{index:05d}", "title": f"Bench {index:05d}", "text": text})
    return records


def configure(database: str) -> tuple[str, str | None]:
    """Point Django at a throwaway database before it is set up; return (url, pg name)."""
    if database == "sqlite":
        path = Path(tempfile.mkdtemp(prefix="bench-import-")) / "bench.sqlite3"
        url, pg_name = f"sqlite:///{path}", None
    else:
        pg_name = "bench_import"
        url = PG_URL.format(name=pg_name)
        recreate_pg(pg_name)
    os.environ["DATABASE_URL"] = url
    os.environ["QUOTES_TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    # Production settings (no debug query log) refuse to start without a secret key.
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    return url, pg_name


def recreate_pg(name: str, drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(PG_URL.format(name="postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            admin.execute(f'CREATE DATABASE "{name}"')


def rate(label: str, articles: int, words: int, clock: Clock) -> str:
    return (
        f"{label:<24}{articles / clock.wall:7.2f} articles/s {words / clock.wall:8.0f} words/s"
        f"   CPU: {articles / clock.cpu:7.2f} articles/s {words / clock.cpu:8.0f} words/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--file-size", type=int, default=100, help="articles per JSONL file")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the imports here")
    args = parser.parse_args(argv)

    url, pg_name = configure(args.database)
    import django

    django.setup()
    logging.getLogger("django.tasks").setLevel(logging.WARNING)  # not two lines per batch
    import spacy
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections
    from django.db.models import Count

    from annotations import detecting, importing
    from annotations.detection import main_content_range
    from annotations.models import Article, DetectionState, Project, Quote, Speaker

    records = build_records(args.articles)
    texts = []
    for record in records:
        start, end = main_content_range(record["text"])
        texts.append(record["text"][start:end])
    words = sum(len(record["text"].split()) for record in records)
    parsed_words = sum(len(text.split()) for text in texts)
    bare, imported = Clock(), Clock()
    profiler = cProfile.Profile() if args.profile else None
    try:
        call_command("migrate", verbosity=0)
        project = Project.objects.create(name="Bench", slug="bench", stance_target="anything")
        bare_nlp = spacy.load(settings.QUOTES_SPACY_MODEL)
        nlp = detecting.pipeline()  # loaded once per process, outside the timings
        for pipeline in (bare_nlp, nlp):  # warm-up
            list(pipeline.pipe(texts[:10]))
        for first in range(0, len(records), args.file_size):
            chunk = slice(first, first + args.file_size)
            with bare:
                for _ in bare_nlp.pipe(texts[chunk], batch_size=detecting.BATCH_SIZE):
                    pass
            data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[chunk])
            if profiler:
                profiler.enable()
            with imported:
                result = importing.import_bytes(project, f"bench-{first}.jsonl", data.encode())
            if profiler:
                profiler.disable()
            if not result.ok:
                raise SystemExit(result.error)
        if profiler:
            profiler.dump_stats(args.profile)
        states = dict(
            Article.objects.values_list("detection_state").annotate(n=Count("id")).order_by()
        )
        quotes, speakers = Quote.objects.count(), Speaker.objects.count()
    finally:
        connections.close_all()
        if pg_name:
            recreate_pg(pg_name, drop_only=True)
        else:
            shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent)

    n = args.articles
    print(f"database {args.database} ({url}); model {settings.QUOTES_SPACY_MODEL}")
    print(
        f"{n} articles in files of {args.file_size}, {words:,} words "
        f"({parsed_words:,} in the main content, which is what both parse); "
        f"nlp.pipe batch size {detecting.BATCH_SIZE}"
    )
    print(f"after the import: {states}; {quotes:,} quotes, {speakers} speakers")
    print(rate("bare nlp.pipe", n, words, bare))
    print(rate("import with detection", n, words, imported))
    print(
        f"ratio import/bare: {bare.wall / imported.wall:.3f} by wall clock, "
        f"{bare.cpu / imported.cpu:.3f} by CPU time"
    )
    done = states.get(DetectionState.DONE, 0)
    if done != n:
        print(f"NOT ALL DETECTED: {done} of {n} done")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Export throughput and peak memory at 10,000 and 100,000 quotes, for every format.

    DJANGO_SETTINGS_MODULE=workbench.settings .venv/bin/python bench/export.py

Builds a throwaway SQLite database per size in a temporary directory (1,000 and 10,000
articles, 10 reviewer-accepted quotes each, 2 judgements per quote), then exports it in each
format in a fresh subprocess, twice: once timed (quotes/s and the growth of the process's peak
RSS over its state just before the export) and once under tracemalloc (peak Python
allocations during the export). Memory that does not grow with the dataset shows as a
100k/10k ratio near 1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000)
QUOTES_PER_ARTICLE = 10
FORMATS = ("jsonl", "csv", "parquet", "spacy")
SENTENCE = "“Quote {n} on the budget, with ‘marks’ and an emoji 🙂,” said Speaker {s}. "
FILLER = "The council met again on Monday to discuss the plan in detail. "


def setup(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    # Production settings (no debug query log) refuse to start without a secret key.
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build(database: Path, quotes: int) -> None:
    """A project of ``quotes`` accepted quotes, written with bulk_create."""
    setup(database)
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from annotations.models import Annotation, Article, Project, Quote, Speaker

    call_command("migrate", verbosity=0)
    project = Project.objects.create(name="Bench", slug="bench", stance_target="the budget")
    project.add_default_stance_labels()
    speakers = Speaker.objects.bulk_create(Speaker(name=f"Speaker {n}") for n in range(50))
    annotators = [User.objects.create(username=f"annotator{n}") for n in (1, 2)]
    stances = ("favor", "against", "none")
    for first in range(0, quotes // QUOTES_PER_ARTICLE, 500):
        articles, spans = [], []
        for number in range(first, min(first + 500, quotes // QUOTES_PER_ARTICLE)):
            text, offsets = f"Article {number}\n\n", []
            for n in range(QUOTES_PER_ARTICLE):
                sentence = SENTENCE.format(n=n, s=n % 50)
                start = len(text)
                offsets.append((start, start + sentence.index("”") + 1))
                text += sentence + FILLER * 3
            articles.append(
                Article(
                    project=project,
                    title=f"Article {number}",
                    text=text,
                    sha256=Article.hash_text(text),
                )
            )
            spans.append(offsets)
        articles = Article.objects.bulk_create(articles)
        batch = [
            Quote(
                article=article,
                start=start,
                end=end,
                status="accepted",
                suggested_speaker=speakers[n % 50],
                detector_name="quote_detector",
                detector_version="bench",
            )
            for article, offsets in zip(articles, spans, strict=True)
            for n, (start, end) in enumerate(offsets)
        ]
        batch = Quote.objects.bulk_create(batch, batch_size=2_000)
        Annotation.objects.bulk_create(
            (
                Annotation(
                    quote=quote,
                    annotator=annotator,
                    decision="accept",
                    speaker=quote.suggested_speaker,
                    stance=stances[(quote.pk + index) % 3],
                )
                for quote in batch
                for index, annotator in enumerate(annotators)
            ),
            batch_size=2_000,
        )


def run_once(database: Path, fmt: str, out: Path, trace: bool) -> dict[str, float]:
    """One export in this (fresh) process; prints nothing, returns the figures."""
    setup(database)
    # Import what the writers import, so the measurement starts after it.
    import pyarrow.parquet  # noqa: F401
    import spacy  # noqa: F401

    from annotations import exporting
    from annotations.models import Project

    options = exporting.ExportOptions(project=Project.objects.get(slug="bench"))
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    started, cpu = time.perf_counter(), time.process_time()
    result = exporting.export(fmt, out, options)
    seconds = time.perf_counter() - started
    figures = {
        "quotes": result.card["counts"]["quotes"],
        "seconds": seconds,
        # The process's own CPU time: on a shared machine it moves far less than the clock.
        "cpu_seconds": time.process_time() - cpu,
        "rss_growth_mib": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline) / 1024,
    }
    if trace:
        figures["traced_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    return figures


def measure(database: Path, fmt: str, out: Path, trace: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--run", fmt, "--db", str(database), "--out", str(out)]
    done = subprocess.run(
        [*command, *(["--trace"] if trace else [])], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        results: dict[tuple[str, int], dict[str, float]] = {}
        for size in SIZES:
            database = Path(tmp) / f"bench-{size}.sqlite3"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, __file__, "--build", str(size), "--db", str(database)], check=True
            )
            print(f"built {size:,} quotes in {time.perf_counter() - started:.0f} s", flush=True)
            for fmt in FORMATS:
                out = Path(tmp) / (f"out-{size}" if fmt == "spacy" else f"out-{size}.{fmt}")
                timed = measure(database, fmt, out, trace=False)
                traced = measure(database, fmt, out, trace=True)
                results[fmt, size] = {**timed, "traced_peak_mib": traced["traced_peak_mib"]}
                print(f"  {fmt}: {timed['quotes'] / timed['seconds']:,.0f} quotes/s", flush=True)
        small, large = SIZES
        print()
        print(
            "| format | quotes | seconds | quotes/s | CPU seconds | quotes per CPU second "
            "| traced peak MiB | peak RSS growth MiB |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for fmt in FORMATS:
            for size in SIZES:
                r = results[fmt, size]
                print(
                    f"| {fmt} | {r['quotes']:,} | {r['seconds']:.1f} | "
                    f"{r['quotes'] / r['seconds']:,.0f} | {r['cpu_seconds']:.1f} | "
                    f"{r['quotes'] / r['cpu_seconds']:,.0f} | {r['traced_peak_mib']:.1f} | "
                    f"{r['rss_growth_mib']:.1f} |"
                )
        print()
        print("| format | traced peak 100k/10k | peak RSS growth 100k/10k |")
        print("| --- | ---: | ---: |")
        for fmt in FORMATS:
            a, b = results[fmt, small], results[fmt, large]
            rss = b["rss_growth_mib"] / a["rss_growth_mib"] if a["rss_growth_mib"] else 0
            print(f"| {fmt} | {b['traced_peak_mib'] / a['traced_peak_mib']:.2f} | {rss:.2f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--run", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.build:
        build(arguments.db, arguments.build)
    elif arguments.run:
        print(json.dumps(run_once(arguments.db, arguments.run, arguments.out, arguments.trace)))
    else:
        main()

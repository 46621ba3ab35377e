"""How long the reviewer's screens take as a project grows: 1,000, 10,000 and 100,000 quotes.

    DJANGO_SETTINGS_MODULE=workbench.settings .venv/bin/python bench/review.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_review \\
        DJANGO_SETTINGS_MODULE=workbench.settings .venv/bin/python bench/review.py

For each size it builds a throwaway project (a temporary SQLite file, or the PostgreSQL
database DATABASE_URL names, emptied first): articles of 10 quotes judged by two annotators who
disagree on the stance of one quote in five, one article of 500 quotes, and as many speakers as
quotes. Then, through Django's test client (the whole middleware stack, no network), as a
superuser, it times each screen several times and prints the median server time:

- the admin's quote list (disagreements first), its first page;
- the curation page of an article of 10 quotes, and of the article of 500;
- the agreement page: its first visit (which compares the annotators of every article), then
  computed afresh, after a judgement changed (its article compared again) and from its cache;
- the speaker type-ahead (the workbench's ``/speakers/?q=``) for a few prefixes (the median
  and the slowest of them);
- the admin page of the article of 500 quotes, and the process's memory after a dozen views.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1_000, 10_000, 100_000)
QUOTES_PER_ARTICLE = 10
BIG_ARTICLE = 500
REPEAT = 5
SENTENCE = "“Quote {n} on the budget, with an emoji 🙂,” said Speaker {s}. "
FILLER = "The council met again on Monday to discuss the plan in detail. "


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    # A throwaway key for a throwaway database; production settings otherwise.
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    # Pages name their static files; without collectstatic there is no manifest to hash them.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def article_text(number: int, quotes: int) -> tuple[str, list[tuple[int, int]]]:
    text, spans = f"Article {number}\n\n", []
    for n in range(quotes):
        sentence = SENTENCE.format(n=n, s=n % 50)
        start = len(text)
        spans.append((start, start + sentence.index("”") + 1))
        text += sentence + FILLER + "\n\n"
    return text, spans


def build(quotes: int) -> None:
    """The project, written with bulk_create."""
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection

    from annotations import policy
    from annotations.models import (
        Annotation,
        Article,
        Assignment,
        Project,
        Quote,
        Speaker,
        SpeakerAlias,
    )

    if connection.vendor == "postgresql":
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    project = Project.objects.create(name="Bench", slug="bench", stance_target="the budget")
    project.add_default_stance_labels()
    speakers = Speaker.objects.bulk_create(
        (Speaker(name=f"Speaker {n} Person{n % 997}") for n in range(quotes)), batch_size=5_000
    )
    SpeakerAlias.objects.bulk_create(
        (SpeakerAlias(speaker=s, name=f"Alias {s.pk}") for s in speakers[::10]), batch_size=5_000
    )
    annotators = [User.objects.create(username=f"annotator{n}") for n in (1, 2)]
    User.objects.create_superuser("bench", "bench@example.org", "bench")
    stances = ("favor", "against", "none")
    plan = [QUOTES_PER_ARTICLE] * ((quotes - BIG_ARTICLE) // QUOTES_PER_ARTICLE) + [BIG_ARTICLE]
    for first in range(0, len(plan), 500):
        articles, spans = [], []
        for number in range(first, min(first + 500, len(plan))):
            text, offsets = article_text(number, plan[number])
            articles.append(
                Article(
                    project=project,
                    title=f"Article {number} " + "long title " * 8,
                    text=text,
                    sha256=Article.hash_text(text),
                )
            )
            spans.append(offsets)
        articles = Article.objects.bulk_create(articles)
        Assignment.objects.bulk_create(
            Assignment(article=a, annotator=u) for a in articles for u in annotators
        )
        batch = Quote.objects.bulk_create(
            (
                Quote(
                    article=article,
                    start=start,
                    end=end,
                    suggested_speaker=speakers[n % 50],
                    detector_name="quote_detector",
                    detector_version="bench",
                )
                for article, offsets in zip(articles, spans, strict=True)
                for n, (start, end) in enumerate(offsets)
            ),
            batch_size=5_000,
        )
        Annotation.objects.bulk_create(
            (
                Annotation(
                    quote=quote,
                    annotator=annotator,
                    decision="accept",
                    speaker=quote.suggested_speaker,
                    stance=stances[(quote.pk + (index if quote.pk % 5 == 0 else 0)) % 3],
                )
                for quote in batch
                for index, annotator in enumerate(annotators)
            ),
            batch_size=5_000,
        )
        # Written in bulk, as an import of judgements would be: the quotes store their agreement.
        policy.refresh_agreement(quote.pk for quote in batch)


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def median_ms(client, url: str, before=None, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def judged_again(article: int) -> None:
    """A stance changed in the article, as the workbench writes it; the page is not cached."""
    from django.core.cache import cache

    from annotations import policy
    from annotations.models import Annotation

    judgement = Annotation.objects.filter(quote__article=article).order_by("pk").first()
    assert judgement is not None
    judgement.stance = "against" if judgement.stance != "against" else "favor"
    judgement.save(update_fields=["stance"])
    policy.refresh_agreement([judgement.quote_id])
    cache.clear()


def measure(quotes: int) -> dict[str, float]:
    from django.contrib.auth.models import User
    from django.core.cache import cache
    from django.test import Client
    from django.urls import reverse

    from annotations.models import Article

    client = Client()
    client.force_login(User.objects.get(username="bench"))
    big = Article.objects.order_by("-pk").only("pk").first()
    small = Article.objects.order_by("pk").only("pk").first()
    assert big is not None and small is not None
    agreement = reverse("admin:annotations_project_agreement", args=["bench"])
    figures = {
        "quote list": median_ms(client, reverse("admin:annotations_quote_changelist")),
        "curation, 10 quotes": median_ms(
            client, reverse("admin:annotations_article_curate", args=[small.pk])
        ),
        "curation, 500 quotes": median_ms(
            client, reverse("admin:annotations_article_curate", args=[big.pk])
        ),
        # The first visit after the build compares the annotators of every article; later
        # visits only those of the articles judged since.
        "agreement, first visit": median_ms(client, agreement, before=cache.clear, repeat=1),
        "agreement, afresh": median_ms(client, agreement, before=cache.clear, repeat=3),
        "agreement, after a judgement": median_ms(
            client, agreement, before=partial(judged_again, small.pk), repeat=3
        ),
        "agreement, cached": median_ms(client, agreement),
    }
    typeahead = [
        median_ms(client, f"{reverse('speaker_search')}?q={q}")
        for q in ("Spe", "Person12", "Alias 5", "zzz")
    ]
    figures["type-ahead"] = statistics.median(typeahead)
    figures["type-ahead, slowest query"] = max(typeahead)
    page = reverse("admin:annotations_article_change", args=[big.pk])
    client.get(page)
    before = rss_mib()
    figures["article admin page, 500 quotes"] = median_ms(client, page)
    for _ in range(12 - REPEAT):
        client.get(page)
    figures["memory growth over 12 views, MiB"] = rss_mib() - before
    return figures


def run(size: int, database_url: str) -> None:
    setup(database_url)
    started = time.perf_counter()
    build(size)
    print(f"# built {size:,} quotes in {time.perf_counter() - started:.0f} s", flush=True)
    for name, value in measure(size).items():
        print(f"{size}\t{name}\t{value:.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if arguments.one:
        run(arguments.one, url)
        return
    results: dict[str, dict[int, str]] = {}
    sizes = [int(size) for size in arguments.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="review-bench-") as tmp:
        for size in sizes:
            env = dict(os.environ)
            if not url.startswith("postgres"):
                env["DATABASE_URL"] = f"sqlite:///{Path(tmp) / f'review-{size}.sqlite3'}"
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(size)],
                env=env,
                capture_output=True,
                text=True,
            )
            if done.returncode:
                sys.exit(f"the run at {size:,} quotes failed:\n{done.stderr}")
            for line in done.stdout.splitlines():
                if line.startswith("#"):
                    print(line, flush=True)
                    continue
                _, name, value = line.split("\t")
                results.setdefault(name, {})[size] = value
    engine = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    print(f"\n{engine}, median ms of {REPEAT} requests (memory in MiB)\n")
    print("| screen | " + " | ".join(f"{size:,} quotes" for size in sizes) + " |")
    print("| --- |" + " ---: |" * len(sizes))
    for name, values in results.items():
        print(f"| {name} | " + " | ".join(values.get(size, "") for size in sizes) + " |")


if __name__ == "__main__":
    main()

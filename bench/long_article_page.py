"""Benchmark: the article page of a 2,000,000-character article, shown a part at a time.

Run ``.venv/bin/python bench/long_article_page.py [--chars 2000000]``. In a throwaway SQLite
database it imports one article of that many characters (seed paragraphs with their quotes
between long filler paragraphs, so that detection takes seconds), detects its quotes in parts,
then fetches the article page as its annotator and prints the page's size and time, next to
the size the whole text would have had on one page. Everything is measured in this one run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def article_text(chars: int, seed: str) -> str:
    quoted = [p for p in seed.split("\n\n") if "“" in p or '"' in p][:3]
    filler = " ".join(["lorem" + "x" * 994] * 20) + "\n\n"
    out, size, number = ["Long read\n\n"], 0, 0
    while size < chars:
        paragraph = f"{quoted[number % len(quoted)]}\n\n" if number % 20 == 0 else filler
        out.append(paragraph)
        size += len(paragraph)
        number += 1
    return "".join(out)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_000_000)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="long-page-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["QUOTES_TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    # Debug settings: plain HTTP and static files without collectstatic, as in `make run`.
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from annotations import text_parts
    from annotations.importing import import_bytes
    from annotations.models import Assignment, Project
    from annotations.seeds import read_text, seed_paths
    from annotations.tasks import detect_article_batch

    call_command("migrate", verbosity=0)
    project = Project.objects.create(name="Bench", slug="bench", stance_target="x")
    text = article_text(args.chars, read_text(seed_paths()[0]))
    result = import_bytes(project, "long.txt", text.encode("utf-8"), detect=False)
    assert result.ok, result.error
    [article_id] = result.article_ids
    started = time.perf_counter()
    detect_article_batch.call([article_id])
    detection = time.perf_counter() - started
    user = User.objects.create_user("reader", password="x")
    Assignment.objects.create(article_id=article_id, annotator=user)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    url = reverse("article", args=[article_id])
    client.get(url)  # warm the template cache
    started = time.perf_counter()
    page = client.get(url)
    seconds = time.perf_counter() - started
    assert page.status_code == 200, page.status_code
    parts = text_parts.parts(text, text_parts.PAGE_CHARS)
    total = 0
    for part in parts:
        total += len(client.get(f"{url}?part={part.number}").content)
    print(f"characters              {len(text):>12,}")
    print(f"detection               {detection:>12.1f} s")
    print(f"parts on the page       {len(parts):>12,} (at most {text_parts.PAGE_CHARS:,} chars)")
    print(f"one part's page         {len(page.content):>12,} bytes in {seconds:.2f} s")
    print(f"all parts' pages        {total:>12,} bytes (what one page would have held)")


if __name__ == "__main__":
    main()

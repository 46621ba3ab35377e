"""The workbench's cost per keystroke at 10, 200 and 500 quotes: bytes sent and server time.

    DJANGO_SETTINGS_MODULE=workbench.settings .venv/bin/python bench/workbench.py [--repeat 15]

Builds a throwaway SQLite database in a temporary directory with one article per size (each
quote a paragraph of its own with its cue and speaker mention, curly quotes and an emoji),
signs an annotator in with Django's test client and, on ``--repeat`` quotes of each article,
makes every action the page makes: select a quote (its editor), accept (which moves on to the
next undecided quote), a stance, a speaker, a note, a corrected span, a speaker mention, a flag
and undo. Each request is timed inside the process, so the milliseconds are the server's own
(Django, the database, the templates), without the network: wall time, and the CPU time of
the process, which a busy machine inflates much less. Printed per size and action: the medians
of the one response the action now costs, and, for comparison, what the three panel reloads
that used to follow every change (text, list and progress) cost on the same data.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10, 200, 500)
PARAGRAPH = "“Point {n} on the sanctions panel 🙂 matters to us,” said Speaker {s}, an envoy.\n\n"
FILLER = "Diplomats met again on Monday to weigh what the panel’s end means for the region.\n\n"
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}


def setup(database: Path) -> None:
    """Production settings (no debug, cached templates) over plain HTTP, on ``database``."""
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    os.environ["DJANGO_SECURE_COOKIES"] = "0"
    os.environ["DJANGO_STATIC_ROOT"] = str(database.parent / "static")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def build(size: int, user: Any) -> tuple[Any, list[Any], list[Any]]:
    """An article of ``size`` quotes assigned to ``user``, its quotes and some speakers."""
    from annotations.models import Article, Assignment, Project, Quote, Speaker

    project, _ = Project.objects.get_or_create(
        slug="bench", defaults={"name": "Bench", "stance_target": "the sanctions panel"}
    )
    if not project.stance_labels.exists():
        project.add_default_stance_labels()
    speakers = list(Speaker.objects.all())
    if not speakers:
        speakers = Speaker.objects.bulk_create(Speaker(name=f"Speaker {n}") for n in range(40))
    text, quotes = "", []
    for n in range(size):
        paragraph = PARAGRAPH.format(n=n, s=n % 40)
        close = paragraph.index("”") + 1
        said = paragraph.index("said")
        comma = paragraph.index(",", said)
        at = len(text)
        quotes.append(
            Quote(
                start=at,
                end=at + close,
                cue_start=at + said,
                cue_end=at + said + 4,
                speaker_start=at + said + 5,
                speaker_end=at + comma,
                suggested_speaker=speakers[n % 40],
                detected_speaker_name=f"Speaker {n % 40}",
                confidence=0.3 + 0.6 * ((n * 7) % 10) / 10,
            )
        )
        text += paragraph + (FILLER if n % 3 == 0 else "")
    article = Article.objects.create(project=project, title=f"{size} quotes", text=text)
    for quote in quotes:
        quote.article = article
    Quote.objects.bulk_create(quotes)
    Assignment.objects.create(article=article, annotator=user)
    return article, list(article.quotes.order_by("start")), speakers


def timed(call: Any, *args: Any, **kwargs: Any) -> tuple[float, float, int]:
    """Wall and CPU milliseconds of one request, and the bytes of its answer."""
    started, cpu = time.perf_counter(), time.process_time()
    response = call(*args, **kwargs)
    elapsed = (time.perf_counter() - started) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    assert response.status_code in (200, 302), (response.status_code, response.content[:300])
    return elapsed, cpu_ms, len(response.content)


def measure(client: Any, article: Any, quotes: list[Any], speakers: list[Any], repeat: int):
    """Per action, the (wall ms, CPU ms, bytes) of each of ``repeat`` tries."""
    results: dict[str, list[tuple[float, float, int]]] = {}
    text = article.text
    base = f"/articles/{article.pk}"
    step = max(1, len(quotes) // repeat)
    for quote in quotes[::step][:repeat]:
        url = f"{base}/quotes/{quote.pk}"
        mention_start = text.index("Speaker", quote.start)
        other = next(speaker for speaker in speakers if speaker.pk != quote.suggested_speaker_id)
        judge = f"{url}/judge/"
        span = {"start": quote.start + 1, "end": quote.end - 1}
        mention = {"speaker_start": mention_start, "speaker_end": mention_start + 7}
        actions = [
            ("select (editor)", "get", f"{url}/", {}),
            ("accept, move on", "post", judge, {"version": 0, "decision": "accept"}),
            ("stance", "post", judge, {"version": 1, "stance": "favor"}),
            ("speaker", "post", judge, {"version": 2, "speaker": other.pk}),
            ("note", "post", judge, {"version": 3, "note": "Check the wording."}),
            ("span", "post", judge, {"version": 4, **span}),
            ("mention", "post", judge, {"version": 5, **mention}),
            ("flag", "post", f"{url}/flag/", {"reason": "Who is speaking?"}),
            ("undo", "post", f"{base}/undo/", {}),
        ]
        for name, method, path, data in actions:
            results.setdefault(name, []).append(timed(getattr(client, method), path, data, **HTMX))
        # What the page used to fetch after every change: the three panels, in full.
        panels = [
            timed(client.get, f"{base}/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET=panel)
            for panel in ("article-text", "quote-list", "progress")
        ]
        results.setdefault("before: the 3 panel reloads after a change", []).append(
            (sum(p[0] for p in panels), sum(p[1] for p in panels), sum(p[2] for p in panels))
        )
    page = [timed(client.get, f"{base}/") for _ in range(3)]
    results["whole page"] = page
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="quotes tried per size")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(Path(folder) / "bench.sqlite3")
        from django.contrib.auth.models import User
        from django.test import Client

        user = User.objects.create_user("bench-annotator")
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        table: dict[str, dict[int, tuple[float, float, float]]] = {}
        for size in SIZES:
            article, quotes, speakers = build(size, user)
            client.get(f"/articles/{article.pk}/")  # warm the caches (content types, templates)
            for name, tries in measure(client, article, quotes, speakers, options.repeat).items():
                wall, cpu = (statistics.median(t[i] for t in tries) for i in (0, 1))
                kilobytes = statistics.median(t[2] for t in tries) / 1024
                table.setdefault(name, {})[size] = (wall, cpu, kilobytes)
        load = os.getloadavg()[0]
        print(f"median of {options.repeat} tries, load average {load:.1f}")
        print("server milliseconds (wall, CPU of this process) / kilobytes sent")
        print(f"| action | {' | '.join(f'{size} quotes' for size in SIZES)} |")
        print(f"| --- | {' | '.join('---:' for _ in SIZES)} |")
        for name, by_size in table.items():
            cells = [
                f"{wall:.0f} ms, CPU {cpu:.0f} ms / {kilobytes:.1f} KB"
                for wall, cpu, kilobytes in (by_size[size] for size in SIZES)
            ]
            print(f"| {name} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()

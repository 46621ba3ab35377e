"""Benchmark: 20 simulated annotators against gunicorn and PostgreSQL on 127.0.0.1.

Run ``.venv/bin/python bench/load.py [--seconds 60] [--annotators 20] [--web-workers 3]``
and, for the whole "done when" of issue 7, ``--import-articles 1000 --db-workers 2``.

What it does, all on loopback and all torn down at the end:

1. creates a fresh PostgreSQL database (``bench_load``), migrates it, loads the seed project
   (``fixtures/demo.json``), imports ``--articles`` variants of the seed articles and detects
   their quotes, creates the annotator accounts and gives every article to two of them;
2. collects the static files and starts gunicorn (``gunicorn.conf.py``) with
   ``DJANGO_DEBUG=0``, a random secret key, and plain HTTP (``DJANGO_SECURE_SSL_REDIRECT=0``,
   ``DJANGO_SECURE_COOKIES=0``);
3. optionally starts ``--db-workers`` ``manage.py db_worker`` processes and imports
   ``--import-articles`` more articles whose detection they run in the background;
4. signs every annotator in, then for ``--seconds`` (or, with an import, until it is all
   detected) each one works like the browser does: opens an article, opens each quote's
   editor, accepts or rejects it, picks a stance and sometimes a speaker found with the
   type-ahead, and after each save reloads the three panels the page reloads. Requests carry
   the CSRF token as ``X-CSRFToken``, ``HX-Request: true`` and the ``version`` the page shows;
5. prints requests/s, p50/p95/p99 latency and errors, then checks the database: every
   judgement that got a success response is stored exactly once per (quote, annotator), with
   the values and version of the last successful write, and nothing else was stored.

The exit status is 0 only when there were no errors and nothing was lost or duplicated.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotations.seeds import seed_texts  # noqa: E402

PYTHON = sys.executable
DB_NAME = "bench_load"
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"
PASSWORD = "load-test-" + secrets.token_urlsafe(12)
# No thread sends more than this many requests, whatever the time limit.
MAX_REQUESTS_PER_ANNOTATOR = 50_000

VERSION = re.compile(r'name="version" value="(\d+)"')
QUOTE_ROW = re.compile(r'id="quote-row-(\d+)"')
STANCE = re.compile(r'name="stance" value="([\w-]+)"')
SPEAKER_OPTION = re.compile(r'name="speaker" value="(\d+)"')
CSRF_HEADER = re.compile(r'"X-CSRFToken": "([^"]+)"')
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ARTICLE_LINK = re.compile(r'href="/articles/(\d+)/"')
SPEAKER_QUERIES = ("Neb", "Hwang", "Kim", "Cha", "Pan", "UN", "Lee", "Min")


class RequestFailed(Exception):
    pass


@dataclass
class Write:
    """A judgement change that got a success response, in the order the annotator sent it."""

    quote: int
    changes: dict[str, str]
    version: int  # the version the response shows afterwards


@dataclass
class Annotator:
    username: str
    host: str
    port: int
    deadline: float = 0.0
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter = field(default_factory=Counter)
    writes: list[Write] = field(default_factory=list)
    requests: int = 0
    rng: random.Random = field(default_factory=random.Random)
    think: float = 0.0

    def pause(self) -> None:
        """A person's pause before the next action: 0 to twice ``think`` seconds."""
        if self.think:
            left = self.deadline - time.monotonic()
            time.sleep(max(0.0, min(self.rng.uniform(0, 2 * self.think), left)))

    # HTTP ----------------------------------------------------------------------------------

    def request(
        self,
        kind: str,
        method: str,
        path: str,
        form: dict[str, Any] | None = None,
        htmx_target: str | None = None,
        ok: tuple[int, ...] = (200,),
    ) -> tuple[int, dict[str, str], str]:
        self.requests += 1
        headers = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if htmx_target is not None:
            headers["HX-Request"] = "true"
            if htmx_target:
                headers["HX-Target"] = htmx_target
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            if self.csrf:
                headers["X-CSRFToken"] = self.csrf
        started = time.perf_counter()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            status = response.status
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    for morsel in SimpleCookie(value).values():
                        self.cookies[morsel.key] = morsel.value
            response_headers = {name.lower(): value for name, value in response.getheaders()}
        except (OSError, http.client.HTTPException) as error:
            self.errors[f"{kind}: {type(error).__name__}"] += 1
            raise RequestFailed(kind) from error
        finally:
            connection.close()
        self.latencies[kind].append(time.perf_counter() - started)
        if status not in ok:
            self.errors[f"{kind}: HTTP {status}"] += 1
            raise RequestFailed(f"{kind}: {status} {text[:200]}")
        return status, response_headers, text

    # The annotator's session ---------------------------------------------------------------

    def sign_in(self) -> None:
        _, _, page = self.request("login page", "GET", "/accounts/login/")
        token = CSRF_FIELD.search(page)
        assert token, "no CSRF token on the login page"
        form = {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": token[1]}
        _, headers, _ = self.request("sign in", "POST", "/accounts/login/", form, ok=(302,))
        assert headers.get("location") == "/", f"sign-in failed for {self.username}"

    def work(self) -> None:
        _, _, home = self.request("queue", "GET", "/")
        articles = sorted({int(pk) for pk in ARTICLE_LINK.findall(home)})
        assert articles, f"{self.username} has no articles"
        while time.monotonic() < self.deadline:
            for article in articles:
                try:
                    self.annotate(article)
                except RequestFailed:
                    time.sleep(0.5)
                if time.monotonic() >= self.deadline:
                    return

    def annotate(self, article: int) -> None:
        _, _, page = self.request("article page", "GET", f"/articles/{article}/")
        token = CSRF_HEADER.search(page)
        self.csrf = token[1] if token else self.csrf
        stances = list(dict.fromkeys(STANCE.findall(page)))
        quotes = [int(pk) for pk in QUOTE_ROW.findall(page)]
        for quote in quotes:
            if time.monotonic() >= self.deadline or self.requests >= MAX_REQUESTS_PER_ANNOTATOR:
                return
            base = f"/articles/{article}/quotes/{quote}/"
            _, _, editor = self.request("open quote", "GET", base, htmx_target="quote-editor")
            version = int(VERSION.search(editor)[1])
            self.pause()
            decision = "accept" if self.rng.random() < 0.75 else "reject"
            version = self.save(article, quote, version, {"decision": decision})
            if decision == "accept":
                stance = self.rng.choice(stances)
                version = self.save(article, quote, version, {"stance": stance})
                if self.rng.random() < 0.4:
                    query = self.rng.choice(SPEAKER_QUERIES)
                    _, _, options = self.request(
                        "speaker search", "GET", f"/speakers/?q={query}", htmx_target=""
                    )
                    found = SPEAKER_OPTION.findall(options)
                    if found:
                        self.save(article, quote, version, {"speaker": self.rng.choice(found)})

    def save(self, article: int, quote: int, version: int, changes: dict[str, str]) -> int:
        path = f"/articles/{article}/quotes/{quote}/judge/"
        form = {"version": str(version), **changes}
        _, _, editor = self.request("judge (write)", "POST", path, form, htmx_target="")
        new_version = int(VERSION.search(editor)[1])
        self.writes.append(Write(quote, changes, new_version))
        # The page reloads its panels on the quote-changed event.
        for panel in ("article-text", "quote-list", "progress"):
            self.request("panel reload", "GET", f"/articles/{article}/", htmx_target=panel)
        self.pause()
        return new_version


# Set-up -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_database(drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(PG_URL.format(name="postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        if not drop_only:
            admin.execute(f'CREATE DATABASE "{DB_NAME}"')


def variant_records(prefix: str, count: int) -> list[dict[str, str]]:
    """``count`` distinct articles: the seed texts, each under a unique first line."""
    seeds = list(seed_texts().values())
    return [
        {"id": f"{prefix}-{n}", "title": f"{prefix} {n}", "text": f"{prefix} {n}\n{seeds[n % 5]}"}
        for n in range(count)
    ]


def jsonl(records: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def load_data(articles: int, annotators: int) -> list[str]:
    """The seed project, ``articles`` more articles with their quotes detected, and the
    annotators, every article given to two of them. Returns the usernames."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from annotations import importing, roles
    from annotations.detecting import detect_articles
    from annotations.models import Article, Assignment, Project

    call_command("migrate", verbosity=0)
    call_command("loaddata", "demo", verbosity=0)
    project = Project.objects.get(slug="nk-sanctions")
    result = importing.import_bytes(
        project, "load.jsonl", jsonl(variant_records("Load article", articles)), detect=False
    )
    assert result.ok, result.error
    detect_articles(list(Article.objects.filter(project=project).order_by("pk")))
    password = make_password(PASSWORD)  # one slow hash, not one per account
    group = Group.objects.get(name=roles.ANNOTATOR)
    users = User.objects.bulk_create(
        User(username=f"annotator-{n:02d}", password=password) for n in range(1, annotators + 1)
    )
    group.user_set.add(*users)
    ids = list(Article.objects.filter(project=project).order_by("pk").values_list("pk", flat=True))
    Assignment.objects.bulk_create(
        Assignment(article_id=pk, annotator=users[(2 * index + offset) % len(users)])
        for index, pk in enumerate(ids)
        for offset in (0, 1)
    )
    return [user.username for user in users]


def server_env(static_root: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": PG_URL.format(name=DB_NAME),
        "DATABASE_CONN_MAX_AGE": "60",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_STATIC_ROOT": static_root,
        "DJANGO_LOG_LEVEL": "WARNING",
        "QUOTES_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }


def wait_until_serving(host: str, port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log.read_text()[-3000:]}")
        try:
            connection = http.client.HTTPConnection(host, port, timeout=5)
            connection.request("GET", "/accounts/login/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop(process: subprocess.Popen, grace: float) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# Checking ---------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def check_judgements(annotators: list[Annotator]) -> dict[str, int]:
    """Compare every acknowledged write with the Annotation rows."""
    from django.db.models import Count

    from annotations.models import Annotation

    expected: dict[tuple[int, str], dict[str, Any]] = {}
    for annotator in annotators:
        for write in annotator.writes:
            state = expected.setdefault(
                (write.quote, annotator.username), {"decision": "", "stance": ""}
            )
            state.update(write.changes)
            state["version"] = write.version
    rows = Annotation.objects.filter(annotator__username__startswith="annotator-")
    duplicated = rows.values("quote", "annotator").annotate(n=Count("id")).filter(n__gt=1).count()
    stored = {
        (row["quote_id"], row["annotator__username"]): row
        for row in rows.values(
            "quote_id", "annotator__username", "decision", "stance", "speaker_id", "version"
        )
    }
    lost = wrong = 0
    for key, state in expected.items():
        row = stored.get(key)
        if row is None:
            lost += 1
            continue
        if (
            row["decision"] != state["decision"]
            or row["stance"] != state["stance"]
            or row["version"] != state["version"]
            or ("speaker" in state and str(row["speaker_id"]) != state["speaker"])
        ):
            wrong += 1
    return {
        "judgements written (acknowledged writes)": sum(len(a.writes) for a in annotators),
        "(quote, annotator) pairs expected": len(expected),
        "rows stored": len(stored),
        "lost": lost,
        "duplicated": duplicated,
        "stored with other values than the last write": wrong,
        "stored without an acknowledged write": len(set(stored) - set(expected)),
    }


def check_detection(project_slug: str) -> dict[str, Any]:
    from django.db.models import Count

    from annotations.models import Article, Speaker

    articles = Article.objects.filter(project__slug=project_slug)
    states = dict(articles.values_list("detection_state").annotate(n=Count("id")).order_by())
    duplicate_speakers = (
        Speaker.objects.values("name_key").annotate(n=Count("id")).filter(n__gt=1).count()
    )
    return {"states": states, "speaker names created twice": duplicate_speakers}


# Main -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="load time (at least)")
    parser.add_argument("--annotators", type=int, default=20)
    parser.add_argument("--articles", type=int, default=40, help="articles to annotate")
    parser.add_argument("--web-workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--import-articles", type=int, default=0)
    parser.add_argument("--db-workers", type=int, default=2)
    parser.add_argument(
        "--max-seconds", type=float, default=900.0, help="cap when waiting for detection"
    )
    parser.add_argument(
        "--think", type=float, default=0.0, help="mean pause between actions (0: none)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep-db", action="store_true", help="do not drop bench_load")
    args = parser.parse_args(argv)

    recreate_database()
    os.environ.update(
        DATABASE_URL=PG_URL.format(name=DB_NAME),
        DJANGO_SETTINGS_MODULE="workbench.settings",
        QUOTES_TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        DJANGO_LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.db import connections

    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env = server_env(str(work / "static"))
    processes: list[subprocess.Popen] = []
    host, port = "127.0.0.1", free_port()
    ok = False
    try:
        started = time.perf_counter()
        usernames = load_data(args.articles, args.annotators)
        print(f"set-up: {time.perf_counter() - started:.0f} s", flush=True)
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=REPO,
            env=env,
            check=True,
        )
        web_log = work / "gunicorn.log"
        gunicorn = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=REPO,
            env={**env, "BIND": f"{host}:{port}", "WEB_CONCURRENCY": str(args.web_workers)},
            stdout=web_log.open("w"),
            stderr=subprocess.STDOUT,
        )
        processes.append(gunicorn)
        wait_until_serving(host, port, gunicorn, web_log)

        importer = None
        if args.import_articles:
            for n in range(args.db_workers):
                log = (work / f"db_worker-{n}.log").open("w")
                command = ["manage.py", "db_worker", "--no-reload", "--interval", "0.5"]
                worker = subprocess.Popen(
                    [PYTHON, *command], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
                )
                processes.append(worker)
            importer = threading.Thread(target=import_in_background, args=(args.import_articles,))

        rng = random.Random(args.seed)
        annotators = [
            Annotator(name, host, port, rng=random.Random(rng.random()), think=args.think)
            for name in usernames
        ]
        for annotator in annotators:
            annotator.sign_in()
        print(f"{len(annotators)} annotators signed in; load starts", flush=True)

        load_started = time.monotonic()
        # With an import the load lasts until it is detected, within --max-seconds.
        limit = args.max_seconds if args.import_articles else args.seconds
        for annotator in annotators:
            annotator.deadline = load_started + limit
        if importer:
            importer.start()
        threads = [threading.Thread(target=annotator.work) for annotator in annotators]
        for thread in threads:
            thread.start()
        detected_after = None
        if importer:
            importer.join()
            detected_after = wait_for_detection(load_started, args.max_seconds)
            end = max(load_started + args.seconds, time.monotonic())
            for annotator in annotators:
                annotator.deadline = end
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - load_started
        for process in processes:
            stop(process, grace=30)
        report(annotators, elapsed, args, detected_after)
        judgements = check_judgements(annotators)
        print("\nJudgements")
        for label, value in judgements.items():
            print(f"  {label:<46}{value}")
        ok = judgements["lost"] == judgements["duplicated"] == 0
        ok = ok and judgements["stored with other values than the last write"] == 0
        ok = ok and judgements["stored without an acknowledged write"] == 0
        ok = ok and not sum((a.errors for a in annotators), Counter())
        if args.import_articles:
            detection = check_detection("bench-import")
            print(f"\nBackground detection of the import: {detection}")
            ok = ok and detection["states"] == {"done": args.import_articles}
            ok = ok and detection["speaker names created twice"] == 0
        print("\nRESULT:", "OK" if ok else f"FAILED (server and worker logs in {work})")
        return 0 if ok else 1
    finally:
        for process in processes:
            stop(process, grace=5)
        connections.close_all()
        if not args.keep_db:
            recreate_database(drop_only=True)
        if ok:
            shutil.rmtree(work)


def import_in_background(count: int) -> None:
    """Import ``count`` articles into a second project; the db_workers detect them."""
    from django.db import connection

    from annotations import importing
    from annotations.models import Project

    project = Project.objects.create(name="Import", slug="bench-import", stance_target="any")
    project.add_default_stance_labels()
    result = importing.import_bytes(
        project, "import.jsonl", jsonl(variant_records("Imported article", count))
    )
    assert result.ok, result.error
    connection.close()


def wait_for_detection(started: float, cap: float) -> float | None:
    """Seconds from ``started`` until no imported article waits for detection, or None."""
    from django.db import connection

    from annotations.models import Article, DetectionState

    pending = Article.objects.filter(project__slug="bench-import").exclude(
        detection_state__in=[DetectionState.DONE, DetectionState.FAILED]
    )
    try:
        while time.monotonic() - started < cap:
            if not pending.exists():
                return time.monotonic() - started
            time.sleep(1)
        return None
    finally:
        connection.close()


def report(
    annotators: list[Annotator], elapsed: float, args: argparse.Namespace, detected: float | None
) -> None:
    latencies: dict[str, list[float]] = defaultdict(list)
    for annotator in annotators:
        for kind, values in annotator.latencies.items():
            latencies[kind].extend(values)
    timed = [
        value
        for kind, values in latencies.items()
        if kind not in ("login page", "sign in")
        for value in values
    ]
    errors = sum((annotator.errors for annotator in annotators), Counter())
    print(
        f"\n{len(annotators)} annotators (mean pause {args.think:g} s), gunicorn with "
        f"{args.web_workers} workers, {elapsed:.0f} s of load"
        + (
            f", {args.db_workers} db_workers detecting {args.import_articles} imported articles"
            if args.import_articles
            else ""
        )
    )
    p50, p95, p99 = (1000 * percentile(timed, share) for share in (0.5, 0.95, 0.99))
    print(
        f"requests: {len(timed)}  ({len(timed) / elapsed:.1f}/s)   p50 {p50:.0f} ms   "
        f"p95 {p95:.0f} ms   p99 {p99:.0f} ms   max {1000 * max(timed, default=0):.0f} ms"
    )
    print(f"errors: {sum(errors.values())}" + (f"  {dict(errors)}" if errors else ""))
    for kind, values in sorted(latencies.items()):
        print(
            f"  {kind:<16}{len(values):7d}   p50 {1000 * percentile(values, 0.5):6.0f} ms"
            f"   p95 {1000 * percentile(values, 0.95):6.0f} ms"
        )
    if args.import_articles:
        if detected is None:
            print(f"the import was NOT all detected within {args.max_seconds:.0f} s")
        else:
            print(
                f"the {args.import_articles} imported articles were detected {detected:.0f} s "
                f"after the load began ({args.import_articles / detected:.1f} articles/s, "
                "import included)"
            )


if __name__ == "__main__":
    sys.exit(main())

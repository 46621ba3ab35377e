"""No input gives a 5xx: ids beyond the database's range, NUL characters, and generated hostile
values sent to every URL and form field of the workbench, the review pages and the importer,
as an annotator, a reviewer and an anonymous visitor.

The property-based tests (Hypothesis) also check that a refusal (a 4xx, or an import that
refuses every file) writes nothing. Run with ``-s`` to see each endpoint's outcomes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django_tasks_db.models import DBTaskResult
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations import importing, roles
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    Project,
    Quote,
    Speaker,
    SpeakerAlias,
)
from tests.factories import (
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)
from workbench.converters import MAX_ID
from workbench.middleware import beyond_range

pytestmark = pytest.mark.django_db

TOO_BIG = str(MAX_ID + 1)
WRITTEN = (Article, Quote, Annotation, Speaker, SpeakerAlias, Assignment, AuditEvent, Project)


@dataclass
class World:
    project: Project
    article: Article
    quote: Quote
    clients: dict[str, Client]


def member(role: str, **fields: Any) -> User:
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def world() -> World:
    project = ProjectFactory(slug="council")
    article = ArticleFactory(project=project)
    quote = QuoteFactory(article=article)
    annotator = member(roles.ANNOTATOR, username="ann")
    AssignmentFactory(article=article, annotator=annotator)
    SpeakerFactory(name="Maria Lopez")
    clients: dict[str, Client] = {}
    for role, user in (
        ("annotator", annotator),
        ("reviewer", member(roles.REVIEWER, username="rev", is_staff=True)),
        ("anonymous", None),
    ):
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user)
        clients[role] = client
    return World(project, article, quote, clients)


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row the workbench writes (the fixtures' few), to compare before and after."""
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in WRITTEN}
    rows["DBTaskResult"] = list(DBTaskResult.objects.order_by("pk").values("pk"))
    return rows


# Known cases from the probe of the running app ------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/articles/{big}/"),
        ("get", "/articles/{article}/quotes/{big}/"),
        ("post", "/articles/{article}/quotes/{big}/judge/"),
        ("post", "/articles/{article}/quotes/{big}/speaker/"),
        ("post", "/articles/{big}/undo/"),
        ("post", "/articles/{big}/quotes/add/"),
        ("post", "/articles/{big}/done/"),
        ("post", "/articles/{big}/reopen/"),
    ],
)
@pytest.mark.parametrize("htmx", [False, True])
def test_an_id_beyond_the_database_range_is_a_404(
    world: World, method: str, path: str, htmx: bool
) -> None:
    url = path.format(big=TOO_BIG, article=world.article.pk)
    headers = {"HX-Request": "true"} if htmx else {}
    response = getattr(world.clients["annotator"], method)(url, headers=headers)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("role", "url"),
    [
        ("annotator", "/speakers/?q=Lo%00pez"),
        ("annotator", "/speakers/?q=Lopez&q=a%00"),
        ("annotator", "/articles/{article}/?quote=1%00"),
        ("reviewer", "/admin/annotations/article/?source=Example%00"),
        ("reviewer", "/admin/annotations/article/?q=%00"),
        ("reviewer", "/admin/annotations/quote/?article={big}"),
        ("reviewer", "/admin/annotations/article/?project__id__exact={big}"),
        ("reviewer", "/admin/annotations/article/?project__id__exact=" + "9" * 5000),
        ("reviewer", "/review/projects/council%00/progress/"),
    ],
)
def test_a_nul_or_an_out_of_range_number_in_a_query_is_a_400_naming_it(
    world: World, role: str, url: str
) -> None:
    response = world.clients[role].get(url.format(big=TOO_BIG, article=world.article.pk))
    assert response.status_code == 400
    assert "NUL character" in response.content.decode() or "beyond" in response.content.decode()


def test_a_nul_in_a_form_field_is_a_400_and_writes_nothing(world: World) -> None:
    before = snapshot()
    url = f"/articles/{world.article.pk}/quotes/{world.quote.pk}/speaker/"
    response = world.clients["annotator"].post(
        url, {"version": "0", "name": "Evil\x00Name", "kind": "person"}, headers={"HX-Request": "1"}
    )
    assert response.status_code == 400
    assert "form field “name” contains a NUL character" in response.content.decode()
    assert snapshot() == before


def test_a_wrong_quote_id_under_your_own_article_is_a_404(world: World) -> None:
    other = QuoteFactory(article=ArticleFactory(project=world.project))
    client = world.clients["annotator"]
    assert client.get(f"/articles/{world.article.pk}/quotes/{world.quote.pk}/").status_code == 200
    assert client.get(f"/articles/{world.article.pk}/quotes/{other.pk}/").status_code == 404
    assert client.get(f"/articles/{world.article.pk}/quotes/{other.pk + 99}/").status_code == 404


# Generated hostile input ----------------------------------------------------------------------

# Values a careless or malicious client sends; text from Hypothesis on top (no lone surrogates:
# they cannot be encoded in a request at all).
HOSTILE_WORDS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    TOO_BIG,
    str(-MAX_ID - 2),
    "9" * 40,
    "9" * 5000,  # more digits than int() converts
    "-1",
    "0",
    "1e309",
    "NaN",
    "<script>alert(1)</script>",
    "' OR '1'='1",
    "../../etc/passwd",
    "🙂" * 30,
    "\u202ereversed",
    "x" * 6000,
    '{"a": [[[[',
    '=HYPERLINK("http://evil.example","x")',
    "\r\n\r\n",
    "null",
    "accept",
    "favor",
]
hostile_text = st.sampled_from(HOSTILE_WORDS) | st.text(
    st.characters(exclude_categories=["Cs"]), max_size=30
)
hostile_id = st.sampled_from([TOO_BIG, str(2**64), "0", "1", str(MAX_ID)]) | st.integers(
    0, 2**70
).map(str)

ROLES = ["annotator", "reviewer", "anonymous"]


def mostly_none(hostile: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    """None (the fixture's real value) three times in four, so that requests get past the
    first check often enough to reach the deeper code."""
    return st.integers(0, 3).flatmap(lambda n: hostile if n == 0 else st.none())


# (method, path with {article}/{quote}/{slug} slots, form or query fields)
WORKBENCH = [
    ("get", "/", []),
    ("post", "/next/", []),
    ("get", "/articles/{article}/", ["quote"]),
    ("get", "/articles/{article}/quotes/{quote}/", []),
    (
        "post",
        "/articles/{article}/quotes/{quote}/judge/",
        [
            "version",
            "decision",
            "stance",
            "speaker",
            "note",
            "start",
            "end",
            "speaker_start",
            "speaker_end",
        ],
    ),
    (
        "post",
        "/articles/{article}/quotes/{quote}/speaker/",
        ["version", "name", "kind", "description"],
    ),
    ("post", "/articles/{article}/quotes/{quote}/flag/", ["reason"]),
    ("post", "/articles/{article}/quotes/add/", ["start", "end", "kind"]),
    ("post", "/articles/{article}/undo/", []),
    ("post", "/articles/{article}/done/", []),
    ("post", "/articles/{article}/reopen/", []),
    ("get", "/speakers/", ["q"]),
    ("get", "/projects/{slug}/guidelines/", []),
    ("post", "/accounts/login/", ["username", "password", "next"]),
]
REVIEW = [
    ("get", "/review/", []),
    ("get", "/review/projects/{slug}/agreement/", []),
    ("get", "/review/projects/{slug}/progress/", []),
    ("get", "/admin/annotations/project/review/", []),
    ("get", "/admin/annotations/project/{slug}/agreement/", []),
    ("get", "/admin/annotations/project/{slug}/progress/", []),
    ("get", "/admin/annotations/article/{article}/curate/", []),
    ("post", "/admin/annotations/article/{article}/curate/unanimous/", []),
    (
        "post",
        "/admin/annotations/article/{article}/curate/{quote}/",
        ["decision", "span", "speaker", "stance", "next"],
    ),
    ("post", "/admin/annotations/quote/{quote}/adopt/{article}/", []),
    ("get", "/admin/annotations/article/{article}/change/", []),
    ("get", "/admin/annotations/quote/{quote}/change/", []),
    ("get", "/review/projects/{slug}/detection/", []),
    ("post", "/review/projects/{slug}/detection/retry/", []),
    (
        "get",
        "/admin/annotations/article/",
        ["q", "source", "detection_state", "project__id__exact"],
    ),
    ("get", "/admin/annotations/quote/", ["q", "article", "status", "o", "p"]),
    ("get", "/admin/annotations/speaker/", ["q"]),
]

OUTCOMES: dict[str, Counter[str]] = defaultdict(Counter)


@pytest.fixture(scope="module", autouse=True)
def outcomes_report() -> Iterator[None]:
    yield
    if OUTCOMES:
        print("\nfuzz outcomes per endpoint (status: cases)")
        for endpoint, counts in sorted(OUTCOMES.items()):
            print(f"  {endpoint}: " + ", ".join(f"{s}: {n}" for s, n in sorted(counts.items())))


Endpoint = tuple[str, str, list[str]]


@st.composite
def requests(draw: st.DrawFn, endpoint: Endpoint) -> dict[str, Any]:
    method, path, fields = endpoint
    chosen = draw(st.lists(st.sampled_from(fields), unique=True)) if fields else []
    return {
        "role": draw(st.sampled_from(ROLES)),
        "method": method,
        "path": path,
        "ids": {
            "article": draw(mostly_none(hostile_id)),
            "quote": draw(mostly_none(hostile_id)),
            "slug": draw(mostly_none(hostile_text)),
        },
        "data": {name: draw(hostile_text) for name in chosen},
        "htmx": draw(st.booleans()),
    }


def send(world: World, case: dict[str, Any]) -> int:
    ids = case["ids"]
    url = case["path"].format(
        article=ids["article"] or world.article.pk,
        quote=ids["quote"] or world.quote.pk,
        slug=ids["slug"] if ids["slug"] is not None else world.project.slug,
    )
    headers = {"HX-Request": "true"} if case["htmx"] else {}
    client = world.clients[case["role"]]
    response = getattr(client, case["method"])(url, case["data"], headers=headers)
    return response.status_code


def fuzz_settings(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,  # the same cases on every run and both databases
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.mark.parametrize(
    "endpoint", WORKBENCH + REVIEW, ids=[f"{m.upper()} {p}" for m, p, _ in WORKBENCH + REVIEW]
)
@fuzz_settings(12)
@given(data=st.data())
def test_no_input_gives_a_5xx_and_a_refusal_writes_nothing(
    world: World, endpoint: Endpoint, data: st.DataObject
) -> None:
    case = data.draw(requests(endpoint))
    with transaction.atomic():
        before = snapshot()
        status = send(world, case)
        OUTCOMES[f"{case['method'].upper()} {case['path']}"][str(status)] += 1
        assert status < 500, case
        if status >= 400:
            assert snapshot() == before, case
        transaction.set_rollback(True)


# The importer: hostile names and contents, through the admin's upload -------------------------

HOSTILE_FILES: list[tuple[str, bytes]] = [
    ("empty.txt", b""),
    ("empty.jsonl", b""),
    ("header.csv", b"title,text\r\n"),
    ("nul.jsonl", b'{"title": "A\\u0000B", "text": "Body"}\n'),
    ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n"),
    ("wide.jsonl", json.dumps({f"k{n}": n for n in range(20_000)}).encode() + b"\n"),
    ("latin1.txt", "Caf\xe9".encode("latin-1")),
    ("bom.txt", b"\xef\xbb\xbf"),
    ("script.txt", b"<script>alert(1)</script>\n\nBody text here."),
    ("ok.jsonl", b'{"title": "Fine", "text": "A fine article."}\n'),
    ("bad.csv", b'title,text\r\n"unterminated,x\r\n'),
    ("numbers.jsonl", b'{"title": 1, "text": 2}\n'),
    ("list.jsonl", b"[1, 2, 3]\n"),
    ("huge-id.jsonl", b'{"title": "T", "text": "Body", "id": 1e999}\n'),
    ("a.exe", b"MZ"),
    ("../../escape.txt", b"Title\n\nBody."),
    ("nul\x00name.txt", b"Title\n\nBody."),
    ("x" * 300 + ".txt", b"Title\n\nBody."),
]


NEW_ARTICLES = re.compile(r"(\d+) new, \d+ unchanged articles?")


@st.composite
def uploads(draw: st.DrawFn) -> dict[str, Any]:
    files = draw(st.lists(st.sampled_from(HOSTILE_FILES), min_size=1, max_size=3))
    return {
        "role": draw(st.sampled_from(ROLES)),
        "project": draw(mostly_none(hostile_id | hostile_text)),
        "detect": draw(st.sampled_from(["", "on", "on", "on", "\x00", TOO_BIG])),
        "files": files,
    }


@fuzz_settings(50)
@given(case=uploads())
def test_no_upload_gives_a_5xx_and_a_refused_file_writes_nothing(
    world: World, case: dict[str, Any]
) -> None:
    with transaction.atomic():
        articles = Article.objects.count()
        data = {
            "project": case["project"] if case["project"] is not None else world.project.pk,
            "detect": case["detect"],
            "files": [SimpleUploadedFile(name, content) for name, content in case["files"]],
        }
        client = world.clients[case["role"]]
        client.cookies.pop("messages", None)  # only this upload's messages, not the last one's
        response = client.post("/admin/annotations/article/import/", data)
        OUTCOMES["POST /admin/annotations/article/import/"][str(response.status_code)] += 1
        assert response.status_code < 500, case
        reported = list(getattr(response.wsgi_request, "_messages", []))
        new = sum(
            int(found.group(1))
            for message in reported
            if (found := NEW_ARTICLES.search(str(message)))
        )
        assert Article.objects.count() == articles + new, [str(m) for m in reported]
        transaction.set_rollback(True)


# The importer itself, on generated bytes ------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=8,
)
# Mostly plausible values, so that some files import and the checks after the first one run.
plausible = st.integers(0, 3).flatmap(
    lambda n: (
        hostile_text
        if n == 0
        else st.sampled_from(["Council vote", "“We will,” she said 🙂.", "한국어 기사입니다."])
    )
)
records = st.fixed_dictionaries(
    {"title": plausible | json_values, "text": plausible},
    optional={name: json_values for name in ("id", "source", "url", "published", "extra")},
)
jsonl_files = st.lists(records, max_size=4).map(
    lambda rows: "\n".join(json.dumps(row) for row in rows).encode()
)


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([["title", "text", "source"], *rows])
    return out.getvalue().encode("utf-8", "surrogatepass")


csv_files = st.lists(st.lists(plausible, min_size=3, max_size=3), max_size=3).map(csv_bytes)


@fuzz_settings(100)
@given(
    extension=st.sampled_from([".txt", ".jsonl", ".csv"]),
    data=st.binary(max_size=300) | jsonl_files | csv_files | hostile_text.map(str.encode),
)
def test_the_importer_answers_every_file_with_a_result_never_an_exception(
    world: World, extension: str, data: bytes
) -> None:
    with transaction.atomic():
        before = Article.objects.count()
        result = importing.import_bytes(world.project, f"fuzz{extension}", data, detect=False)
        outcome = "imported" if result.ok else "refused"
        OUTCOMES[f"import_bytes {extension}"][outcome] += 1
        if result.ok:
            assert result.new + result.unchanged >= 1
            assert Article.objects.count() == before + result.new
        else:
            assert result.error is not None and result.error.startswith(f"fuzz{extension}")
            assert Article.objects.count() == before
        transaction.set_rollback(True)


@pytest.mark.parametrize(
    ("number", "beyond"),
    [
        (str(MAX_ID), False),
        (str(MAX_ID + 1), True),
        (f"-{MAX_ID}", False),
        (f"-{MAX_ID + 2}", True),
        ("0" * 30 + "7", False),
        ("9" * 5000, True),
        ("+0", False),
    ],
)
def test_the_range_check_takes_any_number_of_digits(number: str, beyond: bool) -> None:
    assert beyond_range(number) is beyond

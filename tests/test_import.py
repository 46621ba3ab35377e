from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations import importing
from annotations.detection.boilerplate import main_content_range
from annotations.models import Article, DetectionState, Project
from annotations.seeds import SEEDS_DIR as SEEDS
from tests.factories import ArticleFactory, ProjectFactory

pytestmark = pytest.mark.django_db

TEXT = "Council vote\r\n\r\n“We will not accept this,” said Maria Lopez 🙂.\r\nShe left.\n"


@pytest.fixture
def project() -> Project:
    return ProjectFactory(slug="council")


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_articles", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def refused(*args: str) -> str:
    """Run the command expecting a failure; its summary (stdout) and error together."""
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_articles", *args, stdout=out, stderr=io.StringIO())
    return f"{out.getvalue()}\n{failure.value}"


def write_jsonl(path: Path, records: list[object]) -> Path:
    lines = (json.dumps(record, ensure_ascii=False) for record in records)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(n: int, **fields: object) -> dict[str, object]:
    return {"title": f"Title {n}", "text": f"Text number {n}.", **fields}


# Formats ------------------------------------------------------------------------------------


def test_txt_text_is_stored_byte_for_byte(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "vote.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    run(str(path), "--no-detect")
    article = Article.objects.get()
    assert article.text == TEXT
    assert article.text.encode("utf-8") == path.read_bytes()
    assert article.title == "Council vote"
    assert article.external_id == "vote"
    assert article.sha256 == Article.hash_text(TEXT)


def test_txt_title_skips_the_boilerplate_before_the_main_content(
    project: Project, tmp_path: Path
) -> None:
    text = (
        "Home » World » Council vote\n\n"
        "Council vote rejected\n\n"
        "“We will not accept this,” said Maria Lopez, the chair of the council, on Monday.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run(str(tmp_path / "a.txt"), "--no-detect")
    assert Article.objects.get().title == "Council vote rejected"


def test_main_content_range_is_recorded(project: Project, seed_texts: dict[str, str]) -> None:
    run(str(SEEDS), "--no-detect")
    for article in Article.objects.all():
        assert (article.content_start, article.content_end) == main_content_range(article.text)
    # The seeds have boilerplate: at least one range is narrower than the text.
    assert any(
        (article.content_start, article.content_end) != (0, len(article.text))
        for article in Article.objects.all()
    )


def test_folders_are_walked_recursively_in_order(project: Project, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second\nbody 2", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\nbody 1", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\nbody", encoding="utf-8")
    output = run(str(tmp_path), "--no-detect")
    assert list(Article.objects.order_by("id").values_list("title", flat=True)) == [
        "First",
        "Second",
    ]
    assert output.index("a.txt") < output.index("2.txt")


def test_jsonl_fields(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            record(
                1,
                id=17,
                source="AFP",
                url="https://example.org/a",
                published="2024-03-28",
                text="“Line one,”\u2028 she said 🙂.",
            ),
            {"title": "Two", "text": "Plain.", "published": "2024-03-29T10:00:00+00:00"},
        ],
    )
    run(str(path), "--no-detect")
    first, second = Article.objects.order_by("id")
    assert (first.external_id, first.source, first.url) == ("17", "AFP", "https://example.org/a")
    assert first.published == date(2024, 3, 28)
    assert first.text == "“Line one,”\u2028 she said 🙂."
    assert second.published == date(2024, 3, 29)
    assert second.external_id == ""


def test_csv_with_commas_quotes_and_newlines(project: Project, tmp_path: Path) -> None:
    text = 'He said, "yes",\r\nthen “no” 🙂.'
    path = tmp_path / "a.csv"
    content = (
        'title,text,id,published\r\nVote,"He said, ""yes"",\r\nthen “no” 🙂.",x1,2024-01-02\r\n'
    )
    path.write_bytes(("\ufeff" + content).encode("utf-8"))
    run(str(path), "--no-detect")
    article = Article.objects.get()
    assert article.text == text
    assert (article.title, article.external_id, article.published) == (
        "Vote",
        "x1",
        date(2024, 1, 2),
    )


def test_csv_fields_longer_than_the_csv_modules_default_limit(
    project: Project, tmp_path: Path
) -> None:
    text = "word " * 40_000
    path = tmp_path / "long.csv"
    path.write_text(f"title,text\nLong,{text}\n", encoding="utf-8")
    run(str(path), "--no-detect")
    assert Article.objects.get().text == text


# Idempotence and transactions ---------------------------------------------------------------


def test_the_seeds_import_then_stay_unchanged(project: Project) -> None:
    first = run(str(SEEDS), "--no-detect")
    assert "5 new, 0 unchanged" in first
    second = run(str(SEEDS), "--no-detect")
    assert "0 new, 5 unchanged" in second
    assert Article.objects.count() == 5


def test_reimport_changes_nothing(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [record(1), record(2)])
    run(str(path), "--no-detect")
    before = list(Article.objects.values())
    write_jsonl(path, [record(1, title="Renamed"), record(2), record(3)])
    output = run(str(path), "--no-detect")
    assert "1 new, 2 unchanged" in output
    assert list(Article.objects.filter(pk__in=[row["id"] for row in before]).values()) == before


def test_same_text_in_another_project_is_new(project: Project, tmp_path: Path) -> None:
    other = ArticleFactory(text="Text number 1.")
    path = write_jsonl(tmp_path / "a.jsonl", [record(1)])
    assert "1 new" in run(str(path), "--project", "council", "--no-detect")
    assert Article.objects.filter(sha256=other.sha256).count() == 2


def test_duplicates_inside_one_file_are_imported_once(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [record(1), record(1, title="Again")])
    assert "1 new, 1 unchanged" in run(str(path), "--no-detect")


def test_a_file_with_a_bad_line_3_imports_nothing(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One record per batch, so lines 1 and 2 are written before line 3 fails.
    monkeypatch.setattr(importing, "BATCH_SIZE", 1)
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(record(1)), json.dumps(record(2)), '{"title": "x", "text": }']
    path.write_text("\n".join(lines), encoding="utf-8")
    message = refused(str(path), "--no-detect")
    assert f"{path}, line 3: malformed JSON" in message
    assert Article.objects.count() == 0


def test_good_files_are_imported_beside_a_failing_one(project: Project, tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [record(1), record(2)])
    bad = write_jsonl(tmp_path / "bad.jsonl", [record(3), {"title": "No text"}])
    message = refused(str(good), str(bad), "--no-detect")
    assert f"{good}: 2 new, 0 unchanged" in message
    assert f"{bad}, line 2: missing field(s): text" in message
    assert "1 of 2 files failed" in message
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Title 1", "Title 2"]


def test_big_files_are_written_in_batches(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "big.jsonl", [record(n) for n in range(1_200)])
    with CaptureQueriesContext(connection) as queries:
        run(str(path), "--no-detect")
    inserts = [q for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert Article.objects.count() == 1_200
    assert len(inserts) <= 1_200 // 50


# Refusals: each names the file and, where one is to blame, the line -----------------------


def test_not_utf8_names_the_line_and_byte_offset(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    content = '{"title": "a", "text": "b"}\n{"title": "caf\u00e9", "text": "b"}\n'
    path.write_bytes(content.encode("latin-1"))
    offset = content.encode("latin-1").index(b"\xe9")
    message = refused(str(path), "--no-detect")
    assert f"{path}, line 2: not UTF-8: byte 0xe9 at byte offset {offset}" in message
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "line", "problem"),
    [
        ("empty.txt", " \n\n", 1, "the text is empty"),
        ("empty.jsonl", '{"title": "a", "text": "ok"}\n{"title": "b", "text": "  "}', 2, "empty"),
        ("empty.csv", 'title,text\na,ok\nb,""\n', 3, "the text is empty"),
        ("cols.csv", "name,body\na,b\n", 1, "missing column(s): title, text"),
        ("cols.jsonl", '{"title": "a", "body": "b"}', 1, "missing field(s): text"),
        ("json.jsonl", '{"title": "a", "text": "b"}\n\n{"title": "a" "text": "b"}', 3, "malformed"),
        ("list.jsonl", '["title", "text"]', 1, "expected a JSON object, found list"),
        ("date.jsonl", '{"title": "a", "text": "b", "published": "28/03/2024"}', 1, "ISO date"),
        ("date.csv", "title,text,published\na,b,2024-13-01\n", 2, "not an ISO date"),
        ("url.jsonl", '{"title": "a", "text": "b", "url": "not a url"}', 1, "not a valid URL"),
        ("nul.jsonl", '{"title": "a", "text": "b\\u0000c"}', 1, "NUL character"),
        ("notitle.jsonl", '{"title": " ", "text": "b"}', 1, "the title is empty"),
        ("type.jsonl", '{"title": "a", "text": 5}', 1, "“text” must be a string"),
        ("ragged.csv", "title,text\na,b,c\n", 2, "expected 2 columns, found 3"),
        ("quote.csv", 'title,text\na,"unclosed\n', 2, "malformed CSV"),
        ("header.csv", "", 1, "the file is empty"),
    ],
)
def test_bad_input_is_refused_with_file_and_line(
    project: Project, tmp_path: Path, name: str, content: str, line: int, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    message = refused(str(path), "--no-detect")
    assert f"{path}, line {line}: " in message
    assert problem in message
    assert Article.objects.count() == 0


def test_a_file_over_the_size_limit_is_refused_unread(
    project: Project, tmp_path: Path, settings: object
) -> None:
    settings.QUOTES_IMPORT_MAX_BYTES = 100
    path = write_jsonl(tmp_path / "big.jsonl", [record(n) for n in range(10)])
    message = refused(str(path), "--no-detect")
    assert f"{path}: the file has {path.stat().st_size:,} bytes, over the import limit" in message
    assert Article.objects.count() == 0


def test_unknown_extension_and_missing_path(project: Project, tmp_path: Path) -> None:
    doc = tmp_path / "article.docx"
    doc.write_bytes(b"PK")
    message = refused(str(doc), str(tmp_path / "missing.txt"), "--no-detect")
    assert f"{doc}: unknown extension “.docx”" in message
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in message


# Projects ---------------------------------------------------------------------------------


def test_project_defaults_to_the_only_one(tmp_path: Path) -> None:
    ProjectFactory(slug="only")
    run(str(write_jsonl(tmp_path / "a.jsonl", [record(1)])), "--no-detect")
    assert Article.objects.get().project.slug == "only"


def test_several_projects_need_a_choice(tmp_path: Path) -> None:
    ProjectFactory(slug="alpha")
    ProjectFactory(slug="beta")
    path = str(write_jsonl(tmp_path / "a.jsonl", [record(1)]))
    with pytest.raises(CommandError, match="choose one with --project: alpha, beta"):
        run(path, "--no-detect")
    with pytest.raises(
        CommandError, match=re.escape("no project “gamma”. Choose one of: alpha, beta")
    ):
        run(path, "--project", "gamma", "--no-detect")
    run(path, "--project", "beta", "--no-detect")
    assert Article.objects.get().project.slug == "beta"


# Detection and progress -------------------------------------------------------------------


def test_new_articles_are_sent_to_detection_after_commit(
    project: Project,
    tmp_path: Path,
    scheduled: list[list[int]],
    django_capture_on_commit_callbacks: object,
) -> None:
    ArticleFactory(project=project, text="Text number 1.", detection_state=DetectionState.DONE)
    path = write_jsonl(tmp_path / "a.jsonl", [record(1), record(2), record(3)])
    with django_capture_on_commit_callbacks(execute=True):
        run(str(path))
        # Not called inside the transaction: only once it commits.
        assert scheduled == []
    new_ids = list(Article.objects.exclude(text="Text number 1.").values_list("id", flat=True))
    assert [sorted(ids) for ids in scheduled] == [sorted(new_ids)]


@pytest.mark.parametrize("state", [DetectionState.NOT_STARTED, DetectionState.FAILED])
def test_reimporting_an_undetected_article_sends_it_to_detection(
    project: Project,
    tmp_path: Path,
    scheduled: list[list[int]],
    django_capture_on_commit_callbacks: object,
    state: str,
) -> None:
    undetected = ArticleFactory(project=project, text="Text number 1.", detection_state=state)
    ArticleFactory(project=project, text="Text number 2.", detection_state=DetectionState.DONE)
    path = write_jsonl(tmp_path / "a.jsonl", [record(1), record(2)])
    with django_capture_on_commit_callbacks(execute=True):
        output = run(str(path))
    assert scheduled == [[undetected.pk]]
    assert "0 new, 2 unchanged (1 undetected article sent to detection)" in output
    assert "1 of 1 file imported: 0 new, 2 unchanged articles." in output


def test_no_detect_and_failed_files_schedule_nothing(
    project: Project,
    tmp_path: Path,
    scheduled: list[list[int]],
    django_capture_on_commit_callbacks: object,
) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [record(1)])
    bad = write_jsonl(tmp_path / "bad.jsonl", [record(2), {"title": "x"}])
    with django_capture_on_commit_callbacks(execute=True):
        run(str(good), "--no-detect")
        refused(str(bad))
    assert scheduled == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_only(project: Project, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [record(n) for n in range(20)])
    terminal, pipe = Terminal(), io.StringIO()
    importing.import_paths(project, [path], detect=False, progress_stream=terminal)
    assert "\rImporting [" in terminal.getvalue()
    assert "100%" in terminal.getvalue()
    assert terminal.getvalue().endswith("\n")
    Article.objects.all().delete()
    importing.import_paths(project, [path], detect=False, progress_stream=pipe)
    assert pipe.getvalue() == ""
    assert Article.objects.count() == 20


def test_import_runs_the_real_detection_inline(
    project: Project, django_capture_on_commit_callbacks: object
) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[2]
    with django_capture_on_commit_callbacks(execute=True):
        run(str(seed))
    article = Article.objects.get()
    assert article.detection_state == "done"
    assert article.quotes.exists()
    for quote in article.quotes.all():
        assert article.content_start <= quote.start < quote.end <= article.content_end

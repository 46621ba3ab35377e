"""The importer refuses pathological records by file and line and goes on with the next files;
empty files, NUL characters and broken links are reported by name."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from annotations import importing
from annotations.models import Article, Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

GOOD = b'{"title": "Fine", "text": "A fine article."}\n'
DEEP = b'{"title": "Deep", "text": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"


@pytest.fixture
def project() -> Project:
    return ProjectFactory(slug="council")


def import_one(project: Project, name: str, data: bytes) -> importing.FileResult:
    return importing.import_bytes(project, name, data, detect=False)


def test_json_nested_too_deep_is_refused_by_line(project: Project) -> None:
    result = import_one(project, "deep.jsonl", GOOD + DEEP)
    assert result.error == (
        "deep.jsonl, line 2: the JSON is nested too deeply: a record is one flat object"
    )
    assert not Article.objects.exists()  # the good first line went with its file


def test_a_record_with_too_many_fields_is_refused_by_line(project: Project) -> None:
    wide = {"title": "Wide", "text": "x", **{f"k{n}": n for n in range(200)}}
    result = import_one(project, "wide.jsonl", GOOD + json.dumps(wide).encode())
    assert result.error == "wide.jsonl, line 2: the record has 202 fields; at most 100"


def test_a_csv_header_with_too_many_columns_is_refused(project: Project) -> None:
    header = ",".join(["title", "text", *(f"c{n}" for n in range(150))])
    result = import_one(project, "wide.csv", header.encode() + b"\r\n")
    assert result.error == "wide.csv, line 1: the header has 152 columns; at most 100"


def test_a_line_too_long_is_refused_by_line(project: Project, settings) -> None:
    settings.QUOTES_ARTICLE_MAX_CHARS = 1000
    line = json.dumps({"title": "Long", "text": "é" * 900, "pad": "p" * 1200}).encode()
    result = import_one(project, "long.jsonl", GOOD + line)
    assert result.error is not None
    # JSON writes é as \u00e9 unless told otherwise: 6 characters each.
    assert result.error.startswith("long.jsonl, line 2: the line has 6,640 characters")
    assert "over the limit of 2,000 (2 × QUOTES_ARTICLE_MAX_CHARS)" in result.error


def test_a_text_over_the_article_limit_is_refused_in_every_format(
    project: Project, settings
) -> None:
    settings.QUOTES_ARTICLE_MAX_CHARS = 100
    text = "Title\n\n" + "word " * 28
    for name, data in [
        ("long.txt", text.encode()),
        ("long.jsonl", json.dumps({"title": "T", "text": text}).encode()),
        ("long.csv", b'title,text\r\nT,"' + text.encode() + b'"\r\n'),
    ]:
        result = import_one(project, name, data)
        assert result.error is not None
        assert "the text has 147 characters, over the limit of 100 per article" in result.error


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("empty.jsonl", b""),
        ("blank.jsonl", b"\n\n  \n"),
        ("header.csv", b"title,text\r\n"),
    ],
)
def test_a_file_without_articles_is_refused(project: Project, name: str, data: bytes) -> None:
    result = import_one(project, name, data)
    assert result.error is not None
    assert result.error.startswith(f"{name}")
    assert "empty" in result.error or "holds no article" in result.error


@pytest.mark.parametrize("field", ["title", "source", "id"])
def test_a_nul_in_a_field_is_refused_with_its_line_on_every_database(
    project: Project, field: str
) -> None:
    record = {"title": "T", "text": "Body.", field: "Bad\x00value"}
    result = import_one(project, "nul.jsonl", GOOD + json.dumps(record).encode())
    assert result.error == (
        f"nul.jsonl, line 2: “{field}” contains a NUL character (at character 3)"
    )
    assert not Article.objects.exists()


def test_the_command_goes_on_with_the_next_files_after_a_pathological_one(
    project: Project, tmp_path: Path
) -> None:
    (tmp_path / "a.jsonl").write_bytes(GOOD)
    (tmp_path / "b.jsonl").write_bytes(DEEP)
    (tmp_path / "c.jsonl").write_bytes(b'{"title": "Third", "text": "Another article."}\n')
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 3 files failed"):
        call_command("import_articles", str(tmp_path), "--no-detect", stdout=out)
    report = out.getvalue()
    assert "b.jsonl, line 1: the JSON is nested too deeply" in report
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fine", "Third"]


def test_links_that_lead_nowhere_or_loop_are_reported(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nBody.")
    os.symlink(tmp_path / "missing.txt", folder / "dangling.txt")
    os.symlink("self.txt", folder / "self.txt")
    os.symlink(".", folder / "loop")
    results = importing.import_paths(project, [folder], detect=False)
    by_name = {Path(result.name).name: result.error for result in results}
    assert by_name["a.txt"] is None
    assert by_name["dangling.txt"] == (
        f"{folder / 'dangling.txt'}: a dangling link (to {tmp_path / 'missing.txt'}, "
        "which does not exist); skipped"
    )
    assert by_name["self.txt"] == f"{folder / 'self.txt'}: a symbolic link loop; skipped"
    assert by_name["loop"] == f"{folder / 'loop'}: a symbolic link loop (back to {folder}); skipped"


# The admin's upload ----------------------------------------------------------------------


def upload(client: Client, project: Project, *files: tuple[str, bytes]) -> list[tuple[str, str]]:
    response = client.post(
        reverse("admin:annotations_article_import"),
        {"project": project.pk, "files": [SimpleUploadedFile(n, d) for n, d in files]},
        follow=True,
    )
    assert response.status_code == 200
    page = response.content.decode()
    messages = [(m.level_tag, m.message) for m in get_messages(response.wsgi_request)]
    for _, text in messages:
        assert text.split(" ")[0] in page  # shown
    return messages


def test_every_file_of_an_upload_is_reported_empty_ones_by_name(
    reviewer_client: Client, project: Project
) -> None:
    messages = upload(
        reviewer_client,
        project,
        ("first.jsonl", GOOD),
        ("empty.txt", b""),
        ("deep.jsonl", DEEP),
        ("utf16_bom.txt", "\ufeffTitle".encode("utf-16")),
        ("last.jsonl", b'{"title": "Last", "text": "The last article."}\n'),
    )
    assert [level for level, _ in messages] == ["success", "error", "error", "error", "success"]
    texts = [text for _, text in messages]
    assert texts[0] == f"Imported first.jsonl: 1 new, 0 unchanged articles in “{project}”."
    assert texts[1] == "Refused empty.txt, line 1: the text is empty. Nothing of it was imported."
    assert texts[2].startswith("Refused deep.jsonl, line 1: the JSON is nested too deeply")
    assert texts[3].startswith("Refused utf16_bom.txt, line 1: not UTF-8")
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fine", "Last"]


def test_admin_messages_keep_the_file_names_case(reviewer_client: Client, project: Project) -> None:
    response = reviewer_client.post(
        reverse("admin:annotations_article_import"),
        {"project": project.pk, "files": [SimpleUploadedFile("utf16_bom.txt", b"\xff\xfeT")]},
        follow=True,
    )
    page = response.content.decode()
    assert "utf16_bom.txt" in page
    assert "Utf16_bom.txt" not in page

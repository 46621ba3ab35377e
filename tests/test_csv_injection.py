"""CSV cells that a spreadsheet would run as formulas get a leading apostrophe (OWASP);
JSONL and Parquet keep the exact values."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import reverse

from annotations import roles
from annotations.exporting import neutralised
from annotations.models import Project, ReviewStatus
from tests.factories import ArticleFactory, ProjectFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

SPEAKER = '=HYPERLINK("http://evil.example","spk")'
TITLE = "+1 for the plan"
SOURCE = "@evil"
QUOTED = "-2 degrees, he said"
TEXT = f"Lead line\n\n“{QUOTED}” in the harbour.\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        ("", ""),
        ("’quoted", "’quoted"),
    ],
)
def test_a_cell_that_could_be_a_formula_gets_an_apostrophe(value: str, expected: str) -> None:
    assert neutralised(value) == expected


@pytest.fixture
def project() -> Project:
    project = ProjectFactory(slug="council")
    article = ArticleFactory(project=project, title=TITLE, source=SOURCE, text=TEXT)
    start = TEXT.index(QUOTED)
    QuoteFactory(
        article=article,
        start=start,
        end=start + len(QUOTED),
        status=ReviewStatus.ACCEPTED,
        final_speaker=SpeakerFactory(name=SPEAKER),
    )
    return project


def check_neutralised(rows: list[dict[str, str]]) -> None:
    [row] = rows
    assert row["speaker_name"] == "'" + SPEAKER
    assert row["article_title"] == "'" + TITLE
    assert row["article_source"] == "'" + SOURCE
    assert row["text"] == "'" + QUOTED
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_export_command_neutralises_csv_cells(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "data.csv"
    call_command("export_dataset", "--format", "csv", "--out", str(out), stdout=io.StringIO())
    with out.open(newline="", encoding="utf-8") as handle:
        check_neutralised(list(csv.DictReader(handle)))


def test_the_admin_download_neutralises_csv_cells(client: Client, project: Project) -> None:
    reviewer = User.objects.create_user("rita", password="pw", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=roles.REVIEWER))
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:annotations_project_changelist"),
        {
            "action": "export_dataset",
            "_selected_action": [project.pk],
            "apply": "1",
            "format": "csv",
            "status": "final",
            "split": "1",
            "seed": "0",
        },
    )
    assert isinstance(response, StreamingHttpResponse)
    body = b"".join(response.streaming_content).decode("utf-8")
    check_neutralised(list(csv.DictReader(io.StringIO(body, newline=""))))


def test_jsonl_and_parquet_keep_the_exact_values(project: Project, tmp_path: Path) -> None:
    jsonl, parquet = tmp_path / "data.jsonl", tmp_path / "data.parquet"
    for fmt, out in (("jsonl", jsonl), ("parquet", parquet)):
        call_command("export_dataset", "--format", fmt, "--out", str(out), stdout=io.StringIO())
    [record] = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert (record["title"], record["source"]) == (TITLE, SOURCE)
    assert record["quotes"][0]["text"] == QUOTED
    assert record["quotes"][0]["speaker"]["name"] == SPEAKER
    table = pq.read_table(parquet).to_pylist()
    assert table[0]["text"] == QUOTED
    assert table[0]["article_title"] == TITLE

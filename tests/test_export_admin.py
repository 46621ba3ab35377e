from __future__ import annotations

import csv
import io
import json

import pytest
from django.contrib.messages import get_messages
from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import reverse

from annotations import exporting
from annotations.models import AuditEvent, Project, ReviewStatus
from tests.factories import AnnotationFactory, ArticleFactory, ProjectFactory, QuoteFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:annotations_project_changelist"


@pytest.fixture
def project() -> Project:
    project = ProjectFactory(slug="council")
    for article in ArticleFactory.create_batch(3, project=project):
        quote = QuoteFactory(article=article, status=ReviewStatus.ACCEPTED, final_stance="favor")
        AnnotationFactory(quote=quote)
        QuoteFactory(article=article, start=0, end=7)  # pending, unjudged
    return project


def run_action(client: Client, *projects: Project, **fields: object):
    data = {"action": "export_dataset", "_selected_action": [p.pk for p in projects], **fields}
    return client.post(reverse(CHANGELIST), data)


def download(client: Client, project: Project, **fields: object) -> tuple[object, str]:
    form = {"apply": "1", "format": "jsonl", "status": "final", "split": "0.8,0.1,0.1"}
    response = run_action(client, project, **{**form, "seed": "0", **fields})
    assert isinstance(response, StreamingHttpResponse)
    return response, b"".join(response.streaming_content).decode("utf-8")


def test_the_action_asks_for_the_format_first(reviewer_client: Client, project: Project) -> None:
    response = run_action(reviewer_client, project)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="jsonl"' in page and 'value="csv"' in page
    assert 'name="min_agreement"' in page
    assert 'name="apply"' in page


def test_jsonl_download_streams_the_same_records_as_the_exporter(
    reviewer_client: Client, project: Project
) -> None:
    response, body = download(reviewer_client, project, status="all", seed="3")
    assert response["Content-Type"] == "application/x-ndjson; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="council-all.jsonl"'
    options = exporting.ExportOptions(
        project=project, status="all", split=exporting.Split.parse("0.8,0.1,0.1", 3)
    )
    assert body == "".join(exporting.jsonl_lines(options))
    records = [json.loads(line) for line in body.splitlines()]
    assert sum(len(record["quotes"]) for record in records) == 6


def test_csv_download_parses_back(reviewer_client: Client, project: Project) -> None:
    response, body = download(reviewer_client, project, format="csv")
    assert response["Content-Disposition"] == 'attachment; filename="council-final.csv"'
    rows = list(csv.DictReader(io.StringIO(body, newline="")))
    assert len(rows) == 3
    assert {row["stance"] for row in rows} == {"favor"}
    for row in rows:
        offset = int(row["context_start"])
        assert row["context"][int(row["start"]) - offset : int(row["end"]) - offset] == row["text"]


def test_filters_reach_the_export(reviewer_client: Client, project: Project) -> None:
    _, body = download(reviewer_client, project, min_agreement="0.9")
    # One judgement each, but reviewer-accepted: they pass.
    assert len(body.splitlines()) == 3
    _, body = download(reviewer_client, project, status="all", min_agreement="0.9")
    assert sum(len(json.loads(line)["quotes"]) for line in body.splitlines()) == 3


def test_the_export_is_audited(reviewer_client: Client, project: Project) -> None:
    download(reviewer_client, project, format="csv")
    event = AuditEvent.objects.get(action="project.export")
    assert event.after["format"] == "csv"
    assert event.after["status"] == "final"
    assert event.actor.username == "rev"


def test_a_bad_split_shows_the_form_again(admin_client: Client, project: Project) -> None:
    response = run_action(
        admin_client, project, apply="1", format="jsonl", status="final", split="0.5", seed="0"
    )
    assert response.status_code == 200
    assert "add up to 0.5" in response.content.decode()


def test_one_project_at_a_time(admin_client: Client, project: Project) -> None:
    response = run_action(admin_client, project, ProjectFactory())
    assert response.status_code == 302
    messages = [m.message for m in get_messages(response.wsgi_request)]
    assert messages == ["Select one project to export."]

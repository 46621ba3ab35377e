from __future__ import annotations

import json

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import reverse

from annotations.models import Article, AuditEvent, Project
from tests.factories import ArticleFactory, ProjectFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = "admin:annotations_article_import"


@pytest.fixture
def project() -> Project:
    return ProjectFactory(slug="council")


def jsonl(name: str, *records: object) -> SimpleUploadedFile:
    body = "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return SimpleUploadedFile(name, body.encode("utf-8"))


def upload(client: Client, project: Project, *files: SimpleUploadedFile, detect: bool = False):
    data = {"project": project.pk, "files": list(files)}
    if detect:
        data["detect"] = "on"
    return client.post(reverse(IMPORT_URL), data, follow=True)


def texts_of(response) -> list[tuple[str, str]]:
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def test_changelist_has_the_import_button(admin_client: Client) -> None:
    page = admin_client.get(reverse("admin:annotations_article_changelist")).content.decode()
    assert f'href="{reverse(IMPORT_URL)}"' in page
    assert "Import articles" in page


def test_import_page_offers_the_only_project(admin_client: Client, project: Project) -> None:
    response = admin_client.get(reverse(IMPORT_URL))
    assert response.status_code == 200
    assert response.context["form"]["project"].initial == project
    assert 'type="file" name="files" multiple' in response.content.decode()


def test_reviewers_upload_several_files_and_see_each_result(
    reviewer_client: Client, project: Project
) -> None:
    good = jsonl("good.jsonl", {"title": "A", "text": "“Yes,” she said 🙂."})
    bad = jsonl("bad.jsonl", {"title": "B", "text": "ok"}, {"title": "C", "text": ""})
    txt = SimpleUploadedFile("vote.txt", b"Vote\r\n\r\nText.")
    response = upload(reviewer_client, project, good, bad, txt)
    assert response.redirect_chain[-1][0] == reverse("admin:annotations_article_changelist")
    assert texts_of(response) == [
        ("success", f"Imported good.jsonl: 1 new, 0 unchanged articles in “{project}”."),
        ("error", "Refused bad.jsonl, line 2: the text is empty. Nothing of it was imported."),
        ("success", f"Imported vote.txt: 1 new, 0 unchanged articles in “{project}”."),
    ]
    assert sorted(Article.objects.values_list("text", flat=True)) == [
        "Vote\r\n\r\nText.",
        "“Yes,” she said 🙂.",
    ]
    events = AuditEvent.objects.filter(action="article.import")
    assert sorted(event.after["file"] for event in events) == ["good.jsonl", "vote.txt"]


def test_uploading_again_changes_nothing(admin_client: Client, project: Project) -> None:
    upload(admin_client, project, jsonl("a.jsonl", {"title": "A", "text": "Same."}))
    response = upload(admin_client, project, jsonl("a.jsonl", {"title": "A", "text": "Same."}))
    assert texts_of(response)[0][1].startswith("Imported a.jsonl: 0 new, 1 unchanged")
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin.txt", "café".encode("latin-1"), "latin.txt, line 1: not UTF-8: byte 0xe9"),
        ("a.csv", b"name,body\nx,y\n", "a.csv, line 1: missing column(s): title, text"),
        ("a.jsonl", b'{"title": "a",\n', "a.jsonl, line 1: malformed JSON"),
        ("a.pdf", b"%PDF", "a.pdf: unknown extension “.pdf”"),
    ],
)
def test_refusals_name_the_file_and_line(
    admin_client: Client, project: Project, name: str, content: bytes, message: str
) -> None:
    response = upload(admin_client, project, SimpleUploadedFile(name, content))
    ((level, text),) = texts_of(response)
    assert level == "error"
    assert text.startswith(f"Refused {message}")
    assert Article.objects.count() == 0


def test_an_upload_over_the_limit_is_refused(
    admin_client: Client, project: Project, settings: object
) -> None:
    settings.QUOTES_IMPORT_MAX_BYTES = 10
    response = upload(admin_client, project, jsonl("big.jsonl", {"title": "A", "text": "Long."}))
    assert "big.jsonl: the file has" in texts_of(response)[0][1]
    assert Article.objects.count() == 0


def test_a_form_without_files_is_shown_again(admin_client: Client, project: Project) -> None:
    response = admin_client.post(reverse(IMPORT_URL), {"project": project.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["files"] == ["This field is required."]


def test_detection_runs_only_when_asked(
    admin_client: Client,
    project: Project,
    scheduled: list[list[int]],
    django_capture_on_commit_callbacks: object,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        upload(admin_client, project, jsonl("a.jsonl", {"title": "A", "text": "One."}))
        upload(
            admin_client,
            project,
            jsonl("b.jsonl", {"title": "B", "text": "Two."}),
            detect=True,
        )
    assert scheduled == [[Article.objects.get(title="B").pk]]


def test_people_who_cannot_add_articles_are_turned_away(client: Client, project: Project) -> None:
    client.force_login(User.objects.create_user("viewer", password="pw", is_staff=True))
    assert client.get(reverse(IMPORT_URL)).status_code == 403


# The main-content range on the article form -----------------------------------------------


def article_form(article: Article, **changes: object):
    request = RequestFactory().get("/")
    request.user = User.objects.create_superuser("boss", "boss@example.org", "pw")
    form_class = admin.site._registry[Article].get_form(request, article)
    data = {
        "project": article.project_id,
        "title": article.title,
        "text": article.text,
        "content_start": article.content_start,
        "content_end": article.content_end or "",
        **changes,
    }
    return form_class(data, instance=article)


def test_the_article_form_explains_the_range(admin_client: Client) -> None:
    article = ArticleFactory(text="Menu\n\nThe body starts here. It ends here.", content_start=6)
    page = admin_client.get(reverse("admin:annotations_article_change", args=[article.pk]))
    content = page.content.decode()
    assert 'name="content_start"' in content
    assert 'name="content_end"' in content
    assert "Now it begins: “The body starts here." in content
    assert "Now it ends: “The body starts here. It ends here.”" in content


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"content_start": 500}, "content_start", "The text has only 20 characters."),
        ({"content_end": 21}, "content_end", "The text has only 20 characters."),
        ({"content_start": 10, "content_end": 5}, "content_start", "must start before"),
    ],
)
def test_the_article_form_checks_the_range(changes: dict, field: str, error: str) -> None:
    form = article_form(ArticleFactory(text="Twenty characters!!!"), **changes)
    assert not form.is_valid()
    assert error in " ".join(form.errors[field])


def test_the_article_form_accepts_a_range_inside_the_text() -> None:
    article = ArticleFactory(text="Twenty characters!!!")
    form = article_form(article, content_start=7, content_end=17)
    assert form.is_valid(), form.errors
    form.save()
    article.refresh_from_db()
    assert article.main_content == (7, 17)

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from annotations.detection.boilerplate import main_content_range
from annotations.models import Article, Assignment, Project, Speaker, SpeakerAlias
from annotations.names import name_key
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_demo_loads_into_an_empty_database(seed_texts: dict[str, str]) -> None:
    call_command("setup_demo", stdout=StringIO())
    project = Project.objects.get(slug="nk-sanctions")
    assert (
        project.stance_target == "the UN sanctions regime on North Korea and its Panel of Experts"
    )
    assert list(project.stance_labels.values_list("key", "hotkey")) == [
        ("favor", "1"),
        ("against", "2"),
        ("none", "3"),
    ]
    articles = {article.external_id: article for article in project.articles.all()}
    assert articles.keys() == seed_texts.keys()
    for stem, article in articles.items():
        assert article.text == seed_texts[stem], stem
        assert article.sha256 == Article.hash_text(article.text)
        assert (article.content_start, article.content_end) == main_content_range(article.text)
    # The boilerplate of the seeds (breadcrumbs, related articles) is outside the content.
    assert all(article.content_end is not None for article in articles.values())
    breadcrumb = articles["000_beed33f6bc373f3f"]
    assert breadcrumb.text[: breadcrumb.content_start].startswith("Home » World »")
    assert articles["001_8ac712a84b55227e"].source == "Reuters (via CNBC)"
    speakers = {speaker.name: speaker for speaker in Speaker.objects.all()}
    assert {"Victor Cha", "Vassily Nebenzia", "Joonkook Hwang", "Barbara Woodward"} <= set(speakers)
    for alias in SpeakerAlias.objects.all():
        assert alias.name_key == name_key(alias.name)
    assert speakers["Joonkook Hwang"].aliases.filter(name="Hwang Joon-kook").exists()


def test_setup_demo_prints_passwords_that_work() -> None:
    out = StringIO()
    call_command("setup_demo", stdout=out)
    printed = out.getvalue().splitlines()
    accounts = printed[printed.index("Demo accounts (passwords are new on every run):") + 1 :]
    lines = {line.split()[0]: line.split()[1] for line in accounts}
    assert set(lines) == {"annotator1", "annotator2", "reviewer"}
    for username, password in lines.items():
        assert User.objects.get(username=username).check_password(password)
    assert User.objects.get(username="reviewer").is_staff
    assert Assignment.objects.filter(annotator__username="annotator1").count() == 5


def test_setup_demo_twice_keeps_the_work_done_in_between() -> None:
    call_command("setup_demo", stdout=StringIO())
    speaker = Speaker.objects.get(name="Victor Cha")
    speaker.description = "edited by a reviewer"
    speaker.save()
    call_command("setup_demo", stdout=StringIO())
    speaker.refresh_from_db()
    assert speaker.description == "edited by a reviewer"
    assert Assignment.objects.count() == 10


def test_setup_demo_again_keeps_a_reviewers_reassignment() -> None:
    call_command("setup_demo", stdout=StringIO())
    mine = Assignment.objects.filter(annotator__username="annotator1").first()
    assert mine is not None
    other = UserFactory()
    mine.annotator = other
    mine.save()
    ArticleFactory(project=Project.objects.get(slug="nk-sanctions"))
    call_command("setup_demo", stdout=StringIO())
    assert Assignment.objects.filter(annotator__username="annotator1").count() == 4
    assert Assignment.objects.filter(annotator=other).count() == 1
    # An article added later is not handed to the demo annotators behind the reviewer's back.
    assert Assignment.objects.count() == 10

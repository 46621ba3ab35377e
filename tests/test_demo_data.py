from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from annotations.models import Article, Assignment, Project, Speaker, SpeakerAlias
from annotations.names import name_key

pytestmark = pytest.mark.django_db


def test_fixtures_load_into_an_empty_database(seed_texts: dict[str, str]) -> None:
    call_command("loaddata", "demo", "demo_users", verbosity=0)
    project = Project.objects.get(slug="nk-sanctions")
    assert (
        project.stance_target == "the UN sanctions regime on North Korea and its Panel of Experts"
    )
    assert list(project.stance_labels.values_list("key", "hotkey")) == [
        ("favor", "1"),
        ("against", "2"),
        ("none", "3"),
    ]
    articles = {article.external_id: article for article in Article.objects.all()}
    assert articles.keys() == seed_texts.keys()
    for stem, article in articles.items():
        assert article.text == seed_texts[stem], stem
        assert article.sha256 == Article.hash_text(article.text)
    speakers = {speaker.name: speaker for speaker in Speaker.objects.all()}
    assert {"Victor Cha", "Vassily Nebenzia", "Joonkook Hwang", "Barbara Woodward"} <= set(speakers)
    for alias in SpeakerAlias.objects.all():
        assert alias.name_key == name_key(alias.name)
    assert speakers["Joonkook Hwang"].aliases.filter(name="Hwang Joon-kook").exists()


def test_setup_demo_prints_passwords_that_work() -> None:
    out = StringIO()
    call_command("setup_demo", stdout=out)
    lines = {line.split()[0]: line.split()[1] for line in out.getvalue().splitlines()[1:]}
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

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import audit
from annotations.assigning import claim_next_article
from annotations.models import Annotation, Article, AuditEvent, Quote, Speaker, SpeakerAlias
from tests.factories import (
    AnnotationFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def boss() -> User:
    return User.objects.create_superuser("boss", "boss@example.org", "pw")


@pytest.fixture
def boss_client(client: Client, boss: User) -> Client:
    client.force_login(boss)
    return client


def events_of(instance: Any) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
        )
    )


def inline_management(prefix: str, total: int, initial: int) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def speaker_form(speaker: Speaker, **changes: str) -> dict[str, str]:
    data = {"name": speaker.name, "kind": speaker.kind, "description": speaker.description}
    data.update(changes)
    return data


class TestSpeakerAudit:
    def test_a_change_records_who_and_the_values_before_and_after(
        self, boss_client: Client, boss: User
    ) -> None:
        speaker = SpeakerFactory(name="Chair Cha")
        url = reverse("admin:annotations_speaker_change", args=[speaker.pk])
        response = boss_client.post(
            url,
            {
                **speaker_form(speaker, name="Victor Cha", description="panel chair"),
                **inline_management("aliases", 0, 0),
            },
        )
        assert response.status_code == 302
        (event,) = events_of(speaker)
        assert (event.actor, event.action) == (boss, "speaker.change")
        assert (event.before["name"], event.before["description"]) == ("Chair Cha", "")
        assert event.after["name"] == "Victor Cha"
        assert event.after["description"] == "panel chair"

    def test_saving_without_changes_records_nothing(self, boss_client: Client) -> None:
        speaker = SpeakerFactory()
        boss_client.post(
            reverse("admin:annotations_speaker_change", args=[speaker.pk]),
            {**speaker_form(speaker), **inline_management("aliases", 0, 0)},
        )
        assert not AuditEvent.objects.exists()

    def test_aliases_added_and_deleted_inline_are_recorded_and_shown_on_the_speaker(
        self, boss_client: Client
    ) -> None:
        speaker = SpeakerFactory(name="Vassily Nebenzia")
        old = SpeakerAliasFactory(speaker=speaker, name="Nebenzya")
        url = reverse("admin:annotations_speaker_change", args=[speaker.pk])
        response = boss_client.post(
            url,
            {
                **speaker_form(speaker),
                **inline_management("aliases", 2, 1),
                "aliases-0-id": str(old.pk),
                "aliases-0-speaker": str(speaker.pk),
                "aliases-0-name": "Nebenzya",
                "aliases-0-DELETE": "on",
                "aliases-1-speaker": str(speaker.pk),
                "aliases-1-name": "Vassili Nebenzia",
            },
        )
        assert response.status_code == 302
        new = SpeakerAlias.objects.get(name="Vassili Nebenzia")
        assert [e.action for e in events_of(new)] == ["speakeralias.add"]
        (deletion,) = events_of(speaker)
        assert deletion.action == "speakeralias.delete"
        assert deletion.before["name"] == "Nebenzya" and deletion.before["id"] == old.pk

        page = boss_client.get(url).content.decode()
        assert "Audit trail" in page
        assert "speakeralias.add" in page and "speakeralias.delete" in page
        assert "Vassili Nebenzia" in page

    def test_deleting_speakers_in_bulk_is_recorded(self, boss_client: Client) -> None:
        speakers = SpeakerFactory.create_batch(2)
        boss_client.post(
            reverse("admin:annotations_speaker_changelist"),
            {
                "action": "delete_selected",
                "_selected_action": [s.pk for s in speakers],
                "post": "yes",
            },
        )
        assert not Speaker.objects.exists()
        events = AuditEvent.objects.filter(action="speaker.delete")
        assert sorted(e.before["name"] for e in events) == sorted(s.name for s in speakers)


class TestQuoteAndJudgementAudit:
    def test_deleting_a_quote_is_kept_on_its_article(self, boss_client: Client) -> None:
        quote = QuoteFactory()
        article = quote.article
        response = boss_client.post(
            reverse("admin:annotations_quote_delete", args=[quote.pk]), {"post": "yes"}
        )
        assert response.status_code == 302
        (event,) = events_of(article)
        assert event.action == "quote.delete"
        assert (event.before["start"], event.before["end"]) == (14, 40)
        page = boss_client.get(reverse("admin:annotations_article_change", args=[article.pk]))
        assert "quote.delete" in page.content.decode()

    def test_a_judgement_edited_in_the_admin_is_recorded_and_versioned(
        self, boss_client: Client, boss: User
    ) -> None:
        judgement = AnnotationFactory(stance="favor")
        url = reverse("admin:annotations_annotation_change", args=[judgement.pk])
        response = boss_client.post(
            url,
            {
                "quote": judgement.quote_id,
                "annotator": judgement.annotator_id,
                "decision": "accept",
                "stance": "against",
                "note": "",
            },
        )
        assert response.status_code == 302
        judgement.refresh_from_db()
        assert (judgement.stance, judgement.version) == ("against", 2)
        (event,) = events_of(judgement)
        assert event.before == {"stance": "favor", "version": 1}
        assert event.after == {"stance": "against", "version": 2}

        quote_page = boss_client.get(
            reverse("admin:annotations_quote_change", args=[judgement.quote_id])
        ).content.decode()
        assert "annotation.change" in quote_page and "against" in quote_page

    def test_deleting_a_judgement_is_kept_on_its_quote(self, boss_client: Client) -> None:
        judgement = AnnotationFactory()
        quote = judgement.quote
        boss_client.post(
            reverse("admin:annotations_annotation_delete", args=[judgement.pk]), {"post": "yes"}
        )
        assert not Annotation.objects.exists()
        assert [e.action for e in events_of(quote)] == ["annotation.delete"]

    def test_workbench_events_show_on_the_quote_page(self, boss_client: Client) -> None:
        judgement = AnnotationFactory()
        annotator = judgement.annotator
        audit.record(annotator, judgement, "annotation.change", {"stance": "none"}, {"stance": "x"})
        page = boss_client.get(
            reverse("admin:annotations_quote_change", args=[judgement.quote_id])
        ).content.decode()
        trail = page.split('id="audit-trail"')[1]
        assert annotator.username in trail and "annotation.change" in trail


@pytest.mark.parametrize(
    ("page", "make"),
    [
        ("quote", lambda quote: AnnotationFactory(quote=quote)),
        ("article", lambda quote: QuoteFactory(article=quote.article, start=50, end=60)),
        ("speaker", lambda quote: SpeakerAliasFactory(speaker=quote.suggested_speaker)),
    ],
)
def test_trail_costs_the_same_queries_for_2_and_40_events(
    boss_client: Client,
    boss: User,
    page: str,
    make: Any,
    django_assert_max_num_queries: Any,
) -> None:
    quote = QuoteFactory()
    subject = {"quote": quote, "article": quote.article, "speaker": quote.suggested_speaker}[page]
    url = reverse(f"admin:annotations_{page}_change", args=[subject.pk])
    child = make(quote)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert boss_client.get(url).status_code == 200
        return len(captured)

    for _ in range(2):
        audit.record(boss, subject, f"{page}.change", {"n": 1}, {"n": 2})
    queries()  # The first request fills the content type cache.
    small = queries()
    for n in range(38):
        audit.record(boss, child, "child.change", {"n": n}, {"n": n + 1})
    with django_assert_max_num_queries(small):
        assert boss_client.get(url).status_code == 200
    assert "child.change" in boss_client.get(url).content.decode()


def test_events_of_another_object_stay_off_the_page(boss_client: Client, boss: User) -> None:
    mine, other = QuoteFactory(), QuoteFactory()
    audit.record(boss, other, "quote.change", {"status": "pending"}, {"status": "secret-marker"})
    page = boss_client.get(reverse("admin:annotations_quote_change", args=[mine.pk]))
    assert "secret-marker" not in page.content.decode()
    assert Quote.objects.count() == 2


def test_the_trail_names_speakers_and_reviewers_instead_of_ids(
    boss_client: Client, boss: User
) -> None:
    old, new = SpeakerFactory(name="Old Name"), SpeakerFactory(name="Ana Lima")
    quote = QuoteFactory()
    audit.record(
        boss,
        quote,
        "quote.change",
        {"final_speaker": old.pk, "reviewed_by": None},
        {"final_speaker": new.pk, "reviewed_by": boss.pk},
    )
    gone = old.pk
    old.delete()
    html = boss_client.get(reverse("admin:annotations_quote_change", args=[quote.pk]))
    trail = html.content.decode().split('id="audit-trail"')[1]
    assert f"#{gone} (deleted) → Ana Lima" in trail
    assert "∅ → boss" in trail
    assert f"→ {new.pk}<" not in trail


def test_the_diff_helper_records_only_what_changed() -> None:
    quote = QuoteFactory()
    assert audit.record_changes(None, quote, "quote.change", {"a": 1}, {"a": 1}) is None
    event = audit.record_changes(None, quote, "quote.change", {"a": 1, "b": 2}, {"a": 1, "b": 3})
    assert event is not None and (event.before, event.after) == ({"b": 2}, {"b": 3})
    new = audit.record_changes(None, quote, "quote.add", {}, {"a": 1}, extra={"via": "test"})
    assert new is not None and new.after == {"a": 1, "via": "test"}


def test_jobs_run_from_the_command_line_are_audited(tmp_path: Any) -> None:
    """Importing, exporting and claiming write their events wherever they run."""
    project = ProjectFactory(slug="cli")
    source = tmp_path / "one.txt"
    source.write_text("A headline\n\n“Yes,” she said.\n", encoding="utf-8")
    call_command(
        "import_articles", str(source), "--project=cli", "--no-detect", stdout=io.StringIO()
    )
    imported = AuditEvent.objects.get(action="article.import")
    assert imported.actor is None and imported.after["new"] == 1
    assert imported.after["file"] == str(source)
    call_command(
        "export_dataset",
        "--format=jsonl",
        f"--out={tmp_path / 'out.jsonl'}",
        "--project=cli",
        "--status=all",
        stdout=io.StringIO(),
    )
    exported = AuditEvent.objects.get(action="project.export")
    assert exported.after["format"] == "jsonl" and exported.after["status"] == "all"
    annotator = UserFactory()
    article = claim_next_article(annotator, project)
    assert article == Article.objects.get()
    claimed = AuditEvent.objects.get(action="assignment.claim")
    assert claimed.actor == annotator and claimed.after["annotator"] == annotator.pk

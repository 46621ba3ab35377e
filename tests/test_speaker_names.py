"""The type-ahead's rows follow every path that names, renames or merges speakers."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from annotations.judging import judge, load_quote
from annotations.linking import SpeakerDirectory
from annotations.models import SearchRank, Speaker, SpeakerAlias, SpeakerName
from annotations.speakers import merge_speakers
from tests.factories import AssignmentFactory, QuoteFactory, SpeakerAliasFactory, SpeakerFactory
from tests.speaker_names import stale_speaker_names

pytestmark = pytest.mark.django_db


def current() -> bool:
    return stale_speaker_names() == (set(), set())


def texts(speaker: Speaker) -> set[tuple[int, str]]:
    return set(SpeakerName.objects.filter(speaker=speaker).values_list("rank", "text"))


def test_a_name_is_found_from_each_word_and_by_its_key():
    speaker = SpeakerFactory(name="Hwang Joon-kook")

    assert texts(speaker) == {
        (SearchRank.NAME_START, "hwang joon kook"),
        (SearchRank.NAME_WORD, "joon kook"),
        (SearchRank.NAME_WORD, "kook"),
        (SearchRank.NAME_WORD, "hwang joonkook"),
        (SearchRank.NAME_WORD, "joonkook"),
    }


def test_renaming_and_deleting_a_speaker_or_alias():
    speaker = SpeakerFactory(name="Victor Cha")
    alias = SpeakerAliasFactory(speaker=speaker, name="Chair Cha")
    speaker.name = "Victor D. Cha"
    speaker.save()
    alias.name = "Dr Cha"
    alias.save()
    assert current()
    assert (SearchRank.NAME_WORD, "d cha") in texts(speaker)

    alias.delete()
    assert current()
    speaker.delete()
    assert not SpeakerName.objects.exists()


def test_saving_other_fields_leaves_the_rows():
    speaker = SpeakerFactory(name="Victor Cha")
    before = set(SpeakerName.objects.values_list("pk", flat=True))

    speaker.description = "Korea Chair"
    speaker.save(update_fields=["description"])

    assert set(SpeakerName.objects.values_list("pk", flat=True)) == before


def test_bulk_create_and_queryset_updates():
    speakers = Speaker.objects.bulk_create([Speaker(name="Ana Silva"), Speaker(name="Lee Kim")])
    SpeakerAlias.objects.bulk_create([SpeakerAlias(speaker=speakers[0], name="A. Silva")])
    assert current()
    assert speakers[0].name_key == "ana silva"

    Speaker.objects.filter(name="Lee Kim").update(name="Kim Lee-ann")
    SpeakerAlias.objects.update(name="Silva")
    assert current()
    assert Speaker.objects.get(pk=speakers[1].pk).name_key == "kim leeann"

    speakers[0].name = "Ana Maria Silva"
    Speaker.objects.bulk_update(speakers, ["name"])
    assert current()


def test_merging_moves_aliases_and_makes_the_old_names_aliases():
    target = SpeakerFactory(name="Vassily Nebenzia")
    duplicate = SpeakerFactory(name="Vassili Nebenzya")
    SpeakerAliasFactory(speaker=duplicate, name="Nebenzya")

    merge_speakers(target, [duplicate])

    assert current()
    found = SpeakerName.objects.filter(alias__speaker=target, text="vassili nebenzya")
    assert found.exists()


def test_speakers_the_detector_links_into_being():
    SpeakerDirectory().link_all([("Maria Lind", "person"), ("Ministry of Health", "organisation")])

    assert current()
    assert Speaker.objects.count() == 2


def test_a_speaker_an_annotator_creates():
    assignment = AssignmentFactory()
    quote = QuoteFactory(article=assignment.article)
    loaded = load_quote(assignment.annotator, assignment.article_id, quote.pk)

    judge(assignment.annotator, loaded, 0, {}, new_speaker=Speaker(name="Dr Who"))

    assert current()
    assert SpeakerName.objects.filter(text="dr who", rank=SearchRank.NAME_START).exists()


def test_the_demo_fixture_loaded_raw():
    call_command("loaddata", "demo", verbosity=0)

    assert current()
    assert SpeakerName.objects.filter(alias__name="Chair Cha").exists()


def test_the_admin_saves_a_speaker_with_its_aliases(admin_client):
    response = admin_client.post(
        "/admin/annotations/speaker/add/",
        {
            "name": "Victor Cha",
            "kind": "person",
            "description": "",
            "aliases-TOTAL_FORMS": "1",
            "aliases-INITIAL_FORMS": "0",
            "aliases-0-name": "Chair Cha",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert current()
    assert SpeakerName.objects.filter(alias__name="Chair Cha").exists()


def test_the_check_sees_a_forgotten_row():
    speaker = SpeakerFactory(name="Victor Cha")
    # A path that writes names without the model (raw SQL, say) leaves the rows behind.
    Speaker._base_manager.filter(pk=speaker.pk).update(name="Victor Chan")

    assert not current()
    SpeakerName.index([Speaker.objects.get(pk=speaker.pk)])
    assert current()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite compares bytes already")
def test_on_postgresql_the_text_compares_byte_by_byte():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT collation_name FROM information_schema.columns"
            " WHERE table_name = 'annotations_speakername' AND column_name = 'text'"
        )
        assert cursor.fetchone() == ("C",)

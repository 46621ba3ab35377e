"""The speaker type-ahead: names and aliases, at most ten, as a partial of buttons."""

from __future__ import annotations

import re

import pytest

from annotations.models import SpeakerKind
from annotations.speaker_search import successor
from tests.factories import SpeakerAliasFactory, SpeakerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client):
    client.force_login(UserFactory())
    return client


def search(client, query, **extra):
    return client.get("/speakers/", {"q": query}, **extra)


def names(html):
    return re.findall(r'<span class="option-name">([^<]*)</span>', html)


def test_the_type_ahead_needs_sign_in(client):
    assert search(client, "a").status_code == 302


def test_names_match_anywhere_and_those_starting_with_the_query_come_first(signed_in):
    SpeakerFactory(name="Ramon Pacheco Pardo")
    SpeakerFactory(name="Pardo Institute", kind=SpeakerKind.ORGANISATION)
    SpeakerFactory(name="Victor Cha")

    response = search(signed_in, "pardo", HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert names(html) == ["Pardo Institute", "Ramon Pacheco Pardo"]
    assert "Organisation" in html


def test_aliases_find_their_speaker_and_are_shown(signed_in):
    speaker = SpeakerFactory(name="Vassily Nebenzia", description="Russia’s UN ambassador")
    SpeakerAliasFactory(speaker=speaker, name="Nebenzya")

    html = search(signed_in, "nebenzya").content.decode()

    assert names(html) == ["Vassily Nebenzia"]
    assert "also “Nebenzya”" in html
    assert "Russia’s UN ambassador" in html
    # Picking it submits the speaker's id to the judgement form around the list.
    assert f'<button type="submit" name="speaker" value="{speaker.pk}"' in html


def test_another_name_order_finds_the_speaker(signed_in):
    SpeakerFactory(name="Hwang Joon-kook")

    assert names(search(signed_in, "Joonkook Hwang").content.decode()) == ["Hwang Joon-kook"]


def test_a_speaker_matching_by_name_and_alias_appears_once(signed_in):
    speaker = SpeakerFactory(name="Victor Cha")
    SpeakerAliasFactory(speaker=speaker, name="Chair Cha")

    html = search(signed_in, "cha").content.decode()

    assert names(html) == ["Victor Cha"]
    assert "also" not in html  # its own name matched


def test_at_most_ten_speakers(signed_in):
    for n in range(15):
        SpeakerFactory(name=f"Official {n:02}")

    assert len(names(search(signed_in, "official").content.decode())) == 10


def test_a_new_speaker_can_be_made_from_the_query_which_is_escaped(signed_in):
    html = search(signed_in, "<b>Dr Who</b>").content.decode()

    assert names(html) == []
    assert 'data-action="new-speaker" data-name="&lt;b&gt;Dr Who&lt;/b&gt;"' in html
    assert "<b>Dr Who</b>" not in html


def test_an_empty_query_lists_nothing(signed_in):
    SpeakerFactory(name="Anyone")

    response = search(signed_in, "  ")

    assert response.status_code == 200
    assert response.content.decode().strip() == ""


def test_with_or_without_htmx_it_is_the_same_fragment(signed_in):
    SpeakerFactory(name="Maria Lopez")

    plain = search(signed_in, "lopez").content
    htmx = search(signed_in, "lopez", HTTP_HX_REQUEST="true").content

    assert plain == htmx
    assert b"<html" not in plain


def test_a_list_the_names_fill_is_one_query(django_assert_num_queries, signed_in):
    for n in range(12):
        SpeakerFactory(name=f"Delegate {n}")

    # The session, the user, and the names starting with the query.
    with django_assert_num_queries(3):
        response = search(signed_in, "deleg")

    assert len(names(response.content.decode())) == 10


def test_each_rank_is_one_query_while_the_list_is_not_full(django_assert_num_queries, signed_in):
    for n in range(12):
        SpeakerAliasFactory(speaker=SpeakerFactory(name=f"Delegate {n}"), name=f"Envoy {n}")

    # The session, the user; names starting with it, later words, aliases.
    with django_assert_num_queries(5):
        response = search(signed_in, "envoy")

    assert len(names(response.content.decode())) == 10


def test_names_first_then_later_words_then_aliases_each_closest_first(signed_in):
    SpeakerAliasFactory(speaker=SpeakerFactory(name="Ana Silva"), name="Kim")
    SpeakerFactory(name="Lee Kimball")
    SpeakerFactory(name="Lee Kim")
    SpeakerFactory(name="Kimberly Ross")
    SpeakerFactory(name="Kim Jong-un")

    html = search(signed_in, "kim").content.decode()

    assert names(html) == ["Kim Jong-un", "Kimberly Ross", "Lee Kim", "Lee Kimball", "Ana Silva"]
    assert "also “Kim”" in html


def test_case_accents_and_punctuation_do_not_count(signed_in):
    SpeakerFactory(name="José Ramos-Horta")
    SpeakerFactory(name="Seán O’Brien")

    assert names(search(signed_in, "JOSE RAMOS").content.decode()) == ["José Ramos-Horta"]
    assert names(search(signed_in, "horta").content.decode()) == ["José Ramos-Horta"]
    assert names(search(signed_in, "ramoshorta").content.decode()) == ["José Ramos-Horta"]
    assert names(search(signed_in, "o'brien").content.decode()) == ["Seán O’Brien"]
    assert names(search(signed_in, "brien").content.decode()) == ["Seán O’Brien"]


def test_the_query_starts_a_word_it_is_not_found_inside_one(signed_in):
    SpeakerFactory(name="Vassily Nebenzia")

    assert names(search(signed_in, "benzia").content.decode()) == []
    assert names(search(signed_in, "vassily nebenz").content.decode()) == ["Vassily Nebenzia"]


def test_a_speaker_found_by_many_of_its_rows_leaves_room_for_others(signed_in):
    # Each "Cha Cha ..." name has several later words starting with "cha".
    for n in range(12):
        SpeakerFactory(name=f"{n:02} Cha Cha Cha")

    assert len(names(search(signed_in, "cha").content.decode())) == 10


def test_a_query_ending_in_the_last_character_there_is(signed_in):
    assert successor("a\U0010ffff") == "b"
    assert successor("\ud7ff") == "\ue000"
    SpeakerFactory(name="Zed\U0010ffff")

    assert search(signed_in, "zed\U0010ffff").status_code == 200

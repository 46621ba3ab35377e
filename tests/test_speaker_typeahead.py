"""The speaker type-ahead: names and aliases, at most ten, as a partial of buttons."""

from __future__ import annotations

import re

import pytest

from annotations.models import SpeakerKind
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


def test_the_search_is_one_query(django_assert_num_queries, signed_in):
    for n in range(12):
        SpeakerAliasFactory(speaker=SpeakerFactory(name=f"Delegate {n}"), name=f"Envoy {n}")

    # The session, the user, and the search.
    with django_assert_num_queries(3):
        response = search(signed_in, "envoy")

    assert len(names(response.content.decode())) == 10

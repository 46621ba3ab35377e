from __future__ import annotations

import pytest

from annotations.linking import SpeakerDirectory, fuzzy_match
from annotations.models import Speaker, SpeakerKind
from annotations.names import name_key
from tests.factories import SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def known() -> dict[str, Speaker]:
    nebenzia = SpeakerFactory(name="Vassily Nebenzia")
    SpeakerAliasFactory(speaker=nebenzia, name="Vassili Nebenzia")
    hwang = SpeakerFactory(name="Joonkook Hwang")
    cha = SpeakerFactory(name="Victor Cha")
    ministry = SpeakerFactory(
        name="South Korea's Unification Ministry", kind=SpeakerKind.ORGANISATION
    )
    anonymous = SpeakerFactory(name="Diplomats", kind=SpeakerKind.ANONYMOUS)
    return {
        "nebenzia": nebenzia,
        "hwang": hwang,
        "cha": cha,
        "ministry": ministry,
        "anonymous": anonymous,
    }


@pytest.mark.parametrize(
    ("name", "who"),
    [
        ("Vassili Nebenzia", "nebenzia"),  # an alias
        ("Vasily Nebenzya", "nebenzia"),  # a transliteration: fuzzy
        ("Hwang Joon-kook", "hwang"),  # name order and hyphen
        ("Ambassador Hwang Joonkook", "hwang"),  # a title
        ("Chair Victor Cha", "cha"),
        ("VICTOR CHA", "cha"),
        ("South Korea’s Unification Ministry", "ministry"),  # curly apostrophe
        ("diplomats", "anonymous"),
    ],
)
def test_names_link_to_the_known_speaker(known: dict[str, Speaker], name: str, who: str) -> None:
    assert SpeakerDirectory().find(name) == known[who].pk


@pytest.mark.parametrize("name", ["Victor Chan", "Vincent Cha", "Nebenzia", "Diplomat sources"])
def test_near_misses_stay_apart(known: dict[str, Speaker], name: str) -> None:
    assert SpeakerDirectory().find(name) is None


def test_unknown_names_become_one_suggested_speaker(known: dict[str, Speaker]) -> None:
    directory = SpeakerDirectory()
    first = directory.link("Jenny Tang", "person")
    again = directory.link("jenny tang", "person")
    assert first == again
    speaker = Speaker.objects.get(pk=first)
    assert speaker.is_suggested
    assert speaker.kind == SpeakerKind.PERSON


def test_no_name_links_to_nobody(known: dict[str, Speaker]) -> None:
    count = Speaker.objects.count()
    assert SpeakerDirectory().link(None, None) is None
    assert SpeakerDirectory().link("  ", "person") is None
    assert Speaker.objects.count() == count


def test_an_unknown_kind_falls_back_to_person(known: dict[str, Speaker]) -> None:
    speaker_id = SpeakerDirectory().link("Ada Okafor", "martian")
    assert Speaker.objects.get(pk=speaker_id).kind == SpeakerKind.PERSON


def test_loading_the_directory_costs_two_queries(
    known: dict[str, Speaker], django_assert_num_queries
) -> None:
    with django_assert_num_queries(2):
        SpeakerDirectory()


def test_fuzzy_match_needs_every_word_to_pair() -> None:
    assert fuzzy_match(name_key("Vasily Nebenzya"), name_key("Vassily Nebenzia"))
    assert not fuzzy_match(name_key("Vasily Nebenzya"), name_key("Nebenzia"))
    assert not fuzzy_match(name_key("Kim Jong Un"), name_key("Kim Jong Il"))

from __future__ import annotations

import pytest

from annotations.models import Annotation, AuditEvent, Quote, Speaker, SpeakerAlias
from annotations.speakers import merge_speakers
from tests.factories import (
    AnnotationFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_merge_moves_every_quote_judgement_and_alias() -> None:
    target = SpeakerFactory(name="Vassily Nebenzia")
    duplicate = SpeakerFactory(name="Vassili Nebenzya", is_suggested=True)
    SpeakerAliasFactory(speaker=target, name="Nebenzia")
    SpeakerAliasFactory(speaker=duplicate, name="Nebenzya")
    suggested = QuoteFactory(suggested_speaker=duplicate)
    finalised = QuoteFactory(suggested_speaker=target, final_speaker=duplicate)
    judgements = AnnotationFactory.create_batch(3, speaker=duplicate)
    reviewer = UserFactory(username="reviewer")

    assert merge_speakers(target, [target, duplicate], actor=reviewer) == 1

    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert Quote.objects.get(pk=suggested.pk).suggested_speaker == target
    assert Quote.objects.get(pk=finalised.pk).final_speaker == target
    assert Annotation.objects.filter(speaker=target).count() == len(judgements)
    assert set(SpeakerAlias.objects.filter(speaker=target).values_list("name", flat=True)) == {
        "Nebenzia",
        "Nebenzya",
        "Vassili Nebenzya",
    }
    event = AuditEvent.objects.get(action="speaker.merge")
    assert event.actor == reviewer
    assert event.before["merged_name"] == "Vassili Nebenzya"


def test_merge_of_a_speaker_into_itself_does_nothing() -> None:
    speaker = SpeakerFactory()
    assert merge_speakers(speaker, [speaker]) == 0
    assert Speaker.objects.filter(pk=speaker.pk).exists()


def test_merge_skips_a_name_already_known_as_an_alias() -> None:
    target = SpeakerFactory(name="Joonkook Hwang")
    SpeakerAliasFactory(speaker=target, name="Hwang Joon-kook")
    duplicate = SpeakerFactory(name="hwang joon-kook")
    merge_speakers(target, [duplicate])
    assert target.aliases.count() == 1

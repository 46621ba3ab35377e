"""The speaker mention of a judgement: set with m, cleared when the speaker changes to somebody
it does not name, and never exported beside another speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from annotations import exporting
from annotations.mentions import names_speaker
from annotations.models import Annotation, ReviewStatus, SpeakerKind
from tests.factories import (
    ARTICLE_TEXT,
    AssignmentFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}


def at(fragment: str) -> tuple[int, int]:
    start = ARTICLE_TEXT.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def quote(annotator):
    """The direct quote, its mention “Maria Lopez” found for the suggested Maria Lopez."""
    article = AssignmentFactory(annotator=annotator).article
    start, end = at("Maria Lopez")
    return QuoteFactory(
        article=article,
        suggested_speaker=SpeakerFactory(name="Maria Lopez"),
        speaker_start=start,
        speaker_end=end,
        detected_speaker_name="Maria Lopez",
        status=ReviewStatus.ACCEPTED,
    )


@pytest.fixture
def signed_in(client, annotator):
    client.force_login(annotator)
    return client


def judge(client, quote, **data):
    url = f"/articles/{quote.article_id}/quotes/{quote.pk}/judge/"
    return client.post(url, data, **HTMX)


def mine(quote, annotator) -> Annotation:
    return Annotation.objects.get(quote=quote, annotator=annotator)


@pytest.mark.parametrize(
    ("mention", "names", "expected"),
    [
        ("Miller", ["Matthew Miller"], True),
        ("Hwang Joon-kook", ["Joonkook Hwang"], True),
        ("Nebenzya", ["Vassily Nebenzia", "Nebenzya"], True),  # an alias
        ("Ambassador Nebenzia", ["Vassily Nebenzia"], False),  # a title is not a name
        ("He", ["Vassily Nebenzia"], False),
        ("Matthew Miller", ["the U.S. State Department"], False),
        ("the State Department", ["Matthew Miller", "the spokesman"], False),
    ],
)
def test_a_mention_names_a_speaker_when_its_words_are_of_a_name(mention, names, expected):
    assert names_speaker(mention, names) is expected


def test_m_makes_the_selected_text_the_mention_tightened(signed_in, annotator, quote):
    start, end = at(" the council’s chair")

    response = judge(signed_in, quote, version=0, speaker_start=start, speaker_end=end)

    assert response.status_code == 200
    annotation = mine(quote, annotator)
    assert (annotation.speaker_start, annotation.speaker_end) == (start + 1, end)
    html = response.content.decode()
    assert "the council’s chair</q>" in html  # the editor names it
    assert f'class="mention" data-mentions="{quote.pk}">the council’s chair</span>' in html


def test_a_mention_outside_the_text_is_refused_with_its_reason(signed_in, annotator, quote):
    response = judge(signed_in, quote, version=0, speaker_start=5, speaker_end=10_000)

    assert response.status_code == 400
    assert "speaker mention 5-10000 falls outside the article text" in response.content.decode()
    assert not Annotation.objects.exists()


def test_another_speaker_clears_a_mention_that_does_not_name_them(signed_in, annotator, quote):
    council = SpeakerFactory(name="City Council", kind=SpeakerKind.ORGANISATION)

    judge(signed_in, quote, version=0, speaker=council.pk)

    annotation = mine(quote, annotator)
    assert annotation.speaker == council
    assert (annotation.speaker_start, annotation.speaker_end) == (None, None)
    html = signed_in.get(f"/articles/{quote.article_id}/").content.decode()
    assert 'data-mentions="' not in html  # the detector's “Maria Lopez” is not the council's


def test_another_speaker_the_mention_names_keeps_it(signed_in, annotator, quote):
    """The detector linked the mention to the wrong record: the annotator's choice keeps it."""
    other = SpeakerFactory(name="M. Lopez-Garcia")
    SpeakerAliasFactory(speaker=other, name="Maria Lopez Garcia")

    judge(signed_in, quote, version=0, speaker=other.pk)

    annotation = mine(quote, annotator)
    assert (annotation.speaker_start, annotation.speaker_end) == at("Maria Lopez")


def test_back_to_the_suggestion_the_detectors_mention_shows_again(signed_in, annotator, quote):
    council = SpeakerFactory(name="City Council")
    judge(signed_in, quote, version=0, speaker=council.pk)

    judge(signed_in, quote, version=1, speaker=quote.suggested_speaker_id)

    start, end = at("Maria Lopez")
    html = signed_in.get(f"/articles/{quote.article_id}/").content.decode()
    assert f'data-start="{start}" data-end="{end}" class="mention" data-mentions=' in html


def exported(project) -> dict:
    options = exporting.ExportOptions(project=project, status="all")
    [record] = exporting.iter_records(options)
    [quote] = record["quotes"]
    return quote


def test_the_export_never_pairs_a_speaker_with_another_speakers_mention(
    signed_in, annotator, quote, tmp_path: Path
):
    """Seed 3's case: the detector's “Matthew Miller” exported under the State Department."""
    department = SpeakerFactory(name="the State Department", kind=SpeakerKind.ORGANISATION)
    quote.final_speaker = department
    quote.save()
    judge(signed_in, quote, version=0, speaker=department.pk)
    project = quote.article.project

    record = exported(project)
    assert record["speaker"]["name"] == "the State Department"
    assert (record["speaker_start"], record["speaker_end"]) == (None, None)
    options = exporting.ExportOptions(project=project, status="all")
    exporting.export("spacy", tmp_path / "spacy", options)
    vocab = spacy.blank("en").vocab
    docs = [
        doc
        for path in sorted((tmp_path / "spacy").glob("*.spacy"))
        if "stance" not in path.name
        for doc in DocBin().from_disk(path).get_docs(vocab)
    ]
    assert docs
    assert [(s.text, s.label_) for doc in docs for s in doc.spans.get("speakers", [])] == []

    # The annotator marks the department's own mention: that is what goes out with it.
    start, end = at("the council’s chair")
    judge(signed_in, quote, version=1, speaker_start=start, speaker_end=end)
    record = exported(project)
    assert (record["speaker_start"], record["speaker_end"]) == (start, end)


def test_the_export_keeps_the_detectors_mention_for_its_own_speaker(quote):
    record = exported(quote.article.project)

    assert record["speaker"]["name"] == "Maria Lopez"
    assert (record["speaker_start"], record["speaker_end"]) == at("Maria Lopez")

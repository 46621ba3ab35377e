from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from annotations.models import Annotation, Quote, SpeakerAlias
from annotations.names import name_key
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    QuoteFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_the_factory_quote_is_the_direct_quote_of_the_text() -> None:
    quote = QuoteFactory()
    assert quote.text == "“We will not accept this,”"


@pytest.mark.parametrize(("start", "end"), [(10, 10), (12, 3)])
def test_database_rejects_empty_or_reversed_spans(start: int, end: int) -> None:
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, start=start, end=end)


def test_database_rejects_a_cue_span_with_only_one_end() -> None:
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, start=1, end=5, cue_start=6)


def test_validation_rejects_a_span_past_the_end_of_the_text() -> None:
    article = ArticleFactory()
    quote = Quote(article=article, start=5, end=len(article.text) + 1)
    with pytest.raises(ValidationError) as error:
        quote.full_clean()
    assert "falls outside the article text" in str(error.value)
    quote.end = len(article.text)
    quote.full_clean()


@pytest.mark.parametrize("field", ["content_start", "content_end"])
def test_article_content_bounds_stay_inside_the_text(field: str) -> None:
    article = ArticleFactory.build(text="Twenty characters!!!", content_end=None)
    setattr(article, field, 21)
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert error.value.message_dict == {field: ["The text has only 20 characters."]}
    setattr(article, field, 20)
    article.clean()


def test_validation_counts_code_points_not_utf16_units() -> None:
    # The emoji near the end is one code point but two UTF-16 units.
    article = ArticleFactory()
    emoji_at = article.text.index("🙂")
    quote = Quote(article=article, start=emoji_at, end=emoji_at + 1)
    quote.full_clean()
    assert quote.text == "🙂"


def test_validation_names_a_bad_speaker_mention() -> None:
    article = ArticleFactory()
    quote = Quote(article=article, start=1, end=5, speaker_start=3, speaker_end=9999)
    with pytest.raises(ValidationError) as error:
        quote.full_clean()
    assert "speaker_start" in error.value.message_dict


def test_one_judgement_per_annotator_per_quote() -> None:
    annotation = AnnotationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Annotation.objects.create(quote=annotation.quote, annotator=annotation.annotator)
    Annotation.objects.create(quote=annotation.quote, annotator=UserFactory())
    assert annotation.quote.annotations.count() == 2


def test_same_text_twice_in_a_project_is_refused() -> None:
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(project=article.project, text=article.text)
    ArticleFactory(text=article.text)  # another project may hold it


def test_aliases_are_unique_whatever_their_case() -> None:
    SpeakerAliasFactory(name="Chair Cha")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerAliasFactory(name="CHAIR CHA")
    assert SpeakerAlias.objects.count() == 1


def test_corrected_span_is_checked_against_the_text() -> None:
    annotation = AnnotationFactory(start=0, end=10_000)
    with pytest.raises(ValidationError):
        annotation.full_clean()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Hwang Joon-kook", "Joonkook Hwang"),
        ("Vassily Nebenzia", "VASSILY  nebenzia"),
        ("Dmytró Kuléba", "Dmytro Kuleba"),
        ("South Korea’s Unification Ministry", "South Koreas Unification Ministry"),
    ],
)
def test_name_keys_meet_across_spelling_variants(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_name_keys_keep_different_people_apart() -> None:
    assert name_key("Victor Cha") != name_key("Victor Chan")


def test_speaker_keeps_its_name_key_current() -> None:
    speaker = SpeakerFactory(name="Hwang Joon-kook")
    assert speaker.name_key == name_key("Joonkook Hwang")

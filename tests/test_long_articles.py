"""Any article the importer accepts can be detected and shown: long texts are parsed in parts
cut at paragraph boundaries, with exact offsets, and the page shows them a part at a time."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from annotations import long_texts, roles, text_parts
from annotations.detecting import pipeline
from annotations.detection import detect
from annotations.importing import import_bytes
from annotations.models import Article, DetectionState
from annotations.tasks import detect_article_batch
from tests.factories import AssignmentFactory, ProjectFactory, UserFactory

MIXED = "Café “quoted” 🙂 한국어 text.\n\nSecond paragraph here.\n\n\nThird one, longer than most. "


# Cutting ----------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [7, 20, 33, 64, 1000])
def test_parts_cover_the_text_exactly_and_keep_to_the_limit(limit: int) -> None:
    text = MIXED * 5
    cuts = list(text_parts.spans(text, limit))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in pairwise(cuts))
    assert all(0 < end - start <= limit for start, end in cuts)
    assert "".join(text[start:end] for start, end in cuts) == text


def test_a_cut_falls_after_a_blank_line_when_one_is_in_reach() -> None:
    text = "A" * 40 + "\n\n" + "B" * 40 + "\nC" + "D" * 30
    cuts = list(text_parts.spans(text, 60))
    assert cuts[0] == (0, 42)
    assert text[cuts[1][0]] == "B"


def test_a_cut_falls_at_a_line_break_then_a_sentence_then_a_space() -> None:
    assert text_parts.cut_at("a" * 30 + "\n" + "b" * 30, 0, 50, 61) == 31
    assert text_parts.cut_at("a" * 30 + ". " + "b" * 30, 0, 50, 62) == 32
    assert text_parts.cut_at("a" * 30 + " " + "b" * 30, 0, 50, 61) == 31
    assert text_parts.cut_at("a" * 80, 0, 50, 80) == 50  # no boundary: a hard cut


# Detection in parts -------------------------------------------------------------------------


def test_detection_in_parts_finds_each_parts_quotes_at_their_place_in_the_whole(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = list(seed_texts.values())[:2]
    text = first + "\n\n" + second
    monkeypatch.setattr(long_texts, "PARSE_CHARS", len(first) + 2)
    nlp = pipeline()
    [in_parts] = list(long_texts.detect_in_parts(nlp, [text]))
    alone = [*next(detect(nlp, [first])), *next(detect(nlp, [second]))]
    offset = len(first) + 2
    expected = alone[: len(next(detect(nlp, [first])))] + [
        long_texts.shifted(found, offset) for found in next(detect(nlp, [second]))
    ]
    assert in_parts == expected
    assert any(found.start >= offset for found in in_parts)
    for found in in_parts:
        assert text[found.start : found.end] == found.text
        if found.cue_start is not None:
            assert text[found.cue_start : found.cue_end] == found.cue


def test_a_short_text_is_one_part_and_detected_as_before(seed_texts: dict[str, str]) -> None:
    nlp = pipeline()
    texts = list(seed_texts.values())
    assert list(long_texts.detect_in_parts(nlp, texts)) == list(detect(nlp, texts))


def test_empty_texts_keep_their_place() -> None:
    nlp = pipeline()
    results = list(long_texts.detect_in_parts(nlp, ["", "“Yes,” she said.", ""]))
    assert len(results) == 3 and results[0] == results[2] == []


def test_shifting_moves_every_offset() -> None:
    found = long_texts.DetectedQuote(
        1, 5, "abcd", "direct", "X", "person", 7, 8, "said", 9, 13, 0.9
    )
    moved = long_texts.shifted(found, 100)
    assert (moved.start, moved.end, moved.speaker_start, moved.speaker_end) == (101, 105, 107, 108)
    assert (moved.cue_start, moved.cue_end) == (109, 113)
    assert dataclasses.replace(found, speaker_start=None).speaker_start is None


# A 2,000,000-character article, from import to page ------------------------------------------


def two_million_characters(seed: str) -> str:
    """Seed paragraphs (with their quotes) between long filler paragraphs: two million
    characters that spaCy parses in seconds (a few long tokens rather than 300,000 words)."""
    quotes = [p for p in seed.split("\n\n") if "“" in p or '"' in p][:3]
    filler = " ".join(["lorem" + "x" * 994] * 20) + "\n\n"
    out, size, number = ["Long read\n\n"], 0, 0
    while size < 2_000_000:
        paragraph = f"{quotes[number % len(quotes)]}\n\n" if number % 20 == 0 else filler
        out.append(paragraph)
        size += len(paragraph)
        number += 1
    return "".join(out)[:2_000_000]


@pytest.mark.django_db
def test_a_two_million_character_article_imports_detects_and_shows(
    seed_texts: dict[str, str], client: Client
) -> None:
    text = two_million_characters(next(iter(seed_texts.values())))
    assert len(text) == 2_000_000
    project = ProjectFactory()
    result = import_bytes(project, "long.txt", text.encode("utf-8"), detect=False)
    assert result.ok, result.error
    article = Article.objects.get(pk=result.article_ids[0])
    assert article.text == text

    detect_article_batch.call([article.pk])  # spaCy alone refuses over 1,000,000 (E088)
    article.refresh_from_db()
    assert article.detection_state == DetectionState.DONE, article.detection_error
    quotes = list(article.quotes.order_by("start"))
    assert quotes[-1].start > 1_900_000
    assert all(quote.start < quote.end <= len(text) for quote in quotes)

    annotator = UserFactory()
    annotator.groups.add(Group.objects.get(name=roles.ANNOTATOR))
    AssignmentFactory(article=article, annotator=annotator)
    client.force_login(annotator)
    page = client.get(reverse("article", args=[article.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    count = len(text_parts.parts(text, text_parts.PAGE_CHARS))
    assert f"part 1 of {count}" in html
    assert len(page.content) < 1_000_000  # a part, not 2 MB of text and all its marks
    last = quotes[-1]
    deep = client.get(reverse("quote", args=[article.pk, last.pk]))
    holding = next(p for p in text_parts.parts(text, text_parts.PAGE_CHARS) if p.end > last.start)
    assert holding.number > count // 2
    assert f"part {holding.number} of {count}" in deep.content.decode()
    assert f'data-start="{last.start}"' in deep.content.decode()
    assert len(deep.content) < 1_000_000


@pytest.mark.django_db
def test_the_admin_refuses_a_text_over_the_article_limit(admin_client: Client, settings) -> None:
    settings.QUOTES_ARTICLE_MAX_CHARS = 50
    project = ProjectFactory()
    response = admin_client.post(
        reverse("admin:annotations_article_add"),
        {
            "project": project.pk,
            "title": "Too long",
            "text": "word " * 20,
            "quotes-TOTAL_FORMS": 0,
            "quotes-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert (
        "The text has 99 characters, over the limit of 50 per article" in response.content.decode()
    )
    assert not Article.objects.filter(title="Too long").exists()

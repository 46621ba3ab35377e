"""Counts in the product's messages agree with their nouns."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from annotations.detecting import DetectionSummary
from annotations.wording import counted


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0 articles"), (1, "1 article"), (2, "2 articles"), (12_345, "12,345 articles")],
)
def test_a_count_takes_the_plural_unless_it_is_one(number: int, expected: str) -> None:
    assert counted(number, "article") == expected


def test_an_irregular_plural_is_given() -> None:
    assert counted(3, "speaker alias", "speaker aliases") == "3 speaker aliases"


def test_the_detection_summary_of_one_article_is_singular() -> None:
    summary = DetectionSummary(articles=1, added=1)
    assert str(summary).startswith("1 article: 1 quote added,")
    assert str(summary).endswith("0 articles failed")


@pytest.mark.django_db
def test_the_export_of_one_quote_says_so(tmp_path) -> None:
    from tests.factories import AnnotationFactory

    judgement = AnnotationFactory()
    out = io.StringIO()
    call_command(
        "export_dataset",
        "--format",
        "jsonl",
        "--out",
        str(tmp_path / "data.jsonl"),
        "--project",
        judgement.quote.article.project.slug,
        "--status",
        "all",
        stdout=out,
    )
    assert "Exported 1 quote from 1 article" in out.getvalue()

"""The Parquet and JSONL exports load with Hugging Face ``datasets``, offline, as documented."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from datasets import load_dataset
from django.core.management import call_command

from tests.factories import AnnotationFactory, ArticleFactory, ProjectFactory, QuoteFactory

pytestmark = pytest.mark.django_db

TEXT = "Council vote\n\n“We refuse 🙂,” said Ana, the chair.\nThe mayor called it “반대”.\n"


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Path]:
    project = ProjectFactory(slug="hf")
    article = ArticleFactory(project=project, text=TEXT)
    for fragment, stance in (("“We refuse 🙂,”", "against"), ("“반대”", "none")):
        start = TEXT.index(fragment)
        quote = QuoteFactory(article=article, start=start, end=start + len(fragment))
        AnnotationFactory.create_batch(2, quote=quote, stance=stance)
    files = {}
    for fmt in ("jsonl", "parquet"):
        files[fmt] = tmp_path / f"data.{fmt}"
        call_command(
            "export_dataset",
            f"--format={fmt}",
            f"--out={files[fmt]}",
            "--project=hf",
            "--status=accepted",
            "--split=1",
            stdout=io.StringIO(),
        )
    return files


def test_parquet_loads_as_a_dataset_of_quotes(exported: dict[str, Path]) -> None:
    quotes = load_dataset("parquet", data_files={"train": str(exported["parquet"])})["train"]
    assert quotes.num_rows == 2
    assert set(quotes["stance"]) == {"against", "none"}
    for row in quotes:
        offset = row["context_start"]
        assert row["context"][row["start"] - offset : row["end"] - offset] == row["text"]
    assert quotes.features["judgements"].feature["annotator"].dtype == "string"


def test_jsonl_loads_as_a_dataset_of_articles(exported: dict[str, Path]) -> None:
    articles = load_dataset("json", data_files={"train": str(exported["jsonl"])})["train"]
    (article,) = articles
    assert article["text"] == TEXT
    texts = {quote["text"] for quote in article["quotes"]}
    assert texts == {"“We refuse 🙂,”", "“반대”"}
    for quote in article["quotes"]:
        assert article["text"][quote["start"] : quote["end"]] == quote["text"]
        assert quote["agreement_by_field"]["stance"] == 1.0

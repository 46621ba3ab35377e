"""The DocBin export trains with the configs it ships, as ``python -m spacy train`` runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from annotations.models import Article, ReviewStatus
from annotations.seeds import SEEDS_DIR
from tests.factories import ProjectFactory, QuoteFactory

pytestmark = pytest.mark.django_db

GOLD = Path(__file__).resolve().parent / "data" / "gold" / "seeds"
STANCES = ("favor", "against", "none")


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """The seeds with their gold quotes as reviewed labels, exported as DocBins."""
    ProjectFactory(slug="nk")
    call_command("import_articles", str(SEEDS_DIR), "--no-detect", stdout=io.StringIO())
    for article in Article.objects.all():
        gold = json.loads((GOLD / f"{article.external_id}.json").read_text(encoding="utf-8"))
        for number, quote in enumerate(gold["quotes"]):
            QuoteFactory(
                article=article,
                start=quote["start"],
                end=quote["end"],
                kind=quote["kind"],
                status=ReviewStatus.ACCEPTED,
                final_stance=STANCES[number % 3],
            )
    out = tmp_path / "spacy"
    call_command(
        "export_dataset",
        "--format=spacy",
        f"--out={out}",
        "--project=nk",
        "--split=1",
        stdout=io.StringIO(),
    )
    return out


def spacy_train(config: Path, train: Path, output: Path, steps: int) -> dict[str, float]:
    """Run the shipped command, a few steps long, and return the last model's scores."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(config),
            "--paths.train",
            str(train),
            # Few steps learn the training data, not yet anything that carries over.
            "--paths.dev",
            str(train),
            "--output",
            str(output),
            "--training.max_steps",
            str(steps),
            "--training.eval_frequency",
            str(steps),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    meta = json.loads((output / "model-last" / "meta.json").read_text(encoding="utf-8"))
    return meta["performance"]


def test_the_spancat_config_learns_quote_spans(exported: Path, tmp_path: Path) -> None:
    scores = spacy_train(exported / "config.cfg", exported / "train.spacy", tmp_path / "m", 60)
    assert scores["spans_quotes_f"] > 0


def test_the_stance_config_learns_from_the_stance_docbins(exported: Path, tmp_path: Path) -> None:
    scores = spacy_train(
        exported / "stance.cfg", exported / "train.stance.spacy", tmp_path / "s", 40
    )
    assert scores["cats_macro_f"] > 0

"""Quality on the project's gold annotations of the seeds and the test articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from annotations.detection import quotes_from_doc
from annotations.detection.evaluation import EvaluationResult, evaluate, load_gold_dir
from annotations.seeds import SEEDS_DIR

from .conftest import DATA

FOLDERS = ["seeds", "articles"]


@pytest.fixture(scope="module")
def result(nlp: Language) -> EvaluationResult:
    gold = load_gold_dir(DATA / "gold", DATA, SEEDS_DIR, FOLDERS)
    assert {Path(doc.source).parts[0] for doc in gold} == set(FOLDERS)
    texts = [doc.text for doc in gold]
    predicted = {
        doc.id: quotes_from_doc(parsed) for doc, parsed in zip(gold, nlp.pipe(texts), strict=True)
    }
    outcome = evaluate(predicted, gold)
    print(outcome.format_table())
    return outcome


def test_quote_f1(result: EvaluationResult) -> None:
    assert result.total.gold >= 40
    # Detector 1.0 reached 0.950 on the 41 development documents (round 7 included); 1.1
    # reached 0.968 on the 56 with rounds 8 to 10; 1.2 0.963 on the 86 with rounds 11 to 13;
    # 1.4 0.973 on the 106 with rounds 14 to 16.
    assert result.f1 >= 0.965, result.format_table()


def test_speaker_accuracy(result: EvaluationResult) -> None:
    assert result.speaker_accuracy is not None
    # Detector 1.0 reached 0.916 on the 41 documents before blind rounds 8 and 9 joined, and
    # 0.896 on the 51 with them; 1.1 reached 0.935 on the 56 with round 10, and 1.2 0.915
    # on the 86 with rounds 11 to 13 (scored blind at 0.839, 0.865 and 0.888); 1.4 0.929 on
    # the 106 with rounds 14 to 16 (scored blind at 0.918, 0.878 and 0.884).
    assert result.speaker_accuracy >= 0.92, result.format_table()


def test_mixed_quote_recall(result: EvaluationResult) -> None:
    recall = result.total.recall_by_kind()["mixed"]
    assert recall is not None
    # Detector 1.0 reached 0.880, 1.2 0.918 (with rounds 11 to 13), 1.4 0.948 (with rounds
    # 14 to 16); the target is 0.90.
    assert recall >= 0.935, result.format_table()


def test_every_document_is_reasonable(result: EvaluationResult) -> None:
    weak = [doc.doc_id for doc in result.documents if doc.counts.f1 < 0.75]
    assert not weak, result.format_table()

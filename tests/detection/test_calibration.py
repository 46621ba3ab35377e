"""Calibrated confidence: the table, its fitting, and the component reading it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from annotations.detection import quotes_from_doc
from annotations.detection.calibration import (
    CONFIDENCE_FILE,
    ConfidenceTable,
    Outcome,
    cross_validated,
    fit,
    read_table,
    reliability,
)

TEXT = "Nadia Rahman said that the price looked full."


def test_fit_is_the_share_right_shrunk_towards_the_finder() -> None:
    found = [Outcome("a", "x", True)] * 9 + [Outcome("a", "x", False)] + [Outcome("a", "y", False)]
    table = fit(found)
    assert table.overall == pytest.approx(9 / 11, abs=1e-3)
    finder = (9 + 3 * table.overall) / (11 + 3)
    assert table.finders["a"] == pytest.approx(finder, abs=1e-3)
    assert table.pairs["a/x"] == pytest.approx((9 + 3 * table.finders["a"]) / 13, abs=1e-3)
    # A rare pair stays near its finder; an unseen one falls back to it.
    assert table.pairs["a/y"] < table.pairs["a/x"]
    assert table.confidence("a", "unseen") == table.finders["a"]
    assert table.confidence("b", None) == table.overall


def test_cross_validation_scores_each_document_without_it() -> None:
    per_document = {
        "d1": [Outcome("a", "x", True)],
        "d2": [Outcome("a", "x", False)],
    }
    scored = cross_validated(per_document, folds=2)
    # d1 is scored by a table that saw only d2's wrong quote, and the other way round.
    assert [right for _, right in scored] == [True, False]
    assert scored[0][0] < scored[1][0]


def test_reliability_bins() -> None:
    rows = reliability([(0.95, True), (0.92, False), (0.55, True)])
    assert rows == [("0.5–0.6", 1, 0.55, 1.0), ("0.9–1.0", 2, pytest.approx(0.935), 0.5)]


def test_malformed_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps({"overall": 1.5, "finders": {}, "pairs": {}}), "utf-8")
    with pytest.raises(ValueError, match="between 0 and 1"):
        read_table(path)
    path.write_text("{}", "utf-8")
    with pytest.raises(ValueError, match="not a confidence table"):
        read_table(path)


def test_component_confidence_comes_from_the_table(nlp: Language) -> None:
    table = read_table(CONFIDENCE_FILE)
    (quote,) = quotes_from_doc(nlp(TEXT))
    assert quote.confidence == round(table.confidence(quote.found_by, quote.speaker_by), 3)
    assert isinstance(table, ConfidenceTable)
